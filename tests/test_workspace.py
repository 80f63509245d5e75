"""The headless Workspace: events, edits as undoable commands, incremental loading, grouping."""
import os
from datetime import date, datetime

import pandas as pd
import pytest

from timeline_app.core.document import Document
from timeline_app.core.when import WhenError, parse_when
from timeline_app.core.workspace import Change, Prepared, Workspace, WorkspaceError, prepare

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(ROOT, "resources", "kharkiv-offensive.md")


@pytest.fixture
def ws():
    return Workspace.from_files([SAMPLE])


def snapshot(ws):
    df = ws.events.drop(columns=["mention_ids"])
    return df.sort_index().to_dict("index")


def first(ws, expression):
    df = ws.events
    return df.index[df["expression"] == expression][0]


def test_sample_events_have_headlines_and_the_issue_columns(ws):
    df = ws.events
    for c in ("event_id", "headline", "start", "end", "granularity", "timex_value", "status", "tags", "note",
              "starred", "sources"):
        assert c in df.columns
    assert len(df) >= 15
    assert (df["status"] == "auto").all()
    assert df["headline"].str.len().between(1, 91).all()
    assert list(df.index) == list(df["event_id"])
    # the sentence start is not the headline: the time expression and its preposition are out
    row = df.loc[first(ws, "Feb 24")]
    assert "Feb 24" not in row["headline"]
    assert row["sources"] == (SAMPLE,)


def test_ids_are_stable_across_loads():
    a = Workspace.from_files([SAMPLE]).events.index.tolist()
    b = Workspace.from_files([SAMPLE]).events.index.tolist()
    assert a == b and len(set(a)) == len(a)


def test_every_edit_undoes_and_redoes(ws):
    start = snapshot(ws)
    e1, e2 = first(ws, "Feb 24"), first(ws, "late Friday")
    ws.delete(e1)
    assert ws.events.loc[e1, "status"] == "deleted"
    assert e1 not in ws.curated().index
    ws.set_when(e2, "2022-09-08")
    r = ws.events.loc[e2]
    assert (r["timex_value"], r["start"], r["end"], r["granularity"]) == (
        "2022-09-08", pd.Timestamp("2022-09-08"), pd.Timestamp("2022-09-09"), "day")
    assert r["status"] == "edited"
    ws.set_tags(e2, ["front", "kharkiv", "front"])
    assert ws.events.loc[e2, "tags"] == ("front", "kharkiv")
    ws.set_note(e2, "check with AP")
    ws.set_starred(e2)
    ws.set_headline(e2, "Zelensky: 30 towns retaken")
    assert ws.events.loc[e2, "headline"] == "Zelensky: 30 towns retaken"
    ws.restore(e1)
    assert ws.events.loc[e1, "status"] == "auto"
    edited = snapshot(ws)
    n = 0
    while ws.can_undo():
        ws.undo()
        n += 1
    assert n == 7
    assert snapshot(ws) == start
    while ws.can_redo():
        ws.redo()
    assert snapshot(ws) == edited


def test_set_when_forms(ws):
    e = first(ws, "Feb 24")
    for value, expected in [("2022-09", ("2022-09", "month")), ("2022-W36", ("2022-W36", "week")),
                            ("2022-Q3", ("2022-Q3", "quarter")), ("2022-09-03T14:30", ("2022-09-03T14:30", "minute")),
                            (date(2022, 2, 23), ("2022-02-23", "day")), ("Sept 3", ("2022-09-03", "day"))]:
        ws.set_when(e, value)
        r = ws.events.loc[e]
        assert (r["timex_value"], r["granularity"]) == expected, value
    ws.set_when(e, start="2022-02-24", end="2022-03-03")
    r = ws.events.loc[e]
    assert r["start"] == pd.Timestamp("2022-02-24") and r["end"] == pd.Timestamp("2022-03-03")
    ws.set_when(e, None)
    assert ws.events.loc[e, "timex_value"] == "2022-02-24"
    with pytest.raises(WhenError):
        ws.set_when(e, "the day the music died")
    with pytest.raises(WorkspaceError):
        ws.delete("no-such-event")


def test_parse_when_season_and_decade():
    w = parse_when("2023-WI")
    assert (w.start, w.end) == (datetime(2022, 12, 1), datetime(2023, 3, 1))
    w = parse_when("198")
    assert (w.start, w.end, w.granularity) == (datetime(1980, 1, 1), datetime(1990, 1, 1), "decade")
    with pytest.raises(WhenError):
        parse_when("2022-02-30")


