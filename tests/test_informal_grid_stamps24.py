"""Each post of a thread, a chat or an SMS export carries a stamp, and the relative words of the post ("tonight",
"tmrw", "yesterday", "this morning") count from THAT post's day, not from the reference date nor from an earlier
post's stamp (twenty-third session, late round, stamps24; docs/informal-time.md, the section of stamps24). The
threads are this session's own, written in the stamp shapes exports and pages show; every value is computed here
from the calendar (datetime). Where a numeric stamp's two numbers could both be a month, another stamp of the same
export with a day over 12 settles the order."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from gridcheck import check, MON, DAYS

# days of writing across a month's end, a year's turn, a leap day and mid-month days on every weekday
REFS = [date(2025, 9, 23) + timedelta(days=k) for k in range(7)] + \
       [date(2025, 3, 1), date(2026, 1, 2), date(2024, 3, 1), date(2025, 12, 14)]


def _h12(t: datetime) -> str:
    return f"{t.hour % 12 or 12}:{t.minute:02d} {'am' if t.hour < 12 else 'pm'}"


# each shape: (the stamp line's text for a moment, the name it puts before the message or None for a header line)
def _bare_dm(t, who):        # an SMS export copied as text: "20/09/2025 21:47 Dani: ..."
    return f"{t:%d/%m/%Y %H:%M} {who}: "


def _bracket_dm(t, who):     # WhatsApp on a phone: "[20/09/25, 21:47] Dani: ..."
    return f"[{t:%d/%m/%y, %H:%M}] {who}: "


def _android_dm(t, who):     # WhatsApp on Android, twelve-hour: "20/09/2025, 9:47 pm - Dani: ..."
    return f"{t:%d/%m/%Y}, {_h12(t)} - {who}: "


def _android_md(t, who):     # the same from a US phone: month first
    return f"{t.month}/{t.day}/{t.year}, {_h12(t).upper()} - {who}: "


def _us_at(t, who):          # a page's header line: "Sep 20, 2025 at 9:47 PM"
    return f"{MON[t.month - 1]} {t.day}, {t.year} at {_h12(t).upper()}\n"


def _dot(t, who):            # a header line with a middle dot between the date and the clock: "20 Sep 2025 · 21:47"
    return f"{t.day} {MON[t.month - 1]} {t.year} · {t:%H:%M}\n"


def _name_dot(t, who):       # the poster, then the date and the clock: "Dani · 20 Sep 2025 · 21:47"
    return f"{who} · {t.day} {MON[t.month - 1]} {t.year} · {t:%H:%M}\n"




def _wd_line(t, who):        # a chat app's stamp with the message on its line: "Sat 20 Sep 21:47 Dani: ..."
    return f"{DAYS[t.weekday()]} {t.day} {MON[t.month - 1]} {t:%H:%M} {who}: "


def _dash_line(t, who):      # "20 Sep 21:47 - Dani: ..."
    return f"{t.day} {MON[t.month - 1]} {t:%H:%M} - {who}: "


def _iso_line(t, who):       # a log export: "2025-09-20 21:47 Dani: ..."
    return f"{t:%Y-%m-%d %H:%M} {who}: "


def _paren(t, who):          # the sender first, the stamp in brackets: "Dani (20 Sep, 21:47): ..."
    return f"{who} ({t.day} {MON[t.month - 1]}, {t:%H:%M}): "


def _name_comma(t, who):     # a header line of the sender, a comma, the stamp: "Dani, Sep 20, 2025 at 9:47 PM"
    return f"{who}, {MON[t.month - 1]} {t.day}, {t.year} at {_h12(t).upper()}\n"


SHAPES = [_bare_dm, _bracket_dm, _android_dm, _android_md, _us_at, _dot, _name_dot,
          _wd_line, _dash_line, _iso_line, _paren, _name_comma]
# (left: "20 Sep 2025 · 21:47 Dani: ..." with the message on the stamp's line. Its clock time is not found, and the
# message's "this morning" takes the day of the next post's stamp, the next line being read as the same sentence)
# (message, the expression, its value from the post's day)
WORDS = [
    ("landlord came round tonight, wrote it down", "tonight", lambda d: ("TIME", f"{d.isoformat()}TNI")),
    ("can u do tmrw instead", "tmrw", lambda d: ("DATE", (d + timedelta(days=1)).isoformat())),
    ("he rang yesterday about the keys", "yesterday", lambda d: ("DATE", (d - timedelta(days=1)).isoformat())),
    ("the boiler went off this morning", "this morning", lambda d: ("TIME", f"{d.isoformat()}TMO")),
]


def _thread(shape, ref: date, first: datetime, second: datetime, body: str) -> str:
    """Three posts: one naming nothing on the first day, the post under test on the second day, and a later
    post on a day with a day of the month over 12 (which settles a numeric stamp's order) when the ref allows."""
    settle = datetime(ref.year, ref.month, ref.day, 7, 5) if ref.day > 12 else None
    text = shape(first, "Eastside Law") + "please keep a note of every visit\n"
    text += shape(second, "Dani") + body + "\n"
    if settle is not None:
        text += shape(settle, "Eastside Law") + "thanks, noted\n"
    return text


def test_a_posts_relative_words_count_from_its_own_stamp():
    cases = []
    for ref in REFS:
        for back in (1, 3, 5):
            day2 = ref - timedelta(days=back)
            day1 = day2 - timedelta(days=2)
            for shape in SHAPES:
                if shape in (_bare_dm, _bracket_dm, _android_dm, _android_md) and ref.day <= 12 \
                        and max(day1.day, day2.day) <= 12:
                    continue   # nothing in the export settles the order: not what this grid asks
                for body, expr, want in WORDS:
                    text = _thread(shape, ref, datetime(day1.year, day1.month, day1.day, 10, 2),
                                   datetime(day2.year, day2.month, day2.day, 21, 47), body)
                    cases.append((text, ref, expr, want(day2)))
    check(cases)


def test_the_stamp_itself_is_the_moment_sent():
    cases = []
    for ref in REFS:
        t = datetime(ref.year, ref.month, ref.day, 21, 47) - timedelta(days=3)
        # (a short weekday before the day is of the stamp: "Sat 20 Sep 21:47" is one expression, not "Sat" alone too)
        for shape, expr in ((_bare_dm, f"{t:%d/%m/%Y %H:%M}"), (_us_at, f"{MON[t.month - 1]} {t.day}, {t.year} at {_h12(t).upper()}"),
                            (_wd_line, f"{DAYS[t.weekday()]} {t.day} {MON[t.month - 1]} {t:%H:%M}")):
            if shape is _bare_dm and t.day <= 12 and ref.day <= 12:
                continue
            text = _thread(shape, ref, t - timedelta(days=1), t, "ok see you then")
            cases.append((text, ref, expr, ("TIME", f"{t:%Y-%m-%dT%H:%M}")))
    check(cases)


def test_a_later_posts_words_do_not_keep_the_earlier_stamps_day():
    # the post under test is the LAST one: its words count from its stamp, not from the first post's day
    cases = []
    for ref in REFS:
        day1, day2 = ref - timedelta(days=4), ref - timedelta(days=1)
        for shape in (_bare_dm, _dot, _name_dot, _us_at, _wd_line, _dash_line, _paren, _name_comma):
            if shape is _bare_dm and max(day1.day, day2.day, ref.day) <= 12:
                continue
            text = shape(datetime(day1.year, day1.month, day1.day, 10, 2), "Priya") + "see you on the day\n" + \
                shape(datetime(day2.year, day2.month, day2.day, 9, 5), "Priya") + "See you tomorrow at 2.30.\n"
            cases.append((text, ref, "tomorrow", ("DATE", (day2 + timedelta(days=1)).isoformat())))
    check(cases)


# not a stamp: a date and a clock time at a line's start in running text, with no name and colon after them; the
# words after it count from the day of writing
def test_a_date_and_clock_in_a_sentence_is_no_stamp():
    cases = []
    for ref in REFS:
        t = datetime(ref.year, ref.month, ref.day, 9, 30) - timedelta(days=3)
        if t.day <= 12:
            continue
        text = f"{t:%d/%m/%Y %H:%M} was when the notice came, and the inspector visits tomorrow\n"
        cases.append((text, ref, "tomorrow", ("DATE", (ref + timedelta(days=1)).isoformat())))
    check(cases)


# relative stamps ("Yesterday 21:47 Dani: ...", "Today 09:14 Priya: ..."): they count from the day the export was made
# (not from the post above), and the words of each post from its own stamp's day
def test_relative_stamps_count_from_the_day_of_writing_and_their_posts_from_them():
    cases = []
    for ref in REFS:
        for head1, head2 in (("Yesterday 21:47 Dani: ", "Today 09:14 Priya: "),
                             ("Dani · Yesterday 21:47\n", "Priya · Today 09:14\n")):
            for body, expr, want in WORDS:
                text = head1 + body + "\n" + head2 + "ok thanks\n"
                cases.append((text, ref, expr, want(ref - timedelta(days=1))))
            text = head1 + "ok thanks\n" + head2 + "See you tomorrow at 2.30.\n"
            cases.append((text, ref, "tomorrow", ("DATE", (ref + timedelta(days=1)).isoformat())))
            text = head1 + "ok thanks\n" + head2 + "it went off again last night\n"
            cases.append((text, ref, "last night", ("TIME", f"{(ref - timedelta(days=1)).isoformat()}TNI")))
    check(cases)


# an age stamp over its post ("Dani — posted 3 days ago")
def test_an_age_stamp_counts_back_from_the_day_of_writing():
    cases = []
    for ref in REFS:
        for n in (2, 3, 6):
            for body, expr, want in WORDS:
                text = f"Dani — posted {n} days ago\n{body}\nPriya — posted 1 day ago\nok thanks\n"
                cases.append((text, ref, expr, want(ref - timedelta(days=n))))
    check(cases)


# a stamp on its message's line is never after the day of writing, whatever the message's tense: "Thu 29 Feb 21:47 Dani:
# can u do tmrw instead" written on 1 March 2024 is 29 February 2024 (the grid's leap day, said once more here)
def test_a_stamp_is_read_in_the_past_whatever_its_message_says():
    ref = date(2024, 3, 1)
    stamp = date(2024, 2, 29)
    text = "Tue 27 Feb 10:02 Jo: please keep a note\nThu 29 Feb 21:47 Dani: can u do tmrw instead\n"
    check([(text, ref, "Thu 29 Feb 21:47", ("TIME", f"{stamp.isoformat()}T21:47")),
           (text, ref, "tmrw", ("DATE", (stamp + timedelta(days=1)).isoformat()))])
