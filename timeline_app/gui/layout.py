"""Lane assignment and clustering of timeline events. Pure functions over numpy arrays, no Qt.

Everything here works in time units (seconds). The view lays out at a *zoom level*: a scale
``px_per_s`` rounded down to a power of two. Pixel sizes (marker, label, badge, gap) are
turned into time at that scale, so a layout stays free of overlap at every actual scale
between that level and the next (zooming in only widens gaps); the view caches one layout
per level.

* With a lane budget (the lanes the view has room for), ``layout`` fills the lanes stretch by
  stretch, at every level: events in start order take the lowest free lane; one finding none
  goes into a badge (a count) on the bottom lane, one badge per ~badge width of such events.
  Each stretch of time thus shows what its lanes hold and only its overflow as a badge, whatever
  its neighbours hold. Bars wider than the view (``long_px``: a year at an hour per pixel) take
  at most the top third of the lanes, so what is specific at that zoom keeps the rest.
  Without a budget, ``cluster`` groups events whose starts fall in the same cell (``cell_px``
  wide) when a cell holds more than ``max_per_cell``. Either way the badges are made smaller at
  each finer level (time per pixel halves), so they split apart as you zoom in.
* ``layout_steps`` is the same work as a generator that pauses every few milliseconds, so the
  view can lay out a new level between frames (``run`` runs one to its end).
* ``assign_lanes`` is greedy interval partitioning in start order with two heaps
  (O(n log n)); it uses the least number of lanes, and runs of items that overlap nothing
  are placed on lane 0 without the Python loop.
"""
from __future__ import annotations

import heapq
import math
from bisect import bisect_left
from dataclasses import dataclass
from typing import Generator, TypeVar

import numpy as np

T = TypeVar("T")


def level_of(px_per_s: float) -> int:
    """The zoom level of a scale: floor(log2(px per second))."""
    return int(math.floor(math.log2(px_per_s)))


def level_scale(level: int) -> float:
    return 2.0 ** level


#: pixels between a dot or bar and a label on its left (``layout(flip_at=...)``)
LABEL_PAD_PX = 5.0

#: a bar shorter than this share of its label's width (``label_px``, from the average character
#: width: a little more than most labels take) has its label after its end instead of inside
AFTER_SHARE = 0.6

STEP = 2048    # loop iterations between two yields of a ``*_steps`` generator (~2 ms of Python)


def run(steps: Generator[None, None, T]) -> T:
    """Run a ``*_steps`` generator to its end and return its result."""
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value


def assign_lanes(x0: np.ndarray, x1: np.ndarray, gap: float = 0.0) -> np.ndarray:
    """Lane index for each item [x0, x1) so that no two items in one lane are closer than ``gap``.

    Greedy in start order, reusing the lowest free lane: optimal (lanes == largest overlap).
    """
    return run(assign_lanes_steps(x0, x1, gap))


def assign_lanes_steps(x0: np.ndarray, x1: np.ndarray, gap: float = 0.0) -> Generator[None, None, np.ndarray]:
    """``assign_lanes`` in steps: yields every ``STEP`` items of its loop (see ``layout_steps``)."""
    x0 = np.asarray(x0, dtype=float)
    x1 = np.maximum(np.asarray(x1, dtype=float), x0)
    n = len(x0)
    lanes = np.zeros(n, dtype=np.int32)
    if n < 2:
        return lanes
    order = np.argsort(x0, kind="stable")
    s, e = x0[order], x1[order] + gap
    reach = np.maximum.accumulate(e)
    # An item starts a new group when nothing before it reaches it: every lane is free there.
    new_group = np.empty(n, dtype=bool)
    new_group[0] = True
    new_group[1:] = s[1:] >= reach[:-1]
    gid = np.cumsum(new_group) - 1
    sizes = np.bincount(gid)
    busy = sizes[gid] > 1
    idx = np.flatnonzero(busy)
    if len(idx):
        out = np.zeros(n, dtype=np.int32)
        sb, eb = s[idx], e[idx]
        # "item j has ended by the time item k starts" is e_j <= s_k, i.e. free_at_j <= k with
        # free_at_j the first busy item starting at or after e_j (starts are sorted). Heap entries
        # are plain ints free_at << shift | lane: cheaper to compare than (float, int) tuples.
        free_at = np.searchsorted(sb, eb, side="left").tolist()
        starts = new_group[idx].tolist()
        shift = max(21, len(idx).bit_length() + 1)
        mask = (1 << shift) - 1
        res = [0] * len(idx)
        active: list[int] = []
        free: list[int] = []
        nxt = 0
        push, pop, replace = heapq.heappush, heapq.heappop, heapq.heapreplace
        pause = STEP
        for k in range(len(free_at)):
            if k >= pause:
                pause += STEP
                yield
            if starts[k]:
                active.clear()
                free.clear()
                nxt = 0
            limit = (k + 1) << shift
            if not free and active and active[0] < limit and (
                    len(active) == 1 or active[1] >= limit and (len(active) == 2 or active[2] >= limit)):
                # Common case: exactly one lane frees up and none is waiting; it is the lowest free
                # lane, so take it over in one heap operation.
                lane = active[0] & mask
                replace(active, (free_at[k] << shift) | lane)
                res[k] = lane
                continue
            while active and active[0] < limit:
                push(free, pop(active) & mask)
            if free:
                lane = pop(free)
            else:
                lane = nxt
                nxt += 1
            res[k] = lane
            push(active, (free_at[k] << shift) | lane)
        out[idx] = res
        lanes[order] = out
    return lanes


