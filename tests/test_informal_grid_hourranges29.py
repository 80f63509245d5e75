"""A day's range of bare hours after a rota's "DAY Nth", after a comma clause that settles the day, after a holiday;
"X till Y" / "X to Y" whose one end was lost; a bare hour as a predicate (twenty-eighth session, hourranges29;
docs/informal-time.md §99, census classes 4 and 14). Sentences written for this file from the grammar; every value is
computed here from the calendar, never read from the tagger.

A range is a stretch of the waking day: an end below its start crosses noon ("6-2" 06:00-14:00 on a rota line, "11-4"
11:00-16:00), a larger end stays in the start's half ("12-8", "2-7" the afternoon's); 7 or 8 with a word of the evening
on the line the evening's. Scores, votes, ages, counts, odds stay untagged.
"""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import WEEKDAYS, check, found, next_weekday, time_on

# every day of a week as the day of writing (Mon 2 June 2025 ..), month and year ends, a leap day, other years
REFS = [date(2025, 6, 2) + timedelta(days=i) for i in range(7)] + [
    date(2025, 3, 31), date(2025, 12, 31), date(2024, 2, 29), date(2026, 1, 24), date(2027, 8, 1), date(2024, 12, 30)]

SHORT_UP = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"]
SHORT_TITLE = ["Mon", "Tues", "Weds", "Thurs", "Fri", "Sat", "Sun"]
SHORT_LOWER = {"sat": 6, "sun": 7, "fri": 5, "mon": 1, "thurs": 4}


def _nth(d: int) -> str:
    suf = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return f"{d}{suf}"


def _ends(r: str):
    for j in (" till ", " until ", " to ", " - ", "-", "–"):
        if j in r:
            return r.split(j, 1)
    raise ValueError(r)


def _range_cases(text, ref, r, day, h1, h2):
    a, b = _ends(r)
    return [(text, ref, a, time_on(day, h1, 0)), (text, ref, b, time_on(day, h2, 0))]


# --- a rota's line: a weekday and its day of the month, then a shift's range of bare hours ----------------------------
# (range, first hour, last hour): an end below the start crosses noon; a start of 5 or 6 ending below it an early shift
ROTA_RANGES = [("6-2", 6, 14), ("5-1", 5, 13), ("7-3", 7, 15), ("11-7", 11, 19), ("12-8", 12, 20), ("6 - 2", 6, 14)]
ROTA_FRAMES = ["{D} {n}  {r} Padraig", "{D} {n}\t{r}"]


def test_rota_day_of_month_range():
    cases = []
    for ref in REFS:
        for wd in range(1, 8):
            day = next_weekday(ref, wd)
            for names in ((SHORT_UP, SHORT_TITLE, WEEKDAYS)[(ref.toordinal() + wd) % 3],):
                for frame in ROTA_FRAMES:
                    for r, h1, h2 in ROTA_RANGES:
                        text = frame.format(D=names[wd - 1], n=_nth(day.day), r=r)
                        cases += _range_cases(text, ref, r, day, h1, h2)
    check(cases)


def test_rota_two_shifts_on_a_line():
    cases = []
    for ref in REFS:
        for wd in range(1, 8):
            day = next_weekday(ref, wd)
            text = f"{SHORT_UP[wd - 1]} {_nth(day.day)}  5-1 Padraig / 11-9 Ciara"
            cases += _range_cases(text, ref, "5-1", day, 5, 13) + _range_cases(text, ref, "11-9", day, 11, 21)
    check(cases)


# --- a comma clause that settles the day, then the range -------------------------------------------------------------
COMMA_RANGES = [("11-4", 11, 16), ("9-1", 9, 13), ("12-5", 12, 17), ("10 till 2", 10, 14), ("11 to 4", 11, 16),
                ("2-6", 14, 18)]
COMMA_FRAMES = ["yes {d} is on, {r} as I said", "{d}'s fine, {r}", "ok {d} works for me, {r} if that's ok",
                "{d} it is then, {r}", "Sam: {d} is good, {r}"]


def _day_words(ref):
    # (a full name or a short lower-case one, alternately, so every weekday is said both ways over the days of writing)
    return [(name if (n + ref.toordinal()) % 2 else [w for w, k in SHORT_LOWER.items() if k == n][0]
             if n in SHORT_LOWER.values() else name, n) for n, name in enumerate(WEEKDAYS, 1) if n != ref.isoweekday()]


def test_comma_clause_then_range():
    cases = []
    for ref in REFS:
        for word, n in _day_words(ref):
            day = next_weekday(ref, n)
            for frame in COMMA_FRAMES:
                if word == "sun" and frame.startswith("{d}'s"):
                    continue   # "sun's fine": the sun's (weather), not Sunday
                for r, h1, h2 in COMMA_RANGES:
                    cases += _range_cases(frame.format(d=word, r=r), ref, r, day, h1, h2)
    check(cases)


def test_weekday_week_then_range():
    cases = []
    for ref in REFS:
        for n, name in enumerate(WEEKDAYS, 1):
            if n == ref.isoweekday():
                continue
            day = next_weekday(ref, n) + timedelta(days=7)
            for r, h1, h2 in COMMA_RANGES:
                cases += _range_cases(f"that's {name} week, {r}", ref, r, day, h1, h2)
    check(cases)


