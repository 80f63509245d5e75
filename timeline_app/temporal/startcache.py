"""What start-up reads from the rules alone, kept from one process to the next, as Python keeps
the bytecode of its modules in ``__pycache__``.

A cold ``timeline-app export`` of one short article spent most of its time compiling regular
expressions (~400 at import: the rules' helper patterns, the tagger's, tense's) and reading the
reach of the rules its text calls (``reach.py`` parses each pattern with ``re._parser``). Both
are functions of the patterns' source alone:

- a compiled pattern is ``_sre.compile`` of the code list that ``re._compiler`` makes of the
  source and flags; that list (with the flags, groups and group names) is kept, keyed by the
  source and flags, and handed to ``_sre.compile`` again in the next process: the same pattern
  (``Pattern.__eq__`` compares the code; ``tests/test_startcache.py`` checks every one; since the
  eighteenth session the code is ``leadskip.code``'s: ``re``'s, with a first-character charset in
  the INFO block of a pattern that begins with a look-behind, the same answers). The
  file is stamped with the interpreter's version and ``_sre.MAGIC``: another Python reads none;
- a rule's reach (``reach._rule_trigger``) is kept keyed by the rule's name, pattern, flags and
  trigger categories, and stamped with the size and modification time of every source and data
  file of ``timeline_app/temporal`` (what the reach is read with: ``reach.py``, the lexicon, the
  word categories, the word lists): a file edited, and every reach is read again.

The file is written at exit, when something new was compiled, under the same rule as bytecode:
not when ``sys.dont_write_bytecode`` (``PYTHONDONTWRITEBYTECODE``) is set, nor where the
package's folder cannot be written (then every process compiles, as before). It is written to a
temporary file and renamed (processes at once: the last one's stays). ``TIMELINE_APP_STARTUP_CACHE=0``
turns it off: nothing read, nothing written.
"""
from __future__ import annotations

import array
import atexit
import marshal
import os
import re
import sys

try:
    import _sre
    from re import _compiler, _parser

    from timeline_app.temporal import branchskip, leadskip

    # the array type of the engine's code words (``_sre.CODESIZE`` bytes each)
    _WORD = next((t for t in "IL" if array.array(t).itemsize == _sre.CODESIZE), None)
    _INTERNALS = (callable(getattr(_compiler, "_code", None)) and callable(getattr(_parser, "parse", None))
                  and _WORD is not None)
except (ImportError, AttributeError):   # another implementation of re: compile as re does
    _INTERNALS = False

FORMAT = 5   # 3, 4: codes with leadskip.py's INFO charsets; 5: and branchskip.py's alternatives (bump when either changes a code)
_HERE = os.path.dirname(os.path.abspath(__file__))
_FILE = os.path.join(_HERE, "__pycache__", f"startup.{sys.implementation.cache_tag}.marshal")


# set when this interpreter's internals refused the store's calls (a Python whose ``_sre.compile``
# or ``re._compiler`` differ): from then on every pattern is compiled by ``re.compile``, as before
_REFUSED: list = []


def enabled() -> bool:
    return _INTERNALS and not _REFUSED and os.environ.get("TIMELINE_APP_STARTUP_CACHE", "1") != "0"


def _stamp() -> tuple:
    return (FORMAT, sys.version, getattr(_sre, "MAGIC", None), getattr(_sre, "CODESIZE", None))


def sources_stamp() -> tuple:
    """(path, size, mtime) of every file under ``timeline_app/temporal`` (its code and its
    language data: lexicons, word lists), ``__pycache__`` aside."""
    out = []
    for root, dirs, files in os.walk(_HERE):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for f in sorted(files):
            st = os.stat(os.path.join(root, f))
            out.append((os.path.relpath(os.path.join(root, f), _HERE), st.st_size, st.st_mtime_ns))
    return tuple(out)


