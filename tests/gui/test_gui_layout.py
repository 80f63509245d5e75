"""Lanes and clusters: pure functions over arrays."""
import numpy as np
from hypothesis import given, settings, strategies as st

from timeline_app.gui.layout import assign_lanes, cluster, lanes_needed, layout, level_of, overlaps_in_lanes


def test_overlapping_intervals_get_separate_lanes_and_reuse_freed_ones():
    lanes = assign_lanes(np.array([0, 1, 2, 10]), np.array([5, 6, 3, 12]))
    assert lanes.tolist() == [0, 1, 2, 0]
    assert assign_lanes(np.array([0.0, 3.0]), np.array([2.0, 4.0]), gap=0.5).tolist() == [0, 0]
    assert assign_lanes(np.array([0.0, 2.2]), np.array([2.0, 4.0]), gap=0.5).tolist() == [0, 1]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 1000), st.integers(0, 50)), min_size=0, max_size=200))
def test_lanes_never_overlap_and_are_as_few_as_possible(items):
    x0 = np.array([a for a, _ in items], dtype=float)
    x1 = np.array([a + w for a, w in items], dtype=float)
    lanes = assign_lanes(x0, x1, gap=1.0)
    assert overlaps_in_lanes(x0, x1, lanes, gap=1.0) == 0
    if items:
        # The lower bound: the most items covering one point (with the gap) must each have a lane.
        depth = max(int(np.sum((x0 <= p) & (p < x1 + 1.0))) for p in x0)
        assert lanes.max() + 1 == depth
    # lanes_needed counts them without laying out (the layout tries several clusterings with it)
    assert lanes_needed(x0, x1, gap=1.0) == (int(lanes.max()) + 1 if items else 0)


def test_dense_cell_becomes_one_cluster():
    start = np.array([0.0, 1, 2, 3, 4, 100, 200])
    cid, first = cluster(start, cell=10, max_per_cell=3)
    assert cid.tolist() == [0, 0, 0, 0, 0, -1, -1]
    assert first.tolist() == [0.0]


def _events(n, seed=1):
    rng = np.random.default_rng(seed)
    start = np.sort(rng.uniform(0, 3.15e8, n))
    is_point = rng.random(n) < 0.7
    end = np.where(is_point, start + 86400, start + rng.choice([7, 30, 365], n) * 86400.0)
    return start, end, is_point, np.full(n, 90.0)


def test_clusters_split_as_you_zoom_in():
    start, end, is_point, label_px = _events(2000)
    coarse = layout(start, end, is_point, label_px, level_of(1400 / 3.15e8))
    fine = layout(start, end, is_point, label_px, level_of(1400 / 3.15e8) + 8)
    n_clusters = lambda lay: int(np.sum(lay.kind < 0))
    assert n_clusters(coarse) > 0
    assert n_clusters(fine) < n_clusters(coarse)
    assert len(fine.kind) > len(coarse.kind)
    # Every event is drawn exactly once: alone or inside one badge.
    for lay in (coarse, fine):
        assert int(lay.count.sum()) == len(start)
        singles = lay.kind[lay.kind >= 0]
        assert len(np.unique(singles)) == len(singles)


def test_layout_items_do_not_overlap_in_a_lane_and_visible_culls():
    start, end, is_point, label_px = _events(3000, seed=2)
    lay = layout(start, end, is_point, label_px, level_of(1400 / 3.15e8) + 5)
    assert overlaps_in_lanes(lay.x0, lay.x1, lay.lane) == 0
    t0, t1 = 1e8, 1.2e8
    vis = lay.visible(t0, t1)
    brute = np.flatnonzero((lay.x0 <= t1) & (lay.x1 >= t0))
    assert sorted(vis.tolist()) == brute.tolist()


def test_events_at_the_same_time_split_into_lanes_when_zoomed_in():
    n = 8
    start = np.full(n, 1.6e9)
    end = start + 86400
    is_point = np.ones(n, dtype=bool)
    coarse = layout(start, end, is_point, np.full(n, 80.0), level_of(1400 / (365 * 86400)))
    assert int(np.sum(coarse.kind < 0)) == 1 and len(coarse.kind) == 1
    fine = layout(start, end, is_point, np.full(n, 80.0), level_of(1400 / 86400))
    assert sorted(fine.kind.tolist()) == list(range(n))
    assert sorted(fine.lane.tolist()) == list(range(n))


