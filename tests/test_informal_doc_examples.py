"""The examples of docs/informal-time.md marked done are what the tagger gives.

Each row: the case as the catalogue quotes it (the test checks the quote is in the document, so the
two stay together), a text holding it, the reference date, the words of the expression and the
value the catalogue gives, written HERE from the calendar (never read from the tagger). Most cases
are said on Wednesday 4 June 2025: tomorrow is Thursday 5 June, the coming Saturday 7 June, the ISO
week 2025-W23. Cases the catalogue writes with a reference date of their own (tests/data/tagger_corpus.jsonl
holds them) are not repeated here; ``test_every_done_case_is_checked`` lists the quoted done cases that
are in neither, so a new row of the catalogue comes with its check.
"""
from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from timeline_app.temporal import tag

DOC = Path(__file__).resolve().parent.parent / "docs" / "informal-time.md"
DATA = Path(__file__).parent / "data"
W = date(2025, 6, 4)   # a Wednesday

# (the case as quoted, text, reference date, words of the expression, type, value); value None: no expression
CASES = [
    # 1. abbreviations and misspellings of day words and units
    ("see u 2moro", "see u 2moro", W, "2moro", "DATE", "2025-06-05"),
    ("cu tmrw x", "cu tmrw x", W, "tmrw", "DATE", "2025-06-05"),
    ("tomoz", "see you tomoz", W, "tomoz", "DATE", "2025-06-05"),
    ("tmoro", "see you tmoro", W, "tmoro", "DATE", "2025-06-05"),
    ("2mrw", "see you 2mrw", W, "2mrw", "DATE", "2025-06-05"),
    ("yday was mad", "yday was mad", W, "yday", "DATE", "2025-06-03"),
    ("ystrdy", "saw her ystrdy", W, "ystrdy", "DATE", "2025-06-03"),
    ("exams done tmoz", "exams done tmoz", W, "tmoz", "DATE", "2025-06-05"),
    ("2moz", "see u 2moz", W, "2moz", "DATE", "2025-06-05"),
    ("tonite", "out tonite?", W, "tonite", "TIME", "2025-06-04TNI"),
    ("2nite", "pub 2nite?", W, "2nite", "TIME", "2025-06-04TNI"),
    ("friday nite", "drinks friday nite?", W, "friday nite", "TIME", "2025-06-06TNI"),
    ("thurs arvo", "free thurs arvo?", W, "thurs arvo", "TIME", "2025-06-05TAF"),
    ("tmrw eve", "cinema tmrw eve?", W, "tmrw eve", "TIME", "2025-06-05TEV"),
    ("this aft", "can you look this aft?", W, "this aft", "TIME", "2025-06-04TAF"),
    ("wknd plans?", "wknd plans?", W, "wknd", "DATE", "2025-W23-WE"),
    ("last wknd", "had a mad one last wknd", W, "last wknd", "DATE", "2025-W22-WE"),
    ("nxt wk is mental", "nxt wk is mental", W, "nxt wk", "DATE", "2025-W24"),
    ("took 3 hrs", "the drive took 3 hrs", W, "3 hrs", "DURATION", "PT3H"),
    ("been 2 wks", "been 2 wks since i saw her", W, "2 wks", "DURATION", "P2W"),
    ("18 mths", "contract is 18 mths", W, "18 mths", "DURATION", "P18M"),
    ("posted a sec ago", "posted a sec ago", W, "a sec ago", "DATE", "PRESENT_REF"),
    # 2. clock talk
    ("physio at quarter to 8", "physio at quarter to 8 before work", W, "quarter to 8", "TIME", "2025-06-04T07:45"),
    ("meet at midday", "meet at midday?", W, "midday", "TIME", "2025-06-04T12:00"),
    ("drinks 8ish?", "drinks at the pub 8ish?", W, "8ish", "TIME", "2025-06-04T20:00"),
    ("at 8 o'clock", "dinner at 8 o'clock tonight", W, "8 o'clock", "TIME", "2025-06-04T20:00"),
    # 4. numeric dates
    ("17.06.2025", "the gig is on 17.06.2025", W, "17.06.2025", "DATE", "2025-06-17"),
    ("on 25/09/2025", "moving on 25/09/2025", W, "25/09/2025", "DATE", "2025-09-25"),
    ("w/c 8 July", "your shifts for w/c 8 July", date(2024, 6, 20), "8 July", "DATE", "2024-W28"),
    # 5. a day and a time in any order
    ("thurs 2pm", "dentist thurs 2pm", W, "thurs 2pm", "TIME", "2025-06-05T14:00"),
    ("7pm fri?", "7pm fri?", W, "7pm fri", "TIME", "2025-06-06T19:00"),
    ("deadline friday 6.30pm lads", "deadline friday 6.30pm lads", W, "friday 6.30pm", "TIME", "2025-06-06T18:30"),
    ("EGG HUNT IS AT 10AM SUNDAY", "EGG HUNT IS AT 10AM SUNDAY", W, "10AM SUNDAY", "TIME", "2025-06-08T10:00"),
    ("ARE YOU COMING FOR LUNCH ON SUNDAY", "ARE YOU COMING FOR LUNCH ON SUNDAY", W, "SUNDAY", "DATE", "2025-06-08"),
    # 6. vague now and recency
    ("on the trampoline rn", "on the trampoline rn", W, "rn", "DATE", "PRESENT_REF"),
    ("Salah's been on fire lately", "Salah's been on fire lately", W, "lately", "DATE", "PAST_REF"),
    ("nowadays", "nobody texts nowadays", W, "nowadays", "DATE", "PRESENT_REF"),
    ("these days", "so tired these days", W, "these days", "DATE", "PRESENT_REF"),
    ("just now", "saw it just now", W, "just now", "DATE", "PRESENT_REF"),
    ("the atm", "took cash from the atm", W, "atm", "DATE", None),
    # 7. habits
    ("every other tue", "bins every other tue", W, "every other tue", "SET", "XXXX-WXX-2"),
    ("every sat", "parkrun every sat", W, "every sat", "SET", "XXXX-WXX-6"),
    ("closed mondays", "they're closed mondays", W, "mondays", "SET", "XXXX-WXX-1"),
    ("weekends are for long runs", "weekends are for long runs", W, "weekends", "SET", "XXXX-WXX-WE"),
    # 8. fragments without a verb
    ("sat?", "sat?", W, "sat", "DATE", "2025-06-07"),
    ("friday works", "friday works", W, "friday", "DATE", "2025-06-06"),
    ("thu works for me", "thu works for me", W, "thu", "DATE", "2025-06-05"),
    ("Friday after next", "the party's Friday after next", W, "Friday after next", "DATE", "2025-06-13"),
    ("a fortnight on Friday", "the results are out a fortnight on Friday", W, "a fortnight on Friday", "DATE", "2025-06-20"),
    ("a week from today", "back a week from today", W, "a week from today", "DATE", "2025-06-11"),
    ("the first Monday of April", "the walk is the first Monday of April", date(2025, 3, 12), "the first Monday of April", "DATE", "2025-04-07"),
    # 9. holidays
    ("fireworks in the park for bonfire night", "fireworks in the park for bonfire night", date(2025, 10, 20), "bonfire night", "DATE", "2025-11-05"),
    ("comin fur hogmanay", "comin fur hogmanay?", date(2025, 12, 10), "hogmanay", "DATE", "2025-12-31"),
    ("the christmas tree", "the christmas tree is up", date(2025, 12, 10), "christmas", "DATE", None),
    ("Easter Island", "Easter Island was amazing", date(2025, 3, 10), "Easter", "DATE", None),
    ("pancake day", "pancake day tomorrow!!", date(2025, 3, 3), "pancake day", "DATE", "2025-03-04"),
    # 10. dialects
    ("this arvo", "can pop round this arvo", W, "this arvo", "TIME", "2025-06-04TAF"),
    ("today evening", "I have office today evening", W, "today evening", "TIME", "2025-06-04TEV"),
    # 13/15. grids' classes
    ("#Friday", "#Friday vibes", W, "Friday", "DATE", None),
    ("#tbt", "#tbt to the summer", W, "tbt", "DATE", None),
    ("every fortnight", "the market is every fortnight", W, "every fortnight", "SET", "P2W"),
    # 16. wrong values on found expressions (eleventh session)
    ("02 Apr 2026 08:12 UTC", "incident opened 02 Apr 2026 08:12 UTC, severity 3", W, "08:12", "TIME", "2026-04-02T08:12"),
    ("like in March", "lol just like in March, the same leak", W, "March", "DATE", "2025-03"),
    ("at 3:30 on friday", "can we meet at 3:30 on friday", W, "3:30", "TIME", "2025-06-06T15:30"),
    ("the kitchen is open till 10pm on quiz nights", "the kitchen is open till 10pm on quiz nights", W, "10pm", "TIME", "XXXX-XX-XXT22:00"),
    ("we normally leave at 7.30pm", "we normally leave at 7.30pm", W, "7.30pm", "TIME", "XXXX-XX-XXT19:30"),
    ("... but come Saturday at 11?", "had loads of messages ... but come Saturday at 11?", W, "Saturday", "DATE", "2025-06-07"),
    ("the app says rain Saturday", "the app says rain Saturday", W, "Saturday", "DATE", "2025-06-07"),
    ("it's due friday week btw", "it's due friday week btw", W, "friday week", "DATE", "2025-06-13"),
    ("opened 8pm, severity 3", "ticket opened 8pm, severity 3", W, "3", "TIME", None),
    ("doors 7pm, table 4", "doors 7pm, table 4", W, "4", "TIME", None),
]


