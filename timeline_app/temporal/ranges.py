"""Ranges: two expressions that together name one stretch of time ("1939–45", "Dec. 12-13",
"12 to 14 September", "May–August 1950", "from June 1941 to May 1945", "between 1910 and 1914").

TimeML tags the two ends of a range as two TIMEX3s, each with its own value (the stretch between
them is the guidelines' non-consuming DURATION with beginPoint / endPoint), and the annotated
corpora do the same (WikiWars writes all of its compact ranges so). A timeline user wants one
bar from the first day to the last, not two dots: so each end keeps its TIMEX3 value, and both
take the interval of the whole range (the start of the first to the end of the second) at the
coarser grain of the two. Both ends then have the same interval in the same clause, which makes
them one event (``core.workspace``). The explanation says so, so the user can check it.

A pair is a range when the words between the two ends are only a dash, or a range word
("to", "until", "through") with "from" or "between" before the first end or with both ends from
one range rule ("12 to 14 September"), or "and" after "between". "The vote was moved from
March to June" is a change, not a range: a verb of change before "from" keeps the two apart.
Cost: one pass over the results in text order, a bounded look at the text between neighbours.
"""
from __future__ import annotations

from timeline_app.temporal import fastre as re
from datetime import datetime

from timeline_app.temporal.calendar import GRAIN_RANK
from timeline_app.temporal.lang import DEFAULT, expand, lexicon

_LEX = lexicon(DEFAULT)


def _re(pattern: str, flags: int = 0) -> re.Pattern:
    return re.compile(expand(pattern, _LEX), flags)


_DASH_GAP = re.compile(r"\s*[-–—]\s*")
_WORD_GAP = _re(r"\s+(?:{range_connectors})\s+", re.I)
_AND_GAP = _re(r"\s+(?:{range_and_words:bare})\s+", re.I)
_OPENER = _re(r"(?i)\b(?P<w>{range_openers})\s+(?:(?:{range_opener_articles:bare})\s+(?:{range_opener_nouns:bare})\s+)?$")
_CHANGE = _re(r"(?i)\b(?:{change_verbs})\b")
_RANGE_RULES = frozenset(_LEX["range_rules"])
_BETWEEN = _LEX["range_between_opener"][0]   # "between 1939 and 1945"
_MAX_YEARS = 1000    # a longer "range" is two separate dates, not one stretch


def _fmt(d: datetime) -> str:
    return d.date().isoformat()


_YEARLESS_VALUE = re.compile(r"\d{4}-\d\d(?:-\d\d)?")


def _year_back(a, ra, rb) -> bool:
    """Whether the range's first end ``a`` (resolved ``ra``, after ``rb``) is a day or month written without a year, in
    the last end's year or the next, that one year back starts before the last end ``rb``: then the first end's year
    was a guess ("1 Jan–31 Dec" in March: 2027 and 2026; "1 Oct–31 Mar" in February: 2026 and 2026)."""
    if a.kind != "cal" or a.data.get("year") or not _YEARLESS_VALUE.fullmatch(ra.value) \
            or not _YEARLESS_VALUE.fullmatch(rb.value) or int(ra.value[:4]) - int(rb.value[:4]) not in (0, 1):
        return False
    try:
        return ra.start.replace(year=ra.start.year - 1) < rb.start
    except ValueError:   # 29 February
        return False


def _year_forward(a, ra, b, rb) -> int:
    """(stretch32) The year the range's last end ``b`` (a day or month written without a year, resolved ``rb``) takes
    after a first end ``a`` written with its year (resolved ``ra``): the first such day or month after ``a``; 0 when
    this is no such pair or ``b`` is already there."""
    if a.kind != "cal" or b.kind != "cal" or not a.data.get("year") or b.data.get("year") \
            or not _YEARLESS_VALUE.fullmatch(ra.value) or not _YEARLESS_VALUE.fullmatch(rb.value):
        return 0
    y = ra.start.year
    try:
        if rb.start.replace(year=y) <= ra.start:
            y += 1
    except ValueError:   # 29 February
        return 0
    return y if y != rb.start.year else 0


