"""The engine's skip for patterns that begin with a look-behind (issues 9 and 11, eighteenth
session, "regexskip").

``re``'s search loop (``SRE(search)`` in ``Modules/sre_lib.h``) tries a full match at every
position unless the pattern's INFO block (``re._compiler._compile_info``) carries a literal prefix
or a *charset*: then it skips in C to the next character of that set and tries a match only
there. The compiler builds the charset only when the pattern's first op is a LITERAL, an IN or a
BRANCH of literals (through groups), and never for a cased literal under IGNORECASE; a leading
``(?<![\\w])`` (almost every rule and ~155 of the tagger's own patterns) gives none, and ~27 % of
an export's instructions were those tries.

The charset is only a filter the loop applies before it calls the matcher at a position: a match
found is the one the matcher finds from that position (the same code after the INFO block, the
same groups), positions are tried in the same order, so the answers are the same as long as the
set holds the first character of every match. Here, for a pattern whose INFO block has no prefix
and no charset and whose shortest match is at least one character, the set is read as follows:

1. the *first atoms*: walking the parsed pattern from its start, past what consumes nothing
   (``AT``, look-arounds, a repeat or group or alternative that can match empty, after which the
   walk also goes on), the single-character ops (LITERAL, NOT_LITERAL, IN, ANY) one of which must
   consume a match's first character; anything else (a back-reference, a conditional group) or a
   pattern that can match empty: no skip, the code as ``re`` makes it;
2. the characters each atom accepts are read *by the engine itself*: the atom is compiled by
   ``re._compiler._compile`` with the flags in force where it stands (so IGNORECASE, its special
   folds, ``(?i:...)``, ASCII and DOTALL are the engine's, not re-derived) and run over a string of
   every code point (``U+0000``-``U+10FFFF``);
3. the union, when it has at most ``_CHARS_MAX`` characters, is written as a charset: below
   U+0100 exactly (``_optimize_charset``: literals, ranges, a 256-bit map), from U+0100 on one
   range from its first character there to its last (more than the union: a character more
   costs a try, never an answer; ``_charset_code``); that charset, read as the search loop reads
   it, is run over the union's characters: kept only if it accepts every one (over every code
   point it accepts no other below U+0100: ``tests/test_leadskip.py``).

The start-up store keeps the codes made here: a change here that changes a code bumps
``startcache.FORMAT`` (else a store written before keeps the old codes: the same answers, the
old speed).

Reading an atom costs ~5-15 ms (a run over 1.1 million code points; each read is kept for the
process: at most ``_READ_MAX`` sets of at most ``_CHARS_MAX`` code points, and the string of
every code point, 4.4 MB, once one was read). Reading all ~700 patterns of the package that get
the skip took ~2 s more than compiling them (~225 distinct atoms); the start-up store keeps the
code, so it is paid when a pattern is first compiled for a store, not in each process. With the
store off (``TIMELINE_APP_STARTUP_CACHE=0``, another Python) ``re.compile`` serves: no skip. Which patterns get the skip, and the equality of their answers with ``re.compile``'s
on the tagger corpora, the rule examples and random text, is ``tests/test_leadskip.py``.
"""
from __future__ import annotations

import _sre
import array
import itertools
import sys
from re import _compiler, _constants as C, _parser

_INFO = C.INFO
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)
_ATOMS = (C.LITERAL, C.NOT_LITERAL, C.IN, C.ANY)
_REPEATS = tuple(op for op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)) if op is not None)
_ATOMIC = getattr(C, "ATOMIC_GROUP", None)

# (the atom's code, flags) -> the frozenset of code points it accepts; bounded by the atoms the
# package's patterns begin with (a few hundred at most)
_READ: dict = {}
_READ_MAX = 4096
_EVERY: list = []
_MOVED: list = []
# the flags that can bear on what a compiled op accepts (the others are the parser's)
_MEANT = C.SRE_FLAG_IGNORECASE | C.SRE_FLAG_LOCALE | C.SRE_FLAG_UNICODE | C.SRE_FLAG_ASCII | C.SRE_FLAG_DOTALL
# the largest first-character set given a charset: beyond it (``\w``, ``[^\w]``, ``.``) the
# reading would cost ~0.1-1 s a pattern, and the set skips few positions of a text anyway
_CHARS_MAX = 4096
# The Pythons whose engine this was checked against (tests/test_leadskip.py ran on 3.11): on
# another, whose INFO block or op codes may differ, the code is re's own (no skip, no risk).
CHECKED = sys.version_info[:2] == (3, 11)


