"""Tweets and short social posts as a GRID (twelfth session, "tweets"; docs/informal-time.md,
the section on tweets): each convention of a tweet said on every reference weekday and at month
and year ends, in plans and in reports, against the value TimeML gives it, computed here from the
calendar (never from the tagger's code).

The decisions (TimeML TIMEX3 / TIDES values; where the guidelines are silent, written here):
- "rn", "atm" are the present (PRESENT_REF); "tn", "2nite" tonight (TNI); "2day" today;
  "tmrw", "2moro" tomorrow; "l8r" (later) is not marked, as "later" alone is not in TempEval
  practice (docs/timeml-conventions.md);
- "this AM", "this PM", "this a.m.", "tmrw AM", "yesterday PM": the morning (TMO) or the
  afternoon (TAF) of that day, as "Sat AM" is;
- a hashtag that labels a kind of post (#ThrowbackThursday, #tbt, #MondayMotivation,
  #FridayFeeling, #WednesdayWisdom, #SundayFunday) is no time expression, even on its own day:
  it names the genre of the post, not a time the post speaks of (a #tbt photo is years old); the
  words after it keep their own value ("#tbt to summer 2019"). "Happy Friday!" and "It's
  Friday!!" said on a Friday name that day;
- "ICYMI" (in case you missed it) brings back something already out: its weekday is the one gone;
- "LIVE at 8pm ET" is that hour of the day of writing (the zone is not in the value, as the
  fresh gold and TempEval-3 write it); "LIVE NOW" the present; a kick-off ("KO 3pm Sat",
  "Sat KO 3pm", "kick-off 7.45pm Tues") names the match to come;
- "FT" (full time), "HT" (half time) and a score ("FT: Rovers 2-1 Town", "HT 0-0") are no time:
  the points of a match have no place on the calendar; a minute of play ("23'", "90+4'") neither;
- a thread's count ("1/5", "(2/15)", "3/12 🧵", "2/n") is no date, whichever numbers it has;
- "(Updated 14:05)", "UPDATE 14:05:", "Updated: 2:05pm" are that time of the day of writing;
- "2h ago", "3d ago", "45m ago", "5h delay" are read as "2 hours ago", "3 days ago",
  "45 minutes ago", a five-hour delay ("N hours ago" keeps its length, as the informal gold
  writes "20 mins ago"; "N days ago" is the day reached);
- a numeric date that reads both ways ("11/3") is month first in a tweet with US clues (a US
  time zone, "$", "y'all", the US flag) and day first with British ones (GMT/BST, "£", the UK
  flag); with no clue it is left untagged (a wrong date is worse than none).
"""
from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from test_informal_grid import _found, _last, _next

from timeline_app.temporal import tag

WEEK = [date(2025, 6, 2) + timedelta(days=i) for i in range(7)]          # Monday .. Sunday
EDGES = [date(2025, 6, 30), date(2025, 12, 31), date(2026, 2, 28), date(2024, 12, 29), date(2024, 2, 29)]
REFS = WEEK + EDGES
FULL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SHORT = ["Mon", "Tues", "Wed", "Thurs", "Fri", "Sat", "Sun"]




def _check(text: str, ref: date, words: str, typ: str, value: str) -> str | None:
    t = _found(text, ref, words)
    if t is None or (t.timex_type, t.timex_value) != (typ, value):
        return f"{ref:%a %Y-%m-%d}: {text!r} -> {t and (t.expression, t.timex_type, t.timex_value)} (want {typ} {value})"
    return None


