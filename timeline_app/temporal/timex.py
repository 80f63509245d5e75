"""The result type of the tagger: one time expression, normalised and placed."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(slots=True)
class DerivedEvent:
    """An event the text names without a date, dated from a length that joins it to an event the
    text does date: "[her trip on Saturday] comes a week after Shmygal's trip to Berlin" dates
    Shmygal's trip to about Saturday minus a week. Not a time expression: the app shows it as an
    event of its own (``core.events.derived_rows``). See ``temporal/anchors.py``."""

    start_char: int          # the event's phrase in the text ("Shmygal's trip to Berlin")
    end_char: int
    phrase: str
    timex_value: str         # the date reached, e.g. 2022-09-03
    start: datetime
    end: datetime
    granularity: str
    explanation: str         # the anchor, the length, and that the date is read backwards
    approximate: bool = False


@dataclass(slots=True)
class Timex:
    start_char: int          # offsets into the text given to tag(); text[start_char:end_char] == expression
    end_char: int
    expression: str
    timex_type: str          # DATE | TIME | DURATION | SET
    timex_value: str         # TimeML TIMEX3 value, e.g. 2022-09-10, 2022-W36, P2W, XXXX-WXX-5
    start: datetime | None = None   # absolute half-open interval [start, end); None if it cannot be placed
    end: datetime | None = None
    granularity: str = ""    # century|decade|year|season|quarter|month|week|day|part-of-day|hour|minute|second|""
    explanation: str = ""    # which anchor and which rule gave the value
    rule: str = ""           # rule name (for debugging / tests)
    mod: str = ""            # TIMEX3 mod (START, END, MID, APPROX, ...)
    anchor: str = ""         # what the value hangs on: "dct", "last", "sentence", "event", "text"... (see Resolved)
    derived: DerivedEvent | None = None   # an undated event this length dates (temporal/anchors.py)


# ---- TIMEX3 values (TimeML 1.2.1 / TIDES 2005: ISO 8601 with placeholders X) -----------------
# A year is four digits (or XXXX; a decade 199X, a century 19XX); a year BC is "BC" and four
# digits, never placeholders (BCXXXX names no year); truncated values stand alone: "199" is a
# decade, "19" a century, "1" a millennium (BC too: "BC049"). After the year: a month and day,
# an ISO week (with a weekday or WE), a quarter, a half or a season; a time after a day or a
# weekday: hours (24 only as 24:00), minutes, seconds, a time zone, or a part of the day. Durations are
# "P" and numbers with units (Y M W D Q H, DE CE ML, L E C), then "T" and H M S; "X" for an
# unknown number. The reference words: PRESENT_REF, PAST_REF, FUTURE_REF.
from timeline_app.temporal import fastre as _re
from functools import lru_cache as _lru_cache
from calendar import monthrange as _monthrange

_X2 = r"(?:\d\d|XX)"
_TIME = (r"(?:T(?:(?:[01]\d|2[0-4]|XX)(?::(?:[0-5]\d|XX)(?::(?:[0-5]\d|60|XX)(?:\.\d+)?)?)?"
         r"(?:Z|[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?)?|MO|MI|AF|EV|NI|DT))")
_DAY_PART = (r"(?:-(?:0[1-9]|1[0-2]|XX)(?:-(?:0[1-9]|[12]\d|3[01]|XX)" + _TIME + r"?)?"
             # (worldhol38, §149) a weekday of a month, its week not said: "every Heroes Day" (the third Monday of
             # October) XXXX-10-WXX-1, as the fresh gold writes "first Friday in July" XXXX-07-WXX-5
             r"|-(?:0[1-9]|1[0-2])-WXX-[1-7]"
             r"|-W(?:0[1-9]|[1-4]\d|5[0-3]|XX)(?:-(?:[1-7]|X)" + _TIME + r"?|-WE)?"
             r"|-Q[1-4X]|-H[12X]|-(?:SP|SU|FA|WI))")
_YEAR = r"(?P<year>\d{4}|\d{3}X|\d\dXX|XXXX)"
_BC_YEAR = r"BC(?P<bcyear>\d{4})"
_DATE_RE = _re.compile(r"(?:%s|%s)%s?" % (_YEAR, _BC_YEAR, _DAY_PART))
_TRUNCATED_RE = _re.compile(r"(?:BC)?(?:\d{1,3}|\dX{1,2}|\d\dX)")
_NUM = r"(?:\d+(?:\.\d+)?|\.\d+|X+)"
_DURATION_RE = _re.compile(r"P(?=.)(?:%s(?:Y|M|W|D|Q|H|DE|CE|ML|L|E|C))*(?:T(?=.)(?:%s[HMS])+)?" % (_NUM, _NUM))
_REFS = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})


@_lru_cache(maxsize=8192)  # values repeat (a document names the same days again and again)
def valid_timex_value(value: str) -> bool:
    """Whether ``value`` is a TIMEX3 value by the TimeML grammar above, and a full date in it
    names a real day (no 2023-02-29, no month 13, no 24:30)."""
    if not value or not isinstance(value, str):
        return False
    if value in _REFS:
        return True
    if value[0] == "P":
        return _DURATION_RE.fullmatch(value) is not None
    if _TRUNCATED_RE.fullmatch(value):
        return True
    m = _DATE_RE.fullmatch(value)
    if m is None:
        return False
    t = value.find("T")
    if t >= 0 and value[t + 1:t + 3] == "24" and value[t + 3:] not in ("", ":00", ":00:00"):
        return False
    ymd = _re.match(r"(?:BC)?(\d{4})-(\d\d)-(\d\d)", value)
    if ymd:
        y, mo, d = (int(g) for g in ymd.groups())
        if value[0] == "B":   # (history8) a year BC is a leap year by its astronomical number (1 BC = 0, 45 BC = -44)
            y = (1 - y) % 400 + 400
        if d > _monthrange(y if y > 0 else 2000 + (y % 400), mo)[1]:
            return False
    return True
