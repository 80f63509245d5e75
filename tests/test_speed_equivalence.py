"""Speed-ups that must not change a result: each faster path gives exactly what the plain one
gives (no timings here)."""
from __future__ import annotations

import pickle

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.temporal import sentences
from timeline_app.temporal.rulebase import Mention

_PIECES = st.sampled_from(["The", "talks", "U.S.", "Mr.", "J.", "3.5", "end", ".", "!", "?", "…", "...", "\n", "\n\n",
                           " ", "  ", "\t", '"', "”", ")", "(", "A", "a", "1990", "é", "\u00a0", "\u2028", ",", ";"])


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(_PIECES, max_size=60), cut=st.integers(0, 5))
def test_boundaries_are_those_finditer_finds(pieces, cut):
    text = "".join(pieces)
    for boundary in (sentences._BOUNDARY, sentences._LOWER_BOUNDARY):
        for start, stop in ((0, len(text)), (min(cut, len(text)), max(min(cut, len(text)), len(text) - cut))):
            expected = [(m.span(), m.groups()) for m in boundary.finditer(text, start, stop)]
            got = [(m.span(), m.groups()) for m in sentences._boundaries(boundary, text, start, stop)]
            assert got == expected


_ASCII_PIECES = st.sampled_from(["The", "talks", "U.S.", "Mr.", "J.", "3.5", "end", ".", "!", "?", "...", "?!", "\n", "\n\n",
                                 " ", "  ", "\t", '"', ")", "(", "A", "a", "1990", ",", ";", "\r", "\x0c"])


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(_ASCII_PIECES, max_size=60), cut=st.integers(0, 7))
def test_boundaries_in_ascii_text_are_those_finditer_finds(pieces, cut):
    """(speed12) ASCII text: the boundaries' starts found by bytes.find, not the regex engine."""
    text = "".join(pieces)
    for boundary in (sentences._BOUNDARY, sentences._LOWER_BOUNDARY):
        for start, stop in ((0, len(text)), (min(cut, len(text)), max(min(cut, len(text)), len(text) - cut)),
                            (min(cut, len(text)), len(text))):
            expected = [(m.span(), m.groups()) for m in boundary.finditer(text, start, stop)]
            got = [(m.span(), m.groups()) for m in sentences._boundaries(boundary, text, start, stop)]
            assert got == expected


def test_a_mention_pickles_as_its_fields():
    m = Mention(3, 9, "duration", "duration", {"n": 2, "unit": "D", "range_end": Mention(1, 2, "r", "cal")}, 17)
    back = pickle.loads(pickle.dumps([m, m], pickle.HIGHEST_PROTOCOL))
    assert back[0] == m and back[0] is back[1]
    assert back[0].data["range_end"] == m.data["range_end"] and back[0].priority == 17


_CELL = st.one_of(st.none(), st.text(st.sampled_from(list("=+-@\t\r'a ,\"\n1é")), max_size=6),
                  st.integers(-5, 5), st.floats(allow_nan=True, allow_infinity=False, width=16))


@settings(max_examples=200, deadline=None)
@given(cells=st.lists(_CELL, max_size=12))
def test_text_cells_are_the_neutralised_strings(cells):
    from timeline_app.core.export import _text_cells, neutralise

    assert _text_cells(list(cells)) == [neutralise("" if v is None else str(v)) for v in cells]


@settings(max_examples=100, deadline=None)
@given(texts=st.lists(st.tuples(_CELL, _CELL), max_size=8), days=st.lists(st.integers(0, 4000), max_size=8))
def test_csv_lines_are_the_rows_written_one_by_one(texts, days):
    import csv
    import io
    from datetime import datetime, timedelta

    from timeline_app.core.events import EVENT_COLUMNS
    from timeline_app.core.export import _cells, csv_lines

    rows = []
    for i, ((a, b), d) in enumerate(zip(texts, days)):
        start = datetime(2000, 1, 1) + timedelta(days=d) if d % 5 else None
        row = {c: a for c in EVENT_COLUMNS}
        row.update(expression=b, sentence_index=i, start_char=d, end_char=d + 3, sentence_start=0, sentence_end=d + 9,
                   start=start, end=start + timedelta(days=1) if start else None, derived={"x": 1})
        rows.append(row)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for r in rows:
        w.writerow(_cells(EVENT_COLUMNS, [r[c] for c in EVENT_COLUMNS]))
    assert csv_lines(rows) == buf.getvalue()


def _disjoint(cuts):
    """Sorted disjoint windows with gaps, from a list of (gap, length) pairs."""
    out, pos = [], 0
    for gap, length in cuts:
        pos += gap
        out.append((pos, pos + length))
        pos += length + 1
    return out


_CUTS = st.lists(st.tuples(st.integers(0, 30), st.integers(0, 40)), max_size=25)


@settings(max_examples=300, deadline=None)
@given(a=_CUTS, b=_CUTS)
def test_intersect_is_the_two_pointer_walk(a, b):
    from timeline_app.temporal.triggers import intersect

    a, b = _disjoint(a), _disjoint(b)
    expected, i, j = [], 0, 0
    while i < len(a) and j < len(b):   # the windows' parts in common, as first written
        s, e = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if s < e:
            expected.append((s, e))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    assert intersect(a, b) == expected


_MARKS = st.sampled_from(["a", "b", "ab", " ", "  ", "\n", "!", "?", "!!", ".", ". ", "..", "x.", "?!", "A", "é"])


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(_MARKS, max_size=40), lo=st.integers(0, 60), width=st.integers(0, 60))
def test_exclaim_searched_from_the_first_mark_is_found_from_the_start(pieces, lo, width):
    from timeline_app.temporal import tense

    text = "".join(pieces)
    hi = min(len(text), lo + width)
    first = tense._first_mark(text, lo, hi)
    got = tense._EXCLAIM.search(text, first, hi) if first >= 0 else None
    want = tense._EXCLAIM.search(text, lo, hi)
    assert (got and got.span()) == (want and want.span())


class _Everything:
    def __contains__(self, item):
        return True


