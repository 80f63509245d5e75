"""A date said after a verb of arranging and "for" or "as" (twenty-fourth session, voices21; docs/informal-time.md,
the section of voices21). The sentences are written for this file; every value is computed here from the calendar
(``date``, ``timedelta``), never read from the tagger.

- "litter pick confirmed for sat 23rd", "wedding confirmed for 28 March", "meeting rescheduled for thursday", "date
  confirmed as the 14th", "the final is fixed for 4 April": the participle reports the arrangement, the date it names
  is the one arranged, still to come (as "booked for" already reads), not a date gone (the start code read "confirmed
  for 28 March" written on 12 March 2019 as 2018-03-28, "rescheduled for thursday" as the Thursday gone);
- with no preposition, only a date of the month right after the participle ("litter pick confirmed sat 23rd",
  "quiz night rescheduled 28 March");
- never the day of the confirming itself ("the company confirmed Tuesday that", a bare weekday after it, stays the
  day gone): "the council confirmed on Tuesday that ...", "she confirmed it to me on
  Friday", "confirmed for the first time last Friday" keep the day gone; a length after "for" stays a length
  ("contracts confirmed for 3 years");
- an emoji right after a day and a lower-case month that is also a word ("party 12th august 🎉", "wedding confirmed
  for 9th march 🎉"): the emoji ends the phrase as a full stop does; "17 may be too many 😂" stays no date;
- a shift written as two 24-hour clock numbers joined by a dash, one with its leading zero ("im on 0730-2000 tmrw",
  "earlies 0645-1515"): two clock times, not the year 2000 and a number; "the 1930-1945 period" stays two years, a
  phone number "0800-123-4567" no time.
"""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, last_weekday, next_weekday, other_weekdays

# every day of a week as the day of writing (Mon 2 June 2025 ..), month and year ends, a leap day, other years
REFS = [date(2025, 6, 2) + timedelta(days=i) for i in range(7)] + [
    date(2025, 3, 31), date(2025, 12, 31), date(2024, 2, 29), date(2026, 1, 24), date(2019, 3, 12), date(2023, 10, 28),
    date(2021, 6, 6)]

