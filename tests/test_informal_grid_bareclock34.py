"""A clock said as a bare number or a dotted h.mm with no am/pm, by the words around it (thirty-third session,
bareclock34; docs/informal-time.md §122): an event and a preposition ("Live fiddle music from 8", "Mulcahy's are
showing it from 4"), a verb of a start with the hour right after it ("parade's to move off 9", "Throw in 6.30 in
Fitzgerald Stadium"), work's "till 6 thurs", a start whose end is a clock word ("10 till noon", "11 till sold out").

Sentences written for this file from the grammar of §122, in a local notice's, a club's, a pub's post's, a parents'
chat's and a work text's voices; the days of writing are every day of a June 2025 week, month ends, the year's turn
and a leap day; every value is computed here from the calendar, never read from the tagger. The look-alikes (counts,
ages, scores, money, places in a list after the same cues) must carry no TIME holding their number.
"""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, next_weekday, other_weekdays, time_on

from timeline_app.temporal import tag

REFS = [date(2025, 6, 9) + timedelta(days=i) for i in range(7)] + [
    date(2025, 10, 31), date(2025, 12, 31), date(2026, 1, 1), date(2026, 3, 31), date(2028, 2, 29)]

SHORT = {1: "mon", 2: "tues", 3: "wed", 4: "thurs", 5: "fri", 6: "sat", 7: "sun"}


def _hm(s: str) -> tuple[int, int]:
    h, _, mi = s.replace(":", ".").partition(".")
    return int(h), int(mi or 0)


def _pm(s: str) -> tuple[int, int]:
    """An afternoon's or an evening's hour: 12 noon, else the hour + 12."""
    h, mi = _hm(s)
    return (h if h == 12 else h + 12), mi


def _am(s: str) -> tuple[int, int]:
    """A morning's hour (7-11), 12 noon, 1-6 the afternoon's."""
    h, mi = _hm(s)
    return (h + 12 if h < 7 else h), mi


# --- 1. an evening's event, a preposition and a bare hour: 1-11 the afternoon's or the evening's ---------------------
EVENING_HOURS = ["4", "6", "7", "8", "9", "10", "8.30", "9.15", "7:30"]
EVENING_FRAMES = ["Live fiddle music from {h} 🎻", "trad session in the back bar from {h}, all welcome",
                  "bingo at {h} in the hall", "the band's on at {h}, don't be late", "live music after {h} in the lounge",
                  "Table quiz after {h} in the function room", "karaoke from {h} till whenever 🎤",
                  "DJ and disco from {h}!!", "fireworks at {h} so wrap up warm"]


def test_an_evening_event_and_its_bare_hour():
    cases = []
    for ref in REFS:
        for frame in EVENING_FRAMES:
            for h in EVENING_HOURS:
                cases.append((frame.format(h=h), ref, h, time_on(ref, *_pm(h))))
    check(cases)


# --- 1b. an event of either half (a match shown, a game, a class's music, dancing): 1-6 the afternoon's; 7-11 only
# with a word of the evening on its line
EITHER_FRAMES = ["Mulcahy's are showing it from {h}", "Music with Mel at {h}", "game at {h} if anyone wants a lift",
                 "Dancing from {h} in the parish hall"]


def test_an_event_of_either_half_and_its_bare_hour():
    cases = []
    for ref in REFS:
        for frame in EITHER_FRAMES:
            for h in ("1", "2", "3", "4", "5.30", "6"):
                cases.append((frame.format(h=h), ref, h, time_on(ref, *_pm(h))))
            for h in ("8", "9.30"):
                cases.append((frame.format(h=h) + ", a big night", ref, h, time_on(ref, *_pm(h))))
    check(cases)


# --- 2. the same after a sentence that names the day (§118: the event day of the sentence before) -------------------
DAY_BEFORE_FRAMES = ["The festival is on {W}. Live music from {h}.", "Céilí in the parish hall this {W}! Live music from {h}.",
                     "Big match this {W} night in Mulcahy's. They're showing it from {h}."]


