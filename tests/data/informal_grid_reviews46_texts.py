"""(reviews46, forty-sixth session) Review pages, booking e-mails and e-mail threads written for this grid, each a
function of the day the page or the mailbox is read (``ref``) returning (text, expected): expected is a list of
(expression, want) in text order, want one of
  (type, value)          the TIMEX3 a careful annotator gives, computed here from the calendar;
  None                   the expression is no time at all (a booking number, a price, a phone number, a rating);
  ("IN", prefix, day)    a day the story tells without saying which (a weekday of a stay): if tagged, its value is a
                         day of the month ``prefix`` (or an unknown day "XXXX-..."), never after ``day``.
Places and voices: Dominica, the Isle of Harris, Tasmania, Fiji, the Yukon, Galle, Orkney, Rarotonga, Nairobi, Darwin,
Shetland, Kochi."""
from __future__ import annotations

from datetime import date, timedelta

D, T = "DATE", "TIME"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def _d(x: date) -> tuple:
    return (D, x.isoformat())


def _t(x: date, h: int, m: int) -> tuple:
    return (T, f"{x.isoformat()}T{h:02d}:{m:02d}")


def _wk(x: date) -> tuple:
    """An age in weeks ("3 weeks ago") names the ISO week that far back."""
    y, w, _ = x.isocalendar()
    return (D, f"{y}-W{w:02d}")


def _m(y: int, m: int) -> tuple:
    return (D, f"{y:04d}-{m:02d}")


def months_back(x: date, n: int) -> date:
    y, m = divmod(x.year * 12 + x.month - 1 - n, 12)
    m += 1
    last = (date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)).day
    return date(y, m, min(x.day, last))


def next_wd(x: date, wd: int) -> date:
    """The next such weekday (1 = Monday) after ``x``."""
    return x + timedelta(days=(wd - x.isoweekday()) % 7 or 7)


def h12(h: int, m: int) -> str:
    return f"{(h % 12) or 12}:{m:02d} {'PM' if h >= 12 else 'AM'}"


def month_before(x: date) -> tuple[int, int]:
    y, m = divmod(x.year * 12 + x.month - 2, 12)
    return y, m + 1


# ---- reviews ---------------------------------------------------------------------------------------------------------
def google_dominica(ref: date):
    stamp = ref - timedelta(days=21)
    vy, vm = month_before(stamp)
    reply = ref - timedelta(days=14)
    text = f"""Marisol Baptiste
Local Guide · 48 reviews · 112 photos
★★★★★ 3 weeks ago
We arrived on a Monday after the long drive up from Roseau and stayed three nights. The second night the owner
cooked callaloo soup for everyone, and on our last day we hiked to Emerald Pool before breakfast. The bar closes at
10pm which suited us fine. Rooms from EC$320 a night.
Visited {MONTHS[vm - 1]} {vy}

Response from the owner 2 weeks ago
Thank you Marisol! The hot springs pool reopens in April after the repairs, we hope to see you next season.

Kwame Asante
3 reviews
★★★★☆ Edited a month ago
We came up for the week before Christmas with the kids. Rained most days but the river was warm and the staff
were lovely. Checked in Friday, out Sunday, wish we'd stayed longer.
"""
    edited = months_back(ref, 1)
    xmas = date(edited.year - (edited < date(edited.year, 12, 25)), 12, 25)
    april = date(reply.year + (reply.month > 4), 4, 1)   # (said in April itself: this April's or the next, not asked)
    return text, [("3 weeks ago", _wk(stamp)), ("Monday", ("IN", f"{vy:04d}-{vm:02d}", stamp)),
                  ("10pm", ("IN", "XXXX", ref)),
                  (f"{MONTHS[vm - 1]} {vy}", _m(vy, vm)), ("2 weeks ago", _wk(reply)),
                  ("April", _m(april.year, 4) if reply.month != 4 else ("IN", "", date.max)), ("a month ago", _m(edited.year, edited.month)),
                  ("the week before Christmas", ("IN", str(xmas.year), edited)),
                  ("Christmas", ("IN", f"{xmas.year}-12", edited)),
                  ("Friday", ("IN", "", edited)), ("Sunday", ("IN", "", edited))]


