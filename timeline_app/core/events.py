"""Events: one row per time expression, tied to its sentence, as a pandas DataFrame.

pandas is imported only by the functions that build a frame: the rows themselves (and the CLI's
``export``, which streams them) do without it."""
from __future__ import annotations

import json
from timeline_app.temporal import fastre as re   # (compiled patterns kept between processes: temporal/startcache.py)
from bisect import bisect_right
from datetime import date, datetime, timedelta
from importlib import resources
from typing import TYPE_CHECKING, Iterable, Iterator

from timeline_app.core.document import Document
from timeline_app.temporal.tagger import tag_blocks
from timeline_app.temporal.cancel import CancelCheck
from timeline_app.temporal.sentences import join_across, split_sentences

# The export contract: these columns first, in this order (core/columns.py, which the CSV export's
# parent process reads without importing the tagger).
from timeline_app.core.columns import EVENT_COLUMNS, EXPORT_COLUMNS, EXTRA_COLUMNS  # noqa: E402,F401

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


def iter_document_csv(doc: Document, mode: str = "auto", cancel: CancelCheck = None) -> Iterator[tuple[str, int]]:
    """``export.csv_lines`` of each block's rows of ``iter_document_rows`` and how many rows it has,
    made from the tagger's records without the rows' dicts (the command line's CSV export, in a
    pool's worker: the dicts and their columns read back cost about as much as the lines). The
    same text (``tests/test_export_rows_small.py``): each cell as ``_lines_row_by_row`` writes
    it, which ``export._JOIN_OK`` says is the csv writer's text (without it: through the rows)."""
    from timeline_app.core import export

    if not export._JOIN_OK:
        for rows in iter_document_rows(doc, mode, cancel):
            yield export.csv_lines(rows), len(rows)
        return
    text = doc.text
    split = split_sentences(text)
    ref = doc.reference_date.isoformat() if doc.reference_date else ""
    first = 0
    for block in tag_blocks(text, doc.reference_date, mode=mode, sentences=split, cancel=cancel):
        lines, n = _block_lines(doc, text, block, first, ref, export.text_cell, export.date_cell)
        first += n
        yield lines, len(block.timexes)


def _block_lines(doc: Document, text: str, block, first: int, ref: str, cell, date_cell) -> tuple[str, int]:
    """``export.csv_lines(_block_rows(doc, text, block, first, ref)[0])`` and the block's number of
    sentences, one line per time expression as ``_block_rows`` makes its row (keep the two alike)."""
    timexes = block.timexes
    sentences = join_across(block.sentences, [(t.start_char, t.end_char) for t in timexes], text)
    starts = [s for s, _ in sentences]
    lines = []
    doc_cell, ref_cell = cell(doc.path), cell(ref)
    shared_i, shared = -1, ""  # the rows of one sentence share its cell
    for t in timexes:
        i = max(0, bisect_right(starts, t.start_char) - 1)
        s0, s1 = sentences[i] if sentences else (0, len(text))
        if s1 - s0 > SENTENCE_CELL_MAX:
            sentence = cell(sentence_cell(text, s0, s1, t.start_char, t.end_char))
        elif shared_i == i:
            sentence = shared
        else:
            sentence = shared = cell(text[s0:s1])
            shared_i = i
        lines.append(",".join((
            doc_cell, str(int(first + i)), sentence, cell(t.expression), str(int(t.start_char)), str(int(t.end_char)),
            cell(t.timex_type), cell(t.timex_value), date_cell(t.start), date_cell(t.end), cell(t.granularity),
            cell(t.explanation), cell(t.rule), cell(t.mod), str(int(s0)), str(int(s1)), ref_cell)))
    if lines:
        lines.append("")
    return "\n".join(lines), len(sentences)


