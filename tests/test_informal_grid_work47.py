"""(work47, forty-seventh session, §282-§283) Work e-mail threads, meeting invites and work chats as people copy them,
and the deadline words written in them: Gmail's quote header in both orders ("On Tue, 3 Dec 2026 at 09:14, Name <x@y>
wrote:", "On Tue, Dec 3, 2026 at 9:14 AM Name <x@y> wrote:"), Apple Mail's ("On 3 Dec 2026, at 09:14, Name <x@y>
wrote:"), Outlook's block ("From: / Sent: Tuesday, December 3, 2026 9:14 AM / To: / Subject:", the UK "Sent: 03 December
2026 09:14"), a forwarded message's "Date:" line, Outlook and Google Calendar invites ("When: Thursday, 5 December 2026
10:00-11:00 (UTC+10:00) Canberra, Melbourne, Sydney", "When: Thursday, December 5, 2026 10:00 AM-11:00 AM (UTC-05:00)
Eastern Time (US & Canada)."), Teams' "[09:12] Name" and Google Chat's "Name, 3:15 PM"; and "EOD", "COB Thursday",
"EOW", "by end of next week", "w/c 12th", "wk 49", "Q3", "H2", "FY25", "the 15th", "first thing tomorrow", "Monday week",
"a week Friday", "the week after next", "by Friday at the latest", "out of office until Mon 9th", "back on the 2nd",
"3pm AEST tomorrow", and what stays untagged ("ASAP", "24/7", "this sprint").

Thirteen invented copies (Bengaluru, Accra, Sydney, Iqaluit, Dubai, Wellington, Lagos, Kingston, Karachi, Suva, Nairobi,
Cape Town, Whitehorse voices), each written anew for every reference date (every weekday, quarter, half-year and year ends, a leap
day, month starts), the quoted message two to six days before the reply. Each value is what a TimeML annotator gives,
computed with datetime: a quote header or a Sent:/Date: line is one TIME, the message it heads is written on its day
and its day words count from it; the reply above counts from the day of reading. A weekday said on its own weekday is
left out (its week is not in the words). An expression wanted as None must not be tagged at all."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from gridcheck import export_wrong

# Mon after a quarter's turn... every weekday, quarter ends (31 Mar, 30 Jun, 30 Sep, 31 Dec), a half-year's start,
# the year's turn, a leap day, a month's first day on a Sunday.
REFS = [date(2026, 3, 30), date(2026, 3, 31), date(2026, 7, 1), date(2026, 9, 30), date(2026, 12, 31),
        date(2027, 1, 1), date(2026, 10, 31), date(2026, 11, 1), date(2028, 2, 29), date(2026, 6, 30),
        date(2026, 4, 2), date(2026, 12, 18)]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SHORT = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ONE = timedelta(days=1)


def T(d: date, h: int, mi: int) -> tuple:
    return ("TIME", f"{d.isoformat()}T{h:02d}:{mi:02d}")


def D(d: date) -> tuple:
    return ("DATE", d.isoformat())


def W(d: date) -> tuple:
    y, w, _ = d.isocalendar()
    return ("DATE", f"{y}-W{w:02d}")


def EOW(d: date) -> tuple:
    """A deadline's week: the ISO week of writing (a Sunday's: the working week that begins the next day)."""
    return W(d + ONE if d.isoweekday() == 7 else d)


def Q(d: date) -> tuple:
    return ("DATE", f"{d.year}-Q{(d.month - 1) // 3 + 1}")


def H(d: date) -> tuple:
    return ("DATE", f"{d.year}-H{1 if d.month <= 6 else 2}")


def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def h12(h, mi):
    return f"{(h % 12) or 12}:{mi:02d} {'PM' if h >= 12 else 'AM'}"


def nxt(d: date, wd: int) -> date:
    """The next such weekday (1 = Monday) after d."""
    return d + timedelta(days=(wd - d.isoweekday()) % 7 or 7)


def other(d: date, k: int) -> date:
    """A day k (2-6) days after d: its weekday is never d's own."""
    return d + timedelta(days=k)


