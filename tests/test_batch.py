"""Batch export on every core: `export --jobs N` gives the same CSV, in input order, as the
in-process frame; bad files are reported and skipped; export starts without pandas; a tagging
can be cancelled part-way through a document."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from articles import write_articles
from timeline_app.cli import main
from timeline_app.core import batch
from timeline_app.core.events import document_rows, events_frame, frame_from_rows
from timeline_app.core.export import csv_header, csv_lines, events_csv
from timeline_app.core.loaders import load_document
from timeline_app.temporal import tag
from timeline_app.temporal.cancel import Cancelled

REPO = Path(__file__).resolve().parent.parent


def export(argv, capsys):
    try:
        rc = main(["export", *argv])
    except SystemExit as e:
        rc = e.code
    out, err = capsys.readouterr()
    return rc, out, err


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_articles(tmp_path_factory.mktemp("articles"), 40)


def test_streamed_rows_are_byte_for_byte_the_frame_csv(corpus):
    docs = [load_document(p) for p in corpus[:10]]
    rows = [r for d in docs for r in document_rows(d)]
    assert len(rows) > 30
    assert csv_header() + csv_lines(rows) == events_csv(frame_from_rows(rows)) == events_csv(events_frame(docs))


@pytest.mark.parametrize("jobs", ["1", "2", "3"])
def test_jobs_give_the_same_csv_in_input_order(corpus, tmp_path, capsys, jobs):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 not really")
    files = corpus[:17] + [str(bad)] + corpus[17:]
    expected = events_csv(events_frame([load_document(p) for p in corpus]))
    out_file = tmp_path / "events.csv"
    rc, out, err = export(["--jobs", jobs, "-o", str(out_file), *files], capsys)
    assert rc == 1, err   # one file could not be read
    assert out_file.read_text(encoding="utf-8") == expected
    assert [ln for ln in err.splitlines() if ln.startswith("error: ")] == [
        ln for ln in err.splitlines() if ln.startswith(f"error: {bad}: ")] and f"error: {bad}: " in err
    # stderr follows the input order too, the bad file in its place
    order = [ln.split(":")[0] for ln in err.splitlines() if ": reference date " in ln]
    assert order == corpus
    assert err.index(corpus[16] + ":") < err.index(f"error: {bad}") < err.index(corpus[17] + ":")
    assert "\r" not in err and "%|" not in err, "no progress bar when stderr is not a terminal"


def test_no_readable_file_leaves_the_output_alone(tmp_path, capsys):
    target = tmp_path / "events.csv"
    target.write_text("kept\n", encoding="utf-8")
    rc, out, err = export(["--jobs", "2", "-o", str(target), str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], capsys)
    assert rc == 2 and target.read_text() == "kept\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.csv"]
    rc, out, err = export(["--jobs", "2", str(tmp_path / "a.txt")], capsys)
    assert rc == 2 and out == ""


@pytest.mark.parametrize("bad", ["0", "-1", "two"])
def test_bad_jobs_is_one_line(corpus, capsys, bad):
    rc, out, err = export(["--jobs", bad, corpus[0]], capsys)
    assert rc == 2 and out == ""
    assert [ln for ln in err.splitlines() if ln.strip()] == [
        f"error: argument --jobs/-j: not a positive whole number: {bad!r} (see timeline-app export --help)"]


def test_iter_results_in_order_with_bounded_batches(corpus):
    got = list(batch.iter_results(corpus, jobs=2))
    assert [r.path for r in got] == corpus
    assert all(not r.error and r.rows is not None for r in got)
    assert [r.rows for r in got] == [document_rows(load_document(p)) for p in corpus]
    sizes = [len(b) for b in batch._batches(corpus)]
    assert sum(sizes) == len(corpus) and max(sizes) <= batch.BATCH_FILES


def test_cancel_stops_the_pool(corpus):
    seen = []
    it = batch.iter_results(corpus * 5, jobs=2, cancel=lambda: len(seen) >= 3)
    for r in it:
        seen.append(r)
    assert 3 <= len(seen) < len(corpus) * 5


def test_export_does_not_import_pandas_numpy_or_qt(corpus, tmp_path):
    code = ("import sys; from timeline_app.cli import main; rc = main(['export', '-o', sys.argv[2], sys.argv[1]]); "
            # (nor, for one file, the process pool's module or the other formats' records)
            "bad = sorted(m for m in ('pandas', 'numpy', 'PySide6', 'multiprocessing', "
            "'timeline_app.core.exports.model') if m in sys.modules); "
            "print(rc, bad)")
    r = subprocess.run([sys.executable, "-c", code, corpus[0], str(tmp_path / "o.csv")], cwd=REPO,
                       capture_output=True, text=True, timeout=120)
    assert r.stdout.strip() == "0 []", r.stdout + r.stderr
    assert (tmp_path / "o.csv").read_text(encoding="utf-8").startswith("document,")


def test_tagging_can_be_cancelled_part_way_through_a_document():
    text = load_document(str(REPO / "resources" / "kharkiv-offensive.md")).text * 40
    from datetime import date
    ref = date(2022, 9, 10)
    assert tag(text, ref, cancel=lambda: False) == tag(text, ref)
    calls = []

    def cancel():
        calls.append(1)
        return len(calls) > 5

    with pytest.raises(Cancelled):
        tag(text, ref, cancel=cancel)
    assert len(calls) == 6, "the check ran and stopped the tagging at the first True"


def test_a_dateline_sentence_gets_a_headline():
    """"JOHANNESBURG, August 7 (Xinhua) --": a dateline has no clause before its date; finding the
    headline raised TypeError and stopped a 10,000-article load in the window."""
    from timeline_app.core.headlines import headline

    text = "JOHANNESBURG, August 7 (Xinhua) --\n\nSouth Africa's president met union leaders on Friday."
    s1 = text.index("\n")
    h, c0, c1 = headline(text, (0, s1), (14, 22))
    assert isinstance(h, str) and 0 <= c0 <= c1 <= s1


def test_headlines_are_made_in_the_pool_as_the_window_would_make_them(corpus):
    """The window's load asks the pool for headlines and the file's SHA-256 (``headlines=True``):
    the same rows as tagging then ``headline_rows`` in one process, in input order."""
    from timeline_app.core.document import file_sha256
    from timeline_app.core.headlines import headline_rows

    paths = corpus[:6]
    got = list(batch.iter_results(paths, jobs=2, keep_document=True, processes=True, headlines=True))
    assert [r.path for r in got] == paths
    for r, p in zip(got, paths):
        doc = load_document(p)
        assert r.rows == headline_rows(doc, document_rows(doc))
        # every row has its headline but the publication line's, which becomes no event
        assert all(bool(row["headline"]) != bool(row.get("publication")) for row in r.rows)
        assert r.document.metadata["sha256"] == file_sha256(p) != ""
    plain = batch.process_file(paths[0])
    assert plain.rows and "headline" not in plain.rows[0], "without headlines=True nothing else is made"


def test_the_pool_can_run_nicer_than_its_caller(corpus):
    """``nice``: the pool's processes lower their priority (the window's load gives its GUI thread
    the cores first); the results are the same."""
    got = list(batch.iter_results(corpus[:4], jobs=2, processes=True, nice=5))
    assert [r.rows for r in got] == [document_rows(load_document(p)) for p in corpus[:4]]
    code = ("import os; from timeline_app.core.batch import _lower_priority; "
            "b = os.getpriority(os.PRIO_PROCESS, 0); _lower_priority(3); "
            "print(b, os.getpriority(os.PRIO_PROCESS, 0))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO)
    before, after = map(int, out.stdout.split())
    assert after == min(19, before + 3)


def test_the_pools_worker_handler_does_not_loop_on_waiting_results(corpus, monkeypatch):
    """The stock ``multiprocessing`` pool's worker-handler thread also waits on the results pipe,
    so it loops (a turn per ``wait`` that returns at once) for as long as a result sits there
    unread. The pool ``iter_results`` makes waits only on the workers' exits and the pool's
    change notifier: its turns are counted here (a count, not a time) and stay within one per
    batch (the task cache may empty between two) plus start, close and terminate; the results
    are the same, in order, and Cancel still stops it."""
    from multiprocessing.pool import Pool

    turns = []
    maintain = Pool._maintain_pool       # (a static method: one turn of the worker handler's loop)

    def counted(*args):
        turns.append(1)
        return maintain(*args)
    monkeypatch.setattr(Pool, "_maintain_pool", staticmethod(counted))
    paths = corpus * 3
    got = list(batch.iter_results(paths, jobs=2, as_csv=True))
    assert [r.path for r in got] == paths and all(not r.error for r in got)
    assert [r.csv for r in got[:len(corpus)]] == [batch.process_file(p, as_csv=True).csv for p in corpus]
    n_batches = len(list(batch._batches(paths)))
    assert 1 <= len(turns) <= n_batches + 3, f"{len(turns)} turns for {n_batches} batches"
    pool = batch._pool_class()(1, context=batch._context())
    try:
        assert pool._outqueue._reader not in pool._get_sentinels()
    finally:
        pool.terminate()
        pool.join()
    seen = []
    for r in batch.iter_results(paths, jobs=2, cancel=lambda: len(seen) >= 2):
        seen.append(r)
    assert 2 <= len(seen) < len(paths)
