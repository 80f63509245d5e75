"""The direction of a bare day of the month and a weekday in replies, chats and reviews: the verb's tense decides
(thirty-sixth session, direction36; docs/informal-time.md §139): a result clause after the day ("went out on the 19th so
that's sorted") does not date it; a state with "fully" ("is fully booked the 5th & 6th") is a day to come; a creole or
dialect subject pronoun and a bare progressive ("After Foreday I sleeping all day Saturday", "we going by Granny
Tuesday") is an arrangement, the day to come; the past readings and the look-alikes kept.

The sentences are this session's own, written from the grammar of §139, in several voices (a committee's email, a
landlord's text, Bajan and Trinidadian chat, a club's X post); the days of writing are every day of a March 2026 week,
month and year ends and a few mid-month days; values from the calendar here. A day of the month equal to the day of
writing, a day a month lacks and a weekday on the day of writing's own weekday (but in the test that asks it) are left
out."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, check_untagged, last_weekday, next_weekday, other_weekdays

REFS = [date(2026, 3, d) for d in range(9, 16)] + [date(2025, 12, 31), date(2026, 1, 1), date(2026, 1, 31),
                                                    date(2026, 2, 28), date(2026, 4, 27), date(2026, 4, 30),
                                                    date(2026, 5, 29), date(2026, 7, 26), date(2026, 8, 3)]
DAYS = [4, 5, 6, 12, 19, 23, 27]


def _suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _ord(n: int) -> str:
    return f"{n}{_suffix(n)}"


def _month_day(y: int, m: int, n: int) -> date | None:
    try:
        return date(y, m, n)
    except ValueError:
        return None


def _add_months(d: date, k: int) -> tuple[int, int]:
    m = d.month - 1 + k
    return d.year + m // 12, m % 12 + 1


def mday_gone(ref: date, n: int) -> date | None:
    """The last day numbered n before the day of writing (None where that month lacks it)."""
    if n < ref.day:
        return date(ref.year, ref.month, n)
    return _month_day(*_add_months(ref, -1), n)


def mday_next(ref: date, n: int) -> date | None:
    """The next day numbered n after the day of writing (None where that month lacks it)."""
    if n > ref.day:
        return _month_day(ref.year, ref.month, n)
    return _month_day(*_add_months(ref, 1), n)


def _d(day: date) -> tuple[str, str]:
    return "DATE", day.isoformat()


# 1. a result clause after the day ("so ...") is another clause: the past before the day decides
SO_PAST_FRAMES = ["Deposit (£4,200) went out on the {n} so that's sorted", "rent went out on the {n} so we're fine",
                  "I paid him on the {n} so he's sorted", "> Olu: the invoice was paid on the {n} so that's done",
                  "Money went in on the {n} so you're all good hun", "we sent the forms on the {n} so it's with them now"]



def _mday_cases(frames, pick):
    """Each frame with "the {n}" for every day of the month n but the day of writing's, on every day of writing: the day
    ``pick`` (mday_gone or mday_next) reads, where there is one."""
    cases = []
    for ref in REFS:
        for n in DAYS:
            want = pick(ref, n)
            if n == ref.day or want is None:
                continue
            cases += [(frame.format(n=_ord(n)), ref, f"the {_ord(n)}", _d(want)) for frame in frames]
    return cases

def test_a_past_before_a_day_of_the_month_and_a_so_clause_after_it():
    check(_mday_cases(SO_PAST_FRAMES, mday_gone))


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
          "December"]
NAMED_THEN_PAST = ["Porters want the lawn back by {n} {M}.\n\n"
                   "> On {stamp} at 22:40, Olu Adeyemi <olu@example.co.uk> wrote:\n"
                   "> Deposit (£4,200) went out on the {o} so that's sorted.",
                   "Hall is ours from {n} {M}, see below x\n\n> On {stamp} at 09:12, Jo Reid <jo@example.org> wrote:\n"
                   "> I paid the deposit on the {o}, receipt attached"]


def test_a_past_in_a_quoted_mail_does_not_take_a_day_to_come_a_later_mail_named():
    # the reply of the day of writing names {n} of next month; the mail it quotes, sent the day before, tells a past of
    # "the {n}": the {n} gone from that mail's day
    cases = []
    for ref in REFS:
        sent = ref - timedelta(days=1)
        stamp = f"{sent.strftime('%a')}, {sent.day} {MONTHS[sent.month - 1]} {sent.year}"
        for n in DAYS:
            want = mday_gone(sent, n)
            y, m = _add_months(ref, 1)
            if n in (ref.day, sent.day) or want is None or _month_day(y, m, n) is None:
                continue
            for frame in NAMED_THEN_PAST:
                cases.append((frame.format(n=n, M=MONTHS[m - 1], o=_ord(n), stamp=stamp), ref, f"the {_ord(n)}", _d(want)))
    check(cases)


def test_a_future_still_takes_the_day_the_text_named():
    cases = []
    for ref in REFS:
        for n in DAYS:
            y, m = _add_months(ref, 1)
            named = _month_day(y, m, n)
            if n == ref.day or named is None:
                continue
            cases.append((f"The hall is ours from {n} {MONTHS[m - 1]}. I'll pay the deposit on the {_ord(n)}.", ref,
                          f"the {_ord(n)}", _d(named)))
    check(cases)


SO_WEEKDAY_FRAMES = ["we got back {w} so I'm shattered", "we went {w} so we're knackered today",
                     "She arrived {w} so she's settled in now"]


def test_a_past_before_a_weekday_and_a_so_clause_after_it():
    cases = []
    for ref in REFS:
        for n, w in other_weekdays(ref):
            for frame in SO_WEEKDAY_FRAMES:
                cases.append((frame.format(w=w), ref, w, _d(last_weekday(ref, n))))
    check(cases)


# kept: a past with no "so" clause, and a present or a state of arrangement with no adverb
KEPT_PAST_FRAMES = ["Deposit went out on the {n}", "paid on the {n}, receipt attached", "the parcel arrived on the {n}",
                    "got paid on the {n} so it's all good"]
KEPT_AHEAD_FRAMES = ["the ferry is booked the {n}", "it arrives the {n} I think", "the boat leaves the {n}"]


def test_the_readings_kept_past_and_ahead():
    cases = []
    for ref in REFS:
        for n in DAYS:
            if n == ref.day:
                continue
            gone, ahead = mday_gone(ref, n), mday_next(ref, n)
            for frame in KEPT_PAST_FRAMES:
                if gone is not None:
                    cases.append((frame.format(n=_ord(n)), ref, f"the {_ord(n)}", _d(gone)))
            for frame in KEPT_AHEAD_FRAMES:
                if ahead is not None:
                    cases.append((frame.format(n=_ord(n)), ref, f"the {_ord(n)}", _d(ahead)))
    check(cases)


# 2. a state with an adverb of degree between the copula and its participle: the day to come
FULLY_FRAMES = ["skybus is fully booked the {n} so supporters need to be on the boat",
                "we're fully booked the {n}, sorry, try the week after", "the hall is fully booked the {n} x",
                "Sorry we're fully booked the {n}!"]


def test_fully_booked_a_day_of_the_month_is_the_one_to_come():
    check(_mday_cases(FULLY_FRAMES, mday_next))


def test_fully_booked_a_pair_of_days_shares_the_month_to_come():
    cases = []
    for ref in REFS:
        for n in DAYS:
            first, second = mday_next(ref, n), mday_next(ref, n + 1)
            if n == ref.day or n + 1 == ref.day or first is None or second is None or first.month != second.month:
                continue
            text = f"skybus is fully booked the {_ord(n)} & {_ord(n + 1)} so supporters need to be on the boat the day before"
            cases.append((text, ref, f"the {_ord(n)}", _d(first)))
            cases.append((text, ref, _ord(n + 1), _d(second)))
    check(cases)


# 2b. a contracted copula before the day: a noun's "'s" before "the" is "is", "she's due" is "is due"
COPULA_FRAMES = ["my flight's the {n} so I can't", "the party's the {n} I think", "Mia's due the {n}, fingers crossed",
                 "she's due the {n} 🤞", "we're due back the {n} x", "the deadline's the {n}, isn't it"]


def test_a_contracted_copula_before_a_day_of_the_month_sets_the_one_to_come():
    check(_mday_cases(COPULA_FRAMES, mday_next))


def test_a_house_s_or_a_past_copula_keeps_the_day_gone():
    check(_mday_cases(["I was round my nan's the {n} and she never said", "my flight was the {n} so I missed it",
                       "she was due the {n} but nothing yet"], mday_gone))


def test_a_weekday_week_after_a_contracted_due_is_a_week_today_on_its_own_weekday():
    # "it's due monday week" said on a Monday: "is due" a future now, and "Monday week" a week today (not two weeks)
    cases = []
    for ref in REFS:
        w = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"][ref.isoweekday() - 1]
        for frame in ["she's due {w} week", "it's due {w} week x", "it'll be {w} week then"]:
            cases.append((frame.format(w=w), ref, f"{w} week", _d(ref + timedelta(days=7))))
    check(cases)


# 2c. a passive's present with "get": set for a day, the one to come; its past ("got", "didn't get") the one gone
GET_FRAMES = ["it gets delivered the {n} I think", "we get paid on the {n} so I'll send it then",
              "the bins get collected the {n} x", "new ones get posted out on the {n} apparently"]
GOT_FRAMES = ["it got delivered the {n} I think", "we didn't get paid on the {n} so I'm skint"]


def test_a_get_passive_in_the_present_sets_the_day_to_come():
    cases = []
    for ref in REFS:
        for n in DAYS:
            if n == ref.day:
                continue
            ahead, gone = mday_next(ref, n), mday_gone(ref, n)
            for frame in GET_FRAMES:
                if ahead is not None:
                    cases.append((frame.format(n=_ord(n)), ref, f"the {_ord(n)}", _d(ahead)))
            for frame in GOT_FRAMES:
                if gone is not None:
                    cases.append((frame.format(n=_ord(n)), ref, f"the {_ord(n)}", _d(gone)))
    check(cases)


# 3. a creole or dialect subject pronoun and a bare progressive: the day to come
CREOLE_FRAMES = ["After Foreday I sleeping all day {w}", "I sleeping all day {w} doh call me", "we going by Granny {w}",
                 "they playing all night {w} by the Garrison", "I working all day {w} so can't make it",
                 "me going up the road {w}", "she coming back from Bridgetown {w}"]


def test_a_subject_and_a_bare_progressive_names_the_day_to_come():
    cases = []
    for ref in REFS:
        for n, w in other_weekdays(ref):
            for frame in CREOLE_FRAMES:
                cases.append((frame.format(w=w), ref, w, _d(next_weekday(ref, n))))
    check(cases)


def test_a_bare_progressive_on_the_day_of_writing_s_own_weekday_is_a_week_on():
    # "After Foreday I sleeping all day Saturday" written on a Saturday (the chat of 26 July 2025): the Saturday after
    cases = []
    for ref in REFS:
        w = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][ref.isoweekday() - 1]
        for frame in CREOLE_FRAMES[:3]:
            cases.append((frame.format(w=w), ref, w, _d(ref + timedelta(days=7))))
    check(cases)


def test_a_past_or_a_copula_beside_the_progressive_keeps_its_reading():
    # "I was sleeping all day Saturday" (a past copula: the day gone); "I'm sleeping all day Saturday" (the one to come)
    cases = []
    for ref in REFS:
        for n, w in other_weekdays(ref):
            cases.append((f"I was sleeping all day {w}", ref, w, _d(last_weekday(ref, n))))
            cases.append((f"we were going by Granny {w}", ref, w, _d(last_weekday(ref, n))))
            cases.append((f"I'm sleeping all day {w}", ref, w, _d(next_weekday(ref, n))))
    check(cases)


NEGATIVES = [("we had a pint at the 19th hole after", ["the 19th", "19th"]),
             ("the 19th century was wild for the island", ["19th", "the 19th"]),
             ("I was the 5th of us to get sick", ["the 5th", "5th"]),
             ("she finished 6th in the vets race", ["6th"]), ("my 4th ride this week and my legs are gone", ["4th", "my 4th"]),
             ("came in 4th, gutted", ["4th"]), ("her 12th birthday party was class", ["12th"]),
             ("I sleeping till late, talk later", ["late"])]


def test_look_alikes_stay_untagged():
    check_untagged(NEGATIVES, REFS)