def tripadvisor_harris(ref: date):
    written = ref - timedelta(days=9)
    sy, sm = month_before(written)
    resp = written + timedelta(days=2) if written + timedelta(days=2) <= ref else written
    w2 = ref - timedelta(days=40)
    aug = months_back(w2, 2).month
    augy = w2.year - (aug > w2.month)
    text = f"""Worth every mile of the ferry
Fiona M wrote a review {written:%b} {written.day}, {written.year}
Glasgow, United Kingdom • 23 contributions
We came over on the Uig boat and checked in Friday, out Sunday. The first morning was wild, rain sideways, but by the
afternoon the sun was out on Luskentyre. Saturday we drove round to Hushinish and the morning we left Morag packed us
scones for the crossing. Room 4 has the best view. 10/10 would stay again.
Date of stay: {MONTHS[sm - 1]} {sy}
Trip type: Traveled as a couple

Response from Morag, Owner at Seaview Croft
Responded {resp:%b} {resp.day}, {resp.year}
Thank you Fiona! It was a joy to have you both. We hope to see you next season.

Island hopping done right
AngusMacN
Written {w2.day} {w2:%b} {w2.year}
Loganair cancelled on us so the croft booked us on the {MONTHS[aug - 1]} airbridge instead, no extra charge. The
second night we had the whole beach to ourselves.
"""
    inside = ("IN", f"{sy:04d}-{sm:02d}", written)
    return text, [(f"{written:%b} {written.day}, {written.year}", _d(written)), ("Friday", inside),
                  ("Saturday", inside), ("Room 4", None), ("10/10", None), (f"{MONTHS[sm - 1]} {sy}", _m(sy, sm)),
                  (f"{resp:%b} {resp.day}, {resp.year}", _d(resp)),
                  (f"{w2.day} {w2:%b} {w2.year}", _d(w2)), (MONTHS[aug - 1], _m(augy, aug))]


def airbnb_skye(ref: date):
    stamp = ref - timedelta(days=14)
    sy, sm = month_before(stamp)
    older = months_back(ref, 3)
    summer = older.year if older.month >= 6 else older.year - 1
    text = f"""Ishbel
Inverness, United Kingdom
★★★★★ · 2 weeks ago · Stayed 4 nights · {MONTHS[sm - 1][:3]} {sy}
We got in late on the Thursday and Calum had left the stove going and a loaf on the bench. The second night we
saw otters off the slipway. Checkout is 10am, which was no bother. £145 a night, worth every penny.

Response from Calum
Thanks Ishbel, lovely to host you! The new deck will be done by Easter.

Jarrah
Halifax, Canada
★★★★★ · {MONTHS[older.month - 1]} {older.year} · Stayed a few nights
Back in the summer we booked the bothy for our anniversary and we'd do it again. Note the ferry from Mallaig only
runs twice a day in winter.
"""
    return text, [(f"{MONTHS[sm - 1][:3]} {sy}", _m(sy, sm)), ("the Thursday", ("IN", f"{sy:04d}-{sm:02d}", stamp)),
                  ("10am", ("IN", "XXXX", ref)), ("£145", None),
                  (f"{MONTHS[older.month - 1]} {older.year}", _m(older.year, older.month)),
                  ("the summer", ("IN", f"{summer}", older))]


def booking_fiji(ref: date):
    reviewed = ref - timedelta(days=23)
    sy, sm = month_before(reviewed)
    text = f"""Reviewed: {reviewed.day} {MONTHS[reviewed.month - 1]} {reviewed.year}
Aroha
New Zealand
Deluxe Ocean Bure · 5 nights · {MONTHS[sm - 1]} {sy} · Couple
Exceptional 9.6
Liked · We arrived on a Monday and the staff had the bure ready by noon. The kava ceremony on the third night was a
highlight, and the boat to the reef leaves at 9 every morning.
Disliked · The wifi dropped out most evenings.
"""
    return text, [(f"{reviewed.day} {MONTHS[reviewed.month - 1]} {reviewed.year}", _d(reviewed)),
                  (f"{MONTHS[sm - 1]} {sy}", _m(sy, sm)), ("9.6", None),
                  ("Monday", ("IN", f"{sy:04d}-{sm:02d}", reviewed))]


# ---- bookings --------------------------------------------------------------------------------------------------------
def tour_yukon(ref: date):
    sent = ref - timedelta(days=2)
    tour = next_wd(ref + timedelta(days=4), 6)
    text = f"""Hi there,

Thanks! Could we move to the night after? My sister's flight only lands tomorrow at 3 and she'd rather rest the
first night. Same pick-up is fine.

Sophie

On {sent:%a}, {sent.day} {sent:%b} {sent.year} at 10:12, Northern Lights Yukon <bookings@nlyukon.example> wrote:
> Booking confirmed - Aurora Night Tour, Ref: 2025-1142
>
> Hi Sophie,
> Your booking for {tour:%a} {tour.day} {tour:%b}, 7:30pm, 4 guests is confirmed. Pick-up from your hotel in
> Whitehorse at 7:10pm. Free cancellation until 48 hours before. Questions? Call us on 867-555-0142.
> Total: CAD 1,196.00 (4 x 299.00)
"""
    return text, [("tomorrow", _d(ref + timedelta(days=1))),
                  (f"{sent:%a}, {sent.day} {sent:%b} {sent.year} at 10:12", _t(sent, 10, 12)),
                  ("2025-1142", None),
                  (f"{tour:%a} {tour.day} {tour:%b}", _d(tour)), ("7:30pm", _t(tour, 19, 30)),
                  ("7:10pm", _t(tour, 19, 10)),
                  ("867-555-0142", None), ("1,196.00", None), ("299.00", None)]


