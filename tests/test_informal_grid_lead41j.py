"""The lead's tenth class of the fortieth session (docs/informal-time.md §203): Caribbean English and creole "de", "di",
Scots and Shetland "da" for "the" before a day of the month with its ordinal suffix ("the Heritage Feast on de 17th",
"see you on da 3rd") is the day of the month as after "the". Kept: no suffix, no day ("de 17 mars" is French).

The sentences are this session's own; the days of writing every third day of two years."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, next_month_day, with_suffix

REFS = [date(2024, 1, 2) + timedelta(days=3 * k) for k in range(244)]
FRAMES = ["see you on {a} {n}", "we're back on {a} {n} x", "is de party on {a} {n}?", "we go see Grandma on {a} {n}"]
ARTS = ["de", "da", "di"]
DAYS = [3, 9, 12, 17, 21, 26]




def cases():
    out = []
    for k, ref in enumerate(REFS):
        n = DAYS[k % len(DAYS)]
        if ref.day == n:
            continue
        a = ARTS[k % len(ARTS)]
        text = FRAMES[k % len(FRAMES)].format(a=a, n=with_suffix(n))
        out.append((text, ref, f"{a} {with_suffix(n)}", ("DATE", next_month_day(ref, n).isoformat())))
        if k % 5 == 0:
            out.append(("rendez-vous le 17 de mars", ref, "17", None))
    return out


def test_a_dialect_article_before_a_day_of_the_month():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 200
