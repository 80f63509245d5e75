"""The lead's fourth class of the forty-fourth session (docs/informal-time.md §251):
- a review's stamp of hours or minutes ("★★★★★ 5 hours ago") opens its review as a stamp of days does: a holiday told
  in it with no tense of its own, at most a month after the holiday, is the one just gone ("Booked back in October,
  glad we did, full up by Christmas" written a week after Christmas: that Christmas, not the next);
- "midnight last night": one TIME, the midnight that ended the day before the day of writing (after "since" "midnight"
  alone is the midnight that opened today, as tests/test_informal_grid_values24.py reads it).

The sentences are this session's own; the days of writing: each day from 26 December to 20 January of four winters for
the reviews, every third day of three years for the midnight."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check

REVIEW_REFS = [date(y, 12, 26) + timedelta(days=k) for y in (2022, 2023, 2024, 2025) for k in range(26)]
MIDNIGHT_REFS = [date(2023, 1, 1) + timedelta(days=3 * k) for k in range(365)]
STAMPS = ["★★★★★ 5 hours ago", "★★★★☆ 3 hours ago", "★★★★★ 40 minutes ago"]
BODIES = ["Booked back in October, glad we did, full up by Christmas. Lovely stay.",
          "Stayed three nights, the town was packed over Christmas, book early!",
          "Quiet as anything after Christmas, staff were lovely."]
LINES = ["I went to bed at midnight last night and it was still light out",
         "got home at midnight last night, the ferry was late again",
         "the fireworks went off at midnight last night, woke the whole street"]


def cases():
    out = []
    for k, ref in enumerate(REVIEW_REFS):
        text = f"Sandra K.\nLocal Guide · 84 reviews\n{STAMPS[k % len(STAMPS)]}\n{BODIES[k % len(BODIES)]}\n"
        xmas = date(ref.year if ref.month == 12 else ref.year - 1, 12, 25)
        out.append((text, ref, "Christmas", ("DATE", xmas.isoformat())))
    for k, ref in enumerate(MIDNIGHT_REFS):
        out.append((LINES[k % len(LINES)], ref, "midnight last night",
                    ("TIME", f"{(ref - timedelta(days=1)).isoformat()}T24:00")))
    return out


def test_review_stamps_of_hours_and_midnight_last_night():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 400
