"""The main window: timeline on top, events table / undated / documents and the source panel below."""
from __future__ import annotations

import gc
import os
import time
from bisect import bisect_left
from datetime import date
from typing import Callable

import numpy as np
import pandas as pd
from PySide6.QtCore import (QByteArray, QModelIndex, QObject, QPersistentModelIndex, QSettings, QSize, Qt, QTimer,
                            Signal)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QHeaderView, QLabel,
                               QListWidget, QListWidgetItem, QMainWindow, QMessageBox,
                               QProgressBar, QPushButton, QSplitter, QTableView, QTabWidget, QVBoxLayout,
                               QWidget)

from timeline_app.core.document import Document
from timeline_app.core.events import empty_events
from timeline_app.core.workspace import Prepared, Workspace, WorkspaceError
from timeline_app.core.filters import EventFilter, changed_rows, haystacks
from timeline_app.gui.document_actions import DocumentActions
from timeline_app.gui.documents_panel import DocumentsPanel
from timeline_app.gui.event_editing import EventEditing
from timeline_app.gui.event_table_model import (COL_HEADLINE, COL_SENTENCE, COL_WHEN, ROW_ROLE, EventFilterProxy,
                                                EventTableModel)
from timeline_app.gui.filter_bar import FilterBar
from timeline_app.gui.search_box import SearchPanel
from timeline_app.gui.project_actions import EXTENSION as PROJECT_EXT
from timeline_app.gui.project_actions import ProjectActions
from timeline_app.gui.source_panel import SourcePanel
from timeline_app.gui.timeline_view import LEGEND, TimelineView
from timeline_app.gui.workers import LoadWorker, start_in_thread
from timeline_app.gui.workspace_model import WorkspaceModel

MAX_RECENT = 10


def supported_extensions() -> list[str]:
    from timeline_app.core import loaders

    return sorted(getattr(loaders, "SUPPORTED_EXTENSIONS", {".txt", ".md"}))


class _LoadRelay(QObject):
    """Receives one load's worker signals in the GUI thread (slots of a GUI-thread QObject are
    queued; a bare lambda would run in the worker's thread) and passes them on only while that
    load is the current one: signals still queued from a replaced load are dropped."""

    def __init__(self, window: "MainWindow", generation: int):
        super().__init__(window)
        self.window, self.generation = window, generation

    def _current(self) -> bool:
        return self.generation == self.window._generation

    def progress(self, done: int, total: int, path: str) -> None:
        if self._current():
            self.window._on_progress(done, total, path)

    def loaded(self, doc, rows) -> None:
        if self._current():
            self.window._on_loaded(doc, rows)

    def failed(self, path: str, reason: str) -> None:
        if self._current():
            self.window._pending_errors.append((path, reason))

    def finished(self, cancelled: bool) -> None:
        if self._current():
            self.window._on_finished(cancelled)
        self.deleteLater()


class UndatedList(QListWidget):
    """The Undated tab's list, filled lazily: while it is hidden (another tab in front) the window
    only notes which rows changed (``MainWindow._update_undated``), and the items are made when
    the list is shown or read (``count``, ``item``, ``currentItem``, ``currentRow``,
    ``setCurrentRow``): a load of 10,000 articles makes no 15,000 items nobody sees yet."""

    def __init__(self, flush: Callable[[], None], parent=None):
        super().__init__(parent)
        self._flush = flush

    def showEvent(self, event) -> None:
        self._flush()
        super().showEvent(event)

    def count(self) -> int:
        self._flush()
        return super().count()

    def item(self, row: int):
        self._flush()
        return super().item(row)

    def currentItem(self):
        self._flush()
        return super().currentItem()

    def currentRow(self) -> int:
        self._flush()
        return super().currentRow()

    def setCurrentRow(self, *args) -> None:
        self._flush()
        super().setCurrentRow(*args)


