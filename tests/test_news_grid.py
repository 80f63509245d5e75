"""News time expressions as a GRID: each class of expression (a weekday, a year-less date, a month,
a quarter, "last month", "by the end of the year") told in each tense and mood of news, written on
every day of a week and at month and year ends, against the value the calendar gives it (computed
here, never from the tagger's code).

The decisions (docs/timeml-conventions.md, "News direction"; TimeML TIMEX3 guidelines: a relative
expression takes the day of writing as its anchor, and which way it goes is the tense's):
- a past report ("agreed on Thursday", "agreed on Thursday to end the strike": the infinitive after
  the date is the agreement's object, not the date's verb) names the last such day before the day
  of writing; so does a headline's present ("Mayor unveils budget Thursday", "Police arrest man
  Tuesday": headlines tell what happened in the present tense, what will in "to" + verb);
- a present of arrangement or timetable ("takes office on Monday", "opens Monday", "is set to open
  on 9 January"), an expectation ("expect more rain on Thursday", "rain is forecast for Friday"), a
  modal or "would" in reported speech ("would be sentenced on 19 January, the judge said"), "will",
  and a headline's "to" + verb name the next such day;
- a weekday said on its own day is left out (news says "today"; how a weekday on itself reads is a
  decision tested in the corpus), as are a quarter told in its own quarter and a month in its own
  month (the one it is, either way);
- a year-less date told in the future is the next one from the day of writing, told in the past
  the last one, whatever the distance (the calendar: "is set to open on 9 January" written on 10
  January is the 9 January a year on; a plan cannot be the day before);
- "last month", "by the end of the year", "earlier this year", "next month" do not move with
  the tense: the calendar from the day of writing.

Each case is one tag() of a short text; the grid is a few thousand of them (a few seconds).
"""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from test_informal_grid import FULL as DAYS, WEEK, _found, _last, _next   # the informal grid's week and helpers

EDGES = [date(2025, 6, 30), date(2025, 12, 31), date(2026, 1, 1), date(2026, 2, 28), date(2024, 2, 29),
         date(2024, 12, 29)]                                                  # month, year ends, a leap day
REFS = WEEK + EDGES
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


# ---- weekdays ---------------------------------------------------------------------------------------------
WEEKDAY_PAST = [
    "The council agreed on {W} to end the strike.",            # the infinitive is the agreement's object
    "The council agreed the budget on {W}.",
    "Police arrested two men on {W}.",
    "Mayor unveils budget {W}",                                 # headline present: what happened
    "Police arrest man on {W} after city centre attack",
    "Rovers sack manager {W} after cup exit",
    "A court heard on {W} that the money was never paid.",
    "The company said on {W} it would cut 200 jobs.",
    "The bill was passed on {W} by 312 votes to 250.",
    "Shares fell 3% on {W} after the results.",
    "Rovers beat Ashford 2-1 on {W}.",
    "On {W}, the board voted to close the plant.",
    "Speaking on {W}, the minister said the talks had failed.",
    "The talks, which began on {W}, ended without a deal.",
    "Voters went to the polls on {W}.",
    "The storm brought down power lines on {W}, leaving 4,000 homes without power.",
    "The minister told MPs on {W} that the plan would go ahead.",
]
WEEKDAY_FUTURE = [
    "The new mayor takes office on {W}.",
    "Adebayo takes office on {W} and has promised a review of the budget.",
    "The museum opens {W}.",
    "The museum reopens to the public on {W}.",
    "Forecasters expect more rain on {W}.",
    "More rain is expected on {W}.",
    "Snow is forecast for {W}.",
    "The trial is set to begin on {W}.",
    "Crane will be sentenced on {W}.",
    "The judge said Crane would be sentenced on {W}.",
    "Mayor to unveil budget {W}",                               # headline "to" + verb: what will happen
    "The minister is due to visit Kyiv on {W}.",
    "Voters go to the polls on {W}.",
    "Rovers host Ashford on {W}.",
    "The strike has been postponed until {W}.",
    "Talks are scheduled for {W}.",
    "The club hopes to complete the signing on {W}.",
    "Schools will reopen on {W}.",
    "Ministers are expected to approve the plan on {W}.",
    "The verdict could come as early as {W}.",
    "Unions have threatened to strike on {W}.",
    "The results are published on {W}.",
    "The bank holiday falls on {W}.",                          # a calendar's present
    "Police have appealed for calm ahead of {W}'s match.",     # "ahead of" a possessive day
]


