"""The load path's fast Workspace against a plain reference: the same events, groups, suggestions
and rows, whether documents come in batch by batch (rows staged, the frame read now and then, as
the window does) or all at once, on a few hundred generated articles among which wire copies and
near-duplicates must group (merge by themselves) or be suggested."""
from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from itertools import islice

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from rapidfuzz import fuzz

from timeline_app.core.document import Document
from timeline_app.core.workspace import (AUTO_MERGE, MAX_CANDIDATES, SUGGEST, Prepared, Workspace, _placed,
                                         prepare)

# ---- generated articles ---------------------------------------------------------------------------
_SUBJECTS = ["Ukrainian forces", "The central bank", "Protesters", "The city council", "Rescue teams",
             "The prime minister", "Striking dockers", "The football club", "Health officials", "Farmers"]
_ACTS = ["retook the town of Balakliya", "raised interest rates by half a point", "marched on the parliament",
         "approved the new budget for schools", "pulled twelve survivors from the rubble",
         "resigned after a vote of no confidence", "ended their walkout at the port",
         "sacked its manager after six defeats", "reported a rise in measles cases", "blocked the motorway with tractors"]
_WHENS = ["on Saturday", "on Friday", "on 3 March 2022", "in June 2021", "on 12 May 2023", "last week",
          "earlier this week", "in 2019"]
_PUBLISHED = [date(2022, 9, 10), date(2022, 9, 10), date(2022, 9, 17), date(2023, 1, 4)]


def _sentence(rng: random.Random, subject: str, act: str, when: str) -> str:
    """One event told plainly, or as a near-duplicate (a reporting frame, another word, words left
    out or added: some merge by themselves, some are only suggested)."""
    kind = rng.randrange(6)
    if kind == 0:
        return f"{subject} {act} {when}, officials said."
    if kind == 1:
        return f"{subject} {act} {when}."
    if kind == 2:
        return f"{when[0].upper() + when[1:]}, {subject[0].lower() + subject[1:]} {act}."
    if kind == 3:
        return f"{subject} reportedly {act} {when}."
    if kind == 4:
        return f"{subject} {act.replace('the ', 'a ', 1)} {when} after days of talks."
    return f"{subject} {act} {when} according to local media."


def generated_articles(count: int, seed: int = 7) -> list[Document]:
    rng = random.Random(seed)
    docs = []
    for n in range(count):
        pub = rng.choice(_PUBLISHED)
        picked = rng.sample(range(len(_SUBJECTS)), 4)
        lines = [_sentence(rng, _SUBJECTS[i], _ACTS[i], rng.choice(_WHENS)) for i in picked]
        if n % 7 == 3 and docs:                 # a wire copy of an earlier article, word for word
            src = docs[rng.randrange(len(docs))]
            docs.append(Document(path=f"/gen/copy-{n:04d}.txt", text=src.text, reference_date=src.reference_date,
                                 reference_source="test"))
            continue
        lines.append(f"Elsewhere, {rng.choice(['traffic', 'trading', 'voting'])} was calm "
                     f"{rng.choice(_WHENS)} and {rng.randrange(2, 90)} people attended.")
        docs.append(Document(path=f"/gen/article-{n:04d}.txt", text=" ".join(lines), reference_date=pub,
                             reference_source="test"))
    return docs


@pytest.fixture(scope="module")
def prepared():
    return [prepare(d) for d in generated_articles(300)]


def _copy(batch):
    return [Prepared(p.document, p.mode, [dict(r) for r in p.rows]) for p in batch]


# ---- the reference: the grouping and the rows made the plain way ----------------------------------
class ReferenceWorkspace(Workspace):
    """Every candidate of the same (granularity, start, end) scored on its own with rapidfuzz, in
    the bucket's order, the best of the near-identical ones joined; an event's documents listed
    from all its mentions each time its row is made; the frame made whole at each read."""

    def _group_across(self, gid, known=None):
        r = self._mentions[gid]
        if not _placed(r) or not r.get("headline"):
            return None
        bucket = self._by_key.setdefault((r["granularity"], r["start"], r["end"]), {})
        mine = r["headline"].lower()
        if known is not None:
            if known == gid:
                bucket[gid] = (r["doc_id"], mine)
            return known
        cands = []
        for o, (_d, h) in islice(reversed(bucket.items()), MAX_CANDIDATES):
            om = self._mentions.get(o)
            if om is not None and om["doc_id"] != r["doc_id"]:
                cands.append((o, h))
        scored = [(fuzz.token_set_ratio(mine, h), i, o, h) for i, (o, h) in enumerate(cands)]
        scored = sorted((s for s in scored if s[0] >= SUGGEST), key=lambda s: (-s[0], s[1]))
        best, best_score = None, 0.0
        for score, _i, other, h in scored:
            if fuzz.token_sort_ratio(mine, h) >= AUTO_MERGE:
                if score > best_score:
                    best, best_score = other, score
            elif self._suggest_pair(gid, other, score):
                self._touch(self._event_of(other))
        if best is not None:
            return self._auto_event.get(best, best)
        bucket[gid] = (r["doc_id"], mine)
        return None

    def _documents_of(self, eid, mids):
        return tuple(dict.fromkeys(self._mentions[m]["document"] for m in mids))

    @property
    def events(self):
        self._frame = None
        return super().events


def _state(ws: Workspace) -> dict:
    return {
        "groups": dict(ws._group_of),
        "events": {e: list(ws._ordered_members(e)) for e in ws._members},
        "suggest": {g: dict(s) for g, s in ws._suggest.items() if s},
        "suggestions": [(s.event_ids, s.score) for s in ws.suggestions()],
    }


