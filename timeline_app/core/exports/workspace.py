"""The adapter from a Workspace (``core.workspace``) to export records: the curated events —
deletions left out, the user's headlines, dates, tags, notes and stars kept, every mention a
source. ``event_ids`` restricts the export to what the window shows (its current filters)."""
from __future__ import annotations

from typing import Iterable

from timeline_app.core.events import DERIVED_RULE, row_scopes, span_writing, with_reference_source

from timeline_app.core.exports.model import (ExportBundle, ExportDocument, ExportEvent, ExportSource,
                                             _py_datetime)


def _source(m: dict) -> ExportSource:
    return ExportSource(document=str(m["document"]), sentence_index=int(m["sentence_index"]),
                        sentence=str(m["sentence"]), sentence_start=int(m["sentence_start"]),
                        sentence_end=int(m["sentence_end"]), expression=str(m["expression"]),
                        start_char=int(m["start_char"]), end_char=int(m["end_char"]),
                        timex_type=str(m.get("timex_type") or ""), timex_value=str(m.get("timex_value") or ""),
                        mod=str(m.get("mod") or ""), timex=m.get("rule") != DERIVED_RULE)


def bundle_from_workspace(ws, event_ids: Iterable[str] | None = None, title: str = "") -> ExportBundle:
    docs = [ExportDocument(path=d.path, name=d.name, text=d.text, title=getattr(d, "title", "") or "",
                           reference_date=d.reference_date, reference_source=d.reference_source)
            for d in ws.documents]
    frame = ws.curated()
    if event_ids is not None:
        # in order, once each (a per-mention view names an event once per mention)
        wanted = [e for e in dict.fromkeys(event_ids) if e in frame.index]
        frame = frame.loc[wanted]
    events = []
    cols = list(frame.columns)
    said = {d.path: d.reference_source or "" for d in docs}    # where each text's reference date came from
    scopes = row_scopes(frame)     # spans a date bounds, read as the window's timeline reads them
    for rec, scope in zip(frame.itertuples(index=False, name=None), scopes):
        r = dict(zip(cols, rec))
        eid = str(r["event_id"])
        fixed = bool(ws.fields_of(eid).get("when"))
        events.append(ExportEvent(
            id=eid, headline=str(r["headline"] or r["expression"]),
            start=_py_datetime(r["start"]), end=_py_datetime(r["end"]),
            granularity=str(r["granularity"] or ""), timex_type=str(r["timex_type"]),
            timex_value=str(r["timex_value"]), mod="" if fixed else str(r["mod"] or ""),
            explanation="set by you" if fixed else with_reference_source(str(r["explanation"] or ""),
                                                                          said.get(str(r["document"]), "")),
            rule=str(r["rule"] or ""),
            sources=[_source(m) for m in ws.mentions_of(eid)], tags=[str(t) for t in r["tags"]],
            note=str(r["note"] or ""), starred=bool(r["starred"]), status=str(r["status"]), date_fixed=fixed,
            bound=scope[0] if scope and not fixed else "",
            open_side=(1 if scope[1] == "from" else -1) if scope and not fixed else 0,
            writing=bool(scope) and not fixed and span_writing(str(r["explanation"] or ""), scope[0])))
    return ExportBundle(documents=docs, events=events, title=title)
