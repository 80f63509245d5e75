"""Informal time expressions no set had taught the tagger (twentieth session, recall21). The classes come from a
list of what people write in texts, chats, forums and posts in British, American, Australian, Indian, Nigerian,
South African and Filipino English, checked one by one against the tagger and the conventions
(docs/informal-time.md, the section on the twentieth session's recall): those the conventions tag and the tagger
missed or dated wrong are tested here as constructions of English, in sentences written for this file, said on
every day of a week, at month, quarter and year ends and on a leap day. The expected TimeML value is computed
here from the calendar, never read from the tagger.

1. "sprint ends EOW", "invoices by EOM", "before EOY", "numbers due EOQ": the end of this week (month, year,
   quarter); a month's, a year's or a quarter's only after a word of a deadline ("running late EOM" closes a
   subject line); not "the EOW report".
2. "by end of day", "by end of day Friday", "by end of week": the article dropped; not the idiom "at the end of
   the day".
3. "from midweek", "by mid-week", "a storm midweek.": the week of the Wednesday the tense names; not "a midweek
   fixture".
4. "priorities for H1", "we'll hire in H2", "H2 2024", "the H1 results": a year's half; not "an H1 visa", "the H1
   antigen", "H1N1", "H2O"; nor a car's model after an indefinite article ("an Audi Q3").
5. "the 80's", "the 1990's", "the early 2000's": a decade with the apostrophe before its "s"; not "in her 80's",
   "temps in the 80's".
6. "xmas '23", "Christmas '24", "Easter '25": a holiday of the year written short.
7. "y'day", "day before yday", "2nyt", "this morn", "tmrw morn": short forms of deictic days and parts of day.
8. "Earth Day", "Workers' Day", "Rizal Day": holidays on one fixed day wherever they are kept.
9. Look-alikes kept untagged: "atm" a cash machine, "sec" a secretary, "RN" a nurse, "a sec" (a vague wait).
"""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from dateutil.easter import easter

from gridcheck import check as _check, found as _found, iso_week

# every day of a week (Mon 2 June 2025 ..), month, quarter and year ends, a leap day and the days around it
REFS = [date(2025, 6, 2) + timedelta(days=i) for i in range(7)] + [
    date(2025, 3, 31), date(2025, 12, 31), date(2024, 2, 29), date(2025, 2, 28), date(2026, 1, 24), date(2023, 10, 31),
    date(2026, 4, 21), date(2025, 9, 30), date(2024, 12, 29)]


def _week(d: date) -> str:
    return iso_week(d)


def _work_week(ref: date) -> date:
    """A day of the week a plan names: the week of writing; on a Sunday the one that begins the next day."""
    return ref + timedelta(days=1) if ref.isoweekday() == 7 else ref


# ---- 1. EOW, EOM, EOY, EOQ ---------------------------------------------------------------------------
EOW_FRAMES = ["reminder sprint ends {e}, demo Fri 3pm", "can u get the deck to me by {e} pls",
              "Priya: need all timesheets in before {e} 🙏", "ok will have it done {e}"]


@pytest.mark.parametrize("frame", EOW_FRAMES)
def test_eow(frame):
    cases = []
    for ref in REFS:
        for e in ("EOW", "eow"):
            cases.append((frame.format(e=e), ref, e, ("DATE", _week(_work_week(ref)))))
    _check(cases)


PERIOD_FRAMES = ["can u get the invoices to me by {e}", "all expenses due {e} pls", "Jo: aiming to ship it before {e}",
                 "the budget sign-off is {e}? no, by {e}"]


@pytest.mark.parametrize("frame", PERIOD_FRAMES)
def test_eom_eoy_eoq(frame):
    cases = []
    for ref in REFS:
        for e, want in (("EOM", f"{ref:%Y-%m}"), ("eom", f"{ref:%Y-%m}"), ("EOY", str(ref.year)),
                        ("EOQ", f"{ref.year}-Q{(ref.month - 1) // 3 + 1}")):
            cases.append((frame.format(e=e), ref, e, ("DATE", want)))
    _check(cases)


