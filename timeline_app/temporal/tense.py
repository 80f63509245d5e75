"""Tense around an expression: does the sentence speak of the past or of the future?

No part-of-speech tagger: the nearest tense marker (a future auxiliary such as "will",
"is to", "plans to"; a past form such as "said", "-ed" verbs, "had") on either side of the
expression, inside its sentence, decides. Markers before the expression count a little more.
"""
from __future__ import annotations

import re

from timeline_app.temporal.lexicon import load

_L = load("en")
_FUTURE_1 = {m for m in _L["future_markers"] if " " not in m}
_FUTURE_2 = {tuple(m.split()) for m in _L["future_markers"] if " " in m}
_PAST = set(_L["past_markers"])
_NOT_PAST_ED = {"need", "speed", "feed", "indeed", "seed", "proceed", "exceed", "succeed", "bred", "hundred", "red",
                "shed", "embed", "united", "based", "armed", "limited", "related", "interested", "concerned",
                "expected", "scheduled", "planned", "proposed", "red", "bed", "wed", "led", "fled", "sled"}
_WEAK_FUTURE = {"would", "until", "by", "next"}
_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")
_WINDOW_BEFORE, _WINDOW_AFTER = 12, 8


def _classify(words: list[str], i: int) -> str | None:
    w = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if (w, nxt) in _FUTURE_2:
        return "future"
    if w in _FUTURE_1 or w.endswith(("'ll", "’ll")):
        return "weak_future" if w in _WEAK_FUTURE else "future"
    if w in _PAST:
        return "past"
    if len(w) > 4 and w.endswith("ed") and w not in _NOT_PAST_ED:
        return "past"
    return None


def tense_at(text: str, sent_start: int, sent_end: int, start: int, end: int) -> str | None:
    """'past', 'future' or None for the expression text[start:end] in its sentence."""
    before = [w.lower() for w in _WORD.findall(text, sent_start, start)][-_WINDOW_BEFORE:]
    after = [w.lower() for w in _WORD.findall(text, end, sent_end)][:_WINDOW_AFTER]
    best = None  # (distance, tense)
    for k in range(len(before) - 1, -1, -1):
        t = _classify(before, k)
        if t:
            best = (len(before) - k, t)
            break
    for k in range(len(after)):
        t = _classify(after, k)
        if t:
            d = k + 1.5
            if best is None or d < best[0]:
                best = (d, t)
            break
    if best is None:
        return None
    t = best[1]
    if t == "weak_future":
        # "would" after "said": future in the past; "by/until/next" are weak hints
        return "future"
    return t
