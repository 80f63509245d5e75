"""A bare number as a clock time by its frame (thirtieth session, clock31; docs/informal-time.md §106): a meeting moved
("Can we push to 7?", "bring it forward to 6", "the meeting's been pushed back to 9.30"), a shift's or an opening's bare
ends ("Shifts run 8 till about 1.30", "I'm doing 10 to 6 tomorrow"), news copy's four-digit times with a zone ("Polls
opened at 0830 GMT (0930 BST) on Thursday", "The attack began at 2300 GMT on Tuesday", "1930 local time").

Sentences written for this file from the grammar of §106, in office, family, shift-work and news voices; the days of
writing are every day of a June 2024 week, month and year ends and a leap day; every value is computed here from the
calendar, never read from the tagger. The look-alikes (a move to a number that is no time, counts, scores, years,
codes) must carry no TIME at all.
"""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, habit_time, last_weekday, next_weekday, other_weekdays, time_on

from timeline_app.temporal import tag

# every day of a week as the day of writing (Mon 10 June 2024 ..), month and year ends, a leap day, other years
REFS = [date(2024, 6, 10) + timedelta(days=i) for i in range(7)] + [
    date(2024, 2, 29), date(2024, 12, 31), date(2025, 3, 31), date(2025, 10, 31), date(2026, 1, 1)]


def _hm(s: str) -> tuple[int, int]:
    h, _, mi = s.replace(":", ".").partition(".")
    return int(h), int(mi or 0)


# --- 1. a meeting moved: VERB [OBJECT] [PARTICLE] "to" HOUR ------------------------------------------------------------
# (hour as written, 24-hour hour, minutes): 1-6 the afternoon's, 12 noon, 7-11 the morning's with no word of the evening
MOVE_HOURS = [("7", 7, 0), ("3", 15, 0), ("12", 12, 0), ("9.30", 9, 30), ("4.15", 16, 15), ("11", 11, 0), ("2", 14, 0),
              ("10:30", 10, 30)]
MOVE_FRAMES = ["Can we push to {h}?", "can we move it to {h}?", "could we bring it forward to {h}?",
               "the meeting's been pushed back to {h}", "standup moved to {h}, sorry all", "can u push the call to {h} pls",
               "shall we move it to {h} instead", "Let's push the 1:1 back to {h}", "ok to shift the session to {h}?",
               "the interview got moved to {h}", "any chance we can bump it to {h}?", "they've put the viewing back to {h}",
               "Can we knock it back to {h}? running late", "pls can we prepone it to {h}", "moved it forward to {h} x"]
# with a word of the evening the talk's hour of 7-11 is the evening's
EVENING_MOVES = [("can we push dinner to {h}?", "7", 19), ("drinks moved to {h} tonight", "8", 20),
                 ("can we push the rehearsal back to {h}?", "7.30", 19), ("the quiz has been moved to {h}", "8", 20)]
APPROX_FRAMES = ["can we push it to around {h}?", "move it to about {h}?", "push the call back to roughly {h}"]
HEDGED = [("push to {h}ish?", "7", 7), ("can we move it to {h}ish", "3", 15)]
HALF = [("can we move it to half {h}?", "8", 8), ("pushed back to half {h}", "9", 9), ("bring it forward to half {h}", "2", 14)]


def test_meeting_moved_to_bare_hour():
    cases = []
    for ref in REFS:
        for frame in MOVE_FRAMES:
            for h, hh, mi in MOVE_HOURS:
                cases.append((frame.format(h=h), ref, h, time_on(ref, hh, mi)))
    check(cases)