def _to_year(r, y: int) -> None:
    """``r`` (a day or month) put in year ``y``."""
    by = y - r.start.year
    _move_year(r, by)
    r.explanation = r.explanation.rsplit("; ", 1)[0] + f"; the year of the range's first end, told once before it ({y})"


def _move_year(r, by: int) -> None:
    """``r`` (a day or month) moved ``by`` years: its value, interval and point."""
    r.value = f"{int(r.value[:4]) + by:04d}{r.value[4:]}"
    r.start, r.end = r.start.replace(year=r.start.year + by), r.end.replace(year=r.end.year + by)
    if r.point is not None:
        r.point = type(r.point)(r.point.grain, r.point.start.replace(year=r.point.start.year + by), r.point.pod)
    r.explanation += "; a year back, so that the range it starts does not end before it"


def join_ranges(text: str, results: list) -> None:
    """Give both ends of every range among ``results`` ((mention, Resolved, sentence index)
    triples in text order) the interval of the whole range, in place."""
    for (a, ra, sa), (b, rb, sb) in zip(results, results[1:]):
        if sa != sb or ra.start is None or rb.start is None or ra.end is None or rb.end is None:
            continue
        if ra.start > rb.start and 0 <= b.start - a.end <= 12 and _year_back(a, ra, rb) \
                and (_DASH_GAP.fullmatch(text, a.end, b.start) or _WORD_GAP.fullmatch(text, a.end, b.start)
                     or (a.rule == b.rule and text[a.end:b.start] == "/")):
            # ((numdates28) and two days of one rule joined by a slash, "off 2nd/3rd June": either day, of one year)
            # (twentieth session, errs21) "the leave year runs 1 Jan–31 Dec", "open 1 March to 30 November" written
            # in the middle: each year-less end alone is the next such day, so the first, gone this year, fell a year
            # after the last; a range starts no later than it ends, so the first end is the one of the last's year
            _move_year(ra, -1)
        if 0 <= b.start - a.end <= 12 and _year_forward(a, ra, b, rb) \
                and (_DASH_GAP.fullmatch(text, a.end, b.start) or _WORD_GAP.fullmatch(text, a.end, b.start)):
            # (stretch32, §112) "Nov 2021 - Jan", "from Jan 2019 to March": the year told once, after the first end; the
            # last end is the first such month (or day) after the first end, in its year or the next
            _to_year(rb, _year_forward(a, ra, b, rb))
        if not (ra.start < rb.start and ra.end <= rb.end) or (rb.end - ra.start).days > 366 * _MAX_YEARS:
            continue
        if b.start - a.end > 12:
            continue
        gap = text[a.end:b.start]
        if not _DASH_GAP.fullmatch(gap):
            opener = _OPENER.search(text, max(0, a.start - 24), a.start)
            if _WORD_GAP.fullmatch(gap):
                if opener is None and not (a.rule == b.rule and a.rule in _RANGE_RULES):
                    continue
            elif not (_AND_GAP.fullmatch(gap) and opener is not None and opener["w"].lower() == _BETWEEN):
                continue
            # "moved the vote from March to June": a change of date, two dates, not a stretch
            if (opener is None or opener["w"].lower() != _BETWEEN) and _CHANGE.search(text, max(0, a.start - 60), a.start):
                continue
        grain = ra.granularity if GRAIN_RANK.get(ra.granularity, 0) >= GRAIN_RANK.get(rb.granularity, 0) else rb.granularity
        start, end = ra.start, rb.end
        span = f"{_fmt(start)} to {_fmt(end)} (end excluded)"
        for r, other, which in ((ra, b, "first"), (rb, a, "last")):
            r.start, r.end, r.granularity = start, end, grain
            r.explanation += (f"; the {which} end of a range with '{text[other.start:other.end]}': "
                              f"placed as the whole range, {span}")
