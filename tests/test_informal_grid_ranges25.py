"""The half of the day and the day of informal hour expressions left by hours22, ranges23 and hours24 (twenty-fourth
session, ranges25; docs/informal-time.md, the section on ranges25). The sentences are written for this file; every
value is computed here from the calendar (``gridcheck.next_weekday``, ``timedelta``), never read from the tagger.

- a range of bare hours with its day right AFTER it and no cue word before it, written short: "12-3 sun",
  "10-2 sat", "market 12-3 sun" (the day to come; the two ends TIMEs of it);
- the half of the day told by the ACTIVITY on the line (lexicon classes `evening_activity_words` and
  `morning_activity_words`): "choir is 7-9 on Tuesday" 19:00-21:00, "training at 7 on thurs" 19:00, "breakfast at 8
  on friday" 08:00, "parkrun is 8-10 on Saturday" 08:00 (not a shop "open" till 8: a closing time, the evening's);
- clock times in words with the activity's half: "band practice at quarter to 8 on friday" 19:45, "scouts at half
  7 on monday" 19:30; British "half 6" proposed after an early start ("earliest start ive known. half 6 would be
  fine") 06:30, "tea at half 6" 18:30;
- "7ish" and "around 8" after an evening activity (the evening's) vs a morning errand (the morning's); "come round
  around 8" (a visit, lexicon social_plan_words) is left: tried, the pooled B halves fell;
- look-alikes stay untagged: ages, counts, scores.
"""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from gridcheck import WEEKDAYS, check as _check, next_weekday, tagged_look_alikes
from timeline_app.temporal import tag

# every day of a week as the day of writing (Mon 2 June 2025 ..), month and year ends, a leap day, other years
REFS = [date(2025, 6, 2) + timedelta(days=i) for i in range(7)] + [date(2025, 12, 31), date(2024, 2, 29)]

SHORT = {"mon": 1, "Tues": 2, "thurs": 4, "sat": 6, "Sun": 7}
FULL = [(name, n) for n, name in enumerate(WEEKDAYS, 1)]
DAY_WORDS = FULL + list(SHORT.items())
# after "on", a title-case "Sun" is a name as often (rule short_weekday, inherited): the activity frames say "sun"
ON_DAY_WORDS = FULL + [(w, n) for w, n in SHORT.items() if w != "Sun"] + [("sun", 7)]


def _t(day: date, h: int, mi: int = 0):
    return ("TIME", f"{day.isoformat()}T{h:02d}:{mi:02d}")


def _ends(r: str, h1: int, h2: int):
    a, b = r.split("-")
    return [(a, h1, int(a.split(".")[1]) if "." in a else 0), (b, h2, int(b.split(".")[1]) if "." in b else 0)]


def _cases(frames, day_words, ranges, day_expr=True):
    """Each frame said of each day word (not the day of writing's own) and range, on every day of REFS; the day the
    one to come, the ends TIMEs of it."""
    cases = []
    for frame in frames:
        for r, h1, h2 in ranges:
            for ref in REFS:
                for word, n in day_words:
                    if n == ref.isoweekday():
                        continue
                    day = next_weekday(ref, n)
                    text = frame.format(d=word, r=r)
                    if day_expr:
                        cases.append((text, ref, word, ("DATE", day.isoformat())))
                    for expr, h, mi in _ends(r, h1, h2):
                        cases.append((text, ref, expr, _t(day, h, mi)))
    return cases


def _check_on_its_day(cases):
    """For lines with no verb ("choir at 7 on Wednesday") the weekday's direction is the weekday rule's (the nearer
    one on some days, inherited, §68): what is asked is the half of the day, so each case (text, ref, day word,
    weekday number, [(expression, hour, minute)]) must give the day word a date of that weekday and each expression
    that clock time on that same date."""
    wrong = []
    for text, ref, word, n, ends in cases:
        got = {t.expression: (t.timex_type, t.timex_value) for t in tag(text, ref)}
        day = got.get(word, (None, ""))[1]
        ok = len(day) == 10 and date.fromisoformat(day).isoweekday() == n and all(
            got.get(e) == ("TIME", f"{day}T{h:02d}:{mi:02d}") for e, h, mi in ends)
        if not ok:
            wrong.append(f"{ref} {text!r}: {got}")
    assert not wrong, f"{len(wrong)} of {len(cases)} wrong:\n" + "\n".join(wrong[:25])


def _day_free(frames, day_words, clocks):
    """Cases for ``_check_on_its_day``: clocks are (written, [(expression, hour, minute)])."""
    out = []
    for frame in frames:
        for written, ends in clocks:
            for ref in REFS:
                for word, n in day_words:
                    if n != ref.isoweekday():
                        out.append((frame.format(d=word, h=written, r=written), ref, word, n, ends))
    return out


