"""Headlines: what happened, in the words of the clause a time expression belongs to.

"A local official said on Saturday that Moscow's forces had pulled out of Izyum, a staging
post, to avoid being encircled." with "Saturday" gives "Moscow's forces had pulled out of Izyum".

No parser model (none can be downloaded on users' machines): a rule-based clause finder over
the sentence's words, its word lists in ``lang/en/headlines.json``:

1. The sentence is cut into segments at clause marks: ; : dashes, quotes, commas, a
   subordinator with a verb after it ("hours *after* officials announced ..."), "and"/"but"
   before a new verb ("was sentenced in 2009 *and* was released last spring"), and after a
   reporting verb ("said on Saturday | that ...", "said | they had ...").
2. Segments are classified: with or without a finite verb (a verb list, auxiliaries, -ed
   forms not after a determiner), reporting frames ("..., the ministry said", "X said (on
   Saturday) that", "According to X,", '"...," said X'), asides (", which ...,", ", signed
   in ...,").
3. The expression's segment is the event's clause; a frame hands over to the clause it
   reports, a verbless phrase to the clause it hangs on. A clause without its own subject
   ("and died the next morning", "which opened in 1965") borrows the one before it.
4. From that clause the expression goes, with its preposition and a time noun around it
   ("in the early hours of"), and leading connectives ("meanwhile", "and", "that"); the rest
   is cut at about 90 characters at a comma when one is near, else at a space.

Each line is linear in the sentence (a look-ahead of a few words at most per word).

A headline reads its sentence and the one character before it, nothing else of the text, but for
a sentence-initial "He"/"She" (``_named_antecedent``): ``headline_rows`` remembers headlines by
exactly that (``_HEADLINE_MEMO``), and ``tests/test_headline_memo.py`` fails if a rule comes to
read more.
"""
from __future__ import annotations

import json
import os
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from timeline_app.core.document import Document

MAX_CHARS = 90
_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,2}(?::\d\d)+(?:\.\d+)?(?:[ap]m|[AP]M)?(?!\w)|\w+(?:[’'\-.]\w+)*(?:’s|'s)?|[^\w\s]")
# (a clock or a race time, "10:30", "2:21:07", is one token: its colons cut no clause)
_ABBREV = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mr", "mrs", "ms",
           "dr", "st", "no", "gen", "gov", "sen", "rep", "jr", "sr", "co", "inc", "ltd", "vs", "u.s", "a.m", "p.m"}
_AS_NOT = {"well", "long", "much", "many", "soon", "far", "of", "if", "though", "such", "to", "part", "necessary",
           "possible", "usual", "expected", "planned", "scheduled"}
_QUOTES = set("\"“”‘’«»")
_SUBJECT_WORDS = 10   # a subject a clause borrows is at most this many words ("A rival approach from the US group Harlan Snacks")
_DISTANCE_ENDS = frozenset(("away", "ago", "apart", "off", "long", "wide", "high", "deep"))
_NOUN_PREPOSITIONS = frozenset(("of", "from", "in", "into", "at", "for", "with", "on"))
_AUX_REPORTED = frozenset(("had", "has", "have", "was", "were", "is", "are", "would", "will", "could", "should",
                           "might", "may", "must"))
_BE_FORMS = frozenset(("is", "are", "was", "were", "has", "have", "had", "will", "would", "may", "might", "could"))
_RATE_BEFORE = set("0123456789$£€¥")   # a token opening so before "a"/"an": "180p a share", "$5 a barrel"
_STRONG = set(";:—–()[]")


@lru_cache(maxsize=1)
def _lex() -> dict:
    data = json.loads(resources.files("timeline_app.core").joinpath("lang/en/headlines.json").read_text("utf-8"))
    lex = {k: (frozenset(v) if isinstance(v, list) else v) for k, v in data.items()}
    lex["frame_tail_seqs"] = [tuple(p.split()) for p in data["frame_tails"]]
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for seq in lex["frame_tail_seqs"]:     # the tails a word can open, in the list's order
        by_first.setdefault(seq[0], []).append(seq)
    lex["frame_tails_by_first"] = by_first
    lex["cutting_words"] = lex["subordinators"] | lex["reporting_verbs"] | {"as", "and", "but"}
    lex["time_prep_seqs"] = sorted((tuple(p.split()) for p in data["time_prepositions"]), key=len, reverse=True)
    return lex


@dataclass(slots=True)
class _Tok:
    s: int
    e: int
    raw: str
    low: str


@dataclass(slots=True)
class _Seg:
    a: int                # first token index
    b: int                # one past the last
    kind: str             # what opened it: start, comma, strong, quote, sub, coord, coordvp, comp, relative
    verb: bool = False
    frame: bool = False
    aside: bool = False


def _tokens(text: str, s0: int, s1: int) -> list[_Tok]:
    """The tokens ``_TOKEN`` finds in text[s0:s1], with their offsets and lower-case forms.

    No token holds a space, and where it ends does not depend on what follows the next space, so
    the text's pieces between spaces are tokenized one at a time: a piece of letters and digits
    only (``str.isalnum``: ``\\w`` but "_") is one token, the pattern's only reading of it; the
    pattern is run only on the others ("said,", "U.S.", "3,000"). A token is found at the first
    place it occurs from the end of the one before (only spaces lie between two)."""
    out = []
    find, pos = text.find, s0
    for piece in text[s0:s1].split():
        if piece.isalnum():
            s = find(piece, pos)
            pos = s + len(piece)
            out.append(_Tok(s, pos, piece, piece.lower()))
            continue
        for raw in _TOKEN.findall(piece):
            s = find(raw, pos)
            pos = s + len(raw)
            out.append(_Tok(s, pos, raw, raw.lower().replace("’", "'")))
    return out


# A verb the word before turns into a noun ("the return", "a vote"): see _Sentence.
_NOUN_AFTER_DETERMINER = frozenset((
    "set", "cut", "hit", "run", "end", "start", "close", "open", "return", "rule", "vote", "step", "face", "win", "fall",
    "rise", "lead", "hold", "meet", "visit", "launch", "agree", "stand", "sit", "take", "make", "come", "go", "give",
    "begin", "lose", "reach", "show", "say", "believe", "expect", "remain", "appear", "seem", "join", "die", "resume",
    "reopen", "arrive", "resign", "let", "forecast"))


_LISTED, _ED = 1, 2                      # a word of the verb lists; an -ed form
_VERB_CLASS: dict[str, tuple[int, bool, bool]] = {}   # word -> (class, reporting verb, a noun after "the")
_VERB_CLASS_MAX = 50_000                 # words remembered (then forgotten at once): memory stays bounded


def _verb_class(w: str, lex: dict) -> tuple[int, bool, bool]:
    reporting = w in lex["reporting_verbs"]
    if not w[0].isalpha():
        kind = 0
    elif w in lex["auxiliaries"] or w in lex["verbs"] or reporting:
        kind = _LISTED
    elif w.endswith("ed") and len(w) >= 4 and "-" not in w and w not in lex["not_verbs"]:
        kind = _ED
    else:
        kind = 0
    if len(_VERB_CLASS) >= _VERB_CLASS_MAX:
        _VERB_CLASS.clear()
    out = _VERB_CLASS[w] = (kind, reporting, w in _NOUN_AFTER_DETERMINER or (reporting and w.endswith("s")))
    return out


class _Sentence:
    """A sentence's tokens and what of them does not depend on the expression (which are words,
    which finite verbs), made once for all the expressions of the sentence (``headline_rows``).

    Finite verbs (``verb``), whatever the expression (a token of the expression is none:
    ``_Clauses`` clears those): the verb lists, and an -ed form that is no name (capitalised,
    not after a quote) nor an adjective (after a determiner). What depends on the word alone is
    looked up once per word (``_VERB_CLASS``). ``marks``: the tokens ``_Clauses._segments`` looks
    at, all but the words that can neither cut the sentence nor open a reporting frame;
    ``reporting``: the finite reporting verbs. All made in one pass over the tokens."""

    __slots__ = ("span", "toks", "starts", "ends", "word", "verb", "marks", "reporting", "lookback")

    def __init__(self, text: str, s0: int, s1: int):
        lex = _lex()
        self.span = (s0, s1)
        self.lookback: _Lookback | None = None      # the document's, when headline_rows made it
        self.toks = toks = _tokens(text, s0, s1)
        self.starts = [t.s for t in toks]
        self.ends = [t.e for t in toks]
        determiners, cutting, classes = lex["determiners"], lex["cutting_words"], _VERB_CLASS
        calendar = lex["calendar_words"]
        self.word, self.verb, self.marks, self.reporting = word, verb, marks, reporting = [], [], [], []
        prev = None
        for i, t in enumerate(toks):
            w = t.low
            is_word = w[0].isalnum()
            word.append(is_word)
            if not is_word or w in cutting:
                marks.append(i)
            c = classes.get(w) or _verb_class(w, lex)
            v = False
            if c[0]:
                if c[1] and t.raw[0].isupper() and prev is not None and prev.raw[0].isalnum():
                    v = False     # "The United States bought": a name, not "states"
                elif t.raw[0].isupper() and prev is not None and prev.raw[0].isalnum() and w in calendar:
                    v = False     # "14 May 2024", "in March": a month, not the verb
                elif c[0] == _LISTED and t.raw[0].isupper() and prev is not None and prev.raw[0].isupper() \
                        and prev.raw[0].isalpha():
                    v = False     # "The Met Office", "actor Will Smith": a name after a capitalised word
                elif c[0] == _LISTED:
                    v = not (c[2] and prev is not None and prev.low in determiners)     # "the claims", "a vote"
                elif t.raw[0].isupper() and prev is not None and prev.raw not in _QUOTES:
                    v = False     # a name ("United", "Ahmed")
                else:             # not an adjective ("the armed forces", "other occupied territory")
                    v = not (prev is not None and prev.low in determiners)
                if v and c[1]:
                    reporting.append(i)
            verb.append(v)
            prev = t


_SPACE = re.compile(r"\s")
_BACK_SCAN = 64      # characters looked back for a space before the window's end (else: tokenized as is)


class _Lookback:
    """The tokens of the stretch of a document that a pronoun subject looks back over (up to
    1,200 characters before its sentence, ``_named_antecedent``), kept from one row to the next:
    a document's rows come in text order, so each piece of it is tokenized once rather than once
    per pronoun. ``tokens(w0, p)`` is ``_tokens(text, w0, p)``: the kept tokens cover [a, b), both
    just after a space (or the text's start), where no token is cut; what lies before the
    window asked for is dropped, so what is kept is bounded by the window and one extension."""

    __slots__ = ("text", "a", "b", "toks", "starts", "used")

    def __init__(self, text: str):
        self.text = text
        self.used = False       # looked back over (``_named_antecedent``): see ``_HEADLINE_MEMO``
        self.a = self.b = 0
        self.toks: list[_Tok] = []
        self.starts: list[int] = []

    def tokens(self, w0: int, p: int) -> list[_Tok]:
        text = self.text
        q = w0
        if q > 0 and not text[q - 1].isspace():     # the first place after a space, from w0 on
            m = _SPACE.search(text, q, p)
            q = m.start() + 1 if m else p
        r = p                                        # the last place after a space, up to p
        while r > q and r > p - _BACK_SCAN and not text[r - 1].isspace():
            r -= 1
        if r <= q or not text[r - 1].isspace():
            return _tokens(text, w0, p)
        if not self.a <= q <= self.b:                # not joined to what is kept: start anew there
            self.a = self.b = q
            self.toks, self.starts = [], []
        if r > self.b:
            more = _tokens(text, self.b, r)
            self.toks += more
            self.starts += [t.s for t in more]
            self.b = r
        i = bisect_left(self.starts, q)
        if i:                                        # what lies before the window is not asked again
            del self.toks[:i], self.starts[:i]
            self.a, i = q, 0
        j = bisect_left(self.starts, r)
        return _tokens(text, w0, q) + self.toks[i:j] + _tokens(text, r, p)


