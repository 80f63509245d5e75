"""What the tagger MISSES, by construction, as GRIDS (thirteenth session, recall). Each class comes
from `benchmarks/missed.py` (the gold expressions no system expression touches, on the readable
informal sets, by construction) and is tested as the construction of English behind it, said on every
day of a week and at month and year ends, in plans and in reports. The expected TimeML value is
computed here from the calendar, never read from the tagger (docs/informal-time.md, the recall section).

1. "THE Nth" WITH NO NOUN AFTER IT, the object of a verb or after "and"/"or" ("can anyone cover the 6th?",
   "the cleaners are coming the 29th at 9", "I'll cancel the 23rd and the 30th"): a day of the month,
   the next one in a plan, the last one in a report; coordinated days share the first one's month. Not
   a list's "the 1st"-"the 3rd", not after a name ("Henry the 8th"), "in", "of", "at", "came" (a
   match's minute, a century, a place), and ordinals sharing a noun ("the 19th and 20th centuries") are
   the noun's.
"""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from timeline_app.temporal import tag


def _suffix(n: int) -> str:
    return "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


ORD_REFS = [date(2025, 6, 2) + timedelta(days=i) for i in range(7)] + [
    date(2025, 6, 30), date(2025, 12, 31), date(2026, 2, 28), date(2024, 12, 29), date(2024, 2, 29)]
ORD_FRAMES = [
    ("@jo: I'll cancel the {n} and the {n2}", False),
    ("@jo: can anyone cover the {n}? x", False),
    ("@jo: the cleaners are coming the {n} at 9", False),
    ("@jo: my cousin will cover the {n}", False),
    ("@jo: don't mention the {n} to him!!", False),
    ("@jo: we cancelled the {n} so stayed home", True),
    ("@jo: she covered the {n} for me", True),
]


def _day(ref: date, n: int, past: bool) -> date:
    y, m = ref.year, ref.month
    if past:
        if n >= ref.day:
            y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    elif n <= ref.day:
        y, m = (y, m + 1) if m < 12 else (y + 1, 1)
    return date(y, m, n)


@pytest.mark.parametrize("template,past", ORD_FRAMES)
def test_the_nth_as_the_object_of_a_verb(template, past):
    wrong = []
    for ref in ORD_REFS:
        for n in (5, 12, 17, 23, 26):
            n2 = n + 2
            if ref.day in (n, n2):
                continue
            text = template.format(n=f"{n}{_suffix(n)}", n2=f"{n2}{_suffix(n2)}")
            ts = tag(text, ref)
            first = _day(ref, n, past)
            for k in ((n, n2) if "{n2}" in template else (n,)):
                # coordinated days of the month share the first one's month ("the 5th and the 7th")
                want = (first if k == n else first.replace(day=k)).isoformat()
                t = next((t for t in ts if t.expression == f"the {k}{_suffix(k)}"), None)
                if t is None or (t.timex_type, t.timex_value) != ("DATE", want):
                    wrong.append(f"{ref}: {text!r} -> {[(t.expression, t.timex_value) for t in ts]} (want the {k}{_suffix(k)} {want})")
    assert not wrong, f"{len(wrong)} wrong:\n" + "\n".join(wrong[:30])


@pytest.mark.parametrize("text", [
    "@jo: Henry the 8th and his wives",
    "@jo: scored in the 89th, get in",
    "@jo: between the 19th and 20th centuries",
    "@jo: I liked the 2nd more tbh",
    "@jo: the 5th floor is closed",
    "@jo: she came in the 4th and faded",
    "@jo: that's the 12th time this year",
    "@jo: at the end of the 19th, things changed",
])
def test_the_nth_that_is_no_day(text):
    for ref in (ORD_REFS[0], ORD_REFS[8]):
        # no day of the month ("between the 19th and 20th centuries" is the two centuries)
        got = [t.expression for t in tag(text, ref) if t.timex_type == "DATE" and len(t.timex_value) == 10]
        assert got == [], (text, got)
