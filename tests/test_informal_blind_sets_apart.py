"""The blind informal sets written to measure the tagger are scored apart, and their unread halves stay unread.

informal26-blind (thirty-first session, blind32): its B half is never read (its A half is read from the thirty-second
session, value_errors.READ_SETS). informal27-blind (thirty-second session, blind33): its B half is never read (its A half is read from the
thirty-third session; figures only for B, `fast_scores.py informal27blindB`). informal28-blind (thirty-third session,
blind34): its B half is never read (its A half is read from the thirty-fourth session; figures only for B).
informal29-blind (thirty-fourth session, blind35): its B half is never read (its A half is read from the thirty-fifth session; figures only for B).
informal30-blind (thirty-fifth session, blind36): its B half is never read (its A half is read from the thirty-sixth session; figures only for B).
informal31-blind (thirty-sixth session, blind37): its B half is never read (its A half is read from the thirty-seventh session; figures only for B).
informal32-blind (thirty-seventh session, blind38): its B half is never read (its A half is read from the thirty-eighth session; figures only for B).
informal33-blind (thirty-eighth session, blind39): its B half is never read (its A half is read from the thirty-ninth session; figures only for B).
informal34-blind (thirty-ninth session, blind40): its B half is never read (its A half is read from the fortieth session; figures only for B).
informal35-blind (fortieth session, blind41): its B half is never read (its A half is read from the forty-first session; figures only for B).
informal36-blind (forty-first session, blind42): its B half is never read (its A half is read from the forty-second session; figures only for B).
informal37-blind (forty-second session, blind43): its B half is never read (its A half is read from the forty-third session; figures only for B).
informal38-blind (forty-third session, blind44): its B half is never read (its A half is read from the forty-fourth session; figures only for B).
informal39-blind (forty-fourth session, blind45): its B half is never read (its A half is read from the forty-fifth session; figures only for B).
informal40-blind (forty-fourth session, blind46): its B half is never read (its A half is read from the forty-sixth session; figures only for B).
informal41-blind (forty-fifth session, blind47): its B half is never read (its A half is read from the forty-seventh session; figures only for B).
informal42-blind (forty-sixth session, blind48): its B half is never read (its A half is read from the forty-eighth session; figures only for B).
informal43-blind (forty-seventh session, blind49): neither half is read (figures only). Their texts are built into benchmarks/data/fresh/informal/ (fresh_tml.py builds
src/informal there), where every informal set is a part of its own by file glob; they must stay out of the pooled
fresh-text row, out of the default run and of every pool, and no error tool may read an unread half. This checks the
wiring on file names only; it never runs the tagger. (One module for every such set: the first two had been two copies of one file.)
"""
from __future__ import annotations

from pathlib import Path

import pytest
from blindcheck import assert_apart, assert_unread, load_bench

REPO = Path(__file__).resolve().parent.parent
BENCH = REPO / "benchmarks"
INFORMAL = BENCH / "data" / "fresh" / "informal"

# (number, the prefix no error tool may read, the groups --show-errors must refuse)
SETS = [
    ("26", "informal26-blind-b-", ("informal26blind", "informal26blindB")),
    ("27", "informal27-blind-b-", ("informal27blind", "informal27blindB")),
    ("28", "informal28-blind-b-", ("informal28blind", "informal28blindB")),
    ("29", "informal29-blind-b-", ("informal29blind", "informal29blindB")),
    ("30", "informal30-blind-b-", ("informal30blind", "informal30blindB")),
    ("31", "informal31-blind-b-", ("informal31blind", "informal31blindB")),
    ("32", "informal32-blind-b-", ("informal32blind", "informal32blindB")),
    ("33", "informal33-blind-b-", ("informal33blind", "informal33blindB")),
    ("34", "informal34-blind-b-", ("informal34blind", "informal34blindB")),
    ("35", "informal35-blind-b-", ("informal35blind", "informal35blindB")),
    ("36", "informal36-blind-b-", ("informal36blind", "informal36blindB")),
    ("37", "informal37-blind-b-", ("informal37blind", "informal37blindB")),
    ("38", "informal38-blind-b-", ("informal38blind", "informal38blindB")),
    ("39", "informal39-blind-b-", ("informal39blind", "informal39blindB")),
    ("40", "informal40-blind-b-", ("informal40blind", "informal40blindB")),
    ("41", "informal41-blind-b-", ("informal41blind", "informal41blindB")),
    ("42", "informal42-blind-b-", ("informal42blind", "informal42blindB")),
    ("43", "informal43-blind-", ("informal43blind", "informal43blindA", "informal43blindB")),
]


accuracy = load_bench("accuracy", "informal_blind")
PARTS = {name: folder for name, folder, _, _ in accuracy.CORPORA}


def _blind(n: str) -> tuple[str, str]:
    return (f"informal{n}-blind A", f"informal{n}-blind B")


@pytest.mark.parametrize("n, unread, refused", SETS)
def test_the_blind_set_has_its_two_halves_of_seven_texts(n, unread, refused):
    a = accuracy.part_files(PARTS[f"informal{n}-blind A"])
    b = accuracy.part_files(PARTS[f"informal{n}-blind B"])
    assert len(a) == len(b) == 7
    assert all(f.name.startswith(f"informal{n}-blind-a-") for f in a)
    assert all(f.name.startswith(f"informal{n}-blind-b-") for f in b)
    assert len(list(INFORMAL.glob(f"informal{n}-blind-*.tml"))) == 14


@pytest.mark.parametrize("n, unread, refused", SETS)
def test_no_other_part_holds_a_file_of_the_blind_set(n, unread, refused):
    for name, folder, _, _ in accuracy.CORPORA:
        if name in _blind(n):
            continue
        assert not [f for f in accuracy.part_files(folder) if f.name.startswith(f"informal{n}-")], name


@pytest.mark.parametrize("n, unread, refused", SETS)
def test_the_blind_set_is_apart_from_every_group_but_its_own(n, unread, refused):
    blind = _blind(n)
    assert accuracy.GROUPS[f"informal{n}blind"] == blind
    assert accuracy.GROUPS[f"informal{n}blindA"] == (blind[0],)
    assert accuracy.GROUPS[f"informal{n}blindB"] == (blind[1],)
    assert_apart(accuracy, blind, {f"informal{n}blind", f"informal{n}blindA", f"informal{n}blindB"})


@pytest.mark.parametrize("n, unread, refused", SETS)
def test_no_error_tool_reads_an_unread_half(n, unread, refused, monkeypatch):
    assert_unread(accuracy, "informal_blind", unread, refused, monkeypatch)
