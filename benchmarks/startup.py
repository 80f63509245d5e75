"""Time to a painted window with the bundled sample.

1. In-process, imports warm: from creating the window to the first paint of the timeline with
   the sample's events on it (the sample is read and tagged in the loading thread meanwhile).
   Measured for a first window (the tagger's first use included) and a second one. Target < 1 s.
2. For reference, the cold command `timeline-app --screenshot` in a new process (Python start,
   imports, window, load, render, PNG), wall time.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/startup.py
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def time_to_painted_window(app, settings_path: str) -> tuple[float, float]:
    """(seconds to first paint of any kind, seconds to the first paint showing the sample's events)."""
    from PySide6.QtCore import QEvent, QObject, QSettings

    from timeline_app.cli import SAMPLE
    from timeline_app.gui.main_window import MainWindow

    marks: dict[str, float] = {}

    class PaintWatch(QObject):
        def eventFilter(self, obj, ev):
            if ev.type() == QEvent.Paint:
                now = time.perf_counter()
                marks.setdefault("first", now)
                if win.timeline.event_count() and "events" not in marks:
                    # Mark after this paint completes.
                    marks["events_pending"] = now
            return False

    t0 = time.perf_counter()
    win = MainWindow(QSettings(settings_path, QSettings.IniFormat), persist=False)
    watch = PaintWatch()
    win.timeline.viewport().installEventFilter(watch)
    win.resize(1400, 900)
    win.show()
    win.open_files([SAMPLE])
    deadline = t0 + 30
    while "events_pending" not in marks and time.perf_counter() < deadline:
        app.processEvents()
        if "events_pending" not in marks and not win.is_loading() and win.timeline.event_count():
            win.timeline.viewport().repaint()
    app.processEvents()
    done = time.perf_counter()
    win.close()
    win.deleteLater()
    app.processEvents()
    return marks.get("first", done) - t0, done - t0


def main() -> None:
    t = time.perf_counter()
    from PySide6.QtWidgets import QApplication

    import timeline_app.gui.main_window  # noqa: F401  (the window's modules, pandas, the tagger)
    imports = time.perf_counter() - t
    from timeline_app.gui.app import _quiet_offscreen_noise

    _quiet_offscreen_noise()
    app = QApplication.instance() or QApplication([])
    tmp = tempfile.mkdtemp(prefix="timeline-bench-")
    print(f"imports (Qt widgets, pandas, the app's modules): {imports:.3f} s")
    for i in (1, 2):
        first, events = time_to_painted_window(app, os.path.join(tmp, f"s{i}.ini"))
        print(f"window {i}: first paint {first * 1000:.0f} ms, painted with the sample's events "
              f"{events * 1000:.0f} ms  [target < 1000 ms]")
    out = os.path.join(tmp, "shot.png")
    exe = os.path.join(os.path.dirname(sys.executable), "timeline-app")
    cmd = [exe] if os.path.exists(exe) else [sys.executable, "-m", "timeline_app"]
    t = time.perf_counter()
    r = subprocess.run(cmd + ["--screenshot", out], capture_output=True, text=True)
    wall = time.perf_counter() - t
    print(f"cold `timeline-app --screenshot` (new process, everything included): {wall:.2f} s"
          + ("" if r.returncode == 0 else f" (exit {r.returncode}: {r.stderr.strip()[-200:]})"))


if __name__ == "__main__":
    main()
