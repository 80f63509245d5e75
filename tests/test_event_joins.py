"""(tenth session) One happening, one event: "the Russian invasion, now in its seventh month" tells
the invasion's seventh month, which holds the time of writing; "now" joins that month's event
(``events.join_present_rows``), it is not a day's event of its own beside it. Through the
Workspace, as the window gets them, and through a saved and reopened project."""
from __future__ import annotations

from datetime import date, datetime

from timeline_app.core.document import Document
from timeline_app.core.workspace import Workspace, prepare

SAMPLE_SENTENCE = ("Russia ordered its invasion of Ukraine on Feb 24. Backers say Kyiv can push back against the "
                   "Russian invasion, now in its seventh month.")


def _ws(text: str, ref: date) -> Workspace:
    ws = Workspace()
    ws.add_prepared([prepare(Document(path="/x/a.txt", text=text, reference_date=ref))])
    return ws


def test_now_joins_the_period_that_holds_it():
    ws = _ws(SAMPLE_SENTENCE, date(2022, 9, 10))
    ev = ws.events
    row = ev[ev["expression"] == "its seventh month"].iloc[0]
    assert (row["start"].to_pydatetime(), row["end"].to_pydatetime()) == (datetime(2022, 8, 24), datetime(2022, 9, 24))
    assert row["n_mentions"] == 2
    assert [m["expression"] for m in ws.mentions_of(row.name)] == ["now", "its seventh month"]
    assert "now" not in set(ev["expression"])     # no day's event of its own
    assert row["headline"] == "Seventh month of the Russian invasion"


def test_the_join_survives_a_saved_project(tmp_path):
    ws = _ws(SAMPLE_SENTENCE, date(2022, 9, 10))
    path = ws.save(str(tmp_path / "p.timeline"))
    again = Workspace.open(path, check_sources=False)
    ev = again.events
    assert len(ev) == len(ws.events)
    assert ev[ev["expression"] == "its seventh month"].iloc[0]["n_mentions"] == 2


def test_now_alone_or_outside_the_period_stays_its_own_event():
    # a "now" with no period after it in its clause, and one whose period does not hold it
    ws = _ws("The strike is now over. The talks, now in their second round, resumed in March 2021.",
             date(2022, 9, 10))
    assert list(ws.events["expression"]).count("now") == 2


def test_the_sample_has_one_event_for_the_invasions_seventh_month():
    from timeline_app.core.loaders import load_document
    from pathlib import Path

    seed = Path(__file__).resolve().parents[2] / "shared" / "seed" / "kharkiv-offensive.txt"
    if not seed.exists():
        seed = Path(__file__).resolve().parents[1] / "resources" / "kharkiv-offensive.md"
    ws = Workspace()
    ws.add_prepared([prepare(load_document(str(seed), reference_date=date(2022, 9, 10)))])
    ev = ws.events
    month = ev[(ev["start"] == datetime(2022, 8, 24)) & (ev["end"] == datetime(2022, 9, 24))]
    assert len(month) == 1 and month.iloc[0]["n_mentions"] == 2
    assert not any("now in its seventh month" in h for h in ev["headline"])


def test_two_expressions_of_joins_are_one_event():
    """"in the first quarter of next year": one date, the quarter; not the quarter and the whole year."""
    ws = _ws("The deal is expected to complete in the first quarter of next year.", date(2024, 11, 14))
    ev = ws.events
    assert len(ev) == 1
    row = ev.iloc[0]
    assert (row["start"].to_pydatetime(), row["end"].to_pydatetime()) == (datetime(2025, 1, 1), datetime(2025, 4, 1))
    assert row["n_mentions"] == 2 and row["headline"] == "The deal is expected to complete"
    # "the end of March of 2019"-like pairs whose second does not hold the first stay apart
    ws = _ws("Sales in March rose, the best of 2019 so far.", date(2024, 11, 14))
    assert len(ws.events) == 2
