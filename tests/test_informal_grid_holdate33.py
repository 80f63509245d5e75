"""Days told from a holiday or a named day, and holidays given their own date (thirty-third session, holdate33;
docs/informal-time.md §117): a holiday whose day the lexicon keeps by nation given its date in apposition ("Queen's
Birthday (Monday 13 June)", "Labour Day - Monday 7 October"), a day told from Northern Ireland's Twelfth ("the
Saturday after the Twelfth"), "Easter Monday week" (a week after it), a Monday holiday with "Monday" after it ("the
August bank holiday Monday"), Quebec's "St-Jean" and "moving day" with a Quebec frame; the shapes read already (§94,
§113) as controls; and what stays untagged ("Twelfth Night", "came in fourth", "moving day" elsewhere, "rue St-Jean").

The sentences are this session's own, in Australian, New Zealand, British, Irish, Northern Irish, Canadian, Québécois
and US voices; the days of writing are spread over 2025-2031 (a March week, a year's turn, the 10th of each month, month
ends). Every value is computed here from the calendar: ``datetime`` for fixed days and the n-th weekday of a month,
``dateutil.easter`` for Easter Monday and Whit Monday, the statute's rule for the Twelfth (a Sunday's is kept on Monday
the 13th)."""
from __future__ import annotations

from datetime import date, timedelta

from dateutil.easter import easter
from gridcheck import MON, MONTH, WEEKDAY, DAYS, check, fixed, from_easter, nth, nth_weekday, twelfth
from gridcheck import date_value as _d, last_of as _last, next_of as _next
from gridcheck import cut, cut_cases


def _near(day, ref: date, days: int) -> bool:
    """The day of writing within ``days`` of the holiday of its year (either side): a report or a plan that near the
    day may mean either one (§15's fortnight), so such days of writing are left out of the crossed cases."""
    return any(abs((day(y) - ref).days) <= days for y in (ref.year - 1, ref.year, ref.year + 1))


REFS = [date(2025, 3, 3) + timedelta(days=k) for k in range(7)] \
    + [date(2026, 12, 29) + timedelta(days=k) for k in range(5)] \
    + [date(2027, m, 10) for m in range(1, 13)] \
    + [date(2028, 2, 29), date(2029, 4, 30), date(2029, 6, 30), date(2030, 9, 1), date(2031, 10, 31)]


# ---- a holiday given its own date --------------------------------------------------------------------------------
# names whose day the lexicon keeps by nation (with none named, no day): the date beside them says which day
TOLD_NAMES = ["Queen's Birthday", "King's Birthday", "Labour Day", "Family Day", "Heritage Day"]
TOLD_FRAMES = [
    ("⚠ {h} ({wd} {d} {month}): hours might differ", "{wd} {d} {month}"),
    ("{h} - {wd} {d} {month} - offices closed", "{wd} {d} {month}"),
    ("Heads up: {h} ({wd} {d} {mon}) the shop's shut, back Tuesday", "{wd} {d} {mon}"),
    ("reminder, {h}: {month} {d}, no bins that day", "{month} {d}"),
    ("we're closed {h} ({d} {month})", "{d} {month}"),
]


def test_a_holiday_given_its_own_date():
    """The name takes the date's value (the fresh gold: "Queen's Birthday (Monday 13 June)" both 2022-06-13); the date
    reads as a date does. Days a fortnight to four months after the day of writing, with their own weekday."""
    cases = []
    for ref in REFS:
        for k in (16, 37, 58, 121):
            day = ref + timedelta(days=k)
            if (day.month, day.day) == (2, 29):
                continue   # a year-less 29 February with a weekday is the date rule's own weak case (2032's read as 2028's)
            for i, name in enumerate(TOLD_NAMES):
                frame, date_expr = TOLD_FRAMES[(i + k) % len(TOLD_FRAMES)]
                parts = dict(h=name, wd=WEEKDAY[day.weekday()], d=day.day, month=MONTH[day.month - 1],
                             mon=MON[day.month - 1])
                text = frame.format(**parts)
                cases.append((text, ref, name, _d(day)))
                cases.append((text, ref, date_expr.format(**parts), _d(day)))
    check(cases)


