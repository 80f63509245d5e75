"""What the tests of the blind sets share (``tests/test_informal_blind_sets_apart.py``,
``tests/test_news5_blind_apart.py``; pytest puts ``tests/`` on the path, as for ``gridcheck``): a benchmark
module loaded by path, a blind set kept out of every group but its own, and an unread half no error tool reads.
They check the wiring on file names only; they never run the tagger."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"


def load_bench(name: str, tag: str):
    """The benchmark module ``benchmarks/<name>.py``, loaded under a name of its own (``tag``: the test module's)."""
    spec = importlib.util.spec_from_file_location(f"_bench_{tag}_{name}", BENCH / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


def assert_apart(accuracy, blind: tuple[str, str], own: set[str]) -> None:
    """The parts ``blind`` (A, B) are in no group but ``own`` (the whole set, A, B), in no pooled row, and none of
    ``own`` runs by default."""
    for name, parts in accuracy.GROUPS.items():
        if name not in own:
            assert not set(blind) & set(parts), name
    for name, parts in accuracy.POOLED.items():
        assert not set(blind) & set(parts), name
    assert not own & set(accuracy.DEFAULT_GROUPS)


def assert_unread(accuracy, tag: str, unread: str, refused, monkeypatch) -> None:
    """No error tool reads a file whose name starts with ``unread``: value_errors lists it as never read and reads no
    such file, conventions reads none, and accuracy's --show-errors refuses each group of ``refused``."""
    value_errors = load_bench("value_errors", tag)
    assert unread in value_errors.NEVER_READ
    assert not [s for s in value_errors.READ_SETS if s[2].startswith(unread)]
    for _, folder, glob in value_errors.READ_SETS:
        assert not [f for f in (value_errors.FRESH / folder).glob(glob) if f.name.startswith(unread)], glob
    conventions = load_bench("conventions", tag)
    assert not [p for ps in conventions.corpora(["fresh"]).values() for p in ps if p.name.startswith(unread)]
    for group in refused:
        monkeypatch.setattr(sys, "argv", ["accuracy.py", "--corpus", group, "--show-errors", "5", "--no-seed"])
        with pytest.raises(SystemExit) as e:
            accuracy.main()
        assert "never read" in str(e.value)
