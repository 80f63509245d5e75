"""The year of a year-less date decided by its clause, and a few direction cues (thirty-sixth session, yearclause37;
docs/informal-time.md §147):

1. a year told as when earlier in a month's own clause ("last year you were shut by the end of March lol", "next year
   it's not til July, 10 July I think") gives the month (and a day of it said after it) that year; not where the year
   is the clause's subject ("last year was rough and March ..."), not across "but" or a clause mark, not against the
   tense ("lost money last year and expects to break even by June");
2. seasons by hemisphere and by now: a season with no year near a southern place is the southern one ("a long weekend
   in the middle of winter" in June in New Zealand: this winter); "the winter" said in the present in March is the one
   just ended, not the next;
3. a weekday with its day of the month and a participle of booking after it ("Saturday the 10th pencilled in"): the
   next such day; in a past report the last;
4. a past of getting places ("got 2 spots on the 11pm one Thursday", "grabbed tickets for Sat"): the day to come; a
   past perfect with a "but" after it ("we'd booked Thursday but it rained off") keeps the day gone;
5. "for" a count and "earlier" ("the road was closed for 40 mins earlier"): the DURATION "40 mins".

The sentences are this session's own, written from the grammar of §147, in several voices (Irish, Australian, New
Zealand, US, British, South African chat and posts); the days of writing are spread over 2023-2026 (every weekday,
month ends, year ends, a leap day); the values are computed here from the calendar."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import WEEKDAYS, check, found, last_weekday, next_weekday, other_weekdays

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
REFS = [date(2023, 1, 1), date(2023, 3, 23), date(2023, 6, 12), date(2023, 12, 29), date(2024, 2, 29),
        date(2024, 5, 31), date(2024, 8, 15), date(2024, 10, 7), date(2025, 1, 31), date(2025, 4, 2),
        date(2025, 7, 19), date(2025, 11, 30), date(2026, 3, 9), date(2026, 9, 1), date(2026, 12, 31)]


def _m(y: int, mo: int) -> tuple[str, str]:
    return "DATE", f"{y:04d}-{mo:02d}"


# 1. The year of the clause -------------------------------------------------------------------------------------------

# (frame, expression, year offset from the year of writing); {M} the month
CLAUSE_FRAMES = [
    ("last year you were shut by the end of {M} lol", "the end of {M}", -1),
    ("Last year, we went up to Kerry in {M} and it lashed the whole time", "{M}", -1),
    ("last yr we did the Byron trip in {M} mate, never again", "{M}", -1),
    ("last year they had the roadworks on from {M} right through", "{M}", -1),
    ("next year it's not til {M}, I think", "{M}", 1),
    ("Next year the festival moves to {M}, y'all", "{M}", 1),
    ("next year we're going back in {M} for sure", "{M}", 1),
]


def _clause_cases():
    for ref in REFS:
        for frame, expr, off in CLAUSE_FRAMES:
            for mo, name in enumerate(MONTHS, 1):
                y = ref.year - 3 if off == "Y" else ref.year + off
                yield (frame.replace("{M}", name).replace("{Y}", str(y)), ref, expr.replace("{M}", name), _m(y, mo))


def test_month_takes_the_year_of_its_clause():
    check(list(_clause_cases()))


def test_day_said_after_its_month_takes_the_same_year():
    """ "next year it's not til July, 10 July I think": the day of the month apposed to the month the clause dated."""
    cases = []
    for ref in REFS:
        for mo, name in enumerate(MONTHS, 1):
            for n in (1, 10, 28):
                text = f"next year it's not til {name}, {n} {name} I think"
                cases.append((text, ref, f"{n} {name}", ("DATE", f"{ref.year + 1:04d}-{mo:02d}-{n:02d}")))
                cases.append((text, ref, name, _m(ref.year + 1, mo)))
    check(cases)


# negatives: the value is the one the month has with no year in its clause (the first clause rewritten without one)
NOT_GOVERNED = [
    ("last year was rough, but {M} is looking up", "the job was rough, but {M} is looking up"),
    ("last year was rough and {M} is looking worse", "the job was rough and {M} is looking worse"),
    ("Last year's one was in the hall; {M} is in the park", "The old one was in the hall; {M} is in the park"),
    ("we lost money last year and expect to break even by {M}", "we lost money and expect to break even by {M}"),
    ("next year is a long way off though we're back in {M}", "the trip is a long way off though we're back in {M}"),
]


def test_year_that_does_not_govern_the_month_leaves_it():
    wrong = []
    for ref in REFS:
        for text, base in NOT_GOVERNED:
            for name in MONTHS:
                a, b = text.replace("{M}", name), base.replace("{M}", name)
                if found(a, ref, name) != found(b, ref, name):
                    wrong.append((ref, a, found(a, ref, name), found(b, ref, name)))
    assert not wrong, f"{len(wrong)} moved:\n" + "\n".join(map(str, wrong[:25]))


# 2. Seasons by hemisphere and by now -----------------------------------------------------------------------------------

SOUTH_START = {"SU": 12, "FA": 3, "WI": 6, "SP": 9}
LINGER = 31


def _season_span(code: str, y: int) -> tuple[date, date]:
    s = date(y, SOUTH_START[code], 1)
    e = date(y + (s.month + 3 > 12), (s.month + 3 - 1) % 12 + 1, 1)
    return s, e


def south_season(code: str, ref: date, rel: int | None = None) -> tuple[str, str]:
    """The southern season of the day of writing (its months six from the northern's): the one around it; else one
    ended up to LINGER days before; else the next ("last": the last ended, "next": the next to start). A summer is named
    by its January's year."""
    spans = [_season_span(code, y) for y in range(ref.year - 2, ref.year + 2)]
    gone = max((s for s in spans if s[1] <= ref), key=lambda s: s[0])
    ahead = min((s for s in spans if s[0] > ref), key=lambda s: s[0])
    around = [s for s in spans if s[0] <= ref < s[1]]
    if rel == -1:
        p = gone
    elif rel == 1:
        p = ahead
    elif around:
        p = around[0]
    elif (ref - gone[1]).days < LINGER:
        p = gone
    else:
        p = ahead
    return "DATE", f"{p[0].year + (code == 'SU'):04d}-{code}"


SEASON_REFS = [date(y, mo, d) for y in (2023, 2024, 2025) for mo in range(1, 13) for d in (1, 15, 28)] + [date(2024, 2, 29)]
SOUTH_FRAMES = [
    ("Back home in Auckland now. A long weekend in the middle of winter is the best thing", "the middle of winter", "WI", None),
    ("honestly Melbourne this winter is something else", "this winter", "WI", None),
    ("Cape Town this summer is a scorcher, bru", "this summer", "SU", None),
    ("Wellington in the spring is lovely, come visit", "the spring", "SP", None),
    ("last summer in Sydney was a scorcher", "last summer", "SU", -1),
    ("next winter we're doing Queenstown again", "next winter", "WI", 1),
]


def test_southern_seasons():
    check([(text, ref, expr, south_season(code, ref, rel)) for ref in SEASON_REFS for text, expr, code, rel in SOUTH_FRAMES])


def north_winter_now(ref: date) -> tuple[str, str]:
    """"the winter" said in the present with no other cue: the one the day of writing is in (named by its January's
    year), the one just ended in March (LINGER days after 1 March), else the coming one."""
    if ref.month == 12:
        return "DATE", f"{ref.year + 1}-WI"
    if ref.month <= 2 or (ref - date(ref.year, 3, 1)).days < LINGER:
        return "DATE", f"{ref.year}-WI"
    return "DATE", f"{ref.year + 1}-WI"


def test_northern_winter_by_now():
    frames = [("best day of the winter by a mile", "the winter"),
              ("Edinburgh is freezing, this winter is endless", "this winter")]
    refs = [d for d in SEASON_REFS if d.month in (12, 1, 2, 3)] + [date(2025, 3, 31), date(2024, 3, 31)]
    check([(text, ref, expr, north_winter_now(ref)) for ref in refs for text, expr in frames])


def test_northern_winter_to_come_and_gone():
    """The future's winter from March on is the coming one; a past one the last."""
    cases = []
    for ref in [date(y, 3, d) for y in (2024, 2025, 2026) for d in (1, 10, 20, 30)]:
        cases.append(("this winter we'll finally go skiing", ref, "this winter", ("DATE", f"{ref.year + 1}-WI")))
        cases.append(("the winter was long", ref, "the winter", ("DATE", f"{ref.year}-WI")))
    check(cases)


# 3. A weekday and its day of the month with a participle of booking after it ------------------------------------------

def _mday(ref: date, wd: int, n: int, step: int) -> date | None:
    """The nearest day of the month ``n`` that is weekday ``wd``, after the day of writing (step 1) or before it (-1);
    None where the day of writing is itself such a day and the step is ahead (today or the next: not what this grid asks)."""
    y, mo = ref.year, ref.month
    for _ in range(30):
        try:
            dd = date(y, mo, n)
        except ValueError:
            dd = None
        if step > 0 and dd is not None and dd == ref and dd.isoweekday() == wd:
            return None
        if dd is not None and (dd > ref if step > 0 else dd < ref) and dd.isoweekday() == wd:
            return dd
        y, mo = divmod(y * 12 + mo - 1 + step, 12)
        mo += 1
    return None


def _ord(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


MDAY_REFS = [date(2023, 5, 27)] + [date(2023, 5, 27) + timedelta(days=k) for k in range(1, 200, 9)] + [date(2024, 2, 29), date(2025, 12, 31)]
BOOKED_FRAMES = ["{W} the {N} pencilled in", "{W} the {N} booked, can't wait", "{W} {N} confirmed x",
                 "got {W} the {N} booked for the christening"]


def test_weekday_and_mday_booked_is_ahead():
    cases = []
    for ref in MDAY_REFS:
        for wd, name in enumerate(WEEKDAYS, 1):
            for n in (3, 10, 14, 21, 28):
                dd = _mday(ref, wd, n, 1)
                if dd is None or (dd - ref).days > 150:
                    continue   # (a day so far ahead is no plan's: left to the tagger's far-agreement rule)
                for frame in BOOKED_FRAMES:
                    expr = (f"{name} the {_ord(n)}" if "the {N}" in frame else f"{name} {_ord(n)}")
                    cases.append((frame.replace("{W}", name).replace("{N}", _ord(n)), ref, expr, ("DATE", dd.isoformat())))
    check(cases)


def test_weekday_and_mday_in_a_past_report_stays_gone():
    cases = []
    for ref in MDAY_REFS:
        for wd, name in enumerate(WEEKDAYS, 1):
            for n in (3, 10, 14, 21, 28):
                dd = _mday(ref, wd, n, -1)
                if dd is None or (ref - dd).days > 60:
                    continue
                cases.append((f"we went on {name} the {_ord(n)} and it was packed", ref, f"{name} the {_ord(n)}",
                              ("DATE", dd.isoformat())))
    check(cases)


# 4. A past of getting places: the day to come --------------------------------------------------------------------------

PLACE_REFS = [date(2025, 6, 2) + timedelta(days=k) for k in range(7)] + [date(2024, 12, 30), date(2025, 12, 31),
                                                                        date(2024, 2, 29), date(2026, 3, 1)]
SHORT = {1: "Mon", 2: "Tue", 3: "Wed", 4: "Thu", 5: "Fri", 6: "Sat"}
PLACE_FRAMES = ["got 2 spots on the 11pm one {W}", "grabbed tickets for {W}", "bought seats for {W}, row F",
                "Snagged a table for {W} at the new place", "scored tix for {W} woo", "booked us in for {W}"]


def test_places_got_are_for_the_day_to_come():
    cases = []
    for ref in PLACE_REFS:
        for wd, name in other_weekdays(ref):
            day = ("DATE", next_weekday(ref, wd).isoformat())
            for frame in PLACE_FRAMES:
                cases.append((frame.replace("{W}", name), ref, name, day))
            if wd in SHORT:
                cases.append((f"grabbed tickets for {SHORT[wd]}", ref, SHORT[wd], day))
                cases.append((f"got tickets for {SHORT[wd]}.", ref, SHORT[wd], day))
    check(cases)


def test_past_perfect_booking_of_a_day_gone():
    cases = []
    for ref in PLACE_REFS:
        for wd, name in other_weekdays(ref):
            day = ("DATE", last_weekday(ref, wd).isoformat())
            cases.append((f"we'd booked {name} but it rained off", ref, name, day))
            cases.append((f"we'd got tickets for {name} but it rained off", ref, name, day))
    check(cases)


def test_unrelated_for_title_case_short_day_untagged():
    refs = PLACE_REFS[:3]
    for ref in refs:
        for text in ("studying for SAT", "revising for Sat", "a table for Sun"):
            assert all(t.expression.lower() not in ("sat", "sun") for t in __import__("gridcheck").tag(text, ref)), text


# 5. "for" a count and "earlier": how long ---------------------------------------------------------------------------------

def test_for_a_count_earlier_is_a_duration():
    cases = []
    units = [("mins", "M", "T"), ("minutes", "M", "T"), ("hours", "H", "T"), ("hrs", "H", "T"), ("days", "D", ""),
             ("weeks", "W", "")]
    for ref in REFS[:6]:
        for n in (2, 5, 20, 40):
            for unit, code, t in units:
                for frame in ("the road was closed for {n} {u} earlier", "power was off for {n} {u} earlier, back now",
                              "we queued for {n} {u} earlier and gave up"):
                    cases.append((frame.format(n=n, u=unit), ref, f"{n} {unit}", ("DURATION", f"P{t}{n}{code}")))
    check(cases)


def test_a_count_earlier_without_for_keeps_its_extent():
    for ref in REFS[:4]:
        for n in (2, 5, 40):
            text = f"I checked at 9. {n} mins earlier the road was clear"
            assert found(text, ref, f"{n} mins earlier") is not None, (ref, text)