def test_a_holiday_with_no_date_and_no_nation_stays_untagged():
    """No date beside it and no nation: whose day is not in the words (§58), as before."""
    cases = []
    for ref in REFS[:12]:
        for name in TOLD_NAMES:
            cases.append((f"we're closed for {name}, see you after", ref, name, None))
    check(cases)


# ---- a day told from the Twelfth ------------------------------------------------------------------------------------
def _weekday_from(day: date, wd: int, side: int) -> date:
    if side > 0:
        return day + timedelta(days=(wd - day.isoweekday()) % 7 or 7)
    return day - timedelta(days=(day.isoweekday() - wd) % 7 or 7)


def _weekend(sat: date) -> tuple[str, str]:
    y, w, _ = sat.isocalendar()
    return "DATE", f"{y}-W{w:02d}-WE"


TWELFTH_FRAMES = ["We're off to Belfast for {p}, fancy it?", "heading up to Portadown {p} to see the family",
                  "{p} is always dead in Derry", "are the shops open in Lurgan {p}?"]


def test_a_day_told_from_the_twelfth():
    cases = []
    for ref in REFS:
        if _near(twelfth, ref, 14):
            continue
        t = _next(twelfth, ref)
        shapes = []
        for wd, name in enumerate(WEEKDAY, 1):
            shapes.append((f"the {name} after the Twelfth", _d(_weekday_from(t, wd, 1))))
            shapes.append((f"the {name} before the Twelfth", _d(_weekday_from(t, wd, -1))))
            shapes.append((f"the {DAYS[wd - 1]} after the Twelfth", _d(_weekday_from(t, wd, 1))))
        shapes.append(("the day after the Twelfth", _d(t + timedelta(days=1))))
        shapes.append(("the day before the Twelfth", _d(t - timedelta(days=1))))
        shapes.append(("the night before the Twelfth", ("TIME", (t - timedelta(days=1)).isoformat() + "TNI")))
        shapes.append(("the weekend after the Twelfth", _weekend(t + timedelta(days=(6 - t.isoweekday()) % 7 or 7))))
        sun = t - timedelta(days=t.isoweekday() % 7 or 7)
        shapes.append(("the weekend before the Twelfth", _weekend(sun)))
        for i, (phrase, want) in enumerate(shapes):
            cases.append((TWELFTH_FRAMES[i % len(TWELFTH_FRAMES)].format(p=phrase), ref, phrase, want))
    check(cut_cases(cases))


def test_a_day_told_from_the_twelfth_with_no_place_is_no_day():
    """No Northern Irish place: "the Twelfth" is no day (§113), so neither is a day told from it; the weekday alone
    stays a weekday of no known week, as before (never the next one of the week)."""
    cases = []
    for ref in REFS[:12]:
        for text, expr in (("let's do the Saturday after the Twelfth", "the Saturday after the Twelfth"),
                           ("the day after the Twelfth suits me", "the day after the Twelfth")):
            cases.append((text, ref, expr, None))
        cases.append(("let's do the Saturday after the Twelfth", ref, "the Saturday", ("DATE", "XXXX-WXX-6")))
    check(cases)


# ---- a day told from a holiday with its day of the month in apposition -------------------------------------------
def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def test_a_day_from_a_holiday_with_its_day_told():
    """"April's is moved to the Saturday before Easter, 9th" (informal24-blind A: the Saturday a week before Holy
    Saturday, as the writer's 9th says): of that weekday's days on that side, the one whose day of the month is told;
    a day told that none of them has leaves the first one (as without it); ", 10-1" (hours) is no day told."""
    cases = []
    for ref in REFS:
        e = _next(from_easter(0), ref)
        if (e - ref).days < 30:
            continue
        for wd, k in ((6, 0), (6, 1), (5, 1), (4, 2)):
            day = _weekday_from(e, wd, -1) - timedelta(days=7 * k)
            name = WEEKDAY[wd - 1]
            cases.append((f"April's is moved to the {name} before Easter, {_ordinal(day.day)}, as the library's shut", ref,
                          f"the {name} before Easter", _d(day)))
            after = _weekday_from(e, wd, 1) + timedelta(days=7 * k)
            cases.append((f"we'll do the {name} after Easter (the {_ordinal(after.day)}) instead", ref,
                          f"the {name} after Easter", _d(after)))
        cases.append(("we'll open the Saturday before Easter, 10-1 as usual", ref, "the Saturday before Easter", _d(e - timedelta(days=1))))
        wrong = (e - timedelta(days=1) + timedelta(days=3)).day   # a day none of the Saturdays before Easter has
        cases.append((f"we'll open the Saturday before Easter, {_ordinal(wrong)}, as usual", ref, "the Saturday before Easter",
                      _d(e - timedelta(days=1))))
    check(cut_cases(cases))


