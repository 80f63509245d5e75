"""CSV export of the events table (spreadsheet-formula neutralisation); written by
:mod:`timeline_app.core.atomic`, whose ``atomic_write`` is re-exported here for older callers."""
from __future__ import annotations

import csv
import io
from datetime import datetime
from itertools import repeat
from operator import itemgetter
from typing import TYPE_CHECKING

from timeline_app.core.atomic import atomic_write, write_text  # noqa: F401  (atomic_write: re-export)
from timeline_app.core.columns import EVENT_COLUMNS   # (not core.events: no tagger imported to write CSV)

if TYPE_CHECKING:
    import pandas as pd

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMERIC = frozenset({"sentence_index", "start_char", "end_char", "sentence_start", "sentence_end"})


def neutralise(cell: str) -> str:
    """Prefix a text cell that a spreadsheet would run as a formula with a quote."""
    if cell and cell.startswith(_FORMULA_START):
        return "'" + cell
    return cell


def _iso(v) -> str:
    # None, NaN and NaT are empty (each is unequal to itself); no pandas import needed for that
    if v is None or (not isinstance(v, str) and v != v):
        return ""
    if hasattr(v, "to_pydatetime"):   # a pandas Timestamp: written as the datetime it holds
        v = v.to_pydatetime()
    if hasattr(v, "isoformat"):
        return v.isoformat()
    return str(v)


def _cells(cols, values) -> list[str]:
    out = []
    for c, v in zip(cols, values):
        if c in ("start", "end"):
            out.append(_iso(v))
        elif c in _NUMERIC:
            out.append(str(int(v)))
        else:
            out.append(neutralise("" if v is None else str(v)))
    return out


def csv_header() -> str:
    """The CSV's first line (the columns of ``EVENT_COLUMNS``)."""
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(EVENT_COLUMNS)
    return buf.getvalue()


def csv_lines(rows: list[dict]) -> str:
    """The CSV lines (no header) of event rows from ``events.document_rows``: byte for byte what
    ``events_csv`` writes for the frame of the same rows."""
    if len(rows) <= _ROW_BY_ROW and _JOIN_OK:
        return _lines_row_by_row(rows)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    # column by column, as ``events_csv`` does (``_cells`` of each row, without a Python step per cell)
    columns = []
    for c in EVENT_COLUMNS:
        values = list(map(itemgetter(c), rows))
        if c in ("start", "end"):
            columns.append(list(map(_iso, values)))
        elif c in _NUMERIC:
            columns.append(list(map(str, map(int, values))))
        else:
            columns.append(_text_cells(values))
    if _JOIN_OK and len(columns) > 1:
        return _joined_rows(columns)
    w.writerows(zip(*columns))
    return buf.getvalue()


# A short article's few rows (~9 in the benchmark's) are written row by row: column by column, each
# of the 17 columns costs its own calls (a getter, a list, the checks of ``_text_cells`` and
# ``_quoted``) whatever its length, more than one Python step per cell for so few rows.
_ROW_BY_ROW = 16
_TEXT, _NUMBER, _DATE = 0, 1, 2
_KINDS = tuple(_DATE if c in ("start", "end") else _NUMBER if c in _NUMERIC else _TEXT for c in EVENT_COLUMNS)
_ROW_VALUES = itemgetter(*EVENT_COLUMNS)


def _lines_row_by_row(rows: list[dict]) -> str:
    """``csv_lines`` of ``rows``, one Python step per cell: each cell as ``_cells`` makes it, quoted
    as ``_quoted`` quotes it (the same text as ``_joined_rows``, which ``_JOIN_OK`` says is the
    csv writer's). A number's cell and a datetime's ISO form hold no comma, quote or line feed."""
    lines = []
    for values in map(_ROW_VALUES, rows):
        cells = []
        for kind, v in zip(_KINDS, values):
            if kind is _TEXT:
                if type(v) is not str:
                    v = "" if v is None else str(v)
                if v.startswith(_FORMULA_START):   # neutralise()
                    v = "'" + v
            elif kind is _NUMBER:
                cells.append(str(int(v)))
                continue
            elif type(v) is datetime:
                cells.append(v.isoformat())
                continue
            else:
                v = _iso(v)
            if "," in v or '"' in v or "\n" in v:
                v = '"' + v.replace('"', '""') + '"'
            cells.append(v)
        lines.append(",".join(cells))
    if not lines:
        return ""
    lines.append("")
    return "\n".join(lines)


def text_cell(v) -> str:
    """One text cell of a CSV line as ``_lines_row_by_row`` writes it: ``neutralise``d, quoted
    where it holds a comma, a quote or a line feed (for ``events.iter_document_csv``, which makes
    the lines without the rows' dicts; its callers check ``_JOIN_OK`` first)."""
    if type(v) is not str:
        v = "" if v is None else str(v)
    if v.startswith(_FORMULA_START):
        v = "'" + v
    if "," in v or '"' in v or "\n" in v:
        v = '"' + v.replace('"', '""') + '"'
    return v


