"""The lead's third class of the forty-first session (docs/informal-time.md §209): "the whole day", "the entire day",
"a whole day" are the length of a day (DURATION P1D), as "all day". Kept: "the whole day of the match", "the entire day
before" (a day named, no length of its own).

The sentences are this session's own; the days of writing every seventh day of two years."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check

REFS = [date(2024, 1, 3) + timedelta(days=7 * k) for k in range(105)]
FRAMES = ["Public holiday Pete, {p}. Tell him from me 😂", "it rained {p} and we sat in the van",
          "spent {p} at the beach with the kids, knackered", "we'll be at the show {p} tomorrow, come find us"]
PHRASES = ["the whole day", "the entire day", "a whole day"]
KEPT = [("we spent the whole day of the wedding dancing", "the whole day"), ("the entire day before was rain", "the entire day")]


def cases():
    out = []
    for k, ref in enumerate(REFS):
        p = PHRASES[k % len(PHRASES)]
        out.append((FRAMES[k % len(FRAMES)].format(p=p), ref, p, ("DURATION", "P1D")))
        if k % 3 == 0:
            text, expr = KEPT[k % 2]
            out.append((text, ref, expr, None))
    return out


def test_a_whole_day_is_a_day_long():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 120