class _Clauses:
    __slots__ = ("text", "toks", "e0", "e1", "n", "word", "marks", "lex", "first_in_expr", "in_expr",
                 "finite", "fin", "reporting", "i0", "i1", "segs", "home")

    def __init__(self, text: str, sent: _Sentence, e0: int, e1: int):
        self.text, self.toks, self.e0, self.e1 = text, sent.toks, e0, e1
        self.n = len(self.toks)
        self.word = sent.word
        self.marks = sent.marks
        self.lex = _lex()
        # the tokens overlapping [e0, e1): a run (tokens are in order and do not overlap)
        i0, i1 = bisect_right(sent.ends, e0), bisect_left(sent.starts, e1)
        i1 = max(i0, i1)
        self.first_in_expr = i0 if i1 > i0 else 0      # the expression's first token (0: none)
        self.in_expr = [False] * i0 + [True] * (i1 - i0) + [False] * (self.n - i1)
        self.finite = sent.verb[:]          # a word of the expression is no verb
        self.finite[i0:i1] = [False] * (i1 - i0)
        self.reporting = [i for i in sent.reporting if not i0 <= i < i1]   # the finite reporting verbs
        self.i0, self.i1 = i0, i1
        self.fin: list[int] | None = None   # the finite verbs' places (_finite_between)
        self.segs = self._segments()
        # the segment of the expression's first token (segments follow each other from token 0)
        self.home = bisect_right([s.a for s in self.segs], self.first_in_expr) - 1

    # ---- words ------------------------------------------------------------------------------
    def _word(self, i: int) -> bool:
        return 0 <= i < self.n and self.word[i]

    def _verb_ahead(self, i: int, limit: int = 12) -> bool:
        """A finite verb from i on, before the next punctuation (at most ``limit`` words)."""
        word, finite, toks = self.word, self.finite, self.toks
        for j in range(i, min(self.n, i + limit)):
            if not word[j] and toks[j].raw not in ("'", "’", "$", "%", ".", "-"):
                return False
            if finite[j]:
                return True
        return False

    def _skip_frame_tail(self, j: int) -> int:
        """Past the expression, time prepositions and tails such as "in a statement"."""
        toks, lex, in_expr = self.toks, self.lex, self.in_expr
        preps, calendar, nouns, tails = (lex["time_prepositions"], lex["calendar_words"], lex["time_nouns"],
                                         lex["frame_tails_by_first"])
        n = len(toks)
        while j < n:
            w = toks[j].low
            if in_expr[j] or w in preps or w in ("late", "early", "last", "this", "next") or w.rstrip(".") in calendar \
                    or (w in nouns and j > 0 and toks[j - 1].low in ("last", "this", "next")):
                j += 1        # another date of the frame's own: "said on Thursday that", "said last week"
                continue
            for seq in tails.get(w, ()):   # the first tail of the list that the words here make
                if tuple(t.low for t in toks[j:j + len(seq)]) == seq:
                    j += len(seq)
                    break
            else:
                return j
        return j

    # ---- segments -----------------------------------------------------------------------------
    def _segments(self) -> list[_Seg]:
        toks, lex = self.toks, self.lex
        n = len(toks)
        cuts: dict[int, str] = {0: "start"}
        finite, in_expr = self.finite, self.in_expr
        relatives, subordinators, comma_subordinators, coordinators, reporting_verbs = (
            lex["relatives"], lex["subordinators"], lex["comma_subordinators"], lex["coordinators"],
            lex["reporting_verbs"])
        # Only the tokens that are no plain word (a mark, a word that can cut): a plain one only
        # tells whether the segment so far has its verb, which is a finite verb in [since, i)
        # (``since``: where the segment began as the loop sees it; asked by bisection, so a
        # sentence of a thousand "and"s and no cut costs no slice of it per "and").
        since = 0
        for i in self.marks:
            t = toks[i]
            w = t.low
            if t.raw in _QUOTES:
                cuts.setdefault(i, "quote")
                cuts.setdefault(i + 1, "quote")
                since = i + 1
                continue
            if t.raw in _STRONG or (t.raw == "-" and t.s > 0 and self.text[t.s - 1] == " ") or (
                    t.raw in ".!?" and i > 0 and toks[i - 1].low not in _ABBREV and i + 1 < n
                    and (toks[i + 1].raw[0].isupper() or toks[i + 1].raw in _QUOTES)):
                cuts.setdefault(i + 1, "strong")
                since = i + 1
                continue
            if t.raw == "," and not in_expr[i] and not (   # "April 14, 1865"
                    i > 0 and toks[i - 1].raw.isdigit() and i + 1 < n and _YEAR.fullmatch(toks[i + 1].raw)):
                nxt = toks[i + 1].low if i + 1 < n else ""
                kind = "comma"
                if nxt in relatives:
                    kind = "relative"
                elif nxt in subordinators or nxt in comma_subordinators:
                    kind = "sub"
                elif nxt in coordinators:
                    if i + 2 < n and finite[i + 2]:
                        kind = "coordvp"
                    elif self._verb_ahead(i + 2, 6):
                        kind = "coord"
                cuts[i + 1] = kind
                since = i + 1
                continue
            if i > 0 and i not in cuts:
                if w in subordinators and not in_expr[i] and self._verb_ahead(i + 1) and not self._time_next(i + 1):
                    # ("until 2027 and that ...", "until at least 2030 and that", "before the end of
                    # next year": a preposition before a time, no clause)
                    cuts[i] = "sub"
                    since = i
                elif w == "as" and i + 1 < n and toks[i + 1].low not in _AS_NOT and self._verb_ahead(i + 1, 7):
                    cuts[i] = "sub"
                    since = i
                elif w in ("and", "but") and self._finite_between(since, i):
                    if i + 1 < n and finite[i + 1]:
                        cuts[i] = "coordvp"
                        since = i
                    elif self._verb_ahead(i + 1, 6) and not finite[i + 1]:
                        cuts[i] = "coord"
                        since = i
            if w in reporting_verbs and finite[i]:
                j = self._skip_frame_tail(i + 1)
                if j < n and toks[j].low == "that":
                    cuts[j] = "comp"
                elif (j < n and w not in lex["that_only_verbs"] and self._word(j)
                      and not (j > i + 1 and not self.in_expr[j - 1] and toks[j - 1].low in lex["time_prepositions"])
                      and (toks[j].low in lex["determiners"] or toks[j].low in lex["subject_pronouns"]
                           or toks[j].raw[0].isupper()) and any(self.finite[j:j + 14])):
                    cuts[j] = "comp"
                elif j == i + 1 < n and toks[i - 1].raw == "," and w not in lex["that_only_verbs"] and self._word(j) \
                        and toks[j].raw[0].islower() and not finite[j] and toks[j].low not in lex["time_prepositions"] \
                        and toks[j].low not in _NOT_NOUNS and toks[j].low not in _NOUN_PHRASE_PREPS \
                        and not toks[j].low.endswith("ly") \
                        and (v := next((x for x in range(j + 1, min(n, j + 14)) if finite[x]), None)) is not None \
                        and toks[v].low in _AUX_REPORTED and all(self._word(x) or toks[x].raw in "%'’-"
                                                                  for x in range(j, v)):
                    # "X, the area's director, said uptake of the second dose had fallen": after an
                    # apposition, a bare noun right after the verb, then its auxiliary
                    cuts[j] = "comp"
        cuts.pop(n, None)     # (a cut after the last token)
        idx = sorted(cuts)
        segs = [_Seg(a, b, cuts[a]) for a, b in zip(idx, idx[1:] + [n]) if b > a]
        firsts = [self._first_word(s) for s in segs]
        for s, f in zip(segs, firsts):
            s.verb = True in finite[s.a:s.b]
            if not s.verb and f is not None:
                # "Born in Lagos in 1934, ...", "After retiring in 2016, ...": a clause without a finite verb
                fw = toks[f].low
                nx = toks[f + 1].low if f + 1 < s.b else ""
                s.verb = (s.kind in ("start", "comma") and fw in lex["participle_openers"] and fw not in (
                    "first", "originally", "later", "once")) or (
                    fw in lex["subordinators"] and nx.endswith("ing") and not self.in_expr[f + 1])
        later = [False] * (len(segs) + 1)      # a verb in some later segment (suffix "any")
        for k in range(len(segs) - 1, -1, -1):
            later[k] = later[k + 1] or segs[k].verb
        rv = self.reporting
        for k, s in enumerate(segs):
            first = firsts[k]
            if (not rv or rv[-1] < s.a or rv[bisect_left(rv, s.a)] >= s.b) and (
                    first is None or toks[first].low != "according"):
                s.frame = False       # (_is_frame without a reporting verb: only "according to" is one)
            else:
                s.frame = self._is_frame(s, segs, k, first)
            prev = segs[k - 1] if k else None
            later_verb = later[k + 1]
            s.aside = s.kind == "relative" or (
                s.kind == "comma" and first is not None and prev is not None and not prev.verb and later_verb
                and (toks[first].low in lex["participle_openers"] or (self.finite[first] and toks[first].low.endswith("ed"))
                     or (not s.verb and len(toks[first].low) > 5 and toks[first].low.endswith("ing"))))
            if s.frame and s.aside and s.kind == "comma" and toks[first].low in _ASIDE_ADVERBS \
                    and first + 1 < s.b and toks[first + 1].low in lex["reporting_verbs"]:
                s.frame = False   # "A rival approach, first reported in August, was withdrawn": a participle aside
        return segs

    def _time_next(self, j: int) -> bool:
        """A date comes next from token j, after at most a few words of glue ("2027", "at least
        2030", "the end of March"): a year or a calendar word."""
        toks, lex = self.toks, self.lex
        for k in range(j, min(len(toks), j + 5)):
            w = toks[k].low.rstrip(".")
            if _YEAR_OR_DECADE.fullmatch(toks[k].raw) or w in lex["calendar_words"]:
                return True
            if w not in _DATE_GLUE and not (w.isdigit() and len(w) <= 2):    # ("until 1 December to pay")
                return False
        return False

    def _first_word(self, s: _Seg) -> int | None:
        # (the search stops at the segment's end: a sentence of thousands of wordless segments, a
        # row of dashes, costs each segment its own length, not the rest of the sentence)
        try:
            return self.word.index(True, s.a if s.a > 0 else 0, s.b)
        except ValueError:
            return None

    def _finite_between(self, a: int, b: int) -> bool:
        """A finite verb among tokens [a, b): bisection over the places of the finite verbs, listed
        at the first question."""
        fin = self.fin
        if fin is None:
            fin = self.fin = list(compress(range(self.n), self.finite))
        return bisect_left(fin, a) < bisect_left(fin, b)

    def first_finite(self, a: int, b: int) -> int | None:
        """The first finite verb in tokens [a, b), or None."""
        try:
            return self.finite.index(True, a, b)
        except ValueError:
            return None

    def _is_frame(self, s: _Seg, segs: list[_Seg], k: int, f: int | None = -1) -> bool:
        """``f``: the segment's first word when the caller has it."""
        toks, lex, word, finite = self.toks, self.lex, self.word, self.finite
        rv = self.reporting
        at = bisect_left(rv, s.a)
        if at == len(rv) or rv[at] >= s.b:      # no reporting verb: a frame only as "according to"
            if f == -1:
                f = self._first_word(s)
            if f is None or toks[f].low != "according":
                return False
            nx = self._first_word(_Seg(f + 1, s.b, ""))
            return nx is not None and toks[nx].low == "to"
        words = [i for i in range(s.a, s.b) if word[i]]
        if not words:
            return False
        if toks[words[0]].low == "according" and len(words) > 1 and toks[words[1]].low == "to":
            return True
        reporting = lex["reporting_verbs"]
        rep = [i for i in words if finite[i] and toks[i].low in reporting]
        if not rep:
            return False
        r = rep[0]
        nx = words[1] if len(words) > 1 else None
        if r == words[0] and s.kind == "quote" and nx is not None and toks[nx].low in ("the", "a", "an") \
                and len(words) <= 10 and not any(self.finite[i] for i in words[1:]):
            return True      # '"...," said the mayor of the city'
        if r == words[0] and s.kind in ("comma", "quote", "strong") and nx is not None and (
                toks[nx].raw[0].isupper() or any(ch.isdigit() for ch in toks[nx].raw)):
            # '"...," said Anatoli Vasiliev' (but not '... said X recalling the battle that saw ...')
            j = nx
            while j < s.b and (not self._word(j) or toks[j].raw[0].isupper() or any(ch.isdigit() for ch in toks[j].raw)):
                j += 1
            j = self._skip_frame_tail(j)
            return not any(self._word(i) and toks[i].low not in lex["reporting_participles"] for i in range(j, s.b))
        before = [i for i in words if i < r and toks[i].low not in lex["leading_adverbs"]]
        nxt = segs[k + 1] if k + 1 < len(segs) else None
        if r == words[0] and s.kind == "comma" and nxt is not None and nxt.kind == "comp" and k > 0 \
                and all(not x.verb or x.aside for x in segs[:k]) and not any(self._word(i) for i in range(self._skip_frame_tail(r + 1), s.b)):
            return True      # "The minister, speaking on Tuesday, said | the plan ...": the subject came before
        if not before or any(self.finite[i] for i in before) or len(before) > 10:
            return False
        j = self._skip_frame_tail(r + 1)
        after = [i for i in words if i >= j and toks[i].low != "that"]
        if after:
            return False
        nxt = segs[k + 1] if k + 1 < len(segs) else None
        return (nxt is not None and nxt.kind == "comp") or (k > 0 and s.kind in ("comma", "quote", "strong"))

    # ---- choosing the clause ------------------------------------------------------------------
    def target(self) -> int:
        """The segment whose clause the headline is made of (the expression's own when in doubt)."""
        k = self._target()
        return self.home if k is None else k

    def _target(self) -> int | None:
        segs = self.segs
        k = self.home
        s = segs[k]
        if s.frame:
            if k + 1 < len(segs) and segs[k + 1].kind == "comp":
                return self._content_from(k + 1, 1)
            # "X lost 10% in 2022, the steepest loss since measurements began, scientists reported on
            # Wednesday": what was reported is the main clause, not a clause of an aside before the frame
            back = self._main_clause_before(k)
            if back is None:
                back = self._content_from(k - 1, -1)
                if back is not None and (segs[back].kind == "sub" or (
                        segs[back].kind == "comp" and back > 0 and segs[back - 1].kind == "sub")):
                    # "At least 19 people have died after the river burst its banks, officials said on
                    # Tuesday": what was said is the main clause, not the clause of time inside it;
                    # nor the noun's clause in it ("Larkfield has recalled 80,000 kettles after reports
                    # that some had caught fire, the regulator said on Tuesday")
                    main = next((j for j in range(back - 1, -1, -1) if segs[j].kind in ("start", "strong")), None)
                    if main is not None and segs[main].verb and not segs[main].frame and not segs[main].aside \
                            and all(segs[j].kind in ("sub", "relative", "coord", "coordvp") for j in range(main + 1, back)):
                        back = main
            if back is None:
                back = self._content_from(k + 1, 1)
            return back if back is not None else k
        f = self._first_word(s)
        if s.kind == "quote" and not s.verb and 1 < k < len(segs) - 1 and segs[k - 1].kind == "quote" \
                and not self._words_in(segs[k - 1]) and all(self.in_expr[i] for i in range(s.a, s.b) if self._word(i)) \
                and segs[k - 2].verb and not segs[k - 2].frame:
            return k - 2     # 'accused the leadership of having decided its fate "months ago"': a quoted word or two
        if self.expression_is_subject(s):       # "As the winter set in, the strikers began ...": the main clause
            main = self._content_from(k + 1, 1)
            main = main if main is not None else self._content_from(k - 1, -1)
            if main is not None:
                return main
        if s.aside and s.kind == "comma" and f is not None and self.toks[f].low in self.lex["publication_participles"] \
                and k + 2 < len(segs) and segs[k + 1].frame and segs[k + 2].kind == "comp":
            return self._content_from(k + 2, 1) or k    # "The report, released on Monday, said that X": X
        if not s.verb and f is not None and self.toks[f].low in self.lex["coordinators"] and k > 0:
            later = self.verb_after_apposition(k)
            if later is None and self.coordinated_time(s):
                later = self.clause_after(k)    # "..., and that evening, Christmas Eve in America, the crew read"
            return k if later is None else later   # "..., and the recapture of Y": its own event, with the verb before it
        if not s.verb and s.kind == "comma" and self.only_time_words(s) and self.apposition(s) \
                and self.antecedent_before(k):
            return k        # "the Russian invasion, now in its seventh month": about the noun before it
        if not s.verb:
            back = self._content_from(k - 1, -1, stop_at_clause=True)
            if back is not None and not (s.kind == "start" or segs[k].kind == "quote"):
                return back
            fwd = self._content_from(k + 1, 1, stop_at_clause=True)
            if fwd == k + 1 and segs[fwd].kind == "sub" and s.kind == "start" and fwd + 1 < len(segs) \
                    and segs[fwd + 1].kind == "comma" and segs[fwd + 1].verb and not segs[fwd + 1].frame \
                    and (g := self._first_word(segs[fwd])) is not None \
                    and self.toks[g].low in self.lex["length_relations"]:
                return fwd + 1   # "Two years after she took office, the mayor resigned": the main clause's event
            if fwd is not None:
                return fwd
            if back is not None:
                return back
        return k

    def _main_clause_before(self, k: int) -> int | None:
        """The clause that opens the sentence (or follows its last strong mark) before segment k,
        when it has a verb of its own and what lies between is a noun in apposition to it and that
        noun's clauses ("..., the steepest loss since measurements began, scientists said"): else None."""
        segs = self.segs
        j = k - 1
        while j >= 0 and segs[j].kind not in ("start", "strong"):
            j -= 1
        if j < 0 or j >= k - 2 or segs[j + 1].kind != "comma" or segs[j + 1].verb \
                or any(segs[i].kind not in ("sub", "relative") for i in range(j + 2, k)):
            return None         # (not a clause, a noun in apposition and its clauses, then the frame)
        s = segs[j]
        return j if s.verb and not s.frame and not s.aside else None

    def _content_from(self, k: int, step: int, stop_at_clause: bool = False) -> int | None:
        segs = self.segs
        while 0 <= k < len(segs):
            s = segs[k]
            if s.verb and not s.frame and not s.aside:
                return k
            if stop_at_clause and s.kind in ("strong",) and step < 0:
                return None
            k += step
        return None

    def subject_before(self, k: int) -> tuple[int, int] | None:
        """Token span of the subject a clause without one borrows: the noun phrase before it."""
        segs = self.segs
        j = k - 1
        while j >= 0:
            s = segs[j]
            if s.aside or s.frame or s.kind == "quote" or not self._words_in(s) or all(
                    self.toks[i].raw.isdigit() for i in range(s.a, s.b) if self._word(i)):   # "The senator, 71,"
                j -= 1
                continue
            if s.kind == "comma" and not s.verb and j > 0 and (f := self._first_word(s)) is not None \
                    and self.toks[f].raw[0].isdigit() and not _ORDINAL_NUMBER.fullmatch(self.toks[f].raw) \
                    and not any(self.toks[i].low.rstrip(".") in self.lex["calendar_words"] for i in range(s.a, s.b)):
                j -= 1        # "The previous record, 1,066 seconds, was set": an amount set off, no subject
                continue
            f = self._first_word(s) if s.kind == "comma" and segs[k].kind == "comma" and 0 < j == k - 1 else None
            if f is not None and self.toks[f].low in self.lex["participle_openers"] and not any(self.finite[f + 1:s.b]):
                # "promised that the Millford barrier, begun in 2019, would be finished": the noun
                # the participle phrase follows (when a clause ends in it; else as below)
                ant = self.antecedent_before(j)
                if ant is not None:
                    return ant
            if segs[k].kind == "coordvp" and j > 0 and (s.kind in ("sub", "relative") or (
                    not s.verb and s.kind == "comma" and segs[j + 1].kind == "sub")):
                # "The count began at 10pm, when the polls closed, but was halted", "The strike began
                # on 4 May, the day after the talks broke down, and ended": the first clause's subject
                j -= 1
                continue
            if not s.verb:
                span = self._trim(s.a, s.b)
            else:
                # (a verb after "to" is no finite verb: "cost £310,000 a year to run" has none of its own)
                v = next((i for i in range(s.a, s.b) if self.finite[i] and not (i > s.a and self.toks[i - 1].low == "to")),
                         s.a)
                span = self._trim(s.a, v)
                if span is not None and s.kind == "comma" and j > 0 and not segs[j - 1].verb \
                        and self.toks[span[1] - 1].low in self.lex["relatives"]:
                    j -= 1    # "Adebayo, a former nurse who was elected in 2014, takes office": Adebayo
                    continue
            if span is None and (not s.verb or s.kind == "comma"):   # "meanwhile", ", was convicted": further back
                j -= 1
                continue
            n_words = sum(1 for i in range(*span) if self._word(i)) if span is not None else 0
            if span is None or not (1 <= n_words <= _SUBJECT_WORDS) or (n_words > 8 and not self._long_subject(span)):
                return None
            if not s.verb and (name := self.apposed_name(j)) is not None:
                return name       # "Sun, a maker of workstations, reported": the name, not "A maker ..."
            return span
        return None

    def _long_subject(self, span: tuple[int, int]) -> bool:
        """Is a borrowed subject of 9-10 words a noun phrase ("A rival approach from the US group
        Harlan Snacks", "Richard I of England and Philip II of France"), not words a missed verb
        runs on ("The company no longer consolidates its Eastern Steel division", "Yep! also we're
        away ...")? It opens with the/a/an or a capitalised word that is no function word, holds
        a preposition, and no pronoun, contraction or sentence end."""
        toks, lex = self.toks, self.lex
        f = toks[span[0]]
        if not (f.low in ("the", "a", "an") or (f.raw[0].isupper() and f.low not in lex["determiners"]
                                                    and f.low not in lex["subject_pronouns"]
                                                    and f.low not in lex["time_prepositions"]
                                                    and f.low not in lex["subordinators"]
                                                    and f.low not in _NOUN_PREPOSITIONS
                                                    and not f.low.endswith("ing"))):
            return False
        words = [toks[i] for i in range(*span)]
        if any(t.raw in _SENT_END or t.low in lex["subject_pronouns"] or t.low in lex["leading_adverbs"]
               or "'" in t.raw or "’" in t.raw[:-2] for t in words[1:]):
            return False     # ("Survivors still talk of ...": an adverb of a clause)
        return any(t.low in _NOUN_PREPOSITIONS for t in words[1:])

    def apposed_name(self, j: int) -> tuple[int, int] | None:
        """The name segment ``j`` (a noun phrase a/an/the opens, set off by commas) stands in apposition
        to: "Sun, a maker of workstations, ...", "Sun Lake Capital, the hedge fund that made ...";
        None for a list ("Poland, the Czech Republic and Hungary") or a place's second name
        ("Vicksburg, Mississippi, the key stronghold ...")."""
        segs, toks = self.segs, self.toks
        s = segs[j]
        span = self._trim(s.a, self.first_finite(s.a, s.b) or s.b)
        if j == 0 or span is None or toks[span[0]].low not in ("a", "an", "the") or segs[j - 1].verb \
                or (segs[j - 1].kind == "comma" and j > 1 and not segs[j - 2].verb
                    and segs[j - 2].kind not in ("start", "strong")) \
                or any(toks[i].low in self.lex["coordinators"] for i in range(*span)):
            return None
        name = self._trim(segs[j - 1].a, segs[j - 1].b)
        if name is not None and 1 <= name[1] - name[0] <= 4 and all(toks[i].raw[:1].isupper() for i in range(*name)):
            return name
        return None

    def opening_participle(self, k: int) -> str | None:
        """"having", "having been" or "passive" when segment k opens the sentence with a participle
        phrase ("Having crossed the river on Monday, the troops ...", "Elected in 1998, the mayor
        ...") that a clause with its own subject follows; else None."""
        s, toks = self.segs[k], self.toks
        if s.kind != "start" or k + 1 >= len(self.segs) or self.segs[k + 1].kind != "comma":
            return None
        f = self._first_word(s)
        if f is None:
            return None
        w = toks[f].low
        if w == "having":
            kind = "having been" if f + 1 < s.b and toks[f + 1].low == "been" else "having"
            if any(self.finite[f + 1:s.b]) or kind == "having been":
                return kind if self.subject_after(k) else None
            return None
        if self.participle(f):
            if not any(self.finite[f + 1:s.b]) and self.subject_after(k):
                return "passive"
        return None

    def expression_is_subject(self, s: _Seg) -> bool:
        """A subordinate or opening clause whose subject is the time expression and whose predicate
        is a word or two ("As the winter set in", "When spring came"): no event of its own."""
        if s.kind not in ("start", "sub") or not s.verb:
            return False
        v = self.first_finite(s.a, s.b)
        if v is None or not any(self.in_expr[s.a:v]):    # the expression is not before the verb
            return False
        lex = self.lex
        before = [i for i in range(s.a, v or s.a) if self._word(i)]
        pred = [i for i in range(v or s.a, s.b) if self._word(i) or self.toks[i].raw in "£$€%"]
        return v is not None and any(self.in_expr[i] for i in before) and all(
            self.in_expr[i] or self.toks[i].low in lex["subordinators"] or self.toks[i].low in ("as", "the")
            for i in before) and len(pred) <= 3 and self.toks[v].low not in lex["auxiliaries"] \
            and not any(self.toks[i].raw[0].isdigit() or self.toks[i].raw in "£$€%" for i in pred)

    def participle(self, i: int) -> bool:
        """Token i is a past participle heading a phrase ("built", "Elected", "founded")."""
        w = self.toks[i].low
        return (w in self.lex["participle_openers"] and w not in ("first", "originally", "later", "once")) or (
            self.finite[i] and w.endswith("ed"))

    def main_verb_after(self, k: int) -> bool:
        """Segment k is followed by ", <verb> ..." (the sentence's main verb): so a past form in k is
        a participle ("The bridge, built in 1836, carries ...") and not the main verb itself ("The
        German foreign minister, Annalena Baerbock, arrived in Kyiv ...")."""
        if k + 1 >= len(self.segs) or self.segs[k + 1].kind != "comma":
            return False
        f = self._first_word(self.segs[k + 1])
        if f is None:
            return False
        t, lex = self.toks[f], self.lex
        return self.finite[f] or (t.raw.islower() and not t.low.endswith("ing") and not any(
            t.low in lex[key] for key in ("coordinators", "relatives", "subordinators", "determiners",
                                          "time_prepositions", "leading_adverbs")))

    def subject_after(self, k: int) -> tuple[int, int] | None:
        """Token span of the subject of the clause after segment k (past verbless pieces such as
        ", Minn., on April 2, 1930,"): its words up to its verb."""
        j = k + 1
        while j < len(self.segs) - 1 and j < k + 4 and not self.segs[j].verb and self.segs[j].kind == "comma":
            j += 1
        s = self.segs[j]
        if not s.verb or s.frame or s.aside or s.kind != "comma":
            return None
        v = self.first_finite(s.a, s.b)
        if v is None or v == s.a:
            return None
        span = self._trim(s.a, v)
        while span is not None and span[1] - span[0] > 1 and (       # "the company now | employs"
                self.toks[span[1] - 1].low in self.lex["leading_adverbs"]
                or (self.toks[span[1] - 1].raw.islower() and self.toks[span[1] - 1].low.endswith("ly"))):
            span = (span[0], span[1] - 1)
        if span is None or not (1 <= sum(1 for i in range(*span) if self._word(i)) <= 8) or \
                self.toks[span[0]].low in self.lex["subordinators"]:
            return None
        return span

    def verb_after_apposition(self, k: int) -> int | None:
        """"..., and on 12 March their leader, Arthur Scargill, declared ...": the segment (after
        verbless pieces) that opens with the verb segment k is the subject of, if there is one."""
        for j in range(k + 1, min(len(self.segs), k + 4)):
            s = self.segs[j]
            if s.kind != "comma":
                return None
            f = self._first_word(s)
            if s.verb:
                return j if f is not None and self.finite[f] and not s.frame else None
        return None

    def coordinated_time(self, s: _Seg) -> bool:
        """Segment s is a coordinator and a time only (", and that evening,", ", and in 568,"): the
        opening of the next clause, set off by commas."""
        lex, toks = self.lex, self.toks
        return all(self.in_expr[i] or not self._word(i) or toks[i].low in lex["coordinators"]
                   or toks[i].low in lex["time_prepositions"] or toks[i].low in lex["leading_adverbs"]
                   or toks[i].low in lex["time_nouns"] for i in range(s.a, s.b))

    def clause_after(self, k: int) -> int | None:
        """The clause after segment k past the pieces set off by commas or quotes that have no verb or
        open with a preposition (", Christmas Eve in America,", ', "Black Tuesday",', ", around the
        birthday he chose,"), at most six; None when no clause follows."""
        for j in range(k + 1, min(len(self.segs), k + 7)):
            s = self.segs[j]
            if s.kind not in ("comma", "quote") and not (s.kind == "sub" and not s.verb):
                return None     # (", after a long siege,": a verbless piece a subordinator opens, passed)
            f = self._first_word(s)
            if s.verb and not (f is not None and self.toks[f].low in self.lex["time_prepositions"]):
                return j if not s.frame and not s.aside and s.kind == "comma" else None
        return None

    def apposition(self, s: _Seg) -> bool:
        """A time phrase about the noun before it ("the invasion, now in its seventh month"), not an
        adverbial of the clause ("..., only four months later")."""
        return any(self.toks[i].low in ("now", "its", "his", "her", "their") for i in range(s.a, s.b))

    def ordinal_period(self, s: _Seg) -> str | None:
        """The ordinal period the expression in ``s`` names of the noun it is about ("its seventh
        month", "their 10th day", "its final week" -> "seventh month"...), or None."""
        toks, lex = self.toks, self.lex
        words = [i for i in range(s.a, s.b) if self.in_expr[i] and self._word(i)]
        if len(words) != 3 or toks[words[0]].low not in lex["possessive_determiners"] \
                or toks[words[2]].low not in lex["period_units"]:
            return None
        nth = toks[words[1]]
        if nth.low in lex["ordinal_words"] or _ORDINAL_NUMBER.fullmatch(nth.low):
            return f"{nth.raw} {toks[words[2]].raw}"
        return None

    def only_time_words(self, s: _Seg) -> bool:
        lex = self.lex
        return all(self.in_expr[i] or not self._word(i) or self.toks[i].low in lex["time_prepositions"]
                   or self.toks[i].low in lex["leading_adverbs"] or self.toks[i].low in lex["time_nouns"]
                   for i in range(s.a, s.b))

    def antecedent_before(self, k: int) -> tuple[int, int] | None:
        """'... appeal the verdict, which was handed down': the noun phrase just before a relative."""
        if k == 0:
            return None
        s = self.segs[k - 1]
        if not s.verb:
            return None
        b = s.b
        while b > s.a and not self._word(b - 1):
            b -= 1
        distance = self.toks[b - 1].low in _DISTANCE_ENDS
        for i in range(b - 1, max(s.a, b - 7) - 1, -1):
            if self.finite[i]:
                if i - 1 > s.a and self.toks[i - 1].low == "being":
                    # "the international reactor being built a few kilometres away, which ...": the
                    # noun the participle phrase is said of
                    d = next((x for x in range(i - 2, max(s.a, i - 7) - 1, -1)
                              if self.toks[x].low in ("the", "a", "an") or self.toks[x].low in self.lex["determiners"]),
                             None)
                    return (d, i - 1) if d is not None and all(self._word(x) for x in range(d, i - 1)) else None
                return None
            if self.toks[i].low in ("a", "an") and i > s.a and self.toks[i - 1].raw[:1] in _RATE_BEFORE:
                continue      # "an offer of 180p a share": a rate's "a", not the noun phrase's start
            if distance and (self.toks[i].low in ("few", "couple", "several", "many") or (
                    self.toks[i].low in ("a", "an") and i + 1 < b and self.toks[i + 1].low in ("few", "couple"))):
                continue      # "a few kilometres away": a distance, not a noun phrase
            if self.toks[i].low in self.lex["determiners"] or self.toks[i].low in ("the", "a", "an"):
                if self.toks[i].low == "the" and i + 1 < b and self.toks[i + 1].raw[:1].isupper() \
                        and i - 2 >= s.a and self.toks[i - 1].low == "from" and self._word(i - 2) \
                        and self.toks[i - 2].raw.islower() and not self.finite[i - 2] \
                        and self.toks[i - 2].low not in self.lex["time_nouns"]:
                    # "needed approval from the English Football League, which was given on
                    # Wednesday": what was given is the approval, the name only where it came from
                    d = i - 2
                    if d - 1 >= s.a and self.toks[d - 1].low in ("the", "a", "an"):
                        d -= 1
                    return (d, b)
                return (i, b)
        return None

    def subject_and_verb_before(self, k: int) -> tuple[int, int] | None:
        """'announced the seizure of X, and the recapture of Y': the words up to the verb before."""
        j = self._content_from(k - 1, -1)
        if j is None:
            return None
        s = self.segs[j]
        v = self.first_finite(s.a, s.b)
        if v is None:
            return None
        span = self._trim(s.a, v + 1)
        if span is None or sum(1 for i in range(*span) if self._word(i)) > 8:
            return None
        return span

    def only_repeat(self, s: _Seg) -> bool:
        """Segment s is a coordinator, a repeat adverb and the time it is said of (", and again in
        the 1990s"): it repeats the clause before at another time."""
        lex, toks = self.lex, self.toks
        words = [i for i in range(s.a, s.b) if self._word(i) and not self.in_expr[i]]
        return any(toks[i].low in lex["repeat_adverbs"] for i in words) and all(
            toks[i].low in lex["coordinators"] or toks[i].low in lex["repeat_adverbs"]
            or toks[i].low in lex["time_prepositions"] or toks[i].low in _TIME_GLUE for i in words)

    def predicate_before(self, k: int) -> tuple[int, int] | None:
        """The clause before segment k up to its first time adjunct ("the bribes were paid [between
        2016 and 2018]"), for a segment that only repeats it at another time."""
        j = self._content_from(k - 1, -1)
        if j is None:
            return None
        s, toks, lex = self.segs[j], self.toks, self.lex
        v = next((i for i in range(s.a, s.b) if self.finite[i]), None)
        if v is None:
            return None
        end = next((i for i in range(v + 1, s.b - 1) if toks[i].low in lex["time_prepositions"] and (
            self.in_expr[i + 1] or toks[i + 1].raw[:1].isdigit() or toks[i + 1].low == "the"
            or toks[i + 1].low.rstrip(".") in lex["calendar_words"])), s.b)
        span = self._trim(s.a, end)
        if span is None or sum(1 for i in range(*span) if self._word(i)) > 12:
            return None
        return span

    def _words_in(self, s: _Seg) -> bool:
        return any(self._word(i) for i in range(s.a, s.b))

    def _trim(self, a: int, b: int) -> tuple[int, int] | None:
        lex = self.lex
        while a < b and (not self._word(a) or self.toks[a].low in lex["leading_adverbs"]
                         or self.toks[a].low in lex["subordinators"] or self.in_expr[a]):
            a += 1
        while b > a and (not self._word(b - 1) or self.in_expr[b - 1]
                         or self.toks[b - 1].low in lex["time_prepositions"]):
            b -= 1
        return (a, b) if b > a else None


