#!/usr/bin/env python3
"""Wrong values on found expressions in the informal sets whose errors may be read, by category.

Issue 11: on informal text the tagger never saw, about one expression in six that it finds gets a
wrong VALUE. This script takes every informal fresh-text file whose errors may be read (the first
sets, informal2, the retired halves informal3b, informal4b and informal5b, and the A halves of
informal6, informal7, informal8-days and informal8-clock), tags it the way `export` does (the
loader and `core.batch.process_file`, in this process), matches system to gold spans as the
scorer does (`../shared/tools/timeml_eval.py`: relaxed overlap, the largest overlap first), and
for every matched pair whose value differs puts it in ONE category computed from the pair alone
(gold value, system value, the two types, the reference date), then prints the counts per
category and, with --examples N, N pairs of each.

The never-read halves (informal6b, informal7b, informal8cb, informal8-days-b, informal23-blind-b, informal24-blind-b,
informal25-blind, news5-blind, informal26-blind-b, informal27-blind-b, informal28-blind-b, informal29-blind-b, informal30-blind-b, informal31-blind-b, informal32-blind-b, informal33-blind-b, informal34-blind-b, informal35-blind-b, informal36-blind-b, informal37-blind-b, informal38-blind-b, informal39-blind-b, informal40-blind-b, informal41-blind-b, informal42-blind-b, informal43-blind, ...) are not in the
file list, by an explicit list of globs of read sets (a new set is never read by accident), and
the sealed sets are never touched.

    .venv/bin/python benchmarks/value_errors.py [--examples N] [--set informal5b ...] [--category NAME]

Prints figures only; no assertion.
"""
from __future__ import annotations

import argparse
import collections
import re
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO.parent / "shared" / "tools"))
sys.path.insert(0, str(REPO / "benchmarks"))
FRESH = REPO / "benchmarks" / "data" / "fresh"

