"""English extraction rules: find time expressions and describe them with underspecified values.

Each rule is a record (``rulebase.Rule``): a regular expression built from the word classes
of ``lexicon.json`` (``{name}``, see ``lang/__init__.py``) plus a small builder that turns a
match into a ``Mention``: the span, a ``kind`` and the parts the text gives ("month 2,
day 24, year unknown"; "weekday 5, tense to decide"; "3 days before the anchor").
Resolution against an anchor happens later (``resolve.py``). Spans follow TimeML extents:
a leading preposition is left out, determiners and modifiers are kept.
"""
from __future__ import annotations

import re

from timeline_app.temporal.lang import alternation, lexicon, ordered, word_re
from timeline_app.temporal.rulebase import M, Mention, RuleSet, dur_value

L = lexicon("en")


def _first_names(table: dict) -> list[str]:
    """The first name the lexicon gives for each number: the full name ("january", "monday")
    before its abbreviations."""
    seen, out = set(), []
    for w, n in table.items():
        if n not in seen:
            seen.add(n)
            out.append(w)
    return out


# ---------------------------------------------------------------------------------------
# Building blocks
# ---------------------------------------------------------------------------------------
_FULL_MONTHS = _first_names(L["months"])
_ABBR_MONTHS = [m for m in L["months"] if m not in _FULL_MONTHS]
# Full names stand alone; abbreviations may take a dot ("Sept.", "Feb").
MONTH = r"(?:%s|%s\.?)(?![a-zA-Z])" % (alternation(_FULL_MONTHS, caps=True), alternation(_ABBR_MONTHS, caps=True))
MONTH_FULL = alternation([m for m in _FULL_MONTHS], caps=True) + r"(?![a-zA-Z])"
_FULL_WD = _first_names(L["weekdays"])
_ABBR_WD = [w for w in L["weekdays"] if w not in _FULL_WD]
WEEKDAY = r"(?:%s(?:'s|’s)?|%s\.)(?![a-zA-Z])" % (alternation(_FULL_WD, caps=True), alternation(_ABBR_WD, caps=True))
WEEKDAY_PL = alternation([w + "s" for w in _FULL_WD], caps=True) + r"(?![a-zA-Z])"

_UNITS_W = "|".join(L["digit_words"])
_TEENS_W = "|".join(L["teen_words"])
_TENS_W = "|".join(L["tens_words"])
NUMWORD = r"(?i:(?:%s)(?:[-\s](?:%s))?|%s|%s|%s)" % (_TENS_W, _UNITS_W, _TEENS_W, _UNITS_W,
                                                     "|".join(map(word_re, L["number_phrases"])))
NUM = r"(?:\d+(?:\.\d+)?(?:\s+1/2|½)?|%s)" % NUMWORD
VAGUE = alternation(L["vague_numbers"])
UNIT = alternation(L["units"].keys()) + r"(?![a-zA-Z])"
TIME_UNIT = ordered(L["unit_words"]) + r"(?![a-zA-Z])"
ORDWORD = alternation([o for o, n in L["ordinals"].items() if n > 0])
ORD = r"(?:\d{1,2}{ordinal_suffixes:cs}|%s)" % ORDWORD
YEAR = r"(?<![\w$£€¥#.,:/])(?:1\d{3}|20\d{2})(?![\w%/]|[.,:]\d)"
APPROX = ordered(L["approximators"])
POD = alternation(L["parts_of_day"].keys())
SEASON = alternation(L["seasons"].keys())
MOD = r"(?i:%s|the\s+(?:very\s+)?%s\s+of|%s\s+of|%s)" % (ordered(L["edge_mods"]), ordered(L["period_parts"]),
                                                              ordered(L["period_edges"]), ordered(L["relative_mods"]))
AMPM = r"(?:[aApP]\.\s?[mM]\.|[aApP][mM](?![a-zA-Z])|[aApP]\.[mM](?![a-zA-Z.]))"
TZ = r"(?:\s+\(?(?:[A-Z]{1,3}[SD]T|%s)\)?)" % ordered(L["time_zones"], case=True)
DAYREF = r"(?:%s|%s|%s\s+[0-3]?\d(?![\d:]))" % (WEEKDAY, ordered(L["day_words"]), MONTH)

# "early", "the end of": the TIMEX3 mod a modifier gives, the first entry found in it
_MOD_CODES = list(L["modifier_codes"].items())


def mod_code(s: str | None) -> str:
    if not s:
        return ""
    s = " ".join(s.lower().split())
    for k, v in _MOD_CODES:
        if k in s:
            return v
    return ""


_NUMBERS = L["numbers"]
_WORD_UNITS = {w: i + 1 for i, w in enumerate(_UNITS_W.split("|"))}
_WORD_TENS = {w: 20 + 10 * i for i, w in enumerate(_TENS_W.split("|"))}


def parse_num(s: str) -> float | None:
    """'three' -> 3, 'twenty-one' -> 21, '2.5' -> 2.5, '1 1/2' -> 1.5, 'a' -> 1; None if not a number."""
    s = " ".join(s.lower().replace("-", " ").split())
    if not s:
        return None
    if s[0].isdigit():
        half = 0.5 if s.endswith("1/2") or s.endswith("½") else 0.0
        s = s.replace("1/2", "").replace("½", "").strip()
        try:
            return float(s) + half
        except ValueError:
            return None
    if s in _NUMBERS:
        return float(_NUMBERS[s])
    parts = s.split()
    if len(parts) == 2 and parts[0] in _WORD_TENS and parts[1] in _WORD_UNITS:
        return float(_WORD_TENS[parts[0]] + _WORD_UNITS[parts[1]])
    return None


def parse_ordinal(s: str) -> int | None:
    s = s.lower().strip()
    if s[:1].isdigit():
        return int(re.match(r"\d+", s).group())
    return L["ordinals"].get(s.replace(" ", "-"))


def unit_code(s: str) -> str:
    s = s.lower()
    if s in L["units"]:
        return L["units"][s]
    if s.endswith("s") and s[:-1] in L["units"]:
        return L["units"][s[:-1]]
    return L["units"].get(s.rstrip("s"), "")


def month_num(s: str) -> int:
    return L["months"][s.lower().rstrip(".")]


def weekday_num(s: str) -> int:
    s = s.lower().rstrip(".")
    for suf in ("'s", "’s"):
        if s.endswith(suf):
            s = s[: -len(suf)]
    return L["weekdays"][s]


# ---------------------------------------------------------------------------------------
# Rules
# ---------------------------------------------------------------------------------------
RS = RuleSet(L, {})
rule = RS.rule
_re = RS.compile      # a builder's own context pattern, with {word class} macros
RULES = RS.rules
# "last", "the following", "that" -> (offset, anchor): "dct" counts from the reference date,
# "last" from the last date the text mentioned. Each rule reads the relations it accepts
# from its own list in the lexicon; the offset always comes from here.
RELATIONS = {w: (off, anchor) for w, (off, anchor) in L["relations"].items()}


def _rel(s: str | None) -> str:
    return " ".join((s or "").lower().split())


def _ay(s: str | None) -> int | None:
    """'of the next year' -> +1, 'of that year' -> 0, ...; None when not said."""
    r = RELATIONS.get(_rel(s))
    return None if r is None else r[0]


def _year(s: str | None) -> int | None:
    return int(s) if s else None


# ---- numeric dates ---------------------------------------------------------------------
@rule("iso_date", r"(?<![\w-])(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:[T ](?P<H>[0-2]\d):(?P<M>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?(?![\w-])", 30, triggers="year")
def _iso(m, text):
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    if m["H"]:
        return M(m, "iso_date", "time", year=y, month=mo, day=d, hour=int(m["H"]), minute=int(m["M"]))
    return M(m, "iso_date", "cal", year=y, month=mo, day=d, grain="day")


@rule("us_numeric_date", r"(?<![\w/.-])(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>\d{4}|\d{2})(?![\w/])", 30, triggers="slash")
def _usdate(m, text):
    mo, d, y = int(m["m"]), int(m["d"]), int(m["y"])
    if mo > 12 and d <= 12:
        mo, d = d, mo
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    if len(m["y"]) == 2:
        y += 1900 if y >= 50 else 2000
    return M(m, "us_numeric_date", "cal", year=y, month=mo, day=d, grain="day")


# ---- month-day(-year) ------------------------------------------------------------------
_DATE_DETERMINER = _re(r"\b{date_determiners}\s+$")
_COUNTED_NOUN = _re(r"\s+(?!{not_counted_nouns:cs}\b)[a-z]+s\b")
_DATE_VERBS = frozenset(L["date_verbs"])


@rule("month_day", r"(?:(?P<wd>%s),?\s+)?(?:(?P<mod>{edge_mods})[\s-]+)?(?P<mon>%s)\s*(?P<day>[0-3]?\d){ordinal_suffixes:cs}?(?![\d:.,]\d|\s*(?:%%|{percent_words}|-\d))(?:,?\s+(?:(?i:of)\s+)?(?P<year>%s)|(?:\s+(?i:of)\s+(?P<ay>{anaphoric_year_relations})\s+(?i:year)))?(?!\w)" % (WEEKDAY, MONTH, YEAR), 20, triggers="month")
def _month_day(m, text):
    d = int(m["day"])
    if not 1 <= d <= 31:
        return None
    mon = month_num(m["mon"])
    # "May 5 people" / "March 2 votes": a small number followed by a plural noun is a count
    # ... unless a determiner makes the date a modifier: "the Aug. 7 bombings", "its May 12 meeting"
    if not m["year"] and not m["wd"] and not _DATE_DETERMINER.search(text[max(0, m.start() - 7): m.start()]):
        after = text[m.end(): m.end() + 20]
        if _COUNTED_NOUN.match(after):
            nxt = re.match(r"\s+([a-z]+)", after).group(1)
            if nxt not in _DATE_VERBS:
                return None
    return M(m, "month_day", "cal", year=_year(m["year"]), month=mon, day=d, grain="day",
             weekday=weekday_num(m["wd"]) if m["wd"] else None, mod=mod_code(m["mod"]), anaphoric_year=_ay(m["ay"]))


