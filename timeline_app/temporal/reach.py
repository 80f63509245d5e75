"""How far a rule's match can reach before and after its trigger word, read from its pattern.

``triggers.py`` runs each rule only in windows around its trigger words. How wide a window
must be depends on the rule: "yesterday" is all of its match, while in "the past three
months" the trigger ("months") ends the match and nothing follows it. This module reads a
rule's compiled pattern (its parse tree, from the ``re`` module's own parser) and bounds

* ``back``: how far a match can start before the start of its trigger word, and
* ``forward``: how far it (and what its lookaheads read) can end after the trigger's end,

so that each rule's windows are only as wide as its pattern can reach. Word classes are the
pattern's alternations of literal words (``{months}``, ``{units}``...): a word class all of whose
words are trigger words of the rule's categories is where the trigger is. A pattern where no
such class must match (a year written in digits, a number with a suffix) is bounded by its whole
width. A part repeated without a limit (``\\s+``, ``\\d+``) counts as ``SPACE_RUN`` characters:
a match longer than its pattern's bound because of longer runs than that (five spaces inside
"New Year's Day") may lose its edge, as any match reaching further than ``triggers.BACK`` /
``FORWARD`` always could. Every bound is capped at those, and a pattern this module cannot read
keeps them. ``tests/test_trigger_windows.py`` checks that the rules find with these windows
exactly what they find with the default ones.
"""
from __future__ import annotations

import functools
import re

from timeline_app.temporal import startcache
from timeline_app.temporal.lang import DEFAULT, lexicon
from timeline_app.temporal.triggers import BACK, FORWARD, word_categories

try:  # the parser behind re.compile (Python >= 3.11); older Pythons name it sre_parse
    from re import _constants as _C, _parser as _P
except ImportError:  # pragma: no cover
    import sre_constants as _C  # type: ignore
    import sre_parse as _P  # type: ignore

#: how many characters an unbounded repeat (``\s+``, ``\d+``) is counted as
SPACE_RUN = 4
_MAX_WORDS = 4000       # a word class with more spellings than this is not enumerated
# a token as ``triggers.trigger_spans`` reads it: a digit run with the letters glued to it, or letters
_TOKEN = re.compile(r"\d+([A-Za-z]*)|[A-Za-z]+")


class _Unknown(Exception):
    """Part of a pattern this module does not read (then the rule keeps the default windows)."""


def _width(sub) -> int:
    """The longest a match of ``sub`` can be (unbounded repeats counted SPACE_RUN times)."""
    total = 0
    for op, av in sub.data:
        if op in (_C.LITERAL, _C.NOT_LITERAL, _C.ANY, _C.IN):
            total += 1
        elif op is _C.BRANCH:
            total += max(_width(a) for a in av[1])
        elif op is _C.SUBPATTERN:
            total += _width(av[3])
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)):
            lo, hi, body = av
            total += (max(lo, SPACE_RUN) if hi == _C.MAXREPEAT else hi) * _width(body)
        elif op in (_C.ASSERT, _C.ASSERT_NOT, _C.AT):
            continue
        elif op is getattr(_C, "ATOMIC_GROUP", None):
            total += _width(av)
        elif op is _C.GROUPREF_EXISTS:
            total += max(_width(av[1]), _width(av[2]) if av[2] else 0)
        else:
            raise _Unknown(op)
    return total


def over_lookarounds(sub, at_assert, most: int = 0) -> int:
    """The largest of ``most`` and of what ``at_assert`` says of each look-around (its ``av``: direction,
    subpattern) in the parsed pattern ``sub``, at any depth: in branches, groups, repeats, atomic groups
    and conditionals. (How far a pattern reads ahead, ``_lookahead``, and behind, ``tagger._behind``.)"""
    for op, av in sub:
        if op is _C.ASSERT or op is _C.ASSERT_NOT:
            most = max(most, at_assert(av))
        elif op is _C.BRANCH:
            most = max([most] + [over_lookarounds(a, at_assert) for a in av[1]])
        elif op is _C.SUBPATTERN:
            most = max(most, over_lookarounds(av[3], at_assert))
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)):
            most = max(most, over_lookarounds(av[2], at_assert))
        elif op is getattr(_C, "ATOMIC_GROUP", None):
            most = max(most, over_lookarounds(av, at_assert))
        elif op is _C.GROUPREF_EXISTS:
            most = max(most, over_lookarounds(av[1], at_assert), over_lookarounds(av[2], at_assert) if av[2] else 0)
    return most


