"""Which holiday a plan or a notice means (thirtieth session, bankhol31; docs/informal-time.md §109): a date joined
to "the bank holiday (weekend)" by a copula, the writer's country for an unqualified "the bank holiday" (Ireland,
Scotland), a present-tense plan about a holiday far from the day of writing, "BH Monday", a heading's holiday hours,
and what stays untagged ("bank holiday pay rates", "Bank Holiday" the film or the band).

The sentences are this session's own, written from the grammar of §109 in Irish, Scottish and English voices; the
days of writing are spread over 2024-2027 (every weekday, month ends, a year's turn). Every value is computed here from
the calendar with ``datetime`` and ``dateutil.easter``: each country's bank holidays by their statutory rules (not the
lexicon's lists). A day of writing that is itself one of the set's days is left out (which one is meant is then no
question of this grid)."""
from __future__ import annotations

from datetime import date, timedelta

from dateutil.easter import easter
from gridcheck import check, england, ireland, nth_weekday

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"]


def _d(day: date) -> tuple[str, str]:
    return "DATE", day.isoformat()


def _we(monday: date) -> tuple[str, str]:
    """The long weekend of a Monday holiday: the ISO week of its Saturday."""
    y, w, _ = (monday - timedelta(days=2)).isocalendar()
    return "DATE", f"{y:04d}-W{w:02d}-WE"


def scotland(y: int) -> list[date]:
    return sorted([date(y, 1, 1), date(y, 1, 2), easter(y) - timedelta(days=2), nth_weekday(y, 5, 1, 1),
                   nth_weekday(y, 5, 1, -1), nth_weekday(y, 8, 1, 1), date(y, 11, 30), date(y, 12, 25),
                   date(y, 12, 26)])


def days_of(country, ref: date) -> list[date]:
    return sorted(d for y in (ref.year - 1, ref.year, ref.year + 1) for d in country(y))


def next_of(country, ref: date, mondays: bool = False) -> date:
    return next(d for d in days_of(country, ref) if d > ref and (not mondays or d.isoweekday() == 1))


def last_of(country, ref: date, mondays: bool = False) -> date:
    return next(d for d in reversed(days_of(country, ref)) if d < ref and (not mondays or d.isoweekday() == 1))


REFS = [date(2024, 3, 4) + timedelta(days=k) for k in range(7)] + [date(2025, 12, 29) + timedelta(days=k) for k in range(6)] \
    + [date(2024, m, 12) for m in range(1, 13)] + [date(2025, m, 28) for m in range(1, 13)] \
    + [date(2026, 2, 28), date(2026, 4, 30), date(2026, 8, 31), date(2027, 6, 9), date(2027, 10, 20)]


def _suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


# A: a date and the set's name joined by a copula: the date decides which holiday (its weekend holds the day)
def _monday_holidays(y: int) -> list[date]:
    return [d for d in england(y) if d.isoweekday() == 1]


def test_a_date_before_the_copula_decides_the_weekend():
    cases = []
    for y in range(2024, 2028):
        for monday in _monday_holidays(y):
            for back in (20, 45):
                ref = monday - timedelta(days=back)
                for k in range(4):   # its Friday to its Monday
                    d = monday - timedelta(days=3 - k)
                    for text in (f"{MONTH[d.month - 1]} {d.day}{_suffix(d.day)} is the bank holiday weekend",
                                 f"{d.day} {MON[d.month - 1]} is the bank hol weekend isn't it?",
                                 f"wait, {MONTH[d.month - 1]} {d.day} is the bank holiday weekend so we'll be away"):
                        expr = "bank hol weekend" if "bank hol weekend" in text else "bank holiday weekend"
                        cases.append((text, ref, expr, _we(monday)))
    check(cases)


def test_a_date_after_the_copula_decides_the_weekend():
    cases = []
    for y in range(2024, 2028):
        for monday in _monday_holidays(y):
            for back in (20, 45):
                ref = monday - timedelta(days=back)
                for k in range(4):
                    d = monday - timedelta(days=3 - k)
                    for text in (f"The bank holiday weekend is {MONTH[d.month - 1]} {d.day}{_suffix(d.day)}",
                                 f"the bank holiday weekend will be {d.day} {MONTH[d.month - 1]}, so plan round that",
                                 f"bank hol weekend is the {d.day}{_suffix(d.day)} of {MONTH[d.month - 1]} btw"):
                        expr = "bank hol weekend" if "bank hol weekend" in text else "bank holiday weekend"
                        cases.append((text, ref, expr, _we(monday)))
    check(cases)


def test_a_date_and_the_bank_holiday_on_it():
    cases = []
    for y in range(2024, 2028):
        for day in england(y):
            ref = day - timedelta(days=30)
            cases.append((f"{MONTH[day.month - 1]} {day.day}{_suffix(day.day)} is the bank holiday", ref, "bank holiday", _d(day)))
            cases.append((f"the bank holiday is {day.day} {MONTH[day.month - 1]}, we're shut", ref, "bank holiday", _d(day)))
    check(cases)


