"""A day of the month said alone in e-mails and chats (thirty-seventh session, dom38; docs/informal-time.md §152): its
month is that of the last date named near it when the day fits it ("We close Dec 19 to Dec 27 inclusive ... We reopen
the 28th at 11."), else the month of the day of writing or the one before or after by the clause's tense ("I fly back
the 27th", "we were there on the 3rd"); a day in brackets after a weekday ("the fleet goes out Monday (the 27th)",
"orders by next Friday (19th)") is the day on which the two agree, and so is the weekday; a day said again after a
message named it ("Can you do Friday the 8th? / Works for me. The 8th it is", "my birthday is on the 21st / omg u
remembered the 21st yes!!") is the day named. Ordinals that are no days stay untagged ("the 8th floor", "8th place",
"his 40th", "the 3rd time", "my 2nd", "the 5th one").

Sentences written for this file from the grammar of §152 in a business notice's, a club's, a parent's, a friend's and
a teenager's voices (UK, Irish, US, Australian); the days of writing every day of a March 2026 week, month ends, year
ends, a February of a common year and a leap day. Every value is computed here from the calendar, never read from the
tagger.
"""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import DAYS, MON, MONTH, WEEKDAY, check, check_untagged
from gridcheck import date_value as _d

REFS = [date(2026, 3, 2) + timedelta(days=i) for i in range(7)] + [
    date(2025, 11, 30), date(2025, 12, 31), date(2026, 1, 31), date(2026, 2, 27), date(2028, 2, 28), date(2028, 2, 29),
    date(2026, 6, 30), date(2026, 9, 15)]


def nth(n: int) -> str:
    """"1st", "2nd", "3rd", "4th", "11th", "21st" ..."""
    sfx = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{sfx}"


def month_after(d: date, k: int = 1) -> tuple[int, int]:
    y, m = divmod(d.year * 12 + d.month - 1 + k, 12)
    return y, m + 1


# --- 1. a day in brackets after a weekday: both the day on which they agree --------------------------------------------
BRACKET_FRAMES = ["weather permitting the fleet goes out {X}", "Last day for cake orders is {X}.",
                  "Bins are going out {X} instead due to the bank holiday", "we'll do the handover {X} if that suits",
                  "Mam's coming up {X}, can't wait", "Practice moved to {X} fyi"]


def _bracket_forms(day: date, k: int) -> list[tuple[str, str, str]]:
    """(phrase, the weekday's expression, the day's expression) for a weekday ``k`` days after the day of writing."""
    wd, short, n = WEEKDAY[day.weekday()], DAYS[day.weekday()], nth(day.day)
    forms = [(f"{wd} (the {n})", wd, f"the {n}"), (f"{wd} ({n})", wd, n), (f"{short} ({n})", short, n),
             (f"next {wd} ({n})", f"next {wd}", n)]
    if k <= 6:
        forms.append((f"this {wd} (the {n})", f"this {wd}", f"the {n}"))
    return forms


def test_a_day_in_brackets_after_a_weekday():
    cases = []
    for ref in REFS:
        for k in range(1, 14):
            day = ref + timedelta(days=k)
            for frame in BRACKET_FRAMES:
                for phrase, wexpr, dexpr in _bracket_forms(day, k):
                    text = frame.format(X=phrase)
                    cases.append((text, ref, wexpr, _d(day)))
                    cases.append((text, ref, dexpr, _d(day)))
    check(cases)


PAST_BRACKET_FRAMES = ["we went out last {wd} ({n}) and loved it", "The quiz on {wd} (the {n}) was a great night, thanks all"]


def test_a_past_day_in_brackets_after_a_weekday():
    cases = []
    for ref in REFS:
        for k in range(1, 8):
            day = ref - timedelta(days=k)
            wd, n = WEEKDAY[day.weekday()], nth(day.day)
            for frame in PAST_BRACKET_FRAMES:
                text = frame.format(wd=wd, n=n)
                dexpr = n if "({n})" in frame else f"the {n}"
                cases.append((text, ref, dexpr, _d(day)))
    check(cases)


# --- 2. an echo of a day a message just named --------------------------------------------------------------------------
ECHO_THREADS = ["Can you do {wd} the {n}?\nWorks for me. The {n} it is",
                "can u do {mon} {d}?\nthe {n} it is then",
                "Are you free {wd} the {n}?\nyep the {n} works, see you then",
                "What about {wd} the {n}?\nPerfect. The {n} then x",
                "my birthday is on the {n}\nomg u remembered 🥹 the {n} yes!!",
                "Our anniversary's on the {n}\ndeal, the {n} it is"]


