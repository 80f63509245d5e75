"""News copy, thirty-fifth session (news36; docs/timeml-conventions.md, "News copy, thirty-fifth session: news36"):
two classes of news English whose dates TimeBank and AQUAINT showed going the wrong way, each written here as a grid of
sentences over many days of writing, against the value the calendar gives (computed here, never from the tagger's code).

- a fronted date and an aside before its clause: "In January, a week after the anniversary of Roe v. Wade, a clinic
  bombing in Birmingham, Ala., killed a police officer"; "On Friday, two days after the vote, the prime minister conceded
  defeat": the date is the clause's, told in the past, so the one gone (before: a month or a weekday ahead, the aside
  putting the verb past the reach that dates a fronted frame); with a future after the aside, the one to come;
- a plan told with "did" or "had" and a bare word of planning: "did not intend to play the match on Friday", "had no
  plans to cut flights in March": a plan made in the past for a day gone or to come, the nearer (as "was due to", "was
  set to"; before: the day gone); reported by a verb of saying ("officials said they did not plan to remove the boy on
  Thursday", "the union said it had no plans to strike on Friday"): a day after the saying, to come.
"""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, check_untagged, last_weekday, next_weekday, other_weekdays

# every day of a June 2025 week, a year's turn (2026/27), quarter and month ends, a leap day, and a mid-month day of
# every month of 2025 (the months' grids)
REFS = [date(2025, 6, 2) + timedelta(days=k) for k in range(7)] + [date(2026, 12, 28) + timedelta(days=k) for k in range(7)] \
    + [date(2025, 6, 30), date(2025, 9, 30), date(2024, 2, 29), date(2023, 3, 31), date(2025, 10, 31)]
MONTH_REFS = [date(2025, m, 14) for m in range(1, 13)] + [date(2025, 12, 31), date(2026, 1, 1), date(2024, 6, 30),
                                                           date(2024, 7, 1), date(2025, 3, 31), date(2025, 4, 1),
                                                           date(1998, 10, 25), date(1989, 10, 27)]
MONTHS = ["January", "February", "March", "April", "June", "July", "August", "September", "October", "November",
          "December"]   # ("May" is left out: a modal as well as a month, the month rules' own matter)
MONTH_NUM = {name: k for k, name in enumerate(["January", "February", "March", "April", "May", "June", "July", "August",
                                                "September", "October", "November", "December"], 1)}


def _month_gone(ref: date, m: int) -> str:
    """The month told in the past: this one, or the last such month before it."""
    return f"{ref.year - (m > ref.month):04d}-{m:02d}"


def _month_coming(ref: date, m: int) -> str:
    """The month told in the future (this one excluded by the grids): the next such month."""
    return f"{ref.year + (m < ref.month):04d}-{m:02d}"


FRONTED_MONTH_PAST = [
    "In {m}, a week after the floods, the council approved a relief fund.",
    "In {m}, after months of talks, the union accepted the pay offer.",
    "In {m}, just weeks after taking office, the mayor fired the police chief.",
    "In {m}, two days before the deadline, the ministry published its plan.",
    "In {m}, amid a row over funding, the board quietly dropped the scheme.",
    "In {m}, a week after the 25th anniversary of the Roe vs. Wade decision, a clinic bombing in Birmingham, Ala., "
    "killed a police officer.",
    "In {m}, according to court papers, the firm paid $2 million to the consultant.",
    "In {m}, with the election looming, the party replaced its leader.",
    "In {m}, three years after the merger, the group sold its stake for $1.2 billion.",
]
FRONTED_MONTH_FUTURE = [   # controls: a future after the aside keeps the month to come
    "In {m}, a week after the budget, the council will vote on the plan.",
    "In {m}, after the summer recess, MPs are expected to debate the bill.",
]


def test_a_fronted_month_takes_its_clause_s_past_across_an_aside():
    cases = []
    for ref in MONTH_REFS:
        for name in MONTHS:
            m = MONTH_NUM[name]
            for frame in FRONTED_MONTH_PAST:
                cases.append((frame.format(m=name), ref, name, ("DATE", _month_gone(ref, m))))
            if m != ref.month:
                for frame in FRONTED_MONTH_FUTURE:
                    cases.append((frame.format(m=name), ref, name, ("DATE", _month_coming(ref, m))))
    check(cases)


