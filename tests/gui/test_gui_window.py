"""The main window, driven the way a user does, on the bundled sample and real files (offscreen)."""
import os
import shutil
from datetime import timedelta
from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from timeline_app.cli import SAMPLE, main as cli_main
from timeline_app.gui.main_window import MainWindow


def _norm(s: str) -> str:
    return " ".join(s.split())


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)


@pytest.fixture
def window(qtbot, settings):
    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    return w


def load(qtbot, w, paths):
    with qtbot.waitSignal(w.loadingFinished, timeout=60000):
        w.open_files(paths)


@pytest.fixture
def sample(qtbot, window):
    load(qtbot, window, [SAMPLE])
    return window


def _dated_rows(w):
    return [int(i) for i in w.frame.index[w.frame["start"].notna()]]


def _visible_event(w):
    """A dated event drawn on its own (not in a badge), zooming in on one when needed."""
    tl = w.timeline
    for row in _dated_rows(w):
        if tl.event_rect(row) is None:
            w.select_row(row)
            w.zoom_to_selection()
        rect = tl.event_rect(row)
        if rect is not None and tl.viewport().rect().contains(rect.center().toPoint()):
            return row, rect
    raise AssertionError("no event could be shown on its own")


def test_open_the_sample_and_see_its_events_drawn(sample):
    w = sample
    assert [d.path for d in w.docs] == [SAMPLE]
    assert len(w.frame) >= 1, "the engine found no time expression in the sample"
    assert w.timeline.event_count() == len(_dated_rows(w)) >= 1
    assert w.model.rowCount() == len(w.frame)
    # Fitted after loading: every dated event is inside the visible range.
    t0, t1 = w.timeline.visible_range()
    starts = [w.timeline.x_of(t) for t in w.timeline.event_times()]
    assert all(0 <= x <= w.timeline.viewport().width() for x in starts)
    assert t0 < t1
    # The layout draws every dated event exactly once, alone or counted in a badge.
    assert int(w.timeline.layout_now().count.sum()) == w.timeline.event_count()
    assert "kharkiv" in w.windowTitle().lower()
    # Drawn, in pixels: each event shown on its own has its document's colour where its marker is
    # (a dot's centre, a bar's left end) and each badge its count.
    img = w.timeline.render_image()
    colour = w.timeline.doc_colours()[0]
    alone = [(r, w.timeline.event_rect(r)) for r in _dated_rows(w)]
    alone = [(r, rect) for r, rect in alone if rect is not None and rect.center().y() < img.height()]
    def coloured(c):
        d = abs(c.hsvHue() - colour.hsvHue())
        return min(d, 360 - d) < 12 and c.saturation() > 40

    for r, rect in alone:
        # a dot's centre; a bar somewhere along it (its solid part: "late Friday" is faint but for
        # its last third, a span open at its start fades in)
        xs = [int(rect.center().x())] if rect.width() <= 12 else range(int(rect.left()) + 1, int(rect.right()) - 1)
        cs = [img.pixelColor(x, int(rect.center().y())) for x in xs if 0 <= x < img.width()]
        assert any(coloured(c) for c in cs), (r, [c.name() for c in cs[:5]])
    lay = w.timeline.layout_now()
    assert len(alone) + int(lay.count[lay.kind < 0].sum()) == w.timeline.event_count()


def test_click_an_event_and_see_its_sentence_highlighted(sample, qtbot):
    w = sample
    row, rect = _visible_event(w)
    w.source.clear()
    qtbot.mouseClick(w.timeline.viewport(), Qt.LeftButton, pos=rect.center().toPoint())
    r = w.frame.iloc[row]
    assert w.selected_row() == row
    assert _norm(w.source.highlighted_sentence()) == _norm(r["sentence"])
    assert w.source.marked_expression() == r["expression"]
    assert w.source.fields["value"].text().startswith(str(r["timex_value"]))
    assert w.source.fields["explanation"].text()
    # The table follows: its current row is the same event.
    cur = w.table.currentIndex()
    assert w.row_of_index(cur) == row
    # And the text is scrolled so the expression is on screen.
    cr = w.source.text.cursorRect()
    assert w.source.text.viewport().rect().intersects(cr)


