"""Approximate, hedged and disjunctive amounts of time, as lengths and as offsets from now (twenty-seventh session,
vague28; docs/informal-time.md, its section on hedged amounts). The shapes of the section's grammar, each crossed with
days of writing (every day of a June 2025 week, month ends, a year's turn, a leap day):
- a hedge after the amount ("or so", "or thereabouts", ", give or take", "-ish", "and a bit", "tops", "max", "at most",
  "at least", "minimum", "or more", "or less");
- a hedge glued to the count ("5ish mins", "ten-ish minutes", "20-odd years", "3 or so days");
- a hedge before it ("approx", "abt", "~", "not quite", "a little over", "coming up to", "getting on for", "nigh on");
- vague counts ("umpteen", "a handful of", "a couple three") and ranges; the same before "ago"/"back";
- what stays as it was or untagged.
Every case checks the TIMEX3 type, value and, where the grammar says one, the mod. The sentences are this session's
own; every value is computed here from the calendar."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import iso_week, month_back
from timeline_app.temporal import tag

REFS = [date(2025, 6, 2) + timedelta(days=k) for k in range(7)] + \
       [date(2025, 1, 31), date(2025, 12, 31), date(2026, 1, 1), date(2024, 2, 29)]


def _got(text, ref, expr):
    return next(((t.timex_type, t.timex_value, t.mod or "") for t in tag(text, ref) if t.expression == expr), None)


def _check(cases):
    wrong = []
    for text, ref, expr, want in cases:
        got = _got(text, ref, expr)
        if want is not None and len(want) == 2:
            got = got[:2] if got else None
        if got != want:
            wrong.append(f"{ref} {text!r}: {expr!r} -> {got} (want {want}; all: "
                         f"{[(t.expression, t.timex_value, t.mod) for t in tag(text, ref)]})")
    assert not wrong, f"{len(wrong)} of {len(cases)} wrong:\n" + "\n".join(wrong[:30])


def _week(d: date):
    return "DATE", iso_week(d)


def _month_back(ref: date, n: int):
    return "DATE", month_back(ref, n)


D = "DURATION"

POSTFIX_LENGTHS = [
    # (amount written, value, mod)
    ("a week or so", "P1W", "APPROX"), ("10 mins or so", "PT10M", "APPROX"), ("a fortnight or so", "P2W", "APPROX"),
    ("an hour or so", "PT1H", "APPROX"), ("half an hour or so", "PT30M", "APPROX"), ("a day or so", "P1D", "APPROX"),
    ("2hrs or so", "PT2H", "APPROX"), ("A WEEK OR SO", "P1W", "APPROX"),
    ("3 days or thereabouts", "P3D", "APPROX"), ("3 days, give or take", "P3D", "APPROX"),
    ("an hour-ish", "PT1H", "APPROX"), ("a week ish", "P1W", "APPROX"),
    ("an hour and a bit", "PT1H", "MORE_THAN"), ("a week and a bit", "P1W", "MORE_THAN"),
    ("3 days tops", "P3D", "EQUAL_OR_LESS"), ("2 weeks max", "P2W", "EQUAL_OR_LESS"),
    ("a week at most", "P1W", "EQUAL_OR_LESS"), ("30 mins or less", "PT30M", "EQUAL_OR_LESS"),
    ("2 hrs at least", "PT2H", "EQUAL_OR_MORE"),
    ("3 days or more", "P3D", "EQUAL_OR_MORE"),
]
GLUED_LENGTHS = [
    ("5ish mins", "PT5M"), ("5-ish mins", "PT5M"), ("ten-ish minutes", "PT10M"), ("20ish minutes", "PT20M"),
    ("3 or so days", "P3D"), ("20-odd years", "P20Y"), ("20 odd years", "P20Y"), ("a couple of hours or so", "PT2H"),
]
PREFIX_LENGTHS = [
    ("approx 3 wks", "P3W", "APPROX"), ("approx. 3 wks", "P3W", "APPROX"), ("abt 2 hrs", "PT2H", "APPROX"),
    ("~2 hrs", "PT2H", "APPROX"), ("roughly 6 months", "P6M", "APPROX"), ("about 3 days", "P3D", "APPROX"),
    ("not quite a year", "P1Y", "LESS_THAN"), ("a little under a month", "P1M", "LESS_THAN"),
    ("a bit under a week", "P1W", "LESS_THAN"),
    ("coming up to 3 years", "P3Y", "LESS_THAN"), ("coming up for 3 years", "P3Y", "LESS_THAN"),
    ("a little over a month", "P1M", "MORE_THAN"), ("a bit over a week", "P1W", "MORE_THAN"),
    ("just over a week", "P1W", "MORE_THAN"), ("upwards of an hour", "PT1H", "MORE_THAN"),
    ("getting on for 2 years", "P2Y", "APPROX"), ("close on 2 years", "P2Y", "APPROX"),
    ("nigh on 10 years", "P10Y", "APPROX"), ("nearly 2 yrs", "P2Y", "LESS_THAN"),
    ("the best part of a year", "P1Y", ""), ("the better part of a decade", "P10Y", ""),
]
# ("half a day" P0.5D: of a day, not of 24 hours, as every gold writes it: thirty-fifth session)
VAGUE_LENGTHS = [
    ("2-3 days", "PXD"), ("3 to 4 wks", "PXW"), ("3-4 weeks", "PXW"), ("a day or two", "PXD"),
    ("a minute or two", "PTXM"), ("a couple three days", "PXD"), ("a handful of days", "PXD"),
    ("umpteen years", "PXY"), ("a good few years", "PXY"), ("a few hrs", "PTXH"), ("couple of hrs", "PT2H"),
    ("a couple wks", "P2W"), ("a couple hours", "PT2H"), ("a month and a half", "P1M15D"), ("half a day", "P0.5D"),
    ("yonks", "PXY"), ("donkey's years", "PXY"),
]


def _lengths():
    cases = []
    for ref in REFS:
        for w, v, mod in POSTFIX_LENGTHS:
            cases.append((f"it took {w}. sorted now", ref, w, (D, v, mod)))
        for w, v, mod in PREFIX_LENGTHS:
            cases.append((f"it took {w} to sort out", ref, w, (D, v, mod)))
        for w, v in GLUED_LENGTHS:
            cases.append((f"it took {w} to sort out", ref, w, (D, v, "APPROX")))
        for w, v in VAGUE_LENGTHS:
            cases.append((f"it took {w} to sort out", ref, w, (D, v)))
        cases.append(("we'll be ready in 10 mins or so", ref, "10 mins or so", (D, "PT10M", "APPROX")))
        cases.append(("back in 5ish mins x", ref, "5ish mins", (D, "PT5M", "APPROX")))
        cases.append(("I've known her a good few years", ref, "a good few years", (D, "PXY")))
    return cases


def _offsets():
    cases = []
    for ref in REFS:
        for w in ("a week or so ago", "a week or so back", "a week-ish ago"):
            cases.append((f"I rang them {w} about it", ref, w, _week(ref - timedelta(days=7)) + ("APPROX",)))
        cases.append(("I rang them a fortnight or so ago about it", ref, "a fortnight or so ago",
                      _week(ref - timedelta(days=14)) + ("APPROX",)))
        cases.append(("we met 10 days or so ago", ref, "10 days or so ago",
                      ("DATE", (ref - timedelta(days=10)).isoformat(), "APPROX")))
        cases.append(("we bought it 18 months or so ago", ref, "18 months or so ago", _month_back(ref, 18) + ("APPROX",)))
        cases.append(("we moved here 20-odd years ago", ref, "20-odd years ago", ("DATE", str(ref.year - 20), "APPROX")))
        cases.append(("I moved almost a year ago", ref, "almost a year ago", ("DATE", str(ref.year - 1), "LESS_THAN")))
        cases.append(("I moved nearly 2 yrs ago", ref, "nearly 2 yrs ago", ("DATE", str(ref.year - 2), "LESS_THAN")))
        cases.append(("it started just over a week ago", ref, "just over a week ago",
                      _week(ref - timedelta(days=7)) + ("MORE_THAN",)))
        cases.append(("she left an hour or so ago", ref, "an hour or so ago", (D, "PT1H", "APPROX")))
        cases.append(("she left 10 mins or so ago", ref, "10 mins or so ago", (D, "PT10M", "APPROX")))
        for w in ("a few days ago", "2-3 days ago", "a day or two ago", "a good few years ago", "umpteen years ago",
                  "a wee while ago", "a good while back", "a fair while ago", "ages ago", "yonks ago",
                  "donkey's years ago", "a while back", "a couple three days ago", "a handful of years back"):
            cases.append((f"we sorted that {w}, to be fair", ref, w, ("DATE", "PAST_REF")))
        # (thirtieth session, the census's decision) a disjunction of two counts back from now: one DATE, the first count's
        # point, APPROX (the fresh README's convention), no longer two points
        cases.append(("I rang them 2 or 3 days ago", ref, "2 or 3 days ago", ("DATE", (ref - timedelta(days=2)).isoformat(), "APPROX")))
        cases.append(("I rang them 2 or 3 days ago", ref, "3 days ago", None))
    return cases


def _kept_and_negatives():
    cases = []
    for ref in REFS[::2]:
        # (thirtieth session) a disjunction of two counts is one length of a number not said, as a range is
        cases.append(("it took two or three weeks", ref, "two or three weeks", (D, "PXW")))
        cases.append(("it took two or three weeks", ref, "three weeks", None))
        cases.append(("it took 3 days, or so he said", ref, "3 days", (D, "P3D", "")))
        cases.append(("it took 3 days, or so he said", ref, "3 days, or so", None))
        cases.append(("I'd like 2 days off", ref, "like 2 days", None))
        cases.append(("I'd like 2 days off", ref, "2 days", (D, "P2D", "")))
        cases.append(("back in a sec", ref, "a sec", None))
        cases.append(("give me 5", ref, "5", None))
        cases.append(("we waited for a while", ref, "a while", None))
        cases.append(("he waited for ages", ref, "ages", None))
        cases.append(("the 5ish train is always late", ref, "5ish mins", None))
        cases.append(("that song tops the charts every week", ref, "week", None))
        cases.append(("it was a long time ago", ref, "a long time ago", None))
        cases.append(("10 mins max, she said", ref, "10 mins max", (D, "PT10M", "EQUAL_OR_LESS")))
        cases.append(("the 2 hour max charge applies", ref, "2 hour max", None))
        cases.append(("train for 2 hours at least 3 times a week", ref, "2 hours", (D, "PT2H", "")))
        cases.append(("it took 3 days tops to sort out", ref, "3 days tops", (D, "P3D", "EQUAL_OR_LESS")))
        # (from reading A) "back" before "in" and a month, season or year, or before "to": a length, no offset
        for w, v, rest in (("6-8 weeks", "PXW", "in january"), ("2 weeks", "P2W", "in March"),
                           ("a week or so", "P1W", "in the summer"), ("2 weeks", "P2W", "to school")):
            cases.append((f"they said {w} back {rest} so it should be done", ref, f"{w} back", None))
            cases.append((f"they said {w} back {rest} so it should be done", ref, w,
                          (D, v) if "or so" not in w else (D, v, "APPROX")))
        cases.append(("I saw him a few days back in town", ref, "a few days back", ("DATE", "PAST_REF")))
        cases.append(("Highways said 6-8 weeks back in january so by rights", ref, "6-8 weeks", (D, "PXW")))
        cases.append(("it's 2 weeks back to school now", ref, "2 weeks", (D, "P2W")))
        cases.append(("we sorted it a fair while back", ref, "a fair while back", ("DATE", "PAST_REF")))
        cases.append(("she left about an hour ago", ref, "about an hour ago", (D, "PT1H", "APPROX")))
    return cases


def test_hedged_lengths():
    _check(_lengths())


def test_hedged_offsets():
    _check(_offsets())


def test_kept_and_negatives():
    _check(_kept_and_negatives())
