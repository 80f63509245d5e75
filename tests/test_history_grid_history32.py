"""history32's grid (docs/timeml-conventions.md, "Histories, thirty-first session: history32"): a year of THREE
digits told alone, where it ends its clause, in a text that names no later time ("The Vikings raided Lindisfarne
in 793.", "The Tang dynasty ruled China from 618 to 907.", "The Battle of Tours was fought in October 732."). Before,
such a year was read only in a text that said elsewhere that it was of those times (a date BC or AD, an early
century, a year before 1300 in full): a one-sentence history, a timeline's line, a museum label's caption lost it.
TimeML writes a year of the first millennium with four digits (``0793``); a month of it ``0732-10``.

Negatives: the same numbers where they are no year -- a count with its noun ("in 300 days", "in 212 of the 300
districts"), a number that does not end its clause, a first or second person's number ("We stayed in 214.": a
room), and a text that names a later time (a year from 1300 in full, a weekday, a clock time: "in 350" there is a
count or an order number). Values are computed here from the numbers, never copied from the tagger.
"""
from __future__ import annotations

from datetime import date

from gridcheck import check

REFS = [date(2024, 5, 1), date(2025, 12, 31), date(2023, 1, 2)]
YEARS = [101, 212, 330, 476, 541, 622, 711, 732, 793, 800, 878, 907, 999]
MONTHS = ["January", "March", "May", "October", "December"]

# {Y} the year; the expression is the year itself
YEAR_FRAMES = [
    "The Vikings raided the monastery in {Y}.",
    "The Western Empire came to an end in {Y}, when the last emperor was deposed.",
    "Bede finished his history in {Y}; it was copied for centuries.",
    "The abbey was founded by the king before {Y}.",
    "The chronicle says the walls were finished in {Y} and the gates a year later.",
    "Museum label: Silver penny of King Offa, struck at Canterbury after {Y}.",
    "Timeline: the city was sacked by the Goths in {Y}.",
    "The cathedral school had been teaching since {Y}: its first master was a monk.",
    "The old Roman road was still in use until {Y}.",
]


def _y(n: int) -> str:
    return f"{n:04d}"


def cases():
    out = []
    for ref in REFS:
        for y in YEARS:
            for f in YEAR_FRAMES:
                out.append((f.format(Y=y), ref, str(y), ("DATE", _y(y))))
            # a span of two such years: both ends (a span into a year of four digits, "from 794 to 1185", is
            # left open: another rule reads it and loses the first)
            z = y + 89
            if z > 999:
                continue
            out.append((f"The dynasty ruled the kingdom from {y} to {z}.", ref, str(y), ("DATE", _y(y))))
            out.append((f"The dynasty ruled the kingdom from {y} to {z}.", ref, str(z), ("DATE", _y(z))))
            for k, mon in enumerate(MONTHS):
                out.append((f"The battle was fought in {mon} {y}.", ref, f"{mon} {y}",
                            ("DATE", f"{_y(y)}-{['01', '03', '05', '10', '12'][k]}")))
    return out


NEGATIVES = [
    "The shares rose in 300 days.",
    "Unemployment fell in 212 of the 300 districts.",
    "We stayed in 214.",
    "I'm in 312, come up when you're ready.",
    "Our table was booked in 120 and we moved after lunch.",
    "The order was shipped in 350 and arrived on Monday.",
    "In 2019 the parcel was stored in 412.",
    "The train left at 9am and the carriage was filled in 140.",
    "The delegates met in 301 for the afternoon session on Tuesday.",
    "Turnout fell in 622 constituencies.",
    "He won by 212.",
    "Highs were in the 100s all week.",
    "Prices were in the 300s.",
    "The army was outnumbered by 600.",
    "The bill passed by 312, with two abstentions.",
]


# (history32, second class) a short decade after a full one of another century: "the 1850s and 60s", "the
# 1840s and '50s", "the 1920s and '30s" (the second decade is of the first one's century; before, every
# short decade was of the 1900s: "the 1850s and 60s" gave 196); and a decade of three digits with "the"
# ("the 890s", "the late 470s": 089, 047)
DECADE_FRAMES = [
    "The town grew fastest in the {A} and {B}.",
    "Cotton boomed in the {A} and {B}, when the mills multiplied.",
    "Between the {A} and the {B} the parish doubled.",
    "From the {A} to the {B} the port was never busier.",
]


def decade_cases():
    out = []
    for ref in REFS[:2]:
        for c in (15, 16, 17, 18, 19):
            for d in range(1, 8):
                a, b = c * 100 + d * 10, c * 100 + (d + 1) * 10
                for short in (f"{(d + 1) * 10}s", f"'{(d + 1) * 10}s", f"’{(d + 1) * 10}s"):
                    for f in DECADE_FRAMES:
                        expr = f"the {short}" if "the {B}" in f else short
                        out.append((f.format(A=f"{a}s", B=short), ref, expr, ("DATE", f"{b // 10:03d}")))
        for y in (110, 230, 470, 540, 790, 890, 960):
            out.append((f"The raids grew worse in the {y}s.", ref, f"the {y}s", ("DATE", f"{y // 10:03d}")))
            out.append((f"In the late {y}s the emperor fell.", ref, f"the late {y}s", ("DATE", f"{y // 10:03d}")))
    return out


# (history32, third class) "a year and a half later", "a century and a half ... ": an offset with a half (rule
# offset_half: "and a half" after the unit) from a story date told to the month or the day is a point, the year
# reached (as "two years later" is); from a year alone ("In 1603 ... a year and a half later": 1604 or 1605) it is
# left a length
HALF_OPENINGS = [date(1848, 3, 1), date(1603, 11, 24), date(1916, 7, 1), date(1775, 6, 30), date(1939, 12, 31), date(1066, 1, 5)]
HALF_STORIES = [
    ("In {M} the rebels took the capital. {F} they surrendered.", "month"),
    ("On {D} the treaty was signed. {F} it was broken.", "day"),
]


def half_cases():
    out = []
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]
    for ref in REFS[:2]:
        for o in HALF_OPENINGS:
            for story, _grain in HALF_STORIES:
                for n, word in ((1, "A year and a half later"), (2, "Two years and a half later"), (3, "Three years and a half later")):
                    k = o.year * 12 + o.month - 1 + n * 12 + 6
                    text = story.format(M=f"{months[o.month - 1]} {o.year}", D=f"{o.day} {months[o.month - 1]} {o.year}", F=word)
                    out.append((text, ref, word, ("DATE", f"{k // 12:04d}")))
    return out


def test_history32_grid():
    check(cases())


def test_history32_half_grid():
    check(half_cases())


def test_history32_decade_grid():
    check(decade_cases())


def test_history32_grid_negatives():
    for ref in REFS:
        check([(t, ref, n, None) for t in NEGATIVES for n in __import__("re").findall(r"(?<!\d)[1-9]\d\d(?!\d)", t)])


def test_history32_grid_size():
    assert len(cases()) >= 500 and len(decade_cases()) >= 500