def test_selecting_in_the_table_moves_the_timeline_and_source(sample):
    w = sample
    rows = _dated_rows(w)
    row = rows[-1]
    w.table.setCurrentIndex(w.proxy.mapFromSource(w.model.index_of_frame_row(row, 2)))
    assert w.selected_row() == row
    assert w.timeline.selected_row() == row
    assert w.source.marked_expression() == w.frame.iloc[row]["expression"]


def test_zoom_in_and_out_with_the_keyboard_changes_range_and_ticks(sample, qtbot):
    w = sample
    tl = w.timeline
    tl.setFocus()
    tl.render_image()
    # (in pixels per second: the sample's empty spring is shrunk, so the times at the edges are no
    # longer a fixed span apart once a zoom leaves the break out of view)
    scale0, range0 = tl.scale(), tl.visible_range()
    unit0 = tl.tick_unit
    for _ in range(8):
        qtbot.keyClick(tl, Qt.Key_Equal, Qt.ControlModifier)
    assert tl.scale() == pytest.approx(scale0 * 1.5 ** 8, rel=1e-6)
    t0, t1 = tl.visible_range()
    assert range0[0] < t0 < t1 < range0[1] and t1 - t0 < (range0[1] - range0[0]) / 1.5 ** 8 * 1.01
    tl.render_image()
    assert tl.tick_unit != unit0
    for _ in range(8):
        qtbot.keyClick(tl, Qt.Key_Minus, Qt.ControlModifier)
    assert tl.scale() == pytest.approx(scale0, rel=1e-6)
    # Home fits all again after panning away.
    tl.pan_by(5000)
    qtbot.keyClick(tl, Qt.Key_Home)
    assert tl.scale() == pytest.approx(scale0, rel=1e-6)
    assert tl.visible_range() == pytest.approx(range0, rel=1e-9)


def test_pan_with_the_mouse(sample, qtbot):
    w = sample
    vp = w.timeline.viewport()
    t0 = w.timeline.visible_range()[0]
    y = vp.height() - 10
    qtbot.mousePress(vp, Qt.LeftButton, pos=QPoint(300, y))
    qtbot.mouseMove(vp, QPoint(400, y))
    qtbot.mouseMove(vp, QPoint(500, y))
    qtbot.mouseRelease(vp, Qt.LeftButton, pos=QPoint(500, y))
    assert w.timeline.visible_range()[0] == pytest.approx(t0 - 200 / w.timeline.scale())


def test_change_a_reference_date_and_see_events_move(sample, qtbot):
    w = sample
    before = w.frame[["start_char", "start"]].copy()
    ref = w.docs[0].reference_date
    new = ref + timedelta(days=7)
    x_before = w.timeline.x_of(w.timeline.data_range()[0])
    w.tabs.setCurrentWidget(w.documents)
    edit = w.documents.edit_date(SAMPLE)  # typed into the cell's editor, as a user does
    edit.selectAll()
    qtbot.keyClicks(edit, new.isoformat())
    qtbot.keyClick(edit, Qt.Key_Return)  # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: w.docs[0].reference_date == new, timeout=5000)
    assert w.docs[0].reference_source == "set by you"
    assert (w.frame["reference_date"] == new.isoformat()).all()
    after = w.frame[["start_char", "start"]]
    merged = before.merge(after, on="start_char", suffixes=("_old", "_new"))
    moved = merged[merged["start_old"].notna() & (merged["start_old"] != merged["start_new"])]
    assert len(moved) >= 1, "no event moved with the reference date"
    # The timeline draws the new dates, and the reference line at the new date.
    from timeline_app.gui.axis import from_datetime
    from datetime import datetime

    drawn = set(w.timeline.event_times().tolist())
    for t in moved["start_new"].dropna():
        assert from_datetime(t.to_pydatetime()) in drawn
    assert [t for t, _ in w.timeline.reference_lines()] == [from_datetime(datetime.combine(new, datetime.min.time()))]
    assert w.documents.item(0, 2).text() == "set by you"
    del x_before


