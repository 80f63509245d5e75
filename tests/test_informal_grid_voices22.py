"""A log's and a chat export's stamps and clock times as the informal22-voices A half showed them (twenty-fifth session,
voices22; docs/informal-time.md, the section of voices22). A stamp opening a message's line, its date with the year, a
comma and the clock time ("27 Sep 2019, 22:14 client: ...", "Sep 27, 2019, 10:14 PM Dani: ...") is one TIME, as the
eighteenth set's forum stamps "12 Mar 2026, 05:52" and informal19's "Aug 5, 2024, 6:48 AM" are; a camp log's stamp, a
weekday, a day/month and a four-digit clock ("SAT 14/05 0545 Darren (boss): ...") is one TIME too, and the words of the
message count from its day. A four-digit 24-hour clock time written with its leading zero after a preposition of time
("crew up at 0500", "saddled by 0600", "Drafting from 0700") is that clock time. Every text is this file's own; every
value is computed here from the calendar (datetime)."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from gridcheck import check, found, MON, DAYS, h12

# days of writing on every day of a week, a month's start, a year's turn, a leap day's next day, mid-December
REFS = [date(2025, 9, 23) + timedelta(days=k) for k in range(7)] + \
       [date(2025, 3, 1), date(2026, 1, 2), date(2024, 3, 1), date(2025, 12, 14), date(2019, 10, 6)]


# the message's words and their values from the day it was written
BODY = [
    ("will send the deposit tonight when I get paid", "tonight", lambda d: ("TIME", f"{d.isoformat()}TNI")),
    ("can you do tomorrow instead?", "tomorrow", lambda d: ("DATE", (d + timedelta(days=1)).isoformat())),
    ("the vet came yesterday about the mare", "yesterday", lambda d: ("DATE", (d - timedelta(days=1)).isoformat())),
]


# a chat or DM export's stamp with the year and a comma before the clock time, then the sender and a colon
def _uk(t):
    return f"{t.day} {MON[t.month - 1]} {t.year}, {t:%H:%M}"


def _us(t):
    return f"{MON[t.month - 1]} {t.day}, {t.year}, {h12(t)}"


def _wd_uk(t):
    return f"{DAYS[t.weekday()]}, {t.day} {MON[t.month - 1]} {t.year}, {t:%H:%M}"


COMMA_STAMPS = [_uk, _us, _wd_uk]
SENDERS = ["client", "studio", "Rhona (Inkwell)", "- Jo"]


def _thread(stamp: str, sender: str, body: str) -> str:
    return f"Instagram DMs with a client\n\n{stamp} {sender}: {body}\n"


def test_a_comma_stamp_with_its_year_is_one_time():
    cases = []
    for ref in REFS:
        for back in (1, 3, 5):
            day = ref - timedelta(days=back)
            for hh, mm in ((22, 14), (9, 5)):
                t = datetime(day.year, day.month, day.day, hh, mm)
                for stamp in COMMA_STAMPS:
                    for sender in SENDERS:
                        text = _thread(stamp(t), sender, "hiya, is the 12th still free?")
                        cases.append((text, ref, stamp(t), ("TIME", f"{day.isoformat()}T{hh:02d}:{mm:02d}")))
    check(cases)


def test_a_comma_stamps_message_counts_from_its_day():
    cases = []
    for ref in REFS:
        for back in (1, 3, 5):
            day = ref - timedelta(days=back)
            t = datetime(day.year, day.month, day.day, 21, 47)
            for stamp in COMMA_STAMPS:
                for body, expr, want in BODY:
                    text = f"{_uk(datetime(day.year, day.month, day.day, 8, 2) - timedelta(days=1))} studio: hiya\n" \
                           f"{stamp(t)} client: {body}\n"
                    cases.append((text, ref, expr, want(day)))
    check(cases)


# a camp log's stamp: the weekday (capitals or not), the day and month with a slash, a four-digit or a colon clock
def _log(t, upper=True, colon=False):
    wd = DAYS[t.weekday()].upper() if upper else DAYS[t.weekday()]
    clock = f"{t:%H:%M}" if colon else f"{t:%H%M}"
    return f"{wd} {t.day:02d}/{t.month:02d} {clock}"


LOG_SENDERS = ["Darren", "Darren (boss)", "Kylie (sat text)", "Mitch (UHF 14)"]


def _log_days(ref):
    """Days 1, 3 and 5 before the day of writing whose day of the month is over 12 (the order then settled); not a
    leap day (a log's first stamp "THU 29/02 0545" written on 1 March is read as the next 29 February: weak, docs)."""
    return [ref - timedelta(days=b) for b in (1, 3, 5)
            if (ref - timedelta(days=b)).day > 12 and (ref - timedelta(days=b)).strftime("%m%d") != "0229"]


def test_a_logs_weekday_day_month_and_four_digit_clock_is_one_time():
    cases = []
    for ref in REFS:
        for day in _log_days(ref):
            for hh, mm in ((5, 45), (13, 10), (19, 2)):
                t = datetime(day.year, day.month, day.day, hh, mm)
                for upper in (True, False):
                    for colon in (False, True):
                        for sender in LOG_SENDERS:
                            stamp = _log(t, upper, colon)
                            text = f"Station camp log\n\n{stamp} {sender}: 640 head in the yards, all good\n"
                            cases.append((text, ref, stamp, ("TIME", f"{day.isoformat()}T{hh:02d}:{mm:02d}")))
    check(cases)


def test_a_logs_message_counts_from_its_stamps_day():
    cases = []
    for ref in REFS:
        for day in _log_days(ref):
            t = datetime(day.year, day.month, day.day, 6, 10)
            for sender in LOG_SENDERS:
                for body, expr, want in BODY:
                    text = f"Station camp log\n\n{_log(t)} {sender}: {body}\n"
                    cases.append((text, ref, expr, want(day)))
                text = f"Station camp log\n\n{_log(t)} {sender}: day off for the horses today, crew on yards\n"
                cases.append((text, ref, "today", ("DATE", day.isoformat())))
    check(cases)


# a four-digit 24-hour clock time with its leading zero after a preposition of time, in a log or a chat
ZERO_CLOCKS = [
    ("crew up at {c}, brekkie after", "at"), ("saddled by {c} please", "by"), ("Drafting from {c}, smoko at 10", "from"),
    ("Genny back on at {c}.", "at"), ("Mitch back up at {c} for the Lagoon paddock", "at"),
    ("road closed till {c} then open", "till"), ("nobody out before {c} x", "before"), ("quiet until {c}!", "until"),
]


def test_a_leading_zero_four_digit_clock_after_a_preposition_is_a_time():
    cases = []
    for ref in REFS:
        for hh, mm in ((5, 0), (6, 15), (4, 30), (7, 0), (9, 45)):
            c = f"{hh:02d}{mm:02d}"
            for frame, _pre in ZERO_CLOCKS:
                cases.append((frame.format(c=c), ref, c, ("TIME", f"{ref.isoformat()}T{hh:02d}:{mm:02d}")))
    check(cases)


def test_a_leading_zero_clock_under_a_log_stamp_is_on_its_day():
    cases = []
    for ref in REFS:
        for day in _log_days(ref):
            t = datetime(day.year, day.month, day.day, 5, 45)
            text = f"Station camp log\n\n{_log(t)} Darren (boss): crew up at 0500, saddled by 0600.\n"
            cases.append((text, ref, "0500", ("TIME", f"{day.isoformat()}T05:00")))
            cases.append((text, ref, "0600", ("TIME", f"{day.isoformat()}T06:00")))
    check(cases)


# a message ending with a weekday, the next message's Android stamp on the next line: two messages, not "thursday
# 05/02/2024" read as one date (2 May 2024 is a Thursday: the weekday once chose the American order across the line)
def test_a_weekday_ending_a_message_is_not_joined_to_the_next_stamp():
    from gridcheck import next_weekday, WEEKDAYS
    cases = []
    for ref in REFS:
        for back in (1, 3, 5):
            day = ref - timedelta(days=back)
            if day.day <= 12:
                continue   # an export whose order nothing settles: not what this grid asks (stamps24)
            for wd in range(1, 8):
                if wd == day.isoweekday():
                    continue
                name = WEEKDAYS[wd - 1].lower()
                stamp2 = f"{day:%d/%m/%Y}, 19:11"
                text = f"{day:%d/%m/%Y}, 19:05 - Stevie: in. see you {name}\n{stamp2} - Jamesy: cannae do this week\n"
                cases.append((text, ref, name, ("DATE", next_weekday(day, wd).isoformat())))
                cases.append((text, ref, stamp2, ("TIME", f"{day.isoformat()}T19:11")))
    check(cases)


def test_the_weekday_of_the_other_order_does_not_join_them():
    # the case itself: the message's weekday is the weekday of the stamp's numbers read the other way round
    from gridcheck import WEEKDAYS
    cases, alone = [], []
    for ref in REFS:
        for back in (1, 3, 5):
            day = ref - timedelta(days=back)
            if day.day > 12 or day.day == day.month:
                continue
            name = WEEKDAYS[date(day.year, day.day, day.month).weekday()].lower()
            stamp2 = f"{day:%d/%m/%Y}, 19:11"
            text = f"{day:%d/%m/%Y}, 19:05 - Stevie: in. might be late, on till 7 {name}\n{stamp2} - Jamesy: cannae do this week\n"
            cases.append((text, ref, stamp2, ("TIME", f"{day.isoformat()}T19:11")))
            alone.append((text, ref, name))
    check(cases)
    joined = [(t, r) for t, r, n in alone if found(t, r, "7 " + n) is None and found(t, r, n) is None]
    assert not joined, joined


# a log that writes its clock times in four digits with the zero writes its other hours so too, with or without a
# preposition ("brekkie 0515", "ride out 0600", "by 1030, out again 1100", "knock off 1200"); a year stays a year
def _camp_log(day):
    t1 = datetime(day.year, day.month, day.day, 5, 45)
    t2 = datetime(day.year, day.month, day.day, 9, 55)
    return (f"Camp log, first round muster {day.year}\n\n"
            f"{_log(t1)} Darren (boss): crew up at 0500, brekkie 0515, saddled by 0600. Mitch due 0630 at the yards.\n"
            f"{_log(t2)} Mitch (UHF 14): fuel's low, back to the strip by 1030, out again 1100. knock off 1200 after.\n")


LOG_HOURS = [("0515", 5, 15), ("0630", 6, 30), ("1030", 10, 30), ("1100", 11, 0), ("1200", 12, 0)]


def test_a_logs_other_four_digit_hours_are_its_clock_times():
    cases = []
    for ref in REFS:
        for day in _log_days(ref):
            text = _camp_log(day)
            for expr, hh, mm in LOG_HOURS:
                cases.append((text, ref, expr, ("TIME", f"{day.isoformat()}T{hh:02d}:{mm:02d}")))
            cases.append((text, ref, str(day.year), ("DATE", str(day.year))))
    check(cases)


def test_four_digits_in_a_text_with_no_log_clock_keep_their_reading():
    ref = date(2025, 9, 23)
    for text, n in (("back to the strip by 1030, out again 1100", "1030"), ("knock off 1200 on a Sunday", "1200"),
                    ("crew up at 0500, then room 1030 at the lodge", "1030"), ("0500 0515 0600 and 4,200 merinos", "4,200")):
        got = found(text, ref, n)
        assert got is None or got[0] != "TIME", (text, got)


# look-alikes: numbers, codes and prose that must keep their old reading
NOT_CLOCKS = [
    "ring us at 0800 123 456 for a quote", "gate code is 0615 from Monday", "the code at 0430 is wrong",
    "call 0800 555 0199 before 5", "room 0630 at the end of the hall", "flight QF 0630 at gate 4",
    "it costs £0500 at most", "order no. 0715 from the shop", "at 0900GMT the feed resumes",
    "score was 0500 by the end",
]


def test_codes_and_numbers_stay_untagged():
    bad = []
    for ref in REFS[:3]:
        for text in NOT_CLOCKS:
            for c in ("0800", "0615", "0430", "0630", "0500", "0715", "0900"):
                if c in text and found(text, ref, c) is not None:
                    bad.append((text, found(text, ref, c)))
    assert not bad, bad


def test_prose_dates_and_times_set_apart_by_a_comma_stay_two():
    # in running text a day and its time set off by a comma stay two expressions (the values convention)
    ref = date(2025, 9, 23)
    cases = [
        ("The appointment is Tue 7 Oct 2025, 2.30pm with Dr Shah.", ref, "2.30pm", ("TIME", "2025-10-07T14:30")),
        ("Booked: Friday 18 October 2019, 17:30.", ref, "17:30", ("TIME", "2019-10-18T17:30")),
    ]
    check(cases)


def test_the_catalogue_rows_of_voices22():
    # the cases docs/informal-time.md quotes in its section of voices22, in these very words
    glasgow = "05/02/2024, 19:05 - Stevie: might be late, on till 7 thursday\n05/02/2024, 19:11 - Jamesy: cannae do this week\n"
    cases = [
        ("27 Sep 2019, 22:14 client: will send the deposit tonight", date(2019, 10, 6), "27 Sep 2019, 22:14", ("TIME", "2019-09-27T22:14")),
        ("27 Sep 2019, 22:14 client: will send the deposit tonight", date(2019, 10, 6), "tonight", ("TIME", "2019-09-27TNI")),
        ("Sep 27, 2019, 10:14 PM Rhona (Inkwell): booked!", date(2019, 10, 6), "Sep 27, 2019, 10:14 PM", ("TIME", "2019-09-27T22:14")),
        ("SAT 14/05 0545 Darren (boss): crew up at 0500", date(2022, 5, 17), "SAT 14/05 0545", ("TIME", "2022-05-14T05:45")),
        ("SAT 14/05 0545 Darren (boss): crew up at 0500", date(2022, 5, 17), "0500", ("TIME", "2022-05-14T05:00")),
        ("Mon 16/05 16:20 Kylie (sat text): road trains confirmed for tomorrow", date(2022, 5, 17), "Mon 16/05 16:20", ("TIME", "2022-05-16T16:20")),
        ("Mon 16/05 16:20 Kylie (sat text): road trains confirmed for tomorrow", date(2022, 5, 17), "tomorrow", ("DATE", "2022-05-17")),
        ("crew up at 0500, brekkie after", date(2022, 5, 14), "0500", ("TIME", "2022-05-14T05:00")),
        ("saddled by 0600 please", date(2022, 5, 14), "0600", ("TIME", "2022-05-14T06:00")),
        ("Drafting from 0700, smoko at 10", date(2022, 5, 15), "0700", ("TIME", "2022-05-15T07:00")),
        ("quiet until 0700!", date(2022, 5, 15), "0700", ("TIME", "2022-05-15T07:00")),
        ("crew up at 0500, brekkie 0515, saddled by 0600", date(2022, 5, 14), "0515", ("TIME", "2022-05-14T05:15")),
        (glasgow, date(2024, 2, 8), "05/02/2024, 19:11", ("TIME", "2024-02-05T19:11")),
        (glasgow, date(2024, 2, 8), "thursday", ("DATE", "2024-02-08")),
    ]
    check(cases)

