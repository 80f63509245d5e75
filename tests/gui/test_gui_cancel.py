"""Cancel and close while one big file is being tagged: the tagging stops part-way (it does not
run to the end of the file first), and the file is not half-added (issue 10 item 13, issue 9)."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QSettings

from timeline_app.cli import SAMPLE
from timeline_app.gui import workers
from timeline_app.gui.main_window import MainWindow
from timeline_app.temporal.cancel import Cancelled


@pytest.fixture
def big_file(tmp_path):
    text = open(SAMPLE, encoding="utf-8").read()
    body = text.split("---", 2)[2]
    f = tmp_path / "big.md"
    f.write_text(text + body * 300, encoding="utf-8")   # ~1.9 MB: seconds of tagging
    return str(f)


@pytest.fixture
def spy(monkeypatch):
    """Records how each document's tagging ended: "done" or "cancelled" (the real tagging runs)."""
    real = workers.document_rows
    started = threading.Event()
    ended: list[str] = []

    def document_rows(doc, mode="auto", cancel=None):
        started.set()
        try:
            rows = real(doc, mode, cancel=cancel)
        except Cancelled:
            ended.append("cancelled")
            raise
        ended.append("done")
        return rows

    monkeypatch.setattr(workers, "document_rows", document_rows)
    return started, ended


def make_window(qtbot, tmp_path):
    w = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    qtbot.addWidget(w)
    w.show()
    return w


def test_cancel_inside_a_file_stops_it_and_adds_nothing(qtbot, tmp_path, big_file, spy):
    started, ended = spy
    w = make_window(qtbot, tmp_path)
    with qtbot.waitSignal(w.loadingFinished, timeout=120000):
        w.open_files([big_file])
        assert started.wait(60)
        w.cancel_loading()
    assert ended == ["cancelled"]
    assert w.docs == [] and len(w.frame) == 0
    assert not w.is_loading() and not w.progress.isVisible()
    assert "cancelled" in w.statusBar().currentMessage()


def test_closing_while_a_file_is_tagged_abandons_it(qtbot, tmp_path, big_file, spy):
    started, ended = spy
    w = make_window(qtbot, tmp_path)
    w.open_files([big_file])
    assert started.wait(60)
    w.close()
    assert ended == ["cancelled"]
    assert w._thread is None and w.docs == []
