"""Which events a view shows: one filter for the timeline, the table and the exports alike.

``EventFilter`` is a value (text, document, type, tag, starred, status); ``mask(frame)`` gives
one boolean per row. Columns the frame lacks are ignored: a frame of bare expressions has no
``tags`` or ``status``, a Workspace's events frame has them. Linear in the rows; the text
search reads each text column's distinct values lower-cased, made once per frame (``haystacks``)
or as rows arrive (``Haystacks.advance`` / ``update``).
"""
from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

# The columns the free-text filter reads, where the frame has them.
TEXT_COLUMNS = ["headline", "expression", "timex_value", "sentence", "note", "tags"]

# Status choices: "" is every event except the deleted ones (deleted events stay restorable and are
# shown only when asked for); "all" is every event, deleted too.
STATUS_CHOICES = ["", "all", "deleted", "auto", "confirmed", "edited", "added"]


def _text(value) -> str:
    if isinstance(value, (list, tuple, set, frozenset)):
        return " ".join(str(v) for v in value)
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return str(value)


def factorize(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``pd.factorize`` keeping missing values as a value; unhashable cells (lists) as tuples."""
    try:
        return pd.factorize(values, use_na_sentinel=False)
    except TypeError:
        return pd.factorize(np.array([tuple(v) if isinstance(v, list) else v for v in values], dtype=object),
                            use_na_sentinel=False)


def column_values(frame: pd.DataFrame, column: str, rows: np.ndarray) -> np.ndarray:
    """The values of ``frame[column]`` at positions ``rows`` as an object array: those rows taken
    first (not the whole column converted, which a load's every update and idle chunk did)."""
    values = frame[column].array
    backing = getattr(values, "_ndarray", None)   # (pandas' text columns: an object array inside)
    if isinstance(backing, np.ndarray) and backing.dtype == object and len(backing) == len(frame):
        return backing[rows]
    return frame[column].iloc[rows].to_numpy(dtype=object)


def changed_rows(before: pd.DataFrame | None, after: pd.DataFrame, columns, rows: np.ndarray) -> np.ndarray:
    """Those of ``rows`` (positions in both frames) where any of ``columns`` differs from
    ``before`` to ``after``: a load sets again the rows of events other documents joined, whose
    counts changed but whose texts mostly did not, so their texts need not be made again."""
    if before is None or not len(rows) or len(before) <= int(rows.max()) or \
            any(c not in before.columns or c not in after.columns for c in columns):
        return rows
    differ = np.zeros(len(rows), dtype=bool)
    for c in columns:
        a, b = column_values(before, c, rows), column_values(after, c, rows)
        try:
            ne = a != b        # (elementwise, in C; NaN != NaN: made again, harmless)
        except (TypeError, ValueError):
            return rows
        if not isinstance(ne, np.ndarray) or ne.shape != differ.shape:
            return rows
        differ |= ne.astype(bool)
    return rows[differ]


class DistinctTexts:
    """Per row, the id of its text among the distinct texts of a column, kept up to date as rows
    arrive or change (``put``): each chunk of rows is hashed in C (``pd.factorize``) and only its
    distinct values are turned into text in Python, so the cost is that of what arrived, and a
    word search or a sort later looks at each distinct text once, not at every row.

    ``rank()`` is each id's rank in the sorted order of the texts (equal texts, one id): the
    texts added since the last call are sorted among themselves and merged in by binary search,
    so a sort asked for after each batch of rows costs the batch, not the column. Memory: one id
    per row and one text per distinct text ever seen (a text no row holds any more stays until
    the column is made again)."""

    def __init__(self) -> None:
        self.codes = np.zeros(0, dtype=np.int64)      # per row
        self.texts: list[str] = []                    # per id
        self._ids: dict[str, int] = {}
        self._sorted = np.empty(0, dtype=object)      # the texts of ids < _ranked, sorted
        self._ranked = 0
        self._rank = np.zeros(0, dtype=np.int64)      # per id < _ranked

    def __len__(self) -> int:
        return len(self.codes)

    def put(self, rows: np.ndarray | slice, local: np.ndarray, texts) -> None:
        """Rows ``rows`` (positions, or a slice at or beyond the end: appended) hold the texts
        ``texts[local[i]]``: ``local`` from ``factorize`` of their values, ``texts`` one per
        distinct value."""
        ids = self._ids
        own = np.fromiter((ids.setdefault(t, len(ids)) for t in texts), dtype=np.int64, count=len(texts))
        if len(ids) > len(self.texts):
            self.texts.extend(list(ids)[len(self.texts):])
        got = own[np.asarray(local, dtype=np.int64)] if len(own) else np.zeros(len(local), dtype=np.int64)
        if isinstance(rows, slice):
            stop = rows.stop
            if stop > len(self.codes):
                self.codes = np.concatenate([self.codes, np.zeros(stop - len(self.codes), dtype=np.int64)])
        self.codes[rows] = got

    def truncate(self, n: int) -> None:
        """Keep the first ``n`` rows only."""
        self.codes = self.codes[:n]

    def rank(self) -> np.ndarray:
        """Per id, the rank of its text in sorted order (a dense rank: equal texts do not occur)."""
        k = len(self.texts)
        if self._ranked < k:
            new = np.array(sorted(self.texts[self._ranked:]), dtype=object)
            pos = np.searchsorted(self._sorted, new) if len(self._sorted) else np.zeros(len(new), dtype=np.int64)
            # an old text moves up by the number of new ones sorted before it; the j-th new one
            # lands at its insertion point plus the j new ones before it
            old_rank = self._rank + np.searchsorted(pos, self._rank, side="right")
            new_ids = np.array([self._ids[t] for t in new.tolist()], dtype=np.int64)
            rank = np.empty(k, dtype=np.int64)
            rank[: self._ranked] = old_rank
            rank[new_ids] = pos + np.arange(len(new))
            self._sorted = np.insert(self._sorted, pos, new)
            self._rank, self._ranked = rank, k
        return self._rank

    def row_rank(self) -> np.ndarray:
        """Per row, the rank of its text."""
        return self.rank()[self.codes] if len(self.codes) else np.zeros(0, dtype=np.int64)


def _lower_texts(uniques) -> list[str]:
    return [(v if type(v) is str else _text(v)).lower() for v in uniques]


class Haystacks:
    """The text the free-text filter searches, per column: each column's distinct values
    lower-cased once (``DistinctTexts``) so that a word is looked for once per distinct text, not
    once per row, and the rows take the answer through their ids (a numpy gather). A column of
    100,000 rows has far fewer distinct headlines, expressions, sentences or notes; the cost is
    bounded by the rows either way.

    Made at once (``Haystacks(frame)``) or as rows arrive: ``Haystacks(frame, complete=False)``
    then ``advance`` a chunk at a time (a window's idle moments), ``update`` when rows change or
    are appended; ``rows_with`` completes what is left first."""

    CHUNK = 20_000

    def __init__(self, frame: pd.DataFrame, complete: bool = True):
        self._frame = frame
        self.n = len(frame)
        self.done = 0
        self._cols = [c for c in TEXT_COLUMNS if c in frame.columns] if self.n else []
        self._texts = {c: DistinctTexts() for c in self._cols}
        if complete:
            self.advance(self.n)

    @property
    def complete(self) -> bool:
        return self.done >= self.n

    def advance(self, rows: int | None = None) -> bool:
        """Read the next ``rows`` rows (default ``CHUNK``); True once every row is read."""
        a = self.done
        b = min(self.n, a + (self.CHUNK if rows is None else rows))
        if b > a:
            self._put(slice(a, b), np.arange(a, b))
            self.done = b
        return self.complete

    def _put(self, where, rows: np.ndarray) -> None:
        for c in self._cols:
            local, uniques = factorize(column_values(self._frame, c, rows))
            self._texts[c].put(where, local, _lower_texts(uniques))

    def update(self, frame: pd.DataFrame, positions, first_new: int) -> bool:
        """``frame`` is the frame before with rows ``positions`` changed in place and rows from
        ``first_new`` on new. Returns False (nothing done) when that cannot be followed (columns
        changed, rows gone): make a new one."""
        if first_new > len(frame) or [c for c in TEXT_COLUMNS if c in frame.columns] != self._cols \
                or (not self._cols and len(frame)):
            return False
        before, self._frame = self._frame, frame
        positions = np.asarray(positions, dtype=np.int64)
        old = positions[positions < self.done]
        for c in self._cols if len(old) else ():     # texts made again only where they changed
            rows = changed_rows(before, frame, (c,), old)
            if len(rows):
                local, uniques = factorize(column_values(frame, c, rows))
                self._texts[c].put(rows, local, _lower_texts(uniques))
        self.n = len(frame)
        if self.done > first_new:     # (rows beyond first_new were replaced: read them again)
            for t in self._texts.values():
                t.truncate(first_new)
            self.done = first_new
        return True

    @property
    def columns(self) -> list[tuple[np.ndarray, list[str]]]:
        """(per row its text id, per id the lower-cased text) of each column searched."""
        self.advance(self.n)
        return [(self._texts[c].codes, self._texts[c].texts) for c in self._cols]

    def rows_with(self, word: str, rows: np.ndarray) -> np.ndarray:
        """The positions of ``rows`` (ascending positions) whose text holds ``word`` (lower case)."""
        hit = np.zeros(len(rows), dtype=bool)
        for codes, texts in self.columns:
            found = np.fromiter((word in t for t in texts), dtype=bool, count=len(texts))
            if found.any():
                hit |= found[codes[rows]]
        return rows[hit]


def haystacks(frame: pd.DataFrame) -> Haystacks:
    """What the free-text filter searches in ``frame`` (made once per frame, see ``Haystacks``)."""
    return Haystacks(frame)


def _tags_of(value) -> list[str]:
    if isinstance(value, str):
        return [t.strip() for t in value.replace(";", ",").split(",") if t.strip()]
    if isinstance(value, (list, tuple, set, frozenset)):
        return [str(t) for t in value]
    return []


@dataclass(frozen=True)
class EventFilter:
    text: str = ""          # words that must all occur (case-insensitive)
    document: str = ""      # a document path, or "" for all
    timex_type: str = ""    # DATE, TIME, DURATION, SET, or ""
    tag: str = ""           # one tag, or ""
    starred: bool = False   # only starred events
    status: str = ""        # see STATUS_CHOICES

    def with_(self, **changes) -> "EventFilter":
        return replace(self, **changes)

    def is_default(self) -> bool:
        return self == EventFilter()

    def mask(self, frame: pd.DataFrame, hay: "Haystacks | None" = None) -> np.ndarray:
        """One boolean per row of ``frame``: shown or not. ``hay``: ``haystacks(frame)`` if at hand."""
        n = len(frame)
        keep = np.ones(n, dtype=bool)
        if not n:
            return keep
        cols = frame.columns
        if self.document and "document" in cols:
            keep &= (frame["document"] == self.document).to_numpy()
        if self.timex_type and "timex_type" in cols:
            keep &= (frame["timex_type"].astype(str) == self.timex_type).to_numpy()
        if self.starred and "starred" in cols:
            keep &= frame["starred"].fillna(False).astype(bool).to_numpy()
        if self.tag and "tags" in cols:
            tag = self.tag.lower()
            keep &= np.fromiter((tag in (t.lower() for t in _tags_of(v)) for v in frame["tags"].tolist()),
                                dtype=bool, count=n)
        if "status" in cols and self.status != "all":
            status = frame["status"].astype(str).to_numpy()
            keep &= (status != "deleted") if not self.status else (status == self.status)
        words = self.text.lower().split()
        if words:
            hay = haystacks(frame) if hay is None else hay
            # one word at a time, each over the rows still in: a substring test per distinct
            # value of each text column, then a gather by the rows' codes
            idx = np.flatnonzero(keep)
            for w in words:
                idx = hay.rows_with(w, idx)
            keep = np.zeros(n, dtype=bool)
            keep[idx] = True
        return keep
