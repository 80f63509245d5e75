"""What a rule is and what it finds: the engine side of extraction, without any language.

A language (``lang/<code>/rules.py``) declares its rules as ``Rule`` records: a name, a
pattern built from its lexicon's word classes, a builder that turns a match into a
``Mention`` (the span, a ``kind``, and the parts the text gives: "month 2, day 24, year
unknown", "weekday 5, tense to decide"), a priority, the trigger-word categories without
which it cannot match, the contexts that reject a match, and examples that must tag.
"""
from __future__ import annotations

from timeline_app.temporal import fastre as re
from dataclasses import dataclass, field
from typing import Callable

from timeline_app.temporal.cancel import CancelCheck, check
from timeline_app.temporal.lang import expand


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    rule: str
    kind: str
    data: dict = field(default_factory=dict)
    priority: int = 0

    def __reduce__(self):
        # pickled as its six fields (a long text's mentions wait pickled for the mode, see
        # ``tagger.tag_blocks``): a third faster than the generic state of a slotted class
        return Mention, (self.start, self.end, self.rule, self.kind, self.data, self.priority)


Builder = Callable[[re.Match, str], "Mention | list[Mention] | None"]

#: trigger categories a rule may name (see ``triggers.py``)
TRIGGER_CATEGORIES = frozenset({"year", "slash", "month", "spoken", "era", "decade", "unit", "season", "quarter",
                                "deictic", "pod", "weekday", "ampm", "colon", "clock", "holiday", "holiday_key", "set",
                                "ordinal", "year3", "spoken_minutes", "bare_pod", "short_year", "close", "hour_plan", "time_noun", "dot",
                                "while",    # (days) "a while ago", "ages ago"
                                "in_minutes", "post_age",   # (eleventh session, clock) "back in 10", "there in 5"
                                "zone",    # (twelfth session, clock) "till 3 ET"
                                "minute_word", "ordinal_word",   # (fourteenth session, spoken) "nine thirty", "on the fifth"
                                "tens_year", "hour_word_cue", "hour_word_between", "hour_word_range",   # (fifteenth session, spoken2) "in fifty-three", "the winter of forty-seven"
                                "clock4",   # (left21) four digits that may be a 24-hour clock time of 10-23: "at 2130"
                                "clock4_log",   # (voices22) a log's four digits, no year of 1860-2099: "knock off 1200"
                                "end_word",   # (speed11) the word "end" of "by end of day" (rule end_of_unit_bare)
                                "sharp",   # (twenty-first session, hours22) "we start 8 sharp"
                                "clock_noun",   # (twenty-third session, clock24) "dentist 11.15", "lunch 12.30-1.15"
                                "week_no",   # (twenty-seventh session, numdates28) "wk 23", "wk23"
                                "standing_service", "standing_shift",   # (twenty-eighth session, standing29) "Phone lines are 8am - 6pm", "Check-in is from 3"
                                "dmy2",   # (twenty-seventh session, numdates28) "05.06.25", "25-06-25"
                                "timetable_break",   # (twenty-ninth session, hourlist30) "Smoko 10 & 2.15, lunch 12-12.30"
                                "programme_hour",   # (forty-second session, barehours42) "Sunday: church 9, parade 2"
                                "departure_hour",   # (forty-fourth session, clocks44) "Tuesday take the 7 boat"
                                "collective_hour",   # (hourlist30) "noise bylaw after 10 weeknights"
                                "hour_predicate",   # (twenty-eighth session, hourranges29) "the fireworks are 7 so ..."
                                "clock_move", "shift_span", "shift_span_on",   # (thirtieth session, clock31) "push to 7", "run 8 till 1.30", "2300 local time"
                                "frame_day",   # (holdate33) Quebec's "St-Jean", "moving day" (rule quebec_day)
                                "world_holiday",   # (worldhol38, §149) a head of a nation's holiday's name (rule world_holiday)
                                "event_hour", "start_hour", "open_end",   # (thirty-third session, bareclock34) "music from 8", "10 till noon"
                                "open_hours", "travel_clock",   # (thirty-fifth session, clocks36) "shops open 11 to 3", "leaves Penzance 9.15"
                                "closing_hour",   # (thirty-sixth session, clocks37) "the stand closes at 8", "does food til 8.30"
                                "shift_noun", "work_end", "check_hour", "answer_hour", "opening_hour",   # (thirty-eighth session, barehour39) "early shift, 6 to 2", "get off 2", "check in is 12", "yes 7"
                                "travel_hour",   # (thirty-seventh session, barehour38) "so leave by 4", "be in Moncton for 7" after "4 am"
                                "hm_unit",   # (speed32) the units of "3h20m", "1 hr 45 mins" that are unit or post_age words (rule compact_hm)
                                "md_stamp",   # (stamps34) TikTok's month-day stamp: "tama.k_ · 2-1", "2-1 Reply"
                                "zone_hour"})   # (clocks42) "lands about 2 your time", "that's 11 by you", "9am your time, 12 ours"


