"""(travel48, forty-eighth session, docs/informal-time.md §302-§303) Travel and booking text as people copy it: Booking.com's
review header ("Reviewed: 3 December 2026", "Superb 9.0", "Stayed in November 2026", "2 nights · November 2026",
"Travelled as a family"), Airbnb's ("March 2026", "Stayed a few nights"), Tripadvisor's ("Written 3 July 2025", "Date of
experience: June 2025", "Reviewed 3 weeks ago", "Visited in March"), Google Maps' ("★★★★★ 2 years ago", "Edited 3 weeks
ago", "New", "Dine in | Lunch | $10-20", "Wait time: 10-30 min"), a booking confirmation ("Check-in: Sat, 12 Dec 2026 from
14:00", "Free cancellation until 23:59 on 10 Dec"), flight itineraries ("FJ 411 · Sat 12 Dec", "Dep 06:40 Arr 09:15 (+1)"),
and the timetables of ferries, buses and tours posted on a page or a notice ("Departs Mon, Wed, Fri 7:30 am", "Bus to the
airport: departs Tue & Sat 6am").

Ten invented copies (Fiji, Tuvalu, Aitutaki, Cape Coast, Tobago, Mo'orea, Leh, Tromsø, Coober Pedy, Carriacou), each
written anew for every reference date (every weekday, month and year ends, a leap day), every value computed with datetime:
a review's own date or age counts from the day of reading; the stay's month is a DATE YYYY-MM; a review's "on a Sunday"
under an age of months or years is no one Sunday (XXXX-WXX-7, as §272 reads it under a stay's month); a timetable's
weekdays after a verb of a service kept ("departs", "sails", "leaves") are each a SET and its clock the hour of every one
of them (XXXX-XX-XXTHH:MM); a clock marked "(+1)" is a day after the flight's day. An expression wanted as None must not
be tagged at all (ratings, prices, counts of guests, flight numbers, room numbers)."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from gridcheck import assert_export_grid, export_wrong, iso_week, month_back

REFS = [date(2026, 11, 30) + timedelta(days=k) for k in range(7)] \
    + [date(2026, 12, 31), date(2027, 1, 1), date(2028, 2, 29), date(2026, 4, 30), date(2026, 3, 2), date(2025, 10, 31),
       date(2026, 6, 30)]
SHORT = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ONE = timedelta(days=1)


def T(d: date, h: int, mi: int) -> tuple:
    return ("TIME", f"{d.isoformat()}T{h:02d}:{mi:02d}")


def D(d: date) -> tuple:
    return ("DATE", d.isoformat())


def M(y: int, m: int) -> tuple:
    return ("DATE", f"{y}-{m:02d}")


def W(d: date) -> tuple:
    return ("DATE", iso_week(d))


def SET(wd: int) -> tuple:
    """Every such weekday (1 = Monday)."""
    return ("SET", f"XXXX-WXX-{wd}")


def HAB(h: int, mi: int) -> tuple:
    return ("TIME", f"XXXX-XX-XXT{h:02d}:{mi:02d}")


def month_before(d: date) -> tuple[int, int]:
    y, m = divmod(d.year * 12 + d.month - 2, 12)
    return y, m + 1


def dm(d: date) -> str:
    return f"{d.day} {MON[d.month - 1]}"


def confirm_fj(r):
    """A Booking.com confirmation for a resort on Taveuni, Fiji, pasted into a family chat: check-in ten to sixteen days
    on, two nights, free cancellation until two days before; the guests, the beds and the booking number no dates."""
    ci = r + timedelta(days=10 + r.weekday())
    co = ci + 2 * ONE
    fc = ci - 2 * ONE
    text = "\n".join([
        "Booking confirmation 4921.883.102 · PIN 7730",
        "Paradise Taveuni – Deluxe Ocean Bure",
        f"Check-in: {SHORT[ci.weekday()]}, {dm(ci)} {ci.year} from 14:00",
        f"Check-out: {SHORT[co.weekday()]} {dm(co)} until 11:00",
        f"Free cancellation until 23:59 on {dm(fc)}",
        "2 adults · 1 child · Sleeps 4 · Room 12",
        "Airport transfer: 45 min from Matei airstrip"])
    return text, [("4921.883.102", None), (f"{SHORT[ci.weekday()]}, {dm(ci)} {ci.year}", D(ci)), ("14:00", T(ci, 14, 0)),
                  (f"{SHORT[co.weekday()]} {dm(co)}", D(co)), ("11:00", T(co, 11, 0)), ("23:59", T(fc, 23, 59)),
                  (dm(fc), D(fc)), ("Sleeps 4", None), ("Room 12", None), ("45 min", ("DURATION", "PT45M"))]


def flight_tv(r):
    """An itinerary to Funafuti, Tuvalu, pasted in an e-mail: the outbound's arrival marked "(+1)" the next morning, the
    return's "+1" past midnight; the flight numbers no times."""
    f = r + timedelta(days=5 + (r.day % 4))
    g = f + timedelta(days=4)
    text = "\n".join([
        "Your trip to Funafuti",
        f"FJ 411 · {SHORT[f.weekday()]} {dm(f)}",
        "Nadi (NAN) Dep 06:40 → Funafuti (FUN) Arr 09:15 (+1)",
        f"FJ 412 · {SHORT[g.weekday()]} {dm(g)}",
        "Funafuti (FUN) Dep 22:10 → Nadi (NAN) Arr 01:30 +1",
        "Baggage: 23kg · 1 piece"])
    return text, [("411", None), (f"{SHORT[f.weekday()]} {dm(f)}", D(f)), ("06:40", T(f, 6, 40)),
                  ("09:15", T(f + ONE, 9, 15)), ("412", None), (f"{SHORT[g.weekday()]} {dm(g)}", D(g)),
                  ("22:10", T(g, 22, 10)), ("01:30", T(g + ONE, 1, 30))]


