"""The week of a weekday when the text has named the week (thirty-seventh session, weekdir38; docs/informal-time.md
§154): a week to come named in a sentence or a heading ("next week", "the week after next", "week after next", "the
week of the 9th", "w/c 9th June", "the second week of June") sets the week of the bare weekdays that follow it in its clause or its list ("the week after next I'm
off Monday and Friday": that week's Friday, not the one nearest its Monday; "TT returns the week after next: roads closed
for practice Monday evening and Tuesday evening, race days Weds and Thurs": a notice's participle is no past). A review's
age sets the visit's week (the weekday the age reaches or the last before it: kept, a regression guard).

The sentences are this session's own, written from the grammar of §154 in several voices (an Irish family chat, a
British council notice, a Manx road-closure notice, a US schedule, an Australian sports club, a Nigerian and an Indian
English plan, a Caribbean message, a Kiwi flat); the days of writing are every day of a March 2025 week, of the week of
the 2026/27 turn, leap and common February ends and other month and year ends; every value is computed here from the
calendar. The negatives keep their readings: a weekday said before the week word in another clause, a weekday that names
its own date ("Monday 26th"), a habit ("every Monday"), a past clause after a week to come ("... but I went up Monday")."""
from __future__ import annotations

from calendar import month_name
from datetime import date, timedelta

from gridcheck import WEEKDAYS, check, iso_week, next_weekday

REFS = [date(2025, 3, d) for d in range(10, 17)] + [date(2026, 12, 28) + timedelta(days=k) for k in range(7)] \
    + [date(2024, 2, 28), date(2024, 2, 29), date(2026, 2, 28), date(2025, 4, 30), date(2025, 8, 31), date(2025, 12, 31)]
# the ways the texts write a day: in full; short as Irish and British posts write it ("Mon", "Sat", "Sun" alone are
# words the tagger leaves, §98 and §137: not this class)
SHORT = ["Monday", "Tues", "Weds", "Thurs", "Fri", "Saturday", "Sunday"]
NAMES = [WEEKDAYS, SHORT]
# (first, second) weekday of the week named, the first before the second (both in the week)
PAIRS = [(1, 5), (1, 2), (2, 4), (3, 4), (4, 5), (5, 6), (6, 7), (2, 7)]
SUFFIX = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


def _monday(d: date) -> date:
    return d - timedelta(days=d.isoweekday() - 1)


def _weeks(ref: date):
    """(phrase, Monday of the week it names) for weeks to come: next week, the week after next, the week of a day."""
    out = [("next week", _monday(ref) + timedelta(weeks=1)), ("the week after next", _monday(ref) + timedelta(weeks=2)),
           ("week after next", _monday(ref) + timedelta(weeks=2))]
    day = ref + timedelta(days=9 + ref.toordinal() % 5)   # 9 to 13 days on: a week to come named by its day
    out.append((f"the week of the {day.day}{SUFFIX.get(day.day, 'th')}", _monday(day)))
    # the British "w/c" (week commencing) a Monday two weeks on, and the second week of the month after next
    wc = _monday(ref) + timedelta(weeks=2)
    out.append((f"w/c {wc.day}{SUFFIX.get(wc.day, 'th')} {month_name[wc.month]}", wc))
    y, m = divmod(ref.year * 12 + ref.month + 1, 12)
    mid = date(y, m + 1, 11)   # the middle day of the month's second week (its 8th to 14th)
    out.append((f"the second week of {month_name[m + 1]}", _monday(mid)))
    return out


# (frame, part of the day after each weekday or "") in the voices of the docs; {W} the week, {A}, {B} the weekdays
FRAMES = [
    ("{W} I'm off {A} and {B}", ""),                                                   # an Irish family chat
    ("TT returns {w}: roads closed for practice {A} evening and {B} evening", "EV"),   # a Manx notice, a participle
    ("{W} we're away {A} to {B}, back for the weekend", ""),                          # a British message
    ("Schedule for {w}: {A} gym, {B} swim meet", ""),                                 # a US schedule
    ("{W} the kids have swimming {A} and footy {B}", ""),                             # an Australian parent
    ("{W} I will be coming on {A} and going back on {B}", ""),                       # Indian / Nigerian English
    ("{W} mi a go reach {A} and leave out {B}", ""),                                  # a Caribbean message
    ("heads up {w} - bins {A}, recycling {B}", ""),                                   # a council notice
    ("flat meeting {w}? can do {A} or {B} evening", ""),                              # a Kiwi flat, a question
]


def _val(day: date, pod: str) -> tuple[str, str]:
    return ("TIME", f"{day.isoformat()}T{pod}") if pod else ("DATE", day.isoformat())


