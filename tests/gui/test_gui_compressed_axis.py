"""The compressed axis: long stretches no event covers shrunk to a break mark (``axis.find_breaks``,
``axis.Breaks``: pure functions), and the timeline drawing, picking, zooming and fitting on it
(View › Compress empty stretches). Data: the bundled sample (its March to July is empty) and
frames made here; no timings."""
from __future__ import annotations

from datetime import datetime

import numpy as np
import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPointF, QSettings

from gui_helpers import documents_of, synthetic_frame, ts
from timeline_app.gui import axis
from timeline_app.gui.axis import DAY, Breaks, find_breaks, gap_label
from timeline_app.gui.main_window import MainWindow
from timeline_app.gui.timeline_view import TimelineView
from timeline_app.cli import SAMPLE

# ---- pure functions ------------------------------------------------------------------------------


def _days(*ds):
    return np.array([ts(d) for d in ds])


def test_the_samples_empty_spring_is_one_break():
    """The sample's events: the first week of the invasion, then August to late September."""
    start = _days(datetime(2022, 2, 24), datetime(2022, 2, 24), datetime(2022, 8, 24), datetime(2022, 9, 5),
                  datetime(2022, 9, 10))
    end = _days(datetime(2022, 3, 3), datetime(2022, 2, 25), datetime(2022, 9, 24), datetime(2022, 9, 11),
                datetime(2022, 9, 11))
    b = find_breaks(start, end, points=_days(datetime(2022, 9, 10)))
    assert len(b) == 1
    assert (b.t0[0], b.t1[0]) == (ts(datetime(2022, 3, 3)), ts(datetime(2022, 8, 24)))
    kept = b.u1[0] - b.u0[0]
    assert 4 * DAY <= kept <= 10 * DAY            # a mark, not 174 days
    # outside the break a day is a day; what follows it moves left by what was taken out
    assert b.to_u(start[0]) == start[0]
    assert b.to_u(start[3]) - b.to_u(start[2]) == start[3] - start[2]
    assert b.to_u(start[2]) == pytest.approx(start[2] - (b.t1[0] - b.t0[0]) + kept)
    assert gap_label(b.t1[0] - b.t0[0]) == "6 months"


def test_what_an_event_covers_is_never_shrunk():
    """A year-long bar alone, or with a date or two, or months among months: its length is no gap."""
    a, b = ts(datetime(2022, 1, 1)), ts(datetime(2023, 1, 1))
    assert len(find_breaks(np.array([a]), np.array([b]), points=np.array([ts(datetime(2022, 9, 10))]))) == 0
    two = _days(datetime(2022, 3, 1), datetime(2022, 9, 10))
    assert len(find_breaks(np.r_[two, a], np.r_[two + DAY, b])) == 0
    months = _days(*(datetime(2022, m, 1) for m in (1, 2, 3, 5, 6)))
    ends = _days(*(datetime(2022, m, 1) for m in (2, 3, 4, 6, 7)))
    assert len(find_breaks(np.r_[months, a], np.r_[ends, b])) == 0    # (a year among months: no long bar)


def test_a_long_bar_among_a_story_of_days_is_drawn_across_the_breaks():
    """(eleventh session) A flood week beside last year's bar (or "since 1996", or a reading over
    decades): the bar covers only its start (the last one past everything its end too), the empty
    stretches after it are shrunk and the bar drawn across their marks, so the week is no longer
    squeezed into a few pixels; every short event stays at its own scale, no event starts in a break."""
    week = _days(*(datetime(2024, 11, d) for d in (23, 24, 25, 26, 27, 28)))
    year = (ts(datetime(2023, 1, 1)), ts(datetime(2024, 1, 1)))
    s, e = np.r_[week, year[0]], np.r_[week + DAY, year[1]]
    b = find_breaks(s, e, points=_days(datetime(2024, 11, 26)))
    assert len(b) >= 1
    u0, u1 = b.to_u(s), b.to_u(e)
    assert u1[5] - u0[0] == e[5] - s[0]                       # the week at its own scale
    assert (u1[5] - u0[0]) > 0.3 * (u1.max() - u0.min())      # ... and a good share of the axis (was 2 %)
    for t0, t1 in zip(b.t0, b.t1):
        assert not np.any((s > t0) & (s < t1))
        assert not np.any((s[:6] < t1) & (e[:6] > t0))
    news = _days(datetime(2022, 9, 1), datetime(2022, 9, 3), datetime(2022, 9, 10))
    bar_s, bar_e = ts(datetime(1916, 1, 1)), ts(datetime(2095, 1, 1))
    b = find_breaks(np.r_[news, bar_s], np.r_[news + DAY, bar_e])
    assert [axis.to_datetime(t).year for t in b.t0] == [1916, 2022]    # (and before its end, the last)
    assert b.to_u(news[-1]) - b.to_u(news[0]) == news[-1] - news[0]


