"""ANCHORS as a GRID (thirteenth session, anchor; a sibling of test_informal_grid*.py): which day a
weekday or a clock time of a story is on, said on every day of a week and at month and year ends,
against the value TimeML gives it, computed HERE from the calendar (never from the tagger's code).

The decisions (docs/informal-time.md, the section "Which day a story's weekday and its small hours are
on"):
- an infinitive of purpose after a past verb of motion ("We went to see Gran on Tuesday", "Mum came
  round to fix the tap on Friday", "went out to deliberate on Tuesday afternoon") tells what was done
  when the going was done: the weekday gone, not a plan (the tense of the sentence is the past verb's;
  a verb of wanting, planning or promising before "to" still looks ahead, and so does "going to");
- the end of a stretch of time is after its start: a clock time of the small hours said as the end
  ("danced until 1am", "stayed till 3am") after a clock time of that day later than it, or a small hour
  told right after an evening's time of the same day in a story ("started at 9pm ... got home at 2am"),
  is past that day's midnight: on the next day. A small hour after a morning's time ("up at 4am, left at
  5am") stays on the day.
"""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from timeline_app.temporal import tag

WEEK = [date(2025, 6, 2) + timedelta(days=i) for i in range(7)]          # Monday .. Sunday
EDGES = [date(2025, 6, 30), date(2025, 12, 31), date(2026, 2, 28), date(2024, 12, 29), date(2024, 2, 29)]
FULL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _last(ref: date, wd: int) -> date:
    """The weekday ``wd`` gone: the last one strictly before ``ref``."""
    return ref - timedelta(days=(ref.weekday() - wd) % 7 or 7)


def _next(ref: date, wd: int) -> date:
    """The weekday ``wd`` to come: the first one strictly after ``ref``."""
    return ref + timedelta(days=(wd - ref.weekday()) % 7 or 7)


def _found(text: str, ref: date, words: str):
    for t in tag(text, ref):
        if words.lower() in t.expression.lower():
            return t
    return None


def _check(cases) -> None:
    """``cases``: (text, ref, words, type, value); the Timex holding ``words`` must have that type and value."""
    wrong = []
    for text, ref, words, typ, value in cases:
        t = _found(text, ref, words)
        got = t and (t.timex_type, t.timex_value)
        if got != (typ, value):
            wrong.append(f"{ref:%a %Y-%m-%d}: {text!r} [{words}] -> {got} (want {(typ, value)})")
    assert not wrong, f"{len(wrong)} of {len(cases)} wrong:\n" + "\n".join(wrong)


def _weekday_cases(templates, pick, part: str = ""):
    """Each template on every reference day x every other weekday; ``pick(ref, wd)`` gives the day."""
    cases = []
    for ref in WEEK + EDGES:
        for wd in range(7):
            if wd == ref.weekday():
                continue   # a weekday said on itself: today or a week off, another decision
            d = pick(ref, wd)
            for template in templates:
                text = template.format(W=FULL[wd])
                if part:
                    cases.append((text, ref, FULL[wd], "TIME", f"{d.isoformat()}T{part}"))
                else:
                    cases.append((text, ref, FULL[wd], "DATE", d.isoformat()))
    return cases


# ---- 1. an infinitive of purpose after a past verb of motion: the weekday gone --------------------

PURPOSE_PAST = [
    "We went to see Gran on {W}.",
    "I went in to get my bloods done on {W}.",
    "I went in to see the nurse on {W}.",
    "Mum came round to fix the tap on {W}.",
    "We drove up to visit them on {W}, it was lovely.",
    "I popped in to pick up the keys on {W}.",
    "They drove out to meet the buyers on {W}.",
    "we went over to help them move on {W} lol",
]
PURPOSE_PAST_PART = [
    "We went out to deliberate on {W} afternoon and came back with a verdict.",
]
# the same shape looking ahead: a plan, "going to", a wish (guards: these must stay the weekday to come)
PURPOSE_AHEAD = [
    "We're going to see Gran on {W}.",
    "I'm going in to see the nurse on {W}.",
    "We want to go up to visit them on {W}.",
    "Mum will come round to fix the tap on {W}.",
]


