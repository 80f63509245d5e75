"""Expressions missed and expressions tagged that are none, by the English behind them (twenty-first session,
recall22; docs/informal-time.md, the section on recall22). The kinds come from reading the misses and the spurious
tags of the readable A halves (`benchmarks/missed.py`); the sentences here are written for this file, in many
voices, and every value is computed here from the calendar, never read from the tagger.

1. "I'm free most evenings", "Available mornings Mon-Fri", "Evenings after 6 or weekends": a part of the day in the
   plural after a word of being free, or before the hour that bounds it, is that part of every day (SET
   XXXX-XX-XXTEV); not a shift's name ("I work nights", "I'm on nights"), "two free nights at the hotel", "nights
   out", "the mornings are cold".
2. "Term-time only.\\n1 hr sessions": a length at the start of a line after a line that ends with a full stop,
   a comma or a digit (a "$" that matched before the newline had read it as a decimal's tail).
3. "I got that tip years ago from an old farmer": "ago from" is the vague past ("back from" stays a return).
4. "replace it before winter", "shut till summer", "free for the whole summer": a season after "before", "till",
   "til", with "the whole"/"the entire", in a plan: the coming one; the winter named by the year of its January.
5. "every single day": the intensifier changes no period.
6. Look-alikes kept untagged: a sentence's "Now," that turns the talk, "my 18 month old" (a child, not a length).
7. "let us in the day before from 2pm", "a spare for the night before in Manchester", "stops go in the week before
   apparently": the day (night, week) before or after the date just told, before a preposition or an adverb that
   ends its phrase; not "the day before we left" (an event's clause, another rule's).
"""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from gridcheck import check as _check, found as _found

# every day of a week (Mon 2 June 2025 ..), month and quarter ends, a leap day, a year's turn, other years' days
REFS = [date(2025, 6, 2) + timedelta(days=i) for i in range(7)] + [
    date(2025, 3, 31), date(2025, 12, 31), date(2024, 2, 29), date(2025, 2, 28), date(2026, 1, 24), date(2023, 10, 31),
    date(2027, 8, 1), date(2024, 12, 30), date(2026, 9, 21)]

# ---- 1. a part of the day in the plural: every morning (evening, night...) -----------------------------------
PODS = {"mornings": "MO", "afternoons": "AF", "evenings": "EV", "nights": "NI"}
POD_FRAMES = [
    "I'm free most {p} after the 9th",
    "we're free {p} if that helps",
    "Available {p} Mon-Fri, plus some weekends.",
    "can't do days, I'm only available {p}",
    "she's free some {p}, ask her",
    "Tutor available weekday {p}, message me",
]
# a shift's name after a verb of working: the informal gold leaves it untagged (10 of 12 in the A halves)
SHIFT_FRAMES = [
    "for people asking, I work {p} at a care home",
    "I'm on {p} all next week",
    "he does {p} at the hospital this month",
    "ive been doing {p} since march lol",
]
BOUND_FRAMES = [
    "Collection only, Hove. {P} after 6 or weekends.",
    "{P} after 7 are best for a call",
    "{P} before 10 only please, the baby sleeps",
    "Viewing {p} from 6, message first",
]


@pytest.mark.parametrize("frame", POD_FRAMES + BOUND_FRAMES)
def test_pod_plural_set(frame):
    cases = []
    for ref in REFS[::3]:
        for p, code in PODS.items():
            text = frame.format(p=p, P=p.capitalize())
            expr = p.capitalize() if "{P}" in frame else p
            cases.append((text, ref, expr, ("SET", f"XXXX-XX-XXT{code}")))
    _check(cases)


def test_pod_plural_look_alikes():
    for ref in REFS[::4]:
        for frame in SHIFT_FRAMES:
            for p in PODS:
                assert _found(frame.format(p=p), ref, p) is None, (frame, p, ref)
        for text, e in [("we got two free nights at the hotel", "nights"), ("3 free evenings with the voucher", "evenings"),
                        ("the mornings are cold now", "mornings"), ("long nights in the library again", "nights"),
                        ("I work nights out of town", "nights"), ("Arabian Nights is on at the theatre", "Nights"),
                        ("mornings are the worst", "mornings")]:
            assert _found(text, ref, e) is None, (text, ref)


