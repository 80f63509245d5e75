"""Several time words that make one unit (thirtieth session, lists31; docs/informal-time.md §108): a list of months placed
as one stretch of the calendar ("We visited in March, April and May" written in April: all three of the year before), its
ambiguous first member ("June or July?", "March, April and May's figures"), a list of days of the month sharing the month
said after the last ("the 3rd, 4th and 5th of May"), a weekday in apposition with its day ("next Thurs, the 14th": one
DATE where they agree, nothing where they do not), a season of two years ("the 2023/24 season": two DATEs, as the dev gold
splits "2007-08"), and what stays untagged: names in a list, modals, counts, scores and phone numbers.

The sentences are this session's own, written from the grammar of §108; the days of writing are the 15th of every month of
2024 and 2025, the ends of years and months, a leap day; values from the calendar here. Where the grammar leaves a reading
open (a plan whose list holds the month of writing; a list without a verb around the turn of the year) the case is left
out: which one the writer means is not this grid's question."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check
from timeline_app.temporal import tag

REFS = [date(y, m, 15) for y in (2024, 2025) for m in range(1, 13)] + [
    date(2024, 12, 31), date(2025, 1, 1), date(2024, 2, 29), date(2025, 6, 30), date(2025, 9, 1)]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
SHORT = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]


def _ym(y: int, m: int) -> tuple[str, str]:
    return "DATE", f"{y:04d}-{m:02d}"


def _run(first: int, n: int) -> list[int]:
    """n months in calendar order from month ``first`` (1-12), turning the year where they pass December."""
    return [(first - 1 + k) % 12 + 1 for k in range(n)]


def _past_years(ref: date, months: list[int]) -> list[int]:
    """The years of a list told in the past: the last member is the last such month gone (the month of writing
    counts as gone), each earlier member in the year of the one after it, or the year before at a turn."""
    last = months[-1]
    y = ref.year if last <= ref.month else ref.year - 1
    years = [y]
    for before, after in zip(reversed(months[:-1]), reversed(months[1:])):
        y = y if before < after else y - 1
        years.append(y)
    return years[::-1]


def _future_years(ref: date, months: list[int]) -> list[int]:
    """The years of a list told as a plan: the first member is the next such month, the later ones the same year
    or the next at a turn."""
    y = ref.year if months[0] > ref.month else ref.year + 1
    years = [y]
    for before, after in zip(months, months[1:]):
        y = y if after > before else y + 1
        years.append(y)
    return years


def _listed(names: list[str], joiner: str) -> str:
    """"A, B and C" (or "A & B") as writers join a list."""
    if len(names) == 2:
        return f"{names[0]}{joiner}{names[1]}"
    return ", ".join(names[:-1]) + joiner + names[-1]


PAST_FRAMES = ["We visited in {l}", "i was off in {l} with my back", "we went over in {l}, it was lovely",
               "They stayed with us {l}, bless them", "Sales were weak in {l}, the report said."]
FUTURE_FRAMES = ["We'll go in {l}", "we're heading over in {l} x", "The works will run in {l}.",
                 "i'm going to be away {l}"]
JOINERS = [" and ", " & ", ", and "]


def test_a_list_of_months_told_in_the_past_is_one_stretch():
    cases = []
    for ref in REFS:
        for first in range(1, 13):
            for n in (2, 3):
                months = _run(first, n)
                years = _past_years(ref, months)
                for names in (MONTHS, SHORT):
                    if names is SHORT and months[0] in (3, 4, 5, 6, 7):
                        continue   # the same words as the full names
                    for frame in PAST_FRAMES:
                        for joiner in JOINERS[:2] if n == 2 else JOINERS:
                            text = frame.format(l=_listed([names[m - 1] for m in months], joiner))
                            for m, y in zip(months, years):
                                cases.append((text, ref, names[m - 1], _ym(y, m)))
    check(cases)


def test_a_list_of_months_told_as_a_plan_is_one_stretch():
    cases = []
    for ref in REFS:
        for first in range(1, 13):
            for n in (2, 3):
                months = _run(first, n)
                if ref.month in months:
                    continue   # the month of writing: this one or a year on, left open
                years = _future_years(ref, months)
                for frame in FUTURE_FRAMES:
                    for joiner in JOINERS[:2] if n == 2 else JOINERS:
                        text = frame.format(l=_listed([MONTHS[m - 1] for m in months], joiner))
                        for m, y in zip(months, years):
                            cases.append((text, ref, MONTHS[m - 1], _ym(y, m)))
    check(cases)


def test_a_year_after_the_last_month_is_every_members():
    cases = []
    for ref in REFS[::3]:
        for first in range(1, 11):   # (a list over the year's turn with its year after it is left: see §108)
            months = _run(first, 3)
            for year in (2019, 2023):
                ys = [year - (1 if months[0] > months[2] and m >= months[0] else 0) for m in months]
                text = f"We visited in {_listed([MONTHS[m - 1] for m in months], ' and ')} {year}"
                for m, y in zip(months, ys):
                    expr = MONTHS[m - 1] + (f" {year}" if m == months[-1] else "")
                    cases.append((text, ref, expr, _ym(y, m)))
    check(cases)


# an ambiguous month (March, May, June, August) first in a list: the next member's month is its cue
AMBIGUOUS_FIRST = [3, 5, 6, 8]
PLAN_BARE = ["maybe {l}?", "{l} works best for us", "could do {l} if that suits", "{l} are both fine by me"]
PAST_BARE = ["{l}'s figures were poor", "{l} were a nightmare tbh", "{l} were quiet months for us"]


def test_an_ambiguous_month_first_in_a_list():
    cases = []
    for ref in REFS:
        for first in AMBIGUOUS_FIRST:
            for n in (2, 3):
                months = _run(first, n)
                ahead = [(m - ref.month) % 12 for m in months]
                for cap in (True, False):
                    names = [MONTHS[m - 1] if cap else MONTHS[m - 1].lower() for m in months]
                    if all(1 <= a <= 5 for a in ahead):
                        years = _future_years(ref, months)
                        for frame in PLAN_BARE:
                            for joiner in (" or ", " and ", " & ", "/"):
                                text = frame.format(l=_listed(names, joiner))
                                cases.append((text, ref, names[0], _ym(years[0], months[0])))
                    if all(1 <= (ref.month - m) % 12 <= 5 for m in months):
                        years = _past_years(ref, months)
                        for frame in PAST_BARE:
                            text = frame.format(l=_listed(names, " and "))
                            text = text[0].upper() + text[1:]
                            cases.append((text, ref, text[:len(names[0])], _ym(years[0], months[0])))
    check(cases)


ORD = {1: "1st", 2: "2nd", 3: "3rd", 21: "21st", 22: "22nd", 23: "23rd"}


def _ord(d: int) -> str:
    return ORD.get(d, f"{d}th")


DAY_FRAMES = ["we're off the {a}, {b} and {c} of {M}", "can do the {a}, {b} & {c} {M}", "Free: {a}, {b} and {c} {M}, give us a shout",
              "the {a}, {b} and {c} of {M} are all free"]
# (bare numbers joined by "&" stay as §105 left them: "12 & 13 Jan" may be hours)
BARE_DAY_FRAMES = ["can do {a}, {b} and {c} {M}", "we're closed {a}, {b} and {c} {M}"]


def test_days_of_the_month_share_the_month_said_after_the_last():
    cases = []
    for ref in REFS:
        for ahead in (1, 2, 3):
            y, m0 = divmod(ref.year * 12 + ref.month - 1 + ahead, 12)
            mon = m0 + 1
            for d in (2, 9, 20):
                days = [d, d + 1, d + 2]
                for frame in DAY_FRAMES:
                    text = frame.format(a=_ord(days[0]), b=_ord(days[1]), c=_ord(days[2]), M=MONTHS[mon - 1])
                    first = ("the " if "the {a}" in frame else "") + _ord(days[0])   # "the" in the first's extent
                    cases.append((text, ref, first, ("DATE", date(y, mon, days[0]).isoformat())))
                    cases.append((text, ref, _ord(days[1]), ("DATE", date(y, mon, days[1]).isoformat())))
                for frame in BARE_DAY_FRAMES:
                    text = frame.format(a=days[0], b=days[1], c=days[2], M=MONTHS[mon - 1])
                    cases.append((text, ref, str(days[0]), ("DATE", date(y, mon, days[0]).isoformat())))
                    cases.append((text, ref, str(days[1]), ("DATE", date(y, mon, days[1]).isoformat())))
    check(cases)


WD = {1: "Mon", 2: "Tues", 3: "Wed", 4: "Thurs", 5: "Fri", 6: "Sat", 7: "Sun"}
WD_FULL = {1: "Monday", 2: "Tuesday", 3: "Wednesday", 4: "Thursday", 5: "Friday", 6: "Saturday", 7: "Sunday"}
APPOSITION_FRAMES = ["See you next {w}, the {d}", "can you do {w}, the {d}?", "we're booked for this {w}, the {d} x",
                     "How about next {w}, the {d}?"]


def test_a_weekday_and_its_day_in_apposition_agree():
    cases = []
    for ref in REFS:
        for wd in range(1, 8):
            if wd == ref.isoweekday():
                continue
            first = ref + timedelta(days=(wd - ref.isoweekday()) % 7)
            for day in (first, first + timedelta(days=7)):
                for names in (WD, WD_FULL):
                    for frame in APPOSITION_FRAMES:
                        if "this" in frame and day != first:
                            continue
                        text = frame.format(w=names[wd], d=_ord(day.day))
                        cases.append((text, ref, f"{names[wd]}, the {_ord(day.day)}", ("DATE", day.isoformat())))
    check(cases)


def test_a_weekday_and_a_day_that_disagree_give_no_date_months_away():
    wrong = []
    n = 0
    for ref in REFS:
        for wd in range(1, 8):
            if wd == ref.isoweekday():
                continue
            near = {(ref + timedelta(days=k)).day for k in range(-45, 46) if (ref + timedelta(days=k)).isoweekday() == wd}
            for dnum in range(1, 29):
                if dnum in near:
                    continue
                for frame in APPOSITION_FRAMES:
                    text = frame.format(w=WD[wd], d=_ord(dnum))
                    n += 1
                    for t in tag(text, ref):
                        if t.timex_type == "DATE" and len(t.timex_value) == 10 and t.timex_value[:4].isdigit() \
                                and abs((date.fromisoformat(t.timex_value) - ref).days) > 45:
                            wrong.append(f"{ref} {text!r}: {t.expression!r} -> {t.timex_value}")
    assert n > 500
    assert not wrong, f"{len(wrong)} of {n} wrong:\n" + "\n".join(wrong[:25])


SEASON_FRAMES = ["The {a}{j}{b} season was his best", "in the {a}{j}{b} financial year", "for the {a}{j}{b} tax year",
                 "she joined for the {a}{j}{b} season x", "The {a}{j}{b} academic year starts late"]


def test_a_season_of_two_years_is_two_dates():
    cases = []
    ref = date(2025, 6, 15)
    for y in list(range(1995, 2031)):
        for j in ("-", "/", "–"):
            for two in (True, False):
                b = f"{(y + 1) % 100:02d}" if two else str(y + 1)
                for frame in SEASON_FRAMES:
                    text = frame.format(a=y, j=j, b=b)
                    cases.append((text, ref, str(y), ("DATE", str(y))))
                    cases.append((text, ref, b, ("DATE", str(y + 1))))
    check(cases)


UNTAGGED = [
    "Grace, April and May came round for tea", "we had Ben, June and May over last night", "April, May and Tom are coming",
    "you may, might and should", "3, 4 and 5 people turned up", "we need 3, 4 and 5 chairs", "a 2022-23 win over Leeds",
    "they won 2022-23 in the end", "call 2022-2345 after six", "ring me on 2019-4471", "text 2021-7788 for details",
    "Tyneside Pub Quiz League 2018/19", "Hi Grace, April and May say hi",
]


def test_untagged():
    bad = []
    for ref in REFS[::4]:
        for text in UNTAGGED:
            got = [(t.expression, t.timex_value) for t in tag(text, ref)
                   if t.expression not in ("last night", "six", "after six", "the end", "tea")]
            if got:
                bad.append((ref, text, got))
    assert not bad, f"{len(bad)} tagged:\n" + "\n".join(map(str, bad[:25]))


def test_kept_lists():
    ref = date(2024, 6, 12)
    check([
        ("Friday the 14th and Saturday the 15th", ref, "Friday the 14th", ("DATE", "2024-06-14")),
        ("Friday the 14th and Saturday the 15th", ref, "Saturday the 15th", ("DATE", "2024-06-15")),
        ("can do Mon 17th & Tue 18th", ref, "Tue 18th", ("DATE", "2024-06-18")),
        ("we grew in 2019 and 2020", ref, "2019", ("DATE", "2019")),
        ("we grew in 2019 and 2020", ref, "2020", ("DATE", "2020")),
        ("The 2022-23 season was his best", ref, "23", ("DATE", "2023")),
        ("Then, April and May were quiet", ref, "April", ("DATE", "2024-04")),
        ("Mon 3rd & Tue 4th", date(2024, 6, 1), "Mon 3rd", ("DATE", "2024-06-03")),
        ("Mon 3rd & Tue 4th", date(2024, 6, 1), "Tue 4th", ("DATE", "2024-06-04")),
        ("we reported Q3 and Q4", date(2024, 4, 15), "Q3", ("DATE", "2023-Q3")),
        ("we reported Q3 and Q4", date(2024, 4, 15), "Q4", ("DATE", "2023-Q4")),
    ])


def test_section_rows():
    r = date(2024, 4, 15)
    w = date(2024, 6, 12)
    check([
        ("We visited in March, April and May", r, "March", _ym(2023, 3)),
        ("We visited in March, April and May", r, "April", _ym(2023, 4)),
        ("We visited in March, April and May", r, "May", _ym(2023, 5)),
        ("We'll go in March, April and May", r, "April", _ym(2025, 4)),
        ("we went in Nov, Dec and Jan", r, "Dec", _ym(2023, 12)),
        ("we went in Nov, Dec and Jan", r, "Jan", _ym(2024, 1)),
        ("We visited in March, April and May 2023", r, "March", _ym(2023, 3)),
        ("maybe June or July?", r, "June", _ym(2024, 6)),
        ("March, April and May's figures were poor", w, "March", _ym(2024, 3)),
        ("the 3rd, 4th and 5th of May", r, "the 3rd", ("DATE", "2024-05-03")),
        ("3, 4 and 5 May", r, "3", ("DATE", "2024-05-03")),
        ("See you next Thurs, the 20th", w, "Thurs, the 20th", ("DATE", "2024-06-20")),
        ("The 2023/24 season was his best", w, "2023", ("DATE", "2023")),
        ("the 2023/24 financial year", w, "24", ("DATE", "2024")),
        ("April and May were a nightmare tbh", date(2024, 6, 15), "April", _ym(2024, 4)),
    ])
    assert not tag("a 2022-23 win over them", w) and not tag("call 2022-2345", w)
    assert [t.expression for t in tag("The 2022-23 season was his best", w)] == ["2022", "23"]
    assert not [t for t in tag("See you next Thurs, the 14th", w) if t.timex_value.startswith("2024-11")]
    assert not tag("Grace, April and May came round", w)
