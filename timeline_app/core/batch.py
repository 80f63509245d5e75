"""Batch tagging: one pure function per document, and the same work spread over processes.

* :func:`rows_for_document` -- the pure batch function: a Document in, its event rows out (plain
  dicts with the columns of ``events.EVENT_COLUMNS``, in text order). No I/O, no global state:
  it can run anywhere the package is installed, in any process, in any order.
* :func:`process_file` -- one file path in, a :class:`FileResult` out (the document's reference
  date and warnings, its rows or its CSV lines, or the one-line reason it could not be read).
  Picklable both ways, so a process pool or a distributed engine (see README, "Beyond one
  machine") can run it.
* :func:`events_partition` -- a pandas frame of documents (``document``, ``text``,
  ``reference_date``) in, the events frame out: the shape ``dask.dataframe.map_partitions`` and
  PySpark's ``mapInPandas`` want.
* :func:`iter_results` -- :func:`process_file` over many paths on ``jobs`` processes, results
  yielded in input order as they finish.

Memory: :func:`iter_results` keeps at most ``jobs * AHEAD`` batches of files in flight (each
batch at most ``BATCH_FILES`` files -- ``CSV_BATCH_FILES`` after the first for the CSV export --
and ``BATCH_BYTES`` bytes on disk, one big file alone), so the
parent holds the results of those batches only -- bounded by the largest documents in flight,
never by the corpus. Within one document, the tagging and the CSV go block by block
(``tagger.tag_blocks``): a result carries at most ``CSV_INLINE`` characters of CSV; a longer
one (a document of dense dates gives 180 bytes of CSV per byte of text) is spooled to a file in
a temporary folder of the run, copied to the output in order and removed
(:meth:`FileResult.write_csv`), so neither a worker nor the parent holds a big document's rows.
"""
from __future__ import annotations

import io
import os
import tempfile
from collections import deque
from dataclasses import dataclass, field
from datetime import date
from typing import Callable, Iterable, Iterator

from timeline_app.core.columns import EVENT_COLUMNS
from timeline_app.core.document import Document, LoadError

BATCH_FILES = 16          # files per task: fewer round trips for a corpus of small articles
# (batch3) files per task of the command line's CSV export once every process has its first
# tasks: a worker finds the mentions of a task's short documents together
# (``tagger.found_together``), and the more of them, the less each rule's windows cost an article
# (callgrind, 200 benchmark articles: 16 a task -4.5 %, 64 a task -8.7 % of the workers'
# instructions). The first ``jobs * AHEAD`` tasks stay small, so that the output starts as soon
# as before. The window's tasks too, since the twenty-ninth session (``_task_files``).
CSV_BATCH_FILES = 64
BATCH_BYTES = 256 * 1024  # ... but a task of big files holds one file only
AHEAD = 4                 # batches queued per process, so none waits for work
CSV_INLINE = 1 << 20      # characters of CSV a result holds in memory; more goes to a spool file
_SPOOL_READ = 1 << 20     # characters copied at a time from a spool file


# The tagger is imported where a document is tagged, not with this module: the command line's
# export, when a process pool tags, only writes CSV lines in its own process (its start-up then
# runs beside the pool's fork server, which imports the tagger, instead of before it).
def document_rows(doc: Document, mode: str = "auto", cancel=None) -> list[dict]:
    """``events.document_rows``."""
    from timeline_app.core.events import document_rows

    return document_rows(doc, mode, cancel=cancel)


def iter_document_rows(doc: Document, mode: str = "auto", cancel=None):
    """``events.iter_document_rows``."""
    from timeline_app.core.events import iter_document_rows

    return iter_document_rows(doc, mode, cancel=cancel)


def iter_document_csv(doc: Document, mode: str = "auto", cancel=None):
    """``events.iter_document_csv``: the CSV lines of each block and its number of rows."""
    from timeline_app.core.events import iter_document_csv

    return iter_document_csv(doc, mode, cancel=cancel)


def rows_for_document(doc: Document, mode: str = "auto") -> list[dict]:
    """The pure batch function: ``doc``'s event rows (see ``events.document_rows``)."""
    return document_rows(doc, mode)


