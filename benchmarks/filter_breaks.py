"""A filter on a timeline of 100,000 events with long empty stretches (``timeline_scale.py
--gaps``): the CPU of ``set_mask`` itself (the keystroke's own work) and until the filtered
events are drawn (their breaks found and their level laid out between frames).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/filter_breaks.py [N]

Prints CPU times (``time.process_time``: the machine may be shared). No targets asserted.
"""
from __future__ import annotations

import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import numpy as np  # noqa: E402


def main(n: int = 100_000) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from timeline_scale import synthetic_events
    from timeline_app.gui.timeline_view import TimelineView

    app = QApplication.instance() or QApplication([])
    df = synthetic_events(n, gaps=True)
    docs = [(p, os.path.basename(p), None) for p in dict.fromkeys(df["document"])]
    v = TimelineView()
    v.setAttribute(Qt.WA_DontShowOnScreen)
    v.resize(1400, 520)
    v.show()
    app.processEvents()
    v.set_events(df, docs)
    v.fit_all()
    v.render_image()
    rng = np.random.default_rng(0)
    own, drawn = [], []
    for k in range(12):          # twelve filters never seen before, each a random share of the rows
        mask = rng.random(len(df)) < (0.3 + 0.05 * k)
        c = time.process_time()
        v.set_mask(mask)
        own.append(time.process_time() - c)
        c = time.process_time()
        while getattr(v, "_mask_job", None) is not None:
            app.processEvents()
        v.render_image()
        drawn.append(time.process_time() - c + own[-1])
    print(f"{n:,} events, 12 filters: set_mask CPU median {statistics.median(own) * 1e3:.1f} ms, "
          f"max {max(own) * 1e3:.1f} ms; until drawn median {statistics.median(drawn) * 1e3:.1f} ms, "
          f"max {max(drawn) * 1e3:.1f} ms; {len(v.breaks())} break(s) drawn")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    main(int(args[0]) if args else 100_000)