# a frame of arranging: the participle and its preposition right before the date
FRAMES = ["litter pick confirmed for {x}, meet at the bus shelter", "Wedding confirmed for {x} 🎉",
          "it's been confirmed for {x}", "meeting rescheduled for {x}, sorry all", "the final is fixed for {x}",
          "Date confirmed as {x}, see you there", "your appointment has been rescheduled for {x}", "gig's confirmed for {x}!!",
          "the boiler service is confirmed for {x}"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
SHORT = ["mon", "tues", "weds", "thurs", "fri", "sat", "sun"]


def _ord(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _day(d: date) -> tuple[str, str]:
    return ("DATE", d.isoformat())


def _forms(ref: date):
    """(expression as written, (type, value)) of the dates a frame is filled with, each one still to come."""
    for wd, name in other_weekdays(ref):
        day = next_weekday(ref, wd)
        yield name, _day(day)
        yield name.lower(), _day(day)
        if SHORT[wd - 1] not in ("mon", "sat", "sun"):   # (a bare "mon", "sat", "sun" at the end is not read as a day: left)
            yield SHORT[wd - 1], _day(day)
        yield f"7pm {name.lower()}", ("TIME", f"{day.isoformat()}T19:00")
    for k in (4, 11, 19):
        d = ref + timedelta(days=k)
        yield f"{SHORT[d.weekday()]} {_ord(d.day)}", _day(d)
        if d.day != 1:   # ("confirmed the 1st", "as the 1st": "the 1st" alone there is not read: left)
            yield f"the {_ord(d.day)}", _day(d)
    for k in (9, 16, 45, 200):
        d = ref + timedelta(days=k)
        yield f"{d.day} {MONTHS[d.month - 1]}", _day(d)
        if d.month != 5:   # (a lower-case "may" after an ordinal is not read as the month: left)
            yield f"{_ord(d.day)} {MONTHS[d.month - 1].lower()}", _day(d)
        yield f"{MONTHS[d.month - 1]} {d.day}", _day(d)


CASES = [(frame.format(x=x), ref, x, want) for ref in REFS for x, want in _forms(ref) for frame in FRAMES]

# no preposition: a date of the month right after the participle ("litter pick confirmed sat 23rd")
BARE_FRAMES = ["litter pick confirmed {x}, meet at the bus shelter", "NEW DATE: quiz night rescheduled {x}",
               "wedding confirmed {x} 🥂 save the date"]
CASES += [(frame.format(x=x), ref, x, want) for ref in REFS for x, want in _forms(ref) if any(map(str.isdigit, x))
          and not x.startswith("7pm") for frame in BARE_FRAMES]

# an emoji right after a day and a lower-case month that is also a word ("march", "august", "may", "june"): the emoji
# ends the phrase as a full stop does ("party 12th august 🎉"); the modal "may" with its verb stays no date
EMOJI_CASES = []
for ref in REFS:
    for k in (5, 30, 75, 160):
        d = ref + timedelta(days=k)
        if MONTHS[d.month - 1].lower() not in ("march", "may", "june", "august"):
            continue
        for day in (str(d.day), _ord(d.day)):
            for emoji in ("🎉", "😭", "🙌", "✅", "❤️"):
                x = f"{day} {MONTHS[d.month - 1].lower()}"
                EMOJI_CASES.append((f"party {x} {emoji}", ref, x, _day(d)))
                EMOJI_CASES.append((f"wedding confirmed for {x} {emoji} can't wait", ref, x, _day(d)))

# a shift written as two 24-hour clock numbers and a dash, one with its leading zero: two clock times of the day told
# ("im on 0730-2000 tmrw", "earlies 0645-1515 tomorrow"), never a year; two years ("the 1930-1945 period") stay years
SHIFTS = [("0730", "2000", 7, 30, 20, 0), ("0645", "1515", 6, 45, 15, 15), ("0800", "1630", 8, 0, 16, 30),
          ("0700", "1930", 7, 0, 19, 30), ("0900", "1700", 9, 0, 17, 0)]
SHIFT_FRAMES = ["im on {a}-{b} tmrw so cant", "Tomorrow: earlies {a}-{b} then home", "rota says {a}-{b} tomorrow, boo"]
SHIFT_CASES = []
for ref in REFS:
    tmrw = ref + timedelta(days=1)
    for a, b, h1, m1, h2, m2 in SHIFTS:
        for frame in SHIFT_FRAMES:
            text = frame.format(a=a, b=b)
            SHIFT_CASES.append((text, ref, a, ("TIME", f"{tmrw.isoformat()}T{h1:02d}:{m1:02d}")))
            SHIFT_CASES.append((text, ref, b, ("TIME", f"{tmrw.isoformat()}T{h2:02d}:{m2:02d}")))

# look-alikes: the day of the confirming itself, or a length, keeps its reading
LOOKALIKES = []
for ref in REFS:
    for wd, name in other_weekdays(ref):
        gone = last_weekday(ref, wd)
        LOOKALIKES += [
            (f"The council confirmed on {name} that the bridge will close for repairs.", ref, name, _day(gone)),
            (f"The company confirmed {name} that it will cut 200 jobs.", ref, name, _day(gone)),
            (f"she confirmed it to me on {name.lower()}, all sorted", ref, name.lower(), _day(gone)),
        ]
    LOOKALIKES += [
        ("the club confirmed for the first time last Friday that the manager is leaving", ref, "last Friday",
         _day(last_weekday(ref, 5))),
        ("the contracts are confirmed for 3 years", ref, "3 years", ("DURATION", "P3Y")),
    ]
    LOOKALIKES += [("17 may be too many 😂", ref, "17 may", None), ("ok we march 🎉", ref, "march", None)]
    LOOKALIKES += [("the 1930-1945 period was hard", ref, "1945", ("DATE", "1945")),
                   ("call us on 0800-123-4567", ref, "0800", None), ("ref no. 0730-2000-11", ref, "0730", None)]


def test_arranged_date_is_to_come():
    check(CASES)


def test_emoji_ends_a_lower_case_month():
    check(EMOJI_CASES)


def test_shift_of_24_hour_clock_numbers():
    check(SHIFT_CASES)


def test_lookalikes_keep_their_reading():
    check(LOOKALIKES)
