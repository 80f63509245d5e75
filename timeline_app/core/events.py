"""Events: one row per time expression, tied to its sentence, as a pandas DataFrame.

pandas is imported only by the functions that build a frame: the rows themselves (and the CLI's
``export``, which streams them) do without it."""
from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING, Iterable, Iterator

from timeline_app.core.document import Document
from timeline_app.temporal.tagger import tag_blocks
from timeline_app.temporal.cancel import CancelCheck
from timeline_app.temporal.sentences import join_across, split_sentences

# The export contract: these columns first, in this order.
EXPORT_COLUMNS = [
    "document", "sentence_index", "sentence", "expression", "start_char", "end_char",
    "timex_type", "timex_value", "start", "end", "granularity",
]
EXTRA_COLUMNS = ["explanation", "rule", "mod", "sentence_start", "sentence_end", "reference_date"]
EVENT_COLUMNS = EXPORT_COLUMNS + EXTRA_COLUMNS

if TYPE_CHECKING:
    import pandas as pd


def empty_events() -> pd.DataFrame:
    import pandas as pd

    df = pd.DataFrame({c: pd.Series(dtype="object") for c in EVENT_COLUMNS})
    for c in ("sentence_index", "start_char", "end_char", "sentence_start", "sentence_end"):
        df[c] = df[c].astype("int64")
    for c in ("start", "end"):
        df[c] = pd.Series(dtype="datetime64[ns]")
    return df


# A row's "sentence" cell carries at most this many characters of its sentence: a 100 KB
# "sentence" (a PDF table, a list without full stops) is not repeated in every one of its rows.
SENTENCE_CELL_MAX = 1000
_CUT_SNAP = 40  # a cut moves up to this far to fall between words


def sentence_cell(text: str, s0: int, s1: int, start: int, end: int) -> str:
    """The sentence text[s0:s1] for the row of the expression text[start:end]; a longer sentence
    than SENTENCE_CELL_MAX is cut around the expression, and each cut says how many characters
    it left out ("[… 51234 characters cut] ... [48112 characters cut …]"), so that
    ``sentence_start`` + the first count is where the kept text starts (the row's
    ``sentence_start``/``sentence_end`` stay exact)."""
    if s1 - s0 <= SENTENCE_CELL_MAX:
        return text[s0:s1]
    room = max(0, SENTENCE_CELL_MAX - (end - start)) // 2
    a, b = max(s0, start - room), min(s1, end + room)
    # give the room one side cannot use to the other
    a, b = max(s0, a - (end + room - b)), min(s1, b + (a - (start - room)))
    if a > s0:
        sp = text.find(" ", a, min(start, a + _CUT_SNAP))
        a = sp + 1 if sp >= 0 else a
    if b < s1:
        sp = text.rfind(" ", max(end, b - _CUT_SNAP), b)
        b = sp if sp >= 0 else b
    head = f"[… {a - s0} characters cut] " if a > s0 else ""
    tail = f" [{s1 - b} characters cut …]" if b < s1 else ""
    return head + text[a:b] + tail


def document_rows(doc: Document, mode: str = "auto", cancel: CancelCheck = None) -> list[dict]:
    """Tag one document and return its event rows (plain dicts, in text order).

    ``cancel``: see ``temporal/cancel.py``; ``Cancelled`` is raised and no rows are returned.
    All rows at once: ``iter_document_rows`` gives them block by block."""
    return [row for rows in iter_document_rows(doc, mode, cancel) for row in rows]


def iter_document_rows(doc: Document, mode: str = "auto", cancel: CancelCheck = None) -> Iterator[list[dict]]:
    """``document_rows`` block by block (``tagger.tag_blocks``): each list the rows of whole
    sentences, in text order; a long document's rows are never all held at once."""
    text = doc.text
    split = split_sentences(text)
    ref = doc.reference_date.isoformat() if doc.reference_date else ""
    first = 0  # the number of the block's first sentence (sentences joined as below)
    for block in tag_blocks(text, doc.reference_date, mode=mode, sentences=split, cancel=cancel):
        rows, n = _block_rows(doc, text, block, first, ref)
        first += n
        yield rows


def _block_rows(doc: Document, text: str, block, first: int, ref: str) -> tuple[list[dict], int]:
    """The rows of one ``TagBlock`` whose first sentence is number ``first``, and how many
    sentences it has (joined as below)."""
    timexes = block.timexes
    # a row's expression lies inside its sentence, also across a line break ("earlier\nthis week")
    sentences = join_across(block.sentences, [(t.start_char, t.end_char) for t in timexes], text)
    starts = [s for s, _ in sentences]
    rows = []
    cell_of: tuple[int, str] = (-1, "")  # the rows of one sentence share its cell's string
    for t in timexes:
        i = max(0, bisect_right(starts, t.start_char) - 1)
        s0, s1 = sentences[i] if sentences else (0, len(text))
        if s1 - s0 > SENTENCE_CELL_MAX:
            cell = sentence_cell(text, s0, s1, t.start_char, t.end_char)
        elif cell_of[0] == i:
            cell = cell_of[1]
        else:
            cell = text[s0:s1]
            cell_of = (i, cell)
        rows.append({
            "document": doc.path,
            "sentence_index": first + i,
            "sentence": cell,
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
        if t.derived is not None:
            rows[-1]["derived"] = derived_info(t.derived)
    return rows, len(sentences)


#: the rule name of an event dated from a length counted from another (not a time expression)
DERIVED_RULE = "event_anchor"


def derived_info(d) -> dict:
    """A ``timex.DerivedEvent`` as plain data carried on its length's row (picklable from a pool
    worker; not a CSV column: the CSV has one row per time expression)."""
    return {"start_char": d.start_char, "end_char": d.end_char, "timex_value": d.timex_value, "start": d.start,
            "end": d.end, "granularity": d.granularity, "explanation": d.explanation, "approximate": d.approximate}


def derived_rows(text: str, rows: list[dict]) -> list[dict]:
    """The events the text names without a date that its lengths date ("a week after Shmygal's
    trip to Berlin", see ``temporal/anchors.py``): one mention row each, in the length's
    sentence, its expression the event's phrase, its headline that phrase, rule ``DERIVED_RULE``,
    ``mod`` APPROX when the date is about that day. These are events, not time expressions:
    the CSV of time expressions leaves them out; the Workspace, the window and the event
    exports show them."""
    out = []
    for r in rows:
        d = r.get("derived")
        if not d:
            continue
        a, b = d["start_char"], d["end_char"]
        phrase = text[a:b]
        out.append({
            **{k: r[k] for k in ("document", "sentence_index", "sentence", "sentence_start", "sentence_end",
                                 "reference_date")},
            "expression": phrase, "start_char": a, "end_char": b, "timex_type": "DATE",
            "timex_value": d["timex_value"], "start": d["start"], "end": d["end"], "granularity": d["granularity"],
            "explanation": d["explanation"], "rule": DERIVED_RULE, "mod": "APPROX" if d["approximate"] else "",
            "headline": phrase[:1].upper() + phrase[1:], "clause_start": a, "clause_end": b,
        })
    return out


def frame_from_rows(rows: list[dict]) -> pd.DataFrame:
    """The events frame for rows from ``document_rows``."""
    import pandas as pd

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
