"""Spans written with a dash or a slash in informal text, and the conventions the blind annotators follow for them
(thirty-fifth session, ranges35; docs/informal-time.md §133).

The blind golds' census decided the shapes: a dashed run of three or more days of one month that a thing runs or
lasts over ("The holiday programme runs 8-12 July", "every day 1–24 Aug") is one DURATION of its days; a pair of days
("closed 17-18 Nov") and a run in other frames ("just confirming 8–11 September", and a copula's "ours is 23rd-27th
Oct", on which the golds disagree) stay two DATEs;
a range of hours after a run of days and a comma is every day's hours, two TIMEs of no day; a range of hours is two
TIMEs. The sentences are this session's own, in British, Irish, Australian, New Zealand, Canadian and US voices; the
days of writing cover every weekday, month ends, a year's turn and a leap day. Every value is computed here from the
calendar (the length of a run is its last day less its first, plus one); negatives are scores, ages, "24/7", "50/50",
a phone number and a fraction."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, check_untagged, habit_time

from timeline_app.temporal import tag

REFS = [date(2025, 3, 3) + timedelta(days=k) for k in range(7)] + [
    date(2024, 2, 29), date(2024, 12, 31), date(2025, 1, 1), date(2025, 4, 30), date(2025, 6, 30),
    date(2025, 10, 31), date(2026, 11, 30), date(2027, 8, 15)]

MONTHS = [("January", "Jan"), ("March", "Mar"), ("April", "Apr"), ("July", "July"), ("August", "Aug"),
          ("September", "Sept"), ("October", "Oct"), ("December", "Dec")]


def _suffix(n: int) -> str:
    return "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


_MONTH_DAYS = {"January": 31, "March": 31, "April": 30, "July": 31, "August": 31, "September": 30, "October": 31,
               "December": 31}

RUNS = [(8, 12), (23, 27), (1, 24), (6, 10), (14, 16), (3, 9), (26, 28), (1, 31)]

# a stretch named, then a verb of running or lasting, or "every day", then the run of days
SPAN_FRAMES = ["The holiday programme runs {r}, I'll post the form next week", "Kids' camp runs {r} again this year, same as always",
               "the sale runs {r} online only", "Roadworks on the A6 will run {r} so leave early",
               "the festival ran {r} and it rained every day", "Exhibition running {r} at the old mill x",
               "the course lasts {r}, bring your own lunch", "Your slot is 5.20 to 6.20, every day {r} except Sundays"]


def _run_text(d1: int, d2: int, month: str, style: int) -> str:
    if style == 0:
        return f"{d1}-{d2} {month}"
    if style == 1:
        return f"{d1}{_suffix(d1)}-{d2}{_suffix(d2)} {month}"
    return f"{d1}–{d2} {month}"


def test_a_run_of_days_said_as_a_stretch_is_one_duration():
    cases = []
    for i, ref in enumerate(REFS):
        for j, frame in enumerate(SPAN_FRAMES):
            for k, (d1, d2) in enumerate(RUNS):
                full, short = MONTHS[(i + j + k) % len(MONTHS)]
                if d2 > _MONTH_DAYS[full]:
                    continue   # "1-31 Sept": no such day
                month = full if (i + k) % 2 else short
                run = _run_text(d1, d2, month, (i + j + k) % 3)
                cases.append((frame.format(r=run), ref, run, ("DURATION", f"P{d2 - d1 + 1}D")))
                if k % 3 == 0:
                    yr = f"{run} {ref.year + 1}"
                    cases.append((frame.format(r=yr), ref, yr, ("DURATION", f"P{d2 - d1 + 1}D")))
    check(cases)


PAIR_FRAMES = ["we're closed {r} for a family wedding", "photos are {r} yep, tuckshop open as normal",
               "visitors here {r} only so can't do that weekend", "Hi Mark, just confirming {r}, deposit received last week",
               "are the short breaks on over half term? ours is {r}", "the closure for the spawning is {r} anyway.",
               "School hols r {r} here, then back to it"]
LONG_FRAMES = (3, 4, 5, 6)   # frames whose run is of four days: a run with no verb of running before it (a copula's
#                              run is left: the golds disagree, §133's census)


def _day_of(text: str, ref: date, expr: str):
    """The month and day of the DATE the tagger finds for ``expr`` (its year is the direction's, not this class's)."""
    got = next(((t.timex_type, t.timex_value) for t in tag(text, ref) if t.expression == expr), None)
    return None if got is None or got[0] != "DATE" else got[1][5:]


def test_a_pair_of_days_and_other_frames_stay_two_dates():
    """Two days ("17-18 Nov") are two DATEs in every frame (the blind golds: six of six); a run after a word that is no
    verb of running ("just confirming 8–11 September", "ours is 23rd-27th Oct": the golds disagree on a copula's) stays
    rule day_range's two DATEs (the year of each is the direction's business, §88, not checked here)."""
    wrong, n = [], 0
    month_nums = {"Jan": 1, "Mar": 3, "Apr": 4, "July": 7, "Aug": 8, "Sept": 9, "Oct": 10, "Dec": 12}
    for i, ref in enumerate(REFS):
        for j, frame in enumerate(PAIR_FRAMES):
            for k, (short, mn) in enumerate(month_nums.items()):
                d1 = 3 + (i + j + k) % 20
                d2 = d1 + (3 if j in LONG_FRAMES else 1)
                text = frame.format(r=f"{d1}-{d2} {short}")
                n += 2
                if _day_of(text, ref, f"{d2} {short}") != f"{mn:02d}-{d2:02d}":
                    wrong.append((ref, text, "last day"))
                if _day_of(text, ref, f"{d1}") != f"{mn:02d}-{d1:02d}":
                    wrong.append((ref, text, "first day"))
    assert not wrong, f"{len(wrong)} of {n} wrong: {wrong[:10]}"


HOURS = [("9am-3pm", "9am", (9, 0), "3pm", (15, 0)), ("10am-4pm", "10am", (10, 0), "4pm", (16, 0)),
         ("9.30am-2.30pm", "9.30am", (9, 30), "2.30pm", (14, 30)), ("10-4pm", "10", (10, 0), "4pm", (16, 0)),
         ("8am - 6pm", "8am", (8, 0), "6pm", (18, 0)), ("1-5pm", "1", (13, 0), "5pm", (17, 0))]


def test_hours_after_a_run_of_days_are_of_no_day():
    cases = []
    frames = ["The holiday programme runs {r}, {h}, I'll post the form next week",
              "just confirming {r}, {h} each day, deposit received", "Camp is {r}, {h}, bring a packed lunch",
              "we're open {r}, {h}, closed the week after"]
    for i, ref in enumerate(REFS):
        for j, frame in enumerate(frames):
            for k, (rng, a, ha, b, hb) in enumerate(HOURS):
                d1, d2 = RUNS[(i + j + k) % len(RUNS)]
                full, short = MONTHS[(i + k) % len(MONTHS)]
                if d2 > _MONTH_DAYS[full] or str(d1) in (a, b):
                    continue   # no such day; (the grid's lookup finds an expression by its words: "1" is both the day and the hour)
                run = f"{d1}-{d2} {short}"
                text = frame.format(r=run, h=rng)
                cases.append((text, ref, a, habit_time(*ha)))
                cases.append((text, ref, b, habit_time(*hb)))
        # a pair of days before the hours: both days' hours too
        for k, (rng, a, ha, b, hb) in enumerate(HOURS):
            d1 = 3 + (i + k) % 20
            short = MONTHS[(i + k) % len(MONTHS)][1]
            if str(d1) in (a, b) or str(d1 + 1) in (a, b):
                continue
            text = f"we're open {d1}-{d1 + 1} {short}, {rng}, come down x"
            cases.append((text, ref, a, habit_time(*ha)))
            cases.append((text, ref, b, habit_time(*hb)))
    check(cases)


def test_standing_hours_of_an_office_without_its_article():
    cases = []
    for ref in REFS:
        for h1, m1, h2, m2 in ((8, 30, 5, 30), (9, 0, 5, 0), (7, 45, 4, 15)):
            t1 = f"{h1}.{m1:02d}" if m1 else f"{h1}"
            t2 = f"{h2}.{m2:02d}" if m2 else f"{h2}"
            text = f"We are Bev, office is {t1}-{t2} every day til end of Oct."
            cases.append((text, ref, t1, habit_time(h1, m1)))
            cases.append((text, ref, t2, habit_time(h2 + 12, m2)))
    check(cases)


LOOK_ALIKES = [("we won 3-2 on the day, 8-12 July was the tournament", ["3-2", "3", "2"]),
               ("ages 7-10, is 8-10 people enough?", ["7-10", "8-10", "7", "10"]),
               ("we're open 24/7 now", ["24/7", "24", "7"]), ("a 50/50 split is fair", ["50/50", "50"]),
               ("call 0800-123 456 to book", ["0800-123", "0800", "123"]), ("add 1/2 a cup of sugar", ["1/2"]),
               ("the score is 12-14 at half time", ["12-14", "12", "14"]), ("the score was 3-1 July's best", ["3-1", "3-1 July"])]


def test_look_alikes_stay_untagged():
    check_untagged(LOOK_ALIKES, REFS)


def test_section_rows():
    """The rows of §133 as the section quotes them; values from the calendar (days of writing of the golds' own)."""
    w = date(2024, 5, 31)
    check([
        ("The holiday programme runs 8-12 July, 9am-3pm, I'll post the form next week", w, "8-12 July", ("DURATION", "P5D")),
        ("The holiday programme runs 8-12 July, 9am-3pm, I'll post the form next week", w, "9am", habit_time(9, 0)),
        ("The holiday programme runs 8-12 July, 9am-3pm, I'll post the form next week", w, "3pm", habit_time(15, 0)),
        ("Your slot is 17:20 to 18:20, every day 1–24 Aug except Tuesday 12th", date(2025, 7, 20), "1–24 Aug", ("DURATION", "P24D")),
        ("We are Bev, office is 8.30-5.30 every day til end of Oct.", date(2023, 8, 22), "8.30", habit_time(8, 30)),
        ("We are Bev, office is 8.30-5.30 every day til end of Oct.", date(2023, 8, 22), "5.30", habit_time(17, 30)),
        # a pair and a copula's run stay two DATEs (the second end with its month)
        ("@Ger we're closed 17-18 Nov for Marino's daughter's wedding", date(2023, 10, 28), "18 Nov", ("DATE", "2023-11-18")),
        ("are the short breaks on over half term? ours is 23rd-27th Oct", date(2023, 8, 26), "27th Oct", ("DATE", "2023-10-27")),
        ("Hi Mark, just confirming 8–11 September, deposit received last week", date(2022, 8, 20), "11 September",
         ("DATE", "2022-09-11")),
        # left: a bio's years (the golds disagree), a weekly offer's weekdays
        ("Gaz (ex-BR, Holbeck 1979-88)", date(2023, 12, 1), "1979", ("DATE", "1979")),
    ])
