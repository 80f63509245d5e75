"""Where an export's bytes go: a file (through the project's one atomic writer) or stdout."""
from __future__ import annotations

import sys

from timeline_app.core.export import atomic_write_text


def write_text_output(output: str, data: str) -> None:
    """Write ``data`` to ``output`` atomically, or to stdout when ``output`` is "-"."""
    if output == "-":
        sys.stdout.write(data)
        sys.stdout.flush()
    else:
        atomic_write_text(output, data)
