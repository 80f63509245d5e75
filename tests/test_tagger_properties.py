"""Invariants of the tagger and the sentence splitter on arbitrary input (hypothesis).

Whatever the text and reference date: no exception, offsets that index the text, spans in
order without overlap, a known type, a non-empty value, and an interval that is either
absent or non-empty.
"""
from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from timeline_app.temporal import tag
from timeline_app.temporal.sentences import split_sentences

TYPES = {"DATE", "TIME", "DURATION", "SET"}
SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# words a date grammar reacts to, so that random sequences exercise the rules, not just the scanner
TOKENS = [
    "January", "Feb", "Feb.", "March", "march", "May", "may", "Sept.", "December", "Dec",
    "Monday", "Tue", "Wednesday", "Friday", "Sat", "Sunday", "weekend", "week", "month", "year",
    "decade", "century", "quarter", "Q3", "spring", "summer", "fall", "winter", "morning", "night",
    "tonight", "today", "yesterday", "tomorrow", "now", "ago", "later", "earlier", "next", "last",
    "this", "that", "the", "past", "following", "previous", "early", "late", "mid-", "every", "each",
    "twice", "a", "of", "on", "in", "since", "until", "for", "and", "-", "–", ",", ".", "'", "’",
    "p.m.", "a.m.", "noon", "midnight", "1990s", "'90s", "19th", "1st", "31st", "29", "31", "53",
    "0", "00", "12", "24", "2022", "1999", "0001", "9999", "10/09/2022", "2024-02-29", "2023-02-29",
    "W53", "8:30", "25:61", "61-year-old", "two", "twenty-one", "dozen", "half", "few", "several",
    "\n", "\n\n", " ", "  ", "\t", "é", "日", "🙂",
]
token_soup = st.lists(st.sampled_from(TOKENS), max_size=40).map(" ".join)
digit_soup = st.text(alphabet="0123456789/-.:, '", max_size=80)
any_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200)
whitespace = st.text(alphabet=" \t\n\r\u00a0\u2009\u3000", max_size=300)
texts = st.one_of(st.just(""), any_text, token_soup, digit_soup, whitespace,
                  st.tuples(token_soup, any_text, token_soup).map("".join))
refs = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9998, 12, 31)),
                 st.sampled_from([date(1, 1, 1), date(1, 1, 2), date(9998, 12, 31), date(2024, 2, 29),
                                  date(2020, 12, 31), date(2021, 1, 3)]))
modes = st.sampled_from(["auto", "news", "narrative"])


def check_timexes(text: str, timexes: list) -> None:
    previous_end = 0
    for t in timexes:
        assert 0 <= t.start_char < t.end_char <= len(text), (t.start_char, t.end_char, len(text))
        assert text[t.start_char:t.end_char] == t.expression, (t.expression, text[t.start_char:t.end_char])
        assert t.start_char >= previous_end, f"overlapping or unsorted spans at {t.start_char} ({t.expression!r})"
        previous_end = t.end_char
        assert t.timex_type in TYPES, t.timex_type
        assert isinstance(t.timex_value, str) and t.timex_value, f"empty value for {t.expression!r}"
        assert (t.start is None) == (t.end is None), f"half-placed interval for {t.expression!r}"
        if t.start is not None:
            assert t.start < t.end, (t.expression, t.start, t.end)


@SETTINGS
@given(text=texts, ref=refs, mode=modes)
def test_tagger_output_is_well_formed(text, ref, mode):
    result = tag(text, ref, mode=mode)
    check_timexes(text, result)
    assert [(t.start_char, t.end_char, t.timex_value) for t in tag(text, ref, mode=mode)] == \
           [(t.start_char, t.end_char, t.timex_value) for t in result], "same input, different output"


# expressions after which a pattern once read a long run of blanks in time quadratic or cubic in it (each
# fixed: two or three unbounded blank runs with only optional parts between them; found by
# benchmarks/blank_runs.py, which tries every rule's examples)
LEADS = ["on Feb 24, 2022", "2025-12-29", "Saturday", "8ish", "twenty-two minutes past seven", "20 Sep 2025 21:47",
         # (twenty-ninth session) a weekday and a bare hour, a length after "over" (blank_runs.py found both)
         "tues 7", "spread over 18 months"]


@settings(max_examples=8, deadline=None)
@given(n=st.integers(0, 200_000), ref=refs, filler=st.sampled_from([" ", "\n", " \n\t"]),
       lead=st.sampled_from(LEADS))
# always the longest runs of each filler after each lead, not only when hypothesis draws them: a pattern
# with two unbounded blank runs side by side after a date once made this quadratic (minutes, a hung CI)
@example(n=200_000, ref=date(2022, 9, 10), filler=" ", lead=LEADS[0])
@example(n=200_000, ref=date(2022, 9, 10), filler=" \n\t", lead=LEADS[0])
@example(n=200_000, ref=date(2025, 6, 11), filler=" ", lead="2025-12-29")
@example(n=200_000, ref=date(2025, 6, 11), filler=" ", lead="Saturday")
@example(n=200_000, ref=date(2025, 6, 11), filler=" \n\t", lead="8ish")
@example(n=200_000, ref=date(2025, 6, 11), filler=" \n\t", lead="twenty-two minutes past seven")
# a date and its clock time before a run of spaces: a plan settled by "then" after a clock time ("7.30 it is
# then") once read the run with two blank runs side by side (twenty-fourth session: 200,000 spaces ~ 40 min)
@example(n=200_000, ref=date(2025, 9, 22), filler=" ", lead="20 Sep 2025 21:47")
@example(n=200_000, ref=date(2025, 6, 11), filler=" ", lead="tues 7")
@example(n=200_000, ref=date(2025, 6, 11), filler=" ", lead="spread over 18 months")
def test_huge_whitespace_around_a_date(n, ref, filler, lead):
    text = filler * (n // len(filler)) + lead + filler * (n // len(filler)) + "x"
    check_timexes(text, tag(text, ref))


@SETTINGS
@given(text=texts)
def test_sentences_are_ordered_disjoint_and_cover_the_text(text):
    spans = split_sentences(text)
    previous_end = 0
    for s, e in spans:
        assert previous_end <= s < e <= len(text), (previous_end, s, e, len(text))
        assert text[s:e].strip(), f"blank sentence {text[s:e]!r}"
        previous_end = e
    covered = set()
    for s, e in spans:
        covered.update(range(s, e))
    lost = [i for i, ch in enumerate(text) if not ch.isspace() and i not in covered]
    assert not lost, f"characters in no sentence: {[text[i] for i in lost[:10]]}"


@settings(max_examples=6, deadline=None)
@given(n=st.integers(0, 200_000), ref=refs, marks=st.sampled_from([".", "?!", "…", ". "]))
# a run of stop marks ("....", "?!?!") once cost the sentence splitter time quadratic in its length (each mark
# tried as a boundary read the run to its end): always the longest runs, not only when hypothesis draws them
@example(n=200_000, ref=date(2025, 6, 11), marks=".")
@example(n=200_000, ref=date(2025, 6, 11), marks="?!")
def test_huge_runs_of_stop_marks(n, ref, marks):
    text = "On Friday" + marks * (n // len(marks)) + "x on 3 May 2024" + marks * (n // len(marks))
    check_timexes(text, tag(text, ref))