@rule("day_month", r"(?:(?P<wd>%s),?\s+)?(?:(?P<the>the)\s+)?(?<![\d.,$£€])(?P<day>[0-3]?\d){ordinal_suffixes:cs}?\s+(?:of\s+)?(?P<mon>%s)(?:,?\s+(?P<year>%s)|(?:\s+(?i:of)\s+(?P<ay>{anaphoric_year_relations})\s+(?i:year)))?(?!\w)" % (WEEKDAY, MONTH, YEAR), 21, triggers="month")
def _day_month(m, text):
    d = int(m["day"])
    if not 1 <= d <= 31:
        return None
    return M(m, "day_month", "cal", year=_year(m["year"]), month=month_num(m["mon"]), day=d, grain="day",
             weekday=weekday_num(m["wd"]) if m["wd"] else None, anaphoric_year=_ay(m["ay"]))


@rule("iso_week", r"(?i:(?:the\s+)?(?:calendar\s+)?week)\s+(?P<w>[1-5]?\d)(?:\s+(?i:of)|,)?\s+(?P<year>%s)(?![\w])" % YEAR, 22, triggers="year")
def _iso_week(m, text):
    w, y = int(m["w"]), int(m["year"])
    if not 1 <= w <= 53:
        return None
    return M(m, "iso_week", "iso_week", week=w, year=y)


@rule("month_year", r"(?:(?P<mod>%s)[\s-]+)?(?P<mon>%s),?\s+(?:of\s+)?(?P<year>%s)(?!\w)" % (MOD, MONTH, YEAR), 19, triggers="month")
def _month_year(m, text):
    return M(m, "month_year", "cal", year=int(m["year"]), month=month_num(m["mon"]), grain="month", mod=mod_code(m["mod"]))


_MONTH_CUE = _re(r"(?i:\b{month_cues}\s*-?\s*)$")


_THE_BEFORE = _re(r"\b[Tt]he\s+$")
_MODIFIED_NOUN = _re(r"\s+(?!{not_modified_nouns:cs}\b)[a-z]{3,}")


def _the_month_modifier(m, text) -> bool:
    """"the March accession", "the June elections": a capitalized month between "the" and a
    lowercase noun modifies the noun as a date ("the March of Dimes", "the May Department
    Stores" are not)."""
    return m["mon"][:1].isupper() and _THE_BEFORE.search(text[max(0, m.start() - 5): m.start()]) is not None \
        and _MODIFIED_NOUN.match(text[m.end(): m.end() + 20]) is not None


# "May" is a modal verb, "March" and "August" words of their own: a cue must say it is the month
_AMBIGUOUS_MONTHS = frozenset(L["ambiguous_months"])
_VERB_MONTHS = frozenset(L["verb_months"])
_VERB_AFTER = _re(r"\s+{verb_after_may}\b", re.I)


@rule("month", r"(?:(?P<mod>%s)[\s-]+)?(?P<mon>%s)(?:\s+(?P<ry>{year_relations})\s+year|\s+(?i:of)\s+(?P<ay>{anaphoric_year_relations})\s+(?i:year))?(?![\w-])" % (MOD, MONTH_FULL), 10, triggers="month")
def _month(m, text):
    name = m["mon"].lower()
    if not m["mod"] and not m["ry"] and name in _AMBIGUOUS_MONTHS or name in _VERB_MONTHS:
        # ambiguous with a verb, a name or a noun: needs a cue in front
        if not m["mod"] and not _MONTH_CUE.search(text[max(0, m.start() - 25): m.start()]) \
                and not _the_month_modifier(m, text):
            return None
        if name in _VERB_MONTHS and _VERB_AFTER.match(text[m.end(): m.end() + 12]):
            return None
    ry = RELATIONS[_rel(m["ry"])][0] if m["ry"] else None
    ay = _ay(m["ay"])
    return M(m, "month", "cal", year=None, month=month_num(m["mon"]), grain="month", mod=mod_code(m["mod"]), rel_year=ry,
             anaphoric_year=ay)


@rule("day_range", r"(?<![\d.,$£€])(?P<d1>[0-3]?\d){ordinal_suffixes:cs}?(?:\s+(?P<mon1>%s))?\s*(?:[-–—]|\s+{range_words:cs}\s+)\s*(?P<d2>[0-3]?\d){ordinal_suffixes:cs}?\s+(?:of\s+)?(?P<mon>%s)(?:,?\s+(?P<year>%s))?(?!\w)" % (MONTH, MONTH, YEAR), 21, triggers="month")
def _day_range(m, text):
    d1, d2 = int(m["d1"]), int(m["d2"])
    if not (1 <= d1 <= 31 and 1 <= d2 <= 31):
        return None
    mon2 = month_num(m["mon"])
    mon1 = month_num(m["mon1"]) if m["mon1"] else mon2
    y = _year(m["year"])
    end1 = m.end("mon1") if m["mon1"] else m.end("d1")
    return [Mention(m.start(), end1, "day_range", "cal", dict(year=y, month=mon1, day=d1, grain="day"), 24),
            Mention(m.start("d2"), m.end(), "day_range", "cal", dict(year=y, month=mon2, day=d2, grain="day"), 24)]


@rule("month_day_range", r"(?P<mon>%s)\s*(?P<d1>[0-3]?\d){ordinal_suffixes:cs}?\s*(?:[-–—]|\s+{range_words:cs}\s+)\s*(?:(?P<mon2>%s)\s*)?(?P<d2>[0-3]?\d){ordinal_suffixes:cs}?(?![\d:])(?:,?\s+(?P<year>%s))?(?!\w)" % (MONTH, MONTH, YEAR), 21, triggers="month")
def _month_day_range(m, text):
    d1, d2 = int(m["d1"]), int(m["d2"])
    if not (1 <= d1 <= 31 and 1 <= d2 <= 31):
        return None
    mon = month_num(m["mon"])
    mon2 = month_num(m["mon2"]) if m["mon2"] else mon
    y = _year(m["year"])
    return [Mention(m.start(), m.end("d1"), "month_day_range", "cal", dict(year=y, month=mon, day=d1, grain="day"), 24),
            Mention(m.start("mon2") if m["mon2"] else m.start("d2"), m.end(), "month_day_range", "cal",
                    dict(year=y, month=mon2, day=d2, grain="day"), 24)]


@rule("year_range", r"(?P<y1>%s)\s*[-–—/]\s*(?P<y2>\d{4}|\d{2})(?![\w%%])" % YEAR, 19, triggers="year")
def _year_range(m, text):
    y1 = int(m["y1"])
    y2s = m["y2"]
    y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
    if not y1 < y2 <= y1 + 100:
        return None
    return [Mention(m.start("y1"), m.end("y1"), "year_range", "cal", dict(year=y1, grain="year"), 19),
            Mention(m.start("y2"), m.end("y2"), "year_range", "cal", dict(year=y2, grain="year"), 19)]


_NUMBERS_SPOKEN = L["numbers"]


_SPOKEN_YEAR_CUE = _re(r"(?i)\b(?:{spoken_year_cues}|%s|%s|year)\s*,?\s*$" % (
    ordered(L["seasons"]), ordered(_FULL_MONTHS)))


@rule("spoken_year", r"(?:(?P<pre>(?i:the\s+year))\s+)?(?P<c>{spoken_centuries})[\s-]+(?P<y>(?i:(?:%s)(?:[-\s](?:%s))?|%s|hundred|oh[-\s](?:%s)))(?![\w-])|(?P<pre2>(?i:the\s+year))\s+(?P<two>(?i:two\s+thousand(?:\s+and\s+(?:%s|%s))?))(?![\w-])" % (_TENS_W, _UNITS_W, _TEENS_W, _UNITS_W, _UNITS_W, _TEENS_W), 18, triggers="spoken")
def _spoken_year(m, text):
    if m["two"]:
        rest = re.split(r"\s+and\s+", m["two"].lower())
        extra = parse_num(rest[1]) if len(rest) > 1 else 0
        y = 2000 + int(extra or 0)
        return M(m, "spoken_year", "cal", year=y, grain="year")
    c = _NUMBERS_SPOKEN[m["c"].lower()]
    ys = m["y"].lower().replace("oh", "").strip(" -")
    y2 = 0 if ys == "hundred" else parse_num(ys)
    if y2 is None or not 0 <= y2 < 100:
        return None
    if not m["pre"] and y2 < 10 and "oh" not in m["y"].lower() and ys != "hundred":
        return None  # "twenty five" is a number, not 2005
    if not m["pre"] and c == 20 and y2 >= 30:
        return None  # "twenty ninety": unlikely
    # "nineteen ninety-six" (a century word, then a two-digit tens part) is read as a year even
    # without a cue: in transcripts it opens fragments ("Atlanta, nineteen ninety-six.")
    spelled_tens = c < 20 and y2 >= 20 and "oh" not in m["y"].lower()
    if not m["pre"] and not spelled_tens and not _SPOKEN_YEAR_CUE.search(text[max(0, m.start() - 12): m.start()]):
        return None
    year = c * 100 + int(y2)
    before = text[max(0, m.start() - 30): m.start()]
    # a month or a season in front belongs to the spoken year: "January nineteen ninety-seven",
    # "the winter of nineteen ninety-four"
    mm = None if m["pre"] else re.search(r"(?P<mon>%s)\s*,?\s+$" % MONTH, before)
    if mm:
        return Mention(m.start() - len(before) + mm.start(), m.end(), "spoken_year", "cal",
                       dict(year=year, month=month_num(mm["mon"]), grain="month", mod=""), 18)
    sm = None if m["pre"] else re.search(r"(?:(?i:the)\s+)?(?P<season>%s)\s+(?i:of\s+)?$" % SEASON, before)
    if sm:
        return Mention(m.start() - len(before) + sm.start(), m.end(), "spoken_year", "season",
                       dict(season=L["seasons"][sm["season"].lower()], year=year, rel=None, mod=""), 18)
    return M(m, "spoken_year", "cal", year=year, grain="year")


# ---- years, decades, centuries -------------------------------------------------------------


# "1,500 troops", "1400 victims": a count; "flight 1549", "Resolution 1441": a number
_YEAR_COUNTED = _re(r"\s*(?:%|{percent_words}|{counted_nouns}|[a-z]+ers\b)", re.I)
_YEAR_NUMBERED = _re(r"(?:[$£€¥#]|No\.|no\.|(?i:{numbered_nouns})|Nos\.|p\.|[A-Z]-)\s*$")
_YEAR_COUNTED_MEN = _re(r"\s+(?:{counted_people:cs}|cannons?)\b")


