"""The events of whole articles written for this (``tests/data/articles``: a court story, a
football club, a takeover, a space probe; in the ninth session a bond sell-off, a mayoral count,
floods, a fraud trial over six years and a football season), each with its reference date, checked against
``expected.jsonl``: the span of each event, its open side, approximate dates read backwards,
headlines; and the dates that must NOT be events ("since 2019" is no event in 2019). Through
the Workspace, as the window gets them."""
from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from timeline_app.core.events import DERIVED_RULE, scope_of
from timeline_app.core.workspace import Workspace

DATA = Path(__file__).parent / "data" / "articles"
CASES = [json.loads(line) for line in (DATA / "expected.jsonl").read_text("utf-8").splitlines() if line.strip()]


def _events(case):
    ws = Workspace.from_files([str(DATA / case["article"])], reference_date=date.fromisoformat(case["ref"]))
    ev = ws.events
    return ev[ev["status"] != "deleted"]


@pytest.fixture(scope="module", params=CASES, ids=[c["article"] for c in CASES])
def article(request):
    return request.param, _events(request.param)


def test_each_event_has_its_span_side_and_headline(article):
    case, ev = article
    for want in case["events"]:
        rows = ev[ev["expression"] == want["expression"]]
        assert len(rows), f"{case['article']}: no event for {want['expression']!r}"
        r = rows.iloc[0]
        got = (r["start"].to_pydatetime(), r["end"].to_pydatetime())
        assert got == (datetime.fromisoformat(want["start"]), datetime.fromisoformat(want["end"])), (want, r["explanation"])
        text = r["sentence"]
        a = r["start_char"] - r["sentence_start"]
        side = scope_of(text, a, a + len(r["expression"])) if r["rule"] != DERIVED_RULE else None
        assert (side[1] if side else None) == want.get("side"), (want, r["explanation"])
        if "mod" in want:
            assert r["mod"] == want["mod"]
        if "headline" in want:
            assert r["headline"] == want["headline"]
        if "headline_has" in want:
            assert want["headline_has"] in r["headline"]


def test_no_event_is_dated_where_nothing_happened(article):
    case, ev = article
    dated = {(s.to_pydatetime(), e.to_pydatetime()) for s, e in zip(ev["start"], ev["end"]) if str(s) != "NaT"}
    for a, b in case["not_dated"]:
        assert (datetime.fromisoformat(a), datetime.fromisoformat(b)) not in dated, (case["article"], a)


def test_derived_events_only_where_the_arithmetic_holds(article):
    case, ev = article
    derived = ev[ev["rule"] == DERIVED_RULE]
    if case.get("no_derived"):     # "two weeks after" a month ("took over in January"): no day to count from
        assert derived.empty, derived["expression"].tolist()
    for _, r in derived.iterrows():
        assert r["mod"] == "APPROX" or r["granularity"] == "day"
        assert "backwards" in r["explanation"]
