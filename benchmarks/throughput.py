#!/usr/bin/env python3
"""Throughput of the export path (load -> events_frame -> events_csv), in-process, on one core.

Texts of about 0.5, 1, 2 and 4 MB are built from the seed article and the TEXT bodies of the
TimeBank files (tags stripped). Each size is one document: the articles repeated in rounds,
each round with its years shifted and each size with its own reference date, so that a cache
cannot turn repeats into free work. Start-up (imports, pandas included; lexicon loading; one
small export of the seed) is done before the clock starts. Prints figures only; nothing is
asserted.

    .venv/bin/python benchmarks/throughput.py [--sizes 0.5 1 2 4] [--repeat 1]

MB here is 10^6 bytes of UTF-8 text.
"""
from __future__ import annotations

import argparse
import glob
import html
import os
import random
import re
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed" / "kharkiv-offensive.txt"
TIMEBANK = SHARED / "data" / "timeml" / "tbaq" / "TimeBank"
sys.path.insert(0, str(REPO))

_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_TAG = re.compile(r"<[^>]+>")
_YEAR = re.compile(r"\b(19[0-9]{2}|20[0-4][0-9])\b")


def source_articles() -> list[str]:
    """The seed article and every TimeBank TEXT body as plain text."""
    articles = [SEED.read_text(encoding="utf-8")]
    for path in sorted(glob.glob(str(TIMEBANK / "*.tml"))):
        m = _TEXT.search(Path(path).read_text(encoding="utf-8"))
        if m:
            body = html.unescape(_TAG.sub("", m.group(1))).strip()
            if body:
                articles.append(body)
    return articles


def build_text(articles: list[str], target_bytes: int, rng: random.Random) -> str:
    """Rounds of the articles in a shuffled order, years shifted by the round number, cut at a paragraph."""
    parts: list[str] = []
    size = 0
    rnd = 0
    while size < target_bytes:
        rnd += 1
        order = articles[:]
        rng.shuffle(order)
        for art in order:
            if rnd > 1:
                art = _YEAR.sub(lambda m: str(int(m.group(1)) + rnd - 1), art)
            parts.append(art)
            size += len(art.encode("utf-8")) + 2
            if size >= target_bytes:
                break
    return "\n\n".join(parts) + "\n"


def pin_to_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "not pinned (no sched_setaffinity here)"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=float, nargs="+", default=[0.5, 1, 2, 4], metavar="MB")
    ap.add_argument("--repeat", type=int, default=1, help="runs per size; the fastest is reported")
    ap.add_argument("--seed", type=int, default=20220910)
    a = ap.parse_args()

    core = pin_to_one_core()
    from timeline_app.core.events import events_frame
    from timeline_app.core.export import events_csv
    from timeline_app.core.loaders import load_document

    rng = random.Random(a.seed)
    articles = source_articles()
    # start-up: one small export of the seed (imports, pandas included; lexicons, compiled rules)
    # rule patterns (and leads, trails, the words around trigger words) are compiled on first use
    # (rulebase.LazyPattern), compile them all and read every rule's reach first, as start-up did
    # before (first: ahead of the patterns that re's cache keeps)
    from timeline_app.temporal.tagger import prepare_rules
    prepare_rules()
    events_csv(events_frame([load_document(str(SEED), date(2022, 9, 10))]))
    print(f"sources: seed + {len(articles) - 1} TimeBank bodies; {core}; Python {sys.version.split()[0]}")

    results = []
    # as `timeline-app export` does while it tags (cli._export_csv): what start-up made is never
    # garbage, out of the collector's full passes (``tagger.startup_set_aside``)
    from timeline_app.temporal.tagger import startup_set_aside
    with startup_set_aside(), tempfile.TemporaryDirectory(prefix="throughput-") as tmp:
        for mb in a.sizes:
            text = build_text(articles, int(mb * 1_000_000), rng)
            path = os.path.join(tmp, f"text-{mb}MB.txt")
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(text)
            nbytes = os.path.getsize(path)
            ref = date(1990, 1, 1) + timedelta(days=rng.randrange(0, 13000))
            best = cpu_best = None
            for _ in range(a.repeat):
                t0, c0 = time.perf_counter(), time.process_time()
                doc = load_document(path, ref)
                df = events_frame([doc])
                csv_text = events_csv(df)
                elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
                best = elapsed if best is None else min(best, elapsed)
                cpu_best = cpu if cpu_best is None else min(cpu_best, cpu)
            results.append((mb, nbytes, len(text), len(df), len(csv_text), ref, best, cpu_best))
            print(f"  {mb:g} MB done in {best:.2f} s", file=sys.stderr)

    print()
    # CPU seconds (this process) next to wall seconds: on a shared machine the wall clock
    # counts the time other processes had the core; the CPU figure is the work done
    print("| size | bytes | chars | ref date | rows | seconds | MB/s | s per MB | CPU s | MB/s (CPU) |")
    print("|---|---:|---:|---|---:|---:|---:|---:|---:|---:|")
    for mb, nbytes, chars, rows, _, ref, secs, cpu in results:
        rate = nbytes / 1e6 / secs if secs else float("inf")
        print(f"| {mb:g} MB | {nbytes:,} | {chars:,} | {ref} | {rows:,} | {secs:.2f} | {rate:.3f} | "
              f"{secs / (nbytes / 1e6):.2f} | {cpu:.2f} | {nbytes / 1e6 / cpu:.3f} |")
    if len(results) > 1:
        small = min(results, key=lambda r: r[1])
        large = max(results, key=lambda r: r[1])
        per_mb = lambda r: r[6] / (r[1] / 1e6)
        print(f"\nlinearity: time per MB at {large[0]:g} MB / at {small[0]:g} MB = "
              f"{per_mb(large) / per_mb(small):.2f} (1.00 = linear; rows per MB "
              f"{large[3] / (large[1] / 1e6):.0f} vs {small[3] / (small[1] / 1e6):.0f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
