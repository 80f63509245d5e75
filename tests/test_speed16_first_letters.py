"""(speed16) ``lang.first_letter_class`` writes the first ASCII letter of each word of a case-insensitive
alternation as a case-sensitive class ("(?-i:[Tt])en"), so that the regex engine's branch loop skips a word
that cannot start here without entering it. It is exact only if the class holds exactly what the IGNORECASE
letter matches: read here over every code point, and every pattern of the rules (and the rules module's
compiled patterns) is compared with its plain form (each class written back as its letter) on the speed
tests' texts and on hypothesis texts of number words, units and case twins ("ſ", the Kelvin sign, "İ", "ı")."""
from __future__ import annotations

import re
import sys

from hypothesis import example, given, settings
from hypothesis import strategies as st

from timeline_app.temporal import lang, tagger
from timeline_app.temporal.lang.en import rules as R

from test_speed_equivalence import _sample_texts

_CLASS = re.compile(r"\(\?-i:\[([^\]\\]*)\]\)")


def _plain(pattern: str) -> str:
    """The pattern as it was before speed16: each first-letter class written back as its ASCII letter."""
    return _CLASS.sub(lambda m: next(c for c in m.group(1) if c.isascii()).lower(), pattern)


def _changed() -> list:
    """(name, new compiled, plain compiled) of every rule pattern and compiled pattern of rules.py that holds a class."""
    tagger.prepare_rules()
    out, seen = [], set()
    cands = [(r.name, r.pattern.compiled()) for r in tagger.RULES]
    cands += [(k, v) for k, v in vars(R).items() if isinstance(v, re.Pattern)]
    cands += [(k, v.compiled()) for k, v in vars(R).items() if type(v).__name__ == "LazyPattern"]
    for name, pat in cands:
        if pat.pattern in seen or not _CLASS.search(pat.pattern):
            continue
        seen.add(pat.pattern)
        out.append((name, pat, re.compile(_plain(pat.pattern), pat.flags)))
    return out


_PATTERNS = _changed()
_DURATION = next(p for n, p, _ in _PATTERNS if n == "duration")


def _same(new: re.Pattern, old: re.Pattern, text: str) -> bool:
    def runs(p):
        return [(m.span(), tuple(m.span(g) for g in range(1, (p.groups or 0) + 1))) for m in p.finditer(text)]
    return runs(new) == runs(old)


def test_the_classes_hold_exactly_what_the_ignorecase_letter_matches():
    letter = re.compile("(?i)[a-z]")
    twins: dict = {}
    for x in range(sys.maxunicode + 1):
        ch = chr(x)
        if not ch.isascii() and letter.fullmatch(ch):
            for c in "abcdefghijklmnopqrstuvwxyz":
                if re.fullmatch("(?i)" + c, ch):
                    twins[c] = twins.get(c, "") + ch
    assert twins == lang._TWINS and set(twins) >= {"s", "k", "i"}
    for c in "abcdefghijklmnopqrstuvwxyz":
        cls = re.compile(lang.first_letter_class(c + "x")[:-1])
        for ch in {c, c.upper(), *twins.get(c, "")} | set(lang._TWINS.get(c, "")):
            assert bool(cls.fullmatch(ch)) == bool(re.fullmatch("(?i)" + c, ch)), (c, ch)
    assert lang.first_letter_class("3 days") == "3 days" and lang.first_letter_class(r"\-x") == r"\-x"


def test_the_rules_patterns_hold_classes():
    names = {n for n, _, _ in _PATTERNS}
    assert {"duration", "offset"} <= names and len(_PATTERNS) > 50
    assert "(?-i:[Ss\u017f])even" in _DURATION.pattern   # "seven" with its long-s twin


def test_every_changed_pattern_finds_the_same_on_the_corpora():
    texts = _sample_texts()
    for name, new, old in _PATTERNS:
        for text in texts:
            assert _same(new, old, text), name


def test_a_broken_class_is_seen():
    # the check above must fail when a class misses a twin: "ſeven days" is a duration under IGNORECASE
    broken = re.compile(_DURATION.pattern.replace("[Ss\u017f]", "[Ss]"), _DURATION.flags)
    plain = re.compile(_plain(_DURATION.pattern), _DURATION.flags)
    assert _same(_DURATION, plain, "for \u017feven days")
    assert not _same(broken, plain, "for \u017feven days")


_WORDS = st.sampled_from(["a", "an", "another", "the", "past", "few", "several", "couple", "of", "dozen", "half",
                          "about", "nearly", "more", "than", "over", "just", "upwards", "twenty", "Twenty-five", "thirty",
                          "ten", "eleven", "seven", "ſeven", "six", "ſix", "fifteen", "hundred", "thousand", "and",
                          "one", "three", "quarters", "Three-quarters", "days", "day", "weeks", "hours", "hrs", "years",
                          "months", "minutes", "\u212aday", "İn", "ıt", "old", "long", "ago", "later", "earlier",
                          "3", "10", "1,500", "2.5", "1/2", "½", "5+", "-", "often", "plenty", "at", "least", "most",
                          "SOME", "many", "Dozens", "numerous"])
_SEPS = st.sampled_from([" ", "  ", "-", "\n", "\t", ", ", ". ", ""])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_WORDS, _SEPS), max_size=14))
@example([("for", " "), ("ſeven", " "), ("days", "")])
@example([("nearly", " "), ("a", " "), ("week", " "), ("ago", "")])
@example([("\u212a", ""), ("ten", " "), ("years", "")])
def test_every_changed_pattern_finds_the_same_on_hypothesis_texts(parts):
    text = "".join(w + s for w, s in parts)
    for name, new, old in _PATTERNS:
        assert _same(new, old, text), (name, text)
