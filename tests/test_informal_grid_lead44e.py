"""The lead's fifth class of the forty-third session (docs/informal-time.md §241): Caribbean English and creole "nex"
for "next", "las" for "last" and "dat" for "that" before a period or a weekday, as "dis" for "this" (§192): "We reach
nex week Tuesday", "Rain all las week", "las Friday was too wet", "Traffic going to be crazy dat week" (the week of the
day told before it). "Las Vegas" and Spanish "las" before a noun stay what they are.

The sentences are this session's own; the days of writing every fourth day of three years; the weeks and weekdays
computed from the calendar."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, last_weekday, next_weekday, other_weekdays


def _week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


REFS = [date(2023, 1, 3) + timedelta(days=4 * k) for k in range(274)]


def cases():
    out = []
    for k, ref in enumerate(REFS):
        wd, name = other_weekdays(ref)[k % 6]
        out.append((f"We reach nex week, bring di cooler", ref, "nex week", ("DATE", _week(ref + timedelta(days=7)))))
        out.append((f"Rain all las week, di yard flood", ref, "las week", ("DATE", _week(ref - timedelta(days=7)))))
        out.append((f"We going nex {name} if di boat run", ref, f"nex {name}", ("DATE", next_weekday(ref, wd).isoformat())))
        out.append((f"las {name} was too wet fi go", ref, f"las {name}", ("DATE", last_weekday(ref, wd).isoformat())))
        out.append((f"Cousin married las year in Las Vegas", ref, "las year", ("DATE", str(ref.year - 1))))
        day = ref + timedelta(days=10 + k % 20)
        out.append((f"I reach on {day.day} {day.strftime('%B')}. Traffic going to be crazy dat week so doh complain",
                    ref, "dat week", ("DATE", _week(day))))
        out.append((f"Cousin married las year in Las Vegas", ref, "Las Vegas", None))
    return out


def test_creole_next_last_and_that():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 1500
