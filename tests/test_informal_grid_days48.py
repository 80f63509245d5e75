"""(days48, forty-eighth session, §298-§299) The direction and the anchor of day words in informal talk: chat exports
with stamps over several days (a weekday said in a message counts from that message's day, not the export's), a
Facebook thread whose comments carry ages ("3d", "2d"), reviews that tell a visit ("Stayed till close Friday and
Saturday lol", "Got in just before close Sunday"), a story told in the past with its own date, months back ("On Saturday
7 March we drove up to Kasauli. On the Sunday we walked to the church, and on Monday we came home"), plans and reports
mixed ("Are you still coming on Friday?" / "Friday was brilliant", "see you Sat x" / "saw him Sat x", "this Friday",
"Friday just gone", "Friday week", "last Friday", "the weekend" said on a Monday and on a Thursday, "on the weekend" (AU),
"over the weekend", "this weekend" said on a Sunday), questions ("did you go Saturday?", "what are you doing Sunday?"),
negations and modals ("can't do Tuesday", "should've gone Monday"), habitual and generic days ("Fridays are quiet",
"every other Tuesday") and days in names ("Good Friday", "Black Friday", "Super Saturday sale").

Eleven invented copies (Lagos, Kingston, Cork, Broken Hill, Shimla, Nadi, Manchester, Dunedin, Durban, Toronto, Chicago
voices), each written anew for every reference date (every weekday, month and year ends, a leap day). Each value is
what a TimeML annotator gives, computed with datetime: a weekday counts from the day its words were written (a
message's stamp, a comment's age), in the direction its own clause gives; a story's weekday told in the first person
after a day told with its weekday goes on from the story's day. A weekday said on its own weekday is left out where its
week is not in the words. An expression wanted as None must not be tagged at all."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from dateutil.easter import easter

from gridcheck import assert_export_grid, export_wrong, last_before, next_from

# a week of every weekday (30 Nov - 6 Dec 2026), a month's and the year's end, New Year's Day, a leap day, a month's
# first day, the end of June
REFS = [date(2026, 11, 30) + timedelta(days=k) for k in range(7)] + [
    date(2026, 12, 31), date(2027, 1, 1), date(2028, 2, 29), date(2027, 3, 1), date(2026, 6, 30), date(2027, 10, 31)]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SHORT = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ONE = timedelta(days=1)
FRI, SAT, SUN = 4, 5, 6


def D(d: date) -> tuple:
    return ("DATE", d.isoformat())


def T(d: date, h: int, mi: int, s: int | None = None) -> tuple:
    return ("TIME", f"{d.isoformat()}T{h:02d}:{mi:02d}" + (f":{s:02d}" if s is not None else ""))


def WE(d: date) -> tuple:
    """The weekend of the ISO week of d."""
    y, w, _ = d.isocalendar()
    return ("DATE", f"{y}-W{w:02d}-WE")


def weekend_gone(r: date) -> date:
    """A day of the weekend a report names: the one in course on a Saturday or a Sunday, else the last."""
    return r if r.weekday() >= SAT else last_before(r, SAT)


def black_friday(y: int) -> date:
    """The day after the fourth Thursday of November."""
    first = date(y, 11, 1)
    thu = first + timedelta(days=(3 - first.weekday()) % 7) + 21 * ONE
    return thu + ONE


def good_friday_ahead(r: date) -> date:
    g = easter(r.year) - 2 * ONE
    return g if g >= r else easter(r.year + 1) - 2 * ONE


def wstamp(d: date, h: int, mi: int, s: int) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}, {h:02d}:{mi:02d}:{s:02d}"


# --- chat exports: a weekday counts from its message's day ------------------------------------------------------

def whatsapp_ng(r):
    """Lagos, en-NG: an Android export over five days; the plan's weekday from the message asking, the report's from
    the message after the day."""
    q = r - 5 * ONE
    plan = q + 3 * ONE                     # said on q: the weekday three days on
    text = "\n".join([
        f"[{wstamp(q, 19, 4, 11)}] Aunty Bisi: Are you people still coming on {DAYS[plan.weekday()]}?",
        f"[{wstamp(q, 19, 5, 40)}] Tunde: Yes ma, we will come {DAYS[plan.weekday()]} afternoon",
        f"[{wstamp(r, 21, 12, 3)}] Tunde: {DAYS[plan.weekday()]} was lovely, thank you ma",
        f"[{wstamp(r, 21, 13, 30)}] Aunty Bisi: Thank God. Greet your wife"])
    want = [(wstamp(q, 19, 4, 11), T(q, 19, 4, 11)), (DAYS[plan.weekday()], D(plan)),
            (wstamp(q, 19, 5, 40), T(q, 19, 5, 40)), (f"{DAYS[plan.weekday()]} afternoon", ("TIME", f"{plan}TAF")),
            (wstamp(r, 21, 12, 3), T(r, 21, 12, 3)), (DAYS[plan.weekday()], D(plan))]
    return text, want


def whatsapp_jm(r):
    """Kingston, en-JM: an iOS-style US export (M/D/YY, h:mm AM); "see you Sat x" in a phone's capital, "reach Saturday"."""
    q = r - 4 * ONE
    sat = next_from(q, SAT)
    st = lambda d, hm: f"{d.month}/{d.day}/{d.year % 100:02d}, {hm}"
    text = "\n".join([
        f"{st(q, '7:04 PM')} - Kerry-Ann: yuh reach home Friday?",
        f"{st(q, '7:06 PM')} - Marlon: nah, reach Saturday, flight move",
        f"{st(q, '7:07 PM')} - Kerry-Ann: ok see you Sat x"])
    want = [(st(q, "7:04 PM"), T(q, 19, 4)), ("Friday", D(next_from(q, FRI))),
            (st(q, "7:06 PM"), T(q, 19, 6))]
    if q.weekday() != SAT:   # (a Saturday said on a Saturday: its week is not in the words)
        want += [("Saturday", D(sat)), (st(q, "7:07 PM"), T(q, 19, 7)), ("Sat", D(sat))]
    return text, want


