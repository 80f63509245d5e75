"""Each rule runs in windows around its trigger words as wide as its pattern can reach
(``temporal/reach.py``), made once per text and reach (``triggers.TextWindows``). Narrower
windows must find exactly what the default ±64-character windows find: checked on the tagger
corpora, the fresh-text corpus and the bundled sample; the windows themselves against the
windows as first written."""
from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.temporal import reach, tagger
from timeline_app.temporal.lang.en import rules as en_rules
from timeline_app.temporal.triggers import BACK, FORWARD, TextWindows, trigger_spans, windows, word_categories

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "tests" / "data"
FRESH = REPO / "benchmarks" / "data" / "fresh"
SAMPLE = REPO / "resources" / "kharkiv-offensive.md"


def _texts() -> list[str]:
    texts = [SAMPLE.read_text(encoding="utf-8")]
    for name in ("tagger_corpus.jsonl", "tagger_negative.jsonl"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    for path in sorted(FRESH.glob("*/*.tml")):
        body = re.search(r"<TEXT>(.*?)</TEXT>", path.read_text(encoding="utf-8"), re.S)
        if body:
            texts.append(re.sub(r"<[^>]+>", "", body.group(1)))
    return texts


def _found(texts):
    return [[(m.start, m.end, m.rule, m.kind, repr(m.data)) for m in tagger.extract(tagger.uncap(t))] for t in texts]


def test_each_rules_reach_finds_what_the_default_windows_find(monkeypatch):
    texts = _texts()
    # the texts together too: dense neighbours, windows that merge across texts
    texts.append("\n\n".join(texts[:150]))
    narrow = _found(texts)
    monkeypatch.setattr(tagger, "rule_reach", lambda rule: (BACK, FORWARD, BACK, FORWARD))
    # and around every word of its categories, not only those its pattern can hold (rule_words)
    monkeypatch.setattr(tagger, "rule_words", lambda rule: None)
    assert _found(texts) == narrow
    # around every word of the pattern's, in any case
    monkeypatch.undo()
    monkeypatch.setattr(tagger, "rule_cases", lambda rule: ())
    monkeypatch.setattr(tagger, "_own_contexts", lambda rule: ())
    assert _found(texts) == narrow


def test_rule_words_are_those_its_pattern_can_hold():
    by_name = {r.name: r for r in en_rules.RULES}
    # "the week", "the year": not "days", "hours" (also words of the category "unit"); (recall24) "the wk", "the wknd"
    # are the pattern's since the units written short after "the" (lexicon the_period_short)
    words = reach.rule_words(by_name["the_period"])
    assert {"week", "year", "month", "wk", "wknd"} <= words and not words & {"days", "hours", "minute"}
    # a word the pattern holds may be glued to a number ("5pm") or run on ("weekends")
    assert {"pm", "#pm"} <= reach.rule_words(by_name["clock"])
    assert "weekend" in reach.rule_words(by_name["the_period"])
    # a pattern whose trigger is a number: every token of its categories
    assert reach.rule_words(by_name["year"]) is None
    # a word the pattern reads only as written: the month "May", not the verb; in lower case
    # where an informal rule reads it so
    cases = {r.name: dict(reach.rule_cases(r)) for r in en_rules.RULES}
    assert cases["month_day"]["may"] == {"May", "MAY"}
    assert cases["informal_day_month"]["may"] == {"may"}
    assert "may" not in cases["holiday"]   # case-blind: "may day" as well as "May Day"
    # the words a trigger class spells around a word: "New Year's Day" holds "year" after "new"
    own = {r.name: {w: (lead, trail) for w, lead, trail in reach.rule_contexts(r)} for r in en_rules.RULES}
    lead, _ = own["holiday"]["year"]
    assert re.search(lead[0], "on New ") and not re.search(lead[0], "last ")   # before "Year"
    assert re.search(own["these_days"]["days"][0][0], "been so tired these  days"[:-4])
    cats = word_categories()
    for r in en_rules.RULES:
        words = reach.rule_words(r)
        assert words is None or all(set(cats.get(w, ())) & r.triggers or w.startswith("#") for w in words), r.name



def test_reach_is_narrower_than_the_default_where_the_pattern_says_so():
    by_name = {r.name: r for r in en_rules.RULES}
    # "yesterday", "currently": the trigger word is the whole match
    back, forward, _, _ = reach.rule_reach(by_name["ref_word"])
    assert back < 32 and forward < 32
    # "the past three months": the unit ends the match, only a short suffix ("-long") follows
    back, forward, _, _ = reach.rule_reach(by_name["duration"])
    assert back == BACK and forward <= 16
    for r in en_rules.RULES:
        got = reach.rule_reach(r)
        assert all(0 <= v <= 64 for v in got), r.name


def test_pattern_reach_reads_word_classes_and_widths():
    words = frozenset({"may", "june"})
    p = re.compile(r"(?<![\w])(?:(?:early|late)\s+)?(?:May|June)(?:\s+\d{4})?(?![\w])")
    back, forward = reach.pattern_reach(p, words, 64, 64)
    assert back == len("early") + reach.SPACE_RUN
    assert forward == reach.SPACE_RUN + 4 + 1            # " 2022" and the lookahead's character
    # no word class of trigger words: the whole width bounds both sides
    p = re.compile(r"\d{1,2}:\d\d")
    assert reach.pattern_reach(p, words, 64, 64) == (5, 5)
    # unbounded and unreadable parts: the caps
    assert reach.pattern_reach(re.compile(r"(a)\1"), words, 64, 64) == (64, 64)


def _reference_windows(text, spans, back, forward):
    """The windows as first written (one span at a time, clipped, widened, merged twice)."""
    out, n = [], len(text)
    for s, e in sorted(spans):
        ws, we = max(0, s - back), min(n, e + forward)
        if out and ws <= out[-1][1]:
            out[-1][1] = max(out[-1][1], we)
        else:
            out.append([ws, we])
    result = []
    for ws, we in out:
        stop = min(n, we + FORWARD)
        m = re.compile(r"\s").search(text, we, stop) if we < n else None
        result.append((ws, m.start() if m else stop))
    merged = []
    for w in result:
        if merged and w[0] <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], w[1]))
        else:
            merged.append(w)
    return merged


