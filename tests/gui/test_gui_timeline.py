"""The timeline widget on its own, with synthetic events: zoom, pan, fit, click, clusters, keyboard."""
from datetime import datetime

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtWidgets import QApplication

from gui_helpers import documents_of, synthetic_frame, ts
from timeline_app.gui.layout import level_of
from timeline_app.gui.timeline_view import TimelineView


@pytest.fixture
def view(qtbot):
    v = TimelineView()
    qtbot.addWidget(v)
    v.resize(1000, 500)
    v.show()
    qtbot.waitExposed(v)
    return v


def _load(view, df):
    view.set_events(df, documents_of(df))
    view.fit_all()


def _wheel(view, x, steps):
    vp = view.viewport()
    pos = QPointF(x, 200)
    ev = QWheelEvent(pos, QPointF(vp.mapToGlobal(pos.toPoint())), QPoint(0, 0), QPoint(0, 120 * steps),
                     Qt.NoButton, Qt.NoModifier, Qt.NoScrollPhase, False)
    QApplication.sendEvent(vp, ev)


def test_fit_all_shows_every_event(view):
    df = synthetic_frame(500, years=3)
    _load(view, df)
    t0, t1 = view.visible_range()
    assert t0 <= ts(df["start"].min().to_pydatetime())
    assert t1 >= ts(df["end"].max().to_pydatetime())
    # ...and not much more than that.
    assert (t1 - t0) < 1.2 * (ts(df["end"].max().to_pydatetime()) - ts(df["start"].min().to_pydatetime()))


def test_wheel_zoom_keeps_the_time_under_the_cursor_and_changes_the_unit(view):
    _load(view, synthetic_frame(300, years=4))
    view.render_image()
    assert view.tick_unit in ("year", "month")
    x = 300
    t_under = view.t_of(x)
    span0 = view.visible_range()[1] - view.visible_range()[0]
    for _ in range(16):
        _wheel(view, x, 1)
    t0, t1 = view.visible_range()
    assert t1 - t0 < span0 / 10
    assert view.t_of(x) == pytest.approx(t_under, abs=(t1 - t0) * 1e-6)
    view.render_image()
    assert view.tick_unit in ("week", "day")
    for _ in range(16):
        _wheel(view, x, -1)
    t0, t1 = view.visible_range()
    assert t1 - t0 == pytest.approx(span0, rel=1e-6)


def test_drag_pans_by_the_mouse_distance(view, qtbot):
    _load(view, synthetic_frame(200, years=2))
    view.zoom_by(4)
    t0, t1 = view.visible_range()
    vp = view.viewport()
    # Press on empty space below the lanes, drag 200 px to the left: the view moves 200 px later.
    y = vp.height() - 20
    qtbot.mousePress(vp, Qt.LeftButton, pos=QPoint(600, y))
    qtbot.mouseMove(vp, QPoint(500, y))
    qtbot.mouseMove(vp, QPoint(400, y))
    qtbot.mouseRelease(vp, Qt.LeftButton, pos=QPoint(400, y))
    n0, n1 = view.visible_range()
    assert n0 - t0 == pytest.approx(200 / view.scale(), rel=1e-6)
    assert n1 - n0 == pytest.approx(t1 - t0)


def test_scroll_bar_pans(view):
    _load(view, synthetic_frame(200, years=2))
    view.zoom_by(8)
    t0, _ = view.visible_range()
    hb = view.horizontalScrollBar()
    hb.setValue(hb.value() + hb.pageStep())
    assert view.visible_range()[0] > t0


def test_click_on_an_event_selects_it(view, qtbot):
    df = synthetic_frame(60, years=1, seed=3)
    _load(view, df)
    row = 30
    view.zoom_to(ts(df["start"][row].to_pydatetime()) - 3 * 86400, ts(df["start"][row].to_pydatetime()) + 3 * 86400)
    rect = view.event_rect(row)
    assert rect is not None
    with qtbot.waitSignal(view.eventClicked) as sig:
        qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=rect.center().toPoint())
    assert sig.args == [row]
    assert view.selected_row() == row


