"""A holiday named by its kind rather than its name, resolved in the writer's country (thirty-third session,
holidays34; docs/informal-time.md §126): "the long weekend" in a Tasmanian, Victorian, Queenslander's... post, "the
October long weekend", "the holiday weekend", "over the holiday", "for the public holiday", "bank holiday Monday" in
an Irish club's post (GAA, Kerry, Croke Park), Guyana's Republic Day; what stays unknown (no country, a nation whose
states disagree, one candidate either side and no tense) and what stays untagged ("on holiday", "holiday home", "a long
weekend away", "the holiday season", a bare "over the holiday": a trip as often).

The sentences are this session's own, in Irish, Australian, New Zealand, Canadian, US, British, Kenyan and South African
voices; the days of writing are spread over 2024-2028 (a few days after each holiday for reports, some days before for
plans). Every value is computed here from each country's calendar as its statutes give it (written below, not read
from the lexicon): ``datetime`` for fixed days and the n-th weekday of a month, ``dateutil.easter`` for Good Friday and
Easter Monday, the substitute rules (Australia Day of a weekend on the Monday; South Africa's and Kenya's holidays of a
Sunday on the Monday; Guyana's of a Sunday on the Monday)."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, fixed, from_easter, iso_week, nth
from gridcheck import date_value as _d

YEARS = range(2024, 2029)


def observed(m: int, d: int, moved=(6, 7)):
    """A day kept on the Monday after when it falls on one of the weekdays ``moved`` (ISO: 6 Saturday, 7 Sunday)."""
    def day(y):
        x = date(y, m, d)
        while x.isoweekday() in moved:
            x += timedelta(days=1)
        return x
    return day


def brigid(y: int) -> date:
    """Ireland's St Brigid's bank holiday: the first Monday of February, or 1 February when that is a Friday."""
    first = date(y, 2, 1)
    return first if first.isoweekday() == 5 else first + timedelta(days=(8 - first.isoweekday()) % 7)


# each calendar: the public holidays of the state or country (Public Holidays Acts; a state's days by its own statute)
AU = [observed(1, 1), observed(1, 26), from_easter(-2), from_easter(1), fixed(4, 25), fixed(12, 25), fixed(12, 26)]
CAL = {
    "tasmania": AU + [nth(3, 1, 2), nth(6, 1, 2), nth(2, 1, 2), nth(11, 1, 1)],   # Eight Hours, King's, Regatta, Recreation
    "victoria": AU + [nth(3, 1, 2), nth(6, 1, 2)],                                # Labour Day, King's Birthday
    "nsw": AU + [nth(6, 1, 2), nth(10, 1, 1)],                                    # King's Birthday, Labour Day
    "queensland": AU + [nth(5, 1, 1), nth(10, 1, 1)],                             # Labour Day, King's Birthday
    "wa": AU + [nth(3, 1, 1), nth(6, 1, 1), nth(9, 1, -1)],                      # Labour Day, WA Day, King's Birthday
    "sa": AU + [nth(3, 1, 2), nth(6, 1, 2), nth(10, 1, 1)],                       # Adelaide Cup, King's, Labour Day
    "nt": AU + [nth(5, 1, 1), nth(6, 1, 2), nth(8, 1, 1)],                        # May Day, King's, Picnic Day
    "ireland": [fixed(1, 1), brigid, fixed(3, 17), from_easter(1), nth(5, 1, 1), nth(6, 1, 1), nth(8, 1, 1),
                nth(10, 1, -1), fixed(12, 25), fixed(12, 26)],
    "scotland": [fixed(1, 1), fixed(1, 2), from_easter(-2), nth(5, 1, 1), nth(5, 1, -1), nth(8, 1, 1), fixed(11, 30),
                 fixed(12, 25), fixed(12, 26)],
    "england": [fixed(1, 1), from_easter(-2), from_easter(1), nth(5, 1, 1), nth(5, 1, -1), nth(8, 1, -1), fixed(12, 25),
                fixed(12, 26)],
    "ontario": [fixed(1, 1), nth(2, 1, 3), from_easter(-2), nth(5, 1, -1, -7), observed(7, 1, (7,)), nth(8, 1, 1),
                nth(9, 1, 1), nth(10, 1, 2), fixed(12, 25), fixed(12, 26)],
    "nz": [observed(1, 1), observed(1, 2), observed(2, 6), from_easter(-2), from_easter(1), observed(4, 25),
           nth(6, 1, 1), nth(10, 1, 4), fixed(12, 25), fixed(12, 26)],
    "us": [fixed(1, 1), nth(1, 1, 3), nth(2, 1, 3), nth(5, 1, -1), fixed(6, 19), fixed(7, 4), nth(9, 1, 1),
           nth(11, 4, 4, 1), fixed(12, 25)],
    "kenya": [observed(m, d, (7,)) for m, d in [(1, 1), (5, 1), (6, 1), (10, 20), (12, 12), (12, 25), (12, 26)]]
    + [from_easter(-2), from_easter(1)],
    "south africa": [observed(m, d, (7,)) for m, d in [(1, 1), (3, 21), (4, 27), (5, 1), (6, 16), (8, 9), (9, 24),
                                                       (12, 16), (12, 25), (12, 26)]] + [from_easter(-2), from_easter(1)],
}
# New Zealand's Matariki (Te Kāhui o Matariki Public Holiday Act 2022, schedule): a Friday
MATARIKI = {2022: date(2022, 6, 24), 2023: date(2023, 7, 14), 2024: date(2024, 6, 28), 2025: date(2025, 6, 20), 2026: date(2026, 7, 10), 2027: date(2027, 6, 25),
            2028: date(2028, 7, 14), 2029: date(2029, 7, 6)}


def nearest_monday(m: int, d: int):
    """A New Zealand province's anniversary day: the Monday nearest the date (Auckland 29 January, Wellington 22)."""
    def day(y):
        x = date(y, m, d)
        return x + timedelta(days=-(x.isoweekday() - 1) if x.isoweekday() <= 4 else 8 - x.isoweekday())
    return day


