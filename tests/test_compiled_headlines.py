"""The clause finder compiled for the window's pool (``core/compiled.py``): the same rows as the
pure module, never a module built from other source bytes, and the pure module whenever there is
no compiled one. The comparison runs when ``make compiled`` has built the module for today's
``headlines.py`` (skipped otherwise: the pool then uses the pure module, which the other tests
cover)."""
from __future__ import annotations

import shutil

import pytest

from headline_reference import tagged_sources
from timeline_app.core import compiled, headlines
from timeline_app.core.events import document_rows


def test_without_a_module_for_todays_source_the_pure_module_serves(tmp_path, monkeypatch):
    assert compiled.compiled_module(tmp_path) is None
    # a module built from other bytes (an older headlines.py) is never taken, even under the name
    # of today's key it would be looked for by another
    other = compiled.module_path("0" * 16, tmp_path)
    other.write_bytes(b"not a module")
    assert compiled.compiled_module(tmp_path) is None
    # today's key's file that cannot be loaded: the pure module, no error
    compiled.module_path(compiled.source_key(), tmp_path).write_bytes(b"not a module either")
    assert compiled.compiled_module(tmp_path) is None
    monkeypatch.setattr(compiled, "_loaded", None)
    monkeypatch.setattr(compiled, "FOLDER", tmp_path)
    monkeypatch.setattr(compiled, "compiled_module", lambda folder=tmp_path: None)
    assert compiled.headlines_module() is headlines


def test_the_key_is_that_of_the_source_bytes(tmp_path):
    a = tmp_path / "a.py"
    a.write_text("x = 1\n")
    b = tmp_path / "b.py"
    shutil.copyfile(a, b)
    assert compiled.source_key(a) == compiled.source_key(b)
    b.write_text("x = 2\n")
    assert compiled.source_key(a) != compiled.source_key(b)
    assert compiled.module_path("k", tmp_path).name.startswith("headlines_k")


def test_the_environment_turns_it_off(monkeypatch):
    monkeypatch.setenv("TIMELINE_APP_COMPILED", "0")
    assert compiled.compiled_module() is None


def test_compiled_rows_are_the_pure_modules_rows():
    """Every row of the sample and the fresh-text sources (the headline fixture's first texts; the
    gold and corpus sentences after them are left to the equivalence tests, for time), every
    column, from both modules."""
    mod = compiled.compiled_module()
    if mod is None:
        pytest.skip("no compiled clause finder for today's headlines.py (make compiled)")
    assert mod is not headlines and mod.__file__.endswith(compiled.module_path(compiled.source_key()).name)
    n = 0
    for _sid, doc in tagged_sources():
        if not (_sid == "seed" or _sid.startswith("fresh/")):
            break
        rows = document_rows(doc)
        want = headlines.headline_rows(doc, [dict(r) for r in rows])
        got = mod.headline_rows(doc, [dict(r) for r in rows])
        assert got == want, _sid
        n += len(got)
    assert n > 1000
