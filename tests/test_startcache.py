"""The start-up store (``temporal/startcache.py``) gives the patterns and reaches the process
would have made itself: every pattern the tagger compiles is ``re.compile``'s of the pattern with the
alternatives ``branchskip`` joins, with the INFO block ``leadskip`` gives (``Pattern.__eq__`` compares
the engine's code; the groups and flags are re's; ``tests/test_branchskip.py`` and
``tests/test_leadskip.py``: the same answers), after a write and a read in a fresh store too; every rule's kept
reach is the one read from its pattern; a store of another interpreter, or of sources changed
since, is not read; nothing is written where bytecode would not be."""
import marshal
import re

import pytest

from timeline_app.temporal import reach, startcache
from timeline_app.temporal.tagger import RULES


@pytest.fixture
def store(tmp_path, monkeypatch):
    """A store of its own, in a temporary file, empty."""
    monkeypatch.setattr(startcache, "_FILE", str(tmp_path / "__pycache__" / "startup.test.marshal"))
    monkeypatch.setattr(startcache, "_STORE", startcache._Store())
    monkeypatch.setattr(startcache.sys, "dont_write_bytecode", False)
    monkeypatch.delenv("TIMELINE_APP_STARTUP_CACHE", raising=False)
    if not startcache.enabled():
        pytest.skip("this interpreter's re has no _parser/_compiler: the store is off, re.compile serves")
    return startcache._STORE


def _every_source():
    """(source, flags) of every rule pattern, negative, lead and trail, and a few of the
    engine's own kinds: named groups, look-behinds, case folding, verbose, Unicode classes."""
    out = []
    for r in RULES:
        out.append((r.pattern.pattern, r.pattern.flags))
        for part in (r.reject_before, r.reject_after, r.lead, r.trail):
            if part is not None:
                out.append((part[0].pattern, part[0].flags))
    out += [(r"(?P<y>\d{4})-(?P<m>\d\d)(?:-(?P<d>\d\d))?", 0), (r"(?<![\w])(?i:ſt)\b", 0),
            (r"""(?x) \d+  # a number
                 \s* (?:am|pm)""", re.I), (r"[^\W\d_]+", re.UNICODE), (r"(a)|b(?(1)c|d)", re.M | re.S),
            (r"\bcafé\b", re.I), (r"[\u2010-\u2015]", 0)]
    return out


def test_every_pattern_is_re_compiles_fresh_and_after_a_write_and_a_read(store):
    sources = _every_source()
    fresh = [startcache.compile(p, f) for p, f in sources]
    assert store.dirty and len(store.patterns) >= len(set(sources)) * 0.9
    store.save()
    again = startcache._Store()
    again.load()
    assert set(again.patterns) == set(store.patterns)
    startcache._STORE = again
    kept = [startcache.compile(p, f) for p, f in sources]
    assert not again.dirty   # every one from the file
    for (p, f), a, b in zip(sources, fresh, kept):
        want, made = re.compile(p, f), _made(p, f)
        for got in (a, b):
            assert got == made, p   # flags, source and the engine's code (as _made makes it)
            assert (got.groups, dict(got.groupindex), got.flags) == (want.groups, dict(want.groupindex), want.flags)


def _made(source, flags):
    """The pattern as the store makes it: re's code of the pattern with ``branchskip``'s joined
    alternatives, and ``leadskip``'s first-character charset in its INFO block
    (``tests/test_branchskip.py``, ``tests/test_leadskip.py``: the same answers as ``re.compile``)."""
    import _sre
    from re import _parser

    from timeline_app.temporal import branchskip, leadskip
    p = _parser.parse(source, flags)
    groupindex = dict(p.state.groupdict)
    indexgroup = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return _sre.compile(source, flags | p.state.flags, leadskip.code(branchskip.joined(p, flags), flags),
                        p.state.groups - 1, groupindex, tuple(indexgroup))


def test_kept_patterns_match_as_compiled_ones(store):
    text = "On Tuesday, 5 March 2024 at 7.30pm, then next week; ſt CAFÉ 2024-03-05 a–b"
    for p, f in _every_source():
        got, want = startcache.compile(p, f), re.compile(p, f)
        assert [m.span() for m in got.finditer(text)] == [m.span() for m in want.finditer(text)]


def test_errors_and_flags_as_re_compile(store):
    with pytest.raises(re.error):
        startcache.compile(r"(unclosed")
    # a pattern re refuses is not counted among the used ones (test_leadskip re-reads them all)
    assert (r"(unclosed", 0) not in startcache._store().used
    assert startcache.compile("a", re.I) == _made("a", re.I) != re.compile("a", re.I)   # (leadskip's {a, A})
    assert startcache.compile("ab") == re.compile("ab")   # (re's own prefix)
    assert startcache.compile(re.compile("ab")) is re.compile("ab")   # a compiled pattern is itself
    assert startcache.compile(b"ab") == re.compile(b"ab")   # bytes: re's own


def test_every_rules_kept_reach_is_the_one_read_from_its_pattern(store, monkeypatch):
    read = {}
    monkeypatch.setattr(reach, "_REACH", {})
    for r in RULES:
        read[r.name] = reach._rule_trigger(r, reach.DEFAULT)
    assert store.reach and store.dirty
    store.save()
    again = startcache._Store()
    monkeypatch.setattr(startcache, "_STORE", again)
    monkeypatch.setattr(reach, "_REACH", {})
    for r in RULES:
        key = (reach.DEFAULT, r.name, r.pattern.pattern, int(r.pattern.flags), tuple(sorted(r.triggers)))
        assert startcache.reach_get(key) == read[r.name], r.name
        assert reach._rule_trigger(r, reach.DEFAULT) == read[r.name], r.name
    assert not again.dirty


