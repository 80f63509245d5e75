"""Bare hours and dotted clocks with no am/pm still missed in posts and e-mails (thirty-sixth session, clocks37;
docs/informal-time.md §146): a place's or a stand's closing time after a verb of closing in the present ("The hot
chocolate stand closes at 8 though", "The pub does food til 8.30"), and an hour told a clock by the day's activity
it is of: a ski day's tows and lifts, a clean-up, an AGM, a status post's "next update" ("Tows open 8.45", "Beach
clean-up from 10 at the slip", "AGM at 7.30 in the clubhouse", "upper tows on hold, next update 11.30").

Sentences written for this file from the grammar of §146 in a notice's, a local's, a club's and a status post's
voices; the days of writing every day of a February 2026 week, month ends, the year's turn and a leap day; every
value computed here from the calendar, never read from the tagger. The look-alikes (counts, scores, sizes, pages,
routes, ages, lengths) must carry no TIME holding their number.
"""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, check_untagged, habit_time, time_on

REFS = [date(2026, 2, 2) + timedelta(days=i) for i in range(7)] + [
    date(2025, 10, 31), date(2025, 12, 31), date(2026, 1, 1), date(2026, 2, 28), date(2028, 2, 29)]


def _hm(s: str) -> tuple[int, int]:
    h, _, mi = s.partition(".")
    return int(h), int(mi or 0)


def _closing(s: str) -> tuple[int, int]:
    """A closing time: 12 noon, every other hour 1-11 the afternoon's or the evening's (a place shuts at night)."""
    h, mi = _hm(s)
    return (h if h == 12 else h + 12), mi


def _day_activity(s: str, evening: bool) -> tuple[int, int]:
    """An activity's hour: 12 noon, 1-6 the afternoon's, 7-11 the morning's or (an evening's activity) the evening's."""
    h, mi = _hm(s)
    if h < 7 or evening and h < 12:
        h += 12
    return h, mi


# --- 1. a closing time said in the present with no day: a standing arrangement's hour ------------------------------------
CLOSING = ["7", "7.30", "8", "8.30", "3", "4.30", "5", "6"]
STANDING_FRAMES = ["The hot chocolate stand closes at {t} though", "The pub does food til {t}",
                   "fyi the chipper shuts at {t} so don't leave it late", "the kitchen closes {t}, worth knowing",
                   "Their bar serves food until {t}."]


def test_a_closing_time_standing():
    cases = []
    for ref in REFS:
        for frame in STANDING_FRAMES:
            for t in CLOSING:
                cases.append((frame.format(t=t), ref, t, habit_time(*_closing(t))))
    check(cases)


# --- 2. a closing time on a day the sentence names ---------------------------------------------------------------------------
DAY_FRAMES = [("Tomorrow the hot chocolate stand closes at {t}, get there early", 1),
              ("Today the pub does food til {t}, then the band", 0)]


def test_a_closing_time_on_its_day():
    cases = []
    for ref in REFS:
        for frame, off in DAY_FRAMES:
            for t in CLOSING + ["9", "10.30", "11"]:   # (a day on the line: rule bare_hour's reading, the evening's)
                cases.append((frame.format(t=t), ref, t, time_on(ref + timedelta(days=off), *_closing(t))))
    check(cases)


# --- 3. an hour told a clock by the day's activity it is of, on the day of writing ------------------------------------
DAY_CLOCKS = ["8.45", "9", "9.30", "10", "10.40", "11.15", "12", "1.30", "2"]
MORNING_FRAMES = ["Tows open {t}, last uplift 4pm", "Lifts open at {t}, see you on the hill",
                  "upper tows on hold, next update {t}", "Beach clean-up from {t} at the slip, bags provided",
                  "chairlift open from {t} if the wind drops"]
EVENING_CLOCKS = ["7", "7.30", "8", "8.15", "9"]
EVENING_FRAMES = ["AGM at {t} in the clubhouse, all members welcome", "Reminder: the AGM is at {t} so come along"]


def test_a_day_activity_clock():
    cases = []
    for ref in REFS:
        for frame in MORNING_FRAMES:
            for t in DAY_CLOCKS:
                cases.append((frame.format(t=t), ref, t, time_on(ref, *_day_activity(t, False))))
        for frame in EVENING_FRAMES:
            for t in EVENING_CLOCKS:
                cases.append((frame.format(t=t), ref, t, time_on(ref, *_day_activity(t, True))))
    check(cases)


