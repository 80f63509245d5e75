"""Bank holidays and public holidays by nation, and a weekday told from a holiday (thirty-sixth session, bankhol37;
docs/informal-time.md §143): Ireland's bank holidays in an Irish voice the lexicon had no cue of (a councillor and a TD,
the Gardaí, Tidy Towns, the Leaving Cert, Junior Infants, Co. Clare, Irish towns), "the Saturday after the bank
holiday" and "the Friday before Family Day" (a weekday told from a set's holiday or a nation's, read in the writer's
voice), Bermuda's Cup Match holidays (Emancipation Day the Thursday before the first Monday of August, Mary Prince Day
the Friday) in a Bermudian voice, a nation-only holiday under a page's place named further back than the voice's
window ("Will be back for Family Day next Monday!" far below an Ottawa listing's title), "Last New Year" and "next New
Year"; and what keeps its reading or stays untagged ("the bank holiday" with no nation: England and Wales', "holiday"
alone, "a bank ...").

The sentences are this session's own, in Irish, English, Scottish, Bermudian, Canadian and US voices; the days of
writing are spread over 2023-2030. Every value is computed here from the calendar and the statutes (``datetime``,
``dateutil.easter``): Ireland's bank holidays (New Year's Day, St Brigid's Day from 2023 -- the first Monday of February,
or 1 February when a Friday --, St Patrick's Day, Easter Monday, the first Mondays of May, June and August, the last
Monday of October, Christmas and St Stephen's Day), England and Wales' (New Year's Day, Good Friday, Easter Monday, the
first and last Mondays of May, the last Monday of August, Christmas and Boxing Day), Bermuda's Public Holidays Act,
Canada's Labour Day and Thanksgiving and Ontario's Family Day, the US Labor Day and Thanksgiving; never read from the
lexicon."""
from __future__ import annotations

from datetime import date, timedelta

from dateutil.easter import easter
from gridcheck import check, check_untagged, england, fixed, ireland, nth, nth_weekday
from gridcheck import cut, cut_cases
from gridcheck import date_value as _d, last_of as _last, next_of as _next


def days_of(country, ref: date) -> list[date]:
    return sorted(d for y in (ref.year - 1, ref.year, ref.year + 1) for d in country(y))


def next_in(country, ref: date, mondays: bool = False) -> date:
    return next(d for d in days_of(country, ref) if d > ref and (not mondays or d.isoweekday() == 1))


def last_in(country, ref: date) -> date:
    return next(d for d in reversed(days_of(country, ref)) if d < ref)


def weekend_before(monday: date) -> tuple[str, str]:
    """The long weekend of a Monday holiday: the ISO week of its Saturday."""
    y, w, _ = (monday - timedelta(days=2)).isocalendar()
    return "DATE", f"{y:04d}-W{w:02d}-WE"


def weekday_from(day: date, wd: int, side: int) -> date:
    """The first such weekday (1 = Monday) after (side 1) or before (side -1) the holiday's day."""
    if side > 0:
        return day + timedelta(days=(wd - day.isoweekday()) % 7 or 7)
    return day - timedelta(days=(day.isoweekday() - wd) % 7 or 7)


# days of writing: every weekday of two weeks, the 12th and the 28th of each month of 2024-2026, month and year ends,
# a leap day
REFS = sorted({date(2024, 3, 4) + timedelta(days=k) for k in range(14)}
              | {date(y, m, d) for y in (2024, 2025, 2026) for m in range(1, 13) for d in (12, 28)}
              | {date(2024, 2, 29), date(2025, 12, 31), date(2026, 4, 30), date(2027, 1, 9), date(2028, 7, 19), date(2029, 9, 3)})


def clear_of(country, ref: date, days: int = 8) -> bool:
    """The day of writing at least ``days`` from any of the country's holidays (a weekday told from "the bank holiday"
    written the week after one is read from the one to come in a plan: the grids keep clear of that week)."""
    return all(abs((x - ref).days) >= days for x in days_of(country, ref))