# --- a thread whose comments carry ages -------------------------------------------------------------------------

def facebook_ie(r):
    """Cork, en-IE: a Facebook group's comments with "3d", "2d"; the question's weekday to come from its day, the
    answer's gone from its own."""
    a, b = r - 3 * ONE, r - 2 * ONE
    wd = (b.weekday() - 2) % 7              # a weekday two days before the answer: gone for it, to come for the question
    text = "\n".join([
        "Rachel Murphy", "3d", f"Anyone know if the pool is open {DAYS[wd]}?", "Reply",
        "Siobhan K", "2d", f"It was closed {DAYS[wd]}, reopened {DAYS[(wd + 1) % 7]}.", "Reply"])
    want = [("3d", D(a)), (DAYS[wd], D(next_from(a, wd))), ("2d", D(b)),
            (DAYS[wd], D(last_before(b, wd))), (DAYS[(wd + 1) % 7], D(last_before(b, (wd + 1) % 7)))]
    return text, want


# --- reviews that tell a visit ----------------------------------------------------------------------------------

def review_au(r):
    """Broken Hill, en-AU: a pub's review told in the past: "Stayed till close Friday and Saturday lol", "Got in just
    before close Sunday" (the hour's noun after a limit, no present verb)."""
    text = "\n".join([
        "★★★★☆",
        "Came out for the races. Stayed till close Friday and Saturday lol, the front bar was three deep.",
        "Got in just before close Sunday and the kitchen still fed us. Legends."])
    want = []
    if r.weekday() not in (FRI, SAT):   # (the pair said on one of its own days: left out, as a lone own weekday)
        want += [("Friday", D(last_before(r, FRI))), ("Saturday", D(last_before(r, SAT)))]
    if r.weekday() != SUN:
        want.append(("Sunday", D(last_before(r, SUN))))
    return text, want


def review_za(r):
    """Durban, en-ZA: a review with a plan at its end; the visit's weekdays gone, the plan's to come."""
    text = "\n".join([
        "Went on a whim. Popped in Tuesday for a coffee and came back Thursday with the kids, bunny chow was spot on.",
        "We were there until close Saturday for the band. Will definitely come back Sunday for the buffet."])
    want = []
    for wd, word in ((1, "Tuesday"), (3, "Thursday"), (SAT, "Saturday")):
        if r.weekday() != wd:
            want.append((word, D(last_before(r, wd))))
    if r.weekday() != SUN:
        want.append(("Sunday", D(next_from(r, SUN))))
    return text, want


# --- a story told in the past with its own date ---------------------------------------------------------------

def story_in(r):
    """Shimla, en-IN: a trip told months later, its first day told with its weekday and its date, "the Sunday" and a
    bare "Monday" after it: the days after the story's day."""
    s = r - timedelta(days=150)
    s = s - timedelta(days=(s.weekday() - SAT) % 7)      # a Saturday some five months back
    text = (f"On {DAYS[s.weekday()]} {s.day} {MONTHS[s.month - 1]} {s.year} we drove up to Kasauli. On the Sunday we walked "
            f"to the church, and on Monday we came home. Best trip we ever did.")
    want = [(f"{DAYS[s.weekday()]} {s.day} {MONTHS[s.month - 1]} {s.year}", D(s)), ("the Sunday", D(s + ONE)),
            ("Monday", D(s + 2 * ONE))]
    return text, want


def story_fj(r, back=(20, 90, 200, 330)):
    """Nadi, en-FJ: an arrival told with its weekday, the days after it in the same past, at four distances back."""
    text, want = [], []
    for k in back:
        s = r - timedelta(days=k)
        nxt1, nxt2 = DAYS[(s.weekday() + 1) % 7], DAYS[(s.weekday() + 2) % 7]
        text.append(f"We arrived on {DAYS[s.weekday()]} {s.day} {MONTHS[s.month - 1]} {s.year}. {nxt1} was a wash-out "
                    f"but {nxt2} was glorious.")
        want += [(f"{DAYS[s.weekday()]} {s.day} {MONTHS[s.month - 1]} {s.year}", D(s)), (nxt1, D(s + ONE)),
                 (nxt2, D(s + 2 * ONE))]
    return "\n\n".join(text), want


