"""The headless session: documents, their events, the user's edits, undo/redo. No Qt here.

    ws = Workspace.from_files(["a.html", "b.txt"], reference_date=None, mode="auto")
    ws.events                      # DataFrame, one row per event, index = event_id
    ws.delete(eid); ws.set_when(eid, "2022-09-03"); ws.set_tags(eid, ["front"]); ws.undo()

**Events.** Every time expression the tagger finds is a *mention* (document, sentence,
offsets, expression, resolved interval). Mentions of one happening form one *event*: within a
document, mentions in the same clause with the same interval; across documents, events at the
same granularity and interval whose headlines are near-identical (rapidfuzz, >= AUTO_MERGE);
less similar ones (>= SUGGEST) are only *suggested* (``ws.suggestions()``, "3 sources agree")
for the user to merge. An event's id is its first mention's id, and a mention's id is a hash of
its document's id, its offsets and its expression: a re-open or a re-tag that finds the same
expression at the same place gives the same ids, so the user's edits (stored by event id and
anchored to the mention) stay with it.

**Edits** are command objects (``Command.do(ws)`` / ``Command.undo(ws)``): ``ws.execute(cmd)``
runs one and puts it on the undo stack; a window with its own undo stack sets
``ws.command_hook`` and calls ``ws.apply(cmd)`` / ``ws.revert(cmd)`` from its wrapper.

**Loading in pieces.** ``prepare(document, mode)`` does the expensive part (tagging,
headlines) and is safe to run in a worker thread or process; ``ws.add_prepared(batch)`` then
costs in proportion to what arrived. ``ws.subscribe(fn)`` registers a plain callable told what
changed (a ``Change``: kind, event ids added / removed / updated, documents), so views
refresh only that.

Project files (``ws.save`` / ``Workspace.open``, ``ws.search``) are in
:mod:`timeline_app.core.project`.

Headlines come from :mod:`timeline_app.core.headlines` (the clause the expression belongs to,
reporting frames and the expression removed).
"""
from __future__ import annotations

import dataclasses
import gc
import hashlib
import os
from bisect import bisect_right
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from operator import attrgetter, itemgetter
from datetime import date, datetime
from typing import Callable, Iterable

import numpy as np
import pandas as pd
from rapidfuzz.fuzz import token_set_ratio as _token_set_ratio, token_sort_ratio as _token_sort_ratio
from rapidfuzz.process import extract as _extract

from timeline_app.core import headlines as _headlines
from timeline_app.core.document import Document, LoadError, file_sha256  # noqa: F401 (re-exported)
from timeline_app.core.events import EVENT_COLUMNS, EXPORT_COLUMNS, EXTRA_COLUMNS
from timeline_app.core.headlines import headline_rows  # noqa: F401 (re-exported)
from timeline_app.core.when import When, parse_when

AUTO_MERGE = 92      # rapidfuzz token_sort_ratio of two headlines at which events merge by themselves
SUGGEST = 70         # token_set_ratio at which they are suggested as one (the shorter one's words in the other)
MAX_CANDIDATES = 32  # latest events compared per (granularity, start, end): bounds the cost of a new event
MAX_SUGGESTIONS = 8  # suggested partners kept per event (the best scores)
_DOCUMENT = itemgetter("document")
STATUSES = ("auto", "confirmed", "edited", "deleted", "added")

#: ws.events columns, in this order (index = event_id as well)
FRAME_COLUMNS = [
    "event_id", "headline", "start", "end", "granularity", "timex_value", "timex_type", "status", "tags",
    "note", "starred", "sources", "n_sources", "n_mentions", "suggested",
    "document", "sentence_index", "sentence", "expression", "start_char", "end_char", "explanation", "rule",
    "mod", "sentence_start", "sentence_end", "reference_date", "doc_index", "mention_ids",
]
MENTION_COLUMNS = ["mention_id", "event_id", "doc_id", "headline"] + EVENT_COLUMNS
#: `timeline-app export PROJECT.timeline`: the CSV contract columns first and unchanged, then these
CURATED_COLUMNS = EXPORT_COLUMNS + ["event_id", "headline", "status", "tags", "note", "starred"] + EXTRA_COLUMNS + [
    "sources"]


