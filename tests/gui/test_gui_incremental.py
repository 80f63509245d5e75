"""The window updates only what changed (issue 9): documents arriving during a load append rows to
every view, an edit (delete, headline, date, undo) sets its own rows again, and neither resets the
events table's model. Each time, every view must show exactly what a full rebuild from scratch
shows (the Workspace's events frame made again whole, every view set again)."""
from __future__ import annotations

import gc
import shutil

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import QSettings, Qt

from articles import write_articles
from timeline_app.cli import SAMPLE
from timeline_app.gui.event_table_model import HEADERS
from timeline_app.gui.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path):
    w = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat), persist=False)
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def files(tmp_path):
    """Ten generated articles and three copies of the sample (same sentences: their events join
    the first copy's across documents, so a load also sets earlier rows again)."""
    paths = write_articles(tmp_path / "articles", 10)
    for i in range(3):
        f = tmp_path / f"copy{i}.md"
        shutil.copy(SAMPLE, f)
        paths.insert(3 * i + 1, str(f))
    return paths


def view_state(w: MainWindow) -> dict:
    """What every view shows, as plain data."""
    m = w.model
    cells = [[m.data(m.index(r, c)) for c in range(len(HEADERS))] for r in range(m.rowCount())]
    # (on the axis as found: drawn, the breaks open up as a view zooms in, so two windows at two
    # zooms draw the same events at other axis positions)
    found = w.timeline.found_breaks()
    fulls = {**w.timeline._full, "start": found.to_u(w.timeline._full["t_start"]),
             "end": found.to_u(w.timeline._full["t_end"])}
    return {
        "frame": w.frame.copy(),
        "mask": w.mask.copy(),
        "table": cells,
        "table_rows": w.table_rows(),
        "deleted": [m.data(m.index(r, 0), Qt.FontRole) is not None for r in range(m.rowCount())],
        "timeline": {k: (v.tolist() if v.dtype == object else v.copy()) for k, v in fulls.items()},
        "timeline_shown": w.timeline.event_count(),
        "references": w.timeline.reference_lines(),
        "legend": [(name, c.rgba()) for name, c in w.timeline.legend()],
        "colours": [c.rgba() for c in w.timeline.doc_colours()],
        "undated": [(w.undated.item(i).text(), w.undated.item(i).data(Qt.UserRole), w.undated.item(i).isHidden())
                    for i in range(w.undated.count())],
        "undated_tab": w.tabs.tabText(1),
        "documents": [[w.documents.item(r, c).text() for c in range(4)] for r in range(w.documents.rowCount())],
        "filter_documents": [w.filter_bar.document.itemData(i) for i in range(w.filter_bar.document.count())],
        "selected": w.selected_row(),
    }


def assert_same(a: dict, b: dict) -> None:
    pd.testing.assert_frame_equal(a["frame"], b["frame"])
    for k in a:
        if k == "frame":
            continue
        if k == "timeline":
            assert a[k].keys() == b[k].keys()
            for name in a[k]:
                x, y = a[k][name], b[k][name]
                if isinstance(x, np.ndarray):
                    np.testing.assert_array_equal(x, y, err_msg=f"timeline {name}")
                else:
                    assert x == y, f"timeline {name}"
        elif isinstance(a[k], np.ndarray):
            np.testing.assert_array_equal(a[k], b[k], err_msg=k)
        else:
            assert a[k] == b[k], k


def undated_rows(w: MainWindow) -> list[int]:
    return [w.undated.item(i).data(Qt.UserRole) for i in range(w.undated.count())]


def rebuilt_from_scratch(w: MainWindow) -> dict:
    """The views' state after the Workspace's frame and every view are made again whole."""
    w.ws._frame = None
    w._refresh()
    return view_state(w)


class Counter:
    """Counts the table model's signals."""

    def __init__(self, model):
        self.resets, self.inserted, self.changed, self.layouts = 0, [], [], 0
        model.modelReset.connect(lambda: setattr(self, "resets", self.resets + 1))
        model.rowsInserted.connect(lambda _p, a, b: self.inserted.append((a, b)))
        model.dataChanged.connect(lambda tl, br, _roles=(): self.changed.append((tl.row(), br.row())))
        model.layoutChanged.connect(lambda *_: setattr(self, "layouts", self.layouts + 1))


