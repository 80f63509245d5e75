"""Ranges of bare hours and loose clock times in informal writing, the kinds left after ranges23 (twenty-third session,
hours24; docs/informal-time.md, the section on hours24). The sentences are written for this file; every value is
computed here from the calendar (``gridcheck.next_weekday`` / ``last_weekday``, ``timedelta``), never read from the
tagger.

- the day as a label, a colon or a dash after it: "Tues: we're closed 12-1", "Sat – open 10-2";
- a meal or a slot as the cue right before the range: "Saturday we're open for lunch 12-3", "Friday dinner 6-8",
  "Friday evening slot 7-9";
- the day right after a cued range: "court 3 is booked 10-11 Wednesday", "we're open 10-4 Saturday", "closed 12-1 tues";
- "between" after the day, today and tomorrow before the range: "friday between 12-4", "tmrw 12-4 works for me";
- a range from 7 or 8, whose half of the day is not told by the numbers: the evening's with a word of the evening on
  its line ("for dinner", "for drinks", "evening slot"), the morning's with a word of the morning ("for breakfast"),
  a day's opening hours or shift that ends on a smaller number the daytime's ("open 8-5", "working 7-3"); else left
  unread ("Saturday we're fully booked 7-9", "Friday I'm free 8-10": either half);
- an "-ish" hour of 7-11 on a line that plans a meeting of people (lexicon social_plan_words): the evening's
  ("come round 7ish", "rehearsal friday 8ish"); a morning's word keeps the morning ("come round for breakfast 8ish");
- the convention for "fri 2-6pm": the day a DATE of its own, each end a TIME of that day ("[fri] [2]-[6pm]");
- scores, ages, pages, rooms stay untagged: "Sat: we won 3-1", "kids club ages 7-11 Saturday", "Mon 3-1 win".
"""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from gridcheck import WEEKDAYS, check as _check, next_weekday, tagged_look_alikes
from timeline_app.temporal import tag

# every day of a week as the day of writing (Mon 2 June 2025 ..), month and year ends, a leap day, other years
REFS = [date(2025, 6, 2) + timedelta(days=i) for i in range(7)] + [
    date(2025, 3, 31), date(2025, 12, 31), date(2024, 2, 29), date(2026, 1, 24), date(2027, 8, 1), date(2024, 12, 30)]

SHORT = {"Mon": 1, "Tues": 2, "wed": 3, "Thurs": 4, "fri": 5, "sat": 6, "Sat": 6, "sun": 7}
DAY_WORDS = [(name, n) for n, name in enumerate(WEEKDAYS, 1)] + list(SHORT.items())
FULL_DAYS = [(name, n) for n, name in enumerate(WEEKDAYS, 1)]

# (range as written, first hour, last hour): an hour below 7 the afternoon's, the end the first such hour after the start
RANGES = [("10-1", 10, 13), ("2-4", 14, 16), ("9-12", 9, 12), ("11-3", 11, 15), ("9.30-11", 9, 11), ("12-5", 12, 17)]


def _ends(r: str, h1: int, h2: int):
    a, b = r.replace(" till ", "-").split("-")
    return [(a, h1, 30 if "." in a else 0), (b, h2, 30 if "." in b else 0)]


def _cases(frames, day_words, ranges, day_of=next_weekday, day_expr=True):
    """Valued cases: each frame said of each day word (not the day of writing's own) and range, on every day of REFS."""
    cases = []
    for frame in frames:
        for r, h1, h2 in ranges:
            for ref in REFS:
                for word, n in day_words:
                    if n == ref.isoweekday():
                        continue
                    day = day_of(ref, n)
                    text = frame.format(d=word, r=r)
                    if day_expr:
                        cases.append((text, ref, word, ("DATE", day.isoformat())))
                    for expr, h, mi in _ends(r, h1, h2):
                        cases.append((text, ref, expr, ("TIME", f"{day.isoformat()}T{h:02d}:{mi:02d}")))
    return cases


# ---- the day as a label --------------------------------------------------------------------------------------------
LABEL_FRAMES = ["{d}: we're closed {r}", "{d} – open {r}", "{d}: open {r}, cash only", "{d} - the hall is free {r}"]


def test_day_as_a_label():
    _check(_cases(LABEL_FRAMES, DAY_WORDS, RANGES))


def test_quoted_label_sentences():
    ref = date(2025, 6, 4)   # a Wednesday
    tue, sat = next_weekday(ref, 2), next_weekday(ref, 6)
    _check([("Tues: we're closed 12-1", ref, "12", ("TIME", f"{tue}T12:00")),
            ("Tues: we're closed 12-1", ref, "1", ("TIME", f"{tue}T13:00")),
            ("Sat – open 10-2", ref, "2", ("TIME", f"{sat}T14:00"))])


