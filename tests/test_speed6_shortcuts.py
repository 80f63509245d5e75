"""(speed6, eighteenth session) The reading stage's shortcuts give what the plain paths give (no
timings here): the checks made before the case-blind phrase searches of ``tagger._note_date`` and
``tagger._count_start`` and before tense's next-label search let every match through, the blank-line
test reads from the first newline, ``fastre``'s functions answer as ``re``'s do, and ``Point.end``
of a month-like grain is ``add_months``' end."""
from __future__ import annotations

import re
from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.temporal import fastre, tagger, tense
from timeline_app.temporal.calendar import MAX_YEAR, Point, add_months

from patterntexts import tagger_texts

_corpus_texts = tagger_texts


# each guarded search: (pattern, needles, the lexicon entry it spells, how far back it is searched)
_GUARDED = [(tagger._COUNT_START_CUE, tagger._COUNT_START_NEEDLES, "count_start_words", tagger._COUNT_START_REACH),
            (tagger._REPLY_BY, tagger._REPLY_BY_NEEDLES, "reply_deadline_words", tagger._REPLY_BY_REACH),
            (tagger._SAID_ON, tagger._SAID_ON_NEEDLES, "reporting_verbs", 48)]


def _agrees(text: str, pattern, needles, reach: int) -> int:
    """Every window ending at a position of ``text`` where the pattern matches lets the check through."""
    found = 0
    for b in range(len(text) + 1):
        for a in (max(0, b - reach), max(0, b - 7), 0):
            if pattern.search(text, a, b):
                found += 1
                assert tagger._may_hold(text, a, b, needles), (pattern.pattern[:40], text[a:b])
    return found


@pytest.mark.parametrize("pattern,needles,entry,reach", _GUARDED)
def test_needles_are_a_word_of_each_phrase(pattern, needles, entry, reach):
    phrases = tagger._LEX[entry]
    assert needles is not None and all(n.isascii() and n == n.lower() and n and not n.isspace() for n in needles)
    for phrase in phrases:
        assert any(n in phrase.lower().split() for n in needles), phrase


def test_needles_of_refuses_what_it_cannot_check():
    assert tagger._needles_of(["let me know", "rsvp"]) == ("know", "rsvp")
    assert tagger._needles_of(["naïve"]) is None and tagger._needles_of(["  "]) is None
    assert tagger._may_hold("anything at all", 0, 15, None)


@pytest.mark.parametrize("pattern,needles,entry,reach", _GUARDED)
def test_guards_let_every_match_of_the_corpora_through(pattern, needles, entry, reach):
    phrases = tagger._LEX[entry]
    texts = _corpus_texts(600) + [
        "I started on Monday 3rd", "Quit date: 23 Aug", "RSVP by Friday 6th", "let me KNOW by\tSunday",
        "the minister SAID on Monday", "officials said the talks on 3 May", "Day 1 was the Monday",
        " ".join(phrases) + " by Friday", " ".join(p.upper() for p in phrases) + " on Monday"]
    found = sum(_agrees(t, pattern, needles, reach) for t in texts)
    assert found   # the guards were tried where the pattern matches


_SEP = st.sampled_from([" ", "  ", "\n", "\t", ", ", "-", "", "\u00a0", ": ", ". "])


@pytest.mark.parametrize("pattern,needles,entry,reach", _GUARDED)
def test_guards_let_every_match_of_generated_text_through(pattern, needles, entry, reach):
    words = st.sampled_from(list(tagger._LEX[entry]) + ["by", "before", "on", "the", "Monday", "3 May", "ſaid",
                                                        "BY", "Started", "we", "İt", "x"])

    @settings(max_examples=150, deadline=None)
    @given(st.lists(st.tuples(words, _SEP, st.sampled_from(["lower", "upper", "title", "as"])), min_size=1, max_size=10))
    def check(parts):
        text = "".join((w if case == "as" else getattr(w, case)()) + sep for w, sep, case in parts)
        _agrees(text, pattern, needles, reach)

    check()


_LABEL_PIECES = st.sampled_from(["Your", "next", "run", "Next", "dose", "due", "upcoming", "show", ":", " ", "  ",
                                 "\t", "\n", "\u00a0", "\u2003", "x", "-", "'", "today", "ok", ": ", " :"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_LABEL_PIECES, max_size=14), st.integers(0, 60))
def test_label_colon_lets_every_next_label_through(pieces, back):
    text = "".join(pieces) + "Wednesday"
    for hi in range(len(text) + 1):
        lo = max(0, hi - back)
        if tense._NEXT_LABEL.search(text, lo, hi):
            assert tense._label_colon(text, lo, hi), (text[lo:hi],)


def test_label_colon_on_the_corpus_and_its_labels():
    found = 0
    texts = _corpus_texts() + ["Your next run: Wednesday", "Next dose due:\u00a0 Thu", "upcoming show :\t6/12"]
    for t in texts:
        for hi in range(len(t) + 1):
            lo = max(0, hi - 48)
            if tense._NEXT_LABEL.search(t, lo, hi):
                found += 1
                assert tense._label_colon(t, lo, hi)
    assert found


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from(list("ab .\n\t \r\u00a0")), max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_blank_line_from_the_first_newline(text, a, b):
    plain = tagger._BLANK_LINE.search(text, a, b) is not None
    nl = text.find("\n", a, b)
    assert plain == (nl >= 0 and tagger._BLANK_LINE.search(text, nl, b) is not None)