# ---- A: an Irish voice the lexicon had no cue of ---------------------------------------------------------------
IRISH_PLANS = ["Cllr Murphy says the approach roads in Navan will be done b4 the bank holiday",
               "Thanks to our local TD, the footpath is to be finished before the bank holiday",
               "The Gardaí will be out on the roads over the bank holiday, slow down",
               "Tidy Towns volunteers will be needed the bank holiday, bring gloves",
               "Junior Infants and Senior Infants are back after the bank holiday",
               "Leaving Cert grinds continue over the bank holiday",
               "The road will be closed in Ennis, Co. Clare until the bank holiday",
               "the Drogheda and Dundalk buses run a Sunday service on the bank holiday",
               "Mullingar market is on as usual the bank holiday, all welcome"]
IRISH_PAST = ["The Gardaí were busy over the bank holiday", "Tidy Towns had a great turnout the bank holiday, thanks all",
              "Our TD came out to see the works before the bank holiday"]
IRISH_WEEKEND = ["I'm away the bank holiday weekend, Tidy Towns meeting is moved",
                 "Cllr Walsh and the TD will be at the fete the bank holiday weekend",
                 "Gardaí will have checkpoints out over the bank holiday weekend"]
IRISH_MONDAY = ["Tidy Towns clean-up is on bank holiday Monday, 10am at the church",
                "the Gardaí station is closed bank holiday Monday"]


def test_an_irish_voice_the_lexicon_lacked_means_irelands_bank_holidays():
    cases = []
    for ref in REFS:
        if ref in days_of(ireland, ref) or ref in days_of(england, ref):
            continue
        for text in IRISH_PLANS:
            expr = "bank holiday"
            cases.append((text, ref, expr, _d(next_in(ireland, ref))))
        for text in IRISH_PAST:
            cases.append((text, ref, "bank holiday", _d(last_in(ireland, ref))))
        mon = next_in(ireland, ref, mondays=True)
        nxt = next_in(ireland, ref)
        if nxt == mon:
            for text in IRISH_WEEKEND:
                cases.append((text, ref, "bank holiday weekend", weekend_before(mon)))
        for text in IRISH_MONDAY:
            cases.append((text, ref, "bank holiday Monday", _d(mon)))
    check(cases)


# ---- B: a weekday, a day or a weekend told from the bank holiday, in the writer's voice ----------------------------
AROUND_PLANS = [("we have a blitz in Kerry the {wd} after the bank holiday", 1),
                ("the GAA club's fundraiser is the {wd} before the bank holiday", -1),
                ("hoping to have it done the {wd} b4 the bank holiday, lads from Cork are helping", -1)]
AROUND_ENGLISH = [("we're in Leeds the {wd} after the bank holiday", 1),
                  ("the {wd} before the bank holiday I'm off to Bristol", -1)]
AROUND_NO_VOICE = [("we'll meet the {wd} after the bank holiday", 1)]
WD_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def test_a_weekday_told_from_the_bank_holiday():
    cases = []
    for ref in REFS:
        for frames, country in ((AROUND_PLANS, ireland), (AROUND_ENGLISH, england), (AROUND_NO_VOICE, england)):
            if not clear_of(country, ref):
                continue
            hol = next_in(country, ref)
            for frame, side in frames:
                for wd in (1, 2, 5, 6, 7):
                    text = frame.format(wd=WD_NAMES[wd - 1])
                    dirw = "after" if side > 0 else ("b4" if " b4 " in frame else "before")
                    expr = f"the {WD_NAMES[wd - 1]} {dirw} the bank holiday"
                    cases.append((text, ref, expr, _d(weekday_from(hol, wd, side))))
        if clear_of(ireland, ref):
            hol = next_in(ireland, ref)
            cases.append(("the weekend after the bank holiday we're in Galway", ref, "the weekend after the bank holiday",
                          weekend_before(hol + timedelta(days=(7 - hol.isoweekday()) % 7 or 7) + timedelta(days=1))))
            cases.append(("the day after the bank holiday the Dublin office reopens", ref, "the day after the bank holiday",
                          _d(hol + timedelta(days=1))))
    check(cut_cases(cases))