def test_filter_the_table(sample, qtbot):
    w = sample
    n = w.proxy.rowCount()
    expr = str(w.frame.iloc[0]["expression"])
    qtbot.keyClick(w.table, Qt.Key_F, Qt.ControlModifier)
    assert w.filter_edit.hasFocus()
    qtbot.keyClicks(w.filter_edit, expr)
    shown = w.table_rows()
    assert 1 <= len(shown) <= n
    for r in shown:
        row = w.frame.iloc[r]
        assert expr.lower() in f'{row["expression"]} {row["timex_value"]} {row["sentence"]}'.lower()
    w.filter_edit.setText("no such words in any article zzz")
    assert w.proxy.rowCount() == 0
    w.filter_edit.clear()
    w.type_filter.setCurrentIndex(w.type_filter.findData("DATE"))
    assert w.proxy.rowCount() == int((w.frame["timex_type"] == "DATE").sum())
    w.type_filter.setCurrentIndex(0)
    w.doc_filter.setCurrentIndex(w.doc_filter.findData(SAMPLE))
    assert w.proxy.rowCount() == n


def test_table_sorts_dates_as_dates(sample):
    w = sample
    w.table.sortByColumn(0, Qt.DescendingOrder)
    rows = w.table_rows()
    starts = [w.frame.iloc[r]["start"] for r in rows]
    dated = [s for s in starts if not pd.isna(s)]
    assert dated == sorted(dated, reverse=True)
    # Ascending, undated expressions come last (a text sort would put "(undated)" first).
    w.table.sortByColumn(0, Qt.AscendingOrder)
    rows = w.table_rows()
    starts = [w.frame.iloc[r]["start"] for r in rows]
    n_dated = sum(not pd.isna(s) for s in starts)
    assert all(not pd.isna(s) for s in starts[:n_dated]) and all(pd.isna(s) for s in starts[n_dated:])
    assert starts[:n_dated] == sorted(starts[:n_dated])


def test_left_right_walk_the_events_in_time_and_enter_shows_source(sample, qtbot):
    w = sample
    rows = _dated_rows(w)
    if len(rows) < 2:
        pytest.fail("the sample needs two dated events for ←/→")
    order = sorted(rows, key=lambda r: (w.frame.iloc[r]["start"], r))
    w.select_row(order[0])
    tl = w.timeline
    tl.setFocus()
    seen = [w.selected_row()]
    for _ in range(len(order) - 1):
        qtbot.keyClick(tl, Qt.Key_Right)
        seen.append(w.selected_row())
    assert seen == order
    qtbot.keyClick(tl, Qt.Key_Left)
    assert w.selected_row() == order[-2]
    tl.setFocus()
    qtbot.keyClick(tl, Qt.Key_Return)
    assert w.source.text.hasFocus()
    assert w.source.marked_expression() == w.frame.iloc[order[-2]]["expression"]


def test_export_csv_equals_the_cli(sample, tmp_path, monkeypatch):
    w = sample
    out = tmp_path / "window.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "CSV (*.csv)")))
    w.act_export_csv.trigger()
    cli_out = tmp_path / "cli.csv"
    assert cli_main(["export", SAMPLE, "-o", str(cli_out)]) == 0
    assert out.read_text(encoding="utf-8") == cli_out.read_text(encoding="utf-8")
    # one row per time expression: the event the sample's "a week after Shmygal's trip to Berlin"
    # dates is on the timeline (a row of the frame) but not a time expression
    from timeline_app.core.events import DERIVED_RULE
    derived = w.frame["rule"] == DERIVED_RULE
    assert int(derived.sum()) == 1
    # (and the sample's "now" is a mention of "its seventh month"'s event: a row of its own here)
    joined = int(w.frame["n_mentions"].sum()) - len(w.frame)
    assert joined == 1
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(w.frame) - 1 + joined + 1