_SPACES = re.compile(r"\s+")
_SPACE_BEFORE_MARK = re.compile(r" (?=[,.;:!?%])")       # after _SPACES: a space is one " "
_MARK_RUN = re.compile(r"(?<=[,;:])(?: ?[,;:])+")          # a run's marks after its first
_EMPTY_PARENS = re.compile(r"\( ?\)")
_YEAR = re.compile(r"\d{4}")
_ORDINAL_NUMBER = re.compile(r"\d+(?:st|nd|rd|th)")
_YEAR_OR_DECADE = re.compile(r"\d{4}s?")


def _tidy(s: str) -> str:
    """Spaces made single, none before a mark, a run of , ; : made its first, no empty (), no
    marks or quotes at either end; the first letter upper case. (Each step after the first sees
    single spaces only, so its pattern needs no \\s; a step with nothing to do is skipped.)"""
    if "  " in s or not s.isprintable():     # (every space but " " is unprintable)
        s = _SPACES.sub(" ", s)
    if " " in s:
        s = _SPACE_BEFORE_MARK.sub("", s)
    if s.count(",") + s.count(";") + s.count(":") > 1:
        s = _MARK_RUN.sub("", s)
    if "(" in s:
        s = _EMPTY_PARENS.sub("", s)
    s = s.strip(" ,;:-–—\"'“”‘’")
    s = s.rstrip(".!?,;:").strip(" \"'“”‘’")
    if s.endswith(_TRAILING_COORDINATORS):
        # (days, eleventh session) a last resort: a verbless list whose last time went ("same as before: Weds and
        # Sundays" for "Sundays") never leaves a headline ending on its "and"
        s = s[:s.rindex(" ")].rstrip(" ,;:")
    return s[:1].upper() + s[1:] if s else s


_TRAILING_COORDINATORS = (" and", " or", " but", " nor", " And", " Or", " But", " Nor")


def cut(s: str, limit: int = MAX_CHARS) -> str:
    """``s`` at most ``limit`` characters, never mid-word: at a clause mark when one is in the second
    half ("3,000" is no clause mark), else before a phrase ("... from Kupiansk| in a lightning
    counter-offensive"), else at a space; never ending on a word that needs the next one ("of the…")."""
    if len(s) <= limit:
        return s
    lex = _lex()
    head = s[:limit + 1]
    for mark in ("; ", ", ", " —", " –", " -"):
        i = head.rfind(mark)
        if i >= limit * 0.5:
            return head[:i].rstrip(" ,;:-–—") + "…"
    at = _cut_space(head, limit, lex["cut_before"])
    words = head[:at].rstrip(" ,;:-–—…").split(" ")
    while len(words) > 3 and words[-1].lower() in lex["dangling_words"]:
        words.pop()
    return " ".join(words).rstrip(" ,;:-–—….") + "…"


_TIME_ZONES = frozenset(("utc", "gmt", "bst", "cet", "cest", "et", "est", "edt", "pt", "pst", "pdt"))
_DATE_GLUE = frozenset(("at", "least", "latest", "the", "end", "start", "beginning", "middle", "of", "early", "late",
                        "mid", "next", "this", "last"))
_TIME_GLUE = ("the", "and", "or", "early", "late", "mid", "last", "next", "this", "of")


def _time_run(c: _Clauses, i: int, b: int, calendar) -> int | None:
    """The end of a time adjunct starting at token ``i`` ("between 2022 and 2023", "in the
    1970s"): a time preposition, then only calendar words, numbers and glue, at least one of them
    a calendar word, up to ``b`` or a comma/full stop; None when anything else comes first."""
    toks, lex = c.toks, c.lex
    if i >= b or toks[i].low not in lex["time_prepositions"]:
        return None
    j, seen = i + 1, False
    while j < b and toks[j].raw not in (",", ".", ";", ":"):
        if calendar(j):
            seen = True
        elif not (toks[j].low in _TIME_GLUE or toks[j].raw.isdigit() or toks[j].low in lex["time_prepositions"]):
            return None
        j += 1
    return j if seen else None


def _repeated_after(c: _Clauses, i1: int, b: int, calendar) -> int | None:
    """After the expression "and again <time>" / "and <time>" ("cut jobs in 2020 and again between
    2022 and 2023"): where that second time ends, so it goes with its "and" and adverb."""
    toks, lex = c.toks, c.lex
    j = i1 + 1 if i1 < b and toks[i1].raw == "," else i1
    if not (j < b and toks[j].low in ("and", "or")):
        return None
    j += 1
    if j < b and toks[j].low in lex["repeat_adverbs"]:
        j += 1
    return _time_run(c, j, b, calendar)


def _repeated_before(c: _Clauses, a: int, i0: int, calendar) -> tuple[int, int] | None:
    """Before the expression's adjunct "<time> and again" ("in 1953 and again in 2014"): the span of
    "<time> and" (the first time and its "and"), the adverb kept for the time it is said of."""
    toks, lex = c.toks, c.lex
    k = i0
    if toks[i0].low not in lex["time_prepositions"]:
        return None      # the expression's own adjunct opens with its preposition ("again in 2014")
    if k - 1 >= a and toks[k - 1].low in lex["repeat_adverbs"]:
        k -= 1
    else:
        return None      # "in 1998 and reopened in 2004" is two clauses; "in 2020 and 2021" is handled before
    if not (k - 1 >= a and toks[k - 1].low in ("and", "or")):
        return None
    conj = k - 1
    end = conj - 1 if conj - 1 >= a and toks[conj - 1].raw == "," else conj
    for start in range(end - 1, max(a, end - 8) - 1, -1):    # the first time: at most a few words back
        if toks[start].low in lex["time_prepositions"] and _time_run(c, start, end, calendar) == end:
            return toks[start].s, toks[conj].e
    return None


#: words after which "last", "start", "end" are verbs ("and last 24 hours", "will start at 6 a.m.")
_BEFORE_VERB = frozenset(("and", "or", "to", "will", "would", "could", "can", "may", "might", "should", "must",
                               "did", "does", "not"))


def _coordinated_before(c: _Clauses, a: int, i0: int, calendar) -> tuple[int, int] | None:
    """A time coordinated before the expression's adjunct ("closed every Tuesday and on 1 May",
    "gusts on Sunday night and into Monday", "weds or thurs", "ten, twenty and thirty years
    earlier"): the span of "<time> and (into)", which goes with the expression (else the headline
    would end on "and", or give one time's event the other's date). The time: at most eight
    tokens of calendar words, numbers, time nouns, glue and commas (one of them a calendar word or
    a number), up to the time preposition opening it if any; nothing is dropped when another word
    comes first."""
    toks, lex = c.toks, c.lex
    p = i0 - 1 if i0 - 1 > a and toks[i0 - 1].low in ("into", "to") else i0
    if not (p - 2 >= a and toks[p - 1].low in ("and", "or")):
        return None
    conj = p - 1
    end = conj - 1 if toks[conj - 1].raw == "," else conj
    best, seen = None, False
    numbers = lex["number_words"]
    for start in range(end - 1, max(a, end - 8) - 1, -1):
        t = toks[start]
        if c.in_expr[start]:
            break
        if calendar(start) or t.raw[:1].isdigit() or t.low in numbers:
            seen = True
            best = start
        elif t.low in lex["time_prepositions"]:
            if seen:
                best = start
            break
        elif t.low in lex["time_nouns"]:
            if seen:
                best = start
        elif not (t.low in _TIME_GLUE or t.raw == ","):
            break
    return (toks[best].s, toks[i0 - 1].e) if best is not None else None


def _coordinated_after(c: _Clauses, i1: int, b: int, calendar) -> int | None:
    """After the expression, "and/or <time>" that ends the clause or a phrase of it ("7am or 6pm",
    "two or three years", "the 1980s and into the early 1990s", "6 a.m. Monday and last 24
    hours"): where that time ends, so it goes with its "or" (else "Fri I've got or 6pm"). The
    time: at most eight tokens of calendar words, numbers, time nouns, glue and prepositions, one
    of them a calendar word or a number, followed by the clause's end or a mark."""
    toks, lex = c.toks, c.lex
    j = i1 + 1 if i1 < b and toks[i1].raw == "," else i1
    if not (j < b and toks[j].low in ("and", "or")):
        return None
    j += 1
    numbers, seen = lex["number_words"], False
    stop = min(b, j + 8)
    while j < stop:
        t = toks[j]
        if t.raw in (",", ".", ";", ":", ")", "!", "?"):
            break
        if calendar(j) or t.raw[:1].isdigit() or t.low in numbers:
            seen = True
        elif not (t.low in _TIME_GLUE or t.low in lex["time_nouns"] or t.low in lex["time_prepositions"]
                  or t.low in ("into", "to", "a.m.", "p.m.", "am", "pm")):
            return None
        j += 1
    return j if seen and (j == b or toks[j].raw in (",", ".", ";", ":", ")", "!", "?")) else None


def _cut_space(head: str, limit: int, before: frozenset) -> int:
    """Where ``cut`` cuts ``head`` when no clause mark is near: the last space in its last 40 % before
    a word of ``before`` (a phrase opens there), else its last space, else ``limit``. The spaces
    are found with ``str.find``; the word after a space is the text up to the next one."""
    spaces, i = [], head.find(" ")
    while i >= 0:
        spaces.append(i)
        i = head.find(" ", i + 1)
    nxt = len(head)
    for i in reversed(spaces):
        if i < limit * 0.6:
            break
        if head[i + 1:nxt].lower() in before:
            return i
        nxt = i
    return spaces[-1] if spaces else limit


