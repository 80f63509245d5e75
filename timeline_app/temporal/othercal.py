"""Days of holidays kept by other calendars (lunar, lunisolar): a language's table of days first, then the
``holidays`` package (python-holidays, MIT), imported only when such a holiday is resolved in a year the
table does not hold (twenty-first session, holidays22).

A language names its holidays and the calendar function of each (lexicon ``dated_holiday_calendars``:
``[calendar, function]``, e.g. ``["islamic", "eid_al_fitr"]``); this module knows nothing of English. The
package's calendar classes give a holiday's day(s) in a Gregorian year; a year in which the package has no
day, or two (a lunar year is eleven days shorter: Eid al-Fitr falls in January and again in December 2033),
gives no day: a wrong date is worse than a missing one. Nothing here guesses a day from astronomy.
"""
from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

# the package's calendar classes by the lexicon's calendar names (module, class)
_CALENDARS = {"islamic": ("holidays.calendars.islamic", "_IslamicLunar"),
              "hebrew": ("holidays.calendars.hebrew", "_HebrewLunisolar"),
              "chinese": ("holidays.calendars.chinese", "_ChineseLunisolar"),
              "hindu": ("holidays.calendars.hindu", "_HinduLunisolar")}


@lru_cache(maxsize=None)
def _calendar(name: str):
    """The package's calendar object, imported on first use (None where the package or the class is not
    there: the holiday is then undated, never guessed)."""
    spec = _CALENDARS.get(name)
    if spec is None:
        return None
    try:
        import importlib
        return getattr(importlib.import_module(spec[0]), spec[1])()
    except (ImportError, AttributeError):   # pragma: no cover - the package is a dependency
        return None


@lru_cache(maxsize=4096)   # bounded: (calendar, function, year) triples a text names
def library_days(calendar: str, function: str, year: int) -> tuple[date, ...]:
    """Every day the package gives the holiday ``function`` of ``calendar`` in the Gregorian ``year``."""
    cal = _calendar(calendar)
    if cal is None or not 1 <= year <= 9998:
        return ()
    one, many = getattr(cal, f"{function}_date", None), getattr(cal, f"{function}_dates", None)
    try:
        got = one(year) if one is not None else many(year) if many is not None else None
    except (KeyError, ValueError, OverflowError):
        return ()
    if got is None:
        return ()
    if isinstance(got, tuple) and len(got) == 2 and isinstance(got[1], bool):
        got = [got[0]]   # (day, estimated)
    days = set()
    for x in [got] if isinstance(got, date) else got:   # one day, or an iterable of days or (day, estimated)
        d = x[0] if isinstance(x, tuple) else x
        if isinstance(d, date) and d.year == year:
            days.add(d)
    return tuple(sorted(days))


class DatedDays:
    """A holiday of another calendar: its table of days by year (``{"2025": "10-20"}``), the calendar
    function that gives the days of other years, and a shift in days ("Erev Yom Kippur": -1)."""

    __slots__ = ("table", "calendar", "shift", "until")

    def __init__(self, table: dict, calendar=None, shift: int = 0, until=None):
        self.table = table or {}
        self.calendar = tuple(calendar) if calendar else None
        self.shift = shift
        #: (twenty-first session) a span's last day: [calendar, function, days] of the day after it
        #: ("ramadan": the day before Eid al-Fitr)
        self.until = tuple(until) if until else None

    def __bool__(self) -> bool:
        return bool(self.table or self.calendar)

    def shifted(self, days: int) -> "DatedDays":
        return DatedDays(self.table, self.calendar, self.shift + days, self.until)

    def day(self, year: int) -> date | None:
        """The holiday's one day in ``year``: the table's, else the package's; None if neither has exactly one."""
        md = self.table.get(str(year))
        if md:
            d = date(year, *map(int, md.split("-")))
        elif self.calendar:
            days = library_days(self.calendar[0], self.calendar[1], year)
            if len(days) != 1:
                return None
            d = days[0]
        else:
            return None
        return d + timedelta(days=self.shift)

    def last_day(self, first: date) -> date | None:
        """A span's last day (the day before the first ``until`` day after ``first``), else None."""
        if not self.until:
            return None
        cal, fn = self.until[0], self.until[1]
        after = [d for y in (first.year, first.year + 1) for d in library_days(cal, fn, y) if d > first]
        if not after or (after[0] - first).days > 31:
            return None
        return after[0] - timedelta(days=1)

    def __contains__(self, year) -> bool:
        return self.day(int(year)) is not None

    def __repr__(self) -> str:
        return f"DatedDays({len(self.table)} years, {self.calendar}, shift={self.shift})"
