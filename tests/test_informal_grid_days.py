"""Informal DAYS, WEEKS, MONTHS, holidays and sets as a GRID (a sibling of test_informal_grid.py):
each class of expression said on every day of a week, at month ends and year ends, in plans and
in reports, against the value TimeML gives it, computed HERE from the calendar (never from the
tagger's code).

The decisions (docs/informal-time.md §14, docs/timeml-conventions.md):
- a post's year-less date proposed ("Mar 4th works for me", "next one is 6/9"), month, season or
  weekend with no tense that tells is the next one; told in the past, the last one, but a date or a
  month up to three months ahead after a past verb is the tense reader's decision (a plan told in the
  past: "the exam was june 2nd" written in May), and a month just gone named with no verb stays the
  nearer reading;
- a weekday said as a subject or a predicate with no past tense ("her birthday's Saturday",
  "Saturday works", "sat?", "is Saturday ok?") is the next one after the day of writing;
- a training log's short weekdays after an activity ("parkrun sat, 20 miler sun") are days; the
  verb "sat" ("sat in traffic") is no day; a plan's days are ahead, a report's ("did ...") gone;
- "this week", "next week", "this weekend", "next weekend", "end of the week" are the ISO weeks
  counted from the day of writing, Saturday and Sunday included (TimeML: the week containing the
  reference date; a Sunday belongs to the week that began on the Monday before);
- "this month", "end of the month", "start of next month" at a month's end are that month / the
  next, "last month" the one before;
- "a few weeks ago", "the other day", "recently", "a while back" are PAST_REF (their distance is
  not said); "a couple of weeks ago" counts two ISO weeks back as "2 weeks ago" does (TimeML reads
  "a couple" as two, as TimeBank's "a couple of years" P2Y), "weeks ago" is PAST_REF;
- "the long weekend" (a holiday's weekend, the holiday not named, its country not said) is a weekend
  not known, XXXX-WXX-WE (a wrong weekend is worse than none); "the Easter long weekend" is Easter's;
- holidays: "xmas", "NYE", "NYD", "thanksgiving", "bank hol" are the next one in a plan and the
  last one in a report; "bank hol weekend" the weekend before a Monday one (England and Wales' bank
  holidays); "mothers day" is Mothering Sunday for a writer who says "mum" and the
  US day for one who says "mom";
- numeric dates: a slash date both of whose numbers can be a month takes the order the text's
  other dates show (one with a number over 12 decides); with none, it is left out (a wrong date
  is worse than none);
- sets: "weekends", "most weekends", "every other weekend", "every fortnight", "once a fortnight";
- hashtags ("#Friday", "#tbt", "#MondayMotivation") name no day: a tag is a topic, not a time
  (TimeML marks a time expression of the text's discourse; "#tbt" is a genre label).

Each case is one tag() of a short text.
"""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from dateutil.easter import easter as _easter   # a library's computus, not the tagger's (calendar.easter)
from test_informal_grid import FULL, WEEK, _found, _iso_week, _last, _next, _suffix

from timeline_app.temporal import tag

EDGES = [date(2025, 6, 30), date(2025, 12, 31), date(2026, 2, 28), date(2024, 12, 29),
         date(2026, 1, 31), date(2025, 8, 31)]                             # month and year ends
SHORT = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
# a year of reference dates: one a fortnight and a few awkward ones
YEAR = [date(2025, 1, 3) + timedelta(days=14 * i) for i in range(26)] + [
    date(2025, 12, 24), date(2025, 12, 26), date(2025, 12, 30), date(2026, 1, 2)]


def _check(cases) -> None:
    """``cases``: (text, ref, words, type, value); every Timex holding ``words`` must match."""
    wrong = []
    for text, ref, words, typ, value in cases:
        t = _found(text, ref, words)
        got = t and (t.timex_type, t.timex_value)
        if got != ((typ, value) if value is not None else None):
            wrong.append(f"{ref:%a %Y-%m-%d}: {text!r} [{words}] -> {got} (want {typ} {value})")
    assert not wrong, f"{len(wrong)} of {len(cases)} wrong:\n" + "\n".join(wrong)


# ---- 1. a weekday as a subject or a predicate (no past tense): the one to come ----------------

PREDICATES = [
    "@sam_b: her birthday's {W}",
    "@sam_b: her birthday's {W} 🎂",
    "Her birthday's {W}, don't forget.",
    "@sam_b: the wedding's {W}",
    "@sam_b: the party is {W}",
    "@sam_b: {W} works",
    "@sam_b: {W} works for me",
    "@sam_b: {w} works for me",
    "@sam_b: {W} suits me",
    "@sam_b: {W}'s good for me",
    "@sam_b: {W} it is then!",
    "@sam_b: is {W} ok?",
    "@sam_b: how about {W}?",
    "@sam_b: are you free {W}?",
    "@sam_b: what about {W}?",
    "{W} any good for you?",
    "{W}?",
    "{s}?",
    "@sam_b: {s}?",
    "{s} works",
    "{s} or {s2}?",
]


@pytest.mark.parametrize("template", PREDICATES)
def test_weekday_predicate_grid(template):
    cases = []
    for ref in WEEK:
        for wd in range(7):
            if wd == ref.weekday() or (wd + 1) % 7 == ref.weekday():
                continue   # said on itself (or the day before the next one in "{s2}") is another decision
            text = template.format(W=FULL[wd], w=FULL[wd].lower(), s=SHORT[wd], s2=SHORT[(wd + 1) % 7])
            words = SHORT[wd] if "{s}" in template else FULL[wd]
            cases.append((text, ref, words, "DATE", _next(ref, wd).isoformat()))
    _check(cases)


FRAMES_PLAN = ["@jo: are you going {W}?", "@jo: {W}'s match is gonna be mad", "@jo: fancy a pint {W}?",
               "@jo: dentist {W} ugh", "@jo: shall we say {W}?", "@jo: can we do {W} instead?",
               "@jo: have you got plans {W}?"]
FRAMES_REPORT = ["@jo: did you go {W}?", "@jo: what did you do {W}?", "@jo: {W}'s match was mad",
                 "@jo: had the dentist {W}", "@jo: been ill since {W}", "@jo: we did {W} in the end"]


@pytest.mark.parametrize("template", FRAMES_PLAN + FRAMES_REPORT)
def test_weekday_question_and_possessive_grid(template):
    """Questions ("are you going Saturday?" / "did you go Saturday?"), a post's possessive weekday
    ("Saturday's match is gonna be mad" / "... was mad"), verbless plans and reports."""
    cases = []
    for ref in WEEK:
        for wd in range(7):
            if wd == ref.weekday():
                continue
            want = (_next if template in FRAMES_PLAN else _last)(ref, wd)
            cases.append((template.format(W=FULL[wd]), ref, FULL[wd], "DATE", want.isoformat()))
    _check(cases)


# ---- 2. training logs: a short weekday after an activity; "sat" the verb ---------------------

LOG_PLANS = [
    "@sam_b: parkrun sat, 20 miler sun 💪",
    "weekend plan: parkrun sat, 20 miler sun",
    "@sam_b: long run sat, rest sun",
    "@sam_b: spin class sat then 5k sun?",
]
LOG_REPORTS = [
    "@sam_b: did parkrun sat, 20 miler sun, legs are wrecked",
    "@sam_b: ran parkrun sat and a 20 miler sun",
    "@sam_b: smashed parkrun sat, 20 miler sun 🥵",
]