@rule("year", r"(?:(?P<mod>%s|{year_kinds})[\s-]*)?(?P<year>%s)(?:\s*(?P<era>A\.?D\.?|C\.?E\.?)(?![\w.]))?" % (MOD, YEAR), 8, triggers="year")
def _year_rule(m, text):
    y = int(m["year"])
    before = text[max(0, m.start("year") - 25): m.start("year")]
    after = text[m.end(): m.end() + 25]
    if _YEAR_COUNTED.match(after):
        return None
    if _YEAR_NUMBERED.search(before):
        return None
    if not m["mod"] and _YEAR_COUNTED_MEN.match(after):
        return None  # "butcher 1400 victims": a count
    if y < 1000:
        return None
    if re.match(r"[-–]\d", after) and not re.match(r"[-–](?:\d{2}|\d{4})(?!\d)", after):
        return None
    mod = mod_code(m["mod"]) if m["mod"] and not _YEAR_KIND.match(m["mod"]) else ""
    return M(m, "year", "cal", year=y, grain="year", mod=mod)


_YEAR_KIND = _re(r"{year_kinds}")
_ERA_BC = r"(?:BC|B\.C\.?|BCE|B\.C\.E\.?)(?![\w])"


@rule("bc_year", r"(?:(?P<mon>%s)\s+|(?:(?i:the)\s+)?(?P<season>%s)\s+(?:(?i:of)\s+)?)?(?:(?P<mod>%s)[\s-]+)?(?<![\w$£€.,])(?P<year>\d{1,4})(?:\s*|-)%s" % (MONTH, SEASON, MOD, _ERA_BC), 25, triggers="era")
def _bc(m, text):
    y = int(m["year"])
    if y == 0:
        return None
    return M(m, "bc_year", "bc", year=y, month=month_num(m["mon"]) if m["mon"] else None,
             season=L["seasons"][m["season"].lower()] if m["season"] else None)


@rule("bc_range", r"(?<![\w$£€.,])(?P<y1>\d{1,4})\s*(?:[-–—]|\s(?i:to|and|or|until)\s)\s*(?P<y2>\d{1,4})\s*%s" % _ERA_BC, 26, triggers="era")
def _bc_range(m, text):
    y1, y2 = int(m["y1"]), int(m["y2"])
    if not y1 > y2 > 0:
        return None
    return [Mention(m.start("y1"), m.end("y1"), "bc_range", "bc", dict(year=y1), 26),
            Mention(m.start("y2"), m.end(), "bc_range", "bc", dict(year=y2), 26)]


@rule("bc_century", r"(?:(?i:the)\s+)?(?P<ord>%s)[\s-]+(?i:century)\s+%s" % (ORD, _ERA_BC), 26, triggers="era")
def _bc_century(m, text):
    n = parse_ordinal(m["ord"])
    if not n or n < 1 or n > 99:
        return None
    return M(m, "bc_century", "fixed", type="DATE", value=f"BC{n - 1:02d}", note="a century BC cannot be placed")


@rule("decade", r"(?:(?P<the>(?i:the))\s+)?(?:(?P<mod>(?i:{edge_mods}|the\s+{period_edges}\s+of))[\s-]+)?(?P<dec>(?<![\w$£€.,])(?:1\d|20)\d0s|'\d0s|’\d0s|(?<![\w$£€.,])\d0s)(?![\w])", 22, triggers="year decade")
def _decade(m, text):
    s = m["dec"].lstrip("'’")
    if len(s) == 3:
        y = 1900 + int(s[:2])
    else:
        y = int(s[:4])
    if len(m["dec"].lstrip("'’")) == 3 and not m["the"] and not m["dec"][0] in "'’" and not m["mod"]:
        return None  # "30s" alone: an age or a temperature more often than a decade
    if y % 100 == 0 and y != 2000 and len(s) == 5:
        return M(m, "decade", "cal", year=y, grain="century", mod=mod_code(m["mod"]))
    return M(m, "decade", "cal", year=y, grain="decade", mod=mod_code(m["mod"]))


_DECADE_WORDS = L["decade_words"]


@rule("decade_word", r"(?i:the)\s+(?:(?P<mod>{edge_mods})[\s-]+)?(?P<w>{decade_words})(?![\w])", 22, triggers="spoken")
def _decade_word(m, text):
    if re.match(r"\s+(?:of|and)\b", text[m.end(): m.end() + 5]):
        return None
    return M(m, "decade_word", "cal", year=1900 + 10 * _DECADE_WORDS[m["w"].lower()], grain="decade", mod=mod_code(m["mod"]))


@rule("century", r"(?:(?i:the)\s+)?(?:(?P<mod>(?i:{edge_mods}|the\s+(?:{period_edges}|turn)\s+of))[\s-]+)?(?P<ord>%s)[\s-]+(?i:century)(?![\w-])" % ORD, 22, triggers="unit")
def _century(m, text):
    n = parse_ordinal(m["ord"])
    if not n or n < 1 or n > 30:
        return None
    return M(m, "century", "cal", year=(n - 1) * 100, grain="century", mod=mod_code(m["mod"]))


# ---- seasons, quarters, halves ----------------------------------------------------------------
# "the summer offensive": a season named by what happened in it; "the spring collection",
# "summer camp": a season as a kind of thing, not a date; "fall" is a verb without a cue
_SEASON_CAMPAIGN = _re(r"\s+(?i:offensives?|counter-?offensives?|{campaign_nouns})\b")
_SEASON_CUE = _re(r"(?i)\b{season_cues}\s+$")
_VERB_SEASONS = frozenset(L["verb_seasons"])
_THE_SEASON_NOUN = _re(r"\s+(?:of\s+(?!\d)|{season_nouns_after_the})", re.I)
_SEASON_NOUN = _re(r"\s+{season_nouns}", re.I)


def _season_rel(rel: str):
    """A season's relation: an offset from the reference date, or for an anaphoric one
    ("the following summer") "that", "next_a", "prev_a" counted from the last date mentioned."""
    r = RELATIONS.get(rel)
    if r is None:
        return None
    return r[0] if r[1] == "dct" else {0: "that", 1: "next_a", -1: "prev_a"}[r[0]]


@rule("season", r"(?:(?P<rel>(?i:{season_relations}|{edge_mods}|the\s+{period_edges}\s+of))(?:\s+|-))?(?P<the>(?i:the)\s+)?(?:(?P<year0>%s)\s+)?(?P<season>%s)(?:\s+(?:of\s+)?(?P<year>%s))?(?![\w-])" % (YEAR, SEASON, YEAR), 15, triggers="season")
def _season(m, text):
    code = L["seasons"][m["season"].lower()]
    rel = (m["rel"] or "").lower()
    if m["year0"]:
        # "the 1982 summer offensives": the year in front of the season
        if m["year"] or rel:
            return None
        return M(m, "season", "season", season=code, year=int(m["year0"]), rel=None, mod="")
    campaign = _SEASON_CAMPAIGN.match(text[m.end(): m.end() + 20])
    if not m["year"] and not rel and not m["the"] and not campaign:
        before = text[max(0, m.start() - 12): m.start()]
        if not _SEASON_CUE.search(before) or m["season"].lower() in _VERB_SEASONS:
            return None
    if m["season"].lower() in _VERB_SEASONS and not m["year"] and not rel and not m["the"] and not campaign:
        return None
    if m["the"] and not m["year"] and not rel and _THE_SEASON_NOUN.match(text[m.end(): m.end() + 14]):
        return None
    if not m["the"] and not m["year"] and _SEASON_NOUN.match(text[m.end(): m.end() + 14]):
        return None
    r = _season_rel(" ".join(rel.split()))
    return M(m, "season", "season", season=code, year=_year(m["year"]), rel=r, mod=mod_code(rel if r is None else ""))


_QWORD = L["quarter_numbers"]


@rule("quarter", r"(?:(?P<the>(?i:the))\s+)?(?:(?P<ypos>%s)(?:'s|’s)\s+|(?P<rely>{year_relations})\s+(?i:year)(?:'s|’s)\s+|(?P<ago>(?i:year[\s-](?:ago|earlier)|comparable|prior[\s-]year))\s+)?(?:(?P<fy>(?i:fiscal|calendar))(?:\s+(?P<fyy>%s))?\s+)?(?P<q>{quarter_numbers})[\s-]+(?P<fy2>(?i:fiscal)\s+)?(?i:quarter)(?!s)(?:\s+of\s+(?:(?i:fiscal|calendar)\s+)?(?P<year>%s)|\s+(?P<year2>%s)(?!\w))?(?![\w-])" % (YEAR, YEAR, YEAR, YEAR), 24, triggers="quarter")
def _quarter(m, text):
    q = _QWORD[m["q"].lower()]
    y = m["year"] or m["year2"] or m["ypos"] or m["fyy"]
    if m["q"].lower() == "final" and not y:
        return None
    rel = RELATIONS[_rel(m["rely"])][0] if m["rely"] else None
    return M(m, "quarter", "quarter", quarter=q, year=_year(y), rel_year=rel, year_ago=bool(m["ago"]))


@rule("quarter_q", r"(?<![\w-])(?P<q>Q[1-4])(?:\s*(?P<year>%s)|(?:-|\s+)'?(?P<yy>\d\d)(?!\d))?(?![\w])" % YEAR, 24, triggers="quarter")
def _quarter_q(m, text):
    y = m["year"]
    if m["yy"]:
        y = str(2000 + int(m["yy"])) if int(m["yy"]) < 50 else str(1900 + int(m["yy"]))
    return M(m, "quarter_q", "quarter", quarter=int(m["q"][1]), year=_year(y))


@rule("year_period", r"(?i:the)\s+(?P<year>%s)\s+(?P<what>{year_periods})(?![\w-])" % YEAR, 23, triggers="year")
def _year_period(m, text):
    what = L["year_periods"][" ".join(m["what"].lower().split())]
    if what.startswith("P"):
        return M(m, "year_period", "fixed", type="DURATION", value=what)
    if what.startswith("Q"):
        return M(m, "year_period", "quarter", quarter=int(what[1]), year=int(m["year"]))
    if what.startswith("H"):
        return M(m, "year_period", "half", half=int(what[1]), year=int(m["year"]), rel_year=0)
    return M(m, "year_period", "quarter_ref", shift=0, current=False, year=int(m["year"]),
             period_months=_period_in_sentence(text, m.start()))