def test_a_store_of_changed_sources_or_another_python_is_not_read(store, monkeypatch):
    rule = RULES[0]
    key = (reach.DEFAULT, rule.name, rule.pattern.pattern, int(rule.pattern.flags), tuple(sorted(rule.triggers)))
    startcache.reach_put(key, ("kept",))
    startcache.compile("kept")
    store.save()
    # a source file edited since: the reaches are read again, the patterns (the source is the key) kept
    again = startcache._Store()
    monkeypatch.setattr(startcache, "_STORE", again)
    monkeypatch.setattr(startcache, "_SOURCES", [startcache.sources_stamp() + (("reach.py", 1, 2),)])
    assert startcache.reach_get(key) is None
    assert ("kept", 0) in again.patterns
    # written again: the reaches read since and the patterns this process compiled, no others
    startcache.compile("used+")
    startcache.reach_put(key, ("again",))
    again.save()
    third = startcache._Store()
    monkeypatch.setattr(startcache, "_STORE", third)
    assert startcache.reach_get(key) == ("again",)
    assert ("used+", 0) in third.patterns and ("kept", 0) not in third.patterns
    # another interpreter: nothing read
    monkeypatch.setattr(startcache, "_stamp", lambda: (startcache.FORMAT, "another python", 0, 4))
    other = startcache._Store()
    other.load()
    assert other.patterns == {} and other.reach == {}


def test_sources_stamp_sees_an_edit(tmp_path, monkeypatch):
    (tmp_path / "lang").mkdir()
    (tmp_path / "reach.py").write_text("x = 1\n")
    (tmp_path / "lang" / "lexicon.json").write_text("{}")
    (tmp_path / "__pycache__").mkdir()
    monkeypatch.setattr(startcache, "_HERE", str(tmp_path))
    first = startcache.sources_stamp()
    assert sorted(p for p, _s, _m in first) == ["lang/lexicon.json", "reach.py"]
    (tmp_path / "__pycache__" / "startup.x.marshal").write_bytes(b"kept")   # its own file: no edit
    assert startcache.sources_stamp() == first
    (tmp_path / "lang" / "lexicon.json").write_text('{"a": 1}')
    assert startcache.sources_stamp() != first
    monkeypatch.undo()
    stamp = startcache.sources_stamp()
    names = {p for p, _size, _mtime in stamp}
    assert {"reach.py", "triggers.py", "rulebase.py"} <= names
    assert any(p.endswith(".json") for p in names) and any(p.endswith(".txt") for p in names)   # the language data


def test_nothing_written_where_bytecode_is_not_or_when_off(store, monkeypatch):
    startcache.compile("x+y")
    monkeypatch.setattr(startcache.sys, "dont_write_bytecode", True)
    store.save()
    assert not (startcache.os.path.exists(startcache._FILE))
    monkeypatch.setattr(startcache.sys, "dont_write_bytecode", False)
    monkeypatch.setenv("TIMELINE_APP_STARTUP_CACHE", "0")
    store.save()
    assert not (startcache.os.path.exists(startcache._FILE))
    before = dict(store.patterns)
    assert startcache.compile("z+w") == re.compile("z+w") and store.patterns == before   # off: re's own
    monkeypatch.delenv("TIMELINE_APP_STARTUP_CACHE")
    store.dirty = True
    store.save()
    with open(startcache._FILE, "rb") as f:
        assert ("x+y", 0) in marshal.loads(f.read())[1]


def test_a_broken_store_file_is_ignored(store):
    import os

    os.makedirs(os.path.dirname(startcache._FILE), exist_ok=True)
    with open(startcache._FILE, "wb") as f:
        f.write(b"\x00not marshal")
    fresh = startcache._Store()
    fresh.load()
    assert fresh.patterns == {} and fresh.reach == {}


def test_internals_that_refuse_the_store_fall_back_to_re_compile(monkeypatch):
    """A Python whose ``_sre.compile`` takes other arguments: the pattern is compiled as ``re`` does,
    and the store is not used again in the process (never an exception for the store's sake)."""
    import re as _re_mod
    from timeline_app.temporal import startcache

    def refuse(*args, **kwargs):
        raise TypeError("compile() takes other arguments here")

    class OtherSre:   # (the store's view of the engine only: ``re`` itself keeps the real one)
        compile = staticmethod(refuse)
        MAGIC = startcache._sre.MAGIC
        CODESIZE = startcache._sre.CODESIZE

    monkeypatch.setattr(startcache, "_REFUSED", [])
    monkeypatch.setattr(startcache, "_sre", OtherSre)
    monkeypatch.setenv("TIMELINE_APP_STARTUP_CACHE", "1")
    source = r"(?P<d>\d{1,2})(?:st|nd|rd|th) of a refused store"
    got = startcache.compile(source, _re_mod.I)
    assert got == _re_mod.compile(source, _re_mod.I)
    assert got.match("3rd of a refused store")["d"] == "3"
    assert not startcache.enabled()
    with pytest.raises(_re_mod.error):
        startcache.compile("(unbalanced", 0)
