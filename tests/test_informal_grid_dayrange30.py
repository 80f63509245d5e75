"""A dated line's range of afternoon hours ("Sun 29th 3-10", "Mon 30th (bank hol) 4-10"), a range with its holiday after
it ("cafe 10-1.30 on Hogmanay"), "N till late", "Name, N till M", a schedule's "12-12.30am" and "10-2am", "till 2am"
after a named day (twenty-ninth session, dayrange30; docs/informal-time.md §103, census29 classes 5, 11 and 18).
Sentences written for this file from the grammar; every value is computed here from the calendar, never read from the
tagger. Scores, counts, prices stay untagged.
"""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import WEEKDAYS, check, found, habit_time, next_weekday, other_weekdays, time_on

# every day of a week as the day of writing (Mon 20 Oct 2025 ..), month and year ends, a leap day, other years
REFS = [date(2025, 10, 20) + timedelta(days=i) for i in range(7)] + [
    date(2025, 3, 31), date(2025, 12, 31), date(2024, 2, 29), date(2026, 1, 24), date(2027, 8, 1), date(2024, 12, 30)]

SHORT_UP = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"]
SHORT_TITLE = ["Mon", "Tues", "Weds", "Thurs", "Fri", "Sat", "Sun"]


def _nth(d: int) -> str:
    suf = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return f"{d}{suf}"


def _hm(s: str):
    h, _, mi = s.replace(":", ".").partition(".")
    return int(h), int(mi or 0)


def _range_cases(text, ref, r, day, h1, h2):
    """Both ends of the range ``r`` ("3-10", "2-8.30") found as times of ``day`` (h1, h2 the 24-hour hours)."""
    a, b = r.replace(" ", "").split("-", 1)
    return [(text, ref, a, time_on(day, h1, _hm(a)[1])), (text, ref, b, time_on(day, h2, _hm(b)[1]))]


# --- 1. a dated line whose two ends are the afternoon's and the evening's ---------------------------------------------
DATED_RANGES = [("3-10", 15, 22), ("4-10", 16, 22), ("4-11", 16, 23), ("1-9", 13, 21), ("2-8.30", 14, 20), ("5-11", 17, 23),
                ("4-11.30", 16, 23), ("3 - 10", 15, 22)]
DATED_FRAMES = ["{D} {n} {r}", "{D} {n} (bank hol) {r}", "{D} {n}  {r} Siobhan", "{D} {n}\t{r}", "{D} the {n} {r} late shift",
                # (added after reading A: a tail of "as normal", "as usual")
                "{D} {n} {r} as normal", "{D} {n} {r} as usual, ring ahead"]


def test_dated_line_afternoon_range():
    cases = []
    for ref in REFS:
        for wd in range(1, 8):
            day = next_weekday(ref, wd)
            names = (SHORT_UP, SHORT_TITLE, WEEKDAYS)[(ref.toordinal() + wd) % 3]
            for frame in DATED_FRAMES:
                for r, h1, h2 in DATED_RANGES:
                    text = frame.format(D=names[wd - 1], n=_nth(day.day), r=r)
                    cases += _range_cases(text, ref, r, day, h1, h2)
    check(cases)


# --- 2. a range with its holiday after it --------------------------------------------------------------------------------
HOLIDAYS = [("Hogmanay", 12, 31), ("Boxing Day", 12, 26), ("Christmas Eve", 12, 24), ("bonfire night", 11, 5)]
HOL_FRAMES = ["cafe {r} on {h}", "{r} on {h} at the shop", "Shop open {r} on {h}, cash only", "we're doing {r} on {h}",
              # (added after reading A: the label's clause after a greeting and a comma)
              "Hi Morag, cafe {r} on {h}, soup's on", "yes Dev, open {r} on {h}"]
HOL_RANGES = [("10-1.30", 10, 13), ("10-4", 10, 16), ("11-3", 11, 15), ("12-5", 12, 17), ("9-1", 9, 13), ("9.30-2", 9, 14)]


