"""Refuse a Qt binding that frees ``None``.

PySide6/shiboken6 6.12.0 returns ``None`` from every void method (``QPainter.setPen``,
``drawRect``, ...) without taking a reference. On CPython 3.12+ ``None`` is immortal and
nothing happens; on 3.11 each call lowers its count and the interpreter aborts after a few
repaints ("none_dealloc: deallocating None"). The project pins ``PySide6-Essentials<6.12``;
this check turns a binding installed some other way into one clear message instead of a crash.
"""
from __future__ import annotations

import sys


class BrokenBindingError(RuntimeError):
    pass


def binding_drops_none() -> bool:
    from PySide6.QtGui import QColor

    c = QColor(0, 0, 0)
    before = sys.getrefcount(None)
    for _ in range(64):
        c.setAlphaF(0.5)
    return sys.getrefcount(None) < before - 32


def check_binding(version: tuple = sys.version_info) -> None:
    if tuple(version) >= (3, 12) or sys.implementation.name != "cpython":
        return
    if binding_drops_none():
        import PySide6

        raise BrokenBindingError(
            f"PySide6 {PySide6.__version__} frees None on Python {sys.version.split()[0]} and would crash the app; "
            "install PySide6-Essentials<6.12 (pip install 'PySide6-Essentials<6.12') or use Python 3.12+")
