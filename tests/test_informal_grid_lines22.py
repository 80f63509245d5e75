"""A clock time's day on a line of a list under a heading that names a day (lines22, twenty-first session;
docs/informal-time.md, the section of lines22). "Sat 14th\\n- 9am set-up\\n- 2pm kick-off", a conference's "DAY 2 – Tue 17
March\\n\\n09:00 Registration\\n9.45am Keynote", an itinerary's "Friday\\n- 6am leave home\\n- 9.40am flight", an invitation's
"On the day\\n2pm arrive\\n2.15pm games" under the party's date: each time is of the heading's day. Contrasts where the
heading must not govern: a deadline's heading ("Due Fri 13th:"), a line of prose after the list, a line that names its
own day, a line told in the past under a day to come or in the future under a day gone. The heading reaches at most 20
lines (``tagger._LIST_LINES``) and no further than a line of prose or a blank line after the list began.
The texts are this session's own; every value is computed here from the calendar."""
from __future__ import annotations

import calendar
from datetime import date, timedelta

from gridcheck import WEEKDAYS, check, last_weekday, next_weekday

# every day of a week in two years, the ends of months and a year's turn, a leap day
REFS = [date(2025, 6, 2) + timedelta(days=k) for k in range(7)] + \
       [date(2026, 3, 9) + timedelta(days=k) for k in range(7)] + \
       [date(2025, 12, 29), date(2025, 12, 31), date(2026, 1, 1), date(2026, 1, 31), date(2026, 2, 27),
        date(2026, 2, 28), date(2026, 9, 30), date(2027, 10, 17), date(2028, 2, 29)]
AHEAD = (3, 9)   # days from the day of writing to the day the heading names


