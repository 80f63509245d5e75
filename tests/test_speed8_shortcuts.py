"""(speed8, nineteenth session) The reading stage's shortcuts give what the plain paths give (no
timings here): ``tagger._update_head`` (the needle check and its memo before the search for an
update's head after a review stamp) answers as ``_REVIEW_UPDATE_HEAD.search`` does for any sequence
of mentions after a stamp; ``_Told.tense`` answers as ``tense_at``, whether or not the mode's votes
read the tense first; ``_imperative_clause`` reads the clause start it read before."""
from __future__ import annotations

import random
import re
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.temporal import tagger
from timeline_app.temporal.discourse import Discourse
from timeline_app.temporal.sentences import split_sentences
from timeline_app.temporal.tense import tense_at

from patterntexts import tagger_texts

_corpus_texts = tagger_texts


def _plain(text: str, a: int, b: int) -> bool:
    return tagger._REVIEW_UPDATE_HEAD.search(text, a, b) is not None


def _walk(text: str, stamps: list[int], rng: random.Random) -> int:
    """For each stamp end, mentions after it in an order like the reading's (mostly forward, some
    back: late mentions of a sentence), one memo kept across them as ``_read_block`` keeps it."""
    seen = [-1, -1]
    found = 0
    for a in stamps:
        bs = sorted(rng.sample(range(a, len(text) + 1), min(12, len(text) + 1 - a)))
        for k in range(0, len(bs) - 1, 3):
            if rng.random() < 0.3:
                bs[k], bs[k + 1] = bs[k + 1], bs[k]
        for b in bs:
            want = _plain(text, a, b)
            assert tagger._update_head(text, a, b, seen) == want, (text[a:b], a, b, seen)
            found += want
    return found


def test_update_needles_are_a_word_of_each_phrase():
    needles = tagger._REVIEW_UPDATE_NEEDLES
    assert needles is not None and all(n.isascii() and n == n.lower() for n in needles)
    for phrase in tagger._LEX["review_update_words"]:
        assert any(n in phrase.lower().split() for n in needles), phrase
    assert tagger._REVIEW_UPDATE_LONGEST == max(map(len, needles))


def test_update_head_as_the_search_on_the_corpora():
    rng = random.Random(8)
    found = 0
    texts = _corpus_texts()
    for text in texts:
        stamps = sorted(rng.sample(range(len(text) + 1), min(3, len(text) + 1)))
        found += _walk(text, stamps, rng)
    # joined texts: heads after a stamp many lines above
    joined = "\n".join(texts[:400])
    found += _walk(joined, [0, 17, len(joined) // 3], rng)
    assert found > 0   # some update heads are found (the check lets them through)


_PIECES = ["Update", "UPDATE", "update", "Updated:", "edit", "EDIT 2", "Edited", "upd", "follow-up", "Follow  up",
           "FOLLOW\tUP", "follow\nup", "ſupdate", "ı", "İ", "UPDATES", "updating", "Followup", ":", "\n", "\n\n", " ",
           "\t", "- ", "* ", "> ", "• ", "— ", "posted 3 weeks ago", "the left bud died", "ÜPDATE", "é", "2 months on",
           "x" * 45]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=30), st.randoms(use_true_random=False))
def test_update_head_as_the_search_on_made_texts(pieces, rng):
    text = "".join(pieces)
    stamps = sorted({rng.randrange(len(text) + 1) for _ in range(3)})
    _walk(text, stamps, rng)


def test_update_head_memo_is_per_stamp():
    text = "Posted 3 weeks ago\nthe left bud died last Tuesday\nUPDATE: it came back on Monday\n"
    seen = [-1, -1]
    head = text.index("UPDATE")
    assert not tagger._update_head(text, 18, head - 2, seen)
    assert seen == [18, head - 2]
    assert tagger._update_head(text, 18, head + 12, seen)          # the head after the stretch read
    assert not tagger._update_head(text, head + 7, len(text), seen)  # another stamp: read anew
    assert tagger._update_head(text, 0, len(text), [5, len(text)]) == _plain(text, 0, len(text))


def _sentence_windows(text: str):
    spans = split_sentences(text) or [(0, len(text))]
    for s0, s1 in spans:
        for m in re.finditer(r"\w+(?:\s+\w+)?", text[s0:s1]):
            yield s0, s1, s0 + m.start(), s0 + m.end()


def test_told_tense_is_tense_at():
    checked = 0
    for text in _corpus_texts(300):
        doc = tagger._Told(text, text, split_sentences(text), Discourse(date(2024, 5, 1), "news"), False)
        windows = list(_sentence_windows(text))[:12]
        # half of them read first as the mode's votes read them (schedule True), some with another answer kept
        doc.told = {(s0, s1, a, b): tense_at(text, s0, s1, a, b, True) for s0, s1, a, b in windows[::2]}
        for s0, s1, a, b in windows:
            for schedule in (True, False):
                assert doc.tense(s0, s1, a, b, schedule) == tense_at(text, s0, s1, a, b, schedule)
                checked += 1
    assert checked > 1000


def _imperative_plain(text: str, s0: int, pos: int) -> bool:
    lo = max(s0, pos - tagger._IMPERATIVE_REACH)
    cut = max(lo, *(text.rfind(c, lo, pos) + 1 for c in ",;:\n!?."))
    cut = max((k + len(w) for w in tagger._CLAUSE_WORDS if (k := text.rfind(w, cut, pos)) >= 0), default=cut)
    return tagger._IMPERATIVE.match(text, cut) is not None


def test_imperative_clause_as_before():
    hits = 0
    for text in _corpus_texts(600):
        for pos in range(0, len(text) + 1, 3):
            for s0 in (0, max(0, pos - 20)):
                got = tagger._imperative_clause(text, s0, pos)
                assert got == _imperative_plain(text, s0, pos), (text, s0, pos)
                hits += got
    extra = "ok so come Saturday, but pls put it in by Friday; then text me. So bring it Monday then call"
    for pos in range(len(extra) + 1):
        assert tagger._imperative_clause(extra, 0, pos) == _imperative_plain(extra, 0, pos)
    assert hits > 0
