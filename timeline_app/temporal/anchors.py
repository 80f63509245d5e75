"""Times anchored on events the text tells (issue 11, kind 5).

News dates one event and counts others from it: "The vote was held on March 3. ... Protesters
filled the square two days after the vote." TimeML tags the length ("two days", DURATION P2D)
and leaves the counting to links; a timeline needs the point it reaches. This pass runs after
every expression is resolved:

1. **Remember** the events the text dates, by name (``Discourse.events``): a placed date and
   the event word told with it in its clause ("the vote was held on March 3", "police arrested
   him on May 4", "On Saturday ... for her second trip"). A verb and its noun share the name
   (``anchor_events`` in the lexicon: "arrested" and "his arrest" are one event).
2. **Count from them**: a length followed by "after / before / since" and an event's phrase
   ("two days after the vote", "in the two months since the election") keeps its TIMEX3 value
   and type as TimeML has them, and its row is placed where it leads: March 5 for "two days
   after the vote" (a point), [election, election + 2 months) for "since" (a span). The
   explanation names the anchor event and where the text dates it.
3. **Count backwards**: when the event after "after" is not dated but the clause the length
   belongs to is ("[her trip on Saturday], which comes a week after Shmygal's trip to Berlin"),
   the event of the phrase gets a date of its own, the clause's date moved back by the length
   (about 2022-09-03): a ``DerivedEvent`` on the length's Timex, which becomes an event of its
   own in the app (``core.events.derived_rows``), not a TIMEX3 (the words "Shmygal's trip to
   Berlin" are not a time expression).

No anchor, no date: a length whose event the text does not date, or whose event cannot be told
apart from another of the same kind ("her trip" and "Shmygal's trip"), stays unplaced.

Bounds: each placed date reads at most ``_REACH`` characters either side of it; each length
one match after it and one lookup in the memory, which keeps ``EventMemory.KEEP`` tellings a
name. Linear in the text.
"""
from __future__ import annotations

from timeline_app.temporal import fastre as re
from bisect import bisect_left
from datetime import datetime
from functools import lru_cache

from timeline_app.temporal.calendar import GRAIN_RANK, MAX_YEAR, MIN_YEAR, Point, add
from timeline_app.temporal.discourse import Discourse, Told
from timeline_app.temporal.lang import DEFAULT, alternation, expand, lexicon, trie_of
from timeline_app.temporal.resolve import UNIT_GRAIN, UNIT_NAMES, Resolved
from timeline_app.temporal.tense import _is_past_form, tense_at
from timeline_app.temporal.timex import DerivedEvent

_LEX = lexicon(DEFAULT)
_IT = _LEX["anchor_it_subject"][0]   # "after it was founded"
_EVENTS = {w.lower(): k for w, k in _LEX["anchor_events"].items()}
_WITHIN = {k: tuple(v) for k, v in _LEX["anchor_event_kinds_within"].items()}   # a general kind -> its specific ones
_EVENT_WORD = re.compile(r"(?<![\w-])%s(?![\w-])" % alternation(_EVENTS))
_LENGTHS = _LEX["anchor_lengths"]
_TITLES = frozenset(_LEX["anchor_title_words"])


def _re(pattern: str, flags: int = 0) -> re.Pattern:
    return re.compile(expand(pattern, _LEX), flags)