_SPACES = st.sampled_from([" ", "\n", "\t", "\u00a0", "\u2003", "\u3000", "\x1c", "\x85"])
_CHARS = st.one_of(st.sampled_from(list("abcXY12-.,")), _SPACES, st.sampled_from(["é", "\u212a", "\U0001F600", "\ud800"]))


@settings(max_examples=100, deadline=None)
@given(text=st.text(_CHARS, min_size=0, max_size=400),
       cuts=st.lists(st.tuples(st.integers(0, 400), st.integers(1, 12)), max_size=30),
       back=st.integers(0, 80), forward=st.integers(0, 80))
def test_windows_of_a_text_are_the_reference_windows(text, cuts, back, forward):
    spans = [(min(s, len(text)), min(s + k, len(text))) for s, k in cuts if s < len(text)]
    expected = _reference_windows(text, spans, back, forward)
    assert windows(text, spans, back, forward) == expected
    tw = TextWindows(text, {"c": spans})
    assert tw.get("c", back, forward) == expected == tw.get("c", back, forward)


def test_every_rule_category_has_words_or_number_tokens():
    cats = {c for cs in word_categories().values() for c in cs}
    number_cats = {"year", "year3", "decade", "ordinal", "ampm", "colon", "slash", "short_year", "dot", "post_age", "clock4", "clock4_log", "dmy2", "md_stamp"}
    for r in en_rules.RULES:
        assert r.triggers <= cats | number_cats, r.name