def test_add_event_from_selection_merge_split(ws):
    doc = ws.documents[0]
    i = doc.text.index("Baerbock’s visit")
    eid = ws.add_event(doc.path, i, i + len("Baerbock’s visit"), when="2022-09-10", headline="Baerbock visits Kyiv")
    r = ws.events.loc[eid]
    assert (r["status"], r["headline"], r["timex_value"]) == ("added", "Baerbock visits Kyiv", "2022-09-10")
    a, b = first(ws, "Saturday"), first(ws, "today")
    ws.set_tags(b, ["visit"])
    n = len(ws.events)
    ws.merge([a, b])
    assert len(ws.events) == n - 1
    m = ws.events.loc[a]
    assert m["n_mentions"] == 2 and m["tags"] == ("visit",) and m["status"] == "edited"
    ws.split(a)
    assert len(ws.events) == n and ws.events.loc[b, "n_mentions"] == 1
    ws.undo()
    assert len(ws.events) == n - 1
    ws.undo()
    assert len(ws.events) == n
    with pytest.raises(WorkspaceError):
        ws.split(b)
    with pytest.raises(WorkspaceError):
        ws.add_event(doc.path, 10, 10 ** 9)


def test_listeners_hear_what_changed(ws):
    heard: list[Change] = []
    stop = ws.subscribe(heard.append)
    e = first(ws, "Feb 24")
    ws.delete(e)
    assert heard[-1].kind == "edit" and heard[-1].updated == {e} and heard[-1].text == "Delete event"
    ws.undo()
    assert heard[-1].kind == "undo" and heard[-1].updated == {e}
    a, b = first(ws, "Saturday"), first(ws, "today")
    ws.merge([a, b])
    assert heard[-1].removed == {b} and heard[-1].updated == {a}
    stop()
    ws.undo()
    assert heard[-1].kind == "edit"


def _doc(path, text, ref=date(2022, 9, 10)):
    return Document(path=path, text=text, reference_date=ref, reference_source="test")


def test_batches_grouping_across_documents_and_removal():
    ws = Workspace()
    heard = []
    ws.subscribe(heard.append)
    a = _doc("/tmp/a.txt", "Russian forces pulled out of Izyum on Saturday, officials said.")
    b = _doc("/tmp/b.txt", "On Saturday, Russian forces pulled out of Izyum.")
    c = _doc("/tmp/c.txt", "Russian troops pulled out of the city of Izyum on Saturday.")
    ws.add_prepared([prepare(a)])
    assert heard[-1].kind == "documents_added" and len(heard[-1].added) == 1
    ws.add_prepared([prepare(b), prepare(c)])
    df = ws.events
    # a and b tell the same happening in the same words: one event with two sources
    ea = df.index[df["document"] == "/tmp/a.txt"][0]
    assert df.loc[ea, "n_sources"] == 2 and len(df) == 2
    # c is similar but not the same: suggested, not merged
    sug = ws.suggestions()
    assert sug and set(sug[0].event_ids) == set(df.index) and sug[0].label == "2 sources agree"
    ws.merge(list(sug[0].event_ids))
    assert len(ws.events) == 1 and ws.events.iloc[0]["n_sources"] == 3
    ws.undo()
    # removing a document that owned the shared event gives b its own event back
    ws.remove_document("/tmp/a.txt")
    df = ws.events
    assert set(df["document"]) == {"/tmp/b.txt", "/tmp/c.txt"} and (df["n_sources"] == 1).all()
    assert heard[-1].kind == "document_removed" and heard[-1].documents == ("/tmp/a.txt",)


def test_reference_date_and_mode_keep_edits(ws):
    doc = ws.documents[0]
    e = first(ws, "late Friday")
    ws.set_tags(e, ["zelensky"])
    ws.set_reference_date(doc.path, date(2022, 9, 17))
    r = ws.events.loc[e]
    assert r["timex_value"] == "2022-09-16" and r["tags"] == ("zelensky",)
    ws.set_mode(doc.path, "narrative")
    assert ws.document_states()[0].mode == "narrative"
    ws.undo()
    ws.undo()
    assert ws.events.loc[e, "timex_value"] == "2022-09-09"
    assert ws.documents[0].reference_date == date(2022, 9, 10)


def test_command_hook_lets_a_window_own_the_stack(ws):
    stack = []

    def hook(cmd):
        ws.apply(cmd)
        stack.append(cmd)

    ws.command_hook = hook
    e = first(ws, "Feb 24")
    ws.delete(e)
    assert not ws.can_undo() and len(stack) == 1
    ws.revert(stack.pop())
    assert ws.events.loc[e, "status"] == "auto"


