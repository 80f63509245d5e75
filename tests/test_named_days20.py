"""Named days that are not the weekday or the holiday their words say (twentieth session, the lead;
docs/informal-time.md, the section "Named days"): "Super Bowl Sunday", "Selection Sunday", "Throwback
Thursday", "Blue Monday" are names, not the Sunday or Thursday nearest the day of writing (a wrong date
where there was none); "Giving Tuesday", "Small Business Saturday" and "Fat Tuesday" are days of the
calendar; "Independence Day" next to a nation's name is that nation's day, not the Fourth of July.
The sentences are this session's own; every value is computed here from the calendar (Thanksgiving the
fourth Thursday of November, Easter from dateutil), the nations' days written here apart from the lexicon."""
from __future__ import annotations

from datetime import date, timedelta

from dateutil.easter import easter
from gridcheck import check, found

REFS = [date(2025, 6, 2) + timedelta(days=k) for k in range(7)] + \
       [date(2026, 3, 9) + timedelta(days=k) for k in range(7)] + \
       [date(2025, 12, 31), date(2026, 11, 27), date(2027, 2, 14), date(2028, 2, 29)]


def thanksgiving(year: int) -> date:
    first = date(year, 11, 1)
    return first + timedelta(days=(3 - first.weekday()) % 7 + 21)


NAMED_WEEKDAYS = ["Super Bowl Sunday", "Selection Sunday", "Throwback Thursday", "Blue Monday", "Travel Tuesday",
                  "Trinity Sunday", "Plough Monday", "Manic Monday"]
NAMED_FRAMES = ["We watched it all on {n}.", "{n} is always a big one for us", "Posted for {n}: the old photos",
                "Happy {n} everyone!"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def named_weekday_cases():
    """(text, day of writing, the weekday's word, None): the name's weekday must not be tagged alone."""
    return [(f.format(n=n), ref, n.split()[-1], None) for ref in REFS for n in NAMED_WEEKDAYS for f in NAMED_FRAMES]


def plain_weekday_cases():
    """The control: the same weekdays after ordinary words, the names' words elsewhere in the sentence, keep
    their reading (the next one after "see you")."""
    cases = []
    for ref in REFS:
        for wd, name in enumerate(WEEKDAYS, 1):
            want = ("DATE", (ref + timedelta(days=(wd - ref.isoweekday()) % 7 or 7)).isoformat())
            cases.append((f"See you on {name} then.", ref, name, want))
            cases.append((f"Blue skies for the Selection day, see you {name}!", ref, name, want))
    return cases


def thanksgiving_easter_cases():
    cases = []
    for year in range(2018, 2033):
        tg = thanksgiving(year)
        for name, day in (("Giving Tuesday", tg + timedelta(days=5)), ("Small Business Saturday", tg + timedelta(days=2)),
                          ("Fat Tuesday", easter(year) - timedelta(days=47))):
            cases.append((f"Our figures for {name} {year} were the best yet.", date(2033, 6, 1), f"{name} {year}",
                          ("DATE", day.isoformat())))
    return cases


# the nations' days (the day each nation keeps as its Independence Day), written here apart from the lexicon
NATIONS = {("Nigeria", "Nigerian"): (10, 1), ("India", "Indian"): (8, 15), ("Pakistan", "Pakistani"): (8, 14),
           ("Ghana", "Ghanaian"): (3, 6), ("Mexico", "Mexican"): (9, 16), ("Ukraine", "Ukrainian"): (8, 24),
           ("the Philippines", "Philippine"): (6, 12), ("Kenya", "Kenyan"): (12, 12), ("Jamaica", "Jamaican"): (8, 6),
           ("Brazil", "Brazilian"): (9, 7), ("Indonesia", "Indonesian"): (8, 17), ("America", "American"): (7, 4)}


def nation_cases():
    cases = []
    for (country, adjective), (mo, d) in NATIONS.items():
        possessive = country[4:] if country.startswith("the ") else country
        for year in (2019, 2024, 2027):
            want = ("DATE", date(year, mo, d).isoformat())
            cases += [(f"{possessive}'s Independence Day {year} was a public holiday.", date(2030, 1, 9),
                       f"Independence Day {year}", want),
                      (f"Crowds gathered for {adjective} Independence Day {year} in the capital.", date(2030, 1, 9),
                       f"Independence Day {year}", want),
                      # a greeting on the day itself: that day
                      (f"Happy Independence Day, {country}!", date(year, mo, d), "Independence Day", want),
                      (f"Happy Independence Day to everyone in {country} 🎉", date(year, mo, d), "Independence Day", want)]
    return cases


def no_nation_cases():
    cases = []
    for year in (2019, 2024, 2027):
        cases.append((f"The fireworks on Independence Day {year} were cancelled.", date(2030, 1, 9),
                      f"Independence Day {year}", ("DATE", f"{year}-07-04")))
        # Israel's Independence Day follows the Hebrew calendar: no Gregorian day, so no date at all
        for text in (f"Israel's Independence Day {year} was marked with flypasts.",
                     f"Israeli Independence Day {year} was marked with flypasts."):
            cases.append((text, date(2030, 1, 9), f"Independence Day {year}", None))
    return cases


def test_named_weekdays_are_not_the_weekday():
    check(named_weekday_cases())


def test_the_plain_weekday_is_still_a_weekday():
    check(plain_weekday_cases())


def test_days_of_thanksgiving_week_and_of_easter():
    check(thanksgiving_easter_cases())


def test_independence_day_of_a_nation():
    check(nation_cases())


def test_the_catalogue_cases_of_a_nation():
    # the cases docs/informal-time.md quotes, as it quotes them
    check([("Happy Independence Day, Nigeria!", date(2025, 10, 1), "Independence Day", ("DATE", "2025-10-01")),
           ("Nigeria's Independence Day was quiet this year.", date(2025, 11, 3), "Independence Day", ("DATE", "2025-10-01")),
           ("Happy Independence Day to everyone in Kenya", date(2024, 12, 12), "Independence Day", ("DATE", "2024-12-12"))])


def test_independence_day_without_a_nation_and_with_a_moving_one():
    check(no_nation_cases())
