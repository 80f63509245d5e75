"""Which events a view shows: one filter for the timeline, the table and the exports alike.

``EventFilter`` is a value (text, document, type, tag, starred, status); ``mask(frame)`` gives
one boolean per row. Columns the frame lacks are ignored: a frame of bare expressions has no
``tags`` or ``status``, a Workspace's events frame has them. Linear in the rows; the text
search reads each text column's distinct values lower-cased, made once per frame (``haystacks``).
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


class Haystacks:
    """The text the free-text filter searches, per column: each column's distinct values
    lower-cased once (``pd.factorize``: rows -> codes, hashed in C) so that a word is looked for
    once per distinct value, not once per row, and the rows take the answer through their codes
    (a numpy gather). A column of 100,000 rows has far fewer distinct headlines, expressions,
    sentences or notes; the cost is bounded by the rows either way."""

    def __init__(self, frame: pd.DataFrame):
        self.n = len(frame)
        self.columns: list[tuple[np.ndarray, list[str]]] = []
        for c in TEXT_COLUMNS:
            if c not in frame.columns or not self.n:
                continue
            values = frame[c].to_numpy(dtype=object)
            try:
                codes, uniques = pd.factorize(values, use_na_sentinel=False)
            except TypeError:         # unhashable cells (lists): their text instead
                codes, uniques = pd.factorize(np.array([_text(v) for v in values], dtype=object))
            self.columns.append((codes, [(v if type(v) is str else _text(v)).lower() for v in uniques]))

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
