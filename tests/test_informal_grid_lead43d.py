"""The lead's fourth class of the forty-second session (docs/informal-time.md §223): "Sunday week", "Friday week" (the
weekday a week after the next one) before an equals sign or a dash, as a chat asks which day it is ("Sunday week = 1st
Feb?") or sighs after it ("Friday week – can't wait"). Kept: "Friday week-end" is no "Friday week".

The sentences are this session's own; the days of writing every third day of two years."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, next_weekday, other_weekdays

REFS = [date(2025, 1, 2) + timedelta(days=3 * k) for k in range(244)]
FRAMES = ["{d} week = the {n}th? just checking", "{d} week – can't wait!!", "Priya N: {d} week = {n} {mon}? to be sure",
          "ok so {d} week — the bbq at ours"]


def cases():
    out = []
    for k, ref in enumerate(REFS):
        for j, (wd, name) in enumerate(other_weekdays(ref)):
            if (k + j) % 2:
                continue
            day = next_weekday(ref, wd) + timedelta(days=7)
            text = FRAMES[(k + j) % len(FRAMES)].format(d=name, n=day.day, mon=day.strftime("%b"))
            out.append((text, ref, f"{name} week", ("DATE", day.isoformat())))
        if k % 5 == 0:
            out.append(("Friday week-end plans anyone?", ref, "Friday week", None))
    return out


def test_a_weekday_a_week_on_before_an_equals_sign_or_a_dash():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 700
