"""News copy, thirty-first session (newswire32; docs/timeml-conventions.md, "News copy, thirty-first session:
newswire32"): classes of wire and broadcast English that gave WRONG dates in the session's own news sentences
(tests/data/news_sentences_newswire32.txt), each as a grid of sentences written here over many days of writing, against
the value the calendar gives (computed here, never from the tagger's code).

- a bare present after its plural subject, a timetable's ("Figures come out on Tuesday", "Steel tariffs double on
  Wednesday", "Voters decide on Sunday", "The Chiefs play the Raiders in Kansas City on Friday", "Sales figures for
  September come out Friday"): the day to come; its past ("came out", "reopened") the day gone;
- "early on Sunday", "late on Monday": the day (as TimeBank's "early Tuesday", "late yesterday"), not the small hours or
  the evening; "late on Monday night" keeps its night;
- a capitalised word after a capitalised word is a name's, no verb ("won the US Open on Sunday", "the French Open"), and
  "US"/"U.S." is no person speaking ("The U.S. Open final is played on Sunday" written on a Sunday: today);
- "the first rate cut in June": the noun of a change, not the past "cut";
- a past "at midnight" with no day named: the midnight that began the day of writing;
- "The elections are in November": a month set ahead;
- ", followed by producer prices on Friday": the clause before decides.
"""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import WEEKDAYS, check, last_weekday, next_weekday, other_weekdays

# every day of a June 2025 week, a year's turn (2026/27), month ends and a leap day
REFS = [date(2025, 6, 2) + timedelta(days=k) for k in range(7)] + [date(2026, 12, 28) + timedelta(days=k) for k in range(7)] \
    + [date(2025, 6, 30), date(2025, 9, 30), date(2024, 2, 29), date(2023, 3, 31), date(2025, 10, 31)]
MONTH_REFS = [date(2025, m, 14) for m in range(1, 13)] + [date(2025, 12, 31), date(2026, 1, 1), date(2024, 6, 30),
                                                           date(2024, 7, 1), date(2025, 3, 31), date(2025, 4, 1)]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def _day(d: date) -> tuple[str, str]:
    return "DATE", d.isoformat()


def _weekday_cases(frames, ahead: bool, expr: str = "{d}"):
    cases = []
    for frame in frames:
        for ref in REFS:
            for n, name in other_weekdays(ref):
                want = next_weekday(ref, n) if ahead else last_weekday(ref, n)
                cases.append((frame.format(d=name), ref, expr.format(d=name), _day(want)))
    return cases


def _next_month(ref: date, m: int) -> str:
    return f"{ref.year + (m < ref.month):04d}-{m:02d}"


def _last_month(ref: date, m: int) -> str:
    return f"{ref.year - (m > ref.month):04d}-{m:02d}"


PLURAL_PRESENTS = [
    "Figures on industrial output come out on {d}.",
    "Retail sales data come out {d}, economists said.",
    "Euro zone flash inflation figures come out on {d}.",
    "Sales figures for September come out on {d}.",
    "Bank earnings come out {d}, with JPMorgan and Wells Fargo reporting.",
    "Steel tariffs double to 50% on {d}, the White House said.",
    "Voters decide on {d} whether to recall the governor.",
    "The Chiefs play the Raiders in Kansas City on {d}.",
    "The Gunners face PSV in the second leg on {d}.",
    "Junior doctors strike on {d} over pay.",
    "Ministers meet in Brussels on {d} to agree on the budget.",
    "Schools reopen on {d} after the storm.",
    "Talks on the treaty resume in Geneva on {d}.",
    "Markets in Hong Kong reopen {d} after the typhoon.",
    "Fares rise on {d} on most routes.",
]

PLURAL_PASTS = [
    "Figures on industrial output came out on {d}.",
    "Retail sales data came out {d}, economists said.",
    "Steel tariffs doubled to 50% on {d}, the White House said.",
    "Voters decided on {d} to recall the governor.",
    "The Chiefs played the Raiders in Kansas City on {d}.",
    "Markets in Hong Kong reopened {d} after the typhoon.",
    "Schools reopened on {d} after the storm.",
    "Junior doctors went on strike on {d} over pay.",
]


def test_plural_subject_presents_are_a_timetable():
    check(_weekday_cases(PLURAL_PRESENTS, ahead=True))


def test_their_pasts_stay_past():
    check(_weekday_cases(PLURAL_PASTS, ahead=False))


