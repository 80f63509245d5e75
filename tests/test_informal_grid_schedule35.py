"""Clock times with no am/pm and no "at" in schedules, lists and draws, and the ranges between them (thirty-fourth
session, schedule35; docs/informal-time.md §130): a timetable's list ("Trains from Ravensdale at 10.30, 12.15, 2 & 3.45
every day"), a list that starts with an am/pm clock ("You're on the 2pm and 3.45"), a schedule's noun and its dotted
clock ("warning signal 10.55", "Committee Monday 4th 7.30"), a draw's clock and court ("Gold 11.40 court 1"), "starts
9.30", a range that crosses noon ("office is 8.30-5.30"), a part of the day and its range ("Saturday morning 10-12").

Sentences written for this file from the grammar of §130, in a timetable's, a club notice's, a regatta's, a sports
draw's, a parents' chat's and an office's voices; the days of writing are every day of a March 2026 week, month ends,
the year's turn and a leap day; every value is computed here from the calendar, never read from the tagger. The
look-alikes (a place's number, a measure, a score, an age range, money, a version) must carry no TIME holding their
number.
"""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, habit_time, next_weekday, other_weekdays, time_on

from timeline_app.temporal import tag

REFS = [date(2026, 3, 9) + timedelta(days=i) for i in range(7)] + [
    date(2025, 10, 31), date(2025, 12, 31), date(2026, 1, 1), date(2026, 2, 28), date(2028, 2, 29)]


def _hm(s: str) -> tuple[int, int]:
    h, _, mi = s.replace(":", ".").partition(".")
    return int(h), int(mi or 0)


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _ascending(items: list[str]) -> list[tuple[int, int]]:
    """A timetable's items in 24 hours, read as the grammar says from the calendar's side: the first item the morning's
    (the lists below all start before noon or at 12), each later item the first such hour not before the one before."""
    out = []
    for s in items:
        h, mi = _hm(s)
        if out:
            ph, pm = out[-1]
            while (h, mi) < (ph, pm):
                h += 12
        out.append((h, mi))
    return out


# --- 1. a timetable's list of clocks, a routine's word after it: each item a clock of no day ---------------------------
TIMETABLES = [["10.30", "12.15", "2", "3.45"], ["9.30", "11", "1.30", "4"], ["11.45", "12.30", "1.15"],
              ["8.15", "10.40", "12", "2.20"]]
ROUTINE_FRAMES = ["Trains from Ravensdale at {list} every day", "buses leave the square at {list} daily",
                  "Ferry sails at {list} every day in summer"]


def _join(items: list[str], last: str = " & ") -> str:
    return ", ".join(items[:-1]) + last + items[-1]


def test_a_timetable_list_of_a_routine():
    cases = []
    for ref in REFS:
        for items in TIMETABLES:
            hours = _ascending(items)
            for frame in ROUTINE_FRAMES:
                for last in (" & ", " and "):
                    text = frame.format(list=_join(items, last))
                    for s, (h, mi) in zip(items, hours):
                        cases.append((text, ref, s, habit_time(h, mi)))
    check(cases)


# --- 2. the same list on a day named in the sentence --------------------------------------------------------------------
def test_a_timetable_list_on_a_named_day():
    cases = []
    for ref in REFS:
        for n, wd in other_weekdays(ref):
            day = next_weekday(ref, n)
            for items in TIMETABLES[:2]:
                text = f"Replacement buses this {wd} at {_join(items)}"
                for s, (h, mi) in zip(items, _ascending(items)):
                    cases.append((text, ref, s, time_on(day, h, mi)))
        for items in TIMETABLES[2:]:
            text = f"shuttle tomorrow from the station at {_join(items, ' and ')}"
            for s, (h, mi) in zip(items, _ascending(items)):
                cases.append((text, ref, s, time_on(ref + timedelta(days=1), h, mi)))
    check(cases)


# --- 3. a list that starts with an am/pm clock: the half of the day carries on while the list ascends ------------------
AMPM_LISTS = [("You're on the 2pm and 3.45", [("2pm", (14, 0)), ("3.45", (15, 45))]),
              ("we could get the 6am, 9.15 or 1.40", [("6am", (6, 0)), ("9.15", (9, 15)), ("1.40", (13, 40))]),
              ("slots at 10am, 11.30 and 2.15 left", [("10am", (10, 0)), ("11.30", (11, 30)), ("2.15", (14, 15))]),
              ("Viewings at 5pm, 5.45 and 6.30", [("5pm", (17, 0)), ("5.45", (17, 45)), ("6.30", (18, 30))])]


