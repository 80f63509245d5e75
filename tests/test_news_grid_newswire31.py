"""News copy, thirtieth session (newswire31; docs/timeml-conventions.md, "News copy, thirtieth session, newswire31"):
classes of wire English that gave WRONG dates in the session's own news sentences (tests/data/
news_sentences_newswire31.txt), each as a grid of sentences written here over many days of writing, against the value
the calendar gives (computed here, never from the tagger's code).

- a timetable's present with a verb of news ("The central bank decides on rates on Thursday", "The House reconvenes on
  Tuesday", "The chancellor delivers her budget on Wednesday", a longer object: "China hosts a military parade in Beijing
  on Wednesday"; after a name, a present that is often a noun: "The Supreme Court rules on Friday", "Tesla reports
  results on Wednesday"): the day to come;
- a bare verb after "and" sharing a future auxiliary ("will close at noon and remain shut on Friday"): the day to come;
- a simple past of directing, its object and an infinitive ("Police ordered residents to leave on Monday", "urged
  residents to evacuate on Tuesday"): the day of the directive, gone;
- a deadline held ("Candidates have until Friday to register", "has until Sept. 30 to spend the money"): to come;
- a quarter or half named by its months ("the July-September quarter", "the January-June period"): one DATE;
- "on Saturday, the 21st day of the walkout": the weekday alone (the ordinal counts days, it is no day of the month);
- "Markets were closed Monday for the holiday": a report (a past auxiliary), not a notice of a closure to come;
- a month after an indefinite noun of a change ("bets on a rate cut in March", "signalled a hike in May was likely", "called
  for an election in June"): the month nearer the day of writing, gone or to come, whatever the sentence's past verb.
"""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, last_weekday, next_weekday, other_weekdays

# every day of a June 2025 week, a year's turn (2026/27), month ends and a leap day
REFS = [date(2025, 6, 2) + timedelta(days=k) for k in range(7)] + [date(2026, 12, 28) + timedelta(days=k) for k in range(7)] \
    + [date(2025, 6, 30), date(2025, 9, 30), date(2024, 2, 29), date(2023, 3, 31), date(2025, 10, 31)]
MONTH_REFS = [date(2025, m, 14) for m in range(1, 13)] + [date(2025, 12, 31), date(2026, 1, 1), date(2024, 6, 30),
                                                           date(2024, 7, 1), date(2025, 3, 31), date(2025, 4, 1)]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


def _day(d: date) -> tuple[str, str]:
    return "DATE", d.isoformat()


def _weekday_cases(frames, ahead: bool):
    cases = []
    for frame in frames:
        for ref in REFS:
            for n, name in other_weekdays(ref):
                want = next_weekday(ref, n) if ahead else last_weekday(ref, n)
                cases.append((frame.format(d=name), ref, name, _day(want)))
    return cases


TIMETABLE = [
    "The central bank decides on interest rates on {d}.",
    "The committee decides on {d} whether to refer the case to prosecutors.",
    "The House reconvenes on {d} after the recess.",
    "The Senate reconvenes {d} to take up the spending bill.",
    "The chancellor delivers her budget statement on {d}.",
    "The minister testifies before the committee on {d}.",
    "The president addresses the nation on {d}, the White House said.",
    "China hosts a military parade in Beijing on {d} to mark the anniversary.",
    "The king opens the new session of parliament on {d}.",
    "The pope addresses crowds in St Peter's Square on {d}.",
    "The Supreme Court rules on {d} on the challenge to the law.",
    "Tesla reports results on {d} after the market closes.",
    "Parliament debates the bill on {d}.",
    "Nvidia releases its figures on {d}.",
]


def test_timetable_present_of_news():
    check(_weekday_cases(TIMETABLE, ahead=True))


SHARED_FUTURE = [
    "Schools will close at noon and remain closed {d}, officials said.",
    "The bridge will shut for repairs and stay closed until {d}.",
    "The museum will close for a week and reopen on {d}.",
    "The line will be closed for engineering work and reopen on {d}.",
    "Shops could shut early and remain closed on {d} because of the storm.",
]


def test_bare_verb_shares_the_future():
    check(_weekday_cases(SHARED_FUTURE, ahead=True))


