"""Times anchored on events the text tells (issue 11 kind 5; ``temporal/anchors.py``).

Lengths counted from a dated event are placed in ``tests/data/tagger_corpus.jsonl``; here: an
event the text names without a date, dated backwards from a length ("[her trip on Saturday]
comes a week after Shmygal's trip to Berlin"), becomes an event of its own — in the Workspace,
the window's frame, the event exports and a saved project — and never a time expression (the
CSV of time expressions and TimeML leave it out); and no anchor means no date.
"""
from __future__ import annotations

import json
from datetime import date, datetime

import pandas as pd
import pytest

from timeline_app.cli import SAMPLE
from timeline_app.core.document import Document
from timeline_app.core.events import DERIVED_RULE, document_rows
from timeline_app.core.workspace import Workspace, prepare
from timeline_app.temporal import tag

SEED_REF = date(2022, 9, 10)
TRIP = "Ukrainian Prime Minister Denys Shmygal’s trip to Berlin"


def _doc(text: str, ref: date, path: str = "/tmp/anchors-article.txt") -> Document:
    return Document(path=path, text=text, reference_date=ref)


def _derived(text: str, ref: date):
    return [(t.expression, t.derived) for t in tag(text, ref) if t.derived is not None]


@pytest.fixture(scope="module")
def seed_ws():
    ws = Workspace(reference_date=SEED_REF)
    ws.add_files([SAMPLE])
    return ws


def test_the_seeds_shmygal_trip_is_an_event_of_its_own(seed_ws):
    ev = seed_ws.events
    trip = ev[ev["rule"] == DERIVED_RULE]
    assert len(trip) == 1
    e = trip.iloc[0]
    assert e["headline"] == TRIP and e["expression"] == TRIP
    assert (e["start"], e["end"], e["granularity"]) == (datetime(2022, 9, 3), datetime(2022, 9, 4), "day")
    assert (e["timex_type"], e["timex_value"], e["mod"]) == ("DATE", "2022-09-03", "APPROX")
    # the explanation names the anchor (Saturday, the reference date), the length, and the direction
    why = e["explanation"]
    assert why.startswith("about 2022-09-03") and "'Saturday' (2022-09-10)" in why and "a week (P1W) after" in why
    assert "backwards" in why
    # the length itself is still the TimeML duration, unplaced
    week = ev[ev["expression"] == "a week"].iloc[0]
    assert (week["timex_type"], week["timex_value"]) == ("DURATION", "P1W") and pd.isna(week["start"])


def test_the_derived_event_is_not_a_time_expression(seed_ws):
    doc = seed_ws.documents[0]
    rows = document_rows(doc)
    # the CSV of time expressions: the length's row carries the event, no row of its own
    assert not any(r["rule"] == DERIVED_RULE for r in rows)
    week = next(r for r in rows if r["expression"] == "a week")
    assert week["derived"]["timex_value"] == "2022-09-03" and week["start"] is None
    assert doc.text[week["derived"]["start_char"]:week["derived"]["end_char"]] == TRIP


def test_the_derived_event_in_exports_and_not_in_timeml(seed_ws, tmp_path):
    from timeline_app.core.exports import write_export
    from timeline_app.core.exports.workspace import bundle_from_workspace

    bundle = bundle_from_workspace(seed_ws)
    out = tmp_path / "seed.json"
    write_export("json", bundle, str(out))
    data = json.loads(out.read_text(encoding="utf-8"))
    trip = [e for e in data["events"] if e["headline"] == TRIP]
    assert len(trip) == 1 and trip[0]["start"] == "2022-09-03T00:00:00" and trip[0]["display_date"] == "about 3 September 2022"
    assert [s["timex"] for s in trip[0]["sources"]] == [False]
    tml = tmp_path / "seed.tml"
    write_export("tml", bundle, str(tml))
    text = tml.read_text(encoding="utf-8")
    assert ">a week</TIMEX3>" in text and "Shmygal’s trip to Berlin</TIMEX3>" not in text
    assert 'value="2022-09-03"' not in text


def test_the_derived_event_survives_a_saved_project(seed_ws, tmp_path):
    path = str(tmp_path / "seed.timeline")
    seed_ws.save(path)
    ws = Workspace.open(path)
    try:
        ev = ws.events
        trip = ev[ev["headline"] == TRIP]
        assert len(trip) == 1 and trip.iloc[0]["start"] == datetime(2022, 9, 3)
        assert trip.iloc[0]["explanation"].startswith("about 2022-09-03")
    finally:
        ws.close()


def test_the_user_can_correct_the_derived_date(seed_ws):
    eid = seed_ws.events.index[seed_ws.events["rule"] == DERIVED_RULE][0]
    seed_ws.set_when(eid, "2022-09-02")
    try:
        assert seed_ws.event(eid)["start"] == datetime(2022, 9, 2)
    finally:
        seed_ws.undo()
    assert seed_ws.event(eid)["start"] == datetime(2022, 9, 3)


def test_a_day_after_a_clause_date_is_exact_and_a_week_is_about():
    got = _derived("The council met on Friday, two days after the budget vote.", date(2022, 6, 11))
    assert [(e, d.phrase, d.timex_value, d.approximate) for e, d in got] == [
        ("two days", "the budget vote", "2022-06-08", False)]
    got = _derived("On Sunday, a month after the coup, the junta named a cabinet.", date(2022, 6, 14))
    assert [(d.phrase, d.timex_value, d.approximate) for _, d in got] == [("the coup", "2022-05-12", True)]


