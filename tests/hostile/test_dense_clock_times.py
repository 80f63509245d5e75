"""(speed5) A long line of clock times after plan words without a full stop ("dinner at 7 and
drinks at 9 then dinner at 7 ...", 2,000 times: ~100 µs of CPU per character, 0 rows).

Why it costs what it costs: ``bare_hour`` wakes at each plan word ("dinner", "drinks") and reads
every hour on the plan word's line within ``_BARE_REACH`` (100) characters either side, each with
``_one_occasion`` (a tense reading of its clause, clipped to that line window). With a plan word
and an hour every ~16 characters, each hour is read by the ~12 plan words in reach: linear in the
text (twice the text, twice the work), but about twelve readings per hour. The readings differ
from plan word to plan word (the clause each is given starts and ends where that word's window
does, and ``tense_at`` reads the words from the clause start, a reminder word at it and a "?" at
its end), so they cannot be shared without changing what the rule decides.

Why no row: not a density guard (the tagger has none); the plan-word branch of ``bare_hour`` takes
an hour only for one occasion -- proposed ("dinner at 7?"), marked ("7 sharp") or told in the past
("we had dinner at 7") -- and "dinner at 7 and drinks at 9 then" is none of these even once.

The work is counted (calls of the readings), not timed.
"""
from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from timeline_app.temporal import tag, tense
from timeline_app.temporal.lang.en import rules

REF = date(2026, 3, 20)
UNIT = "dinner at 7 and drinks at 9 then "   # two plan words, two hours
HOURS_PER_UNIT = 2


@pytest.fixture
def counted(monkeypatch):
    calls = Counter()
    occasion, tense_at = rules._one_occasion, tense.tense_at

    def one_occasion(*a, **kw):
        calls["occasion"] += 1
        return occasion(*a, **kw)

    def counting_tense(*a, **kw):
        calls["tense"] += 1
        return tense_at(*a, **kw)

    monkeypatch.setattr(rules, "_one_occasion", one_occasion)
    monkeypatch.setattr(tense, "tense_at", counting_tense)   # (_one_occasion imports it when it runs)

    def run(text: str) -> tuple[Counter, list]:
        calls.clear()
        rows = tag(text, REF)
        return Counter(calls), rows

    return run


def test_the_readings_grow_linearly_with_the_line(counted):
    small, _ = counted(UNIT * 100)
    large, _ = counted(UNIT * 200)
    assert small["occasion"] > 0 and small["tense"] > 0
    for what in ("occasion", "tense"):
        assert large[what] <= 2.2 * small[what], f"{what}: {small[what]} -> {large[what]} for twice the line"


def test_each_hour_is_read_at_most_once_per_plan_word_in_reach(counted):
    n = 100
    calls, _ = counted(UNIT * n)
    hours = HOURS_PER_UNIT * n
    # plan words within _BARE_REACH characters either side of an hour (its own and its neighbour's
    # included): the bound of the rule's window, whatever the text
    in_reach = 2 * (2 * rules._BARE_REACH + len(UNIT)) / len(UNIT) + 2
    assert calls["occasion"] / hours <= in_reach, calls["occasion"] / hours
    # ... and it is that window, not something wider, that costs here: about twelve plan words
    assert calls["occasion"] / hours >= 8


def test_no_row_is_the_rules_reading_of_one_occasion_not_a_density_guard(counted):
    for n in (1, 50):
        _, rows = counted(UNIT * n)
        assert rows == [], n   # no occasion: no verb, no "?", no marker, even once
        _, rows = counted(("we had " + UNIT) * n)
        assert len(rows) == HOURS_PER_UNIT * n   # told in the past: every hour, however dense
        _, rows = counted(UNIT.replace("7 and", "7? and").replace("9 then", "9? then") * n)
        assert len(rows) == HOURS_PER_UNIT * n   # proposed
