#!/usr/bin/env python3
"""The window at 10,000 articles: timeline frames, table filter / sort, Cancel inside a big file.

* ``frame``: 110,000 events from 10,000 documents (each with its reference date, so 10,000
  reference lines): repaints of the fitted view and after zooms and pans, rendered offscreen at
  1400x520. Target: < 16 ms median, < 33 ms worst.
* ``table``: 100,000 rows in the events table (a real QTableView, offscreen): the idle work that
  makes the sort keys and the search text as rows arrive, then sort by each column (first time
  and again), a filter keystroke (the ``EventFilter`` mask plus the table and timeline update).
  Target: < 50 ms.
* ``cancel``: the window opening one 10 MB text file; Cancel pressed once its tagging has
  started; the time until the load has ended (loadingFinished). Target: < 0.5 s.

* ``loadN`` (``load1000``, ``load10000``): the window opening N generated articles (a folder):
  time to the end of the load against the CLI's ``export`` of the same folder, and event-loop
  stalls over 100 ms recorded by a 10 ms timer. Target: <= 1.5x the CLI, no stall. The work a
  load leaves for the idle moments after it (the table's sort keys, the timeline's layouts) is
  waited for too and printed with its own ratio, and the stalls and CPU seconds count it. The pool's
  fork server (the tagger imported once, the workers forked from it) lives as long as the window's
  process: the first load of a process starts it, every later load finds it running (so
  ``load10000`` after ``load1000`` in one invocation is such a later load; ``--runs`` starts it
  before its first run). The CLI, a new process, starts its own every time.

* ``guiN`` (``gui10000``): the GUI thread alone, without the pool's noise: the window is fed the
  same N pool results (tagged and headlined once beforehand, as the pool makes them) at a fixed
  rate (``--rate``, default 500 documents a second), its load path as in a real load; the GUI
  thread's CPU seconds, the longest turns and the stalls, and those seconds by stage (the documents
  going into the Workspace, of which the cross-document grouping and its headline comparisons, the
  view updates, the event loop's own). Before/after comparisons of the load path in the same
  minutes read this one.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/window_scale.py [frame] [table] [cancel] [load1000] [load10000] [gui10000 [--rate 500]] [--no-pair-memo | --no-memo] [--runs N] [--stock-pool]

``--stock-pool``: the window's pool is ``multiprocessing``'s own ``Pool`` (as before the eighth
session; see ``batch._pool_class``), for before/after figures in the same minutes.

``--runs N`` (with ``loadN``): N runs, the CLI and the window alternating, then the median, the least
and the greatest of each figure (the ratio of one run rides on the CLI's own variation).

``--no-pair-memo``: the cross-document grouping compares every pair of headlines again, as on a
corpus whose headlines do not repeat (the generated corpus repeats its source paragraphs).
``--no-memo``: that, and the pool makes every headline again (``headlines._HEADLINE_MEMO`` off: no
sentence is taken as a repeat): the whole cost of a corpus without repeated sentences.

Prints figures only. The machine may be shared: the load runs print CPU seconds next to the wall
times, and the load average.
"""
from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402


def ms(s: float) -> str:
    return f"{s * 1000:.1f} ms"


def events_of_documents(n: int, documents: int) -> tuple[pd.DataFrame, list]:
    from timeline_scale import synthetic_events

    df = synthetic_events(n, documents=documents)
    rng = np.random.default_rng(1)
    day0 = np.datetime64("2012-01-01")
    refs = day0 + rng.integers(0, 3650, documents).astype("timedelta64[D]")
    paths = list(dict.fromkeys(df["document"]))
    docs = [(p, os.path.basename(p), refs[i].astype(object)) for i, p in enumerate(paths)]
    return df, docs


