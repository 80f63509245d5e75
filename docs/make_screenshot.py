"""Make docs/screenshot.png: the bundled sample as a curated project (tags, a star, a corrected
headline), rendered by the window's own ``--screenshot``.

    .venv/bin/python docs/make_screenshot.py
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile

from timeline_app.cli import SAMPLE
from timeline_app.core.workspace import Workspace

HERE = os.path.dirname(os.path.abspath(__file__))


def curated(path: str) -> str:
    ws = Workspace.from_files([SAMPLE])
    ev = ws.events

    def find(expression: str, word: str) -> str:
        hit = ev[(ev["expression"] == expression) & ev["sentence"].str.contains(word)]
        return str(hit.index[0])
    izyum = find("Saturday", "Izyum")
    ws.set_headline(izyum, "Russian forces pull out of Izyum, pro-Russian sources say")
    ws.set_starred(izyum, True)
    ws.set_tags(izyum, ["front line"])
    ws.set_tags(find("earlier this week", "Kupiansk"), ["front line"])
    ws.set_tags(find("Feb 24", "27,000"), ["background"])
    ws.set_tags(find("Friday", "reinforcements"), ["Russian statements"])
    ws.set_tags(find("Saturday", "Baerbock"), ["diplomacy"])
    return ws.save(path)


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        project = curated(os.path.join(tmp, "kharkiv.timeline"))
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        return subprocess.call([sys.executable, "-m", "timeline_app", project, "--screenshot",
                                os.path.join(HERE, "screenshot.png")], env=env)


if __name__ == "__main__":
    sys.exit(main())
