"""Wrong values on expressions found, by the English behind them, as GRIDS (twenty-second session, values23;
docs/informal-time.md, "A week's days a line each ... (twenty-second session, values23)").

Each frame is a pattern of English written here, said on many days of writing; the expected value is computed from
the calendar (``datetime``, ``tests/gridcheck.py``), never from the tagger.

1. A list of a week's days, one line each, each line opened by its weekday (a rota, a nursery's week, a revision
   plan, a diary's week): every day of the list is of the week of the line above it, whatever tense a word of its
   own line seems to have ("Thu: maths past paper (timed)", "Fri NO drop-in, hall's booked"): a plan's days are
   those to come, a diary's those gone, and a later line never jumps to another week.
"""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

from gridcheck import check, found

from timeline_app.temporal import tag

# days of writing: every day of two weeks of 2025, the turn of 2026/27, a leap day
REFS = [date(2025, 6, 2) + timedelta(days=i) for i in range(14)] + [date(2026, 12, 28) + timedelta(days=i) for i in range(7)] \
    + [date(2028, 2, 29)]

SHORT = ["Mon", "Tues", "Weds", "Thurs", "Fri", "Sat", "Sun"]
LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# (heading, line frames): {d} the weekday; every line after the first holds a word that reads as a past form
# (the heading written Monday to Thursday, over days of that week; the heading written Friday to Sunday, over days of the
# week after: "rota for the week" written on a Sunday may be the week it ends, which these lists do not ask)
PLAN_LISTS = [
    (("This week", "Next week"), ["{d}: maths (algebra) 4-6pm", "{d}: maths past paper (timed)", "{d}: night off, booked the cinema"]),
    (("rota for the week 👇", "rota for next week 👇"), ["{d} drop-in 10-1", "{d} food parcels, hall's booked", "{d} NO drop-in, pool closed"]),
    (("Caterpillars room – our week", "Caterpillars room – next week"), ["{d} – settling-in day", "{d} – forest school (wellies please!)",
                                                                         "{d} – music with Mel, cancelled if it rains"]),
    (("Training plan", "Training plan for next week"), ["- {d}: easy 5k", "- {d}: intervals, timed", "- {d}: rest, legs wrecked"]),
]
DIARY_LISTS = [
    (("Half term diary",) * 2, ["{d}: drove up to the lakes", "{d}: hiked all day, knackered", "{d}: rained, stayed in"]),
    (("This week so far",) * 2, ["- {d}: went to the gym", "- {d}: swam 40 lengths", "- {d}: skipped it, felt rubbish"]),
]


