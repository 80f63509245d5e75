"""A day told from a holiday, a festival or a day already named (twenty-seventh session, anchors28; docs/informal-time.md
§94): "the Sat after xmas", "Friday before Christmas", "the day after Boxing Day", "the night before Christmas", "the
weekend before Christmas", "Christmas Eve eve", "CNY eve", "the Sunday of Easter weekend", the discourse layer's "the day
after" a holiday, and what stays untagged ("the week after half term", "CNY 500").

The sentences are this session's own, plans whose holiday is the next one; the days of writing are every day of a
March 2025 week, month ends, a year's turn and days spread over 2025-2026, and a case is left out where the holiday
falls within 12 days of the day of writing (which one a plan means is then not this grid's question). Values from the
calendar here: Easter by dateutil's computus, Thanksgiving the fourth Thursday of November, Diwali, Lunar New Year and
Hanukkah from the lexicon's tables (the project's own calendar of those days)."""
from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from dateutil.easter import easter
from gridcheck import check, found
from gridcheck import cut, cut_cases

LEX = json.loads((Path(__file__).resolve().parents[1] / "timeline_app/temporal/lang/en/lexicon.json").read_text())
TABLES = LEX["dated_holidays"]

REFS = [date(2025, 3, d) for d in range(3, 10)] + [date(2025, 1, 31), date(2025, 4, 30), date(2025, 8, 29),
                                                   date(2025, 9, 30), date(2025, 12, 31), date(2026, 2, 28),
                                                   date(2026, 6, 15), date(2026, 10, 5)]


def _table(name: str, y: int) -> date:
    m, d = map(int, TABLES[name][str(y)].split("-"))
    return date(y, m, d)


def _thanksgiving(y: int) -> date:
    first = date(y, 11, 1)
    return first + timedelta(days=(3 - first.weekday()) % 7 + 21)


# how the text writes the holiday -> its day in a year
HOLIDAYS = {
    "Christmas": lambda y: date(y, 12, 25), "xmas": lambda y: date(y, 12, 25), "Xmas": lambda y: date(y, 12, 25),
    "Christmas Eve": lambda y: date(y, 12, 24), "Boxing Day": lambda y: date(y, 12, 26), "boxing day": lambda y: date(y, 12, 26),
    "NYE": lambda y: date(y, 12, 31), "New Year's Day": lambda y: date(y, 1, 1), "New Year": lambda y: date(y, 1, 1),
    "new year": lambda y: date(y, 1, 1), "New Year's": lambda y: date(y, 1, 1),
    "Easter": lambda y: easter(y), "easter": lambda y: easter(y), "Good Friday": lambda y: easter(y) - timedelta(days=2),
    "Easter Monday": lambda y: easter(y) + timedelta(days=1),
    "Diwali": lambda y: _table("diwali", y), "diwali": lambda y: _table("diwali", y),
    "Chinese New Year": lambda y: _table("lunar new year", y), "CNY": lambda y: _table("lunar new year", y),
    "Hanukkah": lambda y: _table("hanukkah", y), "Thanksgiving": _thanksgiving,
    "Halloween": lambda y: date(y, 10, 31), "St Patrick's Day": lambda y: date(y, 3, 17),
}
# the holidays a weekday, a day or a weekend is told from (not "New Year" alone for the eve: "New Year eve" is no form)
AROUND = ["Christmas", "xmas", "Christmas Eve", "Boxing Day", "boxing day", "NYE", "New Year's Day", "New Year",
          "new year", "New Year's", "Easter", "easter", "Good Friday", "Easter Monday", "Diwali", "Chinese New Year", "CNY",
          "Hanukkah", "Thanksgiving", "Halloween", "St Patrick's Day"]
FRAMES = ["are you around {p}? 🙂", "we're driving up {p}, fancy it?", "can we do {p} instead?"]
WD = {1: ["Monday", "mon"], 2: ["Tuesday", "tues"], 3: ["Wednesday", "weds"], 4: ["Thursday", "thurs"],
      5: ["Friday", "Fri"], 6: ["Saturday", "Sat"], 7: ["Sunday", "sun"]}


def next_holiday(name: str, ref: date) -> date | None:
    """The holiday's next day on or after the day of writing, None where it is within 12 days (or not in the table)."""
    for y in (ref.year, ref.year + 1):
        try:
            d = HOLIDAYS[name](y)
        except KeyError:
            return None
        if d >= ref:
            return d if (d - ref).days >= 12 else None
    return None


def weekday_from(day: date, wd: int, side: int) -> date:
    if side > 0:
        return day + timedelta(days=(wd - day.isoweekday()) % 7 or 7)
    return day - timedelta(days=(day.isoweekday() - wd) % 7 or 7)


def weekend_value(sat: date) -> str:
    y, w, _ = sat.isocalendar()
    return f"{y}-W{w:02d}-WE"


