"""Day dividers of chat exports and the day a message counts from; sender lines with their stamps; a mail quote
header as one TIME (twenty-eighth session, stamps29; docs/informal-time.md, section 96). Every thread is this file's
own; every value is computed here from the calendar (datetime); the day of writing is always later than the stamps."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from gridcheck import check, found, MON, MONTH, DAYS, WEEKDAY, h12

# days of writing on every day of a week (several years), a month's start, a year's turn, the day after a leap day
REFS = [date(2019, 11, 6), date(2021, 6, 7), date(2023, 8, 19), date(2024, 1, 5), date(2025, 9, 23),
        date(2025, 9, 25), date(2026, 4, 29), date(2022, 11, 13), date(2025, 3, 1), date(2026, 1, 2),
        date(2024, 3, 1), date(2020, 12, 31)]


def _ord(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


# a dated divider as each platform prints it, for a day of the same year as the day of writing or not
DATED = {
    "slack": lambda d, ref: f"{WEEKDAY[d.weekday()]}, {MONTH[d.month - 1]} {_ord(d.day)}" + (f", {d.year}" if d.year != ref.year else ""),
    "uk": lambda d, ref: f"{WEEKDAY[d.weekday()]} {d.day} {MONTH[d.month - 1]}" + (f" {d.year}" if d.year != ref.year else ""),
    "discord": lambda d, ref: f"{MONTH[d.month - 1]} {d.day}, {d.year}",
    "google chat": lambda d, ref: f"{DAYS[d.weekday()]}, {MON[d.month - 1]} {d.day}" + (f", {d.year}" if d.year != ref.year else ""),
}
# the relative dividers, each word's forms
TODAY = ["Today", "TODAY", "--- Today ---", "──── Today ────"]
YESTERDAY = ["Yesterday", "YESTERDAY", "--- Yesterday ---"]

# stamp lines under a divider: (line as written, hour, minute)
SENDERS = [("Jade Okafor  {t}", "12"), ("Padraig Ó Murchú   {t}", "24"), ("Siobhán Ní Bhriain  {t}", "12"),
           ("dani_r  {t}", "12")]


def _clock(h: int, m: int, kind: str) -> str:
    t = datetime(2000, 1, 1, h, m)
    return h12(t) if kind == "12" else f"{h:02d}:{m:02d}"


def _time(d: date, h: int, m: int) -> tuple[str, str]:
    return "TIME", f"{d.isoformat()}T{h:02d}:{m:02d}"


def _day(d: date) -> tuple[str, str]:
    return "DATE", d.isoformat()


def _thread(divider: str, sender: str, kind: str, h: int, m: int, body: str) -> tuple[str, str]:
    """A divider, two stamp lines with a message each; the second message is ``body``. (The second stamp's text.)"""
    c1, c2 = _clock(h, m, kind), _clock(h, m + 7, kind)
    s2 = sender.format(t=c2)
    return (f"{divider}\n{sender.format(t=c1)}\nmorning all, rota's up\n{s2}\n{body}\n", c2)


def _after_dated(ref: date, back: int, name: str, rel: str) -> str:
    """A dated divider ``back`` days before the day of writing, one message under it, then the relative divider."""
    d = ref - timedelta(days=back)
    return f"{DATED[name](d, ref)}\nJade Okafor  8:55 AM\nwho's on the rota?\nTom Reid  9:02 AM\nme\n\n{rel}"


def _divider_cases(words, offset):
    """The relative divider after a dated one, 2, 3 or 5 days before it: its value, its stamps' values, the words
    under it (counted from the day of writing, or the day before)."""
    cases = []
    for ref in REFS:
        day = ref + timedelta(days=offset)
        for back in (2, 3, 5):
            for name in DATED:
                for w in words:
                    for sender, kind in SENDERS[:2]:
                        head = _after_dated(ref, back, name, w)
                        text, s2 = _thread(head, sender, kind, 9, 40, "who's in tonight? tmrw works too")
                        cases.append((text, ref, w.strip("-─ "), _day(day)))
                        cases.append((text, ref, s2, _time(day, 9, 47)))
                        cases.append((text, ref, "tonight", ("TIME", f"{day.isoformat()}TNI")))
    return cases


def test_today_divider_is_the_day_of_writing():
    check(_divider_cases(TODAY, 0))


def test_yesterday_divider_is_the_day_before_writing():
    check(_divider_cases(YESTERDAY, -1))


def test_dated_divider_anchors_the_stamps_under_it():
    cases = []
    for ref in REFS:
        for back in (2, 3, 5):
            d = ref - timedelta(days=back)
            for name, fmt in DATED.items():
                for sender, kind in SENDERS:
                    text, s2 = _thread(fmt(d, ref), sender, kind, 14, 10, "can we do tomorrow instead?")
                    cases.append((text, ref, s2, _time(d, 14, 17)))
                    cases.append((text, ref, "tomorrow", _day(d + timedelta(days=1))))
    check(cases)


def test_relative_divider_alone_anchors_the_stamps_under_it():
    cases = []
    for ref in REFS:
        for words, off in ((TODAY, 0), (YESTERDAY, -1)):
            day = ref + timedelta(days=off)
            for w in words:
                for sender, kind in SENDERS:
                    text, s2 = _thread("export of #crew\n\n" + w, sender, kind, 16, 20, "back tomorrow")
                    cases.append((text, ref, s2, _time(day, 16, 27)))
                    cases.append((text, ref, "tomorrow", _day(day + timedelta(days=1))))
    check(cases)


def test_sender_with_a_non_ascii_capital_is_a_stamp_line():
    cases = []
    for ref in REFS:
        for name in ("Padraig Ó Murchú", "Siobhán Ní Bhriain", "Zoë Łukasik", "Éamon Ó Cuív"):
            text = f"{name}   09:40\nin at 10 tomorrow\nGerry Murphy   09:52\ngrand\n"
            cases.append((text, ref, "09:40", _time(ref, 9, 40)))
            cases.append((text, ref, "09:52", _time(ref, 9, 52)))
    check(cases)


def test_teams_day_month_and_clock_after_the_sender():
    cases = []
    for ref in REFS:
        for back in (1, 3, 5):
            d = ref - timedelta(days=back)
            d0 = d - timedelta(days=1)
            if d.day <= 12 or d0.day <= 12:
                continue   # a day and month that read both ways: the export's other dates decide (not gridded)
            text = (f"Gerry Hannigan   {d0:%d/%m} 17:20\nshift swap sorted\n"
                    f"Padraig Murphy   {d:%d/%m} 08:05\nin at 10 tomorrow, off tonight\n")
            cases.append((text, ref, f"{d:%d/%m} 08:05", _time(d, 8, 5)))
            cases.append((text, ref, f"{d0:%d/%m} 17:20", _time(d0, 17, 20)))
            cases.append((text, ref, "tonight", ("TIME", f"{d.isoformat()}TNI")))
    check(cases)


def test_post_stamped_yesterday_at_a_clock():
    cases = []
    for ref in REFS:
        y = ref - timedelta(days=1)
        for sep in (" · ", " • ", "\n"):
            for clock, (h, m) in (("8:03 pm", (20, 3)), ("8:03 PM", (20, 3)), ("17:03", (17, 3))):
                text = f"Pete Hohaia{sep}Yesterday at {clock}\nrefresher is this time next week, 7pm. bring a towel\n"
                # (after a middot or a bullet on the name's line: one TIME, as the tagger read it before; (forty-second
                # session, §224) and on a line of its own under the name too, as the blind annotators write Facebook's
                # stamp line (informal28-blind A's "Yesterday at 6:12 PM"): §87's "Yesterday" and the clock apart revised)
                cases.append((text, ref, f"Yesterday at {clock}", _time(y, h, m)))
                cases.append((text, ref, "this time next week", _day(y + timedelta(days=7))))
                cases.append((text, ref, "7pm", _time(y + timedelta(days=7), 19, 0)))
    check(cases)


def _headers(t: datetime):
    """Mail quote headers: (the stamp's text, the header line)."""
    wd, mon = DAYS[t.weekday()], MON[t.month - 1]
    return [
        (f"{wd}, {t.day} {mon} {t.year} at {t:%H:%M}", f"On {wd}, {t.day} {mon} {t.year} at {t:%H:%M}, Mark Hollis <mark@hollis.ie> wrote:"),
        (f"{wd}, {mon} {t.day}, {t.year} at {h12(t)}", f"On {wd}, {mon} {t.day}, {t.year} at {h12(t)} Mark Hollis <mark@hollis.ie> wrote:"),
        (f"{mon} {t.day}, {t.year}, at {h12(t)}", f"On {mon} {t.day}, {t.year}, at {h12(t)}, Mark Hollis <mark@hollis.ie> wrote:"),
    ]


def test_mail_quote_header_is_one_time():
    cases = []
    for ref in REFS:
        for back in (1, 3, 5):
            d = ref - timedelta(days=back)
            t = datetime(d.year, d.month, d.day, 21, 14)
            for stamp, line in _headers(t):
                text = f"Hi Mark, yes that's fine, see you then.\nAoife\n\n{line}\n> Could we move it to tomorrow?\n"
                cases.append((text, ref, stamp, ("TIME", f"{t:%Y-%m-%dT%H:%M}")))
                cases.append((text, ref, "tomorrow", _day(d + timedelta(days=1))))
    check(cases)


def test_what_stays_untagged_in_stamp_lines():
    bad = []
    for ref in REFS:
        for text, word in (("April Moore  9:02 AM\nsee you tomorrow\nJune Okafor  9:05 AM\nok\n", "April"),
                           ("April Moore  9:02 AM\nsee you tomorrow\nJune Okafor  9:05 AM\nok\n", "June"),
                           ("Today\nMay Tan  10:02\nhi\nMay Tan  10:04\nhi again\n", "May"),
                           ("New messages\nJade Okafor  8:55 AM\nhi\nTom Reid  9:02 AM\nhey\n", "New messages"),
                           ("Jade Okafor  8:55 AM (edited)\nhi\nTom Reid  9:02 AM\n2 replies\n", "2 replies")):
            if found(text, ref, word) is not None:
                bad.append((ref, text, word))
    assert not bad, bad[:10]


# the done shapes of docs/informal-time.md section 96, as its table quotes them (each written out by the functions
# above, with the days and clocks of the calendar):
# Monday, November 4th
# Monday 4 November
# Mon, Nov 4
# November 4, 2019
# Name 8:55 AM
# Pete Hohaia · Yesterday at 8:03 pm
