"""The window with hostile dates and files (issue 10 items 4, 11 (Qt-written PDF), 12).

A real MainWindow, offscreen; PDFs written by Qt's own PDF writer (QTextDocument printed to a
QPdfWriter), as a user's "Print to PDF" from a Qt app would.
"""
from __future__ import annotations

import os
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QLineEdit

from timeline_app.cli import SAMPLE
from timeline_app.core.document import Document
from timeline_app.core.events import events_frame
from timeline_app.core.loaders import load_document
from timeline_app.gui.documents_panel import DocumentsPanel
from timeline_app.gui.main_window import MainWindow

REPO = Path(__file__).resolve().parents[2]
SEED_TEXT = REPO.parent / "shared" / "seed" / "kharkiv-offensive.txt"


@pytest.fixture
def window(qtbot, tmp_path):
    w = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat))
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


def _load(qtbot, w, paths):
    with qtbot.waitSignal(w.loadingFinished, timeout=60000):
        w.open_files(paths)


def _type_date(qtbot, w, path, text):
    w.tabs.setCurrentWidget(w.documents)
    edit = w.documents.edit_date(path)
    assert isinstance(edit, QLineEdit)
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key_Return)
    qtbot.waitUntil(lambda: w.documents.state() != w.documents.State.EditingState, timeout=5000)
    qtbot.wait(20)  # the delegate commits on the next turn of the event loop


# ---- item 12 -------------------------------------------------------------------------------
def test_reference_date_9999_12_31_paints_and_screenshots(qtbot, tmp_path):
    w = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat), reference_date=date(9999, 12, 31))
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    _load(qtbot, w, [SAMPLE])
    w.timeline.fit_all()
    img = w.timeline.render_image()  # raised OverflowError in the axis labels
    assert not img.isNull()
    w.timeline.repaint()
    out = tmp_path / "shot.png"
    r = subprocess.run([sys.executable, "-m", "timeline_app", SAMPLE, "--reference-date", "9999-12-31",
                        "--screenshot", str(out)], capture_output=True, text=True, timeout=120, cwd=REPO,
                       env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr and not QImage(str(out)).isNull()


def test_year_1_typed_is_year_1(window, qtbot):
    _load(qtbot, window, [SAMPLE])
    _type_date(qtbot, window, window.docs[0].path, "0001-01-01")
    assert window.docs[0].reference_date == date(1, 1, 1)  # was silently 1752-09-14 (QDateEdit's minimum)
    assert window.documents.date_text(window.docs[0].path) == "0001-01-01"
    window.timeline.render_image()


@pytest.mark.parametrize("typed, why", [("2023-02-29", "February 2023 has 28 days"),
                                        ("0000-06-01", "the year must be 1 to 9999"),
                                        ("next week", "type it as YYYY-MM-DD")])
def test_an_impossible_date_typed_is_refused_visibly(window, qtbot, typed, why):
    _load(qtbot, window, [SAMPLE])
    path = window.docs[0].path
    before = window.docs[0].reference_date
    _type_date(qtbot, window, path, typed)
    assert window.docs[0].reference_date == before
    assert window.documents.date_text(path) == before.isoformat()
    assert window.documents.last_refusal is not None and why in window.documents.last_refusal[1]
    assert why in window.statusBar().currentMessage()


def test_one_editor_while_editing_not_one_widget_per_row(qtbot):
    panel = DocumentsPanel()
    qtbot.addWidget(panel)
    panel.show()
    docs = [Document(path=f"/news/{i:04d}.txt", text="x", reference_date=date(2022, 9, 10)) for i in range(2000)]
    panel.set_documents(docs, {})
    assert panel.findChildren(QLineEdit) == [] and not any(
        panel.cellWidget(r, 1) for r in range(panel.rowCount()))
    edit = panel.edit_date(docs[1500].path)
    assert len(panel.findChildren(QLineEdit)) == 1 and edit is not None
    got = []
    panel.referenceDateChanged.connect(lambda p, d: got.append((p, d)))
    edit.setText("2024-02-29")
    qtbot.keyClick(edit, Qt.Key_Return)
    qtbot.waitUntil(lambda: len(got) == 1, timeout=5000)
    assert got == [("/news/1500.txt", date(2024, 2, 29))] and panel.date_text("/news/1500.txt") == "2024-02-29"


# ---- item 4: Export CSV in the window says why it failed -------------------------------------
def test_export_csv_failure_is_reported_with_a_message(window, qtbot, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "wb") as f:
        f.write(b"Troops reached Balakliia on Sept. 7, 2022.\n")
    _load(qtbot, window, [str(folder)])
    good = tmp_path / "events.csv"
    window._export(window.export_csv, str(good))
    assert "caf\\xe9.txt" in good.read_text(encoding="utf-8")
    locked = tmp_path / "locked.csv"
    locked.write_text("keep")
    locked.chmod(0o444)
    window._export(window.export_csv, str(locked))
    box = window.error_box()
    assert box is not None and "read-only" in box.text()
    assert locked.read_text() == "keep" and stat.S_IMODE(locked.stat().st_mode) == 0o444


# ---- item 11: the seed article printed to PDF by Qt ----------------------------------------
def test_the_seed_printed_by_qt_gives_the_same_dated_rows_as_the_text(tmp_path):
    text = SEED_TEXT.read_text(encoding="utf-8")
    pdf = tmp_path / "seed.pdf"
    doc = QTextDocument()
    doc.setPlainText(text)
    writer = QPdfWriter(str(pdf))
    writer.setPageSize(QPageSize(QPageSize.A4))
    doc.print_(writer)
    del writer  # finishes the file
    ref = date(2022, 9, 10)
    from_pdf = events_frame([load_document(str(pdf), ref)])
    from_text = events_frame([load_document(str(SEED_TEXT), ref)])
    cols = ["expression", "timex_value", "start", "end"]
    dated_pdf = from_pdf.loc[from_pdf["start"].notna(), cols].reset_index(drop=True)
    dated_text = from_text.loc[from_text["start"].notna(), cols].reset_index(drop=True)
    assert len(dated_text) == 14
    assert dated_pdf.to_dict("records") == dated_text.to_dict("records")  # 6 of 14 before