def test_an_evening_event_after_its_day():
    cases = []
    for ref in REFS:
        for n, wd in other_weekdays(ref):
            day = next_weekday(ref, n)
            for frame in DAY_BEFORE_FRAMES:
                for h in ("3", "8", "9.30"):
                    cases.append((frame.format(W=wd, h=h), ref, h, time_on(day, *_pm(h))))
    check(cases)


# --- 3. a verb of a start and the hour right after it -----------------------------------------------------------------
START_CASES = [  # (frame, hour as written, (24-hour hour, minutes))
    ("parade suppose to move off {h}", "9", (9, 0)), ("parade suppose to move off {h}", "11", (11, 0)),
    ("parade suppose to move off {h}", "2", (14, 0)), ("The parade moves off {h} sharp from the square", "10.30", (10, 30)),
    ("Throw in {h} in Fitzgerald Stadium", "6.30", (18, 30)), ("Throw in {h} in Fitzgerald Stadium", "3", (15, 0)),
    ("throw-in {h}, Croke Park, be there", "3.30", (15, 30)), ("Kick off {h} at the Showgrounds", "2", (14, 0)),
    ("tip off {h} in the arena", "5", (17, 0)), ("walkers gather {h} at the church for the parade", "9.15", (9, 15)),
    ("meet at the church {h} for the parade", "9.15", (9, 15)), ("meet at the church {h} for the parade", "10.30", (10, 30)),
    ("Fun run sets off {h} from the GAA pitch", "10", (10, 0)),
]


def test_a_start_verb_and_its_hour():
    cases = []
    for ref in REFS:
        for frame, h, (hh, mi) in START_CASES:
            cases.append((frame.format(h=h), ref, h, time_on(ref, hh, mi)))
    check(cases)


# --- 4. a morning's event, a preposition and a bare hour of 7-11 ------------------------------------------------------
MORNING_FRAMES = ["Car boot sale at the GAA from {h}", "farmers market from {h} in the square",
                  "mass at {h} then the procession", "the parade leaves from {h}, bring the flags"]


def test_a_morning_event_and_its_bare_hour():
    cases = []
    for ref in REFS:
        for frame in MORNING_FRAMES:
            for h in ("7", "8", "9", "10", "11", "9.30", "2", "3"):
                cases.append((frame.format(h=h), ref, h, time_on(ref, *_am(h))))
    check(cases)


# --- 5. work's "till N" and a day word right after: a deictic day one TIME with it, a weekday a DATE apart
def test_working_till_an_hour_and_its_day():
    cases = []
    for ref in REFS:
        for n, _wd in other_weekdays(ref):
            day = next_weekday(ref, n)
            for h in ("3", "4", "5", "6", "5.30"):
                for frame in ("I working till {h} {d}", "im working till {h} {d} so can't", "I'm in work till {h} {d}, after that grand"):
                    d = SHORT[n]
                    # (the hour a TIME of that day, the weekday its own DATE: informal27-blind A's gold; "wed", "sat",
                    # "sun", "mon", words too, which no rule reads alone there, inside the hour's extent)
                    if d in ("tues", "thurs", "fri"):
                        cases.append((frame.format(h=h, d=d), ref, h, time_on(day, *_pm(h))))
                        cases.append((frame.format(h=h, d=d), ref, d, ("DATE", day.isoformat())))
                    else:
                        cases.append((frame.format(h=h, d=d), ref, f"{h} {d}", time_on(day, *_pm(h))))
        for h in ("4", "6"):
            cases.append((f"working till {h} today, will ring after", ref, f"{h} today", time_on(ref, *_pm(h))))
            cases.append((f"in work till {h} tomorrow so can't", ref, f"{h} tomorrow",
                          time_on(ref + timedelta(days=1), *_pm(h))))
        # a night's shift ends in the morning the line names (kept: rule bare_hour's one TIME)
        cases.append(("working till 6 tomorrow morning, nights all week", ref, "6 tomorrow morning",
                      time_on(ref + timedelta(days=1), 6, 0)))
    check(cases)


