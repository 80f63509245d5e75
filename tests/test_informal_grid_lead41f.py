"""The lead's sixth class of the fortieth session (docs/informal-time.md §199): "last night" (morning, evening ...)
after a determiner is the final one of a series, no night before the day of writing ("Came here on 20 October, the
last night of our two week honeymoon", "on our last night we went to the fish fry", "my last night in Lisbon was the
best"): no expression. Kept: the night before the day of writing after a verb, an object pronoun or a place's
possessive ("I saw her last night", "Did that last night", "Mummers at Aunt Bride's last night", "Gunfire was heard
across the city last night").

The sentences are this session's own; the days of writing every second day of two years."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check

REFS = [date(2024, 1, 1) + timedelta(days=2 * k) for k in range(366)]
PODS = [("night", "NI"), ("morning", "MO"), ("evening", "EV"), ("afternoon", "AF")]
FINAL = ["Came here in October, the last {p} of our two week honeymoon.", "on our last {p} we went to the fish fry",
         "my last {p} in Lisbon was the best", "Every last {p} of the tour was sold out", "their last {p} at the lodge"]
DEICTIC = ["I saw her last {p}", "Did that last {p}, all good now", "Mummers at Aunt Bride's last {p} till late",
           "Gunfire was heard across the city last {p}."]


def cases():
    out = []
    for k, ref in enumerate(REFS):
        p, code = PODS[k % len(PODS)] if k % 3 else PODS[0]
        out.append((FINAL[k % len(FINAL)].format(p=p), ref, f"last {p}", None))
        out.append((DEICTIC[k % len(DEICTIC)].format(p=p), ref, f"last {p}",
                    ("TIME", f"{(ref - timedelta(days=1)).isoformat()}T{code}")))
    return out


def test_last_night_after_a_determiner_is_the_final_one():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 700
