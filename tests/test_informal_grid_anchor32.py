"""A day told from an event the story dates with a verb and names later with a noun (thirty-first session, anchor32;
docs/informal-time.md §111): "Voters went to the polls on Sunday. ... The day after the vote", "He was buried on
Friday. ... the morning after the funeral", "A powerful quake centred near the city of Gaziantep struck on Monday. ... the day
after the quake"; a later event of the family resets it; a plan gives the day to come; and what stays untagged or
undated (an event no sentence dates, a generic "after a storm", the plural "in the days after the game").

The sentences are this session's own, written from the grammar of §111 in agency, broadcast, local paper, forum and
chat voices; the days of writing are every day of a June 2024 week, a year's turn (2025/26), month ends and a leap
day; the event's day is counted from the day of writing here (the weekday gone, or ten days back as a date; a
weekday to come for a plan), every value from ``datetime`` (never from the tagger)."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import MONTH, check, found, last_weekday, next_weekday, other_weekdays

REFS = [date(2024, 6, d) for d in range(10, 17)] + [date(2025, 12, 27) + timedelta(days=k) for k in range(7)] \
    + [date(2024, 2, 29), date(2025, 4, 30), date(2025, 8, 31), date(2026, 1, 31)]


def us(day: date) -> str:
    return f"{MONTH[day.month - 1]} {day.day}"


def uk(day: date) -> str:
    return f"{day.day} {MONTH[day.month - 1]}"


def _week(day: date) -> str:
    y, w, _ = day.isocalendar()
    return f"{y}-W{w:02d}"


def _month_after(day: date) -> str:
    y, m = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    return f"{y}-{m:02d}"


# the relation and its extent -> (type, value) from the event's day
RELATIONS = {
    "the day after": ("the day", lambda d: ("DATE", (d + timedelta(days=1)).isoformat())),
    "the week after": ("the week", lambda d: ("DATE", _week(d + timedelta(days=7)))),
    "the month after": ("the month", lambda d: ("DATE", _month_after(d))),
    "the morning after": ("the morning", lambda d: ("TIME", f"{(d + timedelta(days=1)).isoformat()}TMO")),
    "the night before": ("the night", lambda d: ("TIME", f"{(d - timedelta(days=1)).isoformat()}TNI")),
}

# A: a verb (phrase) dates the event, a noun of its family names it later. (dating clause with {D}, nouns)
DATING = [
    ("Voters went to the polls on {D}.", ["the vote", "the election", "the poll"]),
    ("Millions of people cast their ballots on {D}, officials said.", ["the vote", "the election", "the poll"]),
    ("Turnout was high as Chileans headed to the polls on {D}.", ["the vote", "the referendum"]),
    ("He was buried on {D} in his home village.", ["the funeral", "the burial"]),
    ("my grandad was laid to rest on {D}", ["the funeral"]),
    ("City played United on {D} in front of 50,000 fans.", ["the game", "the match"]),
    ("we played them away on {D} and got battered lol", ["the game", "the match"]),
    ("The new plant opened on {D}.", ["the opening"]),
    ("A powerful quake centred near the city of Gaziantep struck on {D}.", ["the quake", "the earthquake"]),
    ("Hurricane Ida made landfall on {D}.", ["the storm", "the hurricane"]),
    ("The final was played on {D} at Wembley.", ["the match", "the final"]),
]
FOLLOW = ["{R} {E}, the opposition claimed fraud.", "Crowds gathered outside the hall {r} {E}.",
          "{r} {E} i was honestly wrecked", "It was quiet {r} {E}, locals said."]


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


def _cases(refs, day_words):
    """day_words(ref) -> [(the words of the date, the event's day)]"""
    cases = []
    for ref in refs:
        for words, day in day_words(ref):
            for dating, nouns in DATING:
                for follow in FOLLOW:
                    for rel, (extent, value) in RELATIONS.items():
                        for noun in nouns:
                            text = dating.format(D=words) + " " + follow.format(R=_cap(rel), r=rel, E=noun)
                            ex = _cap(extent) if follow.startswith("{R}") else extent
                            cases.append((text, ref, ex, value(day)))
    return cases


def test_an_event_dated_by_its_verb_on_a_weekday_gone_named_by_its_noun():
    check(_cases(REFS, lambda ref: [(name, last_weekday(ref, n)) for n, name in other_weekdays(ref)[::3]]))


def test_an_event_dated_by_its_verb_on_a_date_named_by_its_noun():
    check(_cases(REFS, lambda ref: [(f(ref - timedelta(days=10)), ref - timedelta(days=10)) for f in (us, uk)]))


# B: a later event of the family resets it; a plan gives the day to come
def test_a_later_event_of_the_family_resets_it():
    cases = []
    for ref in REFS:
        first, second = ref - timedelta(days=40), ref - timedelta(days=9)
        for fmt in (us, uk):
            for lead in ("The referendum was held on {A}.", "Voters went to the polls on {A}."):
                text = (lead.format(A=fmt(first)) + " Voters went to the polls again on " + fmt(second)
                        + ". The day after the vote, markets fell.")
                cases.append((text, ref, "The day", ("DATE", (second + timedelta(days=1)).isoformat())))
    check(cases)


def test_a_plan_dated_by_its_verb_gives_the_day_to_come():
    cases = []
    for ref in REFS:
        for n, name in other_weekdays(ref):
            day = next_weekday(ref, n)
            for text in (f"Voters will go to the polls on {name}. The day after the vote, the count begins.",
                         f"Voters go to the polls on {name}. The day after the election, parliament sits."):
                cases.append((text, ref, "The day", ("DATE", (day + timedelta(days=1)).isoformat())))
    check(cases)


# C: §111's table, written on Wednesday 12 June 2024
W = date(2024, 6, 12)
TABLE = [
    ("Voters went to the polls on Sunday. The day after the vote, the opposition claimed fraud.", "The day",
     ("DATE", "2024-06-10")),
    ("Voters went to the polls on Sunday. The day after the election, the opposition claimed fraud.", "The day",
     ("DATE", "2024-06-10")),
    ("Millions cast their ballots on Sunday. The week after the poll, he resigned.", "The week", ("DATE", "2024-W24")),
    ("He was buried on Friday. The morning after the funeral, his widow spoke.", "The morning",
     ("TIME", "2024-06-08TMO")),
    ("City played United on Saturday. The day after the game, the manager was sacked.", "The day",
     ("DATE", "2024-06-09")),
    ("The plant opened on March 1. The month after the opening, it hired 200 staff.", "The month", ("DATE", "2024-04")),
    ("A powerful quake centred near the city of Gaziantep struck on Monday. The day after the quake, aid arrived.",
     "The day", ("DATE", "2024-06-11")),
    ("Hurricane Ida made landfall on Sunday. The day after the storm, power was still out.", "The day",
     ("DATE", "2024-06-10")),
    ("The final was played on May 3. The day after the match, fans celebrated.", "The day", ("DATE", "2024-05-04")),
    ("The quake struck on Tuesday. Two days after the quake, rescuers found survivors.", "Two days", ("DURATION", "P2D")),
    ("The vote will be held on Sunday. The day after the vote, parliament meets.", "The day", ("DATE", "2024-06-17")),
]


def test_the_sections_table():
    check([(text, W, expr, want) for text, expr, want in TABLE])


# D: what stays untagged, or undated where no sentence dates the event (the value TimeML leaves)
UNTAGGED = [
    ("After the vote, he resigned.", ["the vote"]),
    ("After a storm, roads flood.", ["a storm"]),
    ("In the days after the game, the manager was sacked.", ["the days", "days"]),
    ("The vote count was slow on the night.", ["the vote"]),
]
UNDATED = [
    "Voters went to the polls. The day after the vote, the opposition claimed fraud.",
    "He was buried in his home village. The day after the funeral, his widow spoke.",
    "City played United at home. The day after the game, the manager was sacked.",
    # an opinion poll dated is no vote: "the vote" stays undated (kind "poll" is not within "vote"; "polls" is)
    "A poll on Monday showed Labour ahead. The day after the vote, the opposition claimed fraud.",
]


def test_negatives_stay_untagged_or_undated():
    wrong = []
    for ref in REFS:
        for text, words in UNTAGGED:
            for w in words:
                if found(text, ref, w) is not None or found(text, ref, _cap(w)) is not None:
                    wrong.append((ref, text, w))
        for text in UNDATED:
            if found(text, ref, "The day") != ("DATE", "XXXX-XX-XX"):
                wrong.append((ref, text, found(text, ref, "The day")))
    assert not wrong, wrong[:10]


def test_the_grid_is_the_size_the_section_says():
    a = _cases(REFS, lambda ref: [(name, last_weekday(ref, n)) for n, name in other_weekdays(ref)[::3]])
    b = _cases(REFS, lambda ref: [(f(ref - timedelta(days=10)), ref - timedelta(days=10)) for f in (us, uk)])
    assert len(a) + len(b) > 5000


# E: the US "Election Day" (the Tuesday after the first Monday of November), a federal one of an even year when no
# year is told, dated only with the nation named next to it (lexicon national_days, nation_only_holidays)
def _election_day(y: int) -> date:
    first_monday = date(y, 11, 1) + timedelta(days=(7 - date(y, 11, 1).weekday()) % 7)
    return first_monday + timedelta(days=1)


def test_us_election_day():
    cases = []
    for ref in REFS:
        evens = [_election_day(y) for y in range(ref.year - 4, ref.year + 5) if y % 2 == 0]
        gone = max(d for d in evens if d < ref)
        ahead = min(d for d in evens if d >= ref)
        for text, expr, day in [
                ("US voters went to the polls on Election Day.", "Election Day", gone),
                ("Americans went to the polls on Election Day, and turnout was high.", "Election Day", gone),
                ("Americans will go to the polls on Election Day.", "Election Day", ahead),
                ("US voters will head to the polls on Election Day, officials said.", "Election Day", ahead),
                ("US voters went to the polls on Election Day. The day after the election, markets rallied.",
                 "The day", gone + timedelta(days=1)),
                ("US Election Day 2025 was quiet in most states.", "Election Day 2025", _election_day(2025)),
                ("US Election Day 2022 was quiet in most states.", "Election Day 2022", _election_day(2022))]:
            cases.append((text, ref, expr, ("DATE", day.isoformat())))
    check(cases)


def test_election_day_of_no_nation_or_another_stays_untagged():
    wrong = []
    for ref in REFS:
        for text, expr in [("In the UK, election day is a Thursday.", "election day"),
                           ("We will vote on Election Day.", "Election Day"),
                           ("Nigerians vote on election day, Saturday.", "election day")]:
            if found(text, ref, expr) is not None:
                wrong.append((ref, text, found(text, ref, expr)))
    assert not wrong, wrong
