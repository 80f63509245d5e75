"""The lead's third class of the fortieth session (docs/informal-time.md §196): a month that is also a word ("March",
"May", "June", "August") opening its clause as the subject of a copula whose predicate is the weather ("March was mild",
"May was warm and June was wet", "August was a scorcher", "June's been so humid") is the month, gone (as "March was
rough" already was). Kept: a person's predicate ("June was lovely to talk to", "May was right").

The sentences are this session's own; the days of writing every fifth day of two years."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check

REFS = [date(2024, 1, 4) + timedelta(days=5 * k) for k in range(146)]
MONTHS = {3: "March", 5: "May", 6: "June", 8: "August"}
FRAMES = ["{m} was mild, nothing like this", "Honestly {m} was so windy", "{m} was a scorcher", "{m} was warm and sunny",
          "tbh {m} was really humid", "{m} was bitterly cold up here"]
NOT_MONTHS = ["June was lovely to talk to", "May was right, we should go", "August was a Roman emperor"]


def _gone(ref: date, mo: int) -> str:
    # the month gone: this year's if it has begun, else last year's (the month of writing is its own)
    y = ref.year if mo <= ref.month else ref.year - 1
    return f"{y}-{mo:02d}"


def cases():
    out = []
    for k, ref in enumerate(REFS):
        for j, (mo, name) in enumerate(MONTHS.items()):
            text = FRAMES[(k + j) % len(FRAMES)].format(m=name)
            out.append((text, ref, name, ("DATE", _gone(ref, mo))))
        neg = NOT_MONTHS[k % len(NOT_MONTHS)]
        out.append((neg, ref, neg.split()[0], None))
    return out


def test_a_month_said_of_its_weather_is_the_month_gone():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 700
