"""The open documents, each with its reference date (editable) and where that date came from.

The reference date is typed (``YYYY-MM-DD``) into ONE editor that exists only while a cell is
being edited (:class:`ReferenceDateDelegate`), not a date widget per row: ten thousand documents
are ten thousand table items, not ten thousand widgets. Any day of the years 1-9999 is taken
(the engine places dates in that range); anything else -- "2023-02-29", "0000-01-01", "soon" --
is refused with a visible message (a tooltip at the cell and :attr:`DocumentsPanel.dateRefused`,
which the window shows in its status bar) and the old date stays.
"""
from __future__ import annotations

from datetime import date
from typing import Iterable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLineEdit, QStyledItemDelegate, QTableWidget,
                               QTableWidgetItem, QToolTip)

from timeline_app.core.document import Document, parse_reference_date

DATE_COLUMN = 1
NO_DATE = "(none)"


class ReferenceDateDelegate(QStyledItemDelegate):
    """The reference-date column's editor: a line edit while editing, checked on commit."""

    def __init__(self, panel: "DocumentsPanel"):
        super().__init__(panel)
        self._panel = panel

    def createEditor(self, parent, option, index: QModelIndex):
        e = QLineEdit(parent)
        e.setPlaceholderText("YYYY-MM-DD")
        e.setMaxLength(40)
        e.setAccessibleName(f"Reference date of {self._panel.item(index.row(), 0).text()}")
        e.setToolTip("The date relative expressions hang on (YYYY-MM-DD, years 1 to 9999); Enter to apply")
        return e

    def setEditorData(self, editor: QLineEdit, index: QModelIndex) -> None:
        text = index.data(Qt.DisplayRole) or ""
        editor.setText("" if text == NO_DATE else text)
        editor.selectAll()

    def setModelData(self, editor: QLineEdit, model, index: QModelIndex) -> None:
        self._panel.commit_date(index.row(), editor.text())


