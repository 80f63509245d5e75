"""The thirtieth session's blind news (news5-blind, blindnews31) is scored apart and never read.

Its texts are built into benchmarks/data/fresh/news/ (fresh_tml.py builds src/news there), the folder
the `fresh news` row scores whole; they must stay out of that row and of the pooled fresh-text row
(whose figures are those of the first sets), out of the default run and of every pool, and no error
tool may read them. This checks the wiring on file names only; it never runs the tagger.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
BENCH = REPO / "benchmarks"
NEWS = BENCH / "data" / "fresh" / "news"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"_bench_news5_{name}", BENCH / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


accuracy = _load("accuracy")
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
    own = {"news5blind", "news5blindA", "news5blindB"}
    for name, parts in accuracy.GROUPS.items():
        if name not in own:
            assert not set(BLIND) & set(parts), name
    for name, parts in accuracy.POOLED.items():
        assert not set(BLIND) & set(parts), name
    assert not own & set(accuracy.DEFAULT_GROUPS)


def test_no_error_tool_reads_the_blind_news(monkeypatch):
    value_errors = _load("value_errors")
    assert "news5-blind-" in value_errors.NEVER_READ
    assert not [s for s in value_errors.READ_SETS if s[2].startswith("news5")]
    conventions = _load("conventions")
    assert not [p for ps in conventions.corpora(["fresh"]).values() for p in ps if p.name.startswith("news5-blind-")]
    monkeypatch.setattr(sys, "argv", ["accuracy.py", "--corpus", "news5blind", "--show-errors", "5", "--no-seed"])
    with pytest.raises(SystemExit) as e:
        accuracy.main()
    assert "never read" in str(e.value)