# after a length: "after" / "before" / "since" and the phrase of an event (not "after that", "after
# it"; but "after it was founded": a pronoun and a word open a clause, checked by ``_is_clause``)
_REL = _re(r"\s+({anchor_lengths})\s+(?:(?=(?:{anchor_subject_pronouns})\s+[a-z])|(?!(?:{not_event_words})\b))")
# (eventoffset33) after "the day" ("the week", "the morning" ...) only: "The day following the armistice"
_REL_DAY = _re(r"\s+({anchor_lengths}|{anchor_day_directions})\s+(?:(?=(?:{anchor_subject_pronouns})\s+[a-z])|(?!(?:{not_event_words})\b))")
_DAY_RELATIONS = {**_LENGTHS, **_LEX["anchor_day_directions"]}
# (eve31, §107) "a year to the day after the invasion": the length counted exactly (not "about" that day)
_EXACT = _re(r"\s+(?:{anchor_exact_words})(?=\s)", re.I)
_WORD = re.compile(r"[\w'’]+")
_VERBS = frozenset(w.lower() for k in ("past_markers", "aux_past", "aux_present", "present_markers") for w in _LEX[k])
_ELLIPTIC = frozenset(_LEX["anchor_elliptic_ends"])
# "The announcement comes three weeks after ...": told at the time of writing
_COMES = _re(r"\b(?:{anchor_present_link_verbs})\s+$", re.I)
_AUX = frozenset(w.lower() for k in ("aux_past", "aux_present") for w in _LEX[k])
# where an event's phrase ends: punctuation, or a word that starts another clause
_PHRASE_END = _re(r"\s*(?:[,.;:()\[\]!?\"“”]|\s(?:{anchor_phrase_ends})\b|$)")
# words between a clause's date and its length that keep them in one clause: "on Saturday for
# her second trip to Ukraine, which comes [a week after]", "on Monday, [two days after]"
_LINK = _re(r"(?:\s+(?:{anchor_link_prepositions})\b[^,;:.()\"“”]{0,60}?)?\s*,?\s*(?:(?:{anchor_link_relatives:bare})\s+)?"
            r"(?:(?:{anchor_link_verbs})\s+)?", re.I)
# what separates an event word from its date: a clause or a relation to another event
_APART = _re(r"[;:()\"“”]|\b(?:{anchor_lengths}|{anchor_apart_words:bare})\b", re.I)
# (anchor32, §111) a verb that dates the event its subject names: "A powerful earthquake measuring 7.8 struck
# southern Turkey on Monday" (the subject's phrase may be long: up to 9 words between the event word and its date)
_SUBJECT_VERB = _re(r"\b(?:{anchor_subject_verbs})\b", re.I)
_UNCOUNTED = _re(r"\b(?:{anchor_uncounted})\b", re.I)
# before a length that is how long a state lasts or a limit, not a distance from the event:
# "sentenced to five years after the trial", "closed for two weeks after the flood", "within two days"
_STATE = _re(r"\b(?:{anchor_state_words})\s+$", re.I)
_NAME = re.compile(r"\b[A-Z][\w-]*")
_REACH = 60          # characters read either side of a date for its event word
_CLAUSE_REACH = 160  # characters read either side for the names of its clause
_TOLD_GRAINS = {"day", "part-of-day", "hour", "minute", "second", "week", "month", "year"}
_DAY_GRAINS = {"day", "part-of-day", "hour", "minute", "second"}
# the grains of a clause's date a length is counted back from ("resigned in 2014, two years after")
_CLAUSE_GRAINS = _DAY_GRAINS | {"month", "year"}
_LENGTH_KINDS = frozenset({"duration", "set", "fixed"})   # (wikiwars34) mentions that date no clause
_FRAME_NEAR = 6   # (wikiwars34) the sentence's mentions read either side of a length for a date of its clause


def _names(text: str, a: int, b: int) -> frozenset:
    """The names in text[a:b], lower case, possessive dropped, titles left out ("Ukrainian Prime
    Minister Denys Shmygal's trip to Berlin" -> ukrainian, denys, shmygal, berlin)."""
    out = set()
    for m in _NAME.finditer(text, a, b):
        w = re.sub(r"['’]s$", "", m.group()).lower()
        if w not in _TITLES:
            out.add(w)
    return frozenset(out)


def _clause(text: str, s0: int, s1: int, a: int, b: int) -> tuple[int, int]:
    """The clause around text[a:b]: out to the nearest comma, semicolon or colon, inside the sentence."""
    lo = max(s0, a - _CLAUSE_REACH)
    left = max(text.rfind(c, lo, a) for c in ",;:")
    hi = min(s1, b + _CLAUSE_REACH)
    rights = [i for i in (text.find(c, b, hi) for c in ",;:") if i >= 0]
    return (left + 1 if left >= 0 else lo), (min(rights) if rights else hi)


