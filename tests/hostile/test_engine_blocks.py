"""Issue 10 item 1, memory: a long document is tagged and exported block by block.

``tagger.tag_blocks`` resolves a text in blocks of whole sentences (about ``BLOCK_CHARS``
characters), the discourse carried from one block to the next; ``events.iter_document_rows`` makes
the rows of one block at a time; the export writes a document's CSV block by block, into a spool
file once it is long (``batch.CSV_INLINE``), never holding a big document's rows. Checked here
by structure, never by time: the blocks give the rows of the whole document; on a text of dense
dates the Mention and Timex records alive at any moment are those of a block or two, not the
document's; the export's CSV through the spool (in this process and in pool workers) is the CSV
of the rows, and no spool file is left behind.
"""
from __future__ import annotations

import gc
import json
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

import pytest

from timeline_app.cli import export_main
from timeline_app.core import batch
from timeline_app.core.document import Document
from timeline_app.core.events import document_rows, iter_document_rows
from timeline_app.core.export import csv_header, csv_lines
from timeline_app.core.loaders import load_document
from timeline_app.temporal import tagger
from timeline_app.temporal.rulebase import Mention
from timeline_app.temporal.timex import Timex

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import articles  # noqa: E402  (tests/articles.py: generated articles from the bundled sample)

REF = date(2022, 9, 10)
CORPUS = Path(__file__).resolve().parents[1] / "data" / "tagger_corpus.jsonl"
WHOLE = 10 ** 9   # a block size that makes any of these texts one block: the whole-document path
_ANCHORED = "a length counted from a dated event"   # anchors.py's explanation of such a length


def _long_text() -> str:
    """About 65 KB of news: generated articles (each with its date line) and the tagger corpus's
    sentences as paragraphs (events dated a sentence or two after a length counted from them).
    It opens by dating the invasion: the sample's "now in its seventh month" comes before it."""
    lines = articles.sample_lines()
    corpus = [json.loads(ln)["text"] for ln in CORPUS.read_text(encoding="utf-8").splitlines() if ln.strip()]
    paras = [" ".join(corpus[i:i + 5]) for i in range(0, len(corpus), 5)]
    arts = [articles.article(n, lines) for n in range(40)]
    mixed = [p for pair in zip(arts, paras) for p in pair] + arts[len(paras):] + paras[len(arts):]
    return "Russia ordered its invasion of Ukraine on Feb 24.\n\n" + "\n\n".join(mixed)


@pytest.mark.parametrize("ref", [REF, None])
@pytest.mark.parametrize("mode", ["auto", "news", "narrative"])
def test_blocks_give_the_rows_of_the_whole_document(monkeypatch, mode, ref):
    text = _long_text()
    doc = Document("long.txt", text, ref)
    monkeypatch.setattr(tagger, "BLOCK_CHARS", WHOLE)
    whole = document_rows(doc, mode)
    assert len(whole) > 500
    for size in (4096, 16384):
        monkeypatch.setattr(tagger, "BLOCK_CHARS", size)
        blocks = list(iter_document_rows(doc, mode))
        assert len(blocks) >= len(text) // size   # many blocks, each of whole sentences
        got = [r for rows in blocks for r in rows]
        assert len(got) == len(whole)
        for a, b in zip(got, whole):
            if a != b and _ANCHORED in a["explanation"] + b["explanation"]:
                # a length counted from an event told again and again ("a week after the collapse"):
                # the whole text's event memory keeps each event's 20 latest tellings in the whole
                # text, the blocks' those read so far; the expression and its value are the same
                assert (a["expression"], a["start_char"], a["timex_value"]) == (b["expression"], b["start_char"], b["timex_value"])
                continue
            assert a == b


def test_events_are_looked_for_up_to_the_next_block():
    """One difference from the whole-document reading, by design: a period counted from an event
    ("now in its seventh month") takes the event's date from the text up to the end of the block
    after its own; read whole, a text may date the event anywhere after it."""
    filler = "The talks went on in the capital, and the envoys spoke with the press at length. " * 60
    text = "The war, now in its seventh month, goes on.\n\n" + filler + "\n\nRussia ordered its invasion of Ukraine on Feb 24."
    whole = tagger.tag(text, REF)
    blocks = list(tagger.tag_blocks(text, REF, block_chars=2048))
    assert len(blocks) >= 3    # the invasion is dated two blocks later
    split = [t for b in blocks for t in b.timexes]
    [w] = [t for t in whole if t.expression == "its seventh month"]
    [s] = [t for t in split if t.expression == "its seventh month"]
    assert w.start is not None and "invasion" in w.explanation
    assert s.start is None and "does not date" in s.explanation
    assert [(t.expression, t.timex_value) for t in whole if t is not w] == \
        [(t.expression, t.timex_value) for t in split if t is not s]


def _live(kind) -> int:
    return sum(1 for o in gc.get_objects() if type(o) is kind)


