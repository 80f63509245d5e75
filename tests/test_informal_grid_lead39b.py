"""The lead's second class of the thirty-eighth session (docs/informal-time.md §166): "till the Nth" read as the end of
a range that began at the date told before it ("from Dec 15th until the 2nd": the month after) only when its own
sentence names that start, or when the Nth of that month is already gone. A limit in a later sentence or message ("I'm
on nights till the 6th", written on the 3rd under a message that named Wednesday the 7th) is this month's Nth, the first
such day from the day of writing; it was the month after.

The sentences are this session's own; the days of writing every day of two years."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check

REFS = [date(2024, 1, 1) + timedelta(days=k) for k in range(731)]
ORD = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
LIMITS = ["I'm on nights till the {n}", "we're away until the {n} so count us out", "the shop's shut til the {n}, sorry",
          "Gran's staying till the {n} anyway"]


def _nth(n: int) -> str:
    return f"{n}{ORD.get(n, 'th')}"


def cases():
    out = []
    for k, ref in enumerate(REFS):
        later = ref + timedelta(days=4)          # the day the message before names
        limit = ref + timedelta(days=2)          # the limit: between the day of writing and that day, in its month
        if limit.month != later.month:
            continue
        first = f"The race is {WD[later.weekday()]} the {_nth(later.day)}, boathouse by 8."
        text = first + "\n\n" + LIMITS[k % len(LIMITS)].format(n=_nth(limit.day)) + "."
        out.append((text, ref, f"the {_nth(limit.day)}", ("DATE", limit.isoformat())))
        # the range its own sentence opens keeps the month after
        start = ref + timedelta(days=3)
        end_day = 2
        if start.day > 5:
            nxt = (start.replace(day=1) + timedelta(days=32)).replace(day=end_day)
            text2 = f"We're closed from the {_nth(start.day)} until the {_nth(end_day)} for the holidays."
            out.append((text2, ref, f"the {_nth(end_day)}", ("DATE", nxt.isoformat())))
    return out


def test_a_limit_in_a_later_sentence_is_this_months_day():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 600
