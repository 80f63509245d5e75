"""holidays43, forty-third session (docs/informal-time.md §226): the small English-speaking places (Pacific islands, the
Atlantic's and the Caribbean's territories, the Indian Ocean's islands, Canada's north) tell their own holidays: a name
kept on different days by several places ("Bounty Day": Norfolk Island 8 June, Pitcairn 23 January; "Constitution Day",
"Gospel Day", "Independence Day") is the day of the place the text names, its islands, towns, people or greeting ("Kia
orana" of the Cook Islands); a longer name of the holidays package ending in a name of the lexicon is the package's
("Nuclear Victims Remembrance Day", "Workers' Memorial Day", "Guam Discovery Day"); a state named is not its sisters
("Heritage Day in Alberta" is no Nova Scotia's February day), a US voice not its outlying territories ("Constitution Day in
American Samoa" no Northern Marianas' 8 December). No place, no day ("Bounty Day celebrations", the ship "the Bounty").

The sentences are this session's own, in several voices; the days of writing every fifth day of three years, none within
15 days of the holiday (whose reading, the one just gone or the one to come, is §205's and the lead's matter)."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, check_untagged, fixed, last_of, next_of, nth

REFS = [date(2023, 1, 4) + timedelta(days=5 * k) for k in range(219)]

# (the holiday's name, the words that tell its place, its day as a function of the year)
PLACES = [
    ("Bounty Day", ["Norfolk Island", "Norfolk", "Burnt Pine"], fixed(6, 8)),
    ("Bounty Day", ["Pitcairn", "Adamstown"], fixed(1, 23)),
    ("Constitution Day", ["Rarotonga", "the Cook Islands", "Aitutaki"], fixed(8, 4)),
    ("Constitution Day", ["Palau", "Koror"], fixed(7, 9)),
    ("Constitution Day", ["Tonga", "Nuku'alofa"], fixed(11, 4)),
    ("Constitution Day", ["Nauru"], fixed(5, 17)),
    ("Constitution Day", ["Majuro", "the Marshall Islands"], fixed(5, 1)),
    ("Constitution Day", ["Saipan"], fixed(12, 8)),
    ("Constitution Day", ["Port Vila", "Vanuatu"], fixed(10, 5)),
    ("Independence Day", ["Honiara", "the Solomon Islands"], fixed(7, 7)),
    ("Independence Day", ["Port Vila", "Vanuatu"], fixed(7, 30)),
    ("Independence Day", ["Palau", "Koror"], fixed(10, 1)),
    ("Independence Day", ["Pohnpei", "Chuuk"], fixed(11, 3)),
    ("Independence Day", ["the Seychelles"], fixed(6, 29)),
    ("Independence Day", ["the Maldives"], fixed(7, 26)),
    ("Independence Day", ["Gambia"], fixed(2, 18)),
    ("Gospel Day", ["Funafuti", "Tuvalu"], nth(5, 7, 2, 1)),   # the Monday after the second Sunday of May
    ("Gospel Day", ["Tarawa", "Kiribati"], fixed(7, 11)),
    ("Angam Day", ["Nauru"], fixed(10, 26)),
    ("Tokehega Day", ["Tokelau"], fixed(9, 3)),
    ("Pitcairn Day", ["Pitcairn"], fixed(7, 2)),
    ("Bermuda Day", ["Bermuda"], nth(5, 1, -1, -3)),   # the Friday before the last Monday of May
    ("Discovery Day", ["Grand Cayman", "the Cayman Islands"], nth(5, 1, 3)),
    ("Virgin Islands Day", ["Tortola", "Virgin Gorda"], nth(7, 1, 1)),
    ("Transfer Day", ["St Croix", "Christiansted", "the USVI"], fixed(3, 31)),
    ("Liberty Day", ["St Croix", "Charlotte Amalie"], fixed(11, 1)),
    ("Anguilla Day", ["Anguilla"], fixed(5, 30)),
    ("Kadooment Day", ["Barbados", "Bridgetown"], nth(8, 1, 1)),
    ("Tynwald Day", ["the Isle of Man", "Douglas"], fixed(7, 5)),
    ("Territory Day", ["Christmas Island", "Flying Fish Cove"], nth(10, 1, 1)),
    ("Nunavut Day", ["Iqaluit", "Nunavut"], fixed(7, 9)),
    ("Nuclear Victims Remembrance Day", ["Majuro", "the Marshall Islands", "Ebeye"], fixed(3, 1)),
    ("Workers' Memorial Day", ["Gibraltar", "the Rock"], fixed(4, 28)),
    ("Guam Discovery Day", ["Guam", "Tumon", "Hagatna"], nth(3, 1, 1)),
    ("Gibraltar National Day", ["Gibraltar", "Main Street"], fixed(9, 10)),
    ("Heritage Day", ["Nova Scotia", "Cape Breton"], nth(2, 1, 3)),
]
FUTURE = ["{p} folks, we're flying in for {h} and can't wait", "First time in {p} for {h} — what happens on the day?",
          "Kia orana from the ferry: heading to {p} for {h} next time"]
PAST = ["We spent {h} in {p} with the cousins and it was brilliant", "Loved {h} in {p}, the food was amazing"]


def _near(day, ref) -> bool:
    return any(abs((ref - day(y)).days) < 15 for y in (ref.year - 1, ref.year, ref.year + 1))


def cases():
    out = []
    for k, ref in enumerate(REFS):
        for i, (name, places, day) in enumerate(PLACES):
            if _near(day, ref) or (k + i) % 3:
                continue
            place = places[(k + i) % len(places)]
            if "Kia orana" in FUTURE[(k + i) % len(FUTURE)] and name != "Constitution Day" or place == "the Rock":
                fut = FUTURE[0]
            else:
                fut = FUTURE[(k + i) % len(FUTURE)]
            if place == "the Rock":
                place = "Gibraltar"
            out.append((fut.format(p=place, h=name), ref, name, ("DATE", next_of(day, ref).isoformat())))
            out.append((PAST[(k + i) % 2].format(p=place, h=name), ref, name, ("DATE", last_of(day, ref).isoformat())))
        # the Cook Islands told by their greeting alone
        cook = fixed(8, 4)
        if 15 <= (next_of(cook, ref) - ref).days <= 60:
            out.append(("Kia orana! Holiday timetable from Monday for Constitution Day", ref, "Constitution Day",
                        ("DATE", next_of(cook, ref).isoformat())))
        us_thanks = nth(11, 4, 4)
        if not _near(us_thanks, ref):
            out.append(("We'll do Thanksgiving in Norfolk, Virginia with the in-laws again", ref, "Thanksgiving",
                        ("DATE", next_of(us_thanks, ref).isoformat())))
    return out


NONE = [("Bounty Day celebrations are the best", ["Bounty Day"]),
        ("What are you wearing for Bounty Day?", ["Bounty Day"]),
        ("The replica of the Bounty sails at noon", ["Bounty"]),
        ("Happy Constitution Day everyone", ["Constitution Day"]),
        ("Constitution Day in American Samoa, is anything open?", ["Constitution Day"]),
        ("Discovery Day in Newfoundland used to be in Yukon's week", []),
        ("The red crabs of Christmas Island are on the move", ["Christmas"]),
        ("Gospel Day on the island", ["Gospel Day"])]


def test_places_tell_their_holidays():
    check(cases())


def test_no_place_no_day():
    check_untagged(NONE, REFS[::10])


def test_the_grid_is_not_empty():
    assert len(cases()) > 2000