def test_range_then_on_holiday():
    cases = []
    for year in (2024, 2025, 2027):
        for mo, d in ((10, 1), (10, 27)):
            ref = date(year, mo, d)
            for h, hm, hd in HOLIDAYS:
                day = date(year, hm, hd)
                for frame in HOL_FRAMES:
                    for r, h1, h2 in HOL_RANGES:
                        cases += _range_cases(frame.format(h=h, r=r), ref, r, day, h1, h2)
    check(cases)


# --- 3. "N till late": the start alone ---------------------------------------------------------------------------------
# 1-6 the afternoon's, 11 the morning's, 12 noon; 7-10 only with a word of the evening on the line (a fair's "9 till late"
# is the morning's as often: unread without one)
LATE_HOURS = [("11", 11), ("12", 12), ("2", 14), ("4", 16)]
LATE_EVENING_HOURS = [("7", 19), ("8", 20), ("9", 21), ("10", 22)]
LATE_DAY_FRAMES = ["{d} {h} till late", "{d}: {h} until late at the hall", "{d} {h}-late"]
LATE_EVENING_FRAMES = ["party {d}, {h} til late, bring a bottle", "quiz night {d}, {h} till late", "{d} {h}-late at the pub"]
LATE_TALK_FRAMES = ["at the marae, {h} till late", "we'll be at Jo's, {h} till late x"]


def test_till_late_start():
    cases = []
    for ref in REFS:
        for n, name in other_weekdays(ref):
            day = next_weekday(ref, n)
            for frame in LATE_DAY_FRAMES:
                for h, hh in LATE_HOURS:
                    cases.append((frame.format(d=name, h=h), ref, h, time_on(day, hh, 0)))
            for frame in LATE_EVENING_FRAMES:
                for h, hh in LATE_EVENING_HOURS:
                    cases.append((frame.format(d=name, h=h), ref, h, time_on(day, hh, 0)))
        for frame in LATE_TALK_FRAMES:
            for h, hh in LATE_HOURS:
                cases.append((frame.format(h=h), ref, h, time_on(ref, hh, 0)))
    check(cases)


def test_till_late_morning_or_evening_unread():
    """"Saturday 9 till late" with no word of either half: a bar's evening or a fair's morning, left unread."""
    cases = []
    for ref in REFS:
        for n, name in other_weekdays(ref):
            for h in ("7", "8", "9", "10"):
                cases.append((f"{name} {h} till late", ref, h, None))
    check(cases)


# --- 3b. (added after reading A) a date's "from H" / "after H": a TIME of that date, "as usual" or not ---------------------
FROM_FRAMES = ["open {D} {n} from {h} as usual", "{D} {n} from {h}, see you there", "back {D} the {n} after {h} x",
               "{D} {n} from {h} as normal"]
FROM_HOURS = [("1", 13), ("3", 15), ("4", 16), ("5", 17), ("6", 18), ("12", 12), ("2.30", 14)]


def test_dated_from_hour():
    cases = []
    for ref in REFS:
        for wd in range(1, 8):
            day = next_weekday(ref, wd)
            names = (SHORT_UP, SHORT_TITLE, WEEKDAYS)[(ref.toordinal() + wd) % 3]
            for frame in FROM_FRAMES:
                for h, hh in FROM_HOURS:
                    cases.append((frame.format(D=names[wd - 1], n=_nth(day.day), h=h), ref, h, time_on(day, hh, _hm(h)[1])))
            # a day told from the date: "the day after", "the next day"
            for frame in ("closed {D} {n}, open again the day after from {h}.", "shut {D} {n} but back the next day from {h}"):
                for h, hh in FROM_HOURS:
                    cases.append((frame.format(D=names[wd - 1], n=_nth(day.day), h=h), ref, h,
                                  time_on(day + timedelta(days=1), hh, _hm(h)[1])))
            # 7-11 with a word of the evening on the line
            for h, hh in (("7", 19), ("8", 20)):
                cases.append((f"quiz night {names[wd - 1]} {_nth(day.day)} from {h}", ref, h, time_on(day, hh, 0)))
    check(cases)


