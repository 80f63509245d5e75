"""Cross-document grouping compares headlines through a memo of pair scores (workspace._similar):
it must give exactly what rapidfuzz's extract gives -- the same pairs, scores and order (ties in
the candidates' order) -- whether the pairs come from the memo or are compared, and when the
memo is forgotten part-way."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz.fuzz import token_set_ratio, token_sort_ratio
from rapidfuzz.process import extract

from timeline_app.core import workspace as W

# few words, so that ties, subsets (score 100), reorderings and repeated headlines are common
WORDS = ["the", "mayor", "resigned", "police", "said", "army", "withdrew", "from", "kharkiv", "talks", "resume"]
headline = st.lists(st.sampled_from(WORDS), min_size=0, max_size=7).map(" ".join)


def reference(mine: str, cands: dict[str, str]) -> list[tuple[str, float, str]]:
    return [tuple(x) for x in extract(mine, cands, scorer=token_set_ratio, score_cutoff=W.SUGGEST, limit=None)]


@settings(max_examples=300, deadline=None)
@given(mine=headline, others=st.lists(headline, min_size=1, max_size=40), cap=st.sampled_from([0, 5, 50, 200_000]))
def test_similar_is_extract(mine, others, cap):
    cands = {f"g{i}": h for i, h in enumerate(others)}
    old_cap = W._PAIR_SCORES_MAX
    W._PAIR_SCORES_MAX = cap           # a small memo is forgotten part-way through a call
    try:
        W._forget()
        first = W._similar(mine, list(cands.items()))        # compared (the headline seen once)
        again = W._similar(mine, list(cands.items()))        # compared, its pairs kept
        third = W._similar(mine, list(cands.items()))        # (some) from the memo
        assert first == reference(mine, cands)
        assert again == first and third == first
        for h, _score, _other in first:
            assert W._sort_score(mine, h) == token_sort_ratio(mine, h)
            assert W._sort_score(mine, h) == token_sort_ratio(mine, h)
        kept = sum(map(len, W._PAIR_SCORES.values())) + len(W._SORT_SCORES) + len(W._SEEN)
        assert kept <= W._pairs_kept <= max(cap, len(cands)) + 1     # (a repeated headline counts twice)
    finally:
        W._PAIR_SCORES_MAX = old_cap
        W._forget()


def test_similar_across_many_queries_with_a_small_memo():
    """Many headlines against shared candidates with a memo far too small: forgotten again and
    again, every answer still extract's."""
    import random

    rnd = random.Random(7)
    heads = [" ".join(rnd.choice(WORDS) for _ in range(rnd.randint(1, 6))) for _ in range(60)]
    old_cap = W._PAIR_SCORES_MAX
    W._PAIR_SCORES_MAX = 40
    try:
        for _ in range(400):
            mine = rnd.choice(heads)
            cands = {f"g{i}": rnd.choice(heads) for i in range(rnd.randint(1, 32))}
            assert W._similar(mine, list(cands.items())) == reference(mine, cands)
            assert sum(map(len, W._PAIR_SCORES.values())) + len(W._SORT_SCORES) + len(W._SEEN) <= 40 + 32
    finally:
        W._PAIR_SCORES_MAX = old_cap
        W._forget()


def test_ties_keep_the_candidates_order():
    cands = {"b": "police said", "a": "said police", "c": "the police said", "d": "army withdrew"}
    got = W._similar("police said", list(cands.items()))
    assert [o for _h, _s, o in got] == ["b", "a", "c"]      # three at 100, in the dict's order
    assert got == reference("police said", cands)
    assert W._similar("police said", list(cands.items())) == got
    assert W._similar("police said", list(cands.items())) == got     # (from the memo)
