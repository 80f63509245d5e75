"""Trigger words: where in a text a time expression can be at all.

Every word that can anchor a time expression (a month name, a unit such as "weeks", a
weekday, a year-like number...) belongs to a category; the language's lexicon lists them
(its tables of months, units... and ``trigger_words``). Each rule names the categories it
needs and runs only in windows around them, so the cost of the many rule patterns is paid on
a small part of the text and stays linear in its size.

A token is a run of ASCII letters, a run of digits with the letters glued to it ("5pm",
"1990s", "21st"), or a ":" or "/" between digits. Finding them costs three regex passes; only
trigger words and numbers reach Python code.
"""
from __future__ import annotations

from timeline_app.temporal import fastre as re
from bisect import bisect_right
from collections import defaultdict
from functools import lru_cache

from timeline_app.temporal.lang import DEFAULT, lexicon, trie_of
from timeline_app.temporal.rulebase import LazyPattern

# How far a rule's match may reach before / after its trigger word.
BACK, FORWARD = 64, 64

_SPACE = re.compile(r"\s")
# a digit run and the letters glued to it (a match always starts a run: runs are taken whole)
_NUMBER = re.compile(r"\d+[A-Za-z]*")
# the tokens of _NUMBER (a whole digit run and its letters) that are three or four digits long or
# have letters (a digit first, so the regex engine skips to digits; the lookbehind then says it
# starts its run)
# (history5) and a year of two digits after an apostrophe ("in '73": category "short_year")
# (recall21) and a decade of two digits written with an apostrophe before its "s" ("the 80's": category "decade")
_NUMBER_TOKEN = re.compile(r"\d(?<!\d\d)(?:\d{2,3}(?!\d)[A-Za-z]*|\d*[A-Za-z]+|(?<=['’]\d)\d(?![\dA-Za-z])|0(?=['’]s(?![A-Za-z])))")
_SEPARATOR = re.compile(r"[:/](?<=\d[:/])(?=\d)")    # "10:30", "9/24"
# (speed3) _NUMBER_TOKEN for ASCII text, where \d is 0-9 (tests/test_speed_equivalence.py)
_NUMBER_TOKEN_ASCII = re.compile(r"[0-9](?<![0-9][0-9])(?:[0-9]{2,3}(?![0-9])[A-Za-z]*|[0-9]*[A-Za-z]+|(?<=['’][0-9])[0-9](?![0-9A-Za-z])|0(?=['’]s(?![A-Za-z])))")
# (history8) a clock time written with a point ("at 5.30"): what _DOT_CLOCK matches, found from the
# point on (a search for a literal is far cheaper than a pattern tried at every character)
_DOT_CLOCK = re.compile(r"(?<![0-9.,$£€])(?:[01]?[0-9]|2[0-3])\.[0-5][0-9](?![0-9.,])")
_DOT_MINUTES = re.compile(r"\.(?=[0-5][0-9](?![0-9]|[.,][0-9]))")   # (left18) "off at 3.30, get your bets on": a comma or a full stop after it ends the clock
_DIGITS = "0123456789"
_NOT_BEFORE_HOUR = "0123456789.,$£€"
_NUM_TRIPLE = re.compile(r"(?<![\d.,:/-])[0-3]?\d([.-])[01]?\d\1\d\d(?![\d])|(?<![\d.,:/-])[01]?\d-[0-3]?\d-\d\d(?![\d])")   # (numdates28) "05.06.25", "6-25-25"
_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
# (stamps34, §123) TikTok's month-day stamp in a comment list: after a separator mark, ending its line ("tama.k_ ·
# 2-1"), or opening a footer line before a word ("2-1 Reply"); looked for only in a text with a mark or the word
# "eply" (news has neither: no pass over it), each blank run bounded
_MD_STAMP = re.compile(r"(?:(?<=[·•])[ \t]{0,3}|(?<![^\n])[ \t]{0,4})(?:20[0-9][0-9]-)?(?:1[0-2]|[1-9])-(?:3[01]|[12][0-9]|[1-9])"
                       r"(?=[ \t]{0,4}(?:\n|$)|[ \t]{1,4}[A-Za-z])")