def _words(text: str, a: int, b: int) -> str:
    w = " ".join(text[a:b].split())
    return w if len(w) <= 80 else w[:77] + "..."


@lru_cache(maxsize=64)
def _words_of(needed: frozenset) -> re.Pattern:
    """A regex of the words that name the events in ``needed`` (a few names: a short alternation)."""
    # (a trie, case-blind: the longest event word that ends there, as the alternation longest first)
    return re.compile(r"(?<![\w-])(?i:%s)(?![\w-])" % trie_of(w for w, k in _EVENTS.items() if k in needed))


_LETTER_RUN = re.compile(r"[a-z]+")


@lru_cache(maxsize=64)
def _pieces_of(needed: frozenset) -> frozenset | None:
    """The longest run of letters of each word naming an event in ``needed`` ("swearing" of
    "swearing-in"): a match of ``_words_of(needed)`` in ASCII text, lowered, is a whole run of
    letters there (nothing glued before or after it: its pattern's look-arounds), so it holds one
    of these as a whole run. None where a word has no letters (then no check)."""
    out = set()
    for w, k in _EVENTS.items():
        if k in needed:
            runs = _LETTER_RUN.findall(w)
            if not runs:
                return None
            out.add(max(runs, key=len))
    return frozenset(out)


@lru_cache(maxsize=64)
def _needles_of(needed: frozenset) -> tuple | None:
    """``_pieces_of(needed)`` without a piece that holds another (in a text that holds it, the other
    is there too): what a text must hold some of as a substring for a run to be a piece."""
    pieces = _pieces_of(needed)
    if pieces is None:
        return None
    return tuple(sorted(p for p in pieces if not any(q != p and q in p for q in pieces)))


def _event_words(text: str, a: int, b: int, needed: frozenset):
    """The words of text[a:b] that name an event of a name in ``needed``, as (match, name)."""
    part = text[a:b]
    if part.isascii():
        # (speed, twelfth session) no run of letters that is a piece of an event word: no match (the
        # pattern, case-blind and tried at every character, cost ~2x these runs read with str.lower)
        # ((speed3) a piece that is a run is in the text lowered: where none of them is there at all,
        # found by str's substring search, no run is one; where one is, the runs are read as before)
        needles = _needles_of(needed)
        if needles is not None:
            low = part.lower()
            for needle in needles:
                if needle in low:
                    break
            else:
                return
            if _pieces_of(needed).isdisjoint(_LETTER_RUN.findall(low)):
                return
    for m in _words_of(needed).finditer(text, a, b):
        # (a spelling the pattern's case folding reaches and the lexicon does not, "ſwearing-in"
        # with a long s: no event (it raised KeyError and stopped the tagging of the text)
        k = _EVENTS.get(m.group().lower())
        if k is not None:
            yield m, k


def _find_event(ctx: Discourse, key: str, pos: int, names: frozenset):
    """``ctx.events.find`` of ``key``; where no event of that kind is told, the latest told before ``pos`` of the
    specific kinds it holds (lexicon anchor_event_kinds_within: "the vote" after "the referendum was held on March 9")."""
    told = ctx.events.find(key, pos, names)
    if told is not None or key not in _WITHIN:
        return told
    found = [t for k in _WITHIN[key] if (t := ctx.events.find(k, pos, names)) is not None and t.pos < pos]
    return max(found, key=lambda t: t.pos) if found else None


