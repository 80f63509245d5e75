#!/usr/bin/env python3
"""A corpus of short news articles for the scale benchmarks, made from the TimeML text in
``../shared/data`` (TimeBank and AQUAINT ``<TEXT>`` bodies, tags stripped).

Each article is about ``size`` bytes: consecutive paragraphs of one source text, headed by a
"Published YYYY-MM-DD" line (the source's DCT shifted by the article's number of days, so the
articles do not all share one reference date). Deterministic for a given count and size.

    .venv/bin/python benchmarks/corpus.py OUT_DIR [--count 10000] [--size 3000]
"""
from __future__ import annotations

import argparse
import glob
import html
import os
import re
import sys
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TBAQ = REPO.parent / "shared" / "data" / "timeml" / "tbaq"

_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_DCT = re.compile(r'functionInDocument="CREATION_TIME"[^>]*value="(\d{4}-\d{2}-\d{2})|value="(\d{4}-\d{2}-\d{2})"[^>]*functionInDocument="CREATION_TIME"')
_TAG = re.compile(r"<[^>]+>")


def sources() -> list[tuple[date, list[str]]]:
    """(creation date, paragraphs) of each TimeBank / AQUAINT document."""
    out = []
    for path in sorted(glob.glob(str(TBAQ / "*" / "*.tml"))):
        raw = Path(path).read_text(encoding="utf-8")
        m = _TEXT.search(raw)
        if not m:
            continue
        d = _DCT.search(raw)
        dct = date.fromisoformat(d.group(1) or d.group(2)) if d else date(1998, 1, 1)
        body = html.unescape(_TAG.sub("", m.group(1)))
        paras = [" ".join(p.split()) for p in re.split(r"\n\s*\n", body) if p.strip()]
        if paras:
            out.append((dct, paras))
    if not out:
        sys.exit(f"no TimeML text found under {TBAQ}")
    return out


def articles(count: int, size: int = 3000):
    """``count`` (name, text) pairs of about ``size`` bytes each."""
    src = sources()
    n = 0
    k = 0
    while n < count:
        dct, paras = src[k % len(src)]
        shift = k // len(src)
        i = 0
        while i < len(paras) and n < count:
            parts, got = [], 0
            while i < len(paras) and got < size:
                parts.append(paras[i])
                got += len(paras[i]) + 2
                i += 1
            if got < size // 3 and n and i >= len(paras):
                break      # a short tail: the next source gives a fuller article
            pub = dct + timedelta(days=shift * 7 + n % 5)
            text = f"Published {pub.isoformat()}\n\n" + "\n\n".join(parts) + "\n"
            yield f"article-{n:05d}.txt", text
            n += 1
        k += 1


def write_corpus(folder: str | os.PathLike, count: int, size: int = 3000) -> list[str]:
    """Write the corpus into ``folder`` (kept when already complete); returns the paths in order."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = folder / f".corpus-{count}-{size}"
    paths = []
    if stamp.exists():
        return [str(folder / f"article-{n:05d}.txt") for n in range(count)]
    for name, text in articles(count, size):
        p = folder / name
        p.write_text(text, encoding="utf-8")
        paths.append(str(p))
    stamp.touch()
    return paths


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--count", type=int, default=10_000)
    ap.add_argument("--size", type=int, default=3000)
    a = ap.parse_args()
    paths = write_corpus(a.out, a.count, a.size)
    total = sum(os.path.getsize(p) for p in paths)
    print(f"{len(paths)} articles, {total / 1e6:.1f} MB in {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
