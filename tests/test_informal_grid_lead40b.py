"""The lead's third class of the thirty-ninth session (docs/informal-time.md §181): Scots, Shetland and Irish "o" / "o'"
for "of" in a weekday's or a day's place in a month ("the last Tuesday o January", "the first Friday o' the month",
"last day o the year"), read as with "of" (rules nth_weekday_of, nth_day_of); "a cup o tea" and "o the things" stay
untagged.

The sentences are this session's own; the days of writing every third day of two years."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, nth_weekday

REFS = [date(2024, 1, 1) + timedelta(days=3 * k) for k in range(244)]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ORD = [("first", 1), ("second", 2), ("last", -1), ("third", 3)]
FRAMES = ["the bus runs as ever {e} so get your lifts sorted", "it's aye {e}, mind", "gala's {e} this year an aw"]


def cases():
    out = []
    for k, ref in enumerate(REFS):
        word, n = ORD[k % len(ORD)]
        wd = k % 7
        mon = 1 + (ref.month + k % 3) % 12
        year = ref.year + (mon < ref.month)
        of = ("o", "o'", "o’")[k % 3]
        expr = f"the {word} {WD[wd]} {of} {MONTHS[mon - 1]}"
        day = nth_weekday(year, mon, wd + 1, n)
        out.append((FRAMES[k % 3].format(e=expr), ref, expr, ("DATE", day.isoformat())))
        last = f"last day {of} the year"
        out.append((f"Hogmanay, {last} already", ref, last, ("DATE", f"{ref.year}-12-31")))
    return out


def test_scots_o_for_of_in_a_days_place_in_a_month():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 400
