"""The lead's sixth class of the forty-fourth session (docs/informal-time.md §253), short names the tagger missed:
- a short month opening its clause after an emoji, or judged by a superlative ("38 days in a row 🐋🐋 Feb was the best
  month", "Oct was our busiest"): the month gone (as "March was rough");
- a short weekday in a phone's capital after a lower-case preposition of a day, where the phrase ends or "or" goes on
  ("we moving u to Sat or full refund", "closed till Wed, sorry"); "Sun" (a paper's name too) and "Jan" (a name) are
  left out.

The sentences are this session's own; the days of writing every fourth day of three years."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, check_untagged, next_weekday

REFS = [date(2023, 1, 3) + timedelta(days=4 * k) for k in range(274)]
SHORT_MONTHS = [("Feb", 2), ("Apr", 4), ("Aug", 8), ("Sept", 9), ("Oct", 10), ("Nov", 11), ("Dec", 12)]
MONTH_FRAMES = ["we saw humpbacks 38 days in a row 🐋🐋 {m} was the best month.", "thanks all 🙏 {m} was our busiest yet",
                "what a season! {m} was the wettest on record"]
DAY_FRAMES = [("rough seas, we moving u to {d} or full refund ur choice", "{d}"),
              ("Sorry all, we're closed till {d}, back to normal after", "{d}")]
SHORT_WD = [("Mon", 1), ("Tue", 2), ("Wed", 3), ("Thu", 4), ("Fri", 5), ("Sat", 6)]


def _last_month(ref: date, mon: int) -> str:
    """The last such month up to the month of writing (a month told in the past: this month's own is this one, so far)."""
    y = ref.year if mon <= ref.month else ref.year - 1
    return f"{y}-{mon:02d}"


def cases():
    out = []
    for k, ref in enumerate(REFS):
        name, mon = SHORT_MONTHS[k % len(SHORT_MONTHS)]
        out.append((MONTH_FRAMES[k % len(MONTH_FRAMES)].format(m=name), ref, name, ("DATE", _last_month(ref, mon))))
        wd, n = SHORT_WD[k % len(SHORT_WD)]
        if n != ref.isoweekday():
            frame, expr = DAY_FRAMES[k % len(DAY_FRAMES)]
            out.append((frame.format(d=wd), ref, expr.format(d=wd), ("DATE", next_weekday(ref, n).isoformat())))
    return out


def test_short_months_and_weekdays_in_their_frames():
    check(cases())


def test_a_paper_and_a_name_stay_untagged():
    check_untagged([("she sold the story to Sun or the Mirror", ["Sun"]), ("Jan was the best, she sorted it all", ["Jan"])],
                   REFS[::25])


def test_the_grid_is_not_empty():
    assert len(cases()) > 450
