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