@dataclass
class FileResult:
    """What one file gave: ``error`` (one line) when it could not be read, else the document's
    facts and either ``rows`` (dicts) or ``csv`` (the CSV lines of its rows, as export writes them)."""

    path: str
    error: str = ""
    reference_date: date | None = None
    reference_source: str = ""
    warnings: list[str] = field(default_factory=list)
    rows: list[dict] | None = None
    document: Document | None = None   # with keep_document (the window shows its text)
    csv: str = ""
    csv_file: str = ""        # ... or the file holding them (see CSV_INLINE): write_csv copies it
    n_rows: int = 0
    size: int = 0             # bytes on disk (progress counts these)

    def write_csv(self, out) -> None:
        """Write this file's CSV lines to the text stream ``out``: from memory, or copied from
        the spool file a piece at a time, which is then removed."""
        if not self.csv_file:
            out.write(self.csv)
            return
        try:
            with open(self.csv_file, encoding="utf-8", errors="surrogatepass", newline="") as f:
                while True:
                    piece = f.read(_SPOOL_READ)
                    if not piece:
                        break
                    out.write(piece)
        finally:
            self.discard()

    def discard(self) -> None:
        """Remove the spool file, if any (its rows are not wanted)."""
        if self.csv_file:
            try:
                os.unlink(self.csv_file)
            except OSError:
                pass
            self.csv_file = ""


def file_size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except (OSError, ValueError):
        return 0


def process_file(path: str, reference_date: date | None = None, mode: str = "auto",
                 as_csv: bool = False, keep_document: bool = False,
                 cancel: Callable[[], bool] | None = None, headlines: bool = False,
                 spool: str | None = None) -> FileResult:
    """Load and tag one file. Never raises for a bad file: its reason is in ``error``.
    ``cancel`` (in-process use): checked inside the tagging; raises ``Cancelled``.
    ``headlines``: each row also gets its headline and clause (``headlines.headline_rows``) and the
    document's metadata its file's SHA-256 -- what the window needs, made here in the worker
    process rather than in the window's (where it cost as much as a third of the tagging).
    ``spool``: a folder where CSV lines beyond ``CSV_INLINE`` characters go (``csv_file``);
    without one, they are all kept in ``csv`` (a caller that ships results elsewhere)."""
    res, doc = _load(path, reference_date)
    if doc is None:
        return res
    return _tag(res, doc, mode, as_csv, keep_document, cancel, headlines, spool)


def _load(path: str, reference_date: date | None) -> tuple[FileResult, Document | None]:
    """``process_file``'s first half: the file's result so far and its document (None: it could
    not be read, the reason in ``error``)."""
    from timeline_app.core.loaders import load_document

    res = FileResult(path=path, size=file_size(path))
    try:
        doc = load_document(path, reference_date)
    except LoadError as e:
        res.path, res.error = e.path, e.reason
        return res, None
    except Exception as e:  # the loader raises LoadError only; one file never stops the rest
        res.error = f"cannot be read ({type(e).__name__}: {e})"
        return res, None
    return res, doc


def _tag(res: FileResult, doc: Document, mode: str, as_csv: bool, keep_document: bool, cancel,
         headlines: bool, spool: str | None) -> FileResult:
    """``process_file``'s second half: ``doc`` tagged into ``res``."""
    res.reference_date, res.reference_source = doc.reference_date, doc.reference_source
    res.warnings = list(doc.warnings)
    from timeline_app.temporal.cancel import Cancelled

    try:
        if as_csv and not headlines:   # the CSV block by block (a headline is no CSV column)
            res.csv, res.csv_file, res.n_rows = _csv_of(doc, mode, cancel, spool)
            if keep_document:
                res.document = doc
            return res
        rows = document_rows(doc, mode, cancel=cancel)
    except Cancelled:
        raise
    except Exception as e:
        res.error = f"its time expressions could not be read ({type(e).__name__}: {e})"
        return res
    if headlines:
        from timeline_app.core.document import file_sha256
        from timeline_app.core.compiled import headline_rows   # (compiled when built: core/compiled.py)

        try:
            rows = headline_rows(doc, rows)
            if doc.metadata is not None and not doc.metadata.get("sha256"):
                doc.metadata["sha256"] = file_sha256(doc.path)
        except Exception as e:   # one document never stops the others
            res.error = f"its events could not be made ({type(e).__name__}: {e})"
            return res
    res.n_rows = len(rows)
    if as_csv:
        from timeline_app.core.export import csv_lines

        res.csv = csv_lines(rows)
    else:
        res.rows = rows
    if keep_document:
        res.document = doc
    return res