# ---- a meal or a slot as the cue -----------------------------------------------------------------------------------
MEAL_FRAMES = ["{d} we're open for lunch {r}", "{d} lunch {r} in the church hall", "{d} brunch {r}, book ahead"]
LUNCH_RANGES = [("12-3", 12, 15), ("11-2", 11, 14), ("12-2.30", 12, 14)]
DINNER_FRAMES = ["{d} dinner {r}", "{d} we're open for dinner {r}"]
DINNER_RANGES = [("6-8", 18, 20), ("5-7", 17, 19), ("6-9.30", 18, 21)]


def test_meal_cues():
    _check(_cases(MEAL_FRAMES, DAY_WORDS, LUNCH_RANGES) + _cases(DINNER_FRAMES, DAY_WORDS, DINNER_RANGES))


# ---- a range from 7 or 8: its half from the words of its line --------------------------------------------------------
EVENING_FRAMES = ["{d} we're fully booked {r} for dinner", "{d} I'm free {r} for drinks", "{d} dinner {r}"]
EVENING_RANGES = [("7-9", 19, 21), ("8-10", 20, 22), ("7.30-9", 19, 21), ("8-11", 20, 23)]
MORNING_FRAMES = ["{d} breakfast {r}", "{d} we're open {r} for breakfast", "{d} I'm free {r} before work"]
MORNING_RANGES = [("7-9", 7, 9), ("8-10", 8, 10), ("7.30-9", 7, 9)]
DAYTIME_FRAMES = ["{d} we're open {r}", "{d} I'm working {r}", "{d}: we're closed {r} for the audit"]
DAYTIME_RANGES = [("8-5", 8, 17), ("7-3", 7, 15), ("8.30-4", 8, 16)]


def test_evening_range_from_seven_or_eight():
    # "Friday evening slot 7-9": the day and its part are one expression ("Friday evening"), the hours checked
    _check(_cases(EVENING_FRAMES, DAY_WORDS, EVENING_RANGES)
           + _cases(["{d} evening slot {r}"], DAY_WORDS, EVENING_RANGES, day_expr=False))


def test_morning_range_from_seven_or_eight():
    _check(_cases(MORNING_FRAMES, DAY_WORDS, MORNING_RANGES))


def test_daytime_opening_hours_from_seven_or_eight():
    _check(_cases(DAYTIME_FRAMES, DAY_WORDS, DAYTIME_RANGES))


UNSAID_FRAMES = ["{d} we're fully booked {r}", "{d} I'm free {r}", "{d} the hall is booked {r}"]


@pytest.mark.parametrize("r", ["7-9", "8-10", "7.30-9.30"])
def test_range_from_seven_or_eight_with_no_word_of_its_half_is_left(r):
    """Either half (a restaurant's "fully booked 7-9" is the evening's, a gym's the morning's): the day found, the hours
    not guessed."""
    a, b = r.split("-")
    wrong = []
    for ref in REFS:
        for word, n in DAY_WORDS:
            if n == ref.isoweekday():
                continue
            text = UNSAID_FRAMES[n % 3].format(d=word, r=r)
            got = {t.expression: (t.timex_type, t.timex_value) for t in tag(text, ref)}
            if a in got or b in got or got.get(word) != ("DATE", next_weekday(ref, n).isoformat()):
                wrong.append((ref, text, got))
    assert not wrong, wrong[:10]


# ---- the day right after a cued range ------------------------------------------------------------------------------
AFTER_FRAMES = ["court 3 is booked {r} {d} for me and Neil", "we're open {r} {d}, cash only", "the surgery is closed {r} {d}",
                "Jo: I'm free {r} {d} if that helps"]


def test_day_after_a_cued_range():
    cases = []
    for frame in AFTER_FRAMES:
        cases += _cases([frame.replace("{d}", "{d}")], DAY_WORDS, RANGES)
    _check(cases)


def test_day_after_a_cued_range_with_this():
    cases = []
    for ref in REFS:
        for word, n in FULL_DAYS:
            if n == ref.isoweekday():
                continue
            day = next_weekday(ref, n)
            text = f"the hall is free 2-4 this {word}"
            cases += [(text, ref, "2", ("TIME", f"{day}T14:00")), (text, ref, "4", ("TIME", f"{day}T16:00"))]
    _check(cases)


