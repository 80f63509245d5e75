"""Helpers several writers share: dates cut to their granularity, readable dates, escaping."""
from __future__ import annotations

import html
import re
from datetime import datetime, timedelta

from timeline_app.core.events import DERIVED_RULE
from timeline_app.core.exports.model import ExportBundle, ExportEvent, ExportSource

# Which date fields an event of each granularity has: a month is a month, not its first day.
_FIELDS = {
    "century": ("year",), "decade": ("year",), "year": ("year",),
    "season": ("year", "month"), "quarter": ("year", "month"), "month": ("year", "month"),
    "week": ("year", "month", "day"), "day": ("year", "month", "day"),
    "part-of-day": ("year", "month", "day", "hour"), "hour": ("year", "month", "day", "hour"),
    "minute": ("year", "month", "day", "hour", "minute"),
    "second": ("year", "month", "day", "hour", "minute", "second"),
}
DAY_FIELDS = ("year", "month", "day")


def date_fields(granularity: str) -> tuple[str, ...]:
    return _FIELDS.get(granularity, DAY_FIELDS)


def cut(t: datetime, fields: tuple[str, ...]) -> dict[str, int]:
    return {f: getattr(t, f) for f in fields}


def start_end_fields(e: ExportEvent) -> tuple[dict[str, int], dict[str, int] | None]:
    """The event's first and last covered moment, cut to its granularity; the end is None when
    the event is one unit of it (a day, a month) and says nothing more than the start."""
    fields = date_fields(e.granularity)
    start = cut(e.start, fields)
    if e.end is None or e.end <= e.start:
        return start, None
    last = cut(e.end - timedelta(microseconds=1), fields)   # [start, end): the end is not covered
    return start, (None if last == start else last)


_PLAIN_VALUE = re.compile(r"\d{4}(-\d{2}(-\d{2}(T\d{2}(:\d{2}(:\d{2})?)?)?)?)?$")


def is_vague(e: ExportEvent) -> bool:
    """Approximate or vague: a mod (late, about, the start of), a part of day, a value that is not a
    plain calendar date ("PRESENT_REF", a week, a season), or a stretch of time ("the past two weeks")."""
    if e.date_fixed:
        return False
    return bool(e.mod) or e.granularity == "part-of-day" or e.timex_type == "DURATION" \
        or not _PLAIN_VALUE.match(e.timex_value or "")


_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]


def _one(d: dict[str, int]) -> str:
    if "day" in d:
        s = f"{d['day']} {_MONTHS[d['month'] - 1]} {d['year']}"
    elif "month" in d:
        s = f"{_MONTHS[d['month'] - 1]} {d['year']}"
    else:
        s = str(d["year"])
    if "hour" in d:
        s += f", {d['hour']:02d}:{d.get('minute', 0):02d}"
    return s


def human_when(e: ExportEvent) -> str:
    """The event's date for a reader: "9 September 2022", "September 2022", "5 September 2022 –
    10 September 2022"; "" when undated."""
    if not e.dated:
        return ""
    start, end = start_end_fields(e)
    return _one(start) if end is None else f"{_one(start)} – {_one(end)}"


def open_when(e: ExportEvent, bundle: ExportBundle | None = None) -> str:
    """A span a date bounds (``ExportEvent.open_side``) for a reader: the words that bound it, then
    where it runs, the open side said as open -- "since 2019: from 2019 to the time of writing (12
    October 2023)", "until 2031: from the time of writing (12 October 2023) up to 2031", "as of
    Friday: up to 23 September 2022" -- not "2019 – 2023", which would say it began and ended
    there. "" for any other event. Whether the open side reaches the time of writing is the span's
    own flag (``ExportEvent.writing``, as ``core.events.scope_rows`` made the span), not its end
    date; the time of writing is named by the document's publication date (``bundle``)."""
    if not e.open_side or not e.dated or not e.bound:
        return ""
    start, end = start_end_fields(e)
    doc = bundle.document(e.document) if bundle is not None else None
    ref = doc.reference_date if doc is not None else None
    ref_t = datetime(ref.year, ref.month, ref.day) if ref is not None else None
    writing = f"the time of writing ({_one(cut(ref_t, DAY_FIELDS))})" if ref_t is not None else "the time of writing"
    if e.open_side > 0:
        return f"{e.bound}: from {_one(start)} {f'to {writing}' if e.writing else 'on'}"
    return f"{e.bound}: {f'from {writing} ' if e.writing else ''}up to {_one(end or start)}"


def display_date(e: ExportEvent, bundle: ExportBundle | None = None) -> str:
    """For vague or approximate events, the words of the text and the date they were read as; for a
    span a date bounds, ``open_when``."""
    if e.open_side and e.bound and e.dated:
        return open_when(e, bundle)
    if not is_vague(e) or not e.expression or not e.dated:
        return ""
    if e.rule == DERIVED_RULE:   # the words are an event's ("Shmygal's trip to Berlin"), not a time's
        return f"about {human_when(e)}" if e.mod == "APPROX" else ""
    return f"{e.expression} ({human_when(e)})"


def marked_sentence_html(s: ExportSource) -> str:
    """The sentence as HTML with the expression in <mark>; everything escaped."""
    a, b = s.expression_in_sentence()
    t, esc = s.sentence, html.escape
    return f"{esc(t[:a])}<mark>{esc(t[a:b])}</mark>{esc(t[b:])}"


def source_line(bundle: ExportBundle, s: ExportSource) -> str:
    d = bundle.document(s.document)
    name = bundle.document_name(s.document)
    ref = f", published {d.reference_date.isoformat()}" if d is not None and d.reference_date else ""
    return f"{name}{ref}"


def event_text_html(bundle: ExportBundle, e: ExportEvent, max_sources: int = 5) -> str:
    """The body of a slide: each source sentence with the expression marked, and where it is from;
    then the note and tags if any. HTML, escaped."""
    parts = []
    for s in e.sources[:max_sources]:
        parts.append(f"<p>{marked_sentence_html(s)}</p><p><small>{html.escape(source_line(bundle, s))}</small></p>")
    if len(e.sources) > max_sources:
        parts.append(f"<p><small>and {len(e.sources) - max_sources} more sources</small></p>")
    if e.note:
        parts.append(f"<p><em>{html.escape(e.note)}</em></p>")
    if e.tags:
        parts.append(f"<p><small>Tags: {html.escape(', '.join(e.tags))}</small></p>")
    return "".join(parts)


def group_of(bundle: ExportBundle, e: ExportEvent, group_by: str = "document") -> str:
    if group_by == "tag":
        return e.tags[0] if e.tags else "(no tag)"
    return bundle.document_name(e.document)


def undated_note(n: int) -> str:
    return (f"note: {n} undated item{'s' if n != 1 else ''} left out (durations, sets and vague references "
            "that cannot be placed on a timeline)")
