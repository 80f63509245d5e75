"""The source panel: the selected event's document, scrolled to its sentence, with the details beside it."""
from __future__ import annotations

import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (QFormLayout, QLabel, QPlainTextEdit, QScrollArea, QSizePolicy, QSplitter, QTextEdit,
                               QVBoxLayout, QWidget)

from timeline_app.core.document import Document
from timeline_app.core.events import with_reference_source


def utf16_offset(text: str, i: int) -> int:
    """Qt counts text positions in UTF-16 code units; Python in code points."""
    prefix = text[:i]
    return i + sum(1 for ch in prefix if ord(ch) > 0xFFFF)


def python_offset(text: str, utf16: int) -> int:
    """The inverse of ``utf16_offset``: a Qt (UTF-16) position in ``text`` as a Python index."""
    if text.isascii():
        return min(utf16, len(text))
    units = 0
    for i, ch in enumerate(text):
        if units >= utf16:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def _interval(start, end) -> str:
    if pd.isna(start):
        return "— (cannot be placed on the timeline)"
    fmt = "%Y-%m-%d %H:%M" if (start.hour or start.minute or (not pd.isna(end) and (end.hour or end.minute))) \
        else "%Y-%m-%d"
    e = "" if pd.isna(end) else f"{end:{fmt}}"
    return f"[{start:{fmt}}, {e})"


class SourcePanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard)
        self.text.setAccessibleName("Source text")
        self.text.setPlaceholderText("Select an event to see where it comes from.")
        self.text.setLineWrapMode(QPlainTextEdit.WidgetWidth)
        details = QWidget(self)
        form = QFormLayout(details)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.fields: dict[str, QLabel] = {}
        # (eleventh session) what a journalist checks first comes first, above the fold of a
        # 900-pixel window: the date, how it was worked out and from which reference date, and
        # which documents report the event; then the user's own marks and the rest
        for key, title in [("headline", "Headline"), ("expression", "Expression"), ("value", "Value"),
                           ("interval", "Interval"), ("explanation", "How"), ("reference", "Reference date"),
                           ("sources", "Sources"), ("status", "Status"), ("tags", "Tags"), ("note", "Note"),
                           ("granularity", "Granularity"), ("type", "Type"), ("document", "Document")]:
            lab = QLabel("", details)
            lab.setWordWrap(True)
            lab.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)  # wrap to the panel, never widen it
            lab.setTextInteractionFlags(Qt.TextSelectableByMouse)
            form.addRow(title + ":", lab)
            self.fields[key] = lab
        scroll = QScrollArea(self)
        scroll.setWidget(details)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.NoFrame)
        split = QSplitter(Qt.Vertical, self)
        split.addWidget(self.text)
        split.addWidget(scroll)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([240, 160])
        self.splitter = split
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(split)
        self._doc_path: str | None = None
        self._doc_text = ""

    def clear(self) -> None:
        self._doc_path = None
        self._doc_text = ""
        self.text.setPlainText("")
        self.text.setExtraSelections([])
        for lab in self.fields.values():
            lab.setText("")

    def show_event(self, doc: Document, row) -> None:
        """Show ``doc`` scrolled to the event ``row`` (a frame row), its sentence and expression marked."""
        self._mark(doc, int(row["sentence_start"]), int(row["sentence_end"]), int(row["start_char"]),
                   int(row["end_char"]))
        self._show_fields(doc, row)

    def show_span(self, doc: Document, start: int, end: int, mark_start: int, mark_end: int) -> None:
        """Show ``doc`` scrolled to the sentence [start, end) with [mark_start, mark_end) marked (a
        search hit); the details are cleared (no event is selected)."""
        self._mark(doc, start, end, mark_start, mark_end)
        for lab in self.fields.values():
            lab.setText("")
        self.fields["document"].setText(doc.name)

    def _mark(self, doc: Document, s0: int, s1: int, e0: int, e1: int) -> None:
        if doc.path != self._doc_path or doc.text != self._doc_text:
            self.text.setPlainText(doc.text)
            self._doc_path, self._doc_text = doc.path, doc.text
        text = doc.text
        s0, s1 = utf16_offset(text, s0), utf16_offset(text, s1)
        e0, e1 = utf16_offset(text, e0), utf16_offset(text, e1)
        pal = self.palette()
        dark = pal.color(QPalette.Base).lightness() < 128
        sentence_fmt = QTextCharFormat()
        sentence_fmt.setBackground(QColor("#5c5200") if dark else QColor("#fff3b0"))
        expr_fmt = QTextCharFormat()
        expr_fmt.setBackground(QColor("#b8860b") if dark else QColor("#ffc940"))
        expr_fmt.setFontWeight(QFont.Bold)
        expr_fmt.setFontUnderline(True)
        sels = []
        for a, b, fmt in ((s0, s1, sentence_fmt), (e0, e1, expr_fmt)):
            sel = QTextEdit.ExtraSelection()
            cur = QTextCursor(self.text.document())
            cur.setPosition(a)
            cur.setPosition(b, QTextCursor.KeepAnchor)
            sel.cursor = cur
            sel.format = fmt
            sels.append(sel)
        self.text.setExtraSelections(sels)
        cur = QTextCursor(self.text.document())
        cur.setPosition(e0)
        self.text.setTextCursor(cur)
        self.text.centerCursor()

    def _show_fields(self, doc: Document, row) -> None:
        f = self.fields
        f["headline"].setText(("★ " if row.get("starred") else "") + str(row.get("headline") or "—"))
        f["status"].setText(_status(row))
        tags = row.get("tags")
        f["tags"].setText(", ".join(tags) if isinstance(tags, (list, tuple)) and tags else "—")
        f["note"].setText(str(row.get("note") or "—"))
        f["expression"].setText(str(row["expression"]))
        mod = f" (mod {row['mod']})" if row.get("mod") else ""
        f["value"].setText(f"{row['timex_value']}{mod}")
        f["interval"].setText(_interval(row["start"], row["end"]))
        f["granularity"].setText(str(row["granularity"]) or "—")
        f["type"].setText(str(row["timex_type"]))
        f["explanation"].setText(with_reference_source(str(row["explanation"]), doc.reference_source or "") or "—")
        f["document"].setText(doc.name)
        f["reference"].setText(f"{doc.reference_date} ({doc.reference_source})" if doc.reference_date else "none")
        f["sources"].setText(_sources(row, doc))

    def document_path(self) -> str | None:
        """The document shown, if any."""
        return self._doc_path

    def selection_offsets(self) -> tuple[int, int] | None:
        """The text the user selected in the document, as Python offsets (start, end), or None."""
        cur = self.text.textCursor()
        if self._doc_path is None or not cur.hasSelection():
            return None
        a, b = cur.selectionStart(), cur.selectionEnd()
        return python_offset(self._doc_text, a), python_offset(self._doc_text, b)

    def highlighted_sentence(self) -> str:
        sels = self.text.extraSelections()
        return sels[0].cursor.selectedText().replace("\u2029", "\n") if sels else ""

    def marked_expression(self) -> str:
        sels = self.text.extraSelections()
        return sels[1].cursor.selectedText() if len(sels) > 1 else ""


def _count(v) -> int:
    try:
        return int(v)
    except (TypeError, ValueError):
        return 0


def _sources(row, doc: Document) -> str:
    """The documents that report the event ("kettle-recall.txt, second-report.txt: 2 sources"), its
    own first; the document alone when it is the only one."""
    got = row.get("sources")
    paths = [str(p) for p in got] if isinstance(got, (list, tuple)) else []
    if doc.path in paths:
        paths.remove(doc.path)
    names = [doc.name] + [p.replace("\\", "/").rsplit("/", 1)[-1] for p in paths]
    return names[0] if len(names) == 1 else f"{', '.join(names)} ({len(names)} sources)"


def _status(row) -> str:
    """"auto, 2 mentions, 3 sources may agree" and the like."""
    parts = [str(row.get("status") or "—")]
    if _count(row.get("n_mentions")) > 1:
        parts.append(f"{_count(row.get('n_mentions'))} mentions")
    if _count(row.get("n_sources")) > 1:
        parts.append(f"{_count(row.get('n_sources'))} sources")
    if _count(row.get("suggested")) > 0:
        parts.append(f"{_count(row.get('suggested')) + 1} sources may agree (Merge with suggested)")
    return ", ".join(parts)