# --- 3c. a choice of two hours across noon before a sitting's noun or after "at" --------------------------------------
CHOICES = [("11", 11, "2", 14), ("10", 10, "2", 14), ("12", 12, "3", 15), ("9", 9, "1", 13), ("11.30", 11, "2.30", 14)]
CHOICE_FRAMES = [("{D} {n} is open, {a} or {b} tours have space", "date"), ("the {a} or {b} session tomorrow?", "tomorrow"),
                 ("can do {D} {n} at {a} or {b} if that helps", "date"), ("{D} {n}: {a} or {b} sittings, book ahead", "date")]


def test_hour_choice_across_noon():
    cases = []
    for ref in REFS:
        for wd in range(1, 8):
            d = next_weekday(ref, wd)
            names = (SHORT_UP, SHORT_TITLE, WEEKDAYS)[(ref.toordinal() + wd) % 3]
            for frame, which in CHOICE_FRAMES:
                day = d if which == "date" else ref + timedelta(days=1)
                for a, ha, b, hb in CHOICES:
                    text = frame.format(D=names[wd - 1], n=_nth(d.day), a=a, b=b)
                    cases += [(text, ref, a, time_on(day, ha, _hm(a)[1])), (text, ref, b, time_on(day, hb, _hm(b)[1]))]
    check(cases)


# --- 4. "Name, N till M": both ends after a vocative ------------------------------------------------------------------
VOC_FRAMES = ["Aroha, {r}", "Hi Jo, {r} if that suits", "Sure Priya, {r} works for us", "Thanks Mary Kate, {r} then"]
VOC_RANGES = [("10 till 2", 10, 14), ("11 till 3", 11, 15), ("9 until 1", 9, 13), ("12 till 4", 12, 16), ("2 till 6", 14, 18),
              ("10.30 till 1", 10, 13)]


def test_vocative_till_range():
    cases = []
    for ref in REFS:
        for frame in VOC_FRAMES:
            for r, h1, h2 in VOC_RANGES:
                a, _, b = r.partition(" till ") if " till " in r else r.partition(" until ")
                text = frame.format(r=r)
                cases += [(text, ref, a, time_on(ref, h1, _hm(a)[1])), (text, ref, b, time_on(ref, h2, _hm(b)[1]))]
    check(cases)


# --- 5. a schedule's bare start before an end in the small hours with "am" ---------------------------------------------
SMALL_END = [("12-12.30am", "12", (12, 0), "12.30am", (0, 30)), ("10-2am", "10", (22, 0), "2am", (2, 0)),
             ("11-1am", "11", (23, 0), "1am", (1, 0)), ("12-1am", "12", (12, 0), "1am", (1, 0)),
             ("9-1am", "9", (21, 0), "1am", (1, 0)), ("12-2am", "12", (12, 0), "2am", (2, 0))]
SCHED_DAYS = ["Fri & Sat", "Thu-Sat", "Fri and Sat", "Mon-Sun"]


def test_schedule_small_hours_end():
    cases = []
    for ref in REFS:
        for days in SCHED_DAYS:
            for r, a, ta, b, tb in SMALL_END:
                text = f"Bar hours: {days} {r}"
                cases += [(text, ref, a, habit_time(*ta)), (text, ref, b, habit_time(*tb))]
    check(cases)


# --- 6. "till 2am" after a named day: the day after's small hours --------------------------------------------------------
TILL_FRAMES = ["this {d} we're out, on till {h}am", "{d} the bar will be open till {h}am", "party at ours {d}, it'll go on until {h}am",
               "{d} we'll be out til {h}am probably"]