def test_breaks_only_where_they_help():
    """Dates spread evenly, or a gap that is short against the rest, or under a month: no break."""
    even = np.array([ts(datetime(2020, 1, 1)) + k * 20 * DAY for k in range(40)])
    assert len(find_breaks(even, even + DAY)) == 0
    week = _days(datetime(2022, 9, 1), datetime(2022, 9, 3), datetime(2022, 9, 25))   # a 22-day gap
    assert len(find_breaks(week, week + DAY)) == 0
    assert len(find_breaks(np.empty(0), np.empty(0))) == 0
    one = _days(datetime(2022, 9, 1))
    assert len(find_breaks(one, one + DAY)) == 0


def test_a_history_gets_a_break_for_each_long_silence():
    """1066, the two world wars and this year's news: the silences between are shrunk (the interwar
    years too: long against the story's pace), each war keeps its own scale."""
    s = _days(datetime(1066, 10, 14), datetime(1914, 7, 28), datetime(1916, 7, 1), datetime(1918, 11, 11),
              datetime(1939, 9, 1), datetime(1942, 6, 4), datetime(1945, 5, 8), datetime(2024, 6, 6))
    b = find_breaks(s, s + DAY)
    starts = [axis.to_datetime(t).year for t in b.t0]
    assert starts == [1066, 1918, 1945]
    u = b.to_u(s)
    assert np.all(np.diff(u) > 0)
    assert u[3] - u[1] == s[3] - s[1]                 # the first war at its own scale
    assert (u[-1] - u[0]) < 0.2 * (s[-1] - s[0])


def test_at_most_a_dozen_breaks_the_longest():
    rng = np.random.default_rng(3)
    clusters = np.sort(rng.choice(np.arange(200), 40, replace=False)) * 400 * DAY + ts(datetime(1800, 1, 1))
    s = np.concatenate([c + rng.uniform(0, 20 * DAY, 25) for c in clusters])
    b = find_breaks(s, s + DAY)
    assert 1 <= len(b) <= axis.BREAK_MAX
    assert np.all(b.t0[1:] > b.t1[:-1])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(-2e10, 1e10, allow_nan=False), min_size=2, max_size=60),
       st.lists(st.floats(0, 1e8, allow_nan=False), min_size=2, max_size=60))
@example([0.0, 1073741825.0, 3.56e-24, -4294967298.0, -1.9], [0.0, 0.0])   # (a start 1.9 s after a
# break of 136 years, ~3e5 compressed: it came out an ulp inside the next break, 0.14 s off)
def test_the_axis_keeps_time_order_and_only_a_long_bar_crosses_a_break(starts, lengths):
    s = np.array(starts)
    e = s + np.resize(np.array(lengths), len(s))
    b = find_breaks(s, e)
    u0, u1 = b.to_u(s), b.to_u(e)
    order = np.argsort(s, kind="stable")
    # the float precision this axis allows: an ulp at the largest magnitude a mapping step meets (a
    # difference of two coordinates: twice the largest); a round trip takes four steps (t - t1 + u1,
    # u - u1 + t1), and where u lies inside a break an ulp of u is worth the compression in time
    mag = float(np.abs(np.r_[s, e, u0, u1, b.t0, b.t1, b.u0, b.u1]).max())
    ulp = float(np.spacing(2 * mag))
    eps = 4 * ulp
    assert np.all(np.diff(u0[order]) >= -eps) and np.all(u1 >= u0 - eps)
    slope = np.ones(len(s))
    if len(b):
        k = np.searchsorted(b.u0, u0, side="right") - 1
        kk = np.clip(k, 0, None)
        slope = np.where((k >= 0) & (u0 < b.u1[kk]), (b.t1[kk] - b.t0[kk]) / (b.u1[kk] - b.u0[kk]), 1.0)
    assert np.all(np.abs(b.to_t(u0) - s) <= 4 * ulp * slope + np.spacing(np.abs(s)))
    # ... and no start lands inside a break on the axis either (where a round trip multiplies the
    # rounding by the compression): the axis side of "no event starts inside a break"
    for v0, v1 in zip(b.u0, b.u1):
        assert not np.any((u0 > v0) & (u0 < v1))
    # no event starts inside a break; one runs into or across it only when it is long (at least
    # axis.LONG_MIN, and BREAK_FACTOR times the median length) among a story of at least
    # axis.STORY_MIN short events (shorter than LONG_MIN)
    across_ok = (e - s >= axis.LONG_MIN) & (e - s > axis.BREAK_FACTOR * np.median(e - s)) \
        & (np.count_nonzero(e - s < axis.LONG_MIN) >= axis.STORY_MIN)
    for t0, t1 in zip(b.t0, b.t1):
        assert not np.any((s > t0) & (s < t1))
        assert not np.any((s < t1) & (e > t0) & ~across_ok)
    assert b.to_u(-3e10) == -3e10           # before the first break the axis is time itself


