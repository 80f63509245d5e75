"""The alternatives ``temporal/branchskip.py`` joins change no answer: every pattern the package
compiles (the rules' patterns and their parts, the module-level patterns, the builders' ``fastre``
searches), rewritten by ``branchskip.joined`` alone (no ``leadskip``), finds the same matches with
the same groups as ``re.compile`` of its source, over the tagger corpora, the rule examples, TimeML
bodies, random windows of them and hypothesis texts with case folds beyond ASCII; the order of the
alternatives is kept where it decides ("a|ab"), sets that meet are not reordered, and the rewriting
is really there (the rules' word lists joined, their case-blind first letters tested before the
matcher enters them)."""
from __future__ import annotations

import random
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline_app.temporal import branchskip, leadskip, startcache, tagger

from patterntexts import corpus_texts, store_sources, timeml_texts

try:
    import _sre
    from re import _compiler, _constants, _parser
except ImportError:   # another implementation of re: the store, and the rewriting, are off
    _compiler = None

pytestmark = pytest.mark.skipif(_compiler is None or not startcache.enabled() or not leadskip.CHECKED,
                                reason="the start-up store is off, or a Python branchskip was not checked on: "
                                       "re's own code serves")

_corpus_texts, _timeml_texts = corpus_texts, timeml_texts


def _joined(source: str, flags: int = 0):
    """``source`` compiled as ``re`` compiles it, but from the parsed pattern ``branchskip`` gives
    (no ``leadskip``: its INFO block is re's own)."""
    p = _parser.parse(source, flags)
    q = branchskip.joined(p, flags)
    groupindex = dict(p.state.groupdict)
    indexgroup = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return _sre.compile(source, flags | p.state.flags, _compiler._code(q, flags), p.state.groups - 1,
                        groupindex, tuple(indexgroup))


_sources = store_sources


_PAIRS: list = []


def _pairs() -> list:
    """(source, the rewritten pattern, re.compile's) of every source whose code the rewriting
    changes, compiled once."""
    if not _PAIRS:
        for s, f in _sources():
            got, want = _joined(s, f), re.compile(s, f)
            if got != want:
                _PAIRS.append((s, got, want))
    return _PAIRS


def _found(p, text, pos=0, endpos=None):
    endpos = len(text) if endpos is None else endpos
    return [(m.regs, m.lastindex, m.lastgroup) for m in p.finditer(text, pos, endpos)]


def test_the_rules_word_lists_are_rewritten():
    """Most of the package's patterns change (a case-blind word list or a literal that opens an
    alternative); the rules' own patterns with word lists among them; groups and flags are re's."""
    assert len(_pairs()) >= 300, len(_pairs())
    for source, got, want in _pairs():
        assert (got.flags, got.groups, dict(got.groupindex)) == (want.flags, want.groups, dict(want.groupindex))
    rules = {r.name: r.pattern.pattern for r in tagger.RULES}
    changed = {s for s, _, _ in _pairs()}
    for name in ("bare_hour", "duration", "weekday", "month", "ref_word"):
        assert rules[name] in changed, name


def test_the_same_matches_over_the_corpora_and_timeml():
    text = "\n\n".join(_corpus_texts() + _timeml_texts(every=25))
    for source, got, want in _pairs():
        assert _found(got, text) == _found(want, text), source


def test_the_same_matches_in_windows():
    """Windows as the tagger reads them (a look-behind sees before ``pos``, nothing after
    ``endpos``); ``search``, ``match`` and ``fullmatch`` too."""
    text = "\n".join(_corpus_texts())
    rng = random.Random(20261201)
    windows = []
    for _ in range(60):
        lo = rng.randrange(len(text))
        windows.append((lo, min(len(text), lo + rng.choice((1, 3, 24, 48, 120, 320)))))
    for source, got, want in _pairs():
        for lo, hi in windows:
            assert _found(got, text, lo, hi) == _found(want, text, lo, hi), (source, lo, hi)
            for how in ("search", "match", "fullmatch"):
                a, b = getattr(got, how)(text, lo, hi), getattr(want, how)(text, lo, hi)
                assert (a and (a.regs, a.lastindex)) == (b and (b.regs, b.lastindex)), (source, how, lo, hi)


