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
from timeline_app.core.formats.common import (MAX_BINARY_BYTES, MAX_TEXT_CHARS, Extracted, normalise_newlines,
                                              read_failure, too_large)
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
    """Remove running headers and footers: a line among the top (or the bottom) EDGE_LINES lines
    of the page that recurs (digits aside: dates, times, page numbers) at the same edge on at
    least 60% of the pages, and bare page numbers there. Then a line cut by the page edge, which
    some writers (Qt) draw at the bottom of one page and again at the top of the next, is kept
    once.

    Browsers print the date, the title and the address on every page; left in, they would be
    time expressions of their own on the timeline. Needs at least two pages to tell.
    """
    if len(pages) < 2:
        return pages
    split = [p.split("\n") for p in pages]

    def key(line: str) -> str:
        return _DIGITS.sub("#", line.strip())

    def edges(lines):
        return (range(min(EDGE_LINES, len(lines))),
                range(max(0, len(lines) - EDGE_LINES), len(lines)))

    counts: dict[tuple[int, str], int] = {}
    for lines in split:
        for side, idx in enumerate(edges(lines)):
            for k in {key(lines[i]) for i in idx if lines[i].strip()}:
                counts[(side, k)] = counts.get((side, k), 0) + 1
    running = {sk for sk, n in counts.items() if n >= max(2, 0.6 * len(pages))}
    out: list[list[str]] = []
    for lines in split:
        drop = {i for side, idx in enumerate(edges(lines)) for i in idx
                if (side, key(lines[i])) in running or _PAGE_NUMBER.match(lines[i])}
        out.append([ln for i, ln in enumerate(lines) if i not in drop])
    for before, after in zip(out, out[1:]):
        last = next((ln.strip() for ln in reversed(before) if ln.strip()), None)
        first = next((i for i, ln in enumerate(after) if ln.strip()), None)
        if last is not None and first is not None and after[first].strip() == last:
            del after[first]
    return ["\n".join(lines) for lines in out]


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
    # One open file for the whole read: a file deleted or replaced meanwhile is still read whole
    # (the open descriptor keeps it), never half of one and half of another.
    try:
        f = open(path, "rb")
    except OSError as e:
        raise read_failure(path, e) from None
    with f:
        return _read_pdf(path, f, fmt)


_TABS = re.compile(r"[ \t]*\t[ \t]*")


def _read_pdf(path: str, f, fmt: str) -> Extracted:
    try:
        size = os.fstat(f.fileno()).st_size
        head = f.read(1024)
        f.seek(max(0, size - 4096))
        tail = f.read(4096)
        f.seek(0)
    except OSError as e:
        raise read_failure(path, e) from None
    if size == 0:
        raise LoadError(path, "empty file")
    if size > MAX_BINARY_BYTES:
        raise LoadError(path, too_large(size, MAX_BINARY_BYTES))
    if b"%PDF-" not in head:
        raise LoadError(path, "not a PDF file (no %PDF header)")
    if b"%%EOF" not in tail:
        raise LoadError(path, "truncated or damaged PDF (no end-of-file marker); download or save it again")

    from pypdf import PdfReader

    warnings: list[str] = []
    with _warnings.catch_warnings():
        _warnings.simplefilter("ignore")
        try:
            reader = PdfReader(f, strict=False)
            encrypted = reader.is_encrypted
        except OSError as e:
            raise read_failure(path, e) from None
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
        except OSError as e:
            raise read_failure(path, e) from None
        except Exception as e:
            raise LoadError(path, f"damaged PDF ({type(e).__name__}: {e})") from None
        parts: list[str] = []
        total = 0
        failed = []
        for i in range(count):
            try:
                t = pages[i].extract_text() or ""
            except OSError as e:
                raise read_failure(path, e) from None
            except Exception:
                failed.append(i + 1)
                continue
            # Qt's PDF writer (and others) place words with tabs between them: they are spaces.
            t = _TABS.sub(" ", normalise_newlines(t))
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
    text = _page_text(strip_running_lines(parts))
    if not text.strip() and any(p.strip() for p in parts):
        # Every line recurred on every page: that is the document's content (a short notice
        # printed on each page), not running headers around it. Keep it.
        text = _page_text(parts)
    if not text.strip():
        raise LoadError(path, f"no text layer in this PDF ({count} page{'s' if count != 1 else ''} "
                              "of images: a scan?); run OCR on it first")
    return Extracted(text=text, format=fmt, title=title, metadata={"pages": count}, meta_date=meta_date,
                     warnings=warnings)


def _page_text(pages: list[str]) -> str:
    text = "\n".join(unwrap_lines(p) for p in pages)
    return "\n".join(ln for ln in text.split("\n") if ln.strip())