# the dotted clock as the scan reads it since left18: a comma or a full stop after the minutes ends the clock
_DOT_CLOCK_ENDED = re.compile(r"(?<![0-9.,$£€])(?:[01]?[0-9]|2[0-3])\.[0-5][0-9](?![0-9]|[.,][0-9])")


def _reference_spans(text, required=()):
    """The trigger spans as first written: every token of the full scanner, one at a time."""
    from timeline_app.temporal.triggers import _LETTERS, _NUMBER, _SEPARATOR, _scanner

    lower, anycase, cats, suffixes = _scanner("en", required)
    spans = {}
    low = text.lower()
    scan = lower.finditer(low) if len(low) == len(text) and "\u212a" not in text else anycase.finditer(text)
    for m in scan:
        if m.start() and text[m.start() - 1].isdecimal():
            continue
        for c in cats[m.group().lower()]:
            spans.setdefault(c, []).append(m.span())
        spans.setdefault("=" + m.group().lower(), []).append(m.span())   # the word's own spans
    for m in _NUMBER.finditer(text):
        tok = m.group()
        digits = tok.rstrip(_LETTERS)
        nd = len(digits)
        if nd == 4 and "1000" <= digits <= "2099":
            spans.setdefault("year", []).append(m.span())
        if nd == 4 and ("1000" <= digits <= "2359" or digits[0] == "0") and digits[2] in "012345":
            spans.setdefault("clock4", []).append(m.span())   # (left21) "at 2130": hours 10-23, minutes 00-59; (voices22) "0500"
            if digits[0] == "0" or "1000" <= digits <= "1859" or "2100" <= digits <= "2359":
                spans.setdefault("clock4_log", []).append(m.span())   # (voices22) a log's four digits, no year of 1860-2099
        elif nd == 3 and digits[0] != "0":
            spans.setdefault("year3", []).append(m.span())
        elif nd == 2 == len(tok) and m.start() and text[m.start() - 1] in "'’":
            spans.setdefault("short_year", []).append(m.span())   # (history5) "in '73"
        if nd == len(tok):
            after = text[m.end() + 2:m.end() + 3]
            if text[m.end():m.end() + 2] in ("'s", "’s") and (nd == 4 or nd == 2 and (
                    m.start() and text[m.start() - 1] in "'’" or digits[1] == "0" and not (after.isascii() and after.isalpha()))):
                spans.setdefault("decade", []).append(m.span())   # (recall21) "the 80's", "the 1990's", "'73's"
            continue
        if tok.endswith("s") and (nd in (2, 4) or nd == 3 and len(tok) == 4):
            spans.setdefault("decade", []).append(m.span())   # (history32) "the 890s"
        if tok[nd:].lower() in suffixes:
            spans.setdefault("=#" + tok[nd:].lower(), []).append(m.span())   # "5pm": the word "#pm"
        for c in suffixes.get(tok[nd:].lower(), ()):
            if c == "ordinal" and nd > 2:
                continue
            spans.setdefault(c, []).append(m.span())
            if c == "ampm":
                spans.setdefault("colon", []).append(m.span())
    for m in _SEPARATOR.finditer(text):
        spans.setdefault("colon" if m.group() == ":" else "slash", []).append(m.span())
    for m in _DOT_CLOCK_ENDED.finditer(text):
        spans.setdefault("dot", []).append(m.span())   # (history8) "at 5.30"; (left18) "off at 3.30, get ...": ended by "," or "."
    for m in _NUM_TRIPLE_REF.finditer(text):
        spans.setdefault("dmy2", []).append(m.span())   # (numdates28) "05.06.25", "25-06-25"; any decimal digits ("٣-٣-80")
    for m in _MD_STAMP_REF.finditer(text):
        spans.setdefault("md_stamp", []).append(m.span())   # (stamps34) "tama.k_ · 2-1", "2-1 Reply"
    return spans


