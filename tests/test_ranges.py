"""Ranges (issue 11 kind 4): "1939–45", "Dec. 12-13", "12 to 14 September", "from June 1941 to
May 1945". Each end keeps its TIMEX3 value (TimeML tags the ends of a range separately, and so do
the corpora), both ends are placed as the whole range, and the two make one event on the
timeline whose headline holds neither end. A change of date ("moved from March to June") and a
coordination ("in 2019 and 2020") are not ranges. Sentences written for this test."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from timeline_app.core.workspace import Workspace
from timeline_app.temporal.tagger import tag

RANGES = [
    # text, reference date, mode, (first end, value), (last end, value), whole range [start, end)
    ("The island was occupied in 1940–45 and rebuilt slowly.", "2020-05-01", "auto",
     ("1940", "1940"), ("45", "1945"), ("1940-01-01", "1946-01-01")),
    ("Delegates met in Vienna on Dec. 12-13 and signed nothing.", "2019-01-20", "auto",
     ("Dec. 12", "2018-12-12"), ("13", "2018-12-13"), ("2018-12-12", "2018-12-14")),
    ("The fair ran from 3 to 6 October 1888 in the old market.", "2015-03-03", "narrative",
     ("3", "1888-10-03"), ("6 October 1888", "1888-10-06"), ("1888-10-03", "1888-10-07")),
    ("The king ruled from 1603 to 1625 and left large debts.", "2015-03-03", "narrative",
     ("1603", "1603"), ("1625", "1625"), ("1603-01-01", "1626-01-01")),
    ("Rationing lasted from June 1941 to May 1945 in the port.", "2015-03-03", "narrative",
     ("June 1941", "1941-06"), ("May 1945", "1945-05"), ("1941-06-01", "1945-06-01")),
    ("Prices doubled between 1910 and 1914, the study found.", "2015-03-03", "auto",
     ("1910", "1910"), ("1914", "1914"), ("1910-01-01", "1915-01-01")),
    ("The blockade (May–August 1950) starved the coast.", "2015-03-03", "narrative",
     ("May", "1950-05"), ("August 1950", "1950-08"), ("1950-05-01", "1950-09-01")),
]


def _by_expr(timexes):
    return {t.expression: t for t in timexes}


@pytest.mark.parametrize("text, ref, mode, first, last, span", RANGES, ids=[r[0][:30] for r in RANGES])
def test_both_ends_keep_their_value_and_take_the_whole_range(text, ref, mode, first, last, span):
    got = _by_expr(tag(text, date.fromisoformat(ref), mode=mode))
    start, end = (datetime.fromisoformat(s) for s in span)
    for expr, value in (first, last):
        assert expr in got, (expr, list(got))
        t = got[expr]
        assert t.timex_value == value
        assert (t.start, t.end) == (start, end), (expr, t.start, t.end)
        assert "whole range" in t.explanation


@pytest.mark.parametrize("text, ref, exprs", [
    ("The vote was moved from March to June after the scandal.", "2024-01-10", ("March", "June")),
    ("Elections were held in 2019 and 2020, both won by the left.", "2024-01-10", ("2019", "2020")),
    ("Sales fell in November and December 2021.", "2024-01-10", ("November", "December 2021")),
])
def test_changes_and_coordinations_are_not_ranges(text, ref, exprs):
    got = _by_expr(tag(text, date.fromisoformat(ref)))
    a, b = (got[e] for e in exprs)
    assert (a.start, a.end) != (b.start, b.end), "each keeps its own interval"
    assert "whole range" not in a.explanation + b.explanation


def test_a_range_is_one_event_with_a_headline_without_its_ends(tmp_path):
    p = tmp_path / "blockade.txt"
    p.write_text("The island was occupied in 1940–45 and rebuilt slowly. On 3 May 1946 the first ferry returned.",
                 encoding="utf-8")
    ws = Workspace.from_files([str(p)], reference_date=date(2020, 5, 1))
    ev = ws.events
    occupied = ev[ev["headline"].str.contains("occupied")]
    assert len(occupied) == 1, ev[["expression", "headline"]]
    row = occupied.iloc[0]
    assert (row["start"], row["end"]) == (datetime(1940, 1, 1), datetime(1946, 1, 1))
    assert "1940" not in row["headline"] and "45" not in row["headline"], row["headline"]
    assert len(ev) == 2