def test_export_png_and_svg(sample, tmp_path, monkeypatch):
    w = sample
    png, svg = tmp_path / "t.png", tmp_path / "t.svg"
    for path, filt in ((png, "PNG image (*.png)"), (svg, "SVG image (*.svg)")):
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, p=path, f=filt, **k: (str(p), f)))
        w.act_export_image.trigger()
    img = QImage(str(png))
    assert img.width() == w.timeline.viewport().width() and img.height() == w.timeline.viewport().height()
    # Not a blank image: the document colour appears (markers, bars or the reference line).
    colour = w.timeline.doc_colours()[0]
    found = any(QImage.pixelColor(img, x, y).name() == colour.name()
                for x in range(0, img.width(), 2) for y in range(w.timeline.AXIS_H, img.height(), 3))
    assert found
    text = svg.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "<svg" in text
    assert colour.name() in text.lower()
    assert not [f for f in os.listdir(tmp_path) if f.startswith(".tmp-")]


def test_a_bad_file_among_good_ones(window, qtbot, tmp_path):
    good1 = tmp_path / "one.md"
    good2 = tmp_path / "two.md"
    shutil.copy(SAMPLE, good1)
    shutil.copy(SAMPLE, good2)
    bad = tmp_path / "notes.xyz"
    bad.write_text("not an article format")
    load(qtbot, window, [str(good1), str(bad), str(good2)])
    assert [d.path for d in window.docs] == [str(good1), str(good2)]
    assert [p for p, _ in window.last_errors] == [str(bad)]
    box = window.error_box()
    assert box is not None and box.isVisible()
    assert "notes.xyz" in box.text() and window.last_errors[0][1] in box.text()
    assert "Traceback" not in box.text() + (box.detailedText() or "")
    box.close()
    assert window.doc_filter.count() == 3   # "All documents" + the two that loaded


