"""(speed17) ``triggers._windows`` in one loop gives the windows the two loops gave (kept here as the
reference, as at ffac2413): spans sorted or not, nested, overlapping, touching, at the text's edges, empty
spans, reaches of 0, texts of blanks of every kind (the regex's ``\\s`` and the ASCII ``blank_finder``)."""
from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from timeline_app.temporal import triggers
from timeline_app.temporal.triggers import FORWARD, _SPACE, _windows, blank_finder


def _two_loops(text, spans, back, forward, blanks=None):
    """``triggers._windows`` as at ffac2413 (before speed17)."""
    if not spans:
        return []
    n = len(text)
    out = []
    cur_s, cur_e = None, -1
    for s, e in spans:
        ws, we = s - back, e + forward
        if cur_s is not None and ws <= cur_e:
            if we > cur_e:
                cur_e = we
        else:
            if cur_s is not None:
                out.append((cur_s, cur_e))
            cur_s, cur_e = ws, we
    if cur_s is not None:
        out.append((cur_s, cur_e))
    search = _SPACE.search
    merged = []
    last = -1
    for ws, we in out:
        if ws < 0:
            ws = 0
        if we >= n:
            we = n
        else:
            if not text[we].isspace():
                stop = we + FORWARD if we + FORWARD < n else n
                if blanks is not None:
                    i = blanks(b" ", we, stop)
                    we = i if i >= 0 else stop
                else:
                    m = search(text, we, stop)
                    we = m.start() if m else stop
        if merged and ws <= last:
            if we > last:
                last = we
                merged[-1] = (merged[-1][0], we)
        else:
            last = we
            merged.append((ws, we))
    return merged


_BLANKS = st.sampled_from([" ", "\n", "\t", "\r", "\x0b", "\x0c", "\x1c", "\x85", "\u00a0", "\u2003", "\u3000"])
_TEXT = st.one_of(st.sampled_from(list("abXY12-.,'")), _BLANKS, st.sampled_from(["é", "\u212a", "\U0001F600"]))
_ASCII = st.one_of(st.sampled_from(list("abXY12-.,'")), st.sampled_from([" ", "\n", "\t", "\r", "\x0b", "\x0c", "\x1c"]))


def _check(text, cuts, back, forward, order):
    n = len(text)
    spans = [(min(s, n), min(s + k, n)) for s, k in cuts]
    if order:
        spans.sort()
    for blanks in (None, blank_finder(text)):
        assert _windows(text, spans, back, forward, blanks) == _two_loops(text, spans, back, forward, blanks)


@settings(max_examples=400, deadline=None)
@given(text=st.text(_TEXT, min_size=0, max_size=300),
       cuts=st.lists(st.tuples(st.integers(0, 320), st.integers(0, 90)), max_size=40),
       back=st.integers(0, 90), forward=st.integers(0, 90), order=st.booleans())
@example(text="", cuts=[(0, 0)], back=0, forward=0, order=True)
@example(text="a b", cuts=[(0, 1), (2, 3)], back=0, forward=0, order=True)
@example(text="ab  cd", cuts=[(0, 6), (1, 2)], back=0, forward=0, order=True)   # nested: the first ends last
def test_one_loop_gives_the_two_loops_windows(text, cuts, back, forward, order):
    _check(text, cuts, back, forward, order)


@settings(max_examples=300, deadline=None)
@given(text=st.text(_ASCII, min_size=1, max_size=300),
       cuts=st.lists(st.tuples(st.integers(0, 300), st.integers(0, 20)), min_size=1, max_size=60),
       back=st.integers(0, 70), forward=st.integers(0, 70))
def test_one_loop_on_ascii_text_with_the_blank_finder(text, cuts, back, forward):
    _check(text, cuts, back, forward, True)


def test_news_and_chat_texts_every_reach():
    from test_speed_equivalence import _sample_texts

    for text in _sample_texts():
        spans = triggers.trigger_spans(text)
        for found in spans.values():
            found = sorted(found)
            for back, forward in ((0, 0), (8, 3), (32, 24), (64, 64)):
                for blanks in (None, blank_finder(text)):
                    assert _windows(text, found, back, forward, blanks) == _two_loops(text, found, back, forward, blanks)
