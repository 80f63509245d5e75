"""wikiwars34's grid (docs/timeml-conventions.md, "Histories, thirty-third session: wikiwars34"): the histories'
conventions for times counted from an event, measured on WikiWars train and applied in history mode.

1. **An offset from a history's event that is the only time of its sentence** ("Five days after the fall of
   Magdeburg, the Swedes crossed the Oder", "Liberty, Missouri was seized eight days after Fort Sumter") names the
   time it reaches: WikiWars' annotators write it as a DATE (10 of the 14 such offsets of its train half; the others
   lengths after "for", and a null), a day for
   days, the ISO week for weeks, the day a month on for months ("One month after Dien Bien Phu" 1954-06-07), the
   year for years; its extent, as WikiWars', takes in "after" / "before" and the event's phrase ("Five days after
   the fall of Magdeburg"). Before, the tagger gave the TimeML guidelines' DURATION "Five days" (P5D), placed where
   it leads.
2. **Kept**: the same offset beside a date of its own clause ("The convoy was ambushed on 24 June 1954, one month
   after Dien Bien Phu"), or after "for" ("marched for two weeks after the fall of Teruel"), measures the distance
   between two times: the DURATION, as the fresh history gold writes 33 of 33 such; in news the DURATION whatever
   the sentence (TimeBank 7 of 7, AQUAINT 3 of 5).
3. **"the previous century", "the following century" in a story told in years BC**: the century BC before or after
   the story's year ("The peace of 387 BC undid all the Greek gains of the previous century": BC04, as WikiWars
   writes it; before: XXXX); **"the same day" after a month BC** the story told: a day of that month
   (BC0479-06-XX, as WikiWars; before: XXXX-XX-XX).
4. **Kept shapes** that already follow WikiWars (checked before and after): "N units later" (the point, at the
   unit's grain), "The following year", "that summer", "the same year", "by the end of the year", decades,
   centuries, "the late 19th century", "within six months of the coup" (a length), "the first year of the war"
   (a length, WikiWars' "the first year of the American invasion" P1Y).

Values are computed here from the calendar (``datetime``, ``dateutil``), never copied from the tagger.
"""
from __future__ import annotations

from datetime import date, timedelta

from dateutil.relativedelta import relativedelta
from gridcheck import MONTH_NAMES, check, found
from gridcheck import dmy as _dmy, iso_day as _iso, mdy as _mdy

REFS = [date(2009, 12, 19), date(2024, 5, 1), date(2025, 12, 31)]
MONTHS = MONTH_NAMES


# (the story's opening, which tells a year; the sentence that dates the event, {D} its day; the event's phrase after
# "after" / "before"; the days it is dated on: its own and others of the era, month ends, a leap day, a year's turn)
EVENTS = [
    ("The Thirty Years' War had begun in 1618.", "Imperial troops stormed Magdeburg on {D}.", "the fall of Magdeburg",
     [date(1631, 5, 20), date(1631, 1, 31), date(1632, 2, 29)]),
    ("The Civil War had begun in 1861.", "Confederate batteries bombarded Fort Sumter on {D}.", "Fort Sumter",
     [date(1861, 4, 12), date(1861, 12, 31), date(1862, 6, 30)]),
    ("The revolution had been brewing since 1787.", "Crowds stormed the Bastille on {D}.", "the storming of the Bastille",
     [date(1789, 7, 14), date(1789, 10, 31), date(1790, 1, 1)]),
    ("The Norman duke had landed in 1066.", "William was crowned king at Westminster on {D}.",
     "the coronation at Westminster", [date(1066, 12, 25), date(1067, 3, 31), date(1068, 2, 29)]),
    ("The war in Indochina had begun in 1946.", "The garrison at Dien Bien Phu fell on {D}.", "Dien Bien Phu",
     [date(1954, 5, 7), date(1954, 1, 31), date(1953, 11, 20)]),
    ("Henry had reigned since 1154.", "Archbishop Becket was murdered at Canterbury on {D}.", "the murder at Canterbury",
     [date(1170, 12, 29), date(1170, 6, 14), date(1171, 2, 28)]),
    ("The empire had been at war since 1914.", "Tsar Nicholas abdicated at Pskov on {D}.", "the abdication at Pskov",
     [date(1917, 3, 15), date(1916, 12, 31), date(1917, 11, 7)]),
    ("The Korean War had begun in 1950.", "United Nations forces landed at Inchon on {D}.", "the landing at Inchon",
     [date(1950, 9, 15), date(1950, 8, 31), date(1951, 2, 28)]),
]