def test_dense_events_cluster_and_split_apart_when_zooming_in(view, qtbot):
    df = synthetic_frame(3000, years=5, seed=4)
    _load(view, df)
    lay = view.layout_now()
    clusters = lay.kind < 0
    assert clusters.any()
    assert int(lay.count.sum()) == len(df)
    # Clicking a badge zooms to its events; there they are (mostly) drawn on their own.
    i = int(np.flatnonzero(clusters)[0])
    a, b = lay.cluster_span[-int(lay.kind[i]) - 1]
    before = view.scale()
    view.click_at(QPointF(view.x_of(lay.x0[i]) + 10, view.AXIS_H + lay.lane[i] * view.LANE_H + 10
                          - view.verticalScrollBar().value()))
    assert view.scale() > before
    t0, t1 = view.visible_range()
    assert t0 <= a and t1 >= min(b, t0 + (t1 - t0))
    # the first frame after a zoom may show a coarser cached layout; the exact one follows at once
    qtbot.waitUntil(lambda: view.layout_now().level == level_of(view.scale()), timeout=5000)
    after = view.layout_now()
    assert int(np.sum(after.kind >= 0)) > int(np.sum(lay.kind >= 0))


def test_points_and_bars_are_drawn_in_document_colours(view):
    df = synthetic_frame(40, years=1, seed=5, documents=2)
    _load(view, df)
    row = int(np.flatnonzero((df["granularity"] == "month").to_numpy())[0])
    view.zoom_to(ts(df["start"][row].to_pydatetime()) - 20 * 86400, ts(df["end"][row].to_pydatetime()) + 20 * 86400)
    rect = view.event_rect(row)
    assert rect is not None and rect.width() > 50   # a month is a bar over [start, end)
    assert rect.left() == pytest.approx(view.x_of(ts(df["start"][row].to_pydatetime())))
    assert rect.right() == pytest.approx(view.x_of(ts(df["end"][row].to_pydatetime())))
    img = view.render_image()
    c = QColor(img.pixel(int(rect.left()) + 3, int(rect.center().y())))
    doc_c = view.doc_colours()[row % 2]
    # The bar's fill is its document's colour blended on the background: same dominant hue.
    d = abs(c.hsvHue() - doc_c.hsvHue())
    assert min(d, 360 - d) < 20


def test_neighbour_rows_follow_time_order(view):
    df = synthetic_frame(50, seed=6).sample(frac=1, random_state=1).reset_index(drop=True)
    _load(view, df)
    order = list(np.argsort(df["start"].to_numpy(), kind="stable"))
    view.set_selected_row(int(order[10]))
    assert view.neighbour_row(1) == int(order[11])
    assert view.neighbour_row(-1) == int(order[9])


def test_empty_timeline_paints_a_hint(view):
    view.set_events(None, [])
    view.fit_all()
    img = view.render_image()
    assert not img.isNull()
    assert view.event_count() == 0


def test_follows_a_dark_palette(view):
    from PySide6.QtGui import QPalette

    df = synthetic_frame(20, years=1, seed=7)
    _load(view, df)
    light_img = view.render_image()
    light = view.doc_colours()[0]
    pal = QPalette(view.palette())
    for role, c in ((QPalette.Base, "#1e1e1e"), (QPalette.Window, "#2b2b2b"), (QPalette.Text, "#e0e0e0"),
                    (QPalette.WindowText, "#e0e0e0")):
        pal.setColor(role, QColor(c))
    view.setPalette(pal)
    assert view.dark()
    assert view.doc_colours()[0].lightness() > light.lightness()
    dark_img = view.render_image()
    y = dark_img.height() - 5
    assert QColor(dark_img.pixel(5, y)).lightness() < 60 < QColor(light_img.pixel(5, y)).lightness()


def test_a_badge_of_one_document_wears_its_colour(view):
    import pandas as pd

    view.set_compressed(False)    # (the years between the two documents drawn as they are)
    a = synthetic_frame(400, years=1, seed=8, documents=1, first=datetime(2010, 1, 1))
    b = synthetic_frame(400, years=1, seed=9, documents=1, first=datetime(2014, 1, 1))
    b["document"] = "/docs/other.txt"
    df = pd.concat([a, b], ignore_index=True)
    _load(view, df)
    lay = view.layout_now()
    assert len(lay.cluster_span) > 0
    # Every badge here holds one document's events: its colour index is that document.
    firsts = view.breaks().to_t(lay.cluster_span[:, 0])     # (the layout is on the axis: long gaps shrunk)
    expected = np.where(firsts < ts(datetime(2012, 1, 1)), 0, 1)
    assert lay.cluster_doc.tolist() == expected.tolist()


