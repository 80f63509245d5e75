"""Two causes of wrong values found by sorting the readable halves' wrong values by category (errs21, twentieth
session; docs/informal-time.md, the section of errs21): the start of a booked time off ("I've booked a week off work
from the 10th": the day to come, read as a past by the perfect), and a range of year-less dates that the day of
writing falls inside ("the leave year runs 1 Jan–31 Dec" written in March: its first end is this year's, not the next).
The sentences are this session's own; every value is computed here from the calendar."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, last_weekday, next_weekday

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_LONG = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December"]
# every day of a week in two years, the ends of months and a year's turn, a leap day
REFS = [date(2025, 6, 2) + timedelta(days=k) for k in range(7)] + \
       [date(2026, 3, 9) + timedelta(days=k) for k in range(7)] + \
       [date(2025, 12, 29), date(2025, 12, 31), date(2026, 1, 1), date(2026, 1, 31), date(2026, 2, 27),
        date(2026, 2, 28), date(2026, 9, 30), date(2027, 10, 17), date(2028, 2, 29)]


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def next_day_of_month(ref: date, n: int) -> date:
    """The next day numbered ``n`` after the day of writing (n <= 28: every month has it)."""
    if n > ref.day:
        return ref.replace(day=n)
    return (ref.replace(day=1) + timedelta(days=32)).replace(day=n)


def last_day_of_month(ref: date, n: int) -> date:
    """The last day numbered ``n`` before the day of writing (n <= 28)."""
    if n < ref.day:
        return ref.replace(day=n)
    return (ref.replace(day=1) - timedelta(days=1)).replace(day=n)



# 1. the start of a booked time off: a verb of booking time off, the time off ("a week off", "two days off work"),
# then "from"/"starting" and the day: the day to come, whatever the perfect or past of the booking says
TIME_OFF_FROM_DAY = ["I've booked a week off work from the {d}", "booked two days off from the {d}",
                     "I've requested the week off from the {d}", "Booked a fortnight off from the {d}!",
                     "i've booked 3 days off school from the {d} for the wedding"]
TIME_OFF_FROM_WEEKDAY = ["I've booked a week off work from {w}", "booked two days off starting {w}",
                         "I've requested the week off from {w}", "have booked a few days off from {w} so we can go"]
# (controls) time off taken or had is gone; a booking "for" a day was already read as ahead
TIME_OFF_HAD = ["I took a week off from the {d}", "I had two days off work from the {d}"]
TIME_OFF_HAD_WEEKDAY = ["I took a week off from {w}", "I had two days off work from {w}"]
BOOKED_FOR_DAY = ["I've booked a table for the {d}"]


def _day_cases(templates, when):
    cases = []
    for ref in REFS:
        for n in range(1, 29):
            if n == ref.day:
                continue   # the day of writing itself: today or a month on, not what this grid asks
            for t in templates:
                cases.append((t.format(d=ordinal(n)), ref, f"the {ordinal(n)}", ("DATE", when(ref, n).isoformat())))
    return cases


def _weekday_cases(templates, when, lower=False):
    cases = []
    for ref in REFS:
        for wd, name in enumerate(WEEKDAYS, 1):
            if wd == ref.isoweekday():
                continue
            w = name.lower() if lower else name
            for t in templates:
                cases.append((t.format(w=w), ref, w, ("DATE", when(ref, wd).isoformat())))
    return cases


def test_time_off_from_a_day_of_the_month():
    check(_day_cases(TIME_OFF_FROM_DAY, next_day_of_month))


def test_time_off_from_a_weekday():
    check(_weekday_cases(TIME_OFF_FROM_WEEKDAY, next_weekday))
    check(_weekday_cases(TIME_OFF_FROM_WEEKDAY, next_weekday, lower=True))


def test_time_off_controls():
    """Time off taken or had is gone; a table booked for a day is ahead (left18), unchanged."""
    check(_day_cases(TIME_OFF_HAD, last_day_of_month))
    check(_weekday_cases(TIME_OFF_HAD_WEEKDAY, last_weekday))
    check(_day_cases(BOOKED_FOR_DAY, next_day_of_month))


# 2. a range of year-less dates the day of writing falls inside: both ends are of the range that holds it ("the leave
# year runs 1 Jan–31 Dec" in March: this January, not the next; "the ski season runs 1 Dec – 30 Apr" in February:
# last December)
RANGE_TEMPLATES = ["The leave year runs {a}–{b}", "Open {a} - {b}", "the offer runs {a} to {b}",
                   "the café is open {a} – {b}, weather permitting", "roadworks on the A6 from {a} until {b}"]
# (offsets in days before and after the day of writing of the two ends: inside a range of at most 11 months)
INSIDE = [(1, 20), (10, 3), (40, 40), (75, 200), (180, 150), (300, 30), (31, 1)]
# (controls) a range still to come and one gone, told in the past, keep their ends in the order they are read
AHEAD = [(-10, 40), (-45, 120)]
GONE = ["the offer ran {a} to {b}", "we were away {a} - {b}"]
BEHIND = [(60, -20), (120, -2)]


def _dm(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]}"


def _range_cases(templates, offsets):
    cases = []
    for ref in REFS:
        for back, ahead in offsets:
            a, b = ref - timedelta(days=back), ref + timedelta(days=ahead)
            if (a.month, a.day) == (2, 29) or (b.month, b.day) == (2, 29) or (b - a).days >= 365:
                continue   # a leap day alone names its year's; a range of a year or more is no year-less range
            for t in templates:
                text = t.format(a=_dm(a), b=_dm(b))
                cases.append((text, ref, _dm(a), ("DATE", a.isoformat())))
                cases.append((text, ref, _dm(b), ("DATE", b.isoformat())))
    return cases


def test_range_of_dates_around_the_day_of_writing():
    check(_range_cases(RANGE_TEMPLATES, INSIDE))


def test_range_of_months_around_the_day_of_writing():
    """"we're open from October to March" written in February: last October to this March."""
    cases = []
    for ref in REFS:
        for back, ahead in ((2, 3), (4, 1), (1, 5), (6, 2)):
            ma = (ref.month - 1 - back) % 12 + 1
            ya = ref.year + (ref.month - 1 - back) // 12
            mb = (ref.month - 1 + ahead) % 12 + 1
            yb = ref.year + (ref.month - 1 + ahead) // 12
            text = f"we're open from {MONTHS_LONG[ma - 1]} to {MONTHS_LONG[mb - 1]}, closed the rest of the year"
            cases.append((text, ref, MONTHS_LONG[ma - 1], ("DATE", f"{ya:04d}-{ma:02d}")))
            cases.append((text, ref, MONTHS_LONG[mb - 1], ("DATE", f"{yb:04d}-{mb:02d}")))
    check(cases)


def test_range_controls():
    """A range wholly to come, and one told in the past wholly gone, are read as before."""
    check(_range_cases(RANGE_TEMPLATES, AHEAD))
    check(_range_cases(GONE, BEHIND))


# 3. a person up at an hour: "I'm up at 4 tomorrow for the flight", "was up at 5 today" name a morning's hour (the
# bare hours 1-6 were the afternoon's); "meet up at 5", "pick me up at 5" are no one's getting up
UP_AT = [("I'm up at {h} tomorrow for the flight", 1), ("I'll be up at {h} tomorrow for work", 1),
         ("was up at {h} today, shattered now", 0), ("we were up at {h} yesterday to catch the ferry", -1),
         ("im up at {h} tomorrow, early shift", 1), ("Been up at {h} every day this week and I was up at {h} today too", 0)]
NOT_UP = [("meet up at {h} tomorrow?", 1), ("can you pick me up at {h} tomorrow", 1), ("they showed up at {h} yesterday", -1)]


def _up_cases(templates, hours, pm):
    cases = []
    for ref in REFS:
        for t, days in templates:
            for h in hours:
                text = t.format(h=h)
                day = ref + timedelta(days=days)
                expr = next(e for e in (f"{h} tomorrow", f"{h} today", f"{h} yesterday") if e in text)
                hour = h + 12 if pm and h < 12 else h
                cases.append((text, ref, expr, ("TIME", f"{day.isoformat()}T{hour:02d}:00")))
    return cases


def test_up_at_an_hour():
    check(_up_cases(UP_AT, range(4, 12), pm=False))


def test_up_at_controls():
    """Meeting up, being picked up, showing up: a bare hour of 2-6 stays the afternoon's."""
    check(_up_cases(NOT_UP, range(2, 7), pm=True))
