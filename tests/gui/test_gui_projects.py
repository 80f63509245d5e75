"""Projects in the real window (offscreen): Save / Save As / Open / New, the title, autosave,
recovery after a crash (a real process killed without saving), closing with unsaved work."""
import os
import subprocess
import sys

import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from test_gui_window import load, sample, settings, window  # noqa: F401  (fixtures)
from timeline_app.cli import SAMPLE
from timeline_app.core.workspace import Workspace
from timeline_app.gui.main_window import MainWindow

COLS = ["event_id", "headline", "start", "end", "timex_value", "status", "tags", "note", "starred", "n_mentions"]


def _events(ws):
    return ws.events[COLS].sort_values("event_id").reset_index(drop=True)


def _title(w):
    return w.windowTitle().split(" — ")[0]


def _answer(qtbot, w, button):
    box = w._question
    assert isinstance(box, QMessageBox) and box.isVisible()
    qtbot.mouseClick(box.button(button), Qt.LeftButton)


def _save_as(w, monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))
    w.projects.act_save_as.trigger()


def test_save_edit_save_and_reopen_in_another_window(sample, qtbot, tmp_path, monkeypatch, settings):
    w = sample
    assert _title(w) == "kharkiv-offensive.md*"          # opened articles, not saved anywhere yet
    eid = w.frame.iloc[0]["event_id"]
    w.ws.set_tags(eid, ["front"])
    project = tmp_path / "kharkiv"
    _save_as(w, monkeypatch, project)
    assert os.path.exists(str(project) + ".timeline")
    assert _title(w) == "kharkiv.timeline"
    w.ws.delete(w.frame.iloc[1]["event_id"])
    assert _title(w) == "kharkiv.timeline*"
    w.timeline.setFocus()
    qtbot.keyClick(w.timeline, Qt.Key_S, Qt.ControlModifier)  # Ctrl+S: into the same project
    assert _title(w) == "kharkiv.timeline"
    w.edit.act_undo.trigger()
    assert _title(w) == "kharkiv.timeline*"                # back before the save point: unsaved again
    w.edit.act_redo.trigger()
    assert _title(w) == "kharkiv.timeline"
    saved = _events(w.ws)
    other = MainWindow(settings)
    qtbot.addWidget(other)
    with qtbot.waitSignal(other.loadingFinished, timeout=30000):
        other.open_files([str(project) + ".timeline"])
    pd.testing.assert_frame_equal(_events(other.ws), saved)
    assert _title(other) == "kharkiv.timeline" and len(other.frame) == len(w.frame)
    assert other.timeline.event_count() == w.timeline.event_count()   # the deleted one hidden there too


def test_new_project_asks_about_unsaved_edits(sample, qtbot):
    w = sample
    w.ws.set_starred(w.frame.iloc[0]["event_id"], True)
    w.timeline.setFocus()
    qtbot.keyClick(w.timeline, Qt.Key_N, Qt.ControlModifier)
    _answer(qtbot, w, QMessageBox.Cancel)
    assert len(w.docs) == 1                               # nothing lost
    w.projects.act_new.trigger()
    _answer(qtbot, w, QMessageBox.Discard)
    assert w.docs == [] and len(w.frame) == 0 and _title(w) == "Untitled"


def test_closing_with_unsaved_edits_asks(sample, qtbot, tmp_path, monkeypatch):
    w = sample
    w.ws.set_note(w.frame.iloc[0]["event_id"], "call the ministry")
    w.close()
    assert w.isVisible()                                  # not closed: asked first
    _answer(qtbot, w, QMessageBox.Cancel)
    assert w.isVisible()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "kept.timeline"), "")))
    w.close()
    _answer(qtbot, w, QMessageBox.Save)                   # Save: asks where, saves, then closes
    qtbot.waitUntil(lambda: not w.isVisible())
    ws = Workspace.open(str(tmp_path / "kept.timeline"))
    assert (ws.events["note"] == "call the ministry").sum() == 1


def test_autosave_goes_into_the_project(sample, qtbot, tmp_path, monkeypatch):
    w = sample
    _save_as(w, monkeypatch, tmp_path / "auto.timeline")
    eid = w.frame.iloc[2]["event_id"]
    w.ws.set_headline(eid, "Kyiv's forces retake Balakliya")
    assert _title(w).endswith("*") and w.projects.autosave_timer.isActive()
    assert w.projects.autosave() == str(tmp_path / "auto.timeline")
    assert not _title(w).endswith("*")
    assert Workspace.open(str(tmp_path / "auto.timeline")).event(eid)["headline"] == "Kyiv's forces retake Balakliya"


