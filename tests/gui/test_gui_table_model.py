"""The events table model: display strings, sort keys and row mapping, with undated rows mixed in."""
from hypothesis import given, settings, strategies as st
import pandas as pd
from PySide6.QtCore import Qt

from gui_helpers import synthetic_frame
from timeline_app.gui.event_table_model import (COL_WHEN, ROW_ROLE, SORT_ROLE, EventFilterProxy, EventTableModel,
                                                when_column)


def test_when_column_days_times_intervals_and_undated():
    df = pd.DataFrame({
        "start": pd.to_datetime(pd.Series(["2022-09-10", "2022-09-05", None, "2022-09-10T14:00"]), format="ISO8601"),
        "end": pd.to_datetime(pd.Series(["2022-09-11", "2022-09-12", None, "2022-09-10T15:00"]), format="ISO8601"),
        "granularity": ["day", "week", "", "hour"],
    })
    assert when_column(df) == ["2022-09-10", "2022-09-05 … 2022-09-11", "(undated)", "2022-09-10 14:00"]


def test_sorting_keeps_row_ids_and_dates_sort_as_dates(qtbot):
    df = synthetic_frame(300, seed=11).sample(frac=1, random_state=3).reset_index(drop=True)
    df.loc[[5, 17], ["start", "end"]] = pd.NaT
    m = EventTableModel()
    m.set_frame(df)
    proxy = EventFilterProxy()
    proxy.setSourceModel(m)
    for order in (Qt.AscendingOrder, Qt.DescendingOrder):
        proxy.sort(COL_WHEN, order)
        rows = [proxy.index(i, 0).data(ROW_ROLE) for i in range(proxy.rowCount())]
        assert sorted(rows) == list(range(len(df)))
        starts = [df["start"][r] for r in rows]
        assert all(pd.isna(s) for s in starts[-2:])            # undated last, either order
        dated = starts[:-2]
        assert dated == sorted(dated, reverse=order == Qt.DescendingOrder)
        # Display and sort key belong to the same frame row.
        for i in (0, 100, 297):
            ix = proxy.index(i, COL_WHEN)
            r = ix.data(ROW_ROLE)
            assert ix.data(SORT_ROLE) == (df["start"][r] - pd.Timestamp(0)).total_seconds()
            assert ix.data(Qt.DisplayRole).startswith(f"{df['start'][r]:%Y-%m-%d}")


def test_every_column_sorts_like_a_stable_sort_and_the_mask_keeps_that_order(qtbot):
    import numpy as np

    from timeline_app.gui.event_table_model import HEADERS

    df = synthetic_frame(400, seed=5, documents=7).sample(frac=1, random_state=1).reset_index(drop=True)
    df["expression"] = [f"Event {i % 13}" for i in range(len(df))]   # ties, and case to fold
    df.loc[[3, 30, 300], ["start", "end"]] = pd.NaT
    m = EventTableModel()
    m.set_frame(df)
    proxy = EventFilterProxy()
    proxy.setSourceModel(m)
    mask = np.random.default_rng(2).random(len(df)) < 0.4
    for col in range(len(HEADERS)):
        proxy.set_mask(None)
        keys = [proxy.index(i, col).data(SORT_ROLE) for i in range(proxy.rowCount())]
        by_row = {proxy.index(i, col).data(ROW_ROLE): k for i, k in enumerate(keys)}
        for order in (Qt.AscendingOrder, Qt.DescendingOrder):
            proxy.set_mask(None)
            proxy.sort(col, order)
            rows = [proxy.index(i, 0).data(ROW_ROLE) for i in range(proxy.rowCount())]
            desc = order == Qt.DescendingOrder
            if col == COL_WHEN:
                dated = [r for r in range(len(df)) if by_row[r] != float("inf")]
                expected = sorted(dated, key=by_row.get, reverse=desc) + [r for r in range(len(df)) if r not in dated]
            else:
                expected = sorted(range(len(df)), key=by_row.get, reverse=desc)
            assert rows == expected, (HEADERS[col], order)
            proxy.set_mask(mask)
            shown = [proxy.index(i, 0).data(ROW_ROLE) for i in range(proxy.rowCount())]
            assert shown == [r for r in expected if mask[r]]
            hidden = int(np.flatnonzero(~mask)[0])
            assert not m.index_of_frame_row(hidden).isValid()
            assert proxy.mapFromSource(m.index_of_frame_row(shown[5])).row() == 5


def test_cells_made_row_by_row_equal_the_whole_columns(qtbot):
    from timeline_app.gui.event_table_model import HEADERS, when_text

    df = synthetic_frame(500, seed=9, documents=4)
    df.loc[[1, 2, 50], ["start", "end"]] = pd.NaT
    df.loc[[3], ["end"]] = pd.NaT
    assert [when_text(s, e, g) for s, e, g in zip(df["start"], df["end"], df["granularity"])] == when_column(df)
    m = EventTableModel()
    m.set_frame(df)
    lazy = [[m.index(r, c).data() for c in range(len(HEADERS))] for r in range(len(df))]
    whole = [[m._column(c)[r] for c in range(len(HEADERS))] for r in range(len(df))]
    assert lazy == whole


