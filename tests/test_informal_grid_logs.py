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


# ---- 2. a log's dated lines: "Sat 22/8. Pier from 05:40", "3 May – frost forecast tonight" -------------
# A line that opens with a date, then ". ", ": ", " – " or " - " and the entry's words on the same line, is a
# log's entry (a fishing log, a veg diary, a site log): its "tomorrow", "yesterday", "tonight" and its bare
# clock times are of that day, for an entry up to two months before the day of writing (as a heading on a
# line of its own, tests/test_informal_grid_past.py). An item of a bulleted timeline ("- Aug 2: he texted
# ...") moves nothing (the dev gold's reading).

def _heads(d: date) -> list[str]:
    suf = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d.day, "th")
    # (a slash date whose numbers both read as a month, "Sun 1/6", is left to the text's other slash dates by
    # rule weekday_slash, a question of order and not of the entry: said here only with a day over 12)
    slash = [f"{WD[d.weekday()]} {d.day}/{d.month}"] if d.day > 12 else [f"{WD[d.weekday()]} {d.day} {MON[d.month - 1]}"]
    return slash + [f"{d.day} {MON[d.month - 1]}", f"{WD[d.weekday()]} {d.day} {MON[d.month - 1]}",
            f"{d.day}{suf} {MONTH[d.month - 1]}", f"{FULL[d.weekday()][:3]} {d.day}{suf}"]


SEPARATORS = [". ", ": ", " – ", " - "]


def test_dated_log_lines():
    wrong, total = [], 0
    for ref in REFS:
        for back in (1, 5, 20):
            day = ref - timedelta(days=back)
            first = day - timedelta(days=3)
            for hi, head in enumerate(_heads(day)):
                for sep in SEPARATORS:
                    first_head = _heads(first)[hi]
                    text = (f"Log {ref.year}\n\n{first_head}{sep}pier from 05:40, two mackerel. Rain tomorrow they say.\n"
                            f"{head}{sep}river up after yesterday's storm. Back out tonight.\n")
                    want = {"05:40": f"{first.isoformat()}T05:40", "tomorrow": (first + timedelta(days=1)).isoformat(),
                            "yesterday": (day - timedelta(days=1)).isoformat(), "tonight": f"{day.isoformat()}TNI"}
                    got = {t.expression.lower(): t.timex_value for t in tag(text, ref)}
                    for words, value in want.items():
                        total += 1
                        if got.get(words) != value:
                            wrong.append(f"{ref:%a %Y-%m-%d}: {text!r} [{words}] -> {got.get(words)} (want {value})")
    # weak (docs/informal-time.md, the logs section): "Thu 5th" heading a line written on Saturday 28 February
    # 2026 is read as Thursday 5 March (the nearest Thursday the 5th), not 5 February, so its entry does not
    # move: 16 cases, all of that one reference date. A ratchet: may only go down.
    assert len(wrong) <= WEAK_DATED_LINES, f"{len(wrong)} of {total} wrong:\n" + "\n".join(wrong[:40])


WEAK_DATED_LINES = 16


def test_bulleted_timeline_moves_nothing():
    wrong, total = [], 0
    for ref in REFS:
        for back in (5, 20):
            day = ref - timedelta(days=back)
            for head in _heads(day):
                for sep in (": ", " - "):
                    text = f"Timeline:\n- {head}{sep}he texted asking for an address\nSending the letter tomorrow."
                    total += 1
                    got = [t.timex_value for t in tag(text, ref) if t.expression.lower() == "tomorrow"]
                    if got != [(ref + timedelta(days=1)).isoformat()]:
                        wrong.append(f"{ref:%a %Y-%m-%d}: {text!r} [tomorrow] -> {got}")
    assert not wrong, f"{len(wrong)} of {total} wrong:\n" + "\n".join(wrong[:40])


# ---- 3. a length in hours and minutes written short: "a 3h20m session", "took 1h 45m" -------------------
# One DURATION, the hours and minutes (PT3H20M; PT3H where the minutes are 0, PT45M where the hours are),
# however the units are written (h, hr, hrs; m, min, mins), glued or spaced. Not "7h30" (a clock time in
# French and in timetables) and not a bare "45m" (metres, money, a million).

FORMS = ["{h}h{m}m", "{h}h {m}m", "{h}hr {m}min", "{h}hrs {m}mins", "{h}h{m:02d}m"]
CONTEXTS = ["took {X} in the end, legs gone", "a {X} session tonight, no clears", "moving time {X} ({d})"]


def test_compact_hours_and_minutes():
    wrong, total = [], 0
    for ref in REFS:
        for h in (0, 1, 3, 12):
            for mi in (0, 5, 20, 45):
                if h == 0 and mi == 0:
                    continue
                want = "PT" + (f"{h}H" if h else "") + (f"{mi}M" if mi else "")
                for form in FORMS:
                    x = form.format(h=h, m=mi)
                    for ctx in CONTEXTS:
                        text = ctx.format(X=x, d=f"{WD[ref.weekday()]} {ref.day} {MON[ref.month - 1]}")
                        total += 1
                        got = [(t.timex_type, t.timex_value) for t in tag(text, ref) if t.expression == x]
                        if got != [("DURATION", want)]:
                            wrong.append(f"{ref:%a %Y-%m-%d}: {text!r} [{x}] -> {got} (want {want})")
    assert not wrong, f"{len(wrong)} of {total} wrong:\n" + "\n".join(wrong[:40])


def test_compact_hours_and_minutes_negatives():
    wrong = []
    for ref in REFS:
        for text, words in (("dinner at 7h30 then home", "7h30"), ("slept 7h30 last night", "7h30"),
                            ("played 45m then bed", "45m"), ("the score was 3h 20 at half time", "3h 20")):
            got = [(t.expression, t.timex_type) for t in tag(text, ref) if words in t.expression and t.timex_type == "DURATION"]
            if got:
                wrong.append(f"{ref:%a %Y-%m-%d}: {text!r} -> {got}")
    assert not wrong, "\n".join(wrong)
