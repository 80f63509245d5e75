"""The clocks and the weekdays of an occasion a chat or an e-mail thread is planning (thirty-sixth session, occasion37;
docs/informal-time.md §144). 1. A night occasion named by its holiday ("New Year's Eve", "NYE", "Hogmanay", "Bonfire
Night") or by "see the new year in": its clock times are of that night ("We'll be quiet by half 12" = 00:30 of the day
after, "til 1am" the day after's 01:00, "fireworks at midnight" the holiday's T24:00), not of the e-mail's day. 2. A
weekday in a family chat planning an occasion told with its days ("the holiday is Thursday 30th and Friday 31st"), said
with a verb of going to it ("we can come Tuesday night to hold the spot", "we'll head down Wednesday") by a message
written 7 to 13 days before it: the weekday of the days leading to the occasion, not the next one from the message.

The sentences are this session's own, in several voices (a hostel's e-mail thread, friends' texts, a family WhatsApp
export, a club's notice); the days of writing are every day of the last twelve days of 2025, 2026, 2027 and 2028 (a
leap year), the days before Bonfire Night, and for the chats every weekday of the occasion, two to three weeks of
messages before it, in July, at a month's end and over the year's turn; every value is computed here from the calendar.
The look-alikes at the end must keep the tagger's reading: "half 12" with no night named, the phrase out of season, a
weekday of another errand, "this"/"next" + weekday, a message after the occasion."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import MON, WEEKDAY, check, next_weekday, time_on

SHORT = ["Mon", "Tues", "Weds", "Thurs", "Fri", "Sat", "Sun"]
DEC_REFS = [date(y, 12, d) for y in (2025, 2026, 2027, 2028) for d in range(20, 32)]
NOV_REFS = [date(y, 10, 25) + timedelta(days=k) for y in (2025, 2026) for k in range(11)]


def _midnight(day: date):
    return "TIME", f"{day.isoformat()}T24:00"


# ---- 1. a night holiday named: its clocks are of its night ----------------------------------------------------------
NIGHT_FRAMES = [  # (frame, [(expression, days after the holiday, hour, minute) or (expression, "midnight")])
    ("We're staying over {H}. Is the common room free? We'll be quiet by half 12, promise!", [("half 12", 1, 0, 30)]),
    ("{H} plans: drinks at ours, taxis booked for 1.30am.", [("1.30am", 1, 1, 30)]),
    ("Are you coming to ours for {H}?\nYes! We'll stay til 2am tho", [("2am", 1, 2, 0)]),
    ("{H} at the club! fireworks at midnight, bar open til 1am", [("midnight", 0, 24, 0), ("1am", 1, 1, 0)]),
    ("Hi Ms Ahmed, thanks for booking the bunkhouse for {H}.\nThe common room is yours til 1am and there are fireworks "
     "over the lake at midnight.", [("1am", 1, 1, 0), ("midnight", 0, 24, 0)]),
    ("Sorted for {H}? I'm picking the kids up from the party at half 12", [("half 12", 1, 0, 30)]),
]
DEC_NAMES = ["New Year's Eve", "NYE", "Hogmanay", "new years eve"]
NOV_NAMES = ["Bonfire Night", "bonfire night"]


def _want(day: date, off: int, h: int, m: int):
    return _midnight(day) if h == 24 else time_on(day + timedelta(days=off), h, m)


def test_the_clocks_of_a_night_holiday_named():
    cases = []
    for refs, names, spec in ((DEC_REFS, DEC_NAMES, (12, 31)), (NOV_REFS, NOV_NAMES, (11, 5))):
        for ref in refs:
            day = date(ref.year, *spec)
            if day < ref:
                continue
            for frame, wants in NIGHT_FRAMES:
                for name in names:
                    text = frame.format(H=name)
                    if text[0].islower():
                        text = text[0].upper() + text[1:]
                    for expr, off, h, m in wants:
                        cases.append((text, ref, expr, _want(day, off, h, m)))
    check(cases)


# ---- 2. "see the new year in": the clocks of New Year's Eve's night --------------------------------------------------
NEW_YEAR_IN = [
    ("Is the common room free to see the new year in? We'll be quiet by half 12, promise!\n\nthe common room's yours til "
     "1am, there are fireworks over the lake at midnight", [("half 12", 1, 0, 30), ("1am", 1, 1, 0), ("midnight", 0, 24, 0)]),
    ("we're going up the hill to see in the new year. back by 2am", [("2am", 1, 2, 0)]),
    ("Fancy ringing in the new year at ours? Taxis at 1.30am.", [("1.30am", 1, 1, 30)]),
    ("Can the kids stay up to see the New Year in? We'll have them in bed by half 12", [("half 12", 1, 0, 30)]),
    ("bringing in the new year at the pier, fireworks at midnight then home for 1am", [("midnight", 0, 24, 0),
                                                                                     ("1am", 1, 1, 0)]),
]


def test_the_clocks_of_seeing_the_new_year_in():
    cases = []
    for ref in DEC_REFS:
        day = date(ref.year, 12, 31)
        for frame, wants in NEW_YEAR_IN:
            for expr, off, h, m in wants:
                cases.append((frame, ref, expr, _want(day, off, h, m)))
    check(cases)


# ---- 3. a weekday in a chat planning an occasion told with its days: the days leading to it ---------------------------
def _stamp(d: date, hh: int) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}, {hh:02d}:{(7 * hh) % 60:02d}:05 -"


def _occasions():
    """(first day, second day) of two-day occasions: every weekday, in July, at a month's end and over the year's turn."""
    out = []
    for start in (date(2026, 7, 27), date(2026, 9, 28), date(2027, 12, 27), date(2028, 2, 23)):
        for k in range(7):
            out.append(start + timedelta(days=k))
    return out


def _suf(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


GOING = [  # a message with a verb of going to the occasion before a weekday ({W}); expression written as {W}
    ("Dan: we can come {W} night to hold the spot", "{W} night", "NI"),
    ("Sue: we'll head down {W} after work", "{W}", ""),
    ("Kev: can we get there {W}? the kids are off", "{W}", ""),
    ("Dan: I'm driving up {W} with the tents", "{W}", ""),
    ("Mum: we're setting up {W} if the rangers let us", "{W}", ""),
]


def _head(o: date, told: date) -> str:
    o2 = o + timedelta(days=1)
    return (f"{_stamp(told, 10)} Mum: Right so the holiday is {WEEKDAY[o.isoweekday() - 1]} {o.day}{_suf(o.day)} and "
            f"{WEEKDAY[o2.isoweekday() - 1]} {o2.day}{_suf(o2.day)}, who's camping?\n")


def test_a_weekday_of_the_days_leading_to_the_occasion():
    cases = []
    for o in _occasions():
        for back in range(7, 14):
            m = o - timedelta(days=back)
            told = m - timedelta(days=1)
            for n in range(1, 8):
                want = o - timedelta(days=(o.isoweekday() - n) % 7 or 7)
                if n == o.isoweekday() or want <= m or next_weekday(m, n) == want:
                    continue   # (the occasion's own weekday; a day not after the message; the reading already the same)
                for i, (msg, expr, pod) in enumerate(GOING):
                    w = [WEEKDAY, SHORT][(i + back) % 2 if n < 6 else 0][n - 1]   # (bare "Sat", "Sun" are words as often)
                    text = _head(o, told) + f"{_stamp(m, 19)} " + msg.format(W=w) + "\n"
                    value = want.isoformat() + (f"T{pod}" if pod else "")
                    cases.append((text, m, expr.format(W=w), ("TIME" if pod else "DATE", value)))
    check(cases)


# ---- look-alikes: the tagger's reading stays ---------------------------------------------------------------------------
def test_half_12_with_no_night_named_and_the_phrase_out_of_season():
    cases = []
    for ref in DEC_REFS[:12] + [date(2026, 2, 10), date(2026, 6, 3)]:
        cases.append(("Can we do lunch Friday? I'm free from half 12", ref, "half 12",
                      time_on(next_weekday(ref, 5), 12, 30)))
    for ref in (date(2026, 2, 10), date(2026, 6, 3), date(2026, 10, 1)):
        cases.append(("We stayed up to see the new year in. Home by 2am and wrecked.", ref, "2am", time_on(ref, 2, 0)))
    check(cases)


OTHER_ERRAND = [
    ("Kev: I've got the dentist {W}", "{W}"),
    ("Sue: bins go out {W}, don't forget", "{W}"),
]


def test_a_weekday_of_another_errand_this_next_or_after_the_occasion():
    cases = []
    for o in _occasions():
        for back in (8, 11):
            m = o - timedelta(days=back)
            told = m - timedelta(days=1)
            for n in range(1, 8):
                if n in (o.isoweekday(), o.isoweekday() % 7 + 1, m.isoweekday()):
                    continue   # (the occasion's own weekdays, named with their dates: that day, §137; the message's own)
                w = WEEKDAY[n - 1]
                for msg, expr in OTHER_ERRAND:
                    text = _head(o, told) + f"{_stamp(m, 19)} " + msg.format(W=w) + "\n"
                    cases.append((text, m, expr.format(W=w), ("DATE", next_weekday(m, n).isoformat())))
                text2 = _head(o, told) + f"{_stamp(m, 19)} Dan: we can come this {w} to hold the spot\n"
                cases.append((text2, m, f"this {w}", ("DATE", next_weekday(m, n).isoformat())))
                # (merge mend) "coming Tuesday week": a weekday a week on keeps its week (informal23-blind A's oven engineer)
                text3 = _head(o, told) + f"{_stamp(m, 19)} Sue: the engineer is coming {w} week, between 7 and 9\n"
                cases.append((text3, m, f"{w} week", ("DATE", (next_weekday(m, n) + timedelta(days=7)).isoformat())))
        after = o + timedelta(days=3)
        told = o - timedelta(days=9)
        for n in range(1, 8):
            if n == after.isoweekday():
                continue
            w = WEEKDAY[n - 1]
            text = _head(o, told) + f"{_stamp(after, 19)} Dan: we can come {w} to pick up the tent\n"
            cases.append((text, after, w, ("DATE", next_weekday(after, n).isoformat())))
    check(cases)


def test_a_part_of_the_day_and_the_weekday_said_again():
    """"rangers don't let u set up til Wednesday morning" (a weekday and its part of the day after a verb of setting up),
    and the weekday said again a message on ("I'm working Weds til 5"): the day of the days leading to the occasion, its
    clock on it. (A day and its clock, "til Wednesday 6am", one expression of rule day_clock, is left: §144.)"""
    cases = []
    for o in _occasions():
        for back in range(8, 14):
            m = o - timedelta(days=back)
            told = m - timedelta(days=1)
            for n in range(2, 6):   # (bare "Mon" is left untagged by the tagger: a word as often in a Caribbean voice)
                want = o - timedelta(days=(o.isoweekday() - n) % 7 or 7)
                if n == o.isoweekday() or want <= m or next_weekday(m, n) == want:
                    continue
                text = (_head(o, told) + f"{_stamp(m, 19)} Sue: rangers don't let u set up til {WEEKDAY[n - 1]} morning\n"
                        + f"{_stamp(m, 20)} Dan: I'm working {SHORT[n - 1]} til 5\n")
                cases.append((text, m, f"{WEEKDAY[n - 1]} morning", ("TIME", want.isoformat() + "TMO")))
                cases.append((text, m, SHORT[n - 1], ("DATE", want.isoformat())))
                cases.append((text, m, "5", time_on(want, 17, 0)))
    check(cases)
