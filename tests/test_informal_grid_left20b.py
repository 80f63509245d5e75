"""Patterns the nineteenth session's first round saw and left (left20b; docs/informal-time.md, the section of
left20b): a past question with a word between its subject and verb, time off booked for a day, an occasion
announced with an invitation, a night's occasion announced once, the hour that settles an evening's plan. The
sentences are this session's own; every value is computed here from the calendar."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, found, last_weekday, next_weekday, other_weekdays

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# every day of a week in two years, a month's end and a year's turn
REFS = [date(2025, 6, 2) + timedelta(days=k) for k in range(7)] + \
       [date(2026, 3, 9) + timedelta(days=k) for k in range(7)] + \
       [date(2025, 12, 29), date(2025, 12, 31), date(2026, 1, 1), date(2026, 2, 27), date(2026, 2, 28)]



_days = other_weekdays


def _grid(templates, when, lower=False):
    cases = []
    for ref in REFS:
        for n, name in _days(ref):
            w = name.lower() if lower else name
            d = when(ref, n)
            for t in templates:
                cases.append((t.format(w=w), ref, w, ("DATE", d.isoformat())))
    return cases


# 1. "did you ever go friday?": "did" + a subject + a filler ("ever", "even", "actually") + the verb asks of what
# happened, as "did you go friday?" does
PAST_QUESTIONS = ["did you ever go {w}?", "did u even go out {w}?", "did you actually go {w}?", "did they ever come {w}?"]
PAST_QUESTIONS_CONTROL = ["did you go {w}?", "didn't we meet {w}?"]
FUTURE_QUESTIONS = ["are you ever going {w}?", "will you even go {w}?", "you free {w}?", "still on for {w}?"]


def test_past_question_with_a_filler():
    check(_grid(PAST_QUESTIONS, last_weekday, lower=True))


def test_past_question_controls():
    check(_grid(PAST_QUESTIONS_CONTROL, last_weekday, lower=True))
    check(_grid(FUTURE_QUESTIONS, next_weekday, lower=True))


def test_u_coming():
    """"u coming tuesday?": the Tuesday to come (read as "coming tuesday", the day to come)."""
    cases = []
    for ref in REFS:
        for n, name in _days(ref):
            w = name.lower()
            for t in ("u coming {w}?", "you coming {w}?"):
                cases.append((t.format(w=w), ref, f"coming {w}", ("DATE", next_weekday(ref, n).isoformat())))
    check(cases)


# 2. "booked the day off tuesday": time off asked for is ahead (the booking is past)
TIME_OFF = ["booked the day off {w}", "I've booked the afternoon off {w}", "requested the day off {w} for the move",
            "booked off {w} so we can go", "Booked the day off {w}!"]
TIME_OFF_TAKEN = ["took the day off {w}", "had the day off {w}", "we set off {w} and got there by noon"]
BOOKED_FOR = ["booked the dentist for {w}", "I've arranged the plumber for {w}", "scheduled the call for {w}"]


def test_time_off_booked():
    check(_grid(TIME_OFF, next_weekday, lower=True))
    check(_grid(TIME_OFF, next_weekday))


def test_time_off_controls():
    check(_grid(TIME_OFF_TAKEN, last_weekday, lower=True))
    check(_grid(BOOKED_FOR, next_weekday, lower=True))


# 3. "Bday drinks Saturday!\nwho's in?": an occasion named with its day and an invitation after it is a plan
OCCASIONS = ["Bday drinks", "Leaving do", "Curry night", "Five-a-side", "Pub quiz", "BBQ at ours"]
INVITES = ["who's in?", "whos in?", "Who's coming?", "anyone in?", "you in?", "any takers?"]


def test_occasion_with_an_invitation():
    cases = []
    for ref in REFS:
        for n, name in _days(ref):
            for occ in OCCASIONS:
                for inv in INVITES:
                    for sep in ("!\n", " ", "! "):   # on the next line, in the same line with or without "!"
                        cases.append((f"{occ} {name}{sep}{inv}", ref, name, ("DATE", next_weekday(ref, n).isoformat())))
    check(cases)


def test_occasion_told_as_gone():
    """A past verb about the occasion keeps the day gone, an invitation after it or not."""
    cases = []
    for ref in REFS:
        for n, name in _days(ref):
            for t in ("Bday drinks {w} were mad!\nwho's in for the next one?", "The leaving do {w} was brilliant.\nWho is in the photos?",
                      "Police closed the road {w}.\nWho is in charge?"):
                cases.append((t.format(w=name), ref, name, ("DATE", last_weekday(ref, n).isoformat())))
    check(cases)


# 4. "Quiz night is Thursday!": one night announced, the coming one; with a word of habit every such night
NIGHTS = ["Quiz night", "Karaoke night", "Club night", "Training night", "Games night"]


def test_night_announced_once():
    cases = []
    for ref in REFS:
        for n, name in _days(ref):
            for night in NIGHTS:
                for t in ("{o} is {w}!", "{o}'s {w}!!", "{o} is on {w}! Don't be late", "{o} is {w}! who's in?"):
                    cases.append((t.format(o=night, w=name), ref, name, ("DATE", next_weekday(ref, n).isoformat())))
    check(cases)


def test_night_of_a_habit():
    """(the nights of a routine's noun, lexicon `routine_day_nouns`; "Karaoke night is Thursday" is read as one day)"""
    cases = []
    for ref in REFS[:7]:
        for n, name in enumerate(WEEKDAYS, 1):
            for night in ("Quiz night", "Club night", "Training night"):
                for t in ("{o} is {w} as usual!", "{o} is {w} every week!", "{o} is always {w}!", "{o} is {w}",
                          "{o} is {w}, weekly!"):
                    cases.append((t.format(o=night, w=name), ref, name, ("SET", f"XXXX-WXX-{n}")))
            cases.append((f"Bin day is {name}!", ref, name, ("SET", f"XXXX-WXX-{n}")))
    check(cases)


# 5. "see you at 8 then" settling an evening's occasion: the evening's hour on the plan's day
EVENING = ["Bday drinks {w}!\nwho's in?\nme!\nsee you at {h} then", "dinner {w}?\nyes please\nsee you at {h} then",
           "Leaving party {w}, who's coming?\ncount me in\n{h} it is then"]
MORNING = ["brunch {w}?\nyes!\nsee you at {h} then", "breakfast {w}?\ngo on then\n{h} it is then"]


def test_settling_hour_of_an_evening():
    cases = []
    for ref in REFS:
        for n, name in _days(ref):
            day = next_weekday(ref, n)
            for h in (6, 7, 8, 9):
                for t in EVENING:
                    cases.append((t.format(w=name, h=h), ref, str(h), ("TIME", f"{day.isoformat()}T{h + 12:02d}:00")))
    check(cases)


def test_settling_hour_of_a_morning():
    cases = []
    for ref in REFS:
        for n, name in _days(ref):
            day = next_weekday(ref, n)
            for h in (8, 9, 10, 11):
                for t in MORNING:
                    cases.append((t.format(w=name, h=h), ref, str(h), ("TIME", f"{day.isoformat()}T{h:02d}:00")))
    check(cases)


def test_settling_hour_with_its_half():
    """An hour with am/pm keeps it; an hour of 12 or 1-4 is not moved."""
    cases = []
    for ref in REFS[:7]:
        for n, name in _days(ref):
            day = next_weekday(ref, n)
            cases.append((f"drinks {name}!\nwho's in?\nsee you at 8am then", ref, "8am", ("TIME", f"{day.isoformat()}T08:00")))
            cases.append((f"dinner {name}?\nyes\nsee you at 12 then", ref, "12", ("TIME", f"{day.isoformat()}T12:00")))
    check(cases)


def test_grid_helpers():
    """The calendar helpers the grid rests on."""
    assert last_weekday(date(2026, 3, 11), 5) == date(2026, 3, 6)
    assert last_weekday(date(2026, 3, 13), 5) == date(2026, 3, 6)
    assert next_weekday(date(2026, 3, 11), 6) == date(2026, 3, 14)
    assert found("did you ever go friday?", date(2026, 3, 11), "friday") == ("DATE", "2026-03-06")


# 6. a month with no preposition said as a time: the subject of a copula that tells how a stretch of time goes,
# or the object of "make"/"do" after a modal; "may", "march", "june", "august" are words and names too
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MONTH_REFS = [date(y, mo, 10) for y in (2025, 2026) for mo in range(1, 13)] + \
             [date(2025, 12, 31), date(2026, 1, 1), date(2026, 2, 28), date(2026, 5, 31)]


def next_month(ref: date, mo: int) -> str:
    """The month to come (not the month of writing)."""
    y = ref.year if mo > ref.month else ref.year + 1
    return f"{y}-{mo:02d}"


def last_month(ref: date, mo: int) -> str:
    """The month gone (not the month of writing)."""
    y = ref.year if mo < ref.month else ref.year - 1
    return f"{y}-{mo:02d}"


MONTH_FUTURE = ["{M} will be wild", "{M}'s gonna be mental lol", "honestly {M} is gonna be so hectic", "cant make {M}, sorry",
                "Can't make {M} tho", "we could do {M}?", "I won't make {M} either", "looking forward to {M}!"]
MONTH_PAST = ["{M} was rough", "{M} was a write-off tbh", "ugh {M} was so manic", "but {M} was mental", "{M} was freezing",
              "{M}'s been mental", "{M} has been so hectic"]
AMBIGUOUS = ["March", "May", "June", "August"]


def _month_grid(templates, when, months, lower=False):
    cases = []
    for ref in MONTH_REFS:
        for mo, name in enumerate(MONTHS, 1):
            if name not in months or mo == ref.month:
                continue
            w = name.lower() if lower else name
            for t in templates:
                cases.append((t.format(M=w), ref, w, ("DATE", when(ref, mo))))
    return cases


def test_month_subject_or_object_to_come():
    check(_month_grid(MONTH_FUTURE, next_month, AMBIGUOUS))
    # (lower case: not "march's", the informal rule reads no month with a clitic after it)
    check(_month_grid([t for t in MONTH_FUTURE if "'s" not in t], next_month, [m for m in AMBIGUOUS if m != "May"], lower=True))


def test_month_subject_gone():
    check(_month_grid(MONTH_PAST, last_month, AMBIGUOUS))
    check(_month_grid([t for t in MONTH_PAST if "'s" not in t], last_month, [m for m in AMBIGUOUS if m != "May"], lower=True))


def test_month_other_months_guard():
    """The months that are no other word were found at the base; the grid holds them to the same values."""
    others = [m for m in MONTHS if m not in AMBIGUOUS]
    check(_month_grid(MONTH_FUTURE, next_month, others))
    check(_month_grid(MONTH_PAST, last_month, others))


def test_month_words_that_are_no_month():
    """A name, a noun, a verb: no month found."""
    ref = date(2026, 3, 11)
    for text, word in [("June Carter was wild", "June"), ("the march was rough", "march"), ("I can make June laugh", "June"),
                       ("Theresa May was rough on them", "May"), ("you may do as you like", "may"), ("troops march at dawn", "march"),
                       ("Auntie June was a nightmare", "June"), ("the March was rough", "March"), ("we may be quiet", "may"),
                       ("August Wilson was brilliant", "August"), ("they march to the square", "march"),
                       ("a march was held", "march"), ("I can do May's hair", "May"), ("I can make March work", "March")]:
        assert found(text, ref, word) is None, text


# 7. "it rained all day in February" written on 10 January: weather is never arranged, its past is of a time gone
WEATHER_PAST = ["it rained all day in {M}", "It snowed loads in {M}", "it absolutely poured in {M}", "it rained every day in {M} lol"]
WEATHER_FUTURE = ["it will rain all day in {M}", "it's gonna snow in {M}", "it might rain in {M}"]


def test_weather_gone():
    check(_month_grid(WEATHER_PAST, last_month, MONTHS))


def test_weather_to_come():
    check(_month_grid(WEATHER_FUTURE, next_month, [m for m in MONTHS if m not in AMBIGUOUS]))


def test_section_sentences():
    """The sentences docs/informal-time.md quotes for this grid, written on Wednesday 11 March 2026 or on 10 January
    2026, each value from the calendar."""
    wed = date(2026, 3, 11)
    jan = date(2026, 1, 10)
    fri, sat, tue, thu = (next_weekday(wed, n) for n in (5, 6, 2, 4))
    cases = [
        ("June will be wild", wed, "June", ("DATE", "2026-06")),
        ("cant make March", jan, "March", ("DATE", "2026-03")),
        ("Can't make July tho", jan, "July", ("DATE", "2026-07")),
        ("March was rough", jan, "March", ("DATE", "2025-03")),
        ("August is gonna be mental", wed, "August", ("DATE", "2026-08")),
        ("June's been mental", wed, "June", ("DATE", "2025-06")),
        ("june has been mental", wed, "june", ("DATE", "2025-06")),
        ("looking forward to march", jan, "march", ("DATE", "2026-03")),
        ("did you ever go friday?", wed, "friday", ("DATE", last_weekday(wed, 5).isoformat())),
        ("did you actually go friday?", wed, "friday", ("DATE", last_weekday(wed, 5).isoformat())),
        ("booked the day off tuesday", wed, "tuesday", ("DATE", tue.isoformat())),
        ("I've booked the afternoon off friday", wed, "friday", ("DATE", fri.isoformat())),
        ("took the day off tuesday", wed, "tuesday", ("DATE", last_weekday(wed, 2).isoformat())),
        ("Bday drinks Saturday!\nwho's in?", wed, "Saturday", ("DATE", sat.isoformat())),
        ("Quiz night is Thursday!", wed, "Thursday", ("DATE", thu.isoformat())),
        ("Quiz night is Thursday as usual!", wed, "Thursday", ("SET", "XXXX-WXX-4")),
        ("Bday drinks Saturday!\nwho's in?\nme!\nsee you at 8 then", wed, "8", ("TIME", f"{sat.isoformat()}T20:00")),
        ("brunch Saturday?\nyes!\nsee you at 10 then", wed, "10", ("TIME", f"{sat.isoformat()}T10:00")),
        ("it rained all day in February", jan, "February", ("DATE", "2025-02")),
        ("if it rained in February we'd stay in", jan, "February", ("DATE", "2026-02")),
        ("ugh June was so manic", wed, "June", ("DATE", "2025-06")),
        ("July was rough", date(2026, 5, 10), "July", ("DATE", "2025-07")),
        ("Can't make September tho", jan, "September", ("DATE", "2026-09")),
        ("did u even go out sat?", wed, "sat", ("DATE", last_weekday(wed, 6).isoformat())),
        ("Pub quiz Friday anyone in?", wed, "Friday", ("DATE", fri.isoformat())),
        ("Club night's Friday!!", wed, "Friday", ("DATE", fri.isoformat())),
        ("Training night is on Tuesday! Don't be late", wed, "Tuesday", ("DATE", tue.isoformat())),
        ("dinner Friday?\nyes please\nsee you at 7 then", wed, "7", ("TIME", f"{fri.isoformat()}T19:00")),
        ("Leaving party Friday, who's coming?\ncount me in\n8 it is then", wed, "8", ("TIME", f"{fri.isoformat()}T20:00")),
        ("it absolutely poured in March", jan, "March", ("DATE", "2025-03")),
    ]
    check(cases)