def test_eow_eom_look_alikes():
    for ref in REFS:
        for text, e in [("Subject: running late EOM", "EOM"), ("Re: invoice attached EOM", "EOM"),
                        ("can someone update the EOW report template", "EOW"), ("EOY party tonight!!", "EOY"),
                        ("see the EOQ dashboard", "EOQ")]:
            assert _found(text, ref, e) is None, (text, ref)


# ---- 2. end of day / end of week without the article ------------------------------------------------
def test_end_of_day_bare():
    cases = []
    for ref in REFS:
        for text in ("pls send it over by end of day", "I need the figures before end of day, boss is asking",
                     "Mo: will have the quote to you by end of day"):
            cases.append((text, ref, "end of day", ("DATE", ref.isoformat())))
        for text in ("can I have it by end of day tomorrow?", "sign-off needed by end of day tmrw"):
            cases.append((text, ref, text.split("by ")[1].rstrip("?"), ("DATE", (ref + timedelta(days=1)).isoformat())))
        for text in ("I'll have a draft by end of week", "all returns due by end of week."):
            cases.append((text, ref, "end of week", ("DATE", _week(_work_week(ref)))))
    _check(cases)


def test_end_of_day_friday():
    cases = []
    for ref in REFS:
        # a deadline's Friday is the coming one (said on a Friday, today or a week on: not in the grid)
        if ref.isoweekday() == 5:
            continue
        fri = ref + timedelta(days=(5 - ref.isoweekday()) % 7)
        cases.append(("we need sign-off by end of day Friday", ref, "end of day Friday", ("DATE", fri.isoformat())))
    _check(cases)


def test_end_of_the_day_idiom_untagged():
    for ref in REFS:
        assert _found("at the end of the day it's your call", ref, "the end of the day") is None
        assert _found("at the end of the day it's your call", ref, "end of the day") is None
        assert _found("end of day prices were flat", ref, "end of day") is None


# ---- 3. midweek --------------------------------------------------------------------------------------
MID_FUTURE = ["turning milder and wetter from midweek", "it'll be sorted by mid-week hopefully",
              "I'll get the keys back to you by midweek", "rain clearing towards midweek", "parcel should arrive by midweek"]
MID_PAST = ["we had a proper storm midweek.", "the boiler packed in midweek, typical",
            "it rained on and off till midweek, then lovely"]


@pytest.mark.parametrize("frame", MID_FUTURE)
def test_midweek_to_come(frame):
    e = "mid-week" if "mid-week" in frame else "midweek"
    # the week of the next Wednesday (said on a Wednesday, "by midweek" may be that day or a week on: not in the grid)
    _check([(frame, ref, e, ("DATE", _week(ref + timedelta(days=(3 - ref.isoweekday()) % 7)))) for ref in REFS
            if ref.isoweekday() != 3])


@pytest.mark.parametrize("frame", MID_PAST)
def test_midweek_gone(frame):
    # the week of the last Wednesday up to the day of writing
    _check([(frame, ref, "midweek", ("DATE", _week(ref - timedelta(days=(ref.isoweekday() - 3) % 7)))) for ref in REFS])


def test_midweek_modifier_untagged():
    for ref in REFS:
        for text in ("a midweek fixture away at Stoke", "midweek games are a pain with work", "the mid-week quiz is back"):
            e = "mid-week" if "mid-week" in text else "midweek"
            assert _found(text, ref, e) is None, (text, ref)


# ---- 4. H1, H2 ---------------------------------------------------------------------------------------
def _half_start(y: int, h: int) -> date:
    return date(y, 1 if h == 1 else 7, 1)


