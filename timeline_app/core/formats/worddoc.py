"""Word documents (.docx) by python-docx: body paragraphs and tables in order (headers, footers
and comments are page furniture and left out), one line per non-empty paragraph; the date from
the core properties."""
from __future__ import annotations

import zipfile
from datetime import datetime

from timeline_app.core.document import LoadError
from timeline_app.core.formats.common import (MAX_BINARY_BYTES, MAX_TEXT_CHARS, MAX_UNPACKED_BYTES, Extracted,
                                              read_failure, require_text, too_large)

# python-docx's own template carries these; a file made by python-docx without setting the
# dates says nothing about when the article was published.
_TEMPLATE_STAMP = datetime(2013, 12, 23, 23, 15)


def _check_package(path: str) -> None:
    try:
        with open(path, "rb") as f:
            head = f.read(8)
    except OSError as e:
        raise read_failure(path, e) from None
    if not head:
        raise LoadError(path, "empty file")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise LoadError(path, "password-protected or old-format (.doc) Word file; save it as an "
                              "unprotected .docx")
    if not head.startswith(b"PK"):
        raise LoadError(path, "not a Word document (.docx files are zip packages; this one is not)")
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
            names = {i.filename for i in infos}
            unpacked = sum(i.file_size for i in infos)
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        raise LoadError(path, f"damaged Word document ({e})") from None
    if "word/document.xml" not in names:
        raise LoadError(path, "not a Word document (the package has no word/document.xml)")
    if unpacked > MAX_UNPACKED_BYTES:
        raise LoadError(path, too_large(unpacked, MAX_UNPACKED_BYTES, "too large once unpacked"))


def _core_date(props):
    for attr in ("created", "modified"):
        try:
            v = getattr(props, attr)
        except Exception:  # a malformed date in docProps/core.xml
            v = None
        if isinstance(v, datetime) and v.replace(tzinfo=None) != _TEMPLATE_STAMP:
            return v.date(), f"DOCX core properties ({attr})"
    return None


def read_docx(path: str, fmt: str, mtime: datetime) -> Extracted:
    import os

    size = os.path.getsize(path)
    if size > MAX_BINARY_BYTES:
        raise LoadError(path, too_large(size, MAX_BINARY_BYTES))
    _check_package(path)
    import docx
    from docx.table import Table

    try:
        document = docx.Document(path)
    except Exception as e:
        raise LoadError(path, f"damaged Word document ({type(e).__name__}: {e})") from None

    lines: list[str] = []
    warnings: list[str] = []
    total = 0
    try:
        blocks = document.iter_inner_content()
        for block in blocks:
            if isinstance(block, Table):
                rows = []
                for row in block.rows:
                    rows.append("\t".join(" ".join(c.text.split()) for c in row.cells))
                new = [r for r in rows if r.strip()]
            else:
                new = [block.text] if block.text.strip() else []
            for ln in new:
                lines.append(ln)
                total += len(ln) + 1
            if total > MAX_TEXT_CHARS:
                warnings.append(f"only the first {MAX_TEXT_CHARS:,} characters are shown")
                break
    except Exception as e:
        raise LoadError(path, f"damaged Word document ({type(e).__name__}: {e})") from None
    text = "\n".join(lines)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    require_text(path, text, "no text in the document")
    props = document.core_properties
    try:
        title = (props.title or "").strip()
    except Exception:
        title = ""
    return Extracted(text=text, format=fmt, title=title, metadata={}, meta_date=_core_date(props),
                     warnings=warnings)
