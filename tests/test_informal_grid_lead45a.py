"""The lead's first class of the forty-fourth session (docs/informal-time.md §248): a day long gone (or far ahead) told
inside brackets that close later in its sentence is an aside, not the day the rest of the sentence is on ("Tomorrow is
Regatta Day (we first raced on 4 June 1921, and won!) so the boats run 8am, 10.15 and 2pm": the clocks are tomorrow's).
A day told in brackets near the day of writing ("tomorrow (Sunday)") still counts, and a clock inside the brackets is
the aside's own.

The sentences are this session's own; the days of writing every fifth day of three years."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, time_on

REFS = [date(2023, 1, 4) + timedelta(days=5 * k) for k in range(219)]
ASIDES = ["(we were freed on {old}, and nobody forgets it!)", "(the first one was on {old}, believe it or not)",
          "(it started on {old} with three boats)", "(Nan remembers the one of {old} 😂)"]
OPENERS = ["Tomorrow is the big day {aside} so the boats run {c1}, {c2} and {c3}.",
           "Tomorrow we celebrate {aside} so buses leave at {c1}, {c2} and {c3}.",
           "Tomorrow is Founders Day {aside} and the ferries go {c1}, {c2} and {c3}."]
CLOCKS = [("8am", 8, 0), ("10.15", 10, 15), ("2pm", 14, 0)]


def cases():
    out = []
    for k, ref in enumerate(REFS):
        old = date(1921 + k % 80, 1 + k % 12, 1 + k % 28)
        aside = ASIDES[k % len(ASIDES)].format(old=f"{old.day} {old.strftime('%B')} {old.year}")
        text = OPENERS[k % len(OPENERS)].format(aside=aside, c1=CLOCKS[0][0], c2=CLOCKS[1][0], c3=CLOCKS[2][0])
        tomorrow = ref + timedelta(days=1)
        for expr, h, m in CLOCKS:
            out.append((text, ref, expr, time_on(tomorrow, h, m)))
        # the aside's own clock stays the aside's day
        own = f"Tomorrow is the big day (the first was on {old.day} {old.strftime('%B')} {old.year} at 9am) so come early."
        out.append((own, ref, "9am", time_on(old, 9, 0)))
    return out


def test_a_day_told_in_an_aside_is_not_the_sentences_day():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 800
