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
# the floor each part was written to (issue 11): texts, expressions
MINIMUM = {"news": (14, 250), "history": (8, 200), "informal": (8, 150)}


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


def test_accuracy_accepts_the_option_and_prints_its_rows(monkeypatch, capsys):
    """`accuracy.py --corpus sealed2` asks for exactly the three sealed2 folders and pools them.

    The evaluator is replaced by a stub that records what was asked, so the tagger never runs.
    """
    asked = []

    def fake_eval(folder, flags, show_errors):
        asked.append(folder)
        return {"docs": 1, "gold": 10, "system": 10, "strict_f1": 50.0, "relaxed_p": 50.0,
                "relaxed_r": 50.0, "relaxed_f1": 50.0, "type_f1": 50.0, "value_f1": 50.0}, 0.0

    monkeypatch.setattr(accuracy, "run_eval", fake_eval)
    monkeypatch.setattr(accuracy, "heideltime_figures", lambda: {})
    monkeypatch.setattr(sys, "argv", ["accuracy.py", "--corpus", "sealed2", "--no-seed"])
    assert accuracy.main() == 0
    assert asked == [SEALED2 / "news", SEALED2 / "informal", SEALED2 / "history"]
    rows = [ln.split("|")[1].strip() for ln in capsys.readouterr().out.splitlines() if ln.startswith("| sealed2")]
    assert rows == ["sealed2 news", "sealed2 informal", "sealed2 history", "sealed2 (all)"]


def test_fresh_tml_accepts_the_option(monkeypatch, tmp_path):
    """`fresh_tml.py --corpus sealed2` builds every source (here into a copy, not the repository)."""
    import shutil
    shutil.copytree(SEALED2 / "src", tmp_path / "sealed2" / "src")
    monkeypatch.setattr(fresh_tml, "DATA", tmp_path)
    monkeypatch.setattr(sys, "argv", ["fresh_tml.py", "--corpus", "sealed2"])
    assert fresh_tml.main() == 0
    built = sorted(p.relative_to(tmp_path / "sealed2") for p in (tmp_path / "sealed2").glob("*/*.tml"))
    assert built == sorted(p.relative_to(SEALED2) for p in SEALED2.glob("*/*.tml")) != []


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
