"""Holidays and named days as language data (twenty-first session, holidays22; docs/informal-time.md, the
section "Holidays of every calendar"): the days counted from Easter (Western and Orthodox), a nation's
Thanksgiving, Mother's, Father's, Labour and Memorial Day, a nation named further away from "Independence Day" or
by one of its cities, and the holidays of lunar and lunisolar calendars in years the lexicon's tables do not hold
(Diwali, Lunar New Year, the Hebrew holidays, the two Eids, Ramadan as a span), with the names that are no day.

The sentences are this session's own. Values: Easter from dateutil (Western and Orthodox computus), the
weekday holidays counted here from the calendar; the days of other calendars from the holidays package, which
is what the tagger reads too, so those cases test the reading (which year, which name, the span) and not the
package: the package itself is checked here against the lexicon's tables (written from lunardate, pyluach and
hijri-converter) where both hold a year, and against facts of the calendars that hold every year (15 Nisan to
1 Tishrei is 163 days; 1 Shawwal to 10 Dhu al-Hijja 67 to 69; a month of Ramadan 29 or 30 days)."""
from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from dateutil.easter import EASTER_ORTHODOX, easter
from gridcheck import check

from timeline_app.temporal import tag
from timeline_app.temporal.othercal import library_days

REFS = [date(2025, 1, 20), date(2025, 6, 10), date(2026, 3, 2), date(2026, 11, 20), date(2031, 5, 5), date(2033, 8, 14)]
YEARS = [2019, 2024, 2027, 2029, 2031, 2034, 2038]
LEX = json.loads((Path(__file__).resolve().parents[1] / "timeline_app/temporal/lang/en/lexicon.json").read_text())


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th (1-based; -1 the last) weekday (Monday 0) of the month."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    nxt = date(year + month // 12, month % 12 + 1, 1)
    last = nxt - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


# ---- days counted from Easter --------------------------------------------------------------------------
EASTER_DAYS = {"Good Friday": -2, "Easter Monday": 1, "Maundy Thursday": -3, "Palm Sunday": -7, "Ash Wednesday": -46,
               "Shrove Tuesday": -47, "Pancake Day": -47, "Pentecost": 49, "Whitsun": 49, "Whit Monday": 50,
               "Ascension Day": 39, "Holy Saturday": -1, "Whit Sunday": 49}


def easter_cases():
    cases = []
    for name, off in EASTER_DAYS.items():
        for y in YEARS:
            want = ("DATE", (easter(y) + timedelta(days=off)).isoformat())
            cases.append((f"We closed the shop on {name} {y}.", date(2040, 1, 9), f"{name} {y}", want))
            cases.append((f"Photos from {name} {y} are up now", date(2040, 1, 9), f"{name} {y}", want))
        for ref in REFS:
            days = sorted(easter(y) + timedelta(days=off) for y in (ref.year - 1, ref.year, ref.year + 1))
            nxt, last = next(d for d in days if d > ref), next(d for d in reversed(days) if d < ref)
            cases.append((f"See you next {name}!", ref, f"next {name}", ("DATE", nxt.isoformat())))
            cases.append((f"last {name} was freezing", ref, f"last {name}", ("DATE", last.isoformat())))
    for y in YEARS:
        orth = easter(y, EASTER_ORTHODOX)
        cases.append((f"Orthodox Easter {y} was a week after ours.", date(2040, 1, 9), f"Orthodox Easter {y}",
                      ("DATE", orth.isoformat())))
        cases.append((f"The Orthodox Good Friday {y} service ran late.", date(2040, 1, 9), f"Orthodox Good Friday {y}",
                      ("DATE", (orth - timedelta(days=2)).isoformat())))
    return cases


