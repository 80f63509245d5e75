"""(speed13) A text as one byte a character, for the ``bytes.find`` fast paths of any text, not only ASCII.

speed12's fast paths (the sentence starts, a window's word end, a number token's first digit, where an
upper-case stretch can start) read ``text.encode("ascii")`` translated by a 256-byte table and found what
they look for with ``bytes.find``; text with one curly quote, em dash or accented letter (most real news)
took the regex searches, which test a character class at every character. ``one_byte`` gives every text
whose characters are mostly Latin-1 a form of the same length (offset i is character i):

* a Latin-1 character (ASCII included) as its own byte, so the tables read it as they read it in text;
* any other character as the one byte that stands for its class for every table here: " " for a blank
  (``\\s``), "." for a character a sentence boundary can start with (``sentences._BOUNDARY_START``: "…",
  a pictograph), "0" for a decimal digit (``\\d``: "٣"), "a" for every other character (a curly quote, a
  dash, a letter beyond Latin-1). No character is in two of these classes
  (``tests/test_speed_equivalence.py`` reads every code point), so each table finds exactly the characters
  the regex search found.

Cost: one C pass (``encode`` with "replace" writes "?" for each character beyond Latin-1), then one Python
step per "?" of the form (a replaced character or a real "?"), each replaced character's class read once
per distinct character (``_CLASS``). Where those steps would cost more than the regex searches they save
(more than one character in ``_DENSE`` of the text beyond Latin-1 or a "?": Greek, Cyrillic, CJK text),
``one_byte`` gives None and the callers keep their regex searches. Memory: the form (one byte a character)
and the classes of the distinct characters met (at most ``_CLASS_MAX``).
"""
from __future__ import annotations

from timeline_app.temporal import fastre as re

_DENSE = 16   # at most one character in 16 read by a Python step (a regex class test costs ~40 instructions a
#               character, a Python step ~10x that)
_SPACE = re.compile(r"\s")
_DIGIT = re.compile(r"\d")
_CLASS: dict[str, int] = {}   # a character beyond Latin-1 -> the byte of its class
_CLASS_MAX = 4096             # the memo's bound (cleared when full)
_QUESTION = 63                # the byte "replace" writes, and a real "?"


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


def one_byte(text: str) -> bytes | None:
    """``text`` as one byte a character (see above), or None where too many of its characters are beyond
    Latin-1 for the form to pay. ASCII and Latin-1 text: its own ``encode``, one C pass."""
    if text.isascii():
        return text.encode("ascii")
    form = text.encode("latin-1", "replace")
    marks = form.count(b"?")
    if marks == text.count("?"):
        return form   # Latin-1 text: nothing replaced
    if marks * _DENSE > len(text):
        return None
    out = bytearray(form)
    find = form.find
    i = find(b"?")
    while i >= 0:   # each "?" of the form once (bounded above: at most len(text) / _DENSE)
        ch = text[i]
        if ch != "?":
            out[i] = _class_of(ch)
        i = find(b"?", i + 1)
    return bytes(out)