def test_a_list_after_an_ampm_clock():
    cases = []
    for ref in REFS:
        for text, items in AMPM_LISTS:
            for s, (h, mi) in items:
                cases.append((text, ref, s, time_on(ref, h, mi)))
            for n, (s, (h, mi)) in enumerate(items):
                # (the last item and "tomorrow" right after it one TIME, §14: "[3.45 tomorrow]")
                expr = s + " tomorrow" if n == len(items) - 1 and text.endswith(s) else s
                cases.append((text + " tomorrow", ref, expr, time_on(ref + timedelta(days=1), h, mi)))
    check(cases)


# --- 4. a schedule's noun and its dotted clock: a race day's morning, 12 noon, 1-6 the afternoon's ----------------------
SCHEDULE_NOUN_FRAMES = ["warning signal {h}, first race straight after", "First race {h} so rig early",
                        "first game {h}, be there 20 mins before", "Prizegiving {h} in the clubrooms"]
SCHEDULE_HOURS = [("10.55", (10, 55)), ("9.30", (9, 30)), ("8.45", (8, 45)), ("12.25", (12, 25)), ("1.10", (13, 10)),
                  ("4.30", (16, 30))]


def test_a_schedule_noun_and_its_clock():
    cases = []
    for ref in REFS:
        for frame in SCHEDULE_NOUN_FRAMES:
            for s, (h, mi) in SCHEDULE_HOURS:
                if frame.startswith("Prizegiving") and h < 12:
                    continue   # (a prizegiving closes the day: its morning hours are not written here)
                cases.append((frame.format(h=s), ref, s, time_on(ref, h, mi)))
                cases.append(("Regatta tomorrow! " + frame.format(h=s), ref, s, time_on(ref + timedelta(days=1), h, mi)))
    check(cases)


# --- 5. a committee's day and its clock: the evening's --------------------------------------------------------------------
COMMITTEE_FRAMES = ["Committee {d} {h}, back room at the Swan", "AGM {d} {h} in the clubrooms, all welcome",
                    "committee meeting {d} {h} at the hall"]


def test_a_committee_day_and_its_clock():
    cases = []
    for ref in REFS:
        for n, wd in other_weekdays(ref):
            day = next_weekday(ref, n)
            d = f"{wd} {_ordinal(day.day)}"
            for frame in COMMITTEE_FRAMES:
                for s, (h, mi) in (("7.30", (19, 30)), ("8.15", (20, 15)), ("6.45", (18, 45))):
                    # (the day and its clock one TIME, §14 and §118: "[Monday 16th 7.30]", as "[9am Saturday]")
                    cases.append((frame.format(d=d, h=s), ref, f"{d} {s}", time_on(day, h, mi)))
    check(cases)


# --- 6. a sports draw: a team, its clock, its court; the draw's heading gives the day -----------------------------------
def test_a_draw_and_its_courts():
    cases = []
    for ref in REFS:
        tmrw = ref + timedelta(days=1)
        text = "Senior draw for tomorrow\nGold 11.40 court 1 vs Pirongia, Black 12.50 court 4"
        cases += [(text, ref, "11.40", time_on(tmrw, 11, 40)), (text, ref, "12.50", time_on(tmrw, 12, 50))]
        text = "Draw for tomorrow:\nU9 Blue 9.10 field 3, U9 Red 10.20 field 3, U11 12.05 field 1"
        cases += [(text, ref, "9.10", time_on(tmrw, 9, 10)), (text, ref, "10.20", time_on(tmrw, 10, 20)),
                  (text, ref, "12.05", time_on(tmrw, 12, 5))]
        text = "Hornets Gold 1.20 court 2, Hornets Black 2.40 court 5"
        cases += [(text, ref, "1.20", time_on(ref, 13, 20)), (text, ref, "2.40", time_on(ref, 14, 40))]
    check(cases)


