"""A history's follow-ups as a GRID: an opening date told in full, then one follow-up ("the next
day", "two days later", "that evening", "the following spring", "by the end of the month",
"three weeks later", "the same day", "within a week" ...) and, for the follow-ups that move the
story, a second one counted from where the first put it; each said after openings at month ends,
year ends, century ends, on and around leap days, in years AD with one to four digits and in
years BC, in several kinds of history (expeditions, epidemics, engineering works, reigns,
discoveries, migrations). The expected values are computed here from the calendar, never from
the tagger's code.

The decisions (TimeML TIMEX3 guidelines, TIDES 2005 values; docs/narrative-time.md §12):
- "X later" / "X earlier" is a DATE, the point reached, at the grain of its unit: days are days,
  "a month later" the month, "two years later" the year; "three weeks later", "a week later" the
  ISO week reached (TIDES gives an offset the granularity of its unit; the WikiWars gold writes
  "Three weeks after ..." 1775-W19, "a few weeks later" 1792-WXX; the informal grid's "2 weeks
  ago" is the ISO week too). The story's DAY moves on by the days counted all the same, so "the
  next day" after "three weeks later" is the 22nd day on;
- "the next day", "the same day", "the day before" a day; "that evening", "that night", "the
  next morning" a TIME of that day's part (TEV, TNI, TMO);
- "the following spring" the first spring after the story's date (that year's spring when the
  story is in January or February, else the next year's);
- "later that month", "by the end of the month" the story's month; "by the end of the year" its
  year; "by the end of the century" its century as TimeML writes centuries (the year's first two
  digits: "18" for 1800-1899, "BC00" for 99-1 BC);
- "within a week" a DURATION P1W;
- "at 5.30 that afternoon", "at 11.15 the next morning": one TIME, the clock time of that part of
  that day (a dotted time with no am/pm read by its part of the day);
- there is no year 0: the year after 1 BC is AD 1 ("0001"), the year before AD 1 is 1 BC.
"""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from timeline_app.temporal import tag

REF = date(2025, 6, 1)          # the day the history is written
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]

# openings: month ends, year and century ends, leap days (1896 and 1916 are leap years, 1900 is
# not), a medieval date, an ordinary day
OPENINGS = [date(1912, 1, 30), date(1896, 2, 28), date(1900, 2, 28), date(1916, 2, 29), date(1914, 6, 30),
            date(1865, 12, 31), date(1799, 12, 31), date(1347, 10, 31), date(1588, 7, 19), date(1969, 7, 16)]

# a story of each kind: {D} the opening date, {F} the follow-up opening the next sentence
STORIES = [
    "On {D} the expedition left the harbour with forty men. {F} the ship reached the pack ice.",
    "The first cases of the fever were recorded on {D}. {F} the city closed its markets.",
    "Work on the bridge began on {D}, when the first pile was driven. {F} the river rose and flooded the works.",
    "The king was crowned at the abbey on {D}. {F} he summoned his council.",
    "On {D} the two chemists isolated the new element. {F} they wrote to the academy.",
    "The first wagons left the valley on {D}. {F} the settlers crossed the river.",
]


def _iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _month(d: date, k: int) -> str:
    m = d.year * 12 + d.month - 1 + k
    return f"{m // 12:04d}-{m % 12 + 1:02d}"


def _following_spring(d: date) -> str:
    return f"{d.year + (d.month > 2):04d}-SP"


