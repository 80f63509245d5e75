"""Rule patterns are compiled when first used (``rulebase.LazyPattern``), so a cold ``export``
of a short text compiles only the rules its trigger words call. These tests keep what eager
compiling gave: every pattern of every rule compiles, and a lazy pattern matches exactly as the
compiled one."""
import re

import pytest

from timeline_app.temporal.rulebase import LazyPattern
from timeline_app.temporal.tagger import RULES


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_every_rule_pattern_compiles(rule):
    assert isinstance(rule.pattern.compiled(), re.Pattern)
    for neg in (rule.reject_before, rule.reject_after):
        if neg is not None:
            assert isinstance(neg[0].compiled(), re.Pattern)


def test_a_lazy_pattern_compiles_once_and_matches_as_compiled():
    lazy = LazyPattern(r"(?<!\w)(\d+) (days?)", re.I)
    assert lazy._compiled is None and lazy.pattern.startswith("(?<!")   # source readable uncompiled
    text = "3 Days later, then 12 days"
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in re.finditer(lazy.pattern, text, re.I)]
    first = lazy._compiled
    assert first is not None and lazy.search(text).group(2) == "Days" and lazy._compiled is first


def test_a_bad_pattern_fails_when_compiled():
    with pytest.raises(re.error):
        LazyPattern(r"(unclosed").compiled()
