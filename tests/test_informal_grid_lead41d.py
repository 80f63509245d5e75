"""The lead's fourth class of the fortieth session (docs/informal-time.md §197): two days of the month said as
alternatives or as a correction, each "the Nth" ("is it the 2nd or the 3rd?", "Is it definitely the 1st and not the
31st?", "so the 12th rather than the 14th?"): the first is a day of the month too (it was left untagged where no word
before it asked for a day), the second the such day nearest the first. Kept: "the 1st or 2nd team" (no "the" before the
second), "the 2nd or the 3rd to finish" is not asked here (a rank: the tagger's reading of "was the 2nd" is older).

The sentences are this session's own; the days of writing every third day of two years."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, next_month_day, with_suffix

REFS = [date(2024, 1, 2) + timedelta(days=3 * k) for k in range(244)]
FRAMES = ["is it the {a} or the {b}?", "Is it definitely the {a} and not the {b}?", "so the {a} rather than the {b}?",
          "wait is the party the {a} or the {b}?", "hang on, the {a} or the {b}? x"]
PAIRS = [(1, 2), (2, 3), (12, 14), (5, 6), (20, 21), (9, 10), (15, 16), (26, 27), (3, 4), (18, 19)]




def _nearest(first: date, n: int) -> date:
    cands = []
    for dm in (-1, 0, 1):
        y, mo = first.year, first.month + dm
        if mo == 0:
            y, mo = y - 1, 12
        if mo == 13:
            y, mo = y + 1, 1
        cands.append(date(y, mo, n))
    return min(cands, key=lambda c: abs((c - first).days))


def cases():
    out = []
    for k, ref in enumerate(REFS):
        a, b = PAIRS[k % len(PAIRS)]
        if ref.day in (a, b):
            continue
        text = FRAMES[k % len(FRAMES)].format(a=with_suffix(a), b=with_suffix(b))
        first = next_month_day(ref, a)
        out.append((text, ref, f"the {with_suffix(a)}", ("DATE", first.isoformat())))
        out.append((text, ref, f"the {with_suffix(b)}", ("DATE", _nearest(first, b).isoformat())))
    return out


def test_the_first_of_two_days_of_the_month_said_as_alternatives():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 400
