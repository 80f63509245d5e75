"""Work around PySide6 builds whose void methods drop a reference to ``None``.

PySide6/shiboken6 6.12.0 (abi3 wheels) returns ``None`` from every void method
(``QPainter.setPen``, ``drawRect``, ``QWidget.setVisible``, ...) without taking a reference:
on CPython 3.12+ ``None`` is immortal so nothing happens, but on 3.11 each call lowers
``None``'s reference count by one, and after a few thousand calls (a few repaints) the
interpreter aborts with "Fatal Python error: none_dealloc: deallocating None".

``guard()`` measures whether this Qt binding has the defect and, only then and only on
CPython < 3.12, makes ``None`` effectively immortal the way 3.12 does: it adds 2**48 to its
reference count (an extra count on None is harmless; it is never freed anyway).
"""
from __future__ import annotations

import ctypes
import sys

_DONE = False


def binding_drops_none() -> bool:
    from PySide6.QtGui import QColor

    c = QColor(0, 0, 0)
    before = sys.getrefcount(None)
    for _ in range(64):
        c.setAlphaF(0.5)
    return sys.getrefcount(None) < before - 32


def guard() -> bool:
    """Apply the workaround if needed; returns True when it was applied."""
    global _DONE
    if _DONE or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    _DONE = True
    if not binding_drops_none():
        return False
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 48
    return True