def _nth(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _headings(d: date) -> list[str]:
    """The ways a list's heading names the day ``d``: "Sat 14th", "Saturday 14 March", "Sat 14 Mar"."""
    return [f"{calendar.day_abbr[d.weekday()]} {_nth(d.day)}", f"{calendar.day_name[d.weekday()]} {d.day} "
            f"{calendar.month_name[d.month]}", f"{calendar.day_abbr[d.weekday()]} {d.day} {calendar.month_abbr[d.month]}"]


# (template with the heading {H}, [(expression, hour, minute)]) lists under a dated heading, in several voices: each
# time of the heading's day
UNDER_DATE = [
    ("{H}\n- 9am set-up\n- 10.30am race start\n- 2pm prizes", [("9am", 9, 0), ("10.30am", 10, 30), ("2pm", 14, 0)]),   # a fun run
    ("{H}\n10am registration\n11.30 first heats\n2pm finals", [("10am", 10, 0), ("2pm", 14, 0)]),   # a swimming gala
    ("DAY 2 – {H}\n\n09:00 Registration\n9.45am Keynote: Dr Osei\n11am Panel: data in the wild\n12.30pm Lunch in the "
     "atrium\n2pm Workshops\n4.15pm Posters\n5.30pm Drinks", [("9.45am", 9, 45), ("2pm", 14, 0), ("5.30pm", 17, 30)]),   # an agenda
    ("{H}:\n• 1pm gates open\n• 2.40pm teams out\n• 5.15pm bar opens", [("1pm", 13, 0), ("5.15pm", 17, 15)]),   # match day
    ("{H} (sports day)\n- 9.15am children arrive in PE kit\n- 10am races\n- 12 noon picnic lunch\n- 1.30pm relays\n"
     "- 2.30pm parents' race", [("9.15am", 9, 15), ("2.30pm", 14, 30)]),   # a school newsletter
    ("Weekend rota\n{H} (Dev)\n- 8am open up\n- 4pm cash up", [("8am", 8, 0), ("4pm", 16, 0)]),   # a shop's rota
    ("{H}\n- set-up\n- tables out\n- race\n- first heats\n- lunch\n- prizes at 4pm", [("4pm", 16, 0)]),   # a list of jobs
    ("{H} — 7pm training\n- 8.30pm stretch and cool-down", [("7pm", 19, 0), ("8.30pm", 20, 30)]),   # a club's week
]

# (template with the day's full name and date {F}) an "On the day" heading under an invitation or an announcement
ON_THE_DAY = [
    ("Ava is 7!! Party on {F} at the village hall\n\nOn the day\n2pm arrive\n2.15pm games\n4pm cake",
     [("2.15pm", 14, 15), ("4pm", 16, 0)]),
    ("Race day is {F}.\n\nOn the day:\n- 7am bag drop opens\n- 8.30am start, 10k then the half",
     [("7am", 7, 0), ("8.30am", 8, 30)]),
]


def _full(d: date) -> str:
    return f"{calendar.day_name[d.weekday()]} {d.day} {calendar.month_name[d.month]}"


def _dated_cases():
    cases = []
    for ref in REFS:
        for k in AHEAD:
            d = ref + timedelta(days=k)
            for h in _headings(d):
                for tpl, times in UNDER_DATE:
                    cases += [(tpl.format(H=h), ref, e, ("TIME", f"{d.isoformat()}T{hh:02d}:{mm:02d}")) for e, hh, mm in times]
            for tpl, times in ON_THE_DAY:
                cases += [(tpl.format(F=_full(d)), ref, e, ("TIME", f"{d.isoformat()}T{hh:02d}:{mm:02d}")) for e, hh, mm in times]
    return cases


def test_times_under_a_dated_heading_are_of_its_day():
    check(_dated_cases())


# an itinerary a day a heading, its lines with no past form: the days to come; a trip's report, its lines in the past:
# the days gone
PLAN = "Plan for the trip\n{A}\n- 6am leave home\n- 9.40am flight to Faro\n{B}\n- 10am boat trip\n- 8pm dinner at Luis's"
REPORT = "{A}\n- 6am left home\n- 9.40am flight to Faro, delayed\n{B}\n- 10am boat trip, saw dolphins"
# a weekday with a colon over a programme (a fete's running order): the day to come
PROGRAMME = "{A}:\n- 9am set-up\n- 2pm kick-off\n- 5pm presentation"


def _weekday_cases():
    cases = []
    for ref in REFS:
        for a in range(1, 8):
            b = a % 7 + 1
            if ref.isoweekday() in (a, b):
                continue   # the day of writing's own weekday: that day or a week away, not what this grid asks
            plan = PLAN.format(A=WEEKDAYS[a - 1], B=WEEKDAYS[b - 1])
            da, db = next_weekday(ref, a), next_weekday(ref, b)
            prog = PROGRAMME.format(A=WEEKDAYS[a - 1])
            cases += [(prog, ref, WEEKDAYS[a - 1], ("DATE", da.isoformat())),
                      (prog, ref, "9am", ("TIME", f"{da.isoformat()}T09:00")),
                      (prog, ref, "5pm", ("TIME", f"{da.isoformat()}T17:00"))]
            cases += [(plan, ref, WEEKDAYS[a - 1], ("DATE", da.isoformat())),
                      (plan, ref, "9.40am", ("TIME", f"{da.isoformat()}T09:40")),
                      (plan, ref, "8pm", ("TIME", f"{db.isoformat()}T20:00"))]
            ra, rb = last_weekday(ref, a), last_weekday(ref, b)
            if rb < ra:
                continue   # the second day named is the day after the first: not the one before it
            report = REPORT.format(A=WEEKDAYS[a - 1], B=WEEKDAYS[b - 1])
            cases += [(report, ref, "9.40am", ("TIME", f"{ra.isoformat()}T09:40")),
                      (report, ref, "10am", ("TIME", f"{rb.isoformat()}T10:00"))]
    return cases


def test_a_weekday_heading_governs_its_lines_to_come_or_gone():
    check(_weekday_cases())


# (contrasts) where the heading must not govern. (template, expression, which day: "ref" the day of writing, "other"
# the day {O} the line names, hour, minute)
NOT_GOVERNED = [
    # a deadline's heading: the tasks under it are no programme of that day; a to-do's hour is of the day of writing
    ("Due {H}:\n- essay draft\n- lab report\n- 3pm call with the tutor", "3pm", "ref", 15, 0),
    # a line of prose after the list ends it
    ("{H}\n- 9am set-up\n- 2pm kick-off\nMum rang earlier, she gets in at 4pm", "4pm", "ref", 16, 0),
    # a line told in the past under a day to come
    ("{H}\n- 9am set-up\n- 2pm kick-off\n- Ali rang at 8am, he can't make it", "8am", "ref", 8, 0),
    # a line that names its own day
    ("{H}\n- 9am set-up\n- clear-up on {O} at 10am", "10am", "other", 10, 0),
]
# a line told in the future under a weekday gone (a match report): the day of writing's hour
GONE = "{W}\n- 9am set-up went fine\n- 2pm kick-off, we won 3-1\n- I'll send the photos round at 6pm"


def _negative_cases():
    cases = []
    for ref in REFS:
        for k in AHEAD:
            d, o = ref + timedelta(days=k), ref + timedelta(days=k + 1)
            for h in _headings(d):
                for tpl, e, which, hh, mm in NOT_GOVERNED:
                    day = ref if which == "ref" else o
                    cases.append((tpl.format(H=h, O=_headings(o)[0]), ref, e, ("TIME", f"{day.isoformat()}T{hh:02d}:{mm:02d}")))
        for n, name in enumerate(WEEKDAYS, 1):
            if n == ref.isoweekday():
                continue
            text = GONE.format(W=name)
            cases += [(text, ref, "2pm", ("TIME", f"{last_weekday(ref, n).isoformat()}T14:00")),
                      (text, ref, "6pm", ("TIME", f"{ref.isoformat()}T18:00"))]
    return cases


def test_a_heading_does_not_govern_a_deadline_prose_or_another_tense():
    check(_negative_cases())