def test_dates_outside_pandas_nanosecond_range(view):
    """Articles mention 1066 and 2300: dates pandas keeps only at microsecond resolution."""
    import pandas as pd

    from timeline_app.gui.event_table_model import EventTableModel

    df = synthetic_frame(3, seed=12)
    starts = [datetime(1066, 10, 14), datetime(2022, 9, 10), datetime(2300, 1, 1)]
    ends = [datetime(1066, 10, 15), datetime(2022, 9, 11), datetime(2301, 1, 1)]
    df["start"] = pd.to_datetime(pd.Series(starts, dtype="datetime64[us]"))
    df["end"] = pd.to_datetime(pd.Series(ends, dtype="datetime64[us]"))
    view.set_compressed(False)        # time drawn evenly: a view of centuries
    _load(view, df)
    t0, t1 = view.visible_range()
    assert t0 <= ts(starts[0]) and t1 >= ts(ends[2])
    img = view.render_image()
    assert view.tick_unit == "century" and not img.isNull()
    view.set_compressed(True)         # the centuries between shrunk: 1066 and 2022 in view at a day's
    t0, t1 = view.visible_range()     # scale; the year-long 2300 bar, longer than the rest, beyond
    assert t0 <= ts(starts[0]) and t1 >= ts(ends[1]) and len(view.breaks()) == 2
    assert view.scale() > 1000 / (120 * 86400) and view.beyond() == (0, 1)
    assert not view.render_image().isNull()
    m = EventTableModel()
    m.set_frame(df)
    assert m.index(0, 0).data() == "1066-10-14"
    assert m.index(2, 0).data() == "2300-01-01 … 2300-12-31"


def _one_event(view, start, end, expression="the offensive", sentence="Troops crossed the river."):
    df = synthetic_frame(1)
    df.loc[0, "start"], df.loc[0, "end"] = start, end
    df.loc[0, "expression"], df.loc[0, "sentence"] = expression, sentence
    view.set_events(df, documents_of(df))
    return df


def _dark_columns(img, y0, y1, x0, x1):
    """Columns in [x0, x1) with a near-black (text) pixel between rows y0 and y1."""
    cols = set()
    for x in range(x0, x1):
        for y in range(y0, y1):
            c = QColor(img.pixel(x, y))
            if c.red() < 90 and c.green() < 90 and c.blue() < 90:
                cols.add(x)
                break
    return cols


def test_a_bar_whose_start_is_off_screen_keeps_its_label_at_the_left_edge(view):
    _one_event(view, datetime(2022, 1, 1), datetime(2023, 1, 1))
    view.zoom_to(ts(datetime(2022, 6, 1)), ts(datetime(2022, 8, 1)))   # the bar covers the whole view
    img = view.render_image()
    y = view.AXIS_H
    assert _dark_columns(img, y + 4, y + view.LANE_H - 4, 2, 60), "no label text at the left edge"


def test_a_day_at_hour_zoom_is_a_band_as_wide_as_the_day(view):
    _one_event(view, datetime(2022, 9, 10), datetime(2022, 9, 11))
    view.zoom_to(ts(datetime(2022, 9, 9, 18)), ts(datetime(2022, 9, 11, 6)))
    view.render_image()
    r = view.event_rect(0)
    day_px = 86400 * view.scale()
    assert r.width() == pytest.approx(day_px, rel=0.01)
    assert r.left() == pytest.approx(view.x_of(ts(datetime(2022, 9, 10))), abs=1)
    view.fit_all()
    view.zoom_to(ts(datetime(2022, 1, 1)), ts(datetime(2023, 1, 1)))    # a year: the day is a dot
    assert view.event_rect(0).width() == view.MARKER


def test_the_view_refits_on_resize_until_the_user_zooms(view, qtbot):
    df = synthetic_frame(200, years=2)
    _load(view, df)
    lo, hi = ts(df["start"].min().to_pydatetime()), ts(df["end"].max().to_pydatetime())
    view.resize(600, 500)
    qtbot.waitUntil(lambda: view.viewport().width() < 620)
    t0, t1 = view.visible_range()
    assert t0 <= lo and t1 >= hi
    assert view.auto_fit()
    _wheel(view, 300, 2)                       # the user zooms: the view now stays where they put it
    assert not view.auto_fit()
    before = view.visible_range()
    view.resize(900, 500)
    qtbot.waitUntil(lambda: view.viewport().width() > 850)
    assert view.visible_range()[0] == pytest.approx(before[0])
    view.fit_all()                             # Home: fitting again, and on resize too
    assert view.auto_fit()


