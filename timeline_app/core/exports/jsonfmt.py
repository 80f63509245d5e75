"""The app's own JSON: every event with all its fields and sources, undated ones too.

The schema is ``docs/export.schema.json`` (described in ``docs/exports.md``); ``version``
changes when a field changes meaning or goes away (new fields may appear within a version).
"""
from __future__ import annotations

import json
from dataclasses import asdict
from datetime import datetime, timezone

from timeline_app.core.exports.common import display_date, human_when, open_when
from timeline_app.core.exports.model import ExportBundle, ExportEvent

VERSION = 1


def _iso(t: datetime | None) -> str | None:
    return None if t is None else t.isoformat()


def event_object(e: ExportEvent, bundle: ExportBundle | None = None) -> dict:
    """One event; a span a date bounds reads "since 2019: from 2019 to the time of writing (...)" in
    ``when`` and ``display_date`` (``common.open_when``), as the page and TimelineJS say it."""
    return {
        "id": e.id,
        "headline": e.headline,
        "start": _iso(e.start),
        "end": _iso(e.end),
        "granularity": e.granularity,
        "when": open_when(e, bundle) or human_when(e),
        "display_date": display_date(e, bundle),
        "timex_type": e.timex_type,
        "timex_value": e.timex_value,
        "mod": e.mod,
        "explanation": e.explanation,
        "rule": e.rule,
        "document": e.document,
        "tags": list(e.tags),
        "note": e.note,
        "starred": bool(e.starred),
        "status": e.status,
        "date_fixed": bool(e.date_fixed),
        "sources": [asdict(s) for s in e.sources],
    }


def _app_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("timeline_app")
    except PackageNotFoundError:
        return "unknown"


def json_document(bundle: ExportBundle, generated: datetime | None = None) -> dict:
    generated = generated or datetime.now(timezone.utc).replace(microsecond=0)
    return {
        "version": VERSION,
        "generator": f"timeline_app {_app_version()}",
        "generated": generated.isoformat(),
        "title": bundle.display_title(),
        "documents": [{
            "path": d.path, "name": d.name, "title": d.title,
            "reference_date": d.reference_date.isoformat() if d.reference_date else None,
            "reference_source": d.reference_source,
        } for d in bundle.documents],
        "events": [event_object(e, bundle) for e in bundle.events],
    }


def events_json(bundle: ExportBundle, generated: datetime | None = None) -> str:
    return json.dumps(json_document(bundle, generated), ensure_ascii=False, indent=1) + "\n"
