"""Tweet conventions, a second grid (thirteenth session, "tweets"; docs/informal-time.md, the
section on tweets): each class said on every reference weekday and at month and year ends, in
plans and in reports, against the value TimeML gives it, computed here from the calendar (never
from the tagger's code). Written before any rule was changed for it; the classes come from
English usage in tweets (announcements, countdowns, memes), not from a corpus's errors.

The decisions (TimeML TIMEX3 / TIDES; where the guidelines are silent, written here):
- a day and its clock time set apart by a comma ("Thursday, 4pm", "tomorrow, 7pm") are two
  expressions, the DATE of the day and the TIME on it, as every informal set's gold writes them
  ("X at Y" and "X, Y" stay two; "tmrw 7pm", with only a space, is one TIME);
- a countdown's length ("3 days to go", "T-minus 2h", "24h left") is a DURATION, its words
  ("to go", "left", "T-minus") outside the extent, as "16 weeks to go" in the informal gold;
- a zone written in brackets after a clock time ("06:00 (UTC+8)") is not in the value, and the
  extent never ends inside the brackets;
- "it's {W}" (a copula naming the day) said on that weekday names the day it is said on, whatever
  follows ("it's wednesday my dudes"), as "Happy {W}" does: it is not a plan for the week after;
- "{W}s instead of {V}s", "{W}s rather than {V}s": both habits are SETs, as "{W}s, not {V}s".
"""
from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from test_informal_grid import _found

from timeline_app.temporal import tag

WEEK = [date(2025, 6, 2) + timedelta(days=i) for i in range(7)]          # Monday .. Sunday
EDGES = [date(2025, 6, 30), date(2025, 12, 31), date(2026, 2, 28), date(2024, 12, 29), date(2024, 2, 29)]
REFS = WEEK + EDGES
FULL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _check(text: str, ref: date, words: str, typ: str, value: str) -> str | None:
    t = _found(text, ref, words)
    if t is None or (t.timex_type, t.timex_value) != (typ, value):
        return f"{ref:%a %Y-%m-%d}: {text!r} -> {t and (t.expression, t.timex_type, t.timex_value)} (want {typ} {value})"
    return None


def _exact(text: str, ref: date, words: str, typ: str, value: str) -> str | None:
    """The expression is exactly ``words`` (not a longer one holding it), with that type and value."""
    got = [(t.expression, t.timex_type, t.timex_value) for t in tag(text, ref)]
    return None if (words, typ, value) in got else f"{ref:%a %Y-%m-%d}: {text!r} -> {got} (want {words!r} {typ} {value})"


# 1. a day, a comma, its clock time: two expressions
DAY_COMMA_CLOCK_PLANS = [
    ("I'm giving the seminar {W}, 4pm, Room 2.17", "4pm", "16:00"),
    ("The final is {W}, 21:00 CEST 🇪🇺", "21:00", "21:00"),
    ("Launch party {W}, 8pm, link in bio", "8pm", "20:00"),
    ("see you {W}, 7:30pm!", "7:30pm", "19:30"),
]


@pytest.mark.parametrize("template,clock,hm", DAY_COMMA_CLOCK_PLANS)
def test_a_weekday_a_comma_and_a_clock_time_are_two_expressions(template, clock, hm):
    wrong = []
    for r in REFS:
        for wd in range(7):
            if wd == r.weekday():
                continue
            text = template.format(W=FULL[wd])
            day = r + timedelta(days=(wd - r.weekday()) % 7)   # the one to come (never the day itself: wd is not r's)
            for m in (_exact(text, r, FULL[wd], "DATE", day.isoformat()), _check(text, r, clock, "TIME", f"{day.isoformat()}T{hm}")):
                if m:
                    wrong.append(m)
    assert not wrong, "\n".join(wrong[:12])


def test_a_weekday_gone_a_comma_and_its_clock_time_are_two_expressions():
    wrong = []
    for r in REFS:
        for wd in range(7):
            if wd == r.weekday():
                continue
            text = f"the talk was {FULL[wd]}, 4pm, and nobody came"
            day = r - timedelta(days=(r.weekday() - wd) % 7)
            for m in (_exact(text, r, FULL[wd], "DATE", day.isoformat()), _check(text, r, "4pm", "TIME", f"{day.isoformat()}T16:00")):
                if m:
                    wrong.append(m)
    assert not wrong, "\n".join(wrong[:12])


@pytest.mark.parametrize("text,word,shift,clock,hm", [
    ("see you tomorrow, 7pm at the pub", "tomorrow", 1, "7pm", "19:00"),
    ("gym tmrw, 9am sharp", "tmrw", 1, "9am", "09:00"),
    ("Q&A today, 3pm, in my stories", "today", 0, "3pm", "15:00"),
])
def test_a_day_word_a_comma_and_a_clock_time_are_two_expressions(text, word, shift, clock, hm):
    wrong = []
    for r in REFS:
        day = (r + timedelta(days=shift)).isoformat()
        for m in (_exact(text, r, word, "DATE", day), _check(text, r, clock, "TIME", f"{day}T{hm}")):
            if m:
                wrong.append(m)
    assert not wrong, "\n".join(wrong)