def test_arriving_documents_append_rows_and_end_as_a_one_shot_load(window, qtbot, files, monkeypatch):
    monkeypatch.setattr(window, "PARTIAL_EVERY", 0.0)   # the views updated as often as they can be
    monkeypatch.setattr(window, "ADD_BATCH", 1)         # one document per turn of the event loop
    monkeypatch.setattr(window, "ADD_SLICE", 0.0)
    count = Counter(window.model)
    versions = []
    window.eventsChanged.connect(lambda: versions.append(len(window.frame)))
    with qtbot.waitSignal(window.loadingFinished, timeout=60000):
        window.open_files(files)
    assert len(window.docs) == len(files)
    assert gc.isenabled(), "the garbage collector paused during the load is back"
    assert count.resets == 0, "the table model was reset during the load"
    assert len(count.inserted) >= 3, "rows were not inserted as documents arrived"
    assert count.inserted[0][0] == 0 and count.inserted[-1][1] == len(window.frame) - 1
    assert [b - a + 1 for a, b in count.inserted] and sum(b - a + 1 for a, b in count.inserted) == len(window.frame)
    assert count.changed, "events of earlier documents joined by later ones were not redrawn"
    assert versions == sorted(versions) and len(set(versions)) >= 3   # the frame grew in steps
    assert (window.frame["n_sources"] > 1).any(), "no event joined across documents"
    incremental = view_state(window)
    assert_same(incremental, rebuilt_from_scratch(window))

    # The same files opened by another window in one go give the same views.
    other = MainWindow(QSettings(str(window.settings.fileName()) + ".2", QSettings.IniFormat), persist=False)
    qtbot.addWidget(other)
    other.load_files_now(files)
    assert_same(incremental, rebuilt_from_scratch(other))


def test_rows_arrive_in_place_in_a_sorted_and_filtered_table(window, qtbot, files, monkeypatch):
    monkeypatch.setattr(window, "PARTIAL_EVERY", 0.0)
    monkeypatch.setattr(window, "ADD_BATCH", 1)
    monkeypatch.setattr(window, "ADD_SLICE", 0.0)
    window.table.sortByColumn(1, Qt.DescendingOrder)            # by headline
    window.filter_bar.type.setCurrentIndex(window.filter_bar.type.findData("DATE"))
    count = Counter(window.model)
    with qtbot.waitSignal(window.loadingFinished, timeout=60000):
        window.open_files(files)
    assert count.resets == 0
    assert 0 < int(window.mask.sum()) < len(window.frame)
    shown = window.table_rows()
    assert set(shown) == set(np.flatnonzero(window.mask).tolist())
    heads = [window.model.data(window.model.index(r, 1)).lower() for r in range(window.model.rowCount())]
    assert heads == sorted(heads, reverse=True)
    assert_same(view_state(window), rebuilt_from_scratch(window))


def test_an_edit_sets_its_rows_again_without_resetting_the_model(window, qtbot, files):
    window.load_files_now(files)
    f = window.frame
    dated = f.index[f["start"].notna()].tolist()
    undated = f.index[f["start"].isna()].tolist()
    assert len(dated) > 10 and undated, "the articles need dated and undated events"
    window.select_row(dated[5])
    count = Counter(window.model)
    ws = window.ws
    n = len(window.frame)

    ws.set_headline(window.frame["event_id"].iloc[dated[5]], "Talks resumed")
    assert count.resets == 0 and count.inserted == [] and count.changed
    assert window.model.data(window.model.index(window.model._inv[dated[5]], 1)) == "Talks resumed"
    assert "Talks resumed" in window.timeline._full["labels"].tolist()
    assert window.selected_row() == dated[5], "the selection stays on the edited event"

    ws.delete(window.frame["event_id"].iloc[dated[2]])
    ws.set_when(window.frame["event_id"].iloc[undated[0]], "2021-03-04")     # an undated event gets a date
    ws.set_when(window.frame["event_id"].iloc[dated[7]], "1999-12-31")       # moves in the sort by date
    assert count.resets == 0 and len(window.frame) == n
    assert window.frame["status"].iloc[dated[2]] == "deleted"
    assert undated[0] not in undated_rows(window)
    assert window.table_rows()[0] == dated[7], "the table sorted by date puts the event first"
    assert_same(view_state(window), rebuilt_from_scratch(window))

    count = Counter(window.model)
    for _ in range(4):
        window.wsm.undo_stack.undo()
    assert count.resets == 0 and count.changed
    assert window.frame["headline"].iloc[dated[5]] != "Talks resumed"
    assert undated[0] in undated_rows(window), "undone: the event is undated again, in its place"
    assert undated_rows(window) == sorted(undated_rows(window))
    assert_same(view_state(window), rebuilt_from_scratch(window))


def test_an_edit_under_a_filter_hides_the_row_without_a_reset(window, qtbot, files):
    window.load_files_now(files)
    eid = window.frame["event_id"].iloc[3]
    before = window.model.rowCount()
    count = Counter(window.model)
    window.ws.delete(eid)                                  # deleted events are hidden by default
    assert count.resets == 0 and count.layouts == 1
    assert window.model.rowCount() == before - 1
    assert 3 not in window.table_rows()
    assert_same(view_state(window), rebuilt_from_scratch(window))


