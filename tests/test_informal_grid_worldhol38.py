"""Public holidays of any nation said by name (thirty-seventh session, worldhol38; docs/informal-time.md §149): names the
lexicon's tables do not hold, read from the holidays package's public holidays of every nation (temporal/worldhol.py):
the Northern Territory's Picnic Day, the Isle of Man's Tynwald Day, Kenya's Madaraka and Mashujaa Days, Hawaii's
Kamehameha Day; names several nations keep on different days, dated by the nation the text names near them (Heroes Day:
Jamaica's National Heroes Day, Namibia's Heroes' Day, Zambia's; Farmers' Day: Ghana's National Farmers' Day, Zambia's;
Women's Day: South Africa's National Women's Day); the lexicon's nation-only names whose nation its tables do not hold
("Youth Day in Zambia", Jamaica's "Labour Day"); "last", "next", the tense, "<name> long weekend" (the ISO weekend: a
Monday's the one before it, another day's that of its week), "every <name>" (a SET); and what stays untagged (a greeting,
an event noun after the name, a name its nations keep apart with no nation named, a school's "Sports Day").

The sentences are this session's own, in Territorian, Manx, Kenyan, Hawaiian, Jamaican, Namibian, Zambian, Ghanaian and
South African voices; the days of writing are spread over 2023-2027. Every value is computed here from the calendar and
the statutes (``datetime``): the NT Public Holidays Act (Picnic Day the first Monday of August), the Isle of Man's 5 July,
Kenya's Constitution (1 June, 20 October), Hawaii's 11 June, Jamaica's Holidays (Public General) Act (National Heroes Day
the third Monday of October, Labour Day 23 May), Namibia's 26 August, Zambia's Public Holidays Act (Heroes' Day the first
Monday of July, Farmers' Day the first Monday of August, Youth Day 12 March), Ghana's Public Holidays Act (National
Farmers' Day the first Friday of December), South Africa's Public Holidays Act (Women's Day 9 August, Youth Day 16 June);
never read from the package or the lexicon."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, check_untagged, nth_weekday
from gridcheck import date_value as _d


def fixed(m, d):
    return lambda y: date(y, m, d)


def nth(m, wd, n):
    return lambda y: nth_weekday(y, m, wd, n)


PICNIC, TYNWALD, MADARAKA, MASHUJAA, KAMEHAMEHA = nth(8, 1, 1), fixed(7, 5), fixed(6, 1), fixed(10, 20), fixed(6, 11)
JM_HEROES, NA_HEROES, ZM_HEROES = nth(10, 1, 3), fixed(8, 26), nth(7, 1, 1)
GH_FARMERS, ZM_FARMERS = nth(12, 5, 1), nth(8, 1, 1)
ZA_WOMEN, ZA_YOUTH, ZM_YOUTH, JM_LABOUR = fixed(8, 9), fixed(6, 16), fixed(3, 12), fixed(5, 23)

# days of writing: the 3rd, 12th and 25th of each month of 2023-2026, and year ends
REFS = sorted({date(y, m, d) for y in (2023, 2024, 2025, 2026) for m in range(1, 13) for d in (3, 12, 25)}
              | {date(2024, 12, 31), date(2026, 12, 31), date(2027, 1, 2)})


def days(hol, ref):
    return sorted(hol(y) for y in (ref.year - 1, ref.year, ref.year + 1))


def next_of(hol, ref):
    return next(x for x in days(hol, ref) if x > ref)


def last_of(hol, ref):
    return next(x for x in reversed(days(hol, ref)) if x < ref)


def near(hol, ref, n=15):
    """The day of writing within ``n`` days of the holiday (a past verb a fortnight before it, a plan the day after
    it: readings the grids keep clear of)."""
    return any(abs((x - ref).days) < n for x in days(hol, ref))


def weekend_of(day):
    """A holiday's long weekend as the fresh conventions write it: a Monday's the ISO weekend before it, a Friday's the
    one after it, a Saturday's or a Sunday's its own."""
    y, w, _ = (day - timedelta(days=1) if day.isoweekday() == 1 else day).isocalendar()
    return "DATE", f"{y:04d}-W{w:02d}-WE"


# (holiday, name as written, cue sentence put after the frame ("" where the name is one nation's))
ONE_NATION = [(PICNIC, "Picnic Day", ""), (TYNWALD, "Tynwald Day", ""), (MADARAKA, "Madaraka Day", ""),
              (MASHUJAA, "Mashujaa Day", ""), (KAMEHAMEHA, "Kamehameha Day", "")]
BY_NATION = [(JM_HEROES, "Heroes Day", " Kingston traffic is always mad."), (JM_HEROES, "Heroes' Day", " Jamaica nice that time."),
             (NA_HEROES, "Heroes' Day", " Windhoek is always quiet."), (ZM_HEROES, "Heroes Day", " Lusaka always shuts down."),
             (GH_FARMERS, "National Farmers' Day", " Accra is always busy then."), (GH_FARMERS, "Farmers' Day", " The trip is 200 cedis."),
             (ZM_FARMERS, "Farmers' Day", " Here in Zambia it's always a Monday."),
             (ZA_WOMEN, "Women's Day", " Cape Town is always packed."), (ZA_WOMEN, "WOMEN'S DAY", " South Africans love a braai."),
             (ZM_YOUTH, "Youth Day", " Here in Zambia schools close."), (JM_LABOUR, "Labour Day", " Jamaica does clean-up projects.")]

FUTURE = ["will the buses run on {h}?", "are the shops open on {h}?", "we're heading to the beach for {h}.", "can't wait for {h}!!"]
PAST = ["{h} was quiet.", "the shops were shut on {h}.", "we had a picnic on {h} and it rained."]


def test_one_nations_holidays_by_tense():
    cases = []
    for hol, name, cue in ONE_NATION + BY_NATION:
        for ref in REFS:
            if near(hol, ref):
                continue   # (a present plan a fortnight after one is of that one, as every holiday is read: §138)
            for frame in FUTURE:
                cases.append((frame.format(h=name) + cue, ref, name, _d(next_of(hol, ref))))
            if True:
                for frame in PAST:
                    cases.append((frame.format(h=name) + cue, ref, name, _d(last_of(hol, ref))))
    check(cases)


def test_last_and_next():
    cases = []
    for hol, name, cue in ONE_NATION + BY_NATION:
        for ref in REFS:
            if near(hol, ref, 1):
                continue
            cases.append((f"shops were shut last {name}." + cue, ref, f"last {name}", _d(last_of(hol, ref))))
            cases.append((f"see you next {name}!" + cue, ref, f"next {name}", _d(next_of(hol, ref))))
    check(cases)


def test_long_weekend():
    cases = []
    for hol, name, cue in ONE_NATION + BY_NATION:
        for ref in REFS:
            if near(hol, ref):
                continue
            cases.append((f"we're driving up for the {name} long weekend." + cue, ref, f"{name} long weekend", weekend_of(next_of(hol, ref))))
            if not near(hol, ref):
                cases.append((f"Came through on the {name} long weekend." + cue, ref, f"{name} long weekend",
                              weekend_of(last_of(hol, ref))))
    check(cases)


def test_every_is_a_set():
    cases = []
    for ref in REFS[::6]:
        cases += [("I went every Tynwald Day from 1972", ref, "every Tynwald Day", ("SET", "XXXX-07-05")),
                  ("we go to the beach every Heroes Day in Jamaica", ref, "every Heroes Day", ("SET", "XXXX-10-WXX-1")),
                  ("every Picnic Day we drive down to Darwin", ref, "every Picnic Day", ("SET", "XXXX-08-WXX-1")),
                  ("each Kamehameha Day the family comes", ref, "each Kamehameha Day", ("SET", "XXXX-06-11"))]
    check(cases)


def test_the_year_named():
    cases = []
    for ref in REFS[::4]:
        for y in (2019, 2022, 2026):
            cases.append((f"Picnic Day {y} was a scorcher", ref, f"Picnic Day {y}", _d(PICNIC(y))))
            cases.append((f"Tynwald Day, {y}", ref, f"Tynwald Day, {y}", _d(TYNWALD(y))))
    check(cases)


NEGATIVES = [("Happy Heroes Day! Kingston stand up", ["Heroes Day", "Happy Heroes Day"]),
             ("Happy Kamehameha Day Hawaii!", ["Kamehameha Day"]),
             ("the Picnic Day races were on at Fannie Bay", ["Picnic Day"]),
             ("Farmers' Day durbar in Accra was lovely", ["Farmers' Day"]),
             ("FARMERS' DAY NOTICE: Accra office", ["FARMERS' DAY"]),
             ("Tynwald Day buses are free", ["Tynwald Day"]),
             ("Heroes Day plans?", ["Heroes Day"]),
             ("Farmers' Day was good", ["Farmers' Day"]),
             ("Women's Day was lovely, flowers everywhere", ["Women's Day"]),
             ("Sports Day at school is on the field", ["Sports Day"]),
             ("Open Day at the college", ["Open Day"]),
             ("a picnic day out at the beach", ["picnic day", "day"]),
             ("Emancipation Day", ["Emancipation Day"]),
             ("Family Day was fun", ["Family Day"])]


def test_negatives():
    refs = [date(2024, 3, 6), date(2025, 7, 20), date(2026, 11, 2)]
    check_untagged(NEGATIVES, refs)


def test_the_sections_own_cases():
    """§149's quoted cases on the days of writing they name (values from the calendar above)."""
    cases = [("drive back Monday since it's Picnic Day", date(2025, 7, 28), "Picnic Day", _d(date(2025, 8, 4))),
             ("shops were shut last Picnic Day", date(2025, 9, 1), "last Picnic Day", _d(date(2025, 8, 4))),
             ("Is the bus running normal on Tynwald Day?", date(2024, 3, 2), "Tynwald Day", _d(date(2024, 7, 5))),
             ("Heroes Day next Monday so we doing the beach or not? Kingston traffic gonna be mad", date(2026, 10, 14),
              "Heroes Day", _d(date(2026, 10, 19))),
             ("Came through on the Women's Day long weekend, Cape Town was packed", date(2024, 8, 20),
              "Women's Day long weekend", ("DATE", "2024-W32-WE")),
             ("That was Emancipation Day last year in Jamaica", date(2026, 3, 1), "Emancipation Day", _d(date(2025, 8, 1))),
             ("we go to the beach every Heroes Day in Jamaica", date(2026, 3, 1), "every Heroes Day", ("SET", "XXXX-10-WXX-1")),
             ("National Farmers' Day in Ghana is Friday", date(2023, 11, 27), "National Farmers' Day", _d(date(2023, 12, 1))),
             ("Youth Day in Zambia, schools closed", date(2025, 3, 1), "Youth Day", _d(date(2025, 3, 12)))]
    check(cases)
