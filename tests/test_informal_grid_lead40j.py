"""The lead's eleventh class of the thirty-ninth session (docs/informal-time.md §189): a notice's state participle after
the noun opening its clause and right before a weekday ("reminder: office closed Saturday", "Pool shut Thursday", "Shop
closed Sunday, back Monday") is the state to come, no past: the next such weekday. Kept past: a subject or an auxiliary
("we closed Saturday early", "the road was closed Saturday"), a determiner's report ("The school closed Monday after a
gas leak"), a past verb later in the clause ("Schools closed Monday as the storm hit").

The sentences are this session's own; the days of writing every second day of two years."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, last_weekday, next_weekday

REFS = [date(2024, 1, 1) + timedelta(days=2 * k) for k in range(366)]
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
AHEAD = ["reminder: office closed {d}", "Pool shut {d} for cleaning", "Shop closed {d}, back the day after",
         "FYI - library closed {d}", "Brian: office closed {d}"]
GONE = ["we closed {d} early because of the storm", "the road was closed {d} after the crash",
        "The school closed {d} after a gas leak", "Schools closed {d} as the storm hit"]


def cases():
    out = []
    for k, ref in enumerate(REFS):
        wd = 1 + (ref.isoweekday() + 1 + k % 5) % 7
        if wd == ref.isoweekday():
            continue
        name = WD[wd - 1]
        out.append((AHEAD[k % len(AHEAD)].format(d=name), ref, name, ("DATE", next_weekday(ref, wd).isoformat())))
        out.append((GONE[k % len(GONE)].format(d=name), ref, name, ("DATE", last_weekday(ref, wd).isoformat())))
    return out


def test_a_notices_closed_before_a_weekday_is_to_come():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 600