# (thirty-first session) the reference had no "dmy2" (numdates28 added the category to the scan only): a generated
# text with a date of three numbers in Arabic-Indic digits ("٣-٣-80") failed the comparison now and then
# (stamps34) TikTok's month-day stamp, as first written: anywhere in the text, each branch on its own
_MD_STAMP_REF = re.compile(r"(?:(?<=[·•])[ \t]{0,3}|(?<![^\n])[ \t]{0,4})(?:1[0-2]|[1-9])-(?:3[01]|[12][0-9]|[1-9])"
                           r"(?=[ \t]{0,4}(?:\n|$)|[ \t]{1,4}[A-Za-z])")
_NUM_TRIPLE_REF = re.compile(r"(?<![\d.,:/-])(?:[0-3]?\d([.-])[01]?\d\1\d\d|[01]?\d-[0-3]?\d-\d\d)(?!\d)")


_TOKENS = st.sampled_from(["May", "may", "Monday", "mondays", "weeks", "ago", "the", "last", "Mother's Day", "s", "'s", "’s", "80", "2130", "2399",
                           "1990s", "1990", "20011", "711", "071", "21st", "5pm", "'73", "’79", "'73s", "'7", "10:30", "9/24", "5.30", "11.45", "A320", "٣", "١٩٩٠", "K",
                           "\u212a", "İ", "x", "-", ".", "\n"])


@settings(max_examples=200, deadline=None)
@given(words=st.lists(st.tuples(_TOKENS, st.sampled_from(["", " ", "  ", "\n", "-"])), max_size=30))
def test_trigger_spans_are_the_reference_spans(words):
    """The scan (matches grouped by word, numbers read only when a category can want them, the
    words of unread categories left out) finds the spans the one-token-at-a-time scan finds."""
    text = "".join(w + sep for w, sep in words)
    for required in ((), tagger._REQUIRED):
        expected = _reference_spans(text, required)
        got = {c: v for c, v in trigger_spans(text, required=required).items() if v}
        assert got == expected
        only = {c: v for c, v in trigger_spans(text, required=required, only=tagger._READ).items() if v}
        cats = word_categories("en", required)
        word_cats = {c for cs in cats.values() for c in cs}
        assert only == {c: v for c, v in expected.items() if c in tagger._READ or (
            c not in word_cats and not c.startswith("=")) or c.startswith("=#") or (
            c.startswith("=") and set(cats.get(c[1:], ())) & tagger._READ)}


def test_trigger_spans_of_the_sample_are_the_reference_spans():
    for text in _texts()[:1] + ["\n\n".join(_texts()[:200])]:
        assert {c: v for c, v in trigger_spans(text, required=tagger._REQUIRED).items() if v} == \
            _reference_spans(text, tagger._REQUIRED)


def test_words_windows_are_the_rules_planned_windows():
    # TextWindows.words (every argument per call) and the tagger's plan (read once per rule) make
    # the same windows for every rule around the words of its pattern
    text = tagger.uncap(SAMPLE.read_text(encoding="utf-8"))
    spans = trigger_spans(text, required=tagger._REQUIRED, only=tagger._READ)
    checked = 0
    for rule in tagger.RULES:
        words = reach.rule_words(rule)
        if words is None or rule.requires:
            continue
        found = tuple(sorted(w for w in words if "=" + w in spans))
        if not found:
            continue
        back, forward, _, _ = reach.rule_reach(rule)
        lead, trail = tagger._lead_trail(rule)
        plain = TextWindows(text, spans).words(found, back, forward, lead, trail, reach.rule_cases(rule),
                                               reach.rule_exact(rule), tagger._own_contexts(rule))
        assert tagger.rule_windows(rule, spans, TextWindows(text, spans)) == plain, rule.name
        checked += 1
    assert checked >= 20


