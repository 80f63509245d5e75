"""Headlines: the share of the gold set met, by set and by genre, and the misses.

    .venv/bin/python benchmarks/headlines.py [--show-misses]

Each gold item (tests/data/headlines_gold.jsonl) is a sentence, its time expression, words
the headline must hold and words it must not hold (the expression, the reporting frame, the
other happening of the sentence). "dev" items were studied while the rules were written;
"held-out" items were written afterwards and scored once, without tuning.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "tests"))

from test_headlines import judge, load_gold  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--show-misses", action="store_true")
    args = ap.parse_args()
    items = load_gold()
    by_set, by_genre = defaultdict(lambda: [0, 0]), defaultdict(lambda: [0, 0])
    misses = []
    t = time.perf_counter()
    for it in items:
        ok, h, missing, wrong = judge(it)
        for d, k in ((by_set, it["set"]), (by_genre, it["genre"])):
            d[k][0] += ok
            d[k][1] += 1
        if not ok:
            misses.append((it, h, missing, wrong))
    dt = time.perf_counter() - t
    total = sum(v[0] for v in by_set.values()), sum(v[1] for v in by_set.values())
    print(f"headline gold set: {total[0]}/{total[1]} met ({total[0] / total[1]:.1%}), "
          f"{dt / len(items) * 1e3:.2f} ms per headline")
    for k, (a, n) in sorted(by_set.items()):
        print(f"  {k:9} {a:4}/{n:<4} {a / n:6.1%}")
    print("  by genre: " + ", ".join(f"{k} {a}/{n}" for k, (a, n) in sorted(by_genre.items())))
    if args.show_misses:
        for it, h, missing, wrong in misses:
            print(f"- [{it['set']}/{it['genre']}] {it['expression']!r} in {it['sentence']!r}\n"
                  f"    -> {h!r}  missing {missing} unwanted {wrong}")


if __name__ == "__main__":
    main()
