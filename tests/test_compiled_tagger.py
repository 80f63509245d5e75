"""The tagger's modules compiled by Cython (``temporal/accel.py``, ``make compiled``): never a module
built from other source bytes, nothing taken with ``TIMELINE_APP_COMPILED=0``, and, where they are
built for today's sources, the same rows as the sources give. A process imports one or the other,
so the comparison runs two fresh processes (skipped when nothing is built for today's sources:
then every process imports the sources, which the other tests cover)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from timeline_app.temporal import accel

REPO = Path(__file__).resolve().parent.parent


def test_a_module_is_found_only_as_built_for_todays_source(tmp_path, monkeypatch):
    monkeypatch.setenv("TIMELINE_APP_COMPILED", "1")   # (whatever the environment of the run says)
    finder = accel._Finder(tmp_path)
    assert accel.built("tagger", tmp_path) is None
    assert finder.find_spec("timeline_app.temporal.tagger") is None
    # a build of other bytes (an older tagger.py) is never taken
    accel.module_path("tagger", "0" * 16, tmp_path).write_bytes(b"not a module")
    assert accel.built("tagger", tmp_path) is None
    assert finder.find_spec("timeline_app.temporal.tagger") is None
    # today's key: found, as an extension module under the source module's own name
    today = accel.module_path("tagger", accel.source_key("tagger"), tmp_path)
    today.write_bytes(b"stands for a build")
    assert accel.built("tagger", tmp_path) == today
    spec = finder.find_spec("timeline_app.temporal.tagger")
    assert spec is not None and spec.name == "timeline_app.temporal.tagger" and spec.origin == str(today)
    # a module not listed, or outside the package, is never answered for
    accel.module_path("startcache", accel.source_key("startcache"), tmp_path).write_bytes(b"x")
    assert finder.find_spec("timeline_app.temporal.startcache") is None
    assert finder.find_spec("timeline_app.core.events") is None


def test_the_key_is_that_of_the_source_bytes(tmp_path):
    a, b = tmp_path / "a.py", tmp_path / "b.py"
    a.write_text("x = 1\n")
    b.write_text("x = 1\n")
    assert accel.source_key("a", a) == accel.source_key("b", b)
    b.write_text("x = 2\n")
    assert accel.source_key("a", a) != accel.source_key("b", b)


def test_the_environment_turns_it_off(tmp_path, monkeypatch):
    today = accel.module_path("tense", accel.source_key("tense"), tmp_path)
    today.write_bytes(b"stands for a build")
    monkeypatch.setenv("TIMELINE_APP_COMPILED", "0")
    assert accel._Finder(tmp_path).find_spec("timeline_app.temporal.tense") is None
    monkeypatch.setattr(sys, "meta_path", [f for f in sys.meta_path if not isinstance(f, accel._Finder)])
    assert accel.install(tmp_path) is False
    monkeypatch.setenv("TIMELINE_APP_COMPILED", "1")
    assert accel.install(tmp_path) is True and isinstance(sys.meta_path[0], accel._Finder)


_ROWS = r"""
import glob, hashlib, html, json, re, sys
from datetime import date
from pathlib import Path
from timeline_app.core.document import Document
from timeline_app.core.events import document_rows
from timeline_app.temporal import accel
repo, shared = Path(sys.argv[1]), Path(sys.argv[1]).parent / "shared"
docs = [Document(path="seed", text=(repo / "resources" / "kharkiv-offensive.md").read_text("utf-8"),
                 reference_date=date(2022, 9, 10), reference_source="given")]
for p in sorted(glob.glob(str(shared / "data" / "timeml" / "tbaq" / "TimeBank" / "*.tml")))[:60]:
    m = re.search(r"<TEXT>(.*?)</TEXT>", Path(p).read_text("utf-8"), re.S)
    if m:
        docs.append(Document(path=p, text=html.unescape(re.sub(r"<[^>]+>", "", m.group(1))), reference_date=None))
for line in (repo / "tests" / "data" / "tagger_corpus.jsonl").read_text("utf-8").splitlines():
    if line.strip():
        it = json.loads(line)
        ref = date.fromisoformat(it["ref"]) if it.get("ref") else None
        docs.append(Document(path="tagger", text=it["text"], reference_date=ref, reference_source="given" if ref else ""))
h, n = hashlib.sha256(), 0
for d in docs:
    for mode in ("auto", "news", "narrative"):
        rows = document_rows(d, mode)
        n += len(rows)
        h.update(repr(rows).encode())
print(json.dumps({"compiled": accel.compiled_now(), "rows": n, "hash": h.hexdigest()}))
"""


def _rows(compiled: bool) -> dict:
    import json

    env = dict(os.environ, TIMELINE_APP_COMPILED="1" if compiled else "0")
    out = subprocess.run([sys.executable, "-c", _ROWS, str(REPO)], env=env, cwd=REPO, capture_output=True,
                         text=True, check=True, timeout=900)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_compiled_rows_are_the_sources_rows():
    """The seed, 60 TimeBank bodies and every text of the tagger corpus, in the three modes, every
    column of every row: the same from the compiled modules as from the sources."""
    if not any(accel.built(n) for n in accel.MODULES):
        pytest.skip("no module of the tagger compiled for today's sources (make compiled)")
    plain, fast = _rows(False), _rows(True)
    assert plain["compiled"] == [] and fast["compiled"] == [n for n in accel.MODULES if accel.built(n)]
    assert plain["rows"] > 3000
    assert fast["rows"] == plain["rows"] and fast["hash"] == plain["hash"]
