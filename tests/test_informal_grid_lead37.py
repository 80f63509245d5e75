"""The lead's classes of the thirty-sixth session (docs/informal-time.md §148): a range of two days of one month with a
weekday before each end, the month written once after the last ("Mon 1st to Fri 12th April", "Thurs 4th - Sun 7th
July"): the first end takes the month said after the last, as "1st to 12th April" does (rule day_range), each weekday in
its end's extent and checking the year, where the first end had been read as the nearest such day of the month that is
that weekday (weekday_mday: "Mon 1st" written in late December was 1 January).

The sentences are this session's own; the days of writing are every fourth day of two years; the months one to nine
months ahead; values from the calendar here."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import MONTH, MON, WEEKDAYS, check

REFS = [date(2023, 1, 2) + timedelta(days=4 * k) for k in range(183)]
SHORT = ["Mon", "Tues", "Wed", "Thurs", "Fri", "Sat", "Sun"]
SUFFIX = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}
FRAMES = ["Spring camp runs {a} to {b}, book by the end of the week 🙂",
          "we're away {a} - {b} so no training those days",
          "Exhibition open {a}–{b}, all welcome!!"]


def _ord(d: int) -> str:
    return f"{d}{SUFFIX.get(d, 'th')}"


def range_cases():
    out = []
    for i, ref in enumerate(REFS):
        ahead = 1 + i % 9
        y, m = divmod(ref.year * 12 + ref.month - 1 + ahead, 12)
        m += 1
        d1 = 1 + (i * 5) % 20
        d2 = d1 + 2 + i % 6
        first, last = date(y, m, d1), date(y, m, d2)
        names = WEEKDAYS if i % 2 else SHORT
        month = MONTH[m - 1] if i % 3 else MON[m - 1]
        a = f"{names[first.weekday()]} {_ord(d1)}"
        b = f"{names[last.weekday()]} {_ord(d2)} {month}"
        frame = FRAMES[i % len(FRAMES)]
        text = frame.format(a=a, b=b)
        out += [(text, ref, a, ("DATE", first.isoformat())), (text, ref, b, ("DATE", last.isoformat()))]
    return out


def test_a_range_of_two_weekdays_with_their_days_shares_the_month_said_last():
    check(range_cases())



def test_without_its_weekdays_the_first_end_still_takes_the_month_said_last():
    # (without the weekdays the year of a present's "we're away 6th - 9th September" is the tense's, not asserted here)
    from gridcheck import found
    wrong = []
    for (t, ref, a, _w), (_t2, _r2, b, _w2) in zip(range_cases()[0::2], range_cases()[1::2]):
        bare = t.replace(a, a.split(" ", 1)[1]).replace(b, b.split(" ", 1)[1])
        one, two = found(bare, ref, a.split(" ", 1)[1]), found(bare, ref, b.split(" ", 1)[1])
        if one is None or two is None or one[1][:7] != two[1][:7]:
            wrong.append((ref, bare, one, two))
    assert not wrong, f"{len(wrong)} wrong: {wrong[:10]}"


def cross_cases():
    """A run over a month's end, the month said once after the last end ("Mon 29th – Fri 2nd Jan", "31st to 4th Aug",
    "30th Dec - 3rd Jan 2024"): the first end is of the month before; a year said after the last is the last end's."""
    out = []
    for i, ref in enumerate(REFS):
        ahead = 1 + i % 9
        y, m = divmod(ref.year * 12 + ref.month - 1 + ahead, 12)
        m += 1
        last = date(y, m, 1 + i % 4)
        first = last - timedelta(days=3 + i % 4)
        names = WEEKDAYS if i % 2 else SHORT
        month = MONTH[m - 1] if i % 3 else MON[m - 1]
        frame = FRAMES[i % len(FRAMES)]
        a = f"{names[first.weekday()]} {_ord(first.day)}"
        b = f"{names[last.weekday()]} {_ord(last.day)} {month}"
        text = frame.format(a=a, b=b)
        out += [(text, ref, a, ("DATE", first.isoformat())), (text, ref, b, ("DATE", last.isoformat()))]
        # with the year said: the weekdays left out, the first end's month and year from the last's
        a2, b2 = f"{_ord(first.day)} {MON[first.month - 1]}", f"{_ord(last.day)} {MON[m - 1]} {y}"
        text = frame.format(a=a2, b=b2)
        out += [(text, ref, a2, ("DATE", first.isoformat())), (text, ref, b2, ("DATE", last.isoformat()))]
    return out


