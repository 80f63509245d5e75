"""How the timeline reads: "fit all" fits the events (not room for labels beyond them), the last
events' labels turn to their left, and spans a date bounds ("since 2019", "as of Friday") are
drawn open at the side the text leaves open. Real sample, real Workspace, real window parts."""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import numpy as np
from PySide6.QtGui import QColor

from test_gui_timeline import view  # noqa: F401  (the fixture: a TimelineView on screen)
from timeline_app.core.workspace import Workspace
from timeline_app.gui import axis
from timeline_app.gui.layout import layout, overlaps_in_lanes
from timeline_app.gui.timeline_view import open_sides

SAMPLE = Path(__file__).resolve().parents[2] / "timeline_app" / "sample"


def _show(view, ws):
    df = ws.events
    df = df[df["status"] != "deleted"]
    view.set_events(df, [(d.path, Path(d.path).name, d.reference_date) for d in (s.document for s in ws.document_states())])
    view.fit_all()
    return df


def _article(view, tmp_path, text: str, ref: date):
    f = tmp_path / "article.txt"
    f.write_text(text, encoding="utf-8")
    ws = Workspace.from_files([str(f)], reference_date=ref)
    return ws, _show(view, ws)


def _seed() -> Workspace:
    files = sorted(p for p in SAMPLE.iterdir() if p.suffix in (".md", ".txt"))
    return Workspace.from_files([str(files[0])])


def test_fit_all_fits_the_sample_events_not_room_for_their_labels(view):
    """The sample runs from 24 February to 24 September 2022 (its last bar: the invasion's seventh
    month): the fitted view ends within a few days of that, not in January 2023."""
    df = _show(view, _seed())
    dated = df.dropna(subset=["start"])
    last = max(dated["end"].max(), dated["start"].max()).to_pydatetime()
    t0, t1 = view.visible_range()
    assert t1 >= axis.from_datetime(last)
    assert t1 - axis.from_datetime(last) < 0.1 * (t1 - t0)
    assert axis.to_datetime(t1) < datetime(2022, 10, 15)


def test_the_last_events_labels_turn_left_and_nothing_overlaps(view):
    df = _show(view, _seed())
    L = view.exact_layout()
    assert L.left is not None and L.left.sum() >= 5          # the cluster of 9-10 September
    assert overlaps_in_lanes(L.x0, L.x1, L.lane) == 0
    # a flipped event's extent ends at its dot or bar and starts left of it
    k = int(np.flatnonzero(L.left)[0])
    i = int(np.flatnonzero(L.kind == k)[0])
    assert L.x0[i] < view._start[k] <= L.x1[i] + 1


def test_layout_flips_only_labels_that_would_run_past_the_end():
    start = np.array([0.0, 1000.0, 5000.0])
    end = start.copy()
    L = layout(start, end, np.ones(3, dtype=bool), np.array([200.0, 200.0, 200.0]), level=-4, flip_at=5000.0)
    assert L.left.tolist() == [False, False, True]
    assert layout(start, end, np.ones(3, dtype=bool), np.full(3, 200.0), level=-4).left is None