def test_drop_files_onto_the_window(window, qtbot, tmp_path):
    f = tmp_path / "dropped.md"
    shutil.copy(SAMPLE, f)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f))])
    enter = QDragEnterEvent(QPoint(100, 100), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(100, 100), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    with qtbot.waitSignal(window.loadingFinished, timeout=60000):
        # QApplication only routes a Drop during a real drag; hand it to the window's event handler.
        window.event(drop)
    assert drop.isAccepted()
    assert [d.path for d in window.docs] == [str(f)]


def test_geometry_splitters_and_recent_files_persist(qtbot, settings, tmp_path):
    f = tmp_path / "a.md"
    shutil.copy(SAMPLE, f)
    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.show()
    load(qtbot, w, [str(f)])
    w.resize(640, 480)   # within the offscreen screen, which clamps restored geometry
    w.splitter.setSizes([150, 250])
    sizes, size = w.splitter.sizes(), w.size()
    w.close()
    w2 = MainWindow(settings)
    qtbot.addWidget(w2)
    w2.show()
    assert w2.size() == size
    assert w2.splitter.sizes() == sizes
    assert w2.recent_files() == [str(f)]


def test_cancel_stops_loading_and_keeps_the_window_usable(window, qtbot, tmp_path):
    files = []
    for i in range(30):
        f = tmp_path / f"a{i}.md"
        shutil.copy(SAMPLE, f)
        files.append(str(f))
    with qtbot.waitSignal(window.loadingFinished, timeout=60000):
        window.open_files(files)
        window.cancel_loading()
    assert len(window.docs) < 30
    assert not window.is_loading()
    assert not window.progress.isVisible()
    load(qtbot, window, files[:2])
    assert len(window.docs) >= 2


def test_undated_expressions_are_listed_apart_not_drawn(sample):
    w = sample
    undated = [int(i) for i in w.frame.index[w.frame["start"].isna()]]
    assert w.undated.count() == len(undated)
    assert w.timeline.event_count() == len(w.frame) - len(undated)
    if undated:
        w.undated.setCurrentRow(0)
        r = w.frame.iloc[undated[0]]
        assert w.selected_row() == undated[0]
        assert w.source.marked_expression() == r["expression"]
        assert "cannot be placed" in w.source.fields["interval"].text()
        assert w.timeline.selected_row() == -1


def test_hover_explains_an_event(sample):
    w = sample
    row, rect = _visible_event(w)
    hit = w.timeline.item_at(rect.center())
    assert hit == ("event", row)
    tip = w.timeline.tooltip_for(hit)
    assert str(w.frame.iloc[row]["expression"]) in tip and "kharkiv" in tip


def test_open_dialog_filters_by_supported_types_and_loads_several(window, qtbot, tmp_path, monkeypatch):
    from timeline_app.core.loaders import SUPPORTED_EXTENSIONS

    files = []
    for name in ("a.md", "b.md"):
        shutil.copy(SAMPLE, tmp_path / name)
        files.append(str(tmp_path / name))
    seen = {}

    def fake_dialog(parent, caption, folder, filters):
        seen["filters"] = filters
        return files, filters.split(";;")[0]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(fake_dialog))
    with qtbot.waitSignal(window.loadingFinished, timeout=60000):
        window.act_open.trigger()
        assert window.progress.isVisible() and window.cancel_button.isVisible()
    first = seen["filters"].split(";;")[0]
    assert all(f"*{ext}" in first for ext in SUPPORTED_EXTENSIONS)
    assert [d.path for d in window.docs] == files
    # ...and they are offered again under File › Open recent, newest first.
    window.fill_recent_menu()
    assert [a.text() for a in window.recent_menu.actions()][:2] == [files[1], files[0]]


def test_tab_moves_through_the_panels(sample, qtbot):
    w = sample
    w.timeline.setFocus()
    order = [*w.filter_bar.widgets(), w.table]
    for widget in order:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
        assert QApplication.focusWidget() is widget


def test_exported_csv_neutralises_formula_cells(window, qtbot, tmp_path):
    f = tmp_path / "formula.txt"
    f.write_text("=HYPERLINK(\"http://x\") The army said on Saturday, 10 September 2022, that it had advanced.\n",
                 encoding="utf-8")
    load(qtbot, window, [str(f)])
    assert len(window.frame) >= 1
    out = tmp_path / "out.csv"
    window.export_csv(str(out))
    import csv

    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert rows and all(r["sentence"].startswith("'=") for r in rows)


def test_loading_many_files_reports_progress_and_keeps_the_window_responsive(window, qtbot, tmp_path):
    from PySide6.QtCore import QTimer

    # Each file is the sample eight times (~50 KB), so the load lasts well past the bar's
    # 0.25 s refresh interval even on an idle machine: with one copy the 40 files were tagged
    # before the bar was first refreshed, and it only ever showed 0 and the end.
    text = Path(SAMPLE).read_text(encoding="utf-8")
    files = []
    for i in range(40):
        f = tmp_path / f"many{i}.md"
        f.write_text("\n\n".join([text] * 8), encoding="utf-8")
        files.append(str(f))
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(window.is_loading()))
    timer.start(1)
    progress = []
    window.progress.valueChanged.connect(progress.append)
    from PySide6.QtCore import QThread

    in_gui_thread = []
    window.loadingFinished.connect(
        lambda: in_gui_thread.append(QThread.currentThread() == QApplication.instance().thread()))
    with qtbot.waitSignal(window.loadingFinished, timeout=120000):
        window.open_files(files)
    assert in_gui_thread == [True]   # results are taken in by the GUI thread, never the worker's
    timer.stop()
    assert len(window.docs) == 40
    # The GUI thread kept running its event loop while files were being read and tagged...
    assert any(ticks), "no timer tick while loading: the GUI thread was blocked"
    # ...and the progress bar moved through intermediate values (it counts the bytes read, so
    # its end is the total size, not the number of files).
    assert progress and max(progress) > 0
    assert any(0 < v < max(progress) for v in progress), progress


