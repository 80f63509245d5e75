"""Checks made before a pattern to skip it where it cannot match (twelfth session, speed) never
skip a match: ``tagger._may_hold`` with _ACCESSION's words is True wherever _ACCESSION matches,
on every text of the tagger corpora and on generated text that spells its phrases in every case,
with odd spaces and letters beyond ASCII."""
from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.temporal import tagger

DATA = Path(__file__).resolve().parent / "data"
PHRASES = tagger._LEX["accession_words"]


def _agrees(text: str) -> None:
    for a in range(0, len(text) + 1, 7):
        for b in (a + 40, a + 120, len(text)):
            if tagger._ACCESSION.search(text, a, b):
                assert tagger._may_hold(text, a, b, tagger._ACCESSION_NEEDLES), (text[a:b], a, b)


def test_needles_are_lower_case_ascii_words_one_of_each_phrase():
    needles = tagger._ACCESSION_NEEDLES
    assert needles and all(n.isascii() and n == n.lower() and n.isalpha() for n in needles)
    for phrase in PHRASES:
        assert any(n in phrase.lower().split() for n in needles), phrase


def test_the_check_lets_every_match_of_the_corpora_through():
    texts = []
    for name in ("tagger_corpus.jsonl", "tagger_negative.jsonl"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    matched = 0
    for t in texts:
        _agrees(t)
        matched += tagger._ACCESSION.search(t) is not None
    assert matched   # the corpora hold accessions ("crowned in 1413")
    assert not tagger._may_hold("he was sworn in as mayor in 1413", 0, 33, tagger._ACCESSION_NEEDLES)


_WORD = st.sampled_from(PHRASES + ["the", "King", "in", "1413", "THRONE", "ſucceeded", "Crowned", "became", "ok", "İn"])
_SEP = st.sampled_from([" ", "  ", "\n", "\t", ", ", "-", "", "\u00a0"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_WORD, _SEP, st.booleans()), min_size=1, max_size=12))
def test_the_check_lets_every_match_through(parts):
    text = "".join((w.upper() if up else w) + sep for w, sep, up in parts)
    _agrees(text)


def test_event_words_check_lets_every_match_through():
    from timeline_app.temporal import anchors

    kinds = frozenset(anchors._EVENTS.values())
    some = frozenset(sorted(kinds)[:5])
    words = sorted(anchors._EVENTS)
    texts = ["The vote was held on March 3; the swearing-in came a week later.",
             "after the ARREST, the Arrest's aftermath; pre-election, election-day, re-vote, 5vote, vote_",
             " ".join(words), " ".join(w.upper() for w in words), "-".join(words), "the café vote – held on 3 May"]
    for line in (DATA / "tagger_corpus.jsonl").read_text(encoding="utf-8").splitlines()[:400]:
        if line.strip():
            texts.append(json.loads(line)["text"])
    found = 0
    for needed in (kinds, some):
        for t in texts:
            for a in range(0, len(t), 5):
                for b in (a + 30, a + 60, len(t)):
                    want = [(m.span(), k) for m, k in _plain_event_words(t, a, b, needed)]
                    assert [(m.span(), k) for m, k in anchors._event_words(t, a, b, needed)] == want
                    found += bool(want)
    assert found


def _plain_event_words(text, a, b, needed):
    from timeline_app.temporal import anchors

    for m in anchors._words_of(needed).finditer(text, a, b):
        if m.group().lower() in anchors._EVENTS:
            yield m, anchors._EVENTS[m.group().lower()]


def test_event_noun_check_lets_every_match_through():
    words = sorted(tagger._EVENT_WORDS)
    texts = ["ordered its invasion of Ukraine on Feb 24", "the anti-war protest; the pre-invasion talks",
             " ".join(words), " ".join(w.upper() for w in words), "_".join(words), "-".join(words),
             "war2 2war war_ café war"]
    for line in (DATA / "tagger_corpus.jsonl").read_text(encoding="utf-8").splitlines()[:400]:
        if line.strip():
            texts.append(json.loads(line)["text"])
    found = 0
    for t in texts:
        for a in range(0, len(t), 5):
            for b in (a + 40, a + 160, len(t)):
                part = t[a:b]
                if tagger._EVENT_NOUN.search(t, a, b):
                    found += 1
                    assert not (part.isascii() and tagger._EVENT_PIECES.isdisjoint(tagger._LETTER_RUN.findall(part.lower()))), part
    assert found


def test_an_event_word_in_a_spelling_the_lexicon_lacks_is_no_event_and_no_crash():
    from datetime import date

    from timeline_app.temporal import tag

    # "ſ" (long s) is an "s" to the case-blind pattern, not to the lexicon's keys: it raised KeyError
    text = "Two days after the swearing-in on May 4, he left. The ſwearing-in was on May 4."
    values = [t.timex_value for t in tag(text, date(2020, 5, 10))]
    plain = [t.timex_value for t in tag(text.replace("ſ", "s"), date(2020, 5, 10))]
    assert values and len(values) == len(plain)


def test_event_words_of_one_kind_let_every_match_through():
    # (speed3) ``anchors._needles_of``: a substring search for the pieces that hold no other piece
    # before the runs are read; each kind alone (its pieces often hold one another: "plunge", "plunged")
    from timeline_app.temporal import anchors

    texts = [" ".join(sorted(anchors._EVENTS)), " ".join(w.upper() for w in sorted(anchors._EVENTS)),
             "strip tripled the trips; plunger plunged; a trip. re-trip", "-".join(sorted(anchors._EVENTS))]
    found = 0
    for kind in sorted(set(anchors._EVENTS.values())):
        needed = frozenset({kind})
        pieces, needles = anchors._pieces_of(needed), anchors._needles_of(needed)
        assert all(any(n in p for n in needles) for p in pieces) and set(needles) <= pieces
        for t in texts:
            for a in range(0, len(t), 11):
                for b in (a + 25, a + 70, len(t)):
                    want = [(m.span(), k) for m, k in _plain_event_words(t, a, b, needed)]
                    assert [(m.span(), k) for m, k in anchors._event_words(t, a, b, needed)] == want
                    found += bool(want)
    assert found