# (name, folder, glob) of every informal set whose errors may be read. informal3b, informal4b and
# informal5b were proxies until the eleventh session, which retired them into development data.
# NEVER add informal6b-*, informal7b-*, informal8cb-*, informal8-days-b-*, informal9cb-*, informal9-days-b-*,
# informal9-past-b-*, informal10-days-b-*, informal10-convo-b-*, informal10-tweets-b-*, informal10cb-*,
# informal11-stories-b-*, informal11-work-b-*, informal11-tweets-b-*, informal11-regional-b-*,
# informal12-forums-b-*, informal12-listings-b-*, informal12-reviews-b-*, informal12-spoken-b-*,
# informal13-schedules-b-*, informal13-talk-b-*, informal13-comments-b-*, informal13-logs-b-* (still proxies) here.
READ_SETS = [
    ("posts", "informal", "posts-*.tml"),
    ("informal2", "informal", "informal2-*.tml"),
    ("informal3a", "informal", "informal3a-*.tml"),
    ("informal3b", "informal", "informal3b-*.tml"),
    ("informal4a", "informal", "informal4a-*.tml"),
    ("informal4b", "informal", "informal4b-*.tml"),
    ("informal5a", "informal", "informal5a-*.tml"),
    ("informal5b", "informal", "informal5b-*.tml"),
    ("informal6a", "informal", "informal6a-*.tml"),
    ("informal7a", "informal", "informal7a-*.tml"),
    ("informal8-days-a", "informal", "informal8-days-a-*.tml"),
    ("informal8ca", "informal", "informal8ca-*.tml"),
    ("informal9ca", "informal", "informal9ca-*.tml"),   # (eleventh session, clock: A's errors read)
    ("informal9-days-a", "informal", "informal9-days-a-*.tml"),   # (eleventh session, days: A's errors read)
    ("informal9-past-a", "informal", "informal9-past-a-*.tml"),   # (eleventh session, past: A's errors read)
    ("informal10-convo-a", "informal", "informal10-convo-a-*.tml"),   # (twelfth session, sift: A's errors read)
    ("informal10-days-a", "informal", "informal10-days-a-*.tml"),   # (twelfth session, days: A's errors read)
    ("informal10-tweets-a", "informal", "informal10-tweets-a-*.tml"),   # (twelfth session, tweets: A's errors read)
    ("informal10ca", "informal", "informal10ca-*.tml"),   # (twelfth session, clock: A's errors read)
    ("informal11-stories-a", "informal", "informal11-stories-a-*.tml"),   # (thirteenth session, anchor: A's errors read)
    ("informal11-work-a", "informal", "informal11-work-a-*.tml"),   # (thirteenth session, recall: A's errors read)
    ("informal11-tweets-a", "informal", "informal11-tweets-a-*.tml"),   # (thirteenth session, tweets: A's errors read)
    ("informal11-regional-a", "informal", "informal11-regional-a-*.tml"),   # (thirteenth session, vocab: A's errors read)
    ("informal12-forums-a", "informal", "informal12-forums-a-*.tml"),   # (fourteenth session, forums: A's errors read)
    ("informal12-listings-a", "informal", "informal12-listings-a-*.tml"),   # (fourteenth session, listings: A's errors read)
    ("informal12-reviews-a", "informal", "informal12-reviews-a-*.tml"),   # (fourteenth session, reviews: A's errors read)
    ("informal12-spoken-a", "informal", "informal12-spoken-a-*.tml"),   # (fourteenth session, spoken: A's errors read)
    ("informal13-schedules-a", "informal", "informal13-schedules-a-*.tml"),   # (fifteenth session, listings2: A's errors read)
    ("informal13-talk-a", "informal", "informal13-talk-a-*.tml"),   # (fifteenth session, spoken2: A's errors read)
    ("informal13-comments-a", "informal", "informal13-comments-a-*.tml"),   # (fifteenth session, forums2: A's errors read)
    ("informal13-logs-a", "informal", "informal13-logs-a-*.tml"),   # (fifteenth session, logs: A's errors read)
    ("informal14-howto-a", "informal", "informal14-howto-a-*.tml"),   # (eighteenth session, values4: A's errors read)
    ("informal14-admin-a", "informal", "informal14-admin-a-*.tml"),   # (eighteenth session, values4: A's errors read)
    ("informal15-threads-a", "informal", "informal15-threads-a-*.tml"),   # (eighteenth session, values4: A's errors read)
    ("informal16-posts-a", "informal", "informal16-posts-a-*.tml"),   # (eighteenth session, fresh16: A's errors read)
    ("informal17-voices-a", "informal", "informal17-voices-a-*.tml"),   # (nineteenth session, fresh17: A's errors read)
    # the A halves of the fresh news, history and tense sets (twentieth session, errs21: their errors are read
    # by `accuracy.py --corpus history6A --show-errors` already; here they are sorted by category too)
    ("news3a", "news", "news3a-*.tml"),
    ("history3a", "history", "history3a-*.tml"),
    ("history4a", "history", "history4a-*.tml"),
    ("history5a", "history", "history5a-*.tml"),
    ("history6a", "history", "history6a-*.tml"),
    ("history7a", "history", "history7a-*.tml"),
    ("history8a", "history", "history8a-*.tml"),
    ("tensea", "tense", "tensea-*.tml"),
    ("tense2a", "tense", "tense2a-*.tml"),
    ("news7a", "tense", "news7a-*.tml"),
    ("news8a", "tense", "news8a-*.tml"),
    ("informal18-voices-a", "informal", "informal18-voices-a-*.tml"),   # (twentieth session, voices18: A's errors read)
    ("informal19-voices-a", "informal", "informal19-voices-a-*.tml"),   # (twenty-second session, voices19: A's errors read)
    ("informal20-voices-a", "informal", "informal20-voices-a-*.tml"),   # (twenty-third session, voices20: A's errors read)
    ("informal21-voices-a", "informal", "informal21-voices-a-*.tml"),   # (twenty-fourth session, voices21: A's errors read)
    ("informal22-voices-a", "informal", "informal22-voices-a-*.tml"),   # (twenty-fifth session, voices22: A's errors read)
    # the blind set of the twenty-sixth session (blind27): from the twenty-seventh session (census28) its A half's
    # errors are read; its B half stays never-read (figures only, `fast_scores.py informal23blindB`)
    ("informal23-blind-a", "informal", "informal23-blind-a-*.tml"),
    # the blind set of the twenty-seventh session (blind28): from the twenty-eighth session (census29) its A half's
    # errors are read; its B half stays never-read (figures only, `fast_scores.py informal24blindB`)
    ("informal24-blind-a", "informal", "informal24-blind-a-*.tml"),
    # the blind set of the thirty-first session (blind32): its A half's errors are read by the lead from that session
    # on (its first figures, A 71.30, taken before any reading); its B half stays never-read
    ("informal26-blind-a", "informal", "informal26-blind-a-*.tml"),
    # the blind set of the thirty-second session (blind33): its A half's errors are read by the lead from the
    # thirty-third session on (its first figures, A 73.34, taken before any reading); its B half stays never-read
    ("informal27-blind-a", "informal", "informal27-blind-a-*.tml"),
    # the blind set of the thirty-third session (blind34): its A half's errors are read by the lead from the
    # thirty-fourth session on (its first figures, A 66.33, taken before any reading); its B half stays never-read
    ("informal28-blind-a", "informal", "informal28-blind-a-*.tml"),
    # the blind set of the thirty-fourth session (blind35): its A half's errors are read by the lead from the
    # thirty-fifth session on (its first figures, A 68.62, taken before any reading); its B half stays never-read
    ("informal29-blind-a", "informal", "informal29-blind-a-*.tml"),
    # the blind set of the thirty-fifth session (blind36): its A half's errors are read by the lead from the
    # thirty-sixth session on (its first figures, A 78.78, taken before any reading); its B half stays never-read
    ("informal30-blind-a", "informal", "informal30-blind-a-*.tml"),
    # the blind set of the thirty-sixth session (blind37): its A half's errors are read by the lead from the
    # thirty-seventh session on (its first figures, A 80.04, taken before any reading); its B half stays never-read
    ("informal31-blind-a", "informal", "informal31-blind-a-*.tml"),
    # the blind set of the thirty-seventh session (blind38): its A half's errors are read by the lead from the
    # thirty-eighth session on (its first figures, A 71.63, taken before any reading); its B half stays never-read
    ("informal32-blind-a", "informal", "informal32-blind-a-*.tml"),
    # the blind set of the thirty-eighth session (blind39): its A half's errors are read by the lead from the
    # thirty-ninth session on (its first figures, A 59.47, taken before any reading); its B half stays never-read
    ("informal33-blind-a", "informal", "informal33-blind-a-*.tml"),
    # the blind set of the thirty-ninth session (blind40): its A half's errors are read by the lead from the
    # fortieth session on (its first figures, A 79.73, taken before any reading); its B half stays never-read
    ("informal34-blind-a", "informal", "informal34-blind-a-*.tml"),
    # the blind set of the fortieth session (blind41): its A half's errors are read by the lead from the
    # forty-first session on (its first figures, A 78.48, taken before any reading); its B half stays never-read
    ("informal35-blind-a", "informal", "informal35-blind-a-*.tml"),
    # the blind set of the forty-first session (blind42): its A half's errors are read by the lead from the
    # forty-second session on (its first figures, A 76.51 on a869bbd1, 77.15 on 7a2bea1a, taken before any reading);
    # its B half stays never-read
    ("informal36-blind-a", "informal", "informal36-blind-a-*.tml"),
    # the blind set of the forty-second session (blind43): its A half's errors are read by the lead from the
    # forty-third session on (its first figures, A 82.00 on 7a2bea1a and on f909f679, taken before any reading);
    # its B half stays never-read
    ("informal37-blind-a", "informal", "informal37-blind-a-*.tml"),
    # the blind set of the forty-third session (blind44): its A half's errors are read by the lead from the
    # forty-fourth session on (its first figures, A 78.34 on f909f679 and on 395a6055, taken before any reading);
    # its B half stays never-read
    ("informal38-blind-a", "informal", "informal38-blind-a-*.tml"),
    # the blind set of the forty-fourth session (blind45): its A half's errors are read by the lead from the
    # forty-fifth session on (its first figures, A 77.24 on 4d56b60f and on 4ae06d31, taken before any reading);
    # its B half stays never-read
    ("informal39-blind-a", "informal", "informal39-blind-a-*.tml"),
    # the second blind set of the forty-fourth session (blind46): its A half's errors are read by the lead from the
    # forty-sixth session on (its first figures, A 77.47 on 4d56b60f and on 5a11d9d8, taken before any reading);
    # its B half stays never-read
    ("informal40-blind-a", "informal", "informal40-blind-a-*.tml"),
    # the blind set of the forty-fifth session (blind47): its A half's errors are read by the lead from the
    # forty-seventh session on (its first figures, A 77.32 on 28223282 and on 6c68187b, taken before any reading);
    # its B half stays never-read
    ("informal41-blind-a", "informal", "informal41-blind-a-*.tml"),
    # the blind set of the forty-sixth session (blind48): its A half's errors are read by the lead from the
    # forty-eighth session on (its first figures, A 78.96 on 5a11d9d8, taken before any reading; 80.40 on f9b45243);
    # its B half stays never-read
    ("informal42-blind-a", "informal", "informal42-blind-a-*.tml"),
]
# groups of sets for --set (the informalA group of accuracy.py, and the news/history/tense A halves)
SET_GROUPS = {
    "informalA": ["informal6a", "informal7a", "informal8-days-a", "informal9-days-a", "informal8ca",
                  "informal9-past-a", "informal9ca", "informal10-convo-a", "informal10-tweets-a", "informal10ca",
                  "informal10-days-a", "informal11-stories-a", "informal11-work-a", "informal11-tweets-a",
                  "informal11-regional-a", "informal12-forums-a", "informal12-listings-a", "informal12-reviews-a",
                  "informal12-spoken-a", "informal13-schedules-a", "informal13-talk-a", "informal13-comments-a",
                  "informal13-logs-a", "informal14-howto-a", "informal14-admin-a", "informal15-threads-a",
                  "informal16-posts-a", "informal17-voices-a", "informal18-voices-a",
                  "informal19-voices-a", "informal20-voices-a",
                  "informal21-voices-a", "informal22-voices-a"],
    # informal23-blind A on its own (the blind set stays out of the pooled informalA group: the lead decides)
    "informal23blindA": ["informal23-blind-a"],
    # informal24-blind A on its own (likewise out of the pooled informalA group)
    "informal24blindA": ["informal24-blind-a"],
    # informal26-blind A on its own (likewise out of the pooled informalA group)
    "informal26blindA": ["informal26-blind-a"],
    # informal27-blind A on its own (likewise out of the pooled informalA group)
    "informal27blindA": ["informal27-blind-a"],
    # informal28-blind A on its own (likewise out of the pooled informalA group)
    "informal28blindA": ["informal28-blind-a"],
    # informal29-blind A on its own (likewise out of the pooled informalA group)
    "informal29blindA": ["informal29-blind-a"],
    # informal30-blind A on its own (likewise out of the pooled informalA group)
    "informal30blindA": ["informal30-blind-a"],
    # informal31-blind A on its own (likewise out of the pooled informalA group)
    "informal31blindA": ["informal31-blind-a"],
    # informal32-blind A on its own (likewise out of the pooled informalA group)
    "informal32blindA": ["informal32-blind-a"],
    # informal33-blind A on its own (likewise out of the pooled informalA group)
    "informal33blindA": ["informal33-blind-a"],
    # informal34-blind A on its own (likewise out of the pooled informalA group)
    "informal34blindA": ["informal34-blind-a"],
    # informal35-blind A on its own (likewise out of the pooled informalA group)
    "informal35blindA": ["informal35-blind-a"],
    # informal36-blind A on its own (likewise out of the pooled informalA group)
    "informal36blindA": ["informal36-blind-a"],
    # informal37-blind A on its own (likewise out of the pooled informalA group)
    "informal37blindA": ["informal37-blind-a"],
    # informal38-blind A on its own (likewise out of the pooled informalA group)
    "informal38blindA": ["informal38-blind-a"],
    # informal39-blind A on its own (likewise out of the pooled informalA group)
    "informal39blindA": ["informal39-blind-a"],
    # informal40-blind A on its own (likewise out of the pooled informalA group)
    "informal40blindA": ["informal40-blind-a"],
    # informal41-blind A on its own (likewise out of the pooled informalA group)
    "informal41blindA": ["informal41-blind-a"],
    # informal42-blind A on its own (likewise out of the pooled informalA group)
    "informal42blindA": ["informal42-blind-a"],
    "freshA": ["news3a", "history3a", "history4a", "history5a", "history6a", "history7a", "history8a",
               "tensea", "tense2a", "news7a", "news8a"],
}
NEVER_READ = ("news3b-", "history3b-", "history4b-", "history5b-", "history6b-", "history7b-", "history8b-",
              "tenseb-", "tense2b-", "news7b-", "news8b-",
              "informal6b-", "informal7b-", "informal8cb-", "informal8-days-b-", "informal9cb-",
              "informal9-days-b-", "informal9-past-b-", "informal10-days-b-", "informal10-convo-b-",
              "informal10-tweets-b-", "informal10cb-", "informal11-stories-b-", "informal11-work-b-",
              "informal11-tweets-b-",
              "informal11-regional-b-",
              "informal12-forums-b-",
              "informal12-listings-b-",
              "informal12-reviews-b-",
              "informal12-spoken-b-",
              "informal13-schedules-b-",
              "informal13-talk-b-",
              "informal13-comments-b-",
              "informal13-logs-b-", "informal14-howto-b-", "informal14-admin-b-", "informal15-threads-b-",
              "informal16-posts-b-", "informal17-voices-b-", "informal18-voices-b-",
              "informal19-voices-b-", "informal20-voices-b-",
              "informal21-voices-b-", "informal22-voices-b-",
              "informal23-blind-b-",   # the blind set of the twenty-sixth session (blind27): B is never read (A is, from census28)
              "news4b-",
               "informal24-blind-b-",   # the blind set of the twenty-seventh session (blind28): B is never read (A is, from census29)
               "informal25-",   # the blind set of the twenty-eighth session (blind29): neither half is read
               "news5-blind-",   # the blind news of the thirtieth session (blindnews31): neither half is read
               "informal26-blind-b-",   # the blind set of the thirty-first session (blind32): B is never read
               # (A is not in READ_SETS: the lead's census may read it from the thirty-second session on)
               "informal27-blind-b-",   # the blind set of the thirty-second session (blind33): B is never read
               # (A is read by the lead from the thirty-third session on)
               "informal28-blind-b-",   # the blind set of the thirty-third session (blind34): B is never read
               # (A is read by the lead from the thirty-fourth session on)
               "informal29-blind-b-",   # the blind set of the thirty-fourth session (blind35): B is never read
               # (A is read by the lead from the thirty-fifth session on)
               "informal30-blind-b-",   # the blind set of the thirty-fifth session (blind36): B is never read
               # (A is read by the lead from the thirty-sixth session on)
               "informal31-blind-b-",   # the blind set of the thirty-sixth session (blind37): B is never read
               # (A is read by the lead from the thirty-seventh session on)
               "informal32-blind-b-",   # the blind set of the thirty-seventh session (blind38): B is never read
               # (A is read by the lead from the thirty-eighth session on)
               "informal33-blind-b-",   # the blind set of the thirty-eighth session (blind39): B is never read
               # (A is read by the lead from the thirty-ninth session on)
               "informal34-blind-b-",   # the blind set of the thirty-ninth session (blind40): B is never read
               # (A is read by the lead from the fortieth session on)
               "informal35-blind-b-",   # the blind set of the fortieth session (blind41): B is never read
               # (A is read by the lead from the forty-first session on)
               "informal36-blind-b-",   # the blind set of the forty-first session (blind42): B is never read
               # (A is read by the lead from the forty-second session on)
               "informal37-blind-b-",   # the blind set of the forty-second session (blind43): B is never read
               # (A is read by the lead from the forty-third session on)
               "informal38-blind-b-",   # the blind set of the forty-third session (blind44): B is never read
               # (A is read by the lead from the forty-fourth session on)
               "informal39-blind-b-",   # the blind set of the forty-fourth session (blind45): B is never read
               # (A is read by the lead from the forty-fifth session on)
               "informal40-blind-b-",   # the second blind set of the forty-fourth session (blind46): B is never read
               # (A is read by the lead from the forty-sixth session on)
               "informal41-blind-b-",   # the blind set of the forty-fifth session (blind47): B is never read
               # (A is read by the lead from the forty-seventh session on)
               "informal42-blind-b-",   # the blind set of the forty-sixth session (blind48): B is never read
               # (A is read by the lead from the forty-eighth session on)
               "informal43-blind-")   # the blind set of the forty-seventh session (blind49): neither half is read

