"""Every resolved value says how it was reached: which anchor, which rule."""
from datetime import date
from pathlib import Path

import pytest

from timeline_app.temporal import tag

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "kharkiv-offensive.txt"
SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "kharkiv-offensive.md"
REF = date(2022, 9, 10)


def _seed_text() -> str:
    # the bundled sample is the seed behind a front-matter block
    text = SAMPLE.read_text(encoding="utf-8")
    return text.split("---\n", 2)[2]


def test_every_expression_of_the_sample_is_explained():
    rows = tag(_seed_text(), REF)
    assert rows
    for t in rows:
        assert t.explanation.strip(), t.expression


@pytest.mark.parametrize("text, expr, must_mention", [
    ("Officials said on Saturday the town had fallen.", "Saturday", ["2022-09-10", "Saturday"]),
    ("The minister arrived late Friday.", "late Friday", ["2022-09-10", "Friday"]),
    ("Talks were held earlier this week.", "earlier this week", ["2022-09-10", "week"]),
    ("Russia invaded on Feb 24 and the war, now in its seventh month, goes on.", "its seventh month",
     ["2022-02-24", "war"]),
    ("The town fell within the first week after the invasion began on Feb 24.", "the first week", ["2022-02-24"]),
    ("In the spring of 2019 they met; two days later they left.", "two days later", ["2019-SP", "cannot be known"]),
    ("Prices rose over the past two weeks.", "the past two weeks", ["2022-09-10"]),
    ("He was born in 490 BC and died the following year.", "the following year", ["490 BC"]),
])
def test_explanation_names_the_anchor(text, expr, must_mention):
    got = [t for t in tag(text, REF) if t.expression == expr]
    assert got, [t.expression for t in tag(text, REF)]
    for word in must_mention:
        assert word in got[0].explanation, (word, got[0].explanation)


def test_seed_copy_is_the_shared_seed_when_present():
    if not SEED.exists():
        pytest.skip("../shared/seed is not beside this checkout")
    assert _seed_text() == SEED.read_text(encoding="utf-8")


@pytest.mark.parametrize("text, expr, name", [
    ("We met for brunch on New Year's Day.", "New Year's Day", "New Year's Day"),
    ("The shop shut on St. Patrick's Day.", "St. Patrick's Day", "Patrick's Day"),
])
def test_a_holidays_name_is_written_as_a_title(text, expr, name):
    # str.title() capitalised after the apostrophe ("New Year'S Day")
    got = [t for t in tag(text, REF) if t.expression == expr]
    assert got, [t.expression for t in tag(text, REF)]
    assert name in got[0].explanation, got[0].explanation
    assert "'S " not in got[0].explanation
