"""Patterns of English behind the errors of informal18-voices A (twentieth session, voices18; docs/informal-time.md,
the section of voices18): a length before "late on <weekday>", a length after "for" before "after"/"afterwards"/
"before" with its event unsaid, a subject and a progressive with its auxiliary dropped before a day. The sentences
are this session's own, written for these classes, none copied from a corpus text; every value is computed here
from the calendar."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, last_weekday, next_weekday, other_weekdays

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# every day of a week in two years, a month's end and a year's turn
REFS = [date(2025, 6, 2) + timedelta(days=k) for k in range(7)] + \
       [date(2026, 3, 9) + timedelta(days=k) for k in range(7)] + \
       [date(2025, 12, 29), date(2025, 12, 31), date(2026, 1, 1), date(2026, 2, 27), date(2026, 2, 28)]



_days = other_weekdays


# 1. "I'll be 30 min late on sunday": "late" after a length is how late someone is; the weekday is the day, not its
# evening (the news idiom "late on Sunday" keeps "late": since newswire32 the day with mod END, as TimeBank's "late
# yesterday" and news4's "late Monday", no longer the evening TEV)
LENGTHS = ["30 min", "10 minutes", "20 mins", "an hour", "two hours", "a few minutes", "5 mins", "half an hour"]
LATE_AHEAD = ["I'll be {n} late on {w}", "I'm going to be {n} late on {w}, sorry", "we'll be {n} late on {w} x"]
LATE_GONE = ["he was {n} late on {w}", "I was {n} late on {w} again"]
NEWS_LATE = ["The news broke late on {w}.", "The storm hit the coast late on {w}."]


def _late_grid(templates, when, lower):
    cases = []
    for ref in REFS:
        for n, name in _days(ref):
            w = name.lower() if lower else name
            for length in LENGTHS:
                if length == "half an hour":
                    continue   # "half an hour" is read by another rule; the grid asks of counts and units
                for t in templates:
                    cases.append((t.format(n=length, w=w), ref, w, ("DATE", when(ref, n).isoformat())))
    return cases


def test_length_late_on_weekday_ahead():
    check(_late_grid(LATE_AHEAD, next_weekday, lower=True))
    check(_late_grid(LATE_AHEAD, next_weekday, lower=False))


def test_length_late_on_weekday_gone():
    check(_late_grid(LATE_GONE, last_weekday, lower=False))


def test_news_late_on_weekday_keeps_late():
    cases = []
    for ref in REFS:
        for n, name in _days(ref):
            for t in NEWS_LATE:
                cases.append((t.format(w=name), ref, f"late on {name}", ("DATE", last_weekday(ref, n).isoformat())))
    check(cases)


# 2. "I didn't sleep for two days after.": after "for", a count of units before "after"/"afterwards"/"before" with its
# event unsaid is how long (a DURATION), not the point reached
COUNTS = [("two", 2), ("three", 3), ("a", 1), ("4", 4), ("ten", 10)]
UNITS = [("day", "D", False), ("week", "W", False), ("month", "M", False), ("hour", "H", True)]
FOR_AFTER = ["I didn't sleep for {c} {u} after.", "it rained for {c} {u} afterwards", "she stayed on for {c} {u} after",
             "we'd fasted for {c} {u} before.", "My knee hurt for {c} {u} afterward, honestly"]


def _plural(c: str, u: str) -> str:
    return u if c in ("a", "an", "1", "one") else u + "s"


def test_for_length_after_is_a_duration():
    cases = []
    for ref in REFS[::3]:
        for c, n in COUNTS:
            for u, code, clock in UNITS:
                expr = f"{c} {_plural(c, u)}"
                value = f"PT{n}{code}" if clock else f"P{n}{code}"
                for t in FOR_AFTER:
                    cases.append((t.format(c=c, u=_plural(c, u)), ref, expr, ("DURATION", value)))
    check(cases)


def test_offset_after_without_for_stays_the_point():
    """Control: "Two days after, the boiler broke." after a date told is the day reached."""
    cases = []
    for told in (date(2025, 3, 3), date(2025, 12, 30), date(2026, 2, 26)):
        for c, n in (("Two", 2), ("Three", 3), ("Ten", 10)):
            text = f"We moved in on {told.day} {told:%B %Y}. {c} days after, the boiler broke."
            cases.append((text, date(2026, 6, 1), f"{c} days after", ("DATE", (told + timedelta(days=n)).isoformat())))
    check(cases)


# 3. "Mum visiting Friday", "Vet coming out Monday": a subject of one to three words and a progressive with its "is"
# dropped, then at most two particles, then the day: an arrangement, the day to come
SUBJECTS = ["Mum", "Dad", "my sister", "the plumber", "Vet", "the kids", "Gran", "our new neighbour"]
PROGRESSIVES = ["visiting", "coming over", "coming out", "flying back", "driving up", "arriving", "staying over",
                "coming round", "moving in", "heading home"]
TAILS = ["", " for tea", " to fix the boiler", "!", " for a ewe that prolapsed yesterday"]


def test_subject_progressive_day_to_come():
    cases = []
    for ref in REFS:
        for n, name in _days(ref):
            d = next_weekday(ref, n).isoformat()
            for k, subj in enumerate(SUBJECTS):
                for j, prog in enumerate(PROGRESSIVES):
                    tail = TAILS[(k + j) % len(TAILS)]
                    cases.append((f"{subj} {prog} {name}{tail}", ref, name, ("DATE", d)))
                    cases.append((f"{subj} {prog} {name.lower()}{tail}", ref, name.lower(), ("DATE", d)))
    check(cases)


def test_subject_past_controls():
    """Controls: a past verb, or a past copula before the progressive, keeps the day gone."""
    cases = []
    for ref in REFS:
        for n, name in _days(ref):
            d = last_weekday(ref, n).isoformat()
            for t in ("Mum visited {w}", "my sister flew back {w}", "Mum was visiting {w}", "the kids came over {w}",
                      "Training {w} was brutal"):
                cases.append((t.format(w=name), ref, name, ("DATE", d)))
    check(cases)


# 4. "2 PT is 5 for me", "11 ET works for me", "can we do 3 GMT tomorrow?": a bare hour and a time zone with no word
# before it that takes a time, followed by a word that follows a time said (is, works, on, tomorrow, for me, ...)
ZONES = ["PT", "ET", "GMT", "CET", "UTC", "BST"]


def test_hour_zone_told():
    cases = []
    for ref in REFS[::2]:
        for h in range(1, 6):
            t = f"T{h + 12:02d}:00"
            for z in ZONES:
                for s in (f"{h} {z} is {h + 3} for me", f"{h} {z} works for me", f"ok {h} {z} then",
                          f"{h} {z} sharp, don't be late", f"so {h} {z} is what, 10 your time?"):
                    cases.append((s, ref, f"{h} {z}", ("TIME", ref.isoformat() + t)))
                tomorrow = (ref + timedelta(days=1)).isoformat()
                cases.append((f"can we do {h} {z} tomorrow?", ref, f"{h} {z} tomorrow", ("TIME", tomorrow + t)))
    check(cases)


def test_hour_zone_told_controls():
    """No clock time where the zone's letters name something else: "3 PT sessions", "5 CT scans"."""
    cases = []
    for ref in REFS[::4]:
        for h in range(1, 10):
            for s, e in ((f"I do {h} PT sessions a week", f"{h} PT"), (f"he had {h} CT scans", f"{h} CT"),
                         (f"we need {h} ET costumes", f"{h} ET")):
                cases.append((s, ref, e, None))
    check(cases)


