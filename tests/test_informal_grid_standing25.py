"""Clock times of no particular day that carry no habit word (twenty-fourth session, standing25; docs/informal-time.md,
its section on a place's standing present): a place's or a service's hour said in the present with a word of the
present state ("the pool currently opens at 6.45am", "these days the bar shuts at 10.30pm", "handover is now 07:45
not 08:00"), or a routine kept "since" a date ("ive done 7pm-7am since jan 2020") is the hour of a standing
arrangement, XXXX-XX-XXThh:mm; the same verbs with a day, a past tense, "going to", a rescheduled one-off ("the
meeting is now at 8pm"), or with no word of the present state at all ("the kitchen closes at 10.30pm": on the readable
A halves such a bare present is one day's about as often as not, so it keeps its day) stay on their day. The sentences
are this session's own, written for these shapes, none copied from a corpus text; every dated value is computed here
from the calendar."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, habit_time as _habit, time_on as _on

# every day of a week in two years, and a year's turn
REFS = [date(2025, 6, 2) + timedelta(days=k) for k in range(7)] + \
       [date(2026, 3, 9) + timedelta(days=k) for k in range(7)] + \
       [date(2025, 12, 31), date(2026, 1, 1)]
# (as written, hour, minute): times the tagger finds with any verb (am/pm, or a colon's two digits)
TIMES = [("7am", 7, 0), ("7:30am", 7, 30), ("6.45am", 6, 45), ("8pm", 20, 0), ("9:15pm", 21, 15), ("10.30pm", 22, 30),
         ("07:45", 7, 45), ("18:30", 18, 30)]


# (the hour and the hour it replaced, in the same notation: "is now 07:45 not 08:00")
NOT_PAIRS = [(("7am", 7, 0), ("7:30am", 7, 30)), (("7:30am", 7, 30), ("8am", 8, 0)), (("6.45am", 6, 45), ("7.15am", 7, 15)),
             (("8pm", 20, 0), ("8:30pm", 20, 30)), (("9:15pm", 21, 15), ("9:30pm", 21, 30)), (("10.30pm", 22, 30), ("11pm", 23, 0)),
             (("07:45", 7, 45), ("08:00", 8, 0)), (("18:30", 18, 30), ("19:00", 19, 0))]
# (a shift's two ends)
SHIFTS = [(("7pm", 19, 0), ("7am", 7, 0)), (("8pm", 20, 0), ("6am", 6, 0)), (("22:00", 22, 0), ("06:00", 6, 0)),
          (("6am", 6, 0), ("2pm", 14, 0)), (("7:30am", 7, 30), ("4pm", 16, 0))]


# 1. A word of the present state in the clock time's clause and a present verb of a place's or a service's hours:
# the standing hour, of no day
STANDING = [
    "the pool currently opens at {t}",
    "these days the bar shuts at {t}",
    "at the moment the last bus leaves at {t}",
    "the gym opens at {t} atm",
    "The café opens at {t} at the moment.",
    "nowadays the ferry departs at {t}",
    "breakfast is served from {t} at the moment",
    "At present the library closes at {t}!",
    "the market starts at {t} these days tbh",
    "our pharmacy currently closes at {t} on weekdays",
    "atm the lifts close at {t}",
    "the 47 currently runs until {t}",
    "we're currently open until {t}",
    "this season the boats go at {t}",
]


def test_a_word_of_the_present_state_and_a_verb_of_hours():
    cases = []
    for ref in REFS:
        for t, h, m in TIMES:
            for s in STANDING:
                cases.append((s.format(t=t), ref, t, _habit(h, m)))
    check(cases)


# 2. "now" on its own: only with a subject that is a standing arrangement of its nature (a shift's handover, a
# market's open, last orders, check-in ...) and a copula before the hour; a second hour after "not" the old one
NOW_SUBJECT = [
    "handover is now {t}",
    "reminder handover is now {t} not {t2}",
    "right now the open is {t} your time not {t2}",
    "last orders are now {t}",
    "check-in is now from {t}",
    "Lights out is now {t} on the ward",
]


def test_now_with_a_standing_subject():
    cases = []
    for ref in REFS:
        for (t, h, m), (t2, h2, m2) in NOT_PAIRS:
            for s in NOW_SUBJECT:
                text = s.format(t=t, t2=t2)
                cases.append((text, ref, t, _habit(h, m)))
                if "{t2}" in s:
                    cases.append((text, ref, t2, _habit(h2, m2)))
    check(cases)


# 3. A day in the clause after "from"/"as of"/"starting" is when the standing arrangement begins, not the hour's day
def test_a_day_the_arrangement_starts_from():
    cases = []
    for ref in REFS:
        for (t, h, m), (t2, h2, m2) in NOT_PAIRS:
            cases.append((f"handover is now {t} not {t2} from 1st April", ref, t, _habit(h, m)))
            cases.append((f"handover is now {t} not {t2} from 1st April", ref, t2, _habit(h2, m2)))
            cases.append((f"the pool currently opens at {t} as of Monday", ref, t, _habit(h, m)))
    check(cases)


# 4. A routine kept since a date (a perfect, the hour before "since" and its date): the routine's hour
def test_a_routine_kept_since_a_date():
    cases = []
    for ref in REFS:
        for (t, h, m), (t2, h2, m2) in SHIFTS:
            text = f"ive done {t}-{t2} since jan 2020"
            cases.append((text, ref, t, _habit(h, m)))
            cases.append((text, ref, t2, _habit(h2, m2)))
        for t, h, m in TIMES:
            cases.append((f"I've started at {t} since March", ref, t, _habit(h, m)))
            cases.append((f"we have opened at {t} ever since the summer", ref, t, _habit(h, m)))
    check(cases)


# 5. A house rule asked with "please" right before the hour's "before"/"after"/"past": the rule's hour, of no day;
# not a request about one occasion ("can we pls not go past 8pm again"), not with a day ("please not after 8pm tomorrow")
POLICIES = [
    "hot tub: please not after {t}, the neighbours complain",
    "please no calls before {t}",
    "Please no music past {t}.",
    "pls no deliveries before {t} x",
]


def test_a_house_rule_asked_with_please():
    cases = []
    for ref in REFS:
        tomorrow = ref + timedelta(days=1)
        for t, h, m in TIMES:
            for s in POLICIES:
                if "past" in s and not t.endswith("m"):
                    continue   # (a colon's hour after "past" is not found: "past 18:30", a recall of its own)
                cases.append((s.format(t=t), ref, t, _habit(h, m)))
            if t.endswith("m"):
                cases.append((f"can we pls not go past {t} again", ref, t, _on(ref, h, m)))
            cases.append((f"please not after {t} tomorrow", ref, f"{t} tomorrow", _on(tomorrow, h, m)))
    check(cases)


# 6. Look-alikes that keep their day: a day in the clause, a past, "going to", a one-off rescheduled with "now", a
# present with no word of the present state, "since" before the hour itself, "now" of a delay
def test_one_occasion_keeps_its_day():
    cases = []
    for ref in REFS:
        tomorrow = ref + timedelta(days=1)
        for t, h, m in TIMES:
            today = _on(ref, h, m)
            cases.append((f"the meeting is now at {t}", ref, t, today))
            cases.append((f"right now the train leaves at {t}", ref, t, today))
            cases.append((f"the meeting is at {t} for now", ref, t, today))
            cases.append((f"right now I'm at the station, the train leaves at {t}", ref, t, today))
            cases.append((f"at the moment we're going to leave at {t}", ref, t, today))
            cases.append((f"I'm currently at the airport and boarding at {t}", ref, t, today))
            cases.append((f"the shop closes at {t} so come before", ref, t, today))
            cases.append((f"the kitchen closes at {t}", ref, t, today))
            cases.append((f"the pool currently opens at {t} tomorrow", ref, f"{t} tomorrow", _on(tomorrow, h, m)))
            cases.append((f"at the moment the pool opens at {t} but tomorrow it opens at 11am", ref, "11am", _on(tomorrow, 11, 0)))
            cases.append((f"the gym currently opened at {t} this morning", ref, f"{t} this morning", today))
        cases.append(("we've been up since 6.45am, currently at the airport", ref, "6.45am", _on(ref, 6, 45)))
    check(cases)


# 7. The sentences docs/informal-time.md quotes, word for word (said on every day of REFS)
QUOTED = [
    ("the pool currently opens at 6.45am", "6.45am", None, 6, 45),
    ("these days the bar shuts at 10.30pm", "10.30pm", None, 22, 30),
    ("at the moment the last bus leaves at 9:15pm", "9:15pm", None, 21, 15),
    ("handover is now 07:45 not 08:00", "07:45", None, 7, 45),
    ("handover is now 07:45 not 08:00", "08:00", None, 8, 0),
    ("handover is now 07:45 not 08:00 from 1st April", "08:00", None, 8, 0),
    ("ive done 7pm-7am since jan 2020", "7pm", None, 19, 0),
    ("ive done 7pm-7am since jan 2020", "7am", None, 7, 0),
    ("the meeting is now at 8pm", "8pm", 0, 20, 0),
    ("the kitchen closes at 10.30pm", "10.30pm", 0, 22, 30),
    ("at the moment we're going to leave at 8pm", "8pm", 0, 20, 0),
    ("the pool currently opens at 7am tomorrow", "7am tomorrow", 1, 7, 0),
    ("hot tub: please not after 10.30pm, the neighbours complain", "10.30pm", None, 22, 30),
    ("can we pls not go past 10.30pm again", "10.30pm", 0, 22, 30),
    ("right now the train leaves at 8pm", "8pm", 0, 20, 0),
    ("the meeting is at 8pm for now", "8pm", 0, 20, 0),
]


def test_the_quoted_sentences():
    cases = []
    for ref in REFS:
        for text, expr, offset, h, m in QUOTED:
            want = _habit(h, m) if offset is None else _on(ref + timedelta(days=offset), h, m)
            cases.append((text, ref, expr, want))
    check(cases)
