"""Which events a view shows: one filter for the timeline, the table and the exports alike.

``EventFilter`` is a value (text, document, type, tag, starred, status); ``mask(frame)`` gives
one boolean per row. Columns the frame lacks are ignored: a frame of bare expressions has no
``tags`` or ``status``, a Workspace's events frame has them. Linear in the rows; the text
search reads one lower-cased haystack per row, built once per frame (``haystacks``).
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


def haystacks(frame: pd.DataFrame) -> list[str]:
    """Per row, the lower-cased text the free-text filter searches."""
    cols = [c for c in TEXT_COLUMNS if c in frame.columns]
    if not len(frame) or not cols:
        return [""] * len(frame)
    parts = [[v if type(v) is str else _text(v) for v in frame[c].tolist()] for c in cols]
    return ["\n".join(p).lower() for p in zip(*parts)]


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

    def mask(self, frame: pd.DataFrame, hay: list[str] | None = None) -> np.ndarray:
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
            # one word at a time, each over the rows still in: a plain substring test per row
            # (C-level ``in``), ~30 ms per word at 100,000 rows
            idx = np.flatnonzero(keep)
            for w in words:
                idx = idx[np.fromiter((w in hay[i] for i in idx.tolist()), dtype=bool, count=len(idx))]
            keep = np.zeros(n, dtype=bool)
            keep[idx] = True
        return keep
