"""The lead's eighth class of the forty-first session (docs/informal-time.md §214): "left" of what remains, right before
a day or its "on" ("5 left on the 22nd", "few seats left Friday!", "just 2 left on Saturday"), is no past verb: what
is still to be had is had on a day to come. A bare count is what remains where it opens the words or follows "only",
"just", "still". Kept: "Five staff left Monday", "he left on Saturday" (a past verb).

The sentences are this session's own; the days of writing every third day of two years."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import WEEKDAYS, check, last_weekday, next_month_day, next_weekday, with_suffix

REFS = [date(2024, 1, 2) + timedelta(days=3 * k) for k in range(244)]
DAY_FRAMES = ["few seats left {w}!", "only 3 places left on {w}, DM me", "just 2 left on {w} x", "2 spaces left {w} morning tho"]


def cases():
    out = []
    for k, ref in enumerate(REFS):
        wd = (ref.isoweekday() + 1 + k % 5) % 7 + 1
        if wd == ref.isoweekday():
            wd = wd % 7 + 1
        w = WEEKDAYS[wd - 1]
        text = DAY_FRAMES[k % len(DAY_FRAMES)].format(w=w)
        expr = f"{w} morning" if "morning" in text else w
        want = next_weekday(ref, wd).isoformat() + ("TMO" if "morning" in text else "")
        out.append((text, ref, expr, ("TIME" if "morning" in text else "DATE", want)))
        n = [3, 9, 14, 22, 27][k % 5]
        if abs(n - ref.day) > 3:
            out.append((f"{1 + k % 6} left on the {with_suffix(n)}, book quick", ref, f"the {with_suffix(n)}",
                        ("DATE", next_month_day(ref, n).isoformat())))
        if k % 3 == 0:
            out.append((f"Five staff left {w} after the row", ref, w, ("DATE", last_weekday(ref, wd).isoformat())))
    return out


def test_what_remains_is_left_for_a_day_to_come():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 400
