"""A clock with no am/pm after a verb of opening or of travel (thirty-fifth session, clocks36; docs/informal-time.md
§135): an opening's range of bare hours with no copula or with a plural weekday after it ("the settlement shops open 11
to 3 only", "Post office open 9 till 12.30", "Shop is open 9 till 1 Sundays"), and a dotted h.mm after a verb of travel,
a place between at most ("the ferry leaves Penzance 9.15", "Flight lands 4.20 their time").

Sentences written for this file from the grammar of §135, in a local's answer, a visitor's notes, a family chat and a
travel plan's voices; the days of writing are every day of a February 2026 week, month ends, the year's turn and a leap
day; every value is computed here from the calendar, never read from the tagger. The look-alikes (counts, money,
measures, sizes, scores, ages, durations, temperatures, house numbers) must carry no TIME holding their number.
"""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, check_untagged, habit_time, time_on

REFS = [date(2026, 2, 2) + timedelta(days=i) for i in range(7)] + [
    date(2025, 10, 31), date(2025, 12, 31), date(2026, 1, 1), date(2026, 2, 28), date(2028, 2, 29)]


def _hm(s: str) -> tuple[int, int]:
    h, _, mi = s.replace(":", ".").partition(".")
    return int(h), int(mi or 0)


def _opening(start: str, end: str) -> tuple[tuple[int, int], tuple[int, int]]:
    """An opening's two ends as office hours read: a start below 7 the afternoon's, the end the first such hour after
    the start."""
    h1, m1 = _hm(start)
    h2, m2 = _hm(end)
    if h1 < 7:
        h1 += 12
    while (h2, m2) <= (h1, m1):
        h2 += 12
    return (h1, m1), (h2, m2)


def _travel(s: str, evening: bool = False) -> tuple[int, int]:
    """A travel clock's hour: 12 noon, 1-6 the afternoon's, 7-11 the morning's unless the line says the evening."""
    h, mi = _hm(s)
    if h < 7 or evening and h < 12:
        h += 12
    return h, mi


# --- 1. an opening's range said as a standing arrangement: each end a clock of no day ------------------------------------
RANGES = [("9", " till ", "1"), ("11", " to ", "3"), ("8", "-", "12"), ("1.30", "-", "5.30"), ("9", " till ", "5.30"),
          ("10", " - ", "4"), ("8.30", " to ", "12.30"), ("2", " til ", "6"), ("9.30", " until ", "4")]
STANDING_FRAMES = ["the settlement shops open {r} only", "Shops open {r} every day, even in winter",
                   "Post office open {r}, closed Wednesdays", "Shop is open {r} Sundays",
                   "fyi the little cafe opens {r} daily", "our library reopens {r}."]


def test_an_opening_range_standing():
    cases = []
    for ref in REFS:
        for frame in STANDING_FRAMES:
            for a, j, b in RANGES:
                text = frame.format(r=a + j + b)
                (h1, m1), (h2, m2) = _opening(a, b)
                cases.append((text, ref, a, habit_time(h1, m1)))
                cases.append((text, ref, b, habit_time(h2 % 24, m2)))
    check(cases)


# --- 2. an opening's range on a day the clause names ------------------------------------------------------------------------
DAY_FRAMES = [("Tomorrow the chemist opens {r} only, then shuts for the week", 1),
              ("Today the post office opens {r}, so get your parcels in", 0)]


def test_an_opening_range_on_its_day():
    cases = []
    for ref in REFS:
        for frame, off in DAY_FRAMES:
            day = ref + timedelta(days=off)
            for a, j, b in RANGES:
                text = frame.format(r=a + j + b)
                (h1, m1), (h2, m2) = _opening(a, b)
                cases.append((text, ref, a, time_on(day, h1, m1)))
                cases.append((text, ref, b, time_on(day, h2 % 24, m2)))
    check(cases)


# --- 3. a dotted clock after a verb of travel, a place between at most --------------------------------------------------
CLOCKS = ["12.15", "1.40", "2.30", "3.10", "4.45", "7.05", "8.20", "9.15", "10.40", "11.25"]
TRAVEL_FRAMES = ["the ferry leaves Penzance {t} so be on the quay early", "Flight lands {t} their time",
                 "the coach departs {t} from the pier", "Bus arrives {t} at the station",
                 "we're getting picked up at {t} from the hotel", "Ferry sails {t} from Oban, don't be late",
                 "my train gets in {t}, can you grab me?", "Mam's plane landing {t} at Dublin Airport x",
                 "the boat leaves at {t} and we're on it"]


def test_a_travel_clock_on_the_day_of_writing():
    cases = []
    for ref in REFS:
        for frame in TRAVEL_FRAMES:
            for t in CLOCKS:
                cases.append((frame.format(t=t), ref, t, time_on(ref, *_travel(t))))
    check(cases)


def test_a_travel_clock_on_its_day():
    cases = []
    for ref in REFS:
        day = ref + timedelta(days=1)
        for t in CLOCKS:
            cases.append((f"Tomorrow the ferry leaves Penzance {t} so be on the quay early", ref, t,
                          time_on(day, *_travel(t))))
            cases.append((f"Tomorrow the coach departs {t} from the pier", ref, t, time_on(day, *_travel(t))))
    check(cases)


