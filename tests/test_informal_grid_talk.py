"""Years, decades and hours as speech says them, as a grid (fifteenth session, spoken2;
docs/informal-time.md, the section "Speech said aloud"): speeches, tours, commentary, phone-ins,
calls and oral histories say years and decades in words ("two thousand and nine", "twenty
twenty-three", "thirteen forty-five", "the winter of forty-seven", "left school in fifty-three", "the
noughties", "the eighteen-twenties"), often after a date that has no year of its own ("New Year's
Eve twenty twenty-three", "the fourth of January nineteen eighty-eight"). Each class is said on every
day of a week and at month and year ends, in reports (and plans where a year can be planned), against
the value TimeML gives it, computed HERE from the calendar (never from the tagger's code).

The decisions (TimeML TIMEX3, docs/timeml-conventions.md, benchmarks/data/fresh/README.md informal13-talk):
- a year said in words is the year its digits would be, as "1987" is; "two thousand and nine" is 2009
  wherever a year is expected (after "in", "since", "back in", a month, a season, a holiday or a day of
  a month), not where a noun follows it ("two thousand and nine tickets" is a count);
- a year said in two figures ("fifty-three", "oh-four") after a season ("the winter of forty-seven"),
  after "since", or after "in" in a clause told in the past, is the last such year up to the day of
  speaking, as "'53" is; "in twenty-five" in a plan is minutes ("I'll be there in twenty-five");
- a date without its year followed by a year said aloud is one DATE: "New Year's Eve twenty
  twenty-three" is 2023-12-31, as "New Year's Eve 2023";
- a decade in words is the decade: "the noughties" 200, "the eighteen-twenties" 182, "the nineteen
  sixties" 196 (as "the 1960s").

Each case is one tag() of a short text.
"""
from __future__ import annotations

from datetime import date

from test_informal_grid import _found
from test_informal_grid_spoken import MONTHS, REFS, _check, ordinal_word

_UNIT = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEEN = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}


def two_figures(n: int, oh: bool = True) -> str:
    """0 < n < 100 said as the last two figures of a year: 4 -> 'oh-four', 47 -> 'forty-seven'."""
    if n < 10:
        return ("oh-" if oh else "") + _UNIT[n]
    if n < 20:
        return _TEEN[n - 10]
    t, u = divmod(n, 10)
    return _TENS[t] + ("-" + _UNIT[u] if u else "")