def test_a_mask_hides_events_but_keeps_the_selection(view):
    df = synthetic_frame(50, years=1)
    _load(view, df)
    view.set_selected_row(7)
    mask = np.ones(len(df), dtype=bool)
    mask[7] = False
    mask[:3] = False
    view.set_mask(mask)
    assert view.event_count() == 46
    assert view.event_time(7) is None and view.selected_row() == -1
    view.set_mask(None)
    assert view.event_count() == 50 and view.selected_row() == 7


def test_reference_dates_are_dashed_lines_in_each_documents_colour_for_thousands_of_documents(view):
    """One line per date and colour, however many documents share them (10,000 documents used to
    mean 10,000 lines drawn one by one on every paint)."""
    from datetime import date

    from timeline_app.gui.timeline_view import DOC_COLOURS

    k = len(DOC_COLOURS)
    df = synthetic_frame(50, years=1, seed=3, documents=2)
    refs = [date(2015, 1 + i, 10) for i in range(k)]        # one date per colour
    docs = [(f"/d/{i}.txt", f"{i}.txt", refs[i % k]) for i in range(5000)]
    view.set_events(df, docs)
    view.zoom_to(ts(datetime(2015, 1, 1)), ts(datetime(2016, 1, 1)))
    assert len(view.reference_lines()) == 5000
    assert view.reference_lines()[1] == (ts(datetime(2015, 2, 10)), 1)
    img = view.render_image()
    y = img.height() - 3
    for i, ref in enumerate(refs):
        want = view.doc_colours()[i]
        if want.hsvHue() < 0:
            continue   # a grey: no hue to tell it by
        x = round(view.x_of(ts(datetime.combine(ref, datetime.min.time()))))
        hues = {QColor(img.pixel(xx, yy)).hsvHue() for xx in (x - 1, x, x + 1) for yy in range(y - 30, y)}
        assert any(min(abs(h - want.hsvHue()), 360 - abs(h - want.hsvHue())) < 15 for h in hues if h >= 0), (ref, hues)


def test_prefetching_before_the_current_level_is_laid_out_does_not_raise(view, qtbot):
    df = synthetic_frame(2000, seed=4)
    view.set_events(df, documents_of(df))
    view.clear_layout_cache()                  # as after new events, before the next paint
    level = level_of(view.scale())
    assert level not in view.cached_levels()
    view._prefetch_levels()                    # the idle timer's slot, as it fires
    # the current level is laid out first, then the neighbours, in slices between frames
    qtbot.waitUntil(lambda: {level, level - 1, level + 1} <= view.cached_levels(), timeout=10_000)


def test_thousands_of_reference_dates_become_a_rug_under_the_axis(view):
    from datetime import date, timedelta

    df = synthetic_frame(20, years=1, seed=3, documents=2)
    docs = [(f"/d/{i}.txt", f"{i}.txt", date(2015, 1, 1) + timedelta(days=i % 365)) for i in range(3000)]
    view.set_events(df, docs)
    view.zoom_to(ts(datetime(2015, 1, 1)), ts(datetime(2016, 1, 1)))
    img = view.render_image()
    y_rug = view.AXIS_H + view.REF_RUG // 2
    marked = sum(QColor(img.pixel(x, y_rug)).hsvSaturation() > 60 for x in range(50, img.width() - 50))
    assert marked >= 300                                # a mark for (nearly) every day of 2015 in view
    y_low = img.height() - 3                            # no full-height lines over the events
    assert sum(QColor(img.pixel(x, y_low)).hsvSaturation() > 60 for x in range(50, img.width() - 50)) < 50