def test_breaks_map_ranges_and_stretches():
    b = Breaks.of([(100.0, 1100.0, 100.0), (2000.0, 5000.0, 300.0)])
    assert list(b.u0) == [100.0, 1100.0] and list(b.u1) == [200.0, 1400.0]
    assert b.to_u(150.0) == pytest.approx(105.0) and b.to_t(105.0) == pytest.approx(150.0)
    assert b.to_u(np.array([0.0, 1500.0, 6000.0])).tolist() == [0.0, 600.0, 2400.0]
    assert b.in_view(0.0, 150.0) == [0] and b.in_view(300.0, 1000.0) == []
    assert b.stretches(0.0, 1500.0) == [(0.0, 100.0), (200.0, 1100.0), (1400.0, 1500.0)]
    assert [gap_label(d * DAY) for d in (10, 45, 200, 800, 40000)] == [
        "1 week", "6 weeks", "7 months", "2 years", "about 110 years"]
    assert [gap_label(d * DAY, short=True) for d in (45, 200, 800, 40000)] == ["6 wk", "7 mo", "2 yr", "110 yr"]


def test_hostile_many_events_stay_linear_in_memory():
    """200,000 events over two thousand years: one sort, arrays of the input's size."""
    rng = np.random.default_rng(0)
    s = rng.uniform(ts(datetime(100, 1, 1)), ts(datetime(2100, 1, 1)), 200_000)
    b = find_breaks(s, s + rng.uniform(0, 400 * DAY, len(s)))
    assert len(b) <= axis.BREAK_MAX
    u = b.to_u(s)
    assert u.shape == s.shape and np.isfinite(u).all()


# ---- the timeline on it ------------------------------------------------------------------------


@pytest.fixture
def window(qtbot, tmp_path):
    w = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    with qtbot.waitSignal(w.loadingFinished, timeout=60000):
        w.open_files([SAMPLE])
    return w


def _view(qtbot, frame=None, docs=None, size=(1200, 500), fit=False) -> TimelineView:
    """A timeline on screen (offscreen), showing ``frame`` when given."""
    v = TimelineView()
    qtbot.addWidget(v)
    v.resize(*size)
    v.show()
    if frame is not None:
        v.set_events(frame, documents_of(frame) if docs is None else docs)
        if fit:
            v.fit_all()
    return v


def _drawn_alone(tl):
    out = []
    for row in range(len(tl._rows)):
        r = int(tl._rows[row])
        rect = tl.event_rect(r)
        if rect is not None and 0 < rect.center().x() < tl.viewport().width():
            out.append((r, rect))
    return out