# "the year-ago quarter" is four quarters back, "the previous quarter" one, "the latest" none
_PERIOD_CUE = _re(r"year|{period_cues:cs}")
_YEAR_BACK = _re(r"year[\s-](?:ago|earlier)|{year_back:cs}|last\s+year")
_QUARTER_BACK = _re(r"{quarter_back:cs}")


@rule("quarter_anaphor", r"(?i:(?:the|last\s+year['’]s)\s+(?:{quarter_anaphor_words}\s*)*(?:quarter|period)(?:\s+a\s+year\s+(?:ago|earlier))?)(?![\w-])", 12, triggers="quarter")
def _quarter_anaphor(m, text):
    # "the quarter a year ago" is the quarter in discussion, a year back (shift -4, below)
    s = m.group(0).lower()
    if "period" in s and not _PERIOD_CUE.search(s):
        return None
    shift = -4 if _YEAR_BACK.search(s) else (-1 if _QUARTER_BACK.search(s) else 0)
    if "period" in s and shift == 0 and "latest" not in s:
        return None
    # "the quarter ended July 31": the calendar quarter holding most of the three months that end then
    ended = None
    e = re.match(r"\s*,?\s+(?:ended|ending)\s+(?P<mon>%s)\s*(?P<day>[0-3]?\d)\b" % MONTH, text[m.end(): m.end() + 30])
    if e and shift == 0:
        ended = month_num(e["mon"])
    return M(m, "quarter_anaphor", "quarter_ref", shift=shift, current="current" in s, latest="latest" in s or "just" in s,
             ended_month=ended)


_HALF_CUE = _re(r"{calendar_context:cs}")


@rule("half", r"(?:(?P<the>(?i:the))\s+)?(?:(?P<ypos>%s)(?:'s|’s)\s+)?(?:(?i:fiscal|calendar)\s+)?(?P<h>{half_numbers})[\s-]+(?i:half)(?:\s+of\s+(?:(?i:the\s+year|fiscal\s+|this\s+year|next\s+year|last\s+year)?\s*)?(?P<year>%s)?)?(?![\w-])" % (YEAR, YEAR), 23, triggers="quarter")
def _half(m, text):
    h = L["half_numbers"][m["h"].lower()]
    tail = m.group(0).lower()
    if not m["year"] and not m["ypos"] and not re.search(r"of\s+(?:the\s+year|this\s+year|next\s+year|last\s+year)", tail):
        # "the first half" of a match, a film, a century...: only when the context is calendar-ish
        nxt = text[m.end(): m.end() + 16].lower()
        if nxt.lstrip().startswith("of"):
            return None
        ctx = text[max(0, m.start() - 200): m.end() + 100].lower()
        if not _HALF_CUE.search(ctx):
            return None
    ry = 0
    if "next year" in tail:
        ry = RELATIONS["next"][0]
    elif "last year" in tail:
        ry = RELATIONS["last"][0]
    return M(m, "half", "half", half=h, year=_year(m["year"] or m["ypos"]), rel_year=ry)


# ---- deictic: today, yesterday, this week, last month, next year -------------------------------
# "today's world", "today's youth", "many of today's personal computers": the present era
_GENERIC_ERA = re.compile(r"\s+(?:[a-z]+\s+)?(?:world|youth|society|generation|generations|children|kids|families|young|teenagers|"
                          r"economy|technology|technologies|computers|standards|culture|politics|consumers|students|workers|"
                          r"women|men|parents|cars|music|art|medicine)\b")


@rule("today", r"(?:(?P<mod>(?i:early|late|earlier|later))\s+)?(?P<w>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|yesterday|tomorrow|tonight))(?:(?:'s|’s)|\s+(?P<pod>%s))?(?![\w])" % POD, 26, triggers="deictic")
def _today(m, text):
    w = " ".join(m["w"].lower().split())
    off = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
           "the day after tomorrow": 2}[w]
    pod = L["parts_of_day"][m["pod"].lower()] if m["pod"] else ("NI" if w == "tonight" else "")
    end = m.end()
    if m.group(0).endswith(("'s", "’s")):
        end -= 2
        if w in ("today", "tomorrow") and _GENERIC_ERA.match(text, m.end()):
            return None  # "today's world", "today's personal computers": the present era, not the day
    if w == "tomorrow" and re.search(r"(?i)\b(?:of|for)\s+$", text[max(0, m.start() - 5): m.start()]) \
            and re.search(r"(?i)\b(?:people|world|leaders|generation|city|cities|school|schools|jobs|workers)\s+(?:of|for)\s+$", text[max(0, m.start() - 20): m.start()]):
        return None  # "the people of tomorrow": the future in general
    men = Mention(m.start(), end, "today", "deictic_day", dict(offset=off, pod=pod, word=w, mod=mod_code(m["mod"])), 26)
    return men


@rule("this_pod", r"(?i:(?P<rel>this|last|early\s+this|late\s+this|later\s+this|earlier\s+this)\s+(?P<pod>morning|afternoon|evening|night))(?![\w])", 26, triggers="pod")
def _this_pod(m, text):
    rel = m["rel"].lower().split()[-1]
    pod = L["parts_of_day"][m["pod"].lower()]
    off = -1 if rel == "last" and pod != "NI" else 0
    if rel == "last" and pod == "NI":
        off = -1
    return M(m, "this_pod", "deictic_day", offset=off, pod=pod, word=m.group(0).lower())


_REL = r"(?i:this\s+past|this\s+coming|this|last|next|coming|past|current|the\s+current|previous|the\s+previous)"


@rule("rel_period", r"(?:(?P<mod>%s)\s+)?(?P<rel>%s)\s+(?P<what>(?i:week(?:end)?|month|year|quarter|decade|century|fiscal\s+year))(?:(?:'s|’s))?(?![\w-])" % (MOD, _REL), 18, triggers="unit")
def _rel_period(m, text):
    rel = " ".join(m["rel"].lower().split())
    what = " ".join(m["what"].lower().split())
    if m["what"][:1].isupper() and m["rel"][:1].isupper() and m.start() > 0:
        before = text[max(0, m.start() - 3): m.start()]
        if not re.search(r"[.!?\n\"“`']\s*$", before) or (
                re.search(r"[\"“`]\s*$", before) and re.search(r"(?i)'s\s+[\"“`]+\s*$|(?:TV|News|on)'?\s+[\"“`]+\s*$",
                                                               text[max(0, m.start() - 12): m.start()])):
            return None  # "on ABC's This Week", ABC News' "This Week": a title, not the current week
    if rel in ("last", "past", "previous") and re.search(r"(?i)\bthe\s+$", text[max(0, m.start() - 5): m.start()]) \
            and re.match(r"\s+of\b", text[m.end(): m.end() + 4]):
        return None  # "the last month of World War II": the final month of something, not the one before now
    if rel in ("past", "coming") and not m["mod"]:
        # "past week" without "the" reads as a date in news ("in past week"), rare; keep as last/next
        pass
    off = {"this": 0, "current": 0, "the current": 0, "last": -1, "this past": -1, "past": -1, "previous": -1,
           "the previous": -1, "next": 1, "coming": 1, "this coming": 1}[rel]
    if what == "fiscal year":
        what = "year"
    end = m.end() - (2 if m.group(0).endswith(("'s", "’s")) else 0)
    anaphoric = rel in ("previous", "the previous")
    return Mention(m.start(), end, "rel_period", "deictic", dict(unit=what, offset=off, mod=mod_code(m["mod"]),
                   anaphoric=anaphoric, earlier=bool(m["mod"]) and m["mod"].lower() in ("earlier", "early") ,
                   later=bool(m["mod"]) and m["mod"].lower() in ("later", "late")), 18)


@rule("rel_month", r"(?:(?P<mod>(?i:early|late|mid))[\s-]+)?(?P<rel>(?i:this\s+past|this\s+coming|this|last|next|coming|the\s+previous|the\s+following|the\s+next|that))\s+(?P<mon>%s)(?![\w])" % MONTH_FULL, 18, triggers="month")
def _rel_month(m, text):
    rel = " ".join(m["rel"].lower().split())
    off = {"this": 0, "last": -1, "this past": -1, "next": 1, "coming": 1, "this coming": 1, "the previous": -1,
           "the following": 1, "the next": 1, "that": 0}[rel]
    return M(m, "rel_month", "rel_month", month=month_num(m["mon"]), offset=off, mod=mod_code(m["mod"]),
             anaphoric=rel.startswith("the ") or rel == "that")


# ---- weekdays -----------------------------------------------------------------------------------
@rule("weekday", r"(?:(?P<mod>(?i:early|late|earlier|later))\s+)?(?:(?P<rel>(?i:this\s+past|this\s+coming|the\s+previous|the\s+following|the\s+next|last|next|this|coming|past))\s+)?(?P<wd>%s)(?:\s+(?P<pod>%s))?(?![\w])" % (WEEKDAY, POD), 16, triggers="weekday")
def _weekday(m, text):
    rel = " ".join((m["rel"] or "").lower().split())
    pod = L["parts_of_day"][m["pod"].lower()] if m["pod"] else ""
    end = m.end()
    s = m.group(0)
    if not m["pod"] and s.endswith(("'s", "’s")):
        end -= 2
    # "Good Friday", "Black Friday", "Super Tuesday", "Bloody Sunday" are names, not the weekday
    if re.search(r"(?:Good|Black|Super|Bloody|Ash|Holy|Palm|Easter|Cyber|Maundy)\s+$", text[max(0, m.start() - 9): m.start()]):
        return None
    if m["wd"].endswith(".") and not rel and not pod:
        # abbreviations only next to a date or a time
        return None
    return Mention(m.start(), end, "weekday", "weekday", dict(weekday=weekday_num(m["wd"]), rel=rel, pod=pod,
                   mod=mod_code(m["mod"]), possessive=not m["pod"] and s.endswith(("'s", "’s"))), 16)


