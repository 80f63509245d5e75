"""The clock times of a night event and of a schedule under its day: which day each time is on (thirty-sixth session,
nightof36; docs/informal-time.md §136). A night event named with its day ("The ball is on Tuesday 16th.", "Party at ours
on Saturday 20th!", "Foreday is Friday 1st") makes that day's night the talk's: a small hour said with its am in the
sentences after it ("The headliner is on at 1.15am", "Taxis are booked for 2.30am") is the next day's; in a list of a
night's timings ("Gates 9pm / Fireworks at midnight / Headliner 1.15am / Survivors' photo 5.45am / Clean up from 7am")
midnight ends the night's day (T24:00) and every time after a time past it is the next morning's; "the 11pm-3am
shift" runs into the next day; "Foreday is Friday 1st into the Saturday morning, we meet at the square at midnight" is
the end of Friday 1st. Where the night must not carry: a day event ("the market", "the early shift") keeps its own
small hours; a time with its own day; a past put after the day of writing; a list under no day.

The sentences are this session's own, in several voices (a May Ball committee's e-mail, a friend's text, a gig's post,
a nurse's rota, a carnival band's notice, a wedding's running order, a night market's stall-holder); the days of
writing are every day of a week in March 2025, month ends, the year's turn and a leap day; every value is computed here
from the calendar (``gridcheck.next_weekday``), never from the tagger's output."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import WEEKDAYS, check, check_untagged, next_weekday, time_on

REFS = [date(2025, 3, 3) + timedelta(days=k) for k in range(7)] + [
    date(2025, 1, 31), date(2025, 4, 30), date(2025, 6, 10), date(2025, 12, 29), date(2025, 12, 31), date(2028, 2, 27),
    date(2028, 2, 28), date(2026, 5, 31)]

SHORT = ["Mon", "Tues", "Weds", "Thurs", "Fri", "Sat", "Sun"]


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _nights(ref: date):
    """(weekday as written, its day of the month, the day) of each night to come in the week after the day of writing,
    written in full and short ("Tuesday 16th", "Tues 16th")."""
    out = []
    for n in range(1, 8):
        if n == ref.isoweekday():
            continue
        day = next_weekday(ref, n)
        for names in (WEEKDAYS, SHORT):
            out.append((names[n - 1], _ordinal(day.day), day))
    return out


def _dt(day: date, h: int, m: int = 0):
    return time_on(day, h, m)


def _midnight(day: date):
    return "TIME", f"{day.isoformat()}T24:00"


# ---- 1. a small hour with its am after a sentence that names a night event with its day -------------------------------
EVENTS = ["The ball is on {w} {o}.", "The party is on {w} {o}!", "Our wedding reception is on {w} {o}.",
          "Gig is on {w} {o}, can't wait.", "The night market opens on {w} {o}.", "Foreday is {w} {o} this year.",
          "Prom is on {w} {o} and we've got the limo.", "The rave is on {w} {o}, tickets are gone."]
SMALL = [  # (sentence, expression, hour, minute)
    ("The headliner is on at 1.15am.", "1.15am", 1, 15),
    ("Taxis are booked for 2.30am.", "2.30am", 2, 30),
    ("I'll pick you up at 4am.", "4am", 4, 0),
    ("Carriages are at 5am so pace yourselves.", "5am", 5, 0),
    ("Last orders will be at 1am.", "1am", 1, 0),
]


def test_a_small_hour_after_a_night_event_with_its_day():
    cases = []
    for ref in REFS:
        for w, o, day in _nights(ref):
            for ev in EVENTS:
                for sep in (" ", "\n"):
                    for follow, expr, h, m in SMALL:
                        cases.append((ev.format(w=w, o=o) + sep + follow, ref, expr, _dt(day + timedelta(days=1), h, m)))
    check(cases)


# ---- 2. a night's list of timings: midnight ends the day, the times after it are the next morning's -------------------
LIST = ("Final timings for the night below:\n- Committee on site from 2pm on {w} {o}, security briefing 6.30pm\n"
        "- Gates 9pm\n- Fireworks at midnight\n- Headliner 1.15am\n- Survivors' photo 5.45am\n- Clean up from 7am")
LIST_WANT = [("9pm", 0, 21, 0), ("1.15am", 1, 1, 15), ("5.45am", 1, 5, 45), ("7am", 1, 7, 0)]
RUNNING = ("Running order for the reception on {w} {o}:\n- first dance 9pm\n- cake at 10.30pm\n- bar shuts at midnight\n"
           "- carriages 1am\n- breakfast for the die-hards 6am")
RUNNING_WANT = [("9pm", 0, 21, 0), ("10.30pm", 0, 22, 30), ("1am", 1, 1, 0), ("6am", 1, 6, 0)]


def test_a_nights_list_of_timings():
    cases = []
    for ref in REFS:
        for w, o, day in _nights(ref):
            for frame, wants in ((LIST, LIST_WANT), (RUNNING, RUNNING_WANT)):
                text = frame.format(w=w, o=o)
                for expr, off, h, m in wants:
                    cases.append((text, ref, expr, _dt(day + timedelta(days=off), h, m)))
                cases.append((text, ref, "midnight", _midnight(day)))
    check(cases)


# ---- 3. a shift over midnight, and a night's midnight said after its morning ------------------------------------------
def test_a_shift_over_midnight_and_the_nights_midnight():
    cases = []
    for ref in REFS:
        for w, o, day in _nights(ref):
            nxt = WEEKDAYS[day.isoweekday() % 7]
            for ev in ("The ball is on {w} {o}. I'm on the 11pm-3am shift.",
                       "The party's on {w} {o} and I'm doing the 11pm-3am shift on the door."):
                text = ev.format(w=w, o=o)
                cases.append((text, ref, "11pm", _dt(day, 23, 0)))
                cases.append((text, ref, "3am", _dt(day + timedelta(days=1), 3, 0)))
            for ev in ("Foreday itself is {w} {o} into the {n} morning, we meet at Spring Garden at midnight and jump til sunrise",
                       "Foreday Morning Jump-Up is {w} {o} into the {n} morning, we meet at the square at midnight."):
                cases.append((ev.format(w=w, o=o, n=nxt), ref, "midnight", _midnight(day)))
    check(cases)


# ---- 4. where the night must not carry -------------------------------------------------------------------------------
def test_a_day_event_and_a_time_with_its_own_day_keep_their_day():
    cases = []
    for ref in REFS:
        for w, o, day in _nights(ref):
            # a day's event or an early shift: its small hours are its own day's
            cases.append((f"The early shift on {w} {o} starts at 5am.", ref, "5am", _dt(day, 5, 0)))
            cases.append((f"The car boot sale on {w} {o} opens at 5.30am for sellers.", ref, "5.30am", _dt(day, 5, 30)))
            # a time with its own day after the night: that day's
            other = day + timedelta(days=2)
            cases.append((f"The ball is on {w} {o}. The cleaners come at 5am on {WEEKDAYS[other.isoweekday() - 1]} "
                          f"{_ordinal(other.day)}.", ref, "5am", _dt(other, 5, 0)))
            # the talk moves to the night's own day's morning: its small hours are that morning's
            cases.append((f"The party is on {w} {o}! Gates 9pm.\n{w} morning I'm up at 5am for the market though.", ref,
                          "5am", _dt(day, 5, 0)))
            # an evening's time of the night is its own day's, not the next
            cases.append((f"The ball is on {w} {o}. Gates open at 9pm.", ref, "9pm", _dt(day, 21, 0)))
    check(cases)


def test_the_end_of_a_range_and_a_mornings_own_event_keep_their_reading():
    cases = []
    for ref in REFS:
        # the end of a range past midnight is no time of a list past it: "book before 6" is the evening's
        text = "We're fully booked from 10pm tonight until 3am, if you need a lift home from the parties book before 6!"
        cases.append((text, ref, "3am", _dt(ref + timedelta(days=1), 3, 0)))
        cases.append((text, ref, "6", _dt(ref, 18, 0)))
        for w, o, day in _nights(ref):
            # a bare hour past midnight in an evening's own sentence: the existing roll, kept
            text = f"{w} {o} / doors 10pm, last entry 1, till 4. Tickets 8 adv"
            cases.append((text, ref, "1", _dt(day + timedelta(days=1), 1, 0)))
            cases.append((text, ref, "4", _dt(day + timedelta(days=1), 4, 0)))
            # J'ouvert's small hours are its own day's (it is the morning's event, not the night before's)
            cases.append((f"J'ouvert is on {w} {o}, we're playing mud mas, meet at the yard at 3am.", ref, "3am",
                          _dt(day, 3, 0)))
    check(cases)


def test_a_list_under_no_day_stays_on_the_day_of_writing():
    cases = []
    for ref in REFS:
        text = "Timings:\n- Doors 8pm\n- Last orders 1am"
        cases.append((text, ref, "8pm", _dt(ref, 20, 0)))
        cases.append((text, ref, "1am", _dt(ref, 1, 0)))
    check(cases)


def test_a_nights_words_with_no_time_stay_untagged():
    check_untagged([("Final timings for the night below:", ["the night", "night"]),
                    ("Ball tickets are 180 each, 2 per person.", ["180", "2"]),
                    ("Party of 6, table 12 please.", ["6", "12"]),
                    ("Gig was 5 stars, headliner on for 2 hours.", ["5", "2"]),
                    ("Committee on site early, security briefing after.", ["early"])], REFS)
