"""Trigger words: where in a text a time expression can be at all.

One pass of a simple tokenizer puts every word that can anchor a time expression (a month
name, a unit such as "weeks", a weekday, a year-like number...) in a category. Each rule
names the categories it needs and runs only in windows around them, so the cost of the
many rule patterns is paid on a small part of the text and stays linear in its size.
"""
from __future__ import annotations

import re
from collections import defaultdict

from timeline_app.temporal.lang import lexicon

_L = lexicon("en")

# How far a rule's match may reach before / after its trigger word.
BACK, FORWARD = 64, 64

_TOKEN = re.compile(r"[A-Za-z]+|\d+[A-Za-z]*|(?<=\d)[:/](?=\d)")
_SPACE = re.compile(r"\s")


def _words() -> dict[str, tuple[str, ...]]:
    cats: dict[str, set[str]] = defaultdict(set)

    def put(cat, words):
        for w in words:
            for part in re.findall(r"[a-z]+", w.lower()):
                cats[part].add(cat)

    put("month", _L["months"])
    put("weekday", list(_L["weekdays"]) + [w + "s" for w in _L["weekdays"]])
    put("unit", list(_L["units"]) + ["weekend", "weekends", "centuries", "millennia", "night", "nights", "yr", "yrs"])
    put("season", _L["seasons"])
    put("quarter", ["quarter", "quarters", "half", "period", "q1", "q2", "q3", "q4"])
    put("deictic", ["today", "tonight", "yesterday", "tomorrow", "now", "current", "currently", "recent", "recently",
                    "past", "future", "former", "formerly", "lately", "present", "presently", "nowadays", "moment", "term"])
    put("pod", list(_L["parts_of_day"]) + ["noon", "midnight", "midday"])
    put("ampm", ["am", "pm", "m"])
    put("clock", ["clock"])
    put("era", ["bc", "bce", "b"])
    put("spoken", ["nineteen", "eighteen", "seventeen", "twenty", "thousand", "twenties", "thirties", "forties",
                   "fifties", "sixties", "seventies", "eighties", "nineties"])
    put("set", ["every", "each", "daily", "weekly", "monthly", "annually", "yearly", "hourly", "nightly", "biweekly",
                "fortnightly", "biannually", "semiannually", "once", "twice", "thrice", "times"])
    holiday_words = list(_L["fixed_holidays"]) + list(_L["weekday_holidays"]) + list(_L["easter_holidays"])
    put("holiday", [w.split()[0] for w in holiday_words])
    return {w: tuple(sorted(c)) for w, c in cats.items()}


_WORD_CATS = _words()


def trigger_spans(text: str) -> dict[str, list[tuple[int, int]]]:
    """Category -> spans of its trigger tokens, in text order."""
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    get = _WORD_CATS.get
    for m in _TOKEN.finditer(text):
        tok = m.group()
        c0 = tok[0]
        if c0.isdigit():
            digits = tok.rstrip("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
            if len(digits) == 4 and "1000" <= digits <= "2099":
                spans["year"].append(m.span())
            if tok.endswith("s") and len(digits) in (2, 4):
                spans["decade"].append(m.span())
            if tok[len(digits):].lower() in ("bc", "bce"):
                spans["era"].append(m.span())
            if tok[len(digits):].lower() in ("st", "nd", "rd", "th") and len(digits) <= 2:
                spans["ordinal"].append(m.span())
            if tok[len(digits):].lower() in ("am", "pm", "h"):
                spans["ampm"].append(m.span())
                spans["colon"].append(m.span())
            continue
        if c0 == ":":
            spans["colon"].append(m.span())
            continue
        if c0 == "/":
            spans["slash"].append(m.span())
            continue
        cats = get(tok.lower())
        if cats:
            for c in cats:
                spans[c].append(m.span())
    return spans


def windows(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merged windows around trigger spans, widened to whole words."""
    out: list[list[int]] = []
    n = len(text)
    for s, e in sorted(spans):
        ws = max(0, s - BACK)
        we = min(n, e + FORWARD)
        if out and ws <= out[-1][1]:
            if we > out[-1][1]:
                out[-1][1] = we
        else:
            out.append([ws, we])
    result = []
    for ws, we in out:
        # to the end of the word, read at most FORWARD characters on (a text without spaces
        # does not make every window search the rest of it)
        stop = min(n, we + FORWARD)
        m = _SPACE.search(text, we, stop) if we < n else None
        result.append((ws, m.start() if m else stop))
    # widening may make neighbours touch: merge again
    merged: list[tuple[int, int]] = []
    for w in result:
        if merged and w[0] <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], w[1]))
        else:
            merged.append(w)
    return merged