def _removal(c: _Clauses, a: int, b: int) -> list[tuple[int, int]]:
    """Character spans to drop from the clause tokens [a, b): the expression with its
    preposition and time noun ("in the early hours of Monday"), a leading connective run."""
    toks, lex = c.toks, c.lex
    drop = []
    ex = range(max(a, c.i0), min(b, c.i1))      # the expression's tokens in [a, b): a run
    if ex and _names_its_noun(c, ex[0], ex[-1] + 1, a, b):
        return drop     # "The summer transfer window closes on 30 August": the season names the window
    if ex and _modifies_its_noun(c, ex[0], ex[-1] + 1, b):
        return drop     # "guilty after six-year fraud case", "rose to 2010 levels": the noun's modifier stays
    if ex and ex[-1] + 2 < b and toks[ex[-1] + 1].low in _COPULAS and c._word(ex[-1] + 2) \
            and toks[ex[-1] + 2].low in lex["determiners"] \
            and _time_subject(c, ex[0], ex[-1] + 1, b):
        # "July 2023 was the hottest month ever recorded": what the time was, its noun phrase ("The
        # hottest month ever recorded"), the date being the bar's own ("Thursday was awful" stays)
        drop.append((toks[ex[0]].s, toks[ex[-1] + 1].e))
        return drop
    if ex and _part_of_a_word_or_measure(c, ex[0], ex[-1] + 1, b):
        return drop     # "among five-year-olds", "shut down for six weeks of maintenance": it stays
    if ex:
        i0, i1 = ex[0], ex[-1] + 1

        def calendar(i: int) -> bool:      # (a weekday's plural too: "on Mondays and on Thursdays")
            if not a <= i < b:
                return False
            w = toks[i].low.rstrip(".")
            return (_YEAR_OR_DECADE.fullmatch(toks[i].raw) is not None or w in lex["calendar_words"]
                    or (w.endswith("days") and w[:-1] in lex["calendar_words"]))

        # "from 1997 and from 2010", "only 2020 and 2021", "late on Saturday or early Sunday": the time
        # coordinated with it goes too; so does the year after a date the tagger ended early ("June 1, 1999")
        j = i1 + 1 if i1 < b and toks[i1].low in ("and", "or") else None
        if j is not None and j < b and toks[j].low in lex["time_prepositions"]:
            # the same preposition on both sides ("from 1997 and from 2010"), else two clauses
            j = j + 1 if i0 > a and toks[i0 - 1].low == toks[j].low else None
        if j is not None and j < b and toks[j].low in ("early", "late", "the", "last", "next", "this"):
            j += 1
        if j is not None and calendar(j):
            i1 = j + 1
        elif (run := _repeated_after(c, i1, b, calendar)) is not None:
            i1 = run         # "in 2020 and again between 2022 and 2023": the second time goes, with its "and"
        elif (run := _coordinated_after(c, i1, b, calendar)) is not None:
            i1 = run         # "7am or 6pm", "two or three years", "the 1980s and into the early 1990s"
        elif i0 - 2 >= a and toks[i0 - 1].low in ("and", "or") and calendar(i0 - 2):
            i0 -= 2
        elif i0 - 4 >= a and toks[i0 - 1].low in lex["time_prepositions"] and toks[i0 - 2].low in ("and", "or") \
                and calendar(i0 - 3) and toks[i0 - 4].low == toks[i0 - 1].low:
            i0 -= 3
        if i1 + 1 < b and toks[i1].raw == "," and toks[i1 - 1].raw.isdigit() and _YEAR.fullmatch(toks[i1 + 1].raw):
            i1 += 2
        while i1 < b:      # "by 7:30 at the latest", "at 03:14 local time", "at 08:12 UTC"
            w = toks[i1].low
            if w in _TIME_ZONES:
                i1 += 1
            elif w == "local" and i1 + 1 < b and toks[i1 + 1].low == "time":
                i1 += 2
            elif w == "at" and i1 + 2 < b and toks[i1 + 1].low == "the" and toks[i1 + 2].low in ("latest", "earliest"):
                i1 += 3
            else:
                break
        u = i1 + 1 if i1 + 1 < b and toks[i1].raw.isalpha() and toks[i1].raw.islower() and not c.finite[i1] \
            and toks[i1 + 1].low in lex["period_units"] else i1      # ("the 1975-1976 dry season")
        if i0 - 1 >= a and toks[i0 - 1].low == "the" and u < b and toks[u].low in lex["period_units"] \
                and any(ch.isdigit() for ch in toks[i0].raw) and not (
                u + 1 < b and c._word(u + 1) and not c.finite[u + 1] and toks[u + 1].low not in lex["time_prepositions"]
                and toks[u + 1].low not in lex["coordinators"]):
            i1 = u + 1        # "scored 31 in the 1968-69 season": the period the date names goes with it
        premodifier = i0 - 1 >= a and i1 < b and toks[i0 - 1].low in lex["determiners"] and c._word(i1) \
            and not c.finite[i1] and toks[i1].low not in lex["time_prepositions"] \
            and toks[i1].low not in lex["determiners"] and toks[i1].low not in lex["subject_pronouns"] \
            and toks[i1].low not in lex["coordinators"] and toks[i1].low not in lex["time_nouns"] \
            and _YEAR_OR_DECADE.fullmatch(toks[i0].raw) is not None
        # "since the 2011 League Cup final": a year in a noun phrase goes alone, its phrase stays
        while i0 > a and not premodifier:
            w = toks[i0 - 1].low
            if w in ("last", "first") and not (c.in_expr[i0] or toks[i0].low in lex["time_nouns"]):
                break         # "will last until March": a verb, not "the last week"
            if (w == "last" or w in lex["time_nouns"]) and i0 - 2 >= a and toks[i0 - 2].low in _BEFORE_VERB:
                break         # "will start at 6 a.m. Monday and last 24 hours": verbs
            if w in lex["time_nouns"] and not (c.in_expr[i0] or toks[i0].low == "of") and (
                    w.endswith("s") or w in ("week", "day", "hour", "weekend", "course")):
                break         # "twice a week until last spring": "week" belongs to another phrase ("dawn on" goes)
            if w in lex["time_nouns"] and i0 - 2 >= a and not c.in_expr[i0 - 1] and (
                    toks[i0 - 2].raw[:1].isdigit() or toks[i0 - 2].low in lex["number_words"]):
                break         # "raised £2.1m in six weeks last autumn": a length of its own stays
            if w == "to" and calendar(i0):
                i0 -= 1       # "the year to March"
                continue
            if w in ("most", "much", "part", "rest", "all", "some") and toks[i0].low == "of" and i0 - 2 >= a \
                    and toks[i0 - 2].low in lex["time_prepositions"]:
                i0 -= 1       # "for most of last year": the whole phrase goes (not "spent most of the 1990s")
                continue
            if w in lex["possessive_determiners"] and toks[i0].low in lex["time_noun_adjectives"] and i0 < ex[0]:
                i0 -= 1       # "within her first 100 days": not "a review of bus fares within her"
                continue
            if (w in ("earlier", "later", "sooner") and toks[i0].low == "than") or (w == "soon" and toks[i0].low == "as"):
                i0 -= 1       # "no earlier than March", "as soon as June"
                continue
            if i0 < ex[0] and w in lex["time_prepositions"] and toks[i0].low in lex["time_prepositions"] \
                    and i0 - 2 >= a and c.finite[i0 - 2] \
                    and not c.in_expr[i0 - 2] and toks[i0 - 2].low not in lex["auxiliaries"]:
                break         # "took over in January": a verb's particle, not a second preposition
            if w in lex["time_prepositions"] or w in lex["time_nouns"] or w in lex["time_noun_adjectives"] or \
                    w in ("the", "shortly", "just", "about", "around", "approximately", "as", "no", "than", "early",
                          "late", "least") and not c.finite[i0 - 1]:
                # stop at a noun that is not about time: "the seizure of" is kept
                i0 -= 1
                if w in lex["time_nouns"] or w == "of":
                    continue
            else:
                break
        # keep what is not about time: a run that ends in a non-time word was over-eaten
        while i0 < ex[0] and toks[i0].low in ("the",) and (i0 + 1 < ex[0] and toks[i0 + 1].low not in lex["time_nouns"]
                                                          and toks[i0 + 1].low not in lex["time_noun_adjectives"]):
            i0 += 1
        if i0 - 1 > a and toks[i0 - 1].low == "to" and not c.in_expr[i0 - 1] and (
                i1 >= b or not c._word(i1) or toks[i1].low in lex["time_prepositions"]) and any(
                calendar(i) or toks[i].low in lex["time_nouns"] or toks[i].low in lex["period_units"]
                or toks[i].raw[:1].isdigit() for i in ex):
            i0 -= 1           # "sentenced to nine years in January", "pushed back to next week after a row":
            # its "to" goes too (not "sentenced to in January")
        run = _repeated_before(c, a, i0, calendar)
        if run is None and (i1 >= b or not c._word(i1)) and not any(c.finite[i1:b]):
            # (the expression's time ends its clause: "on 12 September and by the evening the camp
            # had fallen" is two clauses, its first time stays)
            run = _coordinated_before(c, a, i0, calendar)
        if run is not None:
            drop.append(run)  # "in 1953 and again in 2014": "in 1953 and" goes, "again" stays
        # "on Saturday, Russian forces": the comma after an opening expression goes too
        if i1 < b and toks[i1].raw == "," and (i0 == a or toks[i0 - 1].raw == ","):
            i1 += 1
        drop.append((toks[i0].s, toks[i1 - 1].e))
    return drop


def _names_its_noun(c: _Clauses, i0: int, i1: int, a: int, b: int) -> bool:
    """The expression "the <season or month>" opens the clause and is the modifier of the noun
    after it ("The summer transfer window closes", "The winter timetable starts"): it stays in
    the headline, which would else begin "Transfer window closes"."""
    toks, lex = c.toks, c.lex
    return i0 == a and i1 - i0 == 2 and toks[i0].low == "the" \
        and (toks[i1 - 1].low in lex["calendar_words"] or toks[i1 - 1].low in lex["season_words"]) \
        and i1 < b and toks[i1].raw.isalpha() and toks[i1].raw.islower() and not c.finite[i1] \
        and toks[i1].low not in lex["time_prepositions"] and toks[i1].low not in lex["coordinators"] \
        and toks[i1].low not in lex["time_nouns"] and toks[i1].low not in lex["determiners"] \
        and toks[i1].low not in lex["subject_pronouns"]


_COPULAS = frozenset(("is", "are", "was", "were", "'s", "’s"))


def _dummy_it(c: _Clauses, i: int, b: int) -> bool:
    """The "it" at token i is no one's: a form of "be" and a superlative follow ("it had been the
    wettest November", "it was the hottest day")."""
    toks = c.toks
    if toks[i].low != "it":
        return False
    j = i + 1
    while j < b and j < i + 4 and toks[j].low in c.lex["auxiliaries"]:
        j += 1
    if j == i + 1 or not any(toks[x].low in ("been", "be", "was", "is", "were") for x in range(i + 1, j)):
        return False
    return j + 1 < b and toks[j].low == "the" and (toks[j + 1].low in _SUPERLATIVES or (
        len(toks[j + 1].low) > 5 and toks[j + 1].low.endswith("est") and toks[j + 1].raw.isalpha()))
_SUPERLATIVES = frozenset(("best", "worst", "biggest", "largest", "highest", "lowest", "hottest",
                           "coldest", "wettest", "driest", "busiest", "warmest", "sunniest", "deadliest"))


def _time_subject(c: _Clauses, i0: int, i1: int, b: int) -> bool:
    """The expression [i0, i1) is its clause's subject: it opens the clause (after "and" at most) and
    an auxiliary or a verb of ``time_subject_verbs`` follows ("Next week should be closer to
    average", "September saw the Germans retreat"; not "and eight days later demanded ...", whose
    subject is the first clause's, nor "Primerica, currently valued at ...")."""
    toks, lex = c.toks, c.lex
    home = c.segs[c.home]
    if home.kind not in ("start", "strong", "quote", "coord", "coordvp") or i1 >= b or not c.finite[i1] \
            or toks[i0].low in lex["time_prepositions"]:
        return False
    f = next((i for i in range(home.a, i0) if c._word(i)), i0)
    joined = f < i0 and toks[f].low in lex["coordinators"]
    if joined:
        f = next((i for i in range(f + 1, i0) if c._word(i)), i0)
    return f == i0 and (toks[i1].low in lex["auxiliaries"] or (not joined and toks[i1].low in lex["time_subject_verbs"]))


def _part_of_a_word_or_measure(c: _Clauses, i0: int, i1: int, b: int) -> bool:
    """The expression is glued by a hyphen to the word after it ("among five-year-olds": a part of
    a word, which the tagger should not have marked), or it measures the noun that "of" brings
    ("shut down for six weeks of maintenance", "Every day of delay was a risk", "after two years
    of talks"): taken out, it would leave "among had fallen", "shut down of maintenance", "Of
    delay was a risk"; it stays, as a modifier does (``_modifies_its_noun``)."""
    toks, lex = c.toks, c.lex
    if i1 - i0 == 2 and toks[i0].low in ("a", "an", "per") and i0 > 0 and toks[i0 - 1].raw[:1] in _RATE_BEFORE:
        return True      # "cost £310,000 a year to run": a rate, which says how much
    if _time_subject(c, i0, i1, b):
        return True      # "Next week should be closer to average", "September saw the Germans ..."
    end = min(toks[i1 - 1].e, c.e1)
    if c.text[end - 1:end].isalpha() and c.text[end:end + 1] == "-" and c.text[end + 1:end + 2].isalpha():
        return True
    if i0 >= 3 and toks[i0 - 1].low == "of" and c._word(i0 - 2) and not c.finite[i0 - 2] and any(
            t.low in _SUPERLATIVES or (len(t.low) > 5 and t.low.endswith("est")
                                                                       and t.raw.isalpha() and t.raw.islower())
            for t in toks[max(0, i0 - 4):i0 - 1]):
        return True      # "the hottest day of the year", "the wettest month of the year": the frame of a superlative
    if i1 + 1 >= b or toks[i1].low != "of":
        return False
    nxt = toks[i1 + 1]
    w = nxt.low.rstrip(".")
    return nxt.raw.isalpha() and nxt.raw.islower() and not c.finite[i1 + 1] and not c.in_expr[i1 + 1] \
        and w not in lex["determiners"] and w not in lex["calendar_words"] and w not in lex["time_nouns"] \
        and w not in lex["period_units"] and w not in lex["season_words"] and w not in lex["subject_pronouns"] \
        and w not in _DATE_GLUE and w not in ("that", "those", "these", "which", "whom")


def _modifies_its_noun(c: _Clauses, i0: int, i1: int, b: int) -> bool:
    """The expression is one word that modifies the noun after it: a length written as a hyphenated
    adjective ("a six-year fraud case", "the yield on ten-year gilts", "signs four-year deal") or a
    year before a noun of comparison ("rose to 2010 levels", "at 1990 prices"). Removed, it would
    leave "guilty fraud case", "The yield gilts", "Prices rose levels": it stays, the year as the
    base the clause compares with (as "twice as many as in 2019" does). So does a year after "for"
    that names a noun's period ("will set its budget for 2025 in February", "cut its forecast for
    2024"): not when the clause happens."""
    toks, lex = c.toks, c.lex
    if i1 - i0 == 1 and _YEAR.fullmatch(toks[i0].raw) and i0 >= 3 and toks[i0 - 1].low == "for" \
            and toks[i0 - 2].raw.isalpha() and toks[i0 - 2].raw.islower() and not c.finite[i0 - 2] \
            and toks[i0 - 2].low not in lex["time_nouns"] and toks[i0 - 2].low not in lex["period_units"] \
            and (toks[i0 - 3].low in lex["determiners"] or toks[i0 - 3].low in lex["possessive_determiners"]):
        return True      # "will set its budget for 2025 in February": the year names the budget
    if i1 - i0 == 2 and toks[i0].low in ("a", "an") and toks[i1 - 1].low.endswith("-long"):
        i0 += 1          # "try for an hour-long plasma": the article is the noun's
    if i1 - i0 != 1 or i1 >= b:
        return False
    nxt = toks[i1]
    if not (nxt.raw.isalpha() and nxt.raw.islower()) or c.finite[i1] or nxt.low in lex["time_prepositions"] \
            or nxt.low in lex["coordinators"] or nxt.low in lex["determiners"] or nxt.low in lex["subject_pronouns"]:
        return False
    raw = toks[i0].raw
    if "-" in raw:       # (a number first: not "D-Day")
        n, _, unit = raw.lower().removesuffix("-long").rpartition("-")
        if not n and raw.lower().endswith("-long"):
            return unit in lex["length_adjective_units"]      # "an hour-long plasma" 
        return unit in lex["length_adjective_units"] and (n.isdigit() or n in lex["number_words"])
    return _YEAR.fullmatch(raw) is not None and nxt.low in lex["base_nouns"]


def _strip_leading(c: _Clauses, a: int, b: int, drop: list[tuple[int, int]]) -> int:
    """Index of the clause's first kept token: connectives, inverted frames, 'according to X,' skipped."""
    toks, lex = c.toks, c.lex

    def dropped(i):
        ts = toks[i].s
        for s, e in drop:
            if s <= ts < e:
                return True
        return False

    i = a
    while i < b:
        w = toks[i].low
        if not c._word(i) or dropped(i):
            i += 1
        elif w == "there" and i + 1 < b and toks[i + 1].low in _BE_FORMS:
            return i      # "there were 19 cases": the clause's subject, no adverb
        elif w in lex["leading_adverbs"] or w in lex["subordinators"] or w in lex["comma_subordinators"] \
                or w in lex["coordinators"] or w in lex["reporting_participles"] or w in lex["relatives"]:
            if w in ("after", "before") and i + 1 < b \
                    and not c.finite[i + 1]:
                # "After a long campaign the first restored section reopened": a phrase, no comma; the
                # subject opens at the last article or pronoun before the first verb ("After three
                # years in the Army he joined")
                v = next((x for x in range(i + 2, min(b, i + 14)) if c.finite[x]), None)
                d = None if v is None else next((x for x in range(v - 1, i + 1, -1)
                                                 if toks[x].low in ("the", "a", "an")
                                                 or toks[x].low in lex["subject_pronouns"]), None)
                if d is not None and all(c._word(x) for x in range(i + 1, d)):
                    i = d
                    continue
            i += 1
        elif w == "according" and i + 1 < b and toks[i + 1].low == "to":
            j = i + 2
            while j < b and toks[j].raw != ",":
                j += 1
            i = j + 1
        elif w in lex["reporting_verbs"] and c.finite[i]:     # "said 61-year-old Anatoli Vasiliev"
            j = i + 1
            while j < b and (toks[j].raw[0].isupper() or any(ch.isdigit() for ch in toks[j].raw)
                             or toks[j].low in lex["determiners"]):
                j += 1
            if not any(toks[x].raw[0].isupper() or toks[x].raw[0].isdigit() for x in range(i + 1, j)):
                break         # "declared the strike national": the clause's own verb, no inverted frame
            i = j
        else:
            break
    return i


