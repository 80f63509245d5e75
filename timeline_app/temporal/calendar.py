"""Calendar arithmetic and TIMEX3 values for placed times.

A placed time is a ``Point``: a granularity and the first instant it covers. From it come
the TIMEX3 value and the half-open interval [start, end).
"""
from __future__ import annotations

import calendar as _cal
from dataclasses import dataclass
from datetime import date, datetime, timedelta

MIN_YEAR, MAX_YEAR = 1, 9998

SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
POD_HOURS = {"MO": (6, 12), "MI": (11, 14), "AF": (12, 18), "EV": (18, 24), "NI": (21, 30), "DT": (6, 18)}

# Granularities from coarse to fine; the order is used to compare them.
GRAINS = ["millennium", "century", "decade", "year", "half", "quarter", "season", "month", "week",
          "weekend", "day", "part-of-day", "hour", "minute", "second"]
GRAIN_RANK = {g: i for i, g in enumerate(GRAINS)}
_STEPS = {"day": timedelta(days=1), "week": timedelta(days=7), "weekend": timedelta(days=2),
          "minute": timedelta(minutes=1), "hour": timedelta(hours=1)}   # (Point.end)
_GRAIN_MONTHS = {"month": 1, "quarter": 3, "season": 3, "half": 6, "year": 12, "decade": 120,
                 "century": 1200, "millennium": 12000}   # (Point.end: a grain's length in months)


def add_months(d: date, n: int) -> date:
    y, m = divmod(d.year * 12 + (d.month - 1) + n, 12)
    m += 1
    if not MIN_YEAR <= y <= MAX_YEAR:
        raise OverflowError("year out of range")
    return date(y, m, min(d.day, _cal.monthrange(y, m)[1]))


def add(d: date, unit: str, n: int) -> date:
    """Shift a date by n units (D, W, M, Q, Y, DE, CE)."""
    if unit == "D":
        return d + timedelta(days=n)
    if unit == "W":
        return d + timedelta(weeks=n)
    months = {"M": 1, "Q": 3, "H": 6, "Y": 12, "DE": 120, "CE": 1200, "SE": 12}.get(unit)
    if months is None:
        raise ValueError(unit)
    return add_months(d, n * months)


def monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def orthodox_easter(year: int) -> date:
    """(twenty-first session, holidays22) The Orthodox Easter Sunday as a Gregorian date: the Julian
    computus (Meeus), moved by the days the Julian calendar lags in that century (13 from 1900 to 2099)."""
    d = (19 * (year % 19) + 15) % 30
    e = (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    lag = year // 100 - year // 400 - 2 if year >= 1583 else 0
    return date(year, month, day + 1) + timedelta(days=lag)


def easter(year: int) -> date:
    """Easter Sunday: Gregorian (anonymous Gregorian algorithm); before 1583, when every church
    kept the Julian calendar and histories give its dates, the Julian Easter (Meeus's algorithm),
    as a date of that calendar: Easter 1066 is 16 April."""
    if year < 1583:
        d = (19 * (year % 19) + 15) % 30
        e = (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7
        month, day = divmod(d + e + 114, 31)
        return date(year, month, day + 1)
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th ISO weekday (1=Mon) of a month; n=-1 for the last."""
    if n > 0:
        d = date(year, month, 1)
        d += timedelta(days=(weekday - d.isoweekday()) % 7)
        return d + timedelta(weeks=n - 1)
    last = date(year, month, _cal.monthrange(year, month)[1])
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


@dataclass(frozen=True, slots=True)
class Point:
    """A placed time: ``grain`` and the first moment it covers. ``pod`` is a part-of-day code."""

    grain: str
    start: datetime
    pod: str = ""

    # ---- constructors -------------------------------------------------------------
    @staticmethod
    def day(d: date) -> "Point":
        return Point("day", datetime(d.year, d.month, d.day))

    @staticmethod
    def week(d: date) -> "Point":
        m = monday(d)
        return Point("week", datetime(m.year, m.month, m.day))

    @staticmethod
    def weekend(d: date) -> "Point":
        s = monday(d) + timedelta(days=5)
        return Point("weekend", datetime(s.year, s.month, s.day))

    @staticmethod
    def month(y: int, m: int) -> "Point":
        return Point("month", datetime(y, m, 1))

    @staticmethod
    def quarter(y: int, q: int) -> "Point":
        return Point("quarter", datetime(y, 3 * (q - 1) + 1, 1))

    @staticmethod
    def half(y: int, h: int) -> "Point":
        return Point("half", datetime(y, 6 * (h - 1) + 1, 1))

    @staticmethod
    def season(y: int, code: str) -> "Point":
        """A season of year ``y``. A winter is named by the year of its January, as annotated
        histories do: 2023-WI is December 2022 to February 2023."""
        return Point("season", datetime(y - 1 if code == "WI" else y, SEASON_START[code], 1), pod=code)

    @staticmethod
    def year(y: int) -> "Point":
        return Point("year", datetime(y, 1, 1))

    @staticmethod
    def decade(y: int) -> "Point":
        return Point("decade", datetime(max(1, y - y % 10), 1, 1))

    @staticmethod
    def century(y: int) -> "Point":
        return Point("century", datetime(max(1, y - y % 100), 1, 1))

    @staticmethod
    def part_of_day(d: date, code: str) -> "Point":
        h = POD_HOURS[code][0]
        return Point("part-of-day", datetime(d.year, d.month, d.day, h), pod=code)

    @staticmethod
    def minute(dt: datetime) -> "Point":
        return Point("minute", dt.replace(second=0, microsecond=0))

    # ---- derived --------------------------------------------------------------------
    @property
    def date(self) -> date:
        return self.start.date()

    @property
    def end(self) -> datetime:
        s, g = self.start, self.grain
        step = _STEPS.get(g)
        if step is not None:   # a day, a week, a weekend, an hour, a minute
            return s + step
        if g == "part-of-day":
            a, b = POD_HOURS[self.pod]
            return s + timedelta(hours=b - a)
        months = _GRAIN_MONTHS[g]
        if s.day == 1:
            # (speed6) every constructor puts these grains on a month's first day: ``add_months``'
            # day is then min(1, the month's length) = 1, with no ``monthrange``; its year bound kept
            y, m = divmod(s.year * 12 + (s.month - 1) + months, 12)
            if MIN_YEAR <= y <= MAX_YEAR:
                return datetime(y, m + 1, 1)
            return datetime(MAX_YEAR + 1, 1, 1)
        try:
            e = add_months(s.date(), months)
        except OverflowError:
            e = date(MAX_YEAR + 1, 1, 1)
        return datetime(e.year, e.month, e.day)

    @property
    def value(self) -> str:
        s, g = self.start, self.grain
        y = f"{s.year:04d}"
        if g == "day":
            return f"{y}-{s.month:02d}-{s.day:02d}"
        if g in ("week", "weekend"):
            iy, iw, _ = s.date().isocalendar()
            return f"{iy:04d}-W{iw:02d}" + ("-WE" if g == "weekend" else "")
        if g == "month":
            return f"{y}-{s.month:02d}"
        if g == "quarter":
            return f"{y}-Q{(s.month - 1) // 3 + 1}"
        if g == "half":
            return f"{y}-H{(s.month - 1) // 6 + 1}"
        if g == "season":
            return f"{s.year + (1 if self.pod == 'WI' else 0):04d}-{self.pod}"
        if g == "year":
            return y
        if g == "decade":
            return y[:3]
        if g == "century":
            return y[:2]
        if g == "millennium":
            return y[:1]
        if g == "part-of-day":
            return f"{y}-{s.month:02d}-{s.day:02d}T{self.pod}"
        if g == "hour":
            return f"{y}-{s.month:02d}-{s.day:02d}T{s.hour:02d}"
        if g == "minute":
            return f"{y}-{s.month:02d}-{s.day:02d}T{s.hour:02d}:{s.minute:02d}"
        return s.isoformat()

    def shift(self, n: int, unit: str | None = None) -> "Point":
        """The same kind of period n steps away (unit defaults to the point's own)."""
        g = self.grain
        d = self.start.date()
        unit = unit or {"day": "D", "week": "W", "weekend": "W", "month": "M", "quarter": "Q", "season": "Y",
                        "half": "H", "year": "Y", "decade": "DE", "century": "CE", "part-of-day": "D",
                        "minute": "D", "hour": "D"}.get(g, "D")
        nd = add(d, unit, n)
        if g in ("week", "weekend"):
            return Point(g, datetime(nd.year, nd.month, nd.day)) if g == "week" else Point.weekend(nd)
        return Point(g, datetime(nd.year, nd.month, nd.day, self.start.hour, self.start.minute), self.pod)

    def coarsen(self, grain: str) -> "Point":
        d = self.start.date()
        return {
            "day": lambda: Point.day(d), "week": lambda: Point.week(d), "month": lambda: Point.month(d.year, d.month),
            "quarter": lambda: Point.quarter(d.year, (d.month - 1) // 3 + 1),
            "half": lambda: Point.half(d.year, (d.month - 1) // 6 + 1),
            "year": lambda: Point.year(d.year), "decade": lambda: Point.decade(d.year),
            "century": lambda: Point.century(d.year),
        }[grain]()
