"""Opening hours, timetables and rotas as people post them (twenty-seventh session, hours28; docs/informal-time.md §93).
The sentences are written for this file from the grammar of §93 (before any error or fresh text was read); every value
is computed here from the calendar and the hours, never read from the tagger.

- a timetable a day a line, under a heading of hours or under a range's line: each weekday a SET, each hour a habit's;
- the same on one line with bars: "Mon-Fri 9-5 | Sat 10-4 | Sun closed";
- a day closed in the list: ", Sun closed", "Sun: CLOSED" (the weekday a SET, "closed" outside the extent);
- hours after a word of every day or of the weekend ("Weekends 10-6", "weekdays 8-6", "Open daily 9-5");
- a rota pasted in chat stays one week's days (no SET); look-alikes (prices, phones, routes, scores, "24/7") untagged.
"""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from gridcheck import check, found
from timeline_app.temporal import tag

REFS = [date(2025, 6, 2) + timedelta(days=i) for i in range(7)] + [
    date(2025, 12, 31), date(2024, 2, 29), date(2026, 1, 31), date(2027, 4, 30)]

# day words as notices write them: (word, ISO weekday number)
DAY_WORDS = [("Mon", 1), ("Tues", 2), ("Wed", 3), ("Thurs", 4), ("Fri", 5), ("Sat", 6), ("Sun", 7),
             ("Monday", 1), ("Tuesday", 2), ("Thursday", 4), ("Saturday", 6), ("Sunday", 7),
             ("MON", 1), ("SAT", 6), ("Weds", 3), ("Thu", 4), ("Tue", 2)]
# ranges of hours: (text, start (h, m), end (h, m)) as office hours read them
RANGES = [("9-5", (9, 0), (17, 0)), ("10-4", (10, 0), (16, 0)), ("8-6", (8, 0), (18, 0)), ("11-3", (11, 0), (15, 0)),
          ("9am-5:30pm", (9, 0), (17, 30)), ("8.30-6", (8, 30), (18, 0)), ("10:00-16:00", (10, 0), (16, 0)),
          ("9am – 1pm", (9, 0), (13, 0)), ("12-4", (12, 0), (16, 0))]
HEADINGS = ["Opening hours", "OPENING TIMES:", "Hours", "Our hours:", "Opening Hours 🕘", "Summer opening times",
            "Pool timetable", "Trading hours"]
SEPS = [" ", ": ", " - ", ":  "]


def _set(n):
    return ("SET", f"XXXX-WXX-{n}")


def _h(hm):
    return ("TIME", "XXXX-XX-XXT%02d:%02d" % hm)


def _ends(rng):
    parts = [p.strip() for p in rng.replace("–", "-").split("-")]
    return parts[0], parts[1]


def _line_cases(text, word, n, rng, start, end, refs=REFS):
    a, b = _ends(rng)
    out = []
    for ref in refs:
        out += [(text, ref, word, _set(n)), (text, ref, a, _h(start)), (text, ref, b, _h(end))]
    return out


def _heading_cases():
    cases = []
    k = 0
    for head in HEADINGS:
        for word, n in DAY_WORDS:
            for rng, s, e in RANGES:
                k += 1
                sep = SEPS[k % 2]
                other = "Sun" if n != 7 else "Mon"
                text = f"{head}\n{word}{sep}{rng}\n{other}{sep}closed"
                cases += _line_cases(text, word, n, rng, s, e, [REFS[k % len(REFS)]])
    return cases


def _under_range_cases():
    cases = []
    for first in ["Mon-Fri 9-5", "Mon–Thu 8am-6pm", "Tues-Fri 10-4"]:
        for word, n in DAY_WORDS:
            if n in (1, 2, 3, 4) and word.lower().startswith(first[:3].lower()):
                continue
            for i, (rng, s, e) in enumerate(RANGES):
                for j, sep in enumerate(SEPS):
                    text = f"{first}\n{word}{sep}{rng}"
                    cases += _line_cases(text, word, n, rng, s, e, [REFS[(i + j + n) % len(REFS)]])
    return cases


def _bar_cases():
    cases = []
    for first in ["Mon-Fri 9-5", "Mon–Sat 8am-6pm", "Mon to Thu 10-4"]:
        for word, n in DAY_WORDS:
            if n < 5 or word.isupper():
                continue
            for i, (rng, s, e) in enumerate(RANGES):
                text = f"Open {first} | {word} {rng} | Bank hols closed"
                cases += _line_cases(text, word, n, rng, s, e, REFS[i % 3::3])
    return cases


def _closed_cases():
    cases = []
    frames = ["Opening hours: Mon-Fri 9-5, Sat 10-4, {d} closed",
              "Mon-Fri 9-5 | Sat 10-4 | {d} closed",
              "Mon-Sat 9am-5:30pm\n{d}: CLOSED",
              "Hours\nMon-Thu 9-5\nFri 9-4\n{d} - closed",
              "OPENING TIMES:\n{d} closed\nTue-Sat 10-6",
              "Mon-Fri 9-5, Sat 10-2, {d} & bank hols closed"]
    for frame in frames:
        for word, n in [("Sun", 7), ("Sunday", 7), ("SUN", 7), ("Mon", 1), ("Monday", 1)]:
            text = frame.format(d=word)
            if word.lower().startswith("mon") and "Mon-" in text:
                continue
            for ref in REFS:
                cases.append((text, ref, word, _set(n)))
    return cases