def test_meeting_moved_with_a_word_of_its_half():
    cases = []
    for ref in REFS:
        for frame, h, hh in EVENING_MOVES:
            # (an hour and a day word with no signal between are one TIME, §100: "[8 tonight]")
            expr = f"{h} tonight" if "tonight" in frame else h
            cases.append((frame.format(h=h), ref, expr, time_on(ref, hh, _hm(h)[1])))
        for frame in APPROX_FRAMES:
            for h, hh, mi in MOVE_HOURS[:5]:
                cases.append((frame.format(h=h), ref, h, time_on(ref, hh, mi)))
        for frame, h, hh in HEDGED:
            cases.append((frame.format(h=h), ref, f"{h}ish", time_on(ref, hh, 0)))
        for frame, h, hh in HALF:
            cases.append((frame.format(h=h), ref, f"half {h}", time_on(ref, hh, 30)))
    check(cases)


def test_meeting_moved_to_an_hour_of_a_day():
    """"moved it to 4 tomorrow": one TIME of that day (§100: an hour and a day word with no signal between)."""
    cases = []
    for ref in REFS:
        tmrw = ref + timedelta(days=1)
        for frame in ("can we push it to {h} tomorrow?", "the call's been moved to {h} tomorrow", "bring it forward to {h} tmrw"):
            for h, hh, mi in MOVE_HOURS:
                word = "tmrw" if "tmrw" in frame else "tomorrow"
                cases.append((frame.format(h=h), ref, f"{h} {word}", time_on(tmrw, hh, mi)))
    check(cases)


# --- 2. a shift's or an opening's two bare ends ----------------------------------------------------------------------------
# (range as written, start, end) in 24-hour "h.mm" pairs
SHIFT_RANGES = [("8 till about 1.30", "8", (8, 0), "1.30", (13, 30)), ("7-3", "7", (7, 0), "3", (15, 0)),
                ("10 to 6", "10", (10, 0), "6", (18, 0)), ("9 till about 5.30", "9", (9, 0), "5.30", (17, 30)),
                ("6-2", "6", (6, 0), "2", (14, 0)), ("2 till 10", "2", (14, 0), "10", (22, 0)),
                ("12-8", "12", (12, 0), "8", (20, 0)), ("7.30 till 4", "7.30", (7, 30), "4", (16, 0)),
                ("11 to 7", "11", (11, 0), "7", (19, 0)), ("8 until about 2", "8", (8, 0), "2", (14, 0))]
STANDING_FRAMES = ["Shifts run {r}", "we run {r} at the moment", "the early shift runs {r} most weeks",
                   "the bakery counter runs {r}, then the late crew come in"]
DAY_FRAMES = ["I'm doing {r} tomorrow", "she's on {r} tomorrow so can't", "im working {r} tomorrow",
              "Jo is on {r} tomorrow, ask her"]
WEEKDAY_FRAMES = ["working {r} on {D}, can't do lunch", "doing {r} on {D} if anyone wants a lift"]


def test_standing_shift_hours():
    cases = []
    for ref in REFS[:3]:
        for frame in STANDING_FRAMES:
            for r, a, (h1, m1), b, (h2, m2) in SHIFT_RANGES:
                text = frame.format(r=r)
                cases.append((text, ref, a, habit_time(h1, m1)))
                cases.append((text, ref, b, habit_time(h2, m2)))
    check(cases)


def test_shift_hours_of_a_day():
    cases = []
    for ref in REFS:
        tmrw = ref + timedelta(days=1)
        for frame in DAY_FRAMES:
            for r, a, (h1, m1), b, (h2, m2) in SHIFT_RANGES:
                text = frame.format(r=r)
                cases.append((text, ref, a, time_on(tmrw, h1, m1)))
                cases.append((text, ref, b, time_on(tmrw, h2, m2)))
        for n, name in other_weekdays(ref):
            day = next_weekday(ref, n)
            for frame in WEEKDAY_FRAMES:
                for r, a, (h1, m1), b, (h2, m2) in SHIFT_RANGES:
                    text = frame.format(r=r, D=name)
                    cases.append((text, ref, a, time_on(day, h1, m1)))
                    cases.append((text, ref, b, time_on(day, h2, m2)))
    check(cases)