FRONTED_DAY_PAST = [
    "On {d}, two days after the vote, the prime minister conceded defeat.",
    "On {d}, hours after the verdict, protesters blocked the main road into the city.",
    "On {d}, a day before the summit, the two leaders spoke by phone.",
    "On {d}, in a statement to reporters, the minister denied the claims.",
    "On {d}, as the storm moved inland, officials ordered a second evacuation.",
]
FRONTED_DAY_FUTURE = [
    "On {d}, a day after the summit, the leaders will meet again in Geneva.",
]


def test_a_fronted_weekday_takes_its_clause_s_past_across_an_aside():
    cases = []
    for ref in REFS:
        for n, name in other_weekdays(ref):
            for frame in FRONTED_DAY_PAST:
                cases.append((frame.format(d=name), ref, name, ("DATE", last_weekday(ref, n).isoformat())))
            for frame in FRONTED_DAY_FUTURE:
                cases.append((frame.format(d=name), ref, name, ("DATE", next_weekday(ref, n).isoformat())))
    check(cases)


PLAN_DAY = [   # no verb of saying before the plan: the nearer day
    "The club did not intend to play the match on {d}, its chairman told the BBC.",
    "The council had no plans to open the bridge on {d}, a spokesman conceded.",
    "Organisers did not plan to close the road on {d}, according to the notice.",
]
PLAN_DAY_SAID = [   # a plan reported by a verb of saying: a day after the saying, to come
    "Officials said they did not plan to remove the boy on {d}.",
    "The union said it had no plans to strike on {d}.",
    "Police said they did not intend to release the names on {d}.",
    "The minister said she didn't plan to attend the meeting on {d}.",
    "A spokesman said the company had no plans to reopen the plant on {d}.",
]


def _nearer_weekday(ref: date, n: int) -> date:
    gone, coming = last_weekday(ref, n), next_weekday(ref, n)
    return gone if (ref - gone) < (coming - ref) else coming


def test_a_plan_told_with_did_or_had_is_the_nearer_day():
    cases = []
    for ref in REFS:
        for n, name in other_weekdays(ref):
            for frame in PLAN_DAY:
                cases.append((frame.format(d=name), ref, name, ("DATE", _nearer_weekday(ref, n).isoformat())))
            for frame in PLAN_DAY_SAID:
                cases.append((frame.format(d=name), ref, name, ("DATE", next_weekday(ref, n).isoformat())))
    check(cases)


PLAN_MONTH = [
    "The ministry did not intend to publish the report in {m}, officials admitted.",
    "The airline had no plans to cut flights in {m}, according to its filing.",
    "Organisers did not plan to hold the festival in {m}, a spokeswoman said.",
]
PLAN_MONTH_SAID = [
    "The ministry said it did not intend to publish the report in {m}.",
    "The airline said it had no plans to cut flights in {m}.",
]


def _nearer_month(ref: date, m: int) -> str | None:
    """The nearer of the month gone and the month to come, by days from the day of writing (None: this month, or the
    two within 15 days of each other, which the grid leaves to the tagger's weights)."""
    y_gone = ref.year - (m > ref.month)
    y_coming = ref.year + (m < ref.month)
    last_day = date(y_gone + (m == 12), m % 12 + 1, 1) - timedelta(days=1)
    first_day = date(y_coming, m, 1)
    back, ahead = (ref - last_day).days, (first_day - ref).days
    if m == ref.month or abs(back - ahead) <= 15:
        return None
    return f"{y_gone:04d}-{m:02d}" if back < ahead else f"{y_coming:04d}-{m:02d}"


def test_a_plan_told_with_did_or_had_is_the_nearer_month():
    cases = []
    for ref in MONTH_REFS:
        for name in MONTHS:
            m = MONTH_NUM[name]
            if m != ref.month:
                for frame in PLAN_MONTH_SAID:
                    cases.append((frame.format(m=name), ref, name, ("DATE", _month_coming(ref, m))))
            want = _nearer_month(ref, m)
            if want is None:
                continue
            for frame in PLAN_MONTH:
                cases.append((frame.format(m=name), ref, name, ("DATE", want)))
    check(cases)


def test_the_classes_look_alikes_stay_untagged():
    # a plan with no date ("march" the verb), a fronted word that is no date, an aside with no date in it
    pairs = [
        ("Officials said they did not plan to march.", ["march"]),
        ("The union said it had no plans to sue.", ["sue"]),
        ("In fact, a week after the floods, the council approved a relief fund.", ["In fact", "fact"]),
        ("On balance, after months of talks, the union accepted the offer.", ["On balance", "balance"]),
        ("In Jordan, amid a row over funding, the board dropped the scheme.", ["Jordan"]),
    ]
    check_untagged(pairs, REFS)