def test_leads_read_backwards_keep_the_spans_the_search_keeps():
    # a rule's lead (and a word's context before it) is matched on the text read backwards
    # (backwards.py, TextWindows._context): at every word start of the texts, and at every
    # character of dense bits (digits, ordinals, runs of space, "to-", stray look-around
    # bait), it keeps the spans that the search through the characters before them keeps
    import random

    from timeline_app.temporal import backwards

    texts = _texts()[:120] + [
        "on the 4th of  May, 12th   of June, 1st\tMay; a 3rd  of  the 2 000th to-day tomorrow "
        "x2nd of, 9 th, -to-morrow To-Night TO-DAY a\u00a0week 5\u2009days 2½ weeks 0630 hours",
        "".join(random.Random(7).choice("0123456789 stndrh,.-½oOfF\n\tT£$") for _ in range(1500)),
    ]
    leads = []
    for rule in tagger.RULES:
        if rule.lead is not None:
            forward = rule.lead[0].compiled()
            back = backwards.reversed_lead(forward.pattern, forward.flags)
            if back is not None:
                leads.append((rule.name, (forward, rule.lead[1]),
                              (re.compile(back[0]), rule.lead[1], back[1], forward)))
        for w, lead, _trail in reach.rule_contexts(rule):
            if lead is not None:
                leads.append((f"{rule.name}/{w}", (re.compile(lead[0]), lead[1]), (re.compile(lead[2]), lead[1], True)))
    assert len(leads) > 40
    for k, text in enumerate(texts):
        dense = k >= len(texts) - 2
        spans = [(i, i + 1) for i in range(len(text))] if dense else [m.span() for m in re.finditer(r"\b\w+", text)]
        for name, forward, back in leads:
            windows = TextWindows(text, {})
            assert windows._context(spans, back, None) == windows._context(spans, forward, None), (name, k)


def test_whole_words_bounded_repeats_and_words_beside_narrow_a_rules_words():
    by_name = {r.name: r for r in en_rules.RULES}
    # a bounded repeat of a letter ("tomorro(?:w){2,6}"): the stretched spellings alone
    stretched = reach.rule_words(by_name["stretched_day"])
    assert {"tomorrowww", "fridayyy"} <= stretched and not stretched & {"tomorrow", "friday", "today"}
    # a trigger word the pattern holds only whole ("\s+" before it, "(?![\w-])" after): that
    # word, not every word holding it
    words = reach.rule_words(by_name["set_days_per"])
    assert {"week", "year", "day"} <= words and not words & {"weeks", "weekend", "days", "#week"}
    # where the class may be glued to more letters, the words holding it stay ((speed32) the_period's class now has
    # the word's end said after it: weekday's "Friday" may run on, in its "'s")
    assert "weekend" in reach.rule_words(by_name["the_period"])
    assert not {"months", "weeks"} & reach.rule_words(by_name["the_period"])
    assert {"fridays", "friday"} <= reach.rule_words(by_name["weekday"])
    # the words the pattern always holds beside the class are the word's context ("six days a
    # week": a word of per_words before "week"), also read backwards
    own = {w: (lead, trail) for w, lead, trail in reach.rule_contexts(by_name["set_days_per"])}
    lead = own["week"][0]
    assert re.search(lead[0], "open six days a ") and re.search(lead[0], "twice per  ")
    assert not re.search(lead[0], "open six days last ")
    assert re.match(lead[2], "open six days a "[::-1]) and not re.match(lead[2], "the last "[::-1])
    # so the rule reads no window of a news text that has no "a week" / "per year" in it
    text = tagger.uncap("The minister said last week that the year had been hard, and the days long.")
    spans = trigger_spans(text, required=tagger._REQUIRED, only=tagger._READ)
    assert tagger.rule_windows(by_name["set_days_per"], spans, TextWindows(text, spans)) == []
    assert tagger.rule_windows(by_name["stretched_day"], spans, TextWindows(text, spans)) == []