def _ahead_of(av) -> int:
    # a lookahead reads its own width and what lookaheads inside it read beyond; a look-behind reads nothing ahead
    return _width(av[1]) + _lookahead(av[1]) if av[0] == 1 else 0


def _lookahead(sub) -> int:
    """The most any lookahead in ``sub`` reads from where it stands."""
    return over_lookarounds(sub, _ahead_of)


_GAP = "\x00"   # a run of white space (or of separators) in a spelled-out word


def _spellings(sub, icase: bool = False) -> list[tuple[str, str]] | None:
    """Every string ``sub`` matches, when it is a class of literal words (letters, spaces as
    _GAP, optional literal parts), each with its case mask ("1" where a letter matches in either
    case, "0" where only as written); None when it is anything else."""
    out = [("", "")]
    for op, av in sub.data:
        if op is _C.LITERAL:
            alts = [(chr(av), "1" if icase else "0")]
        elif op is _C.SUBPATTERN:
            alts = _spellings(av[3], _icase(icase, av))
        elif op is _C.BRANCH:
            alts = []
            for a in av[1]:
                s = _spellings(a, icase)
                if s is None:
                    return None
                alts += s
        elif op is _C.IN:
            chars = [chr(a) for o, a in av if o is _C.LITERAL]
            if len(chars) == len(av):
                alts = [(c, "1" if icase else "0") for c in chars]
            elif all((o is _C.CATEGORY and a is _C.CATEGORY_SPACE) or (o is _C.LITERAL and not chr(a).isalnum())
                     for o, a in av):
                alts = [(_GAP, "0")]   # \s, [\s-]: a separator
            else:
                return None
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
            lo, hi, body = av
            inner = _spellings(body, icase)
            if inner is None:
                return None
            if hi == _C.MAXREPEAT:
                if [t for t, _ in inner] != [_GAP]:
                    return None
                alts = [(_GAP, "0")] if lo else [("", ""), (_GAP, "0")]
            elif hi == 1:
                alts = (inner if lo else [("", "")] + inner)
            elif [t for t, _ in inner] == [_GAP]:
                alts = [(_GAP, "0")] if lo else [("", ""), (_GAP, "0")]   # \s{1,3}: one run of space
            elif len(inner) ** hi <= _MAX_WORDS:
                # a part said lo to hi times ("tomorro(?:w){2,6}", a stretched spelling): every count
                alts, rep = ([("", "")] if lo == 0 else []), [("", "")]
                for k in range(1, hi + 1):
                    rep = [(a + b, ma + mb) for a, ma in rep for b, mb in inner]
                    if k >= lo:
                        alts += rep
            else:
                return None
        elif op in (_C.ASSERT, _C.ASSERT_NOT, _C.AT):
            alts = [("", "")]
        else:
            return None
        if alts is None:
            return None
        out = [(a + b, ma + mb) for a, ma in out for b, mb in alts]
        if len(out) > _MAX_WORDS:
            return None
    return out


def _icase(icase: bool, av) -> bool:
    """Whether a group ``(?i:...)`` / ``(?-i:...)`` (a SUBPATTERN's arguments) matches in either case."""
    add, remove = av[1], av[2]
    return (icase or bool(add & _C.SRE_FLAG_IGNORECASE)) and not remove & _C.SRE_FLAG_IGNORECASE