def _curated_frame(n=600, seed=3):
    """A Workspace-like frame: repeated headlines in mixed case, missing ones, stars, tag tuples,
    notes, sentences differing only in spacing, documents in several folders."""
    import numpy as np

    rng = np.random.default_rng(seed)
    df = synthetic_frame(n, seed=seed, documents=5)
    heads = ["Troops enter Izyum", "troops enter izyum", "Ceasefire talks", "A bridge is hit", "", None,
             "Élan vital", "zebra crossing"]
    df["headline"] = [heads[i] for i in rng.integers(0, len(heads), n)]
    df["starred"] = rng.random(n) < 0.2
    tags = [(), ("front",), ("front", "east"), ("Aid",), ("east",)]
    df["tags"] = [tags[i] for i in rng.integers(0, len(tags), n)]
    df["note"] = [("check the Bridge date" if i % 7 == 0 else "") for i in range(n)]
    sentences = ["The troops  entered the town.", "The troops entered the town.", "Talks resumed on Monday.",
                 "A bridge near Kharkiv was hit."]
    df["sentence"] = [sentences[i] for i in rng.integers(0, len(sentences), n)]
    df["expression"] = [["on Monday", "last week", "In March", "in march", "2019"][i] for i in rng.integers(0, 5, n)]
    df["document"] = [f"/docs/{'ab'[i % 2]}/article-{i % 5}.txt" for i in range(n)]
    df["start_char"] = rng.integers(0, 500, n)
    return df.sample(frac=1, random_state=4).reset_index(drop=True)


def test_text_columns_sort_by_their_shown_text_case_folded(qtbot):
    """The ranks made from each column's distinct values sort rows exactly as sorting the text
    each row shows (lower-cased; ties in frame order; a document by name then place)."""
    import os

    from timeline_app.gui.event_table_model import (COL_DOCUMENT, COL_EXPRESSION, COL_HEADLINE, COL_SENTENCE,
                                                    COL_TAGS, COL_VALUE, headline_text, tags_text)

    df = _curated_frame()
    m = EventTableModel()
    m.set_frame(df)
    shown = {
        COL_HEADLINE: [headline_text(h, s).lower() for h, s in zip(df["headline"], df["starred"])],
        COL_EXPRESSION: [e.lower() for e in df["expression"]],
        COL_VALUE: [str(v).lower() for v in df["timex_value"]],
        COL_TAGS: [tags_text(t).lower() for t in df["tags"]],
        COL_SENTENCE: [" ".join(s.split()).lower() for s in df["sentence"]],
        COL_DOCUMENT: [(os.path.basename(d), int(sc)) for d, sc in zip(df["document"], df["start_char"])],
    }
    for col, keys in shown.items():
        for order in (Qt.AscendingOrder, Qt.DescendingOrder):
            m.sort_rows(col, order)
            rows = [m.frame_row(i) for i in range(m.rowCount())]
            assert rows == sorted(range(len(df)), key=keys.__getitem__, reverse=order == Qt.DescendingOrder), \
                (col, order)
            # shown cells agree with the keys sorted on
            if col not in (COL_DOCUMENT,):
                texts = [m.index(i, col).data().lower() for i in range(m.rowCount())]
                assert texts == [keys[r] for r in rows]


def test_the_text_filter_finds_every_word_in_any_text_column(qtbot):
    """Each word must occur (case-insensitively) in one of the headline, expression, value,
    sentence, note or tags of a row: checked against a plain scan of every row."""
    import numpy as np

    from timeline_app.core.filters import TEXT_COLUMNS, EventFilter, haystacks

    df = _curated_frame(800, seed=7)

    def text(v):
        return " ".join(v) if isinstance(v, tuple) else "" if v is None else str(v)

    rows = [[text(df.at[i, c]).lower() for c in TEXT_COLUMNS if c in df.columns] for i in range(len(df))]
    hay = haystacks(df)
    for query in ("troops", "TROOPS izyum", "front", "east aid", "bridge", "bridge check", "march", "élan",
                  "zeb", "nothing-like-this", "", "2019 monday"):
        words = query.lower().split()
        expected = np.array([all(any(w in cell for cell in r) for w in words) for r in rows])
        got = EventFilter(text=query, status="all").mask(df, hay)
        assert got.tolist() == expected.tolist(), query
        assert EventFilter(text=query, status="all").mask(df).tolist() == expected.tolist()
    # a filter on top of another choice searches only the rows still in
    starred = EventFilter(text="troops", starred=True, status="all").mask(df, hay)
    assert starred.tolist() == (EventFilter(text="troops", status="all").mask(df, hay) & df["starred"].to_numpy()).tolist()


