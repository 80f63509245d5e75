"""The lead's seventh class of the thirty-eighth session (docs/informal-time.md §171): a year between "the" and a plural's
possessive before a noun in the singular names that year's event, "the 2022 men's game went on near 6 hours", "the
2019 women's final was better": a DATE of the year (rule year took "2022 men" for a count). A count stays one: "the
2000 children's books were donated" (the noun after it plural), "they fed 1500 men's families" (no "the").

The sentences are this session's own; the years 1950-2030, the days of writing the year after."""
from __future__ import annotations

from datetime import date

from gridcheck import check, check_untagged

FRAMES = ["the {y} men's game went on near 6 hours", "the {y} women's final was better tbh", "remember the {y} men's race?",
          "since the {y} ladies' match nobody's beaten them", "the {y} children's parade was rained off"]


def cases():
    out = []
    for y in range(1950, 2031):
        ref = date(y + 1, 3, 14)
        for k, frame in enumerate(FRAMES):
            if (y + k) % 2:
                continue
            out.append((frame.format(y=y), ref, str(y), ("DATE", str(y))))
    return out


def test_a_year_before_a_plurals_possessive_is_a_date():
    check(cases())


def test_counts_stay_counts():
    check_untagged([("the 2000 children's books were donated", ["2000"]), ("they fed 1500 men's families", ["1500"]),
                    ("the 1400 men's bodies were found", ["1400"])], [date(2024, 5, 1), date(2025, 1, 2)])


def test_the_grid_is_not_empty():
    assert len(cases()) > 150