def _block_rows(doc: Document, text: str, block, first: int, ref: str) -> tuple[list[dict], int]:
    """The rows of one ``TagBlock`` whose first sentence is number ``first``, and how many
    sentences it has (joined as below). (``_block_lines`` makes their CSV lines the same way.)"""
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


_REF_SAID = re.compile(r"the reference date(?: [A-Z][a-z]{2})? \d{4}-\d{2}-\d{2}")


def with_reference_source(explanation: str, source: str) -> str:
    """An explanation as the detail shows it: where its reference date came from said where it is
    first named ("'today' = the reference date Fri 1998-08-07 (from the 'Published 1998-08-07'
    line)"; "... (a guess: the file modification time)"), so a user can tell a date the text
    gave from a guess."""
    if not source or not explanation:
        return explanation
    m = _REF_SAID.search(explanation)
    if m is None:
        return explanation
    if source.startswith(("given", "set")):
        said = source
    elif source.endswith("(a guess)"):
        said = "a guess: the " + source[:-len("(a guess)")].strip()
    else:
        said = "from the " + source.rstrip(":")
    return f"{explanation[:m.end()]} ({said}){explanation[m.end():]}"


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
        headline = _with_subject(phrase, r.get("headline") or "")
        out.append({
            **{k: r[k] for k in ("document", "sentence_index", "sentence", "sentence_start", "sentence_end",
                                 "reference_date")},
            "expression": phrase, "start_char": a, "end_char": b, "timex_type": "DATE",
            "timex_value": d["timex_value"], "start": d["start"], "end": d["end"], "granularity": d["granularity"],
            "explanation": d["explanation"], "rule": DERIVED_RULE, "mod": "APPROX" if d["approximate"] else "",
            "headline": headline, "clause_start": a, "clause_end": b,
        })
    return out


_DATA = json.loads(resources.files("timeline_app.core").joinpath("lang/en/events.json").read_text("utf-8"))
_SIGNALS = {k.lower(): v for k, v in _DATA["scope_signals"].items()}
# the signal ending just before the date (longest first: "up until" before "until", "not until" too)
_SIGNAL = re.compile(r"(?<![\w'’])(%s)\s+$" % "|".join(map(re.escape, sorted(_SIGNALS, key=len, reverse=True))),
                     re.I)
_SIGNAL_REACH = max(map(len, _SIGNALS)) + 4
_SIGNALS_AFTER = {k.lower(): v for k, v in _DATA["scope_signals_after"].items()}
_SIGNAL_AFTER = re.compile(r",?\s+(%s)(?![\w'’])" % "|".join(map(re.escape, sorted(_SIGNALS_AFTER, key=len, reverse=True))),
                           re.I)
#: the last word of every signal: a date after any other word is no bound (a set lookup, no regex)
SIGNAL_LAST_WORDS = frozenset(k.split()[-1] for k in _SIGNALS)
# after the date: it modifies a noun ("since Tuesday's vote") or is one end of a range ("from 2010 to 2012")
_NOT_SCOPE_AFTER = re.compile("|".join(
    [r"\s*%s" % re.escape(w) for w in _DATA["scope_not_before"]]
    + [r"\s+(?:%s)\s+(?=\d|[A-Z])" % "|".join(map(re.escape, _DATA["scope_range_words"]))]))


