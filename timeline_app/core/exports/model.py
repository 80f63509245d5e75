"""What every exporter reads: plain event records, independent of where they came from.

Today the app's events are rows, one per time expression (``core.events``); the curated
events of a Workspace (headline, tags, note, fixed dates, several sources) come through the
same records, so each writer is written once. ``bundle_from_frame`` is the one adapter from
rows; ``bundle_from_workspace`` (``core.exports.workspace``) the one from a Workspace.
"""
from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Iterable, Sequence


_CUT_HEAD = re.compile(r"\[… (\d+) characters cut\] ")


@dataclass(frozen=True)
class ExportSource:
    """One place in one document that the event comes from: a time expression in its sentence.

    Offsets are characters in the document's text as loaded (``Document.text``):
    ``text[start_char:end_char] == expression`` and ``text[sentence_start:sentence_end] == sentence``.
    """

    document: str
    sentence_index: int
    sentence: str
    sentence_start: int
    sentence_end: int
    expression: str
    start_char: int
    end_char: int
    # what the tagger made of this mention (an event of several mentions keeps each one's own)
    timex_type: str = ""
    timex_value: str = ""
    mod: str = ""
    # False for the phrase of an event dated from a length ("a week after Shmygal's trip to
    # Berlin", ``core.events.derived_rows``): an event's words, not a time expression
    timex: bool = True

    def expression_in_sentence(self) -> tuple[int, int]:
        """Where the expression sits inside ``sentence``. A very long sentence arrives cut around its
        expression ("[… 51234 characters cut] kept text [...]", ``core.events.sentence_cell``): the
        head says where the kept text starts. Clamped: a source never breaks a writer."""
        shift = self.sentence_start
        if len(self.sentence) != self.sentence_end - self.sentence_start:
            m = _CUT_HEAD.match(self.sentence)
            if m:
                shift += int(m.group(1)) - m.end()
        n = len(self.sentence)
        a = min(max(self.start_char - shift, 0), n)
        b = min(max(self.end_char - shift, a), n)
        if self.sentence[a:b] != self.expression:
            k = self.sentence.find(self.expression)
            if k >= 0:
                a, b = k, k + len(self.expression)
        return a, b


@dataclass
class ExportEvent:
    """One event: when (an interval [start, end) at a granularity, or undated), what, and where from."""

    id: str
    headline: str
    start: datetime | None
    end: datetime | None
    granularity: str
    timex_type: str
    timex_value: str
    mod: str = ""
    explanation: str = ""
    rule: str = ""
    sources: list[ExportSource] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    note: str = ""
    starred: bool = False
    status: str = ""            # the Workspace's status ("", "confirmed", "edited", ...)
    date_fixed: bool = False    # the user set the date by hand
    # a span a date bounds ("the second conviction since 2019": 2019 to the time of writing,
    # ``core.events.row_scopes``): the words that bound it and its open side, 1 open at its end
    # ("since 2019"), -1 at its start ("until 2031"); "" and 0 for any other event
    bound: str = ""
    open_side: int = 0
    # the open side reaches the time of writing (the document's reference date), as the span was
    # made (``core.events.span_writing``): "since 2019: from 2019 to the time of writing"
    writing: bool = False

    @property
    def dated(self) -> bool:
        return self.start is not None

    @property
    def document(self) -> str:
        """The document of the first source ("" for an event without sources)."""
        return self.sources[0].document if self.sources else ""

    @property
    def expression(self) -> str:
        return self.sources[0].expression if self.sources else ""


@dataclass(frozen=True)
class ExportDocument:
    path: str
    name: str
    text: str = ""
    title: str = ""
    reference_date: date | None = None
    reference_source: str = ""


@dataclass
class ExportBundle:
    """Everything a writer needs: the documents (in order), the events, a title."""

    documents: list[ExportDocument]
    events: list[ExportEvent]
    title: str = ""

    def document(self, path: str) -> ExportDocument | None:
        if not hasattr(self, "_by_path"):
            self._by_path = {d.path: d for d in self.documents}
        return self._by_path.get(path)

    def document_name(self, path: str) -> str:
        d = self.document(path)
        return d.name if d is not None else os.path.basename(path.rstrip("/\\")) or path

    def dated(self) -> list[ExportEvent]:
        return [e for e in self.events if e.dated]

    def undated(self) -> list[ExportEvent]:
        return [e for e in self.events if not e.dated]

    def display_title(self) -> str:
        if self.title:
            return self.title
        if len(self.documents) == 1:
            d = self.documents[0]
            return d.title or d.name
        return f"Timeline of {len(self.documents)} documents"


# ---- the adapter from today's rows -------------------------------------------------------------

