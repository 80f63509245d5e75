"""Past or future from an informal clause's tense, as GRIDS (nineteenth session, tense19; docs/informal-time.md,
"Past or future from the tense of an informal clause (nineteenth session, tense19)").

An underspecified expression (a bare weekday, "the weekend", a month, a holiday, "the 23rd") is placed before or
after the day of writing by the tense of its clause. Posts carry that tense in forms news does not use: "gonna",
"finna", "tryna", "ill"/"im"/"wont"/"didnt" without apostrophes, "catch you", "fingers crossed for", "lets do",
"shoulda gone", "had a blast", a question without its auxiliary ("you free sat?"). Each cue below is a pattern of
English, written here, said around each class of expression on every reference day of a week, at month and year
ends, its expected value computed from the calendar (``datetime``), never from the tagger:

- a cue of what is to come: the next such day, month, holiday, day of the month or weekend after the day of writing;
- a cue of what is gone: the last one before it;
- negative cases: a past cue never gives a date after the day of writing, a future cue never one before it, and a
  word that looks like a cue but is not one ("I was ill in March": "ill" is no "I'll") keeps the clause's tense.

Not asked: an expression said on its own day (a weekday on that weekday, "in June" in June: today or a year off,
another decision); a plan told in the past ("was meant to go Friday": the nearer one, §8); a weekday heading a
list line ("Friday: gym", the reading of a report, §8).
"""
from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

import pytest

from gridcheck import check, found

# (the exact grids and the test of sides read the same cases: each tagged once)
_found = lru_cache(maxsize=None)(found)


def _check(cases) -> None:
    """``gridcheck.check`` on the memo: every case's expression found with its (type, value); the first 25 wrong."""
    wrong = [f"{ref} {text!r}: {words!r} -> {_found(text, ref, words)} (want {want})"
             for text, ref, words, want in cases if _found(text, ref, words) != want]
    assert not wrong, f"{len(wrong)} of {len(cases)} wrong:\n" + "\n".join(wrong[:25])

FULL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
# a week (Monday .. Sunday) in each of two years, and the turns of months and years
WEEKS = [date(y, m, d) + timedelta(days=i) for y, m, d in ((2025, 6, 2), (2026, 12, 28)) for i in range(7)]
ENDS = [date(2024, 12, 31), date(2025, 1, 1), date(2025, 2, 28), date(2026, 3, 31), date(2028, 2, 29)]
# months: a day in each month of a year (and the year ends above)
MONTH_REFS = [date(2025, m, 10) for m in range(1, 13)] + [date(2024, 12, 31), date(2026, 1, 1)]


def _last_weekday(ref: date, wd: int) -> date:
    """The weekday ``wd`` (0 = Monday) gone: the last one strictly before ``ref``."""
    return ref - timedelta(days=(ref.weekday() - wd) % 7 or 7)


def _next_weekday(ref: date, wd: int) -> date:
    """The weekday ``wd`` to come: the first one strictly after ``ref``."""
    return ref + timedelta(days=(wd - ref.weekday()) % 7 or 7)


def _month_shift(y: int, m: int, k: int) -> tuple[int, int]:
    i = y * 12 + m - 1 + k
    return i // 12, i % 12 + 1


