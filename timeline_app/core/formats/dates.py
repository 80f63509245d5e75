"""Publication dates: parse a date string from metadata, find a dateline or "Published ..." line.

Nothing here reads the clock. Strings without a year (a wire dateline "KYIV, Sept 10 (Reuters) -")
take the year that puts the date on or before the file's modification time, and the source says
so; dateparser always gets that time as RELATIVE_BASE. When the text's own years end well before
that time (a text about "mid-2019" in a file saved in 2026), the file was saved long after it was
written: the date is put on or before the end of the latest year the text names instead.
"""
from __future__ import annotations

import re
from datetime import date, datetime

_ISO = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")
_PDF = re.compile(r"\s*(?:D:)?(\d{4})(\d{2})(\d{2})")
# a year 1800-2999 standing as a word: r"\b(1[89]\d\d|2\d\d\d)\b" written with the word edge before it after its
# first digit ("(?<!\w1)": the character before the "1" is none or no word character, as "\b" before a digit says):
# a pattern that opens with "\b" gives the regex engine no character to skip to, so it was tried at every
# character of the 20,000 read for a text's years (``_written_base``); this one is tried at each "1" and "2" only
# (speed11; the same matches and groups: tests/test_loaders_dates.py)
_YEAR = re.compile(r"(1(?<!\w1)[89]\d\d|2(?<!\w2)\d\d\d)\b")

#: how many non-empty lines at the top of the text are searched for a dateline or "Published" line
HEAD_LINES = 6
#: how much of the text is searched for the years it names (bounded: a dateline heads a short text)
YEARS_CHARS = 20000
#: the text's latest year counts when the file was saved more than one year after it and at most
#: this many years after it (older years are a history's, not the time of writing)
YEARS_BACK = 15


def iso_date(s: str | None) -> date | None:
    """The calendar date an ISO 8601 string starts with, as written (no time-zone conversion:
    "2022-09-10T23:30:00-05:00" was published on the 10th where it was written)."""
    if not s:
        return None
    return _ymd(_ISO.match(str(s)))


def pdf_date(s) -> date | None:
    """A PDF date string ("D:20220910093000+03'00'") to its calendar date, as written."""
    if not s:
        return None
    return _ymd(_PDF.match(str(s)))


def _ymd(m: re.Match | None) -> date | None:
    """The date of a match whose groups 1-3 are year, month, day; None if none or invalid."""
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def parse_date(s: str, base: datetime) -> tuple[date, bool] | None:
    """A human date string ("10 September 2022", "Sept 10") to ``(date, year_was_given)``.

    Needs a day and a month and at least one digit (so "yesterday" is not a publication date).
    A missing year is filled so that the date falls on or before ``base``.
    """
    s = s.strip(" \t,.;:-–—|")
    if not s or not re.search(r"\d", s) or len(s) > 80:
        return None
    iso = iso_date(s)
    if iso:
        return iso, True
    import dateparser

    try:
        dt = dateparser.parse(s, languages=["en"], settings={
            "RELATIVE_BASE": base.replace(tzinfo=None),
            "PREFER_DATES_FROM": "past",
            "REQUIRE_PARTS": ["day", "month"],
            "RETURN_AS_TIMEZONE_AWARE": False,
        })
    except Exception:  # dateparser raises assorted errors on odd input; it is only a candidate
        return None
    if dt is None:
        return None
    return dt.date(), bool(_YEAR.search(s))


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE = re.compile(
    r"^\s*(?P<head>(?P<place>[A-Z][A-Z'’.\- ]{1,30}(?:,\s*[A-Z][A-Za-z'’.\- ]{1,30})?),\s*"
    r"(?P<date>(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
    r"(?:" + _MONTH + r"\s+\d{1,2}|\d{1,2}\s+" + _MONTH + r")(?:,?\s+\d{4})?)"
    r"\s*(?:\((?P<agency>[A-Za-z][A-Za-z .&-]{0,30})\))?)\s*[-–—:]"
)
_PUBLISHED = re.compile(
    r"^\W{0,3}(?P<label>(?:first\s+)?(?:published|posted)(?:\s+on)?)\s*[:\-–—]?\s*(?P<rest>.{4,100})", re.I)
_CUT = re.compile(r"\s(?:[|•·]|-\s|–|—)\s*|\b(?:updated|last\s+(?:updated|modified)|by)\b", re.I)
#: a byline: "By Jane Smith, Health Correspondent | 3 May 2021", "By JANE SMITH - May 3, 2021 10:30 am"
_BYLINE = re.compile(r"^\W{0,3}(?:[Bb]y|BY)\s+[A-Z]")
#: what separates a byline's parts (the name, a title, the date)
_PARTS = re.compile(r"\s*(?:[|•·,;]|\s-\s|–|—)\s*")
_DAYNAME = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?", re.I)
#: a clock time after the date on a stamp line ("Mon 3 May 2021 14.02 BST", "May 3, 2021 at 10:30 a.m.")
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*[ap]\.?m\b", re.I)
#: a stamp opens with a weekday, a month or a number
_STAMP_START = re.compile(r"(?:\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)", re.I)
_STAMP_WORDS = 9    # a date stamp line is short: a weekday, a date, a time and a zone at most