def test_a_load_updates_the_views_every_few_rows_and_fills_the_hidden_undated_list_when_read(
        window, qtbot, files, monkeypatch):
    """The views take in at most about UPDATE_ROWS new rows at a time (the add waits for them),
    whatever PARTIAL_EVERY says; the Undated list, hidden behind the Events tab, makes no item
    during the load, and once read (or shown) lists what a full rebuild lists. Cancelling part-way
    leaves whole documents only: each one's events as a load of that document alone gives them."""
    from PySide6.QtWidgets import QListWidget

    monkeypatch.setattr(window, "PARTIAL_EVERY", 1000.0)   # no update by the clock: only by rows waiting
    monkeypatch.setattr(window, "UPDATE_ROWS", 12)
    monkeypatch.setattr(window, "ADD_BATCH", 2)
    assert window.tabs.currentIndex() == 0 and not window.undated.isVisible()
    count = Counter(window.model)
    adds, add = [], window.ws.add_prepared

    def add_prepared(batch):     # one thing per turn: no document goes in while view steps wait
        adds.append(len(window._view_steps))
        return add(batch)
    monkeypatch.setattr(window.ws, "add_prepared", add_prepared)
    with qtbot.waitSignal(window.loadingFinished, timeout=60000):
        window.open_files(files)
    assert len(window.docs) == len(files) and count.resets == 0
    assert adds and not any(adds), "documents were added while the views' update steps waited"
    assert window.windowTitle().startswith(f"{len(files)} documents")    # (set by the views' updates)
    assert len(count.inserted) >= 3, "the rows went in at once, not as they waited"
    assert QListWidget.count(window.undated) == 0, "the hidden Undated list made its items during the load"
    undated = int(window.frame["start"].isna().sum())
    assert undated and window.tabs.tabText(1) == f"Undated ({undated})"
    incremental = view_state(window)      # (reads the list: made now)
    assert len(incremental["undated"]) == undated
    assert_same(incremental, rebuilt_from_scratch(window))
    window.tabs.setCurrentIndex(1)        # shown: the same items
    assert window.undated.isVisible() and undated_rows(window) == [r for r, _ in
                                                                    sorted(window._undated_items.items())]


def test_a_long_loads_later_updates_take_in_more_rows(window, qtbot, files, monkeypatch):
    """Each update of a load takes in at least UPDATE_ROWS new rows or, once more are shown, at
    least 1/UPDATE_GROWTH of the rows shown (part of an update's cost grows with the rows shown:
    a long load makes fewer, larger updates later on); the views end as a rebuild shows them."""
    monkeypatch.setattr(window, "PARTIAL_EVERY", 1000.0)   # no update by the clock: only by rows waiting
    monkeypatch.setattr(window, "UPDATE_ROWS", 4)
    monkeypatch.setattr(window, "UPDATE_GROWTH", 2)
    monkeypatch.setattr(window, "ADD_BATCH", 1)
    count = Counter(window.model)
    shown = [0]       # the frame's rows after each update
    window.eventsChanged.connect(lambda: shown.append(len(window.frame)))
    with qtbot.waitSignal(window.loadingFinished, timeout=60000):
        window.open_files(files)
    assert len(window.docs) == len(files) and count.resets == 0
    steps = [(a, b - a) for a, b in zip(shown, shown[1:]) if b != a]     # (rows shown before, rows taken in)
    assert len(steps) >= 3 and shown[-1] == len(window.frame)
    assert any(a // 2 > 4 for a, _ in steps[:-1]), "the load never showed enough rows to test the growth"
    for a, k in steps[:-1]:       # (the last one takes what is left)
        assert k >= max(4, a // 2), f"an update took in {k} rows with {a} shown: {steps}"
    assert_same(view_state(window), rebuilt_from_scratch(window))


def test_cancel_part_way_leaves_whole_documents(window, qtbot, files, monkeypatch):
    monkeypatch.setattr(window, "ADD_BATCH", 1)
    monkeypatch.setattr(window, "UPDATE_ROWS", 5)
    added = []
    window.eventsChanged.connect(lambda: added.append(len(window.docs)))
    with qtbot.waitSignal(window.loadingFinished, timeout=60000):
        window.open_files(files)
        qtbot.waitUntil(lambda: len(window.docs) >= 3, timeout=60000)
        window.cancel_loading()
    kept = [d.path for d in window.docs]
    assert 3 <= len(kept) <= len(files)
    got = window.frame.drop(columns=["doc_index"]).reset_index(drop=True)
    other = MainWindow(QSettings(str(window.settings.fileName()) + ".3", QSettings.IniFormat), persist=False)
    qtbot.addWidget(other)
    other.load_files_now(kept)
    want = other.frame.drop(columns=["doc_index"]).reset_index(drop=True)
    pd.testing.assert_frame_equal(got, want)
