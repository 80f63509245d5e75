#!/usr/bin/env python3
"""Gold expressions the tagger misses outright in the informal sets whose errors may be read, by construction.

The recall side of `value_errors.py`: on the readable informal sets some 200 gold TIMEX3 have no
system expression overlapping them at all (the scorer's relaxed match). This script takes the very
same files (`value_errors.READ_SETS`: the first sets, informal2, the retired halves and the A halves;
never a B half, never a blind set (informal25-blind, news5-blind, informal26-blind B, informal27-blind B, informal28-blind B, informal29-blind B, informal30-blind B, informal31-blind B, informal32-blind B, informal33-blind B, informal34-blind B, informal35-blind B, informal36-blind B, informal37-blind B, informal38-blind B, informal39-blind B, informal40-blind B, informal41-blind B, informal42-blind B, informal43-blind), never a sealed set: `value_errors.read_files`
refuses a never-read file), tags them
the way `export` does, and puts every missed gold expression in ONE category of construction,
computed from the gold alone (its words, type and value, and the characters around it), the first
test that holds in this order:

    holiday or event    a named day or season of the year ("Christmas", "Diwali", "half term", "NYE")
    a range of hours    either end of "10-4", "12-4", "5.30-6.30" (no am/pm)
    a set               type SET ("every other day", "weekly", "twice a week")
    a range             a span written as one range ("27–31 Oct", "Mon-Fri", "9 to 5")
    a duration form     type DURATION ("a sec", "ages", "a good hour", "3 working days")
    part of a compound  glued to a word, a hashtag, a slash or a hyphen ("#MondayMotivation", "w/c", "pre-Xmas")
    an anaphor          a time found from another time ("that day", "the day after", "the week before")
    a vague reference   PRESENT_REF / PAST_REF / FUTURE_REF ("back in the day", "any day now", "nowadays")
    a clock form        a TIME with a clock value: h:mm with a colon, h.mm with a dot, a bare hour,
                        or another form ("half 7", "15h", "5ish", "midday")
    a part of the day   a TIME with MO/AF/EV/NI ("first thing", "this arvo", "teatime")
    abbreviated or lower-case   a word of the calendar cut or written small ("tmrw", "wk", "thurs", "jan")
    a day of the month  "the 15th", "15th", "the 3rd"
    other

Before those: "joined to a neighbour", a gold expression that a system expression overlaps but that
expression was matched to another gold one (the tagger wrote "Friday 5.30" as one TIME where the
gold has two): no construction is missed, the extents differ.

It then prints the counts per set and per category, and with --examples N, N expressions of each
(with their context, their gold type and value, and the system expressions nearest them).

    .venv/bin/python benchmarks/missed.py [--examples N] [--set informal6a ...] [--category TEXT]

Prints figures only; no assertion.
"""
from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))

import value_errors  # noqa: E402  (the list of readable sets, the tagging and the matching)

HOLIDAYS = re.compile(
    r"\b(christmas|xmas|boxing day|new year|nye|easter|good friday|whitsun|pentecost|lent|advent|"
    r"diwali|deepavali|eid|ramadan|hanukkah|chanukah|passover|rosh hashanah|yom kippur|holi|navratri|"
    r"thanksgiving|halloween|hallowe'?en|bonfire night|guy fawkes|valentine'?s|mother'?s day|father'?s day|"
    r"st\.? patrick'?s|paddy'?s day|burns night|hogmanay|australia day|anzac day|canada day|labou?r day|"
    r"memorial day|independence day|july 4th|4th of july|bank holiday|half[- ]term|term|semester|"
    r"black friday|cyber monday|may day|midsummer|solstice|equinox|lunar new year|chinese new year)\b", re.I)
RANGE = re.compile(r"\d\s*[-–—]\s*\d|\b\w+\s*[-–—]\s*\w+day\b|\b(to|till|until|thru|through)\b", re.I)
ANAPHOR = re.compile(
    r"^(that|those|the same|same|the next|the following|the previous|the preceding|the day (before|after)|"
    r"the (week|month|year|night|morning|evening|weekend) (before|after)|then|the one after|the latter|"
    r"the former|the other)\b", re.I)
CALENDAR_WORDS = (
    r"mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
    r"tmr|tmrw|tmw|tmoz|tomoz|2moro|2mrw|2day|2nite|tonite|tnite|yday|yest|ystd|wk|wks|wkend|wknd|mth|mths|"
    r"yr|yrs|hr|hrs|min|mins|sec|secs|mo|mos|arvo|eod|eow|cob|eom|asap|am|pm")
ABBREV = re.compile(r"\b(" + CALENDAR_WORDS + r")\b", re.I)
SMALL = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
                   r"april|june|july|august|september|october|november|december)\b")