@lru_cache(maxsize=None)
def word_categories(lang: str = DEFAULT, required: tuple[str, ...] = ()) -> dict[str, tuple[str, ...]]:
    """Lower-case trigger word -> its categories, from the lexicon of ``lang``. ``required``:
    lexicon entries whose phrases' last words form a category of their own, "@entry"."""
    lex = lexicon(lang)
    cats: dict[str, set[str]] = defaultdict(set)

    def put(cat, words):
        for w in words:
            for part in re.findall(r"[a-z]+", w.lower()):
                cats[part].add(cat)

    put("month", lex["months"])
    put("weekday", list(lex["weekdays"]) + [w + "s" for w in lex["weekdays"]])
    put("unit", lex["units"])
    put("season", lex["seasons"])
    put("pod", lex["parts_of_day"])
    for cat, words in lex["trigger_words"].items():
        put(cat, words)
    # (informal6) a day word stretched by its last letter ("tomorrowww", "fridayyy"): its spellings
    # with up to five more of that letter are trigger words (rule stretched_day), so that no pass
    # over the text is needed
    for cat, words in lex["stretchable_words"].items():
        put(cat, [w + w[-1] * k for w in words for k in range(1, 6)])
    holiday_words = list(lex["fixed_holidays"]) + list(lex["weekday_holidays"]) + list(lex["easter_holidays"]) \
        + list(lex.get("set_holidays", ())) + list(lex.get("dated_holidays", ())) \
        + list(lex.get("dated_holiday_aliases", ())) \
        + list(lex.get("orthodox_easter_holidays", ())) + list(lex.get("nation_only_holidays", ())) \
        + list(lex.get("undated_holidays", ())) + list(lex.get("observed_holidays", ())) \
        + list(lex.get("nearest_monday_holidays", ()))
    # (days, twelfth session) "Hanukkah", "Rosh Hashanah"; (twenty-first session) "Orthodox Easter", "Labour Day";
    # (holidays30) "St Brigid's Day": read whole so that no part of it is another holiday, never dated
    put("holiday", [w.split()[0] for w in holiday_words])
    # the rarest-looking word of each holiday's name (its longest): what the holiday rule needs
    # (informal6) a name whose longest word is a weekday ("black friday") is keyed by its other word:
    # the holiday rule does not run at every Friday
    keys = lex.get("holiday_key_words", {})
    put("holiday_key", [keys.get(w) or max(re.findall(r"[a-z]+", w.lower()), key=len) for w in holiday_words])
    for entry in required:
        put("@" + entry, [re.findall(r"[a-z]+", w.lower())[-1] for w in lex[entry]])
    return {w: tuple(sorted(c)) for w, c in cats.items()}


@lru_cache(maxsize=None)
def _scanner(lang: str, required: tuple[str, ...], only: frozenset | None = None):
    """The trigger words of ``lang`` as one token-bounded trie over ASCII-lower-cased text, and
    the table of suffixes glued to numbers ("1990s", "21st", "5pm", "500BC"). ``only``: the
    word categories wanted (None: all); a word of none of them is not looked for at all."""
    cats = word_categories(lang, required)
    if only is not None:
        cats = {w: kept for w, cs in cats.items() if (kept := tuple(c for c in cs if c in only))}
    # a token: ASCII letters (either case), not preceded by a letter or a digit (letters glued
    # to a digit belong to the number; a non-ASCII digit is checked by the caller), not
    # followed by a letter
    trie = trie_of(cats)
    # compiled when first used: ASCII text is read with ``_word_start_scanner``'s pattern
    lower = LazyPattern(r"(?<![a-z0-9])(?:%s)(?![a-z])" % trie)   # over lower-cased text
    anycase = LazyPattern(r"(?<![a-z0-9])(?:%s)(?![a-z])" % trie, re.IGNORECASE | re.ASCII)
    suffixes: dict[str, list[str]] = {}
    for cat, sufs in lexicon(lang)["number_suffixes"].items():
        for suf in sufs:
            suffixes.setdefault(suf, []).append(cat)
    return lower, anycase, cats, suffixes