def test_tense_shortcuts_change_no_tense(monkeypatch):
    """tense_at with its shortcuts (a word no verb group ends on, the first "!?." found by
    str.find) reads every expression of the tagger corpus as it does without them."""
    import json
    from pathlib import Path

    from timeline_app.temporal import tagger, tense

    lines = (Path(__file__).parent / "data" / "tagger_corpus.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in lines if line.strip()]
    cases = []
    for text in texts:
        split = sentences.split_sentences(text) or [(0, len(text))]
        for m in tagger.extract(text):
            s0, s1 = next(((a, b) for a, b in split if a <= m.start < b), (0, len(text)))
            cases.append((text, s0, s1, m.start, m.end))
    assert len(cases) > 300
    fast = [tense.tense_at(*c) for c in cases]
    monkeypatch.setattr(tense, "_GROUP_ENDS", _Everything())
    monkeypatch.setattr(tense, "_first_mark", lambda text, lo, hi: lo)
    assert [tense.tense_at(*c) for c in cases] == fast
    assert {"past", "future", "present", None} <= set(fast)


@settings(max_examples=500, deadline=None)
@given(pieces=st.lists(st.sampled_from(["U", "S", ".", "a", "bc", " ", "\n", "1", "-", "é", "Z.", "..", "Mr"]), max_size=40),
       cut=st.integers(0, 80))
def test_word_before_is_what_the_regex_finds(pieces, cut):
    text = "".join(pieces)
    end = min(cut, len(text))
    w = sentences._WORD_BEFORE.search(text, max(0, end - 30), end)
    assert sentences._word_before(text, end) == (w.group(1) if w else "")


def _event_pieces():
    from timeline_app.temporal import anchors, tagger

    words = sorted(tagger._EVENT_WORDS | set(anchors._EVENTS))
    return st.lists(st.one_of(st.sampled_from(words), st.sampled_from(words).map(str.upper),
                              st.sampled_from([" ", "-", "s", "ed", ".", "x", "'s", "\n"])), max_size=30)


@settings(max_examples=300, deadline=None)
@given(pieces=_event_pieces())
def test_event_words_as_a_trie_are_the_longest_first_alternation(pieces):
    import re

    from timeline_app.temporal import anchors, tagger
    from timeline_app.temporal.lang import alternation, guard

    text = "".join(pieces)
    words = tagger._EVENT_WORDS
    first = re.compile(r"\b%s(%s)\b" % (guard(words), "|".join(sorted((re.escape(n) for n in words), key=len, reverse=True))), re.I)
    assert [(m.span(), m.group(1)) for m in tagger._EVENT_NOUN.finditer(text)] == \
        [(m.span(), m.group(1)) for m in first.finditer(text)]
    needed = frozenset(list(set(anchors._EVENTS.values()))[:7])
    first = re.compile(r"(?<![\w-])%s(?![\w-])" % alternation(w for w, k in anchors._EVENTS.items() if k in needed))
    assert [m.span() for m in anchors._words_of(needed).finditer(text)] == [m.span() for m in first.finditer(text)]


def _spans_by_lookbehind(text: str) -> dict:
    """``trigger_spans``' words of a non-ASCII text as first found: the lookbehind pattern over
    the lower-cased text, words glued to a number in other digits left out."""
    from collections import defaultdict

    from timeline_app.temporal import tagger, triggers

    lower, anycase, cats, _ = triggers._scanner(triggers.DEFAULT, tagger._REQUIRED, tagger._READ)
    low = text.lower()
    scan = lower.finditer(low) if len(low) == len(text) and "\u212a" not in text else anycase.finditer(text)
    by_word = defaultdict(list)
    for m in scan:
        if m.start() and text[m.start() - 1].isdecimal():
            continue
        by_word[m.group().lower()].append(m.span())
    return {"=" + w: sorted(found) for w, found in by_word.items()}


_WORDS = st.sampled_from(["May", "may", "MONDAY", "week", "weeks", "pm", "ago", "tonight", "spring", "1990", "5", "٣",
                          "५", "İ", "\u212a", "é", "…", "—", " ", "\n", "-", "'s", "x", "Year", "new", "day", "2nite", "😀"])


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(_WORDS, max_size=40))
def test_word_start_scan_of_any_text_finds_the_lookbehind_words(pieces):
    # the word-start scanner reads non-ASCII text too (it read ASCII text alone): the same words
    from timeline_app.temporal import tagger
    from timeline_app.temporal.triggers import trigger_spans

    text = "".join(pieces) + " in May, ٣pm, ५ weeks ago"
    got = trigger_spans(text, required=tagger._REQUIRED, only=tagger._READ)
    words = {k: sorted(v) for k, v in got.items() if k.startswith("=") and not k.startswith("=#")}
    assert words == _spans_by_lookbehind(text)


def _plain_quiet(text: str, p: int) -> bool:
    """``tagger._quiet`` as it was before the word scan was read first (9d20bb5): the whole
    ``trigger_spans`` of the piece around ``p``, every span checked."""
    from timeline_app.temporal import tagger
    from timeline_app.temporal.triggers import trigger_spans

    if p and not text[p - 1].isspace():
        return False
    a = max(0, p - tagger._QUIET_AFTER - 64)
    for found in trigger_spans(text[a:p + tagger._QUIET_BEFORE + 64], required=tagger._REQUIRED,
                               only=tagger._READ).values():
        for s, e in found:
            if s + a < p + tagger._QUIET_BEFORE and e + a > p - tagger._QUIET_AFTER:
                return False
    return True