# --- 3. news copy's four digits with a zone ----------------------------------------------------------------------------------
# (four digits, hour, minutes)
ZONED = [("0830", 8, 30), ("2300", 23, 0), ("1930", 19, 30), ("0600", 6, 0), ("1215", 12, 15), ("0045", 0, 45)]


def _plus1(t: str) -> str:
    return f"{(int(t[:2]) + 1) % 24:02d}{t[2:]}"


def test_news_four_digits_with_a_zone():
    cases = []
    for ref in REFS:
        for n, name in other_weekdays(ref):
            gone, coming = last_weekday(ref, n), next_weekday(ref, n)
            for t, h, mi in ZONED:
                b = _plus1(t)
                bh = (h + 1) % 24
                text = f"The attack began at {t} GMT on {name}, officials said."
                cases.append((text, ref, f"{t} GMT on {name}", time_on(gone, h, mi)))
                text = f"A ceasefire took effect {t} local time on {name}."
                cases.append((text, ref, t, time_on(gone, h, mi)))
                if bh == 0:
                    continue   # "2300 GMT (0000 BST)": the second zone's hour is the next day's, not the day named
                # the second zone's time in brackets, on the same day as the first
                text = f"Polls opened at {t} GMT ({b} BST) on {name}."
                cases.append((text, ref, f"{t} GMT", time_on(gone, h, mi)))
                cases.append((text, ref, f"{b} BST", time_on(gone, bh, mi)))
                text = f"Voting will close at {t} GMT ({b} BST) on {name}."
                cases.append((text, ref, f"{t} GMT", time_on(coming, h, mi)))
                cases.append((text, ref, f"{b} BST", time_on(coming, bh, mi)))
        for t, h, mi in ZONED:
            cases.append((f"Flights resume at {t} GMT tomorrow, the airline said.", ref, f"{t} GMT tomorrow",
                          time_on(ref + timedelta(days=1), h, mi)))
            cases.append((f"The curfew begins at {t} local time.", ref, t, time_on(ref, h, mi)))
            cases.append((f"Polling stations close {t} GMT.", ref, f"{t} GMT", time_on(ref, h, mi)))
    check(cases)


# --- 4. what stays untagged ----------------------------------------------------------------------------------------------------
# (sentence, the numbers that must carry no TIME)
LOOK_ALIKES = [
    ("can we push to 7 figures this year?", ["7"]), ("we need to move to 5G", ["5G", "5"]),
    ("they moved to 3 Oak Street last year", ["3"]), ("she's moved to 4 days a week", ["4"]),
    ("can we push it to 7% by June?", ["7"]), ("push it to 11 on the dial", ["11"]),
    ("they've shifted to 2 lanes on the bypass", ["2"]), ("United moved to 3rd in the table", ["3rd", "3"]),
    ("the alert level moved to 4 overnight", ["4"]), ("inflation moved to 3 per cent", ["3"]),
    ("the price moved to 7 quid", ["7"]), ("can we push it to 10 people?", ["10"]),
    ("bring it forward to 6 weeks", ["6"]), ("pushed back to 9 months", ["9"]), ("move it to 4 stars", ["4"]),
    ("moved it to 7 Elm Road", ["7"]), ("switch it to 4 for the news", ["4"]), ("move to 6-2 in the second half", ["6", "2"]),
    ("I run 8 miles till about 1.30 pace", ["8", "1.30"]), ("we expect 8 till 10 people", ["8", "10"]),
    ("ages 7-11 welcome", ["7", "11"]), ("we won 7-3 on the day", ["7", "3"]), ("we won 7 to 3", ["7", "3"]),
    ("the vote was 7-3", ["7", "3"]), ("I'm doing 3 to 4 sets", ["3", "4"]), ("sick of doing a 9 to 5 job", ["9", "5"]),
    ("we run 5 to 10 miles", ["5", "10"]), ("working 7 to 3 days a week", ["7", "3"]),
    ("In 1930 the bridge opened to traffic", ["1930"]), ("Since 1930 the town has grown", ["1930"]),
    ("flight 0830 was cancelled", ["0830"]), ("my PIN is 0830", ["0830"]), ("room 0830 is free", ["0830"]),
    ("my dad works 9 to 5 and never sees this", ["9", "5"]), ("I work 9-5 so Friday is out", ["9", "5"]),
    ("Read Chapter 7 tonight", ["7"]), ("she turns 7 on Saturday", ["7"]), ("call 0830 123 456", ["0830"]),
]


