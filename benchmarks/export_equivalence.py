#!/usr/bin/env python3
"""Is ``export``'s CSV byte for byte the same as another version's? (issue 9, speed work)

Speed work must not change a single output byte. This runs ``timeline-app export`` of this
checkout and of a git revision (``--base``, default ``main``: checked out in a temporary
worktree and run with this checkout's Python and libraries) on the same inputs, each a fresh
process, and compares the CSV files byte for byte:

* the batch benchmark's corpus (``corpus.py``, ``--count`` articles, ``--jobs 2``, the reference
  date ``batch.py`` gives);
* its first 500 articles again without a reference date, and in ``--mode news`` and
  ``--mode narrative``;
* the bundled sample, every fresh-text source (``benchmarks/data/fresh/src``) and every
  TimeBank / AQUAINT / WikiWars-train text body, each a file of its own;
* one document of 1 MB and one of 4 MB built as ``throughput.py`` builds them (long texts are
  tagged block by block);
* (speed13) the first 500 articles again written as typeset news is (curly quotes and apostrophes,
  em dashes: ``_typeset``), the corpus being ASCII: text beyond ASCII takes other paths.

    .venv/bin/python benchmarks/export_equivalence.py [--base REV] [--count 10000]

Prints, for each input set, the rows and bytes of both CSVs and "same" or the first line that
differs; exits 1 when any differs. Not a benchmark: the seconds printed are one run each.
"""
from __future__ import annotations

import argparse
import csv
import glob
import html
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO / "benchmarks"))

from corpus import write_corpus  # noqa: E402
from throughput import build_text, source_articles  # noqa: E402

_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_TAG = re.compile(r"<[^>]+>")


def _export(code: Path, args: list[str], out: Path) -> float:
    """``timeline-app export ARGS -o OUT`` with the package of ``code`` first on the path."""
    env = dict(os.environ, PYTHONPATH=str(code))
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "timeline_app", "export", *args, "-o", str(out)], env=env, cwd=code,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - t


def _first_difference(a: Path, b: Path) -> str:
    """Where two CSVs first differ. A row of a fresh-text source (``benchmarks/data/fresh/src``, which holds
    the never-read B halves) is named by its line and document only, never shown: the guide's reading rules
    hold for anyone who runs this script."""
    with open(a, encoding="utf-8", errors="replace", newline="") as fa, \
            open(b, encoding="utf-8", errors="replace", newline="") as fb:
        for n, (la, lb) in enumerate(zip(fa, fb), 1):
            if la != lb:
                docs = {next(csv.reader([line]), [""])[0] if line.strip() else "" for line in (la, lb)}
                fresh = {f.name for f in (REPO / "benchmarks" / "data" / "fresh" / "src").glob("*/*")}
                if any(Path(d).name in fresh or "fresh" in d and "src" in d for d in docs):
                    return f"line {n} (a fresh-text source's row, not shown): {' / '.join(sorted(docs))}"
                return f"line {n}:\n    this: {la[:300]!r}\n    base: {lb[:300]!r}"
    return "one file is a prefix of the other"


def _typeset(text: str) -> str:
    """``text`` with the typewriter's quotes and dashes of the corpus's agency copy as typeset news writes them:
    `` and '' as curly double quotes, an apostrophe between letters and every other ' as a curly one, a " before a
    word as an opening quote and every other as a closing one, " -- " and " _ " as an em dash."""
    text = text.replace("``", "\u201c").replace("''", "\u201d")
    text = re.sub(r"(?<=\w)'(?=\w)", "\u2019", text)
    text = text.replace(" -- ", " \u2014 ").replace(" _ ", " \u2014 ").replace(") _\n", ") \u2014\n")
    text = re.sub(r'"(?=\w)', "\u201c", text).replace('"', "\u201d")
    return text.replace("'", "\u2019")