def cluster(start: np.ndarray, cell: float, max_per_cell: int) -> tuple[np.ndarray, np.ndarray]:
    """Which events go into a badge: returns (cluster id per event or -1, cluster first-start).

    Cells are ``cell`` seconds wide, aligned on 0; a cell with more than ``max_per_cell``
    event starts becomes one cluster.
    """
    start = np.asarray(start, dtype=float)
    if len(start) == 0:
        return np.full(0, -1, dtype=np.int64), np.empty(0)
    inv, counts = _cells(start, cell)
    return _clusters(start, inv, counts, max_per_cell)


def _cells(start: np.ndarray, cell: float) -> tuple[np.ndarray, np.ndarray]:
    """Per event its cell's number among the occupied cells, and each occupied cell's count."""
    _, inv, counts = np.unique(np.floor(start / cell).astype(np.int64), return_inverse=True, return_counts=True)
    return inv, counts


def _clusters(start: np.ndarray, inv: np.ndarray, counts: np.ndarray, threshold: int) -> tuple[np.ndarray, np.ndarray]:
    dense = counts > threshold
    if not dense.any():
        return np.full(len(start), -1, dtype=np.int64), np.empty(0)
    k = int(dense.sum())
    number = np.full(len(counts), -1, dtype=np.int64)
    number[dense] = np.arange(k)
    cid = number[inv]
    first = group_min_max(cid, start, k)[0]
    return cid, first


def lanes_needed(x0: np.ndarray, x1: np.ndarray, gap: float = 0.0) -> int:
    """The lanes ``assign_lanes`` uses (the most items [x0, x1 + gap) over one point), without its loop.

    One sort of the 2n ends, O(n log n) in numpy: cheap enough to try several clusterings.
    """
    n = len(x0)
    if n < 2:
        return n
    # Ends first, then a stable sort: at a tie an item ending frees its lane for one starting there.
    pts = np.concatenate([np.asarray(x1, dtype=float) + gap, np.asarray(x0, dtype=float)])
    step = np.concatenate([np.full(n, -1, dtype=np.int32), np.ones(n, dtype=np.int32)])
    return int(np.cumsum(step[np.argsort(pts, kind="stable")]).max())


