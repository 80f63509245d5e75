"""Time-axis ticks that adapt to the zoom. Pure functions, no Qt.

Times are float seconds since 1970-01-01 (naive, calendar arithmetic as in UTC).
``ticks(t0, t1, width_px)`` picks the finest calendar step whose labels are at least
``min_label_px`` apart, returns the labelled (minor) ticks of that step, the coarser
major ticks that carry context ("September 2022"), and the next finer step as faint
ticks with an opacity that grows as you zoom in: the unit change is a fade, not a jump.
"""
from __future__ import annotations

import bisect
import functools
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
    #: shorter forms of the label, longest first, for where the label has not the room ("Mar 2022",
    #: "March", "Mar" for "March 2022" just before a break): a label cut to "March …" reads badly
    short: tuple[str, ...] = ()


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


def short_labels(unit: str, t: float) -> tuple[str, ...]:
    """The shorter forms of ``label(unit, t, major=True)``, longest first: what a context label
    can shrink to where the next one or a break leaves it little room. ("1 Mar 2022", "1 Mar" for
    a day; "Mar 2022", "March", "Mar" for a month; a year or longer unit has none: "2022" is short.)"""
    d = to_datetime(t)
    if unit == "day":
        return f"{d.day} {d:%b %Y}", f"{d.day} {d:%b}"
    if unit == "month":
        return f"{d:%b %Y}", f"{d:%B}", f"{d:%b}"
    return ()


def fitting_label(tick: Tick, room: float, width) -> str | None:
    """The longest form of ``tick``'s label (itself, then ``tick.short``) that ``width`` (a text's
    width in pixels) says fits in ``room`` pixels; None when none does."""
    for text in (tick.label, *tick.short):
        if width(text) <= room:
            return text
    return None


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
    out.major = [Tick(t, label(mu, t, major=True), short_labels(mu, t)) for t in tick_times(mu, ms, t0, t1)]
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


# ---- a compressed axis: long empty stretches shrunk ------------------------------------------------