# the provinces' anniversary days a New Zealand voice alone does not decide between
NZ_PROVINCES = [nearest_monday(1, 29), nearest_monday(1, 22)]

PLACES = {"tasmania": ["Hobart", "Tassie", "Launceston"], "victoria": ["Melbourne", "Ballarat"], "nsw": ["Sydney", "NSW"],
          "queensland": ["Brisbane", "Noosa"], "wa": ["Fremantle", "Margaret River"], "sa": ["Adelaide", "the Barossa"],
          "nt": ["Darwin", "Alice Springs"], "ontario": ["Toronto", "Muskoka"], "nz": ["New Zealand", "Rotorua"],
          "us": ["Chicago", "Texas"], "kenya": ["Nairobi", "Mombasa"], "south africa": ["Joburg", "Cape Town"],
          "england": ["Leeds", "Bristol"], "scotland": ["Glasgow", "Aberdeen"], "ireland": ["Galway", "Kerry"]}


def days_of(region: str, y: int) -> list[date]:
    got = [f(y) for f in CAL[region]]
    return sorted(got + ([MATARIKI[y]] if region == "nz" else []))


def around(region: str, ref: date, within: int, weekend: bool) -> list[date]:
    """The region's holidays within ``within`` days of ``ref`` (a long weekend's: those on a Monday or a Friday); none
    for New Zealand where a province's anniversary day stands as near (which province is not said)."""
    if region == "nz" and any(abs((f(y) - ref).days) <= within for f in NZ_PROVINCES for y in (ref.year - 1, ref.year, ref.year + 1)):
        return []
    return [x for y in (ref.year - 1, ref.year, ref.year + 1) for x in days_of(region, y)
            if abs((x - ref).days) <= within and x != ref and (not weekend or x.isoweekday() in (1, 5))]


def weekend_of(x: date) -> tuple[str, str]:
    """A long weekend's value: the weekend before a Monday holiday, after a Friday one."""
    return "DATE", iso_week(x - timedelta(days=1 if x.isoweekday() == 1 else 0)) + "-WE"


LONG_PAST = ["Stayed in {p} over the long weekend, the views were unreal.", "{p} was packed over the long weekend, booked out everywhere.",
             "We drove down to {p} for the long weekend and it rained the whole time.",
             "Stayed 3 nights over the long weekend (the owners in {p} are lovely, highly recommend)."]
LONG_PLAN = ["Heading to {p} for the long weekend, can't wait!", "Anyone around {p} this long weekend? Keen for a beer.",
             "We're going to {p} over the long weekend if the weather holds."]


