"""Speed-ups that must not change a result: each faster path gives exactly what the plain one
gives (no timings here)."""
from __future__ import annotations

import pickle

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.temporal import sentences
from timeline_app.temporal.rulebase import Mention

_PIECES = st.sampled_from(["The", "talks", "U.S.", "Mr.", "J.", "3.5", "end", ".", "!", "?", "…", "...", "\n", "\n\n",
                           " ", "  ", "\t", '"', "”", ")", "(", "A", "a", "1990", "é", "\u00a0", "\u2028", ",", ";"])


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(_PIECES, max_size=60), cut=st.integers(0, 5))
def test_boundaries_are_those_finditer_finds(pieces, cut):
    text = "".join(pieces)
    for boundary in (sentences._BOUNDARY, sentences._LOWER_BOUNDARY):
        for start, stop in ((0, len(text)), (min(cut, len(text)), max(min(cut, len(text)), len(text) - cut))):
            expected = [(m.span(), m.groups()) for m in boundary.finditer(text, start, stop)]
            got = [(m.span(), m.groups()) for m in sentences._boundaries(boundary, text, start, stop)]
            assert got == expected


def test_a_mention_pickles_as_its_fields():
    m = Mention(3, 9, "duration", "duration", {"n": 2, "unit": "D", "range_end": Mention(1, 2, "r", "cal")}, 17)
    back = pickle.loads(pickle.dumps([m, m], pickle.HIGHEST_PROTOCOL))
    assert back[0] == m and back[0] is back[1]
    assert back[0].data["range_end"] == m.data["range_end"] and back[0].priority == 17