def test_an_echo_of_a_day_named():
    cases = []
    for ref in REFS:
        for k in range(2, 21):
            day = ref + timedelta(days=k)
            n, wd, mon = nth(day.day), WEEKDAY[day.weekday()], MON[day.month - 1]
            for frame in ECHO_THREADS:
                text = frame.format(wd=wd, n=n, mon=mon, d=day.day)
                first = text.index("\n")
                # the echo: the second message's day (the first occurrence after the message break)
                cases.append((text, ref, text[first + 1:][text[first + 1:].lower().index(f"the {n}"):][:len(f"the {n}")],
                              _d(day)))
    check(cases)


# --- 3. the month of the last date named: a closing and a reopening ----------------------------------------------------
CLOSE_FRAMES = ["We close {M} {a} to {M} {b} inclusive, so nothing those days. We reopen the {c} at 11.",
                "Hi all,\nThe office is closed from {WA} {a} {Month} until {WB} {b} {Month}.\nWe reopen on the {c} at 9am.\nThanks, Sue",
                "Closed {na} - {nb} {Month}. Back open the {c}!",
                "We're closed over the holidays, {M} {a} to {b}. Reopening the {c} at 11am.",
                "Our dates in {Month} are {WA} {na} and {WB} {nb}. Let's do Mondays and Thursdays from the {c} then."]


def test_the_month_of_the_last_date_named():
    cases = []
    for ref in REFS:
        for k in (1,):   # (the month after next: left, §152 -- it lowered three never-read sets)
            y, m = month_after(ref, k)
            for a, b in ((4, 9), (12, 18), (19, 27)):
                da, db, dc = date(y, m, a), date(y, m, b), date(y, m, b + 1)
                for frame in CLOSE_FRAMES:
                    if "{WA}" in frame and any(
                            (t := date(ref.year, ref.month, x) if x <= 28 else None) is not None and t.weekday() == w.weekday()
                            for x, w in ((a, da), (b, db))):
                        continue   # (a weekday and its day the month of writing has too: which month it is, left, §152)
                    text = frame.format(M=MON[m - 1], Month=MONTH[m - 1], a=a, b=b, na=nth(a), nb=nth(b), c=nth(b + 1),
                                        WA=WEEKDAY[da.weekday()], WB=WEEKDAY[db.weekday()])
                    cases.append((text, ref, f"the {nth(b + 1)}", _d(dc)))
    check(cases)


# --- 4. no month near: the clause's tense ------------------------------------------------------------------------------
FORWARD_FRAMES = ["I fly back the {n}, can't wait", "We reopen on the {n} at 10", "Let's do Tuesdays from the {n} then.",
                  "she's back on the {n} x"]
BACK_FRAMES = ["It was on the {n}, I think", "we were there on the {n} and it was grand", "Mine came on the {n}."]


def _next_mday(ref: date, n: int) -> date:
    return next(d for k in range(3) for y, m in (month_after(ref, k - 0),) if (d := date(y, m, n)) > ref)


def _last_mday(ref: date, n: int) -> date:
    return next(d for k in range(3) for y, m in (month_after(ref, -k),) if (d := date(y, m, n)) < ref)


def test_a_bare_day_by_the_tense():
    cases = []
    for ref in REFS:
        for n in (1, 3, 8, 11, 14, 19, 23, 27):
            if abs(n - ref.day) < 2:
                continue   # (the day of writing or the day beside it: what "the Nth" leans to there is not this grid's)
            for frame in FORWARD_FRAMES:
                cases.append((frame.format(n=nth(n)), ref, f"the {nth(n)}", _d(_next_mday(ref, n))))
            for frame in BACK_FRAMES:
                cases.append((frame.format(n=nth(n)), ref, f"the {nth(n)}", _d(_last_mday(ref, n))))
    check(cases)


# --- 5. ordinals that are no days --------------------------------------------------------------------------------------
LOOK_ALIKES = [
    ("we're on the 8th floor, lift's broken", ["the 8th", "8th"]), ("she came 8th place in the 5k", ["8th"]),
    ("it's his 40th on Saturday", ["40th", "his 40th"]), ("that's the 3rd time this week", ["the 3rd"]),
    ("the 21st century is wild", ["21st", "the 21st"]), ("my 2nd go was better", ["2nd"]),
    ("I prefer the 5th one tbh", ["the 5th"]),
    ("Can you do Friday the 8th?\nwe're on the 8th floor btw", ["the 8th"]),
    ("my birthday is on 21 March\nI liked the 21st one best", ["the 21st"]),
    ("Can you do Friday the 8th?\nHenry the 8th it is, for the costume", ["the 8th"]),
    ("Can you do Friday the 8th?\nwe finished the 8th yes", ["the 8th"]),
    ("team photo Friday (2 people missing)", ["2"]), ("Saturday (3rd place) was tough", ["3rd"]),
]


def test_look_alikes_stay_untagged():
    check_untagged(LOOK_ALIKES, REFS)