def test_quoted_after_sentences():
    ref = date(2025, 4, 22)   # a Tuesday
    wed = ref + timedelta(days=1)
    _check([("Raj: court 3 is booked 10-11 Wednesday for me and Neil", ref, "10", ("TIME", f"{wed}T10:00")),
            ("Raj: court 3 is booked 10-11 Wednesday for me and Neil", ref, "11", ("TIME", f"{wed}T11:00"))])


# ---- "between" after the day; today and tomorrow before the range --------------------------------------------------
def test_between_after_the_day():
    _check(_cases(["the engineer is coming {d} between {r}", "can do {d} between {r} if that works"], DAY_WORDS, RANGES,
                  day_expr=False))


@pytest.mark.parametrize("word, offset", [("tomorrow", 1), ("tmrw", 1), ("today", 0)])
def test_today_and_tomorrow_before_a_range(word, offset):
    cases = []
    for frame in ["{d} {r} works for me", "{d} between {r} at the hall", "we're open {d} {r}, come by"]:
        # a dash from an afternoon start is a score's shape ("we lost today 3-1") unless "between" says a range; a dotted
        # start right after the day is joined to it by an older rule ("tmrw 9.30", a day and its clock time): left out
        for r, h1, h2 in [x for x in RANGES if x[0] != "9.30-11" and (x[0] != "2-4" or "between" in frame)]:
            for ref in REFS:
                day = ref + timedelta(days=offset)
                text = frame.format(d=word, r=r)
                for expr, h, mi in _ends(r, h1, h2):
                    cases.append((text, ref, expr, ("TIME", f"{day}T{h:02d}:{mi:02d}")))
    _check(cases)


# ---- "-ish" hours in a social plan ---------------------------------------------------------------------------------
@pytest.mark.parametrize("frame, h", [
    ("come round {d} 7ish", 19), ("rehearsal {d} 8ish", 20), ("fancy a catch up {d}, 7ish?", 19),
    ("pop over around 8ish on {d}", 20), ("darts on {d}, 9ish", 21),
    ("come round for breakfast {d} 8ish", 8), ("school run {d} 8ish", 8)])
def test_ish_hour_in_a_social_plan(frame, h):
    cases = []
    for ref in REFS:
        for word, n in FULL_DAYS:
            if n == ref.isoweekday():
                continue
            text = frame.format(d=word)
            # the hour's half is what is asked: the day is the weekday rule's reading of a line with no verb (the one
            # gone on some days, inherited), so only the clock part is compared
            got = [(t.timex_type, t.timex_value[10:]) for t in tag(text, ref) if "ish" in t.expression]
            cases.append((text, ref, got, [("TIME", f"T{h:02d}:00")]))
    wrong = [c for c in cases if c[2] != c[3]]
    assert not wrong, wrong[:10]


def test_ish_hour_without_a_plan_keeps_the_morning():
    ref = date(2025, 6, 4)
    assert [(t.expression, t.timex_value) for t in tag("see you 7ish", ref)] == [("7ish", f"{ref}T07:00")]


# ---- the convention for a weekday before a range: the day apart ----------------------------------------------------
@pytest.mark.parametrize("text, day_word, ends", [
    ("I have fri 2-6pm to give in return", "fri", [("2", 14), ("6pm", 18)]),
    ("I've got thu 10-12 if anyone wants it", "thu", [("10", 10), ("12", 12)]),
    ("so thu 5-9pm?", "thu", [("5", 17), ("9pm", 21)]),
    ("Tuesday 6-8pm in the hall", "Tuesday", [("6", 18), ("8pm", 20)]),
])
def test_weekday_before_a_range_is_apart(text, day_word, ends):
    wd = {"fri": 5, "thu": 4, "Tuesday": 2}[day_word]
    for ref in REFS:
        if ref.isoweekday() == wd:
            continue
        got = [(t.expression, t.timex_type, t.timex_value) for t in tag(text, ref)]
        # three expressions: the day a DATE (its value the weekday rule's), each end a TIME of that day
        day = got[0][2] if got else None
        want = [(day_word, "DATE", day)] + [(e, "TIME", f"{day}T{h:02d}:00") for e, h in ends]
        assert got == want and date.fromisoformat(day).isoweekday() == wd, (ref, text, got)


# ---- look-alikes: scores, ages, pages, rooms -----------------------------------------------------------------------
NEGATIVES = [
    ("{d}: we won 3-1", ["3", "1"]),
    ("we won 3-1 {d}", ["3", "1"]),
    ("kids club ages 7-11 {d}", ["7", "11"]),
    ("read pages 10-20 {d}", ["10", "20"]),
    ("rooms 4-6 are free {d}", ["4", "6"]),
    ("{d} 3-1 win over the Rovers", ["3", "1"]),
    ("{d} we're free 3-1 lol what a game", ["3", "1"]),
    ("we're free 3-1 {d}", ["3", "1"]),
    ("{d} dinner for 6-8 people", ["6", "8"]),
    ("{d} lunch: £10-12 a head", ["10", "12"]),
]


