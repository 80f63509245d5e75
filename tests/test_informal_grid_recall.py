"""What the tagger MISSES, by construction, as GRIDS (thirteenth session, recall). Each class comes
from `benchmarks/missed.py` (the gold expressions no system expression touches, on the readable
informal sets, by construction) and is tested as the construction of English behind it, said on every
day of a week and at month and year ends, in plans and in reports. The expected TimeML value is
computed here from the calendar, never read from the tagger.

1. A RANGE OF HOURS WITHOUT am/pm NEXT TO ITS DAY ("open as usual on Saturday, 10-4", "court's booked
   10-11 Wednesday", "the engineer can come friday between 12-4"): both ends are clock times (TimeML
   tags each end of a range, as "7-10pm" already is), on the day named beside them: the coming one in
   a plan, the last one in a report. The half of the day is the one a day's hours take: a start from
   7 to 11 is the morning's and an end below it the afternoon's ("10-4" is 10:00-16:00, "9-1"
   09:00-13:00); a start from 1 to 6 is the afternoon's ("2-5" 14:00-17:00); 12 is noon. A score, an
   age, a size, a count or a measure with a dash ("won 3-1 on Saturday", "aged 5-11", "sizes 8-10",
   "2-3 people", "4-6 weeks") is no time (docs/informal-time.md, the recall section).
"""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from timeline_app.temporal import tag

WEEK = [date(2025, 6, 2) + timedelta(days=i) for i in range(7)]          # Monday .. Sunday
EDGES = [date(2025, 6, 30), date(2025, 12, 31), date(2026, 2, 28), date(2024, 12, 29), date(2024, 2, 29)]
FULL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SMALL = [w.lower() for w in FULL]


def _next(ref: date, wd: int) -> date:
    return ref + timedelta(days=(wd - ref.weekday()) % 7 or 7)


def _last(ref: date, wd: int) -> date:
    return ref - timedelta(days=(ref.weekday() - wd) % 7 or 7)


def _clock(h: int, mi: int) -> str:
    return f"T{h:02d}:{mi:02d}"


def _ends(rng: str) -> tuple[str, str, str, str]:
    """The two ends of a range as written ("10.30", "12") and their clock values, computed from the
    convention of a day's hours (module docstring), not from the tagger."""
    a, b = rng.split("-")

    def hm(x: str) -> tuple[int, int]:
        h, _, mi = x.partition(".")
        return int(h), int(mi or 0)

    (h1, m1), (h2, m2) = hm(a), hm(b)
    if 1 <= h1 <= 6:
        h1 += 12                      # "2-5": the afternoon
    if h2 != 12 and h2 + 12 > h1 and (h2 < h1 or h1 >= 12):
        h2 += 12                      # "10-4": the end after noon; "2-5": the afternoon too
    return a, b, _clock(h1, m1), _clock(h2, m2)


RANGES = ["10-4", "12-4", "9-1", "2-5", "10.30-12", "11-2"]

# (template, pick): {W} the weekday, {r} the range; the day the range is on is the next one in a plan,
# the last one in a report
DAY_RANGES = [
    ("@jo: open as usual on {W}, {r}", _next),
    ("@jo: court's booked {r} {W} if anyone wants it", _next),
    ("@jo: the engineer can come {w} between {r}", _next),
    ("@jo: we're at the hall {W} {r}, come say hi", _next),
    ("@jo: the library was open {W}, {r} and it was rammed", _last),
    ("@jo: we were open {r} on {W} and it was dead", _last),
]


def _found(ts, words: str, occurrence: int = 1):
    n = 0
    for t in ts:
        if t.expression.strip() == words:
            n += 1
            if n == occurrence:
                return t
    return None


@pytest.mark.parametrize("template,pick", DAY_RANGES)
def test_range_of_hours_next_to_its_day(template, pick):
    wrong = []
    for rng in RANGES:
        a, b, va, vb = _ends(rng)
        for ref in WEEK + EDGES:
            for wd in range(7):
                if wd == ref.weekday():
                    continue
                text = template.format(W=FULL[wd], w=SMALL[wd], r=rng)
                day = pick(ref, wd).isoformat()
                ts = tag(text, ref)
                t1 = _found(ts, a)
                t2 = _found(ts, b, 2 if a == b else 1)
                got = [(t.expression, t.timex_type, t.timex_value) for t in ts]
                if t1 is None or (t1.timex_type, t1.timex_value) != ("TIME", day + va) \
                        or t2 is None or (t2.timex_type, t2.timex_value) != ("TIME", day + vb):
                    wrong.append(f"{ref:%a %Y-%m-%d}: {text!r} -> {got} (want {a} {day}{va}, {b} {day}{vb})")
    assert not wrong, f"{len(wrong)} wrong:\n" + "\n".join(wrong[:40])


@pytest.mark.parametrize("text", [
    "@jo: we won 3-1 on {W}",
    "@jo: lost 4-2 at home on {W}, gutted",
    "@jo: it finished 2-2 on {W}",
    "@jo: kids aged 5-11 welcome on {W}",
    "@jo: sizes 8-10 only, collection {W}",
    "@jo: need 2-3 people on {W}",
    "@jo: read pages 10-12 for {W}",
    "@jo: years 7-9 finish early on {W}",
    "@jo: {W} highs of 9-12 degrees",
    "@jo: results in 4-6 weeks from {W}",
    "@jo: odds of 9-4 on {W}",
    "@jo: rated 4-5 stars, opens {W}",
    "The committee voted {W}, 7-5, to approve the plan.",
    "Rovers v City, {W} 3-1",
    "@jo: {W}, 4-2 to us 🙌",
])
def test_no_range_of_hours_in_scores_ages_sizes_and_counts(text):
    for ref in (WEEK[0], WEEK[4], EDGES[1]):
        for wd in (1, 5):
            s = text.format(W=FULL[wd])
            times = [t.expression for t in tag(s, ref) if t.timex_type == "TIME"]
            assert times == [], (s, times)