@rule("the_pod", r"(?P<pre>(?i:in|during|on|by|until|through|throughout|into|late\s+in|early\s+in|later\s+in|earlier\s+in))\s+(?P<t>(?i:the)\s+(?P<pod>(?i:morning|afternoon|evening|night)))(?![\w-])(?!\s+(?i:of|before|after|when|that)\b)", 6, triggers="pod")
def _the_pod(m, text):
    return M(m, "the_pod", "pod_time", group="t", pod=L["parts_of_day"][m["pod"].lower()], dref=None, mod="", vague_day=True)


@rule("generic_pod", r"(?P<pre>(?i:at|by))\s+(?P<t>(?i:night))(?![\w-])|(?P<t2>(?i:night|daytime))(?=[\s-]+(?i:attacks?|fighting|raids?|marche[sd]|march|operations?|bombing|traffic|flights?|sorties))|(?P<pre3>(?i:in|during))\s+(?P<t3>(?i:daytime|darkness))(?![\w-])", 6, triggers="pod")
def _generic_pod(m, text):
    g = "t" if m["t"] else ("t2" if m["t2"] else "t3")
    w = m[g].lower()
    if w == "darkness":
        return None
    code = "DT" if w == "daytime" else "NI"
    return M(m, "generic_pod", "fixed", group=g, type="TIME", value=f"XXXX-XX-XXT{code}",
             note="a part of day in general, not of a particular day")


@rule("pod_mod", r"(?P<mod>(?i:early|late|mid|in\s+the\s+early|in\s+the\s+late))[\s-]+(?P<pod>(?i:morning|afternoon|evening))(?:,?\s+(?:(?i:on)\s+)?(?P<dref>%s))?(?![\w])" % DAYREF, 26, triggers="pod")
def _pod_mod(m, text):
    pod = L["parts_of_day"][m["pod"].lower()]
    start = m.start() + (m["mod"].lower().index("the ") + 4 if m["mod"].lower().startswith("in ") else 0)
    return Mention(start, m.end(), "pod_mod", "pod_time", dict(pod=pod, dref=m["dref"], mod=mod_code(m["mod"])), 26)


@rule("the_period", r"(?:(?P<mod>(?i:the\s+(?:very\s+)?(?:end|beginning|start|middle|close|rest|remainder)\s+of|(?:early|late|earlier|later)\s+in))\s+)?(?i:the\s+(?P<full>full\s+|fiscal\s+|calendar\s+|entire\s+|whole\s+)?(?P<what>year|weekend|week|month))(?![\w-])", 7, triggers="unit")
def _the_period(m, text):
    after = text[m.end(): m.end() + 24]
    what = m["what"].lower()
    before = text[max(0, m.start() - 16): m.start()]
    if re.match(r"(?:['’]s|\s+(?:of|before|after|when|in\s+which|that|earlier|later|ago|to\s+date|-))", after, re.I) \
            and not re.match(r"\s+(?:ended|ending|to\s+\w+\s+\d)", after, re.I) \
            and not re.match(r"\s+of\s+(?:about\s+)?[$£€#]?\d", after):  # "a high for the year of $42.875": an amount, not "the year of X"
        return None
    if re.search(r"(?i)\b(?:all|each|every|per|a|one|same|first|last|next|previous|following)\s+$", before):
        return None
    if m.group(0)[-4:] == "Year" and re.match(r"\s+[IVX]+\b", after):
        return None  # "the Year III": a year of the French Republican calendar, not a Gregorian one
    if what == "year" and re.match(r"\s+(?:ended|ending|through|to)\b", after, re.I):
        return M(m, "the_period", "fixed", type="DURATION", value="P1Y")
    if what == "month" and not m["mod"]:
        return None
    return M(m, "the_period", "the_period", unit=what, mod=mod_code(m["mod"]))


@rule("period_end", r"(?:(?i:the)\s+)?(?P<what>(?i:month|year))['’]s\s+(?P<pos>(?i:end|close|beginning|start))(?![\w-])", 8, triggers="unit")
def _period_end(m, text):
    """ "At month's end", "by year's end": the end of the month (year) the text is in."""
    what = m["what"].lower()
    mod = "END" if m["pos"].lower() in ("end", "close") else "START"
    return M(m, "period_end", "the_period", unit=what, mod=mod)


@rule("ordinal_day", r"(?i:the)\s+(?P<d>[0-3]?\d){ordinal_suffixes:cs}(?=\s*(?:[,.;)]|(?:to|and|or|was|were|had|when)\b))", 16, triggers="ordinal")
def _ordinal_day(m, text):
    """ "The enemy's onslaught on the 20th": a day of the month the story is in (narratives)."""
    d = int(m["d"])
    if not 1 <= d <= 31 or not re.search(r"(?i)\b(?:on|by|until|till|from|since|after|before)\s+$", text[max(0, m.start() - 8): m.start()]):
        return None
    return M(m, "ordinal_day", "ordinal_day", day=d)


_DATE_INLINE = r"(?:(?P<d1>[0-3]?\d){ordinal_suffixes:cs}?\s+(?:of\s+)?(?P<m1>%s)|(?P<m2>%s)\s*(?P<d2>[0-3]?\d){ordinal_suffixes:cs}?(?![\d:]))(?:,?\s+(?P<y>%s))?" % (MONTH, MONTH, YEAR)


@rule("pod_of_date", r"(?P<pre>(?i:early\s+in\s+|late\s+in\s+))?(?i:the)\s+(?:(?i:early|late)\s+)?(?P<pod>(?i:morning|afternoon|evening|night|dawn))(?:\s+(?i:hours))?\s+(?i:of)\s+(?:(?P<wd>%s),?\s+)?%s(?![\w])" % (WEEKDAY, _DATE_INLINE), 27, triggers="pod")
def _pod_of_date(m, text):
    day = int(m["d1"] or m["d2"])
    if not 1 <= day <= 31:
        return None
    mon = month_num(m["m1"] or m["m2"])
    pod = L["parts_of_day"][m["pod"].lower()]
    return M(m, "pod_of_date", "cal", year=_year(m["y"]), month=mon, day=day, grain="day", pod=pod)


@rule("month_and_month_year", r"(?P<mon1>%s)(?:\s+(?i:and|to|through|or|until)\s+|\s*[-–—]\s*)(?P<mon2>%s),?\s+(?P<year>%s)(?![\w])" % (MONTH_FULL, MONTH_FULL, YEAR), 20, triggers="month")
def _month_and_month(m, text):
    y = int(m["year"])
    m1, m2 = month_num(m["mon1"]), month_num(m["mon2"])
    y1 = y - 1 if m1 > m2 else y
    return [Mention(m.start("mon1"), m.end("mon1"), "month_and_month_year", "cal", dict(year=y1, month=m1, grain="month"), 20),
            Mention(m.start("mon2"), m.end(), "month_and_month_year", "cal", dict(year=y, month=m2, grain="month"), 20)]


@rule("season_and_season_year", r"(?:(?i:the)\s+)?(?P<s1>%s)\s+(?:(?i:and|to|through|or)|[-–—])\s+(?:(?i:early|late)\s+)?(?P<s2>%s)\s+(?:(?i:of)\s+)?(?P<year>%s)(?![\w])" % (SEASON, SEASON, YEAR), 20, triggers="season")
def _season_and_season(m, text):
    y = int(m["year"])
    c1, c2 = L["seasons"][m["s1"].lower()], L["seasons"][m["s2"].lower()]
    return [Mention(m.start(), m.end("s1"), "season_and_season_year", "season", dict(season=c1, year=y, rel=None, mod=""), 20),
            Mention(m.start("s2") - (len(m.group(0)) - len(m.group(0).lstrip())), m.end(), "season_and_season_year", "season",
                    dict(season=c2, year=y, rel=None, mod=""), 20)]


@rule("week_of_month", r"(?i:the)\s+(?P<ord>(?i:first|second|third|fourth|last|final))\s+(?P<unit>(?i:week|weekend|days|week-end))\s+(?i:of)\s+(?P<mon>%s)(?:,?\s+(?P<year>%s))?(?![\w])" % (MONTH_FULL, YEAR), 22, triggers="month")
def _week_of_month(m, text):
    o = m["ord"].lower()
    n = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}[o]
    return M(m, "week_of_month", "week_of_month", n=n, month=month_num(m["mon"]), year=_year(m["year"]),
             unit=m["unit"].lower().replace("-", ""))


# ---- clock times -----------------------------------------------------------------------------
@rule("clock", r"(?:(?P<approx>(?i:about|around|approximately|shortly\s+(?:after|before)|just\s+(?:after|before)))\s+)?(?<![\d.:$£€,])(?P<h>[01]?\d)(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>%s)(?P<tz>%s)?(?:,?\s+(?:(?i:on)\s+)?(?P<dref>%s))?" % (AMPM, TZ, DAYREF), 28, triggers="ampm")
def _clock(m, text):
    h = int(m["h"])
    if not 1 <= h <= 12:
        return None
    mi = int(m["mi"] or 0)
    pm = m["ap"][0].lower() == "p"
    h = (h % 12) + (12 if pm else 0)
    return M(m, "clock", "time", hour=h, minute=mi, dref=m["dref"])


@rule("clock24", r"(?:(?i:at|around|by|until|from|before|after|since)\s+)(?P<t>(?<![\d.:$£€,])(?P<h>[0-2]?\d)[:h](?P<mi>[0-5]\d)(?![\d:])(?P<tz>%s)?)" % TZ, 27, triggers="colon")
def _clock24(m, text):
    h, mi = int(m["h"]), int(m["mi"])
    if h > 23:
        return None
    return M(m, "clock24", "time", group="t", hour=h, minute=mi, dref=None)


