"""The lead's first class of the forty-first session (docs/informal-time.md §207): the Falkland Islands' and St Helena's
own days. Liberation Day (14 June) in a text of the Falklands (named in another sentence too: "Falklands", "Falkland
Islands", "Port Stanley", "Goose Green" as places of the writer), Battle Day (8 December, only there), Peat Cutting Day
or Monday (the first Monday of October), St Helena Day (21 May). Kept: Jersey's and Guernsey's Liberation Day (9 May),
no day for "Battle Day" without the islands named, "Stanley" alone (a forename as often: "Stanley Baxter").

The sentences are this session's own; the days of writing every fifth day of three years."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, fixed, last_of, next_of, nth

REFS = [date(2023, 1, 3) + timedelta(days=5 * k) for k in range(219)]
PLACES = ["Falklands", "Falkland Islands", "Port Stanley", "Goose Green"]
FUTURE = ["Notice from {p}. The school's shut for {h}, see you all there.",
          "{p} noticeboard 🇫🇰 Tea and cakes in the Town Hall after the {h} service, bakers welcome.",
          "Anyone driving in from {p} for {h}? I need a lift"]
PAST = ["{p} folk: loved the parade on {h}, well done all.", "Back in {p}. We had a quiet {h} this year, just the service."]


def cases():
    out = []
    for k, ref in enumerate(REFS):
        p = PLACES[k % len(PLACES)]
        for name, day in (("Liberation Day", fixed(6, 14)), ("Battle Day", fixed(12, 8))):
            if abs((ref - day(ref.year)).days) < 15:
                continue   # near the day a holiday told is of this year's either way: the frames' tense is not asked
            if k % 2:
                text = FUTURE[k % len(FUTURE)].format(p=p, h=name)
                out.append((text, ref, name, ("DATE", next_of(day, ref).isoformat())))
            else:
                text = PAST[k % len(PAST)].format(p=p, h=name)
                out.append((text, ref, name, ("DATE", last_of(day, ref).isoformat())))
        peat = nth(10, 1, 1)
        name = ["Peat Cutting Monday", "Peat Cutting Day"][k % 2]
        if abs((ref - peat(ref.year)).days) >= 15:
            out.append((f"The next holiday's not till {name}, then the summer 😭", ref, name,
                        ("DATE", next_of(peat, ref).isoformat())))
        sh = fixed(5, 21)
        if abs((ref - sh(ref.year)).days) >= 15:
            out.append(("I'll be home for St Helena Day, promise", ref, "St Helena Day",
                        ("DATE", next_of(sh, ref).isoformat())))
        if k % 4 == 0:
            jersey = fixed(5, 9)
            if abs((ref - jersey(ref.year)).days) >= 15:
                out.append(("St Helier: the cavalcade for Liberation Day will leave the Weighbridge at 10",
                            ref, "Liberation Day", ("DATE", next_of(jersey, ref).isoformat())))
        if k % 6 == 0:
            out.append(("we replayed the Battle Day level of the game till 2am", ref, "Battle Day", None))
    return out


def test_the_falklands_and_st_helena_days():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 600
