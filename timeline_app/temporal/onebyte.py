"""(speed13) A text as one byte a character, for the ``bytes.find`` fast paths of any text, not only ASCII.

speed12's fast paths (the sentence starts, a window's word end, a number token's first digit, where an
upper-case stretch can start) read ``text.encode("ascii")`` translated by a 256-byte table and found what
they look for with ``bytes.find``; text with one curly quote, em dash or accented letter (most real news)
took the regex searches, which test a character class at every character. ``one_byte`` gives every text
whose characters are mostly those of Windows-1252 (Latin-1 and the typesetter's quotes, dashes and "…") a form of
the same length (offset i is character i):

* a character of Windows-1252 (ASCII included) as its byte there (one C pass of the codec's table: "’" is 0x92,
  "—" 0x97, "…" 0x85); the tables here read byte b as the character ``CHARS[b]``;
* any other character (the C1 controls included) as the one byte that stands for its class for every table here: " " for a blank
  (``\\s``), "." for a character a sentence boundary can start with (``sentences._BOUNDARY_START``: "…",
  a pictograph), "0" for a decimal digit (``\\d``: "٣"), "a" for every other character (a curly quote, a
  dash, a letter beyond Latin-1). No character is in two of these classes
  (``tests/test_speed_equivalence.py`` reads every code point), so each table finds exactly the characters
  the regex search found.

Cost: one C pass (``encode`` with "replace" writes "?" for each character beyond Windows-1252), then one Python
step per "?" of the form (a replaced character or a real "?"), each replaced character's class read once
per distinct character (``_CLASS``). Where those steps would cost more than the regex searches they save
(more than one character in ``_DENSE`` of the text beyond Windows-1252 or a "?": Greek, Cyrillic, CJK text),
``one_byte`` gives None and the callers keep their regex searches. The forms of the last ``_KEPT_MAX`` texts
are kept (each text is read by several fast paths). Memory: those forms (one byte a character) with their texts,
and the classes of the distinct characters met (at most ``_CLASS_MAX``).
"""
from __future__ import annotations

from bisect import bisect_left

from timeline_app.temporal import fastre as re

_DENSE = 16   # at most one character in 16 read by a Python step (a regex class test costs ~40 instructions a
#               character, a Python step ~10x that)
_CODEC = "cp1252"
# the character each byte of a form stands for (U+FFFE for the five bytes Windows-1252 leaves undefined: no form
# holds them, the codec writes no character as one)
CHARS = "".join(bytes([b]).decode(_CODEC, "replace").replace("\ufffd", "\ufffe") for b in range(256))
_SPACE = re.compile(r"\s")
_DIGIT = re.compile(r"\d")
_CLASS: dict[str, int] = {}   # a character beyond Windows-1252 -> the byte of its class
_CLASS_MAX = 4096             # the memo's bound (cleared when full)
# the characters beyond ASCII that a case-blind pattern matches to an ASCII letter: "İ" and "ı" (i), "ſ" (s), the
# Kelvin sign (k) (tests/test_speed_equivalence.py reads every code point); none is in Windows-1252
FOLD_INTO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")
_KEPT: dict[int, tuple] = {}  # id(text) -> (text, form, positions of the folds), the last few texts
_KEPT_MAX = 4


def _class_of(ch: str) -> int:
    got = _CLASS.get(ch)
    if got is None:
        # (imported here: sentences imports this module)
        from timeline_app.temporal.sentences import _BOUNDARY_START
        if _SPACE.match(ch):
            got = 32      # " "
        elif _BOUNDARY_START.match(ch):
            got = 46      # "."
        elif _DIGIT.match(ch):
            got = 48      # "0"
        else:
            got = 97      # "a"
        if len(_CLASS) >= _CLASS_MAX:
            _CLASS.clear()
        _CLASS[ch] = got
    return got


def _made(text: str) -> tuple:
    """(text, its form or None, the sorted offsets of its characters of FOLD_INTO_ASCII)."""
    if text.isascii():
        return text, text.encode("ascii"), ()
    form = text.encode(_CODEC, "replace")
    marks = form.count(b"?")
    if marks == text.count("?"):
        return text, form, ()   # nothing replaced
    if marks * _DENSE > len(text):
        return text, None, None
    out = bytearray(form)
    folds = []
    find = form.find
    i = find(b"?")
    while i >= 0:   # each "?" of the form once (bounded above: at most len(text) / _DENSE)
        ch = text[i]
        if ch != "?":
            out[i] = _class_of(ch)
            if ch in FOLD_INTO_ASCII:
                folds.append(i)
        i = find(b"?", i + 1)
    return text, bytes(out), folds


def _kept(text: str) -> tuple:
    got = _KEPT.get(id(text))
    if got is None or got[0] is not text:
        got = _made(text)
        if len(_KEPT) >= _KEPT_MAX:
            del _KEPT[next(iter(_KEPT))]   # the oldest
        _KEPT[id(text)] = got
    return got


def one_byte(text: str) -> bytes | None:
    """``text`` as one byte a character (see above), or None where too many of its characters are beyond
    Windows-1252 for the form to pay. ASCII text: its own ``encode``."""
    return _kept(text)[1]


def folds_between(text: str, a: int, b: int) -> bool | None:
    """Whether text[a:b] holds a character of FOLD_INTO_ASCII (None where the text has no form)."""
    folds = _kept(text)[2]
    if folds is None:
        return None
    if not folds:
        return False
    k = bisect_left(folds, a)
    return k < len(folds) and folds[k] < b
