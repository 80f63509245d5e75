"""The installed Qt binding must not free None (PySide6 6.12.0 on Python 3.11 does; the project pins <6.12)."""
import subprocess
import sys

CODE = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
import timeline_app.gui  # refuses a binding that frees None
from PySide6.QtWidgets import QApplication
from PySide6.QtGui import QImage, QPainter, QColor
from PySide6.QtCore import QRectF
app = QApplication([])
img = QImage(20, 20, QImage.Format_ARGB32)
p = QPainter(img)
c = QColor("red")
for _ in range(100_000):   # far more void calls than None has references
    p.setPen(c)
    p.drawRect(QRectF(1, 1, 5, 5))
p.end()
print("ok")
"""


def test_many_painter_calls_do_not_crash_the_interpreter():
    r = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]
    assert r.stdout.strip() == "ok"


def test_the_check_detects_a_binding_that_frees_none(monkeypatch):
    import pytest
    from timeline_app.gui import _binding_check

    monkeypatch.setattr(_binding_check, "binding_drops_none", lambda: True)
    with pytest.raises(_binding_check.BrokenBindingError, match="PySide6-Essentials<6.12"):
        _binding_check.check_binding(version=(3, 11, 7))
    _binding_check.check_binding(version=(3, 12, 0))  # immortal None: nothing to refuse
