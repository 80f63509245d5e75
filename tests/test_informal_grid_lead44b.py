"""The lead's second class of the forty-third session (docs/informal-time.md §235): "<holiday> is on a <weekday>",
"falls on a", "'s on a", and "it's on a <weekday> this year" right after a holiday is told: the weekday is that
holiday's day where the calendar agrees (in the year told beside it), not a habit of weekdays; where it does not agree
the weekday stays what it was ("Christmas falls on a Tuesday" of a year whose 25 December is a Monday is no date).

The sentences are this session's own; the days of writing every fifth day of three years; the holidays' days
computed from the calendar."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import WEEKDAYS, check

REFS = [date(2023, 1, 2) + timedelta(days=5 * k) for k in range(219)]
FIXED = [("Christmas Day", 12, 25), ("Canada Day", 7, 1), ("Anzac Day", 4, 25), ("Nunavut Day", 7, 9),
         ("New Year's Day", 1, 1), ("Waitangi Day", 2, 6)]
LINKS = ["is on a", "falls on a", "'s on a", "lands on a"]
TAILS = [" this year so we get a long weekend.", " this year, shops shut the Monday?", " this year 🙄"]


def cases():
    out = []
    for k, ref in enumerate(REFS):
        name, m, d = FIXED[k % len(FIXED)]
        day = date(ref.year, m, d)
        wd = WEEKDAYS[day.isoweekday() - 1]
        link, tail = LINKS[k % len(LINKS)], TAILS[k % len(TAILS)]
        out.append((f"Since {name} {link} {wd}{tail}", ref, wd, ("DATE", day.isoformat())))
        out.append((f"Since {name} {link} {wd}{tail}", ref, name, ("DATE", day.isoformat())))
        out.append((f"Loved {name} last year. EDIT: it's on a {wd}{tail}", ref, wd, ("DATE", day.isoformat())))
        other = WEEKDAYS[day.isoweekday() % 7]   # the weekday after: the calendar disagrees, so no date of it
        out.append((f"Since {name} {link} {other}{tail}", ref, other, ("SET", f"XXXX-WXX-{day.isoweekday() % 7 + 1}")))
    return out


def test_a_holidays_weekday_is_its_day():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 800