def _cases(shapes):
    """shapes: (phrase, expected(holiday day) -> (type, value)) for each holiday; crossed with every day and frame."""
    out = []
    for ref in REFS:
        for h in AROUND:
            day = next_holiday(h, ref)
            if day is None:
                continue
            for i, (phrase, want) in enumerate(shapes(h)):
                frame = FRAMES[i % len(FRAMES)]
                out.append((frame.format(p=phrase), ref, phrase, want(day)))
    return out


def _weekday_shapes(h):
    for wd, (full, short) in WD.items():
        for side, words in ((-1, ("before", "b4")), (1, ("after",))):
            for w in words:
                yield f"the {full} {w} {h}", lambda d, wd=wd, side=side: ("DATE", weekday_from(d, wd, side).isoformat())
                yield f"the {short} {w} {h}", lambda d, wd=wd, side=side: ("DATE", weekday_from(d, wd, side).isoformat())
            yield f"{full} {'before' if side < 0 else 'after'} {h}", lambda d, wd=wd, side=side: ("DATE", weekday_from(d, wd, side).isoformat())
        yield f"the first {full} after {h}", lambda d, wd=wd: ("DATE", weekday_from(d, wd, 1).isoformat())
        yield f"the last {full} before {h}", lambda d, wd=wd: ("DATE", weekday_from(d, wd, -1).isoformat())


def _day_shapes(h):
    yield f"the day before {h}", lambda d: ("DATE", (d - timedelta(days=1)).isoformat())
    yield f"the day after {h}", lambda d: ("DATE", (d + timedelta(days=1)).isoformat())
    yield f"the night before {h}", lambda d: ("TIME", (d - timedelta(days=1)).isoformat() + "TNI")
    yield f"the morning after {h}", lambda d: ("TIME", (d + timedelta(days=1)).isoformat() + "TMO")
    yield f"the evening before {h}", lambda d: ("TIME", (d - timedelta(days=1)).isoformat() + "TEV")


def _weekend_shapes(h):
    def before(d):
        sun = d - timedelta(days=d.isoweekday() % 7 or 7)
        return "DATE", weekend_value(sun)

    def after(d):
        return "DATE", weekend_value(d + timedelta(days=(6 - d.isoweekday()) % 7 or 7))
    yield f"the weekend before {h}", before
    yield f"the weekend after {h}", after
    yield f"the wknd after {h}", after


def test_weekday_from_holiday():
    check(cut_cases(_cases(lambda h: list(_weekday_shapes(h)))))


def test_day_and_part_of_day_from_holiday():
    check(cut_cases(_cases(lambda h: list(_day_shapes(h)))))


def test_weekend_from_holiday():
    check(cut_cases(_cases(lambda h: list(_weekend_shapes(h)))))


EVES = ["Christmas Eve", "christmas eve", "NYE", "CNY", "Diwali", "diwali", "Easter", "easter", "Halloween"]
EVE_FRAMES = ["any plans for {p}?", "what are you doing {p}?", "we're at grandma's for {p} 🎉"]


def test_eve_after_a_holiday():
    cases = []
    for ref in REFS:
        for h in EVES:
            day = next_holiday({"christmas eve": "Christmas Eve"}.get(h, h), ref)
            if day is None:
                continue
            for frame in EVE_FRAMES:
                for eve in ("eve", "Eve"):
                    p = f"{h} {eve}"
                    cases.append((frame.format(p=p), ref, p, ("DATE", (day - timedelta(days=1)).isoformat())))
    check(cases)


def test_day_of_a_holiday_weekend():
    cases = []
    hols = {"Easter": HOLIDAYS["Easter"], "Thanksgiving": _thanksgiving, "Easter Monday": HOLIDAYS["Easter Monday"]}
    for ref in REFS:
        for h in hols:
            day = next_holiday(h, ref)
            if day is None:
                continue
            anchor = day - timedelta(days=1) if day.isoweekday() == 1 else day
            sat = anchor + timedelta(days=6 - anchor.isoweekday())
            for wd, off in ((5, -1), (6, 0), (7, 1), (1, 2)):
                for the in ("", "the "):
                    p = f"the {WD[wd][0]} of {the}{h} weekend"
                    cases.append((f"are you free {p}?", ref, p, ("DATE", (sat + timedelta(days=off)).isoformat())))
    check(cases)


def test_day_told_from_a_holiday_named_before():
    """the discourse layer (already read): "the day after", "the Saturday after" a holiday just named"""
    cases = []
    for ref in REFS:
        for h in ("Christmas", "Easter", "Diwali", "Thanksgiving"):
            day = next_holiday(h, ref)
            if day is None:
                continue
            cases += [(f"We're going to mum's for {h}. We drive back the day after.", ref, "the day after",
                       ("DATE", (day + timedelta(days=1)).isoformat())),
                      (f"We're going to mum's for {h}. We get there the day before.", ref, "the day before",
                       ("DATE", (day - timedelta(days=1)).isoformat())),
                      (f"We're going to mum's for {h}. Can you do the Saturday after?", ref, "the Saturday after",
                       ("DATE", weekday_from(day, 6, 1).isoformat()))]
    check(cases)


