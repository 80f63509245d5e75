"""(speed2, fourteenth session) A block's windows are its rules' own, whatever else is kept.

``tagger.extract(text, lo=..., hi=...)`` scans a block of a text (``tag_blocks``) from a little
before ``lo`` and moves each rule's windows by that offset, once per list of windows (rules that
share a list share its moved copy). Until this session the moved copies were kept by the
identity (``id``) of the list alone: a list made for one rule and let go after its turn (the
windows of a rule made afresh, an intersection with a required word's) could leave its identity
to a list made for a later rule, which then read the earlier rule's windows. 21468b2 hid it by
keeping every rule's windows in ``TextWindows.made`` for the whole text; 69d0e17, which made them
afresh, showed it ("the weekend of 8 February" split in two in blocks).
"""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from timeline_app.temporal import tagger
from timeline_app.temporal.tagger import RULES, TextWindows, trigger_spans

CORPUS = Path(__file__).resolve().parent / "data" / "tagger_corpus.jsonl"
FILLER = "The talks went on in the capital, and the envoys spoke with the press at length. " * 30


def _text() -> str:
    sentences = [json.loads(ln)["text"] for ln in CORPUS.read_text(encoding="utf-8").splitlines() if ln.strip()]
    return FILLER + "\n\n" + " ".join(sentences[:400])


def _spans(mentions):
    return [(m.start, m.end, m.kind, m.rule) for m in mentions]


def _fresh_copies(real):
    """``_windows_of`` whose lists are new for each rule, each let go right before the next is
    made: in CPython a list made by slicing takes the place, and the identity, of the list just
    freed, as a list made afresh for a rule may take an earlier rule's (deterministic here)."""
    def windows_of(rules, spans, text_windows):
        held = [None]
        for rule, wins in real(rules, spans, text_windows):
            held[0] = None
            held[0] = copy = wins[:]
            yield rule, copy
            del copy
    return windows_of


def test_a_block_reads_each_rules_own_windows_however_they_are_kept(monkeypatch):
    text = tagger.uncap(_text())
    lo = len(FILLER) + 2   # a block after the filler: its scan starts before it
    assert lo > tagger._REACH_AFTER
    for hi in (len(text), lo + 8192):
        kept = _spans(tagger.extract(text, None, lo, hi))
        assert len(kept) > 100
        with monkeypatch.context() as m:
            m.setattr(tagger, "_windows_of", _fresh_copies(tagger._windows_of))
            fresh = _spans(tagger.extract(text, None, lo, hi))
        assert fresh == kept


def test_a_block_finds_what_the_whole_text_finds_inside_it(monkeypatch):
    """Mentions well inside a block (not near its ends) are those of the whole text, with the
    windows kept or made afresh for each rule."""
    text = tagger.uncap(_text())
    lo, hi = len(FILLER) + 2, len(FILLER) + 2 + 12000
    whole = [s for s in _spans(tagger.extract(text)) if lo + 300 <= s[0] and s[1] <= hi - 300]
    assert any(s[2] == "cal" for s in whole)
    for windows_of in (tagger._windows_of, _fresh_copies(tagger._windows_of)):
        with monkeypatch.context() as m:
            m.setattr(tagger, "_windows_of", windows_of)
            block = [s for s in _spans(tagger.extract(text, None, lo, hi)) if lo + 300 <= s[0] and s[1] <= hi - 300]
        assert block == whole


def test_rules_sharing_windows_get_those_made_for_them_alone():
    """``_windows_of`` lets rules with the same plan key share windows: each rule's windows are
    those made for it alone, on a fresh ``TextWindows`` of the same text."""
    text = _text()
    spans = trigger_spans(text, required=tagger._REQUIRED, only=tagger._READ)
    shared = dict((r.name, w) for r, w in tagger._windows_of(RULES, spans, TextWindows(text, spans)))
    assert len(shared) > 50
    for rule in RULES:
        alone = tagger.rule_windows(rule, spans, TextWindows(text, spans))
        assert shared.get(rule.name, []) == alone, rule.name


def test_a_rules_windows_are_those_of_its_words_one_by_one():
    """(speed2) ``TextWindows.planned`` joins the spans of a rule's words only where more than one
    has any, and ``_windows_of`` skips a rule one of whose required words is not in the text: the
    windows are still the union of those around each word alone (widening and merging commute),
    met with each required entry's, as ``TextWindows.words`` and ``get`` make them one at a time."""
    from timeline_app.temporal import reach
    from timeline_app.temporal.triggers import intersect, union

    texts = [tagger.uncap(_text())] + [tagger.uncap(json.loads(ln)["text"]) for ln in
                                      CORPUS.read_text(encoding="utf-8").splitlines()[:300] if ln.strip()]
    checked = skipped = 0
    for text in texts:
        spans = trigger_spans(text, required=tagger._REQUIRED, only=tagger._READ)
        for rule in RULES:
            words = reach.rule_words(rule)
            if words is None:
                continue
            found = sorted(w for w in words if "=" + w in spans)
            back, forward, any_back, any_forward = reach.rule_reach(rule)
            lead, trail = tagger._lead_trail(rule)
            one = [TextWindows(text, spans).words((w,), back, forward, lead, trail, reach.rule_cases(rule),
                                                  reach.rule_exact(rule), tagger._own_contexts(rule)) for w in found]
            expected = union(one) if one else []
            for entry in rule.requires:
                expected = intersect(expected, TextWindows(text, spans).get("@" + entry, any_back, any_forward))
            got = tagger.rule_windows(rule, spans, TextWindows(text, spans))
            assert got == expected, (rule.name, text[:60])
            checked += bool(expected)
            skipped += bool(rule.requires) and not expected and len(one) > 0
    assert checked > 1000 and skipped > 50