def test_fit_all_fits_where_the_events_are_and_the_edges_say_what_lies_beyond(view, qtbot):
    """A century-long reading and a mention of 1066 among a season's news: the fit shows the
    season (the long bar runs across the view), the left edge counts what lies before it, and a
    click there shows everything. On an even axis (View › Compress empty stretches off); with it
    on (the default, eleventh session) the long bar counts where it starts, the silences between
    1066, 1916 and the season are breaks and everything is in view."""
    import pandas as pd

    df = synthetic_frame(60, years=0.4, seed=11, first=datetime(2022, 6, 1))
    far = df.iloc[:2].copy()
    far["start"] = [pd.Timestamp("1916-01-01"), pd.Timestamp("1066-10-14")]
    far["end"] = [pd.Timestamp("2095-01-01"), pd.Timestamp("1066-10-15")]
    far["granularity"] = ["year", "day"]
    df = pd.concat([df, far], ignore_index=True)
    docs = [(p, p.rsplit("/", 1)[-1], datetime(2022, 9, 10).date()) for p in dict.fromkeys(df["document"])]
    view.set_events(df, docs)
    view.fit_all()
    w = view.viewport().width()
    first, last = (view.x_of(ts(season_t.to_pydatetime())) for season_t in (df["start"].iloc[:60].min(),
                                                                             df["start"].iloc[:60].max()))
    assert len(view.breaks()) >= 2 and 0 <= first < last <= w     # 1066 | 1916 | the season, all in view
    assert 0 <= view.x_of(ts(datetime(1066, 10, 14))) < first and view.beyond() == (0, 0)
    view.set_compressed(False)
    view.fit_all()
    t0, t1 = view.visible_range()
    season = df.iloc[:60]
    assert t1 - t0 < 2 * 365 * 86400                   # the news (a few of them years), not a thousand years
    assert t0 <= ts(season["start"].min().to_pydatetime()) and t1 >= ts(season["start"].max().to_pydatetime())
    bar = view.event_rect(60)                          # the 1916-2095 reading spans the whole view
    assert bar is not None and bar.left() <= 0 and bar.right() >= view.viewport().width()
    assert view.beyond() == (1, 0)                     # 1066, wholly before the view
    left, _ = view._beyond_rects(view.viewport().width())
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=left.center().toPoint())
    t0, t1 = view.visible_range()
    assert t0 <= ts(datetime(1066, 10, 14)) and t1 >= ts(datetime(2095, 1, 1))
    assert view.beyond() == (0, 0)


def test_going_back_to_a_filter_reuses_its_layout_and_new_events_do_not(view):
    import pandas as pd

    df = synthetic_frame(3000, years=5, seed=21, documents=4)
    _load(view, df)
    all_rows = view.layout_now()
    some = np.arange(len(df)) % 3 == 0
    view.set_mask(some)
    filtered = view.layout_now()
    assert int(filtered.count.sum()) == int(some.sum())
    view.set_mask(None)                      # the filter cleared: the layout made before, at once
    assert view.layout_now() is all_rows
    view.set_mask(some)
    assert view.layout_now() is filtered
    # the same mask over other events (set_events again): laid out anew, for those events
    df2 = df.copy()
    df2["start"] = df2["start"] + pd.Timedelta(days=400)
    df2["end"] = df2["end"] + pd.Timedelta(days=400)
    view.set_events(df2, documents_of(df2), mask=some)
    again = view.layout_now()
    assert again is not filtered
    assert int(again.count.sum()) == int(some.sum())
    shown = again.kind[again.kind >= 0]
    assert view.event_times()[shown].min() >= ts(df2["start"][some].min().to_pydatetime()) - 1


def test_with_many_events_a_new_filter_is_laid_out_between_frames(view, qtbot):
    """A keystroke does not wait for the layout of a new filter: the view keeps showing the events
    as they were (whole, consistent) while the filter is laid out in slices, then shows it; a
    question about its events, or the next keystroke, is answered for the latest filter."""
    df = synthetic_frame(3000, years=5, seed=8)
    _load(view, df)
    view.DEFER_MASK = 1000                    # (the window's threshold is 20,000 events)
    view.WORK_S = 0.0005                      # small slices, so several frames pass
    before = view.layout_now()
    rng = np.random.default_rng(1)
    half, third = rng.random(len(df)) < 0.5, rng.random(len(df)) < 0.3
    view.set_mask(half)
    assert view._mask_job is not None
    assert view._drawn_layout() is before and len(view._start) == len(df)
    view.render_image()                        # (settles: an export shows what was asked for)
    assert view.event_count() == int(half.sum())
    view.set_mask(third)
    view.set_mask(half)                        # typed on before the first was laid out
    qtbot.waitUntil(lambda: view._mask_job is None, timeout=10_000)
    assert view.event_count() == int(half.sum())
    assert int(view._drawn_layout().count.sum()) == int(half.sum())
    view.set_mask(third)
    assert view.event_count() == int(third.sum())          # answered at once, for the latest
    assert int(view.layout_now().count.sum()) == int(third.sum())
