"""The half of the day of an hour said without am/pm, from a word of its own clause, as GRIDS
(sixteenth session, values2; docs/informal-time.md, "Wrong values on found expressions, by cause:
the half of the day from the clause").

A clock time said without am/pm ("at 7", "by 10", "5.30", "half two") takes its half of the day from a
word of an activity or of a part of the day in its own clause, before the clock times around it: "alarm
at 5.30", "home from brekkie by 10", "school run at 8.45" are a morning's; "drinks at the pub at 8",
"can't get there till 7.30, working late", "up there by 9 if I leave straight after work" an evening's;
"at 2.15, but the doctor is not in that afternoon" an afternoon's (its hours 1-6 are the
afternoon's by default too: the word keeps them there against a morning's time around). The clause: its sentence and line, at
most 40 characters either side, a word nearer another clock time being that one's ("breakfast at 8 and
dinner at 7"); words of both halves tell nothing. Lexicon: ``morning_clause_words``,
``clause_evening_cues``, ``clause_afternoon_cues``.

The expected values are computed here from the calendar, never from the tagger: the day is written out
("Friday 13 March"), 2-6 days ahead of the day of writing (a plan) or 3-8 days back (a report), its year
the one that puts it there; the hour is the cue's half of the day.
"""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from test_informal_grid import FULL, WEEK, _last, _next
from timeline_app.temporal import tag

EDGES = [date(2025, 12, 29), date(2025, 12, 31), date(2026, 1, 1), date(2026, 2, 27), date(2024, 2, 28),
         date(2026, 3, 31), date(2025, 6, 30), date(2025, 10, 31)]
REFS = WEEK + EDGES
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def _words(d: date) -> str:
    return f"{FULL[d.weekday()]} {d.day} {MONTHS[d.month - 1]}"


# (template, days from the day of writing, the clock words ({h} the hour), hours, minute, half):
# each puts a clock time of the other half of the day in the same sentence, which the clause's word outweighs
TEMPLATES = [
    ("{D}: lunch with Sam at 1pm, so home from brekkie by {h} to get ready.", 3, "{h}", range(7, 12), 0, "am"),
    ("Race day, {D}: alarm at {h}.30, started at 10:04 and finished in 4:12:37.", -4, "{h}.30", range(4, 7), 30, "am"),
    ("On {D} the dentist is at 2pm and I do the school run at {h}.45 before that.", 2, "{h}.45", range(7, 9), 45, "am"),
    ("{D}: standup at 9am, then drinks at the pub at {h}.", 4, "{h}", range(6, 11), 0, "pm"),
    ("Rehearsal on {D} is booked from 10am, but I can't get there till {h}.30, working late.", 5, "{h}.30", range(7, 10), 30, "pm"),
    ("{D}: gym at 7am, then up there by {h} if I leave straight after work.", 6, "{h}", range(8, 11), 0, "pm"),
    ("On {D} the 9am slot is taken, but {h}.15 that afternoon is free.", 2, "{h}.15", range(1, 5), 15, "pm"),
    ("It's booked in for {D} at {h}.15, but Dr Shah's not in that afternoon now.", 2, "{h}.15", range(1, 5), 15, "pm"),
]


def _cases():
    cases = []
    for ref in REFS:
        for tpl, ahead, cw, hours, mi, half in TEMPLATES:
            d = ref + timedelta(days=ahead)
            for h in hours:
                hh = h % 12 + (12 if half == "pm" else 0)
                cases.append((tpl.format(D=_words(d), h=h), ref, cw.format(h=h), f"{d.isoformat()}T{hh:02d}:{mi:02d}"))
    return cases


CASES = _cases()


@pytest.mark.parametrize("text,ref,words,value", CASES, ids=[f"{c[1]}:{c[0][:50]}" for c in CASES])
def test_half_of_the_day_from_its_clause_grid(text, ref, words, value):
    got = [(t.expression, t.timex_type, t.timex_value) for t in tag(text, ref)]
    mine = [g for g in got if g[0] == words or g[0].startswith(words + " ")]
    assert mine and mine[0][1:] == ("TIME", value), f"{text!r} read {ref}: {got}; calendar {words!r} {value}"


# the word nearer another clock time is that one's: each hour keeps its own half of the day
PAIRS = [
    ("On {D} it's breakfast at {a} and dinner at {b}.", range(7, 11), range(6, 10)),
    ("{D}: bed before {b} because we leave at {a} for the airport the next day.", range(5, 8), range(9, 12)),
]


def _pair_cases():
    cases = []
    for ref in REFS:
        d = ref + timedelta(days=3)
        for tpl, ams, pms in PAIRS:
            for a, b in zip(ams, pms):
                cases.append((tpl.format(D=_words(d), a=a, b=b), ref, d, a, b))
    return cases


