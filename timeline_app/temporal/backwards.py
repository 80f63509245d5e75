"""A rule's lead read backwards: the same test, one anchored match instead of a search.

A lead (``rulebase.Rule.lead``) is what a match always holds right before its trigger word:
a pattern ending in ``\\Z``, searched for in the ``width`` characters before each trigger word
(``triggers.TextWindows._context``). A search tries the pattern at every one of those
positions. Read on the text reversed, the same lead is a pattern matched once, at the word:
``reversed_lead`` writes that pattern from the lead's parse tree (the parts in reverse order,
each reversed; a look-behind becomes a look-ahead) and says how far past the lead's own
characters its look-aheads read.

The two agree (``TextWindows._context``): when the reversed pattern matches nowhere within
``width`` plus that reach, the lead does not either; when it matches within ``width``, the lead
does; a match longer than that leaves the answer to the search. A lead this module does not
read (a look-ahead, a word boundary, a back reference) is searched for as before.
"""
from __future__ import annotations

import functools
from timeline_app.temporal import fastre as re

try:  # the parser behind re.compile (Python >= 3.11); older Pythons name it sre_parse
    from re import _constants as _C, _parser as _P
except ImportError:  # pragma: no cover
    import sre_constants as _C  # type: ignore
    import sre_parse as _P  # type: ignore


class _Unread(Exception):
    """A part of a pattern this module does not reverse."""


_CATEGORIES = {
    _C.CATEGORY_DIGIT: r"\d", _C.CATEGORY_NOT_DIGIT: r"\D", _C.CATEGORY_SPACE: r"\s",
    _C.CATEGORY_NOT_SPACE: r"\S", _C.CATEGORY_WORD: r"\w", _C.CATEGORY_NOT_WORD: r"\W",
}
_FLAGS = {_C.SRE_FLAG_IGNORECASE: "i"}


def _char(code: int) -> str:
    return re.escape(chr(code)) if chr(code) not in "-]\\^" else "\\" + chr(code)


def _set(items) -> str:
    out = []
    for op, av in items:
        if op is _C.NEGATE:
            out.insert(0, "^")
        elif op is _C.LITERAL:
            out.append(_char(av))
        elif op is _C.RANGE:
            out.append(f"{_char(av[0])}-{_char(av[1])}")
        elif op is _C.CATEGORY and av in _CATEGORIES:
            out.append(_CATEGORIES[av])
        else:
            raise _Unread(op)
    return "[" + "".join(out) + "]"


def _width(sub) -> int:
    lo, hi = sub.getwidth()
    if lo != hi:
        raise _Unread("a look-behind of varying width")
    return hi


def _after(sub, k: int) -> int:
    """The fewest characters the parts of ``sub`` after its part ``k`` match."""
    return _P.SubPattern(sub.state, sub.data[k + 1:]).getwidth()[0]


def _rev(sub, ahead: list) -> str:
    """The source of ``sub`` reversed; ``ahead`` collects the widths its look-aheads read."""
    out = []
    for k in range(len(sub.data) - 1, -1, -1):
        op, av = sub.data[k]
        if op is _C.LITERAL:
            out.append(re.escape(chr(av)))
        elif op is _C.NOT_LITERAL:
            out.append("[^%s]" % _char(av))
        elif op is _C.IN:
            out.append(_set(av))
        elif op is _C.ANY:
            out.append(".")
        elif op is _C.BRANCH:
            out.append("(?:%s)" % "|".join(_rev(a, ahead) for a in av[1]))
        elif op is _C.SUBPATTERN:
            _group, add, remove, body = av
            if (add | remove) & ~_C.SRE_FLAG_IGNORECASE:
                raise _Unread("a flag other than (?i)")
            flags = ("i" if add else "") + ("-i" if remove else "")
            out.append("(?%s:%s)" % (flags, _rev(body, ahead)))
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
            lo, hi, body = av
            count = "{%d,%s}" % (lo, "" if hi == _C.MAXREPEAT else hi)
            out.append("(?:%s)%s%s" % (_rev(body, ahead), count, "?" if op is _C.MIN_REPEAT else ""))
        elif op in (_C.ASSERT, _C.ASSERT_NOT) and av[0] == -1:
            # a look-behind before the lead's text: a look-ahead after it, read backwards
            inner: list[int] = []
            body = _rev(av[1], inner)
            if inner:
                raise _Unread("a look-around inside a look-behind")
            ahead.append(_width(av[1]))
            out.append("(?%s%s)" % ("=" if op is _C.ASSERT else "!", body))
        elif op in (_C.ASSERT, _C.ASSERT_NOT):
            # a look-ahead over characters the lead itself goes on to match ("(?=[nrst])(?:st|nd)"):
            # a look-behind over the same characters, read backwards (one that could read past the
            # lead's end, where the search stops, is not read)
            inner = []
            body = _rev(av[1], inner)
            if inner or _width(av[1]) > _after(sub, k):
                raise _Unread("a look-ahead past the lead")
            out.append("(?<%s%s)" % ("=" if op is _C.ASSERT else "!", body))
        elif op is _C.AT and av in (_C.AT_BOUNDARY, _C.AT_NON_BOUNDARY) and _after(sub, k) >= 1:
            # a word boundary reads a character on each side: the same pair read backwards (at the
            # lead's start, one character before it: a look-ahead's reach)
            ahead.append(1)
            out.append(r"\b" if av is _C.AT_BOUNDARY else r"\B")
        else:
            raise _Unread(op)   # an anchor, a back reference...
    return "".join(out)


@functools.lru_cache(maxsize=None)
def reversed_lead(source: str, flags: int = 0) -> tuple[str, int] | None:
    """For a lead pattern (``source`` ending in ``\\Z``, compiled with ``flags``): the source of
    the same pattern read backwards (without the anchor: it is matched at the trigger word on
    the reversed text) and the most characters its look-aheads read past the lead's own; None
    where this module does not read it."""
    try:
        tree = _P.parse(source, flags)
        if tree.state.flags & ~(re.IGNORECASE | re.UNICODE):
            return None   # (a dot that crosses lines, a verbose pattern...)
        if not tree.data or tree.data[-1] != (_C.AT, _C.AT_END_STRING):
            return None
        body = _P.SubPattern(tree.state, tree.data[:-1])
        ahead: list[int] = []
        out = _rev(body, ahead)
    except (_Unread, re.error, RecursionError, TypeError, ValueError, AttributeError):
        return None
    flags_on = "i" if tree.state.flags & re.IGNORECASE else ""
    return ("(?%s)" % flags_on if flags_on else "") + out, max(ahead, default=0)
