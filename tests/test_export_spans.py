"""Spans a date bounds in the exports (``core.exports``): "the second conviction since 2019" is a
span from 2019 to the time of writing, open at its end, and the HTML page, TimelineJS and the JSON say so as
the window's timeline does (``core.events.row_scopes``): the label "since 2019 · ...", the date
"since 2019: from 2019 to the time of writing (...)", not a closed "2019 – 2023".

Data: the articles of ``tests/data/articles`` and the open side each event must have
(``expected.jsonl``: "side"; an event without one must be drawn whole), and the date text of a few
(``export_spans.jsonl``)."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from timeline_app.core.events import events_frame
from timeline_app.core.exports import bundle_from_frame
from timeline_app.core.exports.html import html_page, page_data
from timeline_app.core.exports.jsonfmt import json_document
from timeline_app.core.exports.timelinejs import timelinejs_document
from timeline_app.core.exports.workspace import bundle_from_workspace
from timeline_app.core.loaders import load_document
from timeline_app.core.workspace import Workspace, prepare

DATA = Path(__file__).parent / "data"
ARTICLES = [json.loads(line) for line in (DATA / "articles" / "expected.jsonl").read_text("utf-8").splitlines()
            if line.strip()]
WHEN = [json.loads(line) for line in (DATA / "export_spans.jsonl").read_text("utf-8").splitlines() if line.strip()]
SIDE = {"from": 1, "to": -1, None: 0}
_WS: dict[str, Workspace] = {}


def workspace(article: str) -> Workspace:
    if article not in _WS:
        ref = date.fromisoformat(next(a["ref"] for a in ARTICLES if a["article"] == article))
        ws = Workspace(reference_date=ref)
        ws.add_prepared([prepare(load_document(str(DATA / "articles" / article), reference_date=ref), ws.mode)])
        _WS[article] = ws
    return _WS[article]


def by_expression(data: dict) -> dict[str, list[int]]:
    """Page event indexes by the expression of their first source (the page keeps its offsets)."""
    ev, out = data["events"], {}
    for i in range(len(ev["id"])):
        s = data["sentences"][ev["x"][i]]
        out.setdefault(s[ev["a"][i]:ev["b"][i]], []).append(i)
    return out


@pytest.mark.parametrize("case", ARTICLES, ids=[a["article"] for a in ARTICLES])
def test_every_bounded_span_is_open_in_the_page_and_in_timelinejs(case):
    b = bundle_from_workspace(workspace(case["article"]))
    data = page_data(b)
    ev, at = data["events"], by_expression(data)
    slides = {s["unique_id"]: s for s in timelinejs_document(b)["events"]}
    objects = {o["id"]: o for o in json_document(b)["events"]}
    for want in case["events"]:
        got = at.get(want["expression"])
        assert got, f"{want['expression']!r} not exported from {case['article']}"
        i = got[0]
        side = SIDE[want.get("side")]
        assert ev["o"][i] == side, (want, ev["w"][i])
        head = slides[ev["id"][i]]["text"]["headline"]
        if side:
            bound = ev["ob"][i]
            assert want["expression"].lower() in bound.lower() and bound.lower() != want["expression"].lower()
            assert ev["w"][i].startswith(f"{bound}: ") and not ev["h"][i].startswith(bound)   # the headline stays the clause's
            assert head.startswith(f"{bound} · ") and slides[ev["id"][i]]["display_date"] == ev["w"][i]
        else:
            assert ev["ob"][i] == "" and " · " not in head
        obj = objects[ev["id"][i]]
        assert obj["when"] == ev["w"][i] and (obj["display_date"] == ev["w"][i]) == bool(side)


@pytest.mark.parametrize("case", WHEN, ids=[f"{c['article']}:{c['expression']}" for c in WHEN])
def test_a_spans_date_says_where_it_is_open(case):
    data = page_data(bundle_from_workspace(workspace(case["article"])))
    i = by_expression(data)[case["expression"]][0]
    assert data["events"]["w"][i] == case["when"], case["why"]


def test_a_date_set_by_hand_is_no_longer_a_span():
    ws = workspace("court-riverton.txt")
    data = page_data(bundle_from_workspace(ws))
    i = by_expression(data)["2019"][0]
    eid = data["events"]["id"][i]
    ws.set_when(eid, "2019")
    try:
        data = page_data(bundle_from_workspace(ws))
        j = data["events"]["id"].index(eid)
        assert (data["events"]["o"][j], data["events"]["ob"][j], data["events"]["w"][j]) == (0, "", "2019")
    finally:
        ws.undo()
    assert page_data(bundle_from_workspace(ws))["events"]["o"][i] == 1


def test_time_expressions_keep_their_own_dates():
    """``events_frame`` rows are the time expressions (the date's own interval: "2019" is 2019):
    nothing there is a span, though its sentence reads "since 2019"."""
    ref = date(2023, 10, 12)
    doc = load_document(str(DATA / "articles" / "court-riverton.txt"), reference_date=ref)
    df = events_frame([doc])
    data = page_data(bundle_from_frame(df, [doc]))
    assert not any(data["events"]["o"]) and not any(data["events"]["ob"])
    assert data["events"]["w"][by_expression(data)["2019"][0]] == "2019"


def test_the_page_is_the_same_every_time():
    b = bundle_from_workspace(workspace("court-riverton.txt"))
    assert html_page(b) == html_page(bundle_from_workspace(workspace("court-riverton.txt")))
    assert "open-end" in html_page(b)       # the style and script that draw an open side are in the page
