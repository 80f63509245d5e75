"""(social48, forty-eighth session, docs/informal-time.md §300-§301) Posts and comment threads of the social platforms as
users copy them (select all, paste), stamps and ages included: Nextdoor ("Jane Doe · Hydrostone · 3 d ago", "5 hr ago"),
Discord (a server's "Name — Today at 3:14 PM", an event's "Saturday, December 12, 2026 7:00 PM"), Telegram channels (day
dividers, "1.2K views 18:40"), YouTube comments ("2 weeks ago (edited)", a video position "1:02:33" opening a comment),
Facebook groups ("2d", "1w", "Yesterday at 09:12"), Reddit ("5 hr. ago", "• 2 days ago", "3y ago", "edited 4 days ago"),
Bluesky and Mastodon, in voices of Canada's north and east, Kiribati, Vanuatu, Trinidad and Samoa, Tonga, Meghalaya,
the Chathams and Greenland. Each copy is written anew for every reference date (every weekday, month and year ends, a
leap day). The values a TimeML annotator gives, computed with datetime: a stamp is its TIME or DATE; an age counts back
from the day of reading and is the post's day (an age in hours or minutes a length, conventions §6); the words under a
stamp count from the stamp's day ("went missing Tuesday evening" the Tuesday gone before it, "Road closed till Friday"
the Friday to come). Negatives (None): likes and replies' counts, handles with digits, member counts, "1.2K", versions,
a video's position under a YouTube comment's header."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from gridcheck import assert_export_grid, export_wrong

# Every weekday; month ends; the year's turn; a leap day and the day after; a Sunday at a month's start.
REFS = [date(2026, 12, 7), date(2026, 12, 1), date(2026, 9, 30), date(2026, 12, 31), date(2027, 1, 1),
        date(2026, 10, 31), date(2026, 11, 1), date(2026, 6, 3), date(2027, 1, 4), date(2026, 2, 27),
        date(2028, 2, 29), date(2028, 3, 1), date(2026, 4, 4), date(2026, 8, 9)]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ONE = timedelta(days=1)


def T(d: date, h: int, mi: int = 0) -> tuple:
    return ("TIME", f"{d.isoformat()}T{h:02d}:{mi:02d}")


def D(d: date) -> tuple:
    return ("DATE", d.isoformat())


def P(d: date, pod: str) -> tuple:
    return ("TIME", f"{d.isoformat()}T{pod}")


def W(d: date) -> tuple:
    y, w, _ = d.isocalendar()
    return ("DATE", f"{y}-W{w:02d}")


def coming(d: date, wd: int) -> date:
    """The first weekday wd (0 = Monday) after d."""
    return d + timedelta(days=(wd - d.weekday()) % 7 or 7)


def gone(d: date, wd: int) -> date:
    """The last weekday wd (0 = Monday) before d."""
    return d - timedelta(days=(d.weekday() - wd) % 7 or 7)


def h12(h: int, mi: int) -> str:
    return f"{(h % 12) or 12}:{mi:02d} {'AM' if h < 12 else 'PM'}"


# --- Nextdoor ---------------------------------------------------------------------------------------------------------

def nextdoor_halifax(r):
    """A Halifax neighbourhood's lost-cat post: "Name · Neighbourhood · 3 d ago", the weekday gone before the post."""
    p1, p2 = r - 3 * ONE, r - 2 * ONE
    miss = p1 - ONE
    text = "\n".join([
        "Halifax Peninsula",
        "Lost cat near Gottingen St",
        "Jane Doe · Hydrostone · 3 d ago",
        f"Our grey tabby Biscuit went missing {DAYS[miss.weekday()]} evening. Please check your sheds and garages.",
        "Edited",
        "12 Reactions   3 Comments",
        "Mark T. · North End · 2 d ago",
        "Saw one on Young St yesterday around 7pm, I'll look again tomorrow morning",
        "Like   Reply"])
    return text, [("3 d ago", D(p1)), (f"{DAYS[miss.weekday()]} evening", P(miss, "EV")), ("12", None), ("3", None),
                  ("2 d ago", D(p2)), ("yesterday around 7pm", T(p2 - ONE, 19)), ("tomorrow morning", P(p2 + ONE, "MO"))]


