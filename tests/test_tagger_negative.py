"""Phrases that must never become a DATE or TIME nor a placed interval (``tests/data/tagger_negative.jsonl``).

A DURATION or SET over a phrase is allowed (a "61-year-old" is a DURATION) as long as it is
not placed on the calendar, unless the record says ``"untagged": true`` (nothing at all may
overlap it: "a quarter point" is a rate, not even a duration).
"""
from __future__ import annotations

import pytest

from test_tagger_corpus import DATA, describe, find_span, load_jsonl, tagged

RECORDS = load_jsonl(DATA / "tagger_negative.jsonl")


@pytest.mark.parametrize("rec", RECORDS, ids=lambda r: f"L{r['_line']:03d}-{r['phrase']}")
def test_phrase_is_not_a_date(rec):
    text, phrase = rec["text"], rec["phrase"]
    s, e = find_span(text, phrase, rec.get("occurrence", 1))
    timexes = tagged(text, rec["ref"], rec.get("mode", "auto"))
    wrong = [t for t in timexes
             if t.start_char < e and t.end_char > s
             and (rec.get("untagged") or t.timex_type in ("DATE", "TIME") or t.start is not None)]
    assert not wrong, (f"\ntext: {text!r}\nphrase: {phrase!r} [{s}:{e}] ({rec['why']})\n"
                       + "\n".join(f"  became: {describe(t)}" for t in wrong))
