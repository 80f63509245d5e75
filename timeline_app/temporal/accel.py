"""The tagger's own modules compiled to C by Cython, taken in place of their source when built
(optional: ``make compiled``; issue 9, tagging throughput).

As ``core/compiled.py`` does for the clause finder: the same source, untyped and unchanged
(``annotation_typing`` off, so an annotation is never a type check), compiled by Cython runs the
same Python semantics without the interpreter's loop: the same rows (``tests/test_compiled_tagger.py``;
``export`` byte-identical on the benchmark corpus, the TimeML bodies and the fresh texts), about
6-8 % less CPU for tagging. Each module is built from the exact bytes of its source and named by
their SHA-256 (``timeline_app.temporal.<name>-<key><suffix>``), beside the interpreter that built
it (``sys.prefix``/``timeline-app-compiled``, as the clause finder): once a source changes, no
built module has its key and that module's source is imported again until the next build. A
module built for another interpreter has another suffix and is never looked at.

``install`` (called first thing by ``timeline_app/temporal/__init__.py``, before any module of
the package is imported) puts a finder in front of the import system that answers for the
modules of ``MODULES`` only, and only with a module built for today's bytes; for anything else,
or with ``TIMELINE_APP_COMPILED=0`` in the environment, imports go on as before. No module
compiled reads its ``__file__``.
"""
from __future__ import annotations

import os
import sys
import sysconfig
from pathlib import Path

PACKAGE = "timeline_app.temporal"
# the modules whose Python loops tagging spends its time in (measured: ``README``, thirteenth session)
MODULES = ("triggers", "rulebase", "tense", "sentences", "tagger", "resolve", "anchors", "discourse", "calendar")
HERE = Path(__file__).resolve().parent
FOLDER = Path(sys.prefix) / "timeline-app-compiled"


def enabled() -> bool:
    return os.environ.get("TIMELINE_APP_COMPILED", "1") != "0"


def source_path(name: str) -> Path:
    return HERE / f"{name}.py"


def source_key(name: str, source: Path | None = None) -> str:
    """The first 16 hex digits of the SHA-256 of module ``name``'s source bytes."""
    import hashlib   # (here: a process with nothing built never loads it)

    return hashlib.sha256((source or source_path(name)).read_bytes()).hexdigest()[:16]


def module_path(name: str, key: str, folder: Path = FOLDER) -> Path:
    return folder / f"{PACKAGE}.{name}-{key}{sysconfig.get_config_var('EXT_SUFFIX') or '.so'}"


def built(name: str, folder: Path = FOLDER) -> Path | None:
    """The compiled module ``name`` built from its source as it is now, or None."""
    if name not in MODULES:
        return None
    try:
        path = module_path(name, source_key(name), folder)
    except OSError:
        return None
    return path if path.is_file() else None


class _Finder:
    """Finds a module of ``MODULES`` as its compiled build for today's source, when there is one
    (an extension module named as the source module: Cython's init function is named by the last
    part of the dotted name the extension was built under, the module's own)."""

    def __init__(self, folder: Path = FOLDER) -> None:
        self.folder = folder

    def find_spec(self, fullname, path=None, target=None):
        if not fullname.startswith(PACKAGE + ".") or not enabled():
            return None
        so = built(fullname[len(PACKAGE) + 1:], self.folder)
        if so is None:
            return None
        import importlib.machinery
        import importlib.util

        loader = importlib.machinery.ExtensionFileLoader(fullname, str(so))
        return importlib.util.spec_from_file_location(fullname, str(so), loader=loader)


def install(folder: Path = FOLDER) -> bool:
    """Put the finder first in ``sys.meta_path`` (once) when anything was built; whether it is there."""
    if any(isinstance(f, _Finder) for f in sys.meta_path):
        return True
    if not enabled() or not folder.is_dir() or not any(folder.glob(f"{PACKAGE}.*")):
        return False
    sys.meta_path.insert(0, _Finder(folder))
    return True


def compiled_now() -> list[str]:
    """The modules of ``MODULES`` this process imported compiled."""
    return [n for n in MODULES
            if getattr(sys.modules.get(f"{PACKAGE}.{n}"), "__file__", "").endswith(
                sysconfig.get_config_var("EXT_SUFFIX") or ".so")]


def build(folder: Path = FOLDER, names: tuple[str, ...] = MODULES) -> list[Path]:
    """Compile each module of ``names`` as its source is now into ``folder`` (Cython, then the C
    compiler through setuptools, on every core); the modules' paths. Raises when Cython or a
    compiler is missing. Builds of earlier sources are removed."""
    import shutil
    import tempfile

    from Cython.Build import cythonize
    from setuptools import Distribution, Extension

    folder.mkdir(parents=True, exist_ok=True)
    todo, out = [], []
    for name in names:
        target = module_path(name, source_key(name), folder)
        out.append(target)
        if not target.is_file():
            todo.append((name, target))
    if todo:
        with tempfile.TemporaryDirectory(prefix="timeline-compile-") as tmp:
            exts = []
            for name, target in todo:
                pkg = Path(tmp, "src", *PACKAGE.split("."))
                pkg.mkdir(parents=True, exist_ok=True)
                for init in (pkg.parent / "__init__.py", pkg / "__init__.py"):   # (the dotted name's packages)
                    init.touch()
                src = pkg / f"{name}.py"
                src.write_bytes(source_path(name).read_bytes())
                # (-O2 without debug information: the C of tagger.py compiles in half the time)
                exts.append(Extension(f"{PACKAGE}.{name}", [str(src)], extra_compile_args=["-O2", "-g0"]))
            dist = Distribution({"ext_modules": cythonize(
                exts, language_level=3, quiet=True, build_dir=str(Path(tmp) / "c"),
                compiler_directives={"annotation_typing": False})})
            cmd = dist.get_command_obj("build_ext")
            cmd.build_lib = str(Path(tmp) / "lib")
            cmd.build_temp = str(Path(tmp) / "tmp")
            cmd.parallel = os.cpu_count() or 1
            cmd.ensure_finalized()
            cmd.run()
            for name, target in todo:
                made = Path(cmd.get_ext_fullpath(f"{PACKAGE}.{name}"))
                part = target.with_name(target.name + ".part")
                shutil.copyfile(made, part)
                os.replace(part, target)   # (whole or not at all: a reader never loads half a file)
    keep = {p.name for p in out}
    for name in names:   # the builds of earlier sources: never used again
        for old in folder.glob(f"{PACKAGE}.{name}-*"):
            if old.name not in keep:
                try:
                    old.unlink()
                except OSError:
                    pass
    return out
