"""File › Export… (every format), the whole timeline as an image, File › Print and Export PDF.

Everything exported is what the window shows: its current filters and the user's edits (the
Workspace's events once the window holds one, else the expression rows). The writers are the
headless ones (``core.exports``); images and pages are painted by an off-screen
``TimelineView`` laid out for the chosen width and time range, never the visible area.
Every file goes through ``core.atomic``.

``install(window, file_menu)`` is the whole hook into the main window.
"""
from __future__ import annotations

import math
import os

import numpy as np
from PySide6.QtCore import QDateTime, QMarginsF, QRectF, QSize, Qt, QTimeZone
from PySide6.QtGui import QAction, QFont, QKeySequence, QPageLayout, QPageSize, QPainter
from PySide6.QtWidgets import (QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QFrame, QLabel, QLineEdit, QSpinBox, QVBoxLayout)

from timeline_app.core.atomic import atomic_write
from timeline_app.gui import axis
from timeline_app.gui.timeline_view import TimelineView, to_seconds

# key, label in the dialog, file-name suffix
FORMAT_CHOICES = [
    ("csv", "CSV — one row per time expression", ".csv"),
    ("json", "JSON — every field and source", ".json"),
    ("timelinejs", "TimelineJS (JSON)", ".timelinejs.json"),
    ("timelinejs-csv", "TimelineJS spreadsheet (CSV for its Google Sheet)", ".timelinejs.csv"),
    ("tml", "TimeML — one file per document", ".tml"),
    ("html", "Web page — one self-contained HTML file", ".html"),
    ("png", "PNG image of the whole timeline", ".png"),
    ("svg", "SVG image of the whole timeline", ".svg"),
    ("pdf", "PDF — the timeline on pages, in time order", ".pdf"),
]
IMAGE_FORMATS = ("png", "svg")
MAX_IMAGE_LANES = 400          # bounds an image's height (the rest gathers into count badges)
PAGE_WIDTH_PX = 1400           # logical width a page is laid out at (then scaled to the paper)


# ---- what the window shows ---------------------------------------------------------------------

def _workspace(window):
    ws = getattr(window, "workspace", None) or getattr(window, "ws", None)
    return ws if ws is not None and hasattr(ws, "curated") else None


def _mask(window) -> np.ndarray:
    m = getattr(window, "mask", None)
    n = len(window.frame)
    return np.asarray(m, dtype=bool) if m is not None and len(m) == n else np.ones(n, dtype=bool)


def window_bundle(window, title: str = ""):
    """The export records of what the window shows (filters and edits applied)."""
    ws = _workspace(window)
    mask = _mask(window)
    if ws is not None:
        from timeline_app.core.exports.workspace import bundle_from_workspace

        shown = window.frame[mask]
        ids = shown["event_id"].tolist() if "event_id" in shown.columns else list(shown.index)
        return bundle_from_workspace(ws, event_ids=ids, title=title)
    from timeline_app.core.exports import bundle_from_frame

    return bundle_from_frame(window.frame, window.docs, rows=np.flatnonzero(mask).tolist(), title=title)


def _documents_info(window) -> list:
    docs = getattr(window.timeline, "_docs", None)
    if docs:
        return list(docs)
    return [(d.path, d.name, d.reference_date) for d in window.docs]


# ---- the whole timeline, off screen ---------------------------------------------------------------

def offscreen_timeline(window, mask: np.ndarray | None = None) -> TimelineView:
    """A TimelineView with the window's events, palette and font, never shown on screen."""
    v = TimelineView()
    v.setAttribute(Qt.WA_DontShowOnScreen, True)
    v.setFrameShape(QFrame.NoFrame)
    v.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    v.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    v.setPalette(window.timeline.palette())
    v.set_compressed(window.timeline.compressed())      # (the axis as the window draws it)
    v.set_events(window.frame, _documents_info(window), mask=_mask(window) if mask is None else mask)
    v.resize(800, 400)
    v.show()
    return v


def data_range(window) -> tuple[float, float]:
    """The time span (seconds) of the events the window shows, reference dates included."""
    v = offscreen_timeline(window)
    try:
        return v.data_range()
    finally:
        v.deleteLater()


def _legend_height(v: TimelineView) -> float:
    docs = len(getattr(v, "_docs", ()))
    if not docs:
        return 0.0
    rows = min(docs, 10) + (1 if docs > 10 else 0)
    return rows * (v._fm.height() + 2) + 8 + 20


def _max_label_px(v: TimelineView) -> float:
    px = getattr(v, "_label_px", None)
    return float(np.max(px)) if px is not None and len(px) else 0.0


