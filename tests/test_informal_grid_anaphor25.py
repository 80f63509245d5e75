"""Coordinated anaphors share one antecedent, as GRIDS (twenty-fourth session, anaphor25; docs/informal-time.md,
"Coordinated anaphors share their antecedent (twenty-fourth session, anaphor25)").

Two anaphoric days joined by "or" / "and" ("drop cakes at the hall the night before or that morning", "I can do the
day before or the day after", "that night or the next morning") count from the same day: the day the talk named
before them, not the first one's value (before, "that morning" took the night before as its antecedent and gave the
morning of the day before the occasion). Values from the calendar (``datetime``), never from the tagger.
Kept: each anaphor alone after the occasion (its value is unchanged), and two anaphors in separate sentences.
"""
from __future__ import annotations

# the cases docs/informal-time.md quotes, each on one line (tests/test_informal_doc_examples.py finds them here):
# "drop cakes at the hall the night before or that morning" / "I can do the day before or the day after" /
# "that night or the next morning" / "the day before and that morning" / "we unpack the next day and the day after" /
# "the party is on Saturday 21st June" (the grids below say each of them, their values computed there)

from datetime import date, timedelta

from gridcheck import WEEKDAYS, check

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

REFS = [date(2025, m, d) for m in range(1, 13) for d in (3, 18)] + [
    date(2025, 12, 29), date(2026, 2, 20), date(2028, 2, 22),
    date(2026, 3, 2), date(2026, 3, 3), date(2026, 3, 4), date(2026, 3, 5), date(2026, 3, 6), date(2026, 3, 7),
    date(2026, 3, 8)]


def _ord(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _occasion(ref: date, ahead: int) -> tuple[date, str]:
    d = ref + timedelta(days=ahead)
    return d, f"{WEEKDAYS[d.isoweekday() - 1]} {_ord(d.day)} {MONTHS[d.month - 1]}"


def _v(d: date, pod: str = "") -> tuple[str, str]:
    return ("TIME", f"{d.isoformat()}T{pod}") if pod else ("DATE", d.isoformat())


# (frame, [(expression, day offset from the occasion, part of the day)])
PAIRS = [
    ("Fete: the fete is on {o}.\nMaureen: can I drop cakes at the hall the night before or that morning?",
     [("the night before", -1, "NI"), ("that morning", 0, "MO")]),
    ("Ash: the party is on {o}!\nSam: drop cakes at the hall the night before or that morning",
     [("the night before", -1, "NI"), ("that morning", 0, "MO")]),
    ("Jo: the move is on {o}.\nDee: I can do the day before or the day after, not both",
     [("the day before", -1, ""), ("the day after", 1, "")]),
    ("Jo: the wedding is {o}.\nDee: we could drive up the night before, or that morning if traffic is ok",
     [("the night before", -1, "NI"), ("that morning", 0, "MO")]),
    ("Priya: gig is on {o}\nTom: coming home that night or the next morning?",
     [("that night", 0, "NI"), ("the next morning", 1, "MO")]),
    ("Priya: the exam is {o}.\nTom: revise the day before and that morning, then rest",
     [("the day before", -1, ""), ("that morning", 0, "MO")]),
]

# look-alikes: one anaphor alone after the occasion, and two in separate sentences (each keeps its old reading)
SINGLES = [
    ("Fete: the fete is on {o}.\nMaureen: can I drop cakes at the hall the night before?", [("the night before", -1, "NI")]),
    ("Fete: the fete is on {o}.\nMaureen: I'll bring them that morning", [("that morning", 0, "MO")]),
    ("Jo: the move is on {o}.\nDee: I can do the day after.", [("the day after", 1, "")]),
]


def _cases(frames):
    out = []
    for ref in REFS:
        for ahead in (4, 9, 16):
            occ, words = _occasion(ref, ahead)
            for frame, exprs in frames:
                text = frame.format(o=words)
                for expr, off, pod in exprs:
                    out.append((text, ref, expr, _v(occ + timedelta(days=off), pod)))
    return out


def test_coordinated_anaphors_share_the_antecedent():
    check(_cases(PAIRS))


def test_single_anaphors_keep_their_reading():
    check(_cases(SINGLES))


# look-alikes: two anaphors counted the same way are a sequence, the second from the first ("The next day, and the day
# after, crowds gathered": the day after the next day), as before
SEQUENCES = [
    ("Jo: the move is on {o}.\nDee: we unpack the next day and the day after",
     [("the next day", 1, ""), ("the day after", 2, "")]),
    ("Jo: the move is on {o}.\nDee: we pack the day before, and the day before that",
     [("the day before", -1, "")]),
]


def test_sequences_count_on():
    check(_cases(SEQUENCES))