def test_the_sample_shows_its_spring_as_a_break_and_the_menu_turns_it_off(window):
    tl = window.timeline
    assert window.act_compress.isChecked() and tl.compressed()
    b = tl.breaks()
    assert len(b) == 1 and axis.to_datetime(b.t0[0]).month == 3 and axis.to_datetime(b.t1[0]).month == 8
    t0, t1 = tl.visible_range()
    times = tl.event_times()
    assert t0 <= times.min() and times.max() <= t1        # fit: every event in view
    # September has most of the width: its days are wider than on an even axis
    day_px = tl.scale() * DAY
    window.act_compress.trigger()                          # View › Compress empty stretches: off
    assert not tl.compressed() and len(tl.breaks()) == 0 and not window.act_compress.isChecked()
    t0, t1 = tl.visible_range()
    assert t0 <= times.min() and times.max() <= t1
    assert day_px > 3 * tl.scale() * DAY
    window.act_compress.trigger()
    assert tl.compressed() and len(tl.breaks()) == 1
    assert tl.scale() * DAY == pytest.approx(day_px)


def test_picking_finds_each_event_where_it_is_drawn(window, qtbot):
    tl = window.timeline
    for on in (True, False):
        tl.set_compressed(on)
        alone = _drawn_alone(tl)
        assert len(alone) >= 8
        for row, rect in alone:
            assert tl.item_at(rect.center()) == ("event", row)
            # its start is where the view says that time is
            t = tl.event_time(row)
            assert tl.x_of(t) == pytest.approx(rect.left() if rect.width() > tl.MARKER else rect.center().x(), abs=1)
            assert tl.t_of(tl.x_of(t)) == pytest.approx(t, abs=1.0)
    tl.set_compressed(True)
    b = tl.breaks()
    x_mid = tl._x(float(b.u0[0] + b.u1[0]) / 2)
    for y in range(tl.AXIS_H + 2, tl.viewport().height() - 60, 6):
        assert tl.item_at(QPointF(x_mid, y)) is None or tl.item_at(QPointF(x_mid, y))[0] == "event"
    # a click on an event selects it and shows its sentence, through the break's shift
    row, rect = _drawn_alone(tl)[-1]
    tl.click_at(rect.center())
    assert tl.selected_row() == row


def test_zoom_keeps_the_time_under_the_pointer_and_pans_through_the_break(window):
    tl = window.timeline
    row, rect = _drawn_alone(tl)[-1]
    x = rect.center().x()
    t = tl.t_of(x)
    for factor in (2.0, 3.5, 0.5, 0.25):
        tl.zoom_by(factor, x)
        assert tl.t_of(x) == pytest.approx(t, abs=max(1.0, 1e-6 / tl.scale()))
    tl.fit_all()
    # pan from February to September through the break: the left edge's time only grows
    tl.zoom_by(4, 0)
    seen = [tl.visible_range()[0]]
    for _ in range(60):
        tl.pan_by(120)
        seen.append(tl.visible_range()[0])
    assert all(b > a for a, b in zip(seen, seen[1:]))
    # (at 4x, the break is opening up: what was shrunk is passed all the same)
    assert seen[0] < tl.found_breaks().t0[0] < tl.found_breaks().t1[0] < seen[-1]


def test_zooming_into_the_break_opens_it_up_and_zooming_out_shuts_it(window):
    """The compression applies at the scale in view: zoomed into the sample's spring, the break
    opens up level by level (its months get ticks, then it is time itself), the time under the
    pointer staying put; zoomed back out, it is the very break "fit all" showed. At every step
    the events drawn are where the view says their times are, and no two overlap in a lane."""
    from timeline_app.gui import layout as lay

    tl = window.timeline
    found = tl.breaks()
    u_fit = (found.u1 - found.u0).copy()
    x = tl._x(float(found.u0[0] + found.u1[0]) / 2)
    t = tl.t_of(x)
    widths, opened_ticks = [], False
    for _ in range(6):
        tl.zoom_by(2.0, x)
        assert tl.t_of(x) == pytest.approx(t, abs=60.0)
        b = tl.breaks()
        widths.append(float((b.u1[0] - b.u0[0]) * tl.scale()) if len(b) else np.inf)
        if len(b):
            u0, u1 = tl._urange()
            tk = tl._ticks(u0, u1, tl.viewport().width())
            opened_ticks |= any(b.u0[0] < m.t < b.u1[0] for m in tk.minor)
        L = tl.layout_now()
        ev = L.kind >= 0
        assert lay.overlaps_in_lanes(L.x0[ev], L.x1[ev], L.lane[ev]) == 0
        for k in L.kind[ev].tolist()[:5]:
            assert tl.x_of(float(tl._tstart[k])) == pytest.approx(tl._x(float(tl._start[k])), abs=0.5)
    assert widths[-1] == np.inf and widths[1] > tl.viewport().width()     # opened, then gone
    assert opened_ticks              # while opening, its weeks and months are on the axis
    assert not tl.render_image().isNull()
    for _ in range(6):
        tl.zoom_by(0.5, x)
    b = tl.breaks()
    assert len(b) == 1 and np.array_equal(b.t0, found.t0) and np.allclose(b.u1 - b.u0, u_fit)
    assert tl.found_breaks() is not None and len(tl.found_breaks()) == 1


