"""Anchors that depend on the conversation (twelfth session, sift): a reply's "that weekend", "that
day", "that night" and a day offered "instead" of one another speaker named, as a GRID: each class
said on every day of a week, at month and year ends and on a leap day, in an invitation thread or a
booking chat, against the value computed HERE from the calendar (never from the tagger's code).

The decisions (docs/informal-time.md, the twelfth session's section):
- a deadline for the reply ("RSVP by Friday 9th", "let me know by the 10th", "confirm by Thursday")
  says when to answer, not what the talk is about: a later message's "that weekend", "that day",
  "that night" is the event's, not the deadline's;
- a weekday offered in place of a day just named ("can you do Monday 25th? / I'm off then. Sunday
  instead?") is the one of that weekday nearest the day it replaces (a day or two either side).

Each case is one tag() of a short text.
"""
from __future__ import annotations

from datetime import date, timedelta

from test_informal_grid import EDGES, FULL, WEEK
from test_informal_grid_sift import MONTHS, _suffix

from timeline_app.temporal import tag

REFS = WEEK + EDGES + [date(2024, 2, 29)]


def _weekend(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}-WE"


def _value(text: str, ref: date, words: str, nth: int = 0, exact: bool = False):
    """(expression, value) of the ``nth`` expression holding ``words`` (case-insensitive; ``exact``: that is
    ``words``), or None."""
    hits = [t for t in tag(text, ref) if (words.lower() == t.expression.lower() if exact else words.lower() in t.expression.lower())]
    return (hits[nth].expression, hits[nth].timex_value) if len(hits) > nth else None


def _two_readings(d: date, ref: date) -> bool:
    """Whether "Friday 20th" (``d``'s weekday and day of the month) names another day near ``ref`` too."""
    return any(x != d and x.day == d.day and x.weekday() == d.weekday()
               for x in (ref + timedelta(days=i) for i in range(-40, 70)))


def _event_days(ref: date) -> list[date]:
    """A Saturday and a Sunday two to five weeks ahead (a party, a christening, a wedding)."""
    out = []
    for k in (12, 19, 30):
        d = ref + timedelta(days=k)
        sat = d + timedelta(days=(5 - d.weekday()) % 7)
        out += [sat, sat + timedelta(days=1)]
    return out


def _deadlines(ref: date, event: date) -> list[tuple[str, date]]:
    """Reply deadlines between the day of writing and the event, as invitations write them."""
    out = []
    for back in (8, 5):
        dl = event - timedelta(days=back)
        if dl <= ref + timedelta(days=1):
            continue
        wd = FULL[dl.weekday()]
        out += [(f"Please RSVP by {wd} {dl.day}{_suffix(dl.day)} x", dl),
                (f"let me know by the {dl.day}{_suffix(dl.day)} if you can make it!", dl),
                (f"Can everyone confirm by {wd} {dl.day}{_suffix(dl.day)} {MONTHS[dl.month - 1]} pls", dl)]
    return out


REPLIES = [("Ben: Ollie would love to come! He's at his nan's that weekend but back in time", "that weekend", "weekend"),
           ("Jo: gutted, we're away that weekend 😢", "that weekend", "weekend"),
           ("Sam: sorry hun, we've got a christening that day", "that day", "day"),
           ("Priya: can't, I'm working that night", "that night", "night")]


def test_a_reply_deadline_is_not_the_day_the_talk_is_about():
    wrong, n = [], 0
    for ref in REFS:
        for ev in _event_days(ref):
            event = f"{FULL[ev.weekday()]} {ev.day}{_suffix(ev.day)} {MONTHS[ev.month - 1]}"
            for deadline, _dl in _deadlines(ref, ev):
                for reply, words, kind in REPLIES:
                    text = f"Amy: Noah's party is {event} at the soft play! {deadline}\n{reply}"
                    want = {"weekend": _weekend(ev), "day": ev.isoformat(), "night": f"{ev.isoformat()}TNI"}[kind]
                    n += 1
                    got = _value(text, ref, words)
                    if got is None or got[1] != want:
                        wrong.append(f"{ref:%a %Y-%m-%d}: {text!r} -> {got} (want {want})")
    assert n > 300
    assert not wrong, f"{len(wrong)} of {n} wrong:\n" + "\n".join(wrong[:30])


def test_a_deadline_without_a_reply_word_stays_the_talks_day():
    """The other side: a deadline that is the matter itself ("the report is due by Friday 9th") is what a
    later "that weekend" may be about; only a deadline for the reply is passed over."""
    wrong, n = [], 0
    for ref in REFS:
        for k in (9, 16, 23):
            d = ref + timedelta(days=k)
            text = (f"Boss: the audit pack has to be with the client by {FULL[d.weekday()]} {d.day}{_suffix(d.day)} "
                    f"{MONTHS[d.month - 1]}.\nKim: ugh, and I'm on call that day too")
            n += 1
            got = _value(text, ref, "that day")
            if got is None or got[1] != d.isoformat():
                wrong.append(f"{ref:%a %Y-%m-%d}: {text!r} -> {got} (want {d.isoformat()})")
    assert not wrong, f"{len(wrong)} of {n} wrong:\n" + "\n".join(wrong[:30])