def test_spans_a_date_bounds_are_drawn_open(view, tmp_path):
    text = ("Keane was sentenced on Tuesday, the second corruption conviction at City Hall since 2019.\n\n"
            "The sentence will run until 2031. As of Friday, the city had recovered $1.2 million.")
    ws, df = _article(view, tmp_path, text, date(2023, 10, 12))
    sides = dict(zip(df["expression"], open_sides(df, df["expression"].astype(str).tolist()).tolist()))
    assert sides == {"Tuesday": 0, "2019": 1, "2031": -1, "Friday": -1}
    # the label says what bounds the span
    labels = dict(zip(view._expressions.tolist(), view._labels.tolist()))
    assert labels["2019"].startswith("since 2019 · ") and labels["2031"].startswith("until 2031 · ")
    assert labels["Tuesday"] == df.loc[df["expression"] == "Tuesday", "headline"].iloc[0]
    # the "since 2019" bar: solid at its start, faded out at its open end (the reference date)
    row = int(np.flatnonzero(df["expression"].to_numpy() == "2019")[0])
    view.zoom_to(axis.from_datetime(datetime(2018, 1, 1)), axis.from_datetime(datetime(2024, 6, 1)))
    r = view.event_rect(row)
    assert r is not None and r.width() > 120
    img = view.render_image()
    y = int(r.top()) + 2                 # the bar's own fill, above its label and the chevron
    solid = QColor(img.pixel(int(r.left()) + 4, y))
    faded = QColor(img.pixel(int(r.right()) - 2, y))
    base = QColor(img.pixel(img.width() // 2, img.height() - 40))      # the empty bottom of the view
    assert solid.hsvSaturation() > faded.hsvSaturation() + 30
    assert abs(faded.lightness() - base.lightness()) < 40
    # a date the user set is drawn whole: no open side
    eid = df.index[row]
    ws.set_when(eid, "2019")
    df2 = ws.events
    df2 = df2[df2["status"] != "deleted"]
    assert open_sides(df2, df2["expression"].astype(str).tolist())[list(df2.index).index(eid)] == 0


def test_start_mid_end_and_about_are_drawn_as_such(view, tmp_path):
    """"early 2019" is its first third drawn solid, "the end of the month" (not a bound) its last;
    an event dated backwards ("about 2012") is approximate; a user-set date is drawn as set."""
    from timeline_app.gui.timeline_view import mod_parts

    text = ("Prices rose in early 2019. The deal closed at the end of the month. "
            "Sales fell in mid-2020. The mayor resigned in 2014, two years after she took office.")
    ws, df = _article(view, tmp_path, text, date(2023, 10, 12))
    parts = dict(zip(df["expression"], mod_parts(df, np.zeros(len(df), dtype=np.int8)).tolist()))
    assert parts["early 2019"] == 1 and parts["mid-2020"] == 2 and parts["the end of the month"] == 3
    assert parts["she took office"] == 4 and parts["2014"] == 0
    view.render_image()      # every kind painted without error
    eid = df.index[list(df["expression"]).index("early 2019")]
    ws.set_when(eid, "2019")
    d2 = ws.events
    assert mod_parts(d2, np.zeros(len(d2), dtype=np.int8))[list(d2.index).index(eid)] == 0


def test_the_windows_csv_keeps_the_dates_own_interval(qtbot, tmp_path):
    """File › Export CSV writes what `timeline-app export` writes: "since 2019" is 2019 there (a
    time expression), while the event on the timeline is the span to the time of writing."""
    from PySide6.QtCore import QSettings

    from timeline_app.cli import main as cli_main
    from timeline_app.gui.main_window import MainWindow

    art = str(Path(__file__).resolve().parents[1] / "data" / "articles" / "court-riverton.txt")
    w = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat), reference_date=date(2023, 10, 12))
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.loadingFinished, timeout=60000):
        w.open_files([art])
    row = w.frame[w.frame["expression"] == "2019"].iloc[0]
    assert (row["start"].year, row["end"].year) == (2019, 2023)          # the event: the span
    out, cli_out = tmp_path / "window.csv", tmp_path / "cli.csv"
    w.export_csv(str(out))
    assert cli_main(["export", art, "--reference-date", "2023-10-12", "-o", str(cli_out)]) == 0
    assert out.read_text(encoding="utf-8") == cli_out.read_text(encoding="utf-8")


def test_fit_all_fits_a_court_story_to_its_last_bound(view):
    """The court story's last event is the sentence running until the end of 2031: the fitted view
    ends there (plus the margin), however long the labels of the events near it."""
    art = Path(__file__).resolve().parents[1] / "data" / "articles" / "court-riverton.txt"
    df = _show(view, Workspace.from_files([str(art)], reference_date=date(2023, 10, 12)))
    t0, t1 = view.visible_range()
    last = axis.from_datetime(datetime(2032, 1, 1))
    assert last <= t1 < last + 0.06 * (t1 - t0)
    L = view.exact_layout()
    assert L.left is not None and L.left.any()
    assert overlaps_in_lanes(L.x0, L.x1, L.lane) == 0
    assert len(df) > 8