def test_ticks_stay_out_of_the_break_and_a_label_names_the_month_after_it(window):
    tl = window.timeline
    u0, u1 = tl._urange()
    tk = tl._ticks(u0, u1, tl.viewport().width())
    b = tl.breaks()
    inside = [t for t in tk.minor if b.u0[0] < t.t < b.u1[0]]
    assert not inside
    after = [t.label for t in tk.major if abs(t.t - b.u1[0]) < 1.0]
    assert after == ["August 2022"]
    # each minor tick's time, read back through the axis, is a calendar boundary of its unit
    assert tk.unit in ("week", "day")
    for t in tk.minor:
        d = axis.to_datetime(b.to_t(t.t))
        assert d.hour == 0 and d.minute == 0
    # the context labels drawn: the one just before the break takes a shorter form, not "March …"
    drawn = tl._context_labels(tk, b.in_view(u0, u1), tl.viewport().width())
    assert not any("…" in text for _, text in drawn)
    before = [text for x, text in drawn if tl._x(b.u0[0]) - 150 < x < tl._x(b.u0[0])]
    assert before and before[0] in ("Mar 2022", "March", "Mar")
    img = tl.render_image()
    assert not img.isNull()


def test_the_image_export_follows_the_window(window):
    from timeline_app.gui import export_dialogs as ed

    v = ed.offscreen_timeline(window)
    try:
        assert v.compressed() and len(v.breaks()) == 1
    finally:
        v.deleteLater()
    window.set_compressed(False)
    v = ed.offscreen_timeline(window)
    try:
        assert not v.compressed() and len(v.breaks()) == 0
    finally:
        v.deleteLater()


def test_rows_added_in_a_break_make_the_axis_again_as_a_whole_load_would(qtbot):
    """A load in pieces (``update_rows``): new rows where nothing was shrunk keep the breaks; one in
    a break or beyond the span finds them again; the arrays are those of one ``set_events``."""
    a = synthetic_frame(300, years=0.3, seed=1, first=datetime(2010, 1, 1))
    b = synthetic_frame(300, years=0.3, seed=2, first=datetime(2016, 1, 1))
    c = synthetic_frame(50, years=0.1, seed=3, first=datetime(2013, 3, 1))
    views = []
    for _ in range(2):
        views.append(_view(qtbot, size=(1000, 500)))
    inc, whole = views
    first = pd.concat([a, b], ignore_index=True)
    inc.set_events(first, documents_of(first))
    # (one break between the two clusters, and one before the end of the last year-long bar past them:
    # among a story of days a long bar counts where it starts, the last one's end too: axis.long_bars)
    assert len(inc.found_breaks()) == 2
    before = inc.found_breaks()
    more = pd.concat([first, a.iloc[:20]], ignore_index=True)       # within what is kept
    assert inc.update_rows(more, [], len(first), documents_of(first))
    assert inc.found_breaks() is before
    full = pd.concat([more, c], ignore_index=True)                  # into the break: found again
    assert inc.update_rows(full, [], len(more), documents_of(first))
    whole.set_events(full, documents_of(first))
    assert len(inc.found_breaks()) == 3
    for k in ("start", "end", "t_start", "t_end"):
        assert np.array_equal(inc._full[k], whole._full[k]), k
    assert np.array_equal(inc.found_breaks().t0, whole.found_breaks().t0)