def _inputs(work: Path, count: int) -> list[tuple[str, list[str]]]:
    """(name, export arguments) of every input set."""
    corpus = write_corpus(Path(tempfile.gettempdir()) / f"timeline-bench-corpus-{count}", count)
    folder = str(Path(corpus[0]).parent)
    some = corpus[:500]
    texts = work / "texts"
    texts.mkdir()
    files = [str(SHARED / "seed" / "kharkiv-offensive.txt")]
    files += sorted(glob.glob(str(REPO / "benchmarks" / "data" / "fresh" / "src" / "*" / "*.txt")))
    timeml = SHARED / "data" / "timeml"
    for k, path in enumerate(sorted(glob.glob(str(timeml / "**" / "*.tml"), recursive=True))):
        m = _TEXT.search(Path(path).read_text(encoding="utf-8"))
        if m:
            p = texts / f"{k:04d}-{Path(path).stem}.txt"
            p.write_text(html.unescape(_TAG.sub("", m.group(1))), encoding="utf-8")
            files.append(str(p))
    typeset = work / "typeset"
    typeset.mkdir()
    typeset_files = []
    for path in some:
        p = typeset / Path(path).name
        p.write_text(_typeset(Path(path).read_text(encoding="utf-8")), encoding="utf-8")
        typeset_files.append(str(p))
    rng = random.Random(20220910)
    arts = source_articles()
    big = []
    for mb in (1, 4):
        p = work / f"text-{mb}MB.txt"
        p.write_text(build_text(arts, mb * 1_000_000, rng), encoding="utf-8")
        big.append(str(p))
    return [
        (f"corpus of {count:,} articles, --jobs 2", [folder, "--jobs", "2", "--reference-date", "1998-03-01"]),
        (f"{len(some)} articles, no reference date", [*some, "--jobs", "2"]),
        (f"{len(some)} articles, --mode news", [*some, "--jobs", "2", "--mode", "news", "--reference-date", "2001-05-04"]),
        (f"{len(some)} articles, --mode narrative", [*some, "--jobs", "2", "--mode", "narrative"]),
        (f"sample + fresh + TimeML bodies ({len(files)} files)", [*files, "--jobs", "2"]),
        ("1 MB and 4 MB documents", [*big, "--jobs", "2", "--reference-date", "1994-07-15"]),
        (f"{len(some)} articles typeset (curly quotes, dashes)", [*typeset_files, "--jobs", "2"]),
    ]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", default="main", help="git revision to compare with (default: main)")
    ap.add_argument("--count", type=int, default=10_000, help="articles of the batch corpus")
    a = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="export-equivalence-"))
    base = work / "base"
    differ = 0
    try:
        subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--detach", "--quiet", str(base), a.base],
                       check=True)
        rev = subprocess.run(["git", "-C", str(base), "rev-parse", "--short", "HEAD"], check=True,
                             capture_output=True, text=True).stdout.strip()
        print(f"this checkout ({REPO}) against {a.base} ({rev})")
        for k, (name, args) in enumerate(_inputs(work, a.count)):
            mine, theirs = work / f"this-{k}.csv", work / f"base-{k}.csv"
            t_mine = _export(REPO, args, mine)
            t_base = _export(base, args, theirs)
            if not mine.exists() or not theirs.exists():
                print(f"{name}: an export wrote nothing (this: {mine.exists()}, base: {theirs.exists()})")
                differ += 1
                continue
            same = mine.read_bytes() == theirs.read_bytes()
            rows = sum(1 for _ in open(mine, encoding="utf-8", errors="replace")) - 1
            print(f"{name}: {rows:,} rows, {mine.stat().st_size:,} bytes; "
                  f"{'same' if same else 'DIFFERENT'} (this {t_mine:.1f} s, base {t_base:.1f} s)")
            if not same:
                differ += 1
                print("  " + _first_difference(mine, theirs))
    finally:
        subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(base)], check=False)
        shutil.rmtree(work, ignore_errors=True)
    print("every CSV byte-identical" if not differ else f"{differ} input set(s) differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