@pytest.mark.parametrize("template", WEEKDAY_PAST + WEEKDAY_FUTURE)
def test_news_weekday_grid(template):
    """Every reference date x every other weekday: a past report goes to the last one, a plan, an
    expectation or a timetable to the next."""
    wrong = []
    for ref in REFS:
        for wd in range(7):
            if wd == ref.weekday():
                continue
            text = template.format(W=DAYS[wd])
            want = (_last if template in WEEKDAY_PAST else _next)(ref, wd).isoformat()
            t = _found(text, ref, DAYS[wd])
            got = t.timex_value[:10] if t else None
            if got != want:
                wrong.append(f"{ref:%a %Y-%m-%d}: {text!r} -> {got} (want {want})")
    assert not wrong, f"{len(wrong)} wrong:\n" + "\n".join(wrong[:30])


@pytest.mark.parametrize("template", WEEKDAY_PAST + WEEKDAY_FUTURE)
def test_news_weekday_on_its_own_day(template):
    """News names the day of writing by its weekday ("Police arrested two men on Monday" written on a
    Monday; "The museum opens Monday" too): that very day, in the past and in the future."""
    wrong = []
    for ref in REFS:
        text = template.format(W=DAYS[ref.weekday()])
        t = _found(text, ref, DAYS[ref.weekday()])
        got = t.timex_value[:10] if t else None
        if got != ref.isoformat():
            wrong.append(f"{ref:%a %Y-%m-%d}: {text!r} -> {got} (want {ref})")
    assert not wrong, "\n".join(wrong)


# ---- year-less dates --------------------------------------------------------------------------------------
DATE_PAST = [
    "The council agreed the budget on {d}.",
    "The second trial opened at Southwark Crown Court on {d} and lasted eleven weeks.",
    "Police said the man died on {d}.",
    "The club confirmed on {d} that the manager had left.",
]
DATE_FUTURE = [
    "The museum is set to open on {d}.",
    "The judge said Crane would be sentenced on {d}.",
    "Crane will be sentenced on {d}.",
    "The new terminal opens on {d}.",
    "Forecasters expect the river to peak on {d}.",
    "The strike is due to begin on {d}.",
]
OFFSETS = (-300, -150, -40, -9, -1, 1, 9, 40, 150, 300)


def _day_month(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]}"


def _occurrence(ref: date, month: int, day: int, past: bool) -> date:
    """The last (``past``) or next such month and day from ``ref``, itself excluded (never Feb 29 here)."""
    for y in ((ref.year, ref.year - 1) if past else (ref.year, ref.year + 1)):
        d = date(y, month, day)
        if (d < ref) if past else (d > ref):
            return d
    raise AssertionError((ref, month, day))


@pytest.mark.parametrize("template", DATE_PAST + DATE_FUTURE)
def test_news_year_less_date_grid(template):
    """A day and month with no year, a few days to ten months either side of the day of writing:
    the last one when told in the past, the next one when told as a plan or an expectation."""
    wrong = []
    past = template in DATE_PAST
    for ref in REFS:
        for off in OFFSETS:
            day = ref + timedelta(days=off)
            if (day.month, day.day) == (2, 29):
                continue
            text = template.format(d=_day_month(day))
            want = _occurrence(ref, day.month, day.day, past).isoformat()
            t = _found(text, ref, _day_month(day))
            got = t.timex_value if t else None
            if got != want:
                wrong.append(f"{ref:%a %Y-%m-%d}: {text!r} -> {got} (want {want})")
    assert not wrong, f"{len(wrong)} wrong:\n" + "\n".join(wrong[:30])