# --- a holiday the tagger knows, then the range ----------------------------------------------------------------------
# (name, month, day, days of writing before it in that year)
HOLIDAYS = [("Boxing Day", 12, 26), ("Christmas Eve", 12, 24), ("bonfire night", 11, 5), ("Halloween", 10, 31)]
HOLIDAY_REFS = [(10, 1), (10, 27)]
HOLIDAY_FRAMES = ["{h} {r} at the shop", "{h}, {r}, all welcome", "open {h}, {r}"]
HOLIDAY_RANGES = [("10-4", 10, 16), ("11-3", 11, 15), ("9-1", 9, 13), ("12-5", 12, 17), ("10 till 2", 10, 14),
                  ("4 till 11", 16, 23), ("2-6", 14, 18)]


def test_holiday_then_range():
    cases = []
    for year in (2024, 2025, 2027):
        for mo, d in HOLIDAY_REFS:
            ref = date(year, mo, d)
            for h, hm, hd in HOLIDAYS:
                day = date(year, hm, hd)
                for frame in HOLIDAY_FRAMES:
                    for r, h1, h2 in HOLIDAY_RANGES:
                        cases += _range_cases(frame.format(h=h, r=r), ref, r, day, h1, h2)
    check(cases)


# --- "X till Y", "X to Y" after a day and a comma: both ends -----------------------------------------------------------
def test_till_to_after_deictic_comma():
    cases = []
    for ref in REFS:
        tom = ref + timedelta(days=1)
        for w in ("tomorrow", "tmrw"):
            for r, h1, h2 in [("10 to 4", 10, 16), ("11 to 3", 11, 15), ("9 to 1", 9, 13), ("12 to 5", 12, 17)]:
                cases += _range_cases(f"{w} {r} at the hall", ref, r, tom, h1, h2)
                cases += _range_cases(f"stall's booked for {w}, {r}", ref, r, tom, h1, h2)
            # an evening activity on the line: 7 or 8 the evening's
            for act in ("dress rehearsal", "choir", "the quiz", "tech rehearsal starts"):
                for r, h1, h2 in [("7 till 10", 19, 22), ("8 till 11", 20, 23), ("7 to 10", 19, 22)]:
                    cases += _range_cases(f"{act} {w}, {r}", ref, r, tom, h1, h2)
    check(cases)


# --- a bare hour as the predicate of an evening's event (class 14) ---------------------------------------------------
PRED_FRAMES = ["the fireworks are {h} so get there early", "dinner is {h} now", "the gig's {h} tomorrow btw",
               "doors are {h}, don't be late"]


def test_bare_hour_predicate():
    cases = []
    for ref in REFS:
        for frame in PRED_FRAMES:
            for h, hh in (("7", 19), ("8", 20), ("6", 18), ("3", 15)):
                text = frame.format(h=h)
                day = ref + timedelta(days=1) if "tomorrow" in text else ref
                # (a clock time and its day right after it are one TIMEX3: "[3 tomorrow]")
                cases.append((text, ref, f"{h} tomorrow" if "tomorrow" in text else h, time_on(day, hh, 0)))
    check(cases)


# --- look-alikes: no time ----------------------------------------------------------------------------------------------
LOOK_ALIKES = [
    ("Saturday, we won 6-2", ["6", "2"]),
    ("sat 6-2 win for the lads", ["6", "2"]),
    ("Sunday was brutal, lost 3-1", ["3", "1"]),
    ("Saturday is on, ages 6-12 welcome", ["6", "12"]),
    ("Friday it is, 6-2 majority for the pub", ["6", "2"]),
    ("Boxing Day, 11-4 favourite in the 2.30", ["11", "4"]),
    ("Saturday is fine, 10-12 people max", ["10", "12"]),
    ("tomorrow, pages 10 to 14 please", ["10", "14"]),
    ("Saturday's game, 5-1 to us", ["5", "1"]),
    ("WED 18th 3-1 win at home", ["3", "1"]),
    ("she is 7 so she can come", ["7"]),
    ("we are 8 now, table for 8", ["8"]),
    ("the score is 3 so far", ["3"]),
    ("dinner is 8 quid", ["8"]),
    ("the price of dinner is 8", ["8"]),
    ("the fireworks are 10 minutes long", ["10"]),
    ("doors are 7-11 wide", ["7"]),
    ("mon is on, size 6-8 only", ["6", "8"]),
]


def test_look_alikes_untagged():
    bad = []
    for text, nums in LOOK_ALIKES:
        for ref in REFS:
            got = {found(text, ref, n) for n in nums} - {None}
            if got:
                bad.append((ref, text, got))
    assert not bad, bad[:20]


# --- the sentences docs/informal-time.md §99 quotes as done: each has its hours found --------------------------------
DOC_CASES = ["THU 19th 6-2", "SAT 21st 5-1 Ciara", "Mon 9th 6 - 2", "SAT 21st 5-1 Ciara / 11-9 Dev", "yes sun is on, 12-4 then",
             "Friday's fine, 10-3", "ok Wednesday works for me, 10 till 2", "Sam: Friday is good, 2-6",
             "so it's Tuesday week, 10-5", "Boxing Day 10-4", "Christmas Eve, 9-1", "bonfire night, 5 till 11",
             "Halloween 2-6", "tomorrow 10 to 4", "stall's booked for tmrw, 11 to 3", "dress rehearsal tomorrow, 7 till 10",
             "the quiz tmrw, 8 till 11", "the fireworks are 7 so get there early", "dinner is 8 now",
             "doors are 7, don't be late", "the gig's 8 tomorrow"]


def test_doc_quoted_cases_have_their_hours():
    from timeline_app.temporal import tag
    ref = date(2025, 10, 1)
    bad = [t for t in DOC_CASES if not any(x.timex_type == "TIME" for x in tag(t, ref))]
    assert not bad, bad
