"""Agency news English (twenty-second session, news23, issue 11): patterns of wire copy that the TimeML
guidelines mark one way, as a GRID of sentences written here, each on many reference dates, against the
value the calendar gives (computed here with datetime, never from the tagger's code).

- "this year's second half", "next year's first half", "last year's second half": one DATE, the half of
  the year the possessive names (as the quarter rule already reads "last year's fourth quarter"), not
  "this year" and a half of some other year;
- "compared with the same quarter last year", "the same period last year" after a quarter of a named
  year: one DATE, that quarter a year back (TimeBank writes "the year-ago quarter", "a year earlier"
  so), not "the same quarter" and "last year" apart;
- "as recently as September", "as recently as 2017", "killed, most recently last October": the time is
  the date that follows ("as recently as" is its modifier); "recently" is no time of its own there (it
  stays PAST_REF elsewhere: "the company recently opened", "Most recently, he worked at a bank");
- "for decades", "several decades" in news: a length whose number is not said, in years (`PXY`), as "two
  decades" is `P20Y` and TimeBank writes "decades-long" `PXY` (the fresh conventions: decades in years); a
  history keeps `PXDE` as docs/narrative-time.md writes it (the fresh history gold does too).
"""
from __future__ import annotations

from datetime import date

import pytest
from test_informal_grid import WEEK

from timeline_app.temporal import tag

EDGES = [date(2025, 6, 30), date(2025, 12, 31), date(2026, 1, 1), date(2024, 2, 29), date(1997, 6, 13),
         date(2008, 11, 5), date(2019, 4, 25)]
REFS = WEEK + EDGES