@pytest.mark.parametrize("text", LOG_PLANS + LOG_REPORTS)
def test_training_log_grid(text):
    cases = []
    for ref in WEEK[:5] + EDGES[:3]:
        if ref.weekday() >= 5:
            continue
        pick = _next if text in LOG_PLANS else _last
        cases.append((text, ref, "sat", "DATE", pick(ref, 5).isoformat()))
        cases.append((text, ref, "sun", "DATE", pick(ref, 6).isoformat()))
    _check(cases)


SAT_THE_VERB = [
    "@sam_b: sat in traffic for an hour",
    "@sam_b: sat on the sofa all day",
    "@sam_b: we sat outside the pub",
    "@sam_b: sat next to her on the train",
    "@sam_b: sun's out, guns out",
    "@sam_b: the sun came out",
    "@sam_b: wed at last!! married to my best friend",
    "@sam_b: we sat and soaked up some sun",
    "@sam_b: sat and had a pint in the sun",
]


@pytest.mark.parametrize("text", SAT_THE_VERB)
def test_short_weekday_words_are_no_days(text):
    for ref in WEEK:
        got = [(t.expression, t.timex_value) for t in tag(text, ref) if t.timex_type in ("DATE", "SET")]
        assert got == [], f"{ref}: {text!r} -> {got}"


# ---- 3. weeks and weekends counted from the day of writing (ISO weeks) ----------------------

WEEKS = [
    # ((values4, eighteenth session) a plan for "the weekend" written on a Sunday is the next one, six days on: the
    # ISO week's weekend ends that day; tests/test_informal_grid_values4.py. "this weekend" is not moved)
    ("@jo: see you at the weekend x", "the weekend", lambda r: _iso_week(r + timedelta(days=6 * (r.isoweekday() == 7))) + "-WE"),
    ("@jo: need it sorted before the weekend", "the weekend", lambda r: _iso_week(r + timedelta(days=6 * (r.isoweekday() == 7))) + "-WE"),
    ("@jo: what are you up to this weekend?", "this weekend", lambda r: _iso_week(r) + "-WE"),
    ("@jo: next weekend is mental", "next weekend", lambda r: _iso_week(r + timedelta(days=7)) + "-WE"),
    ("@jo: saw her last weekend", "last weekend", lambda r: _iso_week(r - timedelta(days=7)) + "-WE"),
    ("@jo: this wknd?", "this wknd", lambda r: _iso_week(r) + "-WE"),
    # ((values3, seventeenth session) written on a Sunday, a week of things to come is the one that begins the next
    # day: the ISO week of a Sunday ends that day; tests/test_informal_grid_values3.py)
    ("@jo: I'll sort it this week", "this week", lambda r: _iso_week(r + timedelta(days=r.isoweekday() == 7))),
    ("@jo: I'll sort it later this week", "later this week", _iso_week),
    ("@jo: by the end of the week", "the end of the week", _iso_week),
    ("@jo: early next week?", "early next week", lambda r: _iso_week(r + timedelta(days=7))),
    ("@jo: next week works", "next week", lambda r: _iso_week(r + timedelta(days=7))),
    ("@jo: the week after next", "the week after next", lambda r: _iso_week(r + timedelta(days=14))),
    ("@jo: it was mad last week", "last week", lambda r: _iso_week(r - timedelta(days=7))),
    ("@jo: moved in a couple of weeks ago", "a couple of weeks ago", lambda r: _iso_week(r - timedelta(days=14))),
    ("@jo: saw her couple of weeks back", "couple of weeks back", lambda r: _iso_week(r - timedelta(days=14))),
    ("@jo: 3 weeks ago today I got the keys", "3 weeks ago", lambda r: _iso_week(r - timedelta(days=21))),
]


@pytest.mark.parametrize("text,words,value", WEEKS)
def test_week_grid(text, words, value):
    _check([(text, ref, words, "DATE", value(ref)) for ref in WEEK + EDGES])


def _month(r: date, shift: int) -> str:
    m = r.year * 12 + r.month - 1 + shift
    return f"{m // 12}-{m % 12 + 1:02d}"


MONTHS = [
    ("@jo: rent due end of the month", "end of the month", 0),
    ("@jo: paid by the end of the month", "the end of the month", 0),
    ("@jo: skint til the end of this month", "the end of this month", 0),
    ("@jo: start of next month?", "start of next month", 1),
    ("@jo: end of next month", "end of next month", 1),
    ("@jo: this month has flown", "this month", 0),
    ("@jo: next month is mental", "next month", 1),
    ("@jo: got paid last month", "last month", -1),
    ("@jo: moving early next month", "early next month", 1),
    ("@jo: back mid next month", "mid next month", 1),
]


@pytest.mark.parametrize("text,words,shift", MONTHS)
def test_month_grid(text, words, shift):
    refs = WEEK + EDGES + [date(2025, 1, 31), date(2025, 3, 31), date(2025, 11, 30), date(2025, 12, 1)]
    _check([(text, ref, words, "DATE", _month(ref, shift)) for ref in refs])


MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December"]
MONTH_PLANS = ["@jo: I'm off to Spain in {M}", "@jo: we move in {M}!!", "@jo: exams in {M} 😩", "@jo: can't wait for {M}",
               "@jo: booking for {M}", "@jo: any plans for {M}?", "@jo: gig in {M}, who's in?", "@jo: see you in {M} x"]
MONTH_REPORTS = ["@jo: we moved in {M}", "@jo: I was in Spain in {M}", "@jo: {M} was a write-off",
                 "@jo: since {M} I've been skint", "@jo: had covid in {M}", "@jo: went in {M} and loved it"]


@pytest.mark.parametrize("template", MONTH_PLANS + MONTH_REPORTS)
def test_month_in_posts_grid(template):
    """A post's month with no past tense is the next one; told in the past, the last one (said on
    the 10th of every month and on 31 December). The month just gone, named with no verb that says
    which ("exams in May 😩" on 10 June), is left to the nearer reading, as dev posts read it ("she
    was last in in july so she's due" on 28 September; "log 0412 of 16 August" the day after)."""
    cases = []
    for ref in [date(2025, m, 10) for m in range(1, 13)] + [date(2025, 12, 31)]:
        for mi in range(1, 13):
            if mi == ref.month:
                continue
            if template.startswith("@jo: {M}") and MONTH_NAMES[mi - 1].lower() in ("march", "may", "june", "august"):
                continue   # "May was ...", "June was ...": a name as often as a month, with no cue before it
            if template in MONTH_PLANS and (ref.month - mi) % 12 == 1:
                continue   # the month just gone, said with no verb that tells: the nearer reading (the dev posts' gold)
            if template in MONTH_REPORTS and (mi - ref.month) % 12 in (1, 2, 3):
                continue   # a past verb and a month just ahead ("was in Spain in February" on 10 January): the
                #            tense reader's decision (a plan told in the past, "the exam was june 2nd", reads ahead)
            if template in MONTH_PLANS:
                y = ref.year if mi > ref.month else ref.year + 1
            else:
                y = ref.year if mi < ref.month else ref.year - 1
            cases.append((template.format(M=MONTH_NAMES[mi - 1]), ref, MONTH_NAMES[mi - 1][:3], "DATE", f"{y}-{mi:02d}"))
    _check(cases)