# 1. abbreviations of the day and of now
ABBREVIATIONS = [
    ("on the train rn, signal is awful", "rn", "DATE", lambda r: "PRESENT_REF"),
    ("cant talk atm, in a meeting lol", "atm", "DATE", lambda r: "PRESENT_REF"),
    ("pizza tn?? 🍕", "tn", "TIME", lambda r: f"{r.isoformat()}TNI"),
    ("big game 2nite!!", "2nite", "TIME", lambda r: f"{r.isoformat()}TNI"),
    ("2day has been sooo long", "2day", "DATE", lambda r: r.isoformat()),
    ("tmrw is gonna be huge 🔥", "tmrw", "DATE", lambda r: (r + timedelta(days=1)).isoformat()),
    ("gn everyone, big day 2moro", "2moro", "DATE", lambda r: (r + timedelta(days=1)).isoformat()),
]


@pytest.mark.parametrize("text,words,typ,value", ABBREVIATIONS)
def test_abbreviations_on_every_day(text, words, typ, value):
    wrong = [m for r in REFS if (m := _check(text, r, words, typ, value(r)))]
    assert not wrong, "\n".join(wrong)


def test_later_alone_is_not_marked():
    wrong = [f"{r}: {t.expression}" for r in REFS for t in tag("ok c u l8r x", r)]
    assert not wrong, wrong


# 2. "this AM", "this PM" and a day word with AM/PM
AM_PM = [
    ("Quick update this AM: the lifts are back", "this AM", 0, "TMO"),
    ("More storms this PM, stay safe out there", "this PM", 0, "TAF"),
    ("Power went off this a.m. and it's still off", "this a.m.", 0, "TMO"),
    ("Press conference this p.m. at City Hall", "this p.m.", 0, "TAF"),
    ("see u tmrw AM for the run", "tmrw AM", 1, "TMO"),
    ("Showers tomorrow PM, dry before", "tomorrow PM", 1, "TAF"),
    ("Same crash as yesterday AM on the M60", "yesterday AM", -1, "TMO"),
]


@pytest.mark.parametrize("text,words,shift,part", AM_PM)
def test_am_pm_after_a_day_word(text, words, shift, part):
    wrong = [m for r in REFS
             if (m := _check(text, r, words, "TIME", f"{(r + timedelta(days=shift)).isoformat()}{part}"))]
    assert not wrong, "\n".join(wrong)


# 3. hashtags that label a post, and the day said as a greeting
LABELS = ["#ThrowbackThursday to our first ever gig 🎸", "#tbt to the old office", "#TBT the squad",
          "#MondayMotivation: get up and go", "#FridayFeeling 🍻", "#WednesdayWisdom from our CEO",
          "#SundayFunday at the park", "Thursday vibes #ThrowbackThursday"]


@pytest.mark.parametrize("text", LABELS)
def test_a_label_hashtag_is_no_time_on_any_day(text):
    tags = [m.span() for m in re.finditer(r"#\w+", text)]
    wrong = []
    for r in REFS:
        for t in tag(text, r):
            if any(a <= t.start_char < b for a, b in tags):
                wrong.append(f"{r:%a %Y-%m-%d}: {text!r} -> {t.expression} {t.timex_value}")
    assert not wrong, "\n".join(wrong)


def test_the_words_after_a_label_hashtag_keep_their_value():
    wrong = [m for r in REFS if (m := _check("#tbt to summer 2019 in Ibiza ☀️", r, "summer 2019", "DATE", "2019-SU"))]
    assert not wrong, "\n".join(wrong)


GREETINGS = ["Happy {W} everyone!", "It's {W}!! 🎉", "Happy {W} all ☕"]


@pytest.mark.parametrize("template", GREETINGS)
def test_a_greeting_names_the_day_it_is_said_on(template):
    wrong = []
    for r in REFS:
        text = template.format(W=FULL[r.weekday()])
        if m := _check(text, r, FULL[r.weekday()], "DATE", r.isoformat()):
            wrong.append(m)
    assert not wrong, "\n".join(wrong)


# 4. ICYMI: the weekday gone
ICYMI = ["ICYMI: our interview with the mayor from {W}", "ICYMI: {W}'s episode is up now 🎙️",
         "ICYMI {W} we announced the new album", "in case you missed it: {W}'s statement on the strike"]


