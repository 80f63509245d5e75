"""Clock times of no particular day in informal text (twenty-third session, generic24; docs/informal-time.md, its
section on habits read in the clock time's own clause): a clock time in a general, habitual statement ("I usually get
up at 7am", "the 3am slump is real", "lunch is at 12:30 here") is the hour of a habit, XXXX-XX-XXThh:mm, while the
same hour said of one occasion ("I'll be there at 8pm", "it's 3am here", "tomorrow at 8pm I can't", "on Monday I got
up at 5am") stays on its day. The sentences are this session's own, written for these shapes, none copied from a
corpus text; every dated value is computed here from the calendar."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, habit_time as _habit, last_weekday, time_on as _on

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# every day of a week in two years, and a year's turn
REFS = [date(2025, 6, 2) + timedelta(days=k) for k in range(7)] + \
       [date(2026, 3, 9) + timedelta(days=k) for k in range(7)] + \
       [date(2025, 12, 31), date(2026, 1, 1)]
# (as written, hour, minute)
TIMES = [("7am", 7, 0), ("7:30am", 7, 30), ("6.45am", 6, 45), ("8pm", 20, 0), ("9:15pm", 21, 15), ("12:30", 12, 30),
         ("10:30", 10, 30), ("5:45am", 5, 45)]


# 1. A habit word in the clock time's own clause, and no day there: the hour of the habit
HABIT_CLAUSES = [
    "I usually get up at {t}.",
    "we generally eat at {t}",
    "the kids always go swimming at {t} tbh",
    "I typically start work at {t}",
    "normally I leave the house at {t}",
    "most days I'm at my desk by {t}",
    "I tend to have a coffee at {t}",
    "she tends to ring her mum at {t}",
    "by habit I check the post at {t}",
    "weekday mornings we need someone on the door by {t}",
    "we open at {t} on weekdays",
    "I always run before {t}",
]


def test_a_habit_word_in_the_clause_makes_the_hour_a_habits():
    cases = []
    for ref in REFS:
        for t, h, m in TIMES:
            for s in HABIT_CLAUSES:
                cases.append((s.format(t=t), ref, t, _habit(h, m)))
    check(cases)


# 2. The habit's clause and a clause of one day: each hour read in its own clause ("but", a full stop)
def test_the_habit_clause_and_a_clause_of_one_day_are_read_apart():
    cases = []
    for ref in REFS:
        tomorrow = ref + timedelta(days=1)
        for (t, h, m), (t2, h2, m2) in zip(TIMES, TIMES[3:] + TIMES[:3]):
            if t == t2:
                continue
            cases.append((f"I usually get up at {t} but tomorrow I have to be up at {t2}", ref, t, _habit(h, m)))
            cases.append((f"I usually get up at {t} but tomorrow I have to be up at {t2}", ref, t2, _on(tomorrow, h2, m2)))
            cases.append((f"the shop normally opens at {t} but today it opened at {t2}", ref, t, _habit(h, m)))
            cases.append((f"the shop normally opens at {t} but today it opened at {t2}", ref, t2, _on(ref, h2, m2)))
            cases.append((f"we usually meet at {t}. Tomorrow we meet at {t2}", ref, t2, _on(tomorrow, h2, m2)))
            for n, name in enumerate(WEEKDAYS, 1):
                if n == ref.isoweekday():
                    continue
                day = last_weekday(ref, n)
                text = f"I usually get up at {t} but on {name} I got up at {t2}"
                cases.append((text, ref, t, _habit(h, m)))
                cases.append((text, ref, t2, _on(day, h2, m2)))
    check(cases)


# 3. An adverb of habit right before the hour (or its preposition): the habit's hour even where the clause names a
# holiday; a second hour joined by "and"/"or" is an item of the same habit
def test_an_adverb_right_before_the_hour():
    cases = []
    for ref in REFS:
        for t, h, m in TIMES:
            cases.append((f"the Christmas service at our church is usually {t}", ref, t, _habit(h, m)))
            cases.append((f"Eid prayer at the mosque is normally at {t}", ref, t, _habit(h, m)))
            cases.append((f"on Sundays the market is generally from {t}", ref, t, _habit(h, m)))
        cases.append(("Eid prayer at the mosque is usually 8am and 9:30, two of them.", ref, "9:30", _habit(9, 30)))
        cases.append(("the school bus is usually 7:40am or 7:55am", ref, "7:55am", _habit(7, 55)))
    check(cases)


# 4. A place's custom, "is at 12:30 here": the habit's hour; "it's 3am here" is the time now, the day of writing's
def test_a_custom_of_the_place_and_the_time_now_where_I_am():
    cases = []
    for ref in REFS:
        for t, h, m in TIMES:
            cases.append((f"lunch is at {t} here", ref, t, _habit(h, m)))
            cases.append((f"dinner's at {t} round here, no exceptions", ref, t, _habit(h, m)))
            cases.append((f"it's {t} here and I can't sleep", ref, t, _on(ref, h, m)))
            cases.append((f"meet at {t} here?", ref, t, _on(ref, h, m)))
            cases.append((f"lunch is at {t} here tomorrow", ref, t, _on(ref + timedelta(days=1), h, m)))
    check(cases)


# 5. A standing hour's noun after the clock time: "the 3am slump", "my 7am alarm"; not a one-off's noun ("my 9am
# meeting", "the 7:32am train"), nor where the sentence names its day
NOUN_PHRASES = ["the {t} slump is real", "my {t} alarm is brutal", "the {t} dip hits me hard", "our {t} feed is the worst one"]


def test_a_standing_hours_noun():
    cases = []
    for ref in REFS:
        for t, h, m in [x for x in TIMES if x[0].endswith("m")]:   # (a bare "the 12:30" before a noun is not found)
            for s in NOUN_PHRASES:
                cases.append((s.format(t=t), ref, t, _habit(h, m)))
            cases.append((f"my {t} meeting got moved", ref, t, _on(ref, h, m)))
            cases.append((f"the {t} train is late again", ref, t, _on(ref, h, m)))
            cases.append((f"my {t} alarm didn't go off this morning", ref, t, _on(ref, h, m)))
    check(cases)


# 6. One occasion, no habit word: the hour stays on its day
def test_one_occasion_stays_on_its_day():
    cases = []
    for ref in REFS:
        tomorrow = ref + timedelta(days=1)
        for t, h, m in TIMES:
            cases.append((f"I'll be there at {t}", ref, t, _on(ref, h, m)))
            cases.append((f"I got up at {t} and went straight out", ref, t, _on(ref, h, m)))
            cases.append((f"usually I'd go but tomorrow at {t} I can't", ref, t, _on(tomorrow, h, m)))
            cases.append((f"meeting at {t} tomorrow, usually it's on Fridays", ref, f"{t} tomorrow", _on(tomorrow, h, m)))
    check(cases)


# 7. The sentences docs/informal-time.md quotes, word for word (said on every day of REFS)
QUOTED = [
    ("I usually get up at 8am but tomorrow I have to be up at 6am", "8am", None, 8, 0),
    ("I usually get up at 8am but tomorrow I have to be up at 6am", "6am", 1, 6, 0),
    ("Eid prayer at the mosque is usually 8am and 9:30", "8am", None, 8, 0),
    ("Eid prayer at the mosque is usually 8am and 9:30", "9:30", None, 9, 30),
    ("weekday mornings we need someone on the door by 7.30", "7.30", None, 7, 30),
    ("I tend to have a coffee at 10:30", "10:30", None, 10, 30),
    ("lunch is at 12:30 here", "12:30", None, 12, 30),
    ("the 3am slump is real", "3am", None, 3, 0),
    ("my 7am alarm is brutal", "7am", None, 7, 0),
    ("it's 3am here and I can't sleep", "3am", 0, 3, 0),
    ("my 9am meeting got moved", "9am", 0, 9, 0),
    ("usually I'd go but tomorrow at 8pm I can't", "8pm", 1, 20, 0),
    ("the shop normally opens at 9am but today it opened at 10am", "9am", None, 9, 0),
    ("the shop normally opens at 9am but today it opened at 10am", "10am", 0, 10, 0),
]


def test_the_quoted_sentences():
    cases = []
    for ref in REFS:
        for text, expr, offset, h, m in QUOTED:
            want = _habit(h, m) if offset is None else _on(ref + timedelta(days=offset), h, m)
            cases.append((text, ref, expr, want))
    check(cases)
