"""Named days the tagger missed or misread (thirty-first session, localhol32; docs/informal-time.md §113): Northern
Ireland's Twelfth and Scotland's days (St Andrew's Day and its substitute Monday, Burns Night, the Glorious Twelfth),
Glasgow Fair's weekdays, "May Day" by its frame, the US Election Day, "Veterans' Day", "Groundhog Day" by its frame,
the days of Lent and Easter, the nation's Mother's and Father's Day and Thanksgiving, holiday weekends, the days of
other calendars in the years their tables hold, and what stays untagged ("come rain or sun", "Twelfth Night" the play,
"Memorial Day Drive", "like Groundhog Day", "Super Bowl Sunday", "Tax Day", "Vesak").

The sentences are this session's own, in British, Irish, Scottish, US, Canadian and Australian voices; the days of
writing are spread over 2019-2031 (every weekday, a March week, a year's turn, the 10th of each month). Every value is
computed here from the calendar: ``datetime`` for fixed days and the n-th weekday of a month, ``dateutil.easter`` for
the days of Lent and Easter, the statutes' substitute rules for the Twelfth (a Sunday's Twelfth is kept on the Monday)
and St Andrew's Day's bank holiday (a weekend's is the Monday after), and the holidays package (through
``othercal.library_days``, which holidays22's grid checks against the package's facts) for other calendars."""
from __future__ import annotations

from datetime import date, timedelta

from dateutil.easter import easter
from gridcheck import check, fixed, from_easter, nth, nth_weekday, twelfth
from gridcheck import date_value as _d, last_of as _last, next_of as _next

from timeline_app.temporal.othercal import library_days


def st_andrews_holiday(y: int) -> date:
    """St Andrew's Day's bank holiday (St Andrew's Day (Bank Holiday) (Scotland) Act 2007): 30 November, or the
    Monday after when that is a Saturday or a Sunday."""
    d = date(y, 11, 30)
    return d + timedelta(days=(8 - d.isoweekday()) % 7) if d.isoweekday() >= 6 else d


def election_day(y: int) -> date:
    """The US Election Day: the Tuesday after the first Monday of November."""
    return nth_weekday(y, 11, 1, 1) + timedelta(days=1)


REFS = [date(2025, 3, 3) + timedelta(days=k) for k in range(7)] + [date(2026, 12, 29) + timedelta(days=k) for k in range(5)] \
    + [date(2027, m, 10) for m in range(1, 13)] + [date(2029, 6, 30), date(2030, 9, 1), date(2031, 10, 31)]
YEARS = range(2019, 2032)

PLAN_FRAMES = ["we'll be off on {h}, back after", "what are you doing for {h}?", "can't wait for {h}!!",
               "I'll be working {h}, gutted"]
PAST_FRAMES = ["{h} was quiet enough", "had a lovely {h} with the family", "we spent {h} at my sister's"]
YEAR_FRAMES = ["Photos from {h} {y} are up now", "We had the whole family round on {h} {y}."]

# names with one day wherever they are said (no nation needed)
PLAIN = [("Burns Night", fixed(1, 25)), ("St Andrew's Day", fixed(11, 30)), ("Armistice Day", fixed(11, 11)),
         ("Veterans Day", fixed(11, 11)), ("Veterans' Day", fixed(11, 11)), ("Remembrance Day", fixed(11, 11)),
         ("Juneteenth", fixed(6, 19)), ("Pancake Day", from_easter(-47)), ("Shrove Tuesday", from_easter(-47)),
         ("Ash Wednesday", from_easter(-46)), ("Palm Sunday", from_easter(-7)), ("Maundy Thursday", from_easter(-3)),
         ("Mothering Sunday", from_easter(-21)), ("Remembrance Sunday", nth(11, 7, 2)),
         ("Black Friday", nth(11, 4, 4, 1)), ("Cyber Monday", nth(11, 4, 4, 4)), ("Glorious Twelfth", fixed(8, 12))]


def test_named_days_in_plans_reports_and_years():
    cases = []
    for ref in REFS:
        for name, day in PLAIN:
            if day(ref.year) == ref:
                continue
            for frame in PLAN_FRAMES:
                cases.append((frame.format(h=name), ref, name, _d(_next(day, ref))))
            for frame in PAST_FRAMES:
                cases.append((frame.format(h=name), ref, name, _d(_last(day, ref))))
    for y in YEARS:
        for name, day in PLAIN:
            for frame in YEAR_FRAMES:
                cases.append((frame.format(h=name, y=y), date(2040, 1, 9), f"{name} {y}", _d(day(y))))
    check(cases)


