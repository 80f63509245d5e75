"""Word classes (``lang.ordered``, ``lang.alternation``) open with a lookahead for the characters
their words start with, so that the regex engine gives up at once where none starts: a matching
cost only. They must match exactly what the plain alternation matches, in either case scope,
with words that start with a space, a digit or punctuation, and Unicode case folds (the long s
"ſ" matches "s" case-insensitively, the Kelvin sign "K" matches "k")."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.temporal.lang import alternation, guard, ordered, word_re

_WORD = st.text(st.sampled_from(list("abksKS-.'1 ")), min_size=1, max_size=6).filter(lambda w: w.strip() == w)
_TEXT = st.text(st.sampled_from(list("abksKS-.'1 \n") + ["ſ", "\u212a", "é"]), max_size=60)


def _plain_ordered(words, case):
    return ("(?:" if case else "(?i:") + "|".join(word_re(w) for w in words) + ")"


def _plain_alternation(words, caps):
    words = sorted(set(words), key=lambda w: (-len(w), w))
    if caps:
        forms = []
        for w in words:
            forms += [w[:1].upper() + w[1:], w.upper()]
        return "(?:" + "|".join(word_re(f) for f in forms) + ")"
    return "(?i:" + "|".join(word_re(w) for w in words) + ")"


def _all(pattern: str, text: str):
    return [(m.span(), m.group()) for m in re.finditer(r"(?:%s)(?:\s+x)?" % pattern, text)]


@settings(max_examples=150, deadline=None)
@given(words=st.lists(_WORD, min_size=1, max_size=8), text=_TEXT, case=st.booleans())
def test_guarded_word_classes_match_what_plain_ones_match(words, text, case):
    assert _all(ordered(words, case=case), text) == _all(_plain_ordered(words, case), text)
    assert _all(alternation(words, caps=case), text) == _all(_plain_alternation(words, case), text)


def test_the_guard_lists_first_characters_and_stays_out_of_small_or_empty_classes():
    assert guard(["may", "june", "july", "12th", " x"]) == r"(?=[1\sjm])"
    assert guard(["may", "june"]) == ""             # too few words to pay for a lookahead
    assert guard(["may", "june", "july", ""]) == ""  # an empty word: no character is required
    assert re.fullmatch(ordered(["Mai", "juin", "ſept", "oct"]), "SEPT")
