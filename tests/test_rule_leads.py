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


# (speed32) the rules narrowed in the thirty-second session: a trigger class of its own (compact_hm), leads
# (bare_units, ordinal_after) and word edges said in the pattern where every match has them (the_period,
# x_per_unit, rel_period, short_weekday: reach.py then reads the trigger word whole)
CASES32 = {
    "compact_hm": ["a 3h20m session, no clears", "took 1h 45m in the end", "3 h 20 m", "run 2 hrs 10 mins and 2hr 10min",
                   "12h 5m, 1234h20m, 3h\t5m", "moving time 1h05m; 3 h 20m, 3h 20 m, 3 h20 m", "3 hr 20 min, 10hrs 5mins"],
    "bare_units": ["Residents queued for weeks to get fuel.", "Fuel prices have climbed steadily in recent weeks.",
                   "FOR MONTHS and The Following     Years, feels like  hours", "took hours, came hours after",
                   "for" + " " * 30 + "weeks", "in\u2003recent\tyears, the preceding decades", "xfor weeks"],
    "ordinal_after": ["In the first hours of the ground war, allied armor moved north.",
                      "It's the second day of an offensive by the security forces",
                      "By the 120th day of the blockade the town was starving.",
                      "the first three weeks after the vote, the opening 2½ days of the trial, their final twenty-one days since",
                      "the first one hundred and twenty days of the term; its 2nd     days after x",
                      "the first a couple of days of it, the last 1,500 years of the empire, THE FIRST DAY OF",
                      "its 3rd" + " " * 40 + "week after the vote"],
    "the_period": ["the week ahead is busy", "the week aheads; the week ahead-of", "in the weekend, the WEEK AHEAD",
                   "the whole year, the end of the month", "the weekahead, the week  ahead.", "THE WK ahead, the wknd"],
    "x_per_unit": ["ive been training 2x/week since march", "i'll water 3x a week till mid may",
                   "Amoxicillin 3x daily for 7 days", "2x  per   weekly, 4X/ Yr", "3xweek 3x/weeks 3x weekend"],
    "rel_period": ["The store will open next month.", "last week's meeting, this weekend, next weekends",
                   "the end of this month’s run; next wk-end; LAST YEAR", "early next year, this past month's, last weeks"],
    "short_weekday": ["working from home tmr and thu, not doing this again",
                      "sat arvo? tues night, THURS eve, fri's no good, wed.x, mon.5",
                      "next tues, this past weds; thurs's fine; sun'", "thurso tuesx sat_ fri- xsat, this  coming  sat"],
}


@pytest.mark.parametrize("rule,text", [(r, t) for r, ts in CASES32.items() for t in ts])
def test_thirty_second_session_narrowings_keep_every_match(rule, text, monkeypatch):
    narrow = _found(text)
    monkeypatch.setattr(tagger, "_lead_trail", lambda r: (None, None))
    assert _found(text) == narrow
    if "   " not in text:   # (the reach counts a run of blanks as four, the default windows do not)
        monkeypatch.setattr(tagger, "rule_reach", lambda r: (BACK, FORWARD, BACK, FORWARD))
        monkeypatch.setattr(tagger, "rule_words", lambda r: None)
        assert _found(text) == narrow


def test_thirty_second_session_cases_are_found():
    # (a test that cannot fail is a defect: each narrowed rule finds its own cases)
    for rule, texts in CASES32.items():
        assert any(m[2] == rule for t in texts for m in _found(t)), rule


def _corpus_texts(word_test):
    import json
    from pathlib import Path

    data = Path(__file__).resolve().parent / "data"
    texts = []
    for name in ("tagger_corpus.jsonl", "tagger_negative.jsonl"):
        for line in (data / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and word_test(line.lower()):
                texts.append(json.loads(line)["text"])
    return texts


def test_compact_hm_finds_what_its_unit_words_found(monkeypatch):
    # (speed32) compact_hm ran around every unit and post_age word; now around its own unit words ("hr", "mins", "3h", "20m"
    # ..., category hm_unit): the same mentions both ways
    import re

    from timeline_app.temporal.lang.en import rules as en_rules

    texts = CASES32["compact_hm"] + _corpus_texts(lambda low: re.search(r"\d\s?h", low) is not None)
    texts.append("\n\n".join(texts))
    now = [_found(t) for t in texts]
    assert any(m[2] == "compact_hm" for found in now for m in found)
    rule = next(r for r in en_rules.RULES if r.name == "compact_hm")
    monkeypatch.setattr(rule, "triggers", frozenset({"post_age", "unit"}))
    monkeypatch.setattr(tagger, "_AROUND", {})
    monkeypatch.setattr(tagger, "_lead_trail", lambda r, real=tagger._lead_trail: real(r))   # (plans made again)
    assert [_found(t) for t in texts] == now
    # the one difference: "3 h 20 m" (single letters apart) holds no unit or post_age word: found before only where
    # another was within reach, now nowhere
    assert [m[2] for m in _found("3 h 20 m for weeks")] == ["compact_hm", "bare_units"]
    monkeypatch.undo()
    assert [m[2] for m in _found("3 h 20 m for weeks")] == ["bare_units"]
    assert _found("3 h 20 m") == []


# each pattern as it was before the thirty-second session (the word edges it said are implied by the rest)
_OLD_PATTERNS = {
    "the_period": lambda p: p.replace(r"(?![\w-])(?P<ahead>(?<=[kK])\s+(?i:ahead)(?![\w-]))?",
                                      r"(?P<ahead>(?<=[kK])\s+(?i:ahead))?(?![\w-])"),
    "x_per_unit": lambda p: p.replace(r"(?<![\w])(?P<u>", "(?P<u>"),
    "rel_period": lambda p: p.replace(r"(?![\w])(?:(?:'s|’s))?", "(?:(?:'s|’s))?"),
    "short_weekday": lambda p: p.replace(r"(?<![\w])(?P<wd>", "(?P<wd>").replace(r"(?![\w])(?:\s+(?P<pod>", r"(?:\s+(?P<pod>"),
}


def test_patterns_with_their_word_edges_said_match_as_before():
    import random
    import re

    from timeline_app.temporal.lang.en import rules as en_rules

    by_name = {r.name: r for r in en_rules.RULES}
    texts = [t for ts in CASES32.values() for t in ts] + _corpus_texts(lambda low: True)
    rng = random.Random(32)
    pieces = ["the", "week", "weekend", "wk", "ahead", "'s", "’s", "-", " ", "  ", "\t", "x", "2", "3x", "/", "a", "per",
              "daily", "next", "last", "this past", "month", "months", "sat", "tues", "thurs", "arvo", "night", "_", ".",
              "s", "good", "fine", "year", "YEAR", "end", "of", "é", "\n"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    for name, old in _OLD_PATTERNS.items():
        new = by_name[name].pattern.compiled()
        was = re.compile(old(new.pattern), new.flags)
        assert was.pattern != new.pattern, name   # (the edges are there to take out)
        for t in texts:
            for start in (0, 1, 3):   # (a window may start anywhere)
                assert [m.span() for m in new.finditer(t, start)] == [m.span() for m in was.finditer(t, start)], (name, t)
