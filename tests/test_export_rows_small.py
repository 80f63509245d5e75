"""A short document's CSV lines are made row by row (``export._lines_row_by_row``, issue 9: ~9 rows
an article), a long one's column by column: both the csv writer's text, byte for byte, for every
value a row can hold (text needing quotes, formula-like text, None, whole-second and finer
times, pandas timestamps, NaN, numbers held as floats or numpy integers, a str subclass)."""
from __future__ import annotations

import csv
import io
import random
from datetime import date, datetime

import pytest

from timeline_app.core import export
from timeline_app.core.columns import EVENT_COLUMNS
from timeline_app.core.export import _NUMERIC, _cells


class _Str(str):
    pass


_TEXTS = ["", "plain", "a,b", 'say "x"', '"', "line\nbreak", "cr\rhere", "=1+2", "+1 day", "-", "@x", "\ttab",
          "\rlead", "'quote", "é, ü", "\u2028", " lead", "trail ", ",", '""', "\n", _Str("sub,class"), None, 7]


def _times(rng):
    import numpy as np
    import pandas as pd

    return rng.choice([None, datetime(2022, 9, 10), datetime(2022, 9, 10, 14, 30, 5), datetime(999, 1, 1),
                       datetime(2022, 9, 10, 1, 2, 3, 456789), pd.Timestamp("2022-09-10 12:00"), pd.NaT,
                       float("nan"), "2022-09-10", date(2022, 9, 10), np.datetime64("NaT")])


def _rows(seed: int, n: int) -> list[dict]:
    import numpy as np

    rng = random.Random(seed)
    rows = []
    for i in range(n):
        row = {}
        for c in EVENT_COLUMNS:
            if c in ("start", "end"):
                row[c] = _times(rng)
            elif c in _NUMERIC:
                row[c] = rng.choice([i, 10 * i + 3, float(i), np.int64(i), True])
            else:
                row[c] = rng.choice(_TEXTS)
        if rng.random() < 0.2:
            row["derived"] = {"start_char": 1}   # (not a column)
        rows.append(row)
    return rows


def _writer(rows: list[dict]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(_cells(EVENT_COLUMNS, [r[c] for c in EVENT_COLUMNS]) for r in rows)
    return buf.getvalue()


@pytest.mark.parametrize("seed", range(6))
def test_row_by_row_is_the_csv_writers_text(seed, monkeypatch):
    for n in (0, 1, 2, 5, 9, 16, 17, 40):
        rows = _rows(seed * 100 + n, n)
        expected = _writer(rows)
        assert export._lines_row_by_row(rows) == expected
        assert export.csv_lines(rows) == expected            # (row by row up to _ROW_BY_ROW rows)
        monkeypatch.setattr(export, "_ROW_BY_ROW", -1)
        assert export.csv_lines(rows) == expected            # column by column
        monkeypatch.undo()


def test_an_articles_rows_either_way(monkeypatch):
    from timeline_app.core.document import Document
    from timeline_app.core.events import document_rows

    text = ('Published 1998-08-07\n\nOn Monday, 3 May 2021, the talks resumed after two weeks; "they end next '
            'Friday at 5pm," she said.\n=SUM(A1) was not a date, nor was +1, but last year was.\n')
    rows = document_rows(Document(path="a,b.txt", text=text, reference_date=date(2021, 5, 5)))
    assert rows and len(rows) <= export._ROW_BY_ROW
    row_by_row = export.csv_lines(rows)
    monkeypatch.setattr(export, "_ROW_BY_ROW", -1)
    assert export.csv_lines(rows) == row_by_row == _writer(rows)


def _documents():
    """Documents whose rows hold what a cell can: quotes, commas and line feeds in the sentence,
    formula-like starts, sentences over the cell's cap (cut around each expression), a path that
    needs quoting, no reference date, texts of several blocks, and the sample articles."""
    from pathlib import Path

    from timeline_app.core.document import Document

    texts = [
        'Published 1998-08-07\n\nOn Monday, 3 May 2021, the talks resumed after two weeks; "they end next '
        'Friday at 5pm," she said.\n=SUM(A1) was not a date, nor was +1, but last year was.\n',
        "-3 days ago, the vote; @noon they met, and on 5 May \"again\".\n\n+2 weeks later: 1998.",
        ("It rained on Friday and again on 3 March 1999, " * 60) + "then it stopped in May.",   # one 2.8 KB sentence
        "x" * 990 + " on 5 May 2021, and then", "=" * 996 + "May 5, 2021 ok",   # cut across a date: a cell over the cap
        "meetings on Monday, Tuesday, 4 May, 5 May and 7 May\n" * 3 + "no date here",
        "Jan. 5, 1998 -- The talks, which began last week, end next month.\nYesterday, nothing.",
        "", "no time expression at all", "Friday",
    ]
    texts += [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parent / "data" / "articles").glob("*.txt"))]
    texts.append("\n\n".join(texts[-12:]) * 4)   # several blocks
    docs = []
    for k, text in enumerate(texts):
        for path, ref in ((f"doc {k}.txt", date(1998, 3, 1)), (f'=x,"{k}".txt', None)):
            docs.append(Document(path=path, text=text, reference_date=ref))
    return docs


def test_an_articles_csv_without_its_rows_dicts(monkeypatch):
    # (export7) ``events.iter_document_csv`` (the CLI's CSV in a worker) makes each block's lines from
    # the tagger's records: the same text and counts as ``csv_lines`` of ``iter_document_rows``
    from timeline_app.core.events import iter_document_csv, iter_document_rows
    from timeline_app.temporal import tagger

    monkeypatch.setattr(tagger, "BLOCK_CHARS", 3000)   # blocks of a few sentences: the numbering goes on across them

    blocks, cut = [], 0
    for doc in _documents():
        for mode in ("auto", "news", "narrative"):
            want = [(export.csv_lines(rows), len(rows)) for rows in iter_document_rows(doc, mode)]
            assert list(iter_document_csv(doc, mode)) == want, (doc.path, mode, doc.text[:60])
            blocks.append(len(want))
            cut += sum(text.count("characters cut") for text, _n in want)
    assert max(blocks) > 2 and 0 in blocks and cut > 0   # several blocks in one, none in another; a sentence's cell cut


def test_an_articles_csv_without_its_rows_dicts_when_the_writer_differs(monkeypatch):
    from timeline_app.core.events import iter_document_csv, iter_document_rows

    doc = _documents()[0]
    monkeypatch.setattr(export, "_JOIN_OK", False)   # (a Python whose csv writer quotes otherwise)
    assert list(iter_document_csv(doc)) == [(export.csv_lines(rows), len(rows)) for rows in iter_document_rows(doc)]