def _in_word_class(sub, words: frozenset, icase: bool = False, before_ok: bool = False,
                   after_ok: bool = False, lead_alts=None, trail_alts=None) -> tuple[int, int, frozenset] | None:
    """For a word class whose every spelling holds a trigger word: (back, forward, tokens), the
    most characters before and after the trigger word in a spelling and the trigger words
    measured from, as (lower case, the word as written when it matches only so, else None,
    the class's own text before and after it with their case masks, whole) ("#suffix" for
    letters glued to a number); else None. ``before_ok`` / ``after_ok``: the pattern has no
    letter or digit right before the class / no letter right after it (``_edge_ok``); a trigger
    word is ``whole`` where the class's own text or these edges say so on both sides: a match
    then holds that very word as a token of the text, not a longer word holding it
    ("weekend" for "week"). ``lead_alts`` / ``trail_alts``: the spellings of the words the
    pattern always holds right before / after the class (``_words_beside``, read when first
    needed: functions of no argument, or None), kept with a trigger word the class spells first
    / last."""
    spellings = _spellings(sub, icase)
    read: dict = {}

    def beside(alts):
        if alts is None:
            return None
        if id(alts) not in read:
            read[id(alts)] = alts()
        return read[id(alts)]

    if not spellings or any(not t for t, _ in spellings):
        return None
    back = fwd = 0
    tokens = set()
    for s, mask in spellings:
        best = None
        for m in _TOKEN.finditer(s):
            suffix = m.group(1)
            key = m.group().lower() if suffix is None else "#" + suffix.lower()
            if key in words:
                pre, post = s[:m.start()], s[m.end():]
                b = len(pre) + pre.count(_GAP) * (SPACE_RUN - 1)
                f = len(post) + post.count(_GAP) * (SPACE_RUN - 1)
                if best is None or b + f < best[0] + best[1]:
                    cased = None if suffix is not None or "1" in mask[m.start():m.end()] else m.group()
                    # (a run of letters in a spelling has no letter nor digit beside it)
                    whole = suffix is None and (bool(pre) or before_ok) and (bool(post) or after_ok)
                    # and the class's own words around it ("New Year's Day": "New " before "Year")
                    best = (b, f, (key, cased, pre, mask[:m.start()], post, mask[m.end():], whole,
                                   None if pre else beside(lead_alts), None if post else beside(trail_alts)))
        if best is None:
            return None
        back, fwd = max(back, best[0]), max(fwd, best[1])
        tokens.add(best[2])
    return back, fwd, frozenset(tokens)


def _no_alnum(item, letters_only: bool) -> bool:
    """Whether every character ``item`` (a parse-tree item that reads one character) matches is
    no ASCII letter (nor digit, unless ``letters_only``) in either case."""
    op, av = item
    bad = "abcdefghijklmnopqrstuvwxyz" if letters_only else "abcdefghijklmnopqrstuvwxyz0123456789"
    if op is _C.LITERAL:
        return chr(av).lower() not in bad and chr(av).upper().lower() not in bad
    if op is _C.IN:
        for o, a in av:
            if o is _C.LITERAL:
                if chr(a).lower() in bad:
                    return False
            elif o is _C.CATEGORY:
                if a not in (_C.CATEGORY_SPACE, _C.CATEGORY_NOT_WORD) and not (letters_only and a is _C.CATEGORY_DIGIT):
                    return False
            else:
                return False
        return True
    return False


def _bars_word(assertion_body) -> bool:
    """Whether a negative look-around's body rejects any word character: ``(?![\\w-])``, ``(?<!\\w)``."""
    return (len(assertion_body.data) == 1 and assertion_body.data[0][0] is _C.IN
            and any(o is _C.CATEGORY and a is _C.CATEGORY_WORD for o, a in assertion_body.data[0][1]))


def _edge_ok(items, i: int, step: int, outer: bool) -> bool:
    """Whether what the pattern matches right before item ``i`` of the sequence ``items``
    (``step`` -1; right after it: ``step`` 1) is never an ASCII letter or digit (after it: a
    letter), as the trigger scanner's token edges read them (``triggers._word_start_scanner``).
    ``outer``: the same said of the edge of the sequence itself."""
    letters_only = step == 1
    j = i + step
    while 0 <= j < len(items):
        op, av = items[j]
        if op is _C.ASSERT_NOT and av[0] == (-1 if step == -1 else 1) and _bars_word(av[1]):
            return True   # (?<![\w]) before, (?![\w-]) after
        if op in (_C.ASSERT, _C.ASSERT_NOT):
            j += step     # reads nothing: what stands beside it decides
            continue
        if op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and len(av[2].data) == 1 and _no_alnum(av[2].data[0], letters_only):
            if av[0] >= 1:
                return True
            j += step     # (optional: then what stands beyond it must say so too)
            continue
        return _no_alnum(items[j], letters_only)
    return outer


#: the most spellings a class of words beside a trigger class may have to be read as its context
_MAX_BESIDE = 32


