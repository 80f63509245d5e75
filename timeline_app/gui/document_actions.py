"""The Documents tab's actions: news / narrative per document (re-resolved, undoable) and
removing a document (asked first: it cannot be undone), from its right-click menu."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMenu, QMessageBox

from timeline_app.core.workspace import WorkspaceError


class DocumentActions(QObject):
    def __init__(self, win):
        super().__init__(win)
        self.win = win
        win.documents.setContextMenuPolicy(Qt.CustomContextMenu)
        win.documents.customContextMenuRequested.connect(self.menu)

    def remove_document(self, path: str | None = None) -> None:
        """Take a document and its events out of the project (asks first: it cannot be undone)."""
        panel = self.win.documents
        if path is None and self.win.tabs.currentWidget() is panel and panel.currentRow() >= 0:
            path = self.path_at(panel.currentRow())
        if path is None and 0 <= self.win._selected < len(self.win.frame):
            path = str(self.win.frame.iloc[self.win._selected]["document"])
        d = self.win.doc(path) if path else None
        if d is None:
            self.win.statusBar().showMessage("Select a document (Documents tab) or one of its events first", 6000)
            return
        n = int((self.win.frame["document"] == d.path).sum()) if len(self.win.frame) else 0
        box = QMessageBox(QMessageBox.Question, "Remove document",
                          f"Remove {d.name} and its {n} event(s) from the project? Your edits on them go too; "
                          "this cannot be undone.", QMessageBox.Yes | QMessageBox.Cancel, self.win)
        box.setAttribute(Qt.WA_DeleteOnClose)
        self.win._question = box

        def answered(button):
            self.win._question = None
            if box.standardButton(button) == QMessageBox.Yes:
                self.win.ws.remove_document(d.path)
                self.win.statusBar().showMessage(f"Removed {d.name}", 5000)
        box.buttonClicked.connect(answered)
        box.open()

    def path_at(self, row: int) -> str | None:
        """The path of the Documents tab's row ``row``."""
        it = self.win.documents.item(row, 0)
        return it.toolTip() if it is not None else None

    def menu(self, pos) -> None:
        row = self.win.documents.rowAt(pos.y())
        path = self.path_at(row) if row >= 0 else None
        if path is None:
            return
        self.win.documents.selectRow(row)
        menu = QMenu(self.win)
        menu.setAttribute(Qt.WA_DeleteOnClose)
        current = next((st.mode for st in self.win.ws.document_states() if st.path == path), "auto")
        for mode, label in (("news", "News (relative dates from the publication date)"),
                            ("narrative", "Narrative (relative dates from the story's own dates)"),
                            ("auto", "Decide by itself (auto)")):
            a = menu.addAction(label, lambda m=mode: self.set_document_mode(path, m))
            a.setCheckable(True)
            a.setChecked(mode == current)
        menu.addSeparator()
        menu.addAction("Remove document…", lambda: self.remove_document(path))
        self.win.edit.menu = menu
        menu.popup(self.win.documents.viewport().mapToGlobal(pos))

    def set_document_mode(self, path: str, mode: str) -> None:
        """News or narrative for one document: its events are resolved again (undoable)."""
        try:
            self.win.ws.set_mode(path, mode)
        except WorkspaceError as e:
            self.win.statusBar().showMessage(str(e), 8000)