@dataclass(frozen=True)
class Breaks:
    """A time axis with long empty stretches shrunk ("breaks"): a piecewise linear, increasing map
    from time ``t`` (seconds) to the axis coordinate ``u`` the view lays out and draws in. Outside
    the breaks one second of time is one second of axis (so a day is as wide everywhere, and the
    zoom levels and their layouts keep their meaning); break ``i`` maps [t0[i], t1[i]) onto the
    shorter [u0[i], u1[i]). Before the first break u == t. No break: the identity. Pure numpy."""
    t0: np.ndarray = field(default_factory=lambda: np.empty(0))
    t1: np.ndarray = field(default_factory=lambda: np.empty(0))
    u0: np.ndarray = field(default_factory=lambda: np.empty(0))
    u1: np.ndarray = field(default_factory=lambda: np.empty(0))

    def __len__(self) -> int:
        return len(self.t0)

    def same(self, other: "Breaks") -> bool:
        """The very same map (a dozen breaks at most: compared by value)."""
        return self is other or (len(self) == len(other) and all(
            np.array_equal(a, b) for a, b in ((self.t0, other.t0), (self.t1, other.t1), (self.u0, other.u0),
                                              (self.u1, other.u1))))

    @staticmethod
    def of(gaps: list[tuple[float, float, float]]) -> "Breaks":
        """Breaks from (start, end, kept length) of each stretch to shrink, in time order, apart."""
        if not gaps:
            return Breaks()
        t0 = np.array([g[0] for g in gaps], dtype=float)
        t1 = np.array([g[1] for g in gaps], dtype=float)
        keep = np.minimum(np.array([g[2] for g in gaps], dtype=float), t1 - t0)
        # each break starts where ``to_u`` takes the stretch before it, by the same float steps
        # (``t - t1[i-1] + u1[i-1]``, not ``t0 - removed so far``): float rounding is monotone, so a time
        # between two breaks then never lands an ulp inside the next one, where ``to_t`` would
        # multiply that ulp by the compression (1.9 s after a break of 136 years: 0.14 s off)
        u0, u1 = np.empty(len(t0)), np.empty(len(t0))
        for i in range(len(t0)):
            u0[i] = t0[i] if i == 0 else t0[i] - t1[i - 1] + u1[i - 1]
            u1[i] = u0[i] + keep[i]
        return Breaks(t0, t1, u0, u1)

    def to_u(self, t):
        """The axis coordinate of time ``t`` (a float or an array)."""
        if not len(self.t0):
            return t
        if np.ndim(t) == 0:       # (a float: plain Python, a frame asks a few dozen times)
            return _piecewise1(float(t), *self._lists[:4])
        return _piecewise(t, self.t0, self.t1, self.u0, self.u1)

    def to_t(self, u):
        """The time at axis coordinate ``u`` (a float or an array): ``to_t(to_u(t)) == t``."""
        if not len(self.t0):
            return u
        if np.ndim(u) == 0:
            return _piecewise1(float(u), *self._lists[2:], *self._lists[:2])
        return _piecewise(u, self.u0, self.u1, self.t0, self.t1)

    def at_level(self, level: int, shut_to: int) -> "Breaks":
        """These breaks as they are drawn at zoom ``level`` (``2 ** level`` pixels a second): the
        compression applies at the scale the axis is seen at. Up to level ``shut_to`` (the view
        that shows the story whole, and twice closer: ``TimelineView`` takes the level "fit all"
        takes, plus one) each keeps its length; zoomed in beyond, each opens up, its kept length
        ``OPEN_RATE`` times longer a level (its band ``2 * OPEN_RATE`` times wider), until it is
        time itself and no break any more: zooming into a break shows the months it stood for,
        zooming out closes it again. The same object for the same levels (cached): O(breaks)."""
        if not len(self) or level <= shut_to:
            return self
        got = self._levels.get((level, shut_to))
        if got is None:
            gap = self.t1 - self.t0
            keep = np.minimum((self.u1 - self.u0) * OPEN_RATE ** (level - shut_to), gap)   # (a break opened
            # all the way is none)
            got = self._levels[(level, shut_to)] = Breaks.of(
                [(float(a), float(b), float(k)) for a, b, k, g in zip(self.t0, self.t1, keep, gap) if k < g])
        return got

    @functools.cached_property
    def _levels(self) -> dict:
        return {}

    @functools.cached_property
    def _lists(self) -> tuple[list, list, list, list]:
        return self.t0.tolist(), self.t1.tolist(), self.u0.tolist(), self.u1.tolist()

    def in_view(self, u_lo: float, u_hi: float) -> list[int]:
        """The breaks that overlap the axis range [u_lo, u_hi]."""
        if not len(self):
            return []
        i = int(np.searchsorted(self.u1, u_lo, side="right"))
        j = int(np.searchsorted(self.u0, u_hi, side="left"))
        return list(range(i, j))

    def stretches(self, u_lo: float, u_hi: float) -> list[tuple[float, float]]:
        """The axis ranges within [u_lo, u_hi] where time runs at its own pace (between the breaks)."""
        out, a = [], u_lo
        for i in self.in_view(u_lo, u_hi):
            if self.u0[i] > a:
                out.append((a, float(self.u0[i])))
            a = max(a, float(self.u1[i]))
        if a < u_hi:
            out.append((a, u_hi))
        return out


def _piecewise1(x: float, a0: list, a1: list, b0: list, b1: list) -> float:
    """``_piecewise`` of one float, in plain Python (bisect on lists)."""
    i = bisect.bisect_right(a0, x) - 1
    if i < 0:
        return x
    if x < a1[i]:
        span = a1[i] - a0[i]
        return b0[i] + ((x - a0[i]) / span if span > 0 else 0.0) * (b1[i] - b0[i])
    return x - a1[i] + b1[i]


