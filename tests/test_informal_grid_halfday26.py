"""The half of the day (and the form) of bare hours and four-digit times in informal writing (twenty-fifth session,
halfday26; docs/informal-time.md, the section on halfday26). The sentences are written for this file; every value is
computed here from the calendar (``gridcheck.next_weekday``, ``timedelta``), never read from the tagger.

- a day then the meal "dinner" ("wed dinner time", "tomorrow dinner", "friday dinnertime") in a text written in a
  voice where dinner is the midday meal (the North of England, Scotland, Ireland: the fresh README's convention,
  northern "dinner time" midday): one TIME at 12:00 of that day; in any other voice the day alone (as the readable
  golds write "[Thursday] lunch", "[Valentine's] dinner");
- being up or awake since a bare hour ("been up since 6 yesterday", "awake since 5 this morning"): the morning's;
- a four-digit 24-hour time after "on at" (a shift's start: "on at 1930 tonight", "I'm on at 2000 so can't"): a clock
  time, not a year; a bare hour then a weekday and "morning" ("til 8 sat morning") one TIME of that morning;
- a night shift written "1930-0800" after a shift's word: two clock times, the end on the next day;
- look-alikes stay as they were: years ("in 1930", "the 1930s", "since 2000"), a score, a room, a price, a count.
"""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from gridcheck import WEEKDAYS, check as _check, next_weekday
from timeline_app.temporal import tag

# every day of a week as the day of writing (Mon 2 June 2025 ..), a year end, a leap day, other years
REFS = [date(2025, 6, 2) + timedelta(days=i) for i in range(7)] + [date(2025, 12, 31), date(2024, 2, 29),
                                                                   date(2019, 3, 14), date(2022, 11, 5)]
SHORT = {"mon": 1, "tues": 2, "Wed": 3, "thurs": 4, "fri": 5, "sat": 6}
FULL = [(name, n) for n, name in enumerate(WEEKDAYS, 1)] + [(name.lower(), n) for n, name in enumerate(WEEKDAYS, 1)]
DAY_WORDS = FULL + list(SHORT.items())


def _t(day: date, h: int, mi: int = 0):
    return ("TIME", f"{day.isoformat()}T{h:02d}:{mi:02d}")


def _d(day: date):
    return ("DATE", day.isoformat())


# ---- a day's dinner where dinner is the midday meal --------------------------------------------------------------

NORTH_FRAMES = [   # a word of the voice in each ({e}: the expression)
    "questions to me by {e} hinny, ta",
    "aye {e} suits us, nowt else on",
    "can yous do {e}? our mam's got the bairns after",
    "{e} then lass. I'll bring the sarnies",
]
MEALS = ["dinner", "dinner time", "dinnertime"]


def test_day_dinner_in_a_northern_voice():
    cases = []
    for frame in NORTH_FRAMES:
        for meal in MEALS:
            for ref in REFS:
                for word, n in DAY_WORDS:
                    if n == ref.isoweekday():
                        continue
                    e = f"{word} {meal}"
                    cases.append((frame.format(e=e), ref, e, _t(next_weekday(ref, n), 12)))
                for word, k in (("tomorrow", 1), ("tmrw", 1)):
                    e = f"{word} {meal}"
                    cases.append((frame.format(e=e), ref, e, _t(ref + timedelta(days=k), 12)))
    _check(cases)


OTHER_FRAMES = [   # no word of that voice: "dinner" is the evening meal, the day is tagged alone
    "shall we do {e} at mine? I'll cook",
    "{e} with the in-laws, wish me luck",
]


def test_day_dinner_elsewhere_is_the_day_alone():
    """(the day's own direction in these verb-less or question frames is the weekday rule's, inherited: only the form
    is asked here, the day a DATE of its own and "dinner" outside it)"""
    bad = []
    for frame in OTHER_FRAMES:
        for ref in REFS:
            for word, n in FULL:
                if n == ref.isoweekday():
                    continue
                text = frame.format(e=f"{word} dinner")
                got = [(t.expression, t.timex_type) for t in tag(text, ref)]
                if (word, "DATE") not in got or any("dinner" in e for e, _ in got):
                    bad.append((ref, text, got))
    assert not bad, f"{len(bad)} wrong: {bad[:10]}"


# ---- up since an hour: the morning's ------------------------------------------------------------------------------

def test_up_since_an_hour_is_the_morning():
    cases = []
    for ref in REFS:
        for h in (4, 5, 6, 7, 8, 9):
            for frame, word, k in (("been up since {h} {w}. so tired", "yesterday", -1),
                                   ("cant sleep, been up since {h} {w}", "yesterday", -1),
                                   ("Been awake since {h} {w} and it's only lunch", "this morning", 0),
                                   ("up since {h} {w} with the baby x", "today", 0)):
                text = frame.format(h=h, w=word)
                cases.append((text, ref, f"{h} {word}", _t(ref + timedelta(days=k), h)))
    _check(cases)


