"""nation39's class (docs/informal-time.md §163): a public holiday's nation, and its region, from the places the text
names. "Independence Day", "Labour Day", "King's Birthday" (the lexicon's national_days names) said in a post of Belize,
Bulawayo, Brisbane or Sydney are the days that nation or state keeps (the holidays package's, read for that one place),
not the table's default (the Fourth of July) nor nothing; "Independence" alone likewise; a text naming places of two
nations that both keep the name gets no day; a nation as a noun's attribute ("the Brazil game") is no nation of the
holiday; a common word that is a place too ("Reading", "Nice", "Mobile", "Victoria") names none; Northern Ireland's
places give its bank holidays (the Twelfth in July).

The sentences are this session's own; the days of writing every fifth day of two years; values from the calendar here
(fixed days and n-th weekdays of a month), not from the package."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, check_untagged, nth_weekday

REFS = [date(2024, 1, 3) + timedelta(days=5 * k) for k in range(146)]


def fixed(m, d):
    return lambda y: date(y, m, d)


def nth(m, wd, n):
    return lambda y: nth_weekday(y, m, wd, n)


# (place as written, holiday as written, its day in a year)
PLACES = [
    ("Belize City", "Independence Day", fixed(9, 21)), ("Belmopan", "Independence Day", fixed(9, 21)),
    ("Belize", "Independence Day", fixed(9, 21)), ("Bulawayo", "Independence Day", fixed(4, 18)),
    ("Harare", "Independence Day", fixed(4, 18)), ("Montego Bay", "Independence Day", fixed(8, 6)),
    ("Nassau", "Independence Day", fixed(7, 10)), ("Guyana", "Independence Day", fixed(5, 26)),
    ("Brisbane", "Labour Day", nth(5, 1, 1)), ("the Gold Coast", "Labour Day", nth(5, 1, 1)),
    ("Cairns", "Labour Day", nth(5, 1, 1)), ("Queensland", "Labour Day", nth(5, 1, 1)),
    ("Perth", "Labour Day", nth(3, 1, 1)), ("Fremantle", "Labour Day", nth(3, 1, 1)),
    ("Melbourne", "Labour Day", nth(3, 1, 2)), ("Geelong", "Labour Day", nth(3, 1, 2)),
    ("Sydney", "Labour Day", nth(10, 1, 1)), ("Adelaide", "Labour Day", nth(10, 1, 1)),
    ("Brisbane", "King's Birthday", nth(10, 1, 1)), ("Townsville", "King's Birthday", nth(10, 1, 1)),
    ("Sydney", "King's Birthday", nth(6, 1, 2)), ("Melbourne", "King's Birthday", nth(6, 1, 2)),
]
FUTURE = ["anything open in {p} on {h}?", "flying home to {p} for {h} 🙌", "{p} fam, who's around for {h}??",
          "Here in {p} we're off for {h} so I'll reply after"]
PAST = ["{p} was so quiet over {h}", "spent {h} in {p} with the family, lovely time"]
ALONE = ["flying home to {p} for Independence, can't wait", "{p} was dead quiet over Independence"]


def _near(day, ref: date, days: int = 7) -> bool:
    return any(abs((day(y) - ref).days) <= days for y in (ref.year - 1, ref.year, ref.year + 1))


def _next(day, ref):
    return next(day(y) for y in (ref.year, ref.year + 1) if day(y) > ref)


def _last(day, ref):
    return next(day(y) for y in (ref.year, ref.year - 1) if day(y) < ref)


def cases():
    out = []
    for i, ref in enumerate(REFS):
        p, h, day = PLACES[i % len(PLACES)]
        if _near(day, ref):
            continue
        text = FUTURE[i % len(FUTURE)].format(p=p, h=h)
        out.append((text, ref, h, ("DATE", _next(day, ref).isoformat())))
        text = PAST[i % len(PAST)].format(p=p, h=h)
        out.append((text, ref, h, ("DATE", _last(day, ref).isoformat())))
        if h == "Independence Day" and p[0] != "t":
            tense = i % len(ALONE)
            text = ALONE[tense].format(p=p)
            out.append((text, ref, "Independence", ("DATE", (_next if tense == 0 else _last)(day, ref).isoformat())))
    return out


def test_a_holiday_of_the_nation_or_region_the_text_names():
    check(cases())


def test_a_nation_as_a_nouns_attribute_is_not_the_holidays():
    """"the Brazil game" in a post of the Fourth: the table's own day, not Brazil's 7 September."""
    out = []
    for ref in REFS:
        if _near(fixed(7, 4), ref, 14):
            continue
        out.append(("we watched the Brazil game on Independence Day", ref, "Independence Day",
                    ("DATE", _last(fixed(7, 4), ref).isoformat())))
        out.append(("stayed up for the Jamaica game on Independence Day, then fireworks in Ohio", ref, "Independence Day",
                    ("DATE", _last(fixed(7, 4), ref).isoformat())))
    check(out)


def test_no_guess_and_no_place():
    """Places of two nations that both keep the name; a common word that is a place too; a nation whose states keep
    the holiday on different days; a night that is no public holiday."""
    check_untagged([("Half the family's in Belize, half in Harare for Independence Day", ["Independence Day"]),
                    ("Reading was dead on Labour Day", ["Labour Day"]),
                    ("Victoria was off on Labour Day", ["Labour Day"]),
                    ("anything open in Australia on Labour Day?", ["Labour Day"]),
                    ("Portstewart bonfire on Eleventh Night", ["Eleventh Night"])], REFS[::7])


def test_northern_irelands_bank_holiday_in_july():
    out = []
    for y in (2024, 2025, 2026):
        for d in range(1, 9):
            ref = date(y, 7, d)
            for text in ("heading up to Belfast for the bank holiday", "Derry will be mobbed for the bank holiday"):
                out.append((text, ref, "bank holiday", ("DATE", date(y, 7, 12).isoformat())))
    check(out)


def test_the_writers_own_place_decides():
    """The writer's place (a forum's name, "here in X") over a place merely named ("back in NSW", "my mates in
    Melbourne"): its region's day."""
    items = [("brisbane", "Brisbane", "Labour Day", nth(5, 1, 1), "NSW"), ("perth", "Perth", "Labour Day", nth(3, 1, 1), "Melbourne"),
             ("sydney", "Sydney", "King's Birthday", nth(6, 1, 2), "Brisbane"), ("GoldCoast", "the Gold Coast", "Labour Day", nth(5, 1, 1), "Adelaide")]
    out = []
    for i, ref in enumerate(REFS):
        forum, place, h, day, other = items[i % len(items)]
        if _near(day, ref):
            continue
        out.append((f"r/{forum}\n\nIs the cafe open on {h}? It was different back in {other}", ref, h, ("DATE", _next(day, ref).isoformat())))
        out.append((f"Here in {place} we're all off. Is {h} the same for my mates in {other}?", ref, h, ("DATE", _next(day, ref).isoformat())))
    check(out)


def test_the_heading_names_the_place():
    """A review's or a page's first line names its place; the holiday far below in the text."""
    filler = " The staff were lovely and the rooms were clean, breakfast was good value and the garden is huge." * 5
    items = [("Garden lodge, Bulawayo ★★★★★", "Independence Day", fixed(4, 18)), ("Belize City guesthouse review", "Independence Day", fixed(9, 21)),
             ("Cafe by the river - Brisbane", "Labour Day", nth(5, 1, 1))]
    out = []
    for i, ref in enumerate(REFS):
        head, h, day = items[i % len(items)]
        if _near(day, ref):
            continue
        out.append((f"{head}\n{filler} We stayed over {h} and it was quiet.", ref, h, ("DATE", _last(day, ref).isoformat())))
    check(out)
