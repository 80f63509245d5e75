"""Wrong values on expressions found, by the English behind them, as GRIDS (twenty-third session, values24;
docs/informal-time.md, "A record's month, since midnight, present verbs of change ... (twenty-third session, values24)").

Each frame is a sentence pattern written here, said on many days of writing; the expected value is computed from the
calendar (``datetime``), never from the tagger. Each kind has its look-alikes whose reading must NOT change.

1. A month named as the period a record or a payment covers ("invoices for December go out friday" written in
   January): the month nearest the day of writing (within two months), whatever the clause's tense; the tense dates
   the record, not the month. Kept: a month after a verb and "for" ("book your table for February"), a year written.
2. "since midnight": a time gone, the midnight that opened the day (T00:00), not the one that ends it (T24:00).
   Kept: "the ban starts at midnight", "home by midnight", "open until midnight tonight" (the day's end).
3. A present verb of change before a day ("the fees change on the 1st", "the clocks change on Sunday"): a present of
   what is set to come, the day ahead. Kept: the past ("the fees changed on the 8th"), a noun with a past verb.
4. A day of the month after a day to come the same sentence names ("see you on Monday, and the rent goes up on the
   1st"), where that day's month would put it before the day of writing: the month after. Kept: told in the past.
"""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import WEEKDAYS, check, last_weekday, next_weekday

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
# written in lower case too where the name is no other word ("may", "march", "august" need a stronger cue)
LOWER_OK = {"January", "February", "April", "June", "July", "September", "October", "November", "December"}

# days of writing: the 3rd, 14th and 28th of every month of 2025 and of 2026's first quarter, a leap day
REFS = [date(y, m, d) for y, m in [(2025, k) for k in range(1, 13)] + [(2026, 1), (2026, 2), (2026, 3)]
        for d in (3, 14, 28)] + [date(2028, 2, 29)]


def _month_at(ref: date, k: int) -> tuple[int, int]:
    """(year, month) k months from the day of writing's month."""
    n = ref.year * 12 + ref.month - 1 + k
    return n // 12, n % 12 + 1


# 1. a record's month: (frame, noun group). Every tense: a future, a present, a past, a question, none.
RECORD_FRAMES = [
    "reminder: invoices for {m} go out on friday",
    "the timesheets for {m} are due today",
    "payslips for {m} will be emailed tomorrow",
    "can you send me the figures for {m}?",
    "Expenses for {m} went in yesterday.",
    "subs for {m} are due asap pls",
    "Rent for {m} has been paid, thanks!",
    "our bills for {m} were huge",
]


def _record_cases():
    cases = []
    for ref in REFS:
        for k in (-2, -1, 1, 2):
            y, mo = _month_at(ref, k)
            name = MONTHS[mo - 1]
            for frame in RECORD_FRAMES:
                for written in ([name, name.lower()] if name in LOWER_OK else [name]):
                    cases.append((frame.format(m=written), ref, written, ("DATE", f"{y}-{mo:02d}")))
    return cases


def test_a_records_month_is_the_one_nearest_the_day_of_writing():
    check(_record_cases())


def _record_kept_cases():
    cases = []
    for ref in REFS:
        for k in (1, 2, 10, 11):   # a month after a verb and "for": the next such month (k months on)
            y, mo = _month_at(ref, k)
            name = MONTHS[mo - 1]
            cases.append((f"book your table for {name} now", ref, name, ("DATE", f"{y}-{mo:02d}")))
        y, mo = _month_at(ref, -1)
        name = MONTHS[mo - 1]
        cases.append((f"invoices for {name} {y - 1} went out late", ref, f"{name} {y - 1}", ("DATE", f"{y - 1}-{mo:02d}")))
    return cases


def test_a_month_after_a_verb_and_a_written_year_are_kept():
    check(_record_kept_cases())


# 2. since midnight
SINCE_FRAMES = [
    "been up since midnight 😴",
    "18cm of snow since midnight, roads are grim",
    "the power's been off since midnight",
    "No trains have run since midnight.",
    "the baby has been awake since midnight and I'm shattered",
    "been up since midnight last night, shattered",
    "all crews out since midnight. first pass done by 9:30",
]
END_FRAMES = [
    ("the ban starts at midnight", "midnight"),
    ("home by midnight", "midnight"),
    ("open until midnight tonight", "midnight tonight"),
]


def test_since_midnight_is_the_midnight_that_opened_the_day():
    cases = [(f, ref, "midnight", ("TIME", f"{ref.isoformat()}T00:00")) for ref in REFS for f in SINCE_FRAMES]
    # a day the sentence names: that day's opening midnight
    for ref in REFS:
        for wd, name in enumerate(WEEKDAYS, 1):
            if wd == ref.isoweekday():
                continue
            day = last_weekday(ref, wd)
            cases.append((f"On {name} the road had been shut since midnight.", ref, "midnight", ("TIME", f"{day.isoformat()}T00:00")))
    check(cases)


def test_midnight_as_an_end_keeps_the_days_end():
    check([(f, ref, expr, ("TIME", f"{ref.isoformat()}T24:00")) for ref in REFS for f, expr in END_FRAMES])