def _sample_texts() -> list[str]:
    """News articles of tests/data/articles and the tagger corpus's sentences (chats, posts,
    lists), joined into long texts as a document's are."""
    import json
    from pathlib import Path

    data = Path(__file__).parent / "data"
    news = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((data / "articles").glob("*.txt")))
    lines = [json.loads(x)["text"] for x in (data / "tagger_corpus.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    # and prose with no word a rule reads, between them: points where a block may be cut
    calm = " ".join(["The dog ran to the park and found a red ball near the oak."] * 12)
    return [news, "\n".join(lines), "\n\n".join(lines[::-1]),
            "\n\n".join(x for p in zip(lines[:200], [calm] * 200, news.split("\n\n")) for x in p),
            "\n\n".join(x for p in zip(lines[200:400], [calm.replace("oak", "chêne")] * 200) for x in p)]


def test_quiet_with_the_word_scan_first_is_the_plain_one():
    # (speed3) every blank and every sentence start of news and of the tagger corpus, ASCII and not
    from timeline_app.temporal import tagger
    from timeline_app.temporal.sentences import split_sentences

    quiet = checked = 0
    for text in _sample_texts():
        points = {s for s, _ in split_sentences(text)} | {i + 1 for i, c in enumerate(text) if c.isspace()}
        for p in sorted(points):
            got = tagger._quiet(text, p)
            assert got == _plain_quiet(text, p), (p, text[max(0, p - 60):p + 60])
            quiet += got
            checked += 1
    assert checked > 10_000 and 0 < quiet < checked   # both answers are met


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(st.sampled_from(["The", "quiet", "talks", " ", "  ", "\n", "\n\n", ".", ",", "1990", "12", "5",
                                        "10:30", "9/24", "5.30", "5pm", "1990s", "'73", "٣", "é", "week", "may", "x" * 70,
                                        "ago", "\u212a", "İ"]), max_size=80), at=st.integers(0, 400))
def test_quiet_of_any_text_is_the_plain_one(pieces, at):
    from timeline_app.temporal import tagger

    text = "".join(pieces)
    p = min(at, len(text))
    assert tagger._quiet(text, p) == _plain_quiet(text, p)


_HOUR_PIECES = st.sampled_from(["at", "At", "AT", "til", "between", "from", "by", "@", "around", "about", "or", "is",
                                "and", " ", "  ", "\t", "\n", "\u00a0", "\u2028", "8", "10", "12", "13", "0", "05", "1990",
                                "٣", ".", ".30", ",", "?", "!", ":", "x", "pm", "tonight", "sharp", "😀", "£", "-"])


@settings(max_examples=500, deadline=None)
@given(pieces=st.lists(_HOUR_PIECES, max_size=40), cut=st.integers(0, 6))
def test_bare_hour_core_is_in_every_bare_hour_match(pieces, cut):
    # (speed3) the bare_hour rule reads _BARE_HOUR on a line only where _BARE_HOUR_CORE is found in
    # the same bounds: every match holds one
    from timeline_app.temporal.lang.en import rules

    text = "".join(pieces)
    for lo, hi in ((0, len(text)), (min(cut, len(text)), max(min(cut, len(text)), len(text) - cut))):
        if any(True for _ in rules._BARE_HOUR.finditer(text, lo, hi)):
            assert rules._BARE_HOUR_CORE.search(text, lo, hi)


def test_bare_hour_core_is_in_every_bare_hour_match_of_the_corpus():
    from timeline_app.temporal.lang.en import rules

    matched = 0
    for text in _sample_texts():
        for line in rules._LINE_END.split(text):
            for lo in range(0, max(1, len(line) - 8), 7):
                for hi in (len(line), len(line) - 3, lo + 40):
                    if 0 <= lo <= hi <= len(line) and any(True for _ in rules._BARE_HOUR.finditer(line, lo, hi)):
                        matched += 1
                        assert rules._BARE_HOUR_CORE.search(line, lo, hi), line[lo:hi]
    assert matched > 100


def _context_sources() -> list[tuple[str, int, bool]]:
    """(source, width, read backwards) of every rule's own word contexts (``reach.rule_contexts``)."""
    from timeline_app.temporal import reach
    from timeline_app.temporal.lang.en import rules as en_rules

    out = set()
    for rule in en_rules.RULES:
        for _w, lead, trail in reach.rule_contexts(rule):
            if lead:
                out.add((lead[2], lead[1], True))
            if trail:
                out.add((trail[0], trail[1], False))
    return sorted(out)


def test_contexts_as_trees_match_where_the_alternations_match():
    # (speed3) ``tagger._factored``: at every word start and end of news and chats (read backwards
    # for a lead, as ``TextWindows._context`` reads it), the same yes or no as the source
    import re

    from timeline_app.temporal import tagger

    sources = _context_sources()
    assert len(sources) > 50
    changed = 0
    texts = _sample_texts()
    for source, width, backwards in sources:
        plain, tree = re.compile(source), tagger._compiled_context(source)
        changed += tree.pattern != source
        for text in texts:
            read = text[::-1] if backwards else text
            points = sorted({m.start() for m in re.finditer(r"\b", read)})
            hits = 0
            for p in points:
                want = plain.match(read, p, p + width) is not None
                assert (tree.match(read, p, p + width) is not None) == want, (source, tree.pattern, read[p:p + width])
                hits += want
    assert changed > 40   # most are trees


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(st.sampled_from(["after", "AFTER", "afterwards", "ago", "later", "the", "eht", "in", "ni", "of",
                                        " ", "  ", "-", "_", ".", "'", "’", "\n", "x", "é", "ſ", "\u212a", "s", "t"]),
                       max_size=12), which=st.integers(0, 10_000), width=st.integers(1, 60))
def test_a_context_tree_matches_any_text_as_its_alternation(pieces, which, width):
    import re

    from timeline_app.temporal import tagger

    sources = _context_sources()
    source = sources[which % len(sources)][0]
    text = "".join(pieces)
    plain, tree = re.compile(source), tagger._compiled_context(source)
    for p in range(len(text) + 1):
        assert (plain.match(text, p, p + width) is None) == (tree.match(text, p, p + width) is None)


_NUMBER_PIECES = st.sampled_from(["1990", "1990s", "5pm", "21st", "10", ":", "/", "30", "9", "'73", "’73", "'7", "2023a",
                                  "٣", "٣٣:٣", "१२/१", "x", "pm", " ", "\n", ".", "00", "123", "12345", "5", "s", "Z"])


@settings(max_examples=500, deadline=None)
@given(pieces=st.lists(_NUMBER_PIECES, max_size=40))
def test_number_tokens_and_separators_are_what_the_patterns_find(pieces):
    # (speed3) trigger_spans reads ASCII text's numbers with _NUMBER_TOKEN_ASCII and finds ":" and
    # "/" between digits with str.find: the spans of _NUMBER_TOKEN and _SEPARATOR
    from timeline_app.temporal import triggers

    text = "".join(pieces)
    if text.isascii():
        assert [m.span() for m in triggers._NUMBER_TOKEN_ASCII.finditer(text)] == \
            [m.span() for m in triggers._NUMBER_TOKEN.finditer(text)]
    got = triggers.trigger_spans(text)
    for cat, sep in (("slash", "/"), ("colon", ":")):
        want = [m.span() for m in triggers._SEPARATOR.finditer(text) if m.group() == sep]
        seps = [sp for sp in got.get(cat, []) if text[sp[0]:sp[1]] == sep]
        assert seps == want
        assert (cat in got) == bool(got.get(cat))   # no category without a span


def test_number_tokens_of_the_corpus_are_what_the_pattern_finds():
    from timeline_app.temporal import triggers

    for text in _sample_texts():
        text = text.encode("ascii", "replace").decode()
        assert [m.span() for m in triggers._NUMBER_TOKEN_ASCII.finditer(text)] == \
            [m.span() for m in triggers._NUMBER_TOKEN.finditer(text)]


def _plain_chat_register(shown: str, pos: int) -> bool:
    from timeline_app.temporal import tagger

    return tagger._CHAT_MARKS.search(shown, max(0, pos - tagger._CHAT_REACH), min(len(shown), pos + tagger._CHAT_REACH)) is not None


def test_chat_register_is_the_chat_marks_search_on_the_corpus():
    # (speed3) ``tagger._chat_register`` looks for the kinds of _CHAT_MARKS one by one: the same answer
    from timeline_app.temporal import tagger

    assert all(tagger._CHAT_RUN.fullmatch(w) for w in tagger._CHAT_WORDS)   # each word is a whole run
    yes = checked = 0
    for text in _sample_texts():
        for pos in range(0, len(text), 37):
            got = tagger._chat_register(text, pos)
            assert got == _plain_chat_register(text, pos), text[max(0, pos - 300):pos + 300]
            yes += got
            checked += 1
    assert 0 < yes < checked


