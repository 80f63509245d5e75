"""Stamp shapes stamps24 and stamps25 left (twenty-fifth session, stamps26; docs/informal-time.md, the section of
stamps26). A chat's stamp line that opens with the date and its clock time and names the sender after a separator,
a role in brackets after the name allowed ("Sat 5 Jun 17:41 · Shaz", "Sat 5 Jun 18:02 · Bev (reception lead)"); a
banner line framed by dashes or equals signs round a label and a stamp ("-- Reply, Thu 17 Aug 2023 19:05 --",
"-- Facebook message, Mon 14 Aug 2023 21:47 --"), one TIME; WhatsApp's stamp with no year ("[20/09, 21:47] Dani:");
a forum's quote header ("Quote (gary @ 5 May 2025 - 21:30)", "gary wrote on 5 May 2025, 21:30:") over the quoted
paragraph; an e-mail's quote header wrapped over two lines. The post's or the quoted message's words count from the
stamp's day; a reply after a forum quote from the day of writing. Every thread is this file's own; every value is
computed here from the calendar (datetime); the day of writing is always later than the stamps."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from gridcheck import check, MON, MONTH, DAYS, h12

# the shapes as docs/informal-time.md quotes them (each is written out by the functions below):
# "Sat 5 Jun 17:41 · Shaz", "Sat 5 Jun 18:02 · Bev (reception lead)", "-- Reply, Thu 17 Aug 2023 19:05 --",
# "-- Facebook message, Mon 14 Aug 2023 21:47 --", "[20/09, 21:47] Dani:", "Quote (gary @ 5 May 2025 - 21:30)",
# "gary wrote on 5 May 2025, 21:30:", "Score 2-1 · Shaz", "Total 17.41 · Shaz"

# days of writing on every day of a week (three years), a month's start, a year's turn, a leap day's next day
REFS = [date(2021, 6, 7), date(2023, 8, 19), date(2024, 1, 5), date(2025, 9, 23), date(2025, 9, 25),
        date(2026, 4, 29), date(2022, 11, 13), date(2025, 3, 1), date(2026, 1, 2), date(2024, 3, 1)]


# a post's words and their values from the day it was written
BODY = [
    ("The landlord came round tonight and wrote it down.", "tonight", lambda d: ("TIME", f"{d.isoformat()}TNI")),
    ("Can you bring the forms tomorrow?", "tomorrow", lambda d: ("DATE", (d + timedelta(days=1)).isoformat())),
    ("He rang yesterday about the keys.", "yesterday", lambda d: ("DATE", (d - timedelta(days=1)).isoformat())),
    ("The boiler went off this morning.", "this morning", lambda d: ("TIME", f"{d.isoformat()}TMO")),
]


def _time(t: datetime) -> tuple[str, str]:
    return "TIME", f"{t:%Y-%m-%dT%H:%M}"


def _days(ref: date):
    for back in (1, 3, 5):
        day = ref - timedelta(days=back)
        yield day, datetime(day.year, day.month, day.day, 21, 47)


# a chat's stamp line: the date and its clock time open the line, a separator and the sender (a role in brackets
# after the name allowed) close it; the post is on the lines under it
def _dot(t):
    return f"{DAYS[t.weekday()]} {t.day} {MON[t.month - 1]} {t:%H:%M}", " · Shaz"


def _dot_role(t):
    return f"{DAYS[t.weekday()]} {t.day} {MON[t.month - 1]} {t:%H:%M}", " · Bev (reception lead)"


def _dash(t):
    return f"{t.day} {MON[t.month - 1]} {t:%H:%M}", " - Dani Reyes"


def _bar_year(t):
    return f"{DAYS[t.weekday()]} {t.day} {MON[t.month - 1]} {t.year} {t:%H:%M}", " | Dani"


def _us(t):
    return f"{MON[t.month - 1]} {t.day}, {t.year} {t:%H:%M}", " · Dani (site manager)"


LINES = [_dot, _dot_role, _dash, _bar_year, _us]


def test_a_stamp_line_with_its_sender_after_a_separator_anchors_its_post():
    cases = []
    for ref in REFS:
        for day, t in _days(ref):
            first = t - timedelta(days=1, hours=3)
            for shape in LINES:
                s0, who0 = shape(first)
                s, who = shape(t)
                for body, expr, want in BODY:
                    text = f"Surgery reception 💬 (group chat)\n\n{s0}{who0}\nrota is up, have a look\n\n{s}{who}\n{body}\n"
                    cases.append((text, ref, expr, want(day)))
    check(cases)


def test_the_stamp_line_itself_is_one_time():
    cases = []
    for ref in REFS:
        for day, t in _days(ref):
            for shape in LINES:
                s, who = shape(t)
                cases.append((f"group chat\n\n{s}{who}\nrota is up, have a look\n", ref, s, _time(t)))
    check(cases)


# a banner line: dashes (or equals signs) round a label and the stamp; the stamp one TIME, the post under it from its day
def _reply(t):
    return "-- Reply, ", f"{DAYS[t.weekday()]} {t.day} {MON[t.month - 1]} {t.year} {t:%H:%M}", " --"


def _fb(t):
    return "-- Facebook message, ", f"{DAYS[t.weekday()]} {t.day} {MON[t.month - 1]} {t.year} {t:%H:%M}", " --"


def _equals(t):
    return "== ", f"{DAYS[t.weekday()]} {t.day} {MON[t.month - 1]} {t:%H:%M}", " =="


def _text_from(t):
    return "--- Text from Mam, ", f"{t.day} {MONTH[t.month - 1]} {t.year} {t:%H:%M}", " ---"


def _reply_short(t):
    return "-- Reply, ", f"{DAYS[t.weekday()]} {t.day} {MON[t.month - 1]} {t:%H:%M}", " --"


BANNERS = [_reply, _fb, _equals, _text_from, _reply_short]


def test_a_banner_stamp_is_one_time_and_anchors_the_message_under_it():
    cases = []
    for ref in REFS:
        for day, t in _days(ref):
            for shape in BANNERS:
                a, s, b = shape(t)
                cases.append((f"Bookings inbox\n\n{a}{s}{b}\nHiya, are you free in October?\n", ref, s, _time(t)))
                for body, expr, want in BODY:
                    text = f"Bookings inbox\n\n{a}{s}{b}\nHiya! {body} Ffion x\n"
                    cases.append((text, ref, expr, want(day)))
    check(cases)


# WhatsApp's bracket stamp with no year: the year of the nearest such day on or before the day of writing
def _wa(t, sender):
    return f"[{t.day:02d}/{t.month:02d}, {t:%H:%M}] {sender}: "


def test_a_whatsapp_stamp_with_no_year_is_one_time_and_anchors_its_message():
    cases = []
    for ref in REFS:
        for day, t in _days(ref):
            if day.day <= 12:
                continue   # a numeric date whose order nothing settles: not what this grid asks
            first = t - timedelta(minutes=20)
            cases.append((_wa(first, "Sam") + "u about?\n" + _wa(t, "Dani") + "yeah\n", ref,
                          f"{t.day:02d}/{t.month:02d}, {t:%H:%M}", _time(t)))
            for body, expr, want in BODY:
                text = _wa(first, "Sam") + "u about?\n" + _wa(t, "Dani") + body + "\n"
                cases.append((text, ref, expr, want(day)))
    check(cases)


# a forum's quote header over the quoted paragraph; the reply's own paragraph after it counts from the day of writing
def _quote_paren(t):
    return f"Quote (gary @ {t.day} {MON[t.month - 1]} {t.year} - {t:%H:%M})"


def _wrote_on(t):
    return f"gary wrote on {t.day} {MON[t.month - 1]} {t.year}, {t:%H:%M}:"


def _quote_from(t):
    return f"Quote from: gary_k on {MONTH[t.month - 1]} {t.day}, {t.year}, {h12(t)}"


FORUM_QUOTES = [_quote_paren, _wrote_on, _quote_from]
REPLY = "Cheers gary, I'll ring them tonight."


def test_a_forum_quote_header_anchors_the_quoted_paragraph():
    cases = []
    for ref in REFS:
        for day, t in _days(ref):
            for head in FORUM_QUOTES:
                for body, expr, want in BODY:
                    text = f"Re: boiler pressure dropping\n\n{head(t)}\n{body}\n\n{REPLY}\n"
                    cases.append((text, ref, expr, want(day)))
    check(cases)


def test_the_reply_after_a_forum_quote_counts_from_the_day_of_writing():
    cases = []
    for ref in REFS:
        for day, t in _days(ref):
            for head in FORUM_QUOTES:
                text = f"Re: boiler pressure dropping\n\n{head(t)}\nCan you bring the forms tomorrow?\n\n{REPLY}\n"
                cases.append((text, ref, "tonight", ("TIME", f"{ref.isoformat()}TNI")))
    check(cases)


# an e-mail's quote header wrapped over two lines (a long address), quote marks or none under it
def _wrap_addr(t):
    return f"On {DAYS[t.weekday()]}, {t.day} {MON[t.month - 1]} {t.year} at {t:%H:%M}, Sam Ortiz <sam.ortiz@example.com>\nwrote:"


def _wrap_name(t):
    return f"On {t.day} {MON[t.month - 1]} {t.year}, at {t:%H:%M}, Sam Ortiz\n<sam.ortiz@example.com> wrote:"


def test_a_quote_header_wrapped_over_two_lines_anchors_the_quoted_message():
    cases = []
    for ref in REFS:
        for day, t in _days(ref):
            for head in (_wrap_addr, _wrap_name):
                for mark in ("> ", ""):
                    for body, expr, want in BODY:
                        text = (f"Thanks Sam, I'll drop them in on Thursday.\n\nDani\n\n{head(t)}\n"
                                + "".join(f"{mark}{line}\n" for line in ("Hi Dani,", body, "Sam")))
                        cases.append((text, ref, expr, want(day)))
                text = (f"Thanks Sam, I'll ring the agent tonight.\n\nDani\n\n{head(t)}\n> Hi Dani,\n"
                        f"> Can you bring the forms tomorrow?\n")
                cases.append((text, ref, "tonight", ("TIME", f"{ref.isoformat()}TNI")))
    check(cases)


# guards: what looks like a stamp line and is none, and a top-posted Outlook quote with no '>' marks (read before)
def test_look_alikes_move_nothing():
    cases = []
    for ref in REFS:
        tomorrow = ("DATE", (ref + timedelta(days=1)).isoformat())
        for line in ("Score 2-1 · Shaz", "Total 17.41 · Shaz", "-- Reply to all --", "Quote of the week (gary)"):
            cases.append((f"group chat\n\n{line}\nCan you bring the forms tomorrow?\n", ref, "tomorrow", tomorrow))
        day = ref - timedelta(days=3)
        t = datetime(day.year, day.month, day.day, 21, 47)
        outlook = (f"Thanks, I'll ring the agent tonight.\n\n-----Original Message-----\nFrom: Sam Ortiz\n"
                   f"Sent: {t.day} {MONTH[t.month - 1]} {t.year} {t:%H:%M}\nTo: Dani\nSubject: the flat\n\n"
                   f"Can you bring the forms tomorrow?\n")
        cases.append((outlook, ref, "tonight", ("TIME", f"{ref.isoformat()}TNI")))
        cases.append((outlook, ref, "tomorrow", ("DATE", (day + timedelta(days=1)).isoformat())))
    check(cases)


# a banner line with no stamp under a stamped message ("== band chat ==") opens another part of the text: its words count
# from the day of writing again, not from the stamp above it
def test_a_banner_with_no_stamp_ends_the_stamped_message_above_it():
    cases = []
    for ref in REFS:
        for day, t in _days(ref):
            for shape in BANNERS:
                a, s, b = shape(t)
                for banner in ("== band chat ==", "-- notes --"):
                    for body, expr, want in BODY:
                        text = f"Bookings inbox\n\n{a}{s}{b}\nHiya, are you free in October? Ffion x\n\n{banner}\nRhys: {body}\n"
                        cases.append((text, ref, expr, want(ref)))
    check(cases)
