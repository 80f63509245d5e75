"""Wrong values on found expressions, by cause, as GRIDS (eighteenth session, values4;
docs/informal-time.md, "Wrong values on found expressions, by cause (eighteenth session, values4)").

Each grid is a pattern of English, written here, its expected values computed from the calendar
(``datetime``), never from the tagger:

- "the weekend" in a plan written on a Sunday ("see you at the weekend", "I'll do it at the weekend")
  is the weekend to come, six days on: of the weekend that ends that day one says "today" or
  "tonight"; told in the past ("we went to the coast at the weekend") it stays the weekend ending
  that day, and on the other days of the week nothing moves;
- a range of weekdays after a verb of working hours and a plural shift or part of the day ("I work
  nights mon-thurs", "Available mornings Mon-Fri") is every such day (a SET), as "I work mon to thurs"
  already was; one week named with it ("I'm on nights mon-wed next week") keeps its dates;
- a bare hour that starts a range ending at midnight ("lagging yesterday from 8 til midnight",
  "open from 9 till midnight on Saturday") is the evening's.

Reference dates: every weekday of a week in each of several years, the Sundays around year ends
(ISO years of 53 weeks too) and month ends.
"""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from timeline_app.temporal import tag

FULL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SHORT = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
LONGER = ["mon", "tues", "weds", "thurs", "fri", "sat", "sun"]
# a week (Monday .. Sunday) in each of four years
WEEKS = [date(y, m, d) + timedelta(days=i) for y, m, d in ((2024, 9, 16), (2025, 6, 2), (2026, 1, 12), (2027, 4, 5))
         for i in range(7)]
# Sundays at year ends (2026-W53 ends on 2027-01-03), at month ends and at the turn of a month
SUNDAYS = [date(2024, 12, 29), date(2025, 12, 28), date(2026, 1, 4), date(2026, 12, 27), date(2027, 1, 3),
           date(2025, 8, 31), date(2025, 11, 30), date(2026, 2, 1), date(2026, 5, 31), date(2028, 2, 27)]
REFS = WEEKS + [d for d in SUNDAYS if d not in WEEKS]


