"""holidays43, forty-third session (docs/informal-time.md §227): named days of small English-speaking places the holidays
package does not give, or gives under a name no writer uses, as language data: "Old Year's" (31 December, Caribbean),
"White Sunday" (the second Sunday of October, Samoa and American Samoa; no day without them: the Whitsun of old English),
Remembrance Day where it is not 11 November (Papua New Guinea 23 July, the Cayman Islands the second Monday of November),
Independence Day of Fiji (Fiji Day, 10 October), Kiribati (12 July) and Tuvalu (1 October), not the Fourth of July;
Gibraltar's and Kiribati's National Day, Guam's Liberation Day (21 July), Tuvalu Day, Mashramani (Guyana, 23 February),
Newfoundland's Discovery Day and Orangemen's Day (the Monday nearest 24 June, 12 July), Alberta's Heritage Day (the first
Monday of August), Montserrat's Labour Day (the first Monday of May), Grenada's Emancipation Day (the first Monday of
August until 2024, 1 August from 2025), the National Day of Thanksgiving (Turks and Caicos: the fourth Friday of November, late August from 2026).

The sentences are this session's own; the days of writing every fifth day of three years, none within 15 days of the day."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, check_untagged, fixed, last_of, next_of, nth, nth_weekday

REFS = [date(2023, 1, 4) + timedelta(days=5 * k) for k in range(219)]


def nearest_monday(m: int, d: int):
    """The Monday nearest a day of the month (the day itself on a Monday; a Friday, Saturday, Sunday: the Monday after
    it is nearer from Friday? no: Friday's nearest Monday is three days back, the one after three days on -- the
    holidays of Newfoundland take the Monday after then)."""
    def day(y):
        x = date(y, m, d)
        back = (x.isoweekday() - 1) % 7
        return x - timedelta(days=back) if back <= 3 else x + timedelta(days=7 - back)
    return day


def tci_thanksgiving(y: int) -> date:
    """The Turks and Caicos' National Day of Thanksgiving: the fourth Friday of November until 2025, from 2026 the Sunday
    before the last Monday of August (as the holidays package has it)."""
    return nth_weekday(y, 11, 5, 4) if y <= 2025 else nth_weekday(y, 8, 1, -1) - timedelta(days=1)


def grenada_emancipation(y: int) -> date:
    return nth_weekday(y, 8, 1, 1) if y <= 2024 else date(y, 8, 1)


# (the name, the words around it that tell the place, or "" for a name no other place keeps, its day)
DAYS = [
    ("Old Year's", "staying by Auntie Merle in {p} till {h}", ["Grenada", "Georgetown", "Arima"], fixed(12, 31)),
    ("White Sunday", "the kids in {p} are practising their songs for {h}", ["Apia", "Samoa", "American Samoa", "Pago Pago"],
     nth(10, 7, 2)),
    ("Remembrance Day", "Is the bank in {p} open on {h}? We'll need cash", ["Port Moresby", "Papua New Guinea"], fixed(7, 23)),
    ("Remembrance Day", "Is the bank in {p} open on {h}? We'll need cash", ["Grand Cayman", "the Cayman Islands"],
     nth(11, 1, 2)),
    ("Independence Day", "We'll be back in {p} for {h} with the kids", ["Fiji", "Suva"], fixed(10, 10)),
    ("Independence Day", "We'll be back in {p} for {h} with the kids", ["Kiribati"], fixed(7, 12)),
    ("Independence Day", "We'll be back in {p} for {h} with the kids", ["Tuvalu", "Funafuti"], fixed(10, 1)),
    ("Independence Day", "We'll be back in {p} for {h} with the kids", ["American Samoa", "Pago Pago"], fixed(7, 4)),
    ("National Day", "The whole of {p} goes red and white for {h}, you'll love it", ["Gibraltar"], fixed(9, 10)),
    ("National Day", "The whole of {p} dances for {h}, you'll love it", ["Kiribati"], fixed(7, 12)),
    ("Liberation Day", "Are the shops in {p} open on {h}?", ["Guam"], fixed(7, 21)),
    ("Tuvalu Day", "we'll be in {p} for {h}", ["Funafuti"], fixed(10, 1)),
    ("Mashramani", "the costume bands in {p} are getting ready for {h}", ["Georgetown", "Guyana"], fixed(2, 23)),
    ("Discovery Day", "Is {h} a day off in {p} this time?", ["Newfoundland"], nearest_monday(6, 24)),
    ("Orangemen's Day", "Will the government offices in {p} close for {h}?", ["Newfoundland"], nearest_monday(7, 12)),
    ("Heritage Day", "Heading to {p} for {h} long weekend?", ["Alberta", "Calgary", "Edmonton"], nth(8, 1, 1)),
    ("Labour Day", "Will the ferry to {p} run on {h}?", ["Montserrat"], nth(5, 1, 1)),
    ("Emancipation Day", "We're going to the parade in {p} on {h}", ["Grenada"], grenada_emancipation),
    ("National Day of Thanksgiving", "Will the ferry to {p} run on the {h}?", ["Providenciales", "Grand Turk"],
     tci_thanksgiving),
]


def _near(day, ref) -> bool:
    return any(abs((ref - day(y)).days) < 15 for y in (ref.year - 1, ref.year, ref.year + 1))


def cases():
    out = []
    for k, ref in enumerate(REFS):
        for i, (name, frame, places, day) in enumerate(DAYS):
            if _near(day, ref):
                continue
            text = frame.format(p=places[(k + i) % len(places)], h=name)
            expr = name if "Heading" not in frame else name
            out.append((text, ref, expr, ("DATE", next_of(day, ref).isoformat())))
        if not _near(fixed(12, 31), ref):
            out.append(("We spent Old Year's at Auntie Merle's, the black cake was too good", ref, "Old Year's",
                        ("DATE", last_of(fixed(12, 31), ref).isoformat())))
        if not _near(fixed(11, 11), ref):
            out.append(("Is the bank open on Remembrance Day? We'll need cash", ref, "Remembrance Day",
                        ("DATE", next_of(fixed(11, 11), ref).isoformat())))
    return out


NONE = [("The church used to call Pentecost White Sunday", ["White Sunday"]),
        ("The old year's last light over the bay", ["old year's"]),
        ("Orangemen's Day parade on the telly", ["Orangemen's Day"]),
        ("the National Day of Thanksgiving was proclaimed", ["National Day of Thanksgiving"])]


def test_named_days_of_small_places():
    check([c for c in cases() if "Heading" not in c[0]])


def test_no_place_no_day():
    check_untagged(NONE, REFS[::10])


def test_the_grid_is_not_empty():
    assert len(cases()) > 3000
