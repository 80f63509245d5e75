"""Values of found expressions, by cause, as GRIDS (fifteenth session, values; docs/informal-time.md,
the section "Wrong values on found expressions, by cause").

1. A day and a clock time set off by a comma in running text ("I'm giving a talk on Friday, 2pm",
   "Harvest assembly: Friday 3 October, 9.10am", "The final is Saturday, 21:00 CEST") are two
   expressions, as every informal gold writes them (26 pairs in the readable sets, none joined): the
   day a DATE, the time a TIME on that day. Only a stamp, a day and its time standing alone after a
   separator or heading their line ("New voicemail · Kwik Motors · 27 Feb, 16:52", "Voice message ·
   Fri 29 May, 7:58 am"), is one TIME, as the gold writes a stamp. Without a comma ("Friday 2pm",
   "tmrw 7am") a day and its time stay one TIME (issue 11 kind 6).

The expected values are computed here from the calendar, never from the tagger: a plan's weekday is
the next such day after the day of writing, a report's the last one before it; a dated day is the one
2-5 days ahead (a plan) or 3-9 days back (a stamp); the clock time is on that day.
Reference days: a whole week, month ends, the year's turn, a leap day.
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
SHORT_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

# (template, clock words, hour, minute): {D} is the day's words
PLAN_WEEKDAY = [
    ("I'm giving a talk on it at the library on {D}, 2pm BST. All welcome!", "2pm", 14, 0),
    ("Coffee morning: {D}, 10am till noon in the hall.", "10am", 10, 0),
    ("The Grand Final is {D}, 21:00 CEST. Can't wait!!", "21:00", 21, 0),
    ("Reminder: the book group meets {D}, 7.30pm, upstairs at the Crown.", "7.30pm", 19, 30),
    ("I can swap if you do my shift on {D}, 08:00 sharp", "08:00", 8, 0),
]
REPORT_WEEKDAY = [
    ("The power went off on {D}, 6.15pm, and nobody came out till the morning.", "6.15pm", 18, 15),
    ("We saw them at the Academy on {D}, 8pm, and they were brilliant.", "8pm", 20, 0),
]
PLAN_DATE = [
    ("Dates for your diary:\n- Harvest assembly: {D}, 9.10am\n- Photos: after half term", "9.10am", 9, 10),
    ("Author event! She reads from her new novel on {D}, 7pm. Tickets £8.", "7pm", 19, 0),
    ("v3.4 maintenance: {D}, 06:00 to 11:00. Compensation for all players.", "06:00", 6, 0),
]
STAMPS = [
    "New voicemail · Kwik Motors · {D}, 16:52\nHi, it's Dave from the garage, the car's ready.",
    "Voice message (transcribed) · {W} {D}, 7:58 am\nMorning love, just checking you got home.",
]
STAMP_CLOCK = {0: (16, 52), 1: (7, 58)}


def _two(text: str, ref: date, day_words: str, day_value: str, clock_words: str, clock_value: str):
    got = [(t.expression, t.timex_type, t.timex_value) for t in tag(text, ref)]
    assert (day_words, "DATE", day_value) in got, f"{text!r} read {ref}: {got}; calendar {day_words!r} {day_value}"
    clock = [g for g in got if g[0].startswith(clock_words)]
    assert clock and clock[0][1:] == ("TIME", clock_value), \
        f"{text!r} read {ref}: {got}; calendar {clock_words!r} {clock_value}"


def _comma_cases():
    cases = []
    for ref in REFS:
        for k, (tpl, cw, h, mi) in enumerate(PLAN_WEEKDAY):
            for ahead in (1, 2, 4, 6):                      # no "on Friday" said on a Friday
                day = ref + timedelta(days=ahead)
                words = FULL[day.weekday()] if k % 2 == 0 else SHORT_WD[day.weekday()]
                d = _next(ref, day.weekday())
                cases.append((tpl.format(D=words), ref, words, d.isoformat(), cw, f"{d.isoformat()}T{h:02d}:{mi:02d}"))
        for k, (tpl, cw, h, mi) in enumerate(REPORT_WEEKDAY):
            day = ref - timedelta(days=2 + 2 * k)
            words = FULL[day.weekday()]
            d = _last(ref, day.weekday())
            cases.append((tpl.format(D=words), ref, words, d.isoformat(), cw, f"{d.isoformat()}T{h:02d}:{mi:02d}"))
        for k, (tpl, cw, h, mi) in enumerate(PLAN_DATE):
            d = ref + timedelta(days=2 + k)
            words = f"{FULL[d.weekday()]} {d.day} {MONTHS[d.month - 1]}" if k != 2 else \
                f"{SHORT_WD[d.weekday()]} {MONTHS[d.month - 1][:3]} {d.day}"
            cases.append((tpl.format(D=words), ref, words, d.isoformat(), cw, f"{d.isoformat()}T{h:02d}:{mi:02d}"))
    return cases


COMMA_CASES = _comma_cases()


@pytest.mark.parametrize("text,ref,day_words,day_value,clock_words,clock_value", COMMA_CASES,
                         ids=[f"{c[1]}:{c[0][:44]}" for c in COMMA_CASES])
def test_day_comma_clock_grid(text, ref, day_words, day_value, clock_words, clock_value):
    _two(text, ref, day_words, day_value, clock_words, clock_value)


def _stamp_cases():
    cases = []
    for ref in REFS:
        for k, tpl in enumerate(STAMPS):
            for back in (3, 9):
                d = ref - timedelta(days=back)
                words = f"{d.day} {MONTHS[d.month - 1][:3]}" if k == 0 else f"{d.day} {MONTHS[d.month - 1]}"
                text = tpl.format(D=words, W=SHORT_WD[d.weekday()])
                h, mi = STAMP_CLOCK[k]
                cases.append((text, ref, words, f"{d.isoformat()}T{h:02d}:{mi:02d}"))
    return cases


STAMP_CASES = _stamp_cases()


@pytest.mark.parametrize("text,ref,words,value", STAMP_CASES, ids=[f"{c[1]}:{c[0][:44]}" for c in STAMP_CASES])
def test_stamp_day_comma_clock_is_one_time(text, ref, words, value):
    got = [(t.expression, t.timex_type, t.timex_value) for t in tag(text, ref)]
    one = [g for g in got if words in g[0]]
    assert one and one[0][1:] == ("TIME", value) and ":" in one[0][0], \
        f"{text!r} read {ref}: {got}; calendar one TIME {value}"


# without a comma a day and its clock time stay one TIME (issue 11 kind 6): the guard of the rule above
@pytest.mark.parametrize("ref", REFS)
def test_day_clock_without_comma_stays_one(ref):
    day = ref + timedelta(days=3)
    words = FULL[day.weekday()]
    got = [(t.expression, t.timex_type, t.timex_value) for t in tag(f"talk is on {words} 2pm, all welcome", ref)]
    d = _next(ref, day.weekday())
    assert (f"{words} 2pm", "TIME", f"{d.isoformat()}T14:00") in got, got


# a word of the day of writing and a clock time set off by a comma: two expressions as well
DEICTIC = [("see you tomorrow, 7pm at the station", "tomorrow", 1, "7pm", 19, 0),
           ("Quiz night is tonight, 8.30pm, at the Crown!", "tonight", 0, "8.30pm", 20, 30),
           ("The parcel came yesterday, 14:10, while I was out.", "yesterday", -1, "14:10", 14, 10)]


@pytest.mark.parametrize("ref", REFS)
@pytest.mark.parametrize("text,day_words,offset,clock_words,h,mi", DEICTIC)
def test_deictic_comma_clock_grid(ref, text, day_words, offset, clock_words, h, mi):
    d = ref + timedelta(days=offset)
    got = [(t.expression, t.timex_type, t.timex_value) for t in tag(text, ref)]
    day_value = f"{d.isoformat()}TNI" if day_words == "tonight" else d.isoformat()
    assert any(g[0] == day_words and g[2] == day_value for g in got), f"{text!r} read {ref}: {got}; calendar {day_value}"
    assert (clock_words, "TIME", f"{d.isoformat()}T{h:02d}:{mi:02d}") in got, f"{text!r} read {ref}: {got}"


# 2. Which day of its sentence a clock time said without a day is on, when the sentence names more than one:
#    - a day after a comma opens the next item of a list, it is not the time's ("Saturday 24th from 9am till
#      3pm, Sunday 25th 10 till 2": 3pm on the 24th), the day before the time is;
#    - a day after "on" right after the time, or after the time and the noun it modifies, is its day, whatever
#      the sentence named before ("School closes for Christmas at 1.30pm on Friday 19 December", "there is no
#      8am service on Boxing Day" after "Christmas Eve").
def _ord(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _sentence_cases():
    cases = []
    for ref in REFS:
        for ahead in (2, 5, 9):
            d1 = ref + timedelta(days=ahead)
            d2 = d1 + timedelta(days=1)
            w1 = f"{FULL[d1.weekday()]} {_ord(d1.day)}"
            w2 = f"{FULL[d2.weekday()]} {_ord(d2.day)}"
            cases.append((f"Moving sale! {w1} from 9am till 3pm, {w2} 10 till 2.", ref, "3pm", f"{d1.isoformat()}T15:00"))
            cases.append((f"Car boot: {w1} 8am to 1pm, {w2} 9am to 12.", ref, "1pm", f"{d1.isoformat()}T13:00"))
            d3 = d1 + timedelta(days=3)
            w3 = f"{FULL[d3.weekday()]} {d3.day} {MONTHS[d3.month - 1]}"
            cases.append((f"The party is on {w1} but I'm working until 6pm on {w3}.", ref, "6pm", f"{d3.isoformat()}T18:00"))
            cases.append((f"After the show on {w1} the box office closes at 1.30pm on {w3}.", ref, "1.30pm",
                          f"{d3.isoformat()}T13:30"))
            cases.append((f"Choir practice is on {w1}, and there is no 8am service on {w3}.", ref, "8am",
                          f"{d3.isoformat()}T08:00"))
        for back in (3, 8):
            d1 = ref - timedelta(days=back)
            d2 = d1 + timedelta(days=1)
            w1 = f"{FULL[d1.weekday()]} {_ord(d1.day)}"
            w2 = f"{FULL[d2.weekday()]} {_ord(d2.day)}"
            cases.append((f"We did the craft fair on {w1} from 10am till 4pm, {w2} 11am till 3pm, and sold out.", ref,
                          "4pm", f"{d1.isoformat()}T16:00"))
    return cases


SENTENCE_CASES = _sentence_cases()


@pytest.mark.parametrize("text,ref,words,value", SENTENCE_CASES, ids=[f"{c[1]}:{c[0][:44]}" for c in SENTENCE_CASES])
def test_clock_day_of_its_sentence_grid(text, ref, words, value):
    got = [(t.expression, t.timex_type, t.timex_value) for t in tag(text, ref)]
    hit = [g for g in got if g[0] == words]
    assert hit and hit[0][1:] == ("TIME", value), f"{text!r} read {ref}: {got}; calendar {words!r} {value}"


# the guard of the rule above: a day after "then on" is another clause's, not the time's
@pytest.mark.parametrize("ref", REFS)
def test_then_on_day_is_not_the_times(ref):
    d1 = ref - timedelta(days=4)
    d2 = d1 + timedelta(days=1)
    text = f"On {FULL[d1.weekday()]} I worked till 6pm then on {FULL[d2.weekday()]} I rested."
    got = [(t.expression, t.timex_type, t.timex_value) for t in tag(text, ref)]
    assert ("6pm", "TIME", f"{_last(ref, d1.weekday()).isoformat()}T18:00") in got, got
