"""The stamps and ages of posts, comments and reviews, and the expressions they anchor (thirty-sixth session, stamps37;
docs/informal-time.md §145): a relative day word or an age after an author's handle on the header line ("kaia_surfs
Yesterday", "brisvegasrollerderby 2 days ago", "@mumbles.rfc Today") dates the post under it; a post's stamp ending its
header line does not join the post's first line ("Callum @callumtele · Mar 23" / "  last year you were shut ...");
a review's coarse age ("2 weeks ago", "a month ago", "3 months ago") and an owner's response's "3 days ago" are
approximate, so a year-less date told of a day just after the day the age reaches is of this year, not a year back;
a Reddit comment's "· 22 hr. ago" or "edited 20 hr. ago" dates its "today" and "tomorrow".

The sentences are this session's own (Instagram, Facebook, X, Reddit, a map's reviews; Australian, Irish, British, New
Zealand, Canadian, US, Kenyan voices); the days of writing are every day of a March 2025 week, month ends, the 2026/27
year's turn and a leap day. Every value is computed here from the calendar. The look-alikes at the end keep the tagger's
reading: "Yesterday" as a song's title or opening a sentence, a name line with no stamp."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import MON, MONTH, check, iso_week

REFS = [date(2025, 3, d) for d in range(10, 17)] + [date(2026, 12, 28) + timedelta(days=k) for k in range(7)] \
    + [date(2024, 2, 29), date(2024, 3, 1), date(2025, 4, 30), date(2025, 8, 31), date(2025, 12, 31)]


def _d(day: date) -> tuple[str, str]:
    return "DATE", day.isoformat()


# 1. a relative day word or an age after an author's handle (no separator mark, as Instagram prints it), or after a name
# and a dot: the post under it was written that day, and its "tomorrow" counts from it
HANDLES = ["brisvegasrollerderby", "kaia_surfs", "@mumbles.rfc", "niamh.k.runs", "Aroha Ngata ·", "Tom Kiely ·",
           "wanjiru_w •", "priya.bakes |"]
STAMP_WORDS = [("Yesterday", -1), ("Today", 0), ("2 days ago", -2), ("3 days ago", -3), ("yesterday", -1)]
POSTS = [
    "CLINIC WRAP 23 newbies!! Photos up tomorrow. Sign-ups close soon",
    "what a night at the markets, back again tomorrow with the new stock",
    "Training moved to tomorrow because of the rain x",
    "Reminder: forms are due in tomorrow, don't leave it late",
]
# an older post above, so the later post's words must not count from its day
OLDER = "Rua Tangaroa · 6 days ago\ngreat swim last night, cheers all\n\n"


def test_word_stamp_after_a_handle_dates_the_post():
    cases = []
    for ref in REFS:
        for i, h in enumerate(HANDLES):
            for j, (word, off) in enumerate(STAMP_WORDS):
                if h == "brisvegasrollerderby" and not word[0].isupper():
                    continue   # (a plain word before a stamp in lower case or a number is a sentence's: the negatives)
                post = POSTS[(i + j) % len(POSTS)]
                day = ref + timedelta(days=off)
                head = OLDER if (i + j) % 2 else ""
                text = f"{head}{h} {word}\n{post}"
                cases.append((text, ref, "tomorrow", _d(day + timedelta(days=1))))
                if off in (-1, 0):
                    cases.append((text, ref, word, _d(day)))
    check(cases)


def test_just_now_after_a_handle_is_of_the_page_day():
    cases = []
    for ref in REFS:
        for h in HANDLES:
            for post in POSTS[:2]:
                cases.append((f"{OLDER}{h} Just now\n{post}", ref, "tomorrow", _d(ref + timedelta(days=1))))
    check(cases)


# 2. a stamp closing its header line does not join the post's first line
HEAD_FRAMES = [
    ("Callum @callumtele · {S}\n  {E} you were shut by the end of the month", "last year"),
    ("Tom Kiely · {S}\n  {E} was the best turnout we've had", "last year"),
    ("Siobhán Nic Aodha @siobhannica · {S}\n{E} we go again, same time", "next week"),
    ("Dev Patel · {S}\n{E} the hall is booked, bring your boots", "next week"),
    ("Callum @callumtele · {S}\n  {E} is the deadline lads", "tomorrow"),
]
BACK = [1, 4, 9, 20]


def _expr_value(e: str, day: date) -> tuple[str, str]:
    if e == "last year":
        return "DATE", str(day.year - 1)
    if e == "next week":
        return "DATE", iso_week(day + timedelta(days=7))
    return _d(day + timedelta(days=1))


def test_header_stamp_does_not_join_the_next_line():
    cases = []
    for ref in REFS:
        for k in BACK:
            day = ref - timedelta(days=k)
            for i, (frame, e) in enumerate(HEAD_FRAMES):
                s = f"{MON[day.month - 1]} {day.day}" if i % 2 == 0 else f"{MONTH[day.month - 1]} {day.day} at 7:02 AM"
                text = frame.format(S=s, E=e[:1].upper() + e[1:] if i % 2 else e)
                cases.append((text, ref, s, _d(day) if i % 2 == 0 else ("TIME", f"{day.isoformat()}T07:02")))
                cases.append((text, ref, e[:1].upper() + e[1:] if i % 2 else e, _expr_value(e, day)))
    check(cases)


# 3. coarse ages are approximate: a date told of a day at or just after the day the age reaches is of this year
AGES = [("2 weeks ago", 14, 6), ("3 weeks ago", 21, 6), ("a month ago", -1, 15), ("2 months ago", -2, 15),
        ("3 days ago", 3, 1), ("a week ago", 7, 6)]   # (days back; a negative number: calendar months back)


def _reached(ref: date, back: int) -> date:
    """The day an age reaches: days back, or calendar months back (the day clamped to the month's last)."""
    if back >= 0:
        return ref - timedelta(days=back)
    y, m = divmod(ref.year * 12 + ref.month - 1 + back, 12)
    m += 1
    last = (date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)).day
    return date(y, m, min(ref.day, last))