def _nth(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _got(text: str, ref: date):
    return [(t.expression, t.timex_type, t.timex_value) for t in tag(text, ref)]


def _weekend(saturday: date) -> str:
    y, w, _ = saturday.isocalendar()
    return f"{y}-W{w:02d}-WE"


# ---- "the weekend" in a plan written on a Sunday ----------------------------------------------------------------
# Written on a Sunday, the weekend of the ISO week ends that day: a plan "at the weekend" is the next one (the
# Saturday six days on); on Monday to Saturday the weekend of the week of writing, as before. Told in the past,
# the weekend that ends that day (Sunday) or the one gone.
WEEKEND_PLANS = [
    "see you at the weekend",
    "I'll do it at the weekend x",
    "what are you doing at the weekend?",
    "any plans for the weekend?",
    "Nights next week so no runs till the weekend.",
    "jo: can't make it today, I'll drop the keys round at the weekend",
    "we're going to my mum's for the weekend",
]
WEEKEND_PAST = [
    "we went to the coast at the weekend",
    "the weekend was great, thanks all",
]


def _weekend_cases():
    cases = []
    for ref in REFS:
        wd = ref.isoweekday()
        # the plan's weekend: the Saturday to come (on a Saturday that day itself), on a Sunday the one six days on
        coming = ref + timedelta(days=(6 - wd) % 7)
        for text in WEEKEND_PLANS:
            cases.append((text, ref, "the weekend", _weekend(coming)))
        if wd == 7:
            for text in WEEKEND_PAST:
                cases.append((text, ref, "the weekend", _weekend(ref - timedelta(days=1))))
    return cases


WEEKEND_CASES = _weekend_cases()


@pytest.mark.parametrize("text,ref,words,value", WEEKEND_CASES, ids=[f"{c[1]}:{c[0][:50]}" for c in WEEKEND_CASES])
def test_the_weekend_planned_on_a_sunday_grid(text, ref, words, value):
    got = _got(text, ref)
    mine = [g for g in got if g[0] == words]
    assert mine and mine[-1][2] == value, f"{text!r} read {ref} ({ref:%a}): {got}; calendar {words!r} {value}"


# ---- a range of weekdays after a verb of working hours and a plural shift --------------------------------------
SHIFT_RANGES = [
    "I work nights {a}-{b}",
    "i do nights {a}-{b} and every other weekend",
    "Available mornings {A}-{B}, message me for rates",
    "she works lates {a} to {b} so can't do school pick up",
    "we deliver evenings {A}-{B} in the town centre",
]
# one week named with the range: that week's days
SHIFT_ONE_WEEK = "I'm on nights {a}-{b} next week"
PAIRS = [(0, 3), (0, 4), (1, 3), (0, 2), (2, 4), (1, 4)]   # mon-thu, mon-fri, tue-thu, mon-wed, wed-fri, tue-fri


def _shift_cases():
    cases = []
    for ref in WEEKS:
        for i, j in PAIRS:
            for tpl in SHIFT_RANGES:
                for names in (SHORT, LONGER):
                    text = tpl.format(a=names[i], b=names[j], A=names[i].capitalize(), B=names[j].capitalize())
                    cases.append((text, ref, ((names[i], "SET", f"XXXX-WXX-{i + 1}"), (names[j], "SET", f"XXXX-WXX-{j + 1}"))))
            monday = ref - timedelta(days=ref.isoweekday() - 1) + timedelta(weeks=1)
            text = SHIFT_ONE_WEEK.format(a=LONGER[i], b=LONGER[j])
            cases.append((text, ref, ((LONGER[i], "DATE", (monday + timedelta(days=i)).isoformat()),
                                      (f"{LONGER[j]} next week", "DATE", (monday + timedelta(days=j)).isoformat()))))
    return cases


SHIFT_CASES = _shift_cases()


@pytest.mark.parametrize("text,ref,expected", SHIFT_CASES, ids=[f"{c[1]}:{c[0][:50]}" for c in SHIFT_CASES])
def test_a_shift_range_of_weekdays_is_a_set_grid(text, ref, expected):
    got = _got(text, ref)
    for words, typ, value in expected:
        mine = [g for g in got if g[0].lower() == words.lower()]
        assert mine and mine[0][1:] == (typ, value), f"{text!r} read {ref} ({ref:%a}): {got}; calendar {words!r} {typ} {value}"


# ---- a bare hour that starts a range ending at midnight ------------------------------------------------------
# (day word, the day it names from the reference date: a fixed offset or the weekday to come / gone)
MIDNIGHT = [
    ("servers were lagging yesterday from {h} til midnight", lambda ref: ref - timedelta(days=1)),
    ("the bar is open from {h} till midnight on Saturday", lambda ref: ref + timedelta(days=(6 - ref.isoweekday()) % 7)),
    ("I'm working tomorrow from {h} until midnight", lambda ref: ref + timedelta(days=1)),
    ("tonight the hall is booked from like {h} to midnight", lambda ref: ref),
]


def _midnight_cases():
    cases = []
    for ref in WEEKS:
        for tpl, day in MIDNIGHT:
            for h in range(1, 12):
                cases.append((tpl.format(h=h), ref, str(h), f"{day(ref).isoformat()}T{h + 12:02d}:00"))
    return cases


MIDNIGHT_CASES = _midnight_cases()


@pytest.mark.parametrize("text,ref,words,value", MIDNIGHT_CASES, ids=[f"{c[1]}:{c[0][:50]}" for c in MIDNIGHT_CASES])
def test_an_hour_up_to_midnight_is_the_evenings_grid(text, ref, words, value):
    got = _got(text, ref)
    mine = [g for g in got if g[0] == words]
    assert mine and mine[0][2] == value, f"{text!r} read {ref} ({ref:%a}): {got}; calendar {words!r} {value}"


# ---- the hours of a place's standing rule ("daily", "quiet hours") ------------------------------------------------
# "the pool is open 7am to 9pm daily", "quiet hours are 10pm-7am", "visiting hours are 2pm till 8pm": the hours of
# a habit or of a place's rule, of no one day (XXXX-XX-XXThh:mm), as "I usually get up at 6am" already was; the same
# hours with one day named ("the pool is open 7am to 9pm tomorrow") keep that day.
STANDING = [
    "the pool is open {a}am to {b}pm daily",
    "hours are {a}am to {b}pm daily, free parking",
    "the cafe is open {a}am-{b}pm seven days a week",
    "we deliver nightly from {b}pm",
    "campsite check in from 2pm, quiet hours are {b}pm-{a}am apparently",
    "visiting hours are {a}am till {b}pm",
    "Quiet hours start at {b}pm.",
]
ONE_DAY = ("the pool is open {a}am to {b}pm tomorrow", 1)


def _standing_cases():
    cases = []
    for ref in WEEKS:
        for a, b in ((7, 9), (8, 10), (9, 6), (10, 11), (6, 8)):
            for tpl in STANDING:
                text = tpl.format(a=a, b=b)
                want = []
                if "{a}" in tpl:
                    want.append((f"{a}am", f"XXXX-XX-XXT{a:02d}:00"))
                want.append((f"{b}pm", f"XXXX-XX-XXT{b + 12:02d}:00"))
                cases.append((text, ref, tuple(want)))
            day = (ref + timedelta(days=ONE_DAY[1])).isoformat()
            cases.append((ONE_DAY[0].format(a=a, b=b), ref, ((f"{a}am", f"{day}T{a:02d}:00"), (f"{b}pm tomorrow", f"{day}T{b + 12:02d}:00"))))
    return cases


STANDING_CASES = _standing_cases()


@pytest.mark.parametrize("text,ref,expected", STANDING_CASES, ids=[f"{c[1]}:{c[0][:50]}" for c in STANDING_CASES])
def test_the_hours_of_a_standing_rule_grid(text, ref, expected):
    got = _got(text, ref)
    for words, value in expected:
        mine = [g for g in got if g[0] == words]
        assert mine and mine[0][2] == value, f"{text!r} read {ref} ({ref:%a}): {got}; calendar {words!r} {value}"


# ---- a week a habit starts from ("from next week") -------------------------------------------------------------
# "we're back to Tues & Thurs evenings from next week": every such evening from then on (a SET), where "I'm free
# Tues & Thurs evenings next week" names that week's two evenings.
HABIT_FROM = [
    ("we're back to {A} & {B} evenings from next week", ("{A}", "{B} evenings")),
    ("starting next week, choir is {A} & {B} evenings", ("{A}", "{B} evenings")),
    ("as of next week rehearsals are {A} and {B} evenings", ("{A}", "{B} evenings")),
]
HABIT_FROM_RANGE = "I work nights {a}-{b} from next week"
ONE_WEEK_LIST = ("I'm free {A} & {B} evenings next week", ("{A}", "{B} evenings"))


def _habit_from_cases():
    cases = []
    for ref in WEEKS:
        monday = ref - timedelta(days=ref.isoweekday() - 1) + timedelta(weeks=1)
        for i, j in PAIRS:
            for names in (SHORT, LONGER):
                A, B = names[i].capitalize(), names[j].capitalize()
                for tpl, words in HABIT_FROM:
                    cases.append((tpl.format(A=A, B=B), ref, ((words[0].format(A=A), "SET", f"XXXX-WXX-{i + 1}TEV"),
                                                              (words[1].format(B=B), "SET", f"XXXX-WXX-{j + 1}TEV"))))
                cases.append((HABIT_FROM_RANGE.format(a=names[i], b=names[j]), ref,
                              ((names[i], "SET", f"XXXX-WXX-{i + 1}"), (names[j], "SET", f"XXXX-WXX-{j + 1}"))))
                tpl, words = ONE_WEEK_LIST
                cases.append((tpl.format(A=A, B=B), ref,
                              ((words[0].format(A=A), "TIME", f"{monday + timedelta(days=i)}TEV"),
                               (words[1].format(B=B), "TIME", f"{monday + timedelta(days=j)}TEV"))))
    return cases


HABIT_FROM_CASES = _habit_from_cases()


@pytest.mark.parametrize("text,ref,expected", HABIT_FROM_CASES, ids=[f"{c[1]}:{c[0][:50]}" for c in HABIT_FROM_CASES])
def test_a_habit_from_next_week_grid(text, ref, expected):
    got = _got(text, ref)
    for words, typ, value in expected:
        mine = [g for g in got if g[0].lower() == words.lower()]
        assert mine and mine[0][1:] == (typ, value), f"{text!r} read {ref} ({ref:%a}): {got}; calendar {words!r} {typ} {value}"


# ---- a day of the month in a clause about last year ---------------------------------------------------------------
# "last year we were out till 9pm on the 24th" written on 24 December: the day the bare "the 24th" names in the past
# (this month's or the month before's), in the year the clause names (2024), not this year's.
LAST_YEAR = [
    "same. last year we were out till 9pm on the {n}",
    "last year we closed on the {n}",
    "last year the fair was on the {n} and it rained",
]
# reference dates: month ends, year ends and middles of months
LAST_YEAR_REFS = [date(2025, 12, 24), date(2025, 12, 31), date(2026, 1, 15), date(2026, 3, 28), date(2026, 6, 30),
                  date(2027, 2, 27), date(2024, 11, 20), date(2025, 8, 9)]


def _past_mday(ref: date, n: int) -> date | None:
    """The latest day ``n`` of a month up to ``ref`` (this month's or the month before)."""
    for k in (0, 1):
        y, m = (ref.year, ref.month - k) if ref.month - k >= 1 else (ref.year - 1, 12)
        try:
            d = date(y, m, n)
        except ValueError:
            continue
        if d <= ref:
            return d
    return None


def _last_year_cases():
    cases = []
    for ref in LAST_YEAR_REFS:
        for n in (1, 2, 5, 10, 14, 20, 24, 28):
            d = _past_mday(ref, n)
            try:
                want = d.replace(year=ref.year - 1)   # (written in January, "the 28th" gone is last year's already)
            except ValueError:
                continue
            for tpl in LAST_YEAR:
                nth = _nth(n)
                cases.append((tpl.format(n=nth), ref, f"the {nth}", want.isoformat()))
    return cases


LAST_YEAR_CASES = _last_year_cases()


@pytest.mark.parametrize("text,ref,words,value", LAST_YEAR_CASES, ids=[f"{c[1]}:{c[0][:50]}" for c in LAST_YEAR_CASES])
def test_a_day_of_the_month_last_year_grid(text, ref, words, value):
    got = _got(text, ref)
    mine = [g for g in got if g[0] == words]
    assert mine and mine[0][2] == value, f"{text!r} read {ref} ({ref:%a}): {got}; calendar {words!r} {value}"


@pytest.mark.parametrize("ref", LAST_YEAR_REFS)
def test_a_day_of_the_month_last_year_after_today_grid(ref):
    # a thread whose stamp line says "today": "the 24th" of last year is not the day of writing named before
    text = f"u/vanman · 3h\nrecord day today, 212 drops\nu/parcelgirl · 2h\nsame. last year we were out till 9pm on the {_nth(ref.day)}"
    got = _got(text, ref)
    want = _past_mday(ref, ref.day).replace(year=ref.year - 1).isoformat()
    mine = [g for g in got if g[0] == f"the {_nth(ref.day)}"]
    assert mine and mine[0][2] == want, f"{text!r} read {ref}: {got}; calendar {want}"


# ---- an occasion one has called off ------------------------------------------------------------------------------
# "I've cancelled the 23rd and the 30th" (written on 1 December), "we've called off Friday": what one has just
# called off had not happened yet, the day to come (in the present perfect right before the day; "we cancelled
# Friday's session" in the simple past may report one gone and is not read here).
CANCELLED = [
    ("Note from Tom: I've cancelled the {nth}.", "the {nth}"),
    ("I've cancelled the {nth}, sorry all", "the {nth}"),
    ("we've called off the {nth} because of the weather", "the {nth}"),
    ("the club has cancelled the {nth}", "the {nth}"),
    ("I've cancelled {Day}, will rebook", "{Day}"),
    ("they've called off {Day} so training is next week", "{Day}"),
]


def _cancel_cases():
    cases = []
    for ref in WEEKS + [date(2025, 12, 1), date(2025, 12, 29), date(2026, 1, 31), date(2026, 2, 27)]:
        for k in (1, 2, 3, 4, 5, 6):
            day = ref + timedelta(days=k)
            for tpl, words in CANCELLED if day.day > 3 else CANCELLED[4:]:
                fill = dict(nth=_nth(day.day), Day=FULL[day.isoweekday() - 1])
                cases.append((tpl.format(**fill), ref, words.format(**fill), day.isoformat()))
        for k in (9, 14, 20):   # a day of the month a week or more on (weekdays are at most six days on)
            day = ref + timedelta(days=k)
            for tpl, words in CANCELLED[:4] if day.day > 3 else ():   # ("cancelled the 1st" is not found at all: recall)
                fill = dict(nth=_nth(day.day))
                cases.append((tpl.format(**fill), ref, words.format(**fill), day.isoformat()))
    return cases


CANCEL_CASES = _cancel_cases()


@pytest.mark.parametrize("text,ref,words,value", CANCEL_CASES, ids=[f"{c[1]}:{c[0][:50]}" for c in CANCEL_CASES])
def test_an_occasion_called_off_is_to_come_grid(text, ref, words, value):
    got = _got(text, ref)
    mine = [g for g in got if g[0] == words]
    assert mine and mine[0][2] == value, f"{text!r} read {ref} ({ref:%a}): {got}; calendar {words!r} {value}"