@pytest.mark.parametrize("template", ICYMI)
def test_icymi_names_the_day_gone(template):
    wrong = []
    for r in REFS:
        for wd in range(7):
            if wd == r.weekday():
                continue
            text = template.format(W=FULL[wd])
            if m := _check(text, r, FULL[wd], "DATE", _last(r, wd).isoformat()):
                wrong.append(m)
    assert not wrong, "\n".join(wrong)


# 5. live streams and kick-offs: the hour of the day of writing, or of the day to come
def test_live_at_an_hour_with_a_zone():
    cases = [("LIVE at 8pm ET on YouTube 🔴", "8pm", "20:00"), ("We go LIVE at 7:30pm PT!", "7:30pm", "19:30"),
             ("live at 11am GMT with the team", "11am", "11:00")]
    wrong = [m for r in REFS for text, words, hm in cases
             if (m := _check(text, r, words, "TIME", f"{r.isoformat()}T{hm}"))]
    wrong += [m for r in REFS if (m := _check("🚨 LIVE NOW 🚨", r, "NOW", "DATE", "PRESENT_REF"))]
    assert not wrong, "\n".join(wrong)


KICKOFFS = ["KO 3pm {s}, be there 🔴⚪", "{s} KO 3pm vs Town", "Kick-off 3pm {W} at the Den",
            "KO {s} 3pm. Tickets still available", "{W}: KO 3pm, gates open 1.30pm"]


@pytest.mark.parametrize("template", KICKOFFS)
def test_a_kick_off_names_the_match_to_come(template):
    wrong = []
    for r in REFS:
        for wd in range(7):
            if wd == r.weekday():
                continue
            text = template.format(W=FULL[wd], s=SHORT[wd])
            day = _next(r, wd).isoformat()
            t = _found(text, r, "3pm")
            if t is None or t.timex_type != "TIME" or t.timex_value != f"{day}T15:00":
                wrong.append(f"{r:%a %Y-%m-%d}: {text!r} -> {t and (t.expression, t.timex_value)} (want {day}T15:00)")
    assert not wrong, "\n".join(wrong)


# 6. full time, half time, scores, minutes of play: no time
SPORT = ["FT: Rovers 2-1 Town. What a finish!", "HT: 0-0 at Ashton Gate", "FT 3-1 (HT 1-0) 🔥",
         "Full-time: 3-0 🔥", "HT | City 1-0 United", "90+4' GOAL!!! 2-2", "Goals: Smith 23', Jones 67'",
         "FT. Rovers 2 Town 1. Three points!", "HT Rovers 1-0. Smith 23'"]


@pytest.mark.parametrize("text", SPORT)
def test_match_points_are_no_time(text):
    wrong = [f"{r}: {t.expression} {t.timex_type} {t.timex_value}" for r in REFS for t in tag(text, r)]
    assert not wrong, "\n".join(wrong)


# 7. a thread's count is no date
THREADS = ["New thread on the housing crisis {k}/{n}", "({k}/{n}) the next problem is rent",
           "{k}/{n} 🧵 the next problem is rent", "🧵 {k}/{n}", "and that's the point. {k}/{n}",
           "{k}/ a thread on rent 🧵"]


@pytest.mark.parametrize("template", THREADS)
def test_a_thread_count_is_no_date(template):
    wrong = []
    for r in (WEEK[2], EDGES[1]):
        for n in range(2, 21):
            for k in range(1, n + 1):
                text = template.format(k=k, n=n)
                wrong += [f"{r}: {text!r} -> {t.expression} {t.timex_value}" for t in tag(text, r)
                          if f"{k}/" in t.expression]
    assert not wrong, "\n".join(wrong[:40]) + f"\n({len(wrong)} in all)"


# 8. an update's stamp
UPDATES = [("(Updated 14:05) Road reopened both ways", "14:05", "14:05"),
           ("UPDATE 14:05: Road reopened both ways", "14:05", "14:05"),
           ("Updated: 2:05pm – all lines running", "2:05pm", "14:05"),
           ("UPDATE (09:40): trains are moving again", "09:40", "09:40")]


