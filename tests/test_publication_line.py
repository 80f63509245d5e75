"""An article's own publication line ("Published 1998-08-07", "By Jane Smith, 3 May 2021", a date
stamp under the byline) is its reference date, read by the loader (``tests/test_loaders_dates.py``);
here: it is no event on the timeline, the CSV of time expressions still has its date, and an event's
explanation says where the reference date came from."""
from __future__ import annotations

import csv
import io
import os
from datetime import date, datetime

import pytest

from timeline_app.cli import main
from timeline_app.core.events import document_rows, with_reference_source
from timeline_app.core.loaders import load_document
from timeline_app.core.workspace import Workspace, prepare

BODY = "The bank said on Tuesday that profits rose. Today it cut its rates by half a point.\n"


def _events(path) -> list[tuple[str, str]]:
    ws = Workspace()
    ws.add_prepared([prepare(load_document(str(path)))])
    df = ws.events
    return [(str(r["expression"]), str(r["headline"])) for _, r in df.iterrows()]


@pytest.mark.parametrize("head, ref", [
    ("Published 1998-08-07\n\n", date(1998, 8, 7)),
    ("By Jane Smith, Business Editor\nFriday 7 August 1998\n\n", date(1998, 8, 7)),
    ("Bank cuts rates\nBy Jane Smith | August 7, 1998\n\n", date(1998, 8, 7)),
    ("Published: 7 August 1998 | Updated: 8 August 1998\n\n", date(1998, 8, 7)),
])
def test_the_publication_line_is_the_reference_date_not_an_event(tmp_path, head, ref):
    p = tmp_path / "a.txt"
    p.write_text(head + BODY, encoding="utf-8")
    os.utime(p, (datetime(2026, 1, 1).timestamp(),) * 2)
    doc = load_document(str(p))
    assert doc.reference_date == ref
    events = _events(p)
    assert [e for e, _ in events] == ["Tuesday", "Today"]     # the story's dates only
    # the CSV lists every time expression, the stamp's too
    rows = document_rows(doc)
    assert any(r["timex_value"].startswith("1998-08-0") and r["start_char"] < len(head) for r in rows)
    assert [r["timex_value"] for r in rows if r["start_char"] >= len(head)] == ["1998-08-04", "1998-08-07"]


def test_the_csv_keeps_the_publication_lines_date(tmp_path, capsys):
    p = tmp_path / "a.txt"
    p.write_text("Published 1998-08-07\n\n" + BODY, encoding="utf-8")
    assert main(["export", str(p), "-o", "-"]) == 0
    out = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["expression"] for r in out] == ["1998-08-07", "Tuesday", "Today"]
    assert {r["reference_date"] for r in out} == {"1998-08-07"}


def test_a_dateline_still_opens_an_event():
    # "KYIV, Sept 10 (Reuters) - Troops retook ...": the story's first sentence, not a publication line
    from timeline_app.core.document import Document
    text = "KYIV, Sept 10 (Reuters) - Ukrainian troops retook the town of Balakliia on Thursday.\n"
    ws = Workspace()
    ws.add_prepared([prepare(Document(path="/x/k.txt", text=text, reference_date=date(2022, 9, 10)))])
    assert "Thursday" in list(ws.events["expression"])


def test_a_dated_sentence_at_the_top_is_an_event():
    from timeline_app.core.document import Document
    text = "By 3 May 2021 all staff had left the Harbour Street clinic.\nIt closed for good in June.\n"
    ws = Workspace()
    ws.add_prepared([prepare(Document(path="/x/c.txt", text=text, reference_date=date(2021, 9, 1)))])
    assert "3 May 2021" in list(ws.events["expression"])


@pytest.mark.parametrize("source, said", [
    ("'Published 1998-08-07' line", "(from the 'Published 1998-08-07' line)"),
    ("byline 'By Jane Smith, 7 August 1998'", "(from the byline 'By Jane Smith, 7 August 1998')"),
    ("file modification time (a guess)", "(a guess: the file modification time)"),
    ("given by the user", "(given by the user)"),
    ("front matter date:", "(from the front matter date)"),
])
def test_the_explanation_says_where_the_reference_date_came_from(source, said):
    why = "'today' = the reference date Fri 1998-08-07 (rule today)"
    assert with_reference_source(why, source) == f"'today' = the reference date Fri 1998-08-07 {said} (rule today)"
    # an explicit date's explanation names no reference date: unchanged
    assert with_reference_source("August 7: explicit date (rule iso_date)", source) == \
        "August 7: explicit date (rule iso_date)"


def test_the_event_exports_say_where_the_reference_date_came_from(tmp_path, capsys):
    import json

    p = tmp_path / "a.txt"
    p.write_text("Published 1998-08-07\n\n" + BODY, encoding="utf-8")
    assert main(["export", str(p), "--format", "json", "-o", "-"]) == 0
    data = json.loads(capsys.readouterr().out)
    why = {e["sources"][0]["expression"]: e["explanation"] for e in data["events"]}
    assert "the reference date Fri 1998-08-07 (from the 'Published 1998-08-07' line)" in why["Today"]
    assert "1998-08-07" not in {e["sources"][0]["expression"] for e in data["events"]}
