#!/usr/bin/env python3
"""Write a fresh source's values from the calendar (datetime), not by hand.

A draft `benchmarks/data/fresh/drafts/<name>.txt` is a fresh source (`DCT YYYY-MM-DD`, a blank line,
the text with `[extent|TYPE|VALUE]` marks) whose VALUEs may hold templates in braces, computed from an
anchor day (the DCT, or the day of the last line `@@ref YYYY-MM-DD` above the mark: a thread's post
headed by its own day; those lines are dropped from the output):

    {d} {d+1} {d-2}        the anchor day moved by days            -> 2025-06-21
    {fri} {fri+} {fri-}    the Friday of the anchor's ISO week / the first after / the last before it
    {w} {w+1}              the ISO week                            -> 2025-W25
    {w+1:fri}              the Friday of that ISO week             -> 2025-06-27
    {we} {we-1}            that ISO week's weekend                 -> 2025-W25-WE
    {m} {m-1} {y} {y+1}    the month, the year                     -> 2025-05, 2024

Anything outside braces is kept ("{d+1}T19:00" -> "2025-06-22T19:00").

    python3 benchmarks/fresh_calendar.py informal22-voices   # drafts/informal22-voices-* -> src/informal/
"""
from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

FRESH = Path(__file__).resolve().parent / "data" / "fresh"
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
MARK = re.compile(r"\[([^\[\]|]+)\|(DATE|TIME|DURATION|SET)\|([^\[\]|]+)((?:\|[A-Z_]+)?)\]")


def week_of(day: dt.date) -> str:
    y, w, _ = day.isocalendar()
    return f"{y}-W{w:02d}"


def template(expr: str, anchor: dt.date) -> str:
    m = re.fullmatch(r"d([+-]\d+)?", expr)
    if m:
        return (anchor + dt.timedelta(days=int(m.group(1) or 0))).isoformat()
    m = re.fullmatch(r"(mon|tue|wed|thu|fri|sat|sun)([+-]?)", expr)
    if m:
        k = DAYS.index(m.group(1))
        monday = anchor - dt.timedelta(days=anchor.weekday())
        day = monday + dt.timedelta(days=k)
        if m.group(2) == "+":
            day = anchor + dt.timedelta(days=(k - anchor.weekday() - 1) % 7 + 1)
        elif m.group(2) == "-":
            day = anchor - dt.timedelta(days=(anchor.weekday() - k - 1) % 7 + 1)
        return day.isoformat()
    m = re.fullmatch(r"(w|we)([+-]\d+)?(?::(mon|tue|wed|thu|fri|sat|sun))?", expr)
    if m:
        day = anchor + dt.timedelta(weeks=int(m.group(2) or 0))
        if m.group(3):
            day = day - dt.timedelta(days=day.weekday()) + dt.timedelta(days=DAYS.index(m.group(3)))
            return day.isoformat()
        return week_of(day) + ("-WE" if m.group(1) == "we" else "")
    m = re.fullmatch(r"m([+-]\d+)?", expr)
    if m:
        k = anchor.year * 12 + anchor.month - 1 + int(m.group(1) or 0)
        return f"{k // 12}-{k % 12 + 1:02d}"
    m = re.fullmatch(r"y([+-]\d+)?", expr)
    if m:
        return str(anchor.year + int(m.group(1) or 0))
    raise SystemExit(f"unknown template {{{expr}}}")


def anchored_lines(text: str):
    """The draft's head, then each body line with the day it is read from: the DCT, or the last `@@ref` line
    before it (the `@@ref` lines themselves are not given)."""
    head, _, body = text.partition("\n\n")
    anchor = dt.date.fromisoformat(head.split()[1])
    yield head, anchor
    for line in body.split("\n"):
        if line.startswith("@@ref "):
            anchor = dt.date.fromisoformat(line.split()[1])
            continue
        yield line, anchor