@dataclass
class Layout:
    """The items to draw at one zoom level, sorted by x0.

    ``kind[i] >= 0`` is an event index; ``kind[i] < 0`` is cluster ``-kind[i]-1``.
    ``reach`` is the running maximum of x1, for culling with two binary searches.
    ``point`` says per event whether it is drawn as a dot at this level (a day or a time too
    short to show as a band) or as a bar over [start, end).
    """

    level: int
    x0: np.ndarray
    x1: np.ndarray
    lane: np.ndarray
    kind: np.ndarray
    count: np.ndarray          # events in the item (1 for an event)
    cluster_of: np.ndarray     # per event: cluster id or -1
    cluster_span: np.ndarray   # per cluster: (first start, last end) in seconds, shape (k, 2)
    lanes: int
    reach: np.ndarray
    point: np.ndarray | None = None         # per event: drawn as a dot (True) or a bar
    cluster_doc: np.ndarray | None = None   # per cluster: the one key (document) of all its events, or -1
    left: np.ndarray | None = None          # per event: its label on the left of its dot or bar (None: none)
    #: per event: a bar too short for its label at this level has the label after its end, not
    #: starting over it ("The Kremlin ordered its invasion" over a three-day bar); None: none
    after: np.ndarray | None = None

    def mapped(self, f) -> "Layout":
        """This layout with its positions put through ``f`` (an increasing map of arrays: another
        axis of the same times). Lanes are kept: a map that only widens gaps makes no overlap."""
        x0, x1 = f(self.x0), f(self.x1)
        span = f(self.cluster_span) if len(self.cluster_span) else self.cluster_span
        return Layout(self.level, x0, x1, self.lane, self.kind, self.count, self.cluster_of, span, self.lanes,
                      np.maximum.accumulate(x1) if len(x1) else x1, self.point, self.cluster_doc, self.left,
                      self.after)

    def visible(self, t0: float, t1: float) -> np.ndarray:
        """Indices of the items that intersect [t0, t1]."""
        hi = int(np.searchsorted(self.x0, t1, side="right"))
        lo = int(np.searchsorted(self.reach[:hi], t0, side="right")) if hi else 0
        if lo >= hi:
            return np.empty(0, dtype=np.int64)
        sel = np.arange(lo, hi)
        return sel[self.x1[lo:hi] >= t0]


def layout(start: np.ndarray, end: np.ndarray, is_point: np.ndarray, label_px: np.ndarray, level: int,
           marker_px: float = 10.0, gap_px: float = 6.0, cell_px: float = 24.0, max_per_cell: int = 3,
           badge_px: float = 40.0, min_cell_s: float = 3600.0, max_lanes: int | None = None,
           band_px: float = 16.0, key: np.ndarray | None = None, long_px: float | None = None,
           long_lanes: float = 1 / 3, flip_at: float | None = None) -> Layout:
    """Lay events out at a zoom level: clusters where dense, then lanes without overlap.

    With ``max_lanes`` (the lanes the view has room for), the height is used before anything
    gathers into a badge: when every event fits in ``max_lanes`` lanes there is no badge; else
    each event takes a free lane of the first ``max_lanes - 1`` where it starts, and only the
    events finding none go into badges on the last lane (``_budget_layout``). That holds at every
    level, the finest too: year-long bars seen at an hour per pixel column would otherwise stack
    into a thousand lanes. ``long_px``: a bar wider than this many pixels (wider than the view)
    is *long* at this level: long bars take only the top ``long_lanes`` share of the event lanes
    (the ones just above the badges), so the events that are specific at this zoom -- the days
    and times, the short bars -- keep the other lanes, and long bars beyond their share gather
    into the badges.

    Without ``max_lanes``, a cell becomes a badge when it holds more than ``max_per_cell``
    events; no clusters then once a cell is shorter than ``min_cell_s``: events at the very same
    time would otherwise stay in one badge however far you zoom in; there they get a lane each.

    An ``is_point`` event (a day, a time) is a dot while its interval is narrower than
    ``band_px`` at this level, and a band over [start, end) once wider (a day at hour zoom).

    ``key`` (an int per event, e.g. its document): each badge's ``cluster_doc`` is the key all
    its events share, or -1.

    ``flip_at`` (a time, e.g. the end of what "fit all" shows): an event whose label would run
    past it while its dot or bar does not has its label on the left, ending at the dot or bar
    (``Layout.left``), so the last events of a timeline read within the events' own span instead
    of needing room beyond it.
    """
    return run(layout_steps(start, end, is_point, label_px, level, marker_px, gap_px, cell_px, max_per_cell,
                            badge_px, min_cell_s, max_lanes, band_px, key, long_px, long_lanes, flip_at))