def test_long_weekend_by_state_and_country():
    """A state's or a country's Monday and Friday holidays: a report a few days after is that weekend, a plan ten days
    before the next one (where no other such holiday stands nearer in the tense's direction)."""
    cases = []
    for region, places in PLACES.items():
        for y in YEARS:
            for x in days_of(region, y):
                if x.isoweekday() not in (1, 5):
                    continue
                ref = x + timedelta(days=3 if x.isoweekday() == 1 else 5)   # the Thursday or the Wednesday after
                back = [h for h in around(region, ref, 45, True) if h < ref]
                if back and back[-1] == x:
                    for p in places:
                        for frame in LONG_PAST:
                            text = frame.format(p=p)
                            cases.append((text, ref, "the long weekend", weekend_of(x)))
                ref = x - timedelta(days=10)
                ahead = [h for h in around(region, ref, 45, True) if h > ref]
                if ahead and ahead[0] == x:
                    for p in places:
                        for frame in LONG_PLAN:
                            text = frame.format(p=p)
                            expr = "this long weekend" if "this long" in text else "the long weekend"
                            cases.append((text, ref, expr, weekend_of(x)))
    assert len(cases) > 2000
    check(cases)


def test_month_long_weekend():
    """"the October long weekend": the country's Monday holiday of that month (all of Australia's states that keep one
    in October keep it on its first Monday; Canada's is Thanksgiving, the second Monday; New Zealand's Labour Day the fourth)."""
    cases = []
    for y in YEARS:
        for region, place, want in [("au", "Sydney", nth(10, 1, 1)(y)), ("au", "Brisbane", nth(10, 1, 1)(y)),
                                    ("au", "Australia", nth(10, 1, 1)(y)), ("ca", "Toronto", nth(10, 1, 2)(y)),
                                    ("ca", "Canada", nth(10, 1, 2)(y)), ("nz", "New Zealand", nth(10, 1, 4)(y))]:
            for back in (12, 20, 30):
                ref = want - timedelta(days=back)
                for frame in ["Heading to {p} for the October long weekend", "Any plans for the October long weekend? We're in {p}."]:
                    cases.append((frame.format(p=place), ref, "the October long weekend", weekend_of(want)))
    check(cases)


def test_over_the_holiday():
    """"over the public holiday", "for the public holiday": the country's holiday nearest in the tense's direction, within three
    weeks; one of several countries' voices (Australia's states agreeing on Australia Day)."""
    cases = []
    past = ["Sorry we were short staffed over the public holiday, {p} gets busy.", "Shops in {p} were shut for the public holiday, so we ate in."]
    plan = ["Offices in {p} will be shut for the public holiday, plan ahead.", "We're closing early before the public holiday, {p} branch only."]
    for region, places in PLACES.items():
        for y in YEARS:
            for x in days_of(region, y):
                for gap in (2, 6):
                    ref = x + timedelta(days=gap)
                    back = [h for h in around(region, ref, 21, False) if h < ref]
                    if back and back[-1] == x:
                        for p in places:
                            for frame in past:
                                text = frame.format(p=p)
                                expr = "the public holiday"
                                cases.append((text, ref, expr, _d(x)))
                    ref = x - timedelta(days=gap)
                    ahead = [h for h in around(region, ref, 21, False) if h > ref]
                    if ahead and ahead[0] == x:
                        for p in places:
                            for frame in plan:
                                text = frame.format(p=p)
                                expr = "the public holiday"
                                cases.append((text, ref, expr, _d(x)))
    # Australia named alone: every state keeps Australia Day (on the Monday when it falls at a weekend)
    for y in YEARS:
        x = observed(1, 26)(y)
        for ref in (x + timedelta(days=3), x + timedelta(days=8)):
            cases.append(("Thanks for the lovely review! Sorry we were short staffed over the public holiday, it's the busiest week for us Aussies.",
                          ref, "the public holiday", _d(x)))
    assert len(cases) > 1500
    check(cases)


def test_irish_bank_holiday_monday():
    """"bank holiday Monday" in an Irish club's post: Ireland's Monday bank holidays (the GAA, a county, Croke Park say
    whose), the next one in a plan; and the sentence's last word ("... bank holiday Monday.") kept in the holiday."""
    cases = []
    frames = ["No training bank holiday Monday, back Wednesday. Up the GAA!", "Kerry lads, pitch is closed bank holiday Monday.",
              "Bus to Croke Park leaves at 10 bank holiday Monday", "Hurling blitz is on bank holiday Monday, all welcome.",
              "3/ Pitch & dressing rooms closed bank holiday Monday for re-seeding. Up the GAA"]
    for y in YEARS:
        mondays = sorted(x for z in (y - 1, y, y + 1) for x in days_of("ireland", z) if x.isoweekday() == 1)
        for x in mondays:
            if x.year != y:
                continue
            for back in (5, 12):
                ref = x - timedelta(days=back)
                want = next(h for h in mondays if h > ref)
                nearest = min(mondays, key=lambda h: abs((h - ref).days))
                for text in frames:
                    # a notice's "closed" before the day has no tense (§104): the nearest; the others plans: the next
                    cases.append((text, ref, "bank holiday Monday", _d(nearest if text.startswith("3/") else want)))
        # an English voice, the Monday at the sentence's end (was split: "bank holiday" and a Monday of the week)
        for x in [nth(5, 1, 1)(y), nth(5, 1, -1)(y), nth(8, 1, -1)(y)]:
            ref = x - timedelta(days=9)
            cases.append(("We're in Leeds, see you bank holiday Monday.", ref, "bank holiday Monday", _d(x)))
    check(cases)


