"""(batch3, issue 9) Short texts found together (``tagger.extract_group``, ``found_together``, the pool's
``batch._process_batch``) give what each text gives alone (``tagger.extract``, ``process_file``), on
hostile inputs: texts that open or end on a time expression or in the middle of one, with or without
a final newline, that hold the joining gap themselves, empty, long, not ASCII, in capitals."""
from __future__ import annotations

import json
import random
from datetime import date
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core import batch
from timeline_app.temporal import tagger
from timeline_app.temporal.triggers import TextWindows

DATA = Path(__file__).parent / "data"
GAP = tagger._GROUP_SEP


def _key(mentions) -> list[tuple]:
    return [(m.start, m.end, m.rule, m.kind, repr(sorted(m.data.items())), m.priority) for m in mentions]


def _alone(texts: list[str]) -> list[list[tuple]]:
    return [_key(tagger.extract(t)) for t in texts]


def _together(texts: list[str]) -> list[list[tuple]]:
    return [_key(m) for m in tagger.extract_group(texts)]


def _windows_alone(text: str) -> list[tuple]:
    from timeline_app.temporal.triggers import trigger_spans

    spans = trigger_spans(text, required=tagger._REQUIRED, only=tagger._READ)
    return [(rule.name, list(wins)) for rule, wins in tagger._windows_of(tagger.RULES, spans, TextWindows(text, spans))]


def _windows_together(texts: list[str]) -> list[list[tuple]]:
    return [[(rule.name, wins) for rule, wins in got] for got in tagger._group_windows(texts)]


# texts that open on a trigger word, a number or a clock time (nothing before them: look-behinds,
# "^" and a lead read from a text's start), that end on one or in the middle of one (look-aheads,
# "$", a trail read to a text's end), with the gap's own characters in them
EDGES = [
    "May 5, 2021 was the day.", "2021-05-03: talks resumed", "10:30 am start", "'73 was a good year", "Monday",
    "Monday.", "monday", "MONDAY 5 MAY", "5pm", "1990s", "the 1990s", "3 days ago", "days later", "ago",
    "year", "New Year's Day", "Year's Day came", "9/24", "5.30", "at 5.30", "21st", "on the 21st",
    "The deal closed on May", "It ends at 10:", "He was born in 19", "They met 3 days", "on Friday, March",
    "until next", "last", "two weeks", "in two", "Published 1998-08-07\n\nNAIROBI, Kenya (AP) _\n\nFriday",
    "Friday\n", "Friday\n\n\n", "\nFriday", "\n" * 300 + "Friday" + "\n" * 300, "March" + GAP + "5, 2020",
    "three" + GAP + "days ago", "x", "\n", " ", ".", ":", "/", "'", "’73 was", "the summer of '47",
    "Christmas", "Christmas Eve", "Good Friday", "2 1/2 years", "at 5 o'clock", "noon", "tonight",
    "this week", "the week before last", "in the early hours", "Q3 2021", "the third quarter",
    "“On Monday,” she said, “we leave at 9”", "٣ days ago", "５pm", "El 5 de mayo", "café on Monday",
]


def _corpus_texts() -> list[str]:
    lines = [json.loads(x)["text"] for x in (DATA / "tagger_corpus.jsonl").read_text(encoding="utf-8").splitlines()
             if x.strip()]
    lines += [json.loads(x)["text"] for x in (DATA / "tagger_negative.jsonl").read_text(encoding="utf-8").splitlines()
              if x.strip()]
    news = [p.read_text(encoding="utf-8") for p in sorted((DATA / "articles").glob("*.txt"))]
    return lines + news


def test_edges_found_together_as_alone():
    texts = [t for t in EDGES if tagger.groupable(t)]
    want = _alone(texts)
    assert _together(texts) == want
    assert _together(texts[::-1]) == want[::-1]
    assert _windows_together(texts) == [_windows_alone(t) for t in texts]
    for i, t in enumerate(texts):   # each first, last and alone in a group
        assert _together([t]) == [want[i]]
        assert _together([t, "Friday"])[0] == want[i]
        assert _together(["3 days ago", t])[1] == want[i]


def test_the_corpora_found_together_as_alone():
    texts = [t for t in _corpus_texts() if tagger.groupable(t)]
    assert len(texts) > 500
    want = _alone(texts)
    rng = random.Random(9)
    for size in (2, 16, 64):
        order = list(range(len(texts)))
        rng.shuffle(order)
        for k in range(0, len(order), size):
            idx = order[k:k + size]
            assert _together([texts[i] for i in idx]) == [want[i] for i in idx], [texts[i][:80] for i in idx]
    found = sum(map(len, want))
    assert found > 1000   # they hold time expressions (the comparison is not of empty lists)
    some = [texts[i] for i in order[:64]]
    assert _windows_together(some) == [_windows_alone(t) for t in some]


