"""The lead's ninth class of the fortieth session (docs/informal-time.md §202): a holiday, then a copula or a verb of its
date and one or two words, then the year told ("Easter was early last year", "Christmas was quiet last year", "Easter
falls late next year"), is that year's holiday, whatever the tense would choose (as "Easter last year" already was).
Kept: "Christmas is coming and the tree from last year" ("and" between: another clause), "Easter was the best week of
last year" (an article between: the year is another phrase's).

The sentences are this session's own; the days of writing every third day of two years; the holidays' dates computed
from the calendar (Easter by dateutil)."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, easter

REFS = [date(2024, 1, 2) + timedelta(days=3 * k) for k in range(244)]
FRAMES = [("{h} was early last year", -1), ("{h} was quiet last year", -1), ("{h} falls late next year", 1),
          ("{h} is really early next year", 1), ("{h} felt really short last year", -1)]
HOLIDAYS = [("Easter", lambda y: easter(y)), ("Christmas", lambda y: date(y, 12, 25)), ("Halloween", lambda y: date(y, 10, 31)),
            ("New Year's Day", lambda y: date(y, 1, 1))]
KEPT = ["Christmas is coming and the tree from last year", "Easter was the best week of last year"]


def cases():
    out = []
    for k, ref in enumerate(REFS):
        frame, dy = FRAMES[k % len(FRAMES)]
        name, day = HOLIDAYS[k % len(HOLIDAYS)]
        out.append((frame.format(h=name), ref, name, ("DATE", day(ref.year + dy).isoformat())))
        if k % 4 == 0:
            text = KEPT[k % 2]
            out.append((text, ref, "last year", ("DATE", str(ref.year - 1))))
    return out


def test_a_holidays_year_said_after_its_predicate():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 250