def flight_in(r):
    """A Leh, Ladakh trip's itinerary in a WhatsApp group: an overnight flight whose arrival is marked "(+1)" with its
    am/pm, the check-in's close a length."""
    f = r + timedelta(days=3 + r.weekday())
    text = "\n".join([
        "Guys here's the itinerary",
        f"6E 2134 · {SHORT[f.weekday()]}, {dm(f)}",
        "dep 11:50 pm, arr 6:05 am (+1) via Srinagar",
        "Check-in closes 45 min before departure"])
    return text, [("2134", None), (f"{SHORT[f.weekday()]}, {dm(f)}", D(f)), ("11:50 pm", T(f, 23, 50)),
                  ("6:05 am", T(f + ONE, 6, 5)), ("45 min", ("DURATION", "PT45M"))]


def ferry_ck(r):
    """A guesthouse's Facebook post on Aitutaki, Cook Islands, on the lagoon ferry and the airport bus: the weekdays of
    the timetable each a SET, their clocks the hours of every such day; the new timetable from the first of next month."""
    nxt = date(r.year + (r.month == 12), r.month % 12 + 1, 1)
    text = "\n".join([
        "Kia orana! Lagoon ferry to One Foot Island departs Mon, Wed, Fri 7:30 am from the wharf. Last boat back 4pm.",
        "Bus to the airport departs Tue & Sat 6am, book at reception.",
        f"Summer timetable from 1 {MON[nxt.month - 1]}: the ferry sails Mon, Thu and Sat at 8am.",
        "Tickets $120 pp, kids under 12 free"])
    return text, [("Mon", SET(1)), ("Wed", SET(3)), ("Fri", SET(5)), ("7:30 am", HAB(7, 30)), ("4pm", HAB(16, 0)), ("Tue", SET(2)),
                  ("Sat", SET(6)), ("6am", HAB(6, 0)), (f"1 {MON[nxt.month - 1]}", D(nxt)), ("Mon", SET(1)),
                  ("Thu", SET(4)), ("Sat", SET(6)), ("8am", HAB(8, 0)), ("12", None)]


