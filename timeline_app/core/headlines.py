"""Headlines: what happened, in the words of the clause a time expression belongs to.

First version: the sentence with the expression (and its preposition) taken out, cut at
about 90 characters on a word boundary. The clause finder comes next.
"""
from __future__ import annotations

import re

MAX_CHARS = 90
_PREP_BEFORE = re.compile(r"(?:\b(?:on|in|at|since|during|by|from|until|till|before|after|of|for|over|"
                          r"throughout|around|about|within)\s+)$", re.I)


def _tidy(s: str) -> str:
    s = re.sub(r"\s+", " ", s)
    s = re.sub(r"\s+([,.;:!?])", r"\1", s)
    s = re.sub(r"([,;:])(?:\s*[,;:])+", r"\1", s)
    s = s.strip(" ,;:-–—\"'“”‘’")
    s = re.sub(r"[.!?]+$", "", s).strip()
    return s[:1].upper() + s[1:] if s else s


def cut(s: str, limit: int = MAX_CHARS) -> str:
    """``s`` at most ``limit`` characters: cut at a clause boundary when one is near, never mid-word."""
    if len(s) <= limit:
        return s
    head = s[:limit + 1]
    for mark in (";", ",", " —", " –", " -"):
        i = head.rfind(mark)
        if i >= limit * 0.5:
            return head[:i].rstrip(" ,;:-–—") + "…"
    i = head.rfind(" ")
    return (head[:i] if i > 0 else s[:limit]).rstrip(" ,;:-–—") + "…"


def headline(text: str, sentence: tuple[int, int], expression: tuple[int, int]) -> tuple[str, int, int]:
    """The headline for the expression ``text[e0:e1]`` in the sentence ``text[s0:s1]``, with the
    span of the clause it was taken from: ``(headline, clause_start, clause_end)``."""
    s0, s1 = sentence
    e0, e1 = expression
    before = text[s0:e0]
    m = _PREP_BEFORE.search(before)
    if m:
        before = before[:m.start()]
    return cut(_tidy(before + " " + text[e1:s1])), s0, s1