def nextdoor_happy_valley(r):
    """An Iqaluit community post about the sealift: "1 d ago", a reply's "5 hr ago", a road closed till a weekday."""
    p = r - ONE
    wd = (p.weekday() + 3) % 7
    ship = coming(p, wd)
    shut = (r.weekday() + 4) % 7
    text = "\n".join([
        "Iqaluit Community",
        "Annie Kilabuk · Apex · 1 d ago",
        f"Last sealift ship of the season arrives {DAYS[wd]}. Warehouse pickups from 1pm, bring your bill of lading.",
        "Leetia P. · Happy Valley · 5 hr ago",
        f"Apex Road closed till {DAYS[shut]} because of the culvert work, go round by the causeway",
        "Joanasie · Lower Base · 1 d ago",
        "Qujannamiik Annie 🙏"])
    return text, [("1 d ago", D(p)), (DAYS[wd], D(ship)), ("1pm", T(ship, 13)), ("5 hr ago", ("DURATION", "PT5H")),
                  (DAYS[shut], D(coming(r, shut))), ("1 d ago", D(p))]


def nextdoor_kingston(r):
    """A Kingston (Jamaica) neighbourhood's notice: "4 d ago", "2 wk ago", a pharmacy shut until a weekday."""
    p1, p2 = r - 4 * ONE, r - 14 * ONE
    wd = (p1.weekday() + 2) % 7
    text = "\n".join([
        "Barbican, Kingston",
        "Marcia Campbell · Barbican · 4 d ago",
        f"Pharmacy on Barbican Road shut until {DAYS[wd]}, dem doing renovation. Nearest one open is at Sovereign.",
        "Desmond · Hope Pastures · 2 wk ago",
        "Water lock off from 9 tonight, NWC seh it back by morning"])
    return text, [("4 d ago", D(p1)), (DAYS[wd], D(coming(p1, wd))), ("2 wk ago", W(p2)), ("9 tonight", T(p2, 21))]


# --- Discord ----------------------------------------------------------------------------------------------------------

def discord_tarawa(r):
    """A Tarawa canoe club's Discord: "Name — Today at 3:14 PM", an event post, "tonight at 8 at the maneaba"."""
    y = r - ONE
    ev = r + 12 * ONE
    text = "\n".join([
        "Kiribati Canoe Club",
        "#general",
        "Teuea — Yesterday at 9:02 PM",
        "tide is good tomorrow till 9, paddling from Bairiki at 6",
        "Bwebwe — Today at 3:14 PM",
        "Meeting tonight at 8 at the maneaba, bring your fees",
        "Moana — Today at 3:20 PM",
        "EVENT",
        f"{DAYS[ev.weekday()]}, {MONTHS[ev.month - 1]} {ev.day}, {ev.year} 7:00 PM",
        "Regatta prize night",
        "14 interested",
        "kai_2009 — Today at 3:41 PM",
        "can't make it, sorry 😢"])
    return text, [("Yesterday", D(y)), ("9:02 PM", T(y, 21, 2)), ("tomorrow", D(r)), ("9", T(r, 9)), ("6", T(r, 6)),
                  ("Today", D(r)), ("3:14 PM", T(r, 15, 14)), ("tonight", P(r, "NI")), ("8", T(r, 20)),
                  ("Today", D(r)), ("3:20 PM", T(r, 15, 20)),
                  (f"{DAYS[ev.weekday()]}, {MONTHS[ev.month - 1]} {ev.day}, {ev.year} 7:00 PM", T(ev, 19)),
                  ("14", None), ("2009", None), ("Today", D(r)), ("3:41 PM", T(r, 15, 41))]


# --- YouTube ----------------------------------------------------------------------------------------------------------

