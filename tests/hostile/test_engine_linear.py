"""Issue 10 item 1 and issue 9's long sentences: every stage of tagging is linear in the text.

No clock: the work is counted. While a text is tagged the test counts
  - Python lines run in timeline_app's own code (``sys.settrace``),
  - characters handed to regular expressions: every compiled pattern in the modules of
    ``timeline_app.temporal`` and ``timeline_app.core.events`` and the ``re`` module's own
    functions are wrapped to add the span they search (``endpos - pos``),
  - characters copied out of the text by slicing (the text is a ``str`` subclass that counts).
Each adversarial text is tagged at n and 2n repetitions; each count may grow by at most 2.2x.
Before the fixes, tense read the whole sentence before every expression, the narrative
passes looked through every earlier result for each expression, and an event's name was
searched in all the text before each sentence: counts grew about 4x per doubling.
Memory is counted too: the peak that ``tracemalloc`` sees while a document's rows, frame and
CSV are built, and the CSV's size.
"""
from __future__ import annotations

import re
import sys
import tracemalloc
from datetime import date
from pathlib import Path

import pytest

import timeline_app
from timeline_app.core.document import Document
from timeline_app.core.events import events_frame
from timeline_app.core.export import events_csv
from timeline_app.temporal import fastre, tag

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "kharkiv-offensive.txt"
PACKAGE = str(Path(timeline_app.__file__).resolve().parent)
REF = date(2022, 9, 10)
RATIO = 2.2


class Work:
    lines = 0
    regex = 0
    sliced = 0
    read = 0


def _bounds(n: int, start, end) -> tuple[int, int]:
    a, b, _ = slice(start, end).indices(n)
    return a, max(a, b)


class CountingText(str):
    """The text under test: slices of it count the characters they copy (``Work.sliced``), and
    ``find`` / ``rfind`` the characters they read (``Work.read``: a line's start looked for back to
    the text's start was quadratic in a text without line breaks, unseen by the other counts, the
    scan being C)."""

    def __getitem__(self, k):
        r = str.__getitem__(self, k)
        if isinstance(k, slice):
            Work.sliced += len(r)
        return r

    def find(self, sub, start=None, end=None):
        r = str.find(self, sub, start, end)
        a, b = _bounds(len(self), start, end)
        Work.read += (r + len(sub) - a) if r >= 0 else b - a
        return r

    def rfind(self, sub, start=None, end=None):
        r = str.rfind(self, sub, start, end)
        a, b = _bounds(len(self), start, end)
        Work.read += (b - r) if r >= 0 else b - a
        return r


def _span(string, a, kw, first=0) -> int:
    n = len(string) if isinstance(string, str) else 0
    pos = a[first] if len(a) > first else kw.get("pos", 0)
    end = a[first + 1] if len(a) > first + 1 else kw.get("endpos", n)
    return max(0, min(end, n) - max(0, pos))


class CountingPattern:
    """A compiled pattern that adds the span each call searches to Work.regex."""

    def __init__(self, p: re.Pattern):
        self._p = p

    def __getattr__(self, name):
        return getattr(self._p, name)

    def _scan(self, method, string, *a, **kw):
        Work.regex += _span(string, a, kw)
        return getattr(self._p, method)(string, *a, **kw)

    def _upto(self, method, string, *a, **kw):
        """search and match read up to where they match (to the end of their span if not;
        a failed match is counted as one character)."""
        m = getattr(self._p, method)(string, *a, **kw)
        pos = a[0] if a else kw.get("pos", 0)
        if m is not None:
            Work.regex += max(1, m.end() - pos)
        else:
            Work.regex += _span(string, a, kw) if method == "search" else 1
        return m

    def search(self, string, *a, **kw):
        return self._upto("search", string, *a, **kw)

    def match(self, string, *a, **kw):
        return self._upto("match", string, *a, **kw)

    def fullmatch(self, string, *a, **kw):
        return self._scan("fullmatch", string, *a, **kw)

    def findall(self, string, *a, **kw):
        return self._scan("findall", string, *a, **kw)

    def finditer(self, string, *a, **kw):
        return self._scan("finditer", string, *a, **kw)

    def sub(self, repl, string, *a, **kw):
        Work.regex += len(string)
        return self._p.sub(repl, string, *a, **kw)

    def split(self, string, *a, **kw):
        Work.regex += len(string)
        return self._p.split(string, *a, **kw)


