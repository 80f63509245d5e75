"""Events a date bounds, not dates (``core.events.scope_rows``): "the second conviction since 2019"
happened between 2019 and the time of writing, not in 2019. The cases are data
(``tests/data/event_spans.jsonl``, sentences written for this): each names an expression, the span
its event must cover, and the open side ("from": open at its end, "to": open at its start, null: a
plain date). The CSV of time expressions keeps the date's own interval."""
from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.document import Document
from timeline_app.core.events import document_rows, scope_of
from timeline_app.core.headlines import headline_rows

CASES = [json.loads(line) for line in (Path(__file__).parent / "data" / "event_spans.jsonl").read_text("utf-8").splitlines()
         if line.strip()]


def _rows(case):
    doc = Document(path="case.txt", text=case["text"], reference_date=date.fromisoformat(case["ref"]))
    plain = document_rows(doc)
    return plain, headline_rows(doc, [dict(r) for r in plain])


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:50] for c in CASES])
def test_the_event_of_a_bounded_date_is_its_span(case):
    plain, rows = _rows(case)
    got = [r for r in rows if r["expression"] == case["expression"]]
    assert got, f"{case['expression']!r} not tagged in {case['text']!r}"
    r = got[0]
    assert r.get("scope") == case["scope"], (case["why"], r["explanation"])
    assert (r["start"], r["end"]) == (datetime.fromisoformat(case["start"]), datetime.fromisoformat(case["end"])), \
        (case["why"], r["explanation"])
    if case["scope"]:
        assert "open at its" in r["explanation"] and r["timex_value"] in r["explanation"]
        # the time expression itself (the CSV's row) keeps the date's own interval, value and grain
        p = next(x for x in plain if x["expression"] == case["expression"])
        assert "scope" not in p and p["start"] <= r["end"] and p["end"] >= r["start"]
        assert p["timex_value"] == r["timex_value"] and p["granularity"] == r["granularity"]


def test_every_case_kind_is_covered():
    kinds = {c["scope"] for c in CASES}
    assert kinds == {"from", "to", None}
    assert sum(c["scope"] is None for c in CASES) >= 5


@pytest.mark.parametrize("text, when, side", [
    ("open until March", "March", "to"), ("closed ever since 2015", "2015", "from"),
    ("filed no later than June 30", "June 30", "to"), ("not until 2019", "2019", None),
    ("since Tuesday's vote", "Tuesday", None), ("from 2010 to 2012", "2010", None),
    ("as of Friday", "Friday", "to"), ("prior to 1990", "1990", "to"), ("Up Until 2001", "2001", "to"),
    ("the second conviction since 2019", "2019", "from"), ("the vote on Tuesday", "Tuesday", None),
])
def test_scope_of_reads_the_signal_before_the_date(text, when, side):
    a = text.index(when)
    got = scope_of(text, a, a + len(when))
    assert (got[1] if got else None) == side


def test_a_hostile_run_of_signals_stays_linear_and_finds_nothing_wrong():
    text = "since " * 20_000 + "2019."
    a = text.index("2019")
    assert scope_of(text, a, a + 4)[1] == "from"
    assert scope_of("2019", 0, 4) is None


_SUBJECTS = ["The plant", "Prices", "The striker", "The museum", "Ticket sales"]
_VERBS = ["has been closed", "rose", "stayed open", "will run", "had fallen", "is valid"]
_DATES = ["2019", "March", "Monday", "March 2020", "the end of the month", "June 30", "the 1990s", "2031"]
_BEFORE = [k for k, v in json.loads((Path(__file__).parents[1] / "timeline_app" / "core" / "lang" / "en" /
                                     "events.json").read_text("utf-8"))["scope_signals"].items() if v]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_SUBJECTS), st.sampled_from(_VERBS), st.sampled_from(_BEFORE), st.sampled_from(_DATES),
       st.dates(min_value=date(1950, 1, 1), max_value=date(2040, 12, 31)))
def test_a_bounded_span_holds_its_bound_and_the_time_expression_is_untouched(subj, verb, signal, when, ref):
    """Whatever the signal, date and reference date: the span is not empty, its bound is an end of
    the date's own interval on the side the signal names, and the time expression's own row (the
    CSV's) keeps the date's interval."""
    text = f"{subj} {verb} {signal} {when}."
    doc = Document(path="p.txt", text=text, reference_date=ref)
    plain = document_rows(doc)
    rows = headline_rows(doc, [dict(r) for r in plain])
    for p, r in zip(plain, rows):
        assert "scope" not in p
        if r.get("scope") is None:
            assert (r["start"], r["end"]) == (p["start"], p["end"])
            continue
        assert r["start"] < r["end"]
        x0, x1 = p["start"], p["end"]
        if r["scope"] == "from":
            assert r["start"] in (x0, x1)
        else:
            assert r["end"] in (x0, x1)
        assert (r["timex_value"], r["granularity"]) == (p["timex_value"], p["granularity"])