def bench_frame(app) -> None:
    from PySide6.QtCore import Qt

    from timeline_app.gui.timeline_view import TimelineView

    df, docs = events_of_documents(110_000, 10_000)
    view = TimelineView()
    view.setAttribute(Qt.WA_DontShowOnScreen)
    view.resize(1400, 520)
    view.show()
    app.processEvents()
    t = time.perf_counter()
    view.set_events(df, docs)
    view.fit_all()
    view.layout_now()
    print(f"timeline: 110,000 events from {len(docs):,} documents ({len(view.reference_lines()):,} reference "
          f"lines): set_events + fit + layout {time.perf_counter() - t:.2f} s")
    fitted, fitted_cpu = [], []
    for _ in range(20):
        t, c = time.perf_counter(), time.process_time()
        view.render_image()
        fitted.append(time.perf_counter() - t)
        fitted_cpu.append(time.process_time() - c)
    steps, steps_cpu, turns = [], [], []
    for i in range(30 + 12):
        # 30 steps of 1.25x from the fit reach ~8 min per pixel column; 12 more go to the finest
        # levels (a few seconds per column), where year-long bars once stacked into 1,150 lanes
        for action in (lambda: view.zoom_by(1.25), lambda: view.pan_by(250), lambda: view.pan_by(-250)):
            c = time.process_time()
            action()
            turns.append(time.process_time() - c)
            while view._refine.isActive() or view._prefetch.isActive():   # let the idle layout work finish
                # each turn of the event loop: a slice of the layout of a new level (CPU)
                c = time.process_time()
                app.processEvents()
                turns.append(time.process_time() - c)
                time.sleep(0.001)
            t, c = time.perf_counter(), time.process_time()
            view.render_image()
            steps.append(time.perf_counter() - t)
            steps_cpu.append(time.process_time() - c)
    print(f"  fitted view repaint: median {ms(statistics.median(fitted))}, worst {ms(max(fitted))} wall; "
          f"CPU median {ms(statistics.median(fitted_cpu))}, worst {ms(max(fitted_cpu))}")
    print(f"  repaints after 42 zoom steps (down to {view.visible_range()[1] - view.visible_range()[0]:.0f} s "
          f"in view) and 84 pans: median {ms(statistics.median(steps))}, "
          f"worst {ms(max(steps))} wall; CPU median {ms(statistics.median(steps_cpu))}, worst "
          f"{ms(max(steps_cpu))}  [target < 16 ms median, < 33 ms worst]")
    print(f"  the zooms and pans themselves and the turns of the event loop laying out new levels between "
          f"frames: CPU median {ms(statistics.median(turns))}, worst {ms(max(turns))}, layouts made: "
          f"{len(view.cached_levels())} cached at the end")


def bench_table(app) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableView

    from timeline_app.core.filters import EventFilter, haystacks
    from timeline_app.gui.event_table_model import HEADERS, EventFilterProxy, EventTableModel
    from timeline_app.gui.timeline_view import TimelineView

    df, docs = events_of_documents(100_000, 10_000)
    model = EventTableModel()
    proxy = EventFilterProxy()
    proxy.setSourceModel(model)
    table = QTableView()
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.resize(1000, 400)
    table.show()
    timeline = TimelineView()                # on screen (offscreen), fitted, as in the window
    timeline.setAttribute(Qt.WA_DontShowOnScreen)
    timeline.resize(1400, 520)
    timeline.show()
    timeline.set_events(df, docs)
    timeline.fit_all()
    t = time.perf_counter()
    model.set_frame(df)
    app.processEvents()
    print(f"table: 100,000 rows set in {ms(time.perf_counter() - t)}")
    # the sort keys and the search text are made in the idle moments after rows arrive
    turns = []
    t = time.perf_counter()
    while not model.prepared():
        c = time.process_time()
        app.processEvents()
        turns.append(time.process_time() - c)
    print(f"  sort keys and search text made while idle: {ms(time.perf_counter() - t)} wall, "
          f"{ms(sum(turns))} CPU in {len(turns)} turns of the event loop, the longest {ms(max(turns or [0]))}")
    for col, name in enumerate(HEADERS):
        times, cpu = [], []
        for order in (Qt.DescendingOrder, Qt.AscendingOrder, Qt.DescendingOrder):
            t, c = time.perf_counter(), time.process_time()
            table.sortByColumn(col, order)
            app.processEvents()
            times.append(time.perf_counter() - t)
            cpu.append(time.process_time() - c)
        print(f"  sort by {name:12} first {ms(times[0])}, then {ms(times[1])} / {ms(times[2])} wall; "
              f"CPU first {ms(cpu[0])}, then {ms(cpu[1])} / {ms(cpu[2])}")
    hay = None
    keys = []
    for text in ("o", "of", "off", "offe", "offensive", "offensive s", ""):
        t, c = time.perf_counter(), time.process_time()
        f = EventFilter(text=text)
        if text and hay is None:
            hay = model.search_text(df) or haystacks(df)     # as the window does
        mask = f.mask(df, hay)
        proxy.set_mask(mask)
        timeline.set_mask(mask)
        app.processEvents()
        dt, dc = time.perf_counter() - t, time.process_time() - c
        # a new filter's timeline layout follows in slices between frames: its turns of the loop
        turns = [0.0]
        while timeline._refine.isActive():
            c = time.process_time()
            app.processEvents()
            turns.append(time.process_time() - c)
        keys.append((text, dt, dc, int(mask.sum()), len(turns) - 1, max(turns)))
    print("  filter keystrokes (mask + table + timeline; then the timeline's layout of the new filter in turns "
          "of the event loop):")
    for text, dt, dc, shown, n_turns, longest in keys:
        print(f"    {text!r:15} {ms(dt):>9} wall {ms(dc):>9} CPU  {shown:,} rows shown; then {n_turns} turns, "
              f"the longest {ms(longest)} CPU")
    print("  [target < 50 ms]")