# ---- 2. a length at the start of a line after a full stop, a comma or a digit --------------------------------
UNITS = [("min", "PT{n}M"), ("mins", "PT{n}M"), ("hr", "PT{n}H"), ("hrs", "PT{n}H"), ("hour", "PT{n}H"),
         ("hours", "PT{n}H"), ("day", "P{n}D"), ("days", "P{n}D"), ("wk", "P{n}W"), ("weeks", "P{n}W")]
LINE_FRAMES = [
    "Term-time only.\n{n} {u} sessions, £35.",
    "Available mornings, plus Thurs eves.\n{n} {u} solo walk £9",
    "Prices from £40,\n{n} {u} minimum",
    "Room 12\n{n} {u} to set up, be early",
    "Done!\n{n} {u} of work and it finally runs",
]


@pytest.mark.parametrize("frame", LINE_FRAMES)
def test_length_at_a_line_start(frame):
    cases = []
    for ref in REFS[::5]:
        for n in (1, 2, 3, 30, 45):
            for u, pat in UNITS:
                if n == 1 and u.endswith("s"):
                    continue
                cases.append((frame.format(n=n, u=u), ref, f"{n} {u}", ("DURATION", pat.format(n=n))))
    _check(cases)


def test_decimal_tail_still_no_length():
    # the guard the "\Z" keeps: "12.5 hours" is one length, never "5 hours"; "£5 hours" no length either
    for ref in REFS[::4]:
        assert _found("shift was 12.5 hours today", ref, "5 hours") is None
        assert _found("1,000 hours in this game", ref, "000 hours") is None


# ---- 3. "ago from": the vague past ---------------------------------------------------------------------------
AGO_FRAMES = [
    "best tip I got {u} ago from an old boy at the mart",
    "I heard it {u} ago from a mate",
    "bought it {u} ago from a guy on marketplace",
]


@pytest.mark.parametrize("frame", AGO_FRAMES)
def test_ago_from(frame):
    cases = [(frame.format(u=u), ref, f"{u} ago", ("DATE", "PAST_REF"))
             for ref in REFS for u in ("days", "weeks", "months", "years")]
    _check(cases)


def test_back_from_is_a_return():
    for ref in REFS[::4]:
        assert _found("he came weeks back from the trip", ref, "weeks back") is None


# ---- 4. seasons after "before", "till", "all"; "the whole summer" --------------------------------------------
SEASON_MONTHS = {"spring": (3, 4, 5), "summer": (6, 7, 8), "autumn": (9, 10, 11), "winter": (12, 1, 2)}
CODES = {"spring": "SP", "summer": "SU", "autumn": "FA", "winter": "WI"}


def _season_year(d: date, s: str) -> int:
    """The year that names the season holding ``d`` (a winter by the year of its January)."""
    return d.year + 1 if s == "winter" and d.month == 12 else d.year


def _current_or_next(ref: date, s: str) -> str:
    """The season now under way, or the next one to come."""
    d = ref
    while d.month not in SEASON_MONTHS[s]:
        d = (d.replace(day=1) + timedelta(days=32)).replace(day=1)
    return f"{_season_year(d, s)}-{CODES[s]}"


FORWARD_FRAMES = [
    ("battery's weak, replace it before {s}", "{s}"),
    ("the outdoor pool is shut till {s}", "{s}"),
    ("we won't finish the extension til {s} now", "{s}"),
    ("last exam the 14th then i'm free for the whole {s}", "the whole {s}"),
    ("we're booked up for the entire {s} already", "the entire {s}"),
]
@pytest.mark.parametrize("frame", FORWARD_FRAMES)
def test_season_forward(frame):
    text_f, expr_f = frame
    cases = []
    for ref in REFS:
        for s in ("spring", "summer", "autumn", "winter"):
            if ref.month in SEASON_MONTHS[s]:
                continue   # said inside the season: this one, or the next? the words do not tell
            cases.append((text_f.format(s=s), ref, expr_f.format(s=s), ("DATE", _current_or_next(ref, s))))
    _check(cases)


def test_all_season_left():
    # "do people really go in all winter?": a season of every year (the gold leaves it); "all" is no cue
    for ref in REFS[::4]:
        assert _found("do people really go in all winter?", ref, "winter") is None


# ---- 5. "every single day" ------------------------------------------------------------------------------------
def test_every_single():
    cases = [(f"me, every single {u} on the bus", ref, f"every single {u}", ("SET", v))
             for ref in REFS[::3] for u, v in (("day", "P1D"), ("week", "P1W"), ("month", "P1M"), ("morning", "XXXX-XX-XXTMO"))]
    _check(cases)


