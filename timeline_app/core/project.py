"""Project files (``.timeline``): SQLite used as an application file format. No Qt here.

A project holds the documents (path relative to the project, SHA-256 of the file, reference
date and where it came from, mode, and by default the text itself so the project can be sent),
every mention the tagger found (so a reopen reads events instead of tagging again), the user's
edits anchored to their mention (document, offsets, expression text), the user's merges and
splits, the suggested merges, and a full-text index (FTS5) of the sentences.

* ``save_project(ws, path)`` to a new or other file writes the whole project into a temporary
  file through the app's one atomic writer (``core.atomic``) and renames it into place; saving
  into the project it came from writes only what changed, in one transaction (an autosaved edit
  is a few rows).
* ``open_project(path)`` refuses a foreign, damaged or newer file with one line
  (:class:`ProjectError`), migrates an older schema in place (``PRAGMA user_version``), and
  checks every source file: a missing or changed one keeps its saved events and edits and says
  so (``DocState.status`` / ``message``); ``ws.locate_document`` / ``ws.reload_document`` read
  it again.
* ``autosave(ws)`` saves into the project, or, before there is one, into a recovery file in
  ``recovery_dir()``; ``recovery_files()`` lists those a crashed session left behind.

The schema is documented in the README ("Project files").
"""
from __future__ import annotations

import json
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import date, datetime

from timeline_app.core.atomic import atomic_write
from timeline_app.core.document import Document, LoadError
from timeline_app.core.workspace import DocState, Prepared, Workspace, file_sha256, gc_paused

APP_ID = 0x544C4150            # "TLAP": PRAGMA application_id of every project file
SCHEMA_VERSION = 2
EXTENSION = ".timeline"

# Each step takes a database at version i to i + 1 (index i); a new file runs them all.
_V1 = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents(
    doc_id TEXT PRIMARY KEY, position INTEGER NOT NULL, path TEXT NOT NULL, abs_path TEXT NOT NULL,
    format TEXT NOT NULL, title TEXT NOT NULL, sha256 TEXT NOT NULL, reference_date TEXT,
    reference_source TEXT NOT NULL, mode TEXT NOT NULL, text TEXT, warnings TEXT NOT NULL);
CREATE TABLE mentions(
    mention_id TEXT PRIMARY KEY, doc_id TEXT NOT NULL, start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,
    expression TEXT NOT NULL, sentence_index INTEGER NOT NULL, sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL, sentence TEXT NOT NULL, timex_type TEXT NOT NULL, timex_value TEXT NOT NULL,
    start TEXT, "end" TEXT, granularity TEXT NOT NULL, explanation TEXT NOT NULL, rule TEXT NOT NULL,
    mod TEXT NOT NULL, reference_date TEXT NOT NULL, headline TEXT NOT NULL, clause_start INTEGER NOT NULL,
    clause_end INTEGER NOT NULL, group_id TEXT NOT NULL, auto_event TEXT NOT NULL, added INTEGER NOT NULL);
CREATE INDEX mentions_doc ON mentions(doc_id, start_char);
CREATE TABLE edits(
    event_id TEXT PRIMARY KEY, doc_id TEXT, start_char INTEGER, end_char INTEGER, expression TEXT,
    fields TEXT NOT NULL);
CREATE TABLE assignments(
    mention_id TEXT PRIMARY KEY, event_id TEXT NOT NULL, doc_id TEXT NOT NULL);
CREATE TABLE suggestions(
    a TEXT NOT NULL, a_doc TEXT NOT NULL, b TEXT NOT NULL, b_doc TEXT NOT NULL, score REAL NOT NULL,
    PRIMARY KEY (a, b));
