"""Sentence boundaries with character offsets.

A sentence ends at . ! ? (plus closing quotes/brackets) followed by white space and a
capital, digit or opening quote, unless the word before the dot is a known abbreviation
or an initial ("U.S.", "J."). A line break ends a sentence too when the line has no
final punctuation but the next line starts a new block (headlines, datelines).

Sentences are bounded: a span longer than MAX_SENTENCE characters (an all-lower-case article,
a list or table without full stops, one very long line) is split again, first at every full
stop followed by a lower-case word, then, where a piece is still too long, at the last
semicolon or colon, else comma, else space of each MAX_SENTENCE window, else hard at
MAX_SENTENCE. Splitting costs one pass over the text plus at most one window per piece cut.
"""
from __future__ import annotations

from timeline_app.temporal import fastre as re

from timeline_app.temporal.lang import DEFAULT, word_list


def _abbreviations(lang: str = DEFAULT) -> frozenset[str]:
    return word_list(lang, "abbreviations.txt")


# candidate boundary: terminal punctuation, optional closers, then space; or a newline run
# (the first lookahead only says where a boundary can start, so that the many other positions
# are passed over quickly)
# (fresh16) a pictograph (an emoji, with its variation selectors and joiners) ends a sentence as a stop
# does when a capital follows: "Christmas rota below 🎄 Please reply by Saturday" is two sentences
_PICTO = "\u2600-\u27bf\U0001f000-\U0001faff"
_MARKS = ".!?…" + _PICTO
# (twentieth session, left21) a doubled question mark ends a question even before a lower-case word, as a chat writes
# it: "when is Eid?? work need to know by Monday" is two sentences (the Monday is not counted from the Eid asked
# about). One "?" before a lower-case word stays inside the sentence ("is it the 5th? or the 6th?"); the run is read
# from its first mark (two "?" anywhere in it), so that ``_boundaries`` may still skip a run that fails at its start
_BOUNDARY = re.compile(r"""(?=[%s\n])(?:([%s][%s\ufe0f\u200d]*)(["'”’)\]]*)(\s+)(?=["'“‘(\[]?[A-Z0-9])|(?=[!?]*\?[!?]*\?)[!?]+([ \t]+)(?=[a-z])|\n\s*\n|\n)"""
                       % (_MARKS, _MARKS, _MARKS))
# the characters a boundary starts with: the regex engine skips to the next one without trying
# a match at every position (see ``_boundaries``)
_BOUNDARY_START = re.compile(r"[%s\n]" % _MARKS)
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
# only in an over-long span: a full stop before a lower-case word ("... next week. the deal ...")
_LOWER_BOUNDARY = re.compile(r"""([.!?…]+)(["'”’)\]]*)(\s+)(?=["'“‘(\[]?[a-z])""")

