"""The lead's first class of the forty-fifth session (docs/informal-time.md §262): a copied Instagram feed prints a
post's DATE alone on the line under its caption ("January 3", "December 31, 2022"), a blank line after it; the caption,
headed by the handle on its first line, was written that day, so its words count from it ("we're off New Year's Day and
the 2nd, back Tuesday 7am" under "December 31, 2022" read on 3 January: the Tuesday three days on, not next year's).
A date alone under a paragraph not headed by a handle is left as before (a dateline as often): its words count from the
day of writing.

The sentences are this session's own; the days of writing every third day of three years, the post 1 to 40 days back."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check

REFS = [date(2023, 1, 2) + timedelta(days=3 * k) for k in range(366)]
HANDLES = ["northernsourdough.inuvik", "kez_onthe_island", "the.crab.shack", "dive_2024", "surf.co"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def stamp(day: date, with_year: bool) -> str:
    return f"{MONTHS[day.month - 1]} {day.day}" + (f", {day.year}" if with_year else "")


def cases():
    out = []
    for k, ref in enumerate(REFS):
        post = ref - timedelta(days=1 + k % 40)
        h = HANDLES[k % len(HANDLES)]
        s = stamp(post, k % 2 == 0)
        c = 1 + k % 3
        caption = (f"{h} Big thanks for coming out last night 🎉 Ovens back on tomorrow, doors open 7am.\n"
                   f"#bakery #smalltown\n{s}\n\n  lena.k.tuk see you there!! {c}d\n")
        out.append((caption, ref, "last night", ("TIME", f"{(post - timedelta(days=1)).isoformat()}TNI")))
        out.append((caption, ref, "tomorrow", ("DATE", (post + timedelta(days=1)).isoformat())))
        out.append((caption, ref, s, ("DATE", post.isoformat())))
        # the caption on one line, the date right under it
        one = f"{h} Closed tomorrow for stocktake, sorry all 🙏\n{s}\n"
        out.append((one, ref, "tomorrow", ("DATE", (post + timedelta(days=1)).isoformat())))
        # not headed by a handle: as before, from the day of writing
        plain = f"Notice to members\nThe hall is closed tomorrow for cleaning.\n{s}\n\n"
        out.append((plain, ref, "tomorrow", ("DATE", (ref + timedelta(days=1)).isoformat())))
    return out


def test_instagram_dates_under_captions():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 1500