REVIEW_FRAMES = [
    "Dave M\nLocal Guide · 12 reviews\n★★☆☆☆ {A}\nCanal was closed on {D} so we had to walk round. When I called the next day nobody answered.",
    "Response from the owner {A}\nSorry Dave, we refunded the full amount on {D}. Hope to see you again.",
    "Grace Wanjiku\n★★★★★ {A}\nWe stayed from {D}, lovely staff and the breakfast was class.",
]


def _month_day(day: date, style: int) -> str:
    return [f"{MON[day.month - 1]} {day.day}", f"{MONTH[day.month - 1]} {day.day}", f"{day.day} {MONTH[day.month - 1]}"][style % 3]


def test_coarse_age_keeps_a_date_just_after_it_this_year():
    cases = []
    for ref in REFS:
        for i, (age, back, tol) in enumerate(AGES):
            reached = _reached(ref, back)
            for k in sorted({0, 1, tol // 2, tol}):
                day = reached + timedelta(days=k)
                if day >= ref:
                    continue
                for j, frame in enumerate(REVIEW_FRAMES):
                    told = _month_day(day, i + j + k)
                    cases.append((frame.format(A=age, D=told), ref, told, _d(day)))
    check(cases)


# 4. a Reddit comment's age in hours: of 18 hours or more its comment is of the day before the page was read
REDDIT_HEADS = ["u/kev_b · {n} hr. ago", "kev_b · {n} hr. ago", "u/tram_ghost · edited {n} hr. ago", "OP · {n} hr. ago",
                "u/mzansi_runner · {n}h"]
REDDIT_POSTS = ["its on today at the square and tomorrow too", "went today, going back tomorrow"]
OLD_THREAD = "u/first_poster · 5 days ago\nwas a mad one last night\n\n"


def test_reddit_hours_age_dates_today_and_tomorrow():
    cases = []
    for ref in REFS:
        for n in (2, 9, 17, 18, 20, 22, 23):
            day = ref - timedelta(days=1) if n >= 18 else ref
            for i, head in enumerate(REDDIT_HEADS):
                post = REDDIT_POSTS[(i + n) % 2]
                text = (OLD_THREAD if (i + n) % 2 else "") + head.format(n=n) + "\n" + post
                cases.append((text, ref, "today", _d(day)))
                cases.append((text, ref, "tomorrow", _d(day + timedelta(days=1))))
    check(cases)


# 5. negatives: "Yesterday" as a song's title or opening a sentence, a name line with no stamp, a word in prose
NEGATIVES = [
    ("Yesterday was wild, tomorrow we rest", "tomorrow", 1),
    ("Now playing: Yesterday\nthe Beatles at their best, gig tomorrow", "tomorrow", 1),
    ("The Beatles - Yesterday\nbest song ever written. gig tomorrow", "tomorrow", 1),
    ("Tom Kiely\nsee you tomorrow lads", "tomorrow", 1),
    ("we sang it for them\nplayed Yesterday\nand they loved it, again tomorrow", "tomorrow", 1),
    ("kaia_surfs\nsurf's up tomorrow", "tomorrow", 1),
    ("landed yesterday\nweather is unreal, beach tomorrow", "tomorrow", 1),
    ("arrived 3 days ago\nand the rain stops tomorrow apparently", "tomorrow", 1),
    ("we were up at the\nhall yesterday\nand it's free again tomorrow", "tomorrow", 1),
    ("we were up at the\nhall yesterday\nand it's free again tomorrow", "yesterday", -1),
]


def test_negatives():
    cases = []
    for ref in REFS:
        for text, e, off in NEGATIVES:
            cases.append((text, ref, e, _d(ref + timedelta(days=off))))
    check(cases)