@rule("noon", r"(?:(?P<pre>(?i:at|around|about|by|until|before|after|shortly\s+after|shortly\s+before))\s+)?(?P<t>(?i:noon|midday|midnight)(?:(?P<tz>%s)?(?:,?\s+(?:(?i:on)\s+)?(?P<dref>%s))?))" % (TZ, DAYREF), 27, triggers="pod")
def _noon(m, text):
    w = m["t"].lower()
    if w.startswith("midday") and not m["pre"] and not m["dref"]:
        return None
    h = 0 if w.startswith("midnight") else 12
    if not m["pre"] and not m["dref"] and re.search(r"(?i)\bhigh\s+$", text[max(0, m.start() - 6): m.start()]):
        return None  # "high noon": the decisive moment (and the film), not twelve o'clock
    if not m["pre"] and not m["dref"] and not re.search(r"(?i)\b(?:at|by|from|to|until|after|before|around|about|since|till)\s+$", text[max(0, m.start() - 10): m.start()]):
        if w.startswith("midnight") and re.match(r"\s+(?:oil|blue|sun)", text[m.end(): m.end() + 6]):
            return None
    return M(m, "noon", "time", group="t", hour=h, minute=0, dref=m["dref"], midnight=h == 0)


@rule("oclock", r"(?P<h>\d{1,2}|%s)(?:\s+o['’]clock(?:\s+(?P<pod>(?i:in\s+the\s+(?:morning|afternoon|evening)|at\s+night|tonight|this\s+(?:morning|afternoon|evening))))?|\s+(?P<pod2>(?i:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)))(?![\w-])" % NUMWORD, 27, triggers="clock pod")
def _oclock(m, text):
    h = parse_num(m["h"])
    if h is None or not 1 <= h <= 12:
        return None
    h = int(h)
    pod = (m["pod"] or m["pod2"] or "").lower()
    if m["pod2"] and (not m["h"][0].isdigit() or re.search(r"[\d,.$]\s*$", text[max(0, m.start() - 3): m.start()])):
        return None  # "4 in the morning" is a time; "one in the morning" or "$4 in the morning" too vague or not one
    if m["pod2"] and not re.search(r"(?i)\b(?:at|by|until|till|around|about|after|before|from|since)\s+$", text[max(0, m.start() - 8): m.start()]):
        return None
    if any(w in pod for w in ("afternoon", "evening", "night", "tonight")) and h < 12:
        h += 12
    return M(m, "oclock", "time", hour=h, minute=0, dref=None)


# ---- holidays -------------------------------------------------------------------------------
_HOLIDAYS = {**{k: ("fixed", v) for k, v in L["fixed_holidays"].items()},
             **{k: ("weekday", v) for k, v in L["weekday_holidays"].items()},
             **{k: ("easter", v) for k, v in L["easter_holidays"].items()}}
HOLIDAY = "(?i:" + "|".join(
    re.escape(h).replace(r"\ ", r"\s+").replace("'", "['’]")
    for h in sorted(_HOLIDAYS, key=len, reverse=True)) + ")"


def _title_holiday(p: str) -> str:
    # holiday names are capitalised in running text
    return re.sub(r"(?<![\\\w])([a-z])", lambda mm: "[" + mm.group(1).upper() + mm.group(1) + "]", p)


@rule("holiday", r"(?P<h>%s)(?:\s+(?P<eve>Eve))?(?:,?\s+(?P<year>%s))?(?![\w])" % (HOLIDAY.replace("(?:", "(?:", 1), YEAR), 17, triggers="holiday month")
def _holiday(m, text):
    name = " ".join(m["h"].lower().replace("’", "'").split())
    if not m["h"][0].isupper():
        return None
    if re.match(r"\s+(?:Agreement|Accord|Accords|Offensive|Uprising|Massacre|Rising|Truce|Island|Islands|Parade|Special)\b", text[m.end(): m.end() + 14]):
        return None  # "the Good Friday Agreement", "the Easter Rising", "the Tet Offensive": names
    if re.search(r"[\"“]\w+\s+$", text[max(0, m.start() - 16): m.start()]):
        return None  # the song "White Christmas": a title
    if name == "may day" and not re.search(r"\bon\s+$", text[max(0, m.start() - 4): m.start()]):
        return None
    if name == "christmas" and m["eve"]:
        name = "christmas eve"
    kind, spec = _HOLIDAYS[name]
    if name in ("independence day", "veterans day", "armistice day", "memorial day", "labor day") \
            and re.match(r"\s+(?:parade|speech|celebration|weekend)", text[m.end(): m.end() + 14]):
        pass
    if re.match(r"\s+(?:tree|trees|card|cards|gift|gifts|shopping|party|parties|market|markets|lights|carol|carols|truce|bombing|offensive|season|sales|holiday|holidays|spirit|dinner|present|presents|decorations|message|address)\b", text[m.end(): m.end() + 16], re.I) and name in ("christmas", "thanksgiving", "easter", "halloween"):
        return None
    return M(m, "holiday", "holiday", name=name, hkind=kind, spec=spec, year=_year(m["year"]))


# ---- references: now, recently, the future ---------------------------------------------------
_REFS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "just now": "PRESENT_REF", "currently": "PRESENT_REF",
    "at present": "PRESENT_REF", "presently": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
    "at the moment": "PRESENT_REF", "the present": "PRESENT_REF", "at this time": "PRESENT_REF",
    "this time": "PRESENT_REF", "today's": "PRESENT_REF", "current": "PRESENT_REF",
    "recently": "PAST_REF", "the past": "PAST_REF", "previously": "PAST_REF", "formerly": "PAST_REF", "lately": "PAST_REF",
    "once": "PAST_REF", "former": "PAST_REF", "recent": "PAST_REF", "more recently": "PAST_REF", "earlier": "PAST_REF",
    "the future": "FUTURE_REF", "future": "FUTURE_REF", "soon": "FUTURE_REF", "shortly": "FUTURE_REF",
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
    "the near future": "FUTURE_REF", "in the future": "FUTURE_REF", "someday": "FUTURE_REF", "one day": "FUTURE_REF",
}


@rule("ref_word", r"(?<![\w-])(?P<w>(?i:right\s+now|just\s+now|now|currently|at\s+present|presently|nowadays|these\s+days|at\s+the\s+moment|the\s+present|more\s+recently|recently|the\s+past|formerly|lately|the\s+near\s+future|the\s+(?:near|short)\s+term|the\s+future|former|recent|future|current))(?![\w-])", 5, triggers="deictic")
def _ref_word(m, text):
    w = " ".join(m["w"].lower().split())
    after = text[m.end(): m.end() + 30]
    before = text[max(0, m.start() - 30): m.start()]
    if w == "now":
        if re.match(r"\s*(?:that|-defunct)\b", after) and False:
            return None
        if re.match(r"[-‐]", after):
            return None
    if w in ("former", "recent", "future", "current"):
        # adjectives: TIMEX2-style narratives tag "former"; otherwise only before a time noun
        nxt = re.match(r"\s+([A-Za-z]+)", after)
        nxtw = nxt.group(1).lower() if nxt else ""
        if w == "former" and re.search(r"(?i)\bthe\s+$", before) and re.match(
                r"\s*(?:[,.;:)]|(?:a|an|the|is|was|were|had|has|have|would|could|did|being|and|but|as)\b)", after, re.I):
            return None  # "the former ... the latter": the first of two things named
        if w == "former":
            return M(m, "ref_word", "ref", value="PAST_REF", narrative_only=True, word=w)
        if w == "recent" and nxtw in ("weeks", "days", "months", "years", "decades", "times", "history", "past"):
            return None  # handled as a vague duration ("recent weeks") or a phrase
        if w == "future" and re.search(r"(?i)\b(?:the|in|near)\s+$", before):
            return None  # "the future", "near future" take the longer form
        if w == "future" and nxtw in ("of",):
            return None
        if w == "current" and re.search(r"(?i)\bthen[\s-]$", before):
            return Mention(m.start() - len(re.search(r"(?i)then[\s-]$", before).group(0)), m.end(), "ref_word", "ref",
                           dict(value="PAST_REF", word="then current"), 5)
        if w in ("recent", "current"):
            return M(m, "ref_word", "ref", value=_REFS[w], word=w)
        if w == "future":
            # measured: news annotators tag the adjective a third of the time, histories always
            return M(m, "ref_word", "ref", value=_REFS[w], word=w, narrative_only=True)
    if w == "the past" and re.match(r"\s+(?:few|two|three|four|five|six|seven|eight|nine|ten|several|\d|week|weeks|month|months|year|years|decade|decades|day|days|hour|hours|century|centuries|\w+ly\s+(?:week|month|year)s?)\b", after, re.I):
        return None
    if w == "the past" and re.match(r"\s+(?:is|was)\b", after) is None and re.search(r"(?i)\b(?:of|about)\s+$", before) and False:
        return None
    return M(m, "ref_word", "ref", value=_REFS[w], word=w)


# ---- durations and relative offsets ----------------------------------------------------------------
@rule("offset", r"(?:(?P<approx>%s)\s+)?(?:(?P<num>%s)|(?P<vague>%s))[\s-]+(?P<unit>%s)\s+(?P<dir>(?i:ago|earlier|later|before|after|from\s+now|hence|previously|back))(?![\w])" % (APPROX, NUM, VAGUE, TIME_UNIT), 25, triggers="unit")
def _offset(m, text):
    d = " ".join(m["dir"].lower().split())
    after = text[m.end(): m.end() + 20]
    if d in ("before", "after") and not re.match(r"\s*(?:[.,;:)]|that\b|and\b|$)", after):
        return None  # "two days after the vote": anchored on an event, see the ordinal/event rules
    if d == "back" and not re.search(r"(?i)\b(?:as\s+)?$", text[max(0, m.start() - 4): m.start()]):
        pass
    n = parse_num(m["num"]) if m["num"] else None
    u = unit_code(m["unit"])
    sign = -1 if d in ("ago", "earlier", "before", "previously", "back") else 1
    anchor = "dct" if d in ("ago", "from now", "hence", "back") else "last"
    return M(m, "offset", "offset", n=n, unit=u, sign=sign, anchor=anchor, vague=bool(m["vague"]),
             mod=_approx_mod(m["approx"]), period_months=_period_in_sentence(text, m.start()) if u == "Y" and n == 1 else None)


_PERIOD_WORD = re.compile(r"(?i)\b(?:(?P<months>nine|six|9|6|first\s+(?:nine|six))[\s-]+months?|(?P<half>first\s+half|half)|(?P<quarter>quarter|period))\b")
_SENT_BREAK = re.compile(r"[.!?][\"'’”]*\s+(?=[\"“A-Z])")


