"""Shared pieces of the format readers: size limits, capped reads, text decoding.

Limits (memory stays bounded: a file over its limit is refused from its size on disk, and the
read itself never takes more than limit + 1 bytes, so a file that grows or lies about its size
cannot get past it either):

* ``.txt``/``.md``: 10 MB.  A news article is a few tens of KB; 10 MB is already a long book.
  A bigger text file is refused with the reason (size and limit) rather than cut silently,
  because a timeline of the first part of a file would look complete and be wrong.
* ``.html``/``.htm``: 30 MB (saved pages can carry inline scripts and styles).
* ``.docx``/``.pdf``: 100 MB on disk; a DOCX may unpack to at most 200 MB of parts.
* Text taken out of any one document: at most 10 million characters; DOCX/PDF stop there and
  say so in the document's warnings.
"""
from __future__ import annotations

import codecs
import os
import re
from dataclasses import dataclass, field
from datetime import date

from timeline_app.core.document import LoadError

MB = 1024 * 1024
MAX_TEXT_BYTES = 10 * MB
MAX_HTML_BYTES = 30 * MB
MAX_BINARY_BYTES = 100 * MB
MAX_UNPACKED_BYTES = 200 * MB
MAX_TEXT_CHARS = 10_000_000
DETECT_SAMPLE_BYTES = 1 * MB


@dataclass
class Extracted:
    """What a format reader hands back: the text as shown, and what the file says about itself."""

    text: str
    format: str
    title: str = ""
    metadata: dict = field(default_factory=dict)
    meta_date: tuple[date, str] | None = None  # (date, where it came from) from the file's metadata
    warnings: list[str] = field(default_factory=list)


def human_size(n: int) -> str:
    return f"{n / MB:.1f} MB" if n >= MB / 10 else f"{n} bytes"


def too_large(size: int, limit: int, what: str = "file too large") -> str:
    """"file too large (31.5 MB; the limit for this type is 30.0 MB)" -- in bytes when the rounded
    figures would read the same (a file one byte over the limit)."""
    a, b = human_size(size), human_size(limit)
    if a == b:
        a, b = f"{size:,} bytes", f"{limit:,} bytes"
    return f"{what} ({a}; the limit for this type is {b})"


VANISHED = "could not be read: file vanished (deleted or moved while it was being read)"


def read_failure(path: str, e: OSError) -> LoadError:
    """The LoadError for an OSError met while reading a file that was there when the load began."""
    if isinstance(e, FileNotFoundError):
        return LoadError(path, VANISHED)
    return LoadError(path, os_reason(e))


def read_capped(path: str, limit: int) -> bytes:
    """All bytes of ``path`` if there are at most ``limit``; else LoadError (never reads more than limit+1)."""
    try:
        size = os.stat(path).st_size
        if size > limit:
            raise LoadError(path, too_large(size, limit) + " - split it into smaller files")
        with open(path, "rb") as f:
            # the size it had, and one byte more to see it grew: ``read(n)`` sets aside n bytes
            # first (10 MB for a 3 KB article: most of its reading time); a file that grew is
            # read on, still at most limit+1 bytes in all
            data = f.read(min(size, limit) + 1)
            if len(data) > size:
                data += f.read(limit + 1 - len(data))
    except OSError as e:
        raise read_failure(path, e) from None
    if len(data) > limit:
        raise LoadError(path, f"file too large (more than {human_size(limit)}, the limit for this type)")
    return data


def os_reason(e: OSError) -> str:
    return (e.strerror or str(e)).lower() if e.strerror else str(e)


_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),  # before UTF-16: FF FE 00 00
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
]

# Labels browsers treat as Windows-1252 (WHATWG Encoding Standard): pages that say latin-1 are cp1252.
_CP1252_LABELS = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "windows-1252",
                  "cp1252", "x-cp1252", "iso_8859-1", "ansi_x3.4-1968"}


def bom_encoding(data: bytes) -> str | None:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return enc
    return None


