"""Loading and tagging files off the GUI thread, with progress and cancel."""
from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread, Signal

from timeline_app.core import loaders
from timeline_app.core.document import LoadError
from timeline_app.core.events import document_rows
from timeline_app.temporal.cancel import Cancelled


def expand(paths: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """Files to load and (path, reason) errors: folders expanded by the loaders' ``expand_paths``."""
    fn = getattr(loaders, "expand_paths", None)
    if fn is None:
        return list(paths), []
    files, _skipped, errors = fn(paths)
    return list(files), [(e.path, e.reason) for e in errors]


class LoadWorker(QObject):
    """Loads files one by one: ``loaded(doc, rows)`` per document, ``failed(path, reason)`` per bad file."""

    progress = Signal(int, int, str)       # done, total, current path
    loaded = Signal(object, object)        # Document, list of event rows
    failed = Signal(str, str)              # path, reason
    finished = Signal(bool)                # cancelled?

    def __init__(self, paths: list[str], reference_date=None, mode: str = "auto"):
        super().__init__()
        self.paths = list(paths)
        self.reference_date = reference_date
        self.mode = mode
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            paths, errors = expand(self.paths)
        except Exception as e:  # never let a folder walk stop the load
            paths, errors = list(self.paths), [("", f"cannot list the files ({type(e).__name__}: {e})")]
        for p, reason in errors:
            self.failed.emit(p, reason)
        limit = getattr(loaders, "MAX_TOTAL_CHARS", None)
        total_chars = 0
        total = len(paths)
        for i, path in enumerate(paths):
            if self._cancel.is_set():
                break
            self.progress.emit(i, total, path)
            if limit is not None and total_chars >= limit:
                self.failed.emit(path, f"not loaded: the documents already loaded reach the limit of "
                                       f"{limit:,} characters in all")
                continue
            try:
                doc = loaders.load_document(path, self.reference_date)
            except LoadError as e:
                self.failed.emit(e.path, e.reason)
                continue
            except Exception as e:  # the loader should raise LoadError only; one file never stops the rest
                self.failed.emit(path, f"cannot be read ({type(e).__name__}: {e})")
                continue
            total_chars += len(doc.text)
            try:
                # cancel is checked inside the tagging too: a big file stops part-way, and is
                # not added (its rows are never emitted)
                rows = document_rows(doc, self.mode, cancel=self._cancel.is_set)
            except Cancelled:
                break
            except Exception as e:
                self.failed.emit(doc.path, f"its time expressions could not be read ({type(e).__name__}: {e})")
                continue
            self.loaded.emit(doc, rows)
        self.progress.emit(total, total, "")
        self.finished.emit(self._cancel.is_set())


def start_in_thread(worker: LoadWorker, parent: QObject) -> QThread:
    """Run ``worker`` in a new QThread that quits when the worker finishes.

    The caller owns both: it must keep a reference to ``worker`` until it has ``wait()``-ed for the
    thread (Python would otherwise free the worker from the GUI thread while its own thread may
    still touch it), then let both go.
    """
    thread = QThread(parent)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.finished.connect(thread.quit)
    thread.start()
    return thread