def scope_of(text: str, start: int, end: int, lo: int = 0, hi: int | None = None) -> tuple[str, str, str] | None:
    """The span a date bounds when a signal stands just before it ("since 2019", "until March",
    "by the end of the month", "as of Friday") or just after it ("2019 onwards", "2026 at the
    earliest"): (bound, side, edge) -- bound the words as said, the date's included ("since
    2019"), side "from" (the span
    starts at the date, open at its end) or "to" (it ends there, open at its start), edge the end
    of the date's interval that bounds it -- or None. ``lo``/``hi``: the sentence (the signal and
    what follows are read inside it). Reads at most ``_SIGNAL_REACH`` characters before the date
    and one match after it."""
    hi = len(text) if hi is None else hi
    before = text[max(lo, start - 16):start].split()
    m = _SIGNAL.search(text, max(lo, start - _SIGNAL_REACH), start) \
        if before and before[-1].lower() in SIGNAL_LAST_WORDS else None
    if m is not None:
        got = _SIGNALS[" ".join(m.group(1).lower().split())]
        if got is None or _NOT_SCOPE_AFTER.match(text, end, hi) or _modifies_noun(text, lo, m.start(), end, hi):
            return None
        return f"{m.group(1).lower()} {' '.join(text[start:end].split())}", got[0], got[1]
    after = _SIGNAL_AFTER.match(text, end, hi) if end < hi and text[end] in " ," else None
    if after is None:
        return None
    got = _SIGNALS_AFTER[" ".join(after.group(1).lower().split())]
    return f"{' '.join(text[start:end].split())} {after.group(1).lower()}", got[0], got[1]


#: what may open the noun phrase a bound closes, set off by a comma (", the second corruption
#: conviction at City Hall since 2019", ", its biggest deal since 2015", "and without a win since August")
_PHRASE_MARK = re.compile(r"[,;(\u2014\u2013]\s*(?:(?:and|or|but|with)\s+)?", re.I)
_PHRASE_AND = re.compile(r"\s(?:and|or|but)\s+", re.I)


def bound_phrase(text: str, start: int, end: int, lo: int = 0, hi: int | None = None) -> str | None:
    """The noun phrase a date bounds, when it stands set off from its clause ("A former deputy mayor
    was sentenced ..., the second corruption conviction at City Hall since 2019"; "..., its biggest
    deal since 2015"; "with the club bottom of the table and without a win since August"): that
    phrase without the bound ("The second corruption conviction at City Hall"), which is what the
    span is about -- the clause around it happened on another date. None when the bound is the
    clause's own adverbial ("They have not beaten Ashford since 1998", "had a contract until June
    2026"): a phrase opening the sentence, or one holding a verb, is the clause. ``start``/``end``:
    the date; ``lo``/``hi``: its sentence. Reads back at most 120 characters."""
    hi = len(text) if hi is None else hi
    m = _SIGNAL.search(text, max(lo, start - _SIGNAL_REACH), start)
    stop = m.start() if m is not None else start
    w0 = max(lo, stop - 120)
    marks = list(_PHRASE_MARK.finditer(text, w0, stop))
    if not marks or marks[-1].end() >= stop:
        return None
    phrase = text[marks[-1].end():stop].strip()
    parts = _PHRASE_AND.split(phrase)
    phrase = parts[-1].strip() if len(parts) > 1 else phrase
    from timeline_app.core.headlines import _lex

    lex = _lex()
    words = phrase.split()
    if not 2 <= len(words) <= 12:
        return None
    first = words[0].lower()
    if first not in lex["determiners"] and first not in ("without", "no", "its", "his", "her", "their", "our"):
        return None
    low = [w.lower().strip(",.") for w in words]
    if low[1].endswith("est") and (len(low) == 2 or low[2] in lex["place_prepositions"] or low[2] in ("in", "on", "at",
                                                                                                "of", "for")):
        return None      # "the lowest (in the UK) since 2023": no noun to name, the clause says what
    if any(w in lex["auxiliaries"] or (w in lex["verbs"] and low[i] not in lex["determiners"])
           for i, w in enumerate(low[1:])):
        return None      # a clause, not a noun phrase ("a win": a noun after its determiner)
    return phrase


_NEXT_WORDS = re.compile(r"\s+([a-z][\w'’-]*)(\s*[\w'’-]*)")
_FRONTED = re.compile(r"(?:[;:,\"“(]|\band|\bbut)\s*$", re.I)
_TAIL_WORDS = frozenset(_DATA["scope_tail_words"])


