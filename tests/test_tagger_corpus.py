"""The tagger against the expected expressions in ``tests/data/tagger_corpus.jsonl``.

One test per expectation. An expectation holds when some Timex overlapping the
expression's span in the text has exactly the expected type and value and its interval
starts/ends where expected (each checked when given; start/end "" = cannot be placed,
else the first 10 or 16 characters of the ISO timestamp). Type and value are left out
only for event-anchored periods ("its seventh month" of a war begun on a given date),
where the interval is what annotators agree on. Strict-span agreement (the Timex
covers exactly the TimeML extent) is printed, not asserted.

``python tests/test_tagger_corpus.py`` prints every miss and the figures without pytest.
"""
from __future__ import annotations

import json
import re
from datetime import date
from functools import lru_cache
from pathlib import Path

import pytest

from timeline_app.temporal import tag

DATA = Path(__file__).parent / "data"
CORPUS = DATA / "tagger_corpus.jsonl"


def load_jsonl(path: Path) -> list[dict]:
    """The records of a JSON-lines file, each with its line number under ``_line``."""
    records = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                rec = json.loads(line)
                rec["_line"] = n
                records.append(rec)
    return records


def find_span(text: str, phrase: str, occurrence: int = 1) -> tuple[int, int]:
    """Offsets of the ``occurrence``-th appearance of ``phrase`` in ``text``."""
    pos = -1
    for _ in range(occurrence):
        pos = text.find(phrase, pos + 1)
        if pos < 0:
            raise ValueError(f"{phrase!r} does not occur {occurrence} time(s) in {text!r}")
    return pos, pos + len(phrase)


@lru_cache(maxsize=None)
def tagged(text: str, ref: str | None, mode: str = "auto") -> tuple:
    """The tagger's output for one text (cached: several expectations share a text)."""
    return tuple(tag(text, date.fromisoformat(ref) if ref else None, mode=mode))


def _iso(dt) -> str:
    return "None" if dt is None else dt.isoformat()[:16]


def describe(t) -> str:
    rule = f" rule={t.rule}" if t.rule else ""
    return (f"{t.expression!r} [{t.start_char}:{t.end_char}] {t.timex_type} {t.timex_value} "
            f"[{_iso(t.start)} .. {_iso(t.end)}){rule}")


def _bound_ok(expected: str, got) -> bool:
    if expected == "":
        return got is None
    return got is not None and got.isoformat()[:len(expected)] == expected


def field_diffs(exp: dict, t) -> list[str]:
    """What differs between an expectation and one Timex (empty list = it matches)."""
    diffs = []
    if "type" in exp and t.timex_type != exp["type"]:
        diffs.append(f"type {t.timex_type} != {exp['type']}")
    if "value" in exp and t.timex_value != exp["value"]:
        diffs.append(f"value {t.timex_value} != {exp['value']}")
    for key, got in (("start", t.start), ("end", t.end)):
        if key in exp and not _bound_ok(exp[key], got):
            diffs.append(f"{key} {_iso(got)} != {exp[key] or 'None (unplaced)'}")
    return diffs


def check(text: str, ref: str | None, mode: str, exp: dict) -> tuple[bool, bool, bool, str]:
    """(matched, strict_matched, exact_span_found, message) for one expectation."""
    s, e = find_span(text, exp["expr"], exp.get("occurrence", 1))
    timexes = tagged(text, ref, mode)
    overlapping = [t for t in timexes if t.start_char < e and t.end_char > s]
    matches = [t for t in overlapping if not field_diffs(exp, t)]
    strict = any((t.start_char, t.end_char) == (s, e) for t in matches)
    exact_span = any((t.start_char, t.end_char) == (s, e) for t in timexes)
    want = " ".join(f"{k}={exp[k]!r}" for k in ("type", "value", "start", "end") if k in exp)
    lines = [f"text: {text!r}", f"ref: {ref}  mode: {mode}",
             f"expected: {exp['expr']!r} [{s}:{e}] {want}"]
    if overlapping:
        for t in overlapping:
            lines.append(f"     got: {describe(t)}  <- " + "; ".join(field_diffs(exp, t) or ["ok"]))
    else:
        lines.append("     got: nothing overlapping the expression")
    others = [t for t in timexes if t not in overlapping]
    if others:
        lines.append("elsewhere in the text: " + " | ".join(describe(t) for t in others))
    return bool(matches), strict, exact_span, "\n".join(lines)


def _slug(s: str) -> str:
    return re.sub(r"[^A-Za-z0-9'.:-]+", "_", s).strip("_")[:40]


def expectations(records: list[dict]):
    """(id, text, ref, mode, expectation) for every expectation of every record."""
    for rec in records:
        for exp in rec["expect"]:
            occ = f"#{exp['occurrence']}" if exp.get("occurrence", 1) != 1 else ""
            cid = f"L{rec['_line']:03d}-{_slug(exp['expr'])}{occ}-{rec['ref'] or 'noref'}"
            yield cid, rec["text"], rec["ref"], rec.get("mode", "auto"), exp


CASES = list(expectations(load_jsonl(CORPUS)))
_results: dict[str, tuple[bool, bool, bool]] = {}


def summary(results) -> str:
    n = len(results)
    matched = sum(m for m, _, _ in results)
    strict = sum(s for _, s, _ in results)
    exact = sum(x for _, _, x in results)
    pct = lambda a, b: f"{100 * a / b:.1f}%" if b else "n/a"
    return (f"tagger corpus: {matched}/{n} expectations matched ({pct(matched, n)}); "
            f"strict span on {strict}/{matched} of the matched ({pct(strict, matched)}); "
            f"a Timex with exactly the gold extent for {exact}/{n} ({pct(exact, n)})")


@pytest.fixture(scope="module", autouse=True)
def _strict_span_report(request):
    yield
    if _results:
        capture = request.config.pluginmanager.get_plugin("capturemanager")
        line = summary(list(_results.values()))
        if capture is not None:
            with capture.global_and_fixture_disabled():
                print("\n" + line)
        else:
            print(line)


@pytest.mark.parametrize("text, ref, mode, exp", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_expression(text, ref, mode, exp, request):
    matched, strict, exact, message = check(text, ref, mode, exp)
    _results[request.node.callspec.id] = (matched, strict, exact)
    assert matched, "\n" + message


if __name__ == "__main__":
    results = []
    for cid, text, ref, mode, exp in CASES:
        matched, strict, exact, message = check(text, ref, mode, exp)
        results.append((matched, strict, exact))
        if not matched:
            print(f"MISS {cid}\n{message}\n")
    print(summary(results))
