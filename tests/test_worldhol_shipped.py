"""(speed42) The holiday-name index shipped with the language (``lang/en/world_holiday_index.json``, read by
``worldhol.index`` where no start-up store holds one) is the index a build gives: it cannot change what is tagged.
It is read only where it was built from the same spec and the same version of the holidays package."""
import json

import pytest

from timeline_app.temporal import worldhol
from timeline_app.temporal.lang.en import rules as R

hol = pytest.importorskip("holidays")
REWRITE = "rewrite it: worldhol.write_shipped(rules._WORLD) (see its docstring)"


def test_shipped_index_is_current():
    # a stale file is never read (a build is: slower, the same answers); stale, the start-up cost is back
    with open(R._WORLD.shipped, encoding="utf-8") as f:
        doc = json.load(f)
    assert doc["package_version"] == hol.__version__, f"built with holidays {doc['package_version']}: {REWRITE}"
    assert doc["spec_canonical"] == R._WORLD.canonical(), f"the lexicon's world_holiday entries changed: {REWRITE}"


def test_shipped_index_equals_a_build():
    shipped = worldhol.read_shipped(R._WORLD, hol.__version__)
    assert shipped is not None
    built = worldhol.build(R._WORLD, hol, None)
    assert shipped == built


def test_a_stale_file_is_not_read(tmp_path):
    spec = R._WORLD
    assert worldhol.read_shipped(spec, "0.0-not-this-version") is None
    other = worldhol.Spec(spec.drop | {"zzz"}, spec.heads, spec.languages, spec.years, spec.not_keys, spec.not_first,
                          shipped=spec.shipped)
    assert worldhol.read_shipped(other, hol.__version__) is None
    missing = worldhol.Spec(spec.drop, spec.heads, spec.languages, spec.years, spec.not_keys, spec.not_first,
                            shipped=str(tmp_path / "none.json"))
    assert worldhol.read_shipped(missing, hol.__version__) is None
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    missing.shipped = str(broken)
    assert worldhol.read_shipped(missing, hol.__version__) is None


def test_index_reads_the_shipped_file_without_a_store(monkeypatch):
    monkeypatch.setenv("TIMELINE_APP_STARTUP_CACHE", "0")
    worldhol.index.cache_clear()
    calls = []
    real = worldhol.build
    monkeypatch.setattr(worldhol, "build", lambda *a: calls.append(a) or real(*a))
    try:
        got = worldhol.index(R._WORLD)
    finally:
        worldhol.index.cache_clear()
    assert not calls and got == worldhol.read_shipped(R._WORLD, hol.__version__)
