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
        [--other CHECKOUT] [--runs N]

``--other CHECKOUT``: another checkout of the project (``git worktree add --detach DIR REV``), run
with this Python and libraries (its package first on the path), alternating with this one run by
run, so that both are measured in the same minutes of a shared machine; ``--runs``: how many
alternations. Each export line also splits the CPU: the command's own process, the pool's fork
server, its workers, and when the first worker started (the start-up before any tagging).

Prints figures only. The machine may be shared with other work: say so with the figures (the
load average is printed with each run). With ``PYTHONDONTWRITEBYTECODE`` set no bytecode is
cached, and every process compiles every source it imports (seconds of start-up): a note says so.
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


def _cmdline(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return f.read().replace(b"\0", b" ").decode("utf-8", "replace")
    except OSError:
        return ""


def run_measured(cmd: list[str], env: dict | None = None, cwd: str | None = None) -> dict:
    """Run ``cmd``; wall time, CPU seconds of its process tree (and of its parts: the command's
    own process, the pool's fork server, the workers it forked), when the first worker was seen,
    peak summed PSS and RSS."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env, cwd=cwd)
    cpu: dict[int, float] = {}
    depth: dict[int, int] = {p.pid: 0}
    kind: dict[int, str] = {}
    first_worker = None
    peak_pss = peak_rss = 0
    while p.poll() is None:
        pss = rss = 0
        todo = [p.pid]
        while todo:
            pid = todo.pop()
            c = _cpu(pid)
            if c is not None:
                cpu[pid] = c
            m = _mem(pid)
            pss += m[0]
            rss += m[1]
            if kind.get(pid, "other") == "other":   # (read again: a process spawned is the command's until its exec)
                line = _cmdline(pid)
                kind[pid] = ("command" if pid == p.pid else "fork server" if depth[pid] == 1 and "forkserver" in line
                             else "worker" if depth[pid] >= 2 else "other")
                if kind[pid] == "worker" and first_worker is None:
                    first_worker = time.perf_counter() - t0
            for child in _children(pid):
                depth.setdefault(child, depth[pid] + 1)
                todo.append(child)
        peak_pss, peak_rss = max(peak_pss, pss), max(peak_rss, rss)
        time.sleep(0.02)
    wall = time.perf_counter() - t0
    err = p.stderr.read()
    parts = {k: sum(c for pid, c in cpu.items() if kind.get(pid) == k) for k in ("command", "fork server", "worker")}
    return {"wall": wall, "cpu": sum(cpu.values()), "pss_mb": peak_pss / 1024, "rss_mb": peak_rss / 1024,
            "rc": p.returncode, "stderr": err, "parts": parts, "first_worker": first_worker}


def _code_env(code: Path | None) -> tuple[dict | None, str | None]:
    """The environment and folder that run the package of ``code`` (None: this checkout's)."""
    if code is None:
        return None, None
    return dict(os.environ, PYTHONPATH=str(code)), str(code)


def _codes(other: Path | None) -> list[tuple[str, Path | None]]:
    return [("this", None)] + ([(f"other ({other})", other)] if other is not None else [])


def bench_export(count: int, jobs_list: list[int], other: Path | None = None, runs: int = 1) -> None:
    folder = Path(tempfile.gettempdir()) / f"timeline-bench-corpus-{count}"
    t = time.perf_counter()
    paths = write_corpus(folder, count)
    size = sum(os.path.getsize(p) for p in paths)
    print(f"corpus: {len(paths):,} articles, {size / 1e6:.1f} MB in {folder} ({time.perf_counter() - t:.1f} s to make)")
    codes = _codes(other)
    outs: dict[tuple[str, int], Path] = {}
    for run in range(runs):
        for jobs in jobs_list:
            for name, code in codes:
                out = folder.parent / f"timeline-bench-{count}-jobs{jobs}{'-other' if code else ''}.csv"
                env, cwd = _code_env(code)
                load = os.getloadavg()[0]
                r = run_measured([sys.executable, "-m", "timeline_app", "export", str(folder), "--jobs", str(jobs),
                                  "--reference-date", "1998-03-01", "-o", str(out)], env=env, cwd=cwd)
                rows = sum(1 for _ in open(out, encoding="utf-8")) - 1 if out.exists() else 0
                parts = r["parts"]
                split = (f"; CPU of the command {parts['command']:.2f} s, fork server {parts['fork server']:.2f} s, "
                         f"workers {parts['worker']:.1f} s, the first from {r['first_worker']:.2f} s"
                         if r["first_worker"] is not None else "")
                print(f"{name + ': ' if other else ''}export --jobs {jobs}: {r['wall']:.1f} s wall, {r['cpu']:.1f} s CPU "
                      f"({r['cpu'] / r['wall'] / os.cpu_count() * 100:.0f}% of {os.cpu_count()} cores), "
                      f"peak memory {r['pss_mb']:.0f} MB PSS ({r['rss_mb']:.0f} MB RSS summed over processes), "
                      f"{rows:,} rows, {size / 1e6 / r['wall']:.2f} MB/s, exit {r['rc']}{split}; load average {load:.1f}",
                      flush=True)
                outs[(name, jobs)] = out
    files = list(outs.values())
    if len(files) > 1:
        same = all(filecmp.cmp(files[0], o, shallow=False) for o in files[1:])
        print(f"CSV identical across --jobs {', '.join(map(str, jobs_list))}{' and both checkouts' if other else ''}: "
              f"{'yes' if same else 'NO'}")
    print("[target at 10,000 articles, 2 cores: <= 15 s wall, both cores busy, <= 250 MB]")


def bench_cold(runs: int = 7, other: Path | None = None, rounds: int = 1) -> None:
    folder = Path(tempfile.gettempdir()) / "timeline-bench-corpus-1"
    one = write_corpus(folder, 1)[0]
    out = folder / "out.csv"
    for _round in range(rounds):
        for name, code in _codes(other):
            env, cwd = _code_env(code)
            times = []
            load = os.getloadavg()[0]
            for _ in range(runs):
                t = time.perf_counter()
                subprocess.run([sys.executable, "-m", "timeline_app", "export", one, "-o", str(out)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, env=env, cwd=cwd)
                times.append(time.perf_counter() - t)
            print(f"{name + ': ' if other else ''}cold export of one {os.path.getsize(one) / 1e3:.1f} KB article "
                  f"(fresh process, {runs} runs): median {statistics.median(times):.3f} s, best {min(times):.3f} s  "
                  f"[target <= 0.35 s]; load average {load:.1f}", flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("which", nargs="*", default=["export", "cold"], choices=["export", "cold"])
    ap.add_argument("--count", type=int, default=10_000)
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--other", type=Path, metavar="CHECKOUT",
                    help="another checkout of the project, run alternating with this one")
    ap.add_argument("--runs", type=int, default=1, help="alternations (with --other) or repeats")
    a = ap.parse_args()
    other = a.other.resolve() if a.other is not None else None
    if other is not None and not (other / "timeline_app" / "__init__.py").exists():
        ap.error(f"{other} is no checkout of the project")
    print(f"(wall-clock figures on a machine with {os.cpu_count()} cores, possibly shared with other work; "
          f"load average now {os.getloadavg()[0]:.1f})")
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        print("(PYTHONDONTWRITEBYTECODE is set: no bytecode is cached, so every process compiles every source "
              "it imports; unset it for the figures of an installed app)")
    for w in a.which:
        if w == "export":
            bench_export(a.count, a.jobs, other, a.runs)
        else:
            bench_cold(other=other, rounds=a.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
