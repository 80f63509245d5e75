"""Which week a bare weekday falls in and whether it is past or future, by the English around it, as GRIDS
(twenty-fifth session, weeks26; docs/informal-time.md, "A bare weekday's week and direction from the words around it:
a list of days, "ill", "shes back", "sold out til", a record "from" a day, "same ... as", "need ... for" (twenty-fifth
session, weeks26)").

Each frame is a sentence pattern written here, said on every day of three weeks (a March, the turn of a year, a leap
February); the expected value is computed from the calendar (``datetime``), never from the tagger. Each kind has
look-alikes whose reading must NOT change.

1. A list of short weekdays with no commas ("nights fri sat sun"): "sat" between two weekdays is a day, not the verb
   "sat", so it gives no past tense to the list; the days of a chat's list under "this week" are that week's (some
   already gone, the day of writing's own included), under "next week" the next week's.
2. "ill" (texting's I'll) opening its clause before a verb that looks like a past ("ill put it in monday", "ill set it
   up fri"): a future. Kept: "was ill on monday", "felt ill on friday" (the adjective).
3. A present "be" written without its apostrophe ("shes back wednesday", "hes back at work monday") is "she's": a
   present, an arrangement of a return in a chat, the day to come, even after a past in another clause ("her test
   came back negative so shes back wednesday"). Kept: "she was back on wednesday".
4. A state (a participle and its particle, "sold out", "booked up", "fully booked") right before "til"/"until" a
   weekday: the limit is still to come ("sold out til thurs"). Kept: "was sold out until thursday", "we waited til
   thursday" (a past with its own auxiliary or a verb of waiting: the day gone).
5. A noun of a record (results, photos, pics, minutes, footage, highlights, recording) right before "from" a weekday:
   the record of a day gone ("results from thursday up on the page"). Kept: "back on days from monday", "open from
   monday" (no record noun: the day to come).
6. "the same ... as <weekday>" compares with a day gone ("same back four as tuesday"). Kept: "same time tuesday?"
   (a proposal, no "as").
7. "need"/"needs" and its object before "for <weekday>", the object a few words long and joined by "and" ("still need a
   keeper and two defenders for wednesday"): what is wanted is for a day to come. Kept: "needed a lift on friday".
8. A bare "got" of a job set for a driver ("got a reload sunday 0600"): as "got the dentist thurs", the day to come,
   the clock time on it.
"""
from __future__ import annotations

# the cases docs/informal-time.md quotes, each on one line (tests/test_informal_doc_examples.py finds them here):
# "nights fri sat sun" / "ill put it in monday" / "shes back wednesday" / "sold out til thurs" / "results from thursday"
# "same back four as tuesday" / "still need a keeper and two defenders for wednesday" / "got a reload sunday 0600"
# "was ill on monday" / "back on days from monday" (the grids below say each of them, their values computed there)

from datetime import date, timedelta

from gridcheck import WEEKDAYS, check, last_weekday, next_weekday, other_weekdays

# days of writing: every weekday of a March week, of the turn of 2026/27 and of a leap February's end
REFS = [date(2025, 3, 3) + timedelta(days=i) for i in range(7)] + \
       [date(2026, 12, 28) + timedelta(days=i) for i in range(7)] + \
       [date(2028, 2, 24) + timedelta(days=i) for i in range(7)]

SHORT = {1: "mon", 2: "tues", 3: "weds", 4: "thurs", 5: "fri", 6: "sat", 7: "sun"}


def _day(d: date) -> tuple[str, str]:
    return "DATE", d.isoformat()


def _this_week(ref: date, wd: int) -> date:
    """The weekday ``wd`` of "this week" as the tagger's convention reads it: the ISO week of the day of writing, on a
    Sunday the week that begins the next day."""
    monday = ref - timedelta(days=ref.isoweekday() - 1) + timedelta(days=7 if ref.isoweekday() == 7 else 0)
    return monday + timedelta(days=wd - 1)


