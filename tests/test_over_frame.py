""""over" before a length: a frame of time ("during": the length alone, no mod) or "more than" (MORE_THAN,
"over" inside the extent), by the word before it and what follows the length (lexicon _doc_over_frame;
the sentences are this project's own, the extents as TimeBank and the fresh texts write them)."""
from __future__ import annotations

from datetime import date

import pytest

from timeline_app.temporal import tag

REF = date(2018, 6, 18)

CASES = [
    # a frame of time: after a verb, a particle or a verb's object, the length ending its clause
    ("Under the deal, the tariffs will be phased out over five years.", "five years", "P5Y", ""),
    ("Iraq attacked 65 cities in 226 sorties over 42 days, bombing civilian areas.", "42 days", "P42D", ""),
    ("Ada translated the memoir over nine months.", "nine months", "P9M", ""),
    ("Repayments are spread over 12 months and start in June.", "12 months", "P12M", ""),
    ("Prices fell nearly two cents a gallon over two weeks.", "two weeks", "P2W", ""),
    # more than: after "for", "of", "took", a hedge; or undecided (a sentence's start, a clause going on)
    ("The front remained static for over a year, despite heavy losses.", "over a year", "P1Y", "MORE_THAN"),
    ("There was a delay of over two hours at the border.", "over two hours", "PT2H", "MORE_THAN"),
    ("It took over a month to prepare.", "over a month", "P1M", "MORE_THAN"),
    ("The crew had logged over 1000 hours of flying before the war.", "over 1000 hours", "PT1000H", "MORE_THAN"),
    ("He has over 20 years of experience.", "over 20 years", "P20Y", "MORE_THAN"),
    ("Over 3 years, the town grew.", "Over 3 years", "P3Y", "MORE_THAN"),
    ("She has lived there for just over two years.", "just over two years", "P2Y", "MORE_THAN"),
]


@pytest.mark.parametrize("text, expr, value, mod", CASES)
def test_over_before_a_length(text, expr, value, mod):
    got = [(t.expression, t.timex_value, t.mod) for t in tag(text, REF)]
    assert (expr, value, mod) in got, got
