"""Axis ticks: pure functions, checked against the calendar."""
from datetime import datetime

import numpy as np
from hypothesis import given, settings, strategies as st

from timeline_app.gui import axis
from timeline_app.gui.axis import DAY, YEAR, from_datetime, ticks, to_datetime

T = from_datetime(datetime(2022, 9, 10))


def test_unit_follows_zoom_from_hours_to_centuries():
    seen = []
    for span in (12 * 3600, 10 * DAY, 40 * DAY, 200 * DAY, 8 * YEAR, 100 * YEAR, 1000 * YEAR):
        seen.append(ticks(T - span / 2, T + span / 2, 1000).unit)
    assert seen == ["hour", "day", "week", "month", "year", "decade", "century"]


def test_month_ticks_fall_on_first_of_month_with_names():
    tk = ticks(from_datetime(datetime(2022, 1, 15)), from_datetime(datetime(2022, 12, 15)), 1200)
    assert tk.unit == "month"
    days = [to_datetime(t.t) for t in tk.minor]
    assert all(d.day == 1 and d.hour == 0 for d in days)
    labels = [t.label for t in tk.minor]
    assert "Feb" in labels and "Dec" in labels
    t0, t1 = tk.minor[0].t, tk.minor[-1].t
    assert "2022" in [t.label for t in tk.major if t0 <= t.t <= t1]


def test_week_ticks_are_mondays():
    tk = ticks(T - 30 * DAY, T + 30 * DAY, 800)
    assert tk.unit == "week"
    assert {to_datetime(t.t).weekday() for t in tk.minor} == {0}


def test_day_major_ticks_name_the_month():
    tk = ticks(from_datetime(datetime(2022, 8, 28)), from_datetime(datetime(2022, 9, 12)), 1400)
    assert tk.unit == "day"
    assert "September 2022" in [t.label for t in tk.major]


def test_decade_and_century_labels():
    tk = ticks(from_datetime(datetime(1900, 1, 1)), from_datetime(datetime(2000, 1, 1)), 1000)
    assert tk.unit == "decade"
    assert "1950s" in [t.label for t in tk.minor]
    tk = ticks(from_datetime(datetime(1000, 1, 1)), from_datetime(datetime(2000, 1, 1)), 1000)
    assert tk.unit == "century"
    assert "1500s" in [t.label for t in tk.minor]


def test_finer_unit_fades_in_smoothly():
    # Zooming in step by step, the faint (next finer) ticks grow more opaque, never jump back.
    alphas = []
    for span in (85 * DAY, 70 * DAY, 55 * DAY, 45 * DAY, 40 * DAY):
        tk = ticks(T, T + span, 1000)
        assert tk.unit == "week"
        alphas.append(tk.faint_alpha)
    assert alphas == sorted(alphas)
    assert 0 < alphas[1] < 1
    assert alphas[-1] > alphas[0]


def test_labels_of_a_new_unit_fade_in():
    # Just past the switch to weeks the week labels are faint, and they firm up as you zoom in.
    just = ticks(T, T + 7 * DAY * 1000 / 81, 1000)
    later = ticks(T, T + 7 * DAY * 1000 / 140, 1000)
    assert just.unit == later.unit == "week"
    assert 0.3 < just.label_alpha < 0.5 < later.label_alpha == 1.0


@settings(max_examples=200, deadline=None)
@given(st.floats(-5e10, 5e10), st.floats(600, 3e10), st.integers(200, 3000))
def test_ticks_are_sorted_cover_the_range_and_are_spaced(t0, span, width):
    tk = ticks(t0, t0 + span, width)
    ts = [t.t for t in tk.minor]
    assert ts == sorted(ts)
    inside = [t for t in ts if t0 <= t <= t0 + span]
    # The labelled ticks are never crowded: at most one per min_label_px (calendar months vary a little).
    assert len(inside) <= width / 80 * 1.1 + 2
    if axis.T_MIN < t0 and t0 + span < axis.T_MAX:
        assert ts and ts[0] <= t0 + span and ts[-1] >= t0



def test_a_context_label_short_of_room_takes_a_shorter_form_never_an_ellipsis():
    t = from_datetime(datetime(2022, 3, 1))
    tick = axis.Tick(t, axis.label("month", t, major=True), axis.short_labels("month", t))
    width = lambda s: 7.0 * len(s)                 # noqa: E731 (7 px a character)
    assert axis.fitting_label(tick, 200, width) == "March 2022"
    assert axis.fitting_label(tick, 60, width) == "Mar 2022"
    assert axis.fitting_label(tick, 45, width) == "March"
    assert axis.fitting_label(tick, 22, width) == "Mar"
    assert axis.fitting_label(tick, 10, width) is None
    assert axis.short_labels("day", t) == ("1 Mar 2022", "1 Mar")
    assert axis.short_labels("year", t) == ()
    # the major ticks carry their short forms
    tk = ticks(from_datetime(datetime(2022, 1, 15)), from_datetime(datetime(2022, 4, 15)), 1200)
    assert all(m.short for m in tk.major)


def test_breaks_open_up_level_by_level_beyond_the_fit_and_shut_again():
    b = axis.Breaks.of([(100 * DAY, 250 * DAY, 5 * DAY), (400 * DAY, 4000 * DAY, 20 * DAY)])
    assert b.at_level(-12, -12) is b and b.at_level(-20, -12) is b        # up to shut_to: as found
    one, two = b.at_level(-11, -12), b.at_level(-10, -12)
    assert one is b.at_level(-11, -12)                                     # (cached)
    assert (one.u1 - one.u0).tolist() == [20 * DAY, 80 * DAY]              # four times longer a level
    assert len(two) == 2 and (two.u1 - two.u0)[0] == 80 * DAY
    wide = b.at_level(-9, -12)                                             # the short one opened all the way:
    assert len(wide) == 1 and wide.t0[0] == 400 * DAY                      # no break any more
    assert len(b.at_level(0, -12)) == 0                                    # zoomed far in: time itself
    ts = np.linspace(0, 5000 * DAY, 997)
    for x in (b, one, two, wide):
        u = x.to_u(ts)
        assert np.all(np.diff(u) > 0) and np.allclose(x.to_t(u), ts)
        assert np.all(np.diff(u) >= np.diff(b.to_u(ts)) - 1e-6)              # opening only widens