def _decode_cp1252(data: bytes) -> tuple[str, str]:
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D are unassigned in cp1252
        return data.decode("latin-1"), "latin-1"


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 written without a BOM, recognised by its zero high bytes (Latin-script text)."""
    sample = data[:4096]
    if len(data) % 2 or len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


# Leading bytes of binary formats that are sometimes renamed (or saved) as .txt / .html: refused
# with what they are, before any decoding could make text out of them.
_SIGNATURES = [
    (b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"), (b"%PDF-", "a PDF document (open it as .pdf)"),
    (b"PK\x03\x04", "a zip package (a .docx, .xlsx, .epub or .zip)"), (b"\x1f\x8b", "gzip-compressed data"),
    (b"\xd0\xcf\x11\xe0", "an old-format Office document (.doc/.xls)"), (b"\x7fELF", "a program"),
    (b"BZh", "bzip2-compressed data"), (b"\xfd7zXZ\x00", "xz-compressed data"), (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"), (b"SQLite format 3\x00", "an SQLite database"), (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"), (b"OggS", "an Ogg audio/video file"), (b"ID3", "an MP3 audio file"),
    (b"fLaC", "a FLAC audio file"), (b"wOFF", "a web font"), (b"wOF2", "a web font"),
]


_SIGNATURE_STARTS = tuple(sig for sig, _kind in _SIGNATURES)


def binary_kind(data: bytes) -> str | None:
    """What a known binary format is (\"a PNG image\"), from its leading bytes; None otherwise."""
    if data.startswith(_SIGNATURE_STARTS):   # (one call for the usual answer, none)
        for sig, kind in _SIGNATURES:
            if data.startswith(sig):
                return kind
    if data[4:8] == b"ftyp":
        return "an MP4/QuickTime video or HEIC image"
    if data[:4] == b"RIFF" and data[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return {b"WEBP": "a WebP image", b"WAVE": "a WAV audio file", b"AVI ": "an AVI video"}[data[8:12]]
    return None


def decode_bytes(path: str, data: bytes, declared: str | None = None) -> tuple[str, str, list[str]]:
    """Bytes to text: ``(text, encoding, warnings)``; LoadError for binary data.

    Order: a byte-order mark (UTF-8, UTF-16, UTF-32); else a charset the file declares (HTML),
    if the bytes decode with it; else strict UTF-8; else charset-normalizer. Among the legacy
    code pages charset-normalizer finds equally plausible, Windows-1252 wins: it is what Western
    systems wrote, and its printable range contains latin-1's (charset-normalizer alone tends to
    pick cp1250 for short French or German text). Line ends are not touched here.
    """
    warnings: list[str] = []
    kind = binary_kind(data[:16])
    if kind:
        raise LoadError(path, f"binary file, not text: its content is {kind}, whatever its name says")
    enc = bom_encoding(data)
    if enc:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError as e:
            text = data.decode(enc, errors="replace")
            warnings.append(f"bytes that are not valid {enc} were replaced (first at byte {e.start})")
        label = {"utf-8-sig": "utf-8"}.get(enc, enc) + " with BOM"
        return _check_text(path, text), label, warnings

    if b"\x00" in data[:DETECT_SAMPLE_BYTES]:
        enc = _bomless_utf16(data)
        if enc:
            try:
                return _check_text(path, data.decode(enc)), f"{enc} without BOM", warnings
            except UnicodeDecodeError:
                pass
        raise LoadError(path, "binary file, not text (it contains NUL bytes)")

    if declared:
        label = declared.strip().lower()
        if label.startswith(("utf-16", "utf16", "utf-32", "utf32")):
            label = "utf-8"  # without a BOM a page saying UTF-16 is not UTF-16 (browsers read it as UTF-8 too)
        if label in _CP1252_LABELS:
            text, used = _decode_cp1252(data)
            return _check_text(path, text), used, warnings
        try:
            codecs.lookup(label)
            return _check_text(path, data.decode(label)), label, warnings
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration: detect instead

    try:
        return _check_text(path, data.decode("utf-8")), "utf-8", warnings
    except UnicodeDecodeError:
        pass

    from charset_normalizer import from_bytes

    # Detect on a window that starts just before the first non-ASCII byte: a long English file
    # whose only accented words come late would otherwise be sampled as pure ASCII.
    m = re.search(rb"[\x80-\xff]", data)
    start = max(0, (m.start() if m else 0) - 4096)
    results = list(from_bytes(data[start:start + DETECT_SAMPLE_BYTES]))
    if not results:
        raise LoadError(path, "binary file or unknown encoding (no text encoding fits its bytes)")
    best = results[0]
    enc = best.encoding
    for m in results:
        if m.chaos <= best.chaos + 0.1 and ("cp1252" == m.encoding or "cp1252" in m.could_be_from_charset):
            enc = "cp1252"
            break
    if enc == "cp1252":
        text, enc = _decode_cp1252(data)
    else:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError as e:
            text = data.decode(enc, errors="replace")
            warnings.append(f"bytes that are not valid {enc} were replaced (first at byte {e.start})")
    return _check_text(path, text), enc, warnings


# the control characters (Unicode category Cc: U+0000-U+001F and U+007F-U+009F) but tab, line
# feed, vertical tab, form feed, carriage return and escape
_CONTROL = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f]")
# the bytes that are no such character: deleted from ASCII text's bytes, the control ones are left
_NOT_CONTROL_BYTES = bytes(b for b in range(256) if not _CONTROL.match(chr(b)))
_BLANKS = frozenset(" \t\n\r\f\v")


def _check_text(path: str, text: str) -> str:
    """Refuse decoded text that is mostly control characters (a binary file that happened to
    decode), or a long run of the same few characters (4 KB of byte 0xC5 "decodes" as one Korean
    syllable 2,048 times: no language is written like that)."""
    sample = text[:100_000]
    if sample:
        if sample.isascii():   # (the same count, by one C pass over the bytes: a short article's load)
            bad = len(sample.encode("ascii").translate(None, _NOT_CONTROL_BYTES))
        else:
            bad = len(_CONTROL.findall(sample))
        if bad > max(8, len(sample) // 100):
            raise LoadError(path, "binary file, not text (too many control characters)")
        # (four kinds of character in the first 256 are four in the whole: its set is not made)
        if len(sample) >= 256 and len(set(sample[:256]) - _BLANKS) < 4 and len(set(sample) - _BLANKS) < 4:
            raise LoadError(path, "not text: the same few characters repeated (binary data, or an encoding "
                                  "that cannot be recognised)")
    return text


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF, so offsets are the same whatever system wrote the file."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def require_text(path: str, text: str, what: str = "empty file (no text)") -> None:
    if not text.strip():
        raise LoadError(path, what)