def lay_out(v: TimelineView, width: int, t0: float, t1: float, height: int | None = None) -> QSize:
    """Size ``v`` to ``width`` and show [t0, t1] with room after t1 for the last labels; the
    height holds every lane (up to MAX_IMAGE_LANES) and the legend, unless ``height`` is given.
    Returns the size to paint."""
    t1 = max(t1, t0 + 1800.0)
    pad = min(width * 0.35, _max_label_px(v) + v.MARKER + 24)   # labels after the last event, not clipped
    legend = _legend_height(v)

    def place(h: int) -> None:
        v.resize(width, h)
        scale = max(width * 0.98 - pad, width * 0.3) / (t1 - t0)
        left = t0 - width * 0.01 / scale
        v.zoom_to(left, left + width / scale, margin=0.0)
        v.verticalScrollBar().setValue(0)

    if height is None:
        place(int(v.AXIS_H + MAX_IMAGE_LANES * v.LANE_H + 8 + legend))
        lanes = max(1, int(v.layout_now().lanes))
        height = int(v.AXIS_H + lanes * v.LANE_H + 8 + legend)
    place(height)
    return QSize(width, height)


def save_whole_timeline(window, path: str, width: int = 2400, t_range: tuple[float, float] | None = None) -> QSize:
    """The whole timeline (or ``t_range``, seconds) at ``width`` pixels as PNG or SVG (by extension)."""
    from timeline_app.gui.image_export import save_png, save_svg

    v = offscreen_timeline(window)
    try:
        t0, t1 = t_range or v.data_range()
        size = lay_out(v, int(width), t0, t1)
        (save_svg if path.lower().endswith(".svg") else save_png)(v, path, size)
        return size
    finally:
        v.deleteLater()


# ---- pages: print and PDF ------------------------------------------------------------------------

