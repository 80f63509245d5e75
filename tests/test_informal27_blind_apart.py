"""The thirty-second session's blind informal set (informal27-blind, blind33) is scored apart; neither half is read.

Its texts are built into benchmarks/data/fresh/informal/ (fresh_tml.py builds src/informal there), where every
informal set is a part of its own by file glob; they must stay out of the pooled fresh-text row, out of the default
run and of every pool, and no error tool may read either half (figures only, `fast_scores.py informal27blind`).
This checks the wiring on file names only; it never runs the tagger.
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
    spec = importlib.util.spec_from_file_location(f"_bench_informal27_{name}", BENCH / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


accuracy = _load("accuracy")
PARTS = {name: folder for name, folder, _, _ in accuracy.CORPORA}
BLIND = ("informal27-blind A", "informal27-blind B")


def test_the_blind_set_has_its_two_halves_of_seven_texts():
    a = accuracy.part_files(PARTS["informal27-blind A"])
    b = accuracy.part_files(PARTS["informal27-blind B"])
    assert len(a) == len(b) == 7
    assert all(f.name.startswith("informal27-blind-a-") for f in a)
    assert all(f.name.startswith("informal27-blind-b-") for f in b)
    assert len(list(INFORMAL.glob("informal27-blind-*.tml"))) == 14


def test_no_other_part_holds_a_file_of_the_blind_set():
    for name, folder, _, _ in accuracy.CORPORA:
        if name in BLIND:
            continue
        assert not [f for f in accuracy.part_files(folder) if f.name.startswith("informal27-")], name


def test_the_blind_set_is_apart_from_every_group_but_its_own():
    assert accuracy.GROUPS["informal27blind"] == BLIND
    assert accuracy.GROUPS["informal27blindA"] == ("informal27-blind A",)
    assert accuracy.GROUPS["informal27blindB"] == ("informal27-blind B",)
    own = {"informal27blind", "informal27blindA", "informal27blindB"}
    for name, parts in accuracy.GROUPS.items():
        if name not in own:
            assert not set(BLIND) & set(parts), name
    for name, parts in accuracy.POOLED.items():
        assert not set(BLIND) & set(parts), name
    assert not own & set(accuracy.DEFAULT_GROUPS)


def test_no_error_tool_reads_either_half(monkeypatch):
    value_errors = _load("value_errors")
    assert "informal27-blind-" in value_errors.NEVER_READ
    assert not [s for s in value_errors.READ_SETS if s[2].startswith("informal27-")]
    for _, folder, glob in value_errors.READ_SETS:
        assert not [f for f in (value_errors.FRESH / folder).glob(glob) if f.name.startswith("informal27-")], glob
    conventions = _load("conventions")
    assert not [p for ps in conventions.corpora(["fresh"]).values() for p in ps
                if p.name.startswith("informal27-blind-")]
    for group in ("informal27blind", "informal27blindA", "informal27blindB"):
        monkeypatch.setattr(sys, "argv", ["accuracy.py", "--corpus", group, "--show-errors", "5", "--no-seed"])
        with pytest.raises(SystemExit) as e:
            accuracy.main()
        assert "never read" in str(e.value)
