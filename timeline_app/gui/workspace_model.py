"""The Qt side of the headless ``Workspace``: its listener callbacks as a signal, its commands on a
QUndoStack (Edit › Undo / Redo, the window title's ``*``).

The Workspace stays the one owner of the state (documents, events, edits); this wrapper only
relays. Every edit a view makes goes through ``ws`` (``ws.delete(eid)``...): the Workspace builds
its command object and, since ``command_hook`` is set, hands it here; it is applied at once and
pushed on the undo stack, whose undo/redo call ``ws.revert`` / ``ws.apply`` with the same object.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from timeline_app.core.workspace import Command, Workspace


class _UndoCommand(QUndoCommand):
    """One Workspace command on the Qt undo stack. It was applied before being pushed: the push's
    first redo() does nothing."""

    def __init__(self, model: "WorkspaceModel", cmd: Command):
        super().__init__(cmd.text)
        self.model, self.cmd = model, cmd
        self._applied = True

    def redo(self):
        if self._applied:
            self._applied = False
            return
        self.model.ws.apply(self.cmd, "redo")

    def undo(self):
        self.model.ws.revert(self.cmd)


class WorkspaceModel(QObject):
    changed = Signal(object)            # core.workspace.Change
    workspaceReplaced = Signal()        # File › New / Open gave another Workspace

    def __init__(self, ws: Workspace | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.ws: Workspace | None = None
        self._unsubscribe = None
        self.set_workspace(ws or Workspace())

    def set_workspace(self, ws: Workspace) -> None:
        """Show another Workspace (a new or opened project); the undo history starts afresh."""
        if self._unsubscribe is not None:
            self._unsubscribe()
        if self.ws is not None:
            self.ws.command_hook = None
        self.ws = ws
        ws.command_hook = self._push
        self._unsubscribe = ws.subscribe(self._relay)
        self._outside_undo = False
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.workspaceReplaced.emit()

    def _relay(self, change) -> None:
        if change.kind in ("documents_added", "document_removed"):
            self._outside_undo = True      # not on the undo stack, yet unsaved
        self.changed.emit(change)

    def _push(self, cmd: Command) -> None:
        # Apply first: a command that cannot be made (WorkspaceError) raises here, to the caller,
        # and never reaches the stack.
        self.ws.apply(cmd)
        self.undo_stack.push(_UndoCommand(self, cmd))

    def is_modified(self) -> bool:
        """Anything not saved: an edit (undoing back to the save point counts as saved) or a
        document added or removed."""
        return self._outside_undo or not self.undo_stack.isClean()

    def has_work_to_lose(self) -> bool:
        """What closing would lose and the user cannot simply redo by opening the files again: an
        edit, or a project's documents added or removed since it was saved."""
        return not self.undo_stack.isClean() or (self._outside_undo and self.ws.path is not None)

    def mark_saved(self) -> None:
        self._outside_undo = False
        self.undo_stack.setClean()