def restaurant_galle(ref: date):
    dinner = next_wd(ref, 6)
    text = f"""Dear Mr Perera,

Thank you for choosing Lighthouse Street Kitchen. Your booking for {dinner:%a} {dinner.day} {dinner:%b}, 7:30pm,
4 guests is confirmed (Ref: 2025-1142).

Please note the set menu is LKR 6,500 per guest. Tables are held for 15 minutes. Free cancellation until 48 hours
before; after that a fee of LKR 2,000 applies. For changes call +94 91 222 4387 or reply to this e-mail.

We look forward to welcoming you on {dinner:%A}.
Nadeesha, Reservations
"""
    return text, [(f"{dinner:%a} {dinner.day} {dinner:%b}", _d(dinner)), ("7:30pm", _t(dinner, 19, 30)),
                  ("2025-1142", None), ("6,500", None), ("2,000", None), ("+94 91 222 4387", None),
                  (f"{dinner:%A}", _d(dinner))]


def newsletter_orkney(ref: date):
    fair = next_wd(ref + timedelta(days=6), 6)
    last_fri = ref - timedelta(days=(ref.isoweekday() - 5) % 7 or 7)
    text = f"""ST MARGARET'S HOPE COMMUNITY NEWS
Issue 214

Thanks to everyone who came out to the ceilidh last Friday, we raised £1,240 for the lifeboat.

WHAT'S ON
- Craft fair in the hall on {fair:%A} {fair.day} {MONTHS[fair.month - 1]}, 10am to 3pm. Teas and home bakes.
- The mobile library calls every second Tuesday, 2.15pm at the pier.
- Yoga moves to Thursday evenings from next week.

The hall committee meets on the first Monday of each month. New members always welcome.
Contact Ingrid on 01856 831 204.
"""
    return text, [("last Friday", _d(last_fri)), ("£1,240", None),
                  (f"{fair:%A} {fair.day} {MONTHS[fair.month - 1]}", _d(fair)), ("01856 831 204", None)]


def hotel_rarotonga(ref: date):
    booked = ref
    cin = ref + timedelta(days=40)
    cout = cin + timedelta(days=3)
    cancel = cin - timedelta(days=2)
    text = f"""Kia orana Tama,

Your stay at Muri Lagoon Villas is confirmed.
Booking number: 4471-2210
Check-in: {cin:%a} {cin.day} {cin:%b} {cin.year} (from 2pm)
Check-out: {cout:%a} {cout.day} {cout:%b} {cout.year} (until 10am)
Guests: 2 adults, 1 child
Total: NZD 1,870.50

Check-in from 3pm, check-out by 10am. Free cancellation until {cancel.day} {cancel:%B} {cancel.year}.
Airport transfers run to meet every flight. Call +682 20 455.
"""
    return text, [("4471-2210", None), (f"{cin:%a} {cin.day} {cin:%b} {cin.year}", _d(cin)), ("2pm", _t(cin, 14, 0)),
                  (f"{cout:%a} {cout.day} {cout:%b} {cout.year}", _d(cout)), ("10am", _t(cout, 10, 0)), ("1,870.50", None),
                  ("3pm", ("IN", "XXXX", ref)), ("10am", ("IN", "XXXX", ref)),
                  (f"{cancel.day} {cancel:%B} {cancel.year}", _d(cancel)), ("+682 20 455", None)]


