"""Clock times written without the usual cue (twenty-first session, hours22; docs/informal-time.md, the section on hours22).

"meet 6:45 at the gate", "7:15 works for me", "the usual 7:15" (an h:mm time with no preposition and no am/pm);
"we start 8 sharp" (an hour before "sharp"); "tmrw 730p", "see you at 7.30p" (texting's am/pm with its minutes glued
on); "half 7 tomorrow?" and "come round at half 8" (a clock time in words before a day word and a question, and on
a line planning a visit). And what is none of them: a race's pace ("ran 7:15 a mile"), a verse ("John 3:16"), a
score, a video's lines ("720p"), a count before "sharp" ("7 sharp knives"). The sentences are written for this file;
every value is computed here from the calendar (the day of writing, the day named, the hour and its half of the day
by the rule of the project: an hour of 1-6 without am/pm is the afternoon's, 7-11 the morning's unless a word of the
evening is on the line, 12 noon), never read from the tagger.
"""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from gridcheck import check as _check, found as _found, next_weekday as _next

# every day of a week (Mon 2 June 2025 ..), month and year ends, a leap day, days of 2023, 2026 and 2027
REFS = [date(2025, 6, 2) + timedelta(days=i) for i in range(7)] + [
    date(2025, 3, 31), date(2025, 12, 31), date(2024, 2, 29), date(2026, 1, 24), date(2023, 10, 31), date(2027, 8, 1)]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
HOURS = list(range(1, 13))
MINUTES = [5, 15, 30, 45, 50]


def _half(h: int, evening: bool = False) -> int:
    """The hour of the day an hour of 1-12 said without am/pm names: 1-6 the afternoon's, 12 noon, 7-11 the
    morning's unless the line speaks of the evening."""
    if h == 12:
        return 12
    if h < 7 or evening:
        return h + 12
    return h


def _time(day: date, h: int, mi: int) -> tuple[str, str]:
    return ("TIME", f"{day.isoformat()}T{h:02d}:{mi:02d}")


# ---- h:mm with a colon after a cue word, or opening its clause before a word of assent ---------------------------
# {t} the time; the day is the day of writing (no day word on the line)
COLON_FRAMES = [
    "meet {t} at the gate x",
    "ok so meeting {t} by the fountain",
    "I'm stuck on a call till {t}, sorry",
    "leaving {t}, text me if you need anything",
    "can't do earlier, back for {t} latest",
    "{t} works for me",
    "yeah {t} is fine",
    "ok {t} it is",
    "{t} start, bring your boots",
    "kids have a thing so ready for {t} tho",
]
# an evening's word on the line: 7-11 the evening's
COLON_EVENING_FRAMES = [
    "drinks after work, meet {t} at the Crown",
    "{t} works for the pub",
    "party at Jen's, leaving {t}",
]


@pytest.mark.parametrize("frame", COLON_FRAMES)
def test_colon_time_cued(frame):
    cases = []
    for ref in REFS:
        for h in HOURS:
            for mi in MINUTES:
                t = f"{h}:{mi:02d}"
                cases.append((frame.format(t=t), ref, t, _time(ref, _half(h), mi)))
    _check(cases)


@pytest.mark.parametrize("frame", COLON_EVENING_FRAMES)
def test_colon_time_evening(frame):
    cases = []
    for ref in REFS:
        for h in HOURS:
            for mi in MINUTES:
                t = f"{h}:{mi:02d}"
                cases.append((frame.format(t=t), ref, t, _time(ref, _half(h, evening=True), mi)))
    _check(cases)


def test_colon_time_on_the_day_named():
    # a day named before it on the line: the time is on that day
    cases = []
    for ref in REFS:
        for word, day in [("tomorrow", ref + timedelta(days=1)), ("tmrw", ref + timedelta(days=1))] + [
                (WEEKDAYS[i], _next(ref, i + 1)) for i in range(7) if i + 1 != ref.isoweekday()]:
            for h in (2, 4, 6, 8, 10):
                for mi in (15, 45):
                    t = f"{h}:{mi}"
                    cases.append((f"{word} works, meet {t} at the gate", ref, t, _time(day, _half(h), mi)))
    _check(cases)