@dataclass(slots=True)
class Rule:
    """One extraction rule.

    ``pattern`` is expanded when the rule is declared and compiled when first used
    (``LazyPattern``).
    ``triggers``: the word categories without which it cannot match (it only runs in windows
    around them). ``reject_before`` / ``reject_after``: the negative rules, (pattern, width)
    pairs: a match is dropped when the ``width`` characters before its start contain a match
    of the first ending there (searched) or the ``width`` characters after its end begin with
    a match of the second ("Good Friday" is not a Friday, "Christmas tree" not a date). ``examples``: ``(text, expression, value)`` triples
    with a reference date that must tag as said (``tests/test_rule_examples.py``).
    ``requires``: lexicon entries a match always contains a word of (the last word of each
    entry's phrases is a trigger): the rule runs only where a trigger and every required word
    are near each other ("3 days ago" needs a unit and a direction).
    ``lead``: (pattern, width), what a match always holds right before its trigger word: a
    trigger word (of the letters, not glued to a number) counts only where the ``width``
    characters before it end with a match of the pattern ("two days", "a few days": not "the
    days", "last year"). ``trail``: (pattern, width), what a match always holds right after its
    trigger word, matched there ("May 5": a day after the month). Matching costs only: each
    must hold of every match.
    """
    name: str
    pattern: "LazyPattern"
    build: Builder
    priority: int = 0
    triggers: frozenset = frozenset()
    reject_before: tuple[re.Pattern, int] | None = None
    reject_after: tuple[re.Pattern, int] | None = None
    examples: tuple = ()
    requires: tuple = ()
    lead: tuple | None = None
    trail: tuple | None = None

    def matches(self, text: str, start: int, end: int):
        """The builder's mentions for every match in text[start:end] (windows of the text)."""
        return self.find(text, ((start, end),))

    def find(self, text: str, wins, cancel: CancelCheck = None) -> list:
        """The builder's results (a Mention or a list of them) for every match in each window
        ``(start, end)`` of ``wins``, in order. One call per rule and text: the loop over the
        windows (hundreds per rule in a long text) stays here, in one frame. ``cancel`` is
        checked every 64 windows."""
        if not wins:
            return []   # no window: the pattern need not even be compiled
        rb, ra, build, finditer = self.reject_before, self.reject_after, self.build, self.pattern.compiled().finditer
        if rb is not None:
            rb = (rb[0].compiled(), rb[1])
        if ra is not None:
            ra = (ra[0].compiled(), ra[1])
        out = []
        for wi, (ws, we) in enumerate(wins):
            if not wi & 63:
                check(cancel)
            for m in finditer(text, ws, we):
                if rb is not None and rb[0].search(text[max(0, m.start() - rb[1]): m.start()]):
                    continue
                if ra is not None and ra[0].match(text[m.end(): m.end() + ra[1]]):
                    continue
                men = build(m, text)
                if men is not None:
                    out.append(men)
        return out


class LazyPattern:
    """A regular expression compiled when first used, not when declared: a short text runs only
    the rules whose trigger words it holds, and compiling all of them took most of a cold
    ``export``'s start-up. ``pattern`` and ``flags`` are there without compiling (``reach.py``
    reads them); any other attribute (``finditer``, ``search``, ``match``...) compiles once.
    ``tests/test_rule_examples.py`` compiles every one, so a bad pattern still fails a test."""
    __slots__ = ("pattern", "flags", "_compiled")

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern, self.flags, self._compiled = pattern, flags, None

    def compiled(self) -> re.Pattern:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    def __getattr__(self, name):
        return getattr(self.compiled(), name)


