"""The thirtieth session's blind news (news5-blind, blindnews31) is scored apart and never read.

Its texts are built into benchmarks/data/fresh/news/ (fresh_tml.py builds src/news there), the folder
the `fresh news` row scores whole; they must stay out of that row and of the pooled fresh-text row
(whose figures are those of the first sets), out of the default run and of every pool, and no error
tool may read them. This checks the wiring on file names only; it never runs the tagger.
"""
from __future__ import annotations

from pathlib import Path

from blindcheck import assert_apart, assert_unread, load_bench

REPO = Path(__file__).resolve().parent.parent
BENCH = REPO / "benchmarks"
NEWS = BENCH / "data" / "fresh" / "news"


accuracy = load_bench("accuracy", "news5")
PARTS = {name: folder for name, folder, _, _ in accuracy.CORPORA}
BLIND = ("news5-blind A", "news5-blind B")


def test_the_blind_news_has_its_two_halves_of_six_texts():
    a = accuracy.part_files(PARTS["news5-blind A"])
    b = accuracy.part_files(PARTS["news5-blind B"])
    assert len(a) == len(b) == 6
    assert all(f.name.startswith("news5-blind-a-") for f in a)
    assert all(f.name.startswith("news5-blind-b-") for f in b)


def test_the_fresh_news_row_leaves_the_blind_news_out():
    files = accuracy.part_files(PARTS["fresh news"])
    assert len(files) == 44
    assert not [f for f in files if f.name.startswith("news5-blind-")]
    assert len(list(NEWS.glob("*.tml"))) == 44 + 12


def test_the_blind_news_is_apart_from_every_group_but_its_own():
    assert accuracy.GROUPS["news5blind"] == BLIND
    assert accuracy.GROUPS["news5blindA"] == ("news5-blind A",)
    assert accuracy.GROUPS["news5blindB"] == ("news5-blind B",)
    assert_apart(accuracy, BLIND, {"news5blind", "news5blindA", "news5blindB"})


def test_no_error_tool_reads_the_blind_news(monkeypatch):
    assert_unread(accuracy, "news5", "news5-blind-", ("news5blind", "news5blindA", "news5blindB"), monkeypatch)
