"""Publication dates: parse a date string from metadata, find a dateline or "Published ..." line.

Nothing here reads the clock. Strings without a year (a wire dateline "KYIV, Sept 10 (Reuters) -")
take the year that puts the date on or before the file's modification time, and the source says
so; dateparser always gets that time as RELATIVE_BASE.
"""
from __future__ import annotations

import re
from datetime import date, datetime

_ISO = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")
_PDF = re.compile(r"\s*(?:D:)?(\d{4})(\d{2})(\d{2})")
_YEAR = re.compile(r"\b(1[89]\d\d|2\d\d\d)\b")

#: how many non-empty lines at the top of the text are searched for a dateline or "Published" line
HEAD_LINES = 6


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


def find_text_date(text: str, base: datetime) -> tuple[date, str] | None:
    """A dateline or "Published ..." line among the first HEAD_LINES non-empty lines."""
    lines = [ln.strip() for ln in text[:5000].split("\n") if ln.strip()][:HEAD_LINES]
    for line in lines:
        line = line[:300]
        m = _PUBLISHED.match(line)
        if m:
            rest = _CUT.split(m["rest"], maxsplit=1)[0]
            words = rest.split()
            for n in range(len(words), 1, -1):  # drop trailing words ("at 10:30 BST", "in London") until it parses
                got = parse_date(" ".join(words[:n]), base)
                if got:
                    shown = line[:m.start("rest")] + " ".join(words[:n])
                    return got[0], f"'{shown}' line" + ("" if got[1] else ", year from file modification time")
        m = _DATELINE.match(line)
        if m:
            got = parse_date(m["date"], base)
            if got:
                head = " ".join(m["head"].split())
                return got[0], f"dateline '{head}'" + ("" if got[1] else ", year from file modification time")
    return None