"""
_V2_FTS = """
CREATE VIRTUAL TABLE sentences USING fts5(
    text, doc_id UNINDEXED, sentence_index UNINDEXED, start UNINDEXED, "end" UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2');
"""


def _script(conn: sqlite3.Connection, sql: str) -> None:
    """Run DDL statements one by one (``executescript`` would commit the migration's transaction)."""
    for stmt in sql.split(";"):
        if stmt.strip():
            conn.execute(stmt)


def _to_v1(conn: sqlite3.Connection) -> None:
    _script(conn, _V1)


def _to_v2(conn: sqlite3.Connection) -> None:
    """Version 2 adds the full-text index of the sentences, filled from what version 1 kept."""
    _script(conn, _V2_FTS)
    for did, text in conn.execute("SELECT doc_id, text FROM documents").fetchall():
        _index_sentences(conn, did, text, conn.execute(
            "SELECT DISTINCT sentence_index, sentence_start, sentence_end, sentence FROM mentions WHERE doc_id=?",
            (did,)).fetchall())


MIGRATIONS = [_to_v1, _to_v2]
MENTION_FIELDS = ["mention_id", "doc_id", "start_char", "end_char", "expression", "sentence_index",
                  "sentence_start", "sentence_end", "sentence", "timex_type", "timex_value", "start", "end",
                  "granularity", "explanation", "rule", "mod", "reference_date", "headline", "clause_start",
                  "clause_end", "group_id", "auto_event", "added"]
_MENTION_INSERT = "INSERT OR REPLACE INTO mentions VALUES (%s)" % ",".join("?" * len(MENTION_FIELDS))


class ProjectError(Exception):
    """A project file that cannot be opened or written; ``str()`` is one line naming the file."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path, self.reason = path, reason


@dataclass
class Store:
    """An open project file: its path and connection (kept open for incremental saves)."""

    path: str
    conn: sqlite3.Connection
    include_text: bool = True

    def close(self) -> None:
        try:
            self.conn.close()
        except sqlite3.Error:
            pass


# ---- low-level writing --------------------------------------------------------------------------
def _connect(path: str) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA synchronous = NORMAL")
    return conn


def _migrate(conn: sqlite3.Connection, start: int) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        for v in range(start, SCHEMA_VERSION):
            MIGRATIONS[v](conn)
        conn.execute(f"PRAGMA application_id = {APP_ID}")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _iso(v) -> str | None:
    if v is None or (isinstance(v, float) and v != v):
        return None
    try:
        import pandas as pd

        if v is pd.NaT:
            return None
    except ImportError:   # pragma: no cover
        pass
    return v.isoformat() if hasattr(v, "isoformat") else str(v)


def _rel(path: str, base: str) -> str:
    try:
        return os.path.relpath(os.path.abspath(path), base)
    except ValueError:   # another drive (Windows)
        return os.path.abspath(path)


def _index_sentences(conn, did: str, text: str | None, fallback) -> None:
    """FTS rows for a document's sentences: from its text, else from the sentences its mentions keep."""
    if text:
        from timeline_app.temporal.sentences import split_sentences

        spans = split_sentences(text)
        conn.executemany('INSERT INTO sentences(text, doc_id, sentence_index, start, "end") VALUES (?,?,?,?,?)',
                         ((text[s:e], did, i, s, e) for i, (s, e) in enumerate(spans)))
    else:
        conn.executemany('INSERT INTO sentences(text, doc_id, sentence_index, start, "end") VALUES (?,?,?,?,?)',
                         ((sent, did, i, s, e) for i, s, e, sent in fallback))


def _mention_tuple(ws: Workspace, r: dict) -> tuple:
    mid = r["mention_id"]
    return (mid, r["doc_id"], r["start_char"], r["end_char"], r["expression"], r["sentence_index"],
            r["sentence_start"], r["sentence_end"], r["sentence"], r["timex_type"] or "", r["timex_value"] or "",
            _iso(r["start"]), _iso(r["end"]), r["granularity"] or "", r["explanation"] or "", r["rule"] or "",
            r["mod"] or "", r["reference_date"] or "", r.get("headline", ""), r.get("clause_start", 0),
            r.get("clause_end", 0), ws._group_of.get(mid, mid), ws._auto_event.get(mid, mid),
            1 if r.get("added") else 0)


def _write_document(conn, ws: Workspace, st: DocState, base: str, include_text: bool) -> None:
    d = st.document
    if not st.sha256 and os.path.isfile(d.path):
        st.sha256 = file_sha256(d.path)
    conn.execute("INSERT OR REPLACE INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", (
        st.doc_id, st.index, _rel(d.path, base), os.path.abspath(d.path), d.format or "", d.title or "",
        st.sha256, d.reference_date.isoformat() if d.reference_date else None, d.reference_source or "",
        st.mode, d.text if include_text else None, json.dumps(list(d.warnings or []))))
    rows = [ws._mentions[m] for m in st.mention_ids]
    conn.executemany(_MENTION_INSERT, (_mention_tuple(ws, r) for r in rows))
    if include_text:
        _index_sentences(conn, st.doc_id, d.text, ())
    else:
        seen = {}
        for r in rows:
            seen.setdefault(r["sentence_index"], (r["sentence_index"], r["sentence_start"], r["sentence_end"],
                                                   r["sentence"]))
        _index_sentences(conn, st.doc_id, None, seen.values())
    pairs = []
    for m in st.mention_ids:
        for o, score in ws._suggest.get(m, {}).items():
            if o in ws._mentions:
                pairs.append((m, st.doc_id, o, ws._mentions[o]["doc_id"], float(score)))
    conn.executemany("INSERT OR REPLACE INTO suggestions VALUES (?,?,?,?,?)", pairs)


def _delete_document(conn, did: str) -> None:
    conn.execute("DELETE FROM documents WHERE doc_id=?", (did,))
    conn.execute("DELETE FROM mentions WHERE doc_id=?", (did,))
    conn.execute("DELETE FROM sentences WHERE doc_id=?", (did,))
    conn.execute("DELETE FROM suggestions WHERE a_doc=? OR b_doc=?", (did, did))


def _write_edit(conn, ws: Workspace, eid: str) -> None:
    conn.execute("DELETE FROM edits WHERE event_id=?", (eid,))
    f = ws._fields.get(eid)
    if not f:
        return
    anchor = ws._mentions.get(eid)
    if anchor is None and eid in ws._members:
        anchor = ws._primary(eid)
    if anchor is None:
        anchor = ws._lost_anchors.get(eid, {})
    conn.execute("INSERT INTO edits VALUES (?,?,?,?,?,?)", (
        eid, anchor.get("doc_id"), anchor.get("start_char"), anchor.get("end_char"), anchor.get("expression"),
        json.dumps(f, sort_keys=True, default=str)))


def _write_assignment(conn, ws: Workspace, mid: str) -> None:
    conn.execute("DELETE FROM assignments WHERE mention_id=?", (mid,))
    eid = ws._user_event.get(mid)
    if eid is not None:
        doc = ws._mentions[mid]["doc_id"] if mid in ws._mentions else ""
        conn.execute("INSERT INTO assignments VALUES (?,?,?)", (mid, eid, doc))


def _write_meta(conn, ws: Workspace, include_text: bool) -> None:
    meta = {"app": "timeline_app", "saved": datetime.now().isoformat(timespec="seconds"), "mode": ws.mode,
            "reference_date": ws.reference_date.isoformat() if ws.reference_date else "",
            "include_text": "1" if include_text else "0", "pid": str(os.getpid())}
    conn.executemany("INSERT OR REPLACE INTO meta VALUES (?,?)", meta.items())


def _write_full(ws: Workspace, file: str, base: str, include_text: bool) -> None:
    conn = _connect(file)
    try:
        _migrate(conn, 0)
        conn.execute("BEGIN IMMEDIATE")
        _write_meta(conn, ws, include_text)
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('created', ?)", (datetime.now().isoformat(timespec="seconds"),))
        for st in ws._docs.values():
            _write_document(conn, ws, st, base, include_text)
        for eid in ws._fields:
            _write_edit(conn, ws, eid)
        conn.executemany("INSERT INTO assignments VALUES (?,?,?)", (
            (m, e, ws._mentions[m]["doc_id"] if m in ws._mentions else "") for m, e in ws._user_event.items()))
        conn.execute("COMMIT")
    finally:
        conn.close()


def _write_incremental(ws: Workspace, store: Store) -> None:
    conn = store.conn
    base = os.path.dirname(store.path)
    conn.execute("BEGIN IMMEDIATE")
    try:
        docs = set(ws._unsaved_docs)
        for did in docs:
            _delete_document(conn, did)
            if did in ws._docs:
                _write_document(conn, ws, ws._docs[did], base, store.include_text)
        for mid in ws._unsaved_mentions:
            _write_assignment(conn, ws, mid)
            r = ws._mentions.get(mid)
            if r is not None and r["doc_id"] in docs:
                continue
            if r is None:
                conn.execute("DELETE FROM mentions WHERE mention_id=?", (mid,))
            elif r.get("added"):
                conn.execute(_MENTION_INSERT, _mention_tuple(ws, r))
        for eid in ws._unsaved_events:
            _write_edit(conn, ws, eid)
        _write_meta(conn, ws, store.include_text)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _mark_saved(ws: Workspace) -> None:
    ws._unsaved_docs.clear()
    ws._unsaved_events.clear()
    ws._unsaved_mentions.clear()
    ws.saved_revision = ws.revision
    ws._search_mem = None     # the project's index now covers every document


# ---- saving -------------------------------------------------------------------------------------
def save_project(ws: Workspace, path: str | None = None, include_text: bool = True) -> str:
    """Save ``ws`` (see the module doc); returns the project's path. ProjectError if it cannot."""
    if path is None:
        if ws.store is None:
            raise ProjectError("(untitled)", "no project file yet: give a path to save to")
        path = ws.store.path
    target = os.path.abspath(os.fspath(path))
    try:
        if ws.store is not None and ws.store.path == target:
            _write_incremental(ws, ws.store)
        else:
            with gc_paused():
                atomic_write(target, lambda tmp: _write_full(ws, tmp, os.path.dirname(target), include_text))
            if ws.store is not None:
                ws.store.close()
            ws.store = Store(target, _connect(target), include_text)
            # documents now live at paths relative to the new project
    except OSError as e:
        raise ProjectError(target, f"cannot write ({e.strerror or e})") from None
    except sqlite3.Error as e:
        raise ProjectError(target, f"cannot write ({e})") from None
    ws.path = target
    _mark_saved(ws)
    discard_recovery(ws)
    return target


# ---- opening ------------------------------------------------------------------------------------
def _check_file(path: str) -> None:
    try:
        with open(path, "rb") as f:
            head = f.read(100)
    except FileNotFoundError:
        raise ProjectError(path, "no such file") from None
    except IsADirectoryError:
        raise ProjectError(path, "is a folder, not a project file") from None
    except OSError as e:
        raise ProjectError(path, f"cannot read it ({e.strerror or e})") from None
    if not head.startswith(b"SQLite format 3\x00"):
        raise ProjectError(path, "not a timeline project (not an SQLite database file)")
    if len(head) < 100:
        raise ProjectError(path, "damaged project file (shorter than its own header)")


def connect_checked(path: str) -> tuple[sqlite3.Connection, int]:
    """Open a project file read-write after checking it is one: ``(conn, schema version)``."""
    _check_file(path)
    try:
        conn = _connect(path)
        app = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as e:
        raise ProjectError(path, f"damaged project file ({e})") from None
    if app != APP_ID:
        conn.close()
        raise ProjectError(path, "not a timeline project (an SQLite database of another application)")
    if version > SCHEMA_VERSION:
        conn.close()
        raise ProjectError(path, f"made by a newer timeline_app (project format {version}; this version reads "
                                 f"up to {SCHEMA_VERSION}): update the app to open it")
    return conn, version


def open_project(path: str, check_sources: bool = True) -> Workspace:
    """Read a project file into a new Workspace (no re-tagging). ProjectError if it is not one."""
    path = os.path.abspath(os.fspath(path))
    conn, version = connect_checked(path)
    try:
        if version < SCHEMA_VERSION:
            _migrate(conn, version)
        with gc_paused():
            ws = _read(conn, path)
    except sqlite3.DatabaseError as e:
        conn.close()
        raise ProjectError(path, f"damaged project file ({e})") from None
    except (KeyError, ValueError, TypeError) as e:
        conn.close()
        raise ProjectError(path, f"damaged project file (unexpected content: {e})") from None
    ws.store = Store(path, conn, ws._meta.get("include_text", "1") == "1")
    ws.path = path
    _mark_saved(ws)
    if check_sources:
        ws.check_sources()
    return ws


def _read(conn: sqlite3.Connection, path: str) -> Workspace:
    base = os.path.dirname(path)
    meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    if meta.get("app") != "timeline_app":
        raise ValueError("no app record")
    ws = Workspace(mode=meta.get("mode") or "auto",
                   reference_date=date.fromisoformat(meta["reference_date"]) if meta.get("reference_date") else None)
    ws._meta = meta
    for mid, eid in conn.execute("SELECT mention_id, event_id FROM assignments"):
        ws._user_event[mid] = eid
    by_doc: dict[str, list[dict]] = {}
    cols = ", ".join(f'"{c}"' for c in MENTION_FIELDS)
    for t in conn.execute(f"SELECT {cols} FROM mentions ORDER BY doc_id, start_char"):
        r = dict(zip(MENTION_FIELDS, t))
        r["start"] = datetime.fromisoformat(r["start"]) if r["start"] else None
        r["end"] = datetime.fromisoformat(r["end"]) if r["end"] else None
        r["added"] = bool(r["added"])
        if r["group_id"] == r["mention_id"]:
            r.pop("group_id")
        by_doc.setdefault(r["doc_id"], []).append(r)
    docs = conn.execute("SELECT doc_id, position, path, abs_path, format, title, sha256, reference_date, "
                        "reference_source, mode, text, warnings FROM documents ORDER BY position").fetchall()
    for did, pos, rel, abs_path, fmt, title, sha, ref, ref_src, mode, text, warnings in docs:
        here = os.path.normpath(os.path.join(base, rel))
        where = here if os.path.exists(here) or not os.path.exists(abs_path) else abs_path
        doc = Document(path=where, text=text or "", reference_date=date.fromisoformat(ref) if ref else None,
                       reference_source=ref_src, format=fmt, title=title, warnings=json.loads(warnings))
        rows = by_doc.get(did, [])
        for r in rows:
            r["document"] = where
        ws._next_index = pos
        ws._insert_document(did, Prepared(doc, mode, rows, did), saved=True)
        st = ws._docs[did]
        st.sha256 = sha
        st.text_saved = text is not None
    ws._next_index = max((st.index for st in ws._docs.values()), default=-1) + 1
    for a, b, score in conn.execute("SELECT a, b, score FROM suggestions"):
        if a in ws._mentions and b in ws._mentions:
            ws._suggest.setdefault(a, {})[b] = score
            ws._suggest.setdefault(b, {})[a] = score
    for eid, did, s, e, expr, fields in conn.execute("SELECT * FROM edits"):
        f = json.loads(fields)
        if eid not in ws._members and did in ws._docs and expr:
            # the mention moved (a newer tagger, a changed text): find it by its expression
            cands = [m for m in ws._docs[did].mention_ids if ws._mentions[m]["expression"].lower() == expr.lower()]
            if cands:
                new = min(cands, key=lambda m: abs(ws._mentions[m]["start_char"] - (s or 0)))
                eid = ws._event_of(new)
            else:
                ws._lost_anchors[eid] = {"doc_id": did, "start_char": s, "end_char": e, "expression": expr}
        ws._fields[eid] = f
    ws._frame = None
    return ws


# ---- sources ------------------------------------------------------------------------------------
def source_status(st: DocState) -> tuple[str, str]:
    """``(status, message)`` for a document of an opened project: ok, missing or changed."""
    p = st.document.path
    name = os.path.basename(p) or p
    if not os.path.isfile(p):
        return "missing", (f"{name}: the file is missing (was {p}); its saved events and your edits are kept "
                           "- locate it to read it again")
    if st.sha256 and file_sha256(p) != st.sha256:
        return "changed", (f"{name}: the file changed since the project was saved; the events shown are from "
                           "the saved version and your edits are kept - reload it to read the new version")
    return "ok", ""


# ---- search -------------------------------------------------------------------------------------
_WORD = re.compile(r"\w+", re.UNICODE)


def _fts_query(words: str) -> str:
    toks = _WORD.findall(words or "")
    if not toks:
        return ""
    return " ".join(f'"{t}"' for t in toks[:-1]) + (" " if len(toks) > 1 else "") + f'"{toks[-1]}"*'


def _mem_index(ws: Workspace) -> sqlite3.Connection:
    """An in-memory FTS index of the documents the project file does not index yet (all of them
    before a first save), filled lazily: a search costs in proportion to the text added since."""
    mem = getattr(ws, "_search_mem", None)
    if mem is None:
        conn = sqlite3.connect(":memory:", check_same_thread=False)
        conn.executescript(_V2_FTS)
        mem = ws._search_mem = {"conn": conn, "docs": {}}
    want = {did: st.document for did, st in ws._docs.items() if ws.store is None or did in ws._unsaved_docs}
    conn = mem["conn"]
    for did in list(mem["docs"]):
        if did not in want or mem["docs"][did] is not want[did]:
            conn.execute("DELETE FROM sentences WHERE doc_id=?", (did,))
            del mem["docs"][did]
    for did, doc in want.items():
        if did not in mem["docs"]:
            _index_sentences(conn, did, doc.text, ())
            mem["docs"][did] = doc
    return conn


def search(ws: Workspace, words: str, limit: int = 200) -> list[dict]:
    """Sentences holding all ``words`` (the last one as a prefix), in every document, in document
    and text order: dicts with document, doc_id, sentence_index, start, end (the sentence),
    match_start, match_end (the first word found in it) and snippet (the sentence)."""
    q = _fts_query(words)
    if not q:
        return []
    found = []
    sql = 'SELECT doc_id, sentence_index, start, "end", text FROM sentences WHERE sentences MATCH ?'
    sources = [_mem_index(ws)]
    if ws.store is not None:
        sources.append(ws.store.conn)
    for conn in sources:
        for did, si, s, e, text in conn.execute(sql, (q,)):
            if did not in ws._docs or (conn is not sources[0] and did in ws._unsaved_docs):
                continue
            found.append((ws._docs[did].index, int(si), did, int(s), int(e), text))
    found.sort()
    first = _WORD.findall(words)[0]
    pat = re.compile(r"\b" + re.escape(first), re.I)
    out = []
    for _pos, si, did, s, e, text in found[:limit]:
        m = pat.search(text)
        out.append({"document": ws._docs[did].document.path, "doc_id": did, "sentence_index": si, "start": s,
                    "end": e, "match_start": s + (m.start() if m else 0), "match_end": s + (m.end() if m else 0),
                    "snippet": " ".join(text.split())})
    return out


# ---- autosave and recovery ----------------------------------------------------------------------
def recovery_dir() -> str:
    """Where autosave keeps unsaved work: $TIMELINE_APP_RECOVERY_DIR, else the user's state folder."""
    d = os.environ.get("TIMELINE_APP_RECOVERY_DIR")
    if not d:
        state = os.environ.get("XDG_STATE_HOME") or os.path.join(os.path.expanduser("~"), ".local", "state")
        d = os.path.join(state, "timeline_app", "recovery")
    return d


def autosave(ws: Workspace) -> str | None:
    """Save what changed: into the project when there is one, else into this session's recovery
    file. Returns the file written, or None when nothing had changed."""
    if ws.store is not None:
        if not ws.modified and not ws._unsaved_events and not ws._unsaved_docs:
            return None
        return save_project(ws)
    if not ws.modified and ws.recovery is not None:
        return None
    try:
        if ws.recovery is None:
            d = recovery_dir()
            os.makedirs(d, exist_ok=True)
            target = os.path.join(d, f"recovery-{os.getpid()}-{int(time.time() * 1000)}{EXTENSION}")
            atomic_write(target, lambda tmp: _write_full(ws, tmp, d, True))
            ws.recovery = Store(target, _connect(target), True)
        else:
            _write_incremental(ws, ws.recovery)
    except (OSError, sqlite3.Error) as e:
        raise ProjectError(ws.recovery.path if ws.recovery else recovery_dir(), f"cannot autosave ({e})") from None
    ws._unsaved_docs.clear()
    ws._unsaved_events.clear()
    ws._unsaved_mentions.clear()
    return ws.recovery.path


def discard_recovery(ws: Workspace) -> None:
    """Remove this session's recovery file (after a save into a project, or a clean close)."""
    if ws.recovery is not None:
        ws.recovery.close()
        try:
            os.unlink(ws.recovery.path)
        except OSError:
            pass
        ws.recovery = None


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def recovery_files() -> list[dict]:
    """Recovery files left by sessions that ended without saving (newest first): dicts with
    path, saved (ISO time) and documents (count). Files of a session still running are left out."""
    d = recovery_dir()
    try:
        names = os.listdir(d)
    except OSError:
        return []
    out = []
    for n in names:
        if not (n.startswith("recovery-") and n.endswith(EXTENSION)):
            continue
        p = os.path.join(d, n)
        try:
            pid = int(n.split("-")[1])
        except (IndexError, ValueError):
            continue
        if _alive(pid):
            continue
        try:
            conn, _v = connect_checked(p)
            try:
                saved = dict(conn.execute("SELECT key, value FROM meta").fetchall()).get("saved", "")
                ndocs = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
            finally:
                conn.close()
        except (ProjectError, sqlite3.Error):
            continue
        out.append({"path": p, "saved": saved, "documents": ndocs})
    out.sort(key=lambda x: x["saved"], reverse=True)
    return out
