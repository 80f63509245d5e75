"""A habit or one occasion, decided by the clause's aspect, for weekdays, seasons, parts of the day and rates
(thirty-seventh session, aspect38; docs/informal-time.md §153): a past auxiliary before a verb of hours kept makes its
weekdays one occasion's ("the road was closed Wednesday and Thursday past the turnoff": last Wednesday and Thursday,
not every such day); a standing schedule of weekdays written with blanks only ("Hauling Mon Wed Fri only till he's
back", "We're open Tue Thu Sat") every such day; a standing hour said in the present with a season after it ("Kitchen
closes at 4 in winter": the hour a habit's, the season a SET) or a part of the day named by the light ("the pass
closes at dusk": XXXX-XX-XXTEV); a rate's unit before "after that ... till" ("100 lbs a week after that till New Year's
Eve": a SET P1W, not the week "a week after" reaches).

Sentences written for this file from the grammar of §153 in a notice's, a neighbour's, a local's, a farmer's and a
club's voices (Irish, Australian, US, UK, NZ registers); the days of writing every day of a February 2026 week, month
ends, the year's turn and a leap day; every value computed here from the calendar, never read from the tagger. The
negatives (a day the sentence names, a past verb, a present list, an offset with no rate) keep their readings.
"""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import WEEKDAYS, check, habit_time, last_weekday, next_weekday, time_on

from timeline_app.temporal import tag

REFS = [date(2026, 2, 2) + timedelta(days=i) for i in range(7)] + [
    date(2025, 10, 31), date(2025, 12, 31), date(2026, 1, 1), date(2026, 2, 28), date(2028, 2, 29)]
SHORT = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _set_wd(n: int) -> tuple[str, str]:
    return "SET", f"XXXX-WXX-{n}"


def _day(d: date) -> tuple[str, str]:
    return "DATE", d.isoformat()


def _same_side(ref: date, a: int, b: int) -> bool:
    """Both days before the day of writing in its week, or both after it (then last week's): the past's days are
    then last week's or this week's together (a day of writing inside the pair is the weekdays' direction, weekdir38)."""
    w = ref.isoweekday()
    return (a < w and b < w) or (a > w and b > w)


PAIRS = [(1, 2), (1, 3), (2, 4), (3, 4), (4, 5), (5, 6), (6, 7)]

# --- 1. a past auxiliary before the verb of hours kept: one occasion's days ------------------------------------------------
PAST_LIST_FRAMES = ["Just a heads up the road was closed {A} and {B} past the turnoff",
                    "we were shut {a} & {b} with the snow, back to normal now",
                    "The DMV was closed {A} and {B}, no idea why",
                    "Clinic wasn't open {a} and {b} so had to go to A&E",
                    "fyi the track had been closed {A}, {B} after all that rain"]
PAST_RANGE_FRAMES = ["the shop was shut {a}-{b} with the snow", "Road was closed {A} to {B} past the cattle grid"]


def test_past_auxiliary_one_occasion():
    cases = []
    for ref in REFS:
        for a, b in PAIRS:
            if not _same_side(ref, a, b):
                continue
            names = dict(A=WEEKDAYS[a - 1], B=WEEKDAYS[b - 1], a=SHORT[a - 1], b=SHORT[b - 1])
            for frame in PAST_LIST_FRAMES + PAST_RANGE_FRAMES:
                text = frame.format(**names)
                first, second = (names["A"], names["B"]) if "{A}" in frame else (names["a"], names["b"])
                cases.append((text, ref, first, _day(last_weekday(ref, a))))
                cases.append((text, ref, second, _day(last_weekday(ref, b))))
    check(cases)


# --- 2. the same verbs in the present: every such day (the negatives of 1) -------------------------------------------------
PRESENT_FRAMES = ["We're closed {A} and {B}", "the clinic is open {a} & {b}, ring ahead", "Servo's shut {a} and {b} now mate",
                  "the road is closed {A} and {B} for the winter"]


def test_present_verb_every_such_day():
    cases = []
    for ref in REFS:
        for a, b in PAIRS:
            names = dict(A=WEEKDAYS[a - 1], B=WEEKDAYS[b - 1], a=SHORT[a - 1], b=SHORT[b - 1])
            for frame in PRESENT_FRAMES:
                text = frame.format(**names)
                first, second = (names["A"], names["B"]) if "{A}" in frame else (names["a"], names["b"])
                cases.append((text, ref, first, _set_wd(a)))
                cases.append((text, ref, second, _set_wd(b)))
    check(cases)


# --- 3. a standing schedule of weekdays joined by blanks only: every such day ----------------------------------------------
RUNS = [(1, 3, 5), (2, 4, 6), (1, 2, 4), (3, 5, 6), (2, 3, 5)]
RUN_FRAMES = ["Hauling {d} only till he's back", "We're open {d}", "Gym {d} only, rest days between",
              "Feeding out {d} only for now", "Open {d} 7am-3pm"]
TWO_RUNS = [(2, 4), (1, 4), (4, 5), (2, 5)]