# ---- a nation's day ---------------------------------------------------------------------------------------
def nation_cases():
    cases = []
    for y in YEARS:
        ca_tg, us_tg = nth_weekday(y, 10, 0, 2), nth_weekday(y, 11, 3, 4)
        uk_md, us_md = easter(y) - timedelta(days=21), nth_weekday(y, 5, 6, 2)
        au_fd, us_fd = nth_weekday(y, 9, 6, 1), nth_weekday(y, 6, 6, 3)
        ref = date(2040, 1, 9)
        cases += [(f"Thanksgiving {y} in Canada fell on a wet weekend.", ref, f"Thanksgiving {y}", ("DATE", ca_tg.isoformat())),
                  (f"We flew home to Toronto for Thanksgiving {y}.", ref, f"Thanksgiving {y}", ("DATE", ca_tg.isoformat())),
                  (f"Canadians marked Thanksgiving {y} quietly.", ref, f"Thanksgiving {y}", ("DATE", ca_tg.isoformat())),
                  (f"Thanksgiving {y} in the US was busy for airlines.", ref, f"Thanksgiving {y}", ("DATE", us_tg.isoformat())),
                  (f"Thanksgiving {y} was busy for airlines.", ref, f"Thanksgiving {y}", ("DATE", us_tg.isoformat())),
                  (f"Mother's Day {y} in the UK came early.", ref, f"Mother's Day {y}", ("DATE", uk_md.isoformat())),
                  (f"Ireland's Mother's Day {y} was a Sunday in spring.", ref, f"Mother's Day {y}", ("DATE", uk_md.isoformat())),
                  (f"Florists in London were busy for Mother's Day {y}.", ref, f"Mother's Day {y}", ("DATE", uk_md.isoformat())),
                  (f"Mother's Day {y} in America was sunny.", ref, f"Mother's Day {y}", ("DATE", us_md.isoformat())),
                  (f"Father's Day {y} in Australia was a scorcher.", ref, f"Father's Day {y}", ("DATE", au_fd.isoformat())),
                  (f"Father's Day {y} in Canada was a scorcher.", ref, f"Father's Day {y}", ("DATE", us_fd.isoformat())),
                  (f"Labour Day {y} in Canada closed the schools.", ref, f"Labour Day {y}", ("DATE", nth_weekday(y, 9, 0, 1).isoformat())),
                  (f"Labour Day {y} in New Zealand was wet.", ref, f"Labour Day {y}", ("DATE", nth_weekday(y, 10, 0, 4).isoformat())),
                  (f"Labour Day {y} in Kenya brought the unions out.", ref, f"Labour Day {y}", ("DATE", f"{y}-05-01")),
                  (f"Labor Day {y} in the Philippines brought the unions out.", ref, f"Labor Day {y}", ("DATE", f"{y}-05-01")),
                  (f"Labor Day {y} sales were huge.", ref, f"Labor Day {y}", ("DATE", nth_weekday(y, 9, 0, 1).isoformat())),
                  (f"Memorial Day {y} in South Korea was solemn.", ref, f"Memorial Day {y}", ("DATE", f"{y}-06-06")),
                  (f"Memorial Day {y} was solemn.", ref, f"Memorial Day {y}", ("DATE", nth_weekday(y, 5, 0, -1).isoformat())),
                  (f"Juneteenth {y} was a federal holiday.", ref, f"Juneteenth {y}", ("DATE", f"{y}-06-19")),
                  (f"The early May bank holiday {y} was sunny.", ref, f"early May bank holiday {y}", ("DATE", nth_weekday(y, 5, 0, 1).isoformat())),
                  (f"The August bank holiday {y} was a washout.", ref, f"August bank holiday {y}", ("DATE", nth_weekday(y, 8, 0, -1).isoformat()))]
        # greetings on the day itself
        cases += [("Happy Thanksgiving, Canada!", ca_tg, "Thanksgiving", ("DATE", ca_tg.isoformat())),
                  ("Happy Mother's Day to all the mums in the UK", uk_md, "Mother's Day", ("DATE", uk_md.isoformat())),
                  ("Happy Mother's Day to all the moms in the US", us_md, "Mother's Day", ("DATE", us_md.isoformat()))]
    return cases


# (a nation named further away than right next to it, or by one of its cities: its own Independence Day)
FAR = [("In Lagos we marked Independence Day {y} with a parade.", (10, 1)),
       ("Nigeria marked its Independence Day {y} quietly.", (10, 1)),
       ("Crowds in Nairobi celebrated Independence Day {y} in the rain.", (12, 12)),
       ("Back in Mumbai, Independence Day {y} meant kites on every roof.", (8, 15)),
       ("Ghana's president spoke on Independence Day {y}.", (3, 6)),
       ("The fireworks on Independence Day {y} were cancelled.", (7, 4)),
       # a nation's adjective before a lower-case noun is that noun's: the holiday keeps its one day
       ("We had Indian food on Independence Day {y}.", (7, 4)),
       ("Michael Jordan watched the game on Independence Day {y}.", (7, 4))]


def far_nation_cases():
    return [(f.format(y=y), date(2040, 1, 9), f"Independence Day {y}", ("DATE", date(y, *md).isoformat()))
            for y in YEARS for f, md in FAR]