def _words_beside(sub, i: int, step: int, icase: bool, outer):
    """What the pattern always holds right before item ``i`` of the sequence ``sub`` (``step``
    -1; right after it: ``step`` 1): a class of literal words, with the separators between it and
    the item ("six days a week": "a" and a run of space before "week"), as a frozenset of
    (spelled, case mask) pairs in text order; None where that is not so (an optional word, a
    number, more than _MAX_BESIDE spellings). ``outer``: the same said of the sequence's own
    edge (a function of no argument that reads it, or None), read where only separators or
    look-arounds stand between."""
    items = sub.data
    j = i + step
    gaps: list[list[tuple[str, str]]] = []
    while 0 <= j < len(items):
        op, av = items[j]
        if op in (_C.ASSERT, _C.ASSERT_NOT, _C.AT):
            j += step   # reads nothing
            continue
        sp = _spellings(_one(sub, j), icase)
        if sp is None or len(sp) > _MAX_BESIDE:
            return None
        if all(not t.replace(_GAP, "") for t, _ in sp):
            gaps.append(sp)   # a separator ("\s+", "[\s-]*")
            j += step
            continue
        if not all(any(ch.isalnum() for ch in t) for t, _ in sp):
            return None   # a class that may spell nothing but separators
        found = [sp] + gaps if step == -1 else gaps[::-1] + [sp]
        break
    else:
        outer = outer() if outer is not None else None
        if outer is None:
            return None
        found = [sorted(outer)] + gaps if step == -1 else gaps[::-1] + [sorted(outer)]
    if step == -1:
        found = found[:1] + found[1:][::-1]   # the class, then the separators nearest last
    out = [("", "")]
    for sp in found:
        out = [(a + b, ma + mb) for a, ma in out for b, mb in sp]
        if len(out) > _MAX_BESIDE:
            return None
    return frozenset(out)


def _trigger(sub, words: frozenset, icase: bool = False, before_ok: bool = False,
             after_ok: bool = False, lead_alts=None, trail_alts=None) -> tuple[int, int, frozenset] | None:
    """(back, forward, tokens) from the start / to the end of a match of ``sub`` to a trigger
    word it must hold, one of ``tokens`` (see ``_in_word_class``), or None when a match of
    ``sub`` need not hold one this module can see."""
    items = sub.data
    found = None
    before = 0
    widths = [None] * len(items)
    for i, (op, av) in enumerate(items):
        widths[i] = _width(_one(sub, i))
    total = sum(widths)
    for i, (op, av) in enumerate(items):
        t = _item_trigger(op, av, words, icase, _edge_ok(items, i, -1, before_ok), _edge_ok(items, i, 1, after_ok),
                          functools.partial(_words_beside, sub, i, -1, icase, lead_alts),
                          functools.partial(_words_beside, sub, i, 1, icase, trail_alts))
        if t is not None:
            b, f = before + t[0], t[1] + (total - before - widths[i])
            if found is None or b + f < found[0] + found[1]:
                found = (b, f, t[2])
        before += widths[i]
    return found


def _one(sub, i):
    """Item ``i`` of ``sub`` as a pattern of its own (for _width)."""
    return _P.SubPattern(sub.state, [sub.data[i]])


def _item_trigger(op, av, words, icase=False, before_ok=False, after_ok=False, lead_alts=None, trail_alts=None):
    if op is _C.SUBPATTERN:
        icase = _icase(icase, av)
        return (_in_word_class(av[3], words, icase, before_ok, after_ok, lead_alts, trail_alts)
                or _trigger(av[3], words, icase, before_ok, after_ok, lead_alts, trail_alts))
    if op is _C.BRANCH:
        single = _P.SubPattern(None, [(op, av)])
        leaf = _in_word_class(single, words, icase, before_ok, after_ok, lead_alts, trail_alts)
        if leaf is not None:
            return leaf
        found = [_trigger(a, words, icase, before_ok, after_ok, lead_alts, trail_alts) for a in av[1]]
        if any(t is None for t in found):
            return None
        return max(t[0] for t in found), max(t[1] for t in found), frozenset().union(*(t[2] for t in found))
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and av[0] >= 1:
        # (said once: its neighbours are the repeat's; said again: its own text may stand beside it)
        once = av[1] == 1
        t = _trigger(av[2], words, icase, before_ok and once, after_ok and once, lead_alts if once else None,
                     trail_alts if once else None)
        if t is None:
            return None
        hi = av[1] if av[1] != _C.MAXREPEAT else max(av[0], SPACE_RUN)
        # the first repetition holds a trigger word: the others follow it
        return t[0], t[1] + (hi - 1) * _width(av[2]), t[2]
    return None


@functools.lru_cache(maxsize=8)
def _parsed(source: str, flags: int):
    """The parse tree of a pattern (``rule_reach`` reads one twice in a row: the cache holds
    the last few, it is not a store of every rule's tree)."""
    return _P.parse(source, flags)


