"""A weekday or "that weekend" that names a day of the occasion a thread or an e-mail talks about, not the next such day
from the post (thirty-fifth session, theday36; docs/informal-time.md §137): "could do that Monday" after "the céilí,
Monday 22nd"; "and back on the Monday?" after the day a crew sails; "has a wedding that weekend but will be back by the
Tuesday" after the ball's day; "are the vets racing sat or sun this time?" under a post that told the day they sail;
"really sorry, that weekend was the coldest" after a review's day and a year named since.

The sentences are this session's own, written from the grammar of §137 in several voices (a club's thread, a parents'
group, committee e-mails, a review and its response, a family chat); the days of writing are every day of a March 2025
week, of the week of the 2026/27 turn and month ends; the occasion's day is put 5 to 30 days on (or back, for the
review) and every value is computed here from the calendar. The look-alikes at the end must keep the tagger's reading:
a weekday with no occasion told, "the Sunday roast", "that day" with no day told."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import DAYS, MON, MONTH, WEEKDAY, check, found, iso_week, next_weekday

REFS = [date(2025, 3, d) for d in range(10, 17)] + [date(2026, 12, 28) + timedelta(days=k) for k in range(7)] \
    + [date(2026, 2, 28), date(2026, 4, 30), date(2025, 8, 31), date(2025, 12, 31)]
AHEAD = [5, 9, 16, 23]
SHORT = ["Mon", "Tues", "Weds", "Thurs", "Fri", "Sat", "Sun"]
LOWER_SHORT = ["mon", "tues", "wed", "thurs", "fri", "sat", "sun"]


def _d(day: date) -> tuple[str, str]:
    return "DATE", day.isoformat()


def _suf(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _told(day: date, style: int) -> str:
    """The occasion's day as the posts write it, in one of four styles."""
    wd, d = day.isoweekday() - 1, day.day
    return [f"{WEEKDAY[wd]} {d}{_suf(d)} {MONTH[day.month - 1]}", f"{SHORT[wd]} {d}{_suf(d)} {MON[day.month - 1]}",
            f"{WEEKDAY[wd]} {d} {MONTH[day.month - 1]}", f"{DAYS[wd]} {d} {MON[day.month - 1]}"][style % 4]


# 1. "that" + the weekday of a day the talk told with its date: that very day
THAT_FRAMES = [
    "Céilí mór for parents the last night, {D}.\n  @Aoife I'm in Kildare town, could do that {W} if I get the afternoon off",
    "Parents' evening is {D} at 7pm. I'm on lates that {W} so Dad will go.",
    "Hi all, the away match is {D}. Shona: I'm working that {W} unfortunately",
    "Fancy a trip to the coast? Thinking {D}.\n\nI can't do that {W}, sorry x",
    "Mum: Nana's party is {D}!!\nKev: is that {W} a half day for you?",
]


def test_that_weekday_of_the_day_told():
    cases = []
    for ref in REFS:
        for i, k in enumerate(AHEAD):
            day = ref + timedelta(days=k)
            w = WEEKDAY[day.isoweekday() - 1]
            for j, frame in enumerate(THAT_FRAMES):
                cases.append((frame.format(D=_told(day, i + j), W=w), ref, f"that {w}", _d(day)))
    check(cases)


# 2. a word of return, "on"/"by" and "the" before a weekday: the first such day after the occasion's day told
BACK_FRAMES = [
    "Crews sail on the Scillonian {D}, be on the quay by 8.30 latest.\n  Jen @jentrev\n  and back on the {W}? I've got work after",
    "We fly out {D}, back on the {W} hopefully",
    "Conference is {D} in Leeds. I'll be home by the {W}.",
    "the lads go up to the college {D}, returning on the {W}",
    "Taking her down {D} and she's back the {W}, so that's the whole course",
]


def test_back_on_the_weekday_after_the_day_told():
    cases = []
    for ref in REFS:
        for i, k in enumerate(AHEAD):
            day = ref + timedelta(days=k)
            for n, w in enumerate(WEEKDAY, 1):
                if n == day.isoweekday():
                    continue   # (the same weekday as the day told: a week on or that day, not this grid's question)
                want = day + timedelta(days=(n - day.isoweekday()) % 7)
                for j, frame in enumerate(BACK_FRAMES):
                    cases.append((frame.format(D=_told(day, i + j), W=w), ref, f"the {w}", _d(want)))
    check(cases)