@pytest.mark.parametrize("text,words,hm", UPDATES)
def test_an_update_stamp_is_that_time_today(text, words, hm):
    wrong = [m for r in REFS if (m := _check(text, r, words, "TIME", f"{r.isoformat()}T{hm}"))]
    assert not wrong, "\n".join(wrong)


# 9. compact units: "2h ago", "3d ago", "5h delay"
def test_compact_units_read_as_their_long_forms():
    wrong = []
    for r in REFS:
        for text, words, typ, value in [
                ("Posted 2h ago", "2h ago", "DURATION", "PT2H"),
                ("Updated 45m ago, still no trains", "45m ago", "DURATION", "PT45M"),
                ("I said this 3d ago and got ignored", "3d ago", "DATE", (r - timedelta(days=3)).isoformat()),
                ("just landed, 5h delay smh", "5h", "DURATION", "PT5H"),
                ("queued 2h for this 😤", "2h", "DURATION", "PT2H")]:
            if m := _check(text, r, words, typ, value):
                wrong.append(m)
    assert not wrong, "\n".join(wrong)


# 10. a date that reads both ways, by the tweet's country
def _on_or_after(r: date, month: int, day: int) -> date:
    d = date(r.year, month, day)
    return d if d >= r else date(r.year + 1, month, day)


US = ["Our next meetup: {a}/{b} at 7pm ET", "Doors open {a}/{b}, tix $25 y'all", "tix on sale {a}/{b} at 10am PT 🇺🇸",
      "Early voting ends {a}/{b}. Get out there 🇺🇸"]
UK = ["Next meetup {a}/{b} at 7pm BST", "Meet us {a}/{b} at the pub, £5 entry", "Tickets for {a}/{b} go on sale now 🇬🇧",
      "We reopen on {a}/{b}, 9am GMT"]
PAIRS = [(11, 3), (6, 12), (3, 7), (10, 4), (4, 10), (12, 1), (1, 12)]


@pytest.mark.parametrize("template", US + UK)
def test_a_numeric_date_by_the_tweets_country(template):
    wrong = []
    for r in REFS:
        for a, b in PAIRS:
            month, day = (a, b) if template in US else (b, a)
            text = template.format(a=a, b=b)
            want = _on_or_after(r, month, day)
            if (want - r).days > 300:
                continue   # far ahead a plan and a report part ways: not this grid's question
            if m := _check(text, r, f"{a}/{b}", "DATE", want.isoformat()):
                wrong.append(m)
    assert not wrong, "\n".join(wrong)


def test_a_numeric_date_with_no_country_is_left():
    wrong = [f"{r}: {t.expression} {t.timex_value}" for r in REFS
             for t in tag("see you all on 11/3 then!", r) if "11/3" in t.expression]
    assert not wrong, wrong


# 11. the catalogue's cases (docs/informal-time.md, the tweets section), each on every day of the grid
def test_catalogue_cases_of_the_tweets_section():
    wrong = []
    for r in REFS:
        want = _on_or_after(r, 11, 3)
        if m := _check("Our next meetup: 11/3 at 7pm ET", r, "11/3", "DATE", want.isoformat()):
            wrong.append(m)
        wrong += [f"{r}: {t.expression} {t.timex_value}" for t in tag("Tonight: clear, low around 12.", r) if "12" in t.expression]
        wrong += [f"{r}: {t.expression} {t.timex_value}" for t in tag("Chilly start with temps in the 30s.", r)]
        if m := _check("HALFWAY (1:52:10) and my legs are not ok", r, "1:52:10", "DURATION", "PT1H52M10S"):
            wrong.append(m)
        if r.weekday() < 5:   # said on a weekday: the coming weekend's window
            sat, sun = _next(r, 5), _next(r, 6)
            text = "Yellow warning for wind 06:00 Sat to 21:00 Sun"
            for words, day, hm in (("06:00 Sat", sat, "06:00"), ("21:00 Sun", sun, "21:00")):
                if m := _check(text, r, words, "TIME", f"{day.isoformat()}T{hm}"):
                    wrong.append(m)
        if r.weekday() != 1:
            tue = _next(r, 1).isoformat()
            for words, hm in (("Tues 7pm", "19:00"), ("2pm ET", "14:00")):
                if m := _check("Tues 7pm GMT / 2pm ET", r, words, "TIME", f"{tue}T{hm}"):
                    wrong.append(m)
    assert not wrong, "\n".join(wrong)


