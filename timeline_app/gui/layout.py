"""Lane assignment and clustering of timeline events. Pure functions over numpy arrays, no Qt.

Everything here works in time units (seconds). The view lays out at a *zoom level*: a scale
``px_per_s`` rounded down to a power of two. Pixel sizes (marker, label, badge, gap) are
turned into time at that scale, so a layout stays free of overlap at every actual scale
between that level and the next (zooming in only widens gaps); the view caches one layout
per level.

* ``cluster`` groups events whose starts fall in the same cell (``cell_px`` wide) when a
  cell holds more than ``max_per_cell`` of them: one badge with a count. Halving the cell
  at each finer level splits badges apart as you zoom in.
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
    n = len(start)
    cid = np.full(n, -1, dtype=np.int64)
    if n == 0:
        return cid, np.empty(0)
    cells = np.floor(start / cell).astype(np.int64)
    uniq, inv, counts = np.unique(cells, return_inverse=True, return_counts=True)
    dense = counts > max_per_cell
    if not dense.any():
        return cid, np.empty(0)
    dense_cells = np.flatnonzero(dense)
    number = np.full(len(uniq), -1, dtype=np.int64)
    number[dense_cells] = np.arange(len(dense_cells))
    cid = number[inv]
    members = cid >= 0
    first = np.full(len(dense_cells), np.inf)
    np.minimum.at(first, cid[members], start[members])
    return cid, first


@dataclass
class Layout:
    """The items to draw at one zoom level, sorted by x0.

    ``kind[i] >= 0`` is an event index; ``kind[i] < 0`` is cluster ``-kind[i]-1``.
    ``reach`` is the running maximum of x1, for culling with two binary searches.
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
           badge_px: float = 40.0, min_cell_s: float = 3600.0) -> Layout:
    """Lay events out at a zoom level: clusters where dense, then lanes without overlap.

    No clusters once a cell is shorter than ``min_cell_s``: events at the very same time would
    otherwise stay in one badge however far you zoom in; there they get a lane each.
    """
    start = np.asarray(start, dtype=float)
    end = np.asarray(end, dtype=float)
    is_point = np.asarray(is_point, dtype=bool)
    label_px = np.asarray(label_px, dtype=float)
    n = len(start)
    s = level_scale(level)
    if cell_px / s >= min_cell_s:
        cid, first = cluster(start, cell_px / s, max_per_cell)
    else:
        cid, first = np.full(n, -1, dtype=np.int64), np.empty(0)
    k = len(first)
    single = np.flatnonzero(cid < 0)
    half = marker_px / 2 / s
    ex0 = np.where(is_point[single], start[single] - half, start[single])
    bar_end = np.where(is_point[single], start[single] + half, np.maximum(end[single], start[single]))
    ex1 = np.maximum(bar_end, start[single] + (marker_px + label_px[single]) / s)
    span = np.zeros((k, 2))
    if k:
        members = cid >= 0
        last = np.full(k, -np.inf)
        np.maximum.at(last, cid[members], np.maximum(end[members], start[members]))
        span[:, 0], span[:, 1] = first, last
        counts = np.bincount(cid[members], minlength=k)
        cx0 = first - half
        cx1 = first - half + badge_px / s
    else:
        counts = np.empty(0, dtype=np.int64)
        cx0 = cx1 = np.empty(0)
    x0 = np.concatenate([ex0, cx0])
    x1 = np.concatenate([ex1, cx1])
    kind = np.concatenate([single, -np.arange(k, dtype=np.int64) - 1])
    count = np.concatenate([np.ones(len(single), dtype=np.int64), counts])
    lane = assign_lanes(x0, x1, gap_px / s)
    order = np.argsort(x0, kind="stable")
    x0, x1, lane, kind, count = x0[order], x1[order], lane[order], kind[order], count[order]
    reach = np.maximum.accumulate(x1) if len(x1) else x1
    return Layout(level, x0, x1, lane, kind, count, cid, span, int(lane.max()) + 1 if len(lane) else 0, reach)


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
