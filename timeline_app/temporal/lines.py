"""Where a position's line starts and ends, in time independent of the line's length.

``text.rfind("\\n", 0, pos)`` reads back to the line's start: cheap where lines are short, but a
text with no line break (a PDF's table pasted as one line, a list joined by spaces, a hostile file)
made every rule that asks for its match's line read back to the text's start: quadratic in the
text. These give the same answers as ``str.rfind`` / ``str.find`` of a line break: first within
``NEAR`` characters (the usual case, as cheap as before), and past that from an index of the text's
line breaks made once per text (one linear pass, then a binary search per question).

Memory: the index holds one integer per line break of the one text last asked about (4 bytes each
below 2**31 characters), made only when a line longer than ``NEAR`` is asked about.
"""
from __future__ import annotations

from array import array
from bisect import bisect_left

#: characters read directly before the index is used
NEAR = 512

# (the text, its line breaks' offsets): one tuple, replaced whole, so that a reader in another thread
# never pairs one text with another's index
_INDEX: tuple = (None, None)


def _breaks(text: str):
    global _INDEX
    idx = _INDEX
    if idx[0] is not text:
        offs, i = [], text.find("\n")
        while i >= 0:
            offs.append(i)
            i = text.find("\n", i + 1)
        idx = (text, array("i" if len(text) < 2 ** 31 else "q", offs))
        _INDEX = idx
    return idx[1]


def start_of_line(text: str, pos: int) -> int:
    """``text.rfind("\\n", 0, pos) + 1``: where the line holding the character before ``pos`` starts."""
    lo = pos - NEAR
    if lo <= 0 or pos > len(text):
        return text.rfind("\n", 0, pos) + 1
    i = text.rfind("\n", lo, pos)
    if i >= 0:
        return i + 1
    nl = _breaks(text)
    k = bisect_left(nl, lo)   # (none in lo..pos: the last before lo)
    return nl[k - 1] + 1 if k else 0


def next_newline(text: str, pos: int) -> int:
    """``text.find("\\n", pos)``: the first line break at or after ``pos``, -1 if none."""
    if pos < 0 or pos + NEAR >= len(text):
        return text.find("\n", pos)
    i = text.find("\n", pos, pos + NEAR)
    if i >= 0:
        return i
    nl = _breaks(text)
    k = bisect_left(nl, pos + NEAR)
    return nl[k] if k < len(nl) else -1