def test_kept_and_untagged():
    ref = date(2025, 3, 5)
    for text, expr, want in [
            ("the week after half term we start", "half term", None),
            ("the week after half term we start", "the week after half term", None),
            ("CNY 500 fee for the visa", "CNY", None),
            ("paid 500 CNY for it", "CNY", None),
            ("the CNY/USD rate is up", "CNY", None),
            ("two days before Eid we fly out", "two days", ("DURATION", "P2D")),
            ("see you a week after Friday", "a week", ("DURATION", "P1W")),
            ("the week before Christmas is mad", "the week before Christmas", None),
            ("I sat before xmas cards all day", "sat before xmas", None)]:
        assert found(text, ref, expr) == want, (text, expr, found(text, ref, expr))
    assert found("the week before Christmas is mad", ref, "Christmas")[0] == "DATE"   # "Christmas" alone (news8 A)


def test_night_before_an_event():
    """"the night before the wedding": the project's day_of_event extent "the night", a TIME of the night (TNI) of the
    day before the event's day where the text dates it, else of no known day"""
    cases = []
    for ref in REFS:
        for wd, (full, _short) in WD.items():
            for ev in ("wedding",):   # "party" is no anchor_events word: "the night before the party" untagged (docs §94)
                day = ref + timedelta(days=(wd - ref.isoweekday()) % 7 + 14)
                told = f"The {ev} is on {full} {day.day} {day.strftime('%B')}. "
                cases.append((told + f"We set up the night before the {ev}.", ref, "the night",
                              ("TIME", (day - timedelta(days=1)).isoformat() + "TNI")))
        cases.append(("We set up the night before the wedding.", ref, "the night", ("TIME", "XXXX-XX-XXTNI")))
    check(cases)


def test_day_before_after_a_coarser_date():
    """(read on the A halves, informal12-reviews A) "the day before" after a month or a year named since the day: a month
    is no antecedent of "the day before / after"; the day the post last named is"""
    cases = []
    for ref in REFS:
        for wd, (full, _short) in WD.items():
            day = ref + timedelta(days=(wd - ref.isoweekday()) % 7 + 14)
            month = (ref.replace(day=1) - timedelta(days=40)).strftime("%B %Y")
            for side, word in ((-1, "before"), (1, "after")):
                text = f"The gig is on {full} {day.day} {day.strftime('%B')}. We saw them in {month} too. We drive down the day {word}."
                cases.append((text, ref, f"the day {word}", ("DATE", (day + timedelta(days=side)).isoformat())))
    check(cases)


def test_catalogue_cases():
    """the cases §94's table quotes, each in its own words (tests/test_informal_doc_examples.py finds them here)"""
    ref = date(2025, 3, 5)
    e25, e26 = easter(2025), easter(2026)
    for text, expr, want in [
            ("can we do the weds b4 easter?", "the weds b4 easter", ("DATE", weekday_from(e25, 3, -1).isoformat())),
            ("are you free the first Monday after Easter?", "the first Monday after Easter",
             ("DATE", weekday_from(e25, 1, 1).isoformat())),
            ("works do is the last Friday before Christmas, you coming?", "the last Friday before Christmas", ("DATE", "2025-12-19")),
            ("are you around the Sunday after New Year's?", "the Sunday after New Year's", ("DATE", "2026-01-04")),
            ("brunch the morning after NYE?", "the morning after NYE", ("TIME", "2026-01-01TMO")),
            ("we're driving up the evening before Diwali, fancy it?", "the evening before Diwali", ("TIME", "2025-10-19TEV")),
            ("are you around the weekend before Christmas?", "the weekend before Christmas", ("DATE", "2025-W51-WE")),
            ("can we do the wknd after Easter?", "the wknd after Easter", ("DATE", weekend_value(e25 + timedelta(days=6)))),
            ("any plans for NYE eve?", "NYE eve", ("DATE", "2025-12-30")),
            ("any plans for diwali eve?", "diwali eve", ("DATE", "2025-10-19")),
            ("any plans for easter eve?", "easter eve", ("DATE", (e25 - timedelta(days=1)).isoformat())),
            ("are you free the Monday of the Easter weekend?", "the Monday of the Easter weekend",
             ("DATE", (e25 + timedelta(days=1)).isoformat())),
            ("are you free the Saturday of Thanksgiving weekend?", "the Saturday of Thanksgiving weekend",
             ("DATE", (_thanksgiving(2025) + timedelta(days=2)).isoformat())),
            ("The gig is on Friday 12 June. We saw them in March 2025 too. We drive down the day before.", "the day before",
             ("DATE", "2026-06-11"))]:   # Friday 12 June: 2026 (12 June 2025 is a Thursday)
        assert found(text, ref, cut(expr)) == want, (text, expr, found(text, ref, cut(expr)), want)
    assert e26 > e25
    # "Eid eve": the eve of either Eid, the one the holiday "Eid" alone is read as
    eid = found("any plans for Eid?", ref, "Eid")
    eve = found("any plans for Eid eve?", ref, "Eid eve")
    assert eid and eve and date.fromisoformat(eve[1]) == date.fromisoformat(eid[1]) - timedelta(days=1)
