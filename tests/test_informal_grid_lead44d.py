"""The lead's fourth class of the forty-third session (docs/informal-time.md §240): an emoji between two lower-case
clauses of a post ends the first, as "!!" does: the verb of the clause after it does not decide the tense of a day in
the clause before it, nor the other way round ("We're doing lunch at the pier Saturday 🎉 went there last year, loved
it": the Saturday to come; "Still light out at nearly midnight 🌅 went for a walk": the midnight ending the day of
writing).

The sentences are this session's own; the days of writing every third day of three years; the weekdays' days computed
from the calendar."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import WEEKDAYS, check, next_weekday, other_weekdays

REFS = [date(2023, 1, 2) + timedelta(days=3 * k) for k in range(365)]
EMOJI = ["🎉", "🌅", "😍", "🙌🏾", "☀️"]
AHEAD = ["We're doing lunch at the pier {d} {e} went there last year, loved it",
         "Fish fry at the bay {d} {e} we had the best time there in June",
         "Car boot sale {d} {e} found a lamp there once lol"]


def cases():
    out = []
    for k, ref in enumerate(REFS):
        wd, name = other_weekdays(ref)[k % 6]
        e = EMOJI[k % len(EMOJI)]
        frame = AHEAD[k % len(AHEAD)]
        out.append((frame.format(d=name, e=e), ref, name, ("DATE", next_weekday(ref, wd).isoformat())))
        out.append((f"Still light out at nearly midnight {e} went for a walk up the hill", ref, "midnight",
                    ("TIME", f"{ref.isoformat()}T24:00")))
    return out


def test_an_emoji_ends_a_clause():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 700