def test_a_date_no_holiday_weekend_holds_is_no_holiday():
    cases = []
    for y in range(2024, 2028):
        hols = set(england(y))
        for m, dd in ((6, 14), (7, 11), (9, 20), (3, 9)):
            d = date(y, m, dd)
            if any(0 <= (h - d).days <= 3 for h in hols):
                continue
            ref = d - timedelta(days=25)
            cases.append((f"{MONTH[m - 1]} {dd}{_suffix(dd)} is the bank holiday weekend", ref, "bank holiday weekend", None))
            cases.append((f"The bank holiday weekend is {MONTH[m - 1]} {dd}{_suffix(dd)}", ref, "bank holiday weekend", None))
    check(cases)


# B: the writer's country for an unqualified "the bank holiday"
IRISH_PLANS = ["are ye around for the bank holiday? we're down in Galway", "Heading home to Cork for the bank holiday",
               "any plans for the bank holiday? tickets are €15 a head", "we'll be in Dublin over the bank holiday",
               "Wexford for the bank hol, can't wait", "will ye be open the bank holiday? I'm in Limerick"]
SCOTS_MONDAY_PLANS = ["what are you up to bank holiday Monday? we're in Glasgow",
                      "we'll be in Edinburgh for bank holiday Monday!", "is the Aberdeen office open bank holiday Monday?"]
ENGLISH_PLANS = ["any plans for the bank holiday? tickets are £15", "we'll be in Leeds over the bank holiday"]


def test_an_irish_voice_means_irelands_bank_holidays():
    cases = []
    for ref in REFS:
        if ref in days_of(ireland, ref) or ref in days_of(england, ref):
            continue
        for text in IRISH_PLANS:
            expr = "bank hol" if "bank hol," in text else "bank holiday"
            cases.append((text, ref, expr, _d(next_of(ireland, ref))))
        cases.append(("We were in Galway for the bank holiday, great craic", ref, "bank holiday",
                      _d(last_of(ireland, ref))))
    check(cases)


def test_a_scottish_voice_means_scotlands_bank_holiday_mondays():
    cases = []
    for ref in REFS:
        if ref in days_of(scotland, ref):
            continue
        for text in SCOTS_MONDAY_PLANS:
            cases.append((text, ref, "bank holiday Monday", _d(next_of(scotland, ref, mondays=True))))
    check(cases)


def test_no_voice_or_both_keep_the_english_set():
    cases = []
    for ref in REFS:
        if ref in days_of(england, ref):
            continue
        for text in ENGLISH_PLANS + ["we'll be in Dublin or London over the bank holiday, €20 or £18 a night"]:
            cases.append((text, ref, "bank holiday", _d(next_of(england, ref))))
    check(cases)


# C: a present-tense plan about a holiday more than a fortnight gone: the next one
PRESENT_FRAMES = ["I'm working {h} again this year", "are you off {h}?", "we close {h}", "We're closed {h}, open as normal after",
                  "is the gym open on {h}?", "Who's covering {h}?"]
FIXED = [("Stephen's Day", 12, 26), ("Boxing Day", 12, 26), ("Christmas Day", 12, 25), ("New Year's Day", 1, 1),
         ("St Patrick's Day", 3, 17), ("Halloween", 10, 31)]


def test_a_present_plan_about_a_holiday_long_gone_is_the_next_one():
    cases = []
    for y in (2024, 2025, 2026):
        e = easter(y)
        days = [(n, date(y, mo, da)) for n, mo, da in FIXED] + [("Good Friday", e - timedelta(days=2)),
                                                                 ("Easter Monday", e + timedelta(days=1))]
        for name, day in days:
            for gone in (15, 31, 64, 100, 150, 200, 300):
                ref = day + timedelta(days=gone)
                nxt = next(d for d in (day.replace(year=day.year + 1) if name not in ("Good Friday", "Easter Monday")
                                       else (easter(y + 1) + timedelta(days=-2 if name == "Good Friday" else 1)),) if d > ref)
                for frame in PRESENT_FRAMES:
                    cases.append((frame.format(h=name), ref, name, _d(nxt)))
    check(cases)


# D: "BH Monday", "BH Mon"
def test_bh_monday():
    cases = []
    for ref in REFS:
        if ref.isoweekday() == 1 and ref in days_of(england, ref):
            continue
        want = _d(next_of(england, ref, mondays=True))
        for text, expr in (("see you BH Monday!", "BH Monday"), ("BH Mon we're shut, back Tues", "BH Mon"),
                           ("are you working BH Monday?", "BH Monday")):
            cases.append((text, ref, expr, want))
        cases.append(("we were slammed BH Monday", ref, "BH Monday", _d(last_of(england, ref, mondays=True))))
    check(cases)