def _inner_frames(c: _Clauses, a: int, b: int) -> list[tuple[int, int]]:
    """A leading 'X said (that)' inside the chosen clause (when no cut was made there)."""
    toks, lex = c.toks, c.lex
    rv = c.reporting       # the first finite reporting verb of the clause's first 12 tokens
    k = bisect_left(rv, a)
    if k == len(rv) or rv[k] >= min(b, a + 12):
        return []
    i = rv[k]
    if any(c.finite[a:i]):
        return []
    j = c._skip_frame_tail(i + 1)
    if j < b and toks[j].low != "that" and i + 1 < b and toks[i + 1].low in ("at", "during", "before", "in"):
        # "said at a news conference on Monday that X", "argued at a hearing in London last month
        # that X": a phrase of place between the verb and its "that" is the frame's too
        k = next((x for x in range(j, min(b, i + 14)) if toks[x].low == "that"), None)
        if k is not None and not any(c.finite[j:k]) and all(c._word(x) or c.in_expr[x] for x in range(j, k)):
            j = k
    if j < b and toks[j].low == "that":
        j += 1
    elif j < b and (toks[j].low == "to" or toks[i].low in lex["that_only_verbs"]):
        return []     # "The agency decided to launch the crew": no frame
    if j < b and any(c.finite[j:b]):
        return [(toks[a].s, toks[j].s)]
    return []


def headline(text: str, sentence: tuple[int, int], expression: tuple[int, int],
             _sentence: _Sentence | None = None) -> tuple[str, int, int]:
    """The headline for the expression ``text[e0:e1]`` in the sentence ``text[s0:s1]``, with the
    span of the clause it was taken from: ``(headline, clause_start, clause_end)``. ``_sentence``:
    that sentence's ``_Sentence`` when the caller has it (another expression of it)."""
    got = _headline(text, sentence, expression, _sentence)
    h, s0 = got[0], sentence[0]
    if h[:1].isdigit() and (m := _BLOG_STAMP.match(h)) is not None and text.startswith(h[:m.end()], s0) \
            and (s0 == 0 or text[:s0].rstrip(" \t").endswith(("\n", "\r"))):
        # "04:12 Turnout was 29%, down from 34% in 2021": a live blog's entry time opening the line
        # dates the entry, it is no part of what happened in 2021
        return h[m.end():], got[1], got[2]
    return got


def _headline(text: str, sentence: tuple[int, int], expression: tuple[int, int],
              _sentence: _Sentence | None) -> tuple[str, int, int]:
    s0, s1 = sentence
    e0, e1 = expression
    if _sentence is None or _sentence.span != (s0, s1):
        _sentence = _Sentence(text, s0, s1)
    toks = _sentence.toks
    if not toks:
        return "", s0, s1
    c = _Clauses(text, _sentence, e0, e1)
    if not any(c.in_expr):
        return cut(_tidy(text[s0:s1])), s0, s1
    named = _date_named_noun(c)
    if named is not None:     # "... an exhibition on the 1839 storm": its event is the storm
        return named
    named = _zero_relative(c)
    if named is not None:     # "the £29m Westbrook paid for Jonas Brandt in January 2022"
        return named
    named = _changed_from(c)
    if named is not None:     # "Turnout was 31%, down from 36% at the last election in May 2020"
        return named
    k = c.target()
    if (earlier := _compared_with_plan(c, k)) is not None:
        k = earlier       # "..., nine years later than planned": the delay of the clause before
    seg = c.segs[k]
    a, b = seg.a, seg.b
    while b > a and not c._word(b - 1) and not c.in_expr[b - 1] and toks[b - 1].raw not in ")’'%":
        b -= 1
    if k + 1 < len(c.segs):
        nxt = c.segs[k + 1]
        f = c._first_word(nxt)
        if nxt.kind == "comma" and not nxt.verb and not nxt.frame and f is not None and not (
                toks[f].low in c.lex["determiners"] or toks[f].raw[0].isdigit()) and any(
                toks[i].low in ("and", "or") for i in range(nxt.a + 1, nxt.b)):
            b = nxt.b
            while b > a and not c._word(b - 1) and toks[b - 1].raw not in ")’'%":
                b -= 1
    if k + 1 < len(c.segs) and c.segs[k + 1].kind == "sub":
        # "... to disappear even | if emissions fall quickly": the adverb of the clause cut off goes too
        while b - 1 > a and toks[b - 1].low in ("even", "only", "just") and not c.in_expr[b - 1]:
            b -= 1
    drop = _removal(c, a, b)
    if c.i0 > a and c.i1 < b and toks[c.i1 - 1].raw.endswith(("'s", "’s")) and c._first_word(_Seg(a, b, "")) == c.i0 - 1 \
            and toks[c.i0 - 1].low in c.lex["time_prepositions"] and c._word(c.i1) and toks[c.i1].raw.islower() \
            and not c.finite[c.i1] and c.i1 + 1 < b and (toks[c.i1 + 1].raw[0].isdigit() or toks[c.i1 + 1].raw == ","):
        # "At Tuesday's meeting 87% of votes were cast": the phrase the date's noun makes goes whole
        # ("87% of votes were cast in favour", not "Meeting 87% of votes ...")
        drop.append((toks[c.i0 - 1].s, toks[c.i1].e))
    if c.i1 < b and toks[c.i1].low in ("alone", "ago") and c.first_in_expr:
        drop.append((toks[c.i1].s, toks[c.i1].e))     # "58 new cases were reported in the past week alone"
    fw = c._first_word(_Seg(a, b, ""))
    if fw is None or not (toks[fw].low in c.lex["reporting_verbs"] and c.finite[fw]):
        drop += _inner_frames(c, a, b)
    start = _strip_leading(c, a, b, drop)
    if seg.kind == "comma" and k > 0 and not c.segs[k - 1].verb and start < b and toks[start].low in c.lex["determiners"]:
        # "Adebayo, a former nurse who was first elected in 2014, ...": the apposition's relative
        # clause is said of the name before it ("Adebayo was first elected"), not "A former nurse who ..."
        r = next((x for x in range(start + 1, min(b, start + 7)) if c.finite[x] or not c._word(x)
                  or toks[x].low in c.lex["relatives"]), None)
        if r is not None and toks[r].low in c.lex["relatives"] and r + 1 < c.i0 and c.finite[r + 1]:
            drop.append((toks[start].s, toks[r].e))
    prefix = ""
    first_w = None      # the first word kept
    word = c.word
    for i in range(start, b):
        if word[i]:
            ts = toks[i].s
            for s, e in drop:
                if s <= ts < e:
                    break
            else:
                first_w = i
                break
    # "..., which Brightwell's board rejected two days later": a name after the relative is the
    # subject of its clause, the noun before it the object (``_object_relative``)
    obj_rel = first_w is not None and seg.kind == "relative" and first_w > a \
        and toks[first_w - 1].low in ("which", "that", "whom") and toks[first_w].raw[0].isupper() \
        and not c.finite[first_w]
    needs_subject = first_w is not None and not obj_rel and (
        c.finite[first_w] or toks[first_w].low in c.lex["participle_openers"]
        or (first_w > a and toks[first_w - 1].low in c.lex["relatives"] and toks[first_w].low not in c.lex["determiners"]
            and toks[first_w].low not in c.lex["subject_pronouns"]))
    hs = c.segs[c.home]
    if not hs.verb and hs.kind == "comma" and c.i1 - c.i0 == 1 and c.i0 == c._first_word(hs) \
            and toks[c.i0].low in ("now", "currently") and c.i1 < hs.b and c._word(c.i1) \
            and toks[c.i1].low not in c.lex["subject_pronouns"] and not any(q in toks[c.i1].raw for q in "'’") \
            and (ant := c.antecedent_before(c.home)) is not None:    # (not a clause: "now it's like 30 secs")
        # "the Russian invasion, now in its seventh month": "now" is said of the noun ("The Russian
        # invasion, now in its seventh month"), not of the clause before it ("Giving Ukraine's backers ...")
        e = hs.b
        while e > hs.a and not c._word(e - 1):
            e -= 1
        phrase = text[toks[ant[0]].s:toks[ant[1] - 1].e] + ", " + text[toks[c.i0].s:toks[e - 1].e]
        return cut(_tidy(phrase[:1].upper() + phrase[1:])), toks[hs.a].s, toks[hs.b - 1].e
    if not seg.verb and seg.kind == "comma" and c.only_time_words(seg) and c.apposition(seg):
        ant = c.antecedent_before(k)
        if ant is not None:   # none before a dateline's date ("BRUSSELS, February 10 (Xinhua) --")
            noun = text[toks[ant[0]].s:toks[ant[1] - 1].e]
            nth = c.ordinal_period(seg)
            if nth is not None:   # "the invasion, now in its seventh month": that month OF the invasion
                if toks[ant[0]].low in ("the", "a", "an"):
                    noun = toks[ant[0]].low + noun[len(toks[ant[0]].raw):]
                noun = f"{nth} of {noun}"
            return cut(_tidy(noun)), toks[seg.a].s, toks[seg.b - 1].e
    if needs_subject and seg.kind in ("relative", "coordvp", "comma", "coord", "sub", "comp", "strong"):
        subj = c.antecedent_before(k) if seg.kind == "relative" else None
        if seg.kind == "coordvp" and k > 0 and c.segs[k - 1].kind == "relative":
            subj = c.antecedent_before(k - 1)    # "the region, which borders Russia, and has been ..."
        # (after an adverb: "A rival approach ..., first reported in August, was withdrawn")
        pw = first_w + 1 if first_w is not None and toks[first_w].low in _ASIDE_ADVERBS and first_w + 1 < b \
            and c.participle(first_w + 1) else first_w
        appositive = seg.kind == "comma" and first_w is not None and c.participle(pw) and k > 0 \
            and c.main_verb_after(k) and not any(c.finite[pw + 1:b])
        if appositive and subj is None and c.segs[k - 1].verb and toks[first_w].low in c.lex["participle_openers"]:
            subj = c.antecedent_before(k)    # "... that the Millford barrier, begun in 2019, would be"
        passive_after_object = False
        if subj is None and seg.kind == "comma" and first_w is not None and pw == first_w \
                and toks[pw].low in c.lex["passive_participles"] \
                and k > 0 and c.segs[k - 1].verb and not c.segs[k - 1].frame and not c.main_verb_after(k) \
                and not any(c.finite[pw + 1:b]) and pw + 1 < b \
                and (toks[pw + 1].low in c.lex["time_prepositions"] or toks[pw + 1].low in c.lex["place_prepositions"]
                     or toks[pw + 1].low == "by") \
                and (ant := c.antecedent_before(k)) is not None and not any(c.in_expr[ant[0]:ant[1]]):
            # "Police found the car, abandoned in a lay-by on Friday": the car was abandoned, not
            # "Police abandoned in a lay-by" (a transitive verb's participle, then a preposition: no
            # object of its own; "..., marched on Petrograd", "..., died at his home" are no passives)
            subj, passive_after_object = ant, True
        subj = subj or c.subject_before(k)
        if subj is not None and seg.kind == "relative" and sum(1 for i in range(*subj) if c._word(i)) > 8:
            subj = None   # ("The inquiry into the fire at Weston Court, which killed 19 people": the fire's)
        if subj is not None:     # without the expression ("The 1966 final, played at Wembley, remains ...")
            prefix = " ".join(toks[i].raw if toks[i].raw not in ",.;:" else toks[i].raw
                              for i in range(*subj) if not c.in_expr[i])
            prefix = text[toks[subj[0]].s:toks[subj[1] - 1].e] if not any(c.in_expr[subj[0]:subj[1]]) else \
                re.sub(r"\s+([,.;:%])", r"\1", prefix)
            if seg.kind == "relative" and toks[subj[0]].low in ("its", "their") and subj[1] - subj[0] > 1 \
                    and (owner := _owner_subject(c, k - 1, subj[0])) is not None:
                # "The jury took two days to reach its verdict, which was delivered on Friday": "The
                # jury's verdict was delivered", not "Its verdict ..."
                prefix = owner + ("'" if owner.endswith("s") else "'s") + prefix[len(toks[subj[0]].raw):]
            if (appositive and (not c.segs[k - 1].verb or (subj[1] >= c.segs[k - 1].b - 1
                                                           and toks[first_w].low in c.lex["participle_openers"]))
                    and c.segs[k - 1].a <= subj[0]) or passive_after_object:
                # "The bridge, built in 1836, carries" -> "The bridge was built"; "found the car,
                # abandoned in a lay-by" -> "The car was abandoned in a lay-by"
                prefix += " were" if _plural([toks[i] for i in range(*subj) if c._word(i)], c.lex) else " was"
        if subj is not None and seg.kind == "coordvp" and first_w is not None and c.participle(first_w) and k > 0:
            # "was convicted in 2022 and sentenced to ..." -> "... was sentenced" (the auxiliary of the
            # clause the subject was borrowed from: "He was arrested ... after X and released")
            prev = next((g for g in c.segs[:k] if g.b > subj[0] and g.verb), c.segs[k - 1])
            aux = c.first_finite(prev.a, prev.b)
            if aux is not None and toks[aux].low in ("was", "were", "is", "are") and aux + 1 < prev.b \
                    and c.participle(aux + 1):
                prefix += " " + toks[aux].low
    elif not seg.verb and seg.kind in ("comma", "coord") and toks[seg.a].low in c.lex["coordinators"]:
        # ", and again in the 1990s": the clause before, again ("The bribes were paid again")
        sv = (c.only_repeat(seg) and c.predicate_before(k)) or c.subject_and_verb_before(k)
        if sv is not None:
            prefix = text[toks[sv[0]].s:toks[sv[1] - 1].e]
    frame_seg = None      # the frame that reports the clause: "The firm said (that) ...", "..., and that ..."
    speaker_span = None   # its speaker, when not inside it ("Sun Lake Capital, the hedge fund ..., said it had")
    if seg.kind == "comp" and k > 0 and c.segs[k - 1].frame:
        frame_seg = c.segs[k - 1]
    elif seg.kind == "comp" and k > 1 and c._first_word(c.segs[k - 1]) is not None \
            and toks[c._first_word(c.segs[k - 1])].low in c.lex["reporting_verbs"] \
            and (speaker_span := c.apposed_name(k - 2)) is not None:
        frame_seg = c.segs[k - 1]
    elif seg.kind == "coord" and seg.a + 1 < b and toks[seg.a + 1].low == "that":
        # "The council said members' pensions had been paid and that it had recovered £9m": the
        # second thing said, by the sentence's first clause's speaker
        g = c.segs[0]
        v = c.first_finite(g.a, g.b)
        if k > 0 and v is not None and toks[v].low in c.lex["reporting_verbs"]:
            frame_seg = g
    if not prefix and frame_seg is not None and first_w is not None and toks[first_w].low in ("he", "she", "they", "it"):
        f = frame_seg
        r = next((i for i in range(f.a, f.b) if toks[i].low in c.lex["reporting_verbs"]), None)
        span = speaker_span or (c._trim(f.a, r) if r is not None else None)
        if span is not None and sum(1 for i in range(*span) if c._word(i)) <= 6:
            speaker = [toks[i] for i in range(*span) if c._word(i)]
            pron = toks[first_w].low
            if _pronoun_is_speaker(pron, speaker, c.lex) and not _dummy_it(c, first_w, b):
                # "The firm said it had fixed" -> "The firm had fixed" (not "The Met Office said it had
                # been the wettest November": that "it" is the month's)
                prefix = text[toks[span[0]].s:toks[span[1] - 1].e]
                drop.append((toks[first_w].s, toks[first_w].e))
            elif speaker[0].low not in c.lex["relatives"] and speaker[0].low not in c.lex["subject_pronouns"]:
                # "Judge Helen Marsh said he would not be eligible": "he" may be anyone (the man she
                # sentenced), "Police said it had been stolen" is about the thing stolen: never the
                # speaker in its place, the speaker said as the source ("Helen Marsh: he would ...",
                # "Police: it had been stolen"); not a relative ("whose coach said he ...")
                prefix = (_person_subject(c, f, True) or text[toks[span[0]].s:toks[span[1] - 1].e]) + ":"
    if not prefix and frame_seg is not None and c.home != k and first_w is not None \
            and (v := c.first_finite(seg.a, b)) is not None and toks[v].low == "had" and v + 1 < b \
            and toks[v + 1].low not in ("to", "a", "an", "the", "no") and c._word(v + 1):
        # "At Carlisle Crown Court on Wednesday, Judge Helen Marr said the company had ignored
        # warnings": what is dated is the saying; what was said had happened before it, so the
        # headline is attributed ("Helen Marr: the company had ignored warnings")
        f = frame_seg
        r = next((i for i in range(f.a, f.b) if toks[i].low in c.lex["reporting_verbs"] and c.finite[i]), None)
        span = speaker_span or (c._trim(f.a, r) if r is not None else None)
        if span is not None and 0 < sum(1 for i in range(*span) if c._word(i)) <= 6 \
                and not any(c.in_expr[span[0]:span[1]]) and toks[span[0]].low not in c.lex["subject_pronouns"] \
                and toks[span[0]].low not in c.lex["relatives"]:
            prefix = (_person_subject(c, f, True) or text[toks[span[0]].s:toks[span[1] - 1].e]) + ":"
    rel = _relative_that(c, a, b) if not prefix else None
    if rel is not None:    # "... jailed for a fraud that ran from 2014 to 2019": "A fraud ran"
        start, b = rel[0], rel[2]
        drop.append((toks[rel[1]].s, toks[rel[1]].e))
        if rel[0] == c._first_word(seg) and (name := c.apposed_name(k)) is not None:
            # "Sun Lake Capital, the hedge fund that made £200m in 2022, said": "Sun Lake Capital made £200m"
            drop.append((toks[rel[0]].s, toks[rel[1]].e))
            prefix = text[toks[name[0]].s:toks[name[1] - 1].e]
        while b > start and not c._word(b - 1):
            b -= 1
    pieces, pos = [], toks[start].s if start < b else toks[a].s
    end = toks[b - 1].e if b > a else toks[a].e
    for s, e in sorted(drop):
        if e <= pos:
            continue
        if s > pos:
            pieces.append(text[pos:min(s, end)])
        pos = max(pos, e)
    if pos < end:
        pieces.append(text[pos:end])
    body = _tidy(" ".join(pieces))
    if prefix:
        body = _tidy(prefix + " " + body[:1].lower() + body[1:] if body[:2] != body[:2].upper() else prefix + " " + body)
    elif body and (op := c.opening_participle(k)):
        # "Having crossed the river (on Monday), the troops ..." -> "The troops crossed the river";
        # "Elected (in 1998), the mayor ..." -> "The mayor was elected"
        subj = c.subject_after(k)
        who = text[toks[subj[0]].s:toks[subj[1] - 1].e]
        rest = re.sub(r"^having\s+(?:been\s+)?", "", body, flags=re.I)
        joiner = "" if op == "having" else "had been" if op == "having been" else (
            "were" if _plural([toks[i] for i in range(*subj) if c._word(i)], c.lex) else "was")
        body = _tidy(f"{who} {joiner} {rest[:1].lower()}{rest[1:]}")
    if not body:      # nothing left of the clause: the sentence without the expression
        return plain_headline(text, sentence, expression), toks[seg.a].s, toks[seg.b - 1].e
    body = _without_dangling(body)      # "sentenced to [seven years]"
    if not prefix and body and (who := _named_before_participle(c, k)) is not None:
        body = f"{who} {body[:1].lower()}{body[1:]}"     # "Halley's Comet, last seen in 1986," -> "... was last seen"
    if body.lower() in _DANGLING_COORDINATORS or body.lower() in _DANGLING_WORDS:
        # nothing but a word that needs the next ("And"): the sentence without the expression
        return plain_headline(text, sentence, expression), toks[seg.a].s, toks[seg.b - 1].e
    body = _with_result(c, seg, k, body)
    m = _PRONOUN_OPENING.match(body)
    if m:     # "He resigned on Monday": the person the text named just before, when only one fits
        pron = m.group(1).lower()
        name = None
        if pron in ("his", "her") and seg.kind == "comp" and k > 0 and c.segs[k - 1].frame:
            name = _person_subject(c, c.segs[k - 1], True)     # "Anna Berg said that her government ..."
        if name is None and seg.kind == "sub" and first_w is not None:
            name = _main_subject_person(c, k, first_w)      # "Jonas Berg quit after his wife fell ill"
        if name is None:
            name = _named_antecedent(text, s0, toks[first_w].s if first_w is not None else s0,
                                     "he" if pron in ("he", "his") else "she", _sentence.lookback)
        if name:
            body = (name if pron in ("he", "she") else name + ("'" if name.endswith("s") else "'s")) + body[m.end():]
    elif (m := _PLURAL_OPENING.match(body)) is not None and first_w is not None and toks[first_w].s == s0 \
            and body[:m.end()] == toks[first_w].raw:
        # "They lost only twice after that": the team, firm or group the sentence before made its subject
        name = _plural_antecedent(text, s0, _sentence.lookback)
        if name:
            body = (name if m.group(1).lower() == "they" else name + ("'" if name.endswith("s") else "'s")) \
                + body[m.end():]
    own = body.split(" ", 1)[0]
    if own.lower() in ("its", "their") and k > 0 and c.segs[k - 1].verb and seg.kind == "comma" and not prefix \
            and first_w is not None and toks[first_w].low == own.lower():
        # "The FTSE 100 closed down 2.1%, its lowest close since 17 March": "The FTSE 100's lowest close"
        # (not in a relative clause's noun: "A treaty promised its return, which took place ..." is the canal's)
        subj = c.subject_before(k)
        if subj is not None and not any(toks[i].low in c.lex["subject_pronouns"] for i in range(*subj)):
            who = text[toks[subj[0]].s:toks[subj[1] - 1].e]
            body = who + ("'" if who.endswith("s") else "'s") + body[len(own):]
    if obj_rel and (got := _object_relative(c, k, first_w, body)) is not None:
        body = got
    if (reduced := _reduced_relative(c)) is not None:
        return cut(reduced), toks[seg.a].s, toks[seg.b - 1].e
    if (quoted := _quote_after(c, k, body)) is not None:
        body = quoted
    else:
        body = _without_bare_copula(body)
    if rel is not None and not prefix and (main := _main_after(c, k, rel[0], body)) is not None:
        body = main     # "... elected mayor ... after a recount that ran into the early hours of Saturday"
    elif rel is not None and not prefix and (owner := _relative_owner(c, rel[0])) is not None \
            and body[:len(toks[rel[0]].raw) + 1].lower() == toks[rel[0]].low + " ":
        # "Castleford have signed Lucas Moreau, ending a pursuit that began in May": "Castleford's
        # pursuit began", not "A pursuit began"
        body = owner + ("'" if owner.endswith("s") else "'s") + body[len(toks[rel[0]].raw):]
    cmp = _comparison_tail(c, k)
    if cmp is not None:     # "9,000 runners took part, twice as many as in 2019": 2019 is no date of the running
        cmp = _tidy(cmp)
        body = cmp if k == c.home else f"{body}, {cmp[:1].lower()}{cmp[1:]}"
    return cut(body), toks[seg.a].s, toks[seg.b - 1].e