def test_weekdays_after_a_week_named():
    cases = []
    for r, ref in enumerate(REFS):
        for phrase, monday in _weeks(ref):
            for f, (frame, pod) in enumerate(FRAMES):
                for p, (a, b) in enumerate(PAIRS):
                    names = NAMES[(r + f + p) % 2]
                    A, B = names[a - 1], names[b - 1]
                    w = phrase[0].lower() + phrase[1:] if "{w}" in frame else phrase
                    if "{W}" in frame:
                        w = phrase[0].upper() + phrase[1:]
                    text = frame.format(W=w, w=w, A=A, B=B)
                    pod_b = "EV" if "{B} evening" in frame else ""
                    pod_a = "EV" if "{A} evening" in frame else ""
                    ea = A + (" evening" if pod_a else "")
                    eb = B + (" evening" if pod_b else "")
                    cases.append((text, ref, ea, _val(monday + timedelta(days=a - 1), pod_a)))
                    cases.append((text, ref, eb, _val(monday + timedelta(days=b - 1), pod_b)))
    check(cases)


def test_race_days_of_the_week_named():
    """The brief's notice whole: two evenings and two race days of the week after next, in full and short."""
    cases = []
    for ref in REFS:
        monday = _monday(ref) + timedelta(weeks=2)
        for text in ("TT returns the week after next: roads closed for practice Monday evening and Tuesday evening, "
                     "race days Weds and Thurs",
                     "Week after next: roads shut for practice Monday evening and Tuesday evening, race days Wednesday and "
                     "Thursday"):
            cases.append((text, ref, "Monday evening", _val(monday, "EV")))
            cases.append((text, ref, "Tuesday evening", _val(monday + timedelta(days=1), "EV")))
            wed, thu = ("Weds", "Thurs") if "Weds" in text else ("Wednesday", "Thursday")
            cases.append((text, ref, wed, _val(monday + timedelta(days=2), "")))
            cases.append((text, ref, thu, _val(monday + timedelta(days=3), "")))
            cases.append((text, ref, "the week after next" if text.startswith("TT") else "Week after next",
                          ("DATE", iso_week(monday))))
    check(cases)


def test_review_age_sets_the_visit_week():
    """A review's age (a regression guard, held before): the weekday told in the past is the last up to the day the age
    reaches, not a week later; under an age of months "on a Monday" is a set since §302 (travel48)."""
    cases = []
    for ref in REFS:
        for age, back in (("2 months ago", "m2"), ("a month ago", "m1"), ("3 weeks ago", 21), ("2 weeks ago", 14)):
            if isinstance(back, str):
                n = int(back[1])
                y, m = divmod(ref.year * 12 + ref.month - 1 - n, 12)
                m += 1
                last = (date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)).day
                reach = date(y, m, min(ref.day, last))
            else:
                reach = ref - timedelta(days=back)
            for wd, name in enumerate(WEEKDAYS, 1):
                day = reach - timedelta(days=(reach.isoweekday() - wd) % 7)
                for frame in ("Sarah K\n★★☆☆☆ {age}\nArrived at 4:40 on a {W} and the kitchen was closed. Staff were rude.",
                              "★★★★☆ {age}\nWe went on a {W} and it was quiet."):
                    # ((travel48, forty-eighth session, §302) under an age of months, "on a Monday" is no one day of the
                    # month the age reaches: every such weekday, as one readable blind half writes it; under an age of
                    # weeks it is still the last such day up to the day reached)
                    want = ("DATE", f"XXXX-WXX-{wd}") if isinstance(back, str) else ("DATE", day.isoformat())
                    cases.append((frame.format(age=age, W=name), ref, name, want))
    check(cases)


def test_negatives_keep_their_readings():
    cases = []
    for ref in REFS:
        nxt = _monday(ref) + timedelta(weeks=1)
        for wd, name in enumerate(WEEKDAYS, 1):
            if wd == ref.isoweekday():
                continue
            # a weekday said before the week word, in another clause: the next such day from the day of writing
            cases.append((f"I'm off {name}, next week I'm away the whole week", ref, name,
                          ("DATE", next_weekday(ref, wd).isoformat())))
            # a past clause after a week to come: the last such day
            last = ref - timedelta(days=(ref.isoweekday() - wd) % 7 or 7)
            cases.append((f"Next week is the race but I went up {name} to look at the course", ref, name,
                          ("DATE", last.isoformat())))
            # a habit: a SET
            cases.append((f"Next week the bins go out every {name}", ref, f"every {name}", ("SET", f"XXXX-WXX-{wd}")))
        # a weekday that names its own date, in the week after the week named
        day = nxt + timedelta(days=7)
        text = f"next week I'm away but {WEEKDAYS[day.isoweekday() - 1]} {day.day}{SUFFIX.get(day.day, 'th')} I'm free"
        cases.append((text, ref, f"{WEEKDAYS[day.isoweekday() - 1]} {day.day}{SUFFIX.get(day.day, 'th')}",
                      ("DATE", day.isoformat())))
    check(cases)

