"""Stretches of months and seasons across the year's turn, fiscal and half-year periods (thirty-first session,
stretch32; docs/informal-time.md §112): a period named by where it ends ("the quarter ending in July", "the 12 months
to March", "the six months ended 31 July"), a winter of two years ("winter 2022/23"), a fiscal quarter with its fiscal
year ("Q3 FY25"), "the back half of the year", a month range whose year is told after the first month ("Nov 2021 -
Jan"), and look-alikes that stay untagged ("room Q3", "Case 2022-23", "part FY24-3321").

The sentences are this session's own, in news and informal voices, written from the grammar of §112; the days of
writing are the 15th of every month of 2024 and 2025, a June 2025 week, year and month ends and a leap day; every value
is computed here from the calendar. A period ending in the month of writing is left out (whether it has ended is not
in the words)."""
from __future__ import annotations

import calendar
from datetime import date, timedelta

from gridcheck import check, check_untagged

REFS = [date(y, m, 15) for y in (2024, 2025) for m in range(1, 13)] \
    + [date(2025, 6, 2) + timedelta(days=k) for k in range(7)] \
    + [date(2024, 12, 31), date(2025, 1, 1), date(2024, 2, 29), date(2025, 4, 30), date(2025, 9, 30)]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
SHORT = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]


def gone(ref: date, m: int) -> int:
    """The year of the last month m ended before the day of writing (m is not the month of writing)."""
    return ref.year if m < ref.month else ref.year - 1


def ahead_or_just_ended(ref: date, m: int) -> int:
    """A future's period end: the next month m, unless the last one ended one or two months ago (results told after
    the period, as agency copy and a treasurer tell them)."""
    back = (ref.month - m) % 12
    if back in (1, 2):
        return gone(ref, m)
    return ref.year if m > ref.month else ref.year + 1


def quarter_ending(y: int, m: int) -> tuple[str, str]:
    """The calendar quarter holding most of the three months that end with month m of year y (TimeBank: "the quarter
    ended July 31" is Q2)."""
    mid, qy = m - 1, y
    if mid == 0:
        mid, qy = 12, y - 1
    return "DATE", f"{qy}-Q{(mid - 1) // 3 + 1}"


def _m(y: int, m: int) -> tuple[str, str]:
    return "DATE", f"{y:04d}-{m:02d}"


# a period's end told in the past or in a report (gone), with "ended", "ending", "to"
PAST_QUARTER = ["Revenue for the quarter ended in {M} rose 5%, the company said.",
                "Net profit for the quarter ending in {M} fell 3% to $40 million.",
                "honestly the quarter ending {M} was rough for us",
                "The quarter ended in {M} was the strongest in the firm's history."]
PAST_PERIOD = [("Sales for the three months to {M} were up 4%.", "three months"),
               ("Turnover for the 12 months to {M} was flat, the club's treasurer said.", "12 months"),
               ("Rents in the year to {M} rose 9%, the figures showed.", None),
               ("our takings for the six months ending {M} were the best yet!!", "six months")]
FUTURE_QUARTER = ["The company will report results for the quarter ending in {M}.",
                  "we're going to close the books soon on the quarter ending in {M}"]
FUTURE_PERIOD = ["The ONS will publish figures for the three months to {M} on Tuesday.",
                 "The group is expected to report sales for the 12 months to {M}."]


def test_quarter_by_its_end_told_in_the_past():
    cases = []
    for ref in REFS:
        for m in range(1, 13):
            if m == ref.month:
                continue
            y = gone(ref, m)
            for frame in PAST_QUARTER:
                text = frame.format(M=MONTHS[m - 1])
                cases.append((text, ref, MONTHS[m - 1], _m(y, m)))
                the = "The quarter" if text.startswith("The quarter") else "the quarter"
                cases.append((text, ref, the, quarter_ending(y, m)))
    check(cases)