@pytest.fixture
def counting(monkeypatch):
    """Wrap the patterns and ``re``'s functions; returns a function that runs a callable and
    gives its (lines, regex characters, sliced characters)."""
    for name, mod in list(sys.modules.items()):
        if not (name.startswith("timeline_app.temporal") or name == "timeline_app.core.events"):
            continue
        for attr, val in list(vars(mod).items()):
            if isinstance(val, re.Pattern):
                monkeypatch.setattr(mod, attr, CountingPattern(val))
    for fn in ("search", "match", "fullmatch", "findall", "finditer"):
        orig = getattr(re, fn)

        def wrapped(pattern, string, *a, _orig=orig, **kw):
            Work.regex += len(string) if isinstance(string, str) else 0
            return _orig(pattern, string, *a, **kw)

        monkeypatch.setattr(re, fn, wrapped)
        # the same functions of ``temporal/fastre`` (the rules' ``re``: a pattern given by its source is
        # compiled once and kept there, so the wrapped patterns above never see those calls)
        fast = getattr(fastre, fn)

        def wrapped_fast(pattern, string, *a, _orig=fast, **kw):
            Work.regex += len(string) if isinstance(string, str) else 0
            return _orig(pattern, string, *a, **kw)

        monkeypatch.setattr(fastre, fn, wrapped_fast)
    orig_sub = re.sub

    def sub(pattern, repl, string, *a, **kw):
        Work.regex += len(string) if isinstance(string, str) else 0
        return orig_sub(pattern, repl, string, *a, **kw)

    monkeypatch.setattr(re, "sub", sub)

    def tracer(frame, event, arg):
        if not frame.f_code.co_filename.startswith(PACKAGE):
            return None

        def local(frame, event, arg):
            if event == "line":
                Work.lines += 1
            return local
        return local

    def run(fn):
        Work.lines = Work.regex = Work.sliced = 0
        sys.settrace(tracer)
        try:
            fn()
        finally:
            sys.settrace(None)
        return Work.lines, Work.regex, Work.sliced

    return run


def _seed() -> str:
    return SEED.read_text(encoding="utf-8")


# text builder for n repetitions, mode
TEXTS = {
    "dense one-sentence dates": (lambda n: "Feb 24 " * (60 * n), "auto"),
    "lower-case article": (lambda n: re.sub(r"\s+", " ", _seed().lower()) * n, "auto"),
    "chained 'a week after'": (lambda n: "It happened " + "a week after " * (40 * n) + "the vote.", "auto"),
    "narrative repetition": (lambda n: "On 21 July 1936, the fifth day of the rebellion, the army crossed the river. " * (80 * n),
                             "narrative"),
    "no full stops": (lambda n: re.sub(r"\s+", " ", re.sub(r"[.!?]", "", _seed())) * n, "auto"),
    # one line with slash pairs (a pasted table): each pair once looked for a thread's other counts in the
    # whole text, and each rule's line start was found by reading back to the text's start
    "one line of slash pairs": (lambda n: (re.sub(r"\s+", " ", re.sub(r"[.!?]", "", _seed()[:1500]))
                                           + " odds 3/4 then 2/5 and 10/11 ") * (2 * n), "auto"),
    "events told again": (lambda n: ("On 21 July 1936 the Rebellion began. Two days after the Rebellion, the army "
                                     "crossed the river. ") * (8 * n), "narrative"),
    "headings with years": (lambda n: ("Eastern Theater 1861\nOn March 8, 1862 the ironclads met, two days after "
                                       "Fort Sumter, and a week later the 20th passed. ") * (20 * n), "narrative"),
    # (speed5) clock times after plan words on one line without a full stop: each plan word reads
    # the hours within its reach (tests/hostile/test_dense_clock_times.py)
    "clock times after plan words": (lambda n: "dinner at 7 and drinks at 9 then " * (20 * n), "auto"),
}


@pytest.mark.parametrize("name", list(TEXTS))
def test_tagging_work_grows_linearly(counting, name):
    build, mode = TEXTS[name]
    small, large = (CountingText(build(n)) for n in (2, 4))
    assert len(large) == pytest.approx(2 * len(small), rel=0.05)
    w1 = counting(lambda: tag(small, REF, mode=mode))
    w2 = counting(lambda: tag(large, REF, mode=mode))
    assert min(w1) > 0, w1
    for what, a, b in zip(("python lines", "regex characters", "sliced characters"), w1, w2):
        assert b <= RATIO * a, f"{name}: {what} grew {b / a:.2f}x for twice the text ({a} -> {b})"


