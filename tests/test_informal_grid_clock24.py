"""Clock times right after a noun, no preposition between (twenty-third session, late round, clock24;
docs/informal-time.md, the section on clock24). The sentences are written for this file; every value is computed
here from the calendar (``date``, ``timedelta``), never read from the tagger.

- a dotted or colon time after the noun of an appointment or a start: "dentist 11.15", "tmrw start 7.30 instead",
  "sunrise 8.06", "physio 2:45, bring the letter": that time on the day told on the line (or a day heading the list
  right above), else the day of writing; 1-6 the afternoon's, 12 noon, 7-11 the morning's unless a word of the
  evening is near;
- after a meal's noun only where a range or a word of assent or of a day follows: "lunch 12.30-1.15", "tea 5.30
  tmrw?", "dinner 7.30 then?" (a range's two ends two TIMEs, as "12-3" is read);
- never a price, a count, a rating, a distance, a version or a score: "tea 2.50, coffee 3.10", "breakfast 7.50 pp",
  "start 1.25 per hour", "dentist 3.5 miles away", "doctor 4.5 stars", "update to v2.1", "we won 3.1".
"""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from gridcheck import check as _check
from timeline_app.temporal import tag

# every day of a week as the day of writing (Mon 2 June 2025 ..), month and year ends, a leap day, other years
REFS = [date(2025, 6, 2) + timedelta(days=i) for i in range(7)] + [
    date(2025, 3, 31), date(2025, 12, 31), date(2024, 2, 29), date(2026, 1, 24), date(2027, 8, 1), date(2024, 12, 30),
    date(2023, 10, 28)]

# (as written, hour 0-23 it means, minute): 1-6 the afternoon's, 12 noon, 7-11 the morning's
TIMES = [("11.15", 11, 15), ("2.45", 14, 45), ("9:40", 9, 40), ("4:30", 16, 30), ("12.10", 12, 10), ("8.05", 8, 5),
         ("7.30", 7, 30), ("1:20", 13, 20), ("10.50", 10, 50)]

NOUN_FRAMES = ["dentist {t} (cannot move it again)", "- physio {t}, bring the letter", "doctor {t}, then straight to work",
               "appt {t} at the clinic", "Jo: hairdresser {t} so I'll be late", "registration {t}, don't be late",
               "haircut {t} with Kim", "vet {t}, the cat's jabs"]


def _value(day: date, h: int, mi: int) -> tuple[str, str]:
    return ("TIME", f"{day.isoformat()}T{h:02d}:{mi:02d}")


def test_time_after_an_appointment_noun_on_the_day_of_writing():
    _check([(frame.format(t=t), ref, t, _value(ref, h, mi))
            for frame in NOUN_FRAMES for t, h, mi in TIMES for ref in REFS])


TOMORROW_FRAMES = ["tmrw start {t} instead, we need the whole block done", "tomorrow:\n- dentist {t}\n- emails",
                   "tmrw\n- physio {t}\n- pick up the parcel", "today\n- doctor {t}\n- finish the report"]


def test_time_after_a_noun_under_a_day_word():
    cases = []
    for frame in TOMORROW_FRAMES:
        for t, h, mi in TIMES:
            for ref in REFS:
                day = ref if frame.startswith("today") else ref + timedelta(days=1)
                cases.append((frame.format(t=t), ref, t, _value(day, h, mi)))
    _check(cases)


def test_start_in_the_evening():
    # a word of the evening near keeps a start of 7-11 in the evening
    cases = []
    for ref in REFS:
        for t, h, mi in [("7.30", 19, 30), ("8:15", 20, 15), ("9.45", 21, 45)]:
            cases.append((f"quiz start {t} at the pub, drinks after", ref, t, _value(ref, h, mi)))
            cases.append((f"rehearsal {t} then dinner after", ref, t, _value(ref, h, mi)))
    _check(cases)


def test_sunrise_stays_in_the_morning():
    _check([(f"Tomorrow high tide is 07:42, sunrise {t}, so we'll go in after", ref, t,
             _value(ref + timedelta(days=1), h, mi))
            for ref in REFS for t, h, mi in [("8.06", 8, 6), ("7:51", 7, 51), ("6.58", 6, 58)]])


MEAL_RANGES = [("12.30-1.15", (12, 30), (13, 15)), ("11.45-12.30", (11, 45), (12, 30)), ("1-2.15", None, None),
               ("12.15-1", (12, 15), (13, 0)), ("5.30-6.30", (17, 30), (18, 30)), ("11.15-11.45", (11, 15), (11, 45))]