class MainWindow(QMainWindow):
    loadingFinished = Signal()
    selectionChanged = Signal(int)
    eventsChanged = Signal()          # the frame was rebuilt (after a load, part of one, or a date edit)

    ADD_SLICE = 0.02                  # seconds of adding a load's documents per turn of the event loop
    ADD_BATCH = 8                     # ... this many per add_prepared call
    PARTIAL_EVERY = 0.5               # seconds between partial updates during a long load
    # ... and at once when this many new rows wait (bounds each view step). Each update has a cost
    # of its own besides its rows (~35 ms CPU at 40,000 events: the frame, the timeline's layout,
    # the table, a paint): 3,000 rows make 17 updates of 10,000 articles instead of 32 (~0.6 s of
    # the GUI thread less), each view step then ~20 ms (timeline) / ~12 ms (table) CPU, not 17 / 10.
    UPDATE_ROWS = 3000
    # ... or, once more events are shown, this share of them (1/UPDATE_GROWTH): part of an update's
    # cost grows with the events shown and not with its rows (the frame's columns copied, the rows
    # of events other documents joined made again at every update), so a long load's later
    # updates come after more rows: 10,000 articles make ~12 updates instead of ~19
    UPDATE_GROWTH = 4
    CLOCK_ROWS = 750                  # ... by the clock (PARTIAL_EVERY) once this many wait (see _add_some)
    UPDATE_SHARE = 0.08               # ... at most this share of the time spent on them

    def __init__(self, settings: QSettings | None = None, reference_date: date | None = None,
                 mode: str = "auto", persist: bool = True):
        super().__init__()
        self.settings = settings if settings is not None else QSettings("timeline_app", "timeline_app")
        self.persist = persist
        self.reference_date = reference_date
        self.mode = mode
        # The state (documents, events, edits, undo) lives in the headless Workspace; the window
        # only shows it and turns the user's gestures into its edits.
        self.wsm = WorkspaceModel(Workspace(mode=mode, reference_date=reference_date), self)
        self.wsm.changed.connect(self._on_ws_changed)
        self.per_mention = False                         # View › One item per mention
        self.frame: pd.DataFrame = empty_events()        # what the views show: one row per event (or mention)
        self._hay: list[str] | None = None               # the frame's filter haystacks, made on first use
        self.mask = EventFilter().mask(self.frame)      # the rows the filters let through
        self.last_errors: list[tuple[str, str]] = []
        self._pending_errors: list[tuple[str, str]] = []
        self._worker: LoadWorker | None = None          # the load under way, if any
        self._generation = 0                            # which load the worker signals belong to
        self._thread_worker: LoadWorker | None = None   # kept alive until its thread has ended
        self._thread = None
        self._selected = -1
        self._fit_after_load = True
        self._last_partial = 0.0
        self._refresh_cost = 0.0                        # seconds the last full refresh took
        self._update_cost = 0.0                         # seconds the last deferred update took, steps included
        self._finish_pending: tuple | None = None       # the load ended, its last documents still queued
        self._gc_paused: bool | None = None             # during a load: was the collector enabled before
        self._add_timer = QTimer(self)                  # adds a load's queued documents a slice at a time
        self._add_timer.setSingleShot(True)
        self._add_timer.setInterval(0)
        self._add_timer.timeout.connect(self._add_some)
        self._shown_partial = False                     # a long load has shown part of its result
        self._partial_view = (0.0, 0.0)                 # the view range that partial fit left
        self._loaded_paths: list[str] = []
        self._frame_version: int | None = None          # the Workspace events frame shown (see _update)
        self._doc_counts: dict[str, int] = {}           # events per document path, as shown
        self._docs_info_list: list[tuple] = []          # (path, name, reference date) per document shown
        self._doc_index_of: dict[str, int] = {}         # a document's path -> its place in that list
        self._docs_list: list[Document] = []            # the documents shown, in that order
        self._undated_rows: list[int] = []              # frame rows of the Undated list's items, in order
        self._undated_items: dict[int, QListWidgetItem] = {}   # frame row -> its Undated list item
        self._undated_upto = 0                          # the frame rows the Undated list has taken in
        self._undated_redo: set[int] = set()            # ... rows among them set again since (while hidden)
        self._undated_refilter = False                  # ... the filter changed since (while hidden)
        self._view_steps: list = []                     # view updates deferred to the next turns (_update)
        self._view_step_timer = QTimer(self)
        self._view_step_timer.setSingleShot(True)
        self._view_step_timer.setInterval(0)
        self._view_step_timer.timeout.connect(lambda: self._run_view_steps(one=True))
        #: documents a load has delivered but not yet added to the Workspace: they go in ADD_BATCH
        #: at a time (one change notification, one title update per batch instead of per
        #: document), ADD_SLICE seconds of it per turn of the event loop (``_add_some``).
        self._arrived: list[Prepared] = []
        self._last_added = 0.0
        self._rows_waiting = 0                          # rows a load has made that the views have not taken in
        self._added_since_update = False                # documents went in since the last partial update
        self._add_after_steps = False                   # the add waits for the view steps (_resume_adding)
        self._adding_batch = False                      # a load's batch is going in (no refresh per change)
        self._progress_shown = 0.0                      # when the progress bar was last updated
        self._progress_latest: tuple[int, int, str] | None = None   # an update held back by the throttle
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.timeout.connect(self._show_held_progress)
        self._error_box: QMessageBox | None = None
        self._question: QMessageBox | None = None        # a question being asked now (tests answer it)
        self._closing_asked = False
        self.setWindowTitle("Timeline")
        self.setAcceptDrops(True)
        self._build_widgets()
        self._build_actions()
        self._restore_state()
        self._refresh()

    # ---- construction -----------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.timeline = TimelineView(self)
        self.timeline.eventClicked.connect(lambda r: self.select_row(r, origin="timeline"))
        self.timeline.eventActivated.connect(self.show_source)

        self.model = EventTableModel(self)
        self.proxy = EventFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_WHEN, Qt.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)   # Ctrl+click several to merge
        self.table.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.table.setAccessibleName("Events")
        self.table.selectionModel().currentRowChanged.connect(self._table_current_changed)
        self.table.activated.connect(lambda ix: self.show_source(self.row_of_index(ix)))

        # One filter for the timeline, the table and the exports; it never changes the selection.
        self.filter_bar = FilterBar(self)
        self.filter_bar.changed.connect(self._apply_filters)
        self.filter_edit = self.filter_bar.text
        self.doc_filter = self.filter_bar.document
        self.type_filter = self.filter_bar.type
        events_page = QWidget(self)
        v = QVBoxLayout(events_page)
        v.setContentsMargins(0, 4, 0, 0)
        v.addWidget(self.filter_bar)
        v.addWidget(self.table)

        self.undated = UndatedList(self._flush_undated, self)
        self.undated.setAccessibleName("Undated expressions")
        self.undated.currentItemChanged.connect(self._undated_changed)
        self.documents = DocumentsPanel(self)
        self.documents.referenceDateChanged.connect(self.set_reference_date)
        self.documents.dateRefused.connect(lambda path, why: self.statusBar().showMessage(
            f"Reference date not changed: {why}", 10000))

        self.tabs = QTabWidget(self)
        self.tabs.addTab(events_page, "Events")
        self.tabs.addTab(self.undated, "Undated")
        self.tabs.addTab(self.documents, "Documents")
        self.search = SearchPanel(lambda words: self.ws.search(words), self)
        self.search.hitChosen.connect(self.show_search_hit)
        self.tabs.addTab(self.search, "Search")
        self.document_actions = DocumentActions(self)

        self.source = SourcePanel(self)
        self.bottom = QSplitter(Qt.Horizontal, self)
        self.bottom.addWidget(self.tabs)
        self.bottom.addWidget(self.source)
        self.bottom.setStretchFactor(0, 3)
        self.bottom.setStretchFactor(1, 2)
        self.splitter = QSplitter(Qt.Vertical, self)
        self.splitter.addWidget(self.timeline)
        self.splitter.addWidget(self.bottom)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([520, 380])
        self.bottom.setSizes([800, 600])
        self.setCentralWidget(self.splitter)

        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(240)
        self.progress.setVisible(False)
        self.cancel_button = QPushButton("Cancel", self)
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel_loading)
        self.range_label = QLabel("", self)
        self.statusBar().addPermanentWidget(self.range_label)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self.timeline.rangeChanged.connect(self._range_changed)

        chain = [self.timeline, *self.filter_bar.widgets(), self.table, self.source.text]
        for a, b in zip(chain, chain[1:]):
            QWidget.setTabOrder(a, b)

    def _action(self, text, slot, shortcuts=(), tip="") -> QAction:
        a = QAction(text, self)
        a.triggered.connect(slot)
        if shortcuts:
            # Standard keys expand to the platform's bindings (which can be none, e.g. Quit on some
            # Linux set-ups), plain strings are added when not already there.
            seqs: list[QKeySequence] = []
            for s in shortcuts:
                std = isinstance(s, QKeySequence.StandardKey)
                for q in (QKeySequence.keyBindings(s) if std else [QKeySequence(s)]):
                    if q.toString() not in {x.toString() for x in seqs}:
                        seqs.append(q)
            a.setShortcuts(seqs)
        if tip:
            a.setStatusTip(tip)
        self.addAction(a)
        return a

    def _build_actions(self) -> None:
        self.act_open = self._action("&Open…", self.open_dialog, [QKeySequence.Open, "Ctrl+O"],
                                     "Open a project, or add articles to this one")
        self.act_export_csv = self._action("Export &CSV…", self.export_csv_dialog, ["Ctrl+E"])
        self.act_export_image = self._action("Export &image…", self.export_image_dialog, ["Ctrl+Shift+E"])
        self.act_quit = self._action("&Quit", self.close, [QKeySequence.Quit, "Ctrl+Q"])
        self.act_zoom_in = self._action("Zoom &in", lambda: self.timeline.zoom_by(1.5), ["Ctrl+=", "Ctrl++"])
        self.act_zoom_out = self._action("Zoom &out", lambda: self.timeline.zoom_by(1 / 1.5), ["Ctrl+-"])
        self.act_fit = self._action("&Fit all", self.timeline.fit_all, ["Home"])
        self.act_zoom_sel = self._action("Zoom to &selection", self.zoom_to_selection, ["Ctrl+J"])
        self.act_prev = self._action("&Previous event", lambda: self.step(-1), ["Left"])
        self.act_next = self._action("&Next event", lambda: self.step(1), ["Right"])
        self.act_find = self._action("&Filter events", self.focus_filter, [QKeySequence.Find, "Ctrl+F"])
        self.act_search = self._action("&Search all articles", self.focus_search, ["Ctrl+Shift+F"])
        self.edit = EventEditing(self)
        self.act_per_mention = self._action("One item per &mention", self.set_per_mention)
        self.act_per_mention.setCheckable(True)
        self.act_colour_tags = self._action("Colour by &tag", self._colour_by_changed)
        self.act_colour_tags.setCheckable(True)
        self.act_compress = self._action("&Compress empty stretches", self.set_compressed)
        self.act_compress.setCheckable(True)
        self.act_compress.setChecked(self.timeline.compressed())
        self.act_compress.setToolTip("Shrink long stretches without events to a break mark (\"6 months later\")")
        self.projects = ProjectActions(self)
        self.act_remove_doc = self._action("&Remove document", self.remove_document)
        m = self.menuBar().addMenu("&File")
        m.addAction(self.projects.act_new)
        m.addAction(self.act_open)
        self.recent_menu = m.addMenu("Open &recent")
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        m.addAction(self.projects.act_save)
        m.addAction(self.projects.act_save_as)
        m.addSeparator()
        m.addAction(self.act_remove_doc)
        m.addSeparator()
        m.addAction(self.act_export_csv)
        m.addAction(self.act_export_image)
        from timeline_app.gui.export_dialogs import install as install_exports  # Export…, PDF, Print
        install_exports(self, m)
        m.addSeparator()
        m.addAction(self.act_quit)
        e = self.menuBar().addMenu("&Edit")
        for a in self.edit.edit_actions():
            if a is None:
                e.addSeparator()
            else:
                e.addAction(a)
        v = self.menuBar().addMenu("&View")
        for a in (self.act_zoom_in, self.act_zoom_out, self.act_fit, self.act_zoom_sel):
            v.addAction(a)
        v.addSeparator()
        v.addAction(self.act_per_mention)
        v.addAction(self.act_colour_tags)
        v.addAction(self.act_compress)
        g = self.menuBar().addMenu("&Go")
        for a in (self.act_prev, self.act_next, self.edit.act_source, self.act_find, self.act_search):
            g.addAction(a)
        self.act_shortcuts = self._action("&Keyboard shortcuts", self.show_shortcuts, [QKeySequence.HelpContents, "F1"])
        self.act_legend = self._action("&Reading the timeline", self.show_legend)
        h = self.menuBar().addMenu("&Help")
        h.addAction(self.act_legend)
        h.addAction(self.act_shortcuts)
        tb = self.addToolBar("Main")
        tb.setObjectName("main-toolbar")
        for a in (self.act_open, self.act_fit, self.act_zoom_in, self.act_zoom_out, self.act_zoom_sel,
                  self.act_export_csv):
            tb.addAction(a)

    SHORTCUTS = [
        ("Mouse wheel", "zoom around the pointer (Shift+wheel: pan)"),
        ("Drag", "pan in time and through the lanes"),
        ("Ctrl+= / Ctrl+−", "zoom in / out"),
        ("Home", "fit all"),
        ("Ctrl+J", "zoom to the selected event"),
        ("Delete / Backspace", "delete the selected event (restorable; Ctrl+Z)"),
        ("F2, double-click", "edit the headline in place"),
        ("Ctrl+D", "change the date (other readings, or type one)"),
        ("Ctrl+T / Ctrl+B / Ctrl+Shift+N", "tags / star / note"),
        ("Ctrl+M / Ctrl+Shift+M", "merge the selected events / split an event"),
        ("Ctrl+Shift+A", "add an event from the text selected in the source"),
        ("Ctrl+Z / Ctrl+Shift+Z", "undo / redo"),
        ("← / →", "previous / next event in time"),
        ("Enter", "show the event's source"),
        ("Ctrl+F", "filter the events table"),
        ("Ctrl+O", "open files (or drop them on the window)"),
        ("Ctrl+E / Ctrl+Shift+E", "export CSV / image"),
    ]

    @staticmethod
    def _table_html(rows) -> str:
        return "<table>" + "".join(f"<tr><td><b>{k}</b>&nbsp;&nbsp;</td><td>{v}</td></tr>" for k, v in rows) + "</table>"

    def shortcuts_html(self) -> str:
        return self._table_html(self.SHORTCUTS)

    def legend_html(self) -> str:
        """Help › Reading the timeline: what each mark means (``timeline_view.LEGEND``)."""
        return self._table_html(LEGEND)

    def _show_html(self, title: str, html: str, width: int = 0) -> None:
        box = QMessageBox(QMessageBox.Information, title, html, QMessageBox.Ok, self)
        box.setTextFormat(Qt.RichText)
        if width:       # (a long table reads better wide than in a narrow column)
            box.setStyleSheet(f"QLabel#qt_msgbox_label {{ min-width: {width}px; }}")
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.open()

    def show_shortcuts(self) -> None:
        self._show_html("Keyboard shortcuts", self.shortcuts_html())

    def show_legend(self) -> None:
        self._show_html("Reading the timeline", self.legend_html(), width=620)

    # ---- settings ---------------------------------------------------------------------------
    def _restore_state(self) -> None:
        s = self.settings
        geo = s.value("window/geometry")
        if isinstance(geo, QByteArray) and not geo.isEmpty():
            self.restoreGeometry(geo)
        else:
            self.resize(QSize(1400, 900))
        for key, split in (("window/splitter", self.splitter), ("window/bottom", self.bottom),
                           ("window/source", self.source.splitter)):
            v = s.value(key)
            if isinstance(v, QByteArray) and not v.isEmpty():
                split.restoreState(v)

    def save_state(self) -> None:
        if not self.persist:
            return
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/splitter", self.splitter.saveState())
        s.setValue("window/bottom", self.bottom.saveState())
        s.setValue("window/source", self.source.splitter.saveState())
        s.sync()

    def recent_files(self) -> list[str]:
        v = self.settings.value("recent", [])
        if isinstance(v, str):
            v = [v]
        return [str(x) for x in (v or [])]

    def _add_recent(self, paths: list[str]) -> None:
        if not self.persist:
            return
        rec = self.recent_files()
        for p in paths[-MAX_RECENT:]:   # only the last ones can stay (10,000 files: not 10,000 list scans)
            p = os.path.abspath(p)
            if p in rec:
                rec.remove(p)
            rec.insert(0, p)
        self.settings.setValue("recent", rec[:MAX_RECENT])

    def dialog_dir(self, name: str = "") -> str:
        """Where a file dialog starts: the folder used last (any dialog), with ``name`` in it."""
        d = str(self.settings.value("dialogs/last_dir", "") or "")
        if not d or not os.path.isdir(d):
            d = os.path.expanduser("~")
        return os.path.join(d, name) if name else d

    def remember_dir(self, path: str) -> None:
        """The folder of ``path`` becomes where the next dialog starts."""
        d = path if os.path.isdir(path) else os.path.dirname(os.path.abspath(path))
        self.settings.setValue("dialogs/last_dir", d)

    def error_box(self) -> QMessageBox | None:
        """The last "could not be read" message shown, if any."""
        return self._error_box

    def fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        rec = self.recent_files()
        if not rec:
            self.recent_menu.addAction("(none)").setEnabled(False)
        for p in rec:
            self.recent_menu.addAction(p, lambda p=p: self.open_files([p]))

    def closeEvent(self, e):
        self._add_arrived()   # documents a load delivered count as work, as if added one by one
        if self.wsm.has_work_to_lose() and self.docs and not self._closing_asked:
            e.ignore()       # ask first, without blocking; the answer closes again (or not)

            def close_now():
                self._closing_asked = True
                self.close()
            self.projects.ask_then("closing", close_now)
            return
        self.projects.close_cleanly()
        self.cancel_loading()
        self._join_thread()
        self._resume_gc()
        self.save_state()
        super().closeEvent(e)

    # ---- loading ----------------------------------------------------------------------------
    def open_dialog(self) -> None:
        exts = supported_extensions()
        pattern = " ".join(f"*{e}" for e in exts)
        paths, _ = QFileDialog.getOpenFileNames(
            self, "Open a project or articles", self.dialog_dir(),
            f"Projects and articles (*{PROJECT_EXT} {pattern});;Timeline projects (*{PROJECT_EXT});;"
            f"Articles ({pattern});;All files (*)")
        if paths:
            self.remember_dir(paths[0])
            self.open_files(paths)

    def dragEnterEvent(self, e):
        if e.mimeData().hasUrls() and any(u.isLocalFile() for u in e.mimeData().urls()):
            e.acceptProposedAction()

    def dropEvent(self, e):
        paths = [u.toLocalFile() for u in e.mimeData().urls() if u.isLocalFile()]
        if paths:
            e.acceptProposedAction()
            self.open_files(paths)

    def is_loading(self) -> bool:
        """A load under way: files being read, or documents delivered still going in."""
        return self._worker is not None or self._finish_pending is not None

    def open_files(self, paths: list[str], fit: bool = True) -> None:
        """Load files in a worker thread; the window stays responsive. Emits loadingFinished.
        A project file (.timeline) among them is opened instead (asking first about unsaved work)
        and the other files are added to it."""
        projects = [p for p in paths if str(p).endswith(PROJECT_EXT) and os.path.isfile(p)]
        if projects:
            rest = [p for p in paths if p not in projects]

            def open_it():
                if self.projects.open_project(projects[0]) and rest:
                    self.open_files(rest, fit)
                else:
                    self.loadingFinished.emit()
            self.projects.ask_then("opening another project", open_it)
            return
        if self._worker is not None:
            self.cancel_loading()
        self._add_arrived()    # what the replaced load delivered stays, as it did when added one by one
        self._finish_pending = None
        self._rows_waiting, self._add_after_steps = 0, False
        self._join_thread()
        self._pending_errors = []
        self._fit_after_load = fit
        self._loaded_paths: list[str] = []
        self._last_partial = time.monotonic()
        self._shown_partial = False
        self._partial_view = (0.0, 0.0)
        self._progress_shown = 0.0
        w = LoadWorker(paths, self.reference_date, self.mode)
        self._pause_gc()
        self._generation += 1
        relay = _LoadRelay(self, self._generation)
        w.progress.connect(relay.progress)
        w.loaded.connect(relay.loaded)
        w.failed.connect(relay.failed)
        w.finished.connect(relay.finished)
        self._worker = w
        self.progress.setRange(0, max(1, len(paths)))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self._thread_worker = w
        self._thread = start_in_thread(w, self)

    def _join_thread(self) -> None:
        """Wait for the loading thread (if any) to end, then let it and its worker go."""
        t, self._thread = self._thread, None
        if t is not None:
            t.quit()   # the worker has finished or been told to; end the thread's event loop too
            t.wait()
            t.deleteLater()
        self._thread_worker = None   # only now: its thread has ended

    def load_files_now(self, paths: list[str]) -> None:
        """Load files in this thread (the screenshot mode and scripts)."""
        w = LoadWorker(paths, self.reference_date, self.mode)
        self._pending_errors = []
        self._loaded_paths = []
        w.loaded.connect(self._on_loaded)
        w.failed.connect(lambda p, r: self._pending_errors.append((p, r)))
        self._fit_after_load = True
        self._shown_partial = False
        w.run()
        self._worker = None
        self._finish_loading(False, show_errors=False, sync=True)

    def cancel_loading(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    # seconds: at most this often the progress bar and status change (QProgressBar.setValue paints
    # the bar at once, ~1.5 ms: at 0.1 s a load of 150 s spent ~2 s of the GUI thread on it)
    PROGRESS_EVERY = 0.25

    def _on_progress(self, done: int, total: int, path: str) -> None:
        # Throttled: one update per document cost seconds at thousands of small files. The latest
        # update held back is shown when the interval is up (so the bar still moves, and ends right).
        now = time.monotonic()
        wait = self.PROGRESS_EVERY - (now - self._progress_shown)
        if wait > 0 and done < total:
            self._progress_latest = (done, total, path)
            if not self._progress_timer.isActive():
                self._progress_timer.start(max(1, int(wait * 1000)))
            return
        self._progress_timer.stop()
        self._progress_latest = None
        self._show_progress(done, total, path)

    def _show_held_progress(self) -> None:
        held, self._progress_latest = self._progress_latest, None
        if held is not None and self._worker is not None:
            self._show_progress(*held)

    def _show_progress(self, done: int, total: int, path: str) -> None:
        self._progress_shown = time.monotonic()
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        if path:
            self.statusBar().showMessage(f"Reading {os.path.basename(path)}…")

    def _add_arrived(self, limit: int | None = None) -> None:
        """Add the documents delivered since the last batch to the Workspace in one call (the
        first ``limit`` of them only, when given)."""
        if not self._arrived:
            return
        if limit is None:
            batch, self._arrived = self._arrived, []
        else:
            batch, self._arrived = self._arrived[:limit], self._arrived[limit:]
        self._adding_batch = True
        try:
            self.ws.add_prepared(batch)
            self._added_since_update = True
            if self._worker is not None or self._finish_pending is not None:
                self._rows_waiting += self.ws.stage_events()    # their rows made now, joined at the next update
        finally:
            self._adding_batch = False
            self._last_added = time.monotonic()

    def _on_loaded(self, doc: Document, rows: list[dict]) -> None:
        # Only queued here: a busy window may find hundreds of these waiting, all handled in one
        # turn of the event loop -- the work is done by _add_some, a slice at a time.
        self._arrived.append(Prepared(doc, self.mode, rows))
        self._loaded_paths.append(doc.path)
        if not self._add_timer.isActive():
            self._add_timer.start()

    def _add_some(self) -> None:
        """One turn of a load's work in the GUI thread, then back to the event loop. Either the
        views are brought up to date with what has gone in (``_update``, whose view steps then run
        one per turn): every PARTIAL_EVERY seconds (at most UPDATE_SHARE of the time: a busy
        machine gets fewer updates, not longer ones), and at once when UPDATE_ROWS new rows wait
        (so no view step has more than that many rows to take in); or documents delivered go into
        the Workspace ADD_BATCH at a time for about ADD_SLICE seconds, the rows of their events
        made as they go (``Workspace.stage_events``), until UPDATE_ROWS rows wait for the views.
        The load ends once all is in. Nothing is added while view steps wait: their turns and
        the add's would otherwise come due together and run back to back, ~40 ms CPU between two
        chances for the event loop to do anything else (a stall on a busy machine)."""
        loading = self._worker is not None or self._finish_pending is not None
        if loading and self._view_steps:
            if not self._add_after_steps:
                self._add_after_steps = True
                self._after_view_steps(self._resume_adding)
            return
        if loading and self._added_since_update:
            now = time.monotonic()
            interval = max(self.PARTIAL_EVERY, self._update_cost / self.UPDATE_SHARE) if self.PARTIAL_EVERY else 0.0
            since = now - self._last_partial
            # by the clock: the first soon, then with CLOCK_ROWS waiting (an update's own cost, ~35 ms
            # CPU at 40,000 events, is not paid for a few rows: a slow load on a busy machine made
            # 3-4 times as many updates as its rows asked for), or after 4 intervals
            if self._rows_waiting >= self._update_rows() or since >= interval and (
                    not self._shown_partial or self._rows_waiting >= self.CLOCK_ROWS or since >= 4 * interval):
                # the rows of events changed since made first, a slice per turn; then, unless that
                # slice made many rows (each turn stays ~ADD_SLICE), the rows put into the frame, and
                # the update in a turn after that (~25 ms CPU and ~5-10 ms at 3,000 rows: together
                # they made the longest turn of a load)
                made = self._staged_rows
                if self._stage_slice() and self._staged_rows - made < self.STAGE_CHUNK:
                    if self.ws.frame_pending:
                        self.ws.events      # (reading it puts the rows in)
                    else:
                        self._partial_update()
                self._add_timer.start()
                return
        deadline = time.perf_counter() + self.ADD_SLICE
        limit = self._update_rows()
        while self._arrived and self._rows_waiting < limit:
            self._add_arrived(self.ADD_BATCH)
            if time.perf_counter() >= deadline:
                break
        if self._arrived:
            self._add_timer.start()     # (the views take in what waits first: the update, above)
        elif self._finish_pending is not None:
            if not self._stage_slice():
                self._add_timer.start()
                return
            args, self._finish_pending = self._finish_pending, None
            self._finish_loading(*args)

    def _update_rows(self) -> int:
        """How many new rows waiting bring an update at once (UPDATE_ROWS, UPDATE_GROWTH)."""
        return max(self.UPDATE_ROWS, len(self.frame) // self.UPDATE_GROWTH) if self.UPDATE_GROWTH else self.UPDATE_ROWS

    STAGE_CHUNK = 200                 # event rows made at a time before an update (see _stage_slice)
    _staged_rows = 0                  # rows _stage_slice has made (counts on)

    def _stage_slice(self) -> bool:
        """Make the rows of the events changed since the views' frame (``Workspace.stage_events``)
        for about ADD_SLICE seconds; True once none is left, so that the update that follows only
        puts rows together."""
        deadline = time.perf_counter() + self.ADD_SLICE
        while True:
            made = self.ws.stage_events(changed=True, limit=self.STAGE_CHUNK)
            self._staged_rows += made
            if made < self.STAGE_CHUNK:
                return True
            if time.perf_counter() >= deadline:
                return False

    def _resume_adding(self) -> None:
        self._add_after_steps = False
        self._add_timer.start()

    def _partial_update(self) -> None:
        """Show what a load has added so far (the view updates deferred, one per turn)."""
        first = not self._shown_partial
        self._shown_partial = True
        self._rows_waiting, self._added_since_update = 0, False
        self._update(defer=True)
        self._last_partial = time.monotonic()
        if self._gc_paused is not None:     # the young generations only (see _pause_gc), in a turn of its own
            self._after_view_steps(lambda: gc.collect(1))

        def fit():
            if self._fit_after_load and (first or self.timeline.visible_range() == self._partial_view):
                self.timeline.fit_all()
                self._partial_view = self.timeline.visible_range()
        self._after_view_steps(fit)

    def _after_view_steps(self, fn) -> None:
        """Run ``fn`` once the deferred view steps have run (now, when there are none)."""
        if self._view_steps:
            self._view_steps.append(fn)
        else:
            fn()

    def _on_finished(self, cancelled: bool) -> None:
        self._worker = None
        self._join_thread()
        self._finish_loading(cancelled, show_errors=True)

    def _finish_loading(self, cancelled: bool, show_errors: bool, sync: bool = False) -> None:
        if (self._arrived or self._view_steps) and not sync:   # what is still queued goes in a slice at a
            self._finish_pending = (cancelled, show_errors)     # time first, the views' steps one per turn
            if self._arrived:
                self._add_timer.start()
            else:
                self._after_view_steps(self._add_timer.start)
            return
        self._add_timer.stop()
        self._add_arrived()
        self._progress_timer.stop()
        self._progress_latest = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self._add_recent(self._loaded_paths)
        # The last update in steps too (loadingFinished once they have run), unless ``sync``.
        self._update(defer=not sync)
        self._after_view_steps(lambda: self._end_loading(cancelled, show_errors))

    #: a load of at least this many documents leaves what it made out of the collector's full passes
    FREEZE_DOCS = 1000

    def _pause_gc(self) -> None:
        """During a load the cyclic garbage collector makes no full passes: each walks every live
        object (millions at 10,000 articles: up to 1.8 s, 8.5 s in all, measured), so it runs on
        the young generations only, at each update (cost: the objects made since the last)."""
        if self._gc_paused is None:
            self._gc_paused = gc.isenabled()
            gc.disable()

    def _resume_gc(self) -> None:
        """After a load: the collector as before. A big load's objects (the documents and events,
        acyclic and long-lived) are moved out of its reach (``gc.freeze``) so that its later full
        passes do not walk them again while the user works; they are still freed when released."""
        if self._gc_paused is None:
            return
        gc.collect(1)
        if len(self._loaded_paths) >= self.FREEZE_DOCS:
            gc.freeze()
        if self._gc_paused:
            gc.enable()
        self._gc_paused = None

    def _end_loading(self, cancelled: bool, show_errors: bool) -> None:
        self._resume_gc()
        # Fit, unless the user has moved the view since a partial result was fitted.
        moved = self._shown_partial and self.timeline.visible_range() != self._partial_view
        if self._fit_after_load and not moved:
            self.timeline.fit_all()
        self.last_errors = list(self._pending_errors)
        n = len(self._loaded_paths)
        msg = f"Loaded {n} document{'s' if n != 1 else ''}, {len(self.frame)} time expressions"
        if cancelled:
            msg += " (cancelled)"
        if self.last_errors:
            msg += f"; {len(self.last_errors)} could not be read"
        self.statusBar().showMessage(msg, 10000)
        if self.last_errors and show_errors:
            self._show_errors(self.last_errors)
        self.loadingFinished.emit()

    def _show_errors(self, errors: list[tuple[str, str]]) -> None:
        lines = [f"{os.path.basename(p) or p}: {r}" for p, r in errors]
        box = QMessageBox(QMessageBox.Warning, "Some files could not be read",
                          "\n".join(lines[:20]) + (f"\n… and {len(lines) - 20} more" if len(lines) > 20 else ""),
                          QMessageBox.Ok, self)
        box.setDetailedText("\n".join(f"{p}: {r}" for p, r in errors))
        box.setAttribute(Qt.WA_DeleteOnClose)
        self._error_box = box
        box.open()

    # ---- model ------------------------------------------------------------------------------
    @property
    def ws(self) -> Workspace:
        return self.wsm.ws

    @property
    def docs(self) -> list[Document]:
        return self.ws.documents

    def doc(self, path: str) -> Document | None:
        try:
            return self.ws.document(path)
        except WorkspaceError:
            return None

    def _on_ws_changed(self, change) -> None:
        if change.kind == "documents_added" and (self._worker is not None or self._adding_batch):
            return      # a load under way refreshes the views at its own pace (PARTIAL_EVERY)
        if change.kind in ("documents_added", "edit", "undo", "redo"):
            self._update(change.documents)
        else:
            self._refresh()
        if change.kind in ("undo", "redo"):
            # Show what was undone or redone: select it (the first in the views' order).
            touched = set(change.updated) | set(change.added)
            if touched and "event_id" in self.frame.columns:
                hit = self.frame.index[self.frame["event_id"].isin(touched)]
                if len(hit):
                    self.select_row(int(hit[0]), origin="undo")
            self.statusBar().showMessage(f"{'Undone' if change.kind == 'undo' else 'Redone'}: {change.text}", 5000)

    def set_workspace(self, ws: Workspace) -> None:
        """Show another Workspace (File › New, Open, a recovery): every view starts afresh."""
        self._add_arrived()   # a load's documents delivered so far belong to the Workspace they came to
        self.wsm.set_workspace(ws)
        self._selected = -1
        self.source.clear()
        self._refresh()
        self.timeline.fit_all()
        self.projects.update_title()

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.search)
        self.search.field.setFocus(Qt.ShortcutFocusReason)
        self.search.field.selectAll()

    def show_search_hit(self, hit: dict) -> None:
        """Jump to a sentence found: select its event when it has one, else show the sentence."""
        d = self.doc(hit["document"])
        if d is None:
            return
        if len(self.frame):
            f = self.frame
            m = ((f["document"] == d.path) & (f["start_char"] >= hit["start"]) & (f["start_char"] < hit["end"])
                 ).to_numpy() & self.mask
            rows = np.flatnonzero(m)
            if len(rows):
                self.select_row(int(rows[0]), origin="search")
                return
        self.source.show_span(d, hit["start"], hit["end"], hit.get("match_start", hit["start"]),
                              hit.get("match_end", hit["start"]))

    def remove_document(self, path: str | None = None) -> None:
        self.document_actions.remove_document(path)

    def document_path_at(self, row: int) -> str | None:
        return self.document_actions.path_at(row)

    def set_per_mention(self, on: bool) -> None:
        """View › One item per mention: every mention its own item (an event's sources apart)."""
        self.per_mention = bool(on)
        self.act_per_mention.setChecked(self.per_mention)
        key = None
        if 0 <= self._selected < len(self.frame):
            r = self.frame.iloc[self._selected]
            key = r["event_id"]
        self._selected = -1
        self._refresh()
        if key is not None and len(self.frame):
            hit = self.frame.index[self.frame["event_id"] == key]
            if len(hit):
                self.select_row(int(hit[0]), origin="view")

    def _colour_by_changed(self, _on: bool = False) -> None:
        self._refresh()

    def set_compressed(self, on: bool) -> None:
        """View › Compress empty stretches: long stretches without events shrunk to a break mark on
        the timeline (and in its image and print exports), or time drawn evenly."""
        self.act_compress.setChecked(bool(on))
        self.timeline.set_compressed(bool(on))

    def key_of_row(self, row: int) -> str | None:
        col = self._key_column()
        if 0 <= row < len(self.frame) and col in self.frame.columns:
            return str(self.frame.iloc[row][col])
        return None

    def select_key(self, key: str) -> None:
        """Select an event (or mention) by id, wherever it is in the views."""
        row = self.row_of_key(key)
        if row < 0 and self.per_mention and "event_id" in self.frame.columns:
            hit = self.frame.index[self.frame["event_id"] == key]
            row = int(hit[0]) if len(hit) else -1
        if row >= 0:
            self.select_row(row, origin="edit")

    def selected_keys(self) -> list[str]:
        """The events selected in the table (several with Ctrl+click), else the selected one."""
        rows = sorted({self.row_of_index(ix) for ix in self.table.selectionModel().selectedRows()} - {-1})
        if self._selected >= 0 and self._selected not in rows:
            rows.insert(0, self._selected)
        return [k for k in (self.key_of_row(r) for r in rows) if k is not None]

    def _key_column(self) -> str:
        return "mention_id" if self.per_mention else "event_id"

    def _view_frame(self) -> pd.DataFrame:
        """One row per event, or per mention (with its event's status, tags, note and star)."""
        events = self.ws.events
        if not self.per_mention:
            return events.reset_index(drop=True)
        m = self.ws.mentions
        if not len(m):
            return m
        fields = events[["event_id", "status", "tags", "note", "starred"]].reset_index(drop=True)
        return m.merge(fields, on="event_id", how="left")

    def _refresh(self) -> None:
        """Rebuild the views' frame from the Workspace and push it to every view."""
        self._run_view_steps()      # (deferred steps first: one may end a load)
        t0 = time.perf_counter()
        try:
            self._refresh_views()
        finally:
            self._refresh_cost = time.perf_counter() - t0

    def _update(self, documents=(), defer: bool = False) -> None:
        """Bring the views up to date with the Workspace, touching only what changed: when the
        Workspace's events frame changed only by rows set again in place (an edit, events of
        another document joining) and rows appended (a load's new documents) -- see
        ``Workspace.events_since`` -- every view updates those rows alone (the table inserts rows
        and redraws the changed ones, no reset); otherwise (rows removed or moved, one item per
        mention) everything is rebuilt (``_refresh``). Cost: proportional to the rows changed,
        plus a few copies of whole columns in C.

        ``defer`` (a load): the views are updated one after the other in separate turns of the
        event loop (``_view_steps``), so the window is never held up by all of them at once; the
        rows keep their positions meanwhile (appended rows only), so a view one step behind
        still shows valid rows. Anything else that updates the views first finishes those steps."""
        self._run_view_steps()
        t0 = time.perf_counter()
        try:
            steps = self._update_steps(set(documents))
            if steps is None:
                self._refresh_views()
            elif defer:
                self._view_steps.extend(steps)
                started = t0
                self._view_steps.append(lambda: setattr(self, "_update_cost", time.perf_counter() - started))
                self._view_step_timer.start()
            else:
                for step in steps:
                    step()
        finally:
            self._refresh_cost = time.perf_counter() - t0

    def _run_view_steps(self, one: bool = False) -> None:
        """Run the deferred view steps (``one``: the next one only, then come back later)."""
        while self._view_steps:
            self._view_steps.pop(0)()
            if one:
                break
        if self._view_steps:
            self._view_step_timer.start()
        else:
            self._view_step_timer.stop()

    def _update_steps(self, documents: set):
        """The view updates for what changed in the Workspace since the frame shown, as a list of
        steps (the frame and mask are already made); None when everything must be rebuilt.
        ``documents``: paths whose row in the Documents list may have changed besides those with
        rows changed (their reference date, say)."""
        if self.per_mention or self._frame_version is None:
            return None
        events, version, delta = self.ws.events_since(self._frame_version)
        if delta is None or delta[1] != len(self.frame) or len(events) < len(self.frame):
            return None
        positions, first_new = delta
        self._frame_version = version
        n_docs = len(self._docs_info_list)
        docs_info = self._docs_info(None, documents)
        docs = self._docs_list
        if not len(positions) and first_new == len(events):
            if documents:
                self.documents.set_documents(docs, self._doc_counts, self.timeline.doc_colours(),
                                             rows=self._doc_rows(documents))
            self.timeline.set_open_documents(len(docs_info))     # (an article without a date: the empty view says so)
            self.projects.update_title()
            return []
        frame = events.reset_index(drop=True)
        rows = np.concatenate([positions, np.arange(first_new, len(frame), dtype=np.int64)])
        sub = frame.iloc[rows]
        f = self.filter_bar.value()
        self._hay = None      # the whole frame's search text: made again when the filter text changes
        mask = np.empty(len(frame), dtype=bool)
        mask[:first_new] = self.mask[:first_new]
        mask[rows] = f.mask(sub)       # (the search text of these rows only)
        before, self.frame, self.mask = self.frame, frame, mask

        made = []

        def timeline():
            # rows set again whose drawing changed: a load sets again the rows of events other
            # documents joined (their counts), mostly drawn as before; their drawing made here, put
            # in at the next step (two turns of ~15 ms CPU at 3,000 rows, not one of 30)
            drawn = changed_rows(before, frame, [c for c in TimelineView.DRAWN_COLUMNS if c in frame.columns],
                                 positions)
            made.append(self.timeline.begin_update_rows(frame, drawn, first_new, docs_info))

        def timeline_put():
            if made[0] is None or not self.timeline.finish_update_rows(made[0], mask):
                self.timeline.set_events(frame, docs_info, mask=mask,
                                         colour_by="tag" if self.act_colour_tags.isChecked() else "document")
                if 0 <= self._selected < len(frame):
                    self.timeline.set_selected_row(self._selected, ensure_visible=False)

        def table():
            self.model.update_rows(frame, positions, first_new, mask)

        def lists():
            self.filter_bar.set_row_count(len(frame))
            if documents:
                self.filter_bar.set_documents([(p, name) for p, name, _ in docs_info])
            else:        # (documents appended only: not a list of 10,000 made and compared per update)
                self.filter_bar.add_documents([(p, name) for p, name, _ in docs_info[n_docs:]])
            self.filter_bar.set_curation("status" in frame.columns)
            self.filter_bar.set_tags(self.ws.all_tags())
            # documents: new ones appended, counts of those that got new events
            new_docs = frame["document"].iloc[first_new:]
            for path, k in new_docs.value_counts().items():
                self._doc_counts[path] = self._doc_counts.get(path, 0) + int(k)
            touched = set(new_docs.unique().tolist()) | set(frame["document"].iloc[positions].tolist()) | documents
            self.documents.set_documents(docs, self._doc_counts, self.timeline.doc_colours(),
                                         rows=self._doc_rows(touched))
            self._update_undated(frame, positions, first_new)
            self.projects.update_title()
            self.eventsChanged.emit()
            if 0 <= self._selected < len(frame) and self._selected in set(positions.tolist()):
                self.select_row(self._selected, origin="refresh")    # its row changed: the source panel too

        # the columns fitted to the first rows in a step of its own (~25 ms: a load's first update)
        return [timeline, timeline_put, table] + ([self._fit_table_columns] if first_new == 0 else []) + [lists]

    def _docs_info(self, docs: list[Document] | None, changed=()) -> list[tuple]:
        """(path, name, reference date) per document, kept from one update to the next (and the
        documents, ``_docs_list``): made for new documents (appended) and for those in ``changed``
        (paths) only. Any other change to the documents (one removed, replaced) goes through a
        full refresh, which starts afresh. ``docs``: the Workspace's documents (None: those after
        the ones kept are asked for, not the list of all)."""
        info, index, kept = self._docs_info_list, self._doc_index_of, self._docs_list
        for d in (docs[len(info):] if docs is not None else self.ws.documents_from(len(info))):
            index[d.path] = len(info)
            info.append((d.path, d.name, d.reference_date))
            kept.append(d)
        for p in changed:
            i = index.get(p)
            if i is not None and i < len(kept):
                d = kept[i] = self.ws.document(p)
                info[i] = (d.path, d.name, d.reference_date)
        return list(info)

    def _doc_rows(self, paths) -> list[int]:
        """The Documents list rows of these paths."""
        index = self._doc_index_of
        return sorted(i for i in (index.get(p) for p in paths) if i is not None)

    def _undated_item(self, pos: int, e, ty, v, d, sen) -> QListWidgetItem:
        it = QListWidgetItem(f'{e}  —  {ty} {v}  ({os.path.basename(d)})')
        it.setData(Qt.UserRole, pos)
        it.setToolTip(" ".join(str(sen).split()))
        return it

    def _undated_columns(self, frame: pd.DataFrame, rows: np.ndarray):
        sub = frame.iloc[rows]
        return zip(rows.tolist(), sub["expression"].tolist(), sub["timex_type"].tolist(),
                   sub["timex_value"].tolist(), sub["document"].tolist(), sub["sentence"].tolist())

    def _update_undated(self, frame: pd.DataFrame, positions: np.ndarray, first_new: int) -> None:
        """The Undated list after ``frame`` changed by rows ``positions`` set again and rows from
        ``first_new`` on new: noted, and the items made now only when the list is shown (else when
        it is, see ``UndatedList``)."""
        if len(positions):
            self._undated_redo.update(positions[positions < self._undated_upto].tolist())
        if self.undated.isVisible():
            self._flush_undated()
        self.tabs.setTabText(1, f"Undated ({self._undated_shown()})")

    def _flush_undated(self) -> None:
        """Bring the Undated list's items up to date with ``self.frame`` and the filter: the rows
        noted since (``_update_undated``), new rows, the filter applied again if it changed."""
        frame, n = self.frame, len(self.frame)
        if self._undated_upto == n and not self._undated_redo and not self._undated_refilter:
            return
        if self._undated_upto > n:     # (never: the frame shrinks only through a full refresh, which starts over)
            self._undated_upto, self._undated_redo = n, {p for p in self._undated_redo if p < n}
        positions = np.fromiter(sorted(self._undated_redo), dtype=np.int64, count=len(self._undated_redo))
        first_new, refilter = self._undated_upto, self._undated_refilter
        self._undated_upto, self._undated_redo, self._undated_refilter = n, set(), False
        self._undated_items_update(frame, positions, first_new)
        if refilter:
            for i in range(QListWidget.count(self.undated)):
                it = QListWidget.item(self.undated, i)
                it.setHidden(not self.mask[int(it.data(Qt.UserRole))])

    def _undated_items_update(self, frame: pd.DataFrame, positions: np.ndarray, first_new: int) -> None:
        """The Undated list's items: those of rows set again made again in place (or taken out, or
        put in at their place, when a date was given or taken away), items of new undated rows
        appended. Places found by binary search in the list's rows (``_undated_rows``, ascending)."""
        und = frame["start"].isna().to_numpy()
        items, order = self._undated_items, self._undated_rows
        for pos in positions[~und[positions]].tolist() if len(positions) else ():
            if items.pop(pos, None) is not None:           # dated now: out of the list
                i = bisect_left(order, pos)
                del order[i]
                self.undated.takeItem(i)
        redo = positions[und[positions]] if len(positions) else positions
        for args in self._undated_columns(frame, redo):
            pos = args[0]
            it = items.get(pos)
            if it is not None:                               # still undated: its text again
                fresh = self._undated_item(*args)
                it.setText(fresh.text())
                it.setToolTip(fresh.toolTip())
            else:                                            # undated now: in at its place
                it = self._undated_item(*args)
                i = bisect_left(order, pos)
                order.insert(i, pos)
                self.undated.insertItem(i, it)
                items[pos] = it
            it.setHidden(not self.mask[pos])
        new = first_new + np.flatnonzero(und[first_new:])
        for args in self._undated_columns(frame, new):
            it = self._undated_item(*args)
            self.undated.addItem(it)
            it.setHidden(not self.mask[args[0]])   # (only once in the list: before, Qt ignores it)
            items[args[0]] = it
            order.append(args[0])

    def _fit_table_columns(self) -> None:
        self.table.horizontalHeader().setResizeContentsPrecision(200)
        for c in range(COL_SENTENCE):
            self.table.resizeColumnToContents(c)
        if self.table.columnWidth(COL_HEADLINE) > 420:
            self.table.setColumnWidth(COL_HEADLINE, 420)

    def _refresh_views(self) -> None:
        key = None
        col = self._key_column()
        if 0 <= self._selected < len(self.frame) and col in self.frame.columns:
            key = self.frame.iloc[self._selected][col]
        self.frame = self._view_frame()
        self._frame_version = None if self.per_mention else self.ws.frame_version
        self._hay = None
        self.filter_bar.set_row_count(len(self.frame))
        self.filter_bar.set_documents([(d.path, d.name) for d in self.docs])
        self.mask = self._filter_mask()
        self._docs_info_list, self._doc_index_of, self._docs_list = [], {}, []
        docs_info = self._docs_info(self.docs)
        self.timeline.set_events(self.frame, docs_info, mask=self.mask,
                                 colour_by="tag" if self.act_colour_tags.isChecked() else "document")
        self.filter_bar.set_curation("status" in self.frame.columns)
        self.filter_bar.set_tags(self.ws.all_tags())
        self.model.set_frame(self.frame)
        self.proxy.set_mask(self.mask)
        self._fit_table_columns()
        self._doc_counts = self.frame["document"].value_counts().to_dict() if len(self.frame) else {}
        self.documents.set_documents(self.docs, self._doc_counts, self.timeline.doc_colours())
        self.undated.clear()
        self._undated_items, self._undated_rows = {}, []
        self._undated_upto, self._undated_redo, self._undated_refilter = 0, set(), False
        if self.undated.isVisible():     # (else made when shown or read: UndatedList)
            self._flush_undated()
        self.tabs.setTabText(1, f"Undated ({self._undated_shown()})")
        self.projects.update_title()
        self._selected = -1
        self.eventsChanged.emit()
        if key is not None and len(self.frame):
            hit = self.row_of_key(key)
            if hit >= 0:
                self.select_row(hit, origin="refresh")
                return
        self.source.clear()

    def row_of_key(self, key: str) -> int:
        """The frame row of an event id (or, one item per mention, a mention id); -1 if none."""
        col = self._key_column()
        if col not in self.frame.columns:
            return -1
        hit = self.frame.index[self.frame[col] == key]
        return int(hit[0]) if len(hit) else -1

    # ---- filters ----------------------------------------------------------------------------
    def _filter_mask(self):
        f = self.filter_bar.value()
        if f.text and self._hay is None:
            # the table's, made as the rows came (a frame it does not show yet: made here)
            self._hay = self.model.search_text(self.frame) or haystacks(self.frame)
        return f.mask(self.frame, self._hay)

    def _apply_filters(self, _filter: EventFilter | None = None) -> None:
        """Apply the filter bar's filter to the timeline, the table, the undated list and the exports.
        The selection stays as it is: an event filtered out is not shown but stays selected."""
        self.mask = self._filter_mask()
        sm = self.table.selectionModel()
        sm.blockSignals(True)   # the proxy moves the current index when its row goes; that is not the user
        try:
            self.proxy.set_mask(self.mask)
            self._sync_table_selection(scroll=False)
        finally:
            sm.blockSignals(False)
        self.table.viewport().update()
        self.timeline.set_mask(self.mask)
        self._undated_refilter = True
        if self.undated.isVisible():
            self._flush_undated()
        self.tabs.setTabText(1, f"Undated ({self._undated_shown()})")
        shown, total = int(self.mask.sum()), len(self.frame)
        self.statusBar().showMessage(f"{shown} of {total} shown" if shown != total else "", 5000)

    def _undated_shown(self) -> int:
        und = self.frame["start"].isna().to_numpy() if len(self.frame) else np.zeros(0, dtype=bool)
        return int((und & self.mask).sum()) if len(self.mask) == len(und) else int(und.sum())

    def filtered_frame(self) -> pd.DataFrame:
        """The rows the filters let through: what the timeline and table show, and what exports write."""
        return self.frame[self.mask] if len(self.mask) == len(self.frame) else self.frame

    def set_reference_date(self, path: str, new: date) -> None:
        """Re-resolve one document's events against a new reference date, at once."""
        d = self.doc(path)
        if d is None or d.reference_date == new:
            return
        try:
            self.ws.set_reference_date(path, new)        # undoable; the views follow its change
        except WorkspaceError as e:
            self.statusBar().showMessage(str(e), 8000)
            return
        except Exception as e:  # a date the engine cannot work from: refused visibly, nothing changes
            self.documents.restore_date(path, d.reference_date)
            self.documents.refuse(path, f"{new} cannot be used ({type(e).__name__}: {e})"[:300])
            return
        self.statusBar().showMessage(f"{d.name}: events re-resolved against {new}", 5000)

    # ---- selection --------------------------------------------------------------------------
    def table_rows(self) -> list[int]:
        """The frame rows the events table shows, top to bottom (after sorting and filters)."""
        return [int(self.proxy.index(i, 0).data(ROW_ROLE)) for i in range(self.proxy.rowCount())]

    def row_of_index(self, ix) -> int:
        """The frame row of an events-table index."""
        return int(ix.data(ROW_ROLE)) if ix.isValid() else -1

    def _table_current_changed(self, cur, _prev) -> None:
        row = self.row_of_index(cur)
        if row >= 0 and row != self._selected:
            self.select_row(row, origin="table")

    def _undated_changed(self, item, _prev) -> None:
        if item is not None:
            self.select_row(int(item.data(Qt.UserRole)), origin="undated")

    def selected_row(self) -> int:
        return self._selected

    def select_row(self, row: int, origin: str = "") -> None:
        """Select frame row ``row`` everywhere: timeline, table and source panel follow."""
        if row < 0 or row >= len(self.frame):
            return
        self._selected = row
        r = self.frame.iloc[row]
        if origin != "timeline":
            self.timeline.set_selected_row(row, ensure_visible=True)
        if origin != "table":
            sm = self.table.selectionModel()
            sm.blockSignals(True)
            try:
                self._sync_table_selection(scroll=True)
            finally:
                sm.blockSignals(False)
            self.table.viewport().update()
        d = self.doc(r["document"])
        if d is not None:
            self.source.show_event(d, r)
        self.selectionChanged.emit(row)

    def _sync_table_selection(self, scroll: bool) -> None:
        """Make the table's current row the selected event (none when it is filtered out), without
        signals (the caller blocks them)."""
        sm = self.table.selectionModel()
        row = self._selected
        pix = self.proxy.mapFromSource(self.model.index_of_frame_row(row)) if row >= 0 else QModelIndex()
        if pix.isValid():
            sm.setCurrentIndex(pix, sm.SelectionFlag.ClearAndSelect | sm.SelectionFlag.Rows)
            if scroll:
                self.table.scrollTo(pix, QAbstractItemView.PositionAtCenter)
                # Just after a model reset the view lays itself out later: centre again then.
                keep = QPersistentModelIndex(pix)
                QTimer.singleShot(0, self.table, lambda: keep.isValid() and self.table.scrollTo(
                    QModelIndex(keep), QAbstractItemView.PositionAtCenter))
        else:
            sm.clearSelection()
            sm.setCurrentIndex(QModelIndex(), sm.SelectionFlag.NoUpdate)

    def step(self, direction: int) -> None:
        row = self.timeline.neighbour_row(direction)
        if row >= 0:
            self.select_row(row, origin="keyboard")

    def show_source(self, row: int) -> None:
        if row is not None and row >= 0:
            if row != self._selected:
                self.select_row(row, origin="activate")
            self.source.text.setFocus()

    def zoom_to_selection(self) -> None:
        if self._selected < 0:
            return
        r = self.frame.iloc[self._selected]
        if pd.isna(r["start"]):
            return
        from timeline_app.gui.timeline_view import to_seconds

        s, e = to_seconds(pd.Series([r["start"], r["end"]]))
        e = s if e != e else e
        span = max(e - s, 86400.0)
        self.timeline.zoom_to(s - span * 2, s + span * 3)
        # Closer still while it is inside a badge, so it is drawn on its own.
        for _ in range(12):
            if self.timeline.event_rect(self._selected) is not None:
                break
            self.timeline.zoom_by(2, self.timeline.x_of(s))
        self.timeline.set_selected_row(self._selected, ensure_visible=True)

    def focus_filter(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.filter_edit.setFocus(Qt.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def _range_changed(self, t0: float, t1: float) -> None:
        from timeline_app.gui.axis import nice_range_label

        self.range_label.setText(nice_range_label(t0, t1))

    # ---- export -----------------------------------------------------------------------------
    def export_csv(self, path: str) -> None:
        from timeline_app.core.events import DERIVED_RULE, with_timex_intervals
        from timeline_app.core.export import write_events_csv

        df = self.filtered_frame()
        # one row per time expression, as the CLI writes: an event dated from a length ("a week
        # after Shmygal's trip") is in the other exports (File > Export...), not in this CSV, and
        # a span a date bounds ("since 2019") is the date's own interval here; an event of several
        # mentions ("now" in "the invasion, now in its seventh month"; merged) has a row for each
        df = self._one_row_per_mention(df[df["rule"] != DERIVED_RULE])
        write_events_csv(with_timex_intervals(df[df["rule"] != DERIVED_RULE]), path)

    def _one_row_per_mention(self, df: pd.DataFrame) -> pd.DataFrame:
        """``df`` (event rows) with a row for each other mention of its events of several mentions
        (the mention's own expression, value and sentence; the event's other fields), in document
        and text order. Linear in the mentions of those events."""
        if self.per_mention or "n_mentions" not in df.columns or not (df["n_mentions"] > 1).any():
            return df
        from timeline_app.core.events import EVENT_COLUMNS

        order = {st.doc_id: st.index for st in self.ws.document_states()}
        extra = []
        for _, row in df[df["n_mentions"] > 1].iterrows():
            for m in self.ws.mentions_of(row["event_id"]):
                if m["document"] == row["document"] and m["start_char"] == row["start_char"] \
                        and m["expression"] == row["expression"]:
                    continue     # the event's own row
                r = row.copy()
                for c in EVENT_COLUMNS:
                    r[c] = m.get(c)
                r["doc_index"] = order.get(m.get("doc_id"), row["doc_index"])
                extra.append(r)
        if not extra:
            return df
        more = pd.DataFrame(extra)
        for c in ("start", "end"):
            more[c] = pd.to_datetime(more[c])
        return pd.concat([df, more]).sort_values(["doc_index", "start_char"], kind="stable")

    def export_image(self, path: str) -> None:
        from timeline_app.gui.image_export import save_image

        save_image(self.timeline, path)

    def export_csv_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export CSV", self.dialog_dir("events.csv"), "CSV (*.csv)")
        if path:
            self.remember_dir(path)
            self._export(self.export_csv, path)

    def export_image_dialog(self) -> None:
        path, filt = QFileDialog.getSaveFileName(self, "Export image", self.dialog_dir("timeline.png"),
                                                 "PNG image (*.png);;SVG image (*.svg)")
        if path:
            self.remember_dir(path)
            if not os.path.splitext(path)[1]:
                path += ".svg" if "SVG" in filt else ".png"
            self._export(self.export_image, path)

    def _export(self, fn, path: str) -> None:
        try:
            fn(path)
        except OSError as e:
            self._show_errors([(path, f"cannot write ({e.strerror or e})")])
            return
        except Exception as e:  # never a silent failure: whatever went wrong is said, and nothing is lost
            self._show_errors([(path, f"not written ({type(e).__name__}: {e})"[:300])])
            return
        self.statusBar().showMessage(f"Wrote {path}", 5000)
