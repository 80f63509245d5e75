"""Schedules and programmes as a GRID (fifteenth session, listings2; docs/informal-time.md, the
schedules section): the ways timetables, rotas, newsletters and programmes name their days, said on
every day of a week and at month and year ends, against the value TimeML gives them, computed HERE
from the calendar (never read from the tagger's code).

The decisions:
- weekdays joined by "&", "and", "/", "+" or commas before a plural part of the day ("Tues & Thurs
  evenings", "Mon/Weds afternoons", "Mon, Wed & Fri mornings", "Fri and Sat nights") are habits and
  the part of the day belongs to every weekday of the list: each a SET ``XXXX-WXX-nTpp`` (TIDES
  distributes the modifier over the conjuncts; informal12-listings' gold "Weds & Thurs eves"); said of
  one week or told in the past ("I'm free Tues & Thurs evenings next week", "I worked ... last week")
  they are days, never SETs;
- two weekdays joined by "/", "&", "and" or "+" before a range of hours ("Sat/Sun 10-4", "Sat & Sun
  10am-4pm") are opening hours as "Sat-Sun 10-4" is: each weekday a SET, each hour the hour of a habit;
- "wk beg 9th June", "week beg. 9/6", "w/c 9/6", "w/b 09/06" name the ISO week that day begins, as
  "w/c 9 June" (informal5); a slash date after them is day/month (the British order these
  abbreviations are written in).

Each case is one tag() of a short text.
"""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from test_informal_grid import EDGES, WEEK
from test_informal_grid_listings import HOURS, _day_words, _hour_words

from timeline_app.temporal import tag

REFS = WEEK + EDGES + [date(2026, 1, 31), date(2025, 8, 31)]
PODS = [("mornings", "MO"), ("afternoons", "AF"), ("evenings", "EV"), ("nights", "NI")]
PAIRS = [(1, 3), (0, 2), (4, 5), (0, 3), (2, 4), (1, 4), (5, 6), (0, 4)]
JOINS = [" & ", " and ", "/", " + "]
HABIT_FRAMES = ["Choir practice {D} in the URC hall.", "Toddler group {D}, term-time only.",
                "Swimming lessons {D}", "The late bus runs {D} only.", "Junior club: {D} (£3, no need to book)",
                "Bell ringing practice {D}, new ringers welcome"]


def _sets(text: str, ref: date) -> list[tuple[str, str, str]]:
    return sorted((t.expression, t.timex_type, t.timex_value) for t in tag(text, ref))


def _pod_cases(frames):
    cases, i = [], 0
    for ref in REFS:
        for frame in frames:
            for pod, code in PODS:
                a, b = PAIRS[i % len(PAIRS)]
                da, db = _day_words(i, a), _day_words(i + 1, b)
                if i % 5 == 4:
                    # three days: "Mon, Wed & Fri evenings"
                    m = (a + b) // 2 if (a + b) // 2 not in (a, b) else None
                    if m is not None:
                        dm = _day_words(i + 2, m)
                        words = [(da, a), (dm, m), (db, b)]
                        text = frame.format(D=f"{da}, {dm}{JOINS[i % 4]}{db} {pod}")
                        cases.append((text, ref, words, pod, code))
                        i += 1
                        continue
                text = frame.format(D=f"{da}{JOINS[i % len(JOINS)]}{db} {pod}")
                cases.append((text, ref, [(da, a), (db, b)], pod, code))
                i += 1
    return cases


@pytest.mark.parametrize("frame", HABIT_FRAMES)
def test_weekdays_and_plural_part_of_day_grid(frame):
    wrong, cases = [], _pod_cases([frame])
    for text, ref, words, pod, code in cases:
        want = sorted([(w, "SET", f"XXXX-WXX-{n + 1}T{code}") for w, n in words[:-1]]
                      + [(f"{words[-1][0]} {pod}", "SET", f"XXXX-WXX-{words[-1][1] + 1}T{code}")])
        got = _sets(text, ref)
        if got != want:
            wrong.append(f"{ref:%a %Y-%m-%d}: {text!r} -> {got} (want {want})")
    assert not wrong, f"{len(wrong)} of {len(cases)} wrong:\n" + "\n".join(wrong[:40])


ONE_WEEK_FRAMES = [("I'm free {D} next week", 1), ("can you do {D} next week?", 1), ("I worked {D} last week", -1),
                   ("we were short-staffed {D} last week", -1), ("I'm on {D} this week", 0)]