def test_half_plans():
    cases = []
    for ref in REFS:
        for h in (1, 2):
            # a plan's half: this year's, unless it has ended and the plan is to come (next year's)
            y = ref.year
            cases.append((f"Agenda: review of last year, priorities for H{h}, hiring plan.", ref, f"H{h}",
                          ("DATE", f"{y}-H{h}")))
            y2 = y + 1 if (date(y, 7, 1) if h == 1 else date(y + 1, 1, 1)) <= ref else y
            cases.append((f"we will hire two more devs in H{h}", ref, f"H{h}", ("DATE", f"{y2}-H{h}")))
            # told in the past: the last half of that name begun
            y3 = y - 1 if _half_start(y, h) > ref else y
            cases.append((f"sales were pretty flat in H{h} tbh", ref, f"H{h}", ("DATE", f"{y3}-H{h}")))
            cases.append((f"H{h} 2024 was the weakest half in years", ref, f"H{h} 2024", ("DATE", f"2024-H{h}")))
            cases.append((f"the H{h} roadmap is on confluence", ref, f"H{h}", ("DATE", f"{y}-H{h}")))
    _check(cases)


def test_half_and_quarter_look_alikes():
    for ref in REFS:
        for text, e in [("we test for the H1 antigen first", "H1"), ("he's on an H1 visa", "H1"), ("H1N1 cases rose", "H1N1"),
                        ("H2 blockers help with the reflux", "H2"), ("the H1 heading is too big on mobile", "H1"),
                        ("just bought an Audi Q3, loving it", "Q3"), ("she drives a Q5", "Q5")]:
            assert _found(text, ref, e) is None, (text, ref)


# ---- 5. decades with an apostrophe -------------------------------------------------------------------
def test_decade_apostrophe():
    cases = []
    for ref in REFS:
        for text, e, v in [("music from the 80's was just better", "the 80's", "198"),
                           ("we grew up in the 90’s", "the 90’s", "199"),
                           ("back in the 1970's my dad had a mini", "the 1970's", "197"),
                           ("flip phones were everywhere in the early 2000's", "the early 2000's", "200")]:
            cases.append((text, ref, e, ("DATE", v)))
    _check(cases)


def test_decade_apostrophe_look_alikes():
    for ref in REFS:
        for text, e in [("my nan's in her 80's now", "80's"), ("temps in the 80's all week", "the 80's")]:
            assert _found(text, ref, e) is None, (text, ref)


# ---- 6. a holiday of a year written short --------------------------------------------------------------
def test_holiday_short_year():
    cases = []
    for ref in REFS:
        for yy in (19, 23, 24):
            y = 2000 + yy
            cases.append((f"xmas '{yy} was the best one", ref, f"xmas '{yy}", ("DATE", f"{y}-12-25")))
            cases.append((f"remember Christmas '{yy}?? chaos", ref, f"Christmas '{yy}", ("DATE", f"{y}-12-25")))
            cases.append((f"we went to Rome at Easter '{yy}", ref, f"Easter '{yy}", ("DATE", easter(y).isoformat())))
    _check(cases)


# ---- 7. short deictic days and parts of day ------------------------------------------------------------
def test_short_days():
    cases = []
    for ref in REFS:
        d = lambda n: (ref + timedelta(days=n)).isoformat()  # noqa: E731
        cases += [("ravi: y'day finished the login refactor", ref, "y'day", ("DATE", d(-1))),
                  ("saw her y’day at the shops", ref, "y’day", ("DATE", d(-1))),
                  ("it rained day before yday too", ref, "day before yday", ("DATE", d(-2))),
                  ("the day before yday was mad", ref, "the day before yday", ("DATE", d(-2))),
                  ("party 2nyt at mine!!", ref, "2nyt", ("TIME", d(0) + "TNI")),
                  ("this morn was freezing", ref, "this morn", ("TIME", d(0) + "TMO")),
                  ("c u tmrw morn x", ref, "tmrw morn", ("TIME", d(1) + "TMO")),
                  ("yday morn the bus never came", ref, "yday morn", ("TIME", d(-1) + "TMO"))]
    _check(cases)


# ---- 8. holidays on one fixed day ----------------------------------------------------------------------
def test_fixed_holidays_with_year():
    cases = []
    for ref in REFS:
        for name, md in (("Earth Day", "04-22"), ("Workers' Day", "05-01"), ("Rizal Day", "12-30")):
            for y in (2023, 2025):
                cases.append((f"remember {name} {y}? the march was huge", ref, f"{name} {y}", ("DATE", f"{y}-{md}")))
    _check(cases)