def year_words(y: int, style: str = "pairs") -> str:
    """1987 -> 'nineteen eighty-seven'; 2009 -> 'two thousand and nine' (style 'thousand'),
    'two thousand nine' (style 'thousand-us') or 'twenty oh-nine'; 2023 -> 'twenty twenty-three'."""
    c, n = divmod(y, 100)
    if style == "thousand":
        return "two thousand" + (f" and {two_figures(n, oh=False)}" if n else "")
    if style == "thousand-us":
        return "two thousand" + (f" {two_figures(n, oh=False)}" if n else "")
    head = _TEEN[c - 10] if c < 20 else _TENS[c // 10]
    return f"{head} {two_figures(n)}"


def _last_year_ending(ref: date, yy: int) -> int:
    y = ref.year - ref.year % 100 + yy
    return y if y <= ref.year else y - 100


# ---- 1. a year said in full, without "the year" ----------------------------------------------------

FULL_YEARS = [(1987, "pairs"), (2009, "thousand"), (2004, "thousand"), (2011, "thousand"), (2007, "thousand-us"),
              (2023, "pairs"), (2019, "pairs"), (1345, "pairs"), (1666, "pairs"), (1588, "pairs"), (1962, "pairs")]
YEAR_REPORTS = ["We met in {Y}, at a bus stop in Leeds.",
                "They've lived there since {Y}.",
                "Back in {Y} we had a dog called Bess.",
                "It was built in {Y}, give or take.",
                "it all started in {Y} and it never stopped"]
FUTURE_YEARS = [(2028, "pairs"), (2030, "thousand"), (2035, "pairs")]
YEAR_PLANS = ["The new stand opens in {Y}, they reckon.",
              "We're saving for a big trip in {Y}."]


def test_years_said_in_full():
    cases = []
    for ref in REFS:
        for tpls, years in ((YEAR_REPORTS, FULL_YEARS), (YEAR_PLANS, FUTURE_YEARS)):
            for y, style in years:
                for tpl in tpls:
                    w = year_words(y, style)
                    cases.append((tpl.format(Y=w), ref, w, "DATE", str(y)))
    _check(cases)


def test_a_year_said_alone_as_a_fragment():
    cases = []
    for ref in REFS:
        for y in (2019, 2023, 2024, 2031):
            w = year_words(y)
            for text in (f"He's giving me a look. {w[0].upper() + w[1:]}.", f"What year was it? Er, {w}, I think."):
                cases.append((text, ref, w, "DATE", str(y)))
    _check(cases)


FIXED_HOLIDAYS = [("New Year's Eve", 12, 31), ("New Year's Day", 1, 1), ("Christmas Day", 12, 25),
                  ("Christmas Eve", 12, 24), ("Boxing Day", 12, 26)]


def test_a_date_then_its_year_said_aloud():
    cases = []
    for ref in REFS:
        for i, (y, style) in enumerate(FULL_YEARS):
            w = year_words(y, style)
            name, mo, d = FIXED_HOLIDAYS[i % len(FIXED_HOLIDAYS)]
            cases.append((f"He proposed on {name} {w}, on a beach.", ref, name, "DATE", f"{y:04d}-{mo:02d}-{d:02d}"))
            day = 3 + (i * 5) % 26
            mon = (i * 7) % 12 + 1
            spoken = [f"the {ordinal_word(day)} of {MONTHS[mon - 1]} {w}", f"{MONTHS[mon - 1]} the {ordinal_word(day)}, {w}"][i % 2]
            cases.append((f"She started here on {spoken}, and never left.", ref, spoken, "DATE", f"{y:04d}-{mon:02d}-{day:02d}"))
            season, code = [("summer", "SU"), ("spring", "SP"), ("autumn", "FA")][i % 3]
            cases.append((f"It was the {season} of {w}, I remember.", ref, f"the {season} of {w}", "DATE", f"{y}-{code}"))
    _check(cases)


# counts, not years: no DATE holds the words
YEAR_WORDS_NO_YEAR = [("We sold two thousand and nine tickets on the day.", "two thousand and nine"),
                      ("About two thousand and fifty people came in the end.", "two thousand and fifty"),
                      ("the train at sixteen forty-five was cancelled again", "sixteen forty-five"),
                      ("It's thirteen forty-five metres to the top.", "thirteen forty-five")]


def _not_a_date(cases) -> None:
    wrong = []
    for text, ref, words in cases:
        t = _found(text, ref, words)
        if t is not None and t.timex_type == "DATE":
            wrong.append(f"{ref:%a %Y-%m-%d}: {text!r} [{words}] -> DATE {t.timex_value}")
    assert not wrong, f"{len(wrong)} of {len(cases)} wrong:\n" + "\n".join(wrong)


def test_year_words_that_are_counts():
    _not_a_date([(text, ref, words) for ref in REFS for text, words in YEAR_WORDS_NO_YEAR])


# ---- 2. a year said in two figures ---------------------------------------------------------------

SHORT = [4, 9, 23, 47, 53, 68, 81, 92, 96]
SHORT_REPORTS = ["She left school in {Y}, the year of the floods.",
                 "My dad was born in {Y}.",
                 "We moved here in {Y} and never went back.",
                 "I've been going since {Y}, man and boy.",
                 "it's been shut since {Y}, nobody goes now"]
SEASONS = [("winter", "WI"), ("summer", "SU"), ("spring", "SP"), ("autumn", "FA")]


def test_two_figure_years():
    cases = []
    for ref in REFS:
        for i, yy in enumerate(SHORT):
            y = _last_year_ending(ref, yy)
            w = two_figures(yy)
            for tpl in SHORT_REPORTS:
                cases.append((tpl.format(Y=w), ref, w, "DATE", str(y)))
            season, code = SEASONS[i % 4]
            cases.append((f"The snow that came in the {season} of {w}, you've never seen the like.", ref,
                          f"the {season} of {w}", "DATE", f"{y}-{code}"))
    _check(cases)


# minutes, counts and clock times, not years
SHORT_NO_YEAR = [("I'll be there in twenty-five.", "twenty-five"),
                 ("Back in forty-five minutes, the sign said.", "forty-five"),
                 ("She finished in fifty-three seconds flat.", "fifty-three"),
                 ("It sold in forty-seven countries.", "forty-seven"),
                 ("We'll be ready in thirty-five, tops.", "thirty-five"),
                 ("I've been waiting since twenty-five past eight.", "twenty-five"),
                 ("He came in sixty-third out of ninety.", "sixty-third")]


def test_two_figures_that_are_no_year():
    _not_a_date([(text, ref, words) for ref in REFS for text, words in SHORT_NO_YEAR])


# ---- 3. decades said aloud -------------------------------------------------------------------------

DECADES = [("the noughties", "200"), ("the eighteen-twenties", "182"), ("the eighteen twenties", "182"),
           ("the nineteen sixties", "196"), ("the nineteen-nineties", "199"), ("the seventeen eighties", "178"),
           ("the sixties", "196"), ("the eighties", "198")]
DECADE_FRAMES = ["Back in {D} we had nothing.",
                 "Music was better in {D}, and that's a fact.",
                 "Question three was {D} and the answer was the Beatles.",
                 "she grew up in {D}, in Leeds"]


def test_decades_said_aloud():
    cases = []
    for ref in REFS:
        for d, value in DECADES:
            for tpl in DECADE_FRAMES:
                cases.append((tpl.format(D=d), ref, d, "DATE", value))
    _check(cases)
