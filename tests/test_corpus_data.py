"""The tagger corpora themselves: well-formed, consistent, and big enough.

This checks the data files, not the tagger, so it passes whatever the tagger does.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta

import pytest

from test_tagger_corpus import CORPUS, DATA, find_span, load_jsonl

NEGATIVE = DATA / "tagger_negative.jsonl"
POSITIVE_RECORDS = load_jsonl(CORPUS)
NEGATIVE_RECORDS = load_jsonl(NEGATIVE)

TYPES = {"DATE", "TIME", "DURATION", "SET"}
_Y = r"(?:\d{4}|XXXX)"
_DAY = rf"{_Y}-(?:\d{{2}}|XX)-(?:\d{{2}}|XX)"
DATE_VALUE = re.compile(
    rf"{_Y}(?:-(?:\d{{2}}|XX)(?:-(?:\d{{2}}|XX))?)?"           # 2022, 2022-09, 2022-09-10, XXXX-02-24
    rf"|{_Y}-W(?:\d{{2}}|XX)(?:-(?:[1-7]|WE))?"                # 2022-W36, 2022-W36-WE, XXXX-WXX-5
    rf"|{_Y}-(?:Q[1-4]|H[12]|SP|SU|FA|WI)"                     # quarters, halves, seasons
    r"|\d{1,3}"                                                # 199 (decade), 18 (century)
    r"|BC\d{4}(?:-\d{2}(?:-\d{2})?|-(?:SP|SU|FA|WI)|-W\d{2})?|BC\d{1,3}"  # BC0490, BC0480-SP, BC047 (a decade), BC04, (history8) BC0044-W11
    r"|PRESENT_REF|PAST_REF|FUTURE_REF")
TIME_VALUE = re.compile(rf"(?:{_DAY}|BC\d{{4}}-\d{{2}}-\d{{2}}|{_Y}-W(?:\d{{2}}|XX)-[1-7])T(?:\d{{2}}(?::\d{{2}}(?::\d{{2}})?)?|MO|AF|EV|NI|DT)")   # ((history8) BC0044-03-15TEV)
_N = r"(?:\d+(?:\.\d+)?|X)"
DURATION_VALUE = re.compile(rf"P(?=.)(?:{_N}(?:CE|DE|ML|Y|Q|M|W|D))*(?:T(?=.)(?:{_N}[HMS])+)?")
VALUE_GRAMMAR = {
    "DATE": [DATE_VALUE],
    "TIME": [TIME_VALUE],
    "DURATION": [DURATION_VALUE],
    "SET": [DATE_VALUE, TIME_VALUE, DURATION_VALUE],
}
BOUND = re.compile(r"\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?")


def _addm(d: date, n: int) -> date:
    m = d.month - 1 + n
    return date(d.year + m // 12, m % 12 + 1, 1)


def calendar_interval(value: str) -> tuple[datetime, datetime] | None:
    """[start, end) of a fully specified DATE/TIME value under the app's conventions."""
    dt = datetime.fromisoformat
    if m := re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        d = dt(value)
        return d, d + timedelta(days=1)
    if m := re.fullmatch(r"(\d{4}-\d{2}-\d{2})T24:00", value):
        d = dt(m[1]) + timedelta(days=1)  # TimeML's midnight at the end of a day
        return d, d + timedelta(minutes=1)
    if m := re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}", value):
        d = dt(value)
        return d, d + timedelta(minutes=1)
    if m := re.fullmatch(r"(\d{4}-\d{2}-\d{2})T(MO|AF|EV|NI)", value):
        # (eleventh session) TMO is the TIDES morning, midnight to noon: it holds the app's morning,
        # [06:00, 12:00), and "the early hours of Saturday", [00:00, 06:00), whose TimeML value is TMO
        a, b = {"MO": (0, 12), "AF": (12, 18), "EV": (18, 24), "NI": (21, 30)}[m[2]]
        d = dt(m[1])
        return d + timedelta(hours=a), d + timedelta(hours=b)
    if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
        d = date(int(m[1]), int(m[2]), 1)
        return dt(d.isoformat()), dt(_addm(d, 1).isoformat())
    if re.fullmatch(r"\d{4}", value):
        return datetime(int(value), 1, 1), datetime(int(value) + 1, 1, 1)
    if m := re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        s, n = (monday + timedelta(days=5), 2) if m[3] else (monday, 7)
        return dt(s.isoformat()), dt((s + timedelta(days=n)).isoformat())
    if m := re.fullmatch(r"(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)", value):
        first, months = {"Q1": (1, 3), "Q2": (4, 3), "Q3": (7, 3), "Q4": (10, 3), "H1": (1, 6), "H2": (7, 6),
                         "SP": (3, 3), "SU": (6, 3), "FA": (9, 3), "WI": (12, 3)}[m[2]]
        d = date(int(m[1]) - (1 if m[2] == "WI" else 0), first, 1)  # a winter is named by its January's year
        return dt(d.isoformat()), dt(_addm(d, months).isoformat())
    if re.fullmatch(r"\d{3}", value):
        return datetime(max(1, int(value) * 10), 1, 1), datetime(int(value) * 10 + 10, 1, 1)
    if re.fullmatch(r"\d{2}", value):
        return datetime(max(1, int(value) * 100), 1, 1), datetime(int(value) * 100 + 100, 1, 1)
    return None


