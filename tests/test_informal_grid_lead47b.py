"""Lead, forty-sixth session (docs/informal-time.md §275): a dated running order's list of clock times. Under a day
named on its line ("Today (Tues):", "Tomorrow:", "Sat 14th:", "Friday 3 May:"), a list of clocks joined by commas,
"&", "/", "and", "or" is that day's clocks, each of them, the first with no cue word before it too ("normal trips, 9:30,
11:30, 2"); an item of an hour alone is a clock after an h:mm and where its clause ends or another item follows (1-6
the afternoon's). Kept: a list with no day named before it on its line is left to the habit's and timetable's rules;
paces and verses ("Splits 7:45, 7:32, 7:20") are no clocks; "at 9:30, 2 kids with me" counts kids.

The frames are this session's own (a boat trip's page, a school's notice, a bus company's post); the days of writing
every fifth day of two years; the days and hours from the calendar."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, check_untagged, time_on

REFS = [date(2024, 1, 3) + timedelta(days=5 * k) for k in range(146)]

LISTS = [("normal trips, 9:30, 11:30, 2", [("9:30", 9, 30), ("11:30", 11, 30), ("2", 14, 0)]),
         ("departures 8:15, 10:45 and 1:30", [("8:15", 8, 15), ("10:45", 10, 45), ("1:30", 13, 30)]),
         ("tours at 9:00, 11:00 & 3:00 only", [("11:00", 11, 0), ("3:00", 15, 0)]),
         ("pick-ups 7:40 / 8:10 / 8:40", [("7:40", 7, 40), ("8:10", 8, 10), ("8:40", 8, 40)]),
         ("runs at 10am, 12:30 and 4", [("12:30", 12, 30), ("4", 16, 0)])]


def cases():
    out = []
    for k, ref in enumerate(REFS):
        frame, items = LISTS[k % len(LISTS)]
        tomorrow = ref + timedelta(days=1)
        for head, day in ((f"Today ({ref.strftime('%a')}):", ref), ("Tomorrow:", tomorrow)):
            text = f"Update from the wharf 👇\n{head} {frame}\nSee you on board!\n"
            for expr, h, mi in items:
                out.append((text, ref, expr, time_on(day, h, mi)))
    return out


def test_a_dated_running_orders_list_of_clocks():
    check(cases())


def test_paces_verses_and_counts_stay_untagged():
    check_untagged([("Today: splits 7:45, 7:32, 7:20 on the hill reps", ["7:32", "7:20"]),
                    ("Today's reading is John 3:16, 3:17 and 4:2", ["3:17"]),
                    ("Tomorrow we meet at 9:30, 2 kids with me", ["2"])], REFS[::10])


def test_the_grid_is_not_empty():
    assert len(cases()) > 600
