"""``temporal/lines.py``: a line's start and the next line break give exactly what ``str.rfind`` /
``str.find`` of a line break give, at every position (negative and past the end included), for
texts with and without line breaks, near and past ``NEAR`` (made small here so both paths run)."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.temporal import lines


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab \n\t", max_size=120), st.integers(0, 12))
def test_same_answers_as_rfind_and_find(text, near):
    old = lines.NEAR
    lines.NEAR = near
    try:
        for pos in range(-3, len(text) + 4):
            assert lines.start_of_line(text, pos) == text.rfind("\n", 0, pos) + 1, (text, pos)
            assert lines.next_newline(text, pos) == text.find("\n", pos), (text, pos)
    finally:
        lines.NEAR = old


def test_a_long_line_uses_the_index_of_its_text():
    text = "x" * 5000 + "\n" + "y" * 5000 + "\n" + "z" * 10
    assert lines.start_of_line(text, 9000) == 5001
    assert lines.start_of_line(text, 4000) == 0
    assert lines.next_newline(text, 100) == 5000
    assert lines.next_newline(text, 5001) == 10001
    assert lines.next_newline(text, 10002) == -1
    other = "w" * 3000
    assert lines.start_of_line(other, 2999) == 0      # another text: its own index, not the last one's
    assert lines.start_of_line(text, 9000) == 5001
