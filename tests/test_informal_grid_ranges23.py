"""A day's range of bare hours with words between the day and the range (twenty-second session, late round, ranges23;
docs/informal-time.md, the section on ranges23): "Saturday we're fully booked 7-9", "Mon drop-in 10-1", "sat morning
we're open 9-12", "Thursday the hall is free 2-4". The sentences are written for this file; every value is computed
here from the calendar (``gridcheck.next_weekday`` / ``last_weekday``), never read from the tagger.

The day opens its clause (a line, a chat's "Name:", a sentence), at most four words follow it on the same line with no
punctuation, then a word of opening, booking or being free (lexicon ``day_range_cues``) right before the range: the two
ends are times of that day, read as rule day_hour_range reads "Sat 10-1" (an hour below 7 an afternoon one, a later end
past its start), not from 7 or 8, a morning's or an evening's start (a restaurant's "fully booked 7-9" is the evening):
those hours are left unread, the day still found. Told in the past ("Saturday we were fully booked 10-1") the day is the last one and its hours with it.
Scores, ages, counts, prices, pages and chapters stay untagged.
"""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from gridcheck import WEEKDAYS, check as _check, found as _found, last_weekday, next_weekday

# every day of a week as the day of writing (Mon 2 June 2025 ..), month and year ends, a leap day, other years
REFS = [date(2025, 6, 2) + timedelta(days=i) for i in range(7)] + [
    date(2025, 3, 31), date(2025, 12, 31), date(2024, 2, 29), date(2026, 1, 24), date(2027, 8, 1), date(2024, 12, 30)]

# the day's words: full names, title-case and lower-case short ones (the loose English words among them)
SHORT = {"Mon": 1, "Tues": 2, "wed": 3, "Thurs": 4, "fri": 5, "sat": 6, "Sat": 6, "sun": 7}
DAY_WORDS = [(name, n) for n, name in enumerate(WEEKDAYS, 1)] + list(SHORT.items())

# (range as written, first hour, last hour), hours of the day (1-6 without am/pm: the afternoon's)
RANGES = [("10-1", 10, 13), ("2-4", 14, 16), ("9-12", 9, 12), ("9 till 12", 9, 12), ("11-3", 11, 15),
          ("9.30-11", 9, 11), ("1-5", 13, 17)]
# from 7 or 8 a range is a morning's or an evening's ("fully booked 7-9": a restaurant's evening): its hours stay unread
AMBIGUOUS = [("7-9", "7"), ("8-10", "8"), ("8.30-10", "8.30"), ("7 till 11", "7")]
# the frames no earlier rule reads such a dashed range in: after "open" or "working" rule bare_hour reads "7-9" as the
# morning's, and rule till_range_start "7 till 11" (earlier sessions' readings, left as they are)

PLAN_FRAMES = [
    "{d} we're fully booked {r}",
    "{d} drop-in {r}",
    "{d} the hall is free {r}",
    "Jo: {d} we're open {r} if you need anything",
    "thanks all. {d} I'm working {r}, so can't do it",
    "{d} morning we're open {r}",
    "{d} the surgery is closed {r}",
]
LEFT_FRAMES = PLAN_FRAMES[:3] + PLAN_FRAMES[6:]
PAST_FRAMES = [
    "{d} we were fully booked {r}",
    "{d} the hall was free {r} but nobody came",
]


def _cases(frames, side):
    cases = []
    for frame in frames:
        for r, h1, h2 in RANGES:
            a, b = r.replace(" till ", "-").split("-")
            m1 = 30 if "." in a else 0
            for ref in REFS:
                for word, n in DAY_WORDS:
                    if n == ref.isoweekday():
                        continue   # today or a week away: not what this grid asks
                    if "morning" in frame and h1 >= 12:
                        continue
                    day = side(ref, n)
                    text = frame.format(d=word, r=r)
                    cases.append((text, ref, a, ("TIME", f"{day.isoformat()}T{h1:02d}:{m1:02d}")))
                    cases.append((text, ref, b, ("TIME", f"{day.isoformat()}T{h2:02d}:00")))
    return cases


@pytest.mark.parametrize("frame", PLAN_FRAMES)
def test_range_after_words_is_the_coming_days(frame):
    _check(_cases([frame], next_weekday))


@pytest.mark.parametrize("frame", PLAN_FRAMES)
def test_the_day_itself_is_found(frame):
    cases = []
    for ref in REFS:
        for word, n in DAY_WORDS:
            if n == ref.isoweekday():
                continue
            text = frame.format(d=word, r="10-1")
            want = ("TIME", f"{next_weekday(ref, n).isoformat()}TMO") if "morning" in frame else ("DATE", next_weekday(ref, n).isoformat())
            cases.append((text, ref, f"{word} morning" if "morning" in frame else word, want))
    _check(cases)


