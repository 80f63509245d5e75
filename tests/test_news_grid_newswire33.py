"""News copy, thirty-second session (newswire33; docs/timeml-conventions.md, "News copy, thirty-second session:
newswire33"): classes of markets, court, weather and live-blog English that gave WRONG dates (or none) in the session's
own news sentences (tests/data/news_sentences_newswire33.txt), each as a grid of sentences written here over many days
of writing, against the value the calendar gives (computed here, never from the tagger's code).

- a statistic's month ("consumer price data for March are due on Thursday", "the services PMI for July will be
  released next week"): the month measured, this one or one gone, not a year ahead of the release to come;
- a quarter named by its last month ("the September quarter", "the December quarter", "June-quarter revenue");
- the days a warning covers ("issued a yellow warning for wind covering Sunday", "warned of heavy rain from Saturday"):
  to come, whatever the tense of the issuing; the issuing's own day ("issued a warning on Monday") stays gone;
- "the prior-year quarter": the quarter named, a year back; "year to date": the year of writing;
- "sentenced him to life on Monday", "was taken to hospital on Friday": a noun after "to", no infinitive of a plan;
- "The new rules come into force on Tuesday": a plural noun of named_subject_presents after a determiner, a subject.
"""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, last_weekday, next_weekday, other_weekdays

# every day of a June 2025 week, a year's turn (2026/27), quarter and month ends and a leap day
REFS = [date(2025, 6, 2) + timedelta(days=k) for k in range(7)] + [date(2026, 12, 28) + timedelta(days=k) for k in range(7)] \
    + [date(2025, 6, 30), date(2025, 9, 30), date(2024, 2, 29), date(2023, 3, 31), date(2025, 10, 31)]
MONTH_REFS = [date(2025, m, 14) for m in range(1, 13)] + [date(2025, 12, 31), date(2026, 1, 1), date(2024, 6, 30),
                                                           date(2024, 7, 1), date(2025, 3, 31), date(2025, 4, 1)]
MONTHS = ["January", "February", "March", "April", "June", "July", "August", "September", "October", "November",
          "December"]   # ("May" is left out: "data for May" reads as well with the modal; the month rules' own matter)
MONTH_NUM = {name: k for k, name in enumerate(["January", "February", "March", "April", "May", "June", "July", "August",
                                                "September", "October", "November", "December"], 1)}


def _month_gone_or_this(ref: date, m: int) -> str:
    return f"{ref.year - (m > ref.month):04d}-{m:02d}"


STATISTIC_FRAMES = [
    "U.S. consumer price data for {m} are due on Thursday.",
    "India's services PMI for {m} will be released next week.",
    "Retail sales figures for {m} come out on Tuesday.",
    "Euro zone flash inflation figures for {m} are due on Friday.",
    "Payrolls data for {m} will be published next week, the ministry said.",
    "Canadian manufacturing sales data for {m} are due later this month.",
    "The official statistics for {m} will show whether the recovery held.",
    "Consumer price data for {m} came out on Thursday.",          # the past as a control: the same month
]


def test_a_statistic_s_month_is_the_month_measured():
    cases = []
    for ref in MONTH_REFS:
        for name in MONTHS:
            m = MONTH_NUM[name]
            for frame in STATISTIC_FRAMES:
                cases.append((frame.format(m=name), ref, name, ("DATE", _month_gone_or_this(ref, m))))
    check(cases)


QUARTER_ENDS = {"March": 1, "June": 2, "September": 3, "December": 4}


def _quarter_of(ref: date) -> int:
    return (ref.month - 1) // 3 + 1


