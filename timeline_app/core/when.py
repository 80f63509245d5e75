"""What a user types as an event's date, turned into an interval: ``parse_when``.

Accepted: a TIMEX3 / ISO value (``2022``, ``2022-09``, ``2022-09-03``, ``2022-W36``,
``2022-W36-WE``, ``2022-Q3``, ``2022-H2``, ``2022-SU``, ``202`` (a decade), ``19`` (a century),
``2022-09-03T14:30``, ``2022-09-03TMO``), a ``date`` or ``datetime``, a ``(start, end)`` pair,
or words ("Sept 3", "last Friday") read by dateparser against the document's reference date.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from timeline_app.temporal.calendar import POD_HOURS, SEASON_START, Point


@dataclass(frozen=True)
class When:
    """A corrected date: TIMEX3 value, half-open interval [start, end) and granularity."""

    timex_value: str
    start: datetime | None
    end: datetime | None
    granularity: str
    timex_type: str = "DATE"

    def as_dict(self) -> dict:
        return {"timex_value": self.timex_value, "timex_type": self.timex_type, "granularity": self.granularity,
                "start": self.start.isoformat() if self.start else None,
                "end": self.end.isoformat() if self.end else None}

    @staticmethod
    def from_dict(d: dict) -> "When":
        return When(d["timex_value"], datetime.fromisoformat(d["start"]) if d.get("start") else None,
                    datetime.fromisoformat(d["end"]) if d.get("end") else None, d.get("granularity", ""),
                    d.get("timex_type", "DATE"))


_VALUE = [
    (re.compile(r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?"),
     lambda m: Point.minute(datetime(*map(int, m.groups())))),
    (re.compile(r"(\d{4})-(\d{2})-(\d{2})T(\d{2})"),
     lambda m: Point("hour", datetime(*map(int, m.groups())))),
    (re.compile(r"(\d{4})-(\d{2})-(\d{2})T(%s)" % "|".join(POD_HOURS)),
     lambda m: Point.part_of_day(date(int(m[1]), int(m[2]), int(m[3])), m[4])),
    (re.compile(r"(\d{4})-(\d{2})-(\d{2})"), lambda m: Point.day(date(int(m[1]), int(m[2]), int(m[3])))),
    (re.compile(r"(\d{4})-W(\d{2})-WE"), lambda m: Point.weekend(date.fromisocalendar(int(m[1]), int(m[2]), 1))),
    (re.compile(r"(\d{4})-W(\d{2})"), lambda m: Point.week(date.fromisocalendar(int(m[1]), int(m[2]), 1))),
    (re.compile(r"(\d{4})-(\d{2})"), lambda m: Point.month(int(m[1]), int(m[2]))),
    (re.compile(r"(\d{4})-Q([1-4])"), lambda m: Point.quarter(int(m[1]), int(m[2]))),
    (re.compile(r"(\d{4})-H([12])"), lambda m: Point.half(int(m[1]), int(m[2]))),
    (re.compile(r"(\d{4})-(%s)" % "|".join(SEASON_START)), lambda m: Point.season(int(m[1]), m[2])),
    (re.compile(r"(\d{4})"), lambda m: Point.year(int(m[1]))),
    (re.compile(r"(\d{3})"), lambda m: Point.decade(int(m[1]) * 10)),
    (re.compile(r"(\d{2})"), lambda m: Point.century(int(m[1]) * 100)),
]


class WhenError(ValueError):
    """The text is not a date the app can place; ``str()`` says so in one line."""


def _from_point(p: Point) -> When:
    return When(p.value, p.start, p.end, p.grain, "TIME" if p.grain in ("hour", "minute", "part-of-day") else "DATE")


def parse_when(value, reference_date: date | None = None) -> When:
    """``value`` as a When (see the module doc); WhenError with a one-line reason if it is none."""
    if isinstance(value, When):
        return value
    if isinstance(value, tuple) and len(value) == 2:
        s, e = (v if isinstance(v, datetime) else datetime.fromisoformat(str(v)) if v else None for v in value)
        if s is None or e is None or not e > s:
            raise WhenError(f"not an interval: {value!r} (the end must come after the start)")
        return When(f"{s.isoformat()}/{e.isoformat()}", s, e, "", "DATE")
    if isinstance(value, datetime):
        return _from_point(Point.minute(value))
    if isinstance(value, date):
        return _from_point(Point.day(value))
    text = str(value).strip()
    if not text:
        raise WhenError("no date given")
    for pattern, build in _VALUE:
        m = pattern.fullmatch(text)
        if m:
            try:
                return _from_point(build(m))
            except (ValueError, KeyError, OverflowError) as e:
                raise WhenError(f"not a real date: {text} ({e})") from None
    return _words(text, reference_date)


def _words(text: str, reference_date: date | None) -> When:
    import dateparser

    base = datetime.combine(reference_date, datetime.min.time()) if reference_date else None
    settings = {"PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": True, "REQUIRE_PARTS": []}
    if base is not None:
        settings["RELATIVE_BASE"] = base
    try:
        found = dateparser.date.DateDataParser(languages=["en"], settings=settings).get_date_data(text)
    except Exception:  # dateparser on odd input: still one line
        found = None
    if not found or found.date_obj is None:
        raise WhenError(f"not a date: {text!r} (try 2022-09-03, 2022-09, 2022-W36 or words such as 'Sept 3')")
    d, period = found.date_obj, found.period
    if period == "year":
        return _from_point(Point.year(d.year))
    if period == "month":
        return _from_point(Point.month(d.year, d.month))
    if period == "week":
        return _from_point(Point.week(d.date()))
    if period == "time" and (d.hour or d.minute):
        return _from_point(Point.minute(d))
    return _from_point(Point.day(d.date()))