def remember_events(text: str, sentences, triples, ctx: Discourse, needed) -> None:
    """Put the events of the names in ``needed`` the text dates into ``ctx.events``: the event
    words told in one clause with a placed date, before it ("the vote was held on March 3") or
    after it ("on Saturday for her second trip"; after a comma only when the date opens its
    sentence: "On May 4, police arrested him")."""
    for men, res, si in triples:
        p = res.point
        if p is None or p.grain not in _TOLD_GRAINS or res.timex_type not in ("DATE", "TIME") or res.value == "PRESENT_REF":
            continue   # ((eve31) "The Battle of Marathon is perhaps now the best known": "now" dates no event)
        s0, s1 = sentences[si]
        found = []
        for m, k in _event_words(text, max(s0, men.start - _REACH), men.start, needed):
            gap = text[m.end():men.start]
            if "," not in gap and not _APART.search(gap) and (
                    len(gap.split()) <= 5 or len(gap.split()) <= 9 and _SUBJECT_VERB.search(gap)):
                found.append((m, k))
        after = list(_event_words(text, men.end, min(s1, men.end + _REACH), needed))
        opens = bool(after) and len(text[max(s0, men.start - 40):men.start].split()) <= 1 \
            and (men.start - 40 <= s0)
        for m, k in after:
            gap = text[men.end:m.start()]
            # a date opening its sentence dates its main clause ("On February 27, President Barack
            # Obama gave a speech"); elsewhere the event word follows closely ("on Saturday for her trip")
            if _APART.search(gap) or len(gap.split()) > (9 if opens else 6) or (
                    "," in gap and not (opens and gap.count(",") == 1 and gap.lstrip().startswith(","))):
                break
            found.append((m, k))
        for m, k in found:
            a, b = min(m.start(), men.start), max(m.end(), men.end)
            c0, c1 = _clause(text, s0, s1, a, b)
            ctx.events.remember(Told(k, m.start(), p, _words(text, a, b), _names(text, c0, c1)))


def _phrase(text: str, start: int, s1: int) -> tuple[int, int]:
    """The event's phrase from ``start``: up to the end of its clause, at most 100 characters,
    on a word boundary ("Ukrainian Prime Minister Denys Shmygal's trip to Berlin")."""
    hi = min(s1, start + 100)
    m = _PHRASE_END.search(text, start, hi)
    end = m.start() if m else hi
    if not m and end < s1:
        sp = text.rfind(" ", start, end)
        end = sp if sp > start else end
    return start, end


def _is_clause(text: str, a: int, b: int) -> bool:
    """text[a:b] tells an event as a clause, a subject and its verb ("she took office", "it was
    founded", "their coach was sacked", "the club folded"): a tensed verb after its first word.
    Only such a clause, or a phrase naming an event word ("Shmygal's trip"), is dated backwards:
    "two years after the war" does not date the war (its end, if anything)."""
    words = [w.lower() for w in _WORD.findall(text, a, b)]
    if len(words) < 2 or words[-1] in _ELLIPTIC:     # "six months before he had to": the verb is elided
        return False
    if words[0] == _IT:    # "after it was founded", not "after it rained" (no one, nothing named)
        return words[1] in _AUX
    return any(w in _VERBS or _is_past_form(w) for w in words[1:6])


def _counted(men) -> tuple[int, str] | None:
    """The length of a duration mention as (n, unit) when it can be counted on a calendar."""
    d = men.data
    n, unit = d.get("n"), d.get("unit")
    if n is None or d.get("vague") or d.get("age") or unit not in ("D", "W", "M", "Y") or n != int(n) or n <= 0:
        return None
    return int(n), unit


def _approx(men, unit: str) -> bool:
    """A week or more ("a week after", "two months before"), or a length said to be about so
    much, counts only roughly: the date reached is about that day."""
    return unit != "D" or bool(men.data.get("mod")) or bool(men.data.get("approx"))


def _reach(p: Point, unit: str, k: int) -> Point | None:
    """``p`` moved by ``k`` units, at a grain the move keeps: a day from a day, a month from a
    month moved by months or years, a year from a year moved by years; None otherwise (a day
    counted from a month is not a day the text gives), or past the calendar's years."""
    try:
        q = _moved(p, unit, k)
        return q if q is None or MIN_YEAR <= q.start.year and q.end.year <= MAX_YEAR else None
    except (OverflowError, ValueError):
        return None


