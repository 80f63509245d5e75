"""Offers, slots and shifts: a clock's half of the day and its day when it is offered or booked (thirty-third
session, ampm34; docs/informal-time.md §125).

What is checked: (1) a day offered with "I've only got", "we've only got", "she's only got" (a "have got" of
possession with "only", "just", "still" between) is a day to come, whatever the verb's past form says ("Fri I've only
got 7.30am or 4.15" written on a Wednesday is the coming Friday); (2) the second clock time of an or-list of offers
takes its half of the day from the list, not from being "near" the first: "7.30am or 4.15" is 16:15, "8.30am or 5.15"
17:15 (an alternative offered after a waking hour is never a small hour); the alternatives that were already right
stay ("9am or 10.30" 10:30, "6pm or 8" 20:00, "2am or 3" 03:00); (3) look-alikes: counts and prices in an or-list.

The sentences are this session's own, in the voices of a driving instructor, a hairdresser, a plumber, a GP's
receptionist, a tutor, a parent and a flatmate (UK, Irish, US, Australian). The days of writing are every day of a
week in March 2025, month ends, the year's turn and a leap day; every value is computed here from the calendar
(``gridcheck.next_weekday``), never read from the tagger's output."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, next_weekday, tagged_look_alikes, time_on

from timeline_app.temporal import tag


def check_half(cases) -> None:
    """(text, day of writing, clock expression, hour, minute, day word): the clock time must be found at that hour and
    minute, on the date the day word is found with (its day carried; which week a bare weekday is, is §88's, not this
    grid's). Lists the first 25 wrong."""
    wrong = []
    for text, ref, expr, h, mi, word in cases:
        got = {t.expression: t.timex_value for t in tag(text, ref)}
        day = got.get(word)
        want = f"{day}T{h:02d}:{mi:02d}" if day else None
        if want is None or got.get(expr) != want:
            wrong.append(f"{ref} {text!r}: {expr!r} -> {got.get(expr)} (want {want}; all: {got})")
    assert not wrong, f"{len(wrong)} of {len(cases)} wrong:\n" + "\n".join(wrong[:25])

REFS = [date(2025, 3, 3) + timedelta(days=k) for k in range(7)] + [
    date(2025, 1, 31), date(2025, 4, 30), date(2025, 12, 31), date(2026, 1, 1), date(2028, 2, 29), date(2027, 10, 31)]

FULL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# (a capitalised "Sun" opening a clause stays the newspaper's or the star's, lexicon short_weekday_never_loose: §98's
# decision, not reopened here; the full name stands in for it)
SHORT = ["Mon", "Tues", "Weds", "Thurs", "Fri", "Sat", "Sunday"]


def _days(ref: date):
    """(full name, short name, number) of every weekday but the day of writing's own."""
    return [(FULL[n - 1], SHORT[n - 1], n) for n in range(1, 8) if n != ref.isoweekday()]


# ---- 1. a day offered with "have got" and "only"/"just"/"still" between: a day to come -----------------------------
OFFERED_DAY = [  # (frame, which name: "s" short / "f" full, clock times: (expression, hour, minute))
    ("Hi Aisha, {d} I've only got 7.30am or 4.15. 4.15 will be dark mind", "s", [("7.30am", 7, 30), ("4.15", 16, 15)]),
    ("{d} we've only got 9am or 3.30pm left, sorry", "f", [("9am", 9, 0), ("3.30pm", 15, 30)]),
    ("{d} she's only got 10am or 2.30pm, which suits?", "s", [("10am", 10, 0), ("2.30pm", 14, 30)]),
    ("sorry hun {d} I've only got the 8am", "f", [("8am", 8, 0)]),
    ("{d} I've just got the 6.30pm left if that helps", "s", [("6.30pm", 18, 30)]),
    ("{d} we've still got 11am or 1pm free", "f", [("11am", 11, 0), ("1pm", 13, 0)]),
]


def test_a_day_offered_with_only_got_is_to_come():
    cases = []
    for ref in REFS:
        for full, short, n in _days(ref):
            day = next_weekday(ref, n)
            for frame, which, clocks in OFFERED_DAY:
                word = short if which == "s" else full
                text = frame.format(d=word)
                cases.append((text, ref, word, ("DATE", day.isoformat())))
                for expr, h, mi in clocks:
                    cases.append((text, ref, expr, time_on(day, h, mi)))
    check(cases)


# ---- 2. the second clock time of an or-list of offers: its half of the day from the list --------------------------
ALTERNATIVES = [  # (frame with {a} {b} and the day {d}; the day is always named, so that the HALF is what is checked)
    "I can do {a} or {b} on {d}",
    "I could come out {a} or {b} on {d}, whichever suits",
    "Dr Shah has {a} or {b} on {d}, shall I book one?",
    "On {d} I can squeeze you in at {a} or {b} x",
    "How about {d}, {a} or {b}?",
    "{d} I can do {a} or {b}",
]
PAIRS = [  # (first, second, second's hour and minute): first with its am/pm, the second bare
    ("7.30am", "4.15", 16, 15), ("8.30am", "5.15", 17, 15), ("8am", "5.30", 17, 30), ("7.45am", "4.45", 16, 45),
    ("9.15am", "6.15", 18, 15),
    # kept: the reading that was right already (a morning's later hour, an evening's, the afternoon's far ones)
    ("9am", "10.30", 10, 30), ("6pm", "7.30", 19, 30), ("10am", "2.30", 14, 30), ("8.30am", "11.15", 11, 15),
]


def test_the_second_offer_of_an_or_list_takes_its_half_from_the_list():
    cases, tomorrows = [], []
    for ref in REFS:
        for full, _short, _n in _days(ref):
            for frame in ALTERNATIVES:
                for a, b, h, mi in PAIRS:
                    cases.append((frame.format(a=a, b=b, d=full), ref, b, h, mi, full))
        tomorrow = ref + timedelta(days=1)
        for a, b, h, mi in PAIRS:
            tomorrows.append((f"tomorrow I've got {a} or {b} if you want it", ref, b, time_on(tomorrow, h, mi)))
            # (an hour and its day word with nothing between are one TIME, §14; such an alternative after an evening's
            # clock, "6pm or 7.30 tomorrow", is resolved before the clock it follows and stays 07:30: left, §125)
            if not a.endswith("pm"):
                tomorrows.append((f"Can do {a} or {b} tomorrow, let me know", ref, f"{b} tomorrow", time_on(tomorrow, h, mi)))
    check_half(cases)
    check(tomorrows)


def test_a_small_hour_after_a_small_hour_stays_in_the_night():
    # the list's own half: after a clock time of the small hours, the alternative stays there ("2am or 3": 03:00)
    cases = []
    for ref in REFS:
        for full, _short, _n in _days(ref):
            cases.append((f"The taxi can do 4am or 4.30 on {full} for the airport", ref, "4.30", 4, 30, full))
            cases.append((f"First ferry on {full} is 5am or 5.45, your call", ref, "5.45", 5, 45, full))
    check_half(cases)


# ---- 3. look-alikes: counts and prices in an or-list stay untagged --------------------------------------------------
LOOK_ALIKES = [
    ("{d} I've only got 2 or 3 left in stock", ["2", "3"]),
    ("I've only got 7 or 8 quid till {d}", ["7", "8"]),
    ("it's £7.50 or 4.15 with the discount on {d}", ["4.15"]),
    ("{d} we've only got sizes 8 or 10", ["8", "10"]),
]


def test_counts_and_prices_in_an_or_list_stay_untagged():
    bad = []
    for frame, numbers in LOOK_ALIKES:
        bad += tagged_look_alikes(frame, numbers, REFS, [(w, 0) for w in FULL])
    assert not bad, bad[:10]


# ---- 4. a reason of conflict after a request to move a booking: its clock time is on the day given up --------------
MOVES = [  # (frame with {x} {y}: short "s" or full "f" names; the reason's clock expression, hour, minute)
    ("can we move {x} to {y}? got a shift at Primark till 5", "s", "5", 17, 0),
    ("hiya can we move {x} to {y}? got a shift at Tesco till 5pm", "s", "5pm", 17, 0),
    ("Could we switch {x} to {y}, I'm working till 6pm", "f", "6pm", 18, 0),
    ("can I move my lesson from {x} to {y}? got football at 4pm", "s", "4pm", 16, 0),
    ("any chance we can swap {x} to {y}? im at work till 7pm sorry", "f", "7pm", 19, 0),
]
FREE_AFTER = [  # kept: a reason that is no conflict stays with the day asked for (the day named last)
    ("can we move {x} to {y}? I'm free from 5pm", "s", "5pm", 17, 0),
]


def test_a_conflict_after_a_move_request_is_on_the_day_given_up():
    cases, kept = [], []
    for ref in REFS:
        days = _days(ref)
        for (fx, sx, _nx), (fy, sy, _ny) in zip(days, days[1:] + days[:1]):
            for frame, which, expr, h, mi in MOVES + FREE_AFTER:
                x, y = (sx, sy) if which == "s" else (fx, fy)
                text = frame.format(x=x, y=y)
                (kept if (frame, which, expr, h, mi) in FREE_AFTER else cases).append(
                    (text, ref, expr, h, mi, y if (frame, which, expr, h, mi) in FREE_AFTER else x))
    check_half(cases)
    check_half(kept)


# ---- 5. a shift's end right before its weekday: "I working till 6 thurs" ------------------------------------------
SHIFT_ENDS = [  # (frame with {x}: "s" short / "f" full name; the hour's expression, hour, minute)
    ("I working till 6 {x} so Keisha will carry them", "s", "6", 18, 0),
    ("she's working till 4 {x} and then off", "f", "4", 16, 0),
    ("I'm on till 5 {x} so can't do earlier", "s", "5", 17, 0),
    ("got a shift at Primark till 5 {x}, sorry", "f", "5", 17, 0),
]
SHIFT_LOOK_ALIKES = [("chapter 7 till 9 {d} then revision", ["7", "9"]), ("kids aged 7 till 9 {d} club", ["7", "9"]),
                     ("we lost 3 to 1 {d} night", ["3", "1"]),
                     # an hour of 7-11 ended by its weekday: a morning's or an evening's end, no word tells which (left)
                     ("might be late, work's got me on till 7 {d}", ["7"])]


def test_a_shift_end_right_before_its_weekday():
    cases = []
    for ref in REFS:
        for full, short, _n in _days(ref):
            if short in ("Mon", "Sat", "Sunday"):
                short = {"Mon": "Monday", "Sat": "Saturday"}.get(short, short)   # ("sat", "mon": English words, §98)
            for frame, which, expr, h, mi in SHIFT_ENDS:
                word = short.lower() if which == "s" else full
                cases.append((frame.format(x=word), ref, expr, h, mi, word))
    check_half(cases)
    bad = []
    for frame, numbers in SHIFT_LOOK_ALIKES:
        bad += tagged_look_alikes(frame, numbers, REFS, [(w, 0) for w in FULL])
    assert not bad, bad[:10]
