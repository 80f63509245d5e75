"""Future and modal constructions the tense code read wrong, as GRIDS (twentieth session, tense21;
docs/informal-time.md, "Future auxiliaries over their words, modal + be, plans for a quarter, announced
holidays (twentieth session, tense21)").

Each cue is a pattern of English written here, said on many days of writing; the expected value is computed
from the calendar (``datetime``), never from the tagger:

1. a future auxiliary ("will", "'ll") governs its clause up to its verb, through adverbs and quantifiers ("all",
   "probably", "definitely", "hopefully", "just"), "have it/them + participle" and "be + participle": "it will
   all be sorted by wednesday", "they'll have it fixed by Friday" name the weekday to come;
2. a modal + "be" ("might be 30 min late on Wednesday", "could be a bit late Friday", "should be there by
   Thursday") is the future; a modal + "have been" is the past ("might have been late on Wednesday");
3. a quarter after a word of planning ("priorities for Q3", "plans for Q3", "budget for Q4", "our Q3
   targets") that has not ended in the year of writing is this year's;
4. a present-perfect announcement ("has confirmed", "has announced", "have said") reports a plan: the holiday it
   names is the next one ("the club has confirmed no fixtures over Christmas" written in November).

Negative rows, which must stay in the past: "it was all sorted by wednesday", "we had it done by Friday",
"they'd have fixed it by Friday if they'd tried" (a past counterfactual: the Friday gone), "might have been late
on Wednesday", "sales fell in Q3" written before Q3, "we had no fixtures over Christmas".

Not asked: a weekday said on that weekday (today or a week off); a holiday said on it or in the days after it.
"""
from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

import pytest

from timeline_app.temporal import tag

FULL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# two weeks (Monday .. Sunday) in two years, and the turns of months and years
REFS = [date(y, m, d) + timedelta(days=i) for y, m, d in ((2025, 6, 2), (2026, 12, 28), (2027, 3, 22)) for i in range(7)] \
    + [date(2024, 12, 31), date(2025, 1, 1), date(2025, 2, 28), date(2026, 3, 31), date(2028, 2, 29)]


@lru_cache(maxsize=None)
def _tags(text: str, ref: date):
    return tuple((t.expression, t.timex_type, t.timex_value) for t in tag(text, ref))


def _day_of(text: str, ref: date, word: str) -> str | None:
    """The calendar day (YYYY-MM-DD) of the expression holding ``word`` (a weekday or a holiday's name,
    however much of its phrase the tagger takes in: "Friday", "late Friday", "late on Wednesday"), or None."""
    for expr, _typ, value in _tags(text, ref):
        if word.lower() in expr.lower().split():
            return value[:10]
    return None


def _value_of(text: str, ref: date, expr: str) -> str | None:
    return next((v for e, _t, v in _tags(text, ref) if e == expr), None)


def _next_weekday(ref: date, wd: int) -> date:
    return ref + timedelta(days=(wd - ref.weekday()) % 7 or 7)


def _last_weekday(ref: date, wd: int) -> date:
    return ref - timedelta(days=(ref.weekday() - wd) % 7 or 7)


def _check(cases) -> None:
    wrong = [f"{ref} {text!r}: {word!r} -> {got} (want {want}; all {_tags(text, ref)})"
             for text, ref, word, want in cases if (got := _day_of(text, ref, word)) != want]
    assert not wrong, f"{len(wrong)} of {len(cases)} wrong:\n" + "\n".join(wrong[:25])


# ---- 1 and 2: a future auxiliary over its words, a modal + be; their past counterparts -----------------------
# {d} a weekday; each frame is said with every weekday but the day of writing's, in lower case and capitalised
WEEKDAY_FUTURE = [
    # will / 'll, words between the auxiliary and its verb
    "it will all be sorted by {d}",
    "it'll all be sorted by {d}",
    "they'll have it fixed by {d}",
    "we'll probably have it done by {d}",
    "it will definitely be finished by {d}",
    "we'll hopefully have them sorted by {d}",
    "i'll just have it done by {d}",
    "it will probably be fixed on {d}",
    "they will all be gone by {d}",
    "she'll have it all packed by {d}",
    "we will definitely have it delivered {d}",
    "it'll hopefully all be cleared up by {d}",
    # a modal + be
    "might be 30 min late on {d}",
    "could be a bit late {d}",
    "should be there by {d}",
    "may be a bit late on {d}",
    "we might be back {d}",
    "it could be done by {d}",
    "should be finished by {d}",
    "might be working from home on {d}",
    "the parcel should be delivered on {d}",
    "i might be out {d} night",
]

