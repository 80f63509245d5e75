"""Resolvers say which anchor a value hangs on as a field (``Timex.anchor``), not in prose."""
from datetime import date

import pytest

from timeline_app.temporal import tag

REF = date(2022, 9, 10)


@pytest.mark.parametrize("text, expected", [
    ("He left yesterday and came back the next day.", [("yesterday", "dct"), ("the next day", "last")]),
    ("Talks opened on March 3, 2021. Two days later they collapsed.", [("March 3, 2021", "text"), ("Two days later", "last")]),
    ("The blast came at 5 p.m. on Friday, and a second one at 7 p.m.", [("5 p.m. on Friday", "dct"), ("7 p.m.", "sentence")]),
    ("Net income rose in the third quarter. A year earlier it fell.", [("the third quarter", "dct"), ("A year earlier", "quarter")]),
])
def test_anchor_flags(text, expected):
    got = [(t.expression, t.anchor) for t in tag(text, REF)]
    assert got == expected


def test_in_a_history_weekdays_and_anaphors_count_from_the_story():
    text = "The armies met at Gettysburg on July 1, 1863. On Sunday the rain came. The next day the retreat began."
    got = [(t.expression, t.timex_value, t.anchor) for t in tag(text, date(2015, 3, 1), mode="narrative")]
    # (history6) a weekday told in the simple past after a dated day goes on from it: the Sunday
    # after Wednesday 1 July (5 July), not the nearer one before (28 June), which a history would
    # tell in the past perfect ("had come on Sunday")
    assert got == [("July 1, 1863", "1863-07-01", "text"), ("Sunday", "1863-07-05", "last"),
                   ("The next day", "1863-07-06", "last")]
