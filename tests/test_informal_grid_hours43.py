"""hours43 (docs/informal-time.md §228, §229): bare hours of opening hours and the half of the day of a bare hour.

§228: a range of opening hours ended by the writer's hedge ("Foodland is open from 9 to 12 I think", "the chemist opens
10 till 4 apparently") or told as another day's usual hours ("we're open Monday too, 7 to 12 like a Saturday": of no
day, and the "Saturday" of the likeness no day at all); a day settled by "too" before its range ("we're open Friday
too, 10 to 4": that Friday's hours); the hour a place opens at before a standing day's word ("We open at 11 Thursdays":
of no day), and the hour it shuts at ("The shop shuts at 1 Saturdays"); a comment's age at the line's end is no day of
the clause ("We open at 11 Thursdays  5d").
§229: "N o'clock in the night" (22:00 for 10, a night's 1-4 its small hours); a morning's word after "or" and another
day is that day's ("tonight after 6 or Saturday morning": 18:00); "since N" in a message stamped earlier in the day
than N's afternoon reading is the morning's ("Since 4." at 08:16: 04:00; at 17:42: 16:00).
Look-alikes (ages, counts, sizes, prices, scores, rooms, buses) stay untagged.

The sentences are this session's own, written from the grammar (UK, Irish, Australian, NZ, Caribbean, Canadian, South
African, Pacific voices); the days of writing every day of a March 2026 week, month and year ends, leap days; values
computed with datetime."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from gridcheck import check, check_hours, check_untagged, habit_time, next_weekday, other_weekdays, time_on

REFS = ([date(2026, 3, 9) + timedelta(days=k) for k in range(7)]
        + [date(2025, 10, 31), date(2025, 12, 31), date(2026, 1, 1), date(2026, 2, 28), date(2028, 2, 29),
           date(2024, 12, 31), date(2027, 6, 30)])

# (start written, end written, start hour, end hour): a range of bare hours as an opening reads it
PAIRS = [("8", "6", 8, 18), ("9", "1", 9, 13), ("10", "6", 10, 18), ("9", "9", 9, 21), ("9", "5", 9, 17),
         ("10", "4", 10, 16), ("11", "3", 11, 15), ("7", "3", 7, 15), ("12", "6", 12, 18), ("9", "12", 9, 12),
         ("10", "10", 10, 22), ("7", "12", 7, 12)]
JOIN = [" to ", "-", " till ", " til ", " until "]

# §228: a hedge after the range (its clause names no day: the standing hours)
HEDGED = ["Foodland is open from {a}{j}{b} I think", "the chemist opens {a}{j}{b} apparently",
          "Spar's open {a}{j}{b} I believe", "the post office is open from {a}{j}{b} I reckon",
          "Nan says the butcher opens {a}{j}{b} I'm told", "the bottle-o is open {a}{j}{b} i think?",
          "Choppies is open {a}{j}{b} I guess", "the tuck shop opens {a}{j}{b} supposedly",
          "Rum shop open {a}{j}{b} I hear", "the library's open from {a}{j}{b} iirc"]
# §228: another day's usual hours ("like a Saturday"): of no day even where the clause names its day
LIKE = ["we're open {d} too, {a}{j}{b} like a Saturday", "Shop's open {d}, {a}{j}{b} same as a Sunday",
        "the cafe is open {d} too, {a}{j}{b}, like a Saturday", "We open {d} as well, {a}{j}{b} like a normal Sunday"]
# §228: "too", "also", "as well" settle the day before its range: that day's hours
TOO = ["we're open {d} too, {a}{j}{b}", "the hall's open {d} also, {a}{j}{b}", "Shop open {d} as well, {a}{j}{b}"]


def range_cases():
    """(text, day of writing, [(hour as written, (type, value))] of every bare hour in the text, in its order)."""
    out = []
    for k, ref in enumerate(REFS):
        days = other_weekdays(ref)
        for i, (a, b, h1, h2) in enumerate(PAIRS):
            j = JOIN[(i + k) % len(JOIN)]
            text = HEDGED[(i + k) % len(HEDGED)].format(a=a, b=b, j=j)
            out.append((text, ref, [(a, habit_time(h1, 0)), (b, habit_time(h2, 0))]))
            wd, name = days[(i + 2 * k) % len(days)]
            text = LIKE[(i + k) % len(LIKE)].format(a=a, b=b, j=j, d=name)
            out.append((text, ref, [(a, habit_time(h1, 0)), (b, habit_time(h2, 0))]))
            if h1 < 12 and not (7 <= h1 and h2 < 12):
                day = next_weekday(ref, wd)
                text = TOO[(i + k) % len(TOO)].format(a=a, b=b, j=" to " if j == "-" else j, d=name)
                out.append((text, ref, [(a, time_on(day, h1, 0)), (b, time_on(day, h2, 0))]))
    return out


def test_opening_ranges_hedged_liked_and_settled():
    check_hours(range_cases())


# §228: the hour a place opens at before a standing day's word (an opening's halves: 9-11 the morning's, 12 noon, 1-4
# the afternoon's); a comment's age after it is no day
OPENING = ["We open at {h} Thursdays", "We open at {h} Thursdays  5d", "the kiosk opens at {h} Mondays",
           "doors open at {h} weekends", "we open at {h} on weekdays", "Kiosk opens at {h} Sundays  2w",
           "The bakery opens from {h} daily", "we open at {h} Saturdays, closed Mondays"]
OPEN_HOURS = [(9, 9), (10, 10), (11, 11), (12, 12), (1, 13), (2, 14), (3, 15), (4, 16)]


def test_opening_hour_before_a_standing_day():
    cases = []
    for k, ref in enumerate(REFS):
        for i, (h, hh) in enumerate(OPEN_HOURS):
            for f in (OPENING[(i + k) % len(OPENING)], OPENING[(i + k + 3) % len(OPENING)]):
                cases.append((f.format(h=h), ref, str(h), habit_time(hh, 0)))
    check(cases)


# §228: the hour a place closes at before a standing day's word (§146's halves: 1-8 the afternoon's or the evening's;
# 9-12 of either half, unread)
CLOSING = ["The shop shuts at {h} Saturdays.", "the chipper shuts at {h} Sundays", "the library closes at {h} weekdays",
           "Post office closes at {h} weekends, fyi", "the bar closes at {h} most days", "the kiosk shuts at {h} daily"]


def test_closing_hour_before_a_standing_day():
    cases = []
    for k, ref in enumerate(REFS):
        for i, h in enumerate((1, 2, 3, 4, 5, 6, 7, 8)):
            for f in (CLOSING[(i + k) % len(CLOSING)], CLOSING[(i + k + 2) % len(CLOSING)]):
                cases.append((f.format(h=h), ref, str(h), habit_time(h + 12, 0)))
    check(cases)


# §229: "N o'clock in the night": 7-11 the evening's, 1-4 the small hours, on the talk's day (the day of writing)
NIGHT = ["Mass is {h} o'clock in the night this year, Father say so", "the dance starts {h} o'clock in the night",
         "she rang at {h} o'clock in the night", "we got in at {h} o'clock in the night"]


def test_oclock_in_the_night():
    cases = []
    for k, ref in enumerate(REFS):
        for i, h in enumerate((7, 8, 9, 10, 11, 1, 2, 3, 4)):
            f = NIGHT[(i + k) % len(NIGHT)]
            cases.append((f.format(h=h), ref, f"{h} o'clock in the night", time_on(ref, h + 12 if h >= 5 else h, 0)))
    check(cases)


# §229: a morning's word after "or" and another day is that day's: the hour of 1-6 stays the afternoon's
ALT = ["Can show it tonight after {h} or {d} morning", "pick up {t} at {h} or {d} morning?",
       "I can drop it round {t} at {h} or else {d} morning", "come by {t} after {h} or {d} morning, either works"]


def test_morning_of_another_day_after_or():
    cases = []
    for k, ref in enumerate(REFS):
        tomorrow = ref + timedelta(days=1)
        for i, h in enumerate((1, 2, 3, 4, 5, 6)):
            f = ALT[(i + k) % len(ALT)]
            t = "today" if "{t}" in f else None
            text = f.format(h=h, d="Saturday" if ref.isoweekday() != 6 else "Sunday", t=t)
            cases.append((text, ref, str(h), time_on(ref, h + 12, 0)))
            # the control: the morning of the hour's own day stays its morning
            cases.append((f"meet at {h} tomorrow morning", ref, f"{h} tomorrow morning", time_on(tomorrow, h, 0)))
    check(cases)


# §229: "since N" in a stamped message: the reading already past at the stamp (the afternoon's where the stamp is past
# it, else the morning's); a stamp before N's morning reading is left out
SINCE = [("Since {h}! Bread proving from yesterday", "{h}"), ("been at the stall since {h} today 😩", "{h} today"),
         ("the rain's been on since {h} today, no let up", "{h} today"), ("we've been here since {h} today", "{h} today")]
STAMPS = [(7, 5), (8, 16), (10, 5), (11, 40), (14, 20), (17, 42), (19, 30), (23, 5)]


def test_since_before_the_stamp():
    cases = []
    for k, ref in enumerate(REFS):
        day = ref - timedelta(days=1)
        for i, h in enumerate((2, 3, 4, 5, 6)):
            for s, (sh, sm) in enumerate(STAMPS):
                if sh < h:
                    continue
                f, expr = SINCE[(i + s + k) % len(SINCE)]
                stamp = datetime(day.year, day.month, day.day, sh, sm, 10)
                text = (f"[{day:%d/%m/%Y}, {sh - 1:02d}:00:00] Devon: Mammy you up early or what 😂\n"
                        f"[{stamp:%d/%m/%Y, %H:%M:%S}] Mammy: " + f.format(h=h) + "\n")
                hh = h + 12 if sh * 60 + sm >= (h + 12) * 60 else h
                cases.append((text, ref, expr.format(h=h), time_on(day, hh, 0)))
    check(cases)


def test_look_alikes_stay_untagged():
    check_untagged([
        ("games for kids 1 to 4, face painting too", ["1", "4"]),
        ("kids 5 to 12 I think, adults pay", ["5", "12"]),
        ("open 8 to 6 stalls I think", ["8", "6"]),
        ("sizes 8 to 12 I think, all cotton", ["8", "12"]),
        ("ages 9 to 13 apparently", ["9", "13"]),
        ("£5 to £10 I think", ["5", "10"]),
        ("we won 3-1 like a Saturday league side", ["3", "1", "Saturday"]),
        ("Room 4 like a Saturday night", ["4"]),
        ("the 8 bus I think, or the 12", ["8", "12"]),
        ("read pages 7 to 12 I think", ["7", "12"]),
        ("we open 7 days a week I think", ["7"]),
        ("top 10 Thursdays on the radio", ["10"]),
        ("3 of us open at 2 for 1 Thursdays", ["3"]),
        ("it felt like a Monday all day", ["Monday"]),
        ("We lost Saturday too, 2-4 in the end", ["2", "4"]),
        ("they drew Sunday also, 1-1", ["1"]),
        ("same as a Sunday roast, honestly", ["Sunday"]),
        ("aged 12 like a Saturday kid", ["12", "Saturday"]),
    ], REFS)
