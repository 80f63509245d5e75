"""The lead's second class of the fortieth session (docs/informal-time.md §195): a short weekday in title case that is
also an English word ("Sat", "Wed", "Sun") inside its sentence, before "at" and an hour ("see you Sat at 7", "if you
leave Sun at 5, you'll miss the traffic", "c u Wed at 10.30 x"), is the weekday, and the hour is on it. Kept: the verb opening a
sentence or after its subject ("Sat at 7 and waited for ages", "we Sat at 7"), "the Sun at 7" (an article).

The sentences are this session's own; the days of writing every fourth day of two years."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, next_weekday

REFS = [date(2024, 1, 3) + timedelta(days=4 * k) for k in range(183)]
SHORT = {6: "Sat", 3: "Wed", 7: "Sun"}
FRAMES = ["see you {d} at {h}", "if you leave {d} at {h}, you'll miss the traffic", "can we do {d} at {h}? x",
          "c u {d} at {h} x", "ok so {d} at {h} then", "Brian: the vet can see him {d} at {h}"]
HOURS = [7, 8, 9, 10, 11, 1, 2, 3, 4, 5, 6]
NOT_DAYS = ["Sat at {h} and waited for ages", "we Sat at {h} and ate", "the Sun at {h} was too hot for the kids"]


def cases():
    out = []
    for k, ref in enumerate(REFS):
        for j, (wd, name) in enumerate(SHORT.items()):
            if wd == ref.isoweekday():
                continue
            h = HOURS[(k + j) % len(HOURS)]
            text = FRAMES[(k + 2 * j) % len(FRAMES)].format(d=name, h=h)
            day = next_weekday(ref, wd)
            out.append((text, ref, name, ("DATE", day.isoformat())))
            hh = h + 12 if h <= 6 else h
            out.append((text, ref, str(h), ("TIME", f"{day.isoformat()}T{hh:02d}:00")))
        neg = NOT_DAYS[k % len(NOT_DAYS)].format(h=HOURS[k % len(HOURS)])
        word = neg.split()[0] if neg[0] == "S" else neg.split()[1]
        out.append((neg, ref, word, None))
    return out


def test_a_title_case_short_weekday_before_at_and_an_hour():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 1000
