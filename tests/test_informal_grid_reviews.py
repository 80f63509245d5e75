"""Review pages' stamps as a GRID (fourteenth session, reviews; docs/informal-time.md, the reviews section).

A review page read on day R shows each review and each owner's reply under a stamp: a day ("Reviewed 14 Sept
2025", "Reviewed in the United Kingdom on 5 May 2025", "Last edited: 1 November") or a distance back from the
day the page was read ("Posted 3 weeks ago", "Response from the owner, 2 days ago", "Salon reply - yesterday").
TimeML anchors a relative expression on the time its words were written: under a stamp, the stamp's day S,
not R. The expected values are computed here from the calendar (never from the tagger):

- a past report under a day stamp: "yesterday" is S - 1, "last <weekday>" the last one before S;
- under "N weeks ago" (S = R - 7N) and "a month ago" (S = the day a month before R), a day of the month
  told in the past ("We went on the 3rd") is the last such day on or before S, told 2-9 days before S
  (a stamp "N weeks ago" is a week wide: a day told further back than the stamp's own slack is certain;
  one in the slack is not tested);
- a reply's plan ("See you on Friday!") under "N days ago" is the next such weekday after S;
- an update under the stamp ("UPDATE, 2 months on:", "Edit (3 days later):", "Updated review") was written
  later, when is not known beyond the day the page was read: its words count from R again;
- not a stamp: the word inside a sentence ("We posted it yesterday.", "Posted it yesterday."), or the
  day not ending its line ("Reviewed on Monday by the whole team") counts from R;
- two stamps on a line ("Posted: 30 October. Last edited: 1 November."): the last one's day.

Reference days: a whole week, month ends, the year's turn, a leap day.
"""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from test_informal_grid import FULL, WEEK, _found, _last, _next   # the informal grid's week and helpers

EDGES = [date(2025, 12, 29), date(2025, 12, 31), date(2026, 1, 1), date(2026, 1, 3), date(2026, 3, 1),
         date(2026, 3, 31), date(2024, 3, 1), date(2025, 7, 1), date(2025, 10, 31)]   # year's turn, month ends, after a leap day
REFS = WEEK + EDGES
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def _ord(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _months_back(d: date, n: int) -> date:
    m = d.month - 1 - n
    y, m = d.year + m // 12, m % 12 + 1
    for day in (d.day, 30, 29, 28):
        try:
            return date(y, m, day)
        except ValueError:
            continue
    raise AssertionError(d)


def _cases():
    cases = []
    for ref in REFS:
        # a day stamp, its report's "yesterday" and "last <weekday>"
        for k in (3, 12, 40):
            s = ref - timedelta(days=k)
            stamp = f"Reviewed {s.day} {MONTHS[s.month - 1][:3]} {s.year}"
            cases.append((f"{stamp}\nWe ate here yesterday and loved it.", ref, "yesterday", (s - timedelta(days=1)).isoformat()))
            wd = (s.weekday() + 3) % 7
            cases.append((f"Bella Napoli, Chorlton\n{stamp}\nWe went last {FULL[wd]} and the pizza was great.", ref,
                          f"last {FULL[wd]}", _last(s, wd).isoformat()))
            us = f"Reviewed in the United States on {MONTHS[s.month - 1]} {s.day}, {s.year}"
            cases.append((f"{us}\nVerified Purchase\nIt arrived yesterday and works fine.", ref, "yesterday",
                          (s - timedelta(days=1)).isoformat()))
        # two stamps on a line, the second after a stop: the last one's day
        s1, s2 = ref - timedelta(days=9), ref - timedelta(days=4)
        cases.append((f"Posted: {s1.day} {MONTHS[s1.month - 1]}. Last edited: {s2.day} {MONTHS[s2.month - 1]}.\n"
                      f"It crashed yesterday and I lost my save.", ref, "yesterday", (s2 - timedelta(days=1)).isoformat()))
        # a relative day stamp
        for k in (2, 5):
            s = ref - timedelta(days=k)
            cases.append((f"1 star - Posted {k} days ago\nWe checked out yesterday and nobody was at the desk.", ref,
                          "yesterday", (s - timedelta(days=1)).isoformat()))
            for j in (2, 4):
                target = s + timedelta(days=j)
                wd = target.weekday()
                cases.append((f"Response from the owner, {k} days ago\nThanks Jo! See you on {FULL[wd]}.", ref,
                               FULL[wd], _next(s, wd).isoformat()))
        # week and month stamps: a day of the month told in the past
        for n in (2, 3):
            s = ref - timedelta(days=7 * n)
            for j in (2, 9):
                d = s - timedelta(days=j)
                cases.append((f"Posted {n} weeks ago\nWe went on the {_ord(d.day)} and it was lovely.", ref,
                              _ord(d.day), d.isoformat()))
        s = _months_back(ref, 1)
        for j in (3, 9):
            d = s - timedelta(days=j)
            cases.append((f"5 stars - Posted a month ago\nThe engineer came on the {_ord(d.day)} and fixed it.", ref,
                          _ord(d.day), d.isoformat()))
        # an update under the stamp, written later (when, not known): its words count from R again
        s = ref - timedelta(days=60)
        stamp = f"Reviewed in the United States on {MONTHS[s.month - 1]} {s.day}, {s.year}"
        for head in ("UPDATE, 2 months on:", "Edit (3 days later):", "Updated review"):
            wd = (ref.weekday() + 2) % 7
            cases.append((f"{stamp}\nLoved these at first.\n\n{head}\nthe left one stopped charging last {FULL[wd]}.", ref,
                          f"last {FULL[wd]}", _last(ref, wd).isoformat()))
        # not stamps: the words count from the day the page was read
        cases.append((f"We posted it yesterday.\nIt never arrived.", ref, "yesterday", (ref - timedelta(days=1)).isoformat()))
        cases.append((f"Posted it yesterday.\nStill waiting.", ref, "yesterday", (ref - timedelta(days=1)).isoformat()))
    return cases


CASES = _cases()


@pytest.mark.parametrize("text,ref,words,value", CASES, ids=[f"{c[1]}:{c[0][:40]}" for c in CASES])
def test_review_stamp_grid(text, ref, words, value):
    t = _found(text, ref, words)
    assert t is not None, f"{words!r} not found in {text!r} (read {ref})"
    assert t.timex_value == value, f"{text!r} read {ref}: {t.expression!r} -> {t.timex_value}, calendar {value}"
