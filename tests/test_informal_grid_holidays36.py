"""Holidays and school breaks still missed or put in the wrong year (thirty-fifth session, holidays36;
docs/informal-time.md §138): Emancipation Day in the Caribbean nation named or in a Barbadian voice, Canada's February
holiday by its provincial names and a province's postal abbreviation ("Keswick, ON"), Ontario's March Break, New
Zealand's provincial anniversary days and their weekends, "the public holiday" of a holiday the text has just named, a
holiday booked for and told within a week after it; and what stays untagged ("a family day out", "the march will break
for lunch", "our anniversary", "emancipation" alone, "March Break" with no Ontario voice, "a March break").

The sentences are this session's own, in Barbadian, Jamaican, Bahamian, Canadian, New Zealand, Australian, Kenyan and
British voices; the days of writing are spread over 2024-2031. Every value is computed here from the calendar and the
statutes (``datetime``, ``dateutil.easter``): Emancipation Day 1 August in Barbados, Jamaica, Trinidad and Tobago,
Guyana and Saint Lucia, the first Monday of August in the Bahamas, the Thursday before it in Bermuda (Cup Match); the
third Monday of February for Ontario's, Alberta's and BC's Family Day, Manitoba's Louis Riel Day, PEI's Islander Day and
Nova Scotia's Heritage Day; Ontario's March Break the five days from the Monday after the second Friday of March
(Regulation 304 under the Education Act); New Zealand's anniversary days as the Department of Internal Affairs lists
them (the Monday nearest the date, or the weekday rule), never read from the lexicon."""
from __future__ import annotations

from datetime import date, timedelta

from dateutil.easter import easter
from gridcheck import check, check_untagged, fixed, from_easter, iso_week, nth, nth_weekday
from gridcheck import date_value as _d, last_of as _last, next_of as _next


def nearest_monday(m: int, d: int):
    """New Zealand's anniversary days: the Monday nearest the date (a Friday's the Monday after, a Tuesday's the one before)."""
    def day(y):
        x = date(y, m, d)
        back = x.weekday()   # days since Monday
        return x - timedelta(days=back) if back <= 3 else x + timedelta(days=7 - back)
    return day


def march_break(y: int) -> date:
    """Ontario's March Break: the Monday after the second Friday of March (its week is the break)."""
    return nth_weekday(y, 3, 5, 2) + timedelta(days=3)


def weekend_before(day):
    """(type, value) of the weekend before a Monday holiday, as TIMEX3 writes a weekend."""
    y, w, _ = (day - timedelta(days=1)).isocalendar()
    return "DATE", f"{y}-W{w:02d}-WE"


YEARS = range(2024, 2031)


# ---- Emancipation Day: by the nation named, and in a Barbadian voice ------------------------------------------------
EMANCIPATION = [("Barbados", fixed(8, 1)), ("Jamaica", fixed(8, 1)), ("Trinidad and Tobago", fixed(8, 1)),
                ("Guyana", fixed(8, 1)), ("Saint Lucia", fixed(8, 1)), ("the Bahamas", nth(8, 1, 1)),
                ("Bermuda", nth(8, 1, 1, -4))]
EM_PLAN = ["we'll be in {n} for Emancipation Day", "what's on for Emancipation Day in {n}?",
           "flying home to {n} for Emancipation Day, can't wait"]
EM_PAST = ["we were in {n} for Emancipation Day", "Emancipation Day in {n} was lovely", "spent Emancipation Day in {n} with family"]
EM_VOICE_PLAN = ["you coming for Emancipation Day then! perfect timing for Kadooment",
                 "Crop Over tickets sorted, see you all for Emancipation Day",
                 "back in Bim for Emancipation Day, who going?"]
EM_VOICE_PAST = ["Emancipation Day was sweet, Crop Over in Bim never disappoints", "we had a lime on Emancipation Day in Bridgetown"]


def test_emancipation_day_by_nation_and_voice():
    cases = []
    for y in YEARS:
        refs_before = [date(y, 6, 20), date(y, 7, 3), date(y, 7, 14), date(y, 7, 25)]
        refs_after = [date(y, 8, 12), date(y, 8, 20), date(y, 9, 2), date(y, 9, 15)]
        for nation, day in EMANCIPATION:
            for ref in refs_before:
                for frame in EM_PLAN:
                    cases.append((frame.format(n=nation), ref, "Emancipation Day", _d(_next(day, ref))))
            for ref in refs_after:
                for frame in EM_PAST:
                    cases.append((frame.format(n=nation), ref, "Emancipation Day", _d(_last(day, ref))))
        for ref in refs_before:
            for frame in EM_VOICE_PLAN:
                cases.append((frame, ref, "Emancipation Day", _d(date(y, 8, 1))))
        for ref in refs_after:
            for frame in EM_VOICE_PAST:
                cases.append((frame, ref, "Emancipation Day", _d(date(y, 8, 1))))
    check(cases)


