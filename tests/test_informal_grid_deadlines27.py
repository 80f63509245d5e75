"""Deadlines and the working calendar's time words in informal writing (twenty-sixth session, deadlines27;
docs/informal-time.md, its section on deadlines). The shapes of the section's grammar, each crossed with every day of
a week in 2025 and in 2026, month ends and a year's turn:
- the end of a named day, the day after the abbreviation ("EOD Friday", "COB tmrw", "close of play Friday", "end of
  day Friday") and before it ("Friday EOD", "tmrw COB", "thurs eod", "today EOD"): that day, a DATE;
- the end of the day of writing ("by EOD", "by COB", "by end of day", "by close of play"); of its week, month, year
  and quarter ("EOW", "by EOM", "before EOY", "due EOQ");
- lengths of working days ("within 2 working days", "3 business days", "5-7 working days");
- quarters and halves of plans, fiscal years with one number ("targets for Q3", "Q4 2025", "FY24");
- not tagged: "ASAP", "YTD", "EOFY", "FY2024/25", "half term", "reading week", "freshers' week", "payday", "a cob
  roll", "at the end of the day", a habit's "every Friday EOD".
A weekday said on its own weekday ("Friday EOD" written on a Friday) is left out (the words do not tell this week's
from next). The sentences are this session's own, none copied from a corpus text; values computed from the calendar."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, found, next_weekday, other_weekdays

REFS = [date(2025, 6, 2) + timedelta(days=k) for k in range(7)] + \
       [date(2026, 3, 9) + timedelta(days=k) for k in range(7)] + \
       [date(2025, 1, 31), date(2025, 4, 30), date(2025, 12, 31), date(2026, 1, 1), date(2024, 2, 29)]

SHORT = {"Monday": "mon", "Tuesday": "tues", "Wednesday": "weds", "Thursday": "thurs", "Friday": "fri",
         "Saturday": "sat", "Sunday": "sun"}


def _day(d: date):
    return "DATE", d.isoformat()


def _week(d: date):
    """A deadline's week: the ISO week of writing (a Sunday's: the working week that begins the next day)."""
    if d.isoweekday() == 7:
        d += timedelta(days=1)
    y, w, _ = d.isocalendar()
    return "DATE", f"{y}-W{w:02d}"


def test_day_before_eod():
    """(new) the day word before EOD/COB: one DATE, that day's end."""
    cases = []
    for ref in REFS:
        for n, name in other_weekdays(ref):
            want = _day(next_weekday(ref, n))
            for day in (name, SHORT[name]):
                for w in ("EOD", "eod", "COB"):
                    if w == "COB" and day == SHORT[name]:
                        continue
                    cases.append((f"can you get the slides over by {day} {w} pls", ref, f"{day} {w}", want))
                    cases.append((f"{day} {w} is the deadline for the report", ref, f"{day} {w}", want))
        for dw, off in (("today", 0), ("tmrw", 1), ("tomorrow", 1), ("tmr", 1)):
            for w in ("EOD", "COB"):
                cases.append((f"need the signed copy {dw} {w} at the latest", ref, f"{dw} {w}", _day(ref + timedelta(off))))
    check(cases)


def test_eod_before_day():
    """(done before) "EOD Friday", "COB tmrw", "close of play Friday", "end of day Friday"."""
    cases = []
    for ref in REFS:
        for n, name in other_weekdays(ref):
            want = _day(next_weekday(ref, n))
            for lead in ("EOD", "COB", "close of play", "end of day"):
                cases.append((f"we need sign-off by {lead} {name}", ref, f"{lead} {name}", want))
        for lead in ("EOD", "COB", "close of play"):
            cases.append((f"pls have it back by {lead} tomorrow", ref, f"{lead} tomorrow", _day(ref + timedelta(1))))
    check(cases)


def test_ends_of_periods_of_writing():
    """(done before) the end of the day, week, month, year, quarter of writing."""
    cases = []
    for ref in REFS:
        for lead in ("EOD", "COB", "end of day", "end of play", "close of play"):
            cases.append((f"i'll send it over by {lead}", ref, lead, _day(ref)))
        cases.append(("draft by EOW, demo after", ref, "EOW", _week(ref)))
        cases.append(("can u get the invoices to me by EOM", ref, "EOM", ("DATE", f"{ref.year}-{ref.month:02d}")))
        cases.append(("aiming to ship it before EOY", ref, "EOY", ("DATE", str(ref.year))))
        cases.append(("all expenses due EOQ pls", ref, "EOQ", ("DATE", f"{ref.year}-Q{(ref.month - 1) // 3 + 1}")))
    check(cases)


def test_working_day_lengths():
    cases = []
    for ref in REFS[:3]:
        cases += [("please reply within 2 working days", ref, "2 working days", ("DURATION", "P2D")),
                  ("transfers take 3 business days", ref, "3 business days", ("DURATION", "P3D")),
                  ("refunds take 5-7 working days", ref, "5-7 working days", ("DURATION", "PXD"))]
    check(cases)


def test_quarters_halves_fiscal_years():
    cases = []
    for ref in (date(2025, 6, 4), date(2025, 2, 12)):
        cases += [("our targets for Q3 are set", ref, "Q3", ("DATE", "2025-Q3")),
                  ("Q4 2025 numbers look good", ref, "Q4 2025", ("DATE", "2025-Q4")),
                  ("FY24 results were flat", ref, "FY24", ("DATE", "2024")),
                  ("guidance for FY2026 is unchanged", ref, "FY2026", ("DATE", "2026")),
                  ("H2 2024 was the weakest half in years", ref, "H2 2024", ("DATE", "2024-H2"))]
    check(cases)


def test_not_tagged():
    """ASAP, YTD, EOFY, a fiscal year of two numbers, the school calendar's words, payday, a habit's EOD, bread."""
    wrong = []
    for ref in REFS:
        for text, expr in [("send it asap pls", "asap"), ("ASAP would be great", "ASAP"),
                           ("YTD sales are up 4%", "YTD"), ("EOFY sale on now", "EOFY"),
                           ("the FY2024/25 budget is out", "FY2024/25"), ("the FY2024/25 budget is out", "FY2024"),
                           ("we're away half term", "half term"), ("exams are in reading week", "reading week"),
                           ("freshers' week was chaos", "freshers' week"), ("payday cant come soon enough", "payday"),
                           ("every Friday EOD we sync up", "Friday EOD"), ("grabbed a cheese cob for lunch", "cob"),
                           ("at the end of the day it's your call", "the end of the day"),
                           ("at the end of the day it's your call", "end of the day")]:
            got = found(text, ref, expr)
            if got is not None:
                wrong.append((ref, text, expr, got))
    assert not wrong, wrong[:25]


def test_done_rows_of_the_section():
    """The section's other done rows, said once on each day of writing."""
    cases = []
    for ref in REFS:
        month = ("DATE", f"{ref.year}-{ref.month:02d}")
        cases += [("send me the figures eod pls", ref, "eod", _day(ref)),
                  ("we need the accruals in by month-end", ref, "month-end", month),
                  ("all receipts by end of month", ref, "end of month", month)]
        if ref.isoweekday() != 1:
            cases.append(("I'll look at it first thing Monday", ref, "first thing Monday",
                          ("TIME", next_weekday(ref, 1).isoformat() + "TMO")))
    check(cases)
