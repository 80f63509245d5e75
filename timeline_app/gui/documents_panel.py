"""The open documents, each with its reference date (editable) and where that date came from."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QDateEdit, QHeaderView, QTableWidget, QTableWidgetItem

from timeline_app.core.document import Document


class DocumentsPanel(QTableWidget):
    referenceDateChanged = Signal(str, object)   # path, datetime.date

    def __init__(self, parent=None):
        super().__init__(0, 4, parent)
        self.setHorizontalHeaderLabels(["Document", "Reference date", "From", "Events"])
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        h = self.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        h.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        h.setSectionResizeMode(2, QHeaderView.Stretch)
        h.setSectionResizeMode(3, QHeaderView.ResizeToContents)
        self.setAccessibleName("Documents")
        self._paths: list[str] = []

    def set_documents(self, docs: list[Document], counts: dict[str, int], colours: list | None = None) -> None:
        """One row per document; ``colours`` (QColor per document) mark each as in the timeline's legend."""
        self.setRowCount(len(docs))
        self._paths = [d.path for d in docs]
        for r, d in enumerate(docs):
            name = QTableWidgetItem(d.name)
            name.setToolTip(d.path)
            if colours and r < len(colours):
                swatch = QPixmap(10, 10)
                swatch.fill(colours[r])
                name.setIcon(QIcon(swatch))
            self.setItem(r, 0, name)
            edit = self.cellWidget(r, 1)
            if not isinstance(edit, QDateEdit):
                edit = QDateEdit(self)
                edit.setCalendarPopup(True)
                edit.setDisplayFormat("yyyy-MM-dd")
                edit.setKeyboardTracking(False)
                edit.setMinimumDate(QDate(1, 1, 1))
                edit.dateChanged.connect(lambda qd, e=edit: self._edited(e, qd))
                self.setCellWidget(r, 1, edit)
            edit.blockSignals(True)
            ref = d.reference_date or date.today()
            edit.setDate(QDate(ref.year, ref.month, ref.day))
            edit.blockSignals(False)
            edit.setProperty("path", d.path)
            edit.setAccessibleName(f"Reference date of {d.name}")
            src = QTableWidgetItem(d.reference_source or "")
            src.setToolTip(d.reference_source or "")
            self.setItem(r, 2, src)
            self.setItem(r, 3, QTableWidgetItem(str(counts.get(d.path, 0))))

    def date_edit(self, path: str) -> QDateEdit:
        return self.cellWidget(self._paths.index(path), 1)

    def _edited(self, edit: QDateEdit, qd: QDate) -> None:
        self.referenceDateChanged.emit(edit.property("path"), date(qd.year(), qd.month(), qd.day()))