def tours_no(r):
    """A Tromsø husky and aurora operator's page: the tours' days and hours, a bus that leaves on two weekdays."""
    text = "\n".join([
        "Aurora chase: tours leave Tue, Thu and Sun 8:30 pm from the Radisson.",
        "Husky day trips run Mon, Wed, Fri 9am - 3pm.",
        "The shuttle bus leaves Wed and Sat at 7:15am, 40 NOK.",
        "Max 8 guests · Ages 6+"])
    return text, [("Tue", SET(2)), ("Thu", SET(4)), ("Sun", SET(7)), ("8:30 pm", HAB(20, 30)),
                  ("Mon", SET(1)), ("Wed", SET(3)), ("Fri", SET(5)), ("9am", HAB(9, 0)), ("3pm", HAB(15, 0)),
                  ("Wed", SET(3)), ("Sat", SET(6)), ("7:15am", HAB(7, 15))]


def google_gh(r):
    """Google Maps reviews of a chop bar in Cape Coast, Ghana: a Local Guide's review two years old, a month-old one, an
    edited one; "on a Sunday" under an age of years or months is no one Sunday; the price band, the wait and the counts
    no dates (the wait a length)."""
    text = "\n".join([
        "Kofi A.",
        "Local Guide · 120 reviews · 340 photos",
        "★★★★★ 2 years ago",
        "Best jollof in Cape Coast. We came on a Sunday after church and it was packed.",
        "Dine in | Lunch | GH₵50–100",
        "Wait time: 10-30 min",
        "",
        "Ama Serwaa",
        "3 reviews",
        "★★★★☆ a month ago",
        "Went on a Saturday with my cousins, service slow but the fish was fresh.",
        "",
        "Jens P",
        "★★★★★ Edited 3 weeks ago",
        "New",
        "Third visit this trip, the owner remembered us."])
    return text, [("120", None), ("2 years ago", ("DATE", str(r.year - 2))), ("Sunday", ("DATE", "XXXX-WXX-7")),
                  ("50–100", None), ("10-30 min", ("DURATION", "PTXM")), ("a month ago", ("DATE", month_back(r, 1))),
                  ("Saturday", ("DATE", "XXXX-WXX-6")), ("3 weeks ago", W(r - timedelta(days=21))), ("New", None)]


def booking_review_au(r):
    """A Booking.com review of an underground motel in Coober Pedy: the review's day, its stay's month (the month before)
    on the "Stayed in" line and the nights' line, the score no date; the ferry-less outback's "2 hrs late" a length."""
    w = r - timedelta(days=3 + r.weekday() % 3)
    y, m = month_before(w)
    text = "\n".join([
        f"Reviewed: {w.day} {MONTHS[w.month - 1]} {w.year}",
        "Superb 9.0",
        "“Sleeping underground was amazing”",
        f"Stayed in {MONTHS[m - 1]} {y}",
        f"Dug-out Family Room · 2 nights · {MONTHS[m - 1]} {y}",
        "Travelled as a family",
        "The bus from Adelaide was 2 hrs late but the owner waited up for us. We booked 3 months ahead."])
    return text, [(f"{w.day} {MONTHS[w.month - 1]} {w.year}", D(w)), ("9.0", None), (f"{MONTHS[m - 1]} {y}", M(y, m)),
                  ("2 nights", ("DURATION", "P2D")), (f"{MONTHS[m - 1]} {y}", M(y, m)),
                  ("2 hrs", ("DURATION", "PT2H")), ("3 months", ("DURATION", "P3M"))]


