#!/usr/bin/env python3
"""The window's pool against the CLI's, one process, CPU seconds (issue 9).

The window's pool does what ``export`` does and more: each row gets its headline and clause
(``headlines.headline_rows``), the file its SHA-256, and the document goes back whole
(``batch.process_file(headlines=True, keep_document=True)``); the CLI writes CSV lines
(``as_csv=True``). On the generated news corpus (``corpus.py``), in this process, one file at a
time, so the figure does not depend on how busy the other core is:

* the CLI's path and the window's path over the same files, and the difference per article;
* ``headline_rows`` alone per row (the best of ``--repeat`` runs of each slice of 50 articles),
  the memo of headlines by sentence (``headlines._HEADLINE_MEMO``) emptied before each run: the
  clause finder's own cost.

The paths' comparison runs with that memo as the window's pool has it (this corpus repeats each
source paragraph ~30 times, so most rows are taken from it); ``--no-memo``: without it, the cost
on a corpus without repeated sentences.

    .venv/bin/python benchmarks/window_pool.py [--count 2000] [--repeat 3] [--no-memo]

Prints figures only (CPU seconds; the machine may be shared: the load average is printed).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-memo", action="store_true", help="the paths compared without the headline memo")
    args = ap.parse_args(argv)

    from corpus import write_corpus
    from timeline_app.core import headlines
    from timeline_app.core.batch import process_file
    from timeline_app.core.events import document_rows
    from timeline_app.core.headlines import headline_rows
    from timeline_app.core.loaders import load_document

    if args.no_memo:
        headlines._MEMO_ON = False
    folder = Path(tempfile.gettempdir()) / f"timeline-bench-corpus-{args.count}"
    paths = [str(p) for p in write_corpus(folder, args.count)]
    n = len(paths)
    for p in paths[:50]:          # rule patterns compiled, word lists read: not part of the figure
        process_file(p, headlines=True)
        process_file(p, as_csv=True)
    headlines._HEADLINE_MEMO.clear()      # (a new pool's workers start with none)
    load0 = os.getloadavg()[0]
    c = time.process_time()
    for p in paths:
        process_file(p, as_csv=True)
    cli = time.process_time() - c
    c = time.process_time()
    for p in paths:
        process_file(p, headlines=True, keep_document=True)
    win = time.process_time() - c
    print(f"{n:,} articles, one process: the CLI's path {cli:.1f} CPU s, the window's path {win:.1f} CPU s, "
          f"extra {win - cli:.1f} s ({(win - cli) / n * 1000:.2f} ms per article; the headline memo "
          f"{'off' if args.no_memo else 'on'})")

    docs = []
    for p in paths:
        d = load_document(p)
        docs.append((d, document_rows(d)))
    rows = sum(len(r) for _, r in docs)
    best_total = 0.0
    for i in range(0, len(docs), 50):
        part = docs[i:i + 50]
        best = float("inf")
        for _ in range(args.repeat):
            copies = [(d, [dict(r) for r in rs]) for d, rs in part]
            headlines._HEADLINE_MEMO.clear()     # (the clause finder's own work: nothing remembered)
            c = time.process_time()
            for d, rs in copies:
                headline_rows(d, rs)
            best = min(best, time.process_time() - c)
        best_total += best
    print(f"headline_rows: {best_total / rows * 1e6:.1f} us per row ({rows:,} rows, {best_total / n * 1000:.2f} ms "
          f"per article; best of {args.repeat} per 50 articles)")
    print(f"load average {load0:.1f} -> {os.getloadavg()[0]:.1f} (2 cores)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
