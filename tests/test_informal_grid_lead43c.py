"""The lead's third class of the forty-second session (docs/informal-time.md §222): "as" and a past participle of an
arrangement after a day ("Could we keep the room till Saturday as booked?", "See you Friday as planned") is a reduced
clause of the arrangement, no past of the day: the day to come stays to come. Kept: a past verb of the clause itself
("We met on Saturday as planned") still dates the day gone.

The sentences are this session's own; the days of writing every third day of two years."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, last_weekday, next_weekday, other_weekdays

REFS = [date(2024, 1, 1) + timedelta(days=3 * k) for k in range(244)]
FUTURE = ["Could we keep the room till {d} as booked?", "See you {d} as planned 👍", "Can you drop the van back {d} as agreed?",
          "We'll pick the keys up {d} as arranged", "I'll bring the cake {d} as promised x"]
PAST = ["We met on {d} as planned, lovely evening", "They delivered it {d} as promised, no fuss"]


def cases():
    out = []
    for k, ref in enumerate(REFS):
        for j, (wd, name) in enumerate(other_weekdays(ref)):
            if (k + j) % 3 == 0:
                text = FUTURE[(k + j) % len(FUTURE)].format(d=name)
                out.append((text, ref, name, ("DATE", next_weekday(ref, wd).isoformat())))
            elif (k + j) % 3 == 1 and j % 2 == 0:
                text = PAST[(k + j) % len(PAST)].format(d=name)
                out.append((text, ref, name, ("DATE", last_weekday(ref, wd).isoformat())))
    return out


def test_an_arrangements_participle_is_no_past_of_the_day():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 700