SEASON_MONTHS = {"spring": ("SP", 3, 5), "summer": ("SU", 6, 8), "autumn": ("FA", 9, 11)}
SEASON_PLANS = ["@jo: any plans for the {S}?", "@jo: off to Greece in the {S} 😎"]
SEASON_REPORTS = ["@jo: we went to Greece in the {S}", "@jo: the {S} was amazing"]


@pytest.mark.parametrize("template", SEASON_PLANS + SEASON_REPORTS)
def test_season_in_posts_grid(template):
    """A post's season (not the one it is in) with no past tense is the next one; told in the past,
    the last one (winter left out: which year names a winter is the season rule's convention)."""
    cases = []
    for ref in [date(2025, m, 10) for m in range(1, 13)]:
        for name, (code, first, last) in SEASON_MONTHS.items():
            if first <= ref.month <= last:
                continue
            if template in SEASON_PLANS:
                y = ref.year if ref.month < first else ref.year + 1
            else:
                y = ref.year if ref.month > last else ref.year - 1
            cases.append((template.format(S=name), ref, name, "DATE", f"{y}-{code}"))
    _check(cases)


VAGUE_PAST = [
    ("@jo: saw her a few weeks ago", "a few weeks ago", "DATE", "PAST_REF"),
    ("@jo: moved out weeks ago", "weeks ago", "DATE", "PAST_REF"),
    ("@jo: bumped into him the other day", "the other day", "DATE", "PAST_REF"),
    ("@jo: I've been rubbish recently", "recently", "DATE", "PAST_REF"),
    ("@jo: we went a while back", "a while back", "DATE", "PAST_REF"),
]


@pytest.mark.parametrize("text,words,typ,value", VAGUE_PAST)
def test_vague_past_grid(text, words, typ, value):
    _check([(text, ref, words, typ, value) for ref in WEEK + EDGES])


# ---- 4. holidays in posts: the next one in a plan, the last one in a report -----------------

def _thanksgiving(y: int) -> date:
    nov1 = date(y, 11, 1)
    return nov1 + timedelta(days=(3 - nov1.weekday()) % 7 + 21)


def _bank_holidays(y: int) -> list[date]:
    """England and Wales' bank holidays: New Year's Day, Good Friday, Easter Monday, the early May,
    spring (last May) and summer (last August) Mondays, Christmas Day, Boxing Day (days moved off a
    weekend are left out: "bank hol" names the holiday)."""
    def first_monday(m):
        d = date(y, m, 1)
        return d + timedelta(days=(0 - d.weekday()) % 7)

    def last_monday(m):
        d = date(y, m + 1, 1) - timedelta(days=1)
        return d - timedelta(days=d.weekday())
    return [date(y, 1, 1), _easter(y) - timedelta(days=2), _easter(y) + timedelta(days=1), first_monday(5),
            last_monday(5), last_monday(8), date(y, 12, 25), date(y, 12, 26)]


def _mothering_sunday(y: int) -> date:
    return _easter(y) - timedelta(days=21)


def _us_mothers_day(y: int) -> date:
    may1 = date(y, 5, 1)
    return may1 + timedelta(days=(6 - may1.weekday()) % 7 + 7)


def _upcoming(ref: date, days) -> date:
    return min(d for y in (ref.year, ref.year + 1) for d in days(y) if d > ref)


def _gone(ref: date, days) -> date:
    return max(d for y in (ref.year - 1, ref.year) for d in days(y) if d < ref)


HOLIDAYS = [
    # (plan text, report text, the words, its days in a year)
    ("@jo: what are you doing for xmas?", "@jo: had a quiet xmas tbh", "xmas", lambda y: [date(y, 12, 25)]),
    ("@jo: NYE plans?", "@jo: NYE was mad", "NYE", lambda y: [date(y, 12, 31)]),
    ("@jo: what you doing NYE?", "@jo: NYE was a write-off", "NYE", lambda y: [date(y, 12, 31)]),
    ("@jo: NYD brunch anyone?", "@jo: spent NYD in bed", "NYD", lambda y: [date(y, 1, 1)]),
    ("@jo: next xmas we're doing it at ours", "@jo: last xmas the oven broke", "xmas", lambda y: [date(y, 12, 25)]),
    ("@jo: what are you doing for thanksgiving?", "@jo: thanksgiving was so good", "thanksgiving",
     lambda y: [_thanksgiving(y)]),
    ("@jo: any plans for the bank hol?", "@jo: had a lush bank hol", "bank hol", _bank_holidays),
    ("@jo: mothers day on Sunday, need to get my mum something", "@jo: mothers day was lovely, took my mum out",
     "mothers day", lambda y: [_mothering_sunday(y)]),
    ("@jo: mothers day is Sunday, need to get my mom something", "@jo: mothers day was lovely, took my mom out",
     "mothers day", lambda y: [_us_mothers_day(y)]),
]


@pytest.mark.parametrize("plan,report,words,days", HOLIDAYS)
def test_holiday_grid(plan, report, words, days):
    cases = []
    for ref in YEAR:
        if "Sunday" in plan and _upcoming(ref, days) - ref > timedelta(days=6):
            continue   # "on Sunday" names a Sunday within the week: only where the day is that Sunday
        cases.append((plan, ref, words, "DATE", _upcoming(ref, days).isoformat()))
        cases.append((report, ref, words, "DATE", _gone(ref, days).isoformat()))
    _check(cases)


BANK_HOLIDAY_WEEKENDS = [
    ("@jo: bank hol weekend plans?", False),
    ("@jo: anything on this bank holiday weekend?", False),
    ("@jo: the bank hol weekend was a washout", True),
]


@pytest.mark.parametrize("text,past", BANK_HOLIDAY_WEEKENDS)
def test_bank_holiday_weekend_grid(text, past):
    cases = []
    for ref in YEAR:
        monday = (_gone if past else _upcoming)(ref, _bank_holidays)
        day = monday - timedelta(days=1) if monday.weekday() == 0 else monday   # a Monday's weekend is the one before it
        cases.append((text, ref, "bank hol", "DATE", _iso_week(day) + "-WE"))
    _check(cases)


LONG_WEEKENDS = [
    # a holiday's weekend whose holiday the words do not name: a weekend, which one not known
    ("@jo: anyone got plans for the long weekend?", "the long weekend", "XXXX-WXX-WE"),
    ("@jo: it's been raining since the long weekend", "the long weekend", "XXXX-WXX-WE"),
]


@pytest.mark.parametrize("text,words,value", LONG_WEEKENDS)
def test_long_weekend_grid(text, words, value):
    _check([(text, ref, words, "DATE", value) for ref in WEEK + EDGES])


def test_named_long_weekend_grid():
    """"the Easter long weekend": the weekend of Easter Sunday's week, the next one in a plan."""
    cases = []
    for ref in YEAR:
        easter = _upcoming(ref, lambda y: [_easter(y)])
        cases.append(("@jo: plans for the Easter long weekend?", ref, "Easter", "DATE", _iso_week(easter) + "-WE"))
    _check(cases)


# ---- 5. numeric dates in posts: which order the text uses ------------------------------------