def test_guyana_republic_day():
    """Guyana's Republic Day (Mashramani), 23 February, kept on the Monday when it falls on a Sunday."""
    cases = []
    for y in YEARS:
        x = observed(2, 23, (7,))(y)
        ref = x - timedelta(days=4)
        cases.append(("Remember Monday is also Republic Day here in Guyana, office closed.", ref, "Republic Day", _d(x)))
        cases.append(("Mashramani parade for Republic Day in Guyana, who's going?", ref, "Republic Day", _d(x)))
    check(cases)


def test_unknown_and_untagged():
    """No country, a nation whose states disagree, one candidate each side with no tense: unknown (a long weekend
    XXXX-WXX-WE, "the holiday" untagged); a trip, a home, a season: untagged."""
    cases = []
    for y in YEARS:
        for ref in (date(y, 3, 1), date(y, 6, 20), date(y, 10, 2)):
            cases.append(("Anyone doing anything the long weekend?", ref, "the long weekend", ("DATE", "XXXX-WXX-WE")))
            cases.append(("Sorry we were short staffed over the public holiday.", ref, "the public holiday", None))
            cases.append(("the holiday weekend was packed everywhere", ref, "the holiday weekend", None))
        # March: Western Australia's Labour Day is the first Monday, the other states' the second: Australia alone decides nothing
        ref = nth(3, 1, 1)(y) - timedelta(days=8)
        cases.append(("Any Aussies heading away for the long weekend?", ref, "the long weekend", ("DATE", "XXXX-WXX-WE")))
    for ref in (date(2025, 8, 20), date(2026, 1, 14), date(2027, 5, 12)):
        for text in ["Off to Spain on holiday next week, Kerry's minding the dog.", "Our holiday home in Kerry is lovely.",
                     "We're planning a long weekend away in Galway.", "Hobart was mad over the holiday season",
                     "Booked the holiday let in Hobart, can't wait", "We were on holiday in Sydney for the whole of May",
                     "Sorry we were short staffed over the holiday, Hobart gets busy.", "Went to Bali for the holiday, Perth was too hot"]:
            for expr in ["holiday", "the holiday", "the long weekend", "a long weekend", "holiday home", "the holiday season"]:
                cases.append((text, ref, expr, None))
    check(cases)


def test_section_examples():
    """§126's own quoted cases."""
    check([
        ("Great turnout at training lads. No session bank holiday Monday, back Wednesday. Up the GAA!", date(2023, 7, 27),
         "bank holiday Monday", ("DATE", "2023-08-07")),
        ("Stayed in Hobart over the long weekend, the arvo views were unreal", date(2025, 3, 14), "the long weekend",
         ("DATE", "2025-W10-WE")),
        ("Sorry we were short staffed over the public holiday, Hobart gets busy", date(2025, 2, 3), "the public holiday", ("DATE", "2025-01-27")),
        ("Sorry we were short staffed over the holiday, Hobart gets busy", date(2025, 2, 3), "the holiday", None),
        ("3/ Field & dressing rooms closed bank holiday Monday for the pitch to be re-sanded. Up the GAA", date(2023, 7, 30),
         "bank holiday Monday", ("DATE", "2023-08-07")),
        ("We stayed 3 nights over the long weekend (Tassie has its own holidays, handy).", date(2025, 3, 31), "the long weekend",
         ("DATE", "2025-W10-WE")),
        ("Remember Monday is also Republic Day in Guyana.", date(2025, 2, 20), "Republic Day", ("DATE", "2025-02-24")),
        ("Heading to Sydney for the October long weekend.", date(2024, 9, 20), "the October long weekend", ("DATE", "2024-W40-WE")),
        ("the holiday weekend was packed in Leeds", date(2024, 8, 29), "the holiday weekend", ("DATE", "2024-W34-WE")),
        ("Offices in Nairobi will be shut for the public holiday, so plan ahead", date(2023, 3, 30), "the public holiday",
         ("DATE", "2023-04-07")),
    ])
