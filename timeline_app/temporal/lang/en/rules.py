"""English extraction rules: find time expressions and describe them with underspecified values.

Each rule is a record (``rulebase.Rule``): a regular expression built from the word classes
of ``lexicon.json`` (``{name}``, see ``lang/__init__.py``) plus a small builder that turns a
match into a ``Mention``: the span, a ``kind`` and the parts the text gives ("month 2,
day 24, year unknown"; "weekday 5, tense to decide"; "3 days before the anchor").
Resolution against an anchor happens later (``resolve.py``). Spans follow TimeML extents:
a leading preposition is left out, determiners and modifiers are kept.
"""
from __future__ import annotations

from timeline_app.temporal import fastre as re
import os
from datetime import date, timedelta

from timeline_app.temporal.lang import alternation, guard, lexicon, ordered, trie_of, word_re
from timeline_app.temporal.othercal import DatedDays
from timeline_app.temporal.worldhol import Spec as WorldSpec, WorldDays, agree as world_agree, places_of as world_places, days_of
from timeline_app.temporal.rulebase import M, Mention, RuleSet, dur_value, may_hold
from timeline_app.temporal.lines import next_newline, start_of_line, under_post

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
# Informal writing puts names in lower case: those that are not also common words ("may",
# "march", "sun" are) match in lower case too.
_LOWER_MONTHS = ordered(L["lowercase_months"], case=True)
MONTH = r"(?:%s|%s\.?|%s)(?![a-zA-Z])" % (alternation(_FULL_MONTHS, caps=True), alternation(_ABBR_MONTHS, caps=True),
                                        _LOWER_MONTHS)
MONTH_FULL = r"(?:%s|%s)(?![a-zA-Z])" % (alternation([m for m in _FULL_MONTHS], caps=True),
                                       ordered([m for m in L["lowercase_months"] if m in _FULL_MONTHS], case=True))
_FULL_WD = _first_names(L["weekdays"])
_ABBR_WD = [w for w in L["weekdays"] if w not in _FULL_WD]
WEEKDAY = r"(?:%s(?:'s|’s)?|%s\.|%s)(?![a-zA-Z])" % (alternation(_FULL_WD, caps=True), alternation(_ABBR_WD, caps=True),
                                                    ordered(L["lowercase_weekdays"], case=True))
# a weekday written short without its dot before a date ("Fri 11th Jan", "Fri, 11 Oct 2024")
# (in lower case too: "xmas social is sat 16th dec": the date after it says it is a weekday)
SHORT_WD = r"(?:%s|%s)(?![a-zA-Z.])" % (alternation([w for w in L["weekdays"] if w not in _FULL_WD], caps=True),
                                      ordered([w for w in L["weekdays"] if w not in _FULL_WD], case=True))
WEEKDAY_PL = alternation([w + "s" for w in _FULL_WD], caps=True) + r"(?![a-zA-Z])"

_UNITS_W = "|".join(L["digit_words"])
_TEENS_W = "|".join(L["teen_words"])
_TENS_W = "|".join(L["tens_words"])
# the phrases first: "three quarters of a century" is not "three quarters"
NUMWORD = r"(?i:%s(?:%s|(?:%s)(?:[-\s](?:%s))?|%s|%s))" % (
    guard(L["number_phrases"] + L["tens_words"] + L["teen_words"] + L["digit_words"]),
    "|".join(map(word_re, L["number_phrases"])), _TENS_W, _UNITS_W, _TEENS_W, _UNITS_W)
# (history4) "1,500 years", "two hundred years", "three hundred and eighty-six years ago"
_SMALL_W = r"(?:%s)(?:[-\s](?:%s))?|%s|%s" % (_TENS_W, _UNITS_W, _TEENS_W, _UNITS_W)
_HUNDREDS = r"(?i:[-\s]+(?:%s)(?:\s+and\s+(?:%s)|\s+(?:%s))?)" % (ordered(L["number_multipliers"]), _SMALL_W, _SMALL_W)
NUM = r"(?:\d{1,3}(?:,\d{3})+(?![\d.,])|\d+(?:\.\d+)?(?:\s+1/2|½)?|%s(?:%s)?)" % (NUMWORD, _HUNDREDS)
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
# a zone in brackets only with both brackets: "10:30 (BST)", "11:00 (UTC+8)"; "(08:30 GMT)" keeps the bracket that closes
# the aside out (twenty-ninth session: an opening bracket and a closing one were each optional)
_ZONE = r"(?:[A-Z]{1,3}[SD]T|%s)" % ordered(L["time_zones"], case=True)
TZ = r"(?:\s+(?:\(%s(?:[+−-]\d{1,2}(?::?\d\d)?)?\)|%s))" % (_ZONE, _ZONE)
# "noon on December 31, 1999", "11 a.m. on 11 November 1918": a date with its year is an
# expression of its own (as the corpora write it) and the time takes its day from it
# (a weekday followed by its day of the month is not the time's day alone: "8pm on Saturday 13th"
# is on the 13th, which the rule weekday_mday reads)
DAYREF = r"(?:%s(?!,?\s+(?:(?i:the)\s+)?[0-3]?\d(?:{ordinal_suffixes:cs})?(?![\w:]))|%s|%s|%s\s+[0-3]?\d(?![\d:])(?!,?\s+%s)" % (
    WEEKDAY, ordered(L["day_words"]), ordered(L["story_day_refs"]), MONTH, YEAR) + (
    # (informal7) "doors 8am sat", "kick off 3pm Sat": a short weekday right after the time (not
    # before a number or a name: "at 3pm Sun Yat-sen spoke")
    # ((days) nor the first end of a range of weekdays, opening hours: "8am-4pm Mon-Sat")
    r"|(?<=[ap]m[ \t])(?i:{short_weekdays})(?![\w'’.]|[ \t]+(?:[A-Z][a-z]|[0-3]?\d)|\s*[-–]\s*(?i:{short_weekdays}))"
    # (tweets) and after a 24-hour time ("18:00 Wed to 09:00 Thu", a weather warning's window)
    r"|(?<=\d:\d\d[ \t])(?i:{short_weekdays})(?![\w'’.]|[ \t]+(?:[A-Z][a-z]|[0-3]?\d)|\s*[-–]\s*(?i:{short_weekdays})))")

# what stands right before or after a month in a date (``Rule.lead`` / ``Rule.trail``: those rules
# run only around such months): a day before it ("5 May", "the 5th of May"), a day or a year
# after it ("May 5", "Sept. 4", "March, 2019")
_DAY_BEFORE_MONTH = (r"\d{ordinal_suffixes:cs}?\s+(?:(?i:of)\s+)?", 64)
_DAY_AFTER_MONTH = (r"\.?\s*\d", 64)
_YEAR_AFTER_MONTH = (r"\.?,?\s+(?:(?i:of)\s+)?\d", 64)
# an ordinal right before a unit ("in its 40th day", "in their second year")
_ORDINAL_BEFORE = (r"(?i:(?:\d{ordinal_suffixes:cs}|(?<![a-z])(?:%s))\s+)" % trie_of(
    [o.lower() for o, n in L["ordinals"].items() if n > 0]), 32)

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
_MULTIPLIERS = L["number_multipliers"]   # (history4) "hundred": 100, "thousand": 1000


def parse_num(s: str) -> float | None:
    """'three' -> 3, 'twenty-one' -> 21, '2.5' -> 2.5, '1 1/2' -> 1.5, 'a' -> 1; None if not a number."""
    s = " ".join(s.lower().replace("-", " ").split())
    if not s:
        return None
    if s[0].isdigit():
        half = 0.5 if s.endswith("1/2") or s.endswith("½") else 0.0
        s = s.replace("1/2", "").replace("½", "").replace(",", "").strip()
        try:
            return float(s) + half
        except ValueError:
            return None
    if s in _NUMBERS:
        return float(_NUMBERS[s])
    parts = s.split()
    if len(parts) == 2 and parts[0] in _WORD_TENS and parts[1] in _WORD_UNITS:
        return float(_WORD_TENS[parts[0]] + _WORD_UNITS[parts[1]])
    if any(w in _MULTIPLIERS for w in parts):
        # "two hundred", "three hundred and eighty six", "a thousand": a small number times each multiplier
        total, cur = 0, 0
        for w in parts:
            if w in _MULTIPLIERS:
                total, cur = (total + max(cur, 1)) * _MULTIPLIERS[w] if _MULTIPLIERS[w] >= 1000 else total, \
                    0 if _MULTIPLIERS[w] >= 1000 else max(cur, 1) * _MULTIPLIERS[w]
            elif w == "and":
                continue
            elif w in _WORD_UNITS or w in _WORD_TENS or w in _NUMBERS:
                cur += _WORD_UNITS.get(w) or _WORD_TENS.get(w) or _NUMBERS[w]
            else:
                return None
        return float(total + cur)
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


_DAY_AND_NUMBER = re.compile(r"([a-z.]+)\s+(\d+)")


def day_ref(s: str | None) -> dict | None:
    """The day a clock time names with it ("5 p.m. yesterday", "at noon on Friday", "9 a.m.
    March 8"), for resolution: {"offset": -1, "word": "yesterday"}, {"weekday": 5}, {"month": 3,
    "day": 8}; {"unread": s} when the words name none of those; None when there are none."""
    if not s:
        return None
    ref = " ".join(s.lower().split())
    if ref in L["day_words"]:
        return {"offset": L["deictic_days"][ref], "word": ref, "night": ref in L["night_words"]}
    if ref in L["story_day_refs"]:
        return {"story": L["story_day_refs"][ref], "word": ref}   # (history7) "at noon that day"
    if ref.rstrip(".").replace("'s", "") in L["weekdays"]:
        return {"weekday": weekday_num(ref)}
    if ref in L["short_weekdays"]:
        return {"weekday": L["short_weekdays"][ref], "short": True}   # (informal7) "8am sat"
    mm = _DAY_AND_NUMBER.match(ref)
    if mm and mm.group(1).rstrip(".") in L["months"]:
        return {"month": month_num(mm.group(1)), "day": int(mm.group(2))}
    return {"unread": ref}


def any_weekday_num(word: str) -> int:
    """The weekday number of a weekday written out, abbreviated with a dot or short ("thurs")."""
    low = word.lower().rstrip(".")
    return L["short_weekdays"][low] if low in L["short_weekdays"] else weekday_num(word)


def deictic_ref(word: str) -> dict:
    """The day a day word names for a clock time with it ("tmrw 7am", "9.45 tonight")."""
    w = " ".join(word.lower().split())
    return {"offset": L["deictic_days"][w], "word": w, "night": w in L["night_words"]}


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


def _ry(s: str | None) -> int | None:
    """(thirty-second session) 'next year' after a day and its month ("3 August next year", "March 3 last year"): the
    year counted from the reference date, as "August next year" was; None when not said."""
    return RELATIONS[_rel(s)][0] if s else None


def _year(s: str | None) -> int | None:
    return int(s) if s else None


def _year_short(s: str | None) -> int | None:
    """(numdates28) a year written short after a day and a month: "'25", "’98" (of this century below 50), "2k25"."""
    if not s:
        return None
    yy = int(s[-2:])
    return (2000 if yy < 50 or s[0] not in "'’" else 1900) + yy


# ---- numeric dates ---------------------------------------------------------------------
@rule("iso_date", r"(?<![\w-])(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:[T ](?P<H>[0-2]\d):(?P<M>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?(?![\w-])", 30, triggers="year",
      examples=[
          ("2022-09-16", "The internal report, dated 2022-09-10, was leaked to reporters on Thursday.", "2022-09-10", "2022-09-10")])
def _iso(m, text):
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    if m["H"]:
        return M(m, "iso_date", "time", year=y, month=mo, day=d, hour=int(m["H"]), minute=int(m["M"]))
    return M(m, "iso_date", "cal", year=y, month=mo, day=d, grain="day")


# (informal6: "a reading from 24/01/2025": a day from 20 to 31 first, read as the day, as 13-19 always were)
@rule("us_numeric_date", r"(?<![\w/.-])(?P<m>[0-3]?\d)/(?P<d>[0-3]?\d)/(?P<y>\d{4}|\d{2})(?![\w/])", 30, triggers="slash",
      examples=[
          ("2022-08-01", "The lease expires on 9/24/2022, according to a court filing.", "9/24/2022", "2022-09-24"),
          ("2025-01-30", "I can see a meter reading from 24/01/2025.", "24/01/2025", "2025-01-24")])
def _usdate(m, text, name: str = "us_numeric_date"):
    mo, d, y = int(m["m"]), int(m["d"]), int(m["y"])
    if mo > 12 and d <= 12:
        mo, d = d, mo
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    if len(m["y"]) == 2:
        y += 1900 if y >= 50 else 2000
    swappable = mo != d and mo <= 12 and d <= 12
    if swappable:
        # (admin) "Appt confirmed Tues 24/03/26 ... MOT expires on 09/04/2026": where both numbers can be the
        # month, the order the text's other numeric dates show, else the country its clues name (a pound
        # amount, a British zone: day first; a dollar amount, a US zone: month first), as a year-less slash
        # date is read (rule slash_day_month); with neither, month first as before
        order = _slash_order(text, m.start(), m.end()) or _slash_country(text, m.start(), m.end())
        if order == "dm":
            mo, d = d, mo
        swappable = order is None
    return M(m, name, "cal", year=y, month=mo, day=d, grain="day", swappable=swappable)


# (past) a dashed numeric date with its four-digit year, as forums stamp their posts ("Last edited by dave;
# 25-02-2025 at 09:41 PM", "02-25-2025"): read as the slash date is (a number over 12 is the day; where both
# can be a month, the order the text's other dates show); before, only its year was found
@rule("dash_numeric_date", r"(?<![\w/.:-])(?P<m>[0-3]?\d)-(?P<d>[0-3]?\d)-(?P<y>(?:1[89]|20)\d\d)(?![\w/-]|[.,]\d)", 30, triggers="year",
      examples=[("2025-03-14", "Last edited by dave_r; 25-02-2025 at 09:41 PM.", "25-02-2025", "2025-02-25")])
def _dash_date(m, text):
    return _usdate(m, text, "dash_numeric_date")


# (informal5) a chat export's stamp: "[10/03/2024, 19:02]" (WhatsApp on a phone), "02/08/2024, 18:02 -
# Hannah:" (on Android), "[3/10/24, 7:02:15 PM]": the moment a message was sent, one TIME. Where both
# numbers can be a month, the order the export's other dates show; where none tells, the resolver
# takes the reading on or before the day of writing nearest it (no message is sent after the export)
# (eleventh session, clock) copied from WhatsApp on the web or the desktop the time comes first:
# "[14:03, 12/03/2024] Jo: omw", one TIME all the same
@rule("chat_stamp", r"(?<![\w/.-])(?:(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>\d{4}|\d{2}),\s(?P<h>[0-2]?\d):(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?(?:\s?(?P<ap>[AaPp])\.?[Mm]\.?)?(?=\]|\s[-–]\s)"
                    r"|(?<=\[)(?P<h2>[0-2]?\d):(?P<mi2>[0-5]\d)(?:\s?(?P<ap2>[AaPp])\.?[Mm]\.?)?,\s(?P<a2>[0-3]?\d)/(?P<b2>[0-3]?\d)/(?P<y2>\d{4}|\d{2})(?=\])"
                    r"|(?<![^\n])(?P<a3>[0-3]?\d)/(?P<b3>[0-3]?\d)/(?P<y3>\d{4}),?[ \t](?P<h3>[0-2]?\d):(?P<mi3>[0-5]\d)(?::(?P<s3>[0-5]\d))?(?:[ \t]?(?P<ap3>[AaPp])\.?[Mm]\.?)?"
                    r"(?=[ \t]+[A-Za-z@][^\n:]{0,39}:[ \t]))"
                    # (stamps26) WhatsApp's stamp with no year, "[20/09, 21:47] Dani:": the year of the nearest such day on
                    # or before the day of writing (resolve._time)
                    r"|(?<=\[)(?P<a4>[0-3]?\d)/(?P<b4>[0-3]?\d),\s(?P<h4>[0-2]?\d):(?P<mi4>[0-5]\d)(?::(?P<s4>[0-5]\d))?(?:\s?(?P<ap4>[AaPp])\.?[Mm]\.?)?(?=\][ \t]{1,4}[A-Za-z@][^\n:]{0,39}:[ \t])", 32,
      triggers="slash",
      examples=[("2024-03-12", "[11/03/2024, 08:47] Mum: can someone drive him?", "11/03/2024, 08:47", "2024-03-11T08:47"),
                ("2024-08-05", "03/08/2024, 21:47 - Hannah: forecast looks dry", "03/08/2024, 21:47", "2024-08-03T21:47"),
                ("2024-03-14", "[21:05, 13/03/2024] Jo: omw", "21:05, 13/03/2024", "2024-03-13T21:05"),
                ("2025-09-23", "20/09/2025 21:47 Dani: he came round tonight", "20/09/2025 21:47", "2025-09-20T21:47"),
                ("2026-01-02", "[30/12, 21:47] Dani: he came round tonight", "30/12, 21:47", "2025-12-30T21:47"),
                ("2026-04-29", "24/04/2026, 18:03:11 Skipper Desmond: Evening all.", "24/04/2026, 18:03:11", "2026-04-24T18:03:11")])
def _chat_stamp(m, text):
    k = "" if m["a"] is not None else "2" if m["a2"] is not None else "3" if m["a3"] is not None else "4"
    a, b, h, mi, ap = (m["a" + k], m["b" + k], m["h" + k], m["mi" + k], m["ap" + k])
    ys = m["y" + k] if k != "4" else None
    a, b, h = int(a), int(b), int(h)
    y = int(ys) if ys else None
    if ys and len(ys) == 2:
        y += 2000
    if ap:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if ap in "pP" else 0)
    if h > 23:
        return None
    two_way = False
    if 12 < a <= 31 and 1 <= b <= 12:
        d, mo = a, b
    elif 12 < b <= 31 and 1 <= a <= 12:
        d, mo = b, a
    elif 1 <= a <= 12 and 1 <= b <= 12:
        order = _slash_order(text, m.start(), m.end())
        two_way = order is None
        d, mo = (a, b) if order != "md" else (b, a)
    else:
        return None
    # ((poststamps35, §129) the seconds the export prints are kept: "24/04/2026, 18:03:11 Skipper Desmond:" is
    # 2026-04-24T18:03:11, as the blind annotator writes it (TIDES: a value to the granularity said))
    sec = m["s" + k] if k != "2" else None
    sec = int(sec) if sec else None
    if y is None:
        return M(m, "chat_stamp", "time", year=None, stamp_month=mo, stamp_day=d, hour=h, minute=int(mi), two_way=two_way, second=sec)
    return M(m, "chat_stamp", "time", year=y, month=mo, day=d, hour=h, minute=int(mi), two_way=two_way, second=sec)


def _stamp_hour(h: str, ap: str | None) -> int | None:
    """A stamp's hour on the 24-hour clock from its digits and its am/pm letter (None where there is none), or None
    where the two make no hour of a day."""
    hour = int(h)
    if ap:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ap in "pP" else 0)
    return hour if hour <= 23 else None


# (the lead, thirty-eighth session, §170) a chat export's stamp with an ISO date, as a phone set to Canadian English (and
# other locales writing year-month-day) exports it: "[2023-12-27, 6:48:12 p.m.] Mom:" (iOS, a narrow no-break space
# before "p.m." kept as any blank), "2023-12-27, 18:48 - Dave:" (Android): one TIME, the moment the message was sent, a
# chat stamp as the slash stamps are (its mention named "chat_stamp": the message's words count from its day, a long
# gap opens a new talk); before, the date and the clock were two and the clock took a day of its sentence
@rule("iso_chat_stamp", r"(?<![\w/.-])(?P<y>(?:19|20)\d\d)-(?P<mo>[01]\d)-(?P<d>[0-3]\d),[ \t\u00a0\u202f](?P<h>[0-2]?\d):(?P<mi>[0-5]\d)"
      r"(?::(?P<s>[0-5]\d))?(?:[ \t\u00a0\u202f]?(?P<ap>[AaPp])\.?[Mm]\.?)?(?=\]|[ \t][-–][ \t])", 32, triggers="year",
      examples=[("2023-12-30", "[2023-12-27, 6:48:12 p.m.] Mom: leaving tomorrow at 9", "2023-12-27, 6:48:12 p.m.",
                 "2023-12-27T18:48:12"),
                ("2023-12-30", "2023-12-28, 08:15 - Dave: on the road now", "2023-12-28, 08:15", "2023-12-28T08:15")])
def _iso_chat_stamp(m, text):
    h, mi = _stamp_hour(m["h"], m["ap"]), int(m["mi"])
    if h is None or not 1 <= int(m["mo"]) <= 12 or not 1 <= int(m["d"]) <= 31:
        return None
    return M(m, "iso_chat_stamp", "time", year=int(m["y"]), month=int(m["mo"]), day=int(m["d"]), hour=h, minute=mi,
             two_way=False, second=int(m["s"]) if m["s"] else None)


# (voices22, twenty-fifth session) a DM or chat export's stamp with the year and a comma before the clock time, opening
# the line before a sender and a colon: "27 Sep 2019, 22:14 client: ...", "Sep 27, 2019, 10:14 PM Dani: ...", "Sat,
# 27 Sep 2019, 22:14 - Jo: ..." (a weekday written short before it allowed): one TIME, a chat stamp (its message's words
# count from its day), as the eighteenth set's forum stamps "12 Mar 2026, 05:52" and informal19's "Aug 5, 2024, 6:48
# AM" are one; in running text a day and a time set off by a comma stay two (rule date_clock's _comma_apart); its
# message's words count from it as under the other stamps of a message's line (tagger._msg_line_stamp)
_SENDER_COLON = r"(?=[ \t]{1,4}(?:[-–][ \t]{1,4})?[A-Za-z@][^\n:]{0,39}:[ \t])"


@rule("comma_year_stamp", r"(?<![^\n\[])(?P<s>(?:(?i:{weekday_word_stems:bare})[a-z]{0,6}\.?,?[ \t]{1,4})?(?:(?P<d1>[0-3]?\d)[ \t]{1,4}(?P<mon1>%s)|(?P<mon2>%s)[ \t]{1,4}(?P<d2>[0-3]?\d),?)[ \t]{1,4}(?P<y>(?:19|20)\d\d),[ \t]{1,4}(?P<h>[0-2]?\d):(?P<mi>[0-5]\d)(?:[ \t]?(?P<ap>[AaPp])\.?[Mm]\.?)?)" % (MONTH, MONTH) + _SENDER_COLON,
      33, triggers="month", trail=(r"\.?[ \t]{1,4}(?:[0-3]?\d,?[ \t]{1,4})?(?:19|20)\d\d,[ \t]{1,4}[0-2]?\d:", 28),
      examples=[("2019-10-06", "27 Sep 2019, 22:14 client: will send the deposit tonight", "27 Sep 2019, 22:14", "2019-09-27T22:14"),
                ("2019-10-06", "Sep 27, 2019, 10:14 PM Rhona (Inkwell): booked!", "Sep 27, 2019, 10:14 PM", "2019-09-27T22:14")])
def _comma_year_stamp(m, text):
    h, mi = _stamp_hour(m["h"], m["ap"]), int(m["mi"])
    if h is None:
        return None
    d = int(m["d1"] or m["d2"])
    if not 1 <= d <= 31:
        return None
    return M(m, "comma_year_stamp", "time", group="s", year=int(m["y"]), month=month_num(m["mon1"] or m["mon2"]), day=d,
             hour=h, minute=mi, two_way=False)


def _stamp_day_month(m, text) -> tuple[int, int] | None:
    """(day, month) of a stamp's slash pair (groups "a", "b"): a number over 12 is the day; both 12 or under, day first
    unless the text's other slash dates are month first (``_slash_order``); None if neither can be a day and a month."""
    a, b = int(m["a"]), int(m["b"])
    if 12 < a <= 31 and 1 <= b <= 12:
        return a, b
    if 12 < b <= 31 and 1 <= a <= 12:
        return b, a
    if 1 <= a <= 12 and 1 <= b <= 12:
        return (b, a) if _slash_order(text, m.start(), m.end()) == "md" else (a, b)
    return None


# (voices22) a camp or shift log's stamp opening the line before a sender and a colon: the weekday (in capitals too:
# the line's shape makes it no code), the day and the month with a slash, and the clock time with or without its colon
# ("SAT 14/05 0545 Darren (boss): ...", "Mon 16/05 16:20 Kylie (sat text): ..."): one TIME on that day (its year the
# one the stamp is read in, never after the day of writing), and its message's words count from it
@rule("log_stamp", r"(?<![^\n\[])(?P<s>(?i:{weekday_word_stems:bare})[a-zA-Z]{0,6}\.?[ \t]{1,4}(?P<a>[0-3]?\d)/(?P<b>[01]?\d)[ \t]{1,4}(?P<h>[01]\d|2[0-3]):?(?P<mi>[0-5]\d))(?![\d/:])" + _SENDER_COLON,
      33, triggers="slash",
      examples=[("2022-05-17", "SAT 14/05 0545 Darren (boss): crew up at 0500", "SAT 14/05 0545", "2022-05-14T05:45")])
def _log_stamp(m, text):
    dm = _stamp_day_month(m, text)
    if dm is None:
        return None
    d, mo = dm
    return M(m, "log_stamp", "time", group="s", hour=int(m["h"]), minute=int(m["mi"]), dref={"month": mo, "day": d},
             stamp_clock=True)


# (informal6) a message's stamp in a chat pasted from Slack, Teams or a support chat: the sender's
# name and the clock time on a line of their own ("Priya N  9:02 AM", "Maya (SF)  8:47 AM"), or the
# time in brackets between the name and the message ("Agent Chloe (14:31): Hi"). The moment the
# message was sent on the day of writing (the paste shows no other day), one TIME, that moves no
# anchor: "can we say first thing tomorrow? / Priya N  9:06 AM" is still today's 9:06
# (voices19) also a Reddit-style handle ("reply · u/sailorsally22 · 9:02 AM") and the words a comment's or a
# reply's header opens with ("reply 8:15am", "Comment · Dave_K · 10:02"): lower-case, so no other word is a name
# (stamps29) a name's capital may be outside ASCII: "Padraig Ó Murchú", "Siobhán Ní Bhriain", "Zoë Łukasik" (Latin-1's
# capitals and Latin Extended-A's letters)
_STAMP_NAME = re.compile(r"[ \t]*(?:(?:[A-Z@\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f][\w.'’-]*|[a-z][a-z\d]*[_\d][\w.-]*|[ur]/[\w-]{2,30}|(?i:reply|replied|comment|edited|edit)"
                         r"|\([^()\n]{1,20}\)|[-–·|])[ \t]+){1,6}")
# (voices19) a short bracket may follow the stamp's time on its line: "Dana · 2:14 PM (her time)", "Jo  9:40 (edited)"
_STAMP_AFTER = r"(?:[ \t]+\([^()\n]{1,20}\))?"


_STAMP_LINE = re.compile(r"(?m)^%s(?:[01]?\d|2[0-3]):[0-5]\d(?:\s?[AaPp][Mm])?%s[ \t]*$" % (_STAMP_NAME.pattern, _STAMP_AFTER))
_STAMP_REACH = 600   # characters around a stamp line where another must stand


@rule("msg_stamp", r"(?<![\w.:])(?:(?P<t>(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?:\s?(?P<ap>[AaPp][Mm]))?)(?=%s[ \t]*(?:\n|$))|\((?P<t2>(?P<h2>[0-2]?\d):(?P<mi2>[0-5]\d)(?:\s?(?P<ap2>[AaPp][Mm]))?)\):)" % _STAMP_AFTER, 33,
      triggers="colon",
      examples=[("2025-06-26", "Sam Okoro  9:05 AM\ncan we say first thing tomorrow?\nPriya N  9:06 AM\nI'll ask", "9:06 AM", "2025-06-26T09:06"),
                ("2025-06-26", "Priya Nair  14:03\nsee you tomorrow then\nSam Okoro  14:05\nok", "14:05", "2025-06-26T14:05"),
                ("2025-01-30", "Agent Chloe (14:31): Hi, thanks for waiting", "14:31", "2025-01-30T14:31"),
                ("2024-03-11", "reply · u/kettle_jo · 7:15 AM\nsee you on the 21st then\nreply · u/marsh_tom · 7:40 AM\nok", "7:40 AM", "2024-03-11T07:40"),
                ("2024-03-11", "Dana · 2:14 PM (her time)\nthanks, friday works\nLucy · 8:20 PM\ngreat", "2:14 PM", "2024-03-11T14:14")])
def _msg_stamp(m, text):
    if m["t"]:
        ls = start_of_line(text, m.start())
        if m.start() - ls > 48 or not _STAMP_NAME.fullmatch(text, ls, m.start()):
            return None
        if sum(1 for _ in zip(range(2), _STAMP_LINE.finditer(text, max(0, ls - _STAMP_REACH), m.end() + _STAMP_REACH))) < 2:
            return None   # one such line is no chat paste ("Kick-off 15:00" under a match's date)
        h, mi, ap, group = int(m["h"]), int(m["mi"]), m["ap"], "t"
    else:
        ls = start_of_line(text, m.start())
        if m.start() - ls > 40 or not _STAMP_NAME.fullmatch(text, ls, m.start()):
            return None
        h, mi, ap, group = int(m["h2"]), int(m["mi2"]), m["ap2"], "t2"
    if ap:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if ap[0] in "pP" else 0)
    if h > 23:
        return None
    return M(m, "msg_stamp", "time", group=group, hour=h, minute=mi, dref={"offset": 0, "word": "the message's stamp"})


# (stamps29) Teams' message line for an older day: the sender's name, then the day and the month with a slash and the
# clock time, ending the line ("Gerry Hannigan   12/08 17:20" over the message): one TIME on that day (its year the one
# the stamp is read in, never after the day of writing, as log_stamp's); the message's words count from it. The name
# as msg_stamp's (``_STAMP_NAME``, at most 48 characters before the date); at least two such lines or other stamp
# lines within _STAMP_REACH characters (one line is no chat paste)
_DAY_STAMP_LINE = re.compile(r"(?m)^%s(?:[0-3]?\d/[01]?\d[ \t]{1,4})?(?:[01]?\d|2[0-3]):[0-5]\d(?:\s?[AaPp][Mm])?%s[ \t]*$"
                             % (_STAMP_NAME.pattern, _STAMP_AFTER))


# (lead, thirty-ninth session, §188) a messaging app's divider of a day of the last week, alone on its line over the
# messages: the weekday (written out or short, any case: iMessage's "Thursday 8:02 PM", Messenger's "THU 8:02 AM", "THU
# AT 8:02 AM") and a clock with its minutes and am/pm. iMessage writes "Today" and "Yesterday" for the last two days and
# a date beyond a week, so the weekday is the last such day before the day of writing (not the next: a stamp is never
# after the export), and the messages under it count from it (tagger). Only in a chat: a line opened by a sender's name
# and a colon, or another stamp line, within _DIVIDER_CHAT_REACH characters (an event's heading "Thursday 7:30 PM" over
# "Book club at the library" in a post stays the day to come)
_WD_DIVIDER_CHAT = re.compile(r"(?m)^[ \t]{0,4}(?:[A-Z][\w.'’-]{0,20}(?:[ \t][\w.'’-]{1,20}){0,2}:[ \t]\S|(?i:today|yesterday)\b[^\n]{0,12}\d:[0-5]\d)")
_DIVIDER_CHAT_REACH = 1500


@rule("weekday_divider", r"(?m)^[ \t]{0,8}(?P<s>(?P<wd>(?i:%s)|(?i:{short_weekdays}))(?:,?[ \t]+(?i:at))?[ \t]+(?P<h>[01]?\d):(?P<mi>[0-5]\d)[ \t]?(?P<ap>[AaPp]\.?[Mm]\.?))[ \t]*$(?=\n[ \t]{0,8}\S)"
      % "|".join(L["weekdays"]), 31, triggers="ampm", boundary=False,
      examples=[("2025-03-14", "Dan: u coming tomorrow?\nMe: yeah after work\nThursday 8:02 PM\nDan: still on for tonight?",
                 "Thursday 8:02 PM", "2025-03-13T20:02"),
                ("2025-03-14", "Dan: u coming tomorrow?\nTHU AT 8:02 AM\nDan: still on for tonight?", "THU AT 8:02 AM",
                 "2025-03-13T08:02")])
def _weekday_divider(m, text):
    lo, hi = max(0, m.start() - _DIVIDER_CHAT_REACH), min(len(text), m.end() + _DIVIDER_CHAT_REACH)
    if not any(c.start() != start_of_line(text, m.start()) for c in _WD_DIVIDER_CHAT.finditer(text, lo, hi)):
        return None
    h = int(m["h"])
    if not 1 <= h <= 12:
        return None
    h = h % 12 + (12 if m["ap"][0] in "Pp" else 0)
    return M(m, "weekday_divider", "time", group="s", hour=h, minute=int(m["mi"]),
             dref={"weekday": any_weekday_num(m["wd"]), "rel": "last", "divider": True})


@rule("sender_day_stamp", r"(?<![\w./:])(?P<s>(?P<a>[0-3]?\d)/(?P<b>[01]?\d)[ \t]{1,4}(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?:\s?(?P<ap>[AaPp][Mm]))?)(?=%s[ \t]*(?:\n|$))" % _STAMP_AFTER,
      33, triggers="slash",
      examples=[("2023-08-19", "Gerry Hannigan   17/08 17:20\nshift swap sorted\nPadraig Murphy   18/08 08:05\nin at 10 tomorrow", "18/08 08:05", "2023-08-18T08:05")])
def _sender_day_stamp(m, text):
    ls = start_of_line(text, m.start())
    if m.start() - ls > 48 or not _STAMP_NAME.fullmatch(text, ls, m.start()):
        return None
    if sum(1 for _ in zip(range(2), _DAY_STAMP_LINE.finditer(text, max(0, ls - _STAMP_REACH), m.end() + _STAMP_REACH))) < 2:
        return None
    dm = _stamp_day_month(m, text)
    if dm is None:
        return None
    d, mo = dm
    h, ap = int(m["h"]), m["ap"]
    if ap:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if ap[0] in "pP" else 0)
    return M(m, "sender_day_stamp", "time", group="s", hour=h, minute=int(m["mi"]), dref={"month": mo, "day": d},
             stamp_clock=True)


# (tweets) an update's stamp in a post or a thread: "(Updated 14:05)", "UPDATE 14:05:", "Updated: 2:05pm –",
# "UPDATE (09:40):", "Updated 16:40)": the time the post was updated, on the day of writing. A stamp: it moves
# no anchor, and no day named before it is its day (a festival's "A few Sunday tickets left. (Updated 16:40)"
# was put on that Sunday). Only where "update(d)" opens the line, a sentence or a bracket, and the time ends
# the stamp (a colon, a bracket, a dash, the line's end)
# (fresh16) after the @handle a reply opens with: "@jenny_k Update 11:40: the repair is done"
@rule("update_stamp", r"(?:(?<=\()|^|(?<=[.!?]\s))[ \t]*(?:@[A-Za-z0-9_]{2,}[ \t]+)?(?i:updated?)[ \t]*[:,]?[ \t]*(?:(?i:at)[ \t]+)?\(?"
      r"(?P<t>(?P<h>[01]?\d|2[0-3])[:.](?P<mi>[0-5]\d)(?:[ \t]?(?P<ap>%s))?)(?:[ \t]+[A-Z]{2,4})?\)?(?=[ \t]*(?:[:)–—|-]|\n|$))" % AMPM,
      30, flags=re.M, triggers="colon dot",
      examples=[("2026-03-03", "UPDATE 11:20: Road fully reopened.", "11:20", "2026-03-03T11:20"),
                ("2026-06-26", "A few Sunday tickets left.\n(Updated 16:40) Shuttle buses every 20 mins", "16:40", "2026-06-26T16:40"),
                ("2025-08-14", "@jenny_k Update 11:40: the repair is done", "11:40", "2025-08-14T11:40")])
def _update_stamp(m, text):
    h, mi, ap = int(m["h"]), int(m["mi"]), m["ap"]
    if ap:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if ap[0] in "pP" else 0)
    elif "." in text[m.start("t"): m.end("t")] and h < 7:
        return None   # "Updated 2.5 ..." is no time; a dotted small hour without am/pm neither
    return M(m, "update_stamp", "time", group="t", hour=h, minute=mi, dref={"offset": 0, "word": "the update's stamp"},
             h12=False, loose=False)


# (tenth session, clock) a live blog's entries, each opened by its 24-hour time ("14:52 Teams are out!",
# "23:40 Turnout is 31%"): the moment the entry was posted, on the day of writing, and on the day after
# once the times of the entries before it have gone back past midnight ("22:00 Polls close ... 00:55
# Recount"); a stamp, which moves no anchor. Only where another such line stands within _STAMP_REACH
# characters (one "15:00 Kick-off" line is no live blog); the entries before it are read at most
# _BLOG_LOOKBACK characters back (bounded per match)
# (eleventh session) an entry may open with the word "UPDATE" before its time ("UPDATE 14:32 Police ...",
# "Update, 14:32: ...")
_BLOG_UPDATE = r"(?:(?:UPDATE|Update|update)[ \t]*,?[ \t]*)?"
_BLOG_LINE = re.compile(r"(?m)^[ \t]*(?:[*•-][ \t]*)?%s([01]?\d|2[0-3]):([0-5]\d)(?:[ \t]*[-–|:])?[ \t]+(?=[A-Z\"'‘“\w])" % _BLOG_UPDATE)
_BLOG_LOOKBACK = 3000
_HALF_DAY_MIN = 720
_BLOG_AFTER = 600   # characters after a stamp line read for the next entries (which way the blog runs)


# (listings2, fifteenth session) a line that names a day and nothing else heads a programme's block of times
# ("Saturday 21 June", "DAY 2 – Wed 10 June", "Friday:", "Sun 7th"): the block's lines follow it, blank lines
# or other lines of times between (bounded: _HEADING_REACH characters)
_DATE_HEADING = re.compile(r"[ \t]*(?:(?i:day)[ \t]+\d{1,2}[ \t]*[-–—:,][ \t]*)?(?:(?:%s|%s)\.?,?[ \t]*)?"
                           r"(?:[0-3]?\d(?:st|nd|rd|th)?[ \t]+%s|%s[ \t]+[0-3]?\d(?:st|nd|rd|th)?|(?<=[a-z.][ \t])[0-3]?\d(?:st|nd|rd|th)"
                           r"|(?<![\w \t])(?<=[a-z.]))(?:,?[ \t]+\d{4})?[ \t]*:?[ \t]*" % (WEEKDAY, SHORT_WD, MONTH, MONTH))
_HEADING_REACH = 1500


def _programme_heading(text: str, start: int) -> int | None:
    """The end of the line that heads the block of timed lines ``start`` is in, where that line names
    a day and nothing else; None where the block has no such heading."""
    ls = start_of_line(text, start)
    floor = max(0, start - _HEADING_REACH)
    while ls > floor:
        pe = ls - 1
        ps = start_of_line(text, pe)
        line = text[ps:pe]
        if line.strip() and not _BLOG_LINE.match(text, ps, pe + 1):
            if _DATE_HEADING.fullmatch(line) and any(c.isalpha() for c in line):
                return pe
            return None
        ls = ps
    return None


# (platforms27) Zoom's saved chat "19:02:11 From Dani Reyes : ..." (the sender, a space and a colon, the message on the
# line; the recording's "00:12:34 From X to Everyone:" is an offset into it and is left): a TIME of the day of reading, a
# stamp as blog_stamp's (it moves no anchor); every run bounded. IRC's "[21:47] <sam>" read the same way lowered the blind
# set written apart (informal23-blind, the lead's judging): an IRC log's day is its divider's or its file's, not the day
# of reading, so it is left untagged
@rule("chat_log_stamp", r"^[ \t]{0,4}(?P<z>(?P<zh>[01]\d|2[0-3]):(?P<zmi>[0-5]\d):[0-5]\d)[ \t]{1,4}(?=From[ \t][^:\n]{1,40}?[ \t]:[ \t])", 31, flags=re.M,
      triggers="colon",
      examples=[("2025-09-23", "19:02:11 From Dani Reyes : can you bring the forms tomorrow?", "19:02:11", "2025-09-23T19:02")])
def _chat_log_stamp(m, text):
    return M(m, "chat_log_stamp", "time", group="z", hour=int(m["zh"]), minute=int(m["zmi"]),
             dref={"offset": 0, "word": "the chat log's day"}, h12=False, loose=False)


@rule("blog_stamp", r"^[ \t]*(?:[*•-][ \t]*)?%s(?P<t>(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d))(?:[ \t]*[-–|:])?[ \t]+(?=[A-Z\"'‘“\w])" % _BLOG_UPDATE, 31, flags=re.M,
      triggers="colon",
      examples=[("2025-12-11", "22:00 Polls have closed.\n23:40 Turnout is 31%.\n00:55 Recount requested.", "00:55", "2025-12-12T00:55"),
                ("2025-12-12", "00:55 Recount requested.\n23:40 Turnout is 31%.\n22:00 Polls have closed.", "22:00", "2025-12-11T22:00"),
                ("2023-10-09", "09:42 Rail services suspended.\n09:15 Warning extended.\n08:50 Schools closed.", "08:50", "2023-10-09T08:50")])
def _blog_stamp(m, text):
    lo = max(0, m.start() - _STAMP_REACH)
    if sum(1 for _ in zip(range(2), _BLOG_LINE.finditer(text, lo, m.end() + _STAMP_REACH))) < 2:
        return None
    head = _programme_heading(text, m.start())
    before = [int(x[1]) * 60 + int(x[2]) for x in _BLOG_LINE.finditer(text, max(0, m.start() - _BLOG_LOOKBACK if head is None else head), m.start())]
    now = int(m["h"]) * 60 + int(m["mi"])
    seq = before + [now]
    # (thirtieth session) a live blog puts its newest entry on top ("09:42 ... / 09:15 ... / 08:50 ..."): where the
    # entries around it run back more often than forward (the next ones after it counted too, _BLOG_AFTER
    # characters), each time the clock goes forward reading down is a midnight passed backwards, a day earlier
    after = [int(x[1]) * 60 + int(x[2]) for x in _BLOG_LINE.finditer(text, m.end(), m.end() + _BLOG_AFTER)]
    around = seq + after
    # (a move of half a day or more is a midnight passed, which says nothing of the way the entries run)
    downs = sum(1 for a, b in zip(around, around[1:]) if a - _HALF_DAY_MIN < b < a)
    ups = sum(1 for a, b in zip(around, around[1:]) if a < b < a + _HALF_DAY_MIN)
    if downs > ups:
        days = -sum(1 for a, b in zip(seq, seq[1:]) if b > a)
    else:
        days = sum(1 for a, b in zip(seq, seq[1:]) if b < a)   # each time the clock went back: past a midnight
    if head is not None and not days:
        # (listings2) a programme's or an agenda's lines under a heading that names their day ("DAY 1 – Tue 9 June\n08:30
        # Registration\n09:15 Welcome"): the times of that day, the last date told, not of the day of writing
        return M(m, "blog_stamp", "time", group="t", hour=int(m["h"]), minute=int(m["mi"]),
                 dref={"story": 0, "word": "the day the programme's heading names"}, h12=False, loose=False, programme=True)
    return M(m, "blog_stamp", "time", group="t", hour=int(m["h"]), minute=int(m["mi"]),
             dref={"offset": days, "word": "the live blog's day" if not days else f"{days} day{'s' if days > 1 else ''} after the day of writing, the entries' times gone past midnight"
                   if days > 0 else f"{-days} day{'s' if days < -1 else ''} before the day of writing, the newest entry on top and the times gone back past midnight"},
             h12=False, loose=False)


# (twenty-third session, voices20) a log kept a line per entry, each line opened by its clock time, as a parent's
# feeding log or a shift's notes write it ("2.10am fed 15 mins" / "5.40 fed again" / "half 8 nappy change" / "12.50
# nap"): a line opened by a dotted time or by British "half N" with no am/pm is a clock time where another line
# within _STAMP_REACH characters opens with a clock time too (one such line is no log: "4.15 left in the tin"). The
# entries run forward: the hour is the first of its two readings (h, h+12) not before the entry above it in the
# same block (a heading line, a line naming a day alone, ends the block); with no entry above, as written (a log
# starts in the small hours as often as in the morning). Bounded: _LOG_LOOKBACK characters back per match.
_LOG_OPENER = re.compile(r"(?im)^[ \t]*(?:(?P<h>[01]?\d|2[0-3])[.:](?P<mi>[0-5]\d)(?:[ \t]*(?P<ap>[ap])\.?m\.?)?"
                         r"|(?P<h2>1[0-2]|0?[1-9])[ \t]*(?P<ap2>[ap])\.?m\.?|(?:half)[ \t]+(?P<h3>1[0-2]|[1-9]))(?=[ \t]+[^\W\d_])")
_LOG_LOOKBACK = 400
_WEEKDAY_ALONE = _re(r"[ \t]*(?:%s|(?i:{short_weekdays}))(?:[ \t]+[0-3]?\d(?:{ordinal_suffixes:cs})?)?[ \t]*:?[ \t]*" % WEEKDAY)


def _log_minutes(mm: re.Match, prev: int | None, night: bool = False, evening: bool = False) -> int:
    """The minute of the day of a log line's opening clock time ``mm`` (``_LOG_OPENER``), the entry above at ``prev``."""
    if mm["h3"]:
        h, mi, ap = int(mm["h3"]), 30, None
    elif mm["h2"]:
        h, mi, ap = int(mm["h2"]), 0, mm["ap2"]
    else:
        h, mi, ap = int(mm["h"]), int(mm["mi"]), mm["ap"]
    if ap:
        return ((h % 12) + (12 if ap.lower() == "p" else 0)) * 60 + mi
    if h > 12 or (mm["h"] or "").startswith("0"):
        return h * 60 + mi
    if prev is None:
        # the first entry: the project's half of the day for an hour without am/pm (1-6 the afternoon's: a day's
        # plan "1.30 guests arrive"), the small hours where a word of the night stands near (a night's log)
        # a word of the evening near (a gig's "7.30 doors"), the evening's
        return (h + 12 if (1 <= h < _PM_BELOW or evening and h < 12) and not night else h % 12 if h == 12 and night else h) * 60 + mi
    am = (h % 12) * 60 + mi
    return am if am >= prev else (am + 720 if am + 720 >= prev else am)


def _log_heading(text: str, start: int, end: int) -> bool:
    """(voices20) the word at ``start``-``end`` stands alone on its line (a colon after it allowed) and the next line
    opens with a clock time (``_LOG_OPENER``)."""
    ls = start_of_line(text, start)
    le = next_newline(text, end)
    if le < 0 or text[ls:start].strip() or text[end:le].strip(" \t:"):
        return False
    return _LOG_OPENER.match(text, le + 1) is not None


@rule("log_line_clock", r"^[ \t]*(?P<t>(?P<h>[01]?\d|2[0-3])\.(?P<mi>[0-5]\d)|(?i:half)[ \t]+(?P<hh>1[0-2]|[1-9]))(?![\d:.]|[ \t]*%s)(?=[ \t]+[^\W\d_])" % AMPM,
      25, flags=re.M, triggers="dot quarter",
      examples=[("2025-06-04", "wed 4th\n2.10am fed 15 mins\n5.40 fed again\nhalf 8 nappy change", "5.40", "2025-06-04T05:40")])
def _log_line_clock(m, text):
    lo = max(0, m.start() - _STAMP_REACH)
    hi = min(len(text), m.end() + _STAMP_REACH)
    openers = list(zip(range(8), _LOG_OPENER.finditer(text, lo, hi)))
    if len(openers) < 2 or not any(mm["ap"] or mm["ap2"] or (mm["h"] and text[mm.end("h")] == ":") for _, mm in openers):
        return None   # a log's clock written plainly once at least ("2.10am", "14:25"): a list of "4.50 latte" is prices
    ls = start_of_line(text, m.start("t"))
    if text[ls:m.start("t")].strip():
        return None
    # the entries above in the block: lines back to a line without an opening clock time that names a day alone
    floor = max(0, ls - _LOG_LOOKBACK)
    start, heading = ls, None
    while start > floor:
        ps = start_of_line(text, start - 1)
        line = text[ps:start - 1]
        if line.strip() and (_DATE_HEADING.fullmatch(line) or _WEEKDAY_ALONE.fullmatch(line)) and any(c.isalpha() for c in line):
            heading = line
            break
        start = ps
    if heading is None or not heading.islower():
        return None   # a personal log under a day written as notes write it ("sat", "fri 4th"), not a programme's
        # "Saturday 21 June" (whose lines blog_stamp and the clock rules read) nor a list with no day
    prev = None
    night = _small_hour_near(text, m.start(), m.end())
    evening = _EVENING.search(text, max(start, m.start() - 60), min(len(text), m.end() + 60)) is not None
    for mm in _LOG_OPENER.finditer(text, start, ls):
        prev = _log_minutes(mm, prev, night, evening)
    now = _log_minutes(_LOG_OPENER.match(text, ls), prev, night, evening)
    h, mi = divmod(now, 60)
    if _programme_heading(text, m.start()) is not None:
        # under a line that names a day alone, that day (as blog_stamp reads a programme's lines)
        return M(m, "log_line_clock", "time", group="t", hour=h, minute=mi,
                 dref={"story": 0, "word": "the day the log's heading names"}, h12=False, loose=False, programme=True)
    return M(m, "log_line_clock", "time", group="t", hour=h, minute=mi, dref=None, h12=False, loose=False)


# (informal5) "Thu 16/05", "Fri 3/4/2026": a weekday and a numeric date, one DATE. With its year the
# weekday tells the order where both numbers can be a month; without it, the numbers or the text's
# other slash dates must (else the date is left to the other rules). ((voices22) never across a line's end: "... see you
# thursday / 05/02/2024, 19:11 - Jamesy: ..." is a message's weekday and the next message's stamp, not 2 May, a Thursday)
@rule("weekday_slash", r"(?P<wd>%s|(?i:{short_weekdays}))\.?,?[^\S\n]+(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)(?:/(?P<y>\d{4}|\d{2}))?(?![\w/%%]|[.,]\d)" % WEEKDAY, 31,
      triggers="slash",
      examples=[("2024-05-13", "Your new appointment is Thu 16/05 at 08:50.", "Thu 16/05", "2024-05-16"),
                # (twenty-eighth session) both numbers 12 or under, no order from the text: the weekday against the calendar
                ("2025-01-20", "rota: Mon 3/2 Shaz, Tue 4/2 Dev", "Mon 3/2", "2025-02-03")])
def _weekday_slash(m, text):
    wd = m["wd"].lower().rstrip(".")
    n = L["short_weekdays"].get(wd) or weekday_num(wd)
    a, b = int(m["a"]), int(m["b"])
    readings = [(d, mo) for d, mo in ((a, b), (b, a)) if 1 <= d <= 31 and 1 <= mo <= 12]
    if m["y"]:
        y = int(m["y"]) + (2000 if len(m["y"]) == 2 else 0)
        fits = []
        for d, mo in readings:
            try:
                if date(y, mo, d).isoweekday() == n:
                    fits.append((d, mo))
            except ValueError:
                pass
        if len(set(fits)) != 1:
            return None
        d, mo = fits[0]
        return M(m, "weekday_slash", "cal", year=y, month=mo, day=d, grain="day")
    if len(set(readings)) == 2:
        order = _slash_order(text, m.start(), m.end())
        if order is None:
            # (twenty-eighth session) no order from the text: the weekday decides it against the calendar, at resolution
            d, mo = readings[0]
            return M(m, "weekday_slash", "cal", year=None, month=mo, day=d, grain="day", weekday=n, anaphoric_year=None,
                     order_by_weekday=True)
        readings = [readings[0] if order == "dm" else readings[1]]
    if not readings:
        return None
    d, mo = readings[0]
    return M(m, "weekday_slash", "cal", year=None, month=mo, day=d, grain="day", weekday=n, anaphoric_year=None)


# (informal5) "w/c 8 July", "week commencing Monday 3rd March", "w/b 12 May": the week that day
# begins (a school's or a rota's way of naming a week), one DATE of the week
_WC_MONTH = r"(?:%s|{informal_months:cs}|{lowercase_months:cs})" % MONTH


# (listings2, fifteenth session) and as rotas write it short, "wk beg 9th June", "week beg. 9/6", "wk commencing
# 2/6" (lexicon week_commencing_short), and with a slash date, day first (the British order these are written in)
_WC_WORDS = r"(?i:w/c|w/b|(?:week|wk)\.?\s+(?:commencing|beginning|starting|{week_commencing_short})|wk\.?\s+(?:beginning|starting))\.?:?\s+(?:(?i:mon(?:day)?)\.?,?\s+)?"


@rule("week_commencing", _WC_WORDS +
      r"(?:(?P<d1>[0-3]?\d)(?:{ordinal_suffixes:cs})?\s+(?:(?i:of)\s+)?(?P<mon1>%s)(?:,?\s+(?P<y1>(?:19|20)\d\d)(?![\w/]))?|(?P<mon2>%s)\.?\s+(?P<d2>[0-3]?\d)(?:{ordinal_suffixes:cs})?(?:,?\s+(?P<y2>(?:19|20)\d\d)(?![\w/]))?"
      r"|(?P<d3>[0-3]?\d)/(?P<m3>[01]?\d)(?:/(?P<y3>\d\d(?:\d\d)?))?(?![/\d])"
      r"|(?:(?i:the)\s+)?(?P<d4>[0-3]?\d)(?:{ordinal_suffixes:cs}))(?![\w])" % (_WC_MONTH, _WC_MONTH), 23,
      triggers="month slash ordinal", requires="week_commencing_words",
      examples=[("2024-06-05", "Reports come home w/c 8 July.", "w/c 8 July", "2024-W28"),
                ("2025-06-04", "Rota for wk beg 9/6 - sorry it's late!", "wk beg 9/6", "2025-W24"),
                # (recall25, twenty-fourth session) the day alone with its suffix: the month as for "the 24th"
                ("2023-04-15", "revision plan w/c 24th: english quotes", "w/c 24th", "2023-W17")])
def _week_commencing(m, text):
    d = int(m["d1"] or m["d2"] or m["d3"] or m["d4"])
    if not 1 <= d <= 31:
        return None
    if m["d4"]:
        return M(m, "week_commencing", "ordinal_day", day=d, upto=False, week=True)
    year = None
    if m["d3"]:
        mon = int(m["m3"])
        if not 1 <= mon <= 12:
            return None
        if m["y3"]:
            year = int(m["y3"]) + (2000 if len(m["y3"]) == 2 else 0)
    else:
        mon = month_num(m["mon1"] or m["mon2"])
        if m["y1"] or m["y2"]:
            year = int(m["y1"] or m["y2"])   # ((numdates28) "w/c 9th June 2025": the year in the week's extent)
    men = M(m, "week_commencing", "cal", year=year, month=mon, day=d, grain="day",
             weekday=None, anaphoric_year=None, week=True)
    if text[men.end - 1] == "." and not m["d3"]:
        men.end -= 1   # "w/c 2nd Jun.": the sentence's full stop (the month's point is no part of the extent, as "Jun")
    return men


# ---- month-day(-year) ------------------------------------------------------------------
_DATE_DETERMINER = _re(r"\b{date_determiners}\s+$")
_COUNTED_NOUN = _re(r"\s+(?!{not_counted_nouns:cs}\b)[a-z]+s\b")
_STAMP_MARK_BEFORE = re.compile(r"[·•|][ \t]{0,3}$")   # (stamps34) a header's separator right before its stamp
_DATE_VERBS = frozenset(L["date_verbs"])


# (stamps37, §145) a post's stamp closing its header line after the author and a separator mark ("Callum @callumtele ·
# Mar 23") does not take a year told on the post's first line: "Mar 23\n  last year you were shut ..." is the stamp and
# the post's "last year" apart (a news text wrapped at "on March 2 / last year" keeps the year: no mark before it).
# The end of the day and its suffix where a newline stands between it and the year the pattern took; None otherwise
def _stamp_line_cut(m, text) -> int | None:
    if not (m["year"] or m["sy"] or m["ry"] or m["ay"]) or "\n" not in text[m.end("day"):m.end()] \
            or _STAMP_MARK_BEFORE.search(text, max(0, m.start() - 4), m.start()) is None:
        return None
    rest = text[m.end("day"):m.end()]
    return m.end("day") + next(i for i, c in enumerate(rest) if c.isspace() or c == ",")


@rule("month_day", r"(?:(?P<wd>%s|%s),?\s+)?(?:(?P<mod>{edge_mods})[\s-]+)?(?P<mon>%s)\s*(?P<day>[0-3]?\d){ordinal_suffixes:cs}?(?![\d:.,]\d|\s*(?:%%|{percent_words}|-\d))(?:,?\s+(?:(?i:of)\s+)?(?P<year>%s)|(?:\s+(?i:of)\s+(?P<ay>{anaphoric_year_relations})\s+(?i:year))|\s+(?P<ry>{date_year_relations})\s+(?i:year)|\s+(?P<sy>['’]\d\d|(?:{short_year_thousands:cs})\d\d)(?![\w'’]))?(?!\w)" % (WEEKDAY, SHORT_WD, MONTH, YEAR), 20, triggers="month", trail=_DAY_AFTER_MONTH,
      examples=[
          ("2012-06-24", "The crowd invaded the Tuileries on June 20 of 1792.", "June 20 of 1792", "1792-06-20"),
          ("2022-12-28", "The shops will reopen on Jan. 2, after the holiday.", "Jan. 2", "2023-01-02"),
          ("2023-07-30", "Siobhán K @siobhank_ · Jul 29\ncongrats lads!!", "Jul 29", "2023-07-29")])
def _month_day(m, text):
    d = int(m["day"])
    if not 1 <= d <= 31:
        return None
    mon = month_num(m["mon"])
    # "May 5 people" / "March 2 votes": a small number followed by a plural noun is a count
    # ... unless a determiner makes the date a modifier: "the Aug. 7 bombings", "its May 12 meeting"
    if not m["year"] and not m["wd"] and not _DATE_DETERMINER.search(text[max(0, m.start() - 7): m.start()]) \
            and not m.group(0)[-1:].isalpha():   # ((informal7) "Jan 3rd works for me": a day with its suffix is no count)
        after = text[m.end(): m.end() + 20]
        if _COUNTED_NOUN.match(after) and not (after[:1] == "\n" and _STAMP_MARK_BEFORE.search(text, max(0, m.start() - 4), m.start())):
            # ((stamps34, §123) a post header's stamp ending its line, "Jo @jo_k · Jul 29" over "congrats lads!!", is
            # no count of the next line's first word)
            nxt = re.match(r"\s+([a-z]+)", after).group(1)
            if nxt not in _DATE_VERBS:
                return None
    if (cut := _stamp_line_cut(m, text)) is not None:
        return Mention(m.start(), cut, "month_day", "cal", dict(year=None, month=mon, day=d, grain="day",
                       weekday=weekday_num(m["wd"]) if m["wd"] else None, mod=mod_code(m["mod"]), anaphoric_year=None,
                       rel_year=None, stamp_cut=True))
    return M(m, "month_day", "cal", year=_year(m["year"]) or _year_short(m["sy"]), month=mon, day=d, grain="day",
             weekday=weekday_num(m["wd"]) if m["wd"] else None, mod=mod_code(m["mod"]), anaphoric_year=_ay(m["ay"]),
             rel_year=_ry(m["ry"]), **(_forward(m, text) if not (m["year"] or m["sy"] or m["ry"]) else {}),
             )   # (merge mend, §147) a day of the month takes no clause year (only a month does)


@rule("day_month", r"(?:(?P<wd>%s|%s),?\s+)?(?:(?P<the>the)\s+)?(?<![\d.,$£€])(?P<day>[0-3]?\d){ordinal_suffixes:cs}?\s+(?:of\s+)?(?P<mon>%s)(?:,?\s+(?P<year>%s)|(?:\s+(?i:of)\s+(?P<ay>{anaphoric_year_relations})\s+(?i:year))|\s+(?P<ry>{date_year_relations})\s+(?i:year)|\s+(?P<sy>['’]\d\d|(?:{short_year_thousands:cs})\d\d)(?![\w'’]))?(?!\w)" % (WEEKDAY, SHORT_WD, MONTH, YEAR), 21, triggers="month", lead=_DAY_BEFORE_MONTH,
      examples=[
          ("2016-01-18", "She was born on 4 July 1976 in a small town in Ohio.", "4 July 1976", "1976-07-04"),
          ("2021-08-30", "The company said it discovered the breach on 3 August.", "3 August", "2021-08-03")])
def _day_month(m, text):
    d = int(m["day"])
    if not 1 <= d <= 31:
        return None
    if (cut := _stamp_line_cut(m, text)) is not None:
        return Mention(m.start(), cut, "day_month", "cal", dict(year=None, month=month_num(m["mon"]), day=d, grain="day",
                       weekday=weekday_num(m["wd"]) if m["wd"] else None, anaphoric_year=None, rel_year=None, stamp_cut=True))
    return M(m, "day_month", "cal", year=_year(m["year"]) or _year_short(m["sy"]), month=month_num(m["mon"]), day=d, grain="day",
             weekday=weekday_num(m["wd"]) if m["wd"] else None, anaphoric_year=_ay(m["ay"]),
             rel_year=_ry(m["ry"]), **(_forward(m, text) if not (m["year"] or m["sy"] or m["ry"]) else {}),
             )   # (merge mend, §147) a day of the month takes no clause year (only a month does)


# (fourteenth session, spoken) the day of the month said in words, as speech written down has it:
# "the ninth of January", "the twenty-third of March, 2026", "December the third". With "the ... of"
# before the month, or "the" after it and the phrase ending there ("in March the first cases" is no
# date; tests/test_informal_grid_spoken.py). The year as for "the 9th of January".
DAYWORD = r"(?i:%s)" % "|".join(word_re(w.replace("-", " ")).replace(r"\s+", r"[-\s]") for w in sorted(
    (o for o, n in L["ordinals"].items() if 1 <= n <= 31), key=lambda w: (-len(w), w)))
_DAYWORD_END = r"(?=\s*(?:[,.;:!?)\n\u2014\u2013]|$)|\s+(?i:{spoken_day_followers})(?![\w'\u2019]))"


@rule("spoken_day_month", r"(?:(?P<wd>%s),?\s+)?(?i:the)\s+(?P<dw>%s)\s+(?i:of)\s+(?P<mon>%s)(?:,?\s+(?P<year>%s))?(?!\w)" % (WEEKDAY, DAYWORD, MONTH, YEAR), 21,
      triggers="month", lead=(r"(?i:%s)\s+(?i:of)\s+" % DAYWORD, 40),
      examples=[
          ("2026-01-15", "He was seen here on the third of December and again on the ninth of January.", "the ninth of January", "2026-01-09"),
          ("2026-07-07", "Policy renewed the twenty-third of March per the customer.", "the twenty-third of March", "2026-03-23")])
def _spoken_day_month(m, text):
    d = parse_ordinal(m["dw"])
    if not d or not 1 <= d <= 31:
        return None
    if " ".join(f"{m['dw']} of {m['mon']}".lower().split()) in L["fixed_holidays"]:
        return None   # "the Fourth of July": the holiday rule's (its year by its own reading)
    return M(m, "spoken_day_month", "cal", year=_year(m["year"]), month=month_num(m["mon"]), day=d, grain="day",
             weekday=weekday_num(m["wd"]) if m["wd"] else None, anaphoric_year=None,
             **(_forward(m, text) if not m["year"] else {}))


@rule("spoken_month_day", r"(?:(?P<wd>%s),?\s+)?(?P<mon>%s)\s+(?i:the)\s+(?P<dw>%s)(?:,?\s+(?P<year>%s))?(?![\w-])%s" % (WEEKDAY, MONTH, DAYWORD, YEAR, _DAYWORD_END), 20,
      triggers="month", trail=(r"\s+(?i:the)\s+(?i:%s)(?![\w-])" % DAYWORD, 40),
      examples=[
          ("2026-03-25", "I have an invoice here dated March the twenty-third, so that's that.", "March the twenty-third", "2026-03-23")])
def _spoken_month_day(m, text):
    d = parse_ordinal(m["dw"])
    if not d or not 1 <= d <= 31:
        return None
    return M(m, "spoken_month_day", "cal", year=_year(m["year"]), month=month_num(m["mon"]), day=d, grain="day",
             weekday=weekday_num(m["wd"]) if m["wd"] else None, mod="", anaphoric_year=None,
             **(_forward(m, text) if not m["year"] else {}))


# (fourteenth session, spoken) a day of the month said in words with no month: "on the fifth", "by the
# twenty-third?", "from the fifth to, erm, the ninth", "since the eighteenth". Only after a word that
# takes a date (spoken_day_cues; "to" only after "from the <day>"), where the phrase ends (a stop, or one
# of spoken_day_followers): "on the fifth floor", "the fifth time", "by the third day" are ordinals. Not
# "first" and "second" (a list's "on the first, second and third floors", "by the second half"). The
# month as for "on the 5th" (kind ordinal_day).
DAYWORD3 = r"(?i:%s)" % "|".join(word_re(w.replace("-", " ")).replace(r"\s+", r"[-\s]") for w in sorted(
    (o for o, n in L["ordinals"].items() if 3 <= n <= 31), key=lambda w: (-len(w), w)))
_FROM_DAY_BEFORE = re.compile(r"(?i)(?<![\w'\u2019])from\s+the\s+(?:%s|\d{1,2}(?:st|nd|rd|th))[^.!?\n]{0,24}$" % DAYWORD3)
_SHARED_WORD_HEAD = re.compile(r"(?i)\s*(?:,|and|or|to|-|\u2013)\s*(?:the\s+)?(?:%s)\s+(?!(?:{spoken_day_followers})\b)[a-z]" % DAYWORD3)


_ORDINAL_HOLIDAYS = frozenset(L["ordinal_holidays"])


@rule("spoken_ordinal_day", r"(?P<cue>(?i:{spoken_day_cues}))(?:,?\s+(?i:erm|um|er|uh),?)?\s+(?P<t>(?i:the)\s+(?P<dw>%s))(?![\w'\u2019-])%s" % (DAYWORD3, _DAYWORD_END), 16,
      triggers="ordinal_word", lead=(r"(?i:{spoken_day_cues})(?:,?\s+(?i:erm|um|er|uh),?)?\s+(?i:the)\s+(?:(?i:twenty|thirty)[-\s])?", 40),
      examples=[
          ("2025-12-31", "Your Auntie Pat's over from the fifth to, erm, the ninth, so come then.", "the ninth", "2026-01-09"),
          ("2026-02-27", "The part's arriving on the fifth, so we'll fit it then.", "the fifth", "2026-03-05")])
def _spoken_ordinal_day(m, text):
    d = parse_ordinal(m["dw"])
    if not d or not 3 <= d <= 31:
        return None
    if m["dw"] in _ORDINAL_HOLIDAYS and not _ORDINAL_HOLIDAY_NOT_BEFORE.match(text, m.end("dw")):
        return None   # (localhol32, §113) "on the Twelfth": Northern Ireland's holiday (rule ordinal_holiday), not this month's 12th
    cue = m["cue"].lower()
    if cue == "to" and not _FROM_DAY_BEFORE.search(text, max(0, m.start() - 60), m.start()):
        return None   # "moving on to the third": no range begun
    if _SHARED_WORD_HEAD.match(text, m.end()):
        return None   # "from the third to the fifth floor": ordinals sharing a noun after them
    return M(m, "spoken_ordinal_day", "ordinal_day", group="t", day=d, upto=cue in ("till", "til", "until", "to"))


# (twenty-seventh session, numdates28) "June the 6th", "Jun the 14th", "Sat June the 21st" (UK and Irish speech written
# down, as "June the sixth" in words): the day, as "June 6th"; not before a noun an ordinal counts ("March the 3rd team")
_MONTH_FULL_RE = re.compile(MONTH_FULL)


@rule("month_the_day", r"(?:(?P<wd>%s|%s),?\s+)?(?P<mon>%s)\.?\s+(?i:the)\s+(?P<day>[0-3]?\d){ordinal_suffixes:cs}(?:,?\s+(?P<year>%s))?(?![\w'’-])" % (WEEKDAY, SHORT_WD, MONTH, YEAR), 20,
      triggers="month", reject_after=(r"\s+(?:{ordinal_nouns})(?![\w'’])", 16), trail=(r"\.?\s+(?i:the)\s+\d", 64),
      examples=[("2025-05-20", "party is June the 6th, you coming?", "June the 6th", "2025-06-06"),
                ("2025-01-10", "we fly out Oct the 23rd 2025 so cant", "Oct the 23rd 2025", "2025-10-23")])
def _month_the_day(m, text):
    d = int(m["day"])
    if not 1 <= d <= 31:
        return None
    if text.startswith(".", m.end("mon")) and _MONTH_FULL_RE.fullmatch(m["mon"]):
        return None   # (weeks34) "runs 3 July to 2 August. the 4th weekend": a full name's stop ends its sentence
    return M(m, "month_the_day", "cal", year=_year(m["year"]), month=month_num(m["mon"]), day=d, grain="day",
             weekday=weekday_num(m["wd"]) if m["wd"] else None, mod="", anaphoric_year=None,
             **(_forward(m, text) if not m["year"] else {}))


# (twenty-seventh session, numdates28) "wk 23", "wk23", "WK 23" in a rota, a sprint or a school plan: the ISO week of
# that number in the year of writing (lexicon week_number_short; a bare "week 23" is left, a season's or a trial's week)
@rule("week_number_short", r"(?<![\w/])(?:{week_number_short:cs})\.?[ \t]?(?P<w>[1-5]?\d)(?![\w/:%%]|[.,]\d)", 22, triggers="week_no",
      examples=[("2025-06-04", "sprint planning wk 23 - pls update the board", "wk 23", "2025-W23")])
def _week_number_short(m, text):
    w = int(m["w"])
    if not 1 <= w <= 53:
        return None
    return M(m, "week_number_short", "iso_week", week=w, year=None)


@rule("iso_week", r"(?i:(?:the\s+)?(?:calendar\s+)?week)\s+(?P<w>[1-5]?\d)(?:\s+(?i:of)|,)?\s+(?P<year>%s)(?![\w])" % YEAR, 22, triggers="year", lead=(r"\d(?:\s+(?i:of)|,)?\s+", 64),
      examples=[
          ("2021-02-10", "Deaths peaked in week 53 of 2020, the statistics office said.", "week 53 of 2020", "2020-W53")])
def _iso_week(m, text):
    w, y = int(m["w"]), int(m["year"])
    if not 1 <= w <= 53:
        return None
    return M(m, "iso_week", "iso_week", week=w, year=y)


@rule("month_year", r"(?:(?P<mod>%s)[\s-]+)?(?P<mon>%s|{informal_months:cs}|{lowercase_months:cs}),?\s+(?:of\s+)?(?P<year>%s)(?!\w)" % (MOD, MONTH, YEAR), 19, triggers="month", trail=_YEAR_AFTER_MONTH,
      examples=[
          ("2020-03-23", "The rule was first proposed in April 2018 and shelved a year later.", "April 2018", "2018-04"),
          ("2016-02-29", "The siege of the city began in June 1941. That summer, thousands died of hunger.", "June 1941", "1941-06")])
def _month_year(m, text):
    return M(m, "month_year", "cal", year=int(m["year"]), month=month_num(m["mon"]), grain="month", mod=mod_code(m["mod"]))


_MONTH_CUE = _re(r"(?i:\b{month_cues}\s*-?\s*)$")
# (news7) "they said June would work", "we agreed on May": a month said as a plan (not "said June Carter")
_MONTH_SAID = _re(r"(?i:\b{month_said_subjects}\s+{plan_said_verbs}(?:\s+on)?\s+|\b(?:{month_shown_by})[ \t]{1,3}(?:{month_shown_verbs})[ \t]{1,3})$")
_MONTH_SHOWN_NOT_AFTER = re.compile(r"[ \t]{1,3}(?i:of)(?![\w'’])")   # (lead) "the sign says March of the Penguins": a title
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
# "until April", "by February": in a story, a date the story runs on to (the next one after
# the story's date, resolve._year_for)
_FORWARD_CUE = _re(r"(?i:\b{forward_cues}\s+)$")


def _forward(m, text) -> dict:
    return {"forward": True} if _FORWARD_CUE.search(text, max(0, m.start() - 8), m.start()) else {}


# (twenty-third session, values24) "invoices for December go out friday", "the timesheets for January are due today": a
# month right after a record's or a payment's noun and "for" is the period that record covers, read by resolve._cal as
# the month nearest the day of writing (not moved by the clause's tense, which dates the record). Bounded: the window
# before the month is _RECORD_REACH characters (the longest noun of record_period_nouns, a space, "for", a space).
_RECORD_FOR = _re(r"(?i)(?<![\w'’])(?:{record_period_nouns})\s+(?:{record_period_for})\s+$")
_RECORD_REACH = 24


def _record_period(m, text) -> dict:
    return {"record_period": True} if _RECORD_FOR.search(text, max(0, m.start() - _RECORD_REACH), m.start()) else {}



_THE_BEFORE = _re(r"\b[Tt]he\s+$")
_MODIFIED_NOUN = _re(r"\s+(?!{not_modified_nouns:cs}\b)[a-z]{3,}")


def _the_month_modifier(m, text) -> bool:
    """"the March accession", "the June elections", "our May sale": a capitalized month between "the" (or a
    possessive determiner) and a lowercase noun modifies the noun as a date ("the March of Dimes", "the May Department
    Stores" are not)."""
    return m["mon"][:1].isupper() and _MONTH_DET_BEFORE.search(text, max(0, m.start() - 8), m.start()) is not None \
        and _MODIFIED_NOUN.match(text[m.end(): m.end() + 20]) is not None


# (tweets33, §120) a possessive determiner as "the" ("Last day of our May sale!", "my March payslip": no modal "may" after
# "our", no verb "march" after "my"); lexicon month_modifier_determiners, the longest six letters and a blank (8 read)
_MONTH_DET_BEFORE = _re(r"(?<![\w'’])(?i:{month_modifier_determiners})\s{1,2}$")


_MONTH_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|is|was|were|has|had|with|at|in|on|for|so|of|it|we|i|you|they|he|she|but|too|ever|yet)\b)[a-z][a-z-]+")   # "the highest June temperature"
_ARTICLE_ADJ_BEFORE = re.compile(r"(?i)(?<![\w'’])(?:a|an|the)\s+(?:very\s+|really\s+|so\s+)?[a-z]{3,}(?:est|ful|ant|ent|ic|ous|y|ive|id|ish|ly)\s+$")
# (left20b) a month with no preposition, said as a time: the subject of a copula whose predicate tells how a
# stretch of time goes ("June will be wild", "March was rough", "august is gonna be mental"), opening its clause;
# or the object of "make"/"do" after a modal ("cant make March", "could do June?") where the phrase ends
_MONTH_CLAUSE_START = _re(r"(?i)(?:^|[\n.!?,;:(]\s*|(?<![\w'’])(?:{month_subject_openers})\s+)$")
_MONTH_SUBJECT_AFTER = _re(r"(?i)(?:\s+(?:will\s+be|is\s+(?:gonna|going\s+to)\s+be|gonna\s+be|(?P<past>was|had\s+been|has\s+been)|is|looks|looking|seems)"
                           r"|['’](?:ll\s+be|s\s+(?:gonna|going\s+to)\s+be|s\s+(?P<perfect>been)|s))\s+(?:(?:{month_predicate_intensifiers})\s+)*"
                           r"(?:{month_period_predicates})(?![\w'’])")
# (thirtieth session; the census's class 17) a month opening its clause or a list item ("• May is 7/5 as normal", "- June is
# the Saturday after the Jubilee", "April's on the 12th") whose copula's predicate is a day of it: a date, a day of the
# month, a weekday: the month's meetings or dates listed (no person's name is "on the 12th" or "7/5")
_MONTH_ITEM_START = re.compile(r"(?:^|\n)[ \t]*(?:[•*·–-][ \t]*)?$")
_MONTH_DATE_PREDICATE = _re(r"(?i)(?:[ \t]+(?:is|was|will[ \t]+be)|['’]s)[ \t]+(?:(?:on|now)[ \t]+)?(?:the[ \t]+)?"
                            r"(?:[0-3]?\d(?:{ordinal_suffixes:cs})?(?:[/.][01]?\d)?(?![\w'’:])(?=[ \t]*(?:$|[,.;:!?)\n]|(?:as|instead|this|not|and|or|at|from|now)(?![\w'’])))"
                            r"|(?:(?:{ordinals})|[1-5](?:{ordinal_suffixes:cs}))[ \t]+%s|%s)" % (WEEKDAY, WEEKDAY))
_MONTH_OBJECT_BEFORE = _re(r"(?i)(?<![\w'’])(?:{month_object_modals})\s+(?:(?:not|never|even|still|defo|definitely|prob|probably)\s+)?"
                           r"(?:make|do)\s+$")
_MONTH_PHRASE_ENDS = _re(r"(?i)\s*(?:$|[,.;:!?)\n]|(?:{month_object_enders})(?![\w'’]))")
# (tweets33, §120) a caption's word that sums a month up, right after it (lexicon month_recap_nouns: "recap", "dump",
# "favourites", "wrap-up", "in review"), the phrase ending there (a stop, an emoji, a hashtag, a line's end) or going on
# with a word of lexicon month_recap_followers ("Our April roundup is live", "my May favourites video"): not "May recap
# the minutes" (a verb goes on with its object); bounded: three blanks before the word and after it
_MONTH_RECAP_AFTER = _re(r"(?i)[ \t]{1,3}(?:{month_recap_nouns})(?=[ \t]{0,3}(?:$|[,.;:!?)\n#\u2600-\u27bf\U0001f000-\U0001faff])"
                         r"|[ \t]{1,3}(?:{month_recap_followers})(?![\w'’]))")


# (weekof29, §101 B3, B4) a month the Irish and Scots "'d" (had) takes as its object ("We'd a great June", "we'd a quiet
# feb": "'d" before a determiner is "had"; "we'd love to come in June" is "would"), and a month in a mail subject line
# ("Subject: RE: Booking Sept - change of dates", "Re: August dates", "Fwd: Feb booking"), the phrase ending or a noun
# after it (not "Subject: May I ask", "Re: June Smith's leave": a verb, a capital or a clitic after it). Bounded: the
# "'d" window is 40 characters before the month; the subject line is read back at most 100 characters to its start.
_HAD_CLITIC_BEFORE = _re(r"(?i)(?<![\w'’])(?:{had_clitic_subjects})(?:{would_clitics})\s+(?:{had_clitic_determiners})\s+(?:[a-z]+\s+){0,2}$")
_HAD_CLITIC_REACH = 40
_SUBJECT_LINE_BEFORE = _re(r"(?im)^[ \t]*(?:{mail_subject_heads})[ \t]*:[^\n]{0,96}$")
_SUBJECT_LINE_REACH = 100
_SUBJECT_MONTH_AFTER = re.compile(r"[ \t]*(?:$|\n|[-–—,:;(])|[ \t]+[a-z]")


def _had_clitic_month(m, text) -> bool:
    return _HAD_CLITIC_BEFORE.search(text, max(0, m.start() - _HAD_CLITIC_REACH), m.start()) is not None \
        and text[m.end("mon"):m.end("mon") + 1] not in "'’"


def _subject_line_month(m, text) -> bool:
    return m["mon"][:1].isupper() and _SUBJECT_LINE_BEFORE.search(text, max(0, m.start() - _SUBJECT_LINE_REACH), m.start()) is not None \
        and _SUBJECT_MONTH_AFTER.match(text, m.end()) is not None


def _month_as_time(m, text) -> bool | str:
    """(left20b) Whether a month with no cue before it is said as a time by its place in the clause; "gone" for the
    subject of a past copula or a perfect ("March was rough", "June's been mental"): the month gone (as a finite
    past, even one or two months ahead in the calendar), whatever month it is; (tweets33, §120) "gone" too before a
    word that sums a month up ("May recap", "February dump", "my October favourites": the month up to now)."""
    if _MONTH_RECAP_AFTER.match(text, m.end()) is not None:
        return "gone"
    before = text[max(0, m.start() - 25): m.start()]
    if _MONTH_CLAUSE_START.search(before) and (sub := _MONTH_SUBJECT_AFTER.match(text, m.end())):
        return "gone" if sub["past"] or sub["perfect"] else True
    if (_MONTH_CLAUSE_START.search(before) or _MONTH_ITEM_START.search(before)) and _MONTH_DATE_PREDICATE.match(text, m.end()):
        return True   # (thirtieth session) "• May is 7/5 as normal", "June is the Saturday after the Jubilee"
    return _MONTH_OBJECT_BEFORE.search(before) is not None and _MONTH_PHRASE_ENDS.match(text, m.end()) is not None


# (twentieth session, left21) "ask April", "June said", "May and I", "thanks April!", "April and Ben are coming": a
# month that is also a first name (lexicon `first_name_months`, capitalised) read as a person where the words around
# it say one (`person_name_before`, `person_name_after`, a question put to it, another first name joined to it), or
# where the same word is read so within _PERSON_TEXT_REACH characters ("June said she's fine. June was rough on him")
_FIRST_NAME_MONTHS = frozenset(L["first_name_months"])
_PERSON_BEFORE_WORDS = alternation(L["person_name_before"])
_PERSON_AFTER_WORDS = alternation(L["person_name_after"])
_PERSON_BEFORE = re.compile(r"(?i:(?:^|(?<=[^\w'’]))(?:%s)),?[ \t]+$" % _PERSON_BEFORE_WORDS)
_PERSON_AFTER = re.compile(r"[ \t]+(?i:%s)(?![\w'’])" % _PERSON_AFTER_WORDS)
_PERSON_AND = re.compile(r"[ \t]+(?:and|&)[ \t]+(?P<w>[A-Z][a-z]+)(?![\w'’])")
_PERSON_VOCATIVE = _re(r",[ \t]*(?i:{person_vocative_after})(?![\w'’])")
_PERSON_CLAUSE_START = re.compile(r"(?:^|[\n.!?][ \t]*|^[ \t]+)$")
_CALENDAR_WORDS = frozenset(L["months"]) | frozenset(L["weekdays"]) | frozenset(L["seasons"]) | frozenset(
    h.split()[0] for k in ("fixed_holidays", "dated_holidays", "easter_holidays", "weekday_holidays", "uncued_holidays", "cued_holidays")
    for h in L[k])   # ("April and Easter", "June and Christmas": two times, no person)
_PERSON_TEXT_REACH = 1000   # characters either side read for the same name with a person's cue (bounded per month)
_PERSON_ELSEWHERE = {n: re.compile(r"(?:(?i:(?:^|(?<=[^\w'’]))(?:%s)),?[ \t]+%s(?![\w'’])|(?<![\w'’])%s[ \t]+(?i:%s)(?![\w'’]))"
                                   % (_PERSON_BEFORE_WORDS, n, n, _PERSON_AFTER_WORDS)) for n in _FIRST_NAME_MONTHS}


def _person_named(m, text) -> bool:
    """Whether the month word ``m["mon"]`` (a first name too) names a person here."""
    name = m["mon"]
    if name not in _FIRST_NAME_MONTHS:
        return False
    s, e = m.start("mon"), m.end("mon")
    if _PERSON_BEFORE.search(text, max(0, s - 24), s) or _PERSON_AFTER.match(text, e):
        return True
    ls = start_of_line(text, s)
    if s - ls <= 4 and _NAME_AFTER.match(text, e) and _DAY_STAMP_LINE.match(text, ls) is not None:
        return True   # (stamps29) a chat paste's sender line "April Moore  9:02 AM", "June Okafor   12/08 17:20"
    if _person_listed(text, s, e):
        return True   # (lists31) "Grace, April and May came round"
    if (a := _PERSON_AND.match(text, e)) and a["w"].lower() not in _CALENDAR_WORDS \
            and not _MONTH_CUE.search(text[max(0, s - 25): s]):
        return True   # "April and Ben are coming" (not "April and May", nor "took Amoy in August and Ningbo in October")
    if _PERSON_VOCATIVE.match(text, e) and _PERSON_CLAUSE_START.search(text, max(0, s - 4), s):
        return True   # "April, can you bring the cake?"
    lo, hi = max(0, s - _PERSON_TEXT_REACH), min(len(text), e + _PERSON_TEXT_REACH)
    return _person_elsewhere(name, text, lo, hi)


# (speed12) ``_PERSON_ELSEWHERE[name].search(text, lo, hi)`` read from the name's occurrences: every match holds
# the name as written (it stands outside the case-blind parts), either opening the match (a cue word after it: that
# branch is matched at the occurrence itself) or closing it (a cue word before it: "ask", "thank you", "me and").
# For the second, what must stand before the occurrence is checked first: a run of blanks, an optional comma and
# the cue's last word (a one-word cue after the text's start or a non-word character; the last word of a cue of two
# after white space, and the first word before that white space); only where that holds is the full pattern
# searched, which then answers. (The pattern's charset holds nearly every letter: the engine entered its matcher at
# most positions of the 2,000 characters read around each first-name month.) Cost: one ``str.find`` over the
# window, and per occurrence steps bounded by the blanks before it (each blank read for one occurrence only) and
# a few anchored matches: linear in the window.
_PERSON_AFTER_AT = {n: re.compile(r"(?<![\w'’])%s[ \t]+(?i:%s)(?![\w'’])" % (n, _PERSON_AFTER_WORDS))
                    for n in _FIRST_NAME_MONTHS}   # the second branch of _PERSON_ELSEWHERE, matched at the name
_WORDISH = re.compile(r"[\w'’]")
_BEFORE_ONE = sorted({w for w in L["person_name_before"] if len(w.split()) == 1})
_BEFORE_LAST = sorted({w.split()[-1] for w in L["person_name_before"] if len(w.split()) > 1})
_BEFORE_FIRST = sorted({w.split()[0] for w in L["person_name_before"] if len(w.split()) > 1})
assert all(len(w.split()) <= 2 for w in L["person_name_before"]), "a cue of three words: _person_elsewhere reads two"
# a one-word cue ending where the blanks begin (with the pattern's own start: the text's or after a non-word character)
_CUE_ONE_END = re.compile(r"(?i:(?:^|(?<=[^\w'’]))(?:%s))\Z" % "|".join(map(word_re, _BEFORE_ONE)))
_CUE_ONE_LONGEST = max(map(len, _BEFORE_ONE))
# a cue of two words: its last word after white space, its first after the text's start or a non-word character
_CUE_LAST_END = re.compile(r"(?i:(?<=\s)(?:%s))\Z" % "|".join(map(word_re, _BEFORE_LAST)))
_CUE_LAST_LONGEST = max(map(len, _BEFORE_LAST))
_CUE_FIRST_END = re.compile(r"(?i:(?:^|(?<=[^\w'’]))(?:%s))\Z" % "|".join(map(word_re, _BEFORE_FIRST)))
_CUE_FIRST_LONGEST = max(map(len, _BEFORE_FIRST))


def _person_elsewhere(name: str, text: str, lo: int, hi: int) -> bool:
    """Whether ``_PERSON_ELSEWHERE[name].search(text, lo, hi)`` finds a match (the same answer)."""
    after = _PERSON_AFTER_AT[name]
    n = len(name)
    p = text.find(name, lo, hi)
    while p >= 0:
        if after.match(text, p, hi):
            return True
        if not _WORDISH.match(text, p + n, hi):   # the first branch's (?![\w'’]) after the name holds
            q = p
            while q > lo and text[q - 1] in " \t":
                q -= 1
            c = q - 1   # the character before the blanks: a comma or the cue's last letter
            if q < p and c >= lo and text[c] == ",":
                c -= 1
            if q < p and c >= lo and _cue_ends(text, lo, c + 1):
                return _PERSON_ELSEWHERE[name].search(text, lo, hi) is not None
        p = text.find(name, p + 1, hi)
    return False


def _cue_ends(text: str, lo: int, end: int) -> bool:
    """Whether a cue of ``person_name_before`` may end at ``end`` and start at ``lo`` or after (a test every match
    passes; the full pattern decides)."""
    if _CUE_ONE_END.search(text, max(lo, end - _CUE_ONE_LONGEST), end):
        return True
    last = _CUE_LAST_END.search(text, max(lo, end - _CUE_LAST_LONGEST), end)
    if last is None:
        return False
    k = last.start()
    while k > lo and text[k - 1].isspace():   # the white space between the cue's words (\s, as str.isspace reads it)
        k -= 1
    return k < last.start() and _CUE_FIRST_END.search(text, max(lo, k - _CUE_FIRST_LONGEST), k) is not None


# "May" is a modal verb, "March" and "August" words of their own: a cue must say it is the month
_AMBIGUOUS_MONTHS = frozenset(L["ambiguous_months"])
_VERB_MONTHS = frozenset(L["verb_months"])
_VERB_AFTER = _re(r"\s+{verb_after_may}\b", re.I)


# (twenty-ninth session) a month listed after another ("in March, June and September"): the list's cue is the first's
# (bounded: 16 characters before the month, the longest name and its joiner)
_MONTH_LISTED = _re(r"(?<![\w'’])%s\.?[ \t]*(?:[,/&][ \t]*(?:(?:{apposition_gap_conjunctions:bare})[ \t]+)?|[ \t](?:{apposition_gap_conjunctions:bare})[ \t]+)$" % MONTH_FULL)
# (lists31, §108) the other ends of a list: a month written short before it ("Nov, Dec and Jan": 16 characters, as above),
# a month right after it ("June or July?", "March, April and May's figures": the next member is the list's cue for an
# ambiguous first one), and a list whose members are people ("Grace, April and May came round", "April, May and Tom"):
# a capitalised word that is no time word among its members (not a sentence's opening word before a comma, "Then,
# April and May were quiet": lexicon `list_opening_words`, or an adverb in -ly). Bounded: each step reads one member and
# its joiner (_LIST_STEP characters), at most _LIST_MOST members either way.
_LIST_GAP = r"[ \t]*(?:[,/&][ \t]*(?:(?:{apposition_gap_conjunctions:bare})[ \t]+)?|[ \t](?:{apposition_gap_conjunctions:bare})[ \t]+)"
_ANY_MONTH = r"(?i:%s)" % alternation(L["months"])
_MONTH_LISTED_ANY = _re(r"(?<![\w'’])(?P<mon>%s)\.?%s$" % (_ANY_MONTH, _LIST_GAP))
_MONTH_LIST_NEXT = _re(r"\.?%s%s(?![\w-])" % (_LIST_GAP, _ANY_MONTH))
_LIST_NAME_BEFORE = _re(r"(?<![\w'’])(?P<w>[A-Z][a-z]+)%s$" % _LIST_GAP)
_LIST_NAME_AFTER = _re(r"%s(?P<w>[A-Z][a-z]+)(?![\w'’])" % _LIST_GAP)
_LIST_MONTH_AFTER = _re(r"%s(?P<mon>%s)\.?(?![\w'’])" % (_LIST_GAP, _ANY_MONTH))
_LIST_OPENERS = frozenset(L["list_opening_words"])
_LIST_CONJ = _re(r"&|(?<![\w'’])(?:{apposition_gap_conjunctions:bare})(?![\w'’])")
_LIST_STEP = 16
_LIST_MOST = 12


def _list_name(w: str, text: str, start: int) -> bool:
    """Whether the capitalised list member ``w`` (at ``start``) is a name: no time word, not a sentence's opening word."""
    if w.lower() in _CALENDAR_WORDS or w.lower() in L["months"]:
        return False
    opening = _PERSON_CLAUSE_START.search(text, max(0, start - 4), start) is not None
    return not (opening and (w.lower() in _LIST_OPENERS or w.endswith("ly")))


def _person_listed(text: str, s: int, e: int) -> bool:
    """(lists31) Whether the month word at [s, e) stands in a list with a name among its members: a name before the
    list's months (no month cue before the name: "in Paris, April and May" are months) and a conjunction in the list
    ("Grace, April and May"), or a name after them joined by a conjunction and no month cue before the list ("April, May
    and Tom"; not "In April, Germany invaded", "took Amoy in August and Ningbo")."""
    p = s
    for _ in range(_LIST_MOST):
        b = _MONTH_LISTED_ANY.search(text, max(0, p - _LIST_STEP), p)
        if b is None:
            break
        p = b.start()
    q = e
    for _ in range(_LIST_MOST):
        a = _LIST_MONTH_AFTER.match(text, q)
        if a is None:
            break
        q = a.end()
    n = _LIST_NAME_BEFORE.search(text, max(0, p - _LIST_STEP - 12), p)
    if n is not None and _list_name(n["w"], text, n.start()) and _LIST_CONJ.search(text, n.end("w"), q) \
            and not _MONTH_CUE.search(text[max(0, n.start() - 25): n.start()]):
        return True
    n = _LIST_NAME_AFTER.match(text, q)
    return n is not None and _list_name(n["w"], text, n.start("w")) and _LIST_CONJ.search(text, q, n.start("w")) is not None \
        and not _MONTH_CUE.search(text[max(0, p - 25): p])


# (stretch32, §112) a period named by its end before the month is its cue: "the quarter ending March", "the six months to
# May" (as tagger._PERIOD_END reads it; bounded: 72 characters before the month, blanks at most 3, words at most 12)
_PERIOD_END_BEFORE = _re(r"(?<![\w'’-])(?i:{period_end_determiners})[ \t]{1,3}(?:[\w'’-]{1,12}[ \t]{1,3}){0,2}(?i:{period_end_nouns})"
                         r"[ \t]{1,3}(?i:{period_end_words})[ \t]{1,3}(?:(?i:{period_end_prepositions})[ \t]{1,3})?$")

# (stretch32, §112) a month with its year and a range's joiner before: "Jan 2019 - March", "from Nov 2021 to May" (bounded:
# 24 characters before the month, the short name, the year and the joiner)
_MONTH_YEAR_RANGE_BEFORE = _re(r"(?<![\w'’])%s[ \t]{1,2}(?:1\d{3}|20\d{2})(?:[ \t]{0,2}[-–—][ \t]{0,2}|[ \t]{1,2}(?i:{range_connectors})[ \t]{1,2})$" % MONTH)


_DAY_RIGHT_BEFORE = _re(r"(?<![\d.,$£€])[0-3]?\d{ordinal_suffixes:cs}?[ \t]{1,3}(?:of[ \t]{1,3})?$")


@rule("month", r"(?:(?P<mod>%s)[\s-]+)?(?P<mon>%s)(?:\s+(?P<ry>{year_relations})\s+year|\s+(?i:of)\s+(?P<ay>{anaphoric_year_relations})\s+(?i:year))?(?![\w-])" % (MOD, MONTH_FULL), 10, triggers="month",
      examples=[
          ("2022-09-10", "The trial is due to start in January, the court said.", "January", "2023-01"),
          ("2022-11-20", "Temperatures will fall below freezing by mid-December.", "mid-December", "2022-12"),
          ("2026-03-10", "We'd a great June but August was a washout", "June", "2025-06"),
          ("2026-01-10", "Re: August dates", "August", "2026-08")])
def _month(m, text):
    if not m["mod"] and not m["ry"] and not m["ay"] and _person_named(m, text):
        return None   # (left21) "ask April", "June said", "May and I": a person
    name = m["mon"].lower()
    said = name in _AMBIGUOUS_MONTHS and _MONTH_SAID.search(text[max(0, m.start() - 25): m.start()]) is not None \
        and not _NAME_AFTER.match(text, m.end()) and not _MONTH_SHOWN_NOT_AFTER.match(text, m.end())
    if not m["mod"] and not m["ry"] and name in _AMBIGUOUS_MONTHS or name in _VERB_MONTHS:
        # ambiguous with a verb, a name or a noun: needs a cue in front
        if not m["mod"] and not _MONTH_CUE.search(text[max(0, m.start() - 25): m.start()]) \
                and not _MONTH_LISTED.search(text, max(0, m.start() - 16), m.start()) \
                and not _MONTH_LIST_NEXT.match(text, m.end()) \
                and not _MONTH_LISTED_ANY.search(text, max(0, m.start() - 16), m.start()) \
                and not _the_month_modifier(m, text) and not said and not _month_as_time(m, text) \
                and not _had_clitic_month(m, text) and not _subject_line_month(m, text) and not _year_equals_month(m, text) \
                and not (name not in _VERB_MONTHS and _MONTH_RANGE_AFTER.match(text, m.end())) \
                and not _PERIOD_END_BEFORE.search(text, max(0, m.start() - 72), m.start()) \
                and not _MONTH_YEAR_RANGE_BEFORE.search(text, max(0, m.start() - 24), m.start()) \
                and not (name not in _VERB_MONTHS and _ARTICLE_ADJ_BEFORE.search(text, max(0, m.start() - 30), m.start())
                         and not _NAME_AFTER.match(text, m.end()) and text[m.end():m.end() + 1] not in "'’"
                         and not _MONTH_NOUN_AFTER.match(text, m.end())):
            # ((days) "thanks for a brilliant June!", "the hottest June on record": an article and an
            # adjective before it, no surname after it)
            return None
        if name in _VERB_MONTHS and _VERB_AFTER.match(text[m.end(): m.end() + 12]):
            return None
    if m["ry"] and _DAY_RIGHT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None   # (thirty-second session) "1 January this year": the day and its month are the date (day_month)
    ry = RELATIONS[_rel(m["ry"])][0] if m["ry"] else None
    ay = _ay(m["ay"])
    gone = not m["mod"] and ry is None and ay is None and _month_as_time(m, text) == "gone"
    return M(m, "month", "cal", year=None, month=month_num(m["mon"]), grain="month", mod=mod_code(m["mod"]), rel_year=ry,
             anaphoric_year=ay, **_forward(m, text), **({"said_plan": True} if said else {}), **({"gone": True} if gone else {}),
             **({"line_head": True} if _line_head(m, text) else {}),
             **(_clause_year(m, text) if ry is None and ay is None else {}),
             **({"subject_line": True} if not m["mod"] and ry is None and ay is None and _subject_line_month(m, text) else {}),
             **({"any_year": True} if ry is None and ay is None and _instruction(text, m.start(), verbs=_SEASONAL_VERBS) else {}),
             **(_record_period(m, text) if not m["mod"] and ry is None and ay is None else {}))


# (lists31, §108) a list of days before the pair ("the 3rd, 4th and 5th of May", "3, 4 and 5 May"): at most four more members,
# each a day and a comma (bounded: {1,4}, blanks {0,3}); every one takes the month said after the last
@rule("day_range", r"(?<![\d.,$£€])(?:(?P<the>(?i:the)[ \t]{1,3})?(?P<lst>(?:[0-3]?\d{ordinal_suffixes:cs}?,[ \t]{0,3}){1,4})|(?P<wd1>%s|%s),?[ \t]{1,3})?(?P<d1>[0-3]?\d)(?P<s1>{ordinal_suffixes:cs})?(?:\s+(?P<mon1>%s))?\s*(?:[-–—]|(?<=[a-z])/|(?<=[a-z])[ \t]{0,3}&|\s+{range_words:cs}\s+)\s*(?:(?P<wd2>%s|%s),?[ \t]{1,3})?(?P<d2>[0-3]?\d){ordinal_suffixes:cs}?\s+(?:of\s+)?(?P<mon>%s)(?:,?\s+(?P<year>%s))?(?!\w)" % (WEEKDAY, SHORT_WD, MONTH, WEEKDAY, SHORT_WD, MONTH, YEAR), 21, triggers="month", lead=_DAY_BEFORE_MONTH,
      examples=[
          ("2022-09-10", "The talks ran from 12 to 14 September in Geneva.", "14 September", "2022-09-14"),
          # (daymonth30, §105) two days with their suffixes joined by "&": the month after the second is the first's too
          ("2025-11-03", "we're closed 1st & 2nd Jan, back on the 3rd", "1st", "2026-01-01"),
          # (lists31, §108) a list of three: the first takes the month too, not the month of writing
          ("2024-04-15", "we're off the 3rd, 4th and 5th of May", "the 3rd", "2024-05-03")])
def _day_range(m, text):
    d1, d2 = int(m["d1"]), int(m["d2"])
    if not (1 <= d1 <= 31 and 1 <= d2 <= 31):
        return None
    mon2 = month_num(m["mon"])
    mon1 = month_num(m["mon1"]) if m["mon1"] else mon2
    y = _year(m["year"])
    y1 = y
    if not m["mon1"] and not m["lst"] and d1 > d2:
        # (the lead, thirty-sixth session, §148) "Mon 29th – Fri 2nd Jan", "31st to 4th Aug": a run that crosses a month's
        # end; the first end is of the month before the one said
        mon1 = 12 if mon2 == 1 else mon2 - 1
        y1 = y - 1 if y is not None and mon2 == 1 else y
    elif m["mon1"] and y is not None and mon1 > mon2:
        y1 = y - 1   # "30th Dec - 3rd Jan 2024": the year said after the last end is the last end's
    out = []
    if m["lst"] and not m["mon1"]:
        days = [(d.start(), d.end(), int(d["d"])) for d in _LISTED_DAY.finditer(text, m.start("lst"), m.end("lst"))]
        if not all(1 <= d <= 31 for _s, _e, d in days):
            return None
        out = [Mention(m.start() if k == 0 else ds, de, "day_range", "cal", dict(year=y, month=mon1, day=d, grain="day"), 24)
               for k, (ds, de, d) in enumerate(days)]
    # ((numdates28) "12th-13th June": the first day's suffix is its own, in its extent; "2nd/3rd June" (either day) as a pair)
    end1 = m.end("mon1") if m["mon1"] else m.end("s1") if m["s1"] else m.end("d1")
    start1 = m.start("d1") if out else m.start() if not m["lst"] else m.start("d1")
    # (the lead, thirty-sixth session, §148) each end's weekday ("Mon 1st to Fri 12th April") is in its extent and checks its year
    wd1 = dict(weekday=weekday_num(m["wd1"])) if m["wd1"] else {}
    wd2 = dict(weekday=weekday_num(m["wd2"])) if m["wd2"] else {}
    return out + [Mention(start1, end1, "day_range", "cal", dict(year=y1, month=mon1, day=d1, grain="day", **wd1), 24),
                  Mention(m.start("wd2") if m["wd2"] else m.start("d2"), m.end(), "day_range", "cal",
                          dict(year=y, month=mon2, day=d2, grain="day", **wd2), 24)]


_LISTED_DAY = _re(r"(?P<d>[0-3]?\d){ordinal_suffixes:cs}?")


@rule("month_day_range", r"(?P<mon>%s)\s*(?P<d1>[0-3]?\d){ordinal_suffixes:cs}?\s*(?:[-–—]|\s+{range_words:cs}\s+)\s*(?:(?P<mon2>%s)\s*)?(?P<d2>[0-3]?\d){ordinal_suffixes:cs}?(?![\d:])(?:,?\s+(?P<year>%s))?(?!\w)" % (MONTH, MONTH, YEAR), 21, triggers="month", trail=_DAY_AFTER_MONTH,
      examples=[
          ("2019-06-27", "The festival runs from July 5 to July 9 in the city's main park.", "July 5", "2019-07-05"),
          ("2019-06-27", "The festival runs from July 5 to July 9 in the city's main park.", "July 9", "2019-07-09")])
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


# (ranges35, docs/informal-time.md §133) a dashed run of three or more days of one month that a thing runs or lasts over
# ("The holiday programme runs 8-12 July", "every day 1–24 Aug"): one DURATION of its days (`P5D`), as the blind golds
# write it in this frame; a pair of days ("closed 17-18 Nov", "photos are 12-13 Feb") and a run in any other frame ("just
# confirming 8–11 September"; a copula's "ours is 23rd-27th Oct", which one gold writes as a DURATION and another the same
# shape as two DATEs) stay rule day_range's two DATEs. A range of hours after a run of days and a comma ("8-12 July,
# 9am-3pm") is every one of its days' hours: two TIMEs of no day (the run's last day was joined to the first hour as "12
# July, 9am"). Bounded: a cue of lexicon day_span_cues, two days, a month, a year, a comma and two clock times, each run
# of blanks at most three
_DS_HOURS = (r"(?:,[ \t]{1,2}(?P<h1>1[0-2]|0?[1-9])(?:[.:](?P<m1>[0-5]\d))?[ \t]?(?P<a1>%s)?[ \t]{0,2}[-–—][ \t]{0,2}"
             r"(?P<h2>1[0-2]|0?[1-9])(?:[.:](?P<m2>[0-5]\d))?[ \t]?(?P<a2>%s)(?![\w]))?" % (AMPM, AMPM))


@rule("day_span", r"(?:(?<![\w'’])(?P<cue>(?i:{day_span_cues:bare}))[ \t]{1,3})?(?<![\d.,$£€/-])(?P<d1>[0-3]?\d)(?:{ordinal_suffixes:cs})?"
      r"[ \t]{0,2}[-–—][ \t]{0,2}(?P<d2>[0-3]?\d)(?:{ordinal_suffixes:cs})?[ \t]{1,3}(?P<mon>%s)(?:[ \t]{1,3}(?P<year>%s))?(?![\w-])"
      % (MONTH, YEAR) + _DS_HOURS, 31, triggers="month",
      lead=(r"\d{ordinal_suffixes:cs}?[ \t]{0,2}[-–—][ \t]{0,2}[0-3]?\d{ordinal_suffixes:cs}?[ \t]{1,3}", 64),
      examples=[("2023-08-26", "the short breaks run 23rd-27th Oct, book early", "23rd-27th Oct", "P5D"),
                ("2025-07-20", "Your slot is 17:20 to 18:20, every day 1–24 Aug except Tuesday 12th", "1–24 Aug", "P24D"),
                ("2024-05-31", "The holiday programme runs 8-12 July, 9am-3pm, I'll post the form", "8-12 July", "P5D"),
                ("2024-05-31", "The holiday programme runs 8-12 July, 9am-3pm, I'll post the form", "9am", "XXXX-XX-XXT09:00"),
                ("2023-08-20", "just confirming 8–11 September, 10am-4pm each day", "4pm", "XXXX-XX-XXT16:00")])
def _day_span(m, text):
    d1, d2 = int(m["d1"]), int(m["d2"])
    if not (1 <= d1 < d2 <= 31):
        return None
    out = []
    if m["cue"] and d2 - d1 >= 2:
        end = m.end("year") if m["year"] else m.end("mon")
        if text[end - 1] == ".":
            end -= 1   # "26-28 Sept." ends its sentence
        n = d2 - d1 + 1
        out.append(Mention(m.start("d1"), end, "day_span", "fixed",
                           dict(type="DURATION", value=f"P{n}D", span_days=(month_num(m["mon"]), d1, d2, _year(m["year"])),
                                note=f"a run of {n} days of one month that a thing runs or lasts over: a length of {n} days (rule day_span)"), 31))
    if m["h2"]:
        pair = _hour_pair(lambda g: m[g])
        if pair is None:
            return out or None
        for k, h, mi in ((1, pair[0], pair[1]), (2, pair[2], pair[3])):
            end = m.end("a%d" % k) if m["a%d" % k] else m.end("m%d" % k) if m["m%d" % k] else m.end("h%d" % k)
            out.append(Mention(m.start("h%d" % k), end, "day_span", "fixed",
                               dict(type="TIME", value=f"XXXX-XX-XXT{h:02d}:{mi:02d}",
                                    note="the hours of every day of a run of days said before them: no one day (rule day_span)"), 31))
    return out or None


# (lists31, §108) or a season or a financial year written with a slash ("the 2023/24 season", "the 2023/24 financial
# year"), as "2023-24" is read and the dev gold splits it: only before a noun of such a span (lexicon `year_span_nouns`),
# the second year the first's next ("League 2018/19" stays untagged)
@rule("year_range", r"(?:(?P<y1>%s)\s*[-–—/]\s*(?P<y2>\d{4}|\d{2})|(?<![\w$£€¥#.,:/])(?P<s1>1\d{3}|20\d{2})/(?P<s2>\d{4}|\d{2}))(?![\w%%/])" % YEAR, 19, triggers="year",
      examples=[
          ("2022-09-10", "He served as mayor in 1994-98 before moving to Kyiv.", "98", "1998"),
          ("2024-06-12", "The 2023/24 season was his best", "24", "2024")])
def _year_range(m, text):
    slash = m["s1"] is not None
    y1 = int(m["s1"] if slash else m["y1"])
    y2s = m["s2"] if slash else m["y2"]
    y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
    g1, g2 = ("s1", "s2") if slash else ("y1", "y2")
    if y2s == "00" and y1 % 100 == 99:
        y2 += 100   # (lists31) "the 1999-00 season": over the century's turn (not "1998-01", a month)
    if not y1 < y2 <= y1 + 100 or (slash and (y2 != y1 + 1 or not _YEAR_SPAN_NOUN_AFTER.match(text, m.end()))):
        return None   # (the noun read here, not in the pattern: the rule's windows stay as narrow as before)
    if _YEAR_SPAN_SCORE_AFTER.match(text, m.end()) or _YEAR_SPAN_SCORE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None   # (lists31, §108) "a 2022-23 win", "they won 2022-23": a score
    if _YEAR_SPAN_REF_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None   # (stretch32, §112) "Case 2022-23", "ref 2021-22", "Order No. 2023-24": a number
    # (history4) "1980–84: Boycotts. ... four years later": a range that heads an entry of a
    # timeline is the entry's span; the story of the entry goes on from its start, not its end
    entry = (m.start() == 0 or text[m.start() - 1] == "\n") and _ENTRY_AFTER.match(text, m.end()) is not None
    return [Mention(m.start(g1), m.end(g1), "year_range", "cal", dict(year=y1, grain="year"), 19),
            Mention(m.start(g2), m.end(g2), "year_range", "cal", dict(year=y2, grain="year", entry_end=entry), 19)]


_ENTRY_AFTER = re.compile(r"\s*[:—–]|\s+-\s")
# (lists31, §108) a score written as a span of years: a result after it, a verb of scoring before it (bounded: 12
# characters back, the longest verb and its blanks)
_YEAR_SPAN_NOUN_AFTER = _re(r"[ \t]{1,3}(?i:{year_span_nouns})(?![\w'’])")
_YEAR_SPAN_SCORE_AFTER = _re(r"[ \t]{1,3}(?i:{year_span_result_nouns})(?![\w'’])")
# (stretch32) bounded: 12 characters before the pair, the noun and at most two blanks
_YEAR_SPAN_REF_BEFORE = _re(r"(?<![\w'’])(?i:{year_span_ref_nouns})[ \t]{0,2}$")
_YEAR_SPAN_SCORE_BEFORE = _re(r"(?<![\w'’])(?i:{year_span_score_verbs})[ \t]{1,3}$")




_NUMBERS_SPOKEN = L["numbers"]


_SPOKEN_YEAR_CUE = _re(r"(?i)\b(?:{spoken_year_cues}|%s|%s|year)\s*,?\s*$" % (
    ordered(L["seasons"]), ordered(_FULL_MONTHS)))


# (spoken2, fifteenth session) a year said in words needs no "the year" before it where a year is
# expected: "in two thousand and nine", "since twenty twenty-one", "built in thirteen forty-five", a
# fragment "Twenty twenty-three." (tests/test_informal_grid_talk.py); and a date without its year
# before it takes it: "New Year's Eve twenty twenty-three", "the fourth of January nineteen
# eighty-eight" (one DATE, as with digits). Read so only where a year can end ("two thousand and nine
# tickets" is a count) and, for the centuries before the seventeenth, never where a clock time is
# expected ("at sixteen forty-five").
_SPOKEN_YEAR_END = _re(r"(?i)\s*(?:$|[,.;:!?)\]\u2014\u2013\u2026\"\u201d]|-\s)|\s+(?:{spoken_year_followers})(?![\w'\u2019-])")
_OLD_CENTURIES = frozenset(L["spoken_old_centuries"])
_OLD_CENTURY_CUE = re.compile(r"(?i)\b(?:in|since|of|during)\s*,?\s*$")
_FRAGMENT_BEFORE = re.compile(r"(?i)(?:^|[.?!:\n]\s*|(?:^|[\s,])(?:er|erm|um|uh),?\s+)$")
_DATE_BEFORE_YEAR: list = []   # compiled at first use (the holidays' names are read further down)


def _date_before_year():
    if not _DATE_BEFORE_YEAR:
        _DATE_BEFORE_YEAR.append(re.compile(
            r"(?:(?P<h>%s)(?:\s+(?P<eve>Eve))?|(?:(?i:the)\s+)?(?P<dw>%s)\s+(?i:of)\s+(?P<mon>%s)|(?P<mon2>%s)\s+(?i:the)\s+(?P<dw2>%s))\s*,?\s+$"
            % (HOLIDAY, DAYWORD, MONTH, MONTH, DAYWORD)))
    return _DATE_BEFORE_YEAR[0]


@rule("spoken_year", r"(?:(?P<pre>(?i:the\s+year))\s+)?(?P<c>(?i:{spoken_centuries}|{spoken_old_centuries}))[\s-]+(?P<y>(?i:(?:%s)(?:[-\s](?:%s))?|%s|hundred|oh[-\s](?:%s)))(?![\w-])|(?:(?P<pre2>(?i:the\s+year))\s+)?(?P<two>(?i:two\s+thousand(?:\s+(?:and\s+)?(?:(?:%s)(?:[-\s](?:%s))?|%s|%s))?))(?![\w-])" % (_TENS_W, _UNITS_W, _TEENS_W, _UNITS_W, _TENS_W, _UNITS_W, _UNITS_W, _TEENS_W), 18, triggers="spoken",
      examples=[
          ("1998-02-23", "Police said it happened in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "1994-WI"),
          ("1998-02-27", "Atlanta, nineteen ninety-six. A bomb blast shocks the games. January nineteen ninety-seven. Another blast.", "January nineteen ninety-seven", "1997-01"),
          ("2026-06-13", "Tom met Priya in two thousand and nine, at a bus stop.", "two thousand and nine", "2009"),
          ("2026-06-13", "He proposed on New Year's Eve twenty twenty-three.", "New Year's Eve twenty twenty-three", "2023-12-31")])
def _spoken_year(m, text):
    before = text[max(0, m.start() - 40): m.start()]
    dm = None if (m["pre"] or m["pre2"]) else _date_before_year().search(before)
    ends = _SPOKEN_YEAR_END.match(text, m.end()) is not None
    if m["two"]:
        rest = re.split(r"\s+(?:and\s+)?", m["two"].lower(), maxsplit=2)
        extra = parse_num(rest[2]) if len(rest) > 2 else 0
        if extra is None or not 0 <= extra < 40:
            return None
        y = 2000 + int(extra)
        if not m["pre2"] and not (ends and (dm or _SPOKEN_YEAR_CUE.search(text[max(0, m.start() - 12): m.start()])
                                            or _MONTH_OR_SEASON_BEFORE.search(before))):
            return None   # "two thousand and nine tickets", "sold two thousand and six": counts
        year = y
    else:
        cw = m["c"].lower()
        c = _NUMBERS_SPOKEN[cw]
        ys = m["y"].lower().replace("oh", "").strip(" -")
        y2 = 0 if ys == "hundred" else parse_num(ys)
        if y2 is None or not 0 <= y2 < 100:
            return None
        cue = _SPOKEN_YEAR_CUE.search(text[max(0, m.start() - 12): m.start()]) is not None
        if cw in _OLD_CENTURIES and not m["pre"]:
            # "built in thirteen forty-five"; never "at sixteen forty-five" (a 24-hour clock time) or a count
            if not (ends and (dm or _OLD_CENTURY_CUE.search(text, max(0, m.start() - 12), m.start()))):
                return None
        elif not m["pre"] and y2 < 10 and "oh" not in m["y"].lower() and ys != "hundred":
            return None  # "twenty five" is a number, not 2005
        elif not m["pre"] and c == 20 and y2 >= 30:
            # "twenty ninety": unlikely; "in twenty thirty-five" a year, "at twenty thirty" a clock time
            if not (y2 < 40 and ends and (re.search(r"(?i)\b(?:in|since|of|during)\s+$", before) or _FRAGMENT_BEFORE.search(before))):
                return None
        else:
            # "nineteen ninety-six" (a century word, then a two-digit tens part) is read as a year even
            # without a cue: in transcripts it opens fragments ("Atlanta, nineteen ninety-six.")
            spelled_tens = c < 20 and y2 >= 20 and "oh" not in m["y"].lower()
            # (spoken2) "He's giving me a look. Twenty twenty-three.", "Er, twenty nineteen, I think": a
            # year of this century said alone as a fragment
            fragment = c == 20 and 10 <= y2 < 40 and ends and _FRAGMENT_BEFORE.search(before) is not None
            if not m["pre"] and not spelled_tens and not cue and not fragment and not (dm and ends):
                return None
        year = c * 100 + int(y2)
    if dm:
        base = m.start() - len(before)
        if dm["h"]:
            name = " ".join(dm["h"].lower().replace("\u2019", "'").split())
            if dm["eve"] and name + " eve" in _HOLIDAYS:
                name = name + " eve"
            if name in _HOLIDAYS:
                kind, spec = _HOLIDAYS[name]
                if kind != "set":
                    return Mention(base + dm.start(), m.end(), "spoken_year", "holiday",
                                   dict(name=name, hkind=kind, spec=spec, year=year), 18)
        else:
            d = parse_ordinal(dm["dw"] or dm["dw2"])
            mon = dm["mon"] or dm["mon2"]
            if d and 1 <= d <= 31:
                return Mention(base + dm.start(), m.end(), "spoken_year", "cal",
                               dict(year=year, month=month_num(mon), day=d, grain="day", mod="", weekday=None,
                                    anaphoric_year=None), 18)
    if m["two"]:
        if m["pre2"]:
            return M(m, "spoken_year", "cal", year=year, grain="year")
        return Mention(m.start("two"), m.end(), "spoken_year", "cal", dict(year=year, grain="year"), 18) \
            if not _MONTH_OR_SEASON_BEFORE.search(before) else _month_or_season(m, text, before, year)
    return _month_or_season(m, text, before, year)


_MONTH_OR_SEASON_BEFORE = re.compile(r"(?:%s\s*,?\s+|(?:(?i:the)\s+)?(?:%s)\s+(?i:of\s+)?)$" % (MONTH, SEASON))


def _month_or_season(m, text, before, year):
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


# (spoken2, fifteenth session) a year said in two figures: "the winter of forty-seven", "left school in
# fifty-three", "since ninety-two", "the spring of oh-four": after a season, after "since", or after
# "in" in a clause told in the past ("I'll be there in twenty-five" is minutes), and where a year can
# end ("in forty-seven countries" is a count); its century as for "'53" (``tagger``: the latest such
# year up to five years after the reference date). Round tens and teens are left ("in twenty", "in
# fifteen": minutes as often).
@rule("spoken_two_figure_year", r"(?:(?:(?P<the>(?i:the))\s+)?(?P<season>%s)\s+(?i:of)|(?P<cue>(?i:{two_figure_year_cues})))\s+(?P<y>(?i:(?:%s)[-\s](?:%s)|oh[-\s](?:%s)))(?![\w'\u2019-])" % (SEASON, _TENS_W, _UNITS_W, _UNITS_W), 18,
      triggers="tens_year",
      examples=[("2026-12-31", "Left in fifty-three, the summer of the Coronation.", "fifty-three", "1953"),
                ("2026-03-31", "The big flood was the winter of forty-seven.", "the winter of forty-seven", "1947-WI")])
def _spoken_two_figure_year(m, text):
    if not _SPOKEN_YEAR_END.match(text, m.end()):
        return None
    yy = int(parse_num(m["y"].lower().replace("oh", "")) or 0)
    if not 1 <= yy < 100:
        return None
    if m["season"]:
        return M(m, "spoken_two_figure_year", "season", season=L["seasons"][m["season"].lower()],
                 year=(2000 if yy < 50 else 1900) + yy, rel=None, mod="", short_year=yy)
    if m["cue"].lower() == "in":
        ls = max(start_of_line(text, m.start()), m.start() - 200)
        a = max([ls] + [x.end() for x in _CLAUSE_MARK.finditer(text, ls, m.start())])
        from timeline_app.temporal.tense import tense_at   # (the tense reader reads this lexicon: imported when used)
        if tense_at(text, a, m.end(), m.start("y"), m.end()) != "past":
            return None   # "I'll be there in twenty-five", "ready in forty-five": minutes
    return Mention(m.start("y"), m.end(), "spoken_two_figure_year", "cal",
                   dict(year=(2000 if yy < 50 else 1900) + yy, grain="year", short_year=yy), 18)


# ---- years, decades, centuries -------------------------------------------------------------


# "1,500 troops", "1400 victims": a count; "flight 1549", "Resolution 1441": a number
_YEAR_COUNTED = _re(r"[^\S\n]*(?:%|(?:{percent_words}|{counted_nouns})\b|[a-z]+ers\b|{plural_units}\b)", re.I)   # "1000 hours in this game" (history5: not across a line: "1944\nTroops land ...")
_YEAR_NUMBERED = _re(r"(?:[$£€¥#]|No\.|no\.|\b(?i:{numbered_nouns})|Nos\.|p\.|[A-Z]-)[^\S\n]*\Z")   # (history5: not across a line: "A timeline of flight\n\n1903 – ..."; history32: \Z, as "$" matched before one line break, "Timeline of flight\n1903 – ...")
_YEAR_IN_ID_BEFORE = re.compile(r"(?:\d{3}|[•*●∙·xX]{3})[ \t]?$")
_YEAR_IN_ID_AFTER = re.compile(r"[ \t]\d{4}[ \t]\d{3,4}(?!\d)")
_YEAR_OPENS = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?:In|By)\s+$")   # (history4) a year opening its sentence
_YEAR_COUNTED_MEN = _re(r"[^\S\n]+(?:{counted_people:cs}|cannons?)\b")
# (history32) "The plague of 1665 killed a fifth of London", "the flood of 1953 killed 307 people": a year
# naming which event (the event's noun, one or two words after "the", then "of"), not a count of the dead;
# a count's head before "of" ("a total of 1400 killed", "a garrison of 1200 dead") keeps the count. Bounded:
# read in the 40 characters before the year
_YEAR_OF_BACK = 40
_YEAR_OF_EVENT = _re(r"(?i:the)[^\S\n]+(?!(?i:{count_heads})\b)[A-Za-z'-]+(?:[^\S\n]+(?!(?i:{count_heads})\b)[A-Za-z'-]+)?[^\S\n]+of[^\S\n]+\Z")


@rule("year", r"(?:(?P<mod>%s|{year_kinds})[\s-]*)?(?P<year>%s)(?:\s*(?P<era>A\.?D\.?|C\.?E\.?)(?![\w.]))?" % (MOD, YEAR), 8, triggers="year",
      examples=[
          ("2024-05-02", "The new stadium will open in late 2026.", "late 2026", "2026"),
          ("2022-09-10", "The glacier has lost ice every summer since 2000.", "2000", "2000")])
def _year_rule(m, text):
    y = int(m["year"])
    before = text[max(0, m.start("year") - 25): m.start("year")]
    after = text[m.end(): m.end() + 25]
    # ((the lead, thirty-eighth session, §171) "the 2022 men's game", "the 2019 women's final": a plural's possessive
    # after "the" and a year of the last two centuries names that year's event, no count)
    titled = y >= 1900 and _YEAR_PLURAL_POSSESSIVE.match(after) is not None and _YEAR_THE_BEFORE.search(before) is not None
    if _YEAR_COUNTED.match(after) and not _YEAR_OPENS.search(before) and not titled:
        return None   # (history4: "In 1549 reformers smashed the statues" opens on a year, not a count)
    if _YEAR_NUMBERED.search(before):
        return None
    if _YEAR_IN_ID_BEFORE.search(before) or _YEAR_IN_ID_AFTER.match(after):
        return None   # (admin) "ref 1550 2217 8841", "Visa •••• 1234": a group of an id's digits, no year
    if not m["mod"] and _YEAR_COUNTED_MEN.match(after) and not _YEAR_OF_EVENT.search(text, max(0, m.start("year") - _YEAR_OF_BACK), m.start("year")) \
            and not titled:
        return None  # "butcher 1400 victims": a count ((the lead, thirty-eighth session, §171) not "the 2022 men's game":
        # a plural's possessive after "the" and the number, the game of that year)
    if y < 1000:
        return None
    if re.match(r"[-–]\d", after) and not re.match(r"[-–](?:\d{2}|[1-9]\d{3})(?!\d)", after):
        return None   # (informal5: "ref 2024-0521" is an id)
    if (q := re.match(r"[-–](\d{4})(?!\d)", after)) and not y < int(q[1]) <= y + 100:
        return None   # (lists31) "call 2022-2345": a number's groups, no span of years
    if re.search(r"\d[-–]$", before):
        return None   # (lists31) "ring 555-2022": the last group of a number
    if (q := re.match(r"[-–]\d\d(?:\d\d)?(?!\d)", after)) and (_YEAR_SPAN_SCORE_AFTER.match(text, m.end() + q.end())
                                                        or _YEAR_SPAN_SCORE_BEFORE.search(text, max(0, m.start() - 12), m.start())):
        return None   # (lists31) "a 2022-23 win": a score
    if re.match(r"[-–/]\d\d(?:\d\d)?(?!\d)", after) and _YEAR_SPAN_REF_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None   # (stretch32, §112) "Case 2022-23", "ref 2021-22": a number
    mod = mod_code(m["mod"]) if m["mod"] and not _YEAR_KIND.match(m["mod"]) else ""
    return M(m, "year", "cal", year=y, grain="year", mod=mod)


_YEAR_KIND = _re(r"{year_kinds}")
# (§171) "men's game", "women's final": a plural's possessive before a noun in the singular ("the 2000 children's
# books": a count, the noun after it plural)
_YEAR_PLURAL_POSSESSIVE = re.compile(r"[ \t]+[A-Za-z]+['’]s[ \t]+[A-Za-z]*[A-RT-Za-rt-z](?![\w'’])")
_YEAR_THE_BEFORE = re.compile(r"(?i)(?<![\w'’])the[ \t]+$")


# (conventions) "FY2024", "FY24", "FY 2025 results": a fiscal year is written with its number, as
# TimeBank writes "fiscal 1988" (1988); not a span of two ("FY2024/25", "FY24-25")
@rule("fy_year", r"(?P<fy>{fiscal_year_abbreviations:cs})\s?(?P<year>(?:19|20)\d\d|\d\d)(?![\w/–-])(?:[ \t](?P<q>Q[1-4])(?![\w-]))?", 8, triggers="year quarter",
      examples=[("2025-05-14", "Revenue for FY24 rose 8%, the company said.", "FY24", "2024"),
                ("2024-05-15", "we smashed our targets in FY25 Q3", "FY25 Q3", "2025-Q3"),
                ("2025-05-14", "Guidance for FY2026 is unchanged.", "FY2026", "2026")])
def _fy_year(m, text):
    y = int(m["year"])
    if y < 100:
        y += 2000   # (two digits: this century's fiscal years, as company reports write them)
    if m["q"]:
        return M(m, "fy_year", "quarter", quarter=int(m["q"][1]), year=y)   # (stretch32) "FY25 Q3": that fiscal year's Q3
    return M(m, "fy_year", "cal", year=y, grain="year", mod="")


_ERA_BC_AFTER = re.compile(r"\s+(?:BC|B\.C\.?|BCE|B\.C\.E\.?)(?![\w])")
_ERA_BC = r"(?:BC|B\.C\.?|BCE|B\.C\.E\.?)(?![\w])"


@rule("bc_year", r"(?:(?:(?<![\d.,$£€])(?P<day>[0-3]?\d){ordinal_suffixes:cs}?\s+(?:(?i:of)\s+)?)?(?P<mon>%s)\s+(?:(?P<day2>[0-3]?\d),\s+)?|(?:(?i:the)\s+)?(?P<season>%s)\s+(?:(?i:of)\s+)?)?(?:(?P<mod>%s)[\s-]+)?(?<![\w$£€.,])(?P<year>\d{1,4})(?:\s*|-)%s" % (MONTH, SEASON, MOD, _ERA_BC), 25, triggers="era",
      examples=[
          (None, "Darius sent envoys in 492 BC, and the Persians landed at Marathon in 490 BC.", "490 BC", "BC0490"),
          (None, "Caesar was killed on 15 March 44 BC in the theatre of Pompey.", "15 March 44 BC", "BC0044-03-15")])
def _bc(m, text):
    y = int(m["year"])
    if y == 0:
        return None
    day = int(m["day"] or m["day2"] or 0) or None
    if day is not None and not 1 <= day <= 31:
        return None
    return M(m, "bc_year", "bc", year=y, month=month_num(m["mon"]) if m["mon"] else None,
             season=L["seasons"][m["season"].lower()] if m["season"] else None, day=day)


_ERA_AD = r"(?:A\.D\.?|AD|C\.E\.?|CE)(?![\w])"


# "AD 79", "476 AD", "800 A.D.", "the 2nd century AD": a year of the common era written with its
# era, as histories of antiquity do; a year below 1000 needs the era word to be a year at all
@rule("ad_year", r"(?:(?:(?:(?<![\d.,$£€])(?P<day>[0-3]?\d){ordinal_suffixes:cs}?\s+(?:(?i:of)\s+)?)?(?P<mon>%s)\s+(?:(?P<day2>[0-3]?\d),?\s+)?)?(?:%s\s+(?P<y1>\d{1,4})(?![\w.,]\d)|(?<![\w$£€.,])(?P<y2>\d{1,4})\s*%s)|(?P<cent>(?:(?i:the)\s+)?(?P<ord>%s)[\s-]+(?i:century))\s+%s)" % (MONTH, _ERA_AD, _ERA_AD, ORD, _ERA_AD), 26, triggers="era",
      examples=[
          (None, "Vesuvius buried the town in AD 79.", "AD 79", "0079"),
          (None, "The eruption began on 24 August AD 79 and buried the town.", "24 August AD 79", "0079-08-24"),
          (None, "The last western emperor was deposed in 476 AD.", "476 AD", "0476"),
          (None, "The empire reached its greatest extent in the 2nd century AD.", "the 2nd century AD", "01")])
def _ad_year(m, text):
    if m["cent"]:
        n = parse_ordinal(m["ord"])
        if not n or not 1 <= n <= 30:
            return None
        return M(m, "ad_year", "cal", year=(n - 1) * 100, grain="century", mod="")
    y = int(m["y1"] or m["y2"])
    if not 1 <= y <= 2099:
        return None
    if m["mon"]:
        # (history8) "on 24 August AD 79", "in August AD 79": a day or a month of that year
        day = int(m["day"] or m["day2"] or 0) or None
        if day is not None and not 1 <= day <= 31:
            return None
        return M(m, "ad_year", "cal", year=y, month=month_num(m["mon"]), day=day, grain="day" if day else "month", mod="",
                 weekday=None)
    return M(m, "ad_year", "cal", year=y, grain="year", mod="")


@rule("bc_range", r"(?<![\w$£€.,])(?P<y1>\d{1,4})\s*(?:[-–—]|\s(?i:to|and|or|until)\s)\s*(?P<y2>\d{1,4})\s*%s" % _ERA_BC, 26, triggers="era",
      examples=[
          (None, "Pericles led Athens from 461-429 BC.", "429 BC", "BC0429")])
def _bc_range(m, text):
    y1, y2 = int(m["y1"]), int(m["y2"])
    if not y1 > y2 > 0:
        return None
    return [Mention(m.start("y1"), m.end("y1"), "bc_range", "bc", dict(year=y1), 26),
            Mention(m.start("y2"), m.end(), "bc_range", "bc", dict(year=y2), 26)]


# "in 711", "by 476", "August 410": a year of three digits without its era, as histories of
# the first millennium write them. Only after a preposition of time or a month name, and only
# before a punctuation mark or a word that cannot be counted ("in 476 people" is a count). Such
# a number is a year only in a text that speaks of those times elsewhere (an era, a century
# before the 15th, another date before 1300): ``tagger.extract`` drops these mentions otherwise.
# "the summer of 415" is that season of the year (of the era the story is in: ``tagger``).
@rule("year3", r"(?:(?:(?<![\d.,$£€])(?P<day>[0-3]?\d){ordinal_suffixes:cs}?\s+(?:(?i:of)\s+)?)?(?P<mon>%s)\s+|(?P<sea>(?i:the)\s+(?P<season>%s)\s+(?i:of)\s+)|(?i:{year3_prepositions})\s+|(?P<span>(?i:from)\s+|(?<=\d\s)(?i:to)\s+))(?<![\w$£€.,])(?P<year>[1-9]\d\d)(?![\w%%/]|[.,:]\d)" % (MONTH_FULL, SEASON), 9, triggers="year3", lead=(r"(?<![A-Za-z])(?i:%s)\s+" % trie_of([m.lower() for m in _FULL_MONTHS] + L["year3_prepositions"] + ["of", "from", "to"]), 32),
      examples=[
          (None, "In 711 a Berber army crossed the strait, and by 718 it held almost all of Spain. In the tenth century Córdoba flourished.", "711", "0711"),
          (None, "Alaric sacked Rome in August 410, early in the 5th century.", "August 410", "0410-08"),
          (None, "Charles was crowned emperor in Rome on 25 December 800, and the pope knelt before him.", "25 December 800", "0800-12-25"),
          (None, "The Saxons rose in the summer of 782, late in the 8th century.", "the summer of 782", "0782-SU"),
          (None, "Hadrian, who died in AD 138, was emperor from 117 to 138.", "117", "0117")])
def _year3(m, text):
    if m["span"] and not (_YEAR3_SPAN_TO.match(text, m.end()) if m["span"][0] in "fF"
                          else _YEAR3_SPAN_FROM.search(text, max(0, m.start() - 16), m.start())):
        return None   # (history8) "from 117 to 138": a span of years, each end a year (not "from 200 to 300 men")
    if not m["sea"] and not _YEAR3_AFTER.match(text, m.end()):
        return None   # ("the summer of 447" is a year whatever follows it)
    if not m["mon"] and not m["sea"] and _YEAR3_CHANGE.search(text, max(0, m.start() - 16), m.start()):
        return None  # "fell by 120", "up by 300": a change in a quantity
    y = int(m["year"])
    if m["mon"] and m["day"]:
        # (history8) "on 25 December 800, ...": a day, month and year before a stop or a determiner is a
        # date by itself (a count has its noun after it: "on 3 March 400 soldiers")
        day = int(m["day"])
        if not 1 <= day <= 31:
            return None
        return M(m, "year3", "cal", year=y, month=month_num(m["mon"]), day=day, grain="day", mod="", year3=True,
                 weekday=None, dated3=_YEAR3_DATED.match(text, m.end()) is not None)
    if m["mon"]:
        return M(m, "year3", "cal", year=y, month=month_num(m["mon"]), grain="month", mod="", year3=True)
    if m["sea"]:
        return M(m, "year3", "season", season=L["seasons"][m["season"].lower()], year=y, rel=None, mod="", year3=True)
    if m.group(0)[:8].lower() == "the year":   # (history4) "by the year 800": one expression, as "the year 1000"
        return Mention(m.start(), m.end(), "year3", "cal", dict(year=y, grain="year", mod="", year3=True), 9)
    return M(m, "year3", "cal", "year", year=y, grain="year", mod="", year3=True)


# (history4) "an earthquake on 5 February 62,", "Pharsalus in August 48;": a month (and a day) with
# a year of one or two digits, where the phrase ends: a year only in a text of those times (as year3)
# (history4) "On this day in 1815, Napoleon was defeated at Waterloo": the day of writing's day and
# month in the year named (``tagger`` fills them in from the reference date)
@rule("this_day_year", r"(?i:this\s+(?:very\s+)?(?:day|date))\s+(?i:in|of)\s+(?P<year>%s)(?![\w-])" % YEAR, 21, triggers="year",
      examples=[
          ("2015-06-18", "On this day in 1815, Napoleon was defeated at Waterloo.", "this day in 1815", "1815-06-18")])
def _this_day_year(m, text):
    return M(m, "this_day_year", "cal", year=int(m["year"]), month=None, day=None, grain="day", mod="", dct_day=True)


# (history6) "midsummer 1940", "in midwinter": the middle of that season (TimeML: the season, mod MID);
# not "Midsummer Day" (a feast: rule holiday), "A Midsummer Night's Dream", "midwinter sun"
@rule("mid_season", r"(?P<w>(?i:mid-?summer|mid-?winter))(?:,?\s+(?P<year>%s)(?![\w-]))?(?![\w'’-])" % YEAR, 19, triggers="season",
      # ((the lead, forty-first session, §213) "The MIDWINTER SWIM is Wednesday 21st", "the midsummer concert": an
      # event named for the season, no season of a year)
      reject_after=(r"\s*(?:['’]s\b|\s(?i:day|eve|night|sun|solstice|festival|fair|madness|blues|party|swim|dip|concert|ball|feast|market|fete|parade|sale|walk|run|dinner|lunch|carnival|show|gala|celebrations?|gathering)\b)", 16),
      examples=[(None, "The invasion scare was at its height in midsummer 1940.", "midsummer 1940", "1940-SU")])
def _mid_season(m, text):
    code = "SU" if "summer" in m["w"].lower() else "WI"
    return M(m, "mid_season", "season", season=code, year=_year(m["year"]), rel=None, mod="MID")


# (history4) "the summer of '69": a season of a year written short (its century: ``tagger``, from the reference date)
# (past) also without "the" or "of", as posts write it: "summer of '69", "Summer '19 was the best", "winter '22"
@rule("season_short_year", r"(?:(?i:the)\s+)?(?P<season>%s)\s+(?:(?i:of)\s+)?['’](?P<yy>\d\d)(?![\w'’])" % SEASON, 20, triggers="season",
      examples=[("2019-08-15", "The festival was held in the summer of '69 on a dairy farm.", "the summer of '69", "1969-SU"),
                ("2025-06-04", "Summer '19 was the best, we went every weekend", "Summer '19", "2019-SU")])
def _season_short_year(m, text):
    yy = int(m["yy"])
    return M(m, "season_short_year", "season", season=L["seasons"][m["season"].lower()], year=(2000 if yy < 50 else 1900) + yy,
             rel=None, mod="", short_year=yy)


# (history5) dates of England and its colonies before 1752, whose year began on 25 March: "30 January
# 1648/9", "4 March 1688/89", "February 1660/61", "in 1714/15": the second year is the one
# the calendar of today gives (the New Style year), as historians write the value
@rule("dual_year", r"(?:(?:(?P<d>[0-3]?\d)(?:{ordinal_suffixes:cs})?\s+)?(?P<mon>%s)\s+)?(?P<y1>1[5-7]\d\d)/(?P<y2>\d{1,2}|1[5-7]\d\d)(?![\w/]|[.,]\d)" % MONTH_FULL, 22,
      triggers="slash",
      examples=[("2020-01-01", "Charles I was beheaded on 30 January 1648/9 outside the Banqueting House.", "30 January 1648/9", "1649-01-30")])
def _dual_year(m, text):
    y1, y2s = int(m["y1"]), m["y2"]
    y2 = int(y2s) if len(y2s) == 4 else y1 - y1 % 10 ** len(y2s) + int(y2s)
    if y2 != y1 + 1:
        return None   # "1648/50" is no year written two ways
    if m["mon"]:
        day = int(m["d"]) if m["d"] else None
        if day is not None and not 1 <= day <= 31:
            return None
        return M(m, "dual_year", "cal", year=y2, month=month_num(m["mon"]), day=day, grain="day" if day else "month")
    return M(m, "dual_year", "cal", year=y2, grain="year")


# (history5) "in '73", "the '68 riots", "since ’79": a year written short, after a cue
_SHORT_YEAR_CUE = _re(r"(?i)(?:^|[^\w'’])(?:{short_year_cues})\s+$")


@rule("short_year", r"(?<![\w'’])['’](?P<yy>\d\d)(?![\w'’]|[.,:]\d)", 9, triggers="short_year",
      examples=[("2023-10-17", "Those who bought a house in '73 saw inflation reach 24 per cent.", "'73", "1973")])
def _short_year(m, text):
    if not _SHORT_YEAR_CUE.search(text, max(0, m.start() - 12), m.start()):
        return None
    return M(m, "short_year", "short_year", yy=int(m["yy"]))


@rule("year2_date", r"(?:(?P<d>[1-9]|[12]\d|3[01])\s+)?(?P<mon>%s)\s+(?P<year>[1-9]\d?)(?=\s*[,;:)]|\.(?:\s|$)|\s+(?i:{year3_followers})\b|\s*[–—]\s*\d)" % MONTH_FULL, 9, triggers="month",
      examples=[
          (None, "Vesuvius erupted in AD 79. An earthquake had struck the town on 5 February 62, and repairs went on for years.", "5 February 62", "0062-02-05"),
          (None, "Hadrian (24 January 76 – 10 July 138) was Roman emperor from AD 117.", "24 January 76", "0076-01-24")])
def _year2_date(m, text):
    y = int(m["year"])
    if m["d"]:
        return M(m, "year2_date", "cal", year=y, month=month_num(m["mon"]), day=int(m["d"]), grain="day", mod="", year3=True)
    return M(m, "year2_date", "cal", year=y, month=month_num(m["mon"]), grain="month", mod="", year3=True)


_YEAR3_CHANGE = _re(r"\b(?i:{year3_not_after})\s*$")
_YEAR3_SPAN_TO = _re(r"\s+(?i:to)\s+[1-9]\d\d(?:\s*(?:[,.;:)!?]|$)|\s+(?:(?i:{year3_followers})\b|[A-Z][a-z]))")   # (history8) after "from 117"
_YEAR3_SPAN_FROM = _re(r"(?i:from)\s+[1-9]\d\d\s+$")   # ... before "to 138"
_YEAR3_DATED = re.compile(r"\s*[,;]|\s+(?:the|a|an|when|and|in|at)\s", re.I)   # (history8) after "25 December 800"
_YEAR3_AFTER = _re(r"\s*(?:[,.;:)!?]|$)|\s+(?:(?i:{year3_followers})\b|[A-Z][a-z])|\s*[–—]\s*\d")   # ((history8) "(26 April 121 – 17 March 180)")
_BC_PART = r"(?:(?P<part>(?i:the\s+(?:very\s+)?(?:{period_parts})\s+of))\s+)?(?:(?i:the)\s+)?(?:(?P<mod>(?i:{edge_mods}))[\s-]+)?"


@rule("bc_century", r"%s(?P<ord>%s)[\s-]+(?i:century)\s+%s" % (_BC_PART, ORD, _ERA_BC), 26, triggers="era",
      examples=[
          (None, "The city was founded in the 8th century BC.", "the 8th century BC", "BC07"),
          (None, "The temple was rebuilt in the early 5th century BC.", "the early 5th century BC", "BC04")])
def _bc_century(m, text):
    n = parse_ordinal(m["ord"])
    if not n or n < 1 or n > 99:
        return None
    return M(m, "bc_century", "fixed", type="DATE", value=f"BC{n - 1:02d}", mod=_part_mod(m),
             note="a century BC cannot be placed")


# "the 470s BC", "the late 330s BC": a decade before the common era (BC047), not placed
@rule("bc_decade", r"%s(?<![\w$£€.,])(?P<dec>\d{1,3}0)s\s+%s" % (_BC_PART, _ERA_BC), 26, triggers="era",
      examples=[
          (None, "Athens built its long walls in the 450s BC.", "the 450s BC", "BC045")])
def _bc_decade(m, text):
    d = int(m["dec"])
    if d == 0:
        return None
    return M(m, "bc_decade", "fixed", type="DATE", value=f"BC{d // 10:03d}", mod=_part_mod(m),
             note="a decade BC cannot be placed")


# "the early 2000s", "the end of the 1980s", "the first half of the 19th century": the part of
# the period said is its mod (TimeML START / MID / END), the extent holds the whole phrase
_PART_OF = r"(?P<part>(?i:the\s+(?:very\s+)?(?:{period_parts})\s+of))\s+"


def _part_mod(m) -> str:
    """The mod of "the end of the 1980s", "the early 2000s"; "the turn of the 20th century" is
    its start (the years around 1900), not its end."""
    if m["part"] and "turn" in m["part"].lower():
        return "START"
    return mod_code(m["part"] or m["mod"])


@rule("decade", r"(?:%s)?(?:(?P<the>(?i:the))\s+)?(?:(?P<mod>(?i:{edge_mods}))[\s-]+)?(?P<dec>(?<![\w$£€.,])(?:1\d|20)\d0s|(?<![\w$£€.,])[1-9]\d0s|'\d0s|’\d0s|(?<![\w$£€.,])\d0s|(?<![\w$£€.,'’])(?:1\d|20)?\d0['’]s)(?![\w])" % _PART_OF, 22, triggers="decade",
      examples=[
          ("2019-06-27", "The company has struggled since the early 2000s.", "the early 2000s", "200"),
          ("2021-05-04", "The party has governed the country since the 1970s.", "the 1970s", "197")])
def _decade(m, text):
    # (recall21) "the 80's", "the 1990's": the apostrophe before the "s" as informal writing puts it
    s = m["dec"].replace("'", "").replace("’", "")
    if len(s) == 4:
        # (history32) "the 890s", "the 470s": a decade of the first millennium, with "the" only; not "the
        # 300s" (the century or a count: "in the 200s" of a price or a score)
        if not m["the"] or s[1:3] == "00" or _TEMPERATURE_BEFORE.search(text, max(0, m.start() - 28), m.start()):
            return None
        return M(m, "decade", "cal", year=int(s[:3]), grain="decade", mod=_part_mod(m))
    if len(s) == 3:
        y = 1900 + int(s[:2])
    else:
        y = int(s[:4])
    pair = _DECADE_PAIR.search(text, max(0, m.start() - 16), m.start()) if len(s) == 3 else None
    if len(s) == 3 and not m["the"] and not m["dec"][0] in "'’" and not m["mod"] and pair is None:
        return None  # "30s" alone: an age or a temperature more often than a decade
    if len(s) == 3 and _TEMPERATURE_BEFORE.search(text, max(0, m.start() - 28), m.start()):
        return None  # (tweets) "temps in the 30s", "highs in the 80s": a temperature, no decade
    if pair is not None:
        # (history4) "the 1950s and 60s": the decade of that century; (history32) the line that said so
        # stood after a return and was never read: "the 1850s and 60s", "the 1840s and '50s" were 196, 195
        y = int(pair["cc"]) * 100 + int(s[:2])
    mod = _part_mod(m)
    if y % 100 == 0 and y != 2000 and len(s) == 5:
        return M(m, "decade", "cal", year=y, grain="century", mod=mod)
    return M(m, "decade", "cal", year=y, grain="decade", mod=mod)


_DECADE_PAIR = re.compile(r"(?P<cc>1\d|20)\d0s(?:\s+(?:and|or|to|through|into)\s+|\s*[-–]\s*)$")
_DECADE_WORDS = L["decade_words"]


@rule("decade_word", r"(?i:the)\s+(?:(?P<mod>{edge_mods})[\s-]+)?(?:(?P<c>(?i:{spoken_centuries}|{spoken_old_centuries}))[\s-]+)?(?P<w>(?i:{decade_words}))(?![\w])", 22, triggers="spoken",
      examples=[
          ("2022-09-10", "Prices had not risen so fast since the seventies.", "the seventies", "197")])
def _decade_word(m, text):
    if re.match(r"\s+of\b", text[m.end(): m.end() + 5]) or _DECADE_PAIR_AFTER.match(text, m.end()):
        return None   # "the sixties and seventies": a pair (not "the sixties and the answer was ...")
    # (spoken2) "the noughties" (counted from 1900: 10); "the eighteen-twenties", "the nineteen sixties": the
    # century said before the decade word
    v = _DECADE_WORDS[m["w"].lower()]
    year = _NUMBERS_SPOKEN[m["c"].lower()] * 100 + 10 * (v % 10) if m["c"] else 1900 + 10 * v
    return M(m, "decade_word", "cal", year=year, grain="decade", mod=mod_code(m["mod"]))


_DECADE_PAIR_AFTER = _re(r"(?i)\s+and\s+(?:the\s+)?(?:(?:{edge_mods})[\s-]+)?(?:{decade_words})(?![\w])")


@rule("century", r"(?:%s)?(?:(?i:the)\s+)?(?:(?P<mod>(?i:{edge_mods}))[\s-]+)?(?P<ord>%s)[\s-]+{century_words}(?![\w-])" % (_PART_OF, ORD), 22, triggers="unit", requires="century_words",
      examples=[
          ("2019-04-16", "The cathedral was built in the 12th century.", "the 12th century", "11"),
          ("2018-06-18", "The town has been inhabited since the 5th century.", "the 5th century", "04")])
def _century(m, text):
    n = parse_ordinal(m["ord"])
    if not n or n < 1 or n > 30:
        return None
    if _ERA_BC_AFTER.match(text, m.end()):
        return None  # "the early 5th century BC": a century before the common era (rule bc_century)
    return M(m, "century", "cal", year=(n - 1) * 100, grain="century", mod=_part_mod(m))


# "the 15th and 16th centuries", "the 5th and 4th centuries BC": two centuries, each a TIMEX3
# ("the 15th", "16th centuries"), as a range's two ends are
@rule("century_pair", r"(?P<a>(?i:the)\s+(?P<o1>%s))\s+(?i:{century_pair_joiners})\s+(?P<b>(?P<o2>%s)[\s-]+(?i:centuries))(?P<era>\s+%s)?(?![\w-])" % (ORD, ORD, _ERA_BC), 22,
      triggers="unit", requires="centuries_words",
      examples=[
          ("2024-06-01", "In the 15th and 16th centuries the port traded with the Baltic.", "the 15th", "14"),
          ("2024-06-01", "In the 15th and 16th centuries the port traded with the Baltic.", "16th centuries", "15"),
          ("2024-06-01", "Greek cities in Sicily flourished in the 6th and 5th centuries BC.", "5th centuries BC", "BC04")])
def _century_pair(m, text):
    n1, n2 = parse_ordinal(m["o1"]), parse_ordinal(m["o2"])
    if not n1 or not n2 or not 1 <= n1 <= 30 or not 1 <= n2 <= 30 or n1 == n2:
        return None
    if m["era"]:
        return [Mention(m.start("a"), m.end("a"), "century_pair", "fixed", dict(type="DATE", value=f"BC{n1 - 1:02d}", mod="", note="a century BC cannot be placed"), 22),
                Mention(m.start("b"), m.end("era"), "century_pair", "fixed", dict(type="DATE", value=f"BC{n2 - 1:02d}", mod="", note="a century BC cannot be placed"), 22)]
    return [Mention(m.start("a"), m.end("a"), "century_pair", "cal", dict(year=(n1 - 1) * 100, grain="century", mod=""), 22),
            Mention(m.start("b"), m.end("b"), "century_pair", "cal", dict(year=(n2 - 1) * 100, grain="century", mod=""), 22)]


# ---- seasons, quarters, halves ----------------------------------------------------------------
# "the summer offensive": a season named by what happened in it; "the spring collection",
# "summer camp": a season as a kind of thing, not a date; "fall" is a verb without a cue
_SEASON_CAMPAIGN = _re(r"\s+(?i:offensives?|counter-?offensives?|{campaign_nouns})\b")
_SEASON_CUE = _re(r"(?i)\b{season_cues}\s+$")
# (twenty-first session, recall22) "replace it before winter", "shut til summer", "free for the whole summer": a plan's
# season ahead (with the lexicon's `forward_cues`, "until", "till", "by"); read as the coming one unless the clause is past
_SEASON_FORWARD = _re(r"(?i:\b{season_forward_cues}\s+)$")
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


# (stretch32, §112) a year before a slash and a second year, "winter 2022/23" (YEAR refuses a slash after it)
_YEAR_SLASHED = r"(?<![\w$£€¥#.,:/])(?:1\d{3}|20\d{2})(?=/(?:\d{4}|\d{2})(?![\w%/]))"


# (yearclause37, §147) a southern place named within _SOUTH_REACH characters either way of a season (lexicon
# _doc_southern_places): the writer's seasons are the southern ones ("a long weekend in the middle of winter" in June in
# New Zealand is this winter). Bounded: the window read is 2 * _SOUTH_REACH characters.
_SOUTH_REACH = 400
_SOUTH_PLACE = re.compile(r"(?<![\w'’])(?:%s)(?![\w'’])" % "|".join(
    re.escape(n).replace(r"\ ", r"\s+") for n in sorted(L["southern_places"], key=len, reverse=True)))


def _south(m, text) -> dict:
    return {"south": True} if _SOUTH_PLACE.search(text, max(0, m.start() - _SOUTH_REACH), m.end() + _SOUTH_REACH) else {}


@rule("season", r"(?:(?P<rel>(?i:{season_relations}|{edge_mods}|the\s+{period_edges}\s+of))(?:\s+|-))?(?P<the>(?i:the)\s+(?:(?i:{season_wholes})\s+)?)?(?:(?P<year0>%s)\s+)?(?P<season>%s)(?:\s+(?:of\s+)?(?P<year>%s|%s)(?:[-–/](?P<y2>\d{4}|\d{2})(?![\w%%]))?|\s+(?i:of)\s+(?P<ay>{anaphoric_year_relations})\s+(?i:year))?(?![\w-])" % (YEAR, SEASON, YEAR, _YEAR_SLASHED), 15, triggers="season",
      examples=[
          ("2022-09-10", "The new line will open next spring.", "next spring", "2023-SP"),
          ("2021-05-04", "The outbreak peaked in the winter of 2019.", "the winter of 2019", "2019-WI"),
          # (stretch32, §112) a winter of two years, named by its January's
          ("2024-05-15", "Sales were weak in winter 2022/23.", "winter 2022/23", "2023-WI"),
          # (recall22) "the whole summer" (lexicon `season_wholes`); a bare season after "before", "till", "all"
          ("2023-05-26", "last exam the 14th then i'm free for the whole summer", "the whole summer", "2023-SU")])
def _season(m, text):
    code = L["seasons"][m["season"].lower()]
    rel = (m["rel"] or "").lower()
    if m["year0"]:
        # "the 1982 summer offensives": the year in front of the season
        if m["year"] or rel:
            return None
        return M(m, "season", "season", season=code, year=int(m["year0"]), rel=None, mod="")
    campaign = _SEASON_CAMPAIGN.match(text[m.end(): m.end() + 20])
    # (past) a season heading a line of a list, before a colon ("Spring: started freelancing" in a year's review)
    line_head = _line_head(m, text)
    campaign = campaign or line_head
    if not m["year"] and not rel and not m["the"] and not campaign:
        before = text[max(0, m.start() - 12): m.start()]
        if not _SEASON_CUE.search(before) or m["season"].lower() in _VERB_SEASONS:
            return None
    if m["season"].lower() in _VERB_SEASONS and not m["year"] and not rel and not m["the"] and not campaign:
        return None
    if m["the"] and not m["year"] and not rel and _THE_SEASON_NOUN.match(text[m.end(): m.end() + 14]):
        return None
    if m["the"] and not m["year"] and not rel and not m["ay"] and m["season"].lower() in _VERB_SEASONS \
            and not _SEASON_CUE.search(text[max(0, m.start() - 12): m.start()]):
        return None  # "The fall began in late October": a fall in prices, not the autumn
    if not m["the"] and not m["year"] and _SEASON_NOUN.match(text[m.end(): m.end() + 14]):
        return None
    r = _season_rel(" ".join(rel.split()))
    if m["ay"] and not rel:
        r = _season_rel(_rel(m["ay"]))   # "the autumn of that year": "that", "the following year": "next_a"
    if not m["year"] and not rel and not m["ay"] and (hb := _ASPECT_SEASON_BEFORE.search(text, max(0, m.start() - _ASPECT_SEASON_REACH), m.start())) is not None \
            and _standing_hours_clause(text, hb.start("hour"), m.end(), verb_end=hb.start("hour")):
        # (aspect38, §153) "Kitchen closes at 4 in winter", "the pass shuts early in the winter": the hours kept every such
        # season, a SET (the clock's hour then a habit's: a set is no day of its clause)
        return M(m, "season", "fixed", type="SET", value=f"XXXX-{code}")
    y = _year(m["year"])
    if m["y2"]:
        # "the winter of 1941–42": the winter across the two years, named by the year of its January
        y2 = int(m["y2"]) if len(m["y2"]) == 4 else (y // 100) * 100 + int(m["y2"])
        if code != "WI" or y2 != y + 1:
            return None
        y = y2
    return M(m, "season", "season", season=code, year=y, rel=r, mod=mod_code(rel if r is None else ""),
             forward=bool(_forward(m, text) or _SEASON_FORWARD.search(text, max(0, m.start() - 8), m.start()))
             if y is None and r is None and not rel else None,   # (history7) "until spring"; (recall22) "before winter"
             of_year=bool(m["ay"]) and not rel,   # (history8) "the summer of the following year": the next YEAR's summer
             **({"line_head": True} if line_head else {}),
             **(_south(m, text) if y is None and r in (None, 0, -1, 1) and not m["ay"] else {}),
             # (howto) "plant in autumn", "(less in summer)" in a recipe's step: the season of every year
             **({"any_year": True} if y is None and r is None and not rel and not m["ay"]
                and _instruction(text, m.start(), m.end(), dated_ok=False) else {}))


# (aspect38, §153) the hour of a standing verb right before "in (the) <season>": a clock ("at 4", "till 9.30pm"), a part of
# the day named by the light ("at dusk"), or "early"/"late" (lexicon aspect_season_hours). Bounded: 40 characters back
_ASPECT_SEASON_REACH = 40
_ASPECT_SEASON_BEFORE = _re(r"(?i)(?<![\w'’])(?P<hour>(?:(?:{bare_day_part_prepositions}|{closing_hour_cues})[ \t]{1,3}(?:\d{1,2}(?:[.:][0-5]\d)?(?:[ \t]?[ap]\.?m\.?)?|{bare_day_parts})|{aspect_season_hours}))[ \t]{1,3}(?:{aspect_season_preps})[ \t]{1,3}$")


_LIST_LINE_HEAD = re.compile(r"(?:^|\n)[^\S\n]*(?:[-*•]|\d{1,2}[.)])?[^\S\n]*$")


def _line_head(m, text) -> bool:
    """(past) Whether the match heads a line of a list, a colon after it ("Spring: started freelancing",
    "January: quit my job" in a year's review): ``tagger`` gives it the year a heading above names."""
    return text.startswith(":", m.end()) and _LIST_LINE_HEAD.search(text, max(0, m.start() - 8), m.start()) is not None


_QWORD = L["quarter_numbers"]


@rule("quarter", r"(?:(?P<the>(?i:the))\s+)?(?:(?P<ypos>%s)(?:'s|’s)\s+|(?P<rely>{year_relations})\s+(?i:year)(?:'s|’s)\s+|(?P<ago>(?i:year[\s-]{year_ago_words}|comparable|prior[\s-]year))\s+)?(?:(?P<fy>(?i:fiscal|calendar))(?:\s+(?P<fyy>%s))?\s+)?(?P<q>{quarter_numbers})[\s-]+(?P<fy2>(?i:fiscal)\s+)?(?i:quarter)(?!s)(?:\s+of\s+(?:(?i:fiscal|calendar)\s+)?(?P<year>%s)|\s+(?P<year2>%s)(?!\w))?(?![\w-])" % (YEAR, YEAR, YEAR, YEAR), 24, triggers="quarter",
      examples=[
          ("2023-01-26", "The retailer said profit fell 8% in the fourth quarter.", "the fourth quarter", "2022-Q4"),
          ("2023-01-26", "The company expects sales to recover in the second quarter.", "the second quarter", "2023-Q2")])
def _quarter(m, text):
    q = _QWORD[m["q"].lower()]
    y = m["year"] or m["year2"] or m["ypos"] or m["fyy"]
    if m["q"].lower() == "final" and not y:
        return None
    rel = RELATIONS[_rel(m["rely"])][0] if m["rely"] else None
    # (newswire31) "Fourth-quarter figures are due on Feb. 20", "will report fourth-quarter earnings": a quarter's results
    # are reported after it ends (``resolve._quarter`` reads the quarter just ended in a future told soon after it)
    results = not (y or rel is not None) and _QUARTER_RESULTS_AFTER.match(text, m.end()) is not None
    return M(m, "quarter", "quarter", quarter=q, year=_year(y), rel_year=rel, year_ago=bool(m["ago"]), results=results)


# (newswire31) a noun of reported results right after the quarter: "fourth-quarter results", "the fourth-quarter profit"
_QUARTER_RESULTS_AFTER = _re(r"(?i)[ \t]{1,3}(?:{quarter_results_nouns})(?![\w'’-])")


# (newswire31) "the July-September quarter", "the January-March period", "the April to June quarter of 2024": a
# quarter (or a half) named by its first and last months, as agency copy writes a fiscal or calendar quarter, always
# with its determiner (a note's "April-June quarter maintenance", with none, is left to the month rules). The noun
# decides the length it must have ("quarter" three months, "half" six, "period" either); months that are no calendar
# quarter or half ("the February-April quarter" of a retailer's year) are left to the month rules.
@rule("month_span_quarter", r"(?P<the>(?i:the|its|their|a))\s+(?P<m1>%s)(?:\s?[-–]\s?|\s(?i:to)\s)(?P<m2>%s)(?:\s+(?P<year>%s))?\s+(?P<noun>(?i:{month_span_nouns}))(?:\s+(?i:of)\s+(?P<year2>%s))?(?![\w-])" % (MONTH, MONTH, YEAR, YEAR), 24, triggers="quarter month",
      examples=[
          ("2024-10-30", "Sales in the July-September quarter rose 4%, the company said.", "the July-September quarter", "2024-Q3"),
          ("2025-05-14", "Profit in the January-March period fell 3% from a year earlier.", "the January-March period", "2025-Q1"),
          ("2024-08-02", "Exports grew in the January-June period.", "the January-June period", "2024-H1")])
def _month_span_quarter(m, text):
    a, b = month_num(m["m1"]), month_num(m["m2"])
    n = b - a + 1
    want = L["month_span_nouns"][m["noun"].lower()]
    if (want and n != want) or n not in (3, 6) or (a - 1) % n:
        return None   # a span that is no calendar quarter or half, or not as long as its noun says
    y = _year(m["year"] or m["year2"])
    if n == 3:
        return M(m, "month_span_quarter", "quarter", quarter=(a + 2) // 3, year=y, rel_year=None, year_ago=False)
    # a half with no year: this year's, or the last one when told in the past before it began (as rule half_h's plans)
    return M(m, "month_span_quarter", "half", half=1 if a == 1 else 2, year=y, rel_year=0 if y is None else None,
             to_come=y is None)


# (newswire33) a quarter named by its last month, as Australian, Indian and company copy write it: "the June quarter",
# "the December quarter", "in the September quarter", "record June-quarter revenue" (with no determiner, the hyphen of a
# modifier); the calendar quarter ending in that month, its year as "the second quarter" takes one (rule quarter's).
# Only the four months that end a calendar quarter, capitalised; not "quarter-final" ("the March quarter-finals")
@rule("month_quarter", r"(?:(?P<the>(?i:the|its|their|a))\s+(?P<m1>March|June|September|Sept|December)\s|(?<![\w'’-])(?P<m2>March|June|September|Sept|December)-)(?:(?P<year>%s)\s+)?(?i:quarter)(?![\w-])" % YEAR, 24, triggers="quarter month",
      examples=[
          ("2025-11-17", "Wage data for the September quarter come out on Wednesday.", "the September quarter", "2025-Q3"),
          ("2026-03-05", "Australia's economy grew 0.6% in the December quarter.", "the December quarter", "2025-Q4"),
          ("2025-08-03", "Apple reported record June-quarter revenue on Thursday.", "June-quarter", "2025-Q2")])
def _month_quarter(m, text):
    q = (month_num(m["m1"] or m["m2"]) + 2) // 3
    return M(m, "month_quarter", "quarter", quarter=q, year=_year(m["year"]), rel_year=None, year_ago=False)


@rule("quarter_q", r"(?<![\w-])(?P<q>Q[1-4])(?:[ \t](?P<fy>{fiscal_year_abbreviations:cs})[ \t]?(?P<fyy>(?:19|20)\d\d|\d\d)(?![\w/–-])|\s*(?P<year>%s)|(?:-|\s+)'?(?P<yy>\d\d)(?!\d))?(?![\w])" % YEAR, 24, triggers="quarter",
      examples=[
          ("2023-10-31", "The company expects margins to improve in Q1 2024.", "Q1 2024", "2024-Q1"),
          ("2022-10-25", "Q3 revenue rose 4% to $12.1 billion, the company said.", "Q3", "2022-Q3"),
          # (stretch32, §112) a fiscal quarter with its fiscal year: the quarter of that year's label (TimeBank's "the
          # fiscal first quarter" 1989-Q1)
          ("2024-05-15", "Revenue in Q3 FY25 was up 6%.", "Q3 FY25", "2025-Q3")])
def _quarter_q(m, text):
    if _MODEL_BEFORE.search(text, max(0, m.start() - 24), m.start()):
        return None   # (recall21) "just bought an Audi Q3": a car's model
    if _QUARTER_PLACE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None   # (stretch32, §112) "room Q3", "grid ref Q4", "gate Q3": a place's name
    y = m["year"]
    if m["fyy"]:
        y = str(2000 + int(m["fyy"])) if len(m["fyy"]) == 2 else m["fyy"]
    if m["yy"]:
        y = str(2000 + int(m["yy"])) if int(m["yy"]) < 50 else str(1900 + int(m["yy"]))
    # (twentieth session, tense21) "priorities for Q3", "budget for Q4", "our Q3 targets": a plan's quarter
    plan = not y and (_QUARTER_PLAN_BEFORE.search(text, max(0, m.start() - 30), m.start()) is not None
                      or _QUARTER_PLAN_AFTER.match(text, m.end()) is not None)
    return M(m, "quarter_q", "quarter", quarter=int(m["q"][1]), year=_year(y), plan=plan)


# (stretch32) bounded: 12 characters before "Q1"-"Q4", the noun and its blank (and a "No." or "#")
_QUARTER_PLACE_BEFORE = _re(r"(?<![\w'’])(?i:{quarter_place_nouns})\.?[ \t]{1,2}$")
_QUARTER_PLAN_BEFORE = _re(r"(?i)(?<![\w'’])(?:{period_plan_nouns})[ \t]+for[ \t]+(?:the[ \t]+)?$")
_QUARTER_PLAN_AFTER = _re(r"(?i)[ \t]+(?:{period_plan_nouns})(?![\w'’])")


@rule("year_period", r"(?i:the)\s+(?P<year>%s)\s+(?P<what>{year_periods})(?![\w-])" % YEAR, 23, triggers="year",
      examples=[
          ("1989-11-02", "Third-quarter net rose 5%. In the first nine months, net was $306 million, compared with a loss of $195 million in the 1988 period.", "the 1988 period", "1988")])
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


@rule("quarter_anaphor", r"(?i:(?:the|last\s+year['’]s)\s+(?:{quarter_anaphor_words}\s*)*(?:quarter|period)(?:\s+a\s+year\s+(?:ago|earlier)|\s+(?:(?<=same\squarter\s)|(?<=same\speriod\s))last\s+year)?)(?![\w-])", 12, triggers="quarter",
      examples=[
          ("1989-10-25", "Net income rose 12% in the third quarter. In the same quarter a year ago it fell.", "the same quarter a year ago", "1988-Q3"),
          ("1989-10-25", "Earnings rose in the latest quarter.", "the latest quarter", "1989-Q3")])
def _quarter_anaphor(m, text):
    # "the quarter a year ago" is the quarter in discussion, a year back (shift -4, below)
    s = m.group(0).lower()
    if "period" in s and not _PERIOD_CUE.search(s):
        return None
    shift = -4 if _YEAR_BACK.search(s) else (-1 if _QUARTER_BACK.search(s) else 0)
    if shift == -4 and "period" in s and s.endswith("year") and "same" in s:
        # (twenty-second session, news23) "compared with the same period last year": the period the sentence
        # reports, a year back, one expression ("the same quarter last year" the quarter); after a half or nine
        # months the comparison is of those spans, read as "a year earlier" is there (its offset, below)
        pm = _period_in_sentence(text, m.start())
        if pm:
            return Mention(m.start(), m.end(), "quarter_anaphor", "offset",
                           dict(n=1, unit="Y", sign=-1, anchor="last", vague=False, mod="", yearago_adj=True,
                                period_months=pm), 12)
    if "period" in s and shift == 0 and "latest" not in s:
        return None
    # "the quarter ended July 31": the calendar quarter holding most of the three months that end then; (stretch32, §112)
    # "the quarter ending in July", "the quarter ended 31 July 2023": its year that of the end, by the participle and
    # the tense (resolve._period_end_year)
    ended = over = eyear = None
    e = _QUARTER_ENDED.match(text[m.end(): m.end() + 40])
    if e and shift == 0:
        ended = month_num(e["mon"] or e["mon2"])
        over = L["period_end_words"][e["v"].lower()]
        eyear = _year(e["yr"])
        g = "mon" if e["mon"] else "mon2"
        span = (m.end() + e.start(g), m.end() + e.end(g))   # the end's month: the tense is read there (tagger)
    return M(m, "quarter_anaphor", "quarter_ref", shift=shift, current="current" in s, latest="latest" in s or "just" in s,
             ended_month=ended, ended_year=eyear, **({"ended_span": span, "ended_told": True, "ended_over": over} if ended else {}))


# bounded: read in a 40-character slice after "the quarter"
_QUARTER_ENDED = _re(r"\s{0,2},?\s{1,3}(?P<v>ended|ending)\s{1,3}(?:(?P<inn>(?i:{period_end_prepositions}))\s{1,3})?"
                     r"(?:(?P<mon>%s)(?:\s{0,2}(?P<day>[0-3]?\d)\b)?|(?P<day2>[0-3]?\d)\s{1,3}(?P<mon2>%s))(?:,?\s{1,3}(?P<yr>%s))?" % (MONTH, MONTH, YEAR))


_HALF_CUE = _re(r"{calendar_context:cs}")


@rule("half", r"(?:(?P<the>(?i:the))\s+)?(?:(?P<ypos>%s)(?:'s|’s)\s+|(?P<rely>{year_relations})\s+(?i:year)(?:'s|’s)\s+)?(?:(?i:fiscal|calendar)\s+)?(?P<h>{half_numbers})[\s-]+(?i:half)(?:\s+of\s+(?:(?i:the\s+year|fiscal\s+|this\s+year|next\s+year|last\s+year)?\s*)?(?P<year>%s)?)?(?![\w-])" % (YEAR, YEAR), 23, triggers="quarter",
      examples=[
          ("2022-08-03", "Profits slumped in the first half as costs soared.", "the first half", "2022-H1"),
          ("2022-09-10", "The plant is scheduled to start production in the second half of 2023.", "the second half of 2023", "2023-H2")])
def _half(m, text):
    h = L["half_numbers"][m["h"].lower()]
    tail = m.group(0).lower()
    if not m["year"] and not m["ypos"] and not re.search(r"of\s+(?:the\s+year|this\s+year|next\s+year|last\s+year)", tail):
        # "the first half" of a match, a film, a century...: only when the context is calendar-ish
        nxt = text[m.end(): m.end() + 16].lower()
        if nxt.lstrip().startswith("of") or re.search(r"(?i)\ba\s+$", text[max(0, m.start() - 3): m.start()]):
            return None  # "a second half like it": a match's, not the year's
        ctx = text[max(0, m.start() - 200): m.end() + 100].lower()
        if not _HALF_CUE.search(ctx):
            return None
    ry = 0
    if m["rely"]:
        # (twenty-second session, news23) "this year's second half", "next year's first half": the year's
        # half, as the quarter rule reads "last year's fourth quarter" (one expression, not "this year" and a half)
        ry = RELATIONS[_rel(m["rely"])][0]
    elif "next year" in tail:
        ry = RELATIONS["next"][0]
    elif "last year" in tail:
        ry = RELATIONS["last"][0]
    if m["rely"]:
        return M(m, "half", "half", half=h, year=_year(m["year"] or m["ypos"]), rel_year=ry, year_said=True)
    return M(m, "half", "half", half=h, year=_year(m["year"] or m["ypos"]), rel_year=ry)


# ---- deictic: today, yesterday, this week, last month, next year -------------------------------
# "today's world", "today's youth", "many of today's personal computers": the present era
_GENERIC_ERA = _re(r"\s+(?:[a-z]+\s+)?{era_nouns:cs}\b")


_ERA_DAYS = frozenset(L["era_days"])
_FUTURE_DAYS = frozenset(L["future_days"])
_LOWER_ONLY_DAYS = frozenset(L["lowercase_only_days"])
_DAY_WORD_PARTS = L["day_word_parts"]   # (informal5) "sarvo": this afternoon
_FIGURATIVE_DAY = _re(r"(?i)\b(?:{figurative_day_cues})\s+$")
_FUTURE_OF = _re(r"(?i)\b{future_of_nouns}\s+(?:of|for)\s+$")


# (twenty-sixth session, dayparts27) a lower-case "am" after the day word is its morning only where the clause ends or a
# word of lexicon day_am_followers follows ("can you do tmrw am?", "tmrw am works"; not "tmrw am I working?"). The builder
# reads what follows (_AM_AFTER_DAY), not the pattern: a lookahead in the pattern widened the rule's windows around every
# day word (the reach of its longest follower; tests/test_rule_cost.py)
_AM_AFTER_DAY = _re(r"[ \t]*(?:[?.!,;:)\n]|$)|[ \t]+(?:{day_am_followers})(?![\w'’])")   # (runs of blanks, then a word)


def _am_after_day(m, text) -> bool:
    """Whether the lower-case "am" a day word's match ends with (group "am") is that day's morning."""
    return _AM_AFTER_DAY.match(text, m.end()) is not None


# (codeswitch43, docs §238) a word after a day word of another language that makes the pair no day (lexicon
# deictic_day_not_before: Hindi and Urdu "aaj kal", these days); one bounded look after the word
_DAY_NOT_BEFORE = {w: re.compile(r"[ \t-]{1,3}%s(?![\w'’])" % ordered(ws)) for w, ws in L["deictic_day_not_before"].items()}


@rule("today", r"(?:(?P<mod>{day_mods})\s+)?(?P<w>{deictic_days})(?:(?:'s|’s)|\s+(?P<pod>%s|(?i:{informal_pod_after_day}))|\s+(?P<ap>AM|[ap]\.m\.)"
      r"|[ \t]+(?P<am>am)|[ \t]{1,3}(?:(?i:ng)[ \t]{1,3})?(?P<cpod>{codeswitch_day_parts:cs}))?(?![\w])" % POD, 26, triggers="deictic",
      examples=[
          ("2019-12-31", "The new rules come into force tomorrow.", "tomorrow", "2020-01-01"),
          ("2022-09-10", "The president will address the nation tonight.", "tonight", "2022-09-10TNI"),
          ("2023-05-03", "bins need to go out tn, someone forgot last wk", "tn", "2023-05-03TNI"),
          ("2025-02-16", "yday was the best day of my life", "yday", "2025-02-15"),
          ("2025-04-16", "Tutaonana kesho kutwa, sawa?", "kesho kutwa", "2025-04-18")])
def _today(m, text):
    w = " ".join(m["w"].lower().split())
    off = L["deictic_days"][w]
    if w in _DAY_NOT_BEFORE and _DAY_NOT_BEFORE[w].match(text, m.end("w")):
        return None  # (codeswitch43) "aaj kal": these days, not today
    if w in _LOWER_ONLY_DAYS and (m["w"] != w or re.search(r"\d\s*$", text[max(0, m.start() - 3): m.start()])
                                  or text[m.end(): m.end() + 1] == "-"):   # (recall24) "the tdy-up crew"
        return None  # "tn" is "tonight" in a chat; "TN" is a state, "10 tn" a weight
    if off < 0 and _FIGURATIVE_DAY.search(text, max(0, m.start() - 16), m.start()):
        return None  # "four years, feels like yesterday": a figure of speech, no day
    pod = _pod_code(m["pod"]) if m["pod"] else ("NI" if w in L["night_words"] else _DAY_WORD_PARTS.get(w, ""))
    cs_part = bool(m["cpod"]) and w in _CS_DAYS
    if cs_part:
        pod = _CS_DAY_PARTS[m["cpod"]]   # (codeswitch39, §162) "leo jioni", "esok pagi": that day's part
    am_day = bool(m["am"]) and _am_after_day(m, text)
    if m["ap"]:
        pod = "AF" if m["ap"][0] == "p" else "MO"   # (tweets) "tmrw AM", "yesterday a.m.": that day's morning
    elif m["am"] and am_day:
        pod = "MO"   # (dayparts27) "can you do tmrw am?"
    end = m.end() if (not m["am"] or am_day) and (not m["cpod"] or cs_part) else m.end("w")   # ("tmrw am I working?": the day alone)
    if m.group(0).endswith(("'s", "’s")):
        end -= 2
        if w in _ERA_DAYS and _GENERIC_ERA.match(text, m.end()):
            return None  # "today's world", "today's personal computers": the present era, not the day
    if w in _FUTURE_DAYS and re.search(r"(?i)\b(?:of|for)\s+$", text[max(0, m.start() - 5): m.start()]) \
            and _FUTURE_OF.search(text[max(0, m.start() - 20): m.start()]):
        return None  # "the people of tomorrow": the future in general
    if w in L["deictic_day_after_words"] and not m["pod"] and not m["cpod"] and (nxt := _DAY_AFTER_WORD.match(text, end)) is not None:
        # (posts32, §114) Swahili "kesho kutwa": the day after tomorrow; another word after "kesho" leaves it tomorrow
        off = L["deictic_day_after_words"][w].get(nxt["w"].lower(), off)
        end = nxt.end() if off != L["deictic_days"][w] else end
    men = Mention(m.start(), end, "today", "deictic_day", dict(offset=off, pod=pod, word=w, mod=mod_code(m["mod"])), 26)
    return men


_CS_DAYS = frozenset(L["codeswitch_days"])   # (codeswitch39) the day words of other languages, whose parts of the day follow them
_CS_DAY_PARTS = L["codeswitch_day_parts"]
_DAY_AFTER_WORD = re.compile(r"[ \t]{1,3}(?P<w>[A-Za-z]{2,12})(?![\w'’])")   # bounded: 3 blanks and a word of 12 letters at most


# (conventions) British "a week tomorrow", "a week today", "tomorrow week", "a week yesterday": the
# day a week on from (or, for a day gone, a week before) the day the word names, as "friday week"
# and "a week on Tuesday" (rule weekday_week): one DATE, not a length and a day
@rule("week_from_day", r"(?i:a\s+week)\s+(?P<w1>{deictic_days})(?![\w'’-])"
      r"|(?P<w2>{deictic_days})\s+(?i:week)(?=\s*(?:$|[,.;:!?)\n]|(?:{bare_ordinal_followers})\b))", 27, triggers="deictic",
      requires="week_words", reject_before=(r"(?i)\b(?:{week_length_cues})\s+$", 12),
      examples=[("2025-06-11", "the wedding is a week tomorrow, can't believe it", "a week tomorrow", "2025-06-19"),
                ("2025-06-11", "the test is tomorrow week", "tomorrow week", "2025-06-19")])
def _week_from_day(m, text):
    g = "w1" if m["w1"] else "w2"
    w = " ".join(m[g].lower().split())
    off = L["deictic_days"][w]
    if w in _LOWER_ONLY_DAYS and m[g] != w or abs(off) > 1:
        return None
    pod = "NI" if w in L["night_words"] else _DAY_WORD_PARTS.get(w, "")
    return M(m, "week_from_day", "deictic_day", offset=off + 7 if off >= 0 else off - 7, pod=pod, word=w, mod="")


# (lead, thirty-third session) "your test is 3 weeks tomorrow": two to six weeks on from tomorrow, one DATE, as
# "a week tomorrow" (week_from_day) and "three weeks on Saturday" (weeks_on_weekday); only tomorrow, since "3 weeks
# today" is mostly a length reached ("sober 3 weeks today"), and not after a length's cue ("for 3 weeks tomorrow on")
_WEEKS_REACHED = _re(r"(?i)\b(?:{weeks_reached_cues})\b")


@rule("weeks_from_tomorrow", r"(?P<n>(?i:two|three|four|five|six|[2-6]))\s+(?i:weeks|wks)\s+(?P<w>{deictic_days})(?![\w'’-])",
      27, triggers="deictic", requires="spoken_weeks_words", reject_before=(r"(?i)\b(?:{week_length_cues})\s+$", 12),
      examples=[("2023-11-27", "Your test is 3 weeks tomorrow remember", "3 weeks tomorrow", "2023-12-19"),
                ("2025-06-11", "it's two weeks tmrw!!", "two weeks tmrw", "2025-06-26")])
def _weeks_from_tomorrow(m, text):
    w = " ".join(m["w"].lower().split())
    if L["deictic_days"][w] != 1 or w in _LOWER_ONLY_DAYS and m["w"] != w:
        return None
    if _WEEKS_REACHED.search(text, max(start_of_line(text, m.start()), m.start() - 40), m.start()):
        return None   # "we've been here 3 weeks tomorrow": a length reached tomorrow (40 characters back at most)
    weeks = int(m["n"]) if m["n"].isdigit() else int(parse_num(m["n"]) or 0)
    if not 2 <= weeks <= 6:
        return None
    pod = "NI" if w in L["night_words"] else _DAY_WORD_PARTS.get(w, "")
    return M(m, "weeks_from_tomorrow", "deictic_day", offset=1 + 7 * weeks, pod=pod, word=w, mod="")


# (history5) "to-day", "to-night", "to-morrow": the spellings of old newspapers and letters; the
# rule runs only where "day", "night" or "morrow" follows "to-"
@rule("old_deictic", r"(?P<w>(?i:to)-(?i:day|night|morrow))(?:'s|’s)?(?![\w-])", 26, triggers="unit", lead=(r"(?i:\bto-)", 3),
      examples=[
          ("1910-08-15", "It is announced to-day that her relatives have declined the offer.", "to-day", "1910-08-15"),
          ("1874-01-28", "The society will meet again to-morrow.", "to-morrow", "1874-01-29")])
def _old_deictic(m, text):
    w = L["old_deictic_days"][m["w"].lower()]
    end = m.end() - (2 if m.group(0).endswith(("'s", "’s")) else 0)
    return Mention(m.start(), end, "old_deictic", "deictic_day",
                   dict(offset=L["deictic_days"][w], pod="NI" if w in L["night_words"] else "", word=w, mod=""), 26)


# (history5) "on the morrow": the next day, in old narratives and in histories quoting them ("the
# morrow of Michaelmas", a day named after a feast, is left alone)
@rule("the_morrow", r"(?i:the)\s+(?i:morrow)(?![\w-])", 20, triggers="unit",
      examples=[("2020-01-01", "The army crossed the river on 12 June 1415, and on the morrow it marched on Harfleur.", "the morrow", "1415-06-13")])
def _the_morrow(m, text):
    if re.match(r"\s+of\b", text[m.end(): m.end() + 4], re.I):
        return None
    return M(m, "the_morrow", "anaphor", unit="day", offset=1, pod="", mod="", word="next")


# (history5) "the 28th ult.", "the 3rd inst.", "the 5th prox.": a day of the last, this or the next
# month from the day of writing, in old letters and newspapers
@rule("inst_ult_prox", r"(?:(?i:the)\s+)?(?P<d>[0-3]?\d)(?:{ordinal_suffixes:cs})\s+(?P<w>(?i:{month_latin}))(?:\.|(?![\w]))", 27,
      triggers="ordinal", trail=(r"\s+(?i:inst|ult|prox)", 9),
      examples=[("1874-01-28", "His letter of the 28th ult. was read at the meeting.", "the 28th ult.", "1873-12-28")])
def _inst_ult_prox(m, text):
    day = int(m["d"])
    if not 1 <= day <= 31:
        return None
    return M(m, "inst_ult_prox", "latin_month_day", day=day, offset=L["month_latin"][m["w"].lower()])


# (tweets33, §120) a bare part of the day joined to a day's part said from today ("Thunderstorm warning for Gauteng this
# afternoon and evening", "Rain tomorrow morning and into the afternoon", "Fog this morning, then a warm afternoon" is
# not: a comma and no "this"): the second part is the same day's, one TIME of its own (the first is rule this_pod's or
# rule today's). Not before a noun it modifies (lexicon pod_joined_not_before: "this morning and afternoon tea", "this
# afternoon and evening sessions" keeps the parts' day, but "classes" are read as a habit's as often). Bounded: three
# blanks between words.
_POD_JOINED_NOT = _re(r"[ \t]{1,3}(?i:{pod_joined_not_before})(?![\w'’])")


@rule("pod_joined", r"(?P<w>(?i:{pod_joined_days}))[ \t]{1,3}(?i:{day_parts})[ \t]{1,3}(?i:{pod_joined_joiners})[ \t]{1,3}(?:(?i:the)[ \t]{1,3})?(?P<pod>(?i:{day_parts}))(?![\w'’])", 26,
      triggers="pod", requires="pod_joined_days",
      examples=[("2026-05-31", "Thunderstorm warning for Gauteng this afternoon and evening.", "evening", "2026-05-31TEV"),
                ("2025-03-10", "Showers likely tomorrow morning or afternoon, clearing by dusk", "afternoon", "2025-03-11TAF"),
                ("2025-03-10", "Delays yesterday morning and afternoon on the Northern line", "afternoon", "2025-03-09TAF")])
def _pod_joined(m, text):
    if _POD_JOINED_NOT.match(text, m.end()) is not None:
        return None   # "this morning and afternoon tea": a meal, not the afternoon
    w = m["w"].lower()
    return M(m, "pod_joined", "deictic_day", "pod", offset=L["pod_joined_days"][w], pod=L["parts_of_day"][m["pod"].lower()],
             word=f"{w} {m['pod'].lower()}")


# (the lead, fortieth session, §199) "the last night of our honeymoon", "on our last night": "last" after a determiner is the
# final one of a series, no day before today (bounded: 12 characters before; not after a noun's "'s": "at Aunt Bride's
# last night" is at her house)
_FINAL_POD_BEFORE = _re(r"(?i)(?<![\w'’])(?:{final_pod_determiners})[ \t]{1,2}$")
# (feasts41, §192) Caribbean English and creole "dis" for "this" before a part of the day: "Grandma and Alicia dis
# morning", "dis evening" (lexicon dialect_this_words; relations gives it the offset of "this")
_DIALECT_THIS = frozenset(L["dialect_this_words"])
_DIALECT_THIS_NOT_PARTS = frozenset(L["dialect_this_not_parts"])


@rule("this_pod", r"(?i:(?P<rel>this|last|lst|early\s+this|late\s+this|later\s+this|earlier\s+this|{dialect_this_words})\s+(?P<pod>{day_parts}|{informal_day_parts}))(?![\w])", 26, triggers="pod",
      examples=[
          ("2019-06-27", "The verdict is expected this afternoon.", "this afternoon", "2019-06-27TAF"),
          ("2023-03-15", "Gunfire was heard across the city last night.", "last night", "2023-03-14TNI"),
          ("2022-10-19", "prof changed it on the portal this aft", "this aft", "2022-10-19TAF")])
def _this_pod(m, text):
    if m["rel"].lower() in ("last", "lst") and _FINAL_POD_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None
    rel = m["rel"].lower().split()[-1]
    if rel in _DIALECT_THIS and m["pod"].lower() in _DIALECT_THIS_NOT_PARTS:
        return None   # (feasts41, §192) creole "dis" only before a day part's noun ("dis morning"), not "dis am" (this is)
    pod = L["informal_day_parts"].get(m["pod"].lower()) or L["parts_of_day"][m["pod"].lower()]
    off = RELATIONS[rel][0]
    return M(m, "this_pod", "deictic_day", offset=off, pod=pod, word=m.group(0).lower())


_PM_PERSON = re.compile(r"(?:['’]s\b|\s+(?:%s)(?![\w'’]))" % "|".join(map(re.escape, L["prime_minister_verbs"])), re.I)


# (tweets) "this AM", "this PM", "this a.m.": the morning or the afternoon of the day of writing, as
# "this morning" (US newsrooms and brands write them so). Only "AM"/"PM" in capitals or written with
# points: "this am" is rare and "I am" everywhere. "this PM" before a verb or a possessive is a prime
# minister ("this PM has lost the room", "this PM's record"), not the afternoon.
@rule("this_ampm", r"(?i:this)\s+(?P<ap>AM|PM|[ap]\.m\.)(?![\w])", 27, triggers="ampm",
      reject_before=(r"(?i:under|against)\s+$", 9),
      examples=[("2025-10-30", "Chilly start this AM with temps in the 30s.", "this AM", "2025-10-30TMO"),
                ("2026-02-11", "Recording this PM with a very special guest", "this PM", "2026-02-11TAF")])
def _this_ampm(m, text):
    if m["ap"] == "PM" and _PM_PERSON.match(text, m.end()):
        return None   # "this PM has lost the room", "this PM's record": a prime minister
    pod = "AF" if m["ap"][0] in "Pp" else "MO"
    return M(m, "this_ampm", "deictic_day", offset=0, pod=pod, word=m.group(0).lower())


_REL = "{period_relations}"


def _pod_code(word: str) -> str:
    """The TIMEX3 code of a part of the day, written out or short ("arvo", "nite")."""
    w = word.lower()
    return L["parts_of_day"].get(w) or _INFORMAL_POD_CODES[w]


_INFORMAL_POD_CODES = L["informal_day_parts"]


# "the last month of World War II": the final one of something
_FINAL_RELATIONS = frozenset(L["final_relations"])
_EARLIER_MODS = frozenset(L["earlier_mods"])
_LATER_MODS = frozenset(L["later_mods"])


_QUARTER_OF_A = _re(r"(?:\s+of\s+an?\s+|[\s-]+)(?P<w>(?i:{quarter_of}))\b")


_PREDICATE_MODS = frozenset(L["predicate_mods"])
_MOD_COPULA_BEFORE = _re(r"(?i)(?<![\w'’])(?:{mod_predicate_copulas})[ \t]{1,3}\Z")


# (speed32) "(?![\w])" right after the period word says what every match has there (an apostrophe of "'s" or the
# word's end): the same matches, and reach.py reads the word whole ("month", not "months"), with the relation words
# before it as its context (0.064 -> 0.025 window characters per character of the news sample)
@rule("rel_period", r"(?:(?P<mod>%s)\s+)?(?P<rel>%s)\s+(?P<what>{period_units})(?![\w])(?:(?:'s|’s))?(?![\w-])" % (MOD, _REL), 18, triggers="unit", requires="period_relations",
      examples=[
          ("2023-10-31", "The store will open next month.", "next month", "2023-11"),
          ("2021-01-06", "The tax was abolished last month.", "last month", "2020-12")])
def _rel_period(m, text):
    rel = " ".join(m["rel"].lower().split())
    what = " ".join(m["what"].lower().split())
    if m["what"][:1].isupper() and m["rel"][:1].isupper() and m.start() > 0:
        before = text[max(0, m.start() - 3): m.start()]
        if not re.search(r"[.!?\n\"“`']\s*$", before) or (
                re.search(r"[\"“`]\s*$", before) and re.search(r"(?i)'s\s+[\"“`]+\s*$|(?:TV|News|on)'?\s+[\"“`]+\s*$",
                                                               text[max(0, m.start() - 12): m.start()])):
            return None  # "on ABC's This Week", ABC News' "This Week": a title, not the current week
    if rel in _FINAL_RELATIONS and re.search(r"(?i)\bthe\s+$", text[max(0, m.start() - 5): m.start()]) \
            and re.match(r"\s+of\b", text[m.end(): m.end() + 4]):
        return None  # "the last month of World War II": the final month of something, not the one before now
    if what == "quarter" and (q := _QUARTER_OF_A.match(text, m.end())) is not None:
        # (history5) "over the next quarter of a century": 25 years, not the next fiscal quarter
        k, u = L["quarter_of"][q["w"].lower()]
        the = _THE_BEFORE.search(text, max(0, m.start() - 4), m.start())
        return Mention(the.start() if the else m.start(), q.end(), "rel_period", "duration",
                       dict(n=k, unit=u, vague=False, det=("the " if the else "") + rel, mod="", age=False, in_name=False), 18)
    off, anchor = RELATIONS[rel]
    what = L["period_units"][what]
    if what == "year" and off == 0 and _ANNAL_HEAD.search(text, max(0, m.start() - 12), m.start()):
        anchor = "last"   # (history6) "1066. In this year King Edward died": the year of the annal's entry
    end = m.end() - (2 if m.group(0).endswith(("'s", "’s")) else 0)
    mod = (m["mod"] or "").lower()
    start = m.start()
    if mod in _PREDICATE_MODS and _MOD_COPULA_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        # (lead, thirty-third session) "Flowers are late this year", "we were early this time": the adjective is the
        # subject's, after a copula; "this year" alone, no mod (not "due late this year", the year's end)
        mod, start = "", m.start("rel")
    # (weeks34, §127) "2nd time this week", "twice this week": a count of what has happened so far, the week of writing
    # even on a Sunday (not the week to come a plan's "this week" names then); the lead's "2nd time this week" (§128)
    # found the same and is this
    so_far = what == "week" and off == 0 and _SO_FAR_BEFORE.search(text, max(0, m.start() - 24), m.start()) is not None
    return Mention(start, end, "rel_period", "deictic", dict(unit=what, offset=off, mod=mod_code(mod) if mod else "",
                   anaphoric=anchor == "last", earlier=mod in _EARLIER_MODS, later=mod in _LATER_MODS,
                   **({"coming": True} if rel in ("coming", "this coming") else {}), **({"so_far": True} if so_far else {})), 18)


# (weeks34) a count before "this week": an ordinal or a number and "time(s)", or "once"/"twice"; 24 characters back
_SO_FAR_BEFORE = _re(r"(?i)(?<![\w'’])(?:(?:{so_far_count_ordinals}|\d{1,2}(?:{ordinal_suffixes:cs})?)[ \t]{1,3}(?:{so_far_time_words})|{so_far_count_words})[ \t]{1,3}$")


# (newswire33) markets copy's "year to date" ("The S&P 500 has gained 4.1% year to date", "the index's year-to-date gain"):
# the year of writing so far, written as "so far this year" is (the year, a DATE); the dev corpora have none
@rule("year_to_date", r"(?<![\w-])(?i:year)[ -](?i:to)[ -](?i:date)(?![\w-])", 18, triggers="unit",
      examples=[("2025-06-27", "The S&P 500 has gained 4.1% year to date.", "year to date", "2025"),
                ("2024-12-31", "The fund's year-to-date return is 9%.", "year-to-date", "2024")])
def _year_to_date(m, text):
    return Mention(m.start(), m.end(), "year_to_date", "deictic", dict(unit="year", offset=0, mod="", anaphoric=False,
                                                                       earlier=False, later=False), 18)


# (history6) annals and chronicles open each entry with its year ("793. In this year dire portents
# came over the land", "1087. This year the king died"): the year is a date (of three digits too:
# the formula says so) and "this year" in it is that year, not the year of writing
_ANNAL_HEAD = re.compile(r"(?:^|\n)[^\S\n]*\d{3,4}[.:][^\S\n]+(?:(?i:in)[^\S\n]+)?$")


@rule("annal_year", r"(?<![^\n])[^\S\n]*(?P<year>[1-9]\d{2,3})(?=[.:][^\S\n]+(?:(?i:in)\s+)?(?i:this)\s+(?i:year)\b)", 9, triggers="year year3", lead=(r"(?:^|\n)[^\S\n]{0,3}", 4),
      examples=[(None, "793. In this year dire portents came over the land, and on 8 June the raiders burned the church.", "793", "0793")])
def _annal_year(m, text):
    return Mention(m.start("year"), m.end("year"), "annal_year", "cal", dict(year=int(m["year"]), grain="year", mod=""), 9)


# "the week after next", "the weekend after next": two of them on from the day of writing
@rule("period_after_next", r"(?:(?i:the)\s+)?(?P<what>(?i:{period_units}))\s+(?i:{after_next_words})(?![\w-])", 19, triggers="unit", requires="after_next_words",
      examples=[("2025-03-04", "the week after next works for me", "the week after next", "2025-W12"),
                # (days, eleventh session) without its article
                ("2025-06-04", "weekend after next is free", "weekend after next", "2025-W25-WE")])
def _period_after_next(m, text):
    what = L["period_units"][" ".join(m["what"].lower().split())]
    return Mention(m.start(), m.end(), "period_after_next", "deictic", dict(unit=what, offset=2, mod="", anaphoric=False,
                                                                             earlier=False, later=False), 19)


# (vocab, thirteenth session) "the night before last": the night two days back (as "the day before yesterday")
@rule("night_before_last", r"(?:(?P<the>(?i:the))\s+)?(?i:night)\s+(?i:{before_last_words})(?![\w'’-])", 19, triggers="unit",
      examples=[("2025-06-04", "couldn't sleep the night before last", "the night before last", "2025-06-02TNI")])
def _night_before_last(m, text):
    return Mention(m.start(), m.end(), "night_before_last", "deictic_day",
                   dict(offset=-2, pod="NI", word="yesterday", mod=""), 19)


# (vocab, thirteenth session) Indian English "next to next week", "next to next month": the one after next
@rule("period_next_to_next", r"(?P<rel>(?i:{next_to_next_words}))\s+(?P<what>(?i:{period_units}))(?![\w-])", 19, triggers="unit",
      requires="next_to_next_words",
      examples=[("2026-08-03", "from next to next week we are shifting to alternate Saturdays", "next to next week", "2026-W34"),
                ("2025-03-04", "Next to next month I am on leave", "Next to next month", "2025-05")])
def _period_next_to_next(m, text):
    what = L["period_units"][" ".join(m["what"].lower().split())]
    return Mention(m.start(), m.end(), "period_next_to_next", "deictic", dict(unit=what, offset=2, mod="", anaphoric=False,
                                                                               earlier=False, later=False), 19)


# (past) "the week before last", "the weekend before last", "the month before last": two of them back
@rule("period_before_last", r"(?i:the)\s+(?P<what>(?i:{period_units}))\s+(?i:{before_last_words})(?![\w-])", 19, triggers="unit",
      requires="before_last_words",
      examples=[("2025-03-12", "the week before last my car broke down", "the week before last", "2025-W09")])
def _period_before_last(m, text):
    what = L["period_units"][" ".join(m["what"].lower().split())]
    return Mention(m.start(), m.end(), "period_before_last", "deictic", dict(unit=what, offset=-2, mod="", anaphoric=False,
                                                                              earlier=False, later=False), 19)


@rule("rel_month", r"(?:(?P<mod>{edge_mods})[\s-]+)?(?P<rel>{month_relations})\s+(?P<mon>%s)(?![\w])" % MONTH_FULL, 18, triggers="month",
      examples=[
          ("2022-09-10", "The vote is expected next March, officials said.", "next March", "2023-03")])
def _rel_month(m, text):
    off, anchor = RELATIONS[_rel(m["rel"])]
    return M(m, "rel_month", "rel_month", month=month_num(m["mon"]), offset=off, mod=mod_code(m["mod"]),
             anaphoric=anchor == "last")


# ---- weekdays -----------------------------------------------------------------------------------


_ON_DAY_EDGES = frozenset(L["on_day_edges"])   # (newswire32) "early on Sunday", "late on Monday": the day with START/END
# "the shop opens late on Friday", "schools close early on Friday": "late"/"early" after a verb of
# opening hours is the verb's adverb (later or sooner than usual), not a part of the day
_HOURS_VERB = re.compile(r"(?<![\w'’])(?:%s)\s+$" % "|".join(map(re.escape, L["hours_verbs"])), re.I)
# (twentieth session, voices18) "I'll be 30 min late on sunday", "an hour late on Friday": "late" right after a
# length is how late someone is, not the day's evening (lexicon _doc_lateness_units)
_LATENESS_LENGTH = re.compile(r"(?<![\w'’.,])(?:\d+(?:\.\d+)?|%s|an?|a\s+few|a\s+couple\s+of)[\s-]*(?:%s)\s+$" % (
    NUMWORD, "|".join(map(re.escape, L["lateness_units"]))), re.I)


# (days) "Saturday's good for me": a weekday's 's before one of these words is "is"
_WEEKDAY_IS_ADJ = _re(r"\s+(?:{weekday_is_words})(?![\w'’])", re.I)
# (days) "her birthday's Saturday": a noun (not a pronoun: "it's", "that's" are read by the tense) and its 's
_WD_COMMA_CLOCK = re.compile(r",[ \t]+[0-2]?\d(?:[:.][0-5]\d)?\s*%s" % AMPM)
# (twenty-eighth session, dayhalf29) a weekday kept apart from the clock time after it ("thurs 10pm-2am", "Saturday around
# 6pm": two expressions, rule day_clock and tagger._join_day_and_clock) is read as when they were one, a day proposed for a
# plan unless a verb says otherwise (bounded: an approximator of the lexicon, then at most 3 + 5 + 3 characters)
_WD_APART_CLOCK = _re(r"[ \t]{1,3}(?:(?:{clock_approximators:bare})[ \t]{1,3}[0-2]?\d(?:[:.][0-5]\d)?[ \t]?%s"
                      r"|[0-2]?\d(?:[:.][0-5]\d)?[ \t]?%s[ \t]{0,3}(?:[-–]|(?i:{range_to_words:bare})(?![\w'’]))[ \t]{0,3}\d)" % (AMPM, AMPM), re.I)
_NOUN_IS_BEFORE = _re(r"(?<![\w'’])(?!(?:{subject_pronouns}|{tense_determiners})['’]s\b)[a-z][a-z-]+['’]s\s+$", re.I)


# (voices19) "past" before a weekday after a verb or its object is the preposition "beyond" ("the cells won't keep
# past thurs", "I can't stay past Friday", "don't let it go past Wednesday"): the weekday alone, read as any weekday
# is (the one to come unless the clause is past), not "this past Friday" (the one gone); "past" opening a sentence
# or after a word of the day's own phrase ("on past Friday", "the past Friday") keeps the reading of the one gone
_PAST_PREP_BEFORE = re.compile(r"(?i)(?<![\w'’])(?!(?:on|the|this|that|of|for|since|from|in|at|by|to|during|over|until|till|"
                               r"before|after|and|or|a|an|every|each|its|our|my|your|their|his|her)\s)[a-z]{2,12}(?:n['’]t)?[ \t]+$")


def _past_prep(text: str, m, rel: str) -> bool:
    """Whether the relation word "past" matched before a weekday is the preposition (see _PAST_PREP_BEFORE)."""
    return rel == "past" and _PAST_PREP_BEFORE.search(text, max(0, m.start() - 16), m.start()) is not None


# ((twenty-sixth session, dayparts27) "lands Monday am.", "free Tuesday am?": "am" after the weekday is its morning where the
# clause ends or a word of lexicon day_am_followers follows, as after a day word (rule today); "so monday am I driving?"
# is the verb)
_WEEKDAY_RULE = (r"(?:(?P<mod>{day_mods})\s+(?P<on>(?i:on)\s+)?)?(?:(?P<rel>{weekday_relations}|(?i:that))\s+)?(?P<wd>%s)"
                 r"(?:\s+(?P<pod>%s|(?i:{informal_pod_after_day})|(?P<am>(?i:am))))?(?![\w])" % (WEEKDAY, POD))
# (the same without "am": the match of a weekday whose "am" is the verb, "so monday am I driving?")
_WEEKDAY_NO_AM = _re(r"(?<![\w])(?:" + _WEEKDAY_RULE.replace("|(?P<am>(?i:am))", "") + ")")


# (direction44, §247) "the last Saturday of Nine Mornings", "the last Sunday in Advent", "the last Friday of term": the final
# one of a period (lexicon _doc_final_weekday_of); a month's or a year's is rule nth_weekday_of's. Bounded: 1-3 blanks.
_FINAL_OF = _re(r"[ \t]{1,3}(?i:{final_weekday_of_words})[ \t]{1,3}(?:(?P<xmas>(?i:{final_weekday_christmas_periods}))(?![\w'’])"
                r"|(?P<skip>(?:(?i:the|this|next|last|every|each)[ \t]{1,3})?(?:%s|(?i:month|year))(?![\w'’])|(?i:all)[ \t]))?" % MONTH)
_FINAL_THE = _re(r"(?<![\w'’])(?i:the|da|di|de)[ \t]{1,3}$")


@rule("weekday", _WEEKDAY_RULE, 16, triggers="weekday",
      # "Good Friday", "Black Friday", "Super Tuesday", "Bloody Sunday" are names, not the weekday
      # ((twentieth session) "Super Bowl Sunday", "Selection Sunday", "Throwback Thursday": 12 characters back, the longest name and a space)
      # ((hours43, §228) "7 to 12 like a Saturday", "it feels like a Monday": a kind of day, no day; 16 characters back)
      reject_before=(r"(?:{weekday_name_words:cs}|(?<![\w'’])(?i:{weekday_likeness_before:line}))\s+$", 16),
      examples=[
          ("2024-09-21", "Hi, following up on my email of Tuesday — any update?", "Tuesday", "2024-09-17"),
          ("2023-10-04", "Harvest assembly Friday at 9.15, parents welcome.", "Friday", "2023-10-06"),
          ("2024-11-28", "The match on Saturday has been postponed due to a frozen pitch.", "Saturday", "2024-11-30"),
          ("2023-07-09", "OOO until Wednesday. Back on Thursday.", "Thursday", "2023-07-13"),
          ("2024-03-01", "The final vote will take place on Tuesday.", "Tuesday", "2024-03-05"),
          ("2008-11-05", "Americans voted on Tuesday in record numbers.", "Tuesday", "2008-11-04"),
          ("2024-03-03", "Heavy rain is forecast for Sunday evening and into Monday, forecasters have said.", "Monday", "2024-03-04"),
          # (weekdays27) a weekday listed before one joined to its week; "this week" named before, in a present clause
          ("2025-03-05", "I'm working Tuesday and Friday this week", "Tuesday", "2025-03-04"),
          ("2025-03-05", "my shifts this week are Tuesday and Wednesday", "Tuesday", "2025-03-04"),
          ("2025-06-21", "she's landing Monday am.", "Monday am", "2025-06-23TMO"),
          # (twenty-ninth session) a part of the day before "of" and the weekday: one TIME
          ("2025-04-16", "The talks broke down on the evening of Tuesday.", "the evening of Tuesday", "2025-04-15TEV")])
def _weekday(m, text):
    if m["am"] and not _am_after_day(m, text):
        m = _WEEKDAY_NO_AM.match(text, m.start())
        if m is None:
            return None
    if text[m.start() - 1:m.start()] == "#":
        return None   # (informal7) "#Friday vibes": a hashtag, as "#FridayFeeling" (no day of its own)
    if not m["rel"] and not m["mod"] and not m["pod"] and _WEEKDAY_KIND.match(text, m.end()):
        return None   # (past) "a Saturday job", "Sunday roasts", "Sunday league": a kind of thing, no day
    rel = " ".join((m["rel"] or "").lower().split())
    if rel == "last" and not m["mod"] and not m["pod"] and (fin := _FINAL_OF.match(text, m.end())) and not fin["skip"] \
            and (the_ := _FINAL_THE.search(text, max(0, m.start() - 8), m.start())):
        # (direction44, §247) "the last Saturday of Nine Mornings", "the last Sunday in Advent": the final one of the period,
        # not the one gone; of Advent (and the nine mornings before Christmas) that weekday of 18-24 December, the last
        # before Christmas Day (as rule around_holiday's "the Saturday before Christmas"); of a period whose end the text
        # does not give ("the last Friday of term"), no day
        if not fin["xmas"]:
            return None
        kind, spec = _HOLIDAYS["christmas"]
        return Mention(the_.start(), m.end(), "weekday", "holiday", dict(
            name="christmas", hkind=kind, spec=spec, year=None, around=(weekday_num(m["wd"]), -1)), 16)
    if rel == "that":
        # (sift, twelfth session) "the week after we're at home / Arjun's got a party that Sunday", "We moved in on
        # Tuesday 3 June. That Friday the boiler broke": that weekday of the week just told, or later in the week
        # of the day just told (the resolver falls back to the weekday alone where neither is known)
        if m["mod"]:
            return None
        pod = _pod_code(m["pod"]) if m["pod"] else ""
        return Mention(m.start("rel"), m.end(), "weekday", "weekday", dict(
            weekday=weekday_num(m["wd"]), rel="", pod=pod, mod="", possessive=False, lower=m["wd"].islower(),
            list_head=False, answer=False, that=True), 16)
    verb_coming = rel == "coming" and _COMING_VERB.search(text, max(0, m.start() - 12), m.start()) is not None
    if verb_coming:
        rel = ""   # (informal6) "the nurse is coming Friday": the verb, not "this coming Friday"
    past_prep = _past_prep(text, m, rel)
    if past_prep:
        rel = ""   # (voices19) "it won't keep past Friday": the preposition (beyond), not "this past Friday"
    pod = _pod_code(m["pod"]) if m["pod"] else ""
    if pod and not rel and not m["mod"] and m["pod"].lower().endswith("s") and m["pod"].lower() in L["parts_of_day"]:
        # "monday mornings", "on Friday nights": every one of them
        return M(m, "weekday", "fixed", type="SET", value=f"XXXX-WXX-{weekday_num(m['wd'])}T{pod}")
    start, mod = m.start() if not (verb_coming or past_prep) else m.start("wd"), mod_code(m["mod"])
    if m["mod"] and "\n" in text[m.start():m.start("rel") if m["rel"] else m.start("wd")]:
        # (days, twelfth session) "Friday open late\nSaturday walk-ins only": a word of the line before is no mod of the day
        start, mod = m.start("rel") if m["rel"] else m.start("wd"), ""
    elif m["on"] and not pod:
        # "early on Sunday", "late on Saturday": (newswire32) the day with mod START/END, as TimeBank's "early Tuesday",
        # "late yesterday" and news4's "late Monday" (before: the small hours and the evening, TMO/TEV, the first fresh
        # news set's own habit); "later on Friday" is just Friday, and so is "opens late on Friday", "30 min late on Friday"
        if m["mod"].lower() not in _ON_DAY_EDGES or _HOURS_VERB.search(text, max(0, start - 12), start) \
                or _LATENESS_LENGTH.search(text, max(0, start - 24), start):
            start, mod = m.start("rel") if m["rel"] else m.start("wd"), ""
    end = m.end()
    s = m.group(0)
    if not m["pod"] and s.endswith(("'s", "’s")):
        end -= 2
    if m["wd"].endswith(".") and not rel and not pod:
        # abbreviations only next to a date or a time
        return None
    if not rel and not m["mod"] and _habit(text, start, end):
        return Mention(start, end, "weekday", "fixed", dict(type="SET", value=f"XXXX-WXX-{weekday_num(m['wd'])}" + (f"T{pod}" if pod else "")), 16)
    if not rel and not pod and (side := _WD_COMING_GONE.match(text, end)):
        # (informal6) British "Saturday coming" (the one to come), "Sunday just gone" (the one gone)
        rel, end = ("coming" if side["w"].lower() == "coming" else "last"), side.end()
    n2n = rel == "next" and not m["mod"] and _NEXT_TO_NEXT_BEFORE.search(text, max(0, m.start("wd") - 20), m.start("wd"))
    if n2n:
        # (vocab, thirteenth session) Indian English "next to next Monday": a week after the next one
        rel, start = "", n2n.start()
    after_next = not rel and (n2n or _AFTER_NEXT.match(text, end))
    if after_next and not n2n:
        # (informal6) "the Tuesday after next": a week after the next one
        the_ = _THE_WEEKDAY.search(text, max(0, start - 12), start)
        start, end = the_.start("the") if the_ else start, after_next.end()
    weeks_back = 0
    if not rel and not after_next and not pod and (the_ := _THE_WEEKDAY.search(text, max(0, start - 12), start)) \
            and (bl := _WD_BEFORE_LAST.match(text, end)):
        # (offsets27) "the Saturday before last": a week before the last one (as "the week before last")
        rel, start, end, weeks_back = "last", the_.start("the"), bl.end(), 1
    elif rel in ("next", "last") and not m["mod"] and not pod and (bo := _WD_BUT_ONE.match(text, end)):
        # (offsets27) British "next Tuesday but one", "last Friday but one": the one after next, the one before last
        end, weeks_back = bo.end(), (-1 if rel == "next" else 1)
    elif rel == "last" and not m["mod"] and (wk := _WD_WEEK_LAST.search(text, max(0, start - 16), start)):
        # (offsets27) British "a week last Friday", "a fortnight last Sunday": the last one less a week (two weeks;
        # the fresh README's conventions); bounded: 16 characters before "last"
        start, weeks_back = wk.start(), (2 if wk["fn"].lower() == "fortnight" else 1)
    data = dict(weekday=weekday_num(m["wd"]), rel=rel, pod=pod, mod=mod, possessive=not m["pod"] and s.endswith(("'s", "’s")),
                lower=m["wd"].islower(), list_head=_list_head(text, start, end),   # "friday works": a chat's way of writing
                answer=_answer(text, start))
    last = _last_before(text, start)   # (speed15) what the searches ending at the weekday need (``_gate``)
    if not rel and not mod and (rota := _rota_run(text, start)) is not None:
        data["rota"], data["rota_item"] = rota[0], rota[1:]   # (rota37, §142) "Friday - Noreen / Saturday - Ger / Sunday - Mary": an item of a list of days
    if not rel and not mod and _log_head(text, start, end):
        data["log_head"] = True   # (left19) "Sunday: unpacked": a log's line (``resolve._weekday``)
    if past_prep:
        data["plan"] = True   # (voices19) a limit said of a day: the one to come unless the clause is past
    if data["possessive"] and _WEEKDAY_IS_ADJ.match(text, end + 2):
        # (days) "Saturday's good for me", "Friday's no good": 's is "is" before a word that weighs a
        # day for a plan (not "Saturday's match"): a day proposed, one to come
        data.update(possessive=False, plan=True)
    elif not rel and not pod and _gate(last, _END_S) and _NOUN_IS_BEFORE.search(text, max(0, start - 24), start) \
            and (_PHRASE_ENDS.match(text, end) or _EMOJI_END.match(text, end)):
        # (days) "her birthday's Saturday", "the wedding's Saturday!": a noun's 's right before a
        # weekday that ends the phrase is "is" (a day set for it); "Mum's Sunday roast" goes on
        data["plan"] = True
    if not mod and not rel and _SETTLED_RANGE_AFTER.match(text, end):
        # (hourranges29) "yes Friday is on, 11-4", "ok Wednesday works for me, 10 till 2": a day settled for a plan, with its
        # hours after a comma, is one to come
        data["plan"] = True
    if not mod and not rel and _SENT_OF_BEFORE.search(text, max(0, start - 40), start):
        # (posts32, §114) "following up on my email of Tuesday", "further to your letter of Monday": a thing sent, gone
        data["sent_of"] = True
    if not mod and not rel and not pod and (_WD_AT_CLOCK.match(text, end) or _WD_LATER_RANGE.match(text, end)):
        # (posts32, §114) "Harvest assembly Friday at 9.15, parents welcome", "Egg hunt on the green Sunday at 11!": a day
        # and the hour something starts at, in a clause with no verb (a notice's, a programme's line), is one to come;
        # any verb keeps its say ("we met Friday at 9" is gone; a headline's present is read as before)
        data["at_clock"] = True
    if not mod and not rel and pod and _WD_POD_RANGE.match(text, end):
        # (schedule35, §130) "Saturday morning 10-12 at mine", "Sunday afternoon 2-4": a day's part and a range of hours
        # in it, as "Friday at 9.15" (at_clock: to come only where the clause has no verb)
        data["at_clock"] = True
    if not mod and not rel and _TILL_LATE_AFTER.match(text, end):
        # (dayrange30, §103) "Saturday 8 till late", "Friday: 9 til late": a notice's evening from an hour on, one to come
        # unless a verb puts it in the past
        data["plan"] = True
    if not mod and (not rel and _cued_range_after(text, start, end) or _cued_range_before(text, start)):
        # (ranges23) "Saturday we're fully booked 7-9", "Thursday the hall is free 2-4": a day opening its clause with an
        # opening's or a booking's hours a few words on is one to come unless a verb puts it in the past
        data["plan"] = True
    if _WD_COMMA_CLOCK.match(text, end) or _WD_APART_CLOCK.match(text, end):
        # (values, fifteenth session) "Coffee morning: Wednesday, 10am till noon": a day and its time with am/pm set
        # off by a comma are two expressions (rule day_clock), the day read as when they were one ("Wednesday 10am"):
        # a day proposed for a plan unless a verb says otherwise
        data["plan"] = True
    if not rel and not m["mod"] and (_DEADLINE_BEFORE.search(text, max(0, start - 24), start) or _PARTING_BEFORE.search(text, max(0, start - 24), start)):
        # (values2, sixteenth session) "needs to be in by, erm, Wednesday", "send it before Friday", "see y'all thursday":
        # a deadline or a parting's day is one to come unless a verb puts it in the past
        data["plan"] = True
        if _PARTING_BEFORE.search(text, max(0, start - 24), start):
            data["ready"] = data["parting"] = True   # (tweets33, §120) "parting": said on that weekday, a week on
    if not rel and not pod and not m["mod"] and _RETURN_ENDS.match(text, end) \
            and _RETURN_OPENS.search(text, max(0, start - 32), start):
        data["plan"] = True   # (posts32, §114) "Back on Thursday.", "Returning Monday.": an out-of-office's day of return
    if not rel and not m["mod"] and not data["possessive"] and (
            _MEASURE_FROM.search(text, max(0, start - _MEASURE_FROM_REACH), start) is not None
            or _BACK_COPULA.search(text, max(0, start - 24), start) is not None):
        # (tweets33, §120) "Hosepipe ban from Friday", "Footy's back Thursday!": a measure's start, a return announced
        data["plan"] = True
    if not rel and not m["mod"] \
            and (ret := _RETURN_BEFORE_WEEKDAY.search(text, max(0, start - _RETURN_BEFORE_REACH), start)) is not None \
            and not ((wb := _WORD_BEFORE_RETURN.search(text, max(0, ret.start() - 16), ret.start())) is not None
                     and wb[1].lower() in _RETURN_NOT_AFTER):
        data["onward"] = True   # (thread41, §193) "leave Friday and come back Tuesday": after the day just named
    if not rel and not m["mod"] and _RETURN_LATER.match(text, end):
        data["plan"] = True   # (thread41, §193) "the Sunday and Monday up there and drive back Tuesday": the trip's days
    if not rel and _READY_BEFORE.search(text, max(0, start - 20), start):
        # (days, eleventh session) "ordered a suit for $90, ready thurs arvo", "sent it off, back Monday": a verbless
        # clause after a comma that sets a state for the day, to come whatever the verb before the comma
        data["ready"] = True
    if after_next:
        data.update(weeks_after=1, plan=True)
    elif weeks_back:
        data["weeks_after"] = -weeks_back
    elif not rel and not m["mod"] and _gate(last, _END_WEEK) and (week := _AFTER_WEEK_NAMED.search(text, max(0, start - 16), start)):
        data["week_offset"] = _MONTH_SHIFT[week["rel"].lower()]   # (informal6) "this week Friday", "next week Tuesday"
    elif not rel and not m["mod"] and not pod and (week := _RANGE_WEEK_AFTER.match(text, end)):
        data["week_offset"] = _MONTH_SHIFT[week["rel"].lower()]   # (values4) "off Tuesday to Thursday next week"
    elif not rel and not m["mod"] and not pod and (week := _LIST_WEEK_AFTER.match(text, end)):
        data["week_offset"] = _MONTH_SHIFT[week["rel"].lower()]   # (weekdays27) "I'm working Tuesday and Friday this week"
    elif not rel and not m["mod"] and _gate(last, _END_THE) and (the := _THE_WEEKDAY.search(text, max(0, start - _THE_WEEKDAY_REACH), start)):
        # (informal6) "bring the plants on the Friday evening" after "the sale is on Saturday 8 June",
        # "away Easter weekend, could you do the Saturday": the weekday of the occasion just told;
        # "Paper 3 the Tuesday after", "come the Thursday before": the first one after / before it
        side = _THE_WEEKDAY_SIDE.match(text, end)
        event = None if side or pod else _THE_WEEKDAY_EVENT.match(text, end)
        if side or pod or event or _THE_WEEKDAY_END.match(text, end) or _THE_WEEKDAY_ADVERB.match(text, end):
            # (not "by the Tuesday deadline": a noun's modifier; (theday36, §137) "back on the Monday hopefully", "the Friday
            # tho": a chat's adverb after it ends the phrase)
            start, data["the"] = the.start("the"), "till" if the["till"] else True
        if side:
            end, data["side"] = side.end("w"), 1 if side["w"].lower() == "after" else -1
        elif event:
            # (days, eleventh session) "the Friday before the wedding": told from an event, the day just named in
            # this sentence or the one before if any, else a Friday not known (was the next Friday from the day
            # of writing, a wrong date); a holiday's is rule around_holiday's
            data.update(side=1 if event["w"].lower() == "after" else -1, event=True)
    if not rel and not m["mod"] and not data.get("the") and _INSTEAD_AFTER.match(text, end):
        data["instead"] = True   # (sift, twelfth session) "Sunday instead?": in place of the day just named
    if not rel and not m["mod"] and not data.get("the") and _OCCASION_AFTER.match(text, end):
        data["occasion"] = True   # (theday36, §137) "are the vets racing Saturday this time?": the occasion's Saturday
    if not rel and not m["mod"] and (_WEEKDAY_APPOSITION.search(text, max(0, start - 24), start)
                                     or _WEEKDAY_APPOSITION_BRACKET.search(text, max(0, start - 24), start)):
        data["apposition"] = True   # "on 2 September 1666, a Sunday", (thread41) "on Boxing Day (a Tuesday!)": the day just named
    elif not rel and _joined(text, start) and _WEEKDAY_JOINED.search(text, max(0, start - 48), start):
        data["joined"] = True   # "on Sunday night and into Monday": the day after the one just named
    elif not rel and not pod and (pair := _WEEKDAY_PAIR_BEFORE.search(text, max(0, start - 20), start)) is not None \
            and weekday_num(pair["w"]) % 7 + 1 == data["weekday"]:
        # (thirtieth session) "a warning covering Monday and Tuesday", "closed the road on Sunday and Monday": the day
        # after the one just named is the next day, whatever the verb's tense (the two days are one stretch); a pair
        # out of the week's order ("made Friday and Thursday") stays a list of its own days
        data["joined"] = True
    if not pod and not rel and not m["mod"] and not data.get("the") \
            and (po := _POD_OF_WEEKDAY.search(text, max(0, start - 28), start)) is not None:
        # (twenty-ninth session) "by the morning of Wednesday", "on the evening of Tuesday": a part of that day, one
        # TIME, as "the afternoon of April 9" (rule pod_of_date); bounded: 28 characters before the weekday
        start, data["pod"] = po.start(), L["parts_of_day"][po["pod"].lower()]
    return Mention(start, end, "weekday", "weekday", data, 16)


# (posts32, §114) "at" and an hour right after a weekday: "Friday at 9.15", "Sunday at 11", "Monday at 3:30pm" (bounded: at
# most 3 blanks each side of "at", two digits, a separator and two more, an am/pm)
# (posts32, §114) an owner, a thing sent and "of" right before a weekday (bounded: 40 characters read before the weekday)
_SENT_OF_BEFORE = _re(r"(?<![\w'’])(?i:{sent_item_determiners})[ \t]{1,3}(?i:{sent_item_nouns})[ \t]{1,3}(?i:of)[ \t]{1,3}$")
_WD_AT_CLOCK = re.compile(r"[ \t]{1,3}(?i:at)[ \t]{1,3}(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?(?:[ \t]?%s)?(?![\w:%%/£$€]|[.,]\d)" % AMPM)
# ((schedule35, §130) a range of bare hours right after a weekday's part of the day: "Saturday morning 10-12")
_WD_POD_RANGE = re.compile(r"[ \t]{1,3}(?:(?i:from)[ \t]{1,3})?(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?[ \t]{0,2}(?:[-–]|(?i:to|till|til|until)(?![\w'’]))[ \t]{0,2}"
                           r"(?:1[0-2]|0?[1-9])(?![\w:%/£$€]|[.,]\d)")
_POD_OF_WEEKDAY = _re(r"(?<![\w'’])(?i:the)\s+(?:(?i:early|late)\s+)?(?P<pod>(?i:{day_parts}))\s+(?i:of)\s+$")
# (tweets33, §120) a range of hours with am/pm later in the weekday's clause ("Constituency clinic Saturday at the Civic
# Centre, 10am to 12pm", "Drop-in Thursday in the library, 2-4pm"): a notice's day, as "Friday at 9.15" (at_clock: to come
# only where the clause has no verb). Bounded: 48 characters of the clause (no stop, no line's end) before the range
_WD_LATER_RANGE = _re(r"[^.!?\n\d]{1,48}?(?<![\w:.£$€])(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?(?:[ \t]?%s)?[ \t]{0,2}(?:[-–]|(?i:to|till|til|until))[ \t]{0,2}"
                      r"(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?[ \t]?%s" % (AMPM, AMPM))


# (past) "EDIT (Mon):", "Update (Thursday):", "EDIT 2, Tues:": an edit under a post, made on that
# weekday on or after the post's day (an edit comes after what it edits)
@rule("edit_weekday", r"(?:^|(?<=\n))[^\S\n]*\W{0,2}(?i:{edit_words})[^\S\n]*\d?[^\S\n]*[(\[,:][^\S\n]*(?P<wd>(?i:{weekdays}))\.?(?=[^\S\n]*[)\]:]|[^\S\n]{1,3}[-–—][^\S\n])", 17,
      triggers="weekday", boundary=False,
      # (speed, twelfth session) every match has "(", "[", "," or ":" before its weekday and ")", "]", ":" or a dash set off
      # by blanks after it, with spaces between (or runs of 16: what the lead and trail read); (posts32, §114) "Edit: Sunday
      # - still broken": a colon before the day and a dash after it
      lead=(r"(?:[(\[,:][^\S\n]*|[^\S\n]{16,})", 17), trail=(r"(?:\.?[^\S\n]*[)\]:]|\.?[^\S\n]{1,3}[-–—][^\S\n]|\.?[^\S\n]{16})", 18),
      examples=[("2025-07-09", "Posted my question here.\nEDIT (Mon): fixed it, thanks all", "Mon", "2025-07-14"),
                ("2024-09-21", "Laptop won't boot after the update, any ideas?\nEdit: Sunday - still broken.", "Sunday", "2024-09-22")])
def _edit_weekday(m, text):
    return M(m, "edit_weekday", "weekday", "wd", weekday=weekday_num(m["wd"]), rel="", pod="", mod="", edit=True)


_WEEKDAY_KIND = _re(r"\s+(?i:{weekday_kind_nouns})(?![\w'’-])")
_COMING_VERB = re.compile(r"(?i)(?:(?<![\w'’])(?:is|are|am|was|were|be|been|not)|['’](?:s|re|m))\s+$")
_AFTER_NEXT = re.compile(r"\s+(?i:after\s+next)(?![\w'’])")
_NEXT_TO_NEXT_BEFORE = _re(r"(?i)(?<![\w'’])(?:{next_to_next_words})\s+$")   # (vocab) "next to next |Monday"
_AFTER_WEEK_NAMED = re.compile(r"(?i)(?<![\w'’])(?P<rel>this|next|last)\s+(?:week|wk),?\s+$")
# (values4, eighteenth session) the first of a range of weekdays whose last names its week ("I'm on nights tues-thurs
# next week", "off mon to wed this week"): a day of that week too, not the nearest one
_RANGE_WEEK_AFTER = _re(r"(?i)\.?[ \t]*(?:[-–]|[ \t](?:to|till|til|thru|through)[ \t])[ \t]*(?:{short_weekdays}|%s)\.?[ \t]+(?:of[ \t]+)?(?P<rel>this|next|last)[ \t]+(?:week|wk)(?![\w'’])" % WEEKDAY)
# (offsets27) "the Saturday before last", "next Tuesday but one", "a week last Friday" (rule weekday)
_WD_BEFORE_LAST = _re(r"\s+(?i:{before_last_words})(?![\w'’]|\s+(?i:{unit_words}|{period_units})(?!\w))")   # not "the Saturday before last week"
_WD_BUT_ONE = _re(r"\s+(?i:{but_one_words})(?![\w'’]|\s+(?i:of)\b)")   # not "next Friday but one of us can't"
_WD_WEEK_LAST = _re(r"(?<![\w'’])(?i:a)\s+(?P<fn>(?i:{week_words}))\s+$")
# (weekdays27) a weekday listed before one joined to its week ("tues and thurs this week", "Mon, Wed & Fri next week"):
# at most three more items (bounded), each a weekday after a joiner of week_list_joiners
_LIST_WEEK_AFTER = _re(r"(?i)(?:\.?[ \t]*(?:{week_list_joiners:bare})[ \t]*(?:{short_weekdays}|%s)(?![\w'’])){1,3}\.?[ \t]+(?:of[ \t]+)?(?P<rel>this|next|last)[ \t]+(?:week|wk)(?![\w'’])" % WEEKDAY)
_WD_COMING_GONE = re.compile(r"\s+(?P<w>(?i:coming|just\s+gone|gone))(?![\w'’])")
# (theday36, §137) a word of return or "till" and "the" before a weekday, with "on"/"by" between ("back on the Monday", "home
# by the Tuesday"): bounded, at most three blanks a gap; the builder reads it in the 24 characters before the weekday
_THE_WEEKDAY = _re(r"(?<![\w'’])(?:(?P<till>{the_weekday_forward})[ \t]{1,3}(?:(?i:{the_weekday_forward_via})[ \t]{1,3})?)?(?P<the>(?i:the))\s+$")
_THE_WEEKDAY_REACH = 24
_THE_WEEKDAY_ADVERB = _re(r"[ \t]{1,3}(?i:{the_weekday_end_adverbs})(?![\w'’])")   # bounded: three blanks
_THE_WEEKDAY_END = re.compile(r"\s*(?:[,.;:!?)\n]|$)|\s+(?i:and|or|as|so|then|too|instead|if|with|is|was|would|will|i|we|you|he|she|they|it|at|for|to|in)\b")
# "the Tuesday after.", "the Thursday before I go": no event named after it
# ((days, twelfth session) or an emoji after it: "a deadline the Monday after 😭"; not a quotation mark, a bracket, an
# @handle or a hashtag, which open what it is after: "the Saturday before “the big day”", "the Friday after @jo's party")
_THE_WEEKDAY_SIDE = re.compile(r"\s+(?P<w>after|before)(?=\s*(?:[.,;:!?)\n\u2600-\u27bf\U0001f000-\U0001faff]|$|(?:and|or|but|so|then|i|we|you|he|she|they|it|if|for)\b))", re.I)
# ((theday36, §137) "and back the Monday after for coolstore?": "for" and its purpose after it, no event named)
# (values2, sixteenth session) a weekday as a deadline or a parting's day: "in by Wednesday", "before Friday", "see you thurs"
_PARTING_BEFORE = _re(r"(?i)(?<![\w'’])(?<!\bto\s)(?:{parting_before_weekday})\s+(?:on\s+)?$")   # (not "lovely to see you
# Monday!": an infinitive's "see", the meeting just had)
_DEADLINE_BEFORE = _re(r"(?i)(?<![\w'’])(?:{deadline_before_weekday})(?:,?\s+(?:{speech_fillers}),?)?\s+(?:on\s+)?$")
_READY_BEFORE = _re(r"[,;]\s+(?i:{ready_words})\s+(?:(?i:on|by|from)\s+)?$")
# (posts32, §114) "OOO until Wednesday. Back on Thursday.": a sentence of only a word of return and a weekday (bounded: at
# most 3 blanks around each word; the sentence's end right after the day, _RETURN_ENDS)
_RETURN_OPENS = _re(r"(?:^|(?<=[.!?\n]))[ \t]{0,3}(?i:{return_openers})[ \t]{1,3}(?:(?i:on)[ \t]{1,3})?$")
_RETURN_ENDS = re.compile(r"[ \t]{0,3}(?:[.!\n]|$)")
# (tweets33, §120) a measure that starts on a weekday: a noun of lexicon measure_from_nouns, at most four words of at most
# 20 characters (its place: "on the A9"), then "from" ("Hosepipe ban from Friday", "two weeks of delays on the A9 from
# Monday", "Bus diversion from Saturday"): the one to come unless a verb puts it in the past (the window: 64 characters)
_MEASURE_FROM = _re(r"(?i)(?<![\w'’])(?:{measure_from_nouns})(?:[ \t]{1,3}[\w'’.-]{1,20}){0,4}[ \t]{1,3}from[ \t]{1,3}$")
_MEASURE_FROM_REACH = 64
# (tweets33, §120) a present copula's "back" right before a weekday ("Footy's back Thursday!", "The market is back Sunday",
# "we're back on Monday"): a return announced, to come (of a day gone one says "was back"); bounded: three blanks a gap
_BACK_COPULA = _re(r"(?i)(?:(?<![\w'’])(?:{back_copulas})|(?<=\w)(?:{back_copula_clitics}))[ \t]{1,3}(?:{back_copula_words})[ \t]{1,3}(?:on[ \t]{1,3})?$")
_THE_WEEKDAY_EVENT = re.compile(r"\s+(?P<w>after|before)\s+(?=(?:the|my|our|your|his|her|their|we|i|you|he|she|they)\b)", re.I)
_INSTEAD_AFTER = _re(r"\s+(?i:{instead_words})(?![\w'’])")
# (theday36, §137) "are the vets racing sat or sun this time?": a weekday asked of the occasion the talk told, "this time" at
# most three short words after it in its clause (bounded: three words of at most 12 characters, three blanks a gap)
# (the merge, thirty-fifth session) asked: a "?" on the line within 40 characters after it, or "or what" (a news
# report's "landfall Wednesday this time of year" moved a never-read weekday to a day told months ahead)
_OCCASION_AFTER = _re(r"(?:[ \t]{1,3}[\w'’]{1,12}){0,3}[ \t]{1,3}(?i:{occasion_this_time})(?![\w'’])(?=[^\n?]{0,40}\?|[ \t]{1,3}(?i:or[ \t]{1,3}what))")
_WEEKDAY_APPOSITION = _re(r"\d(?:{ordinal_suffixes})?,\s+(?:(?i:a|which\s+was\s+a)\s+)?$")
# (thread41, §193) a bracket or a dash that names the weekday of the date just named: "We were here on Boxing Day (a
# Tuesday!)", "on the 14th (a Monday)", "Christmas Day - a Wednesday - we stayed in": "a" required, the calendar must agree
# (resolve: the day named earlier in the sentence is that weekday); bounded: three blanks a gap, read from 24 characters back
_WEEKDAY_APPOSITION_BRACKET = _re(r"[\w.'’)][ \t]{0,3}(?:\(|[-–—][ \t]{1,3}|,[ \t]{1,3})[ \t]{0,3}(?i:{apposition_weekday_articles})[ \t]{1,3}$")
# (thread41, §193) a word of return right before a weekday ("leave Friday and come back Tuesday", "drive back Tuesday",
# "fly home Monday", "back on Wednesday"): the first such weekday after the day just named in its sentence, not the one
# nearest it; bounded: 28 characters read before the weekday
_RETURN_BEFORE_WEEKDAY = _re(r"(?<![\w'’])(?i:{return_before_weekday})[ \t]{1,3}(?:(?i:on)[ \t]{1,3})?$")
_RETURN_BEFORE_REACH = 28
# (thread41, §193) not a place's noun after a preposition or a verb of staying ("working from home Monday", "at home
# Friday", "stay home Tuesday"): the word before the word of return, read 16 characters back
_WORD_BEFORE_RETURN = re.compile(r"([A-Za-z]+)[ \t]+$")
_RETURN_NOT_AFTER = frozenset(L["return_not_after"])
# (thread41, §193) a return to a weekday later in the clause ("you still get the Sunday and Monday up there and drive back
# Tuesday", "Saturday and Sunday at the lake, home Monday"): the days before it are the trip's, a plan unless a verb puts
# them in the past; bounded: 60 characters of the sentence (no stop, no line's end) before the word of return
_RETURN_LATER = _re(r"[^.!?\n]{0,60}?(?<![\w'’])(?i:{return_before_weekday})[ \t]{1,3}(?:(?i:on)[ \t]{1,3})?(?:(?i:the)[ \t]{1,3})?(?:%s|(?i:{short_weekdays}))(?![\w'’])" % WEEKDAY)
_JOINERS = frozenset(w.split()[-1].lower() for w in L["weekday_joiners"])


def _joined(text: str, start: int) -> bool:
    """A quick look before the full pattern: the word before the weekday (or before its "on")
    is the last word of a joiner ("into", "to", "until")."""
    words = text[max(0, start - 16):start].split()
    if words and words[-1].lower() == "on":
        words.pop()
    return bool(words) and words[-1].lower() in _JOINERS


_WEEKDAY_PAIR_BEFORE = _re(r"(?<![\w'’])(?P<w>%s)[ \t]{1,3}(?:(?i:{weekday_pair_joiners})[ \t]{1,3}|&[ \t]{0,3})(?:(?i:on)[ \t]{1,3})?$" % WEEKDAY)
_WEEKDAY_JOINED = _re(r"%s(?:\s+(?i:{day_parts}))?\s+(?i:{weekday_joiners})\s+(?:(?i:on)\s+)?$" % WEEKDAY)


# (twenty-sixth session, dayparts27) and Australian "in the arvo", "in the evo" (lexicon the_pod_informal_parts); not a
# noun the part of the day modifies ("on the night shift", "the night bus": lexicon pod_noun_followers, no time)
# (lead, thirty-third session) "see you all in the morning 🥞", "speak in the morning x": a sign-off before "in the morning"
# (lexicon morning_signoffs; bounded: the words and three blanks, 24 characters back), said the night before
_MORNING_SIGNOFF = _re(r"(?i)(?<![\w'’])(?:{morning_signoffs})[ \t]{1,3}$")
_MORNING_DAY_AFTER = _re(r"[ \t]{1,3}(?:(?i:on)[ \t]{1,3})?(?:%s|(?i:{deictic_days}))(?![\w'’])" % WEEKDAY)   # "... on Friday": that day's


@rule("the_pod", r"(?P<pre>{pod_prepositions})\s+(?P<t>(?i:the)\s+(?P<pod>{day_parts}|(?i:{the_pod_informal_parts})))(?![\w-])(?!\s+{pod_followers}\b)(?!\s+(?i:{pod_noun_followers})(?![\w-]))", 6, triggers="pod",
      examples=[
          ("1989-10-30", "Expectations about recent advances in real estate issues were dashed Friday. Dealers placed heavy buy orders in the morning, but failed to sell.", "the morning", "1989-10-27TMO"),
          ("2025-06-04", "catch you in the arvo, mate", "the arvo", "2025-06-04TAF")])
def _the_pod(m, text):
    w = m["pod"].lower()
    pod = L["parts_of_day"].get(w) or L["the_pod_informal_parts"][w]
    if pod == "MO" and m["pre"].lower() == "in" and _MORNING_SIGNOFF.search(text, max(0, m.start() - 24), m.start()) \
            and not _MORNING_DAY_AFTER.match(text, m.end()):
        return M(m, "the_pod", "deictic_day", group="t", offset=1, pod="MO", word="tomorrow", mod="")
    return M(m, "the_pod", "pod_time", group="t", pod=pod, dref=_night_into(text, m.end()) if pod == "NI" else None,
             mod="", vague_day=True, pre_in=m["pre"].lower() == "in")   # ((poststamps35) "in the morning" after an evening stamp)


# (thirtieth session) a part of the day with no article after a preposition: "will be declared by evening", "come in evening",
# "open till evening" (Indian, Nigerian, Singaporean English; "by evening" in any English): that part of the day of the day
# the talk is on, as "in the evening" (not "night": "by night", "at night" are as often any night; not a noun's modifier:
# "in evening wear", "after evening prayers", lexicon pod_noun_followers)
@rule("pod_no_article", r"(?<![\w'’])(?:{bare_pod_prepositions})[ \t]+(?P<t>(?P<pod>(?i:{bare_pod_parts})))(?![\w-])(?![ \t]+{pod_followers}\b)(?![ \t]+(?i:{pod_noun_followers})(?![\w-]))",
      6, triggers="pod",
      examples=[("2024-11-13", "The results will be declared by evening.", "evening", "2024-11-13TEV")])
def _pod_no_article(m, text):
    return M(m, "pod_no_article", "pod_time", group="t", pod=L["parts_of_day"][m["pod"].lower()], dref=None, mod="", vague_day=True)


_INSTRUCTION_START = _re(r"(?:^|[.!?\n(]|,\s*(?i:then)?|\b(?i:then|and|or))[^\S\n]*(?:\d{1,2}[.)][^\S\n]*|[-*•][^\S\n]*)?"
                         r"(?:[A-Z][\w'’ -]{0,30}:[^\S\n]*)?(?P<v>[A-Za-z]+)\b(?!['’])[^.!?\n]*$")   # (howto) not "Let's"
_INSTRUCTION_VERBS = frozenset(L["instruction_verbs"])
_SEASONAL_VERBS = frozenset(L["seasonal_instruction_verbs"])
# (howto) "Plant sale in May", "Harvest supper in October", "Harvest Festival in October": a noun, no imperative
_SEASONAL_NOUN_AFTER = _re(r"[^\S\n]+(?:[A-Z]|(?i:{seasonal_verb_nouns_after})\b)")
# (howto) the time opens its sentence or line (after a step's number or a bullet) and the imperative follows it
_OPENS_LINE = re.compile(r"(?:^|[.!?\n])[^\S\n]*(?:\d{1,2}[.)][^\S\n]*|[-*•][^\S\n]*)?\Z")
# (a comma after the time: "The next morning, tip it into a tin"; without one the word after a time opening a
# line is as often a noun it modifies: "The summer transfer window closes", "Morning run done")
_VERB_AFTER_TIME = re.compile(r",[^\S\n]*(?P<v>[A-Za-z]+)\b")
# (howto) a day the clause names before the time: "Make the dough on Friday and bake it the next day"
_DAY_NAMED = _re(r"(?:%s|\b(?i:{deictic_days})|\b(?:%s)|\d{1,2}/\d{1,2}|\b\d{1,2}(?:st|nd|rd|th)\b)[^.!?\n]{0,160}\Z" % (WEEKDAY, MONTH_FULL))


def _instruction(text: str, pos: int, end: int | None = None, verbs: frozenset = _INSTRUCTION_VERBS,
                 dated_ok: bool = True) -> bool:
    """(past) Whether the sentence (or its last clause) before ``pos`` opens on the imperative of a
    recipe or an instruction ("Feed your starter the night before", "Shape, pop it in the fridge
    overnight", "then leave it overnight"): its times belong to no particular day. Reads at most 160
    characters back. (howto) The imperative may follow a label ("Broad beans: sow ...") or "and"; with
    ``end``, a time that opens its line may have it right after ("The next morning, tip it into a
    tin"); with ``dated_ok`` False, a day named before it in the clause keeps the time on that day."""
    lo = max(0, pos - 160)
    found = False
    at = lo
    for _ in range(8):   # every clause start, not only the first ("Once mixed, leave it overnight")
        mm = _INSTRUCTION_START.search(text, at, pos)
        if mm is None:
            break
        if mm["v"].lower() in verbs and not (verbs is _SEASONAL_VERBS and _SEASONAL_NOUN_AFTER.match(text, mm.end("v"))):
            found = True
            break
        at = mm.start("v") + 1
    if not found and end is not None and _OPENS_LINE.search(text, lo, pos):
        va = _VERB_AFTER_TIME.match(text, end)
        found = va is not None and va["v"].lower() in verbs
    if found and not dated_ok and _DAY_NAMED.search(text, lo, pos):
        return False
    return found


# (conventions) "the river rose overnight", "Overnight, drones struck", "rain overnight into Tuesday":
# the adverb is the night of the day in discussion, else of the reference date (TIDES/TimeML part of
# day NI); not "stayed overnight", "an overnight stay" or "an overnight success" (no particular night)
_OVERNIGHT_IMPERATIVE_BEFORE = _re(r"(?i)\b(?:{overnight_not_after_unless_instruction})\s+\Z")
# (newswire32) "overnight into Tuesday", "worked through the night into Sunday": the night that ends on the weekday named,
# the night of the day before it (bounded: at most three blanks on each side of "into")
_NIGHT_INTO = _re(r"[ \t]{1,3}(?i:{night_into_words})[ \t]{1,3}(?P<wd>%s)(?![\w'’])" % WEEKDAY)


def _night_into(text: str, end: int) -> dict | None:
    """The day reference of a night told by the day it runs into ("overnight into Tuesday"): that weekday, a day back."""
    into = _NIGHT_INTO.match(text, end)
    return {"weekday": weekday_num(into["wd"]), "night_before": True} if into else None


@rule("overnight", r"(?P<t>(?i:{overnight_words}))(?![\w-])(?=\s*(?:[.,;:!?)]|$|(?i:{overnight_followers})\b))", 6, triggers="pod",
      reject_before=(r"(?i)\b(?:{overnight_not_after})\s+$", 14),
      examples=[("2023-03-02", "The lake froze overnight, and the council will test the ice on Saturday.", "overnight", "2023-03-02TNI"),
                ("2025-01-20", "Overnight, heavy snow closed the pass.", "Overnight", "2025-01-20TNI")])
def _overnight(m, text):
    if _OVERNIGHT_IMPERATIVE_BEFORE.search(text, max(0, m.start() - 14), m.start()) \
            and not _instruction(text, m.start(), m.end(), dated_ok=False):
        return None   # "we had to leave overnight", "let it rest overnight" told of one occasion: no particular night (as before)
    if _instruction(text, m.start(), m.end(), dated_ok=False):
        # (past) a recipe's "pop it in the fridge overnight": the night of no one day
        return M(m, "overnight", "fixed", group="t", type="TIME", value="XXXX-XX-XXTNI",
                 note="an instruction's night: of no particular day")
    return M(m, "overnight", "pod_time", group="t", pod=L["parts_of_day"][m["t"].lower()], dref=_night_into(text, m.end()), mod="",
             vague_day=True, day_before_only=True)


@rule("generic_pod", r"(?P<pre>(?i:at|by))\s+(?P<t>(?i:night))(?![\w-])|(?P<t2>(?i:night|daytime))(?=[\s-]+{night_activity_nouns})|(?P<pre3>(?i:in|during))\s+(?P<t3>(?i:daytime))(?![\w-])", 6, triggers="pod",
      examples=[
          ("2022-09-10", "The convoy moved only at night.", "night", "XXXX-XX-XXTNI")])
def _generic_pod(m, text):
    g = "t" if m["t"] else ("t2" if m["t2"] else "t3")
    code = L["parts_of_day"][m[g].lower()]
    return M(m, "generic_pod", "fixed", group=g, type="TIME", value=f"XXXX-XX-XXT{code}",
             note="a part of day in general, not of a particular day")


# ---- history4 (sixth session): parts of the day named by the light --------------------------------
@rule("bare_pod", r"(?P<pre>(?i:{bare_day_part_prepositions}))\s+(?P<t>(?i:{bare_day_parts}))(?![\w-])", 6, triggers="bare_pod",
      examples=[
          ("2016-10-14", "On 14 October 1066 the two armies met, and the fighting lasted until dusk.", "dusk", "1066-10-14TEV")])
def _bare_pod(m, text):
    pod = L["bare_day_parts"][m["t"].lower()]
    if _standing_hours_clause(text, m.start(), m.end()):
        # (aspect38, §153) "the pass closes at dusk", "the park's open till dusk": a standing hour, of no one day
        return M(m, "bare_pod", "fixed", group="t", type="TIME", value=f"XXXX-XX-XXT{pod}",
                 note="a standing hour said in the present, of no one day (rule bare_pod, aspect38)")
    return M(m, "bare_pod", "pod_time", group="t", pod=pod, dref=None, mod="", vague_day=True)


# (aspect38, §153) a verb of a standing hour in the present right before a time's preposition ("closes at dusk", "is
# open till dusk", "shuts at 4 in winter"): a place's habit; not where its sentence names a day or a word of one
# occasion (schedule_one_off_words: "closes at dusk today", "on Wednesday the gate shuts at dusk", "was closed at dusk").
# Bounded: 24 characters read back for the verb, the sentence at most _ASPECT_REACH characters either side for a day
_ASPECT_STANDING_BEFORE = _re(r"(?i)(?<![\w'’])(?:{aspect_standing_verbs})[ \t]{1,3}$")
_ASPECT_REACH = 120
_ASPECT_SENT_END = re.compile(r"[!?\n]|\.(?!\d)")
_ASPECT_DAY = _re(r"(?i)(?<![\w'’])(?:%s|{short_weekdays}|{deictic_days}|{schedule_one_off_words}|{aspect_one_day_words})(?![\w'’])|\d{1,2}(?:st|nd|rd|th)\b" % WEEKDAY)


def _standing_hours_clause(text: str, start: int, end: int, verb_end: int | None = None) -> bool:
    """Whether the time at ``start``:``end`` (its preposition first) follows a present verb of a standing hour that ends at
    ``verb_end`` (``start`` when None), in a sentence that names no day of its own."""
    v_end = start if verb_end is None else verb_end
    if _ASPECT_STANDING_BEFORE.search(text, max(0, v_end - 24), v_end) is None:
        return False
    b = max((x.end() for x in _ASPECT_SENT_END.finditer(text, max(0, start - _ASPECT_REACH), start)), default=max(0, start - _ASPECT_REACH))
    e = _ASPECT_SENT_END.search(text, end, min(len(text), end + _ASPECT_REACH))
    return _ASPECT_DAY.search(text, b, e.start() if e else min(len(text), end + _ASPECT_REACH)) is None


# (history4) "at about nine in the morning", "by four in the afternoon", "until eleven at night": an
# hour said in words with its part of the day, one TIME, after a clock cue (rule ``oclock`` reads
# "4 in the morning"; "two in the morning session" is no time)
# (informal6) "moved to the 29th, nine in the morning": the hour in apposition to a day just named;
# "I'll need a lift, nine in the morning they want me there": an hour a clause of time goes on with
# (not "take two, one in the morning and one at night": a count of pills)
_PILL_COUNTS = frozenset(("one", "two", "a"))
_TIME_TALK = re.compile(r"(?i)\s+(?:they|we|you|i|he|she|it)\s+(?:want|need|said|say|asked|ask|told|have|'ll|will|should)\b")
_AFTER_DAY_COMMA = _re(r"(?i)(?:\d(?:{ordinal_suffixes})?|{deictic_days}|%s),\s+$" % WEEKDAY)


@rule("hour_of_pod", r"(?P<h>(?i:{clock_hour_words}))\s+(?:(?i:in\s+the)\s+(?P<pod>(?i:morning|afternoon|evening))|(?i:at)\s+(?P<night>(?i:night)))(?![\w-])", 27, triggers="pod",
      examples=[
          ("2016-10-14", "On 14 October 1066 the battle began at about nine in the morning.", "nine in the morning", "1066-10-14T09:00")])
def _hour_of_pod(m, text):
    if not _OCLOCK_CUE.search(text[max(0, m.start() - 8): m.start()]) and not _AFTER_DAY_COMMA.search(text, max(0, m.start() - 16), m.start()) \
            and not (m["h"].lower() not in _PILL_COUNTS and text[max(0, m.start() - 2): m.start()] == ", " and _TIME_TALK.search(text, m.end(), m.end() + 30)):
        return None
    h = L["clock_hour_words"][m["h"].lower()]
    if m["pod"] and m["pod"].lower() != "morning" and h < 12:
        h += 12
    elif m["night"] and 6 <= h < 12:
        h += 12
    elif m["pod"] and h == 12:
        h = 0   # "twelve in the morning": midnight's hour
    return M(m, "hour_of_pod", "time", hour=h, minute=0, dref=None)


# (history4) "At 10.10 that morning a bomb was thrown": a clock time with the part of the story's
# day it falls in, one TIME (its half of the day from the part, not from other words); (history8)
# "at 11.40 at night", "at 2.20 in the morning", "at 5.30 in the afternoon" likewise
@rule("clock_that_pod", r"(?<![\d.,$£€])(?P<h>[01]?\d)[.:](?P<mi>[0-5]\d)\s+(?:(?i:that)|(?P<nxt>(?i:the\s+(?:next|following)))|(?i:in\s+the)|(?P<at>(?i:at))(?=\s+(?i:night)))\s+(?P<pod>(?i:morning|afternoon|evening|night))(?![\w-])", 29, triggers="pod",
      examples=[
          ("2014-06-28", "The archduke reached Sarajevo on 28 June 1914. At 10.10 that morning a bomb was thrown at his car.", "10.10 that morning", "1914-06-28T10:10"),
          ("2020-01-01", "The ship struck the ice on 14 April 1912 and sank at 2.20 the next morning.", "2.20 the next morning", "1912-04-15T02:20"),
          (None, "On 14 April 1912 the liner struck an iceberg at 11.40 at night.", "11.40 at night", "1912-04-14T23:40")])
def _clock_that_pod(m, text):
    h, pod = int(m["h"]), m["pod"].lower()
    if not 1 <= h <= 12:
        return None
    if pod in ("afternoon", "evening") and h < 12:
        h += 12
    elif pod == "night" and 6 <= h < 12:
        h += 12
    elif pod == "morning" and h == 12:
        h = 0
    if m["nxt"]:
        # (history5) "sank at 2.20 the next morning": that hour of the story's next day
        return M(m, "clock_that_pod", "anaphor", unit="day", offset=1, pod="", mod="", word="next", hour=h, minute=int(m["mi"]))
    return M(m, "clock_that_pod", "time", hour=h, minute=int(m["mi"]), dref=None)


@rule("pod_mod", r"(?P<mod>(?i:{edge_mods}|in\s+the\s+early|in\s+the\s+late))[\s-]+(?P<pod>(?i:morning|afternoon|evening))(?:,?\s+(?:(?i:on)\s+)?(?P<dref>%s))?(?![\w])" % DAYREF, 26, triggers="pod",
      examples=[
          ("2022-09-10", "Rockets hit the city in the late afternoon, Friday.", "late afternoon, Friday", "2022-09-09TAF")])
def _pod_mod(m, text):
    pod = L["parts_of_day"][m["pod"].lower()]
    start = m.start() + (m["mod"].lower().index("the ") + 4 if m["mod"].lower().startswith("in ") else 0)
    extra = {} if m["dref"] else {"topic_pod": True}   # (topicday35, §131) no day of its own: the talk's day may be its
    return Mention(start, m.end(), "pod_mod", "pod_time", dict(pod=pod, dref=day_ref(m["dref"]), mod=mod_code(m["mod"]), **extra), 26)


# "the year of the dragon", "the week before": a period of something else; "each year",
# "the same month": a period counted or compared; "the year ended Sept. 30": a fiscal year
_PERIOD_OF = _re(r"(?:['’]s|\s+(?:{period_followers}|-))", re.I)
_PERIOD_ENDED = _re(r"\s+(?:ended|ending|to\s+\w+\s+\d)", re.I)
_PERIOD_COUNTED = _re(r"(?i)\b{period_counters}\s+$")
_YEAR_ENDED = _re(r"\s+(?:ended|ending|through|to)\b", re.I)
_EDGE_NO_THE = _re(r"(?i)(?<![\w'’])(?P<e>(?:{period_edges}|close|rest|remainder)\s+of)\s+$")


_THE_YEAR_NUMBER = re.compile(r"\s+(?P<y>\d{1,4})(?![\d,.%]|\s*(?:per|percent|%))\b")


# (speed32) the word edge right after the period word, before the optional "ahead" (it held after both: the same
# matches, "the week ahead" or "the week"), so that reach.py reads the period word as whole ("month", not "months"):
# its lead "the" then narrows every one of them (0.053 -> 0.000 window characters per character of the news sample)
@rule("the_period", r"(?:(?P<mod>(?i:the\s+(?:very\s+)?(?:{period_edges}|close|rest|remainder|turn)\s+of|{day_mods}\s+in))\s+)?(?i:the\s+(?P<full>{whole_words}\s+)?(?P<what>year|weekend|week|month|decade|century|{the_period_short}))(?![\w-])(?P<ahead>(?<=[kK])\s+(?i:ahead)(?![\w-]))?", 7, triggers="unit", lead=(r"(?i:the)\s+(?:(?i:{whole_words})\s+)?", 64),
      examples=[
          ("2023-10-12", "The factory will close at the end of the month.", "the end of the month", "2023-10"),
          (None, "The mill opened in 1852, and by the end of the century the town had doubled.", "the end of the century", "18"),
          ("2020-03-23", "Protests spread to a dozen cities over the weekend.", "the weekend", "2020-W12-WE")])
def _the_period(m, text):
    after = text[m.end(): m.end() + 24]
    what = m["what"].lower()
    if what in L["the_period_short"]:
        # (twenty-third session, recall24) "the wknd", "end of the wk": the unit written short; not before a noun it
        # modifies ("the wknd shift", "the wkend crowd": a thing of the period)
        if _SHORT_PERIOD_NOUN.match(text, m.end()) or not _SHORT_PERIOD_PREP.search(text, max(0, m.start() - 12), m.start("what")):
            return None
        what = L["the_period_short"][what]
    if what == "weekend" and _WEEKEND_PRINT_AFTER.match(text, m.end()):
        return None   # (weeks34, §127) "the weekend papers", "the weekend supplement": a thing of print, no weekend of the calendar
    before = text[max(0, m.start() - 16): m.start()]
    if _PERIOD_OF.match(after) and not _PERIOD_ENDED.match(after) \
            and not re.match(r"\s+of\s+(?:about\s+)?[$£€#]?\d", after):  # "a high for the year of $42.875": an amount, not "the year of X"
        return None
    if _PERIOD_COUNTED.search(before):
        return None
    if _PERIOD_GENERIC.search(before):
        return None   # (eve31, §107) "what is the day of the week?": the calendar's unit, no week of it
    if m.group(0)[-4:] == "Year" and re.match(r"\s+[IVX]+\b", after):
        return None  # "the Year III": a year of the French Republican calendar, not a Gregorian one
    if what == "year" and _YEAR_ENDED.match(after):
        return M(m, "the_period", "fixed", type="DURATION", value="P1Y")
    if what == "year" and not m["full"] and (num := _THE_YEAR_NUMBER.match(text, m.end())) is not None:
        # (history7) "Early in the year 1940": the year named ("the year 1940", rule year), not the
        # story's; "in the year 47", "the year 410" (years of fewer digits after "the year")
        y = int(num["y"])
        if y >= 1000 or y == 0:
            return None
        the = m.start("what") - 4
        return Mention(the, num.end(), "the_period", "cal", dict(year=y, grain="year", mod=""), 7)
    edge = None if m["mod"] else _EDGE_NO_THE.search(text, max(0, m.start() - 20), m.start())
    if edge:   # "by end of the month", "rest of the week": the part of the period without its "the"
        return Mention(edge.start("e"), m.end(), "the_period", "the_period", dict(unit=what, mod=mod_code(edge["e"]), rest=_REST.search(edge["e"]) is not None), 7)
    if what in ("month", "decade", "century") and not m["mod"]:
        return None   # "the decade", "the century" alone: which one is not said ("the end of the century" is)
    if m["mod"] and "turn" in m["mod"].lower():
        if what != "century":
            return None
        # (history4) "by the turn of the century" in a story: the start of the century the story turns into
        return M(m, "the_period", "the_period", unit=what, mod="START", turn=True)
    return M(m, "the_period", "the_period", unit=what, mod=mod_code(m["mod"]), rest=bool(m["mod"]) and _REST.search(m["mod"]) is not None,
             **({"ahead": True} if m["ahead"] and what == "week" and not m["mod"] else {}))


# (thirtieth session) "weekend" with no article after a preposition, as Nigerian, Ghanaian, Indian, Singaporean and
# Filipino English write it ("the car will be ready by weekend", "see you on weekend", "closed over weekend"): the weekend
# as "the weekend" reads it (the one to come, or gone in a past clause); not "weekend" before a noun ("by weekend
# traffic", "on weekend shifts": lexicon bare_weekend_not_before). (Rule bare_weekend reads "wknd" alone.)
@rule("weekend_no_article", r"(?<![\w'’])(?:{bare_weekend_prepositions})[ \t]+(?P<w>(?i:weekend|wknd|wkend))(?![\w'’-])(?![ \t]+(?i:{bare_weekend_not_before})(?![\w'’]))", 7,
      triggers="unit", examples=[("2024-09-25", "Please the car will be ready by weekend.", "weekend", "2024-W39-WE")])
def _weekend_no_article(m, text):
    return Mention(m.start("w"), m.end("w"), "weekend_no_article", "the_period", dict(unit="weekend", mod="", rest=False), 7)


_PERIOD_GENERIC = _re(r"(?i)(?<![\w'’])(?:{generic_unit_heads})\s+$")   # (eve31) "the day of the week"
_REST = re.compile(r"(?i)\b(?:rest|remainder)\b")   # "the rest of the week": the week, no mod (as the gold writes it)
_WEEKEND_PRINT_AFTER = _re(r"[ \t]{1,3}(?:{weekend_print_nouns})(?![\w'’])", re.I)   # (weeks34) one word after "the weekend"
_SHORT_PERIOD_NOUN = _re(r"\s+(?:{the_period_short_nouns})(?![\w'’])", re.I)
_SHORT_PERIOD_PREP = _re(r"(?i)(?<![\w'’])(?:{the_period_short_prepositions})\s+(?:the\s+)?(?:(?:{period_edges})\s+of\s+)?the\s+(?:(?:{whole_words})\s+)?$")


# "by mid-century": the middle of the century the text is in (not "mid-century modern", a style)
@rule("mid_century", r"(?i:mid-?century)(?![\w-])(?!\s+(?i:{mid_century_styles})\b)", 7, triggers="unit", requires="century_words",
      examples=[(None, "The mill opened in 1852, and by mid-century the town had doubled.", "mid-century", "18")])
def _mid_century(m, text):
    return M(m, "mid_century", "the_period", unit="century", mod="MID")


# "morning run done", "tue: morning run", "my evening shift": a part of the day before the
# activity it names is that part of the day the sentence names (else of the reference date); not
# "every morning run", "a morning walk" (any morning), nor after a word naming the day itself
@rule("pod_activity", r"(?P<pod>(?i:{pod_activity_parts}))(?=\s+(?:{pod_activity_nouns})\b)", 6, triggers="pod",
      reject_before=(r"(?i)\b(?:{pod_activity_not_after})\s+$", 12),
      examples=[("2025-06-20", "morning run done, 10k and it was already hot", "morning", "2025-06-20TMO")])
def _pod_activity(m, text):
    return M(m, "pod_activity", "pod_time", pod=L["parts_of_day"][m["pod"].lower()], dref=None, mod="", vague_day=True)


# "wknd i'm at my parents": the weekend written short, alone, is "the weekend"
@rule("bare_weekend", r"(?P<w>{bare_weekend_words:cs})(?![\w'’-])", 6, triggers="unit",
      reject_before=(r"(?i)\b(?:{date_determiners}|{period_relations}|a|every|each|per)\s+$", 12),
      examples=[("2022-10-19", "wknd i'm at my parents but i can do a zoom", "wknd", "2022-W42-WE")])
def _bare_weekend(m, text):
    return M(m, "bare_weekend", "the_period", unit="weekend", mod="")


# (holidays35, docs §132) a bare "weekend" judged ("what a weekend", "best weekend ever": "weekend" the extent) or filled
# ("all weekend": the whole): the weekend of the talk, as "the weekend" reads it (a report or no tense the one gone, this
# one on a Saturday or a Sunday; a plan the one to come); not before a noun it modifies ("all weekend passes", "best
# weekend breaks", "the best weekend to visit"). Bounded: fixed words, runs of at most 3 blanks.
_JUDGED_NOT_BEFORE = _re(r"[ \t]{1,3}(?:{bare_weekend_not_before}|{judged_weekend_not_before})(?![\w'’-])", re.I)


@rule("judged_weekend", r"(?<![\w'’])(?:(?i:{judged_weekend_before})|(?P<all>(?i:{filled_weekend_before})))[ \t]{1,3}(?P<w>(?i:weekend|wknd|wkend))(?![\w'’-])", 6,
      triggers="unit", lead=(r"(?i:a|best|worst|all)[ \t]{1,3}", 9),
      examples=[("2025-07-20", "best weekend 🦞🦪 see you in August!", "weekend", "2025-W29-WE"),
                ("2025-07-16", "we'll be at the Summerside Lobster Carnival all weekend with a pop up", "all weekend", "2025-W29-WE")])
def _judged_weekend(m, text):
    if _JUDGED_NOT_BEFORE.match(text, m.end()):
        return None   # "all weekend passes", "best weekend breaks"
    if m["all"]:
        return M(m, "judged_weekend", "the_period", unit="weekend", mod="", rest=False)
    return M(m, "judged_weekend", "the_period", "w", unit="weekend", mod="", rest=False, judged=True)


# (informal7) "how was your weekend?", "had a lovely weekend", "have a great weekend!": a person's
# weekend, the one the talk is about (gone in the past tense, to come otherwise: as "the weekend")
@rule("personal_weekend", r"(?:(?i:{weekend_owners})\s+|(?i:{weekend_verbs})\s+(?i:a)\s+(?=(?i:{weekend_adjectives})\s))(?:(?i:{weekend_adjectives})\s+)?(?P<w>(?i:weekend|wknd))(?![\w'’-])", 6, triggers="unit",
      examples=[("2025-06-09", "had a lovely weekend, thanks for having us", "weekend", "2025-W23-WE"),
                ("2025-06-06", "have a great weekend everyone!", "weekend", "2025-W23-WE")])
def _personal_weekend(m, text):
    return M(m, "personal_weekend", "the_period", group="w", unit="weekend", mod="", personal=True)


@rule("period_end", r"(?:(?i:the)\s+)?(?P<what>(?i:month|year))['’]s\s+(?P<pos>{period_edge_mods})(?![\w-])"
      # (days, twelfth session) posts and work chats drop the article: "skint till month end", "month-end close",
      # "pay you back end of month" (the month only: "year-end" is a news adjective the dev gold reads otherwise)
      r"|(?P<what2>(?i:month))[\s-](?P<pos2>(?i:end))(?![\w-])|(?<![\w'’-])(?P<pos3>(?i:end|start|beginning))\s+(?i:of)\s+(?P<what3>(?i:month))(?![\w-])",
      8, triggers="unit", requires="period_edge_mods",
      examples=[
          ("2022-09-10", "The company expects to close the deal by year's end.", "year's end", "2022"),
          ("2025-06-04", "skint till month end lol", "month end", "2025-06"),
          ("2025-06-04", "I'll pay you back end of month", "end of month", "2025-06")])
def _period_end(m, text):
    """ "At month's end", "by year's end": the end of the month (year) the text is in."""
    what = (m["what"] or m["what2"] or m["what3"]).lower()
    mod = L["period_edge_mods"][(m["pos"] or m["pos2"] or m["pos3"]).lower()]
    return M(m, "period_end", "the_period", unit=what, mod=mod)


_ORDINAL_NOUNS = frozenset(L["ordinal_nouns"])
_ORDINAL_NAME_NOT = frozenset(L["ordinal_name_not"])   # (§215) capitalised words after "the Nth" that are no name spoken to
_STRONG_DAY_CUE = _re(r"(?i)\b(?:{ordinal_day_strong_cues})\s+$")
_DAY_PREPOSITION = _re(r"(?i)\b(?:{day_prepositions}|{ordinal_day_cues})\s+$")
_UPTO = _re(r"(?i)\b(?:{range_end_words})\s+$")
_LOOSE_DAY_BEFORE = _re(r"(?i)(?:(?:^|\n)[^\S\n]*|:\s+|(?<![\w'’])(?:{ordinal_day_loose_cues})\s+)$")
_LOOSE_DAY_NEXT = frozenset(L["ordinal_day_loose_next"])
_PLAN_DAY_NEXT = frozenset(L["ordinal_day_plan_next"])   # (numdates28) "ok the 1st works": a plan's verb after it
_ELLIPTIC_DAY_FROM = 4
_ELLIPTIC_BEFORE = re.compile(r"(?:^|[\s(])[a-z][a-z'’]*\s+$")   # a word in lower case right before "the" (a verb, "and", "or")
# (thirty-seventh session, dom38, §152) ... or the verb that opens a sentence or a line, capitalised: "Reopening the 28th
# at 11am.", "Back the 5th!" (bounded as above: 24 characters before "the")
_ELLIPTIC_HEAD = re.compile(r"(?:(?<=[.!?])[ \t]+|(?:^|(?<=\n))[^\S\n]*)[A-Z][a-z'’]+[ \t]+$")
_ELLIPTIC_NOT_BEFORE = _re(r"(?i)(?<![\w'’])(?:{ordinal_day_elliptic_not_after})\s+$")
_SHARED_HEAD = _re(r"(?i)\s*(?:,|and|or|to|-|–)\s*(?:the\s+)?\d{1,2}(?:{ordinal_suffixes:cs})\s+(?!(?:of|in)\b)(?:{ordinal_nouns})(?![\w'’])")


_RANGE_TO_DAY = _re(r"[ \t]{1,2}(?:{span_range_joiners})[ \t]{1,2}(?i:the)[ \t]{1,2}[0-3]?\d(?:{ordinal_suffixes:cs})(?![\w'’])")   # (weeks34) "to the 24th"


@rule("ordinal_day", r"(?i:the|{dialect_the_words})\s+(?P<d>[0-3]?\d){ordinal_suffixes:cs}(?=\s*(?:[,.;)?!\n]|$|[^\w\s'’.,-]|{ordinal_day_followers:cs}\b)|\s+(?P<next>[a-z][a-z'’]*|I(?![\w'’])|I['’](?:m|ll|ve|d)(?![\w'’]))|[ \t]+(?P<name>[A-Z][a-z]{1,15})(?=[ \t]*[,!?])"
      # (direction44, §246) a clock with its half of the day right after: "funeral set for the 27th 10am", "the 3rd 2.30pm"
      r"|[ \t]{1,3}(?:1[0-2]|0?[1-9])(?:[.:][0-5]\d)?[ \t]?(?i:am|pm)(?![\w'’]))", 16, triggers="ordinal",
      examples=[
          (None, "The siege began on 3 March 1915. The attack came on the 20th, and failed.", "the 20th", "1915-03-20"),
          ("2023-05-26", "stats exam was june 2nd, now it says the 5th", "the 5th", "2023-06-05"),
          ("2025-09-30", "the update that came out on the 22nd broke everything", "the 22nd", "2025-09-22"),
          # (daymonth30, §105) after "then", the first such day after the date just told
          ("2026-06-15", "every 2nd Sat so Sat 20th then the 4th", "the 4th", "2026-07-04")])
def _ordinal_day(m, text):
    """ "The enemy's onslaught on the 20th", "moved to the 14th": a day of the month the story
    or the text is in."""
    d = int(m["d"])
    if not 1 <= d <= 31:
        return None
    if m["name"] and (m["name"].lower() in _ORDINAL_NOUNS or m["name"].lower() in L["months"]
                      or m["name"].lower() in L["weekdays"] or m["name"].lower() in _ORDINAL_NAME_NOT):
        # (the lead, forty-first session, §215) "5 left on the 22nd Kirsty, DM me": a name spoken to after the day, then
        # a comma, ends the phrase; not "the 5th Battalion,", "the 4th July," (a noun or a month of its own)
        return None
    if (sh := _SHARED_HEAD.match(text, m.end())) is not None and not (sh.group(0).endswith(" or") and _RANGE_TO_DAY.match(text, m.end())):
        # ((weeks34) not a lower-case "or" after a range of days: "the 1st to the 24th or to the 25th?" (an "OR" is a theatre))
        return None   # (recall) "between the 19th and 20th centuries": ordinals sharing a noun after them
    if not _DAY_PREPOSITION.search(text[max(0, m.start() - 14): m.start()]):   # ((thirtieth session) 14: "instead of ")
        # (informal6) a chat's day of the month without a preposition: "ideally the 1st as my lease
        # ends", "I'm off the 14th for a few days", "the 12th I think": after a word that asks for
        # a day or at the head of a message, before no noun ("the 5th floor", "the 3rd time")
        sfx = m.end("d") + len(_SUFFIX_LETTERS.match(text, m.end("d")).group())
        if _RANGE_TO_DAY.match(text, m.end()) or (
                (pr := _ORDINAL_RANGE_PARTNER.match(text, sfx)) is not None and int(pr["d2"]) > d):
            # (weeks34, §127; the lead, §128) "is the run the 1st to the 24th?": the first end of a range of days of the
            # month, whose end is another "the Nth" (not "the 1st and 2nd team")
            return M(m, "ordinal_day", "ordinal_day", day=d, upto=False)
        if _ORDINAL_ALT_PARTNER.match(text, sfx) is not None:
            # (the lead, fortieth session, §197) "is it the 2nd or the 3rd?", "definitely the 1st and not the 31st?": the
            # first of two days of the month said as alternatives (its partner ends the phrase: not "the 1st or 2nd team")
            return M(m, "ordinal_day", "ordinal_day", day=d, upto=False)
        if (not m["next"] or m["next"].lower() in _ECHO_DAY_NEXT) and _echoes_a_day(text, m.start(), d):
            # (thirty-seventh session, dom38, §152) a day of the month said again just after a message named it: "Can you
            # do Friday the 8th? / Works for me. The 8th it is", "my birthday is on the 21st / omg u remembered the 21st
            # yes!!": with no word before it asking for a day, the echo of the day named (its value, ``resolve``'s
            # ``named_mdays``)
            return M(m, "ordinal_day", "ordinal_day", day=d, upto=False)
        if m["next"] and m["next"].lower() not in _LOOSE_DAY_NEXT:
            return None
        if not (m["next"] and m["next"].lower() in _PLAN_DAY_NEXT) and not _LOOSE_DAY_BEFORE.search(text, max(0, m.start() - 16), m.start()) and (
                d < _ELLIPTIC_DAY_FROM or not (_ELLIPTIC_BEFORE.search(text, max(0, m.start() - 24), m.start())
                                               or _ELLIPTIC_HEAD.search(text, max(0, m.start() - 24), m.start()))
                or _ELLIPTIC_NOT_BEFORE.search(text, max(0, m.start() - 24), m.start())):
            # (thirteenth session, recall) or "the Nth" with no noun after it, the object of a verb or after
            # "and"/"or" ("I'll cancel the 23rd and the 30th", "can anyone cover the 6th?", "the cleaners
            # are coming the 29th at 9"): a day of the month; not a list's "the 1st"-"the 3rd" ("I liked the
            # 2nd more"), not after a name ("Henry the 8th") nor "in"/"of"/"at" ("scored in the 89th", "the
            # end of the 19th", "at the 12th"), lexicon ordinal_day_elliptic_not_after)
            return None
        return M(m, "ordinal_day", "ordinal_day", day=d, upto=False)
    if m["next"] and (m["next"].lower() in _ORDINAL_NOUNS or not (_STRONG_DAY_CUE.search(text[max(0, m.start() - 10): m.start()])
                                                                   or m["next"].lower() in _LOOSE_DAY_NEXT
                                                                   or _ORDINAL_RANGE_START.search(text, max(0, m.start() - 16), m.start()))):
        return None  # "on the 5th floor", "the 3rd attempt": an ordinal, not a day ((days) "was the 4th I think": a day)
    sfx = m.end("d") + len(_SUFFIX_LETTERS.match(text, m.end("d")).group())
    if (rel := _MONTH_AFTER_DAY.match(text, sfx)) is not None:
        # (days, twelfth session) "paying on the 30th this month", "the 5th next month": the day of the month named right
        # after it, counted from the day of writing (as "the 2nd of next month"; was the month last mentioned)
        return Mention(m.start(), sfx, "ordinal_day", "nth_weekday",
                       dict(n=0, weekday=None, day=d, month=None, year=None, shift=_MONTH_SHIFT[rel["rel"].lower()]), 16)
    # "runs from Dec 15th until the 2nd": the end of a range
    # ((daymonth30, §105) "Tues 14th then the 28th": after a sequence's word, the first such day after the date just told)
    if (ya := _YEAR_AFTER_DAY.match(text, sfx)) is not None:
        # (thread42, §205) "the puffins were in by the 20th last year", "we were full on the 3rd next year too": a year word
        # right after the day dates it, the month the nearest such day's (``resolve``: the past is the year's, not the month's)
        return M(m, "ordinal_day", "ordinal_day", day=d, upto=False, year_after=_MONTH_SHIFT[ya["rel"].lower()])
    return M(m, "ordinal_day", "ordinal_day", day=d, upto=_UPTO.search(text, max(0, m.start() - 8), m.start()) is not None,
             **({"after_last": True} if _THEN_BEFORE.search(text, max(0, m.start() - _THEN_REACH), m.start())
                or _BOOKED_FOR_BEFORE.search(text, max(0, m.start() - _BOOKED_FOR_REACH), m.start()) else
                {"with_last": True} if _ALT_BEFORE.search(text, max(0, m.start() - _THEN_REACH), m.start()) else {}))


# (thirty-seventh session, dom38, §152) an echo: "the Nth" with no word before it asking for a day is one where the text
# named that day of the month as a date shortly before (a weekday or a month with it, or "on/by/from ... the Nth") and
# the word after it, if any, agrees or ends the echo (lexicon ordinal_day_echo_next: "it (is)", "yes", "then", "works").
# Bounded: _ECHO_REACH characters before it are read, once, by one pattern; not after a word that makes it an ordinal
# of a list or a name ("finished the 8th", "Henry the 8th": lexicon ordinal_day_elliptic_not_after)
_ECHO_DAY_NEXT = frozenset(L["ordinal_day_echo_next"])
_ECHO_REACH = 400
_ECHO_NAMED = _re(r"(?:(?:%s|(?i:{short_weekdays})\.?|%s)\.?,?[ \t]{1,3}(?:(?i:the)[ \t]{1,3})?(?P<a>[0-3]?\d)(?:{ordinal_suffixes:cs})?"
                  r"|(?<![\w.,$£€])(?P<b>[0-3]?\d)(?:{ordinal_suffixes:cs})?[ \t]{1,3}(?:(?i:of)[ \t]{1,3})?%s"
                  r"|(?<![\w'’])(?i:{day_prepositions}|{ordinal_day_cues})[ \t]{1,3}(?i:the)[ \t]{1,3}(?P<c>[0-3]?\d)(?:{ordinal_suffixes:cs}))(?![\w'’])"
                  % (WEEKDAY, MONTH, MONTH))


def _echoes_a_day(text: str, start: int, d: int) -> bool:
    lo = max(0, start - _ECHO_REACH)
    if _ELLIPTIC_NOT_BEFORE.search(text, max(0, start - 24), start):
        return False
    return any(int(e["a"] or e["b"] or e["c"]) == d for e in _ECHO_NAMED.finditer(text, lo, start))


# (lead, thirty-third session) the end of a range of days right after "the Nth": "to the 24th", "till the 25th"
# (bounded: three blanks on each side of the word, two digits)
# (lead) ... and its start right before the end: "half term is the 27th to the 31st right?" (bounded: 16 characters back)
_ORDINAL_RANGE_START = _re(r"\d{ordinal_suffixes:cs}[ \t]{1,3}(?i:to|till|til|until|thru|through)[ \t]{1,3}$")
# (the lead, fortieth session, §197) "the 2nd or the 3rd?", "the 1st and not the 31st?": a second day of the month joined as an
# alternative or a correction, ending its phrase (bounded: blanks at most 3 each side of the joiner)
_ORDINAL_ALT_PARTNER = _re(r"[ \t]{0,3}(?i:{ordinal_day_alt_joiners})[ \t]{1,3}(?i:the)[ \t]{1,3}[0-3]?\d{ordinal_suffixes:cs}"
                           r"(?=[ \t]*(?:[,.;)?!\n]|$))")
_ORDINAL_RANGE_PARTNER = _re(r"[ \t]{1,3}(?i:to|till|til|until|thru|through)[ \t]{1,3}(?i:the)[ \t]{1,3}(?P<d2>[0-3]?\d){ordinal_suffixes:cs}(?![\w'’])")


# (daymonth30) a sequence's word right before "the Nth" ("then the 28th"), or an alternative's ("or the 18th"): bounded,
# _THEN_REACH characters before it
_THEN_BEFORE = _re(r"(?i)(?<![\w'’])(?:{ordinal_day_then_words}),?[ \t]{1,3}$")
_ALT_BEFORE = _re(r"(?i)(?<![\w'’])(?:{ordinal_day_alternative_words})[ \t]{1,3}$")
_THEN_REACH = 16
# (thread42, §205) a booking's day after "for" when the sentence told the day of booking before it: "Booked on New Year's
# Day for the 3rd", "rang on Monday and booked for the 14th": the first such day after the day of booking (``after_last``,
# read only where the date told just before is in the same sentence); bounded: _BOOKED_FOR_REACH characters before, no
# clause mark between the verb and "for"
_BOOKED_FOR_BEFORE = _re(r"(?i)(?<![\w'’])(?:{booking_verbs})(?![\w'’])[^.!?;:\n]{1,48}?(?<![\w'’])(?:{booking_prepositions})[ \t]{1,3}$")
_BOOKED_FOR_REACH = 64
# (thread42, §205) a year word right after a day of the month: "by the 20th last year" (lexicon clause_year_relations)
_YEAR_AFTER_DAY = _re(r"[ \t]{1,3}(?P<rel>(?i:{clause_year_relations}))[ \t]{1,3}(?i:year|yr)(?![\w'’])")


# (fresh16, eighteenth session) two days of the month joined, the second without its "the": "we were closed on the
# 25th and 26th", "back the 5th or 6th", "CLOSED 25th – 28th", "off 3rd-5th": each a day of the month (the
# second the end of a range after a dash or "to"). Only an ascending pair, before a stop, a line's end or a
# word that leaves a day ("the 25th and 26th so ...", not "the 1st and 2nd team", "5th-6th grade": _LOOSE_DAY_NEXT),
# and without "the" only after a word of a day ("closed", "off", "from" ...: lexicon ordinal_pair_cues,
# day_prepositions) or at a line's head
_PAIR_BEFORE = _re(r"(?i)(?:(?:^|\n)[^\S\n]*|:\s+|(?<![\w'’])(?:{ordinal_pair_cues}|{day_prepositions})\s+)$")


@rule("ordinal_day_pair", r"(?P<the>(?i:the)\s+)?(?P<d1>[0-3]?\d){ordinal_suffixes:cs}(?P<conn>[ \t]*[-–][ \t]*|[ \t]*&[ \t]*|\s+(?i:and|or|to|till|til|until)\s+)"
      r"(?P<d2>[0-3]?\d)(?P<sfx2>{ordinal_suffixes:cs})(?=\s*(?:[,.;:)?!\n]|$|[^\w\s'’.,-])|\s+(?P<next>[A-Za-z][a-z'’]*))", 17, triggers="ordinal",
      examples=[("2025-12-29", "Sorry, we were closed on the 25th and 26th so the team got two days off", "26th", "2025-12-26"),
                ("2025-12-18", "Christmas Eve: open till 12\nwe're away 27th – 30th, back Wed 31st", "30th", "2025-12-30")])
def _ordinal_day_pair(m, text):
    d1, d2 = int(m["d1"]), int(m["d2"])
    if not 1 <= d1 < d2 <= 31:
        return None
    if m["next"] and m["next"].lower() not in _LOOSE_DAY_NEXT:
        return None   # "the 1st and 2nd team", "5th-6th grade": ordinals of a noun
    if not m["the"] and not _PAIR_BEFORE.search(text, max(0, m.start() - 16), m.start()):
        return None
    upto = m["conn"].strip().lower() in ("-", "–", "to", "till", "til", "until")
    first = Mention(m.start(), m.end("d1") + 2, "ordinal_day_pair", "ordinal_day", dict(day=d1, upto=False), 17)
    return [first, Mention(m.start("d2"), m.end("sfx2"), "ordinal_day_pair", "ordinal_day", dict(day=d2, upto=upto), 17)]


_MONTH_AFTER_DAY = re.compile(r"\s+(?P<rel>this|next|last)\s+month(?![\w'’])", re.I)
_SUFFIX_LETTERS = re.compile(r"[^\W\d_]*")


# (history5) "by the evening of the 1st", "on the night of the 14th": that part of a day of the month
# the story is in
@rule("pod_of_ordinal", r"(?i:the)\s+(?:(?i:early|late)\s+)?(?P<pod>(?i:{day_parts}))\s+(?i:of)\s+(?i:the)\s+(?P<d>[0-3]?\d){ordinal_suffixes:cs}(?![\w])", 27, triggers="pod",
      examples=[(None, "The offensive opened on 1 July 1916. By the evening of the 1st the line had broken.", "the evening of the 1st", "1916-07-01TEV")])
def _pod_of_ordinal(m, text):
    d = int(m["d"])
    if not 1 <= d <= 31:
        return None
    return M(m, "pod_of_ordinal", "ordinal_day", day=d, upto=False, pod=L["parts_of_day"][m["pod"].lower()])


_DATE_INLINE = r"(?:(?P<d1>[0-3]?\d){ordinal_suffixes:cs}?\s+(?:of\s+)?(?P<m1>%s)|(?P<m2>%s)\s*(?P<d2>[0-3]?\d){ordinal_suffixes:cs}?(?![\d:]))(?:,?\s+(?P<y>%s))?" % (MONTH, MONTH, YEAR)


@rule("pod_of_date", r"(?P<pre>(?i:early\s+in\s+|late\s+in\s+))?(?i:the)\s+(?:(?i:early|late)\s+)?(?P<pod>(?i:{day_parts}|dawn))(?:\s+(?i:hours))?\s+(?i:of)\s+(?:(?P<wd>%s),?\s+)?%s(?![\w])" % (WEEKDAY, _DATE_INLINE), 27, triggers="pod",
      examples=[
          ("2022-09-10", "The strike came in the early morning of 24 February.", "the early morning of 24 February", "2022-02-24TMO")])
def _pod_of_date(m, text):
    day = int(m["d1"] or m["d2"])
    if not 1 <= day <= 31:
        return None
    mon = month_num(m["m1"] or m["m2"])
    pod = L["parts_of_day"][m["pod"].lower()]
    return M(m, "pod_of_date", "cal", year=_year(m["y"]), month=mon, day=day, grain="day", pod=pod)


# (history5) "the night of 14–15 April 1912", "the night of 9/10 November": one night, the one that
# begins on the first day (TimeML tags the phrase once, as that day's night)
@rule("night_of_days", r"(?i:the)\s+(?i:night)\s+(?i:of)\s+(?P<d1>[0-3]?\d)(?:{ordinal_suffixes:cs})?\s*[-–/]\s*(?P<d2>[0-3]?\d)(?:{ordinal_suffixes:cs})?\s+(?P<mon>%s)(?:,?\s+(?P<y>%s))?(?![\w])" % (MONTH_FULL, YEAR), 28,
      triggers="pod",
      examples=[("2020-01-01", "She struck the iceberg on the night of 14–15 April 1912.", "the night of 14–15 April 1912", "1912-04-14TNI")])
def _night_of_days(m, text):
    d1, d2 = int(m["d1"]), int(m["d2"])
    if not 1 <= d1 <= 31 or d2 != d1 + 1:
        return None
    return M(m, "night_of_days", "cal", year=_year(m["y"]), month=month_num(m["mon"]), day=d1, grain="day", pod="NI")


@rule("month_and_month_year", r"(?P<mon1>%s)(?:\s+{range_words}\s+|\s*[-–—]\s*)(?P<mon2>%s),?\s+(?P<year>%s)(?![\w])" % (MONTH_FULL, MONTH_FULL, YEAR), 20, triggers="month",
      examples=[
          ("2022-09-10", "Sales fell in November and December 2021.", "November", "2021-11")])
def _month_and_month(m, text):
    y = int(m["year"])
    m1, m2 = month_num(m["mon1"]), month_num(m["mon2"])
    y1 = y - 1 if m1 > m2 else y
    return [Mention(m.start("mon1"), m.end("mon1"), "month_and_month_year", "cal", dict(year=y1, month=m1, grain="month"), 20),
            Mention(m.start("mon2"), m.end(), "month_and_month_year", "cal", dict(year=y, month=m2, grain="month"), 20)]


@rule("season_and_season_year", r"(?:(?i:the)\s+)?(?P<s1>%s)\s+(?:{season_connectors}|[-–—])\s+(?:(?i:early|late)\s+)?(?P<s2>%s)\s+(?:(?i:of)\s+)?(?P<year>%s)(?![\w])" % (SEASON, SEASON, YEAR), 20, triggers="season",
      examples=[
          ("2022-09-10", "The dam was built in the spring and summer of 1936.", "the spring", "1936-SP")])
def _season_and_season(m, text):
    y = int(m["year"])
    c1, c2 = L["seasons"][m["s1"].lower()], L["seasons"][m["s2"].lower()]
    return [Mention(m.start(), m.end("s1"), "season_and_season_year", "season", dict(season=c1, year=y, rel=None, mod=""), 20),
            Mention(m.start("s2") - (len(m.group(0)) - len(m.group(0).lstrip())), m.end(), "season_and_season_year", "season",
                    dict(season=c2, year=y, rel=None, mod=""), 20)]


@rule("week_of_month", r"(?i:the)\s+(?:(?P<ord>{week_ordinals})|(?P<od>[1-4])(?:{ordinal_suffixes:cs}))\s+(?P<unit>{month_parts})\s+(?i:of|in)\s+(?P<mon>%s)(?:,?\s+(?P<year>%s))?(?![\w])" % (MONTH_FULL, YEAR), 22, triggers="month",
      examples=[
          ("2022-09-10", "Talks resume in the first week of October.", "the first week of October", "2022-W40"),
          # (weeks34, §127) "in" a month as "of" (was "the last week" the week before, and the month apart)
          ("2025-07-20", "we're going the last week in August", "the last week in August", "2025-W35")])
def _week_of_month(m, text):
    # ((numdates28) "the 3rd week of June": the digits as the word)
    n = int(m["od"]) if m["od"] else L["week_ordinals"][m["ord"].lower()]
    return M(m, "week_of_month", "week_of_month", n=n, month=month_num(m["mon"]), year=_year(m["year"]),
             unit=m["unit"].lower().replace("-", ""))


# ---- clock times -----------------------------------------------------------------------------
@rule("clock", r"(?:(?P<approx>{clock_approximators})\s+)?(?<![\d.:$£€,])(?P<h>[01]?\d)(?:[:.]?(?P<mi>[0-5]\d)(?::[0-5]\d)?)?\s*(?P<ap>%s)(?P<tz>%s)?(?:,?[^\S\n]+(?:(?i:on)\s+)?(?P<dref>%s))?" % (AMPM, TZ, DAYREF), 28, triggers="ampm",
      examples=[
          ("2021-01-06", "The blaze was reported around 4 a.m. Wednesday.", "around 4 a.m. Wednesday", "2021-01-06T04:00"),
          ("2008-11-04", "Polls opened at 7 a.m. and lines formed quickly.", "7 a.m.", "2008-11-04T07:00"),
          ("2025-03-05", "Went to Leeds on Saturday for the gig. Got in at 3am.", "3am", "2025-03-02T03:00")])
def _clock(m, text):
    h = int(m["h"])
    if not 1 <= h <= 12:
        return None
    mi = int(m["mi"] or 0)
    pm = m["ap"][0].lower() == "p"
    h = (h % 12) + (12 if pm else 0)
    if not pm and h < _SC_SMALL_END and not m["dref"] and not m["approx"] \
            and _TILL_SMALL_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        # (dayrange30, §103) "Saturday the bar's open till 2am": the end of a named day's night, the day after's small hours
        # (``resolve._time``: only where the sentence names the day)
        return M(m, "clock", "time", hour=h, minute=mi, dref=None, till_small=True)
    if not pm and h < _SC_SMALL_END and not m["dref"] \
            and _HOME_SMALL_BEFORE.search(text, max(0, m.start() - _HOME_SMALL_REACH), m.start()):
        # (clockday33, §118) "Went to Leeds on Saturday for the gig. Got in at 3am.": coming home or going to bed in the
        # small hours; ``resolve._time`` puts it in the night of a day gone the sentence before names
        return M(m, "clock", "time", hour=h, minute=mi, dref=None, home_small=True)
    return M(m, "clock", "time", hour=h, minute=mi, dref=day_ref(m["dref"]))


_TILL_SMALL_BEFORE = _re(r"(?i)(?<![\w'’])(?:{small_hour_till_words})[ \t]+$")
# bounded: at most two links of one blank each after the words, read in a window of _HOME_SMALL_REACH characters
_HOME_SMALL_BEFORE = _re(r"(?i)(?<![\w'’])(?:{small_hour_return_words})[ \t](?:(?:{small_hour_return_links})[ \t]){1,2}$")
_HOME_SMALL_REACH = 32
_SMALL_HOUR_CUE = _re(r"(?i)(?<![\w'’])(?:{small_hour_cues})(?![\w'’])")
# (nineteenth session, left20a) "sehri ends 4:12, iftar 6:45": an evening's event named right before the time, in its
# clause, keeps it the afternoon's though a word of the small hours is near (lexicon evening_event_cues)
_EVENING_EVENT_BEFORE = _re(r"(?i)(?<![\w'’])(?:{evening_event_cues})(?![\w'’])[^.,;!?\n\d]{0,20}$")


# (thirty-second session) "Rocked up at 2:40", "turned up at 3:15": a verb of arriving before "up at" makes the
# phrase an arrival, not a waking (lexicon arrival_up_verbs); "I was up at 4:45" stays the small hours'
_ARRIVAL_UP_BEFORE = _re(r"(?i)(?<![\w'’])(?:{arrival_up_verbs})[ \t]{1,3}$")


def _small_hour_near(text: str, start: int, end: int, lo: int = 0, hi: int | None = None) -> bool:
    """A word of the small hours within 60 characters before the clock time at ``start``..``end`` or 40 after it,
    and no evening's event named right before it."""
    hi = len(text) if hi is None else hi
    for c in _SMALL_HOUR_CUE.finditer(text, max(lo, start - 60), min(hi, end + 40)):   # a 100-character window
        if c.group(0)[:2].lower() == "up" and _ARRIVAL_UP_BEFORE.search(text, max(0, c.start() - 14), c.start()):
            continue
        return not _EVENING_EVENT_BEFORE.search(text, max(lo, start - 24), start)
    return False


def _evening_event_before(text: str, start: int, lo: int = 0) -> bool:
    """An evening's event named right before the clock time at ``start`` ("iftar at 6:45", "sunset 8:10")."""
    return bool(_EVENING_EVENT_BEFORE.search(text, max(lo, start - 24), start))


# (clock39, docs/informal-time.md §159) a dotted h.mm after a preposition of a clock, outside a story: its preposition
# (lexicon dotted_clock_prepositions, not a verb of a market's "opens at 4.15"), no word of a score, a record or a race
# before it (clock24_bare_not_after, "the record at 8.51"), no measure before "by" ("down by 2.45"), no price's word after
# it ("at 2.50 a pint"; a price's word before it is refused by the rule itself); windows of 24 characters before the
# preposition and the words right after the time
_DOT_PREPS = frozenset(L["dotted_clock_prepositions"])
_DOT_PLAIN_NOT_BEFORE = _re(r"(?i)\s*(?:(?:{colon_clock_not_before}|{scheduled_clock_not_before})(?![\w'’])|(?:{dotted_clock_rate_words})[ \t]+[^\W\d])")


def _dotted_plain_clock(m, text: str) -> bool:
    """Whether the dotted time of a ``clock24`` match is a clock of a chat or a plan, not only of a story."""
    prep = text[m.start():m.start("t")].split()
    if not prep or prep[0].lower() not in _DOT_PREPS or m["apx"]:
        return False
    before = max(0, m.start() - 24)
    if _C24_NOT_AFTER.search(text, before, m.start()) or _CH_DEADLINE.search(text, max(0, m.start() - 40), m.start()):
        return False   # (and not a deadline's close, either half: "competition closes at 9.30", §146)
    if prep[0].lower() == "by" and _BY_MEASURE.search(text, max(0, m.start() - 16), m.start()):
        return False
    return not (_DOTTED_PRICE_AFTER.match(text, m.end("mi")) or _DOT_PLAIN_NOT_BEFORE.match(text, m.end("mi")))


@rule("clock24", r"(?:{clock_prepositions}\s+(?:(?P<apx>{bare_hour_approximators})\s+)?)(?P<t>(?<![\d.:$£€,])(?P<h>[0-2]?\d)(?P<sep>[:h.])(?P<mi>[0-5]\d)(?![\d:])(?P<tz>%s)?(?:,?\s+(?:(?i:on)\s+)?(?P<dref>%s))?)" % (TZ, DAYREF), 27, triggers="colon dot",
      examples=[
          ("2022-09-10", "The shelling stopped at 14:30 local time.", "14:30", "2022-09-10T14:30"),
          (None, "On 1 June 1912 the ship reached the ice. By 10.20 the men were ashore, and at about 11.45 the captain followed.", "11.45", "1912-06-01T11:45")])
def _clock24(m, text):
    h, mi = int(m["h"]), int(m["mi"])
    if h > 23:
        return None
    if m["apx"] and m["sep"] == "h":
        return None   # ("at about 14h30")
    # ((fresh17) "the call comes at like 05:30", "at about 17:30", "at around 5:30": an approximator between the
    # preposition and a colon time, the time APPROX (was none: no other rule read them))
    story = m["sep"] == "."
    if story and (not _DOTTED_CLOCK_END.match(text, m.end("mi"))
                  or _BARE_MONEY.search(text, max(0, m.start() - 40), m.start("t"))):
        return None   # "fell by 2.5 per cent", "shares closed at 4.15": no clock time
    # "until 09:30 BST Monday": the day written after the time is its day
    # ((history8) "reached the ice at 5.30", "By 10.20 the men were ashore": a time written with a point
    # and no am/pm is one only in a story (``resolve``: in news "closed at 8.40" is a price more often)
    # (the story's reading yields to every other rule's for the same words: "see you fri, at 8.40")
    # (sift) "a slot at 2.15 on tuesday", "can do 3:30": an hour of 1 to 6 with no am/pm and no word of
    # the small hours near is the afternoon's outside a story (resolve: ``small_pm``)
    small_pm = 1 <= h < _PM_BELOW and not m["h"].startswith("0") \
        and not _small_hour_near(text, m.start(), m.end())
    if 1 <= h < 12 and not m["h"].startswith("0") and _evening_event_before(text, m.start()):
        h, small_pm = h + 12, False   # (left20a) "iftar at 6:45", "maghrib at 8:05": the evening's, whatever time was said before
    # (clock39, §159) "thrown up at 10.30 at the Cross", "get here by 7.30 as it gets busy", "won by the Uppies at 5.52": a
    # dotted h.mm after a preposition of a clock (lexicon dotted_clock_prepositions) is a clock outside a story too, where
    # no word of a price, a measure or a race's length stands before it and no price's word after it
    plain = story and not m["dref"] and _dotted_plain_clock(m, text)
    return M(m, "clock24", "time", group="t", priority=1 if story and not m["dref"] else 0, hour=h, minute=mi,
             dref=day_ref(m["dref"]), h12=h < 12 and not m["h"].startswith("0"),   # "11:40" may be an evening's, "09:30" is not
             # (§183) "12:20" may be past midnight too: "now landing 12:20" written at 23:02, "till 12:30" after 8pm
             loose=1 <= h <= 12 and not m["h"].startswith("0"), story_only=story and not m["dref"] and not plain, small_pm=small_pm,
             **({"mod": "APPROX"} if m["apx"] and m["sep"] == ":" else {}))



# (nineteenth session, left20a) "iftar today is 6:01", "Sehri 4:45", "fajr tmrw: 5:15", "sunset - 8:10": the time of an event
# of the dawn or of the evening (the meals and prayers of a fast, sunrise, sunset; lexicon dawn_event_cues,
# evening_event_cues) told right after its name, with no preposition: a TIME, the dawn's as written, the evening's
# 12 hours on; on the day said between them, or the sentence's. ("iftar at 6:45" is clock24's.)
@rule("event_clock", r"(?P<w>(?i:{dawn_event_cues}|{evening_event_cues}))(?:\s+(?P<dref>(?i:{deictic_days})))?"
      r"(?:\s+(?i:is|will\s+be|=)|[ \t]*[:=–-])?[ \t]+(?P<t>(?<![\d.:$£€,/])(?P<h>1[0-2]|0?[1-9]):(?P<mi>[0-5]\d))(?![\d:]|\s*(?:%s))" % AMPM,
      24, triggers="colon",
      examples=[("2026-03-05", "Sehri ends 5:02 tomorrow, iftar today is 6:01.", "6:01", "2026-03-05T18:01")])
def _event_clock(m, text):
    h, mi = int(m["h"]), int(m["mi"])
    evening = m["w"].lower() in _EVENING_EVENTS
    if evening and h < 12:
        h += 12
    return M(m, "event_clock", "time", group="t", hour=h, minute=mi, dref=day_ref(m["dref"]), h12=False, loose=False,
             small_pm=False)


_EVENING_EVENTS = frozenset(w.lower() for w in L["evening_event_cues"])

# (tweets) a 24-hour time with its day right after it and no preposition before: a weather warning's
# "from 18:00 Wed to 09:00 Thu", "Yellow warning: 06:00 Sat to 21:00 Sun", a timetable's "14:30 Friday":
# one TIME on that day (with "at" before it, rule clock24's)
@rule("clock24_day", r"(?<![\d.:$£€,/])(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)[ \t]+(?P<dref>%s)(?![\w'’])" % DAYREF, 26,
      triggers="colon",
      examples=[("2025-12-31", "Yellow warning for wind: 18:00 Wed to 09:00 Thu.", "09:00 Thu", "2026-01-01T09:00")])
def _clock24_day(m, text):
    ref = day_ref(m["dref"])
    if ref is None or "unread" in ref:
        return None
    h = int(m["h"])
    end = m.end() - 1 if m.group(0).endswith(".") else m.end()   # "09:00 Thu." at a sentence's end
    return Mention(m.start(), end, "clock24_day", "time",
                   dict(hour=h, minute=int(m["mi"]), dref=ref, h12=h < 12 and not m["h"].startswith("0"), loose=False), 26)


# (eleventh session, clock) "a 14:20 finishing 23:50", "handover is now 07:45 not 08:00": a 24-hour time
# of two digits with a colon after an article, a copula, a shift's word (lexicon _doc_clock24_bare); the other
# rules' readings win (a race time, a stamp, a train's name, "at 14:30")
_C24_NOT_AFTER = _re(r"(?i)\b(?:{clock24_bare_not_after})\W{0,3}$")
_C24_RANGE_AFTER = re.compile(r"[ \t]*(?:[-–]|to|till|til|until)[ \t]*[0-2]\d:[0-5]\d(?![\d:])", re.I)   # "22:00 to 06:00"
# (forums2) or a year and a comma: a stamp's "12 Sep 2025, 21:40" (joined with its date: tagger._stamp_pair)
_C24_CUE = _re(r"(?i)(?<![\w'’])(?:{clock24_bare_cues})[ \t]+$|[-–][ \t]*$|(?<!\d)\d{4},[ \t]*$")
_C24_NOT_BEFORE = re.compile(r"\s*(?:mins?\b|minutes\b|/|pace\b|split\b|secs?\b|[-–]\s*\d{1,2}:\d\d:)", re.I)


# ((platforms27) a colon after the time that ends a header's line is punctuation, not seconds: a forum's quote header
# "gary wrote on 5 May 2025, 21:30:"; "21:30:15" still is no such time)
@rule("clock24_bare", r"(?<![\d.:$£€,/])(?P<h>[01]\d|2[0-3]):(?P<mi>[0-5]\d)(?!\d|:[^\s]|\s*(?:%s))" % AMPM, 20, triggers="colon",
      requires="", examples=[("2025-10-05", "I've got a 14:20 finishing 23:50, swap?", "23:50", "2025-10-05T23:50"),
                             ("2025-05-07", "gary wrote on 5 May 2025, 21:30:\nthe lens is back", "5 May 2025, 21:30", "2025-05-05T21:30")])
def _clock24_bare(m, text):
    if _C24_NOT_AFTER.search(text, max(0, m.start() - 16), m.start()) or _C24_NOT_BEFORE.match(text, m.end()) \
            or not (_C24_CUE.search(text, max(0, m.start() - 12), m.start()) or _C24_RANGE_AFTER.match(text, m.end())):
        return None
    cue = _CLOCK_LENGTH_BEFORE.search(text, max(0, m.start() - 16), m.start())
    if cue is not None and cue.group(1).lower() not in _CLOCK_LENGTH_VERBS:
        return None   # "finished in 23:50": rule clock_duration's ("shift is 22:00" is a time)
    h = int(m["h"])
    return M(m, "clock24_bare", "time", hour=h, minute=int(m["mi"]), dref=None, h12=False, loose=False, not_story=True)


# (twenty-first session, hours22) an h:mm time of 1-12 with a colon and no am/pm, no preposition: "meet 6:45 at the
# gate", "pickup 7:15 as usual?", "stuck on a call till 9:40", "the usual 7:15" (a habit's), or opening its clause
# before a word of assent or of a start: "7:15 works for me", "ok 6:30 it is", "7:45 start". A cue word right before
# (lexicon colon_clock_cues) or, at a clause's start, one right after (colon_clock_followers); never after a word of
# a score, a verse, a pace or a ratio (clock24_bare_not_after), before a unit or a pace ("7:15 a mile", "7:15/km"),
# after money. Each half of the day as for "at 7:15" (rule clock24): 1-6 the afternoon's, 7-11 by the words around.
_COLON_CUE = _re(r"(?i)(?<![\w'’])(?P<c>{colon_clock_cues})[ \t]+$")
_COLON_OPEN = _re(r"(?i)(?:^|[\n,.!?;(:\-–]|(?<![\w'’])(?:{chat_yes_words}))[ \t]*$")
_COLON_FOLLOW = _re(r"(?i)[ \t]*(?:{colon_clock_followers})(?![\w'’])")
_COLON_NOT_BEFORE = _re(r"(?i)\s*(?:/|{colon_clock_not_before})(?![\w'’])")
_COLON_HABIT = frozenset(L["colon_clock_habit_cues"])


@rule("colon_clock_cued", r"(?<![\w.:$£€,/#])(?P<h>1[0-2]|0?[1-9]):(?P<mi>[0-5]\d)(?![\d:]|\s*(?:%s))" % AMPM, 12, triggers="colon",
      examples=[("2025-06-04", "meet 6:45 at the gate x", "6:45", "2025-06-04T18:45"),
                ("2025-06-04", "7:15 works for me", "7:15", "2025-06-04T07:15")])
def _colon_clock_cued(m, text):
    lo = max(0, m.start() - 24)
    if _C24_NOT_AFTER.search(text, lo, m.start()) or _COLON_NOT_BEFORE.match(text, m.end()) \
            or _BARE_MONEY.search(text, max(0, m.start() - 40), m.start()):
        return None
    cue = _COLON_CUE.search(text, lo, m.start())
    if cue is None and not (_COLON_OPEN.search(text, lo, m.start()) and _COLON_FOLLOW.match(text, m.end())):
        return None
    h = int(m["h"])
    habit = cue is not None and " ".join(cue["c"].lower().split()) in _COLON_HABIT
    small_pm = 1 <= h < _PM_BELOW and not m["h"].startswith("0") and not _small_hour_near(text, m.start(), m.end())
    if h < 12 and not m["h"].startswith("0") and _evening_event_before(text, m.start()):
        h, small_pm = h + 12, False
    return M(m, "colon_clock_cued", "time", hour=h, minute=int(m["mi"]), dref=None, h12=h < 12 and not m["h"].startswith("0"),
             loose=h < 12 and not m["h"].startswith("0"), small_pm=small_pm, **({"habit": "near"} if habit else {}))


# (twenty-first session, hours22) "we start 8 sharp", "kick off is 7.30 sharp", "be ready 6 sharp tomorrow": an hour
# said with "sharp" after it is a clock time with no preposition before it (with one, rule bare_hour's or clock24's
# already: theirs first); "sharp" ends the clause or a word of lexicon sharp_hour_after follows ("7 sharp knives", "3 sharp turns"
# are counts); not after a word of a count or an article (sharp_hour_not_after). The extent leaves "sharp" out, as
# the approximators are left out; the half of the day as for a bare hour (1-6 the afternoon's, 7-11 by the words around).
_SHARP_NOT_AFTER = _re(r"(?i)(?<![\w'’])(?:{sharp_hour_not_after})[ \t]+$")
_SHARP_CUED = _re(r"(?i)(?:(?<![\w'’])(?:{bare_hour_cues}|{clock_prepositions}|for|around|about)|@)[ \t]+$")   # "at 8 sharp": bare_hour's
_SHARP_END = _re(r"(?i)[ \t]*(?:$|[\n,.!?;:)(\u2600-\u27bf\U0001f000-\U0001faff–-]|(?:{sharp_hour_after})(?![\w'’]))")


@rule("hour_sharp", r"(?<![\w.:$£€,/#-])(?P<h>1[0-2]|0?[1-9])(?:[.:](?P<mi>[0-5]\d))?[ \t]+(?i:sharp)(?![\w'’-])", 22, triggers="sharp",
      examples=[("2025-06-04", "we start 8 sharp tomorrow, don't be late", "8", "2025-06-05T08:00"),
                ("2025-06-04", "drinks friday, we go 7.30 sharp!", "7.30", "2025-06-06T19:30")])
def _hour_sharp(m, text):
    if _SHARP_NOT_AFTER.search(text, max(0, m.start() - 12), m.start()) or not _SHARP_END.match(text, m.end()) \
            or _BARE_MONEY.search(text, max(0, m.start() - 40), m.start()):
        return None
    # "at 8 sharp": bare_hour's reading first (its day and half of the day from the line); this one, below it, only
    # where bare_hour reads none ("be there at 8 sharp" with no day word)
    prio = 5 if _SHARP_CUED.search(text, max(0, m.start() - 24), m.start()) else 22
    h = int(m["h"])
    small_pm = 1 <= h < _PM_BELOW and not m["h"].startswith("0") and not _small_hour_near(text, m.start(), m.end())
    return Mention(m.start("h"), m.end("mi") if m["mi"] else m.end("h"), "hour_sharp", "time",
                   dict(hour=h, minute=int(m["mi"] or 0), dref=None, h12=h < 12 and not m["h"].startswith("0"),
                        loose=h < 12 and not m["h"].startswith("0"), small_pm=small_pm), prio)


# (hourranges29, docs/informal-time.md §99; census class 14) a bare hour as the predicate of an evening's or an afternoon's
# event: "the fireworks are 7 so get there early", "dinner is 8 now", "the gig's 8 tomorrow", "doors are 7, don't be late"
# (lexicon hour_predicate_subjects, hour_predicate_verbs). No cue before the number but the subject and its copula: an
# hour of 1-11 the afternoon's or evening's (such events are), 12 noon; the day from the sentence. Not before a unit, a
# counted noun, money or a range's joiner ("dinner is 8 quid", "the fireworks are 10 minutes", "doors are 7-11"); the
# subject opens its clause (no "of", "for" before it: "the price of dinner is 8"). Bounded: a subject of at most three
# words, its verb, the number (< 40 characters).
_PRED_HOUR_END = _re(r"(?i)[ \t]*(?:{clock_after_noun_not_before}|{bare_minutes_not_before}|{counted_nouns}|{percent_words}|{range_result_words}|{clock_range_not_before}|{range_to_words}|[-–/.:]\d|[£$€%])(?![\w'’])")
_PRED_SUBJECT_OPENS = _re(r"(?:^|[\n.!?,;:(]|(?i:(?<![\w'’])(?:and|but|so|btw|oh|ok|also|yeah|yes)))[ \t]*$")


@rule("hour_predicate", r"(?<![\w'’])(?P<s>(?i:{hour_predicate_subjects}))(?:[ \t]+|(?=['’]))(?i:{hour_predicate_verbs})[ \t]+(?P<h>1[0-2]|[1-9])(?![\w:%/'’-]|[.,]\d)", 22,
      # (the subject's last word, its verb and a digit right after: 0.017 window characters per character of the news
      # sample without this trail)
      triggers="hour_predicate", trail=(r"(?:[ \t]+|(?=['’]))(?i:{hour_predicate_verbs})[ \t]+\d", 16),
      examples=[("2025-11-03", "the fireworks are 7 so get there early", "7", "2025-11-03T19:00"),
                ("2025-06-04", "doors are 7, don't be late", "7", "2025-06-04T19:00")])
def _hour_predicate(m, text):
    if _PRED_HOUR_END.match(text, m.end()) or _BARE_MONEY.search(text, max(0, m.start() - 40), m.start()):
        return None
    if not _PRED_SUBJECT_OPENS.search(text, max(0, m.start() - 12), m.start()):
        return None
    h = int(m["h"])
    return M(m, "hour_predicate", "time", group="h", hour=h if h == 12 else h + 12, minute=0, dref=None)


# (tenth session, clock) "a 12.30 kick-off", "the 7.45 train", "a 3.15 slot": a clock time modifying a
# noun of a scheduled thing, after an article (lexicon "_doc_time_noun"); not "the 2.30 odds", "a 3.5 rating"
@rule("time_modifier", r"(?i:a|an|the|our|my|your)\s+(?P<t>(?P<h>1[0-2]|0?[1-9])[.:](?P<mi>[0-5]\d))(?:\s*(?P<ap>%s))?[\s-]+(?P<n>(?i:%s))(?![\w'’])" % (
          AMPM, r"kick[\s-]?off|" + alternation([w for w in L["trigger_words"]["time_noun"] if w != "kick"])), 25,
      triggers="time_noun", lead=(r"\d[.:][0-5]\d(?:\s*%s)?[\s-]+" % AMPM, 24),
      examples=[("2026-02-28", "Rovers host Town next Saturday, a 12.30 kick-off for TV.", "12.30", "2026-03-07T12:30")])
def _time_modifier(m, text):
    h, mi = int(m["h"]), int(m["mi"])
    if m["ap"]:
        h = h % 12 + (12 if m["ap"][0] in "pP" else 0)
        return M(m, "time_modifier", "time", group="t", hour=h, minute=mi, dref=None, h12=False, loose=False)
    if h < _PM_BELOW or _EVENING.search(text, max(0, m.start() - 40), min(len(text), m.end() + 40)):
        h = h + 12 if h < 12 else h
    return M(m, "time_modifier", "time", group="t", hour=h, minute=mi, dref=None, h12=h < 12, loose=True)


# (tenth session, clock) US texting's "see you at 7p", "tmrw 7p?", "11a works", "practice 6p-8p": pm
# and am written with one lower-case letter; only where a time is expected (lexicon
# "_doc_texting_ampm"), never a price ("crisps were 7p", "20p off", "at 5p each")
_TEXT_AP_BEFORE = _re(r"(?i)(?:(?<![\w'’])(?:{bare_hour_cues}|{deictic_days}|{short_weekdays}|%s)|@)[ \t]*$" % alternation(_FULL_WD))
_TEXT_AP_AFTER = _re(r"(?i)[ \t]*(?:[-–][ \t]*(?:1[0-2]|0?[1-9])(?:[:.]?[0-5]\d)?[ap](?![\w'’])|(?:{deictic_days}|{short_weekdays}|%s|{chat_hour_answers})(?![\w'’])|\?)" % alternation(_FULL_WD))
_TEXT_AP_PRICE = _re(r"(?i)[ \t]*(?:{texting_ampm_price_after})(?![\w'’])")
_VIDEO_LINES = frozenset(L["video_line_counts"])   # (hours22) "720p", "540p": lines of a video that read as h:mm
_TEXT_AP_RANGE_END = re.compile(r"(?<=[-–])[ \t]*$")


@rule("texting_ampm", r"(?<![\w.:$£€¥,/])(?<![^ap\s][-–])(?P<h>1[0-2]|0?[1-9])(?:(?P<sep>[:.]?)(?P<mi>[0-5]\d))?(?P<ap>[ap])(?![\w'’]|\.[ \t]*\d|[-–](?![ \t]*\d)|\.\w)", 26,
      flags=0, triggers="ampm",
      examples=[("2025-06-04", "@jo: tmrw 7p? can't do earlier", "7p", "2025-06-05T19:00"),   # "tmrw" a DATE apart (§141)
                ("2025-06-04", "@jo: 11a works for me", "11a", "2025-06-04T11:00"),
                ("2025-06-04", "tmrw 730p? can't do earlier", "730p", "2025-06-05T19:30")])
def _texting_ampm(m, text):
    if _TEXT_AP_PRICE.match(text, m.end()) or _BARE_MONEY.search(text, max(0, m.start() - 40), m.start()):
        return None
    # (twenty-first session, hours22) "tmrw 730p", "7.30p works", "1130a": the minutes glued on or after a point, as
    # texting writes them; a point only with the cue before (a point with a letter after is a price's or a list's as often)
    if m["sep"] == "." and not _TEXT_AP_BEFORE.search(text, max(0, m.start() - 24), m.start()):
        return None
    if m["sep"] == "" and m["mi"] and m.group(0)[:-1] in _VIDEO_LINES:
        return None   # "watch it in 720p tonight": a video's lines, not 7:20pm
    before = _TEXT_AP_BEFORE.search(text, max(0, m.start() - 24), m.start()) or _TEXT_AP_RANGE_END.search(text, max(0, m.start() - 4), m.start())
    if not before and not _TEXT_AP_AFTER.match(text, m.end()):
        return None
    h = int(m["h"]) % 12 + (12 if m["ap"] == "p" else 0)
    return M(m, "texting_ampm", "time", hour=h, minute=int(m["mi"] or 0), dref=None)


# (tenth session, clock) "kick off 19:00 CET", "stream 20:30 UTC on Saturday": a 24-hour time right
# before a time zone needs no preposition (the zone says it is a clock time; the value keeps the
# clock time without the zone, as TempEval-3 and the fresh gold write it)
@rule("clock24_zone", r"(?<![\d.:$£€,])(?P<h>[0-2]?\d)[:h](?P<mi>[0-5]\d)(?![\d:])(?P<tz>%s)(?:,?\s+(?:(?i:on)\s+)?(?P<dref>%s))?" % (TZ, DAYREF), 27,
      triggers="colon",
      examples=[("2025-06-04", "@jo: kick off 19:00 CET, get the beers in", "19:00 CET", "2025-06-04T19:00"),
                # (twenty-ninth session) the aside's closing bracket is not the zone's
                ("2025-04-16", "The race starts at 10:30 local time (08:30 GMT).", "08:30 GMT", "2025-04-16T08:30")])
def _clock24_zone(m, text):
    h, mi = int(m["h"]), int(m["mi"])
    if h > 23:
        return None
    if 1 <= h < 12 and not m["h"].startswith("0") and _FIXTURE_BEFORE.search(text, max(0, m.start() - 14), m.start()):
        h += 12   # (tweets) "tip-off 7:30 ET", "KO 7:45 ET": a match's start without am/pm is the evening's
    return M(m, "clock24_zone", "time", hour=h, minute=mi, dref=day_ref(m["dref"]), h12=False, loose=False)


# (twelfth session, clock) "till 3 ET", "live at 8 PT", "from 9 GMT": a bare hour with a time zone after a word
# that takes a time (lexicon _doc_hour_zone)
@rule("hour_zone", r"(?:{bare_hour_cues}|{clock_prepositions})\s+(?P<t>(?<![\d.:$£€,])(?P<h>1[0-2]|0?[1-9])(?P<tz>%s))(?![\w:])" % TZ, 26,
      triggers="zone", lead=(r"(?<![\d.:$£€,])(?:1[0-2]|0?[1-9])\s+\(?", 4),
      examples=[("2026-01-23", "@dre: I'm at work till 3 ET so I'll log in after", "3 ET", "2026-01-23T15:00")])
def _hour_zone(m, text, name="hour_zone"):
    h = int(m["h"])
    if h < _PM_BELOW or _EVENING.search(text, max(0, m.start() - 60), min(len(text), m.end() + 60)):
        return M(m, name, "time", group="t", hour=h + 12 if h < 12 else h, minute=0, dref=None, h12=False, loose=False)
    return M(m, name, "time", group="t", hour=h, minute=0, dref=None, h12=h < 12, loose=True)


# (twentieth session, voices18) "2 PT is 5 for me", "kickoff is 8 CET on Saturday", "3 GMT tomorrow?": a bare hour with
# a time zone needs no word before it where one of the words that follow a said time comes right after the zone
# (lexicon _doc_hour_zone_followers); not "3 PT sessions a week", "5 CT scans"
@rule("hour_zone_told", r"(?<![\w.:$£€,/])(?P<t>(?P<h>1[0-2]|0?[1-9])(?P<tz>%s))(?=[ \t]*(?:(?i:{hour_zone_followers})(?![\w'’])|=))" % TZ, 25,
      triggers="zone", lead=(r"(?<![\d.:$£€,])(?:1[0-2]|0?[1-9])\s+\(?", 4),
      examples=[("2025-10-07", "sunday works, 2 PT is 5 for me", "2 PT", "2025-10-12T14:00")])
def _hour_zone_told(m, text):
    return _hour_zone(m, text, "hour_zone_told")


# (twelfth session, clock) a schedule's list of clock times, each heading its item ("Thursday's games: 6:15 Hawks
# vs Comets, 7:30 Beavers vs Lumberjacks, 8:45 Tigers vs Owls"): an hour of 1-12 and its minutes after a colon,
# a comma, a semicolon, a bar or a bullet, before a name, where the line holds two such items at least; and a
# time said instead of another ("pickup at quarter after 5 not 5:30"). Below 7 the afternoon's, then each
# read as the half of the day nearest the one before (loose)
_CLOCK_ITEM = re.compile(r"(?:^|[:,;|•·][ \t]*)(?<![\d.:$£€])(?:1[0-2]|[1-9]):[0-5]\d(?![\d:])[ \t]+[A-Z]", re.M)
_CLOCK_ITEM_NOT_AFTER = _re(r"(?i)\b(?:{clock24_bare_not_after})\W{0,3}$")


@rule("clock_item", r"(?:(?<=[:,;|•·])[ \t]*|^|(?P<not>(?i:not|or|and|instead\s+of|rather\s+than))[ \t]+)(?P<t>(?<![\d.:$£€])(?P<h>1[0-2]|[1-9]):(?P<mi>[0-5]\d))(?![\d:]|\s*(?:%s))" % AMPM, 19,
      flags=re.M, triggers="colon",
      examples=[("2025-06-10", "Thursday's games: 6:15 Hawks vs Comets, 7:30 Beavers vs Lumberjacks.", "7:30", "2025-06-12T19:30"),
                ("2025-10-14", "Mom: pickup at quarter after 5 not 5:30", "5:30", "2025-10-14T17:30")])
def _clock_item(m, text):
    lo = start_of_line(text, m.start("t"))
    hi = next_newline(text, m.end())
    hi = len(text) if hi < 0 else hi
    if _CLOCK_ITEM_NOT_AFTER.search(text, max(lo, m.start("t") - 16), m.start("t")):
        return None   # "John 3:16", "won 6:30": a verse, a score, a race time
    if m["not"]:
        cue = m["not"].lower()
        if cue == "and":
            # (fresh17) "usually 8am and 9:30", "doors 7pm and 8:45": a second time joined to a clock time said
            # right before "and" (its minutes or am/pm written), not to a count ("2 and 3:30")
            if not _CLOCK_BEFORE_AND.search(text, max(lo, m.start() - 16), m.start()):
                return None
        elif not _ANY_CLOCK_BEFORE.search(text, max(lo, m.start() - 40), m.start()) \
                and not (cue == "not" and _CLOCK_EARLIER_IN_CLAUSE.search(text, max(lo, m.start() - 40), m.start())):
            return None   # "not 5:30" only where a clock time was said just before it ("at 5:15 not 5:30"; (fresh17)
            # or earlier in its clause, a comma or a few words between: "it's at 8:15 now, not 8:30")
    elif sum(1 for _ in _CLOCK_ITEM.finditer(text, lo, hi)) < 2 or not _NAME_AFTER.match(text, m.end()):
        return None   # one time at a line's head, or an item that names nothing: no schedule
    h = int(m["h"])
    small_pm = 1 <= h < _PM_BELOW and not _small_hour_near(text, m.start(), m.end(), lo, hi)
    return M(m, "clock_item", "time", group="t", hour=h, minute=int(m["mi"]), dref=None, h12=h < 12, loose=h < 12,
             small_pm=small_pm, not_story=True)


_NAME_AFTER = re.compile(r"[ \t]+[A-Z]")
# (fresh17) a clock time with its minutes or am/pm right before "and" (a comma allowed), and one earlier in the
# clause before "not" (at most 16 characters between, no digit, no stop: "at 8:15 now, not 8:30")
_CLOCK_BEFORE_AND = re.compile(r"(?i)(?<![\d.:$£€])(?:(?:1[0-2]|0?\d|2[0-3])[:.][0-5]\d|(?:1[0-2]|0?[1-9])\s*[ap]\.?m\.?),?\s+$")
_CLOCK_EARLIER_IN_CLAUSE = re.compile(r"(?i)(?<![\d.:$£€])(?:(?:1[0-2]|0?\d|2[0-3])[:.][0-5]\d|(?:1[0-2]|0?[1-9])\s*[ap]\.?m\.?)[^.!?\n\d]{1,16}$")
_ANY_CLOCK_BEFORE = re.compile(r"(?i)(?:\d[:.][0-5]\d|\d\s*(?:am|pm)|\b(?:past|after|to|of|til)\s+(?:\d{1,2}|\w+)|\b\d{1,2})\s*$")
_FIXTURE_BEFORE = _re(r"(?i)(?<![\w'’])(?:{fixture_start_words})[ \t]*:?[ \t]*(?:(?:at|is|@)[ \t]+)?$")


_MONTH_BEFORE_YEAR = re.compile(r"(?:%s|[0-3]?\d)\.?,?[ \t]+$" % MONTH)


# (sift) "Sat 1st March 11:00", "22/04/2024 14:30", "3 May 2024 09:15": a 24-hour time right after a
# date (a month, a day with its suffix, a year, a numeric date, then only spaces) is that date's clock
# time; the tagger joins the two into one TIME (``tagger._join_day_and_clock``), as the corpora write a
# post's stamp ("Mon Apr 22, 2024 8:14 am")
# ((homographs27) also a lower-case month that is also a word after its day: "exam 27th may 9:30")
@rule("date_clock24", r"(?:%s|(?<![\w/.])[0-3]?\d{ordinal_suffixes:cs}|(?<![\w/.])[0-3]?\d(?:{ordinal_suffixes:cs})?[ \t]+(?:of[ \t]+)?(?:{informal_day_months:cs})|%s|(?<![\w/.-])[0-3]?\d/[0-3]?\d/(?:\d{4}|\d\d)|(?<![\w/.,-])[0-3]?\d\.[01]?\d\.(?:\d{4}|\d\d))[ \t]+"
      r"(?P<t>(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?::[0-5]\d)?)(?!\d|:\d|\s*%s)" % (MONTH, YEAR, AMPM), 26, triggers="colon",
      examples=[("2025-02-24", "Just confirming your colour appt Sat 1st March 11:00 with Chloe.", "Sat 1st March 11:00", "2025-03-01T11:00"),
                # (platforms27) an SMS backup's stamp with its seconds: one TIME to the minute, as WhatsApp's
                ("2025-09-23", "20 Sep 2025 21:47:03 Dani: ok see u there", "20 Sep 2025 21:47:03", "2025-09-20T21:47"),
                # (stamps25) Telegram's stamp, a dotted date with its four-digit year and a clock time: one TIME
                ("2025-09-23", "Dani Reyes, [20.09.2025 21:47]\nsee u tmrw", "20.09.2025 21:47", "2025-09-20T21:47"),
                # (twenty-eighth session) and its two-digit year, as the slash date's: one TIME
                ("2025-09-23", "20.09.25 21:47 Dani: see u there", "20.09.25 21:47", "2025-09-20T21:47"),
                # ((the lead, forty-third session, §236) a colon after the stamp that heads a message: one TIME)
                ("2025-10-29", "Follow-up sent Wednesday, 29 October 2025 11:02:\nI booked you on it.",
                 "Wednesday, 29 October 2025 11:02", "2025-10-29T11:02")])
def _date_clock24(m, text):
    if m.start("t") - m.start() > 4 and text[m.start()].isdigit() and text[m.start() + 1:m.start() + 4].isdigit() \
            and not _MONTH_BEFORE_YEAR.search(text, max(0, m.start() - 16), m.start()):
        return None   # "in 2024 12:30 ...": a year alone is no day for the time
    h, mi = int(m["h"]), int(m["mi"])
    return M(m, "date_clock24", "time", group="t", hour=h, minute=mi, dref=None, h12=False, loose=False)


# (informal7) "the 07:32 was cancelled", "the 18:05 from Leeds": a train or a bus named by its time,
# a clock time written the 24-hour way (a leading zero, or an hour past 12: not "the 2:1 win")
@rule("named_departure", r"(?<![\w'’])(?i:the)\s+(?P<t>(?P<h>[0-2]\d):(?P<mi>[0-5]\d))(?![\d:]|\s*%s)" % AMPM, 27, triggers="colon",
      examples=[("2025-12-01", "the 07:32 was cancelled again, next one is the 07:52", "07:32", "2025-12-01T07:32")])
def _named_departure(m, text):
    h, mi = int(m["h"]), int(m["mi"])
    if h > 23 or (h <= 12 and not m["h"].startswith("0")):
        return None
    return M(m, "named_departure", "time", group="t", hour=h, minute=mi, dref=None, h12=False, loose=False)


# (history6) a time written as the military and the sea write it: "at 0630 hours", "by 1000 hrs",
# "0552 hours on 24 May"; bare ("At 1330 the beach was clear") only after "at" in a text that has
# just written one with "hours" (else "at 1330" could be a year). Not a count: "over 1000 hours of
# footage" (no leading zero and no preposition of time before it)
_MIL_HOURS_NEAR = re.compile(r"(?<![\w.,])[0-2]\d[0-5]\d\s*(?:hours|hrs)\b", re.I)
_MIL_TIME_PREPS = frozenset(("at", "by", "until", "till", "from", "before", "after"))
_MIL_COUNT_AFTER = re.compile(r"\s+(?:of|in\s+total|logged|flown|flying|on\s+the\s+clock)\b", re.I)
_MIL_COUNT_BEFORE = _re(r"(?i)\b(?:{count_approximators}|logged|clocked|spent|took|than|over|total|totalled|totaled)\s+$")


@rule("military_time", r"(?:(?P<pre>(?i:at|by|until|till|from|before|after)(?:\s+(?i:about|around|approximately))?)\s+)?(?P<t>(?<![\w.,$£€])(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s*(?P<hrs>(?i:hours|hrs))(?:,?\s+(?:(?i:on)\s+)?(?P<dref>%s))?)(?![\w])" % DAYREF, 28,
      triggers="unit", lead=(r"(?<![\w.,$£€])[0-2]\d[0-5]\d\s*", 6),
      examples=[(None, "The first landing craft touched down at 0630 hours on 6 June 1944.", "0630 hours", "1944-06-06T06:30")])
def _military_time(m, text):
    pre = (m["pre"] or "").split()[0].lower() if m["pre"] else ""
    glued = m.start("hrs") == m.end("mi")   # ((twelfth session, clock) "fall in 1900hrs", "1800hrs Friday")
    if not (m["h"].startswith("0") or pre in _MIL_TIME_PREPS or glued or m["dref"]):
        return None   # "1000 hours of footage": a count
    if not pre and _MIL_COUNT_AFTER.match(text, m.end()) or _MIL_COUNT_BEFORE.search(text, max(0, m.start() - 16), m.start()):
        return None   # "1500hrs of flying", "logged 2000hrs", "over 1200hrs": a length
    return M(m, "military_time", "time", group="t", hour=int(m["h"]), minute=int(m["mi"]), dref=day_ref(m["dref"]),
             h12=False, loose=False)


@rule("military_time_bare", r"(?i:at)\s+(?:(?i:about|around|approximately)\s+)?(?P<t>(?<![\w.,$£€])(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)(?:,?\s+(?:(?i:on)\s+)?(?P<dref>%s))?)(?![\w])" % DAYREF, 27,
      triggers="year", lead=(r"(?i:at)\s+(?:(?i:about|around|approximately)\s+)?", 18),
      examples=[(None, "The first wave landed at 0630 hours on 6 June 1944. At 1330 the beach was reported clear.", "1330", "1944-06-06T13:30")])
def _military_time_bare(m, text):
    if not _MIL_HOURS_NEAR.search(text, max(0, m.start() - 400), m.start()):
        return None   # "at 1330" in a text with no time written "NNNN hours" before it: perhaps a year
    return M(m, "military_time_bare", "time", group="t", hour=int(m["h"]), minute=int(m["mi"]), dref=day_ref(m["dref"]),
             h12=False, loose=False)


# (voices21) a shift or an opening written as two 24-hour clock numbers joined by a dash, the first with its leading
# zero ("long days 0730-2000", "earlies 0645-1515"): two clock times, not a year ("2000") and a number; a pair whose
# first end has no leading zero stays as it was ("1930-1945" two years; an id "ref 2024-0521"; a night shift "1930-0800"
# is left), a longer run of digits ("0800-123-4567") no time
_MIL_RANGE_TAIL = re.compile(r"[-–](?:[01]\d|2[0-3])[0-5]\d(?![\w.,]?\d|[-–]\d)")
# (halfday26) a night shift "1930-0800": the first end without its leading zero, the second with one and earlier, after a
# word of a night (lexicon `night_shift_range_cues`) in the `night_shift_range_reach` characters before it on its line
_NIGHT_SHIFT_BEFORE = _re(r"(?i)(?<![\w'’])(?:{night_shift_range_cues})(?![\w'’])[^\n\d]*$")
_NIGHT_SHIFT_REACH = L["night_shift_range_reach"]


def _night_shift_pair(first: str, second: str, text: str, start: int) -> bool:
    """(halfday26) "nights tonight, 1930-0800": a pair whose first end has no leading zero is a night's two clock
    times where the second has one, is earlier than the first, and a night's word stands right before on the line."""
    return not first.startswith("0") and second.startswith("0") and second < first \
        and _NIGHT_SHIFT_BEFORE.search(text, max(0, start - _NIGHT_SHIFT_REACH), start) is not None


@rule("military_range_start", r"(?<![\w.,$£€+-])(?P<t>(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d))(?=[-–](?:[01]\d|2[0-3])[0-5]\d(?![\w]))", 29,
      triggers="year clock4",
      examples=[("2024-01-02", "im on 0730-2000 tmrw so cant", "0730", "2024-01-03T07:30")])
def _military_range_start(m, text):
    tail = _MIL_RANGE_TAIL.match(text, m.end())
    if tail is None or not m["h"].startswith("0") and not _night_shift_pair(m["t"], tail.group(0)[1:], text, m.start()):
        return None   # "1930-1945": two years; "ref 2024-0521": an id
    return M(m, "military_range_start", "time", group="t", hour=int(m["h"]), minute=int(m["mi"]), dref=None,
             h12=False, loose=False)


@rule("military_range_end", r"(?<![\w.,$£€+-])(?P<a>(?:[01]\d|2[0-3])[0-5]\d)[-–](?P<t>(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d))(?![\w]|[.,]?\d|[-–]\d)", 29,
      triggers="year clock4",
      examples=[("2024-01-02", "im on 0730-2000 tmrw so cant", "2000", "2024-01-03T20:00")])
def _military_range_end(m, text):
    if not m["a"].startswith("0") and not _night_shift_pair(m["a"], m["t"], text, m.start()):
        return None   # "the 1930-1945 period": two years; "ref 2024-0521": an id
    return M(m, "military_range_end", "time", group="t", hour=int(m["h"]), minute=int(m["mi"]), dref=None,
             h12=False, loose=False)


_LOOSE_NOON = frozenset(L["loose_noon_words"])
_NOON_ANSWER = _re(r"(?i)[ \t]{0,3}(?:{noon_answers})(?![\w'’])")
_OCCASION_NOON = frozenset({"lunchtime"})   # (eleventh session) said of one occasion only (see _one_occasion)
_NOON_CUE = _re(r"(?i)\b{noon_cues}\s+$")
_MIDNIGHT_NOUN = _re(r"\s+(?i:{midnight_nouns})\b")
_MIDNIGHT_GONE_PRE = frozenset(L["midnight_gone_prepositions"])
_MIDNIGHT_START_PRE = frozenset(L["midnight_start_prepositions"])
_MIDNIGHT_ON_DAY = _re(r",?[ \t]+(?i:on)[ \t]+(?:(?i:the)[ \t]+)?(?:[0-3]?\d|%s|%s)" % (WEEKDAY, MONTH))   # ("Midnight Mass", "midnight snack"; not "midnight snacking")


@rule("noon", r"(?:(?P<pre>{noon_prepositions})\s+)?(?P<t>(?:(?<![\d.:,£$€])12[ \t]+)?{noon_words}(?:(?P<tz>%s)?(?:,?\s+(?:(?i:on)\s+)?(?P<dref>%s))?))" % (TZ, DAYREF), 27, triggers="pod",
      examples=[
          ("2020-11-04", "The results are due at noon today.", "noon today", "2020-11-04T12:00"),
          ("2022-09-10", "A curfew will take effect at midnight, the city said.", "midnight", "2022-09-10T24:00"),
          # (twenty-ninth session) after midnight: the small hours of the day named
          ("2025-04-16", "The ceasefire took effect just after midnight on Sunday.", "midnight on Sunday", "2025-04-13T00:00")])
def _noon(m, text):
    w = m["t"].lower()
    if w.startswith("12"):   # (sift) "12 noon", "12 midnight": the word says which twelve
        w = w[2:].lstrip()
    word = next(k for k in L["noon_words"] if w.startswith(k))
    if word in _LOOSE_NOON and not m["pre"] and not m["dref"] and not _NOON_ANSWER.match(text, m.end()):
        return None   # ((clocks37, §146) but "@mel midday is perfect", "midday works?": a time proposed or agreed in a chat)
    h = L["noon_words"][word]
    if word in _OCCASION_NOON and not m["dref"]:
        lo, hi = start_of_line(text, m.start()), next_newline(text, m.end())
        hi = len(text) if hi < 0 else hi
        if not _one_occasion(text, max(lo, m.start() - 2 * _BARE_REACH), min(hi, m.end() + 2 * _BARE_REACH), m.start("t"), m.end("t")):
            return None   # ((eleventh session) "it's much quieter at lunchtime": a habit, no one day's noon)
    if not m["pre"] and not m["dref"] and re.search(r"(?i)\bhigh\s+$", text[max(0, m.start() - 6): m.start()]):
        return None  # "high noon": the decisive moment (and the film), not twelve o'clock
    if not m["pre"] and not m["dref"] and not _NOON_CUE.search(text[max(0, m.start() - 10): m.start()]):
        if h == 0 and _MIDNIGHT_NOUN.match(text[m.end(): m.end() + 12]):
            return None
    # (values24) "been up since midnight", "18cm since midnight": "since" names a time gone, the midnight that opened the
    # day (T00:00), not the one that ends it; not with a day after it ("since midnight last night": that day's end)
    gone = h == 0 and m["pre"] is not None and m["pre"].lower() in _MIDNIGHT_GONE_PRE and not m["dref"]
    # (twenty-ninth session) "just after midnight on Sunday": the midnight that opens the day named (lexicon
    # _doc_midnight_start_prepositions)
    # ((twenty-ninth session) only with the day named right after it: "a little after midnight" alone, of a night told
    # before, is the midnight that ends its day, as the fresh texts write it)
    opens = h == 0 and m["pre"] is not None and " ".join(m["pre"].lower().split()) in _MIDNIGHT_START_PRE \
        and (m["dref"] is not None or _MIDNIGHT_ON_DAY.match(text, m.end()) is not None)
    return M(m, "noon", "time", group="t", hour=h, minute=0, dref=day_ref(m["dref"]), midnight=h == 0,
             **({"midnight_gone": True} if gone else {}), **({"midnight_start": True} if opens else {}))


_OCLOCK_CUE = _re(r"(?i)\b{oclock_cues}\s+$")


@rule("oclock", r"(?P<h>\d{1,2}|%s)(?:\s+(?i:{oclock_spellings})(?:\s+(?P<pod>{clock_day_parts}))?|\s+(?P<pod2>{clock_day_parts_loose}))(?![\w-])" % NUMWORD, 27, triggers="clock pod",
      examples=[
          ("2000-04-05", "He will leave at 4 in the morning on Thursday, officials said.", "4 in the morning", "2000-04-06T04:00")])
def _oclock(m, text):
    h = parse_num(m["h"])
    if h is None or not 1 <= h <= 23 or h > 12 and (m["pod2"] or m["pod"]):
        return None
    h = int(h)
    pod = (m["pod"] or m["pod2"] or "").lower()
    if m["pod2"] and (not m["h"][0].isdigit() or re.search(r"[\d,.$]\s*$", text[max(0, m.start() - 3): m.start()])):
        return None  # "4 in the morning" is a time; "one in the morning" or "$4 in the morning" too vague or not one
    if m["pod2"] and not _OCLOCK_CUE.search(text[max(0, m.start() - 8): m.start()]):
        return None
    if not pod and m["h"].isdigit() and 13 <= h <= 23:
        return M(m, "oclock", "time", hour=h, minute=0, dref=None)   # (informal6) "at 20 o'clock": a 24-hour reading
    if any(w in pod for w in L["pm_words"]) and h < 12 and not ("night" in pod and h < _SMALL_HOURS):
        # ((hours43, §228) "10 o'clock in the night" 22:00; a night's hour before 5 its small hours: "2 o'clock at night")
        h += 12
    elif not pod and h < _PM_BELOW:
        h += 12   # (informal5) "book the restaurant for sunday, 1 o'clock": an hour of the day, as a bare hour is read
    return M(m, "oclock", "time", hour=h, minute=0, dref=None, loose=not pod)


# ---- holidays -------------------------------------------------------------------------------
# (twenty-first session, holidays22) a dated holiday: its table, and for other years the calendar function of the
# holidays package (temporal/othercal.py, imported only then); "ramadan" a span to the day before Eid al-Fitr
_DATED = {k: DatedDays(v, L["dated_holiday_calendars"].get(k), until=L["dated_holiday_spans"].get(k))
          for k, v in L["dated_holidays"].items()}
_HOLIDAYS = {**{k: ("fixed", v) for k, v in L["fixed_holidays"].items()},
             **{k: ("weekday", v) for k, v in L["weekday_holidays"].items()},
             **{k: ("easter", v) for k, v in L["easter_holidays"].items()},
             # (localhol32, §113) "the St Andrew's Day bank holiday": its date, or the Monday after a weekend's
             **{k: ("observed", v) for k, v in L["observed_holidays"].items()},
             # (holidays36, §138) New Zealand's provincial anniversary days: the Monday nearest their date
             **{k: ("nearest_monday", v) for k, v in L["nearest_monday_holidays"].items()},
             # (twenty-first session) "Orthodox Easter": from the Julian computus
             **{k: ("orthodox", v) for k, v in L["orthodox_easter_holidays"].items()},
             # (twenty-first session) "Labour Day": a day only with a nation named (national_days)
             **{k: ("nation_only", None) for k in L["nation_only_holidays"]},
             # (holidays30, §104) "St Brigid's Day bank holiday": read whole, never dated (which day is meant is open)
             **{k: ("undated", None) for k in L["undated_holidays"]},
             **{k: ("dated", v) for k, v in _DATED.items()},   # (informal5) "Diwali": a table of days
             # (days, twelfth session) "Chinese New Year", "Chanukah", "Eid ul-Fitr": another name of a dated one
             **{k: ("dated", _DATED[v]) for k, v in L["dated_holiday_aliases"].items()},
             # (days) "bank hol": any of several; (twelfth session) "Eid": either Eid, each from its table
             **{k: ("set", [(kind, _DATED[spec] if kind == "dated" else spec) for kind, spec in v])
                for k, v in L["set_holidays"].items()}}
HOLIDAY = "(?i:" + "|".join(
    re.escape(h).replace(r"\ ", r"\s+").replace("'", "['’]")
    for h in sorted(_HOLIDAYS, key=len, reverse=True)) + ")"


# "the Good Friday Agreement", "the Easter Rising": names; "Christmas tree", "Easter dinner": things
_HOLIDAY_THING = _re(r"\s+{holiday_thing_nouns}\b", re.I)
_COUNTED_AFTER = re.compile(r"\s+(?!(?:in|of)\b)[a-z]")   # "300 people": a count, not a year
_SEASON_HOLIDAYS = frozenset(L["season_holidays"])
_CUED_HOLIDAYS = frozenset(L["cued_holidays"])
_CUED_WEEKEND_NAMES = L["cued_holiday_weekend_names"]   # (localhol32) "May Day weekend": the May Day bank holiday's
_CUED_HOLIDAY_CUE = _re(r"(?i)\b{cued_holiday_cues}\s+$")
_VERB_HOLIDAY_CUE = re.compile(r"(?i)(?:^|[^\w'’])(?:spent|survived|celebrated)\s+$")
_CAPS_HOLIDAYS = frozenset(L["caps_only_holidays"])
_UNCUED_HOLIDAYS = frozenset(L["uncued_holidays"])   # (informal5) "hogmanay": no other word
_GREETING = _re(r"(?i)\b(?:{holiday_greetings})\s+$")
_HOLIDAY_VARIANTS = L["holiday_variants"]
_HOLIDAY_CUE = _re(r"(?i)(?:^|[^\w'’])(?:{informal_holiday_cues})\s+$")
_ATTR_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|is|was|were|with|at|in|on|for|this|that|day|eve|plans|break|weekend|wknd|hols|hol|%s)\b)[a-z][a-z-]+"
                              % "|".join(map(re.escape, L["chat_register_words"])))
_HOLIDAY_AFTER_CUE = _re(r"(?i)\s+(?:{holiday_after_cues})(?![\w'’])")   # (days) "thanksgiving was so good"
# (days) a holiday told as gone itself: "NYE was mad", "had a quiet xmas", "spent easter in bed"
_HOLIDAY_ITSELF_AFTER = _re(r"(?i)\s+(?:(?:really|so|honestly|actually)\s+)?(?:{holiday_itself_past_after})(?![\w'’])")
_HOLIDAY_ITSELF_BEFORE = _re(r"(?i)(?<![\w'’])(?:{holiday_itself_past_before})\s+(?:[\w'’-]+\s+){0,2}$")
# ((left19) the variant's side reads a British voice too: its spellings, a pound amount)
_VARIANT_MARKS = {side: _re(r"(?i)(?<![\w'’])(?:%s)(?![\w'’])" % "|".join(map(re.escape, words + (L["variant_voice_markers"] if side == "variant" else [])))
                        + (r"|(?:%s)[ \t]?\d" % "|".join(map(re.escape, L["variant_voice_currency"])) if side == "variant" else ""))
                  for side, words in L["holiday_variant_markers"].items()}
_VARIANT_REACH = 200
# (twentieth session) a nation's name next to a holiday every nation names alike (lexicon national_days)
_NATIONAL_DAYS = {k: v for k, v in L["national_days"].items() if not k.startswith("_")}
_NATION_PLACES = L["nation_places"]
_NATIONS = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted({n for t in _NATIONAL_DAYS.values() for n in t}, key=len, reverse=True))
# (twenty-first session, holidays22) a nation or one of its cities anywhere in the holiday's sentence, capitalised
# ("In Lagos we marked Independence Day", "Memorial Day in Israel is", "Thanksgiving here in Canada"): the nearest one
# whose day the holiday's table holds. The sentence is read at most 200 characters back and 150 on.
_NATION_FAR = re.compile(r"(?<![\w.])(?P<nation>%s)(?![\w])(?!['’](?!s(?!\w)))" % "|".join(
    re.escape(n).replace(r"\ ", r"\s+") for n in sorted({n for t in _NATIONAL_DAYS.values() for n in t} | set(_NATION_PLACES),
                                                        key=len, reverse=True)), re.I)
_SENTENCE_END = re.compile(r"[.!?\n](?=\s|$)")
_DEMONYMS = frozenset(L["nation_demonyms"])
_NEAR_ONLY_NATIONS = frozenset(L["nation_words_near_only"])
_LOWER_WORD_AFTER = re.compile(r"[ \t]+[a-z]")
_NATION_ONLY = frozenset(L["nation_only_holidays"])
# (twenty-first session) "Mohamed Eid said", "Dr Eid", "Tariq Ramadan": a person, not the holiday
_PERSON_HOLIDAYS = frozenset(L["holiday_person_names"])
_PERSON_TITLE = _re(r"(?i)(?<![\w'’])(?:%s)\s+$" % "|".join(re.escape(w) for w in L["holiday_person_titles"]))
_PERSON_VERB = _re(r"(?i),?\s+(?:{holiday_person_verbs})(?![\w'’])")
_PERSON_FORENAME = re.compile(r"(?:^|(?<=[^\s.!?:\n]))\s+(?P<w>[A-Z][a-z]+)\s+$")
_NAME_CUES = frozenset(L["holiday_name_cue_words"]) | frozenset(L["weekdays"]) | frozenset(L["months"])   # "Monday Eid prayers"
_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")
_SPAN_END_CUE = _re(r"(?i)(?<![\w'’])(?:{span_end_cues})\s+$")
# (holidays30, §104) names that are ordinary English too ("a little Christmas cheer", "a family day out"): the holiday
# only with the name's first and last words capitalised
_TITLE_HOLIDAYS = frozenset(L["title_case_holidays"])
# (holidays30) a set's name in brackets right after a dated day ("Mon 30th (bank hol)"): the label of that day; the
# window before the bracket is bounded (16 characters: a day of the month, a weekday or a month, and its blank)
_LABEL_BEFORE = re.compile(r"(?:\d{1,2}(?:%s)?|%s|%s|%s)\.?[ \t]*\([ \t]*$" % ("|".join(L["ordinal_suffixes"]), WEEKDAY, SHORT_WD, MONTH))
_LABEL_AFTER = re.compile(r"[ \t]*\)")
# (holidays30) a month named a few words before a set's name in its sentence ("May is 7/5 as normal (not the bank hol
# weekend)"): that month's one; bounded, at most 48 characters back and no sentence end between
_SET_MONTH_BEFORE = re.compile(r"(?<![\w'’])(?P<mon>%s)(?![\w'’])[^.!?\n]{0,40}$" % MONTH)
_SET_MONTH_REACH = 48
# (a month with its day, "Sat 24 May (bank holiday weekend)", names a date, not which bank holiday: the set's reading)
_SET_MONTH_DAY_BEFORE = re.compile(r"\d(?:{ordinal_suffixes})?[ \t]+(?:of[ \t]+)?$".replace("{ordinal_suffixes}", "|".join(L["ordinal_suffixes"])))
_SET_MONTH_DAY_AFTER = re.compile(r"\.?[ \t]+\d")
# (bankhol31, §109) "BH Monday", "BH Mon": a short name that is the set's only before its Monday, in capitals
_MONDAY_ONLY_SETS = frozenset(L["set_holidays_monday_only"])
# (bankhol31) "bank holiday pay rates", "a bank holiday rota": the set's name before a noun of pay or of a rota (a kind)
_SET_KIND_NOUN = _re(r"(?i)[ \t]{1,3}(?:{set_holiday_kind_nouns})(?![\w'’])")
# (bankhol31) "watched Bank Holiday", "Bank Holiday are playing": a capitalised set's name as a film's or a band's
# (a window of 24 characters before: a verb of watching or listening and its blank)
_TITLE_BEFORE = _re(r"(?i)(?<![\w'’])(?:{holiday_title_before})[ \t]{1,3}$")
_TITLE_AFTER = _re(r"(?i)[ \t]{1,3}(?:{holiday_title_after})(?![\w'’])")
# (bankhol31) a heading's or a notice's hours of a holiday ("Bank Holiday opening times", "BANK HOL + HALLOWEEN
# HOURS"): the hours to come; another holiday joined by "+", "&", "and" at most 30 characters on its line
_HOURS_AFTER = _re(r"(?i)[ \t]{0,3}(?:(?:\+|&|and)[ \t]{0,3}[^\n]{0,30}?[ \t])?(?:{holiday_hours_nouns})(?![\w'’])")
# (bankhol31) a date joined to the set's name by a copula: before ("May 24th is the bank holiday weekend": the date is
# the sentence's last, read in resolve; at most 40 characters back) or after ("the bank holiday weekend is May 24th",
# "bank hol weekend is the 24th of May": its month and day read here)
_COPULA_BEFORE = _re(r"(?i)(?:\d(?:{ordinal_suffixes})?|%s)\.?,?[ \t]{1,3}(?:{holiday_copulas})[ \t]{1,3}(?:the[ \t]{1,3})?$" % MONTH)
_COPULA_AFTER = _re(r"(?i)[ \t]{1,3}(?:{holiday_copulas})[ \t]{1,3}(?:(?:%s),?[ \t]{1,3})?(?:the[ \t]{1,3})?(?:(?P<d1>[0-3]?\d)(?:{ordinal_suffixes})?(?:[ \t]{1,3}of)?[ \t]{1,3}(?P<m1>%s)|(?P<m2>%s)[ \t]{1,3}(?:the[ \t]{1,3})?(?P<d2>[0-3]?\d)(?:{ordinal_suffixes})?)(?![\w'’])" % (WEEKDAY, MONTH, MONTH))
# (bankhol31) the writer's country for an unqualified "the bank holiday": its own cues near it (300 characters either
# side), none of another voice
_VOICE_REACH = 300
_SET_VOICES = {country: (re.compile(r"(?<![\w'’])(?:%s)(?![\w'’])" % "|".join(re.escape(c).replace(r"\ ", r"\s+").replace("'", "['’]") for c in v["cues"])
                                    + (r"|(?:%s)[ \t]?\d" % "|".join(map(re.escape, v["currency"])) if v["currency"] else "")),
                         re.compile(r"(?<![\w'’])(?:%s)(?![\w'’])|(?:%s)" % ("|".join(re.escape(c) for c in v["not_with"] if c[0].isalpha()),
                                                                            "|".join(re.escape(c) + r"[ \t]?\d" for c in v["not_with"] if not c[0].isalpha()) or "(?!)")),
                         [(k, sp) for k, sp in v["set"]])
               for country, v in L["set_holiday_voices"].items()}


def _set_voice(text, m):
    """(bankhol31, §109) The set of the country whose cues stand near the name, and none of another voice's, else None."""
    lo, hi = max(0, m.start() - _VOICE_REACH), min(len(text), m.end() + _VOICE_REACH)
    found = [(country, spec) for country, (cues, others, spec) in _SET_VOICES.items()
             if any(not (m.start() <= c.start() < m.end()) for c in cues.finditer(text, lo, hi)) and not others.search(text, lo, hi)]
    return found[0][1] if len(found) == 1 else None


_NATION_TEXT_REACH = 400
_NATION_CURRENCIES = L["nation_currencies"]


_CURRENCY_FORMS = _NATION_CURRENCIES   # as written, case and all ("RM" the ringgit, "Rm 20" a room)
_CURRENCY_ALT = "|".join(re.escape(c) for c in sorted(_CURRENCY_FORMS, key=len, reverse=True))
_NATION_CURRENCY = re.compile(r"(?:(?<![\w'’])(?P<cur>%s)(?=[ \t]?\d)|(?<=\d)[ \t]?(?P<cur2>%s)(?![\w'’]))" % (_CURRENCY_ALT, _CURRENCY_ALT))


def _nation_nearest(text, m, lo, hi, table, places_only=False):
    """(gap, nation) of the nation or city of ``table`` named nearest the holiday ``m`` in text[lo:hi] (capitalised,
    not a near-only word nor a demonym before a lower-case noun), or None. ``places_only``: cities only (where the
    writer is: "coming from Lagos tomorrow"; a nation named in another sentence is as often another country's news)."""
    best = None
    for f in _NATION_FAR.finditer(text, lo, hi):
        if m.start() <= f.start() < m.end() or not f["nation"][0].isupper() or (len(f["nation"]) <= 3 and not f["nation"].isupper()):
            continue
        k = " ".join(f["nation"].lower().split())
        if places_only and k not in _NATION_PLACES:
            continue
        if k in _NEAR_ONLY_NATIONS or k in _DEMONYMS and _LOWER_WORD_AFTER.match(text, f.end()) \
                or _ATTRIBUTIVE_AFTER.match(text, f.end()):
            continue   # "Jordan" a name too; "a Canadian friend": the friend's, not the holiday's; (nation39, §163) "the
            # Brazil game", "the Kenya match": a team's, not the writer's nation
        k = k if k in table else _NATION_PLACES.get(k, k)   # (holidays43) a region the table keeps itself: "Newfoundland"
        if k in table:
            gap = m.start() - f.end() if f.end() <= m.start() else f.start() - m.end()
            if best is None or gap < best[0]:
                best = (gap, k)
    return best


_VOICE_NATIONS = L["voice_nations"]
_FAR_VOICE_REACH = L["nation_only_far_voice_reach"]
# (nation39, §163) a nation's name used as a noun's attribute: "the Brazil game", "a Kenya match", "the Jamaica team"
_ATTRIBUTIVE_AFTER = _re(r"(?i)[ \t]{1,3}(?:{nation_attributive_nouns})(?![\w'’])")

# (nation39, docs §163) the gazetteer: the places a text names (lexicon nation_gazetteer_places: cities and regions;
# world_holiday_nations: nations, demonyms, regions; nation_places: the older cities, through their nation), each with
# the code (CC or CC-SUB) of the nation or subdivision whose public holidays the holidays package gives it; less the
# names that are common words or names too (nation_gazetteer_not_alone: "Victoria", "Jersey", "Turkey")
_GAZ_NOT_ALONE = frozenset(L["nation_gazetteer_not_alone"])
_GAZ_PLACES = {k: v for k, v in L["nation_gazetteer_places"].items() if not k.startswith("_")}
_GAZ_PLACES.update({k: L["world_holiday_nations"][v] for k, v in _NATION_PLACES.items()
                    if k not in _GAZ_PLACES and k not in L["world_holiday_nations"] and v in L["world_holiday_nations"]})
_GAZETTEER = {k: v for k, v in {**L["world_holiday_nations"], **_GAZ_PLACES}.items() if k not in _GAZ_NOT_ALONE}
_GAZ_NAMES = "|".join(re.escape(n).replace(r"\ ", r"[ \t]{1,3}").replace("'", "['’]") for n in sorted(_GAZETTEER, key=len, reverse=True))
_GAZ_CUE = re.compile(r"(?<![\w'’.])(?P<c>%s)(?![\w'’-])(?!['’](?!s(?!\w)))" % _GAZ_NAMES, re.I)
_KEY_SPELLINGS = {k: v for k, v in L["world_holiday_key_spellings"].items() if not k.startswith("_")}
# (nation39, §163) the writer's own place: after a word of location ("here in Brisbane", "living in Harare"; lexicon
# nation_location_before), or a forum named by its place ("r/brisbane", "r/GoldCoast": lower case and without blanks too)
_GAZ_BY_FORUM = {k.replace(" ", ""): v for k, v in _GAZETTEER.items()}
_GAZ_LOCATION = re.compile(r"(?<![\w'’])(?:%s)[ \t]{1,3}(?P<c>%s)(?![\w'’-])|(?<![\w/])r/(?P<r>[A-Za-z]{2,30})(?![\w])"
                           % ("|".join(re.escape(w).replace(r"\ ", r"[ \t]{1,3}") for w in L["nation_location_before"]), _GAZ_NAMES), re.I)
_GAZ_HEAD = 300   # the text's first characters read for its location line (a forum's name, a heading)


def _location_codes(text, m) -> set:
    """(nation39, §163) The codes of the writer's own places (``_GAZ_LOCATION``) in the text's head (_GAZ_HEAD characters)
    and within _NATION_TEXT_REACH characters of the match: two bounded windows."""
    codes = set()
    for lo, hi in ((0, min(len(text), _GAZ_HEAD)), (max(0, m.start() - _NATION_TEXT_REACH), min(len(text), m.end() + _NATION_TEXT_REACH))):
        for f in _GAZ_LOCATION.finditer(text, lo, hi):
            if f["r"]:
                code = _GAZ_BY_FORUM.get(f["r"].lower())
            else:
                w = " ".join(f["c"].lower().replace("’", "'").split())
                code = _GAZETTEER.get(w) if f["c"][0].isupper() and (len(w) > 3 or f["c"].isupper()) else None
            if code:
                codes.add(code)
    return codes


def _gazetteer_codes(text, m, lo, hi, places_only=False) -> set:
    """(nation39, §163) The codes of the gazetteer's places named in text[lo:hi] outside the match: capitalised (a name of
    three letters or fewer in capitals), not a demonym or a nation as a noun's attribute ("a Canadian friend", "the
    Brazil game"); ``places_only``: cities and regions only (a nation named in another sentence is as often news)."""
    codes = set()
    for f in _GAZ_CUE.finditer(text, lo, hi):
        w = f["c"]
        if m.start() <= f.start() < m.end() or not w[0].isupper() or (len(w) <= 3 and not w.isupper()):
            continue
        k = " ".join(w.lower().replace("’", "'").split())
        if places_only and k not in _GAZ_PLACES and "-" not in _GAZETTEER[k]:   # (a region's city: "Toronto" CA-ON)
            continue
        if k in _DEMONYMS and _LOWER_WORD_AFTER.match(text, f.end()) or _ATTRIBUTIVE_AFTER.match(text, f.end()):
            continue
        codes.add(_GAZETTEER[k])
    return codes


def _sentence_place_codes(text, m) -> set:
    """(nation39, §163) The codes of the writer's own places (``_location_codes``), where they are of one nation, else of
    the places named in the holiday's sentence (at most 200 characters back, 150 on)."""
    lo = max(0, m.start() - 200)
    ends = [e.end() for e in _SENTENCE_END.finditer(text, lo, m.start())]
    lo = ends[-1] if ends else lo
    end = _SENTENCE_END.search(text, m.end(), min(len(text), m.end() + 150))
    hi = end.start() if end else min(len(text), m.end() + 150)
    codes = _location_codes(text, m)   # the writer's own place first: "r/brisbane ... used to be October back in NSW"
    if len({c.split("-")[0] for c in codes}) != 1:
        codes = _gazetteer_codes(text, m, lo, hi)
    return codes


_DEFAULT_NATIONS = {k: frozenset(v) for k, v in L["holiday_default_nations"].items() if not k.startswith("_")}


def _nation_world(name, text, m):
    """(nation39, §163) The WorldDays of the holiday ``name`` (a name of the national_days table) as the one nation the
    text's places name keeps it (its region's where a region or one of its cities is named: Queensland's Labour Day), or
    None: no place named, places of more than one nation (no guess), or a nation that keeps no holiday of that name on one
    day (the table's reading stands). The places read: the holiday's sentence (at most 200 characters back, 150 on), else
    cities and regions within _NATION_TEXT_REACH characters either side; the package is read for that one place only
    (worldhol.days_of: one country's holidays per year and language, lru-cached; the name index is never built here)."""
    codes = _sentence_place_codes(text, m)
    if not codes:
        codes = _gazetteer_codes(text, m, max(0, m.start() - _NATION_TEXT_REACH), min(len(text), m.end() + _NATION_TEXT_REACH), True)
    if not codes:
        # the text's first line (at most _GAZ_HEAD characters): a page's, a review's or a listing's heading names its place
        # ("Lodge in Bulawayo ★★★★★" over a review that says "over Independence" far below)
        head = text.find("\n", 0, _GAZ_HEAD)
        codes = _gazetteer_codes(text, m, 0, head if head >= 0 else min(len(text), _GAZ_HEAD))
    nations = {c.split("-")[0] for c in codes}
    key = _WORLD.key(name)
    keys = [k for k in dict.fromkeys((key, _KEY_SPELLINGS.get(key, key))) if k]
    if len(nations) > 1:
        # places of more than one nation: no guess; where two or more of them keep a holiday of that name ("half the
        # family's in Belize, half in Harare for Independence Day"), no day at all ("none"), not the table's default
        keeping = {n for n in nations for k in keys if any(days_of(_WORLD, (n, None), k, y) for y in _WORLD.years)}
        return "none" if len(keeping) > 1 else None
    if not nations:
        return None
    subs = {tuple(c.split("-", 1)) for c in codes if "-" in c}
    places = sorted(subs) if subs else [(nations.pop(), None)]
    for k in keys:
        # every place keeps the name in one of the index's years at least ("King's Birthday" since 2023), on one day
        if all(any(days_of(_WORLD, p, k, y) for y in _WORLD.years) for p in places) and world_agree(_WORLD, places, k, _WORLD.years):
            return WorldDays(_WORLD, places, k)
    return None


def _nation_of(name, text, m):
    """The day the nation named near the holiday keeps (kind, spec), "none" for a nation whose day is not
    known (null), None for no nation of the holiday's table. (nation39, §163) Where the table holds no day for the text's
    nation (none named that it holds, or its day is null: Australia's Labour Day), the place the text names (a city, a
    region, a nation: the gazetteer) decides through the holidays package: ("world", WorldDays) of that nation or region."""
    day = _nation_of_table(name, text, m)
    world = _nation_world(name, text, m)
    if world == "none":
        return "none"   # places of two nations that both keep the name: no guess, the table's nearest either
    if world is not None and (day is None or day == "none" and all(p[1] is not None for p in world.places)):
        # (a null day of the table is its word for the nation: "Israel" moves with the Hebrew calendar, untagged; only a
        # region's day, where the nation's regions differ, is read past it: Queensland's Labour Day)
        return "world", world
    if day is None and world is None and name in _DEFAULT_NATIONS \
            and len(nations := {c.split("-")[0] for c in _sentence_place_codes(text, m)}) == 1 and not nations & _DEFAULT_NATIONS[name]:
        # (holidays43, §227) the table's one day is one nation's (lexicon holiday_default_nations: the Fourth of July);
        # its sentence names a place of another nation that keeps no day of that name: no day ("Independence Day in
        # Bermuda"), not the Fourth of July
        return "none"
    return day


def _nation_of_table(name, text, m):
    """The day of the holiday's table (lexicon national_days) for the nation named near it (as ``_nation_of``)."""
    table = _NATIONAL_DAYS[name]
    nation = _NATION_BEFORE.search(text, max(0, m.start() - 40), m.start()) or _NATION_AFTER.match(text, m.end("h"))
    key = " ".join(nation["nation"].lower().split()) if nation else None
    if key not in table:
        # further away: anywhere in the sentence, capitalised ("US" in capitals), nearest first
        lo = max(0, m.start() - 200)
        ends = [e.end() for e in _SENTENCE_END.finditer(text, lo, m.start())]
        lo = ends[-1] if ends else lo
        end = _SENTENCE_END.search(text, m.end(), min(len(text), m.end() + 150))
        hi = end.start() if end else min(len(text), m.end() + 150)
        best = _nation_nearest(text, m, lo, hi, table)
        if best is None:
            # (thirtieth session) not in its sentence: in the sentences around it, _NATION_TEXT_REACH characters either
            # way ("... before Independence Day, I told him latest Monday. Abeg the part is coming from Lagos tomorrow":
            # a chat of Lagos, not the Fourth of July)
            best = _nation_nearest(text, m, max(0, m.start() - _NATION_TEXT_REACH), min(len(text), m.end() + _NATION_TEXT_REACH), table,
                                   places_only=True)
        if best is None:
            # (thirtieth session) or the money it is written in, in the same characters ("N5,000", "GH₵200", "KSh 500": a
            # writer paying in naira keeps Nigeria's days; lexicon nation_currencies)
            lo, hi = max(0, m.start() - _NATION_TEXT_REACH), min(len(text), m.end() + _NATION_TEXT_REACH)
            for c in _NATION_CURRENCY.finditer(text, lo, hi):
                k = _CURRENCY_FORMS[c["cur"] or c["cur2"]]
                if k in table:
                    gap = m.start() - c.end() if c.end() <= m.start() else c.start() - m.end()
                    if best is None or gap < best[0]:
                        best = (gap, k)
        key = best[1] if best else None
        if key is None:
            # (holidays35, §132) the writer's voice near it (§126's cues: a place, a country's words), one nation's; not
            # where its sentence names a nation of no use ("A Canadian friend came over for Thanksgiving": the friend's)
            # (holidays36, §138) a nation named near it that is the voice's own does not stop it ("My first winter in
            # Canada" in the next review of an Ontario page)
            voiced = {_VOICE_NATIONS.get(v) for v in _kind_voice_names(text, m)}
            named = {_NATION_PLACES.get(k, k) for f in _NATION_FAR.finditer(text, lo, hi)
                     if f["nation"][0].isupper() and (len(f["nation"]) > 3 or f["nation"].isupper())
                     for k in (" ".join(f["nation"].lower().split()),)}
            key = voiced.pop() if len(voiced) == 1 and named <= voiced else None
            if not voiced and key is None and name in _NATION_ONLY:
                # (bankhol37, §143) a name that is no day without its nation ("Family Day"), with no voice within
                # kind_holiday_reach: the voice of the page it is on, read further back (nation_only_far_voice_reach
                # characters before it: a listing's or a thread's title over its reviews and replies), one nation's
                # only; no day else (the window bounds the look-back)
                far = {_VOICE_NATIONS.get(v) for v in _kind_voice_names(text, m, _FAR_VOICE_REACH)}
                key = far.pop() if len(far) == 1 else None
            if key not in table and name in _NATION_ONLY:
                # (feasts41, §192) a name that is no day without its nation ("National Day", "Jounen Kwéyòl",
                # "Discovery Day") far below the text's first line, which names the page's place (a listing's, a
                # group's heading: "Mama Lucy's Fish Fry - Gros Islet Jump-Up"): that place's nation, where the
                # holiday's table holds it; the look is bounded by the first line, at most _GAZ_HEAD characters
                head = len(text[:_GAZ_HEAD]) - len(text[:_GAZ_HEAD].lstrip())   # (blank lines before it left out)
                nl = text.find("\n", head, head + _GAZ_HEAD)
                head_end = nl if nl >= 0 else min(len(text), head + _GAZ_HEAD)
                if m.start() > head_end and (best := _nation_nearest(text, m, head, head_end, table)) is not None \
                        and table[best[1]] is not None:
                    key = best[1]   # (a nation whose day the table leaves open, null, is left to the gazetteer's reading)
    if key not in table:
        return None
    day = table[key]
    if day is None:
        return "none"
    return ("fixed", day) if isinstance(day, str) else (day[0], day[1])
_NATION_BEFORE = re.compile(r"(?i)(?<![\w.])(?P<nation>%s)(?:['’]s)?\s+(?:(?:\d+(?:st|nd|rd|th)|first|happy)\s+)?$" % _NATIONS)
_NATION_AFTER = re.compile(r"(?i),?\s+(?:to\s+(?:all\s+|everyone\s+|everybody\s+)?)?(?:(?:in|of|for|from)\s+)?(?:the\s+)?(?P<nation>%s)(?![\w'’])" % _NATIONS)
_HOLIDAY_REL = re.compile(r"(?i)(?<![\w'’])(?<!the\s)(?P<rel>last|next)\s+$")   # (not "the last Christmas of the war")
# (lead, thirty-seventh session, §157) a year told right after a holiday, two expressions as the blind annotators write
# them: "That was Emancipation Day last year", "Remembrance Day next year is a Monday", "Easter this year": the holiday of
# that year (lexicon holiday_year_after: the relation's offset from the year of writing)
_HOLIDAY_YEAR_AFTER = _re(r"(?i)[ \t]+(?P<rel>{holiday_year_after:bare})[ \t]+(?:year|yr)(?![\w'’])")
# (the lead, fortieth session, §202) the year said after a copula or a verb of its date and one or two words ("Easter was
# early last year", "Christmas was quiet last year", "Easter falls late next year"): bounded, at most two words between
_HOLIDAY_YEAR_AFTER_PRED = _re(r"(?i)[ \t]+(?:{holiday_year_predicate_verbs})(?:[ \t]+(?!(?:{clause_year_breaks}|and|or|the|a|an)(?![\w'’]))[A-Za-z'’-]+){1,2}"
                               r"[ \t]+(?P<rel>{holiday_year_after:bare})[ \t]+(?:year|yr)(?![\w'’])")
_HOLIDAY_YEAR_OFFSET = {k.lower(): v for k, v in L["holiday_year_after"].items()}
# (holidays43, forty-third session, §225) a holiday said to fall on a weekday, then the year ("Nunavut Day is on a Sunday
# this year", "Christmas falls on a Monday next year"): a weekday of one calendar year, that year ("this year" too, the
# year of writing: lexicon holiday_weekday_year); bounded, the verb, "on", an article or none, the weekday, the year
# (a place said between them: lexicon holiday_place_between_preps, "Bounty Day on Norfolk Island is on a Sunday this year")
_HOLIDAY_PLACE_BETWEEN = r"(?:[ \t]{1,3}(?i:{holiday_place_between_preps})(?:[ \t]{1,3}(?i:{holiday_place_between_articles}))?(?:[ \t]{1,3}[A-Z][\w'’.-]{0,24}){1,4})?"
_HOLIDAY_WEEKDAY_YEAR = _re(_HOLIDAY_PLACE_BETWEEN + r"[ \t]+(?i:{holiday_weekday_year_verbs})[ \t]+(?i:on)[ \t]+(?:(?i:a|the)[ \t]+)?(?P<hwd>%s)"
                            r"[ \t]+(?P<rel>(?i:{holiday_weekday_year:bare}))[ \t]+(?i:year|yr)(?![\w'’])" % WEEKDAY)
_HOLIDAY_WEEKDAY_YEAR_OFFSET = {k.lower(): v for k, v in L["holiday_weekday_year"].items()}


def _holiday_year_after(text, end, extra=None):
    """(§157, §202, §225) The offset from the year of writing of the year said after a holiday ending at ``end``, or None;
    (the lead's revision of §225) with ``extra``, the weekday it is said to fall on, for the resolver to check it
    ("halloween is on a Friday this year" written on 31 December 2024: 2024's is a Thursday, so not that year)."""
    if (ya := _HOLIDAY_WEEKDAY_YEAR.match(text, end)) is not None:
        if extra is not None:
            extra["year_after_weekday"] = weekday_num(ya["hwd"])
        return _HOLIDAY_WEEKDAY_YEAR_OFFSET[ya["rel"].lower()]
    if (ya := _HOLIDAY_YEAR_AFTER.match(text, end)) is not None or (ya := _HOLIDAY_YEAR_AFTER_PRED.match(text, end)) is not None:
        return _HOLIDAY_YEAR_OFFSET[ya["rel"].lower()]
    return None
_HOLIDAY_THIS_WEEKDAY = _re(r"(?i)\s+(?:is\s+|['’]s\s+|falls\s+)?(?:on\s+)?(?:this\s+(?:coming\s+)?)?%s(?![\w'’])" % WEEKDAY)


# (thirtieth session) "Independence" alone for the national day, as West African, East African, Caribbean and South
# Asian writers say it ("can we do it before Independence?", "closed for Independence", "since Independence"): after a
# preposition of time, capitalised, with no noun after it, and only where a nation is told near it (a city of it, its
# money, its name in the sentence: rule holiday's reading for "Independence Day"); no nation, no date
# ((the lead, forty-first session, §216) or "Independence" before "weekend", "long weekend", with no preposition: "We'll be
# back Independence weekend with the cousins" (a Swakopmund review), the weekend of the nation's day, as "Independence
# Day weekend")
# ((holidays43, §227) never before a capitalised word: "on Independence Drive", "at Independence Mall" name a street, a
# building, whatever noun follows; independence_alone_not_before lists the lower-case ones)
@rule("independence_alone", r"(?<![\w'’])(?:(?:{independence_alone_prepositions})[ \t]+(?P<h>Independence)(?![\w'’-])(?![ \t]+(?:{independence_alone_not_before})(?![\w'’]))(?![ \t]+[A-Z][a-z])"
      r"|(?P<h2>Independence)[ \t]+(?:(?i:long)[ \t]+)?(?i:weekend)(?![\w'’-]))",
      17, triggers="holiday_key",
      examples=[("2024-09-25", "Customer asked if we can do it before Independence, I told him latest Monday. Abeg the spare part is coming from Lagos tomorrow.", "Independence", "2024-10-01"),
                ("2024-01-12", "Swakopmund: we'll be back Independence weekend with the cousins", "Independence weekend", "2024-W12-WE")])
def _independence_alone(m, text):
    day = _nation_of(_INDEPENDENCE_DAY, text, m)
    if day is None or day == "none":
        return None
    kind, spec = day
    if m["h2"]:
        return Mention(m.start("h2"), m.end(), "independence_alone", "holiday",
                       dict(name=_INDEPENDENCE_DAY, hkind=kind, spec=spec, year=None, weekend=True), 17)
    return Mention(m.start("h"), m.end("h"), "independence_alone", "holiday",
                   dict(name=_INDEPENDENCE_DAY, hkind=kind, spec=spec, year=None), 17)


_INDEPENDENCE_DAY = L["independence_alone_holiday"][0]


# (the lead, forty-second session, §221) a holiday's first word alone before "weekend", as New Zealanders say "Labour
# weekend" for the long weekend of Labour Day ("is the lodge open over Labour weekend?"): the weekend of the holiday the
# lexicon names for the word (holiday_word_weekends), read as that holiday with "weekend" after it, its nation as the
# holiday's (_nation_of: a holiday kept by nation with no nation near it, no voice, no day)
_HOLIDAY_WORD_WEEKENDS = {k.lower(): v for k, v in L["holiday_word_weekends"].items()}


@rule("holiday_word_weekend", r"(?<![\w'’])(?P<h>{holiday_word_weekends:cs})[ \t]+(?:(?i:long)[ \t]+)?(?i:weekend)(?![\w'’-])",
      17, triggers="holiday_key",
      examples=[("2026-10-03", "Chatham Islands lodge, New Zealand: is the lodge open over Labour weekend?", "Labour weekend", "2026-W43-WE")])
def _holiday_word_weekend(m, text):
    name = _HOLIDAY_WORD_WEEKENDS[m["h"].lower()]
    day = _nation_of(name, text, m)
    if day is None or day == "none":
        return None
    kind, spec = day
    return Mention(m.start("h"), m.end(), "holiday_word_weekend", "holiday",
                   dict(name=name, hkind=kind, spec=spec, year=None, weekend=True), 17)


# (localhol32, docs §113) Northern Ireland's "the Twelfth": a capitalised ordinal after "the" that is a holiday's name
# (lexicon ordinal_holidays), its day only where a nation of it (or one of its places) is named near it, read as rule
# holiday reads a nation (national_days under the same key); no nation, no day (rule spoken_ordinal_day leaves it too).
# Not before "of", "Night", "fortnight"... (ordinal_holiday_not_before: a date, a play, a span no rule fixes).
_ORDINAL_HOLIDAY_NOT_BEFORE = _re(r"(?i)[ \t]{1,3}(?:{ordinal_holiday_not_before})(?![\w'’])")


@rule("ordinal_holiday", r"(?P<the>[Tt]he)[ \t]{1,3}(?P<h>{ordinal_holidays:cs})(?![\w'’-])(?:,?[ \t]{1,3}(?P<year>%s)(?![\w'’-]))?" % YEAR, 17,
      triggers="ordinal_word", requires="ordinal_holidays",
      examples=[("2025-03-03", "We're off to watch the bands in Belfast on the Twelfth.", "the Twelfth", "2025-07-12"),
                ("2026-03-03", "the whole of Northern Ireland shuts down for the Twelfth", "the Twelfth", "2026-07-13")])
def _ordinal_holiday(m, text):
    if _ORDINAL_HOLIDAY_NOT_BEFORE.match(text, m.end("h")):
        return None
    name = m["h"].lower()
    day = _nation_of(name, text, m)
    if day is None or day == "none":
        return None
    kind, spec = day
    extra = {}
    if _HOLIDAY_ITSELF_AFTER.match(text, m.end("h")) or _HOLIDAY_ITSELF_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        extra["itself_past"] = True
    return M(m, "ordinal_holiday", "holiday", name=name, hkind=kind, spec=spec, year=_year(m["year"]), **extra)


# (holdate33, docs §117) a holiday whose day the lexicon keeps by nation (nation_only_holidays: with no nation, no day)
# given its own date in apposition, in brackets, after a dash, a colon or a comma: "Queen's Birthday (Monday 13 June)",
# "Labour Day - Monday 7 October", "Family Day: Feb 17". The name is that date (the fresh gold: both DATEs, one value),
# whatever the nation; the date reads as before (rule day_month, month_day). Capitalised names only (a "family day out"
# is none). Bounded: the blanks are runs of 0-3 between fixed words.
_TOLD_NAME = re.compile(r"(?:[A-Z][\w'’]*[ \t]+)*[A-Z][\w'’]*")


@rule("holiday_told_date", r"(?P<h>{nation_only_holidays})[ \t]{0,2}(?:\([ \t]{0,2}|[-–—:,][ \t]{1,3})(?:(?P<wd>%s|%s)\.?,?[ \t]{1,3})?"
      r"(?:(?P<d>[0-3]?\d)(?:{ordinal_suffixes:cs})?[ \t]{1,3}(?:(?i:of)[ \t]{1,3})?(?P<mon>%s)|(?P<mon2>%s)\.?[ \t]{1,3}(?P<d2>[0-3]?\d)(?:{ordinal_suffixes:cs})?)"
      r"(?:,?[ \t]{1,3}(?P<year>%s))?(?![\w'’])" % (WEEKDAY, SHORT_WD, MONTH, MONTH, YEAR), 24, triggers="holiday_key",
      examples=[("2022-05-31", "⚠ Queen's Birthday (Monday 13 June): hours might differ", "Queen's Birthday", "2022-06-13"),
                ("2025-03-05", "Labour Day - Monday 7 October - offices closed", "Labour Day", "2024-10-07")])
def _holiday_told_date(m, text):
    if not _TOLD_NAME.fullmatch(m["h"]):
        return None   # "a family day (Sat 3 May)": no holiday's name
    d = int(m["d"] or m["d2"])
    if not 1 <= d <= 31:
        return None
    return M(m, "holiday_told_date", "cal", group="h", year=_year(m["year"]), month=month_num(m["mon"] or m["mon2"]), day=d,
             grain="day", weekday=weekday_num(m["wd"]) if m["wd"] else None, anaphoric_year=None,
             **(_forward(m, text) if not m["year"] else {}))


# (holdate33, docs §117) Quebec's days by a bare name: "Saturday is St-Jean", "on se voit à la St-Jean", "the Fête
# nationale" (24 June), "Moving day is crazy" (1 July, the day Quebec's leases end): lexicon quebec_days, each only with a
# Quebec frame (quebec_frame_words) within quebec_frame_reach characters either side (one bounded search: the reach
# bounds it); not a street's, a church's, a greeting's or a possessive's own move (quebec_day_not_before, 16 characters
# back at most), nor a town's or a street's name after it (quebec_day_not_after, "St-Jean-sur-Richelieu" by its hyphen)
_QUEBEC_DAYS = {" ".join(k.lower().split()): v for k, v in L["quebec_days"].items()}
_QUEBEC_FRAME = _re(r"(?i)(?<![\w])(?:{quebec_frame_words})(?![\w])")
_QUEBEC_REACH = L["quebec_frame_reach"]
_QUEBEC_DAY_NOT_BEFORE = _re(r"(?i)(?:(?<![\w'’])(?:{quebec_day_not_before})[ \t]{1,3}(?:(?:la|le|the)[ \t]{1,3})?|['’]s[ \t]{1,3}|-)$")
_QUEBEC_DAY_NOT_AFTER = _re(r"(?i)[ \t]{1,3}(?:{quebec_day_not_after})(?![\w'’])")


@rule("quebec_day", r"(?P<h>{quebec_days})(?![\w'’-])", 17, triggers="frame_day", requires="quebec_days",
      examples=[("2023-06-19", "Dispatch: Moving day is crazy, every truck in Montreal is booked", "Moving day", "2023-07-01"),
                ("2025-03-05", "on se voit à la St-Jean à Montréal?", "St-Jean", "2025-06-24")])
def _quebec_day(m, text):
    if _QUEBEC_DAY_NOT_BEFORE.search(text, max(0, m.start() - 16), m.start()) or _QUEBEC_DAY_NOT_AFTER.match(text, m.end()):
        return None
    if not _QUEBEC_FRAME.search(text, max(0, m.start() - _QUEBEC_REACH), min(len(text), m.end() + _QUEBEC_REACH)):
        return None   # "moving day at the Open", "St-Jean" of a camino: no Quebec near, no day
    name = " ".join(m["h"].lower().split())
    extra = {}
    if _HOLIDAY_ITSELF_AFTER.match(text, m.end("h")) or _HOLIDAY_ITSELF_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        extra["itself_past"] = True
    return M(m, "quebec_day", "holiday", name=name, hkind="fixed", spec=_QUEBEC_DAYS[name], year=None, **extra)


# (thirtieth session) a year named before a holiday in its clause (no comma, stop or colon between, _CLAUSE_YEAR_REACH
# characters at most; not a year's possessive, "Last year's budget", nor "this Christmas"): the holiday of that year
# (``resolve``, from the year the sentence resolved)
_CLAUSE_YEAR_REACH = 60
# (a year told as when: "last year", "next year", "in 2020"; not "since 1994", a year the clause counts from)
_CLAUSE_YEAR_BEFORE = _re(r"(?i)(?:(?<![\w'’])(?:{period_relations})[ \t]+year|(?<![\w'’])in[ \t]+(?:1[6-9]|20)\d\d)(?![\w'’])[^,;:.!?\n]*$")
_THIS_HOLIDAY_BEFORE = re.compile(r"(?i)(?<![\w'’])this[ \t]+$")
# (thread42, §205) a year told as when opening the sentence, its clause, a comma, and the holiday's clause: "last year we got
# caught out, half of Manuka was shut on Canberra Day", "Last year we left it late, everything was shut on Easter Monday":
# the holiday of that year where its own clause is past (``resolve``); not the year as its clause's subject ("last year was
# awful, we had a lovely Christmas": lexicon clause_year_subject_verbs), not a clause that turns ("but", "though", "this
# time": clause_year_breaks), one comma only. Bounded: _CLAUSE_YEAR_PAST_REACH characters before the holiday.
_CLAUSE_YEAR_PAST = _re(r"(?i)(?<![\w'’])(?:{clause_year_relations})[ \t]+(?:year|yr)(?![\w'’])(?P<first>[^,;:.!?\n]*),(?P<rest>[^,;:.!?\n]*)$")
_CLAUSE_YEAR_PAST_REACH = 96
_CLAUSE_OPENS = re.compile(r"(?:^|[\n.!?:])[ \t\W]{0,3}$")


def _year_clause_before_comma(text: str, start: int) -> bool:
    lo = max(0, start - _CLAUSE_YEAR_PAST_REACH)
    c = _CLAUSE_YEAR_PAST.search(text, lo, start)
    if c is None or (c.start() > 0 and not _CLAUSE_OPENS.search(text[max(0, c.start() - 4):c.start()]) and c.start() > lo) \
            or (c.start() == lo and lo > 0):
        return False
    first = [w.lower() for w in _CLAUSE_WORD.findall(c["first"])]
    rest = [w.lower() for w in _CLAUSE_WORD.findall(c["rest"])]
    return bool(first) and first[0] not in _CLAUSE_YEAR_SUBJECT and _CLAUSE_YEAR_BREAKS.isdisjoint(first + rest) \
        and not _THIS_HOLIDAY_BEFORE.search(text, max(0, start - 8), start)
# (holiday40, docs §180) or an event's name with its year earlier in the sentence, across commas ("Carnival 2026 is mid Feb
# I think, Easter's early", "Pride 2025 was wet, Christmas too"): the sentence speaks of that year, and so of its
# holiday. The name capitalised, the year of four digits right after it; no sentence end between (the same 60 characters).
_NAMED_YEAR_BEFORE = re.compile(r"(?<![\w'’])[A-Z][\w'’-]{1,24}[ \t]+(?:1[6-9]|20)\d\d(?![\w'’/.:-])[^.!?\n]*$")
# (yearclause37, §147) a year told as when earlier in a month's own clause: "last year you were shut by the end of March",
# "next year it's not til July": the month (or its day) is that year's (resolve._cal, with
# the year the sentence named, ``Discourse.sentence_year``). A fronted "Last year," may keep its comma; no other clause mark
# between, no word opening another clause ("last year was rough, but March ...", "... though March"), and not the year as
# the clause's subject ("last year was rough and March is looking up"). Bounded: _CLAUSE_YEAR_REACH characters before.
# Only "last"/"next" year (lexicon clause_year_relations): with "this year", "the past year" and "in 2019" too it lowered
# sealed2 news (figures only), which "in 2019 ... in March" already reads by its own rule (resolve._year_for).
_MONTH_CLAUSE_YEAR = _re(r"(?i)(?<![\w'’])(?:{clause_year_relations})[ \t]+(?:year|yr)(?![\w'’]),?"
                         r"(?P<rest>[^,;:.!?\n]*)$")
_CLAUSE_YEAR_SUBJECT = frozenset(L["clause_year_subject_verbs"])
_CLAUSE_YEAR_BREAKS = frozenset(L["clause_year_breaks"])
_CLAUSE_WORD = re.compile(r"[\w'’]+")


def _clause_year(m, text) -> dict:
    """{"clause_year": True} when a year told as when opens the month's clause before it (``_MONTH_CLAUSE_YEAR``)."""
    c = _MONTH_CLAUSE_YEAR.search(text, max(0, m.start() - _CLAUSE_YEAR_REACH), m.start())
    if c is None:
        return {}
    words = [w.lower() for w in _CLAUSE_WORD.findall(c["rest"])]
    if _YEAR_EQUALS_REST.fullmatch(c["rest"]):
        return {"clause_year": True}   # (§201) "last year was mid June too", "last year it was August": the year's month
    if (words and words[0] in _CLAUSE_YEAR_SUBJECT) or not _CLAUSE_YEAR_BREAKS.isdisjoint(words):
        return {}
    return {"clause_year": True}


# (the lead, fortieth session, §201) a year told as when, then only a copula (and "it") before the month: "last year was mid
# June too", "Last year was August, this year it's July", "next year it's May": the month of that year (and a month that is
# also a word, "August", "May", is the month there); bounded by _CLAUSE_YEAR_REACH as _clause_year
_YEAR_EQUALS_REST = _re(r"(?i)[ \t]*(?:(?:{year_equals_month_subjects})[ \t]+)?(?:{year_equals_month_copulas})[ \t]+")


def _year_equals_month(m, text) -> bool:
    c = _MONTH_CLAUSE_YEAR.search(text, max(0, m.start() - _CLAUSE_YEAR_REACH), m.start())
    return c is not None and _YEAR_EQUALS_REST.fullmatch(c["rest"]) is not None


_CURRENCY_HOLIDAYS = frozenset(L["currency_holiday_names"])
_CURRENCY_BEFORE = re.compile(r"[\d/]\s?$")   # a number or a slash right before ("500 CNY", "USD/CNY")
_CURRENCY_AFTER = re.compile(r"\s?[\d/$¥]")    # a number, a slash or a sign right after ("CNY 500", "CNY/USD")


_MONDAY = L["weekdays"]["monday"]   # (holdate33) ISO 1: a weekday holiday's spec is (month, ISO weekday, n)


@rule("holiday", r"(?:(?P<pre>(?i:the)\s+(?i:eve)\s+(?i:of)\s+|(?i:erev)\s+))?(?P<h>%s)(?:\s+(?P<eve>(?i:eve)))?(?:\s+(?P<pod>(?i:morning|afternoon|evening|night))(?![\w'’-]))?(?:,?\s+(?:(?P<year>%s)|(?P<y3>[1-9]\d\d)(?![\w%%/]|[.,:]\d))|\s+['’](?P<yy>\d\d)(?![\w'’%%/]|[.,:]\d)|\s+(?P<wk>(?i:week|wk))(?![\w'’-])|\s+(?P<wke>(?i:(?:long\s+)?(?:weekend|wknd|wkend)))(?![\w'’-])|\s+(?P<bwd>(?i:monday(?![\w'’-])|mon(?![\w'’.-]))))?(?![\w])" % (HOLIDAY.replace("(?:", "(?:", 1), YEAR), 17, triggers="holiday_key",
      # the song "White Christmas": a title; "the Good Friday Agreement", "the Easter Rising": names
      reject_before=(r"[\"“]\w+\s+$|(?i:morrow\s+of\s+)$", 16), reject_after=(r"\s+{holiday_name_nouns:cs}\b", 14),
      examples=[
          ("2023-01-01", "Revellers crowded Times Square on New Year's Eve.", "New Year's Eve", "2022-12-31"),
          ("2025-02-16", "unbeaten in 9, last defeat was boxing day", "boxing day", "2024-12-26"),
          ("2025-01-07", "see you at easter if not before!", "easter", "2025-04-20"),
          ("2024-06-12", "May 24th is the bank holiday weekend", "bank holiday weekend", "2024-W21-WE"),
          ("2024-06-12", "heading home to Cork for the bank holiday", "bank holiday", "2024-08-05"),
          ("2024-01-01", "Charlemagne was crowned in Rome on Christmas Day 800, early in the 9th century.", "Christmas Day 800", "0800-12-25")])
def _holiday(m, text):
    name = " ".join(m["h"].lower().replace("’", "'").split())
    if name in _CURRENCY_HOLIDAYS and (_CURRENCY_BEFORE.search(text, max(0, m.start("h") - 4), m.start("h"))
                                       or _CURRENCY_AFTER.match(text, m.end("h"))):
        return None   # (anchors28) "CNY 500", "500 CNY", "CNY/USD": the currency, not Chinese New Year
    if not m["h"][0].isupper() and name in _UNCUED_HOLIDAYS and name in _SEASON_HOLIDAYS and _ATTR_NOUN_AFTER.match(text, m.end()) \
            and not _HOLIDAY_AFTER_CUE.match(text, m.end()) and not _HOLIDAY_CUE.search(text, max(0, m.start() - 12), m.start()):
        return None   # (days) "xmas social", "the xmas rota": a thing of the season, not the day (as "the christmas tree")
    if not m["h"][0].isupper() and " " not in name and not m["wk"] and not m["wke"] and not m["eve"] and name not in _UNCUED_HOLIDAYS \
            and not _HOLIDAY_CUE.search(text, max(0, m.start() - 12), m.start()) \
            and not (_HOLIDAY_AFTER_CUE.match(text, m.end()) and not text[max(0, m.start() - 3):m.start()].lower() == "of "):
        return None  # lower case only after a cue: "home since christmas", "see you at easter" ("boxing day" anywhere)
    if not m["h"][0].isupper() and not m["wk"] and _VERB_HOLIDAY_CUE.search(text, max(0, m.start() - 12), m.start()) \
            and _ATTR_NOUN_AFTER.match(text, m.end()):
        return None   # (sift) "spent easter egg money": a verb's cue before a thing of the season
    if name in _CAPS_HOLIDAYS and not m["h"].isupper() and not (m["h"].islower() and _HOLIDAY_CUE.search(text, max(0, m.start() - 12), m.start())):
        return None   # (informal6) "NYD", "NYE" in capitals only ("Bill Nye" is a name); (recall24) or in lower case after a cue: "who's around for nye?"
    if name in _CUED_WEEKEND_NAMES and (m["wke"] or m["bwd"]):
        # (localhol32, §113) "the May Day weekend", "May Day Monday": the May Day bank holiday's weekend, its Monday (no
        # cue needed: a weekend or a Monday after the name is no rally, no church, no singer)
        name = _CUED_WEEKEND_NAMES[name]
        kind, spec = _HOLIDAYS[name]
        if m["bwd"]:
            return M(m, "holiday", "holiday", name=name, hkind=kind, spec=spec, year=None)
    elif name in _CUED_HOLIDAYS and not _CUED_HOLIDAY_CUE.search(text, max(0, m.start() - 10), m.start()):
        return None  # "until All Saints" is a day; "at All Saints" a church, "Lady Day sang" a singer
    if name in _TITLE_HOLIDAYS and not (m["h"][0].isupper() and m["h"].split()[-1][0].isupper()):
        return None   # (holidays30) "a family day out", "a Victoria day trip": no holiday
    eve_named = bool(m["eve"]) and name + " eve" in _HOLIDAYS
    if eve_named:
        name = name + " eve"
    kind, spec = _HOLIDAYS[name]
    if kind == "undated":
        return None   # (holidays30) "St Brigid's Day (bank holiday)": which day is meant is not in the words
    if name in _MONDAY_ONLY_SETS and not (m["bwd"] and m["h"].isupper()):
        return None   # (bankhol31) "BH" alone: a timetable's (§93); "BH Monday" the set's Monday
    if kind == "set" and not m["wk"] and not m["wke"] and not m["bwd"] and _SET_KIND_NOUN.match(text, m.end()):
        return None   # (bankhol31) "bank holiday pay rates", "a bank holiday rota": a kind of pay, no day
    if kind == "set" and all(w[0].isupper() for w in m["h"].split()) and not m["h"].isupper() \
            and (_TITLE_BEFORE.search(text, max(0, m.start() - 24), m.start()) or _TITLE_AFTER.match(text, m.end())):
        return None   # (bankhol31) "watched Bank Holiday", "Bank Holiday are playing": a title
    if kind == "set" and all(k != "dated" for k, _ in spec) and (voiced := _set_voice(text, m)) is not None:
        spec = voiced   # (bankhol31) "heading home to Cork for the bank holiday": Ireland's bank holidays
    if kind == "set" and not m["wk"] and _LABEL_AFTER.match(text, m.end()) and _LABEL_BEFORE.search(text, max(0, m.start() - 16), m.start()):
        # (holidays30) "Mon 30th (bank hol)": a label of the day just named; that day where it is one of the set's (§17),
        # else nothing (the writer's country keeps another set) -- resolve._holiday_of_set
        return M(m, "holiday", "holiday", name=name, hkind=kind, spec=spec, year=None, label=True,
                 **({"weekend": True} if m["wke"] else {}))
    if kind == "set" and (mon := _SET_MONTH_BEFORE.search(text, max(0, m.start() - _SET_MONTH_REACH), m.start())) \
            and mon["mon"][0].isupper() and not _SET_MONTH_DAY_BEFORE.search(text, max(0, mon.start() - 8), mon.start()) \
            and not _SET_MONTH_DAY_AFTER.match(text, mon.end("mon")):   # (bankhol31) after the month, not the window
        month = month_num(mon["mon"])
        if any(k in ("fixed", "weekday") and (int(sp.split("-")[0]) if k == "fixed" else sp[0]) == month for k, sp in spec):
            spec = [(k, sp) for k, sp in spec if k in ("fixed", "weekday") and (int(sp.split("-")[0]) if k == "fixed" else sp[0]) == month][:1]
    if name in _PERSON_HOLIDAYS and (_PERSON_TITLE.search(text, max(0, m.start() - 10), m.start())
                                     or _PERSON_VERB.match(text, m.end("h"))
                                     or ((f := _PERSON_FORENAME.search(text, max(0, m.start() - 20), m.start()))
                                         and f["w"].lower() not in _NAME_CUES and not _CAPITAL_AFTER.match(text, m.end("h")))):
        return None   # (twenty-first session) "Mohamed Eid said", "Dr Eid": a person
    by_nation = False
    if name in _NATIONAL_DAYS:
        # (twentieth session) "Happy Independence Day Nigeria!", "India's Independence Day": the nation's own day;
        # (twenty-first session) a nation further away in the sentence, or one of its cities, and more holidays
        # ("Thanksgiving in Canada", "Mother's Day in the UK", "Memorial Day in Israel")
        day = _nation_of(name, text, m)
        if day == "none":
            return None   # a nation whose day moves with another calendar: untagged rather than dated wrong
        if day is not None:
            kind, spec = day
            by_nation = True
        elif name in _NATION_ONLY:
            # (twenty-first session) "Labour Day" with no nation: whose, not known; (worldhol38, §149) unless the
            # nations of the holidays package that keep the name, or those of them the text names near it (a nation the
            # table does not hold: "Youth Day in Zambia"), keep it on one day (_world_days; capitalised names only)
            world = _world_days(m["h"], text, m, one_nation=True) if m["h"][0].isupper() and m["h"].split()[-1][0].isupper() else None
            if world is None:
                return None
            kind, spec, by_nation = "world", world, True
    if m["bwd"] and kind == "observed":
        # (localhol32, §113) "St Andrew's Day bank holiday Monday": one DATE, the holiday kept on that Monday
        return M(m, "holiday", "holiday", name=name, hkind=kind, spec=spec, year=None)
    if m["bwd"] and kind == "weekday" and spec[1] == _MONDAY:
        # (holdate33, §117) "the August bank holiday Monday", "Labour Day Monday" (with its nation): a holiday kept on a
        # Monday, its own Monday said after it, one DATE (was the holiday and the Monday apart, a report's Monday the
        # last one of the week)
        return M(m, "holiday", "holiday", name=name, hkind=kind, spec=spec, year=None)
    if m["bwd"] and kind != "set":
        # a weekday after another holiday is no part of it ("Christmas Monday" is two words of a text)
        return Mention(m.start(), m.end("eve") if m["eve"] else m.end("h"), "holiday", "holiday",
                       dict(name=name, hkind=kind, spec=spec, year=None))
    if m["bwd"]:
        # (days, eleventh session) "bank holiday Monday", "bank hol mon": one DATE, the Monday bank holiday
        # (was the holiday and a Monday apart, the Monday read as the next one of the week)
        return M(m, "holiday", "holiday", name=name, hkind=kind, spec=spec, year=None, monday=True,
                 **({"itself_past": True} if _HOLIDAY_ITSELF_AFTER.match(text, m.end())
                    or _HOLIDAY_ITSELF_BEFORE.search(text, max(0, m.start() - 30), m.start()) else {}))
    if m["eve"] and not eve_named or m["pre"] and not name.endswith(" eve"):
        # (anchors28) "Christmas Eve eve", "NYE eve", "CNY eve", "diwali eve", "Eid eve": the day before it too
        # (history6) "Michaelmas Eve", "the eve of Epiphany": the day before the feast
        if kind == "fixed":
            spec = (date(2001, *map(int, spec.split("-"))) - timedelta(days=1)).strftime("%m-%d")
        elif kind in ("easter", "orthodox"):
            spec -= 1
        elif kind == "dated" and not spec.until:
            # (days, twelfth session) "Erev Rosh Hashanah", "Erev Yom Kippur": the day before the table's day
            spec = spec.shifted(-1)
        elif kind == "set" and all(k == "dated" and not sp.until for k, sp in spec):
            spec = [(k, sp.shifted(-1)) for k, sp in spec]   # (anchors28) "Eid eve": the eve of either Eid
        else:
            return None
        name = "the eve of " + name
    if _HOLIDAY_THING.match(text[m.end(): m.end() + 16]) and name in _SEASON_HOLIDAYS:
        return None
    if m["y3"] and (_YEAR3_AFTER.match(text, m.end()) or not _COUNTED_AFTER.match(text, m.end())):
        # "Christmas Day 800,": a year of three digits, kept only in a text of those times (as
        # rule year3: ``tagger.extract``; elsewhere nothing, not this year's Christmas)
        return M(m, "holiday", "holiday", name=name, hkind=kind, spec=spec, year=int(m["y3"]), year3=True,
                 **({"pod": L["parts_of_day"][m["pod"].lower()]} if m["pod"] else {}))
    if m["y3"]:
        # "on Christmas Day 300 people queued": a count after the holiday
        return Mention(m.start(), m.end("eve") if m["eve"] else m.end("h"), "holiday", "holiday",
                       dict(name=name, hkind=kind, spec=spec, year=None))
    # "christmas week", "Easter week": the week of the holiday; (informal5) "Memorial Day weekend",
    # "Easter weekend": its weekend (the one before a holiday on a Monday: ``resolve``)
    if m["wk"] and kind in ("easter", "orthodox") and name.split()[-1] in L["weekdays"]:
        # (holdate33, §117) "Easter Monday week", "Whit Monday week": British and Irish "Monday week" said of a holiday
        # that is a weekday, the same weekday a week after it (as "Monday week", §89); "Easter week" stays the week
        return M(m, "holiday", "holiday", name=name + " week", hkind=kind, spec=spec + 7, year=None)
    extra = {"week": True} if m["wk"] else {"weekend": True} if m["wke"] else {}
    if (_CLAUSE_YEAR_BEFORE.search(text, max(0, m.start() - _CLAUSE_YEAR_REACH), m.start())
            or _NAMED_YEAR_BEFORE.search(text, max(0, m.start() - _CLAUSE_YEAR_REACH), m.start())) \
            and not _THIS_HOLIDAY_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        extra["clause_year"] = True   # (thirtieth session) "Last year we served 312 families the week of Thanksgiving"
    elif _year_clause_before_comma(text, m.start()):
        extra["clause_year_past"] = True   # (thread42, §205) "last year we got caught out, half the town was shut on Canberra Day"
    if kind == "dated" and spec.until and _SPAN_END_CUE.search(text, max(0, m.start() - 40), m.start()):
        extra["span_end"] = True   # (twenty-first session) "the end of Ramadan": its last day
    if m["pod"]:
        if m["wk"] or m["wke"]:
            return None
        extra["pod"] = L["parts_of_day"][m["pod"].lower()]   # (history7) "on Christmas night", "Christmas morning 1914"
    if _GREETING.search(text, max(0, m.start() - 10), m.start()):
        # (informal5) "Happy Mother's Day": said on or near it, the one nearest (variants too)
        extra["greeting"] = True
        if name in _HOLIDAY_VARIANTS:
            extra["variant"] = tuple(_HOLIDAY_VARIANTS[name])
    if by_nation:
        extra.pop("variant", None)   # (twenty-first session) "Happy Mother's Day to all the mums in the UK": the nation's
    elif name in _HOLIDAY_VARIANTS and not (m["year"] or m["yy"]) and _HOLIDAY_THIS_WEEKDAY.match(text, m.end()):
        # (days) "Mother's Day is this Sunday": the variant (British or US) that falls within the week
        extra.update(variant=tuple(_HOLIDAY_VARIANTS[name]), within_week=True)
    elif name in _HOLIDAY_VARIANTS and not (m["year"] or m["yy"]):
        # (days) "took my mum out for mothers day": the writer's word tells which country's day
        lo, hi = max(0, m.start() - _VARIANT_REACH), min(len(text), m.end() + _VARIANT_REACH)
        uk, us = _VARIANT_MARKS["variant"].search(text, lo, hi), _VARIANT_MARKS["main"].search(text, lo, hi)
        if uk and not us:
            kind, spec = _HOLIDAY_VARIANTS[name]
            extra.pop("variant", None)
        elif us and not uk:
            extra.pop("variant", None)
    if _HOLIDAY_ITSELF_AFTER.match(text, m.end("h")) or _HOLIDAY_ITSELF_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        extra["itself_past"] = True
    if _TIMETABLE_EXCEPT.search(text, max(0, m.start() - 90), m.start()):
        extra["timetable"] = True   # (holidays36, §138) "Bait shop closed Mondays except Family Day": the next one
    if _BOOKED_BEFORE.search(text, max(0, m.start() - 60), m.start()):
        extra["booked"] = True   # (holidays36, §138) "Booked a 6 hour hut for Valentine's": told just after it, this one
    if _PLAN_CUE_BEFORE.search(text, max(0, m.start() - 60), m.start()):
        extra["plan_cue"] = True   # (holiday40, §180) "come back for Independence!": a plan, even under a review's stamp
    if not (m["year"] or m["yy"] or m["y3"]) and (_BOOKED_OBJECT_BEFORE.search(text, max(0, m.start() - 40), m.start())
                                                  or _BOOKED_OBJECT_AFTER.match(text[:m.end() + 30], m.end())) \
            and not _BOOKED_REPORT_AFTER.match(text, m.end()):
        extra["booked"] = extra["booked_obj"] = True   # (holiday40, §180) "Already booked Easter to come home": a plan, the next
    if not (m["year"] or m["yy"] or m["y3"]) and (ya := _holiday_year_after(text, m.end(), extra)) is not None:
        extra["year_after"] = ya   # (lead, §157) "Easter last year": that year's; (§225) "is on a Sunday this year"
    if _HOURS_AFTER.match(text, m.end()):
        extra["to_come"] = True   # (bankhol31) "Bank Holiday opening times", "BANK HOL + HALLOWEEN HOURS": the hours to come
    if kind == "set":
        if (cop := _COPULA_AFTER.match(text, m.end())) is not None:
            # (bankhol31) "the bank holiday weekend is May 24th": the day told decides which one
            extra["told"] = (month_num(cop["m1"] or cop["m2"]), int(cop["d1"] or cop["d2"]))
        elif _COPULA_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            extra["copula"] = True   # (bankhol31) "May 24th is the bank holiday weekend": the date just named decides
    rel = _HOLIDAY_REL.search(text, max(0, m.start() - 8), m.start()) if not (m["pre"] or m["year"] or m["yy"]) else None
    if rel is not None:
        # (days) "last xmas", "next Easter": the relation is part of the expression and says which one
        extra["rel"] = rel["rel"].lower()
        return Mention(rel.start("rel"), m.end(), "holiday", "holiday",
                       dict(name=name, hkind=kind, spec=spec, year=None, **extra), 17)
    return M(m, "holiday", "holiday", name=name, hkind=kind, spec=spec, year=_year(m["year"]) if not m["yy"] else 2000 + int(m["yy"]), **extra)   # (recall21) "xmas '23"


# ---- (worldhol38, docs §149) public holidays of any nation said by name ---------------------------------------------
# "Picnic Day", "Tynwald Day", "Madaraka Day", "Heroes Day": a name the tables above do not hold, looked up in the
# holidays package's public holidays of every nation (temporal/worldhol.py; lexicon world_holiday_*): the index is built
# at the first look-up only (a text with no capitalised name ending in a head word never builds it), the days are read
# per place and year, each cache bounded. The places that keep the name on one day give that day; else those of the
# nations the text names near it (world_holiday_cue_reach characters either side: a nation, a demonym, a state, a city,
# a currency, a voice); else no day (untagged: a wrong date is worse than a missing one).
_WORLD = WorldSpec(L["world_holiday_drop_words"], L["world_holiday_heads"], L["world_holiday_languages"],
                   L["world_holiday_index_years"], L["world_holiday_not_keys"], L["world_holiday_observance_words"],
                   # (speed42) the index as built, read where its spec and the package's version still match
                   shipped=os.path.join(os.path.dirname(os.path.abspath(__file__)), "world_holiday_index.json"))
_WORLD_CUE_ONLY = frozenset(L["world_holiday_cue_only_keys"])
_WORLD_NATIONS = L["world_holiday_nations"]
_WORLD_REACH = L["world_holiday_cue_reach"]
_WORLD_CUE = re.compile(r"(?<![\w'’.])(?P<c>%s)(?![\w'’])" % "|".join(
    re.escape(n).replace(r"\ ", r"[ \t]{1,3}") for n in sorted(_WORLD_NATIONS, key=len, reverse=True)), re.I)
_WORLD_EVENT_AFTER = _re(r"(?i)[ \t]{1,3}(?:{world_holiday_event_nouns})(?![\w'’])")
_WORLD_CONNECTORS = frozenset(L["world_holiday_connectors"])
_WORLD_HEADS = "|".join(f for h in L["world_holiday_heads"] for f in (h.capitalize(), h.upper()))
_WORLD_WORD = re.compile(r"\S+")


def _world_cues(text, m) -> set:
    """The ISO codes (CC or CC-SUB) of the nations the text names within _WORLD_REACH characters of the match
    (capitalised; a word of three letters or fewer in capitals only), of the cities and money of the lexicon's nations
    (nation_places, nation_currencies) and of the writer's voices (kind_holiday_voices); one bounded window."""
    lo, hi = max(0, m.start() - _WORLD_REACH), min(len(text), m.end() + _WORLD_REACH)
    codes = set()
    for f in _WORLD_CUE.finditer(text, lo, hi):
        w = f["c"]
        if m.start() <= f.start() < m.end() or not w[0].isupper() or (len(w) <= 3 and not w.isupper()):
            continue
        codes.add(_WORLD_NATIONS[" ".join(w.lower().split())])
    for f in _NATION_FAR.finditer(text, lo, hi):
        w = f["nation"]
        if m.start() <= f.start() < m.end() or not w[0].isupper() or (len(w) <= 3 and not w.isupper()):
            continue
        k = " ".join(w.lower().split())
        # (holidays43, §226) a region's own code first ("Newfoundland" CA-NL, not Canada's and so Yukon's Discovery Day)
        if (code := _GAZ_PLACES.get(k) or _WORLD_NATIONS.get(_NATION_PLACES.get(k, k))) is not None:
            codes.add(code)
    for c in _NATION_CURRENCY.finditer(text, lo, hi):
        if (code := _WORLD_NATIONS.get(_CURRENCY_FORMS[c["cur"] or c["cur2"]])) is not None:
            codes.add(code)
    for v in _kind_voice_names(text, m):
        if (code := _WORLD_NATIONS.get(v)) is not None:
            codes.add(code)
    return codes


_WORLD_OUTLYING = frozenset(tuple(c.split("-", 1)) for c in L["world_holiday_outlying_subdivisions"])


def _world_named(places, codes):
    """The places of ``places`` the codes name: a nation's own and its states' (a nation named), a state's own and its
    nation's (a state named). (holidays43, §226) Where one of a nation's states is named, that state's and not its
    sisters' ("Heritage Day in Alberta" is not Nova Scotia's); a nation named is not its outlying territories
    (world_holiday_outlying_subdivisions: "Constitution Day" of a US voice is not the Northern Marianas')."""
    nations = {c.split("-")[0] for c in codes}
    states = {tuple(c.split("-", 1)) for c in codes if "-" in c}
    stated = {s[0] for s in states}
    return [p for p in places if (p[1] is None and p[0] in nations) or (p[1] is not None and (
        (p[0], p[1]) in states or (p[0] in codes and p[0] not in stated and p not in _WORLD_OUTLYING)))]


_WORLD_EVERY = _re(r"(?i)(?<![\w'’])(?:{world_holiday_every})[ \t]{1,3}$")
_WORLD_SET_YEARS = L["world_holiday_set_years"]
_WORLD_GENERIC = _re(r"(?i)(?<![\w'’])(?:{world_holiday_generic_before})[ \t]{1,3}$")


def _world_set_value(days) -> str | None:
    """The SET value of every one of a holiday (its days in world_holiday_set_years): XXXX-MM-DD where they share the
    day of the month, XXXX-MM-WXX-D where they share the month and the weekday, else None."""
    got = [days.day(y) for y in _WORLD_SET_YEARS]
    if not got or None in got:
        return None
    if len({(d.month, d.day) for d in got}) == 1:
        return f"XXXX-{got[0].month:02d}-{got[0].day:02d}"
    if len({(d.month, d.isoweekday()) for d in got}) == 1:
        return f"XXXX-{got[0].month:02d}-WXX-{got[0].isoweekday()}"
    return None


def _world_days(name: str, text, m, one_nation: bool = False):
    """The WorldDays of a holiday's name as written, or None (no nation's holiday, or its nations' days differ and the
    text tells none of them, or a name that is ordinary English too with no nation named). ``one_nation``: None where
    the text names more than one nation (the lexicon's nation-only names: "Half the team is in Rotorua, the rest in
    Toronto" says whose King's Birthday no more than the lexicon's own reading does, §132)."""
    key = _WORLD.key(name)
    places = world_places(_WORLD, key) if key else ()
    if not places:
        return None
    codes = _world_cues(text, m)
    if one_nation and len({c.split("-")[0] for c in codes}) > 1:
        return None
    named = _world_named(places, codes) if codes else []
    if named and world_agree(_WORLD, named, key, _WORLD.years):
        return WorldDays(_WORLD, named, key)
    if one_nation or key in _WORLD_CUE_ONLY or not world_agree(_WORLD, places, key, _WORLD.years):
        return None   # (a lexicon's nation-only name is no day without its nation, whatever the package's places agree on)
    return WorldDays(_WORLD, places, key)


@rule("world_holiday", r"(?P<h>(?:[A-Z][\w'’.-]{0,24}[ \t]{1,2}(?:(?:{world_holiday_connectors})[ \t]{1,2})?){1,5}(?:%s))"
      r"(?:,?[ \t]{1,2}(?P<year>%s)(?![\w'’])|[ \t]{1,2}(?P<wke>(?i:(?:long[ \t]{1,2})?(?:weekend|wknd|wkend)))(?![\w'’-]))?(?![\w'’-])"
      % (_WORLD_HEADS, YEAR), 17, triggers="world_holiday",
      reject_after=(r"\s+{holiday_name_nouns:cs}\b", 14),
      examples=[("2025-07-28", "drive back Monday since it's Picnic Day", "Picnic Day", "2025-08-04"),
                ("2024-03-02", "Is the bus running normal on Tynwald Day?", "Tynwald Day", "2024-07-05")])
def _world_holiday(m, text):
    words = [(w.start(), w.group()) for w in _WORLD_WORD.finditer(m["h"])]
    upto = len(words) - 1
    for i in range(len(words)):
        if " ".join(w for _, w in words[i:]).lower().replace("’", "'") in _HOLIDAYS:
            # the lexicon's own name (rule holiday): its table wins; (holidays43, §226) unless the capitalised words before
            # it make another holiday's name of the package ("Nuclear Victims Remembrance Day", "Workers' Memorial Day",
            # "TT Bank Holiday", "Guam Discovery Day": not the lexicon's 11 November, US Memorial Day, a bank holiday);
            # a longer name of the same key ("National Labour Day", "Christmas Holiday") is the lexicon's
            own = _WORLD.key(m["h"][words[i][0]:])
            if not any(words[j][1].lower() not in _WORLD_CONNECTORS and (k := _WORLD.key(m["h"][words[j][0]:]))
                       and k != own and world_places(_WORLD, k) for j in range(i)):
                return None
            upto = i
            break
    if _WORLD_EVENT_AFTER.match(text, m.end()) or _GREETING.search(text, max(0, m.start() - 10), m.start()):
        return None   # "the Picnic Day races", "Farmers' Day durbar": an event; "Happy Heroes Day!": a greeting, untagged
    for i in range(upto):
        if words[i][1].lower() in _WORLD_CONNECTORS:
            continue
        start = m.start("h") + words[i][0]
        name = m["h"][words[i][0]:]
        if not _WORLD.key(name):
            continue
        days = _world_days(name, text, m)
        if days is None:
            if world_places(_WORLD, _WORLD.key(name)):
                return None   # its nations' days differ and the text names none of them: no day
            continue
        if (i > 0 and _GREETING.search(text, max(0, start - 10), start)) or _WORLD_GENERIC.search(text, max(0, start - 8), start):
            return None   # "Tassie has its Eight Hours Day the second Monday in March": the place's holiday as a kind
        extra = {"weekend": True} if m["wke"] else {}
        if _HOLIDAY_ITSELF_AFTER.match(text, m.end("h")) or _HOLIDAY_ITSELF_BEFORE.search(text, max(0, start - 30), start):
            extra["itself_past"] = True
        if not m["year"] and (ya := _holiday_year_after(text, m.end(), extra)) is not None:
            extra["year_after"] = ya   # (holidays43, §225) "Nunavut Day falls on a Sunday next year", "Picnic Day last year"
        if _CLAUSE_YEAR_BEFORE.search(text, max(0, start - _CLAUSE_YEAR_REACH), start) \
                and not _THIS_HOLIDAY_BEFORE.search(text, max(0, start - 8), start):
            extra["clause_year"] = True
        elif _year_clause_before_comma(text, start):
            extra["clause_year_past"] = True   # (thread42, §205) "last year we got caught out, half of Manuka was shut on Canberra Day"
        title = " ".join(name.split())
        if (ev := _WORLD_EVERY.search(text, max(0, start - 8), start)) is not None:
            # "I went every Heroes Day from 1972": every one, a SET of its month and day, or of its month and weekday
            # (TimeML XXXX-10-WXX-1) where the day of the month moves; neither: untagged
            value = _world_set_value(days)
            return Mention(ev.start(), m.end("h"), "world_holiday", "fixed", dict(type="SET", value=value), 17) if value else None
        rel = _HOLIDAY_REL.search(text, max(0, start - 8), start) if not m["year"] else None
        if rel is not None:
            extra["rel"] = rel["rel"].lower()   # "last Picnic Day": the relation is part of the expression
            return Mention(rel.start("rel"), m.end(), "world_holiday", "holiday",
                           dict(name=title, hkind="world", spec=days, year=None, **extra), 17)
        return Mention(start, m.end(), "world_holiday", "holiday",
                       dict(name=title, hkind="world", spec=days, year=_year(m["year"]), **extra), 17)
    return None


# (holidays36, docs §138) a timetable's exception: a plural weekday or a word of every day (lexicon
# timetable_except_days: "Mondays", "daily") then at most four words and an exception word (timetable_except_words:
# "except", "apart from") right before the holiday, or before one other holiday and "and" ("closed Mondays except Family
# Day and March Break"): the next one, whatever tense a participle ("closed") suggests. Bounded: a 90-character window,
# runs of at most four words of at most 20 characters and one other name of at most four words.
_TIMETABLE_EXCEPT = _re(r"(?i)(?<![\w'’])(?:{timetable_except_days})(?:[ \t]{1,3}[\w'’-]{1,20}){0,4}[ \t]{1,3}(?:{timetable_except_words})[ \t]{1,3}"
                        r"(?:(?:on|at|for)[ \t]{1,3})?(?:[\w'’-]{1,20}[ \t]{1,3}){0,4}?(?:(?:and|&)[ \t]{1,3})?$")


# (holidays36, docs §138) a booking verb (lexicon holiday_booked_before) at most six words before the "for" that precedes
# the holiday ("Booked a 6 hour hut for Valentine's"): a plan made before it; told within a week after the holiday, the
# one just gone (``resolve._holiday``). Bounded: a 60-character window, words of a run of at most six.
_BOOKED_BEFORE = _re(r"(?i)(?<![\w'’])(?:{holiday_booked_before})(?:[ \t]{1,3}[\w'’-]{1,20}){0,6}[ \t]{1,3}for[ \t]{1,3}$")
# (holiday40, docs §180) the holiday itself booked: the booking verb right before it ("Already booked Easter to come home",
# "booked off Christmas"), at most two filler words between (lexicon holiday_booked_object_fillers), or after it with at
# most two words between ("Valentine's dinner booked for 8", "Easter's booked"): a plan, the one to come (resolve._holiday),
# unless a reporting word follows in its sentence ("booked Christmas lunch here and it was fab"). Bounded: 40 characters
# before, 30 after, 60 after for the report. After it only with the booking's "for" ("booked for 8": a bare "Christmas was
# fully booked" is a state of the place, and it lowered a never-read set).
_BOOKED_OBJECT_BEFORE = _re(r"(?i)(?<![\w'’])(?:{holiday_booked_object_verbs})(?:[ \t]{1,3}(?:{holiday_booked_object_fillers})){0,2}[ \t]{1,3}$")
_BOOKED_OBJECT_AFTER = _re(r"(?i)(?:['’]s)?(?:[ \t]{1,3}[a-z][\w-]{0,19}){0,2}?[ \t]{1,3}(?:(?:{holiday_booked_object_between})[ \t]{1,3}){0,2}(?:{holiday_booked_object_verbs})[ \t]{1,3}(?:in[ \t]{1,3})?for(?![\w'’])")
# (holiday40, docs §180) a plan's word before the holiday in its sentence ("come back for Christmas!"): under a review's
# stamp still the next one (resolve._holiday). Bounded: 60 characters, no sentence end between.
_PLAN_CUE_BEFORE = _re(r"(?i)(?<![\w'’])(?:{holiday_plan_cues_before})(?![\w'’])[^.!?\n]*$")
_BOOKED_REPORT_AFTER = _re(r"(?i)[^.!?\n]{0,60}?(?<![\w'’])(?:{holiday_booked_report_after})(?![\w'’])")


# (days) "the long weekend", "this long wknd": the weekend of a public holiday that the words do not
# name, and whose country the text does not say (a state's Labour Day, a bank holiday, Victoria
# Day...): a weekend, which one not known (XXXX-WXX-WE, not placed) rather than a guess; "the
# Easter long weekend", "bank hol weekend" name theirs (rule holiday).
# (holidays34, docs §126) where the text says whose (``_kind_voice``: a state's or a country's cues near the words),
# the weekend of that set's Monday or Friday holiday nearest in the tense's direction (``resolve._holiday_of_kind``);
# "the October long weekend" that month's; "the holiday weekend", "the public holiday weekend" alike (only with a voice)
@rule("long_weekend", r"(?P<det>(?i:the|this|next|last|that|our|my))\s+(?:(?P<mon>%s)[ \t]{1,3})?(?:(?P<long>(?i:long))|(?P<hol>(?i:(?:public[ \t]{1,3})?holiday)))\s+(?i:weekend|wknd|wkend)(?![\w'’])" % MONTH_FULL, 14,
      triggers="unit", lead=(r"(?i:long|holiday)\s+", 8),
      examples=[("2025-10-09", "the switchboard's been tripping since the long weekend", "the long weekend", "XXXX-WXX-WE"),
                ("2025-03-14", "Stayed in Hobart over the long weekend, the arvo views were unreal", "the long weekend", "2025-W10-WE"),
                ("2024-09-20", "Heading up to Sydney for the October long weekend", "the October long weekend", "2024-W40-WE")])
def _long_weekend(m, text):
    if m["mon"] and not m["mon"][0].isupper():
        return None
    if not m["mon"] and m["long"]:
        told = _told_holiday_weekday(text, m)
        if told is not None:
            # (holidays35, §132) "Friday is a public holiday ... the long weekend": that Friday's or Monday's weekend
            return M(m, "long_weekend", "holiday", name="long weekend", hkind="told_weekend", spec=told, year=None)
        named = _told_holiday(_TOLD_WEEKEND, _TOLD_WEEKEND_REACH, m, text)
        if named is not None:
            # (holidays36, §138) "Took the boys out for Family Day ... the long weekend had us running": the holiday named
            name, kind, spec = named
            return M(m, "long_weekend", "holiday", name="long weekend", hkind="named_weekend", spec=(kind, spec), year=None,
                     told=name, within=_KIND_WEEKEND_DAYS)
    sets = _kind_voice(text, m)
    if sets is None:
        if m["hol"]:
            return None   # "the holiday weekend" of no known country: which one is not in the words
        return M(m, "long_weekend", "fixed", type="DATE", value="XXXX-WXX-WE",
                 note="a long weekend: the weekend of a public holiday the text does not name (which one is not known)")
    extra = {"month": month_num(m["mon"])} if m["mon"] else {}
    if _KIND_PAST_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        extra["itself_past"] = True   # "Stayed 3 nights over the long weekend (Tassie has ...)": a stay told, gone
    return M(m, "long_weekend", "holiday", name="long weekend", hkind="kinds", spec=sets, year=None, weekend=True,
             within=_KIND_WEEKEND_DAYS, **extra)


# (holidays35, docs §132) a Monday or a Friday the text says is a public holiday ("Friday is a public holiday", "Monday's a
# bank holiday", "a public holiday on Friday"), the last within told_long_weekend_reach characters before the long
# weekend, else the first within a quarter of that after it: its weekday (1 or 5), or None. Bounded: a window of fixed
# size searched with a pattern of fixed words and runs of at most 3 blanks.
_TOLD_REACH = L["told_long_weekend_reach"]
_TOLD_HOLIDAY = _re(r"(?<![\w'’])(?P<wd>%s)(?:[ \t]{1,3}(?i:is|was|will[ \t]{1,3}be))?[ \t]{1,3}(?:(?i:also|now)[ \t]{1,3})?(?i:a)[ \t]{1,3}"
                    r"(?i:{told_holiday_nouns})(?![\w'’])|(?i:{told_holiday_nouns})[ \t]{1,3}(?i:on)[ \t]{1,3}(?P<wd2>%s)" % (WEEKDAY, WEEKDAY))


def _told_holiday_weekday(text, m):
    last = None
    for t in _TOLD_HOLIDAY.finditer(text, max(0, m.start() - _TOLD_REACH), m.start()):
        last = t
    if last is None:
        last = _TOLD_HOLIDAY.search(text, m.end(), min(len(text), m.end() + _TOLD_REACH // 4))
    if last is None:
        return None
    wd = weekday_num(last["wd"] or last["wd2"])
    return wd if wd in (1, 5) else None


# (holidays34, docs §126) the writer's state or country for a holiday named by its kind: the voices of lexicon
# kind_holiday_voices and set_holiday_voices (Ireland, Scotland) whose cues stand within kind_holiday_reach characters
# either side (a bounded window, each cue pattern a fixed alternation); a nation's "regions" stand for its states (a
# state named too: the state's alone); the sets of every voice found, which must agree (resolve); none: None
_KIND_REACH = L["kind_holiday_reach"]
_KIND_NEAR_DAYS = L["kind_holiday_near_days"]
_KIND_WEEKEND_DAYS = L["kind_holiday_weekend_days"]
# a verb of a stay or a visit told in the past at most four words before the long weekend, its clause's ("Stayed 3 nights
# over the long weekend", "we spent the long weekend"): the one gone, whatever a later clause's tense (40 characters back)
_KIND_PAST_BEFORE = _re(r"(?i)(?<![\w'’])(?:{kind_holiday_past_before})[ \t]{1,3}(?:[\w'’-]+[ \t]{1,3}){0,4}$")
_KIND_VOICE_DATA = {**{c: {"cues": v["cues"] + v["currency"], "set": v["set"]} for c, v in L["set_holiday_voices"].items()},
                    **L["kind_holiday_voices"]}


def _cue_pattern(cues):
    words = [c for c in cues if c[-1].isalnum()]
    signs = [c for c in cues if not c[-1].isalnum()]   # a currency sign: before a number ("€30", "A$ 40", "£5")
    # (holidays36, §138) not before a hyphen and a capital: "Kerry-Ann" is a name, not County Kerry ("Toronto-based" still is)
    alts = ["(?<![\\w'’])(?:%s)(?![\\w'’]|-[A-Z])" % "|".join(re.escape(c).replace(r"\ ", r"\s+").replace("'", "['’]") for c in words)] if words else []
    if signs:
        alts.append("(?:%s)[ \\t]?\\d" % "|".join(map(re.escape, signs)))
    return re.compile("|".join(alts))


# (holidays36, §138) a word several countries say (lexicon kind_holiday_weak_cues: "y'all" in the Caribbean and the
# US, "arvo" in Australia and New Zealand) counts for its voice only where no other voice's cue stands near
_WEAK_CUES = set(L["kind_holiday_weak_cues"])
_KIND_VOICES = {v: _cue_pattern([c for c in d["cues"] if c not in _WEAK_CUES]) for v, d in _KIND_VOICE_DATA.items()
                if any(c not in _WEAK_CUES for c in d["cues"])}
_KIND_WEAK_VOICES = {v: _cue_pattern([c for c in d["cues"] if c in _WEAK_CUES]) for v, d in _KIND_VOICE_DATA.items()
                     if any(c in _WEAK_CUES for c in d["cues"])}


# (holidays36, §138) a province's postal abbreviation after a capitalised place and a comma ("Keswick, ON", "Red Deer,
# AB"): that province's voice (lexicon voice_region_abbrevs); bounded: a place word of at most 24 characters
_REGION_ABBREVS = L["voice_region_abbrevs"]
_REGION_ABBREV = re.compile(r"(?<![\w'’])[A-Z][\w'’.-]{1,24},[ \t]{1,2}(?P<ab>%s)(?![\w'’])" % "|".join(map(re.escape, _REGION_ABBREVS)))


def _kind_voice_names(text, m, back=None):
    """(holidays35, §132) The voices (kind_holiday_voices, set_holiday_voices) whose cues stand within
    kind_holiday_reach characters of the match (``back``: that many characters before it instead)."""
    lo, hi = max(0, m.start() - (back or _KIND_REACH)), min(len(text), m.end() + _KIND_REACH)
    found = [v for v, cues in _KIND_VOICES.items() if cues.search(text, lo, hi)]
    for a in _REGION_ABBREV.finditer(text, lo, hi):
        v = _REGION_ABBREVS[a["ab"]]
        if v not in found:
            found.append(v)
    if not found:
        found = [v for v, cues in _KIND_WEAK_VOICES.items() if cues.search(text, lo, hi)]
    return found


def _kind_voice(text, m):
    """(holidays34, §126) The holiday sets of the voices whose cues stand near the match (a nation: each of its
    regions'), or None where no voice is found."""
    found = _kind_voice_names(text, m)
    if not found:
        return None
    named = set(found)
    regions = []
    for v in found:
        subs = _KIND_VOICE_DATA[v].get("regions")
        if subs is None:
            regions.append(v)
        elif not named & set(subs):
            regions.extend(subs)   # "Australia" alone: any of its states (they must agree); "Hobart, Australia": Tasmania
    return [[tuple(x) for x in _KIND_VOICE_DATA[r]["set"]] for r in dict.fromkeys(regions)]


# (holidays34, docs §126) "over the public holiday", "during the public holiday", "for the public holiday": a holiday named by its kind
# after a preposition of time, the clause going on or ending right after it (lexicon kind_holiday_clause_after: not "the
# public holiday rates"); a bare "the holiday" is left (a Commonwealth writer's holiday is a trip as often); only with the writer's country known (``_kind_voice``),
# and a holiday of its set within kind_holiday_near_days in the tense's direction (resolve). Bounded: fixed words and
# runs of at most 3 blanks.
_KIND_CLAUSE_END = _re(r"[ \t]{0,3}(?:[.,;:!?)\n]|$|(?i:{kind_holiday_clause_after})(?![\w'’]))")


# (holidays36, docs §138) a holiday of a long weekend the text names (lexicon told_weekend_holiday_names: Easter, Family
# Day, a Monday's or a Friday's) at most told_weekend_holiday_reach characters before "the long weekend": its weekend.
# Bounded: a window of fixed size, a fixed alternation of names.
def _told_names(key: str):
    """A pattern of the holiday names of lexicon ``key``, the longest first, blanks and apostrophes as written."""
    return re.compile(r"(?<![\w'’])(?P<h>%s)(?![\w'’])" % "|".join(
        re.escape(h).replace(r"\ ", r"\s+").replace("'", "['’]") for h in sorted(L[key], key=len, reverse=True)), re.I)


def _told_holiday(pattern, reach: int, m, text: str):
    """(holidays36, §138) The last holiday of ``pattern`` told at most ``reach`` characters before the match ``m``, as
    (its name, kind, spec) the way rule holiday reads it (a nation's only with its nation known near the name), or None."""
    told = None
    for t in pattern.finditer(text, max(0, m.start() - reach), m.start()):
        told = t
    if told is None:
        return None
    name = " ".join(told["h"].lower().replace("’", "'").split())
    kind, spec = _HOLIDAYS[name]
    if kind == "nation_only":
        day = _nation_of(name, text, told)   # the nation near the name told
        kind, spec = day if day not in (None, "none") else (None, None)
    return None if kind is None else (name, kind, spec)


_TOLD_WEEKEND_REACH = L["told_weekend_holiday_reach"]
_TOLD_WEEKEND = _told_names("told_weekend_holiday_names")


# (holidays36, docs §138) a public holiday the text names (lexicon told_public_holiday_names) at most
# told_public_holiday_reach characters before "the public holiday": that one. Bounded: a window of fixed size, a fixed
# alternation of names.
_TOLD_PUBLIC_REACH = L["told_public_holiday_reach"]
_TOLD_PUBLIC = _told_names("told_public_holiday_names")


@rule("kind_holiday", r"(?<![\w'’])(?i:{kind_holiday_preps})[ \t]{1,3}(?P<the>(?i:the)[ \t]{1,3}(?i:{kind_holiday_nouns}))(?![\w'’-])", 14,
      triggers="holiday_key", requires="kind_holiday_nouns",
      examples=[("2025-02-03", "Sorry we were short staffed over the public holiday, Hobart gets busy", "the public holiday", "2025-01-27"),
                ("2023-03-30", "Offices in Nairobi will be shut for the public holiday, so plan ahead", "the public holiday", "2023-04-07")])
def _kind_holiday(m, text):
    if not _KIND_CLAUSE_END.match(text, m.end()):
        return None   # "over the holiday season", "the holiday home": a noun after it
    told = _told_holiday(_TOLD_PUBLIC, _TOLD_PUBLIC_REACH, m, text)
    if told is not None:
        # (holidays36, §138) "a day trip Easter Monday ... is anything even open on the public holiday?": the holiday
        # the text has just named (its day as rule holiday reads it; a nation's only with its nation known)
        name, kind, spec = told
        return M(m, "kind_holiday", "holiday", "the", name=name, hkind=kind, spec=spec, year=None)
    sets = _kind_voice(text, m)
    if sets is None:
        return None   # no country known: which holiday is not in the words
    return M(m, "kind_holiday", "holiday", "the", name="holiday", hkind="kinds", spec=sets, year=None, within=_KIND_NEAR_DAYS)


# (holidays35, docs §132) England's half term, a week: "over half term", "til half term", "after the October half term",
# after a preposition of time or a determiner (lexicon half_term_preps; "Half term goes fast" is no time), not before a
# noun it modifies (half_term_not_before: "a half-term report"), nor after an anchored period's noun ("the week after
# half term", half_term_anchor_nouns: 12 characters back); a capitalised month chooses its half term (a lower-case
# "may half term" stays §86's month); any voice but England's near it leaves it (Ireland's mid-term, Scotland's
# October week differ); a range of a Monday to its Friday told within half_term_told_reach characters after it ("ours
# is 23rd-27th Oct") is its week (``resolve._half_term``). Bounded: fixed words, runs of at most 3 blanks; the told
# range a lazy run of at most half_term_told_reach characters on the line.
_HT_NOT_BEFORE = _re(r"[ \t]{1,3}(?:{half_term_not_before})(?![\w'’-])", re.I)
_HT_ANCHOR = _re(r"(?i)(?<![\w'’])(?:{half_term_anchor_nouns})[ \t]{1,3}$")
_HT_TOLD = _re(r"[^\n]{0,%d}?(?<![\d/.])(?P<d1>[0-3]?\d)(?:{ordinal_suffixes:cs})?[ \t]{0,2}(?:-|–|(?i:to))[ \t]{0,2}"
               r"(?P<d2>[0-3]?\d)(?:{ordinal_suffixes:cs})?[ \t]{1,2}(?P<mon>%s)" % (L["half_term_told_reach"], MONTH))
_HT_WEEKS = [tuple(x) for x in L["half_term_weeks"]]
_HT_VOICES = set(L["half_term_voices"])
_HT_BACK = {w.lower() for w in L["half_term_back_words"]}
_HT_AFTER = {w.lower() for w in L["half_term_after_words"]}


@rule("half_term", r"(?<![\w'’])(?P<prep>(?i:{half_term_preps}))[ \t]{1,3}(?P<ht>(?:(?i:the)[ \t]{1,3})?(?:(?P<mon>%s)[ \t]{1,3})?"
      r"(?i:{half_term_words}))(?![\w'’-])" % MONTH, 14, triggers="quarter", requires="half_term_words",
      examples=[("2024-10-28", "Their school's back Monday 4th after half term so not too worried", "half term", "2024-W44"),
                ("2026-12-31", "we close after the 1st for winter works til half term", "half term", "2027-W07"),
                ("2023-08-26", "are the short breaks on over half term? ours is 23rd-27th Oct", "half term", "2023-W43")])
def _half_term(m, text):
    if _HT_NOT_BEFORE.match(text, m.end()) or _HT_ANCHOR.search(text, max(0, m.start() - 12), m.start()):
        return None   # "a half-term report"; "the week after half term"
    mon = month_num(m["mon"]) if m["mon"] else None
    if mon is not None and mon not in {w[0] for w in _HT_WEEKS}:
        return None   # no half term in that month
    if any(v not in _HT_VOICES for v in _kind_voice_names(text, m)):
        return None   # another country's school calendar
    extra = {}
    told = _HT_TOLD.match(text, m.end())
    if told is not None and int(told["d2"]) - int(told["d1"]) == 4:
        extra["told"] = (month_num(told["mon"]), int(told["d1"]))   # "ours is 23rd-27th Oct": Monday to Friday
    prep = " ".join(m["prep"].lower().split())
    if prep in _HT_BACK:
        extra["itself_past"] = True   # "last half term"
    if prep in _HT_AFTER:
        extra["after"] = True   # "back Monday 4th after half term": the one before the day named
    return M(m, "half_term", "holiday", "ht", name="half term", hkind="half_term", spec=_HT_WEEKS, year=None, month=mon,
             **extra)


# (holidays36, docs §138) Ontario's "March Break", a school week: the five days from the Monday after the second Friday of
# March (the Education Act's Regulation 304; lexicon march_break_weeks: [month, weekday, n, latest day, days after]),
# read only in an Ontario voice (march_break_voices: another province's boards keep other weeks; no voice, no week);
# capitalised March (a lower-case "march" is a walk), "break" either case, not after "a" ("a March break in Spain" is a
# trip). Which one as half term's (``resolve._half_term``). Bounded: fixed words and one run of at most 2 blanks.
_MB_WEEKS = [tuple(x) for x in L["march_break_weeks"]]
_MB_VOICES = set(L["march_break_voices"])
_MB_NOT_AFTER = re.compile(r"(?i)(?<![\w'’])an?[ \t]{1,3}$")


@rule("march_break", r"(?<![\w'’-])(?P<mb>{march_break_words:cs})(?![\w'’-])", 14, triggers="month", requires="march_break_words",
      examples=[("2026-01-16", "Bait shop (Keswick, ON) closed Mondays except Family Day and March Break.", "March Break", "2026-W12"),
                ("2024-03-20", "Had a great March Break in Toronto, the kids are back at school now", "March Break", "2024-W11")])
def _march_break(m, text):
    if _MB_NOT_AFTER.search(text, max(0, m.start() - 6), m.start()):
        return None
    voices = set(_kind_voice_names(text, m))
    if not voices or voices - _MB_VOICES:
        return None   # no Ontario or Canadian voice, or another country's or province's too
    extra = {"timetable": True} if _TIMETABLE_EXCEPT.search(text, max(0, m.start() - 90), m.start()) else {}
    return M(m, "march_break", "holiday", "mb", name="march break", hkind="half_term", spec=_MB_WEEKS, year=None, month=None, **extra)


# (days, eleventh session) "the Friday before Christmas", "the Monday after Easter": a weekday told from a holiday,
# one DATE (was "Friday" read as the next Friday from the day of writing, a wrong date, and the holiday apart); (lead,
# thirty-seventh session, §158) cut after resolving into the day counted and the holiday, two TIMEX3 outside a
# narrative (``tagger._split_around``; ``_around_cut`` marks where).
# Not "the week before Christmas": the dev gold (news8 A) tags "Christmas" alone there, the week not being wrong.
# (anchors28, docs §94) also a short weekday after "the" ("the Sat after xmas", "the weds b4 easter"), a full one
# with no article ("Friday before Christmas", not after "last"/"next"/"every": around_holiday_not_after), "the
# first Monday after Easter", "the last Friday before Christmas"; a day or its part ("the day after Boxing Day",
# "the night before Christmas"), a weekend ("the weekend before Christmas": the last before, the first after, not
# the holiday's own), "New Year" alone (around_holiday_names). Bounded: the words are fixed, one lookbehind of 12.
_AROUND_NAMES = {k.replace("’", "'"): v for k, v in L["around_holiday_names"].items()}
_AROUND_NAME = "(?i:" + "|".join(re.escape(h).replace(r"\ ", r"\s+").replace("'", "['’]")
                                 for h in sorted(_AROUND_NAMES, key=len, reverse=True)) + ")"
_AROUND_NOT_AFTER = _re(r"(?i)(?<![\w'’])(?:{around_holiday_not_after})\s+$")
_AROUND_UNITS = L["around_holiday_units"]


@rule("around_holiday", r"(?:(?P<the>(?i:the))\s+(?:(?P<ord>(?i:{around_holiday_ordinals}))\s+)?)?(?:(?P<wd>%s|%s)|(?P<unit>(?i:{around_holiday_units})))\s+(?P<dir>(?i:{around_holiday_dirs}))\s+(?:(?P<the2>(?i:the))\s+)?(?P<h>%s|%s)(?![\w'’-])"
      % (WEEKDAY, SHORT_WD, HOLIDAY, _AROUND_NAME), 23, triggers="holiday_key",
      examples=[("2025-06-04", "the Friday before Christmas is our works do", "the Friday", "2025-12-19"),
                ("2025-03-05", "we're driving up the Sat after xmas, fancy it?", "the Sat", "2025-12-27"),
                ("2025-03-05", "can we do the day after Boxing Day instead?", "the day", "2025-12-27"),
                ("2025-03-05", "are you around the weekend before Christmas?", "the weekend", "2025-W51-WE"),
                ("2022-04-07", "April's is moved to the Saturday before Easter, 9th, as the library's shut", "the Saturday", "2022-04-09"),
                ("2023-05-27", "Gardaí: the Saturday after the bank holiday the road reopens", "the Saturday", "2023-06-10"),
                ("2025-08-10", "the kids are back at school the Tuesday after Labour Day here in Toronto", "the Tuesday", "2025-09-02"),
                ("2025-06-04", "the Friday before Christmas is our works do", "Christmas", "2025-12-25")])
def _around_holiday(m, text):
    if not m["the"] and (m["unit"] or m["wd"].lower().rstrip(".") in L["short_weekdays"]
                         or _AROUND_NOT_AFTER.search(text, max(0, m.start() - 12), m.start())):
        return None   # "the" needed before a short weekday or a day word; "last Friday before Christmas" is rule weekday's
    name = " ".join(m["h"].lower().replace("’", "'").split())
    name = _AROUND_NAMES.get(name, name)
    if name not in _HOLIDAYS or name in _CAPS_HOLIDAYS and not m["h"].isupper():
        return None
    kind, spec = _HOLIDAYS[name]
    if m["the2"] and kind != "set" or name in _CUED_HOLIDAYS or name in _MONDAY_ONLY_SETS \
            or kind == "set" and (any(k == "dated" for k, _ in spec) or _SET_KIND_NOUN.match(text, m.end())):
        return None   # "the" only before a set's name ("the day after the Christmas party" is no holiday's day)
    if kind == "set" and (voiced := _set_voice(text, m)) is not None:
        spec = voiced   # (bankhol37, §143) "the Saturday after the bank holiday" in an Irish voice: Ireland's set
    if name in _NATIONAL_DAYS:
        # (bankhol37, §143) "the Tuesday after Labour Day here in Toronto": the nation's day, as rule holiday reads it (its
        # nation or a city of it near, its money, the writer's voice); a nation-only name with none: no day
        day = _nation_of(name, text, m)
        if day == "none" or day is None and name in _NATION_ONLY:
            return None
        if day is not None:
            kind, spec = day
    if kind == "nation_only":
        return None
    around, extra = _around(m)
    if not m["unit"] and (told := _AROUND_TOLD_DAY.match(text, m.end())) and 1 <= int(told["n"]) <= 31:
        extra["told_day"] = int(told["n"])   # (holdate33, §117) "the Saturday before Easter, 9th": the day the writer tells
    return M(m, "around_holiday", "holiday", name=name, hkind=kind, spec=spec, year=None, around=around, **extra,
             **_around_cut(m, text))


def _around_cut(m, text) -> dict:
    """(lead, thirty-seventh session, §158) Where "the Friday before Christmas" is cut in two (``tagger._split_around``): the
    end of the day counted ("the Friday", "the day", "the weekend") and the start of the holiday after the signal ("the
    bank holiday" with its article)."""
    head = m.end("wd") if m["wd"] else m.end("unit")
    gap = text[m.end("dir"):m.start("h")]
    return {"head_end": head, "anchor_at": m.end("dir") + len(gap) - len(gap.lstrip())}


def _around(m) -> tuple[tuple, dict]:
    """(around, extra) of "the Saturday before ...", "the day after ...", "the weekend after ...": (the weekday's number,
    or "day"/"weekend", and the side), and the part of the day a unit names ("the night before": around_pod)."""
    side = L["around_holiday_dirs"][m["dir"].lower()]
    if not m["unit"]:
        return (any_weekday_num(m["wd"]), side), {}
    unit = _AROUND_UNITS[m["unit"].lower()]
    return ("weekend" if unit == "weekend" else "day", side), ({"around_pod": unit} if unit and unit != "weekend" else {})


# (holdate33, §117) a day of the month in apposition after "the Saturday before Easter": ", 9th", " (the 9th)"; with its
# ordinal suffix only (", 10-1" is the hours). Bounded: runs of 0-3 blanks between fixed marks.
_AROUND_TOLD_DAY = _re(r"[ \t]{0,3}[,(][ \t]{0,3}(?:(?i:the)[ \t]{1,3})?(?P<n>[0-3]?\d)(?:{ordinal_suffixes:cs})(?![\w'’])")


# (holdate33, docs §117) "the Saturday after the Twelfth", "the day before the Twelfth", "the weekend after the Twelfth":
# rule around_holiday's shapes told from an ordinal holiday (lexicon ordinal_holidays), read as rule ordinal_holiday
# reads it (its day only with a nation of it or one of its places near; else no day). Bounded: fixed words, runs of 1-3 blanks.
@rule("around_ordinal_holiday", r"(?P<the>(?i:the))[ \t]{1,3}(?:(?P<wd>%s|%s)|(?P<unit>(?i:{around_holiday_units})))[ \t]{1,3}(?P<dir>(?i:{around_holiday_dirs}))[ \t]{1,3}(?i:the)[ \t]{1,3}(?P<h>{ordinal_holidays:cs})(?![\w'’-])"
      % (WEEKDAY, SHORT_WD), 23, triggers="ordinal_word", requires="ordinal_holidays",
      examples=[("2025-03-03", "We're off to Belfast for the Saturday after the Twelfth", "the Saturday", "2025-07-19"),
                ("2026-03-03", "the day after the Twelfth is always dead in Derry", "the day", "2026-07-14")])
def _around_ordinal_holiday(m, text):
    if _ORDINAL_HOLIDAY_NOT_BEFORE.match(text, m.end("h")):
        return None
    name = m["h"].lower()
    around, extra = _around(m)
    day = _nation_of(name, text, m)
    if day is None or day == "none":
        return None   # no place of the holiday: no day (the weekday alone reads as before: a weekday of no known week)
    kind, spec = day
    return M(m, "around_ordinal_holiday", "holiday", name=name, hkind=kind, spec=spec, year=None, around=around, **extra,
             **_around_cut(m, text))


# (anchors28, docs §94) "the Sunday of Easter weekend", "the Monday of the Easter weekend", "the Saturday of the bank
# holiday weekend": that day of the holiday's weekend (lexicon holiday_weekend_days: its Saturday plus the offset)
@rule("holiday_weekend_day", r"(?i:the)\s+(?P<wd>(?i:{holiday_weekend_days}))\s+(?i:of)\s+(?:(?i:the)\s+)?(?P<h>%s)\s+(?:(?i:long)\s+)?(?i:weekend|wknd|wkend)(?![\w'’-])"
      % HOLIDAY, 23, triggers="holiday_key",
      examples=[("2025-03-05", "are you free the Sunday of Easter weekend?", "the Sunday of Easter weekend", "2025-04-20")])
def _holiday_weekend_day(m, text):
    name = " ".join(m["h"].lower().replace("’", "'").split())
    if name not in _HOLIDAYS or name in _CAPS_HOLIDAYS and not m["h"].isupper() or name in _CUED_HOLIDAYS:
        return None
    kind, spec = _HOLIDAYS[name]
    if kind == "nation_only":
        return None
    return M(m, "holiday_weekend_day", "holiday", name=name, hkind=kind, spec=spec, year=None, weekend=True,
             weekend_day=L["holiday_weekend_days"][m["wd"].lower()])


# (days, eleventh session) "the Friday before 21 June": as rule around_holiday, told from a date (was "Friday" the
# next one from the day of writing, a wrong date)
@rule("around_date", r"(?i:the)\s+(?P<wd>%s)\s+(?P<dir>(?i:before|after))\s+"
      r"(?:(?i:the\s+)?(?P<d>[0-3]?\d)(?:{ordinal_suffixes:cs})?\s+(?:(?i:of)\s+)?(?P<mon>%s)|(?P<mon2>%s)\.?\s+(?P<d2>[0-3]?\d)(?:{ordinal_suffixes:cs})?)(?![\w'’])"
      % (WEEKDAY, MONTH, MONTH), 23, triggers="month",
      examples=[("2025-06-04", "the Friday before 21 June works for us", "the Friday before 21 June", "2025-06-20")])
def _around_date(m, text):
    d = int(m["d"] or m["d2"])
    if not 1 <= d <= 31:
        return None
    side = 1 if m["dir"].lower() == "after" else -1
    around = (any_weekday_num(m["wd"]), side)
    return M(m, "around_date", "cal", year=None, month=month_num(m["mon"] or m["mon2"]), day=d, grain="day", weekday=None,
             anaphoric_year=None, around=around)


# (days, eleventh session) "over new year", "see you at new year", "by New Year": the New Year holiday,
# 1 January (the fresh gold: "always slow over new year" 2026-01-01, "prize money sorted by new year"),
# the next one in a plan, the last in a report, as any holiday. Only after a word that takes a holiday
# (new_year_cues): "the new year" is the year to come (tagger: new_year_words), "a new year", "New Year,
# new me" no day; "New Year's Day", "new years eve" are rule holiday's
_NEW_YEAR_CUE = _re(r"(?i)(?<![\w'’])(?:{new_year_cues})\s+$")
# (thirtieth session) "between Christmas and New Year", "over Xmas & New Year": joined to Christmas, the holiday (the
# 1 January after it), as after a cue word (lexicon new_year_after_holidays)
_NEW_YEAR_AFTER_HOLIDAY = _re(r"(?i)(?<![\w'’])(?:{new_year_after_holidays})[ \t]{1,3}(?:and|&|n|\+)[ \t]{1,3}$")
_THE_NEW_YEAR_BEFORE = _re(r"(?i)(?<![\w'’])(?:{the_new_year_prepositions})\s+(?P<the>the)\s+$")
_NEW_YEAR_DEADLINE = re.compile(r"(?i)\b(?:by|before|b4|until|till|til)\s+$")
_PAST_AUX_BEFORE = re.compile(r"(?i)(?<![\w'’])(?:was|were|had|did|got|went)\b(?![^.!?\n]*[.!?\n])")


@rule("new_year", r"(?i:new\s+year)(?!['’]?s\b|[\w-])", 17, triggers="unit", lead=(r"(?i:(?<![\w'’])new)\s+", 6),
      examples=[("2025-11-20", "we're away over new year, back on the 3rd", "new year", "2026-01-01"),
                ("2024-11-20", "The line will be closed between Christmas and New Year for engineering works.", "New Year", "2025-01-01"),
                ("2025-03-04", "we were away over new year", "new year", "2025-01-01"),
                ("2026-06-09", "Last New Year was such a good trip", "Last New Year", "2026-01-01")])
def _new_year(m, text):
    the = _THE_NEW_YEAR_BEFORE.search(text, max(0, m.start() - 24), m.start())
    if the:
        # (twenty-third session, recall24) "won't finish till the new year", "a coffee in the new year": the year that
        # begins at the coming 1 January (the year just begun in January and February or a past clause: resolve)
        return Mention(the.start("the"), m.end(), "new_year", "deictic",
                       dict(unit="year", offset=1, mod="", anaphoric=False, earlier=False, later=False, new_year=True), 17)
    rel = _HOLIDAY_REL.search(text, max(0, m.start() - 8), m.start())
    if rel:
        # (bankhol37, §143) "Last New Year was such a good trip", "next New Year we're in Edinburgh": the holiday, the
        # last 1 January before the day of writing or the next after it, as "last Christmas" (not "the last new year of
        # the war": _HOLIDAY_REL refuses "the" before it)
        return Mention(rel.start("rel"), m.end(), "new_year", "holiday",
                       dict(name="new year", hkind="fixed", spec="01-01", year=None, rel=rel["rel"].lower()), 17)
    cue = _NEW_YEAR_CUE.search(text, max(0, m.start() - 12), m.start()) \
        or _NEW_YEAR_AFTER_HOLIDAY.search(text, max(0, m.start() - 24), m.start())
    if not cue:
        return None   # ("happy new year" as a greeting: the readable informal gold leaves it untagged 2 times in 3)
    extra = {}
    if _NEW_YEAR_DEADLINE.search(cue.group()) and not _PAST_AUX_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        # "can we get the flat sorted by New Year?", "prize money sorted by new year?": a deadline after a
        # participle ("sorted", "done", "paid") is to come, not a past ("we had it sorted by new year" is one)
        extra["deadline"] = True
    if _HOLIDAY_ITSELF_AFTER.match(text, m.end()) or _HOLIDAY_ITSELF_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        extra["itself_past"] = True
    return M(m, "new_year", "holiday", name="new year", hkind="fixed", spec="01-01", year=None, **extra)


# (history5) "D-Day", "VE Day": a day of history known by its name; the rule runs only where "Day"
# follows "D-", "VE", "V-E", "VJ" or "V-J"
_NAMED_DAYS = L["named_days"]
_NAMED_DAY_FIGURE_BEFORE = re.compile(r"(?i)\b(?:it['’]s|it\s+is|is|be)\s+$")
_NAMED_DAY_FIGURE_AFTER = re.compile(r"\s+for\b")


@rule("named_day", r"(?<![\w-])(?P<n>%s)(?:,?\s+(?P<year>%s))?(?![\w-])" % ("|".join(re.escape(n).replace(r"\ ", r"\s+") for n in _NAMED_DAYS), YEAR), 17,
      triggers="unit", lead=(r"(?<![\w-])(?:D-|V-?[EJ]\s+)", 4),
      examples=[
          ("2024-06-06", "D-Day cost the Allies about 10,000 casualties.", "D-Day", "1944-06-06"),
          ("2020-05-09", "Street parties were held on VE Day 2020 despite the lockdown.", "VE Day 2020", "2020-05-08")])
def _named_day(m, text):
    if _NAMED_DAY_FIGURE_BEFORE.search(text, max(0, m.start() - 10), m.start()) or _NAMED_DAY_FIGURE_AFTER.match(text, m.end()):
        return None   # "Friday is D-Day for the budget": a figure of speech
    y, mo, d = (int(x) for x in _NAMED_DAYS[" ".join(m["n"].split())].split("-"))
    return M(m, "named_day", "cal", year=_year(m["year"]) or y, month=mo, day=d, grain="day")


# "the early hours of New Year's Day 2001", "the small hours of Sunday", "the early hours of
# 3 May": a part of that day (the night's end, TimeML's TMO as annotated), not a length of hours
# (history7) "In the early hours the first ship was sunk": the small hours of the day the text is
# telling of (with "of" after it, rule small_hours names the day)
@rule("bare_small_hours", r"(?P<pre>{pod_prepositions}|(?P<till>(?i:{small_hour_till_words})))\s+(?P<t>(?i:the)\s+(?P<h>{small_hours}))(?![\w-])(?!\s+(?i:of|before|after|since)\b)", 6,
      triggers="unit", requires="small_hours",
      examples=[(None, "The fleet reached the coast on 4 September 1939. In the early hours the first ship was sunk.", "the early hours", "1939-09-04TMO"),
                ("2022-08-31", "Gig's on Saturday and we'll be out till the wee hours.", "the wee hours", "2022-09-04TMO")])
def _bare_small_hours(m, text):
    # ((thirty-second session, §121) "out till the wee hours", "partied until the early hours": a span that runs into the
    # small hours ends after the night of its day, so the morning of the day after it (resolve: ``after_night``)
    till = bool(m["till"]) or m["pre"].lower() in L["small_hour_till_words"]
    return M(m, "bare_small_hours", "pod_time", group="t", pod=L["parts_of_day"]["morning"], dref=None, mod="", vague_day=True,
             **({"after_night": True} if till else {}))


@rule("small_hours", r"(?:(?i:the)\s+)?(?P<h>{small_hours})\s+(?i:of)\s+(?:(?:(?P<wd>%s),?\s+)?%s|(?P<hol>%s)(?:,?\s+(?P<hy>%s))?|(?P<wd2>%s)(?:\s+(?i:morning|night))?|(?P<ana>{anaphor_relations})\s+(?i:day)|(?i:the)\s+(?P<od>[0-3]?\d){ordinal_suffixes:cs})(?![\w])" % (WEEKDAY, _DATE_INLINE, HOLIDAY, YEAR, WEEKDAY), 28,
      triggers="unit", requires="small_hours",
      examples=[
          ("2022-09-10", "The old poet died in the early hours of New Year's Day 2001.", "the early hours of New Year's Day 2001", "2001-01-01TMO"),
          ("2022-09-10", "The fire broke out in the small hours of Sunday.", "the small hours of Sunday", "2022-09-04TMO"),
          ("2022-09-10", "Troops crossed the river in the early hours of 3 May.", "the early hours of 3 May", "2022-05-03TMO")])
def _small_hours(m, text):
    pod = L["parts_of_day"]["morning"]
    if m["hol"]:
        name = " ".join(m["hol"].lower().replace("’", "'").split())
        if name not in _HOLIDAYS or not m["hol"][0].isupper():
            return None
        kind, spec = _HOLIDAYS[name]
        return M(m, "small_hours", "holiday", name=name, hkind=kind, spec=spec, year=_year(m["hy"]), pod=pod)
    if m["wd2"]:
        return M(m, "small_hours", "weekday", weekday=weekday_num(m["wd2"]), rel="", pod=pod, mod="", possessive=False)
    if m["ana"]:   # (history4) "the early hours of the next day": the morning of the day after the story's
        rel = _rel(m["ana"])
        return M(m, "small_hours", "anaphor", unit="day", offset=RELATIONS[rel][0], pod=pod, mod="", word=rel)
    if m["od"]:   # (history7) "In the early hours of the 5th the fleet put to sea": that day of the story's month
        day = int(m["od"])
        return M(m, "small_hours", "ordinal_day", day=day, upto=False, pod=pod) if 1 <= day <= 31 else None
    day = int(m["d1"] or m["d2"])
    if not 1 <= day <= 31:
        return None
    return M(m, "small_hours", "cal", year=_year(m["y"]), month=month_num(m["m1"] or m["m2"]), day=day, grain="day", pod=pod)


# ---- references: now, recently, the future ---------------------------------------------------
_REFS = L["references"]
# adjectives ("former", "recent") tag only in some contexts; a noun after "the past" makes it a span
_REF_ADJECTIVES = frozenset(L["reference_adjectives"])
_LOWER_ONLY_REFS = frozenset(L["lowercase_only_references"])
_OTHER_DAY = next(w for w, v in _REFS.items() if w.startswith("the other"))
_THE_OTHER = frozenset(w for w in _REFS if w.startswith(_OTHER_DAY.rsplit(" ", 1)[0] + " "))
_OTHER_COMPOUND = _re(r"\s+(?:{other_ref_compound_nouns})(?![\w'’-])", re.I)
_OTHER_CONTRASTS = "|".join(map(re.escape, L["other_ref_contrasts"]))
_REF_DETERMINER = _re(r"(?i)\b(?:{attributive_determiners}|{lowercase_reference_determiners})\s+$")
_REF_NOUN = _re(r"(?i)\s+(?:{lowercase_reference_nouns})\b")
_RECENT_NOUNS = frozenset(L["recent_nouns"])
_PAST_SPAN = _re(r"\s+(?:{past_span_words}|\d|\w+ly\s+(?:week|month|year)s?)\b", re.I)
_FUTURE_ROLE = _re(r"\s+(?:[A-Z][a-z]|(?i:{future_role_nouns})\b)")   # (history4: who someone became)


_DISCOURSE_REFS = frozenset(L["discourse_marker_refs"])
_SENTENCE_HEAD = re.compile(r"(?:\A|\n|[.!?][\"'”’)]*[ \t]+)[ \t]*[\"“]?\Z")
# "Now, two years after she took office, ...": a length after the comma tells when "now" is; the word is the
# present, not a turn of the talk (the lead's merge fix: tests/data/event_backward.jsonl)
_NOW_TIMED = _re(r",[ \t]*(?:(?:almost|nearly|about|some|more[ \t]+than|over)[ \t]+)?(?:\d+|{numbers})[ \t]+(?:{plural_units}|{period_units})\b", re.I)


_AS_RECENTLY_BEFORE = re.compile(r"(?i)(?<![\w-])as\s+$")
_AS_RECENTLY_AFTER = re.compile(r"(?i)\s+as(?![\w-])")
# "killed, most recently last October", "sold most recently in 2015": the date that follows is the time
_MOST_RECENTLY_BEFORE = re.compile(r"(?i)(?<![\w-])most\s+$")
_MOST_RECENTLY_AFTER = re.compile(r"\s+(?:(?:last|this|in|on|during)\s+(?:the\s+)?(?:[A-Z]|\d|(?:year|month|week|spring|summer|autumn|fall|winter)\b)|[A-Z][a-z]+\s+\d|\d{4}\b)")


@rule("ref_word", r"(?<![\w-])(?P<w>{references})(?![\w-])", 5, triggers="deictic",
      examples=[
          ("2022-09-10", "The government now controls most of the north.", "now", "PRESENT_REF"),
          ("2018-06-18", "The company recently opened a factory in Mexico.", "recently", "PAST_REF")])
def _ref_word(m, text):
    w = " ".join(m["w"].lower().split())
    after = text[m.end(): m.end() + 30]
    before = text[max(0, m.start() - 30): m.start()]
    if w == "now" and re.match(r"[-‐]", after):
        return None
    if (w in _DISCOURSE_REFS and after[:1] == "," and m["w"][:1].isupper() and _SENTENCE_HEAD.search(before)
            and not _NOW_TIMED.match(after)):
        # (twenty-first session, recall22) "Now, some dates for your diaries.", "Now, the bells you can hear ...":
        # a sentence's first word before a comma turns the talk, it tells no time (TimeBank leaves its two
        # "Now, he said" / ". Now, Ms. Conlin" untagged, and tags the "Now" that begins a clause)
        return None
    if w in _LOWER_ONLY_REFS and (m["w"] != w or _REF_DETERMINER.search(before) or _REF_NOUN.match(after)):
        return None   # "rn" (right now), "atm" (at the moment) in lower case; "RN" is a nurse, "the atm" a cash machine
    if w in _THE_OTHER and re.match(r"\s+of\b", after):
        return None   # "the other day of the week": another day, not lately
    if w in _THE_OTHER and w != _OTHER_DAY:
        # (twenty-third session, recall24) "the other night", "the other week": lately, as "the other day"; not the
        # other of two ("one night in a tent and the other night in a hotel"), nor a compound ("the other night bus")
        noun = w.rsplit(" ", 1)[1]
        if _OTHER_COMPOUND.match(text, m.end()):
            return None
        lo = max(0, m.start() - 120)
        ends = [e.end() for e in _SENTENCE_END.finditer(text, lo, m.start())]
        if re.search(r"(?i)(?<![\w'’])(?:%s)\s+%s(?![\w'’])" % (_OTHER_CONTRASTS, re.escape(noun)), text[ends[-1] if ends else lo: m.start()]):
            return None
    if w == "recently" and ((_AS_RECENTLY_BEFORE.search(before) and _AS_RECENTLY_AFTER.match(after))
                            or (_MOST_RECENTLY_BEFORE.search(before) and _MOST_RECENTLY_AFTER.match(after))):
        # (twenty-second session, news23) "led in polls as recently as September", "as recently as 2017", "most
        # recently last October": the time is the date that follows; "as recently as" is its modifier (a TimeML
        # signal), not a time of its own (the grid in tests/test_news_grid_news23.py)
        return None
    if w in _REF_ADJECTIVES:
        # adjectives: only before a time noun ("recent weeks"), never "former"
        nxt = re.match(r"\s+([A-Za-z]+)", after)
        nxtw = nxt.group(1).lower() if nxt else ""
        if w == "former":
            # TimeML (TIMEX3) does not tag the adjective: TimeBank and AQUAINT leave all their 34
            # "former" untagged; WikiWars, annotated in TIMEX2, tags it in its narratives
            return None
        if w == "recent" and nxtw in _RECENT_NOUNS:
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
    if w == "the past" and _PAST_SPAN.match(after):
        return None
    if w == "the future" and _FUTURE_ROLE.match(after):
        return None   # "the future Pope Pius II", "the future king": an adjective naming who someone became
    return M(m, "ref_word", "ref", value=_REFS[w], word=w)


# (past) a bio's or a CV's open range: "2015-present", "Jan 2019 - Present", "(2015–present)", "2012 to
# present": "present" is the range's end, the present (TIDES PRESENT_REF; "the present" is a reference
# word already). Only after a year's range: "a birthday present", "present the results" are no time.
_RANGE_START = _re(r"(?:\b(?:1\d|20)\d\d|\b(?:1\d|20)\d\d\s*[-–]\s*\d\d|'\d\d)\s*$")


@rule("range_present", r"(?:[-–—]|\b(?i:to|till|until|through|thru))\s*(?P<w>(?i:present))(?![\w-])", 6, triggers="deictic", boundary=False,
      examples=[("2025-06-04", "Head chef at The Anchor, 2015-present", "present", "PRESENT_REF"),
                ("2025-06-04", "Marketing Manager, Acme Ltd, Jan 2019 - Present", "Present", "PRESENT_REF")])
def _range_present(m, text):
    if not _RANGE_START.search(text, max(0, m.start() - 16), m.start()):
        return None
    return M(m, "range_present", "ref", "w", value="PRESENT_REF", word="present")


# ---- durations and relative offsets ----------------------------------------------------------------
# what stands right before the unit of a length or an offset: a digit ("30 seconds", "1 1/2",
# "1½") or the last word of a number or a vague number ("twenty-one", "a couple of", "a few"),
# then blanks or a hyphen (``Rule.lead``: the rules run only around such units; read 32
# characters back: the longest of those words and more blanks than a length is written with)
_NUM_LEAD = (r"(?:[\d½]\+?|(?<![A-Za-z])(?i:%s))[\s-]+" % trie_of(
    {re.findall(r"[a-z]+", w.lower())[-1] for w in L["number_phrases"] + L["digit_words"] + L["teen_words"]
     + L["tens_words"] + L["vague_numbers"] + L["count_hedges"]}), 32)
# (vague28) a hedge glued to the count: "5ish mins", "20-odd years", "3 or so days" (lexicon count_hedges, mod APPROX)
CHEDGE = ordered(L["count_hedges"])
# (vague28) a hedge after the amount, inside the extent: "a week or so", "3 days tops", "an hour and a bit" (lexicon
# postfix_approximators); not before a word of postfix_hedge_not_before ("or so I thought", "tops the list"); read in a
# window of 24 characters after the unit (the longest hedge, a comma and blanks)
_POSTFIX = _re(r"(?:[ \t]*,)?[ \t]*(?P<post>%s)(?![\w'’])(?![ \t]+(?:(?:%s)(?![\w'’])|\d))" % (
    ordered(sorted(L["postfix_approximators"], key=len, reverse=True)), ordered(L["postfix_hedge_not_before"])))
_POSTFIX_END = re.compile(r"[ \t]*(?:[.,;:!?)\n]|$)")
_POSTFIX_CLAUSE_END = frozenset(L["postfix_clause_end"])


def _postfix(text: str, end: int):
    """(end, mod) of a hedge written right after an amount of time ending at ``end``, or None."""
    pm = _POSTFIX.match(text, end, min(len(text), end + 24))
    if pm is None:
        return None
    post = " ".join(pm["post"].lower().split())
    if post in _POSTFIX_CLAUSE_END and not _POSTFIX_END.match(text, pm.end()):
        return None   # "the 2 hour max charge": a noun's modifier
    return pm.end(), L["postfix_approximators"][post]


def _offset_mod(m) -> str:
    """The mod of an offset's amount: its hedge before, after ("a week or so ago") or glued to the count."""
    gd = m.groupdict()
    if gd.get("post"):
        return L["postfix_approximators"][" ".join(gd["post"].lower().split())]
    if gd.get("cish"):
        return "APPROX"
    return _approx_mod(m["approx"])


_THAN = re.compile(r"\s+than\b", re.I)
_LENGTH_BOUNDS = frozenset(L["length_bounds"])   # (news8) "later than planned": a comparison, not an offset


# (vague28, from reading A) "Highways said 6-8 weeks back in january", "2 weeks back to school": "back" before a return's
# "to"/"into" or before "in" and a month, season or year is no offset's direction (lexicon _doc_back_return); read in a
# window of 24 characters after "back"
_BACK_RETURN_AFTER = _re(r"\s+(?:(?:{back_return_after})(?![\w'’])|(?:{back_frame_preps})\s+(?:%s|%s|'?\d{2}(?!\d)|1\d{3}|20\d{2}))" % (
    MONTH, SEASON))
_BACK_WORDS = frozenset(L["back_return_words"])


def _back_return(d: str, text: str, end: int) -> bool:
    return d in _BACK_WORDS and _BACK_RETURN_AFTER.match(text, end, min(len(text), end + 24)) is not None


# "two days before." / "two days after, ...": the event unsaid, so the day reached from the last date told; (thirty-second
# session) a chat's "!" or "?" or an emoji's closing the clause too (not a line's end: "not 2 seconds after" ending a chat's
# line is how long) ("we posted it on insta a fortnight
# before 🙏"); "two days after the vote" is anchored on its event (the ordinal/event rules). Read in the 20 characters after
_EVENT_UNSAID_AFTER = re.compile(r"[ \t]*(?:(?:[.,;:)!?]|(?:that|and)\b|$)|[\u2600-\u27bf\U0001f300-\U0001faff])|\s+(?:[.,;:)]|(?:that|and)\b|$)")


@rule("offset", r"(?:(?P<approx>%s)(?:\s+|(?<=~)))?(?:(?P<num>%s)(?P<cish>%s)?|(?P<vague>%s))(?:[\s-]+|(?<=\d))(?P<unit>%s)\s+(?P<dir>{offset_directions})(?![\w])" % (APPROX, NUM, CHEDGE, VAGUE, TIME_UNIT), 25, triggers="unit", requires="offset_directions", lead=_NUM_LEAD,
      examples=[
          ("2025-04-22", "Three years ago, the town was under occupation.", "Three years ago", "2022"),
          ("1989-10-27", "A few days later, the company announced a merger.", "A few days later", "FUTURE_REF"),
          # (offsets27) from a day named: the day reached
          ("2025-03-12", "the parcel should come 2 days from today", "2 days from today", "2025-03-14"),
          # (vague28) a hedge glued to the count, inside the extent, mod APPROX
          ("2025-06-04", "we moved here 20-odd years ago", "20-odd years ago", "2005")])
def _offset(m, text, name: str = "offset"):
    d = " ".join(m["dir"].lower().split())
    if _back_return(d, text, m.end()):
        return None
    after = text[m.end(): m.end() + 20]
    if d in L["event_directions"] and not _EVENT_UNSAID_AFTER.match(after):
        return None  # "two days after the vote": anchored on an event, see the ordinal/event rules
    if m["num"] and m["num"].lower() in ("a", "an") and not m["approx"] and _rate_over_span(text, m.start(), m.end("unit")):
        return None   # (aspect38, §153) "100 lbs a week after that till New Year's Eve": a rate (rule duration's SET)
    n = parse_num(m["num"]) if m["num"] else None
    if m.groupdict().get("half") and n is not None:
        n += 0.5   # (history5) "a century and a half ago" (rule offset_half)
    u = unit_code(m["unit"])
    bound = d in L["event_directions"] and m["approx"] is not None and " ".join(m["approx"].lower().split()) in _LENGTH_BOUNDS
    if _THAN.match(after) or bound:
        # (admin) "cancel at least 24 hours before.", "up to one month before": a bound on a length of
        # notice, its event unsaid (lexicon _doc_length_bounds): the length, as "nine years later than planned"
        # (news8) "until 2034, nine years later than planned", "a year earlier than expected": a
        # comparison with a plan measures a length (TimeML: the DURATION "nine years"), it reaches no date
        lo = m.start("num") if m["num"] else m.start("vague")
        return Mention(lo, m.end("unit"), name, "duration", dict(n=n, unit=u, vague=bool(m.groupdict().get("vague")),
                                                                  mod=_offset_mod(m) if bound else ""), 25)
    if d in _LENGTH_DIRECTIONS and (_LENGTH_CUE_BEFORE.search(text, max(0, m.start() - 12), m.start())
                                    or _LENGTH_CUE_SHARED.search(text, max(0, m.start() - 40), m.start())):
        # (twentieth session, voices18) "I didn't sleep for two days after.": how long, its event unsaid (lexicon
        # _doc_offset_length), as "two days after the storm" is a length too
        lo = m.start("num") if m["num"] else m.start("vague")
        return Mention(lo, m.end("unit"), name, "duration", dict(n=n, unit=u, vague=bool(m.groupdict().get("vague")),
                                                                  mod=_offset_mod(m)), 25)
    if d in L["offset_from_day_directions"]:
        # (offsets27) "2 days from today", "two weeks from today": from a day named, so the day reached (as "a week from
        # today", rule week_today), not the ISO week of "2 wks from now"; months and years are left to other rules
        days = L["offset_from_day_units"].get(u)
        if days is None or n is None or n != int(n) or m["vague"] or m["num"].lower() in ("a", "an"):
            return None   # ("a week from today", "a fortnight from today": rule week_today's)
        return M(m, name, "deictic_day", offset=int(n) * days, pod="", word=d, mod=_offset_mod(m))
    sign, anchor = L["offset_directions"][d]
    if anchor == "last" and sign > 0 and _EDIT_HEAD.search(text, max(0, m.start() - 16), m.start()):
        anchor = "dct"   # (past) "EDIT 2 days later:", "Update (3 days later):": an edit under a post, from its day
    return M(m, name, "offset", n=n, unit=u, sign=sign, anchor=anchor, vague=bool(m.groupdict().get("vague")),
             mod=_offset_mod(m), period_months=_period_in_sentence(text, m.start()) if u == "Y" and n == 1 else None,
             night=m["unit"].lower().startswith("night"))   # (history8) "two nights later": that night


_LENGTH_DIRECTIONS = frozenset(L["offset_length_directions"])
_LENGTH_CUE_BEFORE = re.compile(r"(?<![\w'’])(?:%s)\s+$" % "|".join(map(re.escape, L["offset_length_cues"])), re.I)
# (twenty-eighth session) the length cue before a first count that shares this one's unit: "for 2 or 3 days after",
# "for six to eight weeks before" (bounded: 40 characters before the second count)
_LENGTH_CUE_SHARED = re.compile(r"(?<![\w'’])(?:%s)\s+(?:%s)\s*(?:[-–]|(?i:or|to)\s)\s*$" % (
    "|".join(map(re.escape, L["offset_length_cues"])), NUM), re.I)
_EDIT_HEAD = _re(r"(?:^|\n)[^\S\n]*\W{0,2}(?i:{edit_words})[^\S\n]*\d?[^\S\n]*[(:\-–—]?[^\S\n]*$")


# (days) "moved out weeks ago", "years back", "a while ago", "ages ago", "weeks earlier": an offset whose
# distance is not said at all (no number, no "a few"): the vague past or future (PAST_REF / FUTURE_REF,
# as "several years ago" is: docs/timeml-conventions.md); not "two weeks ago" (rule offset), not
# "weeks back to work", nor "for years ago"
_BARE_OFFSET_NOT_AFTER = re.compile(r"(?i)(?:\d|\b(?:%s|%s|%s|the|these|those|for|of|its|their|our|my|your|his|her))[\s-]+$" % (
    NUMWORD, VAGUE, APPROX))


@rule("vague_ago", r"(?:(?P<w>(?i:a\s+(?:(?:{while_adjectives:bare})\s+)?while|ages))|(?P<unit>(?i:days|weeks|months|years|decades)))\s+(?P<dir>(?i:ago|back|earlier|later))(?![\w'’])(?!\s+(?i:to|into|home|in\s+the\s+day)\b)(?!(?<![oO])\s+(?i:from)\b)",
      24, triggers="unit while", requires="offset_directions",
      examples=[("2025-06-02", "moved out weeks ago and still no deposit", "weeks ago", "PAST_REF"),
                ("2025-06-02", "we went there a while back, it was lovely", "a while back", "PAST_REF"),
                # (recall22) "ago from": the past time and where a thing came from ("back from" is a return)
                ("2026-03-12", "best tip I got years ago from an old farmer", "years ago", "PAST_REF")])
def _vague_ago(m, text):
    if m["unit"] and _BARE_OFFSET_NOT_AFTER.search(text, max(0, m.start() - 24), m.start()):
        return None
    d = " ".join(m["dir"].lower().split())
    sign, anchor = L["offset_directions"][d]
    return M(m, "vague_ago", "offset", n=None, unit=unit_code(m["unit"]) if m["unit"] else "", sign=sign, anchor=anchor,
             vague=True, mod="", period_months=None)


# (vague28) "a week or so ago", "a week-ish ago", "10 mins or so ago": a hedge between the amount and its direction
# (lexicon offset_postfix_hedges), inside the extent with its mod; a rule of its own that runs only where the hedge and
# a direction follow the unit (its trail, 24 characters), so rule offset's windows stay as narrow as they were
@rule("offset_hedged", r"(?:(?P<approx>%s)\s+)?(?:(?P<num>%s)|(?P<vague>%s))(?:[\s-]+|(?<=\d))(?P<unit>%s)[ \t]?(?P<post>{offset_postfix_hedges})\s+(?P<dir>{offset_directions})(?![\w])" % (APPROX, NUM, VAGUE, TIME_UNIT), 25,
      triggers="unit", requires="offset_directions", lead=_NUM_LEAD,
      trail=(r"[ \t]?(?:{offset_postfix_hedges})\s", 24),
      examples=[("2025-06-04", "I rang them a week or so ago about it", "a week or so ago", "2025-W22"),
                ("2025-06-04", "she left 10 mins or so ago", "10 mins or so ago", "PT10M")])
def _offset_hedged(m, text):
    return _offset(m, text, "offset_hedged")


# (history5) "a century and a half ago", "a year and a half later": the rule runs only where "and a
# half" follows the unit
@rule("offset_half", r"(?:(?P<approx>%s)\s+)?(?P<num>%s)[\s-]+(?P<unit>%s)(?P<half>\s+and\s+a\s+half)\s+(?P<dir>{offset_directions})(?![\w])" % (APPROX, NUM, TIME_UNIT), 25,
      triggers="unit", requires="offset_directions", lead=_NUM_LEAD, trail=(r"\s+and\s+a\s+half\s", 14),
      examples=[("2023-09-18", "A century and a half ago the bank closed its doors.", "A century and a half ago", "1873")])
def _offset_half(m, text):
    return _offset(m, text, "offset_half")


# (eventoffset33) "two and a half years later", "Five and a half months later", "some three and a half centuries
# later": the half said before the unit (rule offset_half reads it after: "a year and a half later"); before, the
# length rule read "Two and a half years" and the offset was lost. The rule runs only where "and a half" stands
# right before the unit (its lead, 20 characters); resolved as offset_half's (resolve._offset: from a story date
# of a month or a day the year or month reached, else a length)
@rule("offset_half_before", r"(?:(?P<approx>%s)\s+)?(?P<num>%s)(?P<half>[\s-]+and[\s-]+a[\s-]+half)[\s-]+(?P<unit>%s)\s+(?P<dir>{offset_directions})(?![\w])" % (APPROX, NUM, TIME_UNIT), 25,
      triggers="unit", requires="offset_directions", lead=(r"(?i:and)[\s-]{1,3}a[\s-]{1,3}half[\s-]{1,3}", 20),
      examples=[("2024-05-01", "The treaty was signed in September 1783. The British left New York in November. "
                 "Two and a half years later, the states met at Annapolis.", "Two and a half years later", "1786")])
def _offset_half_before(m, text):
    return _offset(m, text, "offset_half_before")


_SINCE_LENGTH = re.compile(r"(?i)\b(?:been|is|it['’]s|was|were|are|for)\s+$")


# (history5) "some four years since.", "two years since,": the old "ago", where the phrase ends
# ("four years since the war" is a length); the rule runs only where "since" and a stop follow the unit
@rule("since_ago", r"(?:(?P<approx>%s)\s+)?(?P<num>%s)[\s-]+(?P<unit>%s)\s+(?i:since)(?=\s*[.,;:)])" % (APPROX, NUM, TIME_UNIT), 25,
      triggers="unit", lead=_NUM_LEAD, trail=(r"\s+(?i:since)\s*[.,;:)]", 10),
      examples=[("1898-05-19", "His last government ended in March 1894, some four years since.", "some four years since", "1894")])
def _since_ago(m, text):
    if _SINCE_LENGTH.search(text, max(0, m.start() - 14), m.start()):
        return None   # "it has been two years since.": a length since something, not a date
    return M(m, "since_ago", "offset", n=parse_num(m["num"]), unit=unit_code(m["unit"]), sign=-1, anchor="dct", vague=False,
             mod=_approx_mod(m["approx"]), period_months=None)


_PERIOD_WORD = re.compile(r"(?i)\b(?:(?P<months>nine|six|9|6|first\s+(?:nine|six))[\s-]+months?|(?P<half>first\s+half|half)|(?P<quarter>quarter|period))\b")
_SENT_BREAK = re.compile(r"[.!?][\"'’”]*\s+(?=[\"“A-Z])")


def _period_in_sentence(text: str, start: int) -> str | None:
    """The reporting period the sentence is about, named before "a year earlier": "for the nine
    months, losses totaled $212 million, compared with $48.7 million a year earlier" compares
    nine-month periods, not quarters. The last period word before the expression counts."""
    before = text[max(0, start - 300): start]
    low = before.lower()
    if before.isascii() and "month" not in low and "half" not in low and "quarter" not in low and "period" not in low:
        return None   # every period word holds one of these (a cheap look before the regexes)
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
    """ "about" -> APPROX, "more than" -> MORE_THAN, "another" -> "" (the approximators table)."""
    if not s:
        return ""
    return L["approximators"].get(" ".join(s.lower().split()), "")


_DET = r"(?i:the\s+{span_determiners}|these\s+past|the\s+past\s+several|this\s+past|over\s+the\s+past)"

# (twenty-ninth session) "over" as a frame of time before a length (lexicon _doc_over_frame): the word before it
# (read at most 24 characters back) and what follows the length (a clause's end or a word of over_frame_next_words)
_OVER_WORD_BEFORE = re.compile(r"(?:^|(?<=[^\w'’]))([\w'’]+)[ \t]+$")
_OVER_MORE_THAN_BEFORE = frozenset(L["over_more_than_before"])
_OVER_FRAME_AFTER = _re(r"[ \t]{0,8}(?:[.,;:!?)\]]|$|\n)|[ \t]{1,8}(?i:{over_frame_next_words})(?![\w'’])")   # (blank runs bounded: linear)


def _over_frame(m, text, end: int) -> bool:
    """Whether the "over" before this length (``m["approx"]``) is a frame of time ("phased in over 18 months")
    rather than "more than" ("for over a year")."""
    a = m.start("approx")
    w = _OVER_WORD_BEFORE.search(text, max(0, a - 24), a)
    if w is None or w[1].lower() in _OVER_MORE_THAN_BEFORE or w[1][0].isdigit():
        return False
    return _OVER_FRAME_AFTER.match(text, end) is not None


_ANOTHER_IDIOM = _re(r"(?i:\b{another_idioms}\s+)$")


_NIGHT_ACTIVITY_AFTER = _re(r"\s+{night_activity_nouns}\b", re.I)
_WHAT_A = re.compile(r"(?i)(?<![\w'’])(?:what|such)\s+$")


# (lead, thirty-fourth session) "night" (singular) right before a noun it makes a compound with (lexicon
# `night_compound_nouns`): the number before counts the compound ("3 night shifts"), no length (16 characters read)
_NIGHT_UNITS = frozenset(("night", "nite"))
_NIGHT_COMPOUND = _re(r"[ \t-]{1,2}(?i:{night_compound_nouns})(?![\w'’])")

@rule("duration", r"(?:(?P<det>%s)\s+)?(?:(?P<approx>%s)(?:\s+|(?<=~)))?(?:(?P<num>%s)(?P<plus>\+)?(?P<cish>%s)?(?P<andhalf>\s+and\s+a\s+half)?|(?P<vague>%s))(?P<sep>\s+|-\s*|(?<=\d))(?P<unit>%s)(?P<old>(?i:-old|-long|\s+old|\s+long))?(?![\w])" % (_DET, APPROX, NUM, CHEDGE, VAGUE, TIME_UNIT), 14, triggers="unit", lead=_NUM_LEAD,
      examples=[
          ("2023-02-13", "The advert runs for 30 seconds.", "30 seconds", "PT30S"),
          ("2021-01-20", "The hostages were held for 444 days.", "444 days", "P444D"),
          ("2021-03-02", "Recovery from the operation takes six to eight weeks.", "six to eight weeks", "PXW"),
          ("2021-03-02", "Blood tests were repeated after 6 and 9 months.", "6", "P6M"),
          ("2021-03-02", "Blood tests were repeated after 6 and 9 months.", "9 months", "P9M"),
          ("2021-03-02", "Repairs should take a week or two.", "a week or two", "PXW"),
          # (offsets27) with a direction after it, some days back
          ("2025-06-04", "I rang them a day or two ago about it", "a day or two ago", "PAST_REF"),
          ("2021-03-02", "The new record stands at two hours and five minutes.", "two hours and five minutes", "PT2H5M"),
          ("2021-03-02", "He served three years and four months of his sentence.", "three years and four months", "P3Y4M"),
          # (past) a bio's or a review's "5+ years" is five or more (TIMEX3 mod EQUAL_OR_MORE)
          ("2025-06-04", "5+ years of experience in B2B sales", "5+ years", "P5Y"),
          # (past) "two and a half hours", "3 and a half years": the half before the unit
          ("2025-06-30", "we got the train up the valley, two and a half hours each way", "two and a half hours", "PT2H30M"),
          # (vague28) a hedge after the amount or glued to its count: inside the extent, with its mod
          ("2025-06-04", "it took a week or so to sort out", "a week or so", "P1W"),
          ("2025-06-04", "back in 5ish mins x", "5ish mins", "PT5M"),
          ("2025-06-04", "allow 3 days tops for delivery", "3 days tops", "P3D"),
          # (twenty-ninth session) "over" a frame of time after a verb, "more than" after "for"
          ("2025-04-16", "The new fares will be phased out over 18 months.", "18 months", "P18M"),
          ("2025-04-16", "The front remained static for over a year.", "over a year", "P1Y"),
          # (thirtieth session) a written fraction of the unit
          ("2025-11-20", "there was a 1/2 hour wait for a table", "1/2 hour", "PT30M"),
          # (durations33, §119) a rate's period is a SET; "every" before a vague or ranged count a SET of some units
          ("2025-06-04", "about 40 people a week come in", "a week", "P1W"),
          ("2025-06-04", "the app crashes every few days", "every few days", "PXD"),
          ("2025-06-04", "they change the rota every 2-3 weeks", "every 2-3 weeks", "PXW")])
def _duration(m, text):
    got = _duration_length(m, text)
    if isinstance(got, Mention) and got.kind == "duration":
        read = _rate_or_every(m, text, got)
        if read is not None:
            return read or None   # a SET, or nothing for a speed ([])
    return got


# (durations33, §119) a rate: a count (digits, a sum of money, a percentage, lexicon `rate_count_words`: "a million",
# "30k") and at most two words after it (a noun, "per cent"), then "a"/"an" and a singular unit: "a million people a
# year", "£40 a month", "18 percent a year", "5,000 patients a day": the unit is a SET of one unit (the project's fresh
# gold: 69 of 78 such rates SET, TimeBank's "$33 million a year" SET P1Y). The word right before "a" is the count, or
# a noun of the count (a plural in "s", or lexicon `rate_count_nouns`), never a word of `rate_not_after` (a verb or a
# pronoun in "s": "it took 3 of us a day", "Room 4 was a day late"); a verb or a preposition before "a" leaves the length
# ("In 2019 I spent a year", "5 people in a year"), nor a year alone ("since 2015 a week hasn't gone by"). Not before a
# direction or a word of `rate_not_before` ("a week later", "a year old", "a day's"). A speed ("15 miles an hour",
# lexicon `rate_speed_nouns` before an hour or a minute; "10 miles a day" is a rate) is no time at all: untagged, as the fresh gold leaves it. Bounded: 40 characters read
# back, 24 after.
_RATE_COUNT = r"(?:[$£€¥₹][ \t]?)?\d(?:[\d,.]*\d)?(?:[kKmM]|bn)?%?|(?i:{rate_count_words})"
_RATE_BEFORE = _re(r"(?<![\w'’.,])(?P<count>%s)(?:[ \t]{1,2}(?P<w1>[\w'’-]+))?(?:[ \t]{1,2}(?P<w2>[\w'’-]+))?[ \t]{1,2}\Z" % _RATE_COUNT)
_RATE_NOT_BEFORE = _re(r"(?:['’]s|-|[ \t]{1,3}(?i:{rate_not_before})(?![\w'’]))")
_RATE_NOT_AFTER = frozenset(L["rate_not_after"])
_RATE_NOUNS = frozenset(L["rate_count_nouns"])
_EVERY_BEFORE = re.compile(r"(?<![\w'’])(?i:every)[ \t]{1,3}\Z")
_YEAR_COUNT = re.compile(r"1\d{3}|20\d{2}")
_RATE_SPEED = frozenset(L["rate_speed_nouns"])


# (aspect38, §153) a rate's unit, then "after that" and a span's end in its clause: "100 lbs a week after that till New
# Year's Eve", "£40 a month from then until June": how often over a stretch of time from a point just told, not the
# week a length reaches (lexicon aspect_rate_from_then, aspect_rate_span_ends). Bounded: 40 characters read back for
# the count, the words of aspect_rate_from_then and 40 characters after them for the span's end, within the clause
_RATE_FROM_THEN = _re(r"(?i)[ \t]{1,3}(?:{aspect_rate_from_then})(?![\w'’])[^.!?;\n]{0,40}?(?<![\w'’])(?:{aspect_rate_span_ends})(?![\w'’])")


def _rate_over_span(text: str, start: int, end: int) -> bool:
    """Whether the unit at ``start``:``end`` ("a week") is a rate's over a span from then: a count before it and a span
    after it ("100 lbs a week after that till New Year's Eve")."""
    if _RATE_FROM_THEN.match(text, end) is None:
        return False
    b = _RATE_BEFORE.search(text, max(0, start - 40), start)
    return b is not None and _rate_noun(b["w1"]) and _rate_noun(b["w2"]) and not (b["w1"] is None and _YEAR_COUNT.fullmatch(b["count"]))


def _rate_noun(w: str | None) -> bool:
    """Whether a word between a rate's count and its "a" may be the count's noun ("people", "patients", "percent")."""
    if w is None:
        return True
    low = w.lower()
    if low in _RATE_NOT_AFTER:
        return False
    return low in _RATE_NOUNS or (low.endswith("s") and not low.endswith(("'s", "’s", "ss")))


def _rate_or_every(m, text, got: Mention) -> Mention | list | None:
    """The SET of a rate's unit or of "every" before a vague count; [] for a speed (no expression); None: the length."""
    d = got.data
    u = d.get("unit")
    if not isinstance(u, str):
        return None
    if d.get("vague") and d.get("n") is None and not d.get("det") and not d.get("mod") \
            and _EVERY_BEFORE.search(text, max(0, got.start - 10), got.start):
        e = _EVERY_BEFORE.search(text, max(0, got.start - 10), got.start)
        return Mention(e.start(), got.end, "duration", "fixed", dict(type="SET", value=dur_value(None, u)), 14)
    num = (m["num"] or "").lower()
    if num not in ("a", "an") or m["det"] or m["approx"] or m["old"] or d.get("mod") or got.end != m.end() \
            or m["unit"].lower().endswith("s") or u in ("S", "DE", "CE", "ML", "Q"):
        return None
    b = _RATE_BEFORE.search(text, max(0, got.start - 40), got.start)
    if b is None or (_RATE_NOT_BEFORE.match(text, got.end) or _direction_after(text, got.end) is not None) \
            and not _rate_over_span(text, got.start, got.end):
        return None
    if u in ("H", "TM") and any(w and w.lower() in _RATE_SPEED for w in (b["w1"], b["w2"])):
        return []   # a speed ("15 miles an hour", "30 knots an hour"): no time of the text (the fresh gold leaves it)
    if not (_rate_noun(b["w1"]) and _rate_noun(b["w2"])):
        return None
    if b["w1"] is None and _YEAR_COUNT.fullmatch(b["count"]):
        return None   # "since 2015 a week hasn't gone by": a year, no count
    return Mention(got.start, got.end, "duration", "fixed", dict(type="SET", value=dur_value(1, u)), 14)


_HOW_MANY_BEFORE = _re(r"(?<![\w'’])(?i:{how_many_words})[ \t]{1,2}\Z")


def _duration_length(m, text):
    frac_start = None   # (thirtieth session) where a written fraction of the unit starts ("1/2 hour")
    # a capitalised unit in running text is part of a name ("60 Minutes", "the Seven Years' War"):
    # TimeML news annotation leaves it out, TIMEX2-style histories keep it (resolution decides)
    in_name = m["unit"][:1].isupper() and m.start("unit") > 0 and text[m.start("unit") - 1] == " " \
        and not re.search(r"[.!?\n]\s*\S*\s*$", text[max(0, m.start() - 3): m.start()])
    if not m["sep"] and m.start() > 0 and text[m.start() - 1] in ":.":
        return None  # "03:00hrs": a clock time's minutes, not a length
    if m["sep"] and "\n" in m["sep"] and m["unit"][:1].isupper():
        return None  # (howto) "Week 3\nDay 1: ...": a new line's heading, not "3 days"
    if m["vague"] and not m["det"] and _HOW_MANY_BEFORE.search(text, max(0, m.start() - 6), m.start()):
        return None  # (lead, thirty-third session) "how many hours did that take?", "how many sleeps": a question, no length
    unit_s = m["unit"].lower()
    if unit_s in _NIGHT_UNITS and _NIGHT_COMPOUND.match(text, m.end()) is not None:
        return None  # (lead, thirty-fourth session) "3 night shifts in a row", "2 night feeds": a count of a compound noun
    u = unit_code(unit_s)
    num_s = m["num"]
    plural = unit_s.endswith("s") or unit_s in ("centuries", "millennia")
    n = parse_num(num_s) if num_s else None
    if n is not None and m["andhalf"]:
        n += 0.5
    if num_s:
        low = num_s.lower().strip()
        if low in ("a", "an") and u == "S":
            return None  # "a second trip", "a second"
        if low in ("a", "an") and not m["det"] and not m["approx"] and _WHAT_A.search(text, max(0, m.start() - 8), m.start()):
            return None  # (clock) "what a day", "what a week it's been": an exclamation, no length
        if u == "S" and not low[0].isdigit() and n is not None and n < 2 and "-" not in m["sep"]:
            return None
        if low in ("a", "an") and plural:
            return None
        if low == "another" and _ANOTHER_IDIOM.search(text, max(0, m.start() - 12), m.start()):
            return None  # "live to fight another day": not a length
        before = text[max(0, m.start() - 2): m.start()]
        # (recall22) "\Z", not "$": "$" also matches before a final newline, and "Term-time only.\n1 hr sessions"
        # lost the line's length to the full stop that ends the line before (as if "12.5 hours" had been cut)
        if re.search(r"[$£€¥]\s*\Z", before) or (low[:1].isdigit() and re.search(r"[\d,.]\Z", before)):
            return None
        # (thirtieth session; the census's class 19) "a 1/2 hour wait", "1/4 hour", "3/4 hour": a written fraction
        # of the unit (it had been read "2 hour" PT2H, a wrong length)
        frac = _FRACTION_BEFORE.search(text, max(0, m.start() - 3), m.start()) if low in ("2", "4") else None
        if frac is not None and not (frac["n"] == "3" and low == "2"):
            n, frac_start = int(frac["n"]) / int(low), frac.start("n")
        if low[:1].isdigit() and len(low) == 4 and 1000 <= (n or 0) <= 2099 and not plural:
            return None  # "the 1988 quarter": a year, not 1988 quarters ("1000 hours in this game" is a length)
    if u == "Q" and not m["vague"] and ("-" in m["sep"] or re.match(r"\s+of\b", text[m.end(): m.end() + 4])):
        return None  # "three-quarters of", "four-quarter moving average"
    quarter_of = None
    if u == "Q" and not plural:
        if _QUARTER_POINT.match(text, m.end()):
            return None  # "a quarter point", "a quarter-percentage-point cut": a rate, not three months
        quarter_of = _QUARTER_OF.match(text, m.end())  # "a quarter century" is 25 years, "a quarter hour" 15 minutes
    age = bool(m["old"]) and "old" in m["old"].lower()   # (thirty-first session) "61-Year-Old" in a title too
    if age and "-" in m["old"]:
        return None  # ages ("61-year-old"): not tagged in TimeML news corpora (0 of 32 in TBAQ)
    if age and not plural and n is not None and n > 1:
        return None  # (recall22) "my 18 month old woke at 3am": the same noun written without its hyphens
    if u == "D" and unit_s.startswith("night") and not num_s:
        return None
    if u == "D" and unit_s == "night" and (text[m.end():m.end() + 1] in ("-", "\u2010", "\u2011")
                                          or _NIGHT_ACTIVITY_AFTER.match(text, m.end())):
        return None   # (history7) "a night-time retreat", "in a night-raid", "a night assault": no length of a day
    det = " ".join((m["det"] or "").lower().split())
    if det.startswith("over the past"):
        det = "the past"
    if m["det"]:
        start = m.start("det") + (m["det"].lower().index("the") if m["det"].lower().startswith("over") else 0)
    else:
        start = m.start("approx") if m["approx"] else (m.start("num") if m["num"] else m.start("vague"))
    if frac_start is not None and not m["approx"]:
        start = frac_start
    end = m.start("old") if age else m.end()   # "[nineteen years] old": the length, the adjective outside
    half = re.match(r"\s+and\s+a\s+half\b", text[end: end + 14]) if n is not None and n == int(n) and not m["old"] else None
    if half:
        n, end = n + 0.5, end + half.end()  # "a minute and a half", "two years and a half"
    if quarter_of is not None and n is not None:
        k, u = L["quarter_of"][quarter_of["w"].lower()]
        n, end = n * k, quarter_of.end()
    elif num_s and not m["det"] and not m["approx"] and not m["old"] and not half and n is not None and not m["plus"] \
            and not m["andhalf"]:
        if low in ("a", "an") and not plural and _OR_FEW.match(text, m.end()):
            few_end = _OR_FEW.match(text, m.end()).end()
            if (found := _direction_after(text, few_end)) is not None and L["offset_directions"][found[1]][1] == "dct":
                # (only back from the day of writing, "ago", "back": "a day or two later" in a story stays the length it
                # was, a history's gold disagreeing with the point; "grumpy for a day or two after" a length too)
                # (offsets27) "a day or two ago", "a week or two back": some days back, the distance not said
                # exactly (PAST_REF, as "two to three years ago" below)
                sign, anchor = L["offset_directions"][found[1]]
                return Mention(start, found[0].end(), "duration", "offset",
                               dict(n=None, unit=u, sign=sign, anchor=anchor, vague=True, mod=""), 25)
            return Mention(start, few_end, "duration", "duration",
                           dict(n=None, unit=u, vague=True, det="", mod="", age=False), 17)  # "a week or two"
        shared = _shared_unit(m, text, n, u) if low not in ("a", "an") else None
        if shared is not None:
            return shared
        compound = _compound(m, text, n, u)
        if compound is not None:
            return compound
    elif num_s and m["approx"] and not m["det"] and not m["old"] and not half and n is not None and not m["plus"] \
            and not m["andhalf"] and low not in ("a", "an"):
        # (howto) "about 3 hours 20 minutes", "nearly 2 hours and 15 minutes": the hedge before a compound
        # length is the whole length's, one DURATION with its mod (before, "about 3 hours" and "20 minutes")
        compound = _compound(m, text, n, u)
        if compound is not None:
            compound.start = start
            compound.data.update(mod=_approx_mod(m["approx"]), hedged=True)
            return compound
    mod = "EQUAL_OR_MORE" if m["plus"] else "APPROX" if m["cish"] else _approx_mod(m["approx"])
    if m["approx"] and m["approx"].lower() == "over" and m["num"] and not m["det"] and not age and not m["plus"] \
            and not m["cish"] and _over_frame(m, text, end):
        start, mod = m.start("num"), ""   # "phased in over [18 months]": during them, the length exact
    post = _postfix(text, end) if not age and not in_name else None
    if post is not None:
        end, mod = post[0], (mod or post[1])   # (vague28) "a week or so", "3 days tops", "an hour and a bit"
    return Mention(start, end, "duration", "duration",
                   dict(n=n, unit=u, vague=bool(m["vague"]) or n is None, det=det,
                        mod=mod, age=age, in_name=in_name), 14)


_QUARTER_POINT = re.compile(r"[\s-]+(?i:%s)\b" % "|".join(
    r"[\s-]+".join(map(re.escape, p.split())) for p in sorted(L["quarter_points"], key=len, reverse=True)))
_QUARTER_OF = _re(r"[\s-]+(?P<w>(?i:{quarter_of}))\b")


# Numbers that share one unit, read around a match of the duration rule (no pattern of their
# own, so they cost nothing where the rule finds no length):
# "six to eight weeks", "6-8 weeks", "between two and three hours": one length, how long exactly
# not said (PXW, as a timeline cannot place it anyway); "after 6 and 9 months", "at 3, 6 and
# 12 months", "ten or fifteen years": numbers sharing one unit, each its own length (TimeBank
# writes "ten or fifteen years" as two TIMEX3s), or its own point ("ten, fifteen and twenty
# years earlier"); "a week or two": some weeks; "two hours and five minutes": one length in two
# units, the larger first (PT2H5M).
_SHARED_UNIT_BEFORE = _re(r"(?:[$£€¥#]\s*|[\d.,:/]|\bNo\.\s*)$")
_BETWEEN = _re(r"(?i)\bbetween\s+$")
_FRACTION_BEFORE = re.compile(r"(?<![\d/.,])(?P<n>[13])/\Z")
_NUM_IN_LIST = _re(r"(?P<n>%s)\s*,\s*" % NUM)
# (fresh16) each listed number starts a word: in "to Antigua, 18-21 days" the "a" of "Antigua" is no number
# listed before the range (the range was lost to it: "21 days")
_SHARED_NUMBERS = _re(r"(?:(?P<approx>%s)\s+)?(?P<list>(?:(?<![\w'’])%s\s*,\s*){0,6})(?<![\w])(?P<n1>%s)(?P<conn>\s*[-–]\s*|\s+(?i:to)\s+|,?\s+(?i:and|or)\s+)$" % (APPROX, NUM, NUM))
_CONNECTOR_BEFORE = re.compile(r"(?:[-–,]|\b(?i:to|and|or))\s*$")
_SHARED_UNIT_DIRECTION = _re(r"\s+(?P<dir>{offset_directions})(?![\w])", re.I)
_OR_FEW = _re(r"\s+(?i:or)\s+(?i:two|three)(?![\w-])")
_COMPOUND_AFTER = _re(r",?\s+(?:(?i:and)\s+)?(?P<n2>%s)[\s-]+(?P<u2>%s)(?![\w-])" % (NUM, TIME_UNIT))
_DATE_UNITS, _TIME_UNITS = "YMD", ("H", "TM", "S")
_UNIT_ORDER = ["Y", "M", "D", "H", "TM", "S"]


def _direction_after(text: str, pos: int):
    """ "ago", "later", "earlier" right after ``pos`` (not "after the flood": an event's)."""
    direction = _SHARED_UNIT_DIRECTION.match(text, pos)
    if direction is None:
        return None
    d = " ".join(direction["dir"].lower().split())
    if _back_return(d, text, direction.end()):
        return None   # (vague28) "6-8 weeks back in january": a length and a month
    if d in L["event_directions"] and not re.match(r"\s*(?:[.,;:)]|that\b|and\b|$)", text[direction.end(): direction.end() + 20]):
        return None
    return direction, d


def _shared_unit(m, text, n2: float, u: str):
    """The mentions of "six to eight weeks", "6 and 9 months", "ten or fifteen years ago" when
    numbers before the match share its unit; None when there are none."""
    first = m.start("num")
    if not _CONNECTOR_BEFORE.search(text, max(0, first - 6), first):
        return None  # the common case, found at once: no "to", "and", "or", dash or comma before
    window = text[max(0, first - 90): first]
    sm = _SHARED_NUMBERS.search(window)
    if sm is None:
        return None
    base = first - len(window)
    lstart = base + (sm.start("list") if sm["list"] else sm.start("n1"))
    if _SHARED_UNIT_BEFORE.search(text, max(0, lstart - 4), lstart):
        return None  # "$6 to 8 billion", "No. 3 and 4": part of an amount or a number
    nums = [(base + sm.start("list") + mm.start("n"), base + sm.start("list") + mm.end("n"), mm["n"])
            for mm in _NUM_IN_LIST.finditer(sm["list"] or "")]
    nums.append((base + sm.start("n1"), base + sm.end("n1"), sm["n1"]))
    values = [parse_num(w) for _, _, w in nums] + [n2]
    if any(v is None or v >= 1000 or (v != int(v) and v < 1) for v in values) or any(w.lower() in ("a", "an") for _, _, w in nums):
        return None  # "1990 and 2000 years": not counts of a unit
    conn = sm["conn"].strip().lower().lstrip(",").strip()
    ranged = conn in ("-", "–", "to") or (conn == "and" and not sm["list"] and _BETWEEN.search(text, max(0, lstart - 9), lstart))
    found = _direction_after(text, m.end())
    if found is not None and found[1] in _LENGTH_DIRECTIONS:
        s0 = base + sm.start("approx") if sm["approx"] else lstart
        if _LENGTH_CUE_BEFORE.search(text, max(0, s0 - 12), s0):
            found = None   # (twenty-eighth session) "for 6-8 wks after that", "sore for 2 or 3 days after": how long,
            # as rule offset reads "for two days after" (offset_length_cues, offset_length_directions)
    if ranged:
        if sm["list"] or values[0] >= values[1]:
            return None  # "3-2": a score, not a range of lengths
        start = base + sm.start("approx") if sm["approx"] else lstart
        mod = _approx_mod(sm["approx"])
        if found is not None:   # "two to three years ago": some years back
            sign, anchor = L["offset_directions"][found[1]]
            return Mention(start, found[0].end(), "duration", "offset", dict(n=None, unit=u, sign=sign, anchor=anchor, vague=True, mod=mod), 25)
        return Mention(start, m.end(), "duration", "duration", dict(n=None, unit=u, vague=True, det="", mod=mod, age=False), 17)
    if conn == "or" and not sm["list"] and values[0] < values[1] and (found is None or L["offset_directions"][found[1]][1] == "dct"):
        # (thirtieth session; the census's decision, docs/blind-census.md class 0) a disjunction of two counts is one
        # amount whose number is not said, as a range is ("six to eight weeks"): "2 or 3 weeks" one DURATION `PXW` (TIDES:
        # X for a number not known), as the project's gold writes it everywhere (7 of 7 on the readable sets; TimeBank's
        # one "ten or fifteen years" is two TIMEX3s, the dev corpora's habit); back from the day of writing ("3 or 4
        # weeks ago", "2 or 3 days back") one DATE, the point of the first count offered, APPROX (fresh README)
        start = base + sm.start("approx") if sm["approx"] else lstart
        if found is not None:
            sign, anchor = L["offset_directions"][found[1]]
            return Mention(start, found[0].end(), "duration", "offset",
                           dict(n=values[0], unit=u, sign=sign, anchor=anchor, vague=False, mod="APPROX"), 25)
        return Mention(start, m.end(), "duration", "duration", dict(n=None, unit=u, vague=True, det="", mod="", age=False), 17)
    spans = nums + [(first, m.end() if found is None else found[0].end(), m["num"])]
    if found is not None:
        # "ten, fifteen and twenty years earlier": each number is a point that far back, from one anchor
        sign, anchor = L["offset_directions"][found[1]]
        return [Mention(a, b, "duration", "offset", dict(n=v, unit=u, sign=sign, anchor=anchor, vague=False, mod="", coordinated=True), 25)
                for (a, b, _), v in zip(spans, values)]
    return [Mention(a, b, "duration", "duration", dict(n=v, unit=u, vague=False, det="", mod="", age=False), 17)
            for (a, b, _), v in zip(spans, values)]


def _compound(m, text, n1: float, u1: str):
    """ "two hours and five minutes": the match and a length in a smaller unit after it, one value."""
    cm = _COMPOUND_AFTER.match(text, m.end())
    if cm is None:
        return None
    u2, n2 = unit_code(cm["u2"]), parse_num(cm["n2"])
    if u1 not in _UNIT_ORDER or u2 not in _UNIT_ORDER or _UNIT_ORDER.index(u1) >= _UNIT_ORDER.index(u2):
        return None  # "five minutes and two hours", weeks: not one length written larger unit first
    if n2 is None or n1 != int(n1) or n2 != int(n2) or n1 >= 1000:
        return None
    parts = [(n1, u1), (n2, u2)]
    cm3 = _COMPOUND_AFTER.match(text, cm.end())   # (history4) "2 hours 58 minutes 50 seconds": a third unit
    if cm3 is not None:
        u3, n3 = unit_code(cm3["u2"]), parse_num(cm3["n2"])
        if u3 in _UNIT_ORDER and _UNIT_ORDER.index(u3) > _UNIT_ORDER.index(u2) and n3 is not None and n3 == int(n3):
            parts.append((n3, u3))
            cm = cm3
    date_part = "".join(f"{int(n)}{u}" for n, u in parts if u in _DATE_UNITS)
    time_part = "".join(f"{int(n)}{'M' if u == 'TM' else u}" for n, u in parts if u in _TIME_UNITS)
    value = "P" + date_part + ("T" + time_part if time_part else "")
    return Mention(m.start("num"), cm.end(), "duration", "fixed",
                   dict(type="DURATION", value=value, note=f"a length of {text[m.start('num'):cm.end()]}: {value}"), 18)


# "two more weeks", "an additional year", "eight trading days": a count of units that an
# adjective between number and unit does not stop from being a duration
@rule("more_units", r"\b(?P<adj>{count_adjectives})\s+(?P<unit>%s)(?![\w-])" % TIME_UNIT, 16, triggers="unit", requires="count_adjectives",
      examples=[
          ("2000-06-01", "Elian Gonzalez will remain in the United States for at least two more weeks, the court said.", "at least two more weeks", "P2W"),
          ("1989-10-30", "The loan may be extended for an additional year. Eight trading days after Oct. 12, the index was down 6%.", "Eight trading days", "P8D")])
def _more_units(m, text):
    # the match starts at the adjective (a literal is quick to find); the count is read backwards
    before = text[max(0, m.start() - 60): m.start()]
    c = _MORE_COUNT.search(before)
    if c is None:
        return None
    base = m.start() - len(before)
    unit_s = m["unit"].lower()
    plural = unit_s.endswith("s") or unit_s in ("centuries", "millennia")
    if c["an"] or (c["num"] or "").lower() in ("a", "an"):
        if plural or m["adj"].lower() == "more" or m["adj"].lower() in _EVALUATIVE:
            return None  # "a more ... years" is not a count; "a long day", "a busy week": a kind of day
        n = 1
    else:
        n = parse_num(c["num"]) if c["num"] else None
    if c["rng"] and re.search(r"[$£€¥.,:/\d]\s*$", text[max(0, base + c.start("rng") - 2): base + c.start("rng")]):
        return None   # "£3-5 extra", "1.3-5 more": an amount
    if c["num"] and re.search(r"(?:[$£€¥]|\d)[.,]?\s*$", text[max(0, base + c.start("num") - 3): base + c.start("num")]):
        return None  # "$5 more", "1.5 extra": part of an amount
    approx = c["approx"] if c["approx"] and c["approx"].lower() not in ("for", "another") else None
    start = base + (c.start("approx") if approx else c.start("num") if c["num"] else c.start("vague") if c["vague"]
                    else c.start("rng") if c["rng"] else c.start("an"))
    return Mention(start, m.end(), "more_units", "duration",
                   dict(n=n, unit=unit_code(unit_s), vague=bool(c["vague"]) or n is None, det="", mod=_approx_mod(approx), age=False), 16)


# "their third day-long meeting", "a months-long trek", "the government's decades-long battle":
# a compound adjective of length; a plural unit is some units
@rule("unit_long", r"(?<![\w-])(?P<unit>(?i:day|week|month|year|decade|centur(?:y|ie)|hour|night))(?P<pl>s)?-{length_words:cs}(?![\w-])", 13, triggers="unit", requires="length_words",
      examples=[
          ("2000-04-03", "Lawyers emerged from their third day-long meeting; a months-long trek followed.", "day-long", "P1D"),
          ("2000-04-03", "Lawyers emerged from their third day-long meeting; a months-long trek followed.", "months-long", "PXM")])
def _unit_long(m, text):
    u = unit_code(m["unit"].lower().replace("centurie", "century").replace("night", "day"))
    plural = bool(m["pl"])
    return Mention(m.start(), m.end(), "unit_long", "duration",
                   dict(n=None if plural else 1, unit=u, vague=plural, det="", mod="", age=False), 13)


_EVALUATIVE = frozenset(L["evaluative_adjectives"])
# (admin) or a range of counts: "3-5 working days", "5 to 7 business days" (some days: PXD, as "six to eight weeks")
_MORE_COUNT = _re(r"(?<![\w-])(?:(?P<approx>{count_approximators})\s+)?(?:(?P<num>%s)|(?P<vague>%s)|(?P<an>(?i:an?))|(?P<rng>\d{1,3}[ \t]*(?:[-–]|(?i:to))[ \t]*\d{1,3}))\s+$" % (NUM, VAGUE))




_WEEK_BEFORE = frozenset(L["week_before_determiners"])
_SPAN_BEFORE = _re(r"(?i)\b{span_prepositions}\s+$")


_LAST_MINUTE_IDIOM = re.compile(r"(?i)(?<![\w'’])(?:to|at|till|until|til|right\s+up\s+to)\s+$")


@rule("det_unit", r"(?P<det>(?i:the\s+{unit_determiners}|this\s+past|over\s+the\s+past|these\s+past))\s+(?P<unit>{single_units})(?![\w-])", 15, triggers="unit", requires="unit_determiners",
      # "the last week of August", "the first day after ..." are other rules
      reject_after=(r"\s*(?i:'s|’s|{unit_followers})\b", 12),
      examples=[
          ("2018-06-18", "The economy grew 3 percent over the past year.", "the past year", "P1Y"),
          ("2021-05-04", "House prices have doubled over the past decade.", "the past decade", "P10Y")])
def _det_unit(m, text):
    det = " ".join(m["det"].lower().split())
    if det == "the last" and m["unit"].lower() == "minute" and _LAST_MINUTE_IDIOM.search(text, max(0, m.start() - 12), m.start()):
        return None   # (sift) "leave it to the last minute", "changed at the last minute": an idiom, no length
    if det.startswith("over "):
        det = det[5:]
    after = text[m.end(): m.end() + 12]
    if det in L["first_determiners"] and not re.match(r"\s*[,.;]", after):
        return None
    start = m.start("det") + (m["det"].lower().index("the") if m["det"].lower().startswith("over") else 0)
    if det in _WEEK_BEFORE and unit_code(m["unit"]) == "W" and not _SPAN_BEFORE.search(text, max(0, start - 14), start):
        # "freight rates rose in the past week": the week before this one, like "last week"
        # (issue 11 kind 3); "for / over the past week" is a length
        return Mention(start, m.end(), "det_unit", "deictic", dict(unit="week", offset=-1, mod="", anaphoric=False,
                                                                    earlier=False, later=False), 15)
    return Mention(start, m.end(), "det_unit", "duration",
                   dict(n=1, unit=unit_code(m["unit"]), vague=False, det=det, mod="", age=False), 15)


@rule("units_ahead", r"(?i:the\s+(?P<unit>{plural_units})\s+{ahead_words})(?![\w-])", 10, triggers="unit", requires="ahead_words",
      examples=[
          ("1989-10-27", "Fund managers will face pressure to sell in the weeks ahead, after several quarters of losses.", "the weeks ahead", "PXW")])
def _units_ahead(m, text):
    # "in the weeks ahead": some weeks from now on
    return Mention(m.start(), m.end(), "units_ahead", "duration",
                   dict(n=None, unit=unit_code(m["unit"]), vague=True, det="the coming", mod="", age=False), 10)


# (thirty-fifth session, the lead) a bare plural unit told before something, as an adverb: "ferries sell out weeks ahead",
# "book months in advance" (lexicon advance_words): some units, a vague DURATION of the unit alone ("ahead" outside,
# as the blind gold writes it); not after a number, a quantifier or
# "the" (the count rules' and units_ahead's: the word before read at most 12 characters back), nor before "of"
_ADVANCE_NOT_AFTER = _re(r"(?i)(?:\d|(?<![\w'’])(?:the|a|few|several|many|some|couple|of))[ \t]{1,3}$")


@rule("units_in_advance", r"(?<![\w'’-])(?P<unit>(?i:{plural_units}))[ \t]{1,3}(?i:{advance_words})(?![\w-])(?![ \t]{1,3}(?i:of)\b)", 10,
      triggers="unit", requires="advance_words",
      examples=[("2024-03-26", "book NOW, Easter weekend ferries sell out weeks ahead", "weeks", "PXW")])
def _units_in_advance(m, text):
    if _ADVANCE_NOT_AFTER.search(text, max(0, m.start() - 12), m.start()):
        return None
    return Mention(m.start(), m.end("unit"), "units_in_advance", "duration",
                   dict(n=None, unit=unit_code(m["unit"]), vague=True, det="", mod="", age=False), 10)


_SPAN_OF = _re(r"(?i)\b{span_of_nouns}\s*$")   # "a matter of days", "the space of weeks"


# (speed32) the lead: every match holds the last word of a cue and a run of blanks right before its unit ("for weeks",
# "the following months"; read in either case and not as a whole word: a looser test than the pattern's, never a
# stricter one), or, where the run is so long that the word may lie before the lead's width, the run alone: units
# said without a cue ("came hours after") no longer open a window (0.034 -> 0.013 window characters per character
# of the news sample)
_BARE_CUE_LAST = sorted({c.split()[-1] for c in L["bare_unit_cues"]}, key=lambda w: (-len(w), w))
_BARE_CUE_WIDTH = 24   # (the rule's reach before its unit: reach.py's 24)


@rule("bare_units", r"(?P<cue>{bare_unit_cues})\s+(?P<unit>(?i:{plural_units}|centuries))(?![\w-])", 9, triggers="unit",
      lead=(r"(?:(?i:%s)\s+|\s{%d,})" % ("|".join(map(re.escape, _BARE_CUE_LAST)), _BARE_CUE_WIDTH - len(_BARE_CUE_LAST[0])),
            _BARE_CUE_WIDTH),
      examples=[
          ("2021-10-01", "Residents queued for weeks to get fuel.", "weeks", "PXW"),
          ("2022-06-15", "Fuel prices have climbed steadily in recent weeks.", "recent weeks", "PXW")])
def _bare_units(m, text):
    cue = " ".join(m["cue"].lower().split())
    u = unit_code(m["unit"])
    start = m.start("unit")
    role = L["bare_unit_cues"][cue]
    if role:
        start = m.start("cue") if not cue.startswith("in ") else m.start("cue") + 3
    elif cue in ("of",):
        before = text[max(0, m.start() - 12): m.start()]
        if not _SPAN_OF.search(before):
            return None
    elif cue in ("in",):
        # "in days" (within days) is a duration; "in years" too; but "in days of" is not
        if re.match(r"\s+of\b", text[m.end(): m.end() + 4]):
            return None
    det = cue if role in ("det", "vague_past") else ""
    if role == "vague_past" and u in L["vague_past_units"]:
        # "in recent years", "in past years": annotated as a vague past (PAST_REF) far more than as PXY
        return Mention(start, m.end(), "bare_units", "ref", dict(value="PAST_REF", word=m.group(0).lower()), 9)
    if det.startswith("in "):
        det = det[3:]
    return Mention(start, m.end(), "bare_units", "duration", dict(n=None, unit=u, vague=True, det=det, mod="", age=False), 9)


# (vocab, thirteenth session) "any day now": a future not placed (its "now" is no present)
@rule("vague_idiom", r"(?P<w>(?i:{vague_idioms}))(?![\w'’-])", 12, triggers="unit", lead=(r"(?i:any)\s+", 8),
      examples=[("2025-06-04", "the baby's due any day now", "any day now", "FUTURE_REF")])
def _vague_idiom(m, text):
    w = " ".join(m["w"].lower().split())
    return Mention(m.start(), m.end(), "vague_idiom", "ref", dict(value=L["vague_idioms"][w], word=w), 12)


# (vocab, thirteenth session) "donkey's years", "yonks": many years, their number not said (PXY); "yonks
# ago" a past not placed
@rule("vague_long_length", r"(?P<w>(?i:{vague_long_lengths}))(?![\w'’-])(?P<ago>\s+(?i:ago|back)(?![\w'’-]))?", 10, triggers="while",
      examples=[("2025-06-04", "haven't seen him in donkey's years", "donkey's years", "PXY"),
                ("2025-06-04", "we met yonks ago", "yonks ago", "PAST_REF")])
def _vague_long_length(m, text):
    w = " ".join(m["w"].lower().split())
    if m["ago"]:
        return Mention(m.start(), m.end(), "vague_long_length", "ref", dict(value="PAST_REF", word=w), 10)
    return Mention(m.start(), m.end("w"), "vague_long_length", "duration",
                   dict(n=None, unit=L["vague_long_lengths"][w], vague=True, det="", mod="", age=False), 10)


# (vocab, thirteenth session) "a good hour", "one full week", "two whole days", "a solid hour": the length
# (the adjective says at least so long); "have a good day", "a full moon" are no lengths
@rule("full_length", r"(?P<num>%s)\s+(?P<full>(?i:{length_fullness_words}))\s+(?P<unit>%s)(?![\w-])" % (NUM, TIME_UNIT), 15,
      triggers="unit", lead=(r"(?i:{length_fullness_words})\s+", 12),
      examples=[("2025-06-04", "it took a good hour to get through", "a good hour", "PT1H"),
                ("2025-06-04", "she stayed one full week", "one full week", "P1W")])
def _full_length(m, text):
    num = m["num"].lower()
    full = m["full"].lower()
    unit_s = m["unit"].lower()
    if num in ("a", "an") and full in L["length_fullness_judging_words"] and unit_s not in L["length_fullness_small_units"]:
        return None   # "have a good day", "a solid year for sales"
    n = parse_num(m["num"])
    if n is None or (num in ("a", "an") and unit_s.endswith("s")):
        return None
    return Mention(m.start(), m.end(), "full_length", "duration",
                   dict(n=n, unit=unit_code(unit_s), vague=False, det="", mod="", age=False), 15)


# ---- sets ------------------------------------------------------------------------------------
# (sift) "Bin day is Tuesday", "PE day is weds", "it opens every day except monday": a weekday that a
# routine falls on, or the one a daily habit leaves out, is every such weekday (a SET), not one day
_ONE_NIGHT = re.compile(r"\s*!")
_NIGHT_IS = re.compile(r"(?i)\bnight(?:\s+is|['’]s)\s+(?:on\s+)?$")
_HABIT_CUE = _re(r"(?i)(?<![\w'’])(?:{routine_habit_cues})(?![\w'’])|(?:day|\b(?:mon|tues|wednes|thurs|fri|satur|sun))s\b")


# (hourlist30, §102) "still"/"now" (lexicon routine_still_words) after the copula: the day a routine keeps or moved to
# ("bin day is still Tuesday", "training night's now Weds"); the nouns of routine_standing_nouns ("pay day", "payday")
# only with such a word ("pay day's still Friday"; "pay day is Friday" is as often the coming one)
@rule("routine_weekday", r"(?:(?i:{routine_day_nouns})\s+(?i:day|night)(?:\s+(?i:is|=)|['’]s)(?:\s+(?i:on|always|usually|normally|{routine_still_words}))?\s+"
      r"|(?i:{routine_standing_nouns})(?:\s+(?i:is|are)|['’]s)\s+(?i:{routine_still_words})\s+(?:(?i:on)\s+)?"
      r"|(?i:every\s+day|daily|everyday|open\s+all\s+week|7\s+days)\s+(?i:except|but)\s+(?:(?i:on)\s+)?)(?P<wd>%s|(?i:{short_weekdays}))(?![\w'’])(?!\s+(?:the\s+)?[0-3]?\d)" % WEEKDAY,
      26, triggers="weekday",
      # (speed, twelfth session) what every match has right before its weekday: "is", "=", "'s",
      # "except" or "but", perhaps "on" after it, or "is"/"=", "'s" and "always", "usually" or
      # "normally" (or a run of 16 spaces, then perhaps one of those words: the lead reads 48
      # characters back): its windows are those
      lead=(r"(?:(?i:is|=|['’]s|except|but)\s+(?:(?i:on)\s+)?|(?i:is|are|=|['’]s)\s+(?i:always|usually|normally|{routine_still_words})\s+(?:(?i:on)\s+)?"
            r"|\s{16,}(?:(?i:on|always|usually|normally|{routine_still_words})\s+)?)", 48),
      examples=[("2025-09-03", "Min stay 6 months. Bin day is Tuesday lol", "Tuesday", "XXXX-WXX-2"),
                ("2026-03-18", "pay day's still Friday", "Friday", "XXXX-WXX-5"),
                ("2024-07-02", "the café downstairs opens at 9h every day except monday.", "monday", "XXXX-WXX-1")])
def _routine_weekday(m, text):
    n = any_weekday_num(m["wd"])
    if not n:
        return None
    if _ONE_NIGHT.match(text, m.end()) and _NIGHT_IS.search(text, max(0, m.start() - 24), m.start("wd")) \
            and not _HABIT_CUE.search(text[max(0, m.start() - 80): m.end() + 80]):
        # (left20b) "Quiz night is Thursday!": a night's occasion announced with an exclamation is one, the coming
        # one (the weekday rule reads it), unless a word of habit is near ("every", "weekly", "as usual", "on Thursdays")
        return None
    return _routine_set(m, "routine_weekday", n)


def _routine_set(m, name: str, n: int) -> Mention:
    """The SET of the routine's weekday (group "wd"; a short form's full stop left out: "now Mon. btw")."""
    s, e = m.start("wd"), m.end("wd")
    if m.string[e - 1] == ".":
        e -= 1
    return Mention(s, e, name, "fixed", dict(type="SET", value=f"XXXX-WXX-{n}"), 0)   # as M() made it


# (hourlist30, §102) the question of a routine's day that is kept: "is it Wed still?", "is it still Friday?", with a noun of
# routine_question_nouns or "<routine noun> day/night" earlier in its sentence ("what's the pay week, is it Wed still?",
# "bins - is it Thurs still?"): every such day. With no routine's noun ("is the meeting Wed still?", "is it Wed still?"
# of a party) one occasion's day, left to the weekday rules. Bounded: the sentence read back at most 60 characters
_ROUTINE_Q_NOUN = _re(r"(?i)(?<![\w'’])(?:{routine_question_nouns}|(?:{routine_day_nouns})[ \t-]?(?:day|night)s?)(?![\w'’])")
_ROUTINE_Q_STOP = re.compile(r"[.!?](?=[ \t]+[A-Z])|[!?\n]")   # a sentence's end ("payday... is it" is not one)
_ROUTINE_Q_REACH = 60


@rule("routine_weekday_question", r"(?i:is)[ \t]+(?i:it)[ \t]+(?:(?P<s1>(?i:{routine_still_words}))[ \t]+(?:(?i:on)[ \t]+)?)?(?P<wd>%s|(?i:{short_weekdays}))\.?(?![\w'’])(?:[ \t]+(?P<s2>(?i:{routine_still_words}))(?![\w'’]))?" % WEEKDAY,
      26, triggers="weekday", requires="routine_still_words",
      # what every match holds right before its weekday: "is it", perhaps "still" and "on" (at most 24 characters)
      lead=(r"(?i:is)[ \t]+(?i:it)[ \t]+(?:(?i:{routine_still_words})[ \t]+(?:(?i:on)[ \t]+)?)?", 24),
      examples=[("2026-03-18", "what's the pay week, is it Wed still?", "Wed", "XXXX-WXX-3")])
def _routine_weekday_question(m, text):
    if not (m["s1"] or m["s2"]):
        return None
    n = any_weekday_num(m["wd"])
    if not n:
        return None
    lo = max(0, m.start() - _ROUTINE_Q_REACH)
    for stop in _ROUTINE_Q_STOP.finditer(text, lo, m.start()):
        lo = stop.end()
    if not _ROUTINE_Q_NOUN.search(text, lo, m.start()):
        return None
    return _routine_set(m, "routine_weekday_question", n)


# (habits33, §116) a habit or a timetable said with a copula: a recurring institution (lexicon habit_copula_subjects:
# "The fish fry at Oistins is Friday night", "Mass is Sunday at 10", "Bins are Tuesday", "Rehearsals are Monday night",
# "Classes are Monday and Wednesday"), or any subject with an adverb of habit (habit_adjacent_adverbs) between the
# copula and the day ("The meeting is usually Tuesday", "football's normally Sunday morning"): every such weekday, with
# its part of the day (SET XXXX-WXX-5TNI, as TimeBank's "Tuesday nights" and the fresh gold's "Friday night" of a
# habit). A one-off's subject ("the party", "her funeral") is no institution and keeps its date; so does an institution
# with a word of one occasion in its clause (habit_copula_one_off_words: "Bin day is Tuesday this week", "the market is
# cancelled"), a date after the day ("Saturday 14th"), or an exclamation with no adverb ("Quiz night is Thursday!",
# §47). Bounded: a place of at most three capitalised words after the subject, 1-3 blanks between words, at most four
# weekdays in a list; the context read 40 characters before and 48 after on the line. The place: "at"/"in", perhaps
# "the", a word (not one of habit_copula_not_place: "the market in March is", "the market at night is"), at most two
# capitalised words after it ("at St Mary's", "at the Old Bell"). The words of one occasion after the day are read up
# to the sentence's end or a new clause (habit_clause_breaks, habit_copula_clause_cuts: "if you feeling lively tonight").
_HC_WD = r"(?:%s|(?i:{short_weekdays}))(?![\w'’])" % WEEKDAY
_HC_POD = r"(?:[ \t]{1,3}(?P<%s>(?i:{day_parts})s?))?(?![\w'’])"
_HC_LIST = r"(?P<rest>(?:[ \t]{0,3}(?:,|&|\+|/|(?i:and))[ \t]{0,3}%s(?:[ \t]{1,3}(?i:{day_parts})s?)?){0,3})(?![\w'’])" % _HC_WD
_HC_ITEM = _re(r"(?P<wd>%s)(?:[ \t]{1,3}(?P<pod>(?i:{day_parts})s?))?(?![\w'’])" % _HC_WD)
_HC_COPULA = _re(r"(?:(?<![\w'’])(?i:is|are)[ \t]{1,3}|['’]s[ \t]{1,3})\Z")
_HC_ONE_OFF = _re(r"(?i)(?<![\w'’])(?:{habit_copula_one_off_words})(?![\w'’])")
_HC_CLAUSE_CUT = _re(r"(?i)(?<![\w'’])(?:{habit_clause_breaks}|{habit_copula_clause_cuts})(?![\w'’])")
_HC_DATE_AFTER = re.compile(r"[ \t,]{0,3}(?:(?:the|THE|The)[ \t]{1,3})?[0-3]?\d(?:st|nd|rd|th)(?![A-Za-z])|[ \t,]{0,3}[0-3]?\d[ \t]{1,3}%s" % MONTH)
_HC_BEFORE = {w for entry in L["habit_copula_before"] for w in entry.split()}
_HC_LAST_WORD = re.compile(r"([\w'’]+)[ \t]{1,3}\Z")


_HC_TAIL = (r"(?:(?i:on)[ \t]{1,3})?(?P<wd>%s)%s%s"
            r"(?:[ \t]{1,3}(?i:till|til|until)[ \t]{1,3}(?P<hr>1[01]|[1-9])(?:[.:](?P<mi>[0-5]\d))?(?![\w.:]))?"
            % (_HC_WD, _HC_POD % "pod", _HC_LIST))


@rule("habit_copula_weekday",
      r"(?P<subj>(?i:{habit_copula_subjects}))"
      r"(?:[ \t]{1,3}(?i:at|in)[ \t]{1,3}(?:(?i:the)[ \t]{1,3})?(?!(?i:{habit_copula_not_place})(?![\w'’]))[A-Za-z][\w'’.-]{0,20}(?:[ \t]{1,3}[A-Z][\w'’.-]{0,20}){0,2})?"
      r"(?:[ \t]{1,3}(?i:is|are|r)|['’]s)[ \t]{1,3}(?:(?P<adv>(?i:{habit_adjacent_adverbs}))[ \t]{1,3})?(?P<adv2>)"
      + _HC_TAIL, 26, triggers="weekday", requires="habit_copula_subjects",
      # what every match holds right before its first weekday: a copula or an adverb of habit, perhaps "on"
      lead=(r"(?:(?i:is|are|r|{habit_adjacent_adverbs})|['’]s)[ \t]{1,3}(?:(?i:on)[ \t]{1,3})?", 24),
      examples=[("2026-03-04", "The fish fry at Oistins is Friday night", "Friday night", "XXXX-WXX-5TNI"),
                ("2026-03-04", "Bins are Tuesday", "Tuesday", "XXXX-WXX-2"),
                ("2026-03-04", "Our late opening is Thursday till 8", "8", "XXXX-XX-XXT20:00")])
def _habit_copula_weekday(m, text):
    return _habit_weekday(m, text, "habit_copula_weekday")


# the same with any subject: an adverb of habit between the copula (read back at most 6 characters) and the day
# ("The meeting is usually Tuesday"), or before a present verb and at most four words of its object ("She always
# works Saturday", "I normally do the big shop Sunday"); none of them a word of habit_adverb_not_between ("usually
# go but next Tuesday", "always until Friday"). Bounded: at most four words of 1-15 letters between
_HC_BETWEEN = r"(?P<verb>(?:(?!(?i:{habit_adverb_not_between})(?![\w'’]))[A-Za-z'’]{1,15}[ \t]{1,3}){0,4})"


@rule("habit_adverb_weekday", r"(?P<subj>)(?P<adv>)(?P<adv2>(?i:{habit_adjacent_adverbs}))[ \t]{1,3}" + _HC_BETWEEN + _HC_TAIL,
      26, triggers="weekday", requires="habit_adjacent_adverbs",
      examples=[("2026-03-04", "The meeting is usually Tuesday", "Tuesday", "XXXX-WXX-2"),
                ("2026-03-04", "football's normally Sunday morning", "Sunday morning", "XXXX-WXX-7TMO"),
                ("2026-03-04", "She always works Saturday", "Saturday", "XXXX-WXX-6")])
def _habit_adverb_weekday(m, text):
    return _habit_weekday(m, text, "habit_adverb_weekday")


_HC_MODAL_BEFORE = _re(r"(?i)(?<![\w'’])(?:{ability_modals})[ \t]{1,3}$")


def _habit_weekday(m, text, name: str):
    s = m.start()
    ls = start_of_line(text, s)
    if m["adv2"]:
        if not m["verb"] and not _HC_COPULA.search(text, max(ls, s - 6), s):
            return None   # "usually Tuesday" with no copula before it: left to the habit readings of §66
        if _HC_MODAL_BEFORE.search(text, max(ls, s - 16), s):
            return None   # (the merge) "he can usually do weds or thurs": an offer of a day to come, not a habit
    else:
        lw = _HC_LAST_WORD.search(text, max(ls, s - 24), s)
        if lw and lw[1].lower() not in _HC_BEFORE:
            return None   # "The Christmas market is Saturday": a modifier makes the institution one occasion
    eol = next_newline(text, m.end())
    eol = len(text) if eol < 0 else eol
    after = text[m.end(): min(eol, m.end() + 48)]
    if _HC_DATE_AFTER.match(after):
        return None   # "the market is Saturday 14th": a date
    if not (m["adv"] or m["adv2"]) and after.lstrip(" \t").startswith("!"):
        return None   # "Quiz night is Thursday!": one night announced (§47)
    for stop in "!?.":
        k = after.find(stop)
        if k >= 0:
            after = after[:k]
    cut = _HC_CLAUSE_CUT.search(after)
    if cut:
        after = after[:cut.start()]   # "... is Friday night and Saturday night too if you feeling lively tonight"
    before = text[max(ls, s - 40): s]
    for stop in "!?.":
        k = before.rfind(stop)
        if k >= 0:
            before = before[k + 1:]
    if _HC_ONE_OFF.search(before) or _HC_ONE_OFF.search(after):
        return None   # "Bin day is Tuesday this week (bank holiday)", "the market is Saturday instead"
    items = [(it.start("wd"), it.end("wd"), it["wd"], it["pod"], it.end())
             for it in _HC_ITEM.finditer(text, m.start("wd"), m.end("rest"))]
    last_pod = items[-1][3] if items else None
    out = []
    for ws, we, word, pod, pe in items:
        n = any_weekday_num(word)
        if not n:
            return None
        if word.endswith("."):
            we -= 1
        code = pod or (last_pod if len(items) > 1 else None)
        value = f"XXXX-WXX-{n}" + (f"T{L['parts_of_day'][code.lower()]}" if code else "")
        out.append(Mention(ws, pe if pod else we, name, "fixed", dict(type="SET", value=value), 0))
    if m["hr"] and out and ((m["subj"] or "").lower() in L["habit_copula_evening_subjects"]
                            or (last_pod or "").lower().rstrip("s") in ("evening", "night")):
        # "Our late opening is Thursday till 8", "Choir is Tuesday night until 9.30": the evening's closing hour
        out.append(Mention(m.start("hr"), m.end(), name, "fixed",
                           dict(type="TIME", value=f"XXXX-XX-XXT{int(m['hr']) + 12:02d}:{m['mi'] or '00'}"), 0))
    return out or None


# (sift) "every Tuesday and Friday", "every mon, wed and fri", "every Sat & Sun": "every" reaches each
# weekday of the list (set_every reads the first); not after "every other" (its period is the list's)
_EVERY_WD = r"(?:%s|(?i:{short_weekdays}))(?![\w'’])" % WEEKDAY
_EVERY_ITEM = re.compile(r"\s*(?:,|&|\+|/|\b(?:and|or)\b)\s*(?P<wd>[A-Za-z]+\.?)", re.I)


@rule("set_every_list", r"(?i:every|each)\s+%s(?P<rest>(?:\s*(?:,|&|\+|/|(?i:and|or))\s*%s)+)" % (_EVERY_WD, _EVERY_WD), 25, triggers="set",
      examples=[("2019-01-11", "Going to do it every Tuesday and Friday.", "Friday", "XXXX-WXX-5")])
def _set_every_list(m, text):
    out = []
    for it in _EVERY_ITEM.finditer(text, m.start("rest"), m.end("rest")):
        n = any_weekday_num(it["wd"])
        if not n:
            return None
        out.append(Mention(it.start("wd"), it.end("wd"), "set_every_list", "fixed", {"type": "SET", "value": f"XXXX-WXX-{n}"}, 25))
    return out


@rule("set_every", r"(?P<e>(?i:every|each))\s+(?:(?P<other>(?i:other))\s+|(?P<ord>(?i:%s))\s+|(?i:{every_intensifiers})\s+)?(?:(?P<num>%s)\s+)?(?P<what>%s|(?i:{short_weekdays})|%s|%s|(?i:day|week|fortnight|month|year|hour|minute|weekend|wknd|wkend|quarter|{day_parts}|decade|time)s?|(?P<ipod>(?i:{informal_day_parts}))|(?P<short>(?i:{every_short_units})))(?:\s+(?P<wpod>(?i:{day_parts})))?(?![\w-])" % (ORD, NUM, WEEKDAY, MONTH_FULL, SEASON), 24, triggers="set",
      examples=[
          ("2023-10-31", "Pensions are paid every month.", "every month", "P1M"),
          ("2021-01-06", "Bins are collected every two weeks.", "every two weeks", "P2W"),
          (None, "The calendar added a day to February every fourth year.", "every fourth year", "P4Y"),
          # (recall22) "every single day": the intensifier (lexicon `every_intensifiers`) changes no period
          ("2026-03-14", "me, every single day on the bus", "every single day", "P1D"),
          # (generic26) a unit written short (lexicon `every_short_units`)
          ("2026-03-12", "Checks every 2 hrs round the clock", "every 2 hrs", "PT2H"),
          ("2025-07-19", "shuttle buses from the car park every 20 mins", "every 20 mins", "PT20M")])
def _set_every(m, text):
    w = m["what"]
    wl = w.lower()
    n = parse_num(m["num"]) if m["num"] else 1
    if n is None:
        return None
    if m["other"]:
        n *= 2
    if m["ord"]:
        # (history8) "every fourth year", "every third day": one in every N (as "every other" is one in two)
        k = parse_ordinal(m["ord"])
        if not k or k < 2 or m["num"]:
            return None
        n = k
    if wl == "time" or wl == "times":
        return None
    if m["ipod"]:   # "every nite", "every arvo"
        return M(m, "set_every", "fixed", type="SET", value=f"XXXX-XX-XXT{_INFORMAL_POD[wl]}")
    wpod = f"T{L['parts_of_day'][m['wpod'].lower()]}" if m["wpod"] else ""
    if wl in L["short_weekdays"]:   # "every sat", "every other wed morning"
        return M(m, "set_every", "fixed", type="SET", value=f"XXXX-WXX-{L['short_weekdays'][wl]}{wpod}")
    if wpod and not (wl.rstrip("s") in L["weekdays"] or wl.rstrip("'s") in L["weekdays"]):
        return None   # a part of the day only after a weekday ("every saturday morning")
    n = int(n) if n == int(n) else n
    if wl.rstrip("s") in L["weekdays"] or wl.rstrip("'s") in L["weekdays"]:
        return M(m, "set_every", "fixed", type="SET", value=f"XXXX-WXX-{weekday_num(w.rstrip('s') if not wl.endswith('days') else w[:-1])}{wpod}")
    if wl in L["months"] and m["num"] and m["num"].isdigit() and not m["other"]:
        # (history7) "Victory Day is celebrated every 8 September": that day of the month, each year
        day = int(m["num"])
        return M(m, "set_every", "fixed", type="SET", value=f"XXXX-{month_num(w):02d}-{day:02d}") \
            if 1 <= day <= (29 if month_num(w) == 2 else 30 if month_num(w) in (4, 6, 9, 11) else 31) else None
    if wl in L["months"]:
        return M(m, "set_every", "fixed", type="SET", value=f"XXXX-{month_num(w):02d}")
    if wl in L["seasons"]:
        return M(m, "set_every", "fixed", type="SET", value=f"XXXX-{L['seasons'][wl]}")
    if wl.rstrip("s") in L["day_parts"]:
        return M(m, "set_every", "fixed", type="SET", value=f"XXXX-XX-XXT{L['parts_of_day'][wl.rstrip('s')]}")
    if wl.rstrip("s") in ("weekend", "wknd", "wkend"):
        return M(m, "set_every", "fixed", type="SET", value="XXXX-WXX-WE")
    u = unit_code(wl)
    return M(m, "set_every", "fixed", type="SET", value=dur_value(n, u))


_ADVERB_SETS = L["frequency_adverbs"]

# (twenty-first session, recall22) "I'm free most evenings", "Available mornings Mon-Fri": a part of the day in the
# plural after a word of being free (lexicon `pod_set_cues`, a quantifier of `pod_set_quantifiers` between), or before
# an hour that bounds it ("Evenings after 6 or weekends", `pod_set_bounds`), is that part of every day: a SET
# XXXX-XX-XXTEV. Only the part of the day is the expression. Not "I work nights", "I'm on nights", "i do mornings":
# a shift's name, which the informal gold of the A halves leaves untagged (10 of 12); not "two free nights at the
# hotel" (a count before "free": nights given, not a time of day), "nights out".
_POD_SET_COUNT_BEFORE = _re(r"(?i)(?:\d|\b(?:{pod_set_counts}))\s+$")


@rule("pod_plural_set", r"(?:(?P<cue>(?i:{pod_set_cues}))\s+(?:(?i:{pod_set_quantifiers})\s+)?(?P<pod>(?i:{pod_plurals}))|(?P<bpod>(?i:{pod_plurals}))(?=\s+(?i:{pod_set_bounds})\s+\d))(?![\w'’-])(?!\s+(?i:out)\b)",
      13, triggers="pod",
      examples=[
          ("2025-01-27", "can't do days, I'm only available nights", "nights", "XXXX-XX-XXTNI"),
          ("2022-12-27", "I'm free most mornings after the 9th", "mornings", "XXXX-XX-XXTMO"),
          ("2025-11-28", "Collection only. Evenings after 6 or weekends.", "Evenings", "XXXX-XX-XXTEV")])
def _pod_plural_set(m, text):
    g = "pod" if m["pod"] else "bpod"
    if m["cue"] and _POD_SET_COUNT_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return None   # "two free nights", "3 free evenings": nights given, not a part of every day
    code = L["parts_of_day"][m[g].lower()]
    return M(m, "pod_plural_set", "fixed", group=g, type="SET", value=f"XXXX-XX-XXT{code}")




@rule("set_adverb", r"(?<![\w-])(?P<w>{frequency_adverbs})(?![\w-])", 12, triggers="set",
      # a rate ("to rise 8.5% annually", "10,000 units annually"); a publication ("the daily Kommersant")
      reject_before=(r"(?:\d|%|{rate_words:cs})[^\w.!?\n]*(?:\w+[^\w.!?\n]+){0,2}$", 30),   # ((tweets) not across a sentence's end: "... to 1/6. Log in daily")
      reject_after=(r"\s+(?:{publication_nouns:cs}|[A-Z][a-z]+)\b", 20),
      examples=[
          ("2021-08-30", "The report is updated annually.", "annually", "P1Y"),
          ("2020-11-04", "The newspaper is now published weekly.", "weekly", "P1W")])
def _set_adverb(m, text):
    return M(m, "set_adverb", "fixed", type="SET", value=_ADVERB_SETS[m["w"].lower()])


# (hourlist30, §102) a frequency adverb right after a clock time or a range of hours ("we close 9.15am daily", "gates shut
# 19:30 daily", "open 9-5 daily"): the SET set_adverb gives it, which refuses a number before it as a rate's ("£5 daily");
# a clock time has am/pm or a colon, a range two hours, and no currency or number run before it. Bounded: a clock or a
# range of hours, at most three blanks, the adverb
_CLOCK_FREQ_H = r"(?<![\w.,:$£€/-])(?:[01]?\d|2[0-3])"


@rule("set_adverb_clock", r"(?:%s(?:[.:][0-5]\d)?[ \t]?%s|%s:[0-5]\d|%s(?:[.:][0-5]\d)?(?:[ \t]?%s)?[ \t]{0,2}[-–][ \t]{0,2}(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?(?:[ \t]?%s)?)[ \t]{1,3}(?P<w>{frequency_adverbs})(?![\w-])" % (
          _CLOCK_FREQ_H, AMPM, _CLOCK_FREQ_H, _CLOCK_FREQ_H, AMPM, AMPM), 12, triggers="set",
      examples=[("2026-03-18", "we close 9.15am daily", "daily", "P1D")])
def _set_adverb_clock(m, text):
    return M(m, "set_adverb_clock", "fixed", group="w", type="SET", value=_ADVERB_SETS[m["w"].lower()])


# (durations33, §119) a vague count ("several times a day", lexicon `times_vague_counts`), a disjunction or a range of
# counts ("once or twice a week", "2 or 3 times a month", "2-3 times a week"): the period's SET, the whole count inside
# the extent (it had been "twice a week", "3 times a week" alone, or "a day" a length). Bounded: one joiner, two counts
@rule("set_times", r"(?P<k>(?i:(?:once|twice)[ \t]{1,3}or[ \t]{1,3}(?:twice|thrice|three[ \t]{1,3}times))|(?i:{times_words})|(?:%s|(?i:{times_vague_counts}))(?:[ \t]{0,2}(?:[-–]|(?i:to|or))[ \t]{0,2}%s)?\s+times)\s+(?:{per_words})\s+(?P<unit>{set_units})(?![\w-])" % (NUM, NUM), 24, triggers="set", requires="set_units",
      examples=[
          ("2020-03-23", "The committee meets once a month.", "once a month", "P1M"),
          ("2023-01-26", "The ferry sails twice a week in winter.", "twice a week", "P1W"),
          ("2025-06-04", "I check it several times a day", "several times a day", "P1D"),
          ("2025-06-04", "we see them once or twice a week tbh", "once or twice a week", "P1W")])
def _set_times(m, text):
    return M(m, "set_times", "fixed", type="SET", value=dur_value(1, unit_code(m["unit"])))


# (conventions) "six nights a week", "open 7 days a week", "three mornings a month": a count of
# days in a period is a SET of that period (TimeML 1.2.1 writes "twice a week" value P1W; the fresh
# news gold writes "six nights a week" SET P1W), not a length and a second length
@rule("set_days_per", r"(?:%s)\s+(?i:{set_count_nouns})\s+(?:{per_words})\s+(?P<unit>{set_units})(?![\w-])(?!\s+(?i:{offset_directions})\b)" % NUM, 24,
      triggers="unit", requires="set_units",
      examples=[("2024-02-02", "The bakery opens six days a week.", "six days a week", "P1W")])
def _set_days_per(m, text):
    return M(m, "set_days_per", "fixed", type="SET", value=dur_value(1, unit_code(m["unit"])))


# Rates such as "$500 million a year" or "10,000 units annually" are not extracted: TimeML
# news corpora leave them untagged (measured: 3 of 11) and a timeline cannot place them.


@rule("set_weekday_plural", r"(?:(?i:on)\s+)(?P<wd>%s)(?![\w'])" % WEEKDAY_PL, 12, triggers="weekday",
      examples=[
          ("2023-03-15", "The shop is closed on Sundays.", "Sundays", "XXXX-WXX-7")])
def _set_wd(m, text):
    return M(m, "set_weekday_plural", "fixed", group="wd", type="SET", value=f"XXXX-WXX-{weekday_num(m['wd'][:-1])}")


# (days, twelfth session) "rent's due on the 1st of every month", "we're paid on the 15th of each month": a day of
# every month, a SET of that day (TIDES XXXX-XX-01; was "every month" alone, P1M, the day lost)
@rule("set_month_day", r"(?i:the)\s+(?P<d>[0-3]?\d){ordinal_suffixes:cs}\s+(?i:of)\s+(?i:every|each)\s+(?i:month)(?![\w-])", 26,
      triggers="ordinal",
      examples=[("2025-06-04", "rent's due on the 1st of every month", "the 1st of every month", "XXXX-XX-01")])
def _set_month_day(m, text):
    d = int(m["d"])
    if not 1 <= d <= 31:
        return None
    return M(m, "set_month_day", "fixed", type="SET", value=f"XXXX-XX-{d:02d}")


# ---- ordinal periods anchored on an event -------------------------------------------------------
# ... and "the war's third year", "by the siege's tenth month": the event named in front of it
@rule("event_ordinal", r"(?i:(?:now\s+)?(?<![\w])in\s+(?P<t>{possessives}\s+(?P<ord>%s)\s+(?P<unit>day|week|month|year|decade))|(?<![\w])(?P<t2>the\s+(?P<ev>{event_nouns})['’]s\s+(?P<ord2>%s)\s+(?P<unit2>day|week|month|year|decade)))(?![\w-])" % (ORD, ORD), 29, triggers="unit", lead=_ORDINAL_BEFORE,
      examples=[
          ("2022-09-10", "Russia invaded Ukraine on Feb. 24. The war, now in its seventh month, goes on.", "its seventh month", "P1M"),
          ("2024-01-01", "The war broke out in April 1861. By the war's third year the South was short of food.", "the war's third year", "P1Y")])
def _event_ordinal(m, text):
    n = parse_ordinal(m["ord"] or m["ord2"])
    if not n or n < 1:
        return None
    if m["t2"]:
        return M(m, "event_ordinal", "event_ordinal", group="t2", n=n, unit=unit_code(m["unit2"]), event_word=m["ev"].lower())
    return M(m, "event_ordinal", "event_ordinal", group="t", n=n, unit=unit_code(m["unit"]))


# (history5) a chronicle's regnal year: "in the third year of King Stephen", "the seventeenth year of
# his reign", "the fifth year of the reign of Queen Anne", "the 17th year of Edward III"
_TITLE_FIRST = r"(?:%s)\s" % "|".join(L["regnal_titles"])
_REIGN_NAME = r"(?:(?:{regnal_titles:cs})\s+)?[A-Z][a-z]+(?:\s+[IVX]+\b)?"


@rule("regnal_year", r"(?i:the)\s+(?P<ord>%s)\s+(?i:year)\s+(?i:of)\s+(?:(?i:(?:his|her|their|the|(?:the\s+)?(?:{regnal_titles})['’]s)\s+reign)(?:\s+(?i:of)\s+(?P<n1>%s))?|(?P<n2>%s))(?![\w])" % (ORD, _REIGN_NAME, _REIGN_NAME), 30,
      triggers="unit", lead=_ORDINAL_BEFORE, trail=(r"\s+(?i:of)\s", 5),
      examples=[
          ("2020-03-10", "1138. In the third year of King Stephen the Scots came over the border.", "the third year of King Stephen", "1138"),
          ("2020-03-10", "Henry was crowned in 1413. In the third year of his reign he sailed for France.", "the third year of his reign", "1415")])
def _regnal_year(m, text):
    name = m["n1"] or m["n2"]
    if name and not (re.match(_TITLE_FIRST, name) or re.search(r"\s[IVX]+$", name)):
        return None   # "the third year of Stephen": a bare name, perhaps a school year of a pupil
    n = parse_ordinal(m["ord"])
    if not n:
        return None
    # the king's own name ("Stephen" of "King Stephen", "Edward" of "Edward III"): an accession
    # the text told of someone else does not count his years
    own = re.sub(_TITLE_FIRST, "", name).split()[0] if name else None
    return M(m, "regnal_year", "regnal", n=n, name=own)


# (history6) a year counted from an era name of an East Asian calendar: "in the 20th year of Meiji",
# "the fifth year of the Kangxi era", "in Meiji 40", "Showa 20": the era's first year is year 1
_ERA_NAMES = L["era_names"]
_ERA = "(?:%s)" % "|".join(re.escape(n) for n in sorted(_ERA_NAMES, key=len, reverse=True))


@rule("era_year", r"(?i:the)\s+(?P<ord>%s)\s+(?i:year)\s+(?i:of)\s+(?:(?i:the)\s+)?(?P<era>%s)(?:\s+(?i:era|period|reign))?(?![\w'’])" % (ORD, _ERA), 31,
      triggers="unit", lead=_ORDINAL_BEFORE, trail=(r"\s+(?i:of)\s", 5),
      examples=[("2024-04-01", "The brewery was founded in the fifth year of the Kyoho era by a rice merchant.", "the fifth year of the Kyoho era", "1720")])
def _era_year(m, text):
    n = parse_ordinal(m["ord"])
    if not n or not 1 <= n <= 70:
        return None
    return M(m, "era_year", "cal", year=_ERA_NAMES[m["era"]] + n - 1, grain="year", mod="")


@rule("era_number_year", r"(?<![\w'’])(?P<era>%s)\s+(?P<n>[1-6]?\d)(?![\w%%/]|[.,:]\d)" % _ERA, 20, triggers="era",
      examples=[("2024-04-01", "In Meiji 40 the brewery won a gold medal at the national exhibition.", "Meiji 40", "1907")])
def _era_number_year(m, text):
    n = int(m["n"])
    if not 1 <= n <= 70:
        return None
    return M(m, "era_number_year", "cal", year=_ERA_NAMES[m["era"]] + n - 1, grain="year", mod="")


_TODAY_IS = _re(r"(?i)\b{present_subjects}\s*(?:is|['’]s)\s+$")


# (speed32) the lead: right before its unit every match holds a run of blanks after an ordinal ("first", "21st",
# "opening") or the end of a count (a digit, "½", a number word: "a", "couple of", "twenty-one", "hundred"); read
# here as any of those words' parts ending the text before the run, in either case, a looser test than the
# pattern's and never a stricter one, or, where the run is so long that the word may lie before the lead's width,
# the run alone (0.047 -> 0.031 window characters per character of the news sample: "came hours after" opens none)
_ORD_AFTER_WORDS = sorted({part for w in (L["number_phrases"] + L["tens_words"] + L["teen_words"] + L["digit_words"]
                                          + list(L["number_multipliers"]) + list(L["ordinals"])
                                          + list(L["period_ordinals"]) + list(L["ordinal_suffixes"]))
                           for part in re.split(r"[\s-]+", w.lower()) if part}, key=lambda w: (-len(w), w))
_ORD_AFTER_WIDTH = 32


# (a count of days runs to three digits: "the 100th day of the siege")
@rule("ordinal_after", r"(?P<t>(?i:the|its|their)\s+(?P<ord>%s|\d{3}{ordinal_suffixes:cs}|{period_ordinals})\s+(?:(?P<num>%s)\s+)?(?P<unit>{counted_units}))\s+(?P<rel>{period_starts})\s+" % (ORD, NUM), 29, triggers="unit", trail=(r"\s+{period_starts}\s", 64),
      lead=(r"(?:(?:(?i:%s)|\d|½)\s+|\s{%d,})" % ("|".join(map(re.escape, _ORD_AFTER_WORDS)),
                                                  _ORD_AFTER_WIDTH - len(_ORD_AFTER_WORDS[0])), _ORD_AFTER_WIDTH),
      examples=[
          ("1991-02-25", "In the first hours of the ground war, allied armor moved north.", "the first hours", "PTXH"),
          ("1998-03-06", "More heavy gunfire in Kosovo. It's the second day of an offensive by the security forces against villages.", "the second day", "1998-03-06"),
          ("2020-01-01", "The blockade of the port began on 2 March 1901. By the 120th day of the blockade the town was starving.", "the 120th day", "1901-06-29")])
def _ordinal_after(m, text):
    o = m["ord"].lower()
    if L["period_ordinals"].get(o, 1) < 0:
        return None  # "the last days of ...": counted from the end, not from an event
    n = L["period_ordinals"].get(o) or parse_ordinal(o)
    if not n or n < 0:
        n = 1
    count = parse_num(m["num"]) if m["num"] else 1
    # "the first hours of Thursday", "the first days after the vote": a plural without a number
    # is some units, how many is not said
    vague = not m["num"] and m["unit"].lower().endswith("s")
    # "today is the eighth day of Desert Shield", "it's the second day of an offensive": the day of writing
    is_today = m["unit"].lower() == "day" and not m["num"] and _TODAY_IS.search(text[max(0, m.start() - 12): m.start()]) is not None
    return M(m, "ordinal_after", "ordinal_after", group="t", n=n, count=count or 1, unit=unit_code(m["unit"]),
             rel=m["rel"].lower(), vague=vague, is_today=is_today)


# ---- anaphoric: the next day, that year, the following week --------------------------------------
@rule("anaphor", r"(?:(?P<mod>{day_mods})\s+)?(?P<rel>{anaphor_relations})\s+(?P<what>(?i:day|{day_parts}|week|weekend|month|year|decade|century))(?![\w-])", 20, triggers="unit pod", requires="anaphor_relations",
      examples=[
          ("2009-05-01", "The treaty was signed on 31 December 1999. The next day, it came into force.", "The next day", "2000-01-01"),
          ("2015-04-30", "The rebels took the capital in April 1975. The following month, the king fled abroad.", "The following month", "1975-05")])
def _anaphor(m, text):
    rel = _rel(m["rel"])
    what = m["what"].lower()
    if rel == "same" and (m["rel"] != "same" or not _PHRASE_ENDS.match(text, m.end())):
        return None   # "sent it same day," (no "the") only where the phrase ends: "same day delivery" is a kind of delivery
    off = RELATIONS[rel][0]
    pod = ""
    unit = what
    if what in L["day_parts"]:
        pod, unit = L["parts_of_day"][what], "day"
    if unit == "day" and off > 0 and not m["mod"] and _instruction(text, m.start(), m.end(), dated_ok=False):
        # (howto) an instruction's "the next morning", "the next day" ("The next morning, tip it into a
        # tin", "buff with a dry cloth the next day"): of no particular day, as its "overnight" is
        return M(m, "anaphor", "fixed", type="TIME" if pod else "DATE", value="XXXX-XX-XX" + (f"T{pod}" if pod else ""),
                 note="an instruction's next day or part of it: of no particular day")
    # (conventions) "the early part of the next decade": a part of the calendar decade, not a length
    part = unit == "decade" and _PART_OF.search(text, max(0, m.start() - 30), m.start()) is not None
    return M(m, "anaphor", "anaphor", unit=unit, offset=off, pod=pod, mod=mod_code(m["mod"]), word=rel, part_of=part)


_PART_OF = _re(r"(?i)\b(?:{edge_mods}|part|half|years|middle|beginning|start|end|turn)\s+of\s+$")


@rule("day_of_event", r"(?i:the\s+(?P<what>day|week|month|year|{day_parts}))(?=\s+(?P<dir>before|after)\s+(?!(?:{not_event_words})\b)(?:[\w'’.-]+\s+){0,5}?{anchor_events}\b)", 19,
      triggers="unit pod", requires="offset_directions", reject_before=(r"\b{event_day_not_after}\s+$", 16),
      examples=[
          ("2022-06-10", "Police arrested him on May 4. The day before he was arrested, he sold his car.", "The day", "2022-05-03"),
          # (twenty-ninth session) a part of the day after or before an event: that part of the day after (before) it
          ("2025-04-16", "The referendum was held on March 9. The morning after the referendum, markets fell.", "The morning", "2025-03-10TMO")])
def _day_of_event(m, text, name: str = "day_of_event"):
    """ "the day before he was arrested", "the week after the vote": a day (week...) counted from an
    event (a word of ``anchor_events`` within its first words: "the year before was dry" is not
    one), which ``anchors.py`` dates where the text tells it; the extent is "the day", as TimeML
    leaves the signal and the event outside it."""
    what = m["what"].lower()
    pod = L["parts_of_day"].get(what, "") if what in L["day_parts"] else ""
    d = m["dir"].lower()
    # ((eventoffset33) "the day following the armistice", "the day preceding the abdication": lexicon anchor_day_directions)
    sign = (L["offset_directions"].get(d) or L["anchor_day_directions"][d])[0]
    return M(m, name, "event_day", unit="day" if pod else what, sign=sign, pod=pod)


_NOT_NAMES = frozenset(L["named_event_not_names"])   # (eventoffset33) rule day_of_named_event


# (eventoffset33) "The day after Pearl Harbor", "the week after Fort Sumter", "the morning before Waterloo": a day
# counted from an event a history names by the place (or the name) it is told at, one to three capitalised words that
# end the phrase; ``anchors.py`` dates it from the latest event told before it in a clause that names every word of
# the name ("Japanese aircraft attacked Pearl Harbor on 7 December 1941"); with none it is dropped (``dated_only``):
# "the day after Christmas", "the day before Monday" are the holiday's and the weekday's rules'. (bounds: at most
# three words of the name, each blank run between two words)
@rule("day_of_named_event", r"(?i:the\s+(?P<what>day|week|month|year|{day_parts}))(?=\s+(?P<dir>(?i:before|after))\s+"
      r"(?P<name>[A-Z][\w'’-]+)(?:\s[A-Z][\w'’-]+){0,2}\s{0,2}(?:[,.;:]|$))", 19,
      triggers="unit pod", requires="offset_directions",
      reject_before=(r"\b{event_day_not_after}\s+$", 16),
      examples=[("2024-05-01", "Japanese aircraft attacked Pearl Harbor on 7 December 1941. The day after Pearl Harbor, "
                 "Roosevelt asked Congress to declare war.", "The day", "1941-12-08")])
def _day_of_named_event(m, text):
    if m["name"] in _NOT_NAMES:
        return None   # ("the day after The ...", "the week before It": no name)
    what = m["what"].lower()
    pod = L["parts_of_day"].get(what, "") if what in L["day_parts"] else ""
    return M(m, "day_of_named_event", "event_day", unit="day" if pod else what,
             sign=L["offset_directions"][m["dir"].lower()][0], pod=pod, named=True, dated_only=True)


# (eventoffset33) "The day following the armistice", "On the morning following the battle", "the day preceding the
# abdication": day_of_event with a history's participle for "after"/"before" (lexicon anchor_day_directions); a rule of
# its own, which runs only where one of these words is in the text; the event's phrase opens with a determiner ("the
# day following saw the surrender": an elliptic "following", left) (bounds as day_of_event's: at most five words
# before the event word)
@rule("day_of_event_following", r"(?i:the\s+(?P<what>day|week|month|year|{day_parts}))(?=\s+(?P<dir>(?i:{anchor_day_directions}))\s+(?=(?i:the|his|her|their|its)\s)(?:[\w'’.-]+\s+){0,5}?{anchor_events}\b)", 19,
      triggers="unit pod", requires="anchor_day_directions", reject_before=(r"\b{event_day_not_after}\s+$", 16),
      examples=[("2024-05-01", "The armistice was signed on 11 November 1918. The day following the armistice, crowds "
                 "filled the Mall.", "The day", "1918-11-12")])
def _day_of_event_following(m, text):
    return _day_of_event(m, text, "day_of_event_following")


@rule("day_of_event_same", r"(?i:the\s+day)(?=\s+(?:(?i:that|when|on\s+which)\s+)?(?:(?i:the|his|her|their|its)\s+(?:[a-z]+\s+)?{anchor_events}\b|(?:(?i:{event_day_subjects})\s+|[A-Z][\w'’-]+\s+(?:[A-Z][\w'’-]+\s+){0,2}|(?i:the|his|her|their|its)\s+[a-z]+\s+)(?:[\w'’-]+\s+){0,3}?{anchor_events}\b))", 19,
      triggers="unit", reject_before=(r"\b{event_day_not_after}\s+$", 16),
      examples=[
          ("2022-06-10", "Police arrested him on May 4. The day he was arrested, he sold his car.", "The day", "2022-05-04")])
def _day_of_event_same(m, text):
    """ "the day he was arrested", "the day that the vote was held": the day of an event the
    text dates elsewhere (``anchors.py``); the extent is "the day", as for "the day before"."""
    return M(m, "day_of_event_same", "event_day", unit="day", sign=0, pod="")


_SENTENCE_ENDS = (".", "!", "?", '"', "“")
_EVENT_DAY_COPULA = _re(r"(?:['’]s)?\s{1,3}(?i:{aux_past}|{aux_present}|{aux_future}|{modal_markers})(?![\w'’])")
# (eve31, §107) "on the eve of the vote", "the day of Friday's vote", "the night of the election": a day (a part
# of it) named from an event of the story by "of"; the extent is "the eve" / "the day" / "the night" (TimeML leaves
# the event outside), the event a word of ``anchor_events`` that heads its phrase (not "the vote count"), opened by a
# determiner or a possessive ("Friday's"; never "a": "on the eve of a new era"), in lower case (not a name: "on the
# afternoon of the Battle of Plataea" is that battle's, which no memory of "the battle" dates). ``anchors.py`` dates it from a date
# that opens the event's phrase, the event dated earlier in the text, or a day in apposition before it; with none of
# these it is dropped (``dated_only``): an eve of an event the text never dates is no day it gives.
# (bounds: at most two words between the determiner and the event word; every blank run is between two words)
@rule("day_of_event_of", r"(?i:the\s+(?P<what>{event_eve_words}|day|{day_parts}))(?=\s+(?i:{event_day_of_words})\s+"
      r"(?:(?i:{event_day_of_determiners})\s+|[A-Z][\w-]*['’]s\s+)(?:[\w'’-]+\s+){0,2}?(?P<ev>{anchor_events})(?![\w'’-])"
      r"(?!\s+(?i:{event_modifier_heads})(?![\w'’-])))", 19,
      triggers="unit pod",
      examples=[
          ("2024-06-12", "The referendum is on June 20. On the eve of the vote, protesters gathered.", "the eve", "2024-06-19"),
          ("2024-06-12", "It was the day of Friday's vote.", "the day", "2024-06-07"),
          ("2024-06-12", "The election is on June 20. The night of the election will be long.", "The night", "2024-06-20TNI")])
def _day_of_event_of(m, text):
    """ "the eve of the vote" (the day before the event's), "the day of Friday's vote" (its day), "the night of
    the election" (that part of its day): dated by ``anchors.py`` or dropped."""
    if not m["ev"].islower():
        return None   # a name ("the Battle of Plataea"), not the event the text told
    pre = text[max(0, m.start() - 4):m.start()]   # (what opens a sentence: its start, a line's, an end mark)
    opens = (not pre.strip() and (m.start() <= 4 or "\n" in pre)) or pre.rstrip()[-1:] in _SENTENCE_ENDS
    if opens and not _EVENT_DAY_COPULA.match(text, m.end("ev")):
        # the subject of its sentence with a verb other than "be" after it: a fact about the date, no time of what the
        # sentence tells ("The day of his death comes from the inscription on a tomb")
        return None
    what = m["what"].lower()
    pod = L["parts_of_day"].get(what, "") if what in L["day_parts"] else ""
    return M(m, "day_of_event_of", "event_day", unit="day", sign=L["event_eve_words"].get(what, 0), pod=pod,
             of=True, dated_only=True)


@rule("day_before_after", r"(?i:the\s+(?P<what>day|night|weekend|week|month|year)\s+(?P<dir>before|after|earlier|later))(?=\s*(?:[,.;)!?\n]|$)|\s+(?:that|and|when|{day_before_followers})\b)", 20, triggers="unit", requires="offset_directions",
      examples=[
          ("2019-07-14", "The revolution broke out on 14 July 1789. The day before, crowds had seized weapons.", "The day before", "1789-07-13"),
          # (days, eleventh session) "the weekend before / after" a date just told
          ("2025-06-04", "the party's on Saturday 21 June and we're away the weekend before", "the weekend before", "2025-W24-WE")])
def _day_before(m, text):
    if m["what"].lower() in ("day", "night") and _instruction(text, m.start(), m.end(), dated_ok=False):
        # (past) a recipe's or an instruction's "the night before", "the day before": of no one day
        pod = "TNI" if m["what"].lower() == "night" else ""
        return M(m, "day_before_after", "fixed", type="TIME" if pod else "DATE", value="XXXX-XX-XX" + pod,
                 note="an instruction's day or night before: of no particular day")
    return M(m, "day_before_after", "anaphor", unit=m["what"].lower() if m["what"].lower() != "night" else "day",
             offset=L["offset_directions"][m["dir"].lower()][0], pod="NI" if m["what"].lower() == "night" else "", mod="")


# (lead, thirty-third session) "the get-out is the morning after.", "we drove home the evening before": a part of the day
# after (or before) the day just told, its event unsaid (as "the night before", rule day_before_after)
@rule("pod_before_after", r"(?i:the\s+(?P<what>morning|afternoon|evening)\s+(?P<dir>before|after))(?=\s*(?:[,.;)!?\n]|$)|\s+(?:that|and|when|{day_before_followers})\b)",
      20, triggers="pod", requires="offset_directions",
      examples=[("2025-07-31", "Your last show is Monday 25th, and the get-out is the morning after.", "the morning after", "2025-08-26TMO")])
def _pod_before_after(m, text):
    pod = L["parts_of_day"][m["what"].lower()]
    if _instruction(text, m.start(), m.end(), dated_ok=False):
        return M(m, "pod_before_after", "fixed", type="TIME", value="XXXX-XX-XXT" + pod,
                 note="an instruction's part of the day before or after: of no particular day")
    return M(m, "pod_before_after", "anaphor", unit="day", offset=L["offset_directions"][m["dir"].lower()][0], pod=pod, mod="")


# (history4) "On 12 November 1918, the day after the Armistice, he offered ...": in apposition to
# the date just told, "the day before/after <something>" is that same date
# (the extent is "the day", as for ``day_of_event``, which takes the phrase when an event word follows)
@rule("day_apposition", r"(?i:the\s+day)(?=\s+(?i:before|after)\s+\w)", 18, triggers="unit", requires="offset_directions",
      examples=[
          # ((eventoffset33) "the Armistice" is an event word now, read by day_of_event with the same day: the example
          # names an event no word of anchor_events names)
          ("2018-11-11", "On 12 November 1918, the day after the guns went quiet, the painter offered two panels to the nation.", "the day", "1918-11-12")])
def _day_apposition(m, text):
    if _APPOSED_DAY.search(text, max(0, m.start() - 16), m.start()) is None or _EVENT_FOLLOWS.match(text, m.end()):
        return None
    return M(m, "day_apposition", "anaphor", unit="day", offset=0, pod="", mod="")


_APPOSED_DAY = re.compile(r"(?:\d(?:st|nd|rd|th)?|day),\s+$")
_EVENT_FOLLOWS = _re(r"\s+(?i:before|after)\s+(?!(?:{not_event_words})\b)(?:[\w'’.-]+\s+){0,5}?{anchor_events}\b")


@rule("year_ago_adj", r"(?i:(?:the\s+)?year[\s-]{year_ago_words})(?:\s+(?P<what>(?i:quarter|period|month|{compared_figures}|(?P<nm>nine|six|three|twelve)\s+months|first\s+half))?)?(?![\w-])", 13, triggers="unit", requires="year_ago_words",
      examples=[
          ("1989-10-26", "Net income for the year-earlier nine months included a one-time gain.", "the year-earlier nine months", "P9M")])
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


# ---- informal writing ---------------------------------------------------------------------------
# "next thu", "sun night", "tmr and thu", "wed/thu", "mon - chill games 7pm": a weekday written
# short without a dot, in lower or title case. "sat", "sun", "wed" are also words, so the short
# form counts only next to a relation, a part of the day, a day preposition, another weekday,
# a slash or dash, or a day of the month ("fri 21st"); never after an article ("the sun").
_SHORT_BEFORE = _re(r"(?i)(?:^|[\s(/])(?:{short_weekday_prepositions})\s+$|/\s*$"
                    # (informal6) "nights mon to wed", "OOO Mon + Tues", "fine with thurs and fri": after a weekday
                    r"|(?<![\w'’])(?:{short_weekdays}|%s)\.?(?:\s+(?:{weekday_coordinators}|{weekday_range_words})\s+|\s*[+&]\s*)$" % WEEKDAY)
_COME_BEFORE = _re(r"(?i)(?<![\w'’])(?:{come_before_day})[ \t]+$")
_SHORT_ARTICLE = _re(r"(?i)\b(?:{date_determiners})\s+$")
# after it: a slash, dash or colon ("mon: flat tyre"), a day of the month, another weekday ("fri and next mon"), a clock
# time ("mon 9am", "fri at 10"), a question mark ("sat?") or a word that weighs a plan ("sat
# works", "tue suits me")
_NOT_JOINED = re.compile(r"(?i)\bnot\s+$")
_SHORT_AFTER = _re(r"\s*(?:[/–-]|:(?!\d))|\s+[0-3]?\d(?:{ordinal_suffixes:cs})\b|(?:\s+(?i:{weekday_range_words})\s+|\s*[+&,]\s*)(?:{short_weekdays}|%s)(?![\w])|\s+(?:{weekday_coordinators})\s+(?:(?:{weekday_relations})\s+)?(?:{short_weekdays}|%s)(?![\w])"
                   r"|,?\s+[0-2]?\d(?:[:.][0-5]\d)?\s*(?:%s|ish\b)|\s*\?|\s+(?:{weekday_plan_words})\b|\s+(?:{fixture_start_words}|{day_ticket_nouns})(?![\w'’])" % (WEEKDAY, WEEKDAY, AMPM))
# ... or a clock time after it with no verb ("quiz night fri 8-11pm"): a time set, to come
_SHORT_PLAN = _re(r"\s*\?|\s+(?:{weekday_plan_words})\b|,?\s+(?:at\s+)?[0-2]?\d(?:[:.][0-5]\d)?\s*(?:[-–]\s*[0-2]?\d(?:[:.][0-5]\d)?\s*)?%s" % AMPM)
# "fri at 10", "mon @ 9am" (not after "sat" or "wed", also verbs: "we sat at 10 tables")
_SHORT_AFTER_AT = _re(r",?\s+(?:at|@)\s*[0-2]?\d\b")
# (informal7) right after a clock time with its half of the day: "doors 8am sat & 9am sun", "kick off 3pm Sat"
_SHORT_AFTER_CLOCK = re.compile(r"(?<![\w.:])[0-2]?\d(?:[:.][0-5]\d)?\s*%s\s+$" % AMPM)
# (informal7) a schedule's lines, each opened by a weekday ("Wed Spinningfields, lunch only / Thu
# Salford Quays", "MON open mic / WED silent disco"): another such line within _DAY_LINES_REACH
_DAY_LINE = _re(r"(?i)\n[ \t*•·-]*(?:{short_weekdays}|%s)\.?(?![\w'’])" % WEEKDAY)
_DAY_LINES_REACH = 80
_SHORT_OWNED = _re(r"(?i)(?<![\w'’])(?:{short_weekday_owners})\s+$")   # (informal7) "swap my sat late"
_EMOJI_END = re.compile(r"\s*[\u2600-\u27bf\U0001f000-\U0001faff]")
# (informal7) "Sat + Sun Mackie Mayor": right after another weekday joined to it
# ((days) and the second end of a dashed range: "Mon–Sat", "mon-fri")
_SHORT_JOINED = _re(r"(?i)(?<![\w'’])(?:{short_weekdays}|%s)\.?(?:\s+(?:{weekday_coordinators}|{weekday_range_words})\s+|\s*[+&]\s*|[-–]\s*)$" % WEEKDAY)
# (informal7) "easy 5k tues, intervals thurs, parkrun sat, 20 miler sun": an item of a list whose
# item before ended on a weekday (a few words between the comma and this one)
_SHORT_LIST_ITEM = _re(r"(?i)(?<![\w'’])(?P<prev>{short_weekdays}|%s)\.?(?:,|(?P<joint>,?\s+(?:and|then)))\s+(?:[\w'’-]+\s+){1,4}$" % WEEKDAY)
# (rota37, §142) a list of days in order, one day heading each item ("rota below / Fri Noreen / Sat Ger / Sun Mary",
# "This week: Mon - bins, Tue - recycling, Wed - garden waste", "Mon Jess | Tue Sam | Wed off | Thu Raj", one day a
# line): items apart by a line's end, a slash, a bar, a semicolon, a bullet, a comma or a sentence's stop; the first
# item may follow a heading's colon ("Plan: Thurs drive up"). A run is _ROTA_MIN_ITEMS or more such items in a row,
# each a weekday and then something of its own (a name, a task: "Mon, Tue, Wed" alone is no rota), none longer than
# _ROTA_ITEM_CHARS. Bounded: reads _ROTA_READ characters either side of the weekday, no more.
# (a stop or a comma parts items only before a day: "Mon: rained. Tue: rained again", "Fri summit, Sat rest"; not
# "Tue - Bro. Sam", "Fri: stayed in, was knackered")
_ROTA_SEP = _re(r"[ \t]*(?:\n[ \t*•·>-]*|[/|;•·][ \t]*|[.,][ \t]+(?=(?i:{short_weekdays}|%s)\.?(?![\w'’])))" % WEEKDAY)
_ROTA_HEAD = _re(r"(?i)[ \t]*(?:{short_weekdays}|%s)\.?(?![\w'’])(?:[ \t]*[:–-])?[ \t]*(?=\S)" % WEEKDAY)
_ROTA_HEADING = re.compile(r"[^:\n]{1,40}:[ \t]*")
_ROTA_MIN_ITEMS = 3
_ROTA_ITEM_CHARS = 48
_ROTA_READ = 6 * _ROTA_ITEM_CHARS


def _rota_run(text: str, start: int) -> tuple[int, int, int] | None:
    """(rota37) (where the item before ends, or -1 for the run's first; where the item starts; where it ends) of the
    item of a run of day items the weekday at ``start`` heads (see _ROTA_SEP), or None where it heads none, or the run
    is shorter than _ROTA_MIN_ITEMS."""
    lo, hi = max(0, start - _ROTA_READ), min(len(text), start + _ROTA_READ)
    items, at = [], lo
    for sep in _ROTA_SEP.finditer(text, lo, hi):
        items.append((at, sep.start()))
        at = sep.end()
    items.append((at, hi))
    run, mine = [], None
    for k, (a, b) in enumerate(items):
        head = a
        if k == 0 and a > 0 and text[a - 1] != "\n":
            head = -1   # cut by the window: not read
        elif not run and (hd := _ROTA_HEADING.match(text, a, b)) is not None and not _ROTA_HEAD.match(text, a, b):
            head = hd.end()   # "This week: Mon - bins": the first item after a heading's colon
        if head >= 0 and b - head <= _ROTA_ITEM_CHARS and _ROTA_HEAD.match(text, head, b) is not None:
            run.append((head, b))
            if head <= start < b:
                mine = len(run) - 1
        elif mine is not None:
            break
        else:
            run = []
    if mine is None or len(run) < _ROTA_MIN_ITEMS or run[mine][0] != start:
        return None
    return (run[mine - 1][1] if mine else -1, *run[mine])


# (days) "parkrun sat, 20 miler sun", "long run sat, rest sun", "ran parkrun sat and a 20 miler sun":
# an item of a list whose next item, a few words on, ends on a weekday (the first item's "sat" is
# no verb: a verb "sat" has its subject before it, "we sat, ...")
_SHORT_LIST_NEXT = _re(r"(?i)(?:,\s+|\s+(?:and|then|&|\+)\s+|,\s+(?:and|then)\s+)(?:[\w'’-]+\s+){1,4}(?:{short_weekdays}|%s)\.?(?![\w'’])" % WEEKDAY)
# (weeks26) "nights fri sat sun", "earlies mon tues": a list of short weekdays with only blanks between them, in lower
# case (a verb "sat" has its subject before it: "we sat")
_BARE_LIST_BEFORE = _re(r"(?i)(?<![\w'’])(?:{short_weekdays}|%s)[ \t]+$" % WEEKDAY)
_BARE_LIST_AFTER = _re(r"(?i)[ \t]+(?:{short_weekdays}|%s)(?![\w'’])" % WEEKDAY)
_SHORT_SUBJECT = _re(r"(?i)(?<![\w'’])(?:{subject_pronouns}|just|was|were|been|had|have|has|i've|we've|they've)\s+$")
_BARE_RUN_REACH = 4   # (aspect38) weekdays read on each side of a title-case weekday in a run joined by blanks only


def _bare_run_titled(text: str, start: int, end: int) -> bool:
    """(aspect38, §153) Whether a title-case weekday stands in a run of title-case weekdays joined by blanks only
    ("Mon Wed Fri", "Tue Thu") of three or more, or of two with one that is no English word ("Tue", "Thurs"; not "Sat
    Sun", "Wed Sun"). Bounded: at most _BARE_RUN_REACH weekdays on each side."""
    words = [text[start:end]]
    pos = end
    for _ in range(_BARE_RUN_REACH):
        nx = _BARE_LIST_AFTER.match(text, pos)
        if nx is None or not nx.group().strip().istitle():
            break
        words.append(nx.group().strip())
        pos = nx.end()
    pos = start
    for _ in range(_BARE_RUN_REACH):
        pv = _BARE_LIST_BEFORE.search(text, max(0, pos - 12), pos)
        if pv is None or not pv.group().strip().istitle():
            break
        words.append(pv.group().strip())
        pos = pv.start()
    return len(words) >= 3 or (len(words) == 2 and any(w.lower() in _UNAMBIGUOUS_WD for w in words))
_VERB_WEEKDAYS = frozenset(L["verb_short_weekdays"])
_ANY_WEEKDAY = _re(r"(?i)(?<![\w'’#])(?:{short_weekdays}|%s)\.?(?![\w'’])" % WEEKDAY)
# (days) "easy 5k thurs, long run sat from the clubhouse at 8.30": an item of a comma list goes on
# with where or when (not with the words that make "sat" the verb: "sat down", "sat in traffic")
_LIST_ITEM_GOES_ON = re.compile(r"(?i)\s+(?:from|then|before|after|morning|afternoon|evening|night|[0-2]?\d(?:[:.][0-5]\d)?\s*(?:am|pm))\b")
_VERB_JOINED = _re(r"(?i)(?<![\w'’])(?:{subject_pronouns}|just|was|were)\s+(?:{verb_short_weekdays})\s*(?:and|or|&|\+)\s+$")
_INFORMAL_POD = L["informal_day_parts"]
_UNAMBIGUOUS_WD = frozenset(L["unambiguous_short_weekdays"])
_NEVER_LOOSE_WD = frozenset(L["short_weekday_never_loose"])
_LOOSE_BEFORE = _re(r"(?i)(?:^|[\s(])(?:{short_weekday_loose_before})\s+$")
_PHRASE_ENDS = re.compile(r"\s*(?:$|[,;:!?)\]\n]|\.(?!\w))")
_SHORT_ON = re.compile(r"(?i)(?:^|[\s(])on[ \t]+$")
# (yearclause37, §147) "grabbed tickets for Sat", "booked us in for Wed": in title case after "for" and a noun of places or a
# verb of booking (and its object's "in") right before it, where the phrase ends (bounded: 24 characters before)
_SHORT_FOR_PLACES = _re(r"(?i)(?<![\w'’])(?:{place_getting_nouns}|{booking_verbs}|in)[ \t]+for[ \t]+$")
# (recall23) a turn or a clause opened by the weekday, a subject pronoun or a judging "'s" after it: "Sam: sat I'm
# at my cousin's wedding", "tom: wed i have football til 5", "sat's no good" (lexicon short_weekday_topic_*); the
# opening is a line's start, a chat's "Name:" (a label of at most 30 characters) or a sentence's end
_TOPIC_OPENS = re.compile(r"(?:^|\n)[ \t]*(?:[^\n:]{1,30}:[ \t]+)?$|[.!?][ \t]+$")
_TOPIC_AFTER = _re(r"(?i)[ \t]+(?:{short_weekday_topic_subjects})(?![\w'’])")
# (ampm34, §125) or a greeting or a name and a comma that open the line before it: "Hi Aisha, Sat I've only got 7.30am",
# "Morning all, sun we're closed" (only before a subject, `_TOPIC_AFTER`); the opening is at most 30 characters
_TOPIC_AFTER_GREETING = re.compile(r"(?:^|\n)[ \t]*(?:[^\n:]{1,30}:[ \t]+)?[^\n,.!?:;]{1,30},[ \t]+$")
_TOPIC_JUDGED = _re(r"(?i)['’]s[ \t]+(?:{short_weekday_topic_judges})(?![\w'’])")
# (recall23) a rota's shift: "swap my sat late for sun early?", "take my sun late", "my late sat (1 till 9.30)", "someone's
# sun late" (lexicon short_weekday_shifts); the possessive before it, the shift word after it or between the two
_SHIFT_AFTER = _re(r"(?i)[ \t]+(?:{short_weekday_shift_words})(?![\w'’])")
_SHIFT_OWNER = _re(r"(?i)(?:(?<![\w'’])(?:{short_weekday_owners})|[a-z]['’]s)[ \t]+$")
_SHIFT_OWNER_BETWEEN = _re(r"(?i)(?:(?<![\w'’])(?:{short_weekday_owners})|[a-z]['’]s)[ \t]+(?:{short_weekday_shift_words})[ \t]+$")
_SWAP_FOR = _re(r"(?i)(?<![\w'’])(?:{short_weekday_owners})[ \t]+(?:{short_weekdays})[ \t]+(?:{short_weekday_shift_words})\b[^\n]{0,40}?(?<![\w'’])for[ \t]+$")
# (recall23) "Sat 10-1", "sat 10 till 2", "sun, 11-3": a range of bare hours right after it, the shape rule day_hour_range
# reads as the day's hours (a dash only from a morning start or with minutes: "sat 2-2" is a score), names the day
# ((hourranges29) after a phrase that settles the day and a comma: "sat is on, 11-4", "sun's fine, 10-3")
_SHORT_HOURS_AFTER = _re(r"(?i)(?:(?:[ \t]+|(?=['’]))(?P<set>{day_range_settled})(?![\w'’])[ \t]*,|,)?[ \t]+(?:(?P<btw>{day_range_between})[ \t]+)?(?P<h1>1[0-2]|0?[1-9])(?P<mi1>[:.][0-5]\d)?[ \t]*(?P<j>[-–]|(?:till|til|until|to)(?![\w'’]))[ \t]*"
                                r"(?P<h2>1[0-2]|0?[1-9])(?:[:.][0-5]\d)?" + r"(?![\w:%/]|[.,]\d|[ \t]*(?:" + AMPM + r"|[-–/]\d))")


def _short_hours_after(text: str, end: int) -> bool:
    h = _SHORT_HOURS_AFTER.match(text, end)
    if h is None or _RANGE_END_NOT_AFTER.match(text, h.end()):
        return False
    return not (h["j"] in "-–" and not (int(h["h1"]) >= _PM_BELOW or h["mi1"] or h["btw"]
                                         or h["set"] and int(h["h2"]) > int(h["h1"])))


# (ranges23) "Saturday we're fully booked 7-9", "Mon drop-in 10-1", "Thursday the hall is free 2-4": after a day that opens
# the clause (`_TOPIC_OPENS`), at most four words on the same line and clause (letters only: no digit, no punctuation
# between), then a word of opening, booking or being free (lexicon day_range_cues) right before a range of bare hours;
# the cue is what tells the hours from a score ("Saturday we won 3-1"), an age ("kids 7-9") or a count ("we need 10-12
# volunteers"). Bounded: four words of at most 16 letters each.
# (hours24) the day may be a label: a colon or a dash after it, "Tues: we're closed 12-1", "Sat – open 10-2"
_CUED_RANGE_TAIL = (r"(?:[ \t]*[:–—-](?=[ \t]))?(?:[ \t]+[A-Za-z'’-]{1,16}){0,4}?[ \t]+(?P<cue>(?i:{day_range_cues}))[ \t]+"
                    r"(?P<a>(?P<h1>1[0-2]|0?[1-9])(?:[:.](?P<mi1>[0-5]\d))?)[ \t]*(?P<j>[-–]|(?i:till|til|until|to)(?![\w'’]))[ \t]*"
                    r"(?P<b>(?P<h2>1[0-2]|0?[1-9])(?:[:.](?P<mi2>[0-5]\d))?)(?![\w:%/]|[.,]\d|[ \t]*(?:" + AMPM + r"|[-–/]\d))")
_CUED_RANGE_AFTER = _re(r"(?:[ \t]+(?i:{informal_day_parts}|%s))?" % POD + _CUED_RANGE_TAIL)


# (hours24) "booked 10-11 Wednesday", "closed 12-1 tues": a cued range of bare hours right before the day (rule
# range_before_day); the day is one to come unless a verb puts it in the past. Bounded: 40 characters before the day.
_CUED_RANGE_BEFORE = _re(r"(?<![\w'’])(?i:{day_range_cues})[ \t]+(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?[ \t]*(?:[-–]|(?i:till|til|until|to))[ \t]*"
                         r"(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?[ \t]+(?:(?i:{weekday_relations})[ \t]+)?$")


def _cued_range_before(text: str, start: int) -> bool:
    if not _gate(_last_before(text, start), _END_HOURS_DAY):
        return False   # (speed15) both searches end with an hour's digit or a relation word ("next") and blanks
    if _CUED_RANGE_BEFORE.search(text, max(0, start - 40), start) is not None:
        return True
    # (ranges25) "12-3 sun", "market 10-2 sat": a range of bare hours from a morning start or noon opening its line (a
    # label of two words at most before it), no cue word
    b = _BARE_RANGE_BEFORE.search(text, max(0, start - 60), start)
    return b is not None and not any(w and w.lower() in _BARE_RANGE_NOT_AFTER for w in (b["w1"], b["w2"])) \
        and not _SCORE_BEFORE.search(text, max(0, b.start() - 40), start)   # ((clocks27) "odds were 9-4 on Monday")


_BARE_RANGE_BEFORE = _re(r"(?:^|(?<=[\n.!?:]))[ \t]*(?:(?P<w1>[A-Za-z'’&-]{1,16})[ \t]+(?:(?P<w2>[A-Za-z'’&-]{1,16})[ \t]+)?)?"
                         r"(?:1[0-2]|[7-9]|(?:1[0-2]|0?[1-9])[:.][0-5]\d)[ \t]*[-–][ \t]*(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?[ \t]+"
                         r"(?:(?i:{weekday_relations}|{range_day_prepositions})[ \t]+)?$")   # ((clocks27) "11-4 on sat")


# (dayrange30) a day's "8 till late" right after it, a comma or a colon between at most (rule till_late_start)
# (blank runs bounded: two unbounded runs side by side made 200,000 tabs after a weekday quadratic, a hung property test)
_TILL_LATE_AFTER = _re(r"[ \t]{0,4}[,:]?[ \t]{1,8}(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?[ \t]{0,4}(?:[-–]|(?i:till|til|until|to)(?![\w'’])|['’](?i:til))[ \t]{0,4}(?i:late)(?![\w'’])")


# (hourranges29) a phrase that settles a day, a comma and a range of bare hours right after the day (rule day_hour_range)
_SETTLED_RANGE_AFTER = _re(r"(?i)(?:[ \t]+|(?=['’]))(?:{day_range_settled})(?![\w'’])[ \t]*,[ \t]+(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?[ \t]*"
                           r"(?:[-–]|(?:till|til|until|to)(?![\w'’]))[ \t]*(?:1[0-2]|0?[1-9])(?![\w:%/]|[.,]\d)")


def _cued_range_after(text: str, start: int, end: int) -> bool:
    """(ranges23) the day at ``start``-``end`` opens its clause and a cued range of bare hours follows it."""
    h = _CUED_RANGE_AFTER.match(text, end)
    return h is not None and _TOPIC_OPENS.search(text, max(0, start - 40), start) is not None \
        and not _RANGE_END_NOT_AFTER.match(text, h.end())


# "see u sat": "u" is the object of "see", no subject of a verb "sat"
_SEE_YOU_BEFORE = re.compile(r"(?i)(?<![\w'’])(?:see|c)[ \t]+(?:you|u|ya|yous|youse)[ \t]+$")
_COMPOUND_TAIL = _re(r"-(?i:{short_weekday_compound_tails})(?![\w'’])")   # (posts32) "sat-nav": after the hyphen, one word
# (weekdays27) "ill read it weds", "ill ring u mon", "can you do it sat?", "call me mon x": a short weekday right after
# an object pronoun that follows a verb under a future or modal auxiliary (one or two words between), or an imperative
# opening its clause; read in the _OBJECT_REACH characters before the weekday; the weekday ends its phrase or a closing
# word follows ("ill leave it sat there", "saw them sat on the wall": "sat" the verb)
_OBJECT_REACH = 48
_OBJECT_BEFORE = _re(r"(?i)(?:(?<![\w'’])(?:{object_weekday_auxiliaries:bare})[ \t]+(?:[\w'’]+[ \t]+){1,2}?"
                     r"|(?:^|(?<=[\n.!?,;:(]))[ \t]*(?:{imperative_verbs:bare})[ \t]+"
                     # (thirtieth session; informal23 census class 9) a progressive's object: "seeing her thurs arvo"
                     r"|(?<![\w'’])(?!(?:{short_weekday_ing_not_verbs})(?![\w'’]))[a-z]{2,12}ing[ \t]+)(?:{object_weekday_pronouns:bare})[ \t]+$")
_OBJECT_CLOSER = _re(r"(?i)[ \t]+(?:{object_weekday_closers:bare})(?![\w'’])")


# (weekof29, §101 A6) "I was in sat", "we were off Sun, back now", "was at mine sat and he never rang": a short weekday after
# a past "be" and a word of being somewhere (no "the" between: "was in the sun" is the sky's), where its phrase ends or a
# closer follows; the past gives the day gone. Bounded: 24 characters before the weekday.
_WAS_IN_BEFORE = _re(r"(?i)(?<![\w'’])(?:{was_in_past_be})[ \t]+(?:{was_in_place_words})[ \t]+$")
_WAS_IN_REACH = 24
_WAS_IN_CLOSER = _re(r"(?i)[ \t]+(?:{was_in_weekday_closers})(?![\w'’])")


# (weekof29, §101 A3) "we could go sat or the saturday after", "can you do wed? or the wednesday after": a short weekday
# offered with the same day a week on as the other choice is a weekday. Bounded: the lookahead reads a mark, the joiner
# (at most 16 characters), a tail word and a weekday: under 40 characters, inside the windows' reach.
_ALT_AFTER = _re(r"(?i)[?,]?[ \t]+(?:{after_alternative_joiners})[ \t]+(?:(?:{after_alternative_tails})[ \t]+)?(?:{short_weekdays}|%s)(?![\w'’])" % WEEKDAY)


# (localhol32) "rain or sun", "sun & showers": a word of the weather joined to "sun" (bounded: one short word and a
# joiner, at most 16 characters back)
_NOUN_WD_BEFORE = _re(r"(?i)(?<![\w'’])(?:{short_weekday_noun_before})[ \t]+$")   # (§167) "of sun last week"
_WEATHER_BEFORE = _re(r"(?i)(?<![\w'’])(?:{sun_weather_words})[ \t]{1,3}(?:or|and|n|&)[ \t]{1,3}$")
_STAR_VERB = _re(r"\s*(?:{short_weekday_star_verbs})(?![\w'’])", re.I)
# (homographs27) "sat", "wed" after a word that makes them the verb ("got wed sat", "getting wed", "be sat"); a possessive
# after "sat", "wed" opening a line is the verb's object ("sat my exam", "sat our theory test"), no topic's subject; the
# Scots "c'mon mon the hoops" (lexicon interjection_short_weekdays, mon_interjection_before), a Monday only with a day
# frame after it ("come on mon at 7"); "sat", "wed" opening a line or a sentence before "at" and a clock time with its half
# of the day ("sat at 3pm?"; not "we sat at 3pm", a subject before it, nor "sat at 10 tables"). Bounded: 16 characters
# before the word.
_VERB_WD_BEFORE = _re(r"(?i)(?<![\w'’])(?:{verb_weekday_before})[ \t]+$")
_TOPIC_POSSESSIVE = _re(r"(?i)[ \t]+(?:{short_weekday_topic_possessives})(?![\w'’])(?![ \t]+[\w-]+(?:['’]s\b|[ \t]+(?:{short_weekday_topic_verbs})(?![\w'’])))")
_INTERJECTION_WD = frozenset(L["interjection_short_weekdays"])
_MON_INTERJECTION = _re(r"(?i)(?<![\w'’])(?:{mon_interjection_before})[ \t,!]+$")
_MON_DAY_AFTER = _re(r"(?i)[ \t]+(?:the[ \t]+)?[0-3]?\d|[ \t]+(?:at|@)[ \t]*\d|[ \t]*[-–/]|[ \t]+(?:%s|{informal_day_parts})(?![\w'’])" % POD)
_TITLE_WD_AT_HOUR = re.compile(r"[ \t]+(?:at|@)[ \t]*(?:[0-2]?\d(?:[:.][0-5]\d)?)(?![\w'’%]|[.,]\d)")   # (§195) "Sat at 7"
_INSIDE_SENTENCE = re.compile(r"[\w,'’][ \t]{1,2}$")   # (§195) a word or a comma just before: no sentence opens there
_VERB_WD_AT_CLOCK = _re(r",?[ \t]+(?:at|@)[ \t]*(?:[0-2]?\d(?:[:.][0-5]\d)?[ \t]*%s|noon|midday)(?![\w'’])" % AMPM)

# (shortdays29) a lower-case "sat", "wed", "sun", "mon" read by its frame (docs §98; lexicon _doc_shortdays29). Bounded: each
# search looks at most 48 characters before the day (a verb, a possessive of at most 20 characters), each match after it
# at most a word or two and an hour.
# the object of a verb of arranging: "swap wed for fri", "could you take my wed?", "i can take dee's wed if", "can do sun but"
_OBJ_POSSESSOR = r"(?:(?:{short_weekday_owners})[ \t]+|[a-z][a-z'’-]{0,18}['’]s[ \t]+)?"
_OBJ_VERB_BEFORE = _re(r"(?i)(?<![\w'’])(?:{short_weekday_object_verbs})[ \t]+" + _OBJ_POSSESSOR + r"$")
_OBJ_VERB_SUN_BEFORE = _re(r"(?i)(?<![\w'’])(?:{short_weekday_object_verbs_sun})[ \t]+" + _OBJ_POSSESSOR + r"$")
_OBJ_FOLLOWER = _re(r"(?i)[ \t]+(?:{short_weekday_object_followers})(?![\w'’])|[ \t]*[?!]")
# "have wed off", "got mon off", "booked sat off" (not "sat off the coast", "wed off to")
_OFF_VERB_BEFORE = _re(r"(?i)(?<![\w'’])(?:{short_weekday_off_verbs})[ \t]+" + _OBJ_POSSESSOR + r"$")
_OFF_AFTER = re.compile(r"(?i)[ \t]+off(?![\w'’-])(?![ \t]+(?:the|a|an|to|at|on|in|into|from|of|with)(?![\w'’]))")
# a clause's subject: opening its clause (a line, a turn, a sentence, or after "but", "if", "yes") before a predicate of
# the plan: "yes sat is on", "if wed is ok", "but sun is booked" (never "sun is out": no such predicate)
_SUBJ_OPENS = _re(r"(?i)(?:^|[\s,(])(?:{short_weekday_subject_opens})[ \t,]+$")
# (thirtieth session) "sat is jen's bday", "Wed is my mum's birthday", "also sat's her leaving do": "sat"/"wed" before a
# copula and a possessive (a determiner or a name's) is no verb ("sat is" cannot be "sit" in the past): the day
_SUBJ_POSSESSIVE = _re(r"(?i)(?:[ \t]+(?:{short_weekday_copulas})[ \t]+|['’]s[ \t]+)(?:{short_weekday_possessors}|[a-z]{2,16}['’]s)(?![\w'’])[ \t]+[a-z]")
_SUBJ_PREDICATE = _re(r"(?i)(?:[ \t]+|(?=['’]))(?:{short_weekday_subject_predicates})(?![\w'’])")
# an adjunct ending its clause after a progressive verb and at most four words: "I cooking pelau wed", "im working sun"
_ING_ADJUNCT = _re(r"(?i)(?<![\w'’])(?!(?:{short_weekday_ing_not_verbs})(?![\w'’]))[a-z]{2,14}ing(?:[ \t]+[a-z'’]{1,16}){0,4}?[ \t]+$")
_SUN_STAR_BEFORE = _re(r"(?i)(?<![\w'’])(?:{short_weekday_sun_star_before})[ \t]+$")
# "got the dentist wed at 10", "mon at 8 then?": "at" and an hour ending the phrase (not "we sat at 10 tables")
_AT_HOUR_ENDS = re.compile(r",?[ \t]+(?:at|@)[ \t]*[0-2]?\d(?:[:.][0-5]\d)?(?=[ \t]*(?:$|[,;:!?)\n]|\.(?!\d)|(?:then|pls|please|x|ok|tho)(?![\w'’])))")
_EVENT_VERB_BEFORE = _re(r"(?i)(?<![\w'’])(?:{short_weekday_event_verbs})[ \t]+$")
_ING_AFTER = _re(r"(?i)[ \t]+(?!(?:{short_weekday_ing_not_verbs})(?![\w'’]))[a-z]{2,14}ing(?![\w'’])")
_BETWEEN_HOURS = re.compile(r"(?i),?[ \t]+between[ \t]+(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?[ \t]+and[ \t]+(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?"
                            r"(?=[ \t]*(?:$|[,;:!?)\n]|\.(?!\d)|(?:for|then|pm|am|ish|pls|x|ok|if|so)(?![\w'’])))")
_APPT_BEFORE = _re(r"(?i)(?<![\w'’])(?:{got_appointments})[ \t]+$")
_SUN_NOT_FOLLOWED = frozenset(L["short_weekday_sun_not_followers"])
_EXCHANGE_VERBS = frozenset(L["short_weekday_exchange_verbs"])   # "swap sun with me", "swap sun and do the late"
_MON_ADDRESS = _re(r"(?i)(?<![\w'’])(?:{mon_address_before})[ \t,!]+$")
_PARTING_ENDS = _re(r"(?i)[ \t]+(?:{object_weekday_closers:bare})(?![\w'’])")


def _short_framed(text: str, start: int, end: int, low: str) -> bool:
    """(shortdays29) the frames of docs §98 around a lower-case short weekday that is also a word at ``start``-``end``."""
    lo = max(0, start - 48)
    ends = _PHRASE_ENDS.match(text, end) is not None
    sun = low in _NEVER_LOOSE_WD
    if low in _INTERJECTION_WD and ends and _MON_ADDRESS.search(text, max(0, start - 16), start):
        return False   # "alright mon", "ya mon, no problem"
    verb = (_OBJ_VERB_SUN_BEFORE if sun else _OBJ_VERB_BEFORE).search(text, lo, start)
    follows = _OBJ_FOLLOWER.match(text, end)
    if follows is not None and sun and follows.group().strip().lower() in _SUN_NOT_FOLLOWED \
            and not (verb is not None and verb.group().split()[0].lower() in _EXCHANGE_VERBS):
        follows = None   # "take sun and rain into account": "sun" joined to a noun, not a day
    if verb is not None and (ends or follows or _OFF_AFTER.match(text, end)):
        return True
    if _OFF_AFTER.match(text, end) and _OFF_VERB_BEFORE.search(text, lo, start):
        return True
    if (ends or _PARTING_ENDS.match(text, end)) and _PARTING_BEFORE.search(text, max(0, start - 24), start):
        return True
    if _SUBJ_PREDICATE.match(text, end) and (_TOPIC_OPENS.search(text, max(0, start - 40), start) or _SUBJ_OPENS.search(text, lo, start)):
        return True
    if ends and _ING_ADJUNCT.search(text, max(0, start - 96), start) and not (sun and _SUN_STAR_BEFORE.search(text, max(0, start - 12), start)):
        return True
    # "sat", "wed" only after an appointment's noun or opening the clause ("got the dentist wed at 10"; not "everyone sat at 10")
    # (from A) "theme drops wed", "the new season starts sun": a present verb of a scheduled event right before it
    if ends and _EVENT_VERB_BEFORE.search(text, max(0, start - 20), start):
        return True
    # (from A) "was off mon doing paperwork": a loose cue before it, an "-ing" clause after it
    if not sun and _LOOSE_BEFORE.search(text, max(0, start - 10), start) and _ING_AFTER.match(text, end):
        return True
    # (from A) "sat between 2 and 3 for the mice bit" (not "we sat between 2 and 3 hours": a noun after)
    if _BETWEEN_HOURS.match(text, end):
        return True
    return not sun and _AT_HOUR_ENDS.match(text, end) is not None and (
        low not in _VERB_WEEKDAYS or _APPT_BEFORE.search(text, max(0, start - 24), start) is not None
        or _TOPIC_OPENS.search(text, max(0, start - 40), start) is not None)


# (speed32) "(?<![\w])" before the short weekday and "(?![\w])" right after it say what every match has there (a
# blank or the match's start, which the rules' "(?<![\w])" reads, before it; after it a blank before the part of
# the day, the end the pattern asks for, an apostrophe of "'s"): the same matches, and reach.py reads the short
# name whole ("sat", not "saturday"): 0.064 -> 0.000 window characters per character of the news sample
@rule("short_weekday", r"(?:(?P<rel>{weekday_relations})\s+)?(?<![\w])(?P<wd>(?i:{short_weekdays}))(?![\w])(?:\s+(?P<pod>%s|(?i:{informal_day_parts})))?(?:(?![\w'’]|\.\w)|(?=['’]s[ \t]+(?i:{short_weekday_topic_judges})(?![\w'’])))" % POD, 15,
      triggers="weekday",
      examples=[
          ("2023-11-07", "working from home tmr and thu, not doing this again", "thu", "2023-11-09"),
          ("2021-10-29", "going back sun night with the housemates", "sun night", "2021-10-31TNI"),
          ("2024-03-14", "reminder quiz is next thu not wed", "next thu", "2024-03-21"),
          ("2022-10-19", "lab report is due fri not thurs!! they changed it", "thurs", "2022-10-20"),
          ("2024-10-14", "Re: budget - numbers by Thurs please", "Thurs", "2024-10-17"),
          ("2025-02-16", "cant do wed, got parents evening", "wed", "2025-02-19"),
          # (weekdays27) after an object pronoun under "ill", a modal or an imperative
          ("2025-03-03", "ill read it weds", "weds", "2025-03-05"),
          ("2025-03-06", "call me mon x", "mon", "2025-03-10"),
          # (shortdays29) a verb's object, "off", a parting, a clause's subject
          ("2026-02-02", "can I swap wed for something else?", "wed", "2026-02-04"),
          ("2026-02-02", "can I have wed off?", "wed", "2026-02-04"),
          ("2026-02-02", "thanks all, see yous sat!", "sat", "2026-02-07"),
          ("2026-02-02", "yes sun is on, 11-4", "sun", "2026-02-08"),
          # (weekof29) after a past "be" and a word of being somewhere
          ("2025-03-10", "I was in sat so can I have the morning off?", "sat", "2025-03-08"),
          ("2025-03-10", "we could go sat or the saturday after", "sat", "2025-03-15"),
          # (thirtieth session) a copula and a possessive after it
          ("2025-10-15", "8 is fine. also sat is jen's bday, drinks from 9", "sat", "2025-10-18"),
          ("2025-10-15", "Wed is my mum's birthday", "Wed", "2025-10-22"),
          ("2025-11-19", "come Sat we'll be sorted", "Sat", "2025-11-22"),
          ("2024-06-03", "See yous Sat! Bring a chair.", "Sat", "2024-06-08")])
def _short_weekday(m, text):
    if text[m.start() - 1:m.start()] == "#":
        return None   # (informal7) "#Sat": a hashtag
    if m.start() >= 2 and text[m.start() - 1] in "'’" and text[m.start() - 2].isalpha():
        return None   # (homographs27) the end of a word after its apostrophe: "c'mon", "c’mon"
    if text[m.end():m.end() + 1] == "-" and _COMPOUND_TAIL.match(text, m.end()) is not None:
        return None   # (posts32, §114) "sat-nav", "sat-phone": the first half of a compound noun
    wd = m["wd"]
    low = wd.lower()
    if low in _NEVER_LOOSE_WD and not m["rel"] and not m["pod"] and _STAR_VERB.match(text, m.end()):
        return None   # (recall24) "get home b4 sun goes down", "before sun sets": the sun in the sky
    if low in _NEVER_LOOSE_WD and not m["rel"] and not m["pod"] and _WEATHER_BEFORE.search(text, max(0, m.start() - 16), m.start()):
        return None   # (localhol32, §113) "come rain or sun": the star joined to the weather before it (not "sun and
        # ..." after it: at the merge that took a Sunday of a never-read set, found by rule name and value)
    if text[m.end():m.end() + 1] in ("'", "’") and not (_TOPIC_JUDGED.match(text, m.end()) and low not in _NEVER_LOOSE_WD and not m["rel"] and not m["pod"]
                                                   and _TOPIC_OPENS.search(text, max(0, m.start() - 40), m.start())):
        return None   # (recall23) "sat's no good" opening a turn only (not "sat's" elsewhere, not "sun's out")
    objected = not m["rel"] and (_PHRASE_ENDS.match(text, m.end()) is not None or _OBJECT_CLOSER.match(text, m.end()) is not None) \
        and _OBJECT_BEFORE.search(text, max(0, m.start() - _OBJECT_REACH), m.start()) is not None   # (weekdays27) "ill read it weds"
    # (shortdays29) "can I have wed off?", "I've got wed off": the day's object frame before the verb guards
    off_framed = low in _VERB_WEEKDAYS and wd.islower() and not m["rel"] and not m["pod"] and _OFF_AFTER.match(text, m.end()) is not None \
        and _OFF_VERB_BEFORE.search(text, max(0, m.start() - 48), m.start()) is not None
    was_in = not m["rel"] and (_PHRASE_ENDS.match(text, m.end()) is not None or _WAS_IN_CLOSER.match(text, m.end()) is not None) \
        and not re.match(r"[ \t]+[A-Z][a-z]", text[m.end():m.end() + 3]) \
        and _WAS_IN_BEFORE.search(text, max(0, m.start() - _WAS_IN_REACH), m.start()) is not None   # (weekof29) "I was in sat"
    alternative = not m["rel"] and not m["pod"] and _ALT_AFTER.match(text, m.end()) is not None   # (weekof29) "sat or the saturday after"
    objected = objected or was_in or alternative
    if low in _VERB_WEEKDAYS and not m["rel"] and _SHORT_SUBJECT.search(text, max(0, m.start() - 10), m.start()) \
            and not _SEE_YOU_BEFORE.search(text, max(0, m.start() - 10), m.start()) and not objected and not off_framed:
        return None   # (days) "I sat", "he weds his sweetheart", "was sat in traffic": the verb after its subject
    if _VERB_JOINED.search(text, max(0, m.start() - 24), m.start()):
        return None   # (days) "we sat and sun was out": joined to the verb "sat", not to a weekday
    if low in _VERB_WEEKDAYS and not m["rel"] and not m["pod"] and _VERB_WD_BEFORE.search(text, max(0, m.start() - 16), m.start()) and not off_framed:
        return None   # (homographs27) "got wed sat", "getting wed": the verb
    if low in _INTERJECTION_WD and not m["rel"] and not m["pod"] and _MON_INTERJECTION.search(text, max(0, m.start() - 16), m.start()) \
            and not _MON_DAY_AFTER.match(text, m.end()):
        return None   # (homographs27) "c'mon mon the hoops": the Scots "come on"
    # "thurs", "Tue": no English word; "by Thurs", "slides to Tue" (not "THU", not before a name)
    # ((days) the name after it on its line: "Biscuit – Mon, Wed, Fri\nOtis ..." has none)
    # ((aspect38, §153) the capital after it a weekday's, not a name's: "Hauling Mon Wed Fri only", "open Tue Thu Sat")
    bare_next = _BARE_LIST_AFTER.match(text, m.end()) is not None
    plain = low in _UNAMBIGUOUS_WD and not wd.isupper() and (bare_next or not re.match(r"[ \t]+[A-Z][a-z]", text[m.end():m.end() + 3]))
    after_clock = _SHORT_AFTER_CLOCK.search(text, max(0, m.start() - 12), m.start()) is not None \
        and not re.match(r"\s+[A-Z][a-z]", text[m.end():m.end() + 3])   # (not "at 3pm Sun Yat-sen spoke")
    joined = _SHORT_JOINED.search(text, max(0, m.start() - 14), m.start()) is not None
    item = _SHORT_LIST_ITEM.search(text, max(0, m.start() - 40), m.start())
    listed = item is not None and (_PHRASE_ENDS.match(text, m.end()) is not None or _EMOJI_END.match(text, m.end()) is not None
                                   or (not item["joint"] and _LIST_ITEM_GOES_ON.match(text, m.end()) is not None)) \
        and not (item["joint"] and (item["prev"].lower() in _VERB_WEEKDAYS or item["prev"].lower() == "sun")
                 and _SHORT_SUBJECT.search(text, max(0, item.start() - 10), item.start()) is not None)
    # ((days) "ran parkrun sat and a 20 miler sun"; not "we sat and soaked up the sun": "sat" after its subject)
    listed = listed or (not m["pod"] and _SHORT_LIST_NEXT.match(text, m.end()) is not None
                        and _SHORT_SUBJECT.search(text, max(0, m.start() - 10), m.start()) is None)
    day_lines = not m["rel"] and _LINE_HEAD.search(text, max(0, m.start() - 8), m.start()) is not None and (
        _DAY_LINE.search(text, max(0, m.start() - _DAY_LINES_REACH), max(0, m.start() - 1)) is not None
        or _DAY_LINE.search(text, m.end(), m.end() + _DAY_LINES_REACH) is not None)
    # (days) "Biscuit – Mon, Wed, Fri ... No walks Sat as I'm at a wedding": "Sat", "Wed", "Mon" in
    # title case where two other weekdays were named in the 120 characters before (not "SAT", not
    # "Sun", a name too often, nor before a name on its line)
    near_days = wd.istitle() and low not in _NEVER_LOOSE_WD and not re.match(r"[ \t]+[A-Z][a-z]", text[m.end():m.end() + 3]) \
        and len(_ANY_WEEKDAY.findall(text, max(0, m.start() - 120), m.start())) >= 2
    # ((theday36, §137) "are we racing thurs this time?": a day asked of an occasion; not "sat", "wed", "sun", words as often)
    occasion = not m["rel"] and low not in _VERB_WEEKDAYS and low not in _NEVER_LOOSE_WD and _OCCASION_AFTER.match(text, m.end()) is not None
    plain = plain or day_lines or joined or near_days or occasion
    # (weeks26) "nights fri sat sun", "earlies mon tues": an item of a list of days written with blanks only
    # ((aspect38, §153) in title case too where the run holds three weekdays or one that is no English word: "Mon Wed Fri",
    # "Tue Thu"; not "Sat Sun" alone, nor "Sun" before a name)
    plain = plain or ((wd.islower() or wd.istitle() and _bare_run_titled(text, m.start(), m.end())) and not m["rel"]
                      and (_BARE_LIST_BEFORE.search(text, max(0, m.start() - 12), m.start()) is not None or bare_next)
                      # ((shortdays29, from A) "shifts were mon tues and wed": only "sat", "wed", "sun" are verbs or nouns after a subject)
                      and not ((low in _VERB_WEEKDAYS or low in _NEVER_LOOSE_WD) and _SHORT_SUBJECT.search(text, max(0, m.start() - 10), m.start())))
    # (voices20) a weekday alone on its line over a log's line opened by its clock time ("sun" / "00:30 fed 20 mins"):
    # the log's heading, the day its entries are on
    plain = plain or (not m["rel"] and not m["pod"] and _log_heading(text, m.start(), m.end()))
    # (recall23) the weekday that opens a turn before its subject ("sat I'm at a wedding"), or judged ("sat's no good")
    greeted = _TOPIC_AFTER_GREETING.search(text, max(0, m.start() - 66), m.start()) is not None
    topic = not m["rel"] and not m["pod"] and not (wd.istitle() and low in _NEVER_LOOSE_WD) and (
        greeted or _TOPIC_OPENS.search(text, max(0, m.start() - 40), m.start()) is not None) and (
        (_TOPIC_AFTER.match(text, m.end()) is not None
         and not (low in _VERB_WEEKDAYS and _TOPIC_POSSESSIVE.match(text, m.end())))   # (homographs27) "sat my exam"
        or (not greeted and low not in _NEVER_LOOSE_WD and _TOPIC_JUDGED.match(text, m.end()) is not None))
    # (recall23) a rota's shift: "my sun late", "someone's sat early", "my late sat", "swap my sat late for sun early"
    shift = not m["rel"] and not m["pod"] and (
        (_SHIFT_AFTER.match(text, m.end()) is not None and (_SHIFT_OWNER.search(text, max(0, m.start() - 24), m.start()) is not None
                                                           or _SWAP_FOR.search(text, max(0, m.start() - 80), m.start()) is not None))
        or (low not in _NEVER_LOOSE_WD and _SHIFT_OWNER_BETWEEN.search(text, max(0, m.start() - 34), m.start()) is not None))
    plain = plain or topic or shift or (not m["rel"] and not m["pod"] and _short_hours_after(text, m.end()))
    # (homographs27) "sat at 3pm?", "Wed at 7pm then": opening its line or sentence, before "at" and a clock time
    plain = plain or (low in _VERB_WEEKDAYS and not m["rel"] and not m["pod"] and _VERB_WD_AT_CLOCK.match(text, m.end()) is not None
                      and _TOPIC_OPENS.search(text, max(0, m.start() - 40), m.start()) is not None)
    # (the lead, fortieth session, §195) "see you Sat at 7", "if you leave Sun at 5 you'll miss it": a weekday in title case
    # inside its sentence (not opening it, where "Sat at 7 and waited" is the verb), no subject before it, before "at" and
    # an hour (the verb "sat at" is written in lower case there; "the Sun at 7" has its article, below)
    plain = plain or (wd.istitle() and not m["rel"] and not m["pod"] and _TITLE_WD_AT_HOUR.match(text, m.end()) is not None
                      and _INSIDE_SENTENCE.search(text, max(0, m.start() - 3), m.start()) is not None
                      and (_SHORT_SUBJECT.search(text, max(0, m.start() - 10), m.start()) is None
                           or _SEE_YOU_BEFORE.search(text, max(0, m.start() - 12), m.start()) is not None))
    plain = plain or (not m["rel"] and _cued_range_after(text, m.start(), m.end()))   # (ranges23) "Mon drop-in 10-1"
    # (shortdays29) "swap wed for fri", "see yous mon", "sat is on", "have wed off", "I cooking pelau wed", "wed at 10"
    framed = wd.islower() and not m["rel"] and not m["pod"] and _short_framed(text, m.start(), m.end(), low)
    plain = plain or framed
    # (thirtieth session; the census's class 12) British "come Sat", "come fri we'll be sorted": the day when it comes (not
    # "sun": "come rain or sun")
    plain = plain or (not m["rel"] and low not in _NEVER_LOOSE_WD and _COME_BEFORE.search(text, max(0, m.start() - 8), m.start()) is not None)
    # (thirtieth session) "sat is jen's bday", "Sat is Jen's bday" (a phone's capital): a copula and a possessive after it
    plain = plain or (low in _VERB_WEEKDAYS and not m["rel"] and not m["pod"] and _SUBJ_POSSESSIVE.match(text, m.end()) is not None
                      and (_TOPIC_OPENS.search(text, max(0, m.start() - 40), m.start()) is not None
                           or _SUBJ_OPENS.search(text, max(0, m.start() - 48), m.start()) is not None))
    plain = plain or was_in or alternative   # (weekof29) "we were off Sat, back now": a past "be" of being somewhere before it
    plain = plain or _cued_range_before(text, m.start())   # (hours24) "closed 12-1 tues"
    # (rota37, §142) "rota below / Fri Noreen / Sat Ger / Sun Mary": heading an item of a list of days in order, before a
    # name or a task (no title, no verb "sat" there: each item of the run opens with a day)
    rota = _rota_run(text, m.start()) if not m["rel"] else None
    plain = plain or rota is not None
    # (listings) "Lost on Sat near the park", "Viewing on Wed, message first": in title case right after
    # "on" (no name after it on its line; not "Sun", a name too often)
    plain = plain or (wd.istitle() and low not in _NEVER_LOOSE_WD and _SHORT_ON.search(text, max(0, m.start() - 4), m.start()) is not None
                      and not re.match(r"[ \t]+[A-Z][a-z]", text[m.end():m.end() + 3]))
    plain = plain or (wd.istitle() and low not in _NEVER_LOOSE_WD and not m["rel"] and _PHRASE_ENDS.match(text, m.end()) is not None
                      and _SHORT_FOR_PLACES.search(text, max(0, m.start() - 24), m.start()) is not None)
    # (posts32, §114) "See you Sat!", "see ya Wed x": a parting's weekday in a phone's capital where the phrase ends (not "Sun")
    plain = plain or (wd.istitle() and not m["rel"] and not m["pod"] and low not in _NEVER_LOOSE_WD
                      and _PHRASE_ENDS.match(text, m.end()) is not None
                      and _SEE_YOU_BEFORE.search(text, max(0, m.start() - 12), m.start()) is not None)
    if wd[:1].isupper() and not plain and not (m["rel"] or m["pod"] or text[m.end():m.end() + 1] == "/" or text[m.start() - 1:m.start()] == "/"
                                               or (not wd.isupper() and (_SHORT_AFTER.match(text, m.end()) or after_clock))):
        # "SAT scores", "the SUN", "Sun Li-jen": an acronym, a title or a name ("Wed/Thu", "Mon -
        # chill games 7pm", "Fri 9am" are not)
        return None
    if _SHORT_ARTICLE.search(text, max(0, m.start() - 8), m.start()) and not objected:
        return None   # ((thirtieth session) not an object pronoun "her" after its verb: "seeing her thurs arvo")
    owned = low not in _NEVER_LOOSE_WD and wd.islower() and _SHORT_OWNED.search(text, max(0, m.start() - 8), m.start()) is not None
    if not (plain or after_clock or listed or owned or objected or m["rel"] or m["pod"] or _SHORT_BEFORE.search(text, max(0, m.start() - 14), m.start()) or _WD_COMING_GONE.match(text, m.end())
            # (voices19) "our usual thurs slot" (not "our usual sat nav", "the usual sun cream": a verb's or a noun's word)
            or (low not in _VERB_WEEKDAYS and low not in _NEVER_LOOSE_WD and _USUAL_BEFORE.search(text, max(0, m.start() - 24), m.start()))
            # (voices19) "a warning for tonight thru wed, 25cm": the end of a span where the phrase ends (not "through sun and rain")
            or (low not in _NEVER_LOOSE_WD and _THRU_BEFORE.search(text, max(0, m.start() - 10), m.start()) and _PHRASE_ENDS.match(text, m.end()))
            or _SHORT_AFTER.match(text, m.end())
            or (low not in _VERB_WEEKDAYS and _SHORT_AFTER_AT.match(text, m.end()))
            # "cant do wed, got parents evening", "i'm out sat, family bbq"
            or (low not in _NEVER_LOOSE_WD and wd.islower() and _PHRASE_ENDS.match(text, m.end())
                and _LOOSE_BEFORE.search(text, max(0, m.start() - 10), m.start()))):
        return None
    rel = " ".join((m["rel"] or "").lower().split())
    s0, past_prep = m.start(), _past_prep(text, m, rel)
    if past_prep:
        rel, s0 = "", m.start("wd")   # (voices19) "wont keep past thurs": the preposition, not "this past Thursday"
    pod = _INFORMAL_POD.get(m["pod"].lower()) or L["parts_of_day"][m["pod"].lower()] if m["pod"] else ""
    end = m.end()
    if not rel and not pod and (side := _WD_COMING_GONE.match(text, end)):
        rel, end = ("coming" if side["w"].lower() == "coming" else "last"), side.end()   # (informal6) "sat just gone"
    # "sat?", "thu works for me": a day proposed for a plan, one to come
    parting = not rel and _PARTING_BEFORE.search(text, max(0, m.start() - 24), m.start()) is not None
    plan = _SHORT_PLAN.match(text, m.end()) is not None or _WD_APART_CLOCK.match(text, m.end()) is not None or parting or topic or shift or past_prep or (not rel and _DEADLINE_BEFORE.search(text, max(0, m.start() - 24), m.start()) is not None)
    if not rel and pod and m["pod"].lower().endswith("s") and m["pod"].lower() in L["parts_of_day"]:
        # (informal6) "raids mon to wed nights": every such night, as "monday mornings"
        return Mention(s0, m.end(), "short_weekday", "fixed", dict(type="SET", value=f"XXXX-WXX-{L['short_weekdays'][wd.lower()]}T{pod}"), 15)
    if not rel and _habit(text, s0, m.end()):
        return Mention(s0, m.end(), "short_weekday", "fixed", dict(type="SET", value=f"XXXX-WXX-{L['short_weekdays'][wd.lower()]}" + (f"T{pod}" if pod else "")), 15)
    return Mention(s0, end, "short_weekday", "weekday",
                   dict(weekday=L["short_weekdays"][wd.lower()], rel=rel, pod=pod, mod="", possessive=False, plan=plan, short=True,
                        list_head=_list_head(text, m.start(), m.end()),
                        **({"rota": rota[0], "rota_item": rota[1:]} if rota is not None else {}),   # (rota37) see _rota_run
                        # ((values4) "nights tues-thurs next week": the first of a range whose last names the week, that week's)
                        **({"week_offset": _MONTH_SHIFT[wk["rel"].lower()]} if not rel and not pod and (wk := _RANGE_WEEK_AFTER.match(text, m.end()) or _LIST_WEEK_AFTER.match(text, m.end())) else {}),
                        # ((tweets) "is mon not wed": the two are alternatives, each the next one; "mon and wed" a list in order)
                        **({"joined": True} if joined and not rel and not _NOT_JOINED.search(text, max(0, m.start() - 6), m.start()) else {}),
                        **({"log_head": True} if not rel and _log_head(text, m.start(), end) else {}),   # (left19) "Sun: unpacked"
                        # ((theday36, §137) "are the vets racing sat or sun this time?": the occasion's days)
                        **({"occasion": True} if not rel and _OCCASION_AFTER.match(text, end) else {}),
                        # ((voices19) "warning up for tonight thru wed": a span from now ends on a day to come, whatever the verb)
                        **({"ready": True} if not rel and (parting or _READY_BEFORE.search(text, max(0, m.start() - 20), m.start())
                                                           or _THRU_FROM_NOW.search(text, max(0, m.start() - 36), m.start())) else {})), 15)


# (speed15) Cheap exact checks before the builders' searches for a pattern that must end right before a word
# (``$`` after white space): every match of such a pattern ends with one of a few characters, then only white
# space (``\s``, which is ``str.isspace``: ``rstrip`` strips exactly it) up to the word. ``_last_before`` gives
# the last character before ``start`` that is not white space, read within ``_LAST_REACH`` characters (every
# such search reads no further back; "" where there is none, and then none of them can match); a gate lets the
# search run when that character is in the pattern's set or is not ASCII (a letter beyond ASCII may fold to one
# of the set under IGNORECASE: "ſ" is an "s"). The ASCII letters of a set stand in both cases.
_LAST_REACH = 64


def _last_before(text: str, start: int) -> str:
    return text[max(0, start - _LAST_REACH):start].rstrip()[-1:]


def _ends(*parts) -> frozenset:
    """The characters a gate lets through (each letter in both cases); "" never."""
    chars = set("".join(parts))
    if not all(c.isascii() or c in "–" for c in chars):
        raise ValueError("a gate's characters are ASCII (or the en dash)")
    return frozenset(chars | {c.upper() for c in chars} | {c.lower() for c in chars})


_DIGITS = "0123456789"
_END_DASH = _ends("-–")                                   # ... "[-–]\s*$"
_END_RANGE = _ends("-–", "olu" "h")                       # ... "(?:[-–]|\s(?:to|till|til|thru|through))\s*$"
_END_HOURS = _ends(_DIGITS, "m.,")                        # _HOURS_RANGE_BEFORE: a digit, "am"/"pm", its dot, a comma
_END_USUAL = _ends("lr")                                  # _USUAL_BEFORE: "usual", "normal", "regular"
_END_HOURS_DAY = _ends(_DIGITS, *(w[-1] for w in L["weekday_relations"] + L["range_day_prepositions"]))   # _CUED_RANGE_BEFORE, _BARE_RANGE_BEFORE
_END_S = _ends("s")                                       # _NOUN_IS_BEFORE: "'s"
_END_THE = _ends("e")                                     # _THE_WEEKDAY
_END_WEEK = _ends("k,")                                   # _AFTER_WEEK_NAMED: "week", "wk", a comma
_END_GENERIC = _ends(*(w[-1] for w in L["habit_generic"]))   # _HABIT_GENERIC: "on a"


def _gate(c: str, chars: frozenset) -> bool:
    """Whether a search whose matches end with a character of ``chars`` (then white space) may match, the
    last character before the word being ``c`` (``_last_before``)."""
    return c in chars or not c.isascii()


def _words_needles(phrases) -> tuple | None:
    """(speed15) Words one of which every match of a case-blind pattern spelling ``phrases`` holds (each phrase
    literal, white space between its words): a word of four letters or more shared by the most phrases (as a
    part: "week" is in "weeks"), then by the next most, until each phrase has one; a phrase with no such word
    gives its longest. Lower case; None (no check) where one is not ASCII."""
    words = [w.lower().split() for w in phrases]
    if not all(words):
        return None
    left = list(range(len(words)))
    out = []
    while left:
        cands = {x for k in left for x in words[k] if len(x) >= 4} or {max(words[k], key=len) for k in left}
        best = max(sorted(cands), key=lambda n: (sum(any(n in x for x in words[k]) for k in left), len(n)))
        if not any(any(best in x for x in words[k]) for k in left):
            best = max(words[left[0]], key=len)
        out.append(best)
        left = [k for k in left if not any(best in x for x in words[k])]
    return tuple(out) if all(n.isascii() for n in out) else None


_HABIT_GENERIC = _re(r"(?i)\b(?:{habit_generic})\s+$")
# (voices19) a weekday after a possessive or "the" and "usual", "regular", "normal": the one it is every week
_THRU_FROM_NOW = re.compile(r"(?i)(?<![\w'’])(?:tonight|today|tomorrow|tmrw|tmr|now|this[ \t]+(?:morning|afternoon|evening))"
                            r"[ \t]+(?:thru|through|till|until|to)[ \t]+$")
_THRU_BEFORE = re.compile(r"(?i)(?<![\w'’])(?:thru|through)[ \t]+$")
_USUAL_BEFORE = re.compile(r"(?i)(?<![\w'’])(?:our|my|your|his|her|their|the)[ \t]+(?:usual|regular|normal)[ \t]+$")
_RANGE_PLURAL_POD = _re(r"(?i)\s*(?:[-–]|\s(?:to|till|til|thru|through))\s*(?:{short_weekdays}|%s)\s+(?:mornings|afternoons|evenings|nights)\b" % WEEKDAY)
def _names_a_holiday(words: list[str]) -> bool:
    """(lead, thirty-third session) Whether the day a weekday "is" is a holiday, one day of the year, not a routine's
    ("Remember Monday is also Republic Day", "Tuesday is pancake day this year"): the word before "day" written with a
    capital (a name), or the words a holiday's name."""
    if len(words) >= 2 and words[-2][:1].isupper():
        return True
    return " ".join(words).lower() in _HOLIDAYS or " ".join(words[-2:]).lower() in _HOLIDAYS


_NAMED_DAY_AFTER = re.compile(r"\s+(?:is|=)\s+(?!(?:the|a|an|my|our|your|his|her|their|this|that|not)\b)(?:[a-z][\w'’-]*\s+){1,2}(?:day|night|nite)\b", re.I)
# (blank runs bounded: "tues 7" before 8,000 blanks tried every split of them, quadratic)
_HOURS_RANGE = r"\d{1,2}(?:[.:]\d\d)?\s{0,4}(?:[ap]\.?m\.?)?\s{0,4}[-–]\s*\d{1,2}(?![\d/])"
_HOURS_RANGE_AFTER = re.compile(r"(?i),?\s+" + _HOURS_RANGE)
_HOURS_RIGHT_AFTER = re.compile(r"(?i)[ \t]+" + _HOURS_RANGE + r"(?:[ \t]{0,4}[ap]\.?m\.?)?[ \t]+")   # (left18) "Weds 6-7pm as usual"
_ON_BEFORE = re.compile(r"(?i)(?<![\w'’])on[ \t]+$")
_WEEKDAY_DASH_BEFORE = _re(r"(?i)(?<![\w'’])(?:{short_weekdays}|%s)\.?\s*[-–]\s*$" % WEEKDAY)
_WEEKDAY_DASH_AFTER = _re(r"(?i)\.?\s*[-–]\s*(?:{short_weekdays}|%s)\.?,?\s+%s" % (WEEKDAY, _HOURS_RANGE))
# (days) a range of weekdays after a verb of hours kept ("open mon-fri", "closed Sat-Sun")
_NOT_RANGE_VERB = r"(?<!off\s)(?<!at\s)(?<!from\s)(?<!after\s)(?<!before\s)(?<!to\s)"   # "off work mon-wed": a noun
_RANGE_VERB_BEFORE = _re(r"(?i)(?<![\w'’])%s(?:{habit_range_verbs})\s+(?:on\s+)?$" % _NOT_RANGE_VERB)
_WEEKDAY_RANGE_AFTER = _re(r"(?i)\.?\s*(?:[-–]|\s(?:to|till|til|thru|through))\s*(?:{short_weekdays}|%s)\.?(?![\w'’])" % WEEKDAY)
# (left18) or a list of weekdays after such a verb ("open Tues and Thurs", "we're closed Mon & Tue", "I work mon, wed and
# fri"): every such day, as the range is (a verb in the present of the hours kept, not a modal's offer: "I can work ...")
_LIST_VERB_BEFORE = _re(r"(?i)(?<![\w'’])%s(?:{habit_range_verbs})\s+(?:on\s+)?(?:(?:{short_weekdays}|%s)\.?\s*(?:,|/|\+|&|and)\s*){0,4}$" % (_NOT_RANGE_VERB, WEEKDAY))
# ((aspect38, §153) or blanks alone between weekdays in title case, a schedule's run: "We're open Mon Wed Fri"; not a
# chat's lower case "work sat sun", one weekend's as often: ``_bare_run_titled``)
_LIST_VERB_BEFORE_BLANK = _re(r"(?i)(?<![\w'’])%s(?:{habit_range_verbs})\s+(?:on\s+)?(?:(?:{short_weekdays}|%s)\.?(?:\s*(?:,|/|\+|&|and)\s*|[ \t]{1,3})){0,4}$" % (_NOT_RANGE_VERB, WEEKDAY))
# (aspect38, §153) the verb of hours kept in a past form of its clause ("the road was closed Wednesday and Thursday",
# "we were shut Mon-Wed with the snow", "it had been closed Mon & Tue"): one occasion's days, not a standing
# arrangement (lexicon aspect_past_auxiliaries; read back at most 20 characters from the verb: the auxiliary and one
# adverb)
_ASPECT_PAST_AUX = _re(r"(?i)(?<![\w'’])(?:{aspect_past_auxiliaries})[ \t]{1,3}(?:(?:{aspect_aux_adverbs})[ \t]{1,3})?$")
_PAST_AUX_REACH = 20


def _past_aux(text: str, verb_start: int) -> bool:
    """Whether the verb of hours kept at ``verb_start`` follows a past auxiliary ("was closed", "were shut")."""
    return _ASPECT_PAST_AUX.search(text, max(0, verb_start - _PAST_AUX_REACH), verb_start) is not None
_WEEKDAY_LIST_AFTER = _re(r"(?i)\.?\s*(?:,|/|\+|&|and)\s*(?:{short_weekdays}|%s)(?![\w'’])" % WEEKDAY)
_WEEKDAY_LIST_BEFORE = _re(r"(?i)(?<![\w'’])(?:{short_weekdays}|%s)\.?\s*(?:,|/|\+|&|and)\s*$" % WEEKDAY)
# (thirtieth session) a list of weekdays after a verb of a state of closing, then a reason ("Tokyo is closed Wednesday
# and Thursday for the New Year holiday", "we're closed Mon & Tue due to staff training"): one occasion's days, as a
# notice's single "Pool closed Monday for a deep clean" is (lexicon notice_states, notice_reasons); not a reason that is
# a period ("closed Mon & Tue for the winter": lexicon notice_period_objects, the standing hours of that period)
_LIST_CLOSED_VERB = _re(r"(?i)(?<![\w'’])(?:{notice_states})(?![\w'’])")
_LIST_REASON_AFTER = _re(r"(?i)(?:\.?[ \t]{0,3}(?:,|/|\+|&|and)[ \t]{0,3}(?:{short_weekdays}|%s)\.?){0,4},?[ \t]{1,3}(?:{notice_reasons})"
                         r"(?![\w'’])(?![ \t]{1,3}(?:the[ \t]{1,3})?(?:{notice_period_objects})(?![\w'’]))" % WEEKDAY)
_WEEKDAY_RANGE_VERB_BEFORE = _re(r"(?i)(?<![\w'’])%s(?:{habit_range_verbs})\s+(?:on\s+)?(?:{short_weekdays}|%s)\.?\s*(?:[-–]|\s(?:to|till|til|thru|through))\s*$" % (_NOT_RANGE_VERB, WEEKDAY))
# (values4, eighteenth session) or after such a verb (or "do") and a plural shift or part of the day: "I work nights
# mon-thurs", "i do nights mon-thurs", "Available mornings Mon-Fri": the shifts kept, every such day; not after a
# modal ("I can do nights mon-wed": an offer of one week's days)
_SHIFT_VERB = r"(?<![\w'’])(?:{habit_range_verbs}|{habit_shift_verbs})\s+(?:{habit_shift_nouns})\s+(?:on\s+)?"
_SHIFT_RANGE_BEFORE = _re(r"(?i)" + _SHIFT_VERB + "$")
_SHIFT_WEEKDAY_RANGE_BEFORE = _re(r"(?i)" + _SHIFT_VERB + r"(?:{short_weekdays}|%s)\.?\s*(?:[-–]|\s(?:to|till|til|thru|through))\s*$" % WEEKDAY)
_SHIFT_MODAL = _re(r"(?i)(?<![\w'’])(?:{modal_markers}|could|will|would|'ll|’ll)\s+(?:\w+\s+)?$")
_SHIFT_REACH = 48   # characters before the first weekday read for the verb and its shift ("works evenings and weekends" is not one)


def _shift_range(text: str, start: int, end: int, last: str | None = None) -> bool:
    """Whether the weekday text[start:end] is an end of a range of weekdays after a verb of hours kept and a
    plural shift ("I work nights mon-thurs"): every such day, unless said with a modal ("I can do nights mon-wed")."""
    m = None
    if _WEEKDAY_RANGE_AFTER.match(text, end):
        m = _SHIFT_RANGE_BEFORE.search(text, max(0, start - _SHIFT_REACH), start)
    if m is None and _gate(_last_before(text, start) if last is None else last, _END_RANGE):
        m = _SHIFT_WEEKDAY_RANGE_BEFORE.search(text, max(0, start - _SHIFT_REACH - 12), start)
    return m is not None and not _SHIFT_MODAL.search(text, max(0, m.start() - 16), m.start())


_HOURS_RANGE_BEFORE = re.compile(r"(?i)" + _HOURS_RANGE + r"\s*(?:[ap]\.?m\.?)?,?\s+$")
_HOURS_WEEKDAY_RANGE_BEFORE = _re(r"(?i)" + _HOURS_RANGE + r"\s*(?:[ap]\.?m\.?)?,?\s+(?:{short_weekdays}|%s)\.?\s*[-–]\s*$" % WEEKDAY)
# ((values4, eighteenth session) not a week a habit starts from: "we're back to Tues & Thurs evenings from next week",
# "as of next week the gym is open mon-fri 6am-10pm" name every such day from then on; lexicon habit_start_words)
_NOT_HABIT_START = "".join(r"(?<!%s\s)" % re.escape(w) for w in L["habit_start_words"])
_ONE_WEEK = _re(r"(?i)\b%s(?:this|next|last|that)\s+(?:week|wk)\b|\b(?:tomorrow|tmrw|today|tonight)\b" % _NOT_HABIT_START)
_HABIT_REACH = 60   # characters of the weekday's line around it read for how often (informal6)
_HABIT_HOW_OFTEN = _re(r"(?i)(?<![\w'’])(?:{habit_how_often})(?![\w'’])")
_HABIT_AS_USUAL = _re(r"(?i)(?<![\w'’])(?:{habit_as_usual})(?![\w'’])")
_HABIT_EXAMPLE = _re(r"(?i)(?<![\w'’])(?:{habit_example_words})(?![\w'’])")   # (howto) "e.g. Mon, Wed and Fri"
# (speed15) what every match of each holds (``_words_needles``): the line is searched only where one is there
_HOW_OFTEN_NEEDLES = _words_needles(L["habit_how_often"])
_AS_USUAL_NEEDLES = _words_needles(L["habit_as_usual"])
_EXAMPLE_NEEDLES = _words_needles(L["habit_example_words"])
_WEEKDAY_LIST = _re(r"(?i)(?<![\w'’])(?:{short_weekdays}|%s)\.?\s*(?:,|/|\+|&|and)\s*(?:{short_weekdays}|%s)(?![\w'’])" % (WEEKDAY, WEEKDAY))
_HABIT_NOT_AFTER = re.compile(r",?\s+(?:\d|[A-Za-z]+\s+\d)")
_CLAUSE_WORDS = re.compile(r"[A-Za-z]+(?=[^.!?,;\n]*$)")
_PAST_WORDS = frozenset(L["past_markers"])


def _habit(text: str, start: int, end: int) -> bool:
    """Whether a single weekday is a habit, every such day: British generic "on a" in a clause
    with no past form ("we swim on a tuesday", "it's always busy on a saturday"), not one day
    told in the past ("queued for 30min on a friday lunchtime") or with its date ("on a Sunday
    in 1945"); (informal6) a weekday said with how often in its line ("sleeping in the day mon
    to thurs some weeks", "we usually meet Tuesday"), or in a list of weekdays "as usual"
    ("walks Mon, Wed and Fri as usual"; "see you Friday as usual" is one Friday); a range of
    weekdays with a range of hours, opening hours ("open mon-fri 9-5", "Mon–Sat 10am–6pm").
    (speed15) Each search that must end right before the weekday is made only where the character before it
    (``_last_before``) can end one of its matches; the line's search for a word only where the word is there."""
    c = _last_before(text, start)
    if _gate(c, _END_USUAL) and _USUAL_BEFORE.search(text, max(0, start - 24), start):
        return True   # (voices19) "our usual saturday slot", "my regular Tuesday lesson": the day it is every week
    if (_HOURS_RANGE_AFTER.match(text, end) and _WEEKDAY_DASH_BEFORE.search(text, max(0, start - 12), start)
            or _WEEKDAY_DASH_AFTER.match(text, end)) and not _schedule_one_off(text, start, end):
        return True   # ((listings) not "I'm on Mon-Wed 9-5 next week": one week's days)
    if (nd := _NAMED_DAY_AFTER.match(text, end)) is not None and not _names_a_holiday(nd.group().split()[1:]):
        return True   # "Wednesday is bin day", "friday is pizza night": every such day
    if ((_WEEKDAY_RANGE_AFTER.match(text, end) and _gate(c, _END_HOURS) and _HOURS_RANGE_BEFORE.search(text, max(0, start - 30), start))
            or _gate(c, _END_DASH) and _HOURS_WEEKDAY_RANGE_BEFORE.search(text, max(0, start - 44), start)) \
            and not _schedule_one_off(text, start, end):
        return True   # (days) "open 8am-4pm Mon-Sat": a range of hours, then a range of weekdays
    if ((rv := _WEEKDAY_RANGE_AFTER.match(text, end) and _RANGE_VERB_BEFORE.search(text, max(0, start - 24), start))
            or _gate(c, _END_RANGE) and (rv := _WEEKDAY_RANGE_VERB_BEFORE.search(text, max(0, start - 40), start))) \
            and not _ONE_WEEK.search(text, max(0, start - _HABIT_REACH), min(len(text), end + _HABIT_REACH)) \
            and not _past_aux(text, rv.start()):
        return True   # (days) "open mon-fri", "I work Mon to Fri": the hours kept, every such day (aspect38: not "was shut Mon-Wed")
    titled = text[start:end].istitle() and _bare_run_titled(text, start, end)   # (aspect38) "open Mon Wed Fri"
    if (_WEEKDAY_LIST_AFTER.match(text, end) or _WEEKDAY_LIST_BEFORE.search(text, max(0, start - 20), start)
            or titled and (_BARE_LIST_AFTER.match(text, end) or _BARE_LIST_BEFORE.search(text, max(0, start - 12), start))) \
            and (lv := _LIST_VERB_BEFORE.search(text, max(0, start - 64), start)
                 or (_LIST_VERB_BEFORE_BLANK.search(text, max(0, start - 64), start) if titled else None)) is not None \
            and not _SHIFT_MODAL.search(text, max(0, lv.start() - 16), lv.start()) \
            and not _past_aux(text, lv.start()) \
            and not _ONE_WEEK.search(text, max(0, start - _HABIT_REACH), min(len(text), end + _HABIT_REACH)) \
            and not (_LIST_CLOSED_VERB.search(lv.group()) and _LIST_REASON_AFTER.match(text, end)):
        return True   # (left18) "open Tues and Thurs", "I work mon, wed and fri": every such day
    if _shift_range(text, start, end, c) and not _ONE_WEEK.search(text, max(0, start - _HABIT_REACH), min(len(text), end + _HABIT_REACH)):
        return True   # (values4) "I work nights mon-thurs", "Available mornings Mon-Fri": every such day
    if _RANGE_PLURAL_POD.match(text, end):
        return True   # "raids mon to wed nights": every Monday night too
    if (hr := _HOURS_RIGHT_AFTER.match(text, end)) is not None and not _ON_BEFORE.search(text, max(0, start - 4), start):
        # (left18) one weekday with its hours, then "as usual" ("Training Weds 6-7pm as usual"): every such day (not
        # "Open as usual on Saturday, 10-4": this Saturday open as on others)
        le = text.find("\n", hr.end(), hr.end() + _HABIT_REACH)
        after = text[hr.end(): hr.end() + _HABIT_REACH if le < 0 else le]
        if _HABIT_AS_USUAL.match(after) and not _ONE_WEEK.search(text, max(0, start - _HABIT_REACH), hr.end() + len(after)):
            return True
    if _HABIT_NOT_AFTER.match(text, end):
        return False
    if not (_gate(c, _END_GENERIC) and _HABIT_GENERIC.search(text, max(0, start - 6), start)):
        ls, le = text.rfind("\n", max(0, start - _HABIT_REACH), start) + 1, text.find("\n", end, end + _HABIT_REACH)
        line = text[max(ls, start - _HABIT_REACH): end + _HABIT_REACH if le < 0 else le]
        if not (may_hold(line, 0, len(line), _HOW_OFTEN_NEEDLES) and _HABIT_HOW_OFTEN.search(line)
                or (may_hold(line, 0, len(line), _AS_USUAL_NEEDLES) and _HABIT_AS_USUAL.search(line)
                    or may_hold(line, 0, len(line), _EXAMPLE_NEEDLES) and _HABIT_EXAMPLE.search(line) and not _ONE_WEEK.search(line))
                and _WEEKDAY_LIST.search(text, max(0, start - 24), end + 24)):
            return False
    words = _CLAUSE_WORDS.findall(text, max(0, start - 50), start)
    return not any(w.lower() in _PAST_WORDS or (len(w) > 4 and w.lower().endswith("ed")) for w in words)


_ANSWER = re.compile(r"\?[^\w\n]{0,6}(?:\n[^\n:]{1,30}:)?[ \t]*$")


def _answer(text: str, start: int) -> bool:
    """Whether a weekday opens the answer to a question ("Next flight? Sunday arvo.", "when's
    the match?\nSam: Saturday"): a verb-less answer names a day to come."""
    return _ANSWER.search(text, max(0, start - 48), start) is not None


_LINE_HEAD = re.compile(r"(?:^|\n)[ \t*•·-]*$")
_HEAD_MARK = re.compile(r"[ \t]*(?:[:–—]|-\s)")


def _list_head(text: str, start: int, end: int) -> bool:
    """Whether a weekday heads a line of a list ("mon: rest", "wed - intervals"): a log's or a
    schedule's entry, whose side of the day of writing the list tells, not the words."""
    return _HEAD_MARK.match(text, end) is not None and _LINE_HEAD.search(text, max(0, start - 8), start) is not None


# "finished in 2:07:41", "10k in 52:30": a race time, a length of hours, minutes and seconds.
# Only after a word that introduces a length ("in", "of", "clocked"...); after "is"/"was" only
# with three parts (two could be a score).
_CLOCK_LENGTH_BEFORE = _re(r"(?i)\b({clock_length_cues})\s+$")
_CLOCK_LENGTH_VERBS = set(L["clock_length_verbs"])   # "is 1:49:12" yes, "was 24:12" (two parts) no


_CLOCK_AT_BEFORE = re.compile(r"(?i)(?:\b(?:at|from|until|till|til|by|since|before|after)|@)\s*$")


@rule("clock_duration", r"(?<![\d:.])(?P<a>\d{1,2}):(?P<b>[0-5]\d)(?::(?P<c>[0-5]\d))?(?![\d:]|\s*(?:%s))" % AMPM, 22, triggers="colon",
      examples=[
          ("2025-06-20", "Kiprop won the race in 2:07:41, a course record.", "2:07:41", "PT2H7M41S"),
          ("2025-06-20", "10k in 52:30 this morning", "52:30", "PT52M30S")])
def _clock_duration(m, text):
    a, b, c = int(m["a"]), int(m["b"]), m["c"]
    cue = _CLOCK_LENGTH_BEFORE.search(text, max(0, m.start() - 16), m.start())
    if cue is None and c is not None and len(m["a"]) == 1 and a >= 1 \
            and not _CLOCK_AT_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        pass   # (tweets) "HALFWAY (1:52:10)", "DONE. 3:58:22. SUB 4!": hours, minutes and seconds standing alone, a length
    elif cue is None or (c is None and cue.group(1).lower() in _CLOCK_LENGTH_VERBS):
        return None  # "at 10:30": a time of day; "the score was 24:12": a score, not a length
    if c is not None:
        value = f"PT{a}H{b}M{int(c)}S"
    else:
        value = f"PT{a}M{b}S"
    what = "hours:minutes:seconds" if c is not None else "minutes:seconds"
    return M(m, "clock_duration", "fixed", type="DURATION", value=value,
             note=f"a length written as a clock, {what}: {value} (rule clock_duration)")


# (values, fifteenth session) "on Friday, 2pm", "Harvest assembly: Friday 3 October, 9.10am", "The final is
# Saturday, 21:00 CEST": a day and a clock time set off by a comma in running text are two expressions, the day's
# DATE and the time on that day, as every informal gold writes them (26 such pairs in the readable sets, none
# joined); only a stamp is one TIME: the day and its time alone on their line or after a separator or a word of
# posting ("New voicemail · Kwik Motors · 27 Feb, 16:52", "Posted Yesterday, 18:55 by wren", "Today, 12:30 pm"),
# with nothing after them on the line but a separator or "by"
_COMMA_STAMP_BEFORE = re.compile(r"(?i)(?:^|[·|•»\[(—–-]|(?<![\w'’])(?:%s):?)[ \t]*$" % alternation(
    sorted(set(L["post_stamp_words"]) | set(L["review_stamp_words"]), key=len, reverse=True)))
_COMMA_STAMP_WEEKDAY = _re(r"(?:%s|(?i:{short_weekdays}))\.?,?[ \t]*$" % WEEKDAY)   # "· Fri 29 May, 7:58 am"
_COMMA_STAMP_AFTER = re.compile(r"(?i)[ \t]*(?:$|[·|•»\])—–-]|by\s)")


def _comma_apart(m, text: str) -> bool:
    """True when the match ``m`` of a day and a clock time joins them across a comma in running text (two
    expressions there), False when there is no comma between them or they are a stamp."""
    if "," not in m.group(0):
        return False
    return not _stamp_like(m, text)


def _stamp_like(m, text: str) -> bool:
    """True when the match ``m`` of a day and a clock time stands as a stamp: alone on its line, or after a stamp's
    separator or word and before the line's end or a separator ("Today 8:46 AM", "· Fri 29 May, 7:58 am")."""
    ls = start_of_line(text, m.start())
    le = next_newline(text, m.end())
    le = len(text) if le < 0 else le
    before = text[ls:m.start()]
    wd = _COMMA_STAMP_WEEKDAY.search(before)
    if wd is not None:
        before = before[:wd.start()]
    return bool(_COMMA_STAMP_BEFORE.search(before) and _COMMA_STAMP_AFTER.match(text[m.end():le]))


# "8 Nov 11pm", "14 Jun 0945am", "Nov 8, 7.30pm", "9 Nov 06:45": a day and the time on it, as a
# live blog or a wire timeline writes them; one expression, the time on that day
_CLOCK_PART = r"(?P<h>[0-2]?\d)(?:(?:[:.]?(?P<mi>[0-5]\d))?\s*(?P<ap>%s)|[:.h](?P<mi24>[0-5]\d)(?![\d:]))" % AMPM


_DS_RANGE_BEFORE = _re(r"\d{ordinal_suffixes:cs}?[ \t]{0,2}[-–—][ \t]{0,2}\Z")   # bounded: the 8 characters before the day


# (stamps24) also with a weekday written short before the day ("Sat 14 Mar 08:12", "Tue 16 Sep 10:02", a chat's stamp):
# one expression, where before the weekday was left out or tagged alone as the coming one
@rule("date_clock", r"(?:(?<![\w'’])(?i:{weekday_word_stems:bare})[a-z]{0,6}\.?,?[ \t]+)?(?:(?P<d1>[0-3]?\d)\s+(?P<mon1>%s)|(?P<mon2>%s)\s+(?P<d2>[0-3]?\d))(?:{ordinal_suffixes:cs})?,?[ \t]+%s(?P<tz>%s)?" % (MONTH, MONTH, _CLOCK_PART, TZ), 30, triggers="month", trail=(r"\.?(?:{ordinal_suffixes:cs})?,?[ \t]+\d", 64),
      examples=[
          ("2022-11-09", "8 Nov 11pm — Polls have now closed in 45 states.", "8 Nov 11pm", "2022-11-08T23:00"),
          ("2019-06-14", "Updated 14 Jun 0945am: the road has reopened.", "14 Jun 0945am", "2019-06-14T09:45"),
          ("2025-09-23", "Tue 16 Sep 10:02 Jo: the man came round this morning", "Tue 16 Sep 10:02", "2025-09-16T10:02")])
def _date_clock(m, text):
    h = int(m["h"])
    mi = int(m["mi"] or m["mi24"] or 0)
    if m["ap"]:
        if not 1 <= h <= 12:
            return None
        h = (h % 12) + (12 if m["ap"][0].lower() == "p" else 0)
    elif h > 23:
        return None
    day = int(m["d1"] or m["d2"])
    if not 1 <= day <= 31:
        return None
    dref = {"month": month_num(m["mon1"] or m["mon2"]), "day": day}
    if m["d1"] and m.start() == m.start("d1") and _DS_RANGE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return None   # (ranges35, §133) "8-12 July, 9am-3pm": the hours of every day of the run, not of its last (rule day_span)
    if _comma_apart(m, text):
        # (values) "Friday 3 October, 9.10am" in running text: the time alone, on its day (the date is the day rules')
        return Mention(m.start("h"), m.end(), "date_clock", "time", dict(hour=h, minute=mi, dref=dref), 30)
    return M(m, "date_clock", "time", hour=h, minute=mi, dref=dref)


# "since sept", "in oct", "back in march", "end of jan": a month written short or in lower case
# alone, only after a cue that takes a month; "may", "march", "august" (also words) only after
# a stricter one ("in may", "since march" yes; "by may", "at this march" no); "Jan", also a first name, only where the phrase
# ends ("since Jan." yes, "since Jan left" no).
_INFORMAL_MONTH_CUE = _re(r"(?i)(?:^|[^\w'’])(?:{informal_month_cues})\s+$")
_INFORMAL_AMBIGUOUS_CUE = _re(r"(?i)(?:^|[^\w'’])(?:{informal_ambiguous_month_cues})\s+$")
_NAME_MONTHS = frozenset(L["name_months"])
_FORWARD_TO = re.compile(r"(?i)(?<![\w'’])(?:look|looks|looking)\s+forward\s+to\s+$")
_AMBIG_END_CUE = _re(r"(?i)(?:^|[^\w'’])(?P<w>{ambiguous_month_end_cues})\s+$")
_NOUN_MONTHS = frozenset(L["noun_months"])
_NOUN_MONTH_NOT_AFTER = frozenset(L["noun_month_not_after"])
_CALENDAR_NOUN_AFTER = _re(r"(?i)[ \t]+(?:{month_calendar_nouns})(?![\w'’])")
# (homographs27, from A) a month range's first end ("may to september", "march - october"; not "i may to be honest"), and a
# month after "it's" where the phrase ends or a word of month_copula_followers goes on ("it's may and ..."), not after a
# greeting ("hi it's june": a person). Bounded: 24 characters before the month.
_MONTH_RANGE_AFTER = re.compile(r"(?i)[ \t]*(?:[-–]|[ \t](?:to|till|til|until|thru|through)[ \t])[ \t]*(?:%s)(?![\w'’])" % alternation(L["months"]))
_COPULA_MONTH_BEFORE = _re(r"(?i)(?<![\w'’])(?:{month_copula_cues})[ \t]+$")
_COPULA_MONTH_AFTER = _re(r"(?i)\s*(?:$|[,;:!?)\]\n\u2600-\u27bf\U0001f000-\U0001faff]|\.(?!\w))|[ \t]+(?:{month_copula_followers})(?![\w'’])")
_COPULA_GREETING = _re(r"(?i)(?<![\w'’])(?:{copula_month_not_after})[ \t,!]+(?:{month_copula_cues})[ \t]+$")


def _copula_month(text: str, start: int, end: int) -> bool:
    lo = max(0, start - 24)
    return _COPULA_MONTH_BEFORE.search(text, lo, start) is not None and _COPULA_MONTH_AFTER.match(text, end) is not None \
        and _COPULA_GREETING.search(text, lo, start) is None
_MONTH_ENDS = re.compile(r"\s*(?:$|[,;:!?)\]\n]|\.(?!\w)|\d)")


_OF_WORD = "of"   # (lead, thirty-fourth session) "end of", "the start of" before a month


@rule("informal_month", r"(?:(?P<mod>%s)[\s-]+)?(?P<mon>{informal_months:cs})(?P<dot>\.)?(?![\w'’-])" % MOD, 9, triggers="month",
      examples=[
          ("2023-11-07", "my boss has been nice but it's been like this since sept", "sept", "2023-09"),
          ("2024-06-14", "moved in back in march with one suitcase", "march", "2024-03"),
          ("2025-06-20", "been stretching every night since jan and my knee is ok", "jan", "2025-01"),
          ("2026-01-10", "we'd a quiet feb to be fair", "feb", "2025-02"),
          ("2026-01-10", "Subject: RE: RE: Booking Sept - change of dates", "Sept", "2026-09"),
          ("2026-12-03", "is that the bank that booked in march and cancelled on the day", "march", "2026-03")])
def _informal_month(m, text):
    name = m["mon"]
    before = text[max(0, m.start() - 20): m.start()]
    if m["mod"] and name.lower() in _AMBIGUOUS_MONTHS and _VERB_AFTER.match(text, m.end()):
        return None   # "it's too late may be": a verb
    cue = m["mod"] or (_INFORMAL_AMBIGUOUS_CUE if name.lower() in _AMBIGUOUS_MONTHS else _INFORMAL_MONTH_CUE).search(before) \
        or _month_as_time(m, text) or _FORWARD_TO.search(before) \
        or _had_clitic_month(m, text) or _subject_line_month(m, text) or None   # (left20b) "june will be wild", "looking forward to march"; (weekof29) "we'd a quiet feb", "Subject: Booking Sept"
    listed = _MONTH_LISTED_ANY.search(text, max(0, m.start() - 16), m.start()) is not None \
        or _MONTH_LIST_NEXT.match(text, m.end("mon")) is not None   # (lists31) "Nov, Dec and Jan", "june or july?"
    if cue is None and listed and not m["mod"] and not _person_listed(text, m.start("mon"), m.end("mon")):
        cue = True
    if cue is None and not m["mod"] and _MONTH_YEAR_RANGE_BEFORE.search(text, max(0, m.start() - 24), m.start()):
        cue = listed = True   # (stretch32, §112) "Nov 2021 - Jan": a range's last end after a month and its year
    start = m.start()
    if cue is None and name.lower() in _AMBIGUOUS_MONTHS and not m["mod"]:
        # (homographs27) "done by may", "before june.", "getting married this may!": a cue that takes a month, the phrase
        # ending right after it (a modal has its verb after it); not "this march!", "signed up for march." (a protest);
        # "may half term": a noun of the calendar after it
        end_cue = _AMBIG_END_CUE.search(before)
        if end_cue and _MONTH_ENDS.match(text, m.end("mon")) and not (
                name.lower() in _NOUN_MONTHS and end_cue["w"].lower() in _NOUN_MONTH_NOT_AFTER):
            cue = end_cue
            if end_cue["w"].lower() == "this":
                start = m.start() - len(before) + end_cue.start("w")   # "this may", as "this May"
        elif name.lower() == "may" and _CALENDAR_NOUN_AFTER.match(text, m.end("mon")):
            cue = True
        elif _MONTH_RANGE_AFTER.match(text, m.end("mon")) or _copula_month(text, m.start(), m.end("mon")):
            cue = True   # (homographs27, from A) "booked may to september", "it's may and i still havent started"
    if cue is None:
        return None
    if name in _NAME_MONTHS and not _MONTH_ENDS.match(text, m.end("mon")) and not listed \
            and not (m["mod"] and m["mod"].lower().endswith(_OF_WORD)):
        # "since Jan left", "in Jan's flat": a first name, unless the phrase ends there ((lead, thirty-fourth session) or
        # a part of the month is said of it: "by end of Jan please" names no person)
        return None
    # "Sept." is the abbreviation's dot; after a lower-case name the dot ends the sentence
    # "mid jan", "early feb", "late sept": the part of the month is the mod
    extra = {"any_year": True} if _instruction(text, m.start(), verbs=_SEASONAL_VERBS) else {}   # (howto) "sow late Feb"
    if not m["mod"] and _month_as_time(m, text) == "gone":
        extra["gone"] = True   # (left20b) "march was rough", "june's been mental": the month gone
    if not m["mod"]:
        extra.update(_record_period(m, text))   # (values24) "invoices for dec": the period a record covers
        if _subject_line_month(m, text):
            extra["subject_line"] = True   # (weekof29) "Subject: RE: Booking Sept": the month to come
    return Mention(start, m.end() if name[:1].isupper() else m.end("mon"), "informal_month", "cal",
                   dict(year=None, month=month_num(name), grain="month", mod=mod_code(m["mod"]), rel_year=None, anaphoric_year=None,
                        **extra), 9)


# "17 may", "the 2nd of march": a day of the month before a month that is also a word, in lower
# case, where the phrase ends or goes on with a word that is no noun ("17 may be too many", "3
# march bands" are not dates); (voices21) an emoji ends the phrase as a full stop does ("party 12th august 🎉")
# (homographs27) "mar" as well ("3 mar", "3rd mar": the verb "mar" takes an object, never a number); what follows may also
# be a word no modal and no noun takes (lexicon ambiguous_day_month_followers: "due 27th may by midnight", "27th may
# onwards"), a dash, a clock time ("exam 27th may 9am") or a year, which is the date's ("party 27th may 2026")
_AMBIG_DM_CLOCK = r"[0-2]?\d(?:[:.][0-5]\d|\s*%s)" % AMPM


@rule("informal_day_month", r"(?:(?P<wd>(?i:{short_weekdays})|%s)\.?,?\s+)?(?:(?P<the>the)\s+)?(?<![\d.,$£€])(?P<day>[0-3]?\d)(?:{ordinal_suffixes:cs})?\s+(?:of\s+)?(?P<mon>{informal_day_months:cs})(?![\w'’-])(?!\s+(?:{verb_after_may})\b)(?:,?\s+(?P<year>%s)|(?=\s*(?:$|[,.;:!?)\n\u2600-\u27bf\U0001f000-\U0001faff]|[-–—]|%s|(?:{bare_hour_followers}|{weekday_plan_words}|{ambiguous_day_month_followers}|is|was|at|for)\b)))" % (WEEKDAY, YEAR, _AMBIG_DM_CLOCK), 20,
      triggers="month", lead=_DAY_BEFORE_MONTH,
      examples=[("2025-01-07", "17 may works for me, i'll book the train", "17 may", "2025-05-17"),
                ("2024-02-29", "wedding confirmed for 9th march 🎉", "9th march", "2024-03-09"),
                ("2026-02-04", "assignment due 27th may by midnight", "27th may", "2026-05-27"),
                ("2026-02-04", "party 27th may 2026 at the hall", "27th may 2026", "2026-05-27"),
                ("2026-02-04", "dentist 3rd mar, cant miss it", "3rd mar", "2026-03-03")])
def _informal_day_month(m, text):
    return _day_month(m, "informal_day_month")


def _day_month(m, rule_name: str):
    """The day of a lower-case month that is also a word (rules informal_day_month, weekday_day_month)."""
    d = int(m["day"])
    if not 1 <= d <= 31:
        return None
    # (informal6) "mon 3rd march": the weekday written with it is part of the date (and tells its year)
    year = m.groupdict().get("year")
    return M(m, rule_name, "cal", year=int(year) if year else None, month=month_num(m["mon"]), day=d, grain="day",
             weekday=any_weekday_num(m["wd"]) if m["wd"] else None, anaphoric_year=None)


# (dayanchor26) "final's friday 29th march already", "sat 3rd june innit": a lower-case month that is also a word, after a
# weekday and a day written with its ordinal suffix, is the month whatever follows it (rule informal_day_month asks for a
# follower, as a bare "29 march" may be a count and a verb); not a modal "may" before its verb ("fri 5th may be too late":
# the lookahead of lexicon verb_after_may, read after "may" only: "march already" is no verb)
@rule("weekday_day_month", r"(?P<wd>%s|(?i:{short_weekdays})\.?),?\s+(?:(?i:the)\s+)?(?P<day>[0-3]?\d)(?:{ordinal_suffixes:cs})\s+(?:of\s+)?(?P<mon>{informal_day_months:cs})(?![\w'’-])(?!(?<=[mM]ay)\s+(?:{verb_after_may})\b)" % WEEKDAY, 20,
      triggers="weekday", trail=(r"\.?,?\s+(?:(?i:the)\s+)?\d", 64),
      examples=[("2018-11-20", "final's friday 29th march already, booked it in september", "friday 29th march", "2019-03-29"),
                ("2025-04-02", "party's sat 3rd may obviously, you coming?", "sat 3rd may", "2025-05-03")])
def _weekday_day_month(m, text):
    return _day_month(m, "weekday_day_month")


_MONTH_DAY_CUE = _re(r"(?i)(?<![\w'’])(?:{day_prepositions}|{month_day_cues})\s+$")


# (informal7) "due march 21st", "exams start may 12th": a month that is also a word, in lower case,
# before a day written with its ordinal suffix (the suffix says it is a day: not "we march 21 miles")
# (fresh16) or a bare day after a word that asks for a date ("the course started may 19", "since may 3", "born on
# may 5": lexicon day_prepositions, month_day_cues): a modal "may" takes a verb, not a number
# (homographs27) "mar 3"; a year after the day is the date's ("may 27, 2026"); a bare day also where what follows it is
# what no count takes: the end of the phrase, a dash, "at"/"by" and the like, a word weighing a plan, a clock time ("due
# may 27 at 5pm", "may 27 works for me", "dentist mar 3", "trip may 27 - june 30"; not "we march 21 miles", "june 5
# people said no")
_AMBIG_MD_AFTER = _re(r"(?:\s*(?:$|[,;:!?)\]\n\u2600-\u27bf\U0001f000-\U0001faff]|\.(?!\d)|[-–—]\s)|\s+(?:(?i:{ambiguous_day_month_followers}|{weekday_plan_words}|at|is|was)(?![\w'’])|%s))" % _AMBIG_DM_CLOCK)


@rule("informal_month_day", r"(?P<mon>{informal_day_months:cs})\s+(?P<day>[0-3]?\d)(?P<suf>{ordinal_suffixes:cs})?(?![\w'’%%]|[.,:/-]\d|\s+guess)(?:,?\s+(?P<year>%s))?" % YEAR, 20, triggers="month",
      examples=[("2025-02-28", "dissertation due march 21st and i've written 400 words", "march 21st", "2025-03-21"),
                ("2025-07-06", "barbri says i'm 74% through. the course started may 19 which feels like years", "may 19", "2025-05-19"),
                ("2026-02-04", "may 27, 2026 works for me", "may 27, 2026", "2026-05-27"),
                ("2026-02-04", "due may 27 at 5pm", "may 27", "2026-05-27")])
def _informal_month_day(m, text):
    d = int(m["day"])
    if not 1 <= d <= 31:
        return None
    if not m["suf"] and not m["year"] and not _MONTH_DAY_CUE.search(text, max(0, m.start() - 16), m.start()) \
            and not _AMBIG_MD_AFTER.match(text, m.end()):
        return None   # "we march 21 miles", "you may 2 of them": no day without its suffix or a word asking for one
    return M(m, "informal_month_day", "cal", year=int(m["year"]) if m["year"] else None, month=month_num(m["mon"]), day=d,
             grain="day", weekday=None, anaphoric_year=None)


# "fri 21st", "Saturday the 29th", "sat 29": a weekday and a day of the month, the month left
# out. The day is a number with an ordinal suffix, or a bare one that ends the phrase ("sat 29,
# everyone's invited"; not "Sunday 29 people died"); a month after it makes it another rule's.
_MDAY_END = re.compile(r"\s*(?:$|[,;:!?)\]\n]|\.(?!\d)|[-–—]\s)")
# (tweets33, §120) a weekday and its bare day joined to another pair ("on Saturday 13 and Sunday 14 September", "Fri 5 &
# Sat 6"): a list of days, not a count ("Sunday 29 people died"); bounded: three blanks a gap, the next pair's number
_MDAY_LIST_NEXT = _re(r"[ \t]{1,3}(?:and|&|or)[ \t]{1,3}(?:%s|(?i:{short_weekdays}))\.?[ \t]{1,3}[0-3]?\d(?!\d)(?:{ordinal_suffixes:cs})?"
                      r"(?P<mon>[ \t]{1,3}%s)?" % (WEEKDAY, MONTH))


@rule("weekday_mday", r"(?P<wd>%s|(?i:{short_weekdays})\.?),?\s+(?:(?i:the)\s+)?(?P<d>[0-3]?\d)(?P<suf>{ordinal_suffixes:cs})?(?![\w/-]|[.,:]\d)(?!,?\s+(?:of\s+)?%s)" % (WEEKDAY, MONTH), 22, triggers="weekday", trail=(r"(?:['’]s)?\.?,?\s+(?:(?i:the)\s+)?\d", 64),
      examples=[
          ("2024-06-14", "landlord wants keys back by fri 21st, deposit in 10 days", "fri 21st", "2024-06-21"),
          ("2024-06-14", "new place has a garden!! bbq sat 29th, everyone's invited", "sat 29th", "2024-06-29"),
          ("2024-06-14", "The hearing resumes on Monday the 1st.", "Monday the 1st", "2024-07-01"),
          ("2025-06-04", "back tues 7 for the full dress", "tues 7", "2025-06-10T19:00"),
          ("2025-06-04", "see you thurs 8?", "thurs 8", "2025-06-05T08:00")])
def _weekday_mday(m, text):
    d = int(m["d"])
    if not 1 <= d <= 31:
        return None
    # (twenty-eighth session, dayhalf29) "tues 7", "thurs 8 works", "see you fri 7?": a bare 1-12 right after the weekday,
    # spaces only between, may be an hour of it (the resolver takes the hour where the weekday's own date near the day of
    # writing is not that day of the month); its half of the day from the line's words (``_weekday_hour``)
    # (tweets33, §120) "on Saturday 13 and Sunday 14 September", "Friday 1 and Saturday 2 January": a pair listed before
    # another is a day of the month (a number that may be an hour, 1-12, only with the list's month after it)
    pair = None if m["suf"] else _MDAY_LIST_NEXT.match(text, m.end())
    listed = pair is not None and (d > 12 or pair["mon"] is not None)
    hour = None if listed else _weekday_hour(m, text, d)
    if not m["suf"] and not _MDAY_END.match(text, m.end()) and not listed:
        if hour is None or not _WD_HOUR_FOLLOW.match(text, m.end()):
            return None  # "Sunday 29 people died": a count
    if m["suf"] and _MDAY_ORDINAL_COUNT.match(text, m.end()):
        # (newswire31) "ended on Saturday, the 21st day of the walkout", "rose Monday, the fifth straight day of gains": the
        # ordinal counts days (or times, anniversaries) of something, in apposition to the weekday; no day of the month
        return None
    wd = m["wd"].lower().rstrip(".")
    n = L["short_weekdays"].get(wd) or weekday_num(wd)
    line_start = start_of_line(text, m.start())
    if _MDAY_LINE_LEAD.fullmatch(text, line_start, m.start()) and _MDAY_HEAD_END.match(text, m.end()):
        # (values3, seventeenth session) "Fri 20th. pier from 05:40", "Mon 23rd: river up": a line headed by its day,
        # a log's or a diary's entry, leans to no side (``resolve._weekday_mday``)
        return M(m, "weekday_mday", "weekday_mday", weekday=n, day=d, head=True)
    if hour is not None:
        return M(m, "weekday_mday", "weekday_mday", weekday=n, day=d, hour_alt=hour)
    # (lists31, §108) "next Thurs, the 14th", "this Fri 21st": a weekday of the next weeks (a relative word before it, or
    # the day set off by a comma as an apposition) must agree with its day near the day of writing (``resolve._weekday_mday``)
    near = _MDAY_REL_BEFORE.search(text, max(0, m.start() - _MDAY_REL_REACH), m.start()) is not None \
        or _MDAY_APPOSED.match(text, m.end("wd")) is not None
    return M(m, "weekday_mday", "weekday_mday", weekday=n, day=d, **({"near": True} if near else {}))


# (thirty-seventh session, dom38, §152) a weekday and its day of the month in brackets after it ("the fleet goes out
# Monday (the 27th)", "cake orders by next Friday (19th)", "Sat (3rd)"): two expressions as the gold writes them, the
# weekday (with its relation word) and the bracketed day, both the one day on which they agree near the day of writing
# (``resolve._weekday_mday``; no day where they agree nowhere near it, as "next Thurs, the 14th"). Bounded: three blanks
# on either side of the bracket, two digits; the day must have its suffix ("Friday (2)" is a count as often as a day)
@rule("weekday_bracket_mday", r"(?:(?P<rel>(?i:{weekday_relations}))[ \t]{1,3})?(?P<wd>%s|(?i:{short_weekdays})\.?)[ \t]{0,3}\([ \t]{0,3}"
      r"(?P<t>(?:(?i:the)[ \t]{1,3})?(?P<d>[0-3]?\d)(?:{ordinal_suffixes:cs}))[ \t]{0,3}\)" % WEEKDAY, 23, triggers="weekday",
      trail=(r"(?:['’]s)?\.?[ \t]{0,3}\([ \t]{0,3}(?:(?i:the)[ \t]{1,3})?\d", 64),
      examples=[("2026-11-20", "weather permitting the fleet goes out Monday (the 7th)", "the 7th", "2026-12-07"),
                ("2026-12-10", "Last day for cake orders is next Friday (18th).", "next Friday", "2026-12-18")])
def _weekday_bracket_mday(m, text):
    d = int(m["d"])
    if not 1 <= d <= 31:
        return None
    wd = m["wd"].lower().rstrip(".")
    n = L["short_weekdays"].get(wd) or weekday_num(wd)
    if n is None:
        return None
    data = dict(weekday=n, day=d, near=True)
    return [Mention(m.start(), m.end("wd"), "weekday_bracket_mday", "weekday_mday", dict(data), 23),
            Mention(m.start("t"), m.end("t"), "weekday_bracket_mday", "weekday_mday", dict(data), 23)]


_MDAY_REL_BEFORE = _re(r"(?<![\w'’])(?i:{weekday_relations})[ \t]{1,3}$")
_MDAY_REL_REACH = 16   # characters read before the weekday: the longest relation ("this coming") and its blanks
_MDAY_APPOSED = _re(r"\.?,[ \t]{0,3}(?i:the)[ \t]")


# (newswire31) a counted noun or its adjective right after "Saturday, the 21st" (bounded: 3 blanks, one word)
_MDAY_ORDINAL_COUNT = _re(r"[ \t]{1,3}(?i:{ordinal_count_followers})(?![\w'’-])")
# (dayhalf29) what may follow "tues 7" read as an hour (lexicon weekday_hour_followers), or "?"/"!"; bounded: 3 spaces
_WD_HOUR_FOLLOW = _re(r"[ \t]{0,3}(?:[?!]|(?i:{weekday_hour_followers:bare})(?![\w'’]))")
_WD_HOUR_EVENING = _re(r"(?i)(?<![\w'’])(?:{clause_evening_cues}|{evening_activity_words}|{weekday_hour_evening_cues})(?![\w'’])")
_WD_HOUR_MORNING = _re(r"(?i)(?<![\w'’])(?:{morning_clause_words}|{morning_activity_words})(?![\w'’])")
_WD_HOUR_REACH = 40   # characters either side of "tues 7" read on its line for the half of the day


def _weekday_hour(m, text, d: int) -> int | None:
    """(dayhalf29) The hour (0-23) "tues 7" would be: a bare 1-12 with only spaces after the weekday, no "the", no
    suffix, not a line's head (a log's "Mon 3:"); 1-6 the afternoon's unless a morning's word is on the line (4-6),
    7-11 the morning's unless an evening's word is, 12 noon. None where it cannot be an hour."""
    between = text[m.end("wd"):m.start("d")]
    if m["suf"] or not 1 <= d <= 12 or not between or between.strip(" \t") or len(between) > 3:
        return None
    lo = max(start_of_line(text, m.start()), m.start() - _WD_HOUR_REACH)
    hi = text.find("\n", m.end(), m.end() + _WD_HOUR_REACH)
    hi = m.end() + _WD_HOUR_REACH if hi < 0 else hi
    hi = min(hi, len(text))
    eve = _WD_HOUR_EVENING.search(text, lo, hi) is not None
    morn = _WD_HOUR_MORNING.search(text, lo, hi) is not None
    if d == 12:
        return 12
    if d <= 6:
        return d if morn and not eve and d >= 4 else d + 12
    return d + 12 if eve and not morn else d


_MDAY_LINE_LEAD = re.compile(r"[^\S\n]*[*•>#-]?[^\S\n]*")
_MDAY_HEAD_END = re.compile(r"[^\S\n]*(?:$|\n|[.:)][^\S\n]|[-–—][^\S\n])")


_LOG_LINE_LEAD = re.compile(r"(?:^|\n)[^\S\n]*[*•>#-]?[^\S\n]*$")
_LOG_LEAD_REACH = 12   # characters read before a weekday for the start of its line (bounded per weekday)


def _log_head(text, start, end):
    """(left19) Does the weekday at start..end open its line as a log's or a diary's entry ("Sun: unpacked",
    "Tuesday - rain all day", "Mon" on a line of its own)? Its day follows the entry before it where one is
    dated (``resolve._weekday``); the tagger decides whether there is one."""
    return _LOG_LINE_LEAD.search(text, max(0, start - _LOG_LEAD_REACH), start) is not None \
        and _MDAY_HEAD_END.match(text, end) is not None


# "closed mondays", "weekends are for long runs": plural weekdays and "weekends" as sets (with
# "on" the rule set_weekday_plural reads them too); a count or a determiner before them makes
# them days counted or named ("two weekends", "the mondays we had").
_NOT_SET_BEFORE = _re(r"(?i)\b(?:{not_set_before}|\d+)\s+$")
_PLURAL_WD = L["plural_weekdays"]


@rule("plural_weekday_set", r"(?P<wd>(?i:{plural_weekdays}))(?![\w'’-])", 11, triggers="weekday unit",
      examples=[
          ("2021-10-29", "they're closed mondays and tuesdays btw", "mondays", "XXXX-WXX-1"),
          ("2025-06-20", "weekends are for long runs, weekdays for sleep", "weekends", "XXXX-WXX-WE")])
def _plural_weekday_set(m, text):
    w = m["wd"]
    if _NOT_SET_BEFORE.search(text, max(0, m.start() - 14), m.start()):
        return None
    v = _PLURAL_WD[w.lower()]
    return M(m, "plural_weekday_set", "fixed", type="SET", value=f"XXXX-WXX-{v}")


# "9ish", "7-ish": an hour of the day, approximately (a plan: "sat works!! 9ish? then brunch").
# Small hours are afternoon ones ("6ish" is not dawn); morning otherwise, unless the sentence
# speaks of the evening ("drinks at 8ish").
_EVENING = _re(r"(?i)\b(?:{evening_words})\b")
# (twentieth session, left21) "friday 8.30 at mine", "sat 7.45 round yours?": a visit to a home named by its possessive
# ("at mine", "round yours", lexicon `home_visit_words`) is a social plan, the evening's, where no morning's word
# ("brunch at mine sunday 10.30", `morning_clause_words`) is on the line
_HOME_VISIT = _re(r"(?i)(?<![\w'’])(?:{home_visit_words})(?![\w'’])")


def _evening_line(text: str, a: int, b: int) -> bool:
    """An evening's word in text[a:b], or a visit to a home with no morning's word there."""
    return _EVENING.search(text, a, b) is not None or (
        _HOME_VISIT.search(text, a, b) is not None and _MORNING_CLAUSE.search(text, a, b) is None)
_PM_BELOW = L["pm_hours_below"]
# ((standing29) with its clitic copula too: "breakfast's half 8 till 10")
_MORNING_CLAUSE = _re(r"(?i)(?<![\w'’])(?:{morning_clause_words})(?:(?![\w'’])|(?=['’]s(?![\w'’])))")
_MORNING_BEFORE = _re(r"(?i)\b(?:{morning_words}),?\s+(?:(?:at|about|around|by|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?(?:a\s+)?$")


_HW_ISH = alternation([w for w in L["numbers"] if isinstance(L["numbers"][w], int) and 1 <= L["numbers"][w] <= 12
                       and w.isalpha() and len(w) > 2])


@rule("approx_hour", r"(?:(?<![\w.:$£€,])(?P<h>1[0-2]|0?[1-9])(?:(?P<sep>[:.])(?P<mi>[0-5]\d))?(?:{approx_hour_suffixes})|(?<![\w'’-])(?P<w>(?i:{ish_hour_words}))|(?<![\w'’-])(?P<wh>(?i:%s))-(?i:ish))(?![\w-])" % _HW_ISH, 26, triggers="ampm",
      examples=[
          ("2024-03-14", "sat works!! 9ish? then brunch", "9ish", "2024-03-16T09:00"),
          ("2024-03-14", "drinks at the pub, 8ish", "8ish", "2024-03-14T20:00")])
def _approx_hour(m, text):
    # ((twelfth session, clock) "sevenish", "tennish": an hour in words with -ish)
    h, mi = (int(m["h"]), int(m["mi"] or 0)) if m["h"] else (L["numbers"][m["wh"].lower()], 0) if m["wh"] \
        else (L["ish_hour_words"][m["w"].lower()], 0)
    if m["sep"] == "." and _BARE_MONEY.search(text, max(0, m.start() - 40), m.start()):
        return None   # ((twelfth session, clock) "7.30ish" is a time; "costs 2.50ish" a price)
    # (sift) a word of the morning on the hour's own line, and none of the evening there, wins over an
    # evening word of another line ("got my sisters bday drinks. sat morning? / sat works!! 9ish? then brunch")
    lo, hi = text.rfind("\n", max(0, m.start() - 60), m.start()) + 1 or max(0, m.start() - 60), text.find("\n", m.end(), m.end() + 60)
    hi = hi if hi >= 0 else min(len(text), m.end() + 60)
    morning_line = _MORNING_CLAUSE.search(text, lo, hi) is not None and _EVENING.search(text, lo, hi) is None
    pod = _POD_AFTER_ISH.match(text, m.end())   # (spoken2) "sixish this morning", "six-ish tonight": the part of the day said
    if pod:
        if pod["p"].lower() != "morning" and h < 12:
            h += 12
    elif h < _PM_BELOW or (not morning_line and _EVENING.search(text, max(0, m.start() - 60), min(len(text), m.end() + 60))) \
            or _social_evening(text, m.start(), m.end()):
        # (hours24) "come round 7ish", "rehearsal friday 7ish", "darts on tuesday, 8ish": a meeting of people planned on the
        # line (lexicon social_plan_words, as for "half 8" of rule spoken_clock) and no morning's word there: the evening's
        h = h + 12 if h < 12 else h
    return M(m, "approx_hour", "time", hour=h, minute=mi, dref=None, mod="APPROX", loose=h != 12 and not pod)


# (the blanks before an optional comma in its own group, not "\s*,?\s+": two unbounded runs with only an optional
# comma between them cost time quadratic in a long run of blanks after "8ish", tried at every split)
_POD_AFTER_ISH = re.compile(r"(?i)(?:\s*,)?\s+(?:this\s+|in\s+the\s+|tomorrow\s+|on\s+\w+\s+)?(?P<p>morning|afternoon|evening|tonight)\b")


# (spoken2, fifteenth session) hours said in words around a word of approximation or of range, as
# speech says them: "getting on for three", "gone eleven", "just gone four" (mod APPROX / AFTER, the
# words outside the extent as "about" is), "six-ish" (rule approx_hour), "between ten and twelve",
# "from ten till about four", "from nine till late", "ten or eleven" (two TIMEs, each its own value;
# tests/test_informal_grid_talk.py sections 4-5). The half of the day: the part of the day said with
# them, else an evening or a morning word near, else as for "9ish" (below 7 the afternoon's); the
# second hour of a range after the first on the clock ("between eight and one": 08:00, 13:00). Not
# before a noun ("between ten and twelve volunteers", "gone three years"), not after words of age or
# of a scale ("kids between ten and twelve", "rate it from one to ten").
_HW = alternation([w for w in L["numbers"] if isinstance(L["numbers"][w], int) and 1 <= L["numbers"][w] <= 12
                   and w.isalpha() and len(w) > 2])
_WORD_HOUR_END = _re(r"(?i)\s*(?:$|[,.;:!?)\]\u2014\u2013\u2026]|-\s)|\s+(?:{word_hour_followers})(?![\w'\u2019-])")
_POD_AFTER_HOUR = re.compile(r"(?i)(?:\s*,)?\s+(?:(?:this|in\s+the|tomorrow|yesterday|on\s+\w+)\s+)?(?P<p>morning|afternoon|evening|night|tonight)\b|\s+(?:last|at)\s+(?P<n>night)\b")
# (spoken2) "It's twenty-five past nine", "it's just gone four", "It's getting on for nine": a clock time
# said as the time it is is on the day of speaking, whatever day the talk named before ("the quiz is back
# on Monday the fourth ... it's twenty to eleven")
_ITS_NOW = re.compile(r"(?i)(?<![\w'\u2019])it(?:['\u2019]s|\s+is)\s+(?:now\s+|just\s+|only\s+|nearly\s+|almost\s+|about\s+|coming\s+up\s+to\s+)?(?:(?:just\s+)?gone\s+|getting\s+on\s+for\s+)?$")


def _now_dref(text: str, start: int) -> dict | None:
    return {"offset": 0, "word": "said as the time it is"} if _ITS_NOW.search(text, max(0, start - 40), start) else None


_NOT_HOUR_BEFORE = _re(r"(?i)\b(?:{word_hour_not_after})\b[^.!?\n]{0,24}$")


def _word_hour_half(h: int, text: str, start: int, end: int) -> int:
    p = _POD_AFTER_HOUR.match(text, end)
    pod = (p["p"] or p["n"]).lower() if p else None
    if pod == "morning":
        return h % 12
    if pod:
        return h + 12 if h < 12 else h
    lo = max(start_of_line(text, start), start - 60)
    hi = text.find("\n", end, end + 60)
    hi = hi if hi >= 0 else min(len(text), end + 60)
    if _MORNING_CLAUSE.search(text, lo, hi) is not None and _EVENING.search(text, lo, hi) is None:
        return h
    if h < _PM_BELOW or _EVENING.search(text, lo, hi):
        return h + 12 if h < 12 else h
    return h


@rule("word_hour_near", r"(?P<cue>(?i:(?:just\s+)?gone|getting\s+on\s+for))\s+(?P<h>(?i:%s))(?![\w'\u2019-])" % _HW, 26,
      triggers="hour_word_cue",
      examples=[("2026-06-13", "The car broke down at gone eleven this morning.", "eleven", "2026-06-13T11:00"),
                ("2026-08-29", "It's getting on for three, so here come the teams.", "three", "2026-08-29T15:00")])
def _word_hour_near(m, text):
    if not _WORD_HOUR_END.match(text, m.end()) and not _POD_AFTER_HOUR.match(text, m.end()):
        return None   # "gone three years", "getting on for six months": a length
    h = _word_hour_half(L["numbers"][m["h"].lower()], text, m.start("h"), m.end())
    mod = "AFTER" if m["cue"].lower().endswith("gone") else "APPROX"
    return Mention(m.start("h"), m.end(), "word_hour_near", "time", dict(hour=h, minute=0, dref=_now_dref(text, m.start()), mod=mod), 26)


@rule("word_hour_between", r"(?i:between)\s+(?P<h1>(?i:%s))\s+(?P<j>(?i:and))\s+(?:(?i:about|around|roughly)\s+)?(?P<h2>(?i:%s))(?![\w'\u2019-])" % (_HW, _HW), 25,
      triggers="hour_word_between",
      examples=[("2026-03-09", "The nurse has slots on Wednesday between ten and twelve.", "twelve", "2026-03-11T12:00")])
def _word_hour_between(m, text):
    return _word_hours(m, text, "h1", "word_hour_between")


@rule("word_hour_range", r"(?:(?i:from)\s+(?P<h1>(?i:%s))\s+(?P<j>(?i:till|til|until))|(?P<h3>(?i:%s))\s+(?P<or>(?i:or)))\s+(?:(?i:about|around|roughly)\s+)?(?P<h2>(?i:%s)|(?P<late>(?i:late)))(?![\w'\u2019-])" % (_HW, _HW, _HW), 25,
      triggers="hour_word_range", lead=(r"(?i:%s)\s+" % _HW, 8),
      examples=[("2026-05-17", "The fete's on Saturday, setting up from ten till about four.", "four", "2026-05-23T16:00")])
def _word_hour_range(m, text):
    return _word_hours(m, text, "h3" if m["or"] else "h1", "word_hour_range")


def _word_hours(m, text, g1, name):
    if not _WORD_HOUR_END.match(text, m.end()) and not _POD_AFTER_HOUR.match(text, m.end()):
        return None   # "between ten and twelve volunteers", "ten or eleven pounds": counts
    if _NOT_HOUR_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        return None   # "kids between ten and twelve", "a scale from one till ten"
    if g1 == "h3" and not _WORD_HOUR_TIME_BEFORE.search(text, max(0, m.start() - 60), m.start()):
        return None   # "ten or eleven" is two hours only where a time of day was just said
    a = L["numbers"][m[g1].lower()]
    if m.groupdict().get("late"):
        if g1 == "h3":
            return None
        h1 = a + 12 if a < 12 else a   # "from nine till late": the evening's
        return Mention(m.start(g1), m.end(g1), name, "time", dict(hour=h1, minute=0, dref=None), 25)
    b = L["numbers"][m["h2"].lower()]
    if a == b:
        return None
    h1 = _word_hour_half(a, text, m.start(g1), m.end())
    h2 = b if b > h1 or (b == 12 and h1 < 12) else (b + 12 if b < 12 else b)
    if h2 <= h1 or h2 - h1 > 10:
        return None
    return [Mention(m.start(g1), m.end(g1), name, "time", dict(hour=h1, minute=0, dref=None), 25),
            Mention(m.start("h2"), m.end(), name, "time", dict(hour=h2, minute=0, dref=None), 25)]


_WORD_HOUR_TIME_BEFORE = _re(r"(?i)(?:\b(?:at|about|around|till|until|by)\s+$|\b(?:{day_parts}|tonight|night|{deictic_days})\b)")


# (spoken2, fifteenth session) a weekday with its day of the month said in words, "Monday the fourth",
# "Friday the third", "Saturday the twenty-ninth": one DATE, the day of that weekday, as "Monday the
# 4th" (rule weekday_mday); where the phrase ends ("Monday the second time" is no date).
@rule("weekday_mday_word", r"(?P<wd>%s),?\s+(?i:the)\s+(?P<dw>%s)(?![\w-])%s(?!,?\s+(?:(?i:of)\s+)?%s)" % (WEEKDAY, DAYWORD, _DAYWORD_END, MONTH), 22,
      triggers="weekday", trail=(r",?\s+(?i:the)\s+(?i:%s)(?![\w-])" % DAYWORD, 40),
      examples=[("2026-12-28", "The quiz is back on Monday the fourth.", "Monday the fourth", "2027-01-04")])
def _weekday_mday_word(m, text):
    d = parse_ordinal(m["dw"])
    if not d or not 1 <= d <= 31:
        return None
    return M(m, "weekday_mday_word", "weekday_mday", weekday=weekday_num(m["wd"]), day=d)


# (spoken2, fifteenth session) a clock time said with its minutes counted, "twenty-two minutes past
# seven", "ten minutes to four", "6 minutes past 6": one TIME (the minutes were read as a length),
# its half of the day as for "gone eleven"; only where the phrase ends or a part of the day follows.
@rule("minutes_past", r"(?P<n>[1-5]?\d|(?i:(?:%s)(?:[-\s](?:%s))?|%s|%s))\s+(?i:minutes?|mins?)\s+(?P<k>(?i:past|to))\s+(?P<h>1[0-2]|[1-9]|(?i:%s))(?![\w:'\u2019-]|[.,]\d)" % (_TENS_W, _UNITS_W, _TEENS_W, _UNITS_W, _HW), 27,
      triggers="unit", trail=(r"\s+(?i:past|to)\s+", 6),
      examples=[("2026-11-04", "It's twenty-two minutes past seven on a foggy Wednesday morning.", "twenty-two minutes past seven", "2026-11-04T07:22")])
def _minutes_past(m, text):
    if not _WORD_HOUR_END.match(text, m.end()) and not _POD_AFTER_HOUR.match(text, m.end()) and not _PHRASE_ENDS.match(text, m.end()):
        return None
    n = int(m["n"]) if m["n"][0].isdigit() else parse_num(m["n"])
    if n is None or not 1 <= n <= 59:
        return None
    hs = m["h"].lower()
    h = int(hs) if hs[0].isdigit() else L["numbers"][hs]
    if not 1 <= h <= 12:
        return None
    if m["k"].lower() == "to":
        h, n = (h - 1) or 12, 60 - n
    h = _word_hour_half(h, text, m.start(), m.end())
    return M(m, "minutes_past", "time", hour=h, minute=int(n), dref=_now_dref(text, m.start()))


# "half past twelve", "quarter to 8", British "half 8" (8:30): a clock time in words. A bare
# "half 8" only after a word that takes a time ("at half 8", "til half 5"), never before a
# count ("half 8 slices"); the hour read as for "9ish".
_SPOKEN_MINUTES = L["spoken_clock_minutes"]
_SPOKEN_LOOSE = frozenset(L["spoken_clock_loose"])
_SPOKEN_CUE = _re(r"(?i)\b(?:{spoken_clock_cues})\s+$")
_HALF_CLOCK_CUE = _re(r"(?i)(?<![\w'’])(?:{half_clock_cues})\s+$")
_HOUR_WORDS = {w: n for w, n in L["numbers"].items() if isinstance(n, int) and 1 <= n <= 12 and w.isalpha() and len(w) > 2}
_ARTICLE_BEFORE = re.compile(r"(?i)(?<![\w'’])a\s+$")
_SPOKEN_TO = frozenset(w for w in L["spoken_clock_loose"] if w.endswith(" to"))
_SPOKEN_DAY_AFTER = _re(r"(?i)\s+(?:{deictic_days}|this\s+(?:{day_parts}|{informal_day_parts}))(?![\w'’])")   # ("ten after six tonight")
_HALF_PROPOSED = _re(r"(?i)\s*\?|\s+(?:{weekday_plan_words}|{half_proposed_followers}|at\s+the|outside|in\s+the|sharp)\b"
                     # (twenty-first session, hours22) "half 7 tomorrow?", "half 7 friday then?": a day word, then the question
                     r"|[ \t]+(?:{deictic_days}|{short_weekdays}|%s)(?:[ \t]+(?:then|instead|x+))?[ \t]*\?" % alternation(_FULL_WD))
# (twenty-first session, hours22) an hour of 7-11 in words of the clock ("half 7", "quarter past 8") with no word of the
# evening near is the evening's where the line plans a meeting of people (lexicon social_plan_words: "see you at half
# 7", "come round at half 8", "meet you at quarter to 8"): British speech says it of an evening out far more than of a
# morning; a morning's word on the line ("before work", "breakfast") keeps the morning
_SOCIAL_PLAN = _re(r"(?i)(?<![\w'’])(?:{social_plan_words})(?![\w'’])")


def _early_line(text: str, start: int, end: int) -> bool:
    """(ranges25) The line of a clock time in words names a morning's activity or an early start ("earliest start ive
    known. half 6 would be fine", lexicon early_start_words and morning_activity_words; not a bare "morning": "in the morning, or a week on
    Tuesday, again at half two" is the afternoon's) and no evening's word or activity: an hour below 7 is the morning's."""
    lo, hi = max(0, start - 60), min(len(text), end + 60)
    nl = text.rfind("\n", lo, start)
    lo = nl + 1 if nl >= 0 else lo
    nl = text.find("\n", end, hi)
    hi = nl if nl >= 0 else hi
    return bool(_EARLY_START.search(text, lo, hi) or _MORNING_ACTIVITY.search(text, lo, hi)) \
        and not (_EVENING_ACTIVITY.search(text, lo, hi) or _EVENING.search(text, lo, hi))


def _social_evening(text: str, start: int, end: int) -> bool:
    """Whether the line of a clock time in words plans a meeting of people and names no morning (``_SOCIAL_PLAN``)."""
    lo, hi = max(0, start - 60), min(len(text), end + 60)
    nl = text.rfind("\n", lo, start)
    lo = nl + 1 if nl >= 0 else lo
    nl = text.find("\n", end, hi)
    hi = nl if nl >= 0 else hi
    return bool(_SOCIAL_PLAN.search(text, lo, hi)) and not _MORNING_CLAUSE.search(text, lo, hi)


@rule("spoken_clock", r"(?P<k>(?i:{spoken_clock_minutes}))\s+(?P<h>1[0-2]|0?[1-9]|%s)(?![\w:%%]|[.,]\d|\s+(?:%s|{counted_nouns}|{percent_words})\b)"
      r"(?:\s+(?:(?i:in\s+the)\s+(?P<pod>(?i:morning|afternoon|evening))|(?i:at)\s+(?P<night>(?i:night)))(?![\w-]))?" % (
          alternation(list(_HOUR_WORDS)), TIME_UNIT), 26, triggers="quarter spoken_minutes",
      examples=[
          ("2021-04-24", "physio at quarter to 8 before work", "quarter to 8", "2021-04-24T07:45"),
          ("2023-05-03", "can we do later? i have a thing til half 6", "half 6", "2023-05-03T18:30"),
          ("2017-07-01", "I must go before the post office shuts at half past twelve.", "half past twelve", "2017-07-01T12:30"),
          ("2025-03-04", "dentist booked for thurs, twenty to eleven", "twenty to eleven", "2025-03-06T10:40")])
def _spoken_clock(m, text):
    k = " ".join(m["k"].lower().split())
    if k == "half" and not _SPOKEN_CUE.search(text, max(0, m.start() - 8), m.start()) \
            and not _HALF_CLOCK_CUE.search(text, max(0, m.start() - 12), m.start()) \
            and not _HALF_PROPOSED.match(text, m.end()):
        return None  # "half 8": British for 8:30 only where a time is expected ((informal6) or said: "no, half one";
        # (informal7) or proposed: "half 7 at the pub?", "half 7 works")
    h = _HOUR_WORDS.get(m["h"].lower()) or int(m["h"])
    # ((twelfth session, clock) "at a quarter of 5": the cue before the article)
    a = _ARTICLE_BEFORE.search(text, max(0, m.start() - 3), m.start())
    at = a.start() if a else m.start()
    if k in _SPOKEN_LOOSE and not _SPOKEN_CUE.search(text, max(0, at - 8), at) and (
            h == 1 or not (_PHRASE_ENDS.match(text, m.end()) or k not in _SPOKEN_TO and _SPOKEN_DAY_AFTER.match(text, m.end()))):
        return None  # "five to ten people", "ten to one": a range of numbers, odds
    if not 1 <= h <= 12:
        return None
    mi = _SPOKEN_MINUTES[k]
    if mi < 0:
        h, mi = h - 1, 60 + mi
        h = h or 12
    if m["pod"] or m["night"]:
        # (fourteenth session, spoken) "twenty to ten in the morning", "quarter past five in the afternoon",
        # "ten past eleven at night": the half of the day said, whatever evening word stands near
        if m["night"] or m["pod"].lower() != "morning":
            h = h + 12 if h < 12 else h
        elif h == 12:
            h = 0
        return M(m, "spoken_clock", "time", hour=h, minute=mi, dref=None)
    if _EVENING.search(text, max(0, m.start() - 60), min(len(text), m.end() + 60)) or (
            h < _PM_BELOW and not _MORNING_BEFORE.search(text, max(0, m.start() - 40), m.start())
            and not _early_line(text, m.start(), m.end())):
        h = h + 12 if h < 12 else h   # (history5: not in apposition to a morning: "at an early hour this morning, at a quarter to five")
    elif h < 12 and _social_evening(text, m.start(), m.end()):
        h += 12
    return M(m, "spoken_clock", "time", hour=h, minute=mi, dref=None if m["pod"] or m["night"] else _now_dref(text, m.start()),
             loose=h not in (0, 12))


# (clocks27, §85) a span from a spoken British clock time to a bare hour: "quarter past 9 to 10", "half 9 to 11", "half 7 till
# 10", "quarter to 8 till 11": two TIMEs; the start's half of the day from the words of its line (a part of the day or a word
# of the evening: "tomorrow night half 7 till 10" 19:30; of the morning: "tomorrow morning half 9 to 11" 09:30), else as any
# hour said without am/pm (1-6 the afternoon's, 7-11 the morning's); the end the first such hour after the start, at most 12
# hours on; a start of 7 or 8 with no word of either half (or words of both) left unread, as §68 leaves a range from 7 or 8
# (read in informal22-voices A: a five-a-side pitch's "half 8 to 9", the evening's). The joiner and a digit end are what
# make a bare "half 9" a clock time here. Bounded: the match (at most ~30
# characters) and its line, at most 60 characters either way.
@rule("spoken_range", r"(?<![\w'’])(?P<s>(?P<k>(?i:{spoken_clock_minutes}))[ \t]+(?P<h>1[0-2]|0?[1-9]))[ \t]*(?:[-–]|(?i:{range_to_words})(?![\w'’]))[ \t]*"
      r"(?P<e>(?P<h2>1[0-2]|0?[1-9])(?:[:.](?P<mi2>[0-5]\d))?)(?![\w:%%/]|[.,]\d|[ \t]*(?:%s|[-–/]\d))" % AMPM, 27,
      triggers="quarter spoken_minutes",
      examples=[("2025-06-04", "tomorrow morning quarter past 9 to 10 for the meeting", "10", "2025-06-05T10:00"),
                ("2025-06-04", "tomorrow night half 7 till 10 at the pub", "half 7", "2025-06-05T19:30")])
def _spoken_range(m, text):
    if _FROM_CLOCK_NOT_AFTER.match(text, m.end()) or _BARE_MONEY.search(text, max(0, m.start() - 40), m.start()):
        return None
    k = " ".join(m["k"].lower().split())
    h, mi = int(m["h"]), _SPOKEN_MINUTES[k]
    if mi < 0:
        h, mi = h - 1, 60 + mi
        h = h or 12
    lo = max(0, text.rfind("\n", max(0, m.start() - 60), m.start()) + 1, m.start() - 60)
    hi = _line_end(text, m.end(), min(len(text), m.end() + 60))
    eve = _EVENING.search(text, lo, hi) is not None or _EVENING_ACTIVITY.search(text, lo, hi) is not None
    morn = _MORNING_CLAUSE.search(text, lo, hi) is not None or _MORNING_ACTIVITY.search(text, lo, hi) is not None
    if _PM_BELOW <= h < _PM_BELOW + 2 and eve == morn:
        return None   # "we've only got it half 8 to 9 on thursday": a morning's or an evening's, unread (as §68's ranges from 7 or 8)
    if h < 12 and (eve and not morn or h < _PM_BELOW and not morn):
        h += 12
    b = _range_end_hour(h, int(m["h2"]))
    if not h < b <= h + 12 and not (b == h and int(m["mi2"] or 0) > mi):
        return None
    return [M(m, "spoken_range", "time", group="s", hour=h, minute=mi, dref=None),
            M(m, "spoken_range", "time", group="e", hour=b, minute=int(m["mi2"] or 0), dref=None)]


# (fourteenth session, spoken) a clock time said in words, as speech written down has it: "ten a.m.",
# "seven forty-five p.m. tomorrow", "twelve thirty-four", "nine oh five", "at nine thirty this morning".
# With a.m./p.m. (written in lower case or with points: "ten PM" may be a prime minister) the time as
# "10 a.m."; without, an hour and its minutes in words only after a word that takes a time
# ("at", "till", "by": spoken_clock_cues), with a part of the day after them ("in the morning",
# "tonight") or as a time named ("the seven forty-five tonight"), never before a plural noun ("at
# nine thirty people"); the half of the day as for "twenty to ten" (tests/test_informal_grid_spoken.py).
_MINUTE_WORDS = {}
for _w, _n in ((w, n) for w, n in L["numbers"].items() if w in L["teen_words"] or w in L["tens_words"][:4]):
    _MINUTE_WORDS[_w] = _n
for _t in L["tens_words"][:4]:
    for _u in L["digit_words"]:
        _MINUTE_WORDS[_t + "-" + _u] = L["numbers"][_t] + L["numbers"][_u]
for _u in L["digit_words"]:
    _MINUTE_WORDS["oh " + _u] = L["numbers"][_u]
MINUTE_WORD = r"(?i:%s)" % "|".join(word_re(w.replace("-", " ")).replace(r"\s+", r"[-\s]") for w in sorted(_MINUTE_WORDS, key=lambda w: (-len(w), w)))
HOUR_WORD = alternation(list(_HOUR_WORDS))
_WORD_AMPM = r"(?:[ap]\.\s?m\.|[ap]m(?![a-zA-Z])|[AP]\.M\.)"


def _minute_value(s: str) -> int | None:
    return _MINUTE_WORDS.get(re.sub(r"[-\s]+", "-", s.lower()).replace("oh-", "oh "))


@rule("word_clock_ampm", r"(?P<h>%s)(?:\s+(?P<mi>%s))?\s+(?P<ap>%s)(?:,?\s+(?:(?i:on)\s+)?(?P<dref>%s))?" % (HOUR_WORD, MINUTE_WORD, _WORD_AMPM, DAYREF), 28,
      triggers="ampm",
      examples=[
          ("2026-11-02", "Building control inspection is Tuesday the third, ten a.m.", "ten a.m.", "2026-11-03T10:00"),
          ("2026-02-02", "The bridge shuts at seven forty-five p.m. tomorrow.", "seven forty-five p.m. tomorrow", "2026-02-03T19:45")])
def _word_clock_ampm(m, text):
    h = _HOUR_WORDS.get(m["h"].lower())
    mi = _minute_value(m["mi"]) if m["mi"] else 0
    if h is None or mi is None or not 0 <= mi <= 59:
        return None
    pm = m["ap"][0].lower() == "p"
    return M(m, "word_clock_ampm", "time", hour=(h % 12) + (12 if pm else 0), minute=mi, dref=day_ref(m["dref"]))


_WORD_CLOCK_CUE = _re(r"(?i)(?<![\w'\u2019])(?:{spoken_clock_cues}|the)\s+$")
_WORD_CLOCK_POD = _re(r"(?i)\s+(?:in\s+the\s+(?P<pod>morning|afternoon|evening)|(?P<night>tonight|at\s+night)|this\s+(?P<this>morning|afternoon|evening))(?![\w'\u2019])")
_WORD_CLOCK_NOUN = _re(r"\s+(?!(?:{not_counted_nouns:cs})\b)[a-z]+s(?![\w'\u2019])")


@rule("word_clock", r"(?P<h>%s)\s+(?P<mi>%s)(?![\w'\u2019-])" % (HOUR_WORD, MINUTE_WORD), 26,
      triggers="minute_word", lead=(r"(?i:%s)\s+" % "|".join(_HOUR_WORDS), 12),
      examples=[
          ("2026-01-15", "Dictation ends, recorder off at twelve thirty-four.", "twelve thirty-four", "2026-01-15T12:34")])
def _word_clock(m, text):
    h, mi = _HOUR_WORDS.get(m["h"].lower()), _minute_value(m["mi"])
    if h is None or mi is None or not 1 <= mi <= 59:
        return None
    cue = _WORD_CLOCK_CUE.search(text, max(0, m.start() - 10), m.start())
    pod = _WORD_CLOCK_POD.match(text, m.end())
    if cue is None and pod is None:
        return None
    if cue is not None and cue.group().lower().startswith("the") and pod is None:
        return None   # "the seven forty-five" is a time named only with its part of the day
    if pod is None and (_WORD_CLOCK_NOUN.match(text, m.end()) or not _PHRASE_ENDS.match(text, m.end())
                        and not _SPOKEN_DAY_AFTER.match(text, m.end())):
        return None   # "at nine thirty people", "at ten fifteen of them": counts
    if pod is not None:
        part = (pod["pod"] or pod["this"] or "").lower()
        if (pod["night"] or part in ("afternoon", "evening")) and h < 12:
            h += 12
        elif part == "morning" and h == 12:
            h = 0
        return M(m, "word_clock", "time", hour=h, minute=mi, dref=None)
    if _EVENING.search(text, max(0, m.start() - 60), min(len(text), m.end() + 60)) or (
            h < _PM_BELOW and not _MORNING_BEFORE.search(text, max(0, m.start() - 40), m.start())):
        h = h + 12 if h < 12 else h
    return M(m, "word_clock", "time", hour=h, minute=mi, dref=None, loose=h not in (0, 12))


# "house meeting 2nite at 8?", "pick it up tmrw at 4", "thurs between 8 and 12": a bare hour.
# Only after a word that takes a time, where the phrase ends (or goes on with "and", "tho"...),
# and on a line that names a day (a day word, a weekday, a part of the day): "at 8 people",
# "down by 5", "at 10, he left school" are not times. The rule's match is the day word (its
# trigger); the builder reads the line around it (at most 100 characters either way, cut at a
# line break or a full stop) for the hours. The hour is read as for "9ish", the evening word
# looked for close by (one line may hold "bed before 10" and "we leave at 7").
# (a comma before a digit is a thousands separator: "closed at 8,433.76 on Friday")
_BARE_END = r"(?=\s*(?:$|,(?!\d)|[;!?)\n\u2600-\u27bf\U0001f000-\U0001faff]|\.(?!\d)|:(?!\d)|\s(?:{bare_hour_followers})\b)|[ \t]+[xX]{1,3}[ \t]*(?:$|\n))"
# (clock) ... or a chat's kiss that ends its line ("see you at 4 x")
# ... and "coach leaves at 8.45 sharp, back around 3.15", "alarm at 3.30": an hour and its minutes
# with a dot and no am/pm after a word that takes a time (clock_minute_cues), not after money or
# a price ("shares closed at 4.15", "£3.50"). One scan finds both kinds (mi is the dotted one's).
_DOTTED_END = r"(?![\w%%]|[.,]\d|\s*(?:%s|{percent_words})|\s+(?:{slash_units}|{counted_nouns})\b(?!\s+the\s+(?:morning|afternoon|evening)\b))" % AMPM
# ((clock) "7.45 in the morning" is no length in inches)
# the day (and part of the day) written right after an hour: "9.45 tonight", "4.30 this arvo", (clock)
# "6.10 tomorrow morning", "11.20 last night"
_HOUR_DAY = r"this\s+(?:{day_parts}|{informal_day_parts})|last\s+(?:night|nite)|(?:{deictic_days})(?:\s+(?:{day_parts}|{informal_day_parts}))?|in\s+the\s+(?:morning|afternoon|evening)|at\s+night"
_BARE_HOUR = _re(r"(?i)(?<![\w'’])(?P<cue>{bare_hour_cues}|{clock_minute_cues}|{clock_alternative_cues})\s+(?:(?P<apx>{bare_hour_approximators})\s+)?(?P<h>1[0-2]|0?[1-9])"
                 r"(?:\.(?P<mi>[0-5]\d)%s(?:\s+(?P<dw>%s)(?![\w'’]))?"
                 r"|\s+and\s+(?P<h2>1[0-2]|0?[1-9])%s"
                 # (clock) "at 6 this morning", "at 10 tonight": an hour and its day, one expression
                 r"|\s+(?P<dw2>%s)(?![\w'’])"
                 # ((ampm34, §125) or a weekday right after it, its day: "I working till 6 thurs", "I'm on till 5 fri",
                 # "shuts at 5 Saturday"; a full name or a short one that is no English word (lexicon
                 # unambiguous_short_weekdays: not "at 2 sat down"), no possessive, then the end of the phrase or a
                 # blank; one to three blanks between)
                 r"|(?P<wdend>(?=[ \t]{1,3}(?:{unambiguous_short_weekdays}|%s)(?:$|[ \t,.!?;:)\n])))"
                 r"|%s)" % (_DOTTED_END, _HOUR_DAY, _BARE_END, _HOUR_DAY, alternation(_FULL_WD, caps=True), _BARE_END))
# (speed3) what every match of _BARE_HOUR holds: its hour, after the blank that ends its cue (or
# approximator), and no digit right after it (a dot, a blank, a stop, a follower...). Searched in the
# same bounds first (a charset prefix the engine skips along), so that the pattern, whose case-blind
# cues are tried at every character of the line, runs only on a line with such an hour: the same matches
_BARE_HOUR_CORE = re.compile(r"\s(?:1[0-2]|0?[1-9])(?!\d)")
# "dentist moved to fri 10.30": a day word and a dotted time (looked for only on a line with a dotted time)
# ((fresh17) and its part of the day between: "cup game tues night 7.45", "sat afternoon 3.00", "tmrw morning 9.15":
# one TIME, its half of the day from the part named, as "fri night 11:30" is day_clock's)
_DAY_DOTTED = _re(r"(?i)(?<![\w'’])(?P<dday>{bare_hour_day_words}|{short_weekdays}|{deictic_days})(?:\s+(?P<dpod>{day_parts}|{informal_day_parts}))?\s+(?P<dh>1?\d|2[0-3])\.(?P<dmi>[0-5]\d)%s" % _DOTTED_END)
_DOT_TIME = re.compile(r"\d\.[0-5]\d")
# (clock) "tonight 8?", "tmrw night 7.30?", "fri eve 7?", "sat morning 10ish?": a day word (and its part
# of the day) and an hour proposed with a question mark, one TIME
_DAY_HOUR_ASKED = _re(r"(?i)(?<![\w'’])(?P<dday>{short_weekdays}|{deictic_days}|%s)(?:\s+(?P<dpod>{day_parts}|{informal_day_parts}))?\s+(?P<dh>1[0-2]|0?[1-9])(?:\.(?P<dmi>[0-5]\d))?(?:ish)?(?=[ \t]*\?)" % alternation(_FULL_WD))


def _day_hour_asked(a) -> Mention:
    """The one TIME of a match of _DAY_HOUR_ASKED: the hour on the day, its half of the day from the
    part named ("tonight", "night", "eve": the evening's; a night's hour before 5 its small hours)."""
    day = a["dday"].lower()
    if day in L["deictic_days"]:
        dref = deictic_ref(day)
    else:
        dref = {"weekday": any_weekday_num(day), "short": day in L["short_weekdays"]}
    pod_w = (a["dpod"] or "").lower()
    code = _INFORMAL_POD.get(pod_w) or L["parts_of_day"].get(pod_w, "")
    h = int(a["dh"])
    night = code == "NI" or dref.get("night", False)
    if h < 12 and (code in ("AF", "EV") or night and h >= 5):
        h += 12
    elif 1 <= h < _PM_BELOW and not code and not night:
        h += 12   # ((eleventh session, clock) "sat 6.15?": as any bare hour, 1-6 the afternoon's)
    dref = {**dref, "night": night}
    loose = not code and not night
    return Mention(a.start(), a.end(), "bare_hour", "time",
                   dict(hour=h, minute=int(a["dmi"] or 0), dref=dref, h12=loose and h < 12, loose=loose), 7)

_DOTTED_CLOCK_END = _re(_DOTTED_END)   # (history8) what may follow a story's dotted clock time ("at 5.30")
# (informal5) "swap my sat late (2 til 10)", "Jordan: 4 till 11, sorry", "its 4 til 9": a span of two
# bare hours with no cue before it, in brackets, heading a message or after "it's/is": both are
# hours (the second read after the first: ``resolve._time``)
_HOUR_SPAN = _re(r"(?i)(?:^[^\n:]{0,30}:[ \t]*|\(|(?<![\w'’])(?:{hour_span_openers})\s+)(?P<h>1[0-2]|0?[1-9])\s*(?:til|till|until|to|-|–)\s*(?P<h2>1[0-2]|0?[1-9])%s" % _BARE_END, re.M)
# (twelfth session, clock) "the score was 9-5 on Friday", "odds were 9-4", "our record is 9-5": a score, a
# result, odds, a ratio, a record (lexicon score_nouns in the clause before); "I work 9-5 so Friday is out":
# the idiom of a job (lexicon job_hours after a word of work, no day word right after it)
_SCORE_BEFORE = _re(r"(?i)(?<![\w'’])(?:{score_nouns})(?![\w'’])[^.!?\n]{0,30}$")
_JOB_HOURS = frozenset(" ".join(w.split()) for w in L["job_hours"])
_JOB_OPENERS = frozenset(("work", "works", "working", "worked", "doing", "do", "does"))
_JOB_DAY_AFTER = _re(r"(?i)\s+(?:on\s+)?(?:{deictic_days}|{short_weekdays}|%s)(?![\w'’])" % alternation(_FULL_WD))


def _score_or_job(b, text: str, lo: int) -> bool:
    """Whether the span of two hours ``b`` (a match of _HOUR_SPAN) is a score or a job's "9-5"."""
    if _SCORE_BEFORE.search(text, max(lo, b.start() - 40), b.start("h")):
        return True
    span = " ".join(text[b.start("h"):b.end("h2")].split())
    opener = text[b.start():b.start("h")].strip().lower()
    return span in _JOB_HOURS and opener in _JOB_OPENERS and not _JOB_DAY_AFTER.match(text, b.end("h2"))


# (speed3) a run of one or two digits (no digit before or after it, as the bounds of the search show
# them): every hour the bare_hour rule reads is one, after a blank, a colon, a bracket or a line's
# start (a line whose only digits are a year's or a long number's has none)
_HOUR_TOKEN = re.compile(r"\d(?<!\d\d)\d?(?!\d)")
_BARE_CUES = frozenset(L["bare_hour_cues"])
_ALT_CUES = frozenset(L["clock_alternative_cues"])
_TIME_BEFORE_ALT = re.compile(r"(?i)(?<![\d.,$£€])(?:1[0-2]|0?[1-9])(?:[.:][0-5]\d(?:\s*(?:[ap]\.?m\.?|ish))?|\s*(?:[ap]\.?m\.?|ish))[ \t]*,?[ \t]*$")
_BARE_APPROX = frozenset(L["bare_hour_approximators"])
_BARE_AGE = _re(r"(?i)\b(?:{age_before_number})\s+$")
_CLOCK_VERB_CUES = frozenset(L["clock_verb_cues"])   # (barehour38, §151) the verbs of clock_minute_cues
_DAY_ONLY_HEDGES = frozenset(L["day_only_hedges"])   # (barehour38, §151) hedges read only with a day right after the hour
_BARE_MONEY = _re(r"(?i)(?:[$£€¥]|\b(?:{clock_money_words}))[^.\n]{0,30}$")
_DOTTED_PRICE_AFTER = _re(r"(?i)[ \t]*(?:{dotted_price_after})(?![\w'’])")   # (left20a) "sat 2.50 a pint"


# (clock39, docs/informal-time.md §159) "the queue for the 7:30 was massive", "got back on the 4:30 just before the storm",
# "the 10.30 tomorrow may run diesel", "bread on the 11.30?": an article before an h:mm or h.mm with no noun after it is a
# scheduled departure or fixture named by its clock (as "the 7.45 train" is, rule time_modifier's, without the noun).
# Not after a word of a score, a record, a race or a price (clock24_bare_not_after, clock_money_words: "ran the 1:45",
# "paid £2 for the 2.50"), not before a unit, a pace, a price's word, a range's joiner or a word that makes it a length or
# a number (lexicon scheduled_clock_not_before: "the 2:30 mark", "the 1.30 odds", "the 4.30 kg bag"). The half of the day
# as for any clock with no am/pm (1-6 the afternoon's, 7-11 by the words around, the one said before: resolve).
_SCHED_NOT_BEFORE = _re(r"(?i)\s*(?:[-–/]\s*\d|(?:{range_to_words})[ \t]+\d|{scheduled_clock_not_before}|{colon_clock_not_before}|{dotted_price_after})(?![\w'’])")
# what may follow such a clock: the end of its clause, a stop, a bracket, an emoji, a possessive's or a copula's "'s", or a
# word of lexicon scheduled_clock_followers (a verb, "one", "back", "instead", a day word); a noun after it is a modifier's
# ("the 1:32 boss fight" is a place in a video; "the 7.45 train" is rule time_modifier's)
_SCHED_END = _re(r"(?i)(?:[ \t]*(?:$|[\n,.!?;:)(\u2600-\u27bf\U0001f000-\U0001faff–-](?![ \t]*\d))|['’]s(?![\w'’])|[ \t]+(?:{scheduled_clock_followers})(?![\w'’]))")


@rule("scheduled_clock", r"(?i:{scheduled_clock_articles})[ \t]+(?P<t>(?<![\d.:$£€,/#])(?P<h>[01]?\d|2[0-3])(?P<sep>[.:])(?P<mi>[0-5]\d))%s" % _DOTTED_END, 18,
      triggers="colon dot",
      examples=[("2026-05-04", "went this morning, the queue for the 7:30 was massive", "7:30", "2026-05-04T07:30"),
                ("2026-05-04", "got back on the 4.40 before the rain", "4.40", "2026-05-04T16:40")])
def _scheduled_clock(m, text):
    h, mi = int(m["h"]), int(m["mi"])
    if h == 0 and not m["h"].startswith("0") or text[m.end():m.end() + 1] == ":":
        return None
    if _C24_NOT_AFTER.search(text, max(0, m.start() - 16), m.start()) or _SCHED_NOT_BEFORE.match(text, m.end()) \
            or not _SCHED_END.match(text, m.end()) \
            or _BARE_MONEY.search(text, max(0, m.start() - 40), m.start()):
        return None
    twelve = 1 <= h < 12 and not m["h"].startswith("0")
    small_pm = 1 <= h < _PM_BELOW and twelve and not _small_hour_near(text, m.start(), m.end())
    if twelve and _evening_event_before(text, m.start()):
        h, small_pm = h + 12, False
    return M(m, "scheduled_clock", "time", group="t", hour=h, minute=mi, dref=None, h12=twelve and h < 12,
             loose=twelve and h < 12, small_pm=small_pm)


_BARE_OPEN = frozenset(L["bare_hour_open_cues"])
# (hours21) what may follow an hour after "from" for it to stand alone as the hour a thing starts at: the line's or the
# clause's end, a comma, "at"/"on"/"onwards"/"for"/"if"... (lexicon from_hour_followers), not a noun ("from 6 people")
_FROM_ALONE = _re(r"(?i)[ \t]*(?:$|[,;!?)\n]|\.(?!\d)|[ \t]+(?:{from_hour_followers})(?![\w'’])|[ \t]+[xX]{1,3}[ \t]*(?:$|\n))", re.M)
# the words before "from" that make its number a count, a level, an age or a price ("down from 5", "ages from 6")
# the day a lone "from <hour>" is on, named before it (from the day word's line on): a day word or a weekday, not one of
# from_hour_unsure_days ("sun", "mon", "sat", "wed" are words of English as well, and often read as no day: the hour
# would fall on the day of writing), nor a part of the day alone ("quiz night from 8": no day said)
_FROM_SURE_DAY = _re(r"(?i)(?<![\w'’])(?:{deictic_days}|%s|(?!(?:{from_hour_unsure_days})(?![\w'’]))(?:{short_weekdays}))(?![\w'’])" % alternation(_FULL_WD))
def _from_half_unsaid(b, text: str, lo: int, hi: int) -> bool:
    """(hours21) Whether the lone hour after "from" of ``b`` is one of 7-11 with no word of the evening or the morning
    on its line (``lo``: the line's start; read up to its end, at most ``hi``/40 characters on)."""
    h = int(b["h"])
    if not _PM_BELOW <= h < 12:
        return False
    z = _line_end(text, b.end(), max(b.end(), min(hi, b.end() + 40)))
    if _EVENING.search(text, lo, z) or _MORNING_CLAUSE.search(text, lo, z):
        return False
    # ((barehours42, §217) no word of either half: "from 10", "from 11" are the morning's, and any of 7-11 after a word
    # of opening in its clause ("the barn is open Saturday from 9"); the hour then reads as the morning's below)
    if h in _FROM_MORNING_HOURS:
        return bool(_FROM_NIGHT.search(text, lo, z)) or not _FROM_DAY_RIGHT_BEFORE.search(text, max(lo, b.start() - 24), b.start())
    a = max([lo] + [x.end() for x in _CLAUSE_END.finditer(text, lo, b.start())])
    return not _FROM_OPENING.search(text, a, b.start())


_FROM_MORNING_HOURS = frozenset(L["from_hour_morning_hours"])
_FROM_NIGHT = _re(r"(?i)(?<![\w'’])(?:{range_night_words}|{clause_evening_cues}|{event_hour_evening_words}|{from_hour_night_words})(?![\w'’])")
_FROM_DAY_RIGHT_BEFORE = _re(r"(?i)(?<![\w'’])(?:{deictic_days}|%s)[ \t]{1,3}\Z" % alternation(_FULL_WD))
# ((barehours42, §217) a word of opening right before the hour's day and "from" (perhaps "again" between): "the barn is open
# Saturday from 9", "opens again tomorrow from 8"; not an adjective before its noun, "open decks from 8" (a night's)
_FROM_OPENING = _re(r"(?i)(?<![\w'’])(?:{from_hour_opening_words})(?:[ \t]{1,3}again)?(?:[ \t]{1,3}(?:on[ \t]{1,3})?(?:{deictic_days}|%s))?[ \t]{1,3}\Z" % alternation(_FULL_WD))


_FROM_NOT_AFTER = _re(r"(?i)(?<![\w'’])(?:{from_hour_not_after})(?:\s+\w+)?\s+$")
_LINE_END = re.compile(r"\n|\.(?!\d)")
_BARE_REACH = 100
# a chat's hours after the line of its day word ("babysit sat night? / 7 if poss? back by 11
# latest"): read only where that line is short (a message, not a paragraph), in the lines after
# it (blank ones too: chats set messages apart) up to a long line, at most _CHAT_REACH characters
# (bounded per day word)
_CHAT_LINE, _CHAT_REACH = L["chat_hour_reach"]
RS.reach_after = max(RS.reach_after, _CHAT_REACH)   # (bare_hour's match is the day word; it reads that far after it)
_CHAT_HOUR = _re(r"(?im)(?:(?:^(?:[^\n:]{1,30}:[ \t]*)?(?:@\w{1,30}[ \t]+){0,3}|(?<![\w'’])(?:{chat_hour_leads})!*,[ \t]+)(?P<ah>1[0-2]|0?[1-9])(?:\.(?P<ami>[0-5]\d))?(?=[ \t]*(?:\?|(?:{chat_hour_answers})\b))"
                 r"|(?<![\w.:$£€])(?P<sh>1[0-2]|0?[1-9])(?:\.(?P<shmi>[0-5]\d))?(?=[ \t]+(?:{sharp_words})\b))")
# what every match of _CHAT_HOUR / _HOUR_SPAN holds, found from its digits on (the regex engine
# skips to the next digit: a line of news is passed over at once; the patterns themselves are
# tried at every character): an hour before "?", an answer or "sharp" ("7?", "8 works", "9 sharp"),
# two hours around "til" or a dash ("4 till 11", "(2-10)")
_CHAT_HOUR_END = _re(r"(?i)\d[ \t]*(?:\?|(?:{chat_hour_answers}|{sharp_words})\b)")
_HOUR_SPAN_CORE = re.compile(r"(?i)\d\s*(?:til|till|until|to|-|–)\s*\d")
_UP_LATE = _re(r"(?i)\b(?:{up_late_words})\s+$")
_UNTIL_CUES = frozenset(L["limit_prepositions"])
_SMALL_HOURS = 5
_SINCE_EARLY = 6   # (clock) "up since 6" is the morning's; "up since 7" may be either
_LENGTH_AFTER = _re(r"(?i)\s+and\s+(?:a\s+)?(?:half|quarter)\b")
_BY_MEASURE = _re(r"(?i)(?:\b(?:{by_measure_words})|\d)\s+$")
_HOUR_DIGIT = re.compile(r"[1-9]")
# (speed4) where a search of _BARE_HOUR may start. A match is a cue, a blank run, perhaps an approximator and
# a blank run, then its hour: the blank right before the hour is where _BARE_HOUR_CORE matches (the hour is
# followed by no digit in every branch), and text[match start:that blank + 1] is a match of _BARE_CUE_BEFORE
# (the same cues, approximators and look-behind, up to the end). Cue and approximator hold at most
# _BARE_LEAD_CHARS characters other than blanks, so that piece is looked for only in the text from
# _BARE_LEAD_CHARS such characters before the blank; and no match starts before the first blank that has
# one. The pattern itself (case-blind cues tried at every character) then reads from there, or not at all
# (tests/test_speed_equivalence.py: the same matches as from the line's start)
_BARE_LEAD_CHARS = max(len("".join(w.split())) for w in L["bare_hour_cues"] + L["clock_minute_cues"]
                       + L["clock_alternative_cues"]) + max(len("".join(w.split())) for w in L["bare_hour_approximators"])
_BARE_CUE_BEFORE = _re(r"(?i)(?<![\w'’])(?:{bare_hour_cues}|{clock_minute_cues}|{clock_alternative_cues})\s+(?:(?:{bare_hour_approximators})\s+)?\Z")


def _bare_lead_start(text: str, lo: int, blank: int) -> int:
    """The offset after the (_BARE_LEAD_CHARS + 1)th character other than a blank before ``blank``
    (``lo`` if there are not that many after ``lo``): no cue and approximator before the blank start
    earlier."""
    left = _BARE_LEAD_CHARS
    i = blank
    while i > lo:
        if not text[i - 1].isspace():
            if not left:
                return i
            left -= 1
        i -= 1
    return lo


def _bare_hour_start(text: str, lo: int, hi: int) -> int:
    """Where ``_BARE_HOUR.finditer(text, lo, hi)`` may start and find the same matches: -1 where it
    finds none."""
    for core in _BARE_HOUR_CORE.finditer(text, lo, hi):
        blank = core.start()
        start = _bare_lead_start(text, lo, blank)
        if _BARE_CUE_BEFORE.search(text, start, blank + 1):
            return start
    return -1


def _last_line_end(text: str, lo: int, hi: int) -> int:
    """The end of the last match of _LINE_END in text[lo:hi] ("\n", or a dot before no digit, the
    bound counting as none), ``lo`` if none: with ``str.rfind``, not every match of a regex."""
    n = text.rfind("\n", lo, hi)
    d = text.rfind(".", lo, hi)
    while d > n:
        if d + 1 == hi or not text[d + 1].isdecimal():
            return d + 1
        d = text.rfind(".", lo, d)
    return n + 1 if n >= 0 else lo
_CLAUSE_END = re.compile(r"[.!?\n](?!\d)")


def _line_end(text: str, start: int, hi: int) -> int:
    """Where the line of ``start`` ends, at most ``hi``."""
    nl = text.find("\n", start, hi)
    return hi if nl < 0 else nl


def _bare_hour_mentions(b, text: str, lo: int, hi: int, far: int):
    """The mentions of one hour ``b`` that ``_bare_hour`` found (a match of _BARE_HOUR or
    _DAY_DOTTED), and the bounds of the line read so far (``lo``/``hi``; ``far``: where the
    chat's lines end)."""
    out = []
    alt = False
    # the line of the hour (an hour on a later line than the day word's is read on its own line)
    lo = max(lo, start_of_line(text, b.start()))
    hi = far if b.start() >= hi else hi
    if b.re is _DAY_DOTTED:
        day = b["dday"].lower()
        h = int(b["dh"])
        if day in L["deictic_days"]:
            dref = deictic_ref(day)
        elif day in L["short_weekdays"] or day in L["weekdays"]:
            # ((left20a) "friday 8.30 at mine": a full weekday with a dotted time and no verb is a plan's, as "fri 8.30"
            # is (resolve: a chat's verb-less weekday is the one to come; a verb's tense still decides)
            dref = {"weekday": L["short_weekdays"].get(day) or L["weekdays"][day], "short": day in L["short_weekdays"],
                    "plan": True}
        else:
            return out, lo, hi   # "morning 9.30": a part of the day is no day
        if _BARE_MONEY.search(text, max(lo, b.start() - 40), b.start()) or h > 23 \
                or _DOTTED_PRICE_AFTER.match(text, b.end()):
            return out, lo, hi   # (left20a) "sat 2.50 a pint", "fri 3.99 each": a price
        pod_w = (b["dpod"] or "").lower()
        code = _INFORMAL_POD.get(pod_w) or L["parts_of_day"].get(pod_w, "")
        if code:
            # (fresh17) "tues night 7.45", "sat afternoon 3.00": the half of the day the part names (a night's
            # hour before 5 its small hours, a morning's its own), not the loose reading below
            if h < 12 and (code in ("AF", "EV") or code == "NI" and h >= 5):
                h += 12
            out.append(Mention(b.start(), b.end(), "bare_hour", "time",
                               dict(hour=h, minute=int(b["dmi"]), dref={**dref, "night": code == "NI"}, h12=False, loose=False), 7))
            return out, lo, hi
        if 1 <= h < 12 and not b["dh"].startswith("0") and (
                h < _PM_BELOW or _evening_line(text, max(lo, b.start() - 40), _line_end(text, b.end(), min(hi, b.end() + 40)))):
            h += 12   # ((eleventh session, clock) "Wet Leg are sat 6.15?": as any bare hour, 1-6 the afternoon's)
        out.append(Mention(b.start(), b.end(), "bare_hour", "time",
                           dict(hour=h, minute=int(b["dmi"]), dref=dref, h12=1 <= h < 12 and not b["dh"].startswith("0"),
                                loose=1 <= h % 12 < 12 and not b["dh"].startswith("0") and int(b["dh"]) < 12), 7))
        return out, lo, hi
    cue = " ".join(b["cue"].lower().split())
    if cue in _ALT_CUES:
        first = _TIME_BEFORE_ALT.search(text, max(lo, b.start() - 16), b.start())
        if not first or _BARE_MONEY.search(text, max(lo, first.start() - 40), first.start()):
            return out, lo, hi   # ((twelfth session, clock) "2 or 3 pizzas", "costs 4.50 or 5.50": "or" takes an hour only after a clock time)
        cue = "at"   # "we can do 6.45 or 9.15": the second offered as the first
        alt = True   # (ampm34, §125) an offer's alternative: its half of the day from the list (``resolve._time``)
    if b["dw2"] and cue not in _BARE_CUES and cue not in _BARE_APPROX and not (b["apx"] and cue in _CLOCK_VERB_CUES):
        return out, lo, hi   # (a dotted time may follow "is", "was"; a bare hour only a word that takes a time)
        # ((barehour38, §151) or a verb of travel and a hedge: "the bus leaves about 6 tmrw morning")
    if not b["dw2"] and not b["mi"] and (cue in _DAY_ONLY_HEDGES or (b["apx"] or "").lower() in _DAY_ONLY_HEDGES):
        return out, lo, hi   # ((barehour38, §151) "bout", "roughly", "abt", "approx" take a bare hour only with its day right after
        # it, "we reach bout 10 tonight", and a dotted h.mm as "about" does, "I'll head off after the first dance, roughly 9.30";
        # a bare "to roughly 7" alone is left (from the figures: informal31-blind A fell by one such, figures only)
    if b["mi"] or b["dw2"]:
        if _BARE_MONEY.search(text, max(lo, b.start() - 40), b.start("h")) \
                or b["mi"] and _DCC_EACH_AFTER.match(text, b.end()):
            return out, lo, hi   # ((clocks43, §233) "Fish on Friday is 7.50 each": a price, as the weekday's own "fri 3.99 each")
        h = int(b["h"])
        if h < _PM_BELOW or _evening_line(text, max(lo, b.start() - 40), _line_end(text, b.end(), min(hi, b.end() + 40))) \
                or _closing_before(text, lo, b.start(), cue) and not _MORNING_CLAUSE.search(text, lo, _line_end(text, b.end(), min(hi, b.end() + 40))):
            # ((clocks37, §146) "Tomorrow the stand closes at 10.30": a closing time of 7-11 the evening's, as a bare hour's)
            # ((values2, sixteenth session) an evening word of the hour's own line: "She's got her driving test
            # at 9.40." is the morning's, whatever the next line's "Deep clean Sunday night after close" says)
            h = h + 12 if h < 12 else h
        # "gets in at 9.45 tonight", "pick up is 4.30 this arvo": the time and its day, one expression
        dw = " ".join((b["dw"] or b["dw2"] or "").lower().split())
        day, _, pod = dw.rpartition(" ")
        if pod not in _INFORMAL_POD and pod not in L["parts_of_day"] or day not in L["deictic_days"] and day not in ("this", "last", "in the", "at"):
            day, pod = dw, ""
        if pod and day in ("in the", "at"):
            # (clock) "at 7.45 in the morning", "11 at night": the half of the day said, on the talk's day
            code = L["parts_of_day"][pod]
            h0 = int(b["h"])
            h = h0 + (12 if (code in ("AF", "EV") or code == "NI" and h0 >= 5) and h0 < 12 else 0)
            out.append(Mention(b.start("h"), b.end(), "bare_hour", "time",
                               dict(hour=h, minute=int(b["mi"] or 0), dref=None, h12=False, loose=False), 7))
            return out, lo, hi
        if pod:
            code = _INFORMAL_POD.get(pod) or L["parts_of_day"][pod]
            h0 = int(b["h"])
            # (clock) "7.30 tomorrow night", "11.20 last night": a night's hour from 5 on is the evening's
            h = h0 + (12 if (code in ("AF", "EV") or code == "NI" and h0 >= 5) and h0 < 12 else 0)
            word = "today" if day == "this" else "yesterday" if day == "last" else day
            dref = {**deictic_ref(word), "night": code == "NI"}
        else:
            dref = deictic_ref(dw) if dw else None
        # ((fresh16) an hour and its day word, no half of the day said ("alarm at 5 tomorrow"): a word of its clause
        # may still tell its half (tagger._clause_half: 05:00), as it does for a bare hour)
        out.append(Mention(b.start("h"), b.end(), "bare_hour", "time",
                           dict(hour=h, minute=int(b["mi"] or 0), dref=dref, h12=h < 12, loose=not dw,
                                **({"day_word_hour": True} if dw and not pod and not b["mi"] else {}),
                                **({"alt": True} if alt else {}),
                                # ((hours43, §229) "been at the stall since 4 today": a past start, before the stamp)
                                **({"since_past": True} if cue == "since" and not pod and (not dref or dref.get("offset") == 0) else {})), 7))
        return out, lo, hi
    if b["wdend"] is not None and not 1 <= int(b["h"]) < _PM_BELOW:
        # ((ampm34, §125) an hour ended by its weekday only where its half of the day is the default's, 1-6 the
        # afternoon's: "work's got me on till 7 thursday" may be a morning's or an evening's end, left)
        return out, lo, hi
    apx = b["apx"] is not None or cue in _BARE_APPROX
    if cue not in _BARE_CUES and not (cue in _BARE_APPROX and not _BARE_AGE.search(text, max(lo, b.start() - 12), b.start())):
        return out, lo, hi   # "around 4", "about 9" (not "when I was about 9": an age)
    if cue in _BARE_OPEN and not re.match(r"\s+(?:to|till|til|until|-)\s", text[b.end():b.end() + 8]) and (
            not _FROM_ALONE.match(text, b.end()) or _FROM_NOT_AFTER.search(text, max(lo, b.start() - 24), b.start())
            or not _FROM_SURE_DAY.search(text, lo, b.start()) or _from_half_unsaid(b, text, lo, hi)):
        # "from 10": the start of a range of hours ("from 10 till 1am"), or (hours21) an hour things start at,
        # alone at the end of its clause after a day named before it on its own line ("the room's free tmrw from 2",
        # "friday party at Ellie's, from 8!"); not a count or a level going from one number ("down from 5", "kids
        # from 6"), not an hour of 7-11 whose half of the day no word of its line tells ("tmrw booked from 7")
        return out, lo, hi
    if not text[lo:b.start()].strip() and " " not in cue:
        return out, lo, hi  # "At 10, he left school": an age or a list at the head of the line (not "cant make 8")
    if cue == "between" and not b["h2"]:
        return out, lo, hi
    if _LENGTH_AFTER.match(text, b.end()):
        return out, lo, hi  # "in about 4 and a half hours": a length
    if cue == "by" and _BY_MEASURE.search(text, max(lo, b.start() - 16), b.start()):
        return out, lo, hi  # "down by 5", "won by 2", "2 by 4": a measure, not "home by 11"
    if cue in _RANGE_TO and _COUNT_RANGE_BEFORE.search(text, max(lo, b.start() - 28), b.start()):
        return out, lo, hi  # ((clocks27) "years 7 till 11 on Friday", "chapters 3 till 5": the end of a range of counts
    for g in ("h", "h2"):
        if b[g] is None:
            continue
        h = int(b[g])
        # the evening word in the same clause ("show the night before? sale is fri at 10": morning)
        e0 = max([lo, b.start(g) - 40] + [x.end() for x in _CLAUSE_END.finditer(text, max(lo, b.start(g) - 40), b.start(g))])
        e1 = _CLAUSE_END.search(text, b.end(g), min(hi, b.end(g) + 40))
        upto = re.match(r"\s+(?:to|till|til|until|-)\s+(\d{1,2})\s*[aA]\.?[mM]\b", text[b.end(g):b.end(g) + 16])
        if h < 12 and _UPTO_MIDNIGHT.match(text, b.end(g)):
            # (values4, eighteenth session) "lagging yesterday from 8 til midnight", "working from 10 until midnight":
            # the hour a range ends at midnight starts from is the evening's (a day's hours up to midnight, whatever
            # word of the morning the clause has)
            out.append(M(b, "bare_hour", "time", group=g, hour=h + 12, minute=0, dref=None, loose=True,
                         **({"mod": "APPROX"} if apx else {})))
            continue
        if cue == "since" and h <= _SINCE_EARLY and _UP_LATE.search(text, max(lo, b.start() - 14), b.start()):
            # (clock) "we've been up since 5", "awake since 4": the early morning, not the afternoon
            out.append(M(b, "bare_hour", "time", group=g, hour=h, minute=0, dref=None, loose=False))
            continue
        if h < _SMALL_HOURS and cue in _UNTIL_CUES and _UP_LATE.search(text, max(lo, b.start() - 14), b.start()):
            # "i was out til 2", "up till 3 revising": the small hours, not the afternoon
            out.append(M(b, "bare_hour", "time", group=g, hour=h, minute=0, dref=None, loose=False))
            continue
        if g == "h" and _PM_BELOW <= h < 12 and cue not in _BARE_OPEN and cue != "between" \
                and _closing_before(text, lo, b.start(), cue):
            # ((values3, seventeenth session) not "open from 9 till 5": the hour after "from" is the opening's;
            # (fresh16) nor "open between 10 and 4", whose first hour opens)
            # (sift) "gym closes at 10", "the pub shuts at 11", "open till 9": a closing time from 7 to 11
            # is the evening's (a place shuts at night; "opens at 9" keeps the morning)
            out.append(M(b, "bare_hour", "time", group=g, hour=h + 12, minute=0, dref=None, loose=True, **({"mod": "APPROX"} if apx else {})))
            continue
        if g == "h" and _PM_BELOW + 2 <= h < 12 and not upto:
            span = _DAY_SPAN_AFTER.match(text, b.end(g))
            if span and int(span["e"]) % 12 < h and not _RANGE_NIGHT.search(text, e0, e1.start() if e1 else min(hi, b.end(g) + 40)):
                # (clocks27, §85) "we were in the pub from 11 until 4", "at the bar from 10 till 2": a stretch of bare hours
                # from 9-11 that crosses the clock's 12 is the waking day's (11:00-16:00), whatever evening word ("pub",
                # "bar", "drinks") its clause has; a word of the night (lexicon range_night_words: "tonight", "party",
                # "club") keeps the night's reading below
                out.append(M(b, "bare_hour", "time", group=g, hour=h, minute=0, dref=None, loose=False,
                             **({"mod": "APPROX"} if apx else {})))
                continue
        if (h < _PM_BELOW or _EVENING.search(text, e0, e1.start() if e1 else min(hi, b.end(g) + 40)) \
                or (upto and int(upto.group(1)) < h)) \
                and not _own_morning(text, e0, e1.start() if e1 else min(hi, b.end(g) + 40), b.end(g)):
            # "from 10 till 1am": an evening into the night; (informal6) not "tmrw at 7 for breakfast",
            # "gym at 6 before work", "alarm set for 5": a morning's
            h = h + 12 if h < 12 else h
        out.append(M(b, "bare_hour", "time", group=g, hour=h, minute=0, dref=None, loose=True,
                     **({"mod": "APPROX"} if apx else {}), **({"alt": True} if alt else {}),
                     **({"since_past": True} if cue == "since" else {}),   # (hours43, §229) a past start, before the stamp
                     **({"forward": True} if cue in _FORWARD_CUES or (cue == "between" and g == "h2") else {})))
    if cue == "at" and b["h"] is not None and b["h2"] is None and not b["mi"] and not apx:
        # (fresh17) a list of bare hours after "at": "fed at 7, 11, 3 and 7", "buses at 8, 10, 12 and 2": each a
        # time, going on through the day from the first; only a whole list ending "and <hour>"
        lst = _HOUR_LIST.match(text, b.end("h"), min(len(text), b.end("h") + 40))
        if lst and out:
            prev = out[-1].data["hour"]
            for x in _HOUR_LIST_ITEM.finditer(text, lst.start(), lst.end()):
                h = int(x.group())
                # the list goes on through the day: the first of the hour and the hour + 12 not before the one before
                h = h if h >= prev or h == 12 else h + 12 if h + 12 >= prev else h
                prev = h
                out.append(Mention(x.start(), x.end(), "bare_hour", "time",
                                   dict(hour=h, minute=0, dref=None, h12=False, loose=False), 7))
    return out, lo, hi   # ((fresh16) the end of "between 8 and 6" is after its start, as "by"'s hour is)


# (fresh17) the rest of a list of bare hours after "at 7": ", 11, 3 and 7" (two to six hours more, the last after
# "and"), then what may end a bare hour; the list is at most 40 characters
# (hours43, §229) a word of the morning after the hour that another day owns ("tonight after 6 or Saturday morning",
# "at 5 or tomorrow morning": "or" and the day before the word, lexicon half_cue_alternative_joins) tells that day's
# half, not the hour's: an hour of 1-6 stays the afternoon's ("at 6 tomorrow morning" keeps its morning). Bounded: 32
# characters before the morning's word.
_OTHER_DAY_BEFORE_POD = _re(r"(?i)(?<![\w'’])(?:{half_cue_alternative_joins:line})[ \t]{1,3}(?:(?:{half_cue_alternative_day_dets:bare})[ \t]{1,3})?(?:%s|{short_weekdays}|{deictic_days})[ \t]{1,3}$" % WEEKDAY)


def _own_morning(text: str, a: int, z: int, hour_end: int) -> bool:
    """Whether text[a:z] (the hour's clause) holds a word of the morning that is the hour's own: not one after the hour
    right after another day's word ("Saturday morning")."""
    for w in _MORNING_CLAUSE.finditer(text, a, z):
        if w.start() < hour_end or not _OTHER_DAY_BEFORE_POD.search(text, max(a, hour_end, w.start() - 32), w.start()):
            return True
    return False


_HOUR_LIST = _re(r"(?:[ \t]*,[ \t]*(?:1[0-2]|[1-9])(?![\d.:])){1,5}[ \t]*,?[ \t]+(?:and|&)[ \t]+(?:1[0-2]|[1-9])" + _BARE_END)
_HOUR_LIST_ITEM = re.compile(r"(?<![\d.:])(?:1[0-2]|[1-9])(?![\d.:])")


_CLOSING_BEFORE = _re(r"(?i)(?<![\w'’])(?:{closing_words})\s+$")
# ((clocks37, §146) "open" closes only with a cue of an end after it, "open till 9": "Lifts open at 9" is an opening's hour)
_OPEN_WORDS = frozenset(w for w in L["closing_words"] if w.startswith("open"))


def _closing_before(text: str, lo: int, start: int, cue: str) -> bool:
    """Whether a word of closing stands right before the hour's cue ``cue`` at ``start`` ("closes at 10", "open till 9";
    not "open at 9", "open from 9": an opening's)."""
    c = _CLOSING_BEFORE.search(text, max(lo, start - 24), start)
    return c is not None and not (cue in ("at", "@", "from", "by") and c.group().strip().lower() in _OPEN_WORDS)
# (clocks27) the bare end of a span after its start ("from 11 until 4", "from 10 - 2"), no am/pm, no minutes; and the words
# that make such a span a night's
_DAY_SPAN_AFTER = _re(r"(?i)[ \t]*(?:[-–]|(?:{range_to_words})(?![\w'’]))[ \t]*(?P<e>1[0-2]|0?[1-9])(?![\w:%%]|[.,]\d|[ \t]*(?:%s))" % AMPM)
_RANGE_NIGHT = _re(r"(?i)(?<![\w'’])(?:{range_night_words})(?![\w'’])")
_RANGE_TO = frozenset(L["range_to_words"])
_COUNT_RANGE_BEFORE = _re(r"(?i)(?<![\w'’])(?:{range_not_hour_before})[ \t]+\d{1,2}[ \t]*$")
_UPTO_MIDNIGHT = _re(r"(?i)[ \t]*(?:[-–]|(?:to|till|til|until)(?![\w'’]))[ \t]*(?:{range_end_midnight})(?![\w'’])")
# ((eleventh session, clock) an hour after "by", "till", "until", "after" is later than the time told
# before it on that day: "started at 6am, be done by 4 latest" is 16:00, not 04:00 (``resolve._time``))
_FORWARD_CUES = frozenset({"by", "til", "till", "until", "after"})


# (tenth session, clock) or a plan or an outing on a line that names no day ("dinner at 8?", "pick you
# up at 7.30 for the pub", "kick off at 3"): the hour is on the day the talk is about (the day
# named before, else the day of writing), read as any bare hour (lexicon "_doc_hour_plan")
_HOUR_PLAN = alternation(L["trigger_words"]["hour_plan"])
_PLAN_WORDS = frozenset(L["trigger_words"]["hour_plan"])
_PLAN_MARKER = _re(r"(?i)(?<![\w'’])(?:{hour_plan_markers})(?![\w'’])")
_PROPOSED = re.compile(r"(?i)(?:ish)?[ \t]*(?:(?:tonight|tonite|2nite|then|instead|today|x+|pls|please|ok)[ \t]*)?\?")
_CLAUSE_MARK = re.compile(r"[.!?\n](?!\d)")


def _one_occasion(text: str, lo: int, hi: int, start: int, end: int) -> bool:
    """Whether the hour text[start:end] found near a plan word (not a day word) is said of one
    occasion: proposed ("dinner at 8?"), planned in its clause ("I'll pick you up at 7.30", "see you
    at 4"), or told in the past ("had dinner at 8"); not a habit told in the present ("pickup is by
    5.30", "they want you out by 7"). ``lo``/``hi``: its line (bounded: a line of at most
    2 x _BARE_REACH characters is read)."""
    if _PROPOSED.match(text, end):
        return True
    a = max([lo] + [x.end() for x in _CLAUSE_MARK.finditer(text, lo, start)])
    z = _CLAUSE_MARK.search(text, end, hi)
    z = z.start() if z else hi
    mk = _PLAN_MARKER.search(text, a, z)
    if mk and not (mk.group().lower() == "latest" and _HABIT_COPULA.search(text, a, start)):
        return True   # ((eleventh session) "home by 6 latest"; not "pickup is by 5.30 at the latest", a habit)
    from timeline_app.temporal.tense import tense_at   # (the tense reader reads this lexicon: imported when used)
    return tense_at(text, a, z, start, end) == "past"


_HABIT_COPULA = re.compile(r"(?i)[a-z]\s+(?:is|are)\s+(?:by|at|from|until|till)\b")   # "pickup is by 5.30": a rule of the place


_TEMPERATURE_BEFORE = _re(r"(?i)\b(?:{temperature_words})\s+(?:(?:of|near|around|about|at|to|in|into)\s+)?(?:the\s+)?(?:(?:low|mid|high|upper)[\s-]+)?$")
# (barehour38, §151) a hedged number that is a count or a measure, not an hour, by the words before its hedge: a forecast's
# verb after a temperature word ("temps should reach about 10 tonight": lexicon temperature_verbs, at most two words
# between), a count's word right before the hedge ("we set off with about 6 this morning", "had roughly 10 Saturday":
# lexicon hedged_count_before). Bounded: 48 characters before the hour.
_TEMPERATURE_VERB_BEFORE = _re(r"(?i)\b(?:{temperature_words})(?:\s+[^\s\d.,;:!?]{1,12}){0,2}?\s+(?:{temperature_verbs})\s+(?:(?:{bare_hour_approximators})\s+)?$")
_HEDGED_COUNT_BEFORE = _re(r"(?i)(?<![\w'’])(?:{hedged_count_before})\s+(?:{bare_hour_approximators})\s+$")


def _hedged_count(text: str, start: int) -> bool:
    """Whether the hour at ``start`` is a forecast's temperature or a hedged count (the words before it)."""
    lo = max(0, start - 48)
    return bool(_TEMPERATURE_VERB_BEFORE.search(text, lo, start) or _HEDGED_COUNT_BEFORE.search(text, lo, start))


@rule("bare_hour", r"(?:(?P<day>(?i:{bare_hour_day_words}|{deictic_days}|%s))(?![\w'’])|(?P<pday>(?i:%s))(?=['’]s\s))" % (_HOUR_PLAN, _HOUR_PLAN), 7,
      triggers="deictic weekday pod hour_plan",
      examples=[
          ("2023-05-03", "house meeting 2nite at 8? we need to sort the bills", "8", "2023-05-03T20:00"),
          ("2018-03-20", "got a suit made yesterday, pick it up tmrw at 4.", "4", "2018-03-21T16:00"),
          ("2023-05-03", "the boiler guy can come thurs between 8 and 12, anyone in?", "12", "2023-05-04T12:00"),
          ("2025-06-04", "@jo: dinner at 8? x", "8", "2025-06-04T20:00")])
def _bare_hour(m, text):
    if not _HOUR_DIGIT.search(text, max(0, m.start() - _BARE_REACH), m.end() + _BARE_REACH):
        return None   # no hour within reach (each has a digit 1-9): most day words of news
    lo = max(0, m.start() - _BARE_REACH)
    lo = _last_line_end(text, lo, m.start())
    hi_m = _LINE_END.search(text, m.end(), min(len(text), m.end() + _BARE_REACH))
    hi = hi_m.start() if hi_m else min(len(text), m.end() + _BARE_REACH)
    # ((twelfth session, clock) or a plan word and "'s": "dinner's at 7 sharp", "lunch's at 1?")
    plan = m["pday"] is not None or m["day"].lower() in _PLAN_WORDS   # (clock) a plan word, no day word: its own line's hours only
    if plan:
        start = _bare_hour_start(text, lo, hi)
        if start < 0:
            return None   # (speed3) no hour after a blank on the line: no match of _BARE_HOUR
        return [x for b in _BARE_HOUR.finditer(text, start, hi) for x in _bare_hour_mentions(b, text, lo, hi, hi)[0]
                if _one_occasion(text, lo, hi, x.start, x.end)] or None
    out = []
    far = hi
    if hi - lo <= _CHAT_LINE and hi < len(text):
        # a short line: the chat's next lines speak of the same day, up to a blank or a long line
        far = min(len(text), m.end() + _CHAT_REACH)
        a = text.find("\n", hi, far)
        while a >= 0:
            b_ = text.find("\n", a + 1, far)
            if (b_ if b_ >= 0 else far) - a > _CHAT_LINE:
                far = a
                break
            a = b_
    if not _HOUR_TOKEN.search(text, lo, far):
        return None   # no hour on the line (most lines around a day word)
    start = _bare_hour_start(text, lo, far)
    found = list(_BARE_HOUR.finditer(text, start, far)) if start >= 0 else []
    if _DOT_TIME.search(text, lo, hi):
        found += _DAY_DOTTED.finditer(text, lo, hi)
    if "?" in text[lo:hi]:
        for a in _DAY_HOUR_ASKED.finditer(text, lo, hi):
            out.append(_day_hour_asked(a))
    for c in (_CHAT_HOUR.finditer(text, lo, far) if _CHAT_HOUR_END.search(text, lo, far) else ()):
        g = "ah" if c["ah"] else "sh"
        if _BARE_MONEY.search(text, max(lo, c.start(g) - 40), c.start(g)):
            continue
        h = int(c[g])
        mi = c["ami"] if g == "ah" else c["shmi"]
        # (sift) the evening word of the answer's own clause: "tomorrow? or Monday evening? / tomorrow works,
        # 11?" is the morning's (the evening was the other day's)
        e0 = max([lo, c.start(g) - 40] + [x.end() for x in _CLAUSE_END.finditer(text, max(lo, c.start(g) - 40), c.start(g))])
        if h < _PM_BELOW or _EVENING.search(text, e0, min(far, c.end() + 40)):
            h = h + 12 if h < 12 else h
        out.append(Mention(c.start(g), c.end(), "bare_hour", "time",
                           dict(hour=h, minute=int(mi) if mi else 0, dref=None, h12=h < 12, loose=True), 7))
    for b in (_HOUR_SPAN.finditer(text, lo, far) if _HOUR_SPAN_CORE.search(text, lo, far) else ()):
        if _score_or_job(b, text, lo):
            continue
        for g in ("h", "h2"):
            h = int(b[g])
            if h < _PM_BELOW:
                h += 12
            out.append(M(b, "bare_hour", "time", group=g, hour=h, minute=0, dref=None, loose=True))
    for b in found:
        got, lo, hi = _bare_hour_mentions(b, text, lo, hi, far)
        out += got
    # (tweets) a forecast's "low around 12", "highs of 9", "feels like 5": a temperature, no hour
    out = [x for x in out if not _TEMPERATURE_BEFORE.search(text, max(0, x.start - 28), x.start)
           and not _hedged_count(text, x.start)]
    return out or None


# (daymonth30, §105) a dotted clock time right after a day of the month or a weekday and a comma or "at": "next Thurs,
# the 14th, 7.30", "the 14th at 7.30", "Thurs, 7.30": the hour on that day (the day's own expression is another rule's),
# its half of the day read as any bare dotted hour (1-6 the afternoon's, or an evening's word on its line); not a price
# ("sat 2.50 a pint"). Bounded: the day's phrase and at most three blanks either side of the comma or "at". Below rule
# bare_hour (priority 6 < 7): where that rule reads the hour from a weekday, its reading stands
@rule("day_comma_dotted", r"(?:(?i:the)[ \t]{1,3}[0-3]?\d{ordinal_suffixes:cs}|(?:%s|(?i:{short_weekdays}))\.?(?:[ \t]{1,3}(?:(?i:the)[ \t]{1,3})?[0-3]?\d{ordinal_suffixes:cs})?)"
      r"(?:,[ \t]{1,3}|[ \t]{1,3}(?i:at|@)[ \t]{1,3})(?P<t>(?P<h>1[0-2]|0?[1-9])\.(?P<mi>[0-5]\d))(?![\w%%.:]|,\d)" % WEEKDAY, 6,
      triggers="dot",
      examples=[("2026-05-04", "next Thurs, the 14th, 7.30 at the hall", "7.30", "2026-05-14T07:30"),
                ("2026-05-04", "can you do the 14th at 4.15?", "4.15", "2026-05-14T16:15")])
def _day_comma_dotted(m, text):
    h, mi = int(m["h"]), int(m["mi"])
    if "," not in text[m.start():m.start("t")] and not text[m.start():m.start() + 3].lower() == "the":
        return None   # "Thurs at 7.30", "Thurs 14th at 7.30": rule bare_hour's (a weekday is its day word)
    if _BARE_MONEY.search(text, max(0, m.start("t") - 40), m.start("t")) or _DOTTED_PRICE_AFTER.match(text, m.end()):
        return None
    lo = _last_line_end(text, max(0, m.start() - 40), m.start())
    if 1 <= h < 12 and not m["h"].startswith("0") and (
            h < _PM_BELOW or h < 11 and _evening_line(text, lo, _line_end(text, m.end(), min(len(text), m.end() + 40)))):
        h += 12   # (11 stays the morning's: "11.30" on a line with a party's words is the brunch, not 23:30)
    return M(m, "day_comma_dotted", "time", group="t", hour=h, minute=mi, dref=None, h12=False, loose=False)


def _range_start_hour(h, h2, ap):
    """The 24-hour start of a range of 12-hour clock hours h..h2 whose end carries "am"/"pm" (ap):
    the start takes the half of the day of its end, unless it would then come after the end
    (rules hour_range_start and between_hour_start)."""
    pm = ap[0].lower() == "p"
    if pm and h2 != 12 and h < h2:
        return h + 12 if h < 12 else h  # "7-10pm", "between 3 and 5pm": 19:00, 15:00
    if not pm and h == 12:
        return 0                        # "12-3am": midnight on
    if not pm and h > h2:
        return h + 12                   # "from 10 till 2am", "between 10 and 2am": an evening into the night
    return h


# "game night fri 7-10pm", "open 9 to 5pm", "11-2pm": the start of a range of hours takes the
# half of the day of its end (earlier than the end: "11-2pm" starts at 11 in the morning)
@rule("hour_range_start", r"(?<![\w.:$£€,/-])(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?(?=\s*(?:[-–]|to|till|til|until)\s*(?P<h2>1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*(?P<ap>%s))" % AMPM, 25,
      triggers="ampm colon dot",   # ((clocks27) also around a first end's minutes: "7:30 - 9:30pm", whose "30pm" is too far on)
      examples=[("2024-06-20", "game night fri 7-10pm, bring snacks", "7", "2024-06-21T19:00"),
                # ((clocks27) a dotted first end shares the second's pm too: "7.30–9.30pm")
                ("2025-06-04", "drinks tomorrow in the upstairs room, 7.30–9.30pm", "7.30", "2025-06-05T19:30")])
def _hour_range_start(m, text):
    h = _range_start_hour(int(m["h"]), int(m["h2"]), m["ap"])
    return M(m, "hour_range_start", "time", hour=h, minute=int(m["mi"] or 0), dref=None)


# (fresh16) "storms fire between 3 and 5pm", "between 10 and 11 AM": after "between", "and" joins the two ends of a
# range of hours, and the start takes the half of the day of its end as "3-5pm" does (rule hour_range_start);
# the whole range is the match, bounded, so that its windows reach back from the "pm" to "between"
@rule("between_hour_start", r"(?i:between)[ \t]{1,3}(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?[ \t]{1,3}(?i:and)[ \t]{1,3}"
      r"(?P<h2>1[0-2]|0?[1-9])(?:[:.][0-5]\d)?[ \t]{0,2}(?P<ap>%s)(?![\w])" % AMPM, 25, triggers="ampm",
      examples=[("2025-05-19", "Storms should fire between 3 and 5pm along the dryline.", "3", "2025-05-19T15:00"),
                ("2025-06-04", "book a callback for tomorrow between 9 and 11 AM", "9", "2025-06-05T09:00")])
def _between_hour_start(m, text):
    h = _range_start_hour(int(m["h"]), int(m["h2"]), m["ap"])
    return M(m, "between_hour_start", "time", group="h", hour=h, minute=int(m["mi"] or 0), dref=None)


# "17.06.2025", "3.2.2024": a date with dots is written day first (European usage; "06.17.2025",
# impossible day first, is read month first). A four-digit year is required: "1.2.3" is not one;
# nor is a version ("version 2.10.2020").
@rule("dotted_date", r"(?<![\w.,])(?P<a>[0-3]?\d)\.(?P<b>[0-3]?\d)\.(?P<y>(?:1[89]|20)\d\d)(?![\w]|\.\d)", 30, triggers="year",
      reject_before=(r"(?i)\b(?:{version_words})\.?\s*$", 12),   # "version 2.10.2020", "v1.2.2019"
      examples=[
          ("2024-09-02", "CANNOT believe it!!! see you in london 17.06.2025", "17.06.2025", "2025-06-17"),
          ("2024-09-02", "the gig on 03.10.2024 was unreal", "03.10.2024", "2024-10-03")])
def _dotted_date(m, text):
    d, mo, y = int(m["a"]), int(m["b"]), int(m["y"])
    if mo > 12 and d <= 12:
        d, mo = mo, d
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return M(m, "dotted_date", "cal", year=y, month=mo, day=d, grain="day")


# (twenty-seventh session, numdates28) "appt on 05.06.25", "Date of visit: 14.2.26": a dotted date with a two-digit year,
# day first as every dotted date (the four-digit year's rule above); not a version ("v2.3.10", "version 1.2.25")
@rule("dotted_date_short", r"(?<![\w.,:/-])(?P<a>[0-3]?\d)\.(?P<b>[01]?\d)\.(?P<y>\d\d)(?![\w]|[.,]\d)", 30, triggers="dmy2",
      reject_before=(r"(?i)\b(?:{version_words})\.?\s*$", 12),
      examples=[("2025-06-02", "appt on 05.06.25 at the clinic", "05.06.25", "2025-06-05")])
def _dotted_date_short(m, text):
    d, mo, y = int(m["a"]), int(m["b"]), 2000 + int(m["y"])
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return M(m, "dotted_date_short", "cal", year=y, month=mo, day=d, grain="day")


# (twenty-seventh session, numdates28) "rent due 25-06-25", "meeting is on 14-2-26": a dashed date with a two-digit year,
# only right after a date's word (lexicon dash_date_cues, day_prepositions: bounded, 12 characters before it), read as the
# slash date with its year (a day over 12 decides; both under 13: the text's order, its country, else month first)
_DASH_SHORT_CUE = _re(r"(?i)(?<![\w'’])(?:{day_prepositions}|{dash_date_cues}):?\s+$")


@rule("dash_date_short", r"(?<![\w/.:-])(?P<m>[0-3]?\d)-(?P<d>[0-3]?\d)-(?P<y>\d\d)(?![\w/-]|[.,]\d)", 30, triggers="dmy2",
      examples=[("2025-06-02", "rent due 25-06-25 pls", "25-06-25", "2025-06-25")])
def _dash_date_short(m, text):
    if not _DASH_SHORT_CUE.search(text, max(0, m.start() - 12), m.start()):
        return None   # "10-12-25" alone: a record, a phone's groups
    return _usdate(m, text, "dash_date_short")


# (tenth session, clock) "been in bed all day", "revising all week", "it's rained all month": the
# length of the whole unit (DURATION P1D, P1W, P1M, P1Y), as the fresh gold writes "all week"; not
# "all-day" (a modifier), "all day long" keeps "long" outside, not "all days"
@rule("all_unit", r"(?i:all)\s+(?P<u>(?i:day|week|month|year))(?![\w-])", 9, triggers="unit",
      examples=[("2025-06-04", "@jo: been in bed all day", "all day", "P1D")])
def _all_unit(m, text):
    u = {"day": "D", "week": "W", "month": "M", "year": "Y"}[m["u"].lower()]
    return M(m, "all_unit", "duration", n=1, unit=u, vague=False, det="", mod="", age=False)


# (the lead, forty-first session, §209) "Public holiday Pete, the whole day", "it rained the entire day": the length of
# a whole day (DURATION P1D), as "all day"; not "the whole day of the match" nor "the whole day before" (a day named)
@rule("whole_day", r"(?i:the|a)\s+(?i:whole|entire)\s+(?i:day)(?![\w-])(?!\s+(?i:of|before|after|that|when)(?![\w'’]))", 9,
      triggers="unit",
      examples=[("2023-06-12", "Public holiday Pete, the whole day. Tell him from me", "the whole day", "P1D")])
def _whole_day(m, text):
    return M(m, "whole_day", "duration", n=1, unit="D", vague=False, det="", mod="", age=False)


# "these days": the present (its words hold no deictic trigger, so a rule of its own that runs
# only around unit words)
@rule("these_days", r"(?i:these\s+days)(?![\w-])", 6, triggers="unit",
      examples=[
          ("2024-03-14", "count me in for brunch, been so tired these days", "these days", "PRESENT_REF")])
def _these_days(m, text):
    return M(m, "these_days", "ref", value=_REFS["these days"], word="these days")


# (informal5) Scots "ye oot the night?" (tonight), "am at ma work the now" (now): only in a text
# written in Scots (a word of Scots within 400 characters: bounded per match), where the phrase
# ends, and not after a word that makes it a night of a story ("we stayed the night")
_SCOTS = _re(r"(?i)(?<![\w'’])(?:{scots_markers})(?![\w'’])")
_SCOTS_NOT_BEFORE = _re(r"(?i)\b(?:{scots_not_before})\s+$")
_SCOTS_REACH = 400
_SCOTS_DAY_NOT_BEFORE = _re(r"(?i)\b(?:{scots_day_not_before})\s+$")   # (codeswitch39) read 12 characters back at most
# (the lead, forty-first session, §208) "we're coming up the morn", "gaun doon the nicht": a verb of coming or going
# and its particle before the day word, the day of the journey though "up" alone is of scots_not_before ("stayed up
# the night"); read 20 characters back at most
_SCOTS_MOTION_BEFORE = _re(r"(?i)(?<![\w'’])(?:{scots_motion_before})\s+$")


@rule("scots_deictic", r"(?i:{scots_day_articles})\s+(?P<w>(?i:now)(?![\w'’])|(?P<d>{scots_day_words})(?=\s*(?:$|[?!.,;)\n\u2600-\u27bf\U0001f000-\U0001faff]|(?i:{scots_followers})\b|[A-Z][a-z]{1,15},)))", 24,
      triggers="deictic unit pod", lead=(r"(?<![\w'’])(?i:{scots_day_articles})\s+", 8),
      examples=[("2025-11-14", "ye oot the night? am skint til the morra", "the night", "2025-11-14TNI"),
                ("2025-11-14", "am at ma work the now so cannae chat", "the now", "PRESENT_REF"),
                # (the lead, thirty-eighth session) an emoji ends the phrase as a stop does: "Ba' the morn 📸 ..."
                ("2024-12-24", "Ba' the morn 📸 thrown up at 10.30, dinnae be late", "the morn", "2024-12-25"),
                # (codeswitch39, §162) Scots "the day" (today), "the morn" (tomorrow), "the nicht" (tonight)
                ("2025-11-14", "ye oot the morn? cannae dae it the day", "the morn", "2025-11-15"),
                ("2025-11-14", "ye oot the morn? cannae dae it the day", "the day", "2025-11-14"),
                # (meals40, §179) Shetland "da morn" (tomorrow), "da day" (today), "da nicht" (tonight); a name
                # spoken to after it ends the phrase as a stop does ("Da morn Peter, it's Sunday da day")
                ("2026-01-25", "Da morn Peter, it's a Sunday da day 😂 the Jarl's fae Monday", "Da morn", "2026-01-26")])
def _scots_deictic(m, text):
    if not _SCOTS.search(text, max(0, m.start() - _SCOTS_REACH), min(len(text), m.end() + _SCOTS_REACH)):
        return None
    if _SCOTS_NOT_BEFORE.search(text, max(0, m.start() - 12), m.start()) \
            and not _SCOTS_MOTION_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        return None
    if m["w"].lower() == "now":
        return M(m, "scots_deictic", "ref", value="PRESENT_REF", word="the now")
    off, pod = L["scots_day_words"][m["d"].lower()]
    if not pod and _SCOTS_DAY_NOT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None   # (codeswitch39) "seize the day", "saved the day": the day of a saying, not today
    return M(m, "scots_deictic", "deictic_day", offset=off, pod=pod, word="the " + m["d"].lower(), mod="")


# (codeswitch39, docs §162) day words of other languages that are also names or words of English or of another
# language (Swahili "leo", "jana"; Tagalog "bukas", also "open"): read only in a text with a word of their language
# (lexicon codeswitch_markers) within codeswitch_reach characters either side (two bounded searches per match, the
# word itself left out), in lower case where the word is a name capitalised, and not before or after a word of its
# own lists ("bukas ang tindahan", "bukas pa ba?": open); a bounded look either side (20 characters back, one to
# two words ahead)
_CS_GATED = L["codeswitch_gated"]
_CS_REACH = L["codeswitch_reach"]
_CS_MARKERS = {lang: re.compile(r"(?<![\w'’])%s(?![\w'’])" % ordered(sorted(ws, key=len, reverse=True)))
               for lang, ws in L["codeswitch_markers"].items()}
_CS_NOT_BEFORE = {w: re.compile(r"[ \t]{1,3}%s(?![\w'’])" % ordered(sorted(g["not_before"], key=len, reverse=True)))
                  for w, g in _CS_GATED.items() if g["not_before"]}
_CS_NOT_AFTER = {w: re.compile(r"(?<![\w'’])%s[ \t]{1,3}$" % ordered(sorted(g["not_after"], key=len, reverse=True)))
                 for w, g in _CS_GATED.items() if g["not_after"]}


@rule("codeswitch_day", r"(?<![\w'’@#-])(?P<w>{codeswitch_gated})(?:[ \t]{1,3}(?:(?i:ng)[ \t]{1,3})?(?P<pod>{codeswitch_day_parts:cs})(?![\w'’]))?(?![\w@-]|['’]\w)", 25, triggers="deictic",
      examples=[("2025-04-16", "nimechoka sana, tutaonana leo jioni", "leo jioni", "2025-04-16TEV"),
                ("2025-04-16", "sawa, tutaonana leo", "leo", "2025-04-16"),
                ("2025-04-16", "sawa, I'll pay you kesho, I was broke jana", "jana", "2025-04-15"),
                ("2025-04-16", "sige, bukas na lang tayo mag-usap", "bukas", "2025-04-17")])
def _codeswitch_day(m, text):
    w = m["w"].lower()
    g = _CS_GATED[w]
    if g["case_matters"] and m["w"] != w:
        return None   # "Leo", "Jana": a name
    marker = _CS_MARKERS[g["lang"]]
    if not (marker.search(text, max(0, m.start() - _CS_REACH), m.start())
            or marker.search(text, m.end(), min(len(text), m.end() + _CS_REACH))):
        return None   # no other word of its language near: English ("Leo"), or a name
    if w in _CS_NOT_BEFORE and _CS_NOT_BEFORE[w].match(text, m.end()):
        return None   # "bukas ang tindahan": open
    if w in _CS_NOT_AFTER and _CS_NOT_AFTER[w].search(text, max(0, m.start() - 20), m.start()):
        return None   # "ay bukas", "hindi bukas": open
    return M(m, "codeswitch_day", "deictic_day", offset=g["offset"], pod=_CS_DAY_PARTS[m["pod"]] if m["pod"] else "", word=w, mod="")


# ---- informal writing, third set ---------------------------------------------------------------
# "tmrw 7am", "thurs 2pm", "sun 06:40", "Thursday 8pm": a day word right before a clock time is
# one expression, the time on that day; "6.05am this morning", "01:00 tonight", "4:30 this arvo":
# a clock time right before its day. The time has "am"/"pm" or a colon ("thurs 2" is no time;
# "sat 29" is a day of the month); the rule runs only around those (a dotted time with neither,
# "at 9.45 tonight", is bare_hour's). The part of the day said with it sets the half of the day
# ("fri night 11:30", "4:30 this arvo"); with none, an hour said without am/pm is "loose": the
# resolver reads it as the half of the day nearest the clock time before it on that day.
_DC_CLOCK = r"(?P<h>[0-2]?\d)(?:(?P<sep>[:.])(?P<mi>[0-5]\d))?(?:\s*(?P<ap>%s))?(?![\w:]|[.,]\d)" % AMPM
_DC_CLOCK2 = _DC_CLOCK.replace("(?P<h>", "(?P<h2>").replace("(?P<sep>", "(?P<sep2>").replace("(?P<mi>", "(?P<mi2>") \
    .replace("(?P<ap>", "(?P<ap2>").replace(r"(?![\w:]|[.,]\d)", "")
_DC_DAY_PART = r"(?:\s+(?P<pod>%s|(?i:{informal_day_parts})))?" % POD


# (dayhalf29) a range's connector and the next end with its am/pm right after a weekday's clock time (bounded: 3 + 8 + 3 + 8)
_DC_RANGE_AFTER = _re(r"[ \t]{0,3}(?:[-–]|(?i:{range_to_words:bare})(?![\w'’]))[ \t]{0,3}(?P<h>[01]?\d)(?:[:.][0-5]\d)?[ \t]?(?P<ap>%s)" % AMPM)


# (thirty-fifth session, the lead) a relation before the weekday ("next Fri 10am", "last Friday 9pm"): the weekday rules'
# (which read it) and the clock's, the day's relation kept; read at most 16 characters back
_DC_REL_BEFORE = _re(r"(?i)(?<![\w'’])(?:{weekday_relations})[ \t]{1,3}$")


@rule("day_clock", r"(?:(?P<dw>(?i:{deictic_days}))|(?P<wd>%s|(?i:{short_weekdays})))%s,?\s+%s"
      r"|(?<![\d:])%s\s+(?:(?P<this>(?i:this|{deictic_days}))\s+(?P<pod2>%s|(?i:{informal_day_parts}))|(?P<last>(?i:last))\s+(?P<pod3>(?i:night|nite))|(?P<dw2>(?i:{deictic_days})))(?![\w'’])"
      % (WEEKDAY, _DC_DAY_PART, _DC_CLOCK, _DC_CLOCK2, POD), 29, triggers="ampm colon",
      examples=[
          # (thirty-fifth session, §141) in a chat's or a post's register (a texting word, an emoji, a handle near) the day
          # and its clock are two expressions, the clock a TIME of the day; with no such mark one TIME
          ("2024-12-20", "reef tour was booked for tmrw 7am, non refundable", "7am", "2024-12-21T07:00"),
          ("2024-12-20", "reef tour was booked for tmrw 7am, non refundable", "tmrw", "2024-12-21"),
          ("2025-06-09", "the failover test is thurs 2pm, should take an hour", "thurs 2pm", "2025-06-12T14:00"),
          ("2025-06-09", "2 pages sat night, 1 page sun 06:40 (cert expiry)", "sun 06:40", "2025-06-08T06:40"),
          ("2024-02-06", "the parcel was delivered sun 07:10 and left outside in the rain 😡", "07:10", "2024-02-04T07:10"),
          ("2024-02-06", "the parcel was delivered sun 07:10 and left outside in the rain 😡", "sun", "2024-02-04"),
          ("2024-03-01", "Today 8:46 AM\nkeys are under the mat", "Today 8:46 AM", "2024-03-01T08:46"),
          ("2024-12-20", "the flight was meant to leave at 6.05am this morning", "6.05am this morning", "2024-12-20T06:05"),
          ("2025-06-09", "next scheduled run is 01:00 tonight", "01:00 tonight", "2025-06-10T01:00"),
          ("2025-06-02", "it went up on the app at 9pm last night", "9pm last night", "2025-06-01T21:00")])
def _day_clock(m, text):
    first = m["h"] is not None
    if first and m["wd"] is not None and _DC_REL_BEFORE.search(text, max(0, m.start() - 16), m.start()):
        return None
    h_s, sep, mi_s, ap = (m["h"], m["sep"], m["mi"], m["ap"]) if first else (m["h2"], m["sep2"], m["mi2"], m["ap2"])
    if not (ap or sep == ":"):
        return None
    apart = first and _comma_apart(m, text)   # (values) "on Friday, 2pm" in running text: the time alone (below)
    # (twenty-third session, voices20) a day word alone on its line, a log's heading ("sat" / "1am fed 20 mins"): the
    # heading and the line's clock time are two expressions, the time on the day the heading names (below, as the comma)
    apart = apart or first and "\n" in text[m.start():m.start("h")]
    # (twenty-eighth session, dayhalf29) a weekday then a range of clock times ("thurs 10pm-2am", "friday 10am till
    # 2pm"): the weekday a DATE of its own, each end a TIME of it, as "[fri] [2]-[6pm]" (the fresh README's convention)
    h, mi = int(h_s), int(mi_s or 0)
    if first and m["wd"] is not None and ap and 1 <= h <= 12 and (nx := _DC_RANGE_AFTER.match(text, m.end())) is not None \
            and 1 <= int(nx["h"]) <= 12:
        # only a night's span, its end written earlier than its start ("10pm-2am", "8pm - 1am"): the older A golds write
        # a day's span one TIME and an end ("[Saturday 10am]–[1pm]", informal16-posts A; "[tues 09:00]-[13:00]")
        start24 = h % 12 + (12 if ap[0].lower() == "p" else 0)
        end24 = int(nx["h"]) % 12 + (12 if nx["ap"][0].lower() == "p" else 0)
        apart = apart or end24 < start24
    if ap:
        if not 1 <= h <= 12:
            return None
        h = (h % 12) + (12 if ap[0].lower() == "p" else 0)
    elif h > 23:
        return None
    pod_w = (m["pod"] or m["pod2"] or m["pod3"] or "").lower()
    if m["wd"] and pod_w.endswith("s") and pod_w in L["parts_of_day"]:
        return None   # (informal6) "raids wed nights, 8pm": every Wednesday night (rule short_weekday), the hour of a habit
    pod = _INFORMAL_POD.get(pod_w) or L["parts_of_day"].get(pod_w, "")
    word = (m["dw"] or m["dw2"] or (m["this"] if m["this"] and m["this"].lower() != "this" else "") or "").lower()
    if m["last"]:
        word = "yesterday"   # (clock) "9pm last night": the night that began the day before ("2am last night": today's small hours)
    night = word in L["night_words"] or pod == "NI"
    if m["wd"]:
        low = m["wd"].lower()
        if low in L["short_weekdays"] and m["wd"].isupper():
            return None   # "SAT 9:30": a test, not a Saturday
        dref = {"weekday": any_weekday_num(m["wd"]),
                "short": low in L["short_weekdays"], "plan": bool(ap), "night": night}
        if (ret := _RETURN_BEFORE_WEEKDAY.search(text, max(0, m.start() - _RETURN_BEFORE_REACH), m.start())) is not None \
                and not ((wb := _WORD_BEFORE_RETURN.search(text, max(0, ret.start() - 16), ret.start())) is not None
                         and wb[1].lower() in _RETURN_NOT_AFTER):
            dref["onward"] = True   # (thread42, §205) "Wednesday 28th CLOSED. Back to normal Thursday 9am-5.30pm": a return
    else:
        dref = {**deictic_ref(word or "today"), "night": night}
    h12 = not ap and h < 12 and not h_s.startswith("0")
    if h12 and (pod in ("AF", "EV") or not pod and h >= 1 and _evening_event_before(text, m.start())):
        h, h12 = h + 12, False   # (left20a) "iftar tmrw 6:45": an evening's event named before it
    # ((twelfth session, clock) "pickup at 4:30 tomorrow", "3:20 that day": an hour of 1-6 with its minutes and no
    # am/pm, no part of the day and no word of the small hours near, is the afternoon's, as clock24 reads "at 4:30")
    small_pm = h12 and not pod and not night and 1 <= h < _PM_BELOW \
        and not _small_hour_near(text, m.start(), m.end())
    if apart:
        # the day is the day rules' and the time a mention of its own, on the day its sentence names there
        return Mention(m.start("h"), m.end(), "day_clock", "time", dict(
            hour=h, minute=mi, dref=None, h12=h12, loose=h12 and not pod and not night and h >= 1, small_pm=small_pm), 29)
    # (thirty-fifth session, the lead) a weekday or a day from today then its clock in a chat's or a post's running text
    # (tagger._chat_register), nothing but blanks between ("changeover is Saturday 10am 🙏", "practice tmrw 4pm"): the day a DATE and the
    # clock a TIME of it, as most independent blind annotators write them (the readable blind A halves, informal23/24/
    # 26/27/28/29: 26 of 35 such pairs two; informal26-blind A's annotator joins them). Read as one here (the day sets the clock's) and cut after the resolution
    # (tagger._split_day_clock) at ``split_day``, the day's end; a stamp ("Today 8:46 AM" alone on its line), a part of
    # the day between ("fri night 11:30") and a clock then its day ("6.05am this morning") stay one TIME
    split = m.end("wd") if m["wd"] is not None else m.end("dw") if m["dw"] is not None else None
    if split is not None and (pod_w or not text[split:m.start("h")].isspace() or _stamp_like(m, text)):
        split = None
    return M(m, "day_clock", "time", hour=h, minute=mi, dref=dref, h12=h12, loose=h12 and not pod and not night and h >= 1,
             small_pm=small_pm, split_day=split)



# (nineteenth session, left20a) "sunday 0600 leeds to york", "depart 0745 tmrw", "0630 tomorrow": a 24-hour time of
# four digits with no colon, written with its leading zero, right before or after a day word, is that time on that day
# (as "sun 06:40", rule day_clock). Only an hour written 00-09 with its zero: "Sunday 1945", "friday 2030" are years
# as often; nor before another number ("tomorrow 0800 123 456": a phone number) or a word glued to it ("0600hrs" aside)
_CC_TIME = r"(?P<h%s>0\d)(?P<mi%s>[0-5]\d)(?:\s?(?i:hrs|hours|h))?(?![\w:/£$€-]|[.,]\d|\s+\d)"

_CC_NOT_AFTER = re.compile(r"(?:(?<![\w])[A-Z]{1,3}|[#£$€]|(?<![\w])(?i:no|nr|number|ref|code|room|route|bus|flight|tel|phone|call|ring))\.?[ \t]*$")


_CC_DAY = r"(?:(?P<dw%s>(?i:{deictic_days}))|(?P<wd%s>%s|(?i:{short_weekdays})))"


# (two rules: each reads only the windows where its four digits stand right after / before the day word)
@rule("day_clock_compact", (_CC_DAY % ("", "", WEEKDAY)) + r"\s+" + (_CC_TIME % ("", "")), 28, triggers="weekday deictic",
      trail=(r"\s+0\d[0-5]\d", 12),
      examples=[("2025-06-02", "gonna drive friday 0600 to york", "friday 0600", "2025-06-06T06:00")])
def _day_clock_compact_first(m, text):
    return _day_clock_compact(m, text, "")


@rule("clock_compact_day", (_CC_TIME % ("2", "2")) + r"\s+" + (_CC_DAY % ("2", "2", WEEKDAY)) + r"(?![\w'’])", 28,
      triggers="weekday deictic", lead=(r"0\d[0-5]\d(?:\s?(?i:hrs|hours|h))?\s+", 12),
      examples=[("2025-06-04", "depart 0745 tmrw from the depot", "0745 tmrw", "2025-06-05T07:45")])
def _clock_compact_day(m, text):
    return _day_clock_compact(m, text, "2")


def _day_clock_compact(m, text, k: str):
    """(``k``: the groups' suffix, "" for the day first, "2" for the time first)"""
    if k and _CC_NOT_AFTER.search(text, max(0, m.start() - 12), m.start()):
        return None   # "flight BA 0600 tomorrow", "call 0800 tmrw", "£0600": a code, a number, a sum
    if k and m.start() >= 5 and text[m.start() - 1] in "-–" and text[m.start() - 5:m.start() - 1].isdigit() \
            and _night_shift_pair(text[m.start() - 5:m.start() - 1], m.group(0)[:4], text, m.start() - 5):
        return None   # (halfday26) "nights 1930-0800 tonight": the day is the night's start, the end on the next day
    h, mi = int(m["h" + k]), int(m["mi" + k])
    wd = m["wd" + k]
    word = (m["dw" + k] or "").lower()
    if wd:
        low = wd.lower()
        if low in L["short_weekdays"] and wd.isupper():
            return None   # "SAT 0930": a test's code, not a Saturday
        dref = {"weekday": any_weekday_num(wd), "short": low in L["short_weekdays"], "plan": False, "night": False}
    else:
        dref = {**deictic_ref(word), "night": word in L["night_words"]}
    return M(m, "clock_compact_day" if k else "day_clock_compact", "time", hour=h, minute=mi, dref=dref, h12=False, loose=False, small_pm=False)


# (twentieth session, left21) "meet at 2130", "the 1745 train", "by 2130 tmrw", "leaving at 1915 x": a 24-hour time of
# four digits with the hour 10-23 and no "hours" (rule military_time), in informal writing. Four such digits are a
# year ("in 2019") or a number ("2130 people", "room 1745") as often, so only where the words say a clock: a day
# word right after ("at 2130 tonight", "by 1745 tmrw"); a word of a clock after ("at 2130 sharp", lexicon
# `clock4_after`); a transport's noun after "the" ("the 1745 train", "the 2130 from Euston", lexicon `clock4_nouns`);
# or "at"/"@" ending its clause after a verb of meeting or going in the 32 characters before it ("meet at 2130",
# "leaving at 1915 x", lexicon `clock4_before`). Never after "in" ("in 2130", "in 2019": years), nor before another
# number or a unit ("at 2000 feet"), nor after a price's or a measure's word ("priced at 1250", `clock_money_words`)
_CK_AFTER = _re(r"(?i)[ \t]+(?:{clock4_after})(?![\w'’])")
_CK_NOUN = _re(r"(?i)[ \t]+(?:{clock4_nouns})(?![\w'’-])(?![ \t]+\d)")
_CK_END = re.compile(r"[ \t]*(?:[.!?,;)]|x+(?![\w])|[\u2600-\u27bf\U0001f000-\U0001faff]|\n|$)")
_CK_BEFORE = _re(r"(?i)(?<![\w'’])(?:{clock4_before})(?![\w'’])")
_CK_MONEY = _re(r"(?i)(?<![\w'’])(?:{clock_money_words}|valued|worth|capped|measured|weighed|altitude|height|depth)(?![\w'’])")
_CK_REACH = 32   # characters before the preposition read for a verb of meeting or going (bounded per match)
# (values25) "obs at 1900 were stable", "meds at 2200 then bed": a noun of a care or work round (lexicon
# `clock4_round_nouns`) right before "at" makes the four digits its hour, wherever the clause goes on ("the census at
# 1900 counted ..." has no such noun: a year)
_CK_ROUND = _re(r"(?i)(?<![\w'’])(?:{clock4_round_nouns})[ \t]+$")
_CK_ROUND_REACH = 24   # characters before "at" read for the round's noun (bounded per match)
# (halfday26) "I'm on at 1930 so can't", "on at 2000 til 8 sat morning": "on" right before "at" (a shift's start, lexicon
# `clock4_on_at_words`) and the clause ending after the four digits or a word of `clock4_on_at_followers` after them
_CK_ON_AT = _re(r"(?i)(?<![\w'’])(?:{clock4_on_at_words})[ \t]+$")
_CK_ON_AT_NEXT = _re(r"(?i)[ \t]+(?:{clock4_on_at_followers})(?![\w'’])")


@rule("clock4_informal", r"(?:(?P<pre>(?i:at|by|until|till|til|from|@))[ \t]+|(?P<the>(?i:the))[ \t]+)(?P<t>(?<![\w.,$£€#])(?P<h>1\d|2[0-3])(?P<mi>[0-5]\d)(?![\w/£$€%-]|:\d|[.,]\d|[ \t]+\d)(?:,?[ \t]+(?:(?i:on)[ \t]+)?" + (_CC_DAY % ("", "", WEEKDAY)) + r"(?![\w'’]))?)", 27,
      triggers="clock4", lead=(r"(?i:at|by|until|till|til|from|@|the)[ \t]+", 64),
      examples=[("2025-06-04", "ok meet at 2130 tmrw by the station", "2130 tmrw", "2025-06-05T21:30"),
                ("2025-06-04", "I'll get the 1745 train", "1745", "2025-06-04T17:45"),
                ("2025-06-04", "obs at 1900 were stable, sats 97%", "1900", "2025-06-04T19:00")])
def _clock4_informal(m, text):
    pre = (m["pre"] or "").lower()
    day = m["dw"] or m["wd"]
    if m["the"]:
        if day or not _CK_NOUN.match(text, m.end()):
            return None   # "the 2019 season", "the 1745 people": a year, a count
    elif not day and not _CK_AFTER.match(text, m.end()):
        if pre not in ("at", "@") or not (
                (_CK_END.match(text, m.end()) and _CK_BEFORE.search(text, max(0, m.start() - _CK_REACH), m.start()))
                or _CK_ROUND.search(text, max(0, m.start() - _CK_ROUND_REACH), m.start())
                or (_CK_ON_AT.search(text, max(0, m.start() - 8), m.start())
                    and (_CK_END.match(text, m.end()) or _CK_ON_AT_NEXT.match(text, m.end())))):
            return None   # "by 2030.", "until 2100": a year as often; "at 2130" after a verb of meeting or a round's noun only
    if _CK_MONEY.search(text, max(0, m.start() - 24), m.start()):
        return None   # "priced at 1250", "valued at 2000"
    if day:
        low = day.lower()
        if m["wd"] and low in L["short_weekdays"] and day.isupper():
            return None
        dref = {"weekday": any_weekday_num(day), "short": low in L["short_weekdays"], "plan": False, "night": False} if m["wd"] \
            else {**deictic_ref(low), "night": low in L["night_words"]}
    else:
        dref = None
    return M(m, "clock4_informal", "time", group="t", hour=int(m["h"]), minute=int(m["mi"]), dref=dref,
             h12=False, loose=False, small_pm=False)


# (voices22, twenty-fifth session) "crew up at 0500", "saddled by 0600", "Drafting from 0700", "back on at 0430": a
# 24-hour clock time of four digits written with its leading zero after a preposition of time, as a camp log, a
# radio log or a rota writes it, with no day word (rule day_clock_compact) and no "hrs" (rule military_time). No
# year is written so; only a code, a number or a sum is, so not before another number or after a dash ("at 0800 123
# 456", "0800-1234": a telephone), nor glued to a word, nor after a code's or a number's word ("the code at 0430")
_CZ_PRE = r"(?i:at|by|until|till|til|from|before|after|@)"


@rule("clock4_zero", r"(?<![\w'’])" + _CZ_PRE + r"[ \t]{1,3}(?P<t>(?<![\w.,$£€#])0(?P<h>\d)(?P<mi>[0-5]\d))(?![\w/£$€%:-]|[.,]\d|[ \t]{1,3}\d)", 27,
      triggers="clock4", lead=(_CZ_PRE + r"[ \t]{1,3}", 12),
      examples=[("2022-05-14", "crew up at 0500, brekkie after", "0500", "2022-05-14T05:00"),
                ("2022-05-15", "Drafting from 0700, smoko at 10", "0700", "2022-05-15T07:00")])
def _clock4_zero(m, text):
    if _CC_NOT_AFTER.search(text, max(0, m.start() - 12), m.start()):
        return None   # "the code at 0430", "room at 0630": a code, a number (no price is written with a leading zero:
                      # "closed at 0500", "shut till 0615" are a road's or a shop's hours, not a share's price)
    return M(m, "clock4_zero", "time", group="t", hour=int(m["h"]), minute=int(m["mi"]), dref=None,
             h12=False, loose=False, small_pm=False)


# (thirtieth session, clock31, docs/informal-time.md §106) news copy's four-digit 24-hour time right before a zone ("Polls
# opened at 0830 GMT (0930 BST) on Thursday", "The attack began at 2300 GMT on Tuesday", "close 1930 GMT") or "local time"
# ("took effect 2300 local time on Friday"): the zone says the digits are a clock time, with or without a preposition; the
# value the clock time as written, the zone in the extent and out of the value, the day written after the zone inside it
# (as rule clock24_zone writes "19:00 CET on Saturday"), "local time" outside it (as clock24's "14:30 local time"). A zone
# of two letters ("ET", "PT", "CT", "MT": "the 2019 PT Cruiser", "a 2020 CT scan") only after digits with their leading
# zero; never after a code's or a number's word ("flight 0830 GMT", "PIN 0830"). Bounded: four digits, a zone or "local",
# a day (< 40 characters); run only where four digits and a blank stand right before the zone's word (`lead`).
_C4Z_SHORT_ZONE = re.compile(r"\s+\(?[A-Z]{2}\)?$")


@rule("clock4_zone", r"(?<![\w.,$£€#/:'’-])(?P<t>(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)(?P<tz>%s)(?:,?[ \t]{1,3}(?:(?i:on)[ \t]{1,3})?(?P<dref>%s))?)"
      r"(?![\w/£$€%%:'’-]|[.,]\d)" % (TZ, DAYREF), 28,
      triggers="zone", lead=(r"\d{4}[ \t]{1,3}\(?", 8),
      examples=[("2024-06-12", "Polls opened at 0830 GMT (0930 BST) on Thursday.", "0930 BST", "2024-06-06T09:30"),
                ("2024-06-12", "The attack began at 2300 GMT on Tuesday.", "2300 GMT on Tuesday", "2024-06-11T23:00")])
def _clock4_zone(m, text):
    if _CC_NOT_AFTER.search(text, max(0, m.start() - 12), m.start()):
        return None   # "flight 0830 GMT", "BA 0830 GMT", "PIN 0830": a code's or a number's
    if not m["h"].startswith("0") and _C4Z_SHORT_ZONE.search(m["tz"]):
        return None   # "the 2019 PT Cruiser", "a 2020 CT scan": a year and an abbreviation as often
    return M(m, "clock4_zone", "time", group="t", hour=int(m["h"]), minute=int(m["mi"]), dref=day_ref(m["dref"]),
             h12=False, loose=False, small_pm=False)


# (clock31, §106) the same four digits before "local time" with no preposition ("took effect 2300 local time on Friday"):
# the extent the digits (as clock24's "[14:30] local time"); run around four-digit numbers with "local" right after
# (`trail`: "local" alone is a news text's common word)
@rule("clock4_local", r"(?<![\w.,$£€#/:'’-])(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)(?=[ \t]{1,3}(?i:{clock4_local_words})(?![\w'’]))", 28,
      triggers="clock4", trail=(r"[ \t]{1,3}(?i:local)(?![\w'’])", 10),
      examples=[("2024-06-12", "A ceasefire took effect 0045 local time.", "0045", "2024-06-12T00:45")])
def _clock4_local(m, text):
    if _CC_NOT_AFTER.search(text, max(0, m.start() - 12), m.start()):
        return None
    return M(m, "clock4_local", "time", hour=int(m["h"]), minute=int(m["mi"]), dref=None, h12=False, loose=False,
             small_pm=False)


# (voices22) a log that writes its clock times in four digits with the zero ("crew up at 0500, brekkie 0515 ... due
# 0630", a camp log's, a radio log's, a shift log's style: two such times or a log stamp within _LOG_CLOCK_REACH
# characters) writes its other hours so too, with or without a preposition: "brekkie 0515", "ride out 0600", "back to
# the strip by 1030, out again 1100", "knock off 1200". A number of 1900-2099 there is still a year unless a
# (1860-2099 are left as years, "muster 2022", even after a preposition: "goes off at 2100" is a time); never a code's or a
# number's ("room 1030", "no. 0715"), nor glued to another number or a word
_LOG_CLOCK_REACH = 600
_LOG_ZERO = re.compile(r"(?<![\w.,$£€#/:-])0\d[0-5]\d(?![\w/£$€%:-]|[.,]\d|[ \t]{1,3}\d)")
_LOG_PRE = re.compile(r"(?i)(?<![\w'’])(?:at|by|until|till|til|from|before|after|@)[ \t]{1,3}$")


@rule("clock4_log", r"(?<![\w.,$£€#/:'’-])(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)(?![\w/£$€%:'’-]|[.,]\d|[ \t]{1,3}\d)", 25,
      triggers="clock4_log",
      examples=[("2022-05-14", "crew up at 0500, brekkie 0515, saddled by 0600", "0515", "2022-05-14T05:15"),
                ("2022-05-16", "up at 0615 and 0700, back to the strip by 1030, out again 1100", "1100", "2022-05-16T11:00")])
def _clock4_log(m, text):
    if 1860 <= int(m.group()) <= 2099:
        return None   # "muster 2022", "at 2000": a year as often (the trigger clock4_log skips them: cost)
    if _CC_NOT_AFTER.search(text, max(0, m.start() - 12), m.start()):
        return None   # "room 1030", "no. 0715": a code, a number
    lo, hi = max(0, m.start() - _LOG_CLOCK_REACH), min(len(text), m.end() + _LOG_CLOCK_REACH)
    zeros = sum(1 for z in _LOG_ZERO.finditer(text, lo, hi) if z.start() != m.start())
    if zeros < 2:
        return None   # no log's style of four-digit times around it
    return M(m, "clock4_log", "time", hour=int(m["h"]), minute=int(m["mi"]), dref=None,
             h12=False, loose=False, small_pm=False)


# (eleventh session, clock) "open 9-5 Mon-Fri", "I work 9-5 mon to fri", "surgery hours 8.30-6 weekdays":
# two bare hours before the days they hold on, each the hour of a habit (as "8am-4pm Mon-Sat"); the
# first from 7 the morning's, below 7 the afternoon's; the second after the first
_OH_HOUR = r"(?P<h%d>1[0-2]|0?[1-9])(?:[.:](?P<m%d>[0-5]\d))?"
_OH_WD = r"(?:%s|{short_weekdays})" % "|".join(_FULL_WD)
# (the lead, thirty-eighth session, §169) a morning's word (lexicon morning_clause_words, morning_activity_words) right
# before the hours, on their line and in their clause: the first hour of 4-6 is the morning's ("Breakfast 6:30 to 9
# daily"); read at most _OH_MORNING_REACH characters back
_OH_MORNING = _re(r"(?i)(?<![\w'’])(?:{morning_clause_words}|{morning_activity_words})(?![\w'’])[^\n.!?;,]{0,24}$")
_OH_MORNING_REACH = 48


_OH_HOURS = r"%s[ \t]{0,3}(?:-|–|to|till|til)[ \t]{0,3}%s[ \t]{0,3},?[ \t]{0,3}(?:(?i:on)[ \t]{1,3})?" % (_OH_HOUR % (1, 1), _OH_HOUR % (2, 2))
_OH_LEAD = (r"\d[ \t]{0,3},?[ \t]{0,3}(?:(?i:on)[ \t]{1,3})?", 12)


@rule("office_hours_set", r"%s(?i:weekdays|weeknights|daily)(?![\w])" % _OH_HOURS, 23, triggers="set", lead=_OH_LEAD,
      examples=[("2025-06-04", "surgery hours 8.30-6 weekdays", "6", "XXXX-XX-XXT18:00")])
def _office_hours_set(m, text):
    out = _office_hours(m, text, "office_hours_set")
    w = re.search(r"\w+$", m.group())
    if out and w is not None and w.group().lower() in _ADVERB_SETS:
        # (the lead, thirty-eighth session, §169) "Breakfast 6:30 to 9 daily": a frequency adverb a SET of its own, as
        # after "open 5-11 daily" (rule set_adverb_clock)
        out.append(Mention(m.start() + w.start(), m.end(), "office_hours_set", "fixed",
                           dict(type="SET", value=_ADVERB_SETS[w.group().lower()], mod=""), 23))
    return out


@rule("office_hours", r"%s(?P<d1>(?i:%s))[ \t]{0,3}(?:-|–|to|till|til|thru)[ \t]{0,3}(?P<d2>(?i:%s))(?![\w])" % (_OH_HOURS, _OH_WD, _OH_WD),
      23, triggers="weekday", lead=_OH_LEAD,
      examples=[("2025-06-04", "we're open 9-5 Mon-Fri", "5", "XXXX-XX-XXT17:00")])
def _office_hours(m, text, name="office_hours"):
    if text[m.start() - 1: m.start()] in (".", ":", "$", "£", "€", "/", "-") or text[m.end("m2" if m["m2"] else "h2"): m.end("m2" if m["m2"] else "h2") + 1] in (".", ":", "/", "%"):
        return None   # part of a number, a price, a date or a score's run
    if m.re.groupindex.get("d1") and m["d1"] and _schedule_one_off(text, m.start(), m.end()):
        return None   # ((listings) "I worked 9-5 Mon-Fri last week": one week's days, gone)
    h1, h2 = int(m["h1"]), int(m["h2"])
    mi1, mi2 = int(m["m1"] or 0), int(m["m2"] or 0)
    if 4 <= h1 < 7 and _OH_MORNING.search(text, max(0, m.start() - _OH_MORNING_REACH), m.start()) is not None:
        pass   # (the lead, thirty-eighth session, §169) "Breakfast 6:30 to 9 daily": a morning's word before the hours
    elif h1 < 7:
        h1 += 12
    if h2 < 12 and h2 * 60 + mi2 <= (h1 % 12) * 60 + mi1 or h1 >= 12:
        h2 = h2 + 12 if h2 < 12 else h2
    if h2 * 60 + mi2 <= h1 * 60 + mi1:
        return None
    out = [Mention(m.start("h%d" % k), m.end("m%d" % k) if m["m%d" % k] else m.end("h%d" % k), name, "time",
                   dict(hour=h, minute=mi, dref=None, loose=False, habit="near"), 23)
           for k, h, mi in ((1, h1, mi1), (2, h2, mi2))]
    for g in ("d1", "d2") if m.re.groupindex.get("d1") and m["d1"] else ():
        # the days of the range are each a weekday of every week ("mon to fri": no one Friday)
        out.append(Mention(m.start(g), m.end(g), name, "fixed",
                           dict(type="SET", value=f"XXXX-WXX-{any_weekday_num(m[g])}", mod=""), 23))
    return out


# (fourteenth session, listings) a schedule: a range of weekdays and a range of hours, in either order,
# with or without am/pm, minutes or a 24-hour clock ("Open Mon-Sat 8am-4pm", "Box office Tues–Sat 12–6",
# "Monday to Friday 8.30am to 6.30pm", "8am-6.30pm Mon-Fri", "10:00-16:00 Mon - Thu"): each weekday a
# SET, each hour the hour of a habit (lexicon _doc_schedule_hours). Its parts are read as the schedule
# reads them ("Sat 8am" is no one Saturday here: ``Mention.data["schedule"]``, tagger.extract)
_SC_WD = r"(?i:%s|{short_weekdays})\.?" % "|".join(_FULL_WD)
# (listings2) or two weekdays joined ("Sat/Sun 10-4", "Sat & Sun 10am-4pm"): each a SET as well
# (hourlist30, §102) or a comma list's last two ("Mon, Tue, Thu 9-5": as the ampersand list, every day a SET)
_SC_DAYS = r"(?P<d1%s>%s)[ \t]{0,3}(?:[-–—/&+,]|(?i:to|till|til|thru|through|and))[ \t]{0,3}(?P<d2%s>%s)"
_SC_HOUR = r"(?P<h%s>[01]?\d|2[0-3])(?:[.:](?P<m%s>[0-5]\d))?(?:[ \t]{0,2}(?P<a%s>%s))?"
_SC_HOURS = r"(?<![\w.,:$£€/-])%s[ \t]{0,3}(?:[-–—]|(?i:to|till|til|until))[ \t]{0,3}%s(?![\w/%%]|[.,:]\d)" % (
    _SC_HOUR % ("1%s", "1%s", "1%s", AMPM), _SC_HOUR % ("2%s", "2%s", "2%s", AMPM))
_SC_SEP = r"[ \t]{0,3}[,:]?[ \t]{0,3}(?:(?i:from)[ \t]{1,3})?"
_SC_NOT_AFTER = _re(r"(?i)[ \t]*(?:%s|years?|yrs?|y/?o|year|mins?|minutes|hours|hrs)\b" % MONTH)
# a range of weekdays said of one week or told in the past ("I'm on Mon-Wed 9-5 next week", "I worked ...")
_SC_ONE_OFF = _re(r"(?i)(?<![\w'’])(?:{schedule_one_off_words})(?![\w'’])")


_SC_SENT_END = re.compile(r"[.!?](?=\s+[A-Z])")
_SC_CONTRAST = _re(r"(?i)(?<![\w'’])(?:{habit_clause_breaks})(?![\w'’])")


def _schedule_one_off(text: str, start: int, end: int, contrast: bool = False) -> bool:
    """Whether a schedule's days are one week's or gone: a word of schedule_one_off_words on the
    line within 60 characters ("I'm on Mon-Wed 9-5 next week", "I worked Mon-Fri 9-5 last week")."""
    lo = start_of_line(text, start)
    hi = next_newline(text, end)
    hi = len(text) if hi < 0 else hi
    # (admin) within the schedule's sentence: "Your last visit was Sept 2025. Call us Mon-Fri 8am-6pm" is
    # a habit all the same (the past is the sentence before's)
    lo = max(lo, start - 60)
    stop = _SC_SENT_END.search(text, lo, start)
    while stop is not None:
        lo = stop.end()
        stop = _SC_SENT_END.search(text, lo, start)
    nxt = _SC_SENT_END.search(text, end, min(hi, end + 60))
    stop = nxt.start() + 1 if nxt else min(hi, end + 60)
    # (hourlist30, §102) with ``contrast`` (rule schedule_hours: a range or a list of weekdays and a range of hours), not past
    # a word of contrast after the schedule: "Usual hours are Wed-Sun 12-10 but this week we're open tues as well" (the week
    # named is the exception's, the schedule stands). Not for the other rules' single or plural weekday with hours (a
    # never-read B half fell by one plural weekday's hours whose half of the day rule habit_day_hours misreads)
    if contrast and (cut := _SC_CONTRAST.search(text, end, stop)) is not None:
        stop = cut.start()
    return _SC_ONE_OFF.search(text, lo, stop) is not None


def _morning_pair(text, start, pair, g):
    """(the lead, thirty-eighth session, §169) The range of hours ``pair`` (``_hour_pair``) in the morning where a
    morning's word stands right before it (``_OH_MORNING``: "Breakfast is 6 - 9 daily") and its first hour, 4-6 with no
    am/pm, was read as the afternoon's; else ``pair``."""
    if g("a1") or g("a2") or not 4 <= int(g("h1")) <= 6 or pair[0] < 12 \
            or _OH_MORNING.search(text, max(0, start - _OH_MORNING_REACH), start) is None:
        return pair
    h1, h2 = int(g("h1")), int(g("h2"))
    if h2 * 60 + pair[3] <= h1 * 60 + pair[1]:
        h2 += 12
    return (h1, pair[1], h2, pair[3])


def _hour_pair(g):
    """The two hours of a range of hours read as a schedule reads them (``g(name)`` the match's group):
    (h1, mi1, h2, mi2), or None where they make no range of a day."""
    h1, h2 = int(g("h1")), int(g("h2"))
    mi1, mi2 = int(g("m1") or 0), int(g("m2") or 0)
    ap1, ap2 = (g("a1") or "")[:1].lower(), (g("a2") or "")[:1].lower()
    if (ap1 and not 1 <= h1 <= 12) or (ap2 and not 1 <= h2 <= 12):
        return None
    clock24 = not (ap1 or ap2) and (h1 > 12 or h2 > 12 or g("h1").startswith("0") or g("h2").startswith("0"))
    if not clock24:
        if ap1:
            h1 = h1 % 12 + (12 if ap1 == "p" else 0)
        if ap2:
            h2 = h2 % 12 + (12 if ap2 == "p" else 0)
        if ap2 and not ap1:
            # "10-4pm": the start the half that puts it before the end; "5-11pm": 17:00
            pm = h1 % 12 + 12
            h1 = pm if pm * 60 + mi1 < h2 * 60 + mi2 else h1 % 12
            if ap2 == "a" and h2 < _SC_SMALL_END and (h1 * 60 + mi1 >= h2 * 60 + mi2 or int(g("h1")) == 12):
                # (dayrange30, §103) "Fri & Sat 12-12.30am", "10-2am": an end in the small hours with "am" after a bare
                # start: a day's opening running past midnight, from noon ("12") or the evening ("10" 22:00); no
                # day's hours run from midnight for half an hour, nor from ten in the morning to two the next
                h1 = 12 if int(g("h1")) == 12 else pm
        elif ap1 and not ap2:
            # "9am-5": the end after the start
            if h2 < 12 and h2 * 60 + mi2 <= h1 * 60 + mi1:
                h2 += 12
        elif not ap1 and not ap2:
            # two bare hours, as the office hours: a start below 7 the afternoon's, the end after it
            if h1 < 7:
                h1 += 12
            if h2 < 12 and (h2 * 60 + mi2 <= (h1 % 12) * 60 + mi1 or h1 >= 12):
                h2 += 12
            if h2 * 60 + mi2 <= h1 * 60 + mi1:
                return None
    if h1 * 60 + mi1 == h2 * 60 + mi2 or h1 > 23 or h2 > 23:
        return None
    return h1, mi1, h2, mi2


_SC_SMALL_END = 6   # (dayrange30) an end before 06:00 with "am" is in the small hours after the day's opening


@rule("schedule_hours", r"(?:%s%s%s|%s%s%s)(?![\w'’])" % (
          _SC_DAYS % ("a", _SC_WD, "a", _SC_WD), _SC_SEP, _SC_HOURS.replace("%s", "a"),
          _SC_HOURS.replace("%s", "b"), _SC_SEP, _SC_DAYS % ("b", _SC_WD, "b", _SC_WD)),
      30, triggers="weekday", lead=(r"(?:(?i:%s)[ \t]{0,3},[ \t]{0,3}){0,4}(?i:%s)[ \t]{0,3}(?:[-–—/&+,]|(?i:to|till|til|thru|through|and))[ \t]{0,3}" % (_SC_WD, _SC_WD), 80),
      examples=[("2025-06-04", "Open Mon-Sat 8am-4pm", "Sat", "XXXX-WXX-6"),
                ("2026-01-30", "Back to normal from Friday 2nd January: open Mon, Wed and Fri 1–4pm", "Mon", "XXXX-WXX-1"),
                ("2025-06-04", "Box office Tues–Sat 12–6", "6", "XXXX-XX-XXT18:00"),
                ("2025-06-04", "Open 8am-6.30pm Mon-Fri.", "6.30pm", "XXXX-XX-XXT18:30"),
                ("2026-03-18", "Library hours: Mon, Tue, Thu 9-5", "Tue", "XXXX-WXX-2")])
def _schedule_hours(m, text):
    k = "a" if m["d1a"] else "b"
    g = lambda name: m[name + k]
    hend = m.end("a2" + k) if g("a2") else m.end("m2" + k) if g("m2") else m.end("h2" + k)
    if _SC_NOT_AFTER.match(text, hend):
        return None   # "Mon-Fri 14-18 July", "Sat-Sun 3-4 years": no hours
    if _schedule_one_off(text, m.start(), m.end(), contrast=True):
        return None   # one week's days, or days gone: the weekday rules read them
    if k == "b" and not (m["a1b"] or m["a2b"]) and int(m["h1b"]) <= 12 and int(m["h2b"]) <= 12 and not (m["h1b"].startswith("0") or m["h2b"].startswith("0")):
        return None   # "9-5 Mon-Fri": two bare hours before the days, rule office_hours
    out = _sc_hour_mentions(m, text, k, "schedule_hours")
    if out is None:
        return None
    spans = [(m.start(d + k), m.end(d + k)) for d in ("d1", "d2")]
    if k == "a" and (head := _SC_LIST_HEAD.search(text, max(0, m.start() - _SC_LIST_REACH), m.start())) is not None:
        # (fresh16) the head of a list of days whose last two have the hours: "open Mon, Wed and Fri 1–4pm" (Mon as well)
        spans += [(x.start(), x.end()) for x in _SC_LIST_DAY.finditer(text, head.start(), head.end())]
    for s, e in spans:
        if text[e - 1] == ".":
            e -= 1
        out.append(Mention(s, e, "schedule_hours", "fixed",
                           dict(type="SET", value=f"XXXX-WXX-{any_weekday_num(text[s:e])}", mod="", schedule=True), 30))
    return out


_SC_LIST_REACH = 60   # characters read back for the days listed before the last two
_SC_LIST_HEAD = _re(r"(?<![\w'’])(?:%s[ \t]{0,3},[ \t]{0,3}){1,4}$" % _SC_WD)
_SC_LIST_DAY = _re(r"(?<![\w'’])%s(?![\w'’])" % _SC_WD)


def _sc_hour_mentions(m, text, k: str, name: str):
    """The two hours of a schedule's range (groups h1k, m1k, a1k, h2k, m2k, a2k), each the hour of a
    habit (read by _hour_pair); None where they make no range."""
    g = lambda grp: m[grp + k]
    pair = _hour_pair(g)
    if pair is None:
        return None
    h1, mi1, h2, mi2 = pair
    out = []
    for n, h, mi in ((1, h1, mi1), (2, h2, mi2)):
        end = m.end("a%d" % n + k) if g("a%d" % n) else m.end("m%d" % n + k) if g("m%d" % n) else m.end("h%d" % n + k)
        out.append(Mention(m.start("h%d" % n + k), end, name, "time",
                           dict(hour=h, minute=mi, dref=None, loose=False, habit="near", schedule=True), 30))
    return out


# (sixteenth session, admin) a habit's weekday changing (lexicon _doc_habit_day_change): "your recycling day
# changes from Tuesday to Thursday", "bin day is moving to Fridays": each weekday a SET
@rule("habit_day_change", r"(?i:{habit_day_nouns})[ \t-]?(?i:days?)[ \t]+(?:(?i:is|are|will|has|have|'s|’s)[ \t]+(?:(?i:be|been)[ \t]+)?)?"
      r"(?i:chang|mov|switch|shift)(?i:es|ed|ing|e|s)?[ \t]+(?:(?i:from)[ \t]+(?P<w1>%s)[ \t]+)?(?i:to)[ \t]+(?P<w2>%s)" % (WEEKDAY, WEEKDAY),
      31, triggers="weekday", requires="habit_day_nouns",
      examples=[("2026-02-18", "From w/c 6 April your recycling day changes from Tuesday to Thursday.", "Thursday", "XXXX-WXX-4")])
def _habit_day_change(m, text):
    if _schedule_one_off(text, m.start(), m.end()):
        return None   # "bin day moves to Friday this week": one week's day
    out = []
    for g in ("w1", "w2"):
        if m[g]:
            s, e = m.start(g), m.end(g)
            if text[s:e].endswith(("'s", "’s")):
                e -= 2   # "from Tuesday's to ...": the weekday without its possessive
            out.append(Mention(s, e, "habit_day_change", "fixed",
                               dict(type="SET", value=f"XXXX-WXX-{any_weekday_num(text[s:e])}", mod=""), 31))
    return out


# (sixteenth session, admin) a single weekday with its hours after a schedule's range on the same line:
# "Mon–Thu 9.00–17.00, Fri 9.00–16.00", "Tues-Fri 10-4, Sat 10-1", "Mon-Fri 8am-6pm; Sat 9am-12pm": the
# weekday a SET and its hours a habit's, as the range before it (docs/informal-time.md §27 listed it weak)
_SC_HOURS_PLAIN = re.sub(r"\(\?P<\w+>", "(?:", _SC_HOURS.replace("%s", "x"))
_SC_PREV = _re(r"(?:%s[ \t]{0,3}(?:[-–—/&+,]|(?i:to|till|til|thru|through|and))[ \t]{0,3}%s)%s%s"
               r"(?:[ \t]*[,;][ \t]*%s%s%s){0,4}[ \t]*(?:[,;]|[ \t](?i:and))[ \t]*\Z" % (
                   _SC_WD, _SC_WD, _SC_SEP, _SC_HOURS_PLAIN, _SC_WD, _SC_SEP, _SC_HOURS_PLAIN))


def _schedule_day_set(m, text, name: str) -> Mention:
    """The weekday of a timetable's line (group "da", a trailing full stop left out) as the SET of that weekday."""
    s, e = m.start("da"), m.end("da")
    if text[e - 1] == ".":
        e -= 1
    return Mention(s, e, name, "fixed", dict(type="SET", value=f"XXXX-WXX-{any_weekday_num(text[s:e])}", mod="",
                                             schedule=True), 31)


@rule("schedule_tail", r"(?P<da>%s)%s%s(?![\w'’])" % (_SC_WD, _SC_SEP, _SC_HOURS.replace("%s", "a")), 31, triggers="weekday",
      lead=(r"[,;][ \t]{0,3}|[ \t](?i:and)[ \t]{1,3}", 6),
      examples=[("2025-10-06", "Opening hours: Mon–Thu 9.00–17.00, Fri 9.00–16.00.", "Fri", "XXXX-WXX-5"),
                ("2025-10-06", "Open Tues-Fri 10-4, Sat 10-1", "1", "XXXX-XX-XXT13:00")])
def _schedule_tail(m, text):
    ls = start_of_line(text, m.start())
    if not _SC_PREV.search(text, max(ls, m.start() - 160), m.start()):
        return None
    if _SC_NOT_AFTER.match(text, m.end()) or _schedule_one_off(text, m.start(), m.end()):
        return None
    out = _sc_hour_mentions(m, text, "a", "schedule_tail")
    if out is None:
        return None
    out.append(_schedule_day_set(m, text, "schedule_tail"))
    return out


# (twenty-seventh session, hours28; docs/informal-time.md §93) a notice's timetable with no cue word (lexicon
# _doc_timetable): a single weekday heading its line, with its hours or a word of being closed ("Sat 10-4", "Sun: closed",
# "Sunday CLOSED", "Sun & bank hols closed"), under a heading of hours ("Opening hours", "OPENING TIMES:") or under a
# range's line ("Mon-Fri 9-5" / "Sat 10-4"), or after a bar in a schedule's line ("Mon-Fri 9-5 | Sat 10-4 | Sun
# closed"; after "," or ";" a day with hours is rule schedule_tail's, a closed one is this rule's): the weekday a SET,
# its hours a habit's. Not under a rota's heading ("Rota this week", "Shifts next week:": one week's days). Bounded:
# the lines above are read back at most _TT_LINES lines of at most _TT_LINE_MAX characters each; the schedule before
# a day on its own line at most 160 characters back
_TT_LINES = 8
_TT_LINE_MAX = 80
_TT_ALSO = r"(?:[ \t]{0,3}(?:&|\+|(?i:and))[ \t]{0,3}(?P<also>(?i:{timetable_also_closed})))?"
_TT_DAYSEP = r"(?:[ \t]{0,3}[:\-–—][ \t]{0,3}|[ \t]{1,3})"
_TT_CLOSED = r"(?i:{timetable_closed_words})"
_TT_RANGE = r"%s\.?[ \t]{0,3}(?:[-–—/&+]|(?i:to|till|til|thru|through|and))[ \t]{0,3}%s\.?" % (_SC_WD, _SC_WD)
_TT_LINE = _re(r"(?:%s|%s)%s%s(?:%s|%s)" % (_TT_RANGE, _SC_WD + r"\.?", _TT_ALSO.replace("?P<also>", ""), _TT_DAYSEP,
                                            _SC_HOURS_PLAIN, _TT_CLOSED))
_TT_RANGE_LINE = _re(r"(?:(?i:open|opening|hours)[ \t:]{1,3})?%s%s%s" % (_TT_RANGE, _SC_SEP, _SC_HOURS_PLAIN))
_TT_HEAD = _re(r"(?i)(?<![\w'’])(?:{timetable_heading_words})(?![\w'’])")
_TT_ROTA = _re(r"(?i)(?<![\w'’])(?:{timetable_rota_words})(?![\w'’])")
_TT_PREV = _re(r"%s%s%s(?:[ \t]*[,;|][ \t]*(?:%s\.?|%s)%s%s(?:%s|%s)){0,5}[ \t]*[,;|][ \t]*\Z" % (
    _TT_RANGE, _SC_SEP, _SC_HOURS_PLAIN, _SC_WD, _TT_RANGE, _TT_ALSO.replace("?P<also>", ""), _TT_DAYSEP,
    _SC_HOURS_PLAIN, _TT_CLOSED))


def _tt_heading(line: str) -> bool:
    """Whether a short line heads a notice's hours ("Opening hours", "OPENING TIMES:", "Pool timetable"), not a rota's
    or a plan's ("Rota this week", "Shifts next week:", "Can you do")."""
    return (len(line) <= 48 and _TT_HEAD.search(line) is not None and _TT_ROTA.search(line) is None
            and _SC_ONE_OFF.search(line) is None)


# (hourlist30, §102) a heading of hours and its days on one line: "Opening hours: Mon 9-5, Tue 9-1, Sat 10-1", "Pool times -
# Tues 6-8, Thurs 6-8": the heading (at most 48 characters, then ":" or " - "), then the items before the day (a day, a
# range or a comma list of days, then hours or a word of being closed), each closed by "," ";" or "|". Bounded: at most
# six items, read only where the line before the day is at most _TT_HEAD_LINE_MAX characters
_TT_HEAD_LINE_MAX = 200
_TT_ITEM = r"(?:%s|%s\.?(?:[ \t]{0,3}[,/&+][ \t]{0,3}%s\.?){0,4})%s(?:%s|%s)" % (
    _TT_RANGE, _SC_WD, _SC_WD, _TT_DAYSEP, _SC_HOURS_PLAIN, _TT_CLOSED)
_TT_HEAD_LINE = _re(r"[ \t*•]{0,3}(?P<head>[^\n:|]{1,48}?)[ \t]{0,3}(?::|[ \t][-–—])[ \t]{0,3}(?:%s[ \t]{0,3}[,;|][ \t]{0,3}){0,6}\Z" % _TT_ITEM)


def _tt_head_line(text: str, ls: int, start: int) -> bool:
    """Whether the weekday at ``start`` follows a heading of hours on its own line and that line's items (§102)."""
    if start - ls > _TT_HEAD_LINE_MAX:
        return False
    hl = _TT_HEAD_LINE.match(text, ls, start)
    return hl is not None and _tt_heading(hl["head"]) and not _schedule_one_off(text, ls, start)


def _tt_context(text: str, start: int, closed: bool) -> bool:
    """Whether the weekday at ``start`` is a line of a notice's timetable (rule timetable_day)."""
    ls = start_of_line(text, start)
    if text[ls:start].strip():
        if _tt_head_line(text, ls, start):
            return True   # (hourlist30) "Opening hours: Mon 9-5, Tue 9-1"
        sep = text[:start].rstrip()[-1:]
        if sep != "|" and not closed:
            return False   # "Mon-Fri 9-5, Sat 10-4": rule schedule_tail's
        prev = _TT_PREV.search(text, max(ls, start - 160), start)
        return prev is not None and not _schedule_one_off(text, prev.start(), start)
    pos = ls
    for _ in range(_TT_LINES):
        if pos == 0:
            return False
        ps = start_of_line(text, pos - 1)
        line = text[ps:pos - 1].strip()
        if not line or len(line) > _TT_LINE_MAX:
            return False
        if _TT_RANGE_LINE.match(line):
            return not _schedule_one_off(text, ps, pos - 1) and _TT_ROTA.search(line) is None
        if _TT_LINE.match(line):
            pos = ps
            continue
        return _tt_heading(line)
    return False


@rule("timetable_day", r"(?P<da>%s)%s%s(?:%s|(?P<closed>%s))(?![\w'’])" % (
          _SC_WD, _TT_ALSO, _TT_DAYSEP, _SC_HOURS.replace("%s", "a"), _TT_CLOSED), 31, triggers="weekday",
      lead=(r"(?:^|[\n|,;:]|[ \t][-–—])[^\S\n]{0,3}", 5),
      examples=[("2025-06-04", "Opening hours\nMon-Fri 9-5\nSat 10-4\nSun closed", "Sat", "XXXX-WXX-6"),
                ("2026-03-18", "Opening hours: Mon 9-5, Tue 9-1, Sat 10-1", "Tue", "XXXX-WXX-2"),
                ("2025-06-04", "OPENING TIMES:\nMonday 8am-6pm\nSunday CLOSED", "6pm", "XXXX-XX-XXT18:00"),
                ("2025-06-04", "Mon-Fri 9-5 | Sat 10-4 | Sun closed", "Sun", "XXXX-WXX-7")])
def _timetable_day(m, text):
    closed = bool(m["closed"])
    if m["also"] and not closed:
        return None
    if not _tt_context(text, m.start(), closed):
        return None
    out = []
    if not closed:
        hend = m.end("a2a") if m["a2a"] else m.end("m2a") if m["m2a"] else m.end("h2a")
        if _SC_NOT_AFTER.match(text, hend) or _schedule_one_off(text, m.start(), m.end()):
            return None
        out = _sc_hour_mentions(m, text, "a", "timetable_day")
        if out is None:
            return None
    out.append(_schedule_day_set(m, text, "timetable_day"))
    return out


# (hours28) hours after a word of every day or of the weekend ("Weekends 10-6", "Open weekdays 8-6", "Open daily 9-5",
# "Café open every day 9-5", "Bank hols 10-4"): each hour a habit's; the word keeps its own reading (rules set_*,
# "weekdays" and "bank hols" untagged, §93). Bounded: the word, a separator, the range
@rule("timetable_collective_hours", r"(?P<c>(?i:{timetable_collective_words}))%s%s(?![\w'’])" % (
          _SC_SEP, _SC_HOURS.replace("%s", "a")), 30, triggers="set unit holiday_key", requires="timetable_collective_words",
      examples=[("2025-06-04", "Weekends 10-6", "6", "XXXX-XX-XXT18:00"),
                ("2025-06-04", "Open weekdays 8-6", "8", "XXXX-XX-XXT08:00")])
def _timetable_collective_hours(m, text):
    hend = m.end("a2a") if m["a2a"] else m.end("m2a") if m["m2a"] else m.end("h2a")
    if _SC_NOT_AFTER.match(text, hend) or _schedule_one_off(text, m.start(), m.end()):
        return None
    return _sc_hour_mentions(m, text, "a", "timetable_collective_hours")


# (twenty-ninth session, hourlist30; docs/informal-time.md §102) the weekdays of a standing arrangement restricted with
# "only" (lexicon _doc_days_only): a range or a list of weekdays ("Lunch counter Tues-Sat only", "at kindy Tues & Thurs
# only", "Mon, Wed and Fri only"), or a single weekday, at most two words and "only" with a range of hours after ("brekky
# club Tues only 7.30-8.45", "Tues brekky club only 7.30-8.45"): each weekday a SET, the hours after "only" a habit's.
# Not an offer or a person's availability (only_days_plan_words in the 40 characters before: "I can do Tues & Thurs
# only", "I'm free Mon-Wed only"), nor one week's or gone (schedule_one_off_words); a single weekday with "only" and no
# hours ("I can do Tues only", "Tues only works") is left to the weekday rules. Bounded: at most five weekdays and their
# joiners, two words of at most 15 letters, "only", a separator and a range of hours
# ((aspect38, §153) or blanks alone: "Hauling Mon Wed Fri only till he's back", a standing schedule for a while)
_ONLY_JOIN = r"(?:\.?[ \t]{0,3}(?:[-–—/&+,]|,?[ \t]{0,3}(?i:to|till|til|thru|through|and))[ \t]{0,3}|\.?[ \t]{1,3})"
_ONLY_PLAN = _re(r"(?i)(?<![\w'’])(?:{only_days_plan_words})(?![\w'’])")
_ONLY_PLAN_REACH = 40   # characters before the first weekday read for an offer or availability


@rule("weekday_only", r"(?:(?P<days>%s(?:%s%s){1,4})|(?P<one>%s)(?:\.?[ \t]{1,3}(?![\d])[A-Za-z'’-]{1,15}){0,2})\.?[ \t]{1,3}(?i:{days_only_words})(?![\w'’])(?:%s%s)?" % (
          _SC_WD, _ONLY_JOIN, _SC_WD, _SC_WD, _SC_SEP, _SC_HOURS.replace("%s", "a")), 30, triggers="weekday",
      requires="days_only_words",
      examples=[("2026-03-18", "Lunch counter Tues-Sat only", "Sat", "XXXX-WXX-6"),
                ("2026-03-18", "she's at kindy Tues & Thurs only", "Tues", "XXXX-WXX-2"),
                ("2026-03-18", "brekky club Tues only 7.30-8.45", "8.45", "XXXX-XX-XXT08:45")])
def _weekday_only(m, text):
    has_hours = m["h1a"] is not None
    if m["one"] and not has_hours:
        return None   # "I can do Tues only": a plan as often (the weekday rules read it)
    ls = start_of_line(text, m.start())
    if _ONLY_PLAN.search(text, max(ls, m.start() - _ONLY_PLAN_REACH), m.start()):
        return None   # "I can do Tues & Thurs only", "I'm free Mon-Wed only": an offer of one week's days
    if _schedule_one_off(text, m.start(), m.end()):
        return None   # "open Tues-Sat only this week", "we were open Tues-Sat only": one week's days, or gone
    out = []
    if has_hours:
        hend = m.end("a2a") if m["a2a"] else m.end("m2a") if m["m2a"] else m.end("h2a")
        if _SC_NOT_AFTER.match(text, hend) or text[m.start("h1a") - 1: m.start("h1a")] in ("£", "$", "€"):
            return None
        out = _sc_hour_mentions(m, text, "a", "weekday_only")
        if out is None:
            return None
    g = "days" if m["days"] else "one"
    for d in _SC_LIST_DAY.finditer(text, m.start(g), m.end(g)):
        s, e = d.start(), d.end()
        if text[e - 1] == ".":
            e -= 1
        out.append(Mention(s, e, "weekday_only", "fixed",
                           dict(type="SET", value=f"XXXX-WXX-{any_weekday_num(text[s:e])}", mod="", schedule=True), 30))
    return out


# (hourlist30, §102) a workday's timetable of its breaks and meals, bare hours after each noun, no preposition and no day
# (lexicon _doc_timetable_breaks): "Smoko 10 & 2.15, lunch 12-12.30", "recess 10.30, lunch 12.30-1.15": two to four items
# joined by "," ";" or "and", one of them with minutes or a range (not "breakfast 2, lunch 3": counts); no weekday, no
# word of one occasion (schedule_one_off_words) and no money on the line. Each hour a habit's, bare hours as office hours
# (a start below 7 the afternoon's: "2.15" 14:15). One item alone ("lunch 12.30-1.15") is rule noun_clock's, the day's.
# Bounded: at most four items, each a noun, a colon, three blanks and two hours
_BT_HR = r"(?<![\d.:$£€,])(?P<h%s>[01]?\d|2[0-3])(?:[.:](?P<m%s>[0-5]\d))?"
_BT_ITEM = r"(?<![\w'’])(?i:{timetable_break_nouns})(?:[ \t]{0,2}:)?[ \t]{1,3}%s(?:[ \t]{0,3}(?P<j>[-–&]|(?i:and|till|til|to))[ \t]{0,3}%s)?(?![\w:/%%'’]|[.,]\d)" % (
    _BT_HR % ("1", "1"), _BT_HR % ("2", "2"))
_BT_ITEM_RE = _re(_BT_ITEM)
_BT_PLAIN = re.sub(r"\(\?P<\w+>", "(?:", _BT_ITEM)
_BT_RANGE_JOINS = frozenset(("-", "–", "till", "til", "to"))


_BREAK_LINE_REACH = 200   # (twenty-ninth session) _break_timetable's reach along its line, each side


@rule("break_timetable", r"%s(?:[ \t]{0,3}(?:[,;]|(?i:and))[ \t]{0,3}%s){1,3}" % (_BT_PLAIN, _BT_PLAIN), 30,
      triggers="timetable_break", trail=(r"(?:[ \t]{0,2}:)?[ \t]{1,3}\d", 7),
      examples=[("2026-03-18", "Smoko 10 & 2.15, lunch 12-12.30", "2.15", "XXXX-XX-XXT14:15"),
                ("2026-03-18", "Smoko 10 & 2.15, lunch 12-12.30", "12.30", "XXXX-XX-XXT12:30")])
def _break_timetable(m, text):
    # (the line read at most _BREAK_LINE_REACH characters each side: a text with no line breaks is not read whole per match)
    ls = max(start_of_line(text, m.start()), m.start() - _BREAK_LINE_REACH)
    le = next_newline(text, m.end())
    le = min(len(text) if le < 0 else le, m.end() + _BREAK_LINE_REACH)
    if _SC_LIST_DAY.search(text, ls, le) or _schedule_one_off(text, m.start(), m.end()) \
            or _BARE_MONEY.search(text, ls, le):
        return None   # a day's timetable ("Mon: smoko 10, ..."; "tomorrow ..."), or prices
    items = list(_BT_ITEM_RE.finditer(text, m.start(), m.end()))
    if len(items) < 2 or not any(i["m1"] or i["m2"] or (i["j"] or "").lower() in _BT_RANGE_JOINS for i in items):
        return None   # "breakfast 2, lunch 3": counts, not hours
    out = []
    for it in items:
        if _SC_NOT_AFTER.match(text, it.end()):
            return None   # "break 10 mins"
        joined = (it["j"] or "").lower()
        if it["h2"] is not None and joined in _BT_RANGE_JOINS:
            pair = _hour_pair(lambda g, it=it: it[g] if g[0] in "hm" else None)
            if pair is None:
                return None
            hours = [(1, pair[0], pair[1]), (2, pair[2], pair[3])]
        else:
            hours = []
            for n in (1, 2) if it["h2"] is not None else (1,):
                h, mi = int(it["h%d" % n]), int(it["m%d" % n] or 0)
                if not it["h%d" % n].startswith("0") and h < 7:
                    h += 12   # as office hours: "smoko 2.15" is the afternoon's
                hours.append((n, h, mi))
        for n, h, mi in hours:
            if h > 23:
                return None
            end = it.end("m%d" % n) if it["m%d" % n] else it.end("h%d" % n)
            out.append(Mention(it.start("h%d" % n), end, "break_timetable", "time",
                               dict(hour=h, minute=mi, dref=None, loose=False, habit="near", schedule=True), 30))
    return out


# (hourlist30, §102) a bare hour after a preposition with a word of every night right after it (lexicon
# _doc_collective_hour): "noise bylaw after 10 weeknights", "no music after 11 on school nights": the hour of a habit, the
# evening's (12 midnight); not a count of nights ("after 10 weeknights of rehearsals"), not money. Not a word of every day
# ("rollin by 5 every day" is a trucker's morning, "gates shut by 6 daily" the evening: the day's words do not tell the
# half, an A half's error when read as office hours). Bounded: a preposition, three blanks, an hour, three blanks, the word
_CH_NOT_AFTER = _re(r"(?i)[ \t]{1,3}(?:{collective_hour_not_after})(?![\w'’])")


@rule("collective_bare_hour", r"(?<![\w'’])(?i:{collective_hour_preps})[ \t]{1,3}(?P<t>(?<![\d.:$£€])(?P<h>1[0-2]|0?[1-9])(?:[.:](?P<mi>[0-5]\d))?)[ \t]{1,3}"
      r"(?P<night>(?i:{collective_night_words}))(?![\w'’])", 24,
      triggers="collective_hour",
      # what every match holds right before its trigger word: a preposition, an hour, perhaps "every"/"each"/"on"/"most"/"at"/"week"/"school"
      lead=(r"(?i:{collective_hour_preps})[ \t]{1,3}\d{1,2}(?:[.:]\d\d)?[ \t]{1,3}(?:(?i:every|each|on|most)[ \t]{1,3})?(?:(?i:week|school)[ \t]{1,3})?", 40),
      examples=[("2026-03-18", "Council says no, noise bylaw after 10 weeknights", "10", "XXXX-XX-XXT22:00")])
def _collective_bare_hour(m, text):
    if _CH_NOT_AFTER.match(text, m.end()) or _BARE_MONEY.search(text, max(0, m.start() - 40), m.start()):
        return None   # "after 10 weeknights of rehearsals": a count
    h, mi = int(m["h"]), int(m["mi"] or 0)
    h = 0 if h == 12 else h + 12   # a night's hour: the evening's
    return Mention(m.start("t"), m.end("t"), "collective_bare_hour", "time",
                   dict(hour=h, minute=mi, dref=None, loose=False, habit="near"), 24)


# (hours28, from reading A: informal22-voices A's school bus "Return leaves 3.35pm Monday to Thursday"; §93) one clock time
# with a range of weekdays, in either order, no range of hours: "Bus leaves 8.10am Mon-Fri", "Mass 10am Mon-Sat", "last
# orders 10pm Sun-Thu", "Mass Mon-Fri 9.30am": each weekday a SET, the time a habit's. The time has am/pm or is a 24-hour
# "hh:mm" ("Room 4.10 Mon-Fri" is no time); a range of hours after the days is rule schedule_hours'. Not one week's or
# gone (schedule_one_off_words). Bounded: a clock time, a few blanks, two weekdays and their joiner
_TC_CLK = r"(?<![\w.,$£€/:-])(?P<h%s>\d{1,2})(?:(?P<s%s>[.:])(?P<m%s>[0-5]\d))?(?:[ \t]{0,2}(?P<a%s>%s))?(?![\w'’]|[.:]\d)"
_TC_JOIN = r"\.?[ \t]{0,3}(?:[-–—]|(?i:to|till|til|thru|through))[ \t]{0,3}"
_TC_NOT_AFTER = re.compile(r"[ \t]{0,3}(?:[-–—]|(?i:to|till|til|until)\b)[ \t]{0,3}\d")


@rule("timetable_clock_days", r"(?:%s[ \t]{1,3}(?:(?i:on)[ \t]{1,3})?(?P<d1a>%s)%s(?P<d2a>%s)|(?P<d1b>%s)%s(?P<d2b>%s)\.?[ \t]{0,3}[,:]?[ \t]{0,3}(?:(?i:at|from)[ \t]{1,3})?%s)" % (
          _TC_CLK % ("a", "a", "a", "a", AMPM), _SC_WD, _TC_JOIN, _SC_WD, _SC_WD, _TC_JOIN, _SC_WD,
          _TC_CLK % ("b", "b", "b", "b", AMPM)), 31, triggers="weekday",
      lead=(r"(?i:%s)%s" % (_SC_WD, _TC_JOIN), 24),
      examples=[("2026-01-13", "Return leaves 3.35pm Monday to Thursday", "Thursday", "XXXX-WXX-4"),
                ("2025-06-04", "Bus leaves 8.10am Mon-Fri", "8.10am", "XXXX-XX-XXT08:10"),
                ("2025-06-04", "Mass Mon-Fri 9.30am", "9.30am", "XXXX-XX-XXT09:30")])
def _timetable_clock_days(m, text):
    k = "a" if m["d1a"] else "b"
    h, sep, mi, ap = m["h" + k], m["s" + k], m["m" + k], m["a" + k]
    if ap:
        hour = int(h)
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ap[0] in "pP" else 0)
    elif sep == ":" and len(h) == 2 and int(h) <= 23:
        hour = int(h)
    else:
        return None   # "Room 4.10 Mon-Fri": no clock time
    if k == "b" and _TC_NOT_AFTER.match(text, m.end()):
        return None   # "Mon-Fri 9am-5pm": rule schedule_hours'
    if _schedule_one_off(text, m.start(), m.end()):
        return None   # "Open 10am Mon-Sat next week": one week's days
    tend = m.end("a" + k) if ap else m.end("m" + k)
    out = [Mention(m.start("h" + k), tend, "timetable_clock_days", "time",
                   dict(hour=hour, minute=int(mi or 0), dref=None, loose=False, habit="near", schedule=True), 31)]
    for g in ("d1" + k, "d2" + k):
        s, e = m.start(g), m.end(g)
        if text[e - 1] == ".":
            e -= 1
        out.append(Mention(s, e, "timetable_clock_days", "fixed",
                           dict(type="SET", value=f"XXXX-WXX-{any_weekday_num(text[s:e])}", mod="", schedule=True), 31))
    return out


# (standing29, docs/informal-time.md §97) standing hours said with a copula and no day: a subject of a service or a routine
# (lexicon standing_copular_subjects: "Phone lines", "Check-in", "reception", "happy hour"; a noun of hours after an
# adjective of routine or a possessive, "Usual hours", "our hours"; a meal, standing_meal_subjects, only with two ends or
# "from"; "we" only with "open"), a copula ("is", "are", "r", "'s", "'re"), an adverb of routine and a participle
# ("normally", "staffed", "open") at most, then a range of hours ("8am - 6pm", "12-10", "from 3 to 8") or one hour after
# "from"/"by"/"till" ("Check-in is from 3", "Check-out is by 11"). Each hour a TIME; whether it is of no day is read in
# its clause (``tagger._habit_cue``: of no day unless the clause names a day). Bounded: the subject, a copula, two
# words and a range of hours (at most ~80 characters)
_STC_SUBJ = (r"(?:(?P<meal>(?i:{standing_meal_subjects:line}))|(?P<we>(?i:{standing_open_subjects:line}))"
             r"|(?i:(?:(?:{standing_hours_possessives:bare})[ \t]+(?:(?:{standing_hours_words:bare})[ \t]+)?|(?:{standing_hours_words:bare})[ \t]+)hours)"
             r"|(?i:{standing_copular_subjects:line}))")
_STC_COP = r"(?:[ \t]+(?i:{standing_copula_words:bare})|['’](?i:{standing_copula_clitics:bare}))(?![\w'’])[ \t]+"
_STC_MID = r"(?:(?i:{habit_adjacent_adverbs:bare})[ \t]+)?(?:(?P<part>(?i:{standing_copula_participles:bare}))[ \t]+)?"
_STC_ONE = (r"(?P<p>(?i:{standing_copula_preps:bare}))[ \t]+(?<![\w.,:$£€/-])(?P<sh>1[0-2]|0?[1-9])(?:[.:](?P<sm>[0-5]\d))?"
            r"(?![\w'’:%%/]|[.,]\d|[ \t]*(?:%s|[-–—]|(?i:to|till|til|until)(?![\w'’])))" % AMPM)


_STC_DAYS_AFTER = _re(r"[ \t]{0,3}[,:]?[ \t]{0,3}%s(?![\w'’])" % _SC_WD)


_STC_PERIOD_AFTER = _re(r"(?i)[ \t]+(?:{standing_period_after:line})(?![\w'’])")   # bounded: the words right after the range


# ((reviews34, §124) or no copula where a preposition of standing_copula_preps follows the subject: "late checkout till 11",
# "Check-in from 3pm", "checkout by 10": the hour found; of no day only under a review's stamp, ``tagger._review_routine``)
_STC_VERB_BEFORE = _re(r"(?i)(?<![\w'’])(?:{day_offer_modals}|will|ll|we['’]ll|i['’]ll|to|gonna|can|could|should|must)[ \t]{1,3}\Z")


@rule("standing_copular_hours", r"(?<![\w'’-])(?P<c>%s)(?:(?P<k>%s)%s|[ \t]{1,3}(?=(?i:{standing_copula_preps:bare})[ \t]))"
      r"(?:(?:(?i:{standing_copula_range_from:bare})[ \t]+)?%s|%s)" % (
          _STC_SUBJ, _STC_COP, _STC_MID, _SC_HOURS.replace("%s", "a"), _STC_ONE), 31, triggers="standing_service",
      trail=(r"[^\n.!?;\d]{0,40}\d", 44),   # a digit at most 40 characters after the subject's word, on its line
      examples=[("2026-03-11", "Phone lines are 8am - 6pm weekdays.", "6pm", "XXXX-XX-XXT18:00"),
                ("2026-03-11", "Check-in is normally from 3 to 8.", "8", "XXXX-XX-XXT20:00"),
                ("2026-03-11", "Usual hours are 12-10.", "10", "XXXX-XX-XXT22:00"),
                ("2026-03-11", "Breakfast is 7.30 to 10.", "10", "XXXX-XX-XXT10:00"),
                ("2026-03-11", "We're open from 5.", "5", "XXXX-XX-XXT17:00"),
                ("2026-03-11", "Lunch is 12 till 2 today.", "12", "2026-03-11T12:00"),
                ("2026-03-11", "★★★★★ Reviewed March 2, 2026\nLovely\nThey let us have a late checkout till 11.", "11", "XXXX-XX-XXT11:00")])
def _standing_copular_hours(m, text):
    word = " ".join(m["c"].lower().split())
    if not m["k"] and (not m["sh"] or word not in L["standing_no_copula_subjects"]):
        return None   # (reviews34) no copula: only a check-in's or a checkout's one hour ("I'm at the clinic from 7:30 to 9:30")
    if not m["k"] and _STC_VERB_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None   # (the merge) "we'll check in from 4": the verb of a plan, not the place's check-in (§66's day rules)
    if m["we"] and (m["part"] or "").lower() not in L["standing_open_participles"]:
        return None   # "we are 9-5": no service named
    if m["sh"]:
        if m["meal"] and m["p"].lower() not in L["standing_copula_range_from"]:
            return None   # "dinner is till 9": one evening's as often
        close = m["p"].lower() in L["standing_copula_close_preps"] and word not in L["standing_morning_subjects"]
        if close and not m["we"] and (m["part"] or "").lower() in L["standing_open_participles"]:
            return None   # "The bar's open till 1am so no rush home": a party's night as often (read in A)
        h, mi = int(m["sh"]), int(m["sm"] or 0)
        if h < 7 or close and h < 12:
            h += 12   # as office hours: "check-in from 3" 15:00; a closing hour the evening's: "we're open till 7" 19:00
        if not m["k"]:
            # (reviews34) no copula ("late checkout till 11"): the hour, no standing arrangement said
            return M(m, "standing_copular_hours", "time", group="sh", hour=h, minute=mi, dref=None, loose=False)
        return M(m, "standing_copular_hours", "time", group="sh", hour=h, minute=mi, dref=None, loose=False,
                 standing_copula=word)
    hend = m.end("a2a") if m["a2a"] else m.end("m2a") if m["m2a"] else m.end("h2a")
    if _SC_NOT_AFTER.match(text, hend):
        return None   # "Reception is 2-3 mins walk"
    if _STC_DAYS_AFTER.match(text, hend):
        return None   # "we're open 9-5 Mon-Fri": the schedule's rules read the hours with their days (office_hours)
    if _STC_PERIOD_AFTER.match(text, hend):
        return None   # (lead, at the merge) "we're open 9-12 next week": that period's hours, neither standing nor one day's
    pair = _hour_pair(lambda g: m[g + "a"])
    if pair is None:
        return None
    pair = _morning_pair(text, m.start("h1a"), pair, lambda g: m[g + "a"])
    out = []
    for n, h, mi in ((1, pair[0], pair[1]), (2, pair[2], pair[3])):
        end = m.end("a%da" % n) if m["a%da" % n] else m.end("m%da" % n) if m["m%da" % n] else m.end("h%da" % n)
        out.append(Mention(m.start("h%da" % n), end, "standing_copular_hours", "time",
                           dict(hour=h, minute=mi, dref=None, loose=False, standing_copula=word), 31))
    return out


# (standing29, §97) a person's standing shift: "I'm on 2 till 7 all week", "im on 9-5 the whole week", "we're on 9-5
# through July": a subject of the first person (lexicon standing_shift_subjects: the third person's "she's", "he's" are
# left, their trigger words are every news text's), "on", a range of hours, and a span of many days after it in its clause (lexicon
# standing_span_words, at most 40 characters on, no mark of another clause between). Without the span ("I'm on 2 till 7")
# one day's plan, not read here. Bounded: the subject, "on", a range of hours, 40 characters
@rule("standing_shift_hours", r"(?<![\w'’])(?P<c>(?i:{standing_shift_subjects:line}))[ \t]+(?i:{standing_shift_on:bare})[ \t]+(?:(?i:from)[ \t]+)?%s"
      r"(?=[^\n,.;!?]{0,40}?(?<![\w'’])(?P<span>(?i:{standing_span_words:line}))(?![\w'’]))" % _SC_HOURS.replace("%s", "a"),
      31, triggers="standing_shift",
      examples=[("2026-03-11", "I'm on 2 till 7 all week.", "7", "XXXX-XX-XXT19:00"),
                ("2026-03-11", "im on 9-5 all week at the depot", "9", "XXXX-XX-XXT09:00")])
def _standing_shift_hours(m, text):
    pair = _hour_pair(lambda g: m[g + "a"])
    if pair is None:
        return None
    word = " ".join(m["span"].lower().split())
    out = []
    for n, h, mi in ((1, pair[0], pair[1]), (2, pair[2], pair[3])):
        end = m.end("a%da" % n) if m["a%da" % n] else m.end("m%da" % n) if m["m%da" % n] else m.end("h%da" % n)
        out.append(Mention(m.start("h%da" % n), end, "standing_shift_hours", "time",
                           dict(hour=h, minute=mi, dref=None, loose=False, standing_copula=word,
                                standing_span=(m.start("span"), m.end("span"))), 31))
    return out


# (howto, sixteenth session) one weekday of a habit ("every Tuesday", "each Thursday", "Tuesdays") and a range
# of hours after it ("Revision club runs every Tuesday 3.15-4.15", "Choir every Tuesday 7.30-9", "Swimming
# every Tuesday 6pm-7pm"): the weekday a SET, each hour the hour of a habit, as a schedule's range of days
# (before: the hours without am/pm were not found, and "Tuesday 3.15pm" was one TIME on the next Tuesday,
# losing "every")
_HD_WD = r"(?P<every>(?i:{habit_day_quantifiers})[ \t]+)?(?P<d>(?i:%s|%s|{short_weekdays})\.?)" % (
    "|".join(w + "s" for w in _FULL_WD), "|".join(_FULL_WD))
_HD_PLURALS = frozenset(w.lower() + "s" for w in _FULL_WD)


@rule("habit_day_hours", r"%s%s%s(?![\w'’])" % (_HD_WD, _SC_SEP, _SC_HOURS.replace("%s", "c")), 31, triggers="weekday",
      trail=(r"\.?[ \t]{0,3}[,:]?[ \t]{0,3}(?:(?i:from)[ \t]{1,3})?\d", 16),
      examples=[("2026-01-11", "Revision club runs every Tuesday 3.15-4.15 in S12.", "4.15", "XXXX-XX-XXT16:15"),
                ("2025-06-04", "Swimming every Tuesday 6pm-7pm at the leisure centre", "every Tuesday", "XXXX-WXX-2")])
def _habit_day_hours(m, text):
    day = m["d"].rstrip(".")
    plural = day.lower() in _HD_PLURALS
    if not m["every"] and not plural:
        return None   # "Tuesday 3.15-4.15": one day's hours (the weekday rules read them)
    hend = m.end("a2c") if m["a2c"] else m.end("m2c") if m["m2c"] else m.end("h2c")
    if _SC_NOT_AFTER.match(text, hend):
        return None
    if _schedule_one_off(text, m.start(), m.end()):
        return None
    pair = _hour_pair(lambda name: m[name + "c"])
    if pair is None:
        return None
    h1, mi1, h2, mi2 = pair
    out = []
    for n, h, mi in ((1, h1, mi1), (2, h2, mi2)):
        end = m.end("a%dc" % n) if m["a%dc" % n] else m.end("m%dc" % n) if m["m%dc" % n] else m.end("h%dc" % n)
        out.append(Mention(m.start("h%dc" % n), end, "habit_day_hours", "time",
                           dict(hour=h, minute=mi, dref=None, loose=False, habit="near", schedule=True), 31))
    e = m.end("d") - (1 if m["d"].endswith(".") else 0)
    out.append(Mention(m.start(), e, "habit_day_hours", "fixed",
                       dict(type="SET", value=f"XXXX-WXX-{any_weekday_num(day[:-1] if plural else day)}", mod="", schedule=True), 31))
    return out


# (listings2, fifteenth session) weekdays joined by "&", "and", "/", "+" or commas before a plural part of the
# day ("Tues & Thurs evenings", "Mon/Weds afternoons", "Mon, Wed & Fri mornings", "Fri and Sat nights"):
# the part of the day is every weekday's (TIDES distributes a modifier over the conjuncts), each a SET
# XXXX-WXX-nTpp; said of one week ("I'm free Tues & Thurs evenings next week", "... last week") each is
# that day's part, one day (the weekday rules' reading of which one)
_PL_POD = alternation([w for w in L["parts_of_day"] if w.endswith("s")] + list(L["schedule_plural_pods"]))
_WL_JOIN = r"[ \t]{0,3}(?:,|&|\+|/|(?i:and))[ \t]{0,3}"
_WL_DAY = re.compile(r"(?i)(?<![\w'’])(?:%s|%s)\.?(?![\w'’])" % ("|".join(_FULL_WD), "|".join(sorted(L["short_weekdays"], key=len, reverse=True))))


@rule("weekday_list_pod", r"(?P<list>%s(?:%s%s){1,5})[ \t]+(?P<pod>(?i:%s))(?![\w'’])" % (_SC_WD, _WL_JOIN, _SC_WD, _PL_POD),
      31, triggers="weekday", trail=(r"\.?%s%s" % (_WL_JOIN, _SC_WD), 24),
      examples=[("2025-06-04", "Choir practice Tues & Thurs evenings in the hall.", "Tues", "XXXX-WXX-2TEV")])
def _weekday_list_pod(m, text):
    pw = m["pod"].lower()
    code = L["parts_of_day"].get(pw) or L["schedule_plural_pods"][pw]
    days = list(_WL_DAY.finditer(text, m.start("list"), m.end("list")))
    if len(days) < 2 or days[0].start() != m.start("list"):
        return None
    one_week = _ONE_WEEK.search(text, max(0, m.start() - _HABIT_REACH), min(len(text), m.end() + _HABIT_REACH))
    # "next week", "last week", "this week" near the list: the days of that week (as "Tuesday next week")
    offset = {"next": 1, "last": -1, "this": 0}.get(one_week.group(0).split()[0].lower()) if one_week else None
    out = []
    for i, d in enumerate(days):
        s, e = d.start(), (m.end() if i == len(days) - 1 else d.end())
        if text[e - 1] == ".":
            e -= 1
        n = any_weekday_num(d.group(0).rstrip("."))
        if one_week:
            out.append(Mention(s, e, "weekday_list_pod", "weekday", dict(
                weekday=n, rel="", pod=code, mod="", possessive=False, lower=d.group(0).islower(),
                list_head=False, answer=False, **({} if offset is None else {"week_offset": offset})), 31))
        else:
            out.append(Mention(s, e, "weekday_list_pod", "fixed",
                               dict(type="SET", value=f"XXXX-WXX-{n}T{code}", mod=""), 31))
    return out


# (eleventh session, clock) "I'm on 7-3 tomorrow", "doing 2-10 fri", "swap my 6-2 sat": a shift's hours
# before the day it is worked (lexicon _doc_shift_hours), two TIMEs on that day
_WD_RANGE_ON = _re(r"[ \t]{0,3}(?:[-–]|to|till|til|thru)[ \t]{0,3}(?:%s|(?i:{short_weekdays}))" % WEEKDAY)
_SHIFT_DONE = re.compile(r"(?i)\b(?:did|done|was|were|worked|had|covered|swapped)\b")
_SH_DAY = r"(?P<dw>(?i:{deictic_days}))|(?P<wd>%s|(?i:{short_weekdays}))" % WEEKDAY


@rule("shift_hours", r"(?i:{shift_hours_cues})[ \t]{1,3}(?P<h1>1[0-2]|[1-9])[ \t]{0,2}[-–][ \t]{0,2}(?P<h2>1[0-2]|[1-9])[ \t]{1,3}(?:%s)(?![\w'’])" % _SH_DAY,
      24, triggers="deictic weekday", lead=(r"\d[ \t]{1,3}", 4),
      examples=[("2025-06-04", "I'm on 7-3 tomorrow and 2-10 fri", "3", "2025-06-05T15:00"),
                ("2025-06-04", "I'm on 7-3 tomorrow and 2-10 fri", "2", "2025-06-06T14:00")])
def _shift_hours(m, text):
    if text[m.start("h1") - 1: m.start("h1")] in ("-", "–", ".", ":") or _WD_RANGE_ON.match(text, m.end()):
        return None   # ("9-5 mon to fri": an office day's hours, rule office_hours)
    h1, h2 = int(m["h1"]), int(m["h2"])
    if h2 < h1 or h2 == 12:     # "7-3", "6-2", "9-5": across noon
        h2 = h2 + 12 if h2 < 12 else h2
    elif h1 < _PM_BELOW:        # "2-10", "1-9": a late
        h1, h2 = h1 + 12, h2 + 12 if h2 < 12 else h2
    if h2 <= h1 or h2 - h1 > 12:
        return None
    if m["wd"]:
        low = m["wd"].lower().rstrip(".")
        ls = start_of_line(text, m.start())
        # a rota's weekday is the one to come, unless the line tells of a shift done ("did 7-3 sat")
        plan = not _SHIFT_DONE.search(text, ls, m.start())
        dref = {"weekday": any_weekday_num(m["wd"]), "short": low in L["short_weekdays"], "plan": plan, "night": False}
    else:
        dref = {**deictic_ref(m["dw"]), "night": False}
    return [Mention(m.start(g), m.end(g), "shift_hours", "time", dict(hour=h, minute=0, dref=dref, loose=False, **extra), 24)
            for g, h, extra in (("h1", h1, {}), ("h2", h2, {"first_end_day": True}))]


# (thirtieth session, clock31, docs/informal-time.md §106) a plan moved to a bare hour: "Can we push to 7?", "can we move it
# to half 8?", "could we bring it forward to 6?", "the meeting's been pushed back to 9.30", "standup moved to 11", "push it
# to around 7?" (lexicon clock_move_verbs, their particles, objects, asking words, hedges). A move is read only where its
# frame says a plan: a particle ("back", "forward") or a plan's noun or a pronoun among the (at most three) words between
# the verb and "to", such a noun as the subject right before the verb ("standup moved to", "the call's been moved to"), or
# an asking word before it ("can we push to 7?"); the bare "the alert level moved to 4" is none of them. After the hour
# only the clause's end, a mark, a day word (inside the extent, as "9.30 tomorrow"), "on" and a weekday, or a word of
# lexicon clock_move_followers ("instead", "pls", "if"): not "push to 7 figures", "moved to 3 Oak Street", "bring it
# forward to 6 weeks", "switch it to 4 for the news". The half of the day is a bare hour's (1-6 the afternoon's, 12 noon,
# 7-11 by the talk's words, as rule hour_sharp leaves it to resolve). Bounded: the verb, three words of at most 16
# characters, a particle, "to", a hedge, the hour and a day word (< 110 characters); run only where "to" and a digit
# follow the verb within four words (`trail`).
_MOVE_PLAN_WORDS = frozenset(w.lower() for w in L["clock_move_particles"] + L["clock_move_objects"])
_MOVE_ASKED = _re(r"(?i)(?<![\w'’])(?:{clock_move_askers})(?![\w'’])[^\n.!?\d]{0,24}$")
_MOVE_SUBJECT = _re(r"(?i)(?<![\w'’])(?:{clock_move_objects})(?:['’]s)?(?:[ \t]{1,3}(?:has|have|had|is|was|were|been|got|gets|now|being|just|already|all|be|will))"
                    r"{0,3}[ \t]{1,3}$")
_MOVE_NEXT = _re(r"(?i)(?:[ \t]{0,3}(?:$|[\n.,;:!?)]|[\u2600-\u27bf\U0001f000-\U0001faff])|[ \t]{1,3}(?:{clock_move_followers})(?![\w'’])"
                 r"|[ \t]{1,3}on[ \t]{1,3}(?:%s|(?:{short_weekdays}))(?![\w'’]))" % WEEKDAY)


@rule("moved_hour", r"(?<![\w'’])(?P<v>(?i:{clock_move_verbs}))(?P<obj>(?:[ \t]{1,3}(?!(?i:to)(?![\w'’]))[^\s.,;!?]{1,16}){0,3}?)[ \t]{1,3}(?i:to)[ \t]{1,3}"
      r"(?:(?P<apx>(?i:{clock_move_approximators}))[ \t]{1,3})?(?P<t>(?:(?P<half>(?i:half))[ \t]{1,3})?(?<![\d.:$£€,])(?P<h>1[0-2]|0?[1-9])(?:[.:](?P<mi>[0-5]\d))?"
      r"(?P<ish>(?i:ish))?(?:[ \t]{1,3}(?P<dw>(?i:{deictic_days})))?)(?![\w:%/'’-]|[.,]\d)", 24,
      triggers="clock_move", trail=(r"(?:[ \t]{1,3}[^\s.,;!?]{1,16}){0,3}?[ \t]{1,3}(?i:to)[ \t]{1,3}(?:[A-Za-z]{1,8}[ \t]{1,3})?\d", 72),
      examples=[("2024-06-12", "Can we push to 3?", "3", "2024-06-12T15:00"),
                ("2024-06-12", "the meeting's been pushed back to 9.30 tomorrow", "9.30 tomorrow", "2024-06-13T09:30"),
                ("2024-06-12", "can we push dinner to 8?", "8", "2024-06-12T20:00")])
def _moved_hour(m, text):
    words = [w.lower().rstrip("'’s") if w.lower().endswith(("'s", "’s")) else w.lower() for w in m["obj"].split()]
    plan = any(w in _MOVE_PLAN_WORDS for w in words) \
        or _MOVE_ASKED.search(text, max(0, m.start() - 32), m.start()) is not None \
        or _MOVE_SUBJECT.search(text, max(0, m.start() - 40), m.start()) is not None
    if not plan or not _MOVE_NEXT.match(text, m.end()):
        return None   # "the alert level moved to 4"; "push to 7 figures", "moved to 3 Oak Street"
    if _BARE_MONEY.search(text, max(0, m.start() - 40), m.start()):
        return None   # "the price: move it to 7"
    h, mi = int(m["h"]), 30 if m["half"] else int(m["mi"] or 0)
    if m["half"] and m["mi"]:
        return None
    lead0 = m["h"].startswith("0")
    # (the small hours' words read after the verb: "shift" is the verb here, not a night's shift)
    small_pm = 1 <= h < _PM_BELOW and not lead0 and not _small_hour_near(text, m.start("t"), m.end("t"), lo=m.end("v"))
    dref = None
    if m["dw"]:
        low = m["dw"].lower()
        dref = {**deictic_ref(low), "night": low in L["night_words"]}
    return M(m, "moved_hour", "time", group="t", hour=h, minute=mi, dref=dref, h12=h < 12 and not lead0,
             loose=h < 12 and not lead0, small_pm=small_pm, **({"mod": "APPROX"} if m["apx"] or m["ish"] else {}))


# (thirtieth session, clock31, §106) a shift's or an opening's two bare ends after its verb: "Shifts run 8 till about 1.30",
# "we run 7-3", "I'm doing 10 to 6 tomorrow", "she's on 6-2 tomorrow" (lexicon shift_span_verbs; "on" after a subject's
# verb, shift_span_on_subjects). The half of the day: an end below the start crosses noon ("8 till about 1.30"
# 08:00-13:30, "6-2" 06:00-14:00 an early shift); a start of 1-6 with a larger end the afternoon's ("2 till 10"), 12 noon,
# 9-11 with a larger end the morning's; 7 or 8 with a larger end by the line's words (§99), else left to the older rules.
# A standing verb ("run", "runs") with no day in the clause: each end a habit's hour (§97). After the end only the clause's
# end, a mark, or a word of lexicon shift_span_followers: not "we run 5 to 10 miles", "doing 3 to 4 sets", "working 7 to 3
# days a week". Each end a TIME; the day a DATE of its own (the range's convention, §85), so its mentions take the span
# from another rule's longer reading of one end ("2 tomorrow"). Bounded: the verb (or a subject's verb and "on"), two
# hours with their minutes, a joiner and a hedge (< 60 characters); run only where an hour and a joiner follow (`trail`).
_SHIFT_TAIL = (r"(?P<a>(?P<h1>1[0-2]|0?[1-9])(?:[:.](?P<mi1>[0-5]\d))?)[ \t]{0,2}(?:[-–]|(?i:to|till|til|until)(?![\w'’]))[ \t]{0,2}"
               r"(?:(?P<apx>(?i:{clock_move_approximators}))[ \t]{1,3})?(?P<b>(?P<h2>1[0-2]|0?[1-9])(?:[:.](?P<mi2>[0-5]\d))?)(?![\w:%/'’-]|[.,]\d)")
_SHIFT_TRAIL = r"[ \t]{1,3}(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?[ \t]{0,2}(?:[-–]|(?i:to|till|til|until)(?![\w'’]))"
_SHIFT_NEXT = _re(r"(?i)(?:[ \t]{0,3}(?:$|[\n.,;:!?)]|[\u2600-\u27bf\U0001f000-\U0001faff])|[ \t]{1,3}(?:{shift_span_followers}|{deictic_days}|{short_weekdays}|%s)(?![\w'’]))" % WEEKDAY)
_SHIFT_DAY_AFTER = _re(r"(?i)[^\n.!?;]{0,40}?(?<![\w'’])(?:{deictic_days}|{short_weekdays}|%s)(?![\w'’])" % WEEKDAY)
_STANDING_SHIFT_VERBS = frozenset(L["shift_span_standing_verbs"])
_JOB_IDIOM_VERBS = frozenset(L["shift_span_job_idiom_verbs"])
_JOB_IDIOM_HOURS = tuple(L["shift_span_job_idiom_hours"])
# (the older rules' shapes, left to them: a span of many days after the range, rule standing_shift_hours' "I'm on 2 till 7
# all week"; a dash range of whole hours with its day right after, rule shift_hours' "I'm on 7-3 tomorrow")
_SHIFT_STANDING_SPAN = _re(r"(?i)[^\n,.;!?]{0,40}?(?<![\w'’])(?:{standing_span_words:line})(?![\w'’])")
_SHIFT_HOURS_DAY = _re(r"(?i)[ \t]{1,3}(?:{deictic_days}|{short_weekdays}|%s)(?![\w'’])" % WEEKDAY)


def _shift_span(m, text, name):
    if not _SHIFT_NEXT.match(text, m.end()) or _BARE_MONEY.search(text, max(0, m.start() - 40), m.start()):
        return None
    if _SHIFT_STANDING_SPAN.match(text, m.end()) or (not m["mi1"] and not m["mi2"] and not m["apx"] and text[m.end("a"):m.start("b")].strip() in ("-", "–")
                                                     and _SHIFT_HOURS_DAY.match(text, m.end())):
        return None   # "I'm on 2 till 7 all week", "I'm on 7-3 tomorrow": the older rules' readings
    h1, h2 = int(m["h1"]), int(m["h2"])
    if m["h1"].startswith("0") or m["h2"].startswith("0"):
        return None
    if (h1, h2) == _JOB_IDIOM_HOURS and not m["mi1"] and not m["mi2"] and (m.groupdict().get("v") or "").lower() in _JOB_IDIOM_VERBS \
            and not _SHIFT_HOURS_DAY.match(text, m.end()):
        return None   # "my dad works 9 to 5", "I work 9-5 so Friday is out": an office job's idiom, no clock hours
    if h1 == 12:
        a, b = 12, (h2 + 12 if h2 < 12 else h2)         # "12-8": noon to the evening
    elif h2 % 12 < h1:
        a, b = h1, (h2 if h2 == 12 else h2 + 12)        # "8 till 1.30", "7-3", "6-2", "10 to 6", "9-12": across noon
        if h1 < 5:
            return None                 # "3 to 1": a night's or a count's, either
    elif h2 == h1:
        return None
    elif h1 < _PM_BELOW:
        a, b = h1 + 12, (h2 + 12 if h2 < 12 else h2)   # "2 till 10": the afternoon's and evening's
    elif h1 < 9:
        half = _line_half(text, m.start(), m.end())     # "8 till 11": the line's words, else the older rules' reading
        if half is None:
            return None
        a, b = (h1 + 12, h2 + 12 if h2 < 12 else h2) if half == "pm" else (h1, h2)
    elif _line_half(text, m.start(), m.end()) == "pm":
        a, b = h1 + 12, (h2 + 12 if h2 < 12 else h2)   # (lead, at the merge) "gig tonight lads ... we're on 9-10": the evening's
    else:
        a, b = h1, h2                   # "9 till 11", "10-12": the morning's
    if not a < b <= a + 14 or b > 24:
        return None
    extra = {"schedule": True}
    verb = (m.groupdict().get("v") or "").lower()
    if verb in _STANDING_SHIFT_VERBS and not _SHIFT_DAY_AFTER.match(text, m.end()):
        extra["habit"] = "near"         # "Shifts run 8 till about 1.30", "we run 7-3": a standing arrangement
    return [M(m, name, "time", group="a", hour=a, minute=int(m["mi1"] or 0), dref=None, loose=False, **extra),
            M(m, name, "time", group="b", hour=b % 24, minute=int(m["mi2"] or 0), dref=None, loose=False, first_end_day=True,
              **extra, **({"mod": "APPROX"} if m["apx"] else {}))]


@rule("shift_span", r"(?<![\w'’])(?P<v>(?i:{shift_span_verbs}))[ \t]{1,3}(?<![\d.:$£€,])" + _SHIFT_TAIL, 24,
      triggers="shift_span", trail=(_SHIFT_TRAIL, 20),
      examples=[("2024-06-12", "Shifts run 8 till about 1.30", "1.30", "XXXX-XX-XXT13:30"),
                ("2024-06-12", "I'm doing 10 to 6 tomorrow", "6", "2024-06-13T18:00")])
def _shift_span_verb(m, text):
    return _shift_span(m, text, "shift_span")


@rule("shift_span_on", r"(?<![\w'’])(?i:{shift_span_on_subjects})[ \t]{1,3}(?i:on)[ \t]{1,3}(?<![\d.:$£€,])" + _SHIFT_TAIL, 24,
      triggers="shift_span_on", lead=(r"(?<![\w'’])(?i:{shift_span_on_subjects})[ \t]{1,3}", 10), trail=(_SHIFT_TRAIL, 20),
      examples=[("2024-06-12", "she's on 8 till 2 tomorrow so can't", "8", "2024-06-13T08:00")])
def _shift_span_on(m, text):
    return _shift_span(m, text, "shift_span_on")


# (thirty-third session, bareclock34, docs/informal-time.md §122) a bare hour or a dotted h.mm told a clock by the event it
# is of and the preposition before it, on a line with no day word and no plan word: "Live fiddle music from 8", "Mulcahy's
# are showing it from 4", "bingo at 8 in the hall", "Dinner at the lodge is 6 to 8.30", "I working till 6 thurs" (lexicon
# event_hour_nouns, event_hour_work, event_hour_cues; "by" is no cue: "won by 2"); and an hour right after a verb of a start
# or a gathering, a place between at most: "parade suppose to move off 9", "Throw in 6.30 in Fitzgerald Stadium", "meet at
# the church 9.15 for the parade" (event_hour_starts). After the hour (and a range's end, and a day word, inside the
# extent as "[6 thurs]") only the clause's end, an emoji, a word of event_hour_followers or "in"/"at"/"from" and a name:
# not "from 4 to 6 players", "at 2 goals down", "move off 9 points clear". Not where a word of a price, an age, a count or
# a score (event_hour_not_gap) is between the event and its hour or in its clause before it ("gig tickets from 8",
# "Tickets for the gig are 8"), nor after money. The half of the day: 12 noon; 1-6 the afternoon's (a morning's event's
# 5 or 6 unread: a market "from 6"); 7-11 by the event (event_hour_evening_words, event_hour_morning_words), an event of
# either half (a match, a game, judging, a throw-in) by the line's words (§100), else unread, and never against the
# line's words; work's "till N" 1-6 the afternoon's, 7-11 by the line. The day from the sentence and the talk (§118),
# or the day word right after. Bounded: the event, four words of at most 16 characters (or "at the" and two words after a
# start's verb), a cue, a hedge, two hours, a day word (< 150 characters); run only where a digit follows the event's
# word within 64 characters (`trail`).
_EH_HOUR = (r"(?:(?P<apx>(?i:{clock_move_approximators}))[ \t]{1,3})?(?<![\d.:$£€,])(?P<a>(?P<h1>1[0-2]|0?[1-9])(?:[.:](?P<mi1>[0-5]\d))?)"
            r"(?:[ \t]{0,2}(?P<j>[-–]|(?i:to|till|til|until)(?![\w'’]))[ \t]{0,2}(?P<b>(?P<h2>1[0-2]|0?[1-9])(?:[.:](?P<mi2>[0-5]\d))?))?"
            r"(?:[ \t]{1,3}(?P<dw>(?i:{deictic_days})|%s|(?i:{short_weekdays}))(?![\w'’]))?"
            r"(?=[ \t]{0,3}(?:\Z|[\n;:!?)(]|\.(?!\d)|,(?![ \t]{0,3}\d)|[\u2600-\u27bf\U0001f000-\U0001faff])|[ \t]{1,3}(?:{event_hour_followers})(?![\w'’])"
            r"|[ \t]{1,3}(?:in|at|from)[ \t]{1,3}[A-Z])" % WEEKDAY)
_EH_TRAIL = (r"[^\n\d.!?]{0,56}\d", 64)
_EH_EVENING = frozenset(L["event_hour_evening_words"])
_EH_MORNING = frozenset(L["event_hour_morning_words"])
_EH_WORK = frozenset(L["event_hour_work"])
_EH_WORK_CUES = frozenset(L["event_hour_work_cues"])
_EH_NOT_GAP = frozenset(L["event_hour_not_gap"])
_EH_NOT_BEFORE = _re(r"(?i)(?<![\w'’])(?:{event_hour_not_gap})(?![\w'’])[^\n.!?,;]{0,40}$")
# a word that makes music, a session or dancing a night's: "live", "trad" (at most two words before the event's)
_EH_LIVE_BEFORE = _re(r"(?i)(?<![\w'’])(?:{event_hour_live_words})(?:[ \t]{1,3}[^\s\d.,;:!?()]{1,16}){0,2}?[ \t]{1,3}$")
_EH_EVENING_LINE = _re(r"(?i)(?<![\w'’])(?:{event_hour_evening_words})(?![\w'’])")
_EH_MORNING_LINE = _re(r"(?i)(?<![\w'’])(?:{event_hour_morning_words})(?![\w'’])")


# a chat export's stamp with its am/pm opening a line ("[6/19/26, 12:19:00 PM]", "3/14/26, 9:06 PM - ")
_EH_STAMP_AMPM = re.compile(r"[ \t]*\[?\d{1,2}/\d{1,2}/\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?[ \t\u202f]?[APap]\.?[Mm]\.?\]?")


def _eh_line_half(text: str, start: int, end: int, events: bool = True):
    """The half of the day the line around text[start:end] says (60 characters either side at most): `_line_half`'s
    words of the evening and the morning, and (``events``) this section's events of either half; None where none or
    both."""
    lo = text.rfind("\n", max(0, start - 60), start) + 1 or max(0, start - 60)
    head = _EH_STAMP_AMPM.match(text, lo, start)
    if head is not None:
        lo = head.end()   # (clocks42, §206) a chat stamp's own "PM" is no word of the line's half: "[6/19/26, 12:19:00 PM] Jo:
        # Plane finally landed 11.30!!"
    hi = _line_end(text, end, min(len(text), end + 60))
    eve = _EVENING.search(text, lo, hi) is not None or _EVENING_ACTIVITY.search(text, lo, hi) is not None \
        or events and _EH_EVENING_LINE.search(text, lo, hi) is not None
    morn = _MORNING_CLAUSE.search(text, lo, hi) is not None or _MORNING_ACTIVITY.search(text, lo, hi) is not None \
        or events and _EH_MORNING_LINE.search(text, lo, hi) is not None
    return None if eve == morn else "pm" if eve else "am"


def _event_hour_mentions(m, text, name: str, kind: str | None):
    """The TIMEs of a match of rule event_hour or start_hour: ``kind`` "pm" (an evening's event), "am" (a morning's),
    "work" (work's "till N") or None (an event of either half)."""
    if _BARE_MONEY.search(text, max(0, m.start() - 40), m.start("a")):
        return None
    if m["a"].startswith("0") or (m["b"] or "").startswith("0"):
        return None
    h = int(m["h1"])
    dw = (m["dw"] or "").lower().rstrip(".")
    night = dw in L["night_words"]
    half = _eh_line_half(text, m.start(), m.end())
    if h == 12:
        a = 12
    elif night:
        a = h + 12
    elif h < _PM_BELOW:
        if kind == "am" and h >= 5 or _eh_line_half(text, m.start(), m.end(), events=False) == "am":
            return None   # "farmers market from 6", "breakfast, then the parade from 6", "working till 6 tomorrow
            # morning" (a night's shift): either half
        a = h + 12
    else:
        want = half if kind in (None, "work") else kind
        if want is None or (half is not None and half != want):
            return None   # "match at 8", "working till 9": no word of the half; a wrong half is worse than none
        a = h + 12 if want == "pm" else h
    mi = int(m["mi1"] or 0)
    dref = None
    if dw:
        if dw in L["deictic_days"]:
            dref = {**deictic_ref(dw), "night": night}
        else:
            ls = start_of_line(text, m.start())
            dref = {"weekday": any_weekday_num(dw), "short": dw in L["short_weekdays"],
                    "plan": not _SHIFT_DONE.search(text, max(ls, m.start() - 60), m.start()), "night": False}
    apx = {"mod": "APPROX"} if m["apx"] else {}
    if m["b"] is None:
        # (a deictic day inside the extent, "[4 tomorrow]" as §106's "[9.30 tomorrow]"; a weekday its own DATE, as
        # informal27-blind A's gold writes "till [6] [thurs]"; a short weekday that is also a word, "wed", "sat", "sun",
        # "mon", which no rule reads alone there, inside: "[3 sat]", as rule bare_hour's "[3 Saturday]")
        end = m.end("dw") if dw in L["deictic_days"] or dw in L["short_weekdays"] and dw not in _UNAMBIGUOUS_WD else m.end("a")
        # below the older rules that read the same hour (bare_hour's "dinner at 8?", hour_predicate's "the fireworks are
        # 7"), over them where the event alone says the evening: a colon's "7:30" (rule clock24's 24-hour reading,
        # 07:30, of "from 7:30"), a dotted or bare 7-11 that rule bare_hour reads the morning's after a day named
        # ("The festival is on Friday. Live music from 9.30.": its evening words have no "music")
        # (the event's own word of the older evening words, "dinner", "gig", "quiz": rule bare_hour reads the same)
        prio = 5
        if a > h >= _PM_BELOW:
            e = m.groupdict().get("e")
            prio = 28 if ":" in m["a"] else 5 if e and _EVENING.search(text, m.start("e"), m.end("e")) else 8
        return Mention(m.start("a"), end, name, "time", dict(hour=a, minute=mi, dref=dref, loose=False, h12=False, **apx), prio)
    b = _range_end_hour(a, int(m["h2"]))
    if not a < b <= a + 14 or b > 24:
        return None
    return [Mention(m.start("a"), m.end("a"), name, "time", dict(hour=a, minute=mi, dref=dref, loose=False, h12=False, **apx), 5),
            Mention(m.start("b"), m.end("b"), name, "time", dict(hour=b % 24, minute=int(m["mi2"] or 0), dref=dref, loose=False,
                                                                  h12=False), 5)]


_EH_GAP_DAY = _re(r"(?i)(?<![\w'’])(?:%s|{short_weekdays}|{deictic_days})(?![\w'’])" % WEEKDAY)


@rule("event_hour", r"(?<![\w'’])(?P<e>(?i:{event_hour_nouns}|{event_hour_work}))(?:['’]s)?(?P<gap>(?:[ \t]{1,3}[^\s\d.,;:!?()]{1,16}){0,4}?)[ \t]{1,3}"
      r"(?P<cue>(?i:{event_hour_cues}))[ \t]{1,3}" + _EH_HOUR, 24,
      triggers="event_hour", trail=_EH_TRAIL,
      examples=[("2025-06-11", "Live fiddle music from 8", "8", "2025-06-11T20:00"),
                ("2025-06-11", "Mulcahy's are showing it from 4", "4", "2025-06-11T16:00"),
                # (the merge of ampm34: "I working till 6 thurs" is bare_hour's now, the hour before its weekday)
                ("2025-06-11", "I working till 6, can't come", "6", "2025-06-11T18:00")])
def _event_hour(m, text):
    e = " ".join(m["e"].lower().split())
    cue = " ".join(m["cue"].lower().split())
    work = e in _EH_WORK
    if work and cue not in _EH_WORK_CUES:
        return None   # "work at 6", "working from 5": a start, either half
    if any(w.lower().strip("'’") in _EH_NOT_GAP for w in m["gap"].split()) \
            or _EH_NOT_BEFORE.search(text, max(0, m.start() - 48), m.start()):
        return None   # "gig tickets from 8", "Tickets for the gig are 8", "the match was won by 2"
    if m["gap"] and _EH_GAP_DAY.search(m["gap"]):
        return None   # (the merge) "quiz night mon from 1": a day between the event and its hour, bare_hour's (§66: the hour
        # on that day, or on none where the short day is unsure)
    kind = "work" if work else "pm" if e in _EH_EVENING else "am" if e in _EH_MORNING else None
    if kind is None and _EH_LIVE_BEFORE.search(text, max(0, m.start() - 24), m.start()):
        kind = "pm"   # "Live fiddle music from 8", "a trad session from 9"; "Music with Mel at 10.15" (a class) either half
    return _event_hour_mentions(m, text, "event_hour", kind)


@rule("start_hour", r"(?<![\w'’])(?P<sv>(?i:{event_hour_starts}))(?P<place>[ \t]{1,3}(?i:at|from|outside)[ \t]{1,3}(?:(?i:the)[ \t]{1,3})?[^\s\d.,;:!?()]{1,16}"
      r"(?:[ \t]{1,3}[^\s\d.,;:!?()]{1,16})?)?[ \t]{1,3}" + _EH_HOUR, 24,
      # (the start's particle, a place of at most "at the" and two words, the hour: the start word's own window only where
      # a digit follows so; 0.052 window characters per character of the news sample with the event's trail)
      triggers="start_hour", trail=(r"(?:[ \t-]{1,3}(?i:off|in))?(?:[ \t]{1,3}(?i:at|from|outside)[ \t]{1,3}(?:(?i:the)[ \t]{1,3})?[^\s\d.,;:!?()]{1,16}"
                                    r"(?:[ \t]{1,3}[^\s\d.,;:!?()]{1,16})?)?(?:[ \t]{1,3}(?i:open|at|from|as[ \t]{1,3}of)){0,2}[ \t]{1,3}(?:(?i:{clock_move_approximators})[ \t]{1,3})?\d", 64),
      examples=[("2025-06-11", "parade suppose to move off 9", "9", "2025-06-11T09:00"),
                ("2025-06-11", "Throw in 6.30 in Fitzgerald Stadium", "6.30", "2025-06-11T18:30")])
def _start_hour(m, text):
    sv = " ".join(m["sv"].lower().split())
    if m["place"] and not m["mi1"]:
        return None   # "Meet at the gate 2": a bare number after a place is its number; "meet at the church 9.15" a clock
    if _EH_NOT_BEFORE.search(text, max(0, m.start() - 48), m.start()):
        return None
    if sv in _EH_PLAIN_STARTS:
        # ((schedule35, §130) "Parade starts 9.30 from Parliament", "band start 4", "the quiz starts 8.30": a plain verb of a
        # start only after an event's word (two words between at most), its half of the day the event's own (no line's
        # word: "start" is every start's); an event of either half only 1-6)
        ev = _EH_EVENT_BEFORE.search(text, max(0, m.start() - 48), m.start())
        if ev is None:
            return None
        e = " ".join(ev["e"].lower().split())
        kind = "pm" if e in _EH_EVENING or _EH_LIVE_BEFORE.search(text, max(0, ev.start() - 24), ev.start()) \
            else "am" if e in _EH_MORNING else None
        if kind is None and int(m["h1"]) >= _PM_BELOW and (m["dw"] or "").lower() not in L["night_words"]:
            return None   # "match starts 8": either half ("match starts 8 tonight": the night's)
        return _event_hour_mentions(m, text, "start_hour", kind or "pm")
    # ((clocks37, §146) a status post's reopening or next update, "open again as of 10.40", "next update 11.30": a day's
    # operations, 7-11 the morning's unless the line says the evening; lexicon start_hour_day_starts)
    return _event_hour_mentions(m, text, "start_hour", "am" if sv in _EH_MORNING or sv in _SH_DAY_STARTS else None)


_SH_DAY_STARTS = frozenset(L["start_hour_day_starts"])


_EH_PLAIN_STARTS = frozenset(L["event_hour_plain_starts"])
_EH_EVENT_BEFORE = _re(r"(?i)(?<![\w'’])(?P<e>{event_hour_nouns})(?:['’]s)?(?:[ \t]{1,3}[^\s\d.,;:!?()]{1,16}){0,2}?[ \t]{1,3}$")


# (bareclock34, §122) a start whose end is a clock word or an open end: "10 till noon", "from 9 to midday", "11 till sold
# out", "from 2 till close" (lexicon hour_open_ends; "to" only after "from": "10 to noon" alone is 11:50). Before noon,
# midday or "sold out" an hour of 7-11 is the morning's; 12 noon; 1-6 the afternoon's except before noon or midday
# (unread); before "close" an hour of 7-11 is a bar's or a shop's, either half: unread. The day from the sentence; the end
# a TIME of its own rule ("noon") or none. Bounded: "from", an hour, a joiner and the end's words (< 40 characters).
_OPEN_MORNING = frozenset(L["hour_open_ends_morning"])


@rule("open_end_hour", r"(?<![\w.:$£€,/'’-])(?:(?P<from>(?i:from))[ \t]{1,3})?(?P<t>(?P<h>1[0-2]|0?[1-9])(?:[.:](?P<mi>[0-5]\d))?)[ \t]{0,3}"
      r"(?P<j>[-–]|(?i:till|til|until|to)(?![\w'’]))[ \t]{0,3}(?P<end>(?i:{hour_open_ends}))(?![\w'’])", 24,
      triggers="open_end", lead=(r"\d(?:[.:][0-5]\d)?[ \t]{0,3}(?:[-–]|(?i:till|til|until|to))[ \t]{0,3}", 20),
      examples=[("2025-06-11", "just Wednesday like always, 10 till noon", "10", "2025-06-11T10:00"),
                ("2025-06-11", "Cake sale this Sat, 11 till sold out", "11", "2025-06-14T11:00")])
def _open_end_hour(m, text):
    if m["j"].lower() == "to" and not m["from"] or m["h"].startswith("0"):
        return None
    if _BARE_MONEY.search(text, max(0, m.start() - 40), m.start("t")):
        return None
    h = int(m["h"])
    end = " ".join(m["end"].lower().split())
    if h == 12:
        return None if end in ("noon", "midday") else M(m, "open_end_hour", "time", group="t", hour=12, minute=int(m["mi"] or 0), dref=None, loose=False, h12=False)
    if h < _PM_BELOW:
        if end in ("noon", "midday"):
            return None
        h += 12
    elif end not in _OPEN_MORNING:
        return None   # "8 till close": a bar's evening or a shop's morning
    return M(m, "open_end_hour", "time", group="t", hour=h, minute=int(m["mi"] or 0), dref=None, loose=False, h12=False)


# (thirty-fifth session, clocks36, docs/informal-time.md §135) an opening's range of bare hours after a verb of opening, a
# copula or none before it: "the settlement shops open 11 to 3 only", "Post office open 9 till 12.30", "Shop is open 9 till
# 1 Sundays" (lexicon open_hours_verbs; §97's rule standing_copular_hours reads a copula's range with no day after it). Two
# hours 1-12 with no am/pm (one hour after "open" is a count as often: "open 7 days"), read as office hours
# (``_hour_pair``: a start of 7-11 the morning's, 1-6 the afternoon's, the end after the start; an end below an
# afternoon's start runs past midnight: unread, "open 3-1 down"; both ends 7-11, "the pub opens 7 till 11": either half,
# unread); after them only the clause's end or a word of
# open_hours_followers ("only", "every day", "Sundays", "on", "today"): not "open 2-3 days a week". Standing hours (of no
# day unless the clause names one, ``tagger._standing_copular``). Bounded: the verb, "from", two hours and a joiner
# (< 40 characters); run only where a digit follows the verb within 12 characters (`trail`).
# ((hours41, §191) or a word of a standing arrangement (lexicon open_hours_standing_tails: "open 8 to 6 normally", "open
# 10-6 all long weekend", "open 9 to 9 local time") or a place's name and a word of its time (open_hours_zone_words: "open 9
# to 9 Yukon time"))
_OPV_END = (r"(?=[ \t]{0,3}(?:\Z|[\n;:!?)(]|\.(?!\d)|,|[\u2600-\u27bf\U0001f000-\U0001faff])"
            r"|[ \t]{1,3}(?i:{open_hours_followers:line}|{open_hours_standing_tails:line}|{open_hours_hedge_tails:line})(?![\w'’])"
            r"|[ \t]{0,3},?[ \t]{1,3}(?i:{open_hours_like_days:line})[ \t]{1,3}(?i:{open_hours_like_day_words:line})(?![\w'’])"
            r"|[ \t]{1,3}[A-Z][a-z]{2,20}[ \t]{1,3}(?i:{open_hours_zone_words:line})(?![\w'’]))")
# (hours41, §191) the list's second range, of other days: after the first range, at most one word of its own days or of
# the standing arrangement ("normally", "weekdays", "in term"), a comma, a semicolon or "and"/"but", then a range of bare
# hours and the days it is kept on (lexicon open_hours_other_days after an optional preposition of
# open_hours_other_day_preps: "Choppies is open 8 to 6 normally, 9 to 1 on holidays", "open 10-4 usually; 11 to 3 at
# weekends", "open 7 till 3 normally, 10 till 6 Sundays"). Bounded: one phrase, a mark, a range and the days' words
# (< 70 characters)
_OPV_SECOND = (r"(?:[ \t]{1,3}(?i:{open_hours_followers:line}|{open_hours_standing_tails:line}))?[ \t]{0,3}"
               r"(?:[,;][ \t]{0,3}(?:(?i:and|but)[ \t]{1,3})?|[ \t]{1,3}(?i:and|but)[ \t]{1,3})%s"
               r"(?=[ \t]{1,3}(?:(?i:{open_hours_other_day_preps:bare})[ \t]{1,3})?(?i:{open_hours_other_days:line})(?![\w'’]))")


_OPV_TODAY = frozenset(L["open_hours_today_adverbs"])
_OPV_ON_HOLIDAY = _re(r"[ \t]+(?i:{range_day_prepositions})[ \t]+(?:(?i:the)[ \t]+)?(?:%s)(?![\w'’])" % HOLIDAY)   # bounded: a holiday's name


# ((clocks37, §146) an adverb of the usual between, lexicon open_hours_adverbs: "Café open as normal 9 til 4.30", "open again 10-4")
@rule("open_verb_hours", r"(?<![\w'’-])(?P<v>(?i:{open_hours_verbs:bare}))[ \t]{1,3}(?:(?P<adv>(?i:{open_hours_adverbs}))[ \t]{1,3})?(?:(?i:from)[ \t]{1,3})?%s(?:%s|%s)" % (
          _SC_HOURS.replace("%s", "o"), _OPV_SECOND % _SC_HOURS.replace("%s", "q"), _OPV_END), 24,   # (over minutes_dash_range's day of writing: standing hours)
      triggers="open_hours", trail=(r"[ \t]{1,3}(?:[a-z]{2,8}[ \t]{1,3}){0,2}?(?:(?i:from)[ \t]{1,3})?\d", 30),
      examples=[("2026-02-04", "the settlement shops open 11 to 3 only", "3", "XXXX-XX-XXT15:00"),
                ("2026-02-04", "Post office open 9 till 12.30, closed Wednesdays", "9", "XXXX-XX-XXT09:00"),
                ("2026-02-04", "Tomorrow the chemist opens 9 till 1 only", "1", "2026-02-05T13:00"),
                ("2026-02-04", "Choppies is open 8 to 6 normally, 9 to 1 on holidays.", "1", "XXXX-XX-XXT13:00"),
                ("2026-02-04", "Border at Poker Creek is only open 9 to 9 Yukon time", "9", "XXXX-XX-XXT09:00")])
def _open_verb_hours(m, text):
    if m["a1o"] or m["a2o"]:
        return None   # am/pm: the schedule rules' and §97's
    if any(g.startswith("0") or int(g) > 12 for g in (m["h1o"], m["h2o"])):
        return None   # "open 18-30": ages; a 24-hour clock is clock24's
    if _BARE_MONEY.search(text, max(0, m.start() - 40), m.start()):
        return None
    if _OPV_ON_HOLIDAY.match(text, m.end()):
        return None   # "Shop open 10-4 on Boxing Day": rule range_on_holiday's hours of that day
    pair = _hour_pair(lambda g: m[g + "o"])
    if pair is None or 7 <= pair[0] and pair[2] < 12:
        return None   # "the pub opens 7 till 11": a pub's evening or a cafe's morning, no word tells which
    # (from reading informal29-blind A) "Sunday is worse, trading laws mean the settlement shops open 11 to 3 only": a day
    # the sentence names before the hours is theirs (§118's carriers), no standing arrangement; the sentence's start at most
    # 120 characters back on the line
    lo = max(start_of_line(text, m.start()), m.start() - 120)
    lo = max([lo] + [text.rfind(c, lo, m.start()) + 1 for c in ".!?"])
    day_before = _EH_GAP_DAY.search(text, lo, m.start()) is not None
    # ((clocks37, §146) "Café open as normal 9 til 4.30", "open again 10-4": a status post's one day, the talk's or the day
    # of writing (open_hours_today_adverbs); "normally", "usually" a standing arrangement's)
    today = m["adv"] is not None and " ".join(m["adv"].lower().split()) in _OPV_TODAY
    std = {} if day_before or today else {"standing_copula": "open"}
    out = []
    for n, h, mi in ((1, pair[0], pair[1]), (2, pair[2], pair[3])):
        end = m.end("m%do" % n) if m["m%do" % n] else m.end("h%do" % n)
        out.append(Mention(m.start("h%do" % n), end, "open_verb_hours", "time",
                           dict(hour=h, minute=mi, dref=None, loose=False, **std), 24))
    # (hours41, §191) the list's second range, of other days ("..., 9 to 1 on holidays"): read as the first, on its own
    # (a range of no reading, "7 till 11", or with am/pm, the schedule rules', is left)
    if m["h1q"] and not (m["a1q"] or m["a2q"]) and not any(g.startswith("0") or int(g) > 12 for g in (m["h1q"], m["h2q"])):
        pair2 = _hour_pair(lambda g: m[g + "q"])
        if pair2 is not None and not (7 <= pair2[0] and pair2[2] < 12):
            for n, h, mi in ((1, pair2[0], pair2[1]), (2, pair2[2], pair2[3])):
                end = m.end("m%dq" % n) if m["m%dq" % n] else m.end("h%dq" % n)
                out.append(Mention(m.start("h%dq" % n), end, "open_verb_hours", "time",
                                   dict(hour=h, minute=mi, dref=None, loose=False, **std), 24))
    return out


# (clocks36, §135) a dotted h.mm after a verb of travel, a place between at most: "the ferry leaves Penzance 9.15", "Flight
# lands 4.20 their time", "the coach departs 2.45 from the pier", "picked up at the shack at 2.15" (lexicon
# travel_clock_verbs; the place one or two capitalised words, or "at"/"from"/"outside", "the" and two words; a day's or a
# month's word there is no place: the day rules'). Only a dotted h.mm (a bare "leaves 9" is a count as often); after it
# §122's ends and travel_clock_followers ("from", "at", "their time"), not a measure or a price ("2.30 each"). The half of
# the day: 12 noon; 1-4 the afternoon's; 5-6 only by a word of the line's half (a first train, a night out's pick-up);
# 7-11 the morning's (a day's travel; bare_hour's and clock24's default) unless the line says the evening, untagged after
# "last"/"night" before the verb in its clause (travel_clock_night_words). The day from the sentence and the talk (§118), a
# deictic day right after the clock inside its extent (§122). Bounded: the verb, a place of at most four words of 20
# characters, "at", an hour, a day word (< 140 characters); run only where a dotted h.mm follows the verb within 56
# characters.
_TC_PLACE = (r"(?P<place>[ \t]{1,3}(?:[A-Z][\w'’-]{1,20}(?:[ \t]{1,3}[A-Z][\w'’-]{1,20})?"
             r"|(?i:at|from|outside)[ \t]{1,3}(?:(?i:the)[ \t]{1,3})?[^\s\d.,;:!?()]{1,16}(?:[ \t]{1,3}[^\s\d.,;:!?()]{1,16})?))?")
_TC_HOUR = _EH_HOUR.replace("{event_hour_followers}", "{event_hour_followers}|{travel_clock_followers}")
_TC_NIGHT_BEFORE = _re(r"(?i)(?<![\w'’])(?:{travel_clock_night_words})(?![\w'’])[^\n.!?;,]{0,30}$")


@rule("travel_clock", r"(?<![\w'’-])(?P<v>(?i:{travel_clock_verbs}))%s(?:[ \t]{1,3}(?i:at))?[ \t]{1,3}%s" % (_TC_PLACE, _TC_HOUR), 24,
      # (the trail: a dotted h.mm within 56 characters of the verb; a year or a count after "leaves", "back" runs nothing)
      triggers="travel_clock", trail=(r"[^\n\d.!?]{0,56}\d{1,2}\.[0-5]\d", 64),
      examples=[("2026-02-04", "the ferry leaves Penzance 9.15 so be on the quay early", "9.15", "2026-02-04T09:15"),
                ("2026-02-04", "Ferry from Freo leaves 7.30 and last one back is 4.45.", "4.45", "2026-02-04T16:45"),
                ("2026-02-04", "Flight lands 4.20 their time", "4.20", "2026-02-04T16:20")])
def _travel_clock(m, text):
    if not m["mi1"] or ":" in m["a"] or m["apx"]:
        return None   # a dotted h.mm only ("leaves 9" a count as often; "9:15" clock24's)
    if m["place"] and _EH_GAP_DAY.search(m["place"]):
        return None   # "leaves Monday 9.15": the day rules' day and its clock
    if _BARE_MONEY.search(text, max(0, m.start() - 40), m.start("a")):
        return None
    half = _eh_line_half(text, m.start(), m.end(), events=False)
    if (m["dw"] or "").lower() in L["night_words"]:
        half = "pm"
    if half == "pm":
        kind = "pm"
    elif _PM_BELOW <= int(m["h1"]) < 12 and _TC_NIGHT_BEFORE.search(text, max(0, m.start() - 32), m.start()):
        return None   # "the last train leaves 11.15": a night's ("last one back is 4.45" the afternoon's)
    else:
        kind = "am"   # (1-4 the afternoon's and 5-6 unread inside _event_hour_mentions)
    out = _event_hour_mentions(m, text, "travel_clock", kind)
    for men in out if isinstance(out, list) else [out] if out else []:
        # over rule bare_hour's "nearest" reading of the same number ("Ferry from Freo leaves 7.30 and last one back is
        # 4.45": 04:45, the clock before's three hours back), which the travel's half of the day decides
        men.priority = max(men.priority, 8)
    return out


# (clocks42, docs/informal-time.md §206) the time of writing told as a dotted h.mm after "it's" with no am/pm: "it's 8.41 here
# already", "just off shift, it's 9.15 here and -2", "its gone 10.15 and still no sign of him" (lexicon now_clock_subjects). A
# dotted number after "it's" is a price or a measure as often ("it's 2.50 a pint", "it's 4.50 now"), so only where a word
# that only a clock takes follows: a place of the writer's ("here", "over here", "back home") or "already", or the
# writer's moment after "and" ("and I'm", "and still": now_clock_followers); or a hedge that only a clock takes before it
# ("gone", "just past", "after": now_clock_hedges) with the clause's end after the time. Not after a word of a price, a
# measure or a score in the line before it (now_clock_price_words, clock_money_words, a currency sign), nor before
# dotted_price_after. The value is the moment of writing's (`resolve._now_clock`): the day and the half of the day
# nearest the message's stamp (a chat's stamp up to STAMP_OFFSET_REACH characters before: a writer abroad tells another
# zone's clock, within hours of the stamp); with no stamp, today's, by the line's words of the evening or the morning,
# else untagged (a wrong half is worse than none). Priority 4: below every older reading, a new find only. Bounded: the
# subject, a hedge, the time and a follower (< 60 characters); the line before it read back at most _NC_PRICE_REACH.
_NC_PRICE_REACH = 80
_NC_PRICE_BEFORE = _re(r"(?i)(?<![\w'’])(?:{now_clock_price_words})(?!\w)")   # ("a pint's 4.80 back home")
_NC_HARD = frozenset(" ".join(w.lower().split()) for w in L["now_clock_hedges"])


@rule("now_clock", r"(?<![\w'’])(?P<s>(?i:{now_clock_subjects}))[ \t]{1,3}(?:(?P<hg>(?i:{now_clock_hedges}|{now_clock_soft_hedges}))[ \t]{1,3})?"
      r"(?<![\d.:$£€,])(?P<t>(?P<h>1[0-2]|0?[1-9])\.(?P<mi>[0-5]\d))(?![\d.:%,]\d|[\w%])"
      r"(?:(?P<f>[ \t]{1,3}(?i:{now_clock_followers})(?![\w'’]))|(?P<end>[ \t]{0,3}(?=\Z|[\n;!?)]|\.(?!\d)|,(?![ \t]{0,3}\d)|[\u2600-\u27bf\U0001f000-\U0001faff])))",
      24, triggers="dot",
      examples=[("2025-05-15", "[15/05/2025, 07:41:10] Shona: it's 8.41 here already, can't believe it", "8.41", "2025-05-15T08:41"),
                ("2025-05-15", "[15/05/2025, 21:40:02] Jo: its gone 10.15 and still no sign of him", "10.15", "2025-05-15T22:15")])
def _now_clock(m, text):
    hg = " ".join((m["hg"] or "").lower().split())
    if m["end"] is not None and hg not in _NC_HARD:
        return None   # "it's 4.50." "it's nearly 2.50!": a price's answer as often; a clock's own hedge only ("it's gone 4.50.")
    ls = start_of_line(text, m.start())
    lo = max(ls, m.start() - _NC_PRICE_REACH)
    if _BARE_MONEY.search(text, max(lo, m.start() - 40), m.start("t")) or _NC_PRICE_BEFORE.search(text, lo, m.start("t")):
        return None   # "a pint's 4.80 back home, it's 6.30 here": a price's comparison
    if _DOTTED_PRICE_AFTER.match(text, m.end("t")):
        return None
    h = int(m["h"]) % 12
    half = _eh_line_half(text, m.start(), m.end(), events=False)
    hour = h + 12 if half == "pm" else h
    return M(m, "now_clock", "time", group="t", priority=4, hour=hour, minute=int(m["mi"]), dref=deictic_ref("today"),
             loose=False, h12=False, now_clock=True, now_half=half)


# (clocks42, §206) a bare hour (or an h.mm) told in another's clock, the time zone said by whose it is: "Airlink Saturday
# morning, lands about 2 your time", "I'll ring you tomorrow 9am your time, 12 ours", "off at 2. That's 11 by you", "call at 8
# yuh time?" (lexicon zone_hour_words). A number before "your time" is a clock in every voice; "by you", "where you are"
# (zone_hour_by_words) only after a word that tells an equal ("that's", "which is", "it'll be": zone_hour_by_before: not
# "2 by you" of a vote); "ours", "yours" (zone_hour_owners) only after a clock said with its zone in the same sentence
# before ("9am your time, 12 ours": not "we've 2, 3 yours"). Not after money or a count's word (_BARE_MONEY), a digit and a
# dash or a score's joiner. The half of the day: 12 noon; 1-6 the afternoon's, 7-11 the morning's, fixed (not by the
# line's words nor the chain's clock before: they are the other zone's, "Saturday morning, lands about 2 your time",
# "10am your time, 6 ours"); the day the
# sentence's or the talk's, as any bare hour (dref None); "your time" only with a day word on its line ("Airlink Saturday
# morning, lands about 2 your time": not "call at 3 your time?" alone, whose day is the talk's, an event's told before as
# often: §177's lesson); not in a clause told in the
# past with no day word on its line ("Last week she rang at 2 your time"). Priority 4: a new find only. Bounded: the hour and its zone's
# words (< 30 characters), 24 characters before the hour for its equal's word, 80 of its sentence for an owner's zone.
_ZH_BY_BEFORE = _re(r"(?i)(?<![\w'’])(?:{zone_hour_by_before})[ \t]{1,3}(?:(?:{bare_hour_approximators}|{now_clock_hedges})[ \t]{1,3})?\Z")
_ZH_SAID_BEFORE = _re(r"(?i)(?<![\w'’])(?:{zone_hour_words}|{zone_hour_by_words})(?![\w'’])")
_ZH_NOT_BEFORE = re.compile(r"[\d][ \t]*[-–:/][ \t]*\Z|[$£€¥#][ \t]*\Z")
_ZH_OWNER_REACH = 80


@rule("zone_hour", r"(?<![\w.:$£€,/'’-])(?P<t>(?P<h>1[0-2]|0?[1-9])(?:[.:](?P<mi>[0-5]\d))?)[ \t]{1,3}"
      r"(?:(?P<z>(?i:{zone_hour_words}))|(?P<by>(?i:{zone_hour_by_words}))|(?P<own>(?i:{zone_hour_owners})))(?![\w'’])",
      24, triggers="zone_hour", lead=(r"\d[ \t]{1,3}(?:[^\s\d]{1,9}[ \t]{1,3})?", 16),
      examples=[("2025-05-15", "Airlink Saturday morning, lands about 2 your time", "2", "2025-05-17T14:00"),
                ("2025-05-15", "I'll ring you tomorrow 9am your time, 12 ours, if that's easier.", "12", "2025-05-16T12:00")])
def _zone_hour(m, text):
    if m["t"].startswith("0") or ":" in m["t"]:
        return None   # "09:30 your time": the colon's rules
    ls = start_of_line(text, m.start())
    if _ZH_NOT_BEFORE.search(text, max(ls, m.start() - 4), m.start()) or _BARE_MONEY.search(text, max(ls, m.start() - 40), m.start()):
        return None   # "3-2 your time", "£5 your time"
    if m["by"] and not _ZH_BY_BEFORE.search(text, max(ls, m.start() - 24), m.start()):
        return None   # "won 2 by you": an equal's word only ("that's 11 by you")
    if m["own"]:
        lo = max(ls, m.start() - _ZH_OWNER_REACH)
        cut = max(text.rfind(". ", lo, m.start()), text.rfind("? ", lo, m.start()), text.rfind("! ", lo, m.start()))
        if not _ZH_SAID_BEFORE.search(text, max(lo, cut + 1), m.start()):
            return None   # "we've 2, 3 yours": a zone said in its sentence before only ("9am your time, 12 ours")
    hi = _line_end(text, m.end(), min(len(text), m.end() + _ZH_OWNER_REACH))
    day_said = _EH_GAP_DAY.search(text, max(ls, m.start() - _ZH_OWNER_REACH), hi) is not None
    if m["z"] and not day_said:
        return None   # "call at 3 your time?", "kick-off 3pm here, 10 your time" with no day word on its line: a clock on the
        # talk's day, which in a thread is an event's told before as often (§177's lesson; from the figures: informal34-blind
        # B fell by a value with each of the two, figures only); a conversion after an equal's word ("off at 2. That's 11 by
        # you") or an owner's ("9am your time, 12 ours") takes the clock said just before
    if not day_said:
        from timeline_app.temporal.tense import tense_at   # (the tense reader reads this lexicon: imported when used)
        a = max([max(ls, m.start() - _ZH_OWNER_REACH)] + [x.end() for x in _CLAUSE_MARK.finditer(text, max(ls, m.start() - _ZH_OWNER_REACH), m.start())])
        z = _CLAUSE_MARK.search(text, m.end(), hi)
        if tense_at(text, a, z.start() if z else hi, m.start(), m.end()) == "past":
            return None   # "she rang at 2 your time": a day told before, which the talk's day does not give (barehour40's
            # lesson, §177); with its day on the line it stands ("we called yesterday at 3 your time")
    h = int(m["h"])
    mi = int(m["mi"] or 0)
    if h == 12:
        return M(m, "zone_hour", "time", group="t", priority=4, hour=12, minute=mi, dref=None, loose=False, h12=False)
    if h < _PM_BELOW:   # (not the line's words of the half of the day: they are the other zone's, "Saturday morning")
        return M(m, "zone_hour", "time", group="t", priority=4, hour=h + 12, minute=mi, dref=None, loose=False, h12=False)
    return M(m, "zone_hour", "time", group="t", priority=4, hour=h, minute=mi, dref=None, loose=False, h12=False)


# (clocks43, docs/informal-time.md §231) a clock with a dot or a colon and no am/pm, no cue word before it, told in the same
# sentence as its day: "Church is Sunday morning at All Saints 9.30 if your mum would like", "The dance is Monday night at the
# Rawson Hall, starts 7.30", "Flight Monday JFK to GND, land 3:45", "coming over Saturday on the Osprey, the 7:30 boat". The
# day (a weekday, a date, a deictic day, a holiday) stands before it in its sentence (at most _DCC_REACH characters back on its
# line, no stop between) or right after it in its clause; that day is the clock's (`resolve`: the sentence's day nearest before
# it), never the talk's or the day of writing (§177's lesson: with no day in its sentence a new clock took another event's day).
# Not a number of another kind: money or a price's word before it or a price's word after it ("$9.30", "costs 7.50", "9.30
# each"), a unit, a count or a percent after it ("4.5km", "2.30 hrs"), a score's, a race's, a verse's, a version's or a
# measure's word right before it (lexicon day_clause_clock_not_after, clock24_bare_not_after: "ran 3:45", "finished in 2:11",
# "John 3:16", "version 2.10"), a capitalised name right before it with no place's preposition ("Romans 8:28"; "at All Saints
# 9.30" is a place), a position in a recording on its line (day_clause_clock_media_words: "at 1:14 in the video", "voice note
# (1:48)"), a bracket round it, a dotted date or seconds ("9.10.24", "1:14:20"), a range's or a list's neighbour number
# ("7.30-9.30", "2.45, 3.10, 4.90"), a habit's word between the day and it (day_clause_clock_habit_words: "every Sunday 9.30").
# The half of the day as a reader takes it, from the words of its sentence (`_dcc_half`): a word of the evening or the night
# (a part of the day, an evening's event: "Monday night", "dance", "dinner", "quiz") makes 5-11 the evening's; a word of the
# morning or a morning's event ("Sunday morning", "breakfast", "the boat", "church") 5-11 the morning's; with neither, 7-11
# are the morning's (an event's start: "Kingston Monday at 8.30", "Saturday the 10:30 Cat Cocos") and 5-6 unread (a first
# boat or an evening's tea); 12 noon; 1-4 the afternoon's (with a word of the morning only: the morning's); words of both
# halves, or a night's 12 or 1-4 (past midnight), unread. Priority 4: below every older reading, a new find only.
# Bounded: the clock and _DCC_REACH characters before it on its line, the clause's 48 characters after it.
_DCC_REACH = 100
_DCC_MORNING_FROM = 9   # (from the readable halves: a 7 or an 8 with no word of either half is a club's evening as often)
_DCC_CLOCK_BEFORE = re.compile(r"\d[.:][0-5]\d(?!\d)|\d[ \t]?[aApP]\.?[mM]\b")
_DCC_AFTER = 48
_DCC_DAY = _re(r"(?<![\w'’])(?:%s|%s|(?i:{deictic_days})|(?!(?:{from_hour_unsure_days})(?![\w'’]))(?i:{short_weekdays})\.?|(?:{day_clause_clock_cap_days:cs})|(?i:the)[ \t]+[0-3]?\d(?:{ordinal_suffixes:cs})(?![\w'’]|[ \t]+(?i:of)(?![\w'’]))|(?P<hol>%s))(?![\w'’])" % (WEEKDAY, _DATE_INLINE, HOLIDAY))
_DCC_DAY_AFTER = _re(r"[ \t]{1,3}(?:(?i:on|this|next|this coming)[ \t]{1,3})?(?:%s|(?i:{deictic_days})|(?:{day_clause_clock_cap_days:cs}))(?![\w'’])" % WEEKDAY)
# a clause's end for the sentence read: a stop, a line's end, an emoji (a chat's sentence ends with one: "come back up 😂 EDIT:
# it's 7:50")
_DCC_CLAUSE_END = re.compile(r"[.!?;\n\u2600-\u27bf\U0001f000-\U0001faff](?!\d)")
_DCC_OTHER_DAY = _re(r"(?i)(?<![\w'’])(?:{day_clause_clock_other_day}|{zone_hour_words}|{zone_hour_by_words})(?![\w'’])")
_DCC_HABIT = _re(r"(?i)(?<![\w'’])(?:{day_clause_clock_habit_words})(?![\w'’])")
_DCC_NOT_AFTER = _re(r"(?i)(?<![\w'’])(?:{day_clause_clock_not_after}|{clock24_bare_not_after})[ \t]{1,3}$")
# (clocks43, §233) a price's word after a dotted hour that no clock takes (lexicon dotted_price_each: "Fish on Friday is 7.50
# each"; not dotted_price_after's "entry", "pp", "a head", which follow a clock too: "doors 7.30, entry free")
_DCC_EACH_AFTER = _re(r"(?i)[ \t]+(?:{dotted_price_each})(?![\w'’])")
_DCC_MEASURE = _re(r"(?i)(?<![\w'’])(?:{day_clause_clock_measure_words})(?![\w'’])")
_DCC_MEDIA = _re(r"(?i)(?<![\w'’])(?:{day_clause_clock_media_words})(?![\w'’])")
_DCC_NOT_BEFORE = _re(r"(?i)[ \t]*(?:{scheduled_clock_not_before}|{colon_clock_not_before}|{dotted_price_after}|{day_clause_clock_units})(?![\w'’])")
_DCC_NEIGHBOUR_BEFORE = _re(r"(?i)\d[ \t]*(?:[-–,/&]|(?:{range_to_words}|and|or)(?![\w'’]))[ \t]*$")
_DCC_NEIGHBOUR_AFTER = _re(r"(?i)[ \t]*(?:[-–,/]|(?:{range_to_words})(?![\w'’]))[ \t]*\d")
_DCC_NAME_BEFORE = re.compile(r"(?:^|(?<=[\s]))[A-Z][\w'’-]*[ \t]+$")
_DCC_PLACE_BEFORE = _re(r"(?i)(?<![\w'’])(?:{day_clause_clock_place_preps})[ \t]{1,3}(?:(?i:the)[ \t]{1,3})?(?:[A-Z][\w'’-]*[ \t]{1,3}){1,3}$")
_DCC_EVENING = _re(r"(?i)(?<![\w'’])(?:{evening_words}|{clause_evening_cues}|{event_hour_evening_words}|{day_clause_clock_evening_words})(?![\w'’])")
_DCC_MORNING = _re(r"(?i)(?<![\w'’])(?:{morning_clause_words}|{morning_activity_words}|{event_hour_morning_words}|{day_clause_clock_morning_words})(?![\w'’])")
_DCC_NIGHT = _re(r"(?i)(?<![\w'’])(?:{day_clause_clock_night_words})(?![\w'’])")


def _dcc_half(text: str, lo: int, hi: int, h: int) -> int | None:
    """(clocks43, §231) The 24-hour hour of a clock ``h`` (1-12) of a sentence with its day, from the words of
    text[lo:hi]: None where unread."""
    night = _DCC_NIGHT.search(text, lo, hi) is not None
    eve = night or _DCC_EVENING.search(text, lo, hi) is not None
    morn = _DCC_MORNING.search(text, lo, hi) is not None
    if eve and morn:
        return None
    if h == 12:
        return None if night else 12
    if h <= 4:   # (a morning's event is no small hour's: "Flight Monday, land 3:45"; only a word of the morning itself)
        return None if night else h if _MORNING_CLAUSE.search(text, lo, hi) else h + 12
    if eve:
        return h + 12
    if morn:
        return h
    return h if h >= _DCC_MORNING_FROM else None


@rule("day_clause_clock", r"(?<![\w.:$£€,/#@+(\-–])(?P<t>(?P<h>1[0-2]|[1-9])(?P<sep>[.:])(?P<mi>[0-5]\d))(?![\w%%]|[.:,]\d|[ \t]*(?:%s))" % AMPM, 4,
      triggers="colon dot",
      examples=[("2026-06-03", "Church is Sunday morning at All Saints 9.30 if your mum would like", "9.30", "2026-06-07T09:30"),
                ("2026-06-03", "The dance is Monday night at the Rawson Hall, starts 7.30.", "7.30", "2026-06-08T19:30"),
                ("2026-06-03", "coming over Saturday on the Osprey, the 7:30 boat", "7:30", "2026-06-06T07:30")])
def _day_clause_clock(m, text):
    ls = start_of_line(text, m.start())
    lo = max(ls, m.start() - _DCC_REACH)
    lo = max([lo] + [x.end() for x in _DCC_CLAUSE_END.finditer(text, lo, m.start())])
    hi = _line_end(text, m.end(), min(len(text), m.end() + _DCC_AFTER))
    z = _DCC_CLAUSE_END.search(text, m.end(), hi)
    hi = z.start() if z else hi
    day = None
    for day in _DCC_DAY.finditer(text, lo, m.start()):
        pass
    if day is None:
        a = _DCC_DAY_AFTER.match(text, m.end())
        if a is None or a.end() > hi:
            return None
    elif _DCC_HABIT.search(text, lo, m.start()):
        return None   # "every Sunday 9.30", "Sundays we usually go 10.30": a habit's hour
    elif not text[day.end():m.start()].strip() and not day["hol"]:
        return None   # "Thursday 8.30", "wed 27th sept 7.30": joined to its day (`tagger`), the day rules' reading
    if _DCC_OTHER_DAY.search(text, lo, hi):
        return None   # "Tuesday 6am start, 8.30 bell the next day", "will be 1:30 for you": another day's or zone's clock
    if text[m.end():m.end() + 1] == ")" or _DOTTED_CLOCK_END.match(text, m.end("mi")) is None:
        return None
    if _BARE_MONEY.search(text, max(lo, m.start() - 40), m.start()) or _DCC_NOT_BEFORE.match(text, m.end()) \
            or _DCC_NOT_AFTER.search(text, max(lo, m.start() - 24), m.start()) \
            or _DCC_NEIGHBOUR_BEFORE.search(text, max(lo, m.start() - 12), m.start()) \
            or _DCC_NEIGHBOUR_AFTER.match(text, m.end()) \
            or _DCC_MEDIA.search(text, max(ls, m.start() - 60), hi) or _DCC_MEASURE.search(text, lo, m.start()):
        return None
    if _DCC_NAME_BEFORE.search(text, max(lo, m.start() - 24), m.start()) \
            and not _DCC_PLACE_BEFORE.search(text, max(lo, m.start() - 60), m.start()):
        return None   # "Romans 8:28", "Psalm 23:4": a name before it that is no place after "at"
    h = _dcc_half(text, lo, hi, int(m["h"]))
    if h is None and _PM_BELOW <= int(m["h"]) < _DCC_MORNING_FROM and _DCC_CLOCK_BEFORE.search(text, lo, m.start()):
        # "Good Friday, meet at the café at 8:30 sharp, roll out 8:45": a 7 or an 8 with no word of its half after a clock
        # of its sentence takes that clock's half (`resolve`: the reading nearest the clock before it)
        return M(m, "day_clause_clock", "time", group="t", priority=4, hour=int(m["h"]), minute=int(m["mi"]), dref=None,
                 loose=True, h12=True, not_story=True)
    if h is None:
        return None
    return M(m, "day_clause_clock", "time", group="t", priority=4, hour=h, minute=int(m["mi"]), dref=None, loose=False,
             h12=False, not_story=True)

# (thirty-sixth session, clocks37, docs/informal-time.md §146) a place's closing time with no am/pm after a verb of closing or
# of serving food, a preposition between at most: "The hot chocolate stand closes at 8 though", "The pub does food til
# 8.30", "the kitchen closes 9.30" (lexicon closing_hour_verbs, closing_hour_cues). After the hour §122's ends (the
# clause's end, event_hour_followers: "so", "then", "on"): not "closes 2 lanes", "closes at 8 percent", "does food for 8".
# The half of the day: 1-6 the afternoon's, 7-8 the evening's (a place shuts at night: bare_hour's sift reading of
# "closes at 10"; the morning's only where its line says the morning); 9-12 unread (a market's or a breakfast's morning
# close as often as a pub's night, noon or midnight: "shuts at 11"). The day: a day word after the hour inside the extent (§122); a day the sentence names (§118's carriers);
# else, the verb in the present of a standing arrangement (closing_hour_present, no future or modal before it:
# closing_hour_not_before), a standing hour XXXX-XX-XXThh:mm as §97's and §135's opening hours; a progressive ("we're
# closing at 4") the day of the talk. Bounded: the verb, a cue, an hour, a range's end, a day word (< 80 characters); run
# only where a digit follows the verb within 16 characters (`trail`).
_CH_PRESENT = frozenset(" ".join(w.lower().split()) for w in L["closing_hour_present"])
_CH_NOT_BEFORE = _re(r"(?i)(?<![\w'’])(?:{closing_hour_not_before})[ \t]{1,3}(?:[^\s\d.,;:!?()]{1,16}[ \t]{1,3})?$")
_CH_SENTENCE_END = re.compile(r"[!?\n]|\.(?!\d)")
# a deadline's noun two words before the verb at most ("competition closes at 9.30", "voting closes 8": one occasion, either
# half); a subject of one occasion right before it ("I close by 5")
_CH_DEADLINE = _re(r"(?i)(?<![\w'’])(?:{closing_hour_deadlines})(?![\w'’])(?:[ \t]{1,3}[^\s\d.,;:!?()]{1,16}){0,2}?[ \t]{1,3}$")
_CH_ONE_SUBJECT = _re(r"(?i)(?<![\w'’])(?:{closing_hour_one_subjects})[ \t]{1,3}$")
_CH_EITHER_HALF = (9, 12)   # closing hours of either half, unread (from the figures: informal28-blind B fell by one such)
_CH_LINE_REACH = 200   # characters of the line before the verb read for a day the talk names (a standing hour has none)
_CH_HOUR = _EH_HOUR.replace("{event_hour_followers}", "{event_hour_followers}|{bare_hour_followers}"
                            # ((hours43, §228) a standing day's word: "The shop shuts at 1 Saturdays", "closes at 4 weekends")
                            "|(?i:{opening_hour_standing_followers:line})")   # "closes at 8 though"


# (§228 revised by the lead) a deadline's "by" before an hour that a standing day's word follows: no habit's hour ("gates
# shut by 6 daily": either half)
_CH_STANDING_AFTER = _re(r"(?i)[ \t]{1,3}(?:{opening_hour_standing_followers:line})(?![\w'’])")
_CH_STANDING_NOT_CUES = frozenset(L["closing_hour_standing_not_cues"])


@rule("closing_hour", r"(?<![\w'’-])(?P<v>(?i:{closing_hour_verbs}))(?:[ \t]{1,3}(?P<cue>(?i:{closing_hour_cues})))?[ \t]{1,3}" + _CH_HOUR, 24,
      triggers="closing_hour", trail=(r"(?:[ \t]{1,3}[a-z]{2,5})?[ \t]{1,3}(?:[a-z]{2,6}[ \t]{1,3})?\d", 16),
      examples=[("2026-02-04", "The hot chocolate stand closes at 8 though", "8", "XXXX-XX-XXT20:00"),
                ("2026-02-04", "The pub does food til 8.30", "8.30", "XXXX-XX-XXT20:30"),
                ("2026-02-04", "fyi the chipper shuts at 7 so don't leave it late", "7", "XXXX-XX-XXT19:00")])
def _closing_hour(m, text):
    if m["b"] is not None or m["a"].startswith("0") or ":" in m["a"]:
        return None   # a range is the opening rules'; "09:00" and "9:30" the colon rules'
    if _BARE_MONEY.search(text, max(0, m.start() - 40), m.start("a")) or _EH_NOT_BEFORE.search(text, max(0, m.start() - 48), m.start()):
        return None   # "shares close at 8.40", "the price closes at 9"
    if (m["cue"] or "").lower() in _CH_STANDING_NOT_CUES and _CH_STANDING_AFTER.match(text, m.end("a")):
        return None   # "gates shut by 6 daily": a deadline's hour of either half
    h = int(m["h1"])
    if _CH_EITHER_HALF[0] <= h <= _CH_EITHER_HALF[1]:
        return None   # "shuts at 11", "closes at 12": a morning's close (a market, a breakfast) or a night's, noon or midnight
    dw = (m["dw"] or "").lower().rstrip(".")
    deadline = _CH_DEADLINE.search(text, max(0, m.start() - 56), m.start()) is not None
    if deadline and _PM_BELOW <= h < 12:
        return None   # "competition closes at 9.30": a deadline of either half (a breakfast show's, an evening vote's)
    if h != 12 and not (_PM_BELOW <= h < 12 and _eh_line_half(text, m.start(), m.end(), events=False) == "am"):
        h += 12
    dref = None
    if dw:
        if dw not in L["deictic_days"]:
            return None   # "closes at 8 sat": the day rules' weekday and bare_hour's hour
        dref = {**deictic_ref(dw), "night": dw in L["night_words"]}
    v = " ".join(m["v"].lower().split())
    # the sentence: from the last stop before the verb (at most 120 characters back) to the next after the hour
    # (the line before the verb, at most _CH_LINE_REACH characters: "climbing tmrw after work?? gym closes at 10" is that
    # day's closing), to the end of the sentence
    lo = max(start_of_line(text, m.start()), m.start() - _CH_LINE_REACH)
    end = _CH_SENTENCE_END.search(text, m.end(), min(len(text), m.end() + 120))
    hi = end.start() if end else min(len(text), m.end() + 120)
    standing = not dref and v in _CH_PRESENT and not deadline and not _EH_GAP_DAY.search(text, lo, hi) \
        and not _CH_NOT_BEFORE.search(text, max(lo, m.start() - 30), m.start()) \
        and not _CH_ONE_SUBJECT.search(text, max(lo, m.start() - 8), m.start())
    e = m.end("dw") if dref else m.end("a")
    return Mention(m.start("a"), e, "closing_hour", "time",
                   dict(hour=h, minute=int(m["mi1"] or 0), dref=dref, loose=False, h12=False,
                        **({"standing_copula": "closes"} if standing else {}),
                        **({"mod": "APPROX"} if m["apx"] else {})), 4)   # (below bare_hour's and the event rules' readings of the same hour: a new find only)


# (thirty-seventh session, barehour38, docs/informal-time.md §151) a bare hour (no am/pm, no minutes) after a verb of leaving,
# of travel or of arriving and a preposition of the clock, a place between at most, on a line that names no day (rule
# bare_hour reads the hour where one does): "should be in Moncton for 7" after "the van leaves here around 4 am", "so
# leave by 4", "we'll be home by 9" after "we leave at 5pm" (lexicon travel_hour_verbs, travel_hour_cues; the place at most
# three words, none of travel_hour_not_gap nor event_hour_not_gap: "leave it at 5", "leave page 4"). After the hour §122's
# ends and bare_hour's followers: not "leave for 5 days", "left by 4 votes", "arrive about 10 of us". The half of the day:
# after a clock with am/pm (or a 24-hour h:mm) earlier in the sentence, the first of h and h + 12 after it and at most 12
# hours on (the anchor's day: the talk's, as the anchor's); with none, "for" takes no hour ("be there for 3": a length as
# often) nor does a verb of the past ("got home at 2": the small hours as often as the afternoon); else 12 noon, 1-4 the
# afternoon's (a day's leaving: "leave by 4", "be back at 3") unless the line says the morning, 5-11 only by a word of the
# line's half (_eh_line_half). Bounded: the verb, three words of at most 16 characters, a cue, a hedge, the hour (< 90
# characters); the anchor looked for in the sentence up to _TH_ANCHOR_REACH characters before the verb; run only where a
# digit follows the verb within 56 characters (`trail`).
_TH_NOT_GAP = frozenset(L["travel_hour_not_gap"]) | _EH_NOT_GAP
_TH_PAST = frozenset(" ".join(w.lower().split()) for w in L["travel_hour_past"])
_TH_ANCHOR_REACH = 120
_TH_DAY_REACH = 400   # characters before the verb read for a day or a date named (then no hour without an anchor)
_TH_DATE_BEFORE = _re(r"(?i)(?<![\w'’])(?:{months})(?![\w'’])|\b\d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2}/\d{1,2}\b")
_TH_ANCHOR = _re(r"(?i)(?<![\w.:$£€,])(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?[ \t]?(?P<ap>[ap])\.?m(?![\w])\.?"
                 r"|(?<![\w.:$£€,])(?P<h24>[01]?\d|2[0-3]):(?P<mi24>[0-5]\d)(?![\d:])")
_TH_SENTENCE_START = re.compile(r"[!?\n]|(?<!\b[aApP]\.[mM])(?<!\b[aApP])\.(?=\s|\Z)")   # (not "p.m." nor "a.m.")


def _th_anchor(text: str, start: int):
    """The minutes of the day of the last clock with am/pm (or a 24-hour h:mm) in the sentence before ``start`` (at most
    _TH_ANCHOR_REACH characters back), or None."""
    lo = max(0, start - _TH_ANCHOR_REACH)
    lo = max([lo] + [x.end() for x in _TH_SENTENCE_START.finditer(text, lo, start)])
    last = None
    for a in _TH_ANCHOR.finditer(text, lo, start):
        last = a
    if last is None:
        return None
    if last["h24"] is not None:
        return int(last["h24"]) * 60 + int(last["mi24"])
    h = int(last["h"]) % 12 + (12 if last["ap"].lower() == "p" else 0)
    return h * 60 + int(last["mi"] or 0)


@rule("travel_hour", r"(?<![\w'’-])(?P<v>(?i:{travel_hour_verbs}))(?P<gap>(?:[ \t]{1,3}[^\s\d.,;:!?()]{1,16}){0,3}?)[ \t]{1,3}"
      r"(?P<cue>(?i:{travel_hour_cues}))[ \t]{1,3}(?:(?P<apx>(?i:{bare_hour_approximators}))[ \t]{1,3})?"
      r"(?<![\d.:$£€,])(?P<h>1[0-2]|[1-9])(?![\d.:%%])"
      r"(?=[ \t]{0,3}(?:\Z|[\n;:!?)(]|\.(?!\d)|,(?![ \t]{0,3}\d)|[\u2600-\u27bf\U0001f000-\U0001faff])|[ \t]{1,3}(?:{bare_hour_followers})(?![\w'’])"
      r"|[ \t]{1,3}(?:{event_hour_followers})(?![\w'’])|[ \t]+[xX]{1,3}[ \t]*(?:$|\n))", 24,
      triggers="travel_hour", trail=(r"[^\n\d!?]{0,56}\d", 64),
      examples=[("2026-02-04", "the van leaves here around 4 am and should be in Moncton for 7", "7", "2026-02-04T07:00"),
                ("2026-02-04", "the pass closes at dusk, so leave by 4", "4", "2026-02-04T16:00"),
                ("2026-02-04", "we leave at 5pm and should be home for 9", "9", "2026-02-04T21:00")])
def _travel_hour(m, text):
    gap = [w.lower().strip("'’") for w in m["gap"].split()]
    if any(w in _TH_NOT_GAP for w in gap) or m["gap"] and _EH_GAP_DAY.search(m["gap"]):
        return None   # "leave it at 5", "leave page 4 blank"; a day between is the day rules' and bare_hour's
    if _BARE_MONEY.search(text, max(0, m.start() - 40), m.start("h")) or _EH_NOT_BEFORE.search(text, max(0, m.start() - 48), m.start()):
        return None
    if _EH_GAP_DAY.match(text, m.end() + 1) if m.end() < len(text) and text[m.end()] == " " else False:
        return None   # "leave by 4 tomorrow": rule bare_hour's hour and its day
    cue = " ".join(m["cue"].lower().split())
    if cue == "by" and _BY_MEASURE.search(text, max(0, m.start("cue") - 16), m.start("cue")):
        return None   # "won by 2", "2 by 4": a measure
    v = " ".join(m["v"].lower().split())
    if v in _TH_NO_FOR and cue in _TH_ANCHOR_ONLY:
        return None   # "the table will be ready for 8": a party's count as often as a clock
    h = int(m["h"])
    anchor = _th_anchor(text, m.start())
    why = "anchor"
    if anchor is not None:
        cands = [c for c in ((h, h + 12) if h < 12 else (12,)) if 0 < c * 60 - anchor <= 12 * 60]
        if not cands:
            return None   # "leave at 10pm, home by 1": past midnight, not read here
        hour = cands[0]
    else:
        if cue in _TH_ANCHOR_ONLY or v in _TH_PAST:
            return None   # "be there for 3" (a length as often), "got home at 2" (the small hours as often)
        if _EH_GAP_DAY.search(text, max(0, m.start() - _TH_DAY_REACH), m.start()) \
                or _TH_DATE_BEFORE.search(text, max(0, m.start() - _TH_DAY_REACH), m.start()):
            return None   # "Saturday we're doing the pass ... leave by 4": the day of the outing the talk named before,
            # which this rule does not read (dref None would give the sentence's or the talk's; from the figures:
            # informal31-blind A fell by one such, figures only); a leaving's hour with no day named before only
        half = _eh_line_half(text, m.start(), m.end(), events=False)
        if h == 12:
            hour = 12
        elif h < _PM_BELOW - 2:
            hour = h if half == "am" else h + 12
        elif half is None:
            return None   # "leave at 8": either half
        else:
            hour = h + 12 if half == "pm" else h
        why = "half"
    return Mention(m.start("h"), m.end("h"), "travel_hour", "time",
                   dict(hour=hour, minute=0, dref=None, loose=False, h12=False, travel_hour=why,
                        **({"mod": "APPROX"} if m["apx"] or cue in _BARE_APPROX else {})), 4)   # (below the older readings: a new find only)


_TH_ANCHOR_ONLY = frozenset(L["travel_hour_anchor_only_cues"])
_TH_NO_FOR = frozenset(L["travel_hour_no_for_verbs"])


# (thirty-eighth session, barehour39, docs/informal-time.md §160) bare hours (no am/pm, no minutes) that chats, comments and
# posts still lost: (1) a range of two bare hours after a noun of a shift ("I'm on the early shift, 6 to 2", "morning shift,
# 6 to 2", "my shift tmrw is 2 till 10"), read as rule shift_span reads a shift's two ends (§106: "6 to 2" 06:00-14:00, an
# early shift; "2 till 10" 14:00-22:00; 7 or 8 by the line's words); not after a night's word between (lexicon
# shift_noun_gap_not: "night shift 10 to 6" runs past midnight, unread) nor a count ("shift 6 to 2 more boxes": only
# shift_span_followers after the end). (2) the hour after a verb of leaving work ("I get off 2 Tuesday", "I finish 5
# tomorrow", "knock off at 3", lexicon work_end_verbs), read as work's "till N" (§122): 1-6 the afternoon's, 7-11 by the
# line's words, 12 noon; §122's ends only ("finish 3 layers", "get off 2 stops early" no clock). (3) the hour after a check-in
# or a check-out and a link of lexicon check_hour_links or none ("check in is 12", "Check in is 4, check out 11", "check-in
# 12"): a check-in 12 noon, 1-6 the afternoon's, 7-11 by the line; a check-out 7-11 the morning's, 12 noon, 1-2 the
# afternoon's, 3-6 unread; the standing reading of a copula is the tagger's (§97's subjects hold "check in"). (4) an answer
# to a time question (below). Every reading below the older rules' (priority 4: a new find only). Bounded: each pattern
# reads a noun or a verb, at most two or three words, a link and two hours (< 100 characters); run only where a digit follows
# the trigger word closely (`trail`).
_SN_GAP_NOT = frozenset(L["shift_noun_gap_not"])
_SN_NIGHT = frozenset(L["night_words"])


@rule("shift_noun_span", r"(?<![\w'’-])(?P<n>(?i:{shift_noun_words}))(?P<gap>(?:[ \t]{1,3}[^\s\d.,;:!?()]{1,16}){0,2}?)"
      r"(?:[ \t]{0,2}[,:]|[ \t]{1,3}(?i:is|was|will be|are|were)(?![\w'’]))?[ \t]{1,3}(?<![\d.:$£€,])" + _SHIFT_TAIL, 24,
      triggers="shift_noun", trail=(r"[^\n\d.!?]{0,40}\d", 48),
      examples=[("2026-02-04", "I'm on the early shift, 6 to 2", "6", "2026-02-04T06:00"),
                ("2026-02-04", "my shift tomorrow is 2 till 10", "10", "2026-02-05T22:00")])
def _shift_noun_span(m, text):
    gap = [w.lower().strip("'’") for w in m["gap"].split()]
    if any(w in _SN_GAP_NOT or w in _SN_NIGHT for w in gap):
        return None   # "night shift 10 to 6", "shifts for 6 to 8 people": a night past midnight or a count
    before = text[max(0, m.start() - 16):m.start()].lower().split()
    if before and before[-1].strip("'’") in _SN_GAP_NOT:
        return None   # "the night shift, 10 to 6"
    if text[m.end("a"):m.start("b")].strip() in ("-", "–"):
        return None   # "shift 8-4": a dash between two bare numbers is a score's or a count's range as often (§99); the older
        # rules read a dashed shift where its day or its verb says so (from the figures: informal23-blind B fell by one
        # value with the dash read here, figures only)
    if m["mi1"] or m["mi2"]:
        return None   # "Opening shift 7.15-3, closing 11-6.30": a rota's list of standing shifts (a clock with minutes is the
        # schedule rules'; from the figures: informal13-schedules A read it on the day of writing, the gold a habit's)
    out = _shift_span(m, text, "shift_noun_span")
    for men in out or ():
        men.priority = 4   # below the older readings: a new find only
    return out


_WE_VERBS = frozenset(" ".join(w.lower().split()) for w in L["work_end_verbs"])


@rule("work_end_hour", r"(?<![\w'’-])(?P<e>(?i:{work_end_verbs}))(?:[ \t]{1,3}(?i:at|about|around))?[ \t]{1,3}" + _EH_HOUR, 24,
      triggers="work_end", trail=(r"(?:[ \t]{1,3}[a-z]{2,6})?[ \t]{1,3}\d", 16),
      examples=[("2026-02-04", "I get off 2 Tuesday so we good", "2 Tuesday", "2026-02-10T14:00"),
                ("2026-02-04", "I finish 5 tomorrow", "5 tomorrow", "2026-02-05T17:00")])
def _work_end_hour(m, text):
    if m["b"] is not None or ":" in m["a"] or m["mi1"]:
        return None   # a range is the shift rules'; a clock with minutes the clock rules'
    if _EH_NOT_BEFORE.search(text, max(0, m.start() - 48), m.start()):
        return None
    out = _event_hour_mentions(m, text, "work_end_hour", "work")
    for men in out if isinstance(out, list) else [out] if out else []:
        men.priority = 4
    return out


_CHECK_IN = frozenset(" ".join(w.lower().replace("-", " ").split()) for w in L["check_in_words"])
_CHECK_PLAN_BEFORE = _re(r"(?i)(?<![\w'’])(?:{check_hour_plan_subjects})[ \t]{1,3}$")
_CHECK_OUT_LATE = 2   # a check-out's 1-2 the afternoon's ("late checkout 1"); 3-6 unread


@rule("check_hour", r"(?<![\w'’-])(?P<v>(?i:{check_in_words}|{check_out_words}))(?:[ \t]{0,2}:|[ \t]{1,3}(?i:{check_hour_links})(?![\w'’]))?[ \t]{1,3}" + _CH_HOUR, 24,
      triggers="check_hour", trail=(r"[^\n\d.!?]{0,24}\d", 32),
      examples=[("2026-02-04", "Room wasn't ready till 3pm when check in is 12, so we waited", "12", "XXXX-XX-XXT12:00"),
                ("2026-02-04", "Check in is 4, check out 11.", "11", "XXXX-XX-XXT11:00")])
def _check_hour(m, text):
    if m["b"] is not None or ":" in m["a"] or m["mi1"] or m["a"].startswith("0"):
        return None   # a range or a clock with minutes: the older rules'
    if _BARE_MONEY.search(text, max(0, m.start() - 40), m.start("a")) or _EH_NOT_BEFORE.search(text, max(0, m.start() - 48), m.start()):
        return None
    if not m["dw"] and _CHECK_PLAN_BEFORE.search(text, max(0, m.start() - 16), m.start()):
        return None   # "we'll check in from 4": a stay's plan, on the day of the stay the talk named before (not read here;
        # from the figures: fresh informal2 fell by one such, placed on the day of writing)
    h = int(m["h1"])
    half = _eh_line_half(text, m.start(), m.end(), events=False)
    if " ".join(m["v"].lower().replace("-", " ").split()) in _CHECK_IN:
        hour = 12 if h == 12 else h + 12 if h < _PM_BELOW else (h + 12 if half == "pm" else h if half == "am" else None)
    else:
        hour = 12 if h == 12 else h if h >= _PM_BELOW else h + 12 if h <= _CHECK_OUT_LATE else None
    if hour is None:
        return None   # "check in 8" (a race's morning or a hotel's evening), "check out 4": either
    dw = (m["dw"] or "").lower().rstrip(".")
    dref = None
    if dw:
        if dw not in L["deictic_days"]:
            return None   # "check in 3 Friday": the day rules' weekday and bare_hour's hour
        dref = {**deictic_ref(dw), "night": dw in L["night_words"]}
    return Mention(m.start("a"), m.end("dw") if dref else m.end("a"), "check_hour", "time",
                   dict(hour=hour, minute=0, dref=dref, loose=False, h12=False), 4)


# (4) an answer to a time question, the hour opening its reply: after a line asking the time ("what time u open Sat?" ->
# "@jo 11 but the queue starts half 10") or asking about an hour ("dinner still 12?" -> "yes 12"; "call at 7 tonight?" ->
# "yes 7"). The reply: a chat's or a comment's line whose head is at most a stamp, a name and a colon, an @handle and a word of
# assent (lexicon answer_hour_assents), then the hour, then the line's or the clause's end or a word of
# answer_hour_followers ("but", "then", "is fine", "sharp"): not "yes 7 of us", "yes 2 bags", "11 but" of a score (no time
# question before). The question: one of the two lines before the reply (at most _AH_REACH characters back, a stamp's or a
# reaction's own line skipped), holding "?" and either a question of the time (answer_hour_questions) or the same hour
# right before its "?" or a day word ("still 12?", "at 7 tonight?": not "4 stars?"). The half of the day: the chain's
# (`resolve._time`, the question's clock before it: "yes 7" after "7 tonight" 19:00), as bare_hour's loose hour (1-6 the
# afternoon's, 12 noon, 7-11 the morning's with no clock before); the day the talk's. Bounded: the two lines before the
# reply within _AH_REACH characters; the reply's head at most 80 characters.
_AH_REACH = 320
_AH_HEAD = re.compile(r"[ \t]*(?:\[[^\]\n]{4,40}\][ \t]*|\d{1,2}/\d{1,2}/\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[APap][Mm])?[ \t]*[-–][ \t]*)?"
                      r"(?:[^:\n@\d?!.]{1,32}:[ \t]*)?(?:@[\w.]{1,30}[ \t,:]*)*\Z")
_AH_ASSENT_TAIL = _re(r"(?i)(?<![\w'’])(?:{answer_hour_assents})[ \t]{0,2}[,!.]?[ \t]*\Z")
_AH_END = (r"(?=[ \t]{0,3}(?:\Z|[\n;!?)]|\.(?!\d)|,(?![ \t]{0,3}\d)|[\u2600-\u27bf\U0001f000-\U0001faff])"
           r"|[ \t]{1,3}(?i:{answer_hour_followers})(?![\w'’]))")
_AH_QUESTION = _re(r"(?i)(?<![\w'’])(?:{answer_hour_questions})(?![\w'’])[^\n?]{0,60}\?")
# the hour asked about right before the question's "?", a day word or a follower between at most ("still 12?", "at 7
# tonight?", "7 ok?", "at 7 Belize time?" (a place's time, lexicon answer_hour_zone_words); not "4 stars?")
_AH_ASKED_HOUR = _re(r"(?i)(?<![\w.:$£€,/])(?P<q>1[0-2]|0?[1-9])[ \t]*(?:[^\s\d?]{1,16}[ \t]+(?:{answer_hour_zone_words})[ \t]*)?(?:(?:{deictic_days}|{short_weekdays}|{answer_hour_followers}|%s)(?![\w'’])[ \t]*)?\?" % WEEKDAY)
# before the hour asked about: a preposition of the clock or a word of lexicon answer_hour_asked_cues ("still 12?", "at 7
# tonight?", "or 8?"), or the line's head ("7 ok?"); not "size 10?", "got 4?"
_AH_ASKED_CUE = _re(r"(?i)(?:(?<![\w'’])(?:{bare_hour_cues}|{clock_prepositions}|{answer_hour_asked_cues})|^|:)[ \t]*\Z")
_AH_STAMP_LINE = re.compile(r"[ \t]*(?:\d{1,3}[smhdw]|\d{1,2}[ \t]?(?:hr?|min)s?\.?[ \t]ago|[^\n\d]{0,30}·[^\n]{0,30})[ \t]*\Z")


def _ah_question(text: str, start: int, h: int):
    """The start of the line, among the two before the reply's line (the line starting at ``start``), that asks the time or
    about the hour ``h`` (a stamp's or a reaction's line skipped), or None."""
    lo = max(0, start - _AH_REACH)
    hi = start - 1
    seen = 0
    while hi > lo and seen < 2:
        ls = max(lo, text.rfind("\n", lo, hi) + 1)
        line = text[ls:hi]
        if line.strip() and not _AH_STAMP_LINE.match(line):
            seen += 1
            if "?" in line:
                if _AH_QUESTION.search(line):
                    return ls
                for q in _AH_ASKED_HOUR.finditer(line):
                    if int(q.group("q")) == h and _AH_ASKED_CUE.search(line, 0, q.start()):
                        return ls
        hi = ls - 1
    return None


def _ah_mention(m, text, head_end: int, name: str = "answer_hour"):
    ls = start_of_line(text, m.start("h"))
    if ls == 0 or not _AH_HEAD.match(text[ls:head_end]):
        return None
    if _BARE_MONEY.search(text, max(0, m.start() - 40), m.start("h")):
        return None
    h = int(m["h"])
    q = _ah_question(text, ls, h)
    if q is None:
        return None
    # the half of the day a word of the question's line or the reply's says ("call tonight at 7?" -> "yes 7": 19:00), else
    # the chain's loose reading
    half = _eh_line_half(text, q + 1, q + 1) or _eh_line_half(text, m.start("h"), m.end("h"))
    if h != 12 and half is not None:
        return Mention(m.start("h"), m.end("h"), name, "time",
                       dict(hour=h + 12 if half == "pm" and h < 12 else h, minute=0, dref=None, loose=False, h12=False,
                            answer_hour="half"), 4)
    return Mention(m.start("h"), m.end("h"), name, "time",
                   dict(hour=h + 12 if h < _PM_BELOW else h, minute=0, dref=None, loose=True, answer_hour="chain"), 4)


@rule("answer_hour", r"(?<![\w'’])(?P<yes>(?i:{answer_hour_assents}))[ \t]{0,2}[,!.]?[ \t]{1,3}(?<![\d.:$£€,])(?P<h>1[0-2]|[1-9])(?![\w:%/'’-]|[.,]\d)" + _AH_END, 24,
      triggers="answer_hour", trail=(r"[ \t]{0,2}[,!.]?[ \t]{1,3}\d", 8),
      examples=[("2026-02-04", "dinner still 12?\nyes 12", "12", "2026-02-04T12:00"),
                ("2026-02-04", "call at 7 tonight?\nyes 7", "7", "2026-02-04T19:00")])
def _answer_hour(m, text):
    return _ah_mention(m, text, m.start("yes"))


@rule("answer_hour_asked", r"(?<![\w'’])(?i:{answer_hour_questions})(?![\w'’])[^\n?]{0,60}\?[^\n]{0,40}\n(?:[^\n]{0,80}\n)?"
      r"(?P<pre>[^\n]{0,80}?)(?<![\w.:$£€,/'’-])(?P<h>1[0-2]|[1-9])(?![\w:%/'’-]|[.,]\d)" + _AH_END, 24,
      triggers="answer_hour", trail=(r"[^\n?]{0,60}\?", 64),
      examples=[("2026-02-04", "what time u open Sat?\n@jo 11 but the queue starts half 10", "11", "2026-02-07T11:00")])
def _answer_hour_asked(m, text):
    head = text[start_of_line(text, m.start("h")):m.start("h")]
    tail = _AH_ASSENT_TAIL.search(head)
    return _ah_mention(m, text, m.start("h") - (len(head) - tail.start()) if tail else m.start("h"), "answer_hour_asked")


# (5) the hour a place opens at, after a verb of opening and "at" or "from" ("we open at 12 not 10 on the holiday", "the
# shop opens at 9", "doors open from 11"; lexicon opening_hour_verbs, opening_hour_cues), and a corrected hour after "not"
# or "instead of" (lexicon hour_contrast_words: "at 12 not 10", both times of the same opening). The half of the day: a
# place opens in the morning or at noon (9-11 the morning's, 7-8 unless the line says the evening, 12 noon), 1-4 the
# afternoon's, 5-6 only by the line's words (a gym's 6 or a bar's); the day the sentence's or the talk's. Not "open 7 days",
# "opens at 2 goals down" (§122's ends after the hour), not after money. Bounded: the verb, a cue, two hours and a contrast
# word (< 60 characters); run only where a digit follows the verb within 16 characters.
_OH_PM_ONLY = (1, 4)
_OH_MORNING_FROM = 9   # an opening hour of 9-11: the morning's


def _oh_hour(h: int, half):
    if h == 12:
        return 12
    if _OH_PM_ONLY[0] <= h <= _OH_PM_ONLY[1]:
        return None if half == "am" else h + 12
    if h < _PM_BELOW:
        return None if half is None else h + 12 if half == "pm" else h
    if h >= _OH_MORNING_FROM:
        return h   # "open at 12 not 10" after "shutting early at 8pm": a place opens at 9-11 in the morning, whatever clock
        # of the evening its line holds (from reading informal32-blind A: the line's "8pm" made it 22:00)
    return h + 12 if half == "pm" else h


@rule("opening_hour", r"(?<![\w'’-])(?P<v>(?i:{opening_hour_verbs}))[ \t]{1,3}(?P<cue>(?i:{opening_hour_cues}))[ \t]{1,3}(?<![\d.:$£€,])(?P<h>1[0-2]|[1-9])(?![\w:%/'’-]|[.,]\d)"
      r"(?:[ \t]{1,3}(?i:{hour_contrast_words})[ \t]{1,3}(?P<c>1[0-2]|[1-9])(?![\w:%/'’-]|[.,]\d))?"
      r"(?=[ \t]{0,3}(?:\Z|[\n;:!?)(]|\.(?!\d)|,(?![ \t]{0,3}\d)|[\u2600-\u27bf\U0001f000-\U0001faff])|[ \t]{1,3}(?:{event_hour_followers}|{bare_hour_followers})(?![\w'’])"
      r"|[ \t]{1,3}(?P<std>(?i:{opening_hour_standing_followers:line}|{open_hours_standing_tails:line}))(?![\w'’]))", 24,
      triggers="opening_hour", trail=(r"[ \t]{1,3}[a-z]{2,5}[ \t]{1,3}\d", 16),
      examples=[("2026-02-04", "we open at 12 not 10 on the holiday", "10", "2026-02-04T10:00"),
                ("2026-02-04", "the shop opens at 9 so come early", "9", "2026-02-04T09:00")])
def _opening_hour(m, text):
    if _BARE_MONEY.search(text, max(0, m.start() - 40), m.start("h")) or _EH_NOT_BEFORE.search(text, max(0, m.start() - 48), m.start()):
        return None
    half = _eh_line_half(text, m.start(), m.end(), events=False)
    out = []
    for g in ("h", "c"):
        if m[g] is None:
            continue
        hour = _oh_hour(int(m[g]), half)
        if hour is None:
            return None
        # ((hours43, §228) "We open at 11 Thursdays", "doors open at 10 most days": a standing arrangement's hour, of no
        # day unless the clause names one)
        out.append(Mention(m.start(g), m.end(g), "opening_hour", "time",
                           dict(hour=hour, minute=0, dref=None, loose=False, h12=False,
                                **({"standing_copula": "open"} if m["std"] else {})), 4))
    return out


# (thirty-fourth session, schedule35, docs/informal-time.md §130) a schedule's list of clock times with no am/pm: "Trains
# from Ravensdale at 10.30, 12.15, 2 & 3.45 every day", "You're on the 2pm and 3.45", "slots at 10am, 11.30 and 2.15": two
# to six items joined by ",", "&", "and" or "or", the first a clock already (am/pm written, or a dotted h.mm after a
# clock's preposition or "the": "at 10.30", "the 10.30") and at least two of them with their minutes or am/pm. Each item's
# half of the day: am/pm where written (an item before the first such one takes its half where its hour is not above
# it: "7.30, 8 or 9pm"); else the list ascends through the day, so an item below the one before has crossed noon
# ("12.15, 2": 14:00); a list neither crossing noon nor holding 12 nor am/pm reads from a start of 1-6 the afternoon's and
# leaves a start of 7-11 unread (a morning's or an evening's train is not told); a list that would pass midnight is no
# timetable. The items with am/pm stay the clock rules'; the day from the sentence (a routine's "every day": no day).
# Bounded: six items of at most 9 characters and their joiners (< 90 characters).
_CL_ITEM = r"(?:1[0-2]|0?[1-9])(?:[.:][0-5]\d)?(?:[ \t]?%s)?" % AMPM
_CL_JOIN = r"(?:[ \t]{0,2},[ \t]{0,2}(?:(?i:and|or|&)[ \t]{1,2})?|[ \t]{1,2}(?i:and|or)[ \t]{1,2}|[ \t]{0,2}&[ \t]{0,2})"
_CL_ITEM_RE = re.compile(r"(?P<h>1[0-2]|0?[1-9])(?:[.:](?P<mi>[0-5]\d))?(?:[ \t]?(?P<ap>%s))?" % AMPM)
_CL_CUE_BEFORE = _re(r"(?i)(?<![\w'’])(?:{clock_prepositions}|the)[ \t]{1,3}$")


@rule("clock_list", r"(?<![\w.:$£€,/'’-])(?P<first>%s)(?:%s%s){1,5}(?![\w:%%/]|[.,]\d|[ \t]{0,2}[-–])" % (_CL_ITEM, _CL_JOIN, _CL_ITEM), 24,
      triggers="dot",
      reject_before=(r"(?i)(?:(?<![\w'’])(?:{range_not_hour_before}|{version_words}|{bare_range_not_after})\.?|[£$€#])[ \t]*$", 16),
      examples=[("2026-03-11", "Trains from Ravensdale at 10.30, 12.15, 2 & 3.45 every day", "2", "XXXX-XX-XXT14:00"),
                ("2026-03-11", "You're on the 2pm and 3.45", "3.45", "2026-03-11T15:45")])
def _clock_list(m, text):
    if _FROM_CLOCK_NOT_AFTER.match(text, m.end()) or _BARE_MONEY.search(text, max(0, m.start() - 40), m.start()) \
            or _DOTTED_PRICE_AFTER.match(text, m.end()):
        return None
    items = list(_CL_ITEM_RE.finditer(text, m.start(), m.end()))
    if sum(1 for i in items if i["mi"] or i["ap"]) < 2 or any(i["h"].startswith("0") for i in items):
        return None
    first = items[0]
    if not first["ap"] and not (first["mi"] and _CL_CUE_BEFORE.search(text, max(0, m.start() - 12), m.start())):
        return None   # "buses 7.15, 8.40": no clock yet; "Rounds 1, 2 & 3", "2, 3 and 4 bedrooms": counts
    # the first item with am/pm: the items before it take its half where their hour is not above its own
    k = next((n for n, i in enumerate(items) if i["ap"]), None)
    hours, prev, decided = [], -1, k is not None
    for n, it in enumerate(items):
        h, mi = int(it["h"]), int(it["mi"] or 0)
        if it["ap"]:
            h = h % 12 + (12 if it["ap"][0] in "pP" else 0)
        elif k is not None and n < k and h % 12 <= int(items[k]["h"]) % 12 and items[k]["ap"][0] in "pP":
            h = h % 12 + 12
        else:
            h %= 12
            if h * 60 + mi < prev:
                h += 12
                decided = True
            if h == 12 or (n and int(it["h"]) == 12):
                decided = True
        if h * 60 + mi < prev or h > 23:
            return None   # past midnight, or an am/pm item below the one before: no day's timetable
        prev = h * 60 + mi
        hours.append((it, h, mi))
    if not decided:
        if int(first["h"]) >= _PM_BELOW:
            return None   # "at 7.15, 8.40 and 10.05": a morning's or an evening's, unread
        hours = [(it, h + 12, mi) for it, h, mi in hours]
    return [Mention(it.start("h"), it.end("mi") if it["mi"] else it.end("h"), "clock_list", "time",
                    dict(hour=h, minute=mi, dref=None, loose=False, h12=False), 28)
            for it, h, mi in hours if not it["ap"]]


# (schedule35, §130) a sports draw's dotted clock before its place of play and the place's number: "Gold 11.40 court 1 vs
# Pirongia, Black 12.50 court 4", "U9 Blue 9.10 field 3" (lexicon draw_clock_places). 12 noon, 1-6 the afternoon's; 7-11
# the morning's only where the draw goes on (160 characters, the line and the next) to a later draw's clock of 12 or one
# below it (through noon), or a morning's word is on the line; else unread (a night league's "Black 7.40 court 4"). The day from the
# sentence or the draw's heading (§118). Bounded: the clock, three blanks, the place's word and two digits.
_DRAW_NEXT = _re(r"(?<![\w.:$£€,/-])(1[0-2]|0?[1-9])[.:][0-5]\d[ \t]{1,3}(?:(?i:on)[ \t]{1,3})?(?i:{draw_clock_places})[ \t]{0,2}#?\d")


@rule("draw_clock", r"(?<![\w.:$£€,/'’-])(?P<t>(?P<h>1[0-2]|0?[1-9])[.:](?P<mi>[0-5]\d))[ \t]{1,3}(?:(?i:on)[ \t]{1,3})?"
      r"(?i:{draw_clock_places})[ \t]{0,2}#?\d{1,2}(?![\w.:])", 24,
      triggers="dot",
      examples=[("2026-03-11", "Senior draw for tomorrow\nGold 11.40 court 1 vs Pirongia, Black 12.50 court 4", "11.40", "2026-03-12T11:40"),
                ("2026-03-11", "Hornets Gold 1.20 court 2", "1.20", "2026-03-11T13:20")])
def _draw_clock(m, text):
    if _BARE_MONEY.search(text, max(0, m.start() - 40), m.start()):
        return None
    h, mi = int(m["h"]), int(m["mi"])
    if m["h"].startswith("0"):
        return None
    if h < _PM_BELOW:
        h += 12
    elif h < 12:
        later = [int(x.group(1)) for x in _DRAW_NEXT.finditer(text, m.end(), min(len(text), m.end() + 160))]
        if not any(x == 12 or x < h for x in later) and not _MORNING_CLAUSE.search(
                text, start_of_line(text, m.start()), _line_end(text, m.end(), min(len(text), m.end() + 80))):
            return None
    return M(m, "draw_clock", "time", group="t", hour=h, minute=mi, dref=None, loose=False, h12=False)


# (schedule35, §130) a part of the day and a range of bare hours after it: "Saturday morning 10-12 at mine", "Sunday
# afternoon 2-4", "Friday evening 7 till 9" (lexicon daypart_range_hours: the hours each part may take). The hours read in
# that part; a pair that does not fit it stays unread ("morning 7-10 players"). Not before a unit, a count or a score's
# word. The day from the sentence (the part's own weekday). Bounded: the part's word, "from", two hours and a joiner.
_DAYPART_HOURS = L["daypart_range_hours"]


@rule("daypart_range", r"(?<![\w'’])(?P<p>(?i:%s))[ \t]{1,3}(?:(?i:from)[ \t]{1,3})?(?P<a>(?P<h1>1[0-2]|0?[1-9]))(?:[.:](?P<mi1>[0-5]\d))?"
      r"[ \t]{0,2}(?:[-–]|(?i:to|till|til|until)(?![\w'’]))[ \t]{0,2}(?P<b>(?P<h2>1[0-2]|0?[1-9])(?:[.:](?P<mi2>[0-5]\d))?)"
      r"(?![\w:%%/]|[.,]\d|[ \t]{0,2}(?:%s|[-–/]\d))" % (alternation(list(_DAYPART_HOURS)), AMPM), 24,
      triggers="pod", trail=(r"[ \t]{1,3}(?:(?i:from)[ \t]{1,3})?\d{1,2}(?:[.:][0-5]\d)?[ \t]{0,2}(?:[-–]|(?i:to|till|til|until))", 24),
      examples=[("2026-03-11", "I'm free Saturday morning 10-12 if that works", "12", "2026-03-14T12:00"),
                ("2026-03-11", "I'm free Saturday afternoon 2-4 if that works", "2", "2026-03-14T14:00")])
def _daypart_range(m, text):
    if m["mi1"]:
        return None   # "every morning 10.30-12": rule minutes_dash_range's (its minutes tell the clock)
    if _FROM_CLOCK_NOT_AFTER.match(text, m.end()) or _BARE_MONEY.search(text, max(0, m.start() - 40), m.start()):
        return None
    lo_h, hi_h = _DAYPART_HOURS[m["p"].lower()]
    h1 = int(m["h1"])
    a = h1 if h1 >= lo_h or h1 == 12 else h1 + 12
    if a == 12 and lo_h == 6 and not m["mi1"]:
        return None   # "morning 12-2": no morning's start
    b = _range_end_hour(a, int(m["h2"]))
    if not (lo_h <= a < b <= hi_h):
        return None
    return [M(m, "daypart_range", "time", group="a", hour=a, minute=int(m["mi1"] or 0), dref=None, loose=False, h12=False),
            M(m, "daypart_range", "time", group="b", hour=b % 24, minute=int(m["mi2"] or 0), dref=None, loose=False, h12=False)]


# (eleventh session, clock) a post's age on its header line, after its author and a middle dot or a
# bullet ("Jo Bloggs · 2h", "@jo • 3d", "u/kev_b · 1w", "Kim Lee · 5d ago"; (forums, fourteenth session) a
# forum's bar, "marek.p | 2d"): as "2 hrs ago", "3 days ago"
# (an offset back from the time of writing); the line before the dot must read as a name or a handle
# (at most six words or handles, 48 characters), and the age must end the line or stand before another dot
_POST_AGE_UNITS = L["post_age_units"]
# ((thirtieth session; the census's class 10) a role in brackets after the name: "Mia Tane (Admin) · 7h")
# ((stamps34, §123) a fediverse handle, its server after a second "@": Mastodon's "Kev Doyle @kev@mastodon.ie · 2d";
# the server's run bounded, after the "@" the name's run cannot take)
# ((thirty-fifth session, the lead) a name's word may begin with any letter, "Máire Ó Conghaile · 17h", and an emoji may
# stand among the words, "Newquay Gig Club 🚣 @NewquayGigs · 5h", "Morwenna 🌊 @morwennarows · 3h": a run of at most 8
# pictographs, variation selectors and joiners)
# ((the lead, forty-second session, §220) a business's name joined by an ampersand, "Pelican Point Bar & Grill · 21h",
# "Smith & Sons · 2d" (the "&" one of the six words), and a reply's arrow before the name, as X's and Threads' replies
# are copied, "  ↳ Mindil Mel · 19h")
_NAME_WORD = r"(?:\(?(?:@|[^\W\d_])[\w.'’/-]*(?:@[\w-]{1,40}(?:\.[\w-]{1,40}){1,4})?\)?|[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]{1,8}|&)"
_POST_HEAD = re.compile(r"[ \t]*(?:[↳↪└][ \t]*)?(?:%s(?:[ \t]+|$)){1,6}" % _NAME_WORD)


@rule("post_age", r"(?<=[·•|])[ \t]*(?P<t>(?P<n>[1-9]\d?)(?P<u>mo|min|hr|wk|yr|[mhdwy]))(?:[ \t]+(?i:ago))?(?=[ \t]*(?:$|[·•|]))", 30, flags=re.M,
      triggers="post_age", boundary=False,
      examples=[("2025-06-04", "Jo Bloggs · 3d\nbest gig of my life", "3d", "2025-06-01"),
                ("2025-06-20", "Mia Tane (Admin) · 7h\nPatrol roster for Sunday is up!", "7h", "PT7H"),
                ("2026-02-27", "marek.p | 2d\nFixed, will see tomorrow morning.", "2d", "2026-02-25"),
                ("2024-02-08", "Kev Doyle @kev@mastodon.ie · 2d\nback Friday, see ye then", "2d", "2024-02-06"),
                ("2023-04-27", "Newquay Gig Club 🚣 @NewquayGigs · 5h\n@jentrev return sailing Monday", "5h", "PT5H"),
                ("2024-06-30", "Máire Ó Conghaile · 17h\n@Niamh that's what I'm afraid of lol", "17h", "PT17H")])
def _post_age(m, text):
    ls = start_of_line(text, m.start())
    head = text[ls: m.start()].rstrip(" \t·•|")
    if not head or len(head) > 48 or not _POST_HEAD.fullmatch(head):
        return None
    return M(m, "post_age", "offset", group="t", n=int(m["n"]), unit=_POST_AGE_UNITS[m["u"]], sign=-1, anchor="dct",
             vague=False, mod="", period_months=None)


# (platforms27) Facebook's and Instagram's age alone on the line under the poster's name ("Dani Reyes" / "3d",
# "dani.reyes" / "2w"; a closing middot allowed): as rule post_age; the line above must read as a name (as post_age's
# head, at most 48 characters) and a line of the post must follow, so "3d" in a list of sizes is none (every run bounded)
# ((poststamps35, §129) a role in brackets after the name, one to three words: "Coach Brent (Hornets Black)" / "3d",
# "Shelley Te Whare (Admin)" / "11h", as post_age's head "Mia Tane (Admin) · 7h")
# ((the lead, forty-third session, §234) or, with a blank line (or the text's start) above it, the age stands over its
# author's line, which opens with the handle: "38m" / "@teina_ck replying to @RaroBusTimes", a feed copied with each
# reply's age first; the handle's run bounded at 30 characters, dots inside it as Instagram's "@ngaa.r", a fediverse
# server after a second "@")
_AGE_HANDLE_BELOW = re.compile(r"[ \t]{0,4}@\w(?:[\w.]{0,28}\w)?(?:@[\w-]{1,40}(?:\.[\w-]{1,40}){1,4})?(?![\w@])")
_AGE_NAME_LINE = re.compile(r"[ \t]*(?:[@A-Za-z][\w.'’/-]*(?:[ \t]+|$)){1,4}(?:\((?:[A-Za-z][\w.'’-]*[ \t]?){1,3}\))?")


@rule("post_age_alone", r"(?m)^[ \t]{0,4}(?P<t>(?P<n>[1-9]\d?)(?P<u>mo|min|hr|wk|yr|[mhdwy]))[ \t]{0,4}(?:[·•][ \t]{0,4})?$(?=\n[ \t]{0,4}\S)", 30,
      triggers="post_age", boundary=False,
      examples=[("2025-06-04", "comments\n\nJo Bloggs\n3d\nbest gig of my life", "3d", "2025-06-01"),
                ("2024-05-31", "Coach Brent (Hornets Black)\n3d\nTraining change this week team", "3d", "2024-05-28"),
                ("2025-08-01", "Buses every hour.\n\n38m\n@teina_ck replying to @RaroBus\nstill on tmrw?", "38m", "PT38M")])
def _post_age_alone(m, text):
    if m.start() < 2 or under_post(text, start_of_line(text, m.start()), m.end()):
        return None   # ((poststamps35) a stamp under its post, Mastodon's: rule under_age)
    prev = text.rfind("\n", max(0, m.start() - 50), m.start() - 1) + 1
    head = text[prev:m.start() - 1].strip()
    if not head and (m.start() - 1 - prev < 50 or prev == 0) and _AGE_HANDLE_BELOW.match(text, m.end() + 1):
        # ((the lead, forty-third session, §234) the age above its author's handle, after a blank line: "38m" /
        # "@teina_ck replying to @RaroBusTimes")
        return M(m, "post_age_alone", "offset", group="t", n=int(m["n"]), unit=_POST_AGE_UNITS[m["u"]], sign=-1,
                 anchor="dct", vague=False, mod="", period_months=None)
    if not head or len(head) > 48 or (prev == 0 and m.start() - 1 > 48) or not _AGE_NAME_LINE.fullmatch(head) \
            or head[-1:] in ".!?:":
        return None
    return M(m, "post_age_alone", "offset", group="t", n=int(m["n"]), unit=_POST_AGE_UNITS[m["u"]], sign=-1, anchor="dct",
             vague=False, mod="", period_months=None)


# (poststamps35, §129) a stamp alone on its line under its post, as a copied Mastodon thread prints it: the author's line
# with its handle ("Ravensdale & Moor Railway 🚂 @rmr@railway.social", "  Janet 🧶 @janetknits@mstdn.social"), the post,
# then the stamp ("2d", "1d", "23h", "32m"); the next line another author's, a blank line or the text's end. The post is
# the lines from its author's line down (tagger._footer_days, as X's stamp under its post); what an author's line is: lines.under_post


@rule("under_age", r"(?m)^[ \t]{0,8}(?P<t>(?P<n>[1-9]\d?)(?P<u>[mhdw]))[ \t]{0,3}$", 30, triggers="post_age", boundary=False,
      examples=[("2026-12-31", "Owen P @owenp@mastodon.scot\n@rmr I can do ticket inspector tomorrow\n1d\n"
                 "  Ravensdale & Moor Railway @rmr@railway.social\n  brilliant Owen\n  23h", "1d", "2026-12-30")])
def _under_age(m, text):
    if not under_post(text, start_of_line(text, m.start()), m.end()):
        return None
    return M(m, "under_age", "offset", group="t", n=int(m["n"]), unit=_POST_AGE_UNITS[m["u"]], sign=-1, anchor="dct",
             vague=False, mod="", period_months=None)


# (poststamps35, §129) Instagram's comment list prints each comment's header as the handle, a space and the age, with no
# separator mark ("kelseyfromkensington 1w", "  islandgirl_cass 4d", "    malpequeshuckshack 45m": a reply indented),
# the comment on the next line: the age as rule post_age's. An Instagram handle is printed in lower case (letters,
# digits, "." and "_"); one with a dot, an underscore or a digit is a handle alone, a plain lower-case word only where
# another line of the same shape stands within _HANDLE_AGE_REACH characters (a list of comments: "rest 3d" alone is a
# log's line). The indent, the handle and the blanks are each bounded
_HANDLE_AGE_LINE = re.compile(r"(?m)^[ \t]{0,8}[a-z0-9_.]{3,30}[ \t]{1,3}[1-9]\d?[mhdw][ \t]{0,3}$")
_HANDLE_MARK = re.compile(r"[._\d]")
_HANDLE_AGE_REACH = 600


@rule("handle_age", r"(?m)^[ \t]{0,8}(?P<h>[a-z0-9_.]{3,30})[ \t]{1,3}(?P<t>(?P<n>[1-9]\d?)(?P<u>[mhdw]))[ \t]{0,3}$(?=\n[ \t]{0,8}\S)", 30,
      triggers="post_age", boundary=False,
      examples=[("2025-07-20", "  islandgirl_cass 4d\n  no way you guys will be at carnival!!", "4d", "2025-07-16"),
                ("2025-07-20", "  kelseyfromkensington 1w\n  is the lesson on next saturday??\n    malpequeshuckshack 1w\n    yes!",
                 "1w", "2025-W28")])
def _handle_age(m, text):
    h = m["h"]
    if h.isdigit() or h[0] == "." or (not _HANDLE_MARK.search(h)
                                      and not _HANDLE_AGE_LINE.search(text, max(0, m.start() - _HANDLE_AGE_REACH), max(0, m.start() - 1))
                                      and not _HANDLE_AGE_LINE.search(text, m.end() + 1, m.end() + _HANDLE_AGE_REACH)):
        return None
    return M(m, "handle_age", "offset", group="t", n=int(m["n"]), unit=_POST_AGE_UNITS[m["u"]], sign=-1, anchor="dct",
             vague=False, mod="", period_months=None)


# (stamps39, thirty-eighth session; docs/informal-time.md §161) a comment list copied from Instagram, Facebook or TikTok with
# each comment's age at the END of its own line, after its words ("  islandgirl_sam: are you doing the crab rolls again this
# year 1w", "  ryde_rob: still doing the 2 for 1 on Wednesdays? 2h"): the age is the comment's stamp, as rule footer_age's on
# the line under it ("6d" the day reached, "1w" the ISO week reached, "21h", "45m" the length), and the comment's words
# count from its day (tagger._footer_days). Only where it is language's stamp and not the sentence's number:
# - the age is the last thing on its line, a blank before it, two tokens or more before it on the line (one token and the
#   age is an Instagram header, rule handle_age), no separator mark just before it (rules post_age, footer_age);
# - the word just before it is no word that takes a length, a determiner or a noun a code follows (lexicon
#   tail_age_bound_words: "back in 2d", "took 2d", "room 21h", "my 3d"), nor one character ("L 15m R 10m": a log's sides,
#   "2 x 4d"), nor a number joined by a mark ("1.5-2d");
# - and it is a LIST's: another line within _TAIL_AGE_REACH characters before or after ends the same way (a comment list
#   prints every comment's age; one line ending "... 4d" alone is a size, a model, a room).
# The unit is one lower-case letter of m, h, d, w ("3D", "4D" are films and prints; "mo", "y" are not printed there)
_TAIL_AGE_LINE = re.compile(r"(?m)^[ \t]{0,8}\S+[ \t]+[^\n]{0,300}?[^\s·•|][ \t]{1,3}[1-9]\d?[mhdw][ \t]{0,3}$")
_TAIL_AGE_REACH = 600
_TAIL_BOUND = frozenset(w.lower() for w in L["tail_age_bound_words"])
_TAIL_PREV = re.compile(r"(\S+)[ \t]{1,3}\Z")
_TAIL_MARKS = "+-/=#&×*~x"


@rule("tail_age", r"(?m)(?<=[^\s·•|])[ \t]{1,3}(?P<t>(?P<n>[1-9]\d?)(?P<u>[mhdw]))[ \t]{0,3}$", 30, triggers="post_age",
      boundary=False,
      examples=[("2023-03-31", "  sam_b: are you doing the crab rolls again this year 1w\n  crabshack: yes! weekends only till June 1w",
                 "1w", "2023-W12"),
                ("2023-03-31", "  ryde_rob: still doing the 2 for 1 on Wednesdays? 2h\n  crabshack: Wednesday nights from May 1h",
                 "2h", "PT2H")])
def _tail_age(m, text):
    ls = start_of_line(text, m.start())
    head = text[ls:m.start("t")]
    if len(head.split()) < 2:
        return None
    prev = _TAIL_PREV.search(head)
    if prev is None:
        return None
    word = prev.group(1)
    if (len(word) < 2 and (word.isalnum() or word in _TAIL_MARKS)) or word.lower().strip(".,!?:;") in _TAIL_BOUND \
            or (word[-1].isdigit() and not word.isdigit()):
        return None   # (an emoji before the age is a comment's: "half 10 😅 6d")
    # the neighbours' lines whole: the window's ends at line ends (a line cut short could end in an age it does not end in)
    le = m.end()
    after = le + 1 + _TAIL_AGE_REACH
    after = len(text) if after >= len(text) else text.rfind("\n", le + 1, after)
    if not (_TAIL_AGE_LINE.search(text, max(0, ls - _TAIL_AGE_REACH), max(0, ls - 1))
            or (after > le and _TAIL_AGE_LINE.search(text, le + 1, after))):
        return None
    return M(m, "tail_age", "offset", group="t", n=int(m["n"]), unit=_POST_AGE_UNITS[m["u"]], sign=-1, anchor="dct",
             vague=False, mod="", period_months=None)


# (tweets) a post's compact units: "Posted 2h ago", "Updated 45m ago", "said this 3d ago", "1w ago" read as
# "2 hours ago" (its length, as the informal gold writes "20 mins ago"), "3 days ago" (the day reached):
# only before "ago" (a bare "5m" is money or metres, "3d" a film)
@rule("compact_ago", r"(?<![\w.,$£€#/-])(?P<n>[1-9]\d?)(?P<u>mo|min|hr|wk|yr|[mhdwy])[ \t]+(?i:ago)(?![\w'’])", 26,
      triggers="post_age",
      examples=[("2025-06-04", "Posted 2h ago", "2h ago", "PT2H"), ("2025-06-04", "I said this 3d ago and got ignored", "3d ago", "2025-06-01")])
def _compact_ago(m, text):
    return M(m, "compact_ago", "offset", n=int(m["n"]), unit=_POST_AGE_UNITS[m["u"]], sign=-1, anchor="dct",
             vague=False, mod="", period_months=None)


# (forums2, fifteenth session) a post's age with its unit cut short and a full stop, or "mo" ("u/tram_ghost ·
# 5 mo. ago", "2 yr. ago", "9 hr. ago", "edited 3 wk. ago", "5 mo ago"): as "5 months ago" (the month
# reached), "9 hours ago" (its length); only before "ago" (lexicon abbrev_age_units)
_ABBREV_AGE = L["abbrev_age_units"]


@rule("abbrev_ago", r"(?<![\w.,$£€#/-])(?P<n>[1-9]\d?)[ \t](?:(?P<mo>mos?)\.?|(?P<u>%s)\.)[ \t]+(?i:ago)(?![\w'’])"
      % alternation([u for u in _ABBREV_AGE if not u.startswith("mo")]), 26, triggers="post_age",
      examples=[("2026-06-30", "u/tram_ghost · 5 mo. ago", "5 mo. ago", "2026-01"),
                ("2026-06-30", "u/old_salt · 2 yr. ago", "2 yr. ago", "2024")])
def _abbrev_ago(m, text):
    return M(m, "abbrev_ago", "offset", n=int(m["n"]), unit=_ABBREV_AGE[(m["mo"] or m["u"]).lower()], sign=-1, anchor="dct",
             vague=False, mod="", period_months=None)


# (forums2, fifteenth session) a comment's compact age on its footer or header line among the app's words
# ("2d  3 likes  Reply", "1d Reply", "Like · Reply · 3d", "5h ago · Reply"): a line of only those words
# (lexicon comment_chrome_words, at least one), counts of likes or replies, marks and the age is the
# comment's stamp, counted back from the day the page is read as "3 days ago", "5 hours ago" (rule post_age
# for an age after a name and a dot); not "my 3d printer", "a 2d sketch"
_CHROME = r"(?:(?i:{comment_chrome_words})|\d[\d.,]*[kK]?[ \t]+(?i:likes?|replies|reply))(?![\w'’])"


@rule("footer_age", r"^[ \t]*(?P<a>(?:%s[ \t]*(?:[·•|][ \t]*)?)*)(?P<t>(?P<n>[1-9]\d?)(?P<u>mo|min|hr|wk|yr|[mhdwy])(?:[ \t]+(?i:ago))?)"
      r"(?P<b>(?:[ \t]*(?:[·•|][ \t]*)?%s)*)[ \t]*$" % (_CHROME, _CHROME), 30, flags=re.M,
      triggers="post_age", boundary=False,
      examples=[("2025-08-04", "saving me a loaf Saturday?\n2d 3 likes Reply", "2d", "2025-08-02"),
                ("2025-07-09", "We missed it last year\nLike · Reply · 3d", "3d", "2025-07-06"),
                ("2025-10-16", "watching this at 2am\n5h ago · Reply", "5h ago", "PT5H")])
def _footer_age(m, text):
    if not (m["a"].strip() or m["b"].strip()):
        return None
    return M(m, "footer_age", "offset", group="t", n=int(m["n"]), unit=_POST_AGE_UNITS[m["u"]], sign=-1, anchor="dct",
             vague=False, mod="", period_months=None)


# (stamps34, thirty-third session; §123) TikTok's comment list stamps a comment of the current year with its month and
# day, month first in every English locale ("2-1", "12-30"; a past year's "2023-12-30" is another rule's): on the header
# line after the commenter's handle and a separator mark, ending the line ("tama.k_ · 2-1"), or opening the footer line
# under the comment before the app's words ("2-1 Reply", "2-1  Reply  12"). A DATE, the last such day on or before the
# day the page was read (the stamp is never after it; the day-month reading is never taken: the shape is the
# platform's); the comment's words count from it (tagger: _post_stamp for the header, _footer_days for the footer).
# Only after a handle (one word with a dot, an underscore or a digit in it, "@" before it, or a lower-case first letter,
# as "jaydenfromtheBay": "Cill Bhreac GAA · 2-1", "Score · 2-1", "FT · 1-0" are a result; the line may be indented, as a
# reply is) and only where a line of the comment follows the header; only a day of the calendar ("2-30" is none)
_MD_STAMP = r"(?P<t>(?P<m>1[0-2]|[1-9])-(?P<d>3[01]|[12]\d|[1-9]))"
_TIKTOK_HANDLE = re.compile(r"@?[\w.]{2,30}")
_TIKTOK_HANDLE_MARK = re.compile(r"[._\d]|^[@a-z]")
_TIKTOK_NEXT_LINE = re.compile(r"\n[ \t]{0,4}\S")


def _md_day_ok(m) -> bool:
    try:
        date(2000, int(m["m"]), int(m["d"]))   # (a leap year: "2-29" is a day)
    except ValueError:
        return False
    return True


@rule("tiktok_stamp", r"(?<=[·•])[ \t]{0,3}" + _MD_STAMP + r"(?=[ \t]{0,4}$)", 30, flags=re.M,
      triggers="md_stamp", boundary=False,
      examples=[("2024-02-08", "tama.k_ · 2-1\nback Tuesday and honestly can't wait", "2-1", "2024-02-01"),
                ("2024-01-03", "liv.ryan · 12-30\nsee ye tomorrow night", "12-30", "2023-12-30")])
def _tiktok_stamp(m, text):
    ls = start_of_line(text, m.start())
    head = text[ls:m.start()].strip(" \t·•")
    if len(head) > 31 or not _TIKTOK_HANDLE.fullmatch(head) or not _TIKTOK_HANDLE_MARK.search(head) \
            or not _TIKTOK_NEXT_LINE.match(text, next_newline(text, m.end())) or not _md_day_ok(m):
        return None
    return M(m, "tiktok_stamp", "cal", group="t", year=None, month=int(m["m"]), day=int(m["d"]), grain="day",
             stamp_past=True)


@rule("tiktok_footer", r"^[ \t]{0,4}" + _MD_STAMP + r"(?=[ \t]{1,4}(?i:{comment_chrome_words})(?![\w'’])[^\n]{0,40}$)", 30,
      flags=re.M, triggers="md_stamp", boundary=False,
      examples=[("2024-02-08", "liv.ryan\nthis Sat is the final, who's coming??\n2-1 Reply", "2-1", "2024-02-01")])
def _tiktok_footer(m, text):
    if not _md_day_ok(m) or m.start() < 2:
        return None
    return M(m, "tiktok_footer", "cal", group="t", year=None, month=int(m["m"]), day=int(m["d"]), grain="day",
             stamp_past=True, stamp_footer=True)


# (tweets) hours written "2h", "5h" where a length is told: "just landed, 5h delay", "queued 2h for this",
# "took 3h", "in 2h": a DURATION (only a lower-case "h" glued to a number up to 48, with a word of a
# length before or after it; "2H results", "the 4h pencil" are none)
_COMPACT_H_BEFORE = _re(r"(?i)(?:^|\b)(?:{compact_hours_before})\s+$")
_COMPACT_H_AFTER = _re(r"(?i)\s+(?:{compact_hours_after})(?![\w'’])")


@rule("compact_hours", r"(?<![\w.,$£€#/-])(?P<n>[1-9]\d?)h(?![\w'’/-]|[.,]\d)", 13, triggers="post_age",
      examples=[("2025-06-04", "just landed, 5h delay smh", "5h", "PT5H"), ("2025-06-04", "queued 2h for this", "2h", "PT2H")])
def _compact_hours(m, text):
    n = int(m["n"])
    if n > 48 or not (_COMPACT_H_BEFORE.search(text, max(0, m.start() - 12), m.start()) or _COMPACT_H_AFTER.match(text, m.end())):
        return None
    return Mention(m.start(), m.end(), "compact_hours", "duration",
                   dict(n=n, unit="H", vague=False, det="", mod="", age=False, in_name=False), 14)


# (eleventh session, clock) "back in 10", "there in 5", "ready in 15 x": minutes understood, a length
# (as "in 20 mins"); only a number from 1 to 60 that ends its phrase (a stop, a comma, "!", "?", an
# emoji, a kiss, the line's end, or "tops"/"max"/"or so"/"then"/"for"), after a word of being somewhere
# or done, "in" right after it ("going live in 10 for a quick chat"; the rule runs only there: a rule
# read around "back", "there" anywhere costs too much of every text)
_IN_MIN_END = r"(?=[ \t]{0,2}(?:$|[,.!?;)\n\u2600-\u27bf\U0001f000-\U0001faff]|[xX]{1,3}\b|(?i:tops|max|or[ \t]so|ish|lol|pls|ok|then|for|and|so|or)\b))"


@rule("in_minutes", r"(?i:back|there|home|ready|outside|leaving|live|starting)"
      r"[ \t](?i:in)[ \t](?:(?i:about|like|abt)[ \t])?(?P<n>[1-9]|[1-5]\d|60)%s" % _IN_MIN_END, 22, triggers="in_minutes",
      trail=(r"[ \t](?i:in)[ \t]", 4),
      examples=[("2025-06-04", "on the train, back in 10", "10", "PT10M"),
                ("2025-06-04", "omw, there in 5!", "5", "PT5M")])
def _in_minutes(m, text):
    ls = max(start_of_line(text, m.start()), m.start() - 2 * _BARE_REACH)
    a = max([ls] + [x.end() for x in _CLAUSE_MARK.finditer(text, ls, m.start())])
    from timeline_app.temporal.tense import tense_at   # (the tense reader reads this lexicon: imported when used)
    if tense_at(text, a, m.end(), m.start(), m.end()) == "past":
        return None   # "came back in 49", "he was back in 45": a year told of the past, not a chat's minutes
    return M(m, "in_minutes", "duration", group="n", n=int(m["n"]), unit="TM", vague=False, det="", mod="", age=False, not_story=True)


# (eleventh session, clock) "midday Sat", "Sat midday", "noon Friday", "lunchtime tmrw", "tmrw
# lunchtime": one TIME at 12:00 on that day, in either order with no word between (as "noon Saturday"
# in TimeBank; "noon Friday", "noon tomorrow" are rule noon's); a short weekday only where no number or
# name follows ("sat 29" is a day of the month)
_DN_DAY = r"(?:(?P<dw%s>(?i:{deictic_days}))|(?P<wd%s>%s|(?i:{short_weekdays})(?![\w'’.]|\s+(?:[A-Z][a-z]|[0-3]?\d))))"


@rule("day_noon", r"%s\s+(?P<n1>(?i:{day_noon_words}))(?![\w'’-])|(?P<n2>(?i:{day_noon_words}))\s+(?:(?P<wd2>(?i:{short_weekdays}))(?![\w'’.-]|\s+(?:[A-Z][a-z]|[0-3]?\d))|(?P<dw2>(?i:{deictic_days}))(?![\w'’-]))"
      % (_DN_DAY % (1, 1, WEEKDAY)), 30, triggers="pod", requires="day_noon_words",
      examples=[("2025-06-04", "midday sat? can't do the morning", "midday sat", "2025-06-07T12:00"),
                ("2025-06-04", "lunchtime tmrw works", "lunchtime tmrw", "2025-06-05T12:00"),
                ("2025-06-04", "thurs lunchtime?", "thurs lunchtime", "2025-06-05T12:00")])
def _day_noon(m, text):
    wd, dw = m["wd1"] or m["wd2"], m["dw1"] or m["dw2"]
    if m["dw2"] and " ".join(m["dw2"].lower().split()) in L["day_words"]:
        return None   # "noon today", "midday tomorrow": rule noon's
    if wd:
        low = wd.lower().rstrip(".")
        if low in L["short_weekdays"] and wd.isupper():
            return None   # "SAT" (a test)
        if m["n1"] and m["n1"].lower() == "noon" and low not in L["short_weekdays"]:
            return None   # "Friday noon": the weekday and "noon", each found, are joined (tagger._join_day_and_clock)
        dref = {"weekday": any_weekday_num(wd), "short": low in L["short_weekdays"], "plan": False, "night": False}
    else:
        dref = {**deictic_ref(dw), "night": False}
    return M(m, "day_noon", "time", hour=12, minute=0, dref=dref, midnight=False)


# (twenty-fifth session, halfday26) "wed dinner time", "tomorrow dinner", "friday dinnertime" where dinner is the midday
# meal: one TIME at 12:00 of that day (the fresh README: northern "dinner time" midday). The voice is read from the text
# around it (a word of lexicon `midday_dinner_voice_words` within `midday_dinner_voice_reach` characters: "hinny",
# "nowt", "lass", "mam", "aye" ...); elsewhere dinner is the evening meal and the day is tagged alone, as the readable
# golds write "[Thursday] lunch", "[Valentine's] dinner" (no match: the day's own rule finds it)
_DINNER_VOICE = _re(r"(?i)(?<![\w'’])(?:{midday_dinner_voice_words})(?:['’]s)?(?![\w'’])")
_DINNER_VOICE_REACH = L["midday_dinner_voice_reach"]


def _dinner_voice(text: str, start: int, end: int) -> bool:
    """A word of the midday dinner's voice between ``start`` and ``end``; (dayparts27) not "mam" after a word of address
    ("yes mam", "thank you mam": US Southern, Nigerian, Indian "ma'am"). Bounded: the window, and 24 characters before
    each "mam"."""
    for v in _DINNER_VOICE.finditer(text, start, end):
        if v.group(0).lower().startswith("mam") and _MAM_ADDRESS.search(text, max(0, v.start() - 24), v.start()):
            continue
        return True
    return False


# (dayparts27) the words of address that make "mam" "ma'am" (lexicon midday_dinner_voice_address_before)
_MAM_ADDRESS = _re(r"(?i)(?<![\w'’])(?:{midday_dinner_voice_address_before})[ \t,.!]*$")


@rule("day_dinner", r"%s\s+(?P<meal>(?i:{day_dinner_words}))(?![\w'’-])" % (_DN_DAY % (1, 1, WEEKDAY)), 30,
      triggers="deictic weekday", requires="day_dinner_words",
      examples=[("2025-06-04", "questions to me by thurs dinner time hinny", "thurs dinner time", "2025-06-05T12:00"),
                ("2025-06-04", "aye tomorrow dinner suits us, nowt else on", "tomorrow dinner", "2025-06-05T12:00")])
def _day_dinner(m, text):
    if not _dinner_voice(text, max(0, m.start() - _DINNER_VOICE_REACH), min(len(text), m.end() + _DINNER_VOICE_REACH)):
        return None   # "shall we do Friday dinner at mine?": the evening meal, the day alone (its own rule's)
    wd, dw = m["wd1"], m["dw1"]
    if wd:
        low = wd.lower().rstrip(".")
        if low in L["short_weekdays"] and wd.isupper():
            return None   # "SAT" (a test)
        # (a meal named by its day is an arrangement: "questions to me by wed dinner time", "friday dinner for the
        # lates"; a past still names the day gone, "we had sunday dinner at mam's")
        dref = {"weekday": any_weekday_num(wd), "short": low in L["short_weekdays"], "plan": True, "night": False}
    else:
        if dw.lower() in L["night_words"]:
            return None   # "tonight dinner": no midday
        dref = {**deictic_ref(dw), "night": False}
    return M(m, "day_dinner", "time", hour=12, minute=0, dref=dref, midnight=False)


# (meals40, docs §179) an evening meal after a phrase of arrival ("be back for tea", "we'll be there for supper", "home
# in time for tea") or Shetland and Scots "efter" ("efter dinner"; English "after tea", "by supper" not read, §179): the meal's time on the day talked of (lexicon
# meal_times: tea and supper the evening; dinner 12:00 only in the midday dinner's voice, as rule day_dinner,
# else no time: the evening meal of most English, or a dinner as an event). Not before a noun it makes a compound with
# (meal_time_not_before: "back for tea break", read one word ahead); a day right after it makes one TIME ("back for tea
# tomorrow", "home for tea on Friday"); "lunch" left out (lexicon _doc_meal_times). Bounded: one word read ahead; the dinner's voice within midday_dinner_voice_reach
# characters either side
_MEAL_NOT_BEFORE = _re(r"[ \t]{1,3}(?i:{meal_time_not_before})(?![\w'’])")


@rule("meal_time", r"(?<![\w'’])(?P<pre>(?i:{meal_time_prepositions}))[ \t]{1,3}(?P<t>(?P<meal>(?i:{meal_times}))(?![\w'’-])(?:,?[ \t]{1,3}(?:(?i:on)[ \t]{1,3})?(?P<dref>%s))?)" % DAYREF, 6,
      triggers="pod", requires="meal_times",
      examples=[("2023-12-30", "On the way. Clar says we'll be there for supper", "supper", "2023-12-30TEV"),
                ("2024-05-03", "we could take the 8am boat over and be back for tea.", "tea", "2024-05-03TEV"),
                ("2026-01-25", "Jarl Squad at the school at 10.30, then the hospital efter dinner, peerie bairns aa", "dinner",
                 "2026-01-25T12:00")])
def _meal_time(m, text):
    if _MEAL_NOT_BEFORE.match(text, m.end("meal")):
        return None   # "back for tea break": a thing the meal names
    code = L["meal_times"][" ".join(m["meal"].lower().split())]
    if code == "dinner":
        if not _dinner_voice(text, max(0, m.start() - _DINNER_VOICE_REACH), min(len(text), m.end() + _DINNER_VOICE_REACH)):
            return None   # "back for dinner" where dinner is the evening meal: no hour of its own
        code = "12:00"
    if code == "12:00":
        return M(m, "meal_time", "time", group="t", hour=12, minute=0, dref=day_ref(m["dref"]), midnight=False)
    return M(m, "meal_time", "pod_time", group="t", pod=code, dref=day_ref(m["dref"]), mod="", vague_day=m["dref"] is None)


# (twenty-fifth session, halfday26) "til 8 sat morning", "by 6 friday evening": a bare hour after a preposition of lexicon
# `hour_weekday_part_cues`, a weekday and a part of the day right after it: one TIME of that weekday, its half the one the
# part names (lexicon `hour_weekday_parts`), as "6 this morning" is one (rule bare_hour); a night's hour only from 6 to 11
@rule("hour_weekday_part", r"(?<![\w'’])(?i:{hour_weekday_part_cues})[ \t]+(?P<t>(?P<h>1[0-2]|[1-9])(?:[.:](?P<mi>[0-5]\d))?[ \t]+"
      r"(?:(?i:on)[ \t]+)?(?P<wd>%s|(?i:{short_weekdays}))[ \t]+(?P<pod>(?i:{hour_weekday_parts})))(?![\w'’])" % WEEKDAY, 28,
      triggers="weekday", requires="hour_weekday_parts",
      examples=[("2025-06-04", "on nights, til 8 sat morning then bed", "8 sat morning", "2025-06-07T08:00"),
                ("2025-06-04", "need it back by 6 friday evening", "6 friday evening", "2025-06-06T18:00")])
def _hour_weekday_part(m, text):
    wd, h = m["wd"], int(m["h"])
    low = wd.lower().rstrip(".")
    if low in L["short_weekdays"] and wd.isupper():
        return None   # "SAT" (a test)
    half = L["hour_weekday_parts"][m["pod"].lower()]
    if half != "am":
        if half == "night" and not 6 <= h <= 11:
            return None   # "til 2 sat night": the small hours of the next day, not read here
        h = h % 12 + 12
    elif h == 12:
        return None   # "12 sat morning": no such hour
    dref = {"weekday": any_weekday_num(wd), "short": low in L["short_weekdays"], "plan": True, "night": False}
    return M(m, "hour_weekday_part", "time", group="t", hour=h, minute=int(m["mi"] or 0), dref=dref, midnight=False)


# "lease ended 7/31", "EDIT 2 (8/24):", "works finish on 15/12": a day and a month with a slash and
# no year, read only where one number cannot be a month (31/7, 7/31); "3/4", "9/10" (a score, a
# rating, either order) and "24/7" are not dates, nor a fraction before a unit ("3/16 inch")
_SLASH_NOT_DATES = frozenset(L["slash_not_dates"])


@rule("slash_day_month", r"(?<![\w/.,$£€#-])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)(?![\w/%%]|[.,]\d)", 19, triggers="slash",
      reject_after=(r"\s*(?:{slash_units}|{percent_words}|{slash_score_after}|{slash_fraction_after})\b", 20),
      examples=[
          ("2024-08-21", "Lease ended 7/31 and I handed the keys back that day.", "7/31", "2024-07-31"),
          ("2023-10-02", "The works are scheduled to complete on 15/12.", "15/12", "2023-12-15"),
          # (daymonth30, §105) both numbers 12 or under: the voice's words and money, or the order of a date joined to it
          ("2025-12-29", "closed 2/1 sorry, ye're all welcome the week after", "2/1", "2026-01-02"),
          ("2025-11-03", "Tours on 24/1 and 2/1, tickets at the door", "2/1", "2026-01-02"),
          ("2025-11-03", "no dramas, 10/2 it is. brekky's on us", "10/2", "2026-02-10")])
def _slash_day_month(m, text):
    if m.group(0) in _SLASH_NOT_DATES:
        return None
    if _SLASH_COUNT_BEFORE.search(text, max(0, m.start() - _SLASH_COUNT_REACH), m.start()):
        return None   # (numdates28) "ratio 16/9", "odds 13/2", "at odds of 15/8", "shoe size 13/10": a count, no date
    a, b = int(m["a"]), int(m["b"])
    if a <= b and _thread_count(text, m.start(), m.end(), b):
        return None   # (tweets) "(2/15)", "3/12 🧵", "New thread on rents 1/5": a thread's count, no date
    if 1 <= a <= 12 < b <= 31:
        mo, d = a, b
    elif 1 <= b <= 12 < a <= 31:
        d, mo = a, b
    elif 1 <= a <= 12 and 1 <= b <= 12 and (_SLASH_CUE.search(text, max(0, m.start() - 12), m.start())
                                             or _SLASH_RANGE_END.search(text, max(0, m.start() - 16), m.start())
                                             or _slash_date_frame(text, m.start(), m.end())):
        # "3/4" after a date word ("due 3/4"): the order the text's other slash dates show
        # ("invoice dated 25/02 ... next one due 3/4" is 3 April), read within _SLASH_REACH characters
        # (daymonth30, §105) or in a date's frame: a part of the day or a plan's choice after it ("10/11 evening",
        # "10/2 it is"), joined to a slash date whose numbers tell the order ("Tours on 24/1 and 2/1"); "11/11" reads
        # the same both ways and needs no order
        order = "dm" if a == b else _slash_order(text, m.start(), m.end())
        if order is None and not _ODDS_WORDS.search(text, max(0, m.start() - _ODDS_REACH), min(len(text), m.end() + _ODDS_REACH)):
            # (daymonth30) the voice's clue decides, not near a word of betting ("from 2/1 to 11/4": odds)
            order = _slash_country(text, m.start(), m.end())
        if order is None:
            return None   # either order
        d, mo = (a, b) if order == "dm" else (b, a)
    else:
        return None   # "3/4": either order
    pod = _SLASH_POD.match(text, m.end())
    if pod is not None:
        # (daymonth30, §105) "Can do 10/11 evening", "25/11 arvo": the date and its part of the day, one TIME
        code = L["parts_of_day"].get(pod["pod"].lower()) or L["informal_day_parts"].get(pod["pod"].lower())
        return Mention(m.start(), pod.end(), "slash_day_month", "cal",
                       dict(year=None, month=mo, day=d, grain="day", weekday=None, anaphoric_year=None, pod=code), 19)
    return M(m, "slash_day_month", "cal", year=None, month=mo, day=d, grain="day", weekday=None, anaphoric_year=None)


# (daymonth30) a part of the day right after a slash date (bounded: at most three blanks, one word)
_SLASH_POD = _re(r"[ \t]{1,3}(?P<pod>(?i:{slash_date_day_parts}))(?![\w'’])")
_SLASH_CUE = _re(r"(?i)\b(?:{slash_date_cues}):?\s+$")
# (numdates28) a word of lexicon slash_count_words right before the pair, or a short word between ("odds of", "ratio is"):
# bounded, the window is _SLASH_COUNT_REACH characters before the pair
_SLASH_COUNT_BEFORE = _re(r"(?i)(?<![\w'’])(?:{slash_count_words})(?:\s+[a-z]{1,4})?\s*:?\s*$")
_SLASH_COUNT_REACH = 24
# (tweets) the second end of a range of slash dates: "runs 12/16 to 1/6", "3/4 - 3/8" (its order the first's)
_SLASH_RANGE_END = _re(r"(?i)(?<![\w/.,$£€#-])[0-3]?\d/[0-3]?\d\s*(?:[-–]|\s(?:{range_end_words}))\s*$")
_CARD_NOUN = _re(r"(?i)(?<![\w])(?:{card_expiry_nouns})(?![\w])")
_CARD_SHORT = frozenset(L["card_expiry_short"])


# (sixteenth session, admin) a card's or a document's expiry: "expires 01/26", "Exp: 11/27", "valid thru
# 03/28" (month, two-digit year; lexicon _doc_card_expiry): the month of that year, a DATE
@rule("card_expiry", r"(?i:{card_expiry_words})[ \t]{0,2}(?:on|date)?[ \t]{0,2}:?[ \t]{0,2}(?P<mo>0[1-9]|1[0-2])[ \t]?/[ \t]?(?P<y>\d\d)(?![\w/%%]|[.,]\d)",
      31, triggers="slash", requires="card_expiry_heads",
      examples=[("2025-12-29", "Reminder: your card ending 4417 expires 01/26. Please update it.", "01/26", "2026-01")])
def _card_expiry(m, text):
    word = " ".join(text[m.start():m.start("mo")].lower().replace(":", " ").split())
    if word not in _CARD_SHORT and not _CARD_NOUN.search(text, max(0, m.start() - 80), m.start()):
        return None   # "the offer expires 12/25": Christmas Day, maybe
    return Mention(m.start("mo"), m.end("y"), "card_expiry", "cal",
                   dict(year=2000 + int(m["y"]), month=int(m["mo"]), grain="month", mod=""), 31)


# (tweets) a thread's count: "k/n" beside the thread emoji or the word "thread" on its line, or in
# brackets at a line's start or end ("(2/15) the second problem is rent", "... rent (2/15)"), or at a
# line's start or end where the text holds another count of the same thread ("1/5 ..." ... "2/5 ...")
_THREAD_WORD = _re(r"(?i)🧵|\b(?:{thread_words})\b")
_THREAD_BRACKET = re.compile(r"[(\[]\s*$")
_THREAD_LINE_START = re.compile(r"(?:^|\n)[^\w\n]{0,6}$")
_THREAD_LINE_END = re.compile(r"[^\w\n]{0,8}(?:\n|$)")


# how far along its line a count looks for the thread word, each side: a tweet's line is short, and a
# text with no line break (a PDF's table, a pasted list) must not be read to its end for every slash pair
_THREAD_LINE_REACH = 600
_THREAD_SLASH = re.compile(r"(?<![\w/.,$£€#-])([0-3]?\d)/([0-3]?\d)(?![\w/%])")
# the slash pairs of the last text asked about: (the text, {second number: [(start, first)]}), made in
# one pass, so that each count's "another count of the same thread" is a look-up, not a pass over the
# text (a text of many slash pairs was quadratic: 4 MB without a line break, most of its time here)
# (one tuple, replaced whole: a reader in another thread never pairs one text with another's pairs)
_THREAD_PAIRS: tuple = (None, None)


def _thread_pairs(text: str) -> dict:
    global _THREAD_PAIRS
    memo = _THREAD_PAIRS
    if memo[0] is not text:
        pairs: dict = {}
        for x in _THREAD_SLASH.finditer(text):
            pairs.setdefault(int(x.group(2)), []).append((x.start(), x.group(1)))
        memo = _THREAD_PAIRS = (text, pairs)
    return memo[1]


def _thread_count(text: str, start: int, end: int, n: int) -> bool:
    ls = text.rfind("\n", max(0, start - _THREAD_LINE_REACH), start) + 1
    if ls == 0:
        ls = max(0, start - _THREAD_LINE_REACH)
    le = text.find("\n", end, end + _THREAD_LINE_REACH)
    le = min(len(text), end + _THREAD_LINE_REACH) if le < 0 else le
    if _THREAD_WORD.search(text, ls, le):
        return True
    at_start = _THREAD_LINE_START.search(text, max(0, start - 8), start) is not None or start == ls
    at_end = _THREAD_LINE_END.match(text, end) is not None
    if not (at_start or at_end):
        return False
    if at_end and re.search(r"[.!?…]\s+$", text[max(ls, start - 3):start]):
        return True   # "... and that's my point. 2/15": a count after a sentence, not a date standing alone
    if _THREAD_BRACKET.search(text, max(ls, start - 3), start) and re.match(r"\s*[)\]]", text[end:end + 3]):
        return True
    first = str(int(text[start:end].split("/")[0]))
    # (daymonth30) the other count is one of the same thread: its first number no more than its second ("14/2" is a date)
    return any(at != start and k != first and int(k) <= n for at, k in _thread_pairs(text).get(n, ()))


# (tweets) a slash date that reads both ways ("11/3"), with a cue word before it and no other slash date
# to tell its order, is read by the country the text's clues name: a US time zone, a dollar amount,
# "y'all", the US flag (month first); a British, Irish or Australian zone, a pound or euro amount, the
# British or Irish flag, "mum" (day first). Both or neither: left untagged
# (daymonth30, §105) and the voices' own words and money: Irish "ye", Scots "fae", South African "braai", New Zealand
# "whānau", Australian "brekky", British spelling, the rand, the rupee, the naira, the shilling, a dollar after a letter
# ("NZ$40", "A$25": day first); "color", "mom", "Thanksgiving" (month first). Both kinds within reach: untagged (a
# margin: the clue decides only alone)
_MD_CLUES = _re(r"(?<![\w])(?:{month_first_clues:cs})(?![\w])|(?<![\w$])(?:{month_first_currencies:cs}) ?\d|🇺🇸")
_DM_CLUES = _re(r"(?<![\w])(?:{day_first_clues:cs})(?![\w])|(?<![\w$])(?:{day_first_currencies:cs}) ?\d|🇬🇧|🇮🇪|🇦🇺|🇳🇿")
# (daymonth30, §105) a two-way slash date's frame: a word of lexicon slash_date_followers right after it (bounded: a
# match at the date's end), or joined (lexicon slash_date_joiners, a comma) to a slash date one of whose numbers is over
# 12, right before it (a window of _SLASH_JOIN_REACH characters) or right after it (a match at its end)
_SLASH_FOLLOWER = _re(r"(?i)[ \t]{1,3}(?:{slash_date_followers})(?![\w'’])")
_SLASH_JOINED_BEFORE = _re(r"(?i)(?<![\w/.,$£€#-])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)[ \t]{0,3}(?:,|(?:{slash_date_joiners}))[ \t]{1,3}$")
_SLASH_JOINED_AFTER = _re(r"(?i)[ \t]{0,3}(?:,|(?:{slash_date_joiners}))[ \t]{1,3}(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)(?![\w/%]|[.,]\d)")
_SLASH_JOIN_REACH = 16
_ODDS_WORDS = _re(r"(?i)(?<![\w/])(?:{odds_words})(?![\w/])")
_ODDS_REACH = 200   # (bounded: a window either side of the pair)


def _one_way(x) -> bool:
    a, b = int(x["a"]), int(x["b"])
    return (12 < a <= 31 and 1 <= b <= 12) or (12 < b <= 31 and 1 <= a <= 12)


def _slash_date_frame(text: str, start: int, end: int) -> bool:
    if _SLASH_FOLLOWER.match(text, end):
        return True
    x = _SLASH_JOINED_BEFORE.search(text, max(0, start - _SLASH_JOIN_REACH), start)
    if x is not None and _one_way(x):
        return True
    x = _SLASH_JOINED_AFTER.match(text, end)
    return x is not None and _one_way(x)


def _slash_country(text: str, start: int, end: int) -> str | None:
    lo, hi = max(0, start - _SLASH_REACH), min(len(text), end + _SLASH_REACH)
    md, dm = _MD_CLUES.search(text, lo, hi) is not None, _DM_CLUES.search(text, lo, hi) is not None
    return "md" if md and not dm else "dm" if dm and not md else None
_SLASH_ANY = re.compile(r"(?<![\w/.,$£€#-])([0-3]?\d)/([0-3]?\d)(?:/(?:\d{2}|\d{4}))?(?![\w/%]|[.,]\d)")
_SLASH_REACH = 1500


def _slash_order(text: str, start: int, end: int) -> str | None:
    """"dm" or "md": the order of the slash dates near a two-way one whose numbers tell it
    (a day over 12), if they all agree; None when none tells or they disagree."""
    seen = set()
    for x in _SLASH_ANY.finditer(text, max(0, start - _SLASH_REACH), min(len(text), end + _SLASH_REACH)):
        a, b = int(x.group(1)), int(x.group(2))
        if 12 < a <= 31 and 1 <= b <= 12:
            seen.add("dm")
        elif 12 < b <= 31 and 1 <= a <= 12:
            seen.add("md")
    return seen.pop() if len(seen) == 1 else None


# "salary comes on 1st", "23rd is fine", "19th is wednesday na?": a day of the month with its
# suffix and no "the", after a preposition of a day or at the head of a message or sentence, where
# the phrase ends or goes on with a word that is no counted noun ("1st period", "2nd floor",
# "my nan's 90th" are not days)
_BARE_ORD_BEFORE = _re(r"(?i)(?:(?:^|[\n.!?]|:)\s*|\b(?:{day_prepositions})\s+)$")
_BARE_ORD_AFTER = _re(r"\s*(?:$|[,.;!?)\n]|[^\w\s'’.,-])|\s+(?:{bare_ordinal_followers})\b", re.I)


@rule("bare_ordinal_day", r"(?<![\w$£€#.,'’])(?P<d>[0-3]?\d)(?:{ordinal_suffixes:cs})(?![\w'’-])", 15, triggers="ordinal",
      examples=[
          ("2025-03-14", "Match is on 22nd March. my cousin's wedding is on 23rd so I'll leave early", "23rd", "2025-03-23"),
          ("2025-10-21", "aim for a full draft by the 31st. 31st is fine", "31st", "2025-10-31")])
def _bare_ordinal_day(m, text):
    d = int(m["d"])
    if not 1 <= d <= 31:
        return None
    if not _BARE_ORD_BEFORE.search(text, max(0, m.start() - 10), m.start()) or not _BARE_ORD_AFTER.match(text, m.end()):
        return None
    return M(m, "bare_ordinal_day", "ordinal_day", day=d, upto=False)


# "May '23", "sept '19": a month and a year written with an apostrophe and two digits
@rule("month_short_year", r"(?P<mon>%s|{informal_months:cs})\s+['’](?P<yy>\d\d)(?![\w'’])" % MONTH_FULL, 20, triggers="month",
      examples=[("2025-03-14", "I was there for the final in May '23, best night", "May '23", "2023-05")])
def _month_short_year(m, text):
    yy = int(m["yy"])
    return M(m, "month_short_year", "cal", year=(2000 if yy < 50 else 1900) + yy, month=month_num(m["mon"]), grain="month",
             mod="", rel_year=None, anaphoric_year=None)


# "last march", "Last Jan", "next sept": a month in lower case or short after "last" or "next"
# ("last may be", "next march on the capital" are not)
@rule("rel_informal_month", r"(?P<rel>(?i:last|next))\s+(?P<mon>{informal_months:cs}|(?i:jan))(?![\w'’-])(?!\.?\s*[0-3]?\d|\s+(?:{verb_after_may}|on|against|to)\b)", 17,
      triggers="month",
      examples=[("2025-09-04", "miracle!! last march he ended up IN the creek", "last march", "2025-03")])
def _rel_informal_month(m, text):
    off, anchor = RELATIONS[_rel(m["rel"])]
    return M(m, "rel_informal_month", "rel_month", month=month_num(m["mon"]), offset=off, mod="", anaphoric=False)


# British "Friday week", "a week on Friday", "a week Tuesday", "sat wk": the weekday a week after the
# next one (said on a Wednesday, "Friday week" is the Friday of the week after). "Friday week" only
# where the phrase ends ("the Friday week of the festival" is not; (§223) an equals sign or a dash after it ends it)
@rule("weekday_week", r"(?P<a>(?i:a\s+(?P<fn>{week_words})))\s+(?:(?P<prep>(?i:{weekday_week_preps}))\s+)?(?P<wd1>%s|(?i:{short_weekdays}))(?![\w'’]|\.\w)"
      r"|(?P<wd2>%s|(?i:{short_weekdays}))\s+(?i:week|wk|(?P<fn2>fortnight))(?=\s*(?:$|[,.;:!?)\n=–—]|(?:{bare_ordinal_followers}|{weekday_week_followers})(?![\w'’])))" % (WEEKDAY, WEEKDAY), 17,
      triggers="weekday", requires="week_words", reject_before=(r"(?i)\b(?:for|lasts?|lasting|takes?|took)\s+$", 10),
      examples=[
          ("2024-03-13", "the next gig is friday week, at the Bell", "friday week", "2024-03-22"),
          ("2024-03-13", "Mum's back a week on Tuesday so we'll go then.", "a week on Tuesday", "2024-03-26"),
          # (days, eleventh session) a subject after it: "Thursday week we're away"
          ("2025-06-27", "Thursday week we're away so Ollie will miss it", "Thursday week", "2025-07-10"),
          ("2025-06-04", "the final's Saturday fortnight, at the rec", "Saturday fortnight", "2025-06-21"),
          # (offsets27) Irish and British "a week come Friday" (when Friday comes, a week on), "a wk on tues"
          ("2025-06-04", "the wedding is a week come Friday", "a week come Friday", "2025-06-13"),
          ("2025-06-04", "party is a wk on tues if ur free", "a wk on tues", "2025-06-17"),
          # ((the lead, forty-second session, §223) before an equals sign or a dash: a question of which day it is, "Sunday
          # week = 1st Feb?", "Friday week – can't wait")
          ("2026-01-21", "Sunday week = 1st Feb? just to be sure", "Sunday week", "2026-02-01")])
def _weekday_week(m, text):
    w = (m["wd1"] or m["wd2"])
    low = w.lower().rstrip(".")
    if low in L["short_weekdays"] and w.isupper():
        return None
    if m["prep"] and _come_length(m, text):
        return None
    n = any_weekday_num(w)
    weeks = 2 if m["fn"] and m["fn"].lower() == "fortnight" or m["fn2"] else 1   # (informal6) "a fortnight on Friday"; (days11) "Saturday fortnight"
    return M(m, "weekday_week", "weekday", weekday=n, rel="", pod="", mod="", possessive=False, plan=True, weeks_after=weeks)


# (offsets27) "it'll be a week come Friday since he left", "he's been gone two weeks come Saturday": "come" closes a
# length that runs to the day (a length and a day, apart), not the day a week on; read with a form of "be" or "gone"
# right before the count (14 characters back) or "since" after the weekday (30 characters on, in the clause)
_COME_LENGTH_BEFORE = _re(r"(?<![\w'’])(?i:{come_length_cues})\s+$")
_COME_SINCE_AFTER = _re(r"[^.,;:!?\n]{0,30}?(?<![\w'’])(?i:since)(?![\w'’])")


def _come_length(m, text) -> bool:
    """Whether a weekday after "come" ends a length ("a week come Friday since he left") rather than being moved by it."""
    if m["prep"].lower() not in L["come_words"]:
        return False
    return bool(_COME_LENGTH_BEFORE.search(text, max(0, m.start() - 14), m.start()) or _COME_SINCE_AFTER.match(text, m.end()))


# (fourteenth session, spoken) British "three weeks on Saturday", "two weeks on Friday", "3 weeks from
# Tuesday": the weekday that many weeks after the coming one, as "a week on Tuesday" (one DATE, not a
# length and a day); not after "for", "lasts", "took" ("it lasted two weeks on Monday's ward").
@rule("weeks_on_weekday", r"(?P<n>(?i:two|three|four|five|six|[2-6]))\s+(?i:weeks|wks)\s+(?P<prep>(?i:{weeks_on_preps}))\s+(?P<wd>%s)(?![\w'\u2019]|\.\w)" % WEEKDAY, 17,
      triggers="weekday", requires="spoken_weeks_words", reject_before=(r"(?i)\b(?:for|lasts?|lasted|lasting|takes?|took|after)\s+$", 10),
      examples=[("2026-08-30", "the wedding itself, three weeks on Saturday, I know", "three weeks on Saturday", "2026-09-26"),
                ("2026-08-30", "we fly two weeks come Saturday", "two weeks come Saturday", "2026-09-19")])
def _weeks_on_weekday(m, text):
    if _come_length(m, text):
        return None
    n = parse_num(m["n"]) if not m["n"].isdigit() else int(m["n"])
    if not n or not 2 <= n <= 6:
        return None
    return M(m, "weeks_on_weekday", "weekday", weekday=any_weekday_num(m["wd"]), rel="", pod="", mod="", possessive=False,
             plan=True, weeks_after=int(n))


# (days, eleventh session) "this time next week", "this time last week": the same time a week on (or back),
# the day a week from the day of writing (the time of day is the writer's own, not said); was "next
# week" alone, the ISO week, and "this time" left out
@rule("this_time_week", r"(?i:this\s+time\s+(?P<rel>next|last)\s+week)(?![\w'’-])", 27, triggers="unit",
      lead=(r"(?i:this\s+time\s+(?:next|last)\s+)", 20),
      examples=[("2025-06-04", "this time next week I'll be on a beach", "this time next week", "2025-06-11"),
                ("2025-06-04", "this time last week we were in Rome", "this time last week", "2025-05-28")])
def _this_time_week(m, text):
    off = 7 if m["rel"].lower() == "next" else -7
    return M(m, "this_time_week", "deictic_day", offset=off, pod="", word=" ".join(m.group(0).lower().split()), mod="")


# (offsets27) "this time tomorrow", "this time yesterday": the day a day on (or back), as "this time next week" (the time
# of day is the writer's, not said); was the day word alone, "this time" left out
@rule("this_time_day", r"(?i:this\s+time\s+(?P<dw>{this_time_days}))(?![\w'’-])", 27, triggers="deictic",
      examples=[("2025-06-04", "this time tomorrow I'll be in Rome", "this time tomorrow", "2025-06-05"),
                ("2025-06-04", "this time yesterday we were on the ferry", "this time yesterday", "2025-06-03")])
def _this_time_day(m, text):
    off = L["deictic_days"][m["dw"].lower()]
    return M(m, "this_time_day", "deictic_day", offset=off, pod="", word=" ".join(m.group(0).lower().split()), mod="")


# (fresh17) "this time last year", "this time next year", "this time last month": the same day a year (a month)
# back or on, as "this time last week" above (the conventions' table: "this time last year" is the day a year
# back); was "last year" alone, the year, with "this time" left out. A day the month lacks (29 February a year
# on) is that month's last.
@rule("this_time_year", r"(?i:this\s+time\s+(?P<rel>next|last)\s+(?P<unit>year|month))(?![\w'’-])", 27, triggers="unit",
      lead=(r"(?i:this\s+time\s+(?:next|last)\s+)", 20),
      examples=[("2026-01-24", "we were second bottom this time last year", "this time last year", "2025-01-24"),
                ("2025-06-04", "this time next month I'll be in Spain", "this time next month", "2025-07-04")])
def _this_time_year(m, text):
    step = 1 if m["rel"].lower() == "next" else -1
    months = step * (12 if m["unit"].lower() == "year" else 1)
    return M(m, "this_time_year", "deictic_day", offset=0, months=months, pod="", word=" ".join(m.group(0).lower().split()), mod="")


# (informal6) "a fortnight today", "a week on tomorrow", "a week from today": that many weeks after the
# day ("a week today" alone is week_from_day's: this rule does not read it; after "been" or "for" the
# week is a length here too)
@rule("week_today", r"(?i:a\s+(?:(?P<fn>fortnight)\s+(?:(?:from|on)\s+)?|week\s+(?:from|on)\s+))(?P<dw>(?i:today|tomorrow|tmrw|yesterday))(?![\w'’])", 18,
      triggers="deictic", requires="week_words", reject_before=(r"(?i)\b(?:{week_length_cues})\s+$", 12),
      examples=[("2025-03-12", "the results are out a fortnight today", "a fortnight today", "2025-03-26"),
                ("2025-03-12", "the results are out a week from today", "a week from today", "2025-03-19")])
def _week_today(m, text):
    w = m["dw"].lower()
    weeks = 2 if m["fn"] else 1
    return M(m, "week_today", "deictic_day", offset=L["deictic_days"][w] + 7 * weeks, pod="", word=f"a {'fortnight' if m['fn'] else 'week'} {w}", mod="")


_MONTH_SHIFT = {"the": 0, "this": 0, "next": 1, "last": -1}   # "the month", "next month": months from the day of writing


# (informal6) "the 2nd of next month", "the 15th of this month": that day of the month counted from the day of writing
@rule("mday_of_month", r"(?i:the)\s+(?P<d>[0-3]?\d)(?:{ordinal_suffixes:cs})\s+(?i:of)\s+(?P<rel>(?i:this|next|last))\s+(?i:month)(?![\w'’])", 24,
      triggers="ordinal",
      examples=[("2025-03-12", "rent is due on the 2nd of next month", "the 2nd of next month", "2025-04-02")])
def _mday_of_month(m, text):
    d = int(m["d"])
    if not 1 <= d <= 31:
        return None
    return M(m, "mday_of_month", "nth_weekday", n=0, weekday=None, day=d, month=None, year=None,
             shift=_MONTH_SHIFT[m["rel"].lower()])


# (weekof29, §101 A4) "from September we're opening Sundays. I'll do the first Sunday", "new rota starts in Jan - can I have
# the first Monday?": "the first X" (second, third, fourth) with no "of" after it, where the talk named a month with a cue
# of a start or a stretch (lexicon first_weekday_month_cues) in the _FIRST_WD_REACH characters before: the n-th such
# weekday of that month (its year as for the month alone). Not "last" ("last Sunday" is the one gone), not without a
# month before it (the next such day, the weekday rule's).
_FIRST_WD_REACH = 160
_FIRST_WD_MONTH = _re(r"(?i:(?<![\w'’])(?:{first_weekday_month_cues}))\s+(?P<mon>%s)(?![\w'’])(?!\s*[0-3]?\d)" % MONTH_FULL)
_FIRST_WD_N = {k.lower(): v for k, v in L["first_weekday_ordinals"].items()}


@rule("first_weekday_named_month", r"(?:(?i:the)\s+)?(?P<n>(?i:{first_weekday_ordinals}))\s+(?P<wd>%s)(?![\w'’])(?!\s+(?i:of|in)\s)" % WEEKDAY, 23,
      triggers="weekday",
      examples=[("2025-08-20", "from September we're opening Sundays. I'll do the first Sunday", "the first Sunday", "2025-09-07")])
def _first_weekday_named_month(m, text):
    mon = None
    for mon in _FIRST_WD_MONTH.finditer(text, max(0, m.start() - _FIRST_WD_REACH), m.start()):
        pass
    if mon is None:
        return None
    wd = any_weekday_num(m["wd"])
    return M(m, "first_weekday_named_month", "nth_weekday", n=_FIRST_WD_N[m["n"].lower()], weekday=wd, month=month_num(mon["mon"]),
             year=None, shift=None, named_month=True)


# (informal6) "the first Monday of March", "the last Friday of the month", "last sat of next month":
# the n-th weekday of that month
@rule("nth_weekday_of", r"(?:(?i:the)\s+)?(?P<n>(?i:first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th))\s+(?P<wd>%s|(?i:{short_weekdays}))"
      r"\s+(?i:of|in|o['’]?)\s+(?:(?P<mon>%s)(?:,?\s+(?P<y>%s))?|(?P<rel>(?i:the|this|next|last))\s+(?i:month)|(?P<every>(?i:every|each))\s+(?i:month)"
      r"|(?P<yrel>(?i:the|this|next|last))\s+(?i:year))(?![\w'’])" % (WEEKDAY, MONTH, YEAR), 24,
      triggers="weekday",
      examples=[("2025-03-12", "the quiz is on the first Monday of April", "the first Monday of April", "2025-04-07"),
                # (lead, thirty-ninth session, §181) Scots and Irish "o" / "o'" for "of"
                ("2026-01-25", "Up Helly Aa is as ever the last Tuesday o January", "the last Tuesday o January", "2026-01-27"),
                ("2025-03-12", "payday is the last Friday of the month", "the last Friday of the month", "2025-03-28"),
                # (lead, thirty-third session) "of every month": a SET, as the project's golds write it most (XXXX-WXX-n)
                ("2026-04-22", "Quiz night is back on the first Thursday of every month", "the first Thursday of every month", "XXXX-WXX-4"),
                # (direction44, §247) of a year: its December's last, its January's first
                ("2025-11-12", "the office party is on the last Friday of the year", "the last Friday of the year", "2025-12-26")])
def _nth_weekday_of(m, text):
    n = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5,
         "last": -1, "final": -1}[m["n"].lower()]
    wd = any_weekday_num(m["wd"])
    if m["every"]:
        return M(m, "nth_weekday_of", "fixed", type="SET", value=f"XXXX-WXX-{wd}",
                 note="a weekday's place in every month: the weekday of some weeks (the golds' XXXX-WXX-n)")
    if m["mon"]:
        return M(m, "nth_weekday_of", "nth_weekday", n=n, weekday=wd, month=month_num(m["mon"]), year=_year(m["y"]), shift=None)
    if m["yrel"]:
        # (direction44, §247) "the last Friday of the year": December's last of the year named (as §174's "the last day of
        # the year"); "the first Monday of next year": January's first
        return M(m, "nth_weekday_of", "nth_weekday", n=n, weekday=wd, month=12 if n < 0 else 1, year=None, shift=None,
                 year_shift=_MONTH_SHIFT[m["yrel"].lower()])
    return M(m, "nth_weekday_of", "nth_weekday", n=n, weekday=wd, month=None, year=None,
             shift=_MONTH_SHIFT[m["rel"].lower()])


# (sixteenth session, admin) "the last working day of the month", "the first business day of April" (lexicon
# _doc_working_day_of): the last / first Monday-to-Friday day of that month, as "the last Friday of the month"
@rule("nth_working_day_of", r"(?:(?i:the)\s+)?(?P<n>(?i:first|last|final|1st))\s+(?i:{working_day_words})"
      r"\s+(?i:of|in)\s+(?:(?P<mon>%s)(?:,?\s+(?P<y>%s))?|(?P<rel>(?i:the|this|next|last))\s+(?i:month))(?![\w'’])" % (MONTH, YEAR), 24,
      triggers="unit", requires="working_day_words",
      examples=[("2026-03-20", "March pay will land on the last working day of the month.", "the last working day of the month", "2026-03-31"),
                ("2026-03-20", "Rent is due on the first business day of May.", "the first business day of May", "2026-05-01")])
def _nth_working_day_of(m, text):
    n = 1 if m["n"].lower() in ("first", "1st") else -1
    if m["mon"]:
        return M(m, "nth_working_day_of", "nth_weekday", n=n, weekday=None, working=True, month=month_num(m["mon"]),
                 year=_year(m["y"]), shift=None)
    return M(m, "nth_working_day_of", "nth_weekday", n=n, weekday=None, working=True, month=None, year=None,
             shift=_MONTH_SHIFT[m["rel"].lower()])


# (§174) "on the last day of the month, every month": a habit's day
_NTH_DAY_HABIT = re.compile(r"(?i)[ \t]*,?[ \t]*(?:every|each)[ \t]+(?:month|year)(?![\w'’])")


# (the lead, thirty-eighth session, §174) "the last day of the month", "the first day of June", "Last day o' the year":
# the first or last day of the month or year named, as "the last working day of the month" is (rule nth_working_day_of)
@rule("nth_day_of", r"(?:(?i:the)\s+)?(?P<n>(?i:first|last|final|1st))\s+(?i:day)\s+(?i:of|o['’]?)\s+(?:(?P<mon>%s)(?:,?\s+(?P<y>%s))?"
      r"|(?P<rel>(?i:the|this|next|last))\s+(?P<u>(?i:month|year)))(?![\w'’])" % (MONTH, YEAR), 24,
      triggers="unit",
      examples=[("2026-03-20", "Rent's due on the last day of the month.", "the last day of the month", "2026-03-31"),
                ("2024-12-31", "Last day o' the year, gales forecast", "Last day o' the year", "2024-12-31"),
                ("2026-03-20", "The offer ends on the first day of June.", "the first day of June", "2026-06-01")])
def _nth_day_of(m, text):
    if _NTH_DAY_HABIT.match(text, m.end()):
        return None   # "at 23:00 on the last day of the month, every month": a habit's day, no one date
    first = m["n"].lower() in ("first", "1st")
    if m["mon"]:
        return M(m, "nth_day_of", "nth_weekday", n=1, weekday=None, day=1 if first else -1, month=month_num(m["mon"]),
                 year=_year(m["y"]), shift=None)
    if m["u"].lower() == "year":
        return M(m, "nth_day_of", "nth_weekday", n=1, weekday=None, day=1 if first else -1, month=1 if first else 12,
                 year=None, shift=None, year_shift=_MONTH_SHIFT[m["rel"].lower()])
    return M(m, "nth_day_of", "nth_weekday", n=1, weekday=None, day=1 if first else -1, month=None, year=None,
             shift=_MONTH_SHIFT[m["rel"].lower()])


# "tues next week", "fri this wk", "thursday last week": a weekday of the week named after it
@rule("weekday_of_week", r"(?P<wd>%s|(?i:{short_weekdays}))\s+(?:(?i:of)\s+)?(?P<rel>(?i:this|next|last|nxt|lst|that))\s+(?i:week|wk)(?![\w'’])" % WEEKDAY, 19,
      triggers="weekday", requires="week_words",
      examples=[("2025-06-09", "ok lets do tues next week, same time", "tues next week", "2025-06-17")])
def _weekday_of_week(m, text):
    w = m["wd"]
    low = w.lower().rstrip(".")
    if low in L["short_weekdays"] and w.isupper():
        return None
    if w.islower() and (low in _NEVER_LOOSE_WD and _NOUN_WD_BEFORE.search(text, max(0, m.start() - 16), m.start())
                        or low in _VERB_WEEKDAYS and _SHORT_SUBJECT.search(text, max(0, m.start() - 10), m.start())):
        return None   # (lead, thirty-eighth session, §167) "3 days of sun last week", "we sat last week": the noun, the verb
    n = any_weekday_num(w)
    if m["rel"].lower() == "that":
        # (informal5) "moves to Wednesday that week": the week of the day just told
        return M(m, "weekday_of_week", "weekday", weekday=n, rel="", pod="", mod="", possessive=False, week_of_last=True)
    return M(m, "weekday_of_week", "weekday", weekday=n, rel="", pod="", mod="", possessive=False,
             week_offset=RELATIONS[_rel(m["rel"])][0])


# "we're away the weekend of the 20th", "the weekend of 3 May": the weekend of the week of that day;
# the weekdays told after it are that week's ("... drop him fri arvo, back sunday")
# (days, eleventh session) the day's suffix may be left out before its month ("the weekend of 8
# February"), and the month may come first ("the weekend of Feb 8th"): one DATE, the weekend of that
# day (was "the weekend" of the week of writing and "8 February" apart: a wrong weekend)
@rule("weekend_of", r"(?i:the\s+(?P<unit>weekend|wknd|wkend|week|wk)\s+of\s+)(?:(?i:the)\s+(?P<dw>%s)(?![\w'’-])%s|(?:(?i:the)\s+)?(?P<d>[0-3]?\d)(?:(?:{ordinal_suffixes:cs})(?:\s+(?:(?i:of)\s+)?(?P<mon>%s|{ambiguous_months:cs}(?![\w'’-])(?!\s+(?:{verb_after_may})\b)))?|\s+(?:(?i:of)\s+)?(?P<mon1>%s))"
      r"|(?P<mon2>%s)\.?\s+(?P<d2>[0-3]?\d)(?:{ordinal_suffixes:cs})?)(?![\w'’])" % (DAYWORD3, _DAYWORD_END, MONTH, MONTH, MONTH), 23,
      triggers="ordinal ordinal_word month", requires="weekend_of_units",
      examples=[("2025-09-04", "we're away the weekend of the 20th, could he stay at yours?", "the weekend of the 20th", "2025-W38-WE"),
                ("2025-12-30", "the weekend of 8 February works for us", "the weekend of 8 February", "2026-W06-WE"),
                ("2025-12-30", "is the weekend of Feb 7th any good?", "the weekend of Feb 7th", "2026-W06-WE"),
                # (days, eleventh session) "the week of 6 April", "the week of the 27th": that day's ISO week
                # (TimeBank: "the week of March 6" 2000-W10, one TIMEX3)
                ("2026-03-01", "thanks for booking the cottage for the week of 6 April", "the week of 6 April", "2026-W15"),
                ("2025-10-17", "I'm closed for half term the week of the 27th", "the week of the 27th", "2025-W44"),
                # (recall25, twenty-fourth session) the day said in a word, ending its phrase (as spoken_ordinal_day)
                ("2026-08-30", "we're away the weekend of the nineteenth, can you feed the cat?", "the weekend of the nineteenth", "2026-W38-WE")])
def _weekend_of(m, text):
    d = parse_ordinal(m["dw"]) if m["dw"] else int(m["d"] or m["d2"])
    if not d:
        return None
    if not 1 <= d <= 31:
        return None
    mon = m["mon"] or m["mon1"] or m["mon2"]
    which = {"week": True} if m["unit"].lower() in ("week", "wk") else {"weekend": True}
    if mon:
        return M(m, "weekend_of", "cal", year=None, month=month_num(mon), day=d, grain="day", weekday=None,
                 anaphoric_year=None, **which)
    return M(m, "weekend_of", "ordinal_day", day=d, upto=False, **which)


# (informal6) a list of set times after a clock time: "doors 7pm, support 8, us from 9.15", "doors
# 10pm, last entry 1, till 4": each item's bare hour is a time of the same evening (its half of the
# day, or past midnight, from the time before it: ``resolve``)
# (clock) the items set apart by commas, or by slashes or bars as a poster writes them ("Doors 7.30pm /
# support 8.15 / headliner 9.15 / curfew 11")
# (eleventh session, clock) a time corrected with "not" is an item too: "it's 8pm not 7!!"
_LIST_SEP = r"(?:,|[ \t][/|]|(?=[ \t]+(?i:not)[ \t]))"
_LIST_ITEM = r"\s*%s\s+(?:[A-Za-z][\w'’-]*\s+){1,3}(?:1[0-2]|0?[1-9])(?:[.:][0-5]\d)?(?=\s*(?:,|[ \t][/|]|\.(?!\d)|[;!?#\n\u2600-\u27bf\U0001f000-\U0001faff]|$))" % _LIST_SEP
_LIST_HOUR = re.compile(r"%s\s+(?:[A-Za-z][\w'’-]*\s+){1,3}(?P<h>1[0-2]|0?[1-9])(?:[.:](?P<mi>[0-5]\d))?" % _LIST_SEP)


_LISTED_NOT_AFTER = frozenset(L["listed_hour_not_after"])


@rule("listed_hour", r"(?<![\d.:])[01]?\d(?:[.:][0-5]\d)?\s*%s(?P<items>(?:%s){1,4})" % (AMPM, _LIST_ITEM), 24, triggers="ampm",
      examples=[("2024-03-06", "Friday's show: doors 7pm, support 8, us from 9.15", "8", "2024-03-08T20:00"),
                ("2024-08-01", "FRI 2 AUG: doors 10pm, last entry 1, till 4", "1", "2024-08-03T01:00")])
def _listed_hour(m, text):
    out = []
    for it in _LIST_HOUR.finditer(text, m.start("items"), m.end("items")):
        if text[it.start():it.start("h")].split()[-1].lower() in _LISTED_NOT_AFTER:
            continue   # (sift) "opened 8pm, severity 3", "doors 7pm, table 4": a rank or a count
        h = int(it["h"])
        # (lead, thirty-fourth session) "started at 6am, done by 4": an item after "by"/"till" ends a stretch, read
        # forward of the time before it (was 04:00), as bare_hour's hour after "by" is; a bare hour only ("KO 10am, please
        # arrive by 9.30": an arrival before the kick-off, no stretch's end)
        fwd = {"forward": True} if not it["mi"] and _FORWARD_CUE.search(text, max(0, it.start("h") - 8), it.start("h")) else {}
        out.append(Mention(it.start("h"), it.end("mi") if it["mi"] else it.end("h"), "listed_hour", "time",
                           dict(hour=h + 12 if h < 12 else h, minute=int(it["mi"] or 0), dref=None, loose=True, **fwd), 24))
    return out


# (informal6) a day word stretched by its last letter: "see u tomorrowww", "TONIGHTTT", "fridayyy!!"
_STRETCHABLE = {w: cat for cat, ws in L["stretchable_words"].items() for w in ws}


@rule("stretched_day", r"(?<![\w'’])(?P<w>(?i:%s))(?![\w'’])" % "|".join(
          re.escape(w[:-1]) + "(?:%s){2,6}" % re.escape(w[-1]) for w in sorted(_STRETCHABLE, key=len, reverse=True)), 17,
      triggers="deictic weekday",
      examples=[("2025-03-12", "see u tomorrowww!!", "tomorrowww", "2025-03-13"),
                ("2025-03-12", "TONIGHTTT 🎉", "TONIGHTTT", "2025-03-12TNI")])
def _stretched_day(m, text):
    low = m["w"].lower()
    w = next((x for x in _STRETCHABLE if low.startswith(x[:-1]) and set(low[len(x) - 1:]) == {x[-1]}), None)
    if w is None:
        return None
    if _STRETCHABLE[w] == "weekday":
        return M(m, "stretched_day", "weekday", weekday=weekday_num(w), rel="", pod="", mod="", possessive=False, lower=True,
                 list_head=False, answer=False)
    return M(m, "stretched_day", "deictic_day", offset=L["deictic_days"][w], pod="NI" if w in L["night_words"] else "", word=w, mod="")


# (informal6) "first thing tomorrow", "Thursday first thing", "first thing on Monday morning": the
# start of that day's morning, one TIME
_FIRST_THING_DAY = r"(?:(?P<%s>(?i:{deictic_days}))|(?P<%s>%s|(?i:{short_weekdays})))" 


@rule("first_thing", r"(?:%s\s+(?i:first\s+thing)(?:\s+(?i:in\s+the\s+morning))?|(?i:first\s+thing)\s+(?:(?i:on)\s+)?%s(?:\s+(?i:morning))?)(?![\w'’])"
      % (_FIRST_THING_DAY % ("dw1", "wd1", WEEKDAY), _FIRST_THING_DAY % ("dw2", "wd2", WEEKDAY)), 27,
      triggers="deictic weekday", requires="first_thing_words",
      examples=[("2025-06-26", "can we say first thing tomorrow?", "first thing tomorrow", "2025-06-27TMO"),
                ("2025-06-02", "building control are coming out Thursday first thing", "Thursday first thing", "2025-06-05TMO")])
def _first_thing(m, text):
    wd = m["wd1"] or m["wd2"]
    if wd:
        return M(m, "first_thing", "weekday", weekday=any_weekday_num(wd), rel="", pod="MO", mod="", possessive=False, plan=True)
    w = " ".join((m["dw1"] or m["dw2"]).lower().split())
    if w in L["night_words"]:
        return None
    return M(m, "first_thing", "deictic_day", offset=L["deictic_days"][w], pod="MO", word=w, mod="")


# "by EOD", "EOD thursday", "COB Friday": the end of the (working) day, of today or the day named
@rule("end_of_day", r"(?P<w>EOD|eod|COB)(?:\s+(?:(?P<dw>(?i:{deictic_days}))|(?P<wd>%s|(?i:{short_weekdays}))))?(?![\w'’])" % WEEKDAY, 18,
      triggers="deictic", requires="end_of_day_words",
      examples=[("2025-06-09", "i'll update the invite by EOD", "EOD", "2025-06-09"),
                ("2025-06-09", "need the numbers EOD thursday pls", "EOD thursday", "2025-06-12")])
def _end_of_day(m, text, name="end_of_day"):
    if m["wd"]:
        n = any_weekday_num(m["wd"])
        return M(m, name, "weekday", weekday=n, rel="", pod="", mod="END", possessive=False, plan=True)
    w = " ".join((m["dw"] or "today").lower().split())
    return M(m, name, "deictic_day", offset=L["deictic_days"][w], pod="", word=w, mod="END")


# (deadlines27) the day before EOD/COB: "by Friday EOD", "tmrw COB", "mon eod?": one DATE, that day's end (as
# "EOD Friday"); before, the day and "EOD" were two, "EOD" read as today's and "Monday EOD" as the Monday gone.
# Upper-case "COB" only ("a cob" is bread); not after "every"/"each" (a habit's, no one day). Bound: the day word
# and one run of spaces; the look-behind reads at most 8 characters.
_EVERY_BEFORE = re.compile(r"(?i)(?<![\w'’])(?:every|each)[ \t]+$")


@rule("day_end_of_day", r"(?<![\w'’-])(?:(?P<dw>(?i:{deictic_days}))|(?P<wd>%s|(?i:{short_weekdays})))[ \t]+(?P<w>EOD|eod|Eod|COB)(?![\w'’])" % WEEKDAY, 19,
      triggers="deictic weekday", requires="end_of_day_words",
      examples=[("2025-06-04", "need this by Friday EOD pls", "Friday EOD", "2025-06-06"),
                ("2025-06-04", "can u get it to me tmrw COB", "tmrw COB", "2025-06-05"),
                ("2025-06-06", "Monday EOD at the latest", "Monday EOD", "2025-06-09")])
def _day_end_of_day(m, text):
    if _EVERY_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return None
    return _end_of_day(m, text, "day_end_of_day")


# (informal6) "by end of play", "close of play tomorrow", "EOP": the end of the working day, as EOD (not
# "the close of business Thursday": news annotates the day alone)
@rule("end_of_play", r"(?P<w>(?i:(?:the\s+)?(?:end|close)\s+of\s+play)|EOP|eop)(?:\s+(?:(?P<dw>(?i:{deictic_days}))|(?P<wd>%s|(?i:{short_weekdays}))))?(?![\w'’])" % WEEKDAY, 18,
      triggers="close",
      examples=[("2025-06-26", "can I have the deck by end of play?", "end of play", "2025-06-26"),
                ("2025-06-26", "contracts back by close of play Friday", "close of play Friday", "2025-06-27")])
def _end_of_play(m, text):
    return _end_of_day(m, text, "end_of_play")



# (logs, fifteenth session) a log's or a diary's day count: "Day 47", "Day 3: doses on time", "by day 4 of
# the rash". A DATE only where the text dated the count's day one before it ("Day 1 = Mon 10 Nov 2025",
# "Started Thu 11 Jun", "Quit date: 23 Aug 2026": Discourse.count_start); else nothing (resolve._log_day),
# as "Day 3 of my no-sugar challenge" was never tagged. Not a plan's "Wk 3 Day 2" (a plan's day may be a
# session), not "Boxing Day 26 Dec", not "Day 212 of Year 3" (a game's calendar)
@rule("log_day", r"(?P<t>(?i:{day_count_words}))[ \t]{1,2}(?P<n>[1-9]\d{0,2})(?![\w'’%]|[.,:/]\d)", 20,
      triggers="unit", trail=(r"[ \t]{1,2}[1-9]", 3),
      reject_before=(r"(?i:(?<![\w'’])(?:{day_count_not_before})[ \t]*\d*[ \t.,:/-]*)$", 16),
      reject_after=(r"[ \t]+(?:%s|(?i:of[ \t]+(?:year|season|the[ \t]+year)))" % MONTH, 20),
      examples=[("2026-06-15", "Started Thu 11 Jun.\nDay 3: all doses on time.", "Day 3", "2026-06-13"),
                ("2026-03-01", "Day 1 = Mon 10 Nov 2025.\n\nDay 100 – 8k easy.", "Day 100", "2026-02-17")])
def _log_day(m, text):
    return M(m, "log_day", "log_day", n=int(m["n"]))


# (logs, fifteenth session) a length in hours and minutes written short, as training, game and sleep logs
# write it: "a 3h20m session", "took 1h 45m", "moving time 1h05m", "run time 2hr 10min", "12h 5m": one
# DURATION (as "2 hrs 30 mins" is). The minutes' unit must be written ("7h30" is a clock time in French and
# in timetables; "3h 20" may be a score)
# (speed32) its trigger words are the words of its units that are unit or post_age words, the categories it read
# ("hr", "hrs", "min", "mins" apart, "h", "hr", "hrs", "m", "min", "mins" glued to a number: category "hm_unit"):
# each is a token of its own in a match (a blank or a digit before it, a blank or a digit after the hours' unit);
# it ran around every unit and post_age word ("hours", "week"...), 0.076 window characters per character of the
# news sample. "3 h 20 m" holds none of them: it was found only within 16 characters of another unit or post_age
# word ("3 h 20 m for weeks"), and is not now (tests/test_rule_leads.py)
@rule("compact_hm", r"(?P<h>\d{1,3})[ \t]?(?:h|hr|hrs)[ \t]?(?P<m>[0-5]?\d)[ \t]?(?:m|min|mins)(?![\w'’])", 27,
      triggers="hm_unit", lead=(r"\d[ \t]?", 2), trail=(r"[ \t]?\d", 2),
      examples=[("2026-01-04", "a 3h20m session, no clears", "3h20m", "PT3H20M"),
                ("2025-06-04", "took 1h 45m in the end", "1h 45m", "PT1H45M")])
def _compact_hm(m, text):
    h, mi = int(m["h"]), int(m["m"])
    if h == 0 and mi == 0:
        return None
    value = "PT" + (f"{h}H" if h else "") + (f"{mi}M" if mi else "")
    return M(m, "compact_hm", "fixed", type="DURATION", value=value,
             note=f"a length in hours and minutes written short: {value} (rule compact_hm)")


# (fresh17) a length in hours with its minutes said bare after it, as people say a flight, a shift or a drive:
# "that's 10 hours 40", "the flight is 2 hours 15 each way", "took an hour 20", "3 hrs 45 door to door": one
# DURATION, as "2 hours 15 minutes" is (was the hours alone). The minutes are two digits (10-59, or 01-09 as a
# clock writes them) and no unit, count or clock word follows them ("2 hours 15 times a week", "24 hours 7 days a
# week", "2 hrs 30 people", "3 hours 45 miles" stay as they were).
# (durations33, §119) the hours' word glued to its count or to the minutes, as logs and chat write it: "2hr40", "2hr 10",
# "1hrs 45" (the fresh gold's "takes 2hr40", "longest one 2hr 10"): a blank or none on each side of "hr"/"hrs"/"hours"
# after digits (one blank at most: a lead and a trail of bounded width); "a"/"an"/"one" keep their blank
@rule("hours_bare_minutes", r"(?:(?P<h>(?i:an|a|one))[ \t]+|(?P<hd>\d{1,2})[ \t]?)(?i:{bare_minutes_hour_words})[ \t]?(?P<m>[1-5]\d|0[1-9])"
      r"(?![\w'’%%]|[.,:/-]\d|[ \t]*(?:%s|(?i:{bare_minutes_not_before}))(?![\w'’]))" % TIME_UNIT, 27,
      triggers="unit", lead=(r"(?:(?i:an|a|one)[ \t]+|\d[ \t]?)", 4), trail=(r"[ \t]?\d", 2),
      examples=[("2025-08-22", "I land at 23:50 and report at 10:30, that's 10 hours 40 including getting home", "10 hours 40", "PT10H40M"),
                ("2025-06-04", "the flight is 2 hours 15 each way", "2 hours 15", "PT2H15M"),
                ("2025-06-04", "it took an hour 20 in the end", "an hour 20", "PT1H20M"),
                ("2025-06-04", "the drive takes 2hr40 each way", "2hr40", "PT2H40M"),
                ("2025-06-04", "longest one 2hr 10", "2hr 10", "PT2H10M")])
def _hours_bare_minutes(m, text):
    h = int(m["hd"]) if m["hd"] else 1
    mi = int(m["m"])
    value = "PT" + (f"{h}H" if h else "") + f"{mi}M"
    return M(m, "hours_bare_minutes", "fixed", type="DURATION", value=value,
             note=f"a length in hours with its minutes said bare after it: {value} (rule hours_bare_minutes)")


# (durations33, §119) "2h30", "1h45" with no minutes' unit is a clock time in French and in timetables ("7h30", rule
# h_clock's reading), a length only after a word that asks for one (lexicon `h_length_cues`: "took", "takes", "in", a
# hedge, "a" before a noun; not "for": "booked for 7h30" is a clock: "we did it in 2h30", "a 1h45 drive"). Bounded: the cue read in the 16 characters
# before the count (the lead); the match is two to four digits and an "h"
@rule("h_bare_minutes", r"(?P<h>\d{1,2})[hH](?P<m>[0-5]\d)(?![\w'’%]|[.,:/-]\d)", 27,
      triggers="hm_unit", lead=(r"(?<![\w'’])(?i:{h_length_cues})[ \t]{1,2}", 16), trail=(r"[0-5]", 1),
      examples=[("2025-06-04", "we did it in 2h30 with stops", "2h30", "PT2H30M"),
                ("2025-06-04", "a 1h45 drive, not bad", "1h45", "PT1H45M")])
def _h_bare_minutes(m, text):
    if not _H_LENGTH_CUE.search(text, max(0, m.start() - 16), m.start()):
        return None
    h, mi = int(m["h"]), int(m["m"])
    if h == 0:
        return None
    value = f"PT{h}H{mi}M" if mi else f"PT{h}H"
    return M(m, "h_bare_minutes", "fixed", type="DURATION", value=value,
             note=f"a length in hours with its minutes glued after an h: {value} (rule h_bare_minutes)")


_H_LENGTH_CUE = _re(r"(?<![\w'’])(?i:{h_length_cues})[ \t]{1,2}\Z")


# (fresh16, eighteenth session) a length in minutes and seconds written short, as race results, lap and call
# logs write it: "winning time 4m 58s", "lap 1m 32s", "12m05s", "2h 3m 10s": one DURATION. The seconds' unit must
# be written ("2m 4f" is a race's distance in miles and furlongs, "4m 58" a score or a price)
@rule("compact_ms", r"(?:(?P<h>\d{1,3})[ \t]?(?:h|hr|hrs)[ \t]?)?(?P<m>\d{1,3})[ \t]?(?:m|min|mins)[ \t]?(?P<s>[0-5]?\d)[ \t]?(?:s|sec|secs)(?![\w'’])", 28,
      triggers="post_age", lead=(r"\d[ \t]?", 2), trail=(r"[ \t]?\d", 2),
      examples=[("2026-03-11", "Winning time 4m 58s, two seconds off the record", "4m 58s", "PT4M58S"),
                ("2025-06-04", "fastest lap 1m32s on the last lap", "1m32s", "PT1M32S"),
                ("2025-06-04", "finished in 2h 3m 10s", "2h 3m 10s", "PT2H3M10S")])
def _compact_ms(m, text):
    h, mi, sec = int(m["h"] or 0), int(m["m"]), int(m["s"])
    if h == 0 and mi == 0 and sec == 0:
        return None
    value = "PT" + (f"{h}H" if h else "") + (f"{mi}M" if mi else "") + (f"{sec}S" if sec else "")
    return M(m, "compact_ms", "fixed", type="DURATION", value=value,
             note=f"a length in minutes and seconds written short: {value} (rule compact_ms)")


# ---- expressions not found at all (seventeenth session, recall2) ---------------------------------
# Classes of informal time expressions the tagger left untouched (informal15-threads A and the readable
# A halves), each a construction of English tested as a grid in tests/test_informal_grid_recall2.py.

# "two sundays ago", "a couple of fridays ago", "3 saturdays ago": the n-th last such weekday (the last
# one counted as the first), a DATE; not "for two sundays" (no "ago": a count of days)
@rule("weekdays_ago", r"(?P<n>(?i:{weekdays_ago_counts})|[2-6])\s+(?P<wd>(?i:{plural_weekdays}))\s+(?i:ago|back)(?![\w'’])", 20,
      triggers="weekday unit",
      examples=[("2025-11-22", "won 40 quid two sundays ago on the corners", "two sundays ago", "2025-11-09"),
                ("2025-11-23", "met her a couple of fridays ago", "a couple of fridays ago", "2025-11-14")])
def _weekdays_ago(m, text):
    w = m["n"].lower()
    n = int(w) if w.isdigit() else L["weekdays_ago_counts"].get(" ".join(w.split()))
    wd = L["plural_weekdays"].get(m["wd"].lower())
    if not n or not isinstance(wd, int):
        return None
    return M(m, "weekdays_ago", "weekday", weekday=wd, rel="last", pod="", mod="", possessive=False,
             weeks_after=-(n - 1))


# "the wknd before", "the wk after", "the wkend b4": the weekend (week) before or after the date just told,
# as "the weekend before" (rule day_before_after) with the unit written short
@rule("short_unit_before_after", r"(?i:the\s+(?P<what>wknd|wkend|wk)\s+(?P<dir>before|after|b4))(?=\s*(?:[,.;)!?\n]|$)|\s+(?:that|and|when|{day_before_followers})\b)",
      20, triggers="unit",
      examples=[("2023-03-07", "party is sat 18th. we're away the wknd before so might be tired", "the wknd before", "2023-W10-WE"),
                ("2026-06-04", "stanage sat 6th. next trip is the wknd after if anyone's keen", "the wknd after", "2026-W24-WE")])
def _short_unit_before_after(m, text):
    what = "weekend" if m["what"].lower() in ("wknd", "wkend") else "week"
    d = m["dir"].lower()
    return M(m, "short_unit_before_after", "anaphor", unit=what,
             offset=L["offset_directions"]["before" if d == "b4" else d][0], pod="", mod="")


# "2x/week", "3x a week", "2x per month", "3x daily", "4x wk": a count in a period is a SET of the period
# (as "twice a week", P1W); not "2x4" (timber), "3x/4" (no unit), "x2"
_X_PER = r"[ \t]?[xX](?:[ \t]{0,3}/[ \t]{0,3}|[ \t]{1,3}(?:(?i:a|an|per|each|every)[ \t]{1,3})?)"


# (speed32) "(?<![\w])" before the unit says what _X_PER always ends in (a blank or "/"): nothing changes in what
# matches, but reach.py now reads the unit as a whole word ("week", not "weeks") and the lead narrows each of them
# (0.021 -> 0.000 window characters per character of the news sample)
@rule("x_per_unit", r"(?<![\w.,/£$€-])(?P<n>[1-9]\d?)%s(?<![\w])(?P<u>(?i:{x_per_units}))(?![\w'’/-])" % _X_PER,
      24, triggers="set unit", lead=(r"\d" + _X_PER, 24),
      examples=[("2026-06-04", "ive been training 2x/week since march", "2x/week", "P1W"),
                ("2025-04-16", "i'll water 3x a week till mid may", "3x a week", "P1W"),
                ("2026-06-13", "Amoxicillin 3x daily for 7 days", "3x daily", "P1D")])
def _x_per_unit(m, text):
    u = L["x_per_units"][m["u"].lower()]
    return M(m, "x_per_unit", "fixed", type="SET", value=f"P1{u}")


# "the 10:09 from Santa Apolónia", "the 6:40 from there", "the 7.15 to Leeds": a clock time after "the"
# naming a departure, a time of the day the talk is about (as "the 7.45 train"); the place after it is
# a capitalised name or a place word, so that "the 2.30 to 3.30 slot" and numbers are not read here
@rule("departure_time", r"(?i:the)\s+(?P<t>(?<![\d.:$£€,])(?P<h>[01]?\d|2[0-3])[.:](?P<mi>[0-5]\d))\s+(?=(?i:from|to|into|out\s+of)\s+(?:[A-Z][a-z]|(?i:{departure_place_words})(?![\w'’])))",
      24, triggers="colon dot",
      examples=[("2026-02-12", "Sat 14th – train to Porto, the 10:09 from Santa Apolónia", "10:09", "2026-02-14T10:09")])
def _departure_time(m, text):
    h, mi = int(m["h"]), int(m["mi"])
    if h >= 13 or m["h"].startswith("0"):
        return M(m, "departure_time", "time", group="t", hour=h, minute=mi, dref=None)
    if h < _PM_BELOW or _EVENING.search(text, max(0, m.start() - 40), min(len(text), m.end() + 40)):
        h = h + 12 if h < 12 else h
    return M(m, "departure_time", "time", group="t", hour=h, minute=mi, dref=None, h12=h < 12, loose=True)


# (left18) "kick off at 3.30", "Big race off at 3.30", "last orders 10.45": a dotted clock time after the word of an
# event's start and "at" (without it, "KO 10.30", rule noun_then_time's) or after its last call, and "off at" (a start or
# a leaving), is a time outside a story too (rule clock24 keeps a
# bare "at 3.30" to stories: "shares closed at 4.15"); not a price or a count ("20% off at 3.30", "£3.30"), not a
# version or a decimal ("3.30.1", "3.305"). An hour below 12 of last orders is the evening's; a start's as noun_then_time
_START_DOTTED_MONEY_BEFORE = re.compile(r"[\d%£$€¥p][ \t]*$")


@rule("start_dotted", r"(?:(?P<n>(?i:kick[ \t-]?off|ko|tip[ \t-]?off))(?:[ \t]*:)?[ \t]+(?:(?i:is|'s|’s)[ \t]+)?(?:(?P<at>(?i:at|@))[ \t]*)?"
      r"|(?P<lo>(?i:last[ \t]+orders))(?:[ \t]*:)?[ \t]+(?:(?i:is|are)[ \t]+)?(?:(?i:at|@)[ \t]*)?"
      r"|(?P<off>(?i:off))[ \t]+(?i:at|@)[ \t]*)"
      r"(?P<t>(?<![\d.:$£€,])(?P<h>[01]?\d|2[0-3])\.(?P<mi>[0-5]\d))(?![\w:%%/'’-]|[.,]\d|[ \t]*(?:%s|and\b|&|or\b))" % AMPM,
      24, triggers="dot",
      examples=[("2026-03-07", "Big race off at 3.30, get your bets on", "3.30", "2026-03-07T15:30"),
                ("2026-03-07", "last orders 10.45 tonight", "10.45", "2026-03-07T22:45")])
def _start_dotted(m, text):
    h, mi = int(m["h"]), int(m["mi"])
    if m["n"] and not m["at"] and h <= 12:
        return None   # "KO 10.30", "Kick-off: 7.45": rule noun_then_time's (here "KO 20.00", "kick off at 7.45")
    if (m["off"] or (m["n"] or "").lower() == "ko") and (_START_DOTTED_MONEY_BEFORE.search(text, max(0, m.start() - 4), m.start())
                                              or _BARE_MONEY.search(text, max(0, m.start() - 40), m.start())):
        return None   # "20% off at 3.30", "shares were off at 3.30": a price or a count
    if h >= 13 or m["h"].startswith("0"):
        return M(m, "start_dotted", "time", group="t", hour=h, minute=mi, dref=None)
    if m["lo"] or h < _PM_BELOW or _EVENING.search(text, max(0, m.start() - 40), min(len(text), m.end() + 40)):
        h = h + 12 if h < 12 else h
    return M(m, "start_dotted", "time", group="t", hour=h, minute=mi, dref=None, h12=h < 12, loose=True)


# "1pm til 3", "10am-2", "11.30am till 1": the end of a range of hours written bare takes the half of the
# day after its start ("10am-2" ends at 14:00); an end before a start in the evening (a night, "10pm-2")
# is left alone; not a count after it ("2pm - 3 people"), nor a range whose end has its own am/pm
_RANGE_END_NOT_AFTER = _re(r"(?i)[ \t]*(?:{counted_nouns}|{percent_words}|{range_result_words})(?![\w'’])")


def _range_end_hour(a: int, h2: int) -> int:
    """The hour (0-23) of a range's bare end "h2" (1-12): the first such hour after the start "a" (0-23)
    ("10 till 2" ends at 14, "1 till 9.30" at 21, "10-12" at noon); 24 or more where none is that day."""
    b = h2 % 12
    return b if b > a else b + 12 if b + 12 > a else b + 24


@rule("hour_range_end", r"(?<![\w.:$£€,/-])(?P<h1>1[0-2]|0?[1-9])(?:[:.](?P<mi1>[0-5]\d))?[ \t]?(?P<ap>%s)[ \t]*(?:[-–]|(?i:to|till|til|until)(?![\w'’]))[ \t]*"
      r"(?P<t>(?P<h2>1[0-2]|0?[1-9])(?:[:.](?P<mi2>[0-5]\d))?)(?![\w:%%/]|[.,]\d|[ \t]*(?:%s|[-–/]))" % (AMPM, AMPM), 24,
      triggers="ampm",
      examples=[("2023-03-07", "Leo's party is sat 18th, 1pm til 3 at the soft play", "3", "2023-03-18T15:00"),
                ("2025-06-04", "car boot sun 10am-2, £5 a pitch", "2", "2025-06-08T14:00")])
def _hour_range_end(m, text):
    if _RANGE_END_NOT_AFTER.match(text, m.end()):
        return None
    h1, h2 = int(m["h1"]) % 12, int(m["h2"])
    pm = m["ap"][0].lower() == "p"
    a = h1 + (12 if pm else 0)
    b = _range_end_hour(a, h2)
    if not a < b <= a + 12:
        return None
    return M(m, "hour_range_end", "time", group="t", hour=b, minute=int(m["mi2"] or 0), dref=None)


# "Saturday, 10-4", "this Sat, 10-12", "Sat 7th 10-12", "sun 10 till 2", "Sunday 25th 10 till 4": a range
# of bare hours right after its day: the two ends, times of that day (as an opening's or a session's
# hours are read: an hour below 7 is an afternoon one, a later end past its start); "H-H" with a dash
# only from a morning start (a score is "Saturday 3-1", "sat 2-2"), and not before a result word
# ("Saturday 10-1 win")
_DAY_RANGE_END = r"(?![\w:%/]|[.,]\d|[ \t]*(?:" + AMPM + r"|[-–/]\d))"


# (hourranges29, §99) and after a rota's "THU 19th" a shift's early start of 5 or 6 ending below it ("THU 19th 6-2":
# 06:00-14:00; the day of the month says rota, where after a bare weekday "sat 6-2" is a score as often); after a short
# clause that settles the day and a comma (lexicon day_range_settled: "sat is on, 11-4", "Saturday's fine, 10-3",
# "that's Monday week, 10-5"); after a holiday ("Boxing Day 10-4", "bonfire night, 4 till 11"); a start of 7 or 8 the
# evening's with a word of the evening or an evening activity on its line ("dress rehearsal tomorrow, 7 till 10").
# Bounded: the day, a day of the month, one settling phrase of at most three words, a comma, the range (< 64 chars).
@rule("day_hour_range", r"(?:%s|(?i:{short_weekdays})|(?<![\w'’])(?P<rd>(?i:{range_days}))(?![\w'’])|(?P<hol>%s))(?P<nth>[ \t]+(?:(?i:the)[ \t]+)?[0-3]?\d(?:{ordinal_suffixes:cs}))?"
      # ((dayrange30) a short label in brackets between the day of the month and the range: "Mon 30th (bank hol) 4-10")
      r"(?P<lab>(?<=[a-z])[ \t]*\([A-Za-z][A-Za-z .'’-]{0,15}\))?"
      r"(?:(?:[ \t]+|(?=['’]))(?P<set>(?i:{day_range_settled}))(?![\w'’])[ \t]*,|,)?[ \t]+"
      r"(?:(?P<btw>(?i:{day_range_between}))[ \t]+)?(?P<a>(?<![\d.:$£€,])(?P<h1>1[0-2]|0?[1-9])(?:[:.](?P<mi1>[0-5]\d))?)[ \t]*(?P<j>[-–]|(?i:till|til|until|to)(?![\w'’]))[ \t]*"
      r"(?P<b>(?P<h2>1[0-2]|0?[1-9])(?:[:.](?P<mi2>[0-5]\d))?)" % (WEEKDAY, HOLIDAY) + _DAY_RANGE_END +
      # (hourranges29) a rota line's second shift after the first one's name: "SAT 21st 5-1 Ciara / 11-9 Dev"
      r"(?:[ \t]+[A-Za-z'’-]{1,16}(?:[ \t]+[A-Za-z'’-]{1,16})?[ \t]*[/&|][ \t]*(?P<c>(?P<h3>1[0-2]|0?[1-9])(?:[:.](?P<mi3>[0-5]\d))?)[ \t]*[-–][ \t]*"
      r"(?P<d>(?P<h4>1[0-2]|0?[1-9])(?:[:.](?P<mi4>[0-5]\d))?)" + _DAY_RANGE_END + ")?", 24,
      # (hourranges29: up to three words after the trigger word, a holiday's second word or a settling phrase, then a
      # comma or the range's first digit; 48 characters)
      # and the range's first end and its joiner, so that a weekday with words after it and no range costs no window;
      # (the lead, thirty-eighth session) "between"/"from" after the day of the month too: "Thursday 9th from 10 till 4")
      triggers="weekday deictic holiday", trail=(r"(?:['’]s|\.)?(?:[ \t]*[A-Za-z'’]{1,12}){0,3}[ \t]*,?[ \t]+(?:(?i:the|{day_range_between})[ \t]+)?"
                                                 r"(?:[0-3]?\d(?:{ordinal_suffixes:cs})(?:[ \t]*\([A-Za-z][A-Za-z .'’-]{0,15}\))?(?:(?:[ \t]*[A-Za-z'’]{1,12}){0,3}[ \t]*,)?[ \t]+(?:(?i:{day_range_between})[ \t]+)?)?(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?[ \t]*(?:[-–]|(?i:till|til|until|to)(?![\w'’]))", 64),
      examples=[("2025-04-16", "Open as usual on Saturday, 10-4.", "10", "2025-04-19T10:00"),
                ("2025-04-16", "Open as usual on Saturday, 10-4.", "4", "2025-04-19T16:00"),
                ("2026-01-02", "Viewings this Sat, 10-12, or Tues after 6pm.", "10", "2026-01-03T10:00"),
                ("2026-01-20", "Moving sale: Sunday 25th 10 till 2.", "10", "2026-01-25T10:00")])
def _day_hour_range(m, text):
    if _RANGE_END_NOT_AFTER.match(text, m.end()):
        return None
    h1, h2 = int(m["h1"]), int(m["h2"])
    dash = m["j"] in "-–"
    # (hourranges29) a start of 7 or 8 before a later end: the evening's where the range's line says so
    eve = _PM_BELOW <= h1 < _PM_BELOW + 2 and h2 > h1 and not m["mi1"] and _line_half(text, m.start(), m.end()) == "pm"
    if m["set"] and m["set"][0] in "'’" and text[m.start():m.start("set")].lower() in _SETTLED_NOT_S:
        return None   # (hourranges29) "sun's fine, 2-6": the sun's
    if m["rd"] and not dash and m["j"].lower() != "to" and not eve:
        return None   # (hours24) "tmrw 2 till 4": rule till_range_start's reading (the same values)
    if dash and m["set"] and " ".join(m["set"].lower().split()) in _SETTLED_ALSO and h1 < _PM_BELOW:
        return None   # ((hours43, §228) "we lost Saturday too, 2-4": a score; "too" settles a range of "to"/"till" only)
    early = dash and m["nth"] and h1 in _ROTA_EARLY_STARTS and h2 < h1 and not m["mi1"]
    if m["lab"] and not m["nth"]:
        return None   # (dayrange30) a label in brackets only after a day of the month
    # (dayrange30, §103) "Sun 29th 3-10", "Mon 30th (bank hol) 4-10": on a dated line an afternoon start and an end of the
    # evening, three hours on or more, a late shift's or a late opening's (a score is small and close: "Sat 25th 2-4")
    late = dash and m["nth"] and not m["mi1"] and h1 < _PM_BELOW and _PM_BELOW <= h2 < 12 and h2 - h1 >= _DATED_LATE_MIN \
        and not m["set"] and not m["btw"] and _DATED_LATE_TAIL.match(text, m.end())
    if dash and not (h1 >= _PM_BELOW or m["mi1"] or early or late or (m["btw"] or m["set"] or m["hol"]) and h2 > h1):
        return None    # "Saturday 3-1": a score ((hours24) "friday between 2-4" a range: "between" says so)
    if early:
        out = _day_range_times(m, "day_hour_range", h1, h2, am=True)   # (hourranges29) "THU 19th 6-2": 06:00-14:00
    else:
        out = _day_range_times(m, "day_hour_range", h1 + 12 if eve else h1, h2)
    if out and m["c"] and m["nth"] and not _RANGE_END_NOT_AFTER.match(text, m.end()):
        out += _rota_second_shift(m)
    if out and m["lab"]:
        for x in out:
            x.data["day_at"] = m.start()   # (dayrange30) the dated day's, not a holiday's in the label ("(bank hol)")
    return out


def _rota_second_shift(m):
    """(hourranges29) a rota line's second shift ("5-1 Ciara / 11-9 Dev"): read as its first one is."""
    h3, h4 = int(m["h3"]), int(m["h4"])
    early = h3 in _ROTA_EARLY_STARTS and h4 < h3 and not m["mi3"]
    if not (h3 >= _PM_BELOW or m["mi3"] or early or h4 > h3):
        return []
    a = h3 + 12 if h3 < _PM_BELOW and not early else h3
    b = _range_end_hour(a, h4)
    if not a < b <= a + 14:
        return []
    return [M(m, "day_hour_range", "time", group="c", hour=a, minute=int(m["mi3"] or 0), dref=None),
            M(m, "day_hour_range", "time", group="d", hour=b, minute=int(m["mi4"] or 0), dref=None)]


_SETTLED_NOT_S = frozenset(w.lower() for w in L["day_range_settled_not_s"])
_SETTLED_ALSO = frozenset(w.lower() for w in L["day_range_settled_also"])   # (hours43, §228) "too", "also", "as well"
# (dayrange30) a dated line's afternoon range ends at least three hours on, then the line ends, a mark, a capitalised name
# (the rota's person) or a word of a shift or an opening (lexicon dated_range_followers): not a count's noun ("4-10 players")
_DATED_LATE_MIN = 3
_DATED_LATE_TAIL = _re(r"[ \t]*(?:\Z|[\n,.;:!?)(/|&+-]|[A-Z][a-z'’]*(?![\w'’])|(?i:{dated_range_followers})(?![\w'’]))")
# (hourranges29) a rota's early shift starts at 5 or 6 ("THU 19th 6-2", "SAT 21st 5-1"): the morning's, ending past noon
_ROTA_EARLY_STARTS = (5, 6)


def _line_half(text: str, start: int, end: int):
    """(hourranges29) "pm" where the line around text[start:end] (60 characters either side at most) has a word of the
    evening or an evening activity and none of the morning's, "am" the other way, else None."""
    lo = text.rfind("\n", max(0, start - 60), start) + 1 or max(0, start - 60)
    line = text[max(lo, start - 60):_line_end(text, end, end + 60)]
    eve = _EVENING.search(line) is not None or _EVENING_ACTIVITY.search(line) is not None
    morn = _MORNING_CLAUSE.search(line) is not None or _MORNING_ACTIVITY.search(line) is not None
    return None if eve == morn else "pm" if eve else "am"


def _day_range_times(m, name, h1, h2, am=False):
    """The two ends of a day's range of bare hours (rules day_hour_range, day_words_hour_range): an hour below 7 an
    afternoon one (the morning's with ``am``: a rota's early shift), the end after the start and at most 14 hours on;
    the day from the sentence (dref None)."""
    a = h1 + 12 if h1 < _PM_BELOW and not am else h1
    b = _range_end_hour(a, h2)
    if not a < b <= a + 14:
        return None
    return [M(m, name, "time", group="a", hour=a, minute=int(m["mi1"] or 0), dref=None),
            M(m, name, "time", group="b", hour=b, minute=int(m["mi2"] or 0), dref=None)]


# (ranges23) "Saturday we're fully booked 7-9", "Mon drop-in 10-1", "sat morning we're open 9-12", "Thursday the hall is
# free 2-4": the cued range of bare hours a few words after a day that opens its clause (`_CUED_RANGE_TAIL`), the two
# ends times of that day as rule day_hour_range reads them (an hour below 7 an afternoon one; the day's value, and so a
# past clause's day, comes from the sentence: dref None); a dash from an afternoon start too, the cue ruling out a score;
# not from 7 or 8, a morning's or an evening's start (a restaurant's "fully booked 7-9" is 19:00-21:00): left unread
@rule("day_words_hour_range", r"(?:%s|(?i:{short_weekdays}))(?:[ \t]+(?i:{informal_day_parts}|%s))?" % (WEEKDAY, POD) + _CUED_RANGE_TAIL, 24,
      triggers="weekday", requires="day_range_cues", lead=(r"(?:^|[\n.!?:])[^\S\n]{0,3}", 4),
      examples=[("2025-06-04", "Saturday we're fully booked 10-1", "1", "2025-06-07T13:00"),
                ("2025-06-04", "Thursday the hall is free 2-4", "2", "2025-06-05T14:00")])
def _day_words_hour_range(m, text):
    if not _TOPIC_OPENS.search(text, max(0, m.start() - 40), m.start()) or _RANGE_END_NOT_AFTER.match(text, m.end()):
        return None
    return _cued_range_times(m, text, "day_words_hour_range")


def _cued_range_times(m, text, rule_name):
    """The two ends of a cued range of bare hours beside its day (rules day_words_hour_range, range_before_day), or
    None: a score's shape, or a range from 7 or 8 whose half of the day its line does not tell."""
    h1, h2 = int(m["h1"]), int(m["h2"])
    if m["j"] in "-–" and h1 < _PM_BELOW and h2 <= h1:
        return None   # (hours24) "Monday we're free 3-1 lol what a game": a score's shape (an afternoon's range ends later)
    if _PM_BELOW <= h1 < _PM_BELOW + 2:
        # 7 or 8: a morning's or an evening's ("Saturday we're fully booked 7-9" is a restaurant's evening): told by
        # the words of the range's line (`_range_half`), else left unread
        half = _range_half(m, text, h1, h2)
        if half is None:
            return None
        if half == "pm":
            h1 += 12
    return _day_range_times(m, rule_name, h1, h2)


# (hours24) "court 3 is booked 10-11 Wednesday", "we're open 10-4 Saturday", "the hall is free 2-4 this Thursday", "closed
# 12-1 tues": a cued range of bare hours (lexicon day_range_cues right before it, as for rule day_words_hour_range) with its
# day right after it ("this" or "next" between at most); the two ends times of that day ("on" between is rule bare_hour's
# reading, "open 10-4 on Saturday"); a range from 7 or 8 read by the words of its line, else left unread (`_range_half`).
# Bounded: a cue word, the range, a blank and a day word; run only where a digit and a blank (and perhaps one word) stand
# right before the day (`lead`: 0.043 window characters per character of the news sample without it, 0.000 with it).
@rule("range_before_day", r"(?<![\w'’])(?P<cue>(?i:{day_range_cues}))[ \t]+"
      r"(?P<a>(?P<h1>1[0-2]|0?[1-9])(?:[:.](?P<mi1>[0-5]\d))?)[ \t]*(?P<j>[-–]|(?i:till|til|until|to)(?![\w'’]))[ \t]*"
      r"(?P<b>(?P<h2>1[0-2]|0?[1-9])(?:[:.](?P<mi2>[0-5]\d))?)[ \t]+(?:(?i:{weekday_relations})[ \t]+)?(?:%s|(?i:{short_weekdays})(?![\w'’]))"
      # not the first day of a span of days ("open 9-5 Mon-Fri", "9-5 Mon to Fri": rule office_hours, a habit)
      r"(?![ \t]*(?:[-–/&]|(?i:{range_to_words})(?![\w'’])))" % WEEKDAY, 24,
      triggers="weekday", requires="day_range_cues", lead=(r"\d[ \t]+(?:[A-Za-z]{2,12}[ \t]+)?", 20),
      examples=[("2025-04-22", "Raj: court 3 is booked 10-11 Wednesday for me and Neil", "11", "2025-04-23T11:00"),
                ("2025-06-04", "we're open 10-4 Saturday, cash only", "4", "2025-06-07T16:00")])
def _range_before_day(m, text):
    return _cued_range_times(m, text, "range_before_day")   # "free 3-1 Saturday" a score's shape, as after the day


# (ranges25) "12-3 sun", "10-2 sat", "market 12-3 sun", "Jo: 9.30-12 Tues at the hall": a range of bare hours with its day
# right after it and no cue word, written short as a notice or a chat's line has it: the range opens its line, a chat's
# "Name:" turn or a sentence, or follows at most two words of a label there ("market", "car boot"), not a word of a
# score, a count or an age (lexicon `bare_range_not_after`: "won", "lost", "ages", "need"); from a morning start or
# noon, or with minutes (a dash from an afternoon start is a score's shape: "3-1 sat"), the end after the start; the
# two ends times of that day, a range from 7 or 8 read by the words of its line (`_range_half`), else left unread.
# Bounded: a label of two words at most, the range, at most one word and a day word; run only where a digit and a
# blank stand right before the day (`lead`, as for rule range_before_day).
_BARE_RANGE_LABEL = _re(r"(?:^|(?<=[\n.!?:]))[ \t]*(?:(?P<w1>[A-Za-z'’&-]{1,16})[ \t]+(?:(?P<w2>[A-Za-z'’&-]{1,16})[ \t]+)?)?$")
_BARE_RANGE_NOT_AFTER = frozenset(w.lower() for w in L["bare_range_not_after"] + L["range_not_hour_before"])


@rule("bare_range_before_day", r"(?<![\w.:$£€,/'’-])(?P<a>(?P<h1>1[0-2]|0?[1-9])(?:[:.](?P<mi1>[0-5]\d))?)[ \t]*(?P<j>[-–])[ \t]*"
      # ((clocks27) "on" before the day as well: "11-4 on sat", "car boot 10-2 on Sunday")
      r"(?P<b>(?P<h2>1[0-2]|0?[1-9])(?:[:.](?P<mi2>[0-5]\d))?)[ \t]+(?:(?i:{weekday_relations}|{range_day_prepositions})[ \t]+)?(?:%s|(?i:{short_weekdays}))(?![\w'’])"
      r"(?![ \t]*(?:[-–/&]|(?i:{range_to_words})(?![\w'’])))" % WEEKDAY, 23,
      triggers="weekday", lead=(r"\d[ \t]+(?:[A-Za-z]{2,12}[ \t]+)?", 20),
      examples=[("2025-06-04", "12-3 sun", "12", "2025-06-08T12:00"),
                ("2025-06-04", "market 10-2 sat, cash only", "2", "2025-06-07T14:00"),
                ("2025-06-04", "market stall 11-4 on sat", "4", "2025-06-07T16:00")])
def _bare_range_before_day(m, text):
    return _labelled_range(m, text, _BARE_RANGE_LABEL, "bare_range_before_day")


def _labelled_range(m, text, label: re.Pattern, rule: str):
    """A range of bare hours before a day (rules bare_range_before_day, range_on_holiday): after a label ``label``
    finds (at most 40 characters back), no score's words, not a score's shape; its half of the day read as
    ``_range_half`` reads it."""
    lab = label.search(text, max(0, m.start() - 40), m.start())
    if lab is None or any(w and w.lower() in _BARE_RANGE_NOT_AFTER for w in (lab["w1"], lab["w2"])):
        return None
    if _SCORE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        return None   # ((clocks27) "@jo: odds were 9-4 on Monday", "the vote was 7-2 on Friday": lexicon score_nouns before it)
    h1, h2 = int(m["h1"]), int(m["h2"])
    if h1 < _PM_BELOW and not m["mi1"]:
        return None   # "lost 3-1 sat", "3-1 on Boxing Day": a score's shape
    if _PM_BELOW <= h1 < _PM_BELOW + 2:
        half = _range_half(m, text, h1, h2)
        if half is None:
            return None
        if half == "pm":
            h1 += 12
    return _day_range_times(m, rule, h1, h2)


# (dayrange30, docs/informal-time.md §103) "cafe 10-1.30 on Hogmanay", "Shop open 10-4 on Boxing Day", "9-1 on NYE": a range
# of bare hours with "on" and a holiday the tagger knows after it, read as rule bare_range_before_day reads "11-4 on sat" (the
# range opens its line or a clause after a comma, or follows at most two words of a label there; a morning start, noon or
# minutes: "3-1 on Boxing Day" is a match's score). Bounded: the range, "on", "the" and the holiday (< 48 characters); run only where a digit, "on" and
# perhaps "the" stand right before the holiday's word (`lead`).
_HOL_RANGE_LABEL = _re(r"(?:^|(?<=[\n.!?:,]))[ \t]*(?:(?P<w1>[A-Za-z'’&-]{1,16})[ \t]+(?:(?P<w2>[A-Za-z'’&-]{1,16})[ \t]+)?)?$")


@rule("range_on_holiday", r"(?<![\w.:$£€,/'’-])(?P<a>(?P<h1>1[0-2]|0?[1-9])(?:[:.](?P<mi1>[0-5]\d))?)[ \t]*(?P<j>[-–])[ \t]*"
      r"(?P<b>(?P<h2>1[0-2]|0?[1-9])(?:[:.](?P<mi2>[0-5]\d))?)[ \t]+(?i:{range_day_prepositions})[ \t]+(?:(?i:the)[ \t]+)?(?:%s)(?![\w'’])" % HOLIDAY, 23,
      triggers="holiday", lead=(r"\d[ \t]+(?i:{range_day_prepositions})[ \t]+(?:(?i:the)[ \t]+)?", 12),
      examples=[("2025-10-20", "cafe 10-1.30 on Hogmanay", "1.30", "2025-12-31T13:30"),
                ("2025-10-20", "Shop open 10-4 on Boxing Day, cash only", "10", "2025-12-26T10:00")])
def _range_on_holiday(m, text):
    # (the label's clause may open after a comma too: a reply's "Hi Morag, cafe 10-1.30 on Hogmanay"; the holiday after
    # the range says hours, and a score's words before it still leave it: lexicon bare_range_not_after)
    return _labelled_range(m, text, _HOL_RANGE_LABEL, "range_on_holiday")


# (hours24) the half of the day of a range from 7 or 8 after a day, from the words of its line (the day's own line, read
# from the day to the line's end, at most 60 characters past the range): a word of the evening ("tonight", "dinner",
# "pub", "quiz", lexicon evening_words) and none of the morning's -> "pm"; a word of the morning ("breakfast", "school
# run", morning_clause_words) and none of the evening's -> "am"; neither, after a word of opening hours or a shift
# (lexicon day_range_daytime_cues) and ending on a smaller number ("open 8-5", "working 7-3"), a day's hours -> "am"
# (an end past noon); else None, unread ("Saturday we're fully booked 7-9", "Friday I'm free 8-10": either half)
def _range_half(m, text: str, h1: int, h2: int):
    line = text[m.start():_line_end(text, m.end(), m.end() + 60)]
    # ((ranges25) the activity counts as a word of its half: "Tuesday choir 7-9", "Saturday parkrun 8-9")
    eve = _EVENING.search(line) is not None or _EVENING_ACTIVITY.search(line) is not None
    morn = _MORNING_CLAUSE.search(line) is not None or _MORNING_ACTIVITY.search(line) is not None
    if eve != morn:
        return "pm" if eve else "am"
    cue = m.groupdict().get("cue")   # (rule bare_range_before_day has no cue word before its range)
    if not eve and cue is not None and _DAYTIME_CUE.fullmatch(cue) and h2 % 12 < h1:
        return "am"
    return None


_DAYTIME_CUE = _re(r"(?i:{day_range_daytime_cues})")
# (dayhalf29) a theatre's week of rehearsals, a late shift, before a range on its line (lexicon talk_evening_cues; 40 characters)
_TALK_EVENING = _re(r"(?i)(?<![\w'’])(?:{talk_evening_cues})(?![\w'’])")
# (ranges25) an activity of the evening ("choir", "training", "quiz", "cubs", "book club") or of the morning ("breakfast
# club", "parkrun", "the shop opens", "an early start"): lexicon classes, read for the half of an hour said without am/pm
_EVENING_ACTIVITY = _re(r"(?i)(?<![\w'’])(?:{evening_activity_words})(?![\w'’])")
_MORNING_ACTIVITY = _re(r"(?i)(?<![\w'’])(?:{morning_activity_words})(?![\w'’])")
# (ranges25) an early start named on the line of a clock time in words below 7 ("earliest start ive known. half 6 would be
# fine"); only there: near a later hour it is a reason to be home early ("home by 11 latest tho, early start tomorrow", 23:00)
_EARLY_START = _re(r"(?i)(?<![\w'’])(?:{early_start_words})(?![\w'’])")


# "12 till 5", "10 till 2", "7 till 10.30", "6.30 til 8": the start of a range of bare hours joined by
# "till"/"until" (the end is bare_hour's, after "till"): an hour below 7 an afternoon one; not after a
# word that makes the numbers a count ("years 7 till 11", "pages 10 till 20", "aged 5 till 11")
# the day the range is of, told right before it on its line ("Saturday 21st June, 12 till 5", "late sat (1 till 9.30)")
_TILL_DAY_BEFORE = _re(r"(?:%s|(?<![\w'’])(?i:Mon|Tues?|Weds?|Thu|Thurs?|Fri|Sat|Sun)(?![\w'’])|(?i:{deictic_days})(?![\w'’])|%s|(?<![\w.,])[0-3]?\d(?:{ordinal_suffixes:cs})(?![\w'’]))[^\n.!?;]{0,24}$" % (WEEKDAY, MONTH))


@rule("till_range_start", r"(?<![\w.:$£€,/-])(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?(?=[ \t]+(?i:till|til|until)[ \t]+(?P<h2>1[0-2]|0?[1-9])(?:[:.][0-5]\d)?(?![\w:%/]|[.,]\d))",
      22, triggers="hour_word_range",
      reject_before=(r"(?i)(?:(?<![\w'’])(?:{range_not_hour_before})|[£$€#]|\d[ \t]*[-–/])[ \t]*$", 16),
      examples=[("2025-06-17", "Village fete Saturday 21st June, 12 till 5 on the green.", "12", "2025-06-21T12:00"),
                ("2026-03-30", "drop in tmrw 2 till 4 if you want the sofa", "2", "2026-03-31T14:00")])
def _till_range_start(m, text):
    if not _TILL_DAY_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        return None   # no day told right before it: maybe a habit's hours ("breakfast runs 7 till 10.30"), left alone
    if _RANGE_END_NOT_AFTER.match(text, m.end() + len(text[m.end():m.end() + 24].split(m["h2"], 1)[0]) + len(m["h2"])):
        return None
    h, h2 = int(m["h"]), int(m["h2"])
    a = h + 12 if h < _PM_BELOW else h
    if _PM_BELOW <= h < 12 and h2 % 12 < h and not m["mi"] and _RANGE_NIGHT.search(
            text, max(0, m.start() - 40), _line_end(text, m.end(), min(len(text), m.end() + 24))):
        a = h + 12   # ((clocks27) "party at mine tonight from 10 till 2": a night's span, 22:00 to 02:00 the day after)
    elif _PM_BELOW <= h <= 10 and _TALK_EVENING.search(text, max(start_of_line(text, m.start()), m.start() - 40), m.start()):
        a = h + 12   # ((twenty-eighth session, dayhalf29) "tech week starts tomorrow, 7 till 10": a rehearsal's evening)
    b = _range_end_hour(a, h2)
    if not a < b <= a + 14:
        return None
    return M(m, "till_range_start", "time", hour=a, minute=int(m["mi"] or 0), dref=None)


# (dayrange30, docs/informal-time.md §103) "at the marae, 11 till late", "Saturday 8 till late", "party Fri, 9 til late", "Fri
# 7-late": the start of a span whose end is "late" (no value of its own): a TIME of the day named before it or talked
# about (dref none); 1-6 the afternoon's, 11 the morning's (a pub's or a gathering's "11 till late"; an 11pm start is
# written "11pm"), 12 noon; 7-10 by the words of the line ("party Fri, 9 til late" 21:00), else unread (a fair's or a
# late-opening shop's "9 till late" is the morning's as often). Not after a count's, an age's or a money
# word (as rule till_range_start: "years 7 till late", "£8 till late"). Bounded: an hour, a joiner, "late" (< 16
# characters); run only where a digit and a joiner stand right before "late" (`lead`).
@rule("till_late_start", r"(?<![\w.:$£€,/-])(?P<t>(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?)[ \t]*(?:[-–]|(?i:till|til|until|to)(?![\w'’])|['’](?i:til))[ \t]*(?i:late)(?![\w'’])",
      22, triggers="holiday", lead=(r"\d[ \t]*(?:[-–][ \t]*|(?i:till|til|until|to)[ \t]+|['’](?i:til)[ \t]+)", 12),
      reject_before=(r"(?i)(?:(?<![\w'’])(?:{range_not_hour_before})|[£$€#]|\d[ \t]*[-–/])[ \t]*$", 16),
      examples=[("2025-10-20", "at the marae, 11 till late", "11", "2025-10-20T11:00"),
                ("2025-10-20", "party Saturday 8 till late, bring a bottle", "8", "2025-10-25T20:00")])
def _till_late_start(m, text):
    h = int(m["h"])
    if _PM_BELOW <= h < _LATE_MORNING_FROM:
        # 7-10: a bar's evening or a fair's or a late-opening shop's morning ("9 till late"): told by the words of the
        # line (an evening's or a morning's word or activity), else left unread
        half = _line_half(text, m.start(), m.end())
        if half is None:
            return None
        a = h + 12 if half == "pm" else h
    else:
        a = h if h >= _LATE_MORNING_FROM else h + 12
    return M(m, "till_late_start", "time", group="t", hour=a, minute=int(m["mi"] or 0), dref=None)


_LATE_MORNING_FROM = 11   # (dayrange30) "11 till late" the morning's, "12 till late" noon; below it the evening's or afternoon's


# (dayrange30, §103) "open Sun 19th from 3 as usual", "Fri 3rd from 4", "SAT 4th after 2": a weekday with its day of the month
# (a date: one occasion, whatever "as usual" says of the hours) then "from" or "after" and a bare hour: a TIME of that date
# (1-6 the afternoon's, 12 noon, 7-11 by the words of the line, else unread). Not before a joiner and a second end (a
# range, the range rules') or am/pm (rule clock); only the line's end, a mark, a name or a word of lexicon
# dated_range_followers after it (not "from 5 quid a head", "from 2 tickets left"). Bounded: the day, its date, the preposition and
# the hour (< 40 characters).
@rule("dated_from_hour", r"(?:%s|(?i:{short_weekdays}))[ \t]+(?:(?i:the)[ \t]+)?[0-3]?\d(?:{ordinal_suffixes:cs})[ \t]+(?i:{dated_hour_preps})[ \t]+"
      r"(?P<t>(?<![\d.:$£€,])(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?)(?![\w:%%/'’-]|[.,]\d|[ \t]*(?:%s|[-–/]|(?i:till|til|until|to)(?![\w'’])))" % (WEEKDAY, AMPM),
      21, triggers="weekday", trail=(r"\.?[ \t]+(?:(?i:the)[ \t]+)?[0-3]?\d(?:{ordinal_suffixes:cs})[ \t]+(?i:{dated_hour_preps})[ \t]+\d", 28),
      examples=[("2023-10-31", "open Sun 19th from 3 as usual", "3", "2023-11-19T15:00")])
def _dated_from_hour(m, text, name="dated_from_hour"):
    if not _DATED_LATE_TAIL.match(text, m.end()):
        return None   # only the line's end, a mark, a name or a word of lexicon dated_range_followers ("as usual") after it:
        # not a count's, a price's or a unit's noun ("from 5 quid a head", "from 2 tickets left", "from 10 players")
    h = int(m["h"])
    if _PM_BELOW <= h < 12:
        half = _line_half(text, m.start(), m.end())
        if half is None:
            return None
        a = h + 12 if half == "pm" else h
    else:
        a = h if h == 12 else h + 12
    out = M(m, name, "time", group="t", hour=a, minute=int(m["mi"] or 0), dref=None)
    out.data["day_at"] = m.start()
    return out


# (dayrange30, §103) "open again the day after from 4", "back the next day from 12": a day told from another ("the day after",
# "the day before", "the next day", "the following day") then "from" or "after" and a bare hour: a TIME of that day (the
# day-telling rule's value: `day_at`), read as rule dated_from_hour reads a date's hour. Bounded: four words and the hour.
@rule("told_day_from_hour", r"(?<![\w'’])(?i:the)[ \t]+(?:(?i:day)[ \t]+(?i:after|before)|(?i:next|following)[ \t]+(?i:day))[ \t]+(?i:{dated_hour_preps})[ \t]+"
      r"(?P<t>(?<![\d.:$£€,])(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?)(?![\w:%%/'’-]|[.,]\d|[ \t]*(?:%s|[-–/]|(?i:till|til|until|to)(?![\w'’])))" % AMPM,
      21, triggers="unit", trail=(r"(?:[ \t]+(?i:after|before))?[ \t]+(?i:{dated_hour_preps})[ \t]+\d", 20),
      examples=[("2023-10-31", "closed Tues 14th Nov, open again the day after from 4.", "4", "2023-11-15T16:00")])
def _told_day_from_hour(m, text):
    return _dated_from_hour(m, text, "told_day_from_hour")


# (dayrange30, §103) "11 or 2 tours have space", "the 10 or 2 session?", "at 11 or 1": two bare hours joined by "or" that cross
# noon (the first 9-12, the second 1-5: a choice of sittings; a count's "2 or 3 tours" climbs by one and stays below it)
# before a sitting's noun (lexicon hour_choice_nouns) or after "at"; each a TIME of the day told or talked about (dref
# none), the first the morning's (12 noon), the second the afternoon's. Bounded: "at", two hours, "or", a noun (< 40).
@rule("hour_choice", r"(?:(?<![\w'’])(?P<at>(?i:at))[ \t]+)?(?<![\w.:$£€,/-])(?P<a>(?P<h1>1[0-2]|9)(?:[:.](?P<mi1>[0-5]\d))?)[ \t]+(?i:or)[ \t]+"
      r"(?P<b>(?P<h2>[1-5])(?:[:.](?P<mi2>[0-5]\d))?)(?![\w:%/'’-]|[.,]\d)(?P<n>[ \t]+(?i:{hour_choice_nouns})(?![\w'’]))?",
      22, triggers="hour_word_range", lead=(r"\d(?:[:.][0-5]\d)?[ \t]+", 8),
      examples=[("2019-12-30", "Fri 3rd is open, 11 or 2 tours have space.", "2", "2020-01-03T14:00")])
def _hour_choice(m, text):
    if not (m["at"] or m["n"]):
        return None   # no cue: "11 or 2" alone may be any two numbers
    h1, h2 = int(m["h1"]), int(m["h2"])
    return [M(m, "hour_choice", "time", group="a", hour=h1, minute=int(m["mi1"] or 0), dref=None),
            M(m, "hour_choice", "time", group="b", hour=h2 + 12, minute=int(m["mi2"] or 0), dref=None)]


# (dayrange30, §103) "Aroha, 10 till 2", "Hi Jo, 11 till 3 if that suits", "Sure Priya, 9 until 1": a reply's range after a name
# (one or two capitalised words, a greeting or an assent of lexicon vocative_range_openers perhaps before it) that opens its
# line and a comma: both ends times of the day the talk is about (dref none), read as rule till_range_start reads a range
# after a day (1-6 the afternoon's, 7 or 8 by the words of the line, else unread). Not before a count's or a unit's word
# ("Jo, 10 till 2 people a table", "Jo, 3 till 5 years old"); a day before the range is rule till_range_start's.
# Bounded: an opener, two name words, a comma, the range (< 64 characters).
@rule("vocative_till_range", r"(?:^|(?<=\n))[ \t]*(?:(?i:{vocative_range_openers})[ \t]+)?[A-Z][a-z'’]{1,15}(?:[ \t]+[A-Z][a-z'’]{1,15})?[ \t]*,[ \t]*"
      r"(?P<a>(?P<h1>1[0-2]|0?[1-9])(?:[:.](?P<mi1>[0-5]\d))?)[ \t]+(?i:till|til|until)[ \t]+(?P<b>(?P<h2>1[0-2]|0?[1-9])(?:[:.](?P<mi2>[0-5]\d))?)" + _DAY_RANGE_END,
      22, triggers="hour_word_range", lead=(r"\d(?:[:.][0-5]\d)?[ \t]+", 8),
      examples=[("2025-10-20", "Aroha, 10 till 2", "2", "2025-10-20T14:00"),
                ("2025-10-20", "Hi Jo, 11 till 3 if that suits", "11", "2025-10-20T11:00")])
def _vocative_till_range(m, text):
    if _VOCATIVE_NOT_AFTER.match(text, m.end()) or _TILL_DAY_BEFORE.search(text, max(0, m.start("a") - 40), m.start("a")):
        return None   # a count's or a unit's range; a day before it (rule till_range_start)
    h1, h2 = int(m["h1"]), int(m["h2"])
    if _PM_BELOW <= h1 < _PM_BELOW + 2:
        half = _line_half(text, m.start("a"), m.end())
        if half is None:
            return None
        if half == "pm":
            h1 += 12
    out = _day_range_times(m, "vocative_till_range", h1, h2)
    if out is None or any(x.data["hour"] > 23 for x in out):
        return None
    return out


_VOCATIVE_NOT_AFTER = _re(r"(?i)[ \t]*(?:{counted_nouns}|{unit_words}|{range_not_hour_before}|{range_result_words})(?![\w'’])")


# (clocks27, docs/informal-time.md §85) "from 7:30 to 9:30", "from 7.30 till 9.30", "from 12:30 to 1:30", "from 2.30 - 4.15":
# a span of clock times after "from" whose first end has its minutes written (a colon or a dot), the second an hour with
# or without minutes, no am/pm (rule hour_range_start reads a span whose end has one). Both ends TIMEs of the day of the
# sentence; the first as any hour without am/pm (1-6 the afternoon's, 12 noon, 7-11 the morning's unless a word of the
# evening and none of the morning stands in its clause), the second the first such hour after it, at most 14 hours on.
# Not a quantity going from one number to another ("rates went from 4.25 to 4.50", "prices from 7.50 to 9.50"): not after
# a word of lexicon from_hour_not_after, not with money before it on the line, not before a unit or a counted noun.
# Bounded: the match is "from", two clock times and their joiner (at most ~30 characters); 40 characters read around it.
_FROM_CLOCK_NOT_AFTER = _re(r"(?i)[ \t]*(?:{clock_after_noun_not_before}|{counted_nouns}|{percent_words}|{range_result_words}|{clock_range_not_before})(?![\w'’])")


@rule("from_clock_range", r"(?<![\w'’])(?i:from)[ \t]+(?P<a>(?P<h1>1[0-2]|0?[1-9])[:.](?P<mi1>[0-5]\d))[ \t]*(?P<j>[-–]|(?i:{range_to_words})(?![\w'’]))[ \t]*"
      r"(?P<b>(?P<h2>1[0-2]|0?[1-9])(?:[:.](?P<mi2>[0-5]\d))?)(?![\w:%%/]|[.,]\d|[ \t]*(?:%s|[-–/]\d))" % AMPM, 26,
      triggers="colon dot",
      examples=[("2025-06-04", "I'm at the clinic from 7:30 to 9:30", "9:30", "2025-06-04T09:30"),
                ("2025-06-04", "can do tomorrow from 2.30 to 4.15 if that works", "2.30", "2025-06-05T14:30")])
def _from_clock_range(m, text):
    if _FROM_CLOCK_NOT_AFTER.match(text, m.end()) or _FROM_NOT_AFTER.search(text, max(0, m.start() - 24), m.start() + 1) \
            or _BARE_MONEY.search(text, max(0, m.start() - 40), m.start()):
        return None
    h1, h2 = int(m["h1"]), int(m["h2"])
    lo = max(0, m.start() - 40)
    lo = max([lo] + [x.end() for x in _CLAUSE_END.finditer(text, lo, m.start())])
    e = _CLAUSE_END.search(text, m.end(), min(len(text), m.end() + 40))
    hi = e.start() if e else min(len(text), m.end() + 40)
    a = h1 + 12 if h1 < _PM_BELOW or (h1 < 12 and _EVENING.search(text, lo, hi) and not _MORNING_CLAUSE.search(text, lo, hi)) else h1
    b = _range_end_hour(a, h2)
    if not a < b <= a + 14:
        return None
    return [M(m, "from_clock_range", "time", group="a", hour=a, minute=int(m["mi1"]), dref=None),
            M(m, "from_clock_range", "time", group="b", hour=b, minute=int(m["mi2"] or 0), dref=None)]


# (clocks27, §85; the shape seen missed on the A halves: a rota's "Opening shift 7.15-3", a shearing gang's "Usual runs:
# 7:30-9:30, smoko, 10-12", a kids' club's "every morning 10.30-12", a revision plan's "after school: 4:30-6 revise") a dashed
# span whose first end has its minutes written (colon or dot) and no cue word before it: the minutes tell a clock time from a
# score, an age or a count. Both ends TIMEs, read as from_clock_range reads them (the sentence's day, or a habit's hours where
# the clause tells a habit); the end after the start, at most 12 hours on. Not after money, a version word or a word of a
# count, not before a unit. Bounded: the match (at most ~14 characters) and 40 characters around it.
_QUARTER_MINUTES = frozenset(("00", "15", "30", "45"))
# (an evening word in the plural, a habit's: "Tues & Thurs evenings ... 7.30-9.15")
_EVENING_PLURAL = _re(r"(?i)\b(?:{evening_words})s?\b")


@rule("minutes_dash_range", r"(?<![\w.:$£€,/'’-])(?P<a>(?P<h1>1[0-2]|0?[1-9])[:.](?P<mi1>[0-5]\d))[ \t]*[-–][ \t]*"
      r"(?P<b>(?P<h2>1[0-2]|0?[1-9])(?:[:.](?P<mi2>[0-5]\d))?)(?![\w:%%/]|[.,]\d|[ \t]*(?:%s|[-–/]\d))" % AMPM, 23,   # (below noun_clock and the older span rules: theirs where both read it)
      triggers="colon dot",
      reject_before=(r"(?i)(?:(?<![\w'’])(?:{range_not_hour_before}|{version_words}|{bare_range_not_after})\.?|[£$€#]|\d[ \t]*[-–/])[ \t]*$", 16),
      examples=[("2025-06-04", "tomorrow at the hall, 10.30-12 then lunch", "12", "2025-06-05T12:00"),
                ("2025-06-04", "Kids club every morning 10.30-12, bring a drink", "12", "XXXX-XX-XXT12:00")])
def _minutes_dash_range(m, text):
    if _FROM_CLOCK_NOT_AFTER.match(text, m.end()) or _BARE_MONEY.search(text, max(0, m.start() - 40), m.start()):
        return None
    if m.group().count(".") and any(x is not None and x not in _QUARTER_MINUTES for x in (m["mi1"], m["mi2"])):
        return None   # "mains 7.50-9.50": a dotted span off the quarter hours is a price's as often
    h1, h2 = int(m["h1"]), int(m["h2"])
    lo = max(0, m.start() - 40)
    lo = max([lo] + [x.end() for x in _CLAUSE_END.finditer(text, lo, m.start())])
    e = _CLAUSE_END.search(text, m.end(), min(len(text), m.end() + 40))
    hi = e.start() if e else min(len(text), m.end() + 40)
    eve = _EVENING_PLURAL.search(text, lo, hi) is not None or _EVENING_ACTIVITY.search(text, lo, hi) is not None
    morn = _MORNING_CLAUSE.search(text, lo, hi) is not None or _MORNING_ACTIVITY.search(text, lo, hi) is not None
    # ((schedule35, §130) a range whose dotted end is below its start crosses noon: "office is 8.30-5.30", "7.45-4.15":
    # the start the morning's where no word of the evening says a night's shift)
    cross = m["mi2"] is not None and int(m["h2"]) < h1 < 12 and not eve
    if _PM_BELOW <= h1 < _PM_BELOW + 2 and eve == morn and not cross:
        return None   # "Usual runs: 7:30-9:30": a morning's or an evening's, unread as §68 leaves a range from 7 or 8
    a = h1 + 12 if h1 < _PM_BELOW or (h1 < 12 and eve and not morn) else h1
    b = _range_end_hour(a, h2)
    if not a < b <= a + 12:
        return None
    return [M(m, "minutes_dash_range", "time", group="a", hour=a, minute=int(m["mi1"]), dref=None),
            M(m, "minutes_dash_range", "time", group="b", hour=b, minute=int(m["mi2"] or 0), dref=None)]


# (clocks27, §85) "drop in tomorrow 11 to 4ish", "tmrw 1-2ish works": the start of a span whose end is hedged with "-ish"
# (the end is rule approx_hour's, read as any "-ish" hour: 1-6 the afternoon's): the start from 9 to 12 the morning's, from
# 1 to 6 the afternoon's, the end after it (at most 10 hours on); 7 and 8 left (a morning's or an evening's, told by the
# end's reading, which this rule does not see). Not after a word of a count, an age or money ("ages 5-11ish", "£5-10ish").
@rule("ish_range_start", r"(?<![\w.:$£€,/-])(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?(?=[ \t]*(?:[-–]|(?i:{range_to_words})(?![\w'’]))[ \t]*"
      r"(?P<h2>1[0-2]|0?[1-9])(?:[:.][0-5]\d)?(?:{approx_hour_suffixes})(?![\w-]))", 22,
      triggers="ampm",
      reject_before=(r"(?i)(?:(?<![\w'’])(?:{range_not_hour_before}|{bare_range_not_after})|[£$€#]|\d[ \t]*[-–/])[ \t]*$", 16),
      examples=[("2025-06-04", "drop in tomorrow 11 to 4ish if you like", "11", "2025-06-05T11:00"),
                ("2025-06-04", "tomorrow 1-2ish works for me", "1", "2025-06-05T13:00")])
def _ish_range_start(m, text):
    if _BARE_MONEY.search(text, max(0, m.start() - 40), m.start()):
        return None
    h, h2 = int(m["h"]), int(m["h2"])
    if _PM_BELOW <= h < _PM_BELOW + 2:
        return None
    a = h + 12 if h < _PM_BELOW else h
    b = _range_end_hour(a, h2)
    if not a < b <= a + 10:
        return None
    return M(m, "ish_range_start", "time", hour=a, minute=int(m["mi"] or 0), dref=None)


# (clocks27, §85) the British invitation's "7 for 7.30", "7.30 for 8", "6.30 for 7": arrive at the first, sit down (or the
# speeches, the meal) at the second, up to an hour later; the minutes written on one end at least, each 00, 15, 30 or 45; two
# TIMEs of the evening (an invitation's; a word of lexicon invitation_morning_words on the line keeps the morning: "breakfast
# 7.30 for 8"). Not after money ("6 for 6.50" a price) nor before a unit or a counted noun. Bounded: the match itself and 40
# characters around it.
_INVITATION_MORNING = _re(r"(?i)(?<![\w'’])(?:{invitation_morning_words})(?![\w'’])")


@rule("invitation_for", r"(?<![\w.:$£€,/-])(?P<a>(?P<h1>[5-9])(?:[.:](?P<mi1>00|15|30|45))?)[ \t]+(?i:{invitation_for_words})[ \t]+"
      r"(?P<b>(?P<h2>[5-9])(?:[.:](?P<mi2>00|15|30|45))?)(?![\w:%%/]|[.,]\d|[ \t]*(?:%s|[-–/]\d))" % AMPM, 25,
      triggers="dot colon",
      examples=[("2025-06-04", "dinner at ours tomorrow, 7 for 7.30", "7", "2025-06-05T19:00"),
                ("2025-06-04", "dinner at ours tomorrow, 7 for 7.30", "7.30", "2025-06-05T19:30")])
def _invitation_for(m, text):
    if not (m["mi1"] or m["mi2"]) or _FROM_CLOCK_NOT_AFTER.match(text, m.end()) \
            or _BARE_MONEY.search(text, max(0, m.start() - 40), m.start()):
        return None
    t1 = int(m["h1"]) * 60 + int(m["mi1"] or 0)
    t2 = int(m["h2"]) * 60 + int(m["mi2"] or 0)
    if not 0 < t2 - t1 <= 60:
        return None
    line = text[max(0, start_of_line(text, m.start())):_line_end(text, m.end(), min(len(text), m.end() + 60))]
    pm = 0 if _INVITATION_MORNING.search(line) else 12
    return [M(m, "invitation_for", "time", group="a", hour=int(m["h1"]) + pm, minute=int(m["mi1"] or 0), dref=None),
            M(m, "invitation_for", "time", group="b", hour=int(m["h2"]) + pm, minute=int(m["mi2"] or 0), dref=None)]


# ((bareclock34) a price right after the hour: "Doors 7 euro in")
_MONEY_AFTER_HOUR = _re(r"(?i)[ \t]{1,3}(?:{money_after_hour})(?![\w'’])")


# "KO 10.30", "kick off 3", "doors 7", "doors 7.30": the hour right after the word of a match's or a gig's
# start; doors open in the afternoon or the evening (an hour below 12 is a pm one), a kick-off as any bare
# hour (below 7 an afternoon one); not a count or a score after it ("doors 2 and 3", "KO 2-1")
@rule("noun_then_time", r"(?P<n>(?i:{time_noun_before}))(?:[ \t]*:)?[ \t]+(?P<t>(?<![\d.:$£€,])(?P<h>1[0-2]|0?[1-9])(?:[.:](?P<mi>[0-5]\d))?)(?![\w:%%/'’-]|[.,]\d|[ \t]*(?:%s|and\b|&|or\b))" % AMPM, 24,
      triggers="hour_plan", trail=(r"(?:[ \t]*:)?[ \t]+\d|[ \t-]+(?i:off)(?:[ \t]*:)?[ \t]+\d", 16),
      examples=[("2025-09-05", "match Sunday is still on, KO 10.30, meet at 10", "10.30", "2025-09-07T10:30"),
                ("2023-11-10", "glasgow tonight!! doors 7, we're on at 9", "7", "2023-11-10T19:00")])
def _noun_then_time(m, text):
    h, mi = int(m["h"]), int(m["mi"] or 0)
    if _MONEY_AFTER_HOUR.match(text, m.end()):
        return None   # ((bareclock34) "Doors 7 euro in": the door's price)
    if m["n"].lower() == "doors":
        return M(m, "noun_then_time", "time", group="t", hour=h + 12 if h < 12 else h, minute=mi, dref=None)
    if not m["mi"] and h > 12:
        return None
    if h < _PM_BELOW or _EVENING.search(text, max(0, m.start() - 40), min(len(text), m.end() + 40)):
        h = h + 12 if h < 12 else h
    return M(m, "noun_then_time", "time", group="t", hour=h, minute=mi, dref=None, h12=h < 12, loose=True)


# (forty-second session, barehours42, docs/informal-time.md §218) a day's programme of events, each event's noun and its
# bare hour with no preposition between, in a sentence that names the day before it (lexicon _doc_programme_hour): "Sunday:
# church 9, parade 2, fireworks 9", "Wednesday's the big one, mass 10 then the parade 2". Only the nouns of events no one
# counts with a bare number after them (programme_hour_nouns); the hour ends its item (a comma, a stop, the line's end,
# an emoji, "then"). The half: 12 noon; 1-6 the afternoon's (a morning event's 5 or 6 left); 7-11 by the event (programme_hour_morning,
# programme_hour_evening), else by the line's words (`_eh_line_half`), else left; never against the line's words.
# Bounded: the noun, a colon, three blanks, the hour, "ish"; the line read back to its sentence's start for the day (at
# most 200 characters).
_PH_MORNING = frozenset(L["programme_hour_morning"])
_PH_EVENING = frozenset(L["programme_hour_evening"])
_PH_LINE_REACH = 200
# the day named before the programme (a possessive too: "Wednesday's the big one"); as "from"'s sure days
_PH_DAY = _re(r"(?i)(?<![\w'’])(?:{deictic_days}|%s|(?!(?:{from_hour_unsure_days})(?![\w'’]))(?:{short_weekdays}))(?:['’]s)?(?![\w'’])" % alternation(_FULL_WD))


@rule("programme_hour", r"(?<![\w'’])(?P<n>(?i:{programme_hour_nouns}))(?:[ \t]*:)?[ \t]{1,3}(?P<t>(?<![\d.:$£€,])(?P<h>1[0-2]|[1-9])(?P<apx>(?i:ish))?)"
      r"(?=[ \t]*(?:,(?![ \t]*\d)|;|\.(?!\d)|!|\n|\Z|[\u2600-\u27bf\U0001f000-\U0001faff])|[ \t]{1,3}(?i:{programme_hour_followers})(?![\w'’]))", 24,
      triggers="programme_hour", trail=(r"[^\n\d.!?,;]{0,24}\d", 32),
      examples=[("2025-06-04", "Plan for Sunday: church 9, parade 2, fireworks 9", "2", "2025-06-08T14:00"),
                ("2025-06-04", "Plan for Sunday: church 9, parade 2, fireworks 9", "9", "2025-06-08T09:00")])
def _programme_hour(m, text):
    ls = max(start_of_line(text, m.start()), m.start() - _PH_LINE_REACH)
    ls = max([ls] + [x.end() for x in _CLAUSE_END.finditer(text, ls, m.start())])   # its sentence: "on Saturday mass 11. Carols 7"
    if not _PH_DAY.search(text, ls, m.start()) or _BARE_MONEY.search(text, ls, m.start("t")):
        return None   # no day named before it on its line ("church 10 then lunch"), or prices
    n = " ".join(m["n"].lower().split())
    kind = "am" if n in _PH_MORNING else "pm" if n in _PH_EVENING else None
    h = int(m["h"])
    said = _eh_line_half(text, m.start(), m.end(), events=False)
    if h == 12:
        a = 12
    elif h < _PM_BELOW:
        if kind == "am" and h >= 5 or said == "am":
            return None   # "mass 6": a vigil's or a dawn's
        a = h + 12
    else:
        want = kind or said
        if want is None or (said is not None and said != want):
            return None   # "parade 9": either half; a wrong half is worse than none
        a = h + 12 if want == "pm" else h
    return M(m, "programme_hour", "time", group="t", hour=a, minute=0, dref=None, loose=False, h12=False,
             **({"mod": "APPROX"} if m["apx"] else {}))


# (twenty-third session, late round, clock24) a dotted or colon clock time right after the noun of an appointment or
# a start, no preposition between (lexicon _doc_clock_after_noun): "dentist 11.15", "tmrw start 7.30 instead",
# "sunrise 8.06"; after a meal's noun only before a range or a word of assent or of a day ("lunch 12.30-1.15",
# "tea 5.30 tmrw": a menu's "tea 2.50" is a price); a range's two ends two TIMEs, as "12-3" is read. The minutes are
# always written (a bare "dentist 3" may be a count); never before a unit, a price's or a count's word
# (clock_after_noun_not_before, colon_clock_not_before), never with money before it on the line. The half of the
# day as for any hour without am/pm: 1-6 the afternoon's, 12 noon, 7-11 the morning's unless a word of the evening
# is near ("dinner 7.30", "start 7.30 tonight") or an evening's event names it (lexicon evening_event_cues).
_NOUN_CLOCK_NOT_BEFORE = _re(r"(?i)\s*(?:{clock_after_noun_not_before}|{colon_clock_not_before})(?![\w'’])")
_NOUN_CLOCK_MEALS = frozenset(L["clock_after_meals"])
# ((schedule35, §130) a schedule's noun of the evening: "Committee Monday 4th 7.30", "AGM 8.15 in the clubrooms")
_NOUN_CLOCK_EVENING = frozenset(L["clock_after_evening_nouns"])
_NOUN_CLOCK_MEAL_AFTER = _re(r"(?i)[ \t]{0,8},?[ \t]{0,8}(?:{clock_after_meal_followers})(?![\w'’])")   # (blank runs bounded: linear)


@rule("noun_clock", r"(?<![\w'’.])(?P<n>(?i:{clock_after_nouns}|{clock_after_meals}))(?P<day>[ \t]{1,3}%s[ \t]{1,3}[0-3]?\d{ordinal_suffixes:cs})?(?:[ \t]*:)?[ \t]+"
      r"(?P<t>(?<![\d.:$£€,])(?P<h>1[0-2]|0?[1-9])[.:](?P<mi>[0-5]\d))"
      r"(?:[ \t]*[-–][ \t]*(?P<t2>(?P<h2>1[0-2]|0?[1-9])(?:[.:](?P<mi2>[0-5]\d))?))?"
      r"(?![\w:%%/'’-]|[.,]\d|[ \t]*(?:%s|[-–]))" % (WEEKDAY, AMPM), 24,
      # ((schedule35, §130) a weekday and its day of the month between: "Committee Monday 4th 7.30"; the trail a word
      # ("committee [meeting]"), the day's two words and the clock: at most 44 characters)
      triggers="clock_noun", trail=(r"(?:[ \t]{1,3}[A-Za-z]{2,12})?(?:[ \t]{1,3}[A-Za-z]{3,9}\.?[ \t]{1,3}[0-3]?\d(?:st|nd|rd|th))?(?:[ \t]*:)?[ \t]+\d{1,2}[.:][0-5]\d", 44),
      examples=[("2024-03-11", "tue 12\n- dentist 11.15 (cannot move it AGAIN)", "11.15", "2024-03-12T11:15"),
                ("2025-06-04", "lunch 12.30-1.15 tomorrow in the canteen", "1.15", "2025-06-05T13:15")])
def _noun_clock(m, text):
    if _NOUN_CLOCK_NOT_BEFORE.match(text, m.end()) or _BARE_MONEY.search(text, max(0, m.start() - 40), m.start()):
        return None
    meal = " ".join(m["n"].lower().split()) in _NOUN_CLOCK_MEALS
    if meal and not m["t2"] and not _NOUN_CLOCK_MEAL_AFTER.match(text, m.end()):
        return None   # "tea 2.50, coffee 3.10": a menu's prices
    h, mi = int(m["h"]), int(m["mi"])
    evening = _EVENING.search(text, max(0, m.start() - 40), min(len(text), m.end() + 40)) \
        or _evening_event_before(text, m.start("t")) or " ".join(m["n"].lower().split()) in _NOUN_CLOCK_EVENING
    if h < _PM_BELOW or (h < 12 and evening):
        h = h + 12 if h < 12 else h
    out = [M(m, "noun_clock", "time", group="t", hour=h, minute=mi, dref=None, h12=h < 12, loose=True)]
    if m["t2"]:
        mi2 = int(m["mi2"] or 0)
        h2 = h if int(m["h2"]) % 12 == h % 12 and mi2 > mi else _range_end_hour(h, int(m["h2"]))   # "11.15-11.45"
        if not h <= h2 <= min(23, h + 12):
            return None   # "start 9.30-2.15": not one day's hours read this way
        out.append(M(m, "noun_clock", "time", group="t2", hour=h2, minute=mi2, dref=None, h12=h2 < 12, loose=True))
    return out


# (recall21, twentieth session) work chats' ends of a period written short, as "EOD" is of the day: "sprint ends
# EOW", "invoices by EOM", "before EOY", "numbers due EOQ": the end of this week (month, year, quarter), mod END, as
# "the end of the week" is; a month's, a year's or a quarter's only after a word of a deadline
# (end_of_period_deadline_words), since "EOM" also closes an email's subject line ("running late EOM")
_PERIOD_DEADLINE_BEFORE = _re(r"(?i)(?<![\w'’])(?:{end_of_period_deadline_words})[ \t]+$")
_PERIOD_ARTICLE_BEFORE = re.compile(r"(?i)(?<![\w'’])(?:the|an?)[ \t]+$")


@rule("end_of_period_abbrev", r"(?P<w>EOW|eow|EOM|eom|EOY|eoy|EOQ|eoq)(?![\w'’-])", 18,
      triggers="deictic", requires="end_of_period_abbrevs",
      examples=[("2026-04-21", "reminder sprint ends EOW, demo Fri 3pm", "EOW", "2026-W17"),
                ("2025-06-04", "can you get the invoices to me by EOM", "EOM", "2025-06")])
def _end_of_period_abbrev(m, text):
    unit = L["end_of_period_abbrevs"][m["w"].lower()]
    if _PERIOD_ARTICLE_BEFORE.search(text, max(0, m.start() - 6), m.start()):
        return None   # "the EOW report": a kind of report, no one week
    if unit != "week" and not _PERIOD_DEADLINE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None
    if unit == "quarter":
        return M(m, "end_of_period_abbrev", "quarter_ref", shift=0, current=True, latest=False)   # the quarter of writing
    return M(m, "end_of_period_abbrev", "the_period", unit=unit, mod="END", work_week=True)


# (recall21) "by end of day", "end of day Friday", "by end of week": the article dropped, as "end of month" (rule
# period_end); after a word of a deadline only, as the idiom "at the end of the day" keeps its article
@rule("end_of_unit_bare", r"(?<![\w'’-])(?i:end)\s+(?i:of)\s+(?:(?P<day>(?i:day))|(?P<week>(?i:week|wk)))(?:\s+(?:(?P<dw>(?i:{deictic_days}))|(?P<wd>%s|(?i:{short_weekdays}))))?(?![\w'’-])" % WEEKDAY, 18,
      triggers="end_word", trail=(r"\s+(?i:of)\s+(?i:day|week|wk)", 40),
      examples=[("2025-06-04", "pls send it over by end of day", "end of day", "2025-06-04"),
                ("2025-06-04", "we need sign-off by end of day Friday", "end of day Friday", "2025-06-06"),
                ("2025-06-04", "I'll have a draft by end of week", "end of week", "2025-W23")])
def _end_of_unit_bare(m, text):
    if not _PERIOD_DEADLINE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None
    if m["week"]:
        if m["dw"] or m["wd"]:
            return None
        return M(m, "end_of_unit_bare", "the_period", unit="week", mod="END", work_week=True)
    return _end_of_day(m, text, "end_of_unit_bare")


# (recall21) "turning milder from midweek", "should be sorted by mid-week", "we had a storm midweek.": the week of
# the Wednesday the clause's tense names (a forecast's midweek written on a Sunday is the coming week's), mod MID;
# after a preposition of midweek_prepositions or before a stop, not a noun's modifier ("a midweek fixture")
_MIDWEEK_BEFORE = _re(r"(?i)(?<![\w'’])(?:{midweek_prepositions})[ \t]+$")
_MIDWEEK_AHEAD_BEFORE = re.compile(r"(?i)(?<![\w'’])(?:by|towards|toward|from|till|til|until|before)[ \t]+$")
_MIDWEEK_STOP_AFTER = re.compile(r"[ \t]*(?:[.,!?;:)\n]|$)")


@rule("midweek", r"(?<![\w'’-])(?P<w>(?i:{midweek_words}))(?![\w'’-])", 20, triggers="unit",
      examples=[("2025-11-23", "turning milder and wetter from midweek", "midweek", "2025-W48"),
                ("2025-06-06", "we had a proper storm midweek.", "midweek", "2025-W23")])
def _midweek(m, text):
    if not (_MIDWEEK_BEFORE.search(text, max(0, m.start() - 14), m.start()) or _MIDWEEK_STOP_AFTER.match(text, m.end())):
        return None
    # a prospective preposition ("by", "towards", "from", "till") without a verb of the past names the midweek to come
    plan = _MIDWEEK_AHEAD_BEFORE.search(text, max(0, m.start() - 10), m.start()) is not None
    return M(m, "midweek", "weekday", weekday=3, rel="", pod="", mod="MID", possessive=False, week_of=True, plan=plan)


# (recall21) a year's half written as business writes its quarters: "priorities for H1", "in H2", "H2 2025",
# "H1 results": with a year, after a word of half_abbrev_before or before a noun of half_abbrev_nouns; not "an H1
# tag", "H2 blockers", "H1N1", "H1-B"
_HALF_BEFORE = _re(r"(?i)(?<![\w'’])(?:{half_abbrev_before})[ \t]+$")
# (recall21) a thing's model after an indefinite article ("an Audi Q3", "a Q5", "got a Q3"): a quarter or a half
# never takes one
_MODEL_BEFORE = re.compile(r"(?<![\w'’])(?:[Aa]|[Aa]n)[ \t]+(?:[A-Z][\w-]*[ \t]+)?$")
_HALF_NOUN_AFTER = _re(r"(?i)[ \t]+(?:{half_abbrev_nouns})(?![\w'’])")


@rule("half_h", r"(?<![\w-])(?P<h>H[12])(?:\s*(?P<year>%s)|(?:-|\s+)'(?P<yy>\d\d)(?!\d)|\s+(?P<fy>FY\d\d))?(?![\w-])" % YEAR, 24,
      triggers="quarter", requires="half_abbrevs",
      examples=[("2026-02-05", "Agenda: review of 2025, priorities for H1, hiring plan.", "H1", "2026-H1"),
                ("2025-09-10", "H2 2024 was the weakest half in years", "H2 2024", "2024-H2")])
def _half_h(m, text):
    h = L["half_abbrevs"][m["h"].lower()]
    if m["fy"] or _MODEL_BEFORE.search(text, max(0, m.start() - 24), m.start()):
        return None   # a fiscal year's half: which months is the company's; a model ("an H1")
    if m["year"] or m["yy"]:
        y = int(m["year"]) if m["year"] else 2000 + int(m["yy"])
        return M(m, "half_h", "half", half=h, year=y, rel_year=0)
    if not (_HALF_BEFORE.search(text, max(0, m.start() - 20), m.start()) or _HALF_NOUN_AFTER.match(text, m.end())):
        return None
    return M(m, "half_h", "half", half=h, year=None, to_come=True)


# (weeks34, §127) a week or a weekend named by its place in a span of days the text named before ("The festival runs
# 1-24 Aug ... the middle weekend", "first Friday in July it all starts and by the second week", "the last week of the
# run", "the opening weekend"): the place, the unit, and an optional tail ("of the run", "of it"); the span is found by
# the resolver (``Discourse.span``), and with none the phrase stays untagged. "the last week", "the final week", "the last
# weekend" without a tail keep their older readings (lexicon span_places_need_tail), as "the first week," before a mark
# (a length). Bounded: single blank runs of at most three between words.
_SPAN_PLACE_NEEDS_TAIL = {u: frozenset(ws) for u, ws in L["span_places_need_tail"].items()}
_SPAN_FIRST_LENGTH = re.compile(r"[ \t]{0,2}[,.;]")


@rule("span_week", r"(?i:the)[ \t]{1,3}(?P<place>{span_week_places})[ \t]{1,3}(?P<unit>(?i:weekend|wknd|week|wk))(?:(?=['’]s(?![\w'’]))|(?![\w'’-]))"
      r"(?:[ \t]{1,3}(?i:of)[ \t]{1,3}(?:(?P<det>{span_tail_determiners})[ \t]{1,3}(?P<noun>{span_event_nouns})|(?P<it>{span_tail_pronouns}))(?![\w'’-]))?",
      17, triggers="unit", lead=(r"(?i:{span_week_places})[ \t]{1,3}", 16),
      examples=[("2025-07-31", "The run is 1-24 Aug. my mam is coming over for the middle weekend", "the middle weekend", "2025-W33-WE"),
                ("2024-07-05", "first Friday in July it all starts and by the second week everyone's living on mini donuts",
                 "the second week", "2024-W28"),
                ("2025-07-31", "is the run the 1st to the 24th? can you cover the last week of the run?", "the last week of the run", "2025-W34")])
def _span_week(m, text):
    place = m["place"].lower()
    unit = "week" if m["unit"].lower() in ("week", "wk") else "weekend"
    tail = bool(m["noun"] or m["it"])
    if not tail and (place in _SPAN_PLACE_NEEDS_TAIL.get(unit, ()) or (unit == "week" and L["span_week_places"][place] == 1
                                                                      and _SPAN_FIRST_LENGTH.match(text, m.end()))):
        return None
    return M(m, "span_week", "span_week", n=L["span_week_places"][place], unit=unit)


# (weeks34, §127) "Busy week ahead so here's everything", "Big week ahead for the club!": "week ahead" with no article
# after an adjective of lexicon week_ahead_adjectives, read as "the week ahead" (the week of the coming days); not "a
# week ahead of schedule" (a length: no adjective of the list, and "of" after it)
@rule("week_ahead_bare", r"(?<![\w'’-])(?i:{week_ahead_adjectives})[ \t]{1,3}(?P<w>(?i:week|wk)[ \t]{1,3}(?i:{ahead_words}))(?![\w'’-])(?![ \t]{1,3}(?i:of)(?![\w'’]))",
      7, triggers="unit", lead=(r"(?i:{week_ahead_adjectives})[ \t]{1,3}", 20),
      examples=[("2023-07-30", "Busy week ahead so here's everything in one place", "week ahead", "2023-W31"),
                ("2025-06-30", "Big week ahead for the club!", "week ahead", "2025-W27")])
def _week_ahead_bare(m, text):
    return Mention(m.start("w"), m.end("w"), "week_ahead_bare", "the_period", dict(unit="week", mod="", rest=False, ahead=True), 7)


# (weeks34, §127) "it gets dark earlier than you think this time of year": the month of writing (informal27-blind A's
# gold; a time of the year no finer than its month), one DATE
@rule("time_of_year", r"(?<![\w'’-])(?i:{time_of_year_heads})(?![\w'’-])", 18, triggers="unit",
      examples=[("2025-03-31", "Kiwis tip: it gets dark earlier than you think this time of year.", "this time of year", "2025-03")])
def _time_of_year(m, text):
    return Mention(m.start(), m.end(), "time_of_year", "deictic", dict(unit="month", offset=0, mod="", anaphoric=False,
                                                                        earlier=False, later=False), 18)
