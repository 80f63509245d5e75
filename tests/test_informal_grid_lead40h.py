"""The lead's ninth class of the thirty-ninth session (docs/informal-time.md §187): an SMS app's day divider alone on its
line, a weekday's date, a dot and the clock ("Thursday, August 28 • 10:30 PM", Google Messages; "Fri, Aug 29 · 7:02
AM"), is one TIME, as a phone's "Mon, Jun 19 at 4:12 PM" already was (§ thirty-first session), and the messages under it
count from its day. A date and a clock apart in running text ("Thursday, August 28 • doors 10:30 PM") stay apart.

The dividers are this session's own; the days of writing every day of a year, the divider 1 to 6 days back."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check

REFS = [date(2025, 1, 1) + timedelta(days=k) for k in range(365)]
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
       "December"]


def cases():
    out = []
    for k, ref in enumerate(REFS):
        day = ref - timedelta(days=1 + k % 6)
        h, mi = 1 + k % 12, (7 * k) % 60
        half = "AM" if k % 2 else "PM"
        hh = h % 12 + (12 if half == "PM" else 0)
        if k % 3 == 0:
            head = f"{WD[day.weekday()]}, {MON[day.month - 1]} {day.day} • {h}:{mi:02d} {half}"
        else:
            head = f"{WD[day.weekday()][:3]}, {MON[day.month - 1][:3]} {day.day} · {h}:{mi:02d} {half}"
        text = f"{head}\nMum: did you get the bus ok? eat something tomorrow\nMe: yes reached\n"
        out.append((text, ref, head, ("TIME", f"{day.isoformat()}T{hh:02d}:{mi:02d}")))
        out.append((text, ref, "tomorrow", ("DATE", (day + timedelta(days=1)).isoformat())))
    return out


def test_an_sms_day_divider_with_a_dot_is_one_time():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 700
