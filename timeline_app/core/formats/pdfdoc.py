"""PDF by pypdf: the text layer, page by page, without running headers/footers and with
wrapped lines joined back into paragraphs;
the date from the document information (CreationDate, else ModDate). No OCR: a scanned PDF
without a text layer is refused with that reason."""
from __future__ import annotations

import logging
import os
import re
import warnings as _warnings
from datetime import datetime

from timeline_app.core.document import LoadError
from timeline_app.core.formats.common import (MAX_BINARY_BYTES, MAX_TEXT_CHARS, Extracted, human_size,
                                              normalise_newlines, os_reason)
from timeline_app.core.formats.dates import pdf_date

logging.getLogger("pypdf").addHandler(logging.NullHandler())  # reported through LoadError/warnings instead

_END = re.compile(r"[.!?:;…\"”’)\]]$")


def unwrap_lines(page_text: str) -> str:
    """Join the lines a PDF wrapped back into paragraphs.

    A line break is a wrap, and becomes a space (or nothing after a hyphen that ends a word,
    "counter-" + "offensive"), when the line before it does not end a sentence and either is
    long (at least 3/4 of the page's longest line) or the next line goes on in lower case or
    with a digit. Otherwise it is kept: the short last line of a paragraph, a heading.
    A wrong guess only moves a paragraph boundary; it never drops or reorders text.
    """
    lines = [ln.strip() for ln in page_text.split("\n")]
    longest = max((len(ln) for ln in lines), default=0)
    out: list[str] = []
    last = ""  # the previous physical line, "" after a blank line
    for ln in lines:
        if not ln:
            last = ""
            if out and out[-1] != "\n":
                out.append("\n")
            continue
        if last and not _END.search(last) and (len(last) >= 0.75 * longest or ln[0].islower() or ln[0].isdigit()):
            joiner = "" if last.endswith("-") and not last.endswith(" -") else " "
            out[-1] = out[-1] + joiner + ln
        else:
            if out and out[-1] != "\n":
                out.append("\n")
            out.append(ln)
        last = ln
    return "".join(out).strip("\n")


_DIGITS = re.compile(r"\d+")
_PAGE_NUMBER = re.compile(r"^\s*(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?\s*$", re.I)
EDGE_LINES = 2  # lines at the top and at the bottom of a page searched for running headers/footers


def strip_running_lines(pages: list[str]) -> list[str]:
    """Remove running headers and footers: a line at the top or bottom of the page that recurs
    (digits aside: dates, times, page numbers) on at least 60% of the pages, and bare page numbers.

    Browsers print the date, the title and the address on every page; left in, they would be
    time expressions of their own on the timeline. Needs at least two pages to tell.
    """
    if len(pages) < 2:
        return pages
    split = [p.split("\n") for p in pages]

    def edges(lines):
        idx = list(range(min(EDGE_LINES, len(lines)))) + list(range(max(0, len(lines) - EDGE_LINES), len(lines)))
        return sorted(set(idx))

    counts: dict[str, int] = {}
    for lines in split:
        for key in {_DIGITS.sub("#", lines[i].strip()) for i in edges(lines) if lines[i].strip()}:
            counts[key] = counts.get(key, 0) + 1
    running = {k for k, n in counts.items() if n >= max(2, 0.6 * len(pages))}
    out = []
    for lines in split:
        drop = {i for i in edges(lines)
                if _DIGITS.sub("#", lines[i].strip()) in running or _PAGE_NUMBER.match(lines[i])}
        out.append("\n".join(ln for i, ln in enumerate(lines) if i not in drop))
    return out


def _info_date(reader):
    try:
        info = reader.metadata
    except Exception:
        return None
    if not info:
        return None
    for key in ("/CreationDate", "/ModDate"):
        try:
            d = pdf_date(info.get(key))
        except Exception:
            d = None
        if d:
            return d, f"PDF metadata {key.lstrip('/')}"
    return None


def read_pdf(path: str, fmt: str, mtime: datetime) -> Extracted:
    try:
        size = os.path.getsize(path)
        with open(path, "rb") as f:
            head = f.read(1024)
            f.seek(max(0, size - 4096))
            tail = f.read(4096)
    except OSError as e:
        raise LoadError(path, os_reason(e)) from None
    if size == 0:
        raise LoadError(path, "empty file")
    if size > MAX_BINARY_BYTES:
        raise LoadError(path, f"file too large ({human_size(size)}; the limit for this type is "
                              f"{human_size(MAX_BINARY_BYTES)})")
    if b"%PDF-" not in head:
        raise LoadError(path, "not a PDF file (no %PDF header)")
    if b"%%EOF" not in tail:
        raise LoadError(path, "truncated or damaged PDF (no end-of-file marker); download or save it again")

    from pypdf import PdfReader

    warnings: list[str] = []
    with _warnings.catch_warnings():
        _warnings.simplefilter("ignore")
        try:
            reader = PdfReader(path, strict=False)
            encrypted = reader.is_encrypted
        except Exception as e:
            raise LoadError(path, f"damaged PDF ({type(e).__name__}: {e})") from None
        if encrypted:
            try:
                ok = reader.decrypt("")  # files locked only against editing open with the empty password
            except Exception:
                ok = 0
            if not ok:
                raise LoadError(path, "encrypted PDF: it needs a password; save an unprotected copy")
            warnings.append("encrypted PDF opened without a password (owner-locked only)")
        try:
            pages = reader.pages
            count = len(pages)
        except Exception as e:
            raise LoadError(path, f"damaged PDF ({type(e).__name__}: {e})") from None
        parts: list[str] = []
        total = 0
        failed = []
        for i in range(count):
            try:
                t = pages[i].extract_text() or ""
            except Exception:
                failed.append(i + 1)
                continue
            t = normalise_newlines(t)
            if t.strip():
                parts.append(t)
                total += len(t) + 1
            if total > MAX_TEXT_CHARS:
                warnings.append(f"only the first {i + 1} of {count} pages are shown (text limit "
                                f"{MAX_TEXT_CHARS:,} characters)")
                break
        meta_date = _info_date(reader)
        try:
            title = str((reader.metadata or {}).get("/Title") or "").strip()
        except Exception:
            title = ""
    if failed and len(failed) == count:
        raise LoadError(path, "damaged PDF: no page could be read")
    if failed:
        warnings.append("pages whose text could not be read: " + ", ".join(map(str, failed[:20])))
    text = "\n".join(unwrap_lines(p) for p in strip_running_lines(parts))
    text = "\n".join(ln for ln in text.split("\n") if ln.strip())
    if not text.strip():
        raise LoadError(path, f"no text layer in this PDF ({count} page{'s' if count != 1 else ''} "
                              "of images: a scan?); run OCR on it first")
    return Extracted(text=text, format=fmt, title=title, metadata={"pages": count}, meta_date=meta_date,
                     warnings=warnings)