def _modifies_noun(text: str, lo: int, signal: int, end: int, hi: int) -> bool:
    """The date is a noun's modifier inside the phrase the signal opens ("after Friday prayers",
    "before the summer offensive", "after Boxing Day gales"): a lower-case word after it that is no
    function word, verb or adverb, ending its phrase (a mark, the end, or a function word after it).
    Not for a signal opening its clause ("By September disease and hunger had killed": there the
    noun is the clause's subject)."""
    nxt = _NEXT_WORDS.match(text, end, hi)
    if nxt is None or not text[lo:signal].strip() or _FRONTED.search(text, max(lo, signal - 6), signal):
        return False
    from timeline_app.core.headlines import _lex

    lex = _lex()
    w, after = nxt.group(1).lower(), nxt.group(2).strip().lower()
    if w in _TAIL_WORDS or w.endswith(("ing", "ed", "ly")) or any(w in lex[k] for k in _FUNCTION_WORD_CLASSES):
        return False
    return not after or any(after in lex[k] for k in _FUNCTION_WORD_CLASSES)


#: headline word lists whose words do not make a noun phrase with the date before them
_FUNCTION_WORD_CLASSES = ("coordinators", "subordinators", "relatives", "time_prepositions", "determiners",
                          "subject_pronouns", "auxiliaries", "verbs", "leading_adverbs", "reporting_verbs",
                          "place_prepositions", "dangling_words", "cut_before")


#: what stands between the two ends of a range the tagger places as one interval ("between 2016
#: and 2018", "from May to June", "2019-2021")
_RANGE_JOIN = re.compile(r"\s*(?:and|to|till|until|through|thru|or|[-\u2013\u2014/])\s*", re.I)


def _in_range(text: str, rows: list[dict], i: int) -> bool:
    """Row ``i`` is one end of a range the tagger placed as one interval ("between 2016 and 2018"):
    a neighbour of the same sentence and interval joined to it by a range word. Not two separate
    mentions of one day ("since today, the council said on Thursday")."""
    r = rows[i]
    for j in (i - 1, i + 1):
        if 0 <= j < len(rows):
            o = rows[j]
            if o["sentence_start"] == r["sentence_start"] and o["start"] == r["start"] and o["end"] == r["end"] \
                    and abs(o["start_char"] - r["start_char"]) <= 40:
                a, b = (o, r) if j < i else (r, o)
                if _RANGE_JOIN.fullmatch(text, a["end_char"], b["start_char"]):
                    return True
    return False


#: a negated past shortly before a bound that ends a span ("the race did not return until this
#: year": it returned then): the span is the past's, not one from the time of writing to the end
#: of the year ("had a contract until June 2026" still runs from the time of writing)
_PAST_BEFORE = re.compile(r"\b(?:(?:did|had|was|were)\s+(?:not|never)|(?:didn|hadn|wasn|weren)[’']t)\b", re.I)

_DAY_GRAINS = ("day", "part-of-day", "hour", "minute", "second")


def _day(d: datetime) -> str:
    return f"{d:%Y-%m-%d}" if not (d.hour or d.minute) else f"{d:%Y-%m-%d %H:%M}"


