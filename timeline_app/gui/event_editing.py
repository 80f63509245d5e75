"""Editing events from the window: the Edit menu, the context menus, the in-place headline editor.

Every gesture becomes one Workspace edit (``ws.delete``, ``ws.set_headline``...), which the
Workspace hands to the window's undo stack (``WorkspaceModel``): Edit › Undo / Redo undo exactly
what the user did, and the views follow the Workspace's change notices.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu, QWidget

from timeline_app.core.workspace import WorkspaceError
from timeline_app.gui.date_dialog import RESET, DateDialog
from timeline_app.gui.event_table_model import COL_HEADLINE
from timeline_app.gui.timeline_view import tag_list


class InlineEditor(QLineEdit):
    """A one-line editor laid over the timeline: Enter keeps the text, Escape drops it."""

    committed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setAccessibleName("Headline")
        self._done = False
        self.editingFinished.connect(self._finish)

    def keyPressEvent(self, e):
        if e.key() == Qt.Key_Escape:
            self._done = True
            self.cancelled.emit()
            self.hide()
            self.deleteLater()
            return
        super().keyPressEvent(e)

    def _finish(self) -> None:
        if self._done:
            return
        self._done = True
        self.committed.emit(self.text())
        self.hide()
        self.deleteLater()


class EventEditing(QObject):
    """The editing actions of a MainWindow (``win``), and the dialogs they open."""

    def __init__(self, win):
        super().__init__(win)
        self.win = win
        self.menu: QMenu | None = None           # the context menu shown last (tests look at it)
        self.dialog = None                       # the editing dialog open now, if any
        self.inline: InlineEditor | None = None
        stack = win.wsm.undo_stack
        self.act_undo = stack.createUndoAction(win, "&Undo")
        self.act_undo.setShortcuts([QKeySequence("Ctrl+Z")])
        self.act_redo = stack.createRedoAction(win, "&Redo")
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for a in (self.act_undo, self.act_redo):
            win.addAction(a)
        act = self._act
        # Delete / Backspace act where events are shown (not while typing in a text field).
        self.act_delete = act("&Delete event", self.delete_or_restore, ["Delete", "Backspace"], local=True)
        self.act_headline = act("Edit &headline", self.edit_headline, ["F2"])
        self.act_date = act("Change &date…", self.edit_date, ["Ctrl+D"])
        self.act_note = act("&Note…", self.edit_note, ["Ctrl+Shift+N"])
        self.act_tags = act("&Tags…", self.edit_tags, ["Ctrl+T"])
        self.act_star = act("&Star", self.toggle_star, ["Ctrl+B"])
        self.act_confirm = act("&Confirm", self.confirm)
        self.act_merge = act("&Merge selected events", self.merge_selected, ["Ctrl+M"])
        self.act_merge_suggested = act("Merge with the &suggested", self.merge_suggested)
        self.act_split = act("S&plit into its mentions", self.split, ["Ctrl+Shift+M"])
        self.act_add = act("&Add event from the selected text", self.add_from_selection, ["Ctrl+Shift+A"])
        self.act_source = act("Show &source", lambda: win.show_source(win.selected_row()))
        win.timeline.eventDoubleClicked.connect(self._double_clicked)
        win.model.headlineEdited.connect(self._table_headline)
        for view in (win.timeline, win.table):
            view.setContextMenuPolicy(Qt.CustomContextMenu)
            view.customContextMenuRequested.connect(lambda pos, v=view: self.context_menu(v, pos))
        src = win.source.text
        src.setContextMenuPolicy(Qt.CustomContextMenu)
        src.customContextMenuRequested.connect(self._source_menu)
        src.selectionChanged.connect(self.update_actions)
        win.selectionChanged.connect(lambda _row: self.update_actions())
        win.eventsChanged.connect(self.update_actions)
        self.update_actions()

    def _act(self, text, slot, keys=(), local=False) -> QAction:
        a = QAction(text, self.win)
        a.triggered.connect(slot)
        if keys:
            a.setShortcuts([QKeySequence(k) for k in keys])
        if local:
            a.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            for view in (self.win.timeline, self.win.table, self.win.undated):
                view.addAction(a)
        else:
            self.win.addAction(a)
        return a

    def edit_actions(self) -> list[QAction | None]:
        """The Edit menu, in order (None: a separator)."""
        return [self.act_undo, self.act_redo, None, self.act_headline, self.act_date, self.act_note, self.act_tags,
                self.act_star, self.act_confirm, None, self.act_merge, self.act_merge_suggested, self.act_split,
                self.act_add, None, self.act_delete]

    # ---- the event being edited ---------------------------------------------------------------
    def _row(self):
        r = self.win.selected_row()
        return None if r < 0 or r >= len(self.win.frame) else self.win.frame.iloc[r]

    def event_id(self) -> str | None:
        row = self._row()
        return None if row is None else str(row["event_id"])

    def update_actions(self) -> None:
        row = self._row()
        has = row is not None
        for a in (self.act_delete, self.act_headline, self.act_date, self.act_note, self.act_tags, self.act_star,
                  self.act_confirm, self.act_source):
            a.setEnabled(has)
        deleted = has and row.get("status") == "deleted"
        self.act_delete.setText("&Restore event" if deleted else "&Delete event")
        self.act_star.setText("Un&star" if has and row.get("starred") else "&Star")
        self.act_confirm.setEnabled(has and row.get("status") == "auto")
        self.act_split.setEnabled(has and int(row.get("n_mentions", 1) or 1) > 1)
        self.act_merge.setEnabled(len(self.win.selected_keys()) >= 2)
        self.act_merge_suggested.setEnabled(has and int(row.get("suggested", 0) or 0) > 0)
        self.act_add.setEnabled(self.win.source.selection_offsets() is not None)

    def _do(self, fn, *args, reselect: str | None = None):
        """Run one Workspace edit; a refusal (WorkspaceError) is one line in the status bar."""
        try:
            out = fn(*args)
        except WorkspaceError as e:
            self.win.statusBar().showMessage(str(e), 8000)
            return None
        if reselect:
            self.win.select_key(reselect)
        self.update_actions()
        return out

    # ---- the edits ----------------------------------------------------------------------------
    def delete_or_restore(self) -> None:
        row = self._row()
        if row is None:
            return
        eid = str(row["event_id"])
        if row.get("status") == "deleted":
            self._do(self.win.ws.restore, eid, reselect=eid)
            return
        # Like a mail client: the next event in time is selected, so Delete can be pressed again.
        nxt = self.win.timeline.neighbour_row(1)
        if nxt == self.win.selected_row():
            nxt = self.win.timeline.neighbour_row(-1)
        nxt_key = self.win.key_of_row(nxt) if nxt >= 0 and nxt != self.win.selected_row() else None
        self._do(self.win.ws.delete, eid)
        if nxt_key is not None:
            self.win.select_key(nxt_key)
        self.win.statusBar().showMessage("Deleted — Ctrl+Z brings it back; the “Deleted” status filter "
                                         "lists deleted events", 8000)

    def confirm(self) -> None:
        eid = self.event_id()
        if eid:
            self._do(self.win.ws.confirm, eid, reselect=eid)

    def toggle_star(self) -> None:
        row = self._row()
        if row is not None:
            eid = str(row["event_id"])
            self._do(self.win.ws.set_starred, eid, not bool(row.get("starred")), reselect=eid)

    def set_headline(self, eid: str, text: str) -> None:
        text = text.strip()
        if not text:
            return
        if text != str(self.win.ws.event(eid)["headline"]):
            self._do(self.win.ws.set_headline, eid, text, reselect=eid)

    def _table_headline(self, frame_row: int, text: str) -> None:
        if 0 <= frame_row < len(self.win.frame):
            eid = str(self.win.frame.iloc[frame_row]["event_id"])
            # After the table has closed its editor: the edit rebuilds the table's model.
            QTimer.singleShot(0, self, lambda: self.set_headline(eid, text))

    def edit_headline(self) -> None:
        """F2: edit the headline where the event is, in the table (when it has the focus) or on
        the timeline."""
        row = self.win.selected_row()
        if row < 0:
            return
        w = self.win
        if w.table.hasFocus() or w.table.isAncestorOf(w.focusWidget()):
            pix = w.proxy.mapFromSource(w.model.index_of_frame_row(row, COL_HEADLINE))
            if pix.isValid():
                w.table.setCurrentIndex(pix)
                w.table.edit(pix)
                return
        self.edit_headline_inline(row)

    def _double_clicked(self, row: int) -> None:
        self.win.select_row(row, origin="timeline")
        self.edit_headline_inline(row)

    def edit_headline_inline(self, row: int) -> None:
        w = self.win
        tl = w.timeline
        rect = tl.event_rect(row)
        if rect is None:
            w.zoom_to_selection()
            rect = tl.event_rect(row)
        if rect is None:        # undated: the table is where it is edited
            pix = w.proxy.mapFromSource(w.model.index_of_frame_row(row, COL_HEADLINE))
            if pix.isValid():
                w.tabs.setCurrentIndex(0)
                w.table.edit(pix)
            return
        eid = str(w.frame.iloc[row]["event_id"])
        if self.inline is not None:
            self.inline.cancelled.emit()
        ed = InlineEditor(tl.viewport())
        ed.setText(str(w.ws.event(eid)["headline"]))
        x = rect.left() + 4 if rect.width() > tl.MARKER else rect.right() + 4
        x = max(2.0, min(x, tl.viewport().width() - 200.0))
        width = min(560.0, tl.viewport().width() - x - 8)
        h = ed.sizeHint().height()
        ed.setGeometry(int(x), int(rect.center().y() - h / 2), int(width), h)
        ed.committed.connect(lambda text: self.set_headline(eid, text))
        ed.destroyed.connect(lambda *_: setattr(self, "inline", None))
        ed.show()
        ed.selectAll()
        ed.setFocus(Qt.OtherFocusReason)
        self.inline = ed

    def edit_date(self) -> None:
        row = self._row()
        if row is None:
            return
        eid = str(row["event_id"])
        ref = row.get("reference_date") or None
        ref = date.fromisoformat(ref) if isinstance(ref, str) and ref else None
        edited = "when" in self.win.ws.fields_of(eid)
        dlg = DateDialog(row, ref, edited, self.win)
        dlg.setAttribute(Qt.WA_DeleteOnClose)

        def done():
            v = dlg.value()
            if v == RESET:
                self._do(self.win.ws.set_when, eid, None, reselect=eid)
            elif v:
                self._do(self.win.ws.set_when, eid, v, reselect=eid)
        dlg.accepted.connect(done)
        dlg.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dlg
        dlg.open()

    def _text_dialog(self, title: str, label: str, text: str, multiline: bool, apply) -> None:
        dlg = QInputDialog(self.win)
        dlg.setWindowTitle(title)
        dlg.setLabelText(label)
        if multiline:
            dlg.setOption(QInputDialog.UsePlainTextEditForTextInput)
        dlg.setTextValue(text)
        dlg.setAttribute(Qt.WA_DeleteOnClose)
        dlg.textValueSelected.connect(apply)
        dlg.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dlg
        dlg.open()

    def edit_note(self) -> None:
        row = self._row()
        if row is None:
            return
        eid = str(row["event_id"])
        self._text_dialog("Note", f"Note on “{_short(row.get('headline'))}”:", str(row.get("note") or ""), True,
                          lambda text: self._do(self.win.ws.set_note, eid, text, reselect=eid))

    def all_tags(self) -> list[str]:
        f = self.win.ws.events
        return sorted({t for tg in f["tags"].tolist() for t in tag_list(tg)}, key=str.lower) if len(f) else []

    def edit_tags(self) -> None:
        row = self._row()
        if row is None:
            return
        eid = str(row["event_id"])
        known = self.all_tags()
        label = "Tags, separated by commas" + (f" (in use: {', '.join(known[:12])})" if known else "") + ":"
        self._text_dialog("Tags", label, ", ".join(tag_list(row.get("tags"))), False,
                          lambda text: self._do(self.win.ws.set_tags, eid,
                                                [t for t in text.split(",") if t.strip()], reselect=eid))

    def merge_selected(self) -> None:
        keys = self.win.selected_keys()
        eids = list(dict.fromkeys(str(self.win.frame.iloc[self.win.row_of_key(k)]["event_id"]) for k in keys
                                  if self.win.row_of_key(k) >= 0))
        if len(eids) < 2:
            self.win.statusBar().showMessage("Select two events or more in the table (Ctrl+click) to merge them", 8000)
            return
        self._do(self.win.ws.merge, eids, reselect=eids[0])

    def merge_suggested(self) -> None:
        eid = self.event_id()
        if eid is None:
            return
        for sug in self.win.ws.suggestions():
            if eid in sug.event_ids:
                self._do(self.win.ws.merge, [eid] + [e for e in sug.event_ids if e != eid], reselect=eid)
                return
        self.win.statusBar().showMessage("No other source is suggested for this event", 6000)

    def split(self) -> None:
        eid = self.event_id()
        if eid:
            self._do(self.win.ws.split, eid, reselect=eid)

    def add_from_selection(self) -> None:
        src = self.win.source
        sel = src.selection_offsets()
        path = src.document_path()
        if sel is None or path is None or sel[0] >= sel[1]:
            self.win.statusBar().showMessage("Select the words of a date in the source text first", 6000)
            return
        eid = self._do(self.win.ws.add_event, path, sel[0], sel[1])
        if eid:
            self.win.select_key(eid)
            self.win.statusBar().showMessage("Event added — F2 edits its headline, Ctrl+D its date", 8000)

    # ---- context menus ------------------------------------------------------------------------
    def context_menu(self, view: QWidget, pos: QPoint) -> QMenu | None:
        """Right click on the timeline or the table: select what is under the pointer, then offer
        the edits for it. The menu pops up without blocking."""
        w = self.win
        row = -1
        if view is w.timeline:
            hit = w.timeline.item_at(pos)
            if hit is not None and hit[0] == "event":
                row = hit[1]
        else:
            ix = w.table.indexAt(pos)
            row = w.row_of_index(ix)
        if row >= 0 and row not in [w.row_of_key(k) for k in w.selected_keys()]:
            w.select_row(row, origin="context")
        if w.selected_row() < 0:
            return None
        self.update_actions()
        menu = QMenu(w)
        menu.setAttribute(Qt.WA_DeleteOnClose)
        head = menu.addAction(_short(self._row().get("headline"), 60))
        head.setEnabled(False)
        menu.addSeparator()
        for a in (self.act_headline, self.act_date, self.act_note, self.act_tags, self.act_star, self.act_confirm):
            menu.addAction(a)
        menu.addSeparator()
        for a in (self.act_merge, self.act_merge_suggested, self.act_split):
            if a.isEnabled():
                menu.addAction(a)
        menu.addAction(self.act_delete)
        menu.addSeparator()
        menu.addAction(self.act_source)
        self.menu = menu
        menu.popup(view.viewport().mapToGlobal(pos) if hasattr(view, "viewport") else view.mapToGlobal(pos))
        return menu

    def _source_menu(self, pos: QPoint) -> None:
        src = self.win.source.text
        menu = src.createStandardContextMenu(pos)
        self.update_actions()
        first = menu.actions()[0] if menu.actions() else None
        menu.insertAction(first, self.act_add)
        menu.insertSeparator(first)
        menu.setAttribute(Qt.WA_DeleteOnClose)
        self.menu = menu
        menu.popup(src.viewport().mapToGlobal(pos))


def _short(text, limit: int = 50) -> str:
    t = " ".join(str(text or "").split())
    return t if len(t) <= limit else t[: limit - 1] + "…"
