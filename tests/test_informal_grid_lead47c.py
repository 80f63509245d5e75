"""Lead, forty-sixth session (docs/informal-time.md §280): a bare day of the month in a sentence that names another year
("Last year you had the apricot ones on the 23rd", "last year we were out till 9 on the 5th") is that day in the month
nearest the day of writing, in the year named: the tense (told in the past, of a day after the day of writing) says
nothing of the month when the year is another. Written on 22 December, "last year ... on the 23rd" is 23 December of
last year, not 23 November.

The frames are this session's own (a bakery's regular, a family's chat, a market's post); the days of writing every
third day of two years; the values from the calendar (the month of the day of writing, the one before or after,
whichever holds that day nearest)."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check

REFS = [date(2024, 1, 2) + timedelta(days=3 * k) for k in range(244)]

FRAMES = ["Last year you had the apricot ones on the {n} 😍 please say yes",
          "last year we were out on the boat on the {n}, remember?",
          "Last year the market ran on the {n} and it poured"]


def _suffix(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _nearest(ref: date, n: int) -> date | None:
    days = []
    for k in (-1, 0, 1):
        y, m = ref.year + (ref.month - 1 + k) // 12, (ref.month - 1 + k) % 12 + 1
        try:
            days.append(date(y, m, n))
        except ValueError:
            pass
    return min(days, key=lambda x: abs((x - ref).days)) if days else None


def cases():
    out = []
    for k, ref in enumerate(REFS):
        for n in (ref.day + 1, ref.day + 3, max(1, ref.day - 2)):
            if n > 28:
                continue
            near = _nearest(ref, n)
            want = date(ref.year - 1, near.month, n)
            text = FRAMES[k % 3].format(n=_suffix(n))
            out.append((text, ref, f"the {_suffix(n)}", ("DATE", want.isoformat())))
    return out


def test_a_day_of_the_month_in_a_year_named():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 500