_CHAT_PIECES = st.sampled_from(["lol", "LOL", "u", "ur", "x", "xx", "ux", "2nite", "dont", "don't", "dont'", "’u", "u’",
                                "@jo", "@j", "a@jo", "@@jo", "😀", "☀", "é", "!", "?", "!!", ".", " ", "\n", "_", "-",
                                "ſ", "\u00a0", "1", "tmrw"])


@settings(max_examples=500, deadline=None)
@given(pieces=st.lists(_CHAT_PIECES, max_size=30), at=st.integers(0, 200), reach=st.sampled_from([2, 5, 300]))
def test_chat_register_of_any_text_is_the_chat_marks_search(pieces, at, reach):
    from timeline_app.temporal import tagger

    text = "".join(pieces)
    old = tagger._CHAT_REACH
    tagger._CHAT_REACH = reach   # (short reaches: the bounds cut runs of letters and marks)
    try:
        pos = min(at, len(text))
        assert tagger._chat_register(text, pos) == _plain_chat_register(text, pos)
    finally:
        tagger._CHAT_REACH = old


def _bare_hour_found(text: str) -> list:
    from timeline_app.temporal.lang.en import rules

    rule = next(r for r in rules.RULES if r.name == "bare_hour")
    out = []
    for x in rule.find(text, [(0, len(text))]):
        for men in (x if isinstance(x, list) else [x]):
            out.append((men.start, men.end, men.rule, men.kind, repr(sorted(men.data.items(), key=repr)), men.priority))
    return out


def _bare_hour_unguarded(monkeypatch, text: str) -> list:
    """The bare_hour rule's mentions with its speed3 guards off: any digit lets a line be read
    (9d20bb5's guard) and _BARE_HOUR is tried on every line."""
    import re

    from timeline_app.temporal.lang.en import rules

    with monkeypatch.context() as m:
        m.setattr(rules, "_HOUR_TOKEN", re.compile(r"\d"))
        m.setattr(rules, "_BARE_HOUR_CORE", re.compile(r""))
        # ((speed4) and _BARE_HOUR read from the line's start, the line's start found by the regex)
        m.setattr(rules, "_bare_hour_start", lambda text, lo, hi: lo)
        m.setattr(rules, "_last_line_end", _plain_last_line_end)
        return _bare_hour_found(text)


def _plain_last_line_end(text: str, lo: int, hi: int) -> int:
    from timeline_app.temporal.lang.en import rules

    cut = [x.end() for x in rules._LINE_END.finditer(text, lo, hi)]
    return cut[-1] if cut else lo


def _bare_hour_spans(text: str, lo: int, hi: int, start: int) -> list:
    from timeline_app.temporal.lang.en import rules

    return [(m.span(), m.groupdict()) for m in rules._BARE_HOUR.finditer(text, start, hi)] if start >= 0 else []


def _check_bare_hour_start(text: str, lo: int, hi: int) -> bool:
    """(speed4) _BARE_HOUR read from where ``_bare_hour_start`` says finds what it finds from ``lo``;
    whether it found any."""
    from timeline_app.temporal.lang.en import rules

    plain = _bare_hour_spans(text, lo, hi, lo)
    start = rules._bare_hour_start(text, lo, hi)
    assert _bare_hour_spans(text, lo, hi, start) == plain, (text[lo:hi], start)
    assert rules._last_line_end(text, lo, hi) == _plain_last_line_end(text, lo, hi)
    return bool(plain)


_LEAD_PIECES = st.sampled_from(["at", "At", "AT", "til", "until", "between", "from", "by", "@", "around", "about", "like",
                                "or", "or maybe", "is", "was", "for", "can't make", "can\u2019t make", "instead of",
                                "brought forward to", "pushed back to", "could you do", "'", "\u2019", "and", "the", "x",
                                " ", "  ", " " * 30, "\t", "\n", "\u00a0", "\u2028", "8", "10", "12", "13", "0", "05",
                                "1990", "٣", ".", ".30", ".5", ",", "?", "!", ":", "pm", "tonight", "sharp", "😀", "£", "-",
                                "ſince", "K", "\u212a"])


@settings(max_examples=600, deadline=None)
@given(pieces=st.lists(_LEAD_PIECES, max_size=40), cut=st.integers(0, 40), back=st.integers(0, 40))
def test_bare_hour_read_from_its_start_finds_the_same(pieces, cut, back):
    text = "".join(pieces)
    n = len(text)
    for lo, hi in ((0, n), (min(cut, n), max(min(cut, n), n - back)), (min(back, n), n)):
        _check_bare_hour_start(text, lo, hi)


def test_bare_hour_read_from_its_start_finds_the_same_in_the_corpus():
    found = 0
    for text in _sample_texts():
        for lo in range(0, len(text), 37):
            for width in (60, 200, 400):
                found += _check_bare_hour_start(text, lo, min(len(text), lo + width))
    assert found > 100


def test_bare_hour_lead_chars_bound_cue_and_approximator():
    # (speed4) _BARE_LEAD_CHARS is at least the most characters other than blanks the cue and the
    # approximator of a match can hold, read from the pattern's parse tree (a blank run counts none)
    try:
        from re import _constants as C, _parser as P
    except ImportError:  # pragma: no cover
        import sre_constants as C  # type: ignore
        import sre_parse as P  # type: ignore
    from timeline_app.temporal.lang.en import rules

    def blank_only(sub):
        return all(op is C.IN and all(x == (C.CATEGORY, C.CATEGORY_SPACE) for x in av) for op, av in sub.data)

    def width(sub):
        total = 0
        for op, av in sub.data:
            if op in (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN):
                total += 1
            elif op is C.BRANCH:
                total += max(width(a) for a in av[1])
            elif op is C.SUBPATTERN:
                total += width(av[3])
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
                lo, hi, body = av
                if blank_only(body):
                    continue
                assert hi != C.MAXREPEAT
                total += hi * width(body)
            elif op in (C.ASSERT, C.ASSERT_NOT, C.AT):
                continue
            else:
                raise AssertionError(op)
        return total

    def group(sub, name, index):
        for op, av in sub.data:
            if op is C.SUBPATTERN and av[0] == index:
                return av[3]
            for child in ([av[3]] if op is C.SUBPATTERN else av[1] if op is C.BRANCH else [av[2]] if op in (C.MAX_REPEAT, C.MIN_REPEAT) else []):
                got = group(child, name, index)
                if got is not None:
                    return got
        return None

    parsed = P.parse(rules._BARE_HOUR.pattern, rules._BARE_HOUR.flags)
    cue = group(parsed, "cue", rules._BARE_HOUR.groupindex["cue"])
    apx = group(parsed, "apx", rules._BARE_HOUR.groupindex["apx"])
    assert width(cue) + width(apx) <= rules._BARE_LEAD_CHARS
    assert width(cue) > 10 and width(apx) >= 5


