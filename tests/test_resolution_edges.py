"""Resolution at calendar edges: year and month boundaries, ISO weeks 53 and 1, leap days,
month ends, and the reference date being the weekday named.

Same check as the corpus (tests/test_tagger_corpus.py): some Timex overlapping the
expression has this type and value and this interval (16-character or 10-character
prefix of the ISO timestamps).
"""
from __future__ import annotations

import pytest

from test_tagger_corpus import check

N = "narrative"
# id, text, reference date, expression, type, value, start, end[, mode]
EDGES = [
    # leap days and month ends
    ("yesterday-leap-2000", "Markets were closed yesterday.", "2000-03-01",
     "yesterday", "DATE", "2000-02-29", "2000-02-29", "2000-03-01"),
    ("yesterday-no-leap-1900", "The decree was signed yesterday.", "1900-03-01",
     "yesterday", "DATE", "1900-02-28", "1900-02-28", "1900-03-01"),
    ("yesterday-no-leap-2023", "Heavy rain fell yesterday across the region.", "2023-03-01",
     "yesterday", "DATE", "2023-02-28", "2023-02-28", "2023-03-01"),
    ("feb-29-ahead", "The vote is set for Feb. 29.", "2024-02-10",
     "Feb. 29", "DATE", "2024-02-29", "2024-02-29", "2024-03-01"),
    ("this-month-on-leap-day", "Prices rose sharply this month.", "2024-02-29",
     "this month", "DATE", "2024-02", "2024-02-01", "2024-03-01"),
    ("month-after-jan-31", "The first payment was made on Jan. 31, 2023, and the second one month later.", "2023-06-01",
     "one month later", "DATE", "2023-02", "2023-02-01", "2023-03-01", N),
    ("month-after-jan-31-leap", "The first payment was made on Jan. 31, 2024, and the second one month later.", "2024-06-01",
     "one month later", "DATE", "2024-02", "2024-02-01", "2024-03-01", N),
    ("next-day-leap", "The storm hit on Feb. 28, 2024. The next day, schools stayed closed.", "2024-06-01",
     "The next day", "DATE", "2024-02-29", "2024-02-29", "2024-03-01", N),
    ("next-day-no-leap", "The storm hit on Feb. 28, 2023. The next day, schools stayed closed.", "2023-06-01",
     "The next day", "DATE", "2023-03-01", "2023-03-01", "2023-03-02", N),
    ("days-later-month-end", "The ceasefire began on Jan. 30, 2023. Two days later, it collapsed.", "2023-06-01",
     "Two days later", "DATE", "2023-02-01", "2023-02-01", "2023-02-02", N),
    # year boundaries
    ("tomorrow-new-year", "The new tax applies from tomorrow.", "2023-12-31",
     "tomorrow", "DATE", "2024-01-01", "2024-01-01", "2024-01-02"),
    ("last-month-across-year", "Car sales fell last month.", "2024-01-15",
     "last month", "DATE", "2023-12", "2023-12-01", "2024-01-01"),
    ("next-month-across-year", "The plant will close next month.", "2023-12-05",
     "next month", "DATE", "2024-01", "2024-01-01", "2024-02-01"),
    ("past-december-in-january", "Exports fell in December, the ministry said.", "2023-01-05",
     "December", "DATE", "2022-12", "2022-12-01", "2023-01-01"),
    ("future-january-in-december", "The trial will open in January.", "2022-12-20",
     "January", "DATE", "2023-01", "2023-01-01", "2023-02-01"),
    ("last-year-on-jan-1", "Profits doubled last year.", "2000-01-01",
     "last year", "DATE", "1999", "1999-01-01", "2000-01-01"),
    ("following-year-2000", "The company was founded in 1999. The following year, it went public.", "2020-06-01",
     "The following year", "DATE", "2000", "2000-01-01", "2001-01-01", N),
    ("future-weekday-across-year", "The court will rule on Monday.", "2022-12-30",
     "Monday", "DATE", "2023-01-02", "2023-01-02", "2023-01-03"),
    ("past-weekday-across-year", "The company said on Friday it would appeal.", "2023-01-02",
     "Friday", "DATE", "2022-12-30", "2022-12-30", "2022-12-31"),
    ("tonight-new-years-eve", "Fireworks will light up the harbour tonight.", "2022-12-31",
     "tonight", "TIME", "2022-12-31TNI", "2022-12-31T21:00", "2023-01-01T06:00"),
    ("minute-before-new-year", "The deadline passed at 11:59 p.m.", "2022-12-31",
     "11:59 p.m.", "TIME", "2022-12-31T23:59", "2022-12-31T23:59", "2023-01-01T00:00"),
    ("night-across-month", "Fighting broke out on Friday night.", "2023-04-01",
     "Friday night", "TIME", "2023-03-31TNI", "2023-03-31T21:00", "2023-04-01T06:00"),
    ("half-past-noon", "The verdict was read at 12:30 p.m.", "2022-09-10",
     "12:30 p.m.", "TIME", "2022-09-10T12:30", "2022-09-10T12:30", "2022-09-10T12:31"),
    # ISO weeks
    ("last-week-is-w53", "Deaths rose last week, officials said.", "2016-01-04",
     "last week", "DATE", "2015-W53", "2015-12-28", "2016-01-04"),
    ("this-week-w53-in-january", "Most offices are closed this week.", "2021-01-01",
     "this week", "DATE", "2020-W53", "2020-12-28", "2021-01-04"),
    ("this-week-2026-w53", "Most offices are closed this week.", "2027-01-01",
     "this week", "DATE", "2026-W53", "2026-12-28", "2027-01-04"),
    ("next-week-after-w53", "Schools reopen next week.", "2015-12-31",
     "next week", "DATE", "2016-W01", "2016-01-04", "2016-01-11"),
    ("this-week-w01-in-december", "Shops are expected to be busy this week.", "2024-12-31",
     "this week", "DATE", "2025-W01", "2024-12-30", "2025-01-06"),
    ("last-weekend-w53", "Crowds gathered in the square last weekend.", "2021-01-04",
     "last weekend", "DATE", "2020-W53-WE", "2021-01-02", "2021-01-04"),
    ("next-week-from-sunday", "The minister will visit next week.", "2022-09-11",
     "next week", "DATE", "2022-W37", "2022-09-12", "2022-09-19"),
    ("last-week-from-sunday", "The minister visited last week.", "2022-09-11",
     "last week", "DATE", "2022-W35", "2022-08-29", "2022-09-05"),
    ("this-weekend-on-sunday", "Heavy rain fell this weekend.", "2022-09-11",
     "this weekend", "DATE", "2022-W36-WE", "2022-09-10", "2022-09-12"),
    ("this-weekend-on-monday", "Heavy rain is forecast this weekend.", "2022-09-12",
     "this weekend", "DATE", "2022-W37-WE", "2022-09-17", "2022-09-19"),
    # the reference date is the weekday named
    ("next-monday-on-monday", "The talks resume next Monday.", "2022-09-12",
     "next Monday", "DATE", "2022-09-19", "2022-09-19", "2022-09-20"),
    ("last-monday-on-monday", "The minister resigned last Monday.", "2022-09-12",
     "last Monday", "DATE", "2022-09-05", "2022-09-05", "2022-09-06"),
    ("past-monday-on-monday", "The minister resigned on Monday.", "2022-09-12",
     "Monday", "DATE", "2022-09-12", "2022-09-12", "2022-09-13"),
    ("past-sunday-on-sunday", "The vote took place on Sunday.", "2022-09-11",
     "Sunday", "DATE", "2022-09-11", "2022-09-11", "2022-09-12"),
    ("future-monday-on-sunday", "Talks will resume on Monday.", "2022-09-11",
     "Monday", "DATE", "2022-09-12", "2022-09-12", "2022-09-13"),
    ("future-friday-on-thursday", "The new law takes effect on Friday.", "2022-12-29",
     "Friday", "DATE", "2022-12-30", "2022-12-30", "2022-12-31"),
    # quarters, seasons, decades
    ("current-fourth-quarter", "Sales are expected to pick up in the fourth quarter.", "2022-11-01",
     "the fourth quarter", "DATE", "2022-Q4", "2022-10-01", "2023-01-01"),
    ("this-winter-in-december", "Gas shortages are feared this winter.", "2022-12-10",
     "this winter", "DATE", "2023-WI", "2022-12-01", "2023-03-01"),
    ("this-winter-in-january", "Heating bills have soared this winter.", "2023-01-15",
     "this winter", "DATE", "2023-WI", "2022-12-01", "2023-03-01"),
    ("the-2000s", "Growth was strong in the 2000s.", "2019-06-27",
     "the 2000s", "DATE", "200", "2000-01-01", "2010-01-01"),
    # the ends of the calendar
    ("tomorrow-year-9999", "The archive opens tomorrow.", "9998-12-31",
     "tomorrow", "DATE", "9999-01-01", "9999-01-01", "9999-01-02"),
    ("yesterday-year-1", "The archive opened yesterday.", "0001-01-02",
     "yesterday", "DATE", "0001-01-01", "0001-01-01", "0001-01-02"),
]


@pytest.mark.parametrize("row", EDGES, ids=[r[0] for r in EDGES])
def test_edge(row):
    _, text, ref, expr, typ, value, start, end, *mode = row
    exp = {"expr": expr, "type": typ, "value": value, "start": start, "end": end}
    matched, _, _, message = check(text, ref, mode[0] if mode else "auto", exp)
    assert matched, "\n" + message