_PIECES = st.sampled_from([
    "jan", "Jan", "JAN", "feb", "March", "may", "Sept.", "Monday", "tue", "tues", "thu", "thurs", "today",
    "tomorrow", "tmrw", "tonight", "week", "weekend", "year", "ago", "next", "last", "this", "the", "noon",
    "am", "p.m.", "since", "until", "in", "on", "at", "of", "a", "s", "k", "i", "\u212a", "\u017f", "\u0130",
    "\u0131", "\u03c2", "\u03a3", "\u00df", "\u1e9e", "st", "\ufb05", "2022", "1990s", "'90s", "31st", "12", "8:30",
    "\u0663", "_", "-", "–", "'", "’", ".", ",", ":", "?", "(", ")", " ", "  ", "\t", "\n", "\u00a0", "é", "x",
])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces=st.lists(_PIECES, max_size=30), cut=st.integers(0, 6))
def test_the_same_matches_on_random_text(pieces, cut):
    text = "".join(pieces)
    lo, hi = min(cut, len(text)), max(min(cut, len(text)), len(text) - cut)
    for source, got, want in _pairs():
        assert _found(got, text) == _found(want, text), source
        assert _found(got, text, lo, hi) == _found(want, text, lo, hi), source


@pytest.mark.parametrize("source, flags, text", [
    (r"tue|thu|today|t", re.I, "Tue THU today t tx TUESDAY"),                  # joined under "t", order kept
    (r"(?:a|ab)c", 0, "abc ac"),                                               # the first alternative wins where both can
    (r"(?:ab|a)(?:b|c)", 0, "abb ab ac"),
    (r"x(?:(a)|(ab)|b)+y", 0, "xaby xaaby xby"),                               # groups in joined alternatives
    (r"(?P<p>p(?P<q>q)?|pr|(?P<s>s))\b", 0, "pq pr ps s p"),
    (r"k(?:m|g)\b|\u212az", re.I, "\u212aM KG kg \u212az kz"),                 # the Kelvin sign folds to k
    (r"(?i:st|\u017fx|s)t", 0, "\u017ftt STt sxt st"),                          # the long s folds to s
    (r"(?:i|\u0131|I)d", re.I, "\u0130d \u0131d id ID"),                        # dotless and dotted i
    (r"(?:\u03c3x|\u03c2y|\u03a3z)", re.I, "\u03a3X \u03c2Y \u03c3Z"),            # the sigmas
    (r"(?:a|[ab]x|ay)", 0, "ay bx ax a"),                                     # a class between: nothing moved past it
    (r"(?:(?i:a)x|ay|Az)", 0, "Ax ay Az az AY"),                              # sets that meet: left in their order
    (r"(?<!\w)(?:ab|ac|b)(?<=ab|ac|xb)", 0, "ab ac b xb"),                    # in a look-behind
    (r"(?:a(?:bc|bd)|ab)e", 0, "abce abde abe"),
    (r"(?:the|then|they)\b", re.I, "The THEN they thEy"),
    (r"(?:a|)b|", 0, "ab b c"),                                               # empty alternatives
    (r"(?:ab|ac)*?d", 0, "ababacd d abd"),
    (r"(?>ab|a)b", 0, "abb ab"),                                              # an atomic group
    (r"(?:(a)|b)(?(1)x|y)", 0, "ax by ay bx"),                                # a conditional group after it
])
def test_order_folds_and_groups(source, flags, text):
    got, want = _joined(source, flags), re.compile(source, flags)
    for lo in range(len(text) + 1):
        for hi in range(lo, len(text) + 1):
            assert _found(got, text, lo, hi) == _found(want, text, lo, hi), (lo, hi)


def test_joined_alternatives_and_tested_first_letters():
    """``tue|mon|thu|today`` becomes two alternatives, under ``t`` (its own branch inside: ``ue``,
    ``hu``, ``oday``) and under ``m``, and a case-blind first letter is a class tested before the
    matcher enters the alternative; nothing is moved past an alternative that does not open with a
    literal; a LOCALE pattern is left as it is."""
    p = branchskip.joined(_parser.parse(r"tue|mon|thu|today", re.I), re.I)
    (op, (_, alts)), = p.data
    assert op is _constants.BRANCH and len(alts) == 2
    head = alts[0].data[0]
    assert head[0] is _constants.SUBPATTERN and head[1][2] == _constants.SRE_FLAG_IGNORECASE
    assert head[1][3].data == [(_constants.IN, [(_constants.LITERAL, ord("T")), (_constants.LITERAL, ord("t"))])]
    inner = alts[0].data[1]
    assert inner[0] is _constants.BRANCH and len(inner[1][1]) == 3
    apart = branchskip.joined(_parser.parse(r"ay|b|az"), 0)
    assert len(apart.data[0][1][1]) == 2   # "a(?:y|z)|b": "az" moved past "b", which cannot begin where it does
    barrier = branchskip.joined(_parser.parse(r"ay|(?i:a)x|az"), 0)
    assert len(barrier.data[0][1][1]) == 3   # not past an alternative that opens with a group
    loc = _parser.parse(rb"ab|ac", re.L)
    assert branchskip.joined(loc, re.L) is loc