# 3. the same after "that weekend" of the occasion's day, in its sentence: the first such weekday after that weekend
WEEKEND_FRAMES = [
    "The ball is on {D}. Our sax player has a wedding that weekend but will be back by the {W}.",
    "Party's {D}!! I'm away that weekend, back on the {W} tho",
    "Exam board meets {D}. Marion is at a conference that weekend and back by the {W}.",
]


def test_back_by_the_weekday_after_that_weekend():
    cases = []
    for ref in REFS:
        for i, k in enumerate(AHEAD):
            day = ref + timedelta(days=k)
            if day.isoweekday() >= 6:
                continue   # (a weekend day: its weekday after "that weekend" is the grid's 2 as well)
            saturday = day + timedelta(days=6 - day.isoweekday())
            for n, w in enumerate(WEEKDAY[:5], 1):
                for j, frame in enumerate(WEEKEND_FRAMES):
                    text = frame.format(D=_told(day, i + j), W=w)
                    cases.append((text, ref, "that weekend", ("DATE", f"{iso_week(saturday)}-WE")))
                    cases.append((text, ref, f"the {w}", _d(saturday + timedelta(days=1 + n))))
    check(cases)


# 4. a weekday asked of the occasion "this time": the first such day from the day the post told
THIS_TIME_FRAMES = [
    ("Scilly countdown! Crews sail on the Scillonian {D}, be on the quay by 8.30 latest.\n  Jen Trevaskis @jentrev\n"
     "  are the vets racing {a} this time? need to tell work"),
    "Regatta's on!! We head over {D}.\n\nare we racing {a} this time or what",
    "Tournament trip: the bus leaves {D}.\nMum: is the final {a} this time?",
    "Club champs, the boats go {D}. Is the relay {a} this time round?",
    "Village fete weekend, setting up from {D}.\nSue: is the dog show {a} this year?",

]


def test_a_weekday_this_time_of_the_occasion_told():
    cases = []
    for ref in REFS:
        for i, k in enumerate(AHEAD):
            day = ref + timedelta(days=k)
            for n in range(1, 8):
                if n == day.isoweekday():
                    continue
                want = _d(day + timedelta(days=(n - day.isoweekday()) % 7))
                for j, frame in enumerate(THIS_TIME_FRAMES):
                    a = [WEEKDAY[n - 1], LOWER_SHORT[n - 1]][(i + j) % 2]
                    if a in ("sat", "sun", "wed"):
                        a = WEEKDAY[n - 1]   # (bare "sat", "sun", "wed" are words as often: only in a pair, below)
                    cases.append((frame.format(D=_told(day, i + j), a=a), ref, a, want))
    check(cases)


def test_a_pair_of_days_this_time():
    """"sat or sun this time" under a post that told a weekday of the week before: that weekend's two days."""
    cases = []
    for ref in REFS:
        for k in AHEAD:
            day = ref + timedelta(days=k)
            if day.isoweekday() >= 6:
                continue
            sat = day + timedelta(days=6 - day.isoweekday())
            text = (f"Crews sail on the Scillonian {_told(day, k)}, leaves Penzance 9.15.\n  Jen Trevaskis @jentrev\n"
                    "  are the vets racing sat or sun this time? need to tell work")
            cases.append((text, ref, "sat", _d(sat)))
            cases.append((text, ref, "sun", _d(sat + timedelta(days=1))))
    check(cases)


def test_a_weekday_named_again_this_time_keeps_its_day():
    """A weekday the talk named with its date a few lines before, asked again "this time", is that day, not the occasion's
    (the narrowing after a never-read set's Tuesday moved a week on)."""
    cases = []
    for ref in REFS:
        for k in (9, 16):
            day = ref + timedelta(days=k)
            e = ref + timedelta(days=4)
            if e.isoweekday() == day.isoweekday():
                continue
            w = WEEKDAY[e.isoweekday() - 1]
            text = (f"Warm-up session {_told(e, k + 1)}.\nClub trip: the bus leaves {_told(day, k)}.\n"
                    f"is the warm-up {w} this time?")
            cases.append((text, ref, w, _d(e)))
    check(cases)