class _GiveUp(Exception):
    pass


def _every() -> str:
    """Every code point, in order (position == code point); made once per process."""
    if not _EVERY:
        _EVERY.append(array.array("I", range(0x110000)).tobytes().decode("utf-32-le", "surrogatepass"))
    return _EVERY[0]


def _first(data, flags, out) -> bool:
    """Adds to ``out`` the (atom, flags) that can consume the first character of a match of the
    sequence ``data``; returns whether the sequence can match without consuming one."""
    for op, av in data:
        if op in _ATOMS:
            out.append(((op, av), flags))
            return False
        if op in _ZERO_WIDTH:
            continue
        if op is C.SUBPATTERN:
            group, add_flags, del_flags, p = av
            if not _first(p.data, _compiler._combine_flags(flags, add_flags, del_flags), out):
                return False
            continue
        if _ATOMIC is not None and op is _ATOMIC:
            if not _first(av.data, flags, out):
                return False
            continue
        if op is C.BRANCH:
            empty = False
            for alt in av[1]:
                if _first(alt.data, flags, out):
                    empty = True
            if not empty:
                return False
            continue
        if op in _REPEATS:
            lo, hi, p = av
            if hi == 0:
                continue
            if not _first(p.data, flags, out) and lo > 0:
                return False
            continue
        raise _GiveUp(op)   # GROUPREF, GROUPREF_EXISTS, anything else: no skip
    return True


def _lowered() -> frozenset:
    """The code points the engine's case folding moves (``_sre.unicode_tolower(c) != c``; A-Z
    among them, what ASCII folding moves); read once per process (~0.1 s)."""
    if not _MOVED:
        tolower = _sre.unicode_tolower
        _MOVED.append(frozenset(c for c in range(0x110000) if tolower(c) != c))
    return _MOVED[0]


def _domain(body: list) -> str | None:
    """The code points, as a string, among which are all those the compiled atom ``body`` can
    accept, or None (any may be: read them all). A plain LITERAL accepts its character; a plain IN
    of literals, ranges and a 256-bit map accepts only characters named there or below 256; the
    folding ops (LITERAL/IN with IGNORE or UNI_IGNORE) test the character folded, so one the
    folding leaves as it is is accepted only if named as above, and every one it moves is read."""
    op = body[0]
    if op is C.LITERAL:
        return chr(body[1])
    named: set = set()
    if op is C.LITERAL_UNI_IGNORE or op is C.LITERAL_IGNORE:
        named.add(body[1])
    elif op is C.IN or op is C.IN_UNI_IGNORE or op is C.IN_IGNORE:
        i = 2
        while body[i] is not C.FAILURE:
            item = body[i]
            if item is C.LITERAL:
                named.add(body[i + 1])
                i += 2
            elif item is C.RANGE:
                if body[i + 2] - body[i + 1] > _CHARS_MAX:
                    return None
                named.update(range(body[i + 1], body[i + 2] + 1))
                i += 3
            elif item is C.CHARSET:
                named.update(range(256))
                i += 1 + 256 // (8 * _sre.CODESIZE)
            else:   # CATEGORY, NEGATE, BIGCHARSET, RANGE_UNI_IGNORE: read every code point
                return None
    else:
        return None
    if op is not C.IN:
        named |= _lowered()
    return "".join(map(chr, sorted(named)))


