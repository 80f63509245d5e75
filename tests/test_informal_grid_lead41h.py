"""The lead's eighth class of the fortieth session (docs/informal-time.md §201): a year told as when, then only a copula
(and "it") before a month, is that year's month ("last year was mid June too", "Last year was August, this year it's
July", "next year it's May apparently"), a month that is also a word ("August", "May", "March", "June") included: the
copula's predicate is the month. Kept: a clause that says more of the year before its month reads as before ("last
year was rough, in June we moved": no year of the clause for June).

The sentences are this session's own; the days of writing every fourth day of two years."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import MONTH_NAMES, check

REFS = [date(2024, 1, 3) + timedelta(days=4 * k) for k in range(183)]
MONTHS = ["January", "March", "May", "June", "August", "October", "December", "April"]
FRAMES = [("last year was {mod}{m} too", -1), ("last year it was {mod}{m}", -1), ("Last year was {mod}{m}, this year it's later", -1),
          ("next year it's {mod}{m} apparently", 1), ("next year it will be {mod}{m}", 1)]
MODS = ["", "mid ", "early ", "late "]


def cases():
    out = []
    for k, ref in enumerate(REFS):
        name = MONTHS[k % len(MONTHS)]
        mo = MONTH_NAMES.index(name) + 1
        frame, dy = FRAMES[k % len(FRAMES)]
        mod = MODS[k % len(MODS)]
        out.append((frame.format(m=name, mod=mod), ref, f"{mod}{name}", ("DATE", f"{ref.year + dy}-{mo:02d}")))
    return out


def test_a_years_copula_then_a_month_is_that_years_month():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 150