def scope_rows(text: str, rows: list[dict]) -> list[dict]:
    """Events bounded by a date, not dated by it (in place; returns ``rows``): "the second corruption
    conviction at City Hall since 2019" happened between 2019 and the time of writing, not in
    2019, so its event is that span, open at its end; "the sentence would run until 2031" is the
    span up to the end of 2031, from the time of writing; "as of Friday, the city had recovered"
    ends on Friday, open at its start (``scope_of``). The row's TIMEX3 value, type and granularity
    stay the date's (the CSV of time expressions, which does not come here, keeps the date's
    interval); its ``start``/``end`` become the span's, its explanation says so, its headline is
    the noun phrase the date bounds when that is set off from the clause (``bound_phrase``), and ``scope`` holds
    the side ("from" / "to"; the timeline reads it again from the sentence: ``scope_of``). A span's end not given by the
    text is the reference date when that lies beyond the date, else the date's own interval.
    Other headlines stay the clause's. One regex match before and after each placed date: linear."""
    for i, r in enumerate(rows):
        x0, x1 = r.get("start"), r.get("end")
        if x0 is None or x1 is None or r.get("timex_type") not in ("DATE", "TIME") or r.get("rule") == DERIVED_RULE:
            continue
        got = scope_of(text, r["start_char"], r["end_char"], r["sentence_start"], r["sentence_end"])
        if got is None or _in_range(text, rows, i):
            continue
        bound, side, edge = got
        if side == "to" and edge == "start" and r.get("mod") == "END":
            edge = "end"      # "before the end of the month": up to the month's end, not to its start
        ref = r.get("reference_date") or ""
        r0 = datetime.combine(date.fromisoformat(ref), datetime.min.time()) if ref else None
        length = x1 - x0
        said, value = f"'{bound}'", r["timex_value"]
        bound = value if r["granularity"] in _DAY_GRAINS else f"the {edge} of {value}"
        if side == "from":
            s = x0 if edge == "start" else x1
            r1 = r0 + timedelta(days=1) if r0 is not None else None
            # (a bound on the day of writing too; and "since" a date whose interval holds the time
            # of writing -- "since the start of the year", its START third of this year -- runs up
            # to the time of writing, not to the interval's end; "after Monday" written on Monday
            # starts tomorrow: it runs on)
            if r1 is not None and r1 > s and (r1 >= x1 or said.startswith("'since ")):
                e, until = r1, f"to the time of writing ({ref})"
            else:
                e, until = max(x1, s + length), "on (the text gives no end)"
            why = (f"{said}: what the clause tells runs from {bound} {until}, [{_day(s)}, {_day(e)}), open at its "
                   f"end; it is not dated {value} itself")
        else:
            e = x1 if edge == "end" else x0
            if edge == "end" and r.get("mod") == "START" and _EARLY.match(r.get("expression") or ""):
                # "by early next year": up to the end of its early part (the first third, as drawn), not
                # to the year's end
                e = datetime.combine((x0 + (x1 - x0) / 3).date(), datetime.min.time())
                bound = f"the end of early {value}"
            elif edge == "end" and r.get("mod") == "START" and _START_OF.match(r.get("expression") or ""):
                e, bound = x0, f"the start of {value}"     # "by the start of next year": its first day
            if r0 is not None and r0 < e and not _PAST_BEFORE.search(text, max(r["sentence_start"], r["start_char"] - 60),
                                                                     r["start_char"]):
                s, since = r0, f"from the time of writing ({ref}) "
            else:
                s, since = (x0 if edge == "end" else e - length), ""
            why = f"{said}: what the clause tells lasts {since}up to {bound}, [{_day(s)}, {_day(e)}), open at its start"
        r["start"], r["end"], r["scope"] = s, e, side
        r["explanation"] = f"{r['explanation']}; {why}"
        phrase = bound_phrase(text, r["start_char"], r["end_char"], r["sentence_start"], r["sentence_end"])
        if phrase is not None and r.get("headline") is not None:
            # what the span is about, not the clause it is set off from ("its biggest deal":
            # "Harbor Foods' biggest deal", the clause's subject)
            r["headline"] = _with_subject(phrase, r["headline"])
        elif r.get("headline"):
            r["headline"] = _without_other_dates(r["headline"], rows, i)
    return rows


_EARLY = re.compile(r"early\b", re.I)     # "early next year": the first third of its interval
_START_OF = re.compile(r"the\s+(?:start|beginning)\s+of\b", re.I)   # "the start of next year": its first day
_OTHER_DATE_REACH = 8      # rows of the same sentence looked at on each side of a span's row
_DEICTIC_OPENING = re.compile(r"(?:last|this|next|yesterday|today|tomorrow)\b", re.I)