def next_dom(d: date, n: int) -> date:
    """'the {n}th' said on d (n not d's own day): the next such day of a month."""
    if d.day < n:
        return d.replace(day=n)
    y, m = (d.year + 1, 1) if d.month == 12 else (d.year, d.month + 1)
    return date(y, m, n)


def dom_not(d: date, candidates) -> int:
    return next(n for n in candidates if n != d.day and abs(n - d.day) > 1)


def next_quarter(d: date) -> date:
    y, m = d.year, (d.month - 1) // 3 * 3 + 4
    return date(y + (m > 12), (m - 1) % 12 + 1, 1)


# --- e-mail threads ----------------------------------------------------------------------------------------------

def gmail_in(r):
    """Bengaluru, en-IN: a reply over Gmail's en-GB quote header; "EOD tomorrow", "Monday week", "COB <weekday>"."""
    q = r - 2 * ONE
    cob = other(r, 2)
    mw = q + timedelta(days=(1 - q.isoweekday()) % 7 or 7) + 7 * ONE   # "Monday week" said on q
    text = "\n".join([
        "Hi Priya,", "",
        f"Thanks, COB {DAYS[cob.weekday()]} works for the revised numbers. I'll send the deck first thing tomorrow.", "",
        "Regards,", "Tom", "",
        f"On {SHORT[q.weekday()]}, {q.day} {q:%b} {q.year} at 09:14, Priya Nair <priya.nair@example.in> wrote:",
        "> Hi Tom,",
        "> Can you get the vendor figures to me by EOD tomorrow? The board pack goes out Monday week, so there is",
        "> a little slack, but I'd rather not chase this sprint.",
        "> Thanks,", "> Priya"])
    want = [(f"COB {DAYS[cob.weekday()]}", D(cob)), ("first thing tomorrow", ("TIME", f"{r + ONE}TMO")),
            (f"{SHORT[q.weekday()]}, {q.day} {q:%b} {q.year} at 09:14", T(q, 9, 14)),
            ("EOD tomorrow", D(q + ONE))]
    if q.isoweekday() != 1:
        want.append(("Monday week", D(mw)))
    want.append(("this sprint", None))
    return text, want


def outlook_gh(r):
    """Accra, en-GH: Outlook's From:/Sent:/To:/Subject: block under a reply; "out of office until Mon 9th", "the week
    after next", "by <weekday> at the latest"."""
    q = r - 3 * ONE
    back = nxt(q, 1) + 7 * ONE          # a Monday 8-14 days on
    fri = nxt(r, 5)
    text = "\n".join([
        "Hi all,", "",
        "Please see Grace's note below and reply to her directly. ASAP please, she is travelling.", "",
        "Kwame", "",
        "From: Grace Mensah <grace.mensah@example.com.gh>",
        f"Sent: {DAYS[q.weekday()]}, {MONTHS[q.month - 1]} {q.day}, {q.year} 4:02 PM",
        "To: Operations Team <ops@example.com.gh>",
        "Subject: Leave for the holidays", "",
        "Dear colleagues,", "",
        f"I am out of office until Mon {ordinal(back.day)}, and the rota must be settled before I go.",
        "Please send me your leave for the week after next.", "",
        "Grace"])
    want = [("ASAP", None),
            (f"{DAYS[q.weekday()]}, {MONTHS[q.month - 1]} {q.day}, {q.year} 4:02 PM", T(q, 16, 2)),
            (f"Mon {ordinal(back.day)}", D(back)),
            ("the week after next", W(q + 14 * ONE))]
    return text, want