def test_the_usual_time_is_a_habit():
    # "the usual 7:15": the hour of a habit, of no one day (XXXX-XX-XXThh:mm), as the project writes a standing hour
    cases = []
    for ref in REFS[:7]:
        for h in HOURS:
            for mi in MINUTES:
                t = f"{h}:{mi:02d}"
                want = ("TIME", f"XXXX-XX-XXT{_half(h):02d}:{mi:02d}")
                cases.append((f"the usual {t}?", ref, t, want))
                cases.append((f"we'll go in later than the usual {t}", ref, t, want))
    _check(cases)


# ---- an hour before "sharp" ------------------------------------------------------------------------------------------
SHARP_FRAMES = [
    "we start {h} sharp",
    "kick off is {h} sharp, don't be late",
    "right lads, warm up {h} sharp!",
    "bus leaves {h} sharp so be ready",
]


@pytest.mark.parametrize("frame", SHARP_FRAMES)
def test_hour_sharp(frame):
    cases = []
    for ref in REFS:
        for h in HOURS:
            cases.append((frame.format(h=h), ref, str(h), _time(ref, _half(h), 0)))
            t = f"{h}.30"
            cases.append((frame.format(h=t), ref, t, _time(ref, _half(h), 30)))
    _check(cases)


def test_hour_sharp_tomorrow():
    cases = []
    for ref in REFS:
        for h in HOURS:
            cases.append((f"we go {h} sharp tomorrow", ref, str(h), _time(ref + timedelta(days=1), _half(h), 0)))
    _check(cases)


# ---- texting's am/pm with the minutes glued on or after a point ------------------------------------------------------
def test_texting_minutes():
    cases = []
    for ref in REFS:
        tmrw = ref + timedelta(days=1)
        for h in HOURS:
            for mi in (15, 30, 45):
                for ap, hh in (("p", h % 12 + 12), ("a", h % 12)):
                    glued = f"{h}{mi}{ap}"
                    dotted = f"{h}.{mi}{ap}"
                    # ("tmrw", a texting word, a DATE apart from its clock: §141, thirty-fifth session)
                    cases.append((f"tmrw {glued}? can't do earlier", ref, glued, _time(tmrw, hh, mi)))
                    cases.append((f"see you at {glued}", ref, glued, _time(ref, hh, mi)))
                    cases.append((f"see you at {dotted}", ref, dotted, _time(ref, hh, mi)))
                    cases.append((f"{glued} works for me", ref, glued, _time(ref, hh, mi)))
    _check(cases)


# ---- a clock time in words: before a day word and a question; on a line planning a visit ----------------------------
def test_half_hour_before_a_day_and_a_question():
    cases = []
    for ref in REFS:
        days = [("tomorrow", ref + timedelta(days=1))] + [
            (WEEKDAYS[i], _next(ref, i + 1)) for i in range(7) if i + 1 != ref.isoweekday()]
        for word, day in days:
            for h in range(1, 12):
                cases.append((f"half {h} {word}?", ref, f"half {h} {word}", _time(day, _half(h), 30)))
    _check(cases)


VISIT_FRAMES = [
    "come round at half {h}",
    "pop over at half {h} if you're free",
    "I'll head over at half {h}",
    "come over at quarter past {h}",
    "round mine at quarter to {h}?",
]


@pytest.mark.parametrize("frame", VISIT_FRAMES)
def test_clock_in_words_of_a_visit_is_the_evening(frame):
    cases = []
    for ref in REFS:
        for h in range(7, 12):
            text = frame.format(h=h)
            mi = 45 if "quarter to" in text else 15 if "quarter past" in text else 30
            hh = h - 1 if "quarter to" in text else h
            expr = text[text.index("half") if "half" in text else text.index("quarter"):].split(" if")[0].rstrip("?")
            cases.append((text, ref, expr, _time(ref, hh + 12, mi)))
    _check(cases)