def _period_in_sentence(text: str, start: int) -> str | None:
    """The reporting period the sentence is about, named before "a year earlier": "for the nine
    months, losses totaled $212 million, compared with $48.7 million a year earlier" compares
    nine-month periods, not quarters. The last period word before the expression counts."""
    before = text[max(0, start - 300): start]
    cut = None
    for cut in _SENT_BREAK.finditer(before):
        pass
    if cut is not None:
        before = before[cut.end():]
    last = None
    for last in _PERIOD_WORD.finditer(before):
        pass
    if last is None or last["quarter"]:
        return None
    return "months" if last["months"] else "half"


def _approx_mod(s: str | None) -> str:
    if not s:
        return ""
    s = " ".join(s.lower().split())
    if s in ("about", "around", "roughly", "approximately", "some", "close to"):
        return "APPROX"
    if s in ("nearly", "almost", "less than", "fewer than", "under", "just under", "barely", "nearly a", "almost a"):
        return "LESS_THAN"
    if s in ("more than", "over", "just over", "well over", "upwards of", "in excess of"):
        return "MORE_THAN"
    if s in ("at least", "no less than"):
        return "EQUAL_OR_MORE"
    if s in ("at most", "up to", "no more than"):
        return "EQUAL_OR_LESS"
    return ""


_DET = r"(?i:the\s+(?:past|last|next|coming|previous|following|first|final|initial|remaining|preceding|latest|ensuing|upcoming|intervening|subsequent)|these\s+past|the\s+past\s+several|this\s+past|over\s+the\s+past)"


@rule("duration", r"(?:(?P<det>%s)\s+)?(?:(?P<approx>%s)\s+)?(?:(?P<num>%s)|(?P<vague>%s))(?P<sep>[\s-]+)(?P<unit>%s)(?P<old>-old|-long|\s+old|\s+long)?(?![\w])" % (_DET, APPROX, NUM, VAGUE, TIME_UNIT), 14, triggers="unit")
def _duration(m, text):
    # a capitalised unit in running text is part of a name ("60 Minutes", "the Seven Years' War"):
    # TimeML news annotation leaves it out, TIMEX2-style histories keep it (resolution decides)
    in_name = m["unit"][:1].isupper() and m.start("unit") > 0 and text[m.start("unit") - 1] == " " \
        and not re.search(r"[.!?\n]\s*\S*\s*$", text[max(0, m.start() - 3): m.start()])
    unit_s = m["unit"].lower()
    u = unit_code(unit_s)
    num_s = m["num"]
    plural = unit_s.endswith("s") or unit_s in ("centuries", "millennia")
    n = parse_num(num_s) if num_s else None
    if num_s:
        low = num_s.lower().strip()
        if low in ("a", "an") and u == "S":
            return None  # "a second trip", "a second"
        if u == "S" and not low[0].isdigit() and n is not None and n < 2 and "-" not in m["sep"]:
            return None
        if low in ("a", "an") and plural:
            return None
        if n is not None and n != 1 and not plural and "-" not in m["sep"] and not m["old"] and low[:1].isdigit() and n > 1:
            # "5 year" without a hyphen: a compound ("a 5 year plan") still a duration
            pass
        before = text[max(0, m.start() - 2): m.start()]
        if re.search(r"[$£€¥]\s*$", before) or (low[:1].isdigit() and re.search(r"[\d,.]$", before)):
            return None
        if low[:1].isdigit() and len(low) == 4 and 1000 <= (n or 0) <= 2099:
            return None  # "the 1988 quarter": a year, not 1988 quarters
    if u == "Q" and not m["vague"] and ("-" in m["sep"] or re.match(r"\s+of\b", text[m.end(): m.end() + 4])):
        return None  # "three-quarters of", "four-quarter moving average"
    if m["old"] and "old" in m["old"]:
        return None  # ages ("61-year-old"): not tagged in TimeML news corpora (0 of 32 in TBAQ)
        if low in ("one",) and u == "D" and not m["det"] and not m["approx"]:
            # "one day" is often "some day in the future" (FUTURE_REF)
            nxt = text[m.end(): m.end() + 10]
            if not re.match(r"\s*(?:later|earlier|of|and|or|,|\.|before|after|in)", nxt):
                return M(m, "duration", "ref", value="FUTURE_REF", word="one day")
    if u == "D" and unit_s.startswith("night") and not num_s:
        return None
    det = " ".join((m["det"] or "").lower().split())
    if det.startswith("over the past"):
        det = "the past"
    if det in ("the first", "the final", "the initial", "the last", "the next") and n is None and not m["vague"]:
        pass
    if m["det"]:
        start = m.start("det") + (m["det"].lower().index("the") if m["det"].lower().startswith("over") else 0)
    else:
        start = m.start("approx") if m["approx"] else (m.start("num") if m["num"] else m.start("vague"))
    end = m.end()
    half = re.match(r"\s+and\s+a\s+half\b", text[end: end + 14]) if n is not None and n == int(n) and not m["old"] else None
    if half:
        n, end = n + 0.5, end + half.end()  # "a minute and a half", "two years and a half"
    return Mention(start, end, "duration", "duration",
                   dict(n=n, unit=u, vague=bool(m["vague"]) or n is None, det=det, mod=_approx_mod(m["approx"]),
                        age=bool(m["old"]) and "old" in m["old"], in_name=in_name), 14)


# "two more weeks", "an additional year", "eight trading days": a count of units that an
# adjective between number and unit does not stop from being a duration
@rule("more_units", r"\b(?P<adj>(?i:more|additional|extra|further|trading|business|working))\s+(?P<unit>%s)(?![\w-])" % TIME_UNIT, 16, triggers="unit")
def _more_units(m, text):
    # the match starts at the adjective (a literal is quick to find); the count is read backwards
    before = text[max(0, m.start() - 60): m.start()]
    c = _MORE_COUNT.search(before)
    if c is None:
        return None
    base = m.start() - len(before)
    unit_s = m["unit"].lower()
    plural = unit_s.endswith("s") or unit_s in ("centuries", "millennia")
    if c["an"]:
        if plural or m["adj"].lower() == "more":
            return None  # "a more ... years" is not a count
        n = 1
    else:
        n = parse_num(c["num"]) if c["num"] else None
    if c["num"] and re.search(r"(?:[$£€¥]|\d)[.,]?\s*$", text[max(0, base + c.start("num") - 3): base + c.start("num")]):
        return None  # "$5 more", "1.5 extra": part of an amount
    approx = c["approx"] if c["approx"] and c["approx"].lower() not in ("for", "another") else None
    start = base + (c.start("approx") if approx else c.start("num") if c["num"] else c.start("vague") if c["vague"] else c.start("an"))
    return Mention(start, m.end(), "more_units", "duration",
                   dict(n=n, unit=unit_code(unit_s), vague=bool(c["vague"]) or n is None, det="", mod=_approx_mod(approx), age=False), 16)


# "their third day-long meeting", "a months-long trek", "the government's decades-long battle":
# a compound adjective of length; a plural unit is some units
@rule("unit_long", r"(?<![\w-])(?P<unit>(?i:day|week|month|year|decade|centur(?:y|ie)|hour|night))(?P<pl>s)?-long(?![\w-])", 13, triggers="unit")
def _unit_long(m, text):
    u = unit_code(m["unit"].lower().replace("centurie", "century").replace("night", "day"))
    plural = bool(m["pl"])
    return Mention(m.start(), m.end(), "unit_long", "duration",
                   dict(n=None if plural else 1, unit=u, vague=plural, det="", mod="", age=False), 13)


_MORE_COUNT = re.compile(r"(?<![\w-])(?:(?P<approx>(?i:at\s+least|about|nearly|almost|some|up\s+to|more\s+than|for|another))\s+)?(?:(?P<num>%s)|(?P<vague>%s)|(?P<an>(?i:an?)))\s+$" % (NUM, VAGUE))


@rule("det_unit", r"(?P<det>(?i:the\s+(?:past|last|previous|preceding|next|coming|following|ensuing|first|final|initial)|this\s+past|over\s+the\s+past|these\s+past))\s+(?P<unit>(?i:second|minute|hour|day|week|fortnight|month|year|decade|century|millennium))(?![\w-])", 15, triggers="unit")
def _det_unit(m, text):
    det = " ".join(m["det"].lower().split())
    if det.startswith("over "):
        det = det[5:]
    after = text[m.end(): m.end() + 12]
    if re.match(r"\s*(?:of|'s|’s|after|before|since|following|when)\b", after, re.I):
        return None  # "the last week of August", "the first day after ..." are other rules
    if det in ("the first", "the final", "the initial") and not re.match(r"\s*[,.;]", after):
        return None
    start = m.start("det") + (m["det"].lower().index("the") if m["det"].lower().startswith("over") else 0)
    return Mention(start, m.end(), "det_unit", "duration",
                   dict(n=1, unit=unit_code(m["unit"]), vague=False, det=det, mod="", age=False), 15)


@rule("units_ahead", r"(?i:the\s+(?P<unit>seconds|minutes|hours|days|weeks|months|years|decades)\s+ahead)(?![\w-])", 10, triggers="unit")
def _units_ahead(m, text):
    # "in the weeks ahead": some weeks from now on
    return Mention(m.start(), m.end(), "units_ahead", "duration",
                   dict(n=None, unit=unit_code(m["unit"]), vague=True, det="the coming", mod="", age=False), 10)


