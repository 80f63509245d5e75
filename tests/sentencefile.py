"""What the sentence files of the sessions' own writing share (tests/data/news_sentences_newswire31.txt,
news_sentences_newswire32.txt, informal_sentences_posts32.txt; pytest puts ``tests/`` on the path, as for
``gridcheck``): "@ YYYY-MM-DD" sets the day of writing; every other line is one sentence with its expressions marked
``[extent|TYPE|VALUE]`` (``[extent|NONE|-]``: words that must stay untagged), each answer written before the tagger ran.
An expectation holds when a Timex overlapping its extent has that type and value (the scorer's relaxed match), a NONE one
when no Timex overlaps it; the disagreements a session left open are named by (sentence opening, expression)."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from timeline_app.temporal import tag

MARK = re.compile(r"\[([^\[\]|]+)\|([A-Z]+)\|([^\[\]|]+)\]")


def load(path: Path) -> list[tuple[date, str, list[tuple[int, int, str, str, str]]]]:
    """(day of writing, sentence, [(start, end, extent, type, value)]) for every sentence of the file."""
    ref, out = None, []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@ "):
            ref = date.fromisoformat(line[2:].strip())
            continue
        text, pos, exp = "", 0, []
        for m in MARK.finditer(line):
            text += line[pos:m.start()]
            s = len(text)
            text += m.group(1)
            exp.append((s, len(text), m.group(1), m.group(2), m.group(3)))
            pos = m.end()
        out.append((ref, text + line[pos:], exp))
    return out


def disagreements(sentences, open_cases: set, also=None) -> tuple[list[str], set]:
    """The expectations that do not hold (each a line for the assertion) and the entries of ``open_cases`` that name
    one; ``also(timex, start, end, type, value)``: another way a Timex holds the mark (a file's own convention)."""
    wrong, still_open = [], set()
    for ref, text, exp in sentences:
        got = tag(text, ref)
        for s, e, x, ty, v in exp:
            over = [t for t in got if t.start_char < e and t.end_char > s]
            hit = not over if ty == "NONE" else any(
                t.timex_type == ty and t.timex_value == v or (also is not None and also(t, s, e, ty, v)) for t in over)
            key = next((k for k in open_cases if text.startswith(k[0]) and k[1] == x), None)
            if key is not None:
                still_open.add(key)
                continue
            if not hit:
                wrong.append(f"{ref} {text!r}: {x!r} want {ty} {v}; got "
                             f"{[(t.expression, t.timex_type, t.timex_value) for t in over]}")
    return wrong, still_open


def merged_day_and_clock(t, s: int, e: int, ty: str, v: str) -> bool:
    """A day and its clock time or part of the day written as one TIME ("4pm today", "Thursday 6.30pm", "9 tonight",
    "tmrw nite"): the earlier sections' one expression (TimeML's TIMEX3 for "4pm today" is one), which holds a file's mark
    of the day (or of the part) when it covers the whole mark and its value is that day's (posts32's and tweets33's
    ``also`` for ``disagreements``)."""
    if t.timex_type != "TIME" or t.start_char > s or t.end_char < e or len(v) < 10 or not v[:4].isdigit():
        return False
    return t.timex_value.startswith(v[:10] + "T") and (ty == "DATE" and len(v) == 10 or ty == "TIME" and v[10:11] == "T")


# (the thirty-third session's review) the checks of a session's file of posts written answers first, which posts32's and
# tweets33's modules had each written out: the file is the session's (500 posts, 600 marks, 20 marks of no time, every
# mark read), and every disagreement is one its OPEN set names
def check_the_file(posts) -> None:
    assert len(posts) >= 500 and sum(len(e) for _, _, e in posts) >= 600
    assert sum(1 for _, _, e in posts for x in e if x[3] == "NONE") >= 20
    assert all("[" not in t and "|" not in t for _, t, _ in posts), "a mark the parser did not read"


def check_the_posts(posts, open_cases: set) -> None:
    wrong, still_open = disagreements(posts, open_cases, merged_day_and_clock)
    assert not wrong, f"{len(wrong)} wrong:\n" + "\n".join(wrong[:40])
    assert still_open == open_cases, f"entries of OPEN that name no expectation: {open_cases - still_open}"


def print_disagreements(posts, open_cases: set) -> None:
    w, _ = disagreements(posts, open_cases, merged_day_and_clock)
    print("\n".join(w))
    print(len(w), "wrong of", sum(len(e) for _, _, e in posts), "marks in", len(posts), "posts")
