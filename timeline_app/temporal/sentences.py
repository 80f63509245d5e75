"""Sentence boundaries with character offsets.

A sentence ends at . ! ? (plus closing quotes/brackets) followed by white space and a
capital, digit or opening quote, unless the word before the dot is a known abbreviation
or an initial ("U.S.", "J."). A line break ends a sentence too when the line has no
final punctuation but the next line starts a new block (headlines, datelines).
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    words: set[str] = set()
    data = resources.files("timeline_app.temporal.lexicon").joinpath("abbreviations.txt").read_text("utf-8")
    for line in data.splitlines():
        line = line.split("#", 1)[0]
        words.update(w.strip().lower() for w in line.split() if w.strip())
    return frozenset(words)


# candidate boundary: terminal punctuation, optional closers, then space; or a newline run
_BOUNDARY = re.compile(r"""([.!?…]+)(["'”’)\]]*)(\s+)(?=["'“‘(\[]?[A-Z0-9])|\n\s*\n|\n""")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) spans covering the non-blank sentences of ``text``, in order."""
    abbrev = _abbreviations()
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group(1) is not None:
            if m.group(1) == ".":
                w = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
                if w:
                    word = w.group(1)
                    low = word.lower().rstrip(".")
                    if low in abbrev or (len(low) == 1 and word[0].isupper()) or "." in low:
                        # "U.S." at a sentence end followed by a capital is ambiguous; keep it joined
                        # unless a line break follows.
                        if "\n" not in m.group(3):
                            continue
            end = m.start(3)
        else:
            end = m.start()
        _add(text, start, end, spans)
        start = m.end()
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