EDGES_PAST = [
    ("The company said late on {d} that it would cut 1,500 jobs.", "late on {d}"),
    ("Counting continued late on {d} in the by-election.", "late on {d}"),
    ("The euro rose to a six-month high late on {d}.", "late on {d}"),
    ("The truck drove into the crowd early on {d}, police said.", "early on {d}"),
    ("The quake struck early on {d} as people slept.", "early on {d}"),
]
EDGES_AHEAD = [
    ("The result is announced late on {d}.", "late on {d}"),
    ("The storm is expected to make landfall late on {d}.", "late on {d}"),
    ("Voting is expected to begin early on {d} in the east.", "early on {d}"),
]


def test_early_and_late_on_a_weekday_are_the_day():
    cases = []
    for frames, ahead in ((EDGES_PAST, False), (EDGES_AHEAD, True)):
        for frame, expr in frames:
            cases += _weekday_cases([frame], ahead=ahead, expr=expr)
    check(cases)


def test_late_on_a_weekday_night_keeps_the_night():
    cases = []
    for ref in REFS:
        for n, name in other_weekdays(ref):
            cases.append((f"Rebels attacked the town late on {name} night.", ref, f"late on {name} night",
                          ("TIME", last_weekday(ref, n).isoformat() + "TNI")))
    check(cases)


def test_a_name_with_a_capital_is_no_verb():
    frames = ["He won the US Open on {d}.", "She won the French Open on {d} for a fourth time.",
              "He won the U.S. Open on {d} at Pinehurst.", "The Australian Open ended on {d} with a five-set final."]
    check(_weekday_cases(frames, ahead=False))


def test_us_is_no_person_speaking():
    # written on the day it names: news names today by its weekday
    cases = []
    for ref in REFS:
        name = WEEKDAYS[ref.isoweekday() - 1]
        for frame in ("The U.S. Open third round is played on {d}.", "The US Open final is played on {d} at 4pm.",
                      "The U.S. Senate votes on the bill on {d}."):
            cases.append((frame.format(d=name), ref, name, _day(ref)))
    check(cases)


def test_the_noun_of_a_change_is_no_past():
    cases = []
    for ref in MONTH_REFS:
        for m, name in enumerate(MONTHS, 1):
            if m == ref.month:
                continue
            for frame in ("Traders now expect the first rate cut in {m}.", "Investors see the next rate hike in {m}."):
                cases.append((frame.format(m=name), ref, name, ("DATE", _next_month(ref, m))))
    check(cases)


def test_a_month_set_ahead_with_is_in():
    cases = []
    for ref in MONTH_REFS:
        for m, name in enumerate(MONTHS, 1):
            if m == ref.month:
                continue
            for frame in ("The midterm elections are in {m}.", "The next review is in {m}, the bank said.",
                          "The deadline for applications is in {m}."):
                cases.append((frame.format(m=name), ref, name, ("DATE", _next_month(ref, m))))
            cases.append((f"The last review was in {name}.", ref, name, ("DATE", _last_month(ref, m))))
    check(cases)


def test_a_past_midnight_began_the_day_of_writing():
    cases = []
    for ref in REFS + MONTH_REFS:
        gone, coming = ref - timedelta(days=1), ref
        for frame in ("Crowds welcomed in the new year at midnight.", "The strike began at midnight.",
                      "The transit deal ran out at midnight, officials said."):
            cases.append((frame, ref, "midnight", ("TIME", gone.isoformat() + "T24:00")))
        for frame in ("The deal expires at midnight.", "The new rules will take effect at midnight."):
            cases.append((frame, ref, "midnight", ("TIME", coming.isoformat() + "T24:00")))
    check(cases)


def test_followed_by_takes_the_clause_before():
    frames_ahead = ["Consumer price figures are due this week, followed by producer prices on {d}."]
    frames_past = ["Consumer price figures came out this week, followed by producer prices on {d}.",
                   "The rally was followed by a march on {d}."]
    check(_weekday_cases(frames_ahead, ahead=True) + _weekday_cases(frames_past, ahead=False))


NEGATIVES = [
    "More on that story later this hour.",
    "Our top story this hour: wildfires in Spain.",
    "We'll have more at the top of the hour.",
    "The striker scored twice in the first half.",
    "They equalised early in the second half.",
]


def test_negatives_stay_untagged():
    ref = date(2025, 6, 4)
    from timeline_app.temporal import tag
    wrong = [(s, [(t.expression, t.timex_value) for t in tag(s, ref)]) for s in NEGATIVES if tag(s, ref)]
    assert not wrong, wrong
