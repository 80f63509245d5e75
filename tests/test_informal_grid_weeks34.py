"""Weeks and weekends named by their place in a span or an event (thirty-third session, weeks34; docs/informal-time.md
§127): "the middle weekend" of a run named before and "the Saturday" of it, "by the second week" after "it all
starts", "the last week of the run", "the opening weekend", "the first weekend in May", "Busy week ahead", "2nd time
this week" written on a Sunday, "this time of year"; and what stays untagged ("the weekend papers", a film's "opening
weekend", "a week ahead of schedule").

The sentences are this session's own (festival mail, a camp's parents' chat, a show's cast, a fair's posts, a club's
tweets; Irish, Scottish, British, Canadian and Australian voices), written from the grammar of §127. The days of
writing are every day of a March 2025 week, a year's turn (2025/26), month ends and a leap day; the spans start 3 to 40
days after the day of writing and last 10 to 31 days. Every value is computed here from the calendar: the n-th week of
a span is the ISO week of the day 7(n-1) days after its first day (from the Monday after when it opens on a Saturday
or a Sunday), its middle week that of its middle day, its last week that of its last day; its weekends are those with a
Saturday or a Sunday inside it."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, found, nth_weekday

from timeline_app.temporal import tag

REFS = [date(2025, 3, 10) + timedelta(days=k) for k in range(7)] + [date(2025, 12, 27) + timedelta(days=k) for k in range(6)] \
    + [date(2026, 6, 30), date(2028, 2, 29), date(2026, 8, 31), date(2027, 4, 30)]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SHORT_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def suffix(n: int) -> str:
    return "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def week(d: date) -> tuple[str, str]:
    y, w, _ = d.isocalendar()
    return "DATE", f"{y:04d}-W{w:02d}"


def weekend(sat: date) -> tuple[str, str]:
    y, w, _ = sat.isocalendar()
    return "DATE", f"{y:04d}-W{w:02d}-WE"


def _d(d: date) -> tuple[str, str]:
    return "DATE", d.isoformat()


# ---- the calendar of a span ---------------------------------------------------------------------------------
def nth_week(start: date, end: date | None, n: int):
    """The ISO week of the span's n-th week, or None when it is past the span's end."""
    first = start if start.isoweekday() <= 5 else start + timedelta(days=8 - start.isoweekday())
    day = first + timedelta(days=7 * (n - 1))
    return None if end is not None and day > end else week(day)


def middle_day(start: date, end: date) -> date:
    return start + timedelta(days=(end - start).days // 2)


def saturdays(start: date, end: date) -> list[date]:
    """The Saturday of every weekend with a Saturday or a Sunday inside the span."""
    out = []
    d = start
    while d <= end:
        if d.isoweekday() in (6, 7):
            sat = d - timedelta(days=d.isoweekday() - 6)
            if sat not in out:
                out.append(sat)
        d += timedelta(days=1)
    return out


def nth_weekend(start: date, end: date | None, n: int):
    if end is None:
        d = start
        while d.isoweekday() < 6:
            d += timedelta(days=1)
        sat = d - timedelta(days=d.isoweekday() - 6)
        return sat + timedelta(days=7 * (n - 1))
    sats = saturdays(start, end)
    if n == -1:
        return sats[-1] if sats else None
    return sats[n - 1] if 0 < n <= len(sats) else None


def middle_weekend(start: date, end: date):
    mid = middle_day(start, end)
    sat = mid + timedelta(days=6 - mid.isoweekday())
    return sat if start <= sat <= end or start <= sat + timedelta(days=1) <= end else None


def spans(ref: date):
    """(start, end) of spans to come: 3 to 40 days ahead, 10 to 31 days long."""
    for ahead in (3, 16, 40):
        for length in (10, 17, 23, 31):
            start = ref + timedelta(days=ahead)
            yield start, start + timedelta(days=length - 1)


def span_sentences(start: date, end: date) -> list[str]:
    """Ways to name the span's days, each with its month (the tagger's bare "the 1st" is another class's)."""
    m1, m2 = MONTHS[start.month - 1], MONTHS[end.month - 1]
    s1, s2 = SHORT_MONTHS[start.month - 1], SHORT_MONTHS[end.month - 1]
    w1, w2 = SHORT_DAYS[start.isoweekday() - 1], SHORT_DAYS[end.isoweekday() - 1]
    out = [f"The festival runs {start.day} {m1} to {end.day} {m2}.",
           f"the camp is {w1} {start.day}{suffix(start.day)} {s1} to {w2} {end.day}{suffix(end.day)} {s2}",
           f"We're there from {m1} {start.day} till {m2} {end.day}!"]
    if start.month == end.month:
        out.append(f"Our run is {start.day}-{end.day} {s1} this time.")
        out.append(f"The fringe runs {start.day}–{end.day} {m1}.")
    return out


# (follow-on sentence, [(expression, value from (start, end))])
def _nw(n):
    return lambda s, e: nth_week(s, e, n)


