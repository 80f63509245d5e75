"""The lead's fourth class of the thirty-ninth session (docs/informal-time.md §182): a clock time whose own clause tells
of no past, followed by a clause of its own that tells of a day gone ("Ice fishing at 4 then, holes are already drilled
from yesterday", "Dinner at 7, I bought the fish yesterday", "Kick off at 3, we trained on Monday"), is not on that
day: the day after it belongs to the other clause, and the time stays on the day of writing. A day in the time's own
clause ("kick off at 3 on Monday"), or both clauses in the past ("we left at 7, got there yesterday"), keep the day.

The sentences are this session's own; the days of writing every second day of two years."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check

REFS = [date(2024, 1, 1) + timedelta(days=2 * k) for k in range(366)]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
APART = [("Ice fishing at {h} then, holes are already drilled from {d}", 4, 16),
         ("Dinner at {h}, I bought the fish {d}", 7, 19),
         ("Kick off at {h}, we trained hard {d}", 3, 15),
         ("quiz starts at {h} sharp, we booked the table {d}", 8, 20)]
KEPT = [("we left at {h}pm, got there {d}", 7), ("we got home at {h}am, the party was {d}", 2)]


def cases():
    out = []
    for k, ref in enumerate(REFS):
        frame, h, hh = APART[k % len(APART)]
        if k % 2:
            dword, _ = "yesterday", ref - timedelta(days=1)
        else:
            wd = 1 + (ref.isoweekday() + 2 + k % 4) % 7
            if wd == ref.isoweekday():
                wd = wd % 7 + 1
            dword = f"last {WEEKDAYS[wd - 1]}"
        out.append((frame.format(h=h, d=dword), ref, str(h), ("TIME", f"{ref.isoformat()}T{hh:02d}:00")))
        kept, kh = KEPT[k % len(KEPT)]
        text = kept.format(h=kh, d="yesterday")
        got = (ref - timedelta(days=1)).isoformat()
        hour = kh + 12 if "pm" in text else kh
        out.append((text, ref, f"{kh}{'pm' if 'pm' in text else 'am'}", ("TIME", f"{got}T{hour:02d}:00")))
    return out


def test_a_day_gone_in_a_later_clause_is_not_the_times_day():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 700