def test_meal_range_with_minutes():
    cases = []
    for ref in REFS:
        for r, a, b in MEAL_RANGES:
            if a is None:
                continue   # no minutes on the first end: rule bare_hour's and the range rules' ground, not this one
            x, y = r.split("-")
            for frame, day in [("lunch {r} in the staff room", ref), ("tmrw lunch {r}, then the site visit", ref + timedelta(days=1)),
                               ("kids' lunch {r} in the hall", ref)]:
                text = frame.format(r=r)
                cases.append((text, ref, x, _value(day, *a)))
                cases.append((text, ref, y, _value(day, *b)))
    _check(cases)


def test_meal_time_with_assent_or_a_day_after():
    cases = []
    for ref in REFS:
        cases.append(("tea 5.30 tmrw?", ref, "5.30 tmrw", _value(ref + timedelta(days=1), 17, 30)))
        cases.append(("dinner 7.30 then?", ref, "7.30", _value(ref, 19, 30)))
        cases.append(("breakfast 8.15 tomorrow, then we drive", ref, "8.15 tomorrow", _value(ref + timedelta(days=1), 8, 15)))
        cases.append(("lunch 1.30 works for me", ref, "1.30", _value(ref, 13, 30)))
    _check(cases)


NOT_TIMES = [
    "tea 2.50, coffee 3.10, cake 3.75",            # a menu's prices
    "lunch 8.50 and a drink included",
    "lunch 4.50, dinner 7.95",
    "breakfast 7.50 pp",
    "dinner 12.50 each",
    "lunch £8.50 at the cafe",
    "start 1.25 per hour for the first week",
    "dentist 3.5 miles away from here",
    "doctor 4.5 stars on the reviews",
    "the dentist 2.30 km down the road",
    "update to v2.1 at the start",
    "we won 3.1 at the start",
    "start 2.10 goals a game so far",
    "tickets £4.50 at the start",
    "start 3.20 mins of warm up",
    "vet 3.40 quid for the worming tablets",
    "the start 10.30% higher than last year",
    "breakfast 6.50 a head",
    "tea 4.30 and a slice of cake for 2.10",
]


@pytest.mark.parametrize("text", NOT_TIMES)
def test_look_alikes_stay_untagged(text):
    for ref in REFS[:3] + REFS[-2:]:
        found = [(t.expression, t.timex_type) for t in tag(text, ref) if t.timex_type == "TIME"]
        assert not found, (ref, text, found)


def test_bare_hour_after_the_noun_is_no_business_of_this_rule():
    """No minutes: "dentist 3" may be a count ("dentist 3 times"): no TIME of rule noun_clock."""
    ref = date(2025, 6, 4)
    for text in ["dentist 3 times this year", "doctor 2 weeks ago", "start 4 of them today"]:
        assert not [t for t in tag(text, ref) if t.rule == "noun_clock"], text


def test_quoted_sentences():
    """The sentences docs/informal-time.md quotes for this rule, said on Wednesday 4 June 2025."""
    ref = date(2025, 6, 4)
    tmrw = ref + timedelta(days=1)
    _check([("dentist 11.15 (cannot move it again)", ref, "11.15", _value(ref, 11, 15)),
            ("- physio 2:45, bring the letter", ref, "2:45", _value(ref, 14, 45)),
            ("appt 9:40 at the clinic", ref, "9:40", _value(ref, 9, 40)),
            ("registration 8.05, don't be late", ref, "8.05", _value(ref, 8, 5)),
            ("tmrw start 7.30 instead, we need the whole block done", ref, "7.30", _value(tmrw, 7, 30)),
            ("quiz start 7.30 at the pub, drinks after", ref, "7.30", _value(ref, 19, 30)),
            ("rehearsal 7.30 then dinner after", ref, "7.30", _value(ref, 19, 30)),
            ("Tomorrow high tide is 07:42, sunrise 8.06, so we'll go in after", ref, "8.06", _value(tmrw, 8, 6)),
            ("lunch 12.30-1.15 in the staff room", ref, "1.15", _value(ref, 13, 15)),
            ("tmrw lunch 12.30-1.15, then the site visit", ref, "12.30", _value(tmrw, 12, 30)),
            ("kids' lunch 12.30-1.15 in the hall", ref, "12.30", _value(ref, 12, 30)),
            ("doctor 11.15-11.45", ref, "11.45", _value(ref, 11, 45)),
            ("tea 5.30 tmrw?", ref, "5.30 tmrw", _value(tmrw, 17, 30)),
            ("dinner 7.30 then?", ref, "7.30", _value(ref, 19, 30)),
            ("lunch 1.30 works for me", ref, "1.30", _value(ref, 13, 30))])