@lru_cache(maxsize=None)
def _word_start_scanner(lang: str, required: tuple[str, ...], only: frozenset | None = None) -> re.Pattern:
    """``_scanner``'s lower-case trie with the character before the word matched, not looked
    behind: a pattern that opens with a character class lets the regex engine skip at once to
    the characters that can stand before a word (a quarter faster over English). Read over the
    text with a blank put before it (a word may open the text)."""
    return re.compile(r"[^a-z0-9](%s)(?![a-z])" % trie_of(_scanner(lang, required, only)[2]))


# (speed12) the ASCII digits as "0", every other byte as "a": a number token's first digit found by ``bytes.find``
_ASCII_DIGITS = bytes(48 if 48 <= b <= 57 else 97 for b in range(256))


# (speed42) a character beyond ASCII: the news and chats of the corpora write a few (curly quotes, dashes, an emoji),
# and one of them sent a whole block of the text down the regex paths that ASCII text is spared


def ascii_view(text: str):
    """(bytes, others) for a text of ASCII but for a few characters (at most one in 64): the text encoded with each
    character beyond ASCII written "?" (one byte per character: a byte's offset is its character's), and the set of
    those characters, for a fast path to tell which of them it must not miss; None for a text of more (another script:
    the regex paths read it, as before). ASCII text: its bytes and no others. Memory: a copy of the text as bytes."""
    if text.isascii():
        return text.encode("ascii"), frozenset()
    raw = text.encode("ascii", "replace")
    if raw.count(b"?") - text.count("?") > len(text) >> 6:
        return None
    # the characters written "?" that are none: one step per "?" of the bytes (those beyond ASCII, few, and the
    # text's own question marks), where a regex for them read every character
    others, find, i = set(), raw.find, raw.find(b"?")
    while i >= 0:
        c = text[i]
        if c != "?":
            others.add(c)
        i = find(b"?", i + 1)
    return raw, frozenset(others)


def _ascii_number_tokens(text: str, raw: bytes | None = None):
    """``_NUMBER_TOKEN_ASCII.finditer(text)`` for ASCII text (the same matches): every match opens on a digit, so
    the pattern is matched at each digit ``bytes.find`` gives, not searched for (the regex engine tested its charset
    at every character: ~40 M instructions per 320 articles). Memory: a copy of the text as bytes. ``raw``: the
    text's ``ascii_view`` bytes, for a text beyond ASCII with no digit beyond it (speed42: there \\d is [0-9] at every
    character, so these are ``_NUMBER_TOKEN.finditer``'s matches too; "?" is no digit)."""
    find, match = (raw if raw is not None else text.encode("ascii")).translate(_ASCII_DIGITS).find, _NUMBER_TOKEN_ASCII.match
    pos = 0
    while True:
        i = find(b"0", pos)
        if i < 0:
            return
        m = match(text, i)
        if m is None:
            pos = i + 1
        else:
            yield m
            pos = m.end()


# (speed13) the one character whose lower case is longer than itself ("İ" -> "i̇"; tests/test_speed_equivalence.py)
_GROWS = "\u0130"