REFS = {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}
_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)(?:T(\d\d)(?::(\d\d))?|T(MO|AF|EV|NI|DT|MI))?$")
_WEEK = re.compile(r"^(\d{4})-W(\d\d)(-WE)?$")
_MONTH = re.compile(r"^(\d{4})-(\d\d)$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI|Q\d|H\d)$")
_YEAR = re.compile(r"^(\d{4})$")


def _interval(v: str) -> tuple[str, date, date] | None:
    """(grain, first day, day after) of a calendar value, else None."""
    m = _DAY.match(v)
    if m:
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
        try:
            day = date(y, mo, d)
        except ValueError:
            return None
        grain = "time" if m[4] else "part of day" if m[6] else "day"
        return grain, day, day + timedelta(days=1)
    m = _WEEK.match(v)
    if m:
        try:
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        except ValueError:
            return None
        if m[3]:
            return "weekend", monday + timedelta(days=5), monday + timedelta(days=7)
        return "week", monday, monday + timedelta(days=7)
    m = _MONTH.match(v)
    if m:
        y, mo = int(m[1]), int(m[2])
        if not 1 <= mo <= 12:
            return None
        nxt = date(y + (mo == 12), mo % 12 + 1, 1)
        return "month", date(y, mo, 1), nxt
    m = _SEASON.match(v)
    if m:
        y = int(m[1])
        return "season/quarter", date(y, 1, 1), date(y + 1, 1, 1)   # coarse: only its year is used
    m = _YEAR.match(v)
    if m:
        y = int(m[1])
        return "year", date(y, 1, 1), date(y + 1, 1, 1)
    return None


