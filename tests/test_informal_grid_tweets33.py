"""Tweets and public posts, thirty-second session (tweets33; docs/informal-time.md §120): the classes the session's own
posts (tests/data/informal_sentences_tweets33.txt) found the tagger misreading, each written here as a class of the
language: a caption's month and the word that sums it up ("May recap", "February dump", "my October favourites": the
month up to now); a measure that starts on a weekday ("Hosepipe ban from Friday": to come); a present copula's "back"
before a weekday ("Footy's back Thursday!": to come); a place named by a title and its owner ("at St Aidan's on
Friday": no "is"); a fronted "In February I took over ...": a person's own past; a part of the day joined to one said
from today ("this afternoon and evening"); a parting's weekday said on that weekday ("see ya Tuesday": a week on); a
weekday in apposition only where the calendar agrees ("Saturday 27, Friday 26 moves to ..."); a weekday and its bare day
before another pair ("Saturday 13 and Sunday 14 September"); a possessive determiner before a month ("our May sale");
a verbless notice's weekday with a range of hours later in its clause ("Constituency clinic Saturday at the Civic
Centre, 10am to 12pm": to come).

The sentences are this session's own, written from the grammar of §120; the days of writing are every day of a March
2025 week, a year's turn (2026/27), month ends and a leap day; values from the calendar here."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import WEEKDAYS, check, last_weekday, next_weekday, other_weekdays

REFS = [date(2025, 3, d) for d in range(10, 17)] + [date(2026, 12, 28) + timedelta(days=k) for k in range(7)] \
    + [date(2026, 2, 28), date(2026, 4, 30), date(2025, 8, 31), date(2028, 2, 29), date(2026, 6, 1)]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def _d(day: date) -> tuple[str, str]:
    return "DATE", day.isoformat()


def _month_up_to(ref: date, m: int) -> tuple[str, str]:
    """The month m at or before the day of writing's month."""
    return "DATE", f"{ref.year if m <= ref.month else ref.year - 1}-{m:02d}"


# A: a caption's month and a word that sums it up: the month up to now (the month of writing itself included)
RECAP_FRAMES = ["{m} recap 🌸 new flat, new job, same chaotic girl", "{m} dump 📷 the best month so far",
                "my {m} favourites ✨ sunscreen, books and sleep", "{m} wrap-up: six books, two DNFs",
                "{m} in review.", "Our {m} roundup is live, link in bio"]


def test_a_caption_s_month():
    cases = []
    for ref in REFS:
        for k, m in enumerate(MONTHS, 1):
            cases += [(f.format(m=m), ref, m, _month_up_to(ref, k)) for f in RECAP_FRAMES]
    check(cases)


# the look-alikes: a modal "may" and a verb after it, "recap" a verb, a month to come with its own future
def test_a_caption_s_look_alikes():
    cases = []
    for ref in REFS:
        cases += [("We may recap the minutes at the next meeting.", ref, "may", None),
                  ("Sam and May recap the match every Monday on the pod.", ref, "May", None)]
    check(cases)


# B: a measure that starts on a weekday: the one to come (a verb of the past keeps its say; a record "from" a day is gone)
MEASURE_FRAMES = ["Hosepipe ban from {w}. Please save water.", "New parking charges from {w}",
                  "Bus diversion from {w}, see the website for details", "Delays on the A9 from {w}, allow extra time.",
                  "Motorists face two weeks of delays on the A9 from {w}.", "Temporary traffic lights on Mill Lane from {w}"]
MEASURE_PAST = ["The hosepipe ban from {w} was lifted this morning.", "Photos from {w} are up on the page!"]


def test_a_measure_s_start():
    cases = []
    for ref in REFS:
        for n, w in other_weekdays(ref):
            cases += [(f.format(w=w), ref, w, _d(next_weekday(ref, n))) for f in MEASURE_FRAMES]
            cases += [(f.format(w=w), ref, w, _d(last_weekday(ref, n))) for f in MEASURE_PAST]
    check(cases)


# C: a present copula's "back" before a weekday: a return to come; "was back" a day gone
BACK_FRAMES = ["Footy's back {w}! Tigers v Blues, who's keen?", "The farmers' market is back {w}",
               "We're back on {w} with a new menu", "I'm back {w}, text me then"]
BACK_PAST = ["He was back {w} and seemed fine."]


def test_back_on_a_weekday():
    cases = []
    for ref in REFS:
        for n, w in other_weekdays(ref):
            cases += [(f.format(w=w), ref, w, _d(next_weekday(ref, n))) for f in BACK_FRAMES]
            cases += [(f.format(w=w), ref, w, _d(last_weekday(ref, n))) for f in BACK_PAST]
    check(cases)


# D: a place named by a title and its owner after "at": no "is" (a diary's past verb decides)
PLACE_FRAMES = ["Met with parents at St Aidan's on {w} about the school's future.",
                "Visited staff at St James's on {w} to hear about waiting lists."]