def layout_steps(start: np.ndarray, end: np.ndarray, is_point: np.ndarray, label_px: np.ndarray, level: int,
                 marker_px: float = 10.0, gap_px: float = 6.0, cell_px: float = 24.0, max_per_cell: int = 3,
                 badge_px: float = 40.0, min_cell_s: float = 3600.0, max_lanes: int | None = None,
                 band_px: float = 16.0, key: np.ndarray | None = None, long_px: float | None = None,
                 long_lanes: float = 1 / 3, flip_at: float | None = None) -> Generator[None, None, Layout]:
    """``layout`` in steps: a generator that yields between its stages and every ``STEP``
    iterations of its lane loops, and returns the ``Layout``. The view advances it a few
    milliseconds at a time between frames, so laying out 100,000 events at a new level never
    holds the window for the whole ~0.1 s. Pure: it reads its arguments and changes nothing."""
    start = np.asarray(start, dtype=float)
    end = np.maximum(np.asarray(end, dtype=float), start)
    is_point = np.asarray(is_point, dtype=bool)
    label_px = np.asarray(label_px, dtype=float)
    n = len(start)
    s = level_scale(level)
    point = is_point & ((end - start) * s < band_px)
    half = marker_px / 2 / s
    gap = gap_px / s
    # Extents of every event drawn alone: the dot or bar, and its label after it -- inside a bar
    # that has room for most of it, else after the bar's end (a label starting over its own short bar
    # reads as if the bar were a marker of something else).
    ex0_all = np.where(point, start - half, start)
    after = ~point & ((end - start) * s < AFTER_SHARE * label_px)
    ex1_all = np.where(after, end + (LABEL_PAD_PX + label_px) / s,
                       np.maximum(np.where(point, start + half, end), start + (marker_px + label_px) / s))
    after = after if after.any() else None
    left = None
    if flip_at is not None and n:
        left = (ex1_all > flip_at) & (np.where(point, start, end) <= flip_at)
        if left.any():
            ex0_all = np.where(left, np.where(point, start - half, start) - (LABEL_PAD_PX + label_px) / s, ex0_all)
            ex1_all = np.where(left, np.where(point, start + half, end), ex1_all)   # the dot or bar alone
        else:
            left = None

    clusters_allowed = n and cell_px / s >= min_cell_s
    if max_lanes is not None:
        if n:
            order = np.argsort(ex0_all, kind="stable")
            s0 = ex0_all[order]
            yield
            # the lanes a layout without badges needs (ends first at a tie), from the sorted starts
            ends = np.sort(ex1_all + gap)
            needed = int((np.arange(1, n + 1) - np.searchsorted(ends, s0, side="right")).max())
            yield
            if needed > max_lanes:
                # Per stretch of time: each fills the lanes it can; only what does not fit there
                # gathers into a badge on the bottom lane (one global threshold would make every
                # dense cell next to the fullest one a badge too, leaving their lanes empty).
                long = None if long_px is None else ~point & ((end - start) * s > long_px)
                got = yield from _budget_layout(start, end, ex0_all, ex1_all, point, level, gap, badge_px / s,
                                                max(1, int(max_lanes)), order, s0, key, long, long_lanes)
                got.left, got.after = left, after
                return got
        cid, first = np.full(n, -1, dtype=np.int64), np.empty(0)    # everything fits: no badge
    elif clusters_allowed:
        inv, counts = _cells(start, cell_px / s)
        cid, first = _clusters(start, inv, counts, max_per_cell)
    else:
        cid, first = np.full(n, -1, dtype=np.int64), np.empty(0)
    k = len(first)
    single = np.flatnonzero(cid < 0)
    cx0 = first - half
    x0 = np.concatenate([ex0_all[single], cx0])
    x1 = np.concatenate([ex1_all[single], cx0 + badge_px / s])
    kind = np.concatenate([single, -np.arange(k, dtype=np.int64) - 1])
    span = np.zeros((k, 2))
    if k:
        members = cid >= 0
        span[:, 0], span[:, 1] = first, group_min_max(cid, end, k)[1]
        counts_k = np.bincount(cid[members], minlength=k)
    else:
        counts_k = np.empty(0, dtype=np.int64)
    count = np.concatenate([np.ones(len(kind) - k, dtype=np.int64), counts_k])
    lane = yield from assign_lanes_steps(x0, x1, gap)
    order = np.argsort(x0, kind="stable")
    x0, x1, lane, kind, count = x0[order], x1[order], lane[order], kind[order], count[order]
    reach = np.maximum.accumulate(x1) if len(x1) else x1
    doc = None
    if key is not None:
        lo, hi = group_min_max(cid, np.asarray(key, dtype=np.int64), k)
        doc = np.where(lo == hi, hi, -1)
    return Layout(level, x0, x1, lane, kind, count, cid, span, int(lane.max()) + 1 if len(lane) else 0, reach,
                  point, doc, left, after)


