"""(notices49, forty-ninth session, §312-§313) Notices and announcements whose weekdays point forward by their genre even
where no verb says so, beside reports that point back. A council's Facebook post ("No bins Friday (bank holiday)"), a
bakery's Instagram post under "Posted 3 days ago", a choir's e-mail under its "Sent:" line ("Choir cancelled Thursday"),
a ferry's service notice ("Sailings cancelled Friday", "Buses diverted Sat & Sun"), a block of flats' notice ("Water off
Thursday 9am-1pm"), a residents' association's WhatsApp broadcast ("No water supply Thursday"), a parish's notices ("No
Bible study Wednesday", "Choir practice cancelled Thursday"), and a Nextdoor thread that reports days gone ("The corner shop
was shut Monday", "Closed Monday after the storm, we reopened Tuesday", "No collection Friday so we took ours to the tip").
Each copy is written anew for every reference date (every weekday, month and year ends, a leap day); the days it names
are counted from the day it was posted (its stamp's day, else the day of writing). The values a TimeML annotator gives,
computed with datetime: a notice's day is the first such day after the posting day; a notice that names the weekday it is
posted on ("Ticket office shut Wednesday" posted on a Wednesday) is that day: a notice is put up for the days it still
governs, and a week on would be written "next Wednesday" or with its date; a report's day is the last such day before
the posting day. Numbers of blocks, sectors and buses stay untagged (None)."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from gridcheck import assert_export_grid, export_wrong

REFS = [date(2026, 12, 7), date(2026, 12, 1), date(2026, 9, 30), date(2026, 12, 31), date(2027, 1, 1),
        date(2026, 10, 31), date(2026, 11, 1), date(2027, 1, 4), date(2026, 2, 27),
        date(2028, 2, 29), date(2026, 8, 9)]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SHORT = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
ONE = timedelta(days=1)


def D(d: date) -> tuple:
    return ("DATE", d.isoformat())


def T(d: date, h: int, mi: int = 0, s: int | None = None) -> tuple:
    return ("TIME", f"{d.isoformat()}T{h:02d}:{mi:02d}" + (f":{s:02d}" if s is not None else ""))


def W(d: date) -> str:
    return DAYS[d.weekday()]


def on(p: date, k: int) -> date:
    """The day k days after the posting day p (1 <= k <= 6: a notice's day, the first such weekday after p; k <= -1: a
    report's, the last such weekday before p)."""
    return p + timedelta(days=k)


# --- notices of a day to come (§312, §313) ----------------------------------------------------------------------------

def fb_council_uk(r):
    """A Welsh council's Facebook post, two hours old: "No bins Friday (bank holiday). Collections move to Saturday." and
    "Recycling centre closed Monday for maintenance" (a two-word noun before the state)."""
    p = r
    text = "\n".join([
        "Vale of Glamorgan Council",
        "2h · 🌍",
        f"📢 No bins {W(on(p, 2))} (bank holiday). Collections move to {W(on(p, 3))}.",
        f"Recycling centre closed {W(on(p, 5))} for maintenance."])
    return text, [(W(on(p, 2)), D(on(p, 2))), (W(on(p, 3)), D(on(p, 3))), (W(on(p, 5)), D(on(p, 5)))]


def email_choir_au(r):
    """A Brisbane choir's e-mail to its members, sent the day before: its "Sent:" line, the subject "Choir cancelled
    Thursday", the body's "Choir cancelled Thursday as the hall is booked for the election", "No practice Saturday
    either"."""
    p = r - ONE
    sent = f"{W(p)}, {p.day} {p:%B %Y} 9:14 AM"
    text = "\n".join([
        "From: Margaret Doyle <margaret@sunnybankchoir.org.au>",
        f"Sent: {sent}",
        "To: Members",
        f"Subject: Choir cancelled {W(on(p, 3))}",
        "",
        "Hi all,",
        f"Choir cancelled {W(on(p, 3))} as the hall is booked for the election. No practice {W(on(p, 5))} either.",
        "Cheers, Margaret"])
    return text, [(sent, T(p, 9, 14)), (W(on(p, 3)), D(on(p, 3))), (W(on(p, 3)), D(on(p, 3))),
                  (W(on(p, 5)), D(on(p, 5)))]


def ferry_nz(r):
    """A Cook Strait ferry's service notice headed with its day: "Sailings cancelled Friday due to the swell", "Buses
    diverted Sat & Sun", and "Ticket office shut Wednesday" posted on a Wednesday (that day)."""
    p = r
    text = "\n".join([
        "Service update 🚢",
        f"{W(p)} {p.day} {p:%B}",
        f"Sailings cancelled {W(on(p, 2))} due to the swell forecast.",
        f"Buses diverted {SHORT[on(p, 3).weekday()]} & {SHORT[on(p, 4).weekday()]} because of roadworks on SH1.",
        f"Ticket office shut {W(p)}, use the kiosk."])
    return text, [(f"{W(p)} {p.day} {p:%B}", D(p)), (W(on(p, 2)), D(on(p, 2))),
                  (SHORT[on(p, 3).weekday()], D(on(p, 3))), (SHORT[on(p, 4).weekday()], D(on(p, 4))),
                  (W(p), D(p))]


def flats_za(r):
    """A Durban block of flats' notice (no stamp: the day of writing): "Water off Thursday 9am-1pm", "Pool closed Sunday",
    "Block C" untagged."""
    p = r
    text = "\n".join([
        "NOTICE TO RESIDENTS – Block C",
        f"Water off {W(on(p, 1))} 9am-1pm for tank cleaning.",
        f"Pool closed {W(on(p, 4))} (chemical dosing).",
        "Thank you, the Body Corporate"])
    return text, [(f"{W(on(p, 1))} 9am", T(on(p, 1), 9)), ("1pm", T(on(p, 1), 13)), (W(on(p, 4)), D(on(p, 4)))]


def wa_rwa_in(r):
    """A Noida residents' welfare association's WhatsApp broadcast (iOS export), sent the day before: "No water supply
    Thursday", "Gym shut Saturday for deep cleaning"; "Sector 21" untagged."""
    p = r - ONE
    s = f"{p:%d/%m/%Y}, 10:02:11"
    s2 = f"{p:%d/%m/%Y}, 10:05:40"
    text = "\n".join([
        f"[{s}] RWA Sector 21: No water supply {W(on(p, 2))} due to pipeline work 🙏",
        f"[{s2}] RWA Sector 21: Gym shut {W(on(p, 4))} for deep cleaning"])
    return text, [(s, T(p, 10, 2, 11)), ("21", None), (W(on(p, 2)), D(on(p, 2))),
                  (s2, T(p, 10, 5, 40)), (W(on(p, 4)), D(on(p, 4)))]


def parish_jm(r):
    """A Kingston parish's notices headed with the day they are read: "- No Bible study Wednesday", "- Choir practice
    cancelled Thursday", "- Youth fellowship postponed to Saturday"."""
    p = r
    text = "\n".join([
        "St Andrew Parish Church – Notices",
        f"{W(p)} {p.day} {p:%B %Y}",
        f"- No Bible study {W(on(p, 3))} (the rector is away)",
        f"- Choir practice cancelled {W(on(p, 4))}",
        f"- Youth fellowship postponed to {W(on(p, 6))}"])
    return text, [(f"{W(p)} {p.day} {p:%B %Y}", D(p)), (W(on(p, 3)), D(on(p, 3))), (W(on(p, 4)), D(on(p, 4))),
                  (W(on(p, 6)), D(on(p, 6)))]


def pub_insta_ie(r):
    """A Dublin pub's Instagram post three hours old: a list of verbless lines, "Last orders 10pm Sunday", "Kitchen closed
    Monday", "Back to normal Tuesday" (§313's clock line)."""
    p = r
    text = "\n".join([
        "The Brazen Head",
        "@brazenheaddublin · 3h",
        "Hours this week 🍺",
        f"Last orders 10pm {W(on(p, 4))}",
        f"Kitchen closed {W(on(p, 5))}",
        f"Back to normal {W(on(p, 6))}"])
    return text, [(f"10pm {W(on(p, 4))}", T(on(p, 4), 22)), (W(on(p, 5)), D(on(p, 5))), (W(on(p, 6)), D(on(p, 6)))]


def parish_ke(r):
    """A Nairobi parish's WhatsApp broadcast (Android export): "Mass at 10am Sunday in the hall", "Confessions 5pm
    Saturday", "Volunteers needed Friday evening for the harvest"."""
    p = r
    s = f"{p:%d/%m/%Y}, 07:45"
    text = "\n".join([
        f"{s} - St Austin's Parish: Notices for this week 🙏",
        f"Mass at 10am {W(on(p, 5))} in the hall (church roof repairs)",
        f"Confessions 5pm {W(on(p, 4))}",
        f"Volunteers needed {W(on(p, 3))} evening for the harvest"])
    return text, [(s, T(p, 7, 45)), (f"10am {W(on(p, 5))}", T(on(p, 5), 10)), (f"5pm {W(on(p, 4))}", T(on(p, 4), 17)),
                  (f"{W(on(p, 3))} evening", ("TIME", f"{on(p, 3).isoformat()}TEV"))]


# --- reports of days gone (past stays past) ---------------------------------------------------------------------------

def nextdoor_reports_ca(r):
    """A Halifax Nextdoor thread an hour old that reports the days gone: "The corner shop was shut Monday", "Closed Monday
    after the storm, we reopened Tuesday", "No collection Friday so we took ours to the depot", "Cancelled Thursday
    because of the rain"."""
    p = r
    text = "\n".join([
        "Sandra K · Hydrostone · 1 h ago",
        f"The corner shop was shut {W(on(p, -3))}, anyone know why?",
        f"Closed {W(on(p, -3))} after the storm, we reopened {W(on(p, -2))}. Thanks for your patience!",
        f"No collection {W(on(p, -4))} so we took ours to the depot.",
        f"Cancelled {W(on(p, -1))} because of the rain, the fair was a washout anyway",
        f"Got home 10pm {W(on(p, -2))} and the lights were still off"])
    return text, [(W(on(p, -3)), D(on(p, -3))), (W(on(p, -3)), D(on(p, -3))), (W(on(p, -2)), D(on(p, -2))),
                  (W(on(p, -4)), D(on(p, -4))), (W(on(p, -1)), D(on(p, -1))), (f"10pm {W(on(p, -2))}", T(on(p, -2), 22))]


EXPORTS = [fb_council_uk, email_choir_au, ferry_nz, flats_za, wa_rwa_in, parish_jm, pub_insta_ie, parish_ke,
           nextdoor_reports_ca]



def weak_notices_uk(r):
    """(still weak, §312-§313) A Leeds community centre's Facebook post: "Hall booked Saturday for a wedding", "Lifts out
    of service Monday", "Soup served from noon Friday", "Choir practice Thursday" (a verbless line with a bare weekday)."""
    p = r
    text = "\n".join([
        "Chapeltown Community Centre",
        "5h ·",
        f"Hall booked {W(on(p, 5))} for a wedding, so no badminton.",
        f"Lifts out of service {W(on(p, 6))} for the annual inspection.",
        f"Soup served from noon {W(on(p, 4))}",
        f"Choir practice {W(on(p, 3))}"])
    return text, [(W(on(p, 5)), D(on(p, 5))), (W(on(p, 6)), D(on(p, 6))), (f"noon {W(on(p, 4))}", T(on(p, 4), 12)),
                  (W(on(p, 3)), D(on(p, 3)))]


# Still weak, kept as an expected failure (the report's "still weak"): a booking's participle, which is also a past verb
# ("Table booked Saturday, food was lovely"), and a state said in a phrase ("out of service") are not read as a notice's
# state; "noon" opening the expression is no clock figure for §313's line; a verbless line with a bare weekday is read as a
# headline's report (a notice's list and a headline look alike). Checked on four days of writing only (the grid's budget).
LEFT = {("weak_notices_uk", W(on(r, k))) for r in REFS for k in (3, 5, 6)} \
    | {("weak_notices_uk", f"noon {W(on(r, 4))}") for r in REFS}
WEAK_REFS = REFS[:4]


def _wrong(export, left: bool = False, refs=REFS) -> list[str]:
    return export_wrong(export, refs, LEFT, left)


@pytest.mark.parametrize("export", EXPORTS, ids=[e.__name__ for e in EXPORTS])
def test_notices_grid(export):
    assert_export_grid(export, REFS, LEFT)


@pytest.mark.xfail(strict=False, reason="still weak: see LEFT")
def test_notices_grid_left():
    assert not _wrong(weak_notices_uk, left=True, refs=WEAK_REFS)