def test_up_since_night_words_keep_the_night():
    cases = []
    for ref in REFS:
        for h in (9, 10, 11):
            cases.append((f"been up since {h} last night with this tooth", ref, f"{h} last night",
                          _t(ref - timedelta(days=1), h + 12)))
    _check(cases)


# ---- four digits after "on at": a shift's start -------------------------------------------------------------------

def test_on_at_four_digits_is_a_clock_time():
    cases = []
    for ref in REFS:
        for hhmm in ("1930", "2000", "1845", "2100", "1415"):
            h, mi = int(hhmm[:2]), int(hhmm[2:])
            for frame in ("I'm on at {t} so can't make it", "on at {t}, cover for me x", "she's on at {t} til late"):
                cases.append((frame.format(t=hhmm), ref, hhmm, _t(ref, h, mi)))
    _check(cases)


def test_hour_weekday_morning_is_one_time():
    cases = []
    for ref in REFS:
        for word, n in DAY_WORDS:
            if n == ref.isoweekday():
                continue
            day = next_weekday(ref, n)
            for h in (6, 7, 8, 9):
                for frame in ("on nights, til {h} {w} morning then bed", "working til {h} {w} morning x"):
                    cases.append((frame.format(h=h, w=word), ref, f"{h} {word} morning", _t(day, h)))
    _check(cases)


# ---- a night shift written 1930-0800 ------------------------------------------------------------------------------

def test_night_shift_four_digit_range():
    cases = []
    for ref in REFS:
        for a, b in (("1930", "0800"), ("2000", "0830"), ("2145", "0715"), ("1900", "0730")):
            for frame, k in (("on nights tonight, {a}-{b} ugh", 0), ("night shift tomorrow {a}-{b}", 1),
                             ("Nights {a}-{b} tonight so phone off", 0)):
                text = frame.format(a=a, b=b)
                day = ref + timedelta(days=k)
                cases.append((text, ref, a, _t(day, int(a[:2]), int(a[2:]))))
                cases.append((text, ref, b, _t(day + timedelta(days=1), int(b[:2]), int(b[2:]))))
    _check(cases)


# ---- look-alikes ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expr, want", [
    ("the house was built in 1930 by my great gran", "1930", ("DATE", "1930")),
    ("she was born in 1930, the year the pit opened", "1930", ("DATE", "1930")),
    ("the 1930s were grim round here", "the 1930s", ("DATE", "193")),
    ("they've been on at me since 2000 about it", "2000", ("DATE", "2000")),
    ("carried on at 2000 rpm for a bit", "2000", ("DATE", "2000")),
    ("put the thermostat on at 1930 degrees lol no", "1930", ("DATE", "1930")),
    ("room 1930 is on the left", "1930", None),
    ("it cost £1930 in the end", "1930", None),
    ("2000 people turned up on the night", "2000", None),
    ("the 1930-1945 period in the archive", "1930", ("DATE", "1930")),
    ("ref 2024-0521 on the letter", "2024", None),
    ("we lost 2-1 on sat, gutted", "2", None),
    ("been up since 2019 on that contract", "2019", ("DATE", "2019")),
])
def test_look_alikes(text, expr, want):
    ref = date(2025, 6, 4)
    got = next(((t.timex_type, t.timex_value) for t in tag(text, ref) if t.expression == expr), None)
    assert got == want, [(t.expression, t.timex_value) for t in tag(text, ref)]


# ---- the sentences the docs section quotes -------------------------------------------------------------------------

W = date(2025, 6, 4)   # a Wednesday


@pytest.mark.parametrize("text, expr, want", [
    ("aye, thurs dinner time suits us, nowt else on", "thurs dinner time", _t(date(2025, 6, 5), 12)),
    ("can yous do tomorrow dinner? our mam's got the bairns after", "tomorrow dinner", _t(date(2025, 6, 5), 12)),
    ("shall we do friday dinner at mine? I'll cook", "friday", _d(date(2025, 6, 6))),
    ("cant sleep, been up since 6 yesterday", "6 yesterday", _t(date(2025, 6, 3), 6)),
    ("I'm on at 1930 so can't make it", "1930", _t(W, 19, 30)),
    ("on nights, til 8 sat morning then bed", "8 sat morning", _t(date(2025, 6, 7), 8)),
    ("on nights tonight, 1930-0800 ugh", "0800", _t(date(2025, 6, 5), 8)),
    ("Been awake since 4 this morning and it's only lunch", "4 this morning", _t(W, 4)),
    ("been up since 9 last night with this tooth", "9 last night", _t(date(2025, 6, 3), 21)),
    ("she's on at 1845 til late", "1845", _t(W, 18, 45)),
    ("need it back by 6 friday evening", "6 friday evening", _t(date(2025, 6, 6), 18)),
    ("night shift tomorrow 2000-0830", "2000", _t(date(2025, 6, 5), 20)),
    ("night shift tomorrow 2000-0830", "0830", _t(date(2025, 6, 6), 8, 30)),
])
def test_quoted(text, expr, want):
    got = next(((t.timex_type, t.timex_value) for t in tag(text, W) if t.expression == expr), None)
    assert got == want, [(t.expression, t.timex_value) for t in tag(text, W)]