# --- 6. a start whose end is a clock word or an open end ---------------------------------------------------------------
def test_a_start_till_noon_or_sold_out():
    cases = []
    for ref in REFS:
        for n, wd in other_weekdays(ref):
            day = next_weekday(ref, n)
            for h in ("9", "10", "11", "10.30"):
                cases.append((f"this {wd}, {h} till noon at the hall", ref, h, time_on(day, *_hm(h))))
                cases.append((f"Cake sale this {wd}, {h} till sold out", ref, h, time_on(day, *_hm(h))))
                cases.append((f"Open day {wd} from {h} to midday", ref, h, time_on(day, *_hm(h))))
    check(cases)


# --- 7. an event's range of two bare hours (each end a TIME) -----------------------------------------------------------
RANGE_CASES = [  # (frame, start, end, (start 24h), (end 24h))
    ("Dinner at the lodge is {a} to {b}", "6", "8.30", (18, 0), (20, 30)),
    ("Live music from {a} till {b} in the beer garden", "4", "7", (16, 0), (19, 0)),
    ("bingo from {a}-{b} in the hall", "8", "10", (20, 0), (22, 0)),
    ("farmers market from {a} to {b} in the square", "9", "1", (9, 0), (13, 0)),
]


def test_an_event_range_of_bare_hours():
    cases = []
    for ref in REFS:
        for frame, a, b, ta, tb in RANGE_CASES:
            text = frame.format(a=a, b=b)
            cases.append((text, ref, a, time_on(ref, *ta)))
            cases.append((text, ref, b, time_on(ref, *tb)))
    check(cases)


# --- 8. look-alikes: counts, ages, scores, money, places in a list ---------------------------------------------------
LOOK_ALIKES = [
    ("the quiz is from 4 to 6 players a team", ["4", "6"]), ("the parade had floats from 30 towns", ["30"]),
    ("we were at 2 goals down and came back", ["2"]), ("the match was won after 11 years of trying", ["11"]),
    ("meet at Platform 9", ["9"]), ("the band made the top 10", ["10"]), ("music classes for kids aged 9 to 10", ["9", "10"]),
    ("the match finished 2-1", ["2", "1"]), ("gig tickets from 8 euro", ["8"]), ("gig tickets from 8", ["8"]),
    ("the match was won by 2", ["2"]), ("bingo books at 5 each", ["5"]), ("the session ran 3 hours", ["3"]),
    ("the parade will be 2 miles long", ["2"]), ("the fireworks lasted 10 minutes", ["10"]),
    ("the band is 5 lads from Cork", ["5"]), ("quiz after 11 rounds was tied", ["11"]),
    ("match at 3-1 down at the break", ["3"]), ("the parade is at 2 km from here", ["2"]),
    ("Doors 7 euro in", ["7"]), ("the match at 10 a side", ["10"]), ("music for ages 8 to 12", ["8", "12"]),
    ("parade move off 9 points clear", ["9"]), ("the raffle at 2.50 a strip", ["2.50"]), ("session 2 of 6", ["2", "6"]),
    ("the gig, €6.30 in", ["6.30"]), ("bingo prizes from 5 to 50", ["5"]), ("quiz teams of 4 at most", ["4"]),
    ("Meet at the gate 2, terminal 1", ["2", "1"]), ("working till 3, 4 days a week", ["3"]),
    ("Tickets for the gig are 8", ["8"]), ("We set off 2 alarms", ["2"]), ("Music from 8 countries was featured.", ["8"]),
]


def test_look_alikes_carry_no_time():
    bad = []
    for ref in REFS:
        for text, numbers in LOOK_ALIKES:
            got = [(t.expression, t.timex_value) for t in tag(text, ref) if t.timex_type == "TIME"
                   and any(n in t.expression.split() for n in numbers)]
            if got:
                bad.append((ref, text, got))
    assert not bad, f"{len(bad)} look-alikes tagged:\n" + "\n".join(map(str, bad[:25]))