# ---- no day ---------------------------------------------------------------------------------------------------
def no_day_cases():
    cases = []
    for ref in REFS:
        for text, expr in [("Memorial Day in Israel is a day of sirens.", "Memorial Day"),
                           ("Israel's Memorial Day is a day of sirens.", "Memorial Day"),
                           ("Labour Day is a public holiday.", "Labour Day"),
                           ("Australians get Labour Day off, on different days by state.", "Labour Day"),
                           ("There's an Easter egg hidden in the final level.", "Easter"),
                           ("The kids loved the Easter egg hunt.", "Easter"),
                           ("the Good Friday Agreement was signed in Belfast", "Good Friday"),
                           ("Thanksgiving dinner recipes for beginners", "Thanksgiving"),
                           ("Mohamed Eid said the talks would go on.", "Eid"),
                           ("Dr Eid has been at the hospital for years.", "Eid"),
                           ("The philosopher Tariq Ramadan spoke at the university.", "Ramadan")]:
            cases.append((text, ref, expr, None))
    return cases


def named_day_controls():
    """The holiday itself where a word near it looked like a name."""
    cases = []
    for ref in REFS:
        for name in ("Eid al-Fitr", "Eid al-Adha"):
            days = sorted(d for y in (ref.year - 1, ref.year, ref.year + 1)
                          for d in library_days("islamic", name.lower().replace(" ", "_").replace("-", "_"), y))
            nxt = next(d for d in days if d > ref)
            cases.append((f"We'll visit family for {name}.", ref, name, ("DATE", nxt.isoformat())))
    return cases


# ---- other calendars ---------------------------------------------------------------------------------------
CALENDAR_NAMES = {"Diwali": ("hindu", "diwali_india"), "Deepavali": ("hindu", "diwali_india"),
                  "Lunar New Year": ("chinese", "lunar_new_year"), "Chinese New Year": ("chinese", "lunar_new_year"),
                  "Passover": ("hebrew", "passover"), "Rosh Hashanah": ("hebrew", "rosh_hashanah"),
                  "Yom Kippur": ("hebrew", "yom_kippur"), "Hanukkah": ("hebrew", "hanukkah"),
                  "Eid al-Fitr": ("islamic", "eid_al_fitr"), "Eid al-Adha": ("islamic", "eid_al_adha"),
                  "Ramadan": ("islamic", "ramadan_beginning"), "Mid-Autumn Festival": ("chinese", "mid_autumn"),
                  "Dragon Boat Festival": ("chinese", "dragon_boat"), "Purim": ("hebrew", "purim"), "Sukkot": ("hebrew", "sukkot"),
                  "Shavuot": ("hebrew", "shavuot"), "Holi": ("hindu", "holi")}


def other_calendar_cases():
    cases = []
    for name, (cal, fn) in CALENDAR_NAMES.items():
        for y in range(2018, 2036):
            days = library_days(cal, fn, y)
            # a year the package gives two days of the holiday in (Eid al-Fitr 2033): no day, never a guess
            want = ("DATE", days[0].isoformat()) if len(days) == 1 else ("DATE", f"{y}-XX-XX")
            cases.append((f"Our street party for {name} {y} was the best yet.", date(2040, 1, 9), f"{name} {y}", want))
    return cases


def test_days_from_easter():
    check(easter_cases())


def test_a_nations_day():
    check(nation_cases())


def test_a_nation_named_further_away_or_by_a_city():
    check(far_nation_cases())


def test_names_that_are_no_day():
    check(no_day_cases() + named_day_controls())


def test_holidays_of_other_calendars_in_any_year():
    check(other_calendar_cases())


def test_the_end_of_ramadan_is_its_last_day():
    cases = []
    for y in (2019, 2026, 2031):
        first, = library_days("islamic", "ramadan_beginning", y)
        eid = next(d for d in library_days("islamic", "eid_al_fitr", y) + library_days("islamic", "eid_al_fitr", y + 1)
                   if d > first)
        for text in (f"Prices fell after the end of Ramadan {y}.", f"the end of the holy month of Ramadan {y} was marked by prayers"):
            cases.append((text, date(2040, 1, 9), f"Ramadan {y}", ("DATE", (eid - timedelta(days=1)).isoformat())))
        cases.append((f"A Canadian friend came over for Thanksgiving {y}.", date(2040, 1, 9), f"Thanksgiving {y}",
                      ("DATE", nth_weekday(y, 11, 3, 4).isoformat())))
    check(cases)


def test_ramadan_is_a_span_from_its_first_day_to_the_eve_of_eid():
    for y in (2019, 2026, 2031, 2036):
        first, = library_days("islamic", "ramadan_beginning", y)
        eid = next(d for d in library_days("islamic", "eid_al_fitr", y) + library_days("islamic", "eid_al_fitr", y + 1)
                   if d > first)
        t = next(t for t in tag(f"Ramadan {y} began on a Tuesday for some.", date(2040, 1, 9)) if t.expression == f"Ramadan {y}")
        assert (t.timex_type, t.timex_value) == ("DATE", first.isoformat())
        assert t.start.date() == first and t.end.date() == eid, (t.start, t.end, eid)


