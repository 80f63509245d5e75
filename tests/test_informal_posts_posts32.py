"""The thirty-first session's informal posts (posts32, tests/data/informal_sentences_posts32.txt; docs/informal-time.md
§114): posts and messages written by hand in the voices and on the platforms the tagger meets (brands, councils,
transit agencies, clubs, fans; reviews; Reddit and forum posts; texts, WhatsApp, Discord, dating apps; mail and
out-of-office replies; school and club notices) in US, UK, Irish, Scots, Canadian, Australian, NZ, Indian, Nigerian,
Kenyan, South African, Filipino, Singaporean, Malaysian and Caribbean English, on days of writing of every weekday and
month and year ends. Each expression's TIMEX3 type and value was written BEFORE the tagger was run on them (the file's
marks, ``[extent|TYPE|VALUE]``; a mark of a day or of a part of the day is held by one TIME that
covers it with a clock time of that day, ``_merged``); ``[extent|NONE|-]`` marks a word that must stay untagged. An expectation holds when a
Timex overlapping its extent has that type and value (the scorer's relaxed match); a NONE mark holds when no Timex
overlaps it. The disagreements the session left open are listed below by post and expression (§114, "Left"); every
other expectation must hold."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from timeline_app.temporal import tag

DATA = Path(__file__).parent / "data" / "informal_sentences_posts32.txt"
MARK = re.compile(r"\[([^\[\]|]+)\|([A-Z]+)\|([^\[\]|]+)\]")

# (post opening, expression): still wrong or missed at the end of the session, each a class left open (§114)
OPEN: set[tuple[str, str]] = set()


def load() -> list[tuple[date, str, list[tuple[int, int, str, str, str]]]]:
    """(day of writing, post, [(start, end, extent, type, value)]) for every post of the file."""
    ref, out = None, []
    for line in DATA.read_text(encoding="utf-8").splitlines():
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


POSTS = load()


def _merged(t, s: int, e: int, ty: str, v: str) -> bool:
    """A day and its clock time or part of the day written as one TIME ("4pm today", "Thursday 6.30pm", "8pm EST
    tonight", "tmrw nite"): the earlier sections' one expression (TimeML's TIMEX3 for "4pm today" is one), which holds
    the file's mark of the day (or of the part) when it covers the whole mark and its value is that day's."""
    if t.timex_type != "TIME" or t.start_char > s or t.end_char < e or len(v) < 10 or not v[:4].isdigit():
        return False
    return t.timex_value.startswith(v[:10] + "T") and (ty == "DATE" and len(v) == 10 or ty == "TIME" and v[10:11] == "T")


def disagreements() -> tuple[list[str], set[tuple[str, str]]]:
    wrong, still_open = [], set()
    for ref, text, exp in POSTS:
        got = tag(text, ref)
        for s, e, x, ty, v in exp:
            over = [t for t in got if t.start_char < e and t.end_char > s]
            hit = not over if ty == "NONE" else any(t.timex_type == ty and t.timex_value == v or _merged(t, s, e, ty, v) for t in over)
            key = next((k for k in OPEN if text.startswith(k[0]) and k[1] == x), None)
            if key is not None:
                still_open.add(key)
                continue
            if not hit:
                wrong.append(f"{ref} {text!r}: {x!r} want {ty} {v}; got "
                             f"{[(t.expression, t.timex_type, t.timex_value) for t in over]}")
    return wrong, still_open


def test_the_file_is_the_session_s():
    assert len(POSTS) >= 500 and sum(len(e) for _, _, e in POSTS) >= 600
    assert sum(1 for _, _, e in POSTS for x in e if x[3] == "NONE") >= 30
    assert all("[" not in t and "|" not in t for _, t, _ in POSTS), "a mark the parser did not read"


def test_informal_posts():
    wrong, still_open = disagreements()
    assert not wrong, f"{len(wrong)} wrong:\n" + "\n".join(wrong[:40])
    assert still_open == OPEN, f"entries of OPEN that name no expectation: {OPEN - still_open}"


if __name__ == "__main__":
    w, _ = disagreements()
    print("\n".join(w))
    print(len(w), "wrong of", sum(len(e) for _, _, e in POSTS), "marks in", len(POSTS), "posts")