def test_a_weekday_offered_instead_is_the_one_nearest_the_day_it_replaces():
    wrong, n = [], 0
    for ref in REFS:
        for k in (8, 10, 13, 17):
            d = ref + timedelta(days=k)
            for delta in (-2, -1, 1, 2):
                alt = d + timedelta(days=delta)
                for ask, answer in (
                        (f"Mum: can you have the kids {FULL[d.weekday()]} {d.day}{_suffix(d.day)}?",
                         f"Jo: no wait, I'm off that day. {FULL[alt.weekday()]} instead?"),
                        (f"Instructor: next lesson {FULL[d.weekday()]} the {d.day}{_suffix(d.day)} at 10?",
                         f"Priya: could we do {FULL[alt.weekday()].lower()} instead? sorry")):
                    text = f"{ask}\n{answer}"
                    n += 1
                    got = _value(text, ref, FULL[alt.weekday()], nth=0 if alt.weekday() != d.weekday() else 1)
                    if got is None or got[1] != alt.isoformat():
                        wrong.append(f"{ref:%a %Y-%m-%d}: {text!r} -> {got} (want {alt.isoformat()})")
    assert n > 300
    assert not wrong, f"{len(wrong)} of {n} wrong:\n" + "\n".join(wrong[:30])


def test_a_weekday_offered_instead_and_taken_up_is_that_day():
    """"Sunday instead? / sunday's fine": the answer takes up the day offered, however far ahead (a weekday said
    again is the same day only within a week of today unless it was placed by its date, or by the day it replaces)."""
    wrong, n = [], 0
    for ref in REFS:
        for k in (8, 10, 13, 17):
            d = ref + timedelta(days=k)
            for delta in (-1, 1):
                alt = d + timedelta(days=delta)
                wd = FULL[alt.weekday()]
                text = (f"Instructor: next lesson {FULL[d.weekday()]} the {d.day}{_suffix(d.day)} at 10?\n"
                        f"Priya: sorry I'm away that day. {wd} instead?\nInstructor: {wd.lower()}'s fine, same time")
                n += 1
                got = _value(text, ref, wd, nth=1)
                if got is None or got[1] != alt.isoformat():
                    wrong.append(f"{ref:%a %Y-%m-%d}: {text!r} -> {got} (want {alt.isoformat()})")
    assert n > 80
    assert not wrong, f"{len(wrong)} of {n} wrong:\n" + "\n".join(wrong[:30])


def test_an_hour_said_again_after_the_talk_moved_to_another_day_is_on_that_day():
    """"I have 2.15pm or 4.40pm on Tuesday 9th / can't do Tuesday, anything on Thursday 11th? / yes, 4.40 again":
    the hour takes its half of the day from the time said before, its day from the day the talk moved to
    (a day to come named after that time)."""
    wrong, n = [], 0
    for ref in REFS:
        for k in (2, 6, 11, 20):
            d1 = ref + timedelta(days=k)
            for step in (1, 2, 3, 7):
                d2 = d1 + timedelta(days=step)
                if _two_readings(d1, ref) or _two_readings(d2, ref):
                    continue   # "Friday 20th" said on 28 February 2026: 20 February and 20 March are both Fridays
                w1 = f"{FULL[d1.weekday()]} {d1.day}{_suffix(d1.day)}"
                w2 = f"{FULL[d2.weekday()]} {d2.day}{_suffix(d2.day)}"
                for text, words, clock in (
                        (f"Salon: I have 2.15pm or 4.40pm on {w1}\nMe: can't do {FULL[d1.weekday()]}, anything on {w2}?\n"
                         f"Salon: yes, at 4.40 again", "4.40", "16:40"),
                        (f"Agent: the engineer visit is {w1} between 8am and 1pm.\nCustomer: I'm out that day. is {w2} "
                         f"possible?\nAgent: yes, the slot is 8 till 12.", "8", "08:00")):
                    n += 1
                    got = _value(text, ref, words, exact=True)
                    want = f"{d2.isoformat()}T{clock}"
                    if got is None or got[1] != want:
                        wrong.append(f"{ref:%a %Y-%m-%d}: {text!r} -> {got} (want {want})")
    assert n > 300
    assert not wrong, f"{len(wrong)} of {n} wrong:\n" + "\n".join(wrong[:30])


