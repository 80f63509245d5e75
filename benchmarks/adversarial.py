#!/usr/bin/env python3
"""Time and peak memory of the export path on hostile texts, at 1x, 2x and 4x a base size.

Texts (generated here, plain .txt files):
  dense      "Feb 24 " repeated: one sentence of dates, no full stop
  lowercase  the seed article and TimeBank bodies lower-cased: no capital after a full stop
  chain      "a week after " repeated: one chained expression after another, one sentence
  narrative  "On 21 July 1936, the fifth day of the rebellion, ..." repeated, --mode narrative
  nostops    the articles with every . ! ? removed and the line breaks made spaces: one line

Each size runs in a fresh child process: `timeline-app export FILE -o OUT.csv --jobs 1` through
``cli.export_main`` after a warm-up export of a small file (imports, compiled rules), so the
seconds are the export of that text (load, tag, rows, CSV written) and the peak is the child's
maximum resident set (``ru_maxrss`` from ``os.wait4``), interpreter and libraries included.
The ratio is taken on CPU seconds (the machine is shared: wall time is printed too, but it
measures the neighbours as much as the export). Prints a Markdown table and, per text, the
ratio of each doubling (2.00 = linear). Figures only: nothing is asserted.

    .venv/bin/python benchmarks/adversarial.py                 # 1, 2, 4 MB
    .venv/bin/python benchmarks/adversarial.py --base 0.25 --texts dense chain
"""
from __future__ import annotations

import argparse
import glob
import html
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed" / "kharkiv-offensive.txt"
TIMEBANK = SHARED / "data" / "timeml" / "tbaq" / "TimeBank"
REFERENCE = "2022-09-10"
TEXTS = ("dense", "lowercase", "chain", "narrative", "nostops")
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_TAG = re.compile(r"<[^>]+>")


def _articles() -> str:
    parts = [SEED.read_text(encoding="utf-8")]
    for path in sorted(glob.glob(str(TIMEBANK / "*.tml"))):
        m = _TEXT.search(Path(path).read_text(encoding="utf-8"))
        if m:
            parts.append(html.unescape(_TAG.sub("", m.group(1))).strip())
    return "\n\n".join(p for p in parts if p)


def _repeat(unit: str, nbytes: int) -> str:
    n = max(1, nbytes // len(unit.encode("utf-8")))
    return unit * n


def build(kind: str, nbytes: int) -> str:
    """About ``nbytes`` bytes of the hostile text ``kind``."""
    if kind == "dense":
        return _repeat("Feb 24 ", nbytes)
    if kind == "chain":
        return "It happened " + _repeat("a week after ", nbytes) + "the vote."
    if kind == "narrative":
        return _repeat("On 21 July 1936, the fifth day of the rebellion, the army crossed the river. ", nbytes)
    arts = _articles()
    if kind == "lowercase":
        base = arts.lower()
    elif kind == "nostops":
        base = re.sub(r"\s+", " ", re.sub(r"[.!?]", "", arts))
    else:
        raise ValueError(kind)
    reps = nbytes // len(base.encode("utf-8")) + 1
    text = ((base + " ") * reps).encode("utf-8")[:nbytes].decode("utf-8", "ignore")
    return text


def child(kind: str, nbytes: int, tmp: str) -> None:
    """Run in a fresh process: warm up, then export the text once and print the figures."""
    sys.path.insert(0, str(REPO))
    from timeline_app.cli import export_main

    mode = ["--mode", "narrative"] if kind == "narrative" else []
    small = os.path.join(tmp, "warm.txt")
    Path(small).write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    export_main([small, "--reference-date", REFERENCE, "-o", os.path.join(tmp, "warm.csv")])
    path = os.path.join(tmp, f"{kind}.txt")
    Path(path).write_text(build(kind, nbytes), encoding="utf-8")
    out = os.path.join(tmp, f"{kind}.csv")
    t0, c0 = time.perf_counter(), time.process_time()
    rc = export_main([path, "--reference-date", REFERENCE, "-o", out, "--jobs", "1", *mode])
    secs, cpu = time.perf_counter() - t0, time.process_time() - c0
    with open(out, encoding="utf-8") as f:
        rows = sum(1 for _ in f) - 1  # physical lines; a sentence cell may hold line breaks
    print(json.dumps({"seconds": secs, "cpu": cpu, "rc": rc, "bytes": os.path.getsize(path), "csv_bytes": os.path.getsize(out),
                      "csv_lines": rows}))


def run_one(kind: str, nbytes: int, timeout: float, max_mb: int) -> dict:
    def cap():  # the child may not take the shared machine's memory: over the cap it fails
        import resource
        resource.setrlimit(resource.RLIMIT_AS, (max_mb << 20, max_mb << 20))

    with tempfile.TemporaryDirectory(prefix="adversarial-") as tmp:
        proc = subprocess.Popen([sys.executable, __file__, "--child", kind, str(nbytes), tmp],
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, preexec_fn=cap)
        t0 = time.monotonic()
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - t0 > timeout:
                proc.kill()
                _, status, usage = os.wait4(proc.pid, 0)
                return {"seconds": None, "peak_mb": usage.ru_maxrss / 1024, "note": f"killed after {timeout:.0f} s"}
            time.sleep(0.05)
        out = proc.stdout.read()
        proc.returncode = os.waitstatus_to_exitcode(status)
        try:
            res = json.loads(out.strip().splitlines()[-1])
        except (ValueError, IndexError):
            res = {"seconds": None, "note": f"failed (exit {proc.returncode}; over the memory cap?)"}
        res["peak_mb"] = usage.ru_maxrss / 1024  # kilobytes on Linux
        return res


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", type=float, default=1.0, metavar="MB", help="the 1x size (default 1 MB)")
    ap.add_argument("--texts", nargs="+", choices=TEXTS, default=list(TEXTS))
    ap.add_argument("--timeout", type=float, default=600, help="seconds before a child is killed")
    ap.add_argument("--max-memory", type=int, default=4000, metavar="MB",
                    help="address-space cap of each child (default 4000 MB); a child over it fails")
    ap.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        child(a.child[0], int(a.child[1]), a.child[2])
        return 0
    print(f"export path, one child process per run, reference date {REFERENCE}; Python {sys.version.split()[0]}; "
          f"{os.cpu_count()} CPUs (shared: timings are noisy)")
    print()
    print("| text | size | CPU s | ratio to half size | wall s | peak RSS MB | CSV MB |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for kind in a.texts:
        prev = None
        for k in (1, 2, 4):
            nbytes = int(a.base * k * 1_000_000)
            r = run_one(kind, nbytes, a.timeout, a.max_memory)
            secs, cpu = r.get("seconds"), r.get("cpu")
            ratio = f"{cpu / prev:.2f}" if cpu and prev else ""
            print(f"| {kind} | {nbytes / 1e6:g} MB | {f'{cpu:.2f}' if cpu else r.get('note', '?')} | {ratio} | "
                  f"{f'{secs:.2f}' if secs else ''} | {r['peak_mb']:.0f} | {r.get('csv_bytes', 0) / 1e6:.1f} |", flush=True)
            prev = cpu
    return 0


if __name__ == "__main__":
    sys.exit(main())