PAIR_CASES = _pair_cases()


@pytest.mark.parametrize("text,ref,day,a,b", PAIR_CASES, ids=[f"{c[1]}:{c[0][:50]}" for c in PAIR_CASES])
def test_a_clause_word_is_its_nearest_times_grid(text, ref, day, a, b):
    got = {t.expression: t.timex_value for t in tag(text, ref)}
    if "bed before" in text:
        assert got.get(str(b)) == f"{day.isoformat()}T{b + 12:02d}:00", f"{text!r} read {ref}: {got}"
    else:
        assert got.get(str(a)) == f"{day.isoformat()}T{a:02d}:00", f"{text!r} read {ref}: {got}"
        assert got.get(str(b)) == f"{day.isoformat()}T{b + 12:02d}:00", f"{text!r} read {ref}: {got}"


# ---- a weekday's direction: a deadline or a parting names a day to come ----------------------------------------
# "needs to be in by, erm, Wednesday", "send the forms back before Friday", "see y'all thursday" (after "WE WON"):
# the next such day after the day of writing (a verb in the past keeps a deadline in the past: "we had it all
# finished by Friday"), and "see" after "to" is no parting ("lovely to see you Monday!": the meeting just had).
# Lexicon: deadline_before_weekday, parting_before_weekday, speech_fillers.
SHORT = ["mon", "tues", "wed", "thurs", "fri", "sat", "sun"]
DEADLINES = [
    ("Deposit for the house needs to be in by {W}, cheers.", "{W}", False, "next"),
    ("Deposit for the house needs to be in by, erm, {W}, cheers.", "{W}", False, "next"),
    ("Please send the forms back before {W} so we can order the coach.", "{W}", False, "next"),
    ("can u get the keys to me by {w}?", "{w}", True, "next"),
    ("WE WON 😤 see y'all {w} vs Boston", "{w}", True, "next"),
    ("Brilliant night, thanks all. See you {W}!", "{W}", False, "next"),
    ("We had it all finished by {W}, two days early.", "{W}", False, "last"),
    ("lovely to see you {W}!", "{W}", False, "last"),   # an infinitive's "see": the meeting just had (tense2)
]


def _deadline_cases():
    cases = []
    for ref in REFS:
        for ahead in range(1, 7):
            wd = (ref + timedelta(days=ahead)).weekday()
            for tpl, words, short, side in DEADLINES:
                w = SHORT[wd] if short else FULL[wd]
                day = _next(ref, wd) if side == "next" else _last(ref, wd)
                cases.append((tpl.format(W=w, w=w), ref, words.format(W=w, w=w), day.isoformat()))
    return cases


DEADLINE_CASES = _deadline_cases()


@pytest.mark.parametrize("text,ref,words,value", DEADLINE_CASES, ids=[f"{c[1]}:{c[0][:50]}" for c in DEADLINE_CASES])
def test_deadline_and_parting_weekday_grid(text, ref, words, value):
    got = [(t.expression, t.timex_type, t.timex_value) for t in tag(text, ref)]
    assert (words, "DATE", value) in got, f"{text!r} read {ref}: {got}; calendar {words!r} {value}"


# ---- "the following weekend", "the weekend after" a day: the first weekend after it ----------------------------
# after a weekday, that week's weekend ("flew into Hanoi on Thursday the 1st, did Ha Long Bay the following
# weekend": Saturday 3 and Sunday 4); after a Saturday or a Sunday, the next week's
FOLLOWING_WEEKEND = [
    ("We flew into Hanoi on {D} and did Ha Long Bay the following weekend.", "the following weekend", range(9, 16)),
    ("Season 4 starts on {D} and we want the roster settled by the weekend after.", "the weekend after", range(2, 9)),
]


def _weekend_of(d: date) -> str:
    sat = d + timedelta(days=(5 - d.weekday()) % 7 or 7)
    y, w, _ = sat.isocalendar()
    return f"{y}-W{w:02d}-WE"


def _following_weekend_cases():
    cases = []
    for ref in REFS:
        for tpl, words, days in FOLLOWING_WEEKEND:
            for k in days:
                d = ref - timedelta(days=k) if "flew" in tpl else ref + timedelta(days=k)
                cases.append((tpl.format(D=_words(d)), ref, words, _weekend_of(d)))
    return cases


FOLLOWING_CASES = _following_weekend_cases()


@pytest.mark.parametrize("text,ref,words,value", FOLLOWING_CASES, ids=[f"{c[1]}:{c[0][:50]}" for c in FOLLOWING_CASES])
def test_following_weekend_grid(text, ref, words, value):
    got = [(t.expression, t.timex_type, t.timex_value) for t in tag(text, ref)]
    assert (words, "DATE", value) in got, f"{text!r} read {ref}: {got}; calendar {words!r} {value}"