def _without_other_dates(headline: str, rows: list[dict], i: int) -> str:
    """A span's headline without another date of its sentence that ends it as an adverbial ("Ashford
    Town won the league title for the first time since 1971 on Sunday": the span since 1971 reads
    "... for the first time", not "... on Sunday", a day that is not its own; "Unemployment rose to
    4.2 percent last month, the highest since 2021"), with its preposition; a date inside the
    headline stays (removed, it would break the clause: "the trip is Friday 26th"). Looks at most
    ``_OTHER_DATE_REACH`` rows on each side (rows of one sentence follow each other)."""
    from timeline_app.core.headlines import _without_dangling

    r = rows[i]
    out = headline
    for j in range(max(0, i - _OTHER_DATE_REACH), min(len(rows), i + _OTHER_DATE_REACH + 1)):
        o = rows[j]
        if j == i or o.get("sentence_start") != r["sentence_start"] or o.get("start") is None:
            continue
        expr = o.get("expression") or ""
        if len(expr) < 3:
            continue
        deictic = _DEICTIC_OPENING.match(expr) is not None
        cut = re.sub(r",?\s+" + (r"(?:(?:on|in|at|during|from)\s+(?:(?:early|late|the)\s+)?)" + ("?" if deictic else ""))
                     + re.escape(expr) + r"$", "", out, count=1)
        if cut != out:
            cut = _without_dangling(cut)     # ("Holiday requests for [aug]")
            if len(cut.split()) >= 2:
                out = cut
    return out


def span_writing(explanation: str, bound: str) -> bool:
    """Whether the span ``bound`` opens ("since 2019", "until 2031") runs to (or from) the time of
    writing, as ``scope_rows`` decided it and wrote it in the row's explanation: the span's own
    flag, not a guess from its end date (a span the text gives no end, "on", may end on the day
    after the reference date too)."""
    at = explanation.rfind(f"'{bound}': ")
    return at >= 0 and "the time of writing (" in explanation[at:]


def row_scopes(frame: pd.DataFrame) -> list[tuple[str, str, str] | None]:
    """Per row of an events frame: ``scope_of`` its expression in its sentence when its event is a
    span a date bounds (``scope_rows``), else None; a date the user set (status other than auto
    or confirmed), a derived event, a duration or a set are not. One set lookup per row, a regex
    match for the few a signal word precedes."""
    n = len(frame)
    cols = ("sentence", "sentence_start", "start_char", "end_char", "expression")
    if not n or any(c not in frame.columns for c in cols):
        return [None] * n
    status = frame["status"].tolist() if "status" in frame.columns else ["auto"] * n
    types = frame["timex_type"].tolist() if "timex_type" in frame.columns else ["DATE"] * n
    rules = frame["rule"].tolist() if "rule" in frame.columns else [""] * n
    return [row_scope(*r) for r in zip(*(frame[c].tolist() for c in cols), status, types, rules)]


def row_scope(sentence, sentence_start, start_char, end_char, expression, status="auto", timex_type="DATE",
              rule="") -> tuple[str, str, str] | None:
    """``row_scopes`` for one row, given its cells (the events table asks for the rows it shows)."""
    if status not in ("auto", "confirmed") or timex_type not in ("DATE", "TIME") or rule == DERIVED_RULE \
            or not isinstance(sentence, str):
        return None
    a, b = start_char - sentence_start, end_char - sentence_start
    cut = _CUT_HEAD.match(sentence)
    if cut:                      # a long sentence's cell, cut around the expression (sentence_cell)
        a, b = a - int(cut.group(1)) + cut.end(), b - int(cut.group(1)) + cut.end()
    return scope_of(sentence, a, b) if sentence[a:b] == str(expression) else None


_CUT_HEAD = re.compile(r"\[… (\d+) characters cut\] ")


