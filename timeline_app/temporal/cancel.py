"""Cooperative cancellation of a long tagging: the caller passes ``cancel``, a cheap callable that
returns True once the work is no longer wanted (a window closed, Cancel pressed); the tagger calls
:func:`check` between bounded steps (each rule, every few dozen match windows, every few hundred
mentions) and :class:`Cancelled` unwinds it, leaving nothing half-made for the caller to keep."""
from __future__ import annotations

from typing import Callable, Optional

CancelCheck = Optional[Callable[[], bool]]


class Cancelled(Exception):
    """The caller's ``cancel()`` returned True: the tagging was abandoned."""


def check(cancel: CancelCheck) -> None:
    if cancel is not None and cancel():
        raise Cancelled()
