"""A loaded article: its text as the app shows it and the date its relative times hang on."""
from __future__ import annotations

import calendar
import hashlib
import re
from dataclasses import dataclass, field
from datetime import date


@dataclass
class Document:
    """One article as loaded.

    ``text`` is exactly the text every offset (sentences, expressions, highlights) refers to.
    ``reference_date`` is the publication date relative times resolve against; ``reference_source``
    says where it came from ("--reference-date", "front matter date:", "HTML article:published_time",
    "dateline", "file modification time (a guess)", ...).
    """

    path: str
    text: str
    reference_date: date | None = None
    reference_source: str = ""
    format: str = "txt"
    title: str = ""
    metadata: dict = field(default_factory=dict)
    #: things the user should know about how the text was read (replaced bytes, pages left out, ...)
    warnings: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        import os

        return os.path.basename(self.path.rstrip("/\\")) or self.path


class LoadError(Exception):
    """A file that cannot be turned into a Document. ``str()`` is the one-line reason.

    ``path`` is the name as shown (:func:`~timeline_app.core.safe.display_path`: a newline or a
    byte that is not UTF-8 in it is escaped) and ``reason`` is one line of safe text, so
    ``f"error: {e.path}: {e.reason}"`` is always one printable line."""

    def __init__(self, path: str, reason: str):
        from timeline_app.core.safe import display_path, safe_text

        path = display_path(path)
        reason = " ".join(safe_text(str(reason)).splitlines())
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


_YMD = re.compile(r"\s*(\d{1,4})-(\d{1,2})-(\d{1,2})\s*")


def parse_reference_date(text: str) -> date:
    """A reference date typed by the user (``YYYY-MM-DD``; ``2022-9-10`` too), any day of the
    years 1-9999. ValueError with a one-line reason a user can act on otherwise
    ("2023-02-29 is not a date: February 2023 has 28 days")."""
    s = text.strip()
    m = _YMD.fullmatch(s)
    if not m:
        raise ValueError(f"not a date: {s!r} (type it as YYYY-MM-DD, e.g. 2022-09-10)" if s else
                         "no date given (type it as YYYY-MM-DD, e.g. 2022-09-10)")
    y, mo, d = (int(g) for g in m.groups())
    if not 1 <= y <= 9999:
        raise ValueError(f"{s} is out of range: the year must be 1 to 9999")
    if not 1 <= mo <= 12:
        raise ValueError(f"{s} is not a date: there is no month {mo}")
    days = calendar.monthrange(y, mo)[1]
    if not 1 <= d <= days:
        raise ValueError(f"{s} is not a date: {calendar.month_name[mo]} {y} has {days} days")
    return date(y, mo, d)


def file_sha256(path: str) -> str:
    """SHA-256 of a file's bytes ("" when it cannot be read). Reads in 1 MB blocks."""
    h = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                h.update(block)
    except OSError:
        return ""
    return h.hexdigest()