def _moved(p: Point, unit: str, k: int) -> Point | None:
    if p.grain in _DAY_GRAINS:
        return Point.day(add(p.start.date(), unit, k))
    if unit in ("M", "Y") and p.grain == "month":
        return Point.day(add(p.start.date(), unit, k)).coarsen("month")
    if unit == "Y" and p.grain == "year":
        return Point.year(p.start.year + k)
    return None


def _clause_date(text: str, men, triples_of_sentence):
    """The day the clause of a length is told at: a placed day earlier in its sentence, joined
    to the length by nothing that starts another clause (see ``_LINK``)."""
    for m2, r2, _ in reversed(triples_of_sentence):
        if m2.end > men.start:
            continue
        if r2.point is None or r2.point.grain not in _CLAUSE_GRAINS:
            continue
        if _LINK.fullmatch(text, m2.end, men.start):
            return m2, r2
        return None
    return None


_EVENT_DAY_UNITS = {"day": "D", "week": "W", "month": "M", "year": "Y"}
_SAME_DAY = _re(r"\s+(?:(?:{same_day_relatives:bare})\s+)?", re.I)
# (eve31) "the eve of the vote", "the day of Friday's vote": the event's phrase after "of"
_OF_DAY = _re(r"\s+(?:{event_day_of_words:bare})\s+", re.I)
_APPOSED = re.compile(r"\s*,\s*")