@rule("bare_units", r"(?P<cue>(?i:for|over|in|within|not|or|and|to|recent|past|last|coming|next|the\s+last|the\s+past|the\s+coming|the\s+next|after|these\s+past|the\s+recent|in\s+recent|of|spanning|lasting|taking|took|take|takes|spent|spend|the\s+following|the\s+ensuing|the\s+preceding|the\s+subsequent))\s+(?P<unit>(?i:seconds|minutes|hours|days|weeks|months|years|decades|centuries))(?![\w-])", 9, triggers="unit")
def _bare_units(m, text):
    cue = " ".join(m["cue"].lower().split())
    u = unit_code(m["unit"])
    start = m.start("unit")
    if cue in ("recent", "in recent", "the recent", "past", "last", "coming", "next", "the last", "the past",
               "the coming", "the next", "these past", "the following", "the ensuing", "the preceding", "the subsequent"):
        start = m.start("cue") if not cue.startswith("in ") else m.start("cue") + 3
    elif cue in ("of",):
        before = text[max(0, m.start() - 12): m.start()]
        if not re.search(r"(?i)\b(?:matter|couple|lot|period|space|course)\s*$", before) and not re.match(r"\s*$", before[-1:]):
            return None
        if not re.search(r"(?i)\b(?:matter|space|course|period)\s*$", before):
            return None
    elif cue in ("in",):
        # "in days" (within days) is a duration; "in years" too; but "in days of" is not
        if re.match(r"\s+of\b", text[m.end(): m.end() + 4]):
            return None
    det = cue if cue in ("recent", "in recent", "the recent", "past", "last", "coming", "next", "the last", "the past",
                         "the coming", "the next", "these past") else ""
    if det in ("recent", "in recent", "the recent", "past") and u in ("Y", "D", "DE"):
        # "in recent years", "in past years": annotated as a vague past (PAST_REF) far more than as PXY
        return Mention(start, m.end(), "bare_units", "ref", dict(value="PAST_REF", word=m.group(0).lower()), 9)
    if det.startswith("in "):
        det = det[3:]
    return Mention(start, m.end(), "bare_units", "duration", dict(n=None, unit=u, vague=True, det=det, mod="", age=False), 9)


# ---- sets ------------------------------------------------------------------------------------
@rule("set_every", r"(?P<e>(?i:every|each))\s+(?:(?P<other>(?i:other))\s+)?(?:(?P<num>%s)\s+)?(?P<what>%s|%s|%s|(?i:day|week|month|year|hour|minute|weekend|quarter|morning|afternoon|evening|night|decade|time)s?)(?![\w-])" % (NUM, WEEKDAY, MONTH_FULL, SEASON), 24, triggers="set")
def _set_every(m, text):
    w = m["what"]
    wl = w.lower()
    n = parse_num(m["num"]) if m["num"] else 1
    if n is None:
        return None
    if m["other"]:
        n *= 2
    if wl == "time" or wl == "times":
        return None
    n = int(n) if n == int(n) else n
    if wl.rstrip("s") in L["weekdays"] or wl.rstrip("'s") in L["weekdays"]:
        return M(m, "set_every", "fixed", type="SET", value=f"XXXX-WXX-{weekday_num(w.rstrip('s') if not wl.endswith('days') else w[:-1])}")
    if wl in L["months"]:
        return M(m, "set_every", "fixed", type="SET", value=f"XXXX-{month_num(w):02d}")
    if wl in L["seasons"]:
        return M(m, "set_every", "fixed", type="SET", value=f"XXXX-{L['seasons'][wl]}")
    if wl.rstrip("s") in ("morning", "afternoon", "evening", "night"):
        return M(m, "set_every", "fixed", type="SET", value=f"XXXX-XX-XXT{L['parts_of_day'][wl.rstrip('s')]}")
    if wl.rstrip("s") == "weekend":
        return M(m, "set_every", "fixed", type="SET", value="XXXX-WXX-WE")
    u = unit_code(wl)
    return M(m, "set_every", "fixed", type="SET", value=dur_value(n, u))


_ADVERB_SETS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H",
                "nightly": "XXXX-XX-XXTNI", "biweekly": "P2W", "fortnightly": "P2W",
                "biannually": "P6M", "semiannually": "P6M", "semi-annually": "P6M", "every day": "P1D"}


@rule("set_adverb", r"(?<![\w-])(?P<w>(?i:daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|fortnightly|biannually|semiannually|semi-annually))(?![\w-])", 12, triggers="set")
def _set_adverb(m, text):
    w = m["w"].lower()
    after = text[m.end(): m.end() + 20]
    if re.search(r"(?:\d|%|percent|million|billion|units|tons|barrels)\W*(?:\w+\W+){0,2}$", text[max(0, m.start() - 30): m.start()]):
        return None  # a rate ("to rise 8.5% annually", "10,000 units annually"), see above
    # "the daily Kommersant", "a weekly magazine", "weekly newspaper": a publication, not a frequency
    if re.match(r"\s+(?:newspaper|paper|magazine|publication|journal|news|Mail|Telegraph|Mirror|Star|Beast|Show|[A-Z][a-z]+)\b", after):
        return None
    return M(m, "set_adverb", "fixed", type="SET", value=_ADVERB_SETS[w])


@rule("set_times", r"(?P<k>(?i:once|twice|thrice|(?:%s)\s+times))\s+(?:(?i:a|an|per|each|every))\s+(?P<unit>(?i:day|week|month|year|hour|minute|decade|quarter))(?![\w-])" % NUM, 24, triggers="set")
def _set_times(m, text):
    return M(m, "set_times", "fixed", type="SET", value=dur_value(1, unit_code(m["unit"])))


# Rates such as "$500 million a year" or "10,000 units annually" are not extracted: TimeML
# news corpora leave them untagged (measured: 3 of 11) and a timeline cannot place them.


@rule("set_weekday_plural", r"(?:(?i:on)\s+)(?P<wd>%s)(?![\w'])" % WEEKDAY_PL, 12, triggers="weekday")
def _set_wd(m, text):
    return M(m, "set_weekday_plural", "fixed", group="wd", type="SET", value=f"XXXX-WXX-{weekday_num(m['wd'][:-1])}")


# ---- ordinal periods anchored on an event -------------------------------------------------------
@rule("event_ordinal", r"(?i:(?:now\s+)?(?<![\w])in\s+(?P<t>(?:its|his|her|their|the)\s+(?P<ord>%s)\s+(?P<unit>day|week|month|year|decade)))(?![\w-])" % ORD, 29, triggers="unit")
def _event_ordinal(m, text):
    n = parse_ordinal(m["ord"])
    if not n or n < 1:
        return None
    return M(m, "event_ordinal", "event_ordinal", group="t", n=n, unit=unit_code(m["unit"]))


@rule("ordinal_after", r"(?P<t>(?i:the|its|their)\s+(?P<ord>%s|(?i:opening|early|last|final|closing))\s+(?:(?P<num>%s)\s+)?(?P<unit>(?i:days?|weeks?|months?|years?|hours?)))\s+(?P<rel>(?i:after|since|following|of))\s+" % (ORD, NUM), 29, triggers="unit")
def _ordinal_after(m, text):
    o = m["ord"].lower()
    n = {"opening": 1, "early": 1}.get(o) or parse_ordinal(o)
    if not n or n < 0:
        n = 1
    if o in ("last", "final", "closing"):
        return None
    count = parse_num(m["num"]) if m["num"] else 1
    # "the first hours of Thursday", "the first days after the vote": a plural without a number
    # is some units, how many is not said
    vague = not m["num"] and m["unit"].lower().endswith("s")
    # "today is the eighth day of Desert Shield", "it's the second day of an offensive": the day of writing
    is_today = m["unit"].lower() == "day" and not m["num"] and re.search(
        r"(?i)\b(?:today|it|this)\s*(?:is|['’]s)\s+$", text[max(0, m.start() - 12): m.start()]) is not None
    return M(m, "ordinal_after", "ordinal_after", group="t", n=n, count=count or 1, unit=unit_code(m["unit"]),
             rel=m["rel"].lower(), vague=vague, is_today=is_today)


# ---- anaphoric: the next day, that year, the following week --------------------------------------
@rule("anaphor", r"(?:(?P<mod>(?i:early|late|earlier|later))\s+)?(?P<rel>(?i:the\s+next|the\s+following|the\s+previous|the\s+preceding|the\s+prior|the\s+same|that\s+same|that\s+very|that|the\s+very\s+same|the\s+very\s+next))\s+(?P<what>(?i:day|morning|afternoon|evening|night|week|weekend|month|year|decade|century))(?![\w-])", 20, triggers="unit pod")
def _anaphor(m, text):
    rel = " ".join(m["rel"].lower().split()).replace("very ", "").replace("that very", "that")
    what = m["what"].lower()
    off = {"the next": 1, "the following": 1, "the previous": -1, "the preceding": -1, "the prior": -1,
           "the same": 0, "that": 0, "that same": 0}[rel]
    if rel == "that" and what in ("day", "week", "month", "year") and re.match(r"\s+(?:of|when|in)\b", text[m.end(): m.end() + 6]) and False:
        return None
    pod = ""
    unit = what
    if what in ("morning", "afternoon", "evening", "night"):
        pod, unit = L["parts_of_day"][what], "day"
    return M(m, "anaphor", "anaphor", unit=unit, offset=off, pod=pod, mod=mod_code(m["mod"]), word=rel)


@rule("day_before_after", r"(?i:the\s+(?P<what>day|night|week|month|year)\s+(?P<dir>before|after|earlier|later))(?=\s*[,.;)]|\s+(?:that|and|when)\b)", 20, triggers="unit")
def _day_before(m, text):
    return M(m, "day_before_after", "anaphor", unit=m["what"].lower() if m["what"].lower() != "night" else "day",
             offset=-1 if m["dir"].lower() in ("before", "earlier") else 1, pod="NI" if m["what"].lower() == "night" else "", mod="")


@rule("year_ago_adj", r"(?i:(?:the\s+)?year[\s-](?:ago|earlier))(?:\s+(?P<what>(?i:quarter|period|month|level|levels|figure|figures|results|(?P<nm>nine|six|three|twelve)\s+months|first\s+half))?)?(?![\w-])", 13, triggers="unit")
def _year_ago_adj(m, text):
    what = (m["what"] or "").lower()
    if m["nm"] or what.startswith("first half"):
        # "the year-earlier nine months": the same span a year before, a duration like its model
        n = {"nine": 9, "six": 6, "three": 3, "twelve": 12}.get((m["nm"] or "").lower(), 6)
        return Mention(m.start(), m.end(), "year_ago_adj", "fixed", dict(type="DURATION", value=f"P{n}M"), 13)
    s = m.group(0)
    end = m.end() if what in ("quarter", "period", "month") else m.start() + len(re.match(r"(?i)(?:the\s+)?year[\s-](?:ago|earlier)", s).group(0))
    start = m.start()
    if s.lower().startswith("the") and what not in ("quarter", "period", "month"):
        start += 4
    return Mention(start, end, "year_ago_adj", "offset", dict(n=1, unit="Y", sign=-1, anchor="last", vague=False, mod="", yearago_adj=True,
                                                           period_months=None if what else _period_in_sentence(text, start)), 13)