def _next_week(ref: date, wd: int) -> date:
    return ref - timedelta(days=ref.isoweekday() - 1) + timedelta(days=7 + wd - 1)


# 1. a list of short weekdays under a week in discussion
def test_a_list_of_days_under_this_week_is_that_weeks():
    cases = []
    for ref in REFS:
        text = "whats ur shifts this week\nlong days tues and weds, then nights fri sat sun"
        for word, wd in (("tues", 2), ("weds", 3), ("fri", 5), ("sat", 6), ("sun", 7)):
            cases.append((text, ref, word, _day(_this_week(ref, wd))))
        text = "what u on this week?\nearlies mon tues, lates thurs fri sat"
        for word, wd in (("mon", 1), ("tues", 2), ("thurs", 4), ("fri", 5), ("sat", 6)):
            cases.append((text, ref, word, _day(_this_week(ref, wd))))
    check(cases)


def test_a_list_of_days_under_next_week_is_the_next_weeks():
    cases = []
    for ref in REFS:
        text = "the rota for next week is a mess. can anyone do mon 8-1 and weds lates?"
        cases.append((text, ref, "mon", _day(_next_week(ref, 1))))
        cases.append((text, ref, "weds", _day(_next_week(ref, 3))))
        cases.append((text, ref, "8", ("TIME", f"{_next_week(ref, 1).isoformat()}T08:00")))
        cases.append((text, ref, "1", ("TIME", f"{_next_week(ref, 1).isoformat()}T13:00")))
    check(cases)


# 2. "ill" opening its clause
ILL_FRAMES = [
    "ill put it in with the office {d}",
    "ok ill set it up {d}",
    "ill read it on {d} then",   # (on: "weds" right after "it" is not found as a day, another class)
    "Ill let you know {d}",
]
ILL_KEPT_FRAMES = [
    "she was ill on {d} so we stayed in",
    "felt ill on {d} and went home",
]


def test_ill_opening_its_clause_is_i_will():
    cases = []
    for ref in REFS:
        for wd, name in other_weekdays(ref):
            for written in (name.lower(), SHORT[wd] if wd not in (1, 6, 7) else name):
                for f in ILL_FRAMES:
                    cases.append((f.format(d=written), ref, written, _day(next_weekday(ref, wd))))
    check(cases)


def test_ill_the_adjective_is_kept():
    cases = []
    for ref in REFS:
        for wd, name in other_weekdays(ref):
            for f in ILL_KEPT_FRAMES:
                cases.append((f.format(d=name.lower()), ref, name.lower(), _day(last_weekday(ref, wd))))
    check(cases)


# 3. "shes back"
BACK_FRAMES = [
    "shes back {d}",
    "her test came back negative so shes back {d}",
    "hes back at work {d} apparently",
    "theyre back {d} night",
]
BACK_KEPT_FRAMES = [
    "she was back on {d} and looked well",
    "they got back on {d}",
]


def test_a_present_be_without_its_apostrophe_is_a_return_to_come():
    cases = []
    for ref in REFS:
        for wd, name in other_weekdays(ref):
            for f in BACK_FRAMES:
                text = f.format(d=name.lower())
                if "night" in f:
                    cases.append((text, ref, f"{name.lower()} night", ("TIME", f"{next_weekday(ref, wd).isoformat()}TNI")))
                else:
                    cases.append((text, ref, name.lower(), _day(next_weekday(ref, wd))))
    check(cases)


def test_back_told_in_the_past_is_kept():
    cases = []
    for ref in REFS:
        for wd, name in other_weekdays(ref):
            for f in BACK_KEPT_FRAMES:
                cases.append((f.format(d=name.lower()), ref, name.lower(), _day(last_weekday(ref, wd))))
    check(cases)


# 4. a state until a weekday
UNTIL_FRAMES = [
    "the big one's sold out til {d} mate",
    "sold out till {d}, try the other branch",
    "we're booked up until {d} sorry",
    "fully booked til {d} x",
]
UNTIL_KEPT_FRAMES = [
    "the shop was sold out until {d} and then restocked",
    "we waited til {d} for the parts",
]


