"""Loading and tagging files off the GUI thread, with progress and cancel."""
from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread, Signal

from timeline_app.core import loaders
from timeline_app.core.batch import file_size, iter_results


def expand(paths: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """Files to load and (path, reason) errors: folders expanded by the loaders' ``expand_paths``."""
    fn = getattr(loaders, "expand_paths", None)
    if fn is None:
        return list(paths), []
    files, _skipped, errors = fn(paths)
    return list(files), [(e.path, e.reason) for e in errors]


class LoadWorker(QObject):
    """Loads and tags files: ``loaded(doc, rows)`` per document in the files' order,
    ``failed(path, reason)`` per bad file, ``progress`` in kilobytes of the files read.

    Several files, or a big one, are tagged by a pool of processes (``core/batch.py``): all cores
    work, the window's process only takes the results in, and Cancel (or closing the window) stops
    the pool at once, even in the middle of a file. A single small file is tagged in this thread,
    where the tagging checks Cancel as it goes. Either way a document is emitted whole or not at
    all: nothing cancelled is half-added.
    """

    progress = Signal(int, int, str)       # kilobytes done, kilobytes in all, current path
    loaded = Signal(object, object)        # Document, list of event rows
    failed = Signal(str, str)              # path, reason
    finished = Signal(bool)                # cancelled?

    #: at or above this many bytes in all, even a single file goes to a process (Cancel stops it at once)
    POOL_BYTES = 1_000_000
    #: the pool's processes run this much nicer than the window: its GUI thread gets a core first
    POOL_NICE = 10

    def __init__(self, paths: list[str], reference_date=None, mode: str = "auto", jobs: int | None = None):
        super().__init__()
        self.paths = list(paths)
        self.reference_date = reference_date
        self.mode = mode
        self.jobs = jobs
        self._cancel = threading.Event()
        #: set once the files are being tagged (tests and benchmarks wait for it)
        self.tagging = threading.Event()
        self.stopped_part_way = False   # cancelled with files (or part of one) left untagged

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
        sizes = [file_size(p) for p in paths]
        total_kb = max(1, sum(sizes) // 1024)
        done = 0
        self.progress.emit(0, total_kb, paths[0] if paths else "")
        results = iter_results(paths, self.reference_date, self.mode, jobs=self.jobs, keep_document=True,
                               cancel=self._cancel.is_set,
                               processes=len(paths) > 1 or sum(sizes) >= self.POOL_BYTES, headlines=True,
                               nice=self.POOL_NICE)
        self.tagging.set()
        n = 0
        try:
            for res in results:
                n += 1
                done += res.size
                self.progress.emit(done // 1024, total_kb, paths[n] if n < len(paths) else "")
                if res.error:
                    self.failed.emit(res.path, res.error)
                    continue
                if limit is not None and total_chars >= limit:
                    self.failed.emit(res.path, f"not loaded: the documents already loaded reach the limit of "
                                               f"{limit:,} characters in all")
                    continue
                total_chars += len(res.document.text)
                # Headlines and the file's hash were made with the tagging, in the pool's processes
                # (not in this thread, whose Python work held the GUI thread up through the GIL):
                # the window only adds the result to its Workspace (Workspace.add_prepared).
                self.loaded.emit(res.document, res.rows)
        except Exception as e:   # the pool itself failed (out of memory, a killed process)
            self.failed.emit("", f"the files could not be tagged ({type(e).__name__}: {e})")
        self.stopped_part_way = self._cancel.is_set() and n < len(paths)
        self.progress.emit(total_kb, total_kb, "")
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