# E: a heading's holiday hours: the next one
def test_a_headings_holiday_hours_are_the_next_ones():
    cases = []
    for ref in REFS:
        if ref in days_of(england, ref):
            continue
        want = _d(next_of(england, ref))
        hallow = date(ref.year if ref < date(ref.year, 10, 31) else ref.year + 1, 10, 31)
        cases.append(("BANK HOL + HALLOWEEN HOURS\nSat 10-4", ref, "BANK HOL", want))
        cases.append(("BANK HOL + HALLOWEEN HOURS\nSat 10-4", ref, "HALLOWEEN", _d(hallow)))
        cases.append(("Bank Holiday opening times: 10am-4pm", ref, "Bank Holiday", want))
        cases.append(("Bank hol hours - 11 till 3", ref, "Bank hol", want))
    check(cases)


# F: granularity kept
def test_the_weekend_and_the_monday():
    cases = []
    for ref in REFS:
        if ref in days_of(england, ref):
            continue
        mon = next_of(england, ref, mondays=True)
        # the weekend of the next one (§17, the days grid): a Monday's the weekend before it, another day's its week's
        nxt = next_of(england, ref)
        cases.append(("what are you doing over the bank holiday weekend?", ref, "bank holiday weekend",
                      _we(nxt) if nxt.isoweekday() == 1 else _we(nxt + timedelta(days=(8 - nxt.isoweekday()) % 7 or 7))))
        cases.append(("are you working bank holiday Monday?", ref, "bank holiday Monday", _d(mon)))
    check(cases)


# G: negatives
NEGATIVES = [("bank holiday pay rates apply", "bank holiday"), ("we need a bank holiday rota sorted", "bank holiday"),
             ("Bank holiday premium is time and a half", "Bank holiday"), ("is there bank holiday overtime?", "bank holiday"),
             ("watched Bank Holiday last night, so good", "Bank Holiday"),
             ("Bank Holiday are playing Whelan's tonight", "Bank Holiday"),
             ("have you seen Bank Holiday? the film", "Bank Holiday"), ("BH closed", "BH"),
             ("listening to Bank Holiday on repeat", "Bank Holiday")]


def test_a_modifier_and_a_title_stay_untagged():
    cases = [(text, ref, expr, None) for ref in REFS for text, expr in NEGATIVES]
    check(cases)


# H: a notice's "closed" over two holidays joined ("closed Christmas Day and Stephen's Day"): both the notice's
def test_a_notices_second_holiday():
    cases = []
    for y in (2023, 2024, 2025, 2026):
        for ref in (date(y, 10, 31), date(y, 11, 20), date(y, 12, 3)):
            for text in ("sorry Aoife closed Christmas Day and Stephen's Day as always, open again the day after from 4.",
                         "Shop closed Christmas Day & Stephen's Day, back on the 27th"):
                cases.append((text, ref, "Christmas Day", _d(date(y, 12, 25))))
                cases.append((text, ref, "Stephen's Day", _d(date(y, 12, 26))))
            text = "we closed Christmas Day and Stephen's Day last year"
            cases.append((text, ref, "Stephen's Day", _d(date(y - 1, 12, 26))))
        e = easter(y)
        for back in (10, 20, 30):
            ref = e - timedelta(days=back)
            text = "CLOSED Good Friday & Easter Monday, normal hours otherwise"
            cases.append((text, ref, "Good Friday", _d(e - timedelta(days=2))))
            cases.append((text, ref, "Easter Monday", _d(e + timedelta(days=1))))
    check(cases)


def test_the_sections_own_cases():
    """§109's quoted cases, on the days of writing the brief names (values from the calendar above)."""
    e25 = easter(2025)
    cases = [("May 24th is the bank holiday weekend", date(2024, 6, 12), "bank holiday weekend", _we(nth_weekday(2024, 5, 1, -1))),
             ("the bank holiday weekend is May 24th", date(2024, 6, 12), "bank holiday weekend", _we(nth_weekday(2024, 5, 1, -1))),
             ("bank hol weekend is the 24th of May", date(2024, 6, 12), "bank hol weekend", _we(nth_weekday(2024, 5, 1, -1))),
             ("Jan 1st is the bank holiday", date(2024, 12, 10), "bank holiday", _d(date(2025, 1, 1))),
             ("the bank holiday is 26 December", date(2024, 12, 1), "bank holiday", _d(date(2024, 12, 26))),
             ("I'm working Stephen's Day", date(2024, 3, 10), "Stephen's Day", _d(date(2024, 12, 26))),
             ("we close Good Friday", date(2024, 5, 10), "Good Friday", _d(e25 - timedelta(days=2))),
             ("are you off Easter Monday?", date(2024, 5, 10), "Easter Monday", _d(e25 + timedelta(days=1)))]
    check(cases)