_FASTRE_CASES = [
    (r"\s+(?:and\s+)?", "two thousand and  nine", 0),
    (r"(?i)\bthe\s+$", "in THE ", 0),
    (r"(\d+)-(\d+)", "1939-45 and 1914-18", 0),
    (r"[-\s]+", "twenty - five", 0),
    (r"x*", "axxbx", 0),
    (r"the", "The THE the", re.I),
    (r"(?P<y>\d{4})", "no year", 0),
]


@pytest.mark.parametrize("pattern,text,flags", _FASTRE_CASES)
def test_fastre_functions_answer_as_re(pattern, text, flags):
    def same(a, b):
        if isinstance(a, re.Match) or isinstance(b, re.Match):
            return a is not None and b is not None and a.span() == b.span() and a.groups() == b.groups() \
                and a.groupdict() == b.groupdict() and a.re.pattern == b.re.pattern
        return a == b
    for name in ("search", "match", "fullmatch", "findall", "split"):
        assert same(getattr(fastre, name)(pattern, text, flags=flags), getattr(re, name)(pattern, text, flags=flags)), name
    assert [m.span() for m in fastre.finditer(pattern, text, flags)] == [m.span() for m in re.finditer(pattern, text, flags)]
    for repl in ("<\\g<0>>", lambda m: m.group().upper()):
        assert fastre.sub(pattern, repl, text, flags=flags) == re.sub(pattern, repl, text, flags=flags)
        assert fastre.sub(pattern, repl, text, 1, flags) == re.sub(pattern, repl, text, 1, flags)
        assert fastre.subn(pattern, repl, text, flags=flags) == re.subn(pattern, repl, text, flags=flags)
    assert fastre.split(pattern, text, 1, flags) == re.split(pattern, text, 1, flags)
    compiled = re.compile(pattern, flags)
    assert same(fastre.search(compiled, text), re.search(compiled, text))   # a compiled pattern: re's function


def test_fastre_keeps_at_most_its_bound_and_raises_as_re():
    with pytest.raises(re.error):
        fastre.search("(unclosed", "x")
    saved = dict(fastre._KEPT)
    try:
        fastre._KEPT.clear()
        fastre._KEPT.update({(f"k{i}", 0): re.compile(f"k{i}") for i in range(fastre._KEPT_MAX)})
        assert fastre.search("new+", "a newww one").group() == "newww"   # beyond the bound: re's own
        assert len(fastre._KEPT) == fastre._KEPT_MAX
    finally:
        fastre._KEPT.clear()
        fastre._KEPT.update(saved)


_GRAINS = ["month", "quarter", "season", "half", "year", "decade", "century", "millennium"]


@pytest.mark.parametrize("grain", _GRAINS)
def test_point_end_of_a_month_grain_is_add_months(grain):
    months = {"month": 1, "quarter": 3, "season": 3, "half": 6, "year": 12, "decade": 120, "century": 1200,
              "millennium": 12000}[grain]
    for y in (1, 2, 9, 1066, 1999, 2000, 2024, 8000, 9987, 9997, 9998, 9999):
        for m in (1, 2, 6, 11, 12):
            for d in (1, 15, 29, 31):
                try:
                    start = datetime(y, m, d, 6 if d == 15 else 0)
                except ValueError:
                    continue
                try:
                    e = add_months(start.date(), months)
                except OverflowError:
                    e = datetime(MAX_YEAR + 1, 1, 1).date()
                want = datetime(e.year, e.month, e.day)
                assert Point(grain, start, "WI" if grain == "season" else "").end == want, (grain, start)


_PLAIN_EXCLAIM = re.compile(r"[!?]+(?=\s)|(?<=[a-z]{2})\.(?=\s+[a-z])")   # tense._EXCLAIM as it was written
_MARK_PIECES = st.sampled_from(["!", "?", ".", "!!", "?!", "..", "...", " ", "  ", "\n", "\t", "\u00a0", "ab", "a", "B",
                                "sat", "U.S.", "3.5", "é", "z", "Mr", "x!", "ok?"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_MARK_PIECES, max_size=30), st.integers(0, 40), st.integers(0, 40))
def test_exclaim_with_its_mark_first_matches_as_written(pieces, lo, cut):
    text = "".join(pieces)
    hi = max(lo, len(text) - cut)
    for a, b in ((0, len(text)), (lo, hi), (min(lo, len(text)), len(text))):
        plain = _PLAIN_EXCLAIM.search(text, a, b)
        fast = tense._EXCLAIM.search(text, a, b)
        assert (plain.span() if plain else None) == (fast.span() if fast else None)
        assert [m.span() for m in tense._EXCLAIM.finditer(text, a, b)] == [m.span() for m in _PLAIN_EXCLAIM.finditer(text, a, b)]


def test_exclaim_on_the_corpus():
    found = 0
    for t in _corpus_texts():
        want = [m.span() for m in _PLAIN_EXCLAIM.finditer(t)]
        assert [m.span() for m in tense._EXCLAIM.finditer(t)] == want
        found += len(want)
        for a in range(0, len(t), 13):
            plain, fast = _PLAIN_EXCLAIM.search(t, a, a + 320), tense._EXCLAIM.search(t, a, a + 320)
            assert (plain.span() if plain else None) == (fast.span() if fast else None)
    assert found
