"""Search every opened article (the project's full-text index, ``Workspace.search``) and jump to
the sentence: the results list in its own tab; choosing one selects the event of that sentence,
or shows the sentence in the source panel when it holds none."""
from __future__ import annotations

import os

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

_HIT = Qt.UserRole


class SearchPanel(QWidget):
    """A search field and the sentences found. ``hitChosen(dict)``: a result of ``ws.search``."""

    hitChosen = Signal(object)

    def __init__(self, search, parent=None):
        super().__init__(parent)
        self._search = search                 # words -> list of hits (Workspace.search)
        self.field = QLineEdit(self)
        self.field.setPlaceholderText("Search all articles (Ctrl+Shift+F), Enter to search")
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName("Search all articles")
        self.summary = QLabel("", self)
        self.results = QListWidget(self)
        self.results.setAccessibleName("Search results")
        self.results.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addWidget(self.field)
        lay.addWidget(self.summary)
        lay.addWidget(self.results)
        self.field.returnPressed.connect(self.run)
        self.results.itemActivated.connect(self._chosen)
        self.results.currentItemChanged.connect(lambda it, _prev: self._chosen(it))

    def run(self, words: str | None = None) -> int:
        """Search for ``words`` (default: the field's text); returns how many sentences were found."""
        if words is not None:
            self.field.setText(words)
        words = self.field.text().strip()
        self.results.blockSignals(True)
        self.results.clear()
        self.results.blockSignals(False)
        if not words:
            self.summary.setText("")
            return 0
        try:
            hits = self._search(words)
        except Exception as e:     # a query the index cannot read: one line, never a traceback
            self.summary.setText(f"Cannot search for that: {str(e).splitlines()[0] if str(e) else type(e).__name__}")
            return 0
        self.results.blockSignals(True)
        for h in hits:
            it = QListWidgetItem(f"{os.path.basename(h['document'])}: {h['snippet']}")
            it.setData(_HIT, h)
            it.setToolTip(h["snippet"])
            self.results.addItem(it)
        self.results.blockSignals(False)
        self.summary.setText(f"{len(hits)} sentence{'s' if len(hits) != 1 else ''} found" if hits else "Not found")
        return len(hits)

    def _chosen(self, item) -> None:
        if item is not None:
            self.hitChosen.emit(item.data(_HIT))