def test_opening_again_while_loading_replaces_the_load(window, qtbot, tmp_path):
    first, second = [], []
    for i in range(20):
        f = tmp_path / f"first{i}.md"
        shutil.copy(SAMPLE, f)
        first.append(str(f))
    for i in range(2):
        f = tmp_path / f"second{i}.md"
        shutil.copy(SAMPLE, f)
        second.append(str(f))
    finished = []
    window.loadingFinished.connect(lambda: finished.append(len(window.docs)))
    window.open_files(first)
    with qtbot.waitSignal(window.loadingFinished, timeout=60000):
        window.open_files(second)
    qtbot.wait(50)   # let anything still queued from the first load arrive: it must be ignored
    assert len(finished) == 1
    assert set(second) <= {d.path for d in window.docs}
    assert not window.is_loading()


def test_zoom_to_selection(sample, qtbot):
    w = sample
    rows = _dated_rows(w)
    in_badge = [r for r in rows if w.timeline.event_rect(r) is None]
    days = [r for r in rows if w.frame.iloc[r]["end"] - w.frame.iloc[r]["start"] <= pd.Timedelta(days=1)]
    row = in_badge[0] if in_badge else days[len(days) // 2]   # the harder case when there is one (a day's
    # event otherwise: zooming to a month shows five months, not a fifth of the sample's range)
    w.select_row(row)
    span_before = w.timeline.visible_range()[1] - w.timeline.visible_range()[0]
    w.timeline.setFocus()
    qtbot.keyClick(w.timeline, Qt.Key_J, Qt.ControlModifier)
    t0, t1 = w.timeline.visible_range()
    s = w.timeline.event_time(row)
    assert t0 < s < t1
    assert t1 - t0 < span_before / 5
    rect = w.timeline.event_rect(row)
    assert rect is not None and w.timeline.viewport().rect().contains(rect.center().toPoint())


def test_a_long_load_shows_documents_as_they_arrive(window, qtbot, tmp_path, monkeypatch):
    files = []
    for i in range(12):
        f = tmp_path / f"part{i}.md"
        shutil.copy(SAMPLE, f)
        files.append(str(f))
    monkeypatch.setattr(window, "PARTIAL_EVERY", 0.0)   # refresh at every document instead of every 0.5 s
    monkeypatch.setattr(window, "ADD_BATCH", 1)         # (one document added per turn of the event loop)
    monkeypatch.setattr(window, "ADD_SLICE", 0.0)
    seen = []
    window.eventsChanged.connect(lambda: seen.append((window.is_loading(), len(window.docs),
                                                      window.timeline.event_count())))
    load(qtbot, window, files)
    partial = [(n, ev) for loading, n, ev in seen if loading]
    assert any(0 < n < 12 for n, _ in partial)        # shown before the last file was read
    assert all(ev > 0 for _, ev in partial)
    assert seen[-1][1] == 12


def test_a_view_moved_during_a_long_load_is_left_alone(window, qtbot, tmp_path, monkeypatch):
    files = []
    for i in range(12):
        f = tmp_path / f"move{i}.md"
        shutil.copy(SAMPLE, f)
        files.append(str(f))
    monkeypatch.setattr(window, "PARTIAL_EVERY", 0.0)
    monkeypatch.setattr(window, "ADD_BATCH", 1)
    monkeypatch.setattr(window, "ADD_SLICE", 0.0)
    moved, partials = [], []

    def move_once():   # the user zooms in once the first partial result has been shown (and fitted)
        if window.is_loading():
            partials.append(1)
            if len(partials) == 2 and not moved:
                window.timeline.zoom_by(3)
                moved.append(window.timeline.visible_range())
    window.eventsChanged.connect(move_once)
    load(qtbot, window, files)
    assert moved, "no partial result was shown"
    assert window.timeline.visible_range() == moved[0]   # not fitted again under the user's hands


def test_documented_shortcuts_are_bound(window):
    from PySide6.QtGui import QKeySequence

    bound = {sc.toString(QKeySequence.PortableText) for a in window.actions() for sc in a.shortcuts()}
    for keys in ["Ctrl+=", "Ctrl+-", "Home", "Ctrl+J", "Ctrl+Z", "Ctrl+Shift+Z", "F2", "Left", "Right", "Ctrl+F", "Ctrl+O", "Ctrl+E",
                 "Ctrl+Shift+E", "Ctrl+Q", "F1"]:
        assert keys in bound, keys
    assert "Ctrl+J" in window.shortcuts_html() and "Ctrl+Shift+Z" in window.shortcuts_html()


def test_the_event_a_length_dates_is_on_the_timeline_and_selectable(sample):
    """The sample's "a week after Ukrainian Prime Minister Denys Shmygal's trip to Berlin" dates
    that trip (about 3 September 2022): an event of its own on the timeline, its phrase marked
    in its sentence when selected (issue 11 kind 5, temporal/anchors.py)."""
    from datetime import datetime

    from timeline_app.core.events import DERIVED_RULE
    from timeline_app.gui.axis import from_datetime

    w, trip = sample, "Ukrainian Prime Minister Denys Shmygal’s trip to Berlin"
    rows = [i for i in range(len(w.frame)) if w.frame.iloc[i]["rule"] == DERIVED_RULE]
    assert len(rows) == 1
    row = rows[0]
    assert w.frame.iloc[row]["headline"] == trip and w.frame.iloc[row]["start"] == datetime(2022, 9, 3)
    assert w.timeline.event_time(row) == from_datetime(datetime(2022, 9, 3))
    w.select_row(row)
    assert w.timeline.selected_row() == row
    assert w.source.marked_expression() == trip


def test_the_empty_timeline_says_what_to_do(window, qtbot, tmp_path):
    """Nothing open, an article without a date, a filter that lets no event through: three
    different next steps, three different messages (not "Open articles" to a user who did)."""
    tl = window.timeline
    assert tl.empty_message().startswith("No articles open")
    plain = tmp_path / "minutes.txt"
    plain.write_text("The committee discussed the budget and agreed to meet again.\n", encoding="utf-8")
    load(qtbot, window, [str(plain)])
    assert [d.path for d in window.docs] == [str(plain)]
    assert tl.event_count() == 0
    assert tl.empty_message().startswith("No dates found in the article open")
    load(qtbot, window, [SAMPLE])
    assert tl.event_count() > 0
    window.filter_edit.setText("no such words in any article zzz")
    qtbot.waitUntil(lambda: tl.event_count() == 0, timeout=5000)
    assert tl.empty_message().startswith("No dated event matches the filters")


def test_help_explains_the_marks_of_the_timeline(window, qtbot):
    """Help › Reading the timeline: a first-time reader learns what a faded bar, a dashed edge, a
    numbered box and a grey band mean; the menu names the action the View menu really has."""
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert window.act_legend in help_menu.actions()
    window.act_legend.trigger()
    def shown():
        return next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()), None)

    qtbot.waitUntil(lambda: shown() is not None, timeout=3000)
    box = shown()
    text = box.text()
    for words in ("since 2019", "chevron", "dashed edge", "box with a number", "6 months later", "Undated"):
        assert words in text, words
    view_actions = {a.text().replace("&", "") for a in window.actions()}
    assert "Compress empty stretches" in view_actions and "Colour by tag" in view_actions
    assert "Compress empty stretches" in text and "Colour by tag" in text
    box.close()
