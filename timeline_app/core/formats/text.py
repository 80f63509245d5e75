"""Plain text and Markdown: decoded (BOM, UTF-8, charset-normalizer), CRLF to LF, front matter
read and stripped."""
from __future__ import annotations

import hashlib
import re
from datetime import datetime

from timeline_app.core.document import LoadError
from timeline_app.core.formats.common import (MAX_TEXT_BYTES, Extracted, decode_bytes, normalise_newlines,
                                              read_capped, require_text)
from timeline_app.core.formats.dates import iso_date, parse_date

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.S)
DATE_KEYS = ("date", "published", "published_at", "pubdate", "date_published")


def strip_front_matter(text: str) -> tuple[str, dict]:
    """Remove a leading ``---`` YAML-style block (LF line ends); return the rest and its simple
    ``key: value`` pairs (keys lower-cased, quotes removed)."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return text, {}
    meta = {}
    for line in m.group(1).splitlines():
        if ":" in line and not line.startswith((" ", "\t", "-", "#")):
            k, v = line.split(":", 1)
            meta[k.strip().lower()] = v.strip().strip("'\"")
    return text[m.end():], meta


def front_matter_date(meta: dict, base: datetime):
    for key in DATE_KEYS:
        v = meta.get(key)
        if v:
            d = iso_date(v)
            if d is None:
                got = parse_date(v, base)
                d = got[0] if got and got[1] else None  # a front-matter date without a year is no date
            if d is not None:
                return d, f"front matter {key}:"
    return None


def read_text(path: str, fmt: str, mtime: datetime) -> Extracted:
    data = read_capped(path, MAX_TEXT_BYTES)
    if not data:
        raise LoadError(path, "empty file")
    text, encoding, warnings = decode_bytes(path, data)
    text = normalise_newlines(text)
    text, meta = strip_front_matter(text)
    require_text(path, text, "no text (only front matter)" if meta else "empty file (nothing but white space)")
    meta["encoding"] = encoding
    # the SHA-256 of the bytes just read, as ``file_sha256`` would give it (the project's check
    # that a file has not changed): ~3 us in C here, against ~25 us to open and read the file
    # again for it (``batch.process_file``, for each document of a window's load)
    meta["sha256"] = hashlib.sha256(data).hexdigest()
    return Extracted(text=text, format=fmt, title=meta.get("title", ""), metadata=meta,
                     meta_date=front_matter_date(meta, mtime), warnings=warnings)