def youtube_pos(r):
    """Comments under a steelpan video: a video position opening a comment, "2 weeks ago (edited)", "5 days ago"."""
    c = r - 5 * ONE
    text = "\n".join([
        "@islandvibes_tt 2 weeks ago (edited)",
        "1:02:33 the steelpan solo here gave me chills, saw them live in Port of Spain",
        "124",
        "Reply",
        "@kai_2009 3 years ago",
        "0:45 that intro 🔥",
        "@pacific.soul 5 days ago",
        "Playing this tonight at 8 at the Apia Yacht Club, come through",
        "3 replies"])
    return text, [("2 weeks ago", W(r - 14 * ONE)), ("1:02:33", None), ("124", None), ("2009", None),
                  ("3 years ago", ("DATE", str(r.year - 3))), ("0:45", None),
                  ("5 days ago", D(c)), ("tonight", P(c, "NI")), ("8", T(c, 20)), ("3", None)]


# --- Facebook group ---------------------------------------------------------------------------------------------------

def facebook_tonga(r):
    """A Nuku'alofa noticeboard group: "2d" under a name, "Yesterday at 09:12", a shop shut till a weekday."""
    p = r - 2 * ONE
    y = r - ONE
    wd = (p.weekday() + 3) % 7
    text = "\n".join([
        "Nuku'alofa Community Noticeboard",
        "4.2K members",
        "Most relevant",
        "Sione Tu'ipulotu",
        "2d",
        f"Talamahu market stall closed until {DAYS[wd]}, family funeral in Vava'u. Malo 🙏",
        "Like   Reply   3",
        "Lose Vea",
        "Yesterday at 09:12",
        "Power cut tonight 8pm to midnight in Kolomotu'a"])
    return text, [("4.2K", None), ("2d", D(p)), (DAYS[wd], D(coming(p, wd))), ("3", None),
                  ("Yesterday at 09:12", T(y, 9, 12)), ("tonight", P(y, "NI")), ("8pm", T(y, 20)),
                  ("midnight", T(y, 24))]


# --- Reddit -----------------------------------------------------------------------------------------------------------

def reddit_shillong(r):
    """r/Shillong: "Posted by u/x 5 hr. ago", "• 2 days ago", "3y ago", "edited 4 days ago", a road closed till a day."""
    wd = (r.weekday() + 2) % 7
    shut = (r.weekday() + 3) % 7
    text = "\n".join([
        "r/Shillong",
        "Posted by u/khasi_hills 5 hr. ago",
        f"Any shared sumo to Guwahati on {DAYS[wd]}? My flight is at 2pm.",
        "u/meghalaya_rain • 2 days ago",
        "Take the 6am one from Police Bazar",
        "u/ferns • 4h",
        f"NH6 closed till {DAYS[shut]} because of the landslide near Umiam, take the Jorabat side",
        "v2.3.1 of the app shows the diversion"])
    return text, [("5 hr. ago", ("DURATION", "PT5H")), (DAYS[wd], D(coming(r, wd))), ("2pm", T(coming(r, wd), 14)),
                  ("2 days ago", D(r - 2 * ONE)), ("4h", ("DURATION", "PT4H")), (DAYS[shut], D(coming(r, shut))),
                  ("2.3.1", None)]


# --- Mastodon, Telegram, Bluesky (kept readings) ----------------------------------------------------------------------

def mastodon_nuuk(r):
    """A Nuuk toot copied from its page: the body over "Dec 5, 2026, 14:02", boosts and favourites, "Edited", a reply's
    "3h" age under its author."""
    p = r - ONE
    wd = (p.weekday() + 4) % 7
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][p.month - 1]
    text = "\n".join([
        "Aput Lynge",
        "@aput@nuuk.social",
        f"Dog sled race still on for {DAYS[wd]}, 11am start at the old harbour.",
        f"{mon} {p.day}, {p.year}, 14:02",
        "3 boosts 12 favourites",
        "Edited",
        "Naja K @naja_88@mastodon.gl",
        "3h",
        "@aput@nuuk.social we drive down from Ilulissat tomorrow night"])
    return text, [(DAYS[wd], D(coming(p, wd))), ("11am", T(coming(p, wd), 11)), (f"{mon} {p.day}, {p.year}, 14:02", T(p, 14, 2)),
                  ("3", None), ("12", None), ("3h", ("DURATION", "PT3H")), ("88", None), ("tomorrow night", P(r + ONE, "NI"))]