def bench_cancel(app) -> None:
    from PySide6.QtCore import QSettings

    from corpus import sources
    from timeline_app.gui.main_window import MainWindow

    tmp = tempfile.mkdtemp(prefix="bench-cancel-")
    paras = [p for _, ps in sources() for p in ps]
    text, size = [], 0
    i = 0
    while size < 10_000_000:
        text.append(paras[i % len(paras)])
        size += len(paras[i % len(paras)]) + 2
        i += 1
    big = Path(tmp) / "big.txt"
    big.write_text("Published 2022-09-10\n\n" + "\n\n".join(text), encoding="utf-8")
    w = MainWindow(QSettings(str(Path(tmp) / "s.ini"), QSettings.IniFormat), persist=False)
    w.show()

    def start() -> None:
        w.open_files([str(big)])
        while not w._worker.tagging.is_set():
            app.processEvents()
            time.sleep(0.005)

    results = []
    for delay in (0.2, 1.0, 3.0):
        done = []
        w.loadingFinished.connect(lambda: done.append(time.perf_counter()))
        start()
        t_end = time.perf_counter() + delay
        while time.perf_counter() < t_end:
            app.processEvents()
            time.sleep(0.005)
        t = time.perf_counter()
        w.cancel_loading()
        while not done:
            app.processEvents()
            time.sleep(0.002)
        results.append((delay, done[0] - t, len(w.docs)))
        w.loadingFinished.disconnect()
    for delay, dt, n in results:
        print(f"cancel: one {big.stat().st_size / 1e6:.1f} MB file, Cancel {delay:.1f} s into its tagging: load ended "
              f"{ms(dt)} later, {n} documents added  [target < 0.5 s]")
    start()
    time.sleep(1.0)
    t = time.perf_counter()
    w.close()
    print(f"close: the window closed 1.0 s into the tagging of the same file in {ms(time.perf_counter() - t)}")


class TreeCPU:
    """CPU seconds (user + system) of a process and all its descendants (pool workers, the
    forkserver and its children), from /proc: sampled while they run (``sample``), each process's
    last figure kept, so workers that have ended still count. Linux only (0 elsewhere)."""

    TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100

    def __init__(self, root: int):
        self.root = root
        self.seen: dict[int, float] = {}

    def _stat(self, pid: int) -> tuple[int, float] | None:
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            return None
        return int(fields[1]), (int(fields[11]) + int(fields[12])) / self.TICK   # ppid, utime + stime

    def sample(self) -> None:
        if not os.path.isdir("/proc"):
            return
        parent = {}
        for name in os.listdir("/proc"):
            if name.isdigit():
                st = self._stat(int(name))
                if st is not None:
                    parent[int(name)] = st
        tree, grew = {self.root}, True
        while grew:
            grew = False
            for pid, (ppid, _) in parent.items():
                if ppid in tree and pid not in tree:
                    tree.add(pid)
                    grew = True
        for pid in tree:
            if pid in parent:
                self.seen[pid] = max(self.seen.get(pid, 0.0), parent[pid][1])

    def total(self, baseline: dict[int, float] | None = None) -> float:
        base = baseline or {}
        return sum(v - base.get(pid, 0.0) for pid, v in self.seen.items())