_BLOG_STAMP = re.compile(r"(?:[01]?\d|2[0-3]):[0-5]\d\s+(?![AaPp]\.?[Mm]\b|[A-Z]{2,4}\b)(?=[A-Z\"'‘“])")   # (not "3:45 PM", "19:00 CET")


def _compared_with_plan(c: _Clauses, k: int) -> int | None:
    """When segment k is a length compared with a plan ("..., nine years later than planned", "and
    six years later than planned", "two months behind schedule"), the clause it is said of: the
    nearest clause before it with a verb, past a clause of time ("twelve years after construction
    began") and the comma that opened it; None otherwise (the headline was "Than planned")."""
    toks, segs = c.toks, c.segs
    s = segs[k]
    if k == 0 or not (s.a <= c.i0 and c.i1 <= s.b):
        return None
    words = [i for i in range(c.i1, s.b) if c._word(i)]
    if not words:
        return None
    lows = [toks[i].low for i in words]
    if not (lows[:2] in (["behind", "schedule"], ["ahead", "of"]) or (
            len(lows) >= 2 and lows[0] in _COMPARED and lows[1] == "than"
            and len(lows) <= 4 and lows[-1] in _PLANNED)):
        return None
    if any(c._word(i) and not c.in_expr[i] and toks[i].low not in ("and", "but", "some", "about", "almost", "nearly")
           for i in range(s.a, c.i0)):
        return None      # (a clause of its own before the length)
    j = k - 1
    while j >= 0:
        g = segs[j]
        if g.kind == "sub" or (not g.verb and g.kind == "comma"):
            j -= 1
            continue
        return j if g.verb and not g.frame else None
    return None


_COMPARED = frozenset(("later", "earlier", "sooner", "longer", "shorter", "late", "early"))
_PLANNED = frozenset(("planned", "expected", "scheduled", "forecast", "promised", "hoped", "intended", "budgeted",
                      "estimated", "originally", "initially", "first", "anticipated", "predicted", "envisaged"))


def _relative_owner(c: _Clauses, np: int) -> str | None:
    """Whose the happening a relative clause's noun names is, when the noun is "a ..." right after a
    verb or "-ing" word of which the sentence's subject, a name, is the doer ("Castleford have
    signed Moreau, ending a pursuit that began in May", "Castlegate Group has won control ...,
    ending a takeover battle that began in June"): that name, else None."""
    toks, lex = c.toks, c.lex
    if np < 1 or toks[np].low not in ("a", "an"):
        return None
    v = np - 1
    if not (c.finite[v] or (toks[v].low.endswith("ing") and toks[v].low not in lex["non_result_participles"])):
        return None
    g = c.segs[0]
    f = c.first_finite(g.a, g.b)
    if g.kind != "start" or f is None or g.frame:
        return None
    span = c._trim(g.a, f)
    if span is None:
        return None
    words = [toks[i] for i in range(*span) if c._word(i)]
    if not 1 <= len(words) <= 4 or any(c.in_expr[span[0]:span[1]]) or not all(t.raw[:1].isupper() for t in words) \
            or words[0].low in lex["determiners"] or words[0].low in lex["subject_pronouns"] \
            or words[0].low in lex["not_name_words"]:
        return None
    if v != f and not any(c.segs[j].a <= v < c.segs[j].b and (j == 0 or c.segs[j].kind == "comma")
                          for j in range(len(c.segs))):
        return None      # (the verb of another clause: "after shareholders voted to accept a bid that ...")
    return c.text[toks[span[0]].s:toks[span[1] - 1].e]


_ASIDE_ADVERBS = frozenset(("last", "first", "once", "originally", "later", "recently", "formerly", "previously"))


def _named_before_participle(c: _Clauses, k: int) -> str | None:
    """A participle aside after a name ("the return of Halley's Comet, last seen in 1986, when ...",
    "..., Sweden's oldest bridge, built in 1836"): the name and "was" ("Halley's Comet was"), for a
    headline that says whose the participle is. Only a comma segment without a finite verb but its
    participle, opened by it (after an adverb such as "last"), after a segment that ends on a name
    of two to four capitalised words; None otherwise."""
    seg = c.segs[k]
    toks = c.toks
    if seg.kind != "comma" or k == 0:
        return None
    f = c._first_word(seg)
    if f is None:
        return None
    p = f + 1 if toks[f].low in _ASIDE_ADVERBS else f
    if p >= seg.b:
        return None
    w = toks[p].low
    if not (w in c.lex["participle_openers"] or (w.endswith(("ed", "en", "wn")) and toks[p].raw.islower())):
        return None
    if any(c.finite[i] for i in range(p + 1, seg.b) if not c.in_expr[i]):
        return None
    prev = c.segs[k - 1]
    e = prev.b
    while e > prev.a and not c._word(e - 1):
        e -= 1
    s0 = e
    while s0 > prev.a and toks[s0 - 1].raw[:1].isupper() and c._word(s0 - 1):
        s0 -= 1
    if not 2 <= e - s0 <= 4 or s0 == prev.a:
        return None       # no name, or the name is the whole clause before (its subject: the clause's own rule)
    return c.text[toks[s0].s:toks[e - 1].e] + " was"


_NOUN_PHRASE_PREPS = frozenset(("on", "of", "about", "over", "into", "to", "with", "for", "from", "after", "before",
                                "since", "during", "in", "at", "by", "until"))
_NOT_NOUNS = frozenset(("via", "per", "than", "as", "like", "near", "across", "through", "under", "against",
                        "without", "within", "between", "among", "around", "toward", "towards", "current", "then"))


_AMOUNT_PRONOUNS = frozenset(("it", "they", "he", "she", "we"))
_AMOUNT = re.compile(r"\d[\d,.]*(?:m|bn|k|%)?")


def _zero_relative(c: _Clauses) -> tuple[str, int, int] | None:
    """The expression in a relative clause without "that" after an amount ("the £29m Westbrook
    paid for the midfielder in January 2022", "against the £120m it forecast in July", "the 40
    jobs it cut in March"): the headline is that clause with its amount as the object ("Westbrook
    paid £29m for the midfielder", "It forecast £120m"), not the main clause, which happened at
    another time. Only: a determiner, an amount (a number, its currency), at most two lower-case
    words, a subject (a pronoun or one to three capitalised words) and its finite verb, then words
    up to the expression; None otherwise."""
    toks, lex = c.toks, c.lex
    i0, i1 = c.i0, c.i1
    v = None
    for x in range(i0 - 1, max(0, i0 - 9), -1):      # the verb of the expression's clause, words between
        if not c._word(x):
            return None
        if c.finite[x]:
            v = x
            break
    if v is None or v < 3:
        return None
    s0 = v - 1
    if toks[s0].low not in _AMOUNT_PRONOUNS:
        if not toks[s0].raw[:1].isupper():
            return None
        while s0 - 1 > 0 and toks[s0 - 1].raw[:1].isupper() and v - s0 < 3:
            s0 -= 1
    if any(toks[x].low.rstrip(".") in lex["calendar_words"] and (toks[x - 1].raw[:1].isdigit() or toks[x - 1].low in (
            "on", "the", "of", "by", "last", "next", "this") or toks[x + 1].raw[:1].isdigit()) for x in range(s0, v)):
        return None         # ("On the 14 September Austria sent": a date, no amount; but "the 28,000 systems
        # Sun shipped": a name)
    m = s0 - 1          # the amount, maybe a noun or two after it ("the 40 jobs it cut")
    nouns = 0
    while m > 0 and nouns < 2 and toks[m].raw.isalpha() and toks[m].raw.islower() and not c.finite[m] \
            and toks[m].low not in lex["determiners"] and toks[m].low not in lex["time_prepositions"]:
        m -= 1
        nouns += 1
    if not _AMOUNT.fullmatch(toks[m].low):
        return None         # (no amount: "the 2nd so we may need to cancel" is a date)
    a = m - 1 if m > 0 and toks[m - 1].raw in "£$€" else m
    if a < 1 or toks[a - 1].low not in ("the", "a", "an"):
        return None
    e = i1          # the end of the relative clause: a clause mark, a finite verb or a coordinator
    while e < len(toks) and c._word(e) and not c.finite[e] and toks[e].low not in lex["coordinators"]:
        e += 1
    drop0 = i0 - 1 if toks[i0 - 1].low in lex["time_prepositions"] else i0
    rest = c.text[toks[v + 1].s:toks[drop0 - 1].e] if drop0 > v + 1 else ""
    after = c.text[toks[i1].s:toks[e - 1].e] if e > i1 else ""
    phrase = " ".join(p for p in (c.text[toks[s0].s:toks[v].e], c.text[toks[a].s:toks[s0 - 1].e], rest, after) if p)
    return cut(_tidy(phrase)), toks[a - 1].s, toks[e - 1].e


def _date_named_noun(c: _Clauses) -> tuple[str, int, int] | None:
    """A date that names a happening as a noun's modifier after a preposition ("an exhibition on
    the 1839 storm", "since the 2008 crash"): (the noun phrase, its span) -- "The 1839 storm", the
    event the date is of, not the clause around it ("the trust will open an exhibition", which
    happens another day). None when the date is no such modifier or the phrase is the clause's
    subject ("The 2019 election was won by Labour": the clause is its event)."""
    toks, lex = c.toks, c.lex
    i0, i1 = c.i0, c.i1
    if i0 < 2 or i1 >= len(toks) or toks[i0 - 1].low != "the" or toks[i0 - 2].low not in _NOUN_PHRASE_PREPS:
        return None
    if not any(ch.isdigit() for t in toks[i0:i1] for ch in t.raw) and \
            not any(t.low.rstrip(".") in lex["calendar_words"] for t in toks[i0:i1]):
        return None       # a date, not "the then current price"
    j = i1
    while j < len(toks) and j < i1 + 3:
        t = toks[j]
        w = t.low
        if not (t.raw.isalpha() and t.raw.islower()) or c.finite[j] or w in lex["determiners"] \
                or w in _NOUN_PHRASE_PREPS or w in lex["coordinators"] or w in lex["subordinators"] \
                or w in lex["relatives"] or w in lex["time_nouns"] or w in lex["time_prepositions"] or w in _NOT_NOUNS:
            break
        j += 1
    if j == i1 or (j < len(toks) and toks[j].raw.isalpha() and toks[j].raw.islower()
                   and toks[j].low not in _NOUN_PHRASE_PREPS and toks[j].low not in lex["coordinators"]
                   and toks[j].low not in _NOT_NOUNS and not c.finite[j]):
        return None       # no noun after it, or a longer phrase than a few words
    if toks[j - 1].low in lex["period_units"] and toks[i0 - 2].low in ("in", "during"):
        return None       # "scored 31 in the 1968-69 season": the time of the clause, no happening
    phrase = c.text[toks[i0 - 1].s:toks[j - 1].e]
    return cut(_tidy(phrase)), toks[i0 - 1].s, toks[j - 1].e


def _relative_that(c: _Clauses, a: int, b: int) -> tuple[int, int, int] | None:
    """When the expression belongs to a relative clause "that" opens after a noun ("was jailed for a
    fraud that ran from 2014 to 2019", "the bridge that collapsed on Monday had been inspected"):
    (the first token of the noun phrase, the "that", the end of the relative clause: the next
    finite verb after the expression, the main clause's, or ``b``), so the headline is the relative
    clause's ("A fraud ran", "The bridge collapsed"), not the main clause's, which happened at
    another time. Only a "that" right before a finite verb, after a lower-case noun that a
    determiner opens at most four words back, and no other finite verb between it and the
    expression; None otherwise."""
    toks, lex = c.toks, c.lex
    i0 = c.i0
    for r in range(min(i0, b) - 1, a + 1, -1):
        if toks[r].low != "that":
            continue
        if not (r + 1 < i0 and c.finite[r + 1]) or any(c.finite[r + 2:i0]):
            return None
        n = r - 1
        if not (c._word(n) and toks[n].raw.islower() and not c.finite[n] and toks[n].low not in lex["reporting_verbs"]
                and toks[n].low not in lex["time_nouns"]):
            return None
        for d in range(n - 1, max(a, n - 4) - 1, -1):
            if c.finite[d] or not c._word(d):
                return None
            if toks[d].low in lex["determiners"]:
                end = next((j for j in range(c.i1, b) if c.finite[j] and not c.in_expr[j]), b)
                return d, r, end
        return None
    return None


_MAIN_AFTER_WORDS = 14   # a main clause said with it at most this long


_NOT_A_NOUN_END = frozenset(("it", "she", "he", "they", "we", "i", "you", "that", "this", "there", "either", "so",
                             "also", "still", "not", "what", "who"))
_CLAUSE_WORDS = frozenset(("where", "when", "how", "which", "who", "what", "why", "believing", "whether", "if"))
#: the letters ``_COPULA_TAIL`` can end on ("$" is also before a last newline; re.I: "ſ" is an "s")
_COPULA_LAST = frozenset("sSſeE")
_COPULA_TAIL = re.compile(r"\s+(?:(?:will|would|could|may|might|should|must|is to|are to|was to|were to)\s+be|is|are|was|were)$",
                          re.I)


def _without_bare_copula(body: str) -> str:
    """"The next council elections are [in May 2026]": the date was all the verb "be" said, so the
    headline is the noun phrase ("The next council elections"), not a clause stopped mid-way. Only
    when at least two words stay."""
    if (body[-2:-1] if body[-1:] == "\n" else body[-1:]) not in _COPULA_LAST:
        return body      # (the pattern's words all end so: a search of every space in the body spared)
    m = _COPULA_TAIL.search(body)
    if m is None:
        return body
    words = body[:m.start()].lower().split()
    if len(words) < 2 or words[-1] in _NOT_A_NOUN_END or any(w in _CLAUSE_WORDS for w in words):
        return body      # ("Last time she was", "How many shares will be", "... where the fighting was")
    return body[:m.start()]


_QUOTE_WORDS = 12       # a quotation a clause ends on is said with it when it has at most this many words


def _quote_after(c: _Clauses, k: int, body: str) -> str | None:
    """A clause that stops where a quotation its verb needs begins ("the player was | "not for sale
    at any price"", "rejected it as | "opportunistic""): the clause with the quotation, quoted
    ("The player was "not for sale at any price""), not a clause that says nothing ("The player
    was"). Only when the clause ends on a form of "be", a linking verb or "as", right before a
    quotation of at most _QUOTE_WORDS words that holds no other clause mark; None otherwise."""
    toks, segs = c.toks, c.segs
    last = body.rsplit(None, 1)[-1].lower() if body else ""
    if last not in _BE_FORMS and last not in ("be", "been", "being", "as", "seemed", "looked", "became", "remained",
                                              "sounded", "felt"):
        return None
    if k + 2 >= len(segs) or segs[k + 1].kind != "quote" or segs[k + 2].kind != "quote":
        return None
    opening, inner = segs[k + 1], segs[k + 2]
    if not (opening.b - opening.a == 1 and toks[opening.a].raw in _QUOTES):
        return None
    words = [i for i in range(inner.a, inner.b) if c._word(i)]
    if not 1 <= len(words) <= _QUOTE_WORDS or any(c.in_expr[inner.a:inner.b]) \
            or not (k + 3 < len(segs) and toks[segs[k + 3].a].raw in _QUOTES):
        return None
    said = c.text[toks[inner.a].s:toks[inner.b - 1].e].strip().rstrip(",.;:")
    return f"{body} \u201c{said}\u201d"


