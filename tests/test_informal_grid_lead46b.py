"""The lead's second class of the forty-fifth session (docs/informal-time.md §263): a day told after a time, in a clause
of its own that opens with a word of return ("Leaving 10am after the clean-up, back at work Tuesday", "Ferry at 7, home
Sunday"), is the return's day, not the time's: the time keeps its own reading (the day of writing), where the tagger had
put it on the return's day. A day told right after the time ("We will be leaving 10am Tuesday, back Friday") is still its day.

The sentences are this session's own; the days of writing every third day of three years, the other six weekdays each."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, next_weekday, other_weekdays

REFS = [date(2023, 1, 2) + timedelta(days=3 * k) for k in range(366)]
OPENERS = ["Leaving", "Checking out", "Ferry", "Bus out"]
RETURNS = ["back at work", "back", "home", "we're back", "then back home"]


def cases():
    out = []
    for k, ref in enumerate(REFS):
        h = 6 + k % 5
        for n, (wd, name) in enumerate(other_weekdays(ref)):
            if (k + n) % 2:
                continue
            op = OPENERS[(k + n) % len(OPENERS)]
            ret = RETURNS[(k + n) % len(RETURNS)]
            text = f"{op} at {h}am after the clean up, {ret} {name}."
            out.append((text, ref, f"{h}am", ("TIME", f"{ref.isoformat()}T{h:02d}:00")))
            # the day right after the time is its own
            day = next_weekday(ref, wd)
            text = f"We will be leaving {h}am {name}, back the week after."
            out.append((text, ref, f"{h}am {name}", ("TIME", f"{day.isoformat()}T{h:02d}:00")))
    return out


def test_a_return_day_is_not_the_times():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 1500