@pytest.mark.parametrize("frame,weeks", ONE_WEEK_FRAMES)
def test_weekdays_and_plural_part_of_day_one_week_grid(frame, weeks):
    """One week's days (a plan or a report): each weekday that day of the week named, its part of the
    day a TIME (``YYYY-MM-DDTpp``), none a SET."""
    wrong, cases = [], _pod_cases([frame])
    for text, ref, words, pod, code in cases:
        got = tag(text, ref)
        found = {t.expression.split()[0]: t for t in got}
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=weeks)
        bad = [w for w, n in words if w not in found or found[w].timex_type != "TIME"
               or found[w].timex_value != f"{monday + timedelta(days=n):%Y-%m-%d}T{code}"]
        if bad:
            wrong.append(f"{ref:%a %Y-%m-%d}: {text!r} -> {[(t.expression, t.timex_type, t.timex_value) for t in got]}")
    assert not wrong, f"{len(wrong)} of {len(cases)} wrong:\n" + "\n".join(wrong[:40])


# ---- two weekdays joined, then a range of hours: opening hours ------------------------------------

DAY_PAIRS = [(5, 6), (4, 5), (0, 2), (1, 3), (5, 6), (3, 4)]
OPEN_FRAMES = ["Open {D} {H}", "Garden centre café {D} {H}.", "Viewings {D} {H} by appointment",
               "Gallery open {D}, {H}"]


@pytest.mark.parametrize("frame", OPEN_FRAMES)
def test_two_weekdays_then_hours_grid(frame):
    wrong, cases, i = [], 0, 0
    for ref in REFS:
        for text_h, h1, h2 in HOURS:
            a, b = DAY_PAIRS[i % len(DAY_PAIRS)]
            da, db = _day_words(i, a), _day_words(i + 1, b)
            text = frame.format(D=f"{da}{JOINS[i % 4]}{db}", H=text_h)
            wx, wy = _hour_words(text_h)
            want = sorted([(da, "SET", f"XXXX-WXX-{a + 1}"), (db, "SET", f"XXXX-WXX-{b + 1}"),
                           (wx, "TIME", f"XXXX-XX-XXT{h1}"), (wy, "TIME", f"XXXX-XX-XXT{h2}")])
            got = _sets(text, ref)
            if got != want:
                wrong.append(f"{ref:%a %Y-%m-%d}: {text!r} -> {got} (want {want})")
            cases += 1
            i += 1
    assert not wrong, f"{len(wrong)} of {cases} wrong:\n" + "\n".join(wrong[:40])


# ---- "w/c", "wk beg": the ISO week a day begins ---------------------------------------------------

WC_WORDS = ["w/c", "W/C", "wk beg", "wk beg.", "week beg.", "w/b", "week beginning", "Wk beg", "wk commencing"]
WC_FRAMES = ["Rota for {W} {X} – sorry it's late!", "Book week is {W} {X}.", "Reports come home {W} {X}",
             "{W} {X}: swimming for Year 4", "Extra rehearsal {W} {X} – day TBC."]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def _date_words(d: date, i: int) -> str:
    form = i % 5
    sfx = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return [f"{d.day}{sfx} {MONTHS[d.month - 1]}", f"{d.day} {MONTHS[d.month - 1][:3]}", f"{d.day}/{d.month}",
            f"{d.day:02d}/{d.month:02d}", f"{d.day}{sfx} {MONTHS[d.month - 1][:3]}"][form]


@pytest.mark.parametrize("frame", WC_FRAMES)
def test_week_commencing_grid(frame):
    wrong, cases, i = [], 0, 0
    for ref in REFS:
        monday = ref - timedelta(days=ref.weekday())
        for weeks in (-1, 0, 1, 2, 5):
            d = monday + timedelta(weeks=weeks)
            y, w, _ = d.isocalendar()
            for word in WC_WORDS:
                x = _date_words(d, i)
                text = frame.format(W=word, X=x)
                got = [(t.expression, t.timex_type, t.timex_value) for t in tag(text, ref)]
                want = [(f"{word} {x}", "DATE", f"{y}-W{w:02d}")]
                if got != want:
                    wrong.append(f"{ref:%a %Y-%m-%d}: {text!r} -> {got} (want {want})")
                cases += 1
                i += 1
    assert not wrong, f"{len(wrong)} of {cases} wrong:\n" + "\n".join(wrong[:40])


def test_week_commencing_needs_its_words():
    """A slash date or a date after "wk" alone, or after a word that is not one of "w/c"'s, is no week."""
    ref = date(2025, 6, 4)
    for text in ["Swimming 9/6 for Year 4", "Back to school wk 9 June", "The beg 9/6 was odd",
                 "week 9/6 results", "Book week is 9th June."]:
        got = [(t.expression, t.timex_value) for t in tag(text, ref)]
        assert not any("W" in v for _, v in got), (text, got)
