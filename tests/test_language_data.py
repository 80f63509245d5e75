"""Language data integrity (dateparser-style): every lexicon entry is read by the code, every
rule pattern's word classes exist, and every data file of the package is in the built wheel."""
from __future__ import annotations

import fnmatch
import re
import tomllib
from pathlib import Path

import pytest

from timeline_app.temporal.lang import lexicon, load

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "timeline_app"
LANGS = sorted(p.name for p in (PACKAGE / "temporal" / "lang").iterdir() if (p / "lexicon.json").is_file())


def _source() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in (PACKAGE / "temporal").rglob("*.py"))


@pytest.mark.parametrize("code", LANGS)
def test_every_lexicon_entry_is_read(code):
    src = _source()
    used = load(code).RS.used
    unread = [k for k in lexicon(code) if not k.startswith("_") and k not in used
              and not re.search(r"""["']%s["']|\{%s(?::cs|:bare|:line)?\}""" % (re.escape(k), re.escape(k)), src)]
    assert unread == [], f"lexicon entries of {code!r} that no code reads: {unread}"


@pytest.mark.parametrize("code", LANGS)
def test_no_lexicon_entry_is_written_twice(code):
    # JSON keeps the last of two equal keys: a second "weekday_coordinators" written further down
    # would silently replace the first for every rule that reads it
    import json
    seen: list[str] = []

    def keys(pairs):
        seen.append([k for k, _ in pairs])
        return dict(pairs)

    json.loads((PACKAGE / "temporal" / "lang" / code / "lexicon.json").read_text(encoding="utf-8"), object_pairs_hook=keys)
    top = seen[-1]
    assert len(top) > 10
    # every object, nested ones too (a second "ordinal_word" inside a group was once merged in)
    for obj in seen:
        assert len(obj) == len(set(obj)), sorted({k for k in obj if obj.count(k) > 1})


@pytest.mark.parametrize("code", LANGS)
def test_relation_lists_name_known_relations(code):
    lex = lexicon(code)
    lists = [k for k in lex if k.endswith("_relations")]
    assert lists
    for k in lists:
        assert set(lex[k]) <= set(lex["relations"]), f"{k}: {sorted(set(lex[k]) - set(lex['relations']))}"


def test_every_data_file_is_package_data():
    cfg = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    globs = cfg["tool"]["setuptools"]["package-data"]["timeline_app"]
    data = [p.relative_to(PACKAGE).as_posix() for p in PACKAGE.rglob("*")
            if p.is_file() and p.suffix not in (".py", ".pyc") and "__pycache__" not in p.parts]
    assert data, "no data files found: the test looks in the wrong place"
    missing = [f for f in data if not any(fnmatch.fnmatch(f, g) for g in globs)]
    assert missing == [], f"data files left out of the wheel (pyproject package-data): {missing}"


def test_language_packages_have_an_init():
    # setuptools' package finder skips a folder without __init__.py: its data would not ship
    for code in LANGS:
        assert (PACKAGE / "temporal" / "lang" / code / "__init__.py").is_file()