def _window_like(batches, read_every: int, stage_limit: int | None = 200) -> Workspace:
    """The window's load path: each batch added, its new rows staged, and now and then the rows
    of events changed since staged a slice at a time and the frame read."""
    ws = Workspace()
    ws.events
    version = ws.frame_version
    for i, batch in enumerate(batches):
        ws.add_prepared(_copy(batch))
        ws.stage_events()
        if i % read_every == read_every - 1:
            while ws.stage_events(changed=True, limit=stage_limit) >= (stage_limit or 1 << 60):
                pass
            df, version, delta = ws.events_since(version)
            assert delta is not None, "a load only appends rows and sets rows again"
    return ws


def test_batch_by_batch_equals_the_reference_all_at_once(prepared):
    ref = ReferenceWorkspace()
    ref.add_prepared(_copy(prepared))
    ws = _window_like([prepared[i:i + 8] for i in range(0, len(prepared), 8)], read_every=3)
    df, expected = ws.events, ref.events
    pd.testing.assert_frame_equal(df, expected)
    assert _state(ws) == _state(ref)
    # the articles were made to group: wire copies merge, near-duplicates merge or are suggested
    assert (df["n_sources"] >= 5).any(), "no event shared by many documents"
    assert len(ws.suggestions()) >= 5, "no near-duplicates suggested"
    assert len(df) < sum(len(p.rows) for p in prepared) * 0.7, "too few mentions grouped"
    # and the frame made whole from scratch is the same
    ws._frame = None
    pd.testing.assert_frame_equal(ws.events, expected)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_order_and_batching_equals_the_reference(prepared, data):
    """Any order of the documents, any batch sizes, any reading rhythm: the same as the reference
    given the documents in that order at once."""
    docs = data.draw(st.permutations(prepared[:90]))
    sizes = data.draw(st.lists(st.integers(1, 12), min_size=1, max_size=40))
    batches, i, k = [], 0, 0
    while i < len(docs):
        n = sizes[k % len(sizes)]
        batches.append(docs[i:i + n])
        i, k = i + n, k + 1
    read_every = data.draw(st.integers(1, 5))
    limit = data.draw(st.sampled_from([None, 1, 7, 200]))
    ws = _window_like(batches, read_every, limit)
    ref = ReferenceWorkspace()
    ref.add_prepared(_copy(docs))
    pd.testing.assert_frame_equal(ws.events, ref.events)
    assert _state(ws) == _state(ref)


def test_removing_and_replacing_documents_keeps_the_equivalence(prepared):
    """Documents taken out (the events others joined go back to them) and one re-added in its
    place: the fast path's frame, groups and suggestions equal the reference's after the same."""
    sets = []
    for cls in (Workspace, ReferenceWorkspace):
        ws = cls()
        ws.events
        for i in range(0, 120, 10):
            ws.add_prepared(_copy(prepared[i:i + 10]))
            ws.stage_events()
        ws.events
        for p in prepared[3:60:9]:
            ws.remove_document(p.document.path)
        ws.add_prepared(_copy([prepared[12]]))
        ws.events
        ws.add_prepared(_copy(prepared[120:140]))
        sets.append((ws.events, _state(ws)))
    pd.testing.assert_frame_equal(sets[0][0], sets[1][0])
    assert sets[0][1] == sets[1][1]


def test_generated_articles_are_dated_like_news():
    docs = generated_articles(20)
    assert all(d.reference_date - date(2022, 9, 10) < timedelta(days=200) for d in docs)
    assert len({d.text for d in docs}) < len(docs), "wire copies present"


def test_a_frame_once_read_never_changes(prepared):
    """``ws.events`` grows in arrays with room to spare and sets rows again in place: a frame read
    earlier keeps its rows (appends lie beyond it; a column set again is copied first)."""
    ws = Workspace()
    ws.add_prepared(_copy(prepared[:40]))
    frames = []
    for i in range(40, 100, 15):
        df = ws.events
        frames.append((df, df.copy(deep=True)))
        ws.add_prepared(_copy(prepared[i:i + 15]))
        ws.stage_events()
    eid = ws.events.index[3]
    frames.append((ws.events, ws.events.copy(deep=True)))
    ws.set_headline(eid, "A headline of mine")
    ws.set_tags(ws.events.index[5], ["front"])
    assert ws.events.loc[eid, "headline"] == "A headline of mine"
    assert ws._cols is not None and ws._cols.frame is ws.events, "the growable columns were used"
    for df, copy in frames:
        pd.testing.assert_frame_equal(df, copy)
    ws._frame = None
    pd.testing.assert_frame_equal(frames[-1][0].iloc[:0], ws.events.iloc[:0])


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(st.none(), st.datetimes(min_value=datetime(1000, 1, 1), max_value=datetime(2100, 1, 1))),
                max_size=40),
       st.integers(1, 5), st.sampled_from(["datetime64[s]", "datetime64[us]", "datetime64[ns]"]))
def test_a_column_of_datetimes_made_from_its_distinct_values_is_numpys(values, repeat, unit):
    """``_Columns._values`` turns the datetimes of an update into the column's array by converting
    each distinct value once when they repeat: the same array as numpy's of every value."""
    import numpy as np

    from timeline_app.core.workspace import _Columns

    cols = _Columns.__new__(_Columns)
    cols.kinds = {"start": "M"}
    cols.arrays = {"start": np.empty(1, dtype=unit)}
    values = tuple(values * repeat)
    got = cols._values("start", values)
    want = np.array(values, dtype=cols.arrays["start"].dtype)
    assert got.dtype == want.dtype
    assert got.view("int64").tolist() == want.view("int64").tolist()