# --- 7. "starts" and the number right after it -----------------------------------------------------------------------------
START_CASES = [("Parade starts {h} from Parliament", "9.30", (9, 30)), ("Parade starts {h} from Parliament", "10", (10, 0)),
               ("band start {h} in the marquee", "4", (16, 0)), ("the quiz starts {h} in the back bar", "8.30", (20, 30)),
               ("Market starts {h} in the square", "8", (8, 0)), ("gig starts {h}, doors before", "9", (21, 0))]


def test_starts_and_its_hour():
    cases = []
    for ref in REFS:
        for frame, s, (h, mi) in START_CASES:
            cases.append((frame.format(h=s), ref, s, time_on(ref, h, mi)))
    check(cases)


# --- 8. a range of dotted clocks whose end is below its start: it crosses noon ----------------------------------------
CROSS = [("8.30", "5.30", (8, 30), (17, 30)), ("9.15", "1.30", (9, 15), (13, 30)), ("7.45", "4.15", (7, 45), (16, 15)),
         ("10.30", "2.30", (10, 30), (14, 30))]


def test_a_range_across_noon():
    cases = []
    for ref in REFS:
        for a, b, ta, tb in CROSS:
            for sep in ("-", " - ", "–"):
                text = f"office is {a}{sep}{b} every day"
                cases += [(text, ref, a, habit_time(*ta)), (text, ref, b, habit_time(*tb))]
            text = f"the clinic is {a}-{b} tomorrow, ring first"
            cases += [(text, ref, a, time_on(ref + timedelta(days=1), *ta)),
                      (text, ref, b, time_on(ref + timedelta(days=1), *tb))]
    check(cases)


# --- 9. a part of the day and a range of bare hours after it --------------------------------------------------------------
DAYPART = [("morning", "10", "12", 10, 12), ("morning", "9", "11", 9, 11), ("afternoon", "2", "4", 14, 16),
           ("afternoon", "1", "3", 13, 15), ("evening", "7", "9", 19, 21), ("evening", "6", "8", 18, 20)]


def test_a_part_of_the_day_and_its_range():
    cases = []
    for ref in REFS:
        for n, wd in other_weekdays(ref):
            day = next_weekday(ref, n)
            for part, a, b, ha, hb in DAYPART:
                for frame in ("{W} {p} {a}-{b} at mine", "I'm free {W} {p} {a}-{b} if that works"):
                    text = frame.format(W=wd, p=part, a=a, b=b)
                    cases += [(text, ref, a, time_on(day, ha, 0)), (text, ref, b, time_on(day, hb, 0))]
    check(cases)


# --- 10. look-alikes: a place's number, a measure, a score, an age range, money, a version -----------------------------
LOOK_ALIKES = [
    ("Gold are on court 3 after Black", ["3"]), ("Round 5 of the draw", ["5"]), ("the 10.30 leaves from platform 2", ["2"]),
    ("only 3 degrees at the start", ["3"]), ("18 knots at the warning signal", ["18"]), ("final score 10-12 to Gold", ["10", "12"]),
    ("the draw for ages 7-10 is up", ["7", "10"]), ("£20 for the season", ["20"]), ("£95 for the day, lunch included", ["95"]),
    ("Year 6 first game", ["6"]), ("update to version 2.15 first", ["2.15"]), ("coffee £7.30 at the club", ["7.30"]),
    ("see page 8 of the draw", ["8"]), ("teams 1, 2 & 3 on court 4", ["1", "2", "3", "4"]), ("Rounds 1, 2 and 3 tomorrow", ["1", "2", "3"]),
    ("rooms at £45, 60 and 75 a night", ["45", "60", "75"]), ("won 10-12, 8-11 and 12-10", ["10", "12", "8", "11"]),
    ("tickets 7.30-5.30 a head", ["7.30", "5.30"]), ("rated 4.5, 3.5 and 2.5 out of 5", ["4.5", "3.5", "2.5"]),
    ("2, 3 and 4 bedroom houses", ["2", "3", "4"]), ("U9 Blue won 12-5 on court 2", ["12", "5", "2"]),
    ("grades 8.5-6.5 this term", ["8.5", "6.5"]), ("Black 7.40 court 4", ["7.40"]),
    ("trains every day at 7.15, 8.40, 10.05 and 11.30", ["8.40", "10.05", "11.30"]),
]


