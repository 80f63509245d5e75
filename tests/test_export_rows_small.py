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