def telegram_vila(r):
    """A Port Vila ferry channel copied from its web view: day dividers, "1.2K views 18:40", "edited 09:12"."""
    d1, d2 = r - 2 * ONE, r - ONE
    wd = (d2.weekday() + 2) % 7
    text = "\n".join([
        "Vanuatu Ferry Updates",
        "3,204 subscribers",
        f"{MONTHS[d1.month - 1]} {d1.day}",
        "MV Big Sista departs 6am tomorrow for Tanna, check-in from 5.",
        "1.2K views 18:40",
        f"{MONTHS[d2.month - 1]} {d2.day}",
        f"Delayed till {DAYS[wd]} due to the swell. Next update at 4pm today.",
        "988 views edited 09:12"])
    return text, [("3,204", None), (f"{MONTHS[d1.month - 1]} {d1.day}", D(d1)), ("6am tomorrow", T(d2, 6)),
                  ("1.2K", None), ("18:40", T(d1, 18, 40)), (f"{MONTHS[d2.month - 1]} {d2.day}", D(d2)),
                  (DAYS[wd], D(coming(d2, wd))), ("4pm today", T(d2, 16)), ("09:12", T(d2, 9, 12))]


def bluesky_chathams(r):
    """A Chatham Islands thread on Bluesky: "· 2h" and "· 12/5/26" after the handles; a reply copied from the page with its
    name, its domain handle, the dot and the age each on a line ("Hine Tuuta" / "@hine.chathams.nz" / "·" / "3h")."""
    p = r - 3 * ONE
    later = r + 16 * ONE
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][later.month - 1]
    tour = coming(p, (p.weekday() + 3) % 7)
    text = "\n".join([
        "Tui Reid @tui.bsky.social · 2h",
        f"Ferry to Pitt Island sold out till next week. Next sailing {mon} {later.day}, 7pm.",
        f"Fetu @fetu.bsky.social · {p.month}/{p.day}/{p.year % 100:02d}",
        f"Whaling station tours start {DAYS[tour.weekday()]}, 10 a head",
        "Hine Tuuta",
        "@hine.chathams.nz",
        "·",
        "3h",
        "Flights are back on tomorrow, Air Chathams says 9:45 from Tuuta"])
    return text, [("2h", ("DURATION", "PT2H")), ("next week", W(r + 7 * ONE)), (f"{mon} {later.day}", D(later)),
                  ("7pm", T(later, 19)), (f"{p.month}/{p.day}/{p.year % 100:02d}", D(p)), (DAYS[tour.weekday()], D(tour)),
                  ("10", None), ("3h", ("DURATION", "PT3H")), ("tomorrow", D(r + ONE)), ("9:45", T(r + ONE, 9, 45))]

EXPORTS = [nextdoor_halifax, nextdoor_happy_valley, nextdoor_kingston, discord_tarawa, youtube_pos, facebook_tonga,
           reddit_shillong, mastodon_nuuk, telegram_vila, bluesky_chathams]

# Readings left for later (see §300-§301's "still weak").
LEFT: set = set()


def _wrong(export, left: bool = False, refs=REFS) -> list[str]:
    return export_wrong(export, refs, LEFT, left)


@pytest.mark.parametrize("export", EXPORTS, ids=[e.__name__ for e in EXPORTS])
def test_social_grid(export):
    assert_export_grid(export, REFS, LEFT)


@pytest.mark.xfail(strict=False, reason="still weak: see LEFT")
@pytest.mark.parametrize("export", [e for e in EXPORTS if any(e.__name__ == n for n, _ in LEFT)] or [None])
def test_social_grid_left(export):
    assert export is not None and not _wrong(export, left=True)
