"""generic45 (docs/informal-time.md §260, §261): clocks and months of a timetable or of a standing habit have no day.

§260: a timetable's list of clocks under its heading is of no day, even where the heading names a holiday or a weekday:
"Water taxi times over Anzac weekend from the wharf: 7am, 9.15am, 2pm, 4.30pm" and its leg after it, "From the island
7.45am, 10.30am, 3pm" (XXXX-XX-XXThh:mm each). A word of one day on the line before the heading or in it keeps the list
that day's: "Tomorrow's sailings: 8am, 10am and 2pm", "Tomorrow is regatta day so the buses are on the Sunday timetable:
9am, 11am and 3pm"; a date in the heading too ("Departures 14 April 2027: 9am, 1pm").
§261: a month named as the kind of month it is, in the present, is of any year: "October is still the wettest month",
"the busiest month is August", "the trips are the best in December" (XXXX-MM); told in the past or as a record ("was the
wettest month", "the wettest month on record") it stays one month. A standing cut-off a day ahead of whatever is booked:
"Bookings close the day before at noon", "Pre-orders in by 6pm the night before" (the clock of no day); a past ("We booked
the day before at noon") or a day the sentence names ("The party is Saturday, RSVP the day before by 8pm") keeps it dated.

The sentences are this session's own (NZ, Scottish, Caribbean, Australian, Irish voices); days of writing every day of a
March 2026 week, month and year ends, leap days; values computed with datetime."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, found, habit_time, other_weekdays, time_on

REFS = ([date(2026, 3, 9) + timedelta(days=k) for k in range(7)]
        + [date(2025, 10, 31), date(2025, 12, 31), date(2026, 1, 1), date(2026, 2, 28), date(2028, 2, 29),
           date(2024, 12, 31), date(2027, 6, 30)])

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

# §260: a heading, a colon, a list of clocks: ({a} .. {d} the clocks as written)
HEADINGS = ["Local here. Ferry timetable over Easter from the wharf: {a}, {b}, {c}, {d}.",
            "Water taxi times over the long weekend: {a}, {b}, {c} and {d}",
            "Sailings from Ullapool: {a}, {b}, {c}, {d}. Book ahead in summer",
            "Bus times from the square: {a} / {b} / {c} / {d}",
            "Boat times on Sundays: {a}, {b}, {c} & {d}",
            "The shuttle timetable from the ferry terminal: {a}, {b}, {c}, {d}"]
# the leg after the first list, then one departure of one day in the sentence after
LEG = ("Ferry timetable from Bluff: {a}, {b}, {c}. From Oban {d}, {e}, {f}. The {g} {day} is already full.")
LISTS = [((8, 0), (9, 30), (15, 0), (17, 0)), ((7, 0), (9, 15), (14, 0), (16, 30)), ((6, 45), (10, 0), (13, 0), (18, 0)),
         ((8, 30), (11, 0), (14, 30), (17, 45))]


def clock(h: int, m: int) -> str:
    """A clock as a notice writes it: "9.30am", "2pm", "4.30pm"."""
    suf = "am" if h < 12 else "pm"
    h12 = h if h <= 12 else h - 12
    return f"{h12}{'.%02d' % m if m else ''}{suf}"


def case_260():
    out = []
    for k, ref in enumerate(REFS):
        for i, frame in enumerate(HEADINGS):
            clocks = LISTS[(i + k) % len(LISTS)]
            words = [clock(*c) for c in clocks]
            text = frame.format(a=words[0], b=words[1], c=words[2], d=words[3])
            for w, (h, m) in zip(words, clocks):
                out.append((text, ref, w, habit_time(h, m)))
        # the leg after "From ...", and one departure named with its weekday in the next sentence
        a, b = LISTS[k % len(LISTS)], LISTS[(k + 1) % len(LISTS)]
        wd, name = other_weekdays(ref)[k % 6]
        first, second = [clock(*c) for c in a[:3]], [clock(*c) for c in b[:3]]
        text = LEG.format(a=first[0], b=first[1], c=first[2], d=second[0], e=second[1], f=second[2], g=second[2], day=name)
        for w, (h, m) in zip(first + second, list(a[:3]) + list(b[:3])):
            out.append((text, ref, w, habit_time(h, m)))
    return out


def case_260_named_departure():
    """(text, ref, expression, weekday number, hour, minute): "The 3pm Tuesday is already full" after the timetable
    names one departure: dated on such a weekday (which one, the next or the last, is the direction rules' reading)."""
    out = []
    for k, ref in enumerate(REFS):
        a, b = LISTS[k % len(LISTS)], LISTS[(k + 1) % len(LISTS)]
        wd, name = other_weekdays(ref)[k % 6]
        first, second = [clock(*c) for c in a[:3]], [clock(*c) for c in b[:3]]
        text = LEG.format(a=first[0], b=first[1], c=first[2], d=second[0], e=second[1], f=second[2], g=second[2], day=name)
        out.append((text, ref, f"{second[2]} {name}", wd, *b[2]))
    return out


# §260, must stay one day's: a word of one day before the heading or in it; a date in the heading
ONE_DAY = ["Tomorrow's sailings: {a}, {b} and {c}", "Tomorrow is regatta day so the buses are on the Sunday timetable: {a}, {b} and {c}",
           "Ferry times tomorrow: {a}, {b}, {c}"]


def case_260_one_day():
    out = []
    for k, ref in enumerate(REFS):
        clocks = LISTS[k % len(LISTS)][:3]
        words = [clock(*c) for c in clocks]
        for frame in ONE_DAY:
            text = frame.format(a=words[0], b=words[1], c=words[2])
            for w, (h, m) in zip(words, clocks):
                out.append((text, ref, w, time_on(ref + timedelta(days=1), h, m)))
        text = "Departures 14 April 2027: {}, {}".format(words[0], words[1])
        for w, (h, m) in zip(words[:2], clocks[:2]):
            out.append((text, ref, w, time_on(date(2027, 4, 14), h, m)))
    return out


# §261: a month as the kind of month it is, in the present
MONTH_KIND = ["Been guiding these trails 15 years and {M} still the wettest month, don't let anyone tell you different",
              "{M} is the driest month of the year here",
              "Honestly the best time to visit is {M}",
              "the wettest month is still {M} round here",
              "Thanks Ana, the morning trips are the best in {M} for exactly that reason.",
              "{M}'s always the coldest month, bring a jumper"]
# §261, must stay one month's: a past or a record
MONTH_ONE = ["{M} was the wettest month we've had", "{M} is the wettest month on record here",
             "it was the busiest {M} in years"]


def case_261_months():
    out = []
    for k, ref in enumerate(REFS):
        for i, frame in enumerate(MONTH_KIND):
            for j in range(2):
                name = MONTH_NAMES[(3 * k + 5 * i + 7 * j) % len(MONTH_NAMES)]
                out.append((frame.format(M=name), ref, name, ("DATE", f"XXXX-{MONTH_NUMBER[name]:02d}")))
    return out


# months whose names are also a word or a name ("May", "March", "June", "August") are found by the month rules only with
# a cue of their own; the grid asks the reading, not the finding
MONTH_NAMES = [m for m in MONTHS if m not in ("May", "March", "June", "August")]
MONTH_NUMBER = {m: MONTHS.index(m) + 1 for m in MONTHS}

# §261: a standing cut-off a day ahead
DEADLINE = ["Bookings close the day before at {c}.", "Pre-orders in by {c} the night before please",
            "please cancel the day before by {c} or you pay in full", "Orders must be in the day before by {c}, ta"]
DEADLINE_CLOCKS = [(12, 0, "noon"), (17, 0, "5pm"), (18, 0, "6pm"), (20, 0, "8pm"), (11, 0, "11am"), (16, 30, "4.30pm")]
# must stay dated: a past, a day the sentence names
DEADLINE_ONE = ["We booked the day before at {c} and got the last seats.", "The party is {d}, RSVP the day before by {c}"]


def case_261_deadlines():
    out = []
    for k, ref in enumerate(REFS):
        for i, frame in enumerate(DEADLINE):
            h, m, w = DEADLINE_CLOCKS[(i + k) % len(DEADLINE_CLOCKS)]
            out.append((frame.format(c=w), ref, w, habit_time(h, m)))
    return out


def test_260_a_timetables_clocks_are_of_no_day():
    check(case_260())


def test_260_one_departure_named_with_its_day_stays_dated():
    wrong = []
    for text, ref, expr, wd, h, m in case_260_named_departure():
        got = found(text, ref, expr)
        if got is None or got[1].startswith("XXXX") or date.fromisoformat(got[1][:10]).isoweekday() != wd \
                or not got[1].endswith(f"T{h:02d}:{m:02d}"):
            wrong.append(f"{ref} {text!r}: {got}")
    assert not wrong, f"{len(wrong)} wrong:\n" + "\n".join(wrong[:25])


def test_260_a_timetable_of_one_day_stays_dated():
    check(case_260_one_day())


def test_261_a_month_as_its_kind_is_of_any_year():
    check(case_261_months())


def test_261_a_month_told_in_the_past_or_as_a_record_stays_one_month():
    wrong = []
    for k, ref in enumerate(REFS):
        for i, frame in enumerate(MONTH_ONE):
            name = MONTH_NAMES[(5 * k + 3 * i) % len(MONTH_NAMES)]
            text = frame.format(M=name)
            got = found(text, ref, name)
            if got is None or not got[1][:4].isdigit() or not got[1].endswith(f"-{MONTH_NUMBER[name]:02d}"):
                wrong.append(f"{ref} {text!r}: {got}")
    assert not wrong, f"{len(wrong)} wrong:\n" + "\n".join(wrong[:25])


def test_261_a_cut_off_a_day_ahead_is_of_no_day():
    check(case_261_deadlines())


def test_261_a_cut_off_told_in_the_past_or_of_a_named_day_stays_dated():
    wrong = []
    for k, ref in enumerate(REFS):
        h, m, w = DEADLINE_CLOCKS[k % len(DEADLINE_CLOCKS)]
        wd, name = other_weekdays(ref)[k % 6]
        for frame in DEADLINE_ONE:
            text = frame.format(c=w, d=name)
            got = found(text, ref, w)
            if got is None or got[1].startswith("XXXX"):
                wrong.append(f"{ref} {text!r}: {got}")
    assert not wrong, f"{len(wrong)} wrong:\n" + "\n".join(wrong[:25])