DIRECTED = [
    "Police ordered residents to leave on {d}.",
    "The governor urged residents to evacuate on {d}.",
    "Wildfires forced thousands to flee on {d}.",
    "The government told airlines to cancel flights on {d}.",
    "Officials asked people to stay indoors on {d}.",
    "The judge ordered the company to pay $2 million on {d}.",
]


def test_directive_dates_the_past_verb():
    check(_weekday_cases(DIRECTED, ahead=False))


# what stays as it was: an auxiliary before the verb of directing, or a limit, leaves the day to the infinitive
DIRECTED_AHEAD = [
    "Police will ask residents to leave on {d}.",
    "Police have ordered residents to leave by {d}.",
    "The council plans to ask residents to vote on {d}.",
    "The president urged voters to turn out on {d}.",
    "The minister told reporters to expect a decision on {d}.",
]


def test_directive_with_an_auxiliary_stays_ahead():
    check(_weekday_cases(DIRECTED_AHEAD, ahead=True))


DEADLINES = [
    "Candidates have until {d} to register.",
    "Bidders have until {d} to submit offers, the administrators said.",
    "The club has until {d} to pay the fine.",
]


def test_deadline_held_is_ahead():
    check(_weekday_cases(DEADLINES, ahead=True))


def _next_month_day(ref: date, m: int, d: int) -> date:
    y = ref.year if (m, d) > (ref.month, ref.day) else ref.year + 1
    return date(y, m, d)


def test_deadline_held_month_day():
    cases = []
    for ref in MONTH_REFS:
        for m, d in ((9, 30), (3, 31), (6, 30), (12, 1), (1, 15)):
            nxt = _next_month_day(ref, m, d)
            last = date(nxt.year - 1, m, d)
            if (m, d) == (ref.month, ref.day) or ((ref - last).days > 7 and (nxt - ref) > (ref - last)):
                continue   # a date gone by more than a week and nearer than the next: left to the resolver's cost
            # (a date gone a week or less, or one nearer ahead, is the deadline to come: before, a date ahead of a
            # deadline held was read as gone when the past one was nearer by months, "has until Sept. 30" in June)
            name = f"{AP_MONTHS[m - 1]} {d}"
            for frame in ("The agency has until {x} to spend the money.", "Voters have until {x} to register."):
                cases.append((frame.format(x=name), ref, name, _day(_next_month_day(ref, m, d))))
    check(cases)


QUARTER_SPANS = {(1, 3): "Q1", (4, 6): "Q2", (7, 9): "Q3", (10, 12): "Q4"}


def test_month_span_quarter_told_in_the_past():
    cases = []
    for ref in MONTH_REFS:
        for (a, b), q in QUARTER_SPANS.items():
            y = ref.year if date(ref.year, a, 1) <= ref else ref.year - 1
            for sep, noun in (("-", "quarter"), ("-", "period"), (" to ", "quarter")):
                phrase = f"the {MONTHS[a - 1]}{sep}{MONTHS[b - 1]} {noun}"
                for frame in ("Sales in {p} rose 4%, the company said.", "Exports fell in {p}, the ministry said."):
                    cases.append((frame.format(p=phrase), ref, phrase, ("DATE", f"{y}-{q}")))
            phrase = f"the {MONTHS[a - 1]}-{MONTHS[b - 1]} quarter of 2019"
            cases.append((f"Profit in {phrase} fell 10%.", ref, phrase, ("DATE", f"2019-{q}")))
    check(cases)


def test_month_span_half_told_in_the_past():
    cases = []
    for ref in MONTH_REFS:
        for a, b, h in ((1, 6, 1), (7, 12, 2)):
            y = ref.year if date(ref.year, a, 1) <= ref else ref.year - 1
            for noun in ("period", "half"):
                phrase = f"the {MONTHS[a - 1]}-{MONTHS[b - 1]} {noun}"
                cases.append((f"Exports grew 3% in {phrase}, figures showed.", ref, phrase, ("DATE", f"{y}-H{h}")))
    check(cases)