def test_that_weekday_is_the_weekday_of_the_week_just_told():
    """"next match is Sunday 7th, and the week after, we're at home / Arjun's got a party that Sunday": that weekday
    of the (ISO) week just told; "the cup game is Wednesday 10th ... we're away that Saturday", "We moved in on
    Tuesday 3 June. That Friday the boiler broke": after a day, the weekday later in its week (an earlier one,
    "the cup game is Thursday 5th / we're away that Monday", may be the Monday before or the one after: not asked)."""
    wrong, n = [], 0
    for ref in REFS:
        for k in (3, 9, 16, 27):
            d = ref + timedelta(days=k)
            if _two_readings(d, ref):
                continue
            dw = f"{FULL[d.weekday()]} {d.day}{_suffix(d.day)}"
            monday = d - timedelta(days=d.weekday())
            for i, wd in enumerate(FULL):
                if i == d.weekday():
                    continue
                cases = [(f"Coach: next match is {dw}, and the week after, we're at home.\nRaj: Arjun's got a party that {wd} 🙈",
                          monday + timedelta(days=7 + i))]
                if i > d.weekday():
                    cases.append((f"Coach: the cup game is {dw}.\nDad: we're away that {wd} but back for it", monday + timedelta(days=i)))
                p = ref - timedelta(days=k + 7)
                if not _two_readings(p, ref) and i > p.weekday():
                    pm = p - timedelta(days=p.weekday())
                    cases.append((f"We moved in on {FULL[p.weekday()]} {p.day}{_suffix(p.day)} {MONTHS[p.month - 1]}. "
                                  f"That {wd} the boiler broke.", pm + timedelta(days=i)))
                for text, want in cases:
                    n += 1
                    got = _value(text, ref, f"that {wd}")
                    if got is None or got[1] != want.isoformat():
                        wrong.append(f"{ref:%a %Y-%m-%d}: {text!r} -> {got} (want {want.isoformat()})")
    assert n > 300
    assert not wrong, f"{len(wrong)} of {n} wrong:\n" + "\n".join(wrong[:30])


def test_an_hour_reported_from_someone_else_is_on_the_day_talked_of():
    """"plumber's coming Thursday / what time? / he said about 10": the hour someone said is the plan's, on the day
    the talk is about ("said" is the report's tense, not the hour's)."""
    wrong, n = [], 0
    for ref in REFS:
        for k in (1, 3, 6, 12):
            d = ref + timedelta(days=k)
            if _two_readings(d, ref):
                continue
            days = [f"on {FULL[d.weekday()]} {d.day}{_suffix(d.day)}"] + (["tomorrow"] if k == 1 else []) \
                + ([f"on {FULL[d.weekday()]}"] if k < 7 else [])
            for day in days:
                for who, said, clock in (("he", "said about 10", "10:00"), ("she", "said between 10 and 12", "10:00"),
                                         ("they", "said about 2", "14:00"), ("he", "said around 3", "15:00")):
                    text = f"Tom: the plumber's coming {day}\nAisha: what time?\nTom: {who} {said}"
                    n += 1
                    got = _value(text, ref, said.split()[-3 if "between" in said else -1], exact=True)
                    want = f"{d.isoformat()}T{clock}"
                    if got is None or got[1] != want:
                        wrong.append(f"{ref:%a %Y-%m-%d}: {text!r} -> {got} (want {want})")
    assert n > 150
    assert not wrong, f"{len(wrong)} of {n} wrong:\n" + "\n".join(wrong[:30])


def test_back_the_weekday_after_a_departure_is_the_one_after_it():
    """"we fly out Friday 24th / when are you back? / we're back the Thursday", "home the Sunday": a return on "the"
    weekday after the day just told is the first such weekday after it, not the nearest (which may be before it)."""
    wrong, n = [], 0
    for ref in REFS:
        for k in (4, 9, 15):
            d = ref + timedelta(days=k)
            if _two_readings(d, ref):
                continue
            dw = f"{FULL[d.weekday()]} {d.day}{_suffix(d.day)}"
            for i, wd in enumerate(FULL):
                if i == d.weekday():
                    continue
                want = d + timedelta(days=(i - d.weekday()) % 7)
                for text, words in ((f"Dad: we fly out {dw}\nSophie: when are you back?\nDad: we're back the {wd}, lands late",
                                     f"the {wd}"),
                                    (f"Mum: off to Spain on {dw}!! home the {wd}!", f"the {wd}")):
                    n += 1
                    got = _value(text, ref, words)
                    if got is None or got[1] != want.isoformat():
                        wrong.append(f"{ref:%a %Y-%m-%d}: {text!r} -> {got} (want {want.isoformat()})")
    assert n > 300
    assert not wrong, f"{len(wrong)} of {n} wrong:\n" + "\n".join(wrong[:30])
