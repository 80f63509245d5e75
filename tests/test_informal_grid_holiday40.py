"""holiday40's class (docs/informal-time.md §180): WHICH occurrence of a named holiday an informal text means, and
holiday names that were missed.

- A holiday that is itself what was booked ("Already booked Easter to come home again", "Valentine's dinner booked for
  8", "got Christmas booked off") is a plan: the next one (told within a week after it, the one just gone, §138); a day
  of the month told after it in its sentence, at most ten days from it ("..., March 28th to April 2nd"), is of that
  holiday's year.
- An event's name with its year earlier in the sentence ("Carnival 2026 is mid Feb I think, Easter's early") gives the
  holiday that year.
- Under a review's stamp ("★☆☆☆☆ 2 weeks ago"), a holiday at most 31 days before the review's day is the visit's, the
  one just gone, whatever the tense ("closed on Anzac Day?? went past at 9am"); not after a plan's word ("come back for
  Christmas!").
- Names of days as data: "Old Christmas Day" and "Old Christmas" (6 January), "Old New Year('s Day)" (14 January),
  Maltese "Sette Giugno" (7 June), "Santa Marija" (15 August), "San Ġużepp" (19 March); "Liberation Day" by its island
  (Guernsey and Jersey 9 May, Sark 10 May).
- Negatives: "old Christmas lights", "Old Christmas cards" (things); "Christmas Day" elsewhere unchanged; "Liberation
  Day" with no island or nation named (no day); "booked Christmas lunch here and it was fab" (a report).

The sentences are this session's own; the days of writing every third day of three years (leap year 2024 among them);
values from the calendar here (dateutil's Easter, fixed days), not from the engine."""
from __future__ import annotations

from datetime import date, timedelta

from dateutil.easter import easter

from gridcheck import check, check_untagged

REFS = [date(2023, 1, 2) + timedelta(days=3 * k) for k in range(365)]


def _next(day, ref: date) -> date:
    return next(day(y) for y in (ref.year, ref.year + 1) if day(y) > ref)


def _last(day, ref: date) -> date:
    return next(day(y) for y in (ref.year, ref.year - 1) if day(y) < ref)


def _nearest(day, ref: date) -> date:
    return min((day(y) for y in (ref.year - 1, ref.year, ref.year + 1)), key=lambda d: abs((d - ref).days))


def _present(day, ref: date) -> date:
    """A holiday told in the present: the nearest, unless that one is more than a fortnight gone (then the next, §109)."""
    near = _nearest(day, ref)
    return _next(day, ref) if (ref - near).days > 14 else near


def fixed(m, d):
    return lambda y: date(y, m, d)


BOOKED = ["Already booked {h} to come home again", "lol already booked {h} off work", "{h} meal booked for 8, couples only",
          "we've booked {h} at the cabin 🥳", "{h} table booked in for 6, flights sorted"]
HOLS = [("Easter", easter), ("Valentine's", fixed(2, 14)), ("Halloween", fixed(10, 31)), ("Christmas", fixed(12, 25))]


def booked_cases():
    out = []
    for k, ref in enumerate(REFS):
        h, day = HOLS[k % len(HOLS)]
        frame = BOOKED[k % len(BOOKED)]
        last = _last(day, ref)
        want = last if (ref - last).days <= 7 else _next(day, ref)
        if day(ref.year) == ref:
            continue   # (the day itself: not this class's question)
        out.append((frame.format(h=h), ref, h, ("DATE", want.isoformat())))
    return out


def test_a_holiday_itself_booked_is_the_next_one():
    check(booked_cases())


def stay_cases():
    """The days of the stay told after the booked holiday: of that holiday's year."""
    out = []
    for k, ref in enumerate(REFS):
        e = _next(easter, ref)
        if (e - ref).days < 20 or (ref - _last(easter, ref)).days <= 7:
            continue
        a, b = e - timedelta(days=3 + k % 3), e + timedelta(days=2 + k % 2)
        text = f"Already booked Easter to come home again, {a:%B} {a.day}th to {b:%B} {b.day}th"
        out.append((text, ref, f"{a:%B} {a.day}th", ("DATE", a.isoformat())))
        out.append((text, ref, f"{b:%B} {b.day}th", ("DATE", b.isoformat())))
    return out


def test_the_days_of_a_booked_holidays_stay_are_of_its_year():
    check(stay_cases())


def named_year_cases():
    out = []
    for k, ref in enumerate(REFS):
        y = ref.year + 1
        frames = [(f"Carnival {y} is mid Feb I think, Easter's early", "Easter", easter(y)),
                  (f"Pride {y} dates are out, Halloween falls on a {date(y, 10, 31):%A}", "Halloween", date(y, 10, 31)),
                  (f"Fleadh {y} is in Mullingar and Christmas is a Friday", "Christmas", date(y, 12, 25))]
        text, h, want = frames[k % 3]
        out.append((text, ref, h, ("DATE", want.isoformat())))
    return out


def test_a_year_named_before_in_the_sentence_gives_the_holiday_that_year():
    check(named_year_cases())


REVIEWS = [("Anzac Day", fixed(4, 25), "closed on Anzac Day?? went past at 9am and nothing. should put it on google"),
           ("Easter", easter, "Visiting from Singapore for 2 weeks over Easter. Came here every morning, lovely staff"),
           ("Christmas Eve", fixed(12, 24), "open on Christmas Eve which was a lifesaver, great coffee"),
           ("Boxing Day", fixed(12, 26), "parking on Boxing Day is madness, took 20 minutes to find a spot")]