def test_a_run_over_a_months_end_puts_its_first_end_in_the_month_before():
    check(cross_cases())


# (§148) a verbless conjunct after a habit's hour: its verb gapped, its hour the habit's too
HABITS = ["Check-in is from {c1} (key safe if we're out), checkout {c2}.", "Check-in is from {c1}, check-out by {c2} 🙂",
          "Breakfast is served from {c1}, dinner at {c2}.", "Reception is open from {c1}; bar until {c2}!!"]
# a clause of its own after the comma (a pronoun: a subject or an object) is no gapped conjunct: its hour is a day's
CLAUSES = ["Check-in is from {c1}, we arrive {c2}.", "Check-in is from {c1}, see you at {c2}",
           "Check-in is normally from {c1}, we're landing at {c2} so can we check in late?"]
PAIRS = [("3pm", 15, 0, "10am", 10, 0), ("4pm", 16, 0, "11am", 11, 0), ("2pm", 14, 0, "9:30pm", 21, 30)]


def gapped_cases():
    from gridcheck import habit_time
    out = []
    for ref in REFS[::6]:
        for c1, h1, m1, c2, h2, m2 in PAIRS:
            for frame in HABITS:
                text = frame.format(c1=c1, c2=c2)
                out += [(text, ref, c1, habit_time(h1, m1)), (text, ref, c2, habit_time(h2, m2))]
            for frame in CLAUSES:
                text = frame.format(c1=c1, c2=c2)
                out += [(text, ref, c1, habit_time(h1, m1)), (text, ref, c2, ("TIME", f"{ref.isoformat()}T{h2:02d}:{m2:02d}"))]
    return out


def test_a_gapped_conjunct_after_a_habits_hour_is_of_the_habit_too():
    check(gapped_cases())


# (§148) the hours after a run of days and a comma are every day's of the run (no one day), not the last day's; a
# return's hour ("back by 6pm") stays the last day's
RUN_FRAMES = ["Easter camp {a} to {b}, 2 hr sessions at {c} 🙂", "Open {a} to {b}, {c} til {d}!!",
              "Swim school {a} - {b}, lessons from {c}",
              "Easter hols 🐰 kids' lessons every morning {a} to {b}, 2 hr sessions at {c}. Book by Thursday"]
RUN_BACK = "We're away {a} to {b}, back by {c} 👋"
RUN_CLOCKS = [("9.30", 9, 30, "4", 16, 0), ("10", 10, 0, "2", 14, 0), ("9am", 9, 0, "3pm", 15, 0)]


def run_clock_cases():
    from gridcheck import habit_time, time_on
    out = []
    for i, (text0, ref, a, (_t, first)) in enumerate(range_cases()[0::2][::3]):
        b = range_cases()[0::2][::3][i]
        last_case = range_cases()[1::2][::3][i]
        bexpr, (_t2, last) = last_case[2], last_case[3]
        for c, h, mi, c2, h2, m2 in RUN_CLOCKS:
            for frame in RUN_FRAMES:
                if "from" in frame and c == "10":
                    continue   # (a bare hour after "from" alone is not found as a clock: not this class)
                text = frame.format(a=a, b=bexpr, c=c, d=c2)
                out.append((text, ref, c, habit_time(h, mi)))
                if "{d}" in frame:
                    out.append((text, ref, c2, habit_time(h2, m2)))
            if c.endswith(("am", "pm")):
                text = RUN_BACK.format(a=a, b=bexpr, c=c2)
                out.append((text, ref, c2, time_on(date.fromisoformat(last), h2, m2)))
    return out


def test_the_hours_after_a_run_of_days_are_every_days():
    check(run_clock_cases())


def test_a_day_moved_for_another_keeps_its_hour_on_the_new_day():
    from gridcheck import time_on
    out = []
    for text0, ref, a, (_t, first) in range_cases()[0::2][::5]:
        d = date.fromisoformat(first)
        new = d + timedelta(days=1)
        text = f"game has moved from {WEEKDAYS[d.weekday()]} {d.day} {MON[d.month - 1]} to {WEEKDAYS[new.weekday()]} {new.day} {MON[new.month - 1]}, KO 2pm."
        out.append((text, ref, "2pm", time_on(new, 14, 0)))
    check(out)
