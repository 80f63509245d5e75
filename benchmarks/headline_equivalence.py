#!/usr/bin/env python3
"""Are the window's headlines and events the same as another version's? (issue 9, speed work)

``headlines.headline_rows`` of this tree and of ``core/headlines.py`` as it is at a git revision
(``--base``, default ``main``), run in this process on the same tagged rows, compared row by row
(every column of every row it returns: the mentions with their headline and clause, and the
events dated from a length). The texts: the bundled sample, the fresh-text sources, the headline
gold and tagger-corpus sentences (``tests/headline_reference.py``), every TimeBank / AQUAINT /
WikiWars-train document of ``../shared/data/timeml`` and ``--count`` articles of the benchmark
corpus (``corpus.py``); and ``headline`` alone on every 1-3-word span of the TimeML documents'
sentences that hold an expression (the clause finder on expressions the tagger never gives).

    .venv/bin/python benchmarks/headline_equivalence.py [--base REV] [--count 10000]

Prints the counts, the CPU seconds of each version's ``headline_rows`` (one run each, not a
benchmark: see window_pool.py) and the first differences; exits 1 when any row differs.
"""
from __future__ import annotations

import argparse
import glob
import html
import importlib.util
import re
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))
sys.path.insert(0, str(REPO / "tests"))

_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_TAG = re.compile(r"<[^>]+>")
_DCT = re.compile(r'value="(\d{4}-\d{2}-\d{2})"[^>]*functionInDocument="CREATION_TIME"'
                  r'|functionInDocument="CREATION_TIME"[^>]*value="(\d{4}-\d{2}-\d{2})')


def _module(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod       # (dataclasses look their module up)
    spec.loader.exec_module(mod)
    return mod


def documents(count: int):
    """(source id, Document, its rows from document_rows) of every text compared."""
    from corpus import write_corpus
    from headline_reference import tagged_sources

    from timeline_app.core.document import Document
    from timeline_app.core.events import document_rows
    from timeline_app.core.loaders import load_document

    for sid, doc in tagged_sources():
        yield sid, doc, document_rows(doc)
    timeml = REPO.parent / "shared" / "data" / "timeml"
    for path in sorted(glob.glob(str(timeml / "**" / "*.tml"), recursive=True)):
        raw = Path(path).read_text(encoding="utf-8")
        m = _TEXT.search(raw)
        if not m:
            continue
        d = _DCT.search(raw)
        ref = date.fromisoformat(d.group(1) or d.group(2)) if d else None
        doc = Document(path=path, text=html.unescape(_TAG.sub("", m.group(1))), reference_date=ref,
                       reference_source="given" if ref else "")
        yield "timeml/" + str(Path(path).relative_to(timeml)), doc, document_rows(doc)
    if count:
        for p in write_corpus(Path(tempfile.gettempdir()) / f"timeline-bench-corpus-{count}", count):
            doc = load_document(p)
            yield "corpus/" + Path(p).name, doc, document_rows(doc)


def _rows(mod, doc, rows) -> list[tuple]:
    return [tuple(sorted(r.items())) for r in mod.headline_rows(doc, [dict(r) for r in rows])]


def _spans(mod, doc, rows) -> list[tuple]:
    out = []
    text = doc.text
    for s0, s1 in dict.fromkeys((r["sentence_start"], r["sentence_end"]) for r in rows):
        words = [m.span() for m in re.finditer(r"\S+", text[s0:s1])]
        for i in range(len(words)):
            for w in (1, 2, 3):
                if i + w <= len(words):
                    e = (s0 + words[i][0], s0 + words[i + w - 1][1])
                    try:
                        out.append((e, mod.headline(text, (s0, s1), e)))
                    except Exception as ex:     # (the same failure counts as the same answer)
                        out.append((e, type(ex).__name__))
    return out


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", default="main", help="git revision whose core/headlines.py is compared")
    ap.add_argument("--count", type=int, default=10000, help="benchmark-corpus articles (0: none)")
    args = ap.parse_args(argv)

    old_src = subprocess.run(["git", "-C", str(REPO), "show", f"{args.base}:timeline_app/core/headlines.py"],
                             capture_output=True, text=True, check=True).stdout
    tmp = Path(tempfile.mkdtemp(prefix="headline-eq-")) / "headlines_base.py"
    tmp.write_text(old_src, encoding="utf-8")
    old = _module(tmp, "headlines_base")
    new = _module(REPO / "timeline_app" / "core" / "headlines.py", "headlines_here")

    docs = list(documents(args.count))
    n_rows = n_spans = 0
    cpu = {old: 0.0, new: 0.0}
    diffs = []
    for sid, doc, rows in docs:
        got = {}
        for mod in (old, new):
            c = time.process_time()
            got[mod] = _rows(mod, doc, rows)
            cpu[mod] += time.process_time() - c
        n_rows += len(got[new])
        if got[old] != got[new]:
            pairs = [(dict(a), dict(b)) for a, b in zip(got[old], got[new]) if a != b][:2]
            diffs.append((sid, "rows", [(a.get("expression"), {k: (a.get(k), b.get(k)) for k in a.keys() | b.keys()
                                                               if a.get(k) != b.get(k)}) for a, b in pairs]
                          or f"{len(got[old])} rows against {len(got[new])}"))
        if sid.startswith("timeml/"):
            a, b = _spans(old, doc, rows), _spans(new, doc, rows)
            n_spans += len(b)
            if a != b:
                diffs.append((sid, "spans", [(x, y) for x, y in zip(a, b) if x != y][:2]))
    print(f"{len(docs):,} texts, {n_rows:,} rows (mentions and the events their lengths date), "
          f"{n_spans:,} spans of the TimeML sentences")
    memo = getattr(new, "_HEADLINE_MEMO", None)
    print(f"headline_rows CPU: {args.base} {cpu[old]:.2f} s, this tree {cpu[new]:.2f} s (one run each"
          + (f"; this tree with its memo of headlines by sentence on, {len(memo):,} kept at the end: the"
             f" benchmark articles repeat their sentences, so its figure is no measure of the clause finder)"
             if memo is not None and getattr(new, "_MEMO_ON", False) else ")"))
    if not diffs:
        print(f"identical: every row and every span gives what {args.base} gives")
        return 0
    print(f"{len(diffs)} texts differ; the first:")
    for d in diffs[:10]:
        print("  ", d)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