def _window_and_ticks(app, prefix: str):
    """A shown 1400x900 window with settings of its own, and a 10 ms timer (not started) whose
    ticks record the event loop's gaps: ``(window, clock, timer, gaps)``."""
    from PySide6.QtCore import QElapsedTimer, QSettings, QTimer

    from timeline_app.gui.main_window import MainWindow

    tmp = tempfile.mkdtemp(prefix=prefix)
    w = MainWindow(QSettings(str(Path(tmp) / "s.ini"), QSettings.IniFormat), persist=False)
    w.resize(1400, 900)
    w.show()
    app.processEvents()
    clock = QElapsedTimer()
    gaps: list[float] = []
    last = [0]

    def tick():
        now = clock.elapsed()
        gaps.append((now - last[0]) / 1000)
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    return w, clock, timer, gaps


def _settle(app, w) -> float:
    """Run the event loop until the work a load leaves for idle moments has ended (the table's sort
    keys and search text, the timeline's layouts between frames and of the neighbouring levels),
    so that work moved after ``loadingFinished`` is still counted; returns when (perf_counter)."""
    from PySide6.QtCore import QEventLoop, QTimer

    tl = w.timeline
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(20)

    def check():
        if w.model.prepared() and not tl._refine.isActive() and not tl._prefetch.isActive():
            loop.quit()
    poll.timeout.connect(check)
    poll.start()
    check()
    if w.model.prepared() and not tl._refine.isActive() and not tl._prefetch.isActive():
        poll.stop()
        return time.perf_counter()
    loop.exec()
    poll.stop()
    return time.perf_counter()


def bench_load(app, count: int) -> dict:
    """The window opening ``count`` generated articles (corpus.py): time to loadingFinished, the
    CLI's time for the same files, and the event loop's stalls, recorded by a 10 ms QTimer (a
    stall: the time between two ticks beyond the interval). CPU seconds as well as wall time
    (the machine may be shared): the CLI's process tree, the window's process tree (GUI thread,
    load thread, pool) and the GUI thread alone."""
    import subprocess

    from PySide6.QtCore import QEventLoop, Qt, QTimer

    from corpus import write_corpus

    folder = Path(tempfile.gettempdir()) / f"timeline-bench-corpus-{count}"
    paths = write_corpus(folder, count)
    load0 = os.getloadavg()[0]
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "timeline_app", "export", str(folder), "-o", os.devnull],
                            stderr=subprocess.DEVNULL)
    cli_cpu = TreeCPU(proc.pid)
    while proc.poll() is None:
        cli_cpu.sample()
        time.sleep(0.2)
    cli = time.perf_counter() - t
    if proc.returncode:
        raise SystemExit(f"the CLI's export failed ({proc.returncode})")
    w, clock, timer, gaps = _window_and_ticks(app, "bench-load-")
    win_cpu = TreeCPU(os.getpid())
    win_cpu.sample()
    base = dict(win_cpu.seen)
    sampler = QTimer()
    sampler.setInterval(250)
    sampling = [0.0]     # the sampler's own CPU (~2 ms a sample): the benchmark's, not the window's

    def sample():
        c = time.thread_time()
        win_cpu.sample()
        sampling[0] += time.thread_time() - c
    sampler.timeout.connect(sample)
    done = []
    w.loadingFinished.connect(lambda: done.append(time.perf_counter()))
    clock.start()
    timer.start()
    sampler.start()
    load1 = os.getloadavg()[0]
    t = time.perf_counter()
    gui0 = time.thread_time()
    proc0 = time.process_time()      # the window's process: GUI thread, load thread, the pool's threads
    # the window's own event loop until the load ends: a loop polling processEvents every
    # millisecond cost the GUI thread ~40 ms CPU per second of its own (counted as the window's)
    loop = QEventLoop()
    w.loadingFinished.connect(loop.quit)
    w.open_files([str(folder)])
    tagged = []     # when the pool's last result was taken (the worker's thread: a direct call)
    w._worker.finished.connect(lambda _c: tagged.append(time.perf_counter()), Qt.DirectConnection)
    if not done:
        loop.exec()
    took = done[0] - t
    gui_done = time.thread_time() - gui0 - sampling[0]
    settled = _settle(app, w) - t
    gui = time.thread_time() - gui0 - sampling[0]
    proc = time.process_time() - proc0 - sampling[0]
    timer.stop()
    sampler.stop()
    win_cpu.sample()
    stalls = sorted((g - 0.010 for g in gaps if g - 0.010 > 0.100), reverse=True)
    print(f"window opening {len(paths):,} articles ({len(w.frame):,} events, {len(w.docs):,} documents): "
          f"{took:.1f} s wall (the CLI's export: {cli:.1f} s, ratio {took / cli:.2f}; target <= 1.5)")
    if tagged:
        print(f"  the pool's last document was taken {tagged[0] - t:.1f} s in; the window's own work after it "
              f"{took - (tagged[0] - t):.2f} s (one core's: the documents still queued, the last update)")
    print(f"  the idle work left after it (table sort keys, timeline layouts) ended {settled - took:.2f} s later: "
          f"{settled:.1f} s, ratio {settled / cli:.2f}; GUI thread {gui_done:.2f} s CPU at loadingFinished, "
          f"{gui:.2f} s once settled")
    tree = win_cpu.total(base) - sampling[0]
    print(f"  CPU seconds: window process tree {tree:.1f} (its GUI thread {gui:.1f}, the process's other threads "
          f"-- loading, the pool's result handling -- {proc - gui:.1f}, the pool's processes {tree - proc:.1f}), "
          f"the CLI's process tree {cli_cpu.total():.1f}, ratio {tree / max(cli_cpu.total(), 1e-9):.2f} "
          f"(the benchmark's CPU sampling in the window's process, {sampling[0]:.2f} s, left out)")
    print(f"  event-loop stalls over 100 ms: {len(stalls)}"
          + (f", longest {stalls[0] * 1000:.0f} ms, total {sum(stalls):.1f} s" if stalls else "")
          + "  [target: none]")
    print(f"  load average: {load0:.1f} before the CLI, {load1:.1f} before the window, "
          f"{os.getloadavg()[0]:.1f} after (2 cores)")
    w.close()
    return {"window": took, "settled": settled, "cli": cli, "window_cpu": tree, "cli_cpu": cli_cpu.total(),
            "gui_cpu": gui, "stalls": len(stalls)}