# ---- Canada's February holiday: its provincial names, a province's abbreviation, Canadian words -----------------------
FEB_NAMES = [("Family Day", "Keswick, ON"), ("Family Day", "Barrie"), ("Family Day", "Red Deer, AB"),
             ("Family Day", "Kelowna"), ("Family Day", "the Timmies by the lake"), ("Louis Riel Day", "Winnipeg"),
             ("Islander Day", "Charlottetown")]
FEB_PLAN = ["what's open on {h} in {p}?", "we're heading out skating for {h}, {p} has the best rinks",
            "the shop in {p} is closed for {h}"]
FEB_PAST = ["Took the boys out for {h} in {p} and it was the best day of the winter", "{h} in {p} was freezing"]


def test_february_holiday_in_a_canadian_voice():
    cases = []
    third_monday = nth(2, 1, 3)
    for y in YEARS:
        refs_before = [date(y, 1, 5), date(y, 1, 20), date(y, 2, 2), date(y, 2, 10)]
        refs_after = [date(y, 2, 24), date(y, 3, 3), date(y, 3, 12)]
        for name, place in FEB_NAMES:
            for ref in refs_before:
                for frame in FEB_PLAN:
                    cases.append((frame.format(h=name, p=place), ref, name, _d(third_monday(y))))
            for ref in refs_after:
                for frame in FEB_PAST:
                    cases.append((frame.format(h=name, p=place), ref, name, _d(third_monday(y))))
    check(cases)


# ---- Ontario's March Break ----------------------------------------------------------------------------------------
MB_PLAN = ["The kids are off for March Break, we're driving down from Toronto", "Bait shop (Keswick, ON) closed Mondays except March Break",
           "any ideas for March Break in Ottawa that don't cost a fortune?", "Booking the cottage in Muskoka for March break"]
MB_PAST = ["Had a great March Break in Toronto, the kids are back at school now", "March Break in Ottawa was non stop rain"]


def test_march_break_in_an_ontario_voice():
    cases = []
    for y in YEARS:
        mon = march_break(y)
        for k in range(0, 60, 4):
            ref = mon - timedelta(days=3 + k)   # the Friday before its week and earlier
            for frame in MB_PLAN:
                cases.append((frame, ref, "March Break" if "March Break" in frame else "March break", ("DATE", iso_week(mon))))
        for k in range(0, 50, 4):
            ref = mon + timedelta(days=8 + k)   # the Tuesday after its week and later
            for frame in MB_PAST:
                cases.append((frame, ref, "March Break", ("DATE", iso_week(mon))))
        for k in range(7):   # the week itself
            cases.append(("March Break in Ottawa this week, the museums are packed", mon - timedelta(days=1) + timedelta(days=k),
                          "March Break", ("DATE", iso_week(mon))))
    check(cases)


# ---- New Zealand's anniversary days ---------------------------------------------------------------------------------
NZ_DAYS = [("Auckland Anniversary", nearest_monday(1, 29)), ("Auckland Anniversary Day", nearest_monday(1, 29)),
           ("Wellington Anniversary", nearest_monday(1, 22)), ("Nelson Anniversary", nearest_monday(2, 1)),
           ("Westland Anniversary Day", nearest_monday(12, 1)), ("Chatham Islands Anniversary", nearest_monday(11, 30)),
           ("Taranaki Anniversary Day", nth(3, 1, 2)), ("South Canterbury Anniversary Day", nth(9, 1, 4)),
           ("Hawke's Bay Anniversary Day", nth(10, 1, 4, -3)), ("Marlborough Anniversary Day", nth(10, 1, 4, 7)),
           ("Canterbury Anniversary Day", nth(11, 2, 1, 10)), ("Southland Anniversary Day", from_easter(2))]
NZ_PLAN = ["new van arrives late in the month, around {h}", "we'll be up the coast for {h}", "what are you lot doing for {h}?"]
NZ_PAST = ["{h} was a scorcher", "we spent {h} at the bach"]


