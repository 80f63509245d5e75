"""The clause finder (``core/headlines.py``) compiled to C by Cython, for the window's pool.

The window's load makes a headline for every row in its pool's processes (``batch.process_file``
with ``headlines=True``): without repeated sentences, about a third of what the window spends
beyond the CLI's export (issue 9). The same source compiled by Cython, untyped and unchanged, runs
the same Python semantics in C (each bytecode's work without the interpreter's loop): the same
headlines, ~20 % less CPU.

The compiled module is built from the exact bytes of ``headlines.py`` and named by their SHA-256
(``headlines_<key>``), so it can never be stale: once ``headlines.py`` changes, no compiled
module has its key and the pure module is used until ``python -m timeline_app.core.compiled build``
(``make compiled``) builds the new one. It lives beside the interpreter that built it
(``sys.prefix``/``timeline-app-compiled``: the project's venv), not in the package's tree.
Optional: without Cython or a C compiler, or with ``TIMELINE_APP_COMPILED=0`` in the environment,
everything runs as before on the pure module.

Only the pool's ``headline_rows`` takes it (``headline_rows`` below). Everything else -- the
Workspace, the tests that patch ``headlines``, the explanations -- keeps the pure module;
``tests/test_compiled_headlines.py`` checks that both give the same rows.

    python -m timeline_app.core.compiled build     # compile headlines.py as it is now
    python -m timeline_app.core.compiled status    # which module headline_rows uses
"""
from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import os
import sys
import sysconfig
from pathlib import Path
from types import ModuleType

SOURCE = Path(__file__).with_name("headlines.py")
FOLDER = Path(sys.prefix) / "timeline-app-compiled"
_loaded: ModuleType | None = None


def source_key(source: Path = SOURCE) -> str:
    """The first 16 hex digits of the SHA-256 of the clause finder's source bytes."""
    return hashlib.sha256(source.read_bytes()).hexdigest()[:16]


def module_path(key: str, folder: Path = FOLDER) -> Path:
    return folder / f"headlines_{key}{sysconfig.get_config_var('EXT_SUFFIX') or '.so'}"


def compiled_module(folder: Path = FOLDER) -> ModuleType | None:
    """The compiled clause finder built from ``headlines.py`` as it is now, or None (none built
    for these bytes, ``TIMELINE_APP_COMPILED=0``, or it cannot be loaded)."""
    if os.environ.get("TIMELINE_APP_COMPILED", "1") == "0":
        return None
    try:
        key = source_key()
    except OSError:
        return None
    path = module_path(key, folder)
    if not path.is_file():
        return None
    name = f"timeline_app.core.headlines_{key}"      # (its init function is named by its last part)
    try:
        loader = importlib.machinery.ExtensionFileLoader(name, str(path))
        spec = importlib.util.spec_from_file_location(name, str(path), loader=loader)
        mod = importlib.util.module_from_spec(spec)
        loader.exec_module(mod)
    except Exception:     # (an interpreter it was not built for, a damaged file): the pure module
        return None
    return mod


def headlines_module() -> ModuleType:
    """The module whose ``headline_rows`` the pool uses: the compiled one when built for today's
    source, else ``timeline_app.core.headlines``. Looked up once per process."""
    global _loaded
    if _loaded is None:
        from timeline_app.core import headlines

        _loaded = compiled_module() or headlines
    return _loaded


def headline_rows(doc, rows):
    """``headlines.headline_rows``, by the compiled module when there is one (the same rows)."""
    return headlines_module().headline_rows(doc, rows)


def build(folder: Path = FOLDER) -> Path:
    """Compile ``headlines.py`` as it is now into ``folder`` (Cython, then the C compiler through
    setuptools); returns the module's path. Raises when Cython or a compiler is missing."""
    import shutil
    import tempfile

    from Cython.Build import cythonize
    from setuptools import Distribution, Extension

    key = source_key()
    target = module_path(key, folder)
    if target.is_file():
        return target
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="timeline-compile-") as tmp:
        src = Path(tmp) / f"headlines_{key}.py"
        src.write_bytes(SOURCE.read_bytes())
        ext = Extension(f"headlines_{key}", [str(src)])
        dist = Distribution({"ext_modules": cythonize([ext], language_level=3, quiet=True,
                                                      build_dir=str(Path(tmp) / "c"))})
        cmd = dist.get_command_obj("build_ext")
        cmd.build_lib = str(Path(tmp) / "lib")
        cmd.build_temp = str(Path(tmp) / "tmp")
        cmd.ensure_finalized()
        cmd.run()
        built = Path(cmd.get_ext_fullpath(f"headlines_{key}"))
        part = target.with_name(target.name + ".part")
        shutil.copyfile(built, part)
        os.replace(part, target)        # (whole or not at all: a reader never loads half a file)
    for old in folder.glob("headlines_*"):      # the modules of earlier sources: never used again
        if old != target:
            try:
                old.unlink()
            except OSError:
                pass
    return target


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    what = argv[0] if argv else "status"
    from timeline_app.temporal import accel   # (the tagger's modules: temporal/accel.py)

    if what == "build":
        try:
            path = build()
        except Exception as e:   # no Cython, no compiler: the pure module serves, as before
            print(f"the clause finder was not compiled ({type(e).__name__}: {e}); the pure module is used",
                  file=sys.stderr)
            return 0
        print(f"compiled: {path}")
        try:
            paths = accel.build()
        except Exception as e:   # the same: the tagger's sources serve
            print(f"the tagger was not compiled ({type(e).__name__}: {e}); its sources are used", file=sys.stderr)
            return 0
        for p in paths:
            print(f"compiled: {p}")
        return 0
    mod = compiled_module()
    print(f"headline_rows in the pool: {'compiled, ' + mod.__file__ if mod else 'the pure module'} "
          f"(source key {source_key()})")
    done = [n for n in accel.MODULES if accel.built(n)]
    print(f"the tagger's modules compiled for today's sources: {', '.join(done) if done else 'none'}"
          f"{'' if accel.enabled() else ' (not used: TIMELINE_APP_COMPILED=0)'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