def _budget_layout(start: np.ndarray, end: np.ndarray, ex0: np.ndarray, ex1: np.ndarray, point: np.ndarray,
                   level: int, gap: float, badge_w: float, max_lanes: int, order: np.ndarray, s0: np.ndarray,
                   key: np.ndarray | None, long: np.ndarray | None = None,
                   long_lanes: float = 1 / 3) -> Generator[None, None, Layout]:
    """Events in order of their left edge take the lowest of the first ``max_lanes - 1`` lanes
    free there; an event finding none goes into the badge on lane ``max_lanes - 1`` under it: the
    badge open there if it reaches this event (with the gap), else a new one starting at it.

    ``long`` (per event, or None): a long event may take only one of the top ``long_lanes`` share
    of the event lanes (at least one), the lowest of them free; when none is free it goes into the
    badge although a lower lane may be free: those stay for the shorter events -- unless no shorter
    event starts under it (a stretch of long events only uses the whole height).

    So a stretch of time shows as many events as its lanes hold and one badge per badge width
    for the rest, whatever its neighbours hold. The loop steps over events that take a lane and
    over badges, not over every event: once every lane an event may take is taken, the events up
    to the next one freeing a lane (or, for a run of long events, up to the next short one) all go
    into badges, found by binary search. O(n log n); a generator like ``layout_steps``.
    """
    n = len(start)
    event_lanes = max_lanes - 1
    is_long = None
    pool = 0
    if long is not None and event_lanes:
        is_long = np.asarray(long, dtype=bool)[order]
        if is_long.any():
            pool = min(event_lanes, max(1, int(round(event_lanes * long_lanes))))
        else:
            is_long = None
    first_pool = event_lanes - pool       # long events take lanes first_pool .. event_lanes - 1
    # Item j (in this order) frees its lane for item k exactly when free_at[j] <= k (s0 sorted).
    free_at_a = np.searchsorted(s0, ex1[order] + gap, side="left")
    yield
    free_at = free_at_a.tolist()
    s0_list = s0.tolist()
    yield
    if is_long is not None:
        # per item, the first short item at or after it (n: none): where a run of long ones ends
        idx = np.arange(n)
        next_short = np.minimum.accumulate(np.where(is_long, n, idx)[::-1])[::-1]
        # a long item may take any free lane when no short one starts before it has ended
        any_lane_a = is_long & (free_at_a <= next_short)
        # per item, the next one at or after it that may take a lane a long run leaves free
        next_taker = np.minimum.accumulate(np.where(~is_long | any_lane_a, idx, n)[::-1])[::-1].tolist()
        any_lane = any_lane_a.tolist()
        long_list = is_long.tolist()
        yield
    shift = max(21, n.bit_length() + 1)
    mask = (1 << shift) - 1
    lane_of = np.full(n, event_lanes, dtype=np.int32)
    cluster_of = np.full(n, -1, dtype=np.int64)
    badge_x: list[float] = []      # per badge: its left edge
    badge_end = -np.inf            # the last badge's right edge plus the gap
    active: list[int] = []         # (free_at << shift) | lane of the lanes in use
    free = list(range(first_pool))          # short-only lanes free now (a heap of lane numbers)
    free_long = list(range(first_pool, event_lanes))   # the long events' lanes free now
    push, pop = heapq.heappush, heapq.heappop
    k = 0
    pause = STEP
    while k < n:
        if k >= pause:
            pause = k + STEP
            yield
        limit = (k + 1) << shift
        while active and active[0] < limit:
            lane = pop(active) & mask
            push(free if lane < first_pool else free_long, lane)
        if is_long is not None and long_list[k]:
            if free_long:
                heap = free_long
            elif free and any_lane[k]:
                heap = free          # no shorter item starts under it: it keeps none from a lane
            else:
                heap = None
            r = min(active[0] >> shift if active else n, next_taker[k] if free else n)
        else:
            heap = free if free else free_long if free_long else None
            r = min(active[0] >> shift, n) if active else n
        if heap is not None:
            lane = pop(heap)
            lane_of[k] = lane
            push(active, (free_at[k] << shift) | lane)
            k += 1
            continue
        # Every lane this item may take is taken until the first of them frees (or, for long
        # items, until the next short one): items k..r-1 overflow.
        r = max(r, k + 1)
        while k < r:
            if s0_list[k] >= badge_end:
                badge_x.append(s0_list[k])
                badge_end = s0_list[k] + badge_w + gap
            e = max(k + 1, bisect_left(s0_list, badge_end, k, r))
            cluster_of[k:e] = len(badge_x) - 1
            k = e
    yield
    inv = np.empty(n, dtype=np.int64)
    inv[order] = np.arange(n)
    cid = cluster_of[inv]
    lanes_ev = lane_of[inv]
    yield
    k = len(badge_x)
    single = np.flatnonzero(cid < 0)
    span = np.zeros((k, 2))
    counts_k = np.empty(0, dtype=np.int64)
    doc = None
    if k:
        # In this order a badge's events come after the previous badge's: groups are runs, so
        # per-badge extremes are ``reduceat`` over them, no sort.
        mem = order[cluster_of >= 0]
        ids = cluster_of[cluster_of >= 0]
        runs = np.flatnonzero(np.r_[True, ids[1:] != ids[:-1]])
        span[:, 0] = np.minimum.reduceat(start[mem], runs)
        span[:, 1] = np.maximum.reduceat(end[mem], runs)
        counts_k = np.diff(np.r_[runs, len(ids)])
        if key is not None:
            kv = np.asarray(key, dtype=np.int64)[mem]
            lo, hi = np.minimum.reduceat(kv, runs), np.maximum.reduceat(kv, runs)
            doc = np.where(lo == hi, hi, -1)
        yield
    bx0 = np.asarray(badge_x, dtype=float)
    x0 = np.concatenate([ex0[single], bx0])
    x1 = np.concatenate([ex1[single], bx0 + badge_w])
    lane = np.concatenate([lanes_ev[single], np.full(k, event_lanes, dtype=np.int32)])
    kind = np.concatenate([single, -np.arange(k, dtype=np.int64) - 1])
    count = np.concatenate([np.ones(len(single), dtype=np.int64), counts_k])
    o = np.argsort(x0, kind="stable")
    x0, x1, lane, kind, count = x0[o], x1[o], lane[o], kind[o], count[o]
    reach = np.maximum.accumulate(x1) if len(x1) else x1
    return Layout(level, x0, x1, lane, kind, count, cid, span, int(lane.max()) + 1 if len(lane) else 0, reach,
                  point, doc)


