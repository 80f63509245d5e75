"""Issue 9: the window's headlines are linear in a sentence's length, however hostile the sentence.

No clock: the work is counted. While ``headline`` runs on a sentence of n and of 2n repetitions,
the test counts the Python lines run in ``core/headlines.py`` (``sys.settrace``) and the list
elements its per-sentence lists hand out in C: the sentence's word and finite-verb lists are
counting lists whose slices (kept counting) and ``index`` searches add what they cover. Each count
may grow by at most 2.2x per doubling. (Two speed steps once made such sentences quadratic in C
list work a line count alone does not see: a first-word search to the sentence's end, and a
slice of the finite verbs per "and".)
"""
from __future__ import annotations

import sys

import pytest

from timeline_app.core import headlines

RATIO = 2.2
HOSTILE = {
    "semicolons": "; ",
    "quotes": "“ ” ",
    "and without a cut": "x and ",
    "frames": "he said that ",
    "commas": "x, ",
    "abbreviations": "U.S. ",
}


class Work:
    lines = 0
    elements = 0


class CountingList(list):
    """A list whose slices and index searches add the elements they cover to Work.elements."""

    def __getitem__(self, k):
        r = list.__getitem__(self, k)
        if isinstance(k, slice):
            Work.elements += len(r)
            return CountingList(r)
        return r

    def index(self, value, start=0, stop=sys.maxsize):
        try:
            i = list.index(self, value, start, stop)
        except ValueError:
            Work.elements += max(0, min(stop, len(self)) - start)
            raise
        Work.elements += i - start + 1
        return i


@pytest.fixture
def counting(monkeypatch):
    init = headlines._Sentence.__init__

    def counted_init(self, text, s0, s1):
        init(self, text, s0, s1)
        self.word, self.verb = CountingList(self.word), CountingList(self.verb)

    monkeypatch.setattr(headlines._Sentence, "__init__", counted_init)
    source = headlines.__file__

    def tracer(frame, event, arg):
        if frame.f_code.co_filename != source:
            return None

        def local(frame, event, arg):
            if event == "line":
                Work.lines += 1
            return local
        return local

    def run(text: str, expression: tuple[int, int]) -> tuple[int, int]:
        Work.lines = Work.elements = 0
        sys.settrace(tracer)
        try:
            headlines.headline(text, (0, len(text)), expression)
        finally:
            sys.settrace(None)
        return Work.lines, Work.elements

    return run


@pytest.mark.parametrize("name", list(HOSTILE))
@pytest.mark.parametrize("where", ["start", "end"])
def test_headline_work_grows_linearly(counting, name, where):
    piece = HOSTILE[name]

    def text(n):
        body = piece * n
        return ("On Monday " + body + " it rained.") if where == "start" else (body + " it rained on Monday.")

    def expression(t):
        i = t.index("Monday")
        return i, i + len("Monday")

    counting(text(10), expression(text(10)))        # word lists read, caches warm
    small, big = text(300), text(600)
    a, b = counting(small, expression(small)), counting(big, expression(big))
    assert b[0] <= RATIO * a[0] + 50, (name, where, "lines", a, b)
    assert b[1] <= RATIO * a[1] + 50, (name, where, "list elements", a, b)
