"""Patterns of English behind the errors of informal19-voices A (twenty-second session, voices19; docs/informal-time.md,
the section of voices19): a comment's or a reply's stamp line ("reply · u/name · 9:02 AM", "reply 8:15am", "Dana ·
2:14 PM (her time)"), a page's post headed by its date and clock time alone on a line ("Tues Jan 13 5:40am", "UPDATE
Wed Jan 14 2:10am"), "past" as the preposition before a weekday ("it won't keep past Thursday"), a weekday after "our
usual" (every such day), a short weekday after "thru"/"through" where the phrase ends. The sentences are this session's
own, written for these classes, none copied from a corpus text; every value is computed here from the calendar."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, last_weekday, next_weekday, other_weekdays

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SHORT = {1: "mon", 2: "tues", 3: "weds", 4: "thurs", 5: "fri"}
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
# every day of a week in two years, a month's end and a year's turn
REFS = [date(2025, 6, 2) + timedelta(days=k) for k in range(7)] + \
       [date(2026, 3, 9) + timedelta(days=k) for k in range(7)] + \
       [date(2025, 12, 29), date(2025, 12, 31), date(2026, 1, 1), date(2026, 2, 27), date(2026, 2, 28)]


def _h12(h: int) -> str:
    return f"{h % 12 or 12}:{'05'}{'am' if h < 12 else 'pm'}"


# 1. A message stamp line opened by a comment's word or a Reddit handle, or with a short bracket after its time: the
# moment the message was sent, on the day of writing, not on a day the message before it named
STAMP_THREADS = [
    "reply · u/{a} · 7:15 AM\nhis mum booked for the {d}th already\nreply · u/{b} · 9:02 AM\nbook nothing till it's in writing",
    "reply 8:15am\nall cleared before {w} x\nreply 8:31am\nbooked solid this week sorry",
    "Dana · 1:40 PM (her time)\nI fly out on the {d}th\nLucia · 2:14 PM (my time)\nok, have a safe trip",
    "comment · {a}_22 · 10:02\nthe sale ends {w}\ncomment · {b}_7 · 10:30\nthanks!",
]
HANDLES = [("kettle_jo", "marsh_tom"), ("anchors_and_oreos", "sally22"), ("chief", "dave_k")]


def test_comment_and_reply_stamp_lines_are_the_day_of_writing():
    cases = []
    for ref in REFS:
        for n, name in other_weekdays(ref):
            for a, b in HANDLES:
                for t in STAMP_THREADS:
                    text = t.format(a=a, b=b, d=20 if ref.day < 15 else 9, w=name)
                    last_line = [ln for ln in text.split("\n") if ln[:1] in "rcDL" and ":" in ln][-1]
                    clock = last_line.split("· ")[-1].split(" (")[0].strip() if "·" in last_line else last_line.split(" ", 1)[1]
                    hh, rest = clock.split(":")
                    mm = int(rest[:2])
                    h = int(hh)
                    if "PM" in rest.upper() and h != 12:
                        h += 12
                    elif "AM" in rest.upper() and h == 12:
                        h = 0
                    cases.append((text, ref, clock, ("TIME", f"{ref.isoformat()}T{h:02d}:{mm:02d}")))
    check(cases)


# 2. A post headed by its date and its clock time alone on a line, with no word of posting before it (a page's own
# updates, an update's "UPDATE"): the words under it count from that day
HEADS = ["{wd} {mon} {d} 5:40am\n", "UPDATE {wd} {mon} {d} 2:10pm\n", "{wd}, {mon} {d} 11:05\n"]
BODIES = [("warning is up for tonight, stay safe", "tonight", lambda d: ("TIME", f"{d.isoformat()}TNI")),
          ("crews back out tomorrow once it stops", "tomorrow", lambda d: ("DATE", (d + timedelta(days=1)).isoformat())),
          ("we cleared the hill roads yesterday", "yesterday", lambda d: ("DATE", (d - timedelta(days=1)).isoformat()))]


def test_a_post_headed_by_its_date_and_clock_counts_from_that_day():
    cases = []
    for ref in REFS:
        for back in (1, 2, 5, 12, 30):
            day = ref - timedelta(days=back)
            for head in HEADS:
                h = head.format(wd=WEEKDAYS[day.weekday()][:3], mon=MONTHS[day.month - 1], d=day.day)
                for body, expr, want in BODIES:
                    text = "Northside Plough Co page\n\n" + h + body + "\n\nUPDATE later\nall roads done"
                    cases.append((text, ref, expr, want(day)))
    # the pattern written out once, a storm's page read the next day
    day = date(2026, 1, 13)
    cases.append(("Northside Plough Co page\n\nTues Jan 13 5:40am\nwarning is up for tonight, stay safe", day + timedelta(days=1),
                  "tonight", ("TIME", f"{day.isoformat()}TNI")))
    cases.append(("Northside Plough Co page\n\nUPDATE Wed Jan 14 2:10pm\ncrews back out tomorrow once it stops", day + timedelta(days=3),
                  "tomorrow", ("DATE", (day + timedelta(days=2)).isoformat())))
    check(cases)


# 3. "past" after a verb (or "n't") before a weekday is the preposition "beyond": the weekday alone, the one to come
# in a clause that is not past; "this past <weekday>" and "past <weekday>" opening the sentence stay the one gone
PAST_PREP = ["the cells won't keep past {w}", "I can't stay past {w} sadly", "don't let it drag past {w} please",
             "the offer won't run past {w}", "pls dont leave it past {w}"]
THIS_PAST = ["this past {w} was mad", "Past {w} was a write-off"]


def test_past_before_a_weekday_after_a_verb_is_beyond_it():
    cases = []
    for ref in REFS:
        for n, name in other_weekdays(ref):
            for w in (name, name.lower()):
                for t in PAST_PREP:
                    cases.append((t.format(w=w), ref, w, ("DATE", next_weekday(ref, n).isoformat())))
            if n in SHORT:
                cases.append((f"they wont keep past {SHORT[n]}", ref, SHORT[n], ("DATE", next_weekday(ref, n).isoformat())))
            cases.append((THIS_PAST[0].format(w=name), ref, f"this past {name}", ("DATE", last_weekday(ref, n).isoformat())))
            cases.append((THIS_PAST[1].format(w=name), ref, f"Past {name}", ("DATE", last_weekday(ref, n).isoformat())))
    check(cases)


# 4. A weekday after "our/my/the usual, regular, normal": the day it is every week (a SET)
USUAL = ["we can't do our usual {w} slot this week", "my usual {w} lesson is off", "sorry, no regular {w} call",
         "the usual {w} quiz is cancelled", "can we keep our regular {w} catch-up", "back to my normal {w} shift"]


def test_a_weekday_after_usual_is_every_such_day():
    cases = []
    for ref in REFS[:9]:
        for n, name in enumerate(WEEKDAYS, 1):
            for t in USUAL:
                text = t.format(w=name.lower())
                if "no regular" in text:
                    text = f"sorry, our regular {name.lower()} call is off"
                cases.append((text, ref, name.lower(), ("SET", f"XXXX-WXX-{n}")))
            if n in SHORT:
                cases.append((f"our usual {SHORT[n]} slot is taken", ref, SHORT[n], ("SET", f"XXXX-WXX-{n}")))
    check(cases)


# 5. A short weekday after "thru"/"through" where the phrase ends: the end of a span from a day named before it
THRU = ["snow warning for tonight thru {w}, 20cm", "road closed today through {w}.", "rain from tonight thru {w}!"]


def test_a_short_weekday_after_thru_ending_its_phrase():
    cases = []
    for ref in REFS:
        for n, short in SHORT.items():
            if n == ref.isoweekday():
                continue
            for t in THRU:
                cases.append((t.format(w=short), ref, short, ("DATE", next_weekday(ref, n).isoformat())))
    check(cases)