def _nwe(n):
    def f(s, e):
        sat = nth_weekend(s, e, n)
        return weekend(sat) if sat else None
    return f


def _mwe(s, e):
    sat = middle_weekend(s, e)
    return weekend(sat) if sat else None


def _mwe_sat(s, e):
    sat = middle_weekend(s, e)
    return _d(sat) if sat else None


FOLLOWS = [
    ("my mam is coming over for the middle weekend, any chance of 2 comps for the Saturday?",
     [("the middle weekend", _mwe), ("the Saturday", _mwe_sat)]),
    ("We're going the opening weekend and the final weekend.",
     [("the opening weekend", _nwe(1)), ("the final weekend", lambda s, e: weekend(nth_weekend(s, e, -1)))]),
    ("can you cover the last week of the run? I'm wrecked",
     [("the last week of the run", lambda s, e: week(e))]),
    ("I can only help out the second week tbh", [("the second week", _nw(2))]),
    ("the first weekend is always the busiest", [("the first weekend", _nwe(1))]),
    ("Gran's coming up the second weekend of the festival", [("the second weekend of the festival", _nwe(2))]),
    ("by the middle week everyone's knackered lol", [("the middle week", lambda s, e: week(middle_day(s, e)))]),
    ("the closing weekend is sold out already 😭", [("the closing weekend", lambda s, e: weekend(nth_weekend(s, e, -1)))]),
    ("the third week's the quiet one", [("the third week", _nw(3))]),
    ("we'll do the first week of it and see", [("the first week of it", _nw(1))]),
    ("the 4th weekend we're away", [("the 4th weekend", _nwe(4))]),
]


def test_a_week_or_weekend_of_a_span_named_before():
    cases = []
    for ref in REFS:
        for start, end in spans(ref):
            for named in span_sentences(start, end):
                for follow, exprs in FOLLOWS:
                    text = f"{named} {follow}"
                    for expr, value in exprs:
                        cases.append((text, ref, expr, value(start, end)))
    check(cases)


# an open span: its first day with a verb of starting
OPEN_FRAMES = [
    ("first Friday in {M} it all starts and by the second week everyone's living on mini donuts",
     lambda y, m: nth_weekday(y, m, 5, 1), [("the second week", _nw(2))]),
    ("The fair opens on {W} {d}{sfx} {M}, the opening weekend is always mad",
     lambda y, m: date(y, m, 12), [("the opening weekend", _nwe(1))]),
    ("It kicks off {W} {d}{sfx} {M} so the first week will be chaos",
     lambda y, m: date(y, m, 20), [("the first week", _nw(1))]),
    ("the show starts {d} {M}, we're going the second weekend",
     lambda y, m: date(y, m, 3), [("the second weekend", _nwe(2))]),
]


def test_a_week_or_weekend_counted_from_a_start_named_before():
    cases = []
    for ref in REFS:
        for k in (1, 2, 3):
            m = (ref.month + k - 1) % 12 + 1
            y = ref.year + (1 if m < ref.month else 0)
            for frame, first, exprs in OPEN_FRAMES:
                start = first(y, m)
                text = frame.format(M=MONTHS[m - 1], W=DAYS[start.isoweekday() - 1], d=start.day, sfx=suffix(start.day))
                for expr, value in exprs:
                    cases.append((text, ref, expr, value(start, None)))
    check(cases)


# B: "in" a month as "of"
IN_MONTH = [("the first weekend in {M}", 1, "weekend"), ("the last weekend in {M}", -1, "weekend"),
            ("the second weekend in {M}", 2, "weekend"), ("the last week in {M}", -1, "week"),
            ("the first week in {M}", 1, "week"), ("the third week in {M}", 3, "week")]
IN_MONTH_FRAMES = ["we're going {e}, are you?", "Booked the cottage for {e} {y}.", "{e} {y} suits us best"]


def month_week(y: int, m: int, n: int, unit: str):
    first = date(y, m, 1)
    nxt = date(y + (m == 12), m % 12 + 1, 1)
    if unit == "weekend":
        if n > 0:
            sat = first + timedelta(days=(6 - first.isoweekday()) % 7 + 7 * (n - 1))
        else:
            sat = nxt - timedelta(days=1)
            sat -= timedelta(days=(sat.isoweekday() - 6) % 7)
        return weekend(sat)
    mid = first + timedelta(days=3 + 7 * (n - 1)) if n > 0 else nxt - timedelta(days=4)
    return week(mid)


def test_a_week_or_weekend_in_a_month():
    cases = []
    for ref in REFS:
        for m in range(1, 13):
            for form, n, unit in IN_MONTH:
                e = form.format(M=MONTHS[m - 1])
                for frame in IN_MONTH_FRAMES:
                    if "{y}" in frame:
                        y = ref.year + 1
                        cases.append((frame.format(e=e, y=y), ref, f"{e} {y}", month_week(y, m, n, unit)))
                    elif m > ref.month + 1:
                        cases.append((frame.format(e=e), ref, e, month_week(ref.year, m, n, unit)))
    check(cases)


