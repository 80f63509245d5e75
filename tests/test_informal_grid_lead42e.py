"""The lead's fifth class of the forty-first session (docs/informal-time.md §211): a weekday before "timetable" or
"schedule" names a kind of timetable ("Sunday timetable on public holidays", "buses run a Saturday schedule over
Christmas"), no day, as "a Saturday job" and "Sunday roasts" (lexicon weekday_kind_nouns). Kept: "I'll check the
timetable for Sunday" (a day's own).

The sentences are this session's own; the days of writing every fourth day of two years."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import WEEKDAYS, check, next_weekday

REFS = [date(2024, 1, 1) + timedelta(days=4 * k) for k in range(183)]
KINDS = ["{w} timetable on public holidays, so every 15 minutes", "the buses run a {w} schedule over Christmas",
         "it's the {w} timetable all week because of the works", "trains are on {w} timetables till the 5th"]


def cases():
    out = []
    for k, ref in enumerate(REFS):
        wd = (ref.isoweekday() + k % 6) % 7 + 1
        w = WEEKDAYS[wd - 1]
        out.append((KINDS[k % len(KINDS)].format(w=w), ref, w, None))
        if k % 2 == 0:
            out.append((f"I'll check the timetable for {w} and let you know", ref, w,
                        ("DATE", next_weekday(ref, wd).isoformat())))
    return out


def test_a_weekday_before_timetable_names_a_kind():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 250
