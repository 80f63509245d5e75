"""The pooled informal groups of benchmarks/accuracy.py: A halves with A halves, B with B.

`--corpus informalB` is the validation figure of a rule change (its score only; B errors are never
read), so a B file slipping into the A group (whose errors are read) or an A file into B would break
the project's rule. This checks the wiring on the file names; it never runs the tagger.
"""
from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
BENCH = REPO / "benchmarks"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"_bench_pool_{name}", BENCH / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


accuracy = _load("accuracy")
PATTERNS = {name: folder for name, folder, _, _ in accuracy.CORPORA}
# how a half's file names say which half they are: informal6a-*, informal8-days-a-*, informal10ca-*
HALF = re.compile(r"^informal\d+(?:-[a-z]+-|c?)(a|b)-\*\.tml$")


def _half(part: str) -> str:
    folder = PATTERNS[part]
    assert isinstance(folder, tuple), f"{part} is a whole folder, not a half"
    m = HALF.match(folder[1])
    assert m, f"{part}: {folder[1]} does not name a half"
    return m.group(1)


def test_each_pooled_part_is_a_half_of_its_own_side():
    assert {_half(p) for p in accuracy.INFORMAL_A_PARTS} == {"a"}
    assert {_half(p) for p in accuracy.INFORMAL_B_PARTS} == {"b"}


# the twenty-sixth session's blind judging set (blind27): scored on its own (`informal23blind`), kept out of the
# pools until the lead decides, and out of every older B pool
BLIND = {"informal23-blind A", "informal23-blind B"}
# the twenty-seventh session's blind judging set (blind28), kept apart likewise
BLIND24 = {"informal24-blind A", "informal24-blind B"}
# the twenty-eighth session's blind judging set (blind29), kept apart likewise
BLIND25 = {"informal25-blind A", "informal25-blind B"}
# the thirty-first session's blind measuring set (blind32), kept apart likewise (`tests/test_informal_blind_sets_apart.py`)
BLIND26 = {"informal26-blind A", "informal26-blind B"}
# the thirty-second session's blind measuring set (blind33), kept apart likewise (`tests/test_informal_blind_sets_apart.py`)
BLIND27 = {"informal27-blind A", "informal27-blind B"}
# the thirty-third session's blind measuring set (blind34), kept apart likewise (`tests/test_informal_blind_sets_apart.py`)
BLIND28 = {"informal28-blind A", "informal28-blind B"}
# the thirty-fourth session's blind measuring set (blind35), kept apart likewise (`tests/test_informal_blind_sets_apart.py`)
BLIND29 = {"informal29-blind A", "informal29-blind B"}
# the thirty-fifth session's blind measuring set (blind36), kept apart likewise (`tests/test_informal_blind_sets_apart.py`)
BLIND30 = {"informal30-blind A", "informal30-blind B"}
# the thirty-sixth session's blind measuring set (blind37), kept apart likewise (`tests/test_informal_blind_sets_apart.py`)
BLIND31 = {"informal31-blind A", "informal31-blind B"}
# the thirty-seventh session's blind measuring set (blind38), kept apart likewise (`tests/test_informal_blind_sets_apart.py`)
BLIND32 = {"informal32-blind A", "informal32-blind B"}
# the thirty-eighth session's blind measuring set (blind39), kept apart likewise (`tests/test_informal_blind_sets_apart.py`)
BLIND33 = {"informal33-blind A", "informal33-blind B"}
# the thirty-ninth session's blind measuring set (blind40), kept apart likewise (`tests/test_informal_blind_sets_apart.py`)
BLIND34 = {"informal34-blind A", "informal34-blind B"}
# the fortieth session's blind measuring set (blind41), kept apart likewise (`tests/test_informal_blind_sets_apart.py`)
BLIND35 = {"informal35-blind A", "informal35-blind B"}
# the forty-first session's blind measuring set (blind42), kept apart likewise (`tests/test_informal_blind_sets_apart.py`)
BLIND36 = {"informal36-blind A", "informal36-blind B"}
# the forty-second session's blind measuring set (blind43), kept apart likewise
BLIND37 = {"informal37-blind A", "informal37-blind B"}
# the forty-third session's blind measuring set (blind44), kept apart likewise
BLIND38 = {"informal38-blind A", "informal38-blind B"}
# the forty-fourth session's blind measuring set (blind45), kept apart likewise
BLIND39 = {"informal39-blind A", "informal39-blind B"}
# the forty-fourth session's second blind measuring set (blind46), kept apart likewise
BLIND40 = {"informal40-blind A", "informal40-blind B"}
# the forty-fifth session's blind measuring set (blind47), kept apart likewise
BLIND41 = {"informal41-blind A", "informal41-blind B"}
# the forty-sixth session's blind measuring set (blind48), kept apart likewise
BLIND42 = {"informal42-blind A", "informal42-blind B"}
# the forty-seventh session's blind measuring set (blind49), kept apart likewise
BLIND43 = {"informal43-blind A", "informal43-blind B"}


