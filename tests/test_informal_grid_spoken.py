"""Numbers said in words, as speech written down has them, as a grid (fourteenth session, spoken;
docs/informal-time.md, the section "Speech written down"): voicemails, dictation, phone-ins and
meeting transcripts say the day of the month and the clock time in words ("the ninth of January",
"December the third", "from the fifth to the ninth", "ten a.m.", "twelve thirty-four", "seven
forty-five tonight"). Each class is said on every day of a week and at month and year ends, in
plans and in reports, against the value TimeML gives it, computed HERE from the calendar (never
from the tagger's code).

The decisions (TimeML TIMEX3, docs/timeml-conventions.md):
- an ordinal word is the day of the month as its digits would be: "the twenty-third of March" is
  "the 23rd of March", "March the twenty-third" is "March 23rd", a DATE of that day; the year is
  the one the tense gives (a plan: the next such date; a report: the last);
- a bare ordinal word ("on the fifth", "from the fifth to the ninth", "by the twenty-third") is
  a day of the month only after a word that takes a date (on, by, from, to, till, until, since)
  and where its phrase ends: "the fifth time", "on the fifth floor", "finished fifth", "a third of
  March's rain" are no dates; "first" and "second" are never read alone ("on the first, second
  and third floors", "by the second half");
- an hour in words with a.m./p.m. ("ten a.m.", "seven forty-five p.m.") is the clock time as
  "10 a.m." is; an hour and minutes in words after a word that takes a time ("at nine thirty",
  "till twelve thirty-four") or with a part of the day ("seven forty-five tonight", "nine thirty in
  the morning") is that clock time, its half of the day from the part of the day.

Each case is one tag() of a short text.
"""
from __future__ import annotations

from datetime import date, timedelta

from test_informal_grid import FULL, WEEK, _found, _next

EDGES = [date(2025, 6, 30), date(2025, 12, 31), date(2026, 2, 28), date(2024, 12, 29),
         date(2026, 1, 31), date(2025, 8, 31)]                             # month and year ends
REFS = WEEK + EDGES
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
          "seventeenth", "eighteenth", "nineteenth"]
_CARD = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty"}


def ordinal_word(n: int, sep: str = "-") -> str:
    """1 -> 'first', 23 -> 'twenty-third', 30 -> 'thirtieth' (written here, not read from the lexicon)."""
    if n < 10:
        return _UNITS[n]
    if n < 20:
        return _TEENS[n - 10]
    tens, unit = divmod(n, 10)
    if unit == 0:
        return {2: "twentieth", 3: "thirtieth"}[tens]
    return _TENS[tens] + sep + _UNITS[unit]


def minute_words(mi: int) -> str:
    """5 -> 'oh five', 30 -> 'thirty', 45 -> 'forty-five' (the minutes of a clock time said aloud)."""
    if mi < 10:
        return "oh " + _CARD[mi]
    if mi in (10, 11, 12):
        return _CARD[mi]
    if mi < 20:
        return ["thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"][mi - 13]
    tens, unit = divmod(mi, 10)
    return _TENS[tens] + ("-" + _CARD[unit] if unit else "")


def _check(cases) -> None:
    """``cases``: (text, ref, words, type, value); the Timex holding ``words`` must match (None: no Timex holds them)."""
    wrong = []
    for text, ref, words, typ, value in cases:
        t = _found(text, ref, words)
        got = t and (t.timex_type, t.timex_value)
        if got != ((typ, value) if value is not None else None):
            wrong.append(f"{ref:%a %Y-%m-%d}: {text!r} [{words}] -> {got} (want {typ} {value})")
    assert not wrong, f"{len(wrong)} of {len(cases)} wrong:\n" + "\n".join(wrong)


# ---- 1. the day of the month in words, with its month ------------------------------------------

PLANS = ["Your check-up is booked in for {X}, see you then.",
         "we're flying out on {X} so I'll ring you before",
         "Can you do {X}? Let me know."]
REPORTS = ["He was seen here on {X} and referred on.",
           "we moved in on {X}, it was chaos",
           "The invoice was dated {X}."]   # ("is dated" reads forward, digits alike: weak, see the doc)
PLAN_DAYS, REPORT_DAYS = (2, 9, 17, 33), (2, 9, 17, 33)


def _day_phrases(d: date, sep: str = "-"):
    w = ordinal_word(d.day, sep)
    return [f"the {w} of {MONTHS[d.month - 1]}", f"{MONTHS[d.month - 1]} the {w}"]


