"""Export the timeline as PNG or SVG through the project's one writer (core/atomic.py)."""
from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter

from timeline_app.core.atomic import atomic_write as _atomic


def save_png(view, path: str, size: QSize | None = None) -> None:
    img = view.render_image(size)

    def write(tmp):
        if not img.save(tmp, "PNG"):
            raise OSError(f"cannot write PNG to {path}")
    _atomic(path, write)


def save_svg(view, path: str, size: QSize | None = None) -> None:
    from PySide6.QtSvg import QSvgGenerator

    size = size or view.viewport().size()

    def write(tmp):
        gen = QSvgGenerator()
        gen.setFileName(tmp)
        gen.setSize(size)
        gen.setViewBox(QRectF(0, 0, size.width(), size.height()))
        gen.setTitle("Timeline")
        p = QPainter()
        if not p.begin(gen):
            raise OSError(f"cannot write SVG to {path}")
        try:
            view.paint(p, QRectF(0, 0, size.width(), size.height()))
        finally:
            p.end()
    _atomic(path, write)


def save_image(view, path: str) -> None:
    """PNG or SVG by the file's extension (PNG when it has neither)."""
    if path.lower().endswith(".svg"):
        save_svg(view, path)
    else:
        save_png(view, path)
