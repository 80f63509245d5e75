"""The first-character skip of ``temporal/leadskip.py`` changes no answer: every pattern the
package compiles (the rules' patterns, negatives, leads and trails, the module-level patterns of
``tagger``, ``tense``, ``anchors``, ``resolve``... and those the builders pass to ``fastre``'s
functions) finds, compiled through the start-up store, the same matches with the same groups as
``re.compile`` of its source, over the tagger corpora, the rule examples, TimeML bodies, random
windows (``pos``/``endpos``) of them, and hypothesis texts with case folds beyond ASCII and word
edges; its code is ``re``'s but for the INFO block; and the skip is really there."""
from __future__ import annotations

import random
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline_app.temporal import leadskip, startcache

from patterntexts import corpus_texts, store_sources, timeml_texts

try:
    import _sre
    from re import _compiler, _constants, _parser
except ImportError:   # another implementation of re: the store, and the skip, are off
    _compiler = None

pytestmark = pytest.mark.skipif(_compiler is None or not startcache.enabled() or not leadskip.CHECKED,
                                reason="the start-up store is off, or a Python leadskip was not checked on: "
                                       "re's own code serves, no skip")

_corpus_texts, _timeml_texts = corpus_texts, timeml_texts


_sources = store_sources


_PAIRS: list = []


def _pairs() -> list:
    """(source, the store's pattern, re.compile's) of every source, compiled once (re's own
    cache holds 512: it would compile them again in every example)."""
    if not _PAIRS:
        _PAIRS.extend((s, startcache.compile(s, f), re.compile(s, f)) for s, f in _sources())
    return _PAIRS


def _found(p, text, pos=0, endpos=None):
    endpos = len(text) if endpos is None else endpos
    return [(m.regs, m.lastindex) for m in p.finditer(text, pos, endpos)]


def test_the_skip_is_given_to_the_look_behind_patterns():
    """Most patterns get the skip (a leading look-behind, a repeat or an IGNORECASE word first);
    each one's code is re's but for the INFO block, whose shortest and longest match are re's."""
    changed = 0
    for source, flags in _sources():
        p = _parser.parse(source, flags)
        plain, ours = _compiler._code(p, flags), leadskip.code(p, flags)
        if ours == plain:
            continue
        changed += 1
        assert plain[2] == 0 and plain[3] > 0, source   # re gave no prefix, no charset
        assert ours[2] == _constants.SRE_INFO_CHARSET and ours[3:5] == plain[3:5], source
        assert ours[1 + ours[1]:] == plain[1 + plain[1]:], source
        got, want = startcache.compile(source, flags), re.compile(source, flags)
        assert (got.flags, got.groups, dict(got.groupindex)) == (want.flags, want.groups, dict(want.groupindex))
    assert changed >= 400, changed
    look = startcache.compile(r"(?<![\w])(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?)\b", re.I)
    assert look != re.compile(r"(?<![\w])(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?)\b", re.I)   # (the code differs)


def test_the_same_matches_over_the_corpora_and_timeml():
    text = "\n\n".join(_corpus_texts() + _timeml_texts(every=25))
    for source, got, want in _pairs():
        assert _found(got, text) == _found(want, text), source


def test_the_same_matches_in_windows():
    """Windows as the tagger reads them: a look-behind sees before ``pos``, nothing after
    ``endpos``; ``search`` and ``match`` too."""
    text = "\n".join(_corpus_texts())
    rng = random.Random(20221201)
    windows = []
    for _ in range(150):
        lo = rng.randrange(len(text))
        windows.append((lo, min(len(text), lo + rng.choice((1, 3, 24, 48, 120, 320)))))
    for source, got, want in _pairs():
        for lo, hi in windows:
            assert _found(got, text, lo, hi) == _found(want, text, lo, hi), (source, lo, hi)
            a, b = got.search(text, lo, hi), want.search(text, lo, hi)
            assert (a and a.regs) == (b and b.regs), (source, lo, hi)
            a, b = got.match(text, lo, hi), want.match(text, lo, hi)
            assert (a and a.regs) == (b and b.regs), (source, lo, hi)


# letters with case folds beyond ASCII (the Kelvin sign folds to k, long s to s, dotted and
# dotless i, final sigma), word edges (_ - ' ’), digits of other scripts, odd blanks
_PIECES = st.sampled_from([
    "jan", "Jan", "JAN", "feb", "March", "may", "Sept.", "Monday", "tue", "week", "weekend", "year", "ago",
    "next", "last", "this", "today", "tonight", "noon", "am", "p.m.", "since", "until", "in", "on", "at", "the",
    "of", "a", "s", "k", "i", "\u212a", "\u017f", "\u0130", "\u0131", "\u03c2", "\u03a3", "\u00df", "\u1e9e", "st", "\ufb05",
    "2022", "1990s", "'90s", "31st", "12", "8:30", "10/09", "\u0663", "\uff11", "_", "-", "–", "'", "’", ".", ",",
    ":", "!", "?", "(", ")", "@", "#", " ", "  ", "\t", "\n", "\n\n", "\u00a0", "\u2028", "é", "É", "x",
])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces=st.lists(_PIECES, max_size=40), cut=st.integers(0, 6))
def test_the_same_matches_on_random_text(pieces, cut):
    text = "".join(pieces)
    lo, hi = min(cut, len(text)), max(min(cut, len(text)), len(text) - cut)
    for source, got, want in _pairs():
        assert _found(got, text) == _found(want, text), source
        assert _found(got, text, lo, hi) == _found(want, text, lo, hi), source