@pytest.mark.parametrize("template", PURPOSE_PAST)
def test_purpose_after_a_past_of_motion_grid(template):
    _check(_weekday_cases([template], _last))


@pytest.mark.parametrize("template", PURPOSE_PAST_PART)
def test_purpose_after_a_past_of_motion_part_of_day_grid(template):
    _check(_weekday_cases([template], _last, part="AF"))


@pytest.mark.parametrize("template", PURPOSE_AHEAD)
def test_purpose_looking_ahead_stays_ahead_grid(template):
    _check(_weekday_cases([template], _next))


# ---- 2. the end of a stretch is after its start: small hours after an evening ---------------------

# (template, the clock time asked for, its hour, whether it is past that day's midnight); the day is the
# weekday gone (told in the past) or to come (a plan)
ENDS_PAST = [
    ("The wedding was on {W} at 2pm. We danced until 1am and went home happy.", "1am", 1, True),
    ("The party was on {W} at 8pm. We stayed till 3am.", "3am", 3, True),
    ("The gig on {W} started at 9pm. We got home at 2am.", "2am", 2, True),
    ("On {W} we got to the club at 10pm and didn't leave until 4am.", "4am", 4, True),
    # guards: a small hour after a morning's time, or a later time, stays on the day
    ("On {W} I was up at 4am and we left at 5am.", "5am", 5, False),
    ("The wedding was on {W} at 2pm. We danced until 11pm.", "11pm", 23, False),
]
ENDS_AHEAD = [
    ("The party is on {W} at 8pm and goes on until 1am.", "1am", 1, True),
    ("The party is on {W} at 8pm and goes on until 11pm.", "11pm", 23, False),
]


def _end_cases(rows, pick):
    cases = []
    for ref in WEEK + EDGES:
        for wd in range(7):
            if wd == ref.weekday():
                continue
            d = pick(ref, wd)
            for template, words, hour, rolls in rows:
                day = d + timedelta(days=1) if rolls else d
                cases.append((template.format(W=FULL[wd]), ref, words, "TIME", f"{day.isoformat()}T{hour:02d}:00"))
    return cases


@pytest.mark.parametrize("row", ENDS_PAST, ids=[r[1] + "-" + str(i) for i, r in enumerate(ENDS_PAST)])
def test_small_hours_end_after_the_start_told_grid(row):
    _check(_end_cases([row], _last))


@pytest.mark.parametrize("row", ENDS_AHEAD, ids=[r[1] + "-" + str(i) for i, r in enumerate(ENDS_AHEAD)])
def test_small_hours_end_after_the_start_planned_grid(row):
    _check(_end_cases([row], _next))


def test_grid_is_not_empty():
    assert len(_weekday_cases(PURPOSE_PAST, _last)) == len(PURPOSE_PAST) * (len(WEEK) + len(EDGES)) * 6
    assert len(_end_cases(ENDS_PAST, _last)) == len(ENDS_PAST) * (len(WEEK) + len(EDGES)) * 6


# ---- 3. "that Friday" after a weekend just told: the weekday of that weekend's week -------------------

THAT_AFTER_WEEKEND = [
    "The tournament is in Barrie next weekend, first game that {W} at 7pm.",
    "We're at the coast next weekend and I'm driving down that {W}.",
    "next weekend is Sam's stag, we fly out that {W} morning",
]


@pytest.mark.parametrize("template", THAT_AFTER_WEEKEND)
def test_that_weekday_after_next_weekend_grid(template):
    """"next weekend" is the weekend of the ISO week after the day of writing's (test_informal_grid_days);
    "that Friday", "that Saturday", "that Sunday" after it are that week's."""
    cases = []
    for ref in WEEK + EDGES:
        nxt = ref + timedelta(days=7)
        monday = nxt - timedelta(days=nxt.weekday())
        for wd in (4, 5, 6):
            d = monday + timedelta(days=wd)
            text = template.format(W=FULL[wd])
            if "morning" in template:
                cases.append((text, ref, f"that {FULL[wd]}", "TIME", f"{d.isoformat()}TMO"))
            else:
                cases.append((text, ref, f"that {FULL[wd]}", "DATE", d.isoformat()))
    _check(cases)