@pytest.mark.parametrize("frame", PLAN_FRAMES)
def test_morning_or_evening_start_is_left(frame):
    # the day is still the coming one; the hours, 7-9 in the morning or the evening, are not guessed
    cases = []
    for ref in REFS:
        for word, n in DAY_WORDS:
            if n == ref.isoweekday() or "morning" in frame:
                continue
            for r, a in AMBIGUOUS:
                text = frame.format(d=word, r=r)
                cases.append((text, ref, word, ("DATE", next_weekday(ref, n).isoformat())))
                if frame in LEFT_FRAMES and "-" in r:
                    cases.append((text, ref, a, None))
    _check(cases)


@pytest.mark.parametrize("frame", PAST_FRAMES)
def test_range_in_a_past_clause_is_the_last_days(frame):
    # full names only: a short weekday in a past clause is read by rule short_weekday's own tests
    cases = [c for c in _cases([frame], last_weekday) if c[0].split()[0] in WEEKDAYS]
    assert cases
    _check(cases)


# look-alikes: a score, an age, a count, a price, a page, a chapter, a cue that is not right before the range
@pytest.mark.parametrize("text, word", [
    ("Saturday we won 3-1", "3"),
    ("Saturday we won 10-1", "10"),
    ("Mon's game finished 2-2", "2"),
    ("Mon the match finished 10-2", "10"),
    ("Saturday the club is for kids 7-9", "7"),
    ("Saturday we need 10-12 volunteers", "10"),
    ("Saturday we're booked 10-12 people", "10"),
    ("Saturday tickets are free £10-12", "10"),
    ("Saturday read pages 10-12", "10"),
    ("Sunday's reading is Luke 10-12", "10"),
    ("Saturday we won 3-1, we're open 9-12 next week", "9"),
    ("Tuesday we're free, the score was 2-4", "2"),
    ("we're fully booked 7-9 on the whole", "7"),
])
def test_look_alikes_stay_untagged(text, word):
    for ref in REFS:
        got = _found(text, ref, word)
        assert got is None, (ref, text, got)


# ---- the sentences docs/informal-time.md quotes, literally, on a Wednesday (4 June 2025) ---------------------
WED = date(2025, 6, 4)
SAT, MON, THU, LAST_SAT = next_weekday(WED, 6), next_weekday(WED, 1), next_weekday(WED, 4), last_weekday(WED, 6)


@pytest.mark.parametrize("text, expr, want", [
    ("Saturday we're fully booked 7-9", "Saturday", ("DATE", SAT.isoformat())),
    ("Saturday we're fully booked 7-9", "7", None),
    ("Saturday we're fully booked 10-1", "1", ("TIME", f"{SAT.isoformat()}T13:00")),
    ("Mon drop-in 10-1", "1", ("TIME", f"{MON.isoformat()}T13:00")),
    ("Mon drop-in 10-1", "Mon", ("DATE", MON.isoformat())),
    ("sat morning we're open 9-12", "12", ("TIME", f"{SAT.isoformat()}T12:00")),
    ("Thursday the hall is free 2-4", "2", ("TIME", f"{THU.isoformat()}T14:00")),
    ("Saturday we were fully booked 10-1", "10", ("TIME", f"{LAST_SAT.isoformat()}T10:00")),
    ("Saturday we won 3-1", "3", None),
    ("Saturday we need 10-12 volunteers", "10", None),
])
def test_quoted_examples(text, expr, want):
    assert _found(text, WED, expr) == want, (text, expr)


# left (docs): the cue not right before the range, a colon between; the day is still the coming one. "Friday I'm free
# 9-11" is read as the morning's (a range from 9: the convention of "Sat 10-1", weak where an evening is meant)
@pytest.mark.parametrize("text, expr, want", [
    ("Saturday we're open for lunch 12-3", "Saturday", ("DATE", SAT.isoformat())),
    # (hours24) a meal is a cue now: the hours are read (tests/test_informal_grid_hours24.py)
    ("Saturday we're open for lunch 12-3", "12", ("TIME", f"{SAT.isoformat()}T12:00")),
    ("Tues: we're closed 12-1", "Tues", ("DATE", next_weekday(WED, 2).isoformat())),
    ("Friday I'm free 9-11", "9", ("TIME", f"{next_weekday(WED, 5).isoformat()}T09:00")),
])
def test_left_and_weak_cases(text, expr, want):
    assert _found(text, WED, expr) == want, (text, expr)