# (the offset as written, n, unit)
OFFSETS = [("Two days", 2, "D"), ("Five days", 5, "D"), ("Eight days", 8, "D"), ("A week", 1, "W"),
           ("Three weeks", 3, "W"), ("One month", 1, "M"), ("Six months", 6, "M"), ("A year", 1, "Y"),
           ("Two years", 2, "Y")]


def _reached(d: date, n: int, unit: str, sign: int) -> str:
    """The value of the time an offset reaches from the event's day: the day, the ISO week, the day a month on,
    the year."""
    if unit == "D":
        return _iso(d + timedelta(days=sign * n))
    if unit == "W":
        y, w, _ = (d + timedelta(weeks=sign * n)).isocalendar()
        return f"{y:04d}-W{w:02d}"
    if unit == "M":
        return _iso(d + relativedelta(months=sign * n))
    return f"{d.year + sign * n:04d}"


def _length(n: int, unit: str) -> str:
    return f"P{n}{unit}"


def _story(lead: str, dating: str, d: date, fmt) -> str:
    return f"{lead} {dating.format(D=fmt(d))}"


def _frame_cases():
    """1: the offset alone in its sentence, opening it or closing its clause, after and before: the DATE reached."""
    for lead, dating, phrase, days in EVENTS:
        for d in days:
            for fmt in (_dmy, _mdy):
                story = _story(lead, dating, d, fmt)
                for written, n, unit in OFFSETS:
                    for word, sign in (("after", 1), ("before", -1)):
                        want = ("DATE", _reached(d, n, unit, sign))
                        yield (f"{story} {written} {word} {phrase}, the army moved north.", REFS[0],
                               f"{written} {word} {phrase}", want)
                        low = written[0].lower() + written[1:]
                        yield (f"{story} The envoys reached the capital {low} {word} {phrase}.", REFS[1],
                               f"{low} {word} {phrase}", want)


def _kept_length_cases():
    """2: beside a date of its clause, or after "for": the DURATION (the fresh history gold)."""
    for lead, dating, phrase, days in EVENTS:
        for d in days:
            story = _story(lead, dating, d, _dmy)
            for written, n, unit in OFFSETS:
                low = written[0].lower() + written[1:]
                later = d + timedelta(days=400)
                yield (f"{story} The convoy was ambushed on {_dmy(later)}, {low} after {phrase}.", REFS[2], low,
                       ("DURATION", _length(n, unit)))
                yield (f"{story} The army held the river for {low} after {phrase}.", REFS[0], low,
                       ("DURATION", _length(n, unit)))


# 2 (news): a news story's offset from its event stays the length (TimeBank, AQUAINT)
NEWS = [
    ("Voters went to the polls on Saturday. Two days after the vote, the president resigned, officials said on "
     "Tuesday.", date(2024, 5, 1), "Two days", ("DURATION", "P2D")),
    ("Police arrested the mayor on 20 April. Five days after the arrest, he was released, the court said on Monday.",
     date(2024, 5, 1), "Five days", ("DURATION", "P5D")),
    ("The bridge collapsed on Monday. A week after the collapse, engineers are still searching the river, the "
     "council said today.", date(2025, 12, 31), "A week", ("DURATION", "P1W")),
]


def _bc_century_cases():
    """3: "the previous / following century" from a year BC: the century BC before or after it."""
    stories = [("The King's Peace of {Y} BC undid all the Greek gains of the previous century.", -1, "the previous century"),
               ("Carthage was destroyed in {Y} BC. In the following century, Rome fought its civil wars.", 1,
                "the following century"),
               ("Athens surrendered to Sparta in {Y} BC. The next century saw the rise of Macedon.", 1,
                "The next century")]
    for y in (387, 404, 146, 480, 250, 333, 610):
        for text, off, expr in stories:
            c = (y - 1) // 100 - off   # the TIDES century BC: 4th century BC (400-301 BC) is BC03
            if c < 0:
                continue
            for ref in REFS:
                yield (text.format(Y=y), ref, expr, ("DATE", f"BC{c:02d}"))