def anchor_lengths(text: str, sentences, triples: list, ctx: Discourse) -> None:
    """Place lengths counted from an event the text dates, or date the event they count from
    (see the module's doc); "the day before he was arrested" (``event_day``) takes its date the
    same way. ``triples``: (mention, Resolved, sentence) in text order, replaced in place."""
    todo = []   # (index, (n, unit), the relation word's match): what this pass has to place
    exact_at = set()   # the indices of lengths said "to the day"
    for i, (men, res, si) in enumerate(triples):
        if res.start is not None:
            continue
        if men.kind == "duration" and res.timex_type == "DURATION":
            counted = _counted(men)
            if counted is None or _UNCOUNTED.search(text, men.start, men.end):
                continue
        elif men.kind == "event_day":
            counted = 1, _EVENT_DAY_UNITS[men.data["unit"]]
        else:
            continue
        of = men.kind == "event_day" and men.data.get("of")   # (eve31) "the eve of the vote", "the day of the vote"
        same = men.kind == "event_day" and not men.data["sign"]   # "the day he was arrested"
        exact = _EXACT.match(text, men.end) if men.kind == "duration" else None
        rel = (_OF_DAY if of else _SAME_DAY if same else _REL_DAY if men.kind == "event_day" else _REL).match(
            text, exact.end() if exact else men.end)
        if rel is None or rel.end() >= sentences[si][1]:
            continue
        if exact is not None:
            exact_at.add(i)
        if not same and not of and _DAY_RELATIONS[rel.group(1).lower()][1] == "point" and _STATE.search(text, max(0, men.start - 12), men.start):
            continue
        a, b = _phrase(text, rel.end(), sentences[si][1])
        if b - a >= 3:
            todo.append((i, counted, rel, a, b, _EVENT_WORD.search(text, a, b)))
    if not todo:
        return   # a text without "N days after ..." costs one match per length, no memory
    starts = {t[0].start: t for t in triples}
    mention_starts = sorted(starts)
    needed = {_EVENTS[h.group().lower()] for *_, a, b, h in todo if h is not None and a not in starts}
    if any(h is None and triples[i][0].data.get("named") for i, _c, _r, a, b, h in todo):
        needed |= set(_EVENTS.values())   # (eventoffset33) an event named by a name: a telling of any kind may be it
    needed |= {k2 for k in list(needed) for k2 in _WITHIN.get(k, ())}
    if needed:
        remember_events(text, sentences, triples, ctx, frozenset(needed))
    wanted = {triples[t[0]][2] for t in todo}   # the sentences of the lengths, for their clauses' dates
    by_sent: dict[int, list] = {}
    for t in triples:
        if t[2] in wanted:
            by_sent.setdefault(t[2], []).append(t)
    for i, (n, unit), rel, a, b, head in todo:
        men, res, si = triples[i]
        if men.kind == "event_day" and (not men.data["sign"] or men.data.get("of")):
            sign, how, length = men.data["sign"], "point", f"{_words(text, men.start, men.end)} of"
        else:
            sign, how = _DAY_RELATIONS[rel.group(1).lower()]
            value = f" ({res.value})" if men.kind == "duration" else ""
            length = f"{_words(text, men.start, men.end)}{value} {rel.group(1).lower()}"
        dated = starts.get(a)
        if dated is not None and men.data.get("named"):
            continue   # (eventoffset33) "the day before Monday", "the day after Christmas": a time's own rules, not a name's
        if dated is not None and dated[1].point is not None:
            told = Told("", a, dated[1].point, _words(text, a, dated[0].end), frozenset())
            what = f"{told.point.value}"
        elif dated is not None:
            continue
        elif head is None and men.data.get("named"):
            # (eventoffset33) "the day after Pearl Harbor": the latest event told before it in a clause that names
            # every word of the name ("Japanese aircraft attacked Pearl Harbor on 7 December 1941")
            names = _names(text, a, b)
            told = ctx.events.find_named(names, a) if names else None
            if told is None:
                continue
            what = f"'{_words(text, a, b)}'"
        elif head is None:
            # no event word: a clause ("after she took office") is dated backwards, if anything
            if how != "point" or men.kind != "duration" or not _is_clause(text, a, b) \
                    or _holds_date(mention_starts, a, b):
                continue
            told = None
        else:
            told = _find_event(ctx, _EVENTS[head.group().lower()], a, _names(text, a, b))
            what = f"'{_words(text, a, head.end())}'"
        new = None
        if men.kind == "event_day" and how == "point":
            # (history helper) "On 4 May 1926, the day after the talks broke down": in apposition to
            # the day just before it, that day, before any telling of the event the memory holds
            # (the whole text's memory may hold one told later, a block's not yet: both readings agree)
            new = _backward(text, men, res, by_sent.get(si, ()), a, b, sign, n, unit, length)
        if new is not None:
            pass
        elif told is not None and men.kind == "event_day":
            new = _event_day(res, told, sign, unit, length, what, men.data.get("pod", ""))
        elif told is not None:
            new = _forward(res, told, how, sign, n, unit, length, what, _approx(men, unit) and i not in exact_at)
        elif how == "point" and not _holds_date(mention_starts, a, b):
            new = _backward(text, men, res, by_sent.get(si, ()), a, b, sign, n, unit, length, sentences[si],
                            ctx.read_point())
        if new is not None and ctx.mode == "narrative" and men.kind == "duration" and how == "point":
            # (wikiwars34) a history writes the offset as the DATE it reaches, as WikiWars does
            new = _history_point(text, men, new, unit, by_sent.get(si, ()), a, b) or new
        if new is not None:
            triples[i] = (men, new, si)


