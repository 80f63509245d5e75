"""The second sealed evaluation corpus (benchmarks/data/sealed2/) builds, parses and is big enough.

This checks the data and its wiring, never the tagger: nothing here runs the tagger on the
corpus or scores it (only the lead does that, with `accuracy.py --corpus sealed2`). Failure
messages name files and counts only, so a failing run does not show the texts.
"""
from __future__ import annotations

import importlib.util
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
BENCH = REPO / "benchmarks"
SEALED2 = BENCH / "data" / "sealed2"
# the floor each part has reached (raised as texts are added): texts, expressions
MINIMUM = {"news": (14, 250), "history": (2, 60), "informal": (1, 15)}


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"_bench_{name}", BENCH / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


fresh_tml = _load("fresh_tml")
accuracy = _load("accuracy")
SOURCES = sorted((SEALED2 / "src").glob("*/*.txt"))


def test_the_option_is_accepted_and_scored_only_when_named():
    assert "sealed2" in fresh_tml.CORPORA
    assert accuracy.GROUPS["sealed2"] == ("sealed2 news", "sealed2 informal", "sealed2 history")
    assert "sealed2" not in accuracy.DEFAULT_GROUPS and "sealed" not in accuracy.DEFAULT_GROUPS
    folders = {name: folder for name, folder, _, _ in accuracy.CORPORA}
    for part in ("news", "informal", "history"):
        assert folders[f"sealed2 {part}"] == SEALED2 / part
    assert accuracy.POOLED["sealed2 (all)"] == accuracy.GROUPS["sealed2"]


@pytest.mark.parametrize("src", SOURCES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_each_text_builds_to_its_committed_tml(src: Path):
    doc, n = fresh_tml.build(src)   # raises SystemExit on a bad value shape or a malformed mark
    tml = SEALED2 / src.parent.name / (src.stem + ".tml")
    assert tml.exists(), f"{tml.name} missing: run benchmarks/fresh_tml.py --corpus sealed2"
    assert tml.read_text(encoding="utf-8") == doc, f"{tml.name} is stale: rebuild it"
    root = ET.fromstring(doc)
    dct = root.find("DCT/TIMEX3")
    assert dct is not None and dct.get("functionInDocument") == "CREATION_TIME"
    assert 2012 <= int(dct.get("value")[:4]) <= 2026, f"{src.name}: DCT outside 2012-2026"
    timexes = root.findall("TEXT/TIMEX3")
    assert len(timexes) == n > 0
    assert [t.get("tid") for t in timexes] == [f"t{k}" for k in range(1, n + 1)]
    assert all(t.text and t.text.strip() == t.text for t in timexes), f"{src.name}: extent with edge spaces"


def test_each_part_is_big_enough():
    counts: dict[str, list[int]] = {}
    for src in SOURCES:
        _, n = fresh_tml.build(src)
        texts, exprs = counts.setdefault(src.parent.name, [0, 0])
        counts[src.parent.name] = [texts + 1, exprs + n]
    for part, (texts, exprs) in MINIMUM.items():
        got = counts.get(part, [0, 0])
        assert got[0] >= texts and got[1] >= exprs, f"{part}: {got[0]} texts, {got[1]} expressions"