def _parse_bound(s: str) -> datetime:
    return datetime.fromisoformat(s if "T" in s else s + "T00:00")


def _iso(d: datetime, n: int) -> str:
    return d.isoformat()[:n]


def test_corpus_sizes():
    assert sum(len(r["expect"]) for r in POSITIVE_RECORDS) >= 300
    assert len(NEGATIVE_RECORDS) >= 50


@pytest.mark.parametrize("rec", POSITIVE_RECORDS, ids=lambda r: f"L{r['_line']:03d}")
def test_positive_record_is_well_formed(rec):
    assert set(rec) <= {"text", "ref", "mode", "expect", "note", "_line"}, set(rec)
    assert isinstance(rec["text"], str) and rec["text"].strip()
    if rec["ref"] is not None:
        date.fromisoformat(rec["ref"])
    assert rec.get("mode", "auto") in {"auto", "news", "narrative"}
    assert isinstance(rec["expect"], list) and rec["expect"]
    spans = []
    for exp in rec["expect"]:
        assert set(exp) <= {"expr", "occurrence", "type", "value", "start", "end"}, set(exp)
        expr = exp["expr"]
        assert expr and expr == expr.strip(), f"extent with outer blanks: {expr!r}"
        occ = exp.get("occurrence", 1)
        assert isinstance(occ, int) and occ >= 1
        spans.append(find_span(rec["text"], expr, occ))       # raises if the expression is not there
        if "value" in exp or "type" in exp:
            assert exp.get("type") in TYPES, exp
        else:
            assert exp.get("start") and exp.get("end"), "an expectation without type and value must give an interval"
        for key in ("start", "end"):
            if key in exp:
                assert exp[key] == "" or BOUND.fullmatch(exp[key]), (key, exp[key])
                if exp[key]:
                    _parse_bound(exp[key])
    spans.sort()
    for (s0, e0), (s1, e1) in zip(spans, spans[1:]):
        assert e0 <= s1, f"two expectations of one text overlap: {rec['text'][s0:e0]!r} / {rec['text'][s1:e1]!r}"


def _positive_expectations():
    for rec in POSITIVE_RECORDS:
        for exp in rec["expect"]:
            yield pytest.param(rec, exp, id=f"L{rec['_line']:03d}-{exp['expr']}")