def _written_base(text: str, base: datetime) -> tuple[datetime, str]:
    """The moment a year-less dateline is read against, and how the year is explained: the file
    time, or the end of the latest year the text names when the file was saved years after it."""
    years = [int(y) for y in _YEAR.findall(text, 0, YEARS_CHARS)]
    latest = max((y for y in years if base.year - YEARS_BACK <= y <= base.year), default=None)
    if latest is None or latest >= base.year - 1:
        return base, "year from file modification time"
    return (datetime(latest, 12, 31, 23, 59),
            f"year from the latest year the text names ({latest}), not the file time ({base.year})")


def _leading_date(words: list[str], base: datetime) -> tuple[int, tuple[date, bool]] | None:
    """The longest run of ``words`` from the first that parses as a date, and its length: trailing
    words ("at 10:30 BST", "in London") are dropped until it parses (at most 20 tries)."""
    for n in range(min(len(words), 20), 0, -1):
        got = parse_date(" ".join(words[:n]), base)
        if got:
            return n, got
    return None


def _stamp(line: str, base: datetime, byline: bool = False) -> tuple[date, bool] | None:
    """A line that is only a date stamp: "Saturday 10 September 2022", "Mon 3 May 2021 14.02 BST",
    "May 3, 2021 at 10:30 a.m. EDT". A bare date ("4 July 1776") may be a history's heading, so
    the line must also carry a year and a weekday that agrees with the date, or a clock time, or
    stand under a byline (``byline``)."""
    words = line.split()
    if not 1 <= len(words) <= _STAMP_WORDS or not _YEAR.search(line) or not _STAMP_START.match(line):
        return None
    # the run of words from the first up to the year (dateparser reads on past the date into
    # words that are not one): one parse per line
    n = next(i for i, w in enumerate(words, 1) if _YEAR.search(w))
    got = parse_date(" ".join(words[:n]), base)
    if not got or not got[1]:
        return None
    d = got[0]
    day = _DAYNAME.match(line)
    if day:
        if not d.strftime("%a").lower().startswith(day[1].lower()):
            return None     # "Friday 10 September 2022" (a Saturday): a typo or not a stamp, no guess
    elif not byline and not _CLOCK.search(line):
        return None
    if len(words) - n > 4:
        return None     # more than a time and a zone after the date: a sentence, not a stamp
    return d, True


def _line_date(line: str, base: datetime, how: str, byline: bool) -> tuple[date, str, str] | None:
    """One line's publication date, its source as said to the user, and its kind ("published",
    "byline", "stamp", "dateline"); None when the line gives none. ``byline``: the line before
    was a byline (a bare date under it is the article's)."""
    line = line[:300]
    m = _PUBLISHED.match(line)
    if m:
        rest = _CUT.split(m["rest"], maxsplit=1)[0]
        words = rest.split()
        got = _leading_date(words, base)
        if got:
            n, got = got
            shown = line[:m.start("rest")] + " ".join(words[:n])
            return got[0], f"'{shown}' line" + ("" if got[1] else f", {how}"), "published"
    if _BYLINE.match(line):     # "By Jane Smith, 3 May 2021": the first part after the name that is a date
        for sep in list(_PARTS.finditer(line))[:6]:
            rest = line[sep.end():]
            got = _leading_date(rest.split(), base) if _YEAR.search(rest) else None
            if got and got[1][1]:
                return got[1][0], f"byline '{line[:80]}'", "byline"
        return None
    got = _stamp(line, base, byline)
    if got:
        return got[0], f"date line '{line[:80]}'" + (" under the byline" if byline else ""), "stamp"
    m = _DATELINE.match(line)
    if m:
        got = parse_date(m["date"], base)
        if got:
            head = " ".join(m["head"].split())
            return got[0], f"dateline '{head}'" + ("" if got[1] else f", {how}"), "dateline"
    return None


def find_text_date(text: str, base: datetime) -> tuple[date, str] | None:
    """A dateline, "Published ..." line, byline with a date or date stamp line among the first
    HEAD_LINES non-empty lines."""
    base, how = _written_base(text, base)
    lines = [ln.strip() for ln in text[:5000].split("\n") if ln.strip()][:HEAD_LINES]
    byline = False
    for line in lines:
        got = _line_date(line, base, how, byline)
        if got:
            return got[0], got[1]
        byline = bool(_BYLINE.match(line))
    return None


#: a sentence longer than this is never only a publication line
STAMP_SENTENCE_MAX = 240


def is_stamp_sentence(sentence: str, ref: date | None = None) -> bool:
    """Is ``sentence`` (near the top of a text) nothing but the lines that say when the text was
    published or updated -- "Published 1998-08-07", "By Jane Smith, 3 May 2021", "Saturday 10
    September 2022" under a byline, "Published: 10 September 2022 | Updated: 11 September 2022"?
    Then its dates are the text's own (its reference date), not events of the story. A dateline
    ("KYIV, Sept 10 (Reuters) - Troops ...") opens the story's first sentence: never. ``ref``: the
    text's reference date, which a year-less date is read before."""
    if len(sentence) > STAMP_SENTENCE_MAX or not _YEAR.search(sentence):
        return False
    base = datetime.combine(ref or date(9999, 12, 31), datetime.max.time())
    byline, found = False, False
    for line in sentence.split("\n"):
        line = line.strip()
        if not line:
            continue
        got = _line_date(line, base, "", byline)
        if got is None and not _BYLINE.match(line) or got is not None and got[2] == "dateline":
            return False
        found = found or got is not None
        byline = bool(_BYLINE.match(line))
    return found
