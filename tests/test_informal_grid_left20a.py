"""Clock times of informal writing the tagger misread (nineteenth session, left20a; docs/informal-time.md, the
section on left20a). Each class is a construction of English seen among the errors of informal17-voices A and
tested here in sentences written for this file, said on every day of a week, at month and year ends and on a leap
day. The expected TimeML value is computed here from the calendar, never read from the tagger.

1. "gonna drive friday 0600", "depart 0745 tmrw", "tmrw 0030 pickup": a 24-hour time of four digits with no
   colon, its leading zero written, right before or after a day word: that time on that day (as "friday 06:00").
   Not a year ("in 2030", "sunday 1945"), a phone number ("tomorrow 0800 123 456"), a code or a sum
   ("flight BA 0600 tomorrow", "call 0800 tomorrow", "SAT 0930").
2. "sehri ends 5:02 tomorrow", "fajr at 5:15 tomorrow", "suhoor until 4:40 tmrw": a clock time of 1-6 with no
   am/pm after a word that names an event of the dawn is the morning's (lexicon small_hour_cues); "iftar at
   6:45", "maghrib tmrw 7:10" after an event of the evening is the evening's, even after a dawn time said before
   it in the same line (lexicon evening_event_cues). "pickup at 4:30 tomorrow" stays the afternoon's.
"""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from gridcheck import check as _check, found as _found, next_weekday as _next

# every day of a week (Mon 2 June 2025 ..), month ends, a leap day, a year's end
REFS = [date(2025, 6, 2) + timedelta(days=i) for i in range(7)] + [
    date(2025, 3, 31), date(2025, 12, 31), date(2024, 2, 29), date(2025, 2, 28), date(2026, 1, 24), date(2023, 10, 31)]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SHORT = ["mon", "tues", "wed", "thurs", "fri", "sat", "sun"]
COMPACT = [(0, 0), (0, 30), (5, 15), (6, 0), (7, 45), (9, 5), (9, 59)]


def _four(h: int, mi: int) -> str:
    return f"{h:02d}{mi:02d}"


def _t(d: date, h: int, mi: int) -> tuple[str, str]:
    return ("TIME", f"{d.isoformat()}T{h:02d}:{mi:02d}")


# ---- 1. four-digit 24-hour times next to a day --------------------------------------------------------
DEICTIC = [("tomorrow", 1), ("tmrw", 1), ("today", 0)]
DAY_FIRST = ["gonna drive {d} {t} to york, wish me luck", "{D} {t} start, don't be late", "can u do {d} {t}?"]
TIME_FIRST = ["depart {t} {d} from the depot", "I'll need a lift {t} {d} pls", "pickup is {t} {d}"]


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


@pytest.mark.parametrize("frame", DAY_FIRST + TIME_FIRST)
def test_compact_time_deictic(frame):
    cases = []
    for ref in REFS:
        for word, off in DEICTIC:
            for h, mi in COMPACT:
                t = _four(h, mi)
                text = frame.format(d=word, D=_cap(word), t=t)
                shown = _cap(word) if "{D}" in frame else word
                expr = f"{shown} {t}" if frame in DAY_FIRST else f"{t} {shown}"
                cases.append((text, ref, expr, _t(ref + timedelta(days=off), h, mi)))
    _check(cases)


@pytest.mark.parametrize("frame", ["gonna drive {d} {t} to york, wish me luck", "I'll need a lift {t} {d} pls",
                                   "can u do {d} {t}?"])
def test_compact_time_weekday(frame):
    cases = []
    for ref in REFS:
        for i in range(7):
            if i + 1 == ref.isoweekday():
                continue   # the day of writing's own name: this one or the next, not this file's question
            for names in (WEEKDAYS, SHORT):
                word = names[i] if names is SHORT else names[i]
                for h, mi in COMPACT:
                    t = _four(h, mi)
                    text = frame.format(d=word, t=t)
                    expr = f"{word} {t}" if frame.index("{d}") < frame.index("{t}") else f"{t} {word}"
                    cases.append((text, ref, expr, _t(_next(ref, i + 1), h, mi)))
    _check(cases)


NOT_A_TIME = [
    ("we're moving there in 2030 tomorrow's problem", "2030"),
    ("ring them tomorrow 0800 123 456 is the number", "tomorrow 0800"),
    ("flight BA 0600 tomorrow was cancelled", "0600 tomorrow"),
    ("call 0800 tomorrow for the helpline", "0800 tomorrow"),
    ("the room is £0600 tomorrow", "0600 tomorrow"),
    ("SAT 0930 on the paper", "SAT 0930"),
    ("born sunday 1945 is what the card said", "sunday 1945"),
    ("friday 0900-1700 shift", "friday 0900"),
]


