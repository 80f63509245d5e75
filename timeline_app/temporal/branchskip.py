"""The engine's quick skip of an alternative, given to the word lists of the rules (issues 9 and 11,
nineteenth session, "speed7").

``re``'s matcher tries the alternatives of a BRANCH (``a|b|c``) in turn (``SRE(match)``,
``Modules/_sre/sre_lib.h``): before it enters one (a jump that saves the matcher's state, ~100
instructions) it tests the alternative's first op against the character at hand, but only when
that op is a plain LITERAL or an IN; a case-blind literal (``LITERAL_UNI_IGNORE``, every word of a
``(?i:...)`` list) is never tested so: the matcher entered every word of a list at every place
it was tried. The rules' word lists (``lang.alternation``: "morning|afternoon|...|tue|tues|thu|
thur|thurs|...", 30-60 words, case-blind) made ``bare_hour`` and ``duration`` cost ~10x more per
character searched than the other rules.

Two rewritings of the parsed pattern, before ``re._compiler`` compiles it, each giving the same
matches with the same groups (the set of strings each part matches, and the order in which the
matcher tries them, unchanged):

1. *Alternatives that open with the same literal are joined under it*: ``tue|thu|today`` becomes
   ``t(?:ue|hu|oday)`` (and again inside: a trie). ``cX|cY`` tries ``c`` then ``X``, then ``c``
   then ``Y``; ``c(?:X|Y)`` tries ``c``, then ``X``, then ``Y``: the same (``c`` is one character,
   no group). To bring the alternatives of one literal together, an alternative is moved only past
   alternatives that cannot begin where it begins: within a run of alternatives that each open
   with a literal, those whose literals accept the same characters form a group and every two
   groups accept none in common (checked: case folding makes classes that are equal or apart);
   at a place the text's character is in one group's set at most, so the alternatives the matcher
   can get past their first character are the same, in the same order.
2. *A case-blind literal that opens an alternative is written as the exact class of the characters
   it accepts*, matched case-sensitively (``(?-i:[Tt])``): one character accepted by the same
   characters, so the same matches; the matcher now tests it before entering the alternative.
   The characters are read by the engine itself (``leadskip._accepts``: the literal compiled with
   the flags in force where it stands and run over the code points it may accept; the special
   folds such as the Kelvin sign and the long s are there).

Only where ``leadskip.CHECKED`` (the Python this was checked against); a LOCALE pattern is left
as it is. Called by the start-up store (``startcache._compile_kept``) on the parsed pattern, before
``leadskip.code``; ``startcache.FORMAT`` says which codes a kept store holds. Cost: a walk of the
parsed pattern and the first literals' sets (kept by ``leadskip``), paid when a pattern is first
compiled for the store. ``tests/test_branchskip.py``: every pattern of the package against
``re.compile`` of its source.
"""
from __future__ import annotations

from re import _compiler, _constants as C, _parser

from timeline_app.temporal import leadskip

_ATOMIC = getattr(C, "ATOMIC_GROUP", None)
_REPEATS = tuple(op for op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)) if op is not None)


def _accepted(item, flags) -> frozenset | None:
    """The characters a LITERAL ``item`` accepts with ``flags``; None for any other op (or under
    LOCALE, whose folds depend on the locale at match time)."""
    op, av = item
    if op is not C.LITERAL or flags & C.SRE_FLAG_LOCALE:
        return None
    if not flags & C.SRE_FLAG_IGNORECASE:
        return frozenset((av,))
    return leadskip._accepts(item, flags)


def _exact(item, flags, state):
    """A case-blind LITERAL ``item`` as the case-sensitive class of the characters it accepts (the
    same ones); any other item as it is."""
    if item[0] is not C.LITERAL or not flags & C.SRE_FLAG_IGNORECASE or flags & C.SRE_FLAG_LOCALE:
        return item
    chars = _accepted(item, flags)
    if chars is None or len(chars) < 2:
        return item   # (uncased: re compiles it as a plain LITERAL already)
    body = _parser.SubPattern(state, [(C.IN, [(C.LITERAL, c) for c in sorted(chars)])])
    return (C.SUBPATTERN, (None, 0, C.SRE_FLAG_IGNORECASE, body))


def _branch(alts: list, flags, state) -> list:
    """The alternatives ``alts`` (each a SubPattern, already rewritten inside) joined and written
    as the docstring says: a new list, the same matches in the same order."""
    keys = [_accepted(a.data[0], flags) if a.data else None for a in alts]
    out = []
    i = 0
    while i < len(alts):
        if keys[i] is None:
            out.append(alts[i])   # (not a literal first: nothing is moved past it)
            i += 1
            continue
        j = i
        while j < len(alts) and keys[j] is not None:
            j += 1
        groups: dict = {}
        for a, k in zip(alts[i:j], keys[i:j]):
            groups.setdefault(k, []).append(a)
        sets = list(groups)
        if any(x & y for n, x in enumerate(sets) for y in sets[n + 1:]):
            out.extend(alts[i:j])   # (two sets that meet without being equal: left in their order)
            i = j
            continue
        for k, group in groups.items():
            if len(group) == 1:
                alt = group[0]
                out.append(_parser.SubPattern(state, [_exact(alt.data[0], flags, state)] + alt.data[1:]))
                continue
            rests = _branch([_parser.SubPattern(state, a.data[1:]) for a in group], flags, state)
            tail = [(C.BRANCH, (None, rests))] if len(rests) > 1 else list(rests[0].data)
            out.append(_parser.SubPattern(state, [_exact(group[0].data[0], flags, state)] + tail))
        i = j
    return out


def _rewrite(data: list, flags, state) -> list:
    """``data`` (a SubPattern's items) with every BRANCH in it rewritten (a new list)."""
    out = []
    for op, av in data:
        if op is C.BRANCH:
            alts = [_parser.SubPattern(state, _rewrite(a.data, flags, state)) for a in av[1]]
            out.append((op, (av[0], _branch(alts, flags, state))))
        elif op is C.SUBPATTERN:
            group, add, dele, p = av
            out.append((op, (group, add, dele, _sub(p, _compiler._combine_flags(flags, add, dele), state))))
        elif op in _REPEATS:
            out.append((op, (av[0], av[1], _sub(av[2], flags, state))))
        elif op is C.ASSERT or op is C.ASSERT_NOT:
            out.append((op, (av[0], _sub(av[1], flags, state))))
        elif _ATOMIC is not None and op is _ATOMIC:
            out.append((op, _sub(av, flags, state)))
        elif op is C.GROUPREF_EXISTS:
            out.append((op, (av[0], _sub(av[1], flags, state), None if av[2] is None else _sub(av[2], flags, state))))
        else:
            out.append((op, av))
    return out


def _sub(p, flags, state):
    return _parser.SubPattern(state, _rewrite(p.data, flags, state))


def joined(p, flags: int):
    """The parsed pattern ``p`` (``re._parser.parse(source, flags)``) with its alternatives joined
    and their case-blind first literals written as classes (above); ``p`` itself where this
    Python was not checked or the pattern is LOCALE's. ``p`` is left as it is."""
    flags = p.state.flags | flags
    if not leadskip.CHECKED or flags & C.SRE_FLAG_LOCALE:
        return p
    return _parser.SubPattern(p.state, _rewrite(p.data, flags, p.state))
