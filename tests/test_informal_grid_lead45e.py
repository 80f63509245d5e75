"""The lead's fifth class of the forty-fourth session (docs/informal-time.md §252): "the first Monday of the month" with no
one month told ("Lunch club first Monday of the month", "the clinic is the first Tuesday of the month", "we're still the
second Saturday of the month at the hall") is a standing day of every month, a SET (XXXX-WXX-n, as "of every month");
after a word of one occasion in its clause ("next sale is the first Saturday of the month", "was", "this", "by") it is
that one day (a DATE), and "the last Friday of the month" (pay days, deadlines) stays one date.

The sentences are this session's own; the days of writing every fifth day of three years."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import WEEKDAY, check, nth_weekday

REFS = [date(2023, 1, 2) + timedelta(days=5 * k) for k in range(219)]
ORD = [("first", 1), ("second", 2), ("third", 3), ("fourth", 4)]
STANDING = ["Lunch club is {x}, 12.30 for 1pm.", "The flying doctor clinic is {x} so it can wait.",
            "We're still {x} at the library, 10-1.", "Quiz night happens {x}, all welcome"]
ONE = ["Next table sale is {x}.", "This car boot is {x}, weather permitting."]


def _one_day(ref: date, n: int, wd: int) -> date:
    """The n-th such weekday of the month of writing, or of the next month once it is past."""
    d = nth_weekday(ref.year, ref.month, wd, n)
    if d >= ref:
        return d
    y, m = (ref.year + 1, 1) if ref.month == 12 else (ref.year, ref.month + 1)
    return nth_weekday(y, m, wd, n)


def cases():
    out = []
    for k, ref in enumerate(REFS):
        word, n = ORD[k % len(ORD)]
        wd = 1 + (k * 3) % 7
        x = f"the {word} {WEEKDAY[wd - 1]} of the month"
        out.append((STANDING[k % len(STANDING)].format(x=x), ref, x, ("SET", f"XXXX-WXX-{wd}")))
        if nth_weekday(ref.year, ref.month, wd, n) >= ref:
            # (one occasion's day while the month's is still ahead; a month's day gone is read as before: this month's)
            out.append((ONE[k % len(ONE)].format(x=x), ref, x, ("DATE", _one_day(ref, n, wd).isoformat())))
    return out


def test_a_weekday_of_the_month_is_a_standing_day():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 300
