"""Deadlines and dealings with offices, as a grid (sixteenth session, admin; docs/informal-time.md, the
section "Deadlines and dealings with offices"): appointment reminders, council and university emails,
bills, deliveries and returns, subscriptions, payroll and court letters write their times in forms
the informal sets had little of. Each class is said on every day of a week and at month and year ends
against the value TimeML gives it, computed HERE from the calendar with ``datetime`` (never from the
tagger's code).

The decisions (TimeML TIMEX3, benchmarks/data/fresh/README.md, informal14-admin):
- a delivery slot "between 10:15 and 14:15" is two TIMEs on the slot's day (the first was not found);
- a full numeric date whose two numbers can both be the month ("09/04/2026") takes the order the
  text's other numeric dates show ("24/03/26"), else the country its clues name (a pound amount, "MOT",
  "NHS": day first; a dollar amount, "IRS": month first), as a year-less slash date does;
- a card's expiry "expires 01/26", "Exp: 11/27" is the month of that year;
- a bound on a length of notice with its event unsaid ("at least 24 hours before.", "up to one month
  before") is the length, a DURATION, not a point reached from the last time told;
- a range of counted days ("5-7 working days", "3 to 5 business days") is some days, `PXD`;
- "the last working day of the month", "the first business day of May" is that day (Monday to Friday);
- a single weekday with its hours after a schedule's range ("Mon–Thu 9.00–17.00, Fri 9.00–16.00") is a
  SET and its hours a habit's, as the range before it;
- a habit's day changing ("your recycling day changes from Tuesday to Thursday") names two SETs;
- a four-digit group of a reference or a masked card number ("ref 1550 2217 8841", "•••• 1234") is no year.
"""
from __future__ import annotations

import calendar
from datetime import date, timedelta

from timeline_app.temporal import tag

from test_informal_grid import FULL, WEEK

EDGES = [date(2025, 6, 30), date(2025, 12, 31), date(2026, 2, 28), date(2024, 12, 29), date(2026, 3, 31)]
REFS = WEEK + EDGES
SHORT_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"]


def _find(text: str, ref: date, expr: str):
    """The Timex of ``expr``: its exact extent, else one holding it with only a modifier more ("at least
    24 hours": the tagger keeps an approximator in a length's extent)."""
    found = tag(text, ref)
    for t in found:
        if t.expression == expr:
            return t
    for t in found:
        if t.expression.endswith(expr) and t.expression[:-len(expr)].strip().lower() in _MODIFIERS:
            return t
    return None


_MODIFIERS = {"at least", "up to", "no less than", "at most", "no more than", "within"}


def _check(cases) -> None:
    """``cases``: (text, ref, expression, type, value); type None: the expression must not be tagged
    (nor any expression holding it)."""
    wrong = []
    for text, ref, expr, typ, value in cases:
        if typ is None:
            got = [(t.expression, t.timex_value) for t in tag(text, ref) if expr in t.expression]
            if got:
                wrong.append(f"{ref:%a %Y-%m-%d}: {text!r} [{expr}] -> {got} (want untagged)")
            continue
        t = _find(text, ref, expr)
        got = t and (t.timex_type, t.timex_value)
        if got != (typ, value):
            wrong.append(f"{ref:%a %Y-%m-%d}: {text!r} [{expr}] -> {got} (want {(typ, value)})")
    assert not wrong, f"{len(wrong)} of {len(cases)} wrong:\n" + "\n".join(wrong[:40])


def _clock(d: date, h: int, mi: int) -> str:
    return f"{d.isoformat()}T{h:02d}:{mi:02d}"


SLOTS = [((10, 15), (14, 15)), ((7, 0), (11, 0)), ((12, 3), (13, 3)), ((16, 30), (18, 30))]
SLOT_TEXTS = [
    ("DPX: Your parcel is due today between {a} and {b}. Your driver is Kamil.", 0),
    ("Good news! Your delivery is now due today between {a} and {b}.", 0),
    ("Your order will arrive tomorrow between {a} and {b}.", 1),
    ("Engineer visit confirmed for tomorrow, between {a} and {b}.", 1),
]


def test_delivery_slot_between_two_clock_times():
    cases = []
    for ref in REFS:
        for tpl, off in SLOT_TEXTS:
            for (h1, m1), (h2, m2) in SLOTS:
                a, b = f"{h1:02d}:{m1:02d}", f"{h2:02d}:{m2:02d}"
                text = tpl.format(a=a, b=b)
                day = ref + timedelta(days=off)
                cases += [(text, ref, a, "TIME", _clock(day, h1, m1)), (text, ref, b, "TIME", _clock(day, h2, m2))]
    _check(cases)