def test_a_place_named_by_its_owner():
    cases = []
    for ref in REFS:
        for n, w in other_weekdays(ref):
            cases += [(f.format(w=w), ref, w, _d(last_weekday(ref, n))) for f in PLACE_FRAMES]
    check(cases)


# E: a fronted "In MONTH" before a subject pronoun and a simple past: the month gone, however near ahead it is
FRONTED_PAST = ["In {m} I took over maintaining a library nobody wanted.", "In {m} we moved house, and it rained all week."]
FRONTED_FUTURE = ["In {m} I will take over the shop."]


def test_a_fronted_month_in_the_past():
    cases = []
    for ref in REFS:
        for k, m in enumerate(MONTHS, 1):
            if k == ref.month:
                continue
            cases += [(f.format(m=m), ref, m, _month_up_to(ref, k)) for f in FRONTED_PAST]
            cases += [(f.format(m=m), ref, m, ("DATE", f"{ref.year if k > ref.month else ref.year + 1}-{k:02d}"))
                      for f in FRONTED_FUTURE]
    check(cases)


# F: a part of the day joined to one said from today: the same day's; not a meal's "afternoon tea"
def test_a_joined_part_of_the_day():
    cases = []
    for ref in REFS:
        for first, off in (("this", 0), ("tomorrow", 1), ("yesterday", -1)):
            day = (ref + timedelta(days=off)).isoformat()
            for p1, p2, code in (("morning", "afternoon", "AF"), ("afternoon", "evening", "EV"), ("evening", "night", "NI")):
                for join in ("and", "or", "&"):
                    cases.append((f"Thunderstorm warning for the coast {first} {p1} {join} {p2}.", ref, p2, ("TIME", f"{day}T{code}")))
        cases.append(("We serve this morning and afternoon tea in the garden room.", ref, "afternoon", None))
    check(cases)


# G: a parting's weekday said on that weekday: a week on (of today one says "later", "tonight"); any other: the next
PARTING_FRAMES = ["see ya {w}", "See yous {w} x", "Off to Byron for the long weekend, see ya {w}"]


def test_a_parting_s_weekday():
    cases = []
    for ref in REFS:
        for n, w in enumerate(WEEKDAYS, 1):
            want = ref + timedelta(days=7) if n == ref.isoweekday() else next_weekday(ref, n)
            cases += [(f.format(w=w), ref, w, _d(want)) for f in PARTING_FRAMES]
    check(cases)


# H: pairs of a weekday and its day (a bin notice's moves, a closure's days): each the calendar's
def _pair(day: date, month: bool = False) -> str:
    return f"{WEEKDAYS[day.isoweekday() - 1]} {day.day}" + (f" {MONTHS[day.month - 1]}" if month else "")


def test_pairs_of_weekday_and_day():
    cases = []
    for ref in REFS:
        a = ref + timedelta(days=2)
        b, c, e = a + timedelta(days=2), a + timedelta(days=1), a + timedelta(days=4)
        text = f"Bin collections: {_pair(a)} moves to {_pair(b)}, {_pair(c)} moves to {_pair(e, True)}."
        cases.append((text, ref, WEEKDAYS[c.isoweekday() - 1], _d(c)))
        f, g = ref + timedelta(days=3), ref + timedelta(days=4)
        text = f"Weekend closure: no service on {_pair(f)} and {_pair(g, True)}."
        cases.append((text, ref, _pair(f), _d(f)))
    check(cases)


# I: a possessive determiner before a capital month and a noun: the month ("our May sale"), no modal
def test_a_determiner_s_month():
    cases = []
    for ref in REFS:
        for k, m in enumerate(MONTHS, 1):
            if k != ref.month:
                continue
            for det in ("our", "my", "their"):
                cases.append((f"Last day of {det} {m} sale! Ends midnight.", ref, m, ("DATE", f"{ref.year}-{k:02d}")))
    check(cases)


# J: a verbless notice's weekday with a range of hours later in its clause: to come (a verb keeps its say)
NOTICE_RANGE_FRAMES = ["Constituency clinic {w} at the Civic Centre, 10am to 12pm. No appointment needed.",
                       "Drop-in {w} in the library, 2-4pm", "Vaccination clinic {w} at the church hall, 9.30am-1pm"]
NOTICE_RANGE_PAST = ["We met {w} at the Civic Centre, 10am to 12pm."]


def test_a_notice_s_day_and_its_hours():
    cases = []
    for ref in REFS:
        for n, w in other_weekdays(ref):
            cases += [(f.format(w=w), ref, w, _d(next_weekday(ref, n))) for f in NOTICE_RANGE_FRAMES]
            cases += [(f.format(w=w), ref, w, _d(last_weekday(ref, n))) for f in NOTICE_RANGE_PAST]
    check(cases)