def _bc_same_day_cases():
    """3b: "the same day", "that same day" after a month BC the story told: a day of that month, which one not said
    (WikiWars' "In June 479 BC ... at the Battle of Mycale that same day" BC0479-06-XX; before: XXXX-XX-XX); after a
    year BC alone no month is known (kept: XXXX-XX-XX)."""
    for y in (479, 490, 216, 31, 333):
        for m in range(1, 13):
            story = f"The allies had gathered in {y + 1} BC. In {MONTHS[m - 1]} {y} BC the army marched north."
            for sentence, expr in (("The fleet won a victory at sea that same day.", "that same day"),
                                   ("Some doubt that the battle took place on the same day.", "the same day")):
                for ref in REFS[:2]:
                    yield (f"{story} {sentence}", ref, expr, ("DATE", f"BC{y:04d}-{m:02d}-XX"))
        yield (f"The allies had gathered in {y + 1} BC. In {y} BC the army marched north. The fleet won a victory at "
               f"sea that same day.", REFS[2], "that same day", ("DATE", "XXXX-XX-XX"))


def _kept_shape_cases():
    """4: the shapes that already follow WikiWars' convention, from many stories' dates."""
    for lead, dating, _phrase, days in EVENTS:
        for d in days:
            story = _story(lead, dating, d, _dmy)
            y = d.year
            yield (f"{story} Two days later the city surrendered.", REFS[0], "Two days later",
                   ("DATE", _iso(d + timedelta(days=2))))
            w = (d + timedelta(weeks=3)).isocalendar()
            yield (f"{story} Three weeks later the siege was lifted.", REFS[1], "Three weeks later",
                   ("DATE", f"{w[0]:04d}-W{w[1]:02d}"))
            yield (f"{story} Ten years later the treaty was signed.", REFS[2], "Ten years later", ("DATE", f"{y + 10:04d}"))
            yield (f"{story} The following year the rebels were crushed.", REFS[0], "The following year",
                   ("DATE", f"{y + 1:04d}"))
            yield (f"{story} The previous year had seen famine.", REFS[1], "The previous year", ("DATE", f"{y - 1:04d}"))
            yield (f"{story} Within six months of the coup, the junta had fallen.", REFS[2], "six months",
                   ("DURATION", "P6M"))
    for y, text, expr, want in [
            (1920, "The 1920s brought famine to the Volga.", "The 1920s", "192"),
            (1850, "Railways spread across Europe in the 1850s.", "the 1850s", "185"),
            (1890, "Imperial rivalries sharpened in the late 19th century.", "the late 19th century", "18"),
            (1700, "The 18th century was an age of dynastic wars.", "The 18th century", "17"),
            (1500, "Spain rose in the sixteenth century.", "the sixteenth century", "15")]:
        for ref in REFS:
            yield (text, ref, expr, ("DATE", want))


def test_frame_offsets_name_the_date_they_reach():
    check(list(_frame_cases()))


def test_offsets_beside_a_date_or_after_for_stay_lengths():
    check(list(_kept_length_cases()))


def test_news_offsets_stay_lengths():
    check(NEWS)


def test_previous_century_from_a_year_bc():
    check(list(_bc_century_cases()))


def test_same_day_of_a_month_bc():
    check(list(_bc_same_day_cases()))


def test_kept_shapes():
    check(list(_kept_shape_cases()))


def test_negatives():
    """An event no sentence dates gives no date: the offset stays the length; a war's name is no time."""
    text = ("The Thirty Years' War had begun in 1618. Five days after the fall of Magdeburg, the Swedes crossed the "
            "Oder.")
    assert found(text, REFS[0], "Five days") == ("DURATION", "P5D")
    text = ("The Civil War had begun in 1861. Confederate batteries bombarded Fort Sumter on 12 April 1861. "
            "The Seven Years' War was long forgotten.")
    assert found(text, REFS[0], "Seven Years") is None
    assert found(text, REFS[0], "The Seven Years' War") is None