def pattern_reach(pattern: re.Pattern, words: frozenset, cap_back: int, cap_forward: int) -> tuple[int, int]:
    """(back, forward) for a rule's compiled ``pattern`` whose matches hold a trigger word of
    ``words`` (lower case); at most (cap_back, cap_forward)."""
    return pattern_trigger(pattern, words, cap_back, cap_forward)[:2]


def pattern_trigger(pattern: re.Pattern, words: frozenset, cap_back: int,
                    cap_forward: int) -> tuple[int, int, frozenset | None]:
    """``pattern_reach`` and the words of ``words`` the reach is measured from: every match
    holds one of them where the bounds say (None: any word of ``words``)."""
    try:
        tree = _parsed(pattern.pattern, pattern.flags)
        whole = _width(tree)
        ahead = _lookahead(tree)
        t = _trigger(tree, words, bool(tree.state.flags & re.IGNORECASE)) if words else None
    except (_Unknown, RecursionError, TypeError, ValueError, AttributeError):
        return cap_back, cap_forward, None
    back, fwd = (whole, whole) if t is None else (min(whole, t[0]), min(whole, t[1]))
    return min(cap_back, back), min(cap_forward, fwd + ahead), None if t is None else t[2]


_REACH: dict = {}
#: reaches are rounded up to a multiple of this: rules with nearly the same reach share windows
STEP = 8


def rule_reach(rule, lang: str = DEFAULT) -> tuple[int, int, int, int]:
    """``(back, forward, any_back, any_forward)`` for ``rule`` (a ``rulebase.Rule``): its
    windows reach ``back`` characters before each trigger word and ``forward`` after it; the
    windows of a required word (``Rule.requires``: it may be anywhere in the match) reach
    ``any_back`` before it and ``any_forward`` after it (the pattern's whole width). Read from
    the pattern once per rule (see the module docstring); each at most ``triggers.BACK`` /
    ``FORWARD``."""
    return _rule_trigger(rule, lang)[:4]


def rule_words(rule, lang: str = DEFAULT) -> frozenset | None:
    """The trigger words (lower case) a match of ``rule`` holds where ``rule_reach`` measures
    from: the words of its categories that its pattern's trigger word class can spell ("the
    year", "the week": not "days" nor "hours", though they are words of the category "unit"),
    so that its windows are made around those alone. None: any word or number token of its
    categories (the pattern's trigger is a number, or not a class of literal words). A word
    "#pm" is letters glued to a number ("5pm")."""
    return _rule_trigger(rule, lang)[4]


def rule_cases(rule, lang: str = DEFAULT) -> tuple[tuple[str, frozenset], ...]:
    """For the words of ``rule_words`` that its pattern matches only as written (a month name
    capitalised: "May", "MAY", not the verb "may"; "New Year's Day": "Year"), (the word in lower
    case, its spellings): a span of the word written otherwise holds no match of the rule."""
    return _rule_trigger(rule, lang)[5]


def rule_exact(rule, lang: str = DEFAULT) -> frozenset:
    """The words of ``rule_words`` that its pattern spells whole (not only one that holds such
    a word, as "weekend" holds "week"): what stands before or after them is the pattern's own
    (``Rule.lead``, ``Rule.trail``)."""
    return _rule_trigger(rule, lang)[6]


