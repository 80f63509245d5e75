"""The engine holds no English (issue 11: "a second language is a second folder").

Every module of ``timeline_app/temporal/`` outside ``lang/`` is read as source (``ast``), and two
kinds of string literal are checked for words of a language:

* **regex literals**: every string that reaches a pattern (an argument of ``re.compile``,
  ``re.search`` ... , of a module's ``_re`` / ``expand`` / ``ordered`` / ``alternation`` /
  ``trie_of``, directly or through a module-level name). Regex syntax is taken out first (escapes,
  group names, inline flags, ``%s``, ``{word class}`` macros, character classes); any run of two or
  more letters left is a word the engine spells itself. Only the codes in ``REGEX_CODES`` may stay.
* **plain strings compared with text**: strings in a set, list, tuple or dict literal, in a
  comparison (``==``, ``in``), or given to ``str.startswith`` / ``endswith`` / ``find`` ...; one is
  English when a word of it is a word of the English lexicon. Names with an underscore
  (``"deictic_day"``) are the engine's identifiers and are not read. What may stay is listed below
  by kind, each with why; ``NOT_YET_MOVED`` is English the engine still compares with text, left
  for later sessions: it may only shrink (an entry no longer found fails the test, so the list is
  kept exact), and a new English string anywhere fails it.

Explanations (``Resolved.explanation``) are the app's interface text and stay English (README,
"Explanations are written in English"); the ones the engine writes as literals next to a compared
string are in ``EXPLANATIONS``.
"""
from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ENGINE = ROOT / "timeline_app" / "temporal"
LEXICON = ENGINE / "lang" / "en" / "lexicon.json"

# calls whose first argument is (or builds) a regular expression
PATTERN_CALLS = {"compile", "search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer",
                 "_re", "expand", "ordered", "alternation", "trie_of", "guard", "word_re"}
# str methods whose arguments are compared with text
TEXT_METHODS = {"startswith", "endswith", "count", "find", "rfind", "index", "rindex", "split", "rsplit",
                "replace", "strip", "lstrip", "rstrip", "partition", "rpartition"}
_SYNTAX = re.compile(r"\\[A-Za-z]|\\.|\(\?P?<[A-Za-z_]\w*>|\(\?P=\w+\)|\(\?[aiLmsux-]+[:)]|%\(\w+\)[sd]|%[sd]"
                     r"|\{[A-Za-z_]\w*(?::(?:cs|bare|line))?\}|\[(?:\\.|[^\]\\])*\]")
_WORD = re.compile(r"[^\W\d_]{2,}")

# TIMEX3 / ISO 8601 codes that a pattern reads in a value the tagger wrote (not words of a text):
REGEX_CODES = {
    "BC",                    # a value before year 1 ("BC0044"), tagger._BC_VALUE
    "SP", "SU", "FA", "WI",  # TIMEX3 season codes in a value ("2024-SU"), resolve._YEAR_MONTH_OR_SEASON
}

# TIMEX3 values, types and codes the engine writes and compares (not words of a text)
TIMEX_CODES = {
    "DATE", "TIME", "SET", "DURATION", "PRESENT_REF", "_REF", "END", "MID",
    "MO", "AF", "EV", "NI", "DT", "MI", "TEV", "TNI",   # parts of the day
    "SP", "SU", "FA", "WI",                             # seasons
    "PT", "TM", "CE", "DE", "ML",                       # duration units: minutes, centuries, decades, millennia
    "XX", "XXX", "XXXX", "XXXX-QX", "XXXX-WXX", "XXXX-WXX-WE", "XXXX-XX", "XXXX-XX-XX",
}

