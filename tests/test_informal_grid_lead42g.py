"""The lead's seventh class of the forty-first session (docs/informal-time.md §213): "midwinter" or "midsummer" before a
noun of an event ("The MIDWINTER SWIM is Wednesday 21st at 12", "the midsummer concert", "the midwinter dip") names
the event, no season of a year (rule mid_season's reject_after, as "midsummer festival" and "midwinter party" were).
Kept: "in midsummer 1940" (a season of a year).

The sentences are this session's own; the days of writing every fifth day of three years."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check

REFS = [date(2023, 1, 4) + timedelta(days=5 * k) for k in range(219)]
NOUNS = ["swim", "SWIM", "dip", "concert", "ball", "feast", "market", "parade", "walk", "run", "dinner", "carnival",
         "gala", "celebrations"]
FRAMES = ["The {w} {n} is on Saturday, sign up at the desk", "who's doing the {w} {n} this year?",
          "photos from the {w} {n} are up 📸"]


def cases():
    out = []
    for k, ref in enumerate(REFS):
        w = ["midwinter", "MIDWINTER", "midsummer", "Midsummer", "Midwinter"][k % 5]
        n = NOUNS[k % len(NOUNS)]
        out.append((FRAMES[k % len(FRAMES)].format(w=w, n=n), ref, w, None))
        if k % 4 == 0:
            y = 1939 + k % 7
            out.append((f"The invasion scare was at its height in midsummer {y}.", ref, f"midsummer {y}", ("DATE", f"{y}-SU")))
    return out


def test_a_mid_season_before_an_event_noun_names_the_event():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 250
