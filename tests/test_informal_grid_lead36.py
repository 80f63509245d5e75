"""The lead's classes of the thirty-fifth session (docs/informal-time.md §141 and the small classes of informal29-blind
A): a weekday or a day from today then its clock, nothing but blanks between, is two expressions, the day a DATE and
the clock a TIME of that day ("changeover is Saturday 10am", "delivered sun 07:10"), where a stamp alone on its line
("Today 8:46 AM") stays one TIME; "next Fri 10am" keeps its relation (a Friday written on a Friday: the week after); an
author's line with an emoji or a name beginning with an accented letter gives its age ("Newquay Gig Club 🚣 @NewquayGigs
· 5h"); "half a day" P0.5D; "sell out weeks ahead" PXW; "all summer" the season.

The sentences are this session's own; the days of writing are every day of three weeks (a year's turn, a month's end,
a leap day's week); values from the calendar here."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import WEEKDAYS, check, last_weekday, next_weekday, other_weekdays

REFS = ([date(2025, 12, 28) + timedelta(days=k) for k in range(7)] + [date(2024, 2, 26) + timedelta(days=k) for k in range(7)]
        + [date(2023, 9, 24) + timedelta(days=k) for k in range(7)])
SHORT = ["Mon", "Tues", "Wed", "Thurs", "Fri", "Sat", "Sun"]
# (the clock as written, hour, minute)
CLOCKS = [("10am", 10, 0), ("2pm", 14, 0), ("7:30pm", 19, 30), ("06:40", 6, 40), ("4.30pm", 16, 30)]
# (the split is a chat's or a post's convention: every frame carries a mark of that register, an emoji, "??", a handle
# or a texting word, tagger._chat_register; the same words in edited prose stay one TIME, EDITED below)
AHEAD = ["changeover is {w} {c} so pack the night before 🙏", "juniors still on {w} {c}?? the Porth lot want to come",
         "@sam dentist {w} {c}, can you do the school run"]
# (with am/pm only: a 24-hour clock with no verb, "Kit collection from Sue Friday 06:40", reads the nearest Friday, a
# reading of its own)
NO_VERB = ["Kit collection from Sue {w} {c}, bring your £35 pls"]
GONE = ["the parcel was delivered {w} {c} and left outside in the rain 😡", "we got back {w} {c}, absolutely wrecked lol"]
EDITED = ["The council will vote {w} {c} on the new budget, the mayor said.", "Polls close {w} {c} in the western districts."]


def _pair(text, ref, day_expr, day, clock_expr, h, mi):
    return [(text, ref, day_expr, ("DATE", day.isoformat())),
            (text, ref, clock_expr, ("TIME", f"{day.isoformat()}T{h:02d}:{mi:02d}"))]


def split_cases():
    out = []
    for ref in REFS:
        for wd, name in other_weekdays(ref):
            for names in (name, SHORT[wd - 1].lower()):
                for c, h, mi in CLOCKS:
                    for frame in AHEAD + (NO_VERB if ":" not in c else []):
                        out += _pair(frame.format(w=names, c=c), ref, names, next_weekday(ref, wd), c, h, mi)
                    for frame in GONE:
                        out += _pair(frame.format(w=names, c=c), ref, names, last_weekday(ref, wd), c, h, mi)
        tomorrow = ref + timedelta(days=1)
        for c, h, mi in CLOCKS:
            for word in ("tomorrow", "tmrw"):
                out += _pair(f"REMINDER 📢 road march practice {word} {c} at the car park by Brandons", ref, word, tomorrow, c, h, mi)
    return out


def stamp_and_relation_cases():
    out = []
    for ref in REFS:
        out.append((f"Today 8:46 AM\nkeys are under the mat", ref, "Today 8:46 AM", ("TIME", f"{ref.isoformat()}T08:46")))
        wd = ref.isoweekday()
        week_on = ref + timedelta(days=7)
        for names in (WEEKDAYS[wd - 1], SHORT[wd - 1]):
            out += _pair(f"one week to go!!! leaving Gatwick next {names} 10am, landing your time", ref, f"next {names}",
                         week_on, "10am", 10, 0)
    return out


def edited_cases():
    out = []
    for ref in REFS:
        for wd, name in other_weekdays(ref):
            day = next_weekday(ref, wd)
            for c, h, mi in CLOCKS[:3]:
                for frame in EDITED:
                    out.append((frame.format(w=name, c=c), ref, f"{name} {c}", ("TIME", f"{day.isoformat()}T{h:02d}:{mi:02d}")))
    return out


def small_cases():
    out = []
    for ref in REFS:
        out.append(("Newquay Gig Club 🚣 @NewquayGigs · 5h\n@jentrev return sailing Monday", ref, "5h", ("DURATION", "PT5H")))
        out.append(("Morwenna 🌊 @morwennarows · 3h\nfirst Worlds for me!!!", ref, "3h", ("DURATION", "PT3H")))
        out.append(("Máire Ó Conghaile · 17h\n@Niamh that's what I'm afraid of lol", ref, "17h", ("DURATION", "PT17H")))
        out.append(("Honestly do half a day, pack sunscreen", ref, "half a day", ("DURATION", "P0.5D")))
        out.append(("book NOW, Easter weekend ferries sell out weeks ahead", ref, "weeks", ("DURATION", "PXW")))
        out.append(("the big hotels book up months in advance", ref, "months", ("DURATION", "PXM")))
    return out


def test_a_day_and_its_clock_are_two_expressions():
    check(split_cases())


def test_in_edited_prose_the_day_and_its_clock_stay_one_time():
    check(edited_cases())


def test_a_stamp_stays_one_and_a_relation_is_kept():
    check(stamp_and_relation_cases())


def test_the_small_classes():
    check(small_cases())


def test_a_count_before_a_unit_ahead_is_the_count_rules():
    check([("sell out a few weeks ahead", date(2024, 3, 26), "a few weeks", ("DURATION", "PXW")),
           ("book 3 weeks ahead", date(2024, 3, 26), "3 weeks", ("DURATION", "P3W")),
           ("plan the weeks ahead", date(2024, 3, 26), "the weeks ahead", ("DURATION", "PXW"))])
