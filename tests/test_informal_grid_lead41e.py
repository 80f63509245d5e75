"""The lead's fifth class of the fortieth session (docs/informal-time.md §198): a clock time right after a weekday with
its day of the month ("Normal swims start again Saturday 4th 8am, then every Saturday as usual", "Choir's back Tues
13th 7.30pm and every week after") is that day's, one TIME with it, though the sentence names a habit too (as after a
date: "lessons restart 14 Jan 4pm, then every other Tues"). Kept: a weekday alone keeps the habit's reading ("open
Sat 9-12 every week" is no one Saturday's hours).

The sentences are this session's own; the days of writing every day of two years, the days 2-12 days ahead."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, with_suffix

REFS = [date(2024, 1, 1) + timedelta(days=k) for k in range(731)]
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SHORT = ["Mon", "Tues", "Wed", "Thurs", "Fri", "Sat", "Sun"]
FRAMES = ["Normal swims start again {d} {c}, then every {w} as usual", "Choir's back {d} {c} and every {w} after that",
          "Club nights resume {d} {c}, then every {w} till Easter", "Reminder: training restarts {d} {c}, every {w} from then on"]
CLOCKS = [("8am", 8, 0), ("7.30pm", 19, 30), ("10:15am", 10, 15), ("6pm", 18, 0), ("9.45am", 9, 45)]
NOT_DAYS = ["open {s} 9-12 every week", "Pool's open {s} 9-12 every week"]



def cases():
    out = []
    for k, ref in enumerate(REFS):
        day = ref + timedelta(days=2 + k % 11)
        names = WD if k % 2 else SHORT
        w = WD[day.isoweekday() - 1]
        d = f"{names[day.isoweekday() - 1]} {with_suffix(day.day)}"
        c, h, mi = CLOCKS[k % len(CLOCKS)]
        text = FRAMES[k % len(FRAMES)].format(d=d, c=c, w=w)
        out.append((text, ref, f"{d} {c}", ("TIME", f"{day.isoformat()}T{h:02d}:{mi:02d}")))
        if k % 3 == 0:
            neg = NOT_DAYS[k % len(NOT_DAYS)].format(s=SHORT[day.isoweekday() - 1])
            out.append((neg, ref, "9", ("TIME", "XXXX-XX-XXT09:00")))
    return out


def test_a_clock_after_a_weekday_and_its_day_of_the_month_is_that_days():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 900