def test_section_sentences():
    """The cases docs/informal-time.md quotes for this section, said on Tuesday 7 October 2025 (values from the
    calendar: the coming Sunday 12 October, the coming Friday 10 October, the next Monday 13 October)."""
    ref = date(2025, 10, 7)
    sunday, friday, monday = date(2025, 10, 12), date(2025, 10, 10), date(2025, 10, 13)
    assert sunday.isoweekday() == 7 and friday.isoweekday() == 5 and monday.isoweekday() == 1
    check([
        ("I'll be 30 min late on sunday", ref, "sunday", ("DATE", sunday.isoformat())),
        ("he was 20 minutes late on Monday", ref, "Monday", ("DATE", (ref - timedelta(days=1)).isoformat())),
        ("I didn't sleep for two days after.", ref, "two days", ("DURATION", "P2D")),
        ("it rained for a week afterwards", ref, "a week", ("DURATION", "P1W")),
        ("Mum visiting Friday", ref, "Friday", ("DATE", friday.isoformat())),
        ("Vet coming out Monday for a ewe that prolapsed yesterday", ref, "Monday", ("DATE", monday.isoformat())),
        ("2 PT is 5 for me", ref, "2 PT", ("TIME", ref.isoformat() + "T14:00")),
        ("11 ET works for me", ref, "11 ET", ("TIME", ref.isoformat() + "T11:00")),
        ("can we do 3 GMT tomorrow?", ref, "3 GMT tomorrow", ("TIME", (ref + timedelta(days=1)).isoformat() + "T15:00")),
        ("I do 3 PT sessions a week", ref, "3 PT", None),
        ("he had 5 CT scans", ref, "5 CT", None),
        ("I'll be an hour late on Friday", ref, "Friday", ("DATE", friday.isoformat())),
        ("The news broke late on Monday.", ref, "late on Monday", ("DATE", (ref - timedelta(days=1)).isoformat())),
        ("we'd fasted for a day before.", ref, "a day", ("DURATION", "P1D")),
        ("I didn't sleep for two days after the storm", ref, "two days", ("DURATION", "P2D")),
        ("Dad flying back Friday", ref, "Friday", ("DATE", friday.isoformat())),
        ("Mum visited Friday", ref, "Friday", ("DATE", (friday - timedelta(days=7)).isoformat())),
        ("Mum was visiting Friday", ref, "Friday", ("DATE", (friday - timedelta(days=7)).isoformat())),
        ("Training Friday was brutal", ref, "Friday", ("DATE", (friday - timedelta(days=7)).isoformat())),
    ])