def _piecewise(x, a0: np.ndarray, a1: np.ndarray, b0: np.ndarray, b1: np.ndarray):
    """x mapped from the a-side to the b-side of the breaks (a0[i], a1[i]) -> (b0[i], b1[i]): inside a
    break linearly, between them shifted (slope 1). A float gives a float, an array an array."""
    if not len(a0):
        return x
    scalar = np.ndim(x) == 0
    xs = np.asarray(x, dtype=float)
    i = np.searchsorted(a0, xs, side="right") - 1
    k = np.clip(i, 0, None)
    inside = (i >= 0) & (xs < a1[k])
    span_a = a1[k] - a0[k]
    frac = np.where(span_a > 0, (xs - a0[k]) / np.where(span_a > 0, span_a, 1.0), 0.0)
    out = np.where(i < 0, xs, np.where(inside, b0[k] + frac * (b1[k] - b0[k]), xs - a1[k] + b1[k]))
    return float(out) if scalar else out


#: zoomed in beyond the view of the whole story, a break's kept length grows this many times a
#: level (``Breaks.at_level``)
OPEN_RATE = 4.0

#: a stretch no event covers is shrunk when it is this many times longer than the median time
#: between one event's start and the next's (a silence, against the story's own pace) ...
BREAK_FACTOR = 4.0
#: ... or longer than this share of the whole span (a story of a few dates far apart)
BREAK_SHARE = 0.2
#: ... and at least this long (a month: a quiet weekend stays as it is)
BREAK_MIN = 30 * DAY
#: a shrunk stretch keeps this share of what is left of the span (and at least BREAK_MIN / 6)
BREAK_KEEP = 0.06
#: the most breaks (the longest stretches): two dozen (eleventh session, was 12: a folder of 20
#: articles, a seven-century history among three years of news, left the history's shorter
#: silences at full scale and half the width)
BREAK_MAX = 24
#: breaks are made only when they save at least this share of the span
BREAK_WORTH = 0.3
#: among a story of at least STORY_MIN short events (each shorter than this: days, hours, weeks),
#: a bar at least this long (a month, a season, a year, "since 1996"), and longer than
#: BREAK_FACTOR times the median event's length, covers only its start (``find_breaks``): the
#: empty stretches after it may be shrunk and the bar is drawn across their break marks, so a
#: flood week is not squeezed into a few pixels beside last year's bar (tenth session's "still weak")
LONG_MIN = 14 * DAY
STORY_MIN = 3


def long_bars(length: np.ndarray, long_min: float = LONG_MIN, factor: float = BREAK_FACTOR,
              story_min: int = STORY_MIN) -> np.ndarray | None:
    """Which events (their lengths, seconds) are long bars beside a story of short ones: at least
    ``long_min`` and ``factor`` times the median length, among at least ``story_min`` events
    shorter than ``long_min`` (a year is no long bar in a history of years, nor beside one date);
    None when there is none. ``find_breaks`` lets only their start count. O(n)."""
    length = np.asarray(length, dtype=float)
    long = length >= long_min
    if not long.any() or int(np.count_nonzero(length < long_min)) < story_min:
        return None
    long &= length > factor * float(np.nanmedian(length))
    return long if long.any() else None