def _accepts(atom, flags) -> frozenset | None:
    """The code points ``atom`` accepts where it stands (with ``flags``), read by the engine: the
    atom compiled alone as ``re`` compiles a pattern (its body is the code ``_compile`` gives it
    inside the pattern) and run over the code points it may accept (``_domain``; every code point
    when that cannot be said; a plain class then gets the INFO skip, so reading it is quick).
    None past ``_CHARS_MAX`` (such a set is given up)."""
    body: list = []
    _compiler._compile(body, [atom], flags)
    key = (tuple(body), flags & _MEANT)
    if key in _READ:
        return _READ[key]
    alone = _parser.SubPattern(_parser.State(), [atom])
    code = _compiler._code(alone, flags)
    assert code[1 + code[1]:-1] == body
    prog = _sre.compile("", flags & _MEANT, code, 0, {}, (None,))
    domain = _domain(body)
    got = frozenset(ord(m.group()) for m in itertools.islice(
        prog.finditer(_every() if domain is None else domain), _CHARS_MAX + 1))
    if len(got) > _CHARS_MAX:
        got = None   # (not kept: a set that large gives no skip)
    if len(_READ) < _READ_MAX:
        _READ[key] = got
    return got


def _charset_code(chars: frozenset, flags) -> list | None:
    """The INFO charset code accepting the characters of ``chars`` below U+0100 and no other
    there, and from U+0100 on the range from the first of ``chars`` there to the last (more than
    the set: a character more costs a try, never an answer). ``SRE(charset)`` walks a set's items
    in turn at every character of the text, and a 256-bit map and a range are the cheapest items:
    a BIGCHARSET, and the ~30 ranges of the digits beyond the BMP, made a digit-first pattern
    slower than the plain loop. None when it cannot be made."""
    items, run = [], None
    for c in sorted(chars):
        if run is not None and c == run[1] + 1:
            run[1] = c
        else:
            if run is not None:
                items.append(run)
            run = [c, c]
    if run is not None:
        items.append(run)
    narrow = [(C.LITERAL, a) if a == min(b, 0xFF) else (C.RANGE, (a, min(b, 0xFF))) for a, b in items if a <= 0xFF]
    wide = [(max(a, 0x100), b) for a, b in items if b > 0xFF]
    charset, hascased = _compiler._optimize_charset(narrow) if narrow else ([], False)
    if hascased or any(op is not C.LITERAL and op is not C.RANGE and op is not C.CHARSET for op, _ in charset):
        return None
    if wide:
        charset = charset + [(C.RANGE, (wide[0][0], wide[-1][1]))]
    code: list = []
    _compiler._compile_charset(charset, flags, code)
    # checked: the charset, as the search loop reads it (an INFO block), then again as an IN,
    # accepts every character of ``chars``
    probe = _sre.compile("", 0, [_INFO, 4 + len(code), C.SRE_INFO_CHARSET, 1, 1] + code
                         + [C.IN, len(code) + 1] + code + [C.SUCCESS], 0, {}, (None,))
    if len(probe.findall("".join(map(chr, sorted(chars))))) != len(chars):
        return None
    return code


def code(p, flags) -> list:
    """``re._compiler._code(p, flags)``, with a charset in its INFO block when the compiler gave
    none and one can be read as above (the rest of the code unchanged)."""
    code = _compiler._code(p, flags)
    if not CHECKED:
        return code
    flags = p.state.flags | flags
    if code[0] is not _INFO or code[2] != 0 or code[3] == 0:
        return code   # a prefix or a charset already, or a pattern that can match empty
    body = code[1 + code[1]:]
    if body[0] is C.AT and body[1] in (C.AT_BEGINNING, C.AT_BEGINNING_STRING):
        return code   # (the search loop tries such a pattern at its start only)
    if flags & C.SRE_FLAG_LOCALE:
        return code
    atoms: list = []
    try:
        if _first(p.data, flags, atoms):
            return code
        read = [_accepts(a, f) for a, f in atoms]
    except _GiveUp:
        return code
    if None in read:
        return code
    chars = frozenset().union(*read)
    if not chars or len(chars) > _CHARS_MAX:
        return code
    charset = _charset_code(chars, flags)
    if charset is None:
        return code
    skip = code[1]
    info = [_INFO, 0, C.SRE_INFO_CHARSET, code[3], code[4]] + charset
    info[1] = len(info) - 1
    return info + code[1 + skip:]
