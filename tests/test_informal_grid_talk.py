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


# ---- 4. hours in words, approximately or after ------------------------------------------------------
# "getting on for three", "gone eleven", "just gone ten", "sixish", "six-ish": the hour (the gold writes
# mod APPROX or AFTER, the approximator outside the extent as "about" is; the tagger hands out no mod
# for a clock time, as for "about 4pm": the value is what is checked); its half of the day from the part
# of the day said with it, else from the situation (a speaker's own "it's getting on for four" is the
# afternoon's).

from datetime import timedelta  # noqa: E402

from test_informal_grid import FULL, _next  # noqa: E402

HOUR = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]


def test_approximate_and_after_hours_in_words():
    cases = []
    for ref in REFS:
        last_night = ref - timedelta(days=1)
        for h in (9, 10, 11):
            cases.append((f"We didn't get home till gone {HOUR[h]} last night.", ref, HOUR[h],
                          "TIME", f"{last_night}T{h + 12:02d}:00"))
            cases.append((f"This morning the car broke down at gone {HOUR[h]}, with the service at twelve.", ref,
                          HOUR[h], "TIME", f"{ref}T{h:02d}:00"))
        for h in (2, 3, 4, 5):
            cases.append((f"It's getting on for {HOUR[h]} this afternoon, so I'll shut up.", ref, HOUR[h],
                          "TIME", f"{ref}T{h + 12:02d}:00"))
            cases.append((f"it's just gone {HOUR[h]} this afternoon and we're still waiting", ref, HOUR[h],
                          "TIME", f"{ref}T{h + 12:02d}:00"))
        for h in (2, 3, 4, 5):
            cases.append((f"It's getting on for {HOUR[h]}, so here come the teams.", ref, HOUR[h],
                          "TIME", f"{ref}T{h + 12:02d}:00"))
            cases.append((f"I'm at work till gone {HOUR[h]}, so come after that.", ref, HOUR[h],
                          "TIME", f"{ref}T{h + 12:02d}:00"))
        for h in (5, 6, 7):
            cases.append((f"Her mum's been up since {HOUR[h]}ish this morning.", ref, f"{HOUR[h]}ish",
                          "TIME", f"{ref}T{h:02d}:00"))
            cases.append((f"Gates open {HOUR[h]}-ish tonight, bring a torch.", ref, f"{HOUR[h]}-ish",
                          "TIME", f"{ref}T{h + 12:02d}:00"))
    _check(cases)


# ---- 5. two hours in words: ranges and alternatives -------------------------------------------------
# "between ten and twelve", "from ten till about four", "between eight and one", "ten or eleven": two
# TIMEs on the day in discussion, each its own value; the second after the first on the clock ("between
# eight and one" is 08:00 and 13:00); an evening or night said with them puts both in the evening.

RANGES = [(10, 12, 10, 12), (8, 1, 8, 13), (2, 4, 14, 16), (12, 2, 12, 14), (9, 11, 9, 11)]


def test_ranges_of_hours_in_words():
    cases = []
    for ref in REFS:
        for wd in (0, 2, 4, 5):
            d = _next(ref, wd)
            for a, b, va, vb in RANGES:
                for text in (f"The nurse can fit you in on {FULL[wd]} between {HOUR[a]} and {HOUR[b]}.",
                             f"We're setting up on {FULL[wd]} from {HOUR[a]} till {HOUR[b]}, all hands welcome."):
                    cases.append((text, ref, HOUR[a], "TIME", f"{d}T{va:02d}:00"))
                    cases.append((text, ref, HOUR[b], "TIME", f"{d}T{vb:02d}:00"))
        y = ref - timedelta(days=1)
        for a, b, va, vb in RANGES:
            text = f"They came round yesterday between {HOUR[a]} and {HOUR[b]} and fixed it."
            cases.append((text, ref, HOUR[a], "TIME", f"{y}T{va:02d}:00"))
            cases.append((text, ref, HOUR[b], "TIME", f"{y}T{vb:02d}:00"))
        for a in (9, 10):
            text = f"I last saw it locked last night, {HOUR[a]} or {HOUR[a + 1]}."
            cases.append((text, ref, HOUR[a], "TIME", f"{y}T{a + 12:02d}:00"))
            cases.append((text, ref, HOUR[a + 1], "TIME", f"{y}T{a + 13:02d}:00"))
    _check(cases)


# counts, ages, scales and lengths: no TIME holds the words
HOURS_NO_TIME = [("Kids between ten and twelve can join the club.", "ten"),
                 ("Rate it from one to ten, honestly.", "ten"),
                 ("We need between ten and twelve volunteers.", "twelve"),
                 ("It's gone three years now since he left.", "three"),
                 ("She went one better and has gone one better again.", "one"),
                 ("It was getting on for six months before they rang.", "six"),
                 ("It was ten or eleven pounds, I think.", "eleven"),
                 ("there were ten or eleven of us in the end", "ten"),
                 ("The score was two and four after the break.", "four")]