# ---- a range of bare hours, its day right after it, no cue -----------------------------------------------------------
SHORT_AFTER_FRAMES = ["{r} {d}", "market {r} {d}", "car boot {r} {d}, come early", "plant sale {r} {d}!",
                      "Jo: {r} {d} at the hall"]
# a range from a morning start or from noon (a dash from an afternoon start is a score's shape: "3-1 sat")
SHORT_AFTER_RANGES = [("12-3", 12, 15), ("10-2", 10, 14), ("9-1", 9, 13), ("11-4", 11, 16), ("9.30-12", 9, 12)]


def test_range_then_its_day_short():
    _check(_cases(SHORT_AFTER_FRAMES, DAY_WORDS, SHORT_AFTER_RANGES))


# ---- the half of a range from 7 or 8 told by the activity ----------------------------------------------------------
EVENING_ACTIVITIES = ["choir", "band practice", "football training", "rehearsal", "quiz", "pottery class",
                      "book club", "bingo", "cubs", "scouts", "brownies", "five-a-side", "drinks", "the party",
                      "the gig", "netball", "darts"]
MORNING_ACTIVITIES = ["breakfast", "the school run", "breakfast club",
                      "parkrun"]
# (a dotted start, "7.30-9", leaves its end unread after "is", an older rule's shape: not asked here)
EVE_RANGES = [("7-9", 19, 21), ("8-10", 20, 22), ("7-10", 19, 22)]
MORN_RANGES = [("7-9", 7, 9), ("8-10", 8, 10)]


def _range_clocks(ranges):
    return [(r, _ends(r, h1, h2)) for r, h1, h2 in ranges]


def test_evening_activity_range_on_a_day():
    # ("choir 7-9 on Tuesday" with no verb is left unread: see the docs section)
    _check_on_its_day(_day_free([a + " is {r} on {d}" for a in EVENING_ACTIVITIES], ON_DAY_WORDS, _range_clocks(EVE_RANGES)))


def test_morning_activity_range_on_a_day():
    frames = ["breakfast is {r} on {d}", "the school run is {r} on {d}", "breakfast club is {r} on {d}", "parkrun is {r} on {d}"]
    _check_on_its_day(_day_free(frames, ON_DAY_WORDS, _range_clocks(MORN_RANGES)))


# ---- a single hour: the activity's half -----------------------------------------------------------------------------
# (a dotted hour, "at 7.30 on Tuesday", is joined to its day as one expression by an older rule: not asked here)
def test_evening_activity_single_hour():
    frames = [a + " at {h} on {d}" for a in EVENING_ACTIVITIES] + ["we've got " + a + " at {h} on {d}" for a in EVENING_ACTIVITIES[:4]]
    _check_on_its_day(_day_free(frames, ON_DAY_WORDS, [("7", [("7", 19, 0)]), ("8", [("8", 20, 0)])]))


def test_morning_activity_single_hour():
    frames = [a + " at {h} on {d}" for a in ("breakfast", "the school run", "breakfast club", "parkrun")]
    _check_on_its_day(_day_free(frames, ON_DAY_WORDS, [("7", [("7", 7, 0)]), ("8", [("8", 8, 0)])]))


def test_activity_hour_today_and_tomorrow():
    cases = []
    for ref in REFS:
        tom = ref + timedelta(days=1)
        for a in EVENING_ACTIVITIES:
            cases.append((f"{a} at 7 tomorrow", ref, "7 tomorrow", _t(tom, 19)))
            cases.append((f"{a} tonight at 8", ref, "8", _t(ref, 20)))
        for a in ("breakfast", "the school run", "parkrun"):
            cases.append((f"{a} at 8 tomorrow", ref, "8 tomorrow", _t(tom, 8)))
    _check(cases)


# ---- clock times in words: the activity's half ----------------------------------------------------------------------
WORD_CLOCKS = [("quarter to 8", 19, 45), ("half 7", 19, 30), ("twenty past 7", 19, 20), ("quarter past 8", 20, 15)]


def test_clock_in_words_evening_activity():
    frames = [a + " at {h} on {d}" for a in EVENING_ACTIVITIES]
    _check_on_its_day(_day_free(frames, FULL, [(w, [(w, h, mi)]) for w, h, mi in WORD_CLOCKS]))


def test_clock_in_words_morning_activity():
    frames = [a + " at {h} on {d}" for a in ("breakfast", "the school run", "breakfast club")]
    _check_on_its_day(_day_free(frames, FULL, [(w, [(w, h - 12, mi)]) for w, h, mi in WORD_CLOCKS]))