class DocumentsPanel(QTableWidget):
    referenceDateChanged = Signal(str, object)   # path, datetime.date
    dateRefused = Signal(str, str)               # path, one-line reason

    def __init__(self, parent=None):
        super().__init__(0, 4, parent)
        self.setHorizontalHeaderLabels(["Document", "Reference date", "From", "Events"])
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed
                             | QAbstractItemView.AnyKeyPressed)
        self.setItemDelegateForColumn(DATE_COLUMN, ReferenceDateDelegate(self))
        self.verticalHeader().setVisible(False)
        h = self.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        h.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        h.setSectionResizeMode(2, QHeaderView.Stretch)
        h.setSectionResizeMode(3, QHeaderView.ResizeToContents)
        self.setAccessibleName("Documents")
        self._paths: list[str] = []
        #: what each row shows: (path, name, date text, source, events, colour rgba)
        self._shown: list[tuple] = []
        #: the last refusal, ``(path, reason)``, or None
        self.last_refusal: tuple[str, str] | None = None
        #: ``set_documents``' arguments while the panel is hidden (see there), else None
        self._pending: tuple | None = None

    def set_documents(self, docs: list[Document], counts: dict[str, int], colours: list | None = None,
                      rows: Iterable[int] | None = None) -> None:
        """Show ``docs``; while the panel is hidden (another tab in front) only the latest arguments
        are kept, and the rows are made when it is shown or read (``item``, ``rowCount``...): opening
        a project of 10,000 documents does not make 40,000 table items nobody sees yet."""
        if self.isVisible():
            self._pending = None
            self._set_documents(docs, counts, colours, rows)
            return
        if self._pending is not None:       # rows that may have changed: those of every call kept
            before = self._pending[3]
            rows = None if rows is None or before is None else set(before) | set(rows)
        elif rows is not None:
            rows = set(rows)
        self._pending = (docs, counts, colours, rows)

    def _flush(self) -> None:
        if self._pending is not None:
            args, self._pending = self._pending, None
            self._set_documents(*args)

    def showEvent(self, event) -> None:
        self._flush()
        super().showEvent(event)

    # reading the table makes what is pending first
    def item(self, row: int, column: int):
        self._flush()
        return super().item(row, column)

    def rowCount(self) -> int:
        self._flush()
        return super().rowCount()

    def rowAt(self, y: int) -> int:
        self._flush()
        return super().rowAt(y)

    def selectRow(self, row: int) -> None:
        self._flush()
        super().selectRow(row)

    def _set_documents(self, docs: list[Document], counts: dict[str, int], colours: list | None = None,
                       rows: Iterable[int] | None = None) -> None:
        """One row per document; ``colours`` (QColor per document) mark each as in the timeline's legend.

        Incremental: a row whose document, date, source, count and colour are as shown is left
        alone, and new documents are appended, so a load refreshing part-way through thousands of
        documents touches only the rows that changed (a Python tuple compared per row, not four
        table items rebuilt per row). ``rows``: the only rows that may have changed besides new
        documents at the end (None: any) -- then nothing is done for the others at all."""
        n_old = len(self._shown)
        if rows is None or len(docs) < n_old:
            which = range(len(docs))
            shown = self._shown[:len(docs)]
        else:
            which = sorted({r for r in rows if r < n_old} | set(range(n_old, len(docs))))
            shown = self._shown
        if len(docs) != super().rowCount():
            self.setRowCount(len(docs))
        if len(shown) < len(docs):
            shown = shown + [None] * (len(docs) - len(shown))
        paths = self._paths[:len(docs)] + [None] * max(0, len(docs) - len(self._paths))
        for r in which:
            d = docs[r]
            row = (d.path, d.name, d.reference_date.isoformat() if d.reference_date else NO_DATE,
                   d.reference_source or "", counts.get(d.path, 0),
                   colours[r].rgba() if colours and r < len(colours) else None)
            paths[r] = d.path
            if shown[r] == row:
                continue
            self._set_row(r, row, colours[r] if row[5] is not None else None)
            shown[r] = row
        self._paths = paths
        self._shown = shown

    def _set_row(self, r: int, row: tuple, colour) -> None:
        path, name_text, when_text, source, count, _rgba = row
        fixed = Qt.ItemIsSelectable | Qt.ItemIsEnabled
        name = QTableWidgetItem(name_text)
        name.setToolTip(path)
        name.setFlags(fixed)
        if colour is not None:
            name.setIcon(self._swatch(colour))
        self.setItem(r, 0, name)
        when = QTableWidgetItem(when_text)
        when.setFlags(fixed | Qt.ItemIsEditable)
        when.setToolTip("Double-click or start typing to change it (YYYY-MM-DD)")
        self.setItem(r, DATE_COLUMN, when)
        src = QTableWidgetItem(source)
        src.setToolTip(source)
        src.setFlags(fixed)
        self.setItem(r, 2, src)
        n = QTableWidgetItem(str(count))
        n.setFlags(fixed)
        self.setItem(r, 3, n)

    def _swatch(self, colour) -> QIcon:
        """The colour's square icon, made once per colour (a dozen colours, thousands of rows)."""
        cache = self.__dict__.setdefault("_swatches", {})
        got = cache.get(colour.rgba())
        if got is None:
            swatch = QPixmap(10, 10)
            swatch.fill(colour)
            got = cache[colour.rgba()] = QIcon(swatch)
        return got

    def row_of(self, path: str) -> int:
        self._flush()
        return self._paths.index(path)

    def date_text(self, path: str) -> str:
        return self.item(self.row_of(path), DATE_COLUMN).text()

    def edit_date(self, path: str) -> QLineEdit | None:
        """Open the reference-date editor of ``path``'s row (as a double-click does); the editor."""
        self._flush()
        index = self.model().index(self.row_of(path), DATE_COLUMN)
        self.setCurrentIndex(index)
        self.edit(index)
        return self.indexWidget(index)

    def commit_date(self, row: int, text: str) -> bool:
        """Apply a typed reference date to ``row``: True when taken, else refused visibly."""
        self._flush()
        path = self._paths[row]
        try:
            new = parse_reference_date(text)
        except ValueError as e:
            self.refuse(path, str(e))
            return False
        self.last_refusal = None
        item = self.item(row, DATE_COLUMN)
        if item.text() != new.isoformat():
            item.setText(new.isoformat())
            self._forget_shown(row)
        self.referenceDateChanged.emit(path, new)
        return True

    def refuse(self, path: str, reason: str) -> None:
        """Show why a reference date was not taken: a tooltip at its cell and ``dateRefused``."""
        self._flush()
        self.last_refusal = (path, reason)
        if path in self._paths:
            rect = self.visualRect(self.model().index(self.row_of(path), DATE_COLUMN))
            QToolTip.showText(self.viewport().mapToGlobal(rect.bottomLeft()), reason, self.viewport(), rect, 8000)
        self.dateRefused.emit(path, reason)

    def restore_date(self, path: str, when: date | None) -> None:
        """Show ``when`` again for ``path`` (after the window could not apply a new date)."""
        self._flush()
        if path in self._paths:
            row = self.row_of(path)
            self.item(row, DATE_COLUMN).setText(when.isoformat() if when else NO_DATE)
            self._forget_shown(row)

    def _forget_shown(self, row: int) -> None:
        """A cell of ``row`` was changed in place: the next ``set_documents`` sets the row again."""
        if row < len(self._shown):
            self._shown[row] = None
