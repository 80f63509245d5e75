#!/usr/bin/env python3
"""Value F1 of accuracy.py's corpora scored in one process, for judging a rule change in seconds.

accuracy.py runs `timeline-app export` once per reference date, as a user would, and scores with
../shared/tools/timeml_eval.py: 20 minutes for the pooled B halves on a loaded two-core host. This
reads the same parts (accuracy.CORPORA / GROUPS), parses each file with timeml_eval's own
``parse_tml``, tags its text in this process as `export` does (``core.batch.process_file``) and
matches system to gold spans as the evaluator does (for each gold span the unused system span of
largest overlap): the same figures. Checked against accuracy.py in the sixteenth session on
TimeBank, AQUAINT, WikiWars, fresh-text and the pooled A and B halves, every figure equal (the
values2 engineer's one-process scorer, made a tool). Prints figures only, never an expression, so
it is safe on the never-read halves; accuracy.py stays the figure of record.

    .venv/bin/python benchmarks/fast_scores.py [GROUP ...]     (default: informalB)

Prints one line per part and a pooled line per group: relaxed F1 and value F1.
"""
from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))
sys.path.insert(0, str(REPO.parent / "shared" / "tools"))

import accuracy  # noqa: E402
from conventions import match  # noqa: E402
from timeml_eval import parse_tml  # noqa: E402

from timeline_app.core.batch import process_file  # noqa: E402


def _matches(gold: list, system: list) -> tuple[int, int]:
    """(relaxed matches, of which with the gold value) for one file, matched as timeml_eval.py
    matches (``conventions.match``: largest overlap, each system span once)."""
    pairs = match(gold, system)
    return len(pairs), sum(system_span[3] == gold[gi][3] for gi, system_span in pairs.items())


def score_part(name: str, tmp: Path) -> tuple[int, int, int, int]:
    """(gold, system, relaxed matches, value matches) of one part of accuracy.CORPORA."""
    folder = {n: f for n, f, _ht, _flags in accuracy.CORPORA}[name]
    n_gold = n_sys = relaxed = value_ok = 0
    for f in accuracy.part_files(folder):   # (a whole folder less a set scored apart: accuracy.APART)
        dct, text, gold = parse_tml(str(f))
        p = tmp / (f.stem + ".txt")
        p.write_text(text, encoding="utf-8", newline="")
        res = process_file(str(p), date.fromisoformat(dct))
        if res.error:
            raise SystemExit(f"{f.name}: {res.error}")
        system = sorted({(int(r["start_char"]), int(r["end_char"]), r["timex_type"], r["timex_value"])
                         for r in res.rows})
        r, v = _matches(gold, system)
        n_gold += len(gold)
        n_sys += len(system)
        relaxed += r
        value_ok += v
    return n_gold, n_sys, relaxed, value_ok


def _f1(g: int, s: int, r: int, v: int) -> tuple[float, float]:
    return (200 * r / (g + s) if g + s else 0.0), (200 * v / (g + s) if g + s else 0.0)


def main(argv: list[str]) -> int:
    groups = argv or ["informalB"]
    with tempfile.TemporaryDirectory(prefix="fast-scores-") as tmp:
        for group in groups:
            names = accuracy.GROUPS.get(group, (group,))
            total = [0, 0, 0, 0]
            for name in names:
                row = score_part(name, Path(tmp))
                total = [a + b for a, b in zip(total, row)]
                rf, vf = _f1(*row)
                print(f"{name}: gold {row[0]} system {row[1]} relaxed F1 {rf:.2f} value F1 {vf:.2f}", flush=True)
            rf, vf = _f1(*total)
            print(f"POOLED {group}: gold {total[0]} system {total[1]} relaxed F1 {rf:.2f} value F1 {vf:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