def _plan_days(ref: date) -> list[date]:
    """Three days of the week to come, in weekday order: the days after the day of writing up to Sunday where three
    are left, else Monday, Wednesday and Friday of the week after."""
    ahead = [ref + timedelta(days=k) for k in range(1, 8 - ref.isoweekday())]
    if len(ahead) >= 3:
        return [ahead[0], ahead[len(ahead) // 2], ahead[-1]]
    monday = ref + timedelta(days=8 - ref.isoweekday())
    return [monday, monday + timedelta(days=2), monday + timedelta(days=4)]


def _diary_days(ref: date) -> list[date] | None:
    """Three days gone of the day of writing's week, in weekday order (None where fewer than three are gone)."""
    gone = [ref - timedelta(days=k) for k in range(ref.isoweekday() - 1, 0, -1)]
    return [gone[0], gone[len(gone) // 2], gone[-1]] if len(gone) >= 3 else None


def _cases(lists, days_of, names):
    cases = []
    for ref in REFS:
        days = days_of(ref)
        if days is None:
            continue
        for head, frames in lists:
            for words in names:
                lines = [f.format(d=words[d.isoweekday() - 1]) for f, d in zip(frames, days)]
                text = head[ref.isoweekday() >= 5] + "\n" + "\n".join(lines) + "\n"
                for d in days:
                    cases.append((text, ref, words[d.isoweekday() - 1], ("DATE", d.isoformat())))
    return cases


def test_week_list_to_come():
    check(_cases(PLAN_LISTS, _plan_days, (SHORT, LONG, [w.lower() for w in SHORT])))


def test_week_list_gone():
    check(_cases(DIARY_LISTS, _diary_days, (SHORT, LONG)))


def test_week_list_part_of_day_and_clock():
    """A weekday with its part of the day, and a clock time on a later line, take that line's day."""
    cases = []
    for ref in REFS:
        d1, d2, d3 = _plan_days(ref)
        text = (f"{('Our week', 'Next week')[ref.isoweekday() >= 5]}\n{LONG[d1.isoweekday() - 1]} – settling-in day\n{LONG[d2.isoweekday() - 1]} morning – forest school"
                f" (wellies please!)\n{SHORT[d3.isoweekday() - 1]} – music with Mel at 10.15\n")
        cases.append((text, ref, f"{LONG[d2.isoweekday() - 1]} morning", ("TIME", d2.isoformat() + "TMO")))
        cases.append((text, ref, SHORT[d3.isoweekday() - 1], ("DATE", d3.isoformat())))
        cases.append((text, ref, "10.15", ("TIME", d3.isoformat() + "T10:15")))
    check(cases)


def test_week_list_not_linked():
    """Not a list of one week's days: a later line that names an EARLIER weekday ("Friday we're at the gym\nMonday
    we're going swimming": the Monday after that Friday), a weekday that does not open its line, a blank line between
    (each read alone, as before)."""
    cases = []
    for ref in REFS:
        if ref.isoweekday() not in (1, 2, 3):
            continue
        fri = ref + timedelta(days=5 - ref.isoweekday())
        mon = fri + timedelta(days=3)
        text = "Friday we're going to the gym\nMonday we're going swimming\n"
        cases += [(text, ref, "Friday", ("DATE", fri.isoformat())), (text, ref, "Monday", ("DATE", mon.isoformat()))]
        thu = ref + timedelta(days=4 - ref.isoweekday())
        # a weekday inside its line, in the past: the one gone, not the list's
        text = "Thursday: swimming at 6\nTuesday was the gym, we went on Monday too\n"
        if ref.isoweekday() == 3:
            cases += [(text, ref, "Thursday", ("DATE", thu.isoformat())),
                      (text, ref, "Monday", ("DATE", (ref - timedelta(days=2)).isoformat()))]
    check(cases)


def _suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _first_from(ref: date, n: int) -> date:
    """The first day numbered ``n`` after the day of writing (counted a day at a time)."""
    day = ref + timedelta(days=1)
    while day.day != n:
        day += timedelta(days=1)
    return day


# days of writing: two weeks over a month's end, the year's end, February of a leap year and of a common year
LIMIT_REFS = [date(2025, 6, 23) + timedelta(days=i) for i in range(14)] + [date(2026, 12, 24) + timedelta(days=i) for i in range(14)] \
    + [date(2028, 2, 24) + timedelta(days=i) for i in range(8)] + [date(2027, 2, 24) + timedelta(days=i) for i in range(8)]

# {o}: a day gone the text names before (twelve days before the day of writing); {n}: the day of the month of the limit
LIMIT_FRAMES = [
    "Paid the deposit on {o}. Balance due by the {n}.",
    "Kitchen went in on {o}.\nDay 52: worktops in. Tiler off till the {n}.",
    "boiler died on {o} 🙄\nengineer can't come till the {n}",
    "Sent the forms off {o}. Decision by the {n} apparently",
    "Ordered on {o}, delivery by the {n} hopefully",
]


def test_limit_on_a_day_of_the_month():
    """The limit's day in the month of the day gone would be gone too: the first such day from the day of writing."""
    cases = []
    for ref in LIMIT_REFS:
        gone = ref - timedelta(days=12)
        o = f"{gone.day} {gone.strftime('%B')}"
        for k in range(1, 29):
            n = (ref + timedelta(days=k)).day
            try:
                in_gone = gone.replace(day=n)
            except ValueError:
                continue   # (a day the month gone lacks: left unread as before, not asked)
            if in_gone >= ref or n == gone.day:
                continue   # (not gone; or the day the text named with that number, informal5's rule)
            want = _first_from(ref, n)
            for frame in LIMIT_FRAMES:
                cases.append((frame.format(o=o, n=f"{n}{_suffix(n)}"), ref, f"the {n}{_suffix(n)}", ("DATE", want.isoformat())))
    check(cases)


def test_limit_in_the_past_is_not_moved():
    """Told in the past, a limit is of the time told ("the tiler was off till the 4th" after a day gone): not moved to
    the day to come (the day of the month of the day gone, or a nearer one gone; never one after the day of writing)."""
    for ref in LIMIT_REFS:
        gone = ref - timedelta(days=12)
        text = f"Day 52 ({gone.day} {gone.strftime('%B')}): worktops in. The tiler was off till the {gone.day + 3 if gone.day < 25 else 3}rd."
        expr = f"the {gone.day + 3 if gone.day < 25 else 3}rd"
        got = found(text, ref, expr)
        assert got is None or got[1] <= ref.isoformat(), (text, ref, got)


def test_limit_after_a_day_the_sentence_names():
    """Not from the day of writing where the sentence itself names the day to come the limit ends a stay from."""
    cases = []
    for ref in [date(2025, 11, 3) + timedelta(days=i) for i in range(14)] + [date(2026, 12, 7) + timedelta(days=i) for i in range(7)]:
        xmas = date(ref.year, 12, 25)
        cases.append(("come for Christmas and stay until the 27th", ref, "the 27th", ("DATE", xmas.replace(day=27).isoformat())))
    assert cases
    check(cases)


# (sentence, number, unit word, TimeML unit): {t} a clock time told before, {n} the number
LEAD_FRAMES = [
    "you're booked for {t}, the driver will text {n} {u} before.",
    "Departure is {t}. App check-in opens 24 hours before departure and closes {n} {u} before.",
    "KO {t} on Sunday, meet {n} {u} before please",
    "my shift starts at {t} but does anyone mind leaving {n} {u} earlier on weds?",
    "table's at {t}, let's get there {n} {u} before",
]
LEAD_UNITS = [("mins", "M"), ("minutes", "M"), ("min", "M"), ("hours", "H"), ("hrs", "H")]


def test_lead_time_is_a_length():
    cases = []
    for ref in REFS:
        for t in ("10.30", "7pm", "18:45"):
            for n in (5, 10, 20, 45):
                for u, unit in LEAD_UNITS:
                    if unit == "H" and n > 10:
                        continue
                    for frame in LEAD_FRAMES:
                        cases.append((frame.format(t=t, n=n, u=u), ref, f"{n} {u}", ("DURATION", f"PT{n}{unit}")))
    _check_from(cases)


def _check_from(cases) -> None:
    """As gridcheck.check, the expression found being the one that OPENS with the words given (its extent, with
    "before" or without, is not what is asked: "meet 5 mins before please" is found as "5 mins")."""
    wrong = []
    for text, ref, expr, want in cases:
        tags = tag(text, ref)
        got = next(((t.timex_type, t.timex_value) for t in tags if t.expression.startswith(expr)), None)
        if got != want:
            wrong.append(f"{ref} {text!r}: {expr!r} -> {got} (want {want}; all: {[(t.expression, t.timex_value) for t in tags]})")
    assert not wrong, f"{len(wrong)} of {len(cases)} wrong:\n" + "\n".join(wrong[:25])


def test_lead_time_told_in_the_past_or_later_is_a_point():
    cases = []
    for ref in REFS:
        for n in (5, 10, 20):
            start = datetime.combine(ref, time(20, 0))
            cases.append((f"the film started at 8pm and we got in {n} mins before", ref, f"{n} mins before",
                          ("TIME", (start - timedelta(minutes=n)).strftime("%Y-%m-%dT%H:%M"))))
            cases.append((f"the film starts at 8pm and the trailers end {n} mins later", ref, f"{n} mins later",
                          ("TIME", (start + timedelta(minutes=n)).strftime("%Y-%m-%dT%H:%M"))))
    check(cases)