def _rule_trigger(rule, lang: str):
    key = (lang, rule.name, rule.pattern.pattern, rule.triggers)
    got = _REACH.get(key)
    if got is None:
        # kept by an earlier process (``startcache``: the same sources, the same pattern)
        kept = (lang, rule.name, rule.pattern.pattern, int(rule.pattern.flags), tuple(sorted(rule.triggers)))
        got = startcache.reach_get(kept)
        if got is not None:
            _REACH[key] = got
            return got
        cats = word_categories(lang)
        words = {w for w, cs in cats.items() if rule.triggers.intersection(cs)}
        # letters glued to a number ("2nite", "40mins") make a trigger of the number: "#nite"
        words |= {"#" + suf for cat, sufs in lexicon(lang)["number_suffixes"].items() if cat in rule.triggers
                  for suf in sufs}
        words = frozenset(words)
        back, forward, tokens = pattern_trigger(rule.pattern, words, BACK, FORWARD)
        any_back, any_forward = pattern_reach(rule.pattern, frozenset(), BACK, FORWARD)
        cases, exact, around = (), frozenset(), ()
        if tokens is not None:
            keys = {t[0] for t in tokens}
            # a word the pattern holds only whole (nothing glued to it: "(?<![\w])", "\s+" before,
            # "(?![\w])" after) is that word alone; others, every word that holds it (below)
            partial = {t[0] for t in tokens if not t[6]}
            anycase = {t[0] for t in tokens if t[1] is None}
            written: dict[str, set] = {}
            for t in tokens:
                if t[1] is not None:
                    written.setdefault(t[0], set()).add(t[1])
            around = _word_contexts(tokens)
            # a word the pattern lets run on, start earlier or follow a number ("week" in
            # "weekend", "pm" in "5pm": "#pm") is another token: every word of the categories
            # that holds one of them (in any case)
            tokens = frozenset(w for w in words if w in keys or any(t in w for t in partial))
            exact = frozenset(keys & tokens)
            cases = tuple(sorted((w, frozenset(written[w])) for w in tokens if w in written and w not in anycase))
        got = _REACH[key] = tuple(min(cap, -(-v // STEP) * STEP) for v, cap in
                                  ((back, BACK), (forward, FORWARD), (any_back, BACK), (any_forward, FORWARD))) + (tokens, cases, exact, around)
        startcache.reach_put(kept, got)
    return got


def rule_contexts(rule, lang: str = DEFAULT) -> tuple:
    """For the words of ``rule_exact`` that its trigger class never spells alone ("Year" only in
    "New Year's Day"), or that the pattern always has the same words beside ("six days a week":
    "a", "per", "every" before "week"; ``_words_beside``): (word, lead, trail), the words before
    and after it as regex sources with how far back / on they read, (source, width) or None (a
    lead has a third part: its words read backwards, ``TextWindows._context``). A span of the
    word without them holds no match."""
    return _rule_trigger(rule, lang)[7]


def _context_source(spelled: str, mask: str) -> str:
    """A spelling's words as a regex: its letters in the case the mask says, a run of
    separators (_GAP) as any run of characters that are no letter nor digit."""
    out, gap = [], False
    for ch, mk in zip(spelled, mask):
        if ch == _GAP:
            if not gap:
                out.append(r"[\W_]+")
            gap = True
            continue
        gap = False
        # a letter read in either case as the rule reads it (the same case folding: "ſ" is "s")
        out.append("(?i:%s)" % re.escape(ch) if mk == "1" else re.escape(ch))
    return "".join(out)


def _word_contexts(tokens) -> tuple:
    """``rule_contexts`` from the tokens of ``_in_word_class``: before a word, the class's own
    text before it, or where the class spells it first, the words the pattern holds before the
    class (``_words_beside``); after it likewise."""
    by_word: dict[str, list] = {}
    for key, _cased, pre, pre_mask, post, post_mask, _whole, lead_alts, trail_alts in tokens:
        if not key.startswith("#"):
            by_word.setdefault(key, []).append((pre, pre_mask, post, post_mask, lead_alts, trail_alts))
    out = []
    for w, ctx in sorted(by_word.items()):
        lead = trail = None
        before = _either(ctx, 0, 4)
        if before:
            width = max(len(c) + c.count(_GAP) * SPACE_RUN for c, _ in before) + SPACE_RUN
            # (and the same read backwards: the words reversed, matched from the word on)
            lead = ("(?:%s)\\Z" % "|".join(sorted({_context_source(c, m) for c, m in before})), width,
                    "(?:%s)" % "|".join(sorted({_context_source(c[::-1], m[::-1]) for c, m in before})))
        after = _either(ctx, 2, 5)
        if after:
            width = max(len(c) + c.count(_GAP) * SPACE_RUN for c, _ in after) + SPACE_RUN
            trail = ("(?:%s)" % "|".join(sorted({_context_source(c, m) for c, m in after})), width)
        if lead or trail:
            out.append((w, lead, trail))
    return tuple(out)


def _either(ctx, own: int, beside: int) -> set | None:
    """The (spelled, mask) pairs that stand on one side of a word in each of its contexts ``ctx``:
    the class's own text (at index ``own``) or the words beside the class (at ``beside``); None
    where a context has neither (anything may stand there)."""
    out = set()
    for c in ctx:
        if c[own]:
            out.add((c[own], c[own + 1]))
        elif c[beside]:
            out |= c[beside]
        else:
            return None
    return out
