"""The headline reference: the texts whose headlines must not change when the headline code is
only made faster (``tests/test_headline_equivalence.py``), and the writer of the fixture.

Texts (all in the repository, none from a held-out set): the bundled sample, the fresh-text
sources (``benchmarks/data/fresh/src``, markup stripped), the headline gold set's sentences (with
their contexts) and the tagger corpus's sentences, each tagged as the window tags it; plus, for
every gold sentence, every run of one to three words taken as the expression (most of them no
date: the clause finder's other paths), kept as one digest per sentence.

    .venv/bin/python tests/headline_reference.py     # rewrite tests/data/headlines_reference.jsonl

Rewrite the fixture only when a headline is *meant* to change (a rule of ``core/headlines.py``),
with the code before a speed-up, never to make a speed-up pass. (The fixture of issue 9's
speed-ups was written by the code of commit 20b0ffc.)
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

FIXTURE = REPO / "tests" / "data" / "headlines_reference.jsonl"
_MARK = re.compile(r"\[([^|\]]+)\|[^\]]*\]")


def text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def tagged_sources():
    """(source id, Document) of every tagged text, in a fixed order."""
    from timeline_app.core.document import Document

    seed = REPO / "resources" / "kharkiv-offensive.md"
    from timeline_app.core.loaders import load_document

    yield "seed", load_document(str(seed))
    for p in sorted((REPO / "benchmarks" / "data" / "fresh" / "src").glob("*/*.txt")):
        raw = p.read_text(encoding="utf-8")
        head, _, body = raw.partition("\n\n")
        ref = date.fromisoformat(head.split()[1]) if head.startswith("DCT ") else None
        yield (f"fresh/{p.parent.name}/{p.stem}",
               Document(path=p.name, text=_MARK.sub(r"\1", body), reference_date=ref, reference_source="given"))
    # the items of a data file are named by their text (lines added or moved elsewhere in the file
    # leave the others' names alone)
    for it in _jsonl(REPO / "tests" / "data" / "headlines_gold.jsonl"):
        text, _off = gold_text(it)
        yield f"gold/{text_hash(text)}", Document(path="gold", text=text, reference_date=date(2022, 9, 10),
                                                  reference_source="given")
    for it in _jsonl(REPO / "tests" / "data" / "tagger_corpus.jsonl"):
        ref = date.fromisoformat(it["ref"]) if it.get("ref") else None
        yield f"tagger/{text_hash(it['text'])}/{it.get('ref', '')}", Document(
            path="tagger", text=it["text"], reference_date=ref, reference_source="given" if ref else "")


def gold_text(it: dict) -> tuple[str, int]:
    """The gold item's text (its context, then its sentence) and where the sentence starts."""
    ctx = it.get("context", "")
    return (f"{ctx} {it['sentence']}", len(ctx) + 1) if ctx else (it["sentence"], 0)


def span_sentences() -> list[tuple[str, str, int]]:
    """(source id, text, sentence start) of the sentences whose every short span is headlined."""
    out = []
    for it in _jsonl(REPO / "tests" / "data" / "headlines_gold.jsonl"):
        text, off = gold_text(it)
        out.append((f"spans/{text_hash(text)}/{off}", text, off))
    return out


def span_inputs(text: str, off: int):
    """Every run of one to three words of text[off:] as (sentence, expression)."""
    spans = [m.span() for m in re.finditer(r"\S+", text[off:])]
    for i in range(len(spans)):
        for j in range(i, min(len(spans), i + 3)):
            yield (off, len(text)), (off + spans[i][0], off + spans[j][1])


def span_digest(text: str, off: int, headline) -> str:
    h = hashlib.sha1()
    for sent, expr in span_inputs(text, off):
        out = headline(text, sent, expr)
        h.update(json.dumps([expr, list(out)], ensure_ascii=False).encode("utf-8"))
    return h.hexdigest()


def row_inputs(rows: list[dict], text: str = "") -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The (sentence, expression) each row's headline is made from (a range's ends, two expressions
    " of " joins: their extent), as ``headlines.headline_rows`` makes them (``text``: the document's)."""
    from timeline_app.core.headlines import _range_extents

    spans = _range_extents(rows, text)
    return [((r["sentence_start"], r["sentence_end"]), spans.get(i, (r["start_char"], r["end_char"])))
            for i, r in enumerate(rows)]


def _jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def load_fixture() -> list[dict]:
    return _jsonl(FIXTURE)


def write_fixture() -> int:
    from timeline_app.core.events import document_rows
    from timeline_app.core.headlines import headline

    lines, seen = [], set()
    for sid, doc in tagged_sources():
        if sid in seen:
            continue
        seen.add(sid)
        rows = document_rows(doc)
        recs = []
        for sent, expr in row_inputs(rows, doc.text):
            h, c0, c1 = headline(doc.text, sent, expr)
            recs.append([sent[0], sent[1], expr[0], expr[1], h, c0, c1])
        lines.append({"source": sid, "text": text_hash(doc.text), "rows": recs})
    for sid, text, off in span_sentences():
        if sid in seen:
            continue
        seen.add(sid)
        lines.append({"source": sid, "text": text_hash(text), "digest": span_digest(text, off, headline)})
    with open(FIXTURE, "w", encoding="utf-8") as f:
        for rec in lines:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return len(lines)


if __name__ == "__main__":
    n = write_fixture()
    print(f"{FIXTURE}: {n} sources")