def test_events_frame_grows_in_place_and_says_what_changed():
    """``ws.events`` after a batch of documents or an edit: rows set again in place and new ones
    appended (``events_since`` says which), equal to the frame made whole from scratch; removing
    a document (rows gone) tells the reader to take the frame whole."""
    texts = ["Russian forces pulled out of Izyum on Saturday, officials said. Talks end on 12 May 2023.",
             "Russian forces pulled out of Izyum on Saturday, the ministry said. A vote was held in 2021.",
             "The ceasefire was signed on 3 March 2022. It held until the summer."]
    docs = [_doc(f"/tmp/inc{i}.txt", t) for i, t in enumerate(texts)]
    ws = Workspace()

    def whole():
        ws._frame_dirty |= set(ws._members)
        ws._frame = None
        df = ws.events
        return df

    version = ws.frame_version
    for i, d in enumerate(docs):
        before = len(ws.events)
        ws.add_prepared([prepare(d)])
        df, version, delta = ws.events_since(version)
        assert delta is not None, "appending a document is an append"
        positions, first_new = delta
        assert first_new == before and len(df) > before
        if i == 1:   # the second article's Saturday joins the first's event: its row is set again
            assert len(positions) >= 1 and all(p < before for p in positions)
            assert df["n_sources"].iloc[positions].max() == 2
        pd.testing.assert_frame_equal(df, whole())
        version = ws.frame_version
    eid = ws.events.index[1]
    ws.set_headline(eid, "Talks end")
    ws.delete(ws.events.index[0])
    df, version2, delta = ws.events_since(version)
    assert delta is not None and sorted(delta[0].tolist()) == [0, 1] and delta[1] == len(df)
    assert df.loc[eid, "headline"] == "Talks end" and df["status"].iloc[0] == "deleted"
    pd.testing.assert_frame_equal(df, whole())
    version = ws.frame_version
    ws.remove_document(docs[0].path)
    df, _, delta = ws.events_since(version)
    assert delta is None, "rows removed: the frame is taken whole"
    pd.testing.assert_frame_equal(df, whole())


def test_rows_staged_batch_by_batch_give_the_frame_made_at_once(tmp_path):
    """A load's window stages the rows of each batch's new events (``stage_events``) and reads
    ``events`` now and then: the frame equals the one of the same documents added at once, made
    whole -- also when a staged event is joined by a later document before the read, an event is
    staged twice, or an edit comes between."""
    import sys

    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from articles import write_articles

    paths = write_articles(tmp_path, 24)
    copies = []
    for i in range(3):      # the sample three times: later copies join the first one's events
        p = tmp_path / f"copy{i}.md"
        p.write_text(open(SAMPLE, encoding="utf-8").read(), encoding="utf-8")
        copies.append(str(p))
    paths = paths[:5] + copies[:1] + paths[5:12] + copies[1:2] + paths[12:] + copies[2:]
    from timeline_app.core.loaders import load_paths

    # one reference date for all (each article's own "Published" line would give each its own,
    # and few of their events would join another's: the joins are what this test is about)
    docs, errors = load_paths(paths, date(2022, 9, 10))
    assert not errors
    prepared = [prepare(d) for d in docs]

    staged = Workspace()
    staged.events     # the frame exists: later reads are incremental
    version = staged.frame_version
    restaged = rejoined = 0
    for i in range(0, len(prepared), 3):
        staged.add_prepared([Prepared(p.document, p.mode, [dict(r) for r in p.rows]) for p in prepared[i:i + 3]])
        rejoined += len(staged._frame_dirty & staged._staged.keys())    # staged, then changed by this batch
        n = staged.stage_events()
        if i % 9 == 6:      # sometimes a read between batches: rows set again and appended
            df, version, delta = staged.events_since(version)
            assert delta is not None and not staged._staged
        restaged += n
    # an event staged, then changed by an edit before the read: its row is made again
    staged.add_prepared([prepare(_doc("/tmp/late.txt", "The ceasefire was signed on 3 March 2022."))])
    assert staged.stage_events() == 1
    late = next(iter(staged._staged))
    staged.set_headline(late, "Ceasefire signed")
    df = staged.events
    assert df.loc[late, "headline"] == "Ceasefire signed"
    assert restaged >= len(df) // 2, "the rows were made batch by batch"
    assert rejoined, "no staged event was changed by a later document before the read"

    at_once = Workspace()
    at_once.add_prepared([Prepared(p.document, p.mode, [dict(r) for r in p.rows]) for p in prepared])
    at_once.add_prepared([prepare(_doc("/tmp/late.txt", "The ceasefire was signed on 3 March 2022."))])
    at_once.set_headline(late, "Ceasefire signed")
    assert (at_once.events["n_sources"] > 1).any(), "no event joined across documents"
    pd.testing.assert_frame_equal(df, at_once.events)
    staged._frame = None
    pd.testing.assert_frame_equal(df, staged.events)