@pytest.mark.parametrize("text, ref", [
    # the clause of the length is not the clause of the date ("and released")
    ("He was arrested on Monday and released two days after the hearing.", date(2022, 6, 10)),
    # nothing names an event after the length
    ("The shop reopened on Monday, two weeks after it rained.", date(2022, 6, 10)),
    # no date in the sentence to count back from
    ("Talks resumed a week after the minister's trip to Berlin.", date(2022, 6, 10)),
    # "since" is a span from the event, never read backwards
    ("On Monday, in the three weeks since the strike, nothing moved.", date(2022, 6, 10)),
])
def test_no_anchor_no_date(text, ref):
    assert _derived(text, ref) == []
    assert all(t.start is None for t in tag(text, ref) if t.timex_type == "DURATION")


def test_a_dated_event_is_counted_from_not_derived():
    text = "The budget vote was held on June 1. The council met on Friday, two days after the budget vote."
    ts = tag(text, date(2022, 6, 11))
    assert _derived(text, date(2022, 6, 11)) == []
    two = next(t for t in ts if t.expression == "two days")
    assert (two.start, two.anchor) == (datetime(2022, 6, 3), "event")
    assert "'the budget vote'" in two.explanation and "2022-06-01" in two.explanation


def test_a_general_event_word_finds_the_specific_event_told_before():
    """(twenty-ninth session) "the vote" after "the referendum was held on March 9" is that referendum (lexicon
    anchor_event_kinds_within); with no referendum told, nothing is counted from."""
    ts = tag("The referendum was held on March 9. Two days after the vote, the prime minister resigned.", date(2025, 4, 16))
    two = next(t for t in ts if t.expression == "Two days")
    assert (two.start, two.anchor) == (datetime(2025, 3, 11), "event")
    assert "'the vote'" in two.explanation and "2025-03-09" in two.explanation
    ts = tag("The match was held on March 9. Two days after the vote, the prime minister resigned.", date(2025, 4, 16))
    assert next(t for t in ts if t.expression == "Two days").anchor != "event"


def test_derived_events_in_a_workspace_from_a_prepared_document():
    text = ("The German chancellor arrived in Warsaw on Tuesday for talks, which come three weeks after "
            "Polish President Andrzej Duda's visit to Paris. The talks ended on Wednesday.")
    p = prepare(_doc(text, date(2023, 3, 10)))
    derived = [r for r in p.rows if r["rule"] == DERIVED_RULE]
    assert [(r["headline"], r["timex_value"], r["mod"]) for r in derived] == [
        ("Polish President Andrzej Duda's visit to Paris", "2023-02-14", "APPROX")]
    ws = Workspace()
    ws.add_prepared([p])
    assert "Polish President Andrzej Duda's visit to Paris" in set(ws.events["headline"])


def test_hostile_many_lengths_and_events_stay_bounded():
    # ten thousand lengths after events, each of a name the text dates: every one is counted
    # from the latest telling, and the memory keeps a bounded number of tellings a name
    text = "The vote was held on March 3. " + "Protesters marched two days after the vote. " * 2000
    ts = tag(text, date(2022, 3, 10))
    lengths = [t for t in ts if t.expression == "two days"]
    assert len(lengths) == 2000 and all(t.start == datetime(2022, 3, 5) for t in lengths)


def test_the_day_after_an_undated_event_in_apposition_dates_the_event():
    got = _derived("On Monday, the day after the vote, protesters filled the square.", date(2022, 6, 10))
    assert [(e, d.phrase, d.timex_value, d.approximate) for e, d in got] == [("the day", "the vote", "2022-06-05", False)]
    # not in apposition: "the day" is not Monday, and the vote is not dated from it
    assert _derived("On Monday protesters marched, and the day after the vote they went home.", date(2022, 6, 10)) == []


BACKWARD = [json.loads(line) for line in
            (__import__("pathlib").Path(__file__).parent / "data" / "event_backward.jsonl").read_text("utf-8").splitlines()
            if line.strip()]


@pytest.mark.parametrize("case", BACKWARD, ids=[c["text"][:48] for c in BACKWARD])
def test_events_dated_backwards_from_a_clause_or_the_time_of_writing(case):
    """Data (``tests/data/event_backward.jsonl``): an event told as a clause ("she took office")
    or an event word ("its launch") after a length is dated backwards from the clause's date, or
    from the time of writing when the main clause is in the present tense; the grain is what the
    arithmetic gives (years back from a day: the month); a guess is never made."""
    got = _derived(case["text"], date.fromisoformat(case["ref"]))
    if case["phrase"] is None:
        assert got == [], case["why"]
        return
    assert len(got) == 1, (case["why"], got)
    d = got[0][1]
    assert (d.phrase, d.timex_value, d.approximate) == (case["phrase"], case["value"], case["approx"]), case["why"]
    assert "backwards" in d.explanation and d.phrase in d.explanation
    assert d.explanation.startswith(("about " if case["approx"] else "") + case["value"])


@pytest.mark.parametrize("case", [c for c in BACKWARD if "headline" in c], ids=lambda c: c["headline"])
def test_a_derived_events_pronoun_takes_the_clauses_subject(case):
    """"Keane resigned in 2021, three years after he joined the board" -> "Keane joined the board";
    a pronoun stays when the clause's subject is no name ("The striker ... after he left")."""
    doc = _doc(case["text"], date.fromisoformat(case["ref"]))
    from timeline_app.core.headlines import headline_rows
    rows = [r for r in headline_rows(doc, document_rows(doc)) if r["rule"] == DERIVED_RULE]
    assert [r["headline"] for r in rows] == [case["headline"]]