def test_slash_date_order_from_the_texts_other_dates():
    cases = []
    for ref in [date(2025, 1, 20), date(2025, 6, 6), date(2025, 10, 2)]:
        for d, m in ((3, 5), (4, 7), (6, 9), (2, 11)):
            # a day-first text (13/04 cannot be month first) and a month-first one (4/13)
            uk = f"@jo: last one was 13/04, next one is {d}/{m}"
            us = f"@jo: last one was 4/13, next one is {m}/{d}"
            want = date(ref.year, m, d)
            if want <= ref:
                want = date(ref.year + 1, m, d)
            cases.append((uk, ref, f"{d}/{m}", "DATE", want.isoformat()))
            cases.append((us, ref, f"{m}/{d}", "DATE", want.isoformat()))
    _check(cases)


def test_slash_date_without_evidence_is_left_out():
    for ref in WEEK:
        for text in ("@jo: next one is 3/5", "@jo: see you 4/7?", "@jo: the gig on 6/9 was unreal"):
            got = [(t.expression, t.timex_value) for t in tag(text, ref) if "/" in t.expression]
            assert got == [], f"{ref}: {text!r} -> {got}"


def test_month_day_in_posts_grid():
    cases = []
    for ref in YEAR:
        for mon, m, d in (("Mar", 3, 4), ("Sept", 9, 12), ("dec", 12, 1)):
            if date(ref.year, m, d) == ref:
                continue   # said on the day itself: today's
            ahead = date(ref.year, m, d) if date(ref.year, m, d) > ref else date(ref.year + 1, m, d)
            gone = date(ref.year, m, d) if date(ref.year, m, d) < ref else date(ref.year - 1, m, d)
            sfx = {1: "st", 4: "th", 12: "th"}[d]
            cases.append((f"@jo: {mon} {d}{sfx} works for me", ref, f"{mon} {d}", "DATE", ahead.isoformat()))
            if not timedelta(0) < date(ref.year if date(ref.year, m, d) > ref else ref.year + 1, m, d) - ref <= timedelta(days=92):
                # (a past verb and a date up to three months ahead: the tense reader's decision, "the exam
                # was june 2nd" written in May reads ahead)
                cases.append((f"@jo: it was {mon} {d}{sfx}, I remember", ref, f"{mon} {d}", "DATE", gone.isoformat()))
    _check(cases)


MONTH_DAY_FRAMES = [
    # a post's day of the month in the frames of a plan (the next one) and of a report (the last one)
    ("@jo: {n} works for me", False),
    ("@jo: {n} it is then", False),
    ("@jo: how about the {n}?", False),
    ("@jo: on the {n} I'm free", False),
    ("@jo: is the {n} ok?", False),
    ("@jo: it was the {n} I think", True),
    ("@jo: the {n} was mad", True),
]


@pytest.mark.parametrize("template,past", MONTH_DAY_FRAMES)
def test_day_of_month_frames_grid(template, past):
    cases = []
    for ref in [date(2025, 6, 4), date(2025, 6, 18), date(2025, 6, 30), date(2025, 12, 31), date(2026, 2, 14)]:
        for n in (1, 3, 12, 22, 28):
            if n == ref.day:
                continue
            m = ref.month + (0 if past or n > ref.day else 1) - (1 if past and n > ref.day else 0)
            y, m = ref.year + (m - 1) // 12, (m - 1) % 12 + 1
            cases.append((template.format(n=f"{n}{_suffix(n)}"), ref, f"{n}{_suffix(n)}", "DATE", date(y, m, n).isoformat()))
    _check(cases)


# ---- 6. sets -----------------------------------------------------------------------------

SETS = [
    ("@jo: I work weekends", "weekends", "XXXX-WXX-WE"),
    ("@jo: most weekends we go to the coast", "weekends", "XXXX-WXX-WE"),
    ("@jo: every other weekend he has the kids", "every other weekend", "XXXX-WXX-WE"),
    ("@jo: every weekend without fail", "every weekend", "XXXX-WXX-WE"),
    ("@jo: I see her every fortnight", "every fortnight", "P2W"),
    ("@jo: bins go once a fortnight", "once a fortnight", "P2W"),
    ("@jo: we do it fortnightly", "fortnightly", "P2W"),
    ("@jo: twice a week", "twice a week", "P1W"),
    ("@jo: swim every other Tues", "every other Tues", "XXXX-WXX-2"),
    ("@jo: Tuesdays and Thursdays are gym days", "Tuesdays", "XXXX-WXX-2"),
    ("@jo: open mon-fri", "mon", "XXXX-WXX-1"),
]


@pytest.mark.parametrize("text,words,value", SETS)
def test_set_grid(text, words, value):
    _check([(text, ref, words, "SET", value) for ref in WEEK + EDGES])


# ---- 7. hashtags --------------------------------------------------------------------------

HASHTAGS = ["@jo: #Friday feels", "@jo: #tbt to Ibiza 2019", "@jo: new PB!! #MondayMotivation",
            "@jo: #SundayFunday at the beach", "@jo: #FridayFeeling"]


@pytest.mark.parametrize("text", HASHTAGS)
def test_hashtags_name_no_day(text):
    for ref in WEEK:
        got = [(t.expression, t.timex_value) for t in tag(text, ref) if t.timex_type in ("DATE", "TIME")
               and not t.expression[:1].isdigit()]
        assert got == [], f"{ref}: {text!r} -> {got}"


# ---- 8. (eleventh session) a weekday said on its own day and the day after -----------------------
# TimeML reads "last Friday" as the Friday before the day of writing (on a Saturday, the day before;
# on a Friday, a week before), "this Friday" as the Friday of the week of writing (on a Friday, that
# day), British "Friday gone" / "Monday just gone" as the last one; "Friday week", "a week on Friday"
# (British) as seven days after the Friday that "on Friday" names in a plan. "this Friday" in a plan is
# the one to come. The same weekday as the day of writing ("this Friday", "Friday week", "a week on
# Friday" said on a Friday) is another decision (today, a week or two ahead), not asked.

def _this(ref: date, wd: int) -> date:
    return ref + timedelta(days=(wd - ref.weekday()) % 7)


RELATIVE_WEEKDAYS = [
    ("@jo: I saw him last {W}", "last {W}", _last),
    ("@jo: it was mad last {W}", "last {W}", _last),
    ("@jo: paid it {W} gone", "{W} gone", _last),
    ("@jo: the parcel came {W} just gone", "{W} just gone", _last),
    ("@jo: this {W} works for me", "this {W}", _this),
    ("@jo: are you about this {W}?", "this {W}", _this),
    ("@jo: back {W} week", "{W} week", lambda r, wd: _next(r, wd) + timedelta(days=7)),
    ("@jo: back a week on {W}", "a week on {W}", lambda r, wd: _next(r, wd) + timedelta(days=7)),
    ("@jo: the next one is a week on {W}", "a week on {W}", lambda r, wd: _next(r, wd) + timedelta(days=7)),
]


@pytest.mark.parametrize("text,words,want", RELATIVE_WEEKDAYS)
def test_relative_weekday_on_every_day_grid(text, words, want):
    cases = []
    for ref in WEEK + EDGES:
        for wd in range(7):
            if wd == ref.weekday() and words != "last {W}" and "gone" not in words:
                continue   # "this Friday?" said on a Friday: today in a statement, next week's in a person's
                #            question or future (tagger: a person speaking of today says "today"); not asked
            cases.append((text.format(W=FULL[wd]), ref, words.format(W=FULL[wd]), "DATE", want(ref, wd).isoformat()))
    _check(cases)