def story_no_weekday(r):
    """Dunedin, en-NZ: a day told without its weekday keeps the weekday after it deictic ("I moved out on 31 May. On
    Tuesday I finally got my deposit back": §23's reading, kept)."""
    s = r - timedelta(days=40)
    text = f"I moved out on {s.day} {MONTHS[s.month - 1]} {s.year}. On Tuesday I finally got my deposit back."
    want = [(f"{s.day} {MONTHS[s.month - 1]} {s.year}", D(s))]
    if r.weekday() != 1:
        want.append(("Tuesday", D(last_before(r, 1))))
    return text, want


# --- plans and reports mixed, cue words, questions, modals ------------------------------------------------------

def chat_uk(r):
    """Manchester, en-GB: a group chat's plans and reports said on the day of writing."""
    text = "\n".join([
        "Right, this Friday is off, sorry.",
        "Friday just gone was mental though.",
        "Friday week works for me instead.",
        "did you go Saturday?",
        "what are you doing Sunday?",
        "I can't do Tuesday, should've gone Monday tbh.",
        "What are you up to this weekend?",
        "ok see you Sat x"])
    want = [("this Friday", D(next_from(r, FRI, own_day_too=True))),
            ("Friday just gone", D(last_before(r, FRI))),
            ("Friday week", D(next_from(r, FRI, own_day_too=True) + 7 * ONE))]
    if r.weekday() != SAT:
        want.append(("Saturday", D(last_before(r, SAT))))
    if r.weekday() != SUN:
        want.append(("Sunday", D(next_from(r, SUN))))
    if r.weekday() != 1:
        want.append(("Tuesday", D(next_from(r, 1))))
    if r.weekday() != 0:
        want.append(("Monday", D(last_before(r, 0))))
    want.append(("this weekend", WE(r)))
    if r.weekday() != SAT:
        want.append(("Sat", D(next_from(r, SAT))))   # a parting's weekday in a phone's capital before a kiss
    return text, want


def sms_ie(r):
    """Cork, en-IE: a text message alone, its weekday in a phone's capital before a kiss ("ok see you Sat x", "c u Wed
    xx"): the parting's day to come."""
    wd = (r.weekday() + 3) % 7
    word = DAYS[wd] if wd == SUN else SHORT[wd]   # (a capital "Sun" alone stays a paper's or a star's name: §114)
    text = f"grand so, ok see you {word} x"
    return text, [(word, D(next_from(r, wd)))]


def weekend_au(r):
    """Toronto and Broken Hill voices: "the weekend" asked of on a Monday (gone) and on a Thursday (to come), "on the
    weekend" (AU) and "over the weekend" told in the past."""
    text = "\n".join([
        "We went to the beach on the weekend, water was freezing.",
        "It poured over the weekend so the footy was off.",
        "How was the weekend?" if r.weekday() <= 1 else "Any plans for the weekend?"])
    gone = weekend_gone(r)
    want = [("the weekend", WE(gone)), ("the weekend", WE(gone))]
    if r.weekday() <= 1:
        want.append(("the weekend", WE(gone)))
    elif r.weekday() <= 4:
        want.append(("the weekend", WE(r)))
    return text, want


def generic_us(r):
    """Chicago, en-US: habits, kinds and names: "Fridays are quiet", "every other Tuesday" (SETs), "Good Friday" and
    "Black Friday" (dates), "Super Saturday sale" (a sale's name: no day)."""
    bf = black_friday(r.year) if black_friday(r.year) < r else black_friday(r.year - 1)
    text = "\n".join([
        "Fridays are quiet in the store, come then.",
        "Bin collection is every other Tuesday on our street.",
        "The store is shut on Good Friday.",
        "Black Friday deals were rubbish, nothing worth having.",
        "Super Saturday sale, doors open early!"])
    want = [("Fridays", ("SET", "XXXX-WXX-5")), ("every other Tuesday", ("SET", "XXXX-WXX-2")),
            ("Good Friday", D(good_friday_ahead(r))), ("Black Friday", D(bf)), ("Saturday", None)]
    return text, want


EXPORTS = [whatsapp_ng, whatsapp_jm, facebook_ie, review_au, review_za, story_in, story_fj, story_no_weekday, chat_uk,
           sms_ie, weekend_au, generic_us]
# (export, expression) left for later (their xfail test)
# "Black Friday deals were rubbish" written in June or October: the last one (gone, in the past tense); the tagger takes
# the next (a holiday's name keeps its year's reading whatever the tense, as "Good Friday" does)
LEFT: set = {("generic_us", "Black Friday")}


def _wrong(export, left: bool = False):
    return export_wrong(export, REFS, LEFT, left)


@pytest.mark.parametrize("export", EXPORTS, ids=lambda e: e.__name__)
def test_days_grid(export):
    assert_export_grid(export, REFS, LEFT)


@pytest.mark.xfail(reason="a holiday's name in the past tense written before its day this year: the last year's (LEFT)",
                   strict=True)
def test_days_grid_left():
    wrong = [w for e in EXPORTS for w in _wrong(e, left=True)]
    assert not wrong, "\n".join(wrong)