def find_breaks(start: np.ndarray, end: np.ndarray | None = None, points: np.ndarray | None = None,
                factor: float = BREAK_FACTOR, share: float = BREAK_SHARE, min_gap: float = BREAK_MIN,
                keep_share: float = BREAK_KEEP,
                max_breaks: int = BREAK_MAX, worth: float = BREAK_WORTH, long_min: float = LONG_MIN,
                story_min: int = STORY_MIN) -> Breaks:
    """The stretches of an axis to shrink: the stretches no event covers (an event covers [start,
    end), a bar its whole length, a day its day; ``points``, the reference dates, are covered too)
    that are silences against the story's own pace -- longer than ``factor`` times the median time
    from one start to the next, or than ``share`` of the whole span, and than ``min_gap`` -- at
    most ``max_breaks``, the longest (a lone
    1066 among this year's news, the years between two wars, but not the months between a war's
    battles). Each keeps ``keep_share`` of the span left, all together at most 30 % of it (each at
    least a sixth of ``min_gap`` where that keeps to the 30 %), and is
    drawn as a break mark. None (the identity) when that would save less than ``worth`` of the
    span. No event starts inside a break. Among a story of at least ``story_min`` events shorter
    than ``long_min``, an event at least ``long_min`` long and ``factor`` times the median
    event's (last year's bar, a month, a season, "since 1996") covers only its start (an open
    span's end is the reference date, a point), and the end of the last of them that reaches past
    everything else ("until 2031", the summer a heatwave week is told in): the silences after a
    start may be shrunk, its bar drawn across their marks (and ending in one); every shorter
    event is drawn at its own time's scale. A lone year bar, or bars with a date or two, keep all
    their length. O(n log n): one sort of the starts and one of their distinct values."""
    s = np.asarray(start, dtype=float)
    e = s if end is None else np.maximum(np.asarray(end, dtype=float), s)
    long = long_bars(e - s, long_min, factor, story_min)
    if long is not None:
        last = float(np.nanmax(e[long]))
        e = np.where(long, s, e)      # (its start only: many year bars' ends make no region of their own)
        if last > float(np.nanmax(e)):    # (but the end of the last one past all else: "until 2031",
            s, e = np.r_[s, last], np.r_[e, last]    # the summer a heatwave week is told in, a break before it)
    if points is not None and len(points):
        p = np.asarray(points, dtype=float)
        s, e = np.concatenate([s, p]), np.concatenate([e, p])
    ok = np.isfinite(s) & np.isfinite(e)
    s, e = s[ok], e[ok]
    if len(s) < 2:
        return Breaks()
    order = np.argsort(s, kind="stable")
    s, e = s[order], e[order]
    reach = np.maximum.accumulate(e)
    # a gap opens after item i when nothing before it reaches the next start
    at = np.flatnonzero(s[1:] > reach[:-1])
    span = float(reach[-1] - s[0])
    if span <= 0 or not len(at):
        return Breaks()
    g0, g1 = reach[at], s[at + 1]
    gaps = g1 - g0
    starts = s[np.r_[True, s[1:] != s[:-1]]]
    pace = float(np.median(np.diff(starts))) if len(starts) > 1 else 0.0
    idx = np.flatnonzero((gaps > min_gap) & ((gaps > factor * pace) | (gaps > share * span)))
    if len(idx) > max_breaks:
        idx = np.sort(idx[np.argsort(gaps[idx], kind="stable")[::-1][:max_breaks]])
    if not len(idx):
        return Breaks()
    rest = span - float(gaps[idx].sum())
    # (all of them: at most 30 % of the rest, each at least a sixth of min_gap while that keeps to it:
    # a story of one week gets no break as wide as the week; an hour at least)
    keep = max(min(keep_share, 0.3 / len(idx)) * rest, min(min_gap / 6, max(0.3 * rest / len(idx), 3600.0)))
    saved = float(np.maximum(gaps[idx] - keep, 0.0).sum())
    if saved < worth * span:
        return Breaks()
    return Breaks.of([(float(g0[i]), float(g1[i]), keep) for i in idx.tolist()])


def gap_label(seconds: float, short: bool = False) -> str:
    """What a break stands for, in words: "5 months", "3 years", "about 950 years"; ``short``:
    "5 mo", "3 yr", "950 yr" (a narrow break)."""
    days = seconds / DAY
    if days < 60:
        n, unit, abbr = round(days / 7), "week", "wk"
    elif days < 2 * 365.2425:
        n, unit, abbr = round(days / (365.2425 / 12)), "month", "mo"
    else:
        years = days / 365.2425
        if years >= 100:
            n = int(round(years, -1))
            return f"{n:,} yr" if short else f"about {n:,} years"
        n, unit, abbr = round(years), "year", "yr"
    n = max(n, 1)
    return f"{n} {abbr}" if short else f"{n} {unit}{'s' if n != 1 else ''}"