def group_min_max(ids: np.ndarray, values: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Per group 0..k-1 the least and the greatest of ``values`` whose ``ids`` name it (ids < 0:
    none). A sort and ``reduceat``: ``np.minimum.at`` costs ~40 ms at 100,000 values."""
    ids = np.asarray(ids)
    values = np.asarray(values)
    m = ids >= 0
    ids, values = ids[m], values[m]
    o = np.argsort(ids, kind="stable")
    ids, values = ids[o], values[o]
    fill_lo = np.inf if values.dtype.kind == "f" else np.iinfo(values.dtype).max
    fill_hi = -np.inf if values.dtype.kind == "f" else np.iinfo(values.dtype).min
    lo = np.full(k, fill_lo, dtype=values.dtype)
    hi = np.full(k, fill_hi, dtype=values.dtype)
    if len(ids):
        starts = np.flatnonzero(np.r_[True, ids[1:] != ids[:-1]])
        lo[ids[starts]] = np.minimum.reduceat(values, starts)
        hi[ids[starts]] = np.maximum.reduceat(values, starts)
    return lo, hi


def fit_extent(start: np.ndarray, end: np.ndarray, extra: np.ndarray | None = None,
               min_span: float = 86400.0, breaks: list[tuple[float, float]] | None = None) -> tuple[float, float] | None:
    """The time range a "fit all" shows: where the events are, robust to a few far ones.

    Each event is placed at one *anchor*: a point (a day, a time) at its start, a bar (a week, a
    decade, a reading spanning 1916-2095) at its middle; ``extra`` adds anchors (reference
    dates). A few anchors at either end (up to 2 %, at least three) are left out while the gap to
    the next one is wider than all the others span (a bar longer than that gap) or three times
    wider (a point or a shorter bar): a lone 1066 among 2022's news, or a century-long bar, does
    not squeeze the rest into a few pixels, while an article's dates that spread out as they go
    back (last autumn, March, June, this week) all stay in view (the view marks what lies
    beyond its edges). Bars of the events kept widen the range by at most the anchors' span
    on each side, so a month around a busy week shows most of the month, and a decade bar does
    not make its decade the view. ``breaks``: stretches of the axis already shrunk (``axis.Breaks``,
    as (start, end) on the axis): their length does not count in a gap or a span (a lone 1066 is
    then as near as the break makes it, and stays in view). None when there is nothing to fit.
    O(n log n).
    """
    start = np.asarray(start, dtype=float)
    end = np.maximum(np.asarray(end, dtype=float), start)
    ok = ~np.isnan(start)
    start, end = start[ok], end[ok]
    bar = end - start > min_span
    anchors = np.where(bar, (start + end) / 2, start)
    if extra is not None and len(extra):
        anchors = np.concatenate([anchors, np.asarray(extra, dtype=float)])
    if not len(anchors):
        return None
    lengths = np.where(bar, end - start, 0.0)
    if extra is not None and len(extra):
        lengths = np.concatenate([lengths, np.zeros(len(extra))])
    order = np.argsort(anchors, kind="stable")
    a, length = anchors[order], lengths[order]
    lo, hi = 0, len(a) - 1
    budget = max(3, len(a) // 50)
    cut_lo = cut_hi = 0

    b0 = np.array([b[0] for b in breaks or ()], dtype=float)
    b1 = np.array([b[1] for b in breaks or ()], dtype=float)

    def dist(x0: float, x1: float) -> float:
        """x1 - x0 without the breaks in between (at most a dozen)."""
        if not len(b0):
            return x1 - x0
        return x1 - x0 - float(np.clip(np.minimum(b1, x1) - np.maximum(b0, x0), 0.0, None).sum())

    def far(gap: float, rest: float, i: int) -> bool:
        # a bar longer than its gap (a coarse reading: "the 2010s", 1916-2095) goes once the gap
        # is wider than the rest spans; a point or a short bar only when three times wider (a
        # lone 1066 among 2022's news goes; "last autumn ... in March ... on June 2 ... Tuesday"
        # in one article stays, every date of it on screen)
        return gap > max(rest, min_span) and (length[i] > gap or gap > 3 * max(rest, min_span))

    changed = True
    while changed and hi - lo >= 2:
        changed = False
        if cut_lo < budget and far(dist(a[lo], a[lo + 1]), dist(a[lo + 1], a[hi]), lo):
            lo, cut_lo, changed = lo + 1, cut_lo + 1, True
        if hi - lo >= 2 and cut_hi < budget and far(dist(a[hi - 1], a[hi]), dist(a[lo], a[hi - 1]), hi):
            hi, cut_hi, changed = hi - 1, cut_hi + 1, True
    A, B = float(a[lo]), float(a[hi])
    S = max(B - A, min_span)
    kept = (anchors[: len(start)] >= A) & (anchors[: len(start)] <= B)
    if kept.any():
        A = min(A, float(np.maximum(start[kept], A - S).min()))
        B = max(B, float(np.minimum(end[kept], B + S).max()))
    return A, B


def overlaps_in_lanes(x0: np.ndarray, x1: np.ndarray, lane: np.ndarray, gap: float = 0.0) -> int:
    """How many pairs of neighbours in a lane overlap (0 for a good layout). For tests and checks."""
    bad = 0
    for ln in np.unique(lane):
        m = lane == ln
        a, b = np.asarray(x0)[m], np.asarray(x1)[m]
        o = np.argsort(a, kind="stable")
        a, b = a[o], b[o]
        bad += int(np.sum(a[1:] < b[:-1] + gap))
    return bad