@pytest.mark.parametrize("text,expr", NOT_A_TIME)
def test_compact_not_a_time(text, expr):
    for ref in REFS:
        got = _found(text, ref, expr)
        assert got is None or got[0] != "TIME", (ref, text, got)


# ---- 2. morning and evening events before a clock time ---------------------------------------------------
MORNING_FRAMES = [("{W} ends {T} tomorrow", "{T} tomorrow", 1), ("{W} at {T} tomorrow", "{T} tomorrow", 1),
                  ("{W} until {T} tmrw x", "{T} tmrw", 1), ("{W} tmrw {T}, set an alarm", "{T}", 1),
                  ("reminder: {W} ends at {T} today", "{T} today", 0)]
MORNING_WORDS = ["Sehri", "sehri", "suhoor", "suhur", "sahur", "fajr", "Fajr", "daybreak", "first light"]
SMALL = [(1, 45), (3, 40), (4, 12), (5, 2), (5, 30), (6, 15)]


@pytest.mark.parametrize("frame,expr,off", MORNING_FRAMES)
def test_morning_event(frame, expr, off):
    cases = []
    for ref in REFS:
        for w in MORNING_WORDS:
            for h, mi in SMALL:
                t = f"{h}:{mi:02d}"
                cases.append((frame.format(W=w, T=t), ref, expr.format(T=t), _t(ref + timedelta(days=off), h, mi)))
    _check(cases)


EVENING_FRAMES = [("sehri ends at 4:10 tomorrow, {W} at {T}", "{T}"),
                  ("{W} at {T} tomorrow, sehri ends 4:10", "{T} tomorrow"),
                  # ("tmrw" a DATE apart from its clock in a chat's register: §141, thirty-fifth session)
                  ("fajr tmrw 3:55 and {W} tmrw {T}", "{T}"),
                  ("{W} tomorrow is at {T}", "{T}")]
EVENING_WORDS = ["iftar", "Iftar", "iftaar", "maghrib", "sunset"]
EVENING = [(1, 30), (5, 50), (6, 45), (7, 10), (8, 5), (9, 20)]


@pytest.mark.parametrize("frame,expr", EVENING_FRAMES)
def test_evening_event(frame, expr):
    cases = []
    for ref in REFS:
        for w in EVENING_WORDS:
            for h, mi in EVENING:
                t = f"{h}:{mi:02d}"
                cases.append((frame.format(W=w, T=t), ref, expr.format(T=t), _t(ref + timedelta(days=1), h + 12, mi)))
    _check(cases)


def test_guards_keep_their_half():
    """No event word: an hour of 1-6 with minutes stays the afternoon's; a small-hour word, the morning's."""
    cases = []
    for ref in REFS:
        for h, mi in SMALL:
            t = f"{h}:{mi:02d}"
            nxt = ref + timedelta(days=1)
            cases.append((f"pickup at {t} tomorrow", ref, f"{t} tomorrow", _t(nxt, h + 12, mi)))
            cases.append((f"alarm set for {t} tomorrow", ref, f"{t} tomorrow", _t(nxt, h, mi)))
            cases.append((f"woke at {t} tomorrow lol", ref, f"{t} tomorrow", _t(nxt, h, mi)))
    _check(cases)


# ---- 3. standing hours stated plainly ---------------------------------------------------------------------
HOURS_FRAMES = ["{A} hours are {a} to {b}", "fyi {a2} hours are {a}-{b}, closed sundays",
                "for the newbies asking: {a2} hours are {a} to {b}, pre-market is separate",
                "Hours are {a} till {b} mon-fri", "our hours are now {a} to {b} x"]
HOURS_WORDS = ["Regular", "Normal", "Usual", "Business", "Trading", "Market", "Opening", "Our", "Summer"]
HOURS = [("9:30", "4pm", "09:30", "16:00"), ("8am", "8pm", "08:00", "20:00"), ("10am", "6pm", "10:00", "18:00"),
         ("7:30am", "5:30pm", "07:30", "17:30"), ("08:00", "17:00", "08:00", "17:00")]


