"""The lead's ninth class of the thirty-eighth session (docs/informal-time.md §173): a Scots day word with an emoji right
after it, "Ba' the morn 📸 boys' game thrown up at 10.30", "shut the day 😭 back Monday": the emoji ends the phrase as a
stop does (rule scots_deictic read only a stop, a line's end or a listed word), and the clocks after it take its day.
The Scots markers still gate it ("seize the day 🙌" in a text with none stays untagged).

The posts are this session's own; the days of writing every third day of two years."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, check_untagged

REFS = [date(2024, 1, 2) + timedelta(days=3 * k) for k in range(244)]
EMOJI = ["📸", "😭", "🎉", "☀️", "🙌", "⚽"]
FRAMES = [("Ba' the morn {e} boys' game thrown up at 10.30, dinnae be late", "the morn", 1),
          ("shop's shut the day {e} back Monday, sorry aboot that", "the day", 0),
          ("cannae come oot the nicht {e} working", "the nicht", 0)]


def cases():
    out = []
    for k, ref in enumerate(REFS):
        frame, expr, off = FRAMES[k % len(FRAMES)]
        text = frame.format(e=EMOJI[k % len(EMOJI)])
        day = ref + timedelta(days=off)
        want = ("TIME", f"{day.isoformat()}TNI") if expr == "the nicht" else ("DATE", day.isoformat())
        out.append((text, ref, expr, want))
        if "10.30" in text:
            out.append((text, ref, "10.30", ("TIME", f"{day.isoformat()}T10:30")))
    return out


def test_an_emoji_ends_a_scots_day_word():
    check(cases())


def test_no_scots_no_day_word():
    check_untagged([("seize the day 🙌 and go for it", ["the day"])], REFS[::30])


def test_the_grid_is_not_empty():
    assert len(cases()) > 250