def bench_load_runs(app, count: int, runs: int) -> None:
    """``bench_load`` ``runs`` times (the CLI and the window alternate, each run measures both in the
    same minutes), then the median and the spread of each figure: one run's ratio depends on how
    the CLI's own run went (9.9-12.8 s at 10,000 articles on one idle machine), so a single ratio
    is not the figure."""
    # The pool's fork server outlives a load (``multiprocessing``: one per process, started by the first
    # pool): every load after the first in a window's life finds it running, with the tagger imported.
    # Started here, before the first run, so that each run finds it as the later ones would (and as
    # ``load10000`` after ``load1000`` in one invocation always did); the CLI, a new process each
    # time, pays its own start in every run.
    from corpus import write_corpus
    from timeline_app.core.batch import iter_results

    paths = write_corpus(Path(tempfile.gettempdir()) / f"timeline-bench-corpus-{count}", count)
    list(iter_results([str(p) for p in paths[:2]], processes=True, jobs=2, keep_document=True, headlines=True))
    print("(the pool's fork server started before the first run: each window load finds it running)")
    got = []
    for i in range(runs):
        print(f"-- run {i + 1} of {runs}")
        got.append(bench_load(app, count))
    print(f"{runs} runs, {count:,} articles (each: the CLI's export, then the window):")
    for label, f in (("window / CLI wall, at loadingFinished", lambda g: g["window"] / g["cli"]),
                     ("window / CLI wall, settled", lambda g: g["settled"] / g["cli"]),
                     ("window / CLI CPU (process trees)", lambda g: g["window_cpu"] / g["cli_cpu"]),
                     ("window wall s", lambda g: g["window"]), ("CLI wall s", lambda g: g["cli"]),
                     ("window tree CPU s", lambda g: g["window_cpu"]), ("CLI tree CPU s", lambda g: g["cli_cpu"]),
                     ("GUI thread CPU s", lambda g: g["gui_cpu"]), ("stalls over 100 ms", lambda g: g["stalls"])):
        vals = sorted(f(g) for g in got)
        print(f"  {label:40} median {statistics.median(vals):6.2f}  (min {vals[0]:.2f}, max {vals[-1]:.2f})")