def _lower_priority(nice: int) -> None:
    try:
        os.nice(nice)
    except (AttributeError, OSError):   # not on this platform, or not allowed: run as is
        pass


def _csv_of(doc: Document, mode: str, cancel, spool: str | None) -> tuple[str, str, int]:
    """(CSV lines, "" ) of ``doc``'s rows, or ("", the spool file holding them) once they pass
    CSV_INLINE characters; and the number of rows. The lines are made and written block by block
    (``iter_document_csv``: from the tagger's records, no rows' dicts); a failure removes the spool file."""
    buf: io.StringIO | None = io.StringIO()
    size = n = 0
    f = None
    try:
        for lines, count in iter_document_csv(doc, mode, cancel=cancel):
            n += count
            if f is not None:
                f.write(lines)
                continue
            buf.write(lines)
            size += len(lines)
            if spool is not None and size > CSV_INLINE:
                f = tempfile.NamedTemporaryFile("w", encoding="utf-8", errors="surrogatepass", newline="",
                                                dir=spool, prefix="rows-", suffix=".csv", delete=False)
                f.write(buf.getvalue())
                buf = None
        if f is None:
            return buf.getvalue(), "", n
        f.close()
        return "", f.name, n
    except BaseException:
        if f is not None:
            f.close()
            os.unlink(f.name)
        raise


def _process_batch(paths: list[str], reference_date, mode: str, as_csv: bool,
                   keep_document: bool, headlines: bool = False, spool: str | None = None) -> list[FileResult]:
    """``process_file`` of each path, in order. The short documents of a batch are loaded first
    and their mentions found together (``tagger.found_together``: each rule's windows made once
    for them all, not once per article; the same mentions), then each is tagged as alone. Memory:
    a group's documents are held until it is tagged, at most ``GROUP_CHARS`` characters of text
    (and the batch's files: ``BATCH_FILES``, ``BATCH_BYTES``)."""
    from timeline_app.temporal.tagger import GROUP_CHARS, found_together

    out: list[FileResult] = []
    group: list[tuple[FileResult, Document | None]] = []
    chars = 0

    def flush() -> None:
        with found_together([doc.text for _res, doc in group if doc is not None]):
            for res, doc in group:
                out.append(res if doc is None else
                           _tag(res, doc, mode, as_csv, keep_document, None, headlines, spool))
        group.clear()

    for p in paths:
        res, doc = _load(p, reference_date)
        n = 0 if doc is None else len(doc.text)
        if group and chars + n > GROUP_CHARS:
            flush()
            chars = 0
        group.append((res, doc))
        chars += n
    flush()
    return out


def _batches(paths: list[str], files: int = BATCH_FILES, first: int = 0) -> Iterator[list[str]]:
    """``paths`` in tasks of at most ``files`` files (the first ``first`` of at most BATCH_FILES)
    and BATCH_BYTES bytes on disk (one big file alone)."""
    cur: list[str] = []
    size = 0
    most = BATCH_FILES if first > 0 else files
    for p in paths:
        s = file_size(p)
        if cur and (len(cur) >= most or size + s > BATCH_BYTES):
            yield cur
            cur, size = [], 0
            first -= 1
            most = BATCH_FILES if first > 0 else files
        cur.append(p)
        size += s
    if cur:
        yield cur


def _task_files(as_csv: bool, keep_document: bool, headlines: bool) -> int:
    """The files of a task once every process has its first ones: CSV_BATCH_FILES for the command
    line's CSV (nothing but CSV comes back) and for the window (documents, rows and headlines: since
    the twenty-ninth session; 2,000 benchmark articles through ``_process_batch`` and pickled as a
    worker sends them, 3.2 s of CPU in tasks of 64 against 3.65 s in tasks of 16, -12 %), else
    BATCH_FILES. The window's first tasks stay small, so its first documents show as soon as before,
    and it takes in what arrives a slice at a time whatever a task's size (``MainWindow._add_some``)."""
    return CSV_BATCH_FILES if (as_csv and not keep_document) or headlines else BATCH_FILES