# ---- "Easter Monday week" -------------------------------------------------------------------------------------------
WEEK_NAMES = [("Easter Monday week", from_easter(8)), ("Whit Monday week", from_easter(57))]


def test_a_monday_holiday_week_is_a_week_after_it():
    cases = []
    for ref in REFS:
        for name, day in WEEK_NAMES:
            if _near(day, ref, 14):
                continue
            for text in (f"I'm back {name}, sort it then", f"school goes back {name}", f"can we do {name} instead?"):
                cases.append((text, ref, name, _d(_next(day, ref))))
            cases.append((f"we came home {name}, it was lashing", ref, name, _d(_last(day, ref))))
    check(cases)


# ---- a Monday holiday with "Monday" after it ------------------------------------------------------------------------
MONDAY_HOLIDAYS = [("the August bank holiday Monday", "August bank holiday Monday", nth(8, 1, -1)),
                   ("the summer bank holiday Monday", "summer bank holiday Monday", nth(8, 1, -1)),
                   ("the Spring bank holiday Monday", "Spring bank holiday Monday", nth(5, 1, -1))]


def test_a_monday_holiday_with_monday_after_it():
    cases = []
    for ref in REFS:
        for phrase, expr, day in MONDAY_HOLIDAYS:
            if _near(day, ref, 14):
                continue
            for text in (f"{phrase} we're off to the coast", f"are you working {phrase}?"):
                cases.append((text, ref, expr, _d(_next(day, ref))))
            cases.append((f"{phrase} was a washout", ref, expr, _d(_last(day, ref))))
    check(cases)


# ---- Quebec's St-Jean and moving day ------------------------------------------------------------------------------
QC_PLAN = [
    ("also FYI St-Jean is a holiday so i'll be useless, the movers come to Rosemont after. Montreal in June lol", "St-Jean"),
    ("on se voit à la St-Jean à Montréal?", "St-Jean"),
    ("are you going to the parade for la Saint-Jean in Quebec City?", "Saint-Jean"),
    ("the Fête nationale is a holiday in Québec, the bank's shut", "Fête nationale"),
    ("Moving day is crazy in Montreal, every truck in the city is booked", "Moving day"),
    ("our lease ends June 30 so we're out on moving day like half of Quebec", "moving day"),
    ("Déménagement Gagnon: we're fully booked for moving day, sorry!", "moving day"),
]
QC_PAST = [
    ("St-Jean was wild in Quebec City, we didn't sleep", "St-Jean"),
    ("moving day was hell in Montreal, the stairs alone took an hour", "moving day"),
]


def test_quebec_days_with_a_quebec_frame():
    cases = []
    for ref in REFS:
        for text, expr in QC_PLAN + QC_PAST:
            day = fixed(7, 1) if expr.lower() == "moving day" else fixed(6, 24)
            if _near(day, ref, 14):
                continue
            want = _next(day, ref) if (text, expr) in QC_PLAN else _last(day, ref)
            cases.append((text, ref, expr, _d(want)))
    check(cases)


def test_quebec_days_elsewhere_stay_untagged():
    """No Quebec frame, a possessive's own move, a street, a town, a greeting (the fresh gold leaves "Bonne Saint-Jean")."""
    cases = []
    for ref in REFS[:12]:
        for text, expr in (("moving day at the Open, he shot 65 and leads by two", "moving day"),
                           ("Saturday is moving day at Augusta", "moving day"),
                           ("our moving day went fine, Leeds is lovely", "moving day"),
                           ("my moving day in Montreal is the 15th, not July 1", "moving day"),
                           ("we walked rue St-Jean in Québec all afternoon", "St-Jean"),
                           ("we drove through St-Jean-sur-Richelieu on the way to Montreal", "St-Jean"),
                           ("😂 Bonne Saint-Jean from Montréal!", "Saint-Jean"),
                           ("Since St Jean on the 28th that's 287km", "St Jean"),
                           ("we start the Camino at St-Jean Pied de Port", "St-Jean")):
            cases.append((text, ref, expr, None))
    check(cases)