def trigger_spans(text: str, lang: str = DEFAULT, required: tuple[str, ...] = (),
                  only: frozenset | None = None) -> dict[str, list[tuple[int, int]]]:
    """Category -> spans of its trigger tokens, in text order; ``required`` as for
    ``word_categories``; ``only``: the word categories wanted (the spans of the others may be
    left out: ``tagger.extract`` asks only for those its rules read)."""
    _lower, anycase, cats, suffixes = _scanner(lang, required, only)
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    # the spans of each word found, then each word's spans to its categories (one Python step
    # per match, one per distinct word and category); a category's spans are sorted by its reader
    by_word: dict[str, list[tuple[int, int]]] = defaultdict(list)
    ascii = text.isascii()
    if ascii or (_GROWS not in text and "\u212a" not in text):
        # (the words of the one-token scan below: after a character that is no letter nor digit,
        # or first, after the blank put before the text; offsets one less). lower() keeps the
        # offsets unless a character grows ("İ") or a non-ASCII one becomes an ASCII letter (the
        # Kelvin sign): then the case-blind pattern reads the text itself, below
        # ((speed13) no other character grows nor lowers to an ASCII letter or digit (every code point is read in
        # tests/test_speed_equivalence.py), so the scan, which tells only [a-z], [0-9] and the rest, reads the
        # same in the text with each character beyond ASCII written "?" and then lowered: C passes over bytes,
        # where str.lower() read each character of such a text through Unicode's tables, ~56 instructions each)
        low = text.lower() if ascii else text.encode("ascii", "replace").lower().decode("ascii")
        for m in _word_start_scanner(lang, required, only).finditer(" " + low):
            s, e = m.span(1)
            if not ascii and s > 1 and text[s - 2].isdecimal() and not text[s - 2].isascii():
                continue  # glued to a number written in other digits (ASCII ones: the pattern's)
            by_word[m.group(1)].append((s - 1, e - 1))
    else:
        for m in anycase.finditer(text):
            sp = m.span()
            if sp[0] and text[sp[0] - 1].isdecimal():
                continue  # glued to a number written in other digits
            by_word[m.group()].append(sp)
    for w, found in by_word.items():
        low = w.lower()
        for c in cats[low]:
            spans[c].extend(found)
        # each word's own spans too: a rule whose pattern can hold only some of its categories'
        # words ("the week", not "days") runs around those alone (``reach.rule_words``)
        word = spans["=" + low]
        if word:
            word.extend(found)
            word.sort()
        else:
            word.extend(found)
    for found in spans.values():
        found.sort()   # in text order, as one pass over the matches would give them
    # only the numbers a category reads: four digits (a year) or letters glued on ("1990s", "5pm")
    # ((speed3) in ASCII text, where \d is [0-9], the same pattern over [0-9]: the engine tests a
    # byte range, not a character's Unicode category, at each character)
    if ascii:
        tokens = _ascii_number_tokens(text)
    else:
        # (speed42) a text with a few characters beyond ASCII, none a digit (curly quotes, dashes): read as ASCII text is
        view = ascii_view(text)
        if view is not None and not any(c.isdecimal() for c in view[1]):
            tokens = _ascii_number_tokens(text, view[0])
        else:
            tokens = _NUMBER_TOKEN.finditer(text)
    for m in tokens:
        tok = m.group()
        digits = tok.rstrip(_LETTERS)
        nd = len(digits)
        if nd == 4 and "1000" <= digits <= "2099":
            spans["year"].append(m.span())
        if nd == 4 and ("1000" <= digits <= "2359" or digits[0] == "0") and digits[2] in "012345":
            spans["clock4"].append(m.span())   # (left21) "at 2130", "the 1745 train": a 24-hour clock of 10-23
            # ((voices22) and of 00-09 written with its zero: "crew up at 0500")
            if digits[0] == "0" or "1000" <= digits <= "1859" or "2100" <= digits <= "2359":
                spans["clock4_log"].append(m.span())   # ((voices22) a log's four digits that are no year of 1860-2099)
        elif nd == 3 and digits[0] != "0":
            spans["year3"].append(m.span())   # "in 711": a year only in a text of those times
        elif nd == 2 == len(tok) and m.start() and text[m.start() - 1] in "'’":
            # (history5) "in '73"; (not "the 80's", the other two-digit token since recall21: a decade only)
            spans["short_year"].append(m.span())
        if nd == len(tok):
            if nd in (2, 4) and text[m.end():m.end() + 1] in ("'", "’") and text[m.end() + 1:m.end() + 2] == "s":
                spans["decade"].append(m.span())   # (recall21) "the 80's", "the 1990's"
            continue
        if tok.endswith("s") and (nd in (2, 4) or nd == 3 and len(tok) == 4):
            spans["decade"].append(m.span())   # ((history32) three digits and their "s" only: "the 890s")
        suffix = tok[nd:].lower()
        if suffix in suffixes:
            spans["=#" + suffix].append(m.span())   # the word "#pm" of "5pm" (see below)
        for c in suffixes.get(suffix, ()):
            if c == "ordinal" and nd > 2:
                continue
            spans[c].append(m.span())
            if c == "ampm":
                spans["colon"].append(m.span())
    # ((speed3) what _SEPARATOR finds, from each ":" and "/" found by str.find: the regex engine
    # tested every character of the text for one of the two)
    # (\d is a character of Unicode's category Nd, as str.isdecimal says)
    last = len(text) - 1
    for sep, cat in ((":", "colon"), ("/", "slash")):
        i = text.find(sep, 1)
        while 0 < i < last:
            if text[i - 1].isdecimal() and text[i + 1].isdecimal():
                spans[cat].append((i, i + 1))
            i = text.find(sep, i + 1)
    # (numdates28) a date of three numbers, a two-digit year last, joined by dots or dashes: "05.06.25", "25-06-25"
    if "." in text or "-" in text:
        for m in _NUM_TRIPLE.finditer(text):
            spans["dmy2"].append(m.span())
    if "·" in text or "•" in text or "eply" in text:
        for m in _MD_STAMP.finditer(text):
            spans["md_stamp"].append(m.span())   # (stamps34) "tama.k_ · 2-1", "2-1 Reply"
    dots = spans["dot"]
    for m in _DOT_MINUTES.finditer(text):
        i = j = m.start()
        while j > i - 2 and j and text[j - 1] in _DIGITS:
            j -= 1
        if j < i and int(text[j:i]) <= 23 and not (j and text[j - 1] in _NOT_BEFORE_HOUR):
            dots.append((j, i + 3))
    return spans