# --- 4. look-alikes ---------------------------------------------------------------------------------------------------------
LOOK_ALIKES = [
    ("we won 10-2 in the end", ["10", "2"]), ("size 8 boots", ["8"]),
    ("see page 10", ["10"]), ("top 10 runs in Scotland", ["10"]), ("take Route 9 north", ["9"]),
    ("over 18s only", ["18"]), ("a 5 min walk from the car park", ["5"]),
    ("the road closes 2 lanes overnight", ["2"]), ("the council closes 3 libraries", ["3"]),
    ("the pub does food for 8 people max", ["8"]), ("Tows open 2 of 5 runs", ["2", "5"]),
    ("lifts open 7 days a week", ["7"]), ("the AGM voted 9 to 4", ["9", "4"]),
    ("shares closed at 8.40 on the news", ["8.40"]), ("the stand closes at 8 percent", ["8"]),
    ("beach clean-up from 10 volunteers", ["10"]), ("next update 2 of 3", ["2"]),
    ("it closes at 5% interest", ["5"]), ("the kitchen closes 3 nights a week", ["3"]),
    # (a closing at 9-12 with no day: a market's or a breakfast's morning as often as a pub's night, noon or midnight)
    ("fyi the chipper shuts at 11 so don't leave it late", ["11"]), ("the market closes at 12 though", ["12"]),
    ("The pub does food til 9.30", ["9.30"]),
]


def test_look_alikes_stay_untagged():
    check_untagged(LOOK_ALIKES, REFS)


# --- 5. an opening said with an adverb of the usual, a reopening, a next update, a chat's "midday" ------------------------
RANGES = [("9", " til ", "4.30"), ("10", "-", "4"), ("8.30", " till ", "12.30"), ("11", " to ", "3")]


def _opening(start: str, end: str) -> tuple[tuple[int, int], tuple[int, int]]:
    """An opening's two ends as office hours: a start below 7 the afternoon's, the end the first such hour after it."""
    (h1, m1), (h2, m2) = _hm(start), _hm(end)
    if h1 < 7:
        h1 += 12
    while (h2, m2) <= (h1, m1):
        h2 += 12
    return (h1, m1), (h2, m2)


def test_an_opening_with_an_adverb_of_the_usual():
    cases = []
    for ref in REFS:
        for a, j, b in RANGES:
            r = a + j + b
            (h1, m1), (h2, m2) = _opening(a, b)
            # "as normal", "again": a status post's one day (the day of writing); "normally": a standing arrangement
            for frame in ["Café open as normal {r}, despite the snow", "the shop is open again {r}, thanks for your patience"]:
                cases.append((frame.format(r=r), ref, a, time_on(ref, h1, m1)))
                cases.append((frame.format(r=r), ref, b, time_on(ref, h2, m2)))
            text = f"the library opens normally {r} but not this week"
            cases.append((text, ref, a, habit_time(h1, m1)))
            cases.append((text, ref, b, habit_time(h2, m2)))
    check(cases)


REOPEN_FRAMES = ["Road open again as of {t} after the crash", "the pass reopens at {t} if the snow stops",
                 "gondola back open from {t}, queues already"]


def test_a_reopening_and_a_chat_midday():
    cases = []
    for ref in REFS:
        for frame in REOPEN_FRAMES:
            for t in DAY_CLOCKS:
                cases.append((frame.format(t=t), ref, t, time_on(ref, *_day_activity(t, False))))
        for text in ["@mel midday is perfect", "midday works for me", "ok midday then, see you at the gate"]:
            cases.append((text, ref, "midday", time_on(ref, 12, 0)))
    check(cases)


MORE_LOOK_ALIKES = [
    ("the road reopens 2 lanes tonight", ["2"]), ("as of 10 people signed up", ["10"]),
    ("reopened 3 times since May", ["3"]), ("the midday sun is brutal", ["midday"]),
    ("open as normal 7 days a week", ["7"]),
]


def test_more_look_alikes_stay_untagged():
    check_untagged(MORE_LOOK_ALIKES, REFS)