def test_ordinal_words_with_their_month():
    cases = []
    for ref in REFS:
        for tpls, ks, sign in ((PLANS, PLAN_DAYS, 1), (REPORTS, REPORT_DAYS, -1)):
            for k in ks:
                d = ref + timedelta(days=sign * k)
                for i, tpl in enumerate(tpls):
                    x = _day_phrases(d, " " if (k + i) % 3 == 0 else "-")[(k + i) % 2]
                    cases.append((tpl.format(X=x), ref, x, "DATE", d.isoformat()))
    _check(cases)


# ---- 2. a bare ordinal word after a word that takes a date ---------------------------------------

BARE_PLANS = ["The man's coming on the {W}, between eight and twelve.",
              "can you get it back to me by the {W}?",
              "She's staying from the {W} to the {W2}, so that's the week gone."]
BARE_REPORTS = ["It arrived on the {W}.",
                "the boiler's been off since the {W}, nobody's been out."]


def test_bare_ordinal_words_after_a_date_word():
    cases = []
    for ref in REFS:
        for k in (3, 8, 13, 20):
            d = ref + timedelta(days=k)
            if d.day < 3:
                continue   # "first", "second": never read alone
            d2 = d + timedelta(days=4)
            for tpl in BARE_PLANS:
                if "{W2}" in tpl and d2.day < 3:
                    continue
                w, w2 = ordinal_word(d.day), ordinal_word(d2.day)
                text = tpl.format(W=w, W2=w2)
                cases.append((text, ref, f"the {w}", "DATE", d.isoformat()))
                if "{W2}" in tpl:
                    cases.append((text, ref, f"the {w2}", "DATE", d2.isoformat()))
            b = ref - timedelta(days=k)
            if b.day < 3:
                continue
            for tpl in BARE_REPORTS:
                w = ordinal_word(b.day)
                cases.append((tpl.format(W=w), ref, f"the {w}", "DATE", b.isoformat()))
    _check(cases)


ORDINALS_NO_DATE = [
    ("It's the fifth time I've rung about this.", "fifth"),
    ("The office is on the third floor, past the lifts.", "third"),
    ("He finished fifth in the under-twelves.", "fifth"),
    ("A third of March's rain fell in one night.", "third"),
    ("It's on the first, second and third floors.", "third"),
    ("We scored again by the second half.", "second"),
    ("That's the fourth of the seven boxes done.", "fourth"),
    ("On the seventh attempt it finally started.", "seventh"),
]


def test_ordinal_words_that_are_no_date():
    _check([(text, ref, words, None, None) for ref in REFS for text, words in ORDINALS_NO_DATE])


# ---- 3. clock times in words ------------------------------------------------------------------

def test_hour_words_with_am_pm():
    cases = []
    for ref in REFS:
        tomorrow = ref + timedelta(days=1)
        for h in range(1, 13):
            for ap, h24 in (("a.m.", h % 12), ("p.m.", h % 12 + 12)):
                x = f"{_CARD[h]} {ap}"
                cases.append((f"Inspection's tomorrow, {x}, don't be late.", ref, x, "TIME",
                              f"{tomorrow.isoformat()}T{h24:02d}:00"))
                mi = (h * 7) % 60 or 15
                x2 = f"{_CARD[h]} {minute_words(mi)} {ap}"
                cases.append((f"The train leaves at {x2} tomorrow.", ref, x2, "TIME",
                              f"{tomorrow.isoformat()}T{h24:02d}:{mi:02d}"))
    _check(cases)


def test_hour_and_minute_words_with_a_part_of_the_day():
    cases = []
    for ref in REFS:
        for h, mi in ((7, 45), (9, 30), (10, 15), (11, 5), (8, 20)):
            x = f"{_CARD[h]} {minute_words(mi)}"
            cases.append((f"it went off at {x} this morning and didn't come back", ref, x, "TIME",
                          f"{ref.isoformat()}T{h:02d}:{mi:02d}"))
            cases.append((f"we're getting the {x} tonight, see you there", ref, x, "TIME",
                          f"{ref.isoformat()}T{h + 12:02d}:{mi:02d}"))
            cases.append((f"Doors open at {x} in the morning.", ref, x, "TIME",
                          f"{ref.isoformat()}T{h:02d}:{mi:02d}"))
    _check(cases)


def test_hour_and_minute_words_after_a_time_word():
    cases = []
    for ref in REFS:
        for h, mi in ((12, 34), (11, 15), (10, 40), (12, 5)):
            x = f"{_CARD[h]} {minute_words(mi)}"
            for tpl in ("The meeting finished at {X}.", "we're in till {X} tomorrow, then we're off", "be there by {X} tonight"):
                day = ref + timedelta(days=1) if "tomorrow" in tpl else ref
                hh = h + 12 if "tonight" in tpl and h < 12 else h
                cases.append((tpl.format(X=x), ref, x, "TIME", f"{day.isoformat()}T{hh:02d}:{mi:02d}"))
    _check(cases)