MDAY = re.compile(r"^(the\s+)?\d{1,2}(st|nd|rd|th)$", re.I)
COLON = re.compile(r"^\d{1,2}:\d\d$")
DOTTED = re.compile(r"^\d{1,2}\.\d\d$")
BARE = re.compile(r"^\d{1,2}$")
HOUR_RANGE = re.compile(r"(?<![\w.:/])(?:\d{1,2}(?:[.:]\d\d)?(?:ish)?\s*[-–]\s*\Z|\A\s*[-–]\s*\d)")
PART_VALUE = re.compile(r"T(MO|AF|EV|NI|DT|MI)$")
CLOCK_VALUE = re.compile(r"T\d\d")


def category(text: str, start: int, end: int, gtype: str, value: str) -> str:
    """One category of construction for a missed gold expression (the first test that holds)."""
    words = text[start:end]
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if HOLIDAYS.search(words):
        return "holiday or event"
    if gtype == "TIME" and CLOCK_VALUE.search(value) and (
            HOUR_RANGE.search(text[max(0, start - 8):start]) or HOUR_RANGE.match(text[end:end + 8])):
        return "a range of hours without am/pm (10-4, 7-9)"
    if gtype == "SET":
        return "a set"
    if RANGE.search(words):
        return "a range"
    if gtype == "DURATION":
        return "a duration form"
    if before.isalnum() or before in "#/-_@" or after.isalnum() or after in "/_" or "/" in words or "#" in words:
        return "part of a compound"
    if ANAPHOR.search(words):
        return "an anaphor"
    if value in value_errors.REFS:
        return "a vague reference"
    if gtype == "TIME" and CLOCK_VALUE.search(value):
        w = words.strip()
        if COLON.match(w):
            return "clock: h:mm with a colon, no am/pm"
        if DOTTED.match(w):
            return "clock: h.mm with a dot, no am/pm"
        if BARE.match(w):
            return "clock: a bare hour (a number alone)"
        return "clock: other (half 7, 15h, 5ish, words)"
    if gtype == "TIME" and PART_VALUE.search(value):
        return "a part of the day"
    if ABBREV.search(words) or SMALL.search(words):
        return "abbreviated or lower-case"
    if MDAY.match(words.strip()):
        return "a day of the month"
    return "other"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--examples", type=int, default=0, metavar="N", help="print N missed expressions of each category")
    ap.add_argument("--set", nargs="+", choices=[s[0] for s in value_errors.READ_SETS], help="only these sets")
    ap.add_argument("--category", help="print every missed expression of the categories containing this text")
    a = ap.parse_args()

    counts: collections.Counter[str] = collections.Counter()
    per_set: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    examples: dict[str, list[str]] = collections.defaultdict(list)
    docs: dict[str, list] = collections.defaultdict(list)   # system spans per document, for context
    missed = []
    for set_name, doc, text, ref, g, s in value_errors.pairs(value_errors.read_files(a.set)):
        if g is None:
            docs[doc].append(s)
            continue
        per_set[set_name]["gold"] += 1
        if s is not None:
            docs[doc].append(s)
            continue
        per_set[set_name]["missed"] += 1
        missed.append((set_name, doc, text, ref, g))
    for set_name, doc, text, ref, g in missed:
        if any(x[0] < g[1] and g[0] < x[1] for x in docs[doc]):
            cat = "joined to a neighbour (extents differ)"
        else:
            cat = category(text, g[0], g[1], g[2], g[3])
        counts[cat] += 1
        per_set[set_name][cat] += 1
        near = [f"{x[4]!r}" for x in sorted(docs[doc]) if abs(x[0] - g[0]) < 60]
        examples[cat].append(f"{doc} (ref {ref:%a %Y-%m-%d}): {value_errors._context(text, g[0], g[1])}  "
                             f"gold {g[2]} {g[3]}" + (f"  (system near: {', '.join(near)})" if near else ""))

    print("| set | gold | missed |")
    print("|---|---:|---:|")
    total = collections.Counter()
    for name, tally in per_set.items():
        total.update(tally)
        print(f"| {name} | {tally['gold']} | {tally['missed']} |")
    print(f"| all | {total['gold']} | {total['missed']} |")
    print()
    print("| construction of a missed expression | count |")
    print("|---|---:|")
    for cat, n in counts.most_common():
        print(f"| {cat} | {n} |")
    for cat, n in counts.most_common():
        shown = examples[cat] if a.category and a.category in cat else examples[cat][:a.examples]
        if shown:
            print(f"\n## {cat} ({n})")
            for line in shown:
                print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