@contextmanager
def gc_paused():
    """Pause the cyclic garbage collector during a bulk operation. Its full collections walk
    every live object, so with the millions of small objects of 10,000 articles they make an
    add, a save or an open grow faster than the work (x3 at 4,000 articles); the workspace's
    data holds no cycles, and the collector is back on when the operation ends."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


# ---- headline similarity (cross-document grouping) ---------------------------------------------
#: The scores of headline pairs already compared: {headline: {other headline: token_set_ratio (0
#: below SUGGEST)}}, and {(headline, other): token_sort_ratio} for the pairs at or above SUGGEST.
#: Wire copies and follow-ups repeat the same clauses under the same date in many documents, and a
#: re-tag or a reload compares the same headlines again, so one pair meets again and again (the
#: benchmark's generated 10,000 articles, made from ~250 source texts, far more than real corpora:
#: 1.1 million comparisons, 21,673 distinct pairs). A dict lookup replaces each repeated
#: comparison. A headline's pairs are kept from its second comparison on (``_SEEN``), so a corpus
#: without repeated headlines pays one set lookup per new event and gains nothing. Bounded: all
#: forgotten at once when PAIR_SCORES_MAX pairs, sort scores and headlines seen are kept (about
#: 6 MB at the bound, measured with tracemalloc).
_PAIR_SCORES: dict[str, dict[str, float]] = {}
_SORT_SCORES: dict[tuple[str, str], float] = {}
_SEEN: set[str] = set()           # the headlines compared once (their pairs kept from the second time on)
_PAIR_SCORES_MAX = 200_000        # pairs and headlines seen kept at most
_pairs_kept = 0


def _forget() -> None:
    global _pairs_kept
    _PAIR_SCORES.clear()
    _SORT_SCORES.clear()
    _SEEN.clear()
    _pairs_kept = 0


def _similar(mine: str, cands: list[tuple[str, str]]) -> list[tuple[str, float, str]]:
    """``rapidfuzz.process.extract(mine, dict(cands), scorer=token_set_ratio, score_cutoff=SUGGEST,
    limit=None)`` for ``cands`` = [(key, headline), ...], the same list in the same order (score
    descending, ties in ``cands``' order: Python's sort is stable, as extract's order of ties is),
    with the pairs compared before taken from ``_PAIR_SCORES``; the others compared in one
    ``extract`` call (in C)."""
    global _pairs_kept
    if not _PAIR_SCORES_MAX:      # the memo off (benchmarks/window_scale.py --no-pair-memo)
        return _extract(mine, dict(cands), scorer=_token_set_ratio, score_cutoff=SUGGEST, limit=None)
    known = _PAIR_SCORES.get(mine)
    if known is None:
        if mine not in _SEEN:     # compared for the first time: remembered only if it comes again
            if _pairs_kept >= _PAIR_SCORES_MAX:
                _forget()
            _SEEN.add(mine)
            _pairs_kept += 1
            return _extract(mine, dict(cands), scorer=_token_set_ratio, score_cutoff=SUGGEST, limit=None)
        known = _PAIR_SCORES[mine] = {}
    heads = list(map(_SECOND, cands))
    got = list(map(known.get, heads))
    if got.count(None) == len(got) and _pairs_kept + len(got) <= _PAIR_SCORES_MAX:
        # nothing known (a headline seen for the first time, or a corpus without repeats): extract's
        # own list, the pairs remembered in C
        out = _extract(mine, dict(cands), scorer=_token_set_ratio, score_cutoff=SUGGEST, limit=None)
        known.update(dict.fromkeys(heads, 0.0))
        known.update((h, s) for h, s, _other in out)
        _pairs_kept += len(heads)
        return out
    if None in got:
        miss = {other: h for (other, h), s in zip(cands, got) if s is None}
        if _pairs_kept + len(miss) > _PAIR_SCORES_MAX:
            _forget()
            # this call's known pairs stay (``got`` holds them): at most MAX_CANDIDATES
            known = _PAIR_SCORES[mine] = {h: s for h, s in zip(heads, got) if s is not None}
            _pairs_kept = len(known)
        _pairs_kept += len(miss)
        for h in miss.values():
            known[h] = 0.0
        for h, s, _other in _extract(mine, miss, scorer=_token_set_ratio, score_cutoff=SUGGEST, limit=None):
            known[h] = s
        got = list(map(known.get, heads))
    out = [(h, s, other) for (other, h), s in zip(cands, got) if s >= SUGGEST]
    if len(out) > 1:
        out.sort(key=_minus_score)
    return out


_SECOND = itemgetter(1)


def _minus_score(item: tuple) -> float:
    return -item[1]


def _sort_score(mine: str, h: str) -> float:
    """``token_sort_ratio(mine, h)``, remembered in ``_SORT_SCORES`` (asked for pairs at or above
    SUGGEST only; counted in ``_pairs_kept``)."""
    global _pairs_kept
    s = _SORT_SCORES.get((mine, h))
    if s is None:
        s = _token_sort_ratio(mine, h)
        if _PAIR_SCORES_MAX:
            if _pairs_kept >= _PAIR_SCORES_MAX:
                _forget()
            _SORT_SCORES[(mine, h)] = s
            _pairs_kept += 1
    return s


# ---- ids ----------------------------------------------------------------------------------------
def _h(*parts) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8", "surrogatepass")).hexdigest()


def doc_id_for(path: str) -> str:
    """A document's id: from its absolute path when first added (kept in the project afterwards)."""
    return "d" + _h(os.path.abspath(path))[:11]


def mention_id_for(doc_id: str, start_char: int, end_char: int, expression: str) -> str:
    """A mention's (and its event's) id: stable while the expression is found at the same place."""
    return "e" + _h(doc_id, start_char, end_char, expression)[:15]


# ---- preparing a document (worker-safe) ---------------------------------------------------------
@dataclass
class Prepared:
    """A document tagged and headlined, ready for ``Workspace.add_prepared`` (picklable)."""

    document: Document
    mode: str
    rows: list[dict]
    doc_id: str = ""


def prepare(doc: Document, mode: str = "auto", rows: list[dict] | None = None) -> Prepared:
    """Tag ``doc`` (unless its ``rows`` from ``document_rows`` are given) and headline each mention.
    Pure: run it in a worker thread or process and hand the result to ``Workspace.add_prepared``."""
    if rows is None:
        from timeline_app.core.events import document_rows

        rows = document_rows(doc, mode)
    return Prepared(doc, mode, headline_rows(doc, rows))


# ---- changes ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Change:
    """What one operation changed, for views to refresh incrementally.

    ``kind``: "documents_added", "document_removed", "document_changed" (re-tagged: reference
    date, mode, reloaded), "document_status" (missing / changed / located), "edit", "undo",
    "redo", "reset". ``added`` / ``removed`` / ``updated``: event ids. ``documents``: paths.
    ``text``: the command's label ("Delete event") where there is one."""

    kind: str
    added: frozenset = frozenset()
    removed: frozenset = frozenset()
    updated: frozenset = frozenset()
    documents: tuple = ()
    text: str = ""


@dataclass
class DocState:
    doc_id: str
    document: Document
    mode: str
    index: int                       # position in the workspace (documents keep their order)
    mention_ids: list[str] = field(default_factory=list)
    sha256: str = ""                 # of the file's bytes when read ("" when unknown)
    status: str = "ok"               # ok | missing | changed
    message: str = ""                # for the user when status is not ok
    text_saved: bool = True          # the project holds the text (else only the sentences of mentions)

    @property
    def path(self) -> str:
        return self.document.path


@dataclass(frozen=True)
class Suggestion:
    """Events that may be one happening, from different documents."""

    event_ids: tuple
    score: float

    @property
    def n_sources(self) -> int:
        return len(self.event_ids)

    @property
    def label(self) -> str:
        return f"{self.n_sources} sources agree"


class WorkspaceError(ValueError):
    """An edit that cannot be made (unknown event, nothing to split...); ``str()`` is one line."""


# ---- commands -----------------------------------------------------------------------------------
class Command:
    """One undoable edit. ``do`` checks before it changes anything (WorkspaceError otherwise)."""

    text = "Edit"

    def do(self, ws: "Workspace") -> None:
        raise NotImplementedError

    def undo(self, ws: "Workspace") -> None:
        raise NotImplementedError


class SetFields(Command):
    """Change an event's user fields (headline, when, note, tags, starred, deleted, confirmed)."""

    def __init__(self, event_id: str, changes: dict, text: str = "Edit event"):
        self.event_id, self.changes, self.text = event_id, dict(changes), text
        self.old: dict | None = None

    def do(self, ws):
        ws._require_event(self.event_id)
        self.old = ws._set_fields(self.event_id, self.changes)

    def undo(self, ws):
        ws._replace_fields(self.event_id, self.old)


class AddEvent(Command):
    text = "Add event"

    def __init__(self, doc_id: str, row: dict, fields: dict):
        self.doc_id, self.row, self.fields = doc_id, row, fields
        self.old_fields: dict | None = None

    @property
    def event_id(self) -> str:
        return self.row["mention_id"]

    def do(self, ws):
        if self.row["mention_id"] in ws._mentions:
            raise WorkspaceError("an event for this selection exists already")
        ws._insert_added(self.doc_id, self.row)
        self.old_fields = ws._replace_fields(self.event_id, {**self.fields, "added": True})

    def undo(self, ws):
        ws._replace_fields(self.event_id, self.old_fields)
        ws._remove_added(self.event_id)


class Merge(Command):
    """Make several events one: the first id stays; tags are joined, notes kept, a star kept."""

    text = "Merge events"

    def __init__(self, event_ids: list[str]):
        self.ids = list(dict.fromkeys(event_ids))
        self.old_assign: dict | None = None
        self.old_fields: dict | None = None

    def do(self, ws):
        if len(self.ids) < 2:
            raise WorkspaceError("merging needs two events or more")
        for e in self.ids:
            ws._require_event(e)
        target, others = self.ids[0], self.ids[1:]
        f = dict(ws._fields.get(target, {}))
        tags = list(f.get("tags", ()))
        notes = [f["note"]] if f.get("note") else []
        starred = bool(f.get("starred"))
        for e in others:
            o = ws._fields.get(e, {})
            tags += [t for t in o.get("tags", ()) if t not in tags]
            if o.get("note") and o["note"] not in notes:
                notes.append(o["note"])
            starred = starred or bool(o.get("starred"))
        changes = {"merged": True}
        if tags:
            changes["tags"] = tags
        if notes:
            changes["note"] = "\n".join(notes)
        if starred:
            changes["starred"] = True
        self.old_assign = ws._assign({m: target for e in others for m in ws._members[e]})
        self.old_fields = ws._set_fields(target, changes)

    def undo(self, ws):
        ws._replace_fields(self.ids[0], self.old_fields)
        ws._assign(self.old_assign)


class Split(Command):
    """Give every mention of an event its own event again (the first keeps the id)."""

    text = "Split event"

    def __init__(self, event_id: str):
        self.event_id = event_id
        self.old_assign: dict | None = None

    def do(self, ws):
        ws._require_event(self.event_id)
        mids = ws._members[self.event_id]
        if len(mids) < 2:
            raise WorkspaceError("this event has one mention: nothing to split")
        keep = self.event_id if self.event_id in mids else ws._ordered(mids)[0]
        self.old_assign = ws._assign({m: m for m in mids if m != keep} | {keep: self.event_id})

    def undo(self, ws):
        ws._assign(self.old_assign)


class RetagDocument(Command):
    """Resolve a document again with another reference date or mode (the edits stay)."""

    def __init__(self, doc_id: str, reference_date: date | None = None, mode: str | None = None,
                 text: str = "Change reference date"):
        self.doc_id, self.reference_date, self.mode, self.text = doc_id, reference_date, mode, text
        self.before: Prepared | None = None
        self.after: Prepared | None = None

    def do(self, ws):
        st = ws._docs[self.doc_id]
        if self.before is None:
            self.before = ws._prepared_of(self.doc_id)
        if self.after is None:
            doc = st.document
            if self.reference_date is not None:
                doc = dataclasses.replace(doc, reference_date=self.reference_date, reference_source="set by you")
            self.after = prepare(doc, self.mode or st.mode)
        ws._replace_document(self.doc_id, self.after)

    def undo(self, ws):
        ws._replace_document(self.doc_id, self.before)


# ---- the workspace ------------------------------------------------------------------------------
class Workspace:
    """Documents, events, edits and undo, headless (see the module doc)."""

    def __init__(self, mode: str = "auto", reference_date: date | None = None):
        self.mode = mode                       # for documents added without their own
        self.reference_date = reference_date   # given by the user for every new document, if any
        self.errors: list[LoadError] = []      # files that could not be read (from_files, add_files)
        self.path: str | None = None           # the project file, once saved or opened
        self._docs: dict[str, DocState] = {}
        self._paths: dict[str, str] = {}       # a document's path and absolute path -> its id (may hold stale keys)
        self._next_index = 0
        self._mentions: dict[str, dict] = {}   # mention id -> row (EVENT_COLUMNS + ids, headline, clause)
        self._group_of: dict[str, str] = {}    # mention id -> its within-document group (event) id
        self._auto_event: dict[str, str] = {}  # mention id -> event id after automatic cross-document merges
        self._absorbed: dict[str, set[str]] = {}   # event id -> mentions of other documents that joined it
        self._user_event: dict[str, str] = {}  # mention id -> event id the user gave it (merge, split)
        self._members: dict[str, list[str]] = {}   # event id -> mention ids
        self._unordered: set[str] = set()      # events whose mention ids may not be in (document, text) order
        self._event_docs: dict[str, dict] = {}  # event id -> its documents in mention order (_documents_of)
        self._fields: dict[str, dict] = {}     # event id -> the user's fields
        self._by_key: dict[tuple, dict[str, str]] = {}   # (granularity, start, end) -> {group id: its headline, lower}
        self._own: dict[tuple, int] = {}       # ... groups of the document being added in each (the latest there)
        self._suggest: dict[str, dict[str, float]] = {}  # group id -> {group id in another doc: score}
        self._undo: list[Command] = []
        self._redo: list[Command] = []
        self._listeners: list[Callable[[Change], None]] = []
        self.command_hook: Callable[[Command], None] | None = None
        self._frame: pd.DataFrame | None = _frame([])   # ws.events (None: to be made whole again)
        self._frame_dirty: set[str] = set()
        self._cols: _Columns | None = None    # the frame's columns with room to grow (see _Columns)
        self._staged: dict[str, tuple] = {}    # event id -> its row made ahead (stage_events), for the next read
        self._dirty_old: set[str] = set()      # ... dirty events known to be in the frame already
        self._frame_version = 0                # counts the rebuilds of _frame (see events_since)
        self._frame_log: deque = deque(maxlen=64)   # (version, positions set again, rows before) of the latest
        self._meta: dict = {}                  # the project's meta table, once opened
        self._lost_anchors: dict[str, dict] = {}   # edits whose mention a re-tag did not find: their anchor
        self._search_mem = None                # in-memory search index (core.project)
        self._touched: dict[str, bool] = {}    # event id -> existed before the operation
        self._op_docs: list[str] = []
        self.store = None                      # the project store (core.project), once saved or opened
        self.recovery = None                   # the recovery store autosave writes to while there is no project
        self.revision = 0                      # counts every change; a save records the one it wrote
        self.saved_revision = 0
        # what changed since the last save (incremental saves write only this)
        self._unsaved_docs: set[str] = set()
        self._unsaved_events: set[str] = set()
        self._unsaved_mentions: set[str] = set()

    # ---- construction -------------------------------------------------------------------------
    @classmethod
    def from_files(cls, paths: Iterable[str], reference_date: date | None = None, mode: str = "auto") -> "Workspace":
        """Load files and folders (see ``core.loaders``); unreadable ones land in ``ws.errors``."""
        ws = cls(mode=mode, reference_date=reference_date)
        ws.add_files(paths)
        return ws

    def add_files(self, paths: Iterable[str], mode: str | None = None) -> list[str]:
        """Load, tag and add files and folders in this thread; returns the paths added."""
        from timeline_app.core.loaders import load_paths

        docs, errors = load_paths(list(paths), self.reference_date)
        self.errors.extend(errors)
        batch = [prepare(d, mode or self.mode) for d in docs]
        for p in batch:
            p.document.metadata.setdefault("sha256", file_sha256(p.document.path))
        self.add_prepared(batch)
        return [d.path for d in docs]

    def add_document(self, doc: Document, mode: str | None = None) -> str:
        """Tag and add one Document already loaded; returns its id."""
        p = prepare(doc, mode or self.mode)
        self.add_prepared([p])
        return p.doc_id

    @classmethod
    def open(cls, path: str, check_sources: bool = True) -> "Workspace":
        """Open a project file (``ProjectError``, one line, if it is not one)."""
        from timeline_app.core.project import open_project

        return open_project(path, check_sources=check_sources)

    def save(self, path: str | None = None, include_text: bool = True) -> str:
        """Save into ``path`` (a new or other file: written whole, atomically) or, without one,
        into the project it came from (only what changed, in one transaction)."""
        from timeline_app.core.project import save_project

        return save_project(self, path, include_text=include_text)

    def autosave(self) -> str | None:
        """Save what changed into the project, or into a recovery file while there is none;
        returns the file written (None when there was nothing to write)."""
        from timeline_app.core.project import autosave

        return autosave(self)

    @staticmethod
    def recovery_files() -> list[dict]:
        """Unsaved work left by sessions that did not end cleanly: dicts with path, saved, documents."""
        from timeline_app.core.project import recovery_files

        return recovery_files()

    @classmethod
    def recover(cls, path: str) -> "Workspace":
        """Open a recovery file as unsaved work of this session (it has no project: save it as one)."""
        from timeline_app.core.project import EXTENSION, Store, _connect, open_project, recovery_dir

        ws = open_project(path, check_sources=True)
        ws.store.close()
        new = os.path.join(recovery_dir(), f"recovery-{os.getpid()}-{int(datetime.now().timestamp() * 1000)}"
                                           f"{EXTENSION}")
        os.replace(path, new)
        ws.recovery = Store(new, _connect(new), True)
        ws.store, ws.path = None, None
        ws.saved_revision = -1      # modified: nothing of it is in a project yet
        return ws

    def close(self) -> None:
        """End the session cleanly: the project's connection closed, the recovery file removed."""
        from timeline_app.core.project import discard_recovery

        discard_recovery(self)
        if self.store is not None:
            self.store.close()
            self.store = None

    # ---- sources of an opened project ---------------------------------------------------------
    def check_sources(self, documents=None) -> list[DocState]:
        """Compare each document's file with the project (exists? same SHA-256?); sets status and
        message on each DocState and returns those not ok. Reads every file: a window may run it
        in a worker and hand the result to ``set_source_status``."""
        from timeline_app.core.project import source_status

        ids = [self.doc_id(d) for d in documents] if documents is not None else list(self._docs)
        found = {did: source_status(self._docs[did]) for did in ids}
        return self.set_source_status(found)

    def set_source_status(self, found: dict) -> list[DocState]:
        """Record ``{doc_id: (status, message)}`` and tell the listeners which documents changed."""
        changed = []
        for did, (status, message) in found.items():
            st = self._docs.get(did)
            if st is not None and (st.status, st.message) != (status, message):
                st.status, st.message = status, message
                changed.append(st.path)
        if changed:
            self._begin()
            self._end("document_status", documents=changed)
        return [st for st in self._docs.values() if st.status != "ok"]

    def locate_document(self, document, new_path: str) -> Change:
        """A missing (or moved) document found at ``new_path``: the same file takes its place as it
        was; a different one is read and tagged again, the edits carried over by mention."""
        did = self.doc_id(document)
        st = self._docs[did]
        sha = file_sha256(new_path)
        if not sha:
            raise WorkspaceError(f"{new_path}: cannot read it")
        if st.sha256 and sha == st.sha256 and st.document.text:
            self._begin()
            st.document = dataclasses.replace(st.document, path=new_path)
            self._index_path(did)
            self._event_docs.clear()     # (their documents' paths: made again when read)
            for m in st.mention_ids:
                self._mentions[m]["document"] = new_path
                self._touch(self._event_of(m))
            st.status, st.message = "ok", ""
            self._unsaved_docs.add(did)
            return self._end("document_status", documents=[new_path])
        return self.reload_document(did, new_path)

    def reload_document(self, document, path: str | None = None) -> Change:
        """Read a document's file again (or ``path``) and re-tag it; the reference date and mode
        stay, the edits follow their mentions. Not undoable (the old text is gone)."""
        from timeline_app.core.loaders import load_document

        did = self.doc_id(document)
        st = self._docs[did]
        old = st.document
        new = load_document(path or old.path, old.reference_date)
        new.reference_source = old.reference_source
        new.metadata["sha256"] = file_sha256(new.path)
        self._begin()
        for m in st.mention_ids:
            self._touch(self._event_of(m))
        self._replace_document(did, prepare(new, st.mode))
        st.status, st.message = "ok", ""
        self._undo.clear()
        self._redo.clear()
        return self._end("document_changed")

    # ---- listeners ----------------------------------------------------------------------------
    def subscribe(self, fn: Callable[[Change], None]) -> Callable[[], None]:
        """Call ``fn(change)`` after every change; returns a function that unsubscribes."""
        self._listeners.append(fn)
        return lambda: self._listeners.remove(fn) if fn in self._listeners else None

    def _begin(self) -> None:
        self._touched = {}
        self._op_docs = []

    def _touch(self, eid: str) -> None:
        self._unsaved_events.add(eid)
        if eid not in self._touched:
            self._touched[eid] = eid in self._members
        self._frame_dirty.add(eid)

    def _end(self, kind: str, text: str = "", documents: Iterable[str] = ()) -> Change:
        added, removed, updated = set(), set(), set()
        for eid, before in self._touched.items():
            now = eid in self._members
            (updated if before and now else added if now else removed if before else set()).add(eid)
        docs = tuple(dict.fromkeys(list(self._op_docs) + list(documents)))
        ch = Change(kind, frozenset(added), frozenset(removed), frozenset(updated), docs, text)
        self._touched = {}
        self._op_docs = []
        self.revision += 1
        for fn in list(self._listeners):
            fn(ch)
        return ch

    # ---- documents ----------------------------------------------------------------------------
    @property
    def documents(self) -> list[Document]:
        return [st.document for st in self._docs.values()]

    def documents_from(self, start: int) -> list[Document]:
        """``documents[start:]`` without making the whole list (a view that has the first ``start``
        already: a load's update at 10,000 documents)."""
        new = [st.document for st in islice(reversed(self._docs.values()), max(0, len(self._docs) - start))]
        new.reverse()       # (from the end: the cost of the new ones, not of skipping the others)
        return new

    @property
    def document_count(self) -> int:
        return len(self._docs)

    def document_states(self) -> list[DocState]:
        """Each document with its id, mode, SHA-256 and status (ok / missing / changed + message)."""
        return list(self._docs.values())

    def doc_id(self, document) -> str:
        """The id of a document given by id, path, or Document."""
        if isinstance(document, Document):
            document = document.path
        if document in self._docs:
            return document
        ab = os.path.abspath(str(document))
        did = self._paths.get(document) or self._paths.get(ab)
        if did in self._docs and os.path.abspath(self._docs[did].document.path) == ab:   # not a stale key
            return did
        raise WorkspaceError(f"no such document in the workspace: {document}")

    def _index_path(self, did: str) -> None:
        p = self._docs[did].document.path
        self._paths[p] = did
        if not os.path.isabs(p):
            self._paths[os.path.abspath(p)] = did

    def document(self, document) -> Document:
        return self._docs[self.doc_id(document)].document

    def add_prepared(self, batch: Iterable[Prepared]) -> Change:
        """Add documents tagged elsewhere (``prepare``), e.g. one batch of a worker's results.
        Cost: proportional to the mentions added (cross-document grouping looks only at events
        with the same granularity and start, at most MAX_CANDIDATES of them). A document already
        in the workspace (same path) is replaced, keeping its place and the user's edits."""
        with gc_paused():
            return self._add_prepared(batch)

    def _add_prepared(self, batch: Iterable[Prepared]) -> Change:
        self._begin()
        for p in batch:
            did = p.doc_id or self._id_for_path(p.document.path)
            if did in self._docs:
                self._replace_document(did, p)
            else:
                self._insert_document(did, p)
                self._op_docs.append(p.document.path)
        return self._end("documents_added")

    def _id_for_path(self, path: str) -> str:
        try:
            return self.doc_id(path)
        except WorkspaceError:
            return doc_id_for(path)

    def remove_document(self, document) -> Change:
        """Take a document and its events out (its user-added events and edits too). Not undoable:
        the window asks first."""
        did = self.doc_id(document)
        self._begin()
        path = self._docs[did].path
        self._drop_document_mentions(did, keep_added=False)
        del self._docs[did]
        self._unsaved_docs.add(did)
        return self._end("document_removed", documents=[path])

    def set_reference_date(self, document, new: date) -> Change | None:
        """Resolve a document again against another reference date (undoable)."""
        did = self.doc_id(document)
        if self._docs[did].document.reference_date == new:
            return None
        return self.execute(RetagDocument(did, reference_date=new))

    def set_mode(self, document, mode: str) -> Change | None:
        """News or narrative (or auto) for one document; re-resolves it (undoable)."""
        from timeline_app.temporal.tagger import MODES

        if mode not in MODES:
            raise WorkspaceError(f"mode must be one of {', '.join(MODES)}")
        did = self.doc_id(document)
        if self._docs[did].mode == mode:
            return None
        return self.execute(RetagDocument(did, mode=mode, text="Change mode"))

    def _prepared_of(self, did: str) -> Prepared:
        st = self._docs[did]
        rows = [self._mentions[m] for m in st.mention_ids if not self._mentions[m].get("added")]
        return Prepared(st.document, st.mode, [dict(r) for r in rows], did)

    def _insert_document(self, did: str, p: Prepared, saved: bool = False) -> None:
        """``saved``: ``p.rows`` were read from a project file (see ``_add_saved_rows``)."""
        st = DocState(did, p.document, p.mode, self._next_index,
                      sha256=p.document.metadata.get("sha256", "") if p.document.metadata else "")
        self._next_index += 1
        self._docs[did] = st
        self._index_path(did)
        self._unsaved_docs.add(did)
        if saved:
            self._add_saved_rows(st, p.rows)
        else:
            self._add_rows(st, p.rows)

    def _replace_document(self, did: str, p: Prepared) -> None:
        """Put a re-tagged version of a document in place of the old (inside an operation)."""
        st = self._docs[did]
        old_ids = set(m for m in st.mention_ids if not self._mentions[m].get("added"))
        old_rows = {m: self._mentions[m] for m in old_ids}
        self._drop_document_mentions(did, keep_added=True)
        st.document, st.mode = p.document, p.mode
        self._index_path(did)
        self._unsaved_docs.add(did)
        if p.document.metadata and p.document.metadata.get("sha256"):
            st.sha256 = p.document.metadata["sha256"]
        new_ids = self._add_rows(st, p.rows)
        self._carry_edits(did, [old_rows[m] for m in old_ids - set(new_ids)], new_ids)
        self._op_docs.append(p.document.path)

    def _add_rows(self, st: DocState, rows: list[dict]) -> list[str]:
        """Add a document's mentions: ids, within-document groups, cross-document grouping."""
        did, path = st.doc_id, st.document.path
        groups: dict[tuple, str] = {}
        new_ids = []
        joins: list[tuple[str, str]] = []
        self._own = {}          # (a document's groups go into the buckets together: _group_across)
        for r in rows:
            if r.get("publication"):    # the text's own publication line: its reference date, no event
                continue
            r = dict(r)
            mid = r.get("mention_id") or mention_id_for(did, r["start_char"], r["end_char"], r["expression"])
            if mid in self._mentions:     # the tagger gives one mention per span; be safe anyway
                continue
            r["mention_id"], r["doc_id"], r["document"] = mid, did, path
            r.setdefault("headline", "")
            r.setdefault("clause_start", r["sentence_start"])
            r.setdefault("clause_end", r["sentence_end"])
            self._mentions[mid] = r
            new_ids.append(mid)
            gid = r.get("group_id")
            if not gid:
                gid = mid
                if _placed(r):
                    k = (r["clause_start"], r["clause_end"], r["start"], r["end"], r["granularity"])
                    gid = groups.setdefault(k, mid)
                if r.get("join"):   # "now" of "the invasion, now in its seventh month": that month's event
                    joins.append((mid, mention_id_for(did, *r.pop("join"))))
            self._group_of[mid] = gid
        for mid, other in joins:
            if other in self._group_of:
                self._group_of[mid] = self._group_of[other]
        st.mention_ids.extend(new_ids)
        st.mention_ids.sort(key=lambda m: self._mentions[m]["start_char"])
        # cross-document grouping, one group at a time (its first mention speaks for it)
        for mid in new_ids:
            gid = self._group_of[mid]
            if gid == mid:
                known = self._mentions[mid].pop("auto_event", None)
                joined = self._group_across(mid, known)
                self._auto_event[mid] = known or joined or gid
        for mid in new_ids:
            if mid != self._group_of[mid]:
                self._auto_event[mid] = self._auto_event[self._group_of[mid]]
            if self._auto_event[mid] != self._group_of[mid]:    # joined another document's event
                self._absorbed.setdefault(self._auto_event[mid], set()).add(mid)
            self._place(mid)
        return new_ids

    def _add_saved_rows(self, st: DocState, rows: list[dict]) -> None:
        """``_add_rows`` for a new document's rows as a project file keeps them (``core.project``
        reopening: 45k mentions at 10,000 documents): each row is a fresh dict with its mention id,
        doc id, document, headline and clause, its group unless it leads one, and the event its group
        joined ("auto_event"), in text order. The same state as ``_add_rows`` without its per-row
        copy, the sort, or a comparison across documents (the saved event is taken, as there)."""
        mentions, group_of, auto, members = self._mentions, self._group_of, self._auto_event, self._members
        touched, dirty, unsaved = self._touched, self._frame_dirty, self._unsaved_events
        groups: dict[tuple, str] = {}
        new_ids = []
        self._own = own = {}    # (a document's groups go into the buckets together: _group_across)
        for r in rows:
            mid = r["mention_id"]
            if mid in mentions:     # one mention per span; be safe anyway, as _add_rows is
                continue
            mentions[mid] = r
            new_ids.append(mid)
            gid = r.get("group_id")
            if not gid:
                gid = mid
                if r["start"] is not None and r["granularity"]:    # _placed (the reader gives None or a datetime)
                    gid = groups.setdefault((r["clause_start"], r["clause_end"], r["start"], r["end"],
                                             r["granularity"]), mid)
            group_of[mid] = gid
        st.mention_ids.extend(new_ids)     # the reader's ORDER BY start_char: already in text order
        by_key = self._by_key
        for mid in new_ids:
            if group_of[mid] == mid:
                r = mentions[mid]
                known = r.pop("auto_event", None)
                if known is None:
                    auto[mid] = self._group_across(mid) or mid
                    continue
                # _group_across with the saved event, inline: indexed if it is that event
                if r["start"] is not None and r["granularity"] and r["headline"]:
                    key = (r["granularity"], r["start"], r["end"])
                    bucket = by_key.setdefault(key, {})
                    if known == mid:
                        bucket[mid] = r["headline"].lower()
                        own[key] = own.get(key, 0) + 1
                auto[mid] = known
        for mid in new_ids:
            gid = group_of[mid]
            if mid != gid:
                auto[mid] = auto[gid]
            if auto[mid] != gid:    # joined another document's event
                self._absorbed.setdefault(auto[mid], set()).add(mid)
            eid = self._user_event.get(mid) or auto[mid]     # _place, inline
            unsaved.add(eid)
            if eid not in touched:
                touched[eid] = eid in members
            dirty.add(eid)
            lst = members.setdefault(eid, [])
            if lst and eid not in self._unordered and self._order_key(lst[-1]) > self._order_key(mid):
                self._unordered.add(eid)
            lst.append(mid)
            self._event_docs.pop(eid, None)

    def _group_across(self, gid: str, known: str | None = None) -> str | None:
        """Index a new group by (granularity, start, end) -- the blocking key: only events of the
        same interval and granularity are ever compared --; merge it into a near-identical event of
        another document, or record suggestions; returns the event to join, if any. ``known``:
        the event a project file says it joined (reopen: no comparison, index only)."""
        r = self._mentions[gid]
        start = r.get("start")
        if start is None or isinstance(start, float) or start is pd.NaT or not r.get("granularity") \
                or not r.get("headline"):     # (_placed, inline: once per group of a load)
            return None
        key = (r["granularity"], start, r["end"])     # datetimes: hashed as such, no string per mention
        bucket = self._by_key.get(key)
        if bucket is None:
            bucket = self._by_key[key] = {}
        mine, own = r["headline"].lower(), self._own
        if known is not None:
            if known == gid:
                bucket[gid] = mine
                own[key] = own.get(key, 0) + 1
            return known
        # The latest MAX_CANDIDATES groups of the key, those of this document left out: its groups
        # are the latest of each bucket (a document's groups are indexed together, see ``_own``),
        # so the candidates are taken past them, in C, not picked one by one.
        mine_there = own.get(key, 0)
        cands = list(islice(reversed(bucket.items()), mine_there, MAX_CANDIDATES)) \
            if len(bucket) > mine_there else None
        if cands:
            best, best_score = None, 0.0
            for h, score, other in _similar(mine, cands):
                if _sort_score(mine, h) >= AUTO_MERGE:
                    if score > best_score:
                        best, best_score = other, score
                elif self._suggest_pair(gid, other, score):
                    self._touch(self._event_of(other))
            if best is not None:
                return self._auto_event.get(best, best)
        bucket[gid] = mine       # (the first of its date, or nothing near enough: indexed)
        own[key] = mine_there + 1
        return None

    def _suggest_pair(self, a: str, b: str, score: float) -> bool:
        """Record a suggestion both ways, each group keeping its MAX_SUGGESTIONS best (so a date
        shared by thousands of articles costs a bounded amount per event)."""
        sa, sb = self._suggest.setdefault(a, {}), self._suggest.setdefault(b, {})
        for mine, other, d in ((a, b, sa), (b, a, sb)):
            if len(d) >= MAX_SUGGESTIONS:
                worst = min(d, key=d.get)
                if d[worst] >= score:
                    return False
                del d[worst]
                back = self._suggest.get(worst)
                if back is not None:
                    back.pop(mine, None)
                if worst in self._mentions:     # its event lost a partner: its row ("suggested") changes
                    self._touch(self._event_of(worst))
        sa[b] = score
        sb[a] = score
        return True

    def _drop_document_mentions(self, did: str, keep_added: bool) -> None:
        st = self._docs[did]
        gone = [m for m in st.mention_ids if not (keep_added and self._mentions[m].get("added"))]
        gone_set = set(gone)
        for mid in gone:
            self._unplace(mid)
        for mid in gone:
            r = self._mentions.pop(mid)
            self._group_of.pop(mid, None)
            joined = self._absorbed.get(self._auto_event.pop(mid, None))
            if joined is not None:
                joined.discard(mid)
            if _placed(r):
                b = self._by_key.get((r["granularity"], r["start"], r["end"]))
                if b is not None:
                    b.pop(mid, None)
            for other in self._suggest.pop(mid, {}):
                s = self._suggest.get(other)
                if s is not None:
                    s.pop(mid, None)
                    if other in self._mentions:
                        self._touch(self._event_of(other))
            if not keep_added:
                self._fields.pop(mid, None)
                self._user_event.pop(mid, None)
        # mentions of other documents that had joined one of these events go back to their own
        orphans = [m for gid in gone for m in self._absorbed.pop(gid, ()) if m not in gone_set]
        for m in orphans:
            self._unplace(m)
            self._auto_event[m] = self._group_of[m]
            self._place(m)
        st.mention_ids = [m for m in st.mention_ids if m not in gone_set]

    def _carry_edits(self, did: str, lost: list[dict], new_ids: list[str]) -> None:
        """Edits on mentions a re-tag no longer finds at the same place go to the mention with
        the same expression text nearest to the old offsets (overlapping first)."""
        if not lost:
            return
        by_expr: dict[str, list[str]] = {}
        for m in new_ids:
            by_expr.setdefault(self._mentions[m]["expression"].lower(), []).append(m)
        for old in lost:
            oid = old["mention_id"]
            if oid not in self._fields and oid not in self._user_event.values():
                continue
            cands = by_expr.get(old["expression"].lower()) or [
                m for m in new_ids if self._mentions[m]["start_char"] < old["end_char"]
                and self._mentions[m]["end_char"] > old["start_char"]]
            if not cands:   # kept in _fields under the old id: a later re-tag may find it again
                self._lost_anchors[oid] = {k: old[k] for k in ("doc_id", "start_char", "end_char", "expression")}
                continue
            new = min(cands, key=lambda m: abs(self._mentions[m]["start_char"] - old["start_char"]))
            self.rekey_event(oid, self._event_of(new))

    def rekey_event(self, old_eid: str, new_eid: str) -> None:
        """Move the user's fields and assignments from one event id to another (re-tag, re-anchor)."""
        if old_eid == new_eid:
            return
        if old_eid in self._fields and new_eid not in self._fields:
            self._fields[new_eid] = self._fields.pop(old_eid)
            self._touch(new_eid)
        moved = {m: new_eid for m, e in self._user_event.items() if e == old_eid and m in self._mentions}
        if moved:
            self._assign(moved)

    # ---- grouping primitives ------------------------------------------------------------------
    def _event_of(self, mid: str) -> str:
        return self._user_event.get(mid) or self._auto_event[mid]

    def _place(self, mid: str) -> None:
        eid = self._event_of(mid)
        self._touch(eid)
        lst = self._members.setdefault(eid, [])
        if lst and eid not in self._unordered and self._order_key(lst[-1]) > self._order_key(mid):
            self._unordered.add(eid)     # (a load appends in order: later documents, later in the text)
        lst.append(mid)
        docs = self._event_docs.get(eid)
        if docs is not None:
            if eid in self._unordered:
                del self._event_docs[eid]
            else:
                docs[self._mentions[mid]["document"]] = None

    def _unplace(self, mid: str) -> None:
        eid = self._event_of(mid)
        self._touch(eid)
        self._event_docs.pop(eid, None)
        lst = self._members.get(eid)
        if lst is not None:
            try:
                lst.remove(mid)
            except ValueError:
                pass
            if not lst:
                del self._members[eid]
                self._unordered.discard(eid)

    def _assign(self, mapping: dict) -> dict:
        """Set user assignments {mention id: event id or None}; returns the old ones to undo."""
        old = {}
        for mid, eid in mapping.items():
            old[mid] = self._user_event.get(mid)
            self._unsaved_mentions.add(mid)
            if mid not in self._mentions:
                if eid is None:
                    self._user_event.pop(mid, None)
                else:
                    self._user_event[mid] = eid
                continue
            self._unplace(mid)
            if eid is None or eid == self._auto_event.get(mid):
                self._user_event.pop(mid, None)
            else:
                self._user_event[mid] = eid
            self._place(mid)
        return old

    def _order_key(self, mid: str) -> tuple:
        r = self._mentions[mid]
        return (self._docs[r["doc_id"]].index, r["start_char"])

    def _ordered(self, mids: list[str]) -> list[str]:
        return sorted(mids, key=self._order_key)

    def _ordered_members(self, eid: str) -> list[str]:
        """An event's mention ids in (document, text) order: sorted in place only when one was put
        out of order (``_place`` keeps track), so an event joined by thousands of documents is not
        sorted again each time it is touched during a load."""
        mids = self._members[eid]
        if eid in self._unordered:
            mids.sort(key=self._order_key)
            self._unordered.discard(eid)
        return mids

    def _primary(self, eid: str) -> dict:
        mids = self._members[eid]
        if eid in self._mentions and eid in mids:
            return self._mentions[eid]
        return self._mentions[self._ordered_members(eid)[0]]

    # ---- fields primitives --------------------------------------------------------------------
    def _require_event(self, eid: str) -> None:
        if eid not in self._members:
            raise WorkspaceError(f"no such event: {eid}")

    def _set_fields(self, eid: str, changes: dict) -> dict | None:
        old = self._fields.get(eid)
        new = dict(old or {})
        for k, v in changes.items():
            if v is None or v is False or v == () or v == [] or v == "":
                new.pop(k, None)
            else:
                new[k] = v
        self._replace_fields(eid, new or None)
        return old

    def _replace_fields(self, eid: str, fields: dict | None) -> dict | None:
        old = self._fields.get(eid)
        if fields:
            self._fields[eid] = dict(fields)
        else:
            self._fields.pop(eid, None)
        self._touch(eid)
        return old

    def _insert_added(self, did: str, row: dict) -> None:
        st = self._docs[did]
        r = dict(row)
        self._mentions[r["mention_id"]] = r
        self._group_of[r["mention_id"]] = r["mention_id"]
        self._auto_event[r["mention_id"]] = r["mention_id"]
        st.mention_ids.append(r["mention_id"])
        st.mention_ids.sort(key=lambda m: self._mentions[m]["start_char"])
        self._unsaved_mentions.add(r["mention_id"])
        self._place(r["mention_id"])

    def _remove_added(self, mid: str) -> None:
        r = self._mentions[mid]
        self._unplace(mid)
        del self._mentions[mid]
        self._group_of.pop(mid, None)
        self._auto_event.pop(mid, None)
        self._docs[r["doc_id"]].mention_ids.remove(mid)
        self._unsaved_mentions.add(mid)

    # ---- commands -----------------------------------------------------------------------------
    def execute(self, cmd: Command) -> Change | None:
        """Run an edit and put it on the undo stack (or hand it to ``command_hook``)."""
        if self.command_hook is not None:
            self.command_hook(cmd)
            return None
        ch = self.apply(cmd)
        self._undo.append(cmd)
        self._redo.clear()
        return ch

    def apply(self, cmd: Command, kind: str = "edit") -> Change:
        """Run ``cmd.do`` and tell the listeners (no undo stack: for a window's own stack)."""
        self._begin()
        try:
            cmd.do(self)
        except Exception:
            self._end(kind, cmd.text)   # do() checks before changing anything; views still hear
            raise
        return self._end(kind, cmd.text)

    def revert(self, cmd: Command, kind: str = "undo") -> Change:
        """Run ``cmd.undo`` and tell the listeners."""
        self._begin()
        cmd.undo(self)
        return self._end(kind, cmd.text)

    @property
    def modified(self) -> bool:
        """Changes since the last save into the project (autosave into the project counts)."""
        return self.revision != self.saved_revision

    def can_undo(self) -> bool:
        return bool(self._undo)

    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo_text(self) -> str:
        return self._undo[-1].text if self._undo else ""

    def redo_text(self) -> str:
        return self._redo[-1].text if self._redo else ""

    def undo(self) -> Change | None:
        if not self._undo:
            return None
        cmd = self._undo.pop()
        ch = self.revert(cmd)
        self._redo.append(cmd)
        return ch

    def redo(self) -> Change | None:
        if not self._redo:
            return None
        cmd = self._redo.pop()
        ch = self.apply(cmd, "redo")
        self._undo.append(cmd)
        return ch

    # ---- edits (each one undoable) ------------------------------------------------------------
    def delete(self, event_id: str) -> Change | None:
        return self.execute(SetFields(event_id, {"deleted": True}, "Delete event"))

    def restore(self, event_id: str) -> Change | None:
        return self.execute(SetFields(event_id, {"deleted": False}, "Restore event"))

    def confirm(self, event_id: str, confirmed: bool = True) -> Change | None:
        return self.execute(SetFields(event_id, {"confirmed": confirmed}, "Confirm event"))

    def set_headline(self, event_id: str, headline: str | None) -> Change | None:
        """A new headline (None or "" puts the automatic one back)."""
        return self.execute(SetFields(event_id, {"headline": (headline or "").strip()}, "Edit headline"))

    def set_note(self, event_id: str, note: str) -> Change | None:
        return self.execute(SetFields(event_id, {"note": note or ""}, "Edit note"))

    def set_tags(self, event_id: str, tags: Iterable[str]) -> Change | None:
        clean = list(dict.fromkeys(t.strip() for t in tags if t and t.strip()))
        return self.execute(SetFields(event_id, {"tags": clean}, "Set tags"))

    def set_starred(self, event_id: str, starred: bool = True) -> Change | None:
        return self.execute(SetFields(event_id, {"starred": bool(starred)}, "Star event" if starred else "Unstar event"))

    def set_when(self, event_id: str, value=None, *, start=None, end=None) -> Change | None:
        """Correct the date: an ISO date or datetime, ``2022-09``, ``2022-W36``, a TIMEX3 value,
        words read against the document's reference date, or ``start=`` and ``end=``. ``None``
        (without start/end) puts the tagger's date back."""
        self._require_event(event_id)
        if value is None and start is None and end is None:
            return self.execute(SetFields(event_id, {"when": None}, "Reset date"))
        ref = self._primary(event_id).get("reference_date") or None
        ref = date.fromisoformat(ref) if isinstance(ref, str) and ref else ref
        w = parse_when((start, end) if value is None else value, ref)
        return self.execute(SetFields(event_id, {"when": w.as_dict()}, "Change date"))

    def add_event(self, document, start_char: int, end_char: int, when=None, headline: str | None = None) -> str:
        """A new event from a selection ``text[start_char:end_char]`` of a document; ``when`` as
        for ``set_when`` (default: the selection read as a date, else undated). Returns its id."""
        did = self.doc_id(document)
        doc = self._docs[did].document
        text = doc.text
        if not (0 <= start_char < end_char <= len(text)):
            raise WorkspaceError(f"selection {start_char}..{end_char} is outside the document "
                                 f"(0..{len(text)})")
        expr = text[start_char:end_char]
        from timeline_app.temporal.sentences import split_sentences

        sents = split_sentences(text) or [(0, len(text))]   # linear in the document; an edit is rare
        i = max(0, bisect_right([s for s, _ in sents], start_char) - 1)
        s0, s1 = sents[i]
        w = None
        if when is not None:
            w = parse_when(when, doc.reference_date)
        else:
            try:
                w = parse_when(expr, doc.reference_date)
            except ValueError:
                w = None
        mid = mention_id_for(did, start_char, end_char, expr)
        row = {
            "mention_id": mid, "doc_id": did, "document": doc.path, "sentence_index": i, "sentence": text[s0:s1],
            "expression": expr, "start_char": start_char, "end_char": end_char,
            "timex_type": w.timex_type if w else "", "timex_value": w.timex_value if w else "",
            "start": w.start if w else None, "end": w.end if w else None, "granularity": w.granularity if w else "",
            "explanation": "added by you", "rule": "added", "mod": "", "sentence_start": s0, "sentence_end": s1,
            "reference_date": doc.reference_date.isoformat() if doc.reference_date else "", "added": True,
        }
        h, c0, c1 = _headlines.headline(text, (s0, s1), (start_char, end_char))
        row.update(headline=h, clause_start=c0, clause_end=c1)
        fields = {"headline": headline.strip()} if headline and headline.strip() else {}
        self.execute(AddEvent(did, row, fields))
        return mid

    def merge(self, event_ids: Iterable[str]) -> Change | None:
        return self.execute(Merge(list(event_ids)))

    def split(self, event_id: str) -> Change | None:
        return self.execute(Split(event_id))

    # ---- reading ------------------------------------------------------------------------------
    def event_ids(self) -> list[str]:
        return list(self._members)

    def mentions_of(self, event_id: str) -> list[dict]:
        """The event's mentions (document, sentence, offsets, expression, explanation...), in order."""
        self._require_event(event_id)
        return [dict(self._mentions[m]) for m in self._ordered_members(event_id)]

    def fields_of(self, event_id: str) -> dict:
        return dict(self._fields.get(event_id, {}))

    def event(self, event_id: str) -> dict:
        """One event as a dict (the ``ws.events`` row)."""
        self._require_event(event_id)
        return self._event_row(event_id)

    def _event_row(self, eid: str) -> dict:
        return dict(zip(FRAME_COLUMNS, self._event_values(eid)))

    def _event_values(self, eid: str) -> tuple:
        """An event's ``ws.events`` row as a tuple in FRAME_COLUMNS order (a whole rebuild makes
        tens of thousands: no dict each, no sort for the common one-mention event)."""
        mids = self._ordered_members(eid)
        # (an event joined by thousands of documents is touched by each batch of a load: the loops
        # over its mentions below run in C -- map, filter -- and its own id is mostly its first)
        p = self._mentions[eid] if eid in self._mentions and (mids[0] == eid or eid in mids) else self._mentions[mids[0]]
        f = self._fields.get(eid, {})
        w = f.get("when")
        start, end = p["start"], p["end"]
        value, gran, ttype = p["timex_value"], p["granularity"], p["timex_type"]
        if w:
            start = datetime.fromisoformat(w["start"]) if w.get("start") else None
            end = datetime.fromisoformat(w["end"]) if w.get("end") else None
            value, gran, ttype = w["timex_value"], w.get("granularity", ""), w.get("timex_type") or ttype
        if f.get("deleted"):
            status = "deleted"
        elif f.get("added") or p.get("added"):
            status = "added"
        elif f.get("headline") or w or f.get("merged"):
            status = "edited"
        elif f.get("confirmed"):
            status = "confirmed"
        else:
            status = "auto"
        mentions, suggest, user, auto = self._mentions, self._suggest, self._user_event, self._auto_event
        docs = (p["document"],) if len(mids) == 1 else self._documents_of(eid, mids)
        sugg = set()
        for s in filter(None, map(suggest.get, mids)):
            for o in s:
                if o in mentions:
                    oe = user.get(o) or auto[o]      # _event_of, inline
                    if oe != eid:
                        sugg.add(oe)
        return (eid, f.get("headline") or p.get("headline", ""), start, end, gran, value, ttype,
                status, tuple(f.get("tags", ())), f.get("note", ""), bool(f.get("starred")), docs, len(docs),
                len(mids), len(sugg), p["document"], p["sentence_index"], p["sentence"], p["expression"],
                p["start_char"], p["end_char"], p["explanation"], p["rule"], p["mod"], p["sentence_start"],
                p["sentence_end"], p["reference_date"], self._docs[p["doc_id"]].index, tuple(mids))

    def _documents_of(self, eid: str, mids: list[str]) -> tuple:
        """An event's documents in mention order, each once. Kept per event as its mentions are
        placed (``_place`` adds a document while they come in order; anything else drops it), so
        an event joined by thousands of documents does not go over all its mentions again each
        time a load's batch adds one."""
        docs = self._event_docs.get(eid)
        if docs is None:
            docs = self._event_docs[eid] = dict.fromkeys(map(_DOCUMENT, map(self._mentions.__getitem__, mids)))
        return tuple(docs)

    @property
    def events(self) -> pd.DataFrame:
        """One row per event (deleted ones too, with status "deleted"), in document then text
        order, indexed by event_id. Rebuilt only for the events that changed since last read:
        rows changed in place are set again and new events at the end (a load's new documents)
        appended, without sorting or rebuilding the rest; see ``events_since`` for what changed.
        Treat it as read-only (``.copy()`` to change it): a frame made by appending rows
        (``_Columns``) is made of read-only views and never changes once read."""
        if self._frame is None:
            self._rebuild_frame()
        elif self._frame_dirty or self._staged:
            dirty, staged = self._frame_dirty, self._staged
            with gc_paused():
                rows = [v for e, v in staged.items() if e not in dirty]    # (those changed since: made again)
                rows += [self._event_values(e) for e in dirty if e in self._members]
            if staged:
                dirty = dirty | staged.keys()
                self._staged = {}
            step = self._put_rows(rows, dirty)
            if step is not None:
                n_before = len(self._frame)
                self._frame, positions = step
                self._new_frame_version((positions, n_before))
                self._frame_dirty = set()
                self._dirty_old = set()
                return self._frame
            with gc_paused():
                fresh = _frame(rows)
            step = _rows_in_place_and_appended(self._frame, fresh, dirty)
            if step is not None:
                n_before = len(self._frame)
                self._frame, positions = step
                self._new_frame_version((positions, n_before))
            elif len(dirty) > max(1000, len(self._members) // 4):
                self._rebuild_frame()
            else:   # events removed or moved: the general way
                keep = self._frame[~self._frame.index.isin(dirty)]
                parts = [x for x in (keep, fresh) if len(x)]
                df = pd.concat(parts) if len(parts) > 1 else (parts[0] if parts else _frame([]))
                if df.index.dtype != object:    # concat infers a string index; the frame's is object
                    df.index = df.index.astype(object)
                self._frame = df.sort_values(["doc_index", "start_char"], kind="stable")
                self._new_frame_version(None)
        self._frame_dirty = set()
        self._dirty_old = set()
        return self._frame

    @property
    def frame_pending(self) -> bool:
        """Whether reading ``events`` now has rows to make or put in (else it is the frame as read)."""
        return self._frame is None or bool(self._frame_dirty) or bool(self._staged)

    def _put_rows(self, rows: list[tuple], dirty) -> tuple | None:
        """``_rows_in_place_and_appended`` on the frame's growable columns (``_Columns``): rows of
        events already in the frame set again at their place, new ones appended, the frame made
        anew as views of the columns -- no copy of the whole frame, no frame made of the rows first.
        None when that does not apply (an event removed or moved, the frame empty, a value the
        column's dtype does not take): the caller goes the general way."""
        cols = self._cols
        if cols is None or cols.frame is not self._frame:
            cols = self._cols = _Columns.of(self._frame)
            if cols is None:
                return None
        step = cols.put(rows, dirty)
        if step is None:
            self._cols = None
        return step

    def _in_frame(self, eid: str) -> bool:
        cols = self._cols
        if cols is not None and cols.frame is self._frame:
            return eid in cols.pos
        return eid in self._frame.index

    def stage_events(self, changed: bool = False, limit: int | None = None) -> int:
        """Make ahead the ``events`` rows (tuples) of the events new since the frame was last read
        (the documents a load has just added) -- with ``changed``, of the frame's events changed
        since as well; at most ``limit`` of them. The next read of ``events`` then only puts them
        into the frame, instead of making every row at once: a load's window spreads that work
        over turns of its event loop. An event changed after it was staged is made again at the
        read. Returns the number of rows made."""
        if self._frame is None or not self._frame_dirty:
            return 0
        in_frame, members, old = self._in_frame, self._members, self._dirty_old
        todo = self._frame_dirty if changed or not old else self._frame_dirty - old   # (each id looked up once)
        new = []
        for e in todo:
            if e not in members:
                continue
            if in_frame(e):
                old.add(e)
                if not changed:
                    continue
            new.append(e)
            if limit is not None and len(new) >= limit:
                break
        staged = self._staged
        for e in new:
            staged[e] = self._event_values(e)
        self._frame_dirty.difference_update(new)
        return len(new)

    def _rebuild_frame(self) -> None:
        self._staged = {}
        with gc_paused():
            self._frame = _frame([self._event_values(e) for e in self._members]).sort_values(
                ["doc_index", "start_char"], kind="stable")
        self._new_frame_version(None)

    def _new_frame_version(self, delta) -> None:
        self._frame_version += 1
        if delta is None:
            self._frame_log.clear()
        else:
            self._frame_log.append((self._frame_version, *delta))

    @property
    def frame_version(self) -> int:
        """Counts the changes of ``events`` (read it first: reading brings the frame up to date)."""
        return self._frame_version

    def events_since(self, version: int) -> tuple[pd.DataFrame, int, tuple | None]:
        """``(events, its version, what changed)``: what changed since the frame of ``version`` is
        ``(positions, first_new)`` -- the row positions (below ``first_new``) set again in place,
        and rows from ``first_new`` on new -- when nothing was removed or moved since (a load
        appending documents, an edit of fields); else None: take the frame whole. Lets a view
        update only those rows."""
        events = self.events
        if version == self._frame_version:
            return events, version, (np.empty(0, dtype=np.int64), len(events))
        steps = [s for s in self._frame_log if s[0] > version]
        if not steps or steps[0][0] != version + 1:
            return events, self._frame_version, None
        first_new = steps[0][2]
        pos = np.unique(np.concatenate([s[1] for s in steps]))
        return events, self._frame_version, (pos[pos < first_new], first_new)

    def all_tags(self) -> list[str]:
        """Every tag in use (tags are the user's: only edited events have them), sorted."""
        return sorted({t for e, f in self._fields.items() if e in self._members for t in f.get("tags", ())},
                      key=str.lower)

    @property
    def mentions(self) -> pd.DataFrame:
        """One row per mention, with the event it belongs to (the "one item per mention" view)."""
        rows = []
        for st in self._docs.values():
            for m in st.mention_ids:
                r = self._mentions[m]
                rows.append({**{c: r.get(c) for c in EVENT_COLUMNS}, "mention_id": m, "event_id": self._event_of(m),
                             "doc_id": st.doc_id, "headline": r.get("headline", "")})
        df = pd.DataFrame.from_records(rows, columns=MENTION_COLUMNS)
        df["start"] = pd.to_datetime(df["start"])
        df["end"] = pd.to_datetime(df["end"])
        return df

    def curated(self) -> pd.DataFrame:
        """The events a user keeps: deleted ones left out."""
        df = self.events
        return df[df["status"] != "deleted"]

    def export_frame(self) -> pd.DataFrame:
        """The curated events as the CSV writer takes them (``CURATED_COLUMNS``): deleted ones left
        out, corrected dates and headlines; tags and sources joined with "; ", starred true/false."""
        df = self.curated().copy()
        df["tags"] = df["tags"].map("; ".join)
        df["sources"] = df["sources"].map("; ".join)
        df["starred"] = df["starred"].map(lambda b: "true" if b else "false")
        return df[CURATED_COLUMNS]

    def suggestions(self, include_deleted: bool = False) -> list[Suggestion]:
        """Events of different documents that may be one happening (not merged automatically),
        grouped: each suggestion lists the events, best score first."""
        seen: set[str] = set()
        out = []
        for gid, nbrs in self._suggest.items():
            if gid not in self._mentions:
                continue
            e0 = self._event_of(gid)
            if e0 in seen:
                continue
            comp, stack, best = {e0}, [gid], 0.0
            while stack:
                m = stack.pop()
                for o, sc in self._suggest.get(m, {}).items():
                    if o in self._mentions:
                        eo = self._event_of(o)
                        if eo != e0 or o not in comp:
                            best = max(best, sc)
                        if eo not in comp:
                            comp.add(eo)
                            stack.append(o)
            seen |= comp
            if not include_deleted:
                comp = {e for e in comp if not self._fields.get(e, {}).get("deleted")}
            if len(comp) > 1:
                out.append(Suggestion(tuple(self._ordered_events(comp)), best))
        out.sort(key=lambda s: -s.score)
        return out

    def _ordered_events(self, eids) -> list[str]:
        return sorted(eids, key=lambda e: (self._docs[self._primary(e)["doc_id"]].index, self._primary(e)["start_char"]))

    def search(self, words: str, limit: int = 200) -> list[dict]:
        """Sentences holding all ``words`` in every document: dicts with document, doc_id,
        sentence_index, start, end (the sentence's offsets) and snippet."""
        from timeline_app.core.project import search

        return search(self, words, limit)


# ---- helpers ------------------------------------------------------------------------------------
def _placed(r: dict) -> bool:
    s = r.get("start")
    return s is not None and not (isinstance(s, float) or s is pd.NaT) and bool(r.get("granularity"))


def _frame(rows: list) -> pd.DataFrame:
    """``ws.events`` from rows: tuples in FRAME_COLUMNS order (``_event_values``) or dicts."""
    df = pd.DataFrame.from_records(rows, columns=FRAME_COLUMNS)
    df["start"] = pd.to_datetime(df["start"])
    df["end"] = pd.to_datetime(df["end"])
    df.index = pd.Index(df["event_id"].tolist(), name=None, dtype="object")
    for c in ("sentence_index", "start_char", "end_char", "sentence_start", "sentence_end", "doc_index",
              "n_sources", "n_mentions", "suggested"):
        df[c] = df[c].astype("int64")
    df["starred"] = df["starred"].astype(bool)
    return df


def _same(before: np.ndarray, now: np.ndarray) -> bool:
    """Whether a column's values at some rows are unchanged (element by element)."""
    same = before == now
    if not isinstance(same, np.ndarray):    # (object arrays of tuples compare whole)
        same = np.fromiter((a == b for a, b in zip(before.tolist(), now.tolist())), dtype=bool, count=len(now))
    return bool(same.all())


_DOC_INDEX, _START_CHAR = FRAME_COLUMNS.index("doc_index"), FRAME_COLUMNS.index("start_char")
_DATETIME_TYPES, _INT_TYPES, _STR_TYPES = {datetime, type(None)}, {int, bool, np.int64, np.bool_}, {str, type(None)}
_TZINFO = attrgetter("tzinfo")


class _Columns:
    """The columns of ``ws.events`` in arrays with room to grow, so that a load's update appends
    its rows and sets the changed ones again without copying the whole frame (pandas' concat
    copied all 29 columns at every update, and a frame was made of the new rows first: together
    ~60 ms of the window's GUI thread per update at 40,000 events). The frame handed out is made
    of read-only views of the arrays' first ``n`` rows: rows appended later lie beyond every frame
    handed out, and a column with a row set again is copied first (copy on write), so a frame once
    read never changes. Memory: at most twice the frame's columns (capacity doubles when full)."""

    def __init__(self, frame: pd.DataFrame, kinds: dict, arrays: dict, ids: np.ndarray):
        self.frame, self.kinds, self.arrays, self.ids = frame, kinds, arrays, ids
        self.n = len(frame)
        self.pos = dict(zip(frame.index.tolist(), range(self.n)))
        self.exported = set(arrays)       # columns whose array a frame handed out views

    @classmethod
    def of(cls, frame: pd.DataFrame) -> "_Columns | None":
        """The columns of ``frame`` (made whole or by the general way), or None when a column's
        dtype is not one this handles (then the general way goes on)."""
        n = len(frame)
        if not n or list(frame.columns) != FRAME_COLUMNS or frame.index.dtype != object:
            return None
        cap = max(1024, 2 * n)
        kinds, arrays = {}, {}
        for c in FRAME_COLUMNS:
            s = frame[c]
            dt = s.dtype
            if isinstance(dt, np.dtype) and dt.kind in "OiMb":
                arr = np.empty(cap, dtype=dt)
                arr[:n] = s.to_numpy()
                kinds[c] = dt.kind
            elif isinstance(dt, pd.StringDtype) and dt.storage == "python" and hasattr(s.array, "_from_backing_data"):
                arr = np.empty(cap, dtype=object)
                arr[:n] = s.array._ndarray
                kinds[c] = ("str", s.array)
            else:
                return None
            arrays[c] = arr
        ids = np.empty(cap, dtype=object)
        ids[:n] = frame.index.to_numpy()
        return cls(frame, kinds, arrays, ids)

    def _values(self, c: str, values: tuple) -> np.ndarray | None:
        """A column's values as an array of the column's dtype; None when one does not fit."""
        kind = self.kinds[c]
        if kind == "O":
            return np.fromiter(values, dtype=object, count=len(values))    # (tuples stay whole)
        types = set(map(type, values))     # (in C: a load's update checks ~60,000 values)
        if kind == "M":      # naive datetimes or None (NaT), as pd.to_datetime made them
            if not types <= _DATETIME_TYPES or any(map(_TZINFO, filter(None, values))):
                return None
            # each distinct datetime converted once (numpy reads a datetime object in ~3 us; a
            # load's update has ~4,000 of them, most repeated: events share their dates)
            distinct = dict.fromkeys(values)
            if 2 * len(distinct) > len(values):
                return np.array(values, dtype=self.arrays[c].dtype)
            made = np.array(list(distinct), dtype=self.arrays[c].dtype)
            for i, v in enumerate(distinct):
                distinct[v] = i
            return made[np.fromiter(map(distinct.__getitem__, values), dtype=np.int64, count=len(values))]
        if kind in ("i", "b"):
            if not types <= _INT_TYPES:
                return None
            return np.array(values, dtype=self.arrays[c].dtype)
        if not types <= _STR_TYPES:        # str: text, or None for the column's missing value
            return None
        out = np.fromiter(values, dtype=object, count=len(values))
        if type(None) in types:
            out[np.equal(out, None)] = kind[1].dtype.na_value
        return out

    def put(self, rows: list[tuple], dirty) -> tuple | None:
        """See ``Workspace._put_rows``: ``(new frame, positions set again)`` or None."""
        pos, n = self.pos, self.n
        if len(rows) < len(dirty):
            ids = {r[0] for r in rows}
            if any(e in pos for e in dirty if e not in ids):
                return None      # an event removed (merged, document taken out)
        old_rows, old_pos, new_rows = [], [], []
        for r in rows:
            p = pos.get(r[0])
            if p is None:
                new_rows.append(r)
            else:
                old_pos.append(p)
                old_rows.append(r)
        doc, sc = self.arrays["doc_index"], self.arrays["start_char"]
        for p, r in zip(old_pos, old_rows):
            if doc[p] != r[_DOC_INDEX] or sc[p] != r[_START_CHAR]:
                return None      # an event's first mention changed: it may move
        new_rows.sort(key=itemgetter(_DOC_INDEX, _START_CHAR))    # (stable, as sort_values was)
        if new_rows and (new_rows[0][_DOC_INDEX], new_rows[0][_START_CHAR]) < (int(doc[n - 1]), int(sc[n - 1])):
            return None          # a new event among the existing ones
        k = len(new_rows)
        upd = dict(zip(FRAME_COLUMNS, zip(*old_rows))) if old_rows else {}
        add = dict(zip(FRAME_COLUMNS, zip(*new_rows))) if new_rows else {}
        # every value converted before anything changes (None: the general way, nothing touched)
        upd = {c: self._values(c, v) for c, v in upd.items()}
        add = {c: self._values(c, v) for c, v in add.items()}
        if any(v is None for v in upd.values()) or any(v is None for v in add.values()):
            return None
        positions = np.asarray(old_pos, dtype=np.int64)
        if n + k > len(self.ids):            # room for the new rows: capacity doubled
            cap = max(2 * len(self.ids), n + k)
            for c, arr in list(self.arrays.items()):
                grown = np.empty(cap, dtype=arr.dtype)
                grown[:n] = arr[:n]
                self.arrays[c] = grown
            ids = np.empty(cap, dtype=object)
            ids[:n] = self.ids[:n]
            self.ids = ids
            self.exported = set()
        for c, now in upd.items():
            arr = self.arrays[c]
            if _same(arr[positions], now):
                continue
            if c in self.exported:           # a frame handed out views it: copy on write
                arr = self.arrays[c] = arr.copy()
                self.exported.discard(c)
            arr[positions] = now
        for c, vals in add.items():
            self.arrays[c][n:n + k] = vals
        if k:
            self.ids[n:n + k] = add["event_id"]
            for i, e in enumerate(add["event_id"].tolist(), n):
                pos[e] = i
        self.n = n = n + k
        self.frame = self._view(n)
        return self.frame, positions

    def _view(self, n: int) -> pd.DataFrame:
        data = {}
        for c in FRAME_COLUMNS:
            v = self.arrays[c][:n]
            v.flags.writeable = False
            kind = self.kinds[c]
            data[c] = kind[1]._from_backing_data(v) if isinstance(kind, tuple) else v
        self.exported = set(self.arrays)
        ids = self.ids[:n]
        ids.flags.writeable = False
        return pd.DataFrame(data, index=pd.Index(ids, dtype=object, copy=False), copy=False)


def _rows_in_place_and_appended(frame: pd.DataFrame, fresh: pd.DataFrame, dirty) -> tuple | None:
    """``frame`` with ``fresh``'s rows put in: those already in it set again at their place, the
    others appended -- ``(new frame, positions set again)`` -- when that gives the frame's order
    (document, then place in it) without sorting: no dirty event gone from the frame, none moved,
    the new ones all after the last row. None otherwise. Cost: the columns copied once (C) and
    Python work for the fresh rows only."""
    idx = frame.index
    if len(fresh) < len(dirty):
        if any(e in idx for e in dirty if e not in fresh.index):
            return None      # an event removed (merged, document taken out)
    pos = idx.get_indexer(fresh.index) if len(frame) else np.full(len(fresh), -1, dtype=np.int64)
    old = pos >= 0
    positions = pos[old].astype(np.int64)
    doc, sc = frame["doc_index"].to_numpy(), frame["start_char"].to_numpy()
    fdoc, fsc = fresh["doc_index"].to_numpy(), fresh["start_char"].to_numpy()
    if len(positions) and ((doc[positions] != fdoc[old]).any() or (sc[positions] != fsc[old]).any()):
        return None          # an event's first mention changed: it may move
    new = fresh[~old]
    if len(new):
        new = new.sort_values(["doc_index", "start_char"], kind="stable")
        if len(frame) and (int(new["doc_index"].iat[0]), int(new["start_char"].iat[0])) < (int(doc[-1]), int(sc[-1])):
            return None      # a new event among the existing ones
    out = frame
    if len(positions):
        upd = fresh[old]
        out = frame.copy(deep=False)
        for c in frame.columns:     # only the columns with a value changed are copied
            was = frame[c].to_numpy()
            now = upd[c].to_numpy(dtype=was.dtype)
            if _same(was[positions], now):
                continue
            arr = was.copy()
            arr[positions] = now
            out[c] = pd.Series(arr, index=idx, dtype=frame[c].dtype)
    if len(new):
        out = pd.concat([out, new]) if len(out) else new
        if out.index.dtype != object:    # concat infers a string index; the frame's is object
            out.index = out.index.astype(object)
    return out, positions