def fwd_pk(r):
    """Karachi, en-PK: a forwarded message's block with its "Date:" line; "the 15th", next quarter, "FY"."""
    q = r - 4 * ONE
    n = dom_not(q, (15, 20, 10))
    nq = next_quarter(q)
    text = "\n".join([
        "FYI, see below. Can we discuss at 3pm tomorrow?", "",
        "---------- Forwarded message ---------",
        "From: Aisha Siddiqui <aisha.s@example.pk>",
        f"Date: {SHORT[q.weekday()]}, {q.day} {q:%b} {q.year} at 11:47",
        "Subject: Claims cut-off",
        "To: Finance <finance@example.pk>", "",
        f"Salaam all, the claims portal locks on the {ordinal(n)}.",
        f"Anything later slips into Q{(nq.month - 1) // 3 + 1} and the FY{nq.year % 100:02d} budget.",
        "The helpdesk is 24/7 in the meantime."])
    want = [("3pm tomorrow", T(r + ONE, 15, 0)),
            (f"{SHORT[q.weekday()]}, {q.day} {q:%b} {q.year} at 11:47", T(q, 11, 47)),
            (f"the {ordinal(n)}", D(next_dom(q, n))),
            (f"Q{(nq.month - 1) // 3 + 1}", Q(nq)), (f"FY{nq.year % 100:02d}", ("DATE", str(nq.year))),
            ("24/7", None)]
    return text, want


def gmail_jm(r):
    """Kingston, en-JM: Gmail's en-US quote header with a 12-hour clock; the quoted "tomorrow" and a weekday."""
    q = r - 2 * ONE
    wd = other(q, 3)
    text = "\n".join([
        "Morning Shanice,", "",
        "All good on our end, the truck is booked.", "",
        f"On {SHORT[q.weekday()]}, {q:%b} {q.day}, {q.year} at 5:38 PM Shanice Brown <shanice.b@example.com.jm> wrote:", "",
        "> Hi Devon, the shipment clears customs tomorrow, so we can collect it",
        f"> {DAYS[wd.weekday()]} morning from the wharf. Let me know by end of day.", ""])
    want = [(f"{SHORT[q.weekday()]}, {q:%b} {q.day}, {q.year} at 5:38 PM", T(q, 17, 38)),
            ("tomorrow", D(q + ONE)), (f"{DAYS[wd.weekday()]} morning", ("TIME", f"{wd}TMO")),
            ("end of day", D(q))]
    return text, want


def apple_za(r):
    """Cape Town, en-ZA: Apple Mail's header "On 3 Dec 2026, at 09:14, Name <x> wrote:"; "Monday week" after "for",
    "back on the 2nd"."""
    q = r - 5 * ONE
    n = dom_not(q, (2, 5, 9))
    mw = nxt(q, 1) + 7 * ONE
    text = "\n".join([
        "Sounds good, thanks Lindiwe.", "",
        "Sent from my iPhone", "",
        f"On {q.day} {q:%b} {q.year}, at 08:05, Lindiwe Dube <lindiwe@example.co.za> wrote:", "",
        f"Hi Pieter, I'm on leave and back on the {ordinal(n)}.",
        "Let's aim for Monday week for the site visit, load shedding permitting."])
    want = [(f"{q.day} {q:%b} {q.year}, at 08:05", T(q, 8, 5)), (f"the {ordinal(n)}", D(next_dom(q, n)))]
    if q.isoweekday() != 1:
        want.append(("Monday week", D(mw)))
    return text, want


