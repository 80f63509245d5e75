"""(speed15) The weekday builders' gates (``rules._gate``, ``rulebase.may_hold``) skip only searches that would
find nothing: wherever a gated pattern matches, its gate lets it through. Checked at every word start of news,
the tagger corpus's chats and posts, hypothesis texts of the patterns' own characters and folds ("ſ", the
Kelvin sign, "İ", the en dash, tabs, newlines), at each reach the builders search."""
from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from timeline_app.temporal.lang.en import rules as R
from timeline_app.temporal.rulebase import may_hold

from test_speed_equivalence import _sample_texts

# (pattern, how far back the builders search, the gate's characters)
ENDING = [
    (R._USUAL_BEFORE, 24, R._END_USUAL),
    (R._HOURS_RANGE_BEFORE, 30, R._END_HOURS),
    (R._HOURS_WEEKDAY_RANGE_BEFORE, 44, R._END_DASH),
    (R._WEEKDAY_RANGE_VERB_BEFORE, 40, R._END_RANGE),
    (R._SHIFT_WEEKDAY_RANGE_BEFORE, R._SHIFT_REACH + 12, R._END_RANGE),
    (R._CUED_RANGE_BEFORE, 40, R._END_HOURS_DAY),
    (R._BARE_RANGE_BEFORE, 60, R._END_HOURS_DAY),
    (R._NOUN_IS_BEFORE, 24, R._END_S),
    (R._THE_WEEKDAY, 12, R._END_THE),
    (R._AFTER_WEEK_NAMED, 16, R._END_WEEK),
    (R._HABIT_GENERIC, 6, R._END_GENERIC),
]
LINE = [(R._HABIT_HOW_OFTEN, R._HOW_OFTEN_NEEDLES), (R._HABIT_AS_USUAL, R._AS_USUAL_NEEDLES),
        (R._HABIT_EXAMPLE, R._EXAMPLE_NEEDLES)]


def _check(text: str, start: int) -> None:
    last = R._last_before(text, start)
    for pat, reach, chars in ENDING:
        assert reach <= R._LAST_REACH
        if pat.search(text, max(0, start - reach), start) is not None:
            assert R._gate(last, chars), (pat.pattern[:60], text[max(0, start - reach):start])
    line = text[max(0, start - 60): start + 60]
    for pat, needles in LINE:
        if pat.search(line) is not None:
            assert may_hold(line, 0, len(line), needles), (pat.pattern[:60], line)


def test_every_gated_match_is_let_through_on_the_corpora():
    n = 0
    for text in _sample_texts():
        for i in range(len(text) + 1):
            if i == len(text) or (not text[i].isspace() and (i == 0 or text[i - 1].isspace())):
                _check(text, i)
                n += 1
    assert n > 10_000


def test_the_gates_let_through_what_they_must():
    # each gated pattern's own kind of match, so that the check above is not empty
    for text in ["our usual Saturday", "open 8am-4pm Mon", "open 8am-4pm Mon-Sat", "I work Mon to Fri",
                 "I work nights mon - thurs", "closed 12-1 tues", "market 10-2 next sat", "her birthday's Saturday",
                 "bring it the Friday", "this week, Friday", "we swim on a tuesday", "uſual Saturday", "my regular Tuesday",
                 "we meet every week on Saturday", "fortnightly on Sunday", "as always Monday", "as normal Monday",
                 "e.g. Mon", "for instance Mon", "for example Mon", "such as Mon", "eg. Mon"]:
        words = text.split()
        start = len(text) - len(words[-1])
        _check(text, start)
    assert R._gate("", R._END_DASH) is False
    assert R._gate("ſ", R._END_S) and R._gate("\u212a", R._END_WEEK)   # beyond ASCII: left to the pattern
    assert may_hold("meet every WEEK on", 0, 18, R._HOW_OFTEN_NEEDLES)
    assert not may_hold("the talks resume on", 0, 19, R._HOW_OFTEN_NEEDLES)


_CHARS = st.sampled_from(list("aeilnorstuwkgm0123456789 \t\n-–,.:'’!?") + ["ſ", "\u212a", "İ", "ı", "\u2009", "\x85"])
_WORDS = st.sampled_from(["usual", "our", "regular", "open", "work", "nights", "do", "mon", "Tues", "thurs", "to",
                          "till", "thru", "through", "next", "the", "this", "week", "wk", "on a", "as usual",
                          "every week", "e.g.", "such as", "booked", "closed", "10", "2", "12-1", "8am-4pm", "pm",
                          "mum's", "'s", "ſome weeks", "WEEK", "uſual"])


@settings(max_examples=600, deadline=None)
@given(st.lists(st.one_of(_WORDS, st.text(_CHARS, max_size=3)), max_size=20), st.sampled_from(["", " ", "\t", "  ", "\n", " \n"]))
@example(["our", " ", "usual", " "], "")
@example(["open", " ", "8am-4pm", " ", "Mon", "-"], " ")
def test_every_gated_match_is_let_through_on_hypothesis_texts(parts, tail):
    text = "".join(parts) + tail + "Saturday"
    _check(text, len(text) - len("Saturday"))