@pytest.mark.parametrize("source, flags, text", [
    (r"(?<![\w])k(?:m|g)\b", re.I, "5 \u212aM, 3 kg, 2 KG"),                    # Kelvin sign folds to k
    (r"(?<![\w])(?i:st)ate\b", 0, "\u017ftate, State, sTate"),                 # long s folds to s
    (r"(?<![\w])i(?:d|s)\b", re.I, "\u0130s \u0131d is ID"),
    (r"(?<![\w])\u03c3\u03b5\b", re.I, "\u03a3\u0395 \u03c2\u03b5"),
    (r"(?<![\w])(?:\d{1,2}|twelve)\b", 0, "12 \u0663 \uff11 twelve"),           # \d beyond ASCII
    (r"(?<![\w])(?:\d{1,2}|twelve)\b", re.A, "12 \u0663 \uff11 twelve"),
    (r"(?<!\w)(?:a|b)?c", 0, "ac bc c xc"),                                    # an optional first part
    (r"(?<!\w)(?:x*|y)z", 0, "xxz yz z"),
    (r"(?<=\s)(?=\d)\d+(?<!0)", 0, " 10 20 7"),
    (r"(?<!\w)(?i:may)\b", 0, "MAY may"),
    (r"jan", re.I, "Jan JAN jan"),                                            # a cased word under IGNORECASE
    (r"(?<!\w)(a)\1", 0, "aa baa aaa"),                                       # a back-reference after the first char
    (r"(?<!\w)(?:(a)|b)(?(1)c|d)", 0, "ac bd ad bc"),                         # a conditional group after it
])
def test_folds_and_optional_starts(source, flags, text):
    got, want = startcache.compile(source, flags), re.compile(source, flags)
    assert got != want   # (the skip is given: the code differs)
    for lo in range(len(text) + 1):
        for hi in range(lo, len(text) + 1):
            assert _found(got, text, lo, hi) == _found(want, text, lo, hi)


@pytest.mark.parametrize("source, flags", [
    (r"(?<!\w)(?:a|b)?", 0),          # can match empty
    (r"(?<!\w)(a)?\1b", 0),           # a back-reference where a match may begin: not read
    (r"(?<!\w)(a)?(?(1)c|d)", 0),      # a conditional group there: not read
    (r"(?<!\w)\w+", 0),               # a set past _CHARS_MAX
    (r"(?<!\w)[^a]", 0),
    (r"(?<!\w).x", re.S),
    (r"jan", 0),                      # re's own prefix kept
    (r"[jJ]an", 0),
])
def test_no_skip_where_it_cannot_be_read(source, flags):
    p = _parser.parse(source, flags)
    plain = _compiler._code(p, flags)
    assert leadskip.code(p, flags) == plain


def test_the_charsets_accept_the_first_characters_and_below_u0100_no_other():
    """Over every code point, each changed pattern's INFO charset accepts every character its
    first atoms accept (what makes the skip exact), below U+0100 no other, and from U+0100 on
    only the range from the first of them there to the last (more costs a try, not an answer).
    A sample of the distinct sets (each a run over 1.1 million code points)."""
    every = leadskip._every()
    seen = {}
    for source, flags in _sources():
        p = _parser.parse(source, flags)
        ours = leadskip.code(p, flags)
        if ours[2] != _constants.SRE_INFO_CHARSET or _compiler._code(p, flags)[2] != 0:
            continue
        charset = tuple(ours[5:1 + ours[1]])
        if charset in seen:
            continue
        atoms = []
        assert not leadskip._first(p.data, p.state.flags | flags, atoms)
        seen[charset] = frozenset().union(*(leadskip._accepts(a, f) for a, f in atoms))
    assert len(seen) > 20
    for charset, chars in list(seen.items())[::max(1, len(seen) // 25)]:
        code = [_constants.INFO, 4 + len(charset), _constants.SRE_INFO_CHARSET, 1, 1, *charset,
                _constants.IN, len(charset) + 1, *charset, _constants.SUCCESS]
        probe = _sre.compile("", 0, code, 0, {}, (None,))
        accepted = frozenset(m.start() for m in probe.finditer(every))
        assert chars <= accepted
        assert {c for c in accepted if c < 0x100} == {c for c in chars if c < 0x100}
        wide = [c for c in chars if c >= 0x100]
        assert all(min(wide) <= c <= max(wide) for c in accepted if c >= 0x100) if wide else max(accepted) < 0x100


def test_each_first_atom_read_over_its_domain_is_read_over_every_code_point():
    """``_domain`` (the code points an atom may accept: those named, those case folding moves)
    loses none: every first atom of the package's patterns, and a few more, read over its domain
    gives what the engine accepts over all 1.1 million code points."""
    every = leadskip._every()
    atoms = {}
    for source, flags in _sources() + [(r"(?<!\w)(?i:[a-f\u0130\u017f\u212a]|\u03c3)x", 0),
                                       (r"(?<!\w)[k-m]x", re.I | re.A), (r"(?<!\w)(?:[\x00-\xff]|\u2028)x", re.I)]:
        p = _parser.parse(source, flags)
        found = []
        try:
            leadskip._first(p.data, p.state.flags | flags, found)
        except leadskip._GiveUp:
            continue
        for atom, f in found:
            body = []
            _compiler._compile(body, [atom], f)
            atoms.setdefault((tuple(body), f & leadskip._MEANT), (atom, f))
    assert len(atoms) > 100
    for (body, _), (atom, f) in atoms.items():
        prog = _sre.compile("", f & leadskip._MEANT, _compiler._code(_parser.SubPattern(_parser.State(), [atom]), f),
                            0, {}, (None,))
        full = frozenset(m.start() for m in prog.finditer(every))
        got = leadskip._accepts(atom, f)
        assert got == (full if len(full) <= leadskip._CHARS_MAX else None), body
