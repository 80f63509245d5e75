"""(speed17) ``branchskip`` puts the groups of alternatives whose first characters are apart in the order of
English letters (``_rank``: "t", "a", "s", "o" ... first in a word; "e", "t", "a" ... after), not as the lists
spell them. The same answers: at a place the text's character is in one group's set at most, so the matcher
enters the same alternatives in the same order. Checked on word lists drawn at random (case-blind or not, with
the folds beyond ASCII, prefixes of each other, empty alternatives, a class or a group between them) against
``re.compile`` of the same source, at every window of random texts; the order is really changed, and never
where two groups' sets meet or past an alternative that does not open with a literal."""
from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from timeline_app.temporal import branchskip, leadskip, startcache

from test_branchskip import _found, _joined

try:
    from re import _constants, _parser
except ImportError:   # another implementation of re: the store, and the rewriting, are off
    _parser = None

pytestmark = pytest.mark.skipif(_parser is None or not startcache.enabled() or not leadskip.CHECKED,
                                reason="the start-up store is off, or a Python branchskip was not checked on")

_LETTERS = "tamxzesdkyi"
_FOLDS = ["\u212a", "\u017f", "\u0130", "\u0131", "K", "S", "T", "Z"]
_WORD = st.text(st.sampled_from(list(_LETTERS) + _FOLDS), min_size=0, max_size=4)
_ODD = st.sampled_from([r"[tz]x", r"(?i:a)x", r"\d", r"(?:mz|ax)", r"."])   # not a literal first


def _source(words, odd, where):
    alts = [re.escape(w) for w in words]
    if odd is not None:
        alts.insert(min(where, len(alts)), odd)
    return "(?:%s)" % "|".join(alts)


_TEXT = st.text(st.sampled_from(list(_LETTERS) + _FOLDS + [" ", "-", "x", "1", "é"]), max_size=24)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words=st.lists(_WORD, min_size=1, max_size=12), odd=st.one_of(st.none(), _ODD), where=st.integers(0, 12),
       flags=st.sampled_from([0, re.I]), tail=st.sampled_from(["", r"(?![a-z])", r"\b", "x"]), text=_TEXT)
@example(words=["mon", "tue", "thu", "sat", "am"], odd=None, where=0, flags=re.I, tail=r"(?![a-z])",
         text="Tue MON sat AM am thurs")
@example(words=["s", "st", "\u017fx", "k", "\u212az"], odd=None, where=0, flags=re.I, tail="",
         text="\u017ftx ST kz \u212aZ sx")
def test_the_same_matches_as_re(words, odd, where, flags, tail, text):
    source = _source(words, odd, where) + tail
    got, want = _joined(source, flags), re.compile(source, flags)
    for lo in range(len(text) + 1):
        for hi in range(lo, len(text) + 1):
            assert _found(got, text, lo, hi) == _found(want, text, lo, hi), (source, lo, hi)


def _heads(p):
    """The first literal (or class) of each alternative of the first BRANCH of the parsed ``p``."""
    (op, (_, alts)), = p.data
    assert op is _constants.BRANCH
    out = []
    for a in alts:
        item = a.data[0]
        if item[0] is _constants.SUBPATTERN:   # a case-blind letter written as its class
            item = item[1][3].data[0]
        out.append(item)
    return out


def test_groups_in_the_order_of_english_letters():
    p = branchskip.joined(_parser.parse(r"mon|zed|tue|sat|am|thu"), 0)
    assert [chr(av) for _op, av in _heads(p)] == ["t", "a", "s", "m", "z"]
    # a trie's rest after its first letter: the later letters' order ("e" before "d" before "y")
    inner = branchskip.joined(_parser.parse(r"tda|tea|tya|mo"), 0)
    (_op, (_, alts)), = inner.data
    assert alts[0].data[0] == (_constants.LITERAL, ord("t"))
    rest = alts[0].data[1]
    assert rest[0] is _constants.BRANCH
    assert [chr(a.data[0][1]) for a in rest[1][1]] == ["e", "d", "y"]
    # case-blind: the classes in the same order
    q = branchskip.joined(_parser.parse(r"mon|tue", re.I), re.I)
    assert [sorted(chr(av) for _lit, av in h[1]) for h in _heads(q)] == [["T", "t"], ["M", "m"]]


def test_not_reordered_past_an_alternative_that_opens_with_no_literal():
    """(sets that meet are left as written by ``_branch`` before it orders anything: test_branchskip.py)"""
    barrier = branchskip.joined(_parser.parse(r"mz|[ab]x|ty|az"), 0)
    heads = [a.data[0] for a in barrier.data[0][1][1]]
    assert heads[0] == (_constants.LITERAL, ord("m")) and heads[1][0] is _constants.IN
    assert heads[2:] == [(_constants.LITERAL, ord("t")), (_constants.LITERAL, ord("a"))]
    # ... and each run between such alternatives ordered on its own
    runs = branchskip.joined(_parser.parse(r"mz|az|[ab]x|zy|ty"), 0)
    heads = [a.data[0] for a in runs.data[0][1][1]]
    assert heads == [(_constants.LITERAL, ord("a")), (_constants.LITERAL, ord("m")), heads[2],
                     (_constants.LITERAL, ord("t")), (_constants.LITERAL, ord("z"))]
