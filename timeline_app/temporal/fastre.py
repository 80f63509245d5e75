"""``re`` for the modules of ``temporal/``, with ``compile`` taking its code from the start-up
store (``startcache.py``): ``from timeline_app.temporal import fastre as re``. Everything else
is ``re``'s own.

(speed6, eighteenth session) ``search``, ``match``, ``fullmatch``, ``findall``, ``finditer``,
``sub``, ``subn`` and ``split`` called with a pattern's source (the builders' ``re.search(r"...",
text)``) compile it through the same store, once per process, and keep it here: ``re``'s own
cache compiled each one anew in every process (~25 patterns parsed while the 1 MB text was
tagged, in each pool worker too). The same pattern (``startcache`` hands ``_sre.compile`` the code
``re`` makes: ``tests/test_startcache.py``), so the same answers. Bounded: at most ``_KEPT_MAX``
patterns are kept (the package spells a few hundred); a source beyond them, or a compiled pattern
given, goes to ``re``'s function as before."""
import re as _re
from re import *  # noqa: F401,F403
from re import Match, Pattern, RegexFlag, error, escape  # noqa: F401

from timeline_app.temporal.startcache import compile  # noqa: F401

_KEPT: dict = {}
_KEPT_MAX = 2048


def _kept(pattern, flags):
    """The compiled pattern of a source kept here, or None (not a str, or the store full)."""
    if type(pattern) is not str:
        return None
    key = (pattern, flags)
    got = _KEPT.get(key)
    if got is None:
        if len(_KEPT) >= _KEPT_MAX:
            return None
        got = _KEPT[key] = compile(pattern, flags)   # (re.error raised as re.compile raises it)
    return got


def search(pattern, string, flags=0):
    p = _kept(pattern, flags)
    return _re.search(pattern, string, flags) if p is None else p.search(string)


def match(pattern, string, flags=0):
    p = _kept(pattern, flags)
    return _re.match(pattern, string, flags) if p is None else p.match(string)


def fullmatch(pattern, string, flags=0):
    p = _kept(pattern, flags)
    return _re.fullmatch(pattern, string, flags) if p is None else p.fullmatch(string)


def findall(pattern, string, flags=0):
    p = _kept(pattern, flags)
    return _re.findall(pattern, string, flags) if p is None else p.findall(string)


def finditer(pattern, string, flags=0):
    p = _kept(pattern, flags)
    return _re.finditer(pattern, string, flags) if p is None else p.finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    p = _kept(pattern, flags)
    return _re.sub(pattern, repl, string, count, flags) if p is None else p.sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    p = _kept(pattern, flags)
    return _re.subn(pattern, repl, string, count, flags) if p is None else p.subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    p = _kept(pattern, flags)
    return _re.split(pattern, string, maxsplit, flags) if p is None else p.split(string, maxsplit)
