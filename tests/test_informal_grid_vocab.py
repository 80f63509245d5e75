"""Informal time VOCABULARY as a grid (thirteenth session, vocab; docs/informal-time.md, the section
"Informal vocabulary by class"): words and constructions of spoken and regional English that none of
the earlier grids covers, each said on every day of a week and at month and year ends, in plans and
in reports, against the value TimeML gives it, computed HERE from the calendar (never from the
tagger's code).

The decisions (TimeML TIMEX3, docs/timeml-conventions.md):
- deictic days: "day before yesterday" (with or without "the") is two days back; "next tomorrow"
  (Nigerian and Ghanaian English), "overmorrow" are two days on; "tomorra", "tomorrer" are tomorrow;
  "the night before last" is the night two days back (TIME `TNI`);
- the light of the day: "sunup", "first light", "the crack of dawn", Australian "sparrow's fart"
  are a morning (`TMO`), "sundown" an evening (`TEV`), of the day the sentence names, else the day
  of writing ("been up since sunup"), as "dawn" and "dusk" already are; "sunset" and "sunrise" are
  left alone (as often the sight, or an event a time is told from: "an hour after sunset");
- Indian "next to next week", "next to next Monday": the week after next, the Monday after the next;
- "any day now" is a future not placed (`FUTURE_REF`), never the present; "back in the day" is left
  untagged (see the doc section);
- "donkey's years", "yonks" (British, Irish, Australian: many years) are a length of years not said
  (`PXY`);
- a length with an adjective of fullness ("a good hour", "one full week", "two whole days", "a solid
  hour") is the length (`PT1H`, `P1W`, `P2D`): the adjective says it was at least that long; "good"
  and "solid" after "a" only before hours and minutes ("have a good day" is no length). "a good two
  hours" (the adjective before the number) is not read (weak).

Each case is one tag() of a short text.
"""
from __future__ import annotations

from datetime import date, timedelta

from test_informal_grid import FULL, WEEK, _found, _iso_week, _next

EDGES = [date(2025, 6, 30), date(2025, 12, 31), date(2026, 2, 28), date(2024, 12, 29),
         date(2026, 1, 31), date(2025, 8, 31)]                             # month and year ends
REFS = WEEK + EDGES


def _check(cases) -> None:
    """``cases``: (text, ref, words, type, value); the Timex holding ``words`` must match."""
    wrong = []
    for text, ref, words, typ, value in cases:
        t = _found(text, ref, words)
        got = t and (t.timex_type, t.timex_value)
        if got != ((typ, value) if value is not None else None):
            wrong.append(f"{ref:%a %Y-%m-%d}: {text!r} [{words}] -> {got} (want {typ} {value})")
    assert not wrong, f"{len(wrong)} of {len(cases)} wrong:\n" + "\n".join(wrong)


# ---- 1. deictic days two away, regional and misspelt forms ------------------------------------

TWO_ON = [
    ("can we do it {X}?", "{X}"),
    ("{X} works for me", "{X}"),
    ("The plumber is coming {X}.", "{X}"),
    ("my exam is {X} 😬", "{X}"),
]
TWO_ON_WORDS = ["day after tomorrow", "the day after tomorrow", "next tomorrow", "Next tomorrow", "overmorrow"]
TWO_BACK = [
    ("I saw her {X}", "{X}"),
    ("{X} was mad", "{X}"),
    ("We got the letter {X}.", "{X}"),
    ("it rained {X} and the match was off", "{X}"),
]
TWO_BACK_WORDS = ["day before yesterday", "the day before yesterday", "Day before yesterday"]


def test_days_two_away():
    cases = []
    for ref in REFS:
        for tpl, words in TWO_ON:
            for x in TWO_ON_WORDS:
                text = tpl.format(X=x)
                if text.startswith(x):
                    text = x[0].upper() + text[1:]
                cases.append((text, ref, words.format(X=x), "DATE", (ref + timedelta(days=2)).isoformat()))
        for tpl, words in TWO_BACK:
            for x in TWO_BACK_WORDS:
                cases.append((tpl.format(X=x), ref, words.format(X=x), "DATE", (ref - timedelta(days=2)).isoformat()))
    _check(cases)


def test_tomorrow_spelt_as_said():
    cases = []
    for ref in REFS:
        for x in ("tomorra", "tomorrer"):
            for tpl in ("see you {X}!", "{X} works for me", "I'll drop it round {X} x"):
                cases.append((tpl.format(X=x), ref, x, "DATE", (ref + timedelta(days=1)).isoformat()))
    _check(cases)


def test_the_night_before_last():
    cases = []
    for ref in REFS:
        for tpl in ("couldn't sleep the night before last", "The night before last we heard the fox again.",
                    "the night before last was freezing"):
            cases.append((tpl, ref, "night before last", "TIME", f"{ref - timedelta(days=2)}TNI"))
    _check(cases)


# ---- 2. the light of the day: a part of the day named by the sun --------------------------------