def _news_week(n_dense=8):
    """Like the sample article: a few events spread over months, ``n_dense`` within one day."""
    day = 86400.0
    base = 1.66e9
    start = np.array([base - 200 * day, base - 199 * day, base - 20 * day, base - 12 * day, base - 5 * day,
                      base - 5 * day] + [base] * n_dense)
    end = start + np.array([day, 7 * day, 30 * day, 14 * day, 7 * day, 7 * day] + [day] * n_dense)
    is_point = end - start <= day
    return start, end, is_point, np.full(len(start), 180.0)


def test_the_height_is_used_before_events_gather_into_a_badge():
    start, end, is_point, label_px = _news_week()
    level = level_of(1400 / (220 * 86400))
    old = layout(start, end, is_point, label_px, level)
    assert int(np.sum(old.kind < 0)) == 1            # without a lane budget: one badge of 8
    roomy = layout(start, end, is_point, label_px, level, max_lanes=17)
    assert int(np.sum(roomy.kind < 0)) == 0          # 17 lanes of room: every event on its own
    assert roomy.lanes <= 17
    assert overlaps_in_lanes(roomy.x0, roomy.x1, roomy.lane, gap=6.0 / 2.0 ** level) == 0
    tight = layout(start, end, is_point, label_px, level, max_lanes=5)
    assert int(np.sum(tight.kind < 0)) == 1 and tight.lanes <= 5
    assert int(tight.count.sum()) == len(start)