_REDUCED_BACK = 4       # words from a participle to the expression it holds
_NOT_REDUCED = frozenset(("ended", "ending", "closed", "finished", "started", "lasted", "died"))
_PARTICIPLE_PREPS = frozenset(("in", "at", "on", "by", "for", "from", "to", "with", "during", "under", "over", "near",
                               "into", "across", "since", "before", "after", "until", "last", "this", "next", "early",
                               "late"))


def _reduced_relative(c: _Clauses) -> str | None:
    """The expression ends a participle phrase that follows, without a comma, the noun it is said
    of, and that noun is an object ("beating the record set in China last month by more than four
    minutes", "bought a house built in 1920"): the date is the participle's, so is the headline,
    the noun with its phrase ("The record set in China", "A house built"), not the clause around
    the noun. Only a
    past participle (-ed or a listed one) within _REDUCED_BACK words before the expression, no
    other date word, verb or mark between, after "the"/"a"/"an"/a possessive and at most three
    words, after a verb or a preposition (the noun is no subject)."""
    toks, lex, i0 = c.toks, c.lex, c.i0
    if not c.first_in_expr:
        return None
    cal = lex["calendar_words"]
    p = None
    for i in range(i0 - 1, max(0, i0 - _REDUCED_BACK) - 1, -1):
        t = toks[i]
        if not c._word(i) or t.raw[0].isdigit() or t.low.rstrip(".") in cal or t.low in lex["determiners"] \
                or t.low in lex["possessive_determiners"]:
            return None
        if t.raw[0].islower() and (t.low.endswith("ed") or t.low in lex["irregular_participles"]
                                   or (t.low in lex["participle_openers"] and t.low not in _ASIDE_ADVERBS)):
            p = i
            break
    if p is None or p < 2 or toks[p].low in _NOT_REDUCED:
        return None
    if p + 1 < i0 and toks[p + 1].low not in _PARTICIPLE_PREPS:
        return None      # ("these issues made gains", "was told customers"): a verb with its object
    n = p - 1
    if not (c._word(n) and toks[n].raw[0].islower() and toks[n].low not in lex["determiners"]
            and toks[n].low not in lex["relatives"]
            and toks[n].low not in lex["subject_pronouns"] and not c.finite[n] and toks[n].low not in _NOUN_PHRASE_PREPS):
        return None
    d = next((x for x in range(n - 1, max(0, n - 4) - 1, -1) if toks[x].low in ("the", "a", "an")
              or toks[x].low in lex["possessive_determiners"]), None)
    if d is None or d == 0 or not all(c._word(x) and not c.finite[x] and toks[x].low not in lex["determiners"]
                                      for x in range(d + 1, n + 1)):
        return None
    before = toks[d - 1]
    if not c._word(d - 1) or before.low in lex["subordinators"] or before.low in lex["comma_subordinators"] \
            or before.low in _NOUN_PHRASE_PREPS or before.low in _NOT_NOUNS:
        return None      # (after a preposition the participle may be a noun's further back: "an outage in
        # your area reported at 7:52", "photographs of the mill taken a century ago")
    seg = c.segs[c.home]
    if not (before.low.endswith("ing") or any(c.finite[x] for x in range(seg.a, d))):
        return None      # ("Work on the new hospital started in 2021": the clause's own verb, no other before)
    e = i0
    while e > p + 1 and toks[e - 1].low in lex["time_prepositions"]:
        e -= 1
    noun = c.text[toks[d].s:toks[n].e]
    if toks[d].low in ("the", "a", "an"):
        noun = toks[d].low + noun[len(toks[d].raw):]
    said = c.text[toks[p].s:toks[e - 1].e]
    return _tidy(f"{noun} {said}")


def _object_relative(c: _Clauses, k: int, first_w: int, body: str) -> str | None:
    """The headline of a relative clause whose subject is a name ("an offer of 180p a share,
    which Brightwell's board rejected two days later"): the clause with the noun it is said of
    after its verb ("Brightwell's board rejected an offer of 180p a share"), not the clause alone
    ("Brightwell's board rejected as"). None when the noun or the verb is not found."""
    ant = c.antecedent_before(k)
    if ant is None:
        return None
    toks = c.toks
    seg = c.segs[k]
    v = next((i for i in range(first_w + 1, min(seg.b, first_w + 6)) if c.finite[i]), None)
    if v is None:
        return None
    at = body.find(" " + toks[v].raw)
    if at < 0:
        return None
    at += 1 + len(toks[v].raw)
    noun = c.text[toks[ant[0]].s:toks[ant[1] - 1].e]
    if toks[ant[0]].low in ("the", "a", "an"):
        noun = toks[ant[0]].low + noun[len(toks[ant[0]].raw):]
    rest = _without_dangling(body[at:].strip())
    return _tidy(f"{body[:at]} {noun} {rest}")


def _main_after(c: _Clauses, k: int, np: int, body: str) -> str | None:
    """A relative clause's headline that says only its noun and verb ("A recount ran", from "Ruth
    Adebayo has been elected mayor of Harbourside, beating the sitting mayor by 412 votes, after a
    recount that ran into the early hours of Saturday"), when its noun follows "after" or
    "following": the main clause happened when that ended, and says what was counted: "Ruth Adebayo
    has been elected mayor of Harbourside after a recount". Only when the date ends the noun's
    happening ("ran into", "lasted until": ``lasting_verbs``), and a main clause (the sentence's
    first segment, with a finite verb and a subject before it, no other segment's words) of at
    most _MAIN_AFTER_WORDS words; None otherwise."""
    toks = c.toks
    if k == 0 or np < 1 or toks[np - 1].low not in ("after", "following"):
        return None
    r = next((i for i in range(np, min(c.n, np + 6)) if toks[i].low == "that"), None)
    if r is None or r + 1 >= c.n or toks[r + 1].low not in c.lex["lasting_verbs"] \
            or not (c.i0 > 0 and toks[c.i0 - 1].low in ("into", "until", "till", "to", "through")):
        return None      # the noun's end, which the main clause followed: "... ran into", "lasted until"
    noun = c.text[toks[np].s:toks[r - 1].e]
    if _tidy(body).lower() != _tidy(f"{noun} {toks[r + 1].raw}").lower():
        return None      # the relative clause says more than its noun and verb
    g = c.segs[0]
    if g.kind != "start" or not g.verb or g.frame or g.aside:
        return None
    v = c.first_finite(g.a, g.b)
    span = c._trim(g.a, g.b)
    if v is None or span is None or v == span[0] or any(c.in_expr[span[0]:span[1]]) \
            or sum(1 for i in range(*span) if c._word(i)) > _MAIN_AFTER_WORDS:
        return None
    if any(toks[i].low in c.lex["subject_pronouns"] for i in range(span[0], v)):
        return None      # ("He was elected after a recount": whose, the headline cannot say)
    cal, nouns = c.lex["calendar_words"], c.lex["time_nouns"]
    if any(toks[i].low.rstrip(".") in cal or toks[i].low in nouns or _YEAR.fullmatch(toks[i].raw)
           for i in range(*span)):
        return None      # ("The budget passed on Saturday after a debate that ran ..."): a date of its own
    main = c.text[toks[span[0]].s:toks[span[1] - 1].e]
    return _tidy(f"{main} {toks[np - 1].low} {noun[:1].lower()}{noun[1:]}")


_CHANGE_WORDS = frozenset(("up", "down", "rising", "falling", "unchanged"))
_CHANGE_REACH = 10       # words from the "from" of "down from 36%" to the expression


def _changed_from(c: _Clauses) -> tuple[str, int, int] | None:
    """The expression ends a phrase after a comma that says what a figure was before ("Turnout
    was 31%, down from 36% at the last election in May 2020"; "Prices rose 6.8%, the office said,
    up from 6.4% in July"): the date is the base of the change, and the clause before it (not a
    reporting frame) with that phrase is the headline ("Turnout was 31%, down from 36% at the last
    election in May 2020"), not the clause alone, which happened at another time, nor the frame.
    Likewise a phrase "including ..." that the expression ends: the clause before and the phrase
    without the expression. None for any other expression."""
    toks, lex, segs = c.toks, c.lex, c.segs
    k = c.home
    s = segs[k]
    f = c._first_word(s)
    if s.kind != "comma" or f is None or c.i0 - f > _CHANGE_REACH:
        return None
    if toks[f].low == "compared" and f + 1 < c.i0 and toks[f + 1].low in ("with", "to"):
        if any(c.finite[f + 1:c.i0]):
            return None     # ("compared with" opens the phrase: no verb of its own)
    elif toks[f].low != "including" and (s.verb or any(c.finite[f:c.i0])):
        return None     # (an "including" phrase is a noun's: "a 3-1 win" in it is no verb)
    if toks[f].low == "including" and f + 1 < c.i0:
        # "Ashford won seven games in a row, including a 3-1 win at Rovers on New Year's Day": one of
        # the clause's happenings, on its own date ("Ashford won seven games in a row, including a
        # 3-1 win at Rovers"), the expression and its prepositions left out
        end = c.i0
        while end - 1 > f + 1 and toks[end - 1].low in lex["time_prepositions"]:
            end -= 1
        if c.i1 < s.b and c._word(c.i1):
            return None     # (more after the expression: not this simple shape)
    elif f + 1 < c.i0 and ((toks[f].low in _CHANGE_WORDS and toks[f + 1].low == "from") or toks[f].low == "against"
                           or (toks[f].low == "compared" and toks[f + 1].low in ("with", "to"))):
        # (and "Reservoir levels are at 68%, against 79% at this time last year", "..., compared with
        # 36% in 2021": the figure the date is the base of)
        end = s.b         # (to the phrase's end: "up from last year's $2.2 billion", not "up from last year's")
        while end > c.i1 and not c._word(end - 1) and toks[end - 1].raw not in ")%":
            end -= 1
    else:
        return None

    def reports(g: _Seg) -> bool:    # ", the statistics office said on Wednesday,": a frame between
        v = c.first_finite(g.a, g.b)
        return g.frame or (g.kind == "comma" and v is not None and toks[v].low in lex["reporting_verbs"])

    j = k - 1
    while j >= 0 and (reports(segs[j]) or segs[j].aside or not segs[j].verb) and segs[j].kind not in ("start", "strong"):
        j -= 1
    if j < 0 or not segs[j].verb or reports(segs[j]):
        return None
    m = segs[j]
    a = c._first_word(m)
    e = m.b
    while e > a and not c._word(e - 1) and toks[e - 1].raw not in ")%":
        e -= 1
    start = _strip_leading(c, a, e, [])
    if start >= e:
        return None
    phrase = _tidy(c.text[toks[start].s:toks[e - 1].e] + ", " + c.text[toks[f].s:toks[end - 1].e])
    if len(phrase) > MAX_CHARS:
        return None      # (too long to say both: the clause alone, as before)
    return phrase[:1].upper() + phrase[1:], toks[s.a].s, toks[s.b - 1].e


_COMPARE_BEFORE = frozenset(("than", "compared", "versus", "vs"))
_BOUND_COMPARATIVES = frozenset(("soon", "early", "earlier", "late", "later", "sooner", "recently", "long", "before",
                                 "after", "more", "less", "fewer"))


def _comparison_tail(c: _Clauses, k: int) -> str | None:
    """When the expression is the base of a comparison ("twice as many as in 2019", "higher than
    last year", "compared with 2019", "levels last seen in 2008"), the words that say so, the
    expression kept: a headline without them would date the clause's fact to the year it is
    compared with. In the
    expression's own clause (``k`` the target): the clause from its start; in a phrase after it:
    that phrase. None for any other expression."""
    toks = c.toks
    i = c.i0
    j = i - 1
    while j >= 0 and toks[j].low in ("in", "on", "at", "during", "with", "to", "the"):
        j -= 1
    if j < 0:
        return None
    w = toks[j].low
    if not (w in _COMPARE_BEFORE or (w == "as" and j >= 2 and toks[j - 2].low == "as")
            or (w == "seen" and j >= 2 and toks[j - 1].low in ("last", "not", "never")
                and toks[j - 2].low in c.lex["base_nouns"])):
        return None     # ("climbed to levels last seen in 2008": the year they are compared with; not
        # "Halley's Comet, last seen in 1986", which was seen then)
    if j >= 1 and toks[j - 1].low in _BOUND_COMPARATIVES:
        return None      # "as soon as June", "no earlier than March": a bound, not a comparison
    home = c.segs[c.home]
    a = home.a if c.home != k else c.segs[k].a
    if c.home != k:
        while a < i and not c._word(a):
            a += 1
    a = min(_strip_leading(c, a, i, []), i)     # "As yields climbed to levels last seen in 2008": no "As"
    return c.text[toks[a].s:toks[c.i1 - 1].e]


def _main_subject_person(c: _Clauses, k: int, pron: int) -> str | None:
    """For a pronoun opening the subordinate clause k: the person's name that is the subject of the
    sentence's main clause, when no other capitalised word stands between them ("Tom Hale thanked
    Anna Berg after she won" keeps "she")."""
    main = next((j for j in range(k) if c.segs[j].verb and not c.segs[j].frame and not c.segs[j].aside), None)
    if main is None:
        return None
    name = _person_subject(c, c.segs[main], False)
    v = c.first_finite(c.segs[main].a, c.segs[main].b)
    if name is None and v is not None and v == c._first_word(c.segs[main]) and (span := c.subject_before(main)):
        # "Martin Crane, 58, ran the fund from 2009 until he was suspended": the subject before an aside
        name = _name_in(c, span)
    if name is None or v is None:
        return None
    toks = c.toks
    in_named = False     # a capitalised run after "the" names a thing ("the Westmere Council Pension Fund")
    for i in range(v, pron):
        if not toks[i].raw[0].isupper():
            in_named = toks[i].low in ("the", "a", "an") or (in_named and toks[i].low == "of")
            continue
        if not in_named and toks[i].low not in c.lex["not_name_words"]:
            return None
    return name


def _person_subject(c: _Clauses, f: _Seg, reporting: bool) -> str | None:
    """The person's name that is the subject of a clause (of a reporting frame: "Prime Minister Anna
    Berg said" -> "Anna Berg"), or None when the subject is no name ("The club said")."""
    toks, lex = c.toks, c.lex
    r = next((i for i in range(f.a, f.b) if c.finite[i] and (
        not reporting or toks[i].low in lex["reporting_verbs"])), None)
    return _name_in(c, c._trim(f.a, r) if r is not None else None)


def _name_in(c: _Clauses, span: tuple[int, int] | None) -> str | None:
    """The person's name the tokens ``span`` are (titles left out), or None."""
    toks, lex = c.toks, c.lex
    if span is None:
        return None
    words = [toks[i] for i in range(*span) if c._word(i)]
    names = [t for t in words if t.low.rstrip(".") not in lex["name_titles"]]
    if not (1 <= len(names) <= 4) or words[0].low in lex["determiners"] or any(
            not t.raw[0].isupper() or t.low in lex["not_name_words"] or t.low.endswith("'s") for t in names):
        return None
    return " ".join(t.raw for t in names)


def _with_result(c: _Clauses, seg: _Seg, k: int, body: str) -> str:
    """The clause with a trailing result participle phrase, when the whole fits a headline:
    "A car bomb exploded in Kabul on Monday, killing 12 people." keeps "killing 12 people"."""
    if k + 1 >= len(c.segs) or c.segs[k + 1].a != seg.b:
        return body
    nxt, toks = c.segs[k + 1], c.toks
    f = c._first_word(nxt)
    if nxt.kind != "comma" or nxt.verb or f is None or any(c.in_expr[nxt.a:nxt.b]):
        return body
    w, lex = toks[f].low, c.lex
    if w not in lex["result_participles"] and not (
            len(w) > 5 and w.endswith("ing") and w not in lex["reporting_participles"]
            and w not in lex["non_result_participles"]):
        return body
    b = nxt.b
    while b > f and not c._word(b - 1) and toks[b - 1].raw not in ")’'%":
        b -= 1
    extra = _tidy(c.text[toks[f].s:toks[b - 1].e])
    extra = extra[:1].lower() + extra[1:]
    return f"{body}, {extra}" if len(body) + 2 + len(extra) <= MAX_CHARS else body


def _plural(words: list[_Tok], lex: dict) -> bool:
    """A subject taking "were": they/we/you, or a common noun ending in -s ("the troops")."""
    if not words:
        return False
    last = words[-1]
    if last.low in ("they", "we", "you", "people", "police", "children", "men", "women"):
        return True
    return last.raw[0].islower() and last.low.endswith("s") and not last.low.endswith(("ss", "us", "is"))


def _pronoun_is_speaker(pronoun: str, words: list[_Tok], lex: dict) -> bool:
    """Does the subject ``pronoun`` of a reported clause surely stand for the frame's subject
    ``words``, so that the speaker may take its place? Only "it" or "they" of an institution
    speaking of itself ("The firm said it had fixed the flaw", "Officials said they had found the
    plane", "Harbor Foods said it had agreed": a company's name), not of a report or a
    spokesman ("The report said it ..."), nor "it" of a person's name ("Lena Park said it was"), of a plural
    ("Police said it had been stolen": the thing stolen). Never "he"/"she": the app knows no
    genders, and "Judge Helen Marsh said he would not be eligible for parole" is about the man
    she sentenced."""
    if not words or pronoun not in ("it", "they"):
        return False
    last = words[-1].low
    if last in lex["not_self_nouns"]:
        return False
    company = len(words) >= 2 and last in lex["company_words"] and all(w.raw[:1].isupper() for w in words)
    if pronoun == "it":
        return company or (last in lex["institution_nouns"] and not _plural(words, lex))
    # the head noun: the words before a preposition ("Scientists in Chile"); a common noun in the
    # plural ("Engineers", capitalised as the sentence's first word)
    head = next((i for i, w in enumerate(words) if w.low in ("in", "at", "from", "of", "for", "with")), len(words))
    h = words[head - 1] if head else words[-1]
    plural = head == 1 and h.low.endswith("s") and not h.low.endswith(("ss", "us", "is", "'s")) and len(h.low) > 4
    return company or last in lex["institution_nouns"] or _plural(words, lex) or plural or (
        head and _plural(words[:head], lex))


def _pronoun_fits(pronoun: str, words: list[_Tok], lex: dict) -> bool:
    """May ``pronoun`` (the subject of a reported clause) stand for the frame's subject ``words``?
    "The senator said she ..." yes; "The club said she ..." no (a spokesman, a study: no either)."""
    if pronoun in ("he", "she"):
        return bool(words) and words[-1].low not in lex["institution_nouns"] and not _plural(words, lex)
    return True