def test_bare_hour_guards_change_no_mention_of_the_corpus(monkeypatch):
    found = 0
    for text in _sample_texts():
        got = _bare_hour_found(text)
        assert got == _bare_hour_unguarded(monkeypatch, text)
        found += len(got)
    assert found > 50


_BARE_PIECES = st.sampled_from(["at", "til", "from", "between", "by", "around", "or", "tmrw", "tonight", "fri", "Sat",
                                "dinner", "dinner's", "morning", " ", "  ", "\n", "\n\n", "\t", "8", "10", "12", "13",
                                "0", "1990", "£3", ".", ".30", ",", "?", "!", ":", "(", ")", "-", "x", "pm", "sharp",
                                "ok", "works", "and", "to", "Jo:", "@jo", "٣", "😀"])


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(_BARE_PIECES, max_size=40))
def test_bare_hour_guards_change_no_mention_of_any_text(pieces):
    import pytest

    text = " ".join(pieces)
    with pytest.MonkeyPatch.context() as mp:
        assert _bare_hour_found(text) == _bare_hour_unguarded(mp, text)


def _purpose_words() -> list[str]:
    from timeline_app.temporal import tense

    words = {"to", "went", "go", "going", "was", "will", "we'll", "and", "the", "see", "buy", "face", "round", "in",
             "out", "up", "Gran", "on", "said", "I'm", "9", "is", "had", "would"}
    for name in ("_PURPOSE_PASTS", "_PURPOSE_GOING", "_PURPOSE_PARTICLES", "_PURPOSE_NOT_BEFORE", "_PURPOSE_FIXTURES",
                 "_NOT_INFINITIVE", "_CLAUSE_BREAK", "_AUX_FUTURE", "_AUX_PAST", "_AUX_PRESENT", "_MODALS", "_FUTURE_1"):
        words |= set(sorted(getattr(tense, name))[:12])
    return sorted(words)


@settings(max_examples=1500, deadline=None)
@given(data=st.data())
def test_purpose_of_motion_with_its_guard_is_the_plain_reading(data):
    # (speed4) the words before an expression are read for a verb of motion only where a "to" is in
    # reach: the same answer as reading them all
    from timeline_app.temporal import tense

    words = data.draw(st.lists(st.sampled_from(_purpose_words()), max_size=14))
    caps = data.draw(st.lists(st.booleans(), min_size=len(words), max_size=len(words)))
    plain = None if not words or words[-1] in tense._PURPOSE_NOT_BEFORE \
        else tense._purpose_read(words, caps, max(0, len(words) - tense._PURPOSE_REACH))
    assert tense._purpose_of_motion(words, caps) == plain


def test_purpose_of_motion_with_its_guard_is_the_plain_reading_in_the_corpus():
    from timeline_app.temporal import tense

    told = 0
    for text in _sample_texts():
        words = [w.lower() for w in tense._WORD.findall(text)]
        for k in range(1, len(words), 3):
            before = words[max(0, k - 16):k]
            caps = [w[:1].isupper() for w in before]
            plain = None if not before or before[-1] in tense._PURPOSE_NOT_BEFORE \
                else tense._purpose_read(before, caps, max(0, len(before) - tense._PURPOSE_REACH))
            assert tense._purpose_of_motion(before, caps) == plain
            told += plain is not None
    assert told > 0


_CONTRACTED_PIECES = st.sampled_from(["mum's", "dad’s", "it's", "the", "coming", "picking", "shut", "on", "got", "off",
                                      "party's", "'s", "s", "’s", "we'll", "i'd", "going", "is", "sat", "started", "red"])


@settings(max_examples=800, deadline=None)
@given(words=st.lists(_CONTRACTED_PIECES, max_size=14))
def test_contracted_with_its_guard_is_the_plain_reading(words):
    # (speed4) the words are read for a name's "'s" only where a word but the last ends in one
    from timeline_app.temporal import tense

    assert tense._is_contracted(list(words)) == tense._contract(list(words))


def test_contracted_with_its_guard_is_the_plain_reading_in_the_corpus():
    from timeline_app.temporal import tense

    read = 0
    for text in _sample_texts():
        words = [w.lower() for w in tense._WORD.findall(text)]
        for k in range(0, len(words), 5):
            piece = words[k:k + 12]
            got = tense._is_contracted(list(piece))
            assert got == tense._contract(list(piece))
            read += got != piece
    assert read > 0


def test_verb_group_ends_inline_are_may_end_group():
    # (speed4) tense_at's loops test a word as _may_end_group does, with the clitics' endings joined
    from timeline_app.temporal import tense

    words = set(tense._GROUP_ENDS) | {"we'll", "i’ll", "we'd", "she’d", "walked", "red", "bed", "said", "the", "it'd",
                                      "'ll", "'d", "ed", "seed", "played", "friday"}
    for text in _sample_texts()[:2]:
        words |= {w.lower() for w in tense._WORD.findall(text)}
    for w in words:
        plain = w in tense._GROUP_ENDS or w.endswith(tense._CLITICS) or w.endswith(tense._WOULD) \
            or (len(w) > 4 and w.endswith(tense._PAST_SUFFIXES))
        assert tense._may_end_group(w) == plain
        assert (w in tense._GROUP_ENDS or w.endswith(tense._GROUP_END_CLITICS)
                or (len(w) > 4 and w.endswith(tense._PAST_SUFFIXES))) == plain


def _timexes(text: str, ref, mode: str) -> list[tuple]:
    from timeline_app.temporal import tagger

    return [(x.start_char, x.end_char, x.timex_type, x.timex_value, x.start, x.end, x.granularity, x.explanation,
             x.rule, x.mod, x.anchor, x.derived) for x in tagger.tag(text, ref, mode)]


def _tense_calls(monkeypatch, texts, skip: bool) -> tuple[list, int]:
    """Every text tagged (auto and news) with ``_SKIP_UNREAD_TENSE`` set to ``skip``: the Timex
    records and how many times ``tense_at`` was called from ``_read_block``."""
    from datetime import date

    from timeline_app.temporal import tagger

    calls = [0]
    plain = tagger.tense_at

    def counted(*a, **kw):
        calls[0] += 1
        return plain(*a, **kw)

    with monkeypatch.context() as m:
        m.setattr(tagger, "_SKIP_UNREAD_TENSE", skip)
        m.setattr(tagger, "tense_at", counted)
        out = [_timexes(t, date(2024, 3, 20), mode) for t in texts for mode in ("auto", "news")]
    return out, calls[0]


