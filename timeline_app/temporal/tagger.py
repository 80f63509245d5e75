"""Placeholder until the engine lands."""
from __future__ import annotations

from datetime import date

from timeline_app.temporal.timex import Timex


def tag(text: str, reference_date: date | None, mode: str = "auto") -> list[Timex]:
    return []