@pytest.mark.parametrize("frame", HOURS_FRAMES)
def test_standing_hours(frame):
    cases = []
    for ref in REFS:
        for w in HOURS_WORDS:
            for a, b, va, vb in HOURS:
                text = frame.format(A=w, a2=w.lower(), a=a, b=b)
                cases.append((text, ref, a, ("TIME", f"XXXX-XX-XXT{va}")))
                cases.append((text, ref, b, ("TIME", f"XXXX-XX-XXT{vb}")))
    _check(cases)


def test_hours_that_are_no_habit():
    """Hours told of one day or in the past, or "hours" as a length: the day's times."""
    cases = []
    for ref in REFS:
        cases.append(("two hours later, at 4pm, we left", ref, "4pm", _t(ref, 16, 0)))
        cases.append(("we were there for hours and left at 8pm", ref, "8pm", _t(ref, 20, 0)))
        cases.append(("the hours were long, we got out at 6pm", ref, "6pm", _t(ref, 18, 0)))
        cases.append(("extra hours are 9am to 5pm tomorrow", ref, "5pm tomorrow", _t(ref + timedelta(days=1), 17, 0)))
    _check(cases)


# ---- 4. an event's time told right after its name -----------------------------------------------------------
EVENT_FRAMES = [("reminder: {W} today is {T}. don't be late", 0), ("{W} tomorrow is {T} x", 1),
                ("{W} tmrw: {T}", 1), ("ok so {W} tomorrow - {T}", 1)]
DAWN = ["Sehri", "sehri", "suhoor", "fajr", "Fajr", "sunrise"]
DUSK = ["Iftar", "iftar", "maghrib", "sunset"]


@pytest.mark.parametrize("frame,off", EVENT_FRAMES)
def test_event_time_after_its_name(frame, off):
    cases = []
    for ref in REFS:
        day = ref + timedelta(days=off)
        for w in DAWN:
            for h, mi in [(3, 50), (4, 12), (5, 2), (6, 40)]:
                t = f"{h}:{mi:02d}"
                cases.append((frame.format(W=w, T=t), ref, t, _t(day, h, mi)))
        for w in DUSK:
            for h, mi in [(5, 50), (6, 1), (7, 45), (8, 10)]:
                t = f"{h}:{mi:02d}"
                cases.append((frame.format(W=w, T=t), ref, t, _t(day, h + 12, mi)))
    _check(cases)


def test_event_time_with_its_half_said():
    cases = []
    for ref in REFS:
        cases.append(("iftar today is 6:01pm", ref, "6:01pm", _t(ref, 18, 1)))
        cases.append(("sehri tomorrow is 4:45am", ref, "4:45am", _t(ref + timedelta(days=1), 4, 45)))
        cases.append(("Sehri 4:45, Iftar 7:50 today", ref, "7:50 today", _t(ref, 19, 50)))
    _check(cases)


# ---- 5. a full weekday and a dotted time, no verb: a plan ---------------------------------------------------
PLAN_FRAMES = ["{d} {t} at mine", "{d} {t} usual spot?", "{d} {t}, bring snacks x"]
DOTTED = [(1, 30), (2, 45), (3, 15), (5, 0), (6, 30)]


@pytest.mark.parametrize("frame", PLAN_FRAMES)
def test_weekday_dotted_plan(frame):
    cases = []
    for ref in REFS:
        for i in range(7):
            if i + 1 == ref.isoweekday():
                continue   # the day of writing's own name: not this file's question
            for word in (WEEKDAYS[i], WEEKDAYS[i].lower(), SHORT[i]):
                for h, mi in DOTTED:
                    t = f"{h}.{mi:02d}"
                    cases.append((frame.format(d=word, t=t), ref, f"{word} {t}", _t(_next(ref, i + 1), h + 12, mi)))
    _check(cases)


def test_weekday_dotted_past_and_prices():
    """A past verb keeps the weekday gone; a price after the number is no time."""
    cases = []
    for ref in REFS:
        for i in range(7):
            if i + 1 == ref.isoweekday():
                continue
            last = ref - timedelta(days=(ref.isoweekday() - (i + 1)) % 7)
            cases.append((f"we went {WEEKDAYS[i].lower()} 3.15 to the pub", ref, f"{WEEKDAYS[i].lower()} 3.15",
                          _t(last, 15, 15)))
    _check(cases)
    for ref in REFS[:7]:
        for word in ("sat", "friday", "Sunday"):
            for price in ("2.50 a pint", "3.99 each", "8.50 an hour", "4.20 per bag"):
                text = f"{word} {price} lol"
                expr = f"{word} {price.split()[0]}"
                got = _found(text, ref, expr)
                assert got is None, (ref, text, got)