LIGHT = {"sunup": "MO", "sun-up": "MO", "first light": "MO", "the crack of dawn": "MO",
         "crack of dawn": "MO", "sparrow's fart": "MO", "sundown": "EV"}


def test_light_words_on_the_day_named():
    cases = []
    for ref in REFS:
        tomorrow = ref + timedelta(days=1)
        yesterday = ref - timedelta(days=1)
        for w, pod in LIGHT.items():
            cases.append((f"we're leaving tomorrow at {w}", ref, w, "TIME", f"{tomorrow}T{pod}"))
            cases.append((f"we set off yesterday at {w} and got there by lunch", ref, w, "TIME", f"{yesterday}T{pod}"))
            for wd, name in enumerate(FULL):
                if wd == ref.weekday():
                    continue
                day = _next(ref, wd)
                cases.append((f"I'll be on the road by {w} on {name}", ref, w, "TIME", f"{day}T{pod}"))
    _check(cases)


def test_light_words_on_the_day_of_writing():
    cases = []
    for ref in REFS:
        for w, pod in LIGHT.items():
            cases.append((f"been up since {w} 😴", ref, w, "TIME", f"{ref}T{pod}"))
            cases.append((f"The generator has been running since {w}.", ref, w, "TIME", f"{ref}T{pod}"))
    _check(cases)


def test_light_words_that_are_no_time():
    # a sunset that is a thing seen, a name, a compound: not a part of a day
    cases = []
    for ref in WEEK:
        for text, w in (("what a sunset 😍", "sunset"), ("an hour after sunset the comet was gone", "sunset"),
                        ("fast until sunset", "sunset"), ("up before sunrise", "sunrise"), ("Sunset Boulevard is closed", "Sunset"),
                        ("the sunrise was gorgeous", "sunrise"), ("a sunset clause in the contract", "sunset"),
                        ("we watched the sunset from the pier", "sunset"), ("sunrise yoga is back", "sunrise")):
            cases.append((text, ref, w, None, None))
    _check(cases)


# ---- 3. Indian "next to next" ------------------------------------------------------------------

def test_next_to_next():
    cases = []
    for ref in REFS:
        for tpl in ("the review is next to next week", "we are shifting from next to next week",
                    "Next to next week I am on leave."):
            cases.append((tpl, ref, "next week", "DATE", _iso_week(ref + timedelta(days=14))))
        for wd, name in enumerate(FULL):
            if wd == ref.weekday():
                continue   # said on that weekday itself: one week or two ahead, not asked (as "Friday week")
            day = _next(ref, wd) + timedelta(days=7)
            cases.append((f"meeting is preponed to next to next {name}", ref, name, "DATE", day.isoformat()))
            cases.append((f"Sir, next to next {name} is a holiday?", ref, name, "DATE", day.isoformat()))
    _check(cases)


# ---- 4. vague futures, pasts and long lengths --------------------------------------------------

def test_vague_future_past_and_long_lengths():
    cases = []
    for ref in REFS:
        for text, words, typ, value in (
                ("the baby's due any day now", "any day now", "DATE", "FUTURE_REF"),
                ("Any day now the results will be out.", "any day now", "DATE", "FUTURE_REF"),
                ("the parcel should arrive any day now", "any day now", "DATE", "FUTURE_REF"),
                ("haven't seen him in donkey's years", "donkey's years", "DURATION", "PXY"),
                ("she's run the canteen for donkey's years", "donkey's years", "DURATION", "PXY"),
                ("I've known her for yonks", "yonks", "DURATION", "PXY"),
                ("haven't been to a gig in yonks", "yonks", "DURATION", "PXY")):
            cases.append((text, ref, words, typ, value))
    _check(cases)


def test_day_is_no_vague_time():
    # "any day" of the week: no time not placed; "back in the day" left alone
    cases = []
    for ref in WEEK:
        for text, words in (("any day of the week is fine", "any day"), ("back in the day we walked everywhere", "back in the day"),
                            ("I'll take a donkey ride", "donkey")):
            cases.append((text, ref, words, None, None))
    _check(cases)


# ---- 5. lengths with an adjective of fullness --------------------------------------------------

FULL_LENGTHS = [("a good hour", "PT1H"), ("one full week", "P1W"), ("two whole days", "P2D"), ("a solid hour", "PT1H"),
                ("a full year", "P1Y"), ("three full months", "P3M"), ("a whole week", "P1W"), ("20 solid minutes", "PT20M")]


def test_judging_words_are_no_length():
    cases = []
    for ref in WEEK:
        for text, words in (("have a good day!", "day"), ("it was a solid year for sales", "year"),
                            ("what a good week", "week"), ("a good night out", "night")):
            cases.append((text, ref, words, None, None))
    _check(cases)


def test_lengths_with_fullness():
    cases = []
    for ref in REFS:
        for x, value in FULL_LENGTHS:
            for tpl in ("it took {X} to get through", "we waited {X}", "I was there for {X}."):
                cases.append((tpl.format(X=x), ref, x.split()[-1], "DURATION", value))
    _check(cases)