def _timebank_bodies(most: int) -> list[str]:
    import glob
    import html
    import re
    from pathlib import Path

    tbaq = Path(__file__).resolve().parents[2] / "shared" / "data" / "timeml" / "tbaq" / "TimeBank"
    out = []
    for p in sorted(glob.glob(str(tbaq / "*.tml")))[:most]:
        m = re.search(r"<TEXT>(.*?)</TEXT>", Path(p).read_text(encoding="utf-8"), re.S)
        if m:
            out.append(html.unescape(re.sub(r"<[^>]+>", "", m.group(1))))
    return out


def test_unread_tense_skipped_changes_no_timex_of_the_corpus(monkeypatch):
    # (speed5) a date with its year in news is resolved without its tense being read: the same
    # Timex records (values, spans, explanations) as with the call made, on the sample texts and
    # TimeBank's bodies, in auto and news mode; and the call is indeed skipped there
    texts = _sample_texts() + _timebank_bodies(60)
    fast, fast_calls = _tense_calls(monkeypatch, texts, True)
    plain, plain_calls = _tense_calls(monkeypatch, texts, False)
    assert fast == plain
    assert sum(map(len, fast)) > 2000
    assert fast_calls < 0.9 * plain_calls, (fast_calls, plain_calls)


_DATED_NEWS_PIECES = st.sampled_from([
    "The", "talks", "will", "resume", "resumed", "on", "in", "March 5, 2006", "March 5", "May 2006", "May", "1998",
    "the second quarter", "said", "on Monday", "that", "it", "would", "vote", "on Tuesday", "was", "due", "to", "open",
    "by", "Friday", ",", ".", "\n", "\n\n", "next week", "last year", "2005", "expected", "before", "Christmas",
    "in the first half of 2007", "summer 1999", "had", "signed", "agreed", "plans", "Jan. 14", "the 14th", "?", "!",
    "she", "wanted", "it", "agreed", "unless", "January 2007", "at 10am", "yesterday", "is", "set", "for"])


@settings(max_examples=150, deadline=None)
@given(words=st.lists(_DATED_NEWS_PIECES, min_size=1, max_size=40), ref_days=st.integers(0, 9000))
def test_unread_tense_skipped_changes_no_timex_of_any_text(words, ref_days):
    import pytest
    from datetime import date, timedelta

    text = " ".join(words)
    ref = date(1995, 1, 1) + timedelta(days=ref_days)
    from timeline_app.temporal import tagger

    with pytest.MonkeyPatch.context() as m:
        fast = _timexes(text, ref, "news")
        m.setattr(tagger, "_SKIP_UNREAD_TENSE", False)
        assert _timexes(text, ref, "news") == fast


def _thanks_pieces() -> list[str]:
    from timeline_app.temporal import tense

    words = {"to", "for", "having", "us", "see", "you", "the", "we", "it'll", "would", "be", "meet", "on", "booking"}
    for name in ("_THANKS", "_PLEASURE", "_AUX_FUTURE", "_MODALS", "_BOOKING_FOR"):
        words |= set(sorted(getattr(tense, name))[:10])
    return sorted(words)


@settings(max_examples=800, deadline=None)
@given(words=st.lists(st.sampled_from(_thanks_pieces()), max_size=14))
def test_thanked_with_its_guard_is_the_plain_reading(words):
    # (speed5) the words are read for thanks only where one of them is a word of thanks or pleasure
    from timeline_app.temporal import tense

    assert tense._thanked(list(words)) == tense._thanks_read(list(words))


def test_thanked_with_its_guard_is_the_plain_reading_in_the_corpus():
    from timeline_app.temporal import tense

    thanked = 0
    for text in _sample_texts():
        words = [w.lower() for w in tense._WORD.findall(text)]
        for k in range(0, len(words), 3):
            piece = words[k:k + 12]
            got = tense._thanked(piece)
            assert got == tense._thanks_read(piece)
            thanked += got
    assert thanked > 0


# (speed11) the year a text names, found with its word edge read after its first digit (core/formats/dates.py)
_YEAR_PIECES = st.sampled_from(["1", "2", "8", "9", "0", "19", "20", "1999", "2024", "18", "a", "é", "_", "-", " ", ".",
                                "\n", "x2", "٣", "²", "1a", "(", "’"])


@settings(max_examples=500, deadline=None)
@given(pieces=st.lists(_YEAR_PIECES, max_size=30), lo=st.integers(0, 8), hi=st.integers(0, 8))
def test_year_with_its_edge_after_its_first_digit_is_the_plain_year(pieces, lo, hi):
    import re

    from timeline_app.core.formats import dates

    plain = re.compile(r"\b(1[89]\d\d|2\d\d\d)\b")
    text = "".join(pieces)
    a, b = min(lo, len(text)), max(min(lo, len(text)), len(text) - hi)
    for pos, endpos in ((0, len(text)), (a, b)):
        assert dates._YEAR.findall(text, pos, endpos) == plain.findall(text, pos, endpos)
        assert [(m.span(), m.groups()) for m in dates._YEAR.finditer(text, pos, endpos)] \
            == [(m.span(), m.groups()) for m in plain.finditer(text, pos, endpos)]
    m, p = dates._YEAR.search(text), plain.search(text)
    assert (m and m.span()) == (p and p.span())


# (speed11) an update's head after a review stamp, its matches after the first character found from their newline
_HEAD_PIECES = st.sampled_from(["\n", "\n\n", " ", "\t", "*", "#", "•", "-", "Update", "UPDATE", "updated", "edit", "Edit:",
                                "EDITED", "follow-up", "follow up", "upd", "ps", ":", "x", "the", "e", "f", "u", "1", "é",
                                "\u2003", "editor", "update2", "\r"])


@settings(max_examples=500, deadline=None)
@given(pieces=st.lists(_HEAD_PIECES, max_size=40), lo=st.integers(0, 12), hi=st.integers(0, 12))
def test_review_update_head_from_its_newlines_is_the_plain_search(pieces, lo, hi):
    from timeline_app.temporal import tagger

    text = "".join(pieces)
    for a in sorted({0, 1, min(lo, len(text))}):
        for b in sorted({len(text), max(a, len(text) - hi), a}):
            assert tagger._review_update_head(text, a, b) == (tagger._REVIEW_UPDATE_HEAD.search(text, a, b) is not None)


