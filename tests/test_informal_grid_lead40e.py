"""The lead's sixth class of the thirty-ninth session (docs/informal-time.md §184): a count said right after a length with
its unit left out ("3 hours?? last time it took nearly 5", "3 and a half hours in the ground, 4 if the stones are cold",
"it's 40 minutes, closer to 50 with traffic") is a length of the same unit (rule elided_unit). Not a count with its own
noun ("2 hours, nearly 5 people came"), a clock after a clock's preposition ("30 mins max, i have a shift at 7"), nor a
count that corrects another number ("a 2 hour drive so leaving at 10 nearly 9" is no length).

The sentences are this session's own; the lengths and counts vary over a grid (no day of writing matters: one date)."""
from __future__ import annotations

from datetime import date

from gridcheck import check
from timeline_app.temporal import tag

REF = [date(2025, 3, 14)]
UNITS = [("hours", "H", True), ("hrs", "H", True), ("minutes", "M", True), ("mins", "M", True), ("days", "D", False),
         ("weeks", "W", False)]
FRAMES = ["{a} {u}?? last time it took nearly {b}", "took us {a} {u} on the bus, more like {b} with the roadworks",
          "{a} {u} in the ground, {b} if the stones are cold", "allow {a} {u}, at least {b} in winter",
          "it's {a} {u}, closer to {b} if it rains"]
LOOKALIKES = [("{a} {u} of queueing, nearly {b} people left", "{b}"), ("{a} {u} max, i have a shift at {b}", "{b}"),
              ("a {a} {u} drive so leaving at 10 nearly {b}", "{b}")]


def _value(n: int, code: str, clock: bool) -> str:
    return f"PT{n}{code}" if clock else f"P{n}{code}"


def cases():
    out = []
    for k, (unit, code, clock) in enumerate(UNITS):
        for j, frame in enumerate(FRAMES):
            for a in range(2, 9):
                b = a + 1 + (j + k) % 3
                out.append((frame.format(a=a, u=unit, b=b), REF[0], str(b), ("DURATION", _value(b, code, clock))))
    return out


def test_a_count_after_a_length_with_its_unit_left_out_is_that_length():
    check(cases())


def test_a_count_with_its_own_noun_or_a_clock_is_no_length():
    seen, wrong = 0, []
    for unit, _code, _clock in UNITS[:4]:
        for frame, expr in LOOKALIKES:
            for a in range(2, 6):
                b = a + 2
                text = frame.format(a=a, u=unit, b=b)
                seen += 1
                # the count is never a length of the unit
                got = [t.timex_type for t in tag(text, REF[0]) if t.expression == expr.format(b=b)]
                if "DURATION" in got:
                    wrong.append(text)
    assert seen > 40 and not wrong, wrong[:10]


def test_the_grid_is_not_empty():
    assert len(cases()) > 200