def pool_jobs(n_paths: int, jobs: int | None = None) -> int:
    """The processes :func:`iter_results` tags ``n_paths`` files on (1: in this process, no pool,
    unless it is asked for one)."""
    jobs = default_jobs() if jobs is None else max(1, int(jobs))
    return max(1, min(jobs, n_paths))


def start_pool_server() -> None:
    """Start the pool's fork server now, before the pool is made (``iter_results`` makes it): the
    server imports the tagger and readies its rules (``worker_start``: ~0.5 s of CPU, seconds
    where no bytecode is cached), which then runs on another core while the caller does its own
    start-up (lists the files, opens the output) instead of after it. Its workers are forked when
    the pool is made, as before. Nothing where the pool's processes are spawned (no fork server)."""
    ctx = _context()
    if ctx.get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _context():
    # "forkserver" where there is one: a fresh, single-threaded server forks the workers, so a
    # caller with threads (the window, a test runner) is never forked mid-lock.
    import multiprocessing   # (here: an export of one file, or of one process, never loads it)

    methods = multiprocessing.get_all_start_methods()
    if "forkserver" in methods:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["timeline_app.core.worker_start"])   # workers start with the tagger ready
        return ctx
    return multiprocessing.get_context("spawn")


_POOL_CLASS = None


def _pool_class():
    """``multiprocessing.pool.Pool`` whose worker-handler thread sleeps until a worker process ends
    or the pool's state changes, instead of waking for every result that waits in the results
    pipe. The stock one also waits on that pipe (``Pool._get_sentinels``), which only its
    result-handler thread reads: from a worker's ``put`` until that thread has read the result,
    the worker handler's ``wait`` returns at once, and it loops -- each turn a ``waitpid`` per
    worker and the GIL taken from the thread that is to read (and from a window's GUI thread).
    Measured on 3,000 generated articles, the parent's CPU: 0.32 s of that loop with the window's
    results (documents, rows and headlines), 0.20 s with the CLI's CSV, nothing with this class;
    the results the same. What the worker handler must notice still wakes it: a worker's exit (its
    sentinel, still waited on), and ``close``, ``terminate`` and an emptied task cache (each puts
    to the change notifier, which stays in the list). Made on first use, so that a run in one
    process never imports ``multiprocessing``."""
    global _POOL_CLASS
    if _POOL_CLASS is None:
        from multiprocessing.pool import Pool

        class _Pool(Pool):
            def _get_sentinels(self):
                notifier = getattr(self, "_change_notifier", None)
                if notifier is None:        # (a Python whose Pool differs: as it is)
                    return super()._get_sentinels()
                return [notifier._reader]

        _POOL_CLASS = _Pool
    return _POOL_CLASS


def iter_results(paths: Iterable[str], reference_date: date | None = None, mode: str = "auto",
                 jobs: int | None = None, as_csv: bool = False, keep_document: bool = False,
                 cancel: Callable[[], bool] | None = None,
                 processes: bool | None = None, headlines: bool = False,
                 nice: int = 0) -> Iterator[FileResult]:
    """:func:`process_file` for each path, yielded in input order as soon as each is done.

    ``jobs``: processes (default: the machine's cores). ``processes``: None -- a pool when there
    are more jobs and files than one, else this process; True -- always a pool (a caller that
    must be able to stop a big file at once); False -- this process. ``cancel``: a pool is
    stopped at once (running files included) once it returns True; in this process the tagging
    checks it (see ``temporal/cancel.py``). Either way the iteration just ends. ``headlines``:
    see :func:`process_file`. ``nice``: the pool's processes lower their priority by this much
    (the window's load: its GUI thread gets a core first whenever it needs one, the tagging takes
    what is left; on an idle machine that is everything).

    With ``as_csv``, a document's CSV beyond ``CSV_INLINE`` characters is in a spool file
    (``FileResult.csv_file``) of a temporary folder that lives as long as the iteration: write
    each result (``write_csv``) before taking the next.
    """
    paths = list(paths)
    jobs = pool_jobs(len(paths), jobs)
    if processes is None:
        processes = jobs > 1
    spool = _spool_folder() if as_csv and paths else None
    try:
        yield from _iter_results(paths, reference_date, mode, jobs, as_csv, keep_document, cancel, processes,
                                 headlines, spool, nice)
    finally:
        if spool is not None:
            from timeline_app.core.atomic import remove_temporary

            remove_temporary(spool)