def _months_back(d: date, n: int) -> date:
    k = d.year * 12 + d.month - 1 - n
    return date(k // 12, k % 12 + 1, 1)


def _one(text: str, ref: date, words: str):
    """The only Timex holding ``words`` (case-insensitive); fails if two hold it or none."""
    hits = [t for t in tag(text, ref) if words.lower() in t.expression.lower()]
    assert len(hits) == 1, (text, ref, [(t.expression, t.timex_value) for t in tag(text, ref)])
    return hits[0]


# ---- a year's half named by "this/last/next year's" ------------------------------------------------------
HALF_FRAMES = [
    "The company expects a recovery in {r} year's {h} half.",
    "Sales fell 4% in {r} year's {h} half, the retailer said.",
    "Analysts see growth picking up in {r} year's {h} half.",
    "{R} year's {h} half will be weaker, the chief executive warned.",
    "Margins should improve over {r} year's {h} half as costs ease.",
    "The plant is due to open in {r} year's {h} half.",
]
RELS = {"this": 0, "last": -1, "next": 1}
HALVES = {"first": 1, "second": 2}


@pytest.mark.parametrize("frame", HALF_FRAMES)
@pytest.mark.parametrize("rel", RELS)
@pytest.mark.parametrize("half", HALVES)
def test_possessive_year_half_grid(frame, rel, half):
    for ref in REFS:
        text = frame.format(r=rel, R=rel.capitalize(), h=half)
        t = _one(text, ref, f"{half} half")
        assert "year" in t.expression.lower(), (text, t.expression)
        assert t.timex_value == f"{ref.year + RELS[rel]}-H{HALVES[half]}", (text, ref, t.timex_value)


# the same for quarters (an older rule; the grid holds both readings of the possessive together)
QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


@pytest.mark.parametrize("rel", RELS)
@pytest.mark.parametrize("q", QUARTERS)
def test_possessive_year_quarter_grid(rel, q):
    for ref in REFS:
        text = f"Profit rose 8% in {rel} year's {q} quarter, the bank said."
        t = _one(text, ref, f"{q} quarter")
        assert "year" in t.expression.lower(), (text, t.expression)
        assert t.timex_value == f"{ref.year + RELS[rel]}-Q{QUARTERS[q]}", (text, ref, t.timex_value)


# ---- "the same quarter/period last year" after a quarter of a named year -----------------------------------
SAME_FRAMES = [
    "Net income for the {q} quarter of {y} rose to $84 million from $71 million in the same {p} last year.",
    "Revenue in the {q} quarter of {y} fell 4% compared with the same {p} last year.",
    "Sales for the {q} quarter of {y} were flat against the same {p} last year, the company said.",
]


@pytest.mark.parametrize("frame", SAME_FRAMES)
@pytest.mark.parametrize("p", ["quarter", "period"])
@pytest.mark.parametrize("q", QUARTERS)
def test_same_period_last_year_grid(frame, p, q):
    for y in (1989, 1998, 2019, 2024):
        ref = _months_back(date(y + 1, 1, 1), -3 * QUARTERS[q] + 1)   # a month after the quarter ends
        text = frame.format(q=q, y=y, p=p)
        t = _one(text, ref, f"same {p}")
        assert t.expression.lower().endswith("last year"), (text, t.expression)
        assert t.timex_value == f"{y - 1}-Q{QUARTERS[q]}", (text, ref, t.timex_value)


def test_same_period_last_year_after_a_half_is_one_expression_a_year_back():
    for y in (1998, 2019, 2024):
        text = f"Profit for the first half of {y} rose 5% from the same period last year."
        t = _one(text, date(y, 8, 2), "same period")
        assert t.expression.lower().endswith("last year") and t.timex_value.startswith(str(y - 1)), t.timex_value


# ---- "as recently as <date>", "most recently <date>" ------------------------------------------------------
def _targets(ref: date):
    last_month = _months_back(date(ref.year, ref.month, 1), 1)
    return [("2017", "2017"), ("March 2019", "2019-03"), ("the 1990s", "199"), ("last year", str(ref.year - 1)),
            ("last month", f"{last_month.year}-{last_month.month:02d}"), ("1988", "1988")]


RECENTLY_FRAMES = [
    "The party led in the polls as recently as {x}.",
    "Prices were higher as recently as {x}, the data showed.",
    "As recently as {x}, the plant employed 900 people.",
    "The bridge was repaired as recently as {x} but failed again.",
    "Rebels attacked the town several times, most recently {x}.",
]


@pytest.mark.parametrize("frame", RECENTLY_FRAMES)
def test_as_recently_as_grid(frame):
    for ref in REFS:
        for x, value in _targets(ref):
            if "most recently" in frame and not x.startswith(("last", "in")) and not x[0].isdigit():
                x = "in " + x
            text = frame.format(x=x)
            found = tag(text, ref)
            assert not any("recently" in t.expression.lower() for t in found), (text, ref)
            t = _one(text, ref, x.replace("in ", "", 1) if x.startswith("in ") else x)
            assert t.timex_value == value, (text, ref, t.timex_value)


@pytest.mark.parametrize("text", [
    "The company recently opened a plant in Ohio.",
    "Most recently, he worked at a bank in Leeds.",
    "The bridge was most recently repaired by the council.",
    "It has recently been sold, as far as we know.",
])
def test_recently_alone_is_still_the_past(text):
    for ref in REFS:
        t = _one(text, ref, "recently")
        assert t.timex_value == "PAST_REF", (text, ref)


# ---- decades whose number is not said ---------------------------------------------------------------------
DECADE_CASES = [
    ("The failed trial set the field back for decades.", "decades", "PXY"),
    ("After decades of war, the region is at peace.", "decades", "PXY"),
    ("For several decades the town shrank.", "several decades", "PXY"),
    ("The mine stayed closed for some decades.", "some decades", "PXY"),
    ("It took a few decades to rebuild the port.", "a few decades", "PXY"),
    ("It took two decades to rebuild the port.", "two decades", "P20Y"),       # a number said: years as before
    ("The index has doubled over the past decade.", "the past decade", "P10Y"),
]


@pytest.mark.parametrize("text,words,value", DECADE_CASES)
def test_vague_decades_in_years(text, words, value):
    for ref in REFS:
        t = _one(text, ref, words)
        assert (t.timex_type, t.timex_value) == ("DURATION", value), (text, ref, t.timex_value)


def test_vague_decades_in_a_history_keep_their_unit():
    text = "The Romans took the town in 120 BC. For decades the legions stayed, and the town grew rich."
    t = _one_mode(text, None, "decades", "narrative")
    assert (t.timex_type, t.timex_value) == ("DURATION", "PXDE"), t.timex_value


def _one_mode(text: str, ref, words: str, mode: str):
    hits = [t for t in tag(text, ref, mode) if words.lower() in t.expression.lower()]
    assert len(hits) == 1, (text, [(t.expression, t.timex_value) for t in tag(text, ref, mode)])
    return hits[0]
