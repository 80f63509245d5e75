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
_YEAR = re.compile(r"\b(1[89]\d\d|2\d\d\d)\b")

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


def _written_base(text: str, base: datetime) -> tuple[datetime, str]:
    """The moment a year-less dateline is read against, and how the year is explained: the file
    time, or the end of the latest year the text names when the file was saved years after it."""
    years = [int(y) for y in _YEAR.findall(text, 0, YEARS_CHARS)]
    latest = max((y for y in years if base.year - YEARS_BACK <= y <= base.year), default=None)
    if latest is None or latest >= base.year - 1:
        return base, "year from file modification time"
    return (datetime(latest, 12, 31, 23, 59),
            f"year from the latest year the text names ({latest}), not the file time ({base.year})")


def find_text_date(text: str, base: datetime) -> tuple[date, str] | None:
    """A dateline or "Published ..." line among the first HEAD_LINES non-empty lines."""
    base, how = _written_base(text, base)
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
                    return got[0], f"'{shown}' line" + ("" if got[1] else f", {how}")
        m = _DATELINE.match(line)
        if m:
            got = parse_date(m["date"], base)
            if got:
                head = " ".join(m["head"].split())
                return got[0], f"dateline '{head}'" + ("" if got[1] else f", {how}")
    return None
