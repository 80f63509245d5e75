"""Turn files into Documents. (Plain text for now; other formats extend this module.)"""
from __future__ import annotations

import os
import re
from datetime import date, datetime

from timeline_app.core.document import Document, LoadError

TEXT_EXTENSIONS = {".txt", ".md", ".markdown"}
SUPPORTED_EXTENSIONS = TEXT_EXTENSIONS

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n", re.S)
_FM_DATE = re.compile(r"^(?:date|published|published_at|pubdate)\s*:\s*['\"]?(\d{4}-\d{2}-\d{2})", re.M | re.I)


def strip_front_matter(text: str) -> tuple[str, dict]:
    """Remove a leading ``---`` YAML-style block; return the rest and its simple key/values."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return text, {}
    meta = {}
    for line in m.group(1).splitlines():
        if ":" in line:
            k, v = line.split(":", 1)
            meta[k.strip().lower()] = v.strip().strip("'\"")
    d = _FM_DATE.search(m.group(1))
    if d:
        meta["_date"] = d.group(1)
    return text[m.end():], meta


def load_document(path: str, reference_date: date | None = None) -> Document:
    if not os.path.exists(path):
        raise LoadError(path, "no such file")
    ext = os.path.splitext(path)[1].lower()
    if ext not in SUPPORTED_EXTENSIONS:
        raise LoadError(path, f"unsupported file type {ext or '(none)'}")
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError as e:
        raise LoadError(path, e.strerror or str(e)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    text = text.replace("\r\n", "\n")
    text, meta = strip_front_matter(text)
    doc = Document(path=path, text=text, format=ext.lstrip("."), metadata=meta)
    if reference_date is not None:
        doc.reference_date, doc.reference_source = reference_date, "given by the user"
    elif meta.get("_date"):
        doc.reference_date = date.fromisoformat(meta["_date"])
        doc.reference_source = "front matter date:"
    else:
        doc.reference_date = datetime.fromtimestamp(os.path.getmtime(path)).date()
        doc.reference_source = "file modification time (a guess)"
    return doc


def load_paths(paths: list[str], reference_date: date | None = None) -> tuple[list[Document], list[LoadError]]:
    docs, errors = [], []
    for p in paths:
        try:
            docs.append(load_document(p, reference_date))
        except LoadError as e:
            errors.append(e)
    return docs, errors