# the engine's own names that happen to be English words: grains and units of the calendar, kinds
# of mention, rule names, tenses, anchors (Resolved.anchor), modes, slots, trigger categories,
# Mention.data keys. They are compared with each other, never with the text.
IDENTIFIERS = {
    # grains (calendar.GRAIN_RANK) and unit names
    "second", "minute", "hour", "part-of-day", "day", "week", "weekend", "month", "quarter", "half", "season",
    "year", "decade", "century", "millennium",
    # mention kinds and rule names (lang/en/rules.py)
    "anaphor", "cal", "deictic", "holiday", "offset", "weekday", "time", "set", "era", "unit", "spoken",
    "clock", "clock4", "pod", "ampm", "colon", "slash", "dot", "ordinal", "zone", "close", "sharp", "while",
    "year3", "today", "regnal", "orthodox", "observed",   # (localhol32: a holiday kind, lexicon observed_holidays)
    "kinds",   # (holidays34: a holiday named by its kind, rule kind_holiday and long_weekend with a voice; resolve._holiday_of_kind)
    "world",   # (worldhol38: a nation's holiday by name, the holidays package's days: worldhol.WorldDays; resolve._holiday)
    # tenses (tense.tense_at) and modes (tagger.MODES)
    "past", "present", "future", "plan", "news", "narrative",
    # anchors a resolution names (Resolved.anchor) and what it was counted from
    "dct", "text", "sentence", "story", "apposition", "point", "span", "event", "ref", "fixed", "dated",
    "named", "loose", "near", "aside",
    # Mention.data keys and values set by the rules (lang/en/rules.py): "the", "rel", "coming", "months"...
    "the", "coming", "months", "this", "that", "next", "last", "till", "first", "after", "since", "following",
    "am", "pm", "bc", "cut", "days", "weeks",
    # slots and fields of engine objects (__slots__, startcache's store)
    "rule", "words", "key", "made", "needs", "table", "calendar", "shift", "until", "current", "reach", "used",
    "tense", "discourse", "_compiled",
    # module paths of the holidays package (othercal) and its calendars
    "holidays.calendars.chinese", "holidays.calendars.hebrew", "holidays.calendars.hindu",
    "holidays.calendars.islamic", "chinese", "hebrew", "hindu", "islamic",
    # a type annotation written as a string
    "Mention | list[Mention] | None",
}

# explanation text written next to a compared string (interface text, English by design)
EXPLANATIONS = {
    "explicit date", "explicit year", "its year", "no reference date", "no leap year near the reference date",
    "the day named with it", "the day of the shift's first hour", "the last one before", "the next one after",
    "the one around", "the month after", "the month before", "the month of", "the year after", "the year before",
    "the sentence before names", "the sentence names", "the coming", "the date named next in the sentence",
    "the event told last, at the last date mentioned", "the new year after the last date mentioned",
    "of", "before",
    # names for explanations: resolve.WEEKDAY_NAMES, MONTH_NAMES, UNIT_NAMES, season names, ordinals ("the 2nd")
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "fortnight", "spring", "summer", "fall", "winter",
    "1st", "2nd", "3rd", "st", "nd", "rd", "third", "fourth", "fifth",
}

# English the engine still compares with text, left for a later session to move into lang/en/:
# may only shrink (none left at the twenty-second session's end; an entry is written as
# ("module.py", "string"))
NOT_YET_MOVED: set[tuple[str, str]] = set()


def english_vocabulary() -> set[str]:
    """Every word (two letters or more, lower case) in a value or key of the English lexicon."""
    words: set[str] = set()

    def walk(v):
        if isinstance(v, str):
            words.update(w.lower() for w in _WORD.findall(v))
        elif isinstance(v, list):
            for x in v:
                walk(x)
        elif isinstance(v, dict):
            for k, x in v.items():
                if not k.startswith("_"):   # "_doc..." entries are notes, not words the rules read
                    walk(k)
                    walk(x)

    walk(json.loads(LEXICON.read_text(encoding="utf-8")))
    return words


def regex_words(pattern: str) -> list[str]:
    """The runs of letters a regex source spells once its syntax is taken out."""
    return _WORD.findall(_SYNTAX.sub(" ", pattern))