def _quoted_done_cases() -> list[str]:
    """Every case quoted in a row of the catalogue whose state begins "done"."""
    out = []
    for line in DOC.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")] if line.startswith("|") else []
        if len(cells) >= 3 and cells[-1].startswith("done"):
            out += re.findall(r'"([^"]+)"', cells[0])
    return out


def test_each_case_is_quoted_in_the_catalogue():
    doc = DOC.read_text(encoding="utf-8")
    missing = [c[0] for c in CASES if f'"{c[0]}"' not in doc]
    assert not missing, f"cases not quoted in {DOC.name}: {missing}"


@pytest.mark.parametrize("case,text,ref,words,typ,value", CASES, ids=[c[0] for c in CASES])
def test_the_catalogue_case(case, text, ref, words, typ, value):
    got = [(t.expression, t.timex_type, t.timex_value) for t in tag(text, ref)]
    hit = [g for g in got if words.lower() in g[0].lower()]
    if value is None:
        assert not hit, f"{text!r} ({ref}): {words!r} should not be tagged; got {got}"
    else:
        assert (typ, value) in [(g[1], g[2]) for g in hit], f"{text!r} ({ref}): want {words!r} {typ} {value}; got {got}"


def test_every_done_case_is_checked():
    """A done case of the catalogue is checked here, or stands in a test corpus or a grid's text."""
    texts = [c[1].lower() for c in CASES]
    for name in ("tagger_corpus.jsonl", "tagger_negative.jsonl"):
        with open(DATA / name, encoding="utf-8") as f:
            texts += [json.loads(line)["text"].lower() for line in f if line.strip()]
    texts += [p.read_text(encoding="utf-8").lower() for p in Path(__file__).parent.glob("test_*grid*.py")]
    unchecked = [q for q in _quoted_done_cases() if not any(q.lower() in t for t in texts)]
    # the catalogue's prose cases (several messages joined by "/", "...") are the grids' and the corpus's
    # in other words: the count may only go down
    assert len(unchecked) <= UNCHECKED_AT_MOST, f"{len(unchecked)} done cases checked nowhere: {unchecked}"


UNCHECKED_AT_MOST = 176   # eleventh session: 318 of the 494 quoted done cases checked; may only go down
