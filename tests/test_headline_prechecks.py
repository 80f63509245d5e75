"""Cheap pre-checks in the clause finder must never change what the check they spare gives.

``headlines._without_bare_copula`` returns a headline at once when its last letter is none that
``_COPULA_TAIL`` can end on (``_COPULA_LAST``): the pattern's search (every space of the headline
tried) is run only on the others. Here the function against the pattern alone, on headlines made
of the pattern's own words, their capitals, the letters re.IGNORECASE matches beyond ASCII, white
space and a last newline (which "$" also matches before); and every word the pattern can end on
must end in one of the pre-check's letters (a word added to the pattern that ends otherwise fails
here, not silently)."""
from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from timeline_app.core import headlines as H


def _by_the_pattern_alone(body: str) -> str:
    m = H._COPULA_TAIL.search(body)
    if m is None:
        return body
    words = body[:m.start()].lower().split()
    if len(words) < 2 or words[-1] in H._NOT_A_NOUN_END or any(w in H._CLAUSE_WORDS for w in words):
        return body
    return body[:m.start()]


_WORDS = ["The", "next", "council", "elections", "are", "is", "was", "were", "be", "will", "would", "must", "is to",
          "IS", "ARE", "Were", "BE", "ıs", "waſ", "wEre", "to", "in", "May", "plans", "x", "\n", "\t", ""]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=8).map(" ".join) | st.text(max_size=24),
       st.sampled_from(["", "\n", " ", "\n\n"]))
def test_the_bare_copula_precheck_gives_what_the_pattern_gives(body, end):
    body += end
    assert H._without_bare_copula(body) == _by_the_pattern_alone(body)


def test_every_ending_the_pattern_matches_ends_in_a_precheck_letter():
    """Every word of the pattern, alone or after another of its words, in each casing: where the
    pattern matches the headline's end, its last letter is one the pre-check lets through."""
    words = sorted(set(re.findall(r"[a-z]+", H._COPULA_TAIL.pattern)) - {"s"})    # (the "s" of "\\s")
    assert {"is", "are", "was", "were", "be", "will"} <= set(words)
    matched = 0
    for last in words:
        for before in [""] + [w + " " for w in words] + [w + " to " for w in words]:
            for ending in (before + last, (before + last).upper(), (before + last).title()):
                if H._COPULA_TAIL.search("The elections " + ending):
                    matched += 1
                    assert ending[-1] in H._COPULA_LAST, ending
    assert matched
    assert H._without_bare_copula("The next council elections are") == "The next council elections"
    assert H._without_bare_copula("The next council elections ARE\n") == "The next council elections"
    assert H._without_bare_copula("The next council elections will be") == "The next council elections"
