"""Filters act on the timeline, the table and the exports alike, and never change the selection;
dialogs start in the last folder used. The real window, offscreen, on the bundled sample."""
import csv

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from test_gui_window import load, sample, settings, window  # noqa: F401  (fixtures)
from timeline_app.cli import SAMPLE


def _dated(w, mask=None):
    m = w.frame["start"].notna().to_numpy()
    return int((m & mask).sum()) if mask is not None else int(m.sum())


def test_typing_in_the_filter_never_changes_the_selected_event(sample, qtbot):
    w = sample
    rows = [int(i) for i in w.frame.index[w.frame["start"].notna()]]
    chosen = rows[len(rows) // 2]
    w.select_row(chosen)
    sentence = w.source.highlighted_sentence()
    changes = []
    w.selectionChanged.connect(changes.append)
    qtbot.keyClick(w.table, Qt.Key_F, Qt.ControlModifier)
    qtbot.keyClicks(w.filter_edit, "zzz no such word")          # filters the chosen event out
    assert w.proxy.rowCount() == 0 and w.timeline.event_count() == 0
    assert w.selected_row() == chosen and changes == []
    assert w.source.highlighted_sentence() == sentence          # the source panel still shows it
    w.filter_edit.clear()                                        # back: the same event, selected everywhere
    assert w.selected_row() == chosen and changes == []
    assert w.row_of_index(w.table.currentIndex()) == chosen
    assert w.timeline.selected_row() == chosen
    # A filter that keeps other rows but not the chosen one moves nothing either.
    other = next(r for r in rows if w.frame.iloc[r]["expression"] != w.frame.iloc[chosen]["expression"])
    w.filter_edit.setText(str(w.frame.iloc[other]["sentence"]).split()[0] + " " +
                          str(w.frame.iloc[other]["sentence"]).split()[1])
    assert w.selected_row() == chosen and changes == []


def test_one_filter_for_the_timeline_the_table_and_the_export(sample, tmp_path, monkeypatch):
    w = sample
    w.type_filter.setCurrentIndex(w.type_filter.findData("DURATION"))
    mask = (w.frame["timex_type"] == "DURATION").to_numpy()
    assert w.proxy.rowCount() == int(mask.sum())
    assert w.timeline.event_count() == _dated(w, mask)
    out = tmp_path / "some.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "CSV (*.csv)")))
    w.export_csv_dialog()
    with open(out, newline="", encoding="utf-8") as f:
        written = list(csv.DictReader(f))
    # one row per time expression of the events shown: an event's own is a DURATION; another of its
    # mentions ("now" of the sample's "its seventh month") comes with it
    assert len(written) == int(w.frame["n_mentions"][mask].sum())
    own = {(str(r["expression"]), str(r["start_char"])) for _, r in w.frame[mask].iterrows()}
    assert {r["timex_type"] for r in written if (r["expression"], r["start_char"]) in own} <= {"DURATION"}
    assert len(own) == int(mask.sum())
    w.type_filter.setCurrentIndex(0)
    w.filter_edit.setText("Izyum")
    mask = np.array(["izyum" in str(s).lower() for s in w.frame["sentence"]])
    assert 0 < mask.sum() < len(w.frame)
    assert w.proxy.rowCount() == int(mask.sum())
    assert w.timeline.event_count() == _dated(w, mask)
    assert sorted(w.table_rows()) == sorted(np.flatnonzero(mask).tolist())


def test_dialogs_start_in_the_last_folder_used(window, qtbot, tmp_path, monkeypatch):
    w = window
    folder = tmp_path / "articles"
    folder.mkdir()
    art = folder / "a.txt"
    art.write_text("On Monday, 5 September 2022, the offensive began.", encoding="utf-8")
    seen = []

    def fake_open(parent, caption, directory, *a, **k):
        seen.append(directory)
        return [str(art)], ""
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(fake_open))
    with qtbot.waitSignal(w.loadingFinished, timeout=60000):
        w.open_dialog()

    def fake_save(parent, caption, directory, *a, **k):
        seen.append(directory)
        return "", ""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    w.export_csv_dialog()
    w.export_image_dialog()
    assert seen[1] == str(folder / "events.csv") and seen[2] == str(folder / "timeline.png")
    w.open_dialog()
    assert seen[3] == str(folder)


def test_the_document_filter_acts_on_the_timeline(window, qtbot, tmp_path):
    w = window
    other = tmp_path / "other.txt"
    other.write_text("On 3 March 2021 the bridge opened. It closed in May 2021.", encoding="utf-8")
    load(qtbot, w, [SAMPLE, str(other)])
    n_all = w.timeline.event_count()
    w.doc_filter.setCurrentIndex(w.doc_filter.findData(str(other)))
    assert w.timeline.event_count() == 2 < n_all
    assert w.proxy.rowCount() == 2