# 3. present verbs of change
CHANGE_FRAMES = [
    "the fees change on {d}",
    "the price changes on {d}",
    "prices rise on {d}, book now",
    "the rent increases on {d}",
    "the timetable switches on {d}",
    "our class moves on {d}",
]
CHANGE_PAST_FRAMES = [
    "the fees changed on {d}",
    "the change on {d} was a shock",
]


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _first_after(ref: date, n: int) -> date:
    """The first day numbered n after the day of writing."""
    d = ref + timedelta(days=1)
    while d.day != n:
        d += timedelta(days=1)
    return d


def _last_before(ref: date, n: int) -> date:
    d = ref - timedelta(days=1)
    while d.day != n:
        d -= timedelta(days=1)
    return d


# days of writing for a day of the month: the 14th to the 20th of a month, so that the 1st, 2nd and 8th are gone at
# least five days in the month of writing (a present told of a day one to four days gone leans to the nearer, §62)
MDAY_REFS = [date(y, m, d) for y, m in ((2025, 9), (2025, 12), (2026, 2), (2026, 6)) for d in range(14, 21)]


def test_a_present_verb_of_change_puts_the_day_ahead():
    cases = []
    for ref in MDAY_REFS:
        for n in (1, 2, 8, 25, 28):
            want = _first_after(ref, n)
            for f in CHANGE_FRAMES:
                cases.append((f.format(d=f"the {_ordinal(n)}"), ref, f"the {_ordinal(n)}", ("DATE", want.isoformat())))
        for wd, name in enumerate(WEEKDAYS, 1):
            if wd == ref.isoweekday():
                continue
            want = next_weekday(ref, wd)
            for f in ("the clocks change on {d}", "the timetable changes on {d}", "prices rise on {d}"):
                cases.append((f.format(d=name), ref, name, ("DATE", want.isoformat())))
    check(cases)


def test_a_change_told_in_the_past_stays_gone():
    cases = []
    for ref in MDAY_REFS:
        for n in (1, 2, 8):
            want = _last_before(ref, n)
            for f in CHANGE_PAST_FRAMES:
                cases.append((f.format(d=f"the {_ordinal(n)}"), ref, f"the {_ordinal(n)}", ("DATE", want.isoformat())))
        for wd, name in enumerate(WEEKDAYS, 1):
            if wd != ref.isoweekday():
                cases.append((f"the clocks changed on {name}", ref, name, ("DATE", last_weekday(ref, wd).isoformat())))
    check(cases)


# 4. a day of the month after a day to come the sentence names
AFTER_DAY_FRAMES = [
    "see you on {w}, and the rent goes up on {d} btw",
    "{w} works for me! also remember the fees change on {d}, so book early",
    "can we do {w} at noon? the new rota starts on {d}",
]


def test_a_day_of_the_month_after_a_named_day_to_come_is_the_month_after():
    cases = []
    for ref in MDAY_REFS:
        for wd, name in enumerate(WEEKDAYS, 1):
            if wd == ref.isoweekday() or next_weekday(ref, wd).month != ref.month:
                continue   # (a day to come in the month after already puts the day there)
            for n in (1, 2, 8):
                want = _first_after(ref, n)
                for f in AFTER_DAY_FRAMES:
                    cases.append((f.format(w=name, d=f"the {_ordinal(n)}"), ref, f"the {_ordinal(n)}", ("DATE", want.isoformat())))
    check(cases)


def test_a_day_of_the_month_told_in_the_past_after_a_day_to_come_stays_gone():
    cases = []
    for ref in MDAY_REFS:
        for wd, name in enumerate(WEEKDAYS, 1):
            if wd == ref.isoweekday() or next_weekday(ref, wd).month != ref.month:
                continue
            for n in (1, 2, 8):
                want = _last_before(ref, n)
                cases.append((f"see you on {name}, we were there on the {_ordinal(n)} too", ref, f"the {_ordinal(n)}",
                              ("DATE", want.isoformat())))
    check(cases)


# the sentences docs/informal-time.md quotes, said on a day of writing each; values from the helpers above
DOC_CASES = [
    ("reminder: invoices for December go out friday", date(2026, 1, 14), "December", -1),
    ("the timesheets for January are due today", date(2026, 2, 3), "January", -1),
    ("the rota's fine but the invoices for February went out early", date(2026, 1, 14), "February", 1),
]


def test_the_documents_sentences():
    cases = []
    for text, ref, expr, k in DOC_CASES:
        y, mo = _month_at(ref, k)
        cases.append((text, ref, expr, ("DATE", f"{y}-{mo:02d}")))
    ref = date(2026, 1, 14)
    cases.append(("18cm down already. all 9 trucks out since midnight.", ref, "midnight", ("TIME", f"{ref.isoformat()}T00:00")))
    ref = date(2025, 9, 11)   # a Thursday
    cases.append(("monday at noon works! and remember the fees change on the 1st, so book October early", ref, "the 1st",
                  ("DATE", _first_after(ref, 1).isoformat())))
    cases.append(("the clocks change on Sunday", ref, "Sunday", ("DATE", next_weekday(ref, 7).isoformat())))
    cases.append(("the timetable changes on Monday", ref, "Monday", ("DATE", next_weekday(ref, 1).isoformat())))
    check(cases)
