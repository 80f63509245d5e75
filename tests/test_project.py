"""Project files: round trip in a new process, migrations, refusals, sources, search, autosave."""
import json
import os
import shutil
import sqlite3
import subprocess
import sys

import pandas as pd
import pytest

from timeline_app.core import project
from timeline_app.core.project import ProjectError, SCHEMA_VERSION
from timeline_app.core.workspace import Workspace

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(ROOT, "resources", "kharkiv-offensive.md")

DUMP = r"""
import json, sys
from timeline_app.core.workspace import Workspace
ws = Workspace.open(sys.argv[1])
df = ws.events.drop(columns=["mention_ids"]).sort_index()
print(df.to_json(orient="index", date_format="iso"))
"""


def dump(ws) -> dict:
    return json.loads(ws.events.drop(columns=["mention_ids"]).sort_index().to_json(orient="index", date_format="iso"))


@pytest.fixture
def folder(tmp_path):
    shutil.copy(SAMPLE, tmp_path / "sample.md")
    return tmp_path


def first(ws, expression, nth=0):
    df = ws.events
    return df.index[df["expression"] == expression][nth]


def test_round_trip_in_a_new_process_then_undo_everything(folder):
    ws = Workspace.from_files([str(folder / "sample.md")])
    start = dump(ws)
    ws.delete(first(ws, "the past few months"))
    ws.set_when(first(ws, "late Friday"), "2022-09-08")
    ws.set_tags(first(ws, "Feb 24"), ["invasion"])
    ws.set_tags(first(ws, "the first week"), ["invasion", "kupiansk"])
    doc = ws.documents[0]
    i = doc.text.index("Baerbock’s visit")
    added = ws.add_event(doc.path, i, i + len("Baerbock’s visit"), when="2022-09-10")
    ws.merge([first(ws, "Saturday", 3), first(ws, "today")])
    edited = dump(ws)
    assert edited != start
    assert edited[added]["status"] == "added"
    path = str(folder / "curated.timeline")
    ws.save(path)
    r = subprocess.run([sys.executable, "-c", DUMP, path], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == edited
    # the reopened project undoes nothing (a new session), the original undoes everything
    n = 0
    while ws.can_undo():
        ws.undo()
        n += 1
    assert n == 6
    assert dump(ws) == start


def test_incremental_saves_and_autosave_cost_rows_not_files(folder):
    ws = Workspace.from_files([str(folder / "sample.md")])
    path = str(folder / "p.timeline")
    ws.save(path)
    assert not ws.modified
    e = first(ws, "Feb 24")
    ws.set_note(e, "check the date")
    assert ws.modified
    ino = os.stat(path).st_ino
    assert ws.autosave() == path
    assert os.stat(path).st_ino == ino       # written in place, in a transaction, not rewritten whole
    assert not ws.modified and ws.autosave() is None
    ws.undo()
    ws.save()
    assert dump(Workspace.open(path)) == dump(ws)


def test_save_as_without_text_still_reopens_with_sentences(folder):
    ws = Workspace.from_files([str(folder / "sample.md")])
    path = str(folder / "small.timeline")
    ws.save(path, include_text=False)
    ws2 = Workspace.open(path)
    assert dump(ws2) == dump(ws)
    assert ws2.search("Kupiansk")


def test_search_finds_words_in_every_document(folder, tmp_path):
    (folder / "other.txt").write_text("Published: 12 September 2022\n\nKupiansk was retaken on Sunday.\n")
    ws = Workspace.from_files([str(folder / "sample.md"), str(folder / "other.txt")])
    hits = ws.search("kupiansk")
    assert {h["document"] for h in hits} == {str(folder / "sample.md"), str(folder / "other.txt")}
    for h in hits:
        text = ws.document(h["document"]).text
        assert text[h["match_start"]:h["match_end"]].lower() == "kupiansk"
        assert h["start"] <= h["match_start"] < h["end"]
    assert ws.search("retaken kupi")[0]["document"] == str(folder / "other.txt")
    ws.save(str(folder / "s.timeline"))
    ws.remove_document(str(folder / "other.txt"))
    assert {h["document"] for h in ws.search("kupiansk")} == {str(folder / "sample.md")}
    assert ws.search("") == [] and ws.search("zzzzqqq") == []


def test_missing_and_changed_sources_keep_their_events_and_edits(folder):
    ws = Workspace.from_files([str(folder / "sample.md")])
    e = first(ws, "Feb 24")
    ws.set_tags(e, ["invasion"])
    path = str(folder / "p.timeline")
    ws.save(path)
    before = dump(ws)
    moved = folder / "moved" / "sample.md"
    moved.parent.mkdir()
    shutil.move(str(folder / "sample.md"), moved)
    ws2 = Workspace.open(path)
    st = ws2.document_states()[0]
    assert st.status == "missing" and "sample.md" in st.message and "kept" in st.message
    assert ws2.events.loc[e, "tags"] == ("invasion",) and len(ws2.events) == len(before)
    ws2.locate_document(st.doc_id, str(moved))
    assert ws2.document_states()[0].status == "ok"
    assert ws2.events.loc[e, "document"] == str(moved)
    ws2.save()
    # the file changes: the saved events stay until it is reloaded, then the edit follows its mention
    text = moved.read_text(encoding="utf-8")
    moved.write_text("Breaking: a new first line about nothing.\n" + text, encoding="utf-8")
    ws3 = Workspace.open(path)
    assert ws3.document_states()[0].status == "changed"
    assert ws3.events.loc[e, "tags"] == ("invasion",)
    ws3.reload_document(ws3.document_states()[0].doc_id)
    df = ws3.events
    row = df[df["expression"] == "Feb 24"].iloc[0]
    assert row["tags"] == ("invasion",) and row["event_id"] != e   # a new mention id, the edit carried
    ws3.save()
    assert dump(Workspace.open(path)) == dump(ws3)


def test_foreign_damaged_newer_files_are_refused_in_one_line(folder):
    cases = {}
    (folder / "text.timeline").write_text("hello, I am not a database")
    cases["text.timeline"] = "not an SQLite database"
    other = sqlite3.connect(folder / "other.timeline")
    other.execute("CREATE TABLE t(x)")
    other.commit()
    other.close()
    cases["other.timeline"] = "another application"
    ws = Workspace.from_files([str(folder / "sample.md")])
    good = str(folder / "good.timeline")
    ws.save(good)
    ws.close()
    data = open(good, "rb").read()
    (folder / "cut.timeline").write_bytes(data[:50])
    cases["cut.timeline"] = "damaged"
    (folder / "garbled.timeline").write_bytes(data[:100] + b"\x00" * 4096 + data[4196:])
    cases["garbled.timeline"] = "damaged"
    newer = folder / "newer.timeline"
    shutil.copy(good, newer)
    c = sqlite3.connect(newer)
    c.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    c.commit()
    c.close()
    cases["newer.timeline"] = "newer timeline_app"
    cases["missing.timeline"] = "no such file"
    for name, why in cases.items():
        with pytest.raises(ProjectError) as ei:
            Workspace.open(str(folder / name))
        msg = str(ei.value)
        assert "\n" not in msg and name in msg and why in msg, msg


def test_version_1_files_are_migrated(folder):
    ws = Workspace.from_files([str(folder / "sample.md")])
    ws.set_tags(first(ws, "Feb 24"), ["invasion"])
    expected = dump(ws)
    # a version-1 project: the same tables, no full-text index
    path = str(folder / "v1.timeline")
    ws.save(path)
    ws.close()
    c = sqlite3.connect(path)
    c.execute("DROP TABLE sentences")
    c.execute("PRAGMA user_version = 1")
    c.commit()
    c.close()
    ws1 = Workspace.open(path)
    assert dump(ws1) == expected
    assert ws1.search("Kupiansk")
    c = sqlite3.connect(path)
    assert c.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert c.execute("SELECT count(*) FROM sentences").fetchone()[0] > 20
    c.close()


def test_autosave_without_a_project_goes_to_a_recovery_file(folder, monkeypatch):
    monkeypatch.setenv("TIMELINE_APP_RECOVERY_DIR", str(folder / "recovery"))
    ws = Workspace.from_files([str(folder / "sample.md")])
    ws.delete(first(ws, "Feb 24"))
    where = ws.autosave()
    assert where and where.startswith(str(folder / "recovery"))
    assert Workspace.recovery_files() == []        # this session is alive: nothing to recover
    expected = dump(ws)
    # a session that crashed: another process autosaves and dies without cleaning up
    code = ("import sys; from timeline_app.core.workspace import Workspace\n"
            "ws = Workspace.from_files([sys.argv[1]]); ws.set_starred(ws.events.index[0]); ws.autosave()\n"
            "import os; os._exit(0)")
    subprocess.run([sys.executable, "-c", code, str(folder / "sample.md")], check=True, timeout=120,
                   env={**os.environ, "TIMELINE_APP_RECOVERY_DIR": str(folder / "recovery")})
    found = Workspace.recovery_files()
    assert len(found) == 1 and found[0]["documents"] == 1
    rec = Workspace.recover(found[0]["path"])
    assert rec.modified and rec.path is None and bool(rec.events.iloc[0]["starred"])
    rec.save(str(folder / "recovered.timeline"))
    assert Workspace.recovery_files() == [] and not os.path.exists(found[0]["path"])
    ws.save(str(folder / "mine.timeline"))
    assert not os.path.exists(where) and dump(Workspace.open(str(folder / "mine.timeline"))) == expected


def test_removed_documents_leave_the_project(folder):
    (folder / "other.txt").write_text("Published: 12 September 2022\n\nKupiansk was retaken on Sunday.\n")
    ws = Workspace.from_files([str(folder / "sample.md"), str(folder / "other.txt")])
    path = str(folder / "p.timeline")
    ws.save(path)
    ws.remove_document(str(folder / "other.txt"))
    ws.save()
    ws2 = Workspace.open(path)
    assert [d.path for d in ws2.documents] == [str(folder / "sample.md")]
    assert dump(ws2) == dump(ws)
    assert project.SCHEMA_VERSION == SCHEMA_VERSION


def test_cli_exports_the_curated_events_of_a_project(folder):
    import csv
    import io

    from timeline_app.core.events import EXPORT_COLUMNS

    ws = Workspace.from_files([str(folder / "sample.md")])
    gone = first(ws, "Feb 24")
    ws.delete(gone)
    fixed = first(ws, "late Friday")
    ws.set_when(fixed, "2022-09-08")
    ws.set_headline(fixed, "Zelensky: 30 towns retaken")
    ws.set_tags(fixed, ["kharkiv", "claims"])
    ws.set_starred(fixed)
    path = str(folder / "p.timeline")
    ws.save(path)
    r = subprocess.run([sys.executable, "-m", "timeline_app", "export", path], capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0, r.stderr
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    header = r.stdout.splitlines()[0].split(",")
    assert header[:len(EXPORT_COLUMNS)] == EXPORT_COLUMNS
    assert header[len(EXPORT_COLUMNS):len(EXPORT_COLUMNS) + 6] == ["event_id", "headline", "status", "tags", "note",
                                                                    "starred"]
    ids = [x["event_id"] for x in rows]
    assert gone not in ids and len(rows) == len(ws.events) - 1
    row = rows[ids.index(fixed)]
    assert (row["timex_value"], row["start"], row["end"], row["headline"], row["tags"], row["starred"],
            row["status"]) == ("2022-09-08", "2022-09-08T00:00:00", "2022-09-09T00:00:00",
                               "Zelensky: 30 towns retaken", "kharkiv; claims", "true", "edited")
    out = folder / "curated.json"
    r = subprocess.run([sys.executable, "-m", "timeline_app", "export", path, "-o", str(out)], capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    text = out.read_text(encoding="utf-8")
    assert "Zelensky: 30 towns retaken" in text and gone not in text
    # a foreign file: one line, exit 2, for export and for the window alike
    (folder / "x.timeline").write_text("not a project")
    for args in (["export", str(folder / "x.timeline")], [str(folder / "x.timeline")]):
        r = subprocess.run([sys.executable, "-m", "timeline_app", *args], capture_output=True, text=True, timeout=120)
        assert r.returncode == 2 and r.stderr.count("\n") == 1 and "not a timeline project" in r.stderr
    r = subprocess.run([sys.executable, "-m", "timeline_app", "--table", path], capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0 and "Zelensky: 30 towns retaken" in r.stdout and "deleted" in r.stdout


def _state(ws) -> dict:
    return {"mentions": ws._mentions, "group_of": ws._group_of, "auto_event": ws._auto_event,
            "absorbed": ws._absorbed, "members": ws._members, "by_key": ws._by_key,
            "order": {d: st.mention_ids for d, st in ws._docs.items()}, "fields": ws._fields,
            "user_event": ws._user_event, "suggest": ws._suggest, "unsaved": ws._unsaved_events}


def test_reopening_in_bulk_gives_what_the_per_row_path_gives(folder, monkeypatch):
    """A project's rows go in through ``Workspace._add_saved_rows`` (no copies, sort or
    comparisons); the same file read through ``_add_rows`` gives the same Workspace."""
    text = (folder / "sample.md").read_text(encoding="utf-8")
    for i in range(3):     # near-identical articles: events joined across documents, suggestions
        t = text if i < 2 else text.replace("troops", "soldiers and units").replace("Ukrainian", "the Kyiv")
        (folder / f"copy{i}.md").write_text(t.replace("Izyum", f"Izyum{i}"), encoding="utf-8")
    ws = Workspace.from_files([str(folder / "sample.md")] + [str(folder / f"copy{i}.md") for i in range(3)])
    ws.set_tags(first(ws, "Feb 24"), ["invasion"])
    ws.merge([first(ws, "Saturday", 3), first(ws, "today")])
    ws.split(ws.events.index[ws.events["n_mentions"] > 1][0])
    path = str(folder / "bulk.timeline")
    ws.save(path)
    assert ws._absorbed and ws._suggest     # what the bulk path must rebuild is there
    bulk = Workspace.open(path, check_sources=False)
    monkeypatch.setattr(Workspace, "_add_saved_rows", lambda self, st, rows: self._add_rows(st, rows))
    per_row = Workspace.open(path, check_sources=False)
    assert _state(bulk) == _state(per_row)
    pd.testing.assert_frame_equal(bulk.events, per_row.events)
    pd.testing.assert_frame_equal(bulk.events, ws.events)
    assert bulk.events.loc[first(bulk, "Feb 24"), "tags"] == ("invasion",)