def _nth(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _week_end(saturday: date) -> str:
    y, w, _ = saturday.isocalendar()
    return f"{y}-W{w:02d}-WE"


# ---- the expressions: (with its preposition, bare, the words the tagger finds, value to come, value gone) -------

def _weekdays(ref: date):
    for wd in range(7):
        if wd != ref.weekday():   # (a weekday said on itself: today or a week off, not asked)
            name = FULL[wd].lower()
            yield name, name, name, _next_weekday(ref, wd).isoformat(), _last_weekday(ref, wd).isoformat()


def _months(ref: date):
    for m in range(1, 13):
        if m != ref.month:        # (the month of writing: not asked)
            ahead = ref.year if m > ref.month else ref.year + 1
            gone = ref.year if m < ref.month else ref.year - 1
            yield f"in {MONTHS[m - 1]}", MONTHS[m - 1], MONTHS[m - 1], f"{ahead}-{m:02d}", f"{gone}-{m:02d}"


def _holidays(ref: date):
    for name, (mo, dd) in (("christmas", (12, 25)), ("halloween", (10, 31)), ("Christmas", (12, 25))):
        if (ref.month, ref.day) != (mo, dd):
            ahead = ref.year if (ref.month, ref.day) < (mo, dd) else ref.year + 1
            yield f"at {name}", name, name, f"{ahead}-{mo:02d}-{dd:02d}", f"{ahead - 1}-{mo:02d}-{dd:02d}"


def _days_of_month(ref: date):
    for d in (3, 23, 28):
        if ref.day != d:
            a = (ref.year, ref.month) if ref.day < d else _month_shift(ref.year, ref.month, 1)
            b = (ref.year, ref.month) if ref.day > d else _month_shift(ref.year, ref.month, -1)
            words = f"the {_nth(d)}"
            yield f"on {words}", words, words, f"{a[0]}-{a[1]:02d}-{d:02d}", f"{b[0]}-{b[1]:02d}-{d:02d}"


def _weekends(ref: date):
    wd = ref.isoweekday()
    if wd < 6:   # (said on a Saturday or a Sunday: this weekend or the next, values4's decision)
        sat = ref + timedelta(days=6 - wd)
        yield "at the weekend", "the weekend", "the weekend", _week_end(sat), _week_end(sat - timedelta(days=7))


CLASSES = {
    "weekday": (WEEKS + ENDS, _weekdays),
    "month": (MONTH_REFS, _months),
    "holiday": (WEEKS[:7] + ENDS + [date(2025, 10, 30), date(2025, 11, 1), date(2025, 12, 24), date(2025, 12, 26)], _holidays),
    "day_of_month": (WEEKS + ENDS + [date(2025, 1, 31), date(2025, 3, 29)], _days_of_month),
    "weekend": (WEEKS + ENDS, _weekends),
}

# ---- the cues: {P} the expression with its preposition, {B} bare; the classes a template is said with -----------
ALL = tuple(CLASSES)
NOT_BARE_MONTH = ("weekday", "holiday", "day_of_month", "weekend")   # (a bare month after a verb: "make March", not asked)

FUTURE = [
    # going-to, got-to, want-to and their spellings
    ("gonna see her {P}", ALL),
    ("im gonna see her {P}", ALL),
    ("wanna go out {P}?", ALL),
    ("finna go out {P}", ALL),
    ("tryna get there {P}", ALL),
    ("gotta get it done by {B}", NOT_BARE_MONTH),
    ("gunna be there {P}", ALL),
    ("ima head out {P}", ALL),
    # will, be + -ing, won't without their apostrophes
    ("ill see you {P}", ALL),
    ("im seeing him {P}", ALL),
    ("wont be in {P}", ALL),
    ("we'll sort it {P}", ALL),
    # wishes and waits
    ("cant wait for {B}!", NOT_BARE_MONTH),
    ("looking forward to {B}", ALL),
    ("hoping to get away {P}", ALL),
    ("fingers crossed for {B}", ALL),
    ("planning on going {P}", ALL),
    # going places
    ("heading to leeds {P}", ALL),
    ("off to spain {P}", ALL),
    # leave-takings, proposals, imperatives
    ("see you {P}!", ALL),
    ("catch you {P}", ALL),
    ("catch u {P} x", ALL),
    ("lets do {B}", NOT_BARE_MONTH),
    ("let's meet up {P}", ALL),
    ("come down {P}", ALL),
    ("hmu {P}", ALL),
    ("omw home now, see you {P}", ALL),
    ("don't forget {B}", ("weekday", "holiday", "weekend")),   # ("don't forget the 3rd": not always found, not asked)
    # a question without its auxiliary
    ("you free {P}?", ALL),
    # a refusal of what is to come
    ("can't make {B} sorry", ("weekday", "weekend")),
    ("cant come {P} sorry", ALL),
    # negations of a future
    ("not gonna go {P}", ALL),
    ("dont wanna go {P}", ALL),
    ("wont be able to make it {P}", ALL),
    # the expression as the subject
    # (a month opening the sentence with no preposition, "June will be wild", is not found: not asked)
    ("{B} will be wild", ("weekday", "holiday", "day_of_month", "weekend")),
    ("{B} is gonna be mad", ("weekday", "holiday", "weekend")),
]

PAST = [
    ("just got back {P}", ALL),
    ("just got back from leeds {P}", ALL),
    ("we smashed it {P}", ALL),
    ("tbh i slept all day {P}", ALL),
    ("was proper wasted {P}", ALL),
    ("RIP my bank account after {B}", ("weekday", "day_of_month", "weekend")),   # (a holiday a few days ahead: below)
    ("got home {P} at 3am", ALL),
    ("had a blast {P}", ALL),
    ("had the best time {P}", ALL),
    ("missed the bus {P}", ALL),
    ("didnt go {P}", ALL),
    ("didnt even go out {P}", ALL),
    ("never went {P}", ALL),
    ("havent seen him since {B}", ALL),
    ("{B} was wild", ("weekday", "holiday", "day_of_month", "weekend")),
    ("did you go {P}?", ALL),
    ("did u go {P}?", ALL),
    ("shoulda gone {P}", ALL),
    ("coulda come {P} tbh", ALL),
    ("should've gone {P}", ALL),
    ("i went {P}", ALL),
    ("saw her {P}", ALL),
    ("we was at the pub {P}", ALL),
    ("thanks for {B}", ("weekday", "day_of_month", "weekend")),   # ("thanks for christmas" on 24 December: not asked)
    ("wasnt there {P}", ALL),
    ("couldnt make it {P}", ALL),
]

# words that look like a cue and are not one, or a cue of the other side put before the real one: the clause's
# own tense decides
GUARDS_PAST = [
    ("I was ill {P}", ALL),                       # "ill": sick, no "I'll"
    ("we lost {P}, gutted", ALL),
    ("im gutted i missed it {P}", ALL),           # "im" before a state, then a past
]
GUARDS_FUTURE = [
    ("gonna miss you {P}", ALL),                  # "miss": a verb of what is gone, under "gonna"
    ("ill be there {P}", ALL),                    # "ill" as "I'll" (not the adjective "ill")
]


# ---- the day itself: a greeting or a relief said on that weekday ---------------------------------------------------
TODAY = ["happy {w}!", "Happy {W} everyone", "thank god its {w}", "thank god it's {W}", "finally {w}!!"]


def _today_cases():
    cases = []
    for ref in WEEKS:
        name = FULL[ref.weekday()]
        for template in TODAY:
            cases.append((template.format(w=name.lower(), W=name), ref, name if "{W}" in template else name.lower(),
                          ("DATE", ref.isoformat())))
    return cases


def test_the_day_itself_grid():
    check(_today_cases())


def _cases(templates, ahead: bool):
    cases = []
    for cls, (refs, exprs) in CLASSES.items():
        for template, wanted in templates:
            if cls not in wanted:
                continue
            for ref in refs:
                for p, b, said, to_come, gone in exprs(ref):
                    words = said
                    text = template.format(P=p, B=b)
                    if template.startswith("{B}"):   # (a sentence's capital, the expression's too)
                        text, words = text[0].upper() + text[1:], words[0].upper() + words[1:]
                    cases.append((text, ref, words, ("DATE", to_come if ahead else gone)))
    return cases


def _grid(templates, ahead):
    return {(t, cls): _cases([(t, (cls,))], ahead) for t, classes in templates for cls in classes}


FUTURE_GRID = _grid(FUTURE, True)
PAST_GRID = _grid(PAST, False)
GUARD_GRID = {**_grid(GUARDS_PAST, False), **_grid(GUARDS_FUTURE, True)}


def all_cases():
    """Every case of the grid (for counting): future, past and guards."""
    return [c for g in (FUTURE_GRID, PAST_GRID, GUARD_GRID) for cases in g.values() for c in cases] + _today_cases()


@pytest.mark.parametrize("key", list(FUTURE_GRID), ids=[f"{c}:{t}" for t, c in FUTURE_GRID])
def test_future_cue_grid(key):
    _check(FUTURE_GRID[key])


@pytest.mark.parametrize("key", list(PAST_GRID), ids=[f"{c}:{t}" for t, c in PAST_GRID])
def test_past_cue_grid(key):
    _check(PAST_GRID[key])


@pytest.mark.parametrize("key", list(GUARD_GRID), ids=[f"{c}:{t}" for t, c in GUARD_GRID])
def test_false_cue_guard_grid(key):
    _check(GUARD_GRID[key])


def _start(value: str) -> date:
    """The first day a DATE value names (a day, a month, an ISO week's weekend)."""
    if "-W" in value:
        y, w = value[:4], value[6:8]
        return date.fromisocalendar(int(y), int(w), 6)
    parts = value.split("-")
    return date(int(parts[0]), int(parts[1]), int(parts[2]) if len(parts) > 2 else 1)


def _end(value: str) -> date:
    if "-W" in value:
        return _start(value) + timedelta(days=1)
    parts = value.split("-")
    if len(parts) > 2:
        return _start(value)
    y, m = _month_shift(int(parts[0]), int(parts[1]), 1)
    return date(y, m, 1) - timedelta(days=1)


# ---- the sentences docs/informal-time.md quotes (its section of this session), values from the same calendar ------
SENTENCES = [
    # (text, day of writing, expression, class, to come)
    ("I should have gone in July", date(2025, 6, 10), "July", "month", False),
    ("Had a blast in July", date(2025, 6, 10), "July", "month", False),
    ("had the best time in August", date(2025, 6, 10), "August", "month", False),
    ("Did a 10k in May", date(2025, 4, 10), "May", "month", False),
    ("was proper wasted in February", date(2025, 1, 10), "February", "month", False),
    ("gonna see her in May", date(2025, 6, 2), "May", "month", True),
    ("I'll see you in May", date(2025, 6, 2), "May", "month", True),
    ("see you in May!", date(2025, 6, 2), "May", "month", True),
    ("had a blast at christmas", date(2025, 12, 23), "christmas", "holiday", False),
    ("I was ill at christmas", date(2025, 12, 24), "christmas", "holiday", False),
    ("Christmas was wild", date(2025, 12, 23), "Christmas", "holiday", False),
    ("we lost at halloween, gutted", date(2025, 10, 30), "halloween", "holiday", False),
    # a past verb about a holiday just ahead, not told at it: that one (guards)
    ("forgot about christmas", date(2025, 12, 22), "christmas", "holiday", True),
    ("bought the turkey for christmas", date(2025, 12, 20), "christmas", "holiday", True),
]


def _calendar(ref: date, cls: str, words: str, ahead: bool) -> str:
    value = next(e[3] if ahead else e[4] for e in CLASSES[cls][1](ref) if e[2].lower() == words.lower())
    return value


def test_the_sections_sentences():
    _check([(text, ref, words, ("DATE", _calendar(ref, cls, words, ahead))) for text, ref, words, cls, ahead in SENTENCES])


@pytest.mark.parametrize("ahead", [True, False], ids=["future cue never before", "past cue never after"])
def test_a_cue_never_gives_the_other_side(ahead):
    """Negative cases: whatever the value, a cue of the future never names a time wholly before the day of
    writing, a cue of the past never one wholly after it (a case not found is the exact grids' failure)."""
    wrong = []
    for grid in ((FUTURE_GRID,) if ahead else (PAST_GRID,)):
        for cases in grid.values():
            for text, ref, words, _ in cases:
                got = _found(text, ref, words)
                if got is None or got[0] != "DATE" or not got[1][:4].isdigit():
                    continue
                if (ahead and _end(got[1]) < ref) or (not ahead and _start(got[1]) > ref):
                    wrong.append(f"{ref} {text!r}: {words!r} -> {got[1]}")
    assert not wrong, f"{len(wrong)} on the wrong side:\n" + "\n".join(wrong[:25])