# ---- e-mail threads --------------------------------------------------------------------------------------------------
def gmail_nairobi(ref: date):
    q1 = ref - timedelta(days=1)
    q2 = ref - timedelta(days=2)
    sat = next_wd(ref, 6)
    fri2 = next_wd(q2, 5)
    text = f"""Thanks Mum, see you all on Saturday then! I'll bring the cake.
Wanjiru

On {q1:%a}, {q1.day} {q1:%b} {q1.year} at 09:14, Ana Mwangi <ana.mwangi@example.co.ke> wrote:
> Dad says he can collect you from the stage tomorrow at 5.
> We fixed the gate last week so no more climbing over.
>
> On {q2:%a}, {q2.day} {q2:%b} {q2.year} at 21:40, Wanjiru K <wanjiru.k@example.com> wrote:
>> Hi Mum, I'm arriving Friday, leaving Sunday after lunch.
>> Is the matatu still 350 bob?
"""
    return text, [("Saturday", _d(sat)), (f"{q1:%a}, {q1.day} {q1:%b} {q1.year} at 09:14", _t(q1, 9, 14)),
                  ("tomorrow", _d(q1 + timedelta(days=1))),
                  (f"{q2:%a}, {q2.day} {q2:%b} {q2.year} at 21:40", _t(q2, 21, 40)),
                  ("Friday", _d(fri2)), ("350", None)]


def outlook_darwin(ref: date):
    sent = ref - timedelta(days=1)
    mon = next_wd(ref, 1)
    text = f"""Hi Kate,

No worries, we can't do tomorrow but Monday first thing is fine. Invoice 20314 attached.

Cheers,
Liam
Top End Refrigeration | 08 8947 1120

From: Kate Nguyen <kate@mindilcafe.example>
Sent: {sent:%A}, {MONTHS[sent.month - 1]} {sent.day}, {sent.year} {h12(16, 2)}
To: Liam Foster <liam@topendref.example>
Subject: RE: Coolroom

Hi Liam,

Can someone come out tomorrow before 10am? The coolroom was sitting at 9 degrees this morning.

Thanks,
Kate
"""
    return text, [("tomorrow", _d(ref + timedelta(days=1))), ("Monday first thing", (T, f"{mon.isoformat()}TMO") if ref.isoweekday() != 1 else ("IN", "", date.max)), ("20314", None),
                  ("08 8947 1120", None),
                  (f"{sent:%A}, {MONTHS[sent.month - 1]} {sent.day}, {sent.year} {h12(16, 2)}", _t(sent, 16, 2)),
                  ("tomorrow", _d(sent + timedelta(days=1))), ("this morning", (T, f"{sent.isoformat()}TMO"))]


def forward_shetland(ref: date):
    sent = ref - timedelta(days=1)
    text = f"""Hi all, see below from the ferry office. Looks like we'll be going on Friday's boat instead.

---------- Forwarded message ---------
From: NorthLink Ferries <info@northlink.example>
Date: {sent:%a}, {sent.day} {sent:%b} {sent.year} at 11:05
Subject: Sailing update
To: <m.johnson@example.co.uk>

Dear customer,
Due to the forecast, tomorrow's 17:30 sailing from Lerwick is cancelled. Your booking (ref NL-20261) has been moved
to the next available sailing. Please call 0845 6000 449 if this does not suit.
"""
    fri = next_wd(ref - timedelta(days=1), 5)
    return text, [("Friday", _d(fri)), (f"{sent:%a}, {sent.day} {sent:%b} {sent.year} at 11:05", _t(sent, 11, 5)),
                  ("tomorrow", _d(sent + timedelta(days=1))), ("17:30", _t(sent + timedelta(days=1), 17, 30)),
                  ("0845 6000 449", None)]


def gmail_kochi(ref: date):
    q1 = ref - timedelta(days=3)
    text = f"""Dear Anil,

Sorry for the late reply. The boat is repaired and we can do the backwater trip on the date you asked. The advance of
Rs 5,000 reached us yesterday.

Regards,
Thomas, Kayal Houseboats
+91 484 266 0117

On {q1:%a}, {q1:%b} {q1.day}, {q1.year} at {h12(8, 45)} Anil Menon <anil.menon@example.in> wrote:
> Hello Thomas,
> We would like the overnight houseboat for 2 adults the day after tomorrow if possible, otherwise next week.
> I will transfer the advance today.
"""
    return text, [("yesterday", _d(ref - timedelta(days=1))), ("5,000", None), ("+91 484 266 0117", None),
                  (f"{q1:%a}, {q1:%b} {q1.day}, {q1.year} at {h12(8, 45)}", _t(q1, 8, 45)),
                  ("the day after tomorrow", _d(q1 + timedelta(days=2))), ("today", _d(q1))]


KINDS = {"google_dominica": google_dominica, "tripadvisor_harris": tripadvisor_harris,
         "airbnb_skye": airbnb_skye, "booking_fiji": booking_fiji, "tour_yukon": tour_yukon,
         "restaurant_galle": restaurant_galle, "newsletter_orkney": newsletter_orkney,
         "hotel_rarotonga": hotel_rarotonga, "gmail_nairobi": gmail_nairobi, "outlook_darwin": outlook_darwin,
         "forward_shetland": forward_shetland, "gmail_kochi": gmail_kochi}