def test_clock_in_words_of_a_morning_visit_stays_the_morning():
    cases = []
    for ref in REFS:
        for h in range(7, 12):
            cases.append((f"come round at half {h} for breakfast", ref, f"half {h}", _time(ref, h, 30)))
            cases.append((f"pop over at half {h} before work", ref, f"half {h}", _time(ref, h, 30)))
    _check(cases)


# ---- what is no clock time ---------------------------------------------------------------------------------------
NOT_A_TIME = [
    # a pace, a race's split, a record
    ("ran {t} a mile for the last stretch", "{t}"),
    ("my pace was {t}/km today", "{t}"),
    ("avg {t} pace on the hills", "{t}"),
    ("did {t} per mile, not bad", "{t}"),
    ("new pb {t} on the 2k erg", "{t}"),
    # a verse, a chapter, a score, odds
    ("John {t} is on the poster", "{t}"),
    ("read verse {t} tonight", "{t}"),
    ("they won {t} in the end", "{t}"),
    ("the score is {t} at the break", "{t}"),
    ("odds are {t} on the favourite", "{t}"),
    # a price, a version
    ("£{t} works for me", "{t}"),
    ("update to v{t} works for me", "{t}"),
]


@pytest.mark.parametrize("frame,expr", NOT_A_TIME)
def test_colon_number_is_no_time(frame, expr):
    wrong = []
    for ref in REFS[:7]:
        for h in range(1, 10):   # one digit: this session's rule (two digits after "is"/"are": below)
            for mi in (15, 45):
                t = f"{h}:{mi}"
                text = frame.format(t=t)
                got = _found(text, ref, expr.format(t=t))
                if got is not None and got[0] == "TIME":
                    wrong.append((ref, text, got))
    assert not wrong, f"{len(wrong)} wrong: {wrong[:10]}"


# inherited from rule clock24_bare (eleventh session): a two-digit h:mm after "is"/"are" is read as a time, even where
# a score or odds is the subject ("the score is 10:15", "odds are 11:45"); left, as known
@pytest.mark.xfail(strict=True, reason="clock24_bare reads a two-digit h:mm after 'is'/'are' whatever the subject")
def test_two_digit_score_after_is():
    ref = REFS[0]
    got = [_found(t, ref, x) for t, x in (("the score is 10:15 at the break", "10:15"), ("odds are 11:45 on the favourite", "11:45"))]
    assert all(g is None for g in got), got


SHARP_NOT_A_TIME = [
    "we bought {h} sharp knives",
    "{h} sharp turns then left at the church",
    "size {h} sharp edges everywhere",
    "the {h} sharp bends on that road",
    "got {h} sharp pencils for school",
]


@pytest.mark.parametrize("frame", SHARP_NOT_A_TIME)
def test_count_before_sharp_is_no_time(frame):
    wrong = []
    for ref in REFS[:7]:
        for h in HOURS:
            text = frame.format(h=h)
            got = _found(text, ref, str(h))
            if got is not None:
                wrong.append((ref, text, got))
    assert not wrong, f"{len(wrong)} wrong: {wrong[:10]}"


TEXTING_NOT_A_TIME = [
    ("watch it in {v} tonight", "{v}"),
    ("streams in {v} tomorrow", "{v}"),
    ("the crisps were {n}p", "{n}p"),
    ("stamps are {n}p each", "{n}p"),
]


