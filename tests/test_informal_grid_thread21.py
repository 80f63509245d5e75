"""A clock time's day in a chat: a new sender's turn (thread21, twentieth session; docs/informal-time.md, the section
of thread21). A talk about the day of writing ("raid tonight 20:00") in which another sender names another day with a
clock time as an aside ("next reset is Wednesday 05:00"): a later message of a new sender with a bare clock time
("might be late, train gets in at 18:52") speaks of its own present, the day of writing, not of the aside's day.
Contrasts keep the old anchor, the day named last: a message that answers one that asked about the day ("yes but we
need to leave by 5.30pm"), words that tie the time back to it ("that one", "same"), the same sender going on, and a
talk whose day is not the day of writing ("soft play Friday at 10am? / we're in! ... leave by 12.15pm").
The texts are this session's own; every value is computed here from the calendar."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, next_weekday

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# every day of a week in two years, the ends of months and a year's turn, a leap day
REFS = [date(2025, 6, 2) + timedelta(days=k) for k in range(7)] + \
       [date(2026, 3, 9) + timedelta(days=k) for k in range(7)] + \
       [date(2025, 12, 29), date(2025, 12, 31), date(2026, 1, 1), date(2026, 1, 31), date(2026, 2, 27),
        date(2026, 2, 28), date(2026, 9, 30), date(2027, 10, 17), date(2028, 2, 29)]

# (texts, the expression, its hour and minute) a talk about the day of writing, an aside of another sender on the
# weekday {W} with its clock time, then a new sender's bare clock time: that time today
NEW_TURN = [
    ("Marta: raid tonight 20:00 as usual\nDre: I'm in, might be a bit late\nMarta: next reset is {W} 05:00, don't "
     "forget your vault\nFinn: might be late, train gets in at 18:52", "18:52", 18, 52),
    ("Marta: raid tonight 20:00 as usual\nDre: I'm in\nMarta: next reset is {W} 05:00, don't forget your vault\n"
     "Finn: train gets in at 18:52, home sevenish", "sevenish", 19, 0),
    ("Sophie: Pulp are on at 9.45pm tonight!!\nJay: lads Wet Leg are {W} at 6.15pm btw\nSophie: can't wait\n"
     "Jay: coach home is {W} at 12.30\nMo: found my charger! see you at the Other Stage at 8.30pm", "8.30pm", 20, 30),
    ("Nadia: quiz is tonight!! table booked for 7.45pm\nOlly: running late, get me a pint\nNadia: the christmas one "
     "is {W} at 8pm btw\nPriya: I'm out till 7pm, save me a seat", "7pm", 19, 0),
    ("[UK] Kim: five-a-side tonight at 7pm lads\n[UK] Sol: in\n[UK] Kim: pitch fees due {W} by 5pm\n"
     "[UK] Dev: on a late, there for 7.15pm", "7.15pm", 19, 15),
]

# (contrasts, the old anchor right) the weekday {W}'s time: an answer to a message that asked about that day, a tie
# word, the same sender going on
ON_THE_DAY = [
    ("Sophie: Pulp are on at 9.45pm tonight!!\nSophie: can't wait\nJay: and Wet Leg are {W} at 6.15pm?\n"
     "Sophie: yes but we need to leave the tent by 5.30pm", "5.30pm", 17, 30),
    ("Marta: raid tonight 20:00 as usual\nDre: I'm in\nMarta: next reset is {W} 05:00, don't forget your vault\n"
     "Finn: that one's early, I'll log in at 04:50", "04:50", 4, 50),
    ("Marta: raid tonight 20:00 as usual\nDre: I'm in\nMarta: next reset is {W} 05:00, don't forget your vault\n"
     "Marta: the vault opens at 05:30", "05:30", 5, 30),
]

# (contrasts) a talk whose day is not the day of writing: a new sender's time is still on the day it is about
ABOUT_A_DAY = [
    ("Raj: soft play {W} at 10am? Jungle Jim's\nRaj: Ava's coming too\nGemma: we're in! swimming at 1pm so we'd "
     "leave by 12.15pm", "12.15pm", 12, 15),
    ("Host: guests check out {W} at 11am\nDani: no problem, I can be there from 11.15am\nHost: next guests arrive "
     "at 4pm so should be fine", "4pm", 16, 0),
]


def _cases(templates, on_day):
    cases = []
    for ref in REFS:
        for wd, name in enumerate(WEEKDAYS, 1):
            if wd == ref.isoweekday():
                continue   # an aside on the day of writing's own weekday is another question
            day = on_day(ref, wd)
            for text, expr, h, mi in templates:
                cases.append((text.format(W=name), ref, expr,
                              ("TIME", f"{day.isoformat()}T{h:02d}:{mi:02d}")))
    return cases


def test_new_sender_turn_is_of_the_day_of_writing():
    check(_cases(NEW_TURN, lambda ref, wd: ref))


def test_answer_tie_word_or_same_sender_keep_the_day_named():
    check(_cases(ON_THE_DAY, next_weekday))


def test_talk_about_another_day_keeps_it():
    check(_cases(ABOUT_A_DAY, next_weekday))


# a post's header line ("Marcus_rogue — Today at 9:40 AM") ends at its line: the message's first word below it, a
# weekday, is no day of the stamp's time ("9:40 AM\nsunday" was read as one expression, 09:40 on the Sunday)
HEADERS = [("Marcus_rogue — Today at {t}\n{w} works but im on the east coast rn", 0),
           ("Jess_cleric — Today at {t}\n{w} is bad for me anyway", 0),
           ("DM_Priya — Yesterday at {t}\n{w} it is! usual time", -1)]
STAMP_TIMES = [("9:40 AM", 9, 40), ("10:03 AM", 10, 3), ("8:15 PM", 20, 15), ("11:59 PM", 23, 59)]


def _header_cases():
    cases = []
    for ref in REFS:
        for tpl, back in HEADERS:
            day = ref + timedelta(days=back)   # the day the stamp says the message was sent: its words count from it
            for wd, name in enumerate(WEEKDAYS, 1):
                if wd == day.isoweekday():
                    continue   # the stamp's own weekday: that day or a week on, not what this grid asks
                for t, h, mi in STAMP_TIMES:
                    text = tpl.format(t=t, w=name.lower())
                    cases.append((text, ref, t, ("TIME", f"{day.isoformat()}T{h:02d}:{mi:02d}")))
                    cases.append((text, ref, name.lower(), ("DATE", next_weekday(day, wd).isoformat())))
    return cases


def test_header_line_time_keeps_its_line():
    check(_header_cases())


def test_time_and_weekday_on_one_line_stay_one_expression():
    """(contrast) "the blaze was reported around 4 a.m. Wednesday": a weekday right after the time on its line is
    its day, as before."""
    cases = []
    for ref in REFS:
        for wd, name in enumerate(WEEKDAYS, 1):
            if wd == ref.isoweekday():
                continue
            day = next_weekday(ref, wd)
            cases.append((f"doors open at 9:40 AM {name}, see you there", ref, f"9:40 AM {name}",
                          ("TIME", f"{day.isoformat()}T09:40")))
    check(cases)