def scan(source: str, vocabulary: set[str]) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """(regex words, English plain strings) of one module's source, each with its line."""
    tree = ast.parse(source)
    skip: set[int] = set()
    for node in ast.walk(tree):
        # docstrings
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.body \
                and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant):
            skip.add(id(node.body[0].value))
        # lexicon keys: _LEX["name"], lex.get("name")
        if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant):
            skip.add(id(node.slice))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "get" \
                and node.args and isinstance(node.args[0], ast.Constant):
            skip.add(id(node.args[0]))
    assigns = {t.id: node.value for node in tree.body if isinstance(node, ast.Assign)
               for t in node.targets if isinstance(t, ast.Name)}
    in_regex: set[int] = set()

    def mark(sub, seen):
        for n in ast.walk(sub):
            if isinstance(n, ast.Constant) and isinstance(n.value, str):
                in_regex.add(id(n))
            elif isinstance(n, ast.Name) and n.id in assigns and n.id not in seen:
                seen.add(n.id)
                mark(assigns[n.id], seen)

    compared: list[ast.AST] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else None
            if name in PATTERN_CALLS and node.args and (not isinstance(f, ast.Attribute) or
                                                        (isinstance(f.value, ast.Name) and f.value.id == "re")):
                mark(node.args[0], set())
            if isinstance(f, ast.Attribute) and f.attr in TEXT_METHODS:
                compared += node.args
        elif isinstance(node, (ast.Set, ast.List, ast.Tuple)):
            compared += node.elts
        elif isinstance(node, ast.Dict):
            compared += [k for k in node.keys if k is not None] + node.values
        elif isinstance(node, ast.Compare):
            compared += [node.left, *node.comparators]
    found_regex = [(n.lineno, w) for n in ast.walk(tree)
                   if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) in in_regex and id(n) not in skip
                   for w in regex_words(n.value)]
    found_plain = sorted({(n.lineno, n.value) for n in compared
                          if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in skip
                          and id(n) not in in_regex and not (n.value.isidentifier() and "_" in n.value.strip("_"))
                          and any(w.lower() in vocabulary for w in _WORD.findall(n.value))})
    return found_regex, found_plain


def engine_modules() -> list[Path]:
    mods = sorted(ENGINE.glob("*.py"))
    assert len(mods) > 15, "the engine's modules were not found: the test looks in the wrong place"
    return mods


@pytest.fixture(scope="module")
def vocabulary():
    v = english_vocabulary()
    assert {"tomorrow", "monday", "ago", "until"} <= v   # the lexicon is read
    return v


def test_no_english_word_in_an_engine_pattern(vocabulary):
    bad = []
    for path in engine_modules():
        found, _ = scan(path.read_text(encoding="utf-8"), vocabulary)
        bad += [f"{path.name}:{line}: {w!r}" for line, w in found if w not in REGEX_CODES]
    assert bad == [], "English in the engine's patterns (move it to lang/en/lexicon.json):\n" + "\n".join(bad)


def test_no_english_compared_with_text_in_the_engine(vocabulary):
    allowed = TIMEX_CODES | IDENTIFIERS | EXPLANATIONS
    bad, debt = [], set()
    for path in engine_modules():
        _, found = scan(path.read_text(encoding="utf-8"), vocabulary)
        for line, s in found:
            if (path.name, s) in NOT_YET_MOVED:
                debt.add((path.name, s))
            elif s not in allowed:
                bad.append(f"{path.name}:{line}: {s!r}")
    assert bad == [], "English strings in the engine (move them to lang/en/, or list why they may stay):\n" + "\n".join(bad)
    gone = sorted(NOT_YET_MOVED - debt)
    assert gone == [], f"moved to the lexicon: take these off NOT_YET_MOVED (the list only shrinks): {gone}"


def test_the_scan_finds_a_planted_word(vocabulary):
    # the scan itself: an English word written into a pattern, a word list or a comparison of an
    # engine-like module is found; the same module with the word read from the lexicon is clean
    planted = (
        'import re\n'
        '_X = r"\\s+(?:soon|\\d+)\\b"\n'
        '_GAP = re.compile(r"[ \\t]*(?:-|" + "till" + r")\\s*" + _X, re.I)\n'
        '_STOP = frozenset(("yesterday", "DATE"))\n'
        'def f(w):\n'
        '    return w == "tonight" or w.endswith("ago")\n'
    )
    regex, plain = scan(planted, vocabulary)
    assert sorted(w for _, w in regex) == ["soon", "till"]
    assert {s for _, s in plain} == {"yesterday", "DATE", "tonight", "ago"}   # ("DATE": a code, allowed by TIMEX_CODES)
    clean = (
        'import re\n'
        'from timeline_app.temporal.lang import expand, lexicon\n'
        '_LEX = lexicon()\n'
        '_GAP = re.compile(expand(r"[ \\t]*(?:-|{range_to_words:bare})\\s*(?:\\w+)", _LEX), re.I)\n'
        '_STOP = frozenset(_LEX["title_stop_words"])\n'
    )
    assert scan(clean, vocabulary) == ([], [])