def tripadvisor_tt(r):
    """Tripadvisor reviews of a glass-bottom boat tour in Tobago: "Written" with its day and the experience's month, and
    a review "3 weeks ago" with "Visited in March" (the last March on or before the review's week)."""
    w = r - timedelta(days=5)
    y, m = month_before(w)
    rv = r - timedelta(days=21)
    vy = rv.year if rv.month >= 3 else rv.year - 1
    text = "\n".join([
        "Nadia R wrote a review",
        "Port of Spain, Trinidad and Tobago • 14 contributions",
        "5.0 of 5 bubbles",
        f"Date of experience: {MONTHS[m - 1]} {y}",
        "Three nights at Pigeon Point and this tour was the highlight. The boat was 40 minutes late.",
        f"Written {w.day} {MONTHS[w.month - 1]} {w.year}",
        "",
        "Mark T",
        "Reviewed 3 weeks ago",
        "Visited in March",
        "Stayed three nights, snorkelled Buccoo Reef."])
    return text, [(f"{MONTHS[m - 1]} {y}", M(y, m)), ("Three nights", ("DURATION", "P3D")),
                  ("40 minutes", ("DURATION", "PT40M")), (f"{w.day} {MONTHS[w.month - 1]} {w.year}", D(w)),
                  ("3 weeks ago", W(rv)), ("March", M(vy, 3)), ("three nights", ("DURATION", "P3D"))]


def airbnb_pf(r):
    """Airbnb reviews of a fare on Mo'orea: one dated by its month and year, one "2 weeks ago"; "Stayed with kids" and
    the host's name no dates."""
    y, m = month_before(r)
    text = "\n".join([
        "Hinano",
        "Papeete, French Polynesia",
        f"{MONTHS[m - 1]} {y}",
        "Stayed a few nights",
        "Beautiful fare right on the lagoon. We booked 3 months ahead and it was worth it.",
        "",
        "Tui",
        "2 weeks ago",
        "Stayed with kids",
        "The host picked us up at the wharf and the kids loved the kayaks."])
    return text, [(f"{MONTHS[m - 1]} {y}", M(y, m)), ("3 months", ("DURATION", "P3M")),
                  ("2 weeks ago", W(r - timedelta(days=14)))]


def notice_gd(r):
    """A notice on the jetty at Carriacou, Grenada, copied into a visitors' group: the Osprey's days and hours, the
    mail boat's; the fare no date."""
    text = "\n".join([
        "OSPREY LINES – Carriacou / Grenada",
        "Departs Hillsborough Mon, Wed, Fri 6:00 am and Sat, Sun 3:30 pm",
        "The mail boat sails Tue and Fri at 9am.",
        "Fare EC$80 one way"])
    return text, [("Mon", SET(1)), ("Wed", SET(3)), ("Fri", SET(5)), ("6:00 am", HAB(6, 0)), ("Sat", SET(6)),
                  ("Sun", SET(7)), ("3:30 pm", HAB(15, 30)), ("Tue", SET(2)), ("Fri", SET(5)), ("9am", HAB(9, 0)),
                  ("80", None)]


EXPORTS = [confirm_fj, flight_tv, flight_in, ferry_ck, tours_no, google_gh, booking_review_au, tripadvisor_tt, airbnb_pf,
           notice_gd]

# Still wrong or missed, kept as expected failures (the report's "still weak").
# "Last boat back 4pm." after the timetable's sentence: the last boat of every sailing day (its hour of no day), read on the
# day of writing (a verbless sentence after a timetable's takes no habit from it)
LEFT: set = {("ferry_ck", "4pm")}


def _wrong(export, left: bool = False) -> list[str]:
    return export_wrong(export, REFS, LEFT, left)


def count_cases() -> int:
    return sum(len(e(r)[1]) for e in EXPORTS for r in REFS)


@pytest.mark.parametrize("export", EXPORTS, ids=[e.__name__ for e in EXPORTS])
def test_travel_grid(export):
    assert_export_grid(export, REFS, LEFT)


@pytest.mark.xfail(strict=False, reason="travel48: readings left for later (LEFT)")
@pytest.mark.parametrize("export", sorted({e for e, _ in LEFT}) or ["none"])
def test_travel_grid_left(export):
    ex = next((e for e in EXPORTS if e.__name__ == export), None)
    assert ex is not None and not _wrong(ex, left=True)
