"""The lead's third class of the thirty-seventh session (docs/informal-time.md §157): a year told right after a holiday,
"That was Easter last year when the road flooded", "Remembrance Day next year is a Monday", "Halloween last year was
wild": two DATEs as the blind annotators write them, and the holiday of the year said, where the holiday had been read
by the tense from the day of writing (this year's Easter for "last year").

The sentences are this session's own; the days of writing every fifth day of four years; the holidays' days from the
calendar here (gridcheck's helpers)."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, fixed, from_easter, nth

REFS = [date(2023, 1, 3) + timedelta(days=5 * k) for k in range(292)]
HOLIDAYS = [("Easter", from_easter(0)), ("Christmas", fixed(12, 25)), ("Halloween", fixed(10, 31)),
            ("Remembrance Day", fixed(11, 11)), ("Good Friday", from_easter(-2)), ("Boxing Day", fixed(12, 26)),
            ("Valentine's Day", fixed(2, 14)), ("Thanksgiving", nth(11, 4, 4)), ("Canada Day", fixed(7, 1)),
            ("St Patrick's Day", fixed(3, 17))]
FRAMES = [("That was {h} {r} year when the road flooded", {"last": -1}),
          ("{h} {r} year is on a weekday I think", {"next": 1}),
          ("we did the walk {h} {r} year and it was lovely", {"last": -1}),
          ("booked the cabin for {h} {r} year already!!", {"next": 1})]


def cases():
    out = []
    for i, ref in enumerate(REFS):
        name, day = HOLIDAYS[i % len(HOLIDAYS)]
        frame, rels = FRAMES[i % len(FRAMES)]
        rel, off = list(rels.items())[i % len(rels)]
        text = frame.format(h=name, r=rel)
        out.append((text, ref, name, ("DATE", day(ref.year + off).isoformat())))
        out.append((text, ref, f"{rel} year", ("DATE", str(ref.year + off))))
    return out


def test_a_holiday_takes_the_year_said_right_after_it():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 500
