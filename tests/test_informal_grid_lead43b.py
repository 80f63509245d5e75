"""The lead's second class of the forty-second session (docs/informal-time.md §221): the Caribbean's and Ireland's
"August Monday" (the first Monday of August: Anguilla, Antigua, the British Virgin Islands, Dominica, Grenada, St Kitts,
Montserrat, the Bahamas, Ireland), Anguilla's "August Thursday" (three days after it) and Emancipation Day (August
Monday there and in the British Virgin Islands), New Zealand's "Labour weekend" (the weekend before Labour Day, the
fourth Monday of October). Each only with its nation told (in the sentence, or a voice of the page before it): with none,
"August Monday" is no holiday ("on a hot August Monday"), nor "Labour weekend" in Britain.

The sentences are this session's own; the days of writing every fifth day of three years."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, iso_week, last_of, next_of, nth

REFS = [date(2023, 1, 4) + timedelta(days=5 * k) for k in range(219)]
AUG_MONDAY = nth(8, 1, 1)
AUG_THURSDAY = nth(8, 1, 1, 3)
LABOUR_NZ = nth(10, 1, 4)
PLACES = ["Anguilla", "Antigua", "Tortola", "Grenada", "Dominica", "St Kitts", "Montserrat", "Ireland"]


def _near(day, ref) -> bool:
    return abs((ref - day(ref.year)).days) < 15 or abs((ref - day(ref.year + 1)).days) < 15 \
        or abs((ref - day(ref.year - 1)).days) < 15


def _weekend_before(monday: date) -> str:
    return iso_week(monday - timedelta(days=1)) + "-WE"


def cases():
    out = []
    for k, ref in enumerate(REFS):
        place = PLACES[k % len(PLACES)]
        if not _near(AUG_MONDAY, ref):
            nxt, last = next_of(AUG_MONDAY, ref), last_of(AUG_MONDAY, ref)
            out.append((f"Beach bar, {place} 🌴 we're open August Monday from 4am, bring your crew",
                        ref, "August Monday", ("DATE", nxt.isoformat())))
            out.append((f"Loved the boat race in {place} on August Monday, what a day", ref, "August Monday",
                        ("DATE", last.isoformat())))
            out.append(("On a hot August Monday we sat by the river and did nothing", ref, "August Monday", None))
        if not _near(AUG_THURSDAY, ref):
            out.append(("Anguilla boat race crew: De Tree will race again August Thursday at Island Harbour", ref,
                        "August Thursday", ("DATE", next_of(AUG_THURSDAY, ref).isoformat())))
            out.append((["Tortola", "Anguilla"][k % 2] + " folks, we're going to the parade on Emancipation Day", ref,
                        "Emancipation Day", ("DATE", next_of(AUG_MONDAY, ref).isoformat())))
        if not _near(LABOUR_NZ, ref):
            nz = next_of(LABOUR_NZ, ref)
            out.append((["Wellington", "New Zealand", "Chatham Islands"][k % 3] + " lodge: is anyone open over Labour weekend?",
                        ref, "Labour weekend", ("DATE", _weekend_before(nz))))
            out.append(("Liverpool: Labour weekend conference tickets are on sale", ref, "Labour weekend", None))
    return out


def test_august_holidays_and_labour_weekend():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 900