def page_slices(times: np.ndarray, t0: float, t1: float, pages: int = 0) -> list[tuple[float, float]]:
    """Consecutive time ranges covering [t0, t1], each with about the same number of events
    (``pages`` of them; 0 = one page per 45 events, at most 50). Boundaries fall on event starts,
    so an event is on exactly one page."""
    times = np.sort(times[(times >= t0) & (times <= t1)])
    n = len(times)
    if pages <= 0:
        pages = min(50, max(1, math.ceil(n / 45)))
    pages = max(1, min(pages, max(1, n)))
    cuts = sorted({float(times[(k * n) // pages]) for k in range(1, pages)} - {float(t0)}) if n else []
    bounds = [t0, *[c for c in cuts if t0 < c < t1], t1]
    return [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]


def paint_pages(window, device, t_range: tuple[float, float] | None = None, pages: int = 0,
                title: str = "") -> int:
    """Paint the timeline on ``device`` (a QPrinter or QPdfWriter), one time slice per page, each
    with a header (title, its dates, page i of n). Returns the number of pages."""
    v = offscreen_timeline(window)
    try:
        t0, t1 = t_range or v.data_range()
        starts = to_seconds(window.frame["start"]) if len(window.frame) else np.empty(0)
        base = _mask(window) & ~np.isnan(starts) if len(starts) else np.zeros(0, dtype=bool)
        slices = page_slices(starts[base], t0, t1, pages)
        res = device.resolution()
        rect = device.pageLayout().paintRectPixels(res)
        k = rect.width() / PAGE_WIDTH_PX
        header = 56
        body_h = int(rect.height() / k) - header
        title = title or (window.windowTitle().split(" — ", 1)[-1] if " — " in window.windowTitle() else "Timeline")
        p = QPainter()
        if not p.begin(device):
            raise OSError("cannot start printing")
        try:
            for i, (a, b) in enumerate(slices):
                if i:
                    device.newPage()
                last = i == len(slices) - 1
                page_mask = base & (starts >= a) & ((starts <= b) if last else (starts < b))
                v.set_events(window.frame, _documents_info(window), mask=page_mask)
                size = lay_out(v, PAGE_WIDTH_PX, a, b, height=body_h)
                p.save()
                p.scale(k, k)
                f = QFont(v.font())
                f.setPointSizeF(12)
                p.setFont(f)
                p.setPen(Qt.black)
                p.drawText(QRectF(0, 0, PAGE_WIDTH_PX, 24), Qt.AlignLeft | Qt.AlignVCenter, title)
                f.setPointSizeF(10)
                p.setFont(f)
                n = int(page_mask.sum())
                p.drawText(QRectF(0, 24, PAGE_WIDTH_PX, 24), Qt.AlignLeft | Qt.AlignVCenter,
                           f"{axis.nice_range_label(a, b)} · {n} event{'s' if n != 1 else ''}")
                p.drawText(QRectF(0, 0, PAGE_WIDTH_PX, 24), Qt.AlignRight | Qt.AlignVCenter,
                           f"page {i + 1} of {len(slices)}")
                p.translate(0, header)
                p.setClipRect(QRectF(0, 0, size.width(), size.height()))
                v.paint(p, QRectF(0, 0, size.width(), size.height()))
                p.restore()
        finally:
            p.end()
        return len(slices)
    finally:
        v.deleteLater()


def _setup_paged(device) -> None:
    device.setPageSize(QPageSize(QPageSize.A4))
    device.setPageOrientation(QPageLayout.Landscape)
    device.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout.Millimeter)


def write_pdf(window, path: str, t_range=None, pages: int = 0, title: str = "") -> int:
    """The paginated timeline as a PDF (A4 landscape), through the project's atomic writer."""
    from PySide6.QtGui import QPdfWriter

    done = []

    def write(tmp: str) -> None:
        w = QPdfWriter(tmp)
        w.setResolution(150)
        w.setTitle(title or "Timeline")
        w.setCreator("timeline_app")
        _setup_paged(w)
        done.append(paint_pages(window, w, t_range, pages, title))
        del w
    atomic_write(path, write)
    return done[0]


def print_dialog(window) -> None:
    """File › Print: the system's print dialog, then the paginated timeline."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.HighResolution)
    _setup_paged(printer)
    dlg = QPrintDialog(printer, window)
    dlg.setWindowTitle("Print the timeline")
    if dlg.exec() != QDialog.Accepted:
        return
    try:
        n = paint_pages(window, printer)
    except OSError as e:
        window._show_errors([("printer", str(e))])
        return
    window.statusBar().showMessage(f"Sent {n} page{'s' if n != 1 else ''} to the printer", 5000)


# ---- one entry point for every format ------------------------------------------------------------

def export_window(window, fmt: str, path: str, *, width: int = 2400, t_range=None, pages: int = 0,
                  group_by: str = "document", title: str = "") -> list[str]:
    """Write what the window shows as ``fmt`` to ``path``; returns notes for the user."""
    if fmt == "csv":
        window.export_csv(path)
        return []
    if fmt in IMAGE_FORMATS:
        size = save_whole_timeline(window, path, width, t_range)
        return [f"{size.width()}×{size.height()} pixels"]
    if fmt == "pdf":
        n = write_pdf(window, path, t_range, pages, title)
        return [f"{n} page{'s' if n != 1 else ''}"]
    from timeline_app.core.exports import write_export

    return write_export(fmt, window_bundle(window, title), path, group_by)


def _qdt(t: float) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(max(axis.T_MIN, min(axis.T_MAX, t))), QTimeZone.utc())


class ExportDialog(QDialog):
    """Choose a format (and, for images and PDF, the width, time range and pages), then a file."""

    def __init__(self, window, fmt: str = "html"):
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle("Export")
        self.format = QComboBox(self)
        for key, label, _ in FORMAT_CHOICES:
            self.format.addItem(label, key)
        self.format.setCurrentIndex(max(0, self.format.findData(fmt)))
        self.title = QLineEdit(self)
        self.title.setPlaceholderText("the documents' title")
        self.group_by = QComboBox(self)
        self.group_by.addItem("document", "document")
        self.group_by.addItem("first tag", "tag")
        self.width_px = QSpinBox(self)
        self.width_px.setRange(400, 20000)
        self.width_px.setSingleStep(200)
        self.width_px.setValue(2400)
        self.width_px.setSuffix(" px")
        lo, hi = data_range(window)
        self.start = QDateTimeEdit(_qdt(lo), self)
        self.end = QDateTimeEdit(_qdt(hi), self)
        for e in (self.start, self.end):
            e.setTimeZone(QTimeZone.utc())
            e.setDisplayFormat("yyyy-MM-dd HH:mm")
            e.setCalendarPopup(True)
        self.pages = QSpinBox(self)
        self.pages.setRange(0, 500)
        self.pages.setSpecialValueText("as many as the events need")
        n = int(_mask(window).sum())
        self.scope = QLabel(f"{n} of {len(window.frame)} items, as the window's filters and your edits "
                            "leave them." if n != len(window.frame) else
                            f"All {n} items, with your edits.", self)
        self.scope.setWordWrap(True)
        form = QFormLayout()
        form.addRow("Format", self.format)
        form.addRow("Title", self.title)
        form.addRow("TimelineJS groups by", self.group_by)
        form.addRow("Image width", self.width_px)
        form.addRow("From", self.start)
        form.addRow("To", self.end)
        form.addRow("Pages", self.pages)
        self._rows = {"group": self.group_by, "width": self.width_px, "from": self.start, "to": self.end,
                      "pages": self.pages}
        self._form = form
        buttons = QDialogButtonBox(QDialogButtonBox.Cancel, self)
        self.export_button = buttons.addButton("Export…", QDialogButtonBox.AcceptRole)
        buttons.accepted.connect(self.choose_file_and_export)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.scope)
        lay.addWidget(buttons)
        self.format.currentIndexChanged.connect(self._update_rows)
        self._update_rows()

    def fmt(self) -> str:
        return self.format.currentData()

    def _update_rows(self) -> None:
        f = self.fmt()
        show = {"group": f in ("timelinejs", "timelinejs-csv"), "width": f in IMAGE_FORMATS,
                "from": f in IMAGE_FORMATS + ("pdf",), "to": f in IMAGE_FORMATS + ("pdf",), "pages": f == "pdf"}
        for key, w in self._rows.items():
            self._form.setRowVisible(w, show[key])
        self.title.setEnabled(f in ("json", "timelinejs", "timelinejs-csv", "html", "pdf"))

    def t_range(self) -> tuple[float, float]:
        a = self.start.dateTime().toSecsSinceEpoch()
        b = self.end.dateTime().toSecsSinceEpoch()
        return (float(min(a, b)), float(max(a, b)))

    def options(self) -> dict:
        return {"width": self.width_px.value(), "t_range": self.t_range(), "pages": self.pages.value(),
                "group_by": self.group_by.currentData(), "title": self.title.text().strip()}

    def suggested_name(self) -> str:
        key = self.fmt()
        suffix = next(s for k, _, s in FORMAT_CHOICES if k == key)
        docs = getattr(self.window_, "docs", [])
        base = os.path.splitext(docs[0].name)[0] if len(docs) == 1 else "timeline"
        if key == "tml" and len(docs) > 1:
            return "timeml"
        return base + suffix

    def choose_file_and_export(self) -> None:
        w = self.window_
        key = self.fmt()
        start = w.dialog_dir(self.suggested_name()) if hasattr(w, "dialog_dir") else self.suggested_name()
        if key == "tml" and len(getattr(w, "docs", [])) > 1:
            path = QFileDialog.getExistingDirectory(self, "Folder for the TimeML files", os.path.dirname(start))
        else:
            label = next(lbl for k, lbl, _ in FORMAT_CHOICES if k == key)
            suffix = next(s for k, _, s in FORMAT_CHOICES if k == key)
            path, _ = QFileDialog.getSaveFileName(self, "Export", start, f"{label} (*.{suffix.rsplit('.', 1)[-1]})")
            if path and not os.path.splitext(path)[1]:
                path += suffix
        if not path:
            return
        if hasattr(w, "remember_dir"):
            w.remember_dir(path)
        if run_export(w, key, path, **self.options()):
            self.accept()


def run_export(window, fmt: str, path: str, **options) -> bool:
    """Export and tell the user: a status message, or one clear error naming the file."""
    from timeline_app.core.exports import ExportUsageError

    try:
        notes = export_window(window, fmt, path, **options)
    except (OSError, ExportUsageError) as e:
        reason = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
        window._show_errors([(path, f"cannot write ({reason})")])
        return False
    extra = "; ".join(n.removeprefix("note: ") for n in notes)
    window.statusBar().showMessage(f"Wrote {path}" + (f" ({extra})" if extra else ""), 8000)
    return True


def export_dialog(window, fmt: str = "html") -> ExportDialog:
    dlg = ExportDialog(window, fmt)
    dlg.setAttribute(Qt.WA_DeleteOnClose)
    dlg.open()
    return dlg


def pdf_dialog(window) -> None:
    start = window.dialog_dir("timeline.pdf") if hasattr(window, "dialog_dir") else "timeline.pdf"
    path, _ = QFileDialog.getSaveFileName(window, "Export PDF", start, "PDF (*.pdf)")
    if path:
        if not os.path.splitext(path)[1]:
            path += ".pdf"
        if hasattr(window, "remember_dir"):
            window.remember_dir(path)
        run_export(window, "pdf", path)


def install(window, file_menu) -> None:
    """Add File › Export… (every format), Export whole timeline image…, Export PDF… and Print… to
    the window. Its own "Export image" stays what it was, the visible area, and says so."""
    def action(text, slot, shortcut=None):
        a = QAction(text, window)
        a.triggered.connect(slot)
        if shortcut:
            a.setShortcut(QKeySequence(shortcut))
        window.addAction(a)
        return a

    window.act_export_any = action("&Export…", lambda: export_dialog(window), "Ctrl+Shift+S")
    window.act_export_whole = action("Export &whole timeline image…", lambda: export_dialog(window, "png"))
    window.act_export_pdf = action("Export &PDF…", lambda: pdf_dialog(window))
    window.act_print = action("&Print…", lambda: print_dialog(window), QKeySequence.Print)
    img = getattr(window, "act_export_image", None)
    if img is not None:
        img.setText("Export &visible area as image…")
    for a in (window.act_export_any, window.act_export_whole, window.act_export_pdf, window.act_print):
        file_menu.addAction(a)