WEEKDAY_PAST = [
    "it was all sorted by {d}",
    "we had it done by {d}",
    "they'd have fixed it by {d} if they'd tried",
    "might have been late on {d}",
    "could have been done by {d}",
    "should have been there by {d}",
    "it was all fixed by {d}",
    "they had it all packed by {d}",
    "we'd already had it delivered {d}",
    # a future auxiliary does not reach over a clause of its own: "what", "if" and a past stand between
    "I'll tell you what happened on {d}",
    "we'll see if it was sorted by {d}",
]


def _weekday_cases(frames, ahead: bool):
    for frame in frames:
        for ref in REFS:
            for wd in range(7):
                if wd == ref.weekday():
                    continue
                day = (_next_weekday if ahead else _last_weekday)(ref, wd)
                for name in (FULL[wd].lower(), FULL[wd]):
                    yield frame.format(d=name), ref, name, day.isoformat()


@pytest.mark.parametrize("frame", WEEKDAY_FUTURE)
def test_future_auxiliary_and_modal_be_name_the_weekday_to_come(frame):
    _check(list(_weekday_cases([frame], True)))


@pytest.mark.parametrize("frame", WEEKDAY_PAST)
def test_past_and_modal_perfect_name_the_weekday_gone(frame):
    _check(list(_weekday_cases([frame], False)))


# ---- 3. a quarter after a word of planning ------------------------------------------------------------------
QUARTER_PLAN = ["priorities for Q{q}", "plans for Q{q}", "our targets for Q{q} are set", "budget for Q{q}",
                "the roadmap for Q{q}", "our Q{q} targets", "Agenda: Q{q} priorities, hiring", "goals for Q{q}?"]
QUARTER_PAST = ["sales fell in Q{q}", "Q{q} was rough", "we missed our numbers in Q{q}",
                # a plan's quarter told in the past: the one gone
                "the budget for Q{q} was blown", "our Q{q} targets were missed", "we hit our targets for Q{q}"]
QUARTER_REFS = [date(2025, m, d) for m in range(1, 13) for d in (1, 15)] + [date(2026, 12, 31), date(2028, 2, 29)]


def _quarter_of(ref: date) -> int:
    return (ref.month - 1) // 3 + 1


@pytest.mark.parametrize("frame", QUARTER_PLAN)
def test_quarter_planned_is_this_years_until_it_ends(frame):
    # a quarter not ended in the year of writing (the one running or one to come): that year's
    wrong = []
    for ref in QUARTER_REFS:
        for q in range(_quarter_of(ref), 5):
            text = frame.format(q=q)
            got, want = _value_of(text, ref, f"Q{q}"), f"{ref.year}-Q{q}"
            if got != want:
                wrong.append(f"{ref} {text!r} -> {got} (want {want})")
    assert not wrong, f"{len(wrong)} wrong:\n" + "\n".join(wrong[:25])


@pytest.mark.parametrize("frame", QUARTER_PAST)
def test_quarter_told_in_the_past_before_it_begins_is_last_years(frame):
    wrong = []
    for ref in QUARTER_REFS:
        for q in range(_quarter_of(ref) + 1, 5):
            text = frame.format(q=q)
            got, want = _value_of(text, ref, f"Q{q}"), f"{ref.year - 1}-Q{q}"
            if got != want:
                wrong.append(f"{ref} {text!r} -> {got} (want {want})")
    assert not wrong, f"{len(wrong)} wrong:\n" + "\n".join(wrong[:25])


# (and a month or a weekday after a noun of planning and "for", no verb in the clause)
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MONTH_PLAN = ["plans for {m}", "budget for {m}", "priorities for {m}?", "the roadmap for {m}", "targets for {m}:"]
MONTH_REFS = [date(2025, m, 10) for m in range(1, 13)] + [date(2026, 1, 1), date(2028, 2, 29)]


@pytest.mark.parametrize("frame", MONTH_PLAN)
def test_month_planned_is_this_years_until_it_ends(frame):
    wrong = []
    for ref in MONTH_REFS:
        for m in range(ref.month + 1, 13):
            text = frame.format(m=MONTHS[m - 1])
            got, want = _value_of(text, ref, MONTHS[m - 1]), f"{ref.year}-{m:02d}"
            if got != want:
                wrong.append(f"{ref} {text!r} -> {got} (want {want})")
    assert not wrong, f"{len(wrong)} wrong:\n" + "\n".join(wrong[:25])


WEEKDAY_PLAN = ["plans for {d}", "priorities for {d}?", "the agenda for {d}"]


@pytest.mark.parametrize("frame", WEEKDAY_PLAN)
def test_weekday_planned_is_the_one_to_come(frame):
    _check(list(_weekday_cases([frame], True)))