# ---- C: a weekday told from a nation's holiday, the nation near or in the voice ----------------------------------
CA_LABOUR = nth(9, 1, 1)
CA_THANKS = nth(10, 1, 2)
FAMILY = nth(2, 1, 3)
US_THANKS = nth(11, 4, 4)
NATION_AROUND = [("the kids are back at school the {wd} after Labour Day here in Toronto", CA_LABOUR, 1, "Labour Day"),
                 ("Winnipeg friends, the {wd} before Labour Day is our barbecue", CA_LABOUR, -1, "Labour Day"),
                 ("the {wd} before Family Day we close at noon (Ottawa, ON)", FAMILY, -1, "Family Day"),
                 ("Cottage in Muskoka is booked the {wd} after Thanksgiving", CA_THANKS, 1, "Thanksgiving"),
                 ("the {wd} after Labor Day is when we open again", nth(9, 1, 1), 1, "Labor Day"),
                 ("the {wd} before Thanksgiving we drive to Chicago", US_THANKS, -1, "Thanksgiving")]


def test_a_weekday_told_from_a_nations_holiday():
    cases = []
    for ref in REFS:
        for frame, day, side, name in NATION_AROUND:
            hol = _next(day, ref)
            if (hol - ref).days < 8 or (ref - _last(day, ref)).days <= 21 or ref == day(ref.year):
                continue   # (a present habit told within three weeks after the holiday reads the one just gone: not this grid's)
            for wd in (1, 3, 5, 6):
                text = frame.format(wd=WD_NAMES[wd - 1])
                expr = f"the {WD_NAMES[wd - 1]} {'after' if side > 0 else 'before'} {name}"
                cases.append((text, ref, expr, _d(weekday_from(hol, wd, side))))
    check(cut_cases(cases))


def _suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


# ---- D: Bermuda's Cup Match holidays in a Bermudian voice ----------------------------------------------------------
BDA_EMANCIPATION = nth(8, 1, 1, -4)
BDA_MARY_PRINCE = nth(8, 1, 1, -3)
BDA_PLAN = ["Thursday the {d} is Emancipation Day! Cup Match tickets sorted",
            "who's coming to St. George's for Emancipation Day? Cup Match is in the East End this year",
            "Emancipation Day we'll be at the field in Somerset for Cup Match, bring the cooler",
            "Bermuda fam, Emancipation Day plans?"]
BDA_MP_PLAN = ["Mary Prince Day we're out on the boat, Cup Match on the radio",
               "Mary Prince Day is the second day of Cup Match this year"]
BDA_PAST = ["Emancipation Day was a vibe, Cup Match never disappoints", "we spent Emancipation Day in St. George's, Cup Match was hot"]


def test_bermudas_cup_match_holidays():
    cases = []
    for y in range(2024, 2031):
        em, mp = BDA_EMANCIPATION(y), BDA_MARY_PRINCE(y)
        for ref in (date(y, 6, 20), date(y, 7, 3), date(y, 7, 14), date(y, 7, 21)):
            for frame in BDA_PLAN:
                cases.append((frame.format(d=f"{em.day}{_suffix(em.day)}"), ref, "Emancipation Day", _d(em)))
            for frame in BDA_MP_PLAN:
                cases.append((frame, ref, "Mary Prince Day", _d(mp)))
        for ref in (date(y, 8, 12), date(y, 8, 24), date(y, 9, 8)):
            for frame in BDA_PAST:
                cases.append((frame, ref, "Emancipation Day", _d(em)))
    check(cases)


# ---- E: a nation-only holiday under a page's place named further back --------------------------------------------
FILLER = "Clean place, friendly host, lots of parking and a kitchen with everything you need. "
PAGE_HEADS = ["Cozy 2BR near Parliament Hill - Ottawa\n\n", "Lakeside cabin, Barrie ON\n\n", "Toronto Loft (Liberty Village)\n\n"]
FAR_PLANS = ["Will be back for Family Day next Monday!", "Family Day we open early at 8, come by for coffee.",
             "See you all again on Family Day!"]


