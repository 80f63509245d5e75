"""Language data: one folder per language, apart from the engine.

``lang/en/`` holds English: ``lexicon.json`` (every word the rules read, in named word
classes and tables), ``rules.py`` (the extraction rules as records built from those word
classes) and ``abbreviations.txt`` (words whose full stop does not end a sentence). A second
language is a second folder with the same three files; the engine asks for one with
``load(code)`` and holds no words of its own.

Word classes become regular expressions the way SUTime builds ``$Decades`` from the keys
of its map: ``{name}`` in a rule pattern is the alternation of the lexicon entry ``name``
(a list, or the keys of a table), in the order written there (earlier alternatives win),
case-insensitive; ``{name:cs}`` keeps the case as written. A space in an entry matches any
run of white space.
"""
from __future__ import annotations

import importlib
import json
from timeline_app.temporal import fastre as re
from functools import lru_cache
from importlib import resources
from types import ModuleType

DEFAULT = "en"


@lru_cache(maxsize=None)
def lexicon(code: str = DEFAULT) -> dict:
    """The lexicon of language ``code`` (``lang/<code>/lexicon.json``), read once."""
    data = resources.files(f"{__name__}.{code}").joinpath("lexicon.json").read_text("utf-8")
    return json.loads(data)


@lru_cache(maxsize=None)
def word_list(code: str, name: str) -> frozenset[str]:
    """A plain word file of language ``code`` (one or more words a line, ``#`` comments), lower case."""
    words: set[str] = set()
    data = resources.files(f"{__name__}.{code}").joinpath(name).read_text("utf-8")
    for line in data.splitlines():
        words.update(w.lower() for w in line.split("#", 1)[0].split())
    return frozenset(words)


@lru_cache(maxsize=None)
def load(code: str = DEFAULT) -> ModuleType:
    """The language module ``lang/<code>``: its ``RULES``, ``LEXICON`` and word patterns."""
    return importlib.import_module(f"{__name__}.{code}")


def word_re(word: str) -> str:
    """One lexicon entry as a regex: literal, any white space where the entry has a space."""
    return re.escape(word).replace(r"\ ", r"\s+")


def guard(words) -> str:
    """A lookahead for the characters ``words`` can start with ("(?=[mtw])"): at a position where
    none of them starts, the regex engine fails once instead of trying every word (a
    matching cost only: the words match what they matched). Empty when a word is empty."""
    firsts = set()
    for w in words:
        if not w:
            return ""
        firsts.add(r"\s" if w[0].isspace() else re.escape(w[0]))
    return "(?=[%s])" % "".join(sorted(firsts)) if len(words) > 3 else ""


def alternation(words, *, caps: bool = False) -> str:
    """A regex alternation of ``words``, longest first. ``caps``: only Title/UPPER case forms
    match (month and weekday names), otherwise case-insensitive."""
    words = sorted(set(words), key=lambda w: (-len(w), w))
    if caps:
        forms = []
        for w in words:
            forms += [w[:1].upper() + w[1:], w.upper()]
        return "(?:" + guard(forms) + "(?:" + "|".join(word_re(f) for f in forms) + "))"
    return "(?i:" + guard(words) + "(?:" + "|".join(word_re(w) for w in words) + "))"


def ordered(words, *, case: bool = False) -> str:
    """A regex alternation of ``words`` in the order given (earlier alternatives win);
    case-insensitive unless ``case``."""
    words = list(words)
    return ("(?:" if case else "(?i:") + guard(words) + "(?:" + "|".join(word_re(w) for w in words) + "))"


_MACRO = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)(?::(cs|bare|line))?\}")


def expand(pattern: str, lex: dict, macros: dict[str, str] | None = None, used: set[str] | None = None) -> str:
    """Replace ``{name}`` (``{name:cs}``) in ``pattern`` by the word class ``name``: a regex
    from ``macros`` if it is one, else the alternation of the lexicon entry ``name``. The
    names read are added to ``used`` (the data-integrity test checks every entry is read).
    ``{name:bare}`` is the entry's words joined by ``|`` and nothing else (no group, no case,
    no first-letter guard): the engine's patterns spell their words so, and take the case and
    the group of the pattern around them, as the words written in place did. ``{name:line}``
    is the same, but a space in an entry matches a run of spaces and tabs only (not a line break)."""
    def sub(m: re.Match) -> str:
        name, cs = m.group(1), m.group(2)
        if macros and name in macros:
            return macros[name]
        if name not in lex:
            raise KeyError(f"pattern names {{{name}}}, which is neither a macro nor a lexicon entry")
        if used is not None:
            used.add(name)
        if cs == "bare":
            return "|".join(word_re(w) for w in lex[name])
        if cs == "line":
            return "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in lex[name])
        return ordered(lex[name], case=cs == "cs")

    return _MACRO.sub(sub, pattern)


def trie_of(words) -> str:
    """A regex matching exactly ``words``, as a trie ("mon(?:day|th)?..."): at each position the
    engine follows one branch per letter instead of trying every word. Not ordered as the
    words are (a longer word is tried first): for a pattern that asks only whether there is
    a match (the trigger scan, a rule's lead), not which word an alternation prefers."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:  # a word ends here and longer ones go on
            body = ("(?:" + body + ")" if len(alts) == 1 else body) + "?"
        return body

    return emit(root)
