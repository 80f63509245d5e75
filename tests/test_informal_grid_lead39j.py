"""The lead's tenth class of the thirty-eighth session (docs/informal-time.md §174): the first or last day of a month or
a year, "the last day of the month", "the first day of next month", "Last day o' the year", "the last day of February",
"first day of next year": one DATE of that day, as "the last working day of the month" already was (rule
nth_working_day_of). Before, only "the month"/"the year" was found, or nothing. Not "the first day of school" (no month
or year: §'s other rules).

The sentences are this session's own; the days of writing every fifth day of four years (leap Februaries)."""
from __future__ import annotations

import calendar
from datetime import date, timedelta

from gridcheck import check

REFS = [date(2023, 1, 3) + timedelta(days=5 * k) for k in range(292)]
FRAMES = ["Rent's due on {p}, don't forget", "{P} 🎆 forecast is gales", "we're away from {p} so sort it before"]
REL = {"the": 0, "this": 0, "next": 1, "last": -1}


def _month(ref: date, off: int) -> tuple[int, int]:
    k = ref.year * 12 + ref.month - 1 + off
    return k // 12, k % 12 + 1


def cases():
    out = []
    for k, ref in enumerate(REFS):
        rel = list(REL)[k % 4]
        first = k % 3 == 0
        word = ("first" if first else "last")
        frame = FRAMES[k % len(FRAMES)]
        unit = ("month", "year")[k % 2]
        phrase = f"the {word} day of {rel} {unit}" if rel != "the" else f"the {word} day of the {unit}"
        if unit == "month":
            y, m = _month(ref, REL[rel])
            day = date(y, m, 1 if first else calendar.monthrange(y, m)[1])
        else:
            y = ref.year + REL[rel]
            day = date(y, 1, 1) if first else date(y, 12, 31)
        text = frame.format(p=phrase, P=phrase[0].upper() + phrase[1:])
        expr = phrase if not frame.startswith("{P}") else phrase[0].upper() + phrase[1:]
        out.append((text, ref, expr, ("DATE", day.isoformat())))
    return out


def test_the_first_or_last_day_of_a_month_or_year():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 250
