"""Projects in the window: File › New, Open, Save, Save As; autosave; recovery after a crash;
closing with unsaved work asks.

The project file itself (SQLite, incremental saves, recovery files) is ``core.project``; this
only asks the user where and whether, and keeps the title honest: the project's name, and ``*``
while anything is unsaved.
"""
from __future__ import annotations

import os

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from timeline_app.core.workspace import Workspace, gc_paused

EXTENSION = ".timeline"
PROJECT_FILTER = f"Timeline projects (*{EXTENSION})"


def _project():
    from timeline_app.core import project

    return project


class ProjectActions(QObject):
    AUTOSAVE_MS = 30_000     # at most this long after an edit before it is on disk

    def __init__(self, win):
        super().__init__(win)
        self.win = win
        self.last_error = ""
        self.recovery_box: QMessageBox | None = None
        self._source_check = None       # (Workspace, Future) while an opened project's files are checked
        self._source_timer: QTimer | None = None
        self.act_new = self._act("&New project", self.new_project, [QKeySequence.New, "Ctrl+N"])
        self.act_save = self._act("&Save project", self.save, [QKeySequence.Save, "Ctrl+S"])
        self.act_save_as = self._act("Save project &as…", self.save_as, ["Ctrl+Shift+S"])
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(self.AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        win.wsm.changed.connect(self._changed)
        win.wsm.undo_stack.cleanChanged.connect(self._stack_moved)
        win.wsm.undo_stack.indexChanged.connect(self._stack_moved)

    def _act(self, text, slot, keys) -> QAction:
        return self.win._action(text, slot, keys)

    # ---- title --------------------------------------------------------------------------------
    def project_name(self) -> str:
        ws = self.win.ws
        if ws.path:
            return os.path.basename(ws.path)
        n = ws.document_count      # (not the list of 10,000 documents at every change)
        return ws.documents[0].name if n == 1 else f"{n} documents" if n else "Untitled"

    def _stack_moved(self, *_args) -> None:
        try:
            self.update_title()
        except RuntimeError:     # the window is being destroyed (its undo stack clears itself)
            pass

    def update_title(self) -> None:
        star = "*" if self.win.wsm.is_modified() else ""
        self.win.setWindowTitle(f"{self.project_name()}{star} — Timeline")

    def _changed(self, change) -> None:
        if change.kind == "documents_added" and self.win.is_loading():
            return      # a load's batches: the title follows at each of its view updates (~1,250 calls)
        self.update_title()
        # Autosave what the user did (edits, their undo and redo, re-resolved documents): opened
        # articles alone are opened again in a moment, and writing thousands of them into a
        # recovery file would hold the window up.
        if change.kind in ("edit", "undo", "redo", "document_changed", "document_removed"):
            self.autosave_timer.start()

    # ---- new, open, save ----------------------------------------------------------------------
    def ask_then(self, doing: str, proceed) -> None:
        """Run ``proceed()`` now when nothing would be lost; else ask first (Save / Discard /
        Cancel) without blocking: Save saves then proceeds, Discard proceeds, Cancel does nothing."""
        if not self.win.wsm.has_work_to_lose() or not self.win.ws.documents:
            proceed()
            return
        box = QMessageBox(QMessageBox.Question, "Unsaved changes",
                          f"Save the changes to {self.project_name()} before {doing}?",
                          QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, self.win)
        box.setDefaultButton(QMessageBox.Save)
        box.setAttribute(Qt.WA_DeleteOnClose)
        self.win._question = box          # tests answer it as a user does

        def answered(button):
            self.win._question = None
            role = box.standardButton(button)
            if role == QMessageBox.Save and self.save():
                proceed()
            elif role == QMessageBox.Discard:
                self.win.wsm.mark_saved()     # the user chose to drop them
                proceed()
        box.buttonClicked.connect(answered)
        box.open()

    def new_project(self) -> None:
        self.ask_then("starting a new project", self._new)

    def _new(self) -> None:
        self.win.cancel_loading()
        self._discard_recovery()
        self.win.set_workspace(Workspace(mode=self.win.mode, reference_date=self.win.reference_date))

    def open_project(self, path: str) -> bool:
        """Open a project: its events are shown at once; the source files are checked (read and
        hashed, seconds at 10,000 documents) by a worker thread afterwards, and a missing or
        changed one is reported when found (``checking_sources`` while that runs)."""
        # One bulk operation: the cyclic collector's full passes over the project's hundreds of
        # thousands of new objects cost more than the building itself (see ``gc_paused``).
        with gc_paused():
            try:
                ws = Workspace.open(path, check_sources=False)
            except Exception as e:      # ProjectError (damaged, foreign, newer), OSError: one line
                self.win._show_errors([(path, _reason(e))])
                return False
            self._discard_recovery()
            self.win.set_workspace(ws)
        self.win.remember_dir(path)
        self.win._add_recent([path])
        self._check_sources_later(ws)
        return True

    def checking_sources(self) -> bool:
        """Whether an opened project's source files are still being checked."""
        return self._source_check is not None

    def _check_sources_later(self, ws: Workspace) -> None:
        from concurrent.futures import ThreadPoolExecutor

        from timeline_app.core.project import source_status

        states = list(ws.document_states())     # a snapshot: the thread only reads paths and hashes
        pool = ThreadPoolExecutor(1, thread_name_prefix="source-check")
        future = pool.submit(lambda: {st.doc_id: source_status(st) for st in states})
        pool.shutdown(wait=False)
        self._source_check = (ws, future)
        if self._source_timer is None:
            self._source_timer = QTimer(self)
            self._source_timer.setInterval(50)
            self._source_timer.timeout.connect(self._sources_checked)
        self._source_timer.start()

    def _sources_checked(self) -> None:
        ws, future = self._source_check or (None, None)
        if future is not None and not future.done():
            return
        self._source_timer.stop()
        self._source_check = None
        if future is None or ws is not self.win.ws:
            return                      # another project was opened meanwhile
        try:
            found = future.result()
        except Exception as e:          # noqa: BLE001 - a check that failed says so, once
            self.win._show_errors([(ws.path or "", f"the source files could not be checked ({e})")])
            return
        known = {st.doc_id for st in ws.document_states()}
        bad = ws.set_source_status({did: v for did, v in found.items() if did in known})
        if bad:
            self.win._show_errors([(st.path, st.message or st.status) for st in bad])

    def save(self) -> bool:
        if not self.win.ws.path:
            return self.save_as()
        return self._save(None)

    def save_as(self) -> bool:
        ws = self.win.ws
        name = os.path.basename(ws.path) if ws.path else (
            os.path.splitext(ws.documents[0].name)[0] + EXTENSION if ws.documents else "untitled" + EXTENSION)
        path, _ = QFileDialog.getSaveFileName(self.win, "Save project", self.win.dialog_dir(name), PROJECT_FILTER)
        if not path:
            return False
        if not path.endswith(EXTENSION):
            path += EXTENSION
        self.win.remember_dir(path)
        return self._save(path)

    def _save(self, path: str | None) -> bool:
        self.win._add_arrived()   # a load's documents delivered but not yet added go in the file too
        try:
            where = self.win.ws.save(path)
        except Exception as e:
            self.win._show_errors([(path or self.win.ws.path or "project", _reason(e))])
            return False
        self.win.wsm.mark_saved()
        self.autosave_timer.stop()
        self.update_title()
        self.win._add_recent([where])
        self.win.statusBar().showMessage(f"Saved {where}", 5000)
        return True

    # ---- autosave and recovery ----------------------------------------------------------------
    def autosave(self) -> str | None:
        """Into the project when it has one (only what changed), else into a recovery file."""
        if self.win.is_loading():
            self.autosave_timer.start()
            return None
        try:
            where = _project().autosave(self.win.ws)
        except Exception as e:
            self.last_error = _reason(e)
            self.win.statusBar().showMessage(f"Autosave failed: {self.last_error}", 10000)
            return None
        if where and self.win.ws.path and os.path.abspath(where) == os.path.abspath(self.win.ws.path):
            self.win.wsm.mark_saved()
            self.update_title()
        return where

    def _discard_recovery(self) -> None:
        try:
            _project().discard_recovery(self.win.ws)
        except Exception:
            pass

    def offer_recovery(self) -> None:
        """After a crash: offer the newest recovery file left by a session that did not end well."""
        try:
            found = _project().recovery_files()
        except Exception:
            return
        if not found:
            return
        rec = found[0]
        box = QMessageBox(QMessageBox.Question, "Recover unsaved work?",
                          f"The last session ended without saving ({rec['documents']} document(s), autosaved "
                          f"{rec['saved'][:19].replace('T', ' ')}). Recover that work?",
                          QMessageBox.Yes | QMessageBox.Discard | QMessageBox.Ignore, self.win)
        box.setDefaultButton(QMessageBox.Yes)
        box.setAttribute(Qt.WA_DeleteOnClose)
        self.recovery_box = box

        def answered(button):
            role = box.standardButton(button)
            if role == QMessageBox.Yes:
                self.recover(rec["path"])
            elif role == QMessageBox.Discard:
                for r in found:
                    try:
                        os.unlink(r["path"])
                    except OSError:
                        pass
        box.buttonClicked.connect(answered)
        box.open()

    def recover(self, path: str) -> bool:
        """Open a recovery file as unsaved work (Save asks where to keep it) and remove the file."""
        try:
            ws = Workspace.open(path)
        except Exception as e:
            self.win._show_errors([(path, _reason(e))])
            return False
        if ws.store is not None:
            ws.store.close()
        ws.store, ws.path = None, None
        self.win.set_workspace(ws)
        self.win.wsm._outside_undo = True       # recovered work is not saved anywhere yet
        try:
            os.unlink(path)
        except OSError:
            pass
        self.update_title()
        self.autosave_timer.start()
        return True

    def close_cleanly(self) -> None:
        """Closing after the user chose: no recovery file is left behind."""
        self.autosave_timer.stop()
        self._discard_recovery()


def _reason(e: Exception) -> str:
    reason = getattr(e, "reason", None)
    return str(reason or e).splitlines()[0] if str(reason or e) else type(e).__name__
