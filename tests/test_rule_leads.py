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