# (speed11) a chat's word runs found without the look-behind (``tagger._chat_runs``)
_RUN_PIECES = st.sampled_from(["lol", "u", "im", "ty", "omg", "a", "é", "_", "1", "'", "’", " ", "  ", "\n", ".", ",", "-",
                               "@", "ſ", "x'y", "don’t", "\u2003", "٣"])


@settings(max_examples=500, deadline=None)
@given(pieces=st.lists(_RUN_PIECES, max_size=40), lo=st.integers(0, 20), width=st.integers(0, 40))
def test_chat_runs_are_the_look_behind_runs(pieces, lo, width):
    from timeline_app.temporal import tagger

    text = "".join(pieces)
    for a in sorted({0, 1, min(lo, len(text))}):
        for b in sorted({a, min(len(text), a + width), len(text)}):
            assert tagger._chat_runs(text, a, b) == tagger._CHAT_RUN.findall(text, a, b)


# (speed12) the first-name months' person search read from the name's occurrences (rules._person_elsewhere)
_PERSON_PIECES = ["May", "June", "April", "August", "may", "MAY", "Mayor", "JUNE", "ask", "Ask", "ASK", "asked",
                  "thank", "thanks", "you", "me", "and", "n", "to", "up", "happy", "birthday", "bday", "talk", "spoke",
                  "dm'd", "dm’d", "said", "says hi", "and i", "from", "next", "door", "in", "tell", "hi", "ty", "Ty",
                  " ", "  ", "\t", " \t ", "\n", "\u2003", "\u00a0", ",", ", ", ".", "'", "’", "_", "1", "é", "\u212a",
                  "\u017f", "Mrs", "mrs", "auntie", "cousin", "me n", "thank you", "happy birthday",
                  "thank you May", "me and June", "Me  N April", "talk to August", "happy\u2003birthday, May",
                  "spoke\n\nto June", "picked up, April", "speak\tto  May", "chatting to\tJune", "ask May", "cheers, June"]


@settings(max_examples=1500, deadline=None)
@given(pieces=st.lists(st.sampled_from(_PERSON_PIECES), max_size=30), lo=st.integers(0, 12), hi=st.integers(0, 12),
       name=st.sampled_from(["May", "June", "April", "August"]))
def test_person_elsewhere_from_the_names_is_the_plain_search(pieces, lo, hi, name):
    from timeline_app.temporal.lang.en import rules
    text = "".join(pieces)
    lo, hi = min(lo, len(text)), max(min(lo, len(text)), len(text) - hi)
    expected = rules._PERSON_ELSEWHERE[name].search(text, lo, hi) is not None
    assert rules._person_elsewhere(name, text, lo, hi) == expected


def test_person_elsewhere_from_the_names_is_the_plain_search_in_the_corpus():
    """Every first-name month of the tagger corpus and the negative corpus, with the reach the rule reads."""
    import json
    from pathlib import Path
    from timeline_app.temporal.lang.en import rules
    texts = []
    for f in ("tagger_corpus.jsonl", "tagger_negative.jsonl"):
        path = Path(__file__).parent / "data" / f
        if path.exists():
            texts += [json.loads(line).get("text", "") for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert texts
    checked = found = 0
    for text in texts:
        for name in rules._FIRST_NAME_MONTHS:
            i = text.find(name)
            while i >= 0:
                for reach in (rules._PERSON_TEXT_REACH, 30, 8):
                    lo, hi = max(0, i - reach), min(len(text), i + len(name) + reach)
                    expected = rules._PERSON_ELSEWHERE[name].search(text, lo, hi) is not None
                    assert rules._person_elsewhere(name, text, lo, hi) == expected, (text[lo:hi], name)
                    checked += 1
                    found += expected
                i = text.find(name, i + 1)
    assert checked > 100 and found > 0


# (speed12) where an upper-case stretch can start, from two capitals found by bytes.find (tagger._caps_hints)
_CAPS_PIECES = ["U", "UU", "US", "ABC", "TALKS", "MAY", "a", "u", "the", " ", "  ", "\t", "\n", ".", ",", "-", "1", ":",
                "....", "A.", "é", "\u00c9", "’", "Mr", "EST", "A.M.", "XYZ abc"]


@settings(max_examples=800, deadline=None)
@given(pieces=st.lists(st.sampled_from(_CAPS_PIECES), max_size=40), pos=st.integers(0, 60))
def test_caps_hints_are_the_plain_search(pieces, pos):
    from timeline_app.temporal import tagger
    text = "".join(pieces)
    hint = tagger._caps_hints(text)
    for p in {min(pos, len(text)), 0, len(text)}:
        expected = tagger._CAPS_HINT.search(text, p)
        got = hint(p)
        assert (got and (got.span(), got.group())) == (expected and (expected.span(), expected.group()))


# (speed12) a window's word end found by bytes.find in ASCII text (triggers.blank_finder)
_WIN_PIECES = ["word", "a", "the", "x" * 30, " ", "  ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1f", "\x85", "\u00a0",
               ".", ",", "1990", "-", "é"]


@settings(max_examples=600, deadline=None)
@given(pieces=st.lists(st.sampled_from(_WIN_PIECES), max_size=40),
       spans=st.lists(st.tuples(st.integers(0, 200), st.integers(0, 6)), max_size=8),
       back=st.integers(0, 40), forward=st.integers(0, 40))
def test_windows_with_the_blank_finder_are_the_plain_windows(pieces, spans, back, forward):
    from timeline_app.temporal import triggers
    text = "".join(pieces)
    spans = sorted((min(s, len(text)), min(s + w, len(text))) for s, w in spans)
    blanks = triggers.blank_finder(text)
    # (speed42) a text with a few characters beyond ASCII, none a blank, has one too
    view = triggers.ascii_view(text)
    assert (blanks is None) == (view is None or any(c.isspace() for c in view[1]))
    assert triggers._windows(text, spans, back, forward, blanks) == triggers._windows(text, spans, back, forward)


# (speed12) number tokens of ASCII text matched at the digits bytes.find gives (triggers._ascii_number_tokens)
_NUM_PIECES = ["1", "9", "0", "12", "1990", "2359", "123", "12345", "s", "'", "'s", "th", "pm", "am", "a", "Z",
               " ", ".", ":", "/", "-", "x"]   # ASCII only


@settings(max_examples=800, deadline=None)
@given(pieces=st.lists(st.sampled_from(_NUM_PIECES), max_size=40))
def test_ascii_number_tokens_are_those_finditer_finds(pieces):
    from timeline_app.temporal import triggers
    text = "".join(pieces)
    expected = [(m.span(), m.group()) for m in triggers._NUMBER_TOKEN_ASCII.finditer(text)]
    assert [(m.span(), m.group()) for m in triggers._ascii_number_tokens(text)] == expected


# (speed13) lower() beyond ASCII, read over every code point: what trigger_spans and groupable now take as given
# instead of lowering a non-ASCII text character by character (~56 instructions a character)
def test_only_the_dotted_capital_grows_and_two_characters_lower_into_ascii():
    from timeline_app.temporal import triggers
    ascii_alnum = set("abcdefghijklmnopqrstuvwxyz0123456789")
    grows = [c for c in range(0x110000) if len(chr(c).lower()) != 1]
    into_ascii = [c for c in range(128, 0x110000) if ascii_alnum & set(chr(c).lower())]
    assert grows == [ord(triggers._GROWS)]
    assert into_ascii == [0x130, 0x212A]


_GROUP_PIECES = ["May", "talks", "İ", "\u212a", "é", "’", "—", "٣", " ", "\n", "x" * 10]


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(st.sampled_from(_GROUP_PIECES), max_size=30))
def test_groupable_is_the_lowered_length_test(pieces):
    from timeline_app.temporal import tagger
    text = "".join(pieces)
    plain = 0 < len(text) <= tagger.GROUP_TEXT_CHARS and "\u212a" not in text and len(text.lower()) == len(text)
    assert tagger.groupable(text) == plain


