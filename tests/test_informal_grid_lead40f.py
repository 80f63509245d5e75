"""The lead's seventh class of the thirty-ninth session (docs/informal-time.md §185): a Facebook comment list copied with
each commenter's name on a line of its own, the comment under it and its age alone on the next line ("  Aroha Tane" /
"  so we're off Fri 10th for Matariki?" / "  3d"): the age is the comment's stamp (rule under_age), counted from the
day the page was read, and the comment's words count from its day. Before, an age under a post counted only where the
author's line carried an @handle (Mastodon's, §129). Not an age alone under lines with no name's line above ("Shopping
/ eggs, milk / 3d").

The texts are this session's own; the days of writing every second day of two years."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check
from timeline_app.temporal import tag

REFS = [date(2024, 1, 1) + timedelta(days=2 * k) for k in range(366)]
NAMES = ["Aroha Tane", "Hemi Walker (Shift Supervisor)", "Siobhan Kelly", "Mary Jo Brennan", "Dwayne Carter"]
WORDS = ["bro I was on Line 2 yesterday lol", "we were out yesterday and it was mobbed", "yesterday was a long one"]


def cases():
    out = []
    for k, ref in enumerate(REFS):
        a = 2 + k % 5
        b = 1 + k % (a - 1)
        first, second = NAMES[k % 5], NAMES[(k + 2) % 5]
        text = (f"Eastpack Seasonal Crew · Facebook group\n\nUpdate for the back end of the season.\n\n"
                f"  {first}\n  so are we off for the holiday anyway?\n  {a}d\n"
                f"  {second}\n  {WORDS[k % 3]}\n  {b}d\n")
        out.append((text, ref, f"{a}d", ("DATE", (ref - timedelta(days=a)).isoformat())))
        out.append((text, ref, f"{b}d", ("DATE", (ref - timedelta(days=b)).isoformat())))
        out.append((text, ref, "yesterday", ("DATE", (ref - timedelta(days=b + 1)).isoformat())))
    return out


def test_an_age_under_a_named_comment_dates_it():
    check(cases())


def test_an_age_alone_under_lines_with_no_name_is_no_stamp():
    wrong = []
    for ref in REFS[:60]:
        for text in ("Shopping\neggs, milk and bread\n3d\n", "printer settings\nlayer height 0.2\n3d\n",
                     "notes from the meeting\nbudget agreed for the year\n2d\n"):
            if any(t.expression in ("3d", "2d") for t in tag(text, ref)):
                wrong.append((ref, text))
    assert not wrong, wrong[:5]


def test_the_grid_is_not_empty():
    assert len(cases()) > 1000