def test_hour_words_that_are_no_time():
    wrong = []
    for ref in REFS:
        for text, words in HOURS_NO_TIME:
            t = _found(text, ref, words)
            if t is not None and t.timex_type == "TIME":
                wrong.append(f"{ref:%a %Y-%m-%d}: {text!r} [{words}] -> TIME {t.timex_value}")
    assert not wrong, f"{len(wrong)} wrong:\n" + "\n".join(wrong)


# ---- 6. the catalogue's own cases (docs/informal-time.md, "Speech said aloud") ---------------------

def test_catalogue_cases():
    wed = date(2025, 6, 4)   # a Wednesday
    tue = date(2025, 6, 3)
    cases = [
        ("Tom met Priya in two thousand and nine, at a bus stop.", wed, "two thousand and nine", "DATE", "2009"),
        ("The manager's been here since twenty twenty-one.", wed, "twenty twenty-one", "DATE", "2021"),
        ("It was built in thirteen forty-five, give or take.", wed, "thirteen forty-five", "DATE", "1345"),
        ("He's giving me a look. Twenty twenty-three.", wed, "twenty twenty-three", "DATE", "2023"),
        ("He proposed on New Year's Eve twenty twenty-three.", wed, "New Year's Eve", "DATE", "2023-12-31"),
        ("Margaret started on the fourth of January nineteen eighty-eight.", wed, "the fourth of January", "DATE", "1988-01-04"),
        ("The big flood was the winter of forty-seven.", wed, "the winter of forty-seven", "DATE", "1947-WI"),
        ("She left school in fifty-three, the summer of the Coronation.", wed, "fifty-three", "DATE", "1953"),
        ("I've been to every derby since ninety-two.", wed, "ninety-two", "DATE", "1992"),
        ("The gig was the spring of oh-four, not oh-three.", wed, "the spring of oh-four", "DATE", "2004-SP"),
        ("Round four is the noughties, so get ready.", wed, "the noughties", "DATE", "200"),
        ("The walls were nearly pulled down in the eighteen-twenties.", wed, "the eighteen-twenties", "DATE", "182"),
        ("My nan grew up in the nineteen sixties.", wed, "the nineteen sixties", "DATE", "196"),
        ("Question three was the sixties and the answer was the Beatles.", wed, "the sixties", "DATE", "196"),
        ("This morning the car broke down at gone eleven.", wed, "eleven", "TIME", f"{wed}T11:00"),
        ("It's getting on for three, so here come the teams.", wed, "three", "TIME", f"{wed}T15:00"),
        ("It's just gone four and he's still not here.", wed, "four", "TIME", f"{wed}T16:00"),
        ("Gates open six-ish tonight, bring a torch.", wed, "six-ish", "TIME", f"{wed}T18:00"),
        ("She's been up since sixish this morning ironing.", wed, "sixish", "TIME", f"{wed}T06:00"),
        ("The nurse can fit you in on Friday between ten and twelve.", wed, "twelve", "TIME", "2025-06-06T12:00"),
        ("The engineer comes Friday, between eight and one.", wed, "one", "TIME", "2025-06-06T13:00"),
        ("The fete's on Saturday, setting up from ten till about four.", wed, "four", "TIME", "2025-06-07T16:00"),
        ("On Saturday we'll have a band on from nine till late.", wed, "nine", "TIME", "2025-06-07T21:00"),
        ("I last saw it locked last night, ten or eleven.", wed, "eleven", "TIME", f"{tue}T23:00"),
        ("It's twenty-two minutes past seven on a foggy Wednesday morning.", wed, "twenty-two minutes past seven", "TIME", f"{wed}T07:22"),
        ("The last bus is at ten minutes to four.", wed, "ten minutes to four", "TIME", f"{wed}T15:50"),
        ("it's 6 minutes past 6, we'll squeeze in one more", wed, "6 minutes past 6", "TIME", f"{wed}T18:06"),
        ("The quiz is back on Monday the fourth.", date(2026, 12, 28), "Monday the fourth", "DATE", "2027-01-04"),
        ("It was Friday the third, because I'd just got in.", date(2026, 7, 7), "Friday the third", "DATE", "2026-07-03"),
        ("Her last day is Friday. It's getting on for nine, so I'll shut up.", wed, "nine", "TIME", f"{wed}T09:00"),
        ("We're back Monday. It's twenty-five past nine, here's the travel.", wed, "twenty-five past nine", "TIME", f"{wed}T09:25"),
        ("Kids between ten and twelve can join the club.", wed, "twelve", None, None),
        ("I'll be there in twenty-five.", wed, "twenty-five", None, None),
        ("the train at sixteen forty-five was cancelled again", wed, "sixteen forty-five", "TIME", None),
    ]
    wrong = []
    for text, ref, words, typ, value in cases:
        t = _found(text, ref, words)
        got = t and (t.timex_type, t.timex_value)
        if value is None:
            if t is not None and (typ is None or t.timex_type == "DATE"):
                wrong.append(f"{text!r} [{words}] -> {got} (want no {'DATE' if typ else 'expression'})")
        elif got != (typ, value):
            wrong.append(f"{text!r} [{words}] -> {got} (want {typ} {value})")
    assert not wrong, "\n".join(wrong)