def test_period_by_its_end_told_in_the_past():
    cases = []
    for ref in REFS:
        for m in range(1, 13):
            if m == ref.month:
                continue
            y = gone(ref, m)
            for frame, length in PAST_PERIOD:
                text = frame.format(M=MONTHS[m - 1])
                cases.append((text, ref, MONTHS[m - 1], _m(y, m)))
                if length:
                    n = {"three": 3, "six": 6, "12": 12}[length.split()[0]]
                    cases.append((text, ref, length, ("DURATION", f"P{n}M")))
    check(cases)


def test_period_ended_on_a_day():
    cases = []
    for ref in REFS:
        for m in range(1, 13):
            if m == ref.month:
                continue
            y = gone(ref, m)
            last = calendar.monthrange(y, m)[1]
            for frame in ["Profit for the six months ended {d} {M} rose 12%.",
                          "Pre-tax profit for the year ended {M} {d} was £3.1m."]:
                text = frame.format(d=last, M=MONTHS[m - 1])
                expr = f"{last} {MONTHS[m - 1]}" if "{d} {M}" in frame else f"{MONTHS[m - 1]} {last}"
                cases.append((text, ref, expr, ("DATE", date(y, m, last).isoformat())))
    check(cases)


def test_period_by_its_end_told_of_the_future():
    cases = []
    for ref in REFS:
        for m in range(1, 13):
            if m == ref.month:
                continue
            y = ahead_or_just_ended(ref, m)
            for frame in FUTURE_QUARTER:
                text = frame.format(M=MONTHS[m - 1])
                cases.append((text, ref, MONTHS[m - 1], _m(y, m)))
                cases.append((text, ref, "the quarter", quarter_ending(y, m)))
            for frame in FUTURE_PERIOD:
                text = frame.format(M=MONTHS[m - 1])
                cases.append((text, ref, MONTHS[m - 1], _m(y, m)))
    check(cases)


def test_a_winter_of_two_years():
    cases = []
    for ref in REFS[::3]:
        for y in range(2015, 2027):
            for frame, expr in [("Sales were weak in winter {y}/{yy}.", "winter {y}/{yy}"),
                                ("Prices rose over the winter of {y}-{yy}.", "the winter of {y}-{yy}"),
                                ("we had so much snow in the winter of {y}/{yy} lol", "the winter of {y}/{yy}"),
                                ("The heating bills for winter {y}/{Y} were a shock.", "winter {y}/{Y}"),
                                ("Winter {y}-{yy} was the wettest on record.", "Winter {y}-{yy}")]:
                kw = dict(y=y, yy=f"{(y + 1) % 100:02d}", Y=y + 1)
                cases.append((frame.format(**kw), ref, expr.format(**kw), ("DATE", f"{y + 1}-WI")))
    check(cases)


def test_a_fiscal_quarter_with_its_fiscal_year():
    cases = []
    for ref in REFS[::2]:
        for fy in range(2019, 2029):
            for q in range(1, 5):
                for frame, expr in [("Revenue in Q{q} FY{yy} was up 6%.", "Q{q} FY{yy}"),
                                    ("Q{q} FY{y} results are out on Thursday.", "Q{q} FY{y}"),
                                    ("we smashed our targets in FY{yy} Q{q} 🎉", "FY{yy} Q{q}")]:
                    kw = dict(q=q, y=fy, yy=f"{fy % 100:02d}")
                    cases.append((frame.format(**kw), ref, expr.format(**kw), ("DATE", f"{fy}-Q{q}")))
    check(cases)


def test_the_back_and_front_half_of_a_year():
    cases = []
    for ref in REFS:
        for side, h in (("back", 2), ("front", 1)):
            for frame, expr, y in [
                    ("We expect growth in the {s} half of this year.", "the {s} half of this year", ref.year),
                    ("the {s} half of next year looks better tbh", "the {s} half of next year", ref.year + 1),
                    ("Sales were weak in the {s} half of last year.", "the {s} half of last year", ref.year - 1),
                    ("We will hire two more people in the {s} half of {Y}.", "the {s} half of {Y}", 2026)]:
                cases.append((frame.format(s=side, Y=2026), ref, expr.format(s=side, Y=2026), ("DATE", f"{y}-H{h}")))
    check(cases)