def test_dense_dates_are_held_one_block_at_a_time(monkeypatch):
    """12,000 dates in one run-on sentence ("Feb 24 Feb 24 ..."), blocks of 8 KB: while the rows
    stream out, the Mention and Timex records alive are at most a few blocks' worth (in "auto"
    mode the other blocks' mentions wait compressed for the mode to be decided), never the
    document's; and every date gives its row (a cut through "Feb 24 Feb" may read one date
    differently at each cut, nothing more)."""
    n = 12_000
    text = "Feb 24 " * n
    monkeypatch.setattr(tagger, "BLOCK_CHARS", 8192)
    gc.collect()
    base_m, base_t = _live(Mention), _live(Timex)
    per_block, live_m, live_t, total, blocks = [], [], [], 0, 0
    for rows in iter_document_rows(Document("dense.txt", text, REF), "auto"):
        blocks += 1
        total += len(rows)
        per_block.append(len(rows))
        live_m.append(_live(Mention) - base_m)
        live_t.append(_live(Timex) - base_t)
        del rows
    assert blocks >= len(text) // 8192
    assert abs(total - n) <= blocks, (total, blocks)
    biggest = max(per_block)
    assert biggest <= 8192 // 7 + 200          # a block's dates, not the text's
    assert max(live_m) <= 2.5 * biggest and max(live_m) < n // 4, (live_m, biggest)
    assert max(live_t) <= 1.5 * biggest and max(live_t) < n // 4, (live_t, biggest)


def _expected_csv(paths: list[str]) -> str:
    out = csv_header()
    for p in paths:
        out += csv_lines(document_rows(load_document(p, REF)))
    return out


@pytest.fixture
def spool_watch(monkeypatch, tmp_path):
    """Temporary files under tmp_path/"tmp"; records the spool files written to the output."""
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    spooled: list[str] = []
    write = batch.FileResult.write_csv

    def recording(self, out):
        if self.csv_file:
            spooled.append(self.csv_file)
        return write(self, out)

    monkeypatch.setattr(batch.FileResult, "write_csv", recording)
    return tmp, spooled


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_export_streams_a_long_document_through_a_spool_file(monkeypatch, tmp_path, spool_watch, jobs):
    """A document whose CSV passes CSV_INLINE characters is written to a spool file block by block
    (by this process, or by a pool worker) and copied to the output in input order; the CSV is
    byte for byte that of its rows; the spool folder is gone afterwards."""
    tmp, spooled = spool_watch
    if jobs == "1":
        monkeypatch.setattr(batch, "CSV_INLINE", 20_000)
        monkeypatch.setattr(tagger, "BLOCK_CHARS", 2048)
        dense = "Feb 24 " * 1500           # blocks of 2 KB; 1.8 MB of CSV
    else:
        dense = "Feb 24 " * 1000           # 1.2 MB of CSV: past the workers' CSV_INLINE
    src = tmp_path / "in"
    src.mkdir()
    paths = [src / "a-sample.txt", src / "b-dense.txt", src / "c-article.txt"]
    paths[0].write_text(articles.SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    paths[1].write_text(dense, encoding="utf-8")
    paths[2].write_text(articles.article(3, articles.sample_lines()), encoding="utf-8")
    out = tmp_path / "out.csv"
    rc = export_main([str(p) for p in paths] + ["--reference-date", REF.isoformat(), "-o", str(out), "--jobs", jobs])
    assert rc == 0
    assert len(spooled) == 1 and "b-dense" not in spooled[0]
    assert out.read_text(encoding="utf-8") == _expected_csv([str(p) for p in paths])
    # the spool folder and its file are removed (the pool's forkserver keeps its socket folder)
    assert [n for n in os.listdir(tmp) if not n.startswith("pymp-")] == []


def test_a_failed_document_leaves_no_spool_file(monkeypatch, tmp_path, spool_watch):
    """A document that fails half-way (here: cancelled after its second block) leaves no spool
    file and no partial rows."""
    tmp, _ = spool_watch
    monkeypatch.setattr(batch, "CSV_INLINE", 1000)
    monkeypatch.setattr(tagger, "BLOCK_CHARS", 2048)
    path = tmp_path / "dense.txt"
    path.write_text("Feb 24 " * 2000, encoding="utf-8")
    spool = tmp / "spool"
    spool.mkdir()
    real = batch.iter_document_csv   # (the CSV's lines block by block)
    blocks = []

    def failing(doc, mode, cancel=None):
        for lines, n in real(doc, mode, cancel):
            blocks.append(n)
            if len(blocks) == 3:
                raise RuntimeError("stop")
            yield lines, n

    monkeypatch.setattr(batch, "iter_document_csv", failing)
    res = batch.process_file(str(path), REF, as_csv=True, spool=str(spool))
    assert res.error.startswith("its time expressions could not be read") and len(blocks) == 3
    assert not res.csv and not res.csv_file and os.listdir(spool) == []