# ---- 9. a weekday before or after a date just told: "the Thursday before", "the Monday after" ------

AROUND_A_DATE = [
    ("@jo: the party's on {D}. we'll come up the {W} before", "the {W} before", -1),
    ("@jo: wedding is {D}!! hen do is the {W} before", "the {W} before", -1),
    ("@jo: gig on {D}, we drive home the {W} after", "the {W} after", 1),
    ("@jo: she flies out on {D} and starts work the {W} after", "the {W} after", 1),
]


@pytest.mark.parametrize("text,words,sign", AROUND_A_DATE)
def test_weekday_around_a_date_grid(text, words, sign):
    cases = []
    for ref in (date(2025, 6, 4), date(2025, 12, 29)):
        for k in range(7):                       # the date told falls on every weekday
            day = ref + timedelta(days=10 + k)
            told = f"{FULL[day.weekday()]} {day.day} {MONTH_NAMES[day.month - 1]}"
            for wd in range(7):
                if wd == day.weekday():
                    continue
                want = day + timedelta(days=sign * ((sign * (wd - day.weekday())) % 7))
                cases.append((text.format(D=told, W=FULL[wd]), ref, words.format(W=FULL[wd]), "DATE", want.isoformat()))
    _check(cases)


# ---- 10. a weekend named by its day; weeks of a month ------------------------------------------------

def test_weekend_of_a_date_grid():
    """"the weekend of 8 February", "the weekend of Feb 8th", "the weekend of the 8th": the weekend of
    that Saturday or Sunday (or of the Friday before it): one DATE, never the weekend of writing."""
    cases = []
    for ref in (date(2025, 6, 4), date(2025, 11, 20), date(2025, 12, 30)):
        for k in range(12, 40):
            day = ref + timedelta(days=k)
            if day.weekday() < 4:
                continue
            sat = day + timedelta(days=5 - day.weekday())
            want = _iso_week(sat) + "-WE"
            mon = MONTH_NAMES[day.month - 1]
            for text, words in ((f"@jo: we're away the weekend of {day.day} {mon}", f"the weekend of {day.day} {mon}"),
                                (f"@jo: the weekend of {mon[:3]} {day.day}{_suffix(day.day)} works for us",
                                 f"the weekend of {mon[:3]} {day.day}"),
                                (f"@jo: is the weekend of {day.day} {mon} any good?", f"the weekend of {day.day} {mon}")):
                cases.append((text, ref, words, "DATE", want))
    _check(cases)


