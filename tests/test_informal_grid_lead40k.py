"""The lead's twelfth class of the thirty-ninth session (docs/informal-time.md §190): the day's last service runs late and
its first early. A clock time without am/pm in the clause of "last train", "final bus", "the last ferry" is the
evening's for an hour of 7-11 ("last train's at 11:52": 23:52), of "first bus", "the earliest train" the morning's for an
hour of 4-9 ("first bus is at 6.10": 06:10, not 18:10).

The sentences are this session's own; the days of writing every third day of two years."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check

REFS = [date(2024, 1, 1) + timedelta(days=3 * k) for k in range(244)]
LAST = ["last train's at {c}", "the last bus home leaves at {c} so don't be late", "final ferry's at {c} from the island",
        "last tram's at {c}"]
FIRST = ["first bus is at {c}", "getting the first train at {c}", "earliest ferry leaves at {c}"]


def cases():
    out = []
    for k, ref in enumerate(REFS):
        h, mi = 7 + k % 5, (13 * k + 2) % 60
        c = f"{h}:{mi:02d}" if k % 2 else f"{h}.{mi:02d}"
        out.append((LAST[k % len(LAST)].format(c=c), ref, c, ("TIME", f"{ref.isoformat()}T{h + 12:02d}:{mi:02d}")))
        h2 = 4 + k % 6
        c2 = f"{h2}:{mi:02d}" if k % 2 else f"{h2}.{mi:02d}"
        out.append((FIRST[k % len(FIRST)].format(c=c2), ref, c2, ("TIME", f"{ref.isoformat()}T{h2:02d}:{mi:02d}")))
    return out


def test_the_last_service_is_late_and_the_first_early():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 400