def category(gold: str, system: str, gtype: str, stype: str, ref: date) -> str:
    """One category for a pair of differing values (the first test that holds, in this order)."""
    if gtype == "SET" or stype == "SET":
        return "SET form" if gtype == stype else "SET vs one date/length"
    gdur, sdur = gold.startswith("P"), system.startswith("P")
    if gdur and sdur:
        if "X" in gold or "X" in system:
            return "DURATION: vague (PX) vs a number"
        return "DURATION form (unit or number)"
    if gdur or sdur:
        return "DURATION vs a point (length vs date)"
    if gold in REFS or system in REFS:
        if gold in REFS and system in REFS:
            return "REF: PRESENT/PAST/FUTURE mixed up"
        return "REF vs a date (PRESENT/PAST/FUTURE_REF)"
    if "X" in gold or "X" in system:
        return "unknown day (XXXX-..) vs a date" if ("X" in gold) != ("X" in system) else "XXXX form"
    gi, si = _interval(gold), _interval(system)
    if gi is None or si is None:
        return "other value shape"
    (gg, gs, ge), (sg, ss, se) = gi, si
    if gg != sg:
        fine = {"time", "part of day", "day"}
        if gg in fine and sg in fine:
            same_day = gs == ss
            kind = "granularity: day vs time/part of day" if "day" in (gg, sg) else "granularity: clock time vs part of day"
            return kind if same_day else kind + " (and another day)"
        overlap = gs < se and ss < ge
        return "granularity: day/week/month/year" + ("" if overlap else " (and elsewhere)")
    # the same grain, another place
    if gg in ("time", "part of day") and gs == ss:
        gm, sm = _DAY.match(gold), _DAY.match(system)
        if gm[4] and sm[4] and abs(int(gm[4]) - int(sm[4])) == 12 and gm[5] == sm[5]:
            return "clock: am/pm (half of the day)"
        return "clock: other hour/part, same day"
    if gg in ("day", "time", "part of day"):
        gd, sd = gs, ss
        if gd.year != sd.year and (gd.month, gd.day) == (sd.month, sd.day):
            return "year guess (same day and month)"
        if gd.year == sd.year and gd.day <= 12 and sd.day <= 12 and (gd.month, gd.day) == (sd.day, sd.month):
            return "US/UK order (day and month swapped)"
    elif gg == "month" and gs.year != ss.year and gs.month == ss.month:
        return "year guess (same month)"
    elif gg in ("year", "season/quarter"):
        return "year guess" if gold[4:] == system[4:] else "other value shape"
    # direction: one on or after the reference date's unit, the other before it
    g_after, s_after = gs > ref, ss > ref
    g_before, s_before = ge <= ref, se <= ref
    if (g_after and s_before) or (g_before and s_after):
        return "direction: past vs future"
    if gg == "week" or gg == "weekend":
        return "anchor: another week"
    if gg == "month":
        return "anchor: another month"
    shift = abs((gs - ss).days)
    if shift % 7 == 0 and shift <= 14:
        return "anchor: a week off (same weekday)"
    if gs <= ref < ge or ss <= ref < se:
        return "anchor: the reference day vs another day"
    return "anchor: another day (same side)"


