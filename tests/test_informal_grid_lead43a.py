"""The lead's first class of the forty-second session (docs/informal-time.md §220): a comment's age on its header line
after a name joined by an ampersand ("Pelican Point Bar & Grill · 21h", "Smith & Sons · 2d") or after a reply's arrow
("  ↳ Mindil Mel · 19h"), as after any other name: hours and minutes a length, days the day they reach back to.

The sentences are this session's own; the days of writing every fourth day of three years."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check

REFS = [date(2023, 1, 2) + timedelta(days=4 * k) for k in range(274)]
NAMES = ["Pelican Point Bar & Grill", "Smith & Sons", "Bread & Butter Bakery", "Tom & Jess", "Fish & Fern"]
ARROWS = ["  ↳ {n}", "↳ {n}", "  ↪ {n}"]
PEOPLE = ["Mindil Mel", "Kez in Nightcliff", "Dave R", "Aroha"]
BODIES = ["thanks for the update!", "see you there 🙌", "is the kitchen open late?", "great night, cheers all"]


def cases():
    out = []
    for k, ref in enumerate(REFS):
        n = 1 + k % 23
        body = BODIES[k % len(BODIES)]
        name = NAMES[k % len(NAMES)]
        head = f"Big news from the harbour today.\n  {name} · {n}h\n  {body}\n"
        out.append((head, ref, f"{n}h", ("DURATION", f"PT{n}H")))
        d = 1 + k % 6
        out.append((f"Post of the week\n  Gwen B · 3h\n  lovely\n  {name} · {d}d\n  {body}\n", ref, f"{d}d",
                    ("DATE", (ref - timedelta(days=d)).isoformat())))
        arrow = ARROWS[k % len(ARROWS)].format(n=PEOPLE[k % len(PEOPLE)])
        m = 5 + k % 50
        out.append((f"Storm watch update, radar at noon.\n{arrow} · {m}m\n  {body}\n", ref, f"{m}m", ("DURATION", f"PT{m}M")))
        out.append((f"Storm watch update.\n{arrow} · {d}d\n  {body}\n", ref, f"{d}d",
                    ("DATE", (ref - timedelta(days=d)).isoformat())))
    return out


def test_ages_after_an_ampersand_name_or_a_reply_arrow():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 1000
