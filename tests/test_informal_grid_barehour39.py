"""Bare hours (a number 1-12 alone: no am/pm, no minutes) that chats, comments and posts still lost (thirty-eighth
session, barehour39; docs/informal-time.md §160): a shift's two ends after its noun ("I'm on the early shift, 6 to 2"),
the hour after a verb of leaving work ("I get off 2 tomorrow"), a check-in's and a check-out's hour ("Check in is 4,
check out 11"), an answer to a time question ("dinner still 12?" -> "yes 12", "what time u open Sat?" -> "@jo 11 but
the queue starts half 10"), the hour a place opens at and its correction ("we open at 12 not 10 on the holiday"), and an
event's start before "anyway" or "and goes" ("parade start 9 anyway").

Sentences written for this file from the grammar of §160 in a worker's, a host's, a family chat's, a shop's and a club's
voices (UK, Irish, Caribbean, Australian, US); days of writing: every day of a February 2026 week, month ends, the year's
turn, a leap day; every value computed here from the calendar, never read from the tagger. The look-alikes (counts,
votes, ages, sizes, stars, scores, bags, layers, reps) must carry no TIME holding their number.
"""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, check_untagged, habit_time, next_weekday, time_on

REFS = [date(2026, 2, 2) + timedelta(days=i) for i in range(7)] + [
    date(2025, 10, 31), date(2025, 12, 31), date(2026, 1, 1), date(2026, 2, 28), date(2028, 2, 29)]

# (start, end, start's 24-hour clock, end's): a shift's ends as §106 reads them
SHIFTS = [(6, 2, 6, 14), (5, 1, 5, 13), (7, 3, 7, 15), (2, 10, 14, 22), (12, 8, 12, 20), (3, 11, 15, 23), (10, 6, 10, 18)]


# --- 1. a shift's two ends after its noun ---------------------------------------------------------------------------
SHIFT_FRAMES = [("I'm on the early shift, {a} to {b}", 0), ("I working the morning shift, {a} to {b}, I'll meet unu after", 0),
                ("my shift tomorrow is {a} till {b}", 1), ("Got a shift {a} to {b} tmrw so can't do lunch", 1),
                ("swapped my shift, {a} until {b} now", 0)]


def test_a_shift_after_its_noun():
    cases = []
    for ref in REFS:
        for frame, off in SHIFT_FRAMES:
            for a, b, ha, hb in SHIFTS:
                if "early" in frame and ha >= 12 or "morning" in frame and ha >= 12:
                    continue   # an early or a morning shift that starts in the afternoon: no such shift
                text = frame.format(a=a, b=b)
                day = ref + timedelta(days=off)
                cases.append((text, ref, str(a), time_on(day, ha, 0)))
                cases.append((text, ref, str(b), time_on(day, hb, 0)))
    check(cases)


# --- 2. the hour after a verb of leaving work ---------------------------------------------------------------------------
WORK_END_FRAMES = [("I get off {h} tomorrow so we good", 1, "{h} tomorrow"), ("she gets off {h} today, call her after", 0, "{h} today"),
                   ("I finish at {h} so I'll see you there", 0, "{h}"), ("we knock off {h} on Fridays, pints after", None, None)]


def test_a_work_end_hour():
    cases = []
    for ref in REFS:
        for frame, off, expr in WORK_END_FRAMES:
            if off is None:
                continue
            for h in (1, 2, 3, 4, 5, 6, 12):
                cases.append((frame.format(h=h), ref, expr.format(h=h), time_on(ref + timedelta(days=off), h if h == 12 else h + 12, 0)))
    check(cases)


# --- 3. a check-in's and a check-out's hour: a standing hour with a copula --------------------------------------------
CHECK_FRAMES = ["Check in is {i}, check out {o}. The maid comes Mondays.", "FYI check-in is {i} and checkout is {o}",
                "Room wasn't ready when check in is {i}, so we waited. Checkout is {o} sharp."]


def test_check_in_and_out():
    cases = []
    for ref in REFS:
        for frame in CHECK_FRAMES:
            for i, hi in ((12, 12), (1, 13), (2, 14), (3, 15), (4, 16)):
                for o, ho in ((10, 10), (11, 11), (12, 12)):
                    text = frame.format(i=i, o=o)
                    cases.append((text, ref, str(i), habit_time(hi, 0)))
                    cases.append((text, ref, str(o), habit_time(ho, 0)))
    check([c for c in cases if c[0].count(c[2]) == 1])


