"""The filter bar above the events table: text, document, type, tag, starred and status.

It only edits an ``EventFilter`` value and emits ``changed``; the window applies that one filter
to the timeline, the table and the exports alike (it never touches the selection).
"""
from __future__ import annotations

import os

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QWidget

from timeline_app.core.filters import EventFilter

TIMEX_TYPES = ["DATE", "TIME", "DURATION", "SET"]
STATUS_LABELS = [("", "Not deleted"), ("all", "All, deleted too"), ("deleted", "Deleted"), ("auto", "Found"),
                 ("confirmed", "Confirmed"), ("edited", "Edited"), ("added", "Added")]


class FilterBar(QWidget):
    changed = Signal(object)        # EventFilter

    DEBOUNCE_ROWS = 20_000          # above this many rows, typing waits for a pause before filtering

    def __init__(self, parent=None):
        super().__init__(parent)
        self._filter = EventFilter()
        self._rows = 0
        self.text = QLineEdit(self)
        self.text.setPlaceholderText("Filter events (Ctrl+F)")
        self.text.setClearButtonEnabled(True)
        self.text.setAccessibleName("Filter events")
        self.document = QComboBox(self)
        self.document.setAccessibleName("Filter by document")
        self.document.addItem("All documents", "")
        self.type = QComboBox(self)
        self.type.setAccessibleName("Filter by type")
        self.type.addItem("All types", "")
        for t in TIMEX_TYPES:
            self.type.addItem(t, t)
        self.tag = QComboBox(self)
        self.tag.setAccessibleName("Filter by tag")
        self.tag.addItem("All tags", "")
        self.starred = QCheckBox("★ only", self)
        self.starred.setAccessibleName("Starred only")
        self.starred.setToolTip("Show only starred events")
        self.status = QComboBox(self)
        self.status.setAccessibleName("Filter by status")
        for value, label in STATUS_LABELS:
            self.status.addItem(label, value)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 4)
        for w, stretch in ((self.document, 2), (self.type, 1), (self.tag, 1), (self.starred, 0), (self.status, 1)):
            row.addWidget(w, stretch)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(200)
        self._typing.timeout.connect(self._emit)
        self.text.textChanged.connect(self._text_changed)
        for combo in (self.document, self.type, self.tag, self.status):
            combo.currentIndexChanged.connect(self._emit)
        self.starred.toggled.connect(self._emit)
        self.set_curation(False)

    def value(self) -> EventFilter:
        return self._filter

    def widgets(self) -> list[QWidget]:
        """In tab order."""
        return [self.text, self.document, self.type, self.tag, self.starred, self.status]

    def set_curation(self, on: bool) -> None:
        """Show the tag, starred and status filters (events that have them) or hide them."""
        for w in (self.tag, self.starred, self.status):
            w.setVisible(on)

    def set_documents(self, docs: list[tuple[str, str]]) -> None:
        """(path, name) per open document; the current choice stays when still open. Documents
        added after those shown (a load) are appended, the others left as they are."""
        docs = list(docs)
        shown = getattr(self, "_docs_shown", None)
        if shown is not None and len(docs) >= len(shown) and docs[:len(shown)] == shown:
            for value, name in docs[len(shown):]:
                self.document.addItem(name or os.path.basename(value), value)
        else:
            _refill(self.document, "All documents", docs)
        self._docs_shown = docs

    def add_documents(self, docs: list[tuple[str, str]]) -> None:
        """(path, name) of documents opened after those shown (a load): appended."""
        shown = getattr(self, "_docs_shown", None)
        if shown is None:
            self.set_documents(docs)
            return
        for value, name in docs:
            self.document.addItem(name or os.path.basename(value), value)
        self._docs_shown = shown + list(docs)

    def set_tags(self, tags: list[str]) -> None:
        _refill(self.tag, "All tags", [(t, t) for t in tags])

    def set_row_count(self, n: int) -> None:
        self._rows = n

    def _text_changed(self, _text: str) -> None:
        if self._rows > self.DEBOUNCE_ROWS:
            self._typing.start()
        else:
            self._emit()

    def _emit(self, *_args) -> None:
        self._typing.stop()
        new = EventFilter(text=self.text.text().strip(), document=self.document.currentData() or "",
                          timex_type=self.type.currentData() or "", tag=self.tag.currentData() or "",
                          starred=self.starred.isChecked(),
                          status=self.status.currentData() or "")
        if new != self._filter:
            self._filter = new
            self.changed.emit(new)


def _refill(combo: QComboBox, all_label: str, items: list[tuple[str, str]]) -> None:
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(all_label, "")
    for value, name in items:
        combo.addItem(name or os.path.basename(value), value)
    i = combo.findData(current) if current else 0
    combo.setCurrentIndex(max(0, i))
    combo.blockSignals(False)
    if combo.currentData() != current and current:
        combo.currentIndexChanged.emit(combo.currentIndex())