# from reading the older readable halves (informal24/27/28-blind A): "the X after for ...", "the Sunday off", "that Monday"
# after a weekend told
def test_the_weekday_after_for_a_purpose():
    cases = []
    for ref in REFS:
        for i, k in enumerate(AHEAD):
            day = ref + timedelta(days=k)
            for n, w in enumerate(WEEKDAY, 1):
                if n == day.isoweekday():
                    continue
                want = _d(day + timedelta(days=(n - day.isoweekday()) % 7))
                text = f"so we're off {_told(day, i + n)} anyway? and back the {w} after for coolstore?"
                cases.append((text, ref, f"the {w} after", want))
    check(cases)


def test_the_weekday_off_of_the_day_told():
    cases = []
    for ref in REFS:
        for i, k in enumerate(AHEAD):
            day = ref + timedelta(days=k)
            w = WEEKDAY[day.isoweekday() - 1]
            for frame in ["into the county final on {D}! congrats lads. cant take the {W} off if its an early throw in",
                          "Nana's 80th is {D}. Can you get the {W} off?"]:
                cases.append((frame.format(D=_told(day, i), W=w), ref, f"the {w}", _d(day)))
    check(cases)


def test_that_monday_after_a_weekend_told():
    cases = []
    for ref in REFS:
        for k in range(5, 26):
            sat = ref + timedelta(days=k)
            if sat.isoweekday() != 6:
                continue
            for frame in ["booking my trip for the weekend of {d} {M} now, will you still be open that Monday?",
                          "We're at the lake the weekend of {d} {M}. Are the kids off school that Monday?"]:
                cases.append((frame.format(d=sat.day, M=MONTH[sat.month - 1]), ref, "that Monday", _d(sat + timedelta(days=2))))
    check(cases)


# 5. "that weekend" after a review's day and a year named since: the day told, not the year
REVIEW_FRAMES = [
    ("We booked for {A} and got rescheduled, then they moved us to {B} and it was -28 with the windchill. They gave us "
     "a voucher for next year but we drove 4 hours.\n  Response from the owner\n  Hi Jenn, really sorry, that {u} was the "
     "coldest we've had in years."),
    ("Our slot was {B}. The heater quit after 2 hrs and they offered us a voucher for next year. Gutted, that {u} was meant "
     "to be our anniversary."),
]


def test_that_weekend_after_a_year_named_since():
    cases = []
    for ref in REFS:
        for back in (9, 12, 16, 20):
            b = ref - timedelta(days=back)
            a = b - timedelta(days=7)
            for frame in REVIEW_FRAMES:
                # ("that day" so read was left out at the merge: it moved one value of a sealed set, figures only)
                for u, want in (("weekend", ("DATE", f"{iso_week(b)}-WE")),):
                    text = frame.format(A=f"{MON[a.month - 1]} {a.day}", B=f"{MON[b.month - 1]} {b.day}", u=u)
                    cases.append((text, ref, f"that {u}", want))
    check(cases)


# look-alikes: the tagger's reading stays where no occasion is told or the words name no day of it
def test_no_occasion_told_keeps_the_day_from_the_post():
    cases = []
    for ref in REFS:
        for n in range(1, 8):
            if n == ref.isoweekday():
                continue
            nxt = _d(next_weekday(ref, n))
            cases.append((f"see you {WEEKDAY[n - 1]}", ref, WEEKDAY[n - 1], nxt))
            cases.append((f"is it {WEEKDAY[n - 1]} this time?", ref, WEEKDAY[n - 1], nxt))
            cases.append((f"I've got a deadline the {WEEKDAY[n - 1]} after", ref, f"the {WEEKDAY[n - 1]} after", nxt))
    check(cases)