def test_sort_keys_and_search_text_made_as_rows_arrive_equal_those_made_at_once(qtbot):
    """Rows arriving in batches (some changed in place) while the idle preparation runs a chunk
    at a time: every sort and every text filter gives what a model made from the whole frame at
    once gives; the window's filter reads the table's search text for the frame it shows."""
    import numpy as np

    from timeline_app.core.filters import EventFilter, haystacks
    from timeline_app.gui.event_table_model import HEADERS

    df = _curated_frame(900, seed=11)
    grown = EventTableModel()
    grown.CHUNK = 64                      # many small chunks, so batches arrive mid-way
    grown.set_frame(df.iloc[:300].reset_index(drop=True))
    for _ in range(3):
        grown._prepare_piece()
    changed = df.copy()
    changed.loc[[5, 40, 250], "headline"] = ["zzz last now", "AAA first now", "Middle"]
    changed.loc[[7, 41], "sentence"] = ["A brand new sentence.", "Another  new one."]
    changed.loc[[5, 250], "start"] = [pd.Timestamp("1999-12-31"), pd.NaT]      # dates set again in place
    changed.loc[[40], "status"] = ["deleted"]
    for a, b in ((300, 310), (310, 700), (700, 900)):
        part = changed.iloc[:b].reset_index(drop=True)
        grown.update_rows(part, np.array([5, 7, 40, 41, 250]) if a == 300 else np.zeros(0, dtype=np.int64), a)
        grown._prepare_piece()
    assert not grown.prepared()
    qtbot.waitUntil(grown.prepared, timeout=10_000)
    whole = EventTableModel()
    whole.set_frame(part)
    np.testing.assert_array_equal(grown._start_key, whole._start_key)      # (made for the rows set again only)
    np.testing.assert_array_equal(grown._deleted, whole._deleted)
    for col in range(len(HEADERS)):
        for order in (Qt.AscendingOrder, Qt.DescendingOrder):
            grown.sort_rows(col, order)
            whole.sort_rows(col, order)
            assert [grown.frame_row(i) for i in range(len(part))] == \
                [whole.frame_row(i) for i in range(len(part))], (HEADERS[col], order)
    hay = grown.search_text(part)
    assert hay is not None and grown.search_text(part.copy()) is None
    fresh = haystacks(part)
    for query in ("troops", "zzz", "aaa first", "brand new", "another new", "bridge check", "front", "nothing"):
        f = EventFilter(text=query, status="all")
        assert f.mask(part, hay).tolist() == f.mask(part, fresh).tolist(), query


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.text(alphabet="abcAB é", max_size=4), max_size=12), max_size=6))
def test_distinct_texts_rank_merged_batch_by_batch_is_the_sorted_rank(batches):
    import numpy as np

    from timeline_app.core.filters import DistinctTexts, factorize

    d = DistinctTexts()
    rows = []
    for batch in batches:
        local, uniques = factorize(np.array(batch, dtype=object))
        d.put(slice(len(rows), len(rows) + len(batch)), local, list(uniques))
        rows.extend(batch)
        d.rank()
        distinct = sorted(set(rows))
        assert d.row_rank().tolist() == [distinct.index(t) for t in rows]


def test_the_when_of_a_span_a_date_bounds_says_so(qtbot):
    """A span a date bounds ("the second conviction since 2019": 2019 to the time of writing) shows
    the words that bound it, as the timeline labels it; a plain date does not. Data: the written
    articles and the open side each event must have (tests/data/articles/expected.jsonl)."""
    import json
    from datetime import date
    from pathlib import Path

    from timeline_app.core.loaders import load_document
    from timeline_app.core.workspace import Workspace, prepare
    from timeline_app.gui.event_table_model import when_text

    data = Path(__file__).resolve().parent.parent / "data" / "articles"
    case = json.loads((data / "expected.jsonl").read_text("utf-8").splitlines()[0])
    ref = date.fromisoformat(case["ref"])
    ws = Workspace(reference_date=ref)
    ws.add_prepared([prepare(load_document(str(data / case["article"]), reference_date=ref), ws.mode)])
    df = ws.events
    m = EventTableModel()
    m.set_frame(df)
    lazy = [m.index(r, COL_WHEN).data() for r in range(m.rowCount())]    # cell by cell, as shown
    rows = [m.index(r, COL_WHEN).data(ROW_ROLE) for r in range(m.rowCount())]
    whole = when_column(df.reset_index(drop=True))
    assert lazy == [whole[r] for r in rows]
    expressions = df["expression"].tolist()
    for want in case["events"]:
        r = expressions.index(want["expression"])
        text = whole[r]
        if want.get("side"):
            bound = text.split(" · ")[0]
            assert want["expression"].lower() in bound.lower() and bound.lower() != want["expression"].lower(), text
            assert text == f"{bound} · {when_text(df['start'].iloc[r], df['end'].iloc[r], df['granularity'].iloc[r])}"
        else:
            assert " · " not in text, (want, text)
    assert whole[expressions.index("2019")] == "since 2019 · 2019-01-01 … 2023-10-12"
    assert whole[expressions.index("2031")] == "until 2031 · 2023-10-12 … 2031-12-31"
    # a date the user sets is no longer a span
    ws.set_when(df["event_id"].iloc[expressions.index("2019")], "2019")
    assert when_column(ws.events.reset_index(drop=True))[expressions.index("2019")] == "2019-01-01 … 2019-12-31"