def test_a_quarter_named_by_its_last_month():
    # the past: the last such quarter ended before the day of writing; the future: the next one begun after it (the
    # quarter in progress is asked of neither: a past of it or a plan in it reads either way)
    past = ["Australia's economy grew 0.6% in the {m} quarter, data showed.", "Wage growth slowed in the {m} quarter.",
            "Apple reported record {m}-quarter revenue on Thursday.", "Profit in the {m} quarter rose 12%."]
    ahead = ["Economists expect growth to pick up in the {m} quarter.", "The bank will report its {m}-quarter results later."]
    cases = []
    for ref in MONTH_REFS + REFS:
        here = _quarter_of(ref)
        for name, q in QUARTER_ENDS.items():
            if q == here:
                continue
            gone = (ref.year - (q > here), q)
            coming = (ref.year + (q < here), q)
            for frame in past:
                expr = f"{name}-quarter" if "-quarter" in frame else f"the {name} quarter"
                cases.append((frame.format(m=name), ref, expr, ("DATE", f"{gone[0]}-Q{gone[1]}")))
            for frame in ahead[:1]:
                cases.append((frame.format(m=name), ref, f"the {name} quarter", ("DATE", f"{coming[0]}-Q{coming[1]}")))
    check(cases)


def test_a_quarter_final_is_no_quarter():
    for ref in MONTH_REFS[:4]:
        for text, expr in (("Arsenal face Real Madrid in the March quarter-final.", "the March quarter"),
                           ("The June quarter-finals sold out.", "June quarter"),
                           ("We paid a quarter of the bill in June.", "June")):
            got = [t for t in __import__("timeline_app.temporal", fromlist=["tag"]).tag(text, ref)
                   if t.timex_type == "DATE" and "Q" in (t.timex_value or "")]
            assert got == [], (text, ref, [(t.expression, t.timex_value) for t in got])


WARNINGS_AHEAD = [
    "The Met Office has issued a yellow warning for wind covering {d}.",
    "Forecasters warned of heavy rain from {d}.",
    "The weather service issued a heat advisory for {d}.",
    "Environment Canada issued snowfall warnings for much of southern Ontario for {d}.",
    "The Bureau of Meteorology warned of damaging winds for the Victorian coast from {d}.",
    "An amber warning was issued for {d}, the Met Office said.",
]
WARNINGS_GONE = [
    "Police issued a warning on {d} after the attack.",
    "A warning was in force for {d}, when the storm hit.",
]


def test_the_days_a_warning_covers_are_to_come():
    cases = []
    for ref in REFS:
        for n, name in other_weekdays(ref):
            cases += [(f.format(d=name), ref, name, ("DATE", next_weekday(ref, n).isoformat())) for f in WARNINGS_AHEAD]
            cases += [(f.format(d=name), ref, name, ("DATE", last_weekday(ref, n).isoformat())) for f in WARNINGS_GONE]
    check(cases)


def test_the_prior_year_quarter_and_year_to_date():
    cases = []
    for ref in MONTH_REFS:
        for k, word in enumerate(("first", "second", "third", "fourth"), 1):
            for y in (2022, 2024, 2025):
                cases.append((f"Revenue in the {word} quarter of {y} fell 4% from the prior-year quarter.", ref,
                              "the prior-year quarter", ("DATE", f"{y - 1}-Q{k}")))
        for text, expr in (("The S&P 500 has gained 4.1% year to date.", "year to date"),
                           ("The fund's year-to-date return is 9%.", "year-to-date"),
                           ("Hong Kong's Hang Seng has risen 33% year to date, its best run since 2017.", "year to date")):
            cases.append((text, ref, expr, ("DATE", str(ref.year))))
    check(cases)


NOUN_AFTER_TO = [
    "The court sentenced him to life imprisonment on {d}.",
    "A judge sentenced her to life on {d} for the murder.",
    "Two men were taken to hospital on {d} after the crash.",
    "The driver was sent to jail on {d}.",
    "The suspect was returned to custody on {d}.",
    "The coach led the team to victory on {d}.",
]
PLURAL_NOUN_SUBJECTS = [
    "The new rules come into force on {d}.",
    "The rules come into force on {d}, the ministry said.",
    "The latest reports come out on {d}.",
    "The new rules take effect on {d}.",
]


def test_a_noun_after_to_and_a_plural_noun_subject():
    cases = []
    for ref in REFS:
        for n, name in other_weekdays(ref):
            cases += [(f.format(d=name), ref, name, ("DATE", last_weekday(ref, n).isoformat())) for f in NOUN_AFTER_TO]
            cases += [(f.format(d=name), ref, name, ("DATE", next_weekday(ref, n).isoformat())) for f in PLURAL_NOUN_SUBJECTS]
    check(cases)

