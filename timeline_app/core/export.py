"""CSV export of the events table (spreadsheet-formula neutralisation); written by
:mod:`timeline_app.core.atomic`, whose ``atomic_write`` is re-exported here for older callers."""
from __future__ import annotations

import csv
import io

import pandas as pd

from timeline_app.core.atomic import atomic_write, write_text  # noqa: F401  (atomic_write: re-export)
from timeline_app.core.events import EVENT_COLUMNS

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """Prefix a text cell that a spreadsheet would run as a formula with a quote."""
    if cell and cell.startswith(_FORMULA_START):
        return "'" + cell
    return cell


def _iso(v) -> str:
    if v is None or (not isinstance(v, str) and pd.isna(v)):
        return ""
    if isinstance(v, pd.Timestamp):
        v = v.to_pydatetime()
    if hasattr(v, "isoformat"):
        return v.isoformat()
    return str(v)


def events_csv(df: pd.DataFrame) -> str:
    """The CSV text for an events frame: export columns first, then the extras."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    cols = [c for c in EVENT_COLUMNS if c in df.columns]
    w.writerow(cols)
    numeric = {"sentence_index", "start_char", "end_char", "sentence_start", "sentence_end"}
    for rec in df[cols].itertuples(index=False, name=None):
        out = []
        for c, v in zip(cols, rec):
            if c in ("start", "end"):
                out.append(_iso(v))
            elif c in numeric:
                out.append(str(int(v)))
            else:
                out.append(neutralise("" if v is None else str(v)))
        w.writerow(out)
    return buf.getvalue()


def write_events_csv(df: pd.DataFrame, output: str) -> None:
    """Write the events CSV to a file, or to stdout when ``output`` is "-", through the
    project's one writer (:mod:`timeline_app.core.atomic`): atomic, special files and symlinks
    respected, a short write an error. Raises ``atomic.WriteError`` (an OSError) with a one-line
    reason."""
    write_text(output, events_csv(df))