def with_timex_intervals(frame: pd.DataFrame) -> pd.DataFrame:
    """An events frame whose bounded spans ("since 2019": 2019 to the time of writing) have their
    time expression's own interval and explanation back (2019), for the CSV of time expressions: the window's
    File › Export CSV writes what ``timeline-app export`` writes. The interval is the TIMEX3
    value's (``core.when.parse_when``), as the tagger made it."""
    from timeline_app.core.when import parse_when
    import pandas as pd

    marks = row_scopes(frame)
    if not any(marks):
        return frame
    out = frame.copy()
    for pos in [i for i, m in enumerate(marks) if m is not None]:
        try:
            w = parse_when(str(out["timex_value"].iloc[pos]))
        except ValueError:
            continue
        why = str(out["explanation"].iloc[pos])
        cut = why.rfind(f"; '{marks[pos][0]}': ")     # what scope_rows added
        if cut >= 0:
            out.iloc[pos, out.columns.get_loc("explanation")] = why[:cut]
        if w.start is not None and w.end is not None:
            out.iloc[pos, out.columns.get_loc("start")] = pd.Timestamp(w.start)
            out.iloc[pos, out.columns.get_loc("end")] = pd.Timestamp(w.end)
    return out


def event_rows(text: str, rows: list[dict], marked: bool = False) -> list[dict]:
    """The rows of the events of a document from its headlined rows: spans bounded by a date
    (``scope_rows``) and the events its lengths date (``derived_rows``); the dates of the lines
    at its top that say when it was published are marked (``mark_publication_rows``; ``marked``:
    the caller has done that already, ``headlines.headline_rows``)."""
    if not marked:
        mark_publication_rows(text, rows)
    scope_rows(text, rows)
    join_present_rows(rows)     # (after the spans: "is not now expected to open until 2034" holds now)
    join_of_rows(text, rows)
    return rows + derived_rows(text, rows)


_NOW_WORDS = frozenset(("now", "currently"))


def join_present_rows(rows: list[dict]) -> None:
    """"The Russian invasion, now in its seventh month": "now" and "its seventh month" tell one
    happening, the invasion's seventh month, which holds the time of writing: the "now" row gets
    ``join`` (the period row's start, end and expression) and the Workspace puts it in the
    period's event (one event with both mentions, dated as the period), not a day's event of its
    own beside it. Only a "now" whose clause holds, after it, a placed expression whose interval
    holds its date. Rows of one sentence are neighbours: each looks at most 4 rows ahead."""
    for i, a in enumerate(rows):
        if a.get("timex_value") != "PRESENT_REF" or a["expression"].lower() not in _NOW_WORDS or a.get("start") is None:
            continue
        c1 = a.get("clause_end", a["sentence_end"])
        for b in rows[i + 1:i + 5]:
            if b["sentence_start"] != a["sentence_start"] or b["start_char"] >= c1:
                break
            if b.get("start") is not None and b.get("end") is not None and b.get("timex_type") in ("DURATION", "DATE") \
                    and b["start"] <= a["start"] < b["end"] and b["end"] - b["start"] > a["end"] - a["start"]:
                a["join"] = (b["start_char"], b["end_char"], b["expression"])
                break


def join_of_rows(text: str, rows: list[dict]) -> None:
    """"in the first quarter of next year": two expressions " of " joins, the second's interval
    holding the first's, tell one date: the second row gets ``join`` (the first row's start, end
    and expression) and the Workspace puts it in the first's event (the quarter), not an event of
    the whole year beside it. Neighbouring rows only: linear."""
    for a, b in zip(rows, rows[1:]):
        if b["start_char"] - a["end_char"] != 4 or a["sentence_start"] != b["sentence_start"] \
                or text[a["end_char"]:b["start_char"]] != " of " or b.get("join"):
            continue
        if None in (a.get("start"), a.get("end"), b.get("start"), b.get("end")):
            continue
        if b["start"] <= a["start"] and a["end"] <= b["end"] and (a["start"], a["end"]) != (b["start"], b["end"]):
            b["join"] = (a["start_char"], a["end_char"], a["expression"])


