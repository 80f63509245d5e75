"""The lead's second class of the thirty-seventh session (docs/informal-time.md §156): a day then its clock in a chat's or
a post's register is two expressions (§141), and where the day is a part of a day ("couples' sunset paddle tonight 5pm
😉", "see u tonite 8pm!!", "@jen can you still do 2nite 7.30pm? lol") the part keeps its own TIMEX3, a TIME of that part
("2025-02-14TNI"), as "tonight" alone is, where the cut had made it the DATE of its day.

The sentences are this session's own; the days of writing every second day of two years; values from the calendar
here."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check

REFS = [date(2024, 1, 1) + timedelta(days=2 * k) for k in range(366)]
# (words, days from the day of writing, TIMEX3 part code)
# (a day and a part, "tomorrow night 8pm", is one expression still, cut by no rule: not this grid's)
PARTS = [("tonight", 0, "NI"), ("tonite", 0, "NI"), ("2nite", 0, "NI")]
CLOCKS = [("5pm", 17, 0, "NI"), ("8pm", 20, 0, "NI"), ("7.30pm", 19, 30, "EV"), ("9am", 9, 0, "MO"), ("10.30am", 10, 30, "MO"),
          ("2pm", 14, 0, "AF"), ("6pm", 18, 0, "EV")]
FRAMES = ["if you missed it, couples' sunset paddle {d} {c}, 2 spots left 😉",
          "ok see u {d} {c} at the hall!!",
          "@jen can you still do {d} {c}? lol",
          "Quiz is back {d} {c} 🍻 teams of 4"]


def cases():
    out = []
    for i, ref in enumerate(REFS):
        for j, (words, ahead, code) in enumerate(PARTS):
            if (i + j) % 2:
                continue
            fits = [c for c in CLOCKS if c[3] == code or (code == "NI" and c[3] == "EV")]
            clock, h, mi, _ = fits[(i + j) % len(fits)]
            day = ref + timedelta(days=ahead)
            text = FRAMES[(i + j) % len(FRAMES)].format(d=words, c=clock)
            out.append((text, ref, words, ("TIME", f"{day.isoformat()}T{code}")))
            out.append((text, ref, clock, ("TIME", f"{day.isoformat()}T{h:02d}:{mi:02d}")))
    return out


def test_a_part_of_the_day_cut_from_its_clock_keeps_its_part():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 1000
