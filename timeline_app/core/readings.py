"""The other readings of a resolved date, offered when the user corrects it.

A resolver picks one reading where a text allows several; these are the ones a journalist
checks first:

* a weekday ("Friday") read as the one before the reference date may be the one after it
  (or the other way round): the same weekday a week earlier and a week later;
* a date without a year ("Sept 3", "in March") may be in the year before or after;
* a day may really mean its week ("this week's talks" pinned on one day), and a week its day.

Each reading is a ``(label, value)``: ``value`` is what ``Workspace.set_when`` takes (an ISO date,
``2022-W36``, ``2022-09``). The words (weekday and month names) come from the tagger's lexicon.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

import pandas as pd

WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    from timeline_app.temporal.lang import alternation, lexicon

    lex = lexicon("en")
    weekday = re.compile(r"\b" + alternation(lex["weekdays"]) + r"\b")
    month = re.compile(r"\b" + alternation(lex["months"]) + r"\b")
    return weekday, month


_YEAR = re.compile(r"\b\d{4}\b|['’]\d{2}\b")


def _day(value) -> date | None:
    if value is None or (isinstance(value, float) and value != value) or value is pd.NaT:
        return None
    try:
        return pd.Timestamp(value).date()
    except (ValueError, TypeError):
        return None


def _other_year(d: date, years: int) -> date | None:
    try:
        return d.replace(year=d.year + years)
    except ValueError:          # 29 February in a year without one
        return None


def _week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def readings(expression: str, start, granularity: str, reference_date=None) -> list[tuple[str, str]]:
    """The other readings of an event found as ``expression`` and resolved to ``start`` at
    ``granularity``; ``reference_date`` is its document's (a date, ISO text, or None)."""
    d = _day(start)
    if d is None:
        return []
    weekday, month = _patterns()
    expr = expression or ""
    ref = _day(reference_date) if reference_date else None
    out: list[tuple[str, str]] = []
    if granularity == "day":
        if weekday.search(expr):
            name = WEEKDAY_NAMES[d.weekday()]
            before, after = d - timedelta(days=7), d + timedelta(days=7)
            out += [(f"the {name} before: {before:%a %d %b %Y}", before.isoformat()),
                    (f"the {name} after: {after:%a %d %b %Y}", after.isoformat())]
        if month.search(expr) and not _YEAR.search(expr):
            for years, word in ((-1, "before"), (1, "after")):
                o = _other_year(d, years)
                if o is not None:
                    out.append((f"the year {word}: {o:%a %d %b %Y}", o.isoformat()))
        wk = _week(d)
        monday = d - timedelta(days=d.weekday())
        out.append((f"the week, not the day: {wk} ({monday:%d %b} – {monday + timedelta(days=6):%d %b %Y})", wk))
    elif granularity == "week":
        monday = d - timedelta(days=d.weekday())
        day = ref if ref is not None and monday <= ref < monday + timedelta(days=7) else monday
        out.append((f"the day, not the week: {day:%a %d %b %Y}", day.isoformat()))
        for days, word in ((-7, "before"), (7, "after")):
            o = monday + timedelta(days=days)
            out.append((f"the week {word}: {_week(o)}", _week(o)))
    elif granularity == "month" and month.search(expr) and not _YEAR.search(expr):
        for years, word in ((-1, "before"), (1, "after")):
            out.append((f"the year {word}: {d.year + years}-{d.month:02d}", f"{d.year + years}-{d.month:02d}"))
    return out