# ---- months -----------------------------------------------------------------------------------------------
MONTH_PAST = [
    "The coach said the team lost its captain in {M}.",
    "Sales fell sharply in {M}.",
    "The factory closed in {M}, the union said.",
    "The council approved the scheme in {M}.",
    "Prices have risen since {M}.",
]
MONTH_FUTURE = [
    "The plant will open in {M}.",
    "The new line opens in {M}.",
    "The bank expects rates to fall in {M}.",
    "Talks are set to resume in {M}.",
    "The minister said the law would take effect in {M}.",
    "Work is due to finish in {M}.",
]


@pytest.mark.parametrize("template", MONTH_PAST + MONTH_FUTURE)
def test_news_month_grid(template):
    """Every reference date x every other month: the last such month before the one of writing
    when told in the past, the next after it when told as a plan."""
    wrong = []
    past = template in MONTH_PAST
    for ref in REFS:
        for m in range(1, 13):
            if m == ref.month:
                continue
            y = ref.year - (m > ref.month) if past else ref.year + (m < ref.month)
            want = f"{y}-{m:02d}"
            text = template.format(M=MONTHS[m - 1])
            t = _found(text, ref, MONTHS[m - 1])
            got = t.timex_value if t else None
            if got != want:
                wrong.append(f"{ref:%a %Y-%m-%d}: {text!r} -> {got} (want {want})")
    assert not wrong, f"{len(wrong)} wrong:\n" + "\n".join(wrong[:30])


# ---- quarters ---------------------------------------------------------------------------------------------
ORDINALS = ["first", "second", "third", "fourth"]
QUARTER_PAST = [
    "Profits rose in the {o} quarter, the bank said.",
    "The airline lost $40m in the {o} quarter.",
    "Sales fell 4% in the {o} quarter of the year.",
]
QUARTER_FUTURE = [
    "The bank expects growth to return in the {o} quarter.",
    "The company will publish new targets in the {o} quarter.",
    "The deal is expected to close in the {o} quarter.",
    "The new plant is due to open in the {o} quarter.",
]


@pytest.mark.parametrize("template", QUARTER_PAST + QUARTER_FUTURE)
def test_news_quarter_grid(template):
    """Every reference date x every other quarter: told in the past the last such quarter before
    the one of writing, told as a plan or an expectation the next after it."""
    wrong = []
    past = template in QUARTER_PAST
    for ref in REFS:
        now = (ref.month - 1) // 3 + 1
        for q in range(1, 5):
            if q == now:
                continue
            y = ref.year - (q > now) if past else ref.year + (q < now)
            want = f"{y}-Q{q}"
            text = template.format(o=ORDINALS[q - 1])
            t = _found(text, ref, "quarter")
            got = t.timex_value if t else None
            if got != want:
                wrong.append(f"{ref:%a %Y-%m-%d}: {text!r} -> {got} (want {want})")
    assert not wrong, f"{len(wrong)} wrong:\n" + "\n".join(wrong[:30])


# ---- periods counted from the day of writing, whatever the tense --------------------------------------------
def _month(ref: date, off: int) -> str:
    k = ref.year * 12 + ref.month - 1 + off
    return f"{k // 12}-{k % 12 + 1:02d}"


PERIODS = [
    # (sentence, words, type, value from the reference date, mod)
    ("Sales fell last month.", "last month", lambda r: _month(r, -1), ""),
    ("The council said last month it would close the library.", "last month", lambda r: _month(r, -1), ""),
    ("The figures, due out next month, are expected to show a rise.", "next month", lambda r: _month(r, 1), ""),
    ("The firm aims to finish the work by the end of the year.", "the end of the year", lambda r: f"{r.year}", "END"),
    ("The firm finished the work by the end of the year.", "the end of the year", lambda r: f"{r.year}", "END"),
    ("The mine closed earlier this year.", "earlier this year", lambda r: f"{r.year}", ""),
    ("Prices rose 2% last year.", "last year", lambda r: f"{r.year - 1}", ""),
    ("Prices are expected to rise next year.", "next year", lambda r: f"{r.year + 1}", ""),
    ("The report is due by the end of the month.", "the end of the month", lambda r: _month(r, 0), "END"),
]