def review_cases():
    out = []
    for k, ref in enumerate(REFS):
        h, day, words = REVIEWS[k % len(REVIEWS)]
        ago = 1 + k % 3
        stamp = ref - timedelta(weeks=ago)
        gone = _last(day, stamp + timedelta(days=1))
        if not 0 <= (stamp - gone).days <= 24:
            continue
        text = f"Dunluce Coffee\n\nSam R.\n★★★★☆ {ago} week{'s' if ago > 1 else ''} ago\n{words}\n"
        out.append((text, ref, h, ("DATE", gone.isoformat())))
        plan = f"Dunluce Coffee\n\nSam R.\n★★★★★ {ago} week{'s' if ago > 1 else ''} ago\nLovely, will come back for {h}!\n"
        if gone != stamp:
            out.append((plan, ref, h, ("DATE", _next(day, stamp).isoformat())))
    return out


def test_a_holiday_under_a_reviews_stamp_is_the_visits_one_just_gone():
    check(review_cases())


NAMES = [("Old Christmas Day", fixed(1, 6)), ("Old Christmas", fixed(1, 6)), ("Old New Year's Day", fixed(1, 14)),
         ("Old New Year", fixed(1, 14)), ("Sette Giugno", fixed(6, 7)), ("Santa Marija", fixed(8, 15)),
         ("San Ġużepp", fixed(3, 19)), ("Little Christmas", fixed(1, 6))]
NAME_FRAMES = ["so I'm missing {h}", "we're shut for {h} as usual", "anything on for {h}?"]


def name_cases():
    out = []
    for k, ref in enumerate(REFS):
        h, day = NAMES[(k // 3) % len(NAMES)]
        want = _next(day, ref)
        if (want - ref).days > 60:
            continue   # (a plan's holiday within two months ahead: the next one, whatever the convention far from it)
        out.append((NAME_FRAMES[k % 3].format(h=h), ref, h, ("DATE", want.isoformat())))
    return out


def test_names_of_days_the_lexicon_lacked():
    check(name_cases())


ISLANDS = [("Sark", fixed(5, 10)), ("Guernsey", fixed(5, 9)), ("Jersey", fixed(5, 9))]


def island_cases():
    out = []
    for k, ref in enumerate(REFS):
        p, day = ISLANDS[k % 3]
        if day(ref.year) == ref:
            continue
        text = [f"Over in {p} their Liberation Day is a holiday too", f"anything open in {p} on Liberation Day?"][k % 2]
        want = _present(day, ref) if k % 2 == 0 else _next(day, ref)
        out.append((text, ref, "Liberation Day", ("DATE", want.isoformat())))
    return out


def test_liberation_day_by_its_island():
    check(island_cases())


def test_negatives():
    check_untagged([("still have the old Christmas lights up lol", ["old Christmas", "Christmas"]),
                    ("Old Christmas cards in the drawer, bin them?", ["Old Christmas"]),
                    ("Liberation Day was great craic", ["Liberation Day"])], REFS[::10])
    cases = []
    for ref in REFS[::5]:
        cases.append(("Christmas Day at my mum's", ref, "Christmas Day", ("DATE", _nearest(fixed(12, 25), ref).isoformat())))
        if (_next(fixed(12, 25), ref) - ref).days > 14:
            # a report of the booking and the meal: the last one, as before (no plan)
            cases.append(("We booked Christmas Day lunch here and it was fab", ref, "Christmas Day",
                          ("DATE", _last(fixed(12, 25), ref).isoformat())))
    check(cases)


def test_last_and_next_said_on_the_day_itself():
    """ "Was there a session last Halloween too?" written on Halloween: the one a year before; "next" the one a year on."""
    cases = []
    for y in (2023, 2024, 2025, 2026):
        for h, day in (("Halloween", fixed(10, 31)), ("Christmas", fixed(12, 25)), ("Easter", easter), ("Valentine's", fixed(2, 14))):
            ref = day(y)
            cases.append((f"Was there a session last {h} too? Swear I seen photos", ref, f"last {h}", ("DATE", day(y - 1).isoformat())))
            cases.append((f"next {h} we're doing it at ours", ref, f"next {h}", ("DATE", day(y + 1).isoformat())))
    check(cases)


def test_a_weekday_told_to_be_the_bank_holiday():
    """ "Monday 14th is the bank holiday and we close at 6": the day the text tells (the Twelfth on a Saturday kept on
    the Monday; Christmas on a Sunday kept on the Tuesday), written up to three weeks before it."""
    from gridcheck import WEEKDAYS
    cases = []
    for y in range(2022, 2031):
        for day in (date(y, 7, 12), date(y, 12, 25), date(y, 12, 26), date(y, 1, 1)):
            if day.weekday() < 5:
                continue
            sub = day + timedelta(days=(7 - day.weekday()) % 7 or 7)   # the Monday after
            if day.month == 12 and day.day == 25 and day.weekday() == 6:
                sub = day + timedelta(days=2)   # Christmas on a Sunday: Boxing Day the Monday, Christmas the Tuesday
            ordn = f"{sub.day}{'th' if 10 <= sub.day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(sub.day % 10, 'th')}"
            for back in (2, 9, 20):
                ref = sub - timedelta(days=back)
                text = f"open as normal Saturday, but {WEEKDAYS[sub.weekday()]} {ordn} is the bank holiday and we close at 6"
                cases.append((text, ref, "bank holiday", ("DATE", sub.isoformat())))
    check(cases)
