"""The lead's second class of the forty-first session (docs/informal-time.md §208): day words of Northumbrian (Geordie)
and Scots Gaelic voices inside English posts, and a creole future. Northumbrian "the morn" (tomorrow), "the day"
(today), "the neet" (tonight) in a text with a word of the dialect ("howay", "haway", "canny", "hinny", "gannin",
"divvent", "hyem"), after a verb of coming or going and its "up", "down", "over" too ("we're coming up the morn"; "up"
alone stays a night of a story: "we stayed up the night"); Gaelic "a-màireach" (tomorrow), "an-diugh" (today),
"a-nochd" (tonight); "gon be" (going to be) a future, as "gonna" ("it gon be busy. Party Wednesday").

The sentences are this session's own; the days of writing every fourth day of two years."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, next_weekday

REFS = [date(2024, 1, 1) + timedelta(days=4 * k) for k in range(183)]
GEORDIE = [("howay we're coming up the morn 😍 what time d'you open?", "the morn", 1, ""),
           ("have a canny neet, are yous open the morn?", "the morn", 1, ""),
           ("canny day the day! sat on the harbour wall for hours", "the day", 0, ""),
           ("haway man, gannin oot the neet?", "the neet", 0, "TNI"),
           ("divvent be late hinny, we're gannin doon the morn", "the morn", 1, "")]
GAELIC = [("a-màireach then 👍 or the next day if it's still blowing", "a-màireach", 1, ""),
          ("ceilidh a-nochd, tha e fuar an-diugh", "a-nochd", 0, "TNI"),
          ("ceilidh a-nochd, tha e fuar an-diugh", "an-diugh", 0, "")]


def cases():
    out = []
    for k, ref in enumerate(REFS):
        for text, expr, off, pod in (GEORDIE[k % len(GEORDIE)], GAELIC[k % len(GAELIC)]):
            day = ref + timedelta(days=off)
            out.append((text, ref, expr, ("TIME" if pod else "DATE", day.isoformat() + (pod and "T" + pod[1:]))))
        if k % 3 == 0:
            out.append(("aye we stayed up the night at the ceilidh, canny", ref, "the night", None))
        wd = (ref.isoweekday() + 1 + k % 5) % 7 + 1   # another weekday than the day of writing's
        if wd != ref.isoweekday():
            names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
            text = f"it gon be busy. Party {names[wd - 1]}, yuh birthday after"
            want = next_weekday(ref, wd)   # the one to come (the week of "next week" told before is not this class)
            out.append((text, ref, names[wd - 1], ("DATE", want.isoformat())))
    return out


def test_northumbrian_and_gaelic_day_words_and_a_creole_future():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 400
