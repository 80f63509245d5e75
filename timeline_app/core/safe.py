"""Text and names made safe once, where they enter the app (the loaders, LoadError).

After this, every string a Document or an error carries can be written anywhere (CSV, JSON,
SQLite, a terminal, Qt) without an encoding error, and an error line stays one line:

* :func:`safe_text`: lone surrogates (a PDF text layer mapping a glyph to U+D800, a name read
  with Python's surrogateescape) become U+FFFD; a split surrogate pair is joined back.
* :func:`display_path`: a file name as shown and written: bytes that are not UTF-8 are shown
  as ``\\xe9`` (``caf\\xe9.txt``), and control and format characters (a newline, a tab, a
  right-to-left override) as escapes (``\\n``, ``\\u202e``), so the name is one line and shows
  what is really there.
* :func:`normalise_text`: the loaded text as shown, with what hides words from the tagger taken
  out: ligatures and other compatibility letters NFKC-folded ("ﬁrst" -> "first", full-width
  and mathematical letters and digits), Unicode spaces made plain spaces, zero-width spaces,
  word joiners, BOMs and soft hyphens removed. It runs before any offset exists, so offsets
  point into the text as shown. Other characters (quotes, dashes, "km²", "½") are left alone.

Each is linear in its input; each returns its input unchanged (no copy) when nothing applies.
"""
from __future__ import annotations

import os
import re
import unicodedata

_SURROGATE = re.compile("[\ud800-\udfff]")


def safe_text(s: str) -> str:
    """``s`` with lone surrogates replaced by U+FFFD (pairs written as two code points joined)."""
    if not s or s.isascii() or not _SURROGATE.search(s):   # (ASCII holds none: no scan)
        return s
    return s.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


_UNSHOWABLE_CATEGORIES = ("Cc", "Cf", "Zl", "Zp", "Cs")
_NAMED_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape_char(c: str) -> str:
    if c in _NAMED_ESCAPES:
        return _NAMED_ESCAPES[c]
    n = ord(c)
    return f"\\x{n:02x}" if n < 0x100 else f"\\u{n:04x}"


def display_path(path) -> str:
    """A file name as the app shows and writes it (see the module docstring). Ordinary names
    come back unchanged."""
    p = os.fspath(path)
    if isinstance(p, bytes):
        p = os.fsdecode(p)
    if p.isprintable():
        return p
    if _SURROGATE.search(p):
        # Undecodable bytes arrive as surrogate escapes: show them as the bytes they were.
        raw = p.encode("utf-8", "surrogateescape") if _escapes_only(p) else \
            p.encode("utf-8", "surrogatepass")
        p = raw.decode("utf-8", "backslashreplace")
    return "".join(_escape_char(c) if c != " " and unicodedata.category(c) in _UNSHOWABLE_CATEGORIES else c
                   for c in p)


def _escapes_only(p: str) -> bool:
    """True when every surrogate in ``p`` is a surrogateescape one (U+DC80..U+DCFF)."""
    return all("\udc80" <= c <= "\udcff" for c in _SURROGATE.findall(p))


# ---- normalisation of loaded text -----------------------------------------------------------
_INVISIBLE = "\u00ad\u200b\u2060\ufeff\u180e"  # soft hyphen, zero-width space, word joiner, BOM, MVS
_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"


def _build_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {ord(c): None for c in _INVISIBLE}
    table.update({ord(c): " " for c in _SPACES})
    ranges = [(0xFB00, 0xFB06),      # Latin ligatures: ff fi fl ffi ffl ſt st
              (0xFF01, 0xFF5E),      # full-width ASCII
              (0x1D400, 0x1D7FF)]    # mathematical letters and digits ("bold" text from social media)
    for lo, hi in ranges:
        for cp in range(lo, hi + 1):
            folded = unicodedata.normalize("NFKC", chr(cp))
            if folded != chr(cp):
                table[cp] = folded
    return table


_TABLE = _build_table()
_NEEDS_WORK = re.compile("[" + _INVISIBLE + _SPACES + "\ufb00-\ufb06\uff01-\uff5e\U0001d400-\U0001d7ff]")


def normalise_text(text: str) -> str:
    """Loaded text made safe (:func:`safe_text`) and freed of what hides words (module docstring)."""
    text = safe_text(text)
    if not text.isascii() and _NEEDS_WORK.search(text):   # (every character it looks for is beyond ASCII)
        # One str.replace per distinct character found (a few passes in C) is several times
        # faster than str.translate with a dict over a 10 MB text.
        for c in set(_NEEDS_WORK.findall(text)):
            text = text.replace(c, _TABLE[ord(c)] or "")
    return text
