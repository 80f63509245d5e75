"""Property test of the tagger over 20,000+ mutated sentences (issue 10, "must show").

A seeded generator (fast and reproducible, unlike hypothesis at this count) mutates sentences
written for this test: case changes, cuts, repeats, inserted time words and numbers at the
calendar's edges, line breaks, odd characters. Each document is tagged with a reference date
from the calendar's edges, a random one, or none, in every mode. Every Timex must have valid
offsets, a TimeML TIMEX3 value, an interval that runs forwards with years in 1-9999, and an
explanation without a "None" in it.
"""
from __future__ import annotations

import random
import re
from datetime import date

from timeline_app.temporal import tag
from timeline_app.temporal.timex import valid_timex_value

SENTENCES = [
    "On Feb 24 the invasion began.",
    "The summit opened on Dec 28, 2023 in Brussels.",
    "Earlier this week, ministers met in Kyiv.",
    "On Feb 29 it snowed.",
    "The talks will resume next Tuesday morning.",
    "A week after the vote, the minister resigned.",
    "In 492 BC the Persians invaded; the following year they returned.",
    "The fifth day of the rebellion saw heavy fighting.",
    "Shares fell 3% in the third quarter of 1990 compared with a year earlier.",
    "By the end of the month the army had retreated.",
    "Two days later, on 21 July 1936, the garrison surrendered.",
    "The winter of 1915 was the coldest in a century.",
    "He was born in the 1960s and died in the 21st century.",
    "The meeting is scheduled for 10:30 a.m. on Friday.",
    "Every Monday the council meets; twice a year it votes.",
    "Last night's storm followed a dry summer.",
    "From October to March the port is closed.",
    "The ceasefire lasted 18 months, until the spring of 2019.",
    "It is now in its seventh month.",
    "Christmas Eve and New Year's Day are holidays.",
    "The 13th to the 19th of October 1950 saw the advance.",
    "Yesterday the president said the next few weeks would be decisive.",
    "EARLIER THIS WEEK THE PARLIAMENT MET.",
    "the deal was signed on monday and ratified two weeks later.",
    "In the first half of 2022 exports rose; in Q3 they fell.",
    "Three years after the war ended in 1945, the treaty was signed.",
    "The 2004 elections came a decade after the 1994 ones.",
    "At midnight on 31 December 9999 the calendar ends.",
    "The kingdom fell in 10000 BC, some 12,000 years ago.",
    "ISO week 53 of 2021 and week 53 of 2020 differ.",
]
PIECES = [
    "Feb 29", "29 February", "February 30", "9999", "10000", "0001", "year 1", "BC", "99999 BC",
    "the following year", "a week after", "earlier this week", "later this month", "the winter",
    "the 31st", "Q4", "24:30", "noon", "the fifth day of the war", "1,000,000 years ago",
    "the 99th century", "December 31, 9999", "January 1, 0001", "9998", "next winter",
    "the previous day", "that year", "the next decade", "since 1950", "1861-1863", "\n",
    "EARLIER THIS WEEK", "LAST MONDAY", "in 2000 BC", "a century earlier", "the 1st millennium",
    "\u200b", "\u00ad", "ﬁrst week", "İ", "ß", "\ud800", "\t", ";", ",", ".", "--",
]
NUMBERS = ["0", "1", "29", "31", "53", "99", "100", "999", "1000", "9999", "10000", "99999", "-1", "2.5"]
REFERENCES = [None, date(1, 1, 1), date(1, 12, 31), date(9999, 12, 31), date(9998, 12, 31),
              date(2024, 2, 29), date(2023, 3, 1), date(2022, 9, 10), date(1900, 2, 28)]
MODES = ("auto", "news", "narrative")


def mutate(rng: random.Random, s: str) -> str:
    for _ in range(rng.randint(1, 4)):
        k = rng.randrange(9)
        i = rng.randint(0, len(s))
        j = rng.randint(i, min(len(s), i + 12))
        if k == 0:
            s = s.upper()
        elif k == 1:
            s = s.lower()
        elif k == 2:
            s = s[:i] + s[j:]
        elif k == 3:
            s = s[:i] + s[i:j] + " " + s[i:j] + s[j:]
        elif k == 4:
            s = s[:i] + " " + rng.choice(PIECES) + " " + s[i:]
        elif k == 5:
            s = re.sub(r"\d+", lambda m: rng.choice(NUMBERS), s, count=rng.randint(1, 3))
        elif k == 6:
            s = s[:i] + "\n" + s[i:]
        elif k == 7:
            s = re.sub(r"[.,;]", "", s)
        else:
            w = s.split(" ")
            a, b = rng.randrange(len(w)), rng.randrange(len(w))
            w[a], w[b] = w[b], w[a]
            s = " ".join(w)
    return s


def documents(seed: int, sentences: int):
    """(text, reference date, mode) triples holding ``sentences`` mutated sentences in all."""
    rng = random.Random(seed)
    made = 0
    while made < sentences:
        k = rng.randint(1, 4)
        text = " ".join(mutate(rng, rng.choice(SENTENCES)) for _ in range(k))
        ref = rng.choice(REFERENCES) if rng.random() < 0.7 else date(rng.randint(1, 9999), rng.randint(1, 12), rng.randint(1, 28))
        yield text, ref, rng.choice(MODES)
        made += k


def check(text: str, ref, mode: str) -> list[str]:
    problems = []
    for t in tag(text, ref, mode=mode):
        where = f"{t.expression!r} in {text!r} (ref {ref}, {mode})"
        if not (0 <= t.start_char < t.end_char <= len(text)) or text[t.start_char:t.end_char] != t.expression:
            problems.append(f"offsets {t.start_char}-{t.end_char}: {where}")
        if not valid_timex_value(t.timex_value):
            problems.append(f"value {t.timex_value!r}: {where}")
        if t.timex_type not in ("DATE", "TIME", "DURATION", "SET"):
            problems.append(f"type {t.timex_type!r}: {where}")
        if (t.start is None) != (t.end is None):
            problems.append(f"half an interval {t.start}-{t.end}: {where}")
        if t.start is not None:
            if not t.start < t.end:
                problems.append(f"interval {t.start} - {t.end} does not run forwards: {where}")
            if not (1 <= t.start.year <= 9999 and 1 <= t.end.year <= 9999):
                problems.append(f"year outside 1-9999 ({t.start} - {t.end}): {where}")
        if re.search(r"\bNone\b", t.explanation):
            problems.append(f"explanation {t.explanation!r}: {where}")
    return problems


def test_twenty_thousand_mutated_sentences():
    problems, n = [], 0
    for text, ref, mode in documents(seed=10, sentences=20_000):
        problems.extend(check(text, ref, mode))  # an exception fails the test with its input in the trace
        n += 1
    assert n > 5000
    assert not problems, f"{len(problems)} problems, first ones:\n" + "\n".join(problems[:15])


def test_the_checks_catch_what_they_claim():
    """The checks themselves: a TIMEX3 value outside the grammar is refused."""
    for bad in ("BCXXXX-XX-XX", "10000-WI", "BC109998", "2023-02-29", "XXXX-13"):
        assert not valid_timex_value(bad)
    for good in ("2024-02-29", "BC0492", "XXXX-WXX-5", "P2W", "2022-W36-WE", "PRESENT_REF", "19"):
        assert valid_timex_value(good)
