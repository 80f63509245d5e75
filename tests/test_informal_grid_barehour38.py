"""Bare hours still missed after a verb of travel, of leaving or of arriving (thirty-seventh session, barehour38;
docs/informal-time.md §151): an hour with no am/pm and no minutes after a hedge of the clock ("about", "around",
"bout", "roughly") with the day and its part right after it ("we reach bout 10 Saturday night", "we leave the church
bout 6 this evening"); after "by", "at" or a hedge where the line says its half ("the pass closes at dusk, so leave by
4"); after "for" or "by" where a clock with am/pm earlier in the sentence sets it ("the van leaves here around 4 am and
should be in Moncton for 7": 07:00, after the 4 am).

Sentences written for this file from the grammar of §151 in a traveller's, a parent's, a church group's and a
Caribbean and a Canadian voice; the days of writing every day of a February 2026 week, month ends, the year's turn
and a leap day; every value computed here from the calendar, never read from the tagger. The look-alikes (counts,
people, ages, scores, prices, sizes, pages, routes, lengths, a temperature) must carry no TIME holding their number.
"""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, check_untagged, next_weekday, time_on

REFS = [date(2026, 2, 2) + timedelta(days=i) for i in range(7)] + [
    date(2025, 10, 31), date(2025, 12, 31), date(2026, 1, 1), date(2026, 2, 28), date(2028, 2, 29)]


# --- 1. a hedged hour and a deictic day (and its part) right after it: one TIME, the part's half --------------------------
# (frame, day offset, the part's half: "pm" the evening's, "am" the morning's)
DEICTIC_FRAMES = [("we reach bout {h} tonight", 0, "pm"),
                  ("we leave the church bout {h} this evening", 0, "pm"),
                  ("we'll set off around {h} tomorrow morning, pack the night before", 1, "am"),
                  ("should arrive about {h} tomorrow night if the roads are clear", 1, "pm"),
                  ("heading home roughly {h} this evening", 0, "pm"),
                  ("the bus leaves approx {h} tmrw morning", 1, "am")]
HOURS = [6, 7, 8, 9, 10, 11]


def test_a_hedged_hour_and_its_day():
    cases = []
    for ref in REFS:
        for frame, off, half in DEICTIC_FRAMES:
            for h in HOURS:
                text = frame.format(h=h)
                tail = text.split(f"{h} ", 1)[1]
                words = tail.split(" ")
                n = 2 if words[0] in ("this", "tomorrow", "tmrw") and words[1].rstrip(",") in (
                    "evening", "morning", "night") else 1
                expr = f"{h} " + " ".join(words[:n]).rstrip(",")
                cases.append((text, ref, expr, time_on(ref + timedelta(days=off), h + 12 if half == "pm" else h, 0)))
    check(cases)


# --- 2. a hedged hour and a weekday with its part right after it: the hour on the next such day ------------------------
WEEKDAY_FRAMES = [("we will reach bout {h} {wd} night", "pm"),
                  ("we'll leave about {h} {wd} morning, pick up the keys Friday", "am"),
                  ("we're gonna head off around {h} {wd} evening", "pm")]
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def test_a_hedged_hour_and_a_weekday():
    cases = []
    for ref in REFS:
        for frame, half in WEEKDAY_FRAMES:
            for n, wd in enumerate(WD, 1):
                if n == ref.isoweekday() or (wd == "Friday" and "Friday" in frame):
                    continue   # the day of writing's own weekday: today or a week on, not this class
                for h in (7, 8, 9, 10):
                    text = frame.format(h=h, wd=wd)
                    part = "night" if "night" in frame else "morning" if "morning" in frame else "evening"
                    day = next_weekday(ref, n)
                    cases.append((text, ref, f"{h} {wd} {part}", time_on(day, h + 12 if half == "pm" else h, 0)))
    check(cases)


# --- 3. "for"/"by" an hour after a clock with am/pm in the same sentence: the next such hour of that day ------------------
ANCHOR_FRAMES = ["the van leaves here around {a} am and should be in Moncton for {h}",
                 "we set off at {a}am so should be home by {h}",
                 "flight lands {a} am, we'll be at the hotel for {h}"]
ANCHOR_PM_FRAMES = ["we leave at {a}pm and should be home for {h}",
                    "the ferry docks at {a} p.m. so we'll be back by {h}"]


def test_an_hour_after_a_clock():
    cases = []
    for ref in REFS:
        for frame in ANCHOR_FRAMES:
            for a in (4, 5, 6):
                for h in (7, 8, 9):
                    cases.append((frame.format(a=a, h=h), ref, str(h), time_on(ref, h, 0)))
        for frame in ANCHOR_PM_FRAMES:
            for a in (1, 2, 3):
                for h in (5, 6, 7, 9):
                    cases.append((frame.format(a=a, h=h), ref, str(h), time_on(ref, h + 12, 0)))
    check(cases)


# --- 4. "by"/"at" an hour after a verb of leaving or arriving, the half said by the line's words -------------------------
HALF_FRAMES = [("the pass closes at dusk, so leave by {h}", "pm", [1, 2, 3, 4]),
               ("we should be there by {h} this afternoon", "pm", [1, 2, 3, 4]),
               ("I'll pick you up at {h} after work", "pm", [5, 6]),
               ("leaving at {h} in the morning, early breakfast", "am", [5, 6, 7, 8]),
               ("can u be ready by {h} tonight", "pm", [7, 8, 9])]


def test_a_leaving_hour_and_its_half():
    cases = []
    for ref in REFS:
        for frame, half, hours in HALF_FRAMES:
            for h in hours:
                text = frame.format(h=h)
                expr = str(h)
                for tail in (" this afternoon", " tonight", " in the morning"):
                    if f"{h}{tail}" in text:
                        expr = f"{h}{tail}"   # (a deictic day or "in the morning" inside the extent, rule bare_hour's)
                cases.append((text, ref, expr, time_on(ref, h + 12 if half == "pm" else h, 0)))
    check(cases)


# --- the look-alikes: no TIME holding their number -------------------------------------------------------------------
LOOK_ALIKES = [("a table for 7 tonight", ["7", "7 tonight"]), ("we leave for 5 days tomorrow", ["5"]),
               ("they're ready from 5 years old", ["5"]), ("ages 9 to 12 leave at the gate", ["9", "12"]),
               ("we won 3 to 1 and left by 10 points", ["3", "1", "10"]), ("leave page 4 blank", ["4"]),
               ("take Route 9 and leave the top 10 alone", ["9", "10"]), ("it's a 5 min walk, leave by the gate", ["5"]),
               ("we left about 10 of us behind tonight", ["10", "10 of"]), ("arrived nearly 5 kg heavier", ["5"]),
               ("temps should reach about 10 tonight", ["10", "10 tonight"]), ("we left by 4 votes", ["4"]),
               ("should be home for 3 nights", ["3"]), ("leave about 6 in the fridge overnight", ["6"]),
               ("we'll be there for 3, then home", ["3"]), ("leave it at 5 and see", ["5"]),
               ("the bus leaves from stand 6 tonight", ["6", "6 tonight"]), ("arrived around 8 this morning, about 40 people", ["40"]),
               ("we set off with about 6 this morning", ["6", "6 this morning"]), ("leaving £5 tonight for the milk", ["5"])]


def test_look_alikes_untagged():
    check_untagged(LOOK_ALIKES, REFS)