class RuleSet:
    """The rules of one language, declared with the ``rule`` decorator in priority order of
    nothing: ties are broken by span length, then priority (``tagger.extract``)."""

    def __init__(self, lexicon: dict, macros: dict[str, str]):
        self.lexicon = lexicon
        self.macros = macros
        self.rules: list[Rule] = []
        self.used: set[str] = set()   # lexicon entries the patterns read
        # the farthest (characters) a builder reads after its match, where that is more than the
        # windows' FORWARD: the tagger cuts a long text into blocks only where no trigger word is
        # that near before the cut (``tagger._quiet``), so that the blocks tag as the whole does
        self.reach_after = 0

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern:
        """A pattern with its ``{word class}`` macros expanded, compiled."""
        return re.compile(expand(pattern, self.lexicon, self.macros, self.used), flags)

    def lazy(self, pattern: str, flags: int = 0) -> LazyPattern:
        """A pattern with its ``{word class}`` macros expanded (now: an unknown word class
        fails at import), compiled when first used."""
        return LazyPattern(expand(pattern, self.lexicon, self.macros, self.used), flags)

    def rule(self, name: str, pattern: str, priority: int = 0, flags: int = 0, triggers: str = "",
             boundary: bool = True, reject_before: tuple[str, int] | None = None,
             reject_after: tuple[str, int] | None = None,
             examples: tuple = (), requires: str = "", lead: tuple[str, int] | None = None,
             trail: tuple[str, int] | None = None):
        """Declare a rule whose builder is the decorated function."""
        # a match starts at a word's start, never inside a word ("Panam|a week")
        compiled = self.lazy(pattern if not boundary else r"(?<![\w])(?:" + pattern + ")", flags)
        cats = frozenset(triggers.split())
        unknown = cats - TRIGGER_CATEGORIES
        if unknown:
            raise ValueError(f"rule {name}: unknown trigger categories {sorted(unknown)}")
        if any(r.name == name for r in self.rules):
            raise ValueError(f"rule {name} declared twice")
        needs = tuple(requires.split())
        if set(needs) - set(self.lexicon):
            raise ValueError(f"rule {name}: requires unknown lexicon entries {sorted(set(needs) - set(self.lexicon))}")

        def deco(fn: Builder) -> Builder:
            self.rules.append(Rule(name, compiled, fn, priority, cats,
                                   (self.lazy(reject_before[0]), reject_before[1]) if reject_before else None,
                                   (self.lazy(reject_after[0]), reject_after[1]) if reject_after else None,
                                   tuple(examples), needs,
                                   (self.lazy(lead[0] + r"\Z"), lead[1]) if lead else None,
                                   (self.lazy(trail[0]), trail[1]) if trail else None))
            return fn

        return deco


def may_hold(text: str, a: int, b: int, needles: tuple | None) -> bool:
    """False where text[a:b] surely holds none of ``needles`` (lower-case ASCII words) in any
    case: the check before a case-blind pattern every match of which holds one of them (a search
    for a word tries the pattern at every character; ``str.find`` of a few words in the lowered
    text is ~15x cheaper). Text with a character that is not ASCII is left to the pattern (case
    folding beyond ASCII: "ſ" is an "s" to it); so is every text where ``needles`` is None
    (a phrase with no ASCII word to look for: ``tagger._needles_of``, ``rules._words_needles``)."""
    if needles is None:
        return True
    part = text[a:b]
    if not part.isascii():
        return True
    low = part.lower()
    for n in needles:
        if n in low:
            return True
    return False


def M(m: re.Match, rule_name: str, kind: str, group: int | str = 0, priority: int = 0, **data) -> Mention:
    """The mention of match group ``group``."""
    return Mention(m.start(group), m.end(group), rule_name, kind, data, priority)


_LOWER = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("TM", 60), "TM": ("S", 60)}


def dur_value(n, u: str) -> str:
    """TIMEX3 duration value: P2W, PT5H, P2Y6M (2 1/2 years), P20Y (two decades), PXM (months)."""
    if u == "2W":
        n, u = (n * 2 if isinstance(n, (int, float)) else n), "W"
    if n is not None and u in ("DE", "CE", "ML"):
        n, u = n * {"DE": 10, "CE": 100, "ML": 1000}[u], "Y"
    if n is None:
        body = f"X{'M' if u == 'TM' else u}"
    elif n == int(n):
        body = f"{int(n)}{'M' if u == 'TM' else u}"
    else:
        whole, frac = int(n), n - int(n)
        low = _LOWER.get(u)
        if low and (frac * low[1]) == int(frac * low[1]):
            sub = int(frac * low[1])
            body = (f"{whole}{'M' if u == 'TM' else u}" if whole else "") + f"{sub}{'M' if low[0] == 'TM' else low[0]}"
            if u == "D":
                # (thirty-fifth session, the lead) a part of a day is of a day, not of 24 hours: "half a day" P0.5D, as
                # every gold writes it (the fresh sets twice, informal29-blind A; "Half day" a working day's half)
                return f"P{n:g}D"
        else:
            body = f"{n}{'M' if u == 'TM' else u}"
    if u in ("H", "TM", "S"):
        return "PT" + body
    return "P" + body
