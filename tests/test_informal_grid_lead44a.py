"""The lead's first class of the forty-third session (docs/informal-time.md §234): a reply's age alone on its line above
its author's handle, after a blank line ("38m" / "@teina_ck replying to @RaroBus"), as a feed copied with each reply's
age first prints it: hours and minutes a length, days the day they reach back to. A count alone on a line above a word
that is no handle stays untagged.

The sentences are this session's own; the days of writing every fourth day of three years."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check

REFS = [date(2023, 1, 3) + timedelta(days=4 * k) for k in range(274)]
HANDLES = ["@teina_ck replying to @RaroBus", "@mama_tere", "  @ngaa.r", "@kev@mastodon.ie", "@Island_Ferries · reply"]
POSTS = ["Extra buses tonight from the wharf.", "Road closed by the church until noon.", "Market moved indoors, rain again."]
BODIES = ["is the early one still running?", "thank u!! 🙏", "my cousins fly in then", "what about the night bus"]


def cases():
    out = []
    for k, ref in enumerate(REFS):
        post, body, handle = POSTS[k % len(POSTS)], BODIES[k % len(BODIES)], HANDLES[k % len(HANDLES)]
        m = 2 + k % 57
        out.append((f"{post}\n\n{m}m\n{handle}\n{body}\n", ref, f"{m}m", ("DURATION", f"PT{m}M")))
        h = 1 + k % 23
        out.append((f"{post}\n\n{h}h\n{handle}\n{body}\n", ref, f"{h}h", ("DURATION", f"PT{h}H")))
        d = 1 + k % 6
        out.append((f"{post}\n\n{d}d\n{handle}\n{body}\n", ref, f"{d}d", ("DATE", (ref - timedelta(days=d)).isoformat())))
        # no handle below: a count of a list, not an age
        out.append((f"{post}\n\n{d}d\nTwo boxes left\n{body}\n", ref, f"{d}d", None))
    return out


def test_an_age_above_its_authors_handle():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 1000
