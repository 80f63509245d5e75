"""The events CSV is written column by column (``export.events_csv``): every cell must be what the
row-by-row conversion (``export._cells``, also used by the streamed ``csv_lines``) makes of it,
for the values a frame can hold: whole-second and finer times, missing times, old years,
formula-like text, empty text, numbers."""
from __future__ import annotations

import csv
import io
from datetime import datetime

from timeline_app.core.events import EVENT_COLUMNS, frame_from_rows
from timeline_app.core.export import _cells, csv_header, csv_lines, events_csv


def _row(i: int, start, end, text: str) -> dict:
    row = {c: f"{c}-{i}" for c in EVENT_COLUMNS}
    row.update(sentence_index=i, start_char=10 * i, end_char=10 * i + 3, sentence_start=i, sentence_end=i + 40,
               start=start, end=end, expression=text, sentence=text, explanation="")
    return row


def _rowwise(df) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(EVENT_COLUMNS)
    for rec in df[EVENT_COLUMNS].itertuples(index=False, name=None):
        w.writerow(_cells(EVENT_COLUMNS, rec))
    return buf.getvalue()


def test_whole_second_times_missing_times_and_formula_text():
    rows = [
        _row(0, datetime(2022, 9, 10), datetime(2022, 9, 11), "=SUM(A1)"),
        _row(1, None, None, "+1 day"),
        _row(2, datetime(999, 1, 1), datetime(1000, 1, 1), "-"),
        _row(3, datetime(2022, 9, 10, 14, 30), datetime(2022, 9, 10, 14, 31), "@x"),
        _row(4, datetime(9998, 12, 31), datetime(9999, 1, 1), ""),
        _row(5, datetime(2022, 9, 10), None, "\ttab"),
    ]
    df = frame_from_rows(rows)
    out = events_csv(df)
    assert out == _rowwise(df) == csv_header() + csv_lines(rows)
    got = list(csv.DictReader(io.StringIO(out)))
    assert got[0]["start"] == "2022-09-10T00:00:00" and got[0]["expression"] == "'=SUM(A1)"
    assert got[1]["start"] == got[1]["end"] == "" and got[1]["expression"] == "'+1 day"
    assert got[2]["start"] == "0999-01-01T00:00:00"
    assert got[4]["expression"] == "" and got[5]["end"] == ""


def test_times_finer_than_a_second_are_written_as_isoformat_writes_them():
    rows = [_row(0, datetime(2022, 9, 10, 1, 2, 3, 500), datetime(2022, 9, 10, 1, 2, 4), "x"),
            _row(1, None, datetime(2022, 9, 11), "y")]
    df = frame_from_rows(rows)
    out = events_csv(df)
    assert out == _rowwise(df) == csv_header() + csv_lines(rows)
    assert "2022-09-10T01:02:03.000500" in out