@pytest.mark.parametrize("text,words,value,mod", PERIODS)
def test_news_period_grid(text, words, value, mod):
    wrong = []
    for ref in REFS:
        t = _found(text, ref, words)
        got = t and (t.timex_type, t.timex_value, t.mod)
        if got != ("DATE", value(ref), mod):
            wrong.append(f"{ref:%a %Y-%m-%d}: {text!r} -> {got} (want DATE {value(ref)} {mod!r})")
    assert not wrong, "\n".join(wrong)


# ---- a preview's kick-off time goes on the day of the match, not the day of writing ----------------------
PREVIEWS = [
    "Rovers host Ashford on {W}. Kick-off is at 3pm.",
    "Rovers face Ashford at home on {W}, with kick-off at 7.45pm.",
    "The final is on {W}. It starts at 2pm.",
    # (the start time paragraphs after the day, with days gone named between)
    "Rovers host Ashford on {W}, hoping to avenge a defeat in the league.\n\nThe manager said on {P} that "
    "the captain would miss the game. He signed a two-year deal in July 2023 and is out of contract in June."
    "\n\nKick-off is at 3pm.",
    "Rovers host Ashford on {W}.\n\nThe visitors have lost their last four games. The game kicks off at 7.45pm.",
]


@pytest.mark.parametrize("template", PREVIEWS)
def test_preview_kick_off_time_grid(template):
    wrong = []
    for ref in REFS:
        for wd in range(7):
            if wd == ref.weekday():
                continue
            text = template.format(W=DAYS[wd], P=DAYS[(ref.weekday() - 1) % 7])
            want = _next(ref, wd).isoformat()
            t = _found(text, ref, "pm")
            got = t.timex_value[:10] if t else None
            if got != want:
                wrong.append(f"{ref:%a %Y-%m-%d}: {text!r} -> {got and t.timex_value} (want {want}T..)")
    assert not wrong, f"{len(wrong)} wrong:\n" + "\n".join(wrong[:30])


# ---- the weekend and a holiday, in the past and to come -----------------------------------------------------
def _weekend(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}-WE"


WEEKENDS = [
    # the weekend gone when told in the past (on a Saturday or a Sunday: the one it is), else the coming one
    ("Two men were arrested over the weekend.", "the weekend", True),
    ("Police made 40 arrests at the weekend.", "the weekend", True),
    ("More rain is expected at the weekend.", "the weekend", False),
    ("The festival takes place this weekend.", "this weekend", False),
]


@pytest.mark.parametrize("text,words,past", WEEKENDS)
def test_news_weekend_grid(text, words, past):
    wrong = []
    for ref in REFS:
        want = _weekend(ref - timedelta(days=7) if past and ref.weekday() < 5 else ref)
        t = _found(text, ref, words)
        if (t and t.timex_value) != want:
            wrong.append(f"{ref:%a %Y-%m-%d}: {text!r} -> {t and t.timex_value} (want {want})")
    assert not wrong, "\n".join(wrong)


HOLIDAYS = [
    ("Sales rose 5% over Christmas.", True),
    ("Trading was strong in the run-up to Christmas.", True),
    ("The shop will close over Christmas.", False),
    ("Shoppers are expected to spend £80bn before Christmas.", False),
]


@pytest.mark.parametrize("text,past", HOLIDAYS)
def test_news_holiday_grid(text, past):
    """Christmas told in the past is the last one, told as a plan or an expectation the next."""
    wrong = []
    for ref in REFS:
        xmas = date(ref.year, 12, 25)
        if ref == xmas:
            continue
        y = ref.year - (ref < xmas) if past else ref.year + (ref > xmas)
        t = _found(text, ref, "Christmas")
        if (t and t.timex_value[:10]) != f"{y}-12-25":
            wrong.append(f"{ref}: {text!r} -> {t and t.timex_value} (want {y}-12-25)")
    assert not wrong, "\n".join(wrong)