_SENT_END = frozenset(".!?")     # a token that is one of these ends a sentence
_PRONOUN_OPENING = re.compile(r"(he|she|his|her)\b", re.I)
_PLURAL_OPENING = re.compile(r"(they|their)\b", re.I)
_DANGLING_WORDS = ("to", "for", "of", "by", "at", "in", "on", "from", "until", "till", "with", "into", "since", "during", "as",
                  "every")
_DANGLING_COORDINATORS = ("and", "or", "but", "nor")
_DANGLING_PREP = re.compile(r"(?:,?\s+(?:%s))+$" % "|".join(_DANGLING_WORDS + _DANGLING_COORDINATORS), re.I)


def _without_dangling(body: str) -> str:
    """``body`` without the prepositions and coordinators it ends on ("... on the island of
    Sphacteria and", "sentenced to"), unless that leaves nothing; the pattern is tried only when
    the last word can be one (an ASCII word not in the lists cannot)."""
    words = body.rsplit(None, 1)
    last = words[-1] if words else ""
    if last.isascii() and last.lower() not in _DANGLING_WORDS and last.lower() not in _DANGLING_COORDINATORS:
        return body
    return _DANGLING_PREP.sub("", body) or body


_GROUP_SPEAKERS = frozenset(("family", "relatives", "friends", "parents", "police", "officials", "colleagues",
                             "lawyers", "doctors", "neighbours", "neighbors", "fans", "supporters", "staff"))
_ROMAN = re.compile(r"[IVXLC]+")    # "Henry VII", "Pope Julius II": a person's numeral, no acronym


def _name_runs(toks: list[_Tok], lex: dict, known: dict[str, str]) -> list[tuple[str, bool]]:
    """Person names in a sentence's tokens: (full name, possessive). A run of capitalised words
    without titles ("Former coach Dana Whitfield" -> "Dana Whitfield"); places after "in", "to",
    "from" ... are left out; a single word counts only as the surname of a name seen before."""
    out, i, n = [], 0, len(toks)
    while i < n:
        if not (toks[i].raw[0].isupper() and toks[i].raw[0].isalpha()):
            i += 1
            continue
        j = i
        while j < n and toks[j].raw[0].isupper() and toks[j].raw[0].isalpha():
            j += 1
        run = [t for t in toks[i:j] if t.low.rstrip(".") not in lex["name_titles"]]
        place = i > 0 and (toks[i - 1].low in lex["place_prepositions"] or toks[i - 1].raw in _QUOTES)
        if run and not place and not any(t.low.removesuffix("'s") in lex["not_name_words"] for t in run):
            poss = run[-1].low.endswith("'s")
            words = [t.raw.removesuffix("'s").removesuffix("’s") for t in run]
            if len(words) >= 2 and len(words) <= 4 and not (words[-1].isupper() and len(words[-1]) >= 2
                                                             and not _ROMAN.fullmatch(words[-1])):
                out.append((" ".join(words), poss))     # (not "Reform UK", "Sky News UK": an organisation)
            elif len(words) == 1 and words[0] in known:
                out.append((known[words[0]], poss))
        i = j
    return out


def _named_antecedent(text: str, s0: int, pronoun_at: int, pronoun: str,
                      lookback: _Lookback | None = None) -> str | None:
    """The person a sentence-initial "He"/"She" stands for: the one name in the nearest of the
    three sentences before (within 1,200 characters, so the look-back is bounded) that names a
    person, when nothing makes it doubtful: no second name there or before the pronoun in its own
    sentence, no possessive ("Tom Reed's lawyer. He appealed"), no pronoun of the other gender
    in between. None when unsure: a wrong name is worse than "He". ``lookback``: the document's
    (``headline_rows``), whose tokens are kept from one pronoun to the next."""
    if lookback is not None:
        lookback.used = True    # (what it reads lies before the sentence: see _HEADLINE_MEMO)
    lex = _lex()
    w0 = max(0, s0 - 1200)
    toks = lookback.tokens(w0, pronoun_at) if lookback is not None else _tokens(text, w0, pronoun_at)
    if w0 > 0:      # the window starts mid-sentence: from its first sentence end on
        first = next((i for i, t in enumerate(toks) if t.raw in _SENT_END), len(toks))
        toks = toks[first + 1:]
    k = len(toks)   # (in text order: those of its own sentence last)
    while k and toks[k - 1].s >= s0:
        k -= 1
    own, before = toks[k:], toks[:k]
    sents, a = [], 0
    for i in [i for i, t in enumerate(before) if t.raw in _SENT_END]:
        if not (i and before[i - 1].low in _ABBREV):
            sents.append(before[a:i + 1])
            a = i + 1
    if a < len(before):
        sents.append(before[a:])
    known: dict[str, str] = {}
    for st in sents:
        for name, _p in _name_runs(st, lex, known):
            known.setdefault(name.split()[-1], name)
    if _name_runs(own, lex, known) or any(t.raw in _QUOTES for t in own):
        return None      # a name before the pronoun in its own sentence, or a pronoun in a quote
    rep = next((i for i, t in enumerate(own) if t.low in lex["reporting_verbs"]), None)
    if rep is not None and own[:rep] and own[0].low in ("its", "their", "the", "a", "an") and not any(
            t.low in lex["institution_nouns"] or t.low in lex["company_words"] or t.low in _GROUP_SPEAKERS
            for t in own[:rep]):
        return None      # "Its candidate, a retired bus driver, said she had ...": she is the speaker
    other = "she" if pronoun == "he" else "he"
    others = {other, "her" if other == "she" else "him", "his" if other == "he" else "hers"}
    for k, st in enumerate(reversed(sents[-3:])):
        runs = _name_runs(st, lex, known)
        if not runs:
            continue
        later = [t.low for s in sents[len(sents) - k:] for t in s] + [t.low for t in st] + [t.low for t in own]
        if any(p for _n, p in runs) or len({n for n, _p in runs}) != 1 or others & set(later):
            return None
        return runs[0][0]
    return None


def _owner_subject(c: _Clauses, j: int, at: int) -> str | None:
    """The subject of clause segment ``j`` -- the words before its first finite verb, a noun phrase
    of at most five words with no pronoun, no number and no second noun phrase joined by "and" --
    when the possessive at token ``at`` (after that verb) is its own ("The jury took two days to
    reach its verdict"); else None."""
    if j < 0:
        return None
    g = c.segs[j]
    v = c.first_finite(g.a, g.b)
    if v is None or not v < at < g.b:
        return None
    span = c._trim(g.a, v)
    toks = c.toks
    if span is None or span[1] != v or not 1 <= span[1] - span[0] <= 5:
        return None
    words = [toks[i] for i in range(*span)]
    if any(not c._word(i) for i in range(*span)) or any(
            w.low in c.lex["subject_pronouns"] or w.low in ("and", "or", "its", "their") or w.raw[0].isdigit()
            for w in words):
        return None
    if words[0].low not in ("the", "a", "an") and not words[0].raw[0].isupper():
        return None
    own = toks[at].low
    if (own == "its") == _plural(words, c.lex):
        return None      # "The troops ... its" / "The club ... their": not the subject's own
    # (no other noun phrase between the verb and the possessive that it could be: "The jury heard
    # the bank's case and its verdict ...": only a verb and infinitives between)
    if any(toks[i].raw[0].isupper() or toks[i].low in ("the", "a", "an") for i in range(v + 1, at)):
        return None
    if not (at >= 2 and toks[at - 2].low == "to" and c._word(at - 1)):
        # only after an infinitive, the subject's own aim ("took two days to reach its verdict", "met
        # to approve its budget"); an object's possessive may be another's ("A treaty signed in 1977
        # promised its return": the canal's)
        return None
    said = c.text[toks[span[0]].s:toks[span[1] - 1].e]
    return said[:1].upper() + said[1:]


#: the sentence before a sentence-initial "They" is looked for within this many characters
_PLURAL_BACK = 600
#: and a one-word name's full name ("Ashford" -> "Ashford Town") within this many before that
_GROUP_BACK = 6000


def _group_named(text: str, name: str, before: int, group_words) -> bool:
    """Has the text, in the _GROUP_BACK characters before ``before``, called ``name`` by a group's
    full name ("Ashford Town", "Northgate Brewers": the name, then a word of ``group_words``)?"""
    for m in re.finditer(r"(?<![\w'’])%s\s+([A-Z][a-z]+)\b" % re.escape(name), text[max(0, before - _GROUP_BACK):before]):
        if m.group(1).lower() in group_words:
            return True
    return False


def _plural_antecedent(text: str, s0: int, lookback: _Lookback | None = None) -> str | None:
    """What a sentence-initial "They"/"Their" stands for: the one subject of a clause of the
    sentence just before that can be "they" -- a one-word name ("when Ashford won seven games":
    a team, a firm, a band), a name ending in a plural or a company word ("Harbor Foods",
    "Westbrook Rovers"), or a plural common noun phrase ("The researchers found") -- placed just
    before that clause's finite verb. None when there are none or two (a wrong subject is worse
    than "They"), or when another name is a subject there too: a single capitalised word is a
    person's surname as often as a team's ("Anders took the photograph. They splashed down"), so it
    counts only where the text has named it before with a word of a group's name after it
    ("Ashford Town", ``group_name_words``). Reads at most _PLURAL_BACK characters before the
    sentence and _GROUP_BACK for the group's full name (bounded)."""
    if lookback is not None:
        lookback.used = True    # (what it reads lies before the sentence: see _HEADLINE_MEMO)
    lex = _lex()
    w0 = max(0, s0 - _PLURAL_BACK)
    toks = lookback.tokens(w0, s0) if lookback is not None else _tokens(text, w0, s0)
    while toks and toks[-1].s >= s0:
        toks.pop()
    if not toks or toks[-1].raw not in _SENT_END:
        return None     # no sentence end just before: a heading, a list item
    # the sentence before: from the sentence end before its own end (or the window's start,
    # when that is the text's start)
    j = len(toks) - 1
    i = j - 1
    while i >= 0 and not (toks[i].raw in _SENT_END and not (i and toks[i - 1].low in _ABBREV)):
        i -= 1
    if i < 0 and w0 > 0:
        return None     # its start is beyond the window
    a, b = toks[i + 1].s, toks[j].e
    sent = _Sentence(text, a, b)
    st, verb = sent.toks, sent.verb
    found: list[str] = []
    determiners, group_words = lex["determiners"], lex["group_name_words"]
    for v in range(1, len(st)):
        if not verb[v] or verb[v - 1]:
            continue     # (the first of a verb group: "had won" at "had")
        k = v
        while k > 0 and st[k - 1].raw[:1].isupper() and st[k - 1].raw[:1].isalpha():
            k -= 1
        if k < v:        # capitalised words just before the verb: a name
            run = st[k:v]
            if k > 0 and (st[k - 1].low in lex["place_prepositions"] or st[k - 1].low in ("of", "at", "by", "for")):
                continue
            if k > 0 and st[k - 1].low in ("and", "or", "nor", "&"):
                return None      # "Rovers and United drew": both
            if run[0].low in determiners or run[0].low in ("the", "a", "an"):
                run = run[1:]
            if not run or re.split(r"['’]", run[0].low)[0] in lex["subject_pronouns"]:
                continue         # ("We'd been": no name)
            if run[-1].low in group_words or (len(run) == 1 and _group_named(text, run[0].raw, a, group_words)):
                found.append(" ".join(t.raw for t in run))
            else:
                return None      # "Ruth Adebayo won", "Anders took": a person (or a place), not "they"
            continue
        if st[v - 1].low in lex["subject_pronouns"]:
            continue
        k = v - 1        # a common noun phrase: its head just before the verb, a determiner opening it
        while k >= 0 and v - k <= 4 and st[k].raw[:1].isalpha() and st[k].low not in determiners:
            k -= 1
        if k >= 0 and v - k <= 4 and st[k].low in determiners and _plural(st[v - 1:v], lex) \
                and st[k].low in ("the", "these", "those", "its", "their", "both", "all"):
            if k > 0 and st[k - 1].low in ("and", "or", "nor", "&"):
                return None      # "The council and the police met": both, which no one name says
            found.append(text[st[k].s:st[v - 1].e])
    names = {f.lower() for f in found}
    if len(names) != 1:
        return None
    name = found[0]
    return name[:1].upper() + name[1:]


def plain_headline(text: str, sentence: tuple[int, int], expression: tuple[int, int]) -> str:
    """The sentence without the expression and its preposition, cut (the fallback); a day or month
    coordinated with it goes with its "and"/"or" ("same as before: Weds and Sundays" -> "same as
    before:", not "... Weds and"), and it never ends on a coordinator."""
    (s0, s1), (e0, e1) = sentence, expression
    before = text[s0:max(s0, e0)]
    m = re.search(r"(?:\b(?:on|in|at|since|during|by|from|until|before|after|of|for)\s+)$", before, re.I)
    head = before[:m.start()] if m else before
    tail = text[min(max(e1, s0), s1):s1]
    cal = _lex()["calendar_words"]

    def calendar(w: str) -> bool:
        w = w.lower().rstrip(".")
        return w in cal or (w.endswith("s") and w[:-1] in cal)

    if (m := _COORD_BEFORE.search(head)) is not None and calendar(m.group(1)):
        head = head[:m.start()]
    elif (m := _COORD_AFTER.match(tail)) is not None and calendar(m.group(1)):
        tail = tail[m.end():]
    return cut(_DANGLING_END.sub("", _tidy(head + " " + tail)))


_COORD_BEFORE = re.compile(r"\b([A-Za-z]+\.?),?\s+(?:and|or|&)\s+$")
_COORD_AFTER = re.compile(r"\s*,?\s*(?:and|or|&)\s+([A-Za-z]+\.?)")
_DANGLING_END = re.compile(r"(?i)[\s,]*\b(?:and|or|but|nor)$")


def _range_extents(rows: list[dict], text: str = "") -> dict[int, tuple[int, int]]:
    """The two ends of a range ("1939–45", "from 12 to 14 September": neighbours in one sentence
    with the same interval, see ``temporal/ranges.py``) are headlined with the range's whole
    extent, so that neither end is left in the headline; so are two expressions one " of " joins
    ("the first quarter of next year": "The deal is expected to complete", not "... to complete of
    next year")."""
    out = {}
    for i in range(len(rows) - 1):
        a, b = rows[i], rows[i + 1]
        if a["sentence_start"] != b["sentence_start"]:
            continue
        if (a["start"] is not None and a["start"] == b["start"] and a["end"] == b["end"]
                and 0 <= b["start_char"] - a["end_char"] <= 12) \
                or (b["start_char"] - a["end_char"] == 4 and text[a["end_char"]:b["start_char"]] == " of "):
            out[i] = out[i + 1] = (out.get(i, (a["start_char"],))[0], b["end_char"])
    return out


_event_rows = None        # events.event_rows, once headline_rows has imported it
_mark_publication_rows = None   # (events.mark_publication_rows, likewise)

#: Headlines already made, by what ``headline`` reads: {(the character before the sentence, the
#: sentence, the expression's offsets in it): (headline, clause offsets in the sentence)}. The
#: clause finder reads nothing of the text outside its sentence but that one character (a dash
#: after a space cuts), except for a sentence-initial "He"/"She" (``_named_antecedent`` looks back
#: up to 1,200 characters): such a headline is not remembered. Wire copies and follow-ups repeat
#: whole sentences across documents (syndicated stories; the scale benchmark's generated corpus
#: far more than real ones, ~30 copies of each source paragraph): a repeated sentence's rows are
#: a dict lookup instead of ~0.1 ms each of clause finding; so is a document's re-tagging (another
#: reference date or mode: the same sentences). A corpus without repeats pays a key per row (~1 us)
#: and gains nothing. Bounded: forgotten at once at HEADLINE_MEMO_MAX entries (~0.86 kB each,
#: measured with tracemalloc: ~5 MB at the bound). ``TIMELINE_APP_HEADLINE_MEMO=0`` in the
#: environment turns it off (benchmarks/window_scale.py --no-memo: the cost on a corpus without
#: repeats; every third of the benchmark's 10,000 articles, 3,334 of them, holds only 2,820 distinct
#: keys for ~30,000 rows).
_HEADLINE_MEMO: dict[tuple[str, str, int, int], tuple[str, int, int]] = {}
HEADLINE_MEMO_MAX = 6_000
_MEMO_ON = os.environ.get("TIMELINE_APP_HEADLINE_MEMO", "1") != "0"


def headline_rows(doc: Document, rows: list[dict]) -> list[dict]:
    """Add ``headline``, ``clause_start``, ``clause_end`` to rows from ``document_rows``; return
    them with the rows of the events their lengths date and the spans their dates bound (``events.event_rows``)."""
    global _event_rows, _mark_publication_rows
    if _event_rows is None:
        from timeline_app.core.events import event_rows as _event_rows, mark_publication_rows as _mark_publication_rows
    text = doc.text
    # The rows of the text's own publication line ("Published 1998-08-07") become no event (the
    # Workspace skips them; the CSV, which has no headline, keeps them): marked first, they get
    # no headline ("", the clause their sentence), whose clause finding went to waste (one row in
    # nine of the scale benchmark's articles).
    _mark_publication_rows(text, rows)
    spans = _range_extents(rows, text)
    last: _Sentence | None = None   # the rows of a sentence follow each other: one _Sentence at a time
    lookback = _Lookback(text)
    made: tuple = ()                # the last row's (sentence, expression) and headline: a range's other end
    memo = _HEADLINE_MEMO if _MEMO_ON else None
    for i, r in enumerate(rows):
        sent, expr = (r["sentence_start"], r["sentence_end"]), spans.get(i, (r["start_char"], r["end_char"]))
        if made and made[0] == (sent, expr):
            h, c0, c1 = made[1]
        elif r.get("publication"):
            r["headline"], r["clause_start"], r["clause_end"] = "", sent[0], sent[1]
            continue
        else:
            s0 = sent[0]
            key = got = None
            if memo is not None:
                key = (text[s0 - 1] if s0 > 0 else "", text[s0:sent[1]], expr[0] - s0, expr[1] - s0)
                got = memo.get(key)
            if got is not None:
                h, c0, c1 = got[0], got[1] + s0, got[2] + s0
            else:
                lookback.used = False
                try:
                    if last is None or last.span != sent:
                        last = _Sentence(text, *sent)
                        last.lookback = lookback
                    h, c0, c1 = headline(text, sent, expr, last)
                except Exception:   # a clause-finder bug on odd text never stops a load: the sentence's words
                    h, c0, c1 = plain_headline(text, sent, expr), sent[0], sent[1]
                if key is not None and not lookback.used:    # (nothing read before the sentence)
                    if len(memo) >= HEADLINE_MEMO_MAX:
                        memo.clear()
                    memo[key] = (h, c0 - s0, c1 - s0)
            made = ((sent, expr), (h, c0, c1))
        r["headline"], r["clause_start"], r["clause_end"] = h, c0, c1
    return _event_rows(text, rows, marked=True)   # spans a date bounds ("since 2019"), events dated from a length
