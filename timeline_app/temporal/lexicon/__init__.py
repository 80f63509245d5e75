"""Language data for the tagger, loaded once from JSON (``en.json``)."""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def load(lang: str = "en") -> dict:
    data = resources.files(__name__).joinpath(f"{lang}.json").read_text("utf-8")
    return json.loads(data)


def alternation(words, *, caps: bool = False) -> str:
    """A regex alternation of ``words``, longest first. ``caps``: only Title/UPPER case forms
    match (month and weekday names), otherwise case-insensitive."""
    words = sorted(set(words), key=lambda w: (-len(w), w))
    if caps:
        forms = []
        for w in words:
            forms += [w[:1].upper() + w[1:], w.upper()]
        return "(?:" + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms) + ")"
    return "(?i:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + ")"