# ---- read before this section: controls -------------------------------------------------------------------------
def test_controls_read_before():
    cases = []
    for ref in REFS:
        e_next = _next(from_easter(0), ref)
        if not _near(from_easter(0), ref, 14):
            cases.append(("We fly out the Monday before Easter", ref, "the Monday before Easter", _d(e_next - timedelta(days=6))))
            cases.append(("I'll be back at work the Tuesday after Easter Monday", ref, "the Tuesday after Easter Monday",
                          _d(e_next + timedelta(days=2))))
        if not _near(fixed(12, 26), ref, 14):
            cases.append(("the day after Boxing Day is always dead", ref, "the day after Boxing Day",
                          _d(_next(fixed(12, 27), ref))))
            cases.append(("we'll be out on Christmas Eve eve, back late", ref, "Christmas Eve eve", _d(_next(fixed(12, 23), ref))))
        if not _near(fixed(3, 17), ref, 14):
            cases.append(("what are you doing for Paddy's Day?", ref, "Paddy's Day", _d(_next(fixed(3, 17), ref))))
            cases.append(("the day before Paddy's Day we fly into Dublin", ref, "the day before Paddy's Day",
                          _d(_next(fixed(3, 16), ref))))
        tg = nth(11, 4, 4)
        if not _near(tg, ref, 14):
            sat = _next(tg, ref) + timedelta(days=2)
            cases.append(("we're going up to see my folks in the US the weekend after Thanksgiving", ref,
                          "the weekend after Thanksgiving", _weekend(sat)))
        # lower-case "the twelfth": a day of the month (this month's if still to come, else the next month's)
        twelfth_day = ref.replace(day=12) if ref.day < 12 else (ref.replace(day=1) + timedelta(days=32)).replace(day=12)
        if ref.day != 12:
            cases.append(("see you on the twelfth", ref, "the twelfth", _d(twelfth_day)))
    check(cut_cases(cases))


def test_look_alikes_stay_untagged():
    cases = []
    for ref in REFS[:12]:
        for text, expr in (("I saw Twelfth Night at the Globe", "Twelfth Night"),
                           ("he was on the fourth lap when it went", "the fourth"),
                           ("she came in fourth, gutted for her", "fourth"),
                           ("Christmas Monday is no thing", "Christmas Monday")):
            cases.append((text, ref, expr, None))
    check(cases)


def test_catalogue_cases():
    """The rows of §117's rules table, as quoted there (values from the calendar: Easter 2025 is 20 April, the Twelfth
    2026 a Sunday kept on Monday the 13th, 7 October a Monday in 2024, the last Monday of August 2025 the 25th)."""
    e25 = easter(2025)
    check(cut_cases([
        ("⚠ Queen's Birthday (Monday 13 June): hours might differ", date(2022, 5, 31), "Queen's Birthday", _d(date(2022, 6, 13))),
        ("Labour Day - Monday 7 October - offices closed", date(2025, 3, 5), "Labour Day", _d(date(2024, 10, 7))),
        ("reminder, Labour Day: March 19, no bins that day", date(2025, 3, 3), "Labour Day", _d(date(2025, 3, 19))),
        ("We're off to Belfast for the Saturday after the Twelfth", date(2025, 3, 3), "the Saturday after the Twelfth",
         _d(date(2025, 7, 19))),
        ("the day after the Twelfth is always dead in Derry", date(2026, 3, 3), "the day after the Twelfth", _d(date(2026, 7, 14))),
        ("I'm back Easter Monday week", date(2025, 3, 3), "Easter Monday week", _d(e25 + timedelta(days=8))),
        ("school goes back Whit Monday week", date(2025, 3, 3), "Whit Monday week", _d(e25 + timedelta(days=57))),
        ("the August bank holiday Monday we're off to the coast", date(2025, 3, 3), "August bank holiday Monday",
         _d(date(2025, 8, 25))),
        ("the summer bank holiday Monday was a washout", date(2025, 9, 10), "summer bank holiday Monday", _d(date(2025, 8, 25))),
        ("April's is moved to the Saturday before Easter, 9th, as the library's shut", date(2022, 4, 7),
         "the Saturday before Easter", _d(date(2022, 4, 9))),
    ]))
