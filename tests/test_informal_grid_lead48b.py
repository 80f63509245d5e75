"""Lead, forty-seventh session (docs/informal-time.md §293): a run of days said with their weekdays and days of the month
goes on in the month of the day told just before. A booking's "Wednesday 15 March" over a plan's "- Thu 16th: long sail
/ - Fri 17th: back down the coast" is 16 and 17 March, not the nearest month whose 16th is a Thursday (February's, in
2023, and any month whose weekdays fall so nearer the day of writing). Kept: one to six days on from the day told, within
about three months of the day of writing.

The frames are this session's own (a boat trip's plan, a tour's itinerary, a course's week); the days of writing every
fourth day of two years; the trip's first day 20 to 80 days on; the values from the calendar."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import WEEKDAYS, check

REFS = [date(2023, 1, 2) + timedelta(days=4 * k) for k in range(183)]
FRAMES = [("Your booking is confirmed: {first}.\nRough plan:\n- {d1}: sail after 10, lunch on the island\n"
           "- {d2}: long sail north, we leave early\n- {d3}: snorkel and back down the coast\n"),
          ("Itinerary for the group, arriving {first}\n{d1} – walking tour of the old town\n{d2} – day trip to the falls\n"
           "{d3} – free day, market in the morning\n"),
          ("Course week starts {first}.\n* {d1}: module 2\n* {d2}: module 3 and quiz\n* {d3}: presentations\n")]


def _ord(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _short(d: date) -> str:
    return f"{WEEKDAYS[d.isoweekday() - 1][:3]} {_ord(d.day)}"


def cases():
    out = []
    for k, ref in enumerate(REFS):
        first = ref + timedelta(days=20 + (7 * k) % 61)
        if first.day > 24:
            first -= timedelta(days=7)
        frame = FRAMES[k % len(FRAMES)]
        days = [first + timedelta(days=j) for j in (1, 2, 3)]
        text = frame.format(first=f"{WEEKDAYS[first.isoweekday() - 1]} {first.day} {first.strftime('%B')}",
                            d1=_short(days[0]), d2=_short(days[1]), d3=_short(days[2]))
        for d in days:
            out.append((text, ref, _short(d), ("DATE", d.isoformat())))
    return out


def test_a_run_of_weekdays_and_days_goes_on_in_its_month():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 500