def test_the_package_agrees_with_the_lexicons_tables():
    """The tables were written from lunardate, pyluach and hijri-converter: where both hold a year, the package
    (what the tagger reads for other years) must give the same day."""
    calendars = LEX["dated_holiday_calendars"]
    compared = 0
    for name, table in LEX["dated_holidays"].items():
        if name not in calendars:
            # (holidays30) Matariki: the official table of the New Zealand Act, no calendar function; checked against
            # the package's New Zealand holidays in test_informal_grid_holidays30; (holidays35, §132) Victoria's Grand
            # Final Friday: the gazetted days, checked in test_informal_grid_holidays35
            assert name in ("matariki", "grand final friday"), name
            continue
        cal, fn = calendars[name]
        for y, md in table.items():
            days = library_days(cal, fn, int(y))
            assert days == (date(int(y), *map(int, md.split("-"))),), (name, y, md, days)
            compared += 1
    assert compared >= 90


def test_the_package_keeps_the_calendars_facts():
    for y in range(1990, 2070):
        p, = library_days("hebrew", "passover", y)
        rh, = library_days("hebrew", "rosh_hashanah", y)
        yk, = library_days("hebrew", "yom_kippur", y)
        assert (rh - p).days == 163 and (yk - rh).days == 9, y
        lny, = library_days("chinese", "lunar_new_year", y)
        assert date(y, 1, 21) <= lny <= date(y, 2, 20), y
        for first in library_days("islamic", "ramadan_beginning", y):
            fitr = min(d for d in library_days("islamic", "eid_al_fitr", y) + library_days("islamic", "eid_al_fitr", y + 1) if d > first)
            adha = min(d for d in library_days("islamic", "eid_al_adha", y) + library_days("islamic", "eid_al_adha", y + 1) if d > fitr)
            assert (fitr - first).days in (29, 30) and 67 <= (adha - fitr).days <= 69, (y, first, fitr, adha)
    for y in range(2001, 2036):   # the package's Hindu table: 2001 to 2035
        d, = library_days("hindu", "diwali_india", y)
        assert date(y, 10, 17) <= d <= date(y, 11, 15), y


def test_the_catalogue_cases():
    # the cases docs/informal-time.md quotes, as it quotes them
    check([("In Lagos we marked Independence Day.", date(2025, 10, 3), "Independence Day", ("DATE", "2025-10-01")),
           ("Memorial Day in Israel is solemn.", date(2025, 5, 1), "Memorial Day", None),
           ("Thanksgiving in Canada is in October.", date(2025, 9, 1), "Thanksgiving", ("DATE", "2025-10-13")),
           ("Mother's Day in the UK is earlier.", date(2026, 3, 2), "Mother's Day", ("DATE", "2026-03-15")),
           ("Labour Day in Canada", date(2025, 8, 20), "Labour Day", ("DATE", "2025-09-01")),
           ("Labour Day is a public holiday.", date(2025, 8, 20), "Labour Day", None),
           ("See you on Whit Monday!", date(2025, 5, 20), "Whit Monday", ("DATE", "2025-06-09")),
           ("Orthodox Easter 2027 was a week after ours.", date(2028, 1, 9), "Orthodox Easter 2027", ("DATE", "2027-05-02")),
           ("Diwali 2030 falls in October.", date(2029, 1, 9), "Diwali 2030", ("DATE", "2030-10-26")),
           ("Chinese New Year 2032 is in February.", date(2029, 1, 9), "Chinese New Year 2032",
            ("DATE", library_days("chinese", "lunar_new_year", 2032)[0].isoformat())),
           ("Hanukkah 2029 starts in December.", date(2029, 1, 9), "Hanukkah 2029",
            ("DATE", library_days("hebrew", "hanukkah", 2029)[0].isoformat())),
           ("Yom Kippur 2031 falls in the autumn.", date(2029, 1, 9), "Yom Kippur 2031",
            ("DATE", library_days("hebrew", "yom_kippur", 2031)[0].isoformat())),
           ("Ramadan 2026 began.", date(2026, 5, 1), "Ramadan 2026", ("DATE", "2026-02-18")),
           ("Mohamed Eid said the talks would go on.", date(2025, 5, 1), "Eid", None),
           ("There's an Easter egg hidden in the final level.", date(2025, 5, 1), "Easter", None),
           ("the Good Friday Agreement was signed in Belfast", date(2025, 5, 1), "Good Friday", None)])
