"""The half of the day of a bare hour (no am/pm) carried over from the clock time placed before it (thirty-seventh
session, ampm38; docs/informal-time.md §150): a bare hour told just after a range of clock times that one of its
readings puts inside the range takes that reading ("They were open 8 till 2 and the braai was already going at half
nine", "Shop hours today 7am-2pm. Black bun ONLY after 11"); an hour of 7-11 whose evening reading is more than four
hours after a clock of an EARLIER sentence is the morning's ("The keys aren't ready till noon today. We can start
loading at 8"). What the chain of clock times was made for stays: a story told in order in one sentence ("got home at
3 today and went out again at 9"), the end of a range ("my shift today is 2 til 10"), an evening's clock just before
("finish at half 6 today. The pitch is booked till 8"), the small hours after an early flight.

Sentences written for this file from the grammar of §150 in a local's, a shop's, a club's and a mover's voices; the
days of writing every day of a February 2026 week, month ends, the year's turn and a leap day; every value computed
here from the calendar and the clock, never read from the tagger.
"""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, time_on

REFS = [date(2026, 2, 2) + timedelta(days=i) for i in range(7)] + [
    date(2025, 10, 31), date(2025, 12, 31), date(2026, 1, 1), date(2026, 2, 28), date(2028, 2, 29)]

WORDS = {7: "seven", 8: "eight", 9: "nine", 10: "ten", 11: "eleven"}


# --- 1. a bare hour inside a range of clock times just told ---------------------------------------------------------------
# (start, end as said, end's 24-hour hour, bare hour said after it, its hour and minute inside the range)
SPANS = [("8", "2", 14, "half nine", 9, 30), ("8", "2", 14, "11", 11, 0), ("7am", "2pm", 14, "11", 11, 0),
         ("9", "5", 17, "10.30", 10, 30), ("9", "5", 17, "4", 16, 0), ("10", "4", 16, "11", 11, 0),
         ("7", "3", 15, "9", 9, 0), ("8.30", "1", 13, "quarter to 10", 9, 45)]
SPAN_FRAMES = ["They were open today {s} till {e} and the braai was already going at {x}.",
               "Shop hours today {s}-{e}. Black bun only after {x}.",
               "The market's on today, {s} to {e}. The fish van comes at {x}."]


def test_a_bare_hour_inside_a_range_just_told():
    cases = []
    for ref in REFS:
        for s, e, _eh, x, h, mi in SPANS:
            for frame in SPAN_FRAMES:
                cases.append((frame.format(s=s, e=e, x=x), ref, x, time_on(ref, h, mi)))
    check(cases)


# --- 2. an hour of 7-11 far ahead of a clock of an earlier sentence: the morning's ----------------------------------------
# (clock said first, its hour)
FIRST = [("noon", 12), ("1pm", 13), ("2pm", 14), ("3pm", 15), ("half 2", 14)]
FAR_FRAMES = ["The keys aren't ready till {c} today. We can start loading at {x} and sit in the truck.",
              "Great day today, 62 runs up the hill by {c}. Huge thanks to Hemi, the first van went up at {x}.",
              "Caught two perch by {c} today. Only knock is they ran out of coffee by {x} lol."]


def test_a_morning_hour_far_ahead_of_an_earlier_sentence():
    cases = []
    for ref in REFS:
        for c, ch in FIRST:
            for x in (7, 8, 9, 10, 11):
                if x + 12 - ch <= 4:
                    continue   # near enough to follow it: section 3
                for frame in FAR_FRAMES:
                    if c == "noon" and "by {c}" in frame:
                        continue   # "by noon" is read by its own rule
                    cases.append((frame.format(c=c, x=x), ref, str(x), time_on(ref, x, 0)))
    check(cases)


# --- 3. what the chain keeps: the evening ------------------------------------------------------------------------------------
def test_the_chain_keeps_the_evening():
    cases = []
    for ref in REFS:
        for x in (7, 8, 9, 10, 11):
            # one sentence told in order
            cases.append((f"Got home at 3 today and went out again at {x}.", ref, str(x), time_on(ref, x + 12, 0)))
            # the end of a range
            cases.append((f"My shift today is 2 til {x}.", ref, str(x), time_on(ref, x + 12, 0)))
            # an evening's clock just before, within four hours
            if x + 12 - 18 <= 4:
                cases.append((f"I finish at 6pm today. The pitch is booked till {x} so no rush.", ref, str(x),
                              time_on(ref, x + 12, 0)))
            if x + 12 - 17 <= 4:
                cases.append((f"Practice is at 5pm today. Be home by {x}, school night.", ref, str(x),
                              time_on(ref, x + 12, 0)))
        # the small hours after an early flight, and a story going back a little
        cases.append(("Flight was meant to leave at 6.05am today. Alarm went off at 3.30, Uber at 4.15.", ref, "3.30",
                      time_on(ref, 3, 30)))
        cases.append(("Flight was meant to leave at 6.05am today. Alarm went off at 3.30, Uber at 4.15.", ref, "4.15",
                      time_on(ref, 4, 15)))
    check(cases)
