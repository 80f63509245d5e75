"""School terms and holiday weekends, and a holiday named where the writer is (thirty-fourth session, holidays35;
docs/informal-time.md §132): England's half term (February's, May's, October's, a week each), the week a writer tells
("ours is 23rd-27th Oct"), "Labour Day" and "Thanksgiving" in Prince Edward Island, Nova Scotia and Manitoba,
Antigua's Labour Day, "Labour Day weekend", "the long weekend" of a weekday the text says is a public holiday, a judged
or filled bare "weekend" ("what a weekend", "best weekend", "all weekend"); and what stays untagged ("a half-term
report", "Half term goes fast", half term in an Irish or a Scottish voice, "the Labour Party", "Happy Labour Day",
"the weekend edition", "all weekend passes").

The sentences are this session's own, in English, Canadian, Antiguan and Australian voices; the days of writing are
spread over 2024-2030 (every fifth day, and every day around each half term). Every value is computed here from the
calendar: England's half terms as the councils keep them (written below: the week of the third Monday of February
when it falls on the 15th-18th, of the spring bank holiday, of the last Monday of October when it falls on the
25th-28th; in other years the councils split and no week is right), Canada's Labour Day (the first Monday of
September) and Thanksgiving (the second Monday of October), Antigua's Labour Day (the first Monday of May), ISO weeks
and weekends from ``datetime``."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, iso_week, nth_weekday
from gridcheck import date_value as _d

REFS = [date(2024, 1, 1) + timedelta(days=k) for k in range(0, 7 * 365, 5)]


def half_terms(y: int):
    """England's three half terms of the year: (month, Monday of the week or None where the councils split)."""
    feb, may, octo = nth_weekday(y, 2, 1, 3), nth_weekday(y, 5, 1, -1), nth_weekday(y, 10, 1, -1)
    return [(2, feb if feb.day <= 18 else None, feb), (5, may, may), (10, octo if octo.day <= 28 else None, octo)]


def _all_half_terms(month=None):
    """Every half term 2023-2031 as (Monday the week is sure of or None, a Monday of the week's span)."""
    out = []
    for y in range(2023, 2032):
        for m, sure, mon in half_terms(y):
            if month is None or m == month:
                # a split year's span: the week before the Monday's and the Monday's
                first = mon if sure else mon - timedelta(days=7)
                out.append((sure, first, mon))
    return out


def expected_half_term(ref: date, past: bool, month=None):
    """(type, value) of "half term" said on ``ref``: the one whose days (its Saturday before to its Sunday) hold the
    day of writing; else the last before in a report, the next after otherwise; None where that one is split."""
    terms = _all_half_terms(month)
    for sure, first, mon in terms:
        if first - timedelta(days=2) <= ref <= mon + timedelta(days=6):
            return ("DATE", iso_week(sure)) if sure else None
    if past:
        sure, _first, _mon = [t for t in terms if t[2] + timedelta(days=6) < ref][-1]
    else:
        sure, _first, _mon = next(t for t in terms if t[1] - timedelta(days=2) > ref)
    return ("DATE", iso_week(sure)) if sure else None


PLAN = ["are you lot away over half term?", "We're closed til half term for winter works, sorry",
        "the pool reopens after half term", "any ideas for things to do with the kids during half term?",
        "Bookings for half term open Tuesday at 9am", "I'll sort the uniform before half term x"]
PAST = ["we went down to Cornwall over half term", "the kids were bored stiff during half term",
        "had the grandkids at half term, knackered"]


def test_half_term_in_plans_and_reports():
    cases = []
    refs = set(REFS)
    for y in range(2024, 2031):
        for _m, _sure, mon in half_terms(y):
            refs.update(mon + timedelta(days=k) for k in range(-10, 10))
    for ref in sorted(refs):
        for text in PLAN:
            cases.append((text, ref, "half term", expected_half_term(ref, False)))
        for text in PAST:
            cases.append((text, ref, "half term", expected_half_term(ref, True)))
    check(cases)


