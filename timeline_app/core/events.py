"""Events: one row per time expression, tied to its sentence, as a pandas DataFrame."""
from __future__ import annotations

from bisect import bisect_right
from typing import Iterable

import pandas as pd

from timeline_app.core.document import Document
from timeline_app.temporal import tag
from timeline_app.temporal.sentences import split_sentences

# The export contract: these columns first, in this order.
EXPORT_COLUMNS = [
    "document", "sentence_index", "sentence", "expression", "start_char", "end_char",
    "timex_type", "timex_value", "start", "end", "granularity",
]
EXTRA_COLUMNS = ["explanation", "rule", "mod", "sentence_start", "sentence_end", "reference_date"]
EVENT_COLUMNS = EXPORT_COLUMNS + EXTRA_COLUMNS


def empty_events() -> pd.DataFrame:
    df = pd.DataFrame({c: pd.Series(dtype="object") for c in EVENT_COLUMNS})
    for c in ("sentence_index", "start_char", "end_char", "sentence_start", "sentence_end"):
        df[c] = df[c].astype("int64")
    for c in ("start", "end"):
        df[c] = pd.Series(dtype="datetime64[ns]")
    return df


def document_rows(doc: Document, mode: str = "auto") -> list[dict]:
    """Tag one document and return its event rows (plain dicts, in text order)."""
    text = doc.text
    sentences = split_sentences(text)
    starts = [s for s, _ in sentences]
    rows = []
    ref = doc.reference_date.isoformat() if doc.reference_date else ""
    for t in tag(text, doc.reference_date, mode=mode, sentences=sentences):
        i = max(0, bisect_right(starts, t.start_char) - 1)
        s0, s1 = sentences[i] if sentences else (0, len(text))
        rows.append({
            "document": doc.path,
            "sentence_index": i,
            "sentence": text[s0:s1],
            "expression": t.expression,
            "start_char": t.start_char,
            "end_char": t.end_char,
            "timex_type": t.timex_type,
            "timex_value": t.timex_value,
            "start": t.start,
            "end": t.end,
            "granularity": t.granularity,
            "explanation": t.explanation,
            "rule": t.rule,
            "mod": t.mod,
            "sentence_start": s0,
            "sentence_end": s1,
            "reference_date": ref,
        })
    return rows


def frame_from_rows(rows: list[dict]) -> pd.DataFrame:
    """The events frame for rows from ``document_rows``."""
    if not rows:
        return empty_events()
    df = pd.DataFrame.from_records(rows, columns=EVENT_COLUMNS)
    df["start"] = pd.to_datetime(df["start"])
    df["end"] = pd.to_datetime(df["end"])
    return df


def events_frame(docs: Iterable[Document], mode: str = "auto") -> pd.DataFrame:
    """All events of all documents, in document then text order."""
    rows: list[dict] = []
    for doc in docs:
        rows.extend(document_rows(doc, mode))
    return frame_from_rows(rows)