# --- 4. an answer to a time question --------------------------------------------------------------------------------
# (question, reply, day offset or a weekday name, hours, the half: "pm", "am" or "as said")
ANSWER_FRAMES = [("dinner still {h}?", "yes {h}", 0, (12,), "as said"),
                 ("Shanice: video call tonight at {h}?", "Auntie Merlene: yes {h}. Granny go bed early", 0, (7, 8, 9), "pm"),
                 ("what time u open {wd}?", "@jo {h} but the queue starts early", "wd", (9, 10, 11), "am"),
                 ("Dev: what time is the match tomorrow?", "Sam: {h} I think", 1, (1, 2, 3, 4), "pm"),
                 ("what time's the party tonight?\n2h", "Ciara: {h} sharp x", 0, (7, 8, 9), "pm")]
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def test_an_answer_to_a_time_question():
    cases = []
    for ref in REFS:
        for q, r, off, hours, half in ANSWER_FRAMES:
            days = [(n, wd, next_weekday(ref, n)) for n, wd in enumerate(WD, 1) if n != ref.isoweekday()] if off == "wd" \
                else [(None, None, ref + timedelta(days=off))]
            for _, wd, day in days:
                for h in hours:
                    text = q.format(h=h, wd=wd) + "\n" + r.format(h=h)
                    hh = h + 12 if half == "pm" and h < 12 else h
                    # the reply's hour: the last occurrence of the number in the text
                    cases.append((text, ref, str(h), time_on(day, hh, 0)))
    check_last(cases)


def check_last(cases):
    """As gridcheck.check, the expression being the reply's hour (the last TIME of that text)."""
    from timeline_app.temporal import tag
    wrong = []
    for text, ref, expr, want in cases:
        got = [(t.timex_type, t.timex_value) for t in tag(text, ref) if t.expression == expr
               and t.start_char >= text.rindex("\n")]
        if got != [want]:
            wrong.append(f"{ref} {text!r}: {expr!r} -> {got} (want {want})")
    assert not wrong, f"{len(wrong)} of {len(cases)} wrong:\n" + "\n".join(wrong[:25])


# --- 5. the hour a place opens at, and its correction ------------------------------------------------------------------
OPEN_FRAMES = [("and on the holiday we open at {a} not {b}, normal hours after", (12, 10, 12, 10)),
               ("the cafe opens at {a} so come early", (9, None, 9, None)), ("the cafe opens at {a} so come early", (11, None, 11, None)),
               ("we open at {a} instead of {b}, sorry folks", (1, 11, 13, 11)), ("the chipper opens at {a} then", (4, None, 16, None))]


def test_an_opening_hour():
    cases = []
    for ref in REFS:
        for frame, (a, b, ha, hb) in OPEN_FRAMES:
            text = frame.format(a=a, b=b)
            cases.append((text, ref, str(a), time_on(ref, ha, 0)))
            if b is not None:
                cases.append((text, ref, str(b), time_on(ref, hb, 0)))
    check(cases)


# --- 6. an event's start before "anyway" or "and goes" --------------------------------------------------------------
START_FRAMES = [("Parade start {h} anyway so I miss the first half", (9, 10, 11), "am"),
                ("band start {h} and goes till late", (3, 4, 5), "pm")]


def test_an_event_start():
    cases = []
    for ref in REFS:
        for frame, hours, half in START_FRAMES:
            for h in hours:
                cases.append((frame.format(h=h), ref, str(h), time_on(ref, h + 12 if half == "pm" else h, 0)))
    check(cases)


# --- the look-alikes: no TIME holding their number -------------------------------------------------------------------
LOOK_ALIKES = [("the motion passed 6 to 2 votes", ["6", "2"]), ("open to kids aged 6 to 12", ["6", "12"]),
               ("shifts for 6 to 8 people", ["6", "8"]), ("the shift had 12 till 10 of them", ["12", "10"]), ("shift 6-2 win for the early lads", ["6", "2"]),
               ("how many coming?\nyes 7 of us", ["7"]), ("got any size 10?\nyes 10", ["10"]),
               ("is it 4 stars?\nyes 4", ["4"]), ("what was the score?\n11 but we lost", ["11"]),
               ("we finish 3 layers then ice it", ["3"]), ("get off 2 stops early", ["2"]), ("I finish 10 reps", ["10"]),
               ("check in 2 bags max", ["2"]), ("opens at 2 goals down", ["2"]), ("open 7 days a week", ["7"]),
               ("take bus 10 to room 12", ["10", "12"]), ("yes 2 bags please", ["2"]), ("the top 10, yes 10", ["10"]),
               ("the shop opens at 2 pound coins", ["2"]), ("dinner for 4?\nyes 4 of us", ["4"])]


def test_look_alikes_untagged():
    check_untagged(LOOK_ALIKES, REFS)