def date_cell(v) -> str:
    """One date cell (``start``, ``end``) as ``_lines_row_by_row`` writes it."""
    if type(v) is datetime:
        return v.isoformat()
    v = _iso(v)
    if "," in v or '"' in v or "\n" in v:
        v = '"' + v.replace('"', '""') + '"'
    return v


def events_csv(df: pd.DataFrame, columns: list[str] | None = None) -> str:
    """The CSV text for an events frame: export columns first, then the extras (``columns``:
    another order, e.g. a project's curated events with their event columns)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    cols = [c for c in (columns or EVENT_COLUMNS) if c in df.columns]
    w.writerow(cols)
    # column by column (each cell converted as ``_cells`` does), then one writerows: the same
    # text as a row-by-row loop, without a Python loop over columns in every row
    sub = df[cols]
    columns = [_column_cells(c, sub.iloc[:, k]) for k, c in enumerate(cols)]
    if _JOIN_OK and len(columns) > 1:
        return buf.getvalue() + _joined_rows(columns)
    w.writerows(zip(*columns))
    return buf.getvalue()


# The csv writer's text for rows of string cells (excel dialect, "\n" line ends, two cells or more:
# a row of one empty cell is written '""'), made with str.join: a cell holding a comma, a quote or
# a line feed is quoted, its quotes doubled, the others are written as they are. Half the time of
# csv.writer on a long export (it looks at each character of each cell; here a column without any
# of the three is passed whole). Checked against csv.writer at import (``_JOIN_OK``): a Python
# whose writer quotes otherwise (a carriage return: this one does not) gets csv.writer.
def _quoted(cells: list[str]) -> list[str]:
    every = "".join(cells)
    if "," not in every and '"' not in every and "\n" not in every:
        return cells
    return [('"' + c.replace('"', '""') + '"') if ("," in c or '"' in c or "\n" in c) else c for c in cells]


def _joined_rows(columns: list[list[str]]) -> str:
    """``csv.writer(lineterminator="\n").writerows`` of the rows of ``columns`` (lists of str, the
    cells of each column; at least two columns)."""
    rows = list(map(",".join, zip(*map(_quoted, columns))))
    if not rows:
        return ""
    rows.append("")
    return "\n".join(rows)


def _join_matches_csv() -> bool:
    probe = ["", "a", "a,b", 'say "x"', '"', "line\nbreak", "cr\rhere", "\r\n", " lead", "trail ", "tab\t",
             "semi;colon", "'quote", "=1+2", "\x00", "\u2028", "é", "\\", ",", '""', "\n"]
    columns = [probe, probe[::-1], probe[3:] + probe[:3]]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(zip(*columns))
    return buf.getvalue() == _joined_rows(columns) and _joined_rows([[], []]) == ""


_JOIN_OK = _join_matches_csv()


def _column_cells(col: str, series) -> list[str]:
    """The CSV cells of one column of the frame: what ``_cells`` makes of each of its values."""
    if col in ("start", "end"):
        dates = series.to_numpy()
        if dates.dtype.kind == "M":
            import numpy as np

            # whole seconds (the tagger's intervals): numpy writes them as isoformat() does
            # ("2022-09-10T00:00:00"), NaT as "NaT"; anything finer goes through _iso
            secs = dates.astype("datetime64[s]")
            if (dates == secs)[~np.isnat(dates)].all():
                return ["" if c == "NaT" else c for c in np.datetime_as_string(secs, unit="s").tolist()]
        return [_iso(v) for v in series]
    values = series.to_numpy(dtype=object).tolist()
    if col in _NUMERIC:
        return list(map(str, map(int, values)))
    return _text_cells(values)


def _text_cells(values: list) -> list[str]:
    """``neutralise("" if v is None else str(v))`` of each value; C loops (``map``) where no value
    is None and no cell starts like a formula, the common case."""
    # (a cell is its string when every value is one; ``None in values`` would compare pd.NA)
    cells = values if all(map(isinstance, values, repeat(str))) else ["" if v is None else str(v) for v in values]
    if not any(map(str.startswith, cells, repeat(_FORMULA_START))):
        return cells
    return [("'" + c if c.startswith(_FORMULA_START) else c) for c in cells]   # neutralise()


def write_events_csv(df: pd.DataFrame, output: str, columns: list[str] | None = None) -> None:
    """Write the events CSV to a file, or to stdout when ``output`` is "-", through the
    project's one writer (:mod:`timeline_app.core.atomic`): atomic, special files and symlinks
    respected, a short write an error. Raises ``atomic.WriteError`` (an OSError) with a one-line
    reason."""
    write_text(output, events_csv(df, columns))
