"""Clock times of no particular day against clock times of one day (twenty-fifth session, generic26; docs/informal-time.md,
its section on a frequency word with its start day, "every 2 hrs", a question of what is offered and an occasion gone).
These are XXXX-XX-XXThh:mm (the fresh README: a habit's hour, and "a time whose day the text does not tell"):
- a frequency word whose clause names only the day an arrangement starts: "Reception open 9am to 9pm daily from July 1st";
- a park's "Quiet time 11pm to 8am";
- "every" and a number with a unit written short: "Checks every 2 hrs round the clock" (a SET, PT2H; its sentence's hours);
- a question about what a business offers: "do you do afternoon parties?? like 3 till 6";
  "can you do evenings, say 7pm till 11pm?";
- an occasion gone named by its place in a series, not by its day: "last time she was on at 11pm and i missed her";
  "didnt get in till 2am from the last one".
The same shapes with a day in the clause, a present instead of the past, or a modal question of one slot ("can you do 3pm
tomorrow?") keep their day. The sentences are this session's own, written for these shapes, none copied from a corpus
text; every dated value is computed here from the calendar."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, habit_time as _habit, time_on as _on

# every day of a week in two years, and a year's turn
REFS = [date(2025, 6, 2) + timedelta(days=k) for k in range(7)] + \
       [date(2026, 3, 9) + timedelta(days=k) for k in range(7)] + \
       [date(2025, 12, 31), date(2026, 1, 1)]
# (as written, hour, minute): pairs of an opening and a closing hour the tagger finds with any verb (am/pm, a colon's
# two digits)
OPEN_CLOSE = [(("9am", 9, 0), ("9pm", 21, 0)), (("8:30am", 8, 30), ("5:30pm", 17, 30)), (("7.15am", 7, 15), ("10.45pm", 22, 45)),
              (("10am", 10, 0), ("4pm", 16, 0)), (("06:30", 6, 30), ("22:00", 22, 0))]
# a night's two ends
NIGHT = [(("11pm", 23, 0), ("8am", 8, 0)), (("10.30pm", 22, 30), ("7am", 7, 0)), (("10pm", 22, 0), ("6:30am", 6, 30)),
         (("11:30pm", 23, 30), ("7:15am", 7, 15))]
# small hours and late hours of a night out
LATE = [("2am", 2, 0), ("1:30am", 1, 30), ("3.15am", 3, 15), ("11pm", 23, 0), ("11.45pm", 23, 45), ("12.20am", 0, 20)]
# an afternoon's or an evening's range asked about
ASKED = [(("3pm", 15, 0), ("6pm", 18, 0)), (("7pm", 19, 0), ("11pm", 23, 0)), (("12:30pm", 12, 30), ("2:30pm", 14, 30)),
         (("6.30pm", 18, 30), ("9.30pm", 21, 30))]


def _pair(frames, pairs, want):
    cases = []
    for ref in REFS:
        for (t1, h1, m1), (t2, h2, m2) in pairs:
            for f in frames:
                text = f.format(a=t1, b=t2)
                cases.append((text, ref, t1, want(ref, h1, m1, 0)))
                cases.append((text, ref, t2, want(ref, h2, m2, 1)))
    return cases


def _no_day(ref, h, m, k):
    return _habit(h, m)


# 1. A frequency word in the clause, whose only day is the one the arrangement starts or ends on
DAILY_FROM = [
    "Reception open {a} to {b} daily from July 1st.",
    "the cafe is open {a}-{b} daily from 1 April",
    "Pool open {a} to {b} daily as of next Monday!",
    "Gym open {a} - {b} daily until Christmas",
    "shop open {a} till {b} daily starting 3rd May, closed sundays",
]


def test_a_frequency_word_and_the_day_the_arrangement_starts():
    check(_pair(DAILY_FROM, OPEN_CLOSE, _no_day))


# 2. A park's or a house's quiet time, as "quiet hours" (a list of rules)
QUIET = [
    "Quiet time {a} to {b}, no exceptions!",
    "quiet time is {a}-{b} pls",
    "Dogs on leads at all times. Quiet time from {a} till {b}.",
]


def test_quiet_time():
    check(_pair(QUIET, NIGHT, _no_day))


# 3. A question about what is offered
OFFER = [
    "do you do afternoon parties?? like {a} till {b}",
    "Do you offer evening sessions, say {a} to {b}?",
    "can you do evenings, say {a} till {b}?",
    "hiya, could u do weekends? like {a}-{b}",
    "my mum's 70th is in the spring, do you do private parties? {a} till {b} ish",
]


def test_a_question_of_what_is_offered():
    # (a bare hour: its half as any bare hour's, 1-6 the afternoon's)
    bare = [("do you do afternoon parties?? like 3 till 6", ref, "6", _habit(18, 0)) for ref in REFS]
    check(_pair(OFFER, ASKED, _no_day) + bare)


# 4. An occasion gone named by its place in a series, not by its day
GONE = [
    "last time we went we didn't get home till {t}",
    "last time she was on at {t} and i missed her",
    "didnt get in till {t} from the last one mind",
    "The time before, they were still playing at {t} and nobody complained",
    "last time we went down there was 2019 and we didnt get back til gone {t}",
    "The last time I stayed they'd locked the doors by {t}!",
]


def test_an_occasion_gone_named_by_its_place_in_a_series():
    cases = []
    for ref in REFS:
        for t, h, m in LATE:
            for f in GONE:
                cases.append((f.format(t=t), ref, t, _habit(h, m)))
    check(cases)


# 5. "every" and a number with a unit written short: a frequency (a SET), and its sentence's clock times of no one day
SHORT_UNITS = [("hrs", "H"), ("hr", "H"), ("mins", "M"), ("min", "M"), ("wks", "W"), ("yrs", "Y")]
EVERY_FRAMES = ["feed him every {n} {u} or so", "Shuttle buses run every {n} {u}.", "checks every {n} {u} round the clock lol"]


def test_every_with_a_unit_written_short():
    cases = []
    for ref in REFS:
        for n in (2, 3, 20):
            for u, code in SHORT_UNITS:
                value = f"PT{n}{code}" if code in ("H", "M") else f"P{n}{code}"
                for f in EVERY_FRAMES:
                    cases.append((f.format(n=n, u=u), ref, f"every {n} {u}", ("SET", value)))
        for (t1, h1, m1), (t2, h2, m2) in LATE_PAIRS:
            text = f"Checks every 2 hrs round the clock, he does the {t1} and I do the {t2}."
            cases.append((text, ref, t1, _habit(h1, m1)))
            cases.append((text, ref, t2, _habit(h2, m2)))
    check(cases)


LATE_PAIRS = [(("2am", 2, 0), ("4am", 4, 0)), (("1:30am", 1, 30), ("3.30am", 3, 30)), (("12.30am", 0, 30), ("6am", 6, 0))]


# Look-alikes that keep their day
def test_look_alikes_keep_their_day():
    cases = []
    for ref in REFS:
        tomorrow = ref + timedelta(days=1)
        cases += [
            # a day in the time's own clause
            ("Reception open 9am to 9pm daily, but tomorrow we open at 11am", ref, "11am", _on(tomorrow, 11, 0)),
            ("do you do lunches tomorrow? like 1pm", ref, "1pm", _on(tomorrow, 13, 0)),
            ("The last bus tomorrow is 11.40pm", ref, "11.40pm", _on(tomorrow, 23, 40)),
            ("the last train tonight is 22:10", ref, "22:10", _on(ref, 22, 10)),
            ("quiet time tonight from 11pm", ref, "11pm", _on(ref, 23, 0)),
            ("last time i checked at 3pm yesterday it was fine", ref, "3pm yesterday", _on(ref - timedelta(days=1), 15, 0)),
            # a modal question of one slot, no plural of what is offered
            ("can you do 3pm?", ref, "3pm", _on(ref, 15, 0)),
            ("can you do 3pm tomorrow?", ref, "3pm tomorrow", _on(tomorrow, 15, 0)),
            # "the last one", "last time" with a present: no occasion gone
            ("the last one is at 7pm", ref, "7pm", _on(ref, 19, 0)),
            ("the last time slot is 4pm", ref, "4pm", _on(ref, 16, 0)),
            # a timetable's run with a copula: left on its day (tried and dropped, see the docs section)
            ("last bus back is 6.12pm", ref, "6.12pm", _on(ref, 18, 12)),
            ("last bus was 11pm and we missed it", ref, "11pm", _on(ref, 23, 0)),
        ]
    check(cases)