def test_new_zealand_anniversary_days():
    cases = []
    for y in YEARS:
        for name, day in NZ_DAYS:
            d = day(y)
            for k in (4, 11, 25):
                for frame in NZ_PLAN:
                    cases.append((frame.format(h=name), d - timedelta(days=k), name, _d(d)))
                for frame in NZ_PAST:
                    cases.append((frame.format(h=name), d + timedelta(days=k), name, _d(d)))
        for name, day in NZ_DAYS[:3]:
            d = day(y)
            cases.append((f"{name} weekend plans?", d - timedelta(days=10), f"{name} weekend", weekend_before(d)))
            cases.append((f"Had a great {name} weekend up north", d + timedelta(days=5), f"{name} weekend", weekend_before(d)))
    check(cases)


# ---- "the public holiday" of a holiday the text names ------------------------------------------------------------
TOLD = [("Thinking a day trip Easter Monday with the kids. Is 9 hours too long? And is anything even open on the public holiday?",
         from_easter(1)),
        ("Heading to Muskoka for Family Day, Toronto traffic is mad. Will the LCBO be open on the public holiday?", nth(2, 1, 3)),
        ("We're off on Good Friday. Nairobi will be quiet over the public holiday, I think.", from_easter(-2))]


def test_the_public_holiday_the_text_names():
    cases = []
    for y in YEARS:
        for text, day in TOLD:
            d = day(y)
            for k in range(2, 24, 3):
                cases.append((text, d - timedelta(days=k), "the public holiday", _d(d)))
    check(cases)


# ---- "the long weekend" of a holiday the text names ------------------------------------------------------------------
NAMED_WEEKEND = [("Took the boys out for Family Day in Barrie and honestly best day of the winter. Owner: sorry about Saturday, "
                  "the long weekend had us running non stop.", nth(2, 1, 3)),
                 ("Rotto over Easter - worth it? Booking the ferry now. Forecast is 34 so pack water for the long weekend", from_easter(0)),
                 ("Kadooment Day is the big one. Who going up to the north for the long weekend?", nth(8, 1, 1))]


def long_weekend_of(day: date):
    """(type, value) of a holiday's long weekend: a Monday's the weekend before it, a Friday's the one after, a Sunday's its own."""
    sat = day - timedelta(days=2) if day.weekday() == 0 else day + timedelta(days=1) if day.weekday() == 4 else day - timedelta(days=1)
    y, w, _ = sat.isocalendar()
    return "DATE", f"{y}-W{w:02d}-WE"


def test_the_long_weekend_of_a_holiday_the_text_names():
    cases = []
    for y in YEARS:
        for text, day in NAMED_WEEKEND:
            d = day(y)
            held = [d - timedelta(days=k) for k in range(3)] if d.weekday() == 0 else [d - timedelta(days=1), d, d + timedelta(days=1)]
            for ref in held:   # the day of writing inside the weekend: that one, whatever the tense
                cases.append((text, ref, "the long weekend", long_weekend_of(d)))
            if "had us" not in text:
                for k in (4, 9, 20):   # a plan before it
                    cases.append((text, d - timedelta(days=k), "the long weekend", long_weekend_of(d)))
            else:
                for k in (3, 8, 20):   # a report after it
                    cases.append((text, d + timedelta(days=k), "the long weekend", long_weekend_of(d)))
    check(cases)


# ---- a greeting of a set's holiday, and a timetable's exception ---------------------------------------------------------
ENGLAND_BANK_HOLIDAYS = [from_easter(1), nth(5, 1, 1), nth(5, 1, -1), nth(8, 1, -1)]


def test_happy_bank_holiday_and_a_timetable_exception():
    cases = []
    for y in YEARS:
        for day in ENGLAND_BANK_HOLIDAYS:
            d = day(y)
            for k in range(4):   # on the day and up to three days after, in an e-mail of a Cambridge committee
                cases.append(("Happy bank holiday all (lol as if any of us are off). Quick one: can everyone send me their timings by "
                              "Thursday night? London marquee people need them.", d + timedelta(days=k), "bank holiday", _d(d)))
        fd, mb = nth(2, 1, 3)(y), march_break(y)
        for k in (5, 20, 40):
            ref = fd - timedelta(days=k)
            text = "Season update: huts out til ice-out, open 6am to 6pm daily. Bait shop (Keswick, ON) closed Mondays except Family Day and March Break."
            cases.append((text, ref, "Family Day", _d(fd)))
            cases.append((text, ref, "March Break", ("DATE", iso_week(mb))))
    check(cases)


