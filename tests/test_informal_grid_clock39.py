"""Clock times written with their minutes and no am/pm, h:mm and h.mm, in running informal text (thirty-eighth session,
clock39; docs/informal-time.md §159): a dotted h.mm after a preposition of a clock outside a story ("thrown up at 10.30 at
the Cross", "get here by 7.30 as it gets busy", "won by the Uppies at 5.52"), an article before a clock with no noun after
it, a departure or a fixture named by its clock ("the queue for the 7:30 was massive", "got back on the 4.40 before the
rain", "bread on the 11.30?"), a clock opening a message before "now" ("12:30 now, church running long"). What must stay
untagged: race and lap times, records, scores, ratios, verses, prices, versions, measures and positions ("did 9:48 for the
2 km", "at the 2:30 mark", "sold at 2.50 a pint", "down by 2.45", "at 2.46 billion").

Sentences written for this file from the grammar of §159 in a commuter's, a parent's, a club's, a tourist's and a local's
voices (UK, Irish, Scottish, Australian, Caribbean, South Asian English); the days of writing every day of a May 2026
week, month ends, the year's turn and a leap day; every value computed here from the calendar and the clock (1-6 the
afternoon's, 12 noon, 7-11 the morning's unless an evening's word is in the clause), never read from the tagger.
"""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, check_untagged, time_on

REFS = [date(2026, 5, 4) + timedelta(days=i) for i in range(7)] + [
    date(2025, 10, 31), date(2025, 12, 31), date(2026, 1, 1), date(2026, 2, 28), date(2028, 2, 29)]

# (as written, 24-hour hour of the plain reading, minute): 1-6 the afternoon's, 12 noon, 7-11 the morning's
CLOCKS = [("1.30", 13, 30), ("2.15", 14, 15), ("3.45", 15, 45), ("4.40", 16, 40), ("5.52", 17, 52), ("6.05", 18, 5),
          ("12.30", 12, 30), ("12.15", 12, 15), ("7.30", 7, 30), ("8.45", 8, 45), ("9.15", 9, 15), ("10.30", 10, 30),
          ("11.50", 11, 50)]


def _colon(c: str) -> str:
    return c.replace(".", ":")


# --- 1. a dotted h.mm after a preposition of a clock, no day word beside it: on the day of writing ------------------------
PREP_FRAMES = ["Ba' thrown up at {c} at the Cross, get down early.",
               "Just turn up Mel but get here by {c} as it gets busy.",
               "Water back on at {c} ✅ thanks for your patience everyone",
               "Won by the Uppies at {c} after a long day in the lanes.",
               "We need 90 mins to set up so access from {c} ideally.",
               "Landlord is in the flat until {c} so we can't view before.",
               "meet at {c} outside the chemist x"]


def test_a_dotted_clock_after_a_preposition():
    cases = []
    for ref in REFS:
        for c, h, mi in CLOCKS:
            for frame in PREP_FRAMES:
                cases.append((frame.format(c=c), ref, c, time_on(ref, h, mi)))
    check(cases)


# --- 2. an article before a clock with no noun after it: a departure or a fixture named by its clock ------------------------
THE_FRAMES = ["the queue for the {c} was massive, we gave up",
              "made it back on the {c} just before the storm hit",
              "bread on the {c}? 🙏",
              "our crab came over on the {c} instead",
              "they'll hold the {c} for you if you ring ahead",
              "Jo's getting the {c}, I'll get the next one"]


def test_the_clock_of_a_departure():
    cases = []
    for ref in REFS:
        for c, h, mi in CLOCKS:
            for frame in THE_FRAMES:
                for written in (c, _colon(c)):
                    cases.append((frame.format(c=written), ref, written, time_on(ref, h, mi)))
    check(cases)


# --- 3. the evening's word in the clause keeps an hour of 7-11 the evening's --------------------------------------------------
EVENING_FRAMES = ["Granny's in bed by {c} so don't be late",
                  "dinner seating from {c}, don't be late"]


def test_an_evening_word_keeps_the_evening():
    cases = []
    for ref in REFS:
        for c, h, mi in CLOCKS:
            if not 7 <= h <= 10:
                continue
            for frame in EVENING_FRAMES:
                cases.append((frame.format(c=c), ref, c, time_on(ref, h + 12, mi)))
    check(cases)


# --- 4. a clock opening a message before "now" -------------------------------------------------------------------------------
def test_a_clock_before_now():
    cases = []
    for ref in REFS:
        for c, h, mi in CLOCKS:
            for frame in ("Auntie M: {c} now, church running long", "{c} now, traffic's awful on the bridge"):
                text = frame.format(c=_colon(c))
                cases.append((text, ref, _colon(c), time_on(ref, h, mi)))
    check(cases)


# --- 5. what is no clock: lengths, records, scores, verses, ratios, prices, measures, versions, positions --------------------
NEGATIVES = [("did 9:48 for the 2 km, legs gone", ["9:48"]),
             ("the record's 8:51 and nobody's close", ["8:51"]),
             ("ran the 1:45 in the heat, gutted", ["1:45"]),
             ("won 2:1 in the end", ["2:1"]),
             ("solid 3.5 stars from me", ["3.5"]),
             ("the 2.45 km loop round the lake", ["2.45"]),
             ("it was £10.50 for two pints", ["10.50"]),
             ("update to v1.30 fixed it", ["1.30"]),
             ("John 3:16 on the banner again", ["3:16"]),
             ("mix it ratio 1:4 with water", ["1:4"]),
             ("a 4.30 kg bag of spuds", ["4.30"]),
             ("at the 2:30 mark he scores", ["2:30"]),
             ("sold at 2.50 a pint all night", ["2.50"]),
             ("the pound was down by 2.45 on the day", ["2.45"]),
             ("the raffle at 2.50 a strip", ["2.50"]),
             ("sales little changed at 2.46 billion guilders", ["2.46"]),
             ("shares closed at 4.15 on the news", ["4.15"]),
             ("the 1.30 odds were never value", ["1.30"]),
             ("paid £3 for the 2.50 one", ["2.50"]),
             ("the 3.16 release fixed the crash", ["3.16"]),
             ("she did 10.45 for the 100m at school", ["10.45"])]


def test_lengths_scores_and_prices_stay_untagged():
    check_untagged(NEGATIVES, REFS)
