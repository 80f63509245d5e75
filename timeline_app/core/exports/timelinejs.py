"""TimelineJS3 (Knight Lab): its JSON format and its Google Sheets template columns.

Dates carry only the fields of the event's granularity (a month is {year, month}), the end is
the last moment covered (TimelineJS shows ends inclusively; ours are exclusive), undated
events are left out (the caller reports how many).
"""
from __future__ import annotations

import csv
import html
import io
import json

from timeline_app.core.export import neutralise
from timeline_app.core.exports.common import (display_date, event_text_html, group_of, start_end_fields)
from timeline_app.core.exports.model import ExportBundle, ExportEvent

#: The header row of TimelineJS's spreadsheet template, exactly.
SHEET_COLUMNS = ["Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date",
                 "Headline", "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group",
                 "Background"]


def _title_text(bundle: ExportBundle) -> str:
    dated = len(bundle.dated())
    docs = len(bundle.documents)
    names = ", ".join(html.escape(d.name) for d in bundle.documents[:5]) + (" …" if docs > 5 else "")
    return (f"<p>{dated} dated event{'s' if dated != 1 else ''} from {docs} document{'s' if docs != 1 else ''}: "
            f"{names}.</p><p><small>Dates found and resolved by timeline_app; each slide shows the sentence "
            f"it was read from.</small></p>")


def slide(bundle: ExportBundle, e: ExportEvent, group_by: str = "document") -> dict:
    """One TimelineJS event object."""
    start, end = start_end_fields(e)
    out: dict = {"start_date": start}
    if end is not None:
        out["end_date"] = end
    dd = display_date(e, bundle)
    if dd:
        out["display_date"] = dd
    # TimelineJS draws a span whole: the words that bound it say it is open ("since 2019 · ...")
    head = f"{e.bound} · {e.headline}" if e.open_side and e.bound else e.headline
    out["text"] = {"headline": html.escape(head), "text": event_text_html(bundle, e)}
    out["group"] = group_of(bundle, e, group_by)
    out["unique_id"] = e.id
    return out


def timelinejs_document(bundle: ExportBundle, group_by: str = "document") -> dict:
    """The TimelineJS3 JSON object: a title slide and the dated events in time order."""
    dated = sorted(bundle.dated(), key=lambda e: (e.start, e.end or e.start, e.id))
    return {
        "title": {"text": {"headline": html.escape(bundle.display_title()), "text": _title_text(bundle)}},
        "events": [slide(bundle, e, group_by) for e in dated],
    }


def timelinejs_json(bundle: ExportBundle, group_by: str = "document") -> str:
    return json.dumps(timelinejs_document(bundle, group_by), ensure_ascii=False, indent=1) + "\n"


def _time(d: dict | None) -> str:
    if not d or "hour" not in d:
        return ""
    t = f"{d['hour']}:{d.get('minute', 0):02d}"
    return t + (f":{d['second']:02d}" if "second" in d else "")


def _num(d: dict | None, k: str) -> str:
    return str(d[k]) if d and k in d else ""


def timelinejs_sheet_rows(bundle: ExportBundle, group_by: str = "document") -> list[list[str]]:
    """Rows under SHEET_COLUMNS: the title row first (Type "title"), then one per dated event.
    Text cells are guarded against formula injection (a cell starting with = + - @ gets a quote)."""
    doc = timelinejs_document(bundle, group_by)
    rows = []
    t = doc["title"]["text"]
    rows.append(["", "", "", "", "", "", "", "", "", neutralise(t["headline"]), neutralise(t["text"]),
                 "", "", "", "", "title", "", ""])
    for ev in doc["events"]:
        s, e = ev["start_date"], ev.get("end_date")
        rows.append([_num(s, "year"), _num(s, "month"), _num(s, "day"), _time(s),
                     _num(e, "year"), _num(e, "month"), _num(e, "day"), _time(e),
                     neutralise(ev.get("display_date", "")), neutralise(ev["text"]["headline"]),
                     neutralise(ev["text"]["text"]), "", "", "", "", "", neutralise(ev["group"]), ""])
    return rows


def timelinejs_csv(bundle: ExportBundle, group_by: str = "document") -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(SHEET_COLUMNS)
    w.writerows(timelinejs_sheet_rows(bundle, group_by))
    return buf.getvalue()
