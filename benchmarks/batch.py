#!/usr/bin/env python3
"""Batch export at scale, and the cold start of a small export.

* ``export``: ``timeline-app export`` of N generated ~3 KB articles (``corpus.py``: TimeBank and
  AQUAINT text) with ``--jobs 1`` and ``--jobs 2`` (or ``--jobs`` given), as a user runs it (a
  fresh process). Prints wall time, CPU time of the whole process tree (the command, its
  process pool) and CPU use as a share of the cores, and the peak memory of the tree: the
  largest sum of PSS (proportional set size: pages shared by the forked workers counted once)
  and of RSS, sampled every 20 ms from /proc. Checks the CSVs are identical across --jobs.
  Target at 10,000 articles with 2 cores: <= 15 s wall, both cores busy, <= 250 MB.
* ``cold``: ``timeline-app export`` of one small article, a fresh process each time, 7 runs:
  median and best wall time. Target <= 0.35 s.

    .venv/bin/python benchmarks/batch.py [export] [cold] [--count 10000] [--jobs 1 2]

Prints figures only. The machine may be shared with other work: say so with the figures.
"""
from __future__ import annotations

import argparse
import filecmp
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))

from corpus import write_corpus  # noqa: E402

CLK = os.sysconf("SC_CLK_TCK")


def _children(pid: int) -> list[int]:
    out = []
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{tid}/children") as f:
                out += [int(x) for x in f.read().split()]
    except OSError:
        pass
    return out


def _tree(pid: int) -> list[int]:
    todo, seen = [pid], []
    while todo:
        p = todo.pop()
        seen.append(p)
        todo += _children(p)
    return seen


def _cpu(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / CLK   # utime + stime
    except (OSError, IndexError, ValueError):
        return None


def _mem(pid: int) -> tuple[int, int]:
    """(PSS, RSS) in kB."""
    pss = rss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    pss = int(line.split()[1])
                elif line.startswith("Rss:"):
                    rss = int(line.split()[1])
    except OSError:
        pass
    return pss, rss


def run_measured(cmd: list[str]) -> dict:
    """Run ``cmd``; wall time, CPU seconds of its process tree, peak summed PSS and RSS."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    cpu: dict[int, float] = {}
    peak_pss = peak_rss = 0
    while p.poll() is None:
        pss = rss = 0
        for pid in _tree(p.pid):
            c = _cpu(pid)
            if c is not None:
                cpu[pid] = c
            m = _mem(pid)
            pss += m[0]
            rss += m[1]
        peak_pss, peak_rss = max(peak_pss, pss), max(peak_rss, rss)
        time.sleep(0.02)
    wall = time.perf_counter() - t0
    err = p.stderr.read()
    return {"wall": wall, "cpu": sum(cpu.values()), "pss_mb": peak_pss / 1024, "rss_mb": peak_rss / 1024,
            "rc": p.returncode, "stderr": err}


def bench_export(count: int, jobs_list: list[int]) -> None:
    folder = Path(tempfile.gettempdir()) / f"timeline-bench-corpus-{count}"
    t = time.perf_counter()
    paths = write_corpus(folder, count)
    size = sum(os.path.getsize(p) for p in paths)
    print(f"corpus: {len(paths):,} articles, {size / 1e6:.1f} MB in {folder} ({time.perf_counter() - t:.1f} s to make)")
    outs = []
    for jobs in jobs_list:
        out = folder.parent / f"timeline-bench-{count}-jobs{jobs}.csv"
        r = run_measured([sys.executable, "-m", "timeline_app", "export", str(folder), "--jobs", str(jobs),
                          "--reference-date", "1998-03-01", "-o", str(out)])
        rows = sum(1 for _ in open(out, encoding="utf-8")) - 1 if out.exists() else 0
        print(f"export --jobs {jobs}: {r['wall']:.1f} s wall, {r['cpu']:.1f} s CPU "
              f"({r['cpu'] / r['wall'] / os.cpu_count() * 100:.0f}% of {os.cpu_count()} cores), "
              f"peak memory {r['pss_mb']:.0f} MB PSS ({r['rss_mb']:.0f} MB RSS summed over processes), "
              f"{rows:,} rows, {size / 1e6 / r['wall']:.2f} MB/s, exit {r['rc']}")
        outs.append(out)
    if len(outs) > 1:
        same = all(filecmp.cmp(outs[0], o, shallow=False) for o in outs[1:])
        print(f"CSV identical across --jobs {', '.join(map(str, jobs_list))}: {'yes' if same else 'NO'}")
    print("[target at 10,000 articles, 2 cores: <= 15 s wall, both cores busy, <= 250 MB]")


def bench_cold(runs: int = 7) -> None:
    folder = Path(tempfile.gettempdir()) / "timeline-bench-corpus-1"
    one = write_corpus(folder, 1)[0]
    out = folder / "out.csv"
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "timeline_app", "export", one, "-o", str(out)],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - t)
    print(f"cold export of one {os.path.getsize(one) / 1e3:.1f} KB article (fresh process, {runs} runs): "
          f"median {statistics.median(times):.3f} s, best {min(times):.3f} s  [target <= 0.35 s]")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("which", nargs="*", default=["export", "cold"], choices=["export", "cold"])
    ap.add_argument("--count", type=int, default=10_000)
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    a = ap.parse_args()
    print(f"(wall-clock figures on a machine with {os.cpu_count()} cores, possibly shared with other work; "
          f"load average now {os.getloadavg()[0]:.1f})")
    for w in a.which:
        if w == "export":
            bench_export(a.count, a.jobs)
        else:
            bench_cold()
    return 0


if __name__ == "__main__":
    sys.exit(main())