def test_a_month_range_whose_year_follows_the_first_month():
    cases = []
    for ref in REFS[::4]:
        for y in (2019, 2021, 2023):
            for m1 in range(1, 13):
                for k in (1, 2, 3):
                    m2 = (m1 - 1 + k) % 12 + 1
                    y2 = y + (1 if m2 < m1 else 0)
                    for frame in ["We lived there {a} {y} - {b}.", "i was off work {a} {y} to {b} with my back",
                                  "The exhibition ran from {a} {y} to {b}."]:
                        text = frame.format(a=SHORT[m1 - 1], b=MONTHS[m2 - 1], y=y)
                        cases.append((text, ref, MONTHS[m2 - 1], _m(y2, m2)))
                    # the last end written short and in lower case, as a post writes it ("Nov 2021 - jan")
                    low = SHORT[m2 - 1].lower()
                    text = f"we were up there {SHORT[m1 - 1]} {y} - {low} and loved it"
                    cases.append((text, ref, low, _m(y2, m2)))
    check(cases)


# kept as they were (the dev gold's conventions, §91, §108): must not move
def test_kept_readings():
    cases = []
    for ref in REFS:
        for y in (2021, 2022, 2023):
            yy = f"{(y + 1) % 100:02d}"
            for frame in ["He scored 20 goals in the {y}-{yy} season.", "Enrolment fell in the {y}-{yy} school year.",
                          "Profits rose in the {y}/{yy} fiscal year."]:
                text = frame.format(y=y, yy=yy)
                cases.append((text, ref, str(y), ("DATE", str(y))))
                cases.append((text, ref, yy, ("DATE", str(y + 1))))
            cases.append((f"We stayed there from December to February {y + 1}.", ref, "December", _m(y, 12)))
            cases.append((f"We stayed there from December to February {y + 1}.", ref, f"February {y + 1}", _m(y + 1, 2)))
        cases.append(("The company expects growth in fiscal 2024.", ref, "fiscal 2024", ("DATE", "2024")))
        cases.append(("Revenue for FY24 was up.", ref, "FY24", ("DATE", "2024")))
        cases.append(("Sales rose in H1 2023.", ref, "H1 2023", ("DATE", "2023-H1")))
        if ref.month not in (10, 11, 12, 1, 2, 3):
            # "between October and March" told in the past, outside the winter: the last such winter's months
            cases.append(("It rained between October and March.", ref, "October", _m(ref.year - 1, 10)))
            cases.append(("It rained between October and March.", ref, "March", _m(ref.year, 3)))
            cases.append(("It will rain between October and March.", ref, "October", _m(ref.year, 10)))
            cases.append(("It will rain between October and March.", ref, "March", _m(ref.year + 1, 3)))
    check(cases)


LOOK_ALIKES = [
    ("Meet in room Q3 at noon.", ["Q3"]),
    ("The projector in room Q2 is broken again", ["Q2"]),
    ("see grid ref Q4 on the map", ["Q4"]),
    ("we're in seat Q1 near the front", ["Q1"]),
    ("Boarding from gate Q3.", ["Q3"]),
    ("Case 2022-23 was heard on Monday.", ["2022", "23"]),
    ("Please quote ref 2021-22 when you call.", ["2021", "22"]),
    ("Order No. 2023-24 has shipped", ["2023", "24"]),
    ("Part number FY24-3321 is out of stock.", ["FY24", "24"]),
    ("SKU FY2023X back in stock", ["FY2023X", "FY2023"]),
    ("H1 Introduction", ["H1"]),
]


def test_look_alikes_stay_untagged():
    check_untagged(LOOK_ALIKES, REFS[::6])