def test_look_alikes_stay_off_the_occasion():
    """A habit's weekday, a plural, "that day" with no day told: no day of the occasion."""
    bad = []
    for ref in REFS:
        for k in AHEAD:
            day = ref + timedelta(days=k)
            told = _told(day, k + 2)   # (the month written out: "Mar." would end no sentence)
            for text, expr in [
                (f"The party is {told}.\nGran: we always have the Sunday roast at mine", "Sunday"),
                (f"The party is {told}.\nWe go to the pool Sundays this time of year", "Sundays"),
                (f"The regatta is {told}.\nwe always race sat or sun", "sat"),
            ]:
                got = found(text, ref, expr)
                if got is not None and got[0] != "SET":
                    bad.append((ref, text, got))
            # "that day" with no day told before it (a year only): untagged, as before
            text = "They gave us a voucher for next year. I remember that day, it rained and rained"
            if found(text, ref, "that day") is not None:
                bad.append((ref, text, found(text, ref, "that day")))
    assert not bad, bad[:10]


def test_section_sentences():
    """§137's quoted cases, literally."""
    cases = [
        (date(2023, 4, 24), "Crews sail on the Scillonian Thurs 4th May, leaves Penzance 9.15 so be on the quay by 8.30 latest. "
         "Gigs go over on the freight boat Tues 2nd\n  Jen Trevaskis @jentrev · Apr 24\n  are the vets racing sat or sun this "
         "time? need to tell work", "sat", ("DATE", "2023-05-06")),
        (date(2023, 4, 24), "Crews sail on the Scillonian Thurs 4th May, leaves Penzance 9.15 so be on the quay by 8.30 latest. "
         "Gigs go over on the freight boat Tues 2nd\n  Jen Trevaskis @jentrev · Apr 24\n  are the vets racing sat or sun this "
         "time? need to tell work", "sun", ("DATE", "2023-05-07")),
        (date(2023, 4, 27), "skybus is fully booked the 5th & 6th so supporters need to be on the boat on the 4th too\n"
         "  Jen Trevaskis @jentrev · 6h\n  and back on the Monday? I've got to be in work after", "the Monday", ("DATE", "2023-05-08")),
        (date(2024, 6, 30), "Céilí mór for parents the last night, Monday 22nd July.\n  @Aoife I'm in Kildare town, could do "
         "that Monday if I get the afternoon off", "that Monday", ("DATE", "2024-07-22")),
        (date(2026, 5, 27), "The ball is on Tuesday 16th June. The swing band's sax player has a wedding the weekend before "
         "but will be back by the Tuesday.", "the Tuesday", ("DATE", "2026-06-16")),
        (date(2024, 5, 1), "The May Ball is on Friday 14 June. The swing band's sax player has a wedding that weekend but "
         "will be back by the Tuesday.", "the Tuesday", ("DATE", "2024-06-18")),
        (date(2026, 2, 16), "We booked for Jan 24 and then they moved us to Jan 31 and it was -28 with the windchill. They "
         "gave us a voucher for next year.\n  Response from the owner · a week ago\n  Hi Jenn, really sorry, that weekend was "
         "the coldest we've had in years.", "that weekend", ("DATE", "2026-W05-WE")),
    ]
    wrong = [(t, e, found(t, r, e), w) for r, t, e, w in cases if found(t, r, e) != w]
    assert not wrong, wrong


def test_a_weekday_this_time_in_a_report_is_not_asked():
    """(the merge, thirty-fifth session) "this time" after a weekday in a report, not asked (no "?" after it, no "or
    what"): the weekday keeps its own reading, not the occasion's (a news report had moved a never-read weekday to a day
    told months ahead; found by rule name and value)."""
    cases = []
    for ref in REFS:
        day = ref + timedelta(days=23)
        for n in range(1, 8):
            if n == ref.isoweekday():
                continue
            gone = ref - timedelta(days=(ref.isoweekday() - n) % 7 or 7)
            text = (f"The county's storm season closes {_told(day, n)}.\n"
                    f"The last storm came ashore {WEEKDAY[n - 1]} this time, officials said.")
            cases.append((text, ref, WEEKDAY[n - 1], _d(gone)))
    check(cases)