def test_blank_joined_schedule():
    cases = []
    for ref in REFS:
        for run in RUNS + TWO_RUNS:
            days = " ".join(SHORT[n - 1] for n in run)
            for frame in RUN_FRAMES[:4]:
                text = frame.format(d=days)
                for n in run:
                    cases.append((text, ref, SHORT[n - 1], _set_wd(n)))
    check(cases)


# --- 4. a standing hour with a season after it: the hour a habit's, the season a SET ---------------------------------------
SEASONS = [("winter", "WI"), ("summer", "SU"), ("spring", "SP"), ("autumn", "FA")]
SEASON_CLOCKS = ["3", "4", "4.30", "5", "6", "7"]
SEASON_FRAMES = ["Kitchen closes at {t} in {s}", "The café shuts at {t} in the {s}, fyi",
                 "fyi the roadhouse closes at {t} in {s} so fuel up before"]


def _pm(t: str) -> tuple[int, int]:
    h, _, mi = t.partition(".")
    return int(h) + 12, int(mi or 0)


def test_standing_hour_in_a_season():
    cases = []
    for ref in REFS:
        for s, code in SEASONS:
            for t in SEASON_CLOCKS:
                for frame in SEASON_FRAMES:
                    text = frame.format(t=t, s=s)
                    cases.append((text, ref, t, habit_time(*_pm(t))))
                    cases.append((text, ref, s if "the {s}" not in frame else f"the {s}", ("SET", f"XXXX-{code}")))
            for text in [f"the pass shuts early in {s}", f"it gets dark early in the {s}"]:
                cases.append((text, ref, s if "the " + s not in text else f"the {s}", ("SET", f"XXXX-{code}")))
    check(cases)


# --- 5. a standing hour named by the light: of no one day ------------------------------------------------------------------
LIGHT = [("dusk", "EV"), ("dawn", "MO"), ("nightfall", "EV"), ("sundown", "EV")]
LIGHT_FRAMES = ["the pass closes at {p}", "The park's open till {p}, dogs on leads",
                "gates shut at {p} so don't be late back", "The trail is closed after {p}"]


def test_standing_hour_by_the_light():
    cases = []
    for ref in REFS:
        for p, code in LIGHT:
            for frame in LIGHT_FRAMES:
                cases.append((frame.format(p=p), ref, p, ("TIME", f"XXXX-XX-XXT{code}")))
            # the negatives: a day the sentence names, a past verb
            cases.append((f"the pass closes at {p} today", ref, p, ("TIME", f"{ref.isoformat()}T{code}")))
            cases.append((f"the pass closed at {p} yesterday", ref, p,
                          ("TIME", f"{(ref - timedelta(days=1)).isoformat()}T{code}")))
    check(cases)


# --- 6. a rate's unit before "after that ... till": a SET -----------------------------------------------------------------
RATE_FRAMES = [("{n} lbs a week after that till New Year's Eve", "a week", "P1W"),
               ("we were going through {n} litres a day after that until the rain came", "a day", "P1D"),
               ("£{n} a month from then until June, then it went up", "a month", "P1M"),
               ("She put on {n} kilos a month after that right up to Christmas", "a month", "P1M")]


def _week_reached(ref: date) -> tuple[str, str]:
    y, w, _ = (ref + timedelta(days=7)).isocalendar()
    return "DATE", f"{y}-W{w:02d}"


def test_rate_over_a_span():
    cases = []
    for ref in REFS:
        for n in ["100", "40", "3", "250"]:
            for frame, expr, value in RATE_FRAMES:
                cases.append((frame.format(n=n), ref, expr, ("SET", value)))
        # the negatives: no count before it, no span's end after it
        cases.append(("I left a week after that", ref, "a week after", _week_reached(ref)))
        cases.append(("we go through 100 lbs a week after that", ref, "a week after", _week_reached(ref)))
    check(cases)


# --- 7. one day named, or a past verb: the clock keeps its day -------------------------------------------------------------
def test_one_day_keeps_its_date():
    cases = []
    for ref in REFS:
        for t in ["3", "4", "5", "6"]:
            cases.append((f"Kitchen closes at {t} today", ref, f"{t} today", time_on(ref, *_pm(t))))
        cases.append(("The bar was open till 9 last night", ref, "9 last night", time_on(ref - timedelta(days=1), 21, 0)))
        for n, name in enumerate(WEEKDAYS, 1):
            if n == ref.isoweekday():
                continue
            cases.append((f"on {name} the office closes at 3", ref, "3", time_on(next_weekday(ref, n), 15, 0)))
    check(cases)


def test_a_plan_in_a_season_stays_a_date():
    """"We're going to Canada in winter": one occasion's season, a DATE (no verb of a standing hour)."""
    bad = []
    for ref in REFS:
        for text in ["We're going to Canada in winter", "we moved here in winter", "I'll ring you in the summer"]:
            got = [(t.expression, t.timex_type) for t in tag(text, ref)]
            if any(ty == "SET" for _, ty in got):
                bad.append((ref, text, got))
    assert not bad, bad