# C1: "Busy week ahead" with no article: the week of the coming days (Sunday: the next; Saturday: the next too)
AHEAD_FRAMES = [("Busy week ahead so here's everything", "week ahead"), ("🧵 Big week ahead for the club!", "week ahead"),
                ("hectic week ahead, pray for me", "week ahead"), ("Outlook for the week ahead: cold", "the week ahead")]


def test_week_ahead():
    cases = []
    for ref in REFS:
        day = ref + timedelta(days=2 if ref.isoweekday() == 6 else 1)
        for text, expr in AHEAD_FRAMES:
            cases.append((text, ref, expr, week(day)))
    check(cases)


# C2: a count so far "this week" written on a Sunday: the week that ends that day
COUNT_FRAMES = ["2nd time this week", "that's the third time this week the bins weren't collected",
                "twice this week now 🙄", "4 times this week he's been late", "first time this week I've sat down"]


def test_a_count_so_far_this_week():
    cases = []
    for ref in REFS:
        for frame in COUNT_FRAMES:
            cases.append((frame, ref, "this week", week(ref)))
    check(cases)


# C3: "this time of year": the month of writing
SEASON_FRAMES = ["it gets dark earlier than you think this time of year.", "Roads are always busy this time of year",
                 "this time of the year the ferries are packed"]


def test_this_time_of_year():
    cases = []
    for ref in REFS:
        for frame in SEASON_FRAMES:
            expr = "this time of the year" if "of the year" in frame else "this time of year"
            cases.append((frame, ref, expr, ("DATE", f"{ref.year:04d}-{ref.month:02d}")))
    check(cases)


# what stays untagged or keeps its reading
def test_untagged_and_kept():
    cases = []
    for ref in REFS:
        cases += [("Grabbed the weekend papers and a coffee", ref, "the weekend", None),
                  ("the weekend supplement had a piece on it", ref, "the weekend", None),
                  ("The film took $40m in its opening weekend.", ref, "opening weekend", None),
                  ("The film took $40m on the opening weekend.", ref, "the opening weekend", None),
                  ("By the second week of the trial the jury was tired.", ref, "the second week of the trial", None),
                  ("by the middle weekend I'd had enough", ref, "the middle weekend", None),
                  ("we're a week ahead of schedule", ref, "week ahead", None),
                  ("weekends are for sleeping", ref, "weekends", ("SET", "XXXX-WXX-WE")),
                  ("a week is a long time in politics", ref, "a week", ("DURATION", "P1W")),
                  ("the last week has been mad at work", ref, "the last week", week(ref - timedelta(days=7)))]
    check(cases)


def test_span_not_used_past_its_end_or_far_off():
    """A place past the span, and a span too long to be an event's (a year), give nothing."""
    cases = []
    for ref in REFS:
        start = ref + timedelta(days=5)
        end = start + timedelta(days=8)
        named = f"The festival runs {start.day} {MONTHS[start.month - 1]} to {end.day} {MONTHS[end.month - 1]}."
        cases.append((f"{named} the fourth weekend we're away", ref, "the fourth weekend", None))
        cases.append((f"{named} the third week's the quiet one", ref, "the third week", None))
        far = start + timedelta(days=200)
        named = f"The exhibition runs {start.day} {MONTHS[start.month - 1]} to {far.day} {MONTHS[far.month - 1]}."
        cases.append((f"{named} the middle weekend is the busiest", ref, "the middle weekend", None))
    check(cases)


def test_found_is_one_expression():
    """The tail is part of the expression: "the last week of the run" is one DATE, not "the last week" and a length."""
    ref = date(2025, 7, 31)
    text = "is the run the 1st to the 24th? can you cover the last week of the run?"
    got = [(t.expression, t.timex_value) for t in tag(text, ref)]
    assert ("the last week of the run", "2025-W34") in got, got
    assert found(text, ref, "the last week") is None


def test_from_a_the_run_the_1st_to_the_24th_or_to_the_25th():
    """informal27-blind A's shape in words of this file: a run asked as two bare days of the month and an alternative
    end ("or to the 25th": a lower-case "or" is no theatre's "OR" two ordinals share), then the middle weekend and its
    Saturday. Written after the 24th of a month, so that both days are of the next month."""
    cases = []
    for ref in [r for r in REFS if r.day > 24]:
        y, m = (ref.year + 1, 1) if ref.month == 12 else (ref.year, ref.month + 1)
        start, end = date(y, m, 1), date(y, m, 24)
        text = ("is the run the 1st to the 24th or to the 25th? my mam is coming over for the middle weekend, any chance "
                "of 2 comps for the Saturday?")
        sat = middle_weekend(start, end)
        cases += [(text, ref, "the 1st", _d(start)), (text, ref, "the 24th", _d(end)),
                  (text, ref, "the middle weekend", weekend(sat)), (text, ref, "the Saturday", _d(sat))]
    check(cases)