def test_half_term_before_a_day_named():
    """"Their school's back Monday 4th after half term", written in the days before it: the half term before the day
    named (not the last one before the day of writing, whatever the clause's tense is read as)."""
    cases = []
    for y in range(2024, 2031):
        for _m, sure, mon in half_terms(y):
            if sure is None:
                continue
            back = mon + timedelta(days=7)
            for k in range(1, 12):
                ref = mon - timedelta(days=k)
                cases.append((f"Their school's back Monday {_ord(back.day)} after half term", ref,
                              "half term", ("DATE", iso_week(mon))))
                cases.append(("we're shut from tomorrow till after half term", ref, "half term", ("DATE", iso_week(mon))))
    check(cases)


def test_a_months_half_term():
    cases = []
    for ref in REFS:
        for word, month in (("October", 10), ("Oct", 10), ("February", 2), ("Feb", 2), ("May", 5)):
            cases.append((f"we're booked on the boat for {word} half term", ref, f"{word} half term",
                          expected_half_term(ref, False, month)))
            cases.append((f"we went camping over {word} half term, it poured", ref, f"{word} half term",
                          expected_half_term(ref, True, month)))
    check(cases)


def _ord(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def test_the_week_the_writer_tells():
    """"over half term? ours is 23rd-27th Oct": the week told, whichever the councils' is (a split year too)."""
    cases = []
    for y in range(2023, 2031):
        ref = date(y, 8, 26)
        for mon in (nth_weekday(y, 10, 1, n) for n in (3, 4, -1)):
            if mon.day > 27:
                continue   # its Friday in November: a range across two months is not asked here
            fri = mon + timedelta(days=4)
            for text in (f"are the short breaks on over half term? ours is {_ord(mon.day)}-{_ord(fri.day)} Oct",
                         f"is the soft play open during half term? ours is {mon.day}-{fri.day} October",
                         f"anything on for kids at half term ({mon.day}-{fri.day} Oct)?"):
                cases.append((text, ref, "half term", ("DATE", iso_week(mon))))
        feb = nth_weekday(y + 1, 2, 1, 2)
        cases.append((f"any availability over half term? ours is {feb.day}-{feb.day + 4} Feb", date(y, 12, 1), "half term",
                      ("DATE", iso_week(feb))))
    check(cases)


def test_half_term_untagged():
    cases = []
    for ref in REFS[::4]:
        for text, expr in (("a half-term report came home today", "half-term"), ("half-term results are in", "half-term"),
                           ("Half term goes fast, book early", "Half term"), ("we're away half term", "half term"),
                           ("the week after half term we start", "half term"),
                           ("we're in Dublin, the kids are off for half term", "half term"),
                           ("Glasgow schools are off over half term", "half term"),
                           ("her half term grades were fine", "half term")):
            cases.append((text, ref, expr, None))
    check(cases)


# ---- Canada's provinces by their places, Antigua's Labour Day, a holiday's weekend ---------------------------------
def canada_labour(y: int) -> date:
    return nth_weekday(y, 9, 1, 1)


def canada_thanksgiving(y: int) -> date:
    return nth_weekday(y, 10, 1, 2)


def antigua_labour(y: int) -> date:
    return nth_weekday(y, 5, 1, 1)


def _next(day, ref):
    return next(d for d in (day(ref.year), day(ref.year + 1)) if d > ref)


def _last(day, ref):
    return next(d for d in (day(ref.year), day(ref.year - 1)) if d < ref)


def _we_before(monday: date):
    return "DATE", iso_week(monday - timedelta(days=1)) + "-WE"


PLACES = ["Charlottetown", "PEI", "Prince Edward Island", "Summerside", "Nova Scotia", "Manitoba", "Winnipeg"]


def test_labour_day_and_thanksgiving_in_canadas_provinces():
    cases = []
    for ref in REFS[::2]:
        for place in PLACES:
            for name, day in (("Labour Day", canada_labour), ("Thanksgiving", canada_thanksgiving)):
                if day(ref.year) == ref:
                    continue
                cases.append((f"We're open 7 days a week now til {name}, see you in {place}!", ref, name, _d(_next(day, ref))))
                cases.append((f"{name} was a scorcher here in {place}", ref, name, _d(_last(day, ref))))
                # (§109) a present-tense plan made within a month after the holiday reads the one just gone: not asked here
                if not day(ref.year) - timedelta(days=3) <= ref <= day(ref.year) + timedelta(days=30):
                    cases.append((f"I'm booking my trip back to {place} for {name} weekend", ref, f"{name} weekend",
                                  _we_before(_next(day, ref))))
    check(cases)


def test_antiguas_labour_day():
    cases = []
    for ref in REFS[::2]:
        if antigua_labour(ref.year) == ref:
            continue
        cases.append(("Labour Day was quiet in Antigua", ref, "Labour Day", _d(_last(antigua_labour, ref))))
        if antigua_labour(ref.year) < ref <= antigua_labour(ref.year) + timedelta(days=30):
            continue   # (§109) a present-tense plan within a month after the day reads the one just gone: not asked here
        for text in ("the office in Antigua is closed for Labour Day", "Sailing Week in English Harbour ends before Labour Day",
                     "every boat yard on Antigua shuts for Labour Day"):
            cases.append((text, ref, "Labour Day", _d(_next(antigua_labour, ref))))
    check(cases)


def test_labour_untagged():
    cases = []
    for ref in REFS[::6]:
        for text, expr in (("the Labour Party conference is in Liverpool", "Labour"), ("Happy Labour Day everyone!", "Labour Day"),
                           ("Labour Day sale on now", "Labour Day")):
            cases.append((text, ref, expr, None))
    check(cases)


# ---- the long weekend of a weekday the text says is a public holiday ----------------------------------------------
def test_the_long_weekend_of_a_told_holiday():
    cases = []
    for ref in REFS:
        wd = ref.isoweekday()
        if wd != 5:
            fri = ref + timedelta(days=(5 - wd) % 7)
            for text in ("Friday is a public holiday here. Lovely way to start the long weekend.",
                         "Just realised Friday is a public holiday in Melbourne! What's open over the long weekend?",
                         "FYI there's a public holiday on Friday so the office is shut for the long weekend"):
                cases.append((text, ref, "the long weekend", ("DATE", iso_week(fri) + "-WE")))
        if wd != 1:
            mon = ref + timedelta(days=(8 - wd) % 7)
            for text in ("Monday's a public holiday so enjoy the long weekend, everyone!",
                         "Monday is a public holiday, we'll be closed for the long weekend"):
                cases.append((text, ref, "the long weekend", _we_before(mon)))
    check(cases)


def test_a_long_weekend_with_no_holiday_stays_unknown():
    cases = []
    for ref in REFS[::4]:
        for text in ("the long weekend was great", "roll on the long weekend", "Friday was busy. Loved the long weekend."):
            cases.append((text, ref, "the long weekend", ("DATE", "XXXX-WXX-WE")))
    check(cases)


# ---- a judged or filled bare weekend -----------------------------------------------------------------------------
def weekend_of(ref: date, tense: str):
    """§17's weekend: a plan the one to come (on a Sunday the next), a report or a judgement the one gone (on a
    Saturday or a Sunday the one it is)."""
    wd = ref.isoweekday()
    if tense == "future":
        day = ref + timedelta(days=6) if wd == 7 else ref
    else:
        day = ref if wd >= 6 else ref - timedelta(days=7)
    return "DATE", iso_week(day) + "-WE"


def test_judged_and_filled_weekends():
    cases = []
    for ref in REFS:
        for text, expr in (("what a weekend!! thank you Summerside", "weekend"), ("best weekend ever 🦞", "weekend"),
                           ("Honestly the best weekend of the summer", "weekend"), ("What a weekend that was", "weekend")):
            cases.append((text, ref, expr, weekend_of(ref, "past")))
        cases.append(("it rained all weekend, gutted", ref, "all weekend", weekend_of(ref, "past")))
        cases.append(("we'll be at the Lobster Carnival all weekend with a pop up", ref, "all weekend", weekend_of(ref, "future")))
    check(cases)


def test_weekends_untagged():
    cases = []
    for ref in REFS[::4]:
        for text, expr in (("the weekend edition is out", "weekend"), ("Weekend Warriors meet at the park", "Weekend"),
                           ("all weekend passes are sold out", "weekend"), ("all weekend passes are sold out", "all weekend"),
                           ("the best weekend deals on flights", "weekend"), ("best weekend breaks in Devon", "weekend")):
            cases.append((text, ref, expr, None))
    check(cases)


# ---- Victoria's AFL Grand Final Friday: the Friday before the grand final, the days the government gazetted ----------
GF_FRIDAY = {2015: date(2015, 10, 2), 2016: date(2016, 9, 30), 2017: date(2017, 9, 29), 2018: date(2018, 9, 28),
             2019: date(2019, 9, 27), 2020: date(2020, 10, 23), 2021: date(2021, 9, 24), 2022: date(2022, 9, 23),
             2023: date(2023, 9, 29), 2024: date(2024, 9, 27), 2025: date(2025, 9, 26)}


def test_grand_final_friday():
    cases = []
    for y, day in GF_FRIDAY.items():
        for k in (3, 10, 30):
            ref = day - timedelta(days=k)
            for text, expr in (("What's actually open on the GF eve public holiday?", "GF eve public holiday"),
                               ("are the trams running on Grand Final Friday?", "Grand Final Friday"),
                               ("the grand final eve parade goes past our work", "grand final eve")):
                cases.append((text, ref, expr, _d(day)))
            if y > 2015:
                cases.append(("Grand Final Friday was a scorcher", day + timedelta(days=k), "Grand Final Friday", _d(day)))
        cases.append((f"Grand Final Friday {y} was a scorcher", date(2030, 1, 9), f"Grand Final Friday {y}", _d(day)))
    for ref in REFS[::8]:
        cases.append(("my gf eve is coming over", ref, "gf eve", None))
    # a year the table does not hold (the league fixes the day): the year told, no day
    cases.append(("Grand Final Friday 2014 was a scorcher", date(2030, 1, 9), "Grand Final Friday 2014", ("DATE", "2014-XX-XX")))
    check(cases)


# ---- a nation's holiday in the writer's voice, told in another sentence ------------------------------------------
def nz_kings_birthday(y: int) -> date:
    return nth_weekday(y, 6, 1, 1)


def test_a_nations_holiday_in_the_writers_voice():
    cases = []
    for ref in REFS[::2]:
        if not nz_kings_birthday(ref.year) - timedelta(days=3) <= ref <= nz_kings_birthday(ref.year) + timedelta(days=30):
            cases.append(("Draw for round 5 is up. We are away up north King's Birthday weekend so Kiri will miss it. "
                          "Booked a bach in Rotorua, can't wait", ref, "King's Birthday weekend", _we_before(_next(nz_kings_birthday, ref))))
            cases.append(("No training on King's Birthday, courts are shut. Go the Hornets! Rotorua rep trials next month",
                          ref, "King's Birthday", _d(_next(nz_kings_birthday, ref))))
        if not canada_thanksgiving(ref.year) <= ref <= canada_thanksgiving(ref.year) + timedelta(days=30):
            cases.append(("We'll be closed for Thanksgiving. Thanks for a great season! Love from Charlottetown", ref,
                          "Thanksgiving", _d(_next(canada_thanksgiving, ref))))
        # two nations' voices: no day
        cases.append(("No training on King's Birthday. Half the team is in Rotorua, the rest in Toronto", ref, "King's Birthday", None))
    check(cases)


def test_the_sections_own_cases():
    """docs §132's table, each case as written there."""
    check([
        ("Their school's back Monday 4th after half term", date(2024, 10, 25), "half term", ("DATE", "2024-W44")),
        ("we close after the 1st for winter works til half term", date(2026, 12, 31), "half term", ("DATE", "2027-W07")),
        ("are the short breaks on over half term? ours is 23rd-27th Oct", date(2023, 8, 26), "half term", ("DATE", "2023-W43")),
        ("We're open 7 days a week now til Labour Day, 11 to 8. #peioysters PEI", date(2025, 7, 13), "Labour Day",
         _d(date(2025, 9, 1))),
        ("Labour Day was quiet in Antigua", date(2026, 5, 20), "Labour Day", _d(date(2026, 5, 4))),
        ("Friday is a public holiday here. Lovely way to start the long weekend.", date(2023, 9, 25), "the long weekend",
         ("DATE", "2023-W39-WE")),
        ("What's actually open on the GF eve public holiday?", date(2023, 9, 26), "GF eve public holiday", _d(date(2023, 9, 29))),
        ("best weekend 🦞🦪 see you in August!", date(2025, 7, 20), "weekend", ("DATE", "2025-W29-WE")),
    ])
