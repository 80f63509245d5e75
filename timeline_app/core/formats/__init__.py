"""One reader per file format. Each takes ``(path, format, mtime)`` and returns an
:class:`~timeline_app.core.formats.common.Extracted` or raises LoadError. Heavy libraries
(trafilatura, python-docx, pypdf, charset-normalizer, dateparser) are imported inside the
readers, so importing this package costs nothing."""
from __future__ import annotations

from typing import Callable


def reader_for(ext: str) -> Callable | None:
    ext = ext.lower()
    if ext in (".txt", ".text", ".md", ".markdown"):
        from timeline_app.core.formats.text import read_text
        return read_text
    if ext in (".html", ".htm", ".xhtml"):
        from timeline_app.core.formats.htmlpage import read_html
        return read_html
    if ext == ".docx":
        from timeline_app.core.formats.worddoc import read_docx
        return read_docx
    if ext == ".pdf":
        from timeline_app.core.formats.pdfdoc import read_pdf
        return read_pdf
    return None


FORMAT_EXTENSIONS = {
    "txt": (".txt", ".text"),
    "md": (".md", ".markdown"),
    "html": (".html", ".htm", ".xhtml"),
    "docx": (".docx",),
    "pdf": (".pdf",),
}