def read_files(sets: list[str] | None) -> list[tuple[str, Path]]:
    out = []
    for name, folder, glob in READ_SETS:
        if sets and name not in sets:
            continue
        for f in sorted((FRESH / folder).glob(glob)):
            if f.name.startswith(NEVER_READ):
                raise SystemExit(f"refusing to read a never-read half: {f.name}")
            out.append((name, f))
    return out


def pairs(files: list[tuple[str, Path]]):
    """Yield (set, doc, text, ref, gold span, system span or None) for every gold span, and
    (set, doc, text, ref, None, system span) for every unmatched system span."""
    from conventions import match
    from timeml_eval import parse_tml   # the scorer's own reading of a .tml (the project's tool)

    from timeline_app.core.batch import process_file

    with tempfile.TemporaryDirectory(prefix="value-errors-") as tmp:
        for set_name, f in files:
            dct, text, gspans = parse_tml(f)
            ref = date.fromisoformat(dct)
            p = Path(tmp) / (f.stem + ".txt")
            p.write_text(text, encoding="utf-8", newline="")
            res = process_file(str(p), ref)
            if res.error:
                print(f"error: {f.name}: {res.error}", file=sys.stderr)
                continue
            sspans = sorted({(int(r["start_char"]), int(r["end_char"]), r["timex_type"], r["timex_value"],
                              r["expression"]) for r in res.rows})
            matched = match(gspans, sspans)   # the scorer's matching (conventions.py: largest overlap, each once)
            for gi, g in enumerate(gspans):
                yield set_name, f.stem, text, ref, g, matched.get(gi)
            taken = set(matched.values())
            for s in sspans:
                if s not in taken:
                    yield set_name, f.stem, text, ref, None, s


