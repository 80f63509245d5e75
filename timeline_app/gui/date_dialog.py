"""Correct an event's date: the other readings the resolver could have made, or free entry.

Free entry takes a TIMEX3 / ISO value (``2022-09-03``, ``2022-W36``, ``2022-09``) or words
("Sept 3", "last Friday") read by dateparser against the document's reference date; the
interval it gives is shown as you type, and OK stays off while it cannot be read.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QVBoxLayout)

from timeline_app.core.readings import readings
from timeline_app.core.when import parse_when

RESET = "\x00reset"      # the value of "as the tagger read it"


def describe(w) -> str:
    """One line for a parsed When: value and interval."""
    if w.start is None:
        return f"{w.timex_value} — cannot be placed on the timeline"
    timed = bool(w.start.hour or w.start.minute or (w.end and (w.end.hour or w.end.minute)))
    fmt = "%a %d %b %Y %H:%M" if timed else "%a %d %b %Y"
    if w.end is None:
        return f"{w.timex_value}: {w.start:{fmt}}"
    last = w.end if timed else w.end.fromordinal(w.end.toordinal() - 1)
    same = last.date() == w.start.date() if not timed else w.end == w.start
    return f"{w.timex_value}: {w.start:{fmt}}" + ("" if same else f" – {last:{fmt}}")


class DateDialog(QDialog):
    """``value()`` after accept: a value for ``Workspace.set_when``, or RESET."""

    def __init__(self, row, reference_date: date | None, edited: bool, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Change date")
        self.reference_date = reference_date
        self._value: str | None = None
        head = str(row.get("headline") or row.get("expression") or "")
        lay = QVBoxLayout(self)
        title = QLabel(f"<b>{_esc(head)}</b><br>found as “{_esc(str(row['expression']))}”, now "
                       f"{_esc(str(row['timex_value']))}"
                       + (f" (reference date {reference_date:%a %d %b %Y})" if reference_date else ""), self)
        title.setWordWrap(True)
        lay.addWidget(title)
        lay.addWidget(QLabel("Other readings:", self))
        self.choices = QListWidget(self)
        self.choices.setAccessibleName("Other readings")
        for label, value in readings(str(row["expression"]), row["start"], str(row["granularity"]),
                                     reference_date):
            it = QListWidgetItem(label)
            it.setData(Qt.UserRole, value)
            self.choices.addItem(it)
        if edited:
            it = QListWidgetItem("as the tagger read it (undo the correction)")
            it.setData(Qt.UserRole, RESET)
            self.choices.addItem(it)
        if not self.choices.count():
            self.choices.addItem(QListWidgetItem("(none: type the date below)"))
            self.choices.item(0).setFlags(Qt.NoItemFlags)
        self.choices.setMaximumHeight(22 * min(6, max(2, self.choices.count())) + 8)
        lay.addWidget(self.choices)
        lay.addWidget(QLabel("Or type it (2022-09-03, 2022-W36, 2022-09, Sept 3, last Friday):", self))
        self.entry = QLineEdit(self)
        self.entry.setAccessibleName("Date")
        self.entry.setPlaceholderText("a date, a TIMEX3 value, or words")
        lay.addWidget(self.entry)
        self.preview = QLabel("", self)
        self.preview.setWordWrap(True)
        lay.addWidget(self.preview)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.entry.textChanged.connect(self._typed)
        self.choices.currentItemChanged.connect(self._chosen)
        self.choices.itemDoubleClicked.connect(lambda _it: self.accept() if self._value else None)
        self._update_ok()
        self.resize(520, self.sizeHint().height())

    def _typed(self, text: str) -> None:
        text = text.strip()
        if not text:
            self._value = None
            self.preview.setText("")
        else:
            self.choices.blockSignals(True)
            self.choices.setCurrentRow(-1)
            self.choices.clearSelection()
            self.choices.blockSignals(False)
            try:
                w = parse_when(text, self.reference_date)
            except ValueError as e:
                self._value = None
                self.preview.setText(f"<span style='color:#b00'>{_esc(str(e))}</span>")
            else:
                self._value = text
                self.preview.setText(_esc(describe(w)))
        self._update_ok()

    def _chosen(self, item, _prev=None) -> None:
        if item is None or not item.data(Qt.UserRole):
            return
        self.entry.blockSignals(True)
        self.entry.clear()
        self.entry.blockSignals(False)
        self._value = item.data(Qt.UserRole)
        self.preview.setText("" if self._value == RESET else _esc(describe(parse_when(self._value, self.reference_date))))
        self._update_ok()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(self._value is not None)

    def value(self) -> str | None:
        return self._value


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
