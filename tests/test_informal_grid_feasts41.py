"""feasts41's class (docs/informal-time.md §192): NAMED DAYS OF PLACES, and dialect, creole and code-switched day words.

- A national or regional day whose name several places share ("President's Day", "Discovery Day", "National Day",
  "National Heroes Day", "Independence Day", "Emancipation Day", "Liberation Day", "Jounen Kwéyòl") is the
  day of the place the text names near it (a nation, a demonym, a city: "go up to Maun for President's Day" is
  Botswana's third Monday of July, not the US one); a name that is no day without its nation, with its place named only
  on the page's first line (a listing's heading), is that place's day.
- Days whose name is their own (lexicon data, fixed days and rules): Welsh "Nos Galan" (31 Dec), "Hen Galan" (13 Jan),
  "Botswana Day" (30 Sep), "Sir Seretse Khama Day" (1 Jul), "Western Australia Day" (first Monday of June), "Simcoe Day" (first Monday of August), lower-case "matariki"
  (the law's table of years).
- Day words: Kwéyòl "denmen" (tomorrow), Setswana "ka moso" (tomorrow), creole "tidday" (today), Welsh "fory"
  (tomorrow) among Welsh words; Caribbean English "dis week", "dis morning".
- Negatives: "National Day" / "Discovery Day" with no place (no day), a holiday's name inside a longer proper name
  ("Liberation Day Cup", "Matariki Ltd"), "dis" not before a time noun ("dis is", "dis one", French "dis-moi"),
  "fory" with no Welsh word near.

The sentences are this session's own; values from the calendar here (fixed days, n-th weekdays, Matariki's table as
the law sets it), not from the engine; the days of writing every fifth day of 2023-2026 (leap year 2024 among them)."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, check_untagged, iso_week, nth_weekday

REFS = [date(2023, 1, 1) + timedelta(days=5 * k) for k in range(292)]


def fixed(m, d):
    return lambda y: date(y, m, d)


def nth(m, wd, n):
    return lambda y: nth_weekday(y, m, wd, n)


MATARIKI = {2022: date(2022, 6, 24), 2023: date(2023, 7, 14), 2024: date(2024, 6, 28), 2025: date(2025, 6, 20), 2026: date(2026, 7, 10),
            2027: date(2027, 6, 25), 2028: date(2028, 7, 14)}


def _next(day, ref):
    return next(day(y) for y in (ref.year, ref.year + 1) if day(y) > ref)


def _last(day, ref):
    return next(day(y) for y in (ref.year, ref.year - 1) if day(y) < ref)


# (name, place as written, the day of the year) -- the place names its nation or region
PLACED = [("President's Day", "Maun", nth(7, 1, 3)), ("President's Day", "Gaborone", nth(7, 1, 3)),
          ("President's Day", "Botswana", nth(7, 1, 3)),
          ("Discovery Day", "Dawson City", nth(8, 1, 3)), ("Discovery Day", "Whitehorse", nth(8, 1, 3)),
          ("Discovery Day", "the Cayman Islands", nth(5, 1, 3)),
          ("National Day", "St Lucia", fixed(12, 13)), ("National Day", "Qatar", fixed(12, 18)),
          ("National Day", "Switzerland", fixed(8, 1)),
          ("Jounen Kwéyòl", "St Lucia", nth(10, 7, -1)), ("Jounen Kwéyòl", "Dominica", nth(10, 5, -1)),
          ("National Heroes Day", "Barbados", fixed(4, 28)), ("National Heroes Day", "the Bahamas", nth(10, 1, 2)),
          ("Independence Day", "Belize", fixed(9, 21)), ("Independence Day", "Guyana", fixed(5, 26)),
          ("Independence Day", "Malta", fixed(9, 21)), ("Emancipation Day", "Antigua", nth(8, 1, 1)),
          ("Liberation Day", "Denmark", fixed(5, 5)), ("Liberation Day", "St Helier", fixed(5, 9))]
PLACED_FRAMES = ["anything open in {p} on {h}?", "we're off to {p} for {h}, can't wait",
                 "go up to {p} for {h}, first time for me"]


def placed_cases():
    out = []
    for k, ref in enumerate(REFS):
        for j in range(3):
            h, p, day = PLACED[(3 * k + j) % len(PLACED)]
            if day(ref.year) == ref or (ref - _last(day, ref)).days <= 14:
                continue   # (the day itself, and the fortnight after one: not this class's question)
            out.append((PLACED_FRAMES[(k + j) % 3].format(p=p, h=h), ref, h, ("DATE", _next(day, ref).isoformat())))
    return out


def test_a_shared_name_is_the_day_of_the_place_named():
    check(placed_cases())


FILLER = ("Came here with the family, the fish was lovely and the staff were kind. Parking is easy on the street "
          "after six, and the music starts around nine. Kids loved the place, we will be back for sure. ") * 2


def heading_cases():
    """A listing's heading names the place; the name far below it (more than 400 characters) is that place's day."""
    out = []
    for k, ref in enumerate(REFS):
        h, day = [("National Day", fixed(12, 13)), ("Jounen Kwéyòl", nth(10, 7, -1))][k % 2]
        if day(ref.year) == ref or (ref - _last(day, ref)).days <= 14:
            continue
        text = f"Mama Lucy's Fish Fry - Gros Islet Jump-Up\n4.6 ★★★★★ 812 reviews · Seafood restaurant\n\n{FILLER}\nIs she opening for {h}?\n"
        out.append((text, ref, h, ("DATE", _next(day, ref).isoformat())))
    return out


def test_a_page_heading_names_the_place_of_a_name_that_needs_one():
    check(heading_cases())


OWN = [("Nos Galan", fixed(12, 31)), ("Hen Galan", fixed(1, 13)), ("Botswana Day", fixed(9, 30)),
       ("Sir Seretse Khama Day", fixed(7, 1)), ("Western Australia Day", nth(6, 1, 1)), ("Simcoe Day", nth(8, 1, 1)),
       ("matariki", lambda y: MATARIKI[y])]
OWN_FRAMES = ["anything on for {h}?", "we're shut for {h} as usual", "off to Mam's for {h} then"]


def own_cases():
    out = []
    for k, ref in enumerate(REFS):
        for j, (h, day) in enumerate(OWN):
            if day(ref.year) == ref or (ref - _last(day, ref)).days <= 14:
                continue
            want = _next(day, ref)
            if (want - ref).days > 60:
                continue   # (a plan's holiday within two months ahead: the next one, whatever the convention far from it)
            out.append((OWN_FRAMES[(k + j) % 3].format(h=h), ref, h, ("DATE", want.isoformat())))
    return out


def test_days_whose_name_is_their_own():
    check(own_cases())


def day_word_cases():
    out = []
    for ref in REFS:
        tom, today = (ref + timedelta(days=1)).isoformat(), ref.isoformat()
        out += [("Denmen she closed to rest, back Friday as usual", ref, "Denmen", ("DATE", tom)),
                ("Will do. ka moso we buy snacks 😂", ref, "ka moso", ("DATE", tom)),
                ("tidday me tired bad", ref, "tidday", ("DATE", today)),
                ("Diolch Siân! I'll drop the tide tables round fory", ref, "fory", ("DATE", tom)),
                ("Grandma and Alicia dis morning ❤️", ref, "dis morning", ("TIME", today + "TMO"))]
        if ref.isoweekday() != 7:   # ("this week" written on a Sunday is the engine's next week: "dis week" follows it)
            out.append(("Ya man. Training every evening dis week", ref, "dis week", ("DATE", iso_week(ref))))
    return out


def test_dialect_and_code_switched_day_words():
    check(day_word_cases())


def test_negatives():
    check_untagged([("Is she opening for National Day?", ["National Day"]),
                    ("Discovery Day sale at the shop, 20% off everything!", ["Discovery Day"]),
                    ("Liberation Day Cup final tonight in Jersey", ["Liberation Day", "Liberation Day Cup"]),
                    ("Matariki Ltd is hiring drivers", ["Matariki"]),
                    ("dis is the best one", ["dis", "dis is"]),
                    ("dis one is mine", ["dis one"]),
                    ("I'll drop the tide tables round fory", ["fory"]),
                    ("Dis-moi ce que tu fais", ["Dis"])], REFS[::6])
    # "President's Day" with no place: the US day as before (the nearest one of February's third Monday)
    cases = []
    for ref in REFS[::7]:
        d = nth(2, 1, 3)
        near = min((d(y) for y in (ref.year - 1, ref.year, ref.year + 1)), key=lambda x: abs((x - ref).days))
        if (ref - near).days > 14:
            near = _next(d, ref)
        cases.append(("anything open on President's Day?", ref, "President's Day", ("DATE", _next(d, ref).isoformat())))
    check(cases)
