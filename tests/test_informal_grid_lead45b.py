"""The lead's second class of the forty-fourth session (docs/informal-time.md §249): a feed's stamps the tagger missed
or counted from the wrong day.
- an edit's note heading a line of a post ("edited 1 day ago: thanks all"): its age counts from the page's reading, not
  from the post's day above it, and the words after it from the day of the edit;
- an Instagram post printed as its handle and its caption on one line, its age alone on the line under it ("6d"): the
  caption's words count from that day;
- a comment's age at the end of its line after a price ("or the full day for $35 2w") or after a noun with its
  determiner ("no sleep in this house 5d"): an age as after any other word;
- a Facebook name line with a nickname in quotes over "Yesterday at 2:40 PM": one stamp.

The sentences are this session's own; the days of writing every fourth day of three years."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, h12

REFS = [date(2023, 1, 2) + timedelta(days=4 * k) for k in range(274)]
HANDLES = ["lagoonbikes.lhi", "kez_onthe_island", "the.crab.shack", "dive_2024", "surf.co"]
NAMES = ['Devon "Tall Man" Browne', "Marcia “Mash” Daniel", "Kenroy 'Bigs' Liburd"]


def cases():
    out = []
    for k, ref in enumerate(REFS):
        n = 2 + k % 5
        e = 1 + k % (n - 1)
        # an edit's note: from the page's reading, and the words after it from the edit's day
        post = f"Posted by u/kev_b · {n} days ago\nWhere's good for lunch near the wharf?\n\n"
        note = f"edited {e} day{'s' if e > 1 else ''} ago: thanks all, booked for tomorrow"
        out.append((post + note + "\n", ref, f"{e} day{'s' if e > 1 else ''} ago", ("DATE", (ref - timedelta(days=e)).isoformat())))
        out.append((post + note + "\n", ref, "tomorrow", ("DATE", (ref - timedelta(days=e - 1)).isoformat())))
        # an Instagram caption's age under it
        h = HANDLES[k % len(HANDLES)]
        d = 2 + k % 6
        text = (f"{h} Birds came in over the point last night, right on dusk 🐦\n{d}d\n\n"
                f"  salty.sal heard them too 😂 {max(1, d - 1)}d\n  grandad.rolf every spring since 1987 {max(1, d - 1)}d\n")
        out.append((text, ref, "last night", ("TIME", f"{(ref - timedelta(days=d + 1)).isoformat()}TNI")))
        # a price or a determined noun before a comment's tail age
        w = 1 + k % 3
        text = (f"  mattyb.surfs do you still do the half day rate? {w}w\n"
                f"    {h} @mattyb.surfs yep, 4 hours for $25 or all day for $35 {w}w\n"
                f"  salty.sal no sleep in this house {w}w\n")
        wk = (ref - timedelta(weeks=w)).isocalendar()
        out.append((text, ref, f"{w}w", ("DATE", f"{wk[0]}-W{wk[1]:02d}")))
        lines = [t for t in text.split("\n") if t]
        out.append((lines[1] + "\n" + lines[0] + "\n", ref, f"{w}w", ("DATE", f"{wk[0]}-W{wk[1]:02d}")))
        out.append((lines[2] + "\n" + lines[0] + "\n", ref, f"{w}w", ("DATE", f"{wk[0]}-W{wk[1]:02d}")))
        # a nickname in quotes on the name line over its stamp
        t = (ref - timedelta(days=1))
        clock = h12(type("T", (), {"hour": 8 + k % 12, "minute": (7 * k) % 60})())
        stamp = f"Yesterday at {clock}"
        hh, mm = 8 + k % 12, (7 * k) % 60
        out.append((f"{NAMES[k % len(NAMES)]}\n{stamp}\nAnybody know if the boat running?\n", ref, stamp,
                    ("TIME", f"{t.isoformat()}T{hh:02d}:{mm:02d}")))
    return out


def test_feed_stamps_of_edits_captions_and_tails():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 1500