@pytest.mark.parametrize("rec, exp", list(_positive_expectations()))
def test_expected_value_and_interval_agree(rec, exp):
    """Values follow the TIMEX3 grammar; a given interval lies inside the calendar unit the value names."""
    value = exp.get("value")
    if value is not None:
        assert any(g.fullmatch(value) for g in VALUE_GRAMMAR[exp["type"]]), f"{exp['type']} value {value!r}"
        if date_part := re.fullmatch(r"(\d{4}-\d{2}-\d{2}).*", value):
            date.fromisoformat(date_part[1])                    # a real calendar day (leap years, month ends)
        if week := re.fullmatch(r"(\d{4})-W(\d{2}).*", value):
            date.fromisocalendar(int(week[1]), int(week[2]), 1)  # week 53 only in long ISO years
        if re.fullmatch(r"\d{4}-(\d{2})", value):
            assert 1 <= int(value[5:7]) <= 12, value
    start, end = exp.get("start"), exp.get("end")
    if exp.get("type") == "SET" or (value or "").startswith("X"):
        assert start in (None, "") and end in (None, ""), "a SET or a value missing its year cannot be placed"
    if start == "" or end == "":
        assert start in (None, "") and end in (None, ""), "an unplaced expression has neither start nor end"
    if start and end:
        assert _parse_bound(start) < _parse_bound(end)
    unit = calendar_interval(value) if value else None
    if unit is not None and exp.get("type") in ("DATE", "TIME"):
        if start is not None:
            assert start != "", f"{value} names a calendar unit: it can be placed"
            assert _iso(unit[0], len(start)) <= start < _iso(unit[1], len(start)), (start, unit)
        if end is not None:
            assert _iso(unit[0], len(end)) < end <= _iso(unit[1], len(end)), (end, unit)


@pytest.mark.parametrize("rec", NEGATIVE_RECORDS, ids=lambda r: f"L{r['_line']:03d}-{r.get('phrase')}")
def test_negative_record_is_well_formed(rec):
    assert set(rec) <= {"text", "ref", "mode", "phrase", "occurrence", "why", "untagged", "_line"}, set(rec)
    assert rec.get("untagged", True) is True, "untagged: true or absent"
    if rec["ref"] is not None:
        date.fromisoformat(rec["ref"])
    assert rec.get("mode", "auto") in {"auto", "news", "narrative"}
    assert rec["phrase"] and rec["phrase"] == rec["phrase"].strip()
    find_span(rec["text"], rec["phrase"], rec.get("occurrence", 1))
    assert rec["why"].strip()


def test_no_duplicate_records():
    keys = [(r["text"], r["ref"], r.get("mode")) for r in POSITIVE_RECORDS]
    assert len(keys) == len(set(keys))
    neg = [(r["text"], r["phrase"], r.get("occurrence", 1)) for r in NEGATIVE_RECORDS]
    assert len(neg) == len(set(neg))


@pytest.mark.parametrize("value, start, end", [
    ("2022-09-10", "2022-09-10T00:00", "2022-09-11T00:00"),
    ("2024-02-29", "2024-02-29T00:00", "2024-03-01T00:00"),
    ("2020-W53", "2020-12-28T00:00", "2021-01-04T00:00"),
    ("2022-W36-WE", "2022-09-10T00:00", "2022-09-12T00:00"),
    ("2022-Q4", "2022-10-01T00:00", "2023-01-01T00:00"),
    ("2019-WI", "2018-12-01T00:00", "2019-03-01T00:00"),
    ("2022-09-09TNI", "2022-09-09T21:00", "2022-09-10T06:00"),
    ("2022-09-10TMO", "2022-09-10T00:00", "2022-09-10T12:00"),
    ("2022-09-09T20:00", "2022-09-09T20:00", "2022-09-09T20:01"),
    ("199", "1990-01-01T00:00", "2000-01-01T00:00"),
    ("18", "1800-01-01T00:00", "1900-01-01T00:00"),
])
def test_calendar_interval_helper(value, start, end):
    """The helper the consistency check relies on, against hand-worked conventions."""
    s, e = calendar_interval(value)
    assert (_iso(s, 16), _iso(e, 16)) == (start, end)