def bench_gui(app, count: int, rate: float) -> None:
    """The window's GUI thread fed ``count`` pool results at ``rate`` documents a second (see the
    module doc): what a load costs the GUI thread, apart from the pool and its noise."""
    from PySide6.QtCore import QEventLoop, QTimer

    from corpus import write_corpus
    from timeline_app.core.batch import iter_results

    folder = Path(tempfile.gettempdir()) / f"timeline-bench-corpus-{count}"
    paths = write_corpus(folder, count)
    results = [(r.document, r.rows) for r in iter_results([str(p) for p in paths], keep_document=True,
                                                           processes=True, headlines=True) if not r.error]
    w, clock, timer, gaps = _window_and_ticks(app, "bench-gui-")
    costs = _StageCosts()
    # a load under way whose documents arrive from this feeder instead of the worker's thread
    w.open_files([])
    w._worker.cancel()
    w._join_thread()
    w._generation += 1       # (the empty load's own signals are ignored from now on)
    w._worker = w            # (a load under way: anything not None; never cancelled here)
    done: list[float] = []
    loop = QEventLoop()
    w.loadingFinished.connect(lambda: (done.append(time.perf_counter()), loop.quit()))
    fed = [0]
    t0 = time.perf_counter()

    def feed():
        due = min(len(results), int((time.perf_counter() - t0) * rate) + 1)
        while fed[0] < due:
            w._on_loaded(*results[fed[0]])
            fed[0] += 1
        if fed[0] >= len(results):
            feeder.stop()
            w._on_finished(False)

    feeder = QTimer()
    feeder.setInterval(5)
    feeder.timeout.connect(feed)
    load = os.getloadavg()[0]
    clock.start()
    timer.start()
    gui0 = time.thread_time()
    costs.start()
    feeder.start()
    if not done:
        loop.exec()
    gui_done = time.thread_time() - gui0
    settled = _settle(app, w) - t0
    gui = time.thread_time() - gui0
    costs.stop()
    timer.stop()
    stalls = sorted((g - 0.010 for g in gaps if g - 0.010 > 0.100), reverse=True)
    print(f"GUI thread fed {len(results):,} pool results at {rate:.0f}/s ({len(w.frame):,} events): "
          f"{done[0] - t0:.1f} s wall, GUI thread {gui:.2f} s CPU until the idle work left after the load "
          f"ended ({settled - (done[0] - t0):.2f} s after loadingFinished; {gui_done:.2f} s CPU at loadingFinished)")
    costs.show(gui, len(results))
    print(f"  event-loop stalls over 100 ms: {len(stalls)}"
          + (f", longest {stalls[0] * 1000:.0f} ms" if stalls else "") + "  [target: none]")
    print(f"  load average: {load:.1f} before, {os.getloadavg()[0]:.1f} after (2 cores)")
    w.close()


class _StageCosts:
    """The GUI thread's CPU seconds (``time.thread_time``) per stage of a load, by wrapping the
    methods that make them while it lasts (``start`` .. ``stop``; the wrappers' own ~1 us a call is
    counted in them): the documents going into the Workspace (``_add_arrived``), within it the
    cross-document grouping (``_group_across``) and its headline comparisons (``workspace._similar``,
    rapidfuzz), the event rows made ahead (``stage_events``), the view updates (``_run_view_steps``);
    the rest is the event loop's own (painting, timers, the progress bar, queueing the results)."""

    STAGES = (("gui.main_window", "MainWindow", "_add_arrived", "documents into the Workspace"),
              ("core.workspace", "Workspace", "_group_across", "  of which cross-document grouping"),
              ("core.workspace", None, "_similar", "    of which headline comparisons (rapidfuzz)"),
              ("core.workspace", "Workspace", "stage_events", "  of which event rows made ahead"),
              ("gui.main_window", "MainWindow", "_run_view_steps", "view updates (timeline, table, lists)"))

    def __init__(self):
        self.spent = {k[2]: 0.0 for k in self.STAGES}
        self.calls = {k[2]: 0 for k in self.STAGES}
        self._saved = []

    def start(self) -> None:
        import importlib

        for mod, cls, name, _label in self.STAGES:
            owner = importlib.import_module("timeline_app." + mod)
            owner = getattr(owner, cls) if cls else owner
            fn = owner.__dict__[name]
            self._saved.append((owner, name, fn))
            setattr(owner, name, self._wrap(fn, name))

    def _wrap(self, fn, name):
        spent, calls, clock = self.spent, self.calls, time.thread_time
        depth = [0]

        def timed(*a, **k):
            if depth[0]:        # (a call inside another of the same stage: counted once)
                return fn(*a, **k)
            depth[0] += 1
            t = clock()
            try:
                return fn(*a, **k)
            finally:
                spent[name] += clock() - t
                calls[name] += 1
                depth[0] -= 1
        return timed

    def stop(self) -> None:
        for owner, name, fn in reversed(self._saved):
            setattr(owner, name, fn)
        self._saved = []

    def show(self, total: float, documents: int) -> None:
        per = 1000 / max(1, documents)
        print(f"  the GUI thread's CPU by stage (seconds; per 1,000 documents):")
        for _mod, _cls, name, label in self.STAGES:
            print(f"    {label:48} {self.spent[name]:6.2f}  ({self.spent[name] * per:.3f}; {self.calls[name]:,} calls)")
        rest = total - self.spent["_add_arrived"] - self.spent["_run_view_steps"]
        print(f"    {'the event loop and the rest':48} {rest:6.2f}  ({rest * per:.3f})")