def _history_point(text: str, men, res: Resolved, unit: str, sentence_triples, a: int, b: int) -> Resolved | None:
    """(wikiwars34) In a history, "eight days after Fort Sumter", "Three weeks after the siege of Boston began",
    "two days before Christmas 1914" name the time they reach: WikiWars' annotators write it as a DATE (10 of the 14
    such offsets of its train half, the others lengths after "for" and a null; docs/timeml-conventions.md,
    "Histories, thirty-third session"): a day, the ISO
    week, the day a month on (WikiWars' "One month after Dien Bien Phu" 1954-06-07), the year, when it is the only
    time its sentence tells outside the event's phrase text[a:b]. A length beside a date of its clause ("crowned
    on 25 December 1170, a week before ..."), or dated backwards from it, measures the distance between them: None
    (the length stays the DURATION it was). The DATE's extent takes in "after" / "before" and the event's phrase, as
    WikiWars' does, where no other time expression starts inside it."""
    if res.derived is not None:
        return None   # dated backwards from its clause's date: the length between them
    k = bisect_left(sentence_triples, men.start, key=lambda t: t[0].start)   # (the sentence's triples in text order)
    if any(m2 is not men and m2.kind not in _LENGTH_KINDS and not a <= m2.start < b
                        for m2, _r2, _ in sentence_triples[max(0, k - _FRAME_NEAR):k + _FRAME_NEAR + 1]):
        return None   # its clause has a date: the length between them
    if res.start is not None and res.anchor == "event" and res.granularity:
        p = Point(res.granularity, res.start)
        grain = UNIT_GRAIN[unit]
        if grain == "week":
            if p.grain not in _DAY_GRAINS:
                return None
            p = Point.week(p.start.date())
        elif unit == "Y" and GRAIN_RANK[p.grain] > GRAIN_RANK[grain]:
            p = p.coarsen(grain)   # (months from a day keep the day: "One month after Dien Bien Phu" 1954-06-07)
        why = f"{res.explanation}; in a history the phrase names the time it reaches, {p.value}"
    else:
        return None
    if not any(a <= m2.start < b for m2, _r2, _ in sentence_triples[k:k + _FRAME_NEAR + 1]) and "\n" not in text[men.end:b]:
        men.end = b   # WikiWars' extent: the length, "after" / "before" and the event's phrase
    return Resolved("DATE", p.value, p, p.start, p.end, p.grain, why, res.mod, False, "event")


def _holds_date(mention_starts: list[int], a: int, b: int) -> bool:
    """A time expression starts inside text[a:b] ("after she took office in 2012": dated itself)."""
    i = bisect_left(mention_starts, a)
    return i < len(mention_starts) and mention_starts[i] < b


def _backward(text: str, men, res: Resolved, sentence_triples, a: int, b: int, sign: int, n: int, unit: str,
              length: str, sentence: tuple[int, int] = (0, 0), now: Point | None = None) -> Resolved | None:
    """The event of text[a:b] is not dated, the clause of the length is: the event gets that
    date moved back by the length (a ``DerivedEvent`` on the length's result). The clause's date
    is a date told just before the length ("resigned in 2014, two years after she took office"),
    or, for a length opening a sentence whose main clause is in the present tense ("Two years
    after she took office, the mayor is stepping down"), the reference date ``now``. A day moved
    by years, or by more than a month, is only about that month: the day is not given. "the day after the vote"
    in apposition to a day ("On Monday, the day after the vote") is that day itself."""
    clause = _clause_date(text, men, sentence_triples)
    if clause is None:
        if now is None or men.kind != "duration" or not (
                _present_main_clause(text, sentence, men, b, sentence_triples)
                or _comes_now(text, sentence, men, sentence_triples)):
            return None
        base, told = now, f"the clause, told in the present tense, is at the time of writing ({now.value}) and"
    else:
        m2, r2 = clause
        base, told = r2.point, f"the event told {_words(text, m2.start, m2.end)!r} ({r2.point.value})"
    p = _reach(base, unit, -sign * n)
    if p is None:
        return None
    if (unit == "Y" or unit == "M" and n > 1) and p.grain in _DAY_GRAINS:
        p = p.coarsen("month")     # "seven months after", "two years after" a day: not that day
    # (counted from the time of writing: only about then, whatever the unit)
    approx = men.kind == "duration" and (_approx(men, unit) or clause is None)
    about = "about " if approx else ""
    why = (f"{about}{p.value}: the text does not date '{_words(text, a, b)}' itself; {told} comes "
           f"{length[:1].lower() + length[1:]} it, so it is {_words(text, men.start, men.end).lower()} "
           f"{'before' if sign > 0 else 'after'} {'that day' if base.grain in _DAY_GRAINS else base.value} "
           f"(read backwards from a length counted from an event)")
    derived = DerivedEvent(a, b, text[a:b], p.value, p.start, p.end, p.grain, why, approx)
    if men.kind == "event_day":
        if clause is None or not _APPOSED.fullmatch(text, m2.end, men.start) or men.data["unit"] != "day":
            return None
        q = r2.point if r2.point.grain == "day" else Point.day(r2.point.start.date())
        return Resolved("DATE", q.value, q, q.start, q.end, q.grain,
                        f"{_words(text, men.start, b)}, in apposition to {q.value} just before it",
                        "", False, "apposition", derived)
    return Resolved(res.timex_type, res.value, res.point, res.start, res.end, res.granularity, res.explanation,
                    res.mod, res.anchor_update, res.anchor, derived)