# --- 9. an hour of 7-11 of an event of either half with no word of the half: no TIME (a wrong half is worse) --------
UNREAD = ["match at 8 if anyone wants a lift", "meet at the church 9.15", "Throw in 7.30 in Fitzgerald Stadium",
          "working till 8 so can't", "judging at 10 in the main ring",
          "farmers market from 6 in the square", "trad session from 9 to 5 in the hall", "Mulcahy's are showing it from 9",
          "Dancing from 10 in the parish hall", "Music with Mel at 8"]


def test_either_half_with_no_cue_stays_untagged():
    bad = []
    for ref in REFS:
        for text in UNREAD:
            got = [(t.expression, t.timex_value) for t in tag(text, ref) if t.timex_type == "TIME"
                   and any(c.isdigit() for c in t.expression)]
            if got:
                bad.append((ref, text, got))
    assert not bad, f"{len(bad)} tagged:\n" + "\n".join(map(str, bad[:25]))


# --- 10. the catalogue's done cases (docs/informal-time.md §122), literally, said on Wednesday 4 June 2025 ------------
W = date(2025, 6, 4)
CATALOGUE = [  # (text, expression, (type, value) from the calendar: tomorrow Thursday 5 June, the coming Saturday 7 June)
    ("bingo at 8 in the hall", "8", time_on(W, 20, 0)), ("DJ and disco from 10!!", "10", time_on(W, 22, 0)),
    ("parade suppose to move off 9", "9", time_on(W, 9, 0)), ("Live fiddle music from 8", "8", time_on(W, 20, 0)),
    ("the band's on at 9.15, don't be late", "9.15", time_on(W, 21, 15)),
    ("Mulcahy's are showing it from 4", "4", time_on(W, 16, 0)),
    ("game at 2 if anyone wants a lift", "2", time_on(W, 14, 0)),
    ("Music with Mel at 3", "3", time_on(W, 15, 0)),
    ("farmers market from 9 to 1 in the square", "9", time_on(W, 9, 0)),
    ("farmers market from 9 to 1 in the square", "1", time_on(W, 13, 0)),
    ("mass at 10 then the procession", "10", time_on(W, 10, 0)),
    ("Car boot sale at the GAA from 8", "8", time_on(W, 8, 0)),
    ("Throw in 6.30 in Fitzgerald Stadium", "6.30", time_on(W, 18, 30)),
    ("meet at the church 9.15 for the parade", "9.15", time_on(W, 9, 15)),
    ("Fun run sets off 10 from the GAA pitch", "10", time_on(W, 10, 0)),
    ("The festival is on {W}. Live music from 9.30.".replace("{W}", "Friday"), "9.30", time_on(W + timedelta(days=2), 21, 30)),
    ("I working till 6 thurs", "6", time_on(W + timedelta(days=1), 18, 0)),
    ("I working till 6 thurs", "thurs", ("DATE", "2025-06-05")),
    ("im working till 5.30 tues so can't", "5.30", time_on(W + timedelta(days=6), 17, 30)),
    ("in work till 4 tomorrow so can't", "4 tomorrow", time_on(W + timedelta(days=1), 16, 0)),
    ("just Wednesday like always, 10 till noon", "10", time_on(W, 10, 0)),
    ("Cake sale this Sat, 11 till sold out", "11", time_on(W + timedelta(days=3), 11, 0)),
    ("Open day Friday from 10 to midday", "10", time_on(W + timedelta(days=2), 10, 0)),
    ("Dinner at the lodge is 6 to 8.30", "6", time_on(W, 18, 0)),
    ("Dinner at the lodge is 6 to 8.30", "8.30", time_on(W, 20, 30)),
]


def test_catalogue_cases():
    # ("The festival is on {W}. Live music from 9.30." is the catalogue's row, its {W} a Friday here)
    check([(text, W, expr, want) for text, expr, want in CATALOGUE])
