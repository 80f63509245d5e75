"""Leads and trails declared on rules to narrow their windows (twelfth session, speed:
``routine_weekday``, ``edit_weekday``) hold of every match: with the narrowing switched off the
same mentions are found, on matches spelled every way the pattern allows, long runs of spaces
included (the lead reads a bounded number of characters back: a run longer than that is let
through by the lead's own branch for it). The windows' reach is kept in both (it counts a run of
spaces as four: a run longer than that after a weekday is not read by either)."""
from __future__ import annotations

import pytest

from timeline_app.temporal import tagger
from timeline_app.temporal.triggers import BACK, FORWARD

CASES = {
    "routine_weekday": [
        "Min stay 6 months. Bin day is Tuesday lol",
        "bin day's Tuesday, recycling day = thurs",
        "PE day is on weds and swim night's always Friday",
        "Bin day is usually Monday. Bin night is normally Sunday",
        "it opens every day except monday.",
        "open daily but on Sunday, every day but Sat",
        "Bin day is" + " " * 40 + "Tuesday",
        "Bin day is always" + " " * 30 + "Tuesday",
        "Bin day is" + " " * 30 + "always" + " " * 5 + "Tuesday",
        "Bin day is" + "\n" * 17 + "on Tuesday",
        "every day except" + "\t" * 20 + "on" + " " * 20 + "Monday",
        "Bin day's\u2003Tuesday and it's on Tuesday the 5th",
    ],
    "edit_weekday": [
        "Posted my question here.\nEDIT (Mon): fixed it, thanks all",
        "question\nUpdate (Thursday): still broken\nEDIT 2, Tues: sorted",
        "q\nEDIT [Wed.]: ok\n  Update (" + " " * 20 + "Fri" + " " * 20 + "): no",
        "q\nedit," + " " * 16 + "sat.:" + " " * 3 + "done",
    ],
    # (speed11) the cue before a four-digit clock, its lead: "at", "by", "until", "till", "til", "from", "@", "the"
    "clock4_informal": [
        "ok meet at 2130 tmrw by the station",
        "I'll get the 1745 train",
        "leaving AT 1915 x",
        "see u @ 2100, tuesday",
        "we're on the 1830 ferry and back by 2200 thurs",
        "shop's open from 1000 until 1730 on Saturday, meet at 1300 Sat",
        "meet at\t\t2130 tomorrow",
        "meet at" + " " * 30 + "2130 tmrw",
        "by 2030 the plan was done; in 2019 we met at 2130 sunday",
        "THE 1745 TRAIN",
        "at 1999 feet, the 2359 bus at\u20032130 Friday",
    ],
    # (speed11) the word "end" and what follows it, its trigger and trail
    "end_of_unit_bare": [
        "pls send it over by end of day",
        "we need sign-off by end of day Friday",
        "I'll have a draft by end of week",
        "due end of wk, or by END OF DAY tmrw",
        "by end\tof\nday tomorrow and before end of week monday",
        "by end" + " " * 12 + "of" + " " * 12 + "day",
        "by end of" + " " * 30 + "week",
    ],
}


def _found(text):
    return [(m.start, m.end, m.rule, m.kind, repr(m.data)) for m in tagger.extract(tagger.uncap(text))]


@pytest.mark.parametrize("rule,text", [(r, t) for r, ts in CASES.items() for t in ts])
def test_leads_and_trails_keep_every_match(rule, text, monkeypatch):
    narrow = _found(text)
    if "   " not in text:   # (spelled as people write: the rule finds it)
        assert any(m[2] == rule for m in narrow), (rule, text, narrow)
    monkeypatch.setattr(tagger, "_lead_trail", lambda r: (None, None))
    assert _found(text) == narrow


@pytest.mark.parametrize("rule,text", [(r, t) for r, ts in CASES.items() for t in ts if "   " not in t])
def test_narrowed_rules_find_what_the_default_windows_find(rule, text, monkeypatch):
    narrow = _found(text)
    monkeypatch.setattr(tagger, "rule_reach", lambda r: (BACK, FORWARD, BACK, FORWARD))
    monkeypatch.setattr(tagger, "rule_words", lambda r: None)
    assert _found(text) == narrow


def test_end_of_unit_bare_finds_what_its_unit_words_found(monkeypatch):
    # (speed11) the rule ran around the unit words its pattern holds ("day", "week", "wk", and every word
    # reach.py let through: "days", "weeks", "weekend"...) until it had a trigger class of its own ("end",
    # with "of day" / "of week" after it): the same mentions both ways, on the cases above and the tagger
    # corpora's texts that hold "end"
    import json
    from pathlib import Path

    from timeline_app.temporal.lang.en import rules as en_rules

    data = Path(__file__).resolve().parent / "data"
    # (runs of blanks the reach counts: at most four; below, a longer one)
    texts = [t for t in CASES["end_of_unit_bare"] if "     " not in t] + ["at the end of the day, by end-of-day, by weekend of day"]
    for name in ("tagger_corpus.jsonl", "tagger_negative.jsonl"):
        for line in (data / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and "end" in line.lower():
                texts.append(json.loads(line)["text"])
    texts.append("\n\n".join(texts))
    now = [_found(t) for t in texts]
    assert any(m[2] == "end_of_unit_bare" for found in now for m in found)
    rule = next(r for r in en_rules.RULES if r.name == "end_of_unit_bare")
    monkeypatch.setattr(rule, "triggers", frozenset({"unit"}))
    monkeypatch.setattr(rule, "trail", None)
    monkeypatch.setattr(tagger, "_AROUND", {})
    monkeypatch.setattr(tagger, "_lead_trail", lambda r, real=tagger._lead_trail: real(r))   # (plans made again)
    assert [_found(t) for t in texts] == now
    # where the blanks inside "end of day" are longer runs than the reach counts (four), the windows around "day"
    # (reaching back from it as far as its pattern with runs of four) missed the match; around "end" they hold it
    long = "by end of" + " " * 30 + "week"
    assert _found(long) == []
    monkeypatch.undo()
    assert [m[2] for m in _found(long)] == ["end_of_unit_bare"]
