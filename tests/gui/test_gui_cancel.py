"""Cancel and close while one big file is being tagged: the tagging stops part-way (it does not
run to the end of the file first), and the file is not half-added (issue 10 item 13, issue 9)."""
from __future__ import annotations

import os
import threading

import pytest
from PySide6.QtCore import QSettings

from timeline_app.cli import SAMPLE
from timeline_app.core import batch
from timeline_app.gui.main_window import MainWindow
from timeline_app.temporal.cancel import Cancelled


def sample_times(tmp_path, name: str, copies: int) -> str:
    text = open(SAMPLE, encoding="utf-8").read()
    f = tmp_path / name
    f.write_text(text + text.split("---", 2)[2] * copies, encoding="utf-8")
    return str(f)


@pytest.fixture
def big_file(tmp_path):
    """~0.8 MB, below the worker's POOL_BYTES: tagged in the worker thread, seconds of work."""
    return sample_times(tmp_path, "big.md", 130)


@pytest.fixture
def huge_file(tmp_path):
    """~1.9 MB: tagged in a process of its own."""
    return sample_times(tmp_path, "huge.md", 300)


@pytest.fixture
def spy(monkeypatch):
    """Records how each document's tagging ended: "done" or "cancelled" (the real tagging runs)."""
    real = batch.document_rows
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

    monkeypatch.setattr(batch, "document_rows", document_rows)
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


def test_cancel_stops_a_big_file_in_its_process_at_once(qtbot, tmp_path, huge_file):
    w = make_window(qtbot, tmp_path)
    w.open_files([huge_file])
    worker = w._worker
    assert os.path.getsize(huge_file) >= worker.POOL_BYTES
    assert worker.tagging.wait(60)
    with qtbot.waitSignal(w.loadingFinished, timeout=60000):
        w.cancel_loading()
    assert worker.stopped_part_way
    assert w.docs == [] and len(w.frame) == 0
    assert "cancelled" in w.statusBar().currentMessage()
    w.close()
