"""The header of a quoted or forwarded e-mail, and stamp shapes stamps24 left, anchor the words of the message under
them (twenty-fourth session, stamps25; docs/informal-time.md, the section of stamps25). A reply's words count from the
day of writing; the message quoted under "On <date> at <clock>, <name> wrote:", under an Outlook block's "Sent: <date
and clock>" or a forwarded block's "Date: <date and clock>", counts from the header's day. A sender's header line with
no separator before the stamp ("Dani Ortiz 20/09/2025 21:47"), Telegram's "Dani, [20.09.2025 21:47]" and a social
page's "September 20 at 9:47 PM ·" anchor the post under them. Every thread is this file's own; every value is computed
here from the calendar (datetime); the day of writing is always later than the stamps."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from gridcheck import check, MON, MONTH, DAYS, WEEKDAY, h12

# the shapes as docs/informal-time.md quotes them (each is written out by the functions below):
# "On <date> at <clock>, <name> wrote:", "On 20/09/2025 21:47, Sam Ortiz wrote:", "Sent: <date and clock>",
# "Date: <date and clock>", "Dani Reyes 20/09/2025 21:47", "Dani Reyes  20 Sep 2025 21:47",
# "Dani Reyes, [20.09.2025 21:47]", "September 20 at 9:47 PM ·", "Inspection notice / Date: ... / Ref: 4471",
# "On <date> at <clock> the power went off.", "Dani Reyes / 3 days ago", "@dani_r 2 days ago", "u/dani_r 3 days ago",
# "Dani Reyes, 3 days ago", "Dani Reyes - 3 days ago (edited)", "@dani_r · 1 year ago (edited)",
# "On {weekday}, the housing minister said:", "The council meets tomorrow."

# days of writing on every day of a week, a month's start, a year's turn, a leap day's next day, mid-December
REFS = [date(2025, 9, 23) + timedelta(days=k) for k in range(7)] + \
       [date(2025, 3, 1), date(2026, 1, 2), date(2024, 3, 1), date(2025, 12, 14)]


# the quoted message's words and their values from the day it was written
BODY = [
    ("The landlord came round tonight and wrote it down.", "tonight", lambda d: ("TIME", f"{d.isoformat()}TNI")),
    ("Can you bring the forms tomorrow?", "tomorrow", lambda d: ("DATE", (d + timedelta(days=1)).isoformat())),
    ("He rang yesterday about the keys.", "yesterday", lambda d: ("DATE", (d - timedelta(days=1)).isoformat())),
    ("The boiler went off this morning.", "this morning", lambda d: ("TIME", f"{d.isoformat()}TMO")),
]
REPLY = "Thanks Sam, I'll drop them in on Thursday and ring the agent after."
REPLY_TONIGHT = "Thanks Sam, I'll drop them in on Thursday and ring the agent tonight."


# quote headers of mail programs ("On <date>[,] at <clock>, <name> wrote:")
def _gmail_uk(t):
    return f"On {DAYS[t.weekday()]}, {t.day} {MON[t.month - 1]} {t.year} at {t:%H:%M}, Sam Ortiz <sam.ortiz@example.com> wrote:"


def _gmail_us(t):
    return f"On {DAYS[t.weekday()]}, {MON[t.month - 1]} {t.day}, {t.year} at {h12(t)} Sam Ortiz <sam.ortiz@example.com> wrote:"


def _apple(t):
    return f"On {t.day} {MON[t.month - 1]} {t.year}, at {t:%H:%M}, Sam Ortiz <sam.ortiz@example.com> wrote:"


def _thunderbird(t):
    return f"On {t:%d/%m/%Y %H:%M}, Sam Ortiz wrote:"


QUOTES = [_gmail_uk, _gmail_us, _apple, _thunderbird]


def _quoted(head, t, body, mark, reply=REPLY):
    return f"{reply}\n\nDani\n\n{head(t)}\n" + "".join(f"{mark}{line}\n" for line in ("Hi Dani,", body, "Sam"))


def test_a_quoted_messages_words_count_from_its_quote_header():
    cases = []
    for ref in REFS:
        for back in (1, 3, 5):
            day = ref - timedelta(days=back)
            t = datetime(day.year, day.month, day.day, 21, 47)
            for head in QUOTES:
                if head is _thunderbird and t.day <= 12 and ref.day <= 12:
                    continue   # a numeric date whose order nothing settles: not what this grid asks
                for mark in ("> ", ""):
                    for body, expr, want in BODY:
                        cases.append((_quoted(head, t, body, mark), ref, expr, want(day)))
    check(cases)


def test_the_reply_above_the_quote_counts_from_the_day_of_writing():
    cases = []
    for ref in REFS:
        day = ref - timedelta(days=3)
        t = datetime(day.year, day.month, day.day, 21, 47)
        for head in (_gmail_uk, _gmail_us, _apple):
            text = _quoted(head, t, "Can you bring the forms tomorrow?", "> ", REPLY_TONIGHT)
            cases.append((text, ref, "tonight", ("TIME", f"{ref.isoformat()}TNI")))
    check(cases)


# an Outlook reply's block ("From: / Sent: / To: / Subject:") and a forwarded message's block ("From: / Date: /
# Subject: / To:"): the message under the block was written on the header's day
def _outlook(t):
    return (f"From: Sam Ortiz\nSent: {WEEKDAY[t.weekday()]}, {MONTH[t.month - 1]} {t.day}, {t.year} {h12(t)}\n"
            f"To: Dani Reyes\nSubject: RE: the flat\n")


def _outlook_uk(t):
    return f"From: Sam Ortiz <sam.ortiz@example.com>\nSent: {t.day} {MONTH[t.month - 1]} {t.year} {t:%H:%M}\nTo: Dani Reyes\nSubject: the flat\n"


def _forward(t):
    return (f"---------- Forwarded message ---------\nFrom: Sam Ortiz <sam.ortiz@example.com>\n"
            f"Date: {DAYS[t.weekday()]}, {t.day} {MON[t.month - 1]} {t.year} {t:%H:%M}\nSubject: the flat\nTo: Dani Reyes\n")


def _forward_us(t):
    return (f"Begin forwarded message:\n\nFrom: Sam Ortiz <sam.ortiz@example.com>\nSubject: the flat\n"
            f"Date: {MONTH[t.month - 1]} {t.day}, {t.year} at {h12(t)}\nTo: Dani Reyes\n")


BLOCKS = [_outlook, _outlook_uk, _forward, _forward_us]


def test_a_message_under_a_header_block_counts_from_its_sent_or_date_line():
    cases = []
    for ref in REFS:
        for back in (1, 3, 5):
            day = ref - timedelta(days=back)
            t = datetime(day.year, day.month, day.day, 21, 47)
            for block in BLOCKS:
                for body, expr, want in BODY:
                    text = f"{REPLY}\n\n{block(t)}\nHi Dani,\n{body}\nSam\n"
                    cases.append((text, ref, expr, want(day)))
    check(cases)


def test_the_sent_line_is_one_time():
    cases = []
    for ref in REFS:
        day = ref - timedelta(days=2)
        t = datetime(day.year, day.month, day.day, 9, 14)
        text = f"{REPLY}\n\n{_outlook(t)}\nHi Dani,\nCan you bring the forms tomorrow?\n"
        expr = f"{WEEKDAY[t.weekday()]}, {MONTH[t.month - 1]} {t.day}, {t.year} {h12(t)}"
        cases.append((text, ref, expr, ("TIME", f"{t:%Y-%m-%dT%H:%M}")))
        text = f"{REPLY}\n\n{_outlook_uk(t)}\nHi Dani,\nCan you bring the forms tomorrow?\n"
        cases.append((text, ref, f"{t.day} {MONTH[t.month - 1]} {t.year} {t:%H:%M}", ("TIME", f"{t:%Y-%m-%dT%H:%M}")))
    check(cases)


# not a header: a "Date:" line of a notice with no "From:" in its block, a sentence opening with "On <date>" and no
# verb of writing after it; the words after them count from the day of writing
def test_a_date_line_without_a_mail_block_is_no_header():
    cases = []
    for ref in REFS:
        day = ref - timedelta(days=3)
        t = datetime(day.year, day.month, day.day, 21, 47)
        text = f"On {t.day} {MON[t.month - 1]} {t.year} at {t:%H:%M} the power went off.\nThe engineer comes tomorrow.\n"
        cases.append((text, ref, "tomorrow", ("DATE", (ref + timedelta(days=1)).isoformat())))
        text = f"Inspection notice\nDate: {t.day} {MONTH[t.month - 1]} {t.year} {t:%H:%M}\nRef: 4471\n\nThe engineer comes tomorrow.\n"
        cases.append((text, ref, "tomorrow", ("DATE", (ref + timedelta(days=1)).isoformat())))
    check(cases)


# a sender's header line with no separator before its stamp, Telegram's "Dani, [20.09.2025 21:47]", a social page's
# "September 20 at 9:47 PM ·" under the poster's name: the post under it counts from the stamp's day
def _name_space(t):
    return f"Dani Reyes {t:%d/%m/%Y %H:%M}\n"


def _name_two_spaces(t):
    return f"Dani Reyes  {t.day} {MON[t.month - 1]} {t.year} {t:%H:%M}\n"


def _telegram(t):
    return f"Dani Reyes, [{t:%d.%m.%Y %H:%M}]\n"


def _facebook(t):
    return f"Dani Reyes\n{MONTH[t.month - 1]} {t.day} at {h12(t)} · \n"


POSTS = [_name_space, _name_two_spaces, _telegram, _facebook]
WORDS = [
    ("landlord came round tonight, wrote it down", "tonight", lambda d: ("TIME", f"{d.isoformat()}TNI")),
    ("can u do tmrw instead", "tmrw", lambda d: ("DATE", (d + timedelta(days=1)).isoformat())),
    ("he rang yesterday about the keys", "yesterday", lambda d: ("DATE", (d - timedelta(days=1)).isoformat())),
    ("the boiler went off this morning", "this morning", lambda d: ("TIME", f"{d.isoformat()}TMO")),
]


def test_a_posts_words_count_from_a_stamp_after_its_senders_name():
    cases = []
    for ref in REFS:
        for back in (1, 3, 5):
            day2 = ref - timedelta(days=back)
            day1 = day2 - timedelta(days=2)
            for shape in POSTS:
                if shape in (_name_space, _telegram) and max(day1.day, day2.day) <= 12:
                    continue   # a numeric date whose order nothing settles
                for body, expr, want in WORDS:
                    text = shape(datetime(day1.year, day1.month, day1.day, 10, 2)) + "please keep a note of every visit\n\n" + \
                        shape(datetime(day2.year, day2.month, day2.day, 21, 47)) + body + "\n"
                    cases.append((text, ref, expr, want(day2)))
    check(cases)


# (guards, already read so at the start) a letter or a note dated at its top: its words count from that date
def test_a_letter_dated_at_its_top():
    cases = []
    for ref in REFS:
        day = ref - timedelta(days=4)
        n = day.day
        suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        for head in (f"{n}{suffix} {MONTH[day.month - 1]}", f"{WEEKDAY[day.weekday()]} {n}{suffix} {MONTH[day.month - 1]}"):
            text = f"{head}\n\nDear Jo,\nThanks for yesterday. I'll ring you tomorrow.\nLove, Pat\n"
            cases.append((text, ref, "yesterday", ("DATE", (day - timedelta(days=1)).isoformat())))
            cases.append((text, ref, "tomorrow", ("DATE", (day + timedelta(days=1)).isoformat())))
    check(cases)


# an inline reply (a forum's or a bottom-posted mail's): the lines marked ">" under the header are the quoted message's,
# the reply's own lines after them count from the day of writing again ("On 14/09/2025 at 18:20, ferro_k said:")
def test_the_reply_after_the_quoted_lines_counts_from_the_day_of_writing():
    cases = []
    for ref in REFS:
        for back in (1, 3, 5):
            day = ref - timedelta(days=back)
            t = datetime(day.year, day.month, day.day, 11, 42)
            heads = [_gmail_uk(t), _apple(t), f"On {t:%d/%m/%Y} at {t:%H:%M}, ferro_k said:"]
            if t.day <= 12 and ref.day <= 12:
                heads.pop()   # a numeric date whose order nothing settles
            for head in heads:
                text = f"{head}\n> Can you bring the forms tomorrow?\n>\n> Sam\nYes, and I'll ring the agent tonight.\n"
                cases.append((text, ref, "tomorrow", ("DATE", (day + timedelta(days=1)).isoformat())))
                cases.append((text, ref, "tonight", ("TIME", f"{ref.isoformat()}TNI")))
                text = f"{head}\n\n> The boiler went off yesterday\n\nDid you clear it yesterday?\n"
                cases.append((text, ref, "yesterday", ("DATE", (day - timedelta(days=1)).isoformat())))
    check(cases)


# a comment export's age stamp on the post's header line: under the poster's name, after a handle, after the sender
# and a comma or a dash, an edit's word in brackets after it; the post's words count from the day it reaches back to
AGES = [
    lambda n, who, handle: f"{who}\n{n} days ago\n",
    lambda n, who, handle: f"@{handle} {n} days ago\n",
    lambda n, who, handle: f"u/{handle} {n} days ago\n",
    lambda n, who, handle: f"{who}, {n} days ago\n",
    lambda n, who, handle: f"{who} - {n} days ago (edited)\n",
]


def test_a_comments_words_count_from_its_age_stamp():
    cases = []
    for ref in REFS:
        for n in (2, 3, 6):
            for age in AGES:
                for body, expr, want in WORDS:
                    text = age(n + 2, "Sam Ortiz", "sam_o") + "please keep a note of every visit\n\n" + \
                        age(n, "Dani Reyes", "dani_r") + body + "\n\n" + age(1, "Jo Bell", "jo.b") + "ok thanks\n"
                    cases.append((text, ref, expr, want(ref - timedelta(days=n))))
    check(cases)


# not an age stamp: words with no separator before the age ("Arrived 2 days ago"), a sentence's line above a lone age;
# the words after them count from the day of writing
def test_an_age_in_a_sentence_is_no_stamp():
    cases = []
    for ref in REFS:
        for text in ("Arrived 2 days ago\nthe landlord came round tonight\n",
                     "We moved in.\n2 days ago\nthe landlord came round tonight\n",
                     "we got the keys 3 days ago\nthe landlord came round tonight\n"):
            cases.append((text, ref, "tonight", ("TIME", f"{ref.isoformat()}TNI")))
    check(cases)


# Telegram's stamp is one TIME, as a chat export's ("Dani Reyes, [20.09.2025 21:47]")
def test_a_telegram_stamp_is_one_time():
    cases = []
    for ref in REFS:
        for back in (1, 3, 5):
            day = ref - timedelta(days=back)
            if day.day <= 12:
                continue
            t = datetime(day.year, day.month, day.day, 21, 47)
            text = _telegram(t - timedelta(days=1)) + "ok\n\n" + _telegram(t) + "can u do tmrw instead\n"
            cases.append((text, ref, f"{t:%d.%m.%Y %H:%M}", ("TIME", f"{t:%Y-%m-%dT%H:%M}")))
    check(cases)


# a later comment's age stamp with an edit's word after it counts from the day of writing, not from the stamp above it
def test_an_edited_age_stamp_counts_from_the_day_of_writing():
    cases = []
    for ref in REFS:
        for months in (5, 8, 11):
            text = f"@sam_o · {months} months ago\nstill the best video on here\n\n@dani_r · 1 year ago (edited)\nsame\n"
            cases.append((text, ref, "1 year ago", ("DATE", str(ref.year - 1))))
    check(cases)


# not a header: a news story's "On <weekday>, <who> said:" over a quote, with no clock time (and, with "said", whatever
# its year); the story's words after the quote count from the day of writing
def test_a_news_storys_said_is_no_header():
    cases = []
    for ref in REFS:
        for back in (2, 3, 5):
            day = ref - timedelta(days=back)
            text = f"On {WEEKDAY[day.weekday()]}, the housing minister said:\n\"We will publish the figures.\"\nThe council meets tomorrow.\n"
            cases.append((text, ref, "tomorrow", ("DATE", (ref + timedelta(days=1)).isoformat())))
            text = f"On {day.day} {MONTH[day.month - 1]} {day.year}, the housing minister said:\n\"We will publish the figures.\"\nThe council meets tomorrow.\n"
            cases.append((text, ref, "tomorrow", ("DATE", (ref + timedelta(days=1)).isoformat())))
    check(cases)
