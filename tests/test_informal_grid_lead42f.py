"""The lead's sixth class of the forty-first session (docs/informal-time.md §212): "the summer hours", "the winter
schedule", "the summer opening", "the winter rota", "the summer prices": a season before a noun of a business's hours
or prices names a kind (as "the summer menu", "the winter timetable" did, lexicon season_nouns_after_the), no season of
a year. Kept: "the summer of 2021 was wet".

The sentences are this session's own; the days of writing every fifth day of three years."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check

REFS = [date(2023, 1, 4) + timedelta(days=5 * k) for k in range(219)]
SEASONS = ["summer", "winter", "spring", "autumn"]
NOUNS = ["hours", "schedule", "opening", "rota", "prices", "rates", "fares"]
FRAMES = ["Last day of the {s} {n} today 🐟", "the {s} {n} start on Monday, check the website",
          "sorry, the {s} {n} are on the door"]
CODES = {"summer": "SU", "winter": "WI", "spring": "SP", "autumn": "FA"}


def cases():
    out = []
    for k, ref in enumerate(REFS):
        s, n = SEASONS[k % 4], NOUNS[k % len(NOUNS)]
        out.append((FRAMES[k % len(FRAMES)].format(s=s, n=n), ref, f"the {s}", None))
        if k % 3 == 0:
            y = 2020 + k % 3
            out.append((f"the {s} of {y} was wet, the hours were short", ref, f"the {s} of {y}", ("DATE", f"{y}-{CODES[s]}")))
    return out


def test_a_season_before_a_noun_of_hours_names_a_kind():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 200