# ---- 6. look-alikes kept untagged -----------------------------------------------------------------------------
def test_look_alikes_untagged():
    for ref in REFS[::2]:
        for text, e in [("Now, some dates for your diaries.", "Now"),
                        ("The knee is no better. Now, the bells you can hear ring on the hour.", "Now"),
                        ("my 18 month old woke at 3am AGAIN", "18 month"),
                        ("our 3 year old loves the new park", "3 year")]:
            assert _found(text, ref, e) is None, (text, ref)
        # the "now" that tells the time stays
        assert _found("Now the rain has stopped, let's go", ref, "Now") == ("DATE", "PRESENT_REF")
        assert _found("we're done now, thanks", ref, "now") == ("DATE", "PRESENT_REF")
        assert _found("she is 18 months old now", ref, "18 months") == ("DURATION", "P18M")


# ---- 7. "the day before from 2pm", "the night before in Manchester", "the week before apparently" ------------
BEFORE_AFTER_FRAMES = [
    ("The wedding is on {d}. The team let us in the {w} {dir} from 2pm to set up.", ("day", "night")),
    ("The party's on {d}. I've got a spare room for the {w} {dir} in Manchester if that's any use", ("day", "night", "week")),
    ("The bus station shuts on {d}, temporary stops go in the {w} {dir} apparently", ("day", "week")),
    ("exam is {d}, then the {w} {dir} just review", ("day", "week")),
    ("Gran arrives on {d} and Tom comes the {w} {dir} tho", ("day", "night", "week")),
]


def _before_after_want(d: date, w: str, sign: int):
    if w == "week":
        y, wk, _ = (d + timedelta(days=7 * sign)).isocalendar()
        return ("DATE", f"{y}-W{wk:02d}")
    day = d + timedelta(days=sign)
    return ("TIME", f"{day.isoformat()}TNI") if w == "night" else ("DATE", day.isoformat())


@pytest.mark.parametrize("frame", BEFORE_AFTER_FRAMES)
def test_day_before_after_follower(frame):
    text_f, whats = frame
    cases = []
    for ref in REFS:
        for ahead in (9, 23, 40):
            d = ref + timedelta(days=ahead)
            told = f"{d.day} {d:%B} {d.year}"
            for w in whats:
                for dir_, sign in (("before", -1), ("after", 1)):
                    cases.append((text_f.format(d=told, w=w, dir=dir_), ref, f"the {w} {dir_}", _before_after_want(d, w, sign)))
    _check(cases)


# ---- the section's quoted cases, said on Wednesday 4 June 2025 ------------------------------------------------
W = date(2025, 6, 4)
SECTION = [
    ("can't do days, I'm only available nights", "nights", ("SET", "XXXX-XX-XXTNI")),
    ("I'm free most mornings after the 9th", "mornings", ("SET", "XXXX-XX-XXTMO")),
    ("Collection only, Hove. Evenings after 6 or weekends.", "Evenings", ("SET", "XXXX-XX-XXTEV")),
    ("Available mornings Mon-Fri, plus some weekends.", "mornings", ("SET", "XXXX-XX-XXTMO")),
    ("Viewing evenings from 6, message first", "evenings", ("SET", "XXXX-XX-XXTEV")),
    ("the outdoor pool is shut till summer", "summer", ("DATE", "2025-SU")),
    ("Term-time only.\n1 hr sessions, £35.", "1 hr", ("DURATION", "PT1H")),
    ("best tip I got years ago from an old boy at the mart", "years ago", ("DATE", "PAST_REF")),
    ("battery's weak, replace it before winter", "winter", ("DATE", "2026-WI")),
    ("last exam the 14th then i'm free for the whole summer", "the whole summer", ("DATE", "2025-SU")),
    ("me, every single day on the bus", "every single day", ("SET", "P1D")),
    ("The wedding is on 21 June 2025. The team let us in the day before from 2pm to set up.", "the day before",
     ("DATE", "2025-06-20")),
    ("The party's on Friday 21 November 2025. I've got a spare for the night before in Manchester", "the night before",
     ("TIME", "2025-11-20TNI")),
]


def test_section_cases():
    _check([(text, W, e, want) for text, e, want in SECTION])