def _py_datetime(v) -> datetime | None:
    """A pandas Timestamp / numpy datetime / datetime / None / NaT to a datetime or None."""
    if v is None:
        return None
    if isinstance(v, float) and math.isnan(v):
        return None
    if isinstance(v, datetime):
        # pandas.NaT is a datetime subclass whose comparisons are all False
        if v != v:
            return None
        to_py = getattr(v, "to_pydatetime", None)
        return to_py() if to_py is not None else v
    try:
        import pandas as pd

        if pd.isna(v):
            return None
        return pd.Timestamp(v).to_pydatetime()
    except (TypeError, ValueError):
        return None


_WORD = re.compile(r"\S+")


def fallback_headline(sentence: str, start: int, end: int, words: int = 14) -> str:
    """A headline for an event that has none yet: the sentence's first ``words`` words (its
    subject and verb, usually), or the words around the expression when it comes later."""
    toks = [(m.start(), m.end()) for m in _WORD.finditer(sentence)]
    if len(toks) <= words:
        return " ".join(sentence.split())
    i = next((k for k, (a, b) in enumerate(toks) if b > start), len(toks) - 1)
    lo = 0 if i < words - 2 else max(0, min(i - words // 2, len(toks) - words))
    hi = lo + words
    text = " ".join(sentence[a:b] for a, b in toks[lo:hi])
    return ("…" if lo > 0 else "") + text + ("…" if hi < len(toks) else "")


def _slug(s: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", s).strip("-").lower()[:40] or "doc"


def bundle_from_frame(frame, documents: Sequence, rows: Iterable[int] | None = None,
                      title: str = "") -> ExportBundle:
    """Records for an events frame (``core.events``: one row per time expression).

    ``documents``: the loaded ``Document`` objects (their text is needed for TimeML);
    ``rows``: frame positions to export (the window's filtered rows), all by default.
    Each row becomes one event with one source; its id is stable across runs
    (document, offsets), so a republished page keeps its links.
    """
    docs = [ExportDocument(path=d.path, name=d.name, text=d.text, title=getattr(d, "title", "") or "",
                           reference_date=d.reference_date, reference_source=d.reference_source)
            for d in documents]
    slugs: dict[str, str] = {}
    used: set[str] = set()
    for d in docs:
        s = base = _slug(os.path.splitext(d.name)[0])
        k = 2
        while s in used:
            s, k = f"{base}-{k}", k + 1
        used.add(s)
        slugs[d.path] = s
    events: list[ExportEvent] = []
    if frame is not None and len(frame):
        cols = list(frame.columns)
        positions = range(len(frame)) if rows is None else rows
        sub = frame.iloc[list(positions)] if rows is not None else frame
        from timeline_app.core.events import row_scopes, span_writing

        # spans a date bounds ("since 2019", one set lookup per row, a regex for the few a signal
        # precedes); only where the row is the span (its explanation says so), not the time
        # expression's own interval (``events_frame``: the CSV's rows)
        scopes = [s if s is not None and f"'{s[0]}': " in str(why) else None
                  for s, why in zip(row_scopes(sub), sub["explanation"] if "explanation" in sub.columns
                                    else [""] * len(sub))]
        for rec, scope in zip(sub.itertuples(index=False, name=None), scopes):
            r = dict(zip(cols, rec))
            doc = str(r["document"])
            src = ExportSource(document=doc, sentence_index=int(r["sentence_index"]), sentence=str(r["sentence"]),
                               sentence_start=int(r["sentence_start"]), sentence_end=int(r["sentence_end"]),
                               expression=str(r["expression"]), start_char=int(r["start_char"]),
                               end_char=int(r["end_char"]), timex_type=str(r["timex_type"]),
                               timex_value=str(r["timex_value"]), mod=str(r.get("mod") or ""))
            a, b = src.expression_in_sentence()
            slug = slugs.get(doc) or _slug(os.path.basename(doc))
            events.append(ExportEvent(
                id=f"{slug}-{src.start_char}-{src.end_char}",
                headline=fallback_headline(src.sentence, a, b),
                start=_py_datetime(r["start"]), end=_py_datetime(r["end"]),
                granularity=str(r.get("granularity") or ""), timex_type=str(r["timex_type"]),
                timex_value=str(r["timex_value"]), mod=str(r.get("mod") or ""),
                explanation=str(r.get("explanation") or ""), rule=str(r.get("rule") or ""),
                sources=[src], bound=scope[0] if scope else "",
                open_side=(1 if scope[1] == "from" else -1) if scope else 0,
                writing=bool(scope) and span_writing(str(r.get("explanation") or ""), scope[0])))
    return ExportBundle(documents=docs, events=events, title=title)
