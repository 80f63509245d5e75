#!/usr/bin/env python3
"""Long runs of blanks after (and before) every rule's examples: linear or not? (hostile input)

A regular expression with two unbounded runs of blanks side by side, with only optional parts between
them (``\\s*,?\\s+``), tries every split of a long run before it fails: time quadratic in the run (cubic
with three). Counting the characters handed to patterns (``tests/hostile/test_engine_linear.py``) cannot
see it, since the backtracking is inside one call. This tags, for each rule example (its expression and
its sentence), the text with a run of N and of 4N blanks after it (and before it) and a final "x", and
prints every case whose CPU time grew more than ``--ratio`` times (16 for quadratic, 4 for linear).
Figures only, nothing asserted (the cases it found are `@example`s of
``tests/test_tagger_properties.py::test_huge_whitespace_around_a_date``).

    .venv/bin/python benchmarks/blank_runs.py [--fill " " "\\t" " \\n"] [--n 1000] [--ratio 6]
"""
from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline_app.temporal.tagger import RULES, tag  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fill", nargs="+", default=[" ", "\\t", " \\n"], help="blank runs (backslash escapes read)")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--ratio", type=float, default=6.0)
    args = ap.parse_args(argv)
    ref = date(2025, 6, 11)
    cases = sorted({(r.name, s) for r in RULES for e in r.examples for s in (e[2], e[1])})
    flagged = 0
    for fill in args.fill:
        fill = fill.encode().decode("unicode_escape")
        t_all = time.process_time()
        for name, s in cases:
            for where in ("after", "before"):
                ts = []
                for n in (args.n, 4 * args.n):
                    text = s + fill * n + "x" if where == "after" else "x" + fill * n + s
                    t = time.process_time()
                    tag(text, ref)
                    ts.append(time.process_time() - t)
                if ts[1] > 0.05 and ts[1] / max(ts[0], 1e-3) > args.ratio:
                    flagged += 1
                    print(f"{name}: {where} {s!r}, run {fill!r}: {ts[0]:.3f} s at {args.n}, {ts[1]:.3f} s at {4 * args.n}"
                          f" ({ts[1] / max(ts[0], 1e-3):.1f}x)", flush=True)
        print(f"run {fill!r}: {len(cases)} examples x 2 places, {time.process_time() - t_all:.1f} s CPU", flush=True)
    print(f"flagged: {flagged} (growth over {args.ratio}x for 4x the run)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