_TYPESET_WORDS = st.sampled_from(["May", "may", "MONDAY", "week", "weeks", "pm", "ago", "tonight", "1990", "5", "٣",
                                  "“", "”", "’", "‘", "—", "–", "…", "é", "É", "ſ", "ı", "ω", "Ω", "\u00a0", "\u2003",
                                  "🎄", " ", "\n", "-", "'s", "x", "Year", "day", "2nite", "5pm", "’73"])


@settings(max_examples=400, deadline=None)
@given(pieces=st.lists(_TYPESET_WORDS, max_size=40))
def test_trigger_spans_of_typeset_text_are_those_of_the_lowered_text(pieces):
    """The word scan over the text written in ASCII with "?" beyond it finds what the scan over text.lower() found
    (the lookbehind form, as first written), in text with curly quotes, dashes, accents and other scripts."""
    from timeline_app.temporal import tagger
    from timeline_app.temporal.triggers import trigger_spans

    text = "".join(pieces) + " in May — “next week”"
    got = trigger_spans(text, required=tagger._REQUIRED, only=tagger._READ)
    words = {k: sorted(v) for k, v in got.items() if k.startswith("=") and not k.startswith("=#")}
    assert words == _spans_by_lookbehind(text)


# (speed42) the ASCII paths taken by a text with a few characters beyond ASCII (curly quotes, dashes, an ellipsis, an
# emoji, a blank or a digit of another script): the same boundaries, word ends and number tokens as the regex paths
_FEW_PIECES = ["The", "talks", "U.S.", "Mr.", "3.5", "1990", "1990s", "5pm", "’73", "'73", "0’s", ".", "!", "?", "...", "\n",
               "\n\n", " ", "  ", "\t", '"', ")", "A", "a", "x" * 20, ",", "’", "‘", "“", "”", "—", "…", "é", "ſ", "🎄",
               "\u00a0", "\u2003", "\x85", "٣", "१२", "?"]


def _few(pieces, pad):
    """The pieces with ASCII words around them, so that those beyond ASCII are few (at most one in 64) or not."""
    return ("Words of a sentence. " * pad) + "".join(pieces) + (" and words after it." * pad)


def _boundaries_by_search(boundary, text, start, stop):
    """``sentences._boundaries`` as it read a text beyond ASCII before speed42: each mark found by the regex's search.
    (Not always ``boundary.finditer``'s: a pictograph opening a run of marks before "…" skips the run, where
    ``_LOWER_BOUNDARY``, which reads no pictograph, starts at the "…"; kept as it was, the output unchanged.)"""
    pos = start
    while True:
        c = sentences._BOUNDARY_START.search(text, pos, stop)
        if c is None:
            return
        m = boundary.match(text, c.start(), stop)
        if m is None:
            marks = sentences._STOP_RUN.match(text, c.start(), stop)
            pos = c.start() + 1 if marks is None else marks.end()
            continue
        yield m
        pos = m.end()


@settings(max_examples=400, deadline=None)
@given(pieces=st.lists(st.sampled_from(_FEW_PIECES), max_size=40), pad=st.integers(0, 12), cut=st.integers(0, 30))
def test_boundaries_of_text_with_a_few_characters_beyond_ascii(pieces, pad, cut):
    text = _few(pieces, pad)
    for boundary in (sentences._BOUNDARY, sentences._LOWER_BOUNDARY):
        for start, stop in ((0, len(text)), (min(cut, len(text)), max(min(cut, len(text)), len(text) - cut))):
            expected = [(m.span(), m.groups()) for m in _boundaries_by_search(boundary, text, start, stop)]
            got = [(m.span(), m.groups()) for m in sentences._boundaries(boundary, text, start, stop)]
            assert got == expected


@settings(max_examples=400, deadline=None)
@given(pieces=st.lists(st.sampled_from(_FEW_PIECES), max_size=40), pad=st.integers(0, 12),
       spans=st.lists(st.tuples(st.integers(0, 600), st.integers(0, 6)), max_size=8),
       back=st.integers(0, 40), forward=st.integers(0, 40))
def test_windows_of_text_with_a_few_characters_beyond_ascii(pieces, pad, spans, back, forward):
    from timeline_app.temporal import triggers
    text = _few(pieces, pad)
    spans = sorted((min(s, len(text)), min(s + w, len(text))) for s, w in spans)
    blanks = triggers.blank_finder(text)
    assert triggers._windows(text, spans, back, forward, blanks) == triggers._windows(text, spans, back, forward)


@settings(max_examples=400, deadline=None)
@given(pieces=st.lists(st.sampled_from(_FEW_PIECES), max_size=40), pad=st.integers(0, 12))
def test_number_tokens_of_text_with_a_few_characters_beyond_ascii(pieces, pad):
    from timeline_app.temporal import triggers
    text = _few(pieces, pad)
    view = triggers.ascii_view(text)
    if view is not None:
        raw, others = view
        assert len(raw) == len(text) and others == {c for c in text if not c.isascii()}
        if not any(c.isdecimal() for c in others):
            assert [(m.span(), m.group()) for m in triggers._ascii_number_tokens(text, raw)] == \
                [(m.span(), m.group()) for m in triggers._NUMBER_TOKEN.finditer(text)]
    # and trigger_spans (which takes that path where it may) as over the same text read by the regex alone
    got = triggers.trigger_spans(text)
    real = triggers.ascii_view
    try:
        triggers.ascii_view = lambda t: None
        want = triggers.trigger_spans(text)
    finally:
        triggers.ascii_view = real
    assert {k: v for k, v in got.items() if v} == {k: v for k, v in want.items() if v}
