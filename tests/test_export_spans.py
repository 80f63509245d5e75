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


def test_the_time_of_writing_is_the_spans_own_flag_not_its_end_date():
    """``open_when`` says "to the time of writing" when the span was made so (``ExportEvent.writing``,
    from ``core.events.scope_rows``), whatever day its end falls on: a span the text gives no end
    that happens to end the day after publication stays "on"."""
    from datetime import datetime

    from timeline_app.core.exports.common import open_when
    from timeline_app.core.exports.model import ExportBundle, ExportDocument, ExportEvent, ExportSource

    doc = ExportDocument(path="a.txt", name="a.txt", reference_date=date(2023, 10, 12))
    src = ExportSource(document="a.txt", sentence_index=0, sentence="Open since May.", sentence_start=0,
                       sentence_end=15, expression="May", start_char=11, end_char=14, timex_type="DATE",
                       timex_value="2023-05")

    def event(start, end, side, writing):
        return ExportEvent(id="e", headline="x", start=start, end=end, granularity="month", timex_type="DATE",
                           timex_value="2023-05", sources=[src], bound="since May" if side > 0 else "until May",
                           open_side=side, writing=writing)
    b = ExportBundle(documents=[doc], events=[])
    assert open_when(event(datetime(2023, 5, 1), datetime(2023, 10, 13), 1, False), b) == "since May: from May 2023 on"
    assert open_when(event(datetime(2023, 5, 1), datetime(2023, 10, 20), 1, True), b) == \
        "since May: from May 2023 to the time of writing (12 October 2023)"
    assert open_when(event(datetime(2023, 10, 12), datetime(2024, 6, 1), -1, False), b) == "until May: up to May 2024"
    assert open_when(event(datetime(2023, 10, 1), datetime(2024, 6, 1), -1, True), b) == \
        "until May: from the time of writing (12 October 2023) up to May 2024"


def test_a_bound_on_the_day_of_writing_runs_to_the_time_of_writing(tmp_path):
    """"since today" next to another mention of the same day is no range ("between 2016 and 2018"
    is); "since 12 October" written on 12 October runs to the time of writing; the explanation
    the span carries and the exports say the same."""
    from timeline_app.core.exports.common import display_date

    path = tmp_path / "roads.txt"
    path.write_text("The bridge has been closed to lorries since today, the council said on Thursday.\n"
                    "Prices have been frozen since 12 October, the minister said.\n"
                    "Fares rose by 4% between 2016 and 2018, the report said.\n", encoding="utf-8")
    ref = date(2023, 10, 12)
    ws = Workspace(reference_date=ref)
    ws.add_prepared([prepare(load_document(str(path), reference_date=ref), ws.mode)])
    b = bundle_from_workspace(ws)
    got = {e.expression: e for e in b.events}
    for expression in ("today", "12 October"):
        e = got[expression]
        assert e.open_side == 1 and e.writing and "to the time of writing (2023-10-12)" in e.explanation
        assert display_date(e, b) == f"since {expression}: from 12 October 2023 to the time of writing (12 October 2023)"
    assert not any(e.open_side for e in b.events if e.expression in ("2016", "2018", "Thursday"))