# ---- 7. a weekday with its day of the month in words, and minutes counted past an hour -------------
# "Monday the fourth", "Friday the third" (one DATE, as "Monday the 4th": the date with that weekday and
# day, the next one in a plan, the last in a report); "twenty-two minutes past seven", "ten minutes to
# four", "6 minutes past 6" (one TIME: the minutes are no length here).

MINUTES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
           "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]


def _minute_words(n: int) -> str:
    if n < 20:
        return MINUTES[n]
    t, u = divmod(n, 10)
    return _TENS[t] + ("-" + _UNIT[u] if u else "")


def _dates_with(ref: date, wd: int, day: int, step: int):
    d = ref + timedelta(days=step)
    while not (d.weekday() == wd and d.day == day):
        d += timedelta(days=step)
    return d


def test_weekday_with_its_day_in_words():
    cases = []
    for ref in REFS:
        for k in (3, 9, 17, 24):
            for sign, tpl in ((1, "The quiz will be back on {W} the {D}, same time."), (-1, "It was {W} the {D}, because I'd just got in.")):
                d = ref + timedelta(days=sign * k)
                words = f"{FULL[d.weekday()]} the {ordinal_word(d.day)}"
                # the value: the nearest such date in the direction of the tense (computed, not assumed to be d)
                want = _dates_with(ref, d.weekday(), d.day, sign)
                cases.append((tpl.format(W=FULL[d.weekday()], D=ordinal_word(d.day)), ref, words, "DATE", want.isoformat()))
    _check(cases)


def test_minutes_counted_past_an_hour():
    cases = []
    for ref in REFS:
        for n in (5, 6, 13, 22, 25):
            for h in (4, 7, 9, 11):
                w = _minute_words(n)
                cases.append((f"It's {w} minutes past {HOUR[h]} this morning, and foggy.", ref, f"{w} minutes past {HOUR[h]}",
                              "TIME", f"{ref}T{h:02d}:{n:02d}"))
                cases.append((f"the last bus is at {n} minutes to {h} tonight", ref, f"{n} minutes to {h}",
                              "TIME", f"{ref}T{h - 1 + 12:02d}:{60 - n:02d}"))
    _check(cases)


WEEKDAY_MINUTES_NO_TIME = [("Ten minutes to go and still nil-nil.", "ten minutes", "DURATION", "PT10M"),
                           ("It took ten minutes to four people before anyone noticed.", "ten minutes", "DURATION", "PT10M"),
                           ("On Monday the second time he asked, she said yes.", "Monday the second", None, None)]


def test_weekday_and_minutes_that_stay_what_they_are():
    _check([(text, ref, words, typ, value) for ref in REFS for text, words, typ, value in WEEKDAY_MINUTES_NO_TIME])


# ---- 8. "it's" and a clock time: the time of speaking ---------------------------------------------
# "It's twenty-five past nine", "it's just gone four", "It's getting on for three": the time it is, on the
# day of speaking, though another day was named just before ("Her last day's Friday. It's getting on for
# nine, so I'll shut up."); a time after "it's on <day> at" is that day's.

NOW_TIMES = [("twenty-five past nine", "twenty-five past nine", 9, 25), ("just gone four", "four", 16, 0),
             ("getting on for three", "three", 15, 0), ("six minutes past six", "six minutes past six", 18, 6),
             ("quarter to eleven", "quarter to eleven", 10, 45), ("gone eleven", "eleven", 11, 0)]


def test_its_a_clock_time_is_now():
    cases = []
    for ref in REFS:
        for wd in range(7):
            if wd == ref.weekday():
                continue
            for said, words, h, mi in NOW_TIMES:
                text = f"Her last day is {FULL[wd]}, and then Spain. It's {said}, so I'll shut up."
                cases.append((text, ref, words, "TIME", f"{ref}T{h:02d}:{mi:02d}"))
        if ref.weekday() == 4:
            continue   # "on Friday" said on a Friday: today or a week on, another question (the weekday grids')
        nxt = _next(ref, 4)
        cases.append((f"The do is on Friday. It's on Friday at quarter to eleven, mind.", ref, "quarter to eleven",
                      "TIME", f"{nxt}T10:45"))
    _check(cases)