def test_a_nation_only_holiday_under_a_pages_place():
    cases = []
    for y in range(2024, 2031):
        fam = FAMILY(y)
        for ref in (fam - timedelta(days=7), fam - timedelta(days=3), fam - timedelta(days=20), date(y, 1, 5)):
            for head in PAGE_HEADS:
                for n in (8, 14, 25):
                    for frame in FAR_PLANS:
                        cases.append((head + FILLER * n + frame, ref, "Family Day", _d(fam)))
    check(cases)


# ---- F: last and next New Year ----------------------------------------------------------------------------------
NEW_YEAR = [("Last New Year was such a good trip", "Last New Year", -1), ("last new year we stayed in Galway", "last new year", -1),
            ("Next New Year we're going to Edinburgh", "Next New Year", 1), ("can't wait for next New Year, Sydney here we come", "next New Year", 1)]


def test_last_and_next_new_year():
    cases = []
    for ref in REFS:
        if ref.month == 1 and ref.day == 1:
            continue
        for text, expr, side in NEW_YEAR:
            day = _last(fixed(1, 1), ref) if side < 0 else _next(fixed(1, 1), ref)
            cases.append((text, ref, expr, _d(day)))
    check(cases)


# ---- G: what keeps its reading or stays untagged ------------------------------------------------------------------
NO_NATION = ["we'll sort it before the bank holiday", "any plans for the bank holiday?"]


def test_no_nation_keeps_england_and_wales():
    cases = []
    for ref in REFS:
        if ref in days_of(england, ref):
            continue
        for text in NO_NATION:
            cases.append((text, ref, "bank holiday", _d(next_in(england, ref))))
    check(cases)


NEGATIVES = [("I'm on holiday next week, back on the 20th", ["holiday", "on holiday"]),
             ("a bank manager rang on the holiday", ["bank", "holiday", "the holiday"]),
             ("a bank statement from the TD's office", ["bank"]),
             ("booked a holiday to Kerry, can't wait", ["holiday", "a holiday"]),
             ("the Saturday after the bank opens we'll go", ["the Saturday after the bank"]),
             ("Emancipation Day", ["Emancipation Day"]),
             ("Mary Prince was born in Bermuda", ["Mary Prince"]),
             ("happy new year everyone", ["new year"]),
             ("the last new year of the war", ["last new year", "new year"]),
             ("Family Day was fun", ["Family Day"]),
             ("a family day out at the beach", ["family day"]),
             ("the Monday after Labour Day", ["the Monday after Labour Day"])]


def test_negatives():
    refs = [date(2024, 3, 6), date(2025, 7, 20), date(2026, 11, 2), date(2027, 5, 12)]
    check_untagged(NEGATIVES, refs)


def test_the_sections_own_cases():
    """§143's quoted cases on the days of writing the brief names (values from the calendar above)."""
    cases = [("Great news from the Tidy Towns, hoping to get the approach roads done b4 the bank holiday", date(2023, 5, 27),
              "bank holiday", _d(date(2023, 6, 5))),
             ("Tidy Towns: I'm away the bank holiday weekend so no meeting", date(2023, 5, 27), "bank holiday weekend",
              weekend_before(date(2023, 6, 5))),
             ("Gardaí: the Saturday after the bank holiday the road reopens", date(2023, 5, 27),
              "the Saturday after the bank holiday", _d(date(2023, 6, 10))),
             ("Thursday the 30th is Emancipation Day! Cup Match this year", date(2026, 7, 20), "Emancipation Day",
              _d(date(2026, 7, 30))),
             ("Cozy 2BR near Parliament Hill - Ottawa\n\n" + FILLER * 12 + "Will be back for Family Day next Monday!",
              date(2026, 2, 9), "Family Day", _d(date(2026, 2, 16))),
             ("Last New Year was such a good trip", date(2026, 6, 9), "Last New Year", _d(date(2026, 1, 1))),
             ("the kids are back at school the Tuesday after Labour Day here in Toronto", date(2025, 8, 10),
              "the Tuesday after Labour Day", _d(date(2025, 9, 2)))]
    check(cut_cases(cases))
