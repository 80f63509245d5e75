"""The lead's fifth class of the thirty-eighth session (docs/informal-time.md §169): a range of standing hours with a
morning's word right before it, "Breakfast 6:30 to 9 daily", "brekkie served 5.30-10 weekdays": the first hour of 4-6
is the morning's (rule office_hours_set took any first hour below 7 as the afternoon's: 18:30 to 21:00), and "daily" is
a SET of its own, as after "open 5-11 daily". An evening's word keeps the evening ("dinner 6 to 9 daily").

The sentences are this session's own; the hours every quarter from 4:00 to 6:45, the days of writing every 9th day."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check

REFS = [date(2024, 1, 1) + timedelta(days=9 * k) for k in range(82)]
MORNING = ["Breakfast {a} to {b} daily", "brekkie served {a}-{b} weekdays", "Breakfast is {a} - {b} daily, ask for the porridge"]
EVENING = ["Dinner {a} to {b} daily", "dinner served {a}-{b} weekdays"]


def _clock(h: int, mi: int, sep: str) -> str:
    return f"{h}{sep}{mi:02d}" if mi else str(h)


def cases():
    out = []
    for k, ref in enumerate(REFS):
        for j, (h, mi) in enumerate((h, q) for h in (4, 5, 6) for q in (0, 15, 30, 45)):
            sep = (":", ".")[(k + j) % 2]
            a, b = _clock(h, mi, sep), str(h + 3 + (k + j) % 4)
            frame = MORNING[(k + j) % len(MORNING)]
            text = frame.format(a=a, b=b)
            out.append((text, ref, a, ("TIME", f"XXXX-XX-XXT{h:02d}:{mi:02d}")))
            out.append((text, ref, b, ("TIME", f"XXXX-XX-XXT{int(b):02d}:00")))
            if "daily" in text:
                out.append((text, ref, "daily", ("SET", "P1D")))
            ev = EVENING[(k + j) % len(EVENING)].format(a=a, b=str(h + 3))
            out.append((ev, ref, a, ("TIME", f"XXXX-XX-XXT{h + 12:02d}:{mi:02d}")))
    return out


def test_a_morning_word_keeps_the_standing_hours_in_the_morning():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 2000