def outlook_uk_fj(r):
    """Suva, en-FJ: Outlook's UK "Sent: 03 December 2026 09:14" block; "wk NN", "H1/H2", "EOW"."""
    q = r - 6 * ONE
    wk = q + 14 * ONE
    y, n, _ = wk.isocalendar()
    nh = date(q.year + (q.month > 6), 1 if q.month > 6 else 7, 1)
    text = "\n".join([
        "Bula Mere,", "",
        "Noted with thanks, will confirm EOW.", "",
        "Sefanaia", "",
        "________________________________",
        "From: Mere Vunibola <mere.v@example.com.fj>",
        f"Sent: {q.day:02d} {MONTHS[q.month - 1]} {q.year} 09:14",
        "To: Sefanaia Tuilagi", "Subject: Release plan", "",
        f"Bula, the portal release is now wk {n}, and the rest of the roadmap moves to H{1 if nh.month == 1 else 2}.",
        "Vinaka"])
    want = [("EOW", EOW(r)), (f"{q.day:02d} {MONTHS[q.month - 1]} {q.year} 09:14", T(q, 9, 14)),
            (f"wk {n}", ("DATE", f"{y}-W{n:02d}")), (f"H{1 if nh.month == 1 else 2}", H(nh))]
    return text, want


# --- invites -----------------------------------------------------------------------------------------------------

def invite_au(r):
    """Sydney: Outlook's invite with a 24-hour range and its zone in brackets."""
    m = other(r, 3)
    text = "\n".join([
        "Subject: Sprint review", f"When: {DAYS[m.weekday()]}, {m.day} {MONTHS[m.month - 1]} {m.year} 10:00-11:00 "
        "(UTC+10:00) Canberra, Melbourne, Sydney",
        "Where: Microsoft Teams Meeting", "",
        "Hi team, demo first, then retro. Bring your questions."])
    return text, [(f"{DAYS[m.weekday()]}, {m.day} {MONTHS[m.month - 1]} {m.year}", D(m)), ("10:00", T(m, 10, 0)),
                  ("11:00 (UTC+10:00)", T(m, 11, 0))]


def invite_ca(r):
    """Iqaluit, en-CA: Outlook's US-shaped invite; the zone's offset "(UTC-05:00)" is no clock."""
    m = other(r, 2)
    text = "\n".join([
        "Subject: Sealift planning call",
        f"When: {DAYS[m.weekday()]}, {MONTHS[m.month - 1]} {m.day}, {m.year} 1:00 PM-2:00 PM (UTC-05:00) Eastern Time "
        "(US & Canada).",
        "Where: Teams", "",
        "Qujannamiik all, please review the manifest first thing tomorrow."])
    return text, [(f"{DAYS[m.weekday()]}, {MONTHS[m.month - 1]} {m.day}, {m.year}", D(m)), ("1:00 PM", T(m, 13, 0)),
                  ("2:00 PM", T(m, 14, 0)), ("05:00", None), ("first thing tomorrow", ("TIME", f"{r + ONE}TMO"))]


# --- chats -------------------------------------------------------------------------------------------------------

def teams_ae(r):
    """Dubai, en-AE: a Teams copy with bracketed clocks of the day of reading; "EOD", "end of next week", Gulf hours."""
    d = other(r, 4)
    text = "\n".join([
        "[09:12] Fatima Al Suwaidi", "Morning team, can the draft go to legal by EOD?",
        "[09:20] Arjun Menon", f"Yes. Final version by end of next week, and sign-off {DAYS[d.weekday()]} after that?",
        "[09:31] Fatima Al Suwaidi", "Perfect, 3pm your time works for the call."])
    return text, [("09:12", T(r, 9, 12)), ("EOD", D(r)), ("09:20", T(r, 9, 20)),
                  ("end of next week", W(r + 7 * ONE)), ("09:31", T(r, 9, 31))]


def slack_nz(r):
    """Wellington, en-NZ: Slack; "a week Friday", "w/c 12th" said on the day of reading."""
    wc = nxt(r, 1) + 7 * ONE
    fw = nxt(r, 5) + 7 * ONE
    text = "\n".join([
        "Aroha Ngata  9:05 AM", f"kia ora, go-live is w/c {ordinal(wc.day)} now, comms to go out a week Friday",
        "Ben Harris  9:11 AM", "sweet as, I'll update the board"])
    want = [("9:05 AM", T(r, 9, 5)), (f"w/c {ordinal(wc.day)}", W(wc))]
    if r.isoweekday() != 5:
        want.append(("a week Friday", D(fw)))
    want.append(("9:11 AM", T(r, 9, 11)))
    return text, want


