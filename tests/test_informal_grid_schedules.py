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
from test_informal_grid import EDGES, FULL as FULL_WD, WEEK
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
        # ((values3, seventeenth session) "I'm on Tues & Thurs evenings this week" written on a Sunday: the week that
        # begins the next day, the ISO week of a Sunday ending that day; tests/test_informal_grid_values3.py)
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=weeks + (weeks == 0 and ref.isoweekday() == 7))
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


# ---- the catalogue's quoted cases (docs/informal-time.md §31), said on Wednesday 4 June 2025 ------

W = date(2025, 6, 4)
NEXT_WEEK = W - timedelta(days=W.weekday()) + timedelta(weeks=1)
LAST_WEEK = W - timedelta(days=W.weekday()) - timedelta(weeks=1)
DOC_CASES = [
    ("Choir Tues & Thurs evenings", "Tues", "SET", "XXXX-WXX-2TEV"),
    ("Choir Tues & Thurs evenings", "Thurs evenings", "SET", "XXXX-WXX-4TEV"),
    ("Yoga Mon, Wed & Fri mornings", "Wed", "SET", "XXXX-WXX-3TMO"),
    ("The 42N runs Fri and Sat nights only", "Fri", "SET", "XXXX-WXX-5TNI"),
    ("Training Weds & Thurs eves", "Weds", "SET", "XXXX-WXX-3TEV"),
    ("Training Weds & Thurs eves", "Thurs eves", "SET", "XXXX-WXX-4TEV"),
    ("I'm free Tues & Thurs evenings next week", "Tues", "TIME", f"{NEXT_WEEK + timedelta(days=1):%Y-%m-%d}TEV"),
    ("I worked Tues & Thurs evenings last week", "Thurs evenings", "TIME", f"{LAST_WEEK + timedelta(days=3):%Y-%m-%d}TEV"),
    ("Open Sat/Sun 10-4", "Sun", "SET", "XXXX-WXX-7"),
    ("Open Sat/Sun 10-4", "4", "TIME", "XXXX-XX-XXT16:00"),
    ("Café Sat & Sun 10am-4pm", "Sat", "SET", "XXXX-WXX-6"),
    ("Rota for wk beg 9th June", "wk beg 9th June", "DATE", "2025-W24"),
    ("Rota for week beg. 9/6", "week beg. 9/6", "DATE", "2025-W24"),
    ("Rota for w/c 9/6", "w/c 9/6", "DATE", "2025-W24"),
]


@pytest.mark.parametrize("text,words,typ,value", DOC_CASES)
def test_doc_schedules(text, words, typ, value):
    got = [(t.expression, t.timex_type, t.timex_value) for t in tag(text, W)]
    assert (words, typ, value) in got, got


# ---- a programme's times under the heading that names their day ----------------------------------
# (an agenda, a festival's running order, a conference programme: "DAY 1 – Tue 9 June" then "08:30
# Registration" lines): each time on the heading's day, not the day of writing. The heading's day is
# written with its month (the year the nearest ahead, as a programme's); computed here.

HEADINGS = ["{W} {d} {M}", "DAY 1 – {w} {d} {M}", "{W} {d}{s} {M}:", "{M} {d}", "Day 2: {W}, {d} {M}"]
BLOCKS = [["08:30  Registration & coffee", "09:15  Welcome from the chair", "12:30  Lunch", "16:00  Close"],
          ["10:00  Gates open", "14:30  Dog show in the main ring", "19:45  Fireworks"],
          ["07:05  First sailing", "11:05  Sailing", "17:05  Last sailing"]]
WD3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


@pytest.mark.parametrize("heading", HEADINGS)
def test_programme_times_under_dated_heading_grid(heading):
    wrong, cases = [], 0
    for ref in REFS:
        for k, block in enumerate(BLOCKS):
            day = ref + timedelta(days=3 + 9 * k)
            sfx = "th" if 11 <= day.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10, "th")
            head = heading.format(W=FULL_WD[day.weekday()], w=WD3[day.weekday()], d=day.day, s=sfx,
                                  M=MONTHS[day.month - 1])
            text = "Programme\n\n" + head + "\n" + "\n".join(block) + "\n\nAll welcome."
            got = {t.expression: t.timex_value for t in tag(text, ref)}
            for line in block:
                hhmm = line.split()[0]
                cases += 1
                if got.get(hhmm) != f"{day:%Y-%m-%d}T{hhmm}":
                    wrong.append(f"{ref:%a %Y-%m-%d}: {head!r} / {hhmm!r} -> {got}")
    assert not wrong, f"{len(wrong)} of {cases} wrong:\n" + "\n".join(wrong[:40])


def test_live_blog_without_heading_keeps_the_day_of_writing():
    """A live blog's times with no heading stay on the day of writing (and the day after past midnight)."""
    ref = date(2025, 12, 11)
    text = "Election night live\n22:00 Polls have closed.\n23:40 Turnout is 31%.\n00:55 Recount requested."
    got = {t.expression: t.timex_value for t in tag(text, ref)}
    assert got.get("22:00") == "2025-12-11T22:00" and got.get("00:55") == "2025-12-12T00:55", got


def test_doc_programme_headings():
    """The catalogue's cases (§31): "DAY 1 – Tue 9 June" / "08:30  Registration", "Saturday 21 June" / "09:30  Doors open"."""
    for text, ref, wants in [
            ("Forum programme\n\nDAY 1 – Tue 9 June\n08:30  Registration\n09:15  Welcome", date(2026, 5, 13),
             [("08:30", "2026-06-09T08:30"), ("09:15", "2026-06-09T09:15"), ("Tue 9 June", "2026-06-09")]),
            ("Open day\n\nSaturday 21 June\n09:30  Doors open\n10:15  Talks", date(2025, 6, 4),
             [("09:30", "2025-06-21T09:30"), ("10:15", "2025-06-21T10:15"), ("Saturday 21 June", "2025-06-21")])]:
        got = [(t.expression, t.timex_value) for t in tag(text, ref)]
        for want in wants:
            assert want in got, (want, got)