def _lane_busy_at(lay, lane, t, gap):
    """Whether an item on ``lane`` of ``lay`` covers time ``t`` (with the gap after it)."""
    on = lay.lane == lane
    return bool(np.any((lay.x0[on] <= t) & (t < lay.x1[on] + gap)))


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 40), st.integers(0, 10_000))
def test_a_lane_budget_is_kept_and_only_what_finds_no_lane_goes_into_a_badge(max_lanes, seed):
    start, end, is_point, label_px = _events(400, seed=seed)
    level = level_of(1400 / 3.15e8) + 3
    gap = 6.0 / 2.0 ** level
    got = layout(start, end, is_point, label_px, level, max_lanes=max_lanes)
    assert got.lanes <= max_lanes
    assert int(got.count.sum()) == len(start)
    singles = got.kind[got.kind >= 0]
    assert len(np.unique(singles)) == len(singles)
    assert overlaps_in_lanes(got.x0, got.x1, got.lane, gap=gap) == 0
    badged = np.flatnonzero(got.cluster_of >= 0)
    if len(badged):
        # Badges sit on the bottom lane of the budget; an event is in one only because every
        # other lane was taken where it starts (its dot or bar's left edge).
        assert set(got.lane[got.kind < 0].tolist()) == {max_lanes - 1}
        half = 5.0 / 2.0 ** level
        for e in badged[:: max(1, len(badged) // 25)].tolist():
            x = start[e] - half if got.point[e] else start[e]
            assert all(_lane_busy_at(got, j, x, gap) for j in range(max_lanes - 1))
        # a badge holds events close together: its span is about one badge wide
        for c, (a, b) in enumerate(got.cluster_span):
            firsts = start[got.cluster_of == c]
            assert firsts.max() - firsts.min() <= (40.0 + 6.0 + 5.0) / 2.0 ** level
    else:
        assert lanes_needed(got.x0, got.x1, gap) <= max_lanes


def test_dense_neighbouring_cells_each_fill_the_lanes_before_their_overflow_becomes_a_badge():
    """Three neighbouring busy weeks in a year: with 12 lanes of room, each shows events on 11 of
    them and a badge with the rest -- not three badges over empty height (one global threshold)."""
    day = 86400.0
    base = 1.6e9
    start = np.concatenate([base + w * 7 * day + np.linspace(0, 6 * day, 40) for w in range(3)]
                           + [base + np.array([-150, -90, 120, 200]) * day])
    end = start + day
    is_point = np.ones(len(start), dtype=bool)
    label_px = np.full(len(start), 120.0)
    level = level_of(1400 / (365 * day))
    lay = layout(start, end, is_point, label_px, level, max_lanes=12)
    assert lay.lanes == 12
    assert int(lay.count.sum()) == len(start)
    shown = lay.kind[lay.kind >= 0]
    # every lane but the badge lane holds an event of the busy weeks
    busy = shown[start[shown] >= base]
    assert set(lay.lane[np.isin(lay.kind, busy)].tolist()) == set(range(11))
    # the sparse events stand alone, none in a badge
    assert (lay.cluster_of[-4:] < 0).all()
    # the badges hold only what did not fit: at most 120 - 11 events of the busy weeks
    assert 0 < int(lay.count[lay.kind < 0].sum()) <= 120 - 11
    assert overlaps_in_lanes(lay.x0, lay.x1, lay.lane, gap=6.0 / 2.0 ** level) == 0


def test_a_day_is_a_dot_when_narrow_and_a_band_when_wide():
    start = np.array([1.66e9])
    end = start + 86400
    far = layout(start, end, np.array([True]), np.array([80.0]), level_of(1400 / (365 * 86400)))
    assert far.point.tolist() == [True]
    near = layout(start, end, np.array([True]), np.array([80.0]), level_of(1400 / (2 * 86400)))
    assert near.point.tolist() == [False]
    assert near.x0[0] == start[0] and near.x1[0] >= end[0]     # the band covers the whole day


def test_fit_extent_is_where_the_events_are_not_a_far_one_or_a_century_bar():
    from timeline_app.gui.layout import fit_extent

    day, year = 86400.0, 365.25 * 86400
    base = 1.66e9                                   # 2022
    news = base + np.array([0, 2, 3, 5, 8, 13, 21, 30, 40, 60]) * day
    start = np.concatenate([news, [base - 956 * year, base - 106 * year, base - 12 * year]])
    end = np.concatenate([news + day, [base - 956 * year + day, base + 73 * year, base - 2 * year]])
    lo, hi = fit_extent(start, end)
    # the lone 1066, the 1916-2095 reading and the 2010-2020 decade bar do not stretch the fit
    assert lo == news[0] and hi == news[-1] + day
    # without them, the same range; with only the news, too
    assert fit_extent(news, news + day) == (lo, hi)
    # a month around the busy days widens the view by at most their span on each side
    month = fit_extent(np.append(news, base - 10 * day), np.append(news + day, base + 20 * day))
    assert month == (base - 10 * day, news[-1] + day)
    # two equal clusters far apart are both kept (only a few stragglers are left out)
    a = np.concatenate([base + np.arange(50) * day, base + 20 * year + np.arange(50) * day])
    assert fit_extent(a, a + day) == (a[0], a[-1] + day)
    # reference dates count as places where things are; nothing at all: None
    assert fit_extent(np.empty(0), np.empty(0), extra=np.array([base]))[0] == base
    assert fit_extent(np.empty(0), np.empty(0)) is None


def test_fit_extent_keeps_an_article_whose_dates_spread_out_as_they_go_back():
    from timeline_app.gui.layout import fit_extent

    day = 86400.0
    ref = 1.6885e9                                        # 2023-07-05, the reference date
    # last autumn (a 91-day season), March (a month), June 2, then this week's days and next
    # week; 2019 (a year) much further back than the rest spans
    start = ref + np.array([-1650, -307, -126, -33, -2, -2, -1, 1, 5, 10]) * day
    length = np.array([365, 91, 31, 1, 1, 1, 1, 1, 7, 1]) * day
    lo, hi = fit_extent(start, start + length, extra=np.array([ref]))
    # every date from last autumn on is in view; only the far 2019 is left to the edge marker
    assert lo <= start[1] and hi >= start[-1] + length[-1]
    assert lo > start[0] + length[0]


def _years_and_hours(n_years=300, n_hours=12, seed=3):
    """Year-long bars all over a day seen at ~1 minute per pixel column, and a few hour-long events
    on that day: the bars are context, the hours what that zoom is about."""
    rng = np.random.default_rng(seed)
    day0 = 1.66e9
    y_start = day0 - rng.uniform(0, 360 * 86400, n_years)
    h_start = day0 + np.sort(rng.uniform(0, 20 * 3600, n_hours))
    start = np.concatenate([y_start, h_start])
    end = np.concatenate([y_start + 365 * 86400, h_start + 3600])
    return start, end, end - start <= 86400, np.full(len(start), 120.0), n_years


def test_fine_levels_keep_a_lane_budget_and_give_the_short_events_their_lanes():
    start, end, is_point, label_px, n_years = _years_and_hours()
    level = level_of(1 / 60)                 # about a minute per pixel column
    gap = 6.0 / 2.0 ** level
    unbounded = layout(start, end, is_point, label_px, level)
    assert unbounded.lanes > 100              # no budget: the year bars stack
    got = layout(start, end, is_point, label_px, level, max_lanes=12, long_px=1200)
    assert got.lanes <= 12
    assert int(got.count.sum()) == len(start)
    singles = got.kind[got.kind >= 0]
    assert len(np.unique(singles)) == len(singles)
    assert overlaps_in_lanes(got.x0, got.x1, got.lane, gap=gap) == 0
    # every hour-long event is drawn on its own; the year bars take at most the top third of the
    # 11 event lanes (lanes 7-10, right above the badges on lane 11), the rest gather into badges
    hours = np.arange(n_years, len(start))
    assert (got.cluster_of[hours] < 0).all()
    year_items = np.isin(got.kind, np.arange(n_years))
    assert set(got.lane[year_items].tolist()) <= set(range(7, 11))
    assert int(got.count[got.kind < 0].sum()) == n_years - int(year_items.sum())
    # without ``long_px`` the bars that start first take the lanes and the hours go into badges
    plain = layout(start, end, is_point, label_px, level, max_lanes=12)
    assert (plain.cluster_of[hours] >= 0).all()


def test_a_stretch_of_long_bars_only_uses_every_lane():
    """Where nothing shorter starts under them, long bars are not held to their third."""
    start, end, is_point, label_px, n_years = _years_and_hours(n_years=60, n_hours=0)
    level = level_of(1 / 60)
    got = layout(start, end, is_point, label_px, level, max_lanes=12, long_px=1200)
    assert set(got.lane[got.kind >= 0].tolist()) == set(range(11))
    assert int(got.count.sum()) == n_years
    assert overlaps_in_lanes(got.x0, got.x1, got.lane, gap=6.0 / 2.0 ** level) == 0


@settings(max_examples=40, deadline=None)
@given(st.integers(2, 30), st.integers(0, 10_000), st.integers(-14, -4))
def test_long_bars_stay_in_their_lanes_and_badges_hold_only_what_found_none(max_lanes, seed, shift):
    rng = np.random.default_rng(seed)
    start, end, is_point, label_px = _events(300, seed=seed)
    end = np.where(rng.random(300) < 0.2, start + 365 * 86400, end)      # some year bars
    is_point = end - start <= 86400
    level = level_of(1400 / 3.15e8) + 14 + shift
    gap = 6.0 / 2.0 ** level
    got = layout(start, end, is_point, label_px, level, max_lanes=max_lanes, long_px=1200)
    assert got.lanes <= max_lanes
    assert int(got.count.sum()) == len(start)
    assert overlaps_in_lanes(got.x0, got.x1, got.lane, gap=gap) == 0
    badged = np.flatnonzero(got.cluster_of >= 0)
    if len(badged):
        assert set(got.lane[got.kind < 0].tolist()) == {max_lanes - 1}
        # a short event is in a badge only because every event lane was taken where it starts
        long = ~got.point & ((end - start) * 2.0 ** level > 1200)
        half = 5.0 / 2.0 ** level
        for e in badged[~long[badged]][:20].tolist():
            x = start[e] - half if got.point[e] else start[e]
            assert all(_lane_busy_at(got, j, x, gap) for j in range(max_lanes - 1))


def test_layout_in_steps_is_the_same_layout():
    from timeline_app.gui.layout import STEP, layout_steps

    start, end, is_point, label_px = _events(3 * STEP, seed=5)
    level = level_of(1400 / 3.15e8) + 9
    whole = layout(start, end, is_point, label_px, level, max_lanes=10, long_px=1200)
    steps = layout_steps(start, end, is_point, label_px, level, max_lanes=10, long_px=1200)
    pauses = 0
    while True:
        try:
            next(steps)
            pauses += 1
        except StopIteration as done:
            got = done.value
            break
    assert pauses > 3                      # it stops between its stages and inside its loop
    for name in ("x0", "x1", "lane", "kind", "count", "cluster_of", "cluster_span", "reach", "point"):
        assert np.array_equal(getattr(got, name), getattr(whole, name)), name


def test_a_bar_too_short_for_its_label_has_it_after_its_end():
    """A three-day bar under a 300-pixel label: the label goes after the bar's end (it does not
    start over the bar), and the layout keeps that room free; a bar with room keeps its label inside."""
    from timeline_app.gui.layout import LABEL_PAD_PX, level_scale
    day = 86400.0
    level = level_of(20 / day)                  # ~20 px a day
    s = level_scale(level)
    start = np.array([0.0, 0.0, 100 * day])
    end = np.array([3 * day, 40 * day, 101 * day])
    label = np.array([300.0, 300.0, 300.0])
    L = layout(start, end, np.array([False, False, True]), label, level, max_lanes=5)
    assert L.after is not None and L.after.tolist() == [True, False, False]   # (a day is a dot)
    i = int(np.flatnonzero(L.kind == 0)[0])
    assert L.x1[i] == np.float64(end[0] + (LABEL_PAD_PX + 300.0) / s)
    j = int(np.flatnonzero(L.kind == 1)[0])
    assert L.x1[j] == end[1]                    # inside its 40-day bar (over 400 px)
    assert L.lane[i] != L.lane[j]               # the label after the short bar runs over the long one
    assert overlaps_in_lanes(L.x0, L.x1, L.lane) == 0
