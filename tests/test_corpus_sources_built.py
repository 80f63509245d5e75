"""Every hand-annotated corpus file scored by `accuracy.py` is the build of its source.

The gold of the fresh-text and sealed corpora is written inline in `benchmarks/data/<corpus>/src`
and turned into TimeML by `benchmarks/fresh_tml.py`; the scorer reads the TimeML. A source edited
without rebuilding (a gold correction, a new expression) would be scored on its old gold. This
compares file contents only: it never runs the tagger, and a failure names files, not texts (the
sealed sets stay unread).
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
_spec = importlib.util.spec_from_file_location("_bench_fresh_tml_built", BENCH / "fresh_tml.py")
fresh_tml = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = fresh_tml
_spec.loader.exec_module(fresh_tml)


@pytest.mark.parametrize("corpus", fresh_tml.CORPORA)
def test_every_timeml_file_is_the_build_of_its_source(corpus):
    root = BENCH / "data" / corpus
    sources = sorted((root / "src").glob("*/*.txt"))
    assert sources, f"{corpus}: no sources"
    stale, missing = [], []
    for src in sources:
        tml = root / src.parent.name / f"{src.stem}.tml"
        if not tml.exists():
            missing.append(tml.name)
        elif tml.read_text(encoding="utf-8") != fresh_tml.build(src)[0]:
            stale.append(tml.name)
    orphans = sorted(p.name for p in root.glob("*/*.tml")
                     if not (root / "src" / p.parent.name / f"{p.stem}.txt").exists())
    assert not missing, f"{corpus}: sources without TimeML (run fresh_tml.py --corpus {corpus}): {missing}"
    assert not stale, f"{corpus}: TimeML older than its source (run fresh_tml.py --corpus {corpus}): {stale}"
    assert not orphans, f"{corpus}: TimeML without a source: {orphans}"