def _spool_folder() -> str:
    """A new temporary folder for spooled CSV, removed at the end of the run, on SIGTERM / SIGHUP
    and at exit (``atomic.track_temporary``)."""
    from timeline_app.core.atomic import track_temporary

    path = tempfile.mkdtemp(prefix=".timeline-rows-")
    track_temporary(path)
    return path


def _iter_results(paths, reference_date, mode, jobs, as_csv, keep_document, cancel, processes, headlines, spool,
                  nice=0):
    if not processes or not paths:
        if cancel is None and len(paths) > 1:
            # (export7) in this process too, the short documents of each task are found together
            # (``_process_batch``, as a pool's worker does: the same results; callgrind, 256 of the
            # benchmark's articles: 14.36 million instructions an article file by file, 12.77
            # together). Only where nothing can cancel: a task is tagged whole, and its results
            # (bounded as a pool's task: ``_batches``) are yielded when it is done.
            for b in _batches(paths, _task_files(as_csv, keep_document, headlines)):
                yield from _process_batch(b, reference_date, mode, as_csv, keep_document, headlines, spool)
            return
        from timeline_app.temporal.cancel import Cancelled

        for p in paths:
            if cancel is not None and cancel():
                return
            try:
                yield process_file(p, reference_date, mode, as_csv, keep_document, cancel, headlines, spool)
            except Cancelled:
                return
        return
    pool = _pool_class()(jobs, initializer=_lower_priority if nice > 0 else None,
                         initargs=(nice,) if nice > 0 else (), context=_context())
    try:
        pending: deque = deque()
        limit = jobs * AHEAD
        batches = _batches(paths, _task_files(as_csv, keep_document, headlines), limit)

        def fill() -> None:
            while len(pending) < limit:
                b = next(batches, None)
                if b is None:
                    return
                pending.append(pool.apply_async(_process_batch, (b, reference_date, mode, as_csv, keep_document,
                                                                    headlines, spool)))

        fill()
        while pending:
            head = pending[0]
            while not head.ready():
                if cancel is not None and cancel():
                    return
                head.wait(0.05)
            pending.popleft()
            results = head.get()
            fill()
            yield from results
    finally:
        pool.terminate()   # nothing useful is left running: stop at once (on cancel, mid-file)
        pool.join()


def events_partition(frame, mode: str = "auto"):
    """A pandas frame of documents in (columns ``document``, ``text`` and optionally
    ``reference_date``), their events frame out (``events.EVENT_COLUMNS``). Pure: for
    ``dask.dataframe.map_partitions`` and PySpark's ``mapInPandas`` (see README)."""
    from timeline_app.core.events import frame_from_rows

    rows: list[dict] = []
    has_ref = "reference_date" in frame.columns
    for rec in frame.itertuples(index=False):
        ref = getattr(rec, "reference_date") if has_ref else None
        ref = _as_date(ref)
        doc = Document(path=str(rec.document), text=str(rec.text), reference_date=ref,
                       reference_source="given" if ref else "")
        rows.extend(rows_for_document(doc, mode))
    return frame_from_rows(rows)


def _as_date(v) -> date | None:
    if v is None or v != v:   # None, NaN, NaT
        return None
    if isinstance(v, str):
        return date.fromisoformat(v[:10]) if v else None
    if hasattr(v, "date") and callable(v.date):   # datetime, pandas Timestamp
        return v.date()
    return v


__all__ = ["EVENT_COLUMNS", "FileResult", "rows_for_document", "process_file", "iter_results",
           "events_partition", "default_jobs"]