def windows(text: str, spans: list[tuple[int, int]], back: int = BACK, forward: int = FORWARD) -> list[tuple[int, int]]:
    """Merged windows around trigger spans, from ``back`` characters before each span to
    ``forward`` after it (a rule's reach, ``reach.rule_reach``), widened to whole words."""
    return _windows(text, sorted(spans), back, forward)


# (speed12) the ASCII characters ``\s`` matches as " ", every other byte as "a": in ASCII text a word's end is then
# found by ``bytes.find`` (the regex search for ``\s`` cost ~2,500 instructions a call: 65 M per 320 articles)
_ASCII_BLANKS = bytes(32 if _SPACE.match(chr(b)) else 97 for b in range(256))


def blank_finder(text: str):
    """For ASCII text, ``find`` of the text's bytes with every blank written " " (``find(b" ", i, j)``: the first
    ``\\s`` in text[i:j], -1 if none); (speed42) likewise for a text with a few characters beyond ASCII, none a blank
    (``ascii_view``: they are written "?", no blank); None for other text. Memory: a copy of the text as bytes."""
    view = ascii_view(text)
    if view is None or any(c.isspace() for c in view[1]):
        return None
    return view[0].translate(_ASCII_BLANKS).find


def _windows(text: str, spans: list[tuple[int, int]], back: int, forward: int, blanks=None) -> list[tuple[int, int]]:
    """``windows`` for spans already sorted (one loop over them, one over the windows). ``blanks``: the text's
    ``blank_finder`` (None: the regex finds a word's end)."""
    if not spans:
        return []   # (half the calls of a short text: a rule's words there, none with its lead or trail)
    n = len(text)
    out: list[tuple[int, int]] = []
    cur_s, cur_e = None, -1
    for s, e in spans:
        ws, we = s - back, e + forward
        if cur_s is not None and ws <= cur_e:
            if we > cur_e:
                cur_e = we
        else:
            if cur_s is not None:
                out.append((cur_s, cur_e))
            cur_s, cur_e = ws, we
    if cur_s is not None:
        out.append((cur_s, cur_e))
    search = _SPACE.search
    merged: list[tuple[int, int]] = []
    last = -1
    for ws, we in out:
        if ws < 0:
            ws = 0
        if we >= n:
            we = n
        else:
            # to the end of the word, read at most FORWARD characters on (a text without spaces
            # does not make every window search the rest of it)
            # (a blank right there ends it at once: ``str.isspace`` is the regex's ``\s``, one
            # character tested without a call into the regex engine)
            if not text[we].isspace():
                stop = we + FORWARD if we + FORWARD < n else n
                if blanks is not None:
                    i = blanks(b" ", we, stop)
                    we = i if i >= 0 else stop
                else:
                    m = search(text, we, stop)
                    we = m.start() if m else stop
        # widening may make neighbours touch: merge again
        if merged and ws <= last:
            if we > last:
                last = we
                merged[-1] = (merged[-1][0], we)
        else:
            last = we
            merged.append((ws, we))
    return merged


