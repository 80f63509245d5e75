"""The lead's third class of the thirty-eighth session (docs/informal-time.md §167): a lower-case "sun" after a word that
makes it the noun ("3 days of sun last week", "the sun last week was lovely", "we had sun last week"), and "sat"/"wed"
after their subject ("we sat last week"), are no weekday of the week named after them: the week alone is the expression
(rule weekday_of_week read "sun last week" as the Sunday). "sun last week was mad busy", "lets do sun next week" stay
the weekday.

The sentences are this session's own; the days of writing every second day of two years."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, last_weekday

REFS = [date(2024, 1, 2) + timedelta(days=2 * k) for k in range(366)]
NOUN = ["3 days of sun {r} week and that's our summer", "we had sun {r} week at least", "the sun {r} week was lovely",
        "plenty sun {r} week, rain since", "I sat {r} week with the kids in the park", "we sat {r} week for hours in A&E"]
DAY = ["sun {r} week was mad busy at the stall", "ok lets do sun {r} week", "sat {r} week I was at the match",
       "can we move it to wed {r} week?"]
WD = {"sun": 6, "sat": 5, "wed": 2}


def _week(ref: date, off: int) -> str:
    y, w, _ = (ref + timedelta(weeks=off)).isocalendar()
    return f"{y}-W{w:02d}"


def cases():
    out = []
    for k, ref in enumerate(REFS):
        rel, off = (("last", -1), ("next", 1))[k % 2]
        noun = NOUN[k % len(NOUN)].format(r=rel)
        out.append((noun, ref, f"{rel} week", ("DATE", _week(ref, off))))
        day = DAY[k % len(DAY)].format(r=rel)
        wd = next(w for w in WD if f"{w} {rel}" in day)
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=off)
        out.append((day, ref, f"{wd} {rel} week", ("DATE", (monday + timedelta(days=WD[wd])).isoformat())))
    return out


def test_a_noun_or_a_verb_before_last_week_is_no_weekday():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 500