def test_a_state_until_a_weekday_is_still_to_come():
    cases = []
    for ref in REFS:
        for wd, name in other_weekdays(ref):
            for written in (name.lower(), SHORT[wd] if wd not in (1, 6, 7) else name.lower()):
                for f in UNTIL_FRAMES:
                    cases.append((f.format(d=written), ref, written, _day(next_weekday(ref, wd))))
    check(cases)


def test_a_past_until_a_weekday_is_kept():
    cases = []
    for ref in REFS:
        for wd, name in other_weekdays(ref):
            for f in UNTIL_KEPT_FRAMES:
                cases.append((f.format(d=name.lower()), ref, name.lower(), _day(last_weekday(ref, wd))))
    check(cases)


# 5. a record from a weekday
RECORD_FRAMES = [
    "results from {d} up on the page",
    "results from {d} are on the website now",
    "pics from {d} in the group chat!",
    "the minutes from {d} are in the shared drive",
    "Photos from {d} 📸",
]
RECORD_KEPT_FRAMES = [
    "back on days from {d}",
    "the cafe is open from {d}",
]


def test_a_record_from_a_weekday_is_of_the_day_gone():
    cases = []
    for ref in REFS:
        for wd, name in other_weekdays(ref):
            for f in RECORD_FRAMES:
                cases.append((f.format(d=name.lower()), ref, name.lower(), _day(last_weekday(ref, wd))))
    check(cases)


def test_from_a_weekday_without_a_record_is_kept():
    cases = []
    for ref in REFS:
        for wd, name in other_weekdays(ref):
            for f in RECORD_KEPT_FRAMES:
                cases.append((f.format(d=name.lower()), ref, name.lower(), _day(next_weekday(ref, wd))))
    check(cases)


# 6. "the same ... as <weekday>"
SAME_FRAMES = [
    "same back four as {d}, bold",
    "same team as {d} then",
    "it's the same problem as {d} tbh",
]


def test_the_same_as_a_weekday_is_the_day_gone():
    cases = []
    for ref in REFS:
        for wd, name in other_weekdays(ref):
            for f in SAME_FRAMES:
                cases.append((f.format(d=name), ref, name, _day(last_weekday(ref, wd))))
    check(cases)


def test_a_proposal_without_as_is_kept():
    cases = []
    for ref in REFS:
        for wd, name in other_weekdays(ref):
            cases.append((f"same time {name.lower()}?", ref, name.lower(), _day(next_weekday(ref, wd))))
    check(cases)


# 7. "need ... for <weekday>"
NEED_FRAMES = [
    "Still need a keeper and two defenders for {d}.",
    "still need a tank and a healer for {d}",
    "we need two drivers and a van for {d}",
]


def test_what_is_needed_for_a_weekday_is_for_the_day_to_come():
    cases = []
    for ref in REFS:
        for wd, name in other_weekdays(ref):
            for f in NEED_FRAMES:
                cases.append((f.format(d=name), ref, name, _day(next_weekday(ref, wd))))
            cases.append((f"we needed a lift on {name} and nobody came", ref, name, _day(last_weekday(ref, wd))))
    check(cases)


# 8. "got a reload"
def test_a_bare_got_of_a_drivers_job_is_the_day_to_come():
    cases = []
    for ref in REFS:
        for wd, name in other_weekdays(ref):
            day = next_weekday(ref, wd)
            text = f"dispatch called, got a reload {name.lower()} 0600 leeds to hull"
            cases.append((text, ref, f"{name.lower()} 0600", ("TIME", f"{day.isoformat()}T06:00")))
            text = f"got a load {name.lower()} morning for the depot"
            cases.append((text, ref, f"{name.lower()} morning", ("TIME", f"{day.isoformat()}TMO")))
    check(cases)