# ---- 4. a present-perfect announcement of a holiday --------------------------------------------------------
HOLIDAYS = {"Christmas": (12, 25), "Halloween": (10, 31), "christmas": (12, 25), "New Year's Day": (1, 1)}
ANNOUNCED = ["the club has confirmed no fixtures over {h}", "the council has announced no bin collections over {h}",
             "they have said no deliveries over {h}", "school has confirmed it will be shut over {h}",
             "the league have confirmed there are no games at {h}", "Tesco has announced opening hours for {h}",
             "the gym has confirmed it's closed on {h}"]
TOLD_PAST = ["we had no fixtures over {h}", "the club confirmed there were no fixtures over {h}",
             "it was dead quiet over {h}", "the club has confirmed it was shut over {h}",
             "they've said they had no deliveries over {h}"]


def _holiday_refs(mo: int, dd: int, year: int):
    """Days of writing from three months to a day before the holiday (in ``year``'s run-up to it)."""
    day = date(year, mo, dd)
    return [day - timedelta(days=n) for n in (90, 61, 40, 30, 21, 14, 7, 3, 1)]


def _holiday_cases(frames, ahead: bool):
    for frame in frames:
        for name, (mo, dd) in HOLIDAYS.items():
            for year in (2025, 2026, 2027):
                for ref in _holiday_refs(mo, dd, year):
                    want = date(year if ahead else year - 1, mo, dd)
                    text = frame.format(h=name)
                    yield text, ref, name.split()[0], want.isoformat()


@pytest.mark.parametrize("frame", ANNOUNCED)
def test_announced_holiday_is_the_next_one(frame):
    _check(list(_holiday_cases([frame], True)))


@pytest.mark.parametrize("frame", TOLD_PAST)
def test_holiday_told_in_the_past_is_the_last_one(frame):
    _check(list(_holiday_cases([frame], False)))


def test_grid_size():
    """The grid's cases, counted (so that a frame that silently yields nothing shows)."""
    n = sum(1 for _ in _weekday_cases(WEEKDAY_FUTURE + WEEKDAY_PAST, True))
    assert n == len(WEEKDAY_FUTURE + WEEKDAY_PAST) * len(REFS) * 6 * 2


# ---- the catalogue's sentences as docs/informal-time.md quotes them (tense21's section), each on days of writing
# around it; the value from the calendar as in the grids above
_MONDAY = date(2025, 6, 2)
CATALOGUE_WEEKDAY = [("it will all be sorted by wednesday", True), ("we might be back Wednesday", True),
                     ("might be working from home on Wednesday", True), ("could have been done by Tuesday", False),
                     ("should have been there by Tuesday", False), ("plans for Friday", True),
                     ("the agenda for Wednesday", True), ("priorities for Friday?", True)]
# (the value: the year of writing's, the last field its quarter, month or month and day)
CATALOGUE_VALUE = [("the roadmap for Q2", "Q2", date(2025, 1, 20), "Q2"), ("our Q3 targets", "Q3", date(2025, 2, 3), "Q3"),
                   ("Agenda: Q3 priorities", "Q3", date(2025, 5, 30), "Q3"),
                   ("budget for September", "September", date(2025, 2, 10), "09"),
                   ("plans for September", "September", date(2025, 1, 10), "09"),
                   ("the roadmap for June", "June", date(2025, 1, 10), "06"),
                   ("targets for June:", "June", date(2025, 2, 10), "06"),
                   ("the council has announced no bin collections over Christmas", "Christmas", date(2025, 11, 12), "12-25"),
                   ("they have said no deliveries over Christmas", "Christmas", date(2025, 10, 1), "12-25"),
                   ("Tesco has announced opening hours for Christmas", "Christmas", date(2025, 9, 26), "12-25")]


@pytest.mark.parametrize("text,ahead", CATALOGUE_WEEKDAY)
def test_catalogue_weekday_sentences(text, ahead):
    name = next(n for n in FULL if n.lower() in text.lower())
    word = next(w for w in text.replace("?", "").split() if w.lower() == name.lower())
    cases = []
    for ref in (_MONDAY + timedelta(days=i) for i in range(7)):
        if ref.weekday() != FULL.index(name):
            cases.append((text, ref, word, (_next_weekday if ahead else _last_weekday)(ref, FULL.index(name)).isoformat()))
    _check(cases)


@pytest.mark.parametrize("text,word,ref,want", CATALOGUE_VALUE)
def test_catalogue_value_sentences(text, word, ref, want):
    # a plan's quarter or month not ended, a holiday announced before it: the year of writing's
    assert _value_of(text, ref, word) == f"{ref.year}-{want}", (text, ref, _tags(text, ref))