NUMBERS_NO_TIME = [
    ("We had seven forty-five people at the fete.", "seven"),
    ("He scored nine thirty times this season.", "thirty"),
    ("Answers to questions two, ten and twelve.", "ten"),
    ("Aged eleven fifteen of us went on the trip.", "fifteen"),
]


def test_number_words_that_are_no_time():
    _check([(text, ref, words, None, None) for ref in REFS for text, words in NUMBERS_NO_TIME])


# ---- 4. the catalogue's own cases (docs/informal-time.md, "Speech written down") -----------------

def test_catalogue_cases():
    wed = date(2025, 6, 4)   # a Wednesday: tomorrow Thursday 5 June
    tomorrow = wed + timedelta(days=1)
    cases = [
        ("the party's on the twenty third of March", wed, "the twenty third of March", "DATE", "2026-03-23"),
        ("Dad's been off work since the eighteenth, he's fine.", wed, "the eighteenth", "DATE", "2025-05-18"),
        ("I rang at nine oh five this morning and nobody answered.", wed, "nine oh five", "TIME", f"{wed}T09:05"),
        ("The ferry goes at seven forty-five p.m. tomorrow.", wed, "seven forty-five p.m. tomorrow", "TIME", f"{tomorrow}T19:45"),
        ("He had the same thing in nineteen ninety-eight.", wed, "nineteen ninety-eight", "DATE", "1998"),
        ("The manager's been here since twenty twenty-two.", wed, "twenty twenty-two", "DATE", "2022"),
        ("She was born on December the third, so she's a Sagittarius.", wed, "December the third", "DATE", "2024-12-03"),
    ]
    _check(cases)


# ---- 5. a spoken clock time with its part of the day said ----------------------------------------

def test_spoken_clock_with_its_part_of_the_day():
    # "twenty to ten in the morning" is 09:40 though an afternoon or a party is named beside it
    cases = []
    for ref in REFS:
        tomorrow, yesterday = ref + timedelta(days=1), ref - timedelta(days=1)
        for words, h, mi in (("twenty to ten", 9, 40), ("quarter to six", 5, 45), ("half past eight", 8, 30),
                             ("ten past eleven", 11, 10), ("quarter past five", 5, 15)):
            x = f"{words} in the morning"
            cases.append((f"The doctor's not in tomorrow afternoon, so can you do tomorrow, {x}?", ref, x, "TIME",
                          f"{tomorrow.isoformat()}T{h:02d}:{mi:02d}"))
            for pod, hh in (("in the afternoon", h + 12), ("in the evening", h + 12),
                            ("at night", h + 12)):
                if pod == "in the afternoon" and h >= 6 or pod != "in the afternoon" and h < 5:
                    continue   # (only the halves English says so: not "twenty to ten in the afternoon")
                x = f"{words} {pod}"
                cases.append((f"It happened yesterday, {x}, after the party.", ref, x, "TIME",
                              f"{yesterday.isoformat()}T{hh:02d}:{mi:02d}"))
    _check(cases)


# ---- 6. British "N weeks on <weekday>" ----------------------------------------------------------

def test_weeks_on_a_weekday():
    cases = []
    for ref in REFS:
        for wd, name in enumerate(FULL):
            if wd == ref.weekday():
                continue   # said on that weekday itself: a week or two ahead, not asked (as "Friday week")
            coming = _next(ref, wd)
            for n, nw in ((2, "two"), (3, "three"), (4, "four"), (3, "3")):
                x = f"{nw} weeks on {name}"
                cases.append((f"The wedding's {x}, can you believe it.", ref, x, "DATE",
                              (coming + timedelta(days=7 * n)).isoformat()))
            x = f"three weeks from {name}"
            cases.append((f"they said the results are out {x}", ref, x, "DATE", (coming + timedelta(days=21)).isoformat()))
    _check(cases)


WEEKS_NO_DATE = [
    ("It lasted two weeks on Monday's ward.", "two weeks", "DURATION", "P2W"),
    ("I was off for three weeks on Friday's orders.", "three weeks", "DURATION", "P3W"),
]


def test_weeks_on_that_stay_lengths():
    _check([(text, ref, words, typ, value) for ref in REFS for text, words, typ, value in WEEKS_NO_DATE])
