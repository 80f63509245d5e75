"""One self-contained web page of the timeline, for readers without the app.

Everything is inside the file: the events as JSON, the script and the style (``assets/``,
written for this project). A Content-Security-Policy forbids any network access, so the page
behaves the same offline. Text from the documents only ever reaches the page through the
script's ``textContent`` (never parsed as HTML); the JSON is embedded with ``<`` escaped, so
no text can close the script element.

Size: each sentence is stored once (several expressions of one sentence share it) and the
events are columns, not objects — about 300 bytes an event for news text.
"""
from __future__ import annotations

import html
import json
from datetime import datetime, timezone
from importlib import resources

from timeline_app.core.colours import DOC_COLOURS
from timeline_app.core.exports.common import display_date, human_when, open_when
from timeline_app.core.exports.model import ExportBundle

_EPOCH = datetime(1970, 1, 1)


def _ms(t: datetime | None) -> int | None:
    if t is None:
        return None
    if t.tzinfo is not None:
        t = t.astimezone(timezone.utc).replace(tzinfo=None)
    return int((t - _EPOCH).total_seconds() * 1000)


def _asset(name: str) -> str:
    return resources.files("timeline_app.core.exports").joinpath("assets", name).read_text(encoding="utf-8")


def page_data(bundle: ExportBundle) -> dict:
    docs = bundle.documents
    doc_index = {d.path: i for i, d in enumerate(docs)}
    sentences: list[str] = []
    sentence_index: dict[str, int] = {}
    tags: list[str] = []
    tag_index: dict[str, int] = {}
    cols = {k: [] for k in ("id", "s", "e", "h", "d", "x", "a", "b", "w", "dd", "v", "why", "t", "n", "more", "o", "ob")}
    for ev in bundle.events:
        src = ev.sources[0] if ev.sources else None
        sent = src.sentence if src else ""
        si = sentence_index.get(sent)
        if si is None:
            si = sentence_index[sent] = len(sentences)
            sentences.append(sent)
        a, b = src.expression_in_sentence() if src else (0, 0)
        start = _ms(ev.start)
        end = _ms(ev.end) if ev.end is not None else start
        ti = []
        for t in ev.tags:
            if t not in tag_index:
                tag_index[t] = len(tags)
                tags.append(t)
            ti.append(tag_index[t])
        cols["id"].append(ev.id)
        cols["s"].append(start)
        cols["e"].append(end if start is None or end is None or end >= start else start)
        cols["h"].append(ev.headline or (src.expression if src else ""))
        cols["d"].append(doc_index.get(ev.document, 0))
        cols["x"].append(si)
        cols["a"].append(a)
        cols["b"].append(b)
        cols["w"].append(open_when(ev, bundle) or human_when(ev))
        cols["dd"].append(display_date(ev, bundle))
        cols["v"].append(f"{ev.timex_type} {ev.timex_value}".strip())
        cols["why"].append(ev.explanation)
        cols["t"].append(ti)
        cols["n"].append(ev.note)
        cols["more"].append(max(0, len(ev.sources) - 1))
        # a span a date bounds: its open side (1 at its end, -1 at its start) and the words ("since 2019")
        cols["o"].append(ev.open_side)
        cols["ob"].append(ev.bound)
    return {
        "title": bundle.display_title(),
        "colours": DOC_COLOURS,
        "granularities": [],
        "documents": [{"name": d.name, "title": d.title, "ref": d.reference_date.isoformat() if d.reference_date else "",
                       "ref_ms": _ms(datetime(d.reference_date.year, d.reference_date.month, d.reference_date.day))
                       if d.reference_date else None} for d in docs],
        "tags": tags,
        "sentences": sentences,
        "events": cols,
    }


def script_json(data: dict) -> str:
    """JSON safe inside a <script> element: no ``<`` (so no ``</script>`` or ``<!--``), and the
    two line separators JavaScript once treated as line ends escaped."""
    s = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return s.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


_CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; "
        "base-uri 'none'; form-action 'none'")


def html_page(bundle: ExportBundle) -> str:
    title = html.escape(bundle.display_title())
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="timeline_app">
<title>{title}</title>
<style>
{_asset("timeline.css")}</style>
</head>
<body>
<header>
<h1 id="title">{title}</h1>
<div class="bar" role="toolbar" aria-label="View and filters">
<button type="button" id="show-timeline" aria-pressed="true">Timeline</button>
<button type="button" id="show-list" aria-pressed="false">List</button>
<label id="doc-label">Document <select id="doc-filter"><option value="-1">All documents</option></select></label>
<label id="tag-label">Tag <select id="tag-filter"><option value="-1">All tags</option></select></label>
<input type="search" id="search" placeholder="Search the events" aria-label="Search the events">
<span id="count" role="status"></span>
</div>
<div class="legend" id="legend" aria-label="Documents"></div>
</header>
<main>
<div id="view">
<div id="timeline" aria-label="Timeline: drag to pan, wheel or pinch to zoom">
<div id="axis"></div>
<div id="layer"></div>
<div class="zoom"><button type="button" id="zoom-in" aria-label="Zoom in">+</button><button type="button"
id="zoom-out" aria-label="Zoom out">&minus;</button><button type="button" class="fit" id="zoom-fit">Fit</button></div>
<div id="empty" hidden>No dated events match.</div>
</div>
<div id="list" hidden></div>
</div>
<aside id="detail" aria-live="polite"></aside>
</main>
<noscript><p>This timeline needs JavaScript to draw; the events are in the file as JSON.</p></noscript>
<script type="application/json" id="timeline-data">{script_json(page_data(bundle))}</script>
<script>
{_asset("timeline.js")}</script>
</body>
</html>
"""