def _present_main_clause(text: str, sentence: tuple[int, int], men, b: int, sentence_triples) -> bool:
    """The length and its event open the sentence ("Two years after she took office, ...") and
    the main clause after them, with no date of its own, is in the present tense."""
    s0, s1 = sentence
    if text[s0:men.start].strip(" \t\n\"“'‘(") or not text.startswith(",", b):
        return False
    if any(m2.start >= b and r2.point is not None for m2, r2, _ in sentence_triples):
        return False
    return tense_at(text, b + 1, s1, b + 1, b + 1, schedule=False) == "present"


def _comes_now(text: str, sentence: tuple[int, int], men, sentence_triples) -> bool:
    """"The announcement comes three weeks after the company warned of losses": a length right after
    "comes" / "follows" in a sentence with no placed date: what it tells is at the time of
    writing."""
    s0 = sentence[0]
    if not _COMES.search(text, max(s0, men.start - 12), men.start):
        return False
    return not any(r2.point is not None for m2, r2, _ in sentence_triples)


def _event_day(res: Resolved, told: Told, sign: int, unit: str, length: str, what: str, pod: str = "") -> Resolved | None:
    """ "the day before he was arrested": the day (week, month, year) next to the event's date."""
    ev = told.point
    p = _reach(ev, unit, sign)
    if p is None:
        return None
    grain = UNIT_GRAIN[unit]
    if grain == "week":
        p = Point.week(p.start.date())
    elif GRAIN_RANK[p.grain] > GRAIN_RANK[grain]:
        p = p.coarsen(grain)
    where = f" (where it says '{told.words}')" if told.key else ""
    if pod and p.grain == "day":
        # (anchors28) "the night before the wedding": the night of the day before the event's (TIME, as "tonight")
        p = Point.part_of_day(p.start.date(), pod)
        why = f"{length} {what}, which the text dates {ev.value}{where}: that part of the day, {p.value}"
        return Resolved("TIME", p.value, p, p.start, p.end, p.grain, why, "", False, "event")
    why = f"{length} {what}, which the text dates {ev.value}{where}: {p.value}"
    return Resolved("DATE", p.value, p, p.start, p.end, p.grain, why, "", False, "event")


def _forward(res: Resolved, told: Told, how: str, sign: int, n: int, unit: str, length: str, what: str,
             approx: bool) -> Resolved | None:
    ev = told.point
    where = f" (where it says '{told.words}')" if told.key else ""
    if how == "span":
        if GRAIN_RANK.get(ev.grain, 0) < GRAIN_RANK[UNIT_GRAIN[unit]]:
            return None
        start = ev.start.date()
        try:
            end = add(start, unit, n)
        except (OverflowError, ValueError):
            return None
        why = (f"{length} {what}, which the text dates {ev.value}{where}: the {UNIT_NAMES[unit]}s "
               f"from {start.isoformat()} to {end.isoformat()} (a length counted from a dated event; "
               f"its value stays {res.value})")
        return Resolved(res.timex_type, res.value, None, datetime(start.year, start.month, start.day),
                        datetime(end.year, end.month, end.day), UNIT_GRAIN[unit], why, res.mod, False, "event")
    p = _reach(ev, unit, sign * n)
    if p is None:
        return None
    about = "about " if approx else ""
    why = (f"{length} {what}, which the text dates {ev.value}{where}: what this sentence tells happened "
           f"on {about}{p.value} (a length counted from a dated event; its value stays {res.value})")
    return Resolved(res.timex_type, res.value, None, p.start, p.end, p.grain, why, res.mod, False, "event")