# follow-up, type, expected value from the opening day, the day the story is at after it (None:
# it does not move the story's day)
FOLLOW = [
    ("The next day", "DATE", lambda d: (d + timedelta(1)).isoformat(), lambda d: d + timedelta(1)),
    ("The following day", "DATE", lambda d: (d + timedelta(1)).isoformat(), lambda d: d + timedelta(1)),
    ("Two days later", "DATE", lambda d: (d + timedelta(2)).isoformat(), lambda d: d + timedelta(2)),
    ("Ten days later", "DATE", lambda d: (d + timedelta(10)).isoformat(), lambda d: d + timedelta(10)),
    ("The same day", "DATE", lambda d: d.isoformat(), lambda d: d),
    ("That evening", "TIME", lambda d: f"{d.isoformat()}TEV", lambda d: d),
    ("That night", "TIME", lambda d: f"{d.isoformat()}TNI", lambda d: d),
    ("The next morning", "TIME", lambda d: f"{(d + timedelta(1)).isoformat()}TMO", lambda d: d + timedelta(1)),
    ("A week later", "DATE", lambda d: _iso_week(d + timedelta(7)), lambda d: d + timedelta(7)),
    ("Three weeks later", "DATE", lambda d: _iso_week(d + timedelta(21)), lambda d: d + timedelta(21)),
    ("A month later", "DATE", lambda d: _month(d, 1), None),
    ("Later that month", "DATE", lambda d: _month(d, 0), None),
    ("By the end of the month", "DATE", lambda d: _month(d, 0), None),
    ("By the end of the week", "DATE", lambda d: _iso_week(d), None),
    ("The following month", "DATE", lambda d: _month(d, 1), None),
    ("The following year", "DATE", lambda d: f"{d.year + 1:04d}", None),
    ("Two years later", "DATE", lambda d: f"{d.year + 2:04d}", None),
    ("By the end of the year", "DATE", lambda d: f"{d.year:04d}", None),
    ("The following spring", "DATE", _following_spring, None),
    ("By the end of the century", "DATE", lambda d: f"{d.year // 100:02d}", None),
    ("Within a week", "DURATION", lambda d: "P1W", None),
    ("The previous day", "DATE", lambda d: (d - timedelta(1)).isoformat(), None),
    ("Two nights later", "TIME", lambda d: f"{(d + timedelta(2)).isoformat()}TNI", lambda d: d + timedelta(2)),
    ("The next evening", "TIME", lambda d: f"{(d + timedelta(1)).isoformat()}TEV", lambda d: d + timedelta(1)),
    ("A fortnight later", "DATE", lambda d: _iso_week(d + timedelta(14)), lambda d: d + timedelta(14)),
    ("The following week", "DATE", lambda d: _iso_week(d + timedelta(7)), None),
    ("Later that week", "DATE", lambda d: _iso_week(d), None),
    ("Six months later", "DATE", lambda d: _month(d, 6), None),
    ("A year later", "DATE", lambda d: f"{d.year + 1:04d}", None),
    ("The following summer", "DATE", lambda d: f"{d.year + (d.month >= 6):04d}-SU", None),
    # a winter is named by the year of its January (docs/narrative-time.md: "the winter of 1915" for 1914-15)
    ("The following winter", "DATE", lambda d: f"{d.year + 1 + (d.month == 12):04d}-WI", None),
    ("Early the next year", "DATE", lambda d: f"{d.year + 1:04d}", None),
    ("At 5.30 that afternoon", "TIME", lambda d: f"{d.isoformat()}T17:30", lambda d: d),
    ("At 11.15 the next morning", "TIME", lambda d: f"{(d + timedelta(1)).isoformat()}T11:15",
     lambda d: d + timedelta(1)),
]


def _date_text(d: date, us: bool) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}" if us else f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def _found(text: str, words: str):
    for t in tag(text, REF):
        if words.lower() in t.expression.lower() or t.expression.lower() in words.lower() and len(t.expression) > 3:
            return t
    return None


def _check(text: str, words: str, typ: str, want: str) -> str | None:
    t = _found(text, words)
    got = t and (t.timex_type, t.timex_value)
    return None if got == (typ, want) else f"{text!r}: {words!r} -> {got} (want {typ} {want})"


@pytest.mark.parametrize("follow,typ,value,moves", FOLLOW, ids=[f[0] for f in FOLLOW])
def test_story_follow_up_grid(follow, typ, value, moves):
    """Every opening x every kind of story (day-first and US dates): the follow-up's value."""
    wrong = []
    for i, d in enumerate(OPENINGS):
        for j, story in enumerate(STORIES):
            text = story.format(D=_date_text(d, us=(i + j) % 2 == 1), F=follow)
            words = follow.split(" ", 1)[1] if follow.startswith(("Within", "By", "At ")) else follow
            bad = _check(text, words, typ, value(d))
            if bad:
                wrong.append(bad)
    assert not wrong, f"{len(wrong)} wrong:\n" + "\n".join(wrong[:40])