def _ident(x):
    """A cache key for a (compiled pattern, width) pair: the pattern's identity and the width
    (the tagger keeps its patterns; hashing a compiled pattern hashes its whole code)."""
    return None if x is None else (id(x[0]), x[1])


class TextWindows:
    """The windows of one text for any (category, back, forward), each made once: every rule
    has its own reach, so one text needs the windows of a category for several reaches (the
    category's spans are sorted once)."""

    def __init__(self, text: str, spans: dict[str, list[tuple[int, int]]]):
        self.text, self.spans = text, spans
        self._sorted: dict[str, list[tuple[int, int]]] = {}
        self._done: dict[tuple, list[tuple[int, int]]] = {}
        self.made: dict[tuple, list[tuple[int, int]]] = {}   # a caller's windows made from these
        self._backwards: str | None = None   # the text read backwards (made for a lead that is)
        self._blanks = blank_finder(text)   # (speed12) a word's end found by bytes.find (ASCII text; a copy of it)

    def get(self, cat: str, back: int = BACK, forward: int = FORWARD, lead=None, trail=None) -> list[tuple[int, int]]:
        """The windows around the spans of category ``cat``; ``lead`` and ``trail`` as for
        ``words`` (for a category of number tokens: the token is the trigger word)."""
        key = (cat, back, forward, _ident(lead), _ident(trail))
        got = self._done.get(key)
        if got is None:
            spans = self._sorted.get(cat)
            if spans is None:
                spans = self._sorted[cat] = sorted(self.spans.get(cat, ()))
            if lead is not None or trail is not None:
                spans = self._context(spans, lead, trail)
            got = self._done[key] = _windows(self.text, spans, back, forward, self._blanks)
        return got

    def words(self, words: tuple[str, ...], back: int = BACK, forward: int = FORWARD, lead=None, trail=None,
              cases: tuple = (), exact: frozenset = frozenset(), around: tuple = ()) -> list[tuple[int, int]]:
        """The windows around the spans of the trigger ``words`` (lower case, as
        ``trigger_spans`` gives them under "=word"), as ``get`` for one category. ``lead``:
        (compiled pattern ending in \\Z, width): a word of ``exact`` counts only where the
        ``width`` characters before it end with a match (``rulebase.Rule.lead``); ``trail``:
        (compiled pattern, width): a word of ``exact`` (or "#word", the word glued to a number)
        counts only where a match begins right after it (``rulebase.Rule.trail``). ``exact``:
        the words the pattern spells whole (a word that only holds one, "weekend" for "week",
        is kept whatever stands around it). ``cases``: (word, spellings) pairs: that word counts
        only written as one of them ("May", not "may"). ``around``: (word, lead, trail) triples,
        compiled as ``lead`` and ``trail`` (or None): what stands around that word in every
        spelling of the pattern's trigger class ("New " before "Year"). Their patterns are
        cached by identity: the same compiled pattern for the same rule (``tagger``)."""
        items = word_items(words, lead, trail, cases, exact, around)
        key = (words, back, forward, _ident(lead), _ident(trail), cases, exact,
               tuple((w, _ident(a), _ident(b)) for w, a, b in around))
        return self.planned(key, tuple(items[w] for w in words), back, forward)

    def planned(self, key, items: tuple, back: int, forward: int) -> list[tuple[int, int]]:
        """``words`` for a caller that read each word's contexts beforehand (``tagger._Plan``), the
        same windows: ``items``, one per word in sorted order, ("=word", word, its spellings or
        None, then the cache key, lead and trail of its own contexts, then those of the rule's
        lead and trail, each key None where there are none, then the key of the spans with the
        rule's lead alone where it has a trail too, then the key of the spans all these leave,
        None where they are the word's own); ``key``: what ``_done`` keeps the windows under,
        standing for every argument of ``words`` (the caller's)."""
        got = self._done.get(key)
        if got is None:
            made, by_word = self.made, self.spans
            spans = None   # (the spans of the words that have any: one list is sorted as it is)
            joined = False
            for item in items:
                final = item[10]
                if final is None:
                    found = by_word.get(item[0])
                else:
                    found = made.get(final)
                    if found is None:
                        found = self._item_spans(item)
                if found:
                    if spans is None:
                        spans = found
                    elif joined:
                        spans.extend(found)
                    else:
                        spans, joined = spans + found, True
            if spans is None:
                got = []
            else:
                if joined:
                    spans.sort()
                got = _windows(self.text, spans, back, forward, self._blanks)
            self._done[key] = got
        return got

    def _item_spans(self, item) -> list[tuple[int, int]]:
        """The spans of one word of ``planned``'s ``items`` that its contexts leave (kept in
        ``made`` under the keys of each step, the last under the item's last key)."""
        made = self.made
        eq, w, spellings, own_key, own_lead, own_trail, ctx_key, ctx_lead, ctx_trail, lead_key, final = item
        found = self.spans.get(eq, ())
        if spellings is not None:
            found = self._written(w, spellings)
        if own_key is not None:
            got = made.get(own_key)
            if got is None:
                got = made[own_key] = self._context(found, own_lead, own_trail)
            found = got
        if ctx_key is not None:
            got = made.get(ctx_key)
            if got is None:
                if lead_key is not None:
                    # a lead and a trail: the spans with the lead are kept for every rule
                    # with that lead, whatever its trail (a lead is dearer to read: it is
                    # searched for in the characters before each word)
                    led = made.get(lead_key)
                    if led is None:
                        led = made[lead_key] = self._context(found, ctx_lead, None)
                    got = made[ctx_key] = self._context(led, None, ctx_trail)
                else:
                    got = made[ctx_key] = self._context(found, ctx_lead, ctx_trail)
            found = got
        return found

    def _context(self, found: list[tuple[int, int]], lead, trail) -> list[tuple[int, int]]:
        """The spans of ``found`` with ``lead`` before them and ``trail`` after them. A lead of
        three, (pattern, width, True), is read backwards: its pattern spells the lead's words
        reversed and is matched where the span starts in the text read backwards, within
        ``width`` characters (one anchored match, not a search through the ``width`` characters
        before each span: the same spans kept); a lead of four likewise (below)."""
        text = self.text
        if lead is not None and len(lead) == 3:
            back = self._backwards
            if back is None:
                back = self._backwards = text[::-1]
            match, width, n = lead[0].match, lead[1], len(text)
            found = [sp for sp in found if match(back, n - sp[0], n - sp[0] + width)]
        elif lead is not None and len(lead) == 4:
            # (pattern, width, reach, the lead as written): a rule's lead read backwards
            # (``backwards.reversed_lead``), its look-aheads ``reach`` characters past it; a
            # backward match longer than ``width`` is left to the lead as written
            back = self._backwards
            if back is None:
                back = self._backwards = text[::-1]
            match, width, reach, search, n = lead[0].match, lead[1], lead[2], lead[3].search, len(text)
            kept = []
            for sp in found:
                a = n - sp[0]
                m = match(back, a, a + width + reach)
                if m is not None and (m.end() <= a + width or search(text, sp[0] - width if sp[0] > width else 0, sp[0])):
                    kept.append(sp)
            found = kept
        elif lead is not None:
            search, width = lead[0].search, lead[1]
            found = [sp for sp in found if search(text, sp[0] - width if sp[0] > width else 0, sp[0])]
        if trail is not None:
            match, width = trail[0].match, trail[1]
            found = [sp for sp in found if match(text, sp[1], sp[1] + width)]
        return found

    def _written(self, word: str, spellings: frozenset) -> list[tuple[int, int]]:
        """The spans of ``word`` written as one of ``spellings`` (made once per text)."""
        key = ("=", word, spellings)
        got = self.made.get(key)
        if got is None:
            text = self.text
            got = self.made[key] = [sp for sp in self.spans.get("=" + word, ()) if text[sp[0]:sp[1]] in spellings]
        return got


