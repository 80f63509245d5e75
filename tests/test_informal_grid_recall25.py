"""A week or a weekend named by a day of the month alone (twenty-fourth session, recall25; docs/informal-time.md,
the section on recall25). The sentences are written for this file; every value is computed here from the calendar
(``datetime``), never read from the tagger.

1. "the weekend of the nineteenth", "the week of the twelfth": the day of the month said in a word (3rd to 31st),
   as "the weekend of the 19th" already was: the weekend (the ISO week) of that day, the day the next one on or
   after the day of writing in a plan (this month's if it is still to come, else next month's). The word must end
   its phrase ("the week of the third round" is an ordinal of a round).
2. "w/c 24th", "week commencing 3rd", "wk beg the 9th": the week that day begins, no month written: that day's ISO
   week (the day as "the 24th": the sentences here say "will", a plan; with no verb a day just gone stays the nearest,
   the project's convention for "the 3rd"); a bare number with no suffix and no month ("w/c 3 weeks") stays untagged.
3. "the MOT's due the fifth anyway", "rent's due the twenty-third": a day of the month said in a word after "due" (a
   payment's or a service's day, as "due the 1st" in digits already was), the next such day in a plan; "anyway" after
   it ends the phrase as "please" does. "he's due the third dose" stays an ordinal (no follower after it).
"""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check as _check, found as _found, iso_week

REFS = [date(2025, 6, 2) + timedelta(days=i) for i in range(7)] + [
    date(2026, 8, 30), date(2025, 12, 10), date(2024, 2, 1), date(2027, 3, 4), date(2026, 11, 2)]

WORDS = {3: "third", 5: "fifth", 9: "ninth", 12: "twelfth", 19: "nineteenth", 20: "twentieth", 23: "twenty-third",
         27: "twenty-seventh"}


def _next_day(ref: date, d: int) -> date:
    """The next day of the month d on or after the day of writing (this month's, else the next month's)."""
    y, m = ref.year, ref.month
    if ref.day > d:
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return date(y, m, d)


def _week(d: date) -> str:
    return iso_week(d)


def _weekend(d: date) -> str:
    return _week(d) + "-WE"


def _cases():
    out = []
    for i, ref in enumerate(REFS):
        for j, (d, word) in enumerate(WORDS.items()):
            if (i + j) % 2:
                continue
            day = _next_day(ref, d)
            out.append((f"we're away the weekend of the {word}, can you feed the cat?", ref,
                        f"the weekend of the {word}", ("DATE", _weekend(day))))
            out.append((f"The stag is the weekend of the {word.capitalize()}.", ref,
                        f"the weekend of the {word.capitalize()}", ("DATE", _weekend(day))))
            out.append((f"I'll be off the week of the {word} so book it then", ref,
                        f"the week of the {word}", ("DATE", _week(day))))
            # the number form keeps its value (a control)
            out.append((f"we're away the weekend of the {d}th, can you feed the cat?" if d not in (3, 23) else
                        f"we're away the weekend of the {d}rd, can you feed the cat?", ref,
                        f"the weekend of the {d}{'rd' if d in (3, 23) else 'th'}", ("DATE", _weekend(day))))
            suf = "rd" if d in (3, 23) else "th"
            out.append((f"The rota for w/c {d}{suf} will go up tomorrow", ref, f"w/c {d}{suf}", ("DATE", _week(day))))
            out.append((f"Mocks will start week commencing {d}{suf}, revise!", ref, f"week commencing {d}{suf}",
                        ("DATE", _week(day))))
            out.append((f"we'll have a new menu from wk beg the {d}{suf}.", ref, f"wk beg the {d}{suf}", ("DATE", _week(day))))
    return out


CASES = _cases() + [
    # written out (the docs section quotes these)
    ("we're away the weekend of the nineteenth, can you feed the cat?", date(2026, 8, 30),
     "the weekend of the nineteenth", ("DATE", _weekend(_next_day(date(2026, 8, 30), 19)))),
    ("I'll be off the week of the twelfth so book it then", date(2025, 6, 4), "the week of the twelfth",
     ("DATE", _week(_next_day(date(2025, 6, 4), 12)))),
    ("The rota for w/c 24th will go up tomorrow", date(2023, 4, 15), "w/c 24th",
     ("DATE", _week(_next_day(date(2023, 4, 15), 24)))),
    ("Mocks will start week commencing 3rd, revise!", date(2025, 6, 4), "week commencing 3rd",
     ("DATE", _week(_next_day(date(2025, 6, 4), 3)))),
    ("the MOT's due the fifth anyway so we'll book it in", date(2026, 2, 27), "the fifth",
     ("DATE", _next_day(date(2026, 2, 27), 5).isoformat())),
    ("Rent's due the fifth.", date(2025, 6, 4), "the fifth", ("DATE", _next_day(date(2025, 6, 4), 5).isoformat())),
]
for _ref in REFS:
    for _d, _w in WORDS.items():
        _day = _next_day(_ref, _d)
        CASES.append((f"the MOT's due the {_w} anyway so we'll book it in", _ref, f"the {_w}", ("DATE", _day.isoformat())))
        CASES.append((f"Rent's due the {_w}.", _ref, f"the {_w}", ("DATE", _day.isoformat())))

# look-alikes: no date
NEGATIVE = [
    ("we talked the week of the third round about tickets", date(2025, 6, 4), "the week of the third"),
    ("it was the weekend of the fifth form disco", date(2025, 6, 4), "the weekend of the fifth"),
    ("I booked w/c 3 weeks ago", date(2025, 6, 4), "w/c 3"),
    ("week commencing 12 hours of overtime", date(2025, 6, 4), "week commencing 12"),
    ("he's due the third dose next month", date(2025, 6, 4), "the third"),
    ("she's due the fifth instalment", date(2025, 6, 4), "the fifth"),
]


def test_week_or_weekend_of_a_day_alone():
    _check(CASES)


def test_lookalikes_stay_untagged():
    wrong = [(t, e) for t, r, e in NEGATIVE if _found(t, r, e) is not None]
    assert not wrong, wrong