def test_fixed_holidays_ahead():
    cases = []
    for name, m, d in (("Earth Day", 4, 22), ("Workers' Day", 5, 1), ("Rizal Day", 12, 30)):
        for y in (2024, 2025, 2026):
            day = date(y, m, d)
            for back in (3, 10, 30):
                ref = day - timedelta(days=back)
                cases.append((f"we're planting trees on {name}, who's coming?", ref, name, ("DATE", day.isoformat())))
    _check(cases)


# ---- 9. look-alikes the tagger keeps untagged ------------------------------------------------------------
def test_look_alikes_untagged():
    for ref in REFS:
        for text, e in [("the atm on the high street ate my card", "atm"), ("is there an atm near the station", "atm"),
                        ("ask the sec, she has the minutes", "sec"), ("Ruth (sec.) will collect the subs", "sec"),
                        ("the RN on the ward said it was fine", "RN"), ("my sister is an rn at the county hospital", "rn"),
                        ("hold on a sec", "a sec")]:
            assert _found(text, ref, e) is None, (text, ref)


# ---- the section's quoted cases, said on Wednesday 4 June 2025 (tomorrow Thursday 5 June, ISO week 2025-W23) -----
W = date(2025, 6, 4)
SECTION = [
    ("reminder sprint ends EOW, demo Fri 3pm", "EOW", ("DATE", "2025-W23")),
    ("can u get the invoices to me by EOM", "EOM", ("DATE", "2025-06")),
    ("Jo: aiming to ship it before EOY", "EOY", ("DATE", "2025")),
    ("all expenses due EOQ pls", "EOQ", ("DATE", "2025-Q2")),
    ("pls send it over by end of day", "end of day", ("DATE", "2025-06-04")),
    ("I'll have a draft by end of week", "end of week", ("DATE", "2025-W23")),
    ("turning milder and wetter from midweek", "midweek", ("DATE", "2025-W24"), date(2025, 6, 8)),   # a Sunday's forecast
    ("we had a proper storm midweek.", "midweek", ("DATE", "2025-W23")),
    ("priorities for H1", "H1", ("DATE", "2025-H1")),
    ("we will hire two more devs in H2", "H2", ("DATE", "2025-H2")),
    ("H2 2024 was the weakest half in years", "H2 2024", ("DATE", "2024-H2")),
    ("music from the 80's was just better", "the 80's", ("DATE", "198")),
    ("back in the 1970's my dad had a mini", "the 1970's", ("DATE", "197")),
    ("xmas '23 was the best one", "xmas '23", ("DATE", "2023-12-25")),
    ("we went to Rome at Easter '24", "Easter '24", ("DATE", easter(2024).isoformat())),
    ("ravi: y'day finished the login refactor", "y'day", ("DATE", "2025-06-03")),
    ("it rained day before yday too", "day before yday", ("DATE", "2025-06-02")),
    ("party 2nyt at mine!!", "2nyt", ("TIME", "2025-06-04TNI")),
    ("this morn was freezing", "this morn", ("TIME", "2025-06-04TMO")),
    ("c u tmrw morn x", "tmrw morn", ("TIME", "2025-06-05TMO")),
    ("remember Earth Day 2023? the march was huge", "Earth Day 2023", ("DATE", "2023-04-22")),
    ("remember Workers' Day 2025? the march was huge", "Workers' Day 2025", ("DATE", "2025-05-01")),
    ("remember Rizal Day 2023? the march was huge", "Rizal Day 2023", ("DATE", "2023-12-30")),
    ("just bought an Audi Q3, loving it", "Q3", None),
    ("Subject: running late EOM", "EOM", None),
    ("a midweek fixture away at Stoke", "midweek", None),
    ("he's on an H1 visa", "H1", None),
    ("my nan's in her 80's now", "80's", None),
]


def test_section_sentences():
    _check([(row[0], row[3] if len(row) > 3 else W, row[1], row[2]) for row in SECTION if row[2] is not None])
    for row in SECTION:
        if row[2] is None:
            assert _found(row[0], W, row[1]) is None, row[0]
