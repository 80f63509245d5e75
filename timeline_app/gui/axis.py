"""Time-axis ticks that adapt to the zoom. Pure functions, no Qt.

Times are float seconds since 1970-01-01 (naive, calendar arithmetic as in UTC).
``ticks(t0, t1, width_px)`` picks the finest calendar step whose labels are at least
``min_label_px`` apart, returns the labelled (minor) ticks of that step, the coarser
major ticks that carry context ("September 2022"), and the next finer step as faint
ticks with an opacity that grows as you zoom in: the unit change is a fade, not a jump.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

import numpy as np

_EPOCH = datetime(1970, 1, 1)
HOUR, DAY = 3600.0, 86400.0
YEAR = 365.2425 * DAY
MONTH = YEAR / 12

# Calendar steps, finest first: (unit, count, approximate length in seconds).
STEPS: list[tuple[str, int, float]] = [
    ("minute", 15, 900.0), ("minute", 30, 1800.0),
    ("hour", 1, HOUR), ("hour", 3, 3 * HOUR), ("hour", 6, 6 * HOUR), ("hour", 12, 12 * HOUR),
    ("day", 1, DAY), ("week", 1, 7 * DAY),
    ("month", 1, MONTH), ("month", 3, 3 * MONTH),
    ("year", 1, YEAR), ("year", 2, 2 * YEAR), ("year", 5, 5 * YEAR),
    ("decade", 1, 10 * YEAR), ("decade", 2, 20 * YEAR), ("decade", 5, 50 * YEAR),
    ("century", 1, 100 * YEAR), ("century", 5, 500 * YEAR), ("century", 10, 1000 * YEAR),
]

# Context carried by the major ticks for each unit.
_MAJOR_OF = {"minute": ("day", 1), "hour": ("day", 1), "day": ("month", 1), "week": ("month", 1),
             "month": ("year", 1), "year": ("decade", 1), "decade": ("century", 1),
             "century": ("century", 10)}

# Keep to the years Python's datetime can label: the view spans at most 0001-01-01 .. the end of 9999.
T_MIN = (datetime(1, 1, 1) - _EPOCH).total_seconds()
T_MAX = (datetime(9999, 12, 31, 23, 59, 59) - _EPOCH).total_seconds() + 1.0


@dataclass
class Tick:
    t: float
    label: str


@dataclass
class Ticks:
    unit: str                      # "hour", "day", "week", "month", "year", "decade", "century", ...
    step: int                      # how many units between labelled ticks
    minor: list[Tick] = field(default_factory=list)   # labelled ticks of the chosen step
    major: list[Tick] = field(default_factory=list)   # coarser ticks with context labels
    faint: list[float] = field(default_factory=list)  # next finer step, unlabelled
    faint_alpha: float = 0.0       # 0..1 opacity of the faint ticks
    label_alpha: float = 1.0       # 0.35..1 opacity of the minor labels: they fade in after a unit change


#: the last second Python's datetime can hold
_T_LAST = T_MAX - 1.0


def to_datetime(t: float) -> datetime:
    """The datetime of ``t`` seconds, clamped to the years 1-9999 (a view fitted around an event
    in December 9999 reaches past them; a label there must not raise)."""
    return _EPOCH + timedelta(seconds=min(max(float(t), T_MIN), _T_LAST))


def from_datetime(d: datetime) -> float:
    return (d - _EPOCH).total_seconds()


def choose_step(seconds_per_px: float, min_label_px: float = 80.0) -> int:
    """Index in STEPS of the finest step whose ticks are at least ``min_label_px`` apart."""
    for i, (_, _, length) in enumerate(STEPS):
        if length / seconds_per_px >= min_label_px:
            return i
    return len(STEPS) - 1


def tick_times(unit: str, step: int, t0: float, t1: float) -> np.ndarray:
    """Calendar-aligned tick times (seconds) of ``step`` ``unit``s covering [t0, t1]."""
    t0, t1 = max(t0, T_MIN), min(t1, T_MAX)
    if t1 <= t0:
        return np.empty(0)
    if unit in ("minute", "hour", "day"):
        size = {"minute": 60.0, "hour": HOUR, "day": DAY}[unit] * step
        first = np.floor(t0 / size) * size
        return np.arange(first, t1 + size, size)
    if unit == "week":  # weeks start on Monday; 1970-01-05 was a Monday
        size, monday = 7 * DAY, 4 * DAY
        first = np.floor((t0 - monday) / size) * size + monday
        return np.arange(first, t1 + size, size)
    if unit == "month":
        m0 = np.datetime64(int(t0), "s").astype("datetime64[M]").astype(np.int64)
        m1 = np.datetime64(int(t1), "s").astype("datetime64[M]").astype(np.int64) + 1
        months = np.arange(m0 - (m0 % step), m1 + step, step)
    else:
        years_per = {"year": 1, "decade": 10, "century": 100}[unit] * step
        y0 = np.datetime64(int(t0), "s").astype("datetime64[Y]").astype(np.int64) + 1970
        y1 = np.datetime64(int(t1), "s").astype("datetime64[Y]").astype(np.int64) + 1970 + 1
        years = np.arange(y0 - (y0 % years_per), y1 + years_per, years_per)
        years = years[(years >= 1) & (years <= 9999)]
        months = (years - 1970) * 12
    out = months.astype("datetime64[M]").astype("datetime64[s]").astype(np.int64).astype(float)
    return out[(out >= T_MIN) & (out <= _T_LAST)]


def label(unit: str, t: float, major: bool = False) -> str:
    d = to_datetime(t)
    if major:
        if unit == "day":
            return f"{d:%a} {d.day} {d:%b %Y}"
        if unit == "month":
            return f"{d:%B %Y}"
        if unit == "year":
            return f"{d.year}"
        if unit == "decade":
            return f"{d.year // 10 * 10}s"
        return f"{d.year // 100 * 100}s" if unit == "century" else str(d.year)
    if unit in ("minute", "hour"):
        return f"{d:%H:%M}"
    if unit == "day":
        return f"{d:%a} {d.day}"
    if unit == "week":
        return f"{d.day} {d:%b}"
    if unit == "month":
        return f"{d:%b}"
    if unit == "year":
        return str(d.year)
    if unit == "decade":
        return f"{d.year}s"
    return f"{d.year}s" if d.year % 100 == 0 else str(d.year)


def ticks(t0: float, t1: float, width_px: float, min_label_px: float = 80.0, faint_min_px: float = 6.0) -> Ticks:
    """The ticks of the visible range [t0, t1] drawn over ``width_px`` pixels."""
    if width_px <= 0 or not t1 > t0:
        return Ticks("day", 1)
    spp = (t1 - t0) / width_px
    i = choose_step(spp, min_label_px)
    unit, step, _ = STEPS[i]
    out = Ticks(unit, step)
    out.minor = [Tick(t, label(unit, t)) for t in tick_times(unit, step, t0, t1)]
    spacing = STEPS[i][2] / spp
    out.label_alpha = float(0.35 + 0.65 * np.clip((spacing - min_label_px) / (0.6 * min_label_px), 0.0, 1.0))
    mu, ms = _MAJOR_OF[unit]
    if unit == "century" and step >= 10:
        mu, ms = "century", step
    out.major = [Tick(t, label(mu if mu != "day" else "day", t, major=True))
                 for t in tick_times(mu, ms, t0, t1)]
    if i > 0:
        fu, fs, flen = STEPS[i - 1]
        px = flen / spp
        # Faint ticks fade in from faint_min_px apart (invisible) to min_label_px (where they get labels).
        out.faint_alpha = float(np.clip((px - faint_min_px) / (min_label_px - faint_min_px), 0.0, 1.0))
        if out.faint_alpha > 0:
            out.faint = tick_times(fu, fs, t0, t1).tolist()
    return out


def nice_range_label(t0: float, t1: float) -> str:
    """A short human description of a visible range, e.g. "3 Sep 2022 – 17 Sep 2022"."""
    a, b = to_datetime(max(t0, T_MIN)), to_datetime(min(t1, T_MAX))
    return f"{a.day} {a:%b %Y} – {b.day} {b:%b %Y}"