def _week_of_month(y: int, m: int, n: int) -> str:
    """The ISO week holding most of the month's n-th seven days (the first: days 1-7; the last: the
    month's last seven): the week of its middle day (TIDES: a week named by its place in a month is
    written as the ISO week it is)."""
    if n > 0:
        mid = date(y, m, 4) + timedelta(days=7 * (n - 1))
    else:
        mid = date(y + m // 12, m % 12 + 1, 1) - timedelta(days=4)
    return _iso_week(mid)


WEEK_OF_MONTH = [
    ("@jo: the first week of {M} is fully booked", "the first week of {M}", 1, False),
    ("@jo: we're away the second week of {M}", "the second week of {M}", 2, False),
    ("@jo: exams are the last week of {M} 😩", "the last week of {M}", -1, False),
    ("@jo: we went the first week of {M}", "the first week of {M}", 1, True),
    ("@jo: it rained all through the last week of {M}", "the last week of {M}", -1, True),
]


@pytest.mark.parametrize("text,words,n,past", WEEK_OF_MONTH)
def test_week_of_month_grid(text, words, n, past):
    cases = []
    for ref in [date(2025, m, 15) for m in range(1, 13)]:
        for mi in range(1, 13):
            if abs(mi - ref.month) <= 1 or abs(mi - ref.month) == 11 or past and (mi - ref.month) % 12 in (1, 2, 3):
                continue   # the month of writing and its neighbours; a past verb and a month up to three
                #            months ahead: the tense reader's decisions, as in test_month_in_posts_grid
            if past:
                y = ref.year if mi < ref.month else ref.year - 1
            else:
                y = ref.year if mi > ref.month else ref.year + 1
            M = MONTH_NAMES[mi - 1]
            cases.append((text.format(M=M), ref, words.format(M=M), "DATE", _week_of_month(y, mi, n)))
    _check(cases)


# ---- 11. new year, this time next week, mid-month, the beginning of the week -------------------------

NEW_YEAR = [
    ("@jo: we're away over new year", False),
    ("@jo: what are you up to over new year?", False),
    ("@jo: any plans for new year?", False),
    ("@jo: see you at new year x", False),
    ("@jo: we were away over new year", True),
    ("@jo: had covid over new year 🤒", True),
]


@pytest.mark.parametrize("text,past", NEW_YEAR)
def test_new_year_grid(text, past):
    """"over new year" (lower case, as posts write it) is the New Year holiday, 1 January: the next one
    in a plan, the last in a report (the fresh gold writes "always slow over new year" 2026-01-01)."""
    cases = []
    for ref in YEAR:
        if ref.month == 1 and ref.day <= 7 or ref.month == 12 and ref.day >= 24:
            continue   # the holiday's own fortnight: which one is the tense's nearer reading
        y = ref.year if past else ref.year + 1
        cases.append((text, ref, "new year", "DATE", f"{y}-01-01"))
    _check(cases)


THIS_TIME = [
    ("@jo: this time next week I'll be in Spain", "this time next week", 7),
    ("@jo: this time next week we'll be married!!", "this time next week", 7),
    ("@jo: this time last week I was on a beach", "this time last week", -7),
]


@pytest.mark.parametrize("text,words,days", THIS_TIME)
def test_this_time_next_week_grid(text, words, days):
    """"this time next week": the same time a week on: the day (the time of day is the writer's own)."""
    _check([(text, ref, words, "DATE", (ref + timedelta(days=days)).isoformat()) for ref in WEEK + EDGES])


EDGE_PHRASES = [
    ("@jo: mid-March works for me", "mid-March", "month", 3),
    ("@jo: we're moving mid-October", "mid-October", "month", 10),
    ("@jo: beginning of the week is better", "beginning of the week", "week", 0),
    ("@jo: start of next week?", "start of next week", "week", 1),
    ("@jo: beginning of next week suits", "beginning of next week", "week", 1),
    ("@jo: end of next week?", "end of next week", "week", 1),
]


@pytest.mark.parametrize("text,words,unit,n", EDGE_PHRASES)
def test_edge_phrase_grid(text, words, unit, n):
    cases = []
    for ref in WEEK + EDGES:
        if unit == "week":
            want = _iso_week(ref + timedelta(days=7 * n))
        else:
            if ref.month == n:
                continue
            want = f"{ref.year if n > ref.month else ref.year + 1}-{n:02d}"
        cases.append((text, ref, words, "DATE", want))
    _check(cases)


# ---- 12. more holidays: the next in a plan, the last in a report ---------------------------------

MORE_HOLIDAYS = [
    ("@jo: what are you doing for Boxing Day?", "@jo: Boxing Day was chaos", "Boxing Day", lambda y: [date(y, 12, 26)]),
    ("@jo: Black Friday deals are gonna be mad", "@jo: spent way too much on Black Friday", "Black Friday",
     lambda y: [_thanksgiving(y) + timedelta(days=1)]),
    ("@jo: what are you doing on Good Friday?", "@jo: we went to the coast on Good Friday", "Good Friday",
     lambda y: [_easter(y) - timedelta(days=2)]),
    ("@jo: any plans for Easter Monday?", "@jo: Easter Monday was a washout", "Easter Monday",
     lambda y: [_easter(y) + timedelta(days=1)]),
    ("@jo: bonfire night plans?", "@jo: bonfire night was freezing", "bonfire night", lambda y: [date(y, 11, 5)]),
    ("@jo: what are you doing for valentines?", "@jo: valentines was a disaster lol", "valentines",
     lambda y: [date(y, 2, 14)]),
    ("@jo: what are you doing for halloween?", "@jo: halloween was mad", "halloween", lambda y: [date(y, 10, 31)]),
]


@pytest.mark.parametrize("plan,report,words,days", MORE_HOLIDAYS)
def test_more_holidays_grid(plan, report, words, days):
    cases = []
    for ref in YEAR:
        if ref in days(ref.year):
            continue
        cases.append((plan, ref, words, "DATE", _upcoming(ref, days).isoformat()))
        if (_upcoming(ref, days) - ref).days > 14:
            # (a past verb up to a fortnight before the holiday: "forgot about easter" three days before
            # it speaks of the one ahead, resolve._HOLIDAY_AHEAD; the tense reader's decision)
            cases.append((report, ref, words, "DATE", _gone(ref, days).isoformat()))
    _check(cases)


def test_thanksgiving_weekend_grid():
    cases = []
    for ref in YEAR:
        tg = _upcoming(ref, lambda y: [_thanksgiving(y)])
        cases.append(("@jo: Thanksgiving weekend plans?", ref, "Thanksgiving weekend", "DATE",
                      _iso_week(tg) + "-WE"))
    _check(cases)


# ---- 13. weekends to come and around a date; "Saturday fortnight" ------------------------------------

def test_this_coming_weekend_grid():
    """"this coming weekend": said on a weekday, the weekend of the week of writing (was the one after);
    said on a Saturday or a Sunday, the next one. "weekend after next" (no article): two weekends on."""
    cases = []
    for ref in WEEK + EDGES:
        cases.append(("@jo: this coming weekend works", ref, "this coming weekend", "DATE",
                      _iso_week(ref + timedelta(days=7 if ref.weekday() >= 5 else 0)) + "-WE"))
        cases.append(("@jo: weekend after next is free", ref, "weekend after next", "DATE",
                      _iso_week(ref + timedelta(days=14)) + "-WE"))
    _check(cases)


def test_weekday_fortnight_grid():
    """British "Saturday fortnight": fourteen days after the Saturday to come (said on another day)."""
    cases = []
    for ref in WEEK + EDGES:
        for wd in range(7):
            if wd == ref.weekday():
                continue
            cases.append((f"@jo: the final's {FULL[wd]} fortnight, at the rec", ref, f"{FULL[wd]} fortnight", "DATE",
                          (_next(ref, wd) + timedelta(days=14)).isoformat()))
    _check(cases)


@pytest.mark.parametrize("text,sign", [("@jo: the party's on {D} and we're away the weekend before", -1),
                                       ("@jo: the wedding's {D} so the weekend after is a write-off", 1)])
def test_weekend_around_a_date_grid(text, sign):
    cases = []
    for ref in (date(2025, 6, 4), date(2025, 12, 29)):
        for k in range(10, 17):
            day = ref + timedelta(days=k)
            told = f"{FULL[day.weekday()]} {day.day} {MONTH_NAMES[day.month - 1]}"
            words = "the weekend before" if sign < 0 else "the weekend after"
            # (values2, sixteenth session) the weekend after a day is the first one after it (that week's after a
            # weekday: "flew in on Thursday the 1st, did Ha Long Bay the following weekend", as the readable golds
            # write it); the weekend before, the last one before it
            after = day + timedelta(days=(5 - day.weekday()) % 7 or 7)
            cases.append((text.format(D=told), ref, words, "DATE", _iso_week(day + timedelta(days=-7) if sign < 0 else after) + "-WE"))
    _check(cases)


def test_weekday_around_a_holiday_grid():
    """"the Friday before Christmas", "the Monday after Easter": a DATE told from the holiday to come (in a plan), never
    the weekday from the day of writing; the day counted and the holiday two TIMEX3 (§158). ("the week before Christmas" is left as "Christmas": the
    news8 A gold tags the holiday alone there.)"""
    cases = []
    for ref in YEAR:
        xmas = _upcoming(ref, lambda y: [date(y, 12, 25)])
        east = _upcoming(ref, lambda y: [_easter(y)])
        fri = xmas - timedelta(days=(xmas.weekday() - 4) % 7 or 7)
        cases.append(("@jo: the Friday before Christmas is our works do", ref, "the Friday", "DATE", fri.isoformat()))
        cases.append(("@jo: the Monday after Easter we fly", ref, "the Monday", "DATE",
                      (east + timedelta(days=1)).isoformat()))
    _check(cases)


# ---- 14. (twelfth session) holidays of other calendars, school holidays, a day of the month in a habit ----
# Moveable feasts whose day no weekday rule gives are read from a dated table in the language data for the
# years it covers (a year it does not cover: no day, never a guess). The table below is this test's own,
# written from the published calendars (Chinese lunisolar, Hebrew, Umm al-Qura) and checked against three
# libraries of those calendars (lunardate 0.3.0, pyluach 2.3.0, hijri-converter 2.3.2) when it was written;
# no library of the project's reads it. A feast of several days is its first day (as "Easter" is its Sunday):
# Hanukkah 25 Kislev, Passover 15 Nisan, Rosh Hashanah 1 Tishrei, Yom Kippur 10 Tishrei (each begins at
# sunset the evening before); Eid al-Fitr 1 Shawwal, Eid al-Adha 10 Dhu al-Hijja by the Umm al-Qura calendar
# (a country that waits for the moon may keep it a day later: the text cannot say, the calendar's day is
# written). A bare "Eid" is either: the next of the two in a plan, the last in a report.

LUNAR_NEW_YEAR = {2024: date(2024, 2, 10), 2025: date(2025, 1, 29), 2026: date(2026, 2, 17), 2027: date(2027, 2, 6)}
HANUKKAH = {2024: date(2024, 12, 26), 2025: date(2025, 12, 15), 2026: date(2026, 12, 5), 2027: date(2027, 12, 25)}
PASSOVER = {2024: date(2024, 4, 23), 2025: date(2025, 4, 13), 2026: date(2026, 4, 2), 2027: date(2027, 4, 22)}
ROSH_HASHANAH = {2024: date(2024, 10, 3), 2025: date(2025, 9, 23), 2026: date(2026, 9, 12), 2027: date(2027, 10, 2)}
YOM_KIPPUR = {2024: date(2024, 10, 12), 2025: date(2025, 10, 2), 2026: date(2026, 9, 21), 2027: date(2027, 10, 11)}
EID_AL_FITR = {2024: date(2024, 4, 10), 2025: date(2025, 3, 30), 2026: date(2026, 3, 20), 2027: date(2027, 3, 9)}
EID_AL_ADHA = {2024: date(2024, 6, 16), 2025: date(2025, 6, 6), 2026: date(2026, 5, 27), 2027: date(2027, 5, 16)}


def _table(*tables):
    return lambda y: [t[y] for t in tables if y in t]


def _canadian_thanksgiving(y: int) -> date:
    oct1 = date(y, 10, 1)
    return oct1 + timedelta(days=(0 - oct1.weekday()) % 7 + 7)   # the second Monday of October


OTHER_CALENDARS = [
    ("@jo: what are you doing for Lunar New Year?", "@jo: Lunar New Year was lovely, so much food", "Lunar New Year",
     _table(LUNAR_NEW_YEAR)),
    ("@jo: are you coming to ours for Chinese New Year?", "@jo: we celebrated Chinese New Year at my nan's",
     "Chinese New Year", _table(LUNAR_NEW_YEAR)),
    ("@jo: what are you doing for Hanukkah?", "@jo: spent Hanukkah at my parents'", "Hanukkah", _table(HANUKKAH)),
    ("@jo: are you home for Chanukah?", "@jo: Chanukah was so cosy", "Chanukah", _table(HANUKKAH)),
    ("@jo: what are you doing for Passover?", "@jo: Passover was at my uncle's", "Passover", _table(PASSOVER)),
    ("@jo: are you home for Rosh Hashanah?", "@jo: we were at my grandma's for Rosh Hashanah", "Rosh Hashanah",
     _table(ROSH_HASHANAH)),
    ("@jo: are you fasting for Yom Kippur?", "@jo: Yom Kippur was hard this time", "Yom Kippur", _table(YOM_KIPPUR)),
    ("@jo: Eid al-Fitr plans?", "@jo: we spent Eid al-Fitr at my aunt's", "Eid al-Fitr", _table(EID_AL_FITR)),
    ("@jo: what are you doing for Eid ul-Adha?", "@jo: Eid ul-Adha was lovely", "Eid ul-Adha", _table(EID_AL_ADHA)),
    ("@jo: see you at Eid!", "@jo: spent Eid with the cousins", "Eid", _table(EID_AL_FITR, EID_AL_ADHA)),
    ("@jo: what are you doing for Canadian Thanksgiving?", "@jo: Canadian Thanksgiving was so good",
     "Canadian Thanksgiving", lambda y: [_canadian_thanksgiving(y)]),
]


@pytest.mark.parametrize("plan,report,words,days", OTHER_CALENDARS)
def test_other_calendar_holiday_grid(plan, report, words, days):
    """The next one in a plan, the last one in a report (a report up to a fortnight before the next one is the
    tense reader's decision, as in test_more_holidays_grid), from the calendar's day in each year."""
    cases = []
    for ref in YEAR:
        if ref in days(ref.year):
            continue
        cases.append((plan, ref, words, "DATE", _upcoming(ref, days).isoformat()))
        if (_upcoming(ref, days) - ref).days > 14:
            cases.append((report, ref, words, "DATE", _gone(ref, days).isoformat()))
    _check(cases)


def test_other_calendar_holiday_outside_the_table_is_not_placed():
    """A year the table does not cover never gets the day of a year it does cover: it gets no day, or (since
    the twenty-first session, holidays22, docs/informal-time.md §58) the day the ``holidays`` package gives
    for that year (``temporal/othercal.py``), and only where the package gives one."""
    from timeline_app.temporal.othercal import library_days
    for ref in (date(2031, 6, 4), date(2031, 11, 20)):
        for text, words, cal in (("@jo: what are you doing for Hanukkah?", "Hanukkah", ("hebrew", "hanukkah")),
                                 ("@jo: Eid al-Fitr plans?", "Eid", ("islamic", "eid_al_fitr")),
                                 ("@jo: what are you doing for Lunar New Year?", "Lunar New Year",
                                  ("chinese", "lunar_new_year"))):
            t = _found(text, ref, words)
            if t is None or "XX" in t.timex_value:
                continue
            day = date.fromisoformat(t.timex_value)
            assert day.year > 2028, f"{ref}: {text!r} -> {t.timex_value}: a year the table covers"
            assert day in library_days(*cal, day.year), f"{ref}: {text!r} -> {t.timex_value}: not the package's day"


SCHOOL_HOLS = [
    # "the easter hols", "christmas hols": the school holidays around the feast, written as the feast (the words
    # the tagger finds are the feast's); the next one in a plan, the last in a report
    ("@jo: any plans for the easter hols?", "@jo: the easter hols were a washout", "easter", lambda y: [_easter(y)]),
    ("@jo: christmas hols can't come soon enough", "@jo: the christmas hols went so fast", "christmas",
     lambda y: [date(y, 12, 25)]),
    ("@jo: what are you doing in the Easter hols?", "@jo: we went camping in the Easter hols", "Easter",
     lambda y: [_easter(y)]),
]


@pytest.mark.parametrize("plan,report,words,days", SCHOOL_HOLS)
def test_school_holidays_by_feast_grid(plan, report, words, days):
    cases = []
    for ref in YEAR:
        if ref in days(ref.year) or (_upcoming(ref, days) - ref).days <= 14 or (ref - _gone(ref, days)).days <= 14:
            continue   # the holidays themselves: which one is the tense's nearer reading
        cases.append((plan, ref, words, "DATE", _upcoming(ref, days).isoformat()))
        cases.append((report, ref, words, "DATE", _gone(ref, days).isoformat()))
    _check(cases)


def test_pay_day_of_the_month_grid():
    """"we get paid on the 28th", "rent goes out on the 1st": a day of the month in the present of a habit
    of pay or rent names the next one (the one the writer waits for), never the one gone; "the 1st of every
    month", "the 15th of each month" are SETs of that day (TIDES: XXXX-XX-01)."""
    cases = []
    for ref in [date(2025, 6, 4), date(2025, 6, 18), date(2025, 6, 30), date(2025, 12, 31), date(2026, 2, 14)]:
        for n in (1, 15, 28):
            if n == ref.day:
                continue
            y, m = (ref.year, ref.month) if n > ref.day else (ref.year + ref.month // 12, ref.month % 12 + 1)
            nxt = date(y, m, n).isoformat()
            s = f"{n}{_suffix(n)}"
            cases += [(f"@jo: we get paid on the {s} so I'll send it then", ref, f"the {s}", "DATE", nxt),
                      (f"@jo: I get paid the {s}, can I owe you?", ref, f"the {s}", "DATE", nxt),
                      (f"@jo: rent goes out on the {s} so I'm skint till then", ref, f"the {s}", "DATE", nxt),
                      (f"@jo: rent's due on the {s} of every month", ref, f"the {s} of every month", "SET", f"XXXX-XX-{n:02d}"),
                      (f"@jo: we're paid on the {s} of each month", ref, f"the {s} of each month", "SET", f"XXXX-XX-{n:02d}")]
    _check(cases)


def test_end_of_month_in_posts_grid():
    """"end of month", "month end" without the article (posts, work chats): the month of writing, mod END;
    "tomorrow week" (British): a week after tomorrow."""
    cases = []
    for ref in WEEK + EDGES:
        cases += [("@jo: I'll pay you back end of month", ref, "end of month", "DATE", f"{ref:%Y-%m}"),
                  ("@jo: skint till month end", ref, "month end", "DATE", f"{ref:%Y-%m}"),
                  ("@jo: we fly tomorrow week!!", ref, "tomorrow week", "DATE", (ref + timedelta(days=8)).isoformat())]
    _check(cases)


EASTER_FEASTS = [
    # the moveable feasts of the Christian year told from Easter (as Good Friday, Mothering Sunday): the next in a
    # plan, the last in a report
    ("@jo: pancakes on Shrove Tuesday?", "@jo: we had pancakes on Shrove Tuesday", "Shrove Tuesday", -47),
    ("@jo: the Ash Wednesday service is at 7.30pm", "@jo: I went to the Ash Wednesday service", "Ash Wednesday", -46),
    ("@jo: are you going to the procession on Palm Sunday?", "@jo: we went to the procession on Palm Sunday", "Palm Sunday", -7),
    ("@jo: what are you doing on Maundy Thursday?", "@jo: we drove down on Maundy Thursday", "Maundy Thursday", -3),
]


@pytest.mark.parametrize("plan,report,words,shift", EASTER_FEASTS)
def test_easter_feast_grid(plan, report, words, shift):
    days = lambda y: [_easter(y) + timedelta(days=shift)]   # noqa: E731
    cases = []
    for ref in YEAR:
        if ref in days(ref.year):
            continue
        cases.append((plan, ref, words, "DATE", _upcoming(ref, days).isoformat()))
        if (_upcoming(ref, days) - ref).days > 14:
            cases.append((report, ref, words, "DATE", _gone(ref, days).isoformat()))
    _check(cases)


def test_eve_of_a_dated_holiday_grid():
    """"Erev Rosh Hashanah", "Erev Yom Kippur": the eve, the day before the holiday's first day (to come in a plan)."""
    cases = []
    for ref in YEAR:
        for name, table in (("Rosh Hashanah", ROSH_HASHANAH), ("Yom Kippur", YOM_KIPPUR)):
            eve = lambda y, t=table: [t[y] - timedelta(days=1)] if y in t else []   # noqa: E731
            if ref in eve(ref.year):
                continue
            cases.append((f"@jo: are you coming for Erev {name}?", ref, f"Erev {name}", "DATE", _upcoming(ref, eve).isoformat()))
    _check(cases)


def test_day_of_month_then_this_or_next_month_grid():
    """"paying on the 30th this month", "the 5th next month": the day of the month named right after it (counted
    from the day of writing), never the month last mentioned ("... goes into July's run. paying on the 30th this month")."""
    cases = []
    for ref in [date(2025, 6, 4), date(2025, 6, 25), date(2025, 12, 3), date(2026, 1, 14)]:
        nxt = ref.replace(day=1) + timedelta(days=32)
        for n in (5, 20, 28):
            s = f"{n}{_suffix(n)}"
            after = date(ref.year + (ref.month // 12 if ref.month == 12 else 0), nxt.month, 1)
            cases += [(f"@jo: it goes into {MONTH_NAMES[nxt.month - 1]}'s run. are we paying on the {s} this month?", ref,
                       f"the {s}", "DATE", ref.replace(day=n).isoformat()),
                      (f"@jo: we're paying on the {s} next month", ref, f"the {s}", "DATE", after.replace(day=n).isoformat())]
    _check(cases)


def test_timetable_lines_under_a_heading_grid():
    """A holiday's opening hours, one line a day ("Thursday open as normal / Good Friday open till 4 / Saturday
    walk-ins only"): each weekday the one to come in the week of the heading, never a headline's day gone."""
    cases = []
    for ref in [_easter(y) - timedelta(days=k) for y in (2025, 2026, 2027) for k in (4, 5, 6, 7)]:
        east = _easter(ref.year)
        text = "FADES & CO Easter hours\nThursday open as normal\nGood Friday open till 4\nSaturday walk-ins only\nEaster Sunday & Easter Monday closed"
        cases.append((text, ref, "Saturday", "DATE", (east - timedelta(days=1)).isoformat()))
        cases.append((text, ref, "Thursday", "DATE", (east - timedelta(days=3)).isoformat()))
    for ref in WEEK[:4]:
        text = "Opening this week\nFriday open late\nSaturday walk-ins only\nSunday closed"
        cases.append((text, ref, "Saturday", "DATE", _next(ref, 5).isoformat()))
    assert len(cases) >= 6
    _check(cases)


def test_weekday_after_a_day_told_then_an_emoji_grid():
    """"I've got a deadline the Monday after 😭": the first Monday after the day just told, as "the Monday after."."""
    cases = []
    for ref in (date(2025, 6, 4), date(2025, 12, 29)):
        for k in range(7):
            day = ref + timedelta(days=10 + k)
            told = f"{FULL[day.weekday()]} {day.day} {MONTH_NAMES[day.month - 1]}"
            for wd in range(7):
                if wd == day.weekday():
                    continue
                want = day + timedelta(days=(wd - day.weekday()) % 7)
                cases.append((f"@jo: the party's on {told}\n@sam: I've got a deadline the {FULL[wd]} after 😭", ref,
                              f"the {FULL[wd]} after", "DATE", want.isoformat()))
    _check(cases)


def _nth_monday(y: int, m: int, n: int) -> date:
    d = date(y, m, 1)
    return d + timedelta(days=(0 - d.weekday()) % 7 + 7 * (n - 1))


NATIONAL_DAYS = [
    # national days that posts and tweets name (Canada, Australia, New Zealand, the US): the next in a plan, the
    # last in a report
    ("@jo: what are you doing for Canada Day?", "@jo: Canada Day was so hot", "Canada Day", lambda y: [date(y, 7, 1)]),
    ("@jo: Australia Day plans?", "@jo: we spent Australia Day at the beach", "Australia Day", lambda y: [date(y, 1, 26)]),
    ("@jo: are you going to the Anzac Day dawn service?", "@jo: we went to the dawn service on Anzac Day", "Anzac Day",
     lambda y: [date(y, 4, 25)]),
    ("@jo: Waitangi Day plans?", "@jo: Waitangi Day was lovely", "Waitangi Day", lambda y: [date(y, 2, 6)]),
    ("@jo: what are you doing for the Fourth of July?", "@jo: the Fourth of July was wild", "Fourth of July",
     lambda y: [date(y, 7, 4)]),
    ("@jo: Cinco de Mayo plans?", "@jo: Cinco de Mayo was so fun", "Cinco de Mayo", lambda y: [date(y, 5, 5)]),
    ("@jo: are you off for MLK Day?", "@jo: MLK Day was quiet", "MLK Day", lambda y: [_nth_monday(y, 1, 3)]),
    ("@jo: Presidents Day plans?", "@jo: Presidents Day was dead at work", "Presidents Day", lambda y: [_nth_monday(y, 2, 3)]),
    ("@jo: are you off for Columbus Day?", "@jo: Columbus Day was a washout", "Columbus Day", lambda y: [_nth_monday(y, 10, 2)]),
    ("@jo: what are you doing for Mardi Gras?", "@jo: Mardi Gras was unreal", "Mardi Gras",
     lambda y: [_easter(y) - timedelta(days=47)]),
]


@pytest.mark.parametrize("plan,report,words,days", NATIONAL_DAYS)
def test_national_day_grid(plan, report, words, days):
    cases = []
    for ref in YEAR:
        if ref in days(ref.year):
            continue
        cases.append((plan, ref, words, "DATE", _upcoming(ref, days).isoformat()))
        if (_upcoming(ref, days) - ref).days > 14:
            cases.append((report, ref, words, "DATE", _gone(ref, days).isoformat()))
    _check(cases)