def main(argv: list[str]) -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    which = argv or ["frame", "table", "cancel", "load1000"]
    print(f"(wall-clock figures on a machine with {os.cpu_count()} cores, possibly shared with other work; "
          f"load average now {os.getloadavg()[0]:.1f})")
    from timeline_app.core import compiled

    mod = compiled.compiled_module()
    print(f"(the pool's clause finder: {'compiled by Cython (make compiled)' if mod else 'the pure module'}; "
          f"timeline_app/core/compiled.py)")
    rate = 500.0
    if "--no-pair-memo" in which:
        # the grouping's memo of headline pairs off (workspace._similar: forgotten at every new pair):
        # the benchmark's corpus repeats each source paragraph ~50 times, so its pairs repeat far
        # more than in real corpora; this shows the cost of a corpus without repeated headlines
        from timeline_app.core import workspace

        workspace._PAIR_SCORES_MAX = 0
        which = [w for w in which if w != "--no-pair-memo"]
        print("(the grouping's memo of headline pairs off)")
    if "--no-memo" in which:
        # both memos off: the pair scores above and the pool's headlines by sentence
        # (``headlines._HEADLINE_MEMO``, read from the environment by each process as it imports the
        # module: set before the pool's fork server starts), the cost on a corpus without repeats
        from timeline_app.core import workspace

        os.environ["TIMELINE_APP_HEADLINE_MEMO"] = "0"
        if "timeline_app.core.headlines" in sys.modules:
            sys.modules["timeline_app.core.headlines"]._MEMO_ON = False
        workspace._PAIR_SCORES_MAX = 0
        which = [w for w in which if w != "--no-memo"]
        print("(the memos of headline pairs and of headlines by sentence off)")
    if "--stock-pool" in which:
        # the pool as before the eighth session: multiprocessing's own, whose worker-handler thread
        # loops while results wait in its pipe (see ``batch._pool_class``): for before/after figures
        # in the same minutes (the CLI, a process of its own, keeps the new pool)
        import multiprocessing.pool

        from timeline_app.core import batch

        batch._pool_class = lambda: multiprocessing.pool.Pool
        which = [w for w in which if w != "--stock-pool"]
        print("(the window's pool: multiprocessing's own Pool, as before the eighth session)")
    if "--rate" in which:
        i = which.index("--rate")
        rate = float(which[i + 1])
        which = which[:i] + which[i + 2:]
    runs = 1
    if "--runs" in which:
        i = which.index("--runs")
        runs = int(which[i + 1])
        which = which[:i] + which[i + 2:]
    for name in which:
        if name.startswith("load"):
            if runs > 1:
                bench_load_runs(app, int(name[4:] or 1000), runs)
            else:
                bench_load(app, int(name[4:] or 1000))
        elif name.startswith("gui"):
            bench_gui(app, int(name[3:] or 10000), rate)
        else:
            {"frame": bench_frame, "table": bench_table, "cancel": bench_cancel}[name](app)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
