"""The thirty-first session's blind informal set (informal26-blind, blind32) is scored apart; its B half is never read.

Its texts are built into benchmarks/data/fresh/informal/ (fresh_tml.py builds src/informal there), where every
informal set is a part of its own by file glob; they must stay out of the pooled fresh-text row, out of the default
run and of every pool, and no error tool may read its B half (its A half may be read from the thirty-second session,
as informal23/24-blind A are, when the lead adds it to value_errors.READ_SETS). This checks the wiring on file names
only; it never runs the tagger.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
BENCH = REPO / "benchmarks"
INFORMAL = BENCH / "data" / "fresh" / "informal"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"_bench_informal26_{name}", BENCH / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


accuracy = _load("accuracy")
PARTS = {name: folder for name, folder, _, _ in accuracy.CORPORA}
BLIND = ("informal26-blind A", "informal26-blind B")


def test_the_blind_set_has_its_two_halves_of_seven_texts():
    a = accuracy.part_files(PARTS["informal26-blind A"])
    b = accuracy.part_files(PARTS["informal26-blind B"])
    assert len(a) == len(b) == 7
    assert all(f.name.startswith("informal26-blind-a-") for f in a)
    assert all(f.name.startswith("informal26-blind-b-") for f in b)
    assert len(list(INFORMAL.glob("informal26-blind-*.tml"))) == 14


def test_no_other_part_holds_a_file_of_the_blind_set():
    for name, folder, _, _ in accuracy.CORPORA:
        if name in BLIND:
            continue
        assert not [f for f in accuracy.part_files(folder) if f.name.startswith("informal26-")], name


def test_the_blind_set_is_apart_from_every_group_but_its_own():
    assert accuracy.GROUPS["informal26blind"] == BLIND
    assert accuracy.GROUPS["informal26blindA"] == ("informal26-blind A",)
    assert accuracy.GROUPS["informal26blindB"] == ("informal26-blind B",)
    own = {"informal26blind", "informal26blindA", "informal26blindB"}
    for name, parts in accuracy.GROUPS.items():
        if name not in own:
            assert not set(BLIND) & set(parts), name
    for name, parts in accuracy.POOLED.items():
        assert not set(BLIND) & set(parts), name
    assert not own & set(accuracy.DEFAULT_GROUPS)


def test_no_error_tool_reads_the_b_half(monkeypatch):
    value_errors = _load("value_errors")
    assert "informal26-blind-b-" in value_errors.NEVER_READ
    assert not [s for s in value_errors.READ_SETS if s[2].startswith("informal26-blind-b")]
    conventions = _load("conventions")
    assert not [p for ps in conventions.corpora(["fresh"]).values() for p in ps
                if p.name.startswith("informal26-blind-b-")]
    for group in ("informal26blind", "informal26blindB"):
        monkeypatch.setattr(sys, "argv", ["accuracy.py", "--corpus", group, "--show-errors", "5", "--no-seed"])
        with pytest.raises(SystemExit) as e:
            accuracy.main()
        assert "never read" in str(e.value)
