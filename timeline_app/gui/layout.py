"""Lane assignment and clustering of timeline events. Pure functions over numpy arrays, no Qt.

Everything here works in time units (seconds). The view lays out at a *zoom level*: a scale
``px_per_s`` rounded down to a power of two. Pixel sizes (marker, label, badge, gap) are
turned into time at that scale, so a layout stays free of overlap at every actual scale
between that level and the next (zooming in only widens gaps); the view caches one layout
per level.

* With a lane budget (the lanes the view has room for), ``layout`` fills the lanes stretch by
  stretch: events in start order take the lowest free lane; one finding none goes into a badge
  (a count) on the bottom lane, one badge per ~badge width of such events. Each stretch of time
  thus shows what its lanes hold and only its overflow as a badge, whatever its neighbours hold.
  Without a budget, ``cluster`` groups events whose starts fall in the same cell (``cell_px``
  wide) when a cell holds more than ``max_per_cell``. Either way the badges are made smaller at
  each finer level (time per pixel halves), so they split apart as you zoom in.
* ``assign_lanes`` is greedy interval partitioning in start order with two heaps
  (O(n log n)); it uses the least number of lanes, and runs of items that overlap nothing
  are placed on lane 0 without the Python loop.
"""
from __future__ import annotations

import heapq
import math
from dataclasses import dataclass

import numpy as np


def level_of(px_per_s: float) -> int:
    """The zoom level of a scale: floor(log2(px per second))."""
    return int(math.floor(math.log2(px_per_s)))


def level_scale(level: int) -> float:
    return 2.0 ** level


def assign_lanes(x0: np.ndarray, x1: np.ndarray, gap: float = 0.0) -> np.ndarray:
    """Lane index for each item [x0, x1) so that no two items in one lane are closer than ``gap``.

    Greedy in start order, reusing the lowest free lane: optimal (lanes == largest overlap).
    """
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
        for k in range(len(free_at)):
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
    members = cid >= 0
    first = np.full(k, np.inf)
    np.minimum.at(first, cid[members], start[members])
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
    cluster_doc: np.ndarray | None = None   # per cluster: the one document of all its events, or -1 (set by the view)

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
           band_px: float = 16.0) -> Layout:
    """Lay events out at a zoom level: clusters where dense, then lanes without overlap.

    With ``max_lanes`` (the lanes the view has room for), the height is used before anything
    gathers into a badge: when every event fits in ``max_lanes`` lanes there is no badge; else
    each event takes a free lane of the first ``max_lanes - 1`` where it starts, and only the
    events finding none go into badges on the last lane (``_budget_layout``). Without it, a cell
    becomes a badge when it holds more than ``max_per_cell`` events.

    No clusters once a cell is shorter than ``min_cell_s``: events at the very same time would
    otherwise stay in one badge however far you zoom in; there they get a lane each.

    An ``is_point`` event (a day, a time) is a dot while its interval is narrower than
    ``band_px`` at this level, and a band over [start, end) once wider (a day at hour zoom).
    """
    start = np.asarray(start, dtype=float)
    end = np.maximum(np.asarray(end, dtype=float), start)
    is_point = np.asarray(is_point, dtype=bool)
    label_px = np.asarray(label_px, dtype=float)
    n = len(start)
    s = level_scale(level)
    point = is_point & ((end - start) * s < band_px)
    half = marker_px / 2 / s
    gap = gap_px / s
    # Extents of every event drawn alone: the dot or bar, and its label after it.
    ex0_all = np.where(point, start - half, start)
    ex1_all = np.maximum(np.where(point, start + half, end), start + (marker_px + label_px) / s)

    clusters_allowed = n and cell_px / s >= min_cell_s
    if max_lanes is not None:
        if clusters_allowed and lanes_needed(ex0_all, ex1_all, gap) > max_lanes:
            # Per stretch of time: each fills the lanes it can; only what does not fit there
            # gathers into a badge on the bottom lane (one global threshold would make every dense
            # cell next to the fullest one a badge too, leaving their lanes empty).
            return _budget_layout(start, end, ex0_all, ex1_all, point, level, half, gap, badge_px / s,
                                  max(1, int(max_lanes)))
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
        last = np.full(k, -np.inf)
        np.maximum.at(last, cid[members], end[members])
        span[:, 0], span[:, 1] = first, last
        counts_k = np.bincount(cid[members], minlength=k)
    else:
        counts_k = np.empty(0, dtype=np.int64)
    count = np.concatenate([np.ones(len(kind) - k, dtype=np.int64), counts_k])
    lane = assign_lanes(x0, x1, gap)
    order = np.argsort(x0, kind="stable")
    x0, x1, lane, kind, count = x0[order], x1[order], lane[order], kind[order], count[order]
    reach = np.maximum.accumulate(x1) if len(x1) else x1
    return Layout(level, x0, x1, lane, kind, count, cid, span, int(lane.max()) + 1 if len(lane) else 0, reach,
                  point)


def _budget_layout(start: np.ndarray, end: np.ndarray, ex0: np.ndarray, ex1: np.ndarray, point: np.ndarray,
                   level: int, half: float, gap: float, badge_w: float, max_lanes: int) -> Layout:
    """Events in start order take the lowest lane of the first ``max_lanes - 1`` free where they
    start; an event finding none goes into the badge on lane ``max_lanes - 1`` under it: the
    badge open there if it reaches this event (with the gap), else a new one starting at the event.

    So a stretch of time shows as many events as its lanes hold and one badge for the rest,
    whatever its neighbours hold. O(n log L) with L the lanes (heaps), one Python step per event.
    """
    n = len(start)
    event_lanes = max_lanes - 1
    order = np.argsort(ex0, kind="stable")
    s0 = ex0[order]
    # Item j (in this order) frees its lane for item k exactly when free_at[j] <= k (starts sorted).
    free_at = np.searchsorted(s0, ex1[order] + gap, side="left").tolist()
    bx_of = (start[order] - half).tolist()
    shift = max(21, n.bit_length() + 1)
    mask = (1 << shift) - 1
    lane_of = [0] * n
    cluster_of = [-1] * n
    badge_x: list[float] = []      # per badge: its left edge
    badge_end = -np.inf            # the last badge's right edge plus the gap
    active: list[int] = []         # (free_at << shift) | lane of the lanes in use
    free = list(range(event_lanes))   # lanes free now (a heap of lane numbers)
    push, pop = heapq.heappush, heapq.heappop
    for k in range(n):
        limit = (k + 1) << shift
        while active and active[0] < limit:
            push(free, pop(active) & mask)
        if free:
            lane = pop(free)
            lane_of[k] = lane
            push(active, (free_at[k] << shift) | lane)
            continue
        bx = bx_of[k]
        if bx >= badge_end:
            badge_x.append(bx)
            badge_end = bx + badge_w + gap
        cluster_of[k] = len(badge_x) - 1
    inv = np.empty(n, dtype=np.int64)
    inv[order] = np.arange(n)
    cid = np.asarray(cluster_of, dtype=np.int64)[inv]
    lanes_ev = np.asarray(lane_of, dtype=np.int32)[inv]
    k = len(badge_x)
    single = np.flatnonzero(cid < 0)
    span = np.zeros((k, 2))
    counts_k = np.empty(0, dtype=np.int64)
    if k:
        members = cid >= 0
        first = np.full(k, np.inf)
        last = np.full(k, -np.inf)
        np.minimum.at(first, cid[members], start[members])
        np.maximum.at(last, cid[members], end[members])
        span[:, 0], span[:, 1] = first, last
        counts_k = np.bincount(cid[members], minlength=k)
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
                  point)


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