# --- 4. the evening's by the line's word -----------------------------------------------------------------------------------
EVENING_CLOCKS = ["5.45", "6.10", "7.20", "8.05", "9.15", "10.40"]


def test_a_travel_clock_in_the_evening():
    cases = []
    for ref in REFS:
        for t in EVENING_CLOCKS:
            cases.append((f"This evening the bus leaves {t} from the square", ref, t, time_on(ref, *_travel(t, True))))
            # (a deictic day right after the clock is inside its extent, §122's and §106's "[9.30 tomorrow]")
            cases.append((f"the ferry leaves {t} tonight so we'll eat on board", ref, f"{t} tonight",
                          time_on(ref, *_travel(t, True))))
    check(cases)


# --- 6. (added after the rules, from reading informal29-blind A) a day the sentence names before an opening's range; a
# return crossing's clock after "back is"; a copula's second range after "or" -------------------------------------------
def test_an_opening_range_on_the_sentence_day():
    from gridcheck import found
    from timeline_app.temporal import tag
    cases = []
    for ref in REFS:
        for wd, name in [(6, "Saturday"), (7, "Sunday")]:
            if ref.isoweekday() == wd:
                continue
            for a, j, b in RANGES:
                text = f"{name} is worse, trading laws mean the settlement shops open {a}{j}{b} only"
                day = found(text, ref, name)   # which week "Sunday is worse" names is the weekday rules' (§88)
                assert day is not None and day[0] == "DATE", (text, ref, day)
                d = date.fromisoformat(day[1])
                (h1, m1), (h2, m2) = _opening(a, b)
                cases.append((text, ref, a, time_on(d, h1, m1)))
                cases.append((text, ref, b, time_on(d, h2 % 24, m2)))
    check(cases)


def test_a_return_crossing_after_back_is():
    cases = []
    for ref in REFS:
        for t in ["12.15", "1.40", "2.30", "3.10", "4.45"]:
            cases.append((f"Ferry from Freo leaves 7.30 and last one back is {t}. Is that too long?", ref, t,
                          time_on(ref, *_travel(t))))
            cases.append((f"the bus back's {t} from the square", ref, t, time_on(ref, *_travel(t))))
        cases.append(("Ferry from Freo leaves 7.30 and last one back is 4.45.", ref, "7.30", time_on(ref, 7, 30)))
    check(cases)


def test_a_second_range_of_standing_hours():
    cases = []
    for ref in REFS:
        for subj in ["yep half day is", "Full day is", "Reception is"]:
            text = f"{subj} 8-12 or 1.30-5.30, $55 a head"
            for e, (h, mi) in [("8", (8, 0)), ("12", (12, 0)), ("1.30", (13, 30)), ("5.30", (17, 30))]:
                cases.append((text, ref, e, habit_time(h, mi)))
    check(cases)


# --- 5. look-alikes: counts, money, measures, sizes, scores, ages, durations; and a half no word tells ------------------
LOOK_ALIKES = [
    ("We're open 7 days a week", ["7"]), ("the shop is open 24 hours", ["24"]),
    ("the market opens 2-3 days a week", ["2", "3"]), ("the club is open to 9 of us", ["9"]),
    ("she leaves 2 kids at home", ["2"]), ("the storm leaves 9 boats stranded", ["9"]),
    ("it arrives 3 days late as usual", ["3"]), ("the plane landed 2.5 miles out", ["2.5"]),
    ("the bus leaves 2.30 each way cheaper than the train", ["2.30"]), ("it costs £9.15 to leave it there", ["9.15"]),
    ("there were 9 of us", ["9"]), ("a 5 and a 7 year old", ["5", "7"]), ("size 10 shoes", ["10"]),
    ("Section 4", ["4"]), ("we won 3-1", ["3", "1"]), ("see page 9", ["9"]), ("ages 5-7 only", ["5", "7"]),
    ("took 18 months", ["18"]), ("40 mins each way", ["40"]), ("10 minutes max", ["10"]),
    ("it was 34 in the shade", ["34"]), ("30 degrees today", ["30"]), ("a 4 hour shift", ["4"]),
    ("paid $55 for it", ["55"]), ("caught 31 fish", ["31"]), ("2 extra tickets", ["2"]),
    ("we live at 9 Station Road", ["9"]), ("City open 3-1 down at the break", ["3", "1"]),
    ("the shops open 5 till 1 on the strip", ["5", "1"]),
    ("the last train leaves 11.15 from Euston", ["11.15"]), ("train leaves 5.45 from Crewe", ["5.45"]),
    ("the ferry leaves 9 from the pier", ["9"]),
    # (either half: a pub's evening or a cafe's morning, no word tells which)
    ("the pub opens 7 till 11", ["7", "11"]), ("the bar opens 8-11 only", ["8", "11"]),
    # (a night's return: "last" before the verb and an hour of 7-11)
    ("the last ferry back is 10.10 so don't miss it", ["10.10"]),
]


def test_look_alikes_stay_untagged():
    check_untagged(LOOK_ALIKES, REFS)
