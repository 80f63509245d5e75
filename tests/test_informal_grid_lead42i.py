"""The lead's ninth class of the forty-first session (docs/informal-time.md §215): a name spoken to right after "the
Nth" and before a comma ends the day's phrase ("5 left on the 22nd Kirsty, DM me", "see you on the 5th Dave, cheers",
"booked you in for the 14th Mags!"): the day of the month. Kept: "the 5th Battalion, then the 2nd Infantry" (the
ordinal's noun), "the 4th July, we had a party" (the month's own reading).

The sentences are this session's own; the days of writing every third day of two years."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, next_month_day, with_suffix

REFS = [date(2024, 1, 2) + timedelta(days=3 * k) for k in range(244)]
NAMES = ["Kirsty", "Dave", "Mags", "Siobhan", "Tane", "Kofi", "Priya"]
FRAMES = ["5 left on the {n} {who}, DM me", "see you on the {n} {who}, cheers", "booked you in for the {n} {who}!",
          "can we do the {n} {who}? I'm away before"]
NOT = ["he served in the {n} Battalion, then went home", "we drove up the {n} Avenue, then left",
       "she was in the {n} Grade, then moved"]


def cases():
    out = []
    for k, ref in enumerate(REFS):
        n = [3, 9, 14, 22, 27][k % 5]
        if abs(n - ref.day) <= 3:
            continue
        text = FRAMES[k % len(FRAMES)].format(n=with_suffix(n), who=NAMES[k % len(NAMES)])
        out.append((text, ref, f"the {with_suffix(n)}", ("DATE", next_month_day(ref, n).isoformat())))
        if k % 3 == 0:
            out.append((NOT[k % len(NOT)].format(n=with_suffix(n)), ref, f"the {with_suffix(n)}", None))
    return out


def test_a_name_spoken_to_after_the_day_of_the_month():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 200