def publication_head(text: str) -> int:
    """Where the lines the loader reads a publication date from end: the first
    ``formats.dates.HEAD_LINES`` non-empty lines (within the first 5,000 characters)."""
    from timeline_app.core.formats.dates import HEAD_LINES

    pos, seen, limit = 0, 0, min(len(text), 5000)
    while pos < limit and seen < HEAD_LINES:
        nl = text.find("\n", pos, limit)
        nl = limit if nl < 0 else nl
        if text[pos:nl].strip():
            seen += 1
        pos = nl + 1
    return min(pos, limit)


def mark_publication_rows(text: str, rows: list[dict]) -> None:
    """Mark (``publication``: True) the rows of a text's publication lines among its first lines
    ("Published 1998-08-07", "By Jane Smith, 3 May 2021", a date stamp under the byline;
    ``formats.dates.is_stamp_sentence``): that date is the text's reference date (the documents
    panel and the detail say so), not a happening ("Published" on the timeline): the Workspace
    makes no event of them. The CSV of time expressions keeps them. Looks only at the sentences
    that start in the first lines: constant work per document."""
    if not rows or rows[0]["sentence_start"] >= 5000:
        return
    head = publication_head(text)
    from timeline_app.core.formats.dates import is_stamp_sentence

    seen: dict[int, bool] = {}
    for r in rows:
        s0 = r["sentence_start"]
        if s0 >= head:
            break
        if s0 not in seen:
            ref = r.get("reference_date") or ""
            seen[s0] = is_stamp_sentence(text[s0:r["sentence_end"]], date.fromisoformat(ref) if ref else None)
        if seen[s0]:
            r["publication"] = True


_PERSONAL = {"he": "", "she": "", "they": "", "it": "", "his": "'s", "her": "'s", "their": "'s", "its": "'s"}


def _with_subject(phrase: str, clause_headline: str) -> str:
    """A derived event's headline: its phrase, a pronoun opening it replaced by the subject of
    the clause whose length dated it ("Keane resigned in 2021, three years after he joined the
    board" -> "Keane joined the board"; "United won ..., after their coach was sacked" ->
    "United's coach was sacked"). A person's pronoun takes only a name (capitalised words), "it",
    "its", "they", "their" also a noun phrase ("The company ... after it was founded"), and a
    person's only when no other name follows in the headline; the subject is the headline's
    words before its first verb, at most four."""
    from timeline_app.core.headlines import _lex

    out = phrase[:1].upper() + phrase[1:]
    first, _, rest = phrase.partition(" ")
    low = first.lower()
    if low not in _PERSONAL or not rest:
        return out
    lex = _lex()
    words = clause_headline.split()
    n = 0
    while n < len(words) and n < 5 and not (words[n].lower() in lex["auxiliaries"] or words[n].lower() in lex["verbs"]
                                             or (n and words[n][:1].islower() and words[n].lower().endswith("ed"))):
        n += 1
    subject = words[:n]
    if not 1 <= n <= 4 or n == len(words) or any(w.lower() in lex["subject_pronouns"] for w in subject) \
            or subject[0].lower().endswith("ing"):      # ("Having fallen 3% ...": no subject)
        return out
    name = all(w[:1].isupper() for w in subject) and subject[0].lower() not in lex["determiners"]
    if low in ("he", "she", "his", "her") and (not name or any(w[:1].isupper() for w in words[n + 1:])):
        return out      # ("Rovers sacked manager Dale Morton, ... after he was appointed": two names, no guess)
    if not name and subject[0].lower() not in lex["determiners"]:
        return out
    who = " ".join(subject)
    if _PERSONAL[low]:
        who += "'" if who.endswith("s") else "'s"
    return f"{who} {rest}"


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