COLLECTIVE = [("Weekends {r}", "Weekends", ("SET", "XXXX-WXX-WE")),
              ("Open weekends {r}", "weekends", ("SET", "XXXX-WXX-WE")),
              ("weekdays {r}", None, None),
              ("Open weekdays {r}", None, None),
              ("Open daily {r}", "daily", ("SET", "P1D")),
              ("Café open every day {r}", "every day", ("SET", "P1D")),
              ("Bank hols {r}", None, None),
              ("Bank holidays {r}", None, None)]


def _collective_cases():
    cases = []
    for frame, word, want in COLLECTIVE:
        for i, (rng, s, e) in enumerate(RANGES):
            text = frame.format(r=rng)
            a, b = _ends(rng)
            for ref in REFS[i % 3::3]:
                cases += [(text, ref, a, _h(s)), (text, ref, b, _h(e))]
                if word:
                    cases.append((text, ref, word, want))
    return cases


def test_timetable_under_a_heading():
    check(_heading_cases())


def test_timetable_lines_under_a_range():
    check(_under_range_cases())


def test_timetable_on_one_line_with_bars():
    check(_bar_cases())


def test_a_day_closed_in_the_list():
    check(_closed_cases())


def test_hours_after_a_word_of_every_day():
    check(_collective_cases())


ROTAS = ["Rota this week\n{d} 9-5\n{o} 12-8", "Shifts next week:\n{d}: 7-3\n{o}: 2-10",
         "rota for next wk\n{d} 8-4\n{o} off", "Can you do\n{d} 10-4\n{o} 10-4"]


@pytest.mark.parametrize("frame", ROTAS)
def test_a_rota_is_one_weeks_days(frame):
    bad = []
    for ref in REFS:
        for word, n in DAY_WORDS[:7]:
            other = DAY_WORDS[(n % 7)][0]
            text = frame.format(d=word, o=other)
            got = found(text, ref, word)
            if got is not None and got[0] == "SET":
                bad.append((ref, text, got))
    assert not bad, bad[:10]


LOOK_ALIKES = [("We are open 24/7", "24/7"), ("Tickets £9-5 on the door", "9"), ("Call 0800 123 456 Mon-Fri", "0800"),
               ("Route 9-5 bus\nSat 10-4", "9"), ("We won 9-5 Sunday", "9"), ("Ages 9-12, Sat 10-12", "9"),
               ("Open 9 til late", "late"), ("Mon-Fri 9-5\nRoom 10-4 is upstairs", "10"),
               ("Opening hours\nSat 10-4\nPrices £3-5", "3")]


@pytest.mark.parametrize("text,expr", LOOK_ALIKES)
def test_look_alikes_untagged(text, expr):
    for ref in REFS:
        assert found(text, ref, expr) is None, (ref, text, [(t.expression, t.timex_value) for t in tag(text, ref)])


# (added after reading A: informal22-voices A's "Return leaves 3.35pm Monday to Thursday") one clock time with a range
# of weekdays, either order: the time a habit's, each weekday a SET
CLOCKS = [("8.10am", (8, 10)), ("10am", (10, 0)), ("3.35pm", (15, 35)), ("7pm", (19, 0)), ("17:30", (17, 30)),
          ("9:30 am", (9, 30)), ("10pm", (22, 0))]
DAY_RANGES = [("Mon-Fri", "Mon", 1, "Fri", 5), ("Monday to Thursday", "Monday", 1, "Thursday", 4),
              ("Tues–Sat", "Tues", 2, "Sat", 6), ("Sun-Thu", "Sun", 7, "Thu", 4), ("MON - SAT", "MON", 1, "SAT", 6)]
CLOCK_FRAMES = ["Bus leaves {t} {r}", "Mass {t} {r}", "Last orders {t} {r}", "Mass {r} {t}", "Surgery opens {r} at {t}",
                "Return leaves {t} {r} and 12.35pm on Fridays."]


def test_one_clock_time_with_a_range_of_days():
    cases = []
    for fi, frame in enumerate(CLOCK_FRAMES):
        for ci, (clock, hm) in enumerate(CLOCKS):
            for ri, (rng, w1, n1, w2, n2) in enumerate(DAY_RANGES):
                text = frame.format(t=clock, r=rng)
                ref = REFS[(fi + ci + ri) % len(REFS)]
                cases += [(text, ref, clock, _h(hm)), (text, ref, w1, _set(n1)), (text, ref, w2, _set(n2))]
    check(cases)


@pytest.mark.parametrize("text", ["Open 10am Mon-Sat next week", "I left at 8.10am Mon-Fri last week",
                                  "Room 4.10 Mon-Fri", "can you do 9am Mon-Wed this week?"])
def test_one_clock_time_with_days_of_one_week_no_set(text):
    for ref in REFS[:7]:
        assert all(t.timex_type != "SET" for t in tag(text, ref)), (ref, text, [(t.expression, t.timex_value) for t in tag(text, ref)])
