"""A loaded article: its text as the app shows it and the date its relative times hang on."""
from __future__ import annotations

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