def _context(text: str, start: int, end: int, width: int = 50) -> str:
    left = text[max(0, start - width):start].replace("\n", " / ")
    right = text[end:end + width].replace("\n", " / ")
    return f"…{left}[{text[start:end]}]{right}…"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--examples", type=int, default=0, metavar="N", help="print N pairs of each category")
    ap.add_argument("--set", nargs="+", choices=[s[0] for s in READ_SETS] + list(SET_GROUPS),
                    help="only these sets (or groups: " + ", ".join(SET_GROUPS) + ")")
    ap.add_argument("--category", help="print every pair of the categories containing this text")
    a = ap.parse_args()
    if a.set:
        a.set = [n for s in a.set for n in SET_GROUPS.get(s, [s])]

    counts: collections.Counter[str] = collections.Counter()
    examples: dict[str, list[str]] = collections.defaultdict(list)
    per_set: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for set_name, doc, text, ref, g, s in pairs(read_files(a.set)):
        tally = per_set[set_name]
        if g is None:
            tally["false"] += 1
            continue
        tally["gold"] += 1
        if s is None:
            tally["missed"] += 1
            continue
        tally["found"] += 1
        if s[3] == g[3]:
            continue
        tally["wrong value"] += 1
        cat = category(g[3], s[3], g[2], s[2], ref)
        counts[cat] += 1
        examples[cat].append(f"{doc} (ref {ref:%a %Y-%m-%d}): {_context(text, g[0], g[1])}  "
                             f"gold {g[2]} {g[3]}  got {s[4]!r} {s[2]} {s[3]}")

    print("| set | gold | found | missed | wrong value | false |")
    print("|---|---:|---:|---:|---:|---:|")
    total = collections.Counter()
    for name, tally in per_set.items():
        total.update(tally)
        print(f"| {name} | {tally['gold']} | {tally['found']} | {tally['missed']} | {tally['wrong value']} "
              f"| {tally['false']} |")
    print(f"| all | {total['gold']} | {total['found']} | {total['missed']} | {total['wrong value']} "
          f"| {total['false']} |")
    print()
    print("| category of a wrong value | count |")
    print("|---|---:|")
    for cat, n in counts.most_common():
        print(f"| {cat} | {n} |")
    for cat, n in counts.most_common():
        shown = examples[cat] if a.category and a.category in cat else examples[cat][:a.examples]
        if shown:
            print(f"\n## {cat} ({n})")
            for line in shown:
                print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