def word_items(words, lead=None, trail=None, cases: tuple = (), exact: frozenset = frozenset(),
               around: tuple = ()) -> dict:
    """For ``TextWindows.planned``: word -> its item, what ``TextWindows.words`` reads of each of
    ``words`` (arguments as there): the spellings it counts in, its own contexts and the lead and
    trail that apply to it, with the keys the spans they leave are cached under (the same for any
    reach). The tagger makes these once per rule (``tagger._Plan``)."""
    written, own = dict(cases), {entry[0]: entry for entry in around}
    items = {}
    for w in words:
        spellings = written.get(w)
        own_key = own_lead = own_trail = ctx_key = ctx_lead = ctx_trail = None
        if w in own:
            own_lead, own_trail = own[w][1], own[w][2]
            own_key = ("own", w, spellings, _ident(own_lead), _ident(own_trail))
        glued = w.startswith("#")
        lead_key = None
        if (lead is not None and not glued and w in exact) or (trail is not None and (w[1:] if glued else w) in exact):
            ctx_lead, ctx_trail = (lead if not glued and w in exact else None), trail
            # (what the contexts filter: the word's spans after its own contexts, if any)
            ctx_key = ("ctx", w, spellings, own_key, _ident(ctx_lead), _ident(trail))
            if ctx_lead is not None and ctx_trail is not None:
                lead_key = ("ctx", w, spellings, own_key, _ident(ctx_lead), None)
        # the key of the spans its contexts leave: the last step's ("=", word, spellings: those
        # of ``_written``), None for the word's own spans as found
        final = ctx_key or own_key or (("=", w, spellings) if spellings is not None else None)
        items[w] = ("=" + w, w, spellings, own_key, own_lead, own_trail, ctx_key, ctx_lead, ctx_trail, lead_key, final)
    return items


def union(lists: list[list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """The windows of several categories together: the same as ``windows`` over all their
    spans (widening is monotonic, so widening and merging commute), from the per-category
    windows, which are computed once per text."""
    if len(lists) == 1:
        return lists[0]
    merged: list[tuple[int, int]] = []
    for w in sorted(w for lst in lists for w in lst):
        if merged and w[0] <= merged[-1][1]:
            if w[1] > merged[-1][1]:
                merged[-1] = (merged[-1][0], w[1])
        else:
            merged.append(w)
    return merged


def intersect(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts two sorted lists of disjoint windows have in common (a match that holds a
    trigger of each lies in both). The windows of ``b`` that can meet one of ``a`` are found by
    bisection: a rule's few windows against the many of a common required word ("that", "the
    last") cost about len(a) log len(b), not len(a) + len(b)."""
    out = []
    if not a or not b:
        return out
    ends = [w[1] for w in b]
    nb = len(b)
    for s, e in a:
        j = bisect_right(ends, s)   # the first window of b that ends after s
        while j < nb:
            bs, be = b[j]
            if bs >= e:
                break
            lo, hi = (s if s > bs else bs), (e if e < be else be)
            if lo < hi:
                out.append((lo, hi))
            j += 1
    return out
