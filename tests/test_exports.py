"""Export formats (issue 8): each one written from the seed article through the real command and
parsed back — the JSON against its published schema, TimelineJS's required fields, the
spreadsheet header and formula guard, TimeML well-formed and scored like the gold files.
"""
from __future__ import annotations

import csv
import importlib.util
import io
import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from test_batch import export as run  # noqa: E402  (`timeline-app export` in-process: status, stdout, stderr)
from timeline_app.core.events import events_frame
from timeline_app.core.exports import bundle_from_frame, format_for_path, resolve_format
from timeline_app.core.exports.common import start_end_fields
from timeline_app.core.exports.model import ExportEvent, fallback_headline
from timeline_app.core.exports.timelinejs import SHEET_COLUMNS
from timeline_app.core.exports.timeml import timeml_document
from timeline_app.core.loaders import load_document

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "resources" / "kharkiv-offensive.md"
SHARED = REPO.parent / "shared"
TIMEBANK = SHARED / "data" / "timeml" / "tbaq" / "TimeBank"
EVAL = SHARED / "tools" / "timeml_eval.py"
FORMULA_START = ("=", "+", "-", "@")


@pytest.fixture(scope="module")
def seed_rows():
    doc = load_document(str(SEED))
    df = events_frame([doc])
    return doc, df


def csv_rows(path: Path) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_format_from_extension():
    assert format_for_path("a.csv") == "csv"
    assert format_for_path("a.JSON") == "json"
    assert format_for_path("a.timelinejs.json") == "timelinejs"
    assert format_for_path("a.timelinejs.csv") == "timelinejs-csv"
    assert format_for_path("a.tml") == "tml"
    assert format_for_path("a.html") == format_for_path("a.htm") == "html"
    assert resolve_format(None, "-") == "csv"
    assert resolve_format(None, "x.unknown") == "csv"
    assert resolve_format("json", "x.csv") == "json"


def test_csv_is_still_the_default_and_unchanged(tmp_path, capsys, seed_rows):
    from timeline_app.core.export import events_csv

    _, df = seed_rows
    rc, out, _ = run([str(SEED)], capsys)
    assert rc == 0
    assert out == events_csv(df)
    rc, _, _ = run([str(SEED), "--format", "csv", "-o", str(tmp_path / "a.csv")], capsys)
    assert rc == 0 and (tmp_path / "a.csv").read_text(encoding="utf-8") == out


