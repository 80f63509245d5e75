"""Habits and timetables said with a copula or a plain present, and the specific days that look like them (thirty-second
session, habits33; docs/informal-time.md §116): "The fish fry at Oistins is Friday night", "Bins are Tuesday", "Mass is
Sunday at 10", "Our late opening is Thursday till 8", "Rehearsals are Monday night", "Training is normally Tuesday",
"She always works Saturday", "Classes are Monday and Wednesday" (every such weekday: SET XXXX-WXX-n, with its part of
the day, as TimeBank's "Tuesday nights" and the fresh gold's habitual "Friday night" write it) against "The party is
Friday night", "The meeting is Tuesday", "Dinner's Saturday at 7", "The Christmas market is Saturday", "Bin day is
Tuesday this week (bank holiday)", "Training is Wednesday next week" (one day, the coming one or the week's named).

The sentences are this session's own, in British, Irish, Caribbean, US, Australian and NZ voices, written from the
grammar of §116; the days of writing are every day of a March 2026 week, 31 December 2026, 31 January 2027, 30 April
2026 and 29 February 2028. Every value is computed here from the calendar and the grammar. A one-off weekday on the
day of writing's own weekday is left out (today or a week away is not this grid's question)."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, found, habit_time, last_weekday, next_weekday, other_weekdays, time_on

REFS = [date(2026, 3, d) for d in range(2, 9)] + [date(2026, 12, 31), date(2027, 1, 31), date(2026, 4, 30),
                                                   date(2028, 2, 29)]
FULL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SHORT = {1: "mon", 2: "tues", 3: "wed", 4: "thurs", 5: "fri", 6: "sat", 7: "sun"}
POD = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


def _set(n: int, pod: str = "") -> tuple[str, str]:
    return "SET", f"XXXX-WXX-{n}" + (f"T{POD[pod]}" if pod else "")


def _d(day: date) -> tuple[str, str]:
    return "DATE", day.isoformat()


def _days():
    """(number, written form) of every weekday, written out and short."""
    for n, name in enumerate(FULL, 1):
        yield n, name
        yield n, SHORT[n]


# (template, part of the day): a recurring institution, a copula, a weekday
INSTITUTIONS = [
    ("The fish fry at Oistins is {d} night", "night"),
    ("fish fry's {d} night, everybody goes", "night"),
    ("Mass is {d} at 10 if you want to come", ""),
    ("the farmers market is {d} morning", "morning"),
    ("Bingo's {d} afternoon at the community centre", "afternoon"),
    ("karaoke is {d} night lol", "night"),
    ("Bin collection is {d} round here", ""),
    ("bins r {d} on our street", ""),
    ("Bins are {d}, recycling every other week", ""),
    ("Storytime at the library is {d} morning", "morning"),
    ("Choir practice is {d} night x", "night"),
    ("Rehearsals are {d} night from now on", "night"),
    ("Lessons are {d} after school", ""),
    ("Brownies is {d} evening", "evening"),
    ("Pub quiz is {d} night at the Crown", "night"),
    ("Quiz night is {d} night", "night"),
    ("The market's on {d}", ""),
    ("Our coffee morning is {d} in the church hall", ""),
    ("Youth club is {d} evening, bring subs", "evening"),
    ("open mic is {d} night at Joe's", "night"),
    ("Steak night is {d}", ""),
]


def test_an_institution_with_a_copula_is_every_such_weekday():
    cases = []
    for ref in REFS:
        for n, w in _days():
            for tpl, pod in INSTITUTIONS:
                text = tpl.format(d=w)
                cases.append((text, ref, f"{w} {pod}" if pod else w, _set(n, pod)))
    check(cases)


def test_the_hours_of_an_institution_s_day_are_a_habit_s():
    cases = []
    for ref in REFS:
        for n, w in _days():
            cases += [
                (f"Mass is {w} at 10 if you want to come", ref, "10", habit_time(10, 0)),
                # a late opening's closing hour after "till" is the evening's
                (f"Our late opening is {w} till 8", ref, w, _set(n)),
                (f"Our late opening is {w} till 8", ref, "8", habit_time(20, 0)),
                (f"Late night shopping is {w} until 9", ref, "9", habit_time(21, 0)),
                (f"Choir is {w} night till 9.30", ref, "9.30", habit_time(21, 30)),
            ]
    check(cases)


ADVERBS = [
    ("Training is usually {d}", ""),
    ("football's normally {d} morning", "morning"),
    ("The meeting is always on {d}", ""),
    ("our team call is generally {d} afternoon", "afternoon"),
    ("She always works {d}", ""),
    ("we normally meet {d} night", "night"),
    ("I usually do the school run on {d}", ""),
    ("He typically goes to the tip {d} morning", "morning"),
    ("Mum always rings {d} evening", "evening"),
]


def test_an_adverb_of_habit_before_the_day_makes_every_such_weekday():
    cases = []
    for ref in REFS:
        for n, w in _days():
            for tpl, pod in ADVERBS:
                cases.append((tpl.format(d=w), ref, f"{w} {pod}" if pod else w, _set(n, pod)))
    check(cases)


def test_a_list_of_days_after_an_institution():
    cases = []
    for ref in REFS:
        for a in range(1, 8):
            for b in range(a + 1, 8):
                wa, wb = FULL[a - 1], FULL[b - 1]
                text = f"Classes are {wa} and {wb}"
                cases += [(text, ref, wa, _set(a)), (text, ref, wb, _set(b))]
                # a new clause after the list ("if ...") keeps its word of one occasion to itself
                text = f"The fish fry at Oistins is {wa} night and {wb} night too if you feeling lively tonight"
                cases += [(text, ref, f"{wa} night", _set(a, "night")), (text, ref, f"{wb} night", _set(b, "night"))]
                text = f"Sessions are {SHORT[a]} & {SHORT[b]} evenings"
                cases += [(text, ref, SHORT[a], _set(a, "evening")), (text, ref, f"{SHORT[b]} evenings", _set(b, "evening"))]
    check(cases)


def test_a_plain_present_with_a_plural_weekday_stays_a_set():
    """Guards (read before this section): "We close on Mondays", "She works Saturdays"."""
    cases = []
    for ref in REFS:
        for n, w in enumerate(FULL, 1):
            for tpl in ("We close on {d}s", "She works {d}s", "I do the school run on {d}s", "we're shut {d}s",
                        "Bins are {d}s", "Rehearsals are {d} nights"):
                text = tpl.format(d=w)
                expr = f"{w} nights" if "nights" in tpl else f"{w}s"
                cases.append((text, ref, expr, _set(n, "night" if "nights" in tpl else "")))
    check(cases)


# one occasion: a one-off's subject, a modifier of one occasion, an exclamation (§47)
ONE_OFF = ["The meeting is {d}", "Her funeral is {d}", "the wedding is {d} btw", "The Christmas market is {d}",
           "Quiz night is {d}!", "The game is {d}", "Practice is cancelled {d}", "The craft fair is {d}"]


def test_a_one_off_subject_keeps_the_coming_day():
    cases = []
    for ref in REFS:
        for n, w in other_weekdays(ref):
            day = next_weekday(ref, n)
            for tpl in ONE_OFF:
                cases.append((tpl.format(d=w), ref, w, _d(day)))
            cases += [
                (f"The party is {w} night", ref, f"{w} night", ("TIME", f"{day.isoformat()}TNI")),
                (f"Dinner's {w} at 7", ref, w, _d(day)),
                (f"Dinner's {w} at 7", ref, "7", time_on(day, 19, 0)),
            ]
    check(cases)


def test_a_word_of_one_occasion_keeps_an_institution_s_day_one_date():
    cases = []
    for ref in REFS:
        for n, w in other_weekdays(ref):
            day = next_weekday(ref, n)
            nxt = ref + timedelta(days=7 - ref.isoweekday() + n)   # that weekday of next week
            cases += [
                (f"Training is {w} next week", ref, f"{w} next week", _d(nxt)),
                (f"Bins are {w} instead because of the bank holiday", ref, w, _d(day)),
                (f"The market is {w} this time", ref, w, _d(day)),
            ]
            if n > ref.isoweekday():   # a day still to come in the week of writing
                cases.append((f"Bin day is {w} this week (bank holiday)", ref, f"{w} this week", _d(day)))
    check(cases)


def test_look_alikes_are_not_sets():
    """A proposal, a past, a date after the day, an adverb with no present of its own: never a SET."""
    bad = []
    for ref in REFS:
        for n, w in other_weekdays(ref):
            for text, expr in [(f"Normally I would say {w}", w), (f"Mass was {w} at 10", w),
                               (f"The market is {w} the 14th", f"{w} the 14th"),
                               (f"usually go but next {w} I can't", w), (f"fish fry's {w} 5th March", w),
                               (f"Bins are {w}, not Friday, this week", w)]:
                got = found(text, ref, expr)
                if got and got[0] == "SET":
                    bad.append((ref, text, got))
    assert not bad, f"{len(bad)} look-alikes read as sets: {bad[:10]}"


def test_a_past_of_an_institution_is_the_day_gone():
    cases = []
    for ref in REFS:
        for n, w in other_weekdays(ref):
            cases.append((f"The fish fry was {w} night and it was packed", ref, f"{w} night",
                          ("TIME", f"{last_weekday(ref, n).isoformat()}TNI")))
    check(cases)
