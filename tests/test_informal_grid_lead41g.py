"""The lead's seventh class of the fortieth session (docs/informal-time.md §200): a month in a clause that tells a habit
is the month of no one year (XXXX-MM), as after "usually" already: after "mostly" ("We're mostly booked Saturdays May to
September"), "every year" ("Every year we go in July"), and a habit of the past told with "used to" ("used to be
October back in NSW"). Kept dated: a month told once ("we went in July": the last one; "we're going in July": the next).

The sentences are this session's own; the days of writing every third day of two years."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import MONTH_NAMES, check

REFS = [date(2024, 1, 2) + timedelta(days=3 * k) for k in range(244)]
MONTHS = ["January", "February", "April", "July", "September", "October", "November", "December"]
HABIT = ["We're mostly booked Saturdays in {m} so a Sunday is easier", "Every year we go in {m}",
         "it used to be {m} back in NSW", "we used to go up in {m} when the kids were small",
         "Each year the ferry stops in {m}"]


def cases():
    out = []
    for k, ref in enumerate(REFS):
        name = MONTHS[k % len(MONTHS)]
        mo = MONTH_NAMES.index(name) + 1
        if mo == ref.month:
            continue
        out.append((HABIT[k % len(HABIT)].format(m=name), ref, name, ("DATE", f"XXXX-{mo:02d}")))
        gone = ref.year if mo < ref.month else ref.year - 1
        out.append((f"we went in {name}", ref, name, ("DATE", f"{gone}-{mo:02d}")))
        ahead = ref.year if mo > ref.month else ref.year + 1
        out.append((f"we're going in {name}", ref, name, ("DATE", f"{ahead}-{mo:02d}")))
    return out


def test_a_month_in_a_habits_clause_is_of_no_one_year():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 600