def gchat_ng(r):
    """Lagos, en-NG: Google Chat's "Name, 3:15 PM" lines; "COB <weekday>", "by <weekday> at the latest"."""
    c = other(r, 2)
    f = other(r, 5)
    text = "\n".join([
        "Today", "Chiamaka Okafor, 10:02 AM", f"Pls the reconciliation should be in by COB {DAYS[c.weekday()]}.",
        "Tunde Bello, 10:15 AM", f"Noted ma. Payroll by {DAYS[f.weekday()]} at the latest."])
    return text, [("Today", D(r)), ("10:02 AM", T(r, 10, 2)), (f"COB {DAYS[c.weekday()]}", D(c)),
                  ("10:15 AM", T(r, 10, 15)), (DAYS[f.weekday()], D(f))]


def teams_ke(r):
    """Nairobi, en-KE: a Teams reply quoting yesterday's message; "3pm EAT tomorrow", "EOD tomorrow"."""
    text = "\n".join([
        "[Yesterday 16:32] Wanjiru Kamau", "Can we do the donor call at 3pm EAT tomorrow?",
        "[08:05] Otieno Ouma", "Yes, I'll share the budget EOD tomorrow after the call."])
    return text, [("Yesterday 16:32", T(r - ONE, 16, 32)), ("08:05", T(r, 8, 5)), ("EOD tomorrow", D(r + ONE))]


def autoreply_ca(r):
    """Whitehorse, en-CA: an Outlook automatic reply over the message it answers; a leave from one day of the month and
    the return on another ("back on the 3rd" after "from the 20th" is the month after), Google Calendar's and Zoom's
    invite lines."""
    a = r + timedelta(days=12)
    b = dom_not(a, (3, 2, 4)) if a.day > 8 else min(a.day + 9, 28)
    ret = next_dom(a, b)
    g = other(r, 4)
    z = other(r, 5)
    text = "\n".join([
        "Automatic reply: Crew scheduling", "",
        f"Hi, I'm on leave from the {ordinal(a.day)}, back on the {ordinal(b)}. For anything urgent call the dispatch desk,",
        "it's staffed 24/7.", "",
        "Crew scheduling",
        f"{DAYS[g.weekday()]}, {MONTHS[g.month - 1]} {g.day}⋅10:00 – 11:00am",
        "Google Meet joining info", "",
        "Topic: Winter roads briefing",
        f"Time: {z:%b} {z.day}, {z.year} 02:30 PM Yukon"])
    return text, [(f"the {ordinal(a.day)}", D(a)), (f"the {ordinal(b)}", D(ret)), ("24/7", None),
                  (f"{DAYS[g.weekday()]}, {MONTHS[g.month - 1]} {g.day}", D(g)), ("10:00", T(g, 10, 0)),
                  ("11:00am", T(g, 11, 0)), (f"{z:%b} {z.day}, {z.year} 02:30 PM", T(z, 14, 30))]


EXPORTS = [gmail_in, outlook_gh, fwd_pk, gmail_jm, apple_za, outlook_uk_fj, invite_au, invite_ca, teams_ae, slack_nz,
           gchat_ng, teams_ke, autoreply_ca]

# Still wrong or missed, kept as expected failures (the report's "still weak").
LEFT: set = set()


def _wrong(export, left: bool = False) -> list[str]:
    return export_wrong(export, REFS, LEFT, left)


@pytest.mark.parametrize("export", EXPORTS, ids=[e.__name__ for e in EXPORTS])
def test_work_mail_grid(export):
    wrong = _wrong(export)
    n = sum(len(export(r)[1]) for r in REFS)
    assert not wrong, f"{len(wrong)} of {n} wrong:\n" + "\n".join(wrong[:40])
