"""The lead's tenth class of the forty-first session (docs/informal-time.md §216): "Independence weekend", "Independence
long weekend" with no preposition before it, in a text of a nation that keeps an Independence Day ("We'll be back
Independence weekend with the cousins" in a Swakopmund review; Lagos, Nairobi, Accra ...), is the weekend of that
day, as "Independence Day weekend". Kept: no nation named, no day ("Independence weekend sale").

The sentences are this session's own; the days of writing every fourth day of two years."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, iso_week

REFS = [date(2024, 1, 1) + timedelta(days=4 * k) for k in range(183)]
PLACES = [("Swakopmund", 3, 21), ("Lagos", 10, 1), ("Accra", 3, 6), ("Nairobi", 12, 12)]
FRAMES = ["{p} crew, anyone around {w} this year?", "We'll be back {w} with the cousins 🙂 ({p})",
          "{p}: the shop is shut {w}, sorry"]


def cases():
    out = []
    for k, ref in enumerate(REFS):
        p, mo, d = PLACES[k % len(PLACES)]
        w = ["Independence weekend", "Independence long weekend"][k % 2]
        day = date(ref.year, mo, d)
        if abs((day - ref).days) < 20:
            continue   # near the day, this year's one either way; the frames' tense is not what is asked
        if day < ref:
            day = date(ref.year + 1, mo, d)
        frame = FRAMES[k % len(FRAMES)]
        if day.year != ref.year and "this year" in frame:
            frame = FRAMES[1]
        if day.year != ref.year:
            continue   # the year a tenseless holiday takes is the reference's: not this class
        # (a day on a Monday ends the weekend before it, as "Memorial Day weekend")
        wk = day - timedelta(days=1) if day.isoweekday() == 1 else day
        out.append((frame.format(p=p, w=w), ref, w, ("DATE", iso_week(wk) + "-WE")))
        if k % 5 == 0:
            out.append(("Independence weekend sale, 20% off everything", ref, "Independence weekend", None))
    return out


def test_independence_weekend_is_the_weekend_of_the_day():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 100