# ---- a holiday booked for, told within a week after it ----------------------------------------------------------------
BOOKED = [("Valentine's", fixed(2, 14)), ("Valentine's Day", fixed(2, 14)), ("Christmas Eve", fixed(12, 24)),
          ("St Patrick's Day", fixed(3, 17)), ("Halloween", fixed(10, 31))]
BOOKED_FRAMES = ["Booked a 6 hour hut for {h} as a surprise for my husband. Staff were super nice.",
                 "We booked the back room for {h} and the food was great", "I'd reserved a table for {h}, lovely night"]


def test_booked_for_a_holiday_just_gone():
    cases = []
    for y in YEARS:
        for name, day in BOOKED:
            d = day(y)
            for k in range(1, 8):
                for frame in BOOKED_FRAMES:
                    cases.append((frame.format(h=name), d + timedelta(days=k), name, _d(d)))
            for k in (10, 30):   # before it: the one to come
                cases.append((BOOKED_FRAMES[0].format(h=name), d - timedelta(days=k), name, _d(d)))
    check(cases)


# ---- what stays untagged, and what today's rules keep -------------------------------------------------------------
NEGATIVES = [("We had a family day out at the zoo in Toronto", ["family day", "family day out"]),
             ("It was a family day for us, Ontario sun and all", ["family day"]),
             ("the march will break for lunch in Toronto", ["march", "march will break"]),
             ("They went on a march in Ottawa, then a break", ["a march", "march"]),
             ("It's our anniversary in Auckland, ten years!", ["anniversary", "our anniversary"]),
             ("The book is about emancipation in Barbados", ["emancipation"]),
             ("Off for March Break, Vancouver was lovely", ["March Break"]),
             ("We took a March break in Spain, lovely, Toronto is grim", ["March break"]),
             ("Off for March Break, can't wait", ["March Break"])]


def test_negatives():
    refs = [date(2025, 3, 3) + timedelta(days=k) for k in range(7)] + [date(2026, 1, 20), date(2027, 2, 12), date(2028, 8, 3)]
    check_untagged(NEGATIVES, refs)


def test_the_long_weekend_with_no_holiday_near_is_kept():
    cases = [("Any plans for the long weekend?", date(2025, 6, 10) + timedelta(days=k), "the long weekend", ("DATE", "XXXX-WXX-WE"))
             for k in range(14)]
    check(cases)


# ---- the section's own cases ----------------------------------------------------------------------------------------
def test_section_cases():
    check([
        ("Bait shop (Keswick, ON) closed Mondays except Family Day and March Break.", date(2026, 1, 16), "Family Day", _d(date(2026, 2, 16))),
        ("Bait shop (Keswick, ON) closed Mondays except Family Day and March Break.", date(2026, 1, 16), "March Break", ("DATE", "2026-W12")),
        ("new van arrives late Jan, around Auckland Anniversary", date(2025, 12, 27), "Auckland Anniversary", _d(date(2026, 1, 26))),
        ("you coming for Emancipation Day then! perfect timing for Kadooment", date(2025, 7, 25), "Emancipation Day", _d(date(2025, 8, 1))),
        ("Thinking a day trip Easter Monday with the kids. And is anything even open on the public holiday?", date(2024, 3, 24),
         "the public holiday", _d(date(2024, 4, 1))),
        ("Emancipation Day in the Bahamas was lovely", date(2026, 8, 20), "Emancipation Day", _d(date(2026, 8, 3))),
        ("Took the boys out for Family Day, Keswick, ON never disappoints", date(2026, 2, 18), "Family Day", _d(date(2026, 2, 16))),
        ("Took the boys out for Family Day in Keswick, ON. Reply from the owner: sorry about Saturday, the long weekend had us running", date(2026, 2, 15),
         "the long weekend", ("DATE", "2026-W07-WE")),
        ("Rotto over Easter - is it worth it? Thursday forecast is 34 btw so pack water for the long weekend", date(2024, 3, 26),
         "the long weekend", ("DATE", "2024-W13-WE")),
        ("Kerry-Ann: one week to go!!! y'all ready?\nNicole: you coming for Emancipation Day then! saving energy for Kadooment",
         date(2025, 7, 25), "Emancipation Day", _d(date(2025, 8, 1))),
        ("First time ice fishing!! Booked a 6 hour hut for Valentine's as a surprise", date(2026, 2, 15), "Valentine's", _d(date(2026, 2, 14))),
    ])