MOVERS = [f for f in FOLLOW if f[3] is not None]
SECOND = [
    ("The next day", "DATE", lambda s: (s + timedelta(1)).isoformat()),
    ("Two days later", "DATE", lambda s: (s + timedelta(2)).isoformat()),
    ("That evening", "TIME", lambda s: f"{s.isoformat()}TEV"),
]


@pytest.mark.parametrize("first", MOVERS, ids=[f[0] for f in MOVERS])
@pytest.mark.parametrize("second,typ,value", SECOND, ids=[s[0] for s in SECOND])
def test_story_chain_grid(first, second, typ, value):
    """A second follow-up counts from the day the first put the story at."""
    wrong = []
    for i, d in enumerate(OPENINGS):
        story = STORIES[i % len(STORIES)]
        text = story.format(D=_date_text(d, us=False), F=first[0]) + f" {second} the men rested."
        at = first[3](d)
        # the second follow-up is the last expression of the text
        ts = tag(text, REF)
        t = ts[-1] if ts else None
        got = t and (t.expression, t.timex_type, t.timex_value)
        if got != (second, typ, value(at)):
            wrong.append(f"{text!r}: -> {got} (want {second!r} {typ} {value(at)})")
    assert not wrong, f"{len(wrong)} wrong:\n" + "\n".join(wrong[:40])


# years BC and the first centuries AD: (opening, follow-up, type, value); a year BC is a leap year
# where its astronomical number (1 BC = 0, 45 BC = -44) is divisible by 4, in the Julian and the
# proleptic Gregorian calendar alike for these years
ERAS = [
    # day of a year BC: the day after, two days later, that evening, the following year
    ("On 15 March 44 BC the dictator was killed in the senate house.", "The next day", "DATE", "BC0044-03-16"),
    ("On 15 March 44 BC the dictator was killed in the senate house.", "Two days later", "DATE", "BC0044-03-17"),
    ("On 15 March 44 BC the dictator was killed in the senate house.", "That evening", "TIME", "BC0044-03-15TEV"),
    ("On 15 March 44 BC the dictator was killed in the senate house.", "The following year", "DATE", "BC0043"),
    ("On 15 March 44 BC the dictator was killed in the senate house.", "By the end of the century", "DATE", "BC00"),
    ("On 31 December 45 BC the calendar reform was proclaimed.", "The next day", "DATE", "BC0044-01-01"),
    ("On 28 February 46 BC the fleet sailed from the harbour.", "The next day", "DATE", "BC0046-03-01"),
    ("On 28 February 45 BC the fleet sailed from the harbour.", "The next day", "DATE", "BC0045-02-29"),
    ("In 49 BC the general crossed the river with one legion.", "The following year", "DATE", "BC0048"),
    ("In 49 BC the general crossed the river with one legion.", "Two years later", "DATE", "BC0047"),
    ("In 2 BC the census was taken in the province.", "Two years later", "DATE", "0001"),
    ("In 1 BC the census was taken in the province.", "The following year", "DATE", "0001"),
    ("In AD 1 the census was taken in the province.", "The previous year", "DATE", "BC0001"),
    ("In 221 BC the state united the kingdoms.", "By the end of the century", "DATE", "BC02"),
    # years AD with one to three digits
    ("On 24 August AD 79 the mountain erupted over the town.", "The next day", "DATE", "0079-08-25"),
    ("On 24 August AD 79 the mountain erupted over the town.", "The following year", "DATE", "0080"),
    ("On 24 August AD 79 the mountain erupted over the town.", "By the end of the century", "DATE", "00"),
    ("In AD 410 the city was sacked by the Visigoths.", "Two years later", "DATE", "0412"),
    ("On 25 December 800 the king was crowned emperor in Rome.", "The next day", "DATE", "0800-12-26"),
]


@pytest.mark.parametrize("opening,follow,typ,value", ERAS, ids=[f"{o[3:24]}|{f}" for o, f, _, _ in ERAS])
def test_era_grid(opening, follow, typ, value):
    text = f"{opening} {follow} the people gathered in the forum."
    words = follow.split(" ", 1)[1] if follow.startswith("By") else follow
    bad = _check(text, words, typ, value)
    assert bad is None, bad