class _Store:
    __slots__ = ("patterns", "used", "reach", "sources", "current", "dirty", "loaded")

    def __init__(self):
        self.patterns: dict = {}
        self.used: set = set()   # the patterns this process compiled
        self.reach: dict = {}
        self.sources = None      # the sources' stamp the file was written with
        self.current = None      # whether that is the sources' stamp now (read when first asked)
        self.dirty = False
        self.loaded = False

    def load(self) -> None:
        self.loaded = True
        try:
            with open(_FILE, "rb") as f:
                data = marshal.loads(f.read())
        except (OSError, EOFError, ValueError, TypeError):
            return
        if not isinstance(data, tuple) or len(data) != 4 or data[0] != _stamp():
            return
        self.patterns, self.sources, self.reach = data[1], data[2], data[3]

    def is_current(self) -> bool:
        """Whether the kept reaches were read from the sources as they are now; when not,
        they are dropped (and those read from now on kept)."""
        if self.current is None:
            self.current = self.sources is not None and self.sources == _sources_now()
            if not self.current:
                self.reach = {}
        return self.current

    def save(self) -> None:
        if not self.dirty or sys.dont_write_bytecode or not enabled():
            return
        self.dirty = False
        patterns = self.patterns
        if not self.is_current():
            # written for other sources: the patterns of rules since edited would pile up; keep
            # those this process compiled (the others come back as they are used)
            patterns = {k: v for k, v in patterns.items() if k in self.used}
        tmp = f"{_FILE}.{os.getpid()}.tmp"
        try:
            os.makedirs(os.path.dirname(_FILE), exist_ok=True)
            with open(tmp, "wb") as f:
                f.write(marshal.dumps((_stamp(), patterns, _sources_now(), self.reach)))
            os.replace(tmp, _FILE)
        except (OSError, ValueError):
            try:
                os.unlink(tmp)
            except OSError:
                pass


_STORE = _Store()
atexit.register(lambda: _STORE.save())


def _store() -> _Store:
    if not _STORE.loaded:
        _STORE.load()
    return _STORE


def compile(pattern, flags=0) -> re.Pattern:
    """``re.compile(pattern, flags)``, its code taken from the store when kept there."""
    if isinstance(flags, re.RegexFlag):
        flags = flags.value
    if not isinstance(pattern, str) or flags & (re.DEBUG | re.TEMPLATE) or not enabled():
        return re.compile(pattern, flags)
    try:
        return _compile_kept(pattern, flags)
    except re.error:
        raise
    except Exception:   # (internals other than those this was written for: never fail for the store)
        _REFUSED.append(True)
        return re.compile(pattern, flags)


def _compile_kept(pattern: str, flags: int) -> re.Pattern:
    store = _store()
    key = (pattern, flags)
    got = store.patterns.get(key)
    if got is None:
        p = _parser.parse(pattern, flags)   # re.error here as re.compile raises it
        store.used.add(key)   # (after the parse: a pattern re refuses is never counted as used)
        # _compiler._code's, of the pattern with the alternatives of branchskip.py, with the skip of leadskip.py
        code = leadskip.code(branchskip.joined(p, flags), flags)
        groupindex = dict(p.state.groupdict)
        indexgroup = [None] * p.state.groups
        for k, i in groupindex.items():
            indexgroup[i] = k
        # (the code as the bytes of an array of code words: read back ~6x faster than a list
        # of ints; plain ints: the compiler's opcodes and flags are int subclasses)
        got = store.patterns[key] = (int(flags | p.state.flags), array.array(_WORD, code).tobytes(),
                                     int(p.state.groups - 1), groupindex, tuple(indexgroup))
        store.dirty = True
        return _sre.compile(pattern, got[0], code, got[2], got[3], got[4])
    store.used.add(key)
    return _sre.compile(pattern, got[0], array.array(_WORD, got[1]).tolist(), got[2], got[3], got[4])


def reach_get(key: tuple):
    """A rule's kept reach (``reach._rule_trigger``), or None: none kept, or the sources
    changed since it was."""
    if not enabled():
        return None
    store = _store()
    if not store.reach or not store.is_current():
        return None
    return store.reach.get(key)


def reach_put(key: tuple, value: tuple) -> None:
    if not enabled():
        return
    store = _store()
    store.is_current()   # (kept reaches of other sources dropped first)
    store.reach[key] = value
    store.dirty = True


_SOURCES: list = []


def _sources_now() -> tuple:
    """``sources_stamp()``, read once per process."""
    if not _SOURCES:
        _SOURCES.append(sources_stamp())
    return _SOURCES[0]