@pytest.mark.parametrize("frame,expr", TEXTING_NOT_A_TIME)
def test_texting_number_is_no_time(frame, expr):
    wrong = []
    for ref in REFS[:7]:
        for v in ("720p", "540p"):
            for n in (120, 130, 145, 730, 915):
                text = frame.format(v=v, n=n)
                got = _found(text, ref, expr.format(v=v, n=n))
                if got is not None:
                    wrong.append((ref, text, got))
    assert not wrong, f"{len(wrong)} wrong: {wrong[:10]}"


# the issue's list of numbers that are not times, on lines with a day word: none is read as a TIME (each was untagged
# before this session as well; kept here so that no later rule reads them)
NOT_TIMES_WITH_A_DAY = [
    ("we won 7-9 on saturday", "7"), ("lost 2-1 on sunday, gutted", "2"), ("kids aged 7-9 welcome tomorrow", "7"),
    ("read pages 7-9 for monday", "7"), ("chapters 10-12 by friday", "10"), ("sizes 7-9 in the sale tomorrow", "7"),
    ("it's 7.50 each on friday", "7.50"), ("my 9-5 starts monday", "9"), ("open 24/7 over easter weekend", "24/7"),
    ("call 07700 900123 tomorrow", "07700"), ("John 3:16 on sunday", "3:16"), ("a 3-1 win on saturday", "3"),
    ("ran 7:15 a mile on tuesday", "7:15"), ("update to v7.15 tomorrow", "7.15"), ("the ratio is 3:1 on monday", "3:1"),
]


@pytest.mark.parametrize("text,expr", NOT_TIMES_WITH_A_DAY)
def test_issue_non_times(text, expr):
    for ref in REFS[:7]:
        got = _found(text, ref, expr)
        assert got is None or got[0] != "TIME", (ref, text, got)


# ---- the cases docs/informal-time.md quotes, as written there (said on Wednesday 4 June 2025) ------------------------
W = date(2025, 6, 4)
T = W + timedelta(days=1)
QUOTED = [
    ("meet 6:45 at the gate", "6:45", _time(W, 18, 45)),
    ("I'm stuck on a call till 9:40", "9:40", _time(W, 9, 40)),
    ("7:15 works for me", "7:15", _time(W, 7, 15)),
    ("ok 6:30 it is", "6:30", _time(W, 18, 30)),
    ("drinks after work, meet 7:45 at the Crown", "7:45", _time(W, 19, 45)),
    ("instead of the usual 7:15", "7:15", ("TIME", "XXXX-XX-XXT07:15")),
    ("we start 8 sharp", "8", _time(W, 8, 0)),
    ("kick off is 2 sharp", "2", _time(W, 14, 0)),
    ("we go 6 sharp tomorrow", "6", _time(T, 18, 0)),
    ("tmrw 730p", "tmrw 730p", _time(T, 19, 30)),
    ("see you at 7.30p", "7.30p", _time(W, 19, 30)),
    ("1130a works for me", "1130a", _time(W, 11, 30)),
    ("half 7 tomorrow?", "half 7 tomorrow", _time(T, 7, 30)),
    ("come round at half 8", "half 8", _time(W, 20, 30)),
    ("round mine at quarter to 8?", "quarter to 8", _time(W, 19, 45)),
    ("come round at half 8 for breakfast", "half 8", _time(W, 8, 30)),
    ("ran 7:15 a mile", "7:15", ("DURATION", "PT7M15S")),
    ("John 3:16 works for me", "3:16", None),
    ("watch it in 720p tonight", "720p", None),
    ("we bought 7 sharp knives", "7", None),
    ("be there at 8 sharp", "8", _time(W, 8, 0)),
    ("half 7 friday then?", "half 7 friday", _time(W + timedelta(days=2), 7, 30)),
    ("pop over at half 7 if you're free", "half 7", _time(W, 19, 30)),
    ("£7:15 works for me", "7:15", None),
    ("size 8 sharp", "8", None),
]


@pytest.mark.parametrize("text,expr,want", QUOTED)
def test_quoted_cases(text, expr, want):
    assert _found(text, W, expr) == want
