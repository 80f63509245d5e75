"""CSV export of the events table: atomic writes, spreadsheet-formula neutralisation."""
from __future__ import annotations

import csv
import io
import os
import sys
import tempfile
from typing import Callable

import pandas as pd

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


def atomic_write(path: str, write: Callable[[str], None]) -> None:
    """Have ``write(tmp)`` fill a temporary file in ``path``'s folder, then rename it over
    ``path``: readers see the old file or the whole new one, never a half-written one."""
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=os.path.splitext(path)[1], dir=folder)
    os.close(fd)
    try:
        write(tmp)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def atomic_write_text(path: str, data: str, encoding: str = "utf-8") -> None:
    """Write ``data`` to ``path`` atomically (see ``atomic_write``), synced to disk."""
    def write(tmp: str) -> None:
        with open(tmp, "w", encoding=encoding, newline="") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())

    atomic_write(path, write)


def write_events_csv(df: pd.DataFrame, output: str) -> None:
    """Write the events CSV to a file (atomically) or to stdout when ``output`` is "-"."""
    data = events_csv(df)
    if output == "-":
        sys.stdout.write(data)
        sys.stdout.flush()
    else:
        atomic_write_text(output, data)