def test_look_alikes_carry_no_time():
    bad = []
    for ref in REFS:
        for text, numbers in LOOK_ALIKES:
            got = [(t.expression, t.timex_value) for t in tag(text, ref)
                   if t.timex_type == "TIME" and any(n in t.expression for n in numbers)]
            if got:
                bad.append((ref, text, got))
    assert not bad, f"{len(bad)} tagged:\n" + "\n".join(map(str, bad[:25]))



# --- 5. the catalogue's own done cases (docs/informal-time.md §106's table), on a Wednesday -------------------------------------
def test_catalogue_cases():
    ref = date(2024, 6, 12)
    tmrw, sat = ref + timedelta(days=1), next_weekday(ref, 6)
    thu_gone, fri_gone = last_weekday(ref, 4), last_weekday(ref, 5)
    cases = [
        ("can u push the call to 3 pls", ref, "3", time_on(ref, 15, 0)),
        ("standup moved to 11, sorry all", ref, "11", time_on(ref, 11, 0)),
        ("the interview got moved to 4.15", ref, "4.15", time_on(ref, 16, 15)),
        ("they've put the viewing back to 2", ref, "2", time_on(ref, 14, 0)),
        ("can we push dinner to 8?", ref, "8", time_on(ref, 20, 0)),
        ("can we push the rehearsal back to 7.30?", ref, "7.30", time_on(ref, 19, 30)),
        ("push it to around 7?", ref, "7", time_on(ref, 7, 0)),
        ("move it to about 3.15?", ref, "3.15", time_on(ref, 15, 15)),
        ("the meeting's been pushed back to 9.30 tomorrow", ref, "9.30 tomorrow", time_on(tmrw, 9, 30)),
        ("bring it forward to 4 tmrw", ref, "4 tmrw", time_on(tmrw, 16, 0)),
        ("we run 7-3 at the moment", ref, "7", habit_time(7, 0)),
        ("we run 7-3 at the moment", ref, "3", habit_time(15, 0)),
        ("the early shift runs 12-8 most weeks", ref, "12", habit_time(12, 0)),
        ("the early shift runs 12-8 most weeks", ref, "8", habit_time(20, 0)),
        ("she's on 8 till about 1.30 tomorrow so can't", ref, "8", time_on(tmrw, 8, 0)),
        ("she's on 8 till about 1.30 tomorrow so can't", ref, "1.30", time_on(tmrw, 13, 30)),
        ("doing 2 till 10 on Sat if anyone wants a lift", ref, "2", time_on(sat, 14, 0)),
        ("doing 2 till 10 on Sat if anyone wants a lift", ref, "10", time_on(sat, 22, 0)),
        ("Polls opened at 0830 GMT (0930 BST) on Thursday", ref, "0830 GMT", time_on(thu_gone, 8, 30)),
        ("Polls opened at 0830 GMT (0930 BST) on Thursday", ref, "0930 BST", time_on(thu_gone, 9, 30)),
        ("Flights resume at 0600 GMT tomorrow", ref, "0600 GMT tomorrow", time_on(tmrw, 6, 0)),
        ("Polling stations close 1930 GMT.", ref, "1930 GMT", time_on(ref, 19, 30)),
        ("A ceasefire took effect 2300 local time on Friday.", ref, "2300", time_on(fri_gone, 23, 0)),
    ]
    check(cases)
    assert not [t for t in tag("PIN 0830", ref) if t.timex_type == "TIME"]