def test_every_informal_half_in_play_is_pooled_and_no_retired_half_is():
    pooled = set(accuracy.INFORMAL_A_PARTS) | set(accuracy.INFORMAL_B_PARTS)
    retired = {"fresh informal3a", "fresh informal3b", "fresh informal4a", "fresh informal4b",
               "fresh informal5a", "fresh informal5b"}
    halves = {name for name, folder in PATTERNS.items()
              if isinstance(folder, tuple) and HALF.match(folder[1])}
    assert halves - retired - BLIND - BLIND24 - BLIND25 - BLIND26 - BLIND27 - BLIND28 - BLIND29 - BLIND30 - BLIND31 - BLIND32 - BLIND33 - BLIND34 - BLIND35 - BLIND36 - BLIND37 - BLIND38 - BLIND39 - BLIND40 - BLIND41 - BLIND42 - BLIND43 == pooled
    # every set in play has both its halves pooled, one on each side
    stems = lambda parts: {PATTERNS[p][1][:-len("a-*.tml")] for p in parts}
    assert stems(accuracy.INFORMAL_A_PARTS) == stems(accuracy.INFORMAL_B_PARTS)


def test_the_pooled_groups_are_scored_only_when_named_and_pooled_in_the_table():
    assert "informalA" not in accuracy.DEFAULT_GROUPS and "informalB" not in accuracy.DEFAULT_GROUPS
    assert accuracy.POOLED["informal B (pooled)"] == accuracy.GROUPS["informalB"]
    assert accuracy.POOLED["informal A (pooled)"] == accuracy.GROUPS["informalA"]


POOLS = ("informalA", "informalB", "informalB25", "informalB26", "informalB27", "informalB28", "informalB29",
         "informalB30", "informalB31", "informalB32")


@pytest.mark.parametrize("n", [23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43])
def test_each_blind_set_is_apart_from_every_pool(n):
    """Each blind set (informal23-blind of the twenty-sixth session to informal43-blind of the forty-seventh): both
    halves, its own groups (whole, A, B), in no pool, not in the default run, not among the older B halves."""
    halves = {f"informal{n}-blind A", f"informal{n}-blind B"}
    assert {_half(p) for p in halves} == {"a", "b"}
    assert accuracy.GROUPS[f"informal{n}blind"] == (f"informal{n}-blind A", f"informal{n}-blind B")
    assert accuracy.GROUPS[f"informal{n}blindA"] == (f"informal{n}-blind A",)
    assert accuracy.GROUPS[f"informal{n}blindB"] == (f"informal{n}-blind B",)
    for g in POOLS:
        assert not halves & set(accuracy.GROUPS[g]), g
    assert not {f"informal{n}blind", f"informal{n}blindA", f"informal{n}blindB"} & set(accuracy.DEFAULT_GROUPS)
    assert not halves & set(accuracy.INFORMAL_B_OLDER)