def test_a_resize_that_moves_where_breaks_open_keeps_the_view_fitting(qtbot):
    """The level from which breaks open up follows the width ("fit all" and one closer): a window
    made much wider or narrower lays out again on its axis and, until the user zooms or pans,
    still shows every event."""
    a = synthetic_frame(300, years=0.3, seed=1, first=datetime(2010, 1, 1))
    b = synthetic_frame(300, years=0.3, seed=2, first=datetime(2016, 1, 1))
    frame = pd.concat([a, b], ignore_index=True)
    v = _view(qtbot, frame, size=(700, 500), fit=True)
    shuts = {v._shut_to()}
    for width in (2900, 500, 1300):
        v.resize(width, 500)
        qtbot.waitUntil(lambda: v.viewport().width() > width - 40, timeout=5000)
        assert v.auto_fit()
        t0, t1 = v.visible_range()
        times = v.event_times()
        assert t0 <= times.min() and times.max() <= t1
        assert len(v.breaks()) == 2      # (between the clusters; before the last year bar's end)
        shuts.add(v._shut_to())
    assert len(shuts) >= 2       # (the level moved with the width)


def test_a_load_finds_the_breaks_again_at_most_twice_a_second(qtbot):
    """Batches of a big load landing in a break one after the other: the first finds the breaks
    again, the next ones within ``REBREAK_S`` wait for the timer, which finds them once for all."""
    a = synthetic_frame(300, years=0.3, seed=1, first=datetime(2010, 1, 1))
    b = synthetic_frame(300, years=0.3, seed=2, first=datetime(2016, 1, 1))
    v = _view(qtbot, size=(1000, 500))
    frame = pd.concat([a, b], ignore_index=True)
    v.REBREAK_MANY = 100        # (the window's threshold is 20,000 events)
    v.set_events(frame, documents_of(frame))
    v._rebreak_at = -np.inf
    found = []
    for k in range(4):          # four batches in the silence 2010-2016, one a year
        batch = synthetic_frame(20, years=0.05, seed=10 + k, first=datetime(2011 + k, 6, 1))
        new = pd.concat([frame, batch], ignore_index=True)
        assert v.update_rows(new, [], len(frame), documents_of(frame))
        frame = new
        found.append(v.found_breaks())
    assert all(f is found[0] for f in found[1:])     # the first at once, then waiting
    assert v._rebreak_timer().isActive()
    qtbot.waitUntil(lambda: not v._rebreak_timer().isActive(), timeout=5000)
    whole = _view(qtbot, frame, size=(1000, 500))
    assert v.found_breaks().same(whole.found_breaks())
    assert np.array_equal(v._full["start"], whole._full["start"])


def test_a_seven_century_history_reads_stretch_by_stretch(qtbot):
    """tests/data/articles/history-lighthouse.txt (written for this): 1312, 1539, 1731-1841, 1953-2024.
    Its silences are breaks that say how long they are; each stretch after one opens with its
    year; every event is in view after "fit all", none inside a break."""
    from pathlib import Path
    from datetime import date

    from timeline_app.core.workspace import Workspace

    path = Path(__file__).resolve().parents[1] / "data" / "articles" / "history-lighthouse.txt"
    ws = Workspace.from_files([str(path)], reference_date=date(2024, 5, 14))
    frame = ws.events
    v = _view(qtbot, frame, [(str(path), path.name, date(2024, 5, 14))], size=(1400, 520), fit=True)
    b = v.breaks()
    assert len(b) >= 3
    assert [axis.to_datetime(t).year for t in b.t0][:2] == [1313, 1540]
    times = v.event_times()
    t0, t1 = v.visible_range()
    assert t0 <= times.min() and times.max() <= t1 and v.beyond() == (0, 0)
    for a, c in zip(b.t0, b.t1):
        assert not np.any((times > a) & (times < c))
    u0, u1 = v._urange()
    tk = v._ticks(u0, u1, v.viewport().width())
    labels = {t.label for t in tk.major}
    assert {"1731", "1953"} <= labels
    ws.close()