MAX_SENTENCE = 1000   # the longest sentence in the development corpora has 622 characters
_MIN_PIECE = MAX_SENTENCE // 4   # a bounded cut falls in the last three quarters of its window
# where to cut an over-long piece, best first: a clause mark, a comma, any space
_SOFT_CUTS = (re.compile(r"[;:]\s"), re.compile(r",\s"), re.compile(r"\s"))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) spans covering the non-blank sentences of ``text``, in order; none
    longer than MAX_SENTENCE characters."""
    spans: list[tuple[int, int]] = []
    for s0, s1 in _split(text, _BOUNDARY, 0, len(text)):
        if s1 - s0 <= MAX_SENTENCE:
            spans.append((s0, s1))
            continue
        for p0, p1 in _split(text, _LOWER_BOUNDARY, s0, s1):
            if p1 - p0 <= MAX_SENTENCE:
                spans.append((p0, p1))
            else:
                _cut_bounded(text, p0, p1, spans)
    return spans


def _cut_bounded(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    """Split text[start:end] into pieces of at most MAX_SENTENCE characters, each cut at the
    best mark of _SOFT_CUTS in the last three quarters of its window."""
    while end - start > MAX_SENTENCE:
        stop = start + MAX_SENTENCE
        cut = stop
        for mark in _SOFT_CUTS:
            last = None
            for last in mark.finditer(text, start + _MIN_PIECE, stop):
                pass
            if last is not None:
                cut = last.start() + 1  # the mark stays with the piece before it
                break
        _add(text, start, cut, spans)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    _add(text, start, end, spans)


def _split(text: str, boundary: re.Pattern, start: int, stop: int) -> list[tuple[int, int]]:
    """Spans of text[start:stop] between the boundaries that ``boundary`` finds there."""
    abbrev = _abbreviations()
    spans: list[tuple[int, int]] = []
    for m in _boundaries(boundary, text, start, stop):
        if m.group(1) is not None:
            if m.group(1) == ".":
                word = _word_before(text, m.start())
                if word:
                    low = word.lower().rstrip(".")
                    if low in abbrev or (len(low) == 1 and word[0].isupper()) or "." in low:
                        # "U.S." at a sentence end followed by a capital is ambiguous; keep it joined
                        # unless a line break follows.
                        if "\n" not in m.group(3):
                            continue
            end = m.start(3)
        elif m.group(4) is not None:
            end = m.start(4)   # (left21) "??" before a lower-case word: the marks stay with the question
        else:
            end = m.start()
        _add(text, start, end, spans)
        start = m.end()
    _add(text, start, stop, spans)
    return spans


_WORD_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz."


def _word_before(text: str, end: int) -> str:
    """What ``_WORD_BEFORE`` finds in the 30 characters before ``end`` (the run of letters and
    dots that ends there, from its first letter; "" if none), with str methods, not a regex
    tried at each of the 30 positions."""
    piece = text[max(0, end - 30):end]
    if piece.endswith("\n"):
        piece = piece[:-1]   # the regex's $ stands before a last line break too
    run = piece[len(piece.rstrip(_WORD_CHARS)):]
    return run.lstrip(".")


_ASCII_MARKS = bytes(46 if chr(b) in ".!?\n" else 97 for b in range(256))   # the ASCII characters of _BOUNDARY_START as "."
assert all(bool(_BOUNDARY_START.match(chr(b))) == (chr(b) in ".!?\n") for b in range(128))
_STOP_RUN = re.compile(r"[%s][%s\ufe0f\u200d]*" % (_MARKS, _MARKS))


def _boundaries(boundary: re.Pattern, text: str, start: int, stop: int):
    """``boundary.finditer(text, start, stop)``: every boundary starts with a character of
    _BOUNDARY_START and none is empty, so a match is tried only where one of those stands (the
    same matches, in the same order).

    Where no boundary starts at a stop mark, none starts at the marks after it in the same run
    ("....", "?!"): from any of them the run's greedy ``[.!?…]+`` ends at the same character, and
    a shorter run ends on a mark that neither the closers nor the blanks after it can match. So
    a failed match skips the rest of its run: tried at each mark, a run of n marks cost time
    quadratic in n (each try reads the run to its end), 4 s for 8,000 dots."""
    search, match, run = _BOUNDARY_START.search, boundary.match, _STOP_RUN.match
    piece = text[start:stop]
    if piece.isascii():
        raw = piece.encode("ascii")
    else:
        raw = piece.encode("ascii", "replace")   # (one byte per character, "?" for each beyond ASCII)
        if raw.count(b"?") - piece.count("?") > len(piece) >> 6:
            raw = None   # (speed42) another script: the regex finds the marks, as before
    del piece
    if raw is not None:
        # (speed12) in ASCII text a boundary starts only at ".", "!", "?" or a newline: found by ``bytes.find``
        # in the range with those four written "." and every other byte "a" (one C pass of translate, where
        # the regex engine tested the charset at every character). Memory: a copy of the range as bytes.
        # (speed42) and in a range with a few characters beyond ASCII (a curly quote, an ellipsis, an emoji): each is
        # written "?", a mark, so that every one is tried as the regex's search would have found the marks among them
        # ("…", a pictograph): one that starts no boundary fails the match and no run of marks (``_STOP_RUN`` opens on
        # a mark alone), and the next is looked for from the character after it, as the regex's search goes on
        find, raw = raw.translate(_ASCII_MARKS).find, None

        def next_mark(pos: int) -> int:
            i = find(b".", pos - start)
            return -1 if i < 0 else i + start
    else:
        def next_mark(pos: int) -> int:
            c = search(text, pos, stop)
            return -1 if c is None else c.start()
    pos = start
    while True:
        at = next_mark(pos)
        if at < 0:
            return
        m = match(text, at, stop)
        if m is None:
            marks = run(text, at, stop)
            pos = at + 1 if marks is None else marks.end()
            continue
        yield m
        pos = m.end()


def join_across(sentences: list[tuple[int, int]], spans, text: str) -> list[tuple[int, int]]:
    """``sentences`` with no expression across a boundary, so that every expression lies inside
    its sentence: sentences that an expression's span runs across are joined ("met earlier\nthis
    week": the line break split the sentence, the expression holds it together), unless the
    joined sentence would be longer than MAX_SENTENCE (a bounded cut through "Feb 24"): then
    the cut moves to the expression's end. ``spans``: (start, end) pairs in order of start.
    One pass over both lists; sentences stay within MAX_SENTENCE plus one expression."""
    out: list[tuple[int, int]] = []
    spans = list(spans)
    j, reach = 0, -1
    for a, b in sentences:
        while j < len(spans) and spans[j][0] < a:
            reach = max(reach, spans[j][1])
            j += 1
        if out and reach > a:
            pa, pb = out[-1]
            if reach >= b or max(b, pb) - pa <= MAX_SENTENCE:
                out[-1] = (pa, max(b, pb))
                continue
            out[-1] = (pa, reach)
            a = reach
            while a < b and text[a].isspace():
                a += 1
        out.append((a, b))
    return out


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