def test_month_span_negatives():
    """No determiner (a note's "April-June quarter maintenance"), a span that is no calendar quarter, or a length that is
    not the noun's: no quarter or half is read."""
    bad = []
    for ref in MONTH_REFS:
        for text in ("April-June quarter maintenance is due now.", "Sales in the February-April quarter rose 2%.",
                     "Output in the January-June quarter was flat.", "Sales in the March-May period rose."):
            got = [t.timex_value for t in __import__("timeline_app.temporal", fromlist=["tag"]).tag(text, ref)]
            if any("-Q" in v or "-H" in v for v in got):
                bad.append((ref, text, got))
    assert not bad, bad


ORDINAL_COUNT = [
    "The strike ended on {d}, the {o} day of the walkout.",
    "The market rose on {d}, the {o} straight day of gains.",
    "Temperatures topped 40C on {d}, the {o} consecutive day of the heatwave.",
]


def test_weekday_then_counting_ordinal():
    cases = []
    for frame in ORDINAL_COUNT:
        for o in ("5th", "21st", "3rd", "12th"):
            cases += _weekday_cases([frame.replace("{o}", o)], ahead=False)
    check(cases)


def test_weekday_then_day_of_the_month_still_read():
    """The ordinal that is a day of the month keeps the weekday_mday reading ("resumes on Monday the 1st")."""
    cases = []
    for ref in REFS:
        d = ref + timedelta(days=10)
        name = f"{['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'][d.weekday()]}"
        suf = "st" if d.day in (1, 21, 31) else "nd" if d.day in (2, 22) else "rd" if d.day in (3, 23) else "th"
        phrase = f"{name}, the {d.day}{suf}"
        cases.append((f"The hearing resumes on {phrase}.", ref, phrase, _day(d)))
    check(cases)


def test_past_closure_is_no_notice():
    cases = _weekday_cases(["Markets were closed {d} for the holiday.", "Banks were closed on {d} for the holiday.",
                            "The library was shut {d} for staff training."], ahead=False)
    # the notice itself (no auxiliary) still names the day to come
    cases += _weekday_cases(["Pool closed {d} for a deep clean."], ahead=True)
    check(cases)


CHANGE_FRAMES = [
    "Traders pared bets on a rate cut in {m} after the statement.",
    "The bank signalled a hike in {m} was likely.",
    "Futures markets priced in a quarter-point cut in {m}.",
    "The opposition called for an election in {m}.",
    "Economists said another rise in {m} was still the most likely outcome.",
]


def _nearer_month(ref: date, m: int):
    """The month m nearer the day of writing (gone: to its last day; to come: from its first), or None when the two are
    within 60 days of each other (the grammar leaves it open) or the month is the month of writing."""
    if m == ref.month:
        return None
    past_y = ref.year if m < ref.month else ref.year - 1
    next_y = past_y + 1
    gone = (ref - (date(past_y + (m == 12), m % 12 + 1, 1) - timedelta(days=1))).days
    ahead = (date(next_y, m, 1) - ref).days
    if abs(gone - ahead) < 60:
        return None
    return f"{past_y if gone < ahead else next_y}-{m:02d}"


def test_month_of_a_change_spoken_of():
    cases = []
    for ref in MONTH_REFS:
        for m in range(1, 13):
            want = _nearer_month(ref, m)
            if want is None:
                continue
            for frame in CHANGE_FRAMES:
                cases.append((frame.format(m=MONTHS[m - 1]), ref, MONTHS[m - 1], ("DATE", want)))
    check(cases)


def test_month_of_a_change_that_happened_keeps_its_past():
    """"the rate cut in October lifted ..." (a definite change, told in the past): the last such month."""
    cases = []
    for ref in MONTH_REFS:
        for m in range(1, 13):
            if m == ref.month:
                continue
            y = ref.year if m < ref.month else ref.year - 1
            cases.append((f"The rate cut in {MONTHS[m - 1]} lifted mortgage approvals.", ref, MONTHS[m - 1],
                          ("DATE", f"{y}-{m:02d}")))
    check(cases)


REMANDS = [
    "The defendant was remanded in custody until {d}, when he will appear again.",
    "The judge remanded him in custody until {d}.",
    "Both men were bailed until {d}.",
    "He was released on bail until {d}.",
]


def test_remand_until_a_day_to_come():
    """A remand or bail runs to the next hearing: "remanded in custody until Friday" names the day to come (as "adjourned
    until Monday" already did)."""
    check(_weekday_cases(REMANDS, ahead=True))
