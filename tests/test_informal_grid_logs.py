"""Day counts of logs and diaries, as a grid (fifteenth session, logs; docs/informal-time.md, the
section "Logs and diaries"): a training plan, a medication sheet, a sobriety app, a renovation log
or a symptom diary counts its days ("Day 47", "by day 4 of the rash") from a day one the text dates
("Day 1 = Mon 10 Nov 2025", "Started Thu 11 Jun", "Quit date: 23 Aug 2026", "The rash started on
Sunday 19 April"). Each class is said on every day of a week and at month and year ends, in plans
(a milestone still to come) and in reports, against the value TimeML gives it, computed HERE from
the calendar (never from the tagger's code).

The decisions (TimeML TIMEX3, benchmarks/data/fresh/README.md, informal13-logs):
- a day count whose day one is dated before it in the text is a DATE: day one plus n-1 days ("day"
  counts from one: "Day 1" is the dated day);
- a day count whose start is not dated ("Day 3 of my no-sugar challenge"), a day inside a count of
  something else ("Day 212 of Year 3" on a game's farm) and a plan's "Wk 3 Day 2" (a plan's "day"
  may be a session) are not tagged: a wrong date is worse than none;
- a day count heading its line ("Day 100 – 8k easy. Rest tomorrow.") is the entry's day: the
  entry's "tomorrow" counts from it, as a diary's dated heading's words do.

Each case is one tag() of a short text.
"""
from __future__ import annotations

from datetime import date, timedelta

from timeline_app.temporal import tag

from test_informal_grid import FULL, WEEK

EDGES = [date(2025, 6, 30), date(2025, 12, 31), date(2026, 2, 28), date(2024, 12, 29)]   # month and year ends
REFS = WEEK + EDGES
COUNTS = (2, 10, 47, 100)
BACK = (0, 2)          # Day N is the reference date, or two days before it
AHEAD = 5              # a milestone still to come: Day N five days after the reference date
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"]
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _short(d: date, year: bool) -> str:
    return f"{WD[d.weekday()]} {d.day} {MON[d.month - 1]}" + (f" {d.year}" if year else "")


def _long(d: date) -> str:
    return f"{FULL[d.weekday()]} {d.day} {MONTH[d.month - 1]}"


# a day one told, then "Day N" (report: an entry of the log)
REPORTS = [
    lambda s, n: f"Day 1 = {_short(s, True)}. Every session logged.\n\nDay {n} – 8k easy, legs heavy.",
    lambda s, n: f"Started {_short(s, False)}.\nDay {n}: all doses on time.",
    lambda s, n: f"Quit date: {s.day} {MON[s.month - 1]} {s.year}\nDay {n} – hard one, but got through it.",
    lambda s, n: f"The rash started on {_long(s)}. By day {n} it was up both arms.",
    lambda s, n: f"Day 1 ({_short(s, False)}): skip arrived.\nDay {n}: plasterer came, finally.",
]
# a day one told, then a "Day N" still to come
PLANS = [
    lambda s, n: f"I started the plan on {_long(s)}. Day {n} is race day!",
    lambda s, n: f"Quit date: {s.day} {MON[s.month - 1]} {s.year}\nMilestones: Day {n} 🔒",
]


def _day_timex(text: str, ref: date, n: int):
    want = f"day {n}"
    for t in tag(text, ref):
        if t.expression.lower() == want:
            return t
    return None


def _check(cases) -> None:
    """``cases``: (text, ref, n, value or None); the Timex of "Day n" must be a DATE of that value (None: untagged)."""
    wrong = []
    for text, ref, n, value in cases:
        t = _day_timex(text, ref, n)
        got = t and (t.timex_type, t.timex_value)
        if got != (("DATE", value) if value is not None else None):
            wrong.append(f"{ref:%a %Y-%m-%d}: {text!r} [Day {n}] -> {got} (want {value})")
    assert not wrong, f"{len(wrong)} of {len(cases)} wrong:\n" + "\n".join(wrong)


def test_day_count_from_a_dated_day_one_reports():
    cases = []
    for ref in REFS:
        for n in COUNTS:
            for back in BACK:
                day = ref - timedelta(days=back)
                start = day - timedelta(days=n - 1)
                for form in REPORTS:
                    cases.append((form(start, n), ref, n, day.isoformat()))
    _check(cases)


def test_day_count_from_a_dated_day_one_plans():
    cases = []
    for ref in REFS:
        for n in COUNTS:
            day = ref + timedelta(days=AHEAD)
            start = day - timedelta(days=n - 1)
            if start > ref:
                continue   # day one itself to come: not a log yet
            for form in PLANS:
                cases.append((form(start, n), ref, n, day.isoformat()))
    _check(cases)


def test_day_one_itself():
    """ "Day 1 = Mon 10 Nov 2025", "Day 1 (Mon 2 Nov):": the count's first day is the date it is set to."""
    cases = []
    for ref in REFS:
        for n in COUNTS:
            start = ref - timedelta(days=n - 1)
            for form in (REPORTS[0], REPORTS[4]):
                cases.append((form(start, n), ref, 1, start.isoformat()))
    _check(cases)


def test_day_count_without_a_dated_start_is_not_tagged():
    cases = []
    for ref in REFS:
        for n in COUNTS:
            start = ref - timedelta(days=n + 20)
            cases += [
                (f"Day {n} of my no-sugar challenge and I'm dying", ref, n, None),
                (f"day {n} of the rash and it's worse", ref, n, None),
                (f"Started {_short(start, False)}.\nMy farm is on Day {n} of Year 3 already.", ref, n, None),
                (f"I started the app on {_long(start)} and just did Wk 3 Day 2.", ref, 2, None),
            ]
    _check(cases)


def test_entry_words_count_from_the_day_count():
    """ "Day 100 – 8k easy. Rest tomorrow.": the entry's tomorrow is the day after Day 100."""
    wrong, total = [], 0
    for ref in REFS:
        for n in COUNTS:
            for back in (2, 6):
                day = ref - timedelta(days=back)
                start = day - timedelta(days=n - 1)
                for text in (f"Day 1 = {_short(start, True)}.\n\nDay {n} – 8k easy, calves tight. Rest tomorrow.",
                             f"Started {_short(start, False)}.\nDay {n}: felt rough. GP rang yesterday."):
                    word, want = ("tomorrow", day + timedelta(days=1)) if "tomorrow" in text else ("yesterday", day - timedelta(days=1))
                    total += 1
                    got = [t.timex_value for t in tag(text, ref) if t.expression.lower() == word]
                    if got != [want.isoformat()]:
                        wrong.append(f"{ref:%a %Y-%m-%d}: {text!r} [{word}] -> {got} (want {want})")
    assert not wrong, f"{len(wrong)} of {total} wrong:\n" + "\n".join(wrong)