# ---- a nation's day: Mother's Day, Father's Day, Thanksgiving, Election Day ---------------------------------------
NATION_DAYS = [
    ("Mother's Day", "the UK", from_easter(-21)), ("Mother's Day", "Ireland", from_easter(-21)),
    ("Mother's Day", "the US", nth(5, 7, 2)), ("Mother's Day", "Canada", nth(5, 7, 2)),
    ("Mother's Day", "Australia", nth(5, 7, 2)), ("Father's Day", "Australia", nth(9, 7, 1)),
    ("Father's Day", "the UK", nth(6, 7, 3)), ("Father's Day", "Canada", nth(6, 7, 3)),
    ("Thanksgiving", "Canada", nth(10, 1, 2)), ("Thanksgiving", "Toronto", nth(10, 1, 2)),
    ("Thanksgiving", "the US", nth(11, 4, 4)), ("Election Day", "the US", election_day),
    ("Election Day", "America", election_day)]


def test_a_nations_day():
    cases = []
    for ref in REFS:
        for name, nation, day in NATION_DAYS:
            if day(ref.year) == ref:
                continue
            if name == "Election Day":
                # (the merge with anchor32, §111) with no year told, the federal Election Day of an even year
                days = [day(y) for y in range(ref.year - 4, ref.year + 5) if y % 2 == 0]
                cases.append((f"We're in {nation}, so we'll be off for {name}.", ref, name, _d(min(d for d in days if d > ref))))
                cases.append((f"{name} was quiet enough in {nation}", ref, name, _d(max(d for d in days if d < ref))))
                continue
            cases.append((f"We're in {nation}, so we'll be off for {name}.", ref, name, _d(_next(day, ref))))
            cases.append((f"{name} was quiet enough in {nation}", ref, name, _d(_last(day, ref))))
    for y in YEARS:
        for name, nation, day in NATION_DAYS:
            cases.append((f"{name} {y} in {nation} was a washout", date(2040, 1, 9), f"{name} {y}", _d(day(y))))
    check(cases)


def test_election_day_with_no_nation_stays_untagged():
    """Which country's election is not in the words (the UK's, Canada's, Australia's polling days are called):
    untagged rather than the US day."""
    cases = []
    for ref in REFS[:12]:
        for text in ("I voted on Election Day.", "Election Day is going to be a long one for the count staff",
                     "see you after Election Day"):
            cases.append((text, ref, "Election Day", None))
    check(cases)


# ---- Northern Ireland's Twelfth, Scotland's bank holiday of St Andrew, Glasgow Fair's days ------------------------
def test_the_twelfth_in_northern_ireland():
    cases = []
    for ref in REFS:
        if twelfth(ref.year) == ref:
            continue
        nxt, lst = _next(twelfth, ref), _last(twelfth, ref)
        for text in ("We're off to watch the bands in Belfast on the Twelfth.", "the whole of Northern Ireland will shut down for the Twelfth",
                     "heading up to Portadown for the Twelfth, fancy it?"):
            cases.append((text, ref, "the Twelfth", _d(nxt)))
        if (nxt - ref).days <= 14:
            continue   # a past verb a fortnight before a holiday speaks of the one ahead (§15's convention, resolve)
        cases.append(("The Twelfth was wet in Belfast", ref, "The Twelfth", _d(lst)))
        cases.append(("we watched the bands on the Twelfth in Derry, it was class", ref, "the Twelfth", _d(lst)))
    for y in YEARS:
        cases.append((f"the Twelfth {y} in Belfast passed off peacefully", date(2040, 1, 9), f"the Twelfth {y}", _d(twelfth(y))))
    check(cases)


