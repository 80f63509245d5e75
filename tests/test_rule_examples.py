"""Every rule's own examples (``examples=`` in ``lang/<code>/rules.py``) tag as the rule says.

One test per rule, named after it: a failure names the rule whose example no longer tags,
which expression it expected and what the tagger gave instead.
"""
from __future__ import annotations

from datetime import date

import pytest

from timeline_app.temporal import tag
from timeline_app.temporal.lang import load

RULES = load("en").RULES


def test_every_rule_has_an_example():
    assert [r.name for r in RULES if not r.examples] == []


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_rule_examples(rule):
    for ref, text, expr, value in rule.examples:
        got = tag(text, date.fromisoformat(ref) if ref else None)
        found = [(t.expression, t.timex_value, t.rule) for t in got]
        assert (expr, value, rule.name) in found, (
            f"rule {rule.name}: {text!r} (reference date {ref}) should give {expr!r} = {value} by {rule.name}; "
            f"got {found}")