CRASH = r"""
import os, sys
from timeline_app.core.workspace import Workspace
from timeline_app.core import project
ws = Workspace.from_files([sys.argv[1]])
eid = ws.events.iloc[0]["event_id"]
ws.set_tags(eid, ["recovered"])
print(eid, project.autosave(ws))
os._exit(1)          # a crash: no save, no clean-up
"""


def test_recovery_is_offered_after_a_crash(window, qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("TIMELINE_APP_RECOVERY_DIR", str(tmp_path / "recovery"))
    out = subprocess.run([sys.executable, "-c", CRASH, SAMPLE], capture_output=True, text=True, timeout=120,
                         env={**os.environ, "TIMELINE_APP_RECOVERY_DIR": str(tmp_path / "recovery")})
    eid, rec = out.stdout.split()
    assert os.path.exists(rec)
    w = window
    w.projects.offer_recovery()
    box = w.projects.recovery_box
    assert box is not None and box.isVisible() and "ended without saving" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.Yes), Qt.LeftButton)
    assert [d.path for d in w.docs] == [SAMPLE]
    assert w.ws.event(eid)["tags"] == ("recovered",)
    assert _title(w).endswith("*")                        # recovered work is not saved anywhere yet
    assert not os.path.exists(rec)


def test_a_damaged_project_is_refused_in_one_line(window, qtbot, tmp_path):
    bad = tmp_path / "broken.timeline"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x07" * 300)
    window.open_files([str(bad)])
    box = window.error_box()
    assert box is not None and "broken.timeline" in box.text() and len(box.text().splitlines()) == 1
    assert window.docs == []


def test_reopening_shows_the_events_first_and_reports_a_changed_source_when_checked(window, qtbot, tmp_path,
                                                                                      monkeypatch, settings):
    import shutil

    src = tmp_path / "story.md"
    shutil.copy(SAMPLE, src)
    load(qtbot, window, [str(src)])
    window.ws.set_tags(window.frame.iloc[0]["event_id"], ["front"])
    saved = _events(window.ws)
    _save_as(window, monkeypatch, tmp_path / "story")
    src.write_text(src.read_text(encoding="utf-8") + "\nA line added later.\n", encoding="utf-8")
    other = MainWindow(settings)
    qtbot.addWidget(other)
    with qtbot.waitSignal(other.loadingFinished, timeout=30000):
        other.open_files([str(tmp_path / "story.timeline")])
    # the saved events (read, not tagged again), the same as before the save
    pd.testing.assert_frame_equal(_events(other.ws), saved)
    assert other.timeline.event_count() == window.timeline.event_count()
    # the source files are checked by a worker after the window shows them; the change is then reported
    qtbot.waitUntil(lambda: not other.projects.checking_sources(), timeout=10000)
    st = other.ws.document_states()[0]
    assert st.status == "changed"
    box = other.error_box()
    assert box is not None and "story.md" in box.text()


def test_reopened_documents_list_is_made_when_its_tab_is_shown(sample, qtbot, tmp_path, monkeypatch):
    """Opening a project fills the Documents tab when it is first shown (or read), not before:
    10,000 documents are 40,000 table items nobody sees while the Events tab is in front."""
    from datetime import date

    from PySide6.QtWidgets import QTableWidget

    w = sample
    project = tmp_path / "docs"
    _save_as(w, monkeypatch, project)
    w.tabs.setCurrentIndex(0)
    assert w.projects.open_project(str(project) + ".timeline")
    panel = w.documents
    assert not panel.isVisible() and QTableWidget.rowCount(panel) == 0     # nothing made yet
    w.tabs.setCurrentWidget(panel)
    assert panel.isVisible() and QTableWidget.rowCount(panel) == 1
    doc = w.docs[0]
    assert panel.item(0, 0).text() == doc.name and panel.item(0, 3).text() == str(len(w.frame))
    # hidden again: calls kept are merged (every row any of them named is set again when shown)
    w.tabs.setCurrentIndex(0)
    docs = [doc] + [type(doc)(path=f"/news/{i}.txt", text="x", reference_date=date(2022, 9, 10)) for i in range(3)]
    panel.set_documents(docs, {})
    assert panel.item(3, 0).text() == "2.txt"             # read: made then
    docs[1].reference_date, docs[2].reference_date = date(2020, 1, 1), date(2021, 1, 1)
    panel.set_documents(docs, {}, rows=[1])
    panel.set_documents(docs, {}, rows=[2])
    assert panel._pending[3] == {1, 2}
    w.tabs.setCurrentWidget(panel)
    assert [panel.item(r, 1).text() for r in range(4)] == ["2022-09-10", "2020-01-01", "2021-01-01", "2022-09-10"]