@pytest.mark.parametrize("name", ["no full stops", "one line of slash pairs", "lower-case article",
                                  "dense one-sentence dates", "clock times after plan words"])
def test_line_reads_grow_linearly(name):
    """The characters ``find`` / ``rfind`` read while a long text is tagged (no tracer: texts of
    tens to hundreds of kilobytes, where a look bounded to a few thousand characters is a constant
    and one look back to the text's start per expression shows as about 4x per doubling)."""
    build, mode = TEXTS[name]
    reads = []
    for n in (40, 80):
        Work.read = 0
        tag(CountingText(build(n)), REF, mode=mode)
        reads.append(Work.read)
    assert reads[0] > 0
    assert reads[1] <= RATIO * reads[0], f"{name}: characters read grew {reads[1] / reads[0]:.2f}x ({reads})"


@pytest.mark.parametrize("name", ["dense one-sentence dates", "lower-case article", "chained 'a week after'",
                                  "no full stops"])
def test_export_memory_and_output_grow_linearly(name):
    """A document's rows, their frame and their CSV take memory, and the CSV bytes, in
    proportion to the text: a row does not carry a whole long sentence (before: the one
    sentence of a lower-case article or of a chain in every row)."""
    build, mode = TEXTS[name]
    peaks, sizes = [], []
    for n in (4, 8):
        text = build(n)
        tracemalloc.start()
        try:
            out = events_csv(events_frame([Document("x.txt", text, REF)], mode))
            peaks.append(tracemalloc.get_traced_memory()[1])
        finally:
            tracemalloc.stop()
        sizes.append(len(out))
    assert sizes[0] > 1000
    assert sizes[1] <= RATIO * sizes[0], f"{name}: CSV grew {sizes[1] / sizes[0]:.2f}x ({sizes})"
    assert peaks[1] <= RATIO * peaks[0], f"{name}: peak memory grew {peaks[1] / peaks[0]:.2f}x ({peaks})"


# ---- issue 9: the window's headlines ------------------------------------------------------------
# headline() on a hostile sentence of n and 2n repetitions: the lines run and, as "sliced", the list
# elements the sentence's word and finite-verb lists hand out in C (counting lists: slices, kept
# counting, and index searches). Two speed steps once made such sentences quadratic in C list work
# a line count alone does not see: a first-word search to the sentence's end, a slice per "and".
HOSTILE_SENTENCES = {
    "semicolons": "; ",
    "quotes": "“ ” ",
    "and without a cut": "x and ",
    "frames": "he said that ",
    "commas": "x, ",
    "abbreviations": "U.S. ",
}


class CountingList(list):
    """A list whose slices and index searches add the elements they cover to Work.sliced."""

    def __getitem__(self, k):
        r = list.__getitem__(self, k)
        if isinstance(k, slice):
            Work.sliced += len(r)
            return CountingList(r)
        return r

    def index(self, value, start=0, stop=sys.maxsize):
        try:
            i = list.index(self, value, start, stop)
        except ValueError:
            Work.sliced += max(0, min(stop, len(self)) - start)
            raise
        Work.sliced += i - start + 1
        return i


@pytest.mark.parametrize("name", list(HOSTILE_SENTENCES))
@pytest.mark.parametrize("where", ["start", "end"])
def test_headline_work_grows_linearly(counting, monkeypatch, name, where):
    from timeline_app.core import headlines

    init = headlines._Sentence.__init__

    def counted_init(self, text, s0, s1):
        init(self, text, s0, s1)
        self.word, self.verb = CountingList(self.word), CountingList(self.verb)

    monkeypatch.setattr(headlines._Sentence, "__init__", counted_init)
    piece = HOSTILE_SENTENCES[name]

    def work(n):
        body = piece * n
        text = ("On Monday " + body + " it rained.") if where == "start" else (body + " it rained on Monday.")
        i = text.index("Monday")
        return counting(lambda: headlines.headline(text, (0, len(text)), (i, i + len("Monday"))))

    work(10)       # word lists read, caches warm
    a, b = work(300), work(600)
    for k, what in enumerate(("lines", "regex characters", "list elements")):
        assert b[k] <= RATIO * a[k] + 50, (name, where, what, a, b)