def test_json_validates_against_the_published_schema(tmp_path, capsys, seed_rows):
    jsonschema = pytest.importorskip("jsonschema")
    doc, df = seed_rows
    out = tmp_path / "seed.json"
    rc, _, err = run([str(SEED), "-o", str(out)], capsys)
    assert rc == 0, err
    data = json.loads(out.read_text(encoding="utf-8"))
    schema = json.loads((REPO / "docs" / "export.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(data, schema, cls=jsonschema.Draft202012Validator)
    assert data["version"] == 1
    # every expression is a source of one event, undated ones too; one more source is not a time
    # expression: the phrase of the event "a week after Shmygal's trip to Berlin" dates
    assert sum(s["timex"] for e in data["events"] for s in e["sources"]) == len(df)
    derived = [(e, s) for e in data["events"] for s in e["sources"] if not s["timex"]]
    assert [(s["expression"], e["start"], e["mod"]) for e, s in derived] == [
        ("Ukrainian Prime Minister Denys Shmygal’s trip to Berlin", "2022-09-03T00:00:00", "APPROX")]
    assert sum(e["start"] is None for e in data["events"]) == int(df["start"].isna().sum())
    for e in data["events"]:
        for s in e["sources"]:
            assert doc.text[s["start_char"]:s["end_char"]] == s["expression"]
            assert doc.text[s["sentence_start"]:s["sentence_end"]] == s["sentence"]
    late = next(e for e in data["events"] if e["sources"][0]["expression"] == "late Friday")
    assert (late["start"], late["end"], late["mod"]) == ("2022-09-09T00:00:00", "2022-09-10T00:00:00", "END")
    assert late["display_date"].startswith("late Friday")
    # the schema rejects what it should: a missing version, a bad source
    bad = dict(data)
    del bad["version"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)


def test_timelinejs_has_the_required_fields_and_counts_undated(tmp_path, capsys, seed_rows):
    _, df = seed_rows
    out = tmp_path / "seed.timelinejs.json"
    rc, _, err = run([str(SEED), "-o", str(out)], capsys)
    assert rc == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    undated = int(df["start"].isna().sum())
    assert undated > 0 and f"{undated} undated items left out" in err
    assert data["title"]["text"]["headline"] == "Ukraine counter-offensive in Kharkiv region"
    events = data["events"]
    # and the event "a week after Shmygal's trip to Berlin" dates (not a time expression); "now" is a
    # mention of "its seventh month"'s event, no event of its own
    assert len(events) == len(df) - undated + 1 - 1
    ids = [e["unique_id"] for e in events]
    assert len(set(ids)) == len(ids)
    for e in events:
        # TimelineJS3 needs start_date.year and a headline or text
        assert isinstance(e["start_date"]["year"], int)
        assert e["text"]["headline"] and "<mark>" in e["text"]["text"]
        assert "kharkiv-offensive.md, published 2022-09-10" in e["text"]["text"]
        assert e["group"] == "kharkiv-offensive.md"
        for key in ("start_date", "end_date"):
            d = e.get(key)
            if d:
                assert set(d) <= {"year", "month", "day", "hour", "minute", "second"}
    # (an event of two mentions marks each: "now" and "its seventh month")
    by_text = {m.split("</mark>")[0]: e for e in events for m in e["text"]["text"].split("<mark>")[1:]}
    # a day is a day: no end, no hour
    assert by_text["today"]["start_date"] == {"year": 2022, "month": 9, "day": 10}
    assert "end_date" not in by_text["today"]
    # a month is a month (no day); 'its seventh month' = 24 Aug - 23 Sep: month fields only
    assert by_text["its seventh month"]["start_date"] == {"year": 2022, "month": 8}
    assert by_text["its seventh month"]["end_date"] == {"year": 2022, "month": 9}
    # the end shown is the last day covered (our ends are exclusive)
    assert by_text["earlier this week"]["end_date"] == {"year": 2022, "month": 9, "day": 10}
    assert by_text["late Friday"]["display_date"].startswith("late Friday")
    assert "display_date" not in by_text["today"]
    trip = by_text["Ukrainian Prime Minister Denys Shmygal’s trip to Berlin"]
    assert trip["start_date"] == {"year": 2022, "month": 9, "day": 3} and "end_date" not in trip
    assert trip["display_date"] == "about 3 September 2022"


def test_timelinejs_sheet_has_the_template_header_and_guards_formulas(tmp_path, capsys):
    src = tmp_path / "formulas.txt"
    src.write_text("=cmd|' /C calc'!A0 was found in a file sent on Sept. 5, 2022.\n"
                   "@Reporters saw the town on Sept. 7, 2022.\n", encoding="utf-8")
    out = tmp_path / "f.timelinejs.csv"
    rc, _, _ = run([str(src), "--reference-date", "2022-09-10", "-o", str(out), "--title", "=HYPERLINK(1)"], capsys)
    assert rc == 0
    with open(out, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows[0] == SHEET_COLUMNS
    assert rows[1][SHEET_COLUMNS.index("Type")] == "title"
    assert len(rows) == 2 + 2
    for r in rows[1:]:
        assert len(r) == len(SHEET_COLUMNS)
        for c in r:
            assert not c.startswith(FORMULA_START), c
    assert rows[1][SHEET_COLUMNS.index("Headline")] == "'=HYPERLINK(1)"
    day = rows[2]
    assert day[:4] == ["2022", "9", "5", ""]
    assert day[SHEET_COLUMNS.index("Group")] == "formulas.txt"


def test_timelinejs_sheet_from_the_seed(tmp_path, capsys, seed_rows):
    _, df = seed_rows
    rc, out, _ = run([str(SEED), "-f", "timelinejs-csv"], capsys)
    assert rc == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    # + the event dated from "a week after"; - "now", a mention of "its seventh month"'s event
    assert len(rows) == 1 + int(df["start"].notna().sum()) + 1 - 1
    assert all(r["Year"] == "2022" for r in rows[1:])


def parse_timeml(path) -> tuple[str | None, str, list[tuple[int, int, str, str, str]]]:
    """(DCT, text, spans) of a TimeML file, read the way the TimeML scorer reads gold files."""
    root = ET.parse(path).getroot()
    dct = next((t.get("value") for t in root.iter("TIMEX3") if t.get("functionInDocument") == "CREATION_TIME"),
               None)
    text_el = root.find("TEXT")
    parts, spans = [text_el.text or ""], []
    for ch in text_el:
        assert ch.tag == "TIMEX3"
        start = sum(map(len, parts))
        inner = "".join(ch.itertext())
        spans.append((start, start + len(inner), ch.get("type"), ch.get("value"), inner))
        parts.append(inner)
        parts.append(ch.tail or "")
    return dct, "".join(parts), spans


def test_timeml_seed_is_well_formed_and_gives_back_the_text_and_values(tmp_path, capsys, seed_rows):
    doc, df = seed_rows
    out = tmp_path / "seed.tml"
    rc, _, err = run([str(SEED), "-o", str(out)], capsys)
    assert rc == 0, err
    dct, text, spans = parse_timeml(out)
    assert dct == "2022-09-10"
    assert text == doc.text
    got = [(a, b, t, v) for a, b, t, v, _ in spans]
    want = [(int(r.start_char), int(r.end_char), r.timex_type, r.timex_value) for r in df.itertuples()]
    assert got == want
    root = ET.parse(out).getroot()
    dct_el = root.find("DCT/TIMEX3")
    assert dct_el.get("tid") == "t0" and dct_el.get("functionInDocument") == "CREATION_TIME"
    late = next(t for t in root.iter("TIMEX3") if t.text == "late Friday")
    assert late.get("mod") == "END"
    tids = [t.get("tid") for t in root.iter("TIMEX3")]
    assert len(set(tids)) == len(tids)


def test_timeml_escapes_markup_and_odd_characters(tmp_path, capsys):
    text = ('Officials said <script>alert("x")</script> & "more" on Saturday, Sept. 10, 2022 ]]> '
            "with a \x07 bell and \x0b tab.\n")
    src = tmp_path / "odd.txt"
    src.write_text(text, encoding="utf-8")
    doc = load_document(str(src), None)
    df = events_frame([doc])
    assert len(df)
    data, dropped = timeml_document(bundle_from_frame(df, [doc]), bundle_from_frame(df, [doc]).documents[0])
    assert dropped == 0
    p = tmp_path / "odd.tml"
    p.write_text(data, encoding="utf-8")
    _, back, spans = parse_timeml(p)
    assert len(back) == len(doc.text)                       # one for one: offsets still agree
    assert back == doc.text.replace("\x07", "\ufffd").replace("\x0b", "\ufffd")
    assert "<script>" in back and [s[4] for s in spans] == list(df["expression"])


def test_timeml_several_documents_go_to_a_folder(tmp_path, capsys):
    a, b = tmp_path / "a.txt", tmp_path / "b.md"
    a.write_text("It happened on Sept. 5, 2022.\n", encoding="utf-8")
    b.write_text("It ended on Sept. 7, 2022.\n", encoding="utf-8")
    rc, _, err = run([str(a), str(b), "-f", "tml", "-o", str(tmp_path / "both.tml")], capsys)
    assert rc == 2 and "give a folder" in err and "Traceback" not in err
    folder = tmp_path / "tml"
    rc, _, err = run([str(a), str(b), "-f", "tml", "-o", str(folder)], capsys)
    assert rc == 0, err
    assert sorted(os.listdir(folder)) == ["a.tml", "b.tml"]
    assert parse_timeml(folder / "b.tml")[2][0][3] == "2022-09-07"


def test_export_writes_nothing_half_done_to_an_unwritable_place(tmp_path, capsys):
    rc, _, err = run([str(SEED), "-o", str(tmp_path / "missing" / "x.json")], capsys)
    assert rc == 2 and err.strip().splitlines()[-1].startswith("error:") and "Traceback" not in err


def test_dates_are_cut_to_their_granularity():
    from datetime import datetime

    def ev(g, s, e):
        return ExportEvent(id="x", headline="", start=s, end=e, granularity=g, timex_type="DATE", timex_value="")

    assert start_end_fields(ev("year", datetime(1990, 1, 1), datetime(2000, 1, 1))) == ({"year": 1990},
                                                                                         {"year": 1999})
    assert start_end_fields(ev("year", datetime(2021, 1, 1), datetime(2022, 1, 1))) == ({"year": 2021}, None)
    assert start_end_fields(ev("hour", datetime(2022, 9, 9, 14), datetime(2022, 9, 9, 15)))[0] == {
        "year": 2022, "month": 9, "day": 9, "hour": 14}
    assert start_end_fields(ev("season", datetime(2022, 12, 1), datetime(2023, 3, 1))) == (
        {"year": 2022, "month": 12}, {"year": 2023, "month": 2})


def test_fallback_headline_keeps_the_expression():
    s = ("The town of 27,000 people, which sits on a crucial supply route for Russia forces in the east, "
         "fell within the first week after the Kremlin ordered its invasion of Ukraine on Feb 24.")
    i = s.index("Feb 24")
    h = fallback_headline(s, i, i + 6)
    assert "Feb 24" in h and len(h.split()) <= 15


# ---- TimeML scoring: the same figures through TimeML as through CSV ---------------------------

def _score(gold: dict, system: dict) -> dict:
    """TempEval-3-style figures, as ../shared/tools/timeml_eval.py computes them."""
    n_gold = n_sys = strict = relaxed = type_ok = value_ok = 0
    for doc, gspans in gold.items():
        sspans = sorted(set(system.get(doc, [])))
        n_gold += len(gspans)
        n_sys += len(sspans)
        used = set()
        for g in gspans:
            best = None
            for j, s in enumerate(sspans):
                if j in used or s[1] <= g[0] or s[0] >= g[1]:
                    continue
                ov = min(s[1], g[1]) - max(s[0], g[0])
                if best is None or ov > best[0]:
                    best = (ov, j)
            if best is None:
                continue
            used.add(best[1])
            s = sspans[best[1]]
            relaxed += 1
            strict += (s[0], s[1]) == (g[0], g[1])
            type_ok += s[2] == g[2]
            value_ok += s[3] == g[3]

    def f1(m):
        p, r = (m / n_sys if n_sys else 0.0), (m / n_gold if n_gold else 0.0)
        return 2 * p * r / (p + r) if p + r else 0.0

    rel = f1(relaxed)
    return {"system": n_sys, "strict_f1": round(100 * f1(strict), 2), "relaxed_f1": round(100 * rel, 2),
            "type_f1": round(100 * (type_ok / relaxed if relaxed else 0) * rel, 2),
            "value_f1": round(100 * (value_ok / relaxed if relaxed else 0) * rel, 2)}


@pytest.mark.skipif(not TIMEBANK.is_dir() or not EVAL.is_file(), reason="../shared TimeBank data not present")
def test_timebank_scores_the_same_through_timeml_as_through_csv(tmp_path, capsys):
    spec = importlib.util.spec_from_file_location("timeml_eval", EVAL)
    tev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tev)
    files = sorted(p for p in TIMEBANK.iterdir() if p.suffix == ".tml")[:12]
    gold, by_dct = {}, {}
    for p in files:
        dct, text, spans = tev.parse_tml(str(p))
        name = p.stem
        txt = tmp_path / "in" / f"{name}.txt"
        txt.parent.mkdir(exist_ok=True)
        txt.write_text(text, encoding="utf-8", newline="")
        gold[name] = spans
        by_dct.setdefault(dct, []).append(str(txt))
    via_csv, via_tml = {}, {}
    for i, (dct, paths) in enumerate(sorted(by_dct.items())):
        out_csv, out_tml = tmp_path / f"o{i}.csv", tmp_path / f"tml{i}"
        assert run([*paths, "--reference-date", dct, "-o", str(out_csv)], capsys)[0] == 0
        assert run([*paths, "--reference-date", dct, "-f", "tml", "-o", str(out_tml)], capsys)[0] == 0
        for r in csv_rows(out_csv):
            via_csv.setdefault(Path(r["document"]).stem, []).append(
                (int(r["start_char"]), int(r["end_char"]), r["timex_type"], r["timex_value"], r["expression"]))
        for f in os.listdir(out_tml):
            # read back with the scorer's own gold-file parser
            tdct, ttext, spans = tev.parse_tml(str(out_tml / f))
            assert tdct == dct and ttext == (tmp_path / "in" / (Path(f).stem + ".txt")).read_text(encoding="utf-8")
            via_tml[Path(f).stem] = spans
    a, b = _score(gold, via_csv), _score(gold, via_tml)
    assert a == b
    assert a["system"] > 50 and a["relaxed_f1"] > 80      # a real run, not an empty one


def test_a_sentence_cut_around_its_expression_still_marks_it():
    from timeline_app.core.events import sentence_cell
    from timeline_app.core.exports.model import ExportSource

    text = "word " * 3000 + "and then on Sept. 9, 2022 the troops came " + "more " * 3000 + "."
    a = text.index("Sept. 9, 2022")
    b = a + len("Sept. 9, 2022")
    cell = sentence_cell(text, 0, len(text), a, b)
    assert len(cell) < len(text) and cell.startswith("[…")                 # the cell is cut
    src = ExportSource(document="d", sentence_index=0, sentence=cell, sentence_start=0, sentence_end=len(text),
                       expression=text[a:b], start_char=a, end_char=b)
    x, y = src.expression_in_sentence()
    assert cell[x:y] == "Sept. 9, 2022"


def test_the_users_edits_reach_every_format(tmp_path):
    """Deletions, headlines, fixed dates, tags and the window's filter (a subset of event ids)."""
    from timeline_app.core.exports import render
    from timeline_app.core.exports.workspace import bundle_from_workspace
    from timeline_app.core.workspace import Workspace

    ws = Workspace.from_files([str(SEED)])
    ev = ws.curated()
    by_expr = {r.expression: eid for eid, r in ev.iterrows()}
    ws.delete(by_expr["today"])
    ws.set_headline(by_expr["late Friday"], "Zelensky: 30 towns retaken <b>")
    ws.set_when(by_expr["Feb 24"], "2022-02-23")
    ws.set_tags(by_expr["Feb 24"], ["=invasion"])
    b = bundle_from_workspace(ws)
    ids = {e.id for e in b.events}
    assert by_expr["today"] not in ids and len(ids) == len(ev) - 1
    js = json.loads(render("json", b))
    late = next(e for e in js["events"] if e["id"] == by_expr["late Friday"])
    assert late["headline"] == "Zelensky: 30 towns retaken <b>" and late["status"] == "edited"
    feb = next(e for e in js["events"] if e["id"] == by_expr["Feb 24"])
    assert feb["start"] == "2022-02-23T00:00:00" and feb["date_fixed"] and feb["tags"] == ["=invasion"]
    tl = json.loads(render("timelinejs", b, group_by="tag"))
    slide = next(e for e in tl["events"] if e["unique_id"] == by_expr["Feb 24"])
    assert slide["start_date"] == {"year": 2022, "month": 2, "day": 23} and slide["group"] == "=invasion"
    assert "display_date" not in slide
    late_slide = next(e for e in tl["events"] if e["unique_id"] == by_expr["late Friday"])
    assert late_slide["text"]["headline"] == "Zelensky: 30 towns retaken &lt;b&gt;"
    sheet = list(csv.reader(io.StringIO(render("timelinejs-csv", b, group_by="tag"))))
    assert ["'=invasion"] == [r[SHEET_COLUMNS.index("Group")] for r in sheet if r[0] == "2022" and r[1] == "2"
                              and r[2] == "23"]
    doc = b.documents[0]
    tml = timeml_document(b, doc)[0]
    assert 'value="2022-02-23">Feb 24<' in tml and ">today<" not in tml
    # the window's filter: only the events it shows
    sub = bundle_from_workspace(ws, event_ids=[by_expr["late Friday"], by_expr["today"], by_expr["late Friday"]])
    assert [e.id for e in sub.events] == [by_expr["late Friday"]]


@pytest.mark.parametrize("fmt", ["json", "timelinejs", "tml", "html"])
def test_a_dateline_article_exports_without_a_traceback(tmp_path, capsys, fmt):
    src = tmp_path / "wire.txt"
    src.write_text("BRUSSELS, February 10 (Xinhua) --\nThe European Union said on Wednesday it would act.\n",
                   encoding="utf-8")
    rc, out, err = run([str(src), "--reference-date", "1999-02-10", "-f", fmt], capsys)
    assert rc == 0 and "Traceback" not in err and out
