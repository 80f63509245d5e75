"""hours41 (docs/informal-time.md §191): the bare hours of a place's opening hours, said after a verb of opening with the
words of a standing arrangement after them ("Choppies is open 8 to 6 normally", "Museum's open 10-6 all long weekend",
"Border is only open 9 to 9 Yukon time") and a second range of the same list after a comma for other days ("..., 9 to 1
on holidays"): each hour a TIME of no day (XXXX-XX-XXTHH:MM), the two ends read as office hours (a start 7-12 the
morning's, 1-6 the afternoon's; the end after the start: "8 to 6" 08:00-18:00, "9 to 1" 09:00-13:00, "9 to 9"
09:00-21:00). Look-alikes (counts, prices, ages, sizes, scores, a bare "7-11" with no cue of its half) stay untagged.

The sentences are this session's own, written from the grammar (UK, Irish, US, Canadian, Australian, NZ, Caribbean,
African, South Asian voices); the days of writing every weekday of a February 2026 week, month and year ends, leap days."""
from __future__ import annotations

import re
from datetime import date, timedelta

from gridcheck import check, check_hours, check_untagged, habit_time, time_on

REFS = ([date(2026, 2, 9) + timedelta(days=k) for k in range(7)]
        + [date(2025, 10, 31), date(2025, 12, 31), date(2026, 1, 1), date(2026, 2, 28), date(2028, 2, 29),
           date(2024, 12, 31), date(2027, 6, 30)])

# (start written, end written, start hour, end hour): a range of bare hours as an opening reads it
PAIRS = [("8", "6", 8, 18), ("9", "1", 9, 13), ("10", "6", 10, 18), ("9", "9", 9, 21), ("9", "5", 9, 17),
         ("10", "4", 10, 16), ("11", "3", 11, 15), ("7", "3", 7, 15), ("12", "6", 12, 18), ("8", "8", 8, 20),
         ("10", "10", 10, 22), ("8", "4", 8, 16)]
JOIN = [" to ", "-", " till ", " til ", " until ", " - "]

# a verb of opening, a range, then a word of the standing arrangement (the hours of no one day)
STANDING = ["Choppies is open {a}{j}{b} normally", "Museum's open {a}{j}{b} all long weekend",
            "Border at Poker Creek is only open {a}{j}{b} Yukon time", "the tuck shop opens {a}{j}{b} usually",
            "Spar is open {a}{j}{b} all week, fyi", "the library's open {a}{j}{b} as a rule",
            "Wet market open {a}{j}{b} all year round lah", "the clinic opens {a}{j}{b} all summer",
            "Corner shop open {a}{j}{b} local time", "Dukas open {a}{j}{b} most days na"]
# the list's second range, after a comma or a semicolon, of other days
SECOND = [("Choppies is open 8 to 6 normally, {a}{j}{b} on holidays", 8, 18),
          ("We're open 10-4 usually; {a}{j}{b} at weekends", 10, 16),
          ("The bakery opens 7 till 3 normally, {a}{j}{b} Sundays", 7, 15),
          ("Shop open 9 to 5 weekdays, {a}{j}{b} Saturdays", 9, 17),
          ("the pool is open 10 to 6 normally and {a}{j}{b} on public holidays", 10, 18),
          ("Tuck shop's open 8-4 in term, {a}{j}{b} over the school holidays", 8, 16)]


def cases():
    """(text, day of writing, [(hour as written, (type, value))] of every bare hour in the text, in its order)."""
    out = []
    for k, ref in enumerate(REFS):
        for i, (a, b, h1, h2) in enumerate(PAIRS):
            j = JOIN[(i + k) % len(JOIN)]
            frame = STANDING[(i + k) % len(STANDING)]
            out.append((frame.format(a=a, b=b, j=j), ref, [(a, habit_time(h1, 0)), (b, habit_time(h2, 0))]))
            frame, f1, f2 = SECOND[(i + 2 * k) % len(SECOND)]
            first = re.findall(r"\d+", frame)
            out.append((frame.format(a=a, b=b, j=j), ref, [(first[0], habit_time(f1, 0)), (first[1], habit_time(f2, 0)),
                                                          (a, habit_time(h1, 0)), (b, habit_time(h2, 0))]))
    return out


# (§191) a clock in a clause of a habit said with "used to", "these days", "nowadays" (lexicon habit_phrases): of no day;
# a day named in its own clause keeps its day (the control: "tomorrow" after "but")
HABIT = ["Parade used to start at {t} when I was a kid", "it's 4 degrees at {t} in the delta these days",
         "nowadays the last bus is at {t}", "these days I'm up at {t} with the baby", "I used to get up at {t} for the milking",
         "we used to close at {t} but nowadays it's later", "Mam used to have the dinner on the table at {t} sharp like"]
CLOCKS = [("5am", 5, 0), ("11am", 11, 0), ("6pm", 18, 0), ("10.40pm", 22, 40), ("7:30am", 7, 30), ("9 pm", 21, 0)]


def habit_cases():
    out = []
    for k, ref in enumerate(REFS):
        for i, (t, h, mi) in enumerate(CLOCKS):
            out.append((HABIT[(i + k) % len(HABIT)].format(t=t), ref, t, habit_time(h, mi)))
            day = ref + timedelta(days=1)
            out.append((f"we used to meet at 8pm but tomorrow we meet at {t}", ref, t, time_on(day, h, mi)))
    return out


LOOK_ALIKES = [("open 8 to 6 stalls", ["8", "6"]), ("£5 to £10 normally", ["5", "10", "£5", "£10"]),
               ("ages 9 to 13 normally", ["9", "13"]), ("sizes 8-12 usually", ["8", "12"]),
               ("it finished 2-1 all week", ["2", "1"]), ("read pages 10-20 normally", ["10", "20"]),
               ("open to groups from 5 to 10 people", ["5", "10"]), ("years 7 to 11 all week", ["7", "11"]),
               ("Form 2 normally", ["2"]), ("bus 12 usually", ["12"]), ("the pub opens 7 till 11 usually", ["7", "11"]), ("open 2-3 days a week normally", ["2", "3"]),
               ("open 8 to 6 stalls normally, 9 to 1 on holidays", ["8", "6"]),
               ("Scores were 3-1 normally, 2-0 on holidays", ["3", "1", "2", "0"]),
               ("Choppies is open 8 to 6 normally, 5 to 10 people on holidays", ["5", "10"])]


def test_opening_hours_with_a_standing_word_are_of_no_day():
    check_hours(cases())


def test_a_clock_of_used_to_or_these_days_is_of_no_day():
    check(habit_cases())


def test_look_alikes_stay_untagged():
    check_untagged(LOOK_ALIKES, REFS[:7])


def test_the_grid_is_not_empty():
    assert len(cases()) > 300