def test_a_day_and_its_clock_time_with_only_a_space_stay_one_time():
    wrong = []
    for r in REFS:
        for wd in range(7):
            if wd == r.weekday():
                continue
            day = r + timedelta(days=(wd - r.weekday()) % 7)
            if m := _exact(f"the seminar is {FULL[wd]} 4pm", r, f"{FULL[wd]} 4pm", "TIME", f"{day.isoformat()}T16:00"):
                wrong.append(m)
    assert not wrong, "\n".join(wrong[:12])


# 2. countdowns
COUNTDOWNS = [
    ("3 days to go!! 🎉", "3 days", "DURATION", "P3D"),
    ("ONLY 5 DAYS TO GO", "5 DAYS", "DURATION", "P5D"),
    ("two weeks to go until pub day 📚", "two weeks", "DURATION", "P2W"),
    ("T-minus 10 minutes. Webcast is live", "10 minutes", "DURATION", "PT10M"),
    ("T-minus 2h until launch 🚀", "2h", "DURATION", "PT2H"),
    ("T-minus 45m, fuelling complete", "45m", "DURATION", "PT45M"),
    ("24h left to grab it", "24h", "DURATION", "PT24H"),
    ("48 hours left on the sale", "48 hours", "DURATION", "PT48H"),
    ("only 6 hours left. no restocks", "6 hours", "DURATION", "PT6H"),
]


@pytest.mark.parametrize("text,words,typ,value", COUNTDOWNS)
def test_a_countdowns_length_on_every_day(text, words, typ, value):
    wrong = [m for r in REFS if (m := _check(text, r, words, typ, value))]
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("text,words", [("30% off until midnight PT", "midnight"), ("sale ends midnight ET tonight", "midnight"),
                                        ("codes expire at midnight tonight", "midnight")])
def test_until_midnight_with_a_zone_is_the_end_of_the_day_of_writing(text, words):
    wrong = [m for r in REFS if (m := _check(text, r, words, "TIME", f"{r.isoformat()}T24:00"))]
    assert not wrong, "\n".join(wrong)


# 3. a zone in brackets after a clock time
@pytest.mark.parametrize("text,words,hm,shift", [
    ("maintenance 06:00 (UTC+8), compensation after", "06:00", "06:00", 0),
    ("servers down at 14:30 (UTC-5) for an hour", "14:30", "14:30", 0),
    ("live at 9pm (GMT+1) tomorrow!", "9pm", "21:00", 1),
])
def test_a_zone_in_brackets_stays_out_of_the_value_and_the_extent_closes_its_brackets(text, words, hm, shift):
    wrong = []
    for r in REFS:
        t = _found(text, r, words)
        want = f"{(r + timedelta(days=shift)).isoformat()}T{hm}"
        if t is None or t.timex_value != want or t.expression.count("(") != t.expression.count(")"):
            wrong.append(f"{r}: {text!r} -> {t and (t.expression, t.timex_value)} (want {want}, brackets closed)")
    assert not wrong, "\n".join(wrong)


# 4. "it's {W}" said on that day
ITS_DAY = ["it's {w} my dudes 🐸", "its {w} bro why are you making me think about work", "omg it's {W} already and I've done nothing",
           "It's {W} and the office coffee machine is broken again", "it's {w}!!"]


@pytest.mark.parametrize("template", ITS_DAY)
def test_its_weekday_said_on_that_day_is_the_day_itself(template):
    wrong = []
    for r in REFS:
        w = FULL[r.weekday()]
        text = template.format(W=w, w=w.lower())
        if m := _check(text, r, w, "DATE", r.isoformat()):
            wrong.append(m)
    assert not wrong, "\n".join(wrong)


def test_a_plan_said_on_that_weekday_is_still_the_week_after():
    # the copula's reading must not reach a plan: "we meet on Monday" said on a Monday (a person
    # speaking of today says "today") stays the one a week on
    wrong = []
    for r in REFS:
        w = FULL[r.weekday()]
        if m := _check(f"I'll see you on {w} for my birthday", r, w, "DATE", (r + timedelta(days=7)).isoformat()):
            wrong.append(m)
    assert not wrong, "\n".join(wrong)


# 5. habits set against each other
@pytest.mark.parametrize("template", ["my office hours are on {W}s instead of {V}s from now on",
                                      "practice is on {W}s rather than {V}s this term"])
def test_plural_weekdays_set_against_each_other_are_both_sets(template):
    wrong = []
    for r in WEEK[:2] + EDGES[:2]:
        for wd in range(7):
            vd = (wd + 2) % 7
            text = template.format(W=FULL[wd], V=FULL[vd])
            for day, n in ((FULL[wd], wd), (FULL[vd], vd)):
                if m := _check(text, r, day + "s", "SET", f"XXXX-WXX-{n + 1}"):
                    wrong.append(m)
    assert not wrong, "\n".join(wrong[:12])