def resolve(text: str) -> str:
    lines = anchored_lines(text)
    head, _ = next(lines)
    out = []
    for line, anchor in lines:
        def one(mk: re.Match) -> str:
            value = re.sub(r"\{([^{}]+)\}", lambda t: template(t.group(1), anchor), mk.group(3))
            return f"[{mk.group(1)}|{mk.group(2)}|{value}{mk.group(4)}]"
        out.append(MARK.sub(one, line))
    return head + "\n\n" + "\n".join(out)


def main(prefix: str) -> None:
    for draft in sorted((FRESH / "drafts").glob(f"{prefix}-*.txt")):
        text = resolve(draft.read_text(encoding="utf-8"))
        if "{" in "".join(mk.group(3) for mk in MARK.finditer(text)):
            raise SystemExit(f"{draft}: a template left unresolved")
        (FRESH / "src" / "informal" / draft.name).write_text(text, encoding="utf-8")
        print(draft.name, len(MARK.findall(text)))


if __name__ == "__main__" and "--check" not in sys.argv:
    main(sys.argv[1] if len(sys.argv) > 1 else "informal22-voices")


# --check: the calendar's word on values written by hand. Each mark whose extent names a weekday and
# whose value is a full date must fall on that weekday; "today"/"tmrw"/"yesterday"/"tonight" must be
# the anchor day (the DCT or the last `@@ref`) moved by their days; "this/next/last week" the ISO week.
WEEKDAY_WORDS = {k: re.compile(rf"\b{p}", re.I) for k, p in enumerate(
    ("mon", "tue", "wed(?!ding)", "thu", "fri(?!end)", "sat", "sun(?:day|\\b)"))}
SHIFT_WORDS = ((re.compile(r"\b(?:today|tonight|tonite|this (?:morning|afternoon|evening|arvo))\b", re.I), 0),
               (re.compile(r"(?<!after )(?<!next )\b(?:tomorrow|tmrw?|tmr)\b", re.I), 1),
               (re.compile(r"\b(?:(?:the )?day after tomorrow|next tomorrow)\b", re.I), 2),
               (re.compile(r"\byesterday\b", re.I), -1))
WEEK_WORDS = ((re.compile(r"\bthis (?:week|wk)\b", re.I), 0), (re.compile(r"\bnext (?:week|wk)\b", re.I), 1),
              (re.compile(r"\blast (?:week|wk)\b", re.I), -1))


def check(draft: Path) -> list[str]:
    lines = anchored_lines(draft.read_text(encoding="utf-8"))
    next(lines)
    bad = []
    for line, anchor in lines:
        for mk in MARK.finditer(line):
            extent, value = mk.group(1), mk.group(3)
            m = re.match(r"(\d{4})-(\d\d)-(\d\d)", value)
            if m:
                day = dt.date(*map(int, m.groups()))
                named = [k for k, rx in WEEKDAY_WORDS.items() if rx.search(extent)]
                if named and day.weekday() not in named:
                    bad.append(f"{draft.name}: {extent!r} {value} is a {day:%a}")
                for rx, shift in SHIFT_WORDS:
                    if rx.search(extent) and day != anchor + dt.timedelta(days=shift):
                        bad.append(f"{draft.name}: {extent!r} {value} but the anchor is {anchor}")
            for rx, shift in WEEK_WORDS:
                if rx.search(extent) and re.match(r"\d{4}-W", value) and value[:8] != week_of(anchor + dt.timedelta(weeks=shift)):
                    bad.append(f"{draft.name}: {extent!r} {value} but the week is {week_of(anchor + dt.timedelta(weeks=shift))}")
    return bad


if __name__ == "__main__" and "--check" in sys.argv:
    # after a set's gold commit only its A half is checked or rebuilt (`informal22-voices-a`): B is not reopened
    prefix = next((a for a in sys.argv[1:] if not a.startswith("--")), "informal22-voices")
    problems = [p for d in sorted((FRESH / "drafts").glob(f"{prefix}-*.txt")) for p in check(d)]
    print("\n".join(problems) or "calendar check: no problem")
