#!/usr/bin/env python3
"""Accuracy on the TimeML development corpora next to HeidelTime 2.2, the fresh-text corpus, and the seed check.

Runs ../shared/tools/timeml_eval.py on TimeBank, AQUAINT (TBAQ-cleaned) and the WikiWars
training set (--no-types: its types are all DATE), then on the fresh-text corpus
(benchmarks/data/fresh/: texts written and annotated for this project before any rule was
changed for them; its news, informal and history parts are scored separately and pooled into
one "fresh-text" row), then ../shared/tools/seed_check.py, and prints a Markdown table with
HeidelTime's figures parsed from ../shared/data/HEIDELTIME.md (dev corpora only) and the
difference. Prints figures only.

The sealed evaluation corpus (benchmarks/data/sealed/, see its README: never tuned on, no rule
is made for it) is scored only when asked for by name, `--corpus sealed`; it is not in the
default run. The same holds for the second sealed corpus (benchmarks/data/sealed2/, written in
session four): `--corpus sealed2`. The halves of the third batch of fresh histories and news
(history3a/b-*, news3a/b-*; also inside the fresh rows) are scored alone with `--corpus fresh3`.
The halves of the fourth batch of histories (history4a/b-*) likewise with `--corpus fresh4`, and
those of the fifth (history5a/b-*) with `--corpus fresh5`, and of the sixth (history6a/b-*) with
`--corpus fresh6` (`--corpus history6A --show-errors N` lists half A's errors only), and of the
seventh (history7a/b-*) with `--corpus fresh7` (`--corpus history7A --show-errors N` for half A), and of the
eighth (history8a/b-*) with `--corpus fresh8` (`--corpus history8A --show-errors N` for half A).
The tense set (benchmarks/data/fresh/tense: schedules in the present, reported speech, "was due
to", headlines) is scored with `--corpus tense`; `--corpus tenseA --show-errors N` lists half A's
errors alone (half B's errors are never read). The second tense set (eighth session, tense2a-*/tense2b-*):
`--corpus tense2`; `--corpus tense2A --show-errors N` for half A. The news set of the ninth session
(news7a-*/news7b-*: old years next to present plans): `--corpus news7`; `--corpus news7A --show-errors N`.
The news set of the tenth session (news8a-*/news8b-*: the news grid's cases in short news): `--corpus news8`;
`--corpus news8A --show-errors N` (half B's errors are never read). Agency news in wire style (twenty-second
session, news4a-*/news4b-*): `--corpus news4`; `--corpus news4A --show-errors N` for half A only.
The blind agency news of the thirtieth session (news5-blind-a-*/news5-blind-b-*, built into fresh/news/ but not in
the `fresh news` row): `--corpus news5blind` (`news5blindA`, `news5blindB`); no half's errors are read, so no
`--show-errors` on it (figures only: `fast_scores.py news5blind`).
The blind informal set of the thirty-first session (informal26-blind-a-*/informal26-blind-b-*, in fresh/informal/,
in no pooled row): `--corpus informal26blind` (`informal26blindA`, `informal26blindB`); its half B is never read, so no
`--show-errors` on B (half A may be read from the thirty-second session, like informal23/24-blind A).
The blind informal set of the thirty-second session (informal27-blind-a-*/informal27-blind-b-*, in fresh/informal/,
in no pooled row): `--corpus informal27blind` (`informal27blindA`, `informal27blindB`); its half B is never read, so no
`--show-errors` on it (figures only: `fast_scores.py informal27blindB`); its half A is read from the thirty-third session.
The blind informal set of the thirty-third session (informal28-blind-a-*/informal28-blind-b-*, in fresh/informal/,
in no pooled row): `--corpus informal28blind` (`informal28blindA`, `informal28blindB`); its half B is never read, so no
`--show-errors` on it (figures only: `fast_scores.py informal28blindB`); its half A is read from the thirty-fourth session.
The blind informal set of the thirty-fourth session (informal29-blind-a-*/informal29-blind-b-*, in fresh/informal/,
in no pooled row): `--corpus informal29blind` (`informal29blindA`, `informal29blindB`); its half B is never read, so no
`--show-errors` on it (figures only: `fast_scores.py informal29blindB`); its half A is read from the thirty-fifth session.
The blind informal set of the thirty-fifth session (informal30-blind-a-*/informal30-blind-b-*, in fresh/informal/,
in no pooled row): `--corpus informal30blind` (`informal30blindA`, `informal30blindB`); its half B is never read, so no
`--show-errors` on it (figures only: `fast_scores.py informal30blindB`); its half A is read from the thirty-sixth session.
The blind informal set of the thirty-sixth session (informal31-blind-a-*/informal31-blind-b-*, in fresh/informal/,
in no pooled row): `--corpus informal31blind` (`informal31blindA`, `informal31blindB`); its half B is never read, so no
`--show-errors` on it (figures only: `fast_scores.py informal31blindB`); its half A is read from the thirty-seventh session.
The blind informal set of the thirty-seventh session (informal32-blind-a-*/informal32-blind-b-*, in fresh/informal/,
in no pooled row): `--corpus informal32blind` (`informal32blindA`, `informal32blindB`); its half B is never read, so no
`--show-errors` on it (figures only: `fast_scores.py informal32blindB`); its half A is read from the thirty-eighth session.
The blind informal set of the thirty-eighth session (informal33-blind-a-*/informal33-blind-b-*, in fresh/informal/,
in no pooled row): `--corpus informal33blind` (`informal33blindA`, `informal33blindB`); its half B is never read, so no
`--show-errors` on it (figures only: `fast_scores.py informal33blindB`); its half A is read from the thirty-ninth session.
The blind informal set of the thirty-ninth session (informal34-blind-a-*/informal34-blind-b-*, in fresh/informal/,
in no pooled row): `--corpus informal34blind` (`informal34blindA`, `informal34blindB`); its half B is never read, so no
`--show-errors` on it (figures only: `fast_scores.py informal34blindB`); its half A is read from the fortieth session.
The blind informal set of the fortieth session (informal35-blind-a-*/informal35-blind-b-*, in fresh/informal/,
in no pooled row): `--corpus informal35blind` (`informal35blindA`, `informal35blindB`); its half B is never read, so no
`--show-errors` on it (figures only: `fast_scores.py informal35blindB`); its half A is read from the forty-first session.
The blind informal set of the forty-first session (informal36-blind-a-*/informal36-blind-b-*, in fresh/informal/,
in no pooled row): `--corpus informal36blind` (`informal36blindA`, `informal36blindB`); its half B is never read, so no
`--show-errors` on it (figures only: `fast_scores.py informal36blindB`); its half A is read from the forty-second session.
The blind informal set of the forty-second session (informal37-blind-a-*/informal37-blind-b-*, in fresh/informal/,
in no pooled row): `--corpus informal37blind` (`informal37blindA`, `informal37blindB`); its half B is never read, so no
`--show-errors` on it (figures only: `fast_scores.py informal37blindB`); its half A is read from the forty-third session.
The blind informal set of the forty-third session (informal38-blind-a-*/informal38-blind-b-*, in fresh/informal/,
in no pooled row): `--corpus informal38blind` (`informal38blindA`, `informal38blindB`); its half B is never read, so no
`--show-errors` on it (figures only: `fast_scores.py informal38blindB`); its half A is read from the forty-fourth session.
The blind informal set of the forty-fourth session (informal39-blind-a-*/informal39-blind-b-*, in fresh/informal/,
in no pooled row): `--corpus informal39blind` (`informal39blindA`, `informal39blindB`); its half B is never read, so no
`--show-errors` on it (figures only: `fast_scores.py informal39blindB`); its half A is read from the forty-fifth session.
The second blind informal set of the forty-fourth session (informal40-blind-a-*/informal40-blind-b-*, in fresh/informal/,
in no pooled row): `--corpus informal40blind` (`informal40blindA`, `informal40blindB`); its half B is never read, so no
`--show-errors` on it (figures only: `fast_scores.py informal40blindB`); its half A is read from the forty-sixth session.
The blind informal set of the forty-fifth session (informal41-blind-a-*/informal41-blind-b-*, in fresh/informal/,
in no pooled row): `--corpus informal41blind` (`informal41blindA`, `informal41blindB`); its half B is never read, so no
`--show-errors` on it (figures only: `fast_scores.py informal41blindB`); its half A is read from the forty-seventh session.
The blind informal set of the forty-sixth session (informal42-blind-a-*/informal42-blind-b-*, in fresh/informal/,
in no pooled row): `--corpus informal42blind` (`informal42blindA`, `informal42blindB`); its half B is never read, so no
`--show-errors` on it (figures only: `fast_scores.py informal42blindB`); its half A is read from the forty-eighth session.
The blind informal set of the forty-seventh session (informal43-blind-a-*/informal43-blind-b-*, in fresh/informal/,
in no pooled row): `--corpus informal43blind` (`informal43blindA`, `informal43blindB`); neither half is read, so no
`--show-errors` on it (figures only: `fast_scores.py informal43blind informal43blindA informal43blindB`).

    .venv/bin/python benchmarks/accuracy.py [--show-errors N] [--corpus TimeBank AQUAINT WikiWars fresh-text]
    .venv/bin/python benchmarks/accuracy.py --corpus sealed
    .venv/bin/python benchmarks/accuracy.py --corpus sealed2

--show-errors N is passed to timeml_eval.py, which lists the first N misses, wrong values and
false positives of each corpus on stderr.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
TOOLS = SHARED / "tools"
TIMEML = SHARED / "data" / "timeml"
HEIDELTIME_MD = SHARED / "data" / "HEIDELTIME.md"
FRESH = REPO / "benchmarks" / "data" / "fresh"
SEALED = REPO / "benchmarks" / "data" / "sealed"
SEALED2 = REPO / "benchmarks" / "data" / "sealed2"
# files of a whole folder's part that belong to a set scored apart: the thirtieth session's blind news
# (news5-blind-*) is built into fresh/news/ by fresh_tml.py but is never in the `fresh news` row (nor, through
# it, in the pooled fresh-text row); it is scored only as its own parts below
APART = ("news5-blind-",)

# name in this script, folder (or (folder, file glob) for a part of one), name in
# HEIDELTIME.md, extra evaluator flags
CORPORA = [
    ("TimeBank", TIMEML / "tbaq" / "TimeBank", "TimeBank", []),
    ("AQUAINT", TIMEML / "tbaq" / "AQUAINT", "AQUAINT", []),
    ("WikiWars", TIMEML / "wikiwars-train", "WikiWars train", ["--no-types"]),
    ("fresh news", FRESH / "news", None, []),
    # the informal posts of the first fresh set (rules were then written for their patterns)
    # and a second set written later in other voices, annotated before the tagger ran on it
    ("fresh informal", (FRESH / "informal", "posts-*.tml"), None, []),
    ("fresh informal2", (FRESH / "informal", "informal2-*.tml"), None, []),
    # a third set in two halves of different voices, annotated before the tagger ran on it:
    # rules are fixed on the errors of half A only; half B's errors were not read until the eleventh
    # session RETIRED it into development data (its errors are read now: benchmarks/value_errors.py)
    ("fresh informal3a", (FRESH / "informal", "informal3a-*.tml"), None, []),
    ("fresh informal3b", (FRESH / "informal", "informal3b-*.tml"), None, []),
    # a fourth set (sixth session) in voices none of the first three has, annotated before the
    # tagger ran on it, in two halves of different voices: rules are written from a catalogue
    # of informal English (benchmarks/data/fresh/README.md); half B's errors were never read until
    # the eleventh session RETIRED it into development data (read now: benchmarks/value_errors.py)
    ("fresh informal4a", (FRESH / "informal", "informal4a-*.tml"), None, []),
    ("fresh informal4b", (FRESH / "informal", "informal4b-*.tml"), None, []),
    # a fifth set (seventh session): platforms and voices none of the first four has (tweets
    # with pasted timestamps, WhatsApp exports, Reddit quotes, Scottish/Irish/Australian/Indian/
    # US/Canadian English, teenagers' texting, all-capital messages...), annotated before the
    # tagger ran on it, two halves of different voices; A's errors read, B's never until the
    # eleventh session RETIRED B into development data (read now: benchmarks/value_errors.py). Not
    # in the pooled fresh rows: scored only when asked for (`--corpus informal5`). The proxies whose
    # errors are still never read: informal6b, informal7b, informal8-days B, informal8cb
    ("fresh informal5a", (FRESH / "informal", "informal5a-*.tml"), None, []),
    ("fresh informal5b", (FRESH / "informal", "informal5b-*.tml"), None, []),
    # a sixth set (eighth session): voices and platforms none of the first five has (a lost-dog
    # Facebook group, agency Slack, a raid schedule, nursery parents, an energy company's chat, a
    # club listing, voice-note transcripts, an older person's email, a non-native student, rugby
    # and cricket tweets, The Student Room...), annotated before the tagger ran on it, two halves
    # of different voices; A's errors read, B's never. Scored only when asked (`--corpus informal6`)
    ("fresh informal6a", (FRESH / "informal", "informal6a-*.tml"), None, []),
    ("fresh informal6b", (FRESH / "informal", "informal6b-*.tml"), None, []),
    # a seventh set (ninth session): 33 short tweets and posts (brands, newsrooms, clubs, venues,
    # fans, commuters, public services, personal), annotated before the tagger ran on them, split
    # by voice; A's errors read, B's never. Scored only when asked (`--corpus informal7`)
    ("fresh informal7a", (FRESH / "informal", "informal7a-*.tml"), None, []),
    ("fresh informal7b", (FRESH / "informal", "informal7b-*.tml"), None, []),
    # the tenth session's days set (informal8-days): 26 posts of brands, clubs, councils, schools,
    # families, freelancers, landlords (days, weeks, months, holidays, sets), annotated before the
    # tagger ran on them, split by voice; A's errors read, B's never (`--corpus informal8days`)
    ("informal8-days A", (FRESH / "informal", "informal8-days-a-*.tml"), None, []),
    ("informal8-days B", (FRESH / "informal", "informal8-days-b-*.tml"), None, []),
    # informal8-clock (tenth session): 28 short posts and messages rich in clock times (gyms, venues,
    # commuters, gamers, shift workers, customer service, live blogs), annotated before the tagger
    # ran on them, split by voice; A's errors read, B's never. Scored only when asked (`--corpus informal8c`)
    # informal9-days (eleventh session): 26 posts in voices none of informal8-days has (swimming-club
    # parents, an allotment society, parish notices, a climbing society, a cleaner, scouts, a childminder,
    # a holiday cottage, beekeepers, a village hall, a tattoo studio, a driving instructor, a farm shop; a
    # parkrun rota, a knitting circle, a tutoring agency, a window cleaner, a care home, a ski trip, a
    # boxing gym, a caravan club, a comic shop, removals, ramblers, a nail salon, a youth orchestra),
    # annotated before the tagger ran on them, split by voice; A's errors read, B's never
    # (`--corpus informal9days`; `--corpus informal9daysA --show-errors N` for half A)
    ("informal9-days A", (FRESH / "informal", "informal9-days-a-*.tml"), None, []),
    ("informal9-days B", (FRESH / "informal", "informal9-days-b-*.tml"), None, []),
    ("fresh informal8ca", (FRESH / "informal", "informal8ca-*.tml"), None, []),
    ("fresh informal8cb", (FRESH / "informal", "informal8cb-*.tml"), None, []),
    # informal9-past (eleventh session): 26 posts of past narration and other informal genres (reviews,
    # forums, diaries and blogs, recipes, bios and CVs, anniversary posts), annotated before the tagger
    # ran on them, split by voice; A's errors read, B's never (`--corpus informal9past`)
    ("informal9-past A", (FRESH / "informal", "informal9-past-a-*.tml"), None, []),
    ("informal9-past B", (FRESH / "informal", "informal9-past-b-*.tml"), None, []),
    # informal9-clock (eleventh session): 24 short posts and chats in voices informal8-clock lacks
    # (a nurses' rota, couriers, a streamer, school-run parents, festival goers, a group project, a
    # pub quiz team, night-shift forums...), annotated before the tagger ran on them, split by voice;
    # A's errors read, B's never. Scored only when asked (`--corpus informal9c`)
    ("fresh informal9ca", (FRESH / "informal", "informal9ca-*.tml"), None, []),
    ("fresh informal9cb", (FRESH / "informal", "informal9cb-*.tml"), None, []),
    # informal10-convo (twelfth session, sift): 22 multi-speaker chats and threads (group chats, DMs,
    # comment threads, forum replies, support chats) whose times hang on what another speaker said,
    # annotated before the tagger ran on them, split by voice; A's errors read, B's never
    # (`--corpus informal10convo`; `--corpus informal10convoA --show-errors N` for half A)
    ("informal10-convo A", (FRESH / "informal", "informal10-convo-a-*.tml"), None, []),
    ("informal10-convo B", (FRESH / "informal", "informal10-convo-b-*.tml"), None, []),
    # informal10-tweets (twelfth session, tweets): 32 accounts' tweets (A: a local newsroom, a US TV
    # station, a weather service and a US forecast office, a football club, an NBA fan, a coffee brand, a
    # British teenager, an astronomer's thread, a council leader, a rail commuter, a festival, a podcaster,
    # a marathon runner, a game studio, a bookshop; B: Irish radio news, an Australian weather service, a
    # cricket fan, an NFL team, a fashion brand, a US teenager, a climate scientist's thread, a US senator,
    # a subway commuter, a comedy club, an esports caster, a theatre, a vet practice, a K-pop fan, a
    # Canadian transit agency, a university), annotated before the tagger ran on them, split by voice;
    # A's errors read, B's never (`--corpus informal10tweets`; `informal10tweetsA --show-errors N`)
    ("informal10-tweets A", (FRESH / "informal", "informal10-tweets-a-*.tml"), None, []),
    ("informal10-tweets B", (FRESH / "informal", "informal10-tweets-b-*.tml"), None, []),
    # informal10-clock (twelfth session): 22 short posts and chats in voices informal8/9-clock lack (US
    # family texts, a cricket club's results feed, Canadian transit alerts, a restaurant's booking DMs,
    # gamers across time zones, junior doctors' swaps, a softball league, hockey parents, army cadets, a
    # tennis ladder, a food truck / a radio DJ, US roommates, a rugby club's feed, subway alerts, a
    # pizzeria's chat, esports tweets, midwives' swaps, a ski hill, a fire station, a bowls club, a US
    # babysitter), annotated before the tagger ran on them, split by voice; A's errors read, B's never.
    # Scored only when asked (`--corpus informal10c`; `informal10ca` for half A alone)
    ("fresh informal10ca", (FRESH / "informal", "informal10ca-*.tml"), None, []),
    ("fresh informal10cb", (FRESH / "informal", "informal10cb-*.tml"), None, []),
    ("fresh history", FRESH / "history", None, []),
    # the third batch of histories and news (issue 11), written and annotated before the
    # tagger ran on them, in two halves of different genres and styles: rules are studied on
    # the A halves' errors only; the B halves say whether the changes generalise
    ("history3 A", (FRESH / "history", "history3a-*.tml"), None, []),
    ("history3 B", (FRESH / "history", "history3b-*.tml"), None, []),
    ("news3 A", (FRESH / "news", "news3a-*.tml"), None, []),
    ("news3 B", (FRESH / "news", "news3b-*.tml"), None, []),
    # the fourth batch of histories (sixth session), in two halves of different styles
    # (A: reference entries, timelines, labels; B: narratives, a newsletter, a transcript),
    # annotated before the tagger ran on them: rules from the language, A's errors read, B's never
    ("history4 A", (FRESH / "history", "history4a-*.tml"), None, []),
    ("history4 B", (FRESH / "history", "history4b-*.tml"), None, []),
    # the fifth batch of histories (seventh session), in eras and genres none of the first four
    # has, split by topic (each half: a campaign day by day, a political biography, medicine,
    # a non-European or colonial history, an economic history, a chronicle or timeline, an
    # obituary written at the time), annotated before the tagger ran on them: A's errors read, B's never
    ("history5 A", (FRESH / "history", "history5a-*.tml"), None, []),
    ("history5 B", (FRESH / "history", "history5b-*.tml"), None, []),
    # the sixth batch of histories (eighth session), in eras and genres none of the first five
    # has (the First Emperor in years BCE, annals, Mali, Trafalgar hour by hour, the first
    # Atlantic flight, a biography with "(c. 1343 – 25 October 1400)", a family told in
    # flashbacks; Cleopatra, the siege of Jerusalem, Bolivar, the Bismarck, a brewery counted by
    # Japanese era names, Hildegard, emigrants), split by kind so each half has one text of each,
    # annotated before the tagger ran on them: A's errors read, B's never
    ("history6 A", (FRESH / "history", "history6a-*.tml"), None, []),
    ("history6 B", (FRESH / "history", "history6b-*.tml"), None, []),
    # the seventh batch of histories (ninth session): encyclopedic war histories in the style of
    # WikiWars ("On 3 May ...", "Two days later", "By the end of the month"): wars, campaigns,
    # a revolution, sieges, expeditions, a medieval campaign and a colonial war in each half,
    # annotated before the tagger ran on them: A's errors read, B's never
    ("history7 A", (FRESH / "history", "history7a-*.tml"), None, []),
    ("history7 B", (FRESH / "history", "history7b-*.tml"), None, []),
    # the eighth batch of histories (tenth session): encyclopedic histories of other kinds than wars
    # (expeditions, epidemics, engineering works, reigns, discoveries, migrations, a calendar reform and
    # an eclipse BC), one of each kind per half, annotated before the tagger ran on them: A's errors
    # read, B's never
    ("history8 A", (FRESH / "history", "history8a-*.tml"), None, []),
    ("history8 B", (FRESH / "history", "history8b-*.tml"), None, []),
    # the tense set (seventh session): news and informal texts whose weekdays, months and dates
    # go forward or back by their tense (schedules in the present, reported speech, "was due to",
    # headlines), annotated before the tagger ran on them, in two halves of different voices:
    # rules from the language, A's errors read, B's never
    ("tense A", (FRESH / "tense", "tensea-*.tml"), None, []),
    ("tense B", (FRESH / "tense", "tenseb-*.tml"), None, []),
    # the second tense set (eighth session): mostly informal plans and reports, reference dates on
    # every weekday and at month and year ends; A's errors read, B's never
    ("tense2 A", (FRESH / "tense", "tense2a-*.tml"), None, []),
    ("tense2 B", (FRESH / "tense", "tense2b-*.tml"), None, []),
    # news7 (ninth session): news rich in old years next to present plans (profiles, obituaries,
    # results with forecasts, previews with records, trials of old crimes, anniversaries, launches,
    # elections), reference dates spread over the year; annotated before the tagger ran on it, two
    # halves of different voices; A's errors read, B's never
    ("news7 A", (FRESH / "tense", "news7a-*.tml"), None, []),
    ("news7 B", (FRESH / "tense", "news7b-*.tml"), None, []),
    # news8 (tenth session): short news around the news grid's cases (previews with kick-off times,
    # results, courts, weather, markets, politics, strikes, transfers with lengths, headlines, bulletins),
    # reference dates on every weekday and at month and year ends; annotated before the tagger ran on
    # it, two halves of different voices (A: agency and broadsheet; B: local papers, radio, tabloid
    # sport); A's errors read, B's never
    ("news8 A", (FRESH / "tense", "news8a-*.tml"), None, []),
    ("news8 B", (FRESH / "tense", "news8b-*.tml"), None, []),
    # news4 (twenty-second session, news23): agency copy as the wires write it (AP/Reuters style in A: "Tuesday"
    # without "on", fiscal quarters, "the year-earlier period", datelines "CHICAGO (Reuters) -"; PA/AFP style in
    # B: "on Tuesday", "the 12 months to June", day-month dates), reference dates 1990-2025 on varied weekdays;
    # annotated before the tagger ran on it; scored apart, not in the pooled fresh-text row nor in informalA/B
    # (it is news); A's errors read, B's never (`--corpus news4`; `--corpus news4A --show-errors N`)
    ("news4 A", (FRESH / "tense", "news4a-*.tml"), None, []),
    ("news4 B", (FRESH / "tense", "news4b-*.tml"), None, []),
    # informal10-days (twelfth session, days): 24 posts in voices none of informal8/9-days has (students in
    # halls, a mosque, a synagogue, a Hindu temple, a church rota, tenants and landlords, a flatshare, Canadian
    # and US expats, a council's bin calendar, a recycling centre, a barber's and a taproom's holiday hours,
    # a payroll channel, a bookkeeper, a takeaway's Lunar New Year, darts, Sunday league and cricket clubs,
    # sixth-form parents, international students, a dance school, a florist), annotated before the tagger
    # ran on them, split by voice; A's errors read, B's never (`--corpus informal10days`;
    # `--corpus informal10daysA --show-errors N` for half A)
    ("informal10-days A", (FRESH / "informal", "informal10-days-a-*.tml"), None, []),
    ("informal10-days B", (FRESH / "informal", "informal10-days-b-*.tml"), None, []),
    # informal11-stories (thirteenth session, anchor): 24 posts that tell a story across days (A: first-person
    # recaps written after the fact: a travel diary, a week in hospital, a house move, a festival, a lost dog,
    # jury service, a wedding, camping, a marathon week, a move abroad, a boiler saga, a cruise e-mail; B: threads
    # and running updates: a parcel saga, a match thread, hospital updates, a breakdown, a power cut, a flight
    # claim, a kitten diary, builders next door, a ski-trip blog, a birth, a tour diary, a stag recap), annotated
    # before the tagger ran on them, split by voice; A's errors read, B's never (`--corpus informal11stories`;
    # `--corpus informal11storiesA --show-errors N` for half A)
    ("informal11-stories A", (FRESH / "informal", "informal11-stories-a-*.tml"), None, []),
    ("informal11-stories B", (FRESH / "informal", "informal11-stories-b-*.tml"), None, []),
    # informal11-work (thirteenth session, recall): 24 workplace and practical texts (A: colleague e-mails,
    # out-of-office replies, Slack stand-ups, courier notifications, school newsletters, calendar invites;
    # B: shift rotas, appointment reminders, club minutes, building notices, payroll/HR messages,
    # tradespeople's texts), annotated before the tagger ran on them, split by voice; A's errors read,
    # B's never (`--corpus informal11work`; `--corpus informal11workA --show-errors N` for half A)
    ("informal11-work A", (FRESH / "informal", "informal11-work-a-*.tml"), None, []),
    ("informal11-work B", (FRESH / "informal", "informal11-work-b-*.tml"), None, []),
    # informal11-tweets (thirteenth session, tweets): 25 accounts' tweets in voices no set had (A: a quake
    # agency, an election live blog, an airline's care team, a sneaker brand, a gacha-game leaks account, a
    # linguist, a launch tracker, a highways agency, a Eurovision fan, a meme account, a heat-health agency,
    # a novelist; B: a typhoon warning service, a tennis writer, an anime airing account, a pundit's quote
    # tweets, a markets wire, a ferry operator, a transfer journalist, a streamer, a US school district, a PhD
    # student, a racecourse, a hospice appeal, Singapore metro alerts), annotated before the tagger ran on
    # them, split by voice; A's errors read, B's never (`--corpus informal11tweets`; `informal11tweetsA`)
    ("informal11-tweets A", (FRESH / "informal", "informal11-tweets-a-*.tml"), None, []),
    ("informal11-tweets B", (FRESH / "informal", "informal11-tweets-b-*.tml"), None, []),
    # informal11-regional (thirteenth session, vocab): 24 posts and messages in regional Englishes, annotated
    # before the tagger ran on them, split by voice: A Australian (a tradie's texts, a netball club, a share
    # house), New Zealand (flatmates, a whanau farm), Irish (a GAA club, a family chat), Indian (an office, a
    # wedding), Canadian (a cottage crew, minor hockey) and Singaporean (a tuition class); B Scottish (pals, a
    # granny), South African (a braai, a plumber), US Southern (a church bulletin, cousins), Nigerian (a tailor,
    # a family), Welsh (a rugby club, a nan), Kenyan (a chama) and Jamaican (a cookshop). A's errors read, B's
    # never (`--corpus informal11regional`; `--corpus informal11regionalA --show-errors N` for half A)
    ("informal11-regional A", (FRESH / "informal", "informal11-regional-a-*.tml"), None, []),
    ("informal11-regional B", (FRESH / "informal", "informal11-regional-b-*.tml"), None, []),
    # informal12-forums (fourteenth session, forums): 18 forum and Q&A threads with their post stamps,
    # "Joined:" dates, post ages, quoted posts and EDITs (A: tech support, Q&A sites, gaming and hobby-tech
    # forums; B: parenting, allotment, car club, DIY, a health board, aquarium, beekeeping, running,
    # sourdough), annotated before the tagger ran on them, split by voice; A's errors read, B's never
    # (`--corpus informal12forums`; `--corpus informal12forumsA --show-errors N` for half A)
    ("informal12-forums A", (FRESH / "informal", "informal12-forums-a-*.tml"), None, []),
    ("informal12-forums B", (FRESH / "informal", "informal12-forums-b-*.tml"), None, []),
    # informal12-listings (fourteenth session, listings): 18 notices, listings and small ads (A: private
    # people's ads and posters: a lost cat, a pram for sale, a room to let, a tutor's card, a car boot flyer,
    # a dog walker, a moving sale, found keys, a U11s fixture list; B: businesses' and councils' notices: an
    # estate agent, a letting agent, a gig guide, a garden-waste notice, a road closure, a pharmacy's holiday
    # hours, a jobs ad, a farmers' market sign, a leisure centre's half-term timetable), annotated before the
    # tagger ran on them, split by voice; A's errors read, B's never (`--corpus informal12listings`;
    # `--corpus informal12listingsA --show-errors N` for half A)
    ("informal12-listings A", (FRESH / "informal", "informal12-listings-a-*.tml"), None, []),
    ("informal12-listings B", (FRESH / "informal", "informal12-listings-b-*.tml"), None, []),
    # informal12-reviews (fourteenth session, reviews): 20 reviews with their page stamps and owners' replies
    # (A: customers of local British services: a hotel, a pizzeria, a holiday cottage, a garage, a dentist, a
    # pottery course, a wedding barn, a campsite, a hair salon, a removals firm; B: buyers of products and apps,
    # mostly US: an app store with a developer's response, earbuds updated "2 months on", a mattress trial, an
    # e-bike, a gym on Yelp, a music venue, an Australian beach house, an online course, a Steam game, a washing
    # machine), annotated before the tagger ran on them, split by voice; A's errors read, B's never
    # (`--corpus informal12reviews`; `--corpus informal12reviewsA --show-errors N` for half A)
    ("informal12-reviews A", (FRESH / "informal", "informal12-reviews-a-*.tml"), None, []),
    ("informal12-reviews B", (FRESH / "informal", "informal12-reviews-b-*.tml"), None, []),
    # informal12-spoken (fourteenth session, spoken): 17 transcripts of speech written down (A: voicemails,
    # voice notes, dictation, call notes, a support call; B: phone-ins, a podcast, a parish meeting, a
    # small-claims hearing, an oral history, a travel bulletin, a planning call), annotated before the tagger
    # ran on them, split by voice; A's errors read, B's never (`--corpus informal12spoken`; `informal12spokenA`)
    ("informal12-spoken A", (FRESH / "informal", "informal12-spoken-a-*.tml"), None, []),
    ("informal12-spoken B", (FRESH / "informal", "informal12-spoken-b-*.tml"), None, []),
    # informal13-schedules (fifteenth session, listings2): 15 schedules and programmes (A: volunteers' and
    # private people's: a parish newsletter, a wedding invitation and running order, a city-break itinerary, a
    # café shift rota, a nursery weekly plan, darts fixtures, choir rehearsals, a scouts programme; B:
    # institutions' and firms': a school newsletter, council term dates, a festival programme, a conference
    # agenda, a ferry winter timetable, a bus service change, a coach tour itinerary), annotated before the
    # tagger ran on them, split by voice; A's errors read, B's never (`--corpus informal13schedules`;
    # `--corpus informal13schedulesA --show-errors N` for half A)
    ("informal13-schedules A", (FRESH / "informal", "informal13-schedules-a-*.tml"), None, []),
    ("informal13-schedules B", (FRESH / "informal", "informal13-schedules-b-*.tml"), None, []),
    # informal13-talk (fifteenth session, spoken2): 16 transcripts of speech said aloud (A: one speaker to an
    # audience: a best man's speech, a tour guide, football commentary, a breakfast-show presenter, a retirement
    # speech, a vicar's notices, a quizmaster, a captain's announcement; B: conversations: two phone-ins, a
    # police call, an insurance claim call, a podcast, an oral-history interview, a GP consultation, a family
    # phone call), annotated before the tagger ran on them, split by voice; A's errors read, B's never
    # (`--corpus informal13talk`; `--corpus informal13talkA --show-errors N` for half A)
    ("informal13-talk A", (FRESH / "informal", "informal13-talk-a-*.tml"), None, []),
    ("informal13-talk B", (FRESH / "informal", "informal13-talk-b-*.tml"), None, []),
    # informal13-comments (fifteenth session, forums2): 16 comment sections with their stamps as the page
    # shows them (A: video and app platforms in a young voice: a music video, a baking tutorial, a Reddit
    # thread, a bakery's Instagram, a game trailer, a TikTok, a podcast, match highlights; B: websites'
    # comment sections in an older voice: a local paper, a recipe blog, a shop's questions, a community
    # Facebook page, a newspaper, a garden blog, a walking newsletter, a birding blog), annotated before the
    # tagger ran on them, split by voice; A's errors read, B's never (`--corpus informal13comments`;
    # `--corpus informal13commentsA --show-errors N` for half A)
    ("informal13-comments A", (FRESH / "informal", "informal13-comments-a-*.tml"), None, []),
    ("informal13-comments B", (FRESH / "informal", "informal13-comments-b-*.tml"), None, []),
    # informal13-logs (fifteenth session, logs): 16 logs and diaries (A: terse records, one line an entry:
    # training, fishing, veg, renovation, game, meds, a streak app, feeds; B: first-person prose diaries:
    # pregnancy, a rash, knee recovery, travel, sobriety, back at work, couch to 5K, a hospital stay),
    # annotated before the tagger ran on them, split by voice; A's errors read, B's never
    # (`--corpus informal13logs`; `informal13logsA`)
    ("informal13-logs A", (FRESH / "informal", "informal13-logs-a-*.tml"), None, []),
    ("informal13-logs B", (FRESH / "informal", "informal13-logs-b-*.tml"), None, []),
    # informal14-howto (sixteenth session, howto): 16 instructions and plans (A: as written: a recipe blog, an
    # allotment society's sowing calendar, a couch-to-5K app, a dentist's aftercare sheet, a DIY regrouting
    # guide, a vet's puppy sheet, a school's revision plan, a supermarket's Christmas timeplan; B: people
    # talking about them: recipe comments, a tomato forum, an Australian couple on the dog's meds, a C25K
    # thread, an Indian family on eye drops, a voice note to a babysitting grandmother, flatmates' cleaning
    # rota, Scottish pupils' revision chat), annotated before the tagger ran on them, split by voice; A's
    # errors read, B's never (`--corpus informal14howto`; `--corpus informal14howtoA --show-errors N`)
    ("informal14-howto A", (FRESH / "informal", "informal14-howto-a-*.tml"), None, []),
    ("informal14-howto B", (FRESH / "informal", "informal14-howto-b-*.tml"), None, []),
    # informal14-admin (sixteenth session, admin): 16 texts of deadlines and dealings with offices (A: the
    # official messages as sent: GP and dentist SMS, a council tax email, a university's key dates, an energy
    # bill, courier and returns notices, US subscription renewals, a payroll email, a US jury summons and court
    # notice; B: people dealing with them: a parking-fine forum thread, texts to a partner, an Australian
    # complaint thread, an Indian-English voice note, a US deposit Reddit post, a student flat chat, a US
    # free-trial rant, an Indian-English payroll chat), annotated before the tagger ran on them, split by voice;
    # A's errors read, B's never (`--corpus informal14admin`; `--corpus informal14adminA --show-errors N`)
    ("informal14-admin A", (FRESH / "informal", "informal14-admin-a-*.tml"), None, []),
    ("informal14-admin B", (FRESH / "informal", "informal14-admin-b-*.tml"), None, []),
    # informal15-threads (seventeenth session, recall2): 16 threads and group chats in topics no earlier set has
    # (A: an allotment group, a car share, a betting chat, a climbing trip, a kids' party, a game's patch-day
    # thread, a tenants' association, a night-shift vent thread; B: a local election chat, a podcast's comments,
    # a sick day on Slack, a dog-park group, a band's tour posts, a wedding's bridesmaids, travel delays on
    # X, a darts team), annotated before the tagger ran on them, split by voice; A's errors read, B's never
    # (`--corpus informal15threads`; `--corpus informal15threadsA --show-errors N` for half A)
    ("informal15-threads A", (FRESH / "informal", "informal15-threads-a-*.tml"), None, []),
    ("informal15-threads B", (FRESH / "informal", "informal15-threads-b-*.tml"), None, []),
    # informal16-posts (eighteenth session, fresh16): 16 public posts and replies in voices no earlier set has (A:
    # a racing reporter live-posting, a storm chaser, a garden centre's replies on opening hours at the year's end,
    # an auction house, a law graduate's bar-exam countdown, a water company's replies, a sailing couple before an
    # ocean crossing, a food bank's Christmas rota; B: an MP's week, a boxing promoter, a father in the school
    # holidays, a theme park's replies, a golf correspondent live-posting, a birder's last post of the year, a
    # medical student's exam countdown, a rowing club's notices), annotated before the tagger ran on them, split
    # by voice; A's errors read, B's never (`fast_scores.py informal16posts`; `informal16postsA` for half A)
    ("informal16-posts A", (FRESH / "informal", "informal16-posts-a-*.tml"), None, []),
    ("informal16-posts B", (FRESH / "informal", "informal16-posts-b-*.tml"), None, []),
    # informal17-voices (nineteenth session, fresh17): 16 texts in informal voices and genres no earlier set has
    # (A: a day trader's posts in ET, a South African family chat on load-shedding, a trucker's lower-case posts,
    # co-parents' messages in a custody app, a family chat in Ramadan, cabin crew swapping trips, a fan
    # live-texting a match, a dog breeder's litter updates; B: a crypto trader in UTC, a Filipino night-shift
    # agent's Taglish, a family arranging a funeral, a UK-Australia couple across time zones, a narrowboat blog,
    # an all-capital gym notice, US teens before homecoming, an Australian fishing charter), annotated before the
    # tagger ran on them, split by voice; A's errors read, B's never (`fast_scores.py informal17voices`;
    # `informal17voicesA` for half A)
    ("informal17-voices A", (FRESH / "informal", "informal17-voices-a-*.tml"), None, []),
    ("informal17-voices B", (FRESH / "informal", "informal17-voices-b-*.tml"), None, []),
    # informal18-voices (twentieth session, voices18): 16 texts in informal voices and genres no earlier set has
    # (A: a sheep farmer's lambing forum thread, a D&D group's Discord scheduling in PT/ET, a retired air traffic
    # controller's Reddit AMA, a refugee-support volunteer rota on WhatsApp, a Camino walker's posts, an IVF
    # forum's cycle thread, an indie film shoot's crew chat, a sea-swimming group at Christmas; B: a Ghanaian
    # phone-repair shop's WhatsApp at Easter, a speedrunner's posts in PT, a bell-ringers' tower email, an au
    # pair and her host mother, a ham radio club's net schedule in UTC and local, a Texan family planning a
    # quinceañera, a mountain rescue team's call-out posts, a teacher's retirement countdown on a forum),
    # annotated before the tagger ran on them, split by voice; A's errors read, B's never
    # (`fast_scores.py informal18voices`; `informal18voicesA` for half A)
    ("informal18-voices A", (FRESH / "informal", "informal18-voices-a-*.tml"), None, []),
    ("informal18-voices B", (FRESH / "informal", "informal18-voices-b-*.tml"), None, []),
    # informal19-voices (twenty-second session, voices19): 16 texts in informal voices and genres no earlier set has
    # (A: a Canadian snow-plough firm's page, a hospice's shift handover notes, a PhD lab's microscope booking
    # channel, a cruise passenger's day-by-day posts, a Lagos market trader's WhatsApp broadcast in Pidgin, a US
    # Navy spouse's forum thread, a pottery studio's kiln chat, a language tutor's messages across Madrid, Tokyo
    # and New York; B: a wildfire evacuation group text, an Umrah travel group, a classic car club's rally forum,
    # a curling club's Facebook group, a Caribbean-British family chat at carnival, an eclipse-trip group, a chess
    # club's Discord in UTC, a school bus contractor's delay posts), annotated before the tagger ran on them,
    # split by voice; A's errors read, B's never (`fast_scores.py informal19voices`; `informal19voicesA` for half A)
    ("informal19-voices A", (FRESH / "informal", "informal19-voices-a-*.tml"), None, []),
    ("informal19-voices B", (FRESH / "informal", "informal19-voices-b-*.tml"), None, []),
    # informal20-voices (twenty-third session, voices20): 16 texts in informal voices and genres no earlier set has
    # (A: island ferry disruption notices with passengers' replies, football supporters' away-day coach thread, a
    # freelance translator's deadline notes, a new parent's feeding log, a student's revision plan, a legal-aid
    # clinic's SMS reminders, an English vineyard's harvest crew chat, a ski chalet host's notes; B: a US custom
    # wheat harvesting crew's posts, a Singapore office Telegram in Singlish, a dialysis patient and his ride
    # dispatcher, a US bookkeeper's tax-season email, a Toronto film festival's volunteer Slack, a livery yard's
    # WhatsApp, an Indian family moving house, an Australian shire council's roadworks post), annotated before the
    # tagger ran on them, split by voice; A's errors read, B's never (`fast_scores.py informal20voices`;
    # `informal20voicesA` for half A)
    ("informal20-voices A", (FRESH / "informal", "informal20-voices-a-*.tml"), None, []),
    ("informal20-voices B", (FRESH / "informal", "informal20-voices-b-*.tml"), None, []),
    # informal21-voices (twenty-fourth session, voices21): 16 texts in informal voices and genres no earlier set has
    # (A, North of England, Welsh and Irish voices: a Yorkshire parish council's WhatsApp, a Manchester GP surgery's
    # reception rota chat, a Welsh wedding band's bookings and band chat, a Tyneside pub quiz league's captains' group,
    # a Liverpool A&E nurse's texts with her mother, a Sheffield bus depot's union group, a Leeds student house at exam
    # time, a Wexford caravan park's Facebook page; B other Englishes and registers: a US HOA e-mail thread, a Kenyan
    # matatu SACCO's WhatsApp, a New Zealand farm contractor's bulk texts, a Malaysian family chat in Manglish before
    # Raya, a US travel nurse's posts, a Canadian hockey parents' GroupMe, a Jamaican church committee, a Hong Kong
    # office e-mail thread), annotated before the tagger ran on them, split by voice; A's errors read, B's never
    # (`fast_scores.py informal21voices`; `informal21voicesA` for half A)
    ("informal21-voices A", (FRESH / "informal", "informal21-voices-a-*.tml"), None, []),
    ("informal21-voices B", (FRESH / "informal", "informal21-voices-b-*.tml"), None, []),
    # informal22-voices (twenty-fifth session, voices22): 16 texts in informal voices and genres no earlier set has
    # (A, Scottish, Australian, Indian and Singaporean voices: a Glasgow five-a-side WhatsApp, a Queensland cattle
    # station's camp log and sat-phone texts, a Bangalore startup's Slack standup, a Singapore condo's notice board with
    # residents' replies, a NSW shearing gang's chat and run sheet, a Highland school bus run's parents' group, an
    # Edinburgh tattoo studio's DMs, a Cairns fishing charter's page and booking e-mails; B other Englishes and
    # registers: a Nigerian university class rep's WhatsApp, a Manila call-centre team's Viber in Taglish, a Soweto
    # stokvel's WhatsApp, a Ghanaian family's funeral committee e-mails, a Lahore wedding programme e-mail thread, a Texan
    # deer lease GroupMe, a South Boston parade marshals' e-mails and texts, a Bristol Deaf club's noticeboard in plain
    # written English), annotated before the tagger ran on them, split by voice; A's errors read, B's never
    # (`fast_scores.py informal22voices`; `informal22voicesA` for half A)
    ("informal22-voices A", (FRESH / "informal", "informal22-voices-a-*.tml"), None, []),
    ("informal22-voices B", (FRESH / "informal", "informal22-voices-b-*.tml"), None, []),
    # informal23-blind (twenty-sixth session, blind27): 16 texts written and annotated blind, by an engineer who never
    # saw that session's rules, to judge them (A, British, Irish, Canadian, New Zealand, Australian and Trinidadian
    # voices: a Yorkshire panto cast's WhatsApp, a Raglan surf club's Facebook group, a Galway B&B's e-mail thread, a
    # Winnipeg Minecraft server's Discord mod chat, a Belfast bakery's Teams rota, an Australian EOFY Reddit thread, a
    # Trinidad steelband's Panorama chat, a Manchester escape room's Slack; B US, Indian, Kenyan, Nigerian and
    # Singaporean voices: an open-source IRC meeting log, a US PTO's Zoom chat, a Kenyan family harambee WhatsApp, a
    # Lagos estate's noticeboard, a Singapore hawker's CNY page, a Chennai JEE coaching Telegram, a US hospital blood
    # drive's Teams channel, a quilting forum with quote headers); not read by any rules engineer: no half's errors
    # are read (`fast_scores.py informal23blind`; `informal23blindA`, `informal23blindB` for the halves). Not in the
    # pooled informalA/informalB groups (the lead decides).
    ("informal23-blind A", (FRESH / "informal", "informal23-blind-a-*.tml"), None, []),
    ("informal23-blind B", (FRESH / "informal", "informal23-blind-b-*.tml"), None, []),
    # informal24-blind (twenty-seventh session, blind28): 12 texts written and annotated blind, by an engineer who never
    # saw that session's rules, lexicon, grids or grammar sections, to judge its four informal classes (approximate,
    # hedged and disjunctive lengths and offsets; opening hours, timetables and rotas; a day told from a holiday or a
    # day already named; numeric and ordinal dates across locales). A British, Irish, Australian, New Zealand, South
    # African and Scottish voices: a Cork chipper's Facebook page, a Brisbane school tuckshop roster group, a Te Puke
    # kiwifruit packhouse crew group, a Durban Diwali mela committee's WhatsApp export, a Highland distillery's festive
    # hours page, a Cheshire repair café group; B US, Indian, Nigerian, Ghanaian, Singaporean and Filipino voices: a
    # Vermont sugarhouse page, a Hyderabad tiffin service's WhatsApp, a Port Harcourt canopy-rental WhatsApp, a Kumasi
    # poultry farm's orders chat, a Singapore badminton Telegram group, a Filipino family's Messenger chat about a
    # balikbayan box. Not read by any rules engineer: no half's errors are read (`fast_scores.py informal24blind`;
    # `informal24blindA`, `informal24blindB` for the halves). Not in the pooled informalA/informalB groups.
    ("informal24-blind A", (FRESH / "informal", "informal24-blind-a-*.tml"), None, []),
    ("informal24-blind B", (FRESH / "informal", "informal24-blind-b-*.tml"), None, []),
    # informal25-blind (twenty-eighth session, blind29): 12 texts written and annotated blind, by an engineer who never
    # saw the rules, lexicon, grids, tagger or grammar sections, before the tagger ran on them, to judge the informal rules
    # as they stand. A Welsh, Irish, Scottish, Australian (with a New Zealander), Canadian and Jamaican voices: a Llanelli
    # rugby club's bar-rota WhatsApp export, a Dublin barber's Facebook page, an Aberdeen offshore worker's Signal chat, an
    # r/Adelaide thread on pool hours, a Halifax daycare's e-mail and a parent's texts, a Kingston cookshop's WhatsApp; B US,
    # Indian, Pakistani, Nigerian, Kenyan and Malaysian (with a Filipina) voices: an Ohio parish pantry's Slack, a Pune
    # housing society's WhatsApp, a Karachi tuition academy's Facebook page, an Abuja mechanic's WhatsApp, a Nakuru running
    # club's Telegram, a Lowyat forum thread on CNY hours. Not read by any rules engineer: no half's errors are read
    # (`fast_scores.py informal25blind`; `informal25blindA`, `informal25blindB` for the halves). Not in the pooled
    # informalA/informalB groups.
    ("informal25-blind A", (FRESH / "informal", "informal25-blind-a-*.tml"), None, []),
    ("informal25-blind B", (FRESH / "informal", "informal25-blind-b-*.tml"), None, []),
    # news5-blind (thirtieth session, blindnews31): 12 agency news texts written and annotated blind, by an engineer
    # who never saw the rules, lexicon, grids, tagger or conventions documents, before the tagger ran on them, to
    # measure the tagger on unseen newswire. A in AP/Reuters/Bloomberg style ("Tuesday" without "on", "Sept. 18",
    # fiscal quarters, "the year-earlier period"): a year-end markets close, earnings with a product recall, a federal
    # fraud sentencing, a hurricane's floods, a pianist's obituary, a machinists' strike with talks set; B in
    # BBC/PA/AFP/ABC style ("on Tuesday", "18 September", "the 12 months to February"): a Bank of England decision, a
    # state election count, an EU-Africa summit, a war report from eastern Congo, a health study, a Boxing Day football
    # result with fixtures ahead. Not read by any rules engineer: no half's errors are read (`fast_scores.py
    # news5blind`; `news5blindA`, `news5blindB` for the halves). Not in `fresh news` (APART) nor any pooled group.
    # informal26-blind (thirty-first session, blind32): 14 texts written and annotated blind, by an engineer who never
    # saw the rules, lexicon, grids, tagger or conventions documents, before the tagger ran on them, to measure the
    # tagger on unseen informal text (tweets and public posts first). A Scottish, Irish, Australian, New Zealand,
    # Canadian (Quebec), Cornish and Bajan voices: a Highland council's gritting posts with replies, an r/Dublin
    # flat-hunting thread, a Brunswick café's Google reviews with the owner's replies, a Kowhai Valley A&P show's
    # Facebook group, a Montreal moving-day SMS thread, a Cornish lifeboat station's posts, a Barbados villa host's
    # WhatsApp export over the new year; B US, Indian, Nigerian, Kenyan, Filipino and Singaporean, South African and
    # Pakistani voices: a minor-league baseball club's posts, an r/mumbai thread on a mega block, a Lagos developers'
    # Discord before a hackathon, a Kenyan parcel app's Play Store reviews, a Cebu dive shop's e-mail thread with a
    # Singaporean guest, a Johannesburg traffic reporter's posts, a Karachi student's PSL posts. Not in any pooled
    # group; B's errors are never read (`fast_scores.py informal26blind`; `informal26blindA`, `informal26blindB`).
    # informal27-blind (thirty-second session, blind33): 14 texts written and annotated blind, by an engineer who never
    # saw the rules, lexicon, grids, tagger or conventions documents, before the tagger ran on them, to measure the
    # tagger on unseen informal text (tweets and public posts first, then chats and e-mail). A Irish, Canadian,
    # Australian, New Zealand, Guyanese and English (with Scottish) voices: a Kerry GAA club's posts on X with
    # replies, a Calgary community association's Facebook page at Stampede, a Tasmanian lodge's Tripadvisor reviews,
    # a Rotorua hangi truck's TikTok captions and comments on Waitangi Day, a Guyanese family's WhatsApp export before
    # Mashramani, a Leeds driving instructor's texts with pupils, an Edinburgh Fringe venue's e-mail thread with an
    # Irish comic; B US, Indian, Ugandan, Rwandan, Vietnamese and Korean (with Filipina and Indian) voices: a New
    # Orleans parade tracker's Bluesky posts at Mardi Gras, a Kolkata pandal hopper's Instagram before Durga Puja, a
    # Jinja rafting company's Google reviews, a Kigali neighbourhood's WhatsApp before Umuganda, a Saigon software
    # team's Slack before Tet, a Brooklyn dog walker's texts at the new year, an r/korea thread on the Hangul Day long
    # weekend. Not in any pooled group; B's errors are never read, A's are from the thirty-third session (`fast_scores.py informal27blind`;
    # `informal27blindA`, `informal27blindB`).
    ("informal27-blind A", (FRESH / "informal", "informal27-blind-a-*.tml"), None, []),
    ("informal27-blind B", (FRESH / "informal", "informal27-blind-b-*.tml"), None, []),
    # informal28-blind (thirty-third session, blind34): 14 texts written and annotated blind, by an engineer who never
    # saw the rules, lexicon, grids, tagger or conventions documents, before the tagger ran on them, to measure the
    # tagger on unseen informal text (tweets and public posts first, then chats and e-mail). A English, Irish, New
    # Zealand, Canadian, Australian and Antiguan voices: a Norfolk Broads boat hire's posts on X with replies, a
    # Waikato netball club's Facebook group, a PEI oyster shack's Instagram, an r/melbourne thread on the grand final
    # eve holiday, a Yorkshire heritage railway on Mastodon at the year's end, an Antigua Sailing Week crew's WhatsApp
    # export, a Lewes bonfire society's e-mail thread; B Thai (with foreigners), Indian, US, Ethiopian and Filipino
    # voices: a Chiang Mai muay thai gym's TikTok at Songkran, a Goa scooter rental's Google reviews at the new year,
    # an Iowa school district's snow-day posts on X, an Addis Ababa coffee roaster's Facebook page at Enkutatash, a
    # Manila K-pop fan club's Discord, a Chicago piano teacher's texts, Kerala houseboat e-mails at Onam. Not in any
    # pooled group; B's errors are never read, A's are from the thirty-fourth session (`fast_scores.py informal28blind`;
    # `informal28blindA`, `informal28blindB`).
    ("informal28-blind A", (FRESH / "informal", "informal28-blind-a-*.tml"), None, []),
    ("informal28-blind B", (FRESH / "informal", "informal28-blind-b-*.tml"), None, []),
    # informal29-blind (thirty-fourth session, blind35): 14 texts written and annotated blind, by an engineer who never
    # saw the rules, lexicon, grids, tagger or conventions documents, before the tagger ran on them, to measure the
    # tagger on unseen informal text (tweets and public posts first, then chats and e-mail). A Cornish, Irish, New
    # Zealand, West Australian, Canadian, Barbadian and English voices: a Newquay pilot gig club's posts on X with
    # replies, an Irish college parents' Facebook group, a Rotorua bike shuttle's Instagram at the year's end, an
    # r/perth thread on Rottnest over Easter, Google reviews of Lake Simcoe ice-fishing huts on Family Day, a Crop
    # Over band section's WhatsApp export, a Cambridge May Ball committee's e-mail thread; B US (Philadelphia,
    # Wisconsin), Tanzanian, Balinese, Lao, Indian and Kenyan voices: a Mummers string band's posts on X before New
    # Year's Day, a Dar-Zanzibar ferry's Facebook page at Idd el Fitr, a Ubud retreat's Instagram at Nyepi,
    # Tripadvisor reviews of a Luang Prabang cooking class, a Bengaluru hackathon's Discord in Navratri, a Nairobi
    # fintech's Slack before Madaraka Day, a Wisconsin summer camp's e-mails to parents. Not in any pooled group;
    # B's errors are never read, A's are from the thirty-fifth session (`fast_scores.py informal29blind`;
    # `informal29blindA`, `informal29blindB`).
    ("informal29-blind A", (FRESH / "informal", "informal29-blind-a-*.tml"), None, []),
    ("informal29-blind B", (FRESH / "informal", "informal29-blind-b-*.tml"), None, []),
    # informal30-blind (thirty-fifth session, blind36): 14 texts written and annotated blind, by an engineer who never
    # saw the rules, lexicon, grids, tagger or conventions documents, before the tagger ran on them, to measure the
    # tagger on unseen informal text (tweets and public posts first, then chats and e-mail). A Scottish, Irish,
    # Australian, New Zealand, Canadian, Bermudian and English voices: a Scottish ski centre's posts on X with
    # replies at Easter, an Irish Tidy Towns Facebook group before the June bank holiday, a Brisbane roller derby
    # league's Instagram, an r/newzealand thread on the Matariki long weekend, Google reviews of a Rideau Canal skate
    # rental at Winterlude, a Bermudian family's WhatsApp export before Cup Match, a Yorkshire fell-walking club's
    # e-mail thread with a Lakeland bunkhouse over the new year; B US (Nashville, San Antonio, Michigan), Namibian,
    # Indian, Nigerian and Nepali (with Malaysian, Dutch and Indian trekkers) voices: a Nashville honky-tonk's posts
    # on X in CMA Fest week, a Windhoek craft market's Facebook page before Heroes' Day, a Delhi mehendi artist's
    # Instagram in wedding season, an Abuja small-chops caterer's TikTok at Sallah, Yelp reviews of a San Antonio
    # tire shop, a Kathmandu trekking group's WhatsApp export in Dashain, an FRC robotics team's Discord on New
    # Year's Eve. Not in any pooled group; B's errors are never read, A's are from the thirty-sixth session (`fast_scores.py informal30blind`;
    # `informal30blindA`, `informal30blindB`).
    ("informal30-blind A", (FRESH / "informal", "informal30-blind-a-*.tml"), None, []),
    ("informal30-blind B", (FRESH / "informal", "informal30-blind-b-*.tml"), None, []),
    # informal31-blind (thirty-sixth session, blind37): 14 texts written and annotated blind, by an engineer who never
    # saw the rules, lexicon, grids, tagger or conventions documents, before the tagger ran on them, to measure the
    # tagger on unseen informal text (tweets and public posts first, then chats and e-mail). A Welsh, Manx, Scottish
    # (Lewis), Australian (Alice Springs), South African, Jamaican and Nova Scotian voices: an Anglesey sea-kayak
    # centre's posts on X before St David's Day, an Isle of Man bus and rail users' Facebook group before Tynwald Day,
    # a Stornoway bakery's Instagram at Hogmanay, an r/alicesprings thread on the Picnic Day long weekend, Google
    # reviews of a Karoo farm stall after Heritage Day, a Jamaican family's WhatsApp export (iOS) before National
    # Heroes Day, a Nova Scotia lobster co-op's e-mail thread after Dumping Day; B US (Louisiana, Hawaii), Ghanaian,
    # Kenyan, Pakistani, Trinidadian and Filipino voices: a Louisiana crawfish shack's Bluesky posts in Lent, a Hilo
    # shave-ice truck's TikTok before Kamehameha Day, a Tema farm-produce delivery's Facebook page before Farmers' Day,
    # Tripadvisor reviews of a Diani kite school, a Lahore software house's Slack before Independence Day, a Trinidad
    # parang band's WhatsApp export (Android) before Christmas, a Filipino mother's and daughter's SMS in Holy Week.
    # Not in any pooled group; B's errors are never read, A's are from the thirty-seventh session (`fast_scores.py informal31blind`;
    # `informal31blindA`, `informal31blindB`).
    ("informal31-blind A", (FRESH / "informal", "informal31-blind-a-*.tml"), None, []),
    ("informal31-blind B", (FRESH / "informal", "informal31-blind-b-*.tml"), None, []),
    # informal32-blind (thirty-seventh session, blind38): 14 texts written and annotated blind, by an engineer who never
    # saw the rules, lexicon, grids, tagger or conventions documents, before the tagger ran on them, to measure the
    # tagger on unseen informal text (tweets and public posts first, then chats and e-mail). A Orcadian, Northern
    # Irish, Isle of Wight, Queensland, Zimbabwean, Belizean and Newfoundland voices: Kirkwall Ba' posts on X between
    # Christmas and New Year's Day, a Portstewart ice-cream parlour's Facebook page before the Twelfth, a Ventnor crab
    # shack's Instagram before Easter, an r/brisbane thread on the Labour Day long weekend, Google reviews of a
    # Bulawayo lodge after Independence Day, a Belizean family's WhatsApp export (iOS) in the September celebrations,
    # a St. John's rowing crew's e-mail thread before Regatta Day; B Appalachian (West Virginia), Malaysian, Sri
    # Lankan, Puerto Rican, Bangladeshi, Zambian and Fijian voices: a volunteer fire department's Facebook group before
    # its ramp supper, a Penang char koay teow stall's TikTok before Merdeka, Tripadvisor reviews of an Ella homestay,
    # a plena band's Bluesky posts before Three Kings Day, a Dhaka riders' forum thread over New Year, a Lusaka
    # family's WhatsApp export (Android) before a kitchen party and Heroes and Unity Days, a Suva office's Slack
    # before Fiji Day. Not in any pooled group; B's errors are never read, A's are from the thirty-eighth session (`fast_scores.py informal32blind`;
    # `informal32blindA`, `informal32blindB`).
    ("informal32-blind A", (FRESH / "informal", "informal32-blind-a-*.tml"), None, []),
    ("informal32-blind B", (FRESH / "informal", "informal32-blind-b-*.tml"), None, []),
    # informal33-blind (thirty-eighth session, blind39): 14 texts written and annotated blind, by an engineer who never
    # saw the rules, lexicon, grids, tagger or conventions documents, before the tagger ran on them, to measure the
    # tagger on unseen informal text (tweets and public posts first, then chats and e-mail). A Shetland, Donegal,
    # Maltese, Guernsey, Bahamian, Labrador and Cumbrian voices: a Lerwick Facebook group before Up Helly Aa, a
    # Bundoran surf school's Instagram over the October bank holiday and Halloween, an r/malta thread on the Gozo
    # ferry after the Nadur carnival, a Guernsey classic car club's e-mail thread before the Liberation Day cavalcade,
    # Google reviews of an Arawak Cay conch stand after Independence Day, a Happy Valley-Goose Bay family's WhatsApp
    # export (iOS, en-CA stamps) at a cabin over New Year, the Egremont Crab Fair's Mastodon posts before the gurning;
    # B New Mexico border, Sabahan, Tamil, Malawian, Samoan, Gibraltarian and Dominican (New York) voices: a Las Cruces
    # green chile roaster's posts on X before the Hatch festival and Labor Day, a Penampang home kitchen's Facebook page
    # before Kaamatan, a Madurai jasmine seller's YouTube vlog and comments before Pongal, Tripadvisor reviews of a Cape
    # Maclear lodge, a Samoan family's WhatsApp export (Android) before White Sunday, a Gibraltar running club's
    # Discord before National Day, a Washington Heights mother's and son's iMessages around Dominican Independence
    # Day. Not in any pooled group; B's errors are never read, A's are from the thirty-ninth session (`fast_scores.py informal33blind`;
    # `informal33blindA`, `informal33blindB`).
    ("informal33-blind A", (FRESH / "informal", "informal33-blind-a-*.tml"), None, []),
    ("informal33-blind B", (FRESH / "informal", "informal33-blind-b-*.tml"), None, []),
    # informal34-blind (thirty-ninth session, blind40): 14 texts written and annotated blind, by an engineer who never
    # saw the rules, lexicon, grids, tagger or conventions documents, before the tagger ran on them, to measure the
    # tagger on unseen informal text (tweets and public posts first, then chats and e-mail). A Otago, Yukon, Jersey,
    # Botswanan, St Lucian, Montserratian and Ceredigion voices: Queenstown ski-bus posts on X before Matariki, a
    # Dawson City Facebook group before Discovery Day, a Jersey Royals hedge-veg stall's Instagram before the May bank
    # holiday and Liberation Day, an r/Botswana thread on driving to Maun for President's Day, Google reviews of a Gros
    # Islet fish fry after Jounen Kwéyòl, a Montserrat family's WhatsApp export (Android) before St Patrick's Day, an
    # Aberaeron sea swimmers' e-mail thread before the New Year's Day dip; B Tucson, Laredo, Tongan, Guyanese,
    # Assamese, Ugandan and Cameroonian voices: a Tucson mother's Bluesky posts in rodeo week, a Laredo tamale shop's
    # Facebook page before Nochebuena, a Nuku'alofa 'otai seller's TikTok before Constitution Day, Tripadvisor reviews
    # of a Lethem eco-lodge after the Rupununi rodeo, a Guwahati family's WhatsApp export (iOS) before Bohag Bihu, a
    # Kampala office's Slack before Martyrs Day, a Douala mother's and son's SMS at the university rentrée in Buea.
    # Not in any pooled group; B's errors are never read, A's are from the fortieth session (`fast_scores.py informal34blind`;
    # `informal34blindA`, `informal34blindB`).
    ("informal34-blind A", (FRESH / "informal", "informal34-blind-a-*.tml"), None, []),
    ("informal34-blind B", (FRESH / "informal", "informal34-blind-b-*.tml"), None, []),
    # informal35-blind (fortieth session, blind41): 14 texts written and annotated blind, by an engineer who never saw
    # the rules, lexicon, grids, tagger or conventions documents, before the tagger ran on them, to measure the tagger
    # on unseen informal text (tweets and public posts first, then chats and e-mail). A Hebridean, Falklands,
    # Northumbrian, Canberran, Namibian, St Helenian and Kimberley voices: a Barra boat-trip operator's posts on X
    # before Easter, a Stanley noticeboard Facebook group before Liberation Day, a Craster kipper smokehouse's Instagram
    # at the end of the summer hours, an r/canberra thread on the Canberra Day long weekend, Google reviews of a
    # Swakopmund dune-tour operator after the festive season, a St Helena family's WhatsApp export (iOS) before St
    # Helena Day, a Broome camel-ride e-mail thread before Boxing Day; B Nebraskan, Nepali, Mauritian, Papua New
    # Guinean, Alaskan, Sarawakian and Senegalese voices: an Omaha bierock food truck's Bluesky posts before a game day
    # and Indigenous Peoples' Day, a Sauraha (Chitwan) jungle lodge's Facebook page before Nepali New Year, a Port
    # Louis dholl puri seller's TikTok before Independence Day, Tripadvisor reviews of a Goroka lodge after the show
    # and Independence Day, a Fairbanks family's WhatsApp export (Android, en-US stamps) over New Year's Eve, a Kuching
    # running club's Discord before Gawai, a Dakar mother's and son's SMS before Tabaski.
    # Not in any pooled group; B's errors are never read, A's are from the forty-first session (`fast_scores.py informal35blind`;
    # `informal35blindA`, `informal35blindB`).
    ("informal35-blind A", (FRESH / "informal", "informal35-blind-a-*.tml"), None, []),
    ("informal35-blind B", (FRESH / "informal", "informal35-blind-b-*.tml"), None, []),
    # informal36-blind (forty-first session, blind42): 14 texts written and annotated blind, by an engineer who never saw
    # the rules, lexicon, grids, tagger or conventions documents, before the tagger ran on them, to measure the tagger
    # on unseen informal text (tweets and public posts first, then chats and e-mail). A Top End, Anguillan, Chatham
    # Islander, North Yorkshire, Tristan da Cunha, Sunshine Coast and Alderney voices: a Darwin storm watcher's posts on
    # X over New Year's Eve, a Sandy Ground beach bar's Facebook page before August Monday and Constitution Day, a
    # Chatham Islands fishing lodge's Instagram before Labour weekend, Google reviews of a Whitby chippy on the early May
    # bank holiday, a travel forum thread on passages to Tristan da Cunha, a Noosa nippers parents' WhatsApp export (iOS)
    # before Australia Day, an Alderney guesthouse's e-mail thread in Alderney Week; B Idahoan, Uzbek, Bhutanese, Swazi,
    # Mongolian, Basotho and Wisconsin voices: an r/Boise thread before Memorial Day weekend, a Tashkent plov centre's
    # TikTok before Independence Day, Tripadvisor reviews of a Thimphu homestay after the Tshechu, a Mbabane family's
    # WhatsApp export (Android, day-first stamps) before a grandmother's 80th, an Ulaanbaatar esports team's Discord
    # (en-US stamps) before Tsagaan Sar, a Maseru solar installer's Slack before Moshoeshoe's Day, a Milwaukee mother's
    # and daughter's SMS before Thanksgiving.
    # Not in any pooled group; B's errors are never read, A's are from the forty-second session (`fast_scores.py informal36blind`;
    # `informal36blindA`, `informal36blindB`).
    ("informal36-blind A", (FRESH / "informal", "informal36-blind-a-*.tml"), None, []),
    ("informal36-blind B", (FRESH / "informal", "informal36-blind-b-*.tml"), None, []),
    # informal37-blind (forty-second session, blind43): 14 texts written and annotated blind, by an engineer who never saw
    # the rules, lexicon, grids, tagger or conventions documents, before the tagger ran on them, to measure the tagger
    # on unseen informal text (tweets and public posts first, then chats and e-mail). A Cook Islands, Nunavut, Caymanian,
    # Central Australian, Norfolk Island, Grenadian and Seychellois voices: a Rarotonga bus service's posts on X, an
    # Iqaluit community Facebook group, an East End (Grand Cayman) ice-cream shack's Instagram, Google reviews of an Alice
    # Springs bakehouse, an r/NorfolkIsland thread before Bounty Day, a Gouyave family's WhatsApp export (iOS) before
    # Christmas, a La Digue guesthouse's e-mail thread; B Sierra Leonean (Krio), Bruneian, ni-Vanuatu, Guamanian,
    # Gambian, Solomon Islands and St Croix voices: a Freetown cook's Bluesky posts, a Brunei kuih seller's TikTok,
    # Tripadvisor reviews of a Santo dive lodge, a Guam forum thread, a Banjul family's WhatsApp export (Android), a
    # Honiara office's Slack, a St Croix mother's and son's iMessages.
    # Not in any pooled group; B's errors are never read, A's are from the forty-third session (`fast_scores.py informal37blind`;
    # `informal37blindA`, `informal37blindB`).
    ("informal37-blind A", (FRESH / "informal", "informal37-blind-a-*.tml"), None, []),
    ("informal37-blind B", (FRESH / "informal", "informal37-blind-b-*.tml"), None, []),
    # informal38-blind (forty-third session, blind44): 14 texts written and annotated blind, by an engineer who never saw
    # the rules, lexicon, grids, tagger or conventions documents, before the tagger ran on them, to measure the tagger
    # on unseen informal text (tweets and public posts first, then chats and e-mail). A Turks and Caicos, Nevisian, Lord
    # Howe Island, Yellowknife, Coober Pedy, Vincentian and Sark voices: a Grand Turk snorkel operator's posts on X, a
    # Nevis ferry Facebook group, a Lord Howe bike hire's Instagram, an r/Yellowknife thread at the solstice, Google
    # reviews of a Coober Pedy dugout motel, a St Vincent family's WhatsApp export (iOS) in the Nine Mornings, a Sark
    # guesthouse's e-mail thread; B Maldivian, Liberian, Darjeeling, Palauan, Tanzanian, South Sudanese and Christmas
    # Island voices: a Malé bakery's Bluesky posts, a Monrovia cook's TikTok, Tripadvisor reviews of a Darjeeling
    # homestay, a Koror dive forum thread, an Arusha family's WhatsApp export (Android) at Nane Nane, a Juba NGO office's
    # Slack, a Christmas Island mother's and Perth son's SMS.
    # Not in any pooled group; B's errors are never read, A's are from the forty-fourth session (`fast_scores.py informal38blind`;
    # `informal38blindA`, `informal38blindB`).
    ("informal38-blind A", (FRESH / "informal", "informal38-blind-a-*.tml"), None, []),
    ("informal38-blind B", (FRESH / "informal", "informal38-blind-b-*.tml"), None, []),
    # informal39-blind (forty-fourth session, blind45): 14 texts written and annotated blind, by an engineer who never saw
    # the rules, lexicon, grids, tagger or conventions documents, before the tagger ran on them, to measure the tagger
    # on unseen informal text (tweets and public posts first, then chats and e-mail). A Dominican, Torres Strait,
    # Inuvik, Rakiura, Birdsville, Ascension Island and San Andrés voices: a Roseau trail guide's posts on X, a Thursday
    # Island Facebook group, an Inuvik bakery's Instagram, an r/newzealand thread on Rakiura at Easter, Google reviews
    # of the Birdsville Hotel, an Ascension Island family's WhatsApp export (iOS), a San Andrés cays-trip e-mail thread;
    # B Naga, American Samoan, Marshallese, Saipanese, Batswana, Cypriot and I-Kiribati voices: a Kohima kitchen's
    # Bluesky posts, a Pago Pago TikTok, Tripadvisor reviews of a Majuro lodge, a Saipan forum thread, a Gaborone family's
    # WhatsApp export (Android), a Limassol university society's Discord, a Tarawa mother's and Brisbane daughter's
    # iMessages.
    # Not in any pooled group; B's errors are never read, A's are from the forty-fifth session (`fast_scores.py informal39blind`;
    # `informal39blindA`, `informal39blindB`).
    ("informal39-blind A", (FRESH / "informal", "informal39-blind-a-*.tml"), None, []),
    ("informal39-blind B", (FRESH / "informal", "informal39-blind-b-*.tml"), None, []),
    # informal40-blind (forty-fourth session, blind46): 14 texts written and annotated blind, by an engineer who never saw
    # the rules, lexicon, grids, tagger or conventions documents, before the tagger ran on them, to measure the tagger
    # on unseen informal text (tweets and public posts first, then chats and e-mail). A Tobagonian, Churchill (Manitoba),
    # Kangaroo Island, Shillong, Katherine, Tortola and Niuean voices: a Buccoo boat-trip operator's posts on X, a
    # Churchill Facebook group, a Kangaroo Island Instagram, a Shillong Reddit thread, Google reviews in Katherine, a
    # Tortola family's WhatsApp export (iOS), a Niue e-mail thread; B Kandyan, Kisumu, Roatán, Pohnpeian, Lilongwe,
    # Chattogram and Funafuti voices: a Kandy Bluesky, a Kisumu TikTok, Tripadvisor reviews on Roatán, a Pohnpei forum
    # thread, a Lilongwe family's WhatsApp export (Android), a Chattogram office's Slack, a Funafuti SMS thread.
    # Not in any pooled group; B's errors are never read, A's are from the forty-sixth session (`fast_scores.py informal40blind`;
    # `informal40blindA`, `informal40blindB`).
    ("informal40-blind A", (FRESH / "informal", "informal40-blind-a-*.tml"), None, []),
    ("informal40-blind B", (FRESH / "informal", "informal40-blind-b-*.tml"), None, []),
    # informal41-blind (forty-fifth session, blind47): 14 texts written and annotated blind, by an engineer who never saw
    # the rules, lexicon, grids, tagger or conventions documents, before the tagger ran on them, to measure the tagger
    # on unseen informal text (tweets and public posts first, then chats and e-mail). A Barbudan, Rankin Inlet, Broken
    # Hill, Freeport (Grand Bahama), Kununurra, Kittitian and Lamu voices: a Barbuda lagoon-boat operator's posts on X,
    # a Rankin Inlet Facebook group, a Broken Hill bakery's Instagram, a Freeport Junkanoo Reddit thread, Google reviews
    # of a Kununurra cruise, a Basseterre family's WhatsApp export (iOS), a Lamu dhow e-mail thread; B Katima Mulilo,
    # Gulu, Langkawi, Savai'i, Lautoka, Davao and Philipsburg voices: a Katima Mulilo brewpub's Bluesky, a Gulu rolex
    # TikTok, Tripadvisor reviews of a Langkawi mangrove tour, a Samoan forum thread, a Lautoka family's WhatsApp export
    # (Android), a Davao on-call Slack, a Philipsburg mother's SMS.
    # Not in any pooled group; B's errors are never read, A's are from the forty-seventh session (`fast_scores.py informal41blind`;
    # `informal41blindA`, `informal41blindB`).
    ("informal41-blind A", (FRESH / "informal", "informal41-blind-a-*.tml"), None, []),
    ("informal41-blind B", (FRESH / "informal", "informal41-blind-b-*.tml"), None, []),
    # informal42-blind (forty-sixth session, blind48): 14 texts written and annotated blind, by an engineer who never saw
    # the rules, lexicon, grids, tagger or conventions documents, before the tagger ran on them, to measure the tagger
    # on unseen informal text (public posts first, then chats and e-mail), in platforms the earlier sets used less. A
    # Big Corn Island, Whitehorse, Mount Isa, Saba, Mombasa, Cocos (Keeling) Islands and Pitcairn voices: Threads posts,
    # a Nextdoor neighbourhood, YouTube comments, a WhatsApp export (iOS), a Microsoft Teams channel, a Messenger family
    # chat, a community newsletter e-mail thread; B Jaffna, Livingstone, Port Blair, Tamale, Dili, Buka and Bastimentos
    # voices: Mastodon posts, Booking.com reviews, a Telegram channel export, a WhatsApp export (Android), a Discord
    # server, SMS, an Outlook e-mail thread.
    # Not in any pooled group; B's errors are never read, A's are from the forty-eighth session (`fast_scores.py informal42blind`;
    # `informal42blindA`, `informal42blindB`).
    ("informal42-blind A", (FRESH / "informal", "informal42-blind-a-*.tml"), None, []),
    ("informal42-blind B", (FRESH / "informal", "informal42-blind-b-*.tml"), None, []),
    # informal43-blind (forty-seventh session, blind49): 14 texts written and annotated blind, by an engineer who never
    # saw the rules, lexicon, grids, tagger or conventions documents, before the tagger ran on them, to measure the tagger
    # on unseen informal text, in platforms the earlier sets used less. A Tennant Creek, Curaçao, Aitutaki, Carriacou,
    # Leh, King Island and Hay River voices: Google Maps reviews, a Reddit thread, a school parents' WhatsApp (iOS), a
    # family WhatsApp (Android), a Gmail thread with quoted replies, a Signal chat, a slo-pitch league's Discord with
    # fixtures; B Mahé, Dharamshala, Kitwe, Nauru, Phnom Penh, Kodiak and Hunza voices: a family WhatsApp (Android), a
    # Strava running club's comments, LinkedIn posts and comments, a family WhatsApp (iOS), an NGO's Slack, a Facebook
    # Marketplace chat, a Gmail thread with quoted replies.
    # Not in any pooled group; neither half's errors are read (`fast_scores.py informal43blind`;
    # `informal43blindA`, `informal43blindB`).
    ("informal43-blind A", (FRESH / "informal", "informal43-blind-a-*.tml"), None, []),
    ("informal43-blind B", (FRESH / "informal", "informal43-blind-b-*.tml"), None, []),
    ("informal26-blind A", (FRESH / "informal", "informal26-blind-a-*.tml"), None, []),
    ("informal26-blind B", (FRESH / "informal", "informal26-blind-b-*.tml"), None, []),
    ("news5-blind A", (FRESH / "news", "news5-blind-a-*.tml"), None, []),
    ("news5-blind B", (FRESH / "news", "news5-blind-b-*.tml"), None, []),
    ("sealed news", SEALED / "news", None, []),
    ("sealed informal", SEALED / "informal", None, []),
    ("sealed history", SEALED / "history", None, []),
    ("sealed2 news", SEALED2 / "news", None, []),
    ("sealed2 informal", SEALED2 / "informal", None, []),
    ("sealed2 history", SEALED2 / "history", None, []),
]
FRESH_PARTS = ("fresh news", "fresh informal", "fresh informal2", "fresh informal3a", "fresh informal3b",
               "fresh informal4a", "fresh informal4b", "fresh history")
SEALED_PARTS = ("sealed news", "sealed informal", "sealed history")
SEALED2_PARTS = ("sealed2 news", "sealed2 informal", "sealed2 history")
GROUPS = {"TimeBank": ("TimeBank",), "AQUAINT": ("AQUAINT",), "WikiWars": ("WikiWars",),
          "fresh-text": FRESH_PARTS, "fresh3": ("history3 A", "history3 B", "news3 A", "news3 B"),
          "informal4": ("fresh informal4a", "fresh informal4b"),
          "informal5": ("fresh informal5a", "fresh informal5b"),
          "informal5a": ("fresh informal5a",),
          "informal6": ("fresh informal6a", "fresh informal6b"),
          "informal6a": ("fresh informal6a",),
          "informal7": ("fresh informal7a", "fresh informal7b"),
          "informal7a": ("fresh informal7a",),
          "informal8days": ("informal8-days A", "informal8-days B"), "informal8daysA": ("informal8-days A",),
          "informal9days": ("informal9-days A", "informal9-days B"), "informal9daysA": ("informal9-days A",),
          "informal8c": ("fresh informal8ca", "fresh informal8cb"),
          "informal8ca": ("fresh informal8ca",),
          "informal9past": ("informal9-past A", "informal9-past B"), "informal9pastA": ("informal9-past A",),
          "informal9c": ("fresh informal9ca", "fresh informal9cb"),
          "informal9ca": ("fresh informal9ca",),
          "informal10tweets": ("informal10-tweets A", "informal10-tweets B"), "informal10tweetsA": ("informal10-tweets A",),
          "fresh4": ("history4 A", "history4 B"),
          "fresh5": ("history5 A", "history5 B"),
          "fresh6": ("history6 A", "history6 B"), "history6A": ("history6 A",),
          "fresh7": ("history7 A", "history7 B"), "history7A": ("history7 A",),
          "fresh8": ("history8 A", "history8 B"), "history8A": ("history8 A",),
          "tense": ("tense A", "tense B"), "tenseA": ("tense A",), "tenseB": ("tense B",),
          "tense2": ("tense2 A", "tense2 B"), "tense2A": ("tense2 A",),
          "news7": ("news7 A", "news7 B"), "news7A": ("news7 A",),
          "news8": ("news8 A", "news8 B"), "news8A": ("news8 A",),
          "news4": ("news4 A", "news4 B"), "news4A": ("news4 A",), "news4B": ("news4 B",),
          "informal10days": ("informal10-days A", "informal10-days B"), "informal10daysA": ("informal10-days A",),
          "informal10convo": ("informal10-convo A", "informal10-convo B"), "informal10convoA": ("informal10-convo A",),
          "informal10c": ("fresh informal10ca", "fresh informal10cb"),
          "informal10ca": ("fresh informal10ca",),
          "informal11stories": ("informal11-stories A", "informal11-stories B"), "informal11storiesA": ("informal11-stories A",),
          "informal11work": ("informal11-work A", "informal11-work B"), "informal11workA": ("informal11-work A",),
          "informal11tweets": ("informal11-tweets A", "informal11-tweets B"), "informal11tweetsA": ("informal11-tweets A",),
          "informal11regional": ("informal11-regional A", "informal11-regional B"), "informal11regionalA": ("informal11-regional A",),
          "informal12forums": ("informal12-forums A", "informal12-forums B"), "informal12forumsA": ("informal12-forums A",),
          "informal12listings": ("informal12-listings A", "informal12-listings B"), "informal12listingsA": ("informal12-listings A",),
          "informal12reviews": ("informal12-reviews A", "informal12-reviews B"), "informal12reviewsA": ("informal12-reviews A",),
          "informal12spoken": ("informal12-spoken A", "informal12-spoken B"), "informal12spokenA": ("informal12-spoken A",),
          "informal13schedules": ("informal13-schedules A", "informal13-schedules B"), "informal13schedulesA": ("informal13-schedules A",),
          "informal13talk": ("informal13-talk A", "informal13-talk B"), "informal13talkA": ("informal13-talk A",),
          "informal13comments": ("informal13-comments A", "informal13-comments B"), "informal13commentsA": ("informal13-comments A",),
          "informal13logs": ("informal13-logs A", "informal13-logs B"), "informal13logsA": ("informal13-logs A",),
          "informal14howto": ("informal14-howto A", "informal14-howto B"), "informal14howtoA": ("informal14-howto A",),
          "informal14admin": ("informal14-admin A", "informal14-admin B"), "informal14adminA": ("informal14-admin A",),
          "informal15threads": ("informal15-threads A", "informal15-threads B"), "informal15threadsA": ("informal15-threads A",),
          "informal16posts": ("informal16-posts A", "informal16-posts B"), "informal16postsA": ("informal16-posts A",),
          "informal17voices": ("informal17-voices A", "informal17-voices B"), "informal17voicesA": ("informal17-voices A",),
          "informal18voices": ("informal18-voices A", "informal18-voices B"), "informal18voicesA": ("informal18-voices A",),
          "informal19voices": ("informal19-voices A", "informal19-voices B"), "informal19voicesA": ("informal19-voices A",),
          "informal20voices": ("informal20-voices A", "informal20-voices B"), "informal20voicesA": ("informal20-voices A",),
          "informal21voices": ("informal21-voices A", "informal21-voices B"), "informal21voicesA": ("informal21-voices A",),
          "informal22voices": ("informal22-voices A", "informal22-voices B"), "informal22voicesA": ("informal22-voices A",),
          "informal23blind": ("informal23-blind A", "informal23-blind B"), "informal23blindA": ("informal23-blind A",),
          "informal23blindB": ("informal23-blind B",),
          "informal24blind": ("informal24-blind A", "informal24-blind B"), "informal24blindA": ("informal24-blind A",),
          "informal24blindB": ("informal24-blind B",),
          "informal25blind": ("informal25-blind A", "informal25-blind B"), "informal25blindA": ("informal25-blind A",),
          "informal25blindB": ("informal25-blind B",),
          "news5blind": ("news5-blind A", "news5-blind B"), "news5blindA": ("news5-blind A",),
          "news5blindB": ("news5-blind B",),
          "informal26blind": ("informal26-blind A", "informal26-blind B"),
          "informal26blindA": ("informal26-blind A",), "informal26blindB": ("informal26-blind B",),
          "informal27blind": ("informal27-blind A", "informal27-blind B"),
          "informal27blindA": ("informal27-blind A",), "informal27blindB": ("informal27-blind B",),
          "informal28blind": ("informal28-blind A", "informal28-blind B"),
          "informal28blindA": ("informal28-blind A",), "informal28blindB": ("informal28-blind B",),
          "informal29blind": ("informal29-blind A", "informal29-blind B"),
          "informal29blindA": ("informal29-blind A",), "informal29blindB": ("informal29-blind B",),
          "informal30blind": ("informal30-blind A", "informal30-blind B"),
          "informal30blindA": ("informal30-blind A",), "informal30blindB": ("informal30-blind B",),
          "informal31blind": ("informal31-blind A", "informal31-blind B"),
          "informal31blindA": ("informal31-blind A",), "informal31blindB": ("informal31-blind B",),
          "informal32blind": ("informal32-blind A", "informal32-blind B"),
          "informal32blindA": ("informal32-blind A",), "informal32blindB": ("informal32-blind B",),
          "informal33blind": ("informal33-blind A", "informal33-blind B"),
          "informal33blindA": ("informal33-blind A",), "informal33blindB": ("informal33-blind B",),
          "informal34blind": ("informal34-blind A", "informal34-blind B"),
          "informal34blindA": ("informal34-blind A",), "informal34blindB": ("informal34-blind B",),
          "informal35blind": ("informal35-blind A", "informal35-blind B"),
          "informal35blindA": ("informal35-blind A",), "informal35blindB": ("informal35-blind B",),
          "informal36blind": ("informal36-blind A", "informal36-blind B"),
          "informal36blindA": ("informal36-blind A",), "informal36blindB": ("informal36-blind B",),
          "informal37blind": ("informal37-blind A", "informal37-blind B"),
          "informal37blindA": ("informal37-blind A",), "informal37blindB": ("informal37-blind B",),
          "informal38blind": ("informal38-blind A", "informal38-blind B"),
          "informal38blindA": ("informal38-blind A",), "informal38blindB": ("informal38-blind B",),
          "informal39blind": ("informal39-blind A", "informal39-blind B"),
          "informal39blindA": ("informal39-blind A",), "informal39blindB": ("informal39-blind B",),
          "informal40blind": ("informal40-blind A", "informal40-blind B"),
          "informal40blindA": ("informal40-blind A",), "informal40blindB": ("informal40-blind B",),
          "informal41blind": ("informal41-blind A", "informal41-blind B"),
          "informal41blindA": ("informal41-blind A",), "informal41blindB": ("informal41-blind B",),
          "informal42blind": ("informal42-blind A", "informal42-blind B"),
          "informal42blindA": ("informal42-blind A",), "informal42blindB": ("informal42-blind B",),
          "informal43blind": ("informal43-blind A", "informal43-blind B"),
          "informal43blindA": ("informal43-blind A",), "informal43blindB": ("informal43-blind B",),
          "sealed": SEALED_PARTS, "sealed2": SEALED2_PARTS}
# Every informal half still in play, pooled: one score over ~1,500 expressions per side is steadier than
# any one half of ~75-130. The B halves pooled are the validation figure of a rule change (their score
# only; their errors stay unread); the A halves pooled are where errors are read. Retired halves
# (informal3b, 4b, 5b) and the sealed sets are in neither.
INFORMAL_A_PARTS = ("fresh informal6a", "fresh informal7a", "informal8-days A", "informal9-days A",
                    "fresh informal8ca", "informal9-past A", "fresh informal9ca", "informal10-convo A",
                    "informal10-tweets A", "fresh informal10ca", "informal10-days A", "informal11-stories A",
                    "informal11-work A",
                    "informal11-tweets A",
                    "informal11-regional A",
                    "informal12-forums A",
                    "informal12-listings A",
                    "informal12-reviews A",
                    "informal12-spoken A",
                    "informal13-schedules A",
                    "informal13-talk A",
                    "informal13-comments A",
                    "informal13-logs A",
                    "informal14-howto A",
                    "informal14-admin A",
                    "informal15-threads A",
                    "informal16-posts A",
                    "informal17-voices A",
                    "informal18-voices A",
                    "informal19-voices A",
                    "informal20-voices A",
                    "informal21-voices A",
                    "informal22-voices A")
INFORMAL_B_PARTS = ("fresh informal6b", "fresh informal7b", "informal8-days B", "informal9-days B",
                    "fresh informal8cb", "informal9-past B", "fresh informal9cb", "informal10-convo B",
                    "informal10-tweets B", "fresh informal10cb", "informal10-days B", "informal11-stories B",
                    "informal11-work B",
                    "informal11-tweets B",
                    "informal11-regional B",
                    "informal12-forums B",
                    "informal12-listings B",
                    "informal12-reviews B",
                    "informal12-spoken B",
                    "informal13-schedules B",
                    "informal13-talk B",
                    "informal13-comments B",
                    "informal13-logs B",
                    "informal14-howto B",
                    "informal14-admin B",
                    "informal15-threads B",
                    "informal16-posts B",
                    "informal17-voices B",
                    "informal18-voices B",
                    "informal19-voices B",
                    "informal20-voices B",
                    "informal21-voices B",
                    "informal22-voices B")
GROUPS["informalA"] = INFORMAL_A_PARTS
GROUPS["informalB"] = INFORMAL_B_PARTS
# the B halves in play before the sixteenth session's sets (the figure its rules are judged on without their
# own new halves); `--corpus informalB` prints it as a pooled row of its own
INFORMAL_B_OLDER = tuple(p for p in INFORMAL_B_PARTS if not p.startswith("informal14-"))
SEALED_GROUPS = ("sealed", "sealed2")
# the sealed sets only when named; the halves of the third batch too (they are in the fresh rows)
DEFAULT_GROUPS = [g for g in GROUPS if g not in SEALED_GROUPS + ("fresh3", "informal4", "informal5", "informal5a", "fresh4", "fresh5", "informal6", "informal6a", "informal7", "informal7a", "informal8c", "informal8ca", "informal9c", "informal9ca", "informal8days", "informal8daysA", "informal9days", "informal9daysA", "fresh6", "history6A", "fresh7", "history7A", "fresh8", "history8A", "tense", "tenseA", "tenseB", "tense2", "tense2A", "news7", "news7A", "news8", "news8A", "news4", "news4A", "news4B", "informal9past", "informal9pastA", "informal10days", "informal10daysA", "informal10convo", "informal10convoA", "informal10tweets", "informal10tweetsA", "informal10c", "informal10ca", "informalA", "informalB", "informal11stories", "informal11storiesA", "informal11work", "informal11workA", "informal11tweets", "informal11tweetsA", "informal11regional", "informal11regionalA", "informal12forums", "informal12forumsA", "informal12listings", "informal12listingsA", "informal12reviews", "informal12reviewsA", "informal12spoken", "informal12spokenA", "informal13schedules", "informal13schedulesA", "informal13talk", "informal13talkA", "informal13comments", "informal13commentsA", "informal13logs", "informal13logsA", "informal14howto", "informal14howtoA", "informal14admin", "informal14adminA", "informal15threads", "informal15threadsA", "informal16posts", "informal16postsA", "informal17voices", "informal17voicesA", "informal18voices", "informal18voicesA", "informal19voices", "informal19voicesA", "informal20voices", "informal20voicesA", "informal21voices", "informal21voicesA", "informal22voices", "informal22voicesA", "informal23blind", "informal23blindA", "informal23blindB", "informal24blind", "informal24blindA", "informal24blindB", "informal25blind", "informal25blindA", "informal25blindB", "news5blind", "news5blindA", "news5blindB", "informal26blind", "informal26blindA", "informal26blindB", "informal27blind", "informal27blindA", "informal27blindB", "informal28blind", "informal28blindA", "informal28blindB", "informal29blind", "informal29blindA", "informal29blindB", "informal30blind", "informal30blindA", "informal30blindB", "informal31blind", "informal31blindA", "informal31blindB", "informal32blind", "informal32blindA", "informal32blindB", "informal33blind", "informal33blindA", "informal33blindB", "informal34blind", "informal34blindA", "informal34blindB", "informal35blind", "informal35blindA", "informal35blindB", "informal36blind", "informal36blindA", "informal36blindB", "informal37blind", "informal37blindA", "informal37blindB", "informal38blind", "informal38blindA", "informal38blindB", "informal39blind", "informal39blindA", "informal39blindB", "informal40blind", "informal40blindA", "informal40blindB", "informal41blind", "informal41blindA", "informal41blindB", "informal42blind", "informal42blindA", "informal42blindB", "informal43blind", "informal43blindA", "informal43blindB")]
# the 25 B halves in play before the seventeenth session's informal15-threads (the pool its rules were first
# judged on); `fast_scores.py informalB25`
GROUPS["informalB25"] = tuple(p for p in INFORMAL_B_PARTS if not p.startswith(("informal15-", "informal16-", "informal17-", "informal18-", "informal19-", "informal20-", "informal21-", "informal22-", "informal23-", "informal24-", "informal25-", "informal26-", "informal27-", "informal28-", "informal29-", "informal30-", "informal31-", "informal32-", "informal33-", "informal34-", "informal35-", "informal36-", "informal37-", "informal38-", "informal39-", "informal40-", "informal41-", "informal42-", "informal43-")))
# the 26 B halves in play before the eighteenth session's informal16-posts (the pool its rules are judged on
# without their own new half); `fast_scores.py informalB26`
GROUPS["informalB26"] = tuple(p for p in INFORMAL_B_PARTS if not p.startswith(("informal16-", "informal17-", "informal18-", "informal19-", "informal20-", "informal21-", "informal22-", "informal23-", "informal24-", "informal25-", "informal26-", "informal27-", "informal28-", "informal29-", "informal30-", "informal31-", "informal32-", "informal33-", "informal34-", "informal35-", "informal36-", "informal37-", "informal38-", "informal39-", "informal40-", "informal41-", "informal42-", "informal43-")))
# the 27 B halves in play before the nineteenth session's informal17-voices (the pool its rules are judged on
# without their own new half); `fast_scores.py informalB27`
GROUPS["informalB27"] = tuple(p for p in INFORMAL_B_PARTS if not p.startswith(("informal17-", "informal18-", "informal19-", "informal20-", "informal21-", "informal22-", "informal23-", "informal24-", "informal25-", "informal26-", "informal27-", "informal28-", "informal29-", "informal30-", "informal31-", "informal32-", "informal33-", "informal34-", "informal35-", "informal36-", "informal37-", "informal38-", "informal39-", "informal40-", "informal41-", "informal42-", "informal43-")))
# the 28 B halves in play before the twentieth session's informal18-voices (the pool its rules are judged on
# without their own new half); `fast_scores.py informalB28`
GROUPS["informalB28"] = tuple(p for p in INFORMAL_B_PARTS if not p.startswith(("informal18-", "informal19-", "informal20-", "informal21-", "informal22-", "informal23-", "informal24-", "informal25-", "informal26-", "informal27-", "informal28-", "informal29-", "informal30-", "informal31-", "informal32-", "informal33-", "informal34-", "informal35-", "informal36-", "informal37-", "informal38-", "informal39-", "informal40-", "informal41-", "informal42-", "informal43-")))
# the 29 B halves in play before the twenty-second session's informal19-voices (the pool its rules are judged on
# without their own new half); `fast_scores.py informalB29`
GROUPS["informalB29"] = tuple(p for p in INFORMAL_B_PARTS if not p.startswith(("informal19-", "informal20-", "informal21-", "informal22-", "informal23-", "informal24-", "informal25-", "informal26-", "informal27-", "informal28-", "informal29-", "informal30-", "informal31-", "informal32-", "informal33-", "informal34-", "informal35-", "informal36-", "informal37-", "informal38-", "informal39-", "informal40-", "informal41-", "informal42-", "informal43-")))
# the 30 B halves in play before the twenty-third session's informal20-voices (the pool its rules are judged on
# without their own new half); `fast_scores.py informalB30`
GROUPS["informalB30"] = tuple(p for p in INFORMAL_B_PARTS if not p.startswith(("informal20-", "informal21-", "informal22-", "informal23-", "informal24-", "informal25-", "informal26-", "informal27-", "informal28-", "informal29-", "informal30-", "informal31-", "informal32-", "informal33-", "informal34-", "informal35-", "informal36-", "informal37-", "informal38-", "informal39-", "informal40-", "informal41-", "informal42-", "informal43-")))
# the 31 B halves in play before the twenty-fourth session's informal21-voices (the pool its rules are judged on
# without their own new half); `fast_scores.py informalB31`
GROUPS["informalB31"] = tuple(p for p in INFORMAL_B_PARTS if not p.startswith(("informal21-", "informal22-", "informal23-", "informal24-", "informal25-", "informal26-", "informal27-", "informal28-", "informal29-", "informal30-", "informal31-", "informal32-", "informal33-", "informal34-", "informal35-", "informal36-", "informal37-", "informal38-", "informal39-", "informal40-", "informal41-", "informal42-", "informal43-")))
# the 32 B halves in play before the twenty-fifth session's informal22-voices (the pool its rules are judged on
# without their own new half); `fast_scores.py informalB32`
GROUPS["informalB32"] = tuple(p for p in INFORMAL_B_PARTS if not p.startswith(("informal22-", "informal23-", "informal24-", "informal25-", "informal26-", "informal27-", "informal28-", "informal29-", "informal30-", "informal31-", "informal32-", "informal33-", "informal34-", "informal35-", "informal36-", "informal37-", "informal38-", "informal39-", "informal40-", "informal41-", "informal42-", "informal43-")))
POOLED = {"fresh-text (all)": FRESH_PARTS, "sealed (all)": SEALED_PARTS, "sealed2 (all)": SEALED2_PARTS,
          "informal A (pooled)": INFORMAL_A_PARTS, "informal B (pooled)": INFORMAL_B_PARTS,
          "informal B (23 older, pooled)": INFORMAL_B_OLDER}
METRICS = [("strict_f1", "strict F1"), ("relaxed_p", "relaxed P"), ("relaxed_r", "relaxed R"),
           ("relaxed_f1", "relaxed F1"), ("type_f1", "type F1"), ("value_f1", "value F1")]


def _number(cell: str) -> float | None:
    cell = cell.strip()
    return float(cell) if re.fullmatch(r"-?\d+(?:\.\d+)?", cell) else None


def heideltime_figures(path: Path = HEIDELTIME_MD) -> dict[str, dict[str, float | None]]:
    """{corpus name: {metric: value}} from the Markdown table in HEIDELTIME.md."""
    figures: dict[str, dict[str, float | None]] = {}
    header: list[str] | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("|"):
            header = None
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if header is None:
            header = [c.lower() for c in cells]
            continue
        if set("".join(cells)) <= set("-: "):
            continue
        row = dict(zip(header, cells))
        got: dict[str, float | None] = {}
        if "strict f1" in row:
            got["strict_f1"] = _number(row["strict f1"])
        relaxed = next((v for k, v in row.items() if k.startswith("relaxed")), None)
        if relaxed is not None:
            parts = [p.strip() for p in relaxed.split("/")]
            for key, part in zip(("relaxed_p", "relaxed_r", "relaxed_f1"), parts):
                got[key] = _number(part)
        got["type_f1"] = _number(row.get("type f1", ""))
        got["value_f1"] = _number(row.get("value f1", ""))
        figures[row.get("corpus", cells[0])] = got
    return figures


def part_files(folder: Path | tuple[Path, str]) -> list[Path]:
    """The .tml files of one part of CORPORA: a (folder, glob)'s matching files, or a whole folder's less those of
    a set scored apart (APART)."""
    if isinstance(folder, tuple):
        src, pattern = folder
        return sorted(Path(src).glob(pattern))
    return [f for f in sorted(Path(folder).glob("*.tml")) if not f.name.startswith(APART)]


def run_eval(folder: Path | tuple[Path, str], flags: list[str], show_errors: int) -> tuple[dict, float]:
    if isinstance(folder, tuple) or any(f.name.startswith(APART) for f in Path(folder).glob("*.tml")):
        # a part of a folder (or a folder holding a set scored apart): its files, linked into a temp dir
        with tempfile.TemporaryDirectory(prefix="accuracy-") as tmp:
            for f in part_files(folder):
                (Path(tmp) / f.name).symlink_to(f)
            return _evaluate(Path(tmp), flags, show_errors)
    return _evaluate(folder, flags, show_errors)


def _evaluate(folder: Path, flags: list[str], show_errors: int) -> tuple[dict, float]:
    """timeml_eval.py on every .tml file of one folder."""
    cmd = [sys.executable, str(TOOLS / "timeml_eval.py"), str(folder), "--python", sys.executable,
           "--project", str(REPO), *flags]
    if show_errors:
        cmd += ["--show-errors", str(show_errors)]
    t0 = time.perf_counter()
    r = subprocess.run(cmd, cwd=REPO, stdout=subprocess.PIPE, text=True)   # stderr (errors list) passes through
    elapsed = time.perf_counter() - t0
    lines = [ln for ln in r.stdout.splitlines() if ln.strip()]
    if r.returncode != 0 or not lines:
        raise SystemExit(f"timeml_eval.py failed on {folder} (exit {r.returncode})")
    return json.loads(lines[-1]), elapsed


def run_seed_check() -> tuple[int, str]:
    env = dict(os.environ, PROJECT_PY=sys.executable, PROJECT_DIR=str(REPO))
    r = subprocess.run([sys.executable, str(TOOLS / "seed_check.py")], cwd=REPO, env=env,
                       capture_output=True, text=True)
    return r.returncode, (r.stdout + r.stderr).strip()


def pool(results: list[dict]) -> dict:
    """One score over several evaluator results, from the counts their figures imply.

    timeml_eval.py prints F1s rounded to 2 decimals plus the gold and system counts; with a few
    hundred expressions per part the match counts are recovered exactly by rounding.
    """
    gold = sum(r["gold"] for r in results)
    system = sum(r["system"] for r in results)
    relaxed = strict = type_ok = value_ok = 0
    for r in results:
        rel = round(r["relaxed_r"] * r["gold"] / 100)
        relaxed += rel
        strict += round(r["strict_f1"] * (r["gold"] + r["system"]) / 200)
        if r["relaxed_f1"]:
            type_ok += round((r["type_f1"] or 0) / r["relaxed_f1"] * rel)
            value_ok += round(r["value_f1"] / r["relaxed_f1"] * rel)

    def f1(m: int) -> float:
        return 200 * m / (gold + system) if gold + system else 0.0

    rel_f1 = f1(relaxed)
    return {"docs": sum(r["docs"] for r in results), "gold": gold, "system": system,
            "strict_f1": round(f1(strict), 2),
            "relaxed_p": round(100 * relaxed / system, 2) if system else 0.0,
            "relaxed_r": round(100 * relaxed / gold, 2) if gold else 0.0,
            "relaxed_f1": round(rel_f1, 2),
            "type_f1": round(type_ok / relaxed * rel_f1, 2) if relaxed else 0.0,
            "value_f1": round(value_ok / relaxed * rel_f1, 2) if relaxed else 0.0}


def fmt(v: float | None) -> str:
    return "—" if v is None else f"{v:.2f}"


def diff(ours: float | None, theirs: float | None) -> str:
    return "—" if ours is None or theirs is None else f"{ours - theirs:+.2f}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show-errors", type=int, default=0, metavar="N", help="passed to timeml_eval.py")
    ap.add_argument("--corpus", nargs="+", choices=list(GROUPS), default=DEFAULT_GROUPS,
                    help="default: all but sealed and sealed2, which are scored only when named")
    ap.add_argument("--no-seed", action="store_true", help="skip seed_check.py")
    a = ap.parse_args()

    ht = heideltime_figures()
    wanted = {name for group in a.corpus for name in GROUPS[group]}
    if a.show_errors and wanted & set(GROUPS["news5blind"]):
        raise SystemExit("news5-blind is never read: its figures only (no --show-errors)")
    if a.show_errors and wanted & set(GROUPS["informal26blindB"]):
        raise SystemExit("informal26-blind B is never read: its figures only (no --show-errors)")
    if a.show_errors and wanted & set(GROUPS["informal27blindB"]):
        raise SystemExit("informal27-blind B is never read: its figures only (no --show-errors)")
    if a.show_errors and wanted & set(GROUPS["informal28blindB"]):
        raise SystemExit("informal28-blind B is never read: its figures only (no --show-errors)")
    if a.show_errors and wanted & set(GROUPS["informal29blindB"]):
        raise SystemExit("informal29-blind B is never read: its figures only (no --show-errors)")
    if a.show_errors and wanted & set(GROUPS["informal30blindB"]):
        raise SystemExit("informal30-blind B is never read: its figures only (no --show-errors)")
    if a.show_errors and wanted & set(GROUPS["informal31blindB"]):
        raise SystemExit("informal31-blind B is never read: its figures only (no --show-errors)")
    if a.show_errors and wanted & set(GROUPS["informal32blindB"]):
        raise SystemExit("informal32-blind B is never read: its figures only (no --show-errors)")
    if a.show_errors and wanted & set(GROUPS["informal33blindB"]):
        raise SystemExit("informal33-blind B is never read: its figures only (no --show-errors)")
    if a.show_errors and wanted & set(GROUPS["informal34blindB"]):
        raise SystemExit("informal34-blind B is never read: its figures only (no --show-errors)")
    if a.show_errors and wanted & set(GROUPS["informal35blindB"]):
        raise SystemExit("informal35-blind B is never read: its figures only (no --show-errors)")
    if a.show_errors and wanted & set(GROUPS["informal36blindB"]):
        raise SystemExit("informal36-blind B is never read: its figures only (no --show-errors)")
    if a.show_errors and wanted & set(GROUPS["informal37blindB"]):
        raise SystemExit("informal37-blind B is never read: its figures only (no --show-errors)")
    if a.show_errors and wanted & set(GROUPS["informal38blindB"]):
        raise SystemExit("informal38-blind B is never read: its figures only (no --show-errors)")
    if a.show_errors and wanted & set(GROUPS["informal39blindB"]):
        raise SystemExit("informal39-blind B is never read: its figures only (no --show-errors)")
    if a.show_errors and wanted & set(GROUPS["informal40blindB"]):
        raise SystemExit("informal40-blind B is never read: its figures only (no --show-errors)")
    if a.show_errors and wanted & set(GROUPS["informal41blindB"]):
        raise SystemExit("informal41-blind B is never read: its figures only (no --show-errors)")
    if a.show_errors and wanted & set(GROUPS["informal42blindB"]):
        raise SystemExit("informal42-blind B is never read: its figures only (no --show-errors)")
    if a.show_errors and wanted & set(GROUPS["informal43blind"]):
        raise SystemExit("informal43-blind is never read: its figures only (no --show-errors)")
    rows = []
    for name, folder, ht_name, flags in CORPORA:
        if name not in wanted:
            continue
        print(f"scoring {name} ...", file=sys.stderr, flush=True)
        ours, secs = run_eval(folder, flags, a.show_errors)
        rows.append((name, ours, ht.get(ht_name, {}) if ht_name else None, secs))
    for pooled, parts in POOLED.items():
        got = [r for r in rows if r[0] in parts]
        if len(got) == len(parts):
            rows.append((pooled, pool([r[1] for r in got]), None, sum(r[3] for r in got)))

    print("| corpus | | docs | gold | system | " + " | ".join(label for _, label in METRICS) + " | seconds |")
    print("|---|---|---:|---:|---:|" + "---:|" * len(METRICS) + "---:|")
    for name, ours, theirs, secs in rows:
        print(f"| {name} | this app | {ours.get('docs', '')} | {ours.get('gold', '')} | {ours.get('system', '')} | "
              + " | ".join(fmt(ours.get(k)) for k, _ in METRICS) + f" | {secs:.1f} |")
        if theirs is None:
            continue
        print(f"| | HeidelTime 2.2 | | | | " + " | ".join(fmt(theirs.get(k)) for k, _ in METRICS) + " | |")
        print(f"| | difference | | | | " + " | ".join(diff(ours.get(k), theirs.get(k)) for k, _ in METRICS)
              + " | |")
    print("\nseconds: wall time of the evaluator, one `export` process per reference date (start-up included).")

    if not a.no_seed:
        code, out = run_seed_check()
        print("\nseed_check.py (../shared/seed/kharkiv-offensive.txt, reference date 2022-09-10):")
        print("\n".join("    " + ln for ln in out.splitlines()))
        if code != 0:
            print("    (seed check not fully right)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