# numeric dates with a year both of whose numbers can be the month (days 1-12 of months 1-12, not equal)
NUMERIC_DAYS = [date(2026, 4, 9), date(2026, 1, 12), date(2025, 11, 3), date(2026, 3, 5), date(2025, 8, 7)]


def _dm(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def _md(d: date) -> str:
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def test_two_way_numeric_date_by_the_texts_order_or_country():
    cases = []
    for ref in REFS:
        for d in NUMERIC_DAYS:
            other = ref + timedelta(days=13 + (13 - ref.day) % 7)   # a day over 12: tells the order
            if other.day <= 12:
                other += timedelta(days=13)
            dm_other, md_other = f"{other.day:02d}/{other.month:02d}/{other.year % 100:02d}", f"{other.month:02d}/{other.day:02d}/{other.year}"
            cases += [
                (f"Appt confirmed {dm_other} at 3:15pm. The MOT for AB12 CDE expires on {_dm(d)}.", ref, _dm(d), "DATE", d.isoformat()),
                (f"Kwik Fit: The MOT for vehicle AB12 CDE expires on {_dm(d)}. Book now and save 20%.", ref, _dm(d), "DATE", d.isoformat()),
                (f"Your bill of £142.60 is due on {_dm(d)}.", ref, _dm(d), "DATE", d.isoformat()),
                (f"Payment on {md_other} for the period ending {_md(d)}.", ref, _md(d), "DATE", d.isoformat()),
                (f"Your plan renews on {_md(d)}. You'll be charged $119.99.", ref, _md(d), "DATE", d.isoformat()),
            ]
    _check(cases)


def test_card_expiry_month_and_year():
    cases = []
    for ref in REFS:
        for k in range(0, 30, 5):
            y, mo = divmod(ref.year * 12 + ref.month - 1 + k, 12)
            exp = f"{mo + 1:02d}/{y % 100:02d}"
            want = f"{y}-{mo + 1:02d}"
            cases += [
                (f"Reminder: your card ending 4417 expires {exp}. Please update your payment method.", ref, exp, "DATE", want),
                (f"Card: Visa •••• 1234 Exp: {exp}", ref, exp, "DATE", want),
                (f"Debit card valid thru {exp}, so order a new one.", ref, exp, "DATE", want),
            ]
    _check(cases)


BOUNDS = [("at least", "24 hours", "PT24H"), ("at least", "48 hours", "PT48H"), ("up to", "one month", "P1M"),
          ("no less than", "2 days", "P2D"), ("at least", "two weeks", "P2W"), ("up to", "90 days", "P90D")]


def test_bound_on_a_length_of_notice():
    cases = []
    for ref in REFS:
        for bound, length, value in BOUNDS:
            cases += [
                (f"You have an appointment on {FULL[(ref.weekday() + 2) % 7]} at 09:40. To cancel, reply CANCEL {bound} {length} before.",
                 ref, length, "DURATION", value),
                (f"You can test it {bound} {length} before and keep the same renewal date.", ref, length, "DURATION", value),
                (f"Collection at 3pm. Please confirm {bound} {length} before.", ref, length, "DURATION", value),
            ]
    _check(cases)


def test_range_of_counted_days():
    cases = []
    for ref in REFS:
        for a, b in ((3, 5), (5, 7), (2, 4), (7, 10)):
            for kind in ("working", "business"):
                cases += [
                    (f"Refunds are processed within {a}-{b} {kind} days of the item reaching us.", ref, f"{a}-{b} {kind} days", "DURATION", "PXD"),
                    (f"Please allow {a} to {b} {kind} days for delivery.", ref, f"{a} to {b} {kind} days", "DURATION", "PXD"),
                ]
            cases.append((f"Documents must be filed at least {a} court days before the hearing.", ref, f"{a} court days", "DURATION", f"P{a}D"))
    _check(cases)


def _last_working(y: int, m: int) -> date:
    d = date(y, m, calendar.monthrange(y, m)[1])
    while d.weekday() > 4:
        d -= timedelta(days=1)
    return d


def _first_working(y: int, m: int) -> date:
    d = date(y, m, 1)
    while d.weekday() > 4:
        d += timedelta(days=1)
    return d


def test_last_working_day_of_the_month():
    cases = []
    refs = REFS + [date(2026, m, 10) for m in range(1, 13)]
    for ref in refs:
        ny, nm = divmod(ref.year * 12 + ref.month, 12)
        nm += 1
        this_last = _last_working(ref.year, ref.month)
        cases += [
            ("Salaries are paid on the last working day of the month.", ref, "the last working day of the month", "DATE", this_last.isoformat()),
            ("Pay will land on the last business day of this month.", ref, "the last business day of this month", "DATE", this_last.isoformat()),
            ("Rent is due on the first working day of next month.", ref, "the first working day of next month", "DATE", _first_working(ny, nm).isoformat()),
            (f"The deadline is the last working day of {MONTH[nm - 1]} {ny}.", ref, f"the last working day of {MONTH[nm - 1]} {ny}", "DATE",
             _last_working(ny, nm).isoformat()),
        ]
    _check(cases)


def _hours_value(h: int) -> str:
    return f"XXXX-XX-XXT{h:02d}:00"


def test_single_weekday_after_a_schedule_range():
    cases = []
    for ref in REFS:
        for d1, d2, d3 in ((0, 3, 4), (1, 4, 5), (0, 4, 5), (2, 5, 6)):
            text = f"Opening hours: {SHORT_WD[d1]}–{SHORT_WD[d2]} 9.00–17.00, {SHORT_WD[d3]} 9.00–16.00."
            cases += [(text, ref, SHORT_WD[d3], "SET", f"XXXX-WXX-{d3 + 1}"), (text, ref, "16.00", "TIME", _hours_value(16))]
            text = f"Open {FULL[d1]} to {FULL[d2]} 8am-6pm; {FULL[d3]} 10am-2pm"
            cases += [(text, ref, FULL[d3], "SET", f"XXXX-WXX-{d3 + 1}"), (text, ref, "10am", "TIME", _hours_value(10)),
                      (text, ref, "2pm", "TIME", _hours_value(14))]
            text = f"Call us {SHORT_WD[d1]}-{SHORT_WD[d2]} 8am-8pm, {SHORT_WD[d3]} 9am-1pm."
            cases += [(text, ref, SHORT_WD[d3], "SET", f"XXXX-WXX-{d3 + 1}"), (text, ref, "1pm", "TIME", _hours_value(13))]
    _check(cases)


def test_past_sentence_before_a_schedule():
    cases = []
    for ref in REFS:
        for d1, d2 in ((0, 4), (1, 5), (0, 5)):
            text = f"Your last visit was {MON[(ref.month + 5) % 12]} {ref.year - 1}. Call us {SHORT_WD[d1]}-{SHORT_WD[d2]} 8am-6pm to book."
            cases += [(text, ref, SHORT_WD[d1], "SET", f"XXXX-WXX-{d1 + 1}"), (text, ref, "8am", "TIME", _hours_value(8))]
    _check(cases)


HABIT_NOUNS = ["recycling day", "bin day", "collection day", "PE day", "swimming day", "pay day"]


def test_habit_day_changing():
    cases = []
    for ref in REFS:
        for noun in HABIT_NOUNS:
            for a, b in ((1, 3), (0, 4), (4, 2)):
                text = f"From next term your {noun} changes from {FULL[a]} to {FULL[b]}."
                cases += [(text, ref, FULL[a], "SET", f"XXXX-WXX-{a + 1}"), (text, ref, FULL[b], "SET", f"XXXX-WXX-{b + 1}")]
                text = f"Heads up: {noun} has changed to {FULL[b]}."
                cases.append((text, ref, FULL[b], "SET", f"XXXX-WXX-{b + 1}"))
    _check(cases)


def test_digit_groups_of_an_id_are_no_year():
    cases = []
    for ref in REFS:
        for y in (1550, 2019, 2026, 1987):
            cases += [
                (f"Your other parcel (ref {y} 2217 8841) is due today.", ref, str(y), None, None),
                (f"Card: Visa •••• {y}. Thanks for your order.", ref, str(y), None, None),
                (f"Tracking number 8841 {y} 5521 2210.", ref, str(y), None, None),
            ]
        cases.append(("The leave year runs from 1 Jan to 31 Dec 2026.", ref, "31 Dec 2026", "DATE", "2026-12-31"))
    _check(cases)