@pytest.mark.parametrize("frame, numbers", NEGATIVES)
def test_look_alikes_stay_untagged(frame, numbers):
    bad = tagged_look_alikes(frame, numbers, REFS[:7], DAY_WORDS)
    assert not bad, bad[:10]


def test_quoted_look_alikes():
    ref = date(2025, 6, 4)
    for text in ["Mon 3-1 win", "ages 7-11 on Saturday", "read pages 10-20 on Saturday", "rooms 4-6 are free on Saturday"]:
        assert not [t for t in tag(text, ref) if t.timex_type == "TIME"], text


# ---- the sentences docs/informal-time.md quotes (its section on hours24), said on Wednesday 4 June 2025 -------------
W = date(2025, 6, 4)


def _t(day: date, h: int, mi: int = 0):
    return ("TIME", f"{day.isoformat()}T{h:02d}:{mi:02d}")


QUOTED = [
    ("Tues: we're closed 12-1", [("12", _t(next_weekday(W, 2), 12)), ("1", _t(next_weekday(W, 2), 13))]),
    ("Sat – open 10-2", [("10", _t(next_weekday(W, 6), 10)), ("2", _t(next_weekday(W, 6), 14))]),
    ("Saturday we're open for lunch 12-3", [("12", _t(next_weekday(W, 6), 12)), ("3", _t(next_weekday(W, 6), 15))]),
    ("Friday dinner 6-8", [("Friday", ("DATE", next_weekday(W, 5).isoformat())),
                           ("6", _t(next_weekday(W, 5), 18)), ("8", _t(next_weekday(W, 5), 20))]),
    ("Friday evening slot 7-9", [("7", _t(next_weekday(W, 5), 19)), ("9", _t(next_weekday(W, 5), 21))]),
    ("we're open 10-4 Saturday", [("10", _t(next_weekday(W, 6), 10)), ("4", _t(next_weekday(W, 6), 16))]),
    ("we're closed 12-1 tues", [("tues", ("DATE", next_weekday(W, 2).isoformat())), ("12", _t(next_weekday(W, 2), 12))]),
    ("friday between 12-4", [("12", _t(next_weekday(W, 5), 12)), ("4", _t(next_weekday(W, 5), 16))]),
    ("tmrw 12-4 works for me", [("12", _t(W + timedelta(days=1), 12)), ("4", _t(W + timedelta(days=1), 16))]),
    ("Friday I'm free 7.30-9 for drinks", [("7.30", _t(next_weekday(W, 5), 19, 30)), ("9", _t(next_weekday(W, 5), 21))]),
    ("Saturday breakfast 7-9", [("7", _t(next_weekday(W, 6), 7)), ("9", _t(next_weekday(W, 6), 9))]),
    ("Saturday we're open 8-5", [("8", _t(next_weekday(W, 6), 8)), ("5", _t(next_weekday(W, 6), 17))]),
    ("Mon I'm working 7-3", [("7", _t(next_weekday(W, 1), 7)), ("3", _t(next_weekday(W, 1), 15))]),
    ("come round 7ish", [("7ish", _t(W, 19))]),
    ("fancy a catch up sat, 7ish?", [("7ish", _t(next_weekday(W, 6), 19))]),
    ("I have fri 2-6pm to give in return", [("fri", ("DATE", next_weekday(W, 5).isoformat())),
                                            ("2", _t(next_weekday(W, 5), 14)), ("6pm", _t(next_weekday(W, 5), 18))]),
    # left unread: the half of a range from 7 or 8 not told (the day is found)
    ("Saturday we're fully booked 7-9", [("Saturday", ("DATE", next_weekday(W, 6).isoformat())), ("7", None), ("9", None)]),
    ("Friday I'm free 8-10", [("8", None), ("10", None)]),
    # look-alikes
    ("Sat: we won 3-1", [("3", None), ("1", None)]),
    ("Monday we're free 3-1 lol what a game", [("3", None), ("1", None)]),
    ("kids club ages 7-11 Saturday", [("7", None), ("11", None)]),
]


@pytest.mark.parametrize("text, want", QUOTED)
def test_quoted_sentences(text, want):
    got = {t.expression: (t.timex_type, t.timex_value) for t in tag(text, W)}
    assert [(e, got.get(e)) for e, _v in want] == want, got