def test_a_long_sentences_cut_cell_still_shows_its_bound():
    """A sentence longer than a row's cell is cut around the expression ("[… N characters cut] ..."):
    the bound is read in the cut cell as in the whole sentence."""
    import pandas as pd

    from timeline_app.core.events import SENTENCE_CELL_MAX, row_scopes, sentence_cell

    text = "The plant " + "and the mill " * 150 + "has been closed since 2019" + " and the yard" * 100 + "."
    a = text.index("2019")
    cell = sentence_cell(text, 0, len(text), a, a + 4)
    assert len(text) > SENTENCE_CELL_MAX and cell.startswith("[… ")
    row = {"sentence": cell, "sentence_start": 0, "start_char": a, "end_char": a + 4, "expression": "2019",
           "status": "auto", "timex_type": "DATE", "rule": "year"}
    assert row_scopes(pd.DataFrame([row]))[0][:2] == ("since 2019", "from")


def test_hostile_thousands_of_bounds_in_one_text():
    """Dense input: 1,200 bounds in a row ("... since 2019, until 2031, ...") and 400 clauses
    dated backwards: every bound read, each in its own few characters (linear; no timing here)."""
    text = "Sales rose since 2019, fell until 2031, " * 600 + "and stopped."
    doc = Document(path="dense.txt", text=text, reference_date=date(2023, 10, 12))
    rows = headline_rows(doc, document_rows(doc))
    sides = [r.get("scope") for r in rows if r["expression"] in ("2019", "2031")]
    assert len(sides) == 1200 and sides.count("from") == 600 and sides.count("to") == 600
    text = "She resigned in 2014, two years after she took office. " * 400
    doc = Document(path="dense2.txt", text=text, reference_date=date(2014, 6, 2))
    derived = [r for r in headline_rows(doc, document_rows(doc)) if r["rule"] == "event_anchor"]
    assert len(derived) == 400 and {r["timex_value"] for r in derived} == {"2012"}


@pytest.mark.parametrize("text, expression, want", [
    ("A former mayor was jailed on Tuesday, the second corruption conviction at City Hall since 2019.", "2019",
     "The second corruption conviction at City Hall"),
    ("Acme Motors said on Monday it had bought Vento for $2 billion, its biggest deal since 2015.", "2015",
     "Acme Motors' biggest deal"),
    ("Rovers sacked their manager on Monday, with the club bottom of the table and without a win since August.",
     "August", "Without a win"),
    ("The river rose to 6.1 metres on Friday, the highest level recorded there since 1947.", "1947",
     "The highest level recorded there"),
    # the bound is the clause's own adverbial: the clause stays the headline
    ("They have not beaten Ashford away since 1998.", "1998", "They have not beaten Ashford away"),
    ("Morton had a contract until June 2026.", "June 2026", "Morton had a contract"),
    ("The probe had been in hibernation since July 2023, engineers said.", "July 2023",
     "The probe had been in hibernation"),
    ("Prices rose on Monday, and shoppers have paid more since March.", "March", "Shoppers have paid more"),
    # a superlative without its noun names nothing: the clause, without the day that is not the
    # span's own (ninth session: the label of the span since February 2023 said "on Friday")
    ("The rate fell to 4.8 percent on Friday, the lowest since February 2023.", "February 2023",
     "The rate fell to 4.8 percent"),
    ("Ashford Town won the league title for the first time since 1971 on Sunday.", "1971",
     "Ashford Town won the league title for the first time"),
    # a date inside the clause stays (without it the clause breaks)
    ("The school trip on Friday 26th has been planned since March.", "March",
     "The school trip on Friday 26th has been planned"),
])
def test_a_span_set_off_from_its_clause_is_headlined_by_the_noun_phrase_the_date_bounds(text, expression, want):
    """"..., the second corruption conviction at City Hall since 2019": the span 2019 to the time
    of writing is the convictions', not the sentencing's, which happened on Tuesday (a label
    "since 2019 · A former mayor was jailed" would say the jailing ran since 2019)."""
    _plain, rows = _rows({"text": text, "ref": "2023-10-12"})
    got = [r for r in rows if r["expression"] == expression]
    assert got and got[0].get("scope") in ("from", "to"), got
    assert got[0]["headline"] == want
