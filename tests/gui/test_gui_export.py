"""File › Export (every format), the whole timeline as PNG/SVG, Print and Export PDF: the real
window, offscreen, on the bundled sample; files parsed back."""
import json
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PySide6.QtGui import QImage

from test_gui_window import load, sample, settings, window  # noqa: F401  (fixtures)
from timeline_app.gui import export_dialogs as ed
from timeline_app.gui.timeline_view import to_seconds


def _dated(w):
    return int((w.frame["start"].notna().to_numpy() & ed._mask(w)).sum())


def _headline_start(w, expression, words=3):
    """The first words of the headline of the event found as ``expression`` (items show headlines)."""
    head = w.frame.loc[w.frame["expression"] == expression, "headline"].iloc[0]
    return " ".join(head.split()[:words])


def test_file_menu_offers_every_format(sample):
    w = sample
    texts = [a.text() for a in w.menuBar().actions()[0].menu().actions()]
    for t in ("Export &CSV…", "&Export…", "Export &whole timeline image…", "Export &PDF…", "&Print…"):
        assert t in texts
    dlg = ed.ExportDialog(w)
    assert [dlg.format.itemData(i) for i in range(dlg.format.count())] == [k for k, _, _ in ed.FORMAT_CHOICES]
    assert {"csv", "json", "timelinejs", "timelinejs-csv", "tml", "html", "png", "svg", "pdf"} == {
        k for k, _, _ in ed.FORMAT_CHOICES}
    dlg.deleteLater()


def test_whole_timeline_png_holds_every_event_and_its_label(sample, tmp_path):
    w = sample
    w.timeline.zoom_by(40)                       # the window shows a small part only
    path = tmp_path / "whole.png"
    ed.export_window(w, "png", str(path), width=3000)
    img = QImage(str(path))
    assert img.width() == 3000
    v = ed.offscreen_timeline(w)
    lo, hi = v.data_range()
    size = ed.lay_out(v, 3000, lo, hi)
    assert img.height() == size.height()
    L = v.layout_now()
    # every dated event is in the picture (drawn or in a count badge) and every lane fits
    assert v.event_count() == _dated(w)
    assert v.AXIS_H + L.lanes * v.LANE_H <= size.height()
    t0, t1 = v.visible_range()
    assert t0 <= lo and hi <= t1
    # the labels end inside the image: nothing is cut at the right edge (the layout is on the axis)
    assert float(np.max(L.reach)) <= v.breaks().to_u(t1)
    # not the visible area: the first event (February) is drawn although the window shows September
    first_x = int(v.x_of(lo)) + 5
    v.deleteLater()
    col = {img.pixelColor(first_x + dx, y).name() for dx in range(-6, 7) for y in range(44, img.height())}
    assert len(col) > 2


def test_image_of_a_chosen_range_and_svg(sample, tmp_path):
    w = sample
    starts = to_seconds(w.frame["start"])
    sep = float(np.nanmax(starts))
    path = tmp_path / "week.svg"
    ed.export_window(w, "svg", str(path), width=1600, t_range=(sep - 6 * 86400, sep + 86400))
    root = ET.parse(path).getroot()
    assert root.tag.endswith("svg") and root.get("viewBox").split()[2] == "1600"
    texts = " ".join("".join(t.itertext()) for t in root.iter() if t.tag.endswith("text"))
    texts = " ".join(texts.split())
    assert _headline_start(w, "Saturday") in texts and _headline_start(w, "Feb 24") not in texts  # the week only


def test_pdf_is_paginated_in_time(sample, tmp_path):
    pypdf = pytest.importorskip("pypdf")
    w = sample
    path = tmp_path / "t.pdf"
    notes = ed.export_window(w, "pdf", str(path), pages=3)
    assert notes == ["3 pages"]
    pages = pypdf.PdfReader(str(path)).pages
    assert len(pages) == 3
    texts = [p.extract_text() for p in pages]
    counts = []
    for i, t in enumerate(texts, 1):
        flat = " ".join(t.split())
        assert f"page {i} of 3" in flat
        counts.append(int(flat.split(" events")[0].split("· ")[-1]))
    assert sum(counts) == _dated(w)                        # each event on exactly one page
    assert _headline_start(w, "Feb 24") in " ".join(texts[0].split())
    assert _headline_start(w, "today") in " ".join(texts[-1].split())


def test_print_paints_the_same_pages_on_a_printer(sample, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    ed._setup_paged(printer)
    assert ed.paint_pages(sample, printer, pages=2) == 2
    assert (tmp_path / "printed.pdf").stat().st_size > 1000


def test_export_honours_the_filters(sample, tmp_path):
    w = sample
    w.filter_edit.setText("Saturday")
    shown = int(ed._mask(w).sum())
    assert 0 < shown < len(w.frame)
    out = tmp_path / "f.json"
    assert ed.run_export(w, "json", str(out))
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["events"]) == shown
    assert all("Saturday" in e["sources"][0]["sentence"] or "Saturday" in e["headline"] for e in data["events"])
    html = tmp_path / "f.html"
    assert ed.run_export(w, "html", str(html))
    assert html.read_text(encoding="utf-8").count('"id":[') == 1
    w.filter_edit.clear()


@pytest.mark.parametrize("fmt", ["csv", "json", "timelinejs", "timelinejs-csv", "tml", "html"])
def test_every_text_format_from_the_window(sample, tmp_path, fmt):
    path = tmp_path / ("out" + next(s for k, _, s in ed.FORMAT_CHOICES if k == fmt))
    assert ed.run_export(sample, fmt, str(path))
    assert path.stat().st_size > 200


def test_an_unwritable_place_is_one_message(sample, tmp_path):
    w = sample
    assert not ed.run_export(w, "html", str(tmp_path / "missing" / "x.html"))
    box = w.error_box()
    assert box is not None and "x.html" in box.text() and "cannot write" in box.text()


def test_the_export_dialog_asks_for_a_file_and_writes_it(sample, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    w = sample
    out = tmp_path / "picked"            # no extension: the format's is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    dlg = ed.ExportDialog(w, "timelinejs")
    assert not dlg.width_px.isVisibleTo(dlg) and dlg.group_by.isVisibleTo(dlg)
    dlg.format.setCurrentIndex(dlg.format.findData("png"))
    assert dlg.width_px.isVisibleTo(dlg) and not dlg.group_by.isVisibleTo(dlg)
    dlg.format.setCurrentIndex(dlg.format.findData("timelinejs"))
    dlg.title.setText("My timeline")
    dlg.choose_file_and_export()
    written = tmp_path / "picked.timelinejs.json"
    data = json.loads(written.read_text(encoding="utf-8"))
    assert data["title"]["text"]["headline"] == "My timeline"
    assert len(data["events"]) == _dated(w)
    assert "Wrote" in w.statusBar().currentMessage()
    dlg.deleteLater()


def test_the_users_edits_in_the_window_reach_the_export(sample, qtbot, tmp_path):
    w = sample
    assert hasattr(w, "ws") and "event_id" in w.frame.columns
    dated = w.frame[w.frame["start"].notna()]
    keep, gone = dated.iloc[0]["event_id"], dated.iloc[1]["event_id"]
    w.ws.set_headline(keep, "A headline the user wrote")
    w.ws.delete(gone)
    qtbot.wait(50)
    out = tmp_path / "edited.timelinejs.json"
    assert ed.run_export(w, "timelinejs", str(out))
    slides = {s["unique_id"]: s for s in json.loads(out.read_text(encoding="utf-8"))["events"]}
    assert slides[keep]["text"]["headline"] == "A headline the user wrote"
    assert gone not in slides
