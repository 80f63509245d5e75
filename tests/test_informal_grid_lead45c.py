"""The lead's third class of the forty-fourth session (docs/informal-time.md §250), words of days the tagger missed or
placed wrong:
- "every Christmas", "each Anzac Day": a holiday of a fixed day, each year (SET XXXX-MM-DD);
- Indigenous Peoples Day said in Canada (a Canadian place in its sentence: "up here in Yellowknife") is 21 June, in the
  United States the second Monday of October;
- "the Nth" ending its phrase after a place ("I'm back in NY the 30th 😩") or after a day's preposition before a
  negation ("he will make it for the 19th don't fret"): a day of the month; "the 5th don't count" alone is no day;
- "the bank holiday" of England and Wales includes the one-off days (8 May 2023, the Coronation's).

The sentences are this session's own; the days of writing every third day of four years."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, check_untagged, nth_weekday

REFS = [date(2022, 1, 3) + timedelta(days=3 * k) for k in range(487)]
FIXED = [("Christmas", "12-25"), ("Christmas Eve", "12-24"), ("Anzac Day", "04-25"), ("Halloween", "10-31"),
         ("Canada Day", "07-01"), ("Boxing Day", "12-26")]
EVERY = ["the kids want to come back every {h} now", "we go up the hill every {h} with Nan", "each {h} the town shuts early"]
CANADA = ["Moved up to Yellowknife in March. What's on for Indigenous Peoples Day?",
          "Anything happening in Iqaluit for Indigenous Peoples Day?", "Is Indigenous Peoples Day a stat holiday in Nunavut?"]
US = ["Is Indigenous Peoples Day a day off in the US?", "Americans get Indigenous Peoples Day off now?"]
PLACES = ["NY", "Kingstown", "Port of Spain", "Brisbane"]


def _next_day_of_month(ref: date, d: int) -> date | None:
    """The first day of the month ``d`` after the day of writing (this month or the next)."""
    for k in range(0, 3):
        y, m = ref.year + (ref.month + k - 1) // 12, (ref.month + k - 1) % 12 + 1
        try:
            day = date(y, m, d)
        except ValueError:
            continue
        if day > ref:
            return day
    return None


def cases():
    out = []
    for k, ref in enumerate(REFS):
        h, md = FIXED[k % len(FIXED)]
        out.append((EVERY[k % len(EVERY)].format(h=h), ref, ("each " if "each" in EVERY[k % len(EVERY)] else "every ") + h,
                    ("SET", f"XXXX-{md}")))
        # asked of the day to come: this year's, or next year's once it is past
        ca = date(ref.year, 6, 21) if date(ref.year, 6, 21) >= ref else date(ref.year + 1, 6, 21)
        us = nth_weekday(ref.year, 10, 1, 2) if nth_weekday(ref.year, 10, 1, 2) >= ref else nth_weekday(ref.year + 1, 10, 1, 2)
        out.append((CANADA[k % len(CANADA)], ref, "Indigenous Peoples Day", ("DATE", ca.isoformat())))
        out.append((US[k % len(US)], ref, "Indigenous Peoples Day", ("DATE", us.isoformat())))
        d = 4 + k % 24
        want = _next_day_of_month(ref, d)
        if want is not None and (want - ref).days <= 27:
            out.append((f"Only 10 days off work so I'm back in {PLACES[k % len(PLACES)]} the {d}{'th' if d not in (21, 22, 23) else {21: 'st', 22: 'nd', 23: 'rd'}[d]} 😩",
                        ref, f"the {d}{'th' if d not in (21, 22, 23) else {21: 'st', 22: 'nd', 23: 'rd'}[d]}",
                        ("DATE", want.isoformat())))
            sfx = 'th' if d not in (21, 22, 23) else {21: 'st', 22: 'nd', 23: 'rd'}[d]
            out.append((f"Ms Iris he will make it for the {d}{sfx} don't fret", ref, f"the {d}{sfx}", ("DATE", want.isoformat())))
    # the Coronation's bank holiday, told in the past a few days after it
    for ref in (date(2023, 5, 9), date(2023, 5, 10), date(2023, 5, 12), date(2023, 5, 15)):
        out.append(("Half the town was shut for the bank holiday.", ref, "bank holiday", ("DATE", "2023-05-08")))
    return out


def test_every_holiday_and_days_of_the_month():
    check(cases())


def test_a_list_s_ordinal_before_a_negation_is_no_day():
    check_untagged([("the 5th don't count, only the top three", ["the 5th"]), ("Henry the 8th was there", ["the 8th"])],
                   REFS[::20])


def test_the_grid_is_not_empty():
    assert len(cases()) > 1500
