"""Start the window: ``run(files, ...)``; ``--screenshot`` renders it to a PNG and exits."""
from __future__ import annotations

import os
import sys
from datetime import date

WINDOW_SIZE = (1400, 900)


def display_problem() -> str | None:
    """One line saying why Qt cannot open a window here and what to do, or None when it can."""
    if not sys.platform.startswith("linux"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith(("xcb", "wayland")):
        return None  # offscreen, minimal, vnc, eglfs, ...: no display server needed
    if platform.startswith("wayland"):
        return None if os.environ.get("WAYLAND_DISPLAY") else \
            "no Wayland display (WAYLAND_DISPLAY is not set)"
    if os.environ.get("WAYLAND_DISPLAY") and not platform:
        return None
    if os.environ.get("DISPLAY"):
        return xcb_problem()
    return "no display"


def xcb_problem() -> str | None:
    """Why Qt's X11 plugin cannot load (a system library missing), or None. Qt would abort."""
    import ctypes

    try:
        import PySide6
    except ImportError:
        return None
    plugin = os.path.join(os.path.dirname(PySide6.__file__), "Qt", "plugins", "platforms", "libqxcb.so")
    if not os.path.exists(plugin):
        return None
    try:
        ctypes.CDLL(plugin)
    except OSError as e:
        import re

        m = re.search(r"(lib[\w.+-]+\.so[\w.]*)", str(e).replace(plugin, ""))
        missing = m.group(1) if m else str(e)
        return XCB_HELP.format(missing=missing)
    return None


XCB_HELP = ("timeline-app: DISPLAY is set but Qt's X11 plugin cannot load ({missing} is missing): install the "
            "XCB libraries (Debian/Ubuntu: apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 "
            "libxcb-shape0 libxcb-render-util0 libxcb-image0 libxkbcommon-x11-0), or render without a window "
            "(QT_QPA_PLATFORM=offscreen timeline-app FILE... --screenshot out.png).")


NO_DISPLAY_HELP = ("timeline-app: {why}: cannot open a window. Run it under a virtual display "
                   "(xvfb-run -a timeline-app FILE...), or render without one "
                   "(QT_QPA_PLATFORM=offscreen timeline-app FILE... --screenshot out.png), "
                   "or use `timeline-app export FILE...` / `--table`.")


def _quiet_offscreen_noise() -> None:
    """The offscreen platform warns "does not support propagateSizeHints()" for every window;
    drop that one line, pass every other Qt message on to stderr as usual."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(mode, context, message):
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)
    qInstallMessageHandler(handler)


def run(files: list[str], reference_date: date | None = None, screenshot: str | None = None,
        mode: str = "auto", project: str | None = None) -> int:
    """The window on ``files`` (articles, folders) or on a ``project`` (.timeline) file."""
    if project:
        files = [project] + [f for f in files if f != project]
    if screenshot is None:
        why = display_problem()
        if why:
            print(why if why.startswith("timeline-app:") else NO_DISPLAY_HELP.format(why=why), file=sys.stderr)
            return 2
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    _quiet_offscreen_noise()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("timeline-app")
    app.setOrganizationName("timeline_app")
    from timeline_app.gui.main_window import MainWindow

    if screenshot:
        return _screenshot(app, files, reference_date, screenshot, mode)
    win = MainWindow(QSettings("timeline_app", "timeline_app"), reference_date=reference_date, mode=mode)
    win.show()
    win.open_files(files)
    win.projects.offer_recovery()     # after a crash: the autosaved work, if any
    return app.exec()


def _screenshot(app, files, reference_date, out: str, mode: str) -> int:
    from PySide6.QtCore import QSettings, QSize

    from timeline_app.core.atomic import atomic_write as _atomic
    from timeline_app.gui.main_window import MainWindow

    # A throwaway settings file: screenshots neither read nor change the user's window state.
    import tempfile

    tmp = tempfile.mkdtemp(prefix="timeline-shot-")
    win = MainWindow(QSettings(os.path.join(tmp, "s.ini"), QSettings.IniFormat), reference_date=reference_date,
                     mode=mode, persist=False)
    win.resize(QSize(*WINDOW_SIZE))
    win.show()
    app.processEvents()
    projects = [f for f in files if f.lower().endswith(".timeline")]
    if projects:    # a project: its documents, edits, tags and headlines as saved
        if not win.projects.open_project(projects[0]):
            print(f"error: {projects[0]}: cannot be opened", file=sys.stderr)
            return 2
    else:
        win.load_files_now(files)
    for p, r in win.last_errors:
        print(f"error: {p}: {r}", file=sys.stderr)
    if not win.docs:
        return 2
    win.timeline.fit_all()
    if len(win.frame):
        # Show a real selection: the first dated event, its sentence in the source panel.
        dated = win.frame.index[win.frame["start"].notna()]
        if len(dated):
            win.select_row(int(dated[0]))
    app.processEvents()
    img = win.grab().toImage()

    def write(path):
        if not img.save(path, "PNG"):
            raise OSError("cannot encode PNG")
    try:
        _atomic(out, write)
    except OSError as e:
        print(f"error: {out}: cannot write ({e.strerror or e})", file=sys.stderr)
        return 2
    win.close()
    return 1 if win.last_errors else 0
