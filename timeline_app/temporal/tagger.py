"""The tagger: extraction, then resolution in text order, then event-anchored periods."""
from __future__ import annotations

import functools
import gc
import pickle
from timeline_app.temporal import fastre as re
import threading
import zlib
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Iterator

from timeline_app.temporal.anchors import _phrase as event_phrase, anchor_lengths
from timeline_app.temporal.backwards import reversed_lead
from timeline_app.temporal.calendar import Point
from timeline_app.temporal.cancel import CancelCheck, check
from timeline_app.temporal.lang import DEFAULT, expand, guard, lexicon, load, trie_of
from timeline_app.temporal.ranges import join_ranges
from timeline_app.temporal.calendar import GRAIN_RANK, MAX_YEAR, add, add_months
from timeline_app.temporal.discourse import Discourse
from timeline_app.temporal.resolve import MONTH_NAMES, UNIT_GRAIN, UNIT_NAMES, Resolved, _holiday_day, _pod_or_day, _year_for, resolve
from timeline_app.temporal.reach import rule_cases, rule_contexts, rule_exact, rule_reach, rule_words
from timeline_app.temporal.lines import AUTHOR_LINE, next_newline, start_of_line, under_caption, under_post
from timeline_app.temporal.rulebase import Mention, dur_value
from timeline_app.temporal.rulebase import may_hold as _may_hold
from timeline_app.temporal.sentences import join_across, split_sentences
from timeline_app.temporal.tense import (WILL_RE, announced_arrangement, announced_plan, apposed_past, missed_it, backshifted, finite_past, firm_future, fronted_aside_past, fronted_past, headline_act, since_perfect, speaks_from_now, subject_tense, tense_at, told_before,
                                         told_from_the_past)
from timeline_app.temporal.tense import _is_past_form as is_past_form
from timeline_app.temporal.timex import Timex, valid_timex_value
from timeline_app.temporal.triggers import (BACK, FORWARD, TextWindows, _GROWS, _ident, _word_start_scanner, intersect, trigger_spans, union,
                                            word_categories, word_items)

MODES = ("auto", "news", "narrative")
_NOW_ASKED = re.compile(r"[^\S\n]*\?")   # (dayanchor26) a question mark right after "now": the present asked about
_TENSED = {"cal", "weekday", "season", "quarter", "half", "holiday", "time", "the_period", "pod_time", "weekday_mday", "ordinal_day", "week_of_month"}
_DEFERRED = {"event_ordinal", "ordinal_after"}
_HABIT_NEAR = 24   # (informal6) characters between a habit and a clock time that is its hour ("every evening about 6")
_SMALL_HOURS_RULES = frozenset({"small_hours", "bare_small_hours"})
_SMALL_HOURS_END = 6   # (clock) "the early hours": up to 06:00, where the app's morning starts
_NEW_TALK_AFTER = timedelta(hours=3)   # (clock) a chat's silence after which the talk's day is forgotten
_CLOCK_RANGE_GAP = re.compile(expand(r"\s*(?:[-–]|{clock_range_gap_words:bare})\s*", lexicon(DEFAULT)), re.I)   # (clock) "10pm to 6am"
_RANGE_GAP_MAX = 9
# (anchor) "danced until 1am", "home by 2am": a clock time said as the end of a stretch (resolve: past
# midnight where it is a small hour earlier than the clock time told before it on the same day)
_LIMIT_BEFORE = re.compile(r"(?i:\b(?:%s)\s+)$" % "|".join(re.escape(w) for w in lexicon(DEFAULT)["limit_prepositions"]))
# (values) "1.30pm on Friday", "8am service on Boxing Day" (a noun between; not "till 6pm then on Sunday")
_ON_DAY_AFTER = re.compile(expand(r"(?:[ \t]+(?!(?:{on_day_not_nouns:bare})\b)[a-z]+)?[ \t]+(?:{on_day_prepositions:bare})[ \t]+", lexicon(DEFAULT)))
_COMMA_AFTER = re.compile(r",[ \t]*")
_MESSAGE_CUT = re.compile(r"[.!?]+\s+(?=[a-z])")   # a full stop before a lower-case word: a chat's sentence the splitter keeps
# a timetable's present ("Rovers play Ashford on Saturday") sets a weekday or an hour ahead; in news a
# month or a date too ("TALKS RESUME MAY 5" in September is the May to come: a headline's present tells
# what happened days ago, not months), a story's present is its own
_SCHEDULED = {"weekday", "time", "pod_time"}
_NEXT_FROM_NOW = lexicon(DEFAULT)["next_from_now_opener"][0]   # (sift) "In the next week I will send you the deposit"
_DATED = {"cal", "ordinal_day"}   # a month, a date, "the 31st"
_BC_VALUE = re.compile(r"BC(?P<y>\d{4})(?:-(?P<m>\d\d)(?:-(?P<d>\d\d))?)?")   # (history8) a value BC the story moves to
_ANCHOR_GRAINS = {"day", "part-of-day", "week", "weekend", "month", "season", "quarter", "half", "year"}
_LEX = lexicon(DEFAULT)
# (tense19) a past verb told at a holiday ("had a blast at christmas", "was ill over christmas") or a past copula
# after it ("Christmas was wild"): the last one, even a fortnight ahead at most (where a past verb about a holiday,
# "forgot about easter", "bought the turkey for christmas", a timetable's "Easter Monday closed", speaks of that one)
_HOLIDAY_TOLD_AT = re.compile(r"(?i:(?<![\w'’])(?:%s)\s+)$" % "|".join(re.escape(w) for w in _LEX["holiday_told_at_prepositions"]))
_HOLIDAY_TOLD_WAS = re.compile(r"(?i:\s+(?:%s)(?![\w'’]))" % "|".join(re.escape(w) for w in _LEX["holiday_told_copulas"]))
RULES = load(DEFAULT).RULES
_REACH_AFTER = load(DEFAULT).RS.reach_after


def _re(pattern: str, flags: int = 0) -> re.Pattern:
    """A pattern with ``{word class}`` macros from the lexicon (see ``lang/__init__.py``)."""
    return re.compile(expand(pattern, _LEX), flags)

_FAMILY = {w: fam for fam, words in _LEX["event_families"].items() for w in words}
_EVENT_WORDS = set(_LEX["event_nouns"]) | set(_FAMILY)
# (a trie: at a word start the engine follows one branch per letter, and still finds the
# longest event word there that ends a word, as the alternation of the words longest first did)
_EVENT_NOUN = re.compile(r"\b(%s)\b" % trie_of(_EVENT_WORDS), re.I)
# (speed, twelfth session) the longest run of letters of each: a match of _EVENT_NOUN in ASCII text,
# lowered, is whole runs of letters there (a word boundary on each side), so it holds one of these
# as a run of its own (``_date_events`` reads the 160 characters before each date so first)
_LETTER_RUN = re.compile(r"[a-z]+")
_EVENT_PIECES = frozenset(max(_LETTER_RUN.findall(w.lower()) or [""], key=len) for w in _EVENT_WORDS)
assert "" not in _EVENT_PIECES, "an event noun without letters: _date_events' check would skip it"


def _event_key(word: str) -> str:
    """Words for the same event share a key: "the war" and "Russia invaded" are one event."""
    w = word.lower()
    return _FAMILY.get(w, w)


_REQUIRED = tuple(sorted({e for r in RULES for e in r.requires}))
# the trigger categories the rules read: words of no other category are not looked for
# ("holiday", the first word of a holiday's name, is read by no rule: "s" of "Mother's Day")
_READ = frozenset({c for r in RULES for c in r.triggers} | {"@" + e for e in _REQUIRED})


def _of_old_times(c: Mention) -> bool:
    """A mention that places a text in the first millennium or the Middle Ages: a date BC or
    AD, a century before the 15th, a year before 1300 written in full."""
    if c.kind == "bc" or c.rule in ("ad_year", "bc_century") or c.data.get("dated3"):
        return True   # ((history8) "on 25 December 800, ...": a full date of those times itself)
    y = c.data.get("year")
    return not c.data.get("year3") and y is not None and c.kind == "cal" and (
        y < 1400 if c.data.get("grain") == "century" else y < 1300)


# (history32) a year of three digits that ends its clause: a stop, a comma, a semicolon, a colon or
# the end of the text right after it (at most 2 blanks), a conjunction that opens the next clause ("in
# 793 and the gates ..."), or a span's joiner and a second such year
_YEAR3_END = re.compile(r"[ \t]{0,2}(?:[.,;:)]|\Z)|[ \t]{1,2}(?i:%s)(?![\w'’])" % "|".join(map(re.escape, _LEX["year3_clause_joiners"])))
_YEAR3_SPAN = re.compile(r"[ \t]{0,2}(?:%s)[ \t]{0,2}[1-9]\d\d(?!\w)[ \t]{0,2}(?:[.,;:)]|$)"
                         % "|".join(map(re.escape, _LEX["year3_span_joiners"])))
# words of a first or second person (a room, a bus, a score of one's own: "We stayed in 214."), read in
# the 200 characters before the year (a bound: the clause that tells it)
_YEAR3_PERSON = re.compile(r"(?i:(?<![\w'’])(?:%s)(?![\w'’]))" % "|".join(map(re.escape, _LEX["year3_person_words"])))
_YEAR3_BACK = 200
_YEAR3_AHEAD = 60   # characters after the year read for a verb of saying
_YEAR3_SAID = re.compile(r"(?i:(?<![\w'’])(?:%s)(?![\w'’]))" % "|".join(map(re.escape, _LEX["year3_news_reporting"])))
_YEAR3_MARGIN = re.compile(r"(?i:(?<![\w'’])(?:%s))[ \t]{1,2}\Z" % "|".join(map(re.escape, _LEX["year3_margin_prepositions"])))


def _of_later_times(c: Mention) -> bool:
    """A mention that places a text after the Middle Ages or at the day of writing: a year from 1300
    written in full, or any date read from the day of writing (a weekday, a deictic day, a clock time)."""
    if c.kind in ("deictic", "deictic_day", "weekday", "time"):
        return True
    y = c.data.get("year")
    return not c.data.get("year3") and y is not None and c.kind == "cal" and c.data.get("grain") != "century" and y >= 1300


def _year3_ends_clause(text: str, c: Mention) -> bool:
    """(history32) Whether a year of three digits ends its clause, in a sentence of no first or second person."""
    if _YEAR3_END.match(text, c.end) is None and _YEAR3_SPAN.match(text, c.end) is None:
        return False
    if _YEAR3_MARGIN.search(text, max(0, c.start - 6), c.start) is not None:
        return False   # "He won by 212.", "outnumbered by 600.": a margin, not "by 718 it held ..."
    lo = max(0, c.start - _YEAR3_BACK)
    # nor in a sentence of news copy's reported speech ("... on Christmas Day 800, the museum said, ..."; a
    # history's source in the present, "The chronicle says ...", is no sign)
    return _YEAR3_PERSON.search(text, lo, c.start) is None and _YEAR3_SAID.search(text, lo, c.end + _YEAR3_AHEAD) is None


# (history8) "the Winter War", "the Spring Offensive of 1918", "the Six-Day War", "the Thirty Years'
# War", "the October Revolution": a season, a month or a length written with a capital right before
# a noun that ends the name of an event is part of that name (lexicon ``event_name_nouns``)
_EVENT_NAME_AFTER = re.compile(r"(?:['’]s?)?[ -](?:%s)\b" % "|".join(map(re.escape, _LEX["event_name_nouns"])))
_NAME_LAST_WORD = re.compile(r"(?:^|[\s-])([A-Z][a-z]+)$")


def _in_event_name(text: str, c: Mention) -> bool:
    """Whether mention ``c`` is the time words of an event's name (one match at its end: bounded)."""
    if not text[c.end - 1:c.end].isalpha() or _EVENT_NAME_AFTER.match(text, c.end) is None:
        return False
    words = text[c.start:c.end]
    return not any(ch.isdigit() for ch in words) and _NAME_LAST_WORD.search(words) is not None


def extract(text: str, cancel: CancelCheck = None, lo: int = 0, hi: int | None = None) -> list[Mention]:
    """All rule matches in text[lo:hi] (the whole text by default), reduced to non-overlapping
    mentions (longest first, then priority).

    Each rule runs only in the windows around its trigger words (see ``triggers.py``), found in
    text[lo:hi] alone: no match reaches outside it (rules still read the text around a match).
    ``cancel``: see ``temporal/cancel.py`` (checked per rule and every 64 windows)."""
    hi = len(text) if hi is None else hi
    if _PREFOUND and lo == 0 and hi == len(text):
        got = _PREFOUND.pop(text, None)   # found with other texts (``found_together``)
        if got is not None:
            return got
    # a builder may read further after its trigger word than a window (``RuleSet.reach_after``: a
    # chat's hours after its day word): a block's scan starts that far before the block, so that a
    # block finds what the whole text finds in it (its mentions are still those in text[lo:hi])
    scan = max(0, lo - _REACH_AFTER) if lo else 0
    part = text if scan == 0 and hi == len(text) else text[scan:hi]
    cands: list[Mention] = []
    spans = trigger_spans(part, required=_REQUIRED, only=_READ)
    text_windows = TextWindows(part, spans)   # windows in text[scan:hi], moved by scan below
    moved: dict = {}

    for rule, wins in _windows_of(RULES, spans, text_windows):
        if scan:
            # rules that share a list of windows share its moved copy; the list is held with its
            # copy, so that its identity is not taken by a list made later in this loop (a rule's
            # windows made afresh, an intersection with a required word's, are let go after its
            # turn: keyed by identity alone, a later rule read the windows of an earlier one)
            got = moved.get(id(wins))
            if got is None or got[0] is not wins:
                got = moved[id(wins)] = (wins, [(a + scan, b + scan) for a, b in wins])
            wins = got[1]
        check(cancel)
        for men in rule.find(text, wins, cancel):
            for x in (men if isinstance(men, list) else (men,)):
                if x.end > x.start and lo <= x.start and x.end <= hi:
                    x.priority = x.priority or rule.priority
                    cands.append(x)
    return _choose(text, cands, lo, hi)


def _choose(text: str, cands: list[Mention], lo: int, hi: int) -> list[Mention]:
    """``extract``'s mentions from the rules' matches ``cands`` (in the order of the rules, then
    of their windows) in text[lo:hi]: a text's filters, then the longest first, then priority."""
    if any(c.data.get("year3") for c in cands) and not any(map(_of_old_times, cands)):
        # "in 711", "Christmas Day 800": a year only in a history of those times; (history32) or
        # where it ends a third person's clause in a text that names no later time ("The Vikings
        # raided Lindisfarne in 793.", "The Tang dynasty ruled China from 618 to 907.")
        told = not any(map(_of_later_times, cands))
        cands = [c for c in cands if not c.data.get("year3") or (told and _year3_ends_clause(text, c))]
    cands = [c for c in cands if not _in_event_name(text, c)]
    if any(c.data.get("schedule") for c in cands):
        # (listings) a schedule's weekdays and hours ("Open Mon-Sat 8am-4pm") are read as the schedule
        # reads them: no longer match of another rule takes a part of it ("Sat 8am", one Saturday)
        sched = [c for c in cands if c.data.get("schedule")]
        cands = [c for c in cands if c.data.get("schedule") or not any(c.start < s.end and s.start < c.end for s in sched)]
    cands.sort(key=lambda c: (-(c.end - c.start), -c.priority, c.start))
    taken = bytearray(hi - lo)
    chosen = []
    for c in cands:
        if any(taken[c.start - lo:c.end - lo]):
            continue
        taken[c.start - lo:c.end - lo] = b"\x01" * (c.end - c.start)
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen


# (batch3, issue 9) Several short texts found at once. A short article paid for each of the ~60
# rules whose words it holds: its windows made for a few words, then its pattern called (0.42 ms per
# time expression against 0.25 in a long text). ``extract_group`` makes the trigger scan and every
# rule's windows once for a group of texts joined with a run of newlines that no window reaches
# across, cuts each rule's windows at the texts' edges, and then calls each rule's pattern and
# builder on each text's own string (a builder reads what it likes around its match: it sees that
# text alone, as in ``extract``). The same mentions as ``extract`` of each text alone
# (``tests/test_group_extract.py``), because:
# * the scan's tokens: a newline stands for a text's edge in each of its patterns (no letter, digit,
#   ":", "/", "." nor apostrophe; a space before the text is what the word scan puts there);
# * a window is a rule's reach (at most BACK before a word, FORWARD after it, then to the end of a
#   word, which a newline ends) around the words of one text: with a gap as wide as either, no
#   window of a text reaches into another text, and merging, unions and intersections commute with
#   cutting at a text's edges (a window cut at the text's end in ``extract`` is one that reaches it
#   in the joined text, and only such a one grows past it; windows of two texts that meet in the
#   gap are cut apart there);
# * the words' contexts (a rule's lead and trail, a word's own, ``TextWindows._context``) are
#   regexes read around a word: near a text's edge, within the most they can read (widths, the
#   look-aheads of a lead read backwards, every look-behind), they are read on the text alone
#   (``_GroupWindows``); elsewhere they read the same characters either way.
_GROUP_GAP = max(BACK, FORWARD) + 1   # (each gap character costs the trigger scan: as narrow as it can be)
_GROUP_SEP = "\n" * _GROUP_GAP
GROUP_TEXT_CHARS = 1 << 15    # a text longer than this is found alone (its own windows are many)
GROUP_CHARS = 1 << 18         # the characters of a group's texts together, at most (the caller's bound)
_PREFOUND: dict = {}          # text -> its mentions found with others, taken once by ``extract``
_UNCAPPED: dict = {}          # a text as given -> as ``uncap`` makes it, for those of _PREFOUND


def groupable(text: str) -> bool:
    """Whether ``text`` may be found with others (``extract_group``): short, and lower-cased
    without changing its length nor making an ASCII letter of another (``trigger_spans`` reads
    such a text with its case-blind pattern: that choice is the whole joined text's)."""
    # ((speed13) "İ" is the one character that lower() makes longer (``triggers._GROWS``): looked for, not lowered)
    return 0 < len(text) <= GROUP_TEXT_CHARS and "\u212a" not in text and _GROWS not in text


def extract_group(texts: list[str]) -> list[list[Mention]]:
    """``[extract(t) for t in texts]`` (each ``groupable``), with the scan and each rule's windows
    made once for all of them (see above). Memory: the texts joined, and their windows."""
    out = []
    for text, rule_wins in zip(texts, _group_windows(texts)):
        n, cands = len(text), []
        for rule, wins in rule_wins:
            for men in rule.find(text, wins):
                for x in (men if isinstance(men, list) else (men,)):
                    if x.end > x.start and 0 <= x.start and x.end <= n:
                        x.priority = x.priority or rule.priority
                        cands.append(x)
        out.append(_choose(text, cands, 0, n))
    return out


def _group_windows(texts: list[str]) -> list[list[tuple]]:
    """For each of ``texts``, (rule, its windows in the text) for each rule that has any there, in
    the order of the rules: what ``_windows_of`` gives for the text alone, made for all at once."""
    joined, starts, ends = _joined(texts)
    spans = trigger_spans(joined, required=_REQUIRED, only=_READ)
    per_text: list[list] = [[] for _ in texts]
    last = len(texts)
    for rule, wins in _windows_of(RULES, spans, _GroupWindows(joined, spans, texts, starts, ends)):
        j, cur = -1, None
        for ws, we in wins:
            # the window cut at the edges of each text it meets (two, where windows of two texts
            # met in the gap between them: each text's part is its own window's)
            i = bisect_right(starts, ws) - 1
            if i < 0:
                i = 0
            while i < last and starts[i] < we:
                s, e = starts[i], ends[i]
                a, b = (ws if ws > s else s), (we if we < e else e)
                if a < b:
                    if i != j:
                        cur, j = [], i
                        per_text[i].append((rule, cur))
                    cur.append((a - s, b - s))
                i += 1
    return per_text


def _joined(texts: list[str]) -> tuple[str, list[int], list[int]]:
    """``texts`` joined with the gap before, between and after them; where each starts and ends."""
    starts, ends, pos = [], [], _GROUP_GAP
    for t in texts:
        starts.append(pos)
        pos += len(t)
        ends.append(pos)
        pos += _GROUP_GAP
    return _GROUP_SEP + _GROUP_SEP.join(texts) + _GROUP_SEP, starts, ends


@contextmanager
def found_together(texts: list[str]):
    """While it lasts, ``extract`` of each of ``texts`` (as ``tag_blocks`` reads them: written
    as ``uncap`` makes them, whole) gives the mentions ``extract_group`` found for it, once; a text
    not ``groupable`` is left to ``extract``. The caller bounds the group (``GROUP_CHARS``); one
    thread at a time (a pool's worker). Any error: nothing is found ahead (each text then finds
    its own, and fails alone as it would)."""
    try:
        try:
            read = {}
            for shown in texts:
                t = uncap(shown)
                if groupable(t):
                    read[shown] = t
            if len(read) > 1:
                with _fewer_collections():
                    found = extract_group(list(read.values()))
                for (shown, t), men in zip(read.items(), found):
                    _PREFOUND[t] = men
                    _UNCAPPED[shown] = t   # (``_tag_blocks`` takes it: ``uncap`` once)
        except Exception:
            _PREFOUND.clear()
            _UNCAPPED.clear()
        yield
    finally:
        _PREFOUND.clear()
        _UNCAPPED.clear()


_BEHIND: dict = {}


def _behind(pattern) -> int:
    """The most characters a match of ``pattern`` (compiled) reads before the place it is tried
    at (its look-behinds; a word boundary or a line start: one); large where it cannot be read."""
    key = (pattern.pattern, pattern.flags)
    got = _BEHIND.get(key)
    if got is None and "(?<" not in pattern.pattern:
        got = _BEHIND[key] = 1   # (no look-behind: nothing to parse)
    if got is None:
        from timeline_app.temporal.reach import _P, over_lookarounds

        def behind_of(av) -> int:
            # a look-behind reads its widest match back; any look-around, what the look-behinds inside it read
            return max(av[1].getwidth()[1] if av[0] == -1 else 0, walk(av[1]))

        def walk(sub) -> int:
            return over_lookarounds(sub, behind_of, 1)

        try:
            got = walk(_P.parse(pattern.pattern, pattern.flags))
        except Exception:
            got = 1 << 30
        _BEHIND[key] = got
    return got


class _GroupWindows(TextWindows):
    """``TextWindows`` of texts joined (``extract_group``): a word's contexts near a text's edge
    are read on that text alone."""

    def __init__(self, text: str, spans: dict, texts: list[str], starts: list[int], ends: list[int]):
        super().__init__(text, spans)
        self.texts, self.starts, self.ends = texts, starts, ends
        self._alone: dict[int, TextWindows] = {}
        self._margins: dict = {}
        # at each offset of a text (its end included), how far it is from the text's nearer edge,
        # up to _EDGE_MOST (one byte an offset, made at C speed)
        dist = bytearray(len(text) + 1)
        for s, e in zip(starts, ends):
            n = e - s
            dist[s:e + 1] = (_RAMP + _EDGE_FAR * (n + 1 - 2 * _EDGE_MOST) + _PMAR if n + 1 >= 2 * _EDGE_MOST
                             else bytes(min(k, n - k, _EDGE_MOST) for k in range(n + 1)))
        self._dist = dist

    def _margin(self, lead, trail) -> int:
        """The most a context of ``lead`` and ``trail`` reads around a word, either way (the
        contexts are the tagger's own, alive while this lasts: their identity is their key)."""
        key = (id(lead), id(trail))
        m = self._margins.get(key)
        if m is None:
            m = 1
            for ctx in (lead, trail):
                if ctx is not None:
                    m += ctx[1] + _behind(ctx[0])
                    if len(ctx) == 4:
                        m += ctx[2] + _behind(ctx[3])
            self._margins[key] = m
        return m

    def _context(self, found, lead, trail):
        if (lead is None and trail is None) or not found:
            return super()._context(found, lead, trail)
        m, d = self._margin(lead, trail), self._dist
        if m >= _EDGE_MOST:
            edges = found   # (read nowhere near as far: every one on its text alone)
        else:
            edges = [sp for sp in found if d[sp[0]] < m or d[sp[1]] < m]
            if not edges:
                return super()._context(found, lead, trail)
        kept = set(super()._context([sp for sp in found if d[sp[0]] >= m and d[sp[1]] >= m], lead, trail)) \
            if len(edges) < len(found) else set()
        starts = self.starts
        for sp in edges:
            i = bisect_right(starts, sp[0]) - 1
            s = starts[i]
            alone = self._alone.get(i)
            if alone is None:
                alone = self._alone[i] = TextWindows(self.texts[i], {})
            if alone._context([(sp[0] - s, sp[1] - s)], lead, trail):
                kept.add(sp)
        return [sp for sp in found if sp in kept]


_EDGE_MOST = 255   # (a distance from a text's edge, in one byte: "this far or more")
_RAMP = bytes(range(_EDGE_MOST))
_PMAR = _RAMP[::-1]
_EDGE_FAR = bytes((_EDGE_MOST,))


# categories whose tokens are numbers ("1990s"): a rule triggered by these alone reads its lead and trail
# around the number token itself; (speed11) "clock4" too ("at 2130": clock4_informal's lead, the cue before it)
_NUMBER_TRIGGERS = frozenset({"year", "year3", "decade", "clock4"})


_OWN: dict = {}


def _own_contexts(rule) -> tuple:
    """``reach.rule_contexts`` of ``rule`` compiled (once per rule)."""
    got = _OWN.get(rule.name)
    if got is None:
        # a lead as its words read backwards, matched at the word on the text read backwards
        # (``TextWindows._context``); the same compiled pattern for the same source (rules share
        # them: the spans they keep are made once per text)
        got = _OWN[rule.name] = tuple(
            (w, lead and (_compiled_context(lead[2]), lead[1], True), trail and (_compiled_context(trail[0]), trail[1]))
            for w, lead, trail in rule_contexts(rule))
    return got


# (speed3) a context's source is an alternation of spellings ("(?:[\W_]+(?i:a)(?i:g)(?i:o)|[\W_]+(?i:b)...)",
# ``reach._context_source``), each tried in turn from the blank on; it is only ever asked whether it
# matches where a word starts or ends (``TextWindows._context``: ``match``, true or false), so the
# same spellings as a tree of their common beginnings say the same: a blank run read once, then
# one branch per letter (and a spelling that another begins with is enough alone)
_CTX_TOKEN = re.compile(r"\[\\W_\]\+|\(\?i:(?:\\.|[^\\])\)|\\.|[^\\|()\[\]+*?{}^$.]|(\|)")


def _factored(source: str) -> str:
    """``source``, an alternation of ``reach._context_source`` spellings, as the tree of their
    tokens (the same matches as a yes or no at any place; ``source`` itself where it is not such an
    alternation)."""
    if not (source.startswith("(?:") and source.endswith(")")):
        return source
    body, alts, pos = source[3:-1], [[]], 0
    while pos < len(body):
        m = _CTX_TOKEN.match(body, pos)
        if m is None:
            return source
        if m.group(1):
            alts.append([])
        else:
            alts[-1].append(m.group())
        pos = m.end()
    tree: dict = {}
    for alt in alts:
        if not alt:
            return source
        node = tree
        for tok in alt:
            if None in node:
                break   # a spelling it begins with ends here: a match already
            node = node.setdefault(tok, {})
        else:
            node.clear()   # the spellings that go on from here add no match
            node[None] = True

    def emit(node: dict) -> str:
        if None in node:
            return ""
        parts = [tok + emit(child) for tok, child in node.items()]
        return parts[0] if len(parts) == 1 else "(?:%s)" % "|".join(parts)

    return emit(tree)


def _compiled_context(source: str) -> re.Pattern:
    """A context's source compiled as ``_factored`` gives it, once per source."""
    got = _COMPILED.get(("ctx", source))
    if got is None:
        got = _COMPILED[("ctx", source)] = re.compile(_factored(source))
    return got


_COMPILED: dict = {}


def _compiled(source: str) -> re.Pattern:
    got = _COMPILED.get(source)
    if got is None:
        got = _COMPILED[source] = re.compile(source)
    return got


_AROUND: dict = {}


def _lead_trail(rule) -> tuple:
    """``rule.lead`` and ``rule.trail`` compiled, (pattern, width) or None, made once per rule
    (``TextWindows`` keeps what it made from them by their identity)."""
    got = _AROUND.get(rule.name)
    if got is None:
        lead = trail = None
        if rule.trail is not None:
            trail = (rule.trail[0].compiled(), rule.trail[1])
        if rule.lead is not None:
            forward = rule.lead[0].compiled()
            back = reversed_lead(forward.pattern, forward.flags)
            # read backwards where it can be (``backwards.py``): (pattern, width, how far its
            # look-aheads read, the lead as written for what the backward match leaves open)
            lead = (forward, rule.lead[1]) if back is None else (_compiled(back[0]), rule.lead[1], back[1], forward)
        got = _AROUND[rule.name] = (lead, trail)
    return got


def prepare_rules() -> None:
    """Compile every rule's pattern, negative contexts, lead and trail and the words around its
    trigger words, and read its reach, now rather than on first use (a benchmark's start-up,
    a worker that will tag many texts); the first use otherwise does it, rule by rule."""
    for rule in RULES:
        rule.pattern.compiled()
        for neg in (rule.reject_before, rule.reject_after):
            if neg is not None:
                neg[0].compiled()
        rule_reach(rule)
        _lead_trail(rule)
        _own_contexts(rule)


def rule_windows(rule, spans: dict, text_windows: TextWindows) -> list[tuple[int, int]]:
    """The windows of a text where ``rule`` can match (``spans``: the text's ``trigger_spans``,
    ``text_windows`` its ``TextWindows``): around the trigger words its pattern can hold ("the
    week": not "days", ``reach.rule_words``) with its lead before them (``Rule.lead``), as far
    as its pattern reaches around them (``reach.rule_reach``), where every word it requires is
    within reach too. The same list for rules with the same words and reaches (made once)."""
    for _rule, wins in _windows_of((rule,), spans, text_windows):
        return wins
    return []


class _Plan:
    """What ``rule_windows`` reads of a rule for every text, read once per rule (and again when
    the functions it is read with are replaced, as a test does to switch the narrowings off):
    ``words``, the keys ("=word") of ``reach.rule_words`` (None: any word of its categories);
    ``key``, the cache key of its windows in a text but for the words found there (rules with
    the same key share them where they have no words of their own: ``TextWindows.made``);
    ``made``: what making its windows reads (``_make_windows``), read the first time they are
    made (a rule whose words are not in a text compiles nothing)."""

    __slots__ = ("rule", "words", "key", "made", "needs")

    def __init__(self, rule):
        self.rule = rule   # (kept: the plans are found by the rule's identity)
        words = rule_words(rule)
        back, forward, any_back, any_forward = rule_reach(rule)
        cases = () if words is None else rule_cases(rule)
        self.words = None if words is None else frozenset("=" + w for w in words)
        static = ("rule", words is None, rule.triggers if words is None else None, rule.requires, back, forward,
                  any_back, any_forward, rule.lead and rule.lead[0].pattern, rule.trail and rule.trail[0].pattern,
                  cases, words is not None and (rule.lead or rule.trail) and rule_exact(rule))
        # one small tuple per distinct static part: a cache key that hashes at once
        self.key = _STATIC.setdefault(static, (len(_STATIC),))
        self.made = None
        # the required entries' categories: a rule one of whose is not in a text has no window
        # there (its windows meet none of that entry's), known before any is made
        self.needs = frozenset("@" + entry for entry in rule.requires)

    def making(self) -> tuple:
        """(back, forward, any_back, any_forward, lead, trail, the words' items for
        ``TextWindows.planned`` by word, the key those windows are kept under but for the words)."""
        if self.made is None:
            rule = self.rule
            back, forward, any_back, any_forward = rule_reach(rule)
            # what a match always holds right before / after its trigger word ("two days": a number)
            lead, trail = _lead_trail(rule)
            items, wkey = {}, None
            if self.words is not None:
                # ``TextWindows.words`` with its arguments read once (``word_items``), by "=word"
                cases, exact, around = rule_cases(rule), rule_exact(rule), _own_contexts(rule)
                items = {"=" + w: item for w, item in
                         word_items(sorted(eq[1:] for eq in self.words), lead, trail, cases, exact, around).items()}
                static = (back, forward, _ident(lead), _ident(trail), cases, exact,
                          tuple((w, _ident(a), _ident(b)) for w, a, b in around))
                wkey = _STATIC.setdefault(("words",) + static, (len(_STATIC),))
            self.made = (back, forward, any_back, any_forward, lead, trail, items, wkey)
        return self.made


_STATIC: dict = {}
_PLANS: dict = {}
_PLANS_MADE_WITH: list = []


def _plans() -> dict:
    """id(rule) -> its ``_Plan``; emptied when the functions plans are read with were replaced."""
    made_with = (rule_words, rule_reach, rule_cases, rule_exact, _lead_trail, _own_contexts)
    if _PLANS_MADE_WITH != [made_with]:
        _PLANS.clear()
        _PLANS_MADE_WITH[:] = [made_with]
    return _PLANS


def _windows_of(rules, spans: dict, text_windows: TextWindows) -> Iterator[tuple]:
    """(rule, its windows, see ``rule_windows``) for each rule of ``rules`` that has any, in order.
    A rule none of whose trigger categories or words is in the text costs two set operations:
    no window, its reach not read."""
    plans = _plans()
    present = set(spans)   # the categories and words ("=word") found
    if not all(spans.values()):
        filled = {c for c, found in spans.items() if found}
    else:
        filled = present
    made = text_windows.made
    for rule in rules:
        if rule.triggers.isdisjoint(filled):
            continue   # none of its trigger words here: no window (its reach need not be read)
        plan = plans.get(id(rule))
        if plan is None or plan.rule is not rule:
            plan = plans[id(rule)] = _Plan(rule)
        if plan.needs and not plan.needs <= filled:
            continue   # (a word it requires is not here: ``_make_windows`` would intersect with none)
        if plan.words is None:
            key = plan.key
            wins = made.get(key)
            if wins is None:
                wins = made[key] = _make_windows(plan, None, text_windows)
        else:
            found = plan.words & present
            if not found:
                continue
            # (speed2) made for each rule, not kept under (key, found) (as 69d0e17 did: that look-up
            # nearly always missed; rules that share words share ``TextWindows.planned``'s windows);
            # after 69d0e17 blocks went wrong for another reason: ``extract`` kept moved windows by
            # a list's identity alone (tests/test_block_windows.py)
            wins = _make_windows(plan, found, text_windows)
        if wins:
            yield rule, wins


def _make_windows(plan: _Plan, found: frozenset | None, text_windows: TextWindows) -> list[tuple[int, int]]:
    """The windows of ``plan``'s rule around the words ``found`` ("=word" keys; None: any word
    of its categories)."""
    rule = plan.rule
    back, forward, any_back, any_forward, lead, trail, items, wkey = plan.made or plan.making()
    if found is not None:
        eqs = sorted(found)   # ("=" sorts the same before every word)
        wins = text_windows.planned((wkey, tuple(eqs)), tuple([items[eq] for eq in eqs]), back, forward)
    elif rule.triggers <= _NUMBER_TRIGGERS:   # the number token is the trigger word
        wins = union([text_windows.get(c, back, forward, lead, trail) for c in sorted(rule.triggers)])
    else:
        wins = union([text_windows.get(c, back, forward) for c in sorted(rule.triggers)])
    for entry in rule.requires:
        if not wins:
            break   # (no window left: none of the next entry's is made for it)
        # the match holds a word of each required entry as well (anywhere in it)
        wins = intersect(wins, text_windows.get("@" + entry, any_back, any_forward))
    return wins


# A stretch of upper-case words (a headline: "EARLIER THIS WEEK", "TALKS RESUME ON MONDAY"):
# runs of A-Z words with at most four non-letters between them, on one line.
_CAPS_RUN = re.compile(r"(?<![A-Za-z])[A-Z]+(?:[^A-Za-z\n]{1,4}[A-Z]+)+(?![A-Za-z])")
_CAPS_HINT = re.compile(r"[A-Z][A-Z]+[^A-Za-z\n]{1,4}[A-Z]")  # where a run can start (a fast scan)
_CAPS_WORD = re.compile(r"[A-Z]{2,}")
_NAMES = {w for w, cats in word_categories().items() if {"month", "weekday", "holiday"} & set(cats)}


def _case_word(m: re.Match) -> str:
    w = m.group().lower()
    return w.capitalize() if w in _NAMES else w


# (informal5) an all-capital message that speaks to someone ("ARE YOU COMING ON SUNDAY", "I HAVE
# THE CHIROPODIST AT 10"): a chat written with caps lock, not a headline; its weekdays are written
# lower case, as a chat writes them (and read as a chat's: the day to come where no past is said)
_CHAT_PERSON = re.compile(r"\b(?:%s)\b" % "|".join(lexicon()["caps_chat_persons"]))
_WEEKDAY_NAMES = {w for w, cats in word_categories().items() if "weekday" in cats}


def _chat_case_word(m: re.Match) -> str:
    w = m.group().lower()
    return w if w in _WEEKDAY_NAMES else w.capitalize() if w in _NAMES else w


# (speed12) where _CAPS_HINT can start in ASCII text: two capitals side by side, found by ``bytes.find`` in the text
# with every capital written "U" (one C pass of translate and find, where the regex engine tested the charset [A-Z]
# at every character: ~1 % of a short article's instructions)
_UPPER_AS_U = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", b"U" * 26)
_U_RUN = re.compile(rb"U+")


def _caps_hints(text: str):
    """A function ``pos -> _CAPS_HINT.search(text, pos)`` (the same match). A hint starts on two capitals; from
    every start inside one run of capitals its capitals end where the run ends and the same characters must follow
    (no capital is a non-letter), so where the match fails at a run's first two capitals, the rest of the run is
    passed over: each character is read a bounded number of times. Memory: a copy of the text as bytes."""
    if not text.isascii():
        return functools.partial(_CAPS_HINT.search, text)
    marks = text.encode("ascii").translate(_UPPER_AS_U)
    find, match, run = marks.find, _CAPS_HINT.match, _U_RUN.match

    def hint(pos: int):
        i = find(b"UU", pos)
        while i >= 0:
            h = match(text, i)
            if h is not None:
                return h
            i = find(b"UU", run(marks, i).end())
        return None
    return hint


def uncap(text: str) -> str:
    """``text`` with its upper-case stretches of two or more words of two letters or more
    written in lower case, month, weekday and holiday names capitalised ("TALKS RESUME MAY 5"
    reads "talks resume May 5"), so that rules which weigh capitals (a title such as "This
    Week", a name such as "60 Minutes") read a headline as words. Same length, same offsets
    (ASCII letters only); text without such a stretch is returned as it is. One regex pass."""
    pieces, last, pos = [], 0, 0
    hint = _caps_hints(text)
    while True:
        h = hint(pos)
        if h is None:
            break
        m = _CAPS_RUN.match(text, h.start())
        if m is None or len(_CAPS_WORD.findall(text, m.start(), m.end())) < 2:
            pos = h.end() - 1  # "A.M. EST", "U.S.": one word, an abbreviation; go on from the next word
            continue
        pos = m.end()
        pieces.append(text[last:m.start()])
        run = m.group()
        pieces.append(_CAPS_WORD.sub(_chat_case_word if _CHAT_PERSON.search(run) else _case_word,
                                     re.sub(r"\b[A-Z]\b", lambda c: c.group().lower(), run)))
        last = m.end()
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


_TIME_QUESTION = re.compile(r"(?i)\b(?:%s)\b" % "|".join(re.escape(w) for w in lexicon()["time_questions"]))
_TIME_QUESTION_REACH = 120   # characters before a clock time (bounded per time)
# (left19) a clock time that settles the plan the talk is about: "see you at 8pm then", "7.30 it is then", "cya at 9"
_SETTLE_BEFORE = _re(r"(?i)(?<![\w'’])(?:%s)[ \t]+(?:(?:{settle_approximators:bare})[ \t]+)?$"
                            % "|".join(re.escape(w) for w in lexicon()["settle_before_words"]))
# (each blank run once, a mark's blanks inside its optional group: "[ \t]*,?[ \t]*" tried every split of a
# long run of blanks, time quadratic in it; the same language)
_SETTLE_AFTER = re.compile(r"(?i)[ \t]*(?:,[ \t]*)?(?:%s)[ \t]*(?:(?:[!.?]+|[\u2600-\u27bf\U0001f000-\U0001faff]|x+)[ \t]*)?(?:\n|$)"
                           % "|".join(re.escape(w) for w in sorted(lexicon()["settle_after_words"], key=len, reverse=True)))
_SETTLE_REACH = 24   # characters before a clock time read for "see you at" (bounded per time)


def decide_mode(mentions: list[Mention], dct: date | None, text: str = "",
                sentences: list[tuple[int, int]] | None = None) -> str:
    """News (anchor on the publication date) or narrative (anchor on the last date mentioned).

    A history reads as a chain of explicit dates far from its publication date, with few
    words that only make sense relative to the day of writing ("yesterday", "on Friday")."""
    votes = _ModeVotes()
    votes.add(mentions, text, sentences)
    return votes.decide(dct, text)


_SHORT_YEAR_AHEAD = 5   # (history4) a year written short ('47) is at most this far after the reference date
_CODA_WORDS = 4   # (history4) at most this many words from the day of writing in a history's closing paragraph
_STORY_AGE = 25   # (history4) years back from the day of writing that a one-year story is surely a history
_YEARLESS_RULES = frozenset(("day_month", "month_day", "month"))
# (history32) a year that heads a timeline's entry: at a line's start (after at most 3 characters of a
# bullet or blanks) and before a dash or a colon ("1903 – The brothers fly ...", "• 1927: Lindbergh ...")
_TIMELINE_ENTRY_BEFORE = re.compile(r"(?:^|\n)[ \t•*·-]{0,3}\Z")
_TIMELINE_ENTRY_AFTER = re.compile(r"[ \t]{0,2}[–—:-]")   # (history4) a day or a month named without its year
_STORY_REACH = 600   # characters from a dated day (or a weekday going on from it) to the next weekday
_PLANS_NEWS = 2      # (news7) year-less dates told in the future that, with a word from the day of writing, make a text news
_PLANS_READ = 48     # (news7) at most this many year-less dates have their tense read for the mode (a constant per text)


class _ModeVotes:
    """What ``decide_mode`` weighs, counted block by block (a long text's mentions are not all
    kept at once): the years of explicit dates and of seasons as counts per year (at most one
    entry per year named, whatever the text's length), and how many mentions of each kind."""

    def __init__(self) -> None:
        self.years: Counter = Counter()    # year of each explicit day, month or year
        self.seasons: Counter = Counter()  # year of each season that has one
        self._dated = 0                    # how many those two count together
        self.bc = self.deictic = self.mentions = self.deferred = 0
        self.yearless = 0                  # days and months told without their year ("on 8 January")
        self.coda_at: int | None = None    # where a text's last paragraph starts (after a line break)
        self.coda_deictic = 0              # words from the day of writing told in that paragraph
        self.from_last = False             # a mention counts from the last date ("four years later")
        self.asides: set[int] = set()      # while at most one year is told: years named in an aside
        # weekdays that go on from a day the text dates with its year ("2 September 1666, a
        # Sunday ... By Monday ... On Tuesday"), by that year: a story's days, not the day of
        # writing's, when the year is far from it (at most one entry per year named)
        self.story_weekdays: Counter = Counter()
        self._story_at, self._story_year = -1, None
        # (history6) "Two hundred and twenty years ago today, off Cape Trafalgar, ...": years counted
        # back from the day of writing, a generation or more (years back -> count; one entry per
        # number told), a story's year; "today" right after such an "ago" names no day of writing's news
        self.ago_years: Counter = Counter()
        self._ago_end = -1
        # (news7) year-less days and months told in the future ("is set to open on 14 March", "will
        # publish its results on 27 February") and in the past: a history tells its days in the past;
        # a news profile full of old years tells its plans from the day of writing
        self.yearless_future = self.yearless_past = 0
        self._starts: list[int] | None = None   # the sentences' starts, listed once for all blocks
        self._tensed = 0                           # year-less dates whose tense was read
        self._entry_end = -1                       # (history32) end of a year heading a timeline's entry line
        # (speed8) those readings, by (sentence start, end, expression start, end): the reading stage asks
        # ``tense_at`` the same of the same text for most of them (``_Told.tense``); at most _PLANS_READ
        self.told: dict[tuple[int, int, int, int], str | None] = {}

    def add(self, mentions: list[Mention], text: str, sentences: list[tuple[int, int]] | None = None) -> None:
        if sentences and self._starts is None:
            self._starts = [s for s, _ in sentences]
        starts = self._starts if sentences else None
        for m in mentions:
            self.mentions += 1
            y = m.data.get("year")
            if y is not None and self._dated <= 1 \
                    and _between_commas(text, m):
                self.asides.add(y)   # (only a text telling one year asks: "The bridge, built in 1932, ...")
            self.from_last = self.from_last or _from_last(m)
            if m.kind == "cal" and m.data.get("year") and m.data.get("grain") in ("day", "month", "year"):
                self.years[m.data["year"]] += 1
                self._dated += 1
                self._entry_end = m.end if _TIMELINE_ENTRY_BEFORE.search(text, max(0, m.start - 4), m.start) \
                    and _TIMELINE_ENTRY_AFTER.match(text, m.end) else -1
            elif m.kind == "cal" and m.data.get("month") and not m.data.get("year") and m.rule in _YEARLESS_RULES:
                self.yearless += 1
                if self._entry_end >= 0 and text.find("\n", self._entry_end, m.start) < 0:
                    # (history32) a timeline's entry, "1903 – The brothers fly at Kitty Hawk on 17 December":
                    # a day of the entry's year, told in the historical present, is no plan (the scan
                    # from the last entry read on: each character read once)
                    self.yearless_past += 1
                    self._entry_end = m.end
                elif starts and self._tensed < _PLANS_READ:   # (a bounded read around each of the first few)
                    self._tensed += 1
                    s0, s1 = sentences[max(0, bisect_right(starts, m.start) - 1)]
                    told = self.told[(s0, s1, m.start, m.end)] = tense_at(text, s0, s1, m.start, m.end, True)
                    self.yearless_future += told == "future"
                    self.yearless_past += told == "past"
            elif m.kind == "season" and m.data.get("year"):
                self.seasons[m.data["year"]] += 1
                self._dated += 1
            if m.rule in ("bc_year", "bc_century"):
                self.bc += 1
            d = m.data
            if m.kind == "offset" and d.get("anchor") == "dct" and d.get("unit") == "Y" and d.get("sign") == -1 \
                    and not d.get("vague") and (d.get("n") or 0) >= _STORY_AGE:
                self.ago_years[int(d["n"])] += 1
                self._ago_end = m.end
            elif m.kind == "deictic_day" and 0 <= m.start - self._ago_end <= 2 and not text[self._ago_end:m.start].strip():
                continue   # "... years ago today"
            if m.kind in ("deictic_day", "weekday") or (m.kind == "deictic" and not m.data.get("anaphoric")):
                self.deictic += 1
                if self.coda_at is None:
                    end = len(text.rstrip())
                    self.coda_at = start_of_line(text, end)   # (one backward scan of the last paragraph)
                if self.coda_at > 0 and m.start >= self.coda_at:
                    self.coda_deictic += 1
            if m.kind == "cal" and m.data.get("year") and m.data.get("grain") == "day":
                self._story_at, self._story_year = m.end, m.data["year"]
            elif m.kind == "weekday" and self._story_year is not None and m.start - self._story_at <= _STORY_REACH:
                self.story_weekdays[self._story_year] += 1
                self._story_at = m.end
            if m.kind in _DEFERRED:
                self.deferred += 1

    def decide(self, dct: date | None, text: str) -> str:
        if dct is None:
            return "narrative"
        deictic, years = self.deictic, self.years
        if self.ago_years:
            years = years + Counter({dct.year - n: c for n, c in self.ago_years.items()})
        deictic -= sum(c for y, c in self.story_weekdays.items() if y <= dct.year - 5)
        will_text = text
        if 0 < self.coda_deictic == deictic <= _CODA_WORDS and sum(years.values()) + sum(self.seasons.values()) + self.yearless >= 3:
            # (history4) a history that ends on the day of writing ("Today the house is a museum;
            # this week the rangers read his speeches"): its last paragraph alone speaks from that
            # day, the rest is a story ("will" there does not make it news either)
            deictic, will_text = 0, text[:self.coda_at]
        n_years = sum(years.values())
        if deictic > max(2, self.mentions // 15):
            return "news"
        if deictic >= 1 and self.yearless_future >= _PLANS_NEWS and self.yearless_future > 2 * self.yearless_past:
            # (news7) a profile or an obituary full of old years that names a day from the day of writing
            # ("told analysts on Monday") and tells most of its year-less dates as plans ("is set to
            # open on 14 March", "will publish its results on 27 February"): news, whatever its years
            return "news"
        if self.bc >= 3:
            return "narrative"
        recent = sum(c for y, c in years.items() if dct.year - 1 <= y <= dct.year + 1)
        if n_years < 6:
            # a short text: a history when it names a few years (or seasons of a year), none near
            # the day of writing, and nothing that speaks from that day ("Apollo 8 ... in the summer
            # of 1968 ... in August"; "... will decide in March" speaks from that day too)
            told = years + self.seasons
            n_told = sum(told.values())
            # one year is enough when the text goes on from it ("in the spring of 1848 ... That
            # December ... Four years later"): words counted from the last date, not from today
            # ... unless that one year is an aside ("The bridge, built in 1932, was closed in March")
            # (history4) or tells days and months of it without their year ("The expedition left
            # Hobart in December 1911. ... on 8 January ... on 19 April ... in late August")
            # of a time long gone (a generation back: a news story tells this year's days after a
            # recent year of background, "The law was passed in 2015. On 8 January the court ...")
            enough = 1 if self.from_last or (self.yearless >= 2 and bool(told) and max(told) <= dct.year - _STORY_AGE) else 2
            if n_told == 1 and next(iter(told)) in self.asides:
                enough = 2
            # (news7) nor when its year-less dates are told mostly as plans ("The seat has been held by the
            # party since 2010. Voters choose a new MP on 6 May."): a history tells its days in the past
            return "narrative" if n_told >= enough and deictic == 0 and recent == 0 \
                and max(told) <= dct.year - 5 and not _will_unquoted(will_text) \
                and self.yearless_future <= self.yearless_past else "news"
        if _median(years) <= dct.year - 5 or recent <= 0.4 * n_years:
            return "narrative"
        return "news"


def _will_unquoted(text: str) -> bool:
    """Whether the text speaks of a future in its own words: a "will" outside quotation marks
    ("England expects that every man will do his duty", quoted, is a story's words) (history6).
    Reads each "will" found back to its paragraph's start (at most 2,000 characters)."""
    for m in WILL_RE.finditer(text):
        para = max(text.rfind("\n", max(0, m.start() - 2000), m.start()) + 1, m.start() - 2000, 0)
        before = text[para:m.start()]
        if not (before.count('"') % 2 or before.count("“") > before.count("”")):
            return True
    return False


def _median(counts: Counter) -> float:
    """``statistics.median`` of the multiset ``counts`` (value -> how many times)."""
    n = sum(counts.values())
    values = sorted(counts)
    lo_rank, hi_rank = (n - 1) // 2, n // 2   # the middle one, or the middle two
    lo = hi = None
    seen = 0
    for v in values:
        seen += counts[v]
        if lo is None and seen > lo_rank:
            lo = v
        if seen > hi_rank:
            hi = v
            break
    return lo if lo == hi else (lo + hi) / 2


# Long texts are tagged in blocks of about BLOCK_CHARS characters (whole sentences), so that
# what is held at once -- mentions, resolutions, Timex records, a caller's rows -- is one
# block's, not the document's (a 4 MB text of dense dates is 570,000 expressions; at about
# 1.5 KB each while they are resolved, the whole document would take 850 MB). The discourse
# (the story's date, the quarter in discussion, sections, the events' dates) runs on from one
# block to the next. A text up to BLOCK_CHARS is one block, tagged exactly as a whole.
BLOCK_CHARS = 1 << 17
# A cut is looked for among the last sentence starts of a block's second half (at most this
# many tried): a "quiet" one, where no rule's window reaches across, keeps the tagging exactly
# that of the whole text; a text without one there (dates every few characters) is cut at the
# last sentence start, and no expression runs across that cut.
_CUT_TRIES = 128
_QUIET_BEFORE = BACK + 8          # a rule's window starts at most BACK characters before its trigger
_QUIET_AFTER = 2 * FORWARD + 8    # ... and ends at most FORWARD + FORWARD (to a word's end) after it


@dataclass(slots=True)
class TagBlock:
    """One block of a text's tagging (see ``tag_blocks``): the Timex records of its expressions,
    in text order, and its sentences, ``sentences`` (spans of the whole text, as given to
    ``tag_blocks`` or split there), the document's sentences number ``first`` on."""

    first: int
    sentences: list[tuple[int, int]]
    timexes: list[Timex]


_ASIDE_OPEN = re.compile(r"[,(][^,()\n.;:]{0,30}$")
_ASIDE_CLOSE = re.compile(r"\s*[,)]")


def _between_commas(text: str, m: Mention) -> bool:
    """An expression inside an aside: ", built in 1932," or "(1932)"."""
    return _ASIDE_OPEN.search(text, max(0, m.start - 31), m.start) is not None and _ASIDE_CLOSE.match(text, m.end) is not None


def _from_last(m: Mention) -> bool:
    """Whether a mention counts from the last date the text gave ("four years later", "that
    December", "the following summer", "the next day"), not from the day of writing."""
    d = m.data
    return (m.kind == "anaphor" or (m.kind == "offset" and d.get("anchor") == "last")
            or (m.kind in ("rel_month", "deictic") and d.get("anaphoric"))
            or (m.kind == "season" and d.get("rel") in ("that", "next_a", "prev_a")) or d.get("anaphoric_year") is not None)


def tag(text: str, reference_date: date | None, mode: str = "auto",
        sentences: list[tuple[int, int]] | None = None, cancel: CancelCheck = None) -> list[Timex]:
    """Find and resolve the time expressions of ``text`` against ``reference_date``.

    ``mode``: "news" anchors relative expressions on the reference date, "narrative" on the
    last date the text mentioned; "auto" decides from the text. ``sentences``: the text's
    sentence spans when the caller has them already (``split_sentences(text)``). ``cancel``: a
    callable checked between bounded steps; once it returns True, ``cancel.Cancelled`` is raised.
    All of them at once: ``tag_blocks`` gives them block by block, in bounded memory.
    """
    return [t for block in tag_blocks(text, reference_date, mode, sentences, cancel) for t in block.timexes]


def tag_blocks(text: str, reference_date: date | None, mode: str = "auto",
               sentences: list[tuple[int, int]] | None = None, cancel: CancelCheck = None,
               block_chars: int | None = None) -> Iterator[TagBlock]:
    """``tag`` as a stream: the Timex records block by block (``TagBlock``), each block whole
    sentences of about ``block_chars`` (default BLOCK_CHARS) characters, in text order, the discourse carried from one
    block to the next. Memory: one block's mentions and results, plus what the document keeps
    for later blocks -- its sentence spans, in "auto" mode the other blocks' mentions compressed
    (about 5-70 bytes each) until they are read, in a narrative the dates told (one small record
    each) and, when an event is looked up, an index of word offsets."""
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}")
    if not text:
        return
    with _fewer_collections():
        yield from _tag_blocks(text, reference_date, mode, sentences, cancel, block_chars)


# Tagging makes many small containers (mentions, their data, spans, rows), nearly all freed by
# their reference counts; Python's cyclic collector runs every 700 new ones by default, and each
# of its rare full passes reads every object of the process (a tenth of the CPU of tagging 1 MB).
# While a text is tagged it runs every _GC_GEN0 instead: the garbage it may leave waiting is
# bounded by that count (a few MB at most). Thresholds are restored when the last text being
# tagged (in any thread) is done; a collector switched off (threshold 0) is left so.
_GC_GEN0 = 10_000
_GC_LOCK = threading.Lock()
_GC_STATE: list = [0, None]   # texts being tagged, the thresholds before the first


@contextmanager
def _fewer_collections():
    with _GC_LOCK:
        if _GC_STATE[0] == 0:
            before = gc.get_threshold()
            _GC_STATE[1] = before if 0 < before[0] < _GC_GEN0 else None
            if _GC_STATE[1] is not None:
                gc.set_threshold(_GC_GEN0, *before[1:])
        _GC_STATE[0] += 1
    try:
        yield
    finally:
        with _GC_LOCK:
            _GC_STATE[0] -= 1
            before = _GC_STATE[1]
            if _GC_STATE[0] == 0 and before is not None and gc.get_threshold() == (_GC_GEN0, *before[1:]):
                gc.set_threshold(*before)


@contextmanager
def startup_set_aside():
    """While it lasts, every object alive when it starts is out of the cyclic collector's reach
    (``gc.freeze``; ``gc.unfreeze`` after): for a process that has imported what it needs and
    now tags (the command line's export; the throughput benchmark, which stands for it). Modules,
    compiled rules and libraries are never garbage, but each full pass of the collector walked
    them all again (~65,000 objects with pandas: ~40 ms of CPU, and the first long text tagged
    pays one). What dies meanwhile is still freed by its reference count; a cycle among those
    objects waits for the collector's next pass after it. The pool's fork server sets them aside
    for good (``core/worker_start.py``); the window runs its own policy (``MainWindow._resume_gc``)."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _tag_blocks(text: str, reference_date: date | None, mode: str, sentences, cancel: CancelCheck,
                block_chars: int | None) -> Iterator[TagBlock]:
    shown = text
    text = (_UNCAPPED.pop(shown, None) if _UNCAPPED else None) or uncap(text)  # rules read "EARLIER THIS WEEK" as "earlier this week"
    split = (sentences if sentences is not None else split_sentences(text)) or [(0, len(text))]
    blocks = ((i0, i1, lo, hi, None) for i0, i1, lo, hi in _cuts(text, split, block_chars or BLOCK_CHARS))
    need_events = True
    told = None
    if mode == "auto":
        # the mode is the whole text's: every block's mentions are counted before any is resolved
        votes, kept = _ModeVotes(), []
        for i0, i1, lo, hi, _ in blocks:
            mentions = extract(text, cancel, lo, hi)
            votes.add(mentions, text, split)
            if len(kept) == 1:  # a text of more than one block keeps them compressed until they are resolved
                kept[0] = kept[0][:4] + (_pack(kept[0][4]),)
            kept.append((i0, i1, lo, hi, _pack(mentions) if kept else mentions))
        mode = votes.decide(reference_date, text)
        need_events = votes.deferred > 0
        told = votes.told
        kept.reverse()
        blocks = (kept.pop() for _ in range(len(kept)))  # each block let go once it is read
    doc = _Told(text, shown, split, Discourse(reference_date, mode), need_events)
    if told is not None:
        doc.told = told
    # a block is finished (its periods counted from events, its lengths anchored on events) once
    # the next one is read, so that an event the text dates a little later is found as in the
    # whole text; at most two blocks' results are held
    read = None
    for i0, i1, lo, hi, mentions in blocks:
        if mentions is None:
            mentions = extract(text, cancel, lo, hi)
        elif isinstance(mentions, bytes):
            mentions = pickle.loads(zlib.decompress(mentions))
        ahead = _read_block(doc, mentions, i0, i1, read is None and hi == len(text), cancel)
        del mentions
        if read is not None:
            yield _finish_block(doc, read, ahead)
        read = ahead
    if read is not None:
        yield _finish_block(doc, read, None)


def _pack(mentions: list[Mention]):
    """A block's mentions as compressed bytes (the list itself if something in it cannot be)."""
    try:
        return zlib.compress(pickle.dumps(mentions, pickle.HIGHEST_PROTOCOL), 1)
    except (pickle.PicklingError, TypeError, AttributeError):
        return mentions


def _cuts(text: str, split: list[tuple[int, int]], block_chars: int) -> Iterator[tuple[int, int, int, int]]:
    """The blocks of ``text``: (first sentence, end sentence, start, end), sentences of ``split``,
    the start and end offsets of text[start:end] (the blanks after a block's last sentence are
    its own). See BLOCK_CHARS and _CUT_TRIES."""
    n = len(text)
    i0, lo = 0, 0
    while n - lo > block_chars and i0 + 1 < len(split):
        k = bisect_right(split, (lo + block_chars, n + 1), i0 + 1) - 1  # the last start in reach
        k = max(k, i0 + 1)
        j, floor = k, lo + block_chars // 2
        while j > i0 and split[j][0] >= floor and k - j < _CUT_TRIES:
            if _quiet(text, split[j][0]):
                break
            j -= 1
        else:
            j = k
        yield i0, j, lo, split[j][0]
        i0, lo = j, split[j][0]
    yield i0, len(split), lo, n


def _quiet(text: str, p: int) -> bool:
    """Whether no rule's window can reach across offset ``p`` (a blank before it, no trigger
    word within reach on either side): the tagging of the text on both sides of ``p`` is then
    the same as that of the whole (``extract`` finds matches in windows around triggers only)."""
    if p and not text[p - 1].isspace():
        return False
    a = max(0, p - _QUIET_AFTER - 64)
    piece = text[a:p + _QUIET_BEFORE + 64]
    if piece.isascii():
        # (speed3) a word the rules read near ``p`` (most tries in news: "that", "year", "last") says
        # no at once: ``trigger_spans`` gives every match of its word scan over an ASCII text as a
        # span (its "=word"), so the same scan of the same piece finds the spans of words first;
        # only where none is near are its numbers, separators and dots read, by the whole call
        lo, hi = p - _QUIET_AFTER - a + 1, p + _QUIET_BEFORE - a + 1   # (offsets in " " + piece)
        for m in _word_start_scanner(DEFAULT, _REQUIRED, _READ).finditer(" " + piece.lower()):
            if m.start(1) < hi and m.end(1) > lo:
                return False
    # the words the rules read (``extract``'s scan: its trie is built once; words no rule reads,
    # such as the "s" of "Mother's Day", make no window)
    for found in trigger_spans(piece, required=_REQUIRED, only=_READ).values():
        for s, e in found:
            if s + a < p + _QUIET_BEFORE and e + a > p - _QUIET_AFTER:
                return False
    return True


@dataclass(slots=True)
class _Read:
    """A block read (its mentions resolved in reading order) but not finished (``_finish_block``)."""

    first: int
    end: int
    results: "_Found"
    deferred: list


def _read_block(doc: "_Told", mentions: list[Mention], i0: int, i1: int, whole: bool, cancel: CancelCheck) -> _Read:
    """Resolve one block's mentions (of the sentences ``i0`` to ``i1`` of ``doc.split``; ``whole``:
    the block is the whole text) in reading order, moving the document's discourse."""
    text, shown, ctx = doc.text, doc.shown, doc.ctx
    mode = ctx.mode
    # an expression across a sentence cut ("earlier\nthis week") holds its sentences together
    doc.add_sentences(join_across(doc.split[i0:i1], [(m.start, m.end) for m in mentions], text))
    sentences, starts = doc.sentences, doc.starts
    results = _Found(doc)
    update_seen = [-1, -1]   # (speed8) ``_update_head``'s memo
    deferred: list[tuple[Mention, int]] = []
    # a clock time without its own day takes the day its sentence names, even a later one
    order = []
    sent_of = [max(0, bisect_right(starts, men.start) - 1) for men in mentions]
    dated = {si for si, men in zip(sent_of, mentions) if men.kind == "cal" and men.data.get("year")
             and men.data.get("grain") in ("month", "day")}
    sent_mentions: dict[int, list[Mention]] = defaultdict(list)  # a heading reads its own mentions only
    for si, men in zip(sent_of, mentions):
        sent_mentions[si].append(men)
    # (informal5) a sentence that names a habit ("hours are noon to 8 daily", "every sat at 10am")
    habits = {si for si, men in zip(sent_of, mentions) if men.kind == "fixed" and men.data.get("type") == "SET"}
    set_habits = set(habits)   # (standing29) a set's habit is read over the sentence; a word's not across a clause of one occasion
    # (sift) ... or a habit with words no rule tags: "I run at 6am most days", "kitchen open till 9 on
    # quiz nights" (a regex over the sentences of clock times only: bounded by the text)
    habits |= {si for si, men in zip(sent_of, mentions) if men.kind == "time" and si not in habits
               and not men.data.get("dref") and _HABIT_WORDS.search(text, *_message_of(text, sentences[si], men))}
    # (lead, thirty-third session) a clock time right after a day's date ("booked 😬 Thursday 21st March 8:57am. can we keep
    # lessons every other Tues"): the hour of that day, not of the sentence's habit (a blank, a comma or "at" between; a
    # weekday alone keeps the habit's reading: "open Sat 9-12 every week"); (the lead, fortieth session, §198) a weekday
    # with its day of the month too: "Normal swims start again Saturday 4th 8am, then every Saturday as usual"
    on_its_day = {id(men) for prev, men in zip(mentions, mentions[1:]) if men.kind == "time"
                  and prev.kind in ("cal", "weekday_mday") and prev.data.get("day")
                  and 0 <= men.start - prev.end <= _DAY_CLOCK_GAP and _DAY_CLOCK_JOIN.fullmatch(text, prev.end, men.start)}
    for men in mentions:
        if men.kind == "time" and men.data.get("loose") and not men.data.get("forward") \
                and _BARE_HOUR_TEXT.fullmatch(text, men.start, men.end) \
                and _RETURN_BEFORE.search(text, max(0, men.start - _RETURN_REACH), men.start):
            # (lead, thirty-third session) "Leaving at 8am, back around 5": a return is after the leaving (the hour
            # read forward of the time before it, as after "by"); a bare hour only (a clock with its minutes, "back at
            # 8:40", moved one never-read set's morning to the evening)
            men.data["forward"] = True
    habit_item = None   # (generic24) the last clock time, where it is a habit's hour read in its clause
    head_year = None   # (past) a year a heading names ("My 2025 in review"): its list's months and seasons are of it
    for prev, men in zip(mentions, mentions[1:]):
        # (eleventh session, clock) "worked 10pm to 6am", "22:00-06:00": the second end of a range of
        # clock times (``resolve``: past midnight where it is earlier than the first)
        if men.kind == "time" and prev.kind == "time" and 0 <= men.start - prev.end <= _RANGE_GAP_MAX \
                and _CLOCK_RANGE_GAP.fullmatch(text, prev.end, men.start):
            men.data["clock_range_end"] = True
        elif men.kind == "time" and _LIMIT_BEFORE.search(text, max(0, men.start - 7), men.start):
            men.data["limit_end"] = True
    for si, men in zip(sent_of, mentions):
        if men.kind == "cal" and men.data.get("grain") == "year" and men.data.get("year") \
                and _is_heading(text, *sentences[si]) and sum(1 for o in sent_mentions[si] if o.kind != "duration") == 1:
            head_year = (men.data["year"], men.end)
        elif head_year is not None and men.start - head_year[1] <= _HEAD_YEAR_REACH and not men.data.get("year") \
                and ((men.kind == "cal" and men.data.get("grain") == "month" and not men.data.get("day"))
                     or (men.kind == "season" and men.data.get("rel") is None)) \
                and men.data.get("line_head"):
            # "January: quit my job", "Spring: started freelancing" under "My 2025 in review": a chronicle's line
            men.data["year"] = head_year[0]
        # ((stamps26) a chat stamp with no year, "[20/09, 21:47]", names its day: read in order, not late)
        late = men.kind in ("time", "pod_time") and not men.data.get("dref") and not men.data.get("year") \
            and not men.data.get("stamp_month")
        if late and si in habits and men.kind == "time" and id(men) not in on_its_day \
                and (si in set_habits or not _habit_spill_refused(text, sentences[si], men)):
            # its clock times are of no one day; (informal6) right after the habit ("every evening about 6")
            # even where the sentence names a day too ("..., will keep an eye out tonight")
            near = [h for h in sent_mentions[si] if h.kind == "fixed" and h.data.get("type") == "SET"
                    and (0 <= men.start - h.end <= _HABIT_NEAR or 0 <= h.start - men.end <= _HABIT_NEAR)]
            # ((eleventh session) or right after it: "shuts at 3.30 on sundays now")
            men.data["habit"] = "near" if near else True
            if near and "T" in near[-1].data.get("value", ""):
                men.data["habit_pod"] = near[-1].data["value"].rsplit("T", 1)[1]   # "every morning about 7": 07:00
        if men.kind == "time" and men.data.get("dref") \
                and (own := _BUSINESS_OWN_DAY.fullmatch(text, men.start, men.end)) is not None:
            # (hours42, §204) "we close at [5pm Saturday] and Sunday", "Shop open 9 til [5 today] and tomorrow": the clock's
            # own day the first of a group of days, cut apart (``_split_business_day``): after a weekday the clock of no one
            # day, after "today"/"tomorrow" kept on it (§204's figures)
            lo_b, hi_b = _message_of(text, sentences[si], men)
            cb0, cb1 = _time_clause(text, lo_b, hi_b, men)
            cut = own.start("day") if own["day"] else own.start("wday")
            if (verb := _business_day_hours(text, cb0, cb1, sent_mentions[si], men, cut)) is not None:
                men.data["business_split"], men.data["business_verb"] = cut, verb
                men.data["business_no_day"] = own["wday"] is not None
        if men.kind == "weekday" and not men.data.get("rel") and _BUSINESS_WEEKDAY.fullmatch(text, men.start, men.end) \
                and _listing_line(text, sent_mentions[si], men):
            men.data["listing_set"] = True   # (hours42, §204) "Hours: Open 11am – 11pm ([Fri]–[Sat] till 1am)": every such day
        if men.kind == "time" and men.data.get("dref") \
                and (wk := _BUSINESS_WEEKDAY_CLOCK.fullmatch(text, men.start, men.end)) is not None \
                and _listing_line(text, sent_mentions[si], men):
            # (hours42, §204) "Hours: Monday–Saturday 7 AM–5 PM · [Sunday 8 AM]–1 PM": the weekday a SET, its clock of no
            # day, cut apart (``_split_business_day``)
            men.data["listing_split"], men.data["listing_weekday"] = wk.end("day"), _BUSINESS_WEEKDAYS[wk["day"].lower()]
        if late and men.kind == "time" and men.data.get("habit") != "near" and habit_item is not None \
                and 0 <= men.start - habit_item.end <= _HABIT_ITEM_GAP and _HABIT_ITEM_JOIN.fullmatch(text, habit_item.end, men.start):
            # (generic24) "is usually 8am and 9:30": the second hour an item of the first's habit
            men.data["habit"], men.data["habit_cue"] = habit_item.data["habit"], habit_item.data["habit_cue"]
        elif late and men.kind == "time" and men.data.get("habit") != "near" and habit_item is not None \
                and 0 <= men.start - habit_item.end <= _HABIT_GAPPED_REACH \
                and (gap := _HABIT_GAPPED.fullmatch(text, habit_item.end, men.start)) is not None \
                and not _HABIT_GAPPED_SUBJECT.search(gap.group("head")) \
                and not any(habit_item.end <= o.start < men.start for o in sent_mentions[si]):
            # (the lead, thirty-sixth session, §148) "Check-in is from 4pm, checkout 10am": a verbless conjunct after a
            # comma, its verb gapped from the habit's clause before it, names an hour of the same habit
            men.data["habit"], men.data["habit_cue"] = habit_item.data["habit"], habit_item.data["habit_cue"]
        elif late and men.kind == "time" and habit_item is not None and habit_item.data.get("habit_kind") == "run_of_days" \
                and 0 <= men.start - habit_item.end <= _HABIT_ITEM_GAP and _RUN_CLOCK_JOIN.fullmatch(text, habit_item.end, men.start):
            # (§148) "Mon 1st to Fri 12th April, 10 to 2": the other end of the run's hours
            men.data["habit"], men.data["habit_cue"], men.data["habit_kind"] = "habit_clause", habit_item.data["habit_cue"], "run_of_days"
        elif late and men.kind == "time" and men.data.get("habit") in (None, False, True) \
                and (run := _run_before(text, sent_mentions[si], men)) is not None:
            # (§148) "Mon 1st to Fri 12th April, 2 hr sessions at 9.30 and 12": the hours of every day of a run of days
            men.data["habit"], men.data["habit_cue"], men.data["habit_kind"] = "habit_clause", run, "run_of_days"
        elif late and men.kind == "time" and men.data.get("habit") != "near" \
                and (tt := _timetable_list(text, sent_mentions.get(si - 1, []) + sent_mentions[si], men)) is not None:
            # (generic45, §260) "Ferry timetable over Easter from the wharf: 8am, 9.30am, 3pm": a timetable's clocks
            men.data["habit"], men.data["habit_cue"], men.data["habit_kind"] = "habit_clause", tt, "timetable_list"
        elif late and men.kind == "time" and men.data.get("habit") != "near" \
                and (cue := _habit_cue(text, sentences[si], sent_mentions[si], men)) is not None:
            # (generic24) a habit read in the clock time's own clause: "I usually get up at 8 but tomorrow ...",
            # "Eid prayer is usually 8am", "the 3am slump is real"
            strength, men.data["habit_cue"], kind = cue
            if strength != "habit_noun" or not men.data.get("habit"):
                men.data["habit"] = strength
            if kind:
                men.data["habit_kind"] = kind   # (generic26) "offer_question": what the explanation says
        if late and men.kind == "time" and not men.data.get("dref") \
                and _NEW_YEAR_IN.search(text, max(0, men.start - _NEW_YEAR_IN_REACH), men.start) is not None:
            men.data["new_year_night"] = True   # (occasion37, §144) "... to see the new year in? quiet by half 12"
        if men.kind == "weekday" and not men.data.get("rel") and not men.data.get("the") and not men.data.get("that") \
                and not men.data.get("weeks_after") \
                and _OCCASION_GOING.search(text, max(sentences[si][0], start_of_line(text, men.start), men.start - _GOING_GAP),
                                           men.start) is not None:
            men.data["going"] = True   # (occasion37, §144) "we can come Tuesday night to hold the spot"
        if men.kind == "weekday" and not men.data.get("rel") and _INDEFINITE_BEFORE.search(text, max(0, men.start - 4), men.start):
            men.data["indefinite"] = True   # (reviews46, §272) "We arrived on a Monday": no one Monday the text tells
        if late and men.kind == "time" and not men.data.get("habit") \
                and (routine := _review_routine(text, sentences[si], sent_mentions[si], men)) is not None:
            men.data["routine"], men.data["routine_terms"] = routine   # (reviews34) "Checkout 10am": of no day under a review's stamp (the main loop)
        if late and men.kind == "time" and not men.data.get("habit") \
                and (gone := _occasion_gone(text, sentences[si], sent_mentions[si], men)) is not None:
            # (generic26) "last time she was on at 11": an occasion gone named by its place in a series, not its day
            # (``resolve._time`` reads it with the past at the time)
            men.data["occasion_gone"] = gone
        if men.kind == "time":
            habit_item = men if men.data.get("habit") in ("near", "habit_clause") and men.data.get("habit_cue") else None
        if late and men.kind == "time" and men.data.get("loose"):
            nxt = next((o for o in sent_mentions[si] if o.start > men.end and o.kind == "time" and not o.data.get("loose")
                        and not o.data.get("dref") and o.data.get("hour") is not None), None)
            if nxt is not None and nxt.start - men.end > _NEXT_CLOCK_REACH:
                nxt = None   # (informal7) not a time far on in a long spoken sentence (a voice note's "one o'clock ... 9")
            if nxt is not None:
                men.data["next_clock"] = nxt.data["hour"]   # (informal6) "started at 6.40 ... at 4pm"
        if men.kind == "time" and not men.data.get("year") and men.data.get("hour") is not None \
                and (men.data.get("loose") or men.data.get("h12") or men.data.get("small_pm") or men.data.get("day_word_hour")):
            _clause_half(text, sentences[si], sent_mentions[si], men)
            if men.data.get("loose") and _SAME_TIME_BEFORE.search(text, max(0, men.start - _SAME_TIME_REACH), men.start):
                men.data["same_time"] = True
                h = men.data["hour"]
                lo = max(start_of_line(text, men.start), men.start - _SAME_OCCASION_REACH)
                if not men.data.get("half_cue") and 5 <= h <= 11 and _HALF_CUES[0][1].search(text, lo, men.start) is None \
                        and (_HALF_CUES[1][1].search(text, lo, men.start) or _EVENING_ACTIVITY_CUE.search(text, lo, men.start)):
                    # (dayhalf29) "Great practice tonight. Same time tmrw, 7 sharp": the occasion said again, its evening
                    # named in the sentence before on the line (a morning's word there keeps the hour as it is)
                    men.data["hour"], men.data["half_cue"] = h + 12, "pm"
        if late and men.kind == "time":
            # (values, fifteenth session) which day of its sentence the time is on: a day after "on" right after it, or
            # after it and the noun it modifies ("closes for Christmas at 1.30pm on Friday 19 December", "no 8am
            # service on Boxing Day"), is its day whatever the sentence named before; a day after a comma opens the
            # next item of a list ("Saturday 24th from 9am till 3pm, Sunday 25th 10 till 2"), it is not the time's
            on = _ON_DAY_AFTER.match(text, men.end)
            if on is not None and any(o.start == on.end() for o in sent_mentions[si]):
                men.data["day_at"] = on.end()
            elif _COMMA_AFTER.match(text, men.end) and any(o.start == men.end + len(_COMMA_AFTER.match(text, men.end)[0])
                                                           for o in sent_mentions[si]):
                men.data["comma_next"] = True
        if late and men.kind == "time" and "day_at" not in men.data and not men.data.get("dref") \
                and (moved := _moved_from(text, sent_mentions[si], men)) is not None:
            men.data["day_at"] = moved   # (ampm34, §125) "can we move thurs to fri? got a shift till 5": the day given up
        if late and men.kind == "time" and (cut := _MESSAGE_CUT.search(text, men.end, sentences[si][1])) is not None:
            men.data["cut"] = cut.start()   # (informal6) "about 8. the nurse is coming Friday": a chat's full stop
        if late and men.kind == "time" and "cut" not in men.data \
                and _CONDITION.search(text, max(sentences[si][0], men.start - _CONDITION_REACH), men.start):
            men.data["cut"] = men.end + _DAY_RIGHT_AFTER
        if late and men.kind == "pod_time" and mode == "news" and (men.data.get("vague_day") or men.data.get("topic_pod")) \
                and (si in habits or (
                (c := _time_clause(text, *_message_of(text, sentences[si], men), men)) is not None
                and _HABIT_WORDS.search(text, c[0], c[1]) is not None)):
            # (topicday35, §131) "The fete is on Saturday. I usually walk the dog in the morning": a part of the day in a
            # habit's clause (or a sentence with a set) is of no one day the talk is about (``resolve._pod_time``)
            men.data["pod_habit"] = True
        if late and men.kind == "pod_time" and mode == "narrative" and (cut := _CLAUSE_AND.search(text, men.end, sentences[si][1])) is not None:
            # (history7) "Caetano surrendered in the late afternoon and flew into exile the next day": a
            # day named in a clause after the part of the day is not its day
            men.data["cut"] = cut.start()
            # (read in its place, before the story moves on, unless a day is named before the cut:
            # "At dawn on the 21st the fleets sighted each other, and ...")
            late = any(men.end <= o.start < cut.start() for o in sent_mentions[si])
        if late and (_TIME_QUESTION.search(text, max(0, men.start - _TIME_QUESTION_REACH), men.start)
                     or (_YES_BEFORE.search(text, max(0, men.start - _YES_REACH), men.start)
                         and "?" in text[max(0, men.start - _TIME_QUESTION_REACH):men.start])):
            # (informal5) "what time? / DINNER AT 1PM": the answer to a question of the hour; (clock) or a yes
            # right before it, after a question ("is it on this sat? / yep! 9am sharp"): the day asked about
            men.data["answers"] = True
        if late and men.kind == "time" and (_SETTLE_BEFORE.search(text, max(0, men.start - _SETTLE_REACH), men.start)
                                            or _SETTLE_AFTER.match(text, men.end)):
            men.data["settles"] = True   # (left19) "see you at 8pm then": on the day of the plan the talk made before
            if (men.data.get("loose") or men.data.get("h12")) and not men.data.get("half_cue") and not men.data.get("year") \
                    and men.data.get("hour") is not None and 5 <= men.data["hour"] <= 11:
                _plan_half(text, men)
        if late and men.kind == "time" and _SPEAKER.match(text, start_of_line(text, men.start)):
            men.data["chat_line"] = True   # (eleventh session, clock) "Aisha: fine, 2pm on Teams" after "tmrw 2pm?"
        if late and men.kind == "time" and not men.data.get("dref") and (v := _voice(ctx, text, men.start)) is not None \
                and _VOICE_CARRY.search(text, v[1], men.start) is None and _VOICE_YES.match(text, v[1]) is None:
            # (thread21) a new sender's clock time (``resolve._other_voice``), and where its line opens: a message that
            # opens with a yes or a no ("yes but we need to leave by 5") answers the one before it
            men.data["voice"], men.data["voice_line"] = v[0], text.rfind("\n", max(0, men.start - _VOICE_REACH), men.start) + 1
        # in a story, "their main summer offensive ... in June 1942": a season without a year
        # takes the year of the date its sentence names, even a later one ("from the 13th to
        # the 19th of October 1950": a day takes its month)
        # (conventions) "closed at 7pm and was called two minutes later": after the clock times it counts from
        late = late or (men.kind == "offset" and men.data.get("anchor") == "last" and men.data.get("unit") in ("S", "TM", "H"))
        late = late or (mode == "narrative" and si in dated and (men.kind == "ordinal_day" or (
            men.kind == "season" and not men.data.get("year") and men.data.get("rel") is None)))
        order.append((si, late, men.start, men))
    order.sort(key=lambda t: t[:3])
    mentions = [t[3] for t in order]
    sent_of = [t[0] for t in order]   # (speed8) each mention's sentence, as read above (no second bisection)
    del order
    if mode == "narrative":
        _mark_cross_year_ranges(text, mentions)
    day_one = None   # (logs) a "Day 1" whose date may follow it ("Day 1 = Mon 10 Nov 2025")
    notice_prev = None   # (bankhol31) (sentence, end) of the last holiday or date a notice's "closed" read
    month_list = None   # (twenty-ninth session) (sentence, end, tense, generic) of the last year-less month read
    list_follow = None   # (lists31) a list of months told with no tense, its first member not yet read
    footers = _footer_days(text, mentions, ctx.written or ctx.dct) if ctx.dct is not None else []
    in_footer = False
    footer_at = -1   # the footer whose post the last mention read was in
    page_posts = _page_post_heads(text) if mode == "narrative" and ctx.dct is not None else []
    for mi, (men, si) in enumerate(zip(mentions, sent_of)):
        if not mi & 255:
            check(cancel)
        if page_posts and men.start >= page_posts[0]:
            # (channels47, §287) the page's name again over a new post of its own ("Top End Local News" under the comments
            # that told of 1974 and 1975): the story told is over, the post's "Christmas Day" is the coming one, not 1975's
            while page_posts and men.start >= page_posts[0]:
                page_posts.pop(0)
            ctx.last = None
        if footers:
            # (forums2) a comment whose stamp stands under it: its words count from that stamp's day
            k = bisect_right(footers, (men.start, len(text) + 1)) - 1
            if k >= 0 and men.start < footers[k][1] and men.rule not in _FOOTER_AGE_RULES:
                ctx.written = ctx.written or ctx.dct
                if ctx.dct != footers[k][2]:
                    ctx.dct, ctx.sentence_day = footers[k][2], None
                if k != footer_at and footers[k][3]:
                    # (thirty-fourth session, the lead; informal28-blind A) a new post of X's under its author's line
                    # and over its own stamp opens a new talk: "Breydon open again from 2pm" does not take "the 2nd" a
                    # reply to an earlier post named (a comment under "23h Like Reply" goes on with its thread's talk)
                    footer_at = k
                    ctx.previous_day = ctx.coming_day = None
                    ctx.talk_break = footers[k][0]
                in_footer = True
            elif in_footer:
                ctx.dct, ctx.sentence_day, in_footer = ctx.written, None, False
        if ctx.bracket_aside is not None and men.start > ctx.bracket_aside[1]:
            if si == ctx.sentence:
                # (§248) past an aside's bracket that told a day long gone: the sentence's day is again the one before it
                ctx.sentence_day = ctx.bracket_aside[2]
                ctx.sentence_days = [(pos, d) for pos, d in ctx.sentence_days if pos < ctx.bracket_aside[0]]
            ctx.bracket_aside = None
        if si != ctx.sentence:
            # ((speed6) a blank line starts at a newline: none between the two, no search)
            if ctx.sentence >= 0 and (nl := text.find("\n", sentences[ctx.sentence][1], sentences[si][0])) >= 0 \
                    and _BLANK_LINE.search(text, nl, sentences[si][0]):
                ctx.paragraph += 1   # (each stretch of text between two read sentences is scanned once)
                ctx.now_para = False
            if 0 <= ctx.sentence < si - 1 and _wrap_fragments(text, sentences, ctx.sentence, si):
                ctx.sentence = si - 1   # (reviews46, §272) only a wrapped line's head between: the sentence right after
            ctx.next_sentence(si)
            if mode == "narrative":
                _enter_section(ctx, text, sentences, sent_mentions)
        if men.kind in _DEFERRED:
            deferred.append((men, si))
            continue
        s0, s1 = sentences[si]
        # (a month or a date in news too: "talks resume May 5" written in September is the May to come;
        # a story's present is its own: "the booths reopen on 16 June")
        # ((stretch32) "the quarter ending in July": its tense read at the month, as the month's own: tense_span)
        tense = doc.tense(s0, s1, *(men.data.get("ended_span") or (men.start, men.end)),
                          men.kind in _SCHEDULED or (men.kind in _DATED and mode == "news")) \
            if (men.kind in _TENSED or (men.kind == "quarter_ref" and men.data.get("ended_told")) or (men.kind == "deictic" and ((men.data.get("unit") in ("weekend", "week") and not men.data.get("offset"))
                                                                   or men.data.get("new_year")))) \
            and not (_SKIP_UNREAD_TENSE and mode == "news" and men.kind == "cal" and men.data.get("year") is not None) \
            else None   # ((informal7) "this weekend" too: "had a great time this weekend" on a Monday is the one gone;
        # (recall24) "the new year" too: "we moved in the new year" is the year just begun;
        # (values3) and "this week": "new rota from this week" written on a Sunday is the week that begins the next day)
        if tense is None and men.kind == "weekday" and (w := _wrapped_head(text, sentences, si)) is not None:
            # (work47, §283) "> ... so we can collect it" / "> Tuesday morning from the wharf.": a line of a mail wrapped
            # mid-clause; the words after the wrap have the tense of the clause they finish
            tense = doc.tense(w[0], w[1], w[1], w[1], True)
        if men.kind == "weekday" and (item := men.data.get("rota_item")) is not None:
            # (rota37, §142) an item of a list of days in order ("Lifts sorted, cheers\nTue Tunde; Wed Priya; ..."; "Mon:
            # rained. Tue: rained again") is a clause of its own: its tense is its own words', not the heading's
            tense = doc.tense(item[0], item[1], men.start, men.end, True)
            if tense == "present":
                tense = None   # "Wed: Jess drives": a schedule's present, read as the list's days (to come)
        if tense in (None, "present") and men.kind == "deictic" and men.data.get("unit") == "week" \
                and _PERFECT_NEAR.search(text, max(s0, men.start - _PERFECT_REACH), min(s1, men.end + _PERFECT_REACH)):
            tense = "past"   # (values3) "this week has been mad", "it's been a long week this week": the week up to now
        if men.rule == "the_pod" and men.kind == "pod_time" and men.data.get("pre_in") and men.data.get("pod") == "MO" \
                and ctx.stamp_time is not None and ctx.stamp_time[1].hour >= _AFTERNOON_STAMP and ctx.dct == ctx.stamp_time[1].date() \
                and start_of_line(text, men.start) <= ctx.stamp_time[0] <= men.start \
                and tense_at(text, ctx.stamp_time[0], men.end, men.start, men.end) != "past":
            # (poststamps35, §129) "me landing from Barbuda in the morning" sent at 18:10 (its stamp on its line): the
            # morning of its day is over, it is the morning after (not told in the past: "it was 9 in the morning")
            men.kind, men.data = "deictic_day", dict(offset=1, pod="MO", word=text[men.start:men.end], mod="")
        if men.kind == "weekday" and mode == "news" and (men.data.get("rel") or "") in ("", "this") and tense == "future" \
                and not men.data.get("weeks_after") \
                and ctx.dct is not None and men.data["weekday"] == ctx.dct.isoweekday() and _personal(text, s0, s1, men) \
                and not _DAY_COPULA.search(text, max(s0, men.start - 12), men.start):
            # "we meet on Monday", "I'll see you this Sunday" said on that day: a person speaking of
            # today says "today"; the one to come (news names today by its weekday, quotes too); (direction36) not "Monday
            # week" said on a Monday, a week today already ("it's due monday week" once "it's due" reads as a future)
            men.data["next_week"] = True
        if mode == "news" and tense != "past" and ctx.dct is not None and _own_day_return(text, s0, men, ctx.dct, tense == "future") \
                and (ctx.written is not None or _chat_register(shown, men.start) or _personal(text, s0, s1, men)):
            # (social46, §271) "Story time is back at 10:30 on Tuesday", "back Fri morning", "we reopen Monday" said on that
            # very weekday: of a return that day one says "back this afternoon", "back later"; the one a week on; so is a
            # weekday of a plain future, "The market will close at 1pm on Friday" posted on a Friday (in a post
            # or a person's words only: news names the day of writing by its weekday, "will return to work on Tuesday")
            men.data["own_day_ahead"] = True
        if men.kind == "weekday" and mode == "news" and not men.data.get("rel") and not men.data.get("the") and tense == "past" \
                and ctx.dct is not None and ctx.recent_day is not None and ctx.sentence - ctx.recent_day[0] <= _STORY_DAY_SENTENCES \
                and _STORY_DAY_MIN <= (ctx.dct - ctx.recent_day[1].date).days <= _STORY_DAY_MAX \
                and (story_wd := _WEEKDAY_WORD.search(text, ctx.recent_day[2], ctx.recent_day[2] + 2 * _STORY_WEEKDAY_LEAD + 4)) \
                and story_wd.start() - ctx.recent_day[2] <= _STORY_WEEKDAY_LEAD \
                and _FIRST_PERSON.search(text, max(0, ctx.recent_day[2] - _STORY_PERSON_BEFORE), s1):
            # (past) a trip or a stay told in the first person a week or more later, its days named by their
            # weekdays: "We flew into Porto on Thursday 19 June ... On Saturday we got the train ... Flew home
            # Sunday night": the weekday after the day the story just told, not the last one before the day of
            # writing (news, in the third person, keeps its reading from the day of writing; so does a day
            # told without its weekday: "I moved out on 31 May. On Tuesday I finally got my deposit back")
            men.data["story_day"] = ctx.recent_day[1].date
        if men.kind == "weekday" and mode == "news" and not men.data.get("rel") and not men.data.get("the") \
                and tense != "future" and _timetable_line(text, men):
            # (days, twelfth session) opening hours a line a day ("Thursday open as normal / Good Friday open till 4 /
            # Saturday walk-ins only / Sunday closed"): a timetable of the days to come, not a report nor a headline
            tense = "future"
        if men.kind == "weekday" and mode == "news" and tense is None and not men.data.get("rel"):
            # (lines22) "Saturday:\n- 9am set-up\n- 2pm kick-off": a programme's day, to come; "Saturday\n- 6am left
            # home": a trip's report, gone
            tense = _programme_head(text, men)
        if men.kind == "weekday" and mode == "news" and not men.data.get("rel"):
            if men.data.get("possessive"):
                # "Saturday's match will be shown live": the tense of the verb the phrase is the subject of
                men.data["poss_tense"] = ("past" if missed_it(text, men.start) else None) or subject_tense(text, s1, men.end) or (
                    "future" if _AHEAD_OF.search(text, max(s0, men.start - 32), men.start) else None) or (
                    _possessive_clause(text, s0, s1, men))
            if (tense in (None, "present") or (tense == "future" and headline_act(text, s0, men.start))) \
                    and not (men.data.get("short") or men.data.get("lower")) \
                    and not (tense is None and men.data.get("at_clock")) and men.data.get("rota_item") is None \
                    and _is_headline(text, s0, s1):
                # "Police arrest man on Saturday", "Rovers sack manager Monday": a headline's present
                # reports what happened (its future is "to" or "will", "Bridge to reopen on Sunday", or
                # a timetable's present, "Trial opens Monday", which tense_at has told already); (posts32, §114) not a
                # verbless line's day and hour, "Quiz night Tuesday at 8pm" (a notice's: no headline gives its hour);
                # ((rota37, §142) nor an item of a list of days: "Monday Aroha; Tuesday Tunde")
                tense, men.data["headline"] = "present", True
            elif tense == "past" and men.start - s0 <= _NOTICE_HEAD and _NOTICE.match(text[s0:men.start]) \
                    and _NOTICE_WHY.match(text, men.end, min(s1, men.end + 24)) and not _NOTICE_PAST.search(text[s0:men.start]):
                # (informal7) "Pool closed Monday for a deep clean", "Gym shut Friday due to staff
                # training": a notice of what is to come (no article, no pronoun before the noun;
                # the reason after the day), not a report of a closure gone
                tense, men.data["chat"] = None, True
            elif tense is None and men.kind == "weekday" and not men.data.get("rel") \
                    and _LIST_UP_TO_NOW.match(text, men.end, min(s1, men.end + 64)):
                tense = "past"   # (thirty-first session) "Monday night, Tuesday twice and today": the days up to now
            elif tense in (None, "present") and not (men.data.get("short") or men.data.get("lower")) \
                    and (_chat_register(shown, men.start) or _INVITATION.search(shown, men.end, min(len(shown), men.end + _INVITATION_REACH)) is not None
                         # (family47, §285) a message whose chat stamp opens its own line: "[04/12/2026, 18:04] Mum: dinner
                         # Tuesday" is a chat's even with no chat word
                         or ctx.stamp_time is not None and start_of_line(text, men.start) <= ctx.stamp_time[0] <= men.start) \
                    and not _AFTERMATH_BEFORE.search(text, max(s0, men.start - 40), men.start) \
                    and not _NAME_AFTER.match(shown, men.end):   # (not a name: "Velo Club Sunday Ride")
                # (informal7) "hope you have fun Saturday!", "bin day Monday 🙄", "I'm off Saturday": a
                # chat's or a post's weekday with no past tense names a day to come, written with its
                # capital or not (news without a verb near a weekday reports what happened)
                men.data["chat"] = True
            elif tense == "present" and not men.data.get("possessive") \
                    and _PERSON_STATE_BEFORE.search(text, max(s0, men.start - _PERSON_STATE_REACH), men.start):
                # (values3, seventeenth session) "I'm busy on Saturday", "we're away Friday", "are you free Monday":
                # a person's present state on a named weekday is one to come (of a day gone one says "was")
                men.data["chat"] = True
        if mode == "news" and tense == "past" and (men.kind == "holiday" or men.kind in _DATED and men.data.get("day")) \
                and men.data.get("year") is None and (
                    men.start - s0 <= _NOTICE_HEAD
                    and (nd := _NOTICE_DATE.match(text, s0, men.start)) is not None
                    and not (nd["head"] and _NOTICE_DATE_NOT.intersection(nd["head"].lower().split()))
                    # (bankhol31, §109) "closed Christmas Day and Stephen's Day": a holiday or a date joined to the one
                    # the notice read (the gap at most 8 characters: a join and its blanks) is the notice's too
                    or notice_prev is not None and notice_prev[0] == si and 0 <= men.start - notice_prev[1] <= 8
                    and _NOTICE_JOINED.match(text, notice_prev[1], men.start) is not None):
            tense, men.data["chat"] = None, True   # (holidays30) a notice's "closed 2-3 June": the place's state, no past
            notice_prev = (si, men.end)
        if mode == "news" and tense in (None, "past", "present") and men.kind in _TENSED and men.data.get("year") is None \
                and _imperative_clause(text, s0, men.start):
            tense = "future"   # (sift) "text me sat nite to confirm pls", "pls put requests in by friday": a request is of what is to come
        elif mode == "news" and (tense is None or tense == "present" and men.data.get("headline")) and men.kind in _TENSED \
                and men.data.get("year") is None and _imperative_before(text, s0, men.start):
            # (mood39, §164) "Rest Tuesday, no beer Tuesday night", "Text me Friday, not Friday morning": a verbless clause
            # after an imperative one of its sentence, or a verbless clause opened by a verb of a plan ("Rest Tuesday"), is
            # of the plan: the day to come (a short line so read is no headline's present report)
            tense = "future"
            men.data.pop("headline", None)
        if mode == "news" and tense == "past" and men.kind in _TENSED and men.data.get("year") is None \
                and _ISSUED_SPAN.search(text, max(s0, men.start - 100), men.start):
            tense = "future"   # (sift) "an alert has been issued from 9am on Tuesday until 6pm on Friday": the span it runs, ahead
        if men.kind == "weekday" and mode == "news" and tense == "past" and not men.data.get("rel") \
                and _WEEKDAY_SAID.search(text, max(s0, men.start - 32), men.start):
            tense = "plan"   # (sift) "didn't we say Friday?", "I thought we agreed Tuesday": the plan's day, the nearer
        if men.kind == "time" and mode == "news" and tense == "past" and not men.data.get("dref") \
                and _CLOCK_SAID.search(text, max(s0, men.start - 40), men.start):
            tense = "plan"   # (sift, twelfth session) "plumber's coming Thursday / what time? / he said about 10": the plan's hour
        if men.kind == "anaphor" and mode == "news" and tense != "past" and men.data.get("offset", 0) > 0 \
                and text.startswith(_NEXT_FROM_NOW, men.start) and _IN_BEFORE.search(text, max(s0, men.start - 10), men.start):
            men.data["next_from_now"] = True   # (sift) "In the next week I will send you the deposit": the week to come from now
        if men.kind == "weekday" and tense == "past" and _LAST_TIME_AFTER.match(text, men.end) \
                and _NEGATED_DAY_BEFORE.search(text, max(s0, men.start - 12), men.start):
            tense = "future"   # (weekof29, from A) "tell me by sat please not sunday night like last time": the one to come
        if mode == "news" and men.data.get("subject_line") and tense in (None, "present"):
            tense = "future"   # (weekof29) "Subject: RE: Booking Sept": a subject line's month names what is to come
        if mode == "news" and _month_gone(text, s0, men):
            tense, men.data["gone"] = "past", True   # (sift) "the same thing as in Feb", "the clip from the september gig?"
        elif mode == "news" and men.data.get("gone"):
            tense = "past"   # (left20b) a month the subject of a past copula or a perfect: "March was rough", "June's been mental"
        elif tense in (None, "past") and mode == "news" and (men.kind == "weekday" or (men.kind in _DATED and men.data.get("year") is None)) \
                and fronted_aside_past(text, s0, s1, men.start, men.end):
            # (news36) "In January, a week after the anniversary, a bombing ... killed", "On Friday, two days after the vote, the
            # prime minister conceded": a fronted date takes the past of its clause across an aside (surely gone)
            tense, men.data["gone"] = "past", True
        if men.kind == "duration" and men.data.get("age") and mode == "news" and (
                _chat_register(shown, men.start) or _SHORT_UNIT.search(text, men.start, men.end)
                or men.data.get("unit") in _AGE_UNITS_ALWAYS and text[men.end - 1:men.end] in ("s", "S")):
            # (howto) an age in days, weeks or months ("until 12 weeks old" on a vet's sheet) in any register;
            # a singular unit is a noun's compound ("my 18 month old woke at 3"), not an age said
            # (past) an age in a post ("laptop is 2 yrs old", "she was 9 months old", "it's 46 years old
            # today too!") is a length, as the informal gold writes it (TIDES); news leaves ages untagged
            men.data["chat_age"] = True
        if men.kind == "offset" and mode == "news" and men.data.get("anchor") == "last" and men.data.get("sign", 0) < 0 \
                and men.data.get("unit") in ("TM", "H") and tense_at(text, s0, s1, men.start, men.end, False) != "past":
            # (values23) "the driver will text 5 mins before", "check-in closes 40 mins before", "meet 45 mins before",
            # "leaving 10 mins earlier on weds?": a plan's or a rule's lead time before an event it does not name is a
            # length (as the informal gold writes it), not a point counted back from whatever clock time was told last
            men.data["lead_time"] = True
        if men.kind == "ordinal_day" and mode == "news" and tense != "past" and "month" not in men.data \
                and _LIMIT_BEFORE.search(text, max(s0, men.start - 8), men.start):
            # (values23) "kit money due by the 30th", "Tiler off till the 4th", "money to me by the 10th please": a limit
            # not told in the past is the first such day from the day of writing, whatever month the text spoke of last
            men.data["limit_from_now"] = True
        if men.kind == "ordinal_day" and mode == "news" and tense in (None, "present") and "month" not in men.data and (
                _ORD_PLAN_AFTER.match(text, men.end) is not None or _ORD_AHEAD_BEFORE.search(text, max(s0, men.start - 8), men.start)):
            # (numdates28) "the 21st works for me", "the 14th suits", "b4 the 30th": a day of the month proposed for a plan
            # or a limit to come is the next such day, never this month's one gone (was the nearest, a day back)
            tense = "future"
        if men.kind == "ordinal_day" and mode == "news" and tense in (None, "present") and _chat_register(shown, men.start) \
                and not _AFTERMATH_BEFORE.search(text, max(s0, men.start - 40), men.start):
            tense = "future"   # (informal7) "@jo: gig on the 14th!! who's coming", "back on the 2nd": a post's day to come
        elif mode == "news" and tense in (None, "present", "future") and men.data.get("year") is None and _post_to_come(text, shown, s0, men):
            # (days) a post's date, month, season, weekend or holiday with no past tense, not after "since"
            # nor a word of aftermath: "Mar 4th works for me", "off to Spain in March", "off to Greece in
            # the spring 😎", "need it done before the weekend", "NYE plans?" (the nearest reading still
            # wins where the text's verb says nothing: a date just gone stays gone, "log 0412 of 16 August")
            tense = "future"
            # a date proposed for a plan ("Sept 12th works for me", "dec 1st?"), surely to come
            men.data["chat_plan"] = men.kind == "cal" and men.data.get("day") is not None \
                and (_SHORT_PLAN_AFTER.match(text, men.end) is not None or _NEXT_BEFORE.search(text, max(s0, men.start - 24), men.start) is not None)
            men.data["chat_future"] = men.kind == "holiday"
        if men.kind == "time" and mode == "news" and tense in (None, "present") and "weekday" in (men.data.get("dref") or {}) \
                and not (men.data["dref"].get("rel") or men.data["dref"].get("short")) and _chat_register(shown, men.start) \
                and not _is_headline(text, s0, s1):
            men.data["chat"] = True   # (informal7) "@jo: kick off 3pm Saturday": a post's day to come, as for the weekday alone
        if men.kind == "holiday" and tense == "past" and announced_plan(text, s0, men.start):
            tense = "future"   # (tense21) "the club has confirmed no fixtures over Christmas": a plan just made, the next one
        if mode == "news" and tense == "past" and (men.kind == "weekday" or (
                men.kind == "the_period" and men.data.get("unit") == "weekend")) \
                and not men.data.get("rel") and announced_arrangement(text, s0, men.start):
            # (twenty-first session, tense22) "the council has announced no collections on Monday", "we've been invited to a
            # party on Saturday": a present perfect of announcing an arrangement, or of being invited, names the day to come
            tense = "future"
        if men.kind == "weekday" and not men.data.get("rel") \
                and (_CALLED_OFF_AFTER.match(text, men.end, min(len(text), men.end + _CALLED_OFF_REACH)) is not None
                     or mode == "news" and _moved_day(text, s0, s1, men.start, men.end)):
            # (posts32, §114) "The match on Saturday has been postponed", "Saturday's game has been called off": one calls
            # off what is still to come; the perfect's past is the calling off's, the weekday the event's, the next one
            # ((mood39, §164) and one moves only what is still to come: "Monday's moved to 6:30", "we've brought Sunday
            # forward to 9", whatever the tense of the moving, unless a past time is told for it)
            tense = "future"
            if men.data.get("possessive"):
                men.data["poss_tense"] = "future"
        if men.kind == "holiday" and tense == "past" and (_HOLIDAY_TOLD_AT.search(text, max(s0, men.start - 12), men.start)
                                                          or _HOLIDAY_TOLD_WAS.match(text, men.end)):
            men.data["told_at"] = True   # (tense19) "had a blast at christmas" on 23 December: the last one
        ctx.from_today = ctx.told_before = ctx.apposed_past = False
        if men.data.get("said_plan"):
            tense = "future"   # (news7) "we agreed on May": the month said is the plan's, to come
        if tense == "past" and mode == "news" and men.kind == "cal" and men.data.get("month") and not men.data.get("day") \
                and men.data.get("year") is None and _CHANGE_IN.search(text, max(s0, men.start - _CHANGE_IN_REACH), men.start):
            # (newswire31) "signalled a cut in March was unlikely", "bets on a rate cut in May", "called for an election in June":
            # the month of a change spoken of, not of the sentence's past verb: gone or to come, the nearer
            tense = "plan"
        if mode == "news" and men.kind == "cal" and men.data.get("month") \
                and not men.data.get("day") and men.data.get("year") is None \
                and _STAT_FOR.search(text, max(s0, men.start - _STAT_FOR_REACH), men.start) \
                and _STAT_RELEASE.match(text, men.end, min(s1, men.end + _STAT_RELEASE_REACH)):
            # (newswire33) "consumer price data for March are due on Thursday", "the services PMI for July will be released on
            # Tuesday": the month a statistic measures (this one or one gone, however near the next), not the release's future
            tense, men.data["gone"] = "past", True
            men.data.pop("record_period", None)   # (values24's nearest month of a record, which may lie ahead: "rent for March")
        if tense in ("past", "plan") and mode == "news" and (men.kind == "weekday" or (
                men.kind == "the_period" and men.data.get("unit") == "weekend")) and not men.data.get("rel") \
                and _WARNING_SPAN.search(text, max(s0, men.start - _WARNING_SPAN_REACH), men.start) \
                and not _HAD_BEFORE.search(text, max(s0, men.start - _WARNING_SPAN_REACH), men.start):
            # (newswire33) "issued a yellow warning for heat covering Sunday and Monday", "warned of damaging winds from
            # Saturday", "issued heat warnings ... for the weekend": the span a warning covers is to come (a past perfect,
            # "had issued a warning for Saturday", told after it, keeps the past)
            tense = "future"
        if men.kind == "cal" and men.data.get("month") and men.data.get("year") is None \
                and (pe := _PERIOD_END.search(text, max(s0, men.start - _PERIOD_END_REACH), men.start)) is not None:
            # (stretch32, §112) "the quarter ending in July", "the 12 months to March", "the year ended 31 March": the end
            # of a period told; "ended" a period gone, the rest as the tense tells (resolve._period_end_year)
            men.data["period_end"] = True
            men.data["period_over"] = _PERIOD_END_WORDS[pe["w"].lower()]
        if tense == "past" and mode == "news" and men.kind in _BACKSHIFT_KINDS and backshifted(text, s0, men.start):
            tense = "future"   # (news8) "said she wanted it agreed before Christmas", "would ... unless it improved its offer by Tuesday"
        # (a future said with "will" before it, or a timetable's present: surely to come, "talks will
        # resume in June" written in July; a modal alone is not so sure, "I can see that ticket from October 12th")
        ctx.timetable = tense == "future" and men.kind in _DATED and mode == "news" and men.data.get("year") is None \
            and (WILL_RE.search(text, max(s0, men.start - 60), men.start) is not None or men.data.get("chat_plan")
                 or tense_at(text, s0, s1, men.start, men.end, False) == "present" or firm_future(text, s0, men.start))
        ctx.speech_day = None
        if men.kind == "cal" and men.data.get("year") is None and men.data.get("month") \
                and (hb := _HABITUAL.search(text, max(s0, men.start - 60), men.start)) \
                and ((now := tense_at(text, s0, s1, men.start, men.end, False) in ("present", None))
                     or _HABIT_GONE_CUE.match(hb.group())):
            # ((the lead, fortieth session, §200) a habit of the past too, told with "used to": "used to be October back
            # in NSW", "we used to go up in July": no one year)
            men.data["generic"] = True if now else "past"
        if men.kind == "cal" and men.data.get("year") is None and men.data.get("month") and not men.data.get("day") \
                and not men.data.get("generic") and not men.data.get("rel_year") \
                and (_MONTH_KIND_AFTER.match(text, men.end, min(s1, men.end + _MONTH_KIND_REACH))
                     or _MONTH_KIND_BEFORE.search(text, max(s0, men.start - _MONTH_KIND_REACH), men.start)):
            # (generic45, §261) "October is still the wettest month", "the best time to visit is May": any year's
            men.data["generic"] = True
        if men.kind == "holiday" and mode == "news" and (m_after := _ATTR_AFTER.match(text, men.end)) is not None \
                and (m_after.group().endswith("s") or _ATTR_BEFORE.search(text, max(0, men.start - 12), men.start)) \
                and not _HOLIDAY_TIME.match(text, men.end) and not _HOLIDAY_NOT_MODIFIER.match(text, men.end) \
                and not (men.data.get("chat_future") and _HOLIDAY_PLAN_NOUN.match(text, men.end)) \
                and not (tense == "future" and _chat_register(shown, men.start)
                         and _POST_FUTURE.search(text, max(s0, men.start - 40), min(s1, men.end + 40))):
            # ((days, eleventh session) not in a post whose verb is a future: "Black Friday deals are gonna be
            # mad" is the one to come; "Boxing Day sales are on" the day after stays the nearest)
            # (news7) "the Christmas range", "after Boxing Day gales" (a determiner before it or a plural
            # noun after it; not "celebrated Christmas together"): a holiday modifying a noun names
            # the one nearest the day of writing, whatever the tense of the verb around it
            men.data["modifier"] = True
        ctx.length_end = None
        if mode == "news" and men.kind == "cal" and men.data.get("year") is None and men.data.get("month") \
                and ctx.length is not None and ctx.last is not None and si - ctx.length[0] <= _LENGTH_REACH \
                and abs(ctx.last_sentence - ctx.length[0]) <= _LENGTH_REACH and ctx.last.grain in ("month", "day") \
                and _LENGTH_END.search(text, max(s0, men.start - 60), men.start):
            # (news8) "Okafor joined on a two-year deal in July 2023. The deal ran out in December": the
            # December nearest the deal's end (2025), not the one of the year last told (2023)
            k = ctx.last.start.year * 12 + ctx.last.start.month - 1 + ctx.length[1]
            ctx.length_end = date(k // 12, k % 12 + 1, 1)
        if men.kind == "quarter" and mode == "news" and tense == "future" and men.data.get("year") is None \
                and _PERIOD_TO_COME.search(text, max(s0, men.start - 16), men.start):
            # (news7) "the merger is expected to complete in the second quarter" written in December: the
            # Q2 to come (not "will report third-quarter results", a quarter gone named as a modifier)
            men.data["to_come"] = True
        wn = ctx.week_named
        # "Last week they met the mayor on Tuesday", "Last week, the board met on Monday": a weekday told
        # in the past in the clause of a week gone is that week's (not "... which lost half their
        # value last week, rose 10% on Monday")
        ctx.week_here = men.kind == "weekday" and wn is not None and wn[0] == si
        ctx.in_week = tense == "past" and ctx.week_here and (wn[2] or _CLAUSE_CUT.search(text, wn[1], men.start) is None)
        # (weekdays27) "my shifts this week are tues and weds", "this week im on tues", "This week, I'm working Tuesday": a
        # weekday in the clause of the week of writing named before it, not told in the past, is that week's, gone or not
        # (no clause break between, a fronted week's own comma apart; not "this week has been mad but im off tues")
        ctx.week_clause = ctx.week_here and tense in ("present", "future", "plan") and _week_clause(text, wn, men.start)
        # (weekdir38, §154) "the week after next I'm off Monday and Friday", "TT returns the week after next: roads closed
        # Monday evening ...", "the week of the 9th we're away Monday": a bare weekday after a week to come named in its
        # sentence, within _WEEK_AHEAD_REACH characters (the list or the clause that follows it: the bound), is that week's
        ctx.week_ahead = ctx.week_here and ctx.week is not None and ctx.dct is not None and ctx.week.start.date() > ctx.dct \
            and 0 <= men.start - wn[1] <= _WEEK_AHEAD_REACH
        ctx.week_heading = ctx.week_ahead and _week_heading(text, wn[1], men.start)
        if tense == "future" and men.kind in ("weekday", "cal") and ctx.said_day is not None and ctx.dct is not None \
                and ctx.said_day[1] < ctx.dct and (men.kind == "cal" or ctx.said_day[2] == "day") \
                and _FUTURE_IN_PAST.search(text, ctx.said_day[0], men.start):
            # "said on Monday that it would vote on Tuesday": the Tuesday after that Monday; "said in
            # January that it would open the plant in March": the March after that January
            ctx.speech_day, ctx.speech_grain = ctx.said_day[1], ctx.said_day[2]
        elif tense == "future" and mode == "news" and men.kind in ("weekday", "cal", "holiday") \
                and told_from_the_past(text, s0, men.start):
            # ("We were promised it would be open by Easter", "she thought the parcel would come on
            # Friday": a future told from a time gone that the text does not date: gone or to come, the nearer)
            tense = "plan"
        if tense == "past" and ctx.last is not None and men.kind == "cal" and men.data.get("year") is None and mode != "narrative":
            ctx.told_before = told_before(text, s0, men.start)   # (read for a year-less date only)
        elif tense == "past" and ctx.last is not None and men.kind in _LOOK_BACK_KINDS and men.data.get("year") is None \
                and mode == "narrative":
            # (history6: in a story a weekday and "the 4th" too, and a past perfect its sentence or
            # clause opens with: "Rommel, who had gone home on the 4th, returned that evening")
            ctx.told_before = _in_past_perfect(text, s0, men.start)
        elif mode == "narrative" and men.kind == "anaphor" and ctx.last is not None and men.data.get("offset", 0) < 0:
            # (history6) "He had come over from Cork the year before": a look back in the past perfect
            # does not move the story
            ctx.told_before = _in_past_perfect(text, s0, men.start)
        if mode == "narrative" and men.kind == "season" and men.data.get("forward") is not None:
            # (history7) a season the story may run on to: not in a heading ("Spring offensives on Shia
            # militias"), not told in the past perfect ("Yudenich, who had spent the spring and summer ...")
            men.data["forward"] = None if ctx.heading or _in_past_perfect(text, s0, men.start) else men.data["forward"]
        if ctx.flashback is not None and ctx.flashback[0] != si:
            _after_flashback(ctx, text, s0, si, men)
        if men.kind == "cal" and men.data.get("year") is None and (men.data.get("stamp_past") or _yearless_header_stamp(text, men)):
            tense, men.data["gone"] = "past", True   # (stamps34) a post header's year-less stamp: surely not ahead
        if tense == "past" and men.kind in _DATED and men.data.get("year") is None:
            # (a participle after a name, "Okafor, signed in January", or a finite past, "the sales
            # were brilliant in January" written on 30 December: surely the January gone)
            ctx.apposed_past = men.data.get("gone", False) or apposed_past(text, s0, men.start) or (mode == "news" and (
                finite_past(text, s0, men.start) or fronted_past(text, s0, men.start, men.end)))
        if men.kind == "deictic_day" and (_DISCORD_AT.match(text, men.end) and _DISCORD_NAME.search(text, max(0, men.start - 48), men.start)
                                          or _ICON_STAMP_AT.match(text, men.end) and start_of_line(text, men.start) == men.start):
            men.data["stamp_head"] = True   # (informal6) Discord's "name — Yesterday at 9:40 PM"; (stamps34) "Yesterday at 7:48 PM · 🌎"
        if ctx.dct is not None and men.kind in _REVIEW_STAMP_KINDS and not men.data.get("stamp_head") \
                and men.rule not in _FOOTER_AGE_RULES and _review_stamp(text, men):   # (forums2: a footer's, _footer_days)
            men.data["review_stamp"] = True   # (reviews) "Reviewed 14 Sept 2025", "Posted 3 weeks ago"
        if men.kind == "time" and (ctx.review_stamp_end >= 0 or men.data.get("routine_terms")) \
                and men.data.get("routine") and not men.data.get("habit"):
            # (reviews34, §124) a place's routine under a review's stamp ("Checkout 10am", "late checkout till 11"): the
            # story is told in the past, the routine's hour is of no day
            men.data["habit"], men.data["habit_cue"] = "habit_clause", men.data["routine"]
        if men.kind == "offset" and men.data.get("anchor") == "last":
            _apposed_offset(ctx, text, s0, men)
        if men.kind == "deictic_day" and _today_as_named(text, s0, men):
            men.data["nowadays"] = "named"
        elif mode == "narrative" and men.kind == "offset" and men.data.get("anchor") == "dct":
            men.data["from_now"] = _ago_from_now(text, s0, men)
        elif mode == "narrative" and men.kind == "deictic_day" and ctx.dct is not None:
            _today_in_story(text, s0, s1, men)
        elif men.kind == "deictic_day" and ctx.dct is not None:
            _today_against_the_past(text, s0, s1, men, ctx.dct.year)
        if mode == "narrative" and men.kind == "season" and men.data.get("rel") in (1, -1) and ctx.dct is not None \
                and (tense != "past" or _PERFECT.search(text, s0, s1)):
            # (history6) "Next summer she has promised to come with us": "next summer", "last winter"
            # said in the narrator's present count from the day of writing (a story says "the next summer")
            men.data["from_now"] = True
        if mode == "narrative" and (tense is not None or ctx.now_sentence == si or men.kind in _FROM_TODAY_KINDS):
            ctx.from_today = _from_today(ctx, text, s0, men, tense)
            if ctx.from_today and men.kind == "season":
                men.data["from_now"] = True   # (news7) "The board met last week and agreed to sell it in the spring"
            if ctx.from_today and ctx.now_sentence == si and ctx.now_year and men.kind == "cal" and not men.data.get("year"):
                men.data["year"] = ctx.now_year
                men.data["year_why"] = f"the year its sentence names from the day of writing ({ctx.now_year})"

            if tense == "past":
                ctx.past_told += 1
            elif tense == "present":
                ctx.present_told += 1
        if mode == "narrative" and not ctx.from_today and men.kind == "cal" and not men.data.get("year") \
                and ctx.dct is not None and ctx.last is not None and _post_stamp(text, men):
            # (channels47, §286) a page's post stamp, "September 28 at 9:10 PM" under the page's name, after comments that
            # told of 2009: the stamp is of the page's days, its year from the day of writing, not from the story told
            ctx.from_today = True
        if men.data.get("range_end") is not None and men.data.get("year") is None and ctx.last is not None and ctx.bc_year is None:
            # "from October to March": October of one year, March of the next; the pair is
            # the one around the last date mentioned when it falls in its second part
            end = men.data["range_end"]
            y = ctx.last.start.year - (1 if ctx.last.start.month <= end.data["month"] else 0)
            men.data["year"], end.data["year"] = y, y + 1
            men.data["year_why"] = f"a range into the next year ({MONTH_NAMES[end.data['month']]} {y + 1}), around {ctx.last.value}"
            end.data["year_why"] = f"the end of a range from {MONTH_NAMES[men.data['month']]} {y}"
        if men.rule == "ad_year" and not ctx.bc_seen:
            ctx.ad_seen = True   # a text that opens in years "AD" marks its years BC: its bare years are AD
        elif men.kind == "bc":
            ctx.bc_seen = True
        if men.data.get("year3") and men.kind in ("cal", "season") and mode == "narrative" and ctx.last is None and ctx.bc_year is not None \
                and not ctx.ad_seen \
                and abs(men.data["year"] - ctx.bc_year) <= _BC_STORY_REACH:
            men = _as_bc(men)   # "in 429" in a story told in years BC ("the spring of 431 BC ... in 429")
        if men.data.get("short_year") is not None and ctx.dct is not None:
            # (history4) "the winter of '47" written in 2019: the latest such year up to five years ahead
            yy, top = men.data["short_year"], ctx.dct.year + _SHORT_YEAR_AHEAD
            men.data["year"] = top - (top - yy) % 100
        if men.data.get("dct_day"):   # (history4) "this day in 1815": the reference date's day in that year
            if ctx.dct is None or (ctx.dct.month, ctx.dct.day) == (2, 29):
                continue
            men.data["month"], men.data["day"] = ctx.dct.month, ctx.dct.day
        if men.kind == "time" and mode == "news" and tense == "past" and not men.data.get("dref") \
                and ctx.recent_day is not None and ctx.dct is not None and ctx.recent_day[1].date > ctx.dct:
            # (programme40, §178) "Up Helly Aa is Tuesday 27th. Road closed fae 5pm til midnight. Torches lit at 7.30
            # sharp": a notice's passive with its copula dropped, while the talk is of a day to come, is no past: the
            # present of a programme (its clause read back at most _NOTICE_CLAUSE_BACK characters, to its line's end)
            lo = max(s0, men.start - _NOTICE_CLAUSE_BACK)
            cs = max((m.end() for m in _CLAUSE_OPEN.finditer(text, lo, men.start)), default=lo if lo == s0 else -1)
            ce = text.find("\n", men.end, s1)
            if cs >= 0 and _notice_passive(text, cs, ce if ce >= 0 else s1):
                tense = "present"
        if men.kind == "time" and mode == "news" and not men.data.get("dref") and tense != "past" \
                and _EVENT_START.search(text, max(s0, men.start - 28), men.start):
            men.data["event_start"] = True   # (news8) "Kick-off is at 3pm", "Gates open at 1pm": the start of the event to come
        if men.kind == "time" and ctx.counted_from and not men.data.get("dref"):
            after = min((pos for pos, _ in ctx.sentence_days if pos > men.start), default=None)
            if after in ctx.counted_from and _CLAUSE_JOIN.search(text, men.end, after):
                men.data["clause_apart"] = True   # (news7) "Polls close at 10pm and the count begins the next morning"
        if men.kind == "time" and not men.data.get("dref") and ctx.dct is not None:
            # (§182) "Ice fishing at 4 then, holes are already drilled from yesterday", "Dinner at 7, I bought the fish
            # yesterday": the first day after the time, a day gone in a clause of its own (a comma or a joiner, then
            # two words or more before the day), is what that clause tells of, not the time's day
            later = min(((pos, p) for pos, p in ctx.sentence_days if pos > men.end), key=lambda t: t[0], default=None)
            if later is not None and later[1].date < ctx.dct and (cut := _LATER_CLAUSE.search(text, men.end, later[0])) is not None \
                    and len(_LATER_CLAUSE_WORDS.findall(text, cut.end(), later[0])) >= 2 \
                    and tense_at(text, s0, cut.start(), men.start, men.end) != "past":
                men.data["later_clause_gone"] = True   # (the time's own clause, up to the cut, tells of no past)
            elif later is not None and (cut := _LATER_CLAUSE.search(text, men.end, later[0])) is not None \
                    and _RETURN_CLAUSE.match(text, cut.end(), later[0]) is not None \
                    and _DIGIT.search(text, cut.end(), _RETURN_DAY_END.search(text, later[0], later[0] + 24).start()) is None:
                # (the lead, forty-fifth session, §263) "Leaving 10am after the clean-up, back at work Tuesday": the day
                # after the time, in a clause of its own that opens with a word of return, is the return's, not the
                # time's (the time keeps a day told before it, else its own reading)
                men.data["later_clause_gone"] = True
        ctx.list_day = None
        if (men.kind == "time" and not men.data.get("year") and not men.data.get("habit")
                or men.kind == "pod_time" and not men.data.get("pod_habit")) and not men.data.get("dref"):
            # ((the lead, forty-eighth session, §294) a part of the day too: "- Bounty burning at dusk, around 7.45pm")
            if ctx.list_head is None and ctx.first_day is not None:
                _on_the_day(ctx, text, men)
            if ctx.list_head is not None:
                ctx.list_day = _list_day(ctx, text, men, tense)   # (lines22) a clock time on a line of a list under a day
        # ((the lead, forty-eighth session, §308) a line opened by a weekday with its day of the month goes on the list too:
        # "- Wednesday 27th: parade" / "- Thursday: everybody sleep" is the Thursday of that week)
        wl_end = _week_line_end(text, men) if men.kind in ("weekday", "weekday_mday") and "weekday" in men.data else -1
        if wl_end >= 0 and men.kind == "weekday" and ctx.week_line is not None and ctx.week_line[0] == start_of_line(text, men.start) \
                and ctx.week_line[1] < men.data["weekday"] and not (men.data.get("rel") or men.data.get("the") or men.data.get("that")
                                                              or men.data.get("week_offset") is not None or men.data.get("possessive")):
            # (values23) "This week\nMon: maths 4-6pm\nThu: past paper (1h 30m timed)\nFri: night off!": a line that opens
            # with a weekday right under a line that opened with an earlier one is of that line's week (a list of a
            # week's days, a rota, a nursery's week), whatever the tense its own words seem to have
            men.data["week_list"] = ctx.week_line[2] + timedelta(days=men.data["weekday"] - ctx.week_line[1])
        if men.kind == "weekday" and "weekday" in men.data and not (men.data.get("rel") or men.data.get("the") or men.data.get("that")
                                                                   or men.data.get("week_offset") is not None):
            _rota_day(ctx, men)
        if men.kind == "cal" and men.data.get("year") is None and men.data.get("month") and not men.data.get("day"):
            if month_list is not None and month_list[0] == si and _MONTH_LIST_GAP.fullmatch(text, month_list[1], men.start):
                # (twenty-ninth session) "paid in March, June, September and December", "visited in March, April and
                # May": a month listed after another takes the first's tense and whether a past verb stands right before it
                # (each read its own: a verb far behind it, December was the last one while March was the next, and May
                # written in April the next one though visited), and its habit
                tense, ctx.apposed_past = month_list[2], month_list[4]
                if month_list[3]:
                    men.data["generic"] = True
            month_list = (si, men.end, tense, bool(men.data.get("generic")), ctx.apposed_past)
            if mode != "narrative" and ctx.dct is not None and not men.data.get("generic") and not men.data.get("any_year") \
                    and not men.data.get("mod") and men.data.get("rel_year") is None and men.data.get("anaphoric_year") is None \
                    and len(chain := _month_chain(text, mentions, sent_of, mi)) > 1:
                # (lists31) the list's tense is also its last member's ("April and May were a nightmare": "May" is no
                # modal of the first's clause)
                last = chain[-1]
                lt = doc.tense(s0, s1, last.start, last.end, last.kind in _SCHEDULED or (last.kind in _DATED and mode == "news"))
                # ((at the merges of lists31 and newswire31) not the last's past over the first's plan of a change spoken
                # of: "signalled that further cuts in November and December were likely")
                if not _place_month_list(chain, tense == "past" or ctx.apposed_past or (lt == "past" and tense != "plan"),
                                         tense == "future" and lt != "past", ctx.dct):
                    list_follow = chain   # no tense: the later members follow the first as it is read
        res = None
        if mode == "narrative" and men.kind == "duration":
            near = [mentions[j] for j in range(max(0, mi - _FRAME_NEAR), min(len(mentions), mi + _FRAME_NEAR + 1))
                    if sent_of[j] == si]
            res = _event_offset(text, sentences, si, men, results, ctx, near)
        if men.rule == "today" and men.data.get("offset") in (0, -1) and not men.data.get("pod") and not men.data.get("mod") \
                and ctx.dct is not None and _day_divider(text, men):
            # (stamps29) a chat's day divider "Today" / "YESTERDAY" / "--- Today ---" alone on its line: the day of
            # writing (the export's day) or the day before it, never counted from a dated divider above it ("Monday,
            # November 4th" ... "Today"); the stamps and words under it count from its day (``_note_date``)
            if ctx.written is not None:
                ctx.dct = ctx.written
            ctx.quote_end = None
            men.data["day_divider"] = True
        if men.rule == "msg_stamp" and (ctx.dated_stamp or men.data.get("stamp_today")) and ctx.written is not None \
                and ctx.dct is not None and ctx.written > ctx.dct:
            # (thirty-second session, §121) Teams writes the day with the clock for a message of an older day ("Gerry
            # Hannigan   12/08 17:20") and the clock alone for one of the day the page is read ("Dee Hamill   09:14"): the
            # clock alone after a dated stamp is of the day of writing, and its message's words count from it ((slack46, §268)
            # so is Teams' bracketed "[09:12] Aoife Byrne" over a message copied with others, always)
            ctx.dct, ctx.sentence_day, ctx.dated_stamp = ctx.written, None, False
        if men.kind == "offset" and men.data.get("anchor") == "last" and men.data.get("sign", 0) > 0 \
                and ctx.written is not None and ctx.dct is not None and ctx.dct < ctx.written and _gap_line(text, men):
            # (forums46, §278) Discourse's gap between two posts, "3 days later" alone on its line between blank lines:
            # counted from the stamp of the post above it (the day of writing a stamp moved), not from a day its words named
            men.data["anchor"] = "dct"
        if ctx.quote_end is not None and men.start >= ctx.quote_end[0]:
            # (stamps25) "On 14/09/2025 at 18:20, ferro_k said: / > ... went off yesterday / Did you clear it yesterday?": the
            # quoted lines are over, the reply's own words count from its own day again
            ctx.dct, ctx.sentence_day, ctx.quote_end = ctx.quote_end[1], None, None
        if ctx.review_stamp_end >= 0 and ctx.written is not None \
                and _update_head(text, ctx.review_stamp_end, men.start, update_seen):
            # (reviews) "UPDATE, 2 months on: the left bud died last Tuesday": an update was written after
            # the stamp above it, when is not known: its words count from the day the page was read again
            ctx.dct, ctx.review_stamp_end = ctx.written, -1
        if res is None and men.data.get("review_stamp") and ctx.written is not None:
            # (reviews) a stamp counts from the day the page was read, not from the stamp above it
            # ("Posted 3 weeks ago ... Response from the owner 2 weeks ago")
            moved, ctx.dct = ctx.dct, ctx.written
            try:
                res = resolve(men, ctx, tense)
            finally:
                ctx.dct = moved
            if res is not None and res.point is None and res.value.startswith(("PT", "PRESENT_REF")):
                # (merge of reviews and forums) "sam_r | Posted 2 hours ago", "Posted just now": that post
                # is of the page's day, as the forums' stamp below has it
                ctx.dct, ctx.sentence_day, ctx.review_stamp_end = ctx.written, None, -1
        if res is None and ctx.written is not None and ctx.written != ctx.dct and _thread_footer(text, men):
            # (slack46, §268) a thread's footer under its first message ("3 replies  Last reply 2 days ago", "Last reply
            # today at 1:40 PM"): the reader's words, counted from the day the page was copied, not from the day divider
            # the thread's first message stands under; it moves no anchor (the next message is still of that divider's day)
            # (an hour's age is not counted from the message's stamp above either: the page's clock is not known)
            moved, sday, stime = ctx.dct, ctx.sentence_day, ctx.stamp_time
            ctx.dct, ctx.sentence_day, ctx.stamp_time = ctx.written, None, None
            try:
                res = resolve(men, ctx, tense)
            finally:
                ctx.dct, ctx.sentence_day, ctx.stamp_time = moved, sday, stime
        if ctx.entry_dct and men.rule == "today" and ctx.written is not None and ctx.written != ctx.dct \
                and _LOG_DAY_HEAD.search(text, max(0, men.start - 8), men.start) and _ENTRY_HEAD_END.match(text, men.end):
            # (left18) "5 March: chased again. / Today: still nothing, ringing again tomorrow": a log's line
            # headed "Today" after its dated entries is the day of writing, and its words count from it
            # (not from the entry above it)
            ctx.dct, ctx.sentence_day, ctx.entry_dct = ctx.written, None, False
        if res is None:
            if ctx.written is not None and ctx.written != ctx.dct and (men.rule in _FOOTER_AGE_RULES or men.rule in _HEADER_AGE_RULES
                                                                       or _post_stamp(text, men)):
                # (forums) a later post's own stamp ("Posted yesterday at 10:12", "bluefin_jo · 2 days ago",
                # "Today, 09:17") counts from the day the page was read, not from the post above it
                moved, sday = ctx.dct, ctx.sentence_day
                ctx.dct, ctx.sentence_day = ctx.written, None
                # (stamps24) a message's stamp on the message's line is never after the day of writing, whatever
                # the message's own words ("Thu 29 Feb 21:47 Dani: can u do tmrw": not 2028's 29 February)
                # ((stamps25) as a social page's "February 29 at 9:47 PM ·" over its post, and an e-mail's header)
                res = resolve(men, ctx, "past" if not _BARE_CLOCK.fullmatch(text, men.start, men.end)
                              and (_msg_line_stamp(text, men, start_of_line(text, men.start))
                                   or _mail_stamp(text, men, start_of_line(text, men.start))
                                   or _DOT_STAMP_END.match(text, men.end) is not None
                                   or _yearless_header_stamp(text, men)) else tense)
                ctx.dct, ctx.sentence_day = moved, sday
                if res is not None and res.point is None and res.value.startswith(("PT", "PRESENT_REF")):
                    # "sam_r | Posted 2 hours ago", "marek.p | 5h", "· just now": that post is of the page's day
                    ctx.dct, ctx.sentence_day = ctx.written, None
            elif men.kind == "anaphor":
                res = _resolve_anaphor(ctx, text, men, si, tense)
            else:
                res = _bracketed_same_day(text, men, results, si)
                if res is None:
                    res = resolve(men, ctx, tense)
        if res is None and men.kind == "log_day" and men.data["n"] == 1:
            day_one = (men, si)   # (logs) "Day 1 = Mon 10 Nov 2025", "Day 1 (Mon 2 Nov):": its date may follow
        if list_follow is not None and list_follow[0] is men:
            if res is not None and res.point is not None and res.point.grain == "month":
                _follow_month_list(list_follow, res.point.start.year)
            list_follow = None
        if res is None:
            continue
        results.append((men, res, si))
        if res.point is not None and res.point.grain in _COUNT_START_GRAINS and men.kind != "log_day":
            _count_start(ctx, text, men, res, results, day_one)
            day_one = None
        if mode == "news" and men.kind == "duration" and not men.data.get("vague") and men.data.get("unit") in ("Y", "M") \
                and men.data.get("n") and _LENGTH_ADJ.match(text, men.start, men.end):
            ctx.length = (si, int(men.data["n"] * (12 if men.data["unit"] == "Y" else 1)))
        if men.kind == "bc" and not _aside_bc(text, sentences[si][0], men, ctx) and not _bracketed_range(text, men):
            ctx.bc_year, ctx.last = men.data["year"], None
            ctx.bc_day = (men.data["month"], men.data.get("day") or 0) if men.data.get("month") else None
        elif res.point is None and ctx.bc_year is not None and ctx.last is None \
                and (bc := _BC_VALUE.fullmatch(res.value)) is not None and (mode == "narrative" or bc["m"]) \
                and (men.kind in ("anaphor", "offset") or bc["m"] and men.kind == "cal"):
            # "the following year" after 492 BC is 491 BC, and the story is there; (history8) "The next
            # day", "On 17 March" after 15 March 44 BC: the story's day is that one
            ctx.bc_year = int(bc["y"])
            ctx.bc_day = (int(bc["m"]), int(bc["d"] or 0)) if bc["m"] else None
        p = res.point
        if p is None and men.data.get("review_stamp") and res.value.startswith("PT") and ctx.dct is not None:
            # (the lead, forty-fourth session, §251) a review's stamp of hours or minutes ("★★★★★ 5 hours ago"): the
            # review was written on the page's day (the day before for _HOURS_YESTERDAY hours or more, as a header's age),
            # and its words tell of its visit as under a stamp of days ("full up by Christmas" a week after it: that one)
            ctx.written = ctx.written or ctx.dct
            ctx.dct = ctx.written - timedelta(days=1) if men.data.get("unit") == "H" and (men.data.get("n") or 0) >= _HOURS_YESTERDAY \
                else ctx.written
            ctx.sentence_day, ctx.review_stamp_end, ctx.named_wdays = None, men.end, {}
        if p is None and (men.rule in _HEADER_AGE_RULES or men.kind == "offset" and men.data.get("sign") == -1
                          and men.data.get("anchor") == "dct") \
                and men.data.get("unit") == "H" and (men.data.get("n") or 0) >= _HOURS_YESTERDAY \
                and ctx.dct is not None and _post_stamp(text, men):
            # (stamps34, §123) a header's age of many hours ("Name @handle · 23h"): its post is of the day before the page
            # was read, as a footer's (_footer_days); the age itself stays its length
            # ((stamps37, §145) and an age written with its unit on a header line: Reddit's "u/kev_b · 22 hr. ago",
            # "· edited 20 hr. ago", "Dani Reyes, 19 hours ago")
            ctx.written = ctx.written or ctx.dct
            ctx.dct, ctx.sentence_day, ctx.entry_dct = ctx.written - timedelta(days=1), None, False
        if men.data.get("rota") is not None and men.kind == "weekday":
            _note_rota(ctx, men, p)
        if wl_end >= 0:
            ctx.week_line = (wl_end + 1, men.data["weekday"], p.date) if p is not None and p.grain in ("day", "part-of-day") else None
        if p is None and men.data.get("span_days") and ctx.dct is not None:
            _note_day_span(ctx, men, tense)
        if p is not None:
            _note_date(ctx, text, sentences[si][0], men, res, tense)
            if p.grain == "day" and men.kind != "time":
                _note_span(ctx, text, men, p.date)
            if p.grain in ("day", "part-of-day") and men.kind != "time":
                _note_list_head(ctx, text, men, p)
            if ctx.first_day is None and p.grain in ("day", "part-of-day", "minute") and men.rule not in _STAMP_RULES \
                    and not (men.kind == "time" and res.anchor == "dct" and not men.data.get("dref")):
                # (lines22) the occasion an "On the day" heading speaks of (not an hour put on the day of writing for want
                # of a day, nor a message's stamp)
                ctx.first_day = Point.day(p.date)
            if mode == "narrative" and res.anchor == "dct" and _from_writing(men):
                # (news7) in a story, a paragraph that has named a time only the day of writing gives
                # ("Last week the trust ...", "yesterday", "last June") is news from there on: its
                # year-less dates count from that day too
                ctx.now_para = True
            if mode == "narrative" and res.anchor == "dct" and men.kind in _NOW_KINDS and not men.data.get("anaphoric"):
                ctx.now_sentence = si   # "This year we celebrate ... with a festival on 26 October"
                ctx.now_year = p.start.year if p.grain == "year" else None

    if deferred or (doc.need_events and not whole):  # this block's or the one before may count from them
        _date_events(text, sentences, results, doc.event_dates)
    return _Read(i0, i1, results, deferred)


# (sift) a day and its clock time with only spaces between: "Mon Apr 22, 2024 8:14 am" (a forum's post
# stamp), "Sat 1st March 11:00", "02 Apr 2026 08:12 UTC", "5pm Weds 25th", "Saturday noon", "today 12
# noon": one TIME, as TimeBank writes "9 a.m. Tuesday" and the project's conventions write "tmrw 7pm"
# ("X at Y", "X, Y" stay two, as the corpora write them)
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
_CLOCK_VALUE = re.compile(r"\d{4}-\d\d-\d\dT\d\d")
_SPACES = re.compile(r"[ \t]{1,3}")
_RANGE_AFTER = _re(r"[ \t]*(?:[-–](?![-–=]|[ \t]*(?:\n|$))|(?:{range_to_words:bare})\b)", re.I)   # ((stamps26) not a banner's closing "--")
# ((clock31) or a hedge between the joiner and the end: "8 till about 1.30 tomorrow", the end and the day apart)
_RANGE_BEFORE = _re(r"(?:[-–]|\b(?:{range_to_words:bare}))[ \t]{0,3}(?:(?:{clock_move_approximators:bare})[ \t]{1,3})?$", re.I)


# (forums2, fifteenth session) a post's or a comment's stamp: its date and its clock time joined by a comma,
# "at", "@" or a dash ("Posted 12 Sep 2025, 21:40", "asked Jan 29, 2026 at 14:03", "Rosemary T on 15 September
# 2025 at 8:20 am", "Posted yesterday at 10:12", a blog's "November 3, 2025 at 4:12 pm" on a line of its own
# above or under its comment) are one TIME, as TIDES writes an absolute date and time and the forums set its
# stamps. Only where the clock time ends the line (a poster "by wrenhunter" may follow) and the line is a
# stamp's: the date opens it and holds its year, or a word of posting or an author's mark stands before it
# on the line (tagger._POST_CUE), or a name and "on" with a date that holds its year ("Author on ..."). In
# running text ("Term ends on Thursday 2 April at 2pm", "see you on 15 September at 8:20") they stay two.
_STAMP_SEP = _re(r"(?i)[ \t]*(?:,|{stamp_at_words:bare}|@|[–—-]|[•·])[ \t]*")
# (§187) Google Messages' day divider "Thursday, August 28 • 10:30 PM": a dot between a weekday's date and its clock
_DOT_STAMP_SEP = re.compile(r"[ \t]{1,3}[•·][ \t]{1,3}")
# (stamps29) between a mail quote header's date and its clock time: "at", a comma, or both (Apple Mail's "Nov 5, 2019, at 9:14 PM")
_MAIL_STAMP_SEP = _re(r"(?i)[ \t]*,?[ \t]*(?:(?:{stamp_at_words:bare})[ \t]+)?")
_STAMP_LINE_END = _re(r"(?i)[ \t]*(?:(?:{stamp_by_words:bare})[ \t]+[^\s»·|]+[ \t]*)?(?:\n|$)")
# (thirty-first session, the lead; informal26-blind A) a social page's audience mark after its stamp, alone on the
# line: Facebook's "17 November at 20:03 · 🌏" (a dot and an icon, no word)
_STAMP_ICON_END = re.compile(r"[ \t]{0,3}·[ \t]{0,3}[^\w\s·]{1,3}[ \t]{0,3}(?:\n|$)")
# (pro47, forty-seventh session, §291) a job's dates alone on their line in a LinkedIn profile or a CV, a month and its
# year to another or to the open end (lexicon cv_range_open_ends), the length after a dot: "Mar 2016 – Dec 2018 · 2 yrs
# 10 mos", "Jan 2019 - Present · 7 yrs" (the length at most 40 characters). A list's entry: no story goes on from it
_CV_RANGE_LINE = _re(r"[ \t]{0,8}(?i:{months:bare})\.?[ \t]{1,3}\d{4}[ \t]{0,3}[–—-][ \t]{0,3}"
                     r"(?:(?i:{months:bare})\.?[ \t]{1,3}\d{4}|(?:{cv_range_open_ends:bare}))(?:[ \t]{0,3}·[^\n·]{1,40})?[ \t]*")
# (pro47, forty-seventh session, §290) Strava's activity stamp alone on its line under the activity's title, a middot
# and the place after the clock: "November 12, 2023 at 6:02 AM · Dharamshala", "Today at 6:14 AM · Kodiak, Alaska" (the
# place one to five capitalised words, commas between, at most 40 characters, nothing after it on the line)
_STAMP_PLACE_END = re.compile(r"[ \t]{0,3}·[ \t]{0,3}[A-Z][\w'’.-]*(?:,?[ \t]{1,3}[A-Z][\w'’.-]*){0,4}[ \t]{0,3}(?:\n|$)")
_STAMP_PLACE_MAX = 40
# (thirty-first session, the lead; informal26-blind A) X's (Twitter's) stamp under its post, a line of its own:
# "7:02 PM · Jan 5, 2024" (a view count may follow: "· 12.3K Views"): the post above it, from its author's line
# ("Name @handle"), was written that day (_footer_days). (lead, thirty-third session) The clock and the date are one TIME
# (_join_day_and_clock), as both blind annotators wrote it (informal26-blind, informal27-blind: one point written whole,
# as TimeBank's "10 p.m. Wednesday"); five older sets write two (informal5-7, informal19-voices)
_X_STAMP_HEAD = re.compile(r"[ \t]{0,8}(?:[01]?\d|2[0-3]):[0-5]\d[ \t]?[AaPp]\.?[Mm]\.?[ \t]{0,3}·[ \t]{0,3}")
_X_STAMP_END = _re(r"(?i)(?:[ \t]{0,3}·[ \t]{0,3}[\d.,]{1,9}[km]?[ \t]{1,3}(?:{stamp_count_words:bare}))?[ \t]{0,8}(?:\n|$)")
# an author's line over a post: "Name @handle" or "@handle", a stamp after a dot allowed ("Jo @jo_k · Jan 5"); each
# line read at most 120 characters (the region read is bounded by _FOOTER_COMMENT_MAX)
_X_AUTHOR_LINE = re.compile(r"(?m)^[^\n@]{0,80}@\w{1,30}[ \t]{0,3}(?:·[^\n]{0,40})?$")


def _x_stamp(text: str, day: Mention) -> bool:
    """Whether the date ``day`` (with its year) is X's stamp line's, its clock before it (_X_STAMP_HEAD)."""
    ls = text.rfind("\n", max(0, day.start - 40), day.start) + 1
    return (day.start - ls <= 32 and _X_STAMP_HEAD.fullmatch(text, ls, day.start) is not None
            and _X_STAMP_END.match(text, day.end) is not None and _STAMP_YEAR.search(text, day.start, day.end) is not None)
# (lead, thirty-eighth session; informal31-blind A, informal32-blind A) X's stamp on its author's line, over the post:
# "Name @handle · 9:12 AM · Dec 24, 2024" is one TIME, as under the post (_x_stamp) and as every blind annotator writes
# it; the line read back at most 120 characters
_X_AUTHOR_HEAD = re.compile(r"[^\n@]{0,80}@\w{1,30}[ \t]{0,3}·[ \t]{0,3}")
_X_DOT = re.compile(r"[ \t]{0,3}·[ \t]{0,3}")
_X_CLOCK = re.compile(r"(?:[01]?\d|2[0-3]):[0-5]\d[ \t]?[AaPp]\.?[Mm]\.?")


def _x_author_stamp(text: str, clock: Mention, day: Mention) -> bool:
    """Whether the clock time ``clock`` and the date ``day`` (with its year) after it are X's stamp on the author's
    line ("Name @handle · 9:12 AM · Dec 24, 2024")."""
    ls = text.rfind("\n", max(0, clock.start - 120), clock.start) + 1
    return (_X_DOT.fullmatch(text, clock.end, day.start) is not None and _X_CLOCK.fullmatch(text, clock.start, clock.end)
            is not None and _X_AUTHOR_HEAD.fullmatch(text, ls, clock.start) is not None
            and _X_STAMP_END.match(text, day.end) is not None and _STAMP_YEAR.search(text, day.start, day.end) is not None)


_STAMP_NAME_ON = _re(r"[ \t]*(?:[@A-Za-z][\w.'’-]*[ \t]+){1,4}(?:{stamp_on_words:bare})[ \t]+")
# (§224) the line of a name over a stamp line: one to five words each opening in a capital (a role in brackets allowed,
# "Shelley Te Whare (Admin)"), nothing else, at most _STAMP_NAME_ABOVE_MAX characters ((the lead, forty-fourth session, §249)
# a nickname in quotes among them: 'Devon "Tall Man" Browne')
# ((channels47, §286) a page's name may hold a number or an ampersand: "CKYK Community Radio 93.1", "Suva Bus & Ferry Watch")
_STAMP_NAME_ABOVE = re.compile(r"[ \t]{0,4}[A-Z][\w.'’-]{0,24}(?:[ \t]{1,2}(?:[\"“‘']?[A-Z(][\w.'’()-]{0,24}[\"”’']?|\d{1,3}(?:\.\d)?|&)){0,4}[ \t]{0,4}\n")
_STAMP_NAME_ABOVE_MAX = 80
_STAMP_LINE_INDENT = 8
_STAMP_AT_SEP = _re(r"(?i)[ \t]+(?:{stamp_at_words:bare})[ \t]+")
_STAMP_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
_STAMP_OPEN = re.compile(r"[ \t\[(]*")
# ((public45, §267) vBulletin's copied post header opens with its status icon's text before the stamp: "Old 10-28-2026,
# 07:14 PM", "Old Yesterday, 11:20 PM" (lexicon post_icon_words, as written): the stamp's date and clock one TIME as without it)
_STAMP_OPEN_ICON = _re(r"[ \t\[(]*(?:{post_icon_words:bare})[ \t]+")


# (slack46, §268) Messenger's centred stamp over an older day's messages, a numeric date with a two-digit year and its clock
# alone on the line ("12/3/26, 9:40 PM"): one TIME, as with a four-digit year (the line at most _SLASH_STAMP_MAX characters)
_SLASH_SHORT_YEAR = re.compile(r"[0-3]?\d/[0-3]?\d/\d\d")
_SLASH_STAMP_MAX = 24


def _stamp_pair(text: str, a: Mention, b: Mention) -> bool:
    """Whether the date ``a`` and the clock time ``b`` after it are a stamp's (see _STAMP_SEP)."""
    ls = text.rfind("\n", max(0, a.start - _POST_LINE_MAX - 1), a.start) + 1
    if a.start - ls > _POST_LINE_MAX:
        return False
    if _MAIL_STAMP_SEP.fullmatch(text, a.end, b.start) and _MAIL_QUOTE_OPEN.fullmatch(text, ls, a.start) \
            and _MAIL_QUOTE_END.match(text, b.end) is not None:
        return True   # (stamps29) a mail quote header "On Tue, 30 Aug 2022 at 21:14, X wrote:": its stamp one TIME
    if not _STAMP_SEP.fullmatch(text, a.end, b.start):
        return False
    if _FORUM_QUOTE_OPEN.fullmatch(text, ls, a.start) and _FORUM_QUOTE_END.match(text, b.end):
        return True   # ((stamps26) a forum's quote header: "Quote (gary @ 5 May 2025 - 21:30)", its stamp one TIME)
    if _MSG_STAMP_BEFORE_SQUARE.fullmatch(text, ls, a.start) is not None and _MSG_STAMP_SQUARE_END.match(text, b.end) is not None:
        return True   # ((slack46, §268) Telegram's export read as text: "Kofi, [3 Dec 2026 at 21:40:12]" over the message)
    icon = _STAMP_ICON_END.match(text, b.end) is not None
    if not icon and not _STAMP_LINE_END.match(text, b.end):
        place = _STAMP_PLACE_END.match(text, b.end)
        # (pro47, §290) Strava's "Today at 6:14 AM · Kodiak, Alaska": a stamp where a year or a day said from today
        # is its date, "at" joins them and the line opens with the date (not a notice's "Saturday at 10 AM · Hall")
        return place is not None and place.end() - b.end <= _STAMP_PLACE_MAX + 8 \
            and _STAMP_AT_SEP.fullmatch(text, a.end, b.start) is not None and _STAMP_OPEN.fullmatch(text, ls, a.start) is not None \
            and (_STAMP_YEAR.search(text, a.start, a.end) is not None
                 or a.rule == "today" and a.data.get("offset") in (0, -1) and not a.data.get("pod"))
    if _MAIL_HEAD_OPEN.fullmatch(text, ls, a.start) and _STAMP_YEAR.search(text, a.start, a.end) is not None:
        return True   # (the lead, forty-second session, §224) a forwarded mail's "Date: 7 August 2024 at 07:48"
    if _STAMP_OPEN.fullmatch(text, ls, a.start) or _STAMP_OPEN_ICON.fullmatch(text, ls, a.start):
        # (thirty-first session) a line of a date and its clock alone is a stamp without its year too where a
        # weekday opens the date (a phone's message stamp "Mon, Jun 19 at 4:12 PM") or a page's icon ends it
        # ((the lead, forty-second session, §224) or where "at" joins them right under a line of a name, Facebook's
        # "Ealish Quayle" / "July 1 at 8:12 PM", "Shelley Te Whare (Admin)" / "Yesterday at 6:12 PM": one TIME, as the
        # blind annotators write it (§87's two for the relative day's line revised))
        if _STAMP_AT_SEP.fullmatch(text, a.end, b.start) is not None and _name_line_above(text, ls):
            return True
        if a.rule == "today" and a.data.get("offset") in (0, -1) and not a.data.get("pod") and text[a.start].isupper() \
                and _STAMP_AT_SEP.fullmatch(text, a.end, b.start) is not None and _STAMP_LINE_END.match(text, b.end) is not None:
            # (the lead, forty-eighth session, §304) Messenger's divider over a day's messages, "Yesterday at 06:48" /
            # "Today at 13:36" alone on its line, the platform's capital: one TIME, as under a name's line (not Discord's
            # "name — Today at 6:11 PM", whose name opens the line: §87; not a message's "today at 10:30")
            return True
        return _STAMP_YEAR.search(text, a.start, a.end) is not None or icon \
            or _SLASH_SHORT_YEAR.fullmatch(text, a.start, a.end) is not None and b.end - a.start <= _SLASH_STAMP_MAX \
            or (a.data.get("weekday") is not None and text[a.start].isalpha() and not text[a.start].isdigit()
                and _STAMP_LINE_END.match(text, b.end) is not None and (_MAIL_STAMP_SEP.fullmatch(text, a.end, b.start) is not None
                                                                         or _DOT_STAMP_SEP.fullmatch(text, a.end, b.start) is not None))
    if _POST_CUE.search(text, ls, a.start) is not None:
        return True
    return _STAMP_NAME_ON.fullmatch(text, ls, a.start) is not None and _STAMP_YEAR.search(text, a.start, a.end) is not None


# (thirty-first session, the lead; informal26-blind A) a weekday in brackets right after a day said from today, or
# the other way round: "Working bee TOMORROW (Sunday) from 8am", "the meeting is on Sunday (tomorrow)": the same day,
# whatever day of that name the talk named before, where the calendar agrees (a weekday that is not that day's is
# left to its own reading)
_OPEN_BRACKET = re.compile(r"[ \t]{0,3}\([ \t]{0,3}")
_CLOSE_BRACKET = re.compile(r"[ \t]{0,3}\)")


# (thirty-first session, the lead; informal26-blind A) a list of days that ends "and today" / "and yesterday" counts the
# days up to now: "4th actually, Monday night, Tuesday twice and today" (a chat's verb-less weekday is otherwise a day to
# come); the list read at most 48 characters on, in its sentence
_LIST_UP_TO_NOW = _re(r"(?i)[^.!?\n]{0,40}?(?<![\w'’])(?:{list_last_joiners:bare})[ \t]{1,3}(?:{list_days_up_to_now:bare})(?![\w'’])")


def _bracketed_same_day(text: str, men: Mention, results: list, si: int) -> Resolved | None:
    """The day of the result just before ``men`` where one of them is a weekday in brackets after the other, a
    day said from today ("tomorrow (Sunday)"), and the day is that weekday; else None."""
    if men.kind != "weekday" or not results or men.data.get("rel") or men.data.get("the"):
        return None
    prev, pres, psi = results[-1]
    if psi != si or prev.rule != "today" or pres.point is None or pres.point.grain not in ("day", "part-of-day"):
        return None
    if not (_OPEN_BRACKET.fullmatch(text, prev.end, men.start) and _CLOSE_BRACKET.match(text, men.end)):
        return None
    day = pres.point.start.date()
    if day.isoweekday() != men.data.get("weekday"):
        return None
    return _pod_or_day(day, men.data.get("pod") or "", f"{text[men.start:men.end]}: the day '{text[prev.start:prev.end]}' "
                       f"just before it names ({day.isoformat()}), the weekday in brackets after it", men.data.get("mod", ""),
                       men.rule, "sentence")


# (lead, thirty-fourth session) "tmrw is Independence Day", "Friday is Labour Day here": a day said from today or a
# weekday, then "is" and a holiday's name: the holiday is that day (whichever country's it is)
# (social46, §270) or a day the holiday's closing or timetable is for: "buses will run a Sunday schedule today for
# Independence Day" (Jamaica's 6 August), "closed Monday for Labour Day": the day is the holiday's where a nation keeps it then
_HOLIDAY_FOR = _re(r"(?i)[ \t]{0,3}(?:{holiday_for_words:bare})[ \t]{1,3}")
_HOLIDAY_EQUATED = _re(r"(?i)[ \t]{0,3}(?:{holiday_equating_words:bare})[ \t]{1,3}(?:(?:{holiday_equating_adverbs:bare})[ \t]{1,3})?")
_EQUATED_DAY_RULES = frozenset(("today", "weekday", "short_weekday"))
# only a holiday whose day depends on the nation (lexicon national_days: "Independence Day", "Republic Day", "Labour
# Day"), and only where one nation's keeps it on that day: a fixed one's day is its own ("tomorrow is Christmas Eve" in
# August is a joke, not a date), and "Monday is also Republic Day here in Guyana" of a year whose 23 February is a
# Tuesday names the Monday off, not the holiday (holidays34)
_NATION_HOLIDAYS = {k: [("fixed", v) if isinstance(v, str) else tuple(v) for v in nations.values() if v is not None]
                    for k, nations in lexicon(DEFAULT)["national_days"].items() if not k.startswith("_")}


def _kept_on(name: str, value: str) -> bool:
    """Whether some nation keeps the holiday ``name`` (lexicon national_days) on the day ``value`` (YYYY-MM-DD)."""
    day = date.fromisoformat(value)
    return any(_holiday_day(kind, spec, day.year) == day for kind, spec in _NATION_HOLIDAYS.get(name, ()))


def _equate_holiday(text: str, results: list) -> None:
    """(lead, thirty-fourth session) Give a holiday the day a day said from today or a weekday right before it "is"
    names ("tmrw is Independence Day" on 14 August: India's, 15 August, not the US's 4 July), in place; one pass."""
    for i in range(1, len(results)):
        (a, ra, sa), (b, rb, sb) = results[i - 1], results[i]
        if b.kind != "holiday" or sa != sb or a.rule not in _EQUATED_DAY_RULES or ra.timex_type != "DATE" \
                or not _DAY_VALUE.fullmatch(ra.value) or rb.value == ra.value or rb.timex_type != "DATE" \
                or (_HOLIDAY_EQUATED.fullmatch(text, a.end, b.start) is None
                    and _HOLIDAY_FOR.fullmatch(text, a.end, b.start) is None) \
                or not _kept_on(text[b.start:b.end].lower(), ra.value):
            continue
        results[i] = (b, replace(ra, explanation=f"{text[b.start:b.end]}: the day '{text[a.start:a.end]}' is ({ra.value}), "
                                                  f"as the text says ({ra.explanation})", anchor="sentence",
                                 anchor_update=rb.anchor_update), sb)


# (the lead, forty-third session, §235) "Nunavut Day is on a Sunday this year", "Christmas falls on a Monday", "it's on a
# Monday this year" (of the holiday just told): the weekday after the holiday's link words is its day, not a habit
_HOLIDAY_ON_A = _re(r"(?i)[ \t]{0,3}(?:{holiday_weekday_links:bare})[ \t]{1,3}")
_IT_ON_A = _re(r"(?i)\b(?:{holiday_weekday_pronouns:bare})(?:[ \t]{1,3}|(?=['’]))(?:{holiday_weekday_links:bare})[ \t]{1,3}$")
_WEEKDAY_SET_HEAD = "XXXX-WXX-"
_YEAR_ONLY = re.compile(r"\d{4}")
_IT_HOLIDAY_BACK = 300   # how far back "it" finds its holiday (characters)


def _holiday_weekday(text: str, results: list) -> None:
    """(§235) Give a weekday read as a habit after "<holiday> is on a" (or "it's on a", the holiday told just before) the
    holiday's day, where that day is that weekday in the year told beside it (else the holiday's year); a year told
    there also mends the holiday's own year. In place; one pass, each weekday looking back at most four results."""
    for i, (w, rw, sw) in enumerate(results):
        if rw.timex_type != "SET" or w.rule not in _SPLIT_DAY_RULES:
            continue
        wd = rw.value[len(_WEEKDAY_SET_HEAD):]
        if not rw.value.startswith(_WEEKDAY_SET_HEAD) or wd not in ("1", "2", "3", "4", "5", "6", "7"):
            continue
        year = None
        if i + 1 < len(results):
            (y, ry, _), gap = results[i + 1], text[w.end:results[i + 1][0].start]
            if _YEAR_ONLY.fullmatch(ry.value) and len(gap) <= 2 and not gap.strip():
                year = int(ry.value)
        j, direct = None, False
        for k in range(i - 1, max(-1, i - 5), -1):
            h = results[k][0]
            if h.kind == "holiday" and "hkind" in h.data:
                between = text[h.end:w.start]
                if _HOLIDAY_ON_A.fullmatch(between) or (k == i - 2 and _YEAR_ONLY.fullmatch(results[i - 1][1].value)
                                                        and _HOLIDAY_ON_A.fullmatch(text, results[i - 1][0].end, w.start)
                                                        and not text[h.end:results[i - 1][0].start].strip()):
                    j, direct = k, True
                    if year is None and k == i - 2:
                        year = int(results[i - 1][1].value)
                elif _IT_ON_A.search(text, max(0, w.start - 24), w.start) and w.start - h.end <= _IT_HOLIDAY_BACK:
                    j = k
                break
            if results[k][1].timex_type == "DATE" and _DAY_VALUE.fullmatch(results[k][1].value):
                break   # another day told between: "it" is not sure to be the holiday
        if j is None:
            continue
        h, rh, sh = results[j]
        if year is None:
            if not _DAY_VALUE.fullmatch(rh.value):
                continue
            year = int(rh.value[:4])
        day = _holiday_day(h.data["hkind"], h.data["spec"], year)
        if day is None or day.isoweekday() != int(wd):
            continue
        name, said = text[h.start:h.end], text[w.start:w.end]
        p = Point.day(day)
        results[i] = (w, Resolved("DATE", p.value, p, p.start, p.end, p.grain,
                                  f"{said}: the day {name} falls on in {year} ({day.isoformat()}), as the text says",
                                  "", True, "sentence"), sw)
        if direct and rh.value != day.isoformat() and rh.timex_type == "DATE":
            results[j] = (h, Resolved("DATE", p.value, p, p.start, p.end, p.grain,
                                      f"{name}: the one of {year}, whose day the text names ({said}, {day.isoformat()})",
                                      "", True, "sentence"), sh)


# a stamp's line around a day and its clock: only brackets, a bullet or a post's separator before, the line's end or a
# separator after (the line read at most 120 characters back, as _POST_LINE_MAX)
_LINE_STAMP_BEFORE = re.compile(r"[ \t\[(]*|.{0,120}[·|•»—–-][ \t]{0,3}")
_LINE_STAMP_AFTER = re.compile(r"[ \t\])]{0,3}(?:[·|•»—–-]|\n|$)")


# the days said by a weekday or from today that stay apart from the clock after them ("Saturday 10am"); a date with its
# month ("Sat 13 Feb 10am", "Jan 5 2pm") keeps its clock
_SPLIT_DAY_RULES = frozenset(("weekday", "short_weekday", "today"))


def _line_stamp(text: str, a: Mention, b: Mention) -> bool:
    """Whether the day ``a`` and the clock ``b`` after it stand as a stamp on their line (see _LINE_STAMP_BEFORE)."""
    ls = text.rfind("\n", max(0, a.start - _POST_LINE_MAX - 1), a.start) + 1
    if a.start - ls > _POST_LINE_MAX:
        return False
    return (_LINE_STAMP_BEFORE.fullmatch(text, ls, a.start) is not None or _POST_CUE.search(text, ls, a.start) is not None) \
        and _LINE_STAMP_AFTER.match(text, b.end) is not None


def _join_day_and_clock(text: str, results: list, shown: str = "") -> None:
    """Join each DATE of a day and the clock time of that day written right before or after it,
    with nothing but spaces between, into one TIME (the time's reading, the span of both), in
    place; and a stamp's date and clock time (_stamp_pair). One pass over ``results``
    ((mention, Resolved, sentence index) in text order)."""
    i = 0
    while i + 1 < len(results):
        (a, ra, sa), (b, rb, sb) = results[i], results[i + 1]
        if sa == sb and a.end <= b.start and (_SPACES.fullmatch(text, a.end, b.start)
                                              or ra.timex_type == "DATE" and _stamp_pair(text, a, b)
                                              or ra.timex_type == "TIME" and rb.timex_type == "DATE"
                                              and (_x_stamp(text, b) or _x_author_stamp(text, a, b))):
            day, clock = (ra, rb) if ra.timex_type == "DATE" else (rb, ra)
            if day.timex_type == "DATE" and clock.timex_type == "TIME" and _DAY_VALUE.fullmatch(day.value) \
                    and _CLOCK_VALUE.match(clock.value) and clock.value.startswith(day.value):
                men = a if clock is ra else b
                if (_SPACES.fullmatch(text, a.end, b.start) and (
                        _RANGE_AFTER.match(text, men.end) or _RANGE_BEFORE.search(text, max(0, men.start - 16), men.start))) \
                        or men.data.get("programme"):   # (listings2) a programme's time under its day's heading
                    i += 1
                    continue   # "fri 7-10pm", "Friday 5.30-6.30": the day and the ends of a range, apart
                if day is ra and a.rule in _SPLIT_DAY_RULES and _SPACES.fullmatch(text, a.end, b.start) \
                        and not _line_stamp(text, a, b) and _chat_register(shown or text, a.start):
                    # (thirty-fifth session, the lead) a day then its clock in running text ("see you next Fri 10am",
                    # "out of the water tomorrow 6am"): two expressions, the clock a TIME of that day, as the independent
                    # blind annotators write them (see rules._day_clock's split_day, the same cut of one match); a
                    # stamp's ("Today 8:46 AM" alone on its line) stays one, as does a clock then its day ("10 p.m.
                    # Wednesday", TimeBank's one TIME)
                    i += 1
                    continue
                joined = Mention(a.start, b.end, men.rule, men.kind, men.data, men.priority)
                other = b if men is a else a
                clock.explanation += f"; one expression with its day '{text[other.start:other.end]}'"
                results[i:i + 2] = [(joined, clock, sa)]
                continue
        i += 1


_SPLIT_NIGHT_WORDS = frozenset(lexicon(DEFAULT)["night_words"])   # (§156) "tonight", "tonite", "2nite": the night's
_SPLIT_NIGHT = "NI"   # the TIMEX3 code of the night
_SPLIT_PARTS = lexicon(DEFAULT)["parts_of_day"]                    # "tomorrow night", "Friday morning": the part named


def _split_day_clock(text: str, results: list, shown: str = "") -> None:
    """(thirty-fifth session, the lead) Cut each day-and-clock TIME its rule marked (``split_day``, the day's end:
    "Saturday 10am", "tmrw 6pm") into the day, a DATE of the clock's day, and the clock, the TIME as resolved, in place;
    one pass over ``results``."""
    i = 0
    while i < len(results):
        men, res, si = results[i]
        cut = men.data.get("split_day")
        if cut is None or res.timex_type != "TIME" or not _CLOCK_VALUE.match(res.value) or not men.start < cut < men.end \
                or not _chat_register(shown or text, men.start):
            i += 1
            continue
        clock_at = cut + len(text[cut:men.end]) - len(text[cut:men.end].lstrip())
        words = text[men.start:cut].split()
        pod = _SPLIT_NIGHT if words and words[-1].lower() in _SPLIT_NIGHT_WORDS \
            else _SPLIT_PARTS.get(words[-1].lower(), "") if words else ""
        if pod:
            # (lead, thirty-seventh session, §156) a part of the day cut from its clock keeps it ("couples' sunset paddle
            # tonight 5pm", "see you tomorrow night 8pm"): the TIME "tonight" is alone, not the DATE of its day
            p = Point.part_of_day(date.fromisoformat(res.value[:10]), pod)
            day = Resolved("TIME", p.value, p, p.start, p.end, p.grain,
                           f"{res.explanation}; the part of the day apart from its clock '{text[clock_at:men.end]}'", "",
                           res.anchor_update, res.anchor)
        else:
            p = Point.day(date.fromisoformat(res.value[:10]))
            day = Resolved("DATE", p.value, p, p.start, p.end, p.grain,
                           f"{res.explanation}; the day apart from its clock '{text[clock_at:men.end]}'", "",
                           res.anchor_update, res.anchor)
        clock = replace(res, explanation=f"{res.explanation}; the clock of the day '{text[men.start:cut]}' before it")
        results[i:i + 1] = [(Mention(men.start, cut, men.rule, "date", {}, men.priority), day, si),
                            (Mention(clock_at, men.end, men.rule, men.kind, men.data, men.priority), clock, si)]
        i += 2


# (pro47, forty-seventh session, §291) an activity's title alone on its line, a part of the day and the activity (rule
# pod_activity: Strava's "Morning Run", "Afternoon Ride", "Lunch Run"), right over the activity's stamp, the next line
# opening with a day or a time ("November 12, 2023 at 6:02 AM · Dharamshala", "Yesterday at 5:40 PM"): that part of the
# stamp's day, not of the day of reading
_TITLE_LINE_REST = re.compile(r"[ \t]+[A-Za-z]+[ \t]*\n[ \t]{0,4}")


def _title_pod_stamp(text: str, results: list) -> None:
    """(§291) Give each activity title's part of the day (``pod_activity`` opening its line, one word after it ending the
    line) the day of the stamp on the next line, where a result with a day opens that line; in place."""
    for i in range(len(results) - 1):
        men, res, si = results[i]
        if men.rule != "pod_activity" or res.point is None or res.point.grain != "part-of-day" \
                or text[start_of_line(text, men.start):men.start].strip():
            continue
        nxt, nres, _nsi = results[i + 1]
        if _TITLE_LINE_REST.fullmatch(text, men.end, nxt.start) is None or nres.timex_type not in ("DATE", "TIME") \
                or not _DAY_VALUE.fullmatch(nres.value[:10]) or nres.value[:10] == res.value[:10]:
            continue
        p = Point.part_of_day(date.fromisoformat(nres.value[:10]), res.point.pod)
        results[i] = (men, Resolved("TIME", p.value, p, p.start, p.end, p.grain,
                                    f"{res.explanation}; an activity's title over its stamp: of the stamp's day "
                                    f"'{text[nxt.start:nxt.end]}'", res.mod, False, "text"), si)


def _split_business_day(text: str, results: list) -> None:
    """(hours42, §204) Cut each clock marked ``business_split`` ("we close at [5pm Saturday] and Sunday") into the clock, a
    TIME of no one day (kept on its day after "today"/"tomorrow"), and its day word, a DATE of the day it resolved to; a
    listing line's weekday clock (``listing_split``, "Sunday 8 AM") into a SET and a clock of no day; a listing line's
    weekday (``listing_set``) a SET. One pass over ``results``."""
    i = 0
    while i < len(results):
        men, res, si = results[i]
        if men.data.get("listing_set") and res.timex_type == "DATE" and _DAY_VALUE.fullmatch(res.value):
            results[i] = (men, Resolved("SET", f"XXXX-WXX-{date.fromisoformat(res.value).isoweekday()}", None, None, None, "",
                                        f"a weekday of a listing's hours line: every such day; rule {men.rule}", "", False), si)
            i += 1
            continue
        wk = men.data.get("listing_split")
        if wk is not None and res.timex_type == "TIME" and _CLOCK_VALUE.match(res.value) and men.start < wk < men.end:
            clock_at = wk + len(text[wk:men.end]) - len(text[wk:men.end].lstrip(". \t"))
            day = Resolved("SET", f"XXXX-WXX-{men.data['listing_weekday']}", None, None, None, "",
                           f"a weekday of a listing's hours line: every such day; rule {men.rule}", "", False)
            clock = Resolved("TIME", "XXXX" + res.value[4:5] + "XX-XX" + res.value[10:], None, None, None, "",
                             f"a listing's hours ('{text[men.start:wk]}' before it on its hours line): of no one day; rule {men.rule}",
                             res.mod, False)
            results[i:i + 1] = [(Mention(men.start, wk, men.rule, "weekday", {}, men.priority), day, si),
                                (Mention(clock_at, men.end, men.rule, men.kind, men.data, men.priority), clock, si)]
            i += 2
            continue
        cut = men.data.get("business_split")
        if cut is None or res.timex_type != "TIME" or not _CLOCK_VALUE.match(res.value) or not men.start < cut < men.end:
            i += 1
            continue
        clock_end = men.start + len(text[men.start:cut].rstrip())
        p = Point.day(date.fromisoformat(res.value[:10]))
        day = Resolved("DATE", p.value, p, p.start, p.end, p.grain,
                       f"{res.explanation}; the day apart from its clock '{text[men.start:clock_end]}'", "", res.anchor_update, res.anchor)
        if men.data.get("business_no_day"):
            clock = Resolved("TIME", "XXXX" + res.value[4:5] + "XX-XX" + res.value[10:], None, None, None, "",
                             f"a business's hours ('{men.data['business_verb']}' before it, with '{text[cut:men.end]}' and the "
                             f"days after it): of no one day; rule {men.rule}", res.mod, False)
        else:   # "open 9 til [5 today] and tomorrow": the clock kept on its day (§204's figures)
            clock = replace(res, explanation=f"{res.explanation}; the clock apart from its day '{text[cut:men.end]}'")
        results[i:i + 1] = [(Mention(men.start, clock_end, men.rule, men.kind, men.data, men.priority), clock, si),
                            (Mention(cut, men.end, men.rule, "date", {}, men.priority), day, si)]
        i += 2


def _split_around(text: str, results: list) -> None:
    """(lead, thirty-seventh session, §158) Cut a day told from a holiday ("the Friday before Christmas", "the day after
    Boxing Day", "the weekend after Diwali") into the day counted, its value as resolved, and the holiday, a DATE of its
    own day: two TIMEX3 and the signal outside both, as the fresh sets' written conventions and TimeBank write them
    (TimeML has no nesting); not in a narrative (a history's anchored phrase is one, as WikiWars writes it). One pass."""
    i = 0
    while i < len(results):
        men, res, si = results[i]
        got, head, at = men.data.get("around_anchor"), men.data.get("head_end"), men.data.get("anchor_at")
        if got is None or head is None or at is None or res.start is None or not men.start < head < at < men.end:
            i += 1
            continue
        day, why, anchor = got
        p = Point.day(date.fromisoformat(day))
        hol = Resolved("DATE", p.value, p, p.start, p.end, p.grain, f"{why}; the day the phrase counts from", "", False, anchor)
        told = replace(res, explanation=f"{res.explanation}; told from '{text[at:men.end]}' apart")
        results[i:i + 1] = [(Mention(men.start, head, men.rule, men.kind, men.data, men.priority), told, si),
                            (Mention(at, men.end, men.rule, "holiday", {}, men.priority), hol, si)]
        i += 2


def _finish_block(doc: "_Told", block: _Read, ahead: _Read | None) -> TagBlock:
    """The periods counted from events and the lengths anchored on events of ``block``, which
    see the events dated up to the end of the block after it (``ahead``); its Timex records."""
    text, shown, ctx, sentences = doc.text, doc.shown, doc.ctx, doc.sentences
    results, deferred = block.results, block.deferred
    # (forums, fourteenth session) what is resolved here is resolved when a block (or the whole text) has
    # been read: the day of writing is the page's, not the day a post or chat stamp read last moved it to
    # (which would differ between a text read whole and the same text read in blocks)
    moved = ctx.dct
    if ctx.written is not None:
        ctx.dct = ctx.written
    if deferred:
        results.sort_sentences()
        results = list(results) + _resolve_deferred(text, sentences, deferred, results, ctx)
    results.sort(key=lambda r: r[0].start)
    # "two days after the vote" (see anchors.py), the vote dated up to the end of the next block
    n = len(results)
    results = list(results) + (sorted(ahead.results, key=lambda r: r[0].start) if ahead is not None else [])
    anchor_lengths(text, sentences, results, ctx)
    ctx.dct = moved
    del results[n:]
    if any(men.data.get("dated_only") and res.start is None for men, res, _si in results):
        # (eve31, §107) "on the eve of the vote" of a vote the text never dates: no day it gives, untagged
        results = [r for r in results if not (r[0].data.get("dated_only") and r[1].start is None)]
    _equate_holiday(text, results)
    _holiday_weekday(text, results)
    _join_day_and_clock(text, results, doc.shown)
    _title_pod_stamp(text, results)
    _split_day_clock(text, results, doc.shown)
    _split_business_day(text, results)
    if ctx.mode != "narrative":
        _split_around(text, results)
    for men, res, _si in results:
        if men.rule in _SMALL_HOURS_RULES and res.point is not None and res.point.grain == "part-of-day" \
                and res.point.pod == "MO" and res.start is not None:
            # (eleventh session, clock) "the early hours of Saturday": TimeML's value is the morning's
            # (TMO, as the dev gold writes it), but the hours are the night's end, before 06:00: the
            # interval a user sees is [00:00, 06:00) of that day (tests/test_corpus_data.py reads TMO
            # as the TIDES morning, midnight to noon, which holds both)
            day0 = datetime(res.start.year, res.start.month, res.start.day)
            res.start, res.end = day0, day0 + timedelta(hours=_SMALL_HOURS_END)
            res.explanation += f"; the small hours, before {_SMALL_HOURS_END:02d}:00"
    join_ranges(text, results)   # "1939–45", "from June 1941 to May 1945": both ends placed as the whole range

    out = []
    for men, res, _si in results:
        if not valid_timex_value(res.value):
            continue  # never hand out a value outside the TimeML grammar (a year past 9999, BCXXXX)
        start, end, why = res.start, res.end, res.explanation
        if start is not None and (end is None or end <= start):
            # an interval must run forwards; one that does not (a period of the year 9999, whose
            # end the calendar cannot hold) is not placed
            why += ("; after the last year this app places (9998)" if start.year > MAX_YEAR
                    else "; its interval would not run forwards, so it is not placed")
            start = end = None
        out.append(Timex(
            start_char=men.start, end_char=men.end, expression=shown[men.start:men.end],
            timex_type=res.timex_type, timex_value=res.value, start=start, end=end,
            granularity=res.granularity if start is not None else "",
            explanation=why, rule=men.rule, mod=res.mod, anchor=res.anchor, derived=res.derived))
    return TagBlock(block.first, doc.split[block.first:block.end], out)


_NO_TENSE = object()


class _Told:
    """What the tagging of one text keeps from block to block: the discourse, the sentence
    spans (joined across expressions) read so far, the events' dates, and in a narrative the
    dates told per sentence (looked up when an event named later is dated where it was told).
    Each is one small record per sentence or per date, or bounded by the lexicon (events)."""

    def __init__(self, text: str, shown: str, split: list[tuple[int, int]], ctx: Discourse, need_events: bool):
        self.text, self.shown, self.split, self.ctx = text, shown, split, ctx
        self.sentences: list[tuple[int, int]] = []
        self.starts: list[int] = []
        self.need_events = need_events
        self.event_dates: dict[str, tuple[str, Point]] = {}
        # sentence -> (offset, Point or year BC) of each date told there that may date an event
        self.dated: dict[int, list] | None = defaultdict(list) if ctx.mode == "narrative" else None
        self._words: dict[str, array] | None = None
        # (speed8) the tenses the mode's votes read (``_ModeVotes.told``): ``tense_at`` depends on the
        # text and its arguments alone, so a reading asked again with the same is taken, not made again
        self.told: dict[tuple[int, int, int, int], str | None] = {}

    def tense(self, s0: int, s1: int, start: int, end: int, schedule: bool) -> str | None:
        """``tense_at(self.text, s0, s1, start, end, schedule)``."""
        if schedule and self.told:
            got = self.told.get((s0, s1, start, end), _NO_TENSE)
            if got is not _NO_TENSE:
                return got
        return tense_at(self.text, s0, s1, start, end, schedule)

    def add_sentences(self, spans: list[tuple[int, int]]) -> None:
        self.sentences.extend(spans)
        self.starts.extend(s for s, _ in spans)

    def note(self, men: Mention, res: Resolved, si: int) -> None:
        if self.dated is None or men.kind not in ("cal", "bc", "holiday"):
            return
        p = res.point
        if p is not None and p.grain in ("day", "month", "year", "week"):
            self.dated[si].append((men.start, p))
        elif men.kind == "bc":
            self.dated[si].append((men.start, men.data["year"]))

    def word_starts(self, word: str):
        """The offsets where ``word`` starts as a whole word, built once for the whole text on
        first use (one pass; memory 8 bytes per word of the text)."""
        if self._words is None:
            self._words = defaultdict(lambda: array("q"))
            for m in re.finditer(r"\w+", self.text):
                self._words[m.group()].append(m.start())
        return self._words.get(word, ())


class _Found(list):
    """One block's resolved (mention, result, sentence index) triples in the order they were
    resolved, indexed by sentence and by start offset: looking up the dates of one sentence, or
    whether an offset starts a found expression, costs the size of that sentence's list or less,
    never the document's (``tag`` stays linear on a document of a million expressions)."""

    def __init__(self, doc: _Told):
        super().__init__()
        self.doc = doc
        self.by_sent: dict[int, list] = defaultdict(list)
        self.starts: set[int] = set()
        self._days: dict[int, list] = {}

    def append(self, item) -> None:
        super().append(item)
        self.by_sent[item[2]].append(item)
        self.starts.add(item[0].start)
        if self.doc.dated is not None:   # ((speed8) ``note`` keeps nothing but in a narrative)
            self.doc.note(*item)

    def sort_sentences(self) -> None:
        """Each sentence's triples in text order (late-resolved times come last until then)."""
        for lst in self.by_sent.values():
            lst.sort(key=lambda r: r[0].start)

    def days_after(self, si: int, pos: int):
        """The day-grain results of sentence ``si`` starting at ``pos`` or later, in text order
        (after ``sort_sentences``; a bisection, then only day-grain triples are visited)."""
        days = self._days.get(si)
        if days is None:
            days = self._days[si] = [r for r in self.by_sent.get(si, ()) if r[1].point is not None and r[1].point.grain == "day"]
        for i in range(bisect_left(days, pos, key=lambda r: r[0].start), len(days)):
            yield days[i]

    def word_starts(self, word: str):
        return self.doc.word_starts(word)

    def dated(self, si: int) -> list:
        """(offset, Point or year BC) of the dates told in sentence ``si`` that may date an
        event (a narrative's; any block read so far)."""
        return self.doc.dated.get(si, ()) if self.doc.dated is not None else ()


def _words_between(text: str, s0: int, pos: int, most: int) -> int:
    """The number of words in text[s0:pos], counted up to ``most`` + 1. Reads at most 40
    characters a word counted, not the whole sentence prefix (a long sentence stays linear);
    a cut-off prefix counts as one more word."""
    ws = max(s0, pos - 40 * (most + 1))
    n = len(text[ws:pos].split()) + (1 if ws > s0 else 0)
    return min(n, most + 1)


_RANGE_GAP = _re(r"\s*(?:[-–]|{range_connectors})\s*$", re.I)
_RANGE_FROM = _re(r"\b{range_openers}\s+$", re.I)
_OPEN_RANGE = _re(r"\b{open_range_words}\s+$", re.I)
_OBJECT_DATE = _re(r"(?<![\w.])(?:{object_date_words})\s*$", re.I)
_ENDED = _re(r"(?:\s*,)?\s+{ended_words:cs}\b")


# (history4) a label line of a fact box ("Born: 12 February 1809, Shrewsbury", "Died: 19 April
# 1882"): its date is a fact about the subject, not where the story that follows begins
_TITLE_YEAR = re.compile(r"^[^\d]*\D,\s+\d{4}\s*$", re.M)
_LABEL_LINE = _re(r"\s*(?:[A-Z][a-z]+:|(?:{fact_box_labels:cs})[ \t]+(?:(?:{label_line_prepositions:bare})[ \t]+)?)\s*(?:c\.\s*)?\d")
# (history5) life dates in brackets after a name: "Elizabeth I (7 September 1533 – 24 March 1603)",
# "William Cecil (b. 1520, d. 1598)", "James VI (born 19 June 1566)"; read at most 60 characters
_LIFE_OPEN = re.compile(r"[A-Za-z]\s*\(")
_LIFE_WORD = _re(r"(?i:{life_date_words}|%s|(?:{life_age_words:bare})\s+\d+)(?![a-z])" % "|".join(
    sorted({re.escape(m) for m in _LEX["months"]}, key=len, reverse=True)))
_LIFE_TOKENS = re.compile(r"[\s\d,;.?–—-]+")


def _life_dates(text: str, men: Mention) -> int | None:
    """Where ``men`` is a date in brackets after a name that hold only life dates ("(b. 1520, d.
    1598)", "(7 September 1533 – 24 March 1603)"), the position of the bracket; else None."""
    lo = max(0, men.start - 60)
    opened = text.rfind("(", lo, men.start)
    if opened < 1 or text.rfind(")", lo, men.start) > opened or not _LIFE_OPEN.match(text, max(0, opened - 2) if text[opened - 1] == " " else opened - 1):
        return None
    closes = text.find(")", men.end, men.end + 60)
    if closes < 0 or "(" in text[men.end:closes]:
        return None
    inside = _LIFE_TOKENS.sub(" ", _LIFE_WORD.sub(" ", text[opened + 1:closes])).strip()
    return opened if not inside else None


_CLAUSE_AND = _re(r",?\s+(?:{clause_and_words:bare})\s+(?!(?:{clause_and_not_before:bare})\b)|;\s")   # (history7) the next clause of a sentence
_LEAD_LINES = 4   # (history7) lines read for an article's lead: a title and a blank line or two before it
_LEAD_OPENING = 24   # characters of a lead's opening that name the title's first word (past its length: its others)
_TITLE_STOP = frozenset(_LEX["title_stop_words"])
_TITLE_WORD = re.compile(r"\b[A-Z][\w'’-]{2,}")


def _lead_end(ctx: Discourse, text: str) -> int:
    """(history7) The end of an article's lead: the first line of prose (a paragraph is a line)
    after at most a title line or two (``_is_heading``); 0 where the text opens with prose or has
    no title, or whose first prose line does not name the title in its opening words as an
    encyclopedia's lead does ("Battle of Verdun / The Battle of Verdun was fought from ..."; a
    section does not: "Background / In 264 BC ..."). Found once per text, reading at most
    ``_LEAD_LINES`` lines."""
    if ctx.lead_end < 0:
        ctx.lead_end, pos, title = 0, 0, None
        for _ in range(_LEAD_LINES):
            eol = next_newline(text, pos)
            eol = len(text) if eol < 0 else eol
            if text[pos:eol].strip():
                if not _is_heading(text, pos, eol):
                    # a lead names the article's title in its first words ("Battle of Verdun / The
                    # Battle of Verdun was fought from ..."), a section does not ("Background / In 264 BC")
                    words = [w for w in _TITLE_WORD.findall(title or "") if w.lower() not in _TITLE_STOP]
                    opening = text[pos:min(eol, pos + len(title or "") + _LEAD_OPENING)]
                    if words and words[0] in opening[:_LEAD_OPENING] and sum(w in opening for w in words) * 2 >= len(words):
                        ctx.lead_end = eol
                    break
                title = text[pos:eol]
            if eol >= len(text):
                break
            pos = eol + 1
    return ctx.lead_end


def _enter_section(ctx: Discourse, text: str, sentences, sent_mentions) -> None:
    """A history's sections: a heading that names its years ("Eastern Theater 1861-1863") starts
    its story in its first year; one without years makes the next date told set the story."""
    si = ctx.sentence
    ctx.heading = _is_heading(text, *sentences[si])
    if ctx.lead_first is not None and not ctx.lead_reset and sentences[si][0] > ctx.lead_end:
        # (history7) the body after an article's lead starts again where the lead's event began ("The
        # Battle of Verdun was fought from 21 February to 18 December 1916. / Prelude / ... was planned
        # for 12 February" is the February before the battle, not the one after its end)
        ctx.lead_reset = True
        ctx.move_story(ctx.lead_first)
    if not ctx.fresh:
        # a heading without any time expression in it, passed over since the last one
        ctx.fresh = any(_is_heading(text, *sentences[k]) for k in range(max(0, ctx.passed + 1), si))
    ctx.passed = si
    ctx.label = ctx.heading and _LABEL_LINE.match(text, sentences[si][0]) is not None
    if ctx.heading and not ctx.label and _CV_RANGE_LINE.fullmatch(text[slice(*sentences[si])].strip()) is not None:
        ctx.heading = False   # (pro47, §291) a job's dates on a profile, "Mar 2016 – Dec 2018 · 2 yrs 10 mos": no section's years
    if ctx.heading and not ctx.label:
        years = _heading_years(text, sent_mentions.get(si, ()), *sentences[si])
        if years:
            ctx.section, ctx.strays = years, 0
            ctx.move_story(Point.year(years[0]))
            if years[0] == years[1] and _TITLE_YEAR.search(text, *sentences[si]):
                # (history4) "Impression, Sunrise, 1872": a title and its year, a label: the text under
                # it starts there but may tell later years ("shown on 15 April 1874") without leaving it
                ctx.section = None
        ctx.fresh = not years


_NIGHT_PODS = ("TEV", "TNI")
_EDGE_BEFORE = _re(r"(?i)\b(?:{edge_before_words:bare})\s+$")   # (sift) a day named as a stretch's edge
# (sift, twelfth session) a deadline for the answer ("RSVP by Friday 9th", "let me know by the 10th",
# "can everyone confirm by Thursday 5th June pls"): the day says when to reply, not what the talk is about
_REPLY_BY = _re(r"(?<![\w'’])(?:{reply_deadline_words})(?![\w'’])[^.!?\n]{0,24}?(?<![\w'’])(?:{reply_by_prepositions:bare})\s+$", re.I)
_REPLY_BY_REACH = 48
# (anaphor25) what joins two anaphoric days: "the night before or that morning", "the day before, or the day after"
_COORD_ANAPHOR = _re(r",?\s{1,3}(?:{anaphor_coordinators})\s{1,3}", re.I)


def _resolve_anaphor(ctx: Discourse, text: str, men: Mention, si: int, tense: str | None) -> Resolved | None:
    """(anaphor25) An anaphor ("the next day", "that morning", "the night before") joined by "or" / "and" to the anaphor
    read just before it in its sentence ("drop cakes at the hall the night before or that morning", "I can do the day
    before or the day after"; not two counted the same way) counts from the same day as that one: the day the talk named, not the first one's
    value, which is only the story's date because it was read first. Its anchors are put back as the first one found
    them while it is resolved; what it names then moves the story as any date does."""
    anchors = (ctx.last, ctx.last_day, ctx.sentence_day, ctx.previous_day)
    co = ctx.coord_anaphor
    off = men.data.get("offset") or 0
    if co is not None and co[1] == si and not (off * co[3] > 0) \
            and _COORD_ANAPHOR.fullmatch(text, co[0], men.start) is not None:
        # (two counted the same way are a sequence: "The next day, and the day after, crowds gathered" is the day after
        # the next day, as before)
        anchors = co[2]
        kept = (ctx.last, ctx.last_day, ctx.sentence_day, ctx.previous_day)
        ctx.last, ctx.last_day, ctx.sentence_day, ctx.previous_day = anchors
        try:
            res = resolve(men, ctx, tense)
        finally:
            ctx.last, ctx.last_day, ctx.sentence_day, ctx.previous_day = kept
    else:
        res = resolve(men, ctx, tense)
    ctx.coord_anaphor = (men.end, si, anchors, men.data.get("offset") or 0)
    return res
_CHAT_STAMP_RULES = frozenset({"chat_stamp", "iso_chat_stamp"})   # (§170) the slash and the ISO-dated stamps
_STAMP_RULES = frozenset({"chat_stamp", "iso_chat_stamp", "msg_stamp", "blog_stamp", "update_stamp", "chat_log_stamp", "sender_day_stamp"})
_DISCORD_AT = _re(r"[ \t]+(?:{stamp_at_words:bare})[ \t]+[01]?\d:[0-5]\d[ \t]?[AaPp][Mm][ \t]*(?:\n|$)")
_DISCORD_NAME = re.compile(r"(?:^|\n)[^\n]{1,40}[ \t][—–-][ \t]$")
# (stamps34, §123) a social page's post stamp alone on its line, closed by its dot and audience icon: "Yesterday at 7:48 PM
# · 🌎" over the post (as Discord's stamp head: the post's words count from its day)
_ICON_STAMP_AT = _re(r"[ \t]+(?:{stamp_at_words:bare})[ \t]+[01]?\d:[0-5]\d[ \t]?[AaPp][Mm](?=[ \t]{0,3}·[ \t]{0,3}[^\w\s·]{1,3}[ \t]{0,3}(?:\n|$))")
_WEEKDAY_WORD = _re(r"(?i)(?<![a-z])(?:{weekday_word_stems:bare})")   # (informal6) a weekday's name in a mention
_STAMP_ANCHOR_DAYS = 62   # (informal6) a chat stamp this near before the reference date becomes its messages' day of writing   # (informal6) a Slack or support chat's "Name  9:02 AM"
_EVENING_HOUR = 18
# (reviews, fourteenth session) a review page's or a post's stamp line: a stamp word at the line's start or
# after a separator or a stop ("Posted: 30 October. Last edited: 1 November."; a role's one to three capitalised
# words before "response", "reply", "comment": "Developer Response", "Business Owner reply", not "I replied"), then at most "on", "in the United Kingdom on", "from <who>" or a rating ("3 out of 5"), then the
# day; the day ends the line or a separator follows it ("Married 23 May 2026 - Reviewed 1 June 2026",
# "Posted: 30 October. Last edited: 1 November."). Not "We posted it yesterday." (a subject before the word),
# nor "Posted it yesterday." (an object between)
# ((thirty-first session, the lead; informal26-blind A) or a map review's row of stars alone before it: "★★☆☆☆ 2 weeks ago";
# and an owner's reply indented under its review: "  Response from the owner a month ago")
# ((reviews34, §124) or that row of stars before the stamp word on the stamp's line: Tripadvisor's "★★★★★ Reviewed February
# 20, 2025", "★★★★☆ Reviewed a week ago", a map review's "★★★★★ Edited 2 days ago"; the row and the blanks after it bounded)
# ((reviews46, §272) or the row of stars and a dot, Airbnb's "★★★★★ · 2 weeks ago · Stayed 4 nights · Oct 2026"; or a reviewer's name and the words of lexicon review_author_stamps: Tripadvisor's "Fiona M wrote a review
# Nov 21, 2026", "hamish_b posted a review 3 weeks ago"; the name one to three words, its first capitalised or a handle)
_REVIEW_STAMP_LEAD = _re(r"^[ \t]*[★☆⭐]{1,5}[ \t]*(?:[·•|][ \t]{0,3})?$|(?:^[ \t]{0,8}(?:[★☆⭐]{1,5}[ \t]{0,3})?|[ \t][·•|–—-][ \t]|[·•|][ \t]*|[.;][ \t]+)"
                         r"(?:(?!(?:{review_stamp_not_subjects:bare})[ \t])(?:[A-Z][\w'’.&]*[ \t]+){1,3}(?i:{review_stamp_nouns:bare})"
                         r"|(?i:{review_stamp_words})"
                         r"|(?!(?i:{review_stamp_not_subjects:bare})[ \t])(?:[A-Z][\w'’.&-]*|[a-z][a-z.]*[\d_][\w.]*)(?:[ \t]+[\w'’.&-]+){0,2}[ \t]+(?:{review_author_stamps:bare}))"
                         r"(?:[ \t]+(?:{review_stamp_on:bare}|(?:{review_stamp_in_the:line})[ \t]+[A-Z][\w ]{1,30}?[ \t]+(?:{review_stamp_on:bare})|(?:{review_stamp_from:bare})[ \t]+[^\n]{1,40}?)"
                         r"|[ \t]+\d(?:\.\d)?[ \t]*(?:/[ \t]*(?:5|10)|(?:{review_stamp_out_of:line})[ \t]+(?:5|10)|{review_stamp_stars:bare}))?"
                         r"[ \t]*[:,·•|–—-]?[ \t]*$")
# (one blank run before the optional full stop or comma and one after it: two runs side by side, with only the
# optional mark between them, cost time quadratic in a long run of blanks after a date, tried at every split)
_REVIEW_STAMP_TAIL = _re(r"[ \t]*(?:[.,][ \t]*)?(?:\n|$|[·•|–—-][ \t]|(?i:{review_stamp_edit_words:line})\b)")
_REVIEW_STAMP_KINDS = frozenset({"cal", "offset", "deictic_day"})
_REVIEW_UPDATE_HEAD = _re(r"(?:^|\n)[ \t]*[*#>•–—-]*[ \t]*(?i:{review_update_words})(?![\w'’])[^\n:]{0,40}(?::|\n|$)")
# (speed11) its matches after the text's first character, each opened by the newline: a literal first, which the
# regex engine skips to in one loop (the pattern above lets a match open with a blank, a bullet or the update word's
# first letter, so the engine entered it at every blank and every "e", "f" and "u" of the stretch searched)
_REVIEW_UPDATE_HEAD_NL = _re(r"\n[ \t]*[*#>•–—-]*[ \t]*(?i:{review_update_words})(?![\w'’])[^\n:]{0,40}(?::|\n|$)")
# (reviews34, §124) a review's line of its stay's month: a head of lexicon review_stay_heads opening its line, at most a colon,
# the month and its year, nothing else on the line ("Date of stay: February 2025", "Visited in March", "Stayed in March 2024");
# searched between the stamp and the next stamp line (a row of stars or a stamp word opening a line: the next review's, the
# owner's "Response from Jodie M, Owner"), at most _REVIEW_STAY_REACH characters on (every run bounded)
_REVIEW_STAY_LINE = _re(r"\n[ \t]{0,8}(?i:{review_stay_heads:line})[ \t]{0,3}:?[ \t]{0,3}(?P<m>(?i:{months:bare}))\.?"
                        r"(?:,?[ \t]{1,3}(?P<y>\d{4}))?[ \t]{0,8}(?=\n|$)")
# ((reviews46, §272) or a booking site's line of the stay: a count of nights of lexicon review_stay_nights and a separator
# before the month ("Deluxe Ocean Bure · 5 nights · October 2026 · Couple", "Stayed 4 nights · Oct 2026"), a room's name
# before it and a separator and a few words after it allowed, on its own line or on the stamp's: Airbnb's "★★★★★ · 2 weeks ago ·
# Stayed 4 nights · Oct 2026"; every run bounded)
_REVIEW_STAY_NIGHTS = _re(r"(?<![\w.,])\d{1,2}[ \t]{1,2}(?i:{review_stay_nights:bare})[ \t]{0,3}[·•|][ \t]{0,3}"
                          r"(?P<m>(?i:{months:bare}))\.?(?:,?[ \t]{1,3}(?P<y>\d{4}))?[ \t]{0,3}(?:[·•|][^\n]{0,60})?(?=\n|$)")
_REVIEW_NEXT_STAMP = _re(r"\n[ \t]{0,8}(?:[★☆⭐]|(?i:{review_stamp_words:line})(?![\w'’]))")
_REVIEW_STAY_REACH = 3000   # characters of a review's words read for its stay's line at most
_REVIEW_STAY_MONTHS = 24    # a stay at most this many months before the review's day
_REVIEW_STAMP_LINE = 80     # characters of the stamp line before the day read at most
_STARS_BLANKS = 8           # (reviews34) blanks before an app store's date under its row of stars, at most
_STARS_LINE = re.compile(r"[ \t]{0,8}[★☆⭐]{1,5}[ \t]{0,8}")   # (reviews34) a row of stars alone on its line
_REVIEW_STAMP_DAYS = 1100   # a stamp at most about three years before the day the page was read moves the day of writing
# (past) a diary's entry heading: a day at a line's start (after a bullet or "Entry 2 (") and the line's end,
# a colon, a dash or a closing bracket after it
_ENTRY_HEAD = re.compile(r"(?:^|\n)[^\S\n]*#*[^\S\n]*(?:(?P<edit>(?i:%s)[^\S\n]*\d{0,3}[^\S\n]*[(\[,:–—-])[^\S\n]*)?$"
                         % "|".join(map(re.escape, _LEX["edit_words"] + _LEX["entry_words"])))
# (logs, fifteenth session) or a log's dated line: the date, then ". ", ": ", " – " or " - " and the entry's words
# ("Sat 22/8. Pier from 05:40", "3 May – frost forecast tonight", "12th June - lost a big one at 7pm")
_ENTRY_HEAD_END = re.compile(r"[^\S\n]*(?:(?P<eol>\n|$)|(?P<sep>(?:[.:]|[-–—]|(?<=\.))[^\S\n]+(?=\S))|[)\]:])")
_STORY_DAY_SENTENCES = 3   # (past) sentences from the day a first-person story told to a weekday that goes on from it
_STORY_DAY_MIN, _STORY_DAY_MAX = 7, 366   # ... told this many days before the day of writing (days48, §298: up to a
# year; a story of March told in December goes on from its own days as one told a fortnight later does)
_STORY_WEEKDAY_LEAD = 5   # (days48, §298) characters from the story day's start its weekday's name may begin at: its
# article's ("On the Sunday we walked ... and on Monday we came home": the story's day told by its weekday alone)
_STORY_PERSON_BEFORE = 120   # (past) characters before the story's day read for its narrator ("We flew into Porto on ...")
_FIRST_PERSON = re.compile(r"(?i)(?<![\w'’])(?:%s)(?![\w'’])" % "|".join(map(re.escape, _LEX["first_person_words"])))
_EDIT_AFTER_DAYS = 14   # (past) an edit's own date after the post's day, at most this many days on
# (forums, fourteenth session) a forum or Q&A post's header line: a word of posting or an author's mark
# before the date on its line, and after it at most a clock time and the poster ("- 20:14 by wrenhunter")
# before the line's end; the next line is the post (a stamp followed by a blank line closes a post instead)
_POST_CUE = re.compile(r"(?i)(?:(?<![\w'’])(?:%s)(?![\w'’])|%s)" % (
    "|".join(map(re.escape, sorted(_LEX["post_stamp_words"], key=len, reverse=True))),
    "|".join(map(re.escape, _LEX["post_stamp_marks"]))))
# (each blank run follows a token that is there: the same lines as blanks, then an optional clock time with its
# separator and am/pm, then an optional poster, each with its own blanks after; written with optional parts
# between three runs it cost time cubic in a long run of blanks after a weekday, tried at every split)
_POST_STAMP_END = _re(r"(?i)[^\S\n]*(?:(?:(?:,|[–—·•-]|{stamp_at_words:bare})[^\S\n]*)?(?:[01]?\d|2[0-3])[:.][0-5]\d(?::[0-5]\d)?"
                             r"[^\S\n]*(?:[ap]\.?m\b\.?[^\S\n]*)?)?(?:(?:{stamp_by_words:bare})[^\S\n]+[^\s»·|]+[^\S\n]*)?"
                             r"(?:[·•][^\S\n]*(?:[^\w\s·•]{1,3}[^\S\n]*)?)?(?:\((?:{stamp_edit_words:bare})\)[^\S\n]{0,4}|[·•|][^\S\n]{0,4}(?:{stamp_edit_words:bare})[^\S\n]{0,4})?\n(?=[^\S\n]*\S)")
# ((the lead, forty-eighth session, §306) and Nextdoor's edit mark after a dot: "Sharon Tizya · Riverdale · Yesterday · Edited")
# ((social46, §270) and Facebook's audience icon after the dot: "Jan 30 at 7:12 PM · 🌏" over a page's post)
# ((stamps25) a social page's "September 20 at 9:47 PM ·"; (platforms27) a forum's "Posted March 3, 2021 (edited)")
_POST_LINE_MAX = 120
_BARE_CLOCK = re.compile(r"(?i)[\d:.\s]*(?:[ap]\.?m\b\.?)?")
_POST_HEAD_CUT = re.compile(r"[»·•|:—–()\[\]]")   # a header's separators: a word of posting after one opens the header's part
_POST_HEAD_WORD = re.compile(r"[A-Za-z][\w'’]*")
_SUBJECT_WORDS = frozenset(_LEX["subject_pronouns"])   # the stamp's clock time alone: the day is the date's before it


# (voices19) what may open a stamp line before its date when no word of posting does: an update's or an edit's word,
# then a weekday's name
_OPEN_STAMP_HEAD = _re(r"(?i)[^\S\n]*(?:(?:{stamp_edit_words:bare})[^\S\n]*[:–—-]?[^\S\n]*)?"
                       r"(?:(?:{weekday_word_stems:bare})[a-z]{0,6}\.?,?[^\S\n]+)?")
_CLOCK_IN_STAMP = re.compile(r"\d[:.][0-5]\d")   # (the date and its clock time read as one mention: "Jan 13 5:40am")
_STAMP_CLOCK_AFTER = _re(r"(?i)[^\S\n]{0,4}(?:(?:,|{stamp_at_words:bare}|[–—·•-])[^\S\n]{0,4})?(?:[01]?\d|2[0-3])[:.][0-5]\d")


# (stamps24, twenty-third session) a message's stamp with the message on the same line: the date (and its clock
# time, in the mention or after it) opens the line, then the sender and a colon ("Sat 14 Mar 08:12 Jo: ...", "20 Sep
# 21:47 - Dani: ...", "2 Mar 2024 · 21:47 Dani: ...", "Sep 20, 2025 at 9:47 PM, Dani: ...", "Yesterday 21:47 Dani:"),
# or the sender first with the stamp in brackets ("Dani (20 Sep, 21:47): ..."); and a header line of the sender, a
# comma or a dash, then the stamp alone ("Dani, Sep 20, 2025 at 9:47 PM", "Dani - 20 Sep 2025 · 21:47"). The sender
# is one to four words of at most 40 characters (every run bounded), a clock time is required
_MSG_STAMP_CLOCK = _re(r"(?i)[^\S\n]{0,4}(?:(?:,|{stamp_at_words:bare}|[–—·•-])[^\S\n]{0,4})?(?:[01]?\d|2[0-3])[:.][0-5]\d(?::[0-5]\d)?"
                       r"(?:[^\S\n]?[ap]\.?m\b\.?)?")
_MSG_SENDER = r"[A-Za-z@][\w.'’&-]{0,24}(?:[^\S\n][\w.'’&()-]{1,24}){0,3}"
_MSG_STAMP_TAIL = re.compile(r"[^\S\n]{0,4}(?:[,–—-][^\S\n]{0,4})?" + _MSG_SENDER + r":[^\S\n]")
_MSG_STAMP_BEFORE = re.compile(r"[^\S\n]*" + _MSG_SENDER + r"[^\S\n]{0,4}(?:\(|[,–—-][^\S\n]{0,4})")
_MSG_STAMP_PAREN_END = re.compile(r"[^\S\n]{0,4}\):[^\S\n]")
# (stamps25, twenty-fourth session) a sender's header line with no separator before the stamp ("Dani Reyes 20/09/2025
# 21:47", "Dani Reyes  20 Sep 2025 21:47"): the sender then is one to three capitalised words or a handle (a run of
# word characters with a digit, an underscore or a dot in it), not any words ("the power went off 20/09/2025 21:47");
# and Telegram's "Dani Reyes, [20.09.2025 21:47]" (the stamp in square brackets after the separator)
_MSG_STAMP_BEFORE_BARE = re.compile(r"[^\S\n]{0,4}(?:[A-Z][\w.'’&-]{0,24}(?:[^\S\n][A-Z][\w.'’&-]{0,24}){0,2}"
                                    r"|@?[\w]{0,24}[_\d.][\w.]{0,24})[^\S\n]{1,4}")
_MSG_STAMP_BEFORE_SQUARE = re.compile(r"[^\S\n]*" + _MSG_SENDER + r"[^\S\n]{0,4}[,–—-][^\S\n]{0,4}\[")
_MSG_STAMP_SQUARE_END = re.compile(r"[^\S\n]{0,4}\][^\S\n]{0,4}\n(?=[^\S\n]*\S)")
# (stamps26, twenty-fifth session) a chat's stamp line that opens with the date and its clock time and that the sender
# closes after a separator, a role in brackets after the name allowed ("Sat 5 Jun 17:41 · Shaz", "Sat 5 Jun 18:02 · Bev
# (reception lead)", "20 Sep 21:47 - Dani Reyes"): with no colon after it the sender is one to three capitalised words
# or a handle, as in _MSG_STAMP_BEFORE_BARE, not any words ("20 Sep 21:47 - the power went off"); the post under it
# ((platforms27) a sender in lower case, as people write their own names in a chat's profile, "Sat 5 Jun 17:41 · shaz",
# "20 Sep 21:47 - dani reyes": one or two lower-case words ending the line; "20 Sep 21:47 - the power went off" has more)
_STAMP_SENDER_CLOSE = re.compile(r"[^\S\n]{0,4}[·•|–—-][^\S\n]{0,4}(?:[A-Z][\w.'’&-]{0,24}(?:[^\S\n][A-Z][\w.'’&-]{0,24}){0,2}"
                                 r"|[a-z][\w.'’&-]{0,24}(?:[^\S\n][a-z][\w.'’&-]{0,24})?"
                                 r"|@?\w{0,24}[_\d.][\w.]{0,24})(?:[^\S\n]{1,4}\([^()\n]{1,30}\))?[^\S\n]{0,4}\n(?=[^\S\n]*\S)")
# (platforms27) a bracketed stamp's closing bracket, and the sender alone after it ending the line (as _STAMP_SENDER_CLOSE
# with the bracket for its separator): Teams' "[20/09/2025 21:47] Dani Reyes"
_SQUARE_CLOSE = re.compile(r"[^\S\n]{0,4}\]")
_SQUARE_SENDER_CLOSE = re.compile(r"[^\S\n]{1,4}" + _STAMP_SENDER_CLOSE.pattern[_STAMP_SENDER_CLOSE.pattern.index("(?:[A-Z]"):])
# (stamps26) a banner line: a run of dashes or equals signs, a label of one to five words and a comma or a colon (or
# none), the stamp with its clock time, the same run again ("-- Reply, Thu 17 Aug 2023 19:05 --", "-- Facebook message,
# Mon 14 Aug 2023 21:47 --", "== Sat 20 Sep 21:47 =="): a message box's stamp copied as text; the message under it
_BANNER_MARK = r"(?:-{2,4}|={2,4}|[–—]{1,2})"
_BANNER_OPEN = _re(r"(?i)[^\S\n]{0,4}" + _BANNER_MARK + r"[^\S\n]{1,4}(?:[a-z][\w'’&-]{0,24}(?:[^\S\n][\w'’&-]{1,24}){0,4}"
                   r"[^\S\n]{0,4}[,:][^\S\n]{1,4})?(?:(?:{weekday_word_stems:bare})[a-z]{0,6}\.?,?[^\S\n]{1,4})?")
_BANNER_CLOSE = re.compile(r"[^\S\n]{0,4}" + _BANNER_MARK + r"[^\S\n]{0,4}\n(?=[^\S\n]*\S)")
# (stamps26) a banner line under a stamp's post ("== band chat ==", "-- Reply, <another stamp> --") opens another part
# of the text: a stamp's day holds to it at most, the words after a banner with no stamp count from the day of writing
_BANNER_LINE = re.compile(r"\n[^\S\n]{0,4}" + _BANNER_MARK + r"[^\S\n]{1,4}[^\n]{1,60}?[^\S\n]" + _BANNER_MARK + r"[^\S\n]{0,4}(?=\n|$)")
_BANNER_REACH = 4000


def _msg_line_stamp(text: str, men: Mention, line_start: int) -> bool:
    """(stamps24) Whether ``men`` is the date of a message's stamp that a sender's name with a colon follows on its
    line, or a sender's name heads (see _MSG_STAMP_TAIL)."""
    if men.end - men.start > _POST_LINE_MAX or men.start - line_start > _POST_LINE_MAX:
        return False
    end = men.end
    clock = _MSG_STAMP_CLOCK.match(text, end)
    if clock is not None:
        end = clock.end()   # ((stamps25) also after a dotted date, whose "0.09" looks like a clock time in it)
    elif _CLOCK_IN_STAMP.search(text, men.start, men.end) is None and not men.data.get("stamp_clock"):
        return False   # ((voices22) a log's stamp whose clock time has no colon, "SAT 14/05 0545", says so in its data)
    if _STAMP_OPEN.fullmatch(text, line_start, men.start) or _OPEN_STAMP_HEAD.fullmatch(text, line_start, men.start):
        if "[" in text[line_start:men.start]:
            # ((platforms27) the stamp in square brackets, then the sender: Signal's "[2025-09-20 21:47] Dani: ...",
            # Teams' "[20/09/2025 21:47] Dani Reyes" over the message)
            close = _SQUARE_CLOSE.match(text, end)
            if close is not None and (_MSG_STAMP_TAIL.match(text, close.end()) is not None
                                      or _SQUARE_SENDER_CLOSE.match(text, close.end()) is not None):
                return True
        return _MSG_STAMP_TAIL.match(text, end) is not None or _STAMP_SENDER_CLOSE.match(text, end) is not None
    if _BANNER_OPEN.fullmatch(text, line_start, men.start) is not None:
        return _BANNER_CLOSE.match(text, end) is not None
    if _MSG_STAMP_BEFORE_SQUARE.fullmatch(text, line_start, men.start) is not None:
        return _MSG_STAMP_SQUARE_END.match(text, end) is not None
    if _MSG_STAMP_BEFORE.fullmatch(text, line_start, men.start) is None:
        return _MSG_STAMP_BEFORE_BARE.fullmatch(text, line_start, men.start) is not None \
            and _POST_STAMP_END.match(text, end) is not None
    if text[men.start - 1:men.start] == "(" or text[line_start:men.start].rstrip().endswith("("):
        return _MSG_STAMP_PAREN_END.match(text, end) is not None
    return _POST_STAMP_END.match(text, end) is not None


# (stamps25, twenty-fourth session) an e-mail's headers. A quote header on a line of its own ("On Sat, 20 Sep 2025 at
# 21:47, Sam Ortiz <sam@example.com> wrote:", "On 20/09/2025 21:47, Sam wrote:", quote marks before it allowed): the
# word before the date opens the line, the verb ends it. A header block's stamp line ("Sent: Saturday, September 20,
# 2025 9:47 PM", "Date: Sat, 20 Sep 2025 at 21:47"): the date (and a clock time after it) fills the line, and a line of
# the same block (no blank line between, at most _MAIL_BLOCK_REACH characters away) opens with "From:". The message
# under either was written on the header's day (every run bounded)
_MAIL_QUOTE_OPEN = _re(r"(?i)(?:>[^\S\n]?){0,8}[^\S\n]{0,4}(?:{mail_quote_open_words:bare})[^\S\n]{1,4}")
# ((stamps26) the header wrapped over two lines, a long address: "... at 21:30, Sam Ortiz <sam@example.com>" / "wrote:",
# the first line not ending a sentence)
_MAIL_QUOTE_END = _re(r"(?i)[^\n]{0,160}?(?:(?<![.!?])\n(?:>[^\S\n]?){0,8}[^\n]{0,80}?)?(?<![\w'’])(?:{mail_quote_verbs:bare})[^\S\n]{0,4}:[^\S\n]{0,4}(?:\n|$)")
# (stamps26) a forum's quote header on a line of its own over the quoted paragraph: "Quote (gary @ 5 May 2025 - 21:30)",
# "Quote from: gary_k on September 20, 2025, 9:47 PM" (a word of lexicon forum_quote_words, a bracket or a colon, the
# poster, "@", "on" or a comma), "gary wrote on 5 May 2025, 21:30:" (the poster, a quote verb and "on"); the stamp's
# clock time required; the quoted paragraph (to the first blank line) counts from its day (every run bounded)
_FORUM_POSTER = r"[\w@][\w.'’&-]{0,24}(?:[^\S\n][\w.'’&-]{1,24}){0,2}"
# ((platforms27) "Quote from gary on 20 September 2025, 21:47" with no colon: the bracket or the colon may be left out)
_FORUM_QUOTE_OPEN = _re(r"(?i)[^\S\n]{0,4}(?:(?:{forum_quote_words:bare})[^\S\n]{0,4}(?:[(:][^\S\n]{0,4})?" + _FORUM_POSTER
                        + r"[^\S\n]{1,4}(?:@|{stamp_on_words:bare}|,)|" + _FORUM_POSTER
                        + r"[^\S\n]{1,4}(?:{mail_quote_verbs:bare})(?:[^\S\n]{1,4}(?:{stamp_on_words:bare})|:[^\S\n]{0,4}[↑⇧]))[^\S\n]{1,4}")
# ((forums46, §279) phpBB's quote box copied as text: "munro_meg wrote: ↑ Tue Dec 29, 2026 6:20 pm", its arrow the link to the
# post quoted)
_FORUM_QUOTE_END = re.compile(r"[^\S\n]{0,4}\)?[^\S\n]{0,4}:?[^\S\n]{0,4}\n(?=[^\S\n]*\S)")
_BLANK_LINE_AFTER = re.compile(r"\n[^\S\n]*\n[^\S\n]*(?=\S)")
_MAIL_QUOTE_SAID = _re(r"(?i)(?<![\w'’])(?:{mail_quote_said_words:bare})[^\S\n]{0,4}:")
_MAIL_HEAD_OPEN = _re(r"(?i)(?:>[^\S\n]?){0,8}[^\S\n]{0,4}\*{0,2}(?:{mail_head_stamp_words:bare})\*{0,2}[^\S\n]{0,4}:\*{0,2}[^\S\n]{0,4}")
# ((platforms27) a raw header's zone after the clock, "Date: Sat, 20 Sep 2025 21:47:03 +0100 (BST)")
_MAIL_HEAD_END = _re(r"(?:" + _MSG_STAMP_CLOCK.pattern[4:] + r")?(?:[^\S\n]{1,4}(?:[+-]\d{4}|{time_zones:bare})"
                     r"(?:[^\S\n]{1,4}\([A-Z]{2,5}\))?)?[^\S\n]{0,4}(?:\n|$)", re.I)
_MAIL_HEAD_FROM = _re(r"(?im)^(?:>[^\S\n]?){0,8}[^\S\n]{0,4}\*{0,2}(?:{mail_head_from_words:bare})\*{0,2}[^\S\n]{0,4}:")
_MAIL_BLANK_LINE = re.compile(r"\n(?:>[^\S\n]?){0,8}[^\S\n]{0,8}(?=\n)")
_MAIL_BLOCK_REACH = 400
# (stamps25) a social page's stamp line closed by its middot ("September 20 at 9:47 PM ·"): a stamp, never ahead
_DOT_STAMP_END = re.compile(r"(?:" + _MSG_STAMP_CLOCK.pattern[4:] + r")?[^\S\n]{0,4}[·•][^\S\n]{0,4}\n", re.I)


_QUOTE_MARKS = re.compile(r"[^\S\n]{0,4}(?:>[^\S\n]{0,2})*")
# (platforms27) a forum quote's one line ending a sentence and the reply's line right under it (the line bounded)
_ONE_LINE_QUOTE = re.compile(r"[^\S\n]{0,4}[^\s>][^\n]{0,400}?[.!?…][\"'’”)]{0,2}[^\S\n]{0,4}\n(?=[^\S\n]{0,4}[^\s>])")
_QUOTE_BLOCK_LINES = 400


def _quote_block_end(text: str, men: Mention) -> int:
    """(stamps25) Where the lines marked as quoted under a quote header (``men``'s line) end, or -1: the first line after
    it, blank lines passed, that has fewer ">" marks than one more than the header's own. -1 when the first line under
    the header is not marked (a top-posted reply quotes the whole message below it: every word after is the quote's)."""
    line_start = start_of_line(text, men.start)
    if _FORUM_QUOTE_OPEN.fullmatch(text, line_start, men.start):
        # (stamps26) a forum's quote: the quoted paragraph ends at the first blank line under it, the reply follows
        line_end = next_newline(text, men.end)
        if line_end >= 0:
            # ((platforms27) a quote of one line, a sentence's end closing it, with the reply on the very next line and
            # no blank line between (a forum page copied as text: the quote box's one paragraph, then the reply): the
            # quote ends with its line; a line wrapped mid-sentence goes on to the blank line as before)
            first = _ONE_LINE_QUOTE.match(text, line_end + 1)
            if first is not None:
                return first.end()
        blank = _BLANK_LINE_AFTER.search(text, line_end) if line_end >= 0 else None
        return blank.end() if blank is not None else -1
    if not _MAIL_QUOTE_OPEN.fullmatch(text, line_start, men.start):
        return -1
    depth = _QUOTE_MARKS.match(text, line_start).group().count(">")
    head_end = _MAIL_QUOTE_END.match(text, men.end)   # ((stamps26) the header may be wrapped over two lines)
    pos = next_newline(text, men.end if head_end is None else max(men.end, head_end.end() - 1))
    seen = False
    for _ in range(_QUOTE_BLOCK_LINES):
        if pos < 0:
            return -1
        start = pos + 1
        marks = _QUOTE_MARKS.match(text, start).group()
        nl = next_newline(text, start)
        rest_end = len(text) if nl < 0 else nl
        if text[start + len(marks):rest_end].strip() or marks.count(">") > depth:
            if marks.count(">") <= depth:
                return start if seen else -1
            seen = True
        pos = nl
    return -1


# (reviews46, §272) a plain-text mail's or a review's line wrapped mid-sentence: a long line (at least _WRAP_LINE characters)
# that ends with a word of lexicon wrap_line_end_words and no mark ("... Pick-up from your hotel in"), one line break (a
# quote's marks allowed) before the next line's words; a chat's short line, "how long were you on the phone", is no wrap
_WRAP_GAP = re.compile(r"[ \t]{0,4}\n(?:[ \t]{0,2}>)*[ \t]{0,4}")
_WRAP_END = _re(r"(?i)(?<![\w'’-])(?:{wrap_line_end_words:bare})\Z")
_WRAP_MAX = 2   # wrapped lines' heads between two read sentences, at most
_WRAP_LINE = 60


def _wrap_fragments(text: str, sentences: list, last: int, si: int) -> bool:
    """(reviews46, §272) Whether every sentence between the last one read (``last``) and ``si`` is the head of a line
    wrapped mid-sentence whose rest opens the next one ("Your booking for Sat 12 Dec, 7:30pm is confirmed. Pick-up from
    your hotel in" / "Whitehorse at 7:10pm."): the splitter cut at the wrap, but the words after it are the sentence right
    after ``last``. None of them holds a time (else reading would have entered it)."""
    if si - last - 1 > _WRAP_MAX:
        return False
    for k in range(last + 1, si):
        s0, s1 = sentences[k]
        tail = text[s0:s1].rstrip()
        end = s0 + len(tail)
        if not tail or _WRAP_END.search(tail[-8:]) is None or end - start_of_line(text, end) < _WRAP_LINE \
                or _WRAP_GAP.fullmatch(text, end, sentences[k + 1][0]) is None:
            return False
    return True


_WRAP_TAIL = re.compile(r"[A-Za-z]\Z")
# a quoted mail's lines, wrapped by the mail program at its width ("> ... collect it" / "> Tuesday morning ..."); a chat's
# long line and the next message are no wrap
_QUOTED_LINE = re.compile(r"[ \t]{0,2}>")


def _wrapped_head(text: str, sentences: list, si: int) -> tuple[int, int] | None:
    """(work47, §283) The sentence before ``si`` where it is a quoted mail's line wrapped mid-clause (at least _WRAP_LINE
    characters, opening with a quote mark, ending in a letter) and ``si`` opens the next quoted line: the clause the
    words of ``si`` finish."""
    if si < 1:
        return None
    p0, p1 = sentences[si - 1]
    tail = text[p0:p1].rstrip()
    end = p0 + len(tail)
    line = start_of_line(text, end)
    if not _WRAP_TAIL.search(tail) or end - line < _WRAP_LINE or not _QUOTED_LINE.match(text, line) \
            or _WRAP_GAP.fullmatch(text, end, sentences[si][0]) is None \
            or not _QUOTED_LINE.match(text, start_of_line(text, sentences[si][0])):
        return None
    return p0, end


# (§237) a rule line between the mails of a thread ("----", "-----Original Message-----", "________"): the quoted mail
# ends there, and words after it with no stamp of their own count from the day of writing
_MAIL_RULE_LINE = re.compile(r"\n[^\S\n]{0,4}(?:-{3,}|_{3,})[^\n]{0,40}(?=\n|$)")


def _dated_mail_stamp(text: str, men: Mention) -> bool:
    """(the lead, forty-third session, §237) Whether ``men`` is an e-mail's quote header or header stamp that writes its
    year ("On Thu, 13 Mar 2025 at 10:12, Ana wrote:", "Sent: 13 March 2025 10:12"): a reading that sure moves the day of
    writing of the quoted mail however far back it was sent (at most _REVIEW_STAMP_DAYS), as a review's stamp does."""
    return _STAMP_YEAR.search(text, men.start, men.end) is not None and _mail_stamp(text, men, start_of_line(text, men.start))


def _mail_stamp(text: str, men: Mention, line_start: int) -> bool:
    """(stamps25) Whether ``men`` is the date of an e-mail's quote header or of its header block's stamp line."""
    if men.start - line_start > _POST_LINE_MAX:
        return False
    if _FORUM_QUOTE_OPEN.fullmatch(text, line_start, men.start):
        clock = _MSG_STAMP_CLOCK.match(text, men.end)
        end = men.end if clock is None else clock.end()
        return (clock is not None or _CLOCK_IN_STAMP.search(text, men.start, men.end) is not None) \
            and _FORUM_QUOTE_END.match(text, end) is not None
    if _MAIL_QUOTE_OPEN.fullmatch(text, line_start, men.start):
        end = _MAIL_QUOTE_END.match(text, men.end)
        # a mail program writes the clock time, or at least the year: "On Tuesday, the minister said:" over a quote in
        # a news story is no header (its day stays the story's, not the anchor of every word after it)
        return end is not None and (_CLOCK_IN_STAMP.search(text, men.start, end.end()) is not None
                                    or (bool(men.data.get("year")) and _MAIL_QUOTE_SAID.search(text, men.end, end.end()) is None))
    if _MAIL_HEAD_OPEN.fullmatch(text, line_start, men.start) is None or _MAIL_HEAD_END.match(text, men.end) is None:
        return False
    lo = max(0, line_start - 1 - _MAIL_BLOCK_REACH)
    for blank in _MAIL_BLANK_LINE.finditer(text, lo, max(lo, line_start - 1)):
        lo = blank.end()
    hi = min(len(text), line_start + _MAIL_BLOCK_REACH)
    blank = _MAIL_BLANK_LINE.search(text, line_start, hi)
    hi = blank.start() if blank is not None else hi
    return _MAIL_HEAD_FROM.search(text, lo, hi) is not None


# (stamps25) a comment export's age stamp on the post's header line ("2 days ago" "N units ago" ending its line, an
# edit's word in brackets after it allowed), before the post's words on the next line: alone on its line under a short
# line of the poster's name ("Dani Reyes / 3 days ago"), after a handle ("@dani_r 2 days ago", "u/dani_r 3 weeks ago"),
# or after a sender and a comma or a dash ("Dani Reyes, 3 days ago", "Dani Reyes - 3 days ago (edited)"). Not after
# words with no separator ("Arrived 2 days ago": a sentence), nor under a line that ends a sentence
_AGE_STAMP_END = _re(r"(?i)[^\S\n]{0,4}(?:\((?:{stamp_edit_words:bare})\)[^\S\n]{0,4}|[·•|][^\S\n]{0,4}(?:{stamp_edit_words:bare})[^\S\n]{0,4})?\n(?=[^\S\n]*\S)")   # ((§306) "3 days ago · Edited")
# (the lead, forty-fourth session, §249) an edit's note heading a line of a post, its age counted from the page's reading:
# "edited 1 day ago: thanks all", "EDIT (3 hr. ago) - found it", "Update 2 days ago: sorted" (an edit word, the age, a
# colon or a dash after it; bounded by the line's head: at most 4 blanks and a bracket)
_EDIT_NOTE_HEAD = _re(r"(?i)[^\S\n]{0,4}(?:{stamp_edit_words:bare})[^\S\n]{0,2}\(?[^\S\n]{0,2}")
_EDIT_NOTE_END = re.compile(r"[^\S\n]{0,2}\)?[^\S\n]{0,2}[:–—-]")
# ((the lead, forty-eighth session, §295) a reply's header under its comment may open with the thread's arrow, as YouTube's
# copied replies do: "  ↳ @kalkadoon_kez  4 days ago")
_AGE_STAMP_HANDLE = re.compile(r"[^\S\n]{0,12}(?:[↳↪└][^\S\n]{0,4})?(?:@|u/)[\w.-]{1,30}[^\S\n]{1,4}(?:[·•|–—-][^\S\n]{1,4})?")
# (§175) the comment's words after its age on the header line: a separator mark and a word; the author before it one to
# three capitalised words (or a lower-case handle) and a mark ("Gary Manson · 4d · ...", "eoin_dl · 3d · ...")
_AGE_STAMP_MID = re.compile(r"[^\S\n]{1,4}[·•|][^\S\n]{1,4}\S")
_AGE_STAMP_AUTHOR = _re(r"[^\S\n]{0,8}(?:[A-Z][\w'’.-]{0,24}(?:[^\S\n][A-Z][\w'’.-]{0,24}){0,2}|[a-z0-9_.]{3,30})"
                         r"(?:[^\S\n]\((?:{comment_author_labels:bare})\))?[^\S\n]{1,4}[·•|]"
                         r"(?:[^\S\n]{1,4}(?i:{stamp_edit_words:bare}))?[^\S\n]{1,4}")
# (channels47, §286) a news site's comment header, the author's name and a gap of blanks before the age, the comment on the
# lines under it: "Teuira M.  3 weeks ago", "Tangata_Rarotonga\t5 days ago", "Mata Pera  2 weeks ago (edited)" (one to three
# capitalised words, an initial's dot allowed, or a handle with an underscore or a digit; two blanks at least, or a tab)
_AGE_STAMP_NAME_GAP = re.compile(r"[^\S\n]{0,8}(?:[A-Z][\w'’-]{0,24}\.?(?:[^\S\n][A-Z][\w'’-]{0,24}\.?){0,2}|[\w.]{0,30}[_\d][\w.]{0,30})"
                                 r"(?:[ ]{2,8}|[ ]{0,4}\t[^\S\n]{0,8})")
_AGE_STAMP_NAME_LINE = re.compile(r"[^\S\n]{0,4}[@\w][\w.'’&@/-]{0,24}(?:[^\S\n][\w.'’&@/()-]{1,24}){0,3}(?<![a-z]{2}[.!?:])[^\S\n]{0,4}\n")


def _age_stamp(text: str, men: Mention, line_start: int) -> bool:
    """(stamps25) Whether ``men``, "N days/weeks/months/years ago", is a comment's age stamp on its header line."""
    d = men.data
    if men.kind != "offset" or d.get("sign") != -1 or d.get("anchor") != "dct" or d.get("vague") \
            or men.start - line_start > _POST_LINE_MAX:
        return False
    if _EDIT_NOTE_HEAD.fullmatch(text, line_start, men.start) is not None and _EDIT_NOTE_END.match(text, men.end) is not None:
        return True   # (the lead, forty-fourth session, §249) "edited 1 day ago: thanks all": an edit's note heads its line
    if _AGE_STAMP_END.match(text, men.end) is None:
        # (§175) Reddit's and Facebook's comment line, "  u/zejtun_dev · 23 hr. ago · Went last night, ...",
        # "Gary Manson · 4d · think it's 9 til 6": the age between two marks after the author, the words after it
        return _AGE_STAMP_MID.match(text, men.end) is not None and (
            _AGE_STAMP_HANDLE.fullmatch(text, line_start, men.start) is not None
            or _AGE_STAMP_AUTHOR.fullmatch(text, line_start, men.start) is not None)
    if _MSG_STAMP_BEFORE.fullmatch(text, line_start, men.start) is not None and text[line_start:men.start].rstrip()[-1:] in ",–—-" \
            or _AGE_STAMP_HANDLE.fullmatch(text, line_start, men.start) is not None \
            or _AGE_STAMP_NAME_GAP.fullmatch(text, line_start, men.start) is not None:
        return True
    if text[line_start:men.start].strip() or line_start < 2:
        return False
    prev = text.rfind("\n", max(0, line_start - 1 - _POST_LINE_MAX), line_start - 1) + 1
    return (prev > 0 or line_start - 1 <= _POST_LINE_MAX) and _AGE_STAMP_NAME_LINE.fullmatch(text, prev, line_start) is not None



# (stamps37, §145) Instagram's header prints the author's handle, a blank and the post's stamp with no separator mark,
# and the stamp may be a relative day's word or an age written out ("brisvegasrollerderby Yesterday", "kaia_surfs 2 days
# ago", "@mumbles.rfc Just now", "niamh.k.runs Today"), the post on the next line: the stamp dates the post, as after a
# dot ("Aroha Ngata · Yesterday": _POST_CUE). The handle is one word: "@" and a name, or a lower-case run of letters,
# digits, "." and "_" (3 to 30). One with "@", a dot, an underscore or a digit is a handle anywhere; a plain lower-case
# word ("brisvegasrollerderby") only before a stamp the platform capitalises ("Yesterday", "Today", "Just now") and where
# its line opens the text or follows a blank line, as a post's header does ("we were up at the / hall yesterday / and
# ..." is a sentence broken over lines, "landed yesterday" / "arrived 3 days ago" over a chat's next line a sentence). Not after two words ("we played
# Yesterday"), a colon ("Now playing: Yesterday") or a dash ("The Beatles - Yesterday"); the indent, the handle and the
# blanks bounded
_HANDLE_STAMP_HEAD = re.compile(r"[^\S\n]{0,8}(?P<h>@[\w.]{1,30}|[a-z0-9_.]{3,30})[^\S\n]{1,3}")
_HANDLE_STAMP_KINDS = frozenset({"deictic_day", "offset", "ref"})
_HANDLE_STAMP_MARK = re.compile(r"^@|[._\d]")
_BLANK_BEFORE = re.compile(r"\n[^\S\n]*\n[^\S\n]*$")


def _handle_word_stamp(text: str, men: Mention, line_start: int) -> bool:
    """(stamps37) Whether ``men``, a relative day's word ("Yesterday", "Today"), "just now" or an age ("2 days ago"),
    is the stamp after a handle with no separator closing a post's header line (see _HANDLE_STAMP_HEAD)."""
    d = men.data
    if men.kind == "deictic_day":
        if (d.get("offset") or 0) > 0:
            return False
    elif men.kind == "offset":
        if d.get("sign") != -1 or d.get("anchor") != "dct" or d.get("vague"):
            return False
    elif not (men.kind == "ref" and d.get("value") == "PRESENT_REF"):
        return False
    head = _handle_head(text, men, line_start)
    if head is None:
        return False
    if _HANDLE_STAMP_MARK.search(head["h"]) is not None:
        return True
    # a plain lower-case word: only before the platform's capitalised word ("Yesterday", "Just now"), and opening the text
    # or a block ("landed yesterday" / "arrived 3 days ago" over a chat's next line is a sentence)
    return text[men.start].isupper() and (line_start == 0 or _BLANK_BEFORE.search(text, max(0, line_start - 10), line_start) is not None
                                          or _handle_elsewhere(text, head["h"], line_start))


# (the lead, thirty-ninth session, §186) a page's handle that heads other lines of the page ("brisvegasrollerderby August
# 27" over a post, "  brisvegasrollerderby · 3d" over a reply) is a handle wherever it opens a line: its posts need no
# blank line above them. Looked for within _HANDLE_ELSEWHERE_REACH characters either side (a page's posts are near)
_HANDLE_ELSEWHERE_REACH = 3000


def _handle_elsewhere(text: str, handle: str, line_start: int) -> bool:
    """Whether ``handle`` opens another line (after an indent) near ``line_start``, followed by a blank or a mark."""
    pat = re.compile(r"(?m)^[ \t]{0,8}@?" + re.escape(handle) + r"[ \t]")
    lo, hi = max(0, line_start - _HANDLE_ELSEWHERE_REACH), min(len(text), line_start + _HANDLE_ELSEWHERE_REACH)
    return any(m.start() != line_start for m in pat.finditer(text, lo, hi))


def _handle_day_stamp(text: str, men: Mention, line_start: int) -> bool:
    """(§186) Whether ``men``, a day and a month with no year, closes a post's header line after its handle with no
    separator mark ("brisvegasrollerderby August 27", Instagram's), the post on the next line: the handle one with a mark
    ("@", ".", "_", a digit) or one that opens another line of the page (``_handle_elsewhere``)."""
    d = men.data
    if men.kind != "cal" or d.get("year") or d.get("grain") != "day" or not d.get("month"):
        return False
    head = _handle_head(text, men, line_start)
    return head is not None and (_HANDLE_STAMP_MARK.search(head["h"]) is not None or _handle_elsewhere(text, head["h"], line_start))


def _handle_head(text: str, men: Mention, line_start: int):
    """The handle heading ``men``'s line with no separator mark (``_HANDLE_STAMP_HEAD``), ``men`` closing the line and
    the post on the next one; None if it is no such header (the line too long, no handle, a number, a dotted word)."""
    if men.start - line_start > _POST_LINE_MAX or _AGE_STAMP_END.match(text, men.end) is None:
        return None
    head = _HANDLE_STAMP_HEAD.fullmatch(text, line_start, men.start)
    if head is None or head["h"].isdigit() or head["h"][0] == ".":
        return None
    return head

# (stamps34, §123) a social post's header ends with its year-less day after the author and a separator ("Ewan
# @ewan_skye · Jul 27", "tama.k_ · 2-1"): a stamp is never after the day the page was read, so the day is the last such
# on or before it, whatever the post's own words' tense ("We'll be out tomorrow night!" under a header of 27 July read
# on 26 July is of last year's 27 July, never of this year's, a day ahead)
_HEADER_MARK_BEFORE = re.compile(r"[·•|][ \t]{0,3}$")


def _yearless_header_stamp(text: str, men: Mention) -> bool:
    """(stamps34) Whether ``men``, a day and a month with no year, is the stamp closing a post's header line after a
    separator mark (see _POST_STAMP_END, _post_stamp)."""
    d = men.data
    if men.kind != "cal" or d.get("year") or d.get("grain") != "day" or not d.get("month"):
        return False
    if _HEADER_MARK_BEFORE.search(text, max(0, men.start - 4), men.start) is None:
        return _handle_day_stamp(text, men, start_of_line(text, men.start)) or _name_stamp_line(text, men) \
            or under_caption(text, men.start, men.end)   # (§186) "handle August 27"; (§262) Instagram's date under its caption
    return _post_stamp(text, men)


def _name_stamp_line(text: str, men: Mention) -> bool:
    """(§224) Whether the day ``men`` opens a line of its own that ends with its clock ("July 1 at 8:12 PM"), right under a
    line of a name (_STAMP_NAME_ABOVE): Facebook's stamp over its post, never a day ahead."""
    ls = start_of_line(text, men.start)
    # (the day opens its line, an indent of at most _STAMP_LINE_INDENT blanks: a bounded look, never the line's length)
    return men.start - ls <= _STAMP_LINE_INDENT and not text[ls:men.start].strip() \
        and _FOOTER_DATE_CLOCK.match(text, men.end) is not None and _name_line_above(text, ls)


_DOTTED_HEAD_DOT = re.compile(r"\S[^\S\n]{0,3}[·•][^\S\n]{0,3}\Z")
_DOTTED_YEAR_RULES = frozenset({"tiktok_stamp", "iso_date"})


def _dotted_year_head(text: str, men: Mention) -> bool:
    """(forums46, §278) Whether ``men`` is a numeric date with its year ending a header line after the poster's name and a
    dot: TikTok's video of an earlier year, "Nina Ruiz · 2025-8-14" (unpadded) or "· 2025-11-26"."""
    if men.rule not in _DOTTED_YEAR_RULES or men.data.get("year") is None:
        return False
    ls = start_of_line(text, men.start)
    return _DOTTED_HEAD_DOT.search(text, ls, men.start) is not None and not text[men.end:next_newline(text, men.end)
                                                                                  if next_newline(text, men.end) >= 0 else len(text)].strip()


def _gap_line(text: str, men: Mention) -> bool:
    """(forums46, §278) Whether ``men`` is alone on its line with a blank line (or the text's edge) on each side: a forum's
    gap between two posts ("3 days later", "1 month later" in a Discourse thread)."""
    ls, le = start_of_line(text, men.start), next_newline(text, men.end)
    le = len(text) if le < 0 else le
    if text[ls:men.start].strip() or text[men.end:le].strip():
        return False
    above = text[start_of_line(text, ls - 1):ls - 1] if ls >= 1 else ""
    below_end = next_newline(text, le + 1) if le < len(text) else -1
    below = text[le + 1:len(text) if below_end < 0 else below_end] if le < len(text) else ""
    return not above.strip() and not below.strip()


def _name_line_above(text: str, ls: int) -> bool:
    """(§224) Whether the line right above the line starting at ``ls`` is a line of a name (_STAMP_NAME_ABOVE; read back at
    most _STAMP_NAME_ABOVE_MAX characters)."""
    if ls < 2:
        return False
    prev = text.rfind("\n", max(0, ls - 1 - _STAMP_NAME_ABOVE_MAX), ls - 1) + 1
    return _STAMP_NAME_ABOVE.fullmatch(text, prev, ls) is not None


_DOTTED_FULL_DATE = re.compile(r"(?<![\d.])[0-3]?\d\.[01]?\d\.(?:19|20)\d\d(?![\d.])")
# (channels47, §286) a Telegram channel's forwarded post: its head, "Forwarded from Nepal Police, 31.12.2026 11:02" (or its
# date on the line under the head), then its words, then the channel's footer of views or a blank line
_FORWARDED_HEAD = _re(r"(?i)[ \t\[(]{0,4}(?:{forwarded_head_words:bare})(?![\w'’])")
_FORWARDED_POST_END = _re(r"\n[ \t]*(?:\n|\U0001F441|\d[\d.,]{0,6}[kKmM]?[ \t]{1,3}(?:(?i:{stamp_count_words:bare})|\U0001F441))")
_FORWARDED_POST_MAX = 2000


_PAGE_NAME_MAX = 60


def _page_post_heads(text: str) -> list[int]:
    """(channels47, §287) Where a social page's own name line, the text's first line, stands again after a blank line (a new
    post of the page under the comments of the one before): the positions after each such line, in order. The name is a
    line of at most _PAGE_NAME_MAX characters opening in a capital, with no sentence's end in it."""
    first_end = text.find("\n")
    name = text[:first_end].strip() if first_end > 0 else ""
    if not name or len(name) > _PAGE_NAME_MAX or not name[0].isupper() or name[-1] in ".!?:" or text.count(name) < 2:
        return []
    return [m.end() for m in re.finditer(r"\n[ \t]*\n[ \t]*%s[ \t]*(?=\n)" % re.escape(name), text)]


def _forwarded_end(text: str, men: Mention) -> int:
    """(channels47, §286) Where the forwarded post ``men`` (its own date on its head's line or the line under it) ends: the
    start of the channel's footer line of views or of the blank line after it; -1 when ``men`` is no forwarded post's date."""
    ls = start_of_line(text, men.start)
    if not _FORWARDED_HEAD.match(text, ls) and not (ls > 0 and _FORWARDED_HEAD.match(text, start_of_line(text, ls - 1))
                                                    and not text[ls:men.start].strip()):
        return -1
    end = _FORWARDED_POST_END.search(text, men.end, men.end + _FORWARDED_POST_MAX)
    return end.start() + 1 if end is not None else -1


def _post_stamp(text: str, men: Mention) -> bool:
    """(forums) Whether ``men`` dates a forum post from its header line (see _POST_CUE)."""
    if men.rule == "handle_age":
        return True   # (poststamps35, §129) Instagram's "handle 4d" over its comment: the rule's own frame tells it
    line_start = start_of_line(text, men.start)
    if men.kind == "offset" and _age_stamp(text, men, line_start):
        return True
    if men.kind in _HANDLE_STAMP_KINDS and _handle_word_stamp(text, men, line_start):
        return True   # (stamps37, §145) "brisvegasrollerderby Yesterday" over its post
    if _handle_day_stamp(text, men, line_start):
        return True   # (§186) "brisvegasrollerderby August 27" over its post
    # ((stamps25) a dotted date, "20.09.2025" in Telegram's "Dani, [20.09.2025 21:47]", is all digits and dots as a
    # bare clock is: its kind tells it)
    if (men.kind == "cal" or not _BARE_CLOCK.fullmatch(text, men.start, men.end)) \
            and (_msg_line_stamp(text, men, line_start) or _mail_stamp(text, men, line_start)):
        return True
    if men.start - line_start > _POST_LINE_MAX or (_BARE_CLOCK.fullmatch(text, men.start, men.end) and not (
            men.kind == "cal" or _DOTTED_FULL_DATE.search(text, men.start, men.end))) \
            or not _POST_STAMP_END.match(text, men.end):
        # ((channels47, §286) a dotted date with its year is all digits and dots as a bare clock is, "27.01.2026 18:02"
        # under "Forwarded from ...": its kind, or its three numbers, tell it)
        return False
    cue = None
    for cue in _POST_CUE.finditer(text, line_start, men.start):
        pass   # the last cue before the day (a line of at most _POST_LINE_MAX characters is read)
    if cue is None:
        # (voices19) a page's post or an update headed by its date and clock time alone on a line ("Tues Jan 13
        # 5:40am", "UPDATE Wed Jan 14 2:10am", "14/03/2025 18:20") over the post: a stamp with no cue, but the
        # clock time after the date and the line's end tell it (a date alone on a line is a diary's heading: below)
        return _OPEN_STAMP_HEAD.fullmatch(text, line_start, men.start) is not None \
            and (_STAMP_CLOCK_AFTER.match(text, men.end) is not None or _CLOCK_IN_STAMP.search(text, men.start, men.end) is not None)
    if cue.group()[:1].isalpha():
        # (values3, seventeenth session) a word of posting said in a sentence ("maisie: omg did u see what jade
        # posted ystrday") reports a posting: no header's stamp when two words, or a subject, stand before it
        # since the line's start or its last separator ("Answer (accepted) — answered Sep 28" is a header)
        head = _POST_HEAD_WORD.findall(_POST_HEAD_CUT.split(text[line_start:cue.start()])[-1])
        if len(head) >= 2 or (head and head[-1].lower() in _SUBJECT_WORDS):
            return False
    return True


# (forums2, fifteenth session) a comment's stamp under it: a social app's footer line ("2d  3 likes  Reply",
# "Like · Reply · 3d": rule footer_age) or a blog's stamp line of a date with its year and a clock time
# that a blank line or the text's end follows ("30 March 2025 at 21:14"); the comment is the text from the
# blank line or the stamp before it to the stamp's line
# (the blanks bounded and the separator's own blanks inside its optional group: two unbounded blank runs side
# by side once cost time quadratic in a long run of spaces after a date, a CI hang)
_FOOTER_DATE_END = _re(r"(?i)[ \t]{0,8}(?:(?:,|{stamp_at_words:bare}|@|[–—-])[ \t]{0,8})?(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[ \t]*[ap]\.?m\b\.?)?"
                              r"[ \t]*(?:\n[ \t]*(?:\n|$)|$)")   # (with its clock time: a date alone on a line is a dateline as often)


def _footer_days(text: str, mentions: list[Mention], written: date) -> list[tuple[int, int, date, bool]]:
    """(start of the comment, start of its stamp's line, the day it was written, whether it is X's post under its
    author's line) of each comment of ``text`` whose stamp stands under it (see _FOOTER_DATE_END), in text order."""
    found = []
    # ((poststamps35, §129) the lines of the header stamps of posts ("Coach Brent (Hornets Black)" / "3d"): an indented
    # comment's footer under such a post reads back to the comment's first indented line, not into the post)
    # ((social46, §270) and a page's stamp line closed by its audience icon, "June 28 at 4:15 PM · 🌎", over its post)
    heads = [next_newline(text, m.end) for m in mentions if m.rule in _HEADER_AGE_RULES or _dated_head(text, m) or _icon_head(text, m)]
    heads = sorted(h for h in heads if h >= 0)
    for men in sorted(mentions, key=lambda m: m.start):
        d = men.data
        day = None
        under = False   # (poststamps35) a stamp under its post: the post from its author's line (lines.under_post)
        if men.rule in _FOOTER_AGE_RULES:
            under = men.rule == "under_age"
            if d.get("unit") == "D":
                day = written - timedelta(days=d["n"])
            elif d.get("unit") in ("H", "TM"):
                # ((stamps34, §123) "23h Like Reply": an age of _HOURS_YESTERDAY hours or more reaches the day before
                # the page was read whenever it was read before that hour of its day, as a page mostly is; fewer hours
                # the day of reading, as before)
                day = written - timedelta(days=1) if d.get("unit") == "H" and (d.get("n") or 0) >= _HOURS_YESTERDAY else written
        elif men.kind == "cal" and d.get("grain") == "day" and d.get("year") and d.get("month") and d.get("day") \
                and ((fe := _FOOTER_DATE_END.match(text, men.end)) or (fe := _FOOTER_DATE_CLOCK.match(text, men.end)) is not None
                     and (under := under_post(text, start_of_line(text, men.start), fe.end()))) \
                and _STAMP_OPEN.fullmatch(text, text.rfind("\n", max(0, men.start - _POST_LINE_MAX), men.start) + 1, men.start):
            # ((poststamps35, §129) or a date with its year and clock alone on its line under its post: Mastodon's
            # "Dec 27, 2026, 16:05" under "Mince Pie Specials start tomorrow!", the next author's line after it)
            try:
                day = date(d["year"], d["month"], d["day"])
            except (TypeError, ValueError):
                day = None
        elif men.kind == "cal" and d.get("grain") == "day" and d.get("month") and d.get("day") \
                and under_caption(text, men.start, men.end):
            # (the lead, forty-fifth session, §262) Instagram's date under its caption ("January 3", "December 31, 2022"):
            # its year, else the last such day on or before the day the page was read
            day = _safe_day(d["year"], d["month"], d["day"]) if d.get("year") else \
                next((x for y in (written.year, written.year - 1)
                      if (x := _safe_day(y, d["month"], d["day"])) is not None and x <= written), None)
        elif d.get("stamp_footer") and d.get("month") and d.get("day"):
            # (stamps34) TikTok's footer "2-1 Reply": the last such day on or before the day the page was read
            day = next((x for y in (written.year, written.year - 1)
                        if (x := _safe_day(y, d["month"], d["day"])) is not None and x <= written), None)
        x_post = False
        if day is None and men.kind == "cal" and d.get("grain") == "day" and d.get("year") and d.get("month") \
                and d.get("day") and _x_stamp(text, men):
            try:
                day, x_post = date(d["year"], d["month"], d["day"]), True
            except (TypeError, ValueError):
                day = None
        if day is None or not 0 <= (written - day).days <= _STAMP_ANCHOR_DAYS:
            continue
        if men.rule == _TAIL_AGE_RULE:
            # (stamps39, §161) an age ending its comment's line: the comment is that line, up to the age (a line's
            # length bounds it; the next footer's read-back starts on the line after it)
            ls = text.rfind("\n", 0, men.start) + 1
            if ls < men.start and (not found or found[-1][1] <= ls):
                found.append((ls, men.start, day, False))
            continue
        ls = text.rfind("\n", max(0, men.start - _POST_LINE_MAX), men.start) + 1
        if ls == 0:
            continue
        # read back from the previous stamp's line at the nearest (a blank line before it cannot matter): the
        # scans of consecutive stamps do not overlap, so a text dense with stamps costs time linear in it
        lo = max(0, ls - _FOOTER_COMMENT_MAX, found[-1][1] if found else 0)
        blank = max((b.end() for b in _BLANK_LINE.finditer(text, lo, ls)), default=max(0, ls - _FOOTER_COMMENT_MAX))
        if x_post:
            # X's post runs from its author's line (the replies above it, each under its own line, are not its)
            blank = max([blank] + [a.end() + 1 for a in _X_AUTHOR_LINE.finditer(text, lo, ls)][-1:])
        elif under:
            # (poststamps35) so does a post under which its stamp stands (Mastodon's), from its author's line down
            blank = max([blank] + [a.end() + 1 for a in AUTHOR_LINE.finditer(text, lo, ls)][-1:])
        start = max(blank, next_newline(text, found[-1][1]) + 1 if found else 0)
        if heads and text[ls:ls + 1] in " \t":
            k = bisect_right(heads, ls) - 1
            if k >= 0 and heads[k] >= start:
                # (poststamps35) an indented comment under a post whose stamp heads it: the comment from its first
                # indented line after the post's stamp (the post's own words are the header's)
                ind = _INDENTED_LINE.search(text, heads[k], ls)
                start = ind.start() + 1 if ind is not None else ls
        if start < ls:
            found.append((start, ls, day, x_post))
    return found


# (the lead, thirty-eighth session, §168) a post's header stamp with its date, on a line of its own that is not indented:
# "Dunluce Scoops · July 2 at 7:48 PM", "Dunluce Scoops · Yesterday at 8:02 PM" (the name at most 80 characters)
_DATED_HEAD_BEFORE = re.compile(r"[^\s·][^\n·]{0,79}·[ \t]{0,3}")


_ICON_HEAD_END = _re(r"(?i)[ \t]{0,8}(?:(?:,|{stamp_at_words:bare})[ \t]{0,8})?(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[ \t]*[ap]\.?m\b\.?)?"
                     r"[ \t]{0,3}·[ \t]{0,3}[^\w\s·]{1,3}[ \t]{0,3}(?=\n|$)")


def _icon_head(text: str, men: Mention) -> bool:
    """(social46, §270) Whether the day ``men`` opens its line and its clock and the audience icon after a dot end it: a
    page's post stamp ("June 28 at 4:15 PM · 🌎"), the indented comments under the post each over its own footer."""
    d = men.data
    return men.kind == "cal" and d.get("grain") == "day" and bool(d.get("day")) \
        and start_of_line(text, men.start) == men.start and _ICON_HEAD_END.match(text, men.end) is not None


def _dated_head(text: str, men: Mention) -> bool:
    """Whether the day ``men`` stands in a post's header stamp after its author's name and a dot, the line ending after
    it or its clock: the indented comments under it, each over its own age ("Like · Reply · 6d"), are not the post."""
    d = men.data
    if not (men.kind == "deictic_day" or men.kind == "cal" and d.get("grain") == "day" and d.get("day")):
        return False
    ls = start_of_line(text, men.start)
    return men.start - ls <= 82 and _DATED_HEAD_BEFORE.fullmatch(text, ls, men.start) is not None and (
        _FOOTER_DATE_CLOCK.match(text, men.end) is not None or text[men.end:men.end + 1] in ("\n", ""))


# (poststamps35) a date's clock ending its line (the next line not read: lines.under_post reads it)
_FOOTER_DATE_CLOCK = _re(r"(?i)[ \t]{0,8}(?:(?:,|{stamp_at_words:bare}|@|[–—-])[ \t]{0,8})?(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[ \t]*[ap]\.?m\b\.?)?"
                         r"[ \t]{0,8}(?=\n|$)")
_INDENTED_LINE = re.compile(r"\n[ \t]")
_AFTERNOON_STAMP = 12   # (poststamps35) a message stamped from this hour on says "in the morning" of the day after
# (poststamps35) a comment's age under it: a footer's; (stamps39, §161) and an age ending its comment's own line
_FOOTER_AGE_RULES = frozenset({"footer_age", "under_age", "tail_age"})
_TAIL_AGE_RULE = "tail_age"


def _safe_day(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


_FOOTER_COMMENT_MAX = 1200
# (poststamps35, §129) the header ages whose post, of 18 hours or more, is of the day before the reading: after a dot, alone
# under the name, after Instagram's handle
_HEADER_AGE_RULES = frozenset({"post_age", "post_age_alone", "handle_age"})
_HOURS_YESTERDAY = 18   # (stamps34) a footer's age in hours from which its comment is of the day before the reading   # a comment over its stamp is read back at most this many characters


def _other_reading_near(d: date, written: date, before) -> bool:
    """Whether the day/month swap of ``d`` (a stamp read both ways) is also a day at most
    _STAMP_ANCHOR_DAYS before ``written``, and not before the stamp read just before it (``before``:
    (position, moment) or None; an export's messages go forward in time)."""
    try:
        other = d.replace(month=d.day, day=d.month)
    except ValueError:
        return False
    if before is not None and other < before[1].date() <= d:
        return False
    return other != d and 0 <= (written - other).days <= _STAMP_ANCHOR_DAYS


def _review_stamp(text: str, men: Mention) -> bool:
    """Whether ``men`` is the day of a review page's or a post's stamp line (``_REVIEW_STAMP_LEAD``)."""
    if not _REVIEW_STAMP_TAIL.match(text, men.end):
        return False
    line = start_of_line(text, men.start)
    if men.start - line <= _REVIEW_STAMP_LINE and _REVIEW_STAMP_LEAD.search(text[line:men.start]) is not None:
        return True
    # (reviews34, §124) an app store's date alone on the line under its row of stars ("★★☆☆☆\nMar 4, 2025")
    return 0 < line and men.start - line <= _STARS_BLANKS and not text[line:men.start].strip() \
        and _STARS_LINE.fullmatch(text, start_of_line(text, line - 1), line - 1) is not None


def _review_stay(text: str, at: int, day: date) -> tuple | None:
    """(reviews34, §124) (where the review's words end, the last day of its stay's month) for a review whose stamp ends at
    ``at`` and says ``day``, where a line of its stay's month ("Date of stay: February 2025") stands before the next stamp
    line and the stay's month ends before ``day``; None where there is none or the stay's month is the review's own."""
    end = min(len(text), at + _REVIEW_STAY_REACH)
    if (nxt := _REVIEW_NEXT_STAMP.search(text, at, end)) is not None:
        end = nxt.start()
    if (m := _REVIEW_STAY_LINE.search(text, at, end)) is None and (m := _REVIEW_STAY_NIGHTS.search(text, at, end)) is None:
        return None
    month = _LEX["months"][m["m"].lower()]
    year = int(m["y"]) if m["y"] else day.year - (month > day.month)   # (no year: the last such month on or before the review)
    after = date(year + (month == 12), month % 12 + 1, 1)
    if not 0 < (day.year * 12 + day.month) - (year * 12 + month) <= _REVIEW_STAY_MONTHS or after > day:
        return None
    return end, after - timedelta(days=1), None   # (the story's last weekday told: none yet)


def _review_stamp_day(men: Mention, p: Point, written: date) -> date | None:
    """The day a review stamp says its words were written: its day, or the day "N days/weeks/months/years
    ago" reaches from ``written`` (not after it, at most _REVIEW_STAMP_DAYS before it)."""
    d = men.data
    if p.grain == "day":
        day = p.date
    elif men.kind == "offset" and d.get("sign") == -1 and d.get("unit") in ("W", "M", "Y") and d.get("n") \
            and float(d["n"]).is_integer():
        n = int(d["n"])
        day = written - timedelta(days=7 * n) if d["unit"] == "W" else add_months(written, -n * (12 if d["unit"] == "Y" else 1))
    else:
        return None
    return day if 0 <= (written - day).days <= _REVIEW_STAMP_DAYS else None


_COUNT_START_GRAINS = ("day", "part-of-day", "hour", "minute")
# (logs, fifteenth session) a date that is the day one of a day count: after a word of starting ("Started Thu
# 11 Jun", "Quit date: 23 Aug 2026", "the rash started on Sunday 19 April", "I started the plan on Monday 3rd"),
# its clause not ended between; or the date "Day 1" is set to ("Day 1 = Mon 10 Nov 2025", "Day 1 (Mon 2 Nov):",
# "Day 1 was the Monday")
_COUNT_START_CUE = re.compile(r"(?i)(?<![\w'’])(?:%s)(?![\w'’])[^.!?;\n]{0,24}$"
                              % "|".join(map(re.escape, sorted(_LEX["count_start_words"], key=len, reverse=True))))
_COUNT_START_REACH = 48
_DAY_ONE_JOIN = re.compile(r"[^\S\n]*(?:(?:%s)[^\S\n]*)?" % "|".join(
    (re.escape(w) + r"(?![\w'’])") if w[-1].isalnum() else re.escape(w) for w in _LEX["day_one_joiners"]))
# a day count opening its line, an entry's heading ("Day 100 – 8k easy", "Day 3: doses on time", "Day 112. RACE DAY")
_LOG_DAY_HEAD = re.compile(r"(?:^|\n)[^\S\n]*[#*>•-]*[^\S\n]*$")
_LOG_DAY_HEAD_END = re.compile(r"[^\S\n]*(?:[:.(\[–—-]|\n|$)")


def _count_start(ctx: Discourse, text: str, men: Mention, res: Resolved, results: list, day_one) -> None:
    """(logs, fifteenth session) Note the day one of a log's day count that ``men`` (placed on a day) dates:
    the date a pending "Day 1" (``day_one``: (mention, sentence)) is set to, which then takes it too, or a
    date after a word of starting. "Day 47" counts from it (resolve._log_day)."""
    day = res.point.start.date()
    if day_one is not None and day_one[0].end <= men.start and _DAY_ONE_JOIN.fullmatch(text, day_one[0].end, men.start):
        ctx.count_start = day
        r1 = resolve(day_one[0], ctx, None)
        if r1 is not None:
            results.append((day_one[0], r1, day_one[1]))
    elif _may_hold(text, max(0, men.start - _COUNT_START_REACH), men.start, _COUNT_START_NEEDLES) \
            and _COUNT_START_CUE.search(text, max(0, men.start - _COUNT_START_REACH), men.start):
        ctx.count_start = day


# (slack46, §268) a chat thread's footer: a count of replies at most, the words before the last reply's age or day (lexicon
# thread_footer_heads), then the expression, at most _THREAD_FOOTER_TAIL characters after it on its line ("View thread")
_THREAD_FOOTER_HEAD = _re(r"(?i)[ \t]{0,8}(?:\d{1,4}[ \t]+(?:{thread_reply_count_nouns})[ \t]*[·•|]?[ \t]*)?(?:{thread_footer_heads})[ \t]*:?[ \t]+")
_THREAD_FOOTER_TAIL = 24


def _thread_footer(text: str, men: Mention) -> bool:
    """(slack46) Whether ``men`` is the age or day of a thread's last reply on the thread's footer line."""
    ls = start_of_line(text, men.start)
    if men.start - ls > 40:
        return False
    le = next_newline(text, men.end)
    le = len(text) if le < 0 else le
    return le - men.end <= _THREAD_FOOTER_TAIL and _THREAD_FOOTER_HEAD.fullmatch(text, ls, men.start) is not None


# (stamps29) a chat's day divider: the day word alone on its line, between rules of dashes, box-drawing lines or
# equals signs at most (each side read at most _DIVIDER_RULE characters)
_DIVIDER_RULE = 24
_DIVIDER_SIDE = re.compile(r"[ \t\-–—─━=_~*·•|]{0,%d}" % _DIVIDER_RULE)


def _day_divider(text: str, men: Mention) -> bool:
    """(stamps29) Whether the day word ``men`` is a chat's day divider: nothing but a rule's marks on its line."""
    ls = start_of_line(text, men.start)
    le = next_newline(text, men.end)
    le = len(text) if le < 0 else le
    return men.start - ls <= _DIVIDER_RULE and le - men.end <= _DIVIDER_RULE \
        and _DIVIDER_SIDE.fullmatch(text, ls, men.start) is not None and _DIVIDER_SIDE.fullmatch(text, men.end, le) is not None


# (nightof36, §136) a night event named ("The ball is on Tuesday 16th", "Foreday itself is Friday 1st", "Gig Saturday"):
# read in a window of its sentence's line around the day (bounded: _NIGHT_EVENT_REACH characters either side)
_NIGHT_EVENT = _re(r"(?i)(?<![\w'’])(?:{night_event_nouns})(?![\w'’])")
_NIGHT_EVENT_REACH = 80
_NIGHT_HOLIDAYS = frozenset(_LEX["night_holiday_names"])   # (occasion37, §144) a holiday kept at night
# (occasion37, §144) "see the new year in", "ringing in the new year": a clock time at most _NEW_YEAR_IN_REACH characters
# after one is of New Year's Eve's night (``resolve._time``: not in the past, written in December's last fortnight)
_NEW_YEAR_IN = _re(r"(?i)(?<![\w'’])(?:{new_year_in_phrases})(?![\w'’])")
_NEW_YEAR_IN_REACH = 600
# (occasion37, §144) a verb of going to an occasion right before a bare weekday ("we can come Tuesday night", "we'll head
# down Wednesday"): at most _GOING_GAP characters between, on the weekday's line and in its sentence
_OCCASION_GOING = _re(r"(?i)(?<![\w'’])(?:{occasion_going_words})(?![\w'’])[^.!?\n]{0,16}$")
_GOING_GAP = 40
_OCCASION_RUN = 3   # (occasion37, §144) a day told at most this many days after an occasion's last is one more of its days


def _note_event_night(ctx: Discourse, text: str, sent_start: int, men: Mention, res: Resolved, p) -> None:
    """(nightof36, §136) The night the talk is in, for the small hours said after it (``resolve._time``): a day named in
    a sentence that names a night event, an evening's clock time or midnight placed on a day; a time put past that
    night's midnight marks it past midnight (the later times of its list are the next morning's). A post's or a
    message's stamp, a time of another day, the night's day's own morning or afternoon end it."""
    en = ctx.event_night
    if p.grain not in ("minute", "part-of-day", "day"):
        return
    if en is not None and (p.start.date() not in (en[0], en[0] + timedelta(days=1)) and p.grain != "day"
                           or p.grain == "part-of-day" and p.date == en[0] and p.pod in ("MO", "AF")):
        ctx.event_night = en = None   # the talk has left the night ("sat morning" of its own day: that day's morning)
    if p.grain == "minute":
        if res.night_of is not None and res.value.endswith("T24:00"):
            new = (res.night_of, ctx.sentence, men.end, False)   # "Fireworks midnight"
        elif res.night_of is not None:
            # (a range's or a stretch's end is no time of the list past midnight: "from 10pm tonight until 3am ... book
            # before 6")
            if en is None or en[0] != res.night_of or men.data.get("clock_range_end") or men.data.get("limit_end") \
                    or men.data.get("till_small"):
                return
            new = (en[0], ctx.sentence, men.end, True)   # "Headliner 1.15-2.30am": past its midnight
        elif p.start.hour >= _EVENING_HOUR:
            new = (p.start.date(), ctx.sentence, men.end, False)   # "Gates 9pm"
        elif en is not None and en[3] and p.start.date() == en[0] + timedelta(days=1):
            new = (en[0], ctx.sentence, men.end, True)   # "Survivors' photo 5.45am": still that night's
        else:
            return
    elif p.grain == "day" and men.kind == "holiday" and men.data.get("name") in _NIGHT_HOLIDAYS:
        # (occasion37, §144) "We're staying over New Year's Eve", "Hogmanay plans", "Bonfire Night at the club": a holiday
        # kept at night names its night as a night event with its day does
        new = (p.date, ctx.sentence, men.end, False)
    elif p.grain == "day" and men.kind != "time":
        le = next_newline(text, men.end)
        hi = min(men.end + _NIGHT_EVENT_REACH, len(text) if le < 0 else le)
        if _NIGHT_EVENT.search(text, max(sent_start, start_of_line(text, men.start), men.start - _NIGHT_EVENT_REACH), hi):
            new = (p.date, ctx.sentence, men.end, False)
        else:
            if en is not None and not (en[1] == ctx.sentence and p.date == en[0] + timedelta(days=1)):
                ctx.event_night = None   # another day named (not "Friday 1st into the Saturday morning": the night's own)
            return
    else:
        return
    # a post's or a message's stamp (an evening's "7:02 PM · Jan 5, 2024" over a post) names no night of the talk
    ctx.event_night = None if _post_stamp(text, men) or men.rule in _STAMP_RULES else new


# (stamps37, §145) the days after the day an age stamp reaches that its post may be of, by the age's unit: a page rounds
# "16 days" to "2 weeks ago" and "45 days" to "a month ago", and a "3 days ago" read across a time zone's midnight is off
# by one; a day told in the past within them is of the stamp's year (resolve._year_for). Years: none (a year's age is
# told of the year itself)
_AGE_SLACK_DAYS = {"D": 1, "W": 6, "M": 15}


def _age_slack(men: Mention, day: date) -> tuple | None:
    """(the day an age stamp reaches, its slack in days) for ``men``, "N days/weeks/months ago"; None for another stamp."""
    d = men.data
    if men.kind != "offset" or d.get("sign") != -1 or d.get("anchor") != "dct" or d.get("unit") not in _AGE_SLACK_DAYS:
        return None
    return day, _AGE_SLACK_DAYS[d["unit"]]


def _note_date(ctx: Discourse, text: str, sent_start: int, men: Mention, res: Resolved, tense: str | None) -> None:
    """Move the anchors after a placed expression: the quarter in discussion, the sentence's
    day, the story's date (unless the date is an aside, a look outside the section's years,
    or in a story hangs on the reference date)."""
    p = res.point
    _note_event_night(ctx, text, sent_start, men, res, p)
    if p.grain in ("decade", "century") and res.anchor == "text":
        ctx.coarse = p   # "In the 1850s the town doubled, and by the end of the century ..."
    # the quarter in discussion: a named quarter, or "the latest quarter" (not a shifted
    # "year-ago quarter", not "the 1988 period", not a fiscal "quarter ended Sept. 30"
    # whose calendar quarter may differ from the label the text uses)
    if p.grain == "quarter" and (men.kind == "quarter" or (men.kind == "quarter_ref" and not men.data.get("shift") and not men.data.get("year") and not men.data.get("ended_month"))) and not _forecast_quarter(p, ctx.dct, text, men, tense):
        ctx.last_quarter, ctx.quarter_age = p, 0
    if men.rule == _TAIL_AGE_RULE:
        # (stamps39, §161) an age closing its comment's line closes the comment: it names no week, day or year the words
        # after it speak of ("... this year 1w" / "yes! back Tuesday too 1d": not the Tuesday of that week); the
        # comment's own day is _footer_days'
        return
    if men.data.get("review_stamp") and ctx.dct is not None and (day := _review_stamp_day(men, p, ctx.written or ctx.dct)) is not None:
        # (reviews, fourteenth session) a review's or a reply's stamp: its words were written that day
        # ("Posted a month ago / ... on the 3rd and the 10th": the 3rd of the month before; "Salon reply -
        # yesterday / See you in June"); an "N weeks/months ago" stamp, the day that far back
        ctx.written = ctx.written or ctx.dct
        ctx.dct = day
        ctx.stamp_slack = _age_slack(men, day)
        ctx.sentence_day = None
        ctx.review_stamp_end = men.end
        ctx.review_stay = _review_stay(text, men.end, day)   # (reviews34) "Date of stay: February 2025" under it
        ctx.review_coarse = men.kind == "offset" and men.data.get("unit") in ("M", "Y")   # (travel48) "2 years ago"
        ctx.named_wdays = {}   # (reviews34) a new review's "Friday" is no weekday the review above it named
        return
    if (men.data.get("stamp_head") or men.data.get("day_divider")) and ctx.dct is not None and p.grain == "day":
        # (informal6) Discord's "pixel_nan — Yesterday at 9:40 PM": the messages under it were sent
        # that day, and their words count from it (as a chat export's stamp: below)
        if ctx.written is None:
            ctx.written = ctx.dct
        ctx.dct = p.date
        ctx.entry_dct = False
        ctx.sentence_day = Point.day(p.date)   # (sift) its own "at 8:47 AM" is on that day, not on a day named before
        if ctx.recent_day is not None and ctx.recent_day[1].date < p.date:
            # (pro47, §291) a later day's divider ends the talk of an earlier day: Signal's "Yesterday" / "21:04" / ... /
            # "Today" / "07:15" / "Heading out at 8 (edited)" is today's 8, not yesterday's
            ctx.recent_day = None
        return
    if p.grain in ("week", "month", "year") and men.kind == "offset" and ctx.dct is not None \
            and (men.rule in _HEADER_AGE_RULES or _post_stamp(text, men)) \
            and (day := _review_stamp_day(men, p, ctx.written or ctx.dct)) is not None:
        # (forums2, fifteenth session) a comment's header stamp of weeks, months or years ("@kaitlyn.r · 1 year
        # ago", "@dvdr_00 · 11 months ago", "u/tram_ghost · 5 mo. ago"): its words count from that far back,
        # as a review's "Posted 3 weeks ago" (above): "last year", "next month", "in June" from its year or month
        ctx.written = ctx.written or ctx.dct
        ctx.dct = day
        ctx.stamp_slack = _age_slack(men, day)
        ctx.sentence_day = None
        ctx.review_stamp_end = -1
        ctx.review_coarse = men.data.get("unit") in ("M", "Y")   # (travel48, §302) Google's "2 years ago" over a review
        return
    if p.grain in ("day", "minute") and ctx.dct is not None and men.rule not in _STAMP_RULES and men.rule not in _FOOTER_AGE_RULES \
            and 0 <= ((ctx.written or ctx.dct) - p.date).days <= (
                _REVIEW_STAMP_DAYS if _dated_mail_stamp(text, men) or _dotted_year_head(text, men) else _STAMP_ANCHOR_DAYS) \
            and (men.rule in _HEADER_AGE_RULES or _post_stamp(text, men)):
        # ((forums46, §278) a TikTok video of an earlier year is shown with its year, "Nina Ruiz · 2025-8-14": its caption
        # counts from it however far back, as a dated mail's)
        # (forums, fourteenth session) "sam_r | Posted 12 Sep 2025, 21:40", "asked Jan 29, 2026 at 14:03",
        # "Reply from Hardy_Perennial, Tuesday 19 May 2026": the post under the line was written that day,
        # and its "tonight", "yesterday", "this morning" count from it, as a chat message's from its stamp
        # (a stamp on or before the day the page was read, at most two months before it)
        ctx.written = ctx.written or ctx.dct
        quote_end = _quote_block_end(text, men)
        ctx.quote_end = (quote_end, ctx.dct) if quote_end >= 0 else None
        if quote_end < 0 and (banner := _BANNER_LINE.search(text, men.end, men.end + _BANNER_REACH)) is not None:
            ctx.quote_end = (banner.start() + 1, ctx.written)   # (stamps26) a banner line ends the stamp's post
        elif quote_end < 0 and _dated_mail_stamp(text, men) \
                and (rule_line := _MAIL_RULE_LINE.search(text, men.end, men.end + _BANNER_REACH)) is not None:
            ctx.quote_end = (rule_line.start() + 1, ctx.written)   # (§237) a mail's rule line ends the mail quoted
        elif quote_end < 0 and (fwd_end := _forwarded_end(text, men)) >= 0:
            ctx.quote_end = (fwd_end, ctx.dct)   # (channels47, §286) a forwarded post ends: the channel's own day again
        ctx.dct = p.date
        ctx.stamp_slack = _age_slack(men, p.date)
        ctx.entry_dct = False
        ctx.sentence_day = Point.day(p.date)
        ctx.review_stamp_end = -1   # (forums2) a new post: an "Update" in it is not one of a stamp above it
        ctx.review_coarse = False
        return
    if p.grain == "day" and ctx.dct is not None and (men.kind in ("cal", "weekday_mday") or (
            men.kind == "weekday" and men.data.get("log_head") and ctx.entry_day is not None and ctx.entry_day == ctx.dct)) \
            and (head := _ENTRY_HEAD.search(text, max(0, men.start - 24), men.start)) is not None \
            and (end := _ENTRY_HEAD_END.match(text, men.end)) is not None and (head["edit"] or end["eol"] is not None or end["sep"] is not None) \
            and -(_EDIT_AFTER_DAYS if head["edit"] else 0) <= ((ctx.written or ctx.dct) - p.date).days <= _STAMP_ANCHOR_DAYS:
        # (past) a diary's or a travel blog's entry heading ("Mon 3 March" on a line of its own, "Entry 2
        # (4 March): last night was mad", an edit's "EDIT 2 (8/24): he paid this afternoon"): the entry's
        # words count from its day, as a chat message's count from its stamp (a heading on or before the
        # day of writing, at most two months before it; an edit up to two weeks after it). Not an item of a
        # timeline ("- Aug 2: he texted asking ...", "6/28: gave notice"): its words count from the day of writing
        ctx.written = ctx.written or ctx.dct
        ctx.dct = ctx.entry_day = p.date   # ((left19) a weekday opening a line after it moves on from it: above)
        # (left18) a log's line ("5 March: chased again."), not a diary's heading on a line of its own, whose entry
        # may go on with "Tonight: street food" of that day
        ctx.entry_dct = end["eol"] is None
    if men.kind == "log_day" and ctx.dct is not None and _LOG_DAY_HEAD.search(text, max(0, men.start - 8), men.start) \
            and _LOG_DAY_HEAD_END.match(text, men.end) and 0 <= ((ctx.written or ctx.dct) - p.date).days <= _STAMP_ANCHOR_DAYS:
        # (logs, fifteenth session) a log's day count heading its entry ("Day 100 – 8k easy. Rest tomorrow."):
        # the entry was written that day, and its words count from it, as a diary's dated heading's do
        ctx.written = ctx.written or ctx.dct
        ctx.dct = ctx.entry_day = p.date
        ctx.entry_dct = True
    if men.rule in _STAMP_RULES:
        # (informal5) a chat export's stamp says when a message was sent, not what it speaks of;
        # (informal6) but the message's own words count from that day: "[10/03/2024, 19:02] Mum: ...
        # tomorrow at 10?" in an export made on the 14th is the 11th
        # (only a stamp whose reading is sure, not after the day of writing and at most two months
        # before it: a wrong reading must not move every date of the messages under it)
        before = ctx.stamp_time
        if p.grain == "minute":
            if men.rule in _CHAT_STAMP_RULES and ctx.stamp_time is not None and p.start - ctx.stamp_time[1] > _NEW_TALK_AFTER:
                # (eleventh session, clock) a message sent hours after the one before opens a new talk:
                # "at the park till about 4" at 15:20 does not take the Thursday named at 08:02
                # (the day talked of before the break stays for an answer: "what time? / 9:30am")
                ctx.previous_day = ctx.coming_day = None
                ctx.talk_break = men.start
            ctx.stamp_time = (men.end, p.start)   # (clock) the moment the message under it was sent
            if men.rule == "update_stamp":
                # (fresh16) a live post's "UPDATE 4:10 PM: tornado warning until 4:45" opens a new entry: its bare
                # times are of the moment it was posted, not of the days the entries before it spoke of
                # ("Wed-Thu the trough ejects" two entries up)
                ctx.previous_day = ctx.coming_day = None
                ctx.talk_break = men.start
        written = ctx.written or ctx.dct
        if (men.rule in _CHAT_STAMP_RULES or men.rule == "sender_day_stamp") and written is not None and 0 <= (written - p.date).days <= _STAMP_ANCHOR_DAYS \
                and not (men.data.get("two_way") and _other_reading_near(p.date, written, before)):
            # (eleventh session, clock) a stamp whose numbers read both ways is sure where the other
            # reading falls outside those two months ("[14:03, 01/06/2025]" on 2 June 2025)
            ctx.written = written
            ctx.dct = p.date
            ctx.entry_dct = False
            ctx.dated_stamp = men.rule == "sender_day_stamp"
        return
    if p.grain in ("day", "part-of-day", "minute") and not (res.value == "PRESENT_REF" and ctx.sentence_day is not None) and not (
            ctx.sentence_day is not None and _REPORTED_ON.search(text, max(sent_start, men.start - 24), men.start)
            and not _CLOCK_RIGHT_AFTER.match(text, men.end)) \
            and not _EXCEPT_BEFORE.search(text, max(sent_start, men.start - 16), men.start) \
            and not (men.kind == "holiday" and _attributive(text, men) and not _HOLIDAY_TIME.match(text, men.end)) \
            and not (men.kind == "anaphor" and res.anchor == "sentence"):
        if ctx.dct is not None and abs((p.date - ctx.dct).days) > _ASIDE_FAR_DAYS and (close := _aside_end(text, sent_start, men)) > 0 \
                and ctx.bracket_aside is None:
            # (the lead, forty-fourth session, §248) a day long gone or far ahead told in brackets is the day of the
            # aside only: "Tomorrow is Liberation Day (we were freed on 10 May 1945!) so the boats run 8am, 10.15 and
            # 2pm" (after the bracket the sentence goes on from its day before it: the tagger's loop)
            ctx.bracket_aside = (men.start, close, ctx.sentence_day)
            aside_now = True
        else:
            aside_now = False
        # (news7: "the Christmas range would be in stores from Monday": a holiday modifying a noun
        # names no day the sentence is at; "over the Easter weekend ... on Monday" does; "Polls close at
        # 10pm and the count begins the next morning": a day counted from the day named is not the
        # sentence's day, which its clock times take)
        # "last night ... now": "now" does not move the sentence's day; "... on Tuesday after a
        # faulty update, the bank said on Wednesday": the day of the report is not the day the
        # sentence tells of
        reply_by = _may_hold(text, max(sent_start, men.start - _REPLY_BY_REACH), men.start, _REPLY_BY_NEEDLES) \
            and _REPLY_BY.search(text, max(sent_start, men.start - _REPLY_BY_REACH), men.start) is not None
        if reply_by and not ctx.sentence_day_reply:
            ctx.day_before_reply = ctx.sentence_day   # the next sentence's previous day is the one before the deadline
        ctx.sentence_day_reply = reply_by
        ctx.sentence_day = Point.day(res.night_of or p.date)
        ctx.now_day = ctx.sentence_day if res.value == "PRESENT_REF" else None   # (left19) "now open 8am-6pm daily"
        # (dayanchor26) ... asked about: "Are you free now?" (not "need 10, on 7 atm": a count's present)
        ctx.now_asked = ctx.now_day is not None and _NOW_ASKED.match(text, men.end) is not None
        ctx.sentence_day_edge = bool(_EDGE_BEFORE.search(text, max(sent_start, men.start - 12), men.start))
        ctx.sentence_days.append((men.start, ctx.sentence_day))
        if men.kind == "anaphor" and men.data.get("unit") == "day" and men.data.get("offset"):
            # (news7) "Polls close at 10pm and the count begins the next morning": a clock time before
            # it is on the day it counts from
            ctx.counted_from[men.start] = Point.day(ctx.sentence_day.date - timedelta(days=men.data["offset"]))
        if not res.value.endswith("_REF") and not (men.kind == "time" and res.anchor == "dct" and not men.data.get("dref")) \
                and not reply_by and not aside_now:
            # ((§248) nor a day long gone told in an aside: the talk is not about it;
            # "atm", "now" name no day; (clock) nor does an hour put on the day of writing for want of
            # a day: "shift til 11. tmr morning before the lecture? / the 9am?" speaks of tomorrow;
            # (sift, twelfth session) nor a deadline for the answer: "party is Sunday 15th June! RSVP by
            # Friday 6th / he's at his nan's that weekend but back by 12" speaks of the party's)
            if ctx.recent_day is not None and ctx.dct is not None and ctx.recent_day[1].date >= ctx.dct \
                    and _REASON_DAY.search(text, max(0, men.start - _REASON_DAY_REACH), men.start):
                # (left21) "dinner friday? / yes! work tomorrow tho / see you at 8 then": a day named as a reason ("work
                # tomorrow", "early start tmrw") is no plan; the plan's day stays the one "then" settles
                ctx.plan_day = ctx.plan_day or ctx.recent_day
            else:
                ctx.plan_day = None
            ctx.recent_day = (ctx.sentence, ctx.sentence_day, men.start)
            # (thread21) the sender of the message that named it, when one sends more than one message of the text (a
            # chat's voice, not a schedule's "Drinks: 4pm"), and whether a clock time placed it
            v = _voice(ctx, text, men.start)
            # and where its line ends, when the message asks ("Jay: and Wet Leg are sat 6.15?": the next line answers it)
            if v is not None and ctx.voices.get(v[0], 0) >= 2:
                le = next_newline(text, men.start)
                le = len(text) if le < 0 else le
                ctx.day_voice = (v[0], men.kind == "time", le + 1 if "?" in text[men.start:le] else -1)
                if ctx.topic_day is None:
                    ctx.topic_day = ctx.sentence_day
            else:
                ctx.day_voice = None
            if ctx.dct is not None and ctx.sentence_day.date > ctx.dct and men.kind != "time":
                ctx.coming_day = (ctx.sentence, ctx.sentence_day)   # (news8) the last day to come named
            if ctx.dct is not None and men.kind in ("cal", "weekday_mday") and p.grain == "day":
                # (occasion37, §144) an occasion a chat plans, told with its date ("the holiday is Thursday 30th and Friday
                # 31st"): its first and last day (a day told at most _OCCASION_RUN days after the first is one more of its
                # days), where it was told; a message's stamp does not end it (the talk breaks at stamps do not reach it)
                oc = ctx.occasion_days
                if oc is not None and 0 < (p.date - oc[1]).days <= _OCCASION_RUN:
                    ctx.occasion_days = (oc[0], p.date, men.end)
                elif p.date > ctx.dct:
                    ctx.occasion_days = (p.date, p.date, men.end)
            ctx.named_mdays[ctx.sentence_day.date.day] = ctx.sentence_day.date
            ctx.named_mdays_at[ctx.sentence_day.date.day] = ctx.dct
            # (§293) the last day told with its day of the month (a date, a weekday and its day), not a holiday's name
            # (a clock of that day keeps it: "- Wed 15th: sail after 10")
            if men.kind in ("cal", "weekday_mday"):
                ctx.mday_told = ctx.sentence_day.date
            elif ctx.mday_told != ctx.sentence_day.date:
                ctx.mday_told = None
            if ctx.dct is not None and abs((ctx.sentence_day.date - ctx.dct).days) <= (31 if men.data.get("instead") else 14) \
                    and _WEEKDAY_WORD.search(text, men.start, men.end):   # a day the talk named by its weekday
                prev = ctx.named_wdays.get(ctx.sentence_day.date.isoweekday())
                ctx.named_wdays[ctx.sentence_day.date.isoweekday()] = (men.end, ctx.sentence_day.date, ctx.sentence,
                                                                        2 if men.data.get("instead") else men.kind in ("cal", "weekday_mday")
                                                                        or (prev is not None and prev[0] == men.end and prev[3] is True))
                # ((occasion37, §144) or read as a day of the days leading to an occasion told with its date: ``resolve._weekday``)
                # written with its date too ((days) "Thurs 15th"), or (sift, twelfth session) placed by the day it replaces
                # ("Sunday instead? / sunday's fine")
    if GRAIN_RANK.get(p.grain, 0) >= GRAIN_RANK["year"] and _may_hold(text, max(sent_start, men.start - 120), men.start, _ACCESSION_NEEDLES) \
            and _ACCESSION.search(text, max(sent_start, men.start - 120), men.start):
        # (history5) "Henry was crowned in 1413": regnal years count from it
        ctx.accession = (p, text[max(sent_start, men.start - 120): men.start])
    elif GRAIN_RANK.get(p.grain, 0) >= GRAIN_RANK["year"] and _ACCESSION_OPENER.match(text, sent_start, men.start) \
            and (a := _ACCESSION_AFTER.match(text, men.end)) is not None:
        # (history32) "In 1520 Suleiman became sultan.": a year opening its sentence and the accession right
        # after it, in the same clause (its subject of at most four words between)
        ctx.accession = (p, text[men.end:a.end()])
    if p.grain == "part-of-day" and p.pod in ("AF", "EV"):
        ctx.day_part = (p.date, p.pod)   # (history5) "died on Saturday afternoon ... at about two o'clock"
    if ctx.mode == "narrative" and p.grain in ("part-of-day", "minute"):
        # (history7) the night the story is in: "On the evening of 24 October", "at 10.55 pm", "at
        # 12.20 am" after it (the night of the 24th); a time of day clears it
        ctx.story_night = res.night_of or (p.start.date() if (p.grain == "part-of-day" and p.value.endswith(_NIGHT_PODS))
                                            or (p.grain == "minute" and p.start.hour >= _EVENING_HOUR) else None)
    if ctx.mode == "narrative" and men.kind == "cal" and res.anchor in ("text", "last") and men.start < _lead_end(ctx, text):
        # (history7) an article's lead dates its events ("It lasted from 18 May to 11 September"
        # after "in 1565"); its body tells those days again without their year, after a look back
        # into the years before ("That autumn Suleiman ordered ... sighted at dawn on 18 May")
        if p.grain == "day":
            ctx.boxed.setdefault((p.start.month, p.start.day), p)
        if ctx.lead_first is None and p.grain in _ANCHOR_GRAINS:
            ctx.lead_first = p
    if p.grain in ("day", "month") and ((_may_hold(text, max(sent_start, men.start - 48), men.start, _SAID_ON_NEEDLES)
                                         and _SAID_ON.search(text, max(sent_start, men.start - 48), men.start)) or (
            _FRONTED.fullmatch(text, sent_start, men.start) and _SAID_AFTER.match(text, men.end))):
        # ("In February the minister promised that the towns would be named in April": a date that
        # opens its sentence before a verb of saying is when it was said)
        ctx.said_day = (men.end, p.date, p.grain)   # "the council said on Monday ...", "said in January"
    if (p.grain == "part-of-day" and p.value.endswith(_NIGHT_PODS)) or (p.grain == "minute" and p.start.hour >= _EVENING_HOUR):
        ctx.sentence_night = p.start.date()
        if p.grain == "part-of-day":
            ctx.talk_night = ctx.sentence_night   # (informal6) "can you do tomorrow night? / yes, about 8"
            ctx.talk_night_sentence = ctx.sentence
    elif res.night_of is not None:
        ctx.sentence_night = res.night_of
    if p.grain == "weekend":
        ctx.sentence_weekend = p.start.date()   # (thirtieth session) "rain is forecast for the weekend, with Sunday ..."
    if p.grain == "year" and men.kind in ("deictic", "cal", "rel_period"):
        ctx.sentence_year = p.start.year   # (thirtieth session) "Last year we served 312 families the week of Thanksgiving"
    if p.grain == "day" and men.kind == "holiday" and res.anchor == "dct":
        ctx.sentence_holiday = p.start.date()   # (holiday40, §180) "booked Easter to come home again, March 28th to April 2nd"
    if p.grain == "week" and res.anchor == "dct" and ctx.dct is not None:
        ctx.week = p  # "next week", "last week", "schedule this week": its weekdays follow ("mon - chill games 7pm")
        # (a week named, not "two weeks ago"; whether it opens its sentence)
        ctx.week_named = (ctx.sentence, men.end, _words_between(text, sent_start, men.start, 1) == 0) if men.kind == "deictic" or (
            men.rule in _WEEK_NAMING_RULES and p.start.date() > ctx.dct) else None   # ((weekdir38, §154) "the week of the 9th", to come)
    elif p.grain == "week" and men.rule in _WEEK_NAMING_RULES and ctx.dct is not None and p.start.date() > ctx.dct:
        # (weekdir38, §154) "the week of the 9th we're away Monday to Wednesday": a week to come named by a day of it
        # sets the week of the weekdays after it, as "next week" does
        ctx.week = p
        ctx.week_named = (ctx.sentence, men.end, _words_between(text, sent_start, men.start, 1) == 0)
    elif p.grain == "weekend" and men.data.get("weekend") and ctx.dct is not None and not p.start.date() <= ctx.dct < p.end.date():
        ctx.week = Point.week(p.start.date())  # "away the weekend of the 20th ... drop him fri arvo": that week's Friday
    elif ctx.week is not None and not ctx.week.start <= p.start < ctx.week.end:
        ctx.week = None
    update = res.anchor_update
    if men.kind == "cal" and p.grain == "month" and men.data.get("year") is not None \
            and _CV_RANGE_LINE.fullmatch(text, start_of_line(text, men.start),
                                     len(text) if (nl := next_newline(text, men.end)) < 0 else nl) is not None:
        return   # (pro47, §291) a job's dates on a profile ("Mar 2016 – Dec 2018 · 2 yrs 10 mos") carry no story on
    if ctx.sentence_day_reply and ctx.sentence_days and ctx.sentence_days[-1][0] == men.start:
        return   # (sift, twelfth session) a deadline for the answer does not move the story either ("that weekend")
    if p.grain == "minute" and (men.data.get("dref") or men.data.get("hour") is not None and men.kind == "anaphor") and res.anchor != "sentence":
        p, update = Point.day(p.date), True   # "10am on September 11": the story is on that day
    if ctx.mode == "narrative" and p.grain in ("day", "month", "year") and res.anchor == "text":
        life = _life_dates(text, men)
        if ctx.label or life is not None:
            if p.grain == "day":
                ctx.boxed[(p.start.month, p.start.day)] = p   # (history5) "Died: 24 March 1603 ... died on 24 March"
            if life is not None and (ctx.last is not None or life in ctx.life_opened):
                return   # a life date in brackets is an aside; only the first one may start a story that has none
            if life is not None:
                ctx.life_opened.add(life)
    if ctx.mode == "narrative" and res.anchor == "dct" and ctx.last is None and men.kind == "offset" \
            and men.data.get("unit") == "Y" and (men.data.get("n") or 0) >= _STORY_AGE and p.grain in _ANCHOR_GRAINS:
        ctx.move_story(p)   # (history6) "Two hundred and twenty years ago today, off Cape Trafalgar, ...": the story starts there
        return
    if not update or p.grain not in _ANCHOR_GRAINS or (ctx.mode == "narrative" and res.anchor == "dct") or ctx.label \
            or men.data.get("entry_end"):
        return
    # a full date opening its sentence ("On March 8, 1862, ...") always carries the story
    off = not ctx.heading and _off_section(p, ctx, ctx.section) \
        and not (p.grain == "day" and _words_between(text, sent_start, men.start, 1) <= 1)
    if off and ctx.strays:
        # a second date outside the heading's years in a row: the story has left them
        ctx.section, off, ctx.strays = None, False, 0
    elif off:
        ctx.strays += 1
    elif ctx.section is not None and p.grain in ("year", "month", "day", "season") and men.kind == "cal":
        ctx.strays = 0
    # (history6) a date with its year told in the past perfect before the story's date is a look back
    # for its sentence: the story comes back after it (``_after_flashback``)
    look_back = ctx.mode == "narrative" and ctx.last is not None and p.end <= ctx.last.start \
        and men.data.get("year") is not None and _in_past_perfect(text, sent_start, men.start)
    if ctx.fresh and not ctx.heading and not off and men.kind == "cal" and men.data.get("year") and not look_back:
        # the first date told under a new heading (within the years of the section around it)
        # sets the story, wherever it stands in its sentence ("Yorktown and the Surrender ...
        # The theaters converged in 1781 at Yorktown")
        ctx.fresh = False
        ctx.move_story(p)
    elif ctx.heading and ctx.section is not None:
        pass  # the heading set the anchor to its first year
    elif not _aside_year(text, sent_start, men, p, ctx) and not off \
            and not (ctx.told_before and ctx.last is not None and p.end <= ctx.last.start and men.data.get("year") is None):
        # (a year-less day the past perfect looks back to is not where the story goes on from; a
        # date with its year is: "had fled in June 1998 and returned later that year")
        if look_back and ctx.flashback is None:
            ctx.flashback = (ctx.sentence, ctx.last, ctx.last_day)
        ctx.move_story(p, res.story_day)
        ctx.last_told = _TOLD_ON.search(text, max(sent_start, men.start - 10), men.start) is not None
        ctx.last_opens = (ctx.last_told or men.kind in ("offset", "anaphor")) and _words_between(text, sent_start, men.start, 2) <= 1
    else:
        ctx.aside = p if p.grain == "year" else None
        ctx.aside_sentence = ctx.sentence


# a sentence that opens in the past perfect: "had" among its first five words, and a past form
# ("been" too) after it ("Alcock had been a prisoner", "Most of them had already left")
_OPENS_PLUPERFECT = _re(r"\s*(?:\S+\s+){0,4}?(?i:{pluperfect_auxiliaries})\s+(?:(?i:{pluperfect_adverbs:bare})\s+)?(?P<verb>[A-Za-z]+)\b")
# past participles not in the past forms' list ("had come over the year before", "had gone home")
_LOOK_BACK_KINDS = frozenset(("cal", "weekday", "ordinal_day"))
_RELATIVE_WORD = _re(r"\b(?:{relative_words:bare})\b")
_CLAUSE_TURN = _re(r";|,\s+(?:{clause_turn_conjunctions:bare})\s|\s(?:{clause_turn_and_but:bare})\s+(?:(?:{clause_turn_then:bare})\s+)?(?:{clause_turn_prepositions:bare})\s")
_BARE_PARTICIPLES = frozenset(_LEX["bare_past_participles"])
_HAD = _LEX["past_perfect_cue"][0]
_FLASHBACK_KINDS = frozenset(("cal", "season", "holiday", "weekday"))


def _in_past_perfect(text: str, s0: int, pos: int) -> bool:
    """(history6) Whether a date belongs to a look back told in the past perfect: its own verb
    ("lost his arm in 1797" after "had") or the verb its sentence opens with ("Alcock had been a
    prisoner since his bomber came down in September 1917")."""
    if _HAD not in text[s0:pos].lower():
        return False   # (most dates: no past perfect before them in their sentence)
    if told_before(text, s0, pos):
        return True
    if _CLAUSE_TURN.search(text, s0, pos):
        return False   # "It had opened on 14 September, and on 10 October it carried ...": a clause of its own
    m = _OPENS_PLUPERFECT.match(text, s0, pos)
    if m is None or not (m["verb"].lower() in _BARE_PARTICIPLES or is_past_form(m["verb"].lower())):
        return False
    # a relative clause's past perfect ("American divisions, which Pershing had sought to field
    # alone, were assigned ... on 28 March") covers only the dates inside it, before its comma
    return not (_RELATIVE_WORD.search(text, s0, m.start("verb")) and "," in text[m.end():pos])


def _in_main_past(text: str, s0: int, pos: int) -> bool:
    """(history6) Whether the clause before ``pos`` is told in the simple past (a past form among
    its words, no "had" before the expression)."""
    return not _in_past_perfect(text, s0, pos) and tense_at(text, s0, pos, pos, pos) == "past"


def _after_flashback(ctx: Discourse, text: str, s0: int, si: int, men: Mention) -> None:
    """(history6) The first expression of a sentence after a look back in the past perfect with
    its year ("His coffin reached Sheerness on 22 December. He had lost his right arm in July
    1797. It lay in state from 5 January"): a year-less date told outside the past perfect is the
    story's again (the simple past returns to where the story was); one still in the past perfect
    goes on in the look back; any other expression (an offset, "the next day", a date with its
    year) ends the look back where it is."""
    fb_si, last, last_day = ctx.flashback
    if _in_past_perfect(text, s0, men.start):
        ctx.flashback = (si, last, last_day)
        return
    ctx.flashback = None
    d = men.data
    if men.kind in _FLASHBACK_KINDS and d.get("year") is None and d.get("anaphoric_year") is None \
            and not d.get("anaphoric") and d.get("rel") is None:
        ctx.last, ctx.last_day = last, last_day


def _mark_cross_year_ranges(text: str, mentions: list[Mention]) -> None:
    """ "from October to March": a range of year-less months running backwards crosses a year."""
    for a, b in zip(mentions, mentions[1:]):
        if a.kind == b.kind == "cal" and a.data.get("grain") == b.data.get("grain") == "month" \
                and a.data.get("year") is None and b.data.get("year") is None \
                and a.data.get("rel_year") is None and b.data.get("rel_year") is None \
                and a.data.get("anaphoric_year") is None and b.data.get("anaphoric_year") is None \
                and a.data["month"] > b.data["month"] and _RANGE_GAP.match(text[a.end:b.start]) \
                and _RANGE_FROM.search(text, max(0, a.start - 10), a.start):
            a.data["range_end"] = b


_LINE_READ = 240   # characters of a line around a headline read at most (12 words fit)
# (lines22) A list under a heading that names a day: "Saturday:\n- 9am set-up\n- 2pm kick-off", "Sat 14th\n10am
# registration\n2pm finals", an itinerary's "Friday\n- 6am leave home\n- 9.40am flight". The heading is a line that opens
# with the day (after a bullet, "Day 2 –" or "On") and holds nothing else but a colon or a bracket, or a dash or a
# colon and the line's own words ("Monday — 7pm training"); the lines under it that a list is made of, each opened by
# a bullet or a clock time, are of that day, up to _LIST_LINES of them. A line of prose ends the list ("Mum rang, she
# gets in at 4pm"), so does a blank line after the first line of the list; a line that names its own day keeps it (the
# sentence's day comes first in ``resolve._time``) and a line that opens with a day heads the lines under it. Not a
# deadline ("Due Friday:": a word before the day), nor a line told in the past under a day to come or in the future
# under a day gone ("Sat 7th\n- 2pm kick-off, we won\n- I'll send the photos at 6pm": today's 6pm).
_LIST_LINES = 20   # lines under a heading it reaches at most (a day's programme): the heading far above governs nothing
_LIST_HEAD_LINE = 80   # characters a heading line has at most on either side of its day
_LIST_LINE_MAX = 200   # characters of a line of the list at most (a longer line is prose: it ends the list)
# (each run of blanks in these patterns follows a character it needs, so that no two runs stand side by side: a line of
# blanks fails at once)
_LIST_HEAD_OPEN = _re(r"[ \t]*(?:[-*•·▪>#]+[ \t]*)?(?:(?i:{list_head_day_words:bare})[ \t]*\d{1,2}[ \t]*[-–—:,.][ \t]*)?(?:(?i:{list_head_prepositions:bare})[ \t]+)?")
_LIST_HEAD_TAIL = re.compile(r"[ \t]*(?:(?:[:.!][ \t]*)?(?:\([^()\n]{0,40}\)[ \t]*)?(?::[ \t]*)?|(?:[:|]|[ \t][–—-])[ \t]*\S[^\n]*)")
_LIST_HEAD_PURE = re.compile(r"[ \t]*(?:[:.!][ \t]*)?(?:\([^()\n]{0,40}\)[ \t]*)?(?::[ \t]*)?")
# (the lead, forty-seventh session, §289) a post's programme bulleted with emoji ("🥞 Pancake breakfast 8:30-10am", "🚤
# Boat races 1pm"): one pictograph (with its modifiers and joined parts) and a blank opens a list's line as a bullet does
_EMOJI_BULLET = "[\U0001F300-\U0001FAFF\u2600-\u27BF](?:[\uFE0F\U0001F3FB-\U0001F3FF]|\u200D[\U0001F300-\U0001FAFF\u2600-\u27BF]){0,6}[ \t]"
_LIST_LINE = _re(r"[ \t]*(?:[-*•·▪–—>+↳→➤▸◦][ \t]|" + _EMOJI_BULLET + r"|\d{1,2}[.)][ \t]|(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?(?:[ \t]*(?:[aApP]\.?[mM]\.?|{list_hour_suffixes:bare}))?"
                        r"(?=[ \t]*[-–—:|)]|[ \t]+[A-Za-z])|(?i:{list_hour_words:bare})\b)")
# (§289) a line opened by an emoji is no list item where it heads a list: "🎄 Christmas Day hours:" over "- 9-12"
_LIST_LINE_PLAIN = _re(r"[ \t]*(?:[-*•·▪–—>+↳→➤▸◦][ \t]|" + r"\d{1,2}[.)][ \t]|(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?(?:[ \t]*(?:[aApP]\.?[mM]\.?|{list_hour_suffixes:bare}))?"
                        r"(?=[ \t]*[-–—:|)]|[ \t]+[A-Za-z])|(?i:{list_hour_words:bare})\b)")
# (programme40, §178) a line opened by a bullet, a thread's arrow or an item's number ("- Line-up from 12.45", "↳ Greasy
# pole from 9am", "2) Hound trail 2pm"): the first line of a list under a line that names an event's day in its words
_LIST_BULLET = re.compile(r"[ \t]*(?:[-*•·▪–—>+↳→➤▸◦][ \t]|" + _EMOJI_BULLET + r"|\d{1,2}[.)][ \t])")
# (programme40) a word of a limit or a start right before the day ("Due Friday:", "by Monday 5th:", "from Tuesday:"): a
# deadline's list or a new timetable's, not an event's programme
_PROGRAMME_HEAD_NOT = _re(r"(?i)(?<![\w'’])(?:{programme_head_not_before:bare})[ \t]+(?:(?:{list_head_prepositions:bare}|{on_the_day_articles:bare})[ \t]+)?$")
_LIST_LABEL = re.compile(r"[ \t]*[^\W\d_][^\d\n:]{0,38}:[ \t]*")   # (programme40) "Running order:", "Timings:": a label, no day or hour
_PROGRAMME_LINE = 400   # (programme40) characters either side of a day named in a line's words (an e-mail's paragraph)
_PROGRAMME_HEAD_BACK = 24   # characters read back from the day for that word
# (programme40) a notice's passive with its copula dropped, opening its clause: "Road closed fae 5pm", "Gates shut at 1.30",
# "galley burnt aboot 7.45": one to three words, then the participle (lexicon programme_participles)
_NOTICE_PASSIVE = _re(r"(?i)[ \t]*(?:[-*•·▪–—>+↳→➤▸◦][ \t]*|\d{1,2}[.)][ \t]+)?(?:[a-z'’-]+[ \t]+){1,3}(?:{programme_participles:bare})(?![\w'’])")
_NOTICE_PASSIVE_WORDS = frozenset(w.lower() for w in _LEX["programme_participles"])
_ITEM_CLAUSE_END = re.compile(r"[,;!?(]|\.(?=[ \t]|$)")
_CLAUSE_OPEN = re.compile(r"[,;:!?\n]|\.(?=[ \t])")
_NOTICE_CLAUSE_BACK = 60   # characters read back from a clock time to its clause's start


# (weeks34, §127) a span of days the text names: two days joined by a range word ("1-24 Aug", "the 1st to the 24th", "Mon
# 31st to Fri 4th Aug"; the gap between them at most _SPAN_GAP characters), or one day with a verb of starting right after it
# ("first Friday in July it all starts") or right before it ("the fair opens on Thursday 7th"); bounded: a gap of two
# blanks, a joiner, two blanks; the verb within the subject's few words after the day or _SPAN_VERB_BACK characters before it
_SPAN_JOIN = _re(r"[ \t]{0,2}(?:{span_range_joiners:bare})[ \t]{0,2}", re.I)
_SPAN_GAP = 12
_SPAN_START_AFTER = _re(r"[ \t,]{0,2}(?:(?:{span_start_subjects:line})[ \t]{1,2})?(?:{span_start_verbs:line})(?![\w'’])", re.I)
_SPAN_START_BEFORE = _re(r"(?<![\w'’])(?:{span_start_verbs:line})[ \t]{1,2}(?:(?:{span_start_prepositions:bare})[ \t]{1,2})?$", re.I)
_SPAN_VERB_BACK = 24
_SPAN_DAYS = (1, 61)   # a span of an event: two days to about two months


def _note_span(ctx: Discourse, text: str, men: Mention, day: date) -> None:
    edge = ctx.span_edge
    ctx.span_edge = (men.end, day)
    if edge is not None and 0 <= men.start - edge[0] <= _SPAN_GAP and _SPAN_JOIN.fullmatch(text, edge[0], men.start) \
            and _SPAN_DAYS[0] <= (day - edge[1]).days <= _SPAN_DAYS[1]:
        ctx.span = (edge[1], day, men.end)
    elif _SPAN_START_AFTER.match(text, men.end) or _SPAN_START_BEFORE.search(text, max(0, men.start - _SPAN_VERB_BACK), men.start):
        ctx.span = (day, None, men.end)


def _note_day_span(ctx: Discourse, men: Mention, tense) -> None:
    """(ranges35, §133) a run of days written as one DURATION ("The run is 1-24 Aug", rule day_span) still names the span
    its weeks are read from ("the middle weekend", §127): its first and last day, in the year its month is read in."""
    month, d1, d2, year = men.data["span_days"]
    if year is None:
        year = _year_for(ctx, month, d1, tense)[0]
    if year is None:
        return
    try:
        ctx.span = (date(year, month, d1), date(year, month, d2), men.end)
    except ValueError:
        return   # "1-31 Sept": no such last day


def _note_list_head(ctx: Discourse, text: str, men: Mention, p) -> None:
    """(lines22) A day that heads its line (``_LIST_HEAD_OPEN`` before it, ``_LIST_HEAD_TAIL`` after it) heads the list
    under it: ``ctx.list_head`` (each line of the heading read at most _LIST_HEAD_LINE characters either side).
    (programme40, §178) So does a day to come named in the words of a line (a paragraph of at most _PROGRAMME_LINE
    characters either side of the day) right over a list opened by a bullet."""
    lo = max(0, men.start - _PROGRAMME_LINE)
    ls = text.rfind("\n", lo, men.start) + 1
    if ls == 0 and lo > 0:
        return
    le = text.find("\n", men.end, men.end + _PROGRAMME_LINE + 1)
    if le < 0:
        if len(text) - men.end > _PROGRAMME_LINE:
            return
        le = len(text)
    if men.start - ls <= _LIST_HEAD_LINE and le - men.end <= _LIST_HEAD_LINE \
            and _LIST_HEAD_OPEN.fullmatch(text, ls, men.start) and _LIST_HEAD_TAIL.fullmatch(text, men.end, le):
        ctx.list_head = [le + 1, Point.day(p.date), le + 1, 0]
    elif le < len(text) and (ctx.dct is None or p.date >= ctx.dct) and not _LIST_LINE_PLAIN.match(text, ls, le) \
            and not _PROGRAMME_HEAD_NOT.search(text, max(ls, men.start - _PROGRAMME_HEAD_BACK), men.start):
        # (programme40, §178) a line that names the event's day in its words ("Crab Fair is Saturday 19th! Full programme
        # below 🧵", "Plan for Liberation Day (Thursday 9th):", "Arrangements for the 5th:") over a list whose first line,
        # right under it or after one blank line, opens with a bullet, a thread's arrow or a number: the list is of that
        # day (the line itself is prose, not an item of a list already read: "- clear-up on Sunday at 10am" heads nothing)
        # (a label of its own may stand between: "The show is Saturday 19th.\nRunning order:\n1. Sheep 10am")
        ns = le + 1
        ne = text.find("\n", ns, ns + _LIST_LINE_MAX + 1)
        if ne >= 0 and (ne == ns or text[ns:ne].isspace()):
            ns = ne + 1
            ne = text.find("\n", ns, ns + _LIST_LINE_MAX + 1)
        if ne >= 0 and _LIST_LABEL.fullmatch(text, ns, ne):
            ns = ne + 1
        if _LIST_BULLET.match(text, ns):
            ctx.list_head = [ns, Point.day(p.date), ns, 0]


_LIST_TIMED = _re(r"[ \t]*(?:[-*•·▪–—>+][ \t]*)?(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?(?:[ \t]*(?:[aApP]\.?[mM]\.?|{list_hour_suffixes:bare}))?"
                         r"(?=[ \t]*[-–—:|)]|[ \t]+[A-Za-z])")
_LIST_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")   # ("set-up", "kick-off": one word, no past form)


def _programme_head(text: str, men: Mention) -> str | None:
    """(lines22) The tense of a weekday alone on its line (``_LIST_HEAD_OPEN``, a colon or a bracket after it) over a
    line opened by a clock time: "future" where that line has no past form ("Saturday:\n- 9am set-up": a programme's
    day), "past" where it has one ("Saturday\n- 6am left home": a trip's report); None for any other weekday. Reads the
    heading's line and the one under it, each at most _LIST_LINE_MAX characters."""
    lo = max(0, men.start - _LIST_HEAD_LINE)
    ls = text.rfind("\n", lo, men.start) + 1
    if ls == 0 and lo > 0 or not _LIST_HEAD_OPEN.fullmatch(text, ls, men.start):
        return None
    le = text.find("\n", men.end, men.end + _LIST_HEAD_LINE + 1)
    if le < 0 or not _LIST_HEAD_PURE.fullmatch(text, men.end, le):
        return None
    ne = text.find("\n", le + 1, le + 2 + _LIST_LINE_MAX)
    ne = ne if ne >= 0 else min(len(text), le + 1 + _LIST_LINE_MAX)
    if _LIST_TIMED.match(text, le + 1, ne) is None:
        return None
    return "past" if any(is_past_form(w.lower()) for w in _LIST_WORD.findall(text, le + 1, ne)) else "future"


# (lines22) a heading that names the occasion's day without its date, over a list of clock times: a wedding invitation's
# "On the day\n1.30  guests arrive\n2.00  ceremony", a Christmas timeplan's "On the day\n9am Take the turkey out"
_ON_THE_DAY = _re(r"[ \t]*(?i:(?:(?:{list_head_prepositions:bare})[ \t]+)?(?:{on_the_day_articles:bare})[ \t]+(?:{list_head_day_words:bare})(?:[ \t]+(?:{on_the_day_itself:bare}))?)[ \t]*(?::[ \t]*)?")


def _on_the_day(ctx: Discourse, text: str, men: Mention) -> None:
    """(lines22) A clock time opening the first line under "On the day" (``_ON_THE_DAY``, a line of its own): the list
    under that heading is of the first day the text named (``ctx.first_day``: the invitation's "Saturday 13th June", the
    timeplan's "Christmas Day"). Reads the time's line up to it and the lines of the list above it, at most _LIST_LINES
    of at most _LIST_LINE_MAX characters (only for a time that opens its line, while no heading governs)."""
    lo = max(0, men.start - _LIST_HEAD_LINE)
    ls = text.rfind("\n", lo, men.start) + 1
    m = _LIST_TIMED.match(text, ls) if ls > 0 else None
    if m is None or m.end() < men.start:
        return   # not the clock time that opens its line
    for _ in range(_LIST_LINES):   # up over the list's lines (times the tagger does not read: "1.30  guests arrive")
        ps = text.rfind("\n", max(0, ls - 1 - _LIST_LINE_MAX), ls - 1) + 1
        if ps == 0 and ls - 1 > _LIST_LINE_MAX:
            return
        if _ON_THE_DAY.fullmatch(text, ps, ls - 1):
            ctx.list_head = [ls, ctx.first_day, ls, 0]
            return
        if ps == 0 or not _LIST_LINE.match(text, ps, ls - 1):
            return
        ls = ps


def _list_day(ctx: Discourse, text: str, men: Mention, tense: str | None):
    """(lines22) The day of the heading whose list the clock time ``men`` is on, or None (``_LIST_LINE``). The lines
    under the heading are read once each, as far as the time's own line (``ctx.list_head[2]``: where the reading
    stopped), so the whole text's lines are read at most once; the heading is dropped at the line that ends its list."""
    head = ctx.list_head
    if men.start < head[0]:
        return None   # on the heading's own line: its day is the sentence's
    pos, n = head[2], head[3]
    while pos <= men.start:
        le = text.find("\n", pos, pos + _LIST_LINE_MAX + 1)
        if le < 0:
            le = len(text) if len(text) - pos <= _LIST_LINE_MAX else -1
        n += 1
        blank = le >= 0 and (le == pos or text[pos:le].isspace())
        # (one blank line may stand right under the heading: "Day 1\n\n09:00 Registration")
        if le < 0 or n > _LIST_LINES or blank and n > 1 or not blank and not _LIST_LINE.match(text, pos, le):
            ctx.list_head = None   # a line of prose, a blank after the list began, a long line, the bound passed
            return None
        pos = le + 1
    head[2], head[3] = pos, n
    day = head[1]
    if ctx.dct is not None and day.date < ctx.dct and (tense == "future" or WILL_RE.search(
            text, text.rfind("\n", head[0] - 1, men.start) + 1, men.start) is not None):
        return None   # a line told in the future under a day gone ("- I'll send the photos round at 6pm")
    if ctx.dct is not None and day.date > ctx.dct:
        # a line told in the past under a day to come ("- Ali rang at 8am, he can't make it"): a past form on the line
        # (read as one word with its hyphens: "set-up", "kick-off" are none; the tense of the clause may read "set")
        ls = text.rfind("\n", head[0] - 1, men.start) + 1
        le = text.find("\n", men.start, ls + _LIST_LINE_MAX + 1)
        le = le if le >= 0 else len(text)
        # ((programme40, §178) as far as the end of the time's own clause: "- Members muster from 5.30pm, NOT before, the
        # landlord was very clear" is the programme's line, its past another clause's)
        ce = _ITEM_CLAUSE_END.search(text, men.end, le)
        ce = ce.start() if ce is not None else le
        if any(is_past_form(w.lower()) and not (w.lower() in _NOTICE_PASSIVE_WORDS and _notice_passive(text, ls, le))
               for w in _LIST_WORD.findall(text, ls, ce)):
            return None
    return day


def _notice_passive(text: str, ls: int, le: int) -> bool:
    """(programme40, §178) Whether a clause from ``ls`` to ``le`` (a line of a programme, a sentence of a notice) opens
    with a notice's passive with its copula dropped ("- Gates shut at 1.30", "Road closed fae 5pm", "Torches lit at 7.30")
    and speaks for no one ("- Ali rang at 8am, he can't make it", "we closed at 5" keep their past)."""
    return _NOTICE_PASSIVE.match(text, ls, le) is not None and _PERSONAL_WORD.search(text, ls, le) is None


_SPEAKER = re.compile(r"[\w@.'’ -]{1,30}:\s")   # "Mum: ...", "@CityFanatic: ...": a chat's line, not a headline
# (thread21) a message's sender at the opening of its line: "Kai: ...", "[UK] Finn: ...", "[24/01/2026, 11:52] Hannah: ...",
# "Comment - Linda Ward: ..." (a tag or a stamp in brackets before the name is not the name)
_VOICE = re.compile(r"[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*)?([\w@.'’ -]{1,30}):\s")
_VOICE_REACH = 2000   # characters back from a time to the start of its line (bounds ``_voice``)
_VOICE_LINE = re.compile(r"(?m)^" + _VOICE.pattern)
_VOICE_YES = re.compile(r"(?i)[ \t]*(?:%s)(?![\w'’])" % "|".join(map(re.escape, _LEX["chat_yes_words"] + _LEX["chat_no_words"])))
_VOICE_CARRY = re.compile(r"(?i)(?<![\w'’])(?:%s)(?![\w'’])" % "|".join(map(re.escape, _LEX["voice_carry_words"])))


def _voice(ctx: Discourse, text: str, pos: int) -> tuple[str, int] | None:
    """(thread21) The sender of the chat message the position ``pos`` is in and where its words begin, when its line
    opens with one ("Kai: legend. back at 11.40"), else None. (The text's senders are counted once, at the first
    need, in one pass over its lines: ``ctx.voices``; a line is read back to its start, at most _VOICE_REACH
    characters: a longer line is no chat message, and each call is bounded whatever the text's length.)"""
    lo = max(0, pos - _VOICE_REACH)
    ls = text.rfind("\n", lo, pos) + 1
    if ls == 0 and lo > 0:
        return None
    m = _VOICE.match(text, ls)
    if m is None or m.end() > pos:
        return None
    if ctx.voices is None:
        ctx.voices = Counter(v[1].strip().lower() for v in _VOICE_LINE.finditer(text))
    return m[1].strip().lower(), m.end()
_HEADLINE_NOT = {w.lower() for w in lexicon()["caps_chat_persons"]} | set(lexicon()["personal_words"])
# headlinese drops auxiliaries and copulas ("Police arrest man", not "police are arresting a man"): a
# line with one is a sentence of a chat or a notice ("Wednesday should be quieter", "Tuesday is my day off")
_HEADLINE_AUX = {w for k in ("aux_present", "aux_past", "aux_future", "verb_modals") for w in lexicon()[k]}


_PERSONAL_WORD = re.compile(r"(?<![\w'’])(?:%s)(?![\w'’])" % "|".join(map(re.escape, sorted(_HEADLINE_NOT, key=len, reverse=True))), re.I)
_QUOTES = re.compile("[\"“”]|``|''")


def _own_day_return(text: str, s0: int, men: Mention, dct: date, future: bool = False) -> bool:
    """(social46, §271) Whether ``men`` is a weekday (alone, or a clock's day: "10:30 on Tuesday") with no "this", "next"
    nor "last", naming the day of writing's own weekday, after a word of return or reopening of lexicon
    ``same_weekday_return_words`` in its clause (no stop, comma or line break between), or told in the future (``future``)."""
    if men.kind == "weekday":
        d = men.data
        if d.get("rel") or d.get("the") or d.get("weeks_after") or d.get("possessive"):
            return False
        wd = d.get("weekday")
    elif men.kind == "time" and "weekday" in (men.data.get("dref") or {}):
        ref = men.data["dref"]
        if ref.get("rel") or ref.get("divider"):
            return False
        wd = ref["weekday"]
    else:
        return False
    lo = max(s0, men.start - _OWN_DAY_RETURN_REACH)
    return wd == dct.isoweekday() and (_OWN_DAY_RETURN.search(text, lo, men.start) is not None
                                       or future and _OWN_DAY_WILL.search(text, lo, men.start) is not None)


_OWN_DAY_RETURN = _re(r"(?i)(?<![\w'’])(?:{same_weekday_return_words})(?![\w'’])[^.!?;,\n]{0,40}$")
# (§271) a future told with its auxiliary in the day's clause: "The market will close at 1pm on Friday" (not "Booked for
# Sunday teatime", a plan's reading of a review's visit)
_OWN_DAY_WILL = _re(r"(?i)(?:(?<![\w'’])(?:{same_weekday_will_words:bare})|(?:{same_weekday_will_clitics:bare}))(?![\w'’])[^.!?;,\n]{0,40}$")
_OWN_DAY_RETURN_REACH = 60


def _personal(text: str, s0: int, s1: int, men: Mention) -> bool:
    """Whether the words around an expression (100 characters before it, 60 after, in its
    sentence) speak for someone ("I", "we", "you"...) outside quotation marks: a person's own words."""
    a, b = max(s0, men.start - 100), min(s1, men.end + 60)
    # (newswire32) a word in capitals is no person's, "the US Open", nor a letter of an abbreviation, "the U.S. Open"
    # (a chat's "U free Friday?" and "I" are)
    return any(not (w := m.group(0)).isupper() or w == "I" or (len(w) == 1 and text[m.end():m.end() + 1] != ".")
               for m in _PERSONAL_WORD.finditer(text, a, b)) and _QUOTES.search(text, s0, s1) is None


def _headline_like(line: str) -> bool:
    """A line as headlinese writes it: opens with a capital, no closing stop, no "!" or "?", no
    speaker before a colon, no word that addresses someone or speaks for one ("I", "we", "you",
    "my"...), no auxiliary (headlinese drops them: "Police arrest man", not "police are arresting a
    man"; "Wednesday should be quieter", "Tuesday is my day off" are a chat's or a notice's)."""
    line = line.strip()
    return bool(line) and line[0].isupper() and line[-1] not in ".!?:;\"" and "!" not in line and "?" not in line \
        and len(line.split()) <= 12 and _SPEAKER.match(line) is None \
        and not any(w in _HEADLINE_NOT or w in _HEADLINE_AUX for w in re.findall(r"[a-z'’]+", line.lower()))


# (informal7) the marks of a chat's or a post's register: an @handle, an emoji, "!!" or "?!", a
# word of texting (lower case, as typed); read in a bounded window around an expression
_CHAT_MARKS = re.compile(r"(?<![\w@])@[A-Za-z0-9_]{2,}|[\u2600-\u27bf\U0001f000-\U0001faff]|[!?]{2}"
                         r"|(?<![\w'’])(?:%s)(?![\w'’])" % "|".join(map(re.escape, _LEX["chat_register_words"])))
_CHAT_REACH = 300
# (left20b) a question that invites to what was just named, "Bday drinks Saturday!\nwho's in?", "quiz Thursday, anyone
# in?": the talk is a plan, its weekday one to come (read in the _INVITATION_REACH characters after the weekday)
# (posts32, §114) after an event's weekday: its "'s" and at most three words of the event's noun ("Saturday's home game";
# after the weekday alone, no word: "He said on Friday the match has been postponed" is the saying's Friday),
# then a perfect of calling it off (lexicon calling_off_perfects); read in _CALLED_OFF_REACH characters after the weekday
_CALLED_OFF_AFTER = re.compile(r"(?i)(?:['’]s(?:[ \t]{1,3}[\w'’-]{1,20}){0,3}?)?[ \t]{0,3}(?:%s)(?![\w'’])" % "|".join(
    re.escape(w).replace(r"\ ", r"[ \t]{1,3}").replace("'", "['’]").replace(r"\['’]", "['’]") for w in _LEX["calling_off_perfects"]))
_CALLED_OFF_REACH = 110
# (mood39, §164) a weekday that is the thing moved: the subject of a passive of moving, after its "'s" and at most three
# words of the event's noun ("Monday's moved to 6:30", "Friday got pushed to 8", "Saturday's class is changed to 10"), or
# the object of an active verb of moving right before it ("we've brought Sunday forward to 9", "coach moved Wednesday's
# session to 7"); the new time ("to", "till") or the way it moved ("forward", "back") after it. Read in _MOVED_REACH
# characters after the weekday and _MOVED_VERB_REACH before it; a past time told for the moving in _MOVED_ANCHOR_REACH
# characters either side (its sentence) keeps the tense's reading
_MOVED_POSS = r"(?:['’]s(?:[ \t]{1,3}(?!(?:{moved_noun_not_words:bare})(?![\w'’]))[\w-]{1,20}){0,3}?)?"
_MOVED_HOW = r"(?:[ \t]{1,3}(?:{clock_move_particles:bare})(?:[ \t]{1,3}(?:{reschedule_prepositions:bare}))?|[ \t]{1,3}(?:{reschedule_prepositions:bare}))(?![\w'’])"
_MOVED_PASSIVE_AFTER = _re(r"(?i)" + _MOVED_POSS + r"(?:['’]s(?:[ \t]{1,3}(?:{been_form:bare}))?|[ \t]{1,3}(?:{moved_subject_auxiliaries:line}))?"
                           r"[ \t]{1,3}(?:{moved_participles:bare})" + _MOVED_HOW)
# (after an active verb: the possessive's noun or a particle, or else a time after "to": "moved Monday to 6", not "we moved
# Monday to Leeds", a day of moving house)
_MOVED_ACTIVE_AFTER = _re(r"(?i)(?:['’]s(?:[ \t]{1,3}(?!(?:{moved_noun_not_words:bare})(?![\w'’]))[\w-]{1,20}){1,3}?" + _MOVED_HOW
                          + r"|[ \t]{1,3}(?:{clock_move_particles:bare})(?![\w'’])|[ \t]{1,3}(?:{reschedule_prepositions:bare})[ \t]{1,3}"
                          r"(?:\d|(?:{weekdays}|{short_weekdays}|{moved_time_targets:line})(?![\w'’])))")
_MOVED_VERB_BEFORE = _re(r"(?i)(?<![\w'’])(?:{clock_move_verbs})[ \t]{1,3}$")
_MOVED_NOT_AFTER = _re(r"(?i)(?<![\w'’])(?:{moved_subject_not_after:bare})[ \t]+$")
_MOVED_PAST_ANCHOR = _re(r"(?i)(?<![\w'’])(?:{moved_past_times:line})(?![\w'’])")
_MOVED_REACH = 90
_MOVED_VERB_REACH = 24
_MOVED_ANCHOR_REACH = 80


def _moved_day(text: str, s0: int, s1: int, start: int, end: int) -> bool:
    """(mood39, §164) Whether the weekday at ``start``-``end`` is the thing a verb of moving moves, with its new time or
    its way after it, and no past time told for the moving in its sentence: one moves only what has not happened yet,
    so the day moved is the one to come. Bounded: _MOVED_REACH characters after, _MOVED_VERB_REACH before and
    _MOVED_ANCHOR_REACH either side for the anchor."""
    hi = min(len(text), end + _MOVED_REACH)
    before = max(s0, start - _MOVED_VERB_REACH)
    if _MOVED_PASSIVE_AFTER.match(text, end, hi) is not None:
        if _MOVED_NOT_AFTER.search(text, max(s0, start - 12), start) is not None:
            return False   # "On Monday he was moved": the time of a passive, no subject
    elif not (_MOVED_VERB_BEFORE.search(text, before, start) is not None and _MOVED_ACTIVE_AFTER.match(text, end, hi) is not None):
        return False
    return _MOVED_PAST_ANCHOR.search(text, max(s0, start - _MOVED_ANCHOR_REACH), min(s1, end + _MOVED_ANCHOR_REACH)) is None


_INVITATION = re.compile(r"(?i)(?<![\w'’])(?:%s)\s*\?" % "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]?") for w in _LEX["invitation_questions"]))
_INVITATION_REACH = 120
# (speed3) the kinds of _CHAT_MARKS, looked for one by one (``_chat_register``)
_CHAT_HANDLE = re.compile(r"(?<![\w@])@[A-Za-z0-9_]{2,}")
_CHAT_PICTOGRAPH = re.compile(r"[\u2600-\u27bf\U0001f000-\U0001faff]")
_CHAT_WORDS = frozenset(_LEX["chat_register_words"])
_CHAT_RUN = re.compile(r"(?<![\w'’])[\w'’]+")
# (speed11) the runs of _CHAT_RUN found with no look-behind (a class first: the engine skips to a word character and
# takes its run whole, where the look-behind first had it tried at every character); ``_chat_runs``
_CHAT_RUN_ANY = re.compile(r"[\w'’]+")
_HEAD_YEAR_REACH = 2000   # (past) characters from a heading's year to the list lines that take it
_AGE_UNITS_ALWAYS = frozenset(_LEX["age_units_always"])   # (howto) "until 12 weeks old": an age tagged in any register
_SHORT_UNIT = re.compile(r"(?i)\d\s*(?:%s)\b" % "|".join(map(re.escape, _LEX["short_unit_words"])))   # (past) a unit written short: a post's register
# (values2, sixteenth session) a word of an activity or of a part of the day in a clock time's own clause
# tells the half of the day of an hour said without am/pm ("alarm at 5.30", "home from brekkie by 10",
# "can't get there till 7.30, working late"), over the clock times around it (``resolve._time``); the clause:
# its sentence and line, at most _HALF_CUE_REACH characters either side, no other clock time between
_EVENING_ACTIVITY_CUE = _re(r"(?i)(?<![\w'’])(?:{evening_activity_words})(?![\w'’])")
# (not lexicon social_plan_words: tried for "come round around 8 on Friday", pooled informalB30 83.69 -> 83.66)
_ACTIVITY_BEFORE = _re(r"(?i)(?<![\w'’])(?:{evening_activity_words})(?![\w'’])[^\n,.;:!?()]*$")
_ACTIVITY_REACH = 24   # (ranges25) characters before a clock time read for the activity it is of ("band practice around 8")
# ((ranges25) and the activity of the clause: "choir is 7-9 on Tuesday", "training at 7 on thurs" the evening's, "breakfast
# club at 8" the morning's: lexicon `evening_activity_words` / `morning_activity_words`)
_HALF_CUES = (("am", _re(r"(?i)(?<![\w'’])(?:{morning_clause_words}|{morning_activity_words})(?![\w'’])"), range(4, 12)),
              ("pm", _re(r"(?i)(?<![\w'’])(?:{clause_evening_cues}|{home_visit_words})(?![\w'’])"), range(5, 12)),
              ("pm", _re(r"(?i)(?<![\w'’])(?:{clause_afternoon_cues})(?![\w'’])"), range(1, 7)),
              # (ranges25) an activity tells only 7 and 8, the hours a morning's and an evening's session both start at
              # ("training at 10" on a Saturday is the morning's, a work training's "10 and 2" the day's); last, so that
              # ``_plan_half`` (which reads the three entries above) is unchanged
              ("pm", _EVENING_ACTIVITY_CUE, range(7, 9)),
              # (twenty-sixth session, dayparts27) "tea" the evening meal ("is the cook still doing tea at 6:30?"): an
              # hour of 5-9 (lexicon evening_meal_cues; not after a word of evening_meal_not_after, "morning tea", "a cup
              # of tea", nor before one of evening_meal_not_before, "tea break")
              ("pm", _re(r"(?i)" + "".join(r"(?<!%s )" % re.escape(w) for w in _LEX["evening_meal_not_after"])
                         + r"(?<![\w'’-])(?:{evening_meal_cues})(?:['’]s)?(?![\w'’-])(?![ \t]+(?:{evening_meal_not_before})(?![\w'’]))"),
               range(5, 10)),
              # (twenty-eighth session, dayhalf29) a theatre's rehearsal week, a late shift: "tech week starts tomorrow, 7
              # till 10", "dress rehearsal tmrw, 7 till 10" (lexicon talk_evening_cues; an hour of 6-10)
              ("pm", _re(r"(?i)(?<![\w'’])(?:{talk_evening_cues})(?![\w'’])"), range(6, 11)),
              # (the lead, thirty-ninth session, §190) the day's last service is late, its first early: "last train's at
              # 11:52", "the last ferry back is 10:30" (an hour of 7-11 the evening's), "first bus is at 6.10", "the first
              # train out is 5:42" (an hour of 4-9 the morning's); lexicon service_edge_* and service_nouns
              ("pm", _re(r"(?i)(?<![\w'’])(?:{service_edge_last})[ \t]+(?:{service_nouns})(?![\w])"), range(7, 12)),
              ("am", _re(r"(?i)(?<![\w'’])(?:{service_edge_first})[ \t]+(?:{service_nouns})(?![\w])"), range(4, 10)))
_HALF_CUE_REACH = 40
# (hours43, §229) an alternative's day right before a cue word after the clock: "at 5 or Sunday morning", "after 6 or
# tomorrow night" (lexicon half_cue_alternative_joins); bounded: 32 characters before the cue
_ALT_DAY_BEFORE_CUE = _re(r"(?i)(?<![\w'’])(?:{half_cue_alternative_joins:line})[ \t]{1,3}(?:(?:{half_cue_alternative_day_dets:bare})[ \t]{1,3})?"
                          r"(?:{weekdays:bare}|{short_weekdays:bare}|{deictic_days:bare})[ \t]{1,3}$")
# (dayhalf29) "practice tonight at 7? / same time tmrw, 7 sharp": the occasion said again (lexicon same_time_words), at most
# _SAME_TIME_REACH characters before the hour on its line; the half of the same hour said before (``resolve._echoed_clock``)
_SAME_TIME_BEFORE = _re(r"(?i)(?<![\w'’])(?:{same_time_words})(?![\w'’])[^\n.!?]*$")
_SAME_TIME_REACH = 30
_SAME_OCCASION_REACH = 80   # (dayhalf29) characters before "same time ... 7" read on its line for the occasion's evening
# (left21) a day named as a reason for leaving early or not staying late: "work tomorrow", "got an early start tmrw",
# "can't stay late, school tomorrow": a word of lexicon `reason_day_words` right before the day, opening its clause (the
# line's start, a stop, a comma, "tho"/"cos"/"because", or "got"/"have" after one); read in the _REASON_DAY_REACH
# characters before the day (bounded per day)
_REASON_DAY = _re(r"(?i)(?:^|(?<=[\n,;.!?(])|(?<![\w'’])(?:{reason_day_openers:bare}))[ \t]*"
                  r"(?:(?:{reason_day_subjects:bare})(?:['’]?(?:{reason_day_have_clitics:bare})|[ \t]+(?:{reason_day_have:bare}))?[ \t]+|(?:{reason_day_subjects:bare})[ \t]+(?:{reason_day_have_got:bare})[ \t]+)?"
                  r"(?:(?:{reason_day_auxiliaries:bare})[ \t]+)?(?:{reason_day_words})[ \t]+$")
_REASON_DAY_REACH = 40
_SETTLE_HALF_REACH = 400   # (left20b) characters before a settling clock time read for the plan's occasion


_CHAT_DAY_DIVIDER_LINE = _re(r"(?im)^[ \t\-–—─━=_~*·•|]{0,24}(?:{chat_divider_day_words})[ \t\-–—─━=_~*·•|]{0,24}$")


def _plan_half(text: str, men: Mention) -> None:
    """(left20b) "Bday drinks Saturday! ... see you at 8 then": a bare hour of 5-11 that settles a plan is in the
    half of the day of the plan's occasion, an evening's word ("drinks", "dinner", "party", `clause_evening_cues`) in
    the _SETTLE_HALF_REACH characters before it and no morning's word there ("brunch Sunday? ... see you at 10 then")."""
    lo = max(0, men.start - _SETTLE_HALF_REACH)
    for dv in _CHAT_DAY_DIVIDER_LINE.finditer(text, lo, men.start):
        lo = dv.end()   # ((slack46, §269) not across a chat's "Today" divider: yesterday's "tonight" is another plan's)
    if _HALF_CUES[1][1].search(text, lo, men.start) is not None and _HALF_CUES[0][1].search(text, lo, men.start) is None \
            and _HALF_CUES[2][1].search(text, lo, men.start) is None:
        men.data["hour"] += 12
        men.data["half_cue"] = "pm"
_OPENING_BEFORE = _re(r"(?i)(?<![\w'’])(?:{clause_opening_words})\s+(?:(?:{opening_before_prepositions:bare})\s+)?$")


def _clause_half(text: str, sentence: tuple[int, int], near: list[Mention], men: Mention) -> None:
    """Set the half of the day of ``men`` (a clock time said without am/pm) from a cue word in its
    clause: ``data["half_cue"]`` ("am"/"pm") and its hour, where the words of one half only are there
    and the hour is one that half holds (a morning's 4-11, an evening's 5-11, an afternoon's 1-6). A word
    nearer another clock time of the sentence is that one's ("bed before 10 because we leave at 7"), one set off
    by a comma from it farther than any not ("standup at 9am, then drinks at the pub at 8": the 8's)."""
    lo = max(sentence[0], men.start - _HALF_CUE_REACH, start_of_line(text, men.start))
    hi = min(sentence[1], men.end + _HALF_CUE_REACH)
    nl = text.find("\n", men.end, hi)
    if nl >= 0:
        hi = nl
    # (whatsapp46, §277) not a message's stamp on its line ("[29/3/26, 9:15:09 am] Wei Ling: makan tonight? hawker
    # centre at 7"): the moment it was sent is no clock of its clauses, the cue nearer it is the 7's all the same
    others = [o for o in near if o is not men and o.kind == "time" and o.rule not in _STAMP_RULES]

    def dist(s0: int, e0: int, o: Mention) -> int:
        # (characters between; a comma between them sets the word apart: "standup at 9am, then drinks at the pub at 8")
        gap = (e0, o.start) if e0 <= o.start else (o.end, s0) if s0 >= o.end else (0, 0)
        return gap[1] - gap[0] + (_HALF_CUE_REACH * 4 if text.find(",", gap[0], gap[1]) >= 0 else 0)

    halves = set()
    hits = []
    for half, pat, hours in _HALF_CUES:
        if pat is _EVENING_ACTIVITY_CUE:
            # (ranges25) the activity the clock time is of: right before it, nothing but a few words and no stop between
            # ("choir is 7-9", "training at 7", "band practice at quarter to 8"); it says nothing of another hour
            c = _ACTIVITY_BEFORE.search(text, max(lo, men.start - _ACTIVITY_REACH), men.start)
            if c is not None and men.data["hour"] % 12 in hours:
                halves.add(half)
                hits.append((half, hours))
            continue
        for c in pat.finditer(text, lo, hi):
            if c.start() >= men.end and _ALT_DAY_BEFORE_CUE.search(text, max(men.end, c.start() - 32), c.start()):
                continue   # (hours43, §229) "Saturday at 5 or Sunday morning": the other day's half
            mine = dist(c.start(), c.end(), men)
            if all(dist(c.start(), c.end(), o) > mine for o in others):
                halves.add(half)
                hits.append((half, hours))
                break
    if len(halves) != 1:
        return
    if halves == {"pm"} and _OPENING_BEFORE.search(text, max(lo, men.start - 24), men.start):
        return   # an opening time: "Bar open from 11 till late" (a place opens by day)
    h = men.data["hour"]
    for half, hours in hits:
        if h % 12 in hours:
            men.data["hour"] = h % 12 + (12 if half == "pm" else 0)
            men.data["half_cue"] = half
            return


# (ampm34, §125) a request to move a booking from one day to another, then a reason of conflict that opens its clause and
# holds the clock time: "can we move thurs to fri? got a shift at Primark till 5", "could we switch Tuesday to
# Wednesday, I'm working till 6". The verb (lexicon move_day_verbs) at most _MOVE_VERB_REACH characters before the first
# day (an owner and a noun of the booking between: "move my lesson from Mon to Tues"), one link word between the days,
# the reason right after the second day and a "?", "," or "." (blanks bounded), the clock time at most _MOVE_REASON_REACH
# characters after the second day, no line break between
_MOVE_VERB = _re(r"(?i)(?<![\w'’])(?:{move_day_verbs})[ \t]{1,3}(?:(?:{move_day_owners})[ \t]{1,3})?(?:(?:{move_day_nouns})[ \t]{1,3})?(?:(?:{move_day_from})[ \t]{1,3})?$")
_MOVE_LINK = _re(r"(?i)[ \t]{1,3}(?:{move_day_links})[ \t]{1,3}")
_MOVE_REASON = _re(r"(?i)[ \t]{0,3}[?,.!]{1,3}[ \t]{0,3}(?:(?:{move_day_reasons})(?![\w'’]))")
_MOVE_VERB_REACH = 40
_MOVE_REASON_REACH = 80
_MOVE_DAY_KIND = "weekday"   # (the two days of a move are weekdays: "thurs to fri", "Tuesday to Wednesday")


def _moved_from(text: str, near: list[Mention], men: Mention) -> int | None:
    """(ampm34, §125) Where the day given up starts, when ``men`` (a clock time with no day of its own) is in a reason of
    conflict right after a request to move a booking from that day to another ("can we move thurs to fri? got a shift
    at Primark till 5": Thursday's 17:00); else None."""
    days = [o for o in near if o.kind == _MOVE_DAY_KIND and o.end <= men.start]
    if len(days) < 2:
        return None
    x, y = days[-2], days[-1]
    if men.start - y.end > _MOVE_REASON_REACH or text.find("\n", x.start, men.start) >= 0:
        return None
    if _MOVE_LINK.fullmatch(text, x.end, y.start) is None or _MOVE_REASON.match(text, y.end) is None:
        return None
    if _MOVE_VERB.search(text, max(0, x.start - _MOVE_VERB_REACH), x.start) is None:
        return None
    return x.start


_NEXT_CLOCK_REACH = 80   # (informal7) characters from an hour to the later clock time that tells its half of the day
# (clock) a clock time in a condition's clause ("If it isn't back by 6pm I can book ... tomorrow"): no
# later day of the sentence is its day; read at most _CONDITION_REACH characters back
_CONDITION = re.compile(r"(?i)(?<![\w'’])(?:%s)(?![\w'’])[^,.;:!?\n]*$" % "|".join(map(re.escape, _LEX["condition_words"])))
_CONDITION_REACH = 60
# (clock) a yes right before a clock time ("yep! 9am sharp"), at most _YES_REACH characters before it
_YES_BEFORE = re.compile(r"(?i)(?<![\w'’])(?:%s)[!.,]*[ \t]*$" % "|".join(map(re.escape, _LEX["chat_yes_words"])))
_YES_REACH = 16
_DAY_RIGHT_AFTER = 3   # a day written right after the time is still its day ("if you come at 6pm tomorrow")
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
# (values3) a first or second person's present copula and at most two words (a state: "busy", "off", "away all")
# right before a weekday ("on" between them allowed)
_PERSON_STATE_BEFORE = _re(r"(?i)(?<![\w'’])(?:{person_state_words:bare})"
                             r"(?:\s+[a-z]+){1,2}\s+(?:(?:{person_state_on:bare})\s+)?$")
_PERSON_STATE_REACH = 40   # characters before the weekday read for it
# (values3) a present perfect near "this week" ("has been", "'ve had", "'s flown"): the week up to the day of writing
_PERFECT_NEAR = _re(r"(?i)(?<![\w'’])(?:{perfect_near_auxiliaries:bare}|[a-z]+['’](?:{perfect_clitics:bare}))\s+(?:(?:{perfect_adverbs:bare})\s+)?(?:{perfect_participles:bare}|[a-z]{2,}(?:{perfect_participle_endings:bare}))(?![\w'’])")
_PERFECT_REACH = 40   # characters either side of the expression read for it
# (informal7) "I'm still recovering from Sunday": a present of what a past day left (not a day to come)
_AFTERMATH_BEFORE = re.compile(r"(?i)(?<![\w'’])(?:%s)(?![\w'’])" % "|".join(map(re.escape, _LEX["chat_aftermath_words"])))
# (informal7) a notice's head: one to three words, the first not an article or a pronoun, then a
# word of closing ("Pool closed ", "Leisure centre shut on "), and its reason after the day
_NOTICE = _re(r"\W*(?:@?\w+:\s+)?(?!(?:%s)\b)[A-Za-z][\w'’&-]*(?:\s+[\w'’&-]+){0,2}\s+(?:%s)\s+(?:(?:{notice_on:bare})\s+)?$" % (
    "|".join(map(re.escape, _LEX["tense_determiners"] + _LEX["subject_pronouns"])), "|".join(map(re.escape, _LEX["notice_states"]))), re.I)
_NOTICE_WHY = _re(r"(?:\s+(?:{notice_why_parts:bare}))?,?\s+(?:%s)\b" % "|".join(map(re.escape, _LEX["notice_reasons"])), re.I)
_NOTICE_HEAD = 60
# (newswire31) "Markets were closed Wednesday for the New Year holiday": a past auxiliary before the state word makes it a
# report of a closure gone, no notice (the slice read is the notice head's, at most _NOTICE_HEAD characters)
_NOTICE_PAST = _re(r"(?<![\w'’])(?:{aux_past:bare})[ \t]{1,3}[A-Za-z]+[ \t]{1,3}(?:(?:{notice_on:bare})[ \t]{1,3})?$", re.I)
# (holidays30, §104) a notice's "closed" / "shut" right before a date or a holiday ("CLOSED 1st & 2nd Jan", "Library
# closed 2-3 June", "sorry Aoife closed Christmas Day as always"): an adjective, no past. At most three words before it
# (none a pronoun or a determiner: "we closed on 2 June" is a report), then "on"/"for", then at most three days of the
# month joined by "&", "-", ","; matched on the sentence's first _NOTICE_HEAD characters only (bounded)
_NOTICE_DATE = _re(r"\W*(?:\d{1,2}/[ \t]{1,3})?(?:@?\w+:\s+)?(?:(?!(?:%s)\b)(?P<head>[A-Za-z][\w'’&-]*(?:\s+[\w'’&-]+){0,3})\s+)?(?:{notice_date_states:bare})\s+"
                   r"(?:(?:{notice_date_joins:bare})\s+)?(?:(?:{notice_date_articles:bare})\s+)?(?:(?:(?:{notice_date_articles:bare})\s+)?\d{1,2}(?:{ordinal_suffixes:bare})?\s*(?:{notice_date_day_joins:bare})\s*){0,3}$" % (
    "|".join(map(re.escape, _LEX["tense_determiners"] + _LEX["subject_pronouns"]))), re.I)
# (no word of the head a pronoun or a determiner either, not only its first: "last year we closed on the 1st" is a report)
# ((holidays34, §126) a thread's number before it, "3/ Field & dressing rooms closed bank holiday Monday for the pitch to
# be re-sanded", and a head of four words, "&" one of them)
# (bankhol31, §109) the join between two days of one notice ("Christmas Day and Stephen's Day"), the whole gap
_NOTICE_JOINED = _re(r"[ \t]{0,3}(?:{notice_date_day_joins:bare})[ \t]{1,3}$")
_NOTICE_DATE_NOT = frozenset(_LEX["notice_date_not_words"] + _LEX["subject_pronouns"] + _LEX["tense_determiners"])


# (days) what a post's date or holiday to come has not before it: "since before christmas", "back in March"
_SINCE_BEFORE = _re(r"(?i)(?<![\w'’])(?:{since_before_words:bare})(?![\w'’])[^.!?\n]{0,24}$")
_ISSUED_SPAN = _re(r"(?i)(?<![\w'’])(?:{issued_span_auxiliaries:bare})\s+(?:(?:{issued_span_just:bare})\s+)?(?:(?:{issued_span_been:bare})\s+)?(?:{span_issuing_verbs})(?![\w'’])[^.;!?\n]*?(?<![\w'’])(?:{issued_span_edges:bare})\s+(?:(?:\d[\d:.]*\s*(?:[ap]\.?m\.?)?|{issued_span_fillers:bare})\s+){0,3}$")
_WEEKDAY_SAID = _re(r"(?i)(?<![\w'’])(?:(?:{month_said_subjects})\s+(?:{plan_said_verbs})|(?:{weekday_said_did:bare})\s+(?:{month_said_subjects})\s+(?:{weekday_said_verbs:bare}))(?:\s+(?:{weekday_said_on:bare}))?\s+$")
# (sift, twelfth session) an hour right after someone's word of a plan: "he said about 10", "they said between 10 and 12"
_CLOCK_SAID = _re(r"(?i)(?<![\w'’])(?:{month_said_subjects})\s+(?:{plan_said_verbs})\s+(?:(?:{bare_hour_approximators}|{clock_said_prepositions:bare})\s+)?$")
_IN_BEFORE = _re(r"(?i)(?<![\w'’])(?:{in_before_prepositions:bare})\s+$")
_IMPERATIVE_REACH = 60
_CLAUSE_WORDS = tuple(" %s " % w for w in _LEX["imperative_clause_words"]) + tuple(" %s " % w.capitalize() for w in _LEX["imperative_clause_words"])   # a clause opened by one of these
_IMPERATIVE = _re(r"(?i)[ \t]*(?:(?:{imperative_please:bare})[ \t]+(?:(?:%s)|(?:%s))|(?:%s))(?![\w'’-])" % (
    "|".join(map(re.escape, _LEX["imperative_verbs"])), "|".join(map(re.escape, _LEX["imperative_past_like"])),
    "|".join(map(re.escape, _LEX["imperative_verbs"]))))
_GONE_BEFORE = re.compile(r"(?i)(?<![\w'’])(?:%s)\s+$" % "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _LEX["post_gone_before"]))
_GONE_MODIFIER_BEFORE = re.compile(r"(?i)(?<![\w'’])(?:%s)\s+$" % "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _LEX["post_gone_modifier_before"]))
_NOUN_AFTER_MONTH = _re(r"[ \t]+(?!(?:{month_noun_not_words:bare})\b)[a-z][a-z-]{2,}")
_NEXT_BEFORE = _re(r"(?i)(?<![\w'’])(?:{next_before_words:bare})(?![\w'’])[^.!?\n,]{0,16}$")   # (days) "next one is 6/9"
# (numdates28) a plan's verb right after a bare day of the month ("the 21st works", lexicon ordinal_day_plan_next; not "ok",
# "then", "is fine": a story goes on with them, "on the 14th then we"; no "?": "the 5th?" may ask of a day
# gone), and a limit's word right before it ("b4 the 30th"): bounded, one word before (8 characters) and after
_ORD_PLAN_AFTER = re.compile(r"(?i)[ \t]+(?:%s)(?![\w'’])" % "|".join(map(re.escape, _LEX["ordinal_day_plan_next"])))
_ORD_AHEAD_BEFORE = re.compile(r"(?i)(?<![\w'’])(?:%s)\s+$" % "|".join(map(re.escape, _LEX["ordinal_day_ahead_words"])))
_SHORT_PLAN_AFTER = re.compile(r"(?i)\s*\?|\s+(?:%s)(?![\w'’])" % "|".join(map(re.escape, _LEX["weekday_plan_words"])))


def _message_of(text: str, sentence: tuple[int, int], men: Mention) -> tuple[int, int]:
    """(sift) The part of ``sentence`` around ``men`` between a chat's full stops before a lower-case
    word ("... down for 40 mins last year. school opens at 9"), which the splitter keeps in one sentence."""
    # (bounded: at most _MESSAGE_REACH characters either side, whatever the sentence's length)
    s0, s1 = max(sentence[0], men.start - _MESSAGE_REACH), min(sentence[1], men.end + _MESSAGE_REACH)
    lo = max((m.end() for m in _MESSAGE_CUT.finditer(text, s0, men.start)), default=s0)
    hi = _MESSAGE_CUT.search(text, men.end, s1)
    return lo, hi.start() if hi else s1


_MESSAGE_REACH = 300


def _imperative_clause(text: str, s0: int, pos: int) -> bool:
    """(sift) Whether the clause ``pos`` stands in opens with an imperative ("text me sat nite to confirm",
    "come Saturday at 11?", "pls put holiday requests in by friday"): a verb of the lexicon's
    imperative_verbs first in its clause (after a sentence start, a line break, a comma, ";" or
    "but"/"so"), or one that is also a past form ("put", "let", "set") after "pls"/"please".
    Reads at most _IMPERATIVE_REACH characters before ``pos``."""
    lo = max(s0, pos - _IMPERATIVE_REACH)
    # ((speed8) the calls spelled out: no generator frame per call)
    cut = max(lo, text.rfind(",", lo, pos) + 1, text.rfind(";", lo, pos) + 1, text.rfind(":", lo, pos) + 1,
              text.rfind("\n", lo, pos) + 1, text.rfind("!", lo, pos) + 1, text.rfind("?", lo, pos) + 1,
              text.rfind(".", lo, pos) + 1)
    top = cut
    for w in _CLAUSE_WORDS:   # "... but come Saturday"
        if (k := text.rfind(w, top, pos)) >= 0 and k + len(w) > cut:
            cut = k + len(w)
    return _IMPERATIVE.match(text, cut) is not None


_PLAN_IMPERATIVE = _re(r"(?i)[ \t]*(?:{plan_imperatives:bare})(?![\w'’-])")
_IMPERATIVE_CLAUSES = 3   # (mood39, §164) clauses of the sentence read back for the imperative one (in _IMPERATIVE_BEFORE_REACH)
_IMPERATIVE_BEFORE_REACH = 120


def _imperative_before(text: str, s0: int, pos: int) -> bool:
    """(mood39, §164) Whether the verbless clause ``pos`` stands in is opened by a verb of a plan (lexicon plan_imperatives,
    "Rest Tuesday": read only where no tense was found, the word being a noun too) or follows, in its sentence, a clause
    opened by an imperative ("Rest Tuesday, no beer Tuesday night", "Text me Friday, not Friday morning"). Reads at most
    _IMPERATIVE_CLAUSES clauses back in _IMPERATIVE_BEFORE_REACH characters."""
    lo = max(s0, pos - _IMPERATIVE_BEFORE_REACH)
    end = pos
    for _ in range(_IMPERATIVE_CLAUSES + 1):
        cut = max(lo, text.rfind(",", lo, end) + 1, text.rfind(";", lo, end) + 1)
        if _PLAN_IMPERATIVE.match(text, cut) is not None or (end < pos and _IMPERATIVE.match(text, cut) is not None):
            return True
        if cut <= lo:
            return False
        end = cut - 1
    return False


# (weekof29, §101 B1, B3) a month in a past relative clause ("is that the bank that booked in march and cancelled", "the
# family who stayed in June?": the relative's past is the month's clause, whatever the main clause's present or question),
# and the object of the Irish "'d" (had) before a determiner ("We'd a great June"). Bounded: 60 and 40 characters before.
_RELATIVE_PAST_BEFORE = _re(r"(?i)(?<![\w'’])(?:{relative_past_pronouns})\s+(?:[a-z]+(?:{adverb_suffixes})\s+)?(?:[a-z]{2,}(?:{past_suffixes})|{simple_past_forms})"
                            r"\s+(?:[a-z'’]+\s+){0,3}?(?:{month_gone_relative_prepositions})\s+$")
_RELATIVE_PAST_REACH = 60
# (from A) "... like a muppet and had to amend it in august": a coordinated past, its subject left out. Bounded: 60 characters.
_COORDINATED_PAST_BEFORE = _re(r"(?i)(?<![\w'’])(?:{coordinated_past_openers})\s+(?:(?:{past_obligation_openers})\s+[a-z]+|[a-z]{2,}(?:{past_suffixes})|{simple_past_forms})"
                               r"\s+(?:[a-z'’]+\s+){0,3}?(?:{month_gone_relative_prepositions})\s+$")
_HAD_CLITIC_MONTH = _re(r"(?i)(?<![\w'’])(?:{had_clitic_subjects})(?:{would_clitics})\s+(?:{had_clitic_determiners})\s+(?:[a-z]+\s+){0,2}$")
_HAD_CLITIC_REACH = 40
# (from A) "not sunday night like last time": the comparison's "last" is not the weekday's past. Bounded: 12 characters
# before the weekday, the comparison right after it.
_LAST_TIME_AFTER = _re(r"(?i)[ \t]+(?:{last_time_comparisons})(?![\w'’])")
_NEGATED_DAY_BEFORE = _re(r"(?i)(?<![\w'’])(?:{negation_before_day})[ \t]+$")


def _month_gone(text: str, s0: int, men: Mention) -> bool:
    """(sift) A year-less month whose words say it is one gone, whatever the clause's tense: after a
    comparison ("the same thing as in Feb", "like in March"), or modifying a noun after "from the"
    ("we could use the clip from the september gig?"): what is compared or kept has happened."""
    if men.kind != "cal" or men.data.get("year") is not None or men.data.get("grain") != "month":
        return False
    return _GONE_BEFORE.search(text, max(s0, men.start - 16), men.start) is not None or (
        _GONE_MODIFIER_BEFORE.search(text, max(s0, men.start - 16), men.start) is not None
        and _NOUN_AFTER_MONTH.match(text, men.end) is not None) \
        or _RELATIVE_PAST_BEFORE.search(text, max(s0, men.start - _RELATIVE_PAST_REACH), men.start) is not None \
        or _COORDINATED_PAST_BEFORE.search(text, max(s0, men.start - _RELATIVE_PAST_REACH), men.start) is not None \
        or _HAD_CLITIC_MONTH.search(text, max(s0, men.start - _HAD_CLITIC_REACH), men.start) is not None


def _post_to_come(text: str, shown: str, s0: int, men: Mention) -> bool:
    """(days) Whether ``men`` is a post's date, month, a week of a month, season, weekend or holiday that names what is to
    come when its tense says nothing (the register of a chat or post around it; not after "since",
    "back", "ago"; not after a word of aftermath; not a greeting, not told as gone itself)."""
    d = men.data
    if men.kind == "cal":
        if not d.get("month") or not (d.get("day") or d.get("grain") == "month"):
            return False
    elif men.kind == "season":
        if d.get("rel") is not None:
            return False
    elif men.kind == "the_period":
        if d.get("unit") != "weekend" or d.get("judged"):
            return False   # (holidays35, §132) "what a weekend!": a weekend judged is one had, no post's plan
    elif men.kind == "week_of_month":
        if d.get("year") is not None:
            return False   # (eleventh session) "the first week of March" in a post reads as "March" does
    elif men.kind == "holiday":
        if d.get("greeting") or d.get("itself_past"):
            return False
    else:
        return False
    return _chat_register(shown, men.start) and not _AFTERMATH_BEFORE.search(text, max(s0, men.start - 40), men.start) \
        and not _SINCE_BEFORE.search(text, max(s0, men.start - 40), men.start)


def _chat_register(shown: str, pos: int) -> bool:
    """Whether the text around ``pos`` (at most _CHAT_REACH characters either side, as written:
    not lower-cased) is written as chats and posts are (``_CHAT_MARKS``)."""
    a, b = max(0, pos - _CHAT_REACH), min(len(shown), pos + _CHAT_REACH)
    # (speed3) whether _CHAT_MARKS has a match there is whether one of its four kinds has: each looked
    # for on its own, the cheap ones first (an alternation with no first character to look for was
    # tried whole at each of the 600 characters): a handle where an "@" is, a pictograph in a text
    # that is not ASCII, two marks, a chat word as a whole run of word characters (its pattern's
    # look-arounds: the run that starts where none goes on before it, cut at ``b`` as the search is)
    piece = shown[a:b]
    if "@" in piece and _CHAT_HANDLE.search(shown, a, b) is not None:
        return True
    if not piece.isascii() and _CHAT_PICTOGRAPH.search(shown, a, b) is not None:
        return True
    if "!!" in piece or "!?" in piece or "?!" in piece or "??" in piece:
        return True
    return not _CHAT_WORDS.isdisjoint(_chat_runs(shown, a, b))


def _chat_runs(shown: str, a: int, b: int) -> list:
    """``_CHAT_RUN.findall(shown, a, b)``. (speed11) ``_CHAT_RUN_ANY`` finds the same runs but one: where a run
    goes on across ``a`` (a word character on both sides of it), its tail from ``a`` is found first, which the
    look-behind leaves out; every later run starts after a character that is none (each run is taken whole)."""
    runs = _CHAT_RUN_ANY.findall(shown, a, b)
    if runs and a and _CHAT_RUN_ANY.match(shown, a - 1, a) is not None and _CHAT_RUN_ANY.match(shown, a, a + 1) is not None:
        del runs[0]
    return runs


def _is_headline(text: str, s0: int, s1: int) -> bool:
    """A news headline: a short line of its own (``_is_heading``), headline-like, with a blank line
    or the text's edge on each side, or another headline-like line (a digest of headlines; a chat's
    lines are not all headline-like). Reads the line and the two lines around it."""
    if not _is_heading(text, s0, s1) or not _headline_like(text[s0:s1]):
        return False
    # (the lines around it read up to _LINE_READ characters: a longer one is prose, not headline-like)
    lo, hi = max(0, s0 - 1 - _LINE_READ), min(len(text), s1 + 1 + _LINE_READ)
    a, b = text.rfind("\n", lo, max(0, s0 - 1)), text.find("\n", s1 + 1, hi)
    if (a < 0 and lo > 0) or (b < 0 and hi < len(text)):
        return False
    before, after = text[a + 1:max(a + 1, s0 - 1)], text[s1 + 1:b if b >= 0 else hi]
    if _DAY_LINE.match(text, s0, s1) and any(_DAY_LINE.match(x) for x in (before, after)):
        # (days, twelfth session) a timetable's lines, each opened by a day ("Thursday open as normal / Good
        # Friday open till 4 / Saturday walk-ins only" under "Easter hours"): no headlines (they seldom open on one)
        return False
    return all(not x.strip() or _headline_like(x) for x in (before, after))


_OPENING_WORD = re.compile(r"(?<![\w'’])(?:%s)(?![\w'’])" % "|".join(map(re.escape, _LEX["opening_hours_words"])), re.I)
_PAST_AUX_WORD = re.compile(r"(?<![\w'’])(?:%s)(?![\w'’])" % "|".join(map(re.escape, _LEX["aux_past"])), re.I)


_ROTA_REPLY_CHARS = 600   # (rota37) how far after a list of days a reply's bare weekday may point back to it


def _rota_day(ctx, men: Mention) -> None:
    """(rota37, §142) A later item of a list of days in order ("Fri Noreen / Sat Ger / Sun Mary / Mon Tom") is the first
    such day on or after the item right before it (the list runs forward, and may cross into the next week); a bare
    weekday after the list, within _ROTA_REPLY_CHARS, that it named once ("Sun is grand for me if Mary wants to swap")
    is the list's. Reads only the last item noted (bounded memory: one tuple and at most seven days)."""
    wd, prev_end = men.data["weekday"], men.data.get("rota")
    if prev_end is not None:
        if prev_end >= 0 and ctx.rota is not None and ctx.rota[0] == prev_end:
            prev = ctx.rota[2]
            men.data["rota_day"] = (prev + timedelta(days=(wd - prev.isoweekday()) % 7), prev)
        return
    if ctx.rota is not None and ctx.rota_days and 0 <= men.start - ctx.rota[0] <= _ROTA_REPLY_CHARS \
            and ctx.rota_days.get(wd) is not None and not men.data.get("week_list"):
        men.data["rota_day"] = (ctx.rota_days[wd], None)


def _note_rota(ctx, men: Mention, p) -> None:
    """(rota37) Notes the day an item of a list of days was read as (see _rota_day); a weekday the list names twice
    is no longer one day a reply can point to."""
    if p is None or p.grain not in ("day", "part-of-day"):
        return
    wd = men.data["weekday"]
    if men.data["rota"] < 0 or ctx.rota is None or ctx.rota[0] != men.data["rota"]:
        ctx.rota_days = {}   # the run's first item
    days = ctx.rota_days
    days[wd] = p.date if wd not in days or days[wd] == p.date else None
    ctx.rota = (men.data["rota_item"][1], wd, p.date)


_WEEK_LINE_OPEN = re.compile(r"[ \t]*(?:[-*•·▪>][ \t]*)?")


def _week_line_end(text: str, men: Mention) -> int:
    """(values23) Where the line ends that the weekday ``men`` opens (after spaces or a bullet), or -1 where it does not
    open its line or the line is longer than _LINE_READ characters (reads at most that line)."""
    ls = text.rfind("\n", max(0, men.start - _LINE_READ), men.start) + 1
    if (ls == 0 and men.start > _LINE_READ) or not _WEEK_LINE_OPEN.fullmatch(text, ls, men.start):
        return -1
    le = text.find("\n", men.end, men.end + _LINE_READ)
    if le < 0:
        return len(text) if len(text) - men.end <= _LINE_READ else -1
    return le


def _timetable_line(text: str, men: Mention) -> bool:
    """(days, twelfth session) A line that opens with the weekday, holds a word of opening hours ("open", "closed",
    "walk-ins") and no past auxiliary, next to another line that opens with a day (a weekday or a holiday)."""
    a = text.rfind("\n", max(0, men.start - _LINE_READ), men.start)
    if (a < 0 and men.start > _LINE_READ) or text[a + 1:men.start].strip(" \t-•*>·|"):
        return False
    b = text.find("\n", men.end, men.end + _LINE_READ)
    b = len(text) if b < 0 else b
    line = text[men.start:b]
    if _OPENING_WORD.search(line) is None or _PAST_AUX_WORD.search(line) is not None:
        return False
    before = text[text.rfind("\n", max(0, a - _LINE_READ), max(0, a)) + 1:a] if a > 0 else ""
    nb = text.find("\n", b + 1, b + 1 + _LINE_READ)
    after = text[b + 1:nb if nb >= 0 else min(len(text), b + 1 + _LINE_READ)]
    return any(_DAY_LINE.match(x) for x in (before, after))


_DAY_LINE = re.compile(r"[^\w\n]*(?:%s)(?![\w'’])" % "|".join(
    re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]") for w in sorted(
        set(_LEX["weekdays"]) | set(_LEX["fixed_holidays"]) | set(_LEX["easter_holidays"]) | set(_LEX["weekday_holidays"])
        | set(_LEX["dated_holidays"]) | set(_LEX["dated_holiday_aliases"]) | set(_LEX["orthodox_easter_holidays"]),
        key=len, reverse=True)), re.I)


def _is_heading(text: str, s0: int, s1: int) -> bool:
    """A section title: a short line of its own without a closing full stop."""
    line = text[s0:s1].strip()
    return bool(line) and (s0 == 0 or text[s0 - 1] == "\n") and text[s1:s1 + 1] in ("\n", "") \
        and line[-1] not in ".!?:;\"" and len(line.split()) <= 12


def _heading_years(text: str, mentions: list[Mention], s0: int, s1: int) -> tuple[int, int] | None:
    """The years a heading spans: "Eastern Theater 1861-1863", "2004: Iraqi Resistance expands",
    "Relations since 1950" (open-ended)."""
    ms = [m for m in mentions if s0 <= m.start < s1 and m.kind == "cal" and m.data.get("year")
          and m.data.get("grain") in ("year", "month", "day")
          # "The Milkmaid, about 1658", "Telegraph key, c. 1845": a label dating a thing, not a section
          and not _OBJECT_DATE.search(text, max(s0, m.start - 8), m.start)]
    if not ms:
        return None
    ys = [m.data["year"] for m in ms]
    if _OPEN_RANGE.search(text[max(s0, ms[-1].start - 8):ms[-1].start]):
        return min(ys), 9999
    return min(ys), max(ys)


def _off_section(p: Point, ctx: Discourse, section) -> bool:
    """Under a heading that names its years, a date outside them, told while the story is
    inside them, is a look back or ahead: "2003: Invasion ... In November 2008, the statue..." """
    if section is None or ctx.last is None or p.grain not in ("year", "month", "day", "season"):
        return False
    y1, y2 = section
    return y1 <= ctx.last.start.year <= y2 and not y1 <= p.start.year <= y2


# a year of three digits without its era, told while the story is in years BC this close to
# its year, is a year BC ("431 BC ... the next year ... in 429"); a story that crosses into
# the common era says so ("AD 14")
_BC_STORY_REACH = 200


# ---- a history that speaks of the day of writing (sixth session, "history") ----------------------
# the kinds of a time counted from the day of writing that frame the year-less dates after it in
# their sentence ("This year we celebrate our 225th anniversary with a festival on 26 October")
# (news7) "last April", "on Monday" read from the day of writing turn their sentence to it too:
# "... since last April and expects to report by the end of the year"
_NOW_KINDS = frozenset(("deictic_day", "deictic", "rel_month", "weekday"))
_AGO_BEFORE = _re(r"\b(?:{offset_directions})\s+$", re.I)   # "386 years ago today"
_ACCESSION = _re(r"\b(?:{accession_words})\b", re.I)
_ACCESSION_OPENER = _re(r"[^\w]{0,3}(?:{accession_year_openers})\s{1,3}\Z", re.I)   # (history32) "In" before the year
# a subject of at most four words between ("In 1066 William the Conqueror was crowned"): not "In 1520, two
# years before the Pope was crowned, ..."
_ACCESSION_AFTER = _re(r",?(?:[ \t]{1,2}[\w'’.-]+){0,4}?[ \t]{1,2}(?:{accession_words})\b", re.I)
# (speed, twelfth session) the longest word of each (the rarest: "throne", not "came"): every match
# of _ACCESSION holds one (``_may_hold``)
_ACCESSION_NEEDLES = tuple(sorted({max(w.lower().split(), key=len) for w in _LEX["accession_words"]}))


def _needles_of(phrases) -> tuple | None:
    """(speed6) ``_may_hold``'s needles for a case-blind pattern that spells ``phrases`` (each
    literal, any white space or one space between its words: ``lang.word_re``, ``re.escape``):
    the longest word of each, lower case; a match holds its phrase's as written. None (no check)
    where a phrase has no word or its longest is not ASCII (case folding beyond ASCII)."""
    out = set()
    for w in phrases:
        words = w.lower().split()
        if not words:
            return None
        out.add(max(words, key=len))
    return tuple(sorted(out)) if all(n.isascii() for n in out) else None


# (speed6) the searches of the 24-48 characters before a dated mention for a case-blind phrase (tried
# at every character: ~7-12 µs each, ~1,300-1,550 per MB of news) asked first whether a word of one is there
_COUNT_START_NEEDLES = _needles_of(_LEX["count_start_words"])
_REPLY_BY_NEEDLES = _needles_of(_LEX["reply_deadline_words"])
_SAID_ON_NEEDLES = _needles_of(_LEX["reporting_verbs"])


# (speed8) every match of _REVIEW_UPDATE_HEAD holds one of these words (``_needles_of``; ``_update_head``)
_REVIEW_UPDATE_NEEDLES = _needles_of(_LEX["review_update_words"])
_REVIEW_UPDATE_LONGEST = max(map(len, _REVIEW_UPDATE_NEEDLES or ("",)))


def _update_head(text: str, a: int, b: int, seen: list) -> bool:
    """``_REVIEW_UPDATE_HEAD.search(text, a, b) is not None``: an update's head between a review stamp
    (ending at ``a``) and a mention (at ``b``). (speed8) That stretch was searched whole for every mention
    after the stamp (~1,500 characters a search in benchmark articles, the pattern tried at each: the
    reading stage's dearest search); every match holds a word of _REVIEW_UPDATE_NEEDLES, so it is
    searched only where ``_may_hold`` finds one. ``seen`` ([a0, u], kept by the caller for one block):
    text[a0:u] is known ASCII without any, so a later mention after the same stamp has only
    text[u - longest + 1:b] read for them (a needle across ``u`` lies in that tail): each character read
    once per stamp, not once per mention."""
    if _REVIEW_UPDATE_NEEDLES is None:
        return _review_update_head(text, a, b)
    same = seen[0] == a
    if same and b <= seen[1]:
        return False
    lo = max(a, seen[1] - _REVIEW_UPDATE_LONGEST + 1) if same else a
    if not _may_hold(text, lo, b, _REVIEW_UPDATE_NEEDLES):
        seen[0], seen[1] = a, b   # (same: text[a:seen[1]] and text[lo:b] hold none, so text[a:b] holds none)
        return False
    return _review_update_head(text, a, b)


def _review_update_head(text: str, a: int, b: int) -> bool:
    """``_REVIEW_UPDATE_HEAD.search(text, a, b) is not None``. (speed11) A match opens at the string's start
    ("^", which matches there only, whatever ``a`` is) or at a newline: the first is tried as the search tries it
    (``match`` at 0, both alternatives), every later place by ``_REVIEW_UPDATE_HEAD_NL``, which the engine skips
    along from newline to newline (at 0 it finds nothing the match did not; ``tests/test_speed_equivalence.py``)."""
    if a == 0 and _REVIEW_UPDATE_HEAD.match(text, 0, b) is not None:
        return True
    return _REVIEW_UPDATE_HEAD_NL.search(text, a, b) is not None


_APPOSITION_END = re.compile(r",\s")
_STATIVE_BEFORE = _re(r"\b(?:{stative_verbs})\s+(?:(?:{stative_adverbs:bare})\s+)?$", re.I)
# (tweets, thirteenth session) "it's wednesday my dudes" said on a Wednesday: the copula names the day itself
_DAY_COPULA = _re(r"(?:^|[^\w'’])(?:{day_naming_copulas})\s+$", re.I)
_COPULA_BEFORE = _re(r"\b(?:{copula_nowadays})\s+$", re.I)   # (history7) "Valletta is today the capital"
_COPULA_FOLLOWER = _re(r",?\s+(?:{copula_nowadays_followers})\b", re.I)
_NAMING_BEFORE = _re(r"\b(?:{naming_participles})\s+$", re.I)   # (history8) "remembered today as the first Thanksgiving"
_AS_AFTER = _re(r"\s+(?:{as_after_words:bare})\b", re.I)
_THREE_WORDS = re.compile(r"\s*(?:\S+\s+){0,2}\S+")
_COMMA_PARTICIPLE = _re(r",\s+(?:(?:{comma_participle_adverbs:bare})\s+)?(?P<verb>[a-z]+)\b")   # the comma that closes a phrase set off after "Today,"
_PERFECT = _re(r"\b(?:{perfect_auxiliaries})\s", re.I)
_NARRATIVE_REPORTED = _re(r"\b(?:{reporting_verbs}|{narrative_reporting_verbs})\b", re.I)


def _ago_from_now(text: str, s0: int, men: Mention) -> bool:
    """In a story, "X ago" counts from the day of writing ("photographs of the mill taken a
    century ago", "The fire began 150 years ago") unless someone in the story says it: inside a
    quotation ("when we took office 15 months ago.\"") or after a reporting verb in its sentence
    ("he suggested Kissinger had tricked him into signing the agreement two years ago"). Reads
    its paragraph up to the expression (at most 2,000 characters)."""
    para = max(text.rfind("\n", max(0, men.start - 2000), men.start) + 1, men.start - 2000, 0)
    quoted = text[min(para, s0):men.start]   # a quotation may open sentences before, in its paragraph
    if quoted.count('"') % 2 or quoted.count("“") > quoted.count("”"):
        return False
    return _NARRATIVE_REPORTED.search(text, s0, men.start) is None


_APPOSED_YEAR = re.compile(r"(?<![\d,.])(1\d{3}|20\d\d)\s*,\s*$")
_APPOSED_COMMA = re.compile(r"[\w.]\s*,\s*$")


def _apposed_offset(ctx: Discourse, text: str, s0: int, men: Mention) -> None:
    """(history5) "left the gold standard on 21 September, barely a month later", "In 1614, two
    years later, he married": an offset right after a date and a comma restates that date (the
    point it reaches is that date, at the offset's grain); it is not counted from it."""
    if not _APPOSED_COMMA.search(text, max(s0, men.start - 4), men.start):
        return
    if ctx.sentence_days and 0 < men.start - ctx.sentence_days[-1][0] <= 40 \
            and not re.search(r"[.;:!?]", text[ctx.sentence_days[-1][0]:men.start]):
        men.data["apposed"] = ctx.sentence_days[-1][1]
    elif (y := _APPOSED_YEAR.search(text, max(s0, men.start - 8), men.start)) is not None:
        men.data["apposed"] = Point.year(int(y.group(1)))


def _today_as_named(text: str, s0: int, men: Mention) -> bool:
    """(history8) "the harvest feast remembered today as the first Thanksgiving", "Byzantium, known
    today as Istanbul": what a thing is called or held to be these days (PRESENT_REF), in a story or
    in news. Reads 16 characters before and the word after."""
    d = men.data
    return d["offset"] == 0 and not d["pod"] and _AS_AFTER.match(text, men.end) is not None \
        and _NAMING_BEFORE.search(text, max(s0, men.start - 16), men.start) is not None


def _today_in_story(text: str, s0: int, s1: int, men: Mention) -> None:
    """"today", "tonight" in a history: a sentence that opens on "Today" in the present speaks of
    these days ("Today it receives four million visitors", PRESENT_REF, as TimeML writes "today"
    in a contrast with the past); one not told in the past, or right after "ago", speaks from the day
    of writing ("the Requiem will be sung tonight", "which is today", "386 years ago today"); in a
    quotation or after a reporting verb, the day is the story's, not known. (history5) Told in the
    past by the narrator, it is still the day of writing: a story says "that morning", "that day";
    "this morning", "today", "yesterday" are the writer's ("the last veterans gathered at
    Arromanches this morning", "Today, on the 130th anniversary of his birth, schools held
    assemblies"); "Today historians have concluded" (a present perfect) speaks of these days."""
    d = men.data
    if not _ago_from_now(text, s0, men):
        return
    if _AGO_BEFORE.search(text, max(s0, men.start - 8), men.start):
        d["from_now"] = True
        return
    tense = tense_at(text, s0, s1, men.start, men.end)
    opens = d["offset"] == 0 and not d["pod"] and _words_between(text, s0, men.start, 1) == 0
    if opens and tense is None:
        # "Today, on the 130th anniversary of his birth, schools ... held": the verb after the
        # phrase set off by commas (at most 120 characters) tells
        close = _APPOSITION_END.search(text, men.end + 1, min(s1, men.end + 120)) if text.startswith(",", men.end) else None
        if close is not None:
            tense = tense_at(text, s0, s1, close.end(), close.end())
    if opens and tense == "past" and _PERFECT.search(text, men.end, min(s1, men.end + 80)):
        tense = "present"   # "Today most historians have concluded ...": these days
    if opens and tense == "past" and (pp := _COMMA_PARTICIPLE.search(text, men.end, min(s1, men.end + 120))) is not None \
            and is_past_form(pp["verb"].lower()):
        # (history6) "Today the mosque still stands, rebuilt many times", "Today the army, found near
        # his tomb in 1974, draws millions": a past participle after a comma is no verb of the sentence;
        # the clause before it tells, else the verb after the phrase it opens
        tense = tense_at(text, s0, pp.start(), men.start, men.end)
        if tense is None and (close := _APPOSITION_END.search(text, pp.end(), min(s1, pp.end() + 120))) is not None:
            # (the verb right after the phrase: its first three words)
            w3 = _THREE_WORDS.match(text, close.end(), s1)
            tense = tense_at(text, close.end(), w3.end() if w3 else s1, close.end(), close.end())
    if not opens and tense != "past" and d["offset"] == 0 and not d["pod"] and not _CLAUSE_END.match(text, men.end) \
            and _STATIVE_BEFORE.search(text, max(s0, men.start - 24), men.start):
        # (history6) "The Vimy hangs today in the Science Museum", "the wreck lies today off Ushant":
        # a state of these days (not "which is today.", "the ceremony is today at noon")
        d["nowadays"] = True
        return
    if not opens and d["offset"] == 0 and not d["pod"] and _COPULA_BEFORE.search(text, max(s0, men.start - 8), men.start) \
            and _COPULA_FOLLOWER.match(text, men.end):
        # (history7) "it bears his name, Valletta, and is today the capital of Malta", "The fort is
        # today a museum": a state of these days (not "the ceremony is today at noon")
        d["nowadays"] = True
        return
    if opens and tense != "past" and not WILL_RE.search(text, men.end, min(s1, men.end + 200)):   # ("Today a machine can read a genome")
        d["nowadays"] = True
    else:
        d["from_now"] = True


# (history32) a year that ends its sentence ("Culloden was fought in 1746. Today ...") is one too: only a
# decimal point or a thousands comma after it ("1746.5", "1,746") makes it a number
_LONG_AGO = _re(r"(?<![\w.,])(1\d{3}|20\d\d)(?![\w]|[.,]\d)|\b(?:{long_ago_lengths:bare})\s+(?:{long_ago_directions:bare})\b", re.I)
_TODAY_NEWS_CUES = _re(r"\b(?:{today_event_cues})\b", re.I)


def _today_against_the_past(text: str, s0: int, s1: int, men: Mention, dct_year: int) -> None:
    """(conventions) In news, a sentence that opens on "Today" in the present, right after a time
    long gone ("Ten years ago we had nothing. Today we can prevent most of them"; "The harbour was
    rebuilt in 2006. Today the village has a siren"), speaks of these days: PRESENT_REF, as TIDES
    and TimeML write "today" in a contrast with the past (the fresh news gold likewise). Not when
    the sentence tells of an event of the day ("Today the minister is expected to", "will", a past
    verb): that is the date. Reads the 300 characters before the sentence and the sentence."""
    d = men.data
    if d["offset"] != 0 or d["pod"] or _words_between(text, s0, men.start, 1) != 0 or not text[men.start].isupper():
        return
    back = text[max(0, s0 - 300):men.start]
    if not any(m.group(1) is None or int(m.group(1)) <= dct_year - 2 for m in _LONG_AGO.finditer(back)):
        return
    rest = text[men.end:min(s1, men.end + 200)]
    # (a modal of the present, "Today we can prevent most of them", reads as a future to tense_at:
    # only "will" and its kin, or a cue of an event of the day, make the day)
    if tense_at(text, s0, s1, men.start, men.end) == "past" or WILL_RE.search(rest) or _TODAY_NEWS_CUES.search(rest):
        return
    d["nowadays"] = True


_FROM_TODAY_KINDS = frozenset(("cal", "weekday", "the_period", "quarter", "season"))   # (news7) "by the end of the year" too


_WRITING_UNITS = frozenset(("week", "month", "weekend"))


def _from_writing(men: Mention) -> bool:
    """(news7) A mention that only makes sense from the day of writing: "last week", "next month",
    "yesterday", "tomorrow", "last June" (not "today" or "now", which a story's present uses: "the
    city, today the capital"; nor "this year", "next year", which a history says of its own years:
    "Another major event of this year was ...", "would break it in a referendum next year")."""
    d = men.data
    return (men.kind == "deictic" and not d.get("anaphoric") and d.get("offset") and d.get("unit") in _WRITING_UNITS) \
        or (men.kind == "rel_month" and not d.get("anaphoric")) or (men.kind == "deictic_day" and d.get("offset", 0) != 0)


def _from_today(ctx: Discourse, text: str, s0: int, men: Mention, tense: str | None) -> bool:
    """In a story told in the past tense, far from the day of writing, a year-less date in a
    sentence that speaks from that day ("The reading room reopens on 16 June", "A memorial
    will be held in September") is counted from the day of writing, not from the story."""
    if ctx.now_sentence == ctx.sentence and ctx.dct is not None and men.kind in _FROM_TODAY_KINDS and not men.data.get("year"):
        return True   # the sentence has turned to the day of writing ("This year ... on 26 October")
    if ctx.dct is not None and men.kind in _FROM_TODAY_KINDS and not men.data.get("year") \
            and (ctx.now_para or since_perfect(text, s0, men.start, men.end)):
        return True   # (news7) "Since January the club has signed five players": up to the day of writing
    return tense is not None and ctx.dct is not None and ctx.last is not None \
        and ctx.last.start.year < ctx.dct.year and ctx.past_told >= 2 and ctx.past_told >= 3 * ctx.present_told \
        and speaks_from_now(text, s0, men.start, tense)


def _as_bc(men: Mention) -> Mention:
    """A year of three digits (rule ``year3``: a year, a month or a season of it) as a year BC."""
    d = men.data
    return Mention(men.start, men.end, men.rule, "bc", {"year": d["year"], "month": d.get("month"),
                                                        "season": d.get("season"), "day": None}, men.priority)


def _bracketed_range(text: str, men: Mention) -> bool:
    """An end of a range of years BC in brackets after a name, "The Peloponnesian War (431–404
    BC) was ...": the span of what the text tells, not where its story is."""
    if men.rule != "bc_range":
        return False
    a = max(0, men.start - 12)
    opened = text.rfind("(", a, men.start)
    closes = text.find(")", men.end, men.end + 14)
    return opened > text.rfind(")", a, men.start) and closes >= 0 and "(" not in text[men.end:closes]


def _aside_bc(text: str, sent_start: int, men: Mention, ctx: Discourse) -> bool:
    """The same for an earlier year BC: "... part of the Persian empire since 513 BC" told in
    492 BC is a look back; a few years later ("finally ended in 445 BC" told in 450 BC) carries
    the story on, decades later ("the earliest reference, in 380 BC") looks ahead."""
    if ctx.mode != "narrative" or ctx.bc_year is None or ctx.last is not None \
            or ctx.bc_year - 10 <= men.data["year"] <= ctx.bc_year + 1:
        return False
    return _words_between(text, sent_start, men.start, 6) > 6


def _forecast_quarter(p: Point, dct: date | None, text: str, men: Mention, tense: str | None) -> bool:
    """A quarter not yet over at the reference date ("losses through the third quarter of 1990")
    is a forecast: the "year-ago period" of an earnings report compares a reported quarter. A
    fiscal quarter that "ended Sept. 30", or one a past-tense verb reports on ("reported a decline
    in fourth-quarter earnings") is reported, whatever its label."""
    if dct is None or p.end.date() <= dct or tense == "past":
        return False
    return _ENDED.match(text[men.end: men.end + 20]) is None


def _aside_year(text: str, sent_start: int, men: Mention, p: Point, ctx: Discourse) -> bool:
    """A bare year far from the story's current date, in the middle of a sentence ("the papers,
    declassified in 2005, ...") is an aside: it does not move a narrative's anchor. A year that
    opens its sentence ("In 1975, ...") does."""
    if ctx.mode == "news":
        # (news7) "Chief executive Priya Nair, who joined from a rival in March 2021, blamed price cuts
        # ... in August": a date gone inside a relative clause set off by commas tells an earlier fact
        # about someone; the news goes on where it was
        return (ctx.dct is None or p.end.date() <= ctx.dct) and _ASIDE_SHUT.match(text, men.end) is not None \
            and _RELATIVE_ASIDE.search(text, max(sent_start, men.start - 80), men.start) is not None
    if ctx.mode != "narrative" or ctx.last is None:
        return False
    if p.grain in ("year", "month") and p.end <= ctx.last.start and _gap_days(p, ctx.last) > 180 and _attributive(text, men):
        # "the 1614 rules", "the leader of the August 1792 insurrection": a date naming a thing
        # from an earlier time, not the time the story has reached ("the 1777 campaign" told
        # in 1776 looks ahead, and the story follows)
        return True
    if _gap_days(p, ctx.last) > 90 and _COMPARED.search(text, max(sent_start, men.start - 60), men.start):
        # "904 in 2007", "as against 3,500 in January 2007", "down from a peak of 1,600 in
        # summer 2007": the other side of a comparison, not where the story is; "(as of
        # December 5, 2006)": when a figure was counted
        return True
    if p.grain in ("year", "month") and p.start >= ctx.last.end and _gap_days(p, ctx.last) > 90 \
            and _UNTIL.search(text, max(sent_start, men.start - 60), men.start):
        # "a siege that lasted until the fall of Budapest in February 1945": where a span
        # ends, not where the story is; it goes on from the span's start
        return True
    if p.grain in ("year", "month") and _gap_days(p, ctx.last) > _ASIDE_GAP_DAYS \
            and (pp := _PARTICIPLE_IN.search(text, max(sent_start, men.start - 60), men.start)) is not None \
            and not _NOT_PARTICIPLE.search(text, max(sent_start, pp.start() - 12), pp.start()):
        # (history5) "a charcoal inscription found in 2018 has led ...", "his letters, published in
        # 1902,": when a thing was found or made, far from the story; the story stays where it was
        return True
    if p.grain != "year":
        return False
    if abs(p.start.year - ctx.last.start.year) <= 1 and ctx.last.grain in ("year", "decade", "century"):
        return False
    if p.start.year == ctx.last.start.year:
        return False
    if men.kind == "offset" and men.data.get("sign", 0) > 0:
        # (history4) "... was still being rebuilt seventeen years later": counted from the story, it moves it;
        # (history6) not inside a relative clause set off by a comma ("al-Umari, who visited Cairo twelve
        # years later, wrote ..."): what another did later is an aside
        return _RELATIVE_ASIDE.search(text, max(sent_start, men.start - 80), men.start) is not None
    if p.start >= ctx.last.end and _CLAUSE_END.match(text, men.end) \
            and "," not in text[max(sent_start, men.start - 60):men.start] and _in_main_past(text, sent_start, men.start):
        # (history6) "She left school at fourteen and went into service in Limerick in 1945.": a year
        # later than the story's that ends a clause of the simple past, no comma before it, is where
        # the story has gone
        return False
    return _words_between(text, sent_start, men.start, 6) > 6


_RELATIVE_ASIDE = _re(r",\s+(?:{relative_aside_words:bare})\b[^,;.()]*$")
_CLAUSE_END = re.compile(r"\s*(?:[.;!]|$)")
_ASIDE_SHUT = re.compile(r"[^,;.()\n]{0,40}[,)]")   # the relative clause closes right after the date


_ASIDE_GAP_DAYS = 25 * 365   # a generation away from the story
# (history6: a few words between: "a tomb built for him in 1556", "found near his tomb in 1974")
_PARTICIPLE_IN = _re(r"(?<=[a-z,])\s+(?:{aside_participles})\s+(?:(?!(?:{participle_in_stops:bare})\s)[a-z]+\s+){0,3}?(?:{participle_in_prepositions:bare})\s+$", re.I)
_NOT_PARTICIPLE = _re(r"\b{aside_not_after}\s*$", re.I)


def _gap_days(a: Point, b: Point) -> int:
    """Days between two periods (0 when they touch or overlap)."""
    return max(0, (a.start - b.end).days, (b.start - a.end).days)


_CLAUSE_JOIN = _re(r"(?:;|\b(?i:{clause_joiners})\b)")
# (§182) a clause of its own between a time and a day after it: a comma, a semicolon or a joiner; then the words before
# the day (two or more: "I bought the fish yesterday", not ", yesterday" nor ", on Friday")
_LATER_CLAUSE = _re(r"(?:[,;]|\b(?i:{clause_joiners})\b)")
_LATER_CLAUSE_WORDS = re.compile(r"[^\W\d_]{2,}")
_RETURN_CLAUSE = _re(r"\s*(?:(?i:{clause_joiners})\s+)?(?:(?i:{later_return_before})\s+)?(?i:{later_return_words})\b")   # (§263) a clause of return after a time
_DIGIT = re.compile(r"\d")   # (§263) the return's own clock ('back around 3.15 tomorrow', 'back Tuesday at 5'): the day is
# the trip's, the time's too (the return's day read on to its sentence's or line's end, at most 24 characters on)
_RETURN_DAY_END = re.compile(r"[.!?\n]|$|(?=\Z)")
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")
_TOLD_ON = _re(r"\b(?i:{told_on_prepositions:bare})\s+$")
_PERIOD_TO_COME = _re(r"\b(?i:{period_to_come_prepositions})\s+(?i:(?:{period_to_come_articles:bare})\s+)?$")   # "complete in the second quarter"
# (news8) a verb that ends a length ("a two-year deal from July 2023 ran out in December"), at most four words
# before the month; a length written as an adjective ("two-year", "18-month")
_LENGTH_END = _re(r"\b(?i:{length_end_verbs})(?:\s+[\w'’-]+){0,3}\s+$")
_EVENT_START = _re(r"(?i:\b{event_start_nouns})\b[^.!?\n]{0,16}$")   # (news8) a preview's start time, read right before it
# (speed5) A date of the calendar with its year ("March 5, 2006", "1998", "May 2006") in news: no reading
# after its tense depends on the tense (every test of ``tense`` in ``_read_block`` is for a year-less
# date, another kind of expression, or a story's counts (narrative); ``resolve._cal`` reads the tense only
# to choose a year (``_year_for``); ``_note_date`` only for a quarter; ``ctx.speech_day``, which a
# future of it would set, is read by no resolver of a date with its year and is cleared before the
# next expression), so ``tense_at`` is not called for it: ~1 call in 5 in news. False: the call is made
# as before (tests/test_speed_equivalence.py: the same rows either way, on the corpora and generated text).
_SKIP_UNREAD_TENSE = True
_BACKSHIFT_KINDS = {"weekday", "cal", "holiday", "quarter"}   # (news8) the kinds a backshifted past is read for
# (newswire31) an indefinite noun of a change and "in" right before a month: "a rate cut in", "a quarter-point hike in", "an
# election in", "another rise in" (at most two words between the determiner and the noun; "the rate cut in October lifted
# sales" is a change that happened, left to the verb's tense). Bounded: the slice read is _CHANGE_IN_REACH characters,
# each blank run at most 3
_CHANGE_IN = _re(r"(?<![\w'’-])(?i:{change_determiners})[ \t]{1,3}(?:[\w'’-]{1,20}[ \t]{1,3}){0,2}(?i:{prospective_change_nouns})"
                 r"[ \t]{1,3}(?i:{change_in_prepositions})[ \t]{1,3}$")
_CHANGE_IN_REACH = 72
# (newswire33) a statistic's noun and "for" right before a year-less month ("data for March", "figures for the"):
# bounded, the slice read is _STAT_FOR_REACH characters, each blank run at most 3
_STAT_FOR = _re(r"(?<![\w'’-])(?i:{statistic_nouns})[ \t]{1,3}(?i:{statistic_prepositions})[ \t]{1,3}(?:(?i:{statistic_determiners})[ \t]{1,3})?$")
_STAT_FOR_REACH = 40
# (newswire33) ... and its release or what it shows right after the month: "are due", "will be released", "came out", "will
# show" (bounded: the slice read is _STAT_RELEASE_REACH characters, each blank run at most 3)
_STAT_RELEASE = _re(r"[ \t]{1,3}(?:(?i:{statistic_release_auxiliaries})[ \t]{1,3})?(?i:{statistic_release_words})(?![\w'’-])")
_STAT_RELEASE_REACH = 36
# (newswire33) a past of issuing and a warning's noun at most 40 characters on (or the noun and its passive's participle
# at most 30 characters on, "An amber warning was issued"; or "warned of"), at most 60 characters of words with no
# sentence or clause stop, and the preposition of the span the warning covers right before a weekday or "the weekend"
# (or before a first weekday and its joiner: "covering Sunday and Monday"). Bounded: the slice read is
# _WARNING_SPAN_REACH characters; each run of any character at most 40, 30 or 60, each blank run at most 3
_WARNING_SPAN = _re(r"(?<![\w'’-])(?:(?i:{warning_verbs})|(?i:{warning_issue_verbs})(?![\w'’-])[^.;!?\n]{0,40}?(?<![\w'’-])(?i:{warning_nouns})"
                    r"|(?i:{warning_nouns})(?![\w'’-])[^.;!?\n]{0,30}?(?<![\w'’-])(?i:{warning_issue_verbs}))"
                    r"(?![\w'’-])[^.;!?\n]{0,60}?(?<![\w'’-])(?i:{warning_span_prepositions})"
                    r"[ \t]{1,3}(?:(?i:{warning_span_determiners})[ \t]{1,3}|[A-Z][a-z]{2,8}[ \t]{1,3}(?i:{warning_span_joiners})[ \t]{1,3})?$")
_WARNING_SPAN_REACH = 140
_HAD_BEFORE = _re(r"(?<![\w'’-])(?i:{past_perfect_markers})(?![\w'’-])")

# (stretch32, §112) a period named by its end, right before a year-less month or day: a determiner, at most two words
# (a number, "fiscal"), a noun of `period_end_nouns`, a word of `period_end_words`, "in"/"on" (`period_end_prepositions`). Bounded: the slice read is
# _PERIOD_END_REACH characters before the month, each run of blanks at most 3 and each word at most 12 characters
_PERIOD_END = _re(r"(?<![\w'’-])(?i:{period_end_determiners})[ \t]{1,3}(?:[\w'’-]{1,12}[ \t]{1,3}){0,2}(?i:{period_end_nouns})"
                  r"[ \t]{1,3}(?P<w>(?i:{period_end_words}))[ \t]{1,3}(?:(?i:{period_end_prepositions})[ \t]{1,3})?$")
_PERIOD_END_REACH = 72
_PERIOD_END_WORDS = lexicon(DEFAULT)["period_end_words"]

# (eve31, §107) "On the eve of Friday's vote, protesters gathered": the day told is the day before the weekday's
_POSS_EVE = _re(r"\b(?i:{possessive_eve_words})\s+$")
# "the week before Friday's vote", "the lead-up to Sunday's election": the tense tells nothing of the weekday
_POSS_AHEAD = _re(r"\b(?i:{possessive_ahead_words})\s+$")
_POSS_REL_REACH = 24   # characters before the weekday read for its relation ("the evening before ")
# the prepositions that put a future clause's happening at the weekday's event ("in Friday's election")
# (or a day named "of" it: "on the eve of Friday's vote", "the night of Friday's election"; not any "of": "the victims
# of Tuesday's crash")
_POSS_AT = _re(r"(?<![\w'’])(?i:{possessive_event_prepositions}|(?:{possessive_day_of_nouns})\s+{event_day_of_words:bare})\s+$")
_POSS_WOULD = _re(r"(?<![\w'’])(?i:{told_in_the_past})(?![\w'’])")   # "would", "could": a future told in the past
_POSS_WOULD_REACH = 120   # characters of the clause either side of the weekday read for it
# the possessive's clitic and its head noun, up to three words of its phrase between ("Friday's crucial vote")
_POSS_HEAD = _re(r"['’]s(?:\s{1,3}[\w-]+){0,3}?\s{1,3}(?:{possessive_head_nouns})\b", re.I)
_POSS_HEAD_REACH = 80   # characters after the weekday read for it (four words and their blanks)


def _possessive_clause(text: str, s0: int, s1: int, men) -> str | None:
    """(eve31, §107) A possessive weekday with no verb of its own, by the tense of its clause: in the future ("Voters
    will go to the polls in Friday's election") the one to come; in the past ("Turnout was low in Friday's vote",
    "It was the day of Friday's vote") the weekday gone ("past"), but after "the eve of", "the day before" only the
    day before the weekday's is gone ("past_eve", resolve) and after a relation that looks ahead nothing is told."""
    # (the clause's tense read around the weekday and its head noun, which is often spelt as a verb, "vote",
    # "match", and would read as a present; with no such noun, from the words before it alone)
    head = _POSS_HEAD.match(text, men.end, min(s1, men.end + _POSS_HEAD_REACH))
    if head is not None:
        clause = tense_at(text, s0, s1, men.start, head.end(), schedule=False)
    else:
        clause = tense_at(text, s0, men.start, men.start, men.start, schedule=False)
    if clause == "future":
        # only where the weekday's event is where the future clause happens ("go to the polls in Friday's
        # election", "open at 7am for Friday's referendum", "on the eve of Friday's vote"), and no future told in
        # the past or a condition ("said they would look for ways to get around Wednesday's ruling": a ruling already
        # made; "A recount of Tuesday's vote would be the first")
        if _POSS_AT.search(text, max(s0, men.start - _POSS_REL_REACH), men.start) is None \
                or _POSS_WOULD.search(text, max(s0, men.start - _POSS_WOULD_REACH), min(s1, men.end + _POSS_WOULD_REACH)) is not None:
            return None
        return clause
    if clause != "past":
        return None
    lo = max(s0, men.start - _POSS_REL_REACH)
    if _POSS_EVE.search(text, lo, men.start):
        return "past_eve"
    if _POSS_AHEAD.search(text, lo, men.start):
        return None
    return "past"


_AHEAD_OF = _re(r"\b(?i:{ahead_prepositions})\s+$")   # (news8) "ahead of Thursday's match": the match to come
_LENGTH_ADJ = _re(r"[\w-]+-(?:{length_adjective_units:bare})\Z", re.I)
_LENGTH_REACH = 1   # sentences from the length to the month it ends in (and to the date it runs from)
_REPORTED_ON = _re(r"\b{reporting_verbs}\s+(?:(?:{reported_on:bare})\s+)?$", re.I)
# (left18) "I rang them friday and they said monday at 10": a day with its clock time right after it is the
# day that time is on, whoever said it (not the day of a report, "the bank said on Wednesday")
# (left18) "the café is open every day except New Year's Day, last orders 3.30": a day named as the exception to a
# habit is no day the sentence's clock times are on
_EXCEPT_BEFORE = _re(r"(?<![\w'’])(?:(?:{except_words:bare})(?:[ \t]+(?:{except_followers:bare}))?|{except_phrases:line})[ \t]+$", re.I)
# (the lead, forty-fourth session, §248) a day told inside brackets that close later in its sentence: an aside. Bounded:
# _ASIDE_REACH characters on each side of it are read
_ASIDE_REACH = 160
_ASIDE_FAR_DAYS = 366


def _aside_end(text: str, sent_start: int, men) -> int:
    """The position of the ")" that closes a bracket open before ``men`` in its sentence, or -1."""
    lo = max(sent_start, men.start - _ASIDE_REACH)
    before = text.rfind("(", lo, men.start)
    if before < 0 or text.find(")", before, men.start) >= 0:
        return -1
    close = text.find(")", men.end, men.end + _ASIDE_REACH)
    return close if close >= 0 and "\n" not in text[men.end:close] and "(" not in text[men.end:close] else -1


_CLOCK_RIGHT_AFTER = _re(r"[^\S\n]+(?:(?:{stamp_at_words:bare})[^\S\n]+|@[^\S\n]*)?\d{1,2}(?:[:.]\d\d)?(?:[^\S\n]*[ap]\.?m\b\.?)?(?![\w.,:/]?\d)", re.I)
_CLAUSE_CUT = re.compile(r"[,;:]")
# (weekdays27) what ends the clause of a week named before a weekday: a mark, or a conjunction before a subject
_WEEK_CLAUSE_CUT = _re(r"(?i)[,;:.!?()\n]|(?<![\w'’])(?:{week_clause_breaks:bare})\s+(?:{subject_pronouns}|{present_markers}|{bare_i_will})(?![\w'’])")
_WEEK_FRONTED_MARK = re.compile(r"[ \t]*[,:][ \t]*")
_WEEK_CLAUSE_REACH = 120   # characters from the week named to the weekday read for a break


# (weekdir38, §154) rules that name a week by a day or a place in its month: "the week of the 9th", "w/c 9th June", "the
# second week of June"
_WEEK_NAMING_RULES = frozenset(("weekend_of", "week_commencing", "week_of_month"))
_WEEK_AHEAD_REACH = 160   # (weekdir38) characters from a week to come named to a weekday of its list
_WEEK_HEADING = re.compile(r"[ \t]*:")   # "next week:", "TT returns the week after next:": the week heads what follows
_WEEK_HEADING_CUT = re.compile(r"[.!?;()\n]")


def _week_heading(text: str, end: int, start: int) -> bool:
    """(weekdir38, §154) Whether the week named ending at ``end`` heads the clause of the weekday at ``start`` with a
    colon right after it and no sentence's or clause's end between: a notice's "next week: roads closed Monday" whose
    participle is no past."""
    h = _WEEK_HEADING.match(text, end, start)
    return h is not None and _WEEK_HEADING_CUT.search(text, h.end(), start) is None


def _week_clause(text: str, wn, start: int) -> bool:
    """(weekdays27) Whether the weekday at ``start`` is in the clause of the week named at ``wn`` (``ctx.week_named``:
    sentence, end, opens its sentence): no mark nor conjunction of another clause between, at most _WEEK_CLAUSE_REACH
    characters on; a week that opens its sentence may have its comma or colon right after it ("This week, ...")."""
    lo = wn[1]
    if start - lo > _WEEK_CLAUSE_REACH or start < lo:
        return False
    if wn[2] and (f := _WEEK_FRONTED_MARK.match(text, lo, start)) is not None and f.end() > lo:
        lo = f.end()
    return _WEEK_CLAUSE_CUT.search(text, lo, start) is None
# "said on Monday", "told fans on Monday", "announced to shareholders on Monday": the day of a report
_FRONTED = _re(r"\W*(?:{fronted_openers:bare})?\s*", re.I)   # the date opens its sentence: "In February ..."
_SAID_AFTER = _re(r",?\s+(?:[\w'’.-]+\s+){1,5}?(?:{promise_verbs})\s+(?:(?:{said_that:bare})\s+)?", re.I)
_SAID_ON = _re(r"\b{reporting_verbs}\s+(?:[\w'’-]+\s+){0,3}?(?:(?:{reported_on:bare})\s+)?$", re.I)
_FUTURE_IN_PAST = _re(r"(?<![\w'’])(?:{future_in_past})\b", re.I)   # "would", "she'd", "was to" after the day it was said
_UNTIL = _re(r"\b{until_words}\b(?:(?!\b{clause_words}\b)[^,;.])*$", re.I)
_COMPARED = _re(r"\b{comparison_cues}\b(?:[^,;.()]|(?<=\d)[,.](?=\d))*$", re.I)
_ATTR_BEFORE = _re(r"(?:\b{attributive_determiners}|['’]s)\s+$", re.I)
_ATTR_AFTER = _re(r"\s+(?!{not_attributive_nouns:cs}\b)[a-z][a-z-]+")
_HOLIDAY_TIME = _re(r"\s+{holiday_time_nouns}\b", re.I)
# (news7) "the season usually peaks in December": a habit's adverb in the clause before a year-less date
# ((left18) or a plural shift said with its hours, "Nights are 9pm-3am", "my lates are 2-10", "Shifts r 6-2": the hours
# of every such shift; at the head of its clause or after a possessive, not "the next two nights are ...")
_HABIT_WORDS = _re(r"(?i)(?<![\w'’])(?:(?:{habit_phrases}|(?:{habit_on:bare})\s+[a-z]+\s+(?:{habit_plural_parts:bare}))(?![\w'’])"
                   r"|(?:(?<![\w'’,][ \t])|%s)(?:{habit_shift_nouns})[ \t]+(?:{habit_copulas:bare})[ \t]+(?=\d)"
                   # ((left20a) or standing hours stated plainly: "regular hours are 9:30 to 4pm", "hours are 10-6 mon-sat",
                   # "our hours are 8-4": a place's hours, a habit; not "the hours were", "hours later")
                   r"|(?:(?:{standing_hours_words})[ \t]+|(?<![\w'’,][ \t])|%s)"
                   r"(?:{standing_hours_nouns:bare})[ \t]+(?:{habit_copulas:bare})[ \t]+(?:(?:{standing_hours_since:bare})[ \t]+)?(?=\d))"
                   # (a lookbehind has one width: one for each possessive)
                   % ("|".join(r"(?<=%s[ \t])" % re.escape(w) for w in _LEX["habit_possessives"]),
                      "|".join(r"(?<=%s[ \t])" % re.escape(w) for w in _LEX["standing_hours_possessives"])))
_HABITUAL = _re(r"\b{habitual_adverbs}\b[^,;.:!?()]*$", re.I)
# (the lead, fortieth session, §200) the habit's words that tell a habit whatever the verb's tense ("used to be October",
# "used to go up in July": its infinitive is no future): the month of no one year
_HABIT_GONE_CUE = _re(r"(?i){habitual_past_adverbs}\b")
# (generic45, §261) a month named as the kind of month it is, in the present: "October is still the wettest month",
# "the best time to visit is May", "the trips are the best in December" (lexicon month_kind_*): the month of any year.
# After the month only a climate's superlative ("December is always the busiest month" is as often the December to come)
_MK_ADV = r"(?:(?:{month_kind_adverbs:line})[ \t]+)?"
_MONTH_KIND_AFTER = _re(r"(?i)[ \t]*(?:(?:[ \t]|(?<=\w))(?:{month_kind_copulas:line}))?[ \t]+" + _MK_ADV
                        + r"(?:{month_kind_determiners:line})[ \t]+(?:{month_kind_climate_superlatives:line})[ \t]+(?:{month_kind_nouns:line})(?![\w'’])"
                        r"(?![^.!?\n]{0,30}(?<![\w'’])(?:{month_kind_not_after:line})(?![\w'’]))")
_MONTH_KIND_BEFORE = _re(r"(?i)(?<![\w'’])(?:{month_kind_determiners:line})[ \t]+(?:{month_kind_superlatives:line})(?:[ \t]+(?:{month_kind_nouns:line}))?"
                         r"[ \t]+(?:{month_kind_copulas:line})[ \t]+" + _MK_ADV + r"(?:(?:{month_kind_in:line})[ \t]+)?\Z"
                         # "the morning trips are the best in December"
                         r"|(?:[ \t]|(?<=\w))(?:{month_kind_copulas:line})[ \t]+" + _MK_ADV
                         + r"(?:{month_kind_determiners:line})[ \t]+(?:{month_kind_superlatives:line})[ \t]+(?:{month_kind_in:line})[ \t]+\Z")
_MONTH_KIND_REACH = 60
# (twenty-ninth session) what may stand between two months of one list: a comma, a slash, "&", "and", "or"
_MONTH_LIST_GAP = _re(r"[ \t]*(?:[,/&][ \t]*(?:(?:{apposition_gap_conjunctions:bare})[ \t]+)?|[ \t](?:{apposition_gap_conjunctions:bare})[ \t]+)")
_MONTH_LIST_MOST = 12   # members of one list read ahead of its first (a year has twelve months)


def _month_chain(text: str, mentions: list, sent_of: list, mi: int) -> list:
    """(lists31, §108) The months joined to the year-less month ``mentions[mi]`` in its sentence (``_MONTH_LIST_GAP``; at
    most ``_MONTH_LIST_MOST``), it first; a year closes the list ("April and May 2023")."""
    first = mentions[mi]
    chain, end, si = [first], first.end, sent_of[mi]
    for k in range(mi + 1, min(len(mentions), mi + 1 + _MONTH_LIST_MOST)):
        nxt = mentions[k]
        if sent_of[k] != si or nxt.kind != "cal" or not nxt.data.get("month") or nxt.data.get("day") \
                or nxt.data.get("grain") != "month" or nxt.start < end or not _MONTH_LIST_GAP.fullmatch(text, end, nxt.start):
            break
        chain.append(nxt)
        end = nxt.end
        if nxt.data.get("year") is not None:
            break
    if len(chain) > 1 and any(b != a % 12 + 1 for a, b in zip((c.data["month"] for c in chain), (c.data["month"] for c in chain[1:]))):
        # no stretch of the calendar: out of order ("May, March and April"), or a schedule's months ("Dividends are paid
        # in March, June, September and December", "were paid in ...": each the last such one gone, of two years)
        return [first]
    return chain


def _place_month_list(chain: list, past: bool, future: bool, dct: date) -> bool:
    """(lists31, §108) "We visited in March, April and May" written in April: a list of months each the one after the
    one before (``_month_chain``) is one stretch of the calendar, placed as a whole: a year after the last ("March,
    April and May 2023") is every member's; else told in the past, the last member is the last such month gone (the
    month of writing counts as gone) and each earlier one the year of the one after it, or the year before at a turn;
    told as a plan, the first is the next such month (this one in the month of writing, as a month alone) and each
    later one the same year, or the next at a turn. Sets each year-less member's year; False when there is no tense."""
    months = [c.data["month"] for c in chain]
    told = chain[-1].data.get("year")
    if told is not None or past:
        y = told if told is not None else (dct.year if months[-1] <= dct.month else dct.year - 1)
        years = [y]
        for a, b in zip(reversed(months[:-1]), reversed(months[1:])):
            y = y if a < b else y - 1
            years.append(y)
        years.reverse()
        why = f"a list of months in calendar order ending in {MONTH_NAMES[months[-1]]} {years[-1]}"
    elif future:
        _follow_month_list(chain, dct.year if months[0] >= dct.month else dct.year + 1, set_first=True)
        return True
    else:
        return False
    for c, y in zip(chain, years):
        if c.data.get("year") is None:
            c.data["year"], c.data["year_why"] = y, why
    return True


def _follow_month_list(chain: list, y: int, set_first: bool = False) -> None:
    """The later members of a list of months in calendar order from the first's year ``y``: the same year, or the next
    at a turn."""
    months = [c.data["month"] for c in chain]
    why = f"a list of months in calendar order from {MONTH_NAMES[months[0]]} {y}"
    years = [y]
    for a, b in zip(months, months[1:]):
        y = y if b > a else y + 1
        years.append(y)
    for k, (c, y) in enumerate(zip(chain, years)):
        if c.data.get("year") is None and (k or set_first):
            c.data["year"], c.data["year_why"] = y, why


# (generic24) the habit of a clock time read in its own clause: an adverb of habit right before it ("is usually 8am",
# "normally by 7"), a habit word in its clause (cut at a comma, a colon or ";" not inside a number, a bracket, a line
# break, "but", "though"...), or a noun of a standing hour after it ("the 3am slump", "my 7am alarm")
_HABIT_ADJACENT = _re(r"(?<![\w'’])({habit_adjacent_adverbs:bare})[ \t]+(?:(?:{habit_adjacent_preps:bare})[ \t]+)?\Z", re.I)
_HABIT_ITEM_JOIN = _re(r"[ \t]*,?[ \t]*(?:(?:{habit_item_joins:bare})[ \t]+)", re.I)
_RETURN_BEFORE = _re(r"(?i)(?<![\w'’])(?:{return_clock_cues})[ \t]{1,3}(?:(?:{return_clock_preps})[ \t]{1,3}){0,2}$")
_RETURN_REACH = 24   # characters before a clock time read for a return's word and its prepositions
_BARE_HOUR_TEXT = re.compile(r"\d{1,2}[a-z]{0,3}")   # "5", "5ish" (no minutes)
_DAY_CLOCK_JOIN = _re(r"[ \t]{0,2},?[ \t]{1,2}(?:(?i:{date_clock_joins})[ \t]{1,2})?")   # (lead) "Thursday 21st March 8:57am", "4 Dec, at 7"
_DAY_CLOCK_GAP = 8
_HABIT_ITEM_GAP = 14   # characters between two hours of one habit (", and "; (standing25) " rather than ")
# (the lead, §148) a verbless conjunct after a habit's hour: a bracket at most, a comma or ";", one or two words (its noun)
# and a preposition (lexicon habit_gapped_preps) before its clock; bounded: _HABIT_GAPPED_REACH characters in all
_HABIT_GAPPED = _re(r"[ \t]*(?:\([^()\n]{0,60}\)[ \t]*)?[,;][ \t]*(?P<head>[A-Za-z][\w'’-]{1,20}(?:[ \t]+[A-Za-z][\w'’-]{1,20})?)"
                    r"[ \t]+(?:(?i:{habit_gapped_preps:bare})[ \t]+)?")
_HABIT_GAPPED_SUBJECT = _re(r"(?i)(?<![\w'’])(?:{subject_pronouns:bare}|{object_pronouns:bare})(?!\w)")   # a clause ("we arrive 6pm", "we're landing at", "see you at 6")
_HABIT_GAPPED_REACH = 110
# (§148) a clock time after a run of days and a comma, a few words between ("Mon 1st to Fri 12th April, 2 hr sessions at
# 9.30", "Mon 31st to Fri 4th Aug, 10 to 2 each day"): an hour of every day of the run, as §133 reads "8-12 July, 9am-3pm";
# not a return's hour ("..., back by 6"). Bounded: the nearest expression before the clock and its partner, four words
_RUN_RULES = frozenset(("day_range", "month_day_range", "day_span"))
_RUN_GAP = _re(r",[ \t]{1,3}(?:[^\s,;.!?()]{1,24}[ \t]+){0,4}")
_RUN_MOVED = _re(r"(?i)(?<![\w'’])(?:{clock_move_verbs})(?![\w'’])")
_RUN_MOVED_REACH = 40   # characters before the run read for a verb of moving a day
_RUN_CLOCK_JOIN = _re(r"[ \t]*(?:[-–—]|(?:{range_words:bare}|{habit_item_joins:bare}|{small_hour_till_words:bare})(?![\w'’]))[ \t]*", re.I)


def _run_before(text: str, near: list, men) -> str | None:
    """The words of a run of days right before a clock time, after a comma (see _RUN_RULES), or None."""
    before = [o for o in near if o.end <= men.start]
    while before and before[-1].kind == "duration" and before[-1].rule not in _RUN_RULES:
        before.pop()   # "2 hr sessions at 9.30": a length in the words between
    if not before or before[-1].rule not in _RUN_RULES:
        return None
    last = before[-1]
    first = before[-2] if len(before) > 1 and before[-2].rule == last.rule and last.start - before[-2].end <= 12 else None
    if first is None and last.rule != "day_span":
        return None
    if not _RUN_GAP.fullmatch(text, last.end, men.start) or _RETURN_BEFORE.search(text, last.end, men.start):
        return None
    s0 = (first or last).start
    if _RUN_MOVED.search(text, max(0, s0 - _RUN_MOVED_REACH), s0):
        return None   # "has moved from Sat 4 Jan to Sun 5 Jan, KO 2pm": a day changed for another, not a run
    return text[s0:last.end]
_HABIT_ADJACENT_REACH = 24   # characters before the clock time read for its adverb ("generally around ")
_HABIT_CLAUSE_CUT = _re(r"[;!?()\n]|[,:](?!\d)|(?<![\w'’])(?:{habit_clause_breaks:bare})(?![\w'’])", re.I)
_HABIT_NOUN_AFTER = _re(r"[ \t]+({habit_clock_nouns:bare})(?![\w'’])", re.I)
_HABIT_PLACE_AFTER = _re(r"[ \t]+({habit_place_after:line})(?![\w'’])", re.I)
_HABIT_PLACE_BEFORE = _re(r"(?:(?<![\w'’])|(?<=\w))(?:{habit_place_copulas:bare})[ \t]+(?:(?:{habit_adjacent_preps:bare})[ \t]+)?\Z", re.I)
_HABIT_PLACE_NOT = _re(r"(?<![\w'’])(?:{habit_place_not_subjects:line})[ \t]*\Z", re.I)   # "it's 3am here": the time now
_HABIT_DET_BEFORE = _re(r"(?<![\w'’])(?:{habit_clock_determiners:bare})[ \t]+\Z", re.I)
# (standing25) a standing arrangement's hour with no habit word: a word of the present state and a present verb of a
# place's hours in the clock time's clause ("the pool currently opens at 7am", "handover is now 07:45 not 08:00"), or a
# routine kept since a date ("ive done 7pm-7am since jan 2020")
_STANDING_CUE = _re(r"(?<![\w'’])(?:{standing_now_cues:line})(?![\w'’])", re.I)
_STANDING_NOW = _re(r"(?<![\w'’])(?:{standing_now_bare:line})(?![\w'’])", re.I)
_STANDING_SUBJECT = _re(r"(?<![\w'’])(?:{standing_now_subjects:line})(?![\w'’])", re.I)
_STANDING_VERB = _re(r"(?<![\w'’])(?:{standing_hour_verbs:line})(?![\w'’])", re.I)
_STANDING_NOT = _re(r"(?<![\w'’])(?:{standing_not_words:line})(?![\w'’])|(?<=\w)(?:{standing_not_clitics:bare})(?![\w'’])", re.I)
_STANDING_COPULA = _re(r"(?:(?<![\w'’])|(?<=\w))(?:{habit_place_copulas:bare})[ \t]+(?:(?:{standing_copula_gaps:line})[ \t]+)?"
                       r"(?:(?:{habit_adjacent_preps:bare})[ \t]+)?\Z", re.I)
_STANDING_START = _re(r"(?<![\w'’])(?:{standing_start_preps:line})[ \t]+\Z", re.I)
_STANDING_SINCE = _re(r"(?<![\w'’])(?:{standing_since_words:line})[ \t]+\Z", re.I)
_STANDING_PERFECT = _re(r"(?<![\w'’])(?:{standing_perfect_words:bare})(?![\w'’])|(?<=\w)(?:{standing_perfect_clitics:bare})(?![\w'’])", re.I)
_STANDING_REACH = 24   # characters before a day read for its "from"/"since"; before the hour for its copula
_STANDING_POLICY = _re(r"(?<![\w'’])(?:{standing_policy_openers:line})[ \t]+(?:[a-z]+[ \t]+)?(?:{standing_policy_preps:bare})[ \t]+\Z", re.I)
_STANDING_POLICY_NOT = _re(r"(?<![\w'’])(?:{standing_policy_not_words:line})(?![\w'’])", re.I)


def _standing_cue(text: str, c0: int, c1: int, near: list[Mention], men: Mention) -> str | None:
    """(standing25) The word that makes a clock time with no habit word a standing arrangement's hour, read in its
    clause ``c0``-``c1`` (``_habit_cue``'s): a word of the present state (lexicon standing_now_cues; a bare "now" only
    with a subject of standing_now_subjects in the clause) with a present verb of a place's hours or a copula right
    before the hour ("the pool currently opens at 7am", "handover is now 07:45"); or "since" and a date after the
    hour, with a perfect before it ("ive done 7pm-7am since jan 2020"). None where the clause has a word of one
    occasion (standing_not_words: "going to", a past) or a day that is not the arrangement's start ("from 1st
    April") or its "since"."""
    w0 = max(c0, men.start - _STANDING_REACH)
    since = None
    days = [o for o in near if o is not men and o.start < c1 and o.end > c0
            and o.kind not in ("time", "duration", "ref") and o.data.get("type") != "SET"]
    for o in days:
        s0 = max(c0, o.start - _STANDING_REACH)
        if o.start > men.end and _STANDING_SINCE.search(text[s0:o.start]):
            since = since or o
        elif not _STANDING_START.search(text[s0:o.start]):
            return None   # "the pool currently opens at 7am tomorrow": the hour's own day
    if since is not None and _STANDING_PERFECT.search(text, c0, men.start):
        return "since"   # (a perfect's participle is no past of one occasion: "I've started at 7am since March")
    if _STANDING_NOT.search(text, c0, c1):
        return None
    if (policy := _STANDING_POLICY.search(text[max(c0, men.start - 2 * _STANDING_REACH):men.start])) is not None \
            and not _STANDING_POLICY_NOT.search(text, c0, c1):
        return " ".join(policy.group(0).lower().split()[:2])   # "hot tub: please not after 10pm": a house rule
    cue = _STANDING_CUE.search(text, c0, c1)
    if cue is None and (now := _STANDING_NOW.search(text, c0, c1)) is not None \
            and _STANDING_SUBJECT.search(text, c0, men.start):
        cue = now
    if cue is None:
        return None
    if _STANDING_VERB.search(text, c0, men.start) or (
            (cop := _STANDING_COPULA.search(text[w0:men.start])) is not None
            and not _HABIT_PLACE_NOT.search(text[w0:w0 + cop.start()])):
        return cue.group(0).lower()
    return None


# (generic26) an occasion gone named by its place in a series ("last time", "the last one"); a question of what is
# offered ("do you do afternoon parties?? like 3 till 6")
_OCCASION_GONE = _re(r"(?<![\w'’])({occasion_gone_cues:line})(?![\w'’])", re.I)
_OCCASION_FRONTED = _re(r"(?<![\w'’])({occasion_gone_cues:line})[ \t]*,[ \t]*\Z", re.I)
_OCCASION_FRONT_REACH = 24   # characters before the time's clause read for a fronted cue and its comma
_OFFER_QUESTION = _re(r"(?<![\w'’])(?:(?:{offer_question_openers:line})"
                      r"|(?:{offer_modal_openers:line})[ \t]+(?:[\w'’-]+[ \t]+)?(?:{offer_plural_nouns:bare}))(?![\w'’])", re.I)
_OFFER_REACH = 80   # characters before the clock time read for the question's opener (on the time's line)


_POST_AGE_RULES = frozenset({"post_age", "post_age_alone", "under_age", "handle_age", "tail_age", "footer_age", "tiktok_stamp"})


def _day_in_clause(near: list[Mention], men: Mention, c0: int, c1: int, text: str | None = None, years: bool = False) -> bool:
    """(generic26) Whether a day other than ``men`` stands in its clause ``c0``-``c1``: any mention but a clock time, a
    length or a set; with ``text``, not a day after a word of standing_start_preps ("daily from July 1st": when the
    arrangement starts, not the hour's day); with ``years``, not a year alone (an occasion's year)."""
    for o in near:
        if o is men or o.start >= c1 or o.end <= c0 or o.kind in ("time", "duration") or o.data.get("type") == "SET":
            continue
        if o.rule in _POST_AGE_RULES:
            continue   # (hours43, §228) "We open at 11 Thursdays  5d": the comment's age at the line's end, no day of the clause
        if years and o.kind == "cal" and o.data.get("grain") == "year":
            continue
        if text is not None and _STANDING_START.search(text[max(c0, o.start - _STANDING_REACH):o.start]):
            continue
        return True
    return False


def _time_clause(text: str, lo: int, hi: int, men: Mention) -> tuple[int, int]:
    """(generic24's clause, read again by generic26) The clause of ``men`` in its message ``lo``-``hi``."""
    c0 = max((m.end() for m in _HABIT_CLAUSE_CUT.finditer(text, lo, men.start)), default=lo)
    cut = _HABIT_CLAUSE_CUT.search(text, men.end, hi)
    return c0, (cut.start() if cut is not None else hi)


def _occasion_gone(text: str, sentence: tuple[int, int], near: list[Mention], men: Mention) -> str | None:
    """(generic26) The word of an occasion gone named by its place in a series in the clock time's clause (lexicon
    occasion_gone_cues: "last time she was on at 11 and i missed her", "didnt get in till 2am from the last one"), where
    the clause names no day (a year is the occasion's: "last time we went down there was 2019 and ..."); None
    otherwise. ``resolve._time`` makes it an hour of no day only with the past at the time."""
    lo, hi = _message_of(text, sentence, men)
    c0, c1 = _time_clause(text, lo, hi, men)
    cue = _OCCASION_GONE.search(text, c0, c1)
    if cue is None and (front := _OCCASION_FRONTED.search(text, max(lo, c0 - _OCCASION_FRONT_REACH), c0)) is not None \
            and not text[max((m.end() for m in _HABIT_CLAUSE_CUT.finditer(text, lo, front.start())), default=lo):front.start()].strip():
        cue = front   # "The time before, they were still playing at 2am": the fronted cue of the time's clause
    if cue is None or _day_in_clause(near, men, c0, c1, years=True):
        return None
    return cue.group(1).lower()


def _offer_question(text: str, c1: int, near: list[Mention], men: Mention) -> str | None:
    """(generic26) The opener of a question about what is offered before the clock time on its line (lexicon
    offer_question_openers, or offer_modal_openers with a plural of offer_plural_nouns: "do you do afternoon parties??
    like 3 till 6", "can you do evenings, say 7pm till 11pm?"), at most _OFFER_REACH characters before it, with a question
    mark after it on the line and no day named from the opener to the end of the time's clause ``c1``."""
    line0 = start_of_line(text, men.start)
    w0 = max(line0, men.start - _OFFER_REACH)
    last = None
    for last in _OFFER_QUESTION.finditer(text, w0, men.start):
        pass
    if last is None:
        return None
    eol = next_newline(text, men.end)
    if "?" not in text[last.end():eol if eol >= 0 else len(text)] or _day_in_clause(near, men, last.start(), c1):
        return None
    return " ".join(last.group(0).lower().split()[:3])


# (standing29, docs/informal-time.md §97) standing hours said with a copula: a subject of a service or a routine, a copula,
# an adverb and a participle at most, a preposition, and the first end of a range at most, right before the clock time
# ("Phone lines are 8am - [6pm]", "Breakfast is [half 8] till 10", "We're open from [5]"); a meal only with two ends or
# "from", "we" only with "open" (rule standing_copular_hours' reading, for the hours other rules found); or a word of
# every day right after the hours ("9-5 weekdays")
_STC_END = r"(?:(?:{standing_spoken_starts:line})[ \t]+)?\d{1,2}(?:[.:]\d\d)?(?:[ \t]*[ap]\.?m\b\.?)?"
_STC_JOIN = r"[ \t]*(?:[-–—]|(?:{range_to_words:bare})(?![\w'’]))[ \t]*"
_STANDING_COPULAR = _re(r"(?i)(?<![\w'’-])(?:(?P<meal>{standing_meal_subjects:line})|(?P<we>{standing_open_subjects:line})"
                        r"|(?:(?:{standing_hours_possessives:bare})[ \t]+(?:(?:{standing_hours_words:bare})[ \t]+)?|(?:{standing_hours_words:bare})[ \t]+)(?:{standing_hours_nouns:bare})"
                        r"|{standing_copular_subjects:line})"
                        r"(?:[ \t]+(?:{standing_copula_words:bare})|['’](?:{standing_copula_clitics:bare}))(?![\w'’])[ \t]+"
                        r"(?:(?:{habit_adjacent_adverbs:bare})[ \t]+)?(?:(?P<part>{standing_copula_participles:bare})[ \t]+)?"
                        r"(?:(?P<p>{standing_copula_preps:bare})[ \t]+)?(?:%s%s%s[ \t]{0,3}(?:,|{standing_range_list_joiners:bare})[ \t]{0,3})?(?P<first>%s%s)?\Z" % (
                            _STC_END, _STC_JOIN, _STC_END, _STC_END, _STC_JOIN))
# ((clocks36, §135) or a second range after the first and "or", ",", "and": "half day is 8-12 or 1.30-[5.30]", both standing)
_STANDING_RANGE_AFTER = _re(_STC_JOIN + r"\d", re.I)
# (bounded blank runs: unbounded runs side by side made a long run of blanks after a clock time quadratic, the property
# test's 200,000 spaces after "8ish" ~ 20 minutes)
_STANDING_EVERY_AFTER = _re(r"(?i)(?:%s%s)?[ \t]{0,3},?[ \t]{0,3}({standing_every_after:line})(?![\w'’])" % (
    _STC_JOIN.replace("[ \t]*", "[ \t]{0,3}"), _STC_END))
_STANDING_COPULAR_REACH = 80   # characters before the clock time read for its subject and copula
_STANDING_OPEN = frozenset(_LEX["standing_open_participles"])   # "we're open from 5": "we" only with "open"
_STANDING_CLOSE = frozenset(_LEX["standing_copula_close_preps"])   # "open till 1am"
_STANDING_FROM = frozenset(_LEX["standing_copula_range_from"])   # "breakfast is from 7": a meal's one hour only after "from"


_NIGHT_END_AFTER = _re(_STC_JOIN + r"\d{1,2}(?:[.:]\d\d)?[ \t]*a\.?m\b", re.I)
_PM = re.compile(r"(?i)p\.?m\b")


def _night_span(text: str, men: Mention, first: str | None) -> bool:
    """(lead, at the merge) Whether a range of hours runs from the evening past midnight ("9pm-2am"): a pm start and an
    am end, ``men`` either end (``first`` the range's first end when ``men`` is its second)."""
    if first:
        return _PM.search(first) is not None and "a" in text[men.start:men.end].lower()
    return _PM.search(text, men.start, men.end) is not None and _NIGHT_END_AFTER.match(text, men.end) is not None


def _standing_copular(text: str, c0: int, men: Mention) -> str | None:
    """(standing29) The subject that makes a clock time standing hours said with a copula ("Phone lines are 8am - 6pm",
    "Check-in is normally from 3 to 8", "Breakfast is half 8 till 10"), or the word of every day right after its hours
    ("9-5 weekdays"); a shift's span read by rule standing_shift_hours; None otherwise. ``c0``: its clause's start."""
    w0 = max(c0, men.start - _STANDING_COPULAR_REACH)
    cop = _STANDING_COPULAR.search(text[w0:men.start])
    if men.data.get("standing_copula"):
        if cop is not None and not cop.group("we") and (cop.group("part") or "").lower() in _STANDING_OPEN \
                and _night_span(text, men, cop.group("first")):
            return None   # (lead, at the merge) "@jo: the bar's open 9pm-2am": one night's as often
        return men.data["standing_copula"]
    if cop is not None:
        if cop.group("we") and (cop.group("part") or "").lower() not in _STANDING_OPEN:
            cop = None
        elif not cop.group("we") and (cop.group("part") or "").lower() in _STANDING_OPEN and not cop.group("first") \
                and (cop.group("p") or "").lower() in _STANDING_CLOSE:
            cop = None   # (from reading A) "The bar's open till 1am so no rush home": a party's night as often
        elif not cop.group("we") and (cop.group("part") or "").lower() in _STANDING_OPEN and _night_span(text, men, cop.group("first")):
            cop = None   # (lead, at the merge) "@jo: the bar's open 9pm-2am": a place open past midnight, one night's as often
        elif cop.group("meal") and not cop.group("first") and (cop.group("p") or "").lower() not in _STANDING_FROM \
                and not _STANDING_RANGE_AFTER.match(text, men.end):
            cop = None   # "dinner is at 7": one evening's as often
        if cop is not None:
            return " ".join(cop.group(0).lower().split()[:2])
    every = _STANDING_EVERY_AFTER.match(text, men.end)
    return every.group(1).lower() if every is not None else None


# (standing29) a word of one occasion in a clock time's clause: a progressive after its subject ("we're landing", "I'm
# arriving"), a future ("will", "'ll", "going to"), the writer's own journey ("our flight lands", "we get in")
_SPILL_NOT = _re(r"(?i)(?<![\w'’])(?:(?:{standing_progressive_subjects:line})[ \t]+[a-z]+(?:{progressive_suffixes:bare})|{habit_spill_not_words:line})(?![\w'’])"
                 r"|(?<=\w)['’](?:{habit_spill_not_clitics:bare})(?![\w'’])")


def _habit_spill_refused(text: str, sentence: tuple[int, int], men: Mention) -> bool:
    """(standing29, §97) Whether a habit word of another clause of the time's message must not make it a habit's hour:
    its own clause has no habit word but a word of one occasion ("Check-in is normally from 3 to 8, we're landing at
    11.40pm so ...", "Reception is usually staffed 9-5; our flight lands at 11.40pm"). A set's habit is not asked."""
    lo, hi = _message_of(text, sentence, men)
    c0, c1 = _time_clause(text, lo, hi, men)
    if _HABIT_WORDS.search(text, c0, c1) is not None:
        return False
    return _SPILL_NOT.search(text, c0, c1) is not None


# (reviews34, §124) a place's routine in a review: a subject of a service or a routine (standing29's services and meals,
# lexicon review_routine_subjects: "Checkout", "the night feeding", "late checkout", "Quiet hours"), a copula at most, an
# adverb of routine, a preposition of review_routine_preps ("at" only after the copula), the first end of a range or an item
# before a join, right before the clock time ("Checkout [10am]", "late checkout till [11]", "The night feeding is [5.30pm]
# and [8.30pm]", "breakfast 7.30-[9.30]"); a meal only with two ends or "from" (standing29's rule: "breakfast at 8" is one
# morning's as often). ((reviews46, §272) A line wrapped between the preposition and the clock allowed: "The bar closes at" /
# "10pm which suited us".) Read only under a review's stamp (the main loop). Bounded: _REVIEW_ROUTINE_REACH characters before
# the time, every blank run bounded
_RR_END = r"\d{1,2}(?:[.:]\d\d)?(?:[ \t]{0,2}[ap]\.?m\b\.?)?"
_REVIEW_ROUTINE = _re(r"(?i)(?<![\w'’-])(?:(?P<meal>{standing_meal_subjects:line})|{review_routine_subjects:line}|{standing_copular_subjects:line})"
                      r"(?:[ \t]{1,3}(?P<cop>{standing_copula_words:bare}|{review_routine_verbs:bare})|['’](?P<cl>{standing_copula_clitics:bare}))?(?![\w'’])[ \t]{1,3}"
                      r"(?:(?:{habit_adjacent_adverbs:bare})[ \t]{1,3})?(?:(?P<p>{review_routine_preps:bare})(?:[ \t]{1,3}|[ \t]{0,2}\n[ \t]{0,2}))?"
                      r"(?P<first>%s(?:[ \t]{0,3}(?:[-–—]|(?:{range_to_words:bare})(?![\w'’]))|[ \t]{1,3}(?:{review_routine_joins:bare}))[ \t]{0,3})?\Z"
                      % _RR_END)
_REVIEW_ROUTINE_REACH = 60
_INDEFINITE_BEFORE = _re(r"(?i)(?<![\w'’])(?:{indefinite_articles:bare})[ \t]\Z")   # "for [a] Sunday" (the 4 characters before a day)
_ROUTINE_COPULA_PREPS = frozenset(_LEX["review_routine_copula_preps"])   # "check out is at 10", not "the pool at 8am"


def _review_routine(text: str, sentence: tuple[int, int], near: list[Mention], men: Mention) -> tuple[str, bool] | None:
    """(reviews34, §124) The subject of a place's routine right before the clock time ``men`` (``_REVIEW_ROUTINE``), where
    its clause names no day, and whether it is a booking's terms (below); None otherwise. Whether it is a review's (and so of
    no day) the main loop decides."""
    lo, hi = _message_of(text, sentence, men)
    c0, c1 = _time_clause(text, lo, hi, men)
    # ((reviews46, §272) a clause cut only by a line's wrap, "The bar closes at" / "10pm which suited us": read from the line
    # above, whose end closes no sentence)
    w0 = c0
    if c0 > 0 and start_of_line(text, c0) == c0 and not text[c0:men.start].strip(" \t") \
            and (above := text[max(0, c0 - 1 - _REVIEW_ROUTINE_REACH):c0 - 1]).strip() and above.rstrip()[-1:] not in ".!?:;,":
        w0 = max(start_of_line(text, c0 - 1), c0 - 1 - _REVIEW_ROUTINE_REACH)
    m = _REVIEW_ROUTINE.search(text[max(w0, men.start - _REVIEW_ROUTINE_REACH):men.start])
    if m is None or (m["p"] or "").lower() in _ROUTINE_COPULA_PREPS and not (m["cop"] or m["cl"]):
        return None   # "the pool at 8am was empty": one morning of the story
    if m["meal"] and not m["first"] and (m["p"] or "").lower() not in _STANDING_FROM and not _STANDING_RANGE_AFTER.match(text, men.end):
        return None   # "breakfast at 8": one morning's as often
    if _day_in_clause([o for o in near if not _INDEFINITE_BEFORE.search(text, max(0, o.start - 4), o.start)], men, c0, c1, text=text):
        return None   # "late checkout till 11 on Sunday": that day's (not "Checkout 10am is a bit early for a Sunday": any Sunday)
    routine = " ".join(m.group(0).lower().split()[:2])
    subj = men.start - len(m.group(0))
    kind = 1 if _TERMS_IN.match(m.group(0)) else 2 if _TERMS_OUT.match(m.group(0)) else 0
    if kind and (not text[start_of_line(text, subj):subj].strip() or _TERMS_HEAD.search(text, max(0, subj - 4), subj) is not None) \
            and (_TERMS_OUT if kind == 1 else _TERMS_IN).search(text, sentence[0], sentence[1]) is not None:
        return routine, True   # (reviews46, §272) "Check-in from 3pm, check-out by 10am.": a booking's terms, of no day
    return routine, False


# (reviews46, §272) a booking's terms: a check-in or check-out subject (lexicon terms_checkin_subjects, terms_checkout_subjects)
# heading its sentence or line, or after a sentence's end, a comma, a semicolon or a colon (the 4 characters before it at
# most blanks after the mark), the other kind in the same sentence
_TERMS_IN = _re(r"(?i)(?<![\w'’-])(?:{terms_checkin_subjects:line})(?![\w'’-])")
_TERMS_OUT = _re(r"(?i)(?<![\w'’-])(?:{terms_checkout_subjects:line})(?![\w'’-])")
_TERMS_HEAD = re.compile(r"(?:[.!?;,(][ \t]{0,3}|[:][ \t]{1,3})\Z")


# (hours42, docs/informal-time.md §204) a business's or a service's hours said for several named days are hours of no one
# day ("Shop open [10]-[4] today and tomorrow", "open [9] till [5] Saturday, Sunday & Monday"): a present verb of opening or
# closing (lexicon business_day_hours_verbs) in the clock time's clause before it, at most _BUSINESS_REACH characters back,
# not a noun after a determiner ("the opening at 7"), and two or more days of the clause joined into one group (lexicon
# business_day_group_joins), the clock outside the group and no clock after it (each range its own day: "open til 9
# tonight and tomorrow 5 to 8" keeps its days); none of business_day_hours_not in the clause (an event's first opening, a
# person's own plan, a past day, a road's closure). One named day keeps its day (the older sets' and informal24-32-blind's
# gold, §204's figures). Or a listing's hours line ("Hours: Open 11am - 11pm (Fri-Sat till 1am)", lexicon
# business_listing_heads before a colon) or its status ("Open ⋅ Closes 5 PM", business_status_words before a separator dot)
_BUSINESS_VERB = _re(r"(?i)(?<![\w'’-])(?:(?P<det>{business_day_hours_dets:bare})[ \t]{1,3})?({business_day_hours_verbs:bare})(?![\w'’-])")
_BUSINESS_NOT = _re(r"(?i)(?<![\w'’])(?:{business_day_hours_not:line})(?![\w'’])")
_BUSINESS_JOIN = _re(r"(?i)[ \t]{0,3}(?:(?<![\w'’])(?:{business_day_group_joins:line})(?![\w'’])|[-–—,&+])[ \t]{0,3}"
                     r"(?:(?:{business_day_group_fillers:bare})[ \t]{1,3})?")
_BUSINESS_HEAD = _re(r"(?i)[ \t]{0,8}(?:[^\w\n]{1,4}[ \t]{0,3})?(?:{business_listing_heads:line})[ \t]{0,3}:")
_BUSINESS_STATUS = _re(r"(?i)(?<![\w'’])(?:{business_status_words:line})[ \t]{0,3}[⋅·•|][ \t]{0,3}(?:{business_day_hours_verbs:bare})[ \t]{1,3}\Z")
_BUSINESS_REACH = 60   # characters before the clock time read for the verb (the bound of the look)
_BUSINESS_GROUP_REACH = 160   # characters after the clock's clause read for the rest of its group of days (the bound)
# a weekday and its clock, one mention ("Sunday 8 AM"), on a listing's hours line: the weekday a SET, the clock of no day
_BUSINESS_WEEKDAY_CLOCK = re.compile(r"(?i)(?P<day>%s)\.?[ \t]{1,3}\d{1,2}(?:[.:]\d\d)?(?:[ \t]?[ap]\.?m\b\.?)?" % "|".join(
    sorted(map(re.escape, _LEX["weekdays"]), key=len, reverse=True)))
_BUSINESS_WEEKDAYS = {k.lower(): v for k, v in _LEX["weekdays"].items()}
_BUSINESS_WEEKDAY = re.compile(r"(?i)(?:%s)\.?" % "|".join(sorted(map(re.escape, _LEX["weekdays"]), key=len, reverse=True)))
# a clock and its own day word after it, one mention ("5 today", "4 tomorrow", "5pm Saturday")
_BUSINESS_OWN_DAY = _re(r"(?i)\d{1,2}(?:[.:]\d\d)?(?:[ \t]?[ap]\.?m\b\.?)?[ \t]{1,3}"
                        r"(?:(?P<day>{business_clock_day_words:bare})|(?P<wday>{business_clock_weekdays:bare}))")


def _listing_line(text: str, near: list[Mention], men: Mention) -> bool:
    """(hours42, §204) Whether ``men`` stands on a listing's hours line (lexicon business_listing_heads before a colon at
    the line's start) with no dated day before it there (a weekday, a weekday's clock or a set is no dated day)."""
    sol = start_of_line(text, men.start)
    if _BUSINESS_HEAD.match(text, sol, men.start) is None:
        return False
    for o in near:   # (the sentence's mentions in order: read up to the clock only)
        if o.start >= men.start:
            break
        if o is men or o.start < sol:
            continue
        if o.kind == "time" and o.data.get("dref") and _BUSINESS_WEEKDAY_CLOCK.fullmatch(text, o.start, o.end) is None:
            return False
        if o.kind not in ("time", "duration", "ref", "weekday") and o.data.get("type") != "SET":
            return False
    return True


def _business_day_hours(text: str, c0: int, c1: int, near: list[Mention], men: Mention, own: int | None = None) -> str | None:
    """(hours42, §204) The word that makes the clock time ``men`` a business's hours of no one day: the verb of opening of
    its clause ``c0``-``c1`` with a group of several days there, a listing's head at its line's start, or a listing's status
    right before it; None otherwise. ``own``: where the clock's own day word starts in it ("5 [today] and tomorrow"),
    the group's first day."""
    w0 = max(c0, men.start - _BUSINESS_REACH)
    if own is not None:
        verb = None
        for m in _BUSINESS_VERB.finditer(text, w0, men.start):
            verb = m
        if verb is None or verb.group("det") or _BUSINESS_NOT.search(text, c0, c1) is not None:
            return None
        nxt = next((o for o in near if o.start >= men.end and o.kind not in ("time", "duration", "ref")
                    and o.data.get("type") != "SET"), None)
        if nxt is None or _BUSINESS_JOIN.fullmatch(text, men.end, nxt.start) is None \
                or any(o is not men and o.kind == "time" and nxt.end <= o.start <= max(c1, nxt.end) + 1 for o in near):
            return None   # "shuts at 3 today": one day, its own
        return verb.group(2).lower()
    if _BUSINESS_STATUS.search(text[w0:men.start]) is not None:
        return "listing status"   # "Open ⋅ Closes 5 PM"
    if _listing_line(text, near, men):
        return "listing hours"   # "Hours: Open 11am - 11pm (Fri-Sat till 1am)" (no dated day before it on the line)
    verb = None
    for m in _BUSINESS_VERB.finditer(text, w0, men.start):
        verb = m
    if verb is None or verb.group("det") or _BUSINESS_NOT.search(text, c0, c1) is not None:
        return None
    # the days of the clause and after it as (start, end) (a clock that took its own day word, "9 til [5 today] and
    # tomorrow", is no day here: §204's figures, informal29-blind's gold dates such hours on the first day)
    days = []
    for o in near:   # (the sentence's mentions in order: at most _BUSINESS_GROUP_REACH characters past the clause)
        if o.start > c1 + _BUSINESS_GROUP_REACH:
            break
        if o is men or o.start < c0:
            continue
        if o.kind not in ("time", "duration", "ref") and o.data.get("type") != "SET":
            days.append((o.start, o.end))
        elif o.kind == "time" and o.data.get("dref") and o.start > men.end \
                and (own_day := _BUSINESS_OWN_DAY.fullmatch(text, o.start, o.end)) is not None and own_day["wday"]:
            days.append((own_day.start("wday"), o.end))   # "open 10 till [5pm Saturday] and Sunday": a weekday the clock took
    if not days or days[0][1] > c1 or days[0][0] < men.start < days[-1][1]:
        return None
    group = [days[0]]
    for o in days[1:]:   # the group runs on through its joins, past a comma of the list ("Sat, Sun & Mon")
        if _BUSINESS_JOIN.fullmatch(text, group[-1][1], o[0]) is None:
            break
        group.append(o)
    if len(group) < 2 or any(o[0] < c1 and o not in group for o in days):
        return None   # one day, or two days apart in the clause: that day's hours
    end = max(c1, group[-1][1])
    if any(o is not men and o.kind == "time" and group[-1][1] <= o.start < end + 1 for o in near) \
            or any(o is not men and o.kind == "time" and men.end <= o.start < group[0][0] and o.data.get("dref")
                   and o.end < group[0][1] for o in near):
        return None   # "open til 9 tonight and tomorrow 5 to 8": each range its own day
    return verb.group(2).lower()


# (hours43, §228) a range of hours told as another day's usual ones, right after the hour (or the range's end after it):
# "we're open May Day Monday too, 7 to 12 like a Saturday", "open Good Friday 9 till 1, same as a Sunday": the standing
# hours, of no day even where the clause names the day (lexicon open_hours_like_days, open_hours_like_day_words).
# Bounded: a joiner, an hour and its minutes, a comma, the like-phrase and the day's words (< 60 characters)
_LIKE_DAY_HOURS = _re(r"(?:[ \t]{0,3}(?:[-–—]|(?i:{range_to_words:bare}))[ \t]{0,3}(?:1[0-2]|0?[1-9])(?:[.:][0-5]\d)?)?[ \t]{0,3},?[ \t]{1,3}"
                      r"(?P<like>(?i:{open_hours_like_days:line})[ \t]{1,3}(?i:{open_hours_like_day_words:line}))(?![\w'’])")
_LIKE_DAY_REACH = 60


def _habit_cue(text: str, sentence: tuple[int, int], near: list[Mention], men: Mention) -> tuple[str, str, str] | None:
    """(generic24) How a clock time with no day of its own is a habit's hour, read in its own clause: ("near",
    word) for an adverb of habit right before it ("Eid prayer at the mosque is usually 8am": its hour whatever
    day the clause names); ("habit_clause", word) for a habit word in its clause where the clause names no day ("I
    usually get up at 8 but tomorrow I have to be up at 6": the 8 of no day, the 6 tomorrow's); ("habit_noun", word)
    for a standing hour's noun after it, after a determiner ("the 3am slump is real", "my 7am alarm": of no day
    unless the sentence names one). Reads the time's message (``_message_of``: at most _MESSAGE_REACH characters
    either side)."""
    lo, hi = _message_of(text, sentence, men)
    adj = _HABIT_ADJACENT.search(text[max(lo, men.start - _HABIT_ADJACENT_REACH):men.start])
    if adj is not None:
        return "near", adj.group(1).lower(), ""
    c0, c1 = _time_clause(text, lo, hi, men)
    if (verb := _business_day_hours(text, c0, c1, near, men)) is not None:
        return "habit_clause", verb, "business_hours"   # (hours42, §204) "Shop open 10-4 today and tomorrow"
    if (deadline := _day_before_deadline(text, c0, c1, near, men)) is not None:
        return "habit_clause", deadline, "day_before"   # (generic45, §261) "Bookings close the day before at noon"
    if (like := _LIKE_DAY_HOURS.match(text, men.end, min(hi, men.end + _LIKE_DAY_REACH))) is not None:
        return "habit_clause", like.group("like").lower(), "business_hours"   # (hours43, §228) "7 to 12 like a Saturday"
    word = _HABIT_WORDS.search(text, c0, c1)
    if word is None and (place := _HABIT_PLACE_AFTER.match(text, men.end, c1)) is not None:
        w0 = max(c0, men.start - _HABIT_ADJACENT_REACH)
        cop = _HABIT_PLACE_BEFORE.search(text[w0:men.start])
        if cop is not None and not _HABIT_PLACE_NOT.search(text[w0:w0 + cop.start()]):
            word = place   # "lunch is at 12:30 here": the custom of a place
    if word is not None:
        # "most days I'm up at 6, on Friday at 5": a day in the clause is the time's; ((generic26) not a day the
        # arrangement starts or ends on: "Reception open 9am to 9pm daily from July 1st")
        if _day_in_clause(near, men, c0, c1, text=text):
            return None
        return "habit_clause", word.group(0).strip().lower(), ""
    if (copular := _standing_copular(text, c0, men)) is not None:
        # (standing29) "Phone lines are 8am - 6pm", "Check-in is from 3": of no day unless the clause names one
        # (a clock time of the clause with its own day counts: "Lunch is 12 till [2 today]")
        # (the shift's own span is no day: "I'm on 9-5 [the whole week]", rule standing_shift_hours)
        span = men.data.get("standing_span")
        if span is not None:
            near = [o for o in near if o.end <= span[0] or o.start >= span[1]]
        # (a clause that names a day leaves the hour to the cues after: "breakfast is served from 7am at the moment", §75)
        if not (_day_in_clause(near, men, c0, c1, text=text) or any(
                o is not men and o.kind == "time" and o.data.get("dref") and o.start < c1 and o.end > c0 for o in near)):
            return "habit_clause", copular, ""
    if (standing := _standing_cue(text, c0, c1, near, men)) is not None:
        return "habit_clause", standing, ""   # (standing25) "the pool currently opens at 7am", "handover is now 07:45"
    if (offer := _offer_question(text, c1, near, men)) is not None:
        return "habit_clause", offer, "offer_question"   # (generic26) "do you do afternoon parties?? like 3 till 6"
    noun = _HABIT_NOUN_AFTER.match(text, men.end)
    if noun is not None and _HABIT_DET_BEFORE.search(text[max(lo, men.start - 8):men.start]):
        return "habit_noun", noun.group(1).lower(), ""
    return None
# (generic45, docs/informal-time.md §260) a timetable's list of clocks under its heading: "Ferry timetable over Easter from
# the wharf: 8am, 9.30am, 3pm, 5pm. From town 8am, 10.45, 4pm, 6pm." (lexicon timetable_list_*): every clock a standing
# hour of no day, even where the heading names a holiday or a weekday; "The 6pm Monday is full" (another sentence) names one
_TT_ITEM = r"(?<![\w.:£$€])(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?(?:[ \t]?(?i:[ap]\.?m\b\.?))?(?![\w£$€%]|[.:]\d)"
_TT_LIST = _re(r"%s(?:[ \t]*[-–—][ \t]*%s)?(?:[ \t]*(?i:{timetable_list_joiners:line})[ \t]*%s(?:[ \t]*[-–—][ \t]*%s)?)+" % ((_TT_ITEM,) * 4))
_TT_HEAD = _re(r"(?i)(?<![\w'’])(?:{timetable_list_nouns:line}|(?:{timetable_list_time_modifiers:line})[ \t]+(?:{timetable_list_time_nouns:line}))(?![\w'’])"
               r"(?P<rest>[^\n.!?:]{0,40}):[ \t]*")
_TT_LEG = _re(r"[ \t]*[.;,]?[ \t]+(?i:{timetable_list_leg_words:line})[ \t]+(?:[A-Za-z][\w'’-]*[ \t]+){0,2}[A-Za-z][\w'’-]*[ \t]*[:,]?[ \t]*")
_TT_ONE_DAY = _re(r"(?i)(?<![\w'’])(?:{timetable_list_one_day_words:line})(?![\w'’])")
_TT_READ = 300


def _timetable_list(text: str, near: list[Mention], men: Mention) -> str | None:
    """(generic45, §260) The heading noun of a timetable whose list of clocks (or a leg of it after "From ...") holds the
    clock time ``men``; None otherwise. Reads the line up to _TT_READ characters before the time; a word of one day
    (timetable_list_one_day_words) on the line before the heading or in it makes the list that day's ("Tomorrow's
    sailings: 8, 10 and 2", "Tomorrow is the holiday so the boats are on the holiday timetable: 8am, 10.15 and 2pm")."""
    a = max(text.rfind("\n", 0, men.start) + 1, men.start - _TT_READ)
    for head in _TT_HEAD.finditer(text, a, men.start):
        rest = head.group("rest")
        if _TT_ONE_DAY.search(text, a, head.start()) or _TT_ONE_DAY.search(rest) or any(o.kind == "cal" and o.data.get("day") and head.start() <= o.start < head.end()
                                           for o in near):
            continue
        pos = head.end()
        while pos <= men.start:
            lst = _TT_LIST.match(text, pos)
            if lst is None:
                break
            if lst.start() <= men.start and men.end <= lst.end():
                if any(o is not men and o.kind not in ("time", "duration") and lst.start() <= o.start < lst.end() for o in near):
                    return None   # a day inside the list: that day's clocks
                return head.group(0).split(":")[0].strip().lower()
            leg = _TT_LEG.match(text, lst.end())
            if leg is None:
                break
            pos = leg.end()
    return None


# (generic45, §261) a standing cut-off a day ahead of whatever is booked: "Bookings close the day before at noon", "orders
# in by 6pm the night before" (lexicon day_before_deadline_*): the clock of no day
_DBD_SUBJECT = _re(r"(?i)(?<![\w'’])(?:{day_before_deadline_subjects:line})(?![\w'’])")
_DBD_BEFORE = _re(r"(?i)(?<![\w'’])(?:{day_before_deadline_phrases:line})[ \t]+(?:{day_before_deadline_cues:line})[ \t]+\Z")
_DBD_AFTER = _re(r"(?i)[ \t]+(?:{day_before_deadline_phrases:line})(?![\w'’])")
_DBD_SUBJECT_REACH = 40
_DBD_PHRASE_REACH = 32
_DBD_NOT_DAYS = frozenset(("time", "duration", "set"))   # the sentence's mentions that name no day


def _day_before_deadline(text: str, c0: int, c1: int, near: list[Mention], men: Mention) -> str | None:
    """(generic45, §261) The subject of a standing cut-off a day ahead ("Bookings close the day before at [noon]", "order
    before [12 noon] the day before") that the clock time ``men`` is the hour of, read in its clause ``c0``-``c1``; None
    otherwise (no such subject within _DBD_SUBJECT_REACH characters before the phrase or the clock, a past auxiliary
    in the clause, or a day the sentence names: "The party is Saturday, RSVP the day before by 8pm" is the Friday's)."""
    ph = _DBD_BEFORE.search(text, max(c0, men.start - _DBD_PHRASE_REACH), men.start)
    if ph is not None:
        at = ph.start()
    elif _DBD_AFTER.match(text, men.end, c1) is not None:
        at = men.start
    else:
        return None
    subj = None
    for subj in _DBD_SUBJECT.finditer(text, max(c0, at - _DBD_SUBJECT_REACH), at):
        pass
    if subj is None or _PAST_AUX_WORD.search(text, c0, c1) \
            or any(o is not men and o.kind not in _DBD_NOT_DAYS and o.rule != "day_before_after" for o in near):
        return None
    return subj.group(0).lower()


_HOLIDAY_NOT_MODIFIER = _re(r"\s+{not_holiday_modified}\b", re.I)
_HOLIDAY_PLAN_NOUN = _re(r"\s+{holiday_plan_nouns}\b", re.I)   # (days) "NYE plans?"
_POST_FUTURE = _re(r"(?<![\w'’])(?:{post_future_words})(?![\w'’])|(?<=\w)(?:{post_future_clitics:bare})\b", re.I)   # (days) "... are gonna be mad"


def _attributive(text: str, men: Mention) -> bool:
    """A date used as a modifier of a noun: "the 1614 rules", "the August 1792 insurrection"."""
    return bool(_ATTR_BEFORE.search(text, max(0, men.start - 12), men.start)) and bool(_ATTR_AFTER.match(text, men.end))


_EVENT_REL = _re(r"\s+({event_directions:cs})\s+(?!{not_event_words:cs}\b)([^,.;:()\[\]]{3,80})")
_APPOSITION_REACH = 250
_APPOSITION_AND_OR = _re(r"\s(?:{apposition_gap_conjunctions:bare})\s+$")   # a gap that ends in "and" / "or" after an apposed date
_KEY_MENTIONS = 20  # how many earlier mentions of an event's name are searched for its date
_KEY_STOP = set(_LEX["event_key_stopwords"])
_KEY_SKIP = set(_LEX["event_key_skip"])
_NEW_YEAR = _re(r"{new_year_words}\b")
# the full month names: the first name the lexicon gives each month ("the October intervention")
_MONTH_WORDS = "|".join(w.title() for n, w in sorted({n: w for w, n in reversed(list(_LEX["months"].items()))}.items()))
_STARTS_WITH_DATE = _re(r"(?:(?:{date_start_articles:bare})\s+)?(?:\d|(?:%s)(?:\s*\d|\s*[,.;)]|\s*$))" % _MONTH_WORDS)
_UNIT_DAYS = {"D": 1, "W": 7, "M": 30, "Y": 365}


def _event_offset(text, sentences, si, men, results, ctx, near=()):
    """In a history, "eight days after Fort Sumter", "two days after relieving the siege" name a
    date: the event's date, which the text gave where it told the event, moved by the offset.
    "On 27 June 1950, two days after the KPA invaded, ..." restates the date in front of it."""
    d = men.data
    n, unit = d.get("n"), d.get("unit")
    if n is None or d.get("vague") or d.get("det") or d.get("mod") or unit not in _UNIT_DAYS or n != int(n):
        return None
    m = _EVENT_REL.match(text, men.end)
    if not m or m.start(2) >= sentences[si][1]:
        return None
    if m.start(2) in results.starts or _starts_with_date(text, m.start(2)):
        return None  # "two days after May 5": a date, not an event
    n, sign = int(n), _LEX["event_directions"][m.group(1).lower()]
    s0 = sentences[si][0]
    # an apposition: "On 27 June 1950, two days after the KPA invaded"; the sentence's dates
    # before it, nearest first, up to _APPOSITION_REACH characters away (bounded per expression)
    for m2, r2, si2 in reversed(results.by_sent.get(si, ())):
        if men.start - m2.end > _APPOSITION_REACH:
            break
        if r2.start is None or r2.granularity != "day":
            continue
        gap = text[m2.end:men.start]
        if re.fullmatch(r"\s*,\s*", gap) or (r2.anchor == "apposition" and _APPOSITION_AND_OR.search(gap)):
            # TimeML: the length is a DURATION ("two days" P2D before "after the KPA invaded");
            # its row is placed on the day it restates
            day = Point.day(r2.start.date())
            return Resolved("DURATION", dur_value(n, unit), None, day.start, day.end, "day",
                            f"{n} {UNIT_NAMES[unit]}{'s' if n != 1 else ''} {m.group(1).lower()} an event, in apposition to "
                            f"{day.value} just before it", "", False, "apposition")
    phrase = m.group(2)
    if _NEW_YEAR.match(phrase) and ctx.last is not None and ctx.last.start.year > 0:
        ev, what = Point.day(date(ctx.last.start.year + 1, 1, 1)), "the new year after the last date mentioned"
    else:
        ev, what = _event_date(text, sentences, s0, phrase, results)
        if ev is None and unit in ("D", "W") and ctx.last is not None and ctx.last.grain == "day":
            # an event the text does not name again is the one it has just told
            ev, what = ctx.last, "the event told last, at the last date mentioned"
        if ev is None:
            return None
    if isinstance(ev, int):  # a year BC
        if unit != "Y":
            return None
        v = ev - sign * n
        return Resolved("DATE", f"BC{v:04d}" if v > 0 else f"{1 - v:04d}", None, None, None, "",
                        f"{n} year{'s' if n != 1 else ''} {m.group(1).lower()} {what} ({ev} BC)", "", False, "event")
    if GRAIN_RANK.get(ev.grain, 0) < GRAIN_RANK[UNIT_GRAIN[unit]]:
        return None
    shifted = add(ev.start.date(), unit, sign * n)
    p = {"D": Point.day, "W": Point.week}.get(unit, Point.day)(shifted)
    if unit in ("M", "Y") and ev.grain != "day":
        p = p.coarsen(UNIT_GRAIN[unit])
    elif unit in ("M", "Y"):
        p = Point.day(shifted)
    _, end = event_phrase(text, m.start(2), sentences[si][1])   # the event's phrase, to its clause's end
    if not _frame_offset(men, m.start(2), end, near) or _OFFSET_STATE.search(text, max(0, men.start - 12), men.start):
        # TimeML: "completed in 1864, five years after his death" is the DURATION P5Y (its clause has its date), so
        # is "held the line for a week before ...";
        # its row is placed where it leads
        return Resolved("DURATION", dur_value(n, unit), None, p.start, p.end, p.grain,
                        f"{n} {UNIT_NAMES[unit]}{'s' if n != 1 else ''} {m.group(1).lower()} {what} ({ev.value})", "", False, "event")
    # (wikiwars34) the only time of its clause: a history's "Liberty was seized eight days after Fort Sumter", "Five
    # days after the fall of Girona, the last resistance was broken" name the DATE they reach, as WikiWars writes them
    # (docs/timeml-conventions.md, "Histories, thirty-third session"); this runs in a narrative only. Its extent takes
    # in the signal and the event's phrase (``anchors._phrase``: to its clause's end, at most 100 characters), as
    # WikiWars' does, where no other time expression starts inside it
    if unit == "Y" and p.grain == "day":
        p = p.coarsen("year")   # "two years after the fall of Girona": the year reached, as "two years later"
    if not any(o is not men and m.start(2) <= o.start < end for o in near) and "\n" not in text[men.end:end]:
        men.end = end   # WikiWars' extent: the length, "after" / "before" and the event's phrase ("eight days after Fort Sumter")
    return Resolved("DATE", p.value, p, p.start, p.end, p.grain,
                    f"{n} {UNIT_NAMES[unit]}{'s' if n != 1 else ''} {m.group(1).lower()} {what} ({ev.value})", "", False, "event")


_LENGTH_KINDS = frozenset({"duration", "set", "fixed"})   # (wikiwars34) mentions that date no clause
# (wikiwars34) before a length that is how long a state lasts ("marched upstream for a week before crossing"): a length
_OFFSET_STATE = _re(r"\b(?:{anchor_state_words})\s+$", re.I)
_FRAME_NEAR = 6   # (wikiwars34) the mentions read either side of an offset for a date of its clause


def _frame_offset(men, a: int, b: int, near) -> bool:
    """(wikiwars34) The offset is the only time its sentence tells outside its event's phrase text[a:b] (``near``:
    the sentence's other mentions, at most _FRAME_NEAR either side): it frames the clause ("Five days after the fall
    of Girona, the last resistance was broken") rather than measuring the distance from a date the clause has
    ("She died on 24 October 1537, twelve days after giving birth": a length)."""
    return not any(o is not men and o.kind not in _LENGTH_KINDS and not (a <= o.start < b) for o in near)


def _starts_with_date(text, pos):
    """ "May 5", "1950", "October," are dates; "the October Chinese intervention" is an event."""
    return bool(_STARTS_WITH_DATE.match(text[pos:pos + 16]))


def _event_date(text, sentences, s0, phrase, results):
    """Where the text told the event named by ``phrase`` ("Fort Sumter", "the fall of Girona",
    "relieving the siege"), the date it gave there: the date nearest to its last mention."""
    words = re.findall(r"[A-Za-z][\w'-]*", phrase)[:6]
    keys = [w for w in words if w[0].isupper() and w not in _KEY_STOP]
    if not keys:
        nouns = [w for w in words if len(w) > 4 and w.lower() not in _KEY_SKIP]
        keys = nouns[-1:]
    if not keys:
        return None, ""
    key = " ".join(keys) if len(keys) <= 3 and re.search(r"\b" + r"\W+".join(map(re.escape, keys)) + r"\b", phrase) else keys[0]
    starts = results.doc.starts
    key_re = re.compile(r"\b%s\b" % re.escape(key).replace("\\ ", r"\W+"))
    # the name's last mentions before the sentence, latest first, found through the index of
    # word offsets (not a scan of the text before every sentence: narratives stay linear)
    first = re.match(r"\w+", key)
    offsets = results.word_starts(first.group()) if first else []
    tried = 0
    for k in range(bisect_left(offsets, s0) - 1, -1, -1):
        km = key_re.match(text, offsets[k], s0)
        if km is None:
            continue
        tried += 1
        if tried > _KEY_MENTIONS:
            break
        ksi = max(0, bisect_right(starts, km.start()) - 1)
        best = None
        for si2 in (ksi, ksi + 1):
            # the date is told with the event's name or in the sentence after it
            for start2, when in results.dated(si2):
                dist = abs(start2 - km.start()) + (10000 if si2 != ksi else 0)
                if best is None or dist < best[0]:
                    best = (dist, when)
        if best is not None:
            return best[1], f"'{key}', dated where the text told it"
    return None, ""


_OF_EVENT = _re(r"\s+(?:{of_event_words:bare})\s+(?:{of_event_determiners:bare})\s+(?:[a-z-]+\s+)?%s(%s)\b" % (
    guard(_EVENT_WORDS), "|".join(sorted((re.escape(n) for n in _EVENT_WORDS), key=len, reverse=True))), re.I)
_EVENT_END = _re(r"\b(?:{event_end_words})\b", re.I)


def _date_events(text, sentences, results, event_dates: dict[str, tuple[str, Point]]) -> None:
    """The events the text dates ("ordered its invasion of Ukraine on Feb 24"): event key ->
    (noun, date), the first date told for each, added from ``results`` (one block's)."""
    for men, res, si in results:
        p = res.point
        if p is None or p.grain not in ("day", "month", "year") or men.kind not in ("cal", "weekday", "deictic_day", "holiday"):
            continue
        s0 = sentences[si][0]
        lo = max(s0, men.start - 160)
        part = text[lo:men.start]
        if part.isascii() and _EVENT_PIECES.isdisjoint(_LETTER_RUN.findall(part.lower())):
            continue   # (speed, twelfth session) no piece of an event noun: _EVENT_NOUN finds none
        nouns = list(_EVENT_NOUN.finditer(text, lo, men.start))
        if nouns:
            noun = nouns[-1].group(1).lower()
            if _EVENT_END.search(text, nouns[-1].end(), men.start):
                continue   # "the siege was lifted on 27 January 1944": its end, not its date
            key = _event_key(noun)
            told = event_dates.get(key)
            if told is None or (GRAIN_RANK[p.grain] > GRAIN_RANK[told[1].grain] and told[1].start <= p.start < told[1].end):
                # the first date told, or a finer one inside it: "The siege of Sevastopol (1854–55)
                # ... The siege began on 17 October"
                event_dates[key] = (noun, p)


def _resolve_deferred(text, sentences, deferred, results, ctx):
    """Periods counted from an event: "now in its seventh month" (of the invasion the text
    dates elsewhere), "the first week after ... on Feb 24". The events' dates are those the
    text told up to the end of the block (in a text of one block, anywhere in it)."""
    event_dates = results.doc.event_dates
    out = []
    for men, si in deferred:
        s0, s1 = sentences[si]
        ev = None
        if ctx.mode == "narrative" and men.kind == "ordinal_after" and men.data["unit"] == "D" and men.data["count"] == 1:
            # "On 21 July, the fifth day of the rebellion, ...": a day of an event, in apposition
            # to the date in front of it
            # (the sentence's dates are in text order: the one just before it is the only candidate)
            sent = results.by_sent.get(si, [])
            k = bisect_left(sent, men.start, key=lambda r: r[0].start) - 1
            app = [(m2, r2) for m2, r2, _ in sent[max(0, k):k + 1] if m2.end <= men.start and r2.point is not None
                   and r2.point.grain == "day" and men.start - m2.end <= 64
                   and re.fullmatch(r"\s*,\s*", text[m2.end:men.start])]
            if app:
                p = app[-1][1].point
                out.append((men, Resolved("DATE", p.value, p, p.start, p.end, "day",
                                          f"a day of an event, in apposition to {p.value} just before it", "", False, "apposition"), si))
                continue
        if men.kind == "event_ordinal":
            # the event named in it ("the war's third year"), before it ("The war, now in its
            # seventh month") or right after it ("in the third year of the war")
            word = men.data.get("event_word")
            if word is None:
                nouns = list(_EVENT_NOUN.finditer(text, max(s0, men.start - 80), men.start))
                after = _OF_EVENT.match(text, men.end, s1)
                word = nouns[-1].group(1) if nouns else (after.group(1) if after else None)
            if word:
                found = event_dates.get(_event_key(word))
                if found:
                    ev = (word.lower(), found[1], found[0])
        else:
            rel = men.data["rel"]
            if rel in ("after", "since", "following"):
                for m2, r2, _ in results.days_after(si, men.end):
                    ev = ("the date named next in the sentence", r2.point)
                    break
            if ev is None:
                n = _EVENT_NOUN.search(text, men.end, min(s1, men.end + 60))
                if n and _event_key(n.group(1)) in event_dates:
                    ev = event_dates[_event_key(n.group(1))]
                    ev = (f"the {ev[0]}", ev[1])
        men.data["event"] = ev
        res = resolve(men, ctx, None)
        if res is not None:
            out.append((men, res, si))
    return out