def test_hostile_dates_at_both_ends_of_the_calendar_draw_zoom_and_pan(qtbot):
    """Year 1, 1000, 5000 and 9999 around half a year of news: four breaks, and every zoom, pan,
    filter and toggle draws without an error (labels are clamped to the calendar)."""
    df = synthetic_frame(2000, years=0.5, seed=5, first=datetime(2022, 1, 1))
    far = df.iloc[:4].copy()
    starts = [datetime(1, 1, 1), datetime(1000, 6, 1), datetime(5000, 1, 1), datetime(9999, 12, 30)]
    far["start"] = pd.to_datetime(pd.Series(starts, dtype="datetime64[us]"))
    far["end"] = pd.to_datetime(pd.Series([d.replace(day=d.day + 1) for d in starts], dtype="datetime64[us]"))
    df = pd.concat([df, far], ignore_index=True)
    v = _view(qtbot, df, fit=True)
    assert len(v.breaks()) == 4 and v.beyond() == (0, 0)
    assert not v.render_image().isNull()
    for f in (1e-6, 1e6, 1e-3, 50, 0.02):
        v.zoom_by(f)
        assert not v.render_image().isNull()
    for dx in (1e9, -1e9, 5e5, -5e5):
        v.pan_by(dx)
        assert not v.render_image().isNull()
    v.set_mask(np.arange(len(df)) % 2 == 0)     # (years 1 and 5000 shown, 1000 and 9999 filtered out)
    assert not v.render_image().isNull() and len(v.breaks()) == 2
    v.set_compressed(False)
    assert not v.render_image().isNull() and len(v.breaks()) == 0
    v.set_compressed(True)
    assert not v.render_image().isNull() and len(v.breaks()) == 2
    v.set_mask(None)
    assert not v.render_image().isNull() and len(v.breaks()) == 4


def test_the_breaks_are_the_shown_events_a_filter_opens_and_closes_them(qtbot):
    """The axis is shrunk where the events SHOWN leave a silence: a filter that hides the only
    document of 2013 between 2010 and 2016 makes that silence a break, showing it again opens the
    break; every event shown is where the view says its time is, and a filter seen before draws
    from its kept layout on the right axis (going back and forth between two filters)."""
    a = synthetic_frame(300, years=0.3, seed=1, first=datetime(2010, 1, 1), documents=1)
    b = synthetic_frame(300, years=0.3, seed=2, first=datetime(2016, 1, 1), documents=1)
    c = synthetic_frame(300, years=0.3, seed=3, first=datetime(2013, 3, 1), documents=1)
    a["document"], b["document"], c["document"] = "/x/a.txt", "/x/b.txt", "/x/c.txt"
    df = pd.concat([a, b, c], ignore_index=True)
    v = _view(qtbot, df, fit=True)
    whole = v.breaks()
    assert len(whole) == 3               # 2010 | 2013 | 2016 | the end of the last year-long bar
    no_c = (df["document"] != "/x/c.txt").to_numpy()
    only_a = (df["document"] == "/x/a.txt").to_numpy()
    for mask, want in ((no_c, 2), (None, 3), (only_a, 1), (no_c, 2), (None, 3)):
        v.set_mask(mask)
        b_now = v.breaks()
        assert len(b_now) == want
        times = v.event_times()
        assert not any(((times > t0) & (times < t1)).any() for t0, t1 in zip(b_now.t0, b_now.t1))
        if mask is no_c:     # the break spans 2010 to 2016 where 2013 is hidden
            assert axis.to_datetime(b_now.t0[0]).year < 2013 and axis.to_datetime(b_now.t1[0]).year == 2016
        v.fit_all()
        L = v.layout_now()
        shown = [k for k in L.kind.tolist() if k >= 0]
        for k in shown[:: max(1, len(shown) // 25)]:
            assert v.x_of(float(v._tstart[k])) == pytest.approx(v._x(float(v._start[k])), abs=0.5)
        from timeline_app.gui import layout as lay
        items = L.kind >= 0
        assert lay.overlaps_in_lanes(L.x0[items], L.x1[items], L.lane[items], gap=0.0) == 0
    # a filter laid out between frames (as with 20,000 events or more) lands on its own axis too
    v.DEFER_MASK = 100
    v.set_mask(no_c & (np.arange(len(df)) % 3 > 0))      # (a filter not seen yet)
    assert v._mask_job is not None and len(v.breaks()) == 3    # (shown as before until laid out)
    qtbot.waitUntil(lambda: v._mask_job is None, timeout=10_000)
    assert len(v.breaks()) == 2
    L = v.layout_now()
    k = int(L.kind[L.kind >= 0][-1])
    assert v.x_of(float(v._tstart[k])) == pytest.approx(v._x(float(v._start[k])), abs=0.5)
    assert v._x(float(L.x0[L.kind == k][0])) == pytest.approx(v._x(float(v._start[k])), abs=40)