# 12. (from informal10-tweets A's errors, each class on every day of the grid)
# tickets for a day are for the day to come; "left" after a noun of things is "remaining", no past
TICKETS = ["{s} tickets are SOLD OUT 🎟️", "A few {W} day tickets left at the box office", "only 3 places left for {W}",
           "{W} passes still available, grab them"]


@pytest.mark.parametrize("template", TICKETS)
def test_tickets_name_the_day_to_come(template):
    wrong = []
    for r in REFS:
        for wd in range(7):
            if wd == r.weekday():
                continue
            text = template.format(W=FULL[wd], s=SHORT[wd])
            if m := _check(text, r, SHORT[wd] if "{s}" in template else FULL[wd], "DATE", _next(r, wd).isoformat()):
                wrong.append(m)
    assert not wrong, "\n".join(wrong)


def test_two_short_weekdays_joined_by_not():
    """"the exam is mon not wed": both found; the first is the next one, the second the one nearest it, not
    before the day of writing (the catalogue's "due fri not thurs", §8)."""
    wrong = []
    for r in REFS:
        for a, b in ((0, 2), (5, 6), (2, 0), (6, 0), (6, 5)):
            if r.weekday() in (a, b):
                continue
            text = f"wait the exam is {SHORT[a].lower()} not {SHORT[b].lower()} 😭"
            first = _next(r, a)
            fwd, back = (b - first.weekday()) % 7, (first.weekday() - b) % 7
            second = first - timedelta(days=back) if back < fwd and first - timedelta(days=back) >= r else first + timedelta(days=fwd)
            for wd, want in ((a, first), (b, second)):
                if m := _check(text, r, SHORT[wd].lower(), "DATE", want.isoformat()):
                    wrong.append(m)
    assert not wrong, "\n".join(wrong)


def test_the_second_end_of_a_range_of_slash_dates():
    wrong = []
    for r in REFS:
        for (m1, d1), (m2, d2) in (((12, 16), (1, 6)), ((3, 14), (4, 2)), ((10, 20), (11, 3))):
            start = _on_or_after(r, m1, d1)
            end = date(start.year + (m2 < m1), m2, d2)
            if (start - r).days > 300:
                continue
            text = f"Winter event runs {m1}/{d1} to {m2}/{d2} 🎮"
            if m := _check(text, r, f"{m2}/{d2}", "DATE", end.isoformat()):
                wrong.append(m)
    assert not wrong, "\n".join(wrong)


def test_a_match_start_without_am_pm_is_the_evenings():
    wrong = []
    for r in REFS:
        for text, words, hm in (("Knicks tonight 🗽 tip-off 7:30 ET", "7:30", "19:30"), ("KO 7:45 ET, let's go", "7:45", "19:45"),
                                ("first pitch 6:10 PT ⚾", "6:10", "18:10")):
            if m := _check(text, r, words, "TIME", f"{r.isoformat()}T{hm}"):
                wrong.append(m)
    assert not wrong, "\n".join(wrong)


def test_a_set_after_a_date_at_a_sentences_end():
    wrong = [m for r in REFS if (m := _check("Event ends 1/6. Log in daily for rewards", r, "daily", "SET", "P1D"))]
    assert not wrong, "\n".join(wrong)