def test_a_long_text_found_together_as_alone():
    news = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((DATA / "articles").glob("*.txt")))
    long = news[:tagger.GROUP_TEXT_CHARS]   # the longest a group takes, cut anywhere
    assert tagger.groupable(long)
    texts = [long, EDGES[0], long[len(long) // 3:], "Friday"]
    assert _together(texts) == _alone(texts)


_PIECES = st.sampled_from(["The", "talks", " ", "  ", "\n", "\n\n", GAP, ".", ",", "1990", "12", "5", "10:30", "9/24",
                           "5.30", "5pm", "1990s", "'73", "’", "٣", "é", "week", "weeks", "May", "may", "MAY",
                           "Monday", "friday", "ago", "later", "last", "next", "New", "Year's", "Day", "the", "of",
                           "at", "on", "in", "three", "3", "days", "since", "until", "noon", "spring", "2021-05-03",
                           "-", "x" * 70, "Christmas", "Eve", "quarter", "Q3", "o'clock", "tonight", "early"])


@settings(max_examples=300, deadline=None)
@given(texts=st.lists(st.lists(_PIECES, max_size=30).map("".join), min_size=1, max_size=6))
def test_any_texts_found_together_as_alone(texts):
    texts = [t for t in texts if tagger.groupable(t)]
    assert _together(texts) == _alone(texts)
    # each rule's windows too, not only what its pattern finds in them (the same regex work)
    assert _windows_together(texts) == [_windows_alone(t) for t in texts]


def test_contexts_at_a_texts_edges_are_read_on_the_text_alone():
    # a lead that holds only at a text's start ("^": nothing before) and a trail that holds only at
    # its end ("\Z"): read in the joined text they would say no; _GroupWindows reads them alone
    import re

    texts = ["days later it rained", "It rained three days", "days"]
    joined, starts, ends = tagger._joined(texts)
    spans = {"unit": [(s + t.find("days"), s + t.find("days") + 4) for s, t in zip(starts, texts)]}
    group = tagger._GroupWindows(joined, spans, texts, starts, ends)
    lead, trail = (re.compile(r"^\Z"), 5), (re.compile(r"\Z"), 5)
    for ctx in ((lead, None), (None, trail), (lead, trail)):
        want = [(s + a, s + b) for s, t in zip(starts, texts)
                for a, b in TextWindows(t, {})._context([(t.find("days"), t.find("days") + 4)], *ctx)]
        assert group._context(spans["unit"], *ctx) == want
        assert want   # (something is kept: the reading alone is what decides)
        assert TextWindows(joined, spans)._context(spans["unit"], *ctx) != want   # (and read joined, it differs)


def test_found_together_gives_each_texts_own_mentions_once():
    texts = ["Friday", "3 DAYS AGO, TALKS RESUMED", "x" * (tagger.GROUP_TEXT_CHARS + 1), "", "İstanbul on Friday",
             "Friday"]
    made = []
    real = tagger.extract_group

    def counted(read):
        made.append(list(read))
        return real(read)

    try:
        tagger.extract_group = counted
        with tagger.found_together(texts):
            # as the rules read them (``uncap``); the others are not groupable
            assert set(tagger._PREFOUND) == {"Friday", "3 days ago, talks resumed"}
            assert tagger._UNCAPPED == {"Friday": "Friday", texts[1]: "3 days ago, talks resumed"}
            got = [_key(tagger.extract(tagger.uncap(t))) for t in texts]
            assert tagger._PREFOUND == {}   # each taken once (the same text twice: found again)
            tags = [[(x.expression, x.timex_value) for x in tagger.tag(t, date(2021, 5, 5))] for t in texts[:2]]
            assert tagger._UNCAPPED == {}
        assert tagger._PREFOUND == {} and tagger._UNCAPPED == {}
    finally:
        tagger.extract_group = real
    assert made == [["Friday", "3 days ago, talks resumed"]]
    assert got == [_key(tagger.extract(tagger.uncap(t))) for t in texts]
    assert tags == [[(x.expression, x.timex_value) for x in tagger.tag(t, date(2021, 5, 5))] for t in texts[:2]]
    assert tags[1] == [("3 DAYS AGO", "2021-05-02")]


def test_found_together_finds_nothing_ahead_when_the_group_fails(monkeypatch):
    def failing(read):
        raise ValueError("no")

    want = _alone(["Friday"])[0]
    for name in ("extract_group", "uncap"):
        with monkeypatch.context() as mp:
            mp.setattr(tagger, name, failing)
            with tagger.found_together(["Friday", "3 days ago"]):
                assert tagger._PREFOUND == {} and tagger._UNCAPPED == {}
        assert _key(tagger.extract("Friday")) == want


def _write(folder: Path, texts: list[str]) -> list[str]:
    paths = []
    for k, t in enumerate(texts):
        p = folder / f"{k:03d}.txt"
        p.write_text(t, encoding="utf-8")
        paths.append(str(p))
    return paths


def test_a_batch_of_files_is_what_each_file_gives_alone(tmp_path):
    news = [p.read_text(encoding="utf-8") for p in sorted((DATA / "articles").glob("*.txt"))]
    texts = news[:6] + ["", "Friday", "The deal closed on May", "\n\n\n", "MONDAY 5 MAY: TALKS RESUME"] \
        + ["\n\n".join(news)[:tagger.GROUP_TEXT_CHARS + 500]] + news[6:12] + ["x" * 100 + "\n3 days ago"]
    paths = _write(tmp_path, texts)
    paths.insert(3, str(tmp_path / "missing.txt"))   # a file that cannot be read keeps its place
    paths.insert(5, str(tmp_path / "bad.xyz"))
    for mode in ("auto", "news", "narrative"):
        for ref in (None, date(1998, 3, 1)):
            alone = [batch.process_file(p, ref, mode, as_csv=True) for p in paths]
            for size in (1, 3, len(paths)):
                got = [r for k in range(0, len(paths), size)
                       for r in batch._process_batch(paths[k:k + size], ref, mode, True, False)]
                assert [(r.path, r.error, r.csv, r.n_rows, r.reference_date) for r in got] == \
                    [(r.path, r.error, r.csv, r.n_rows, r.reference_date) for r in alone]
            rows = [batch.process_file(p, ref, mode) for p in paths]
            got = batch._process_batch(paths, ref, mode, False, False)
            assert [(r.error, r.rows) for r in got] == [(r.error, r.rows) for r in rows]
    # (a missing file, an unsupported one, an empty one and one of blanks: their reasons in their places)
    assert sum(r.n_rows for r in alone) > 50 and sum(bool(r.error) for r in alone) == 4


def test_a_batch_holds_a_group_of_bounded_size(tmp_path, monkeypatch):
    texts = [f"Story {k:02d}. It rained on Friday, {k + 10} days after the vote." * 40 for k in range(12)]
    paths = _write(tmp_path, texts)
    groups = []
    real = tagger.found_together

    def seen(read):
        groups.append(sum(map(len, read)))
        return real(read)

    monkeypatch.setattr(tagger, "found_together", seen)
    monkeypatch.setattr(tagger, "GROUP_CHARS", 3 * len(texts[0]))
    got = batch._process_batch(paths, None, "auto", True, False)
    assert [r.csv for r in got] == [batch.process_file(p, None, "auto", as_csv=True).csv for p in paths]
    assert len(groups) == 4 and max(groups) <= 3 * len(texts[0])


def test_the_csv_exports_tasks_grow_after_the_first(tmp_path):
    paths = _write(tmp_path, [f"On Friday, {k} days on." for k in range(300)])
    sizes = [len(b) for b in batch._batches(paths, batch.CSV_BATCH_FILES, 8)]
    assert sizes[:8] == [batch.BATCH_FILES] * 8 and max(sizes[8:]) == batch.CSV_BATCH_FILES
    assert sum(sizes) == len(paths)
    assert [len(b) for b in batch._batches(paths)] == [len(b) for b in batch._batches(paths, batch.BATCH_FILES, 8)]
    assert max(len(b) for b in batch._batches(paths)) == batch.BATCH_FILES
    got = list(batch.iter_results(paths, jobs=2, as_csv=True))
    assert [r.path for r in got] == paths
    assert [r.csv for r in got] == [batch.process_file(p, as_csv=True).csv for p in paths]


def test_one_process_finds_a_tasks_documents_together(tmp_path, monkeypatch):
    # (export7) ``export --jobs 1``: the in-process path tags task by task as a pool's worker does,
    # with the same results, in input order (bad files in their places); with a cancel, file by file
    news = [p.read_text(encoding="utf-8") for p in sorted((DATA / "articles").glob("*.txt"))]
    texts = news[:5] + ["", "MONDAY 5 MAY: TALKS RESUME", "Friday"] + news[5:10] + ["x" * 100 + "\n3 days ago"]
    paths = _write(tmp_path, texts)
    paths.insert(2, str(tmp_path / "missing.txt"))
    groups = []
    real = tagger.found_together

    def seen(read):
        groups.append(len(read))
        return real(read)

    monkeypatch.setattr(tagger, "found_together", seen)
    for as_csv in (True, False):
        for ref in (None, date(1998, 3, 1)):
            alone = [batch.process_file(p, ref, "auto", as_csv=as_csv) for p in paths]
            groups.clear()
            got = list(batch.iter_results(paths, ref, jobs=1, as_csv=as_csv))
            assert [(r.path, r.error, r.csv, r.rows, r.n_rows, r.reference_date) for r in got] == \
                [(r.path, r.error, r.csv, r.rows, r.n_rows, r.reference_date) for r in alone]
            # one task, one group: every file that could be read (not the missing one, nor the empty one)
            assert groups == [len(paths) - 2] and sum(r.n_rows for r in got) > 30
    groups.clear()
    got = list(batch.iter_results(paths, jobs=1, as_csv=True, cancel=lambda: False))
    assert [r.csv for r in got] == [batch.process_file(p, as_csv=True).csv for p in paths] and groups == []
    monkeypatch.setattr(batch, "BATCH_FILES", 4)   # tasks stay bounded in this process too
    groups.clear()
    got = list(batch.iter_results(paths, date(1998, 3, 1), jobs=1))
    assert [r.rows for r in got] == [r.rows for r in alone] and max(groups) <= 4 and len(groups) >= 4