def test_look_alikes_carry_no_time():
    bad = []
    for ref in REFS:
        for text, numbers in LOOK_ALIKES:
            got = [(t.expression, t.timex_value) for t in tag(text, ref) if t.timex_type == "TIME"
                   and any(n in t.expression.replace("-", " ").split() for n in numbers)]
            if got:
                bad.append((ref, text, got))
    assert not bad, f"{len(bad)} look-alikes tagged:\n" + "\n".join(map(str, bad[:25]))


# --- 11. an hour with no hour said: "quarter to" with no number stays untagged ------------------------------------------
def test_quarter_to_with_no_hour_stays_untagged():
    bad = []
    for ref in REFS:
        for text in ("there at quarter to", "get here by quarter to", "we'll be there at quarter past"):
            got = [(t.expression, t.timex_value) for t in tag(text, ref) if t.timex_type == "TIME"]
            if got:
                bad.append((ref, text, got))
    assert not bad, f"{len(bad)} tagged:\n" + "\n".join(map(str, bad[:25]))


# --- 12. the section's catalogue, literally, said on Wednesday 11 March 2026 ---------------------------------------------
W = date(2026, 3, 11)
CATALOGUE = [  # tomorrow Thursday 12 March; the coming Monday the 16th; the coming Saturday the 14th
    ("Trains from Ravensdale at 10.30, 12.15, 2 & 3.45 every day", "2", habit_time(14, 0)),
    ("Trains from Ravensdale at 10.30, 12.15, 2 & 3.45 every day", "3.45", habit_time(15, 45)),
    ("You're on the 2pm and 3.45", "3.45", time_on(W, 15, 45)),
    ("warning signal 10.55", "10.55", time_on(W, 10, 55)),
    ("Committee Monday 16th 7.30, back room at the Swan", "Monday 16th 7.30", time_on(date(2026, 3, 16), 19, 30)),
    ("Senior draw for tomorrow\nGold 11.40 court 1 vs Pirongia, Black 12.50 court 4", "11.40", time_on(W + timedelta(days=1), 11, 40)),
    ("Parade starts 9.30 from Parliament, it's done by like 11", "9.30", time_on(W, 9, 30)),
    ("office is 8.30-5.30 every day", "5.30", habit_time(17, 30)),
    ("Saturday morning 10-12 at mine", "10", time_on(date(2026, 3, 14), 10, 0)),
    ("Saturday morning 10-12 at mine", "12", time_on(date(2026, 3, 14), 12, 0)),
]


# the next Monday that is a 4th after W, from the calendar
MONDAY_4TH = next(W + timedelta(days=k) for k in range(1, 400)
                  if (W + timedelta(days=k)).isoweekday() == 1 and (W + timedelta(days=k)).day == 4)
CATALOGUE += [
    ("Ferry sails at 9.30, 11, 1.30 and 4 every day", "1.30", habit_time(13, 30)),
    ("Ferry sails at 9.30, 11, 1.30 and 4 every day", "4", habit_time(16, 0)),
    ("First race 11.05", "11.05", time_on(W, 11, 5)), ("first game 8.30", "8.30", time_on(W, 8, 30)),
    ("Prizegiving 4.30", "4.30", time_on(W, 16, 30)),
    ("Committee Monday 4th 7.30, back room at the Swan", "Monday 4th 7.30", time_on(MONDAY_4TH, 19, 30)),
    ("AGM Thursday 12th 8.15", "Thursday 12th 8.15", time_on(date(2026, 3, 12), 20, 15)),
    ("band start 4", "4", time_on(W, 16, 0)), ("the quiz starts 8.30", "8.30", time_on(W, 20, 30)),
    ("match starts 8 tonight", "8 tonight", time_on(W, 20, 0)),
    ("the clinic is 7.45-4.15 tomorrow", "7.45", time_on(W + timedelta(days=1), 7, 45)),
    ("Sunday afternoon 2-4", "2", time_on(date(2026, 3, 15), 14, 0)),
    ("Sunday afternoon 2-4", "4", time_on(date(2026, 3, 15), 16, 0)),
    ("Friday evening 7-9 in the hall", "7", time_on(date(2026, 3, 13), 19, 0)),
]


def test_catalogue_cases():
    check([(text, W, expr, want) for text, expr, want in CATALOGUE])
    # ("match starts 8": an event of either half, no word of the half: untagged)
    assert not [t for t in tag("match starts 8", W) if t.timex_type == "TIME"]