@pytest.mark.parametrize("text, expr, h, mi", [
    ("earliest start ive known. half 6 would be fine", "half 6", 6, 30),
    ("coach leaves early tomorrow, earliest start ever. half 6 would of been fine", "half 6", 6, 30),
    ("early start tomorrow, half 6 would be fine", "half 6", 6, 30),
    ("tea at half 6", "half 6", 18, 30),
    ("tea's at half 6 if you're staying", "half 6", 18, 30),
    ("half 6 would be fine for tea", "half 6", 18, 30),
])
def test_half_six_by_its_cues(text, expr, h, mi):
    wrong = []
    for ref in REFS:
        want = (expr, "TIME", f"{(ref + timedelta(days=1) if 'tomorrow' in text else ref).isoformat()}T{h:02d}:{mi:02d}")
        got = [(t.expression, t.timex_type, t.timex_value) for t in tag(text, ref)]
        if want not in got:
            wrong.append((ref, got))
    assert not wrong, (text, wrong[:5])


# ---- "7ish", "around 8": a social plan vs a morning errand ----------------------------------------------------------
ISH_EVENING = ["choir {h} on {d}", "band practice {h} on {d}", "see you at bingo {h} on {d}", "five-a-side {h} on {d}"]
ISH_MORNING = ["dropping the car at the garage {h} on {d} before work", "breakfast {h} on {d}",
               "parkrun {h} on {d}"]


def test_ish_and_around_by_the_plan():
    hours_e = [("7ish", [("7ish", 19, 0)]), ("around 8", [("8", 20, 0)]), ("about 7", [("7", 19, 0)])]
    hours_m = [("7ish", [("7ish", 7, 0)]), ("around 8", [("8", 8, 0)])]
    _check_on_its_day(_day_free(ISH_EVENING, FULL, hours_e) + _day_free(ISH_MORNING, FULL, hours_m))


# ---- look-alikes ---------------------------------------------------------------------------------------------------
NEGATIVES = [
    ("we won 10-2 {d}", ["10", "2"]),
    ("lost 3-1 {d}", ["3", "1"]),
    ("cubs is for ages 7-9 on {d}", ["7", "9"]),
    ("need 7-9 players for five-a-side {d}", ["7", "9"]),
    ("party for 10-12 people {d}", ["10", "12"]),
    ("pages 10-20 {d}", ["10", "20"]),
    ("choir sang hymns 7-9 {d}", ["7", "9"]),
]


@pytest.mark.parametrize("frame, numbers", NEGATIVES)
def test_look_alikes_stay_untagged(frame, numbers):
    bad = tagged_look_alikes(frame, numbers, REFS[:7], DAY_WORDS)
    assert not bad, bad[:10]


# ---- the sentences docs/informal-time.md quotes (its section on ranges25), said on Wednesday 4 June 2025 -----------
W = date(2025, 6, 4)
QUOTED = [
    ("12-3 sun", [("12", _t(next_weekday(W, 7), 12)), ("3", _t(next_weekday(W, 7), 15)),
                  ("sun", ("DATE", next_weekday(W, 7).isoformat()))]),
    ("10-2 sat", [("10", _t(next_weekday(W, 6), 10)), ("2", _t(next_weekday(W, 6), 14))]),
    ("market 12-3 sun", [("12", _t(next_weekday(W, 7), 12)), ("3", _t(next_weekday(W, 7), 15))]),
    ("open 9-1 tmrw", [("9", _t(W + timedelta(days=1), 9)), ("1", _t(W + timedelta(days=1), 13))]),
    ("choir is 7-9 on Thursday", [("7", _t(next_weekday(W, 4), 19)), ("9", _t(next_weekday(W, 4), 21))]),
    ("training at 7 on thurs", [("7", _t(next_weekday(W, 4), 19)), ("thurs", ("DATE", next_weekday(W, 4).isoformat()))]),
    ("breakfast at 8 on friday", [("8", _t(next_weekday(W, 5), 8))]),
    ("parkrun is 8-10 on Saturday", [("8", _t(next_weekday(W, 6), 8)), ("10", _t(next_weekday(W, 6), 10))]),
    ("band practice at quarter to 8 on friday", [("quarter to 8", _t(next_weekday(W, 5), 19, 45))]),
    ("tea at half 6", [("half 6", _t(W, 18, 30))]),
    ("earliest start ive known. half 6 would be fine", [("half 6", _t(W, 6, 30))]),
    ("choir 7ish on Thursday", [("7ish", _t(next_weekday(W, 4), 19))]),
    ("see you at bingo around 8 on Friday", [("8", _t(next_weekday(W, 5), 20))]),
    ("dropping the car at the garage around 8 on Friday before work", [("8", _t(next_weekday(W, 5), 8))]),
    ("we won 10-2 sat", [("10", None), ("2", None)]),
    ("cubs is for ages 7-9 on Tuesday", [("7", None), ("9", None)]),
]


@pytest.mark.parametrize("text, want", QUOTED)
def test_quoted_sentences(text, want):
    got = {t.expression: (t.timex_type, t.timex_value) for t in tag(text, W)}
    assert [(e, got.get(e)) for e, _v in want] == want, got
