"""TimeML: each document's text with its time expressions as inline TIMEX3 elements.

The document creation time (the reference date) is ``<DCT><TIMEX3 tid="t0" ...
functionInDocument="CREATION_TIME">``; the characters inside ``<TEXT>`` are exactly the
document's text, so offsets computed from the file (as TimeML scorers do) are the app's
offsets. Characters XML 1.0 cannot hold (control characters, lone surrogates) become U+FFFD,
one for one, so offsets still agree.
"""
from __future__ import annotations

import os
import re
from xml.sax.saxutils import escape, quoteattr

from timeline_app.core.exports.model import ExportBundle, ExportDocument

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(s: str) -> str:
    """Text content for XML: escaped, unrepresentable characters replaced one for one, CR kept
    as a character reference (a parser would turn a raw CR into LF)."""
    return escape(_NOT_XML.sub("\ufffd", s), {"\r": "&#13;"})


def xml_attr(s: str) -> str:
    return quoteattr(_NOT_XML.sub("\ufffd", s), {"\r": "&#13;", "\n": "&#10;", "\t": "&#9;"})


def document_spans(bundle: ExportBundle, doc: ExportDocument) -> tuple[list[tuple[int, int, dict]], int]:
    """The TIMEX3 spans of one document in text order, and how many overlapping ones were left out
    (XML cannot nest them; the first one wins)."""
    spans = []
    for e in bundle.events:
        for s in e.sources:
            if s.document != doc.path or not s.timex or not (0 <= s.start_char < s.end_char <= len(doc.text)):
                continue  # (an event's phrase dated from a length is not a TIMEX3)
            # a mention keeps what the tagger read there, unless the user set the event's date
            own = bool(s.timex_value) and not e.date_fixed
            ttype, value, mod = (s.timex_type, s.timex_value, s.mod) if own else (e.timex_type, e.timex_value, e.mod)
            attrs = {"type": ttype or "DATE", "value": value or ""}
            if mod:
                attrs["mod"] = mod
            spans.append((s.start_char, s.end_char, attrs))
    spans.sort(key=lambda x: (x[0], -x[1]))
    kept, dropped, last_end = [], 0, -1
    for a, b, attrs in spans:
        if a < last_end:
            dropped += 1
            continue
        kept.append((a, b, attrs))
        last_end = b
    return kept, dropped


def timeml_document(bundle: ExportBundle, doc: ExportDocument) -> tuple[str, int]:
    """The TimeML file for one document, and the number of overlapping expressions left out."""
    spans, dropped = document_spans(bundle, doc)
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n',
           f"<DOCID>{xml_text(os.path.splitext(doc.name)[0])}</DOCID>\n"]
    if doc.reference_date is not None:
        v = doc.reference_date.isoformat()
        out.append(f'<DCT><TIMEX3 tid="t0" type="DATE" value="{v}" temporalFunction="false" '
                   f'functionInDocument="CREATION_TIME">{v}</TIMEX3></DCT>\n')
    if doc.title:
        out.append(f"<TITLE>{xml_text(doc.title)}</TITLE>\n")
    out.append("<TEXT>")
    text, pos = doc.text, 0
    for i, (a, b, attrs) in enumerate(spans, 1):
        out.append(xml_text(text[pos:a]))
        extra = "".join(f" {k}={xml_attr(v)}" for k, v in attrs.items())
        out.append(f'<TIMEX3 tid="t{i}"{extra}>{xml_text(text[a:b])}</TIMEX3>')
        pos = b
    out.append(xml_text(text[pos:]))
    out.append("</TEXT>\n</TimeML>\n")
    return "".join(out), dropped


def timeml_file_names(bundle: ExportBundle) -> dict[str, str]:
    """A distinct ``NAME.tml`` for each document (``a.txt`` and ``a.html`` -> ``a.tml``, ``a-2.tml``)."""
    names: dict[str, str] = {}
    used: set[str] = set()
    for d in bundle.documents:
        base = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "_", os.path.splitext(d.name)[0]).strip(". ") or "document"
        n, k = f"{base}.tml", 2
        while n.lower() in used:
            n, k = f"{base}-{k}.tml", k + 1
        used.add(n.lower())
        names[d.path] = n
    return names