def test_till_small_hours_after_named_day():
    cases = []
    for ref in REFS:
        for n, name in other_weekdays(ref):
            day = next_weekday(ref, n) + timedelta(days=1)
            for frame in TILL_FRAMES:
                for h in (1, 2, 3, 12):
                    cases.append((frame.format(d=name, h=h), ref, f"{h}am", time_on(day, h % 12, 0)))
    check(cases)


def test_small_hours_kept_on_their_day():
    """Not moved: a start in the small hours ("from 2am"), the day of writing's own small hours gone ("up till 2am")."""
    cases = []
    for ref in REFS:
        cases.append(("I was up till 2am again", ref, "2am", time_on(ref, 2, 0)))
        for n, name in other_weekdays(ref):
            day = next_weekday(ref, n)
            cases.append((f"the road will be shut {name} from 2am, plan ahead", ref, "2am", time_on(day, 2, 0)))
    check(cases)


# --- look-alikes: no time ----------------------------------------------------------------------------------------------
def _dated(ref, wd, s):
    return s.format(D=SHORT_TITLE[wd - 1], n=_nth(next_weekday(ref, wd).day))


LOOK_ALIKES = [
    ("{D} {n} 2-4 v Rovers", ["2", "4"]),
    ("{D} {n} 1-3 loss at home", ["1", "3"]),
    ("{D} {n} 3-5", ["3", "5"]),
    ("{D} {n} 4-10 players needed", ["4", "10"]),
    ("{D} {n} 3-12 year olds welcome", ["3", "12"]),
    ("{D} {n} 2-6 win", ["2", "6"]),
    ("Boxing Day, lost 3-1 on Boxing Day", ["3", "1"]),
    ("3-1 on Boxing Day, what a game", ["3", "1"]),
    ("tickets £10 till late", ["10"]),
    ("years 7 till late", ["7"]),
    ("we live at 11 Hogmanay Road", ["11"]),
    ("Jo, 10 till 2 people per table", ["10", "2"]),
    ("Jo, 3 till 5 years old only", ["3", "5"]),
    ("{D} {n} from 10 players", ["10"]),
    ("{D} {n} from 6 weeks old", ["6"]),
    ("{D} {n} from 8 quid", ["8"]),
    ("{D} {n}, the day after from 5 quid", ["5"]),
    ("we have 2 or 3 tours left", ["2", "3"]),
    ("12 or 3 people max", ["12", "3"]),
    ("won 11 or 2, can't remember", ["11", "2"]),
    ("{D} {n} from 5 quid a head", ["5"]),
    ("{D} {n} from 2 tickets left", ["2"]),
]


def test_look_alikes_untagged():
    bad = []
    for text, nums in LOOK_ALIKES:
        for ref in REFS:
            for wd in (1, 5, 6):
                t = _dated(ref, wd, text)
                got = {found(t, ref, n) for n in nums} - {None}
                if got:
                    bad.append((ref, t, got))
    assert not bad, bad[:20]


# --- the sentences docs/informal-time.md §103 quotes as done: each has its hours found --------------------------------
DOC_CASES = ["Sun 29th 3-10", "Mon 30th (bank hol) 4-10", "cafe 10-1.30 on Hogmanay", "at the marae, 11 till late",
             "Aroha, 10 till 2", "Fri & Sat 12-12.30am", "this Saturday we're out, on till 2am", "Fri 3rd 1-9", "SAT 4th 2-8.30",
             "Sun 29th 3-10 as normal", "Hi Morag, cafe 10-1.30 on Hogmanay", "party Fri, 9 til late", "Sat 12-late",
             "Hi Jo, 11 till 3 if that suits", "Fri & Sat 10-2am", "Fri the bar will be open till 1am",
             "open Sun 19th from 3 as usual", "the day after from 4", "11 or 2 tours have space"]


def test_doc_quoted_cases_have_their_hours():
    from timeline_app.temporal import tag
    ref = date(2025, 10, 1)
    bad = [t for t in DOC_CASES if not any(x.timex_type == "TIME" for x in tag(t, ref))]
    assert not bad, bad