def test_the_twelfth_elsewhere_is_no_wrong_day():
    """A capitalised "the Twelfth" with no Northern Irish place near it: no day (it is not the 12th of this month);
    "the Twelfth of July" is the date; "Twelfth Night" the play; "the Twelfth fortnight" no fixed extent."""
    cases = []
    for ref in REFS[:12]:
        cases.append(("see you on the Twelfth then", ref, "the Twelfth", None))
        cases.append(("I watched Twelfth Night at the Globe", ref, "Twelfth Night", None))
        cases.append(("I watched Twelfth Night at the Globe", ref, "Twelfth", None))
        cases.append(("the factory shuts for the Twelfth fortnight in Belfast", ref, "the Twelfth", None))
        cases.append(("heading home for the Twelfth of July", ref, "the Twelfth of July", _d(_next(fixed(7, 12), ref))))
        cases.append(("we'll pay on the twelfth", ref, "the twelfth",
                      _d(ref.replace(day=12) if ref.day < 12 else (ref.replace(day=1) + timedelta(days=32)).replace(day=12))))
    check(cases)


def test_st_andrews_day_and_its_bank_holiday():
    cases = []
    for y in YEARS:
        for text in (f"St Andrew's Day bank holiday {y} was a washout", f"St Andrew's Day holiday {y} was a washout"):
            name = text.split(" was")[0]
            cases.append((text, date(2040, 1, 9), name, _d(st_andrews_holiday(y))))
        cases.append((f"St Andrew's Day {y} was a washout", date(2040, 1, 9), f"St Andrew's Day {y}", _d(date(y, 11, 30))))
    for ref in REFS:
        if st_andrews_holiday(ref.year) == ref:
            continue
        cases.append(("are you off for the St Andrew's Day bank holiday?", ref, "St Andrew's Day bank holiday",
                      _d(_next(st_andrews_holiday, ref))))
        if _next(st_andrews_holiday, ref).isoweekday() == 1:   # a weekend's St Andrew's Day, kept on the Monday
            cases.append(("we'll be shut St Andrew's Day bank holiday Monday", ref, "St Andrew's Day bank holiday Monday",
                          _d(_next(st_andrews_holiday, ref))))
    check(cases)


def test_glasgow_fair_days_are_no_bare_weekday():
    """Glasgow Fair's Friday and Monday are set by the council each year (no statute): untagged, and never the
    Friday or the Monday of the week."""
    cases = []
    for ref in REFS:
        for text, expr in (("Glasgow Fair Friday is mental on the trains", "Friday"), ("see you Glasgow Fair Monday", "Monday"),
                           ("the Edinburgh spring holiday is a nightmare for parking", "spring")):
            cases.append((text, ref, expr, None))
    check(cases)


# ---- May Day and Groundhog Day by their frame ---------------------------------------------------------------------
def test_may_day_and_groundhog_day_by_their_frame():
    cases = []
    for ref in REFS:
        for name, day in (("May Day", fixed(5, 1)), ("Groundhog Day", fixed(2, 2))):
            if day(ref.year) == ref:
                continue
            nxt, lst = _next(day, ref), _last(day, ref)
            for text in (f"we'll be off on {name}, back the day after", f"see you after {name}",
                         f"can we leave it until {name}?"):
                cases.append((text, ref, name, _d(nxt)))
            cases.append((f"we went up the hill on {name}, it was lovely", ref, name, _d(lst)))
        # the May Day bank holiday and its weekend: the first Monday of May
        may = nth(5, 1, 1)
        if not may(ref.year) - timedelta(days=3) <= ref <= may(ref.year):
            cases.append(("we'll be away for the May Day bank holiday", ref, "May Day bank holiday", _d(_next(may, ref))))
            # the May Day weekend and "May Day Monday": the bank holiday's (a weekend or a Monday is no rally's)
            cases.append(("we'll be away over the May Day weekend", ref, "May Day weekend", _we_before_monday(_next(may, ref))))
            cases.append(("may day weekend will be wet again", ref, "may day weekend", _we_before_monday(_next(may, ref))))
            cases.append(("see you May Day Monday!", ref, "May Day Monday", _d(_next(may, ref))))
    check(cases)


def test_may_day_and_groundhog_day_untagged():
    cases = []
    for ref in REFS[:12]:
        for text, expr in (("the May Day parade was rammed", "May Day"), ("Mayday! Mayday!", "Mayday"),
                           ("It's like Groundhog Day in this office", "Groundhog Day"),
                           ("every day is Groundhog Day with a newborn", "Groundhog Day"),
                           ("we watched Groundhog Day again", "Groundhog Day")):
            cases.append((text, ref, expr, None))
    check(cases)


# ---- holiday weekends --------------------------------------------------------------------------------------------
def _we_before_monday(monday: date) -> tuple[str, str]:
    y, w, _ = (monday - timedelta(days=2)).isocalendar()
    return "DATE", f"{y:04d}-W{w:02d}-WE"


def test_holiday_weekends():
    cases = []
    for ref in REFS:
        for name, day in (("Memorial Day weekend", nth(5, 1, -1)), ("Labor Day weekend", nth(9, 1, 1))):
            holiday = day(ref.year)
            if holiday - timedelta(days=3) <= ref <= holiday:
                continue
            nxt = _next(day, ref)
            for text in (f"the pool will open {name}", f"we'll go camping {name}, can't wait"):
                cases.append((text, ref, name, _we_before_monday(nxt)))
            cases.append((f"we went camping {name}, it rained", ref, name, _we_before_monday(_last(day, ref))))
    check(cases)


# ---- other calendars: the tables' years only ----------------------------------------------------------------------
OTHER = {"Diwali": ("hindu", "diwali_india"), "Lunar New Year": ("chinese", "lunar_new_year"),
         "Eid al-Fitr": ("islamic", "eid_al_fitr"), "Eid al-Adha": ("islamic", "eid_al_adha"),
         "Rosh Hashanah": ("hebrew", "rosh_hashanah"), "Yom Kippur": ("hebrew", "yom_kippur"),
         "Hanukkah": ("hebrew", "hanukkah"), "Passover": ("hebrew", "passover"), "Holi": ("hindu", "holi")}


def test_other_calendars_in_informal_frames():
    cases = []
    for ref in [date(2025, 3, 3) + timedelta(days=k) for k in range(7)] + [date(2027, m, 10) for m in range(1, 13)]:
        for name, (cal, fn) in OTHER.items():
            days = sorted(d for y in (ref.year - 1, ref.year, ref.year + 1) for d in library_days(cal, fn, y))
            if ref in days:
                continue
            nxt, lst = next(d for d in days if d > ref), next(d for d in reversed(days) if d < ref)
            cases.append((f"going home for {name}, can't wait", ref, name, _d(nxt)))
            cases.append((f"{name} was quiet enough this time", ref, name, _d(lst)))
    check(cases)


# ---- negatives ---------------------------------------------------------------------------------------------------
NEGATIVES = [("We'll go come rain or sun", "sun"), ("we'll be there come rain or sun!", "sun"),
             ("He lives on Memorial Day Drive", "Memorial Day"), ("we went past the Memorial Day Park", "Memorial Day"),
             ("Super Bowl Sunday party at mine", "Super Bowl Sunday"), ("Super Bowl Sunday party at mine", "Sunday"),
             ("Tax Day is coming, panic", "Tax Day"), ("we're going to the temple for Vesak", "Vesak"),
             ("the Twelfth Night party was fun", "Twelfth Night")]


def test_negatives():
    cases = []
    for ref in REFS:
        for text, expr in NEGATIVES:
            cases.append((text, ref, expr, None))
    check(cases)


def test_rain_or_sun_keeps_sun_as_a_day_elsewhere():
    """Control: "sun" after a frame of days stays the Sunday."""
    cases = []
    for ref in REFS:
        if ref.isoweekday() == 7:
            continue
        cases.append(("can we do sun instead? sat is rammed", ref, "sun",
                      _d(ref + timedelta(days=(7 - ref.isoweekday()) % 7 or 7))))
    check(cases)


def test_the_sections_own_examples():
    """docs §113's quoted cases, word for word (values from the functions above)."""
    ref = date(2027, 1, 10)
    check([("the Twelfth 2026 in Belfast passed off peacefully", ref, "the Twelfth 2026", _d(twelfth(2026))),
           ("St Andrew's Day bank holiday 2025 was a washout", ref, "St Andrew's Day bank holiday 2025", _d(st_andrews_holiday(2025))),
           ("we'll head out on Groundhog Day", ref, "Groundhog Day", _d(date(2027, 2, 2))),
           ("can it wait until Groundhog Day?", ref, "Groundhog Day", _d(date(2027, 2, 2))),
           ("haggis for Burns Nicht, who's in?", ref, "Burns Nicht", _d(date(2027, 1, 25)))])
