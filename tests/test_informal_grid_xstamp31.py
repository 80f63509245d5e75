"""Platform stamps of the thirty-first session (the lead, from informal26-blind A; docs/informal-time.md §115): X's
(Twitter's) stamp under its post ("7:02 PM · Jan 5, 2024", a view count may follow; its clock and date one TIME since
the thirty-third session, as both blind annotators write it; two before, as five older sets do) dates the post
above it from its author's line ("Name @handle"), not the replies under it, each under its own header
("Name @handle · Jan 5"); a phone's message stamp alone on its line with a weekday and no year ("Mon, Jun 19 at
4:12 PM") and a social page's stamp with its audience icon ("17 November at 20:03 · 🌏") are one TIME; a capital "Met"
before "Office", "Éireann", "Police" is a name, no past verb; a weekday in brackets after a day said from today
("Working bee TOMORROW (Sunday) from 8am") is that day, whatever day of its name the talk named before; a map review's
row of stars before its age ("★★★★☆ 2 weeks ago") is its stamp, and an owner's reply indented under it one too; a
chat's list of days that ends "and today" counts the days up to now ("Monday night, Tuesday twice and today").

The posts are this session's own; the days of writing are every day of a January week (a year's turn in it), a
month's end and a leap day; the post's day is 0 to 6 days before; values from the calendar here."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, next_weekday

REFS = [date(2024, 1, 1) + timedelta(days=k) for k in range(7)] + [date(2025, 5, 31), date(2028, 3, 1),
                                                                     date(2026, 8, 30)]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _x_date(d: date) -> str:
    return f"{MON[d.month - 1]} {d.day}, {d.year}"


def _clock(h: int, m: int) -> tuple[str, str]:
    """("7:02 PM", "19:02")"""
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}", f"{h:02d}:{m:02d}"


def _thread(post: date, ref: date, h: int, views: bool) -> tuple[str, list]:
    """A council's post with its stamp under it and one reply under a header of the next day's, and what each
    expression is."""
    nxt = post + timedelta(days=1)
    shown, iso = _clock(h, 7)
    stamp = f"{shown} · {_x_date(post)}" + (" · 1,204 Views" if views else "")
    text = ("Riverside Council @RiversideCC\n"
            "Gritters are out tonight from 8pm and the bin collection moves to tomorrow. Next update this evening.\n"
            f"{stamp}\n"
            f"  Jo Marsh @jomarsh · {MON[nxt.month - 1]} {nxt.day}\n"
            "  is the school run getting done tomorrow morning?\n")
    after = nxt + timedelta(days=1)
    return text, [("tonight", ("TIME", f"{post.isoformat()}TNI")),
                  ("8pm", ("TIME", f"{post.isoformat()}T20:00")),
                  ("tomorrow", ("DATE", nxt.isoformat())),
                  ("this evening", ("TIME", f"{post.isoformat()}TEV")),
                  # (thirty-third session) the stamp one TIME, as both blind annotators write it (§123, §128)
                  (f"{shown} · {_x_date(post)}", ("TIME", f"{post.isoformat()}T{iso}")),
                  ("tomorrow morning", ("TIME", f"{after.isoformat()}TMO"))]


def cases():
    out = []
    for ref in REFS:
        for back in range(2, 7):
            post = ref - timedelta(days=back)
            for h, views in ((19, False), (9, True), (14, False)):
                text, wants = _thread(post, ref, h, views)
                out += [(text, ref, expr, want) for expr, want in wants]
        # a phone's message stamp and a social page's, each alone on its line
        day = ref - timedelta(days=3)
        shown, iso = _clock(16, 12)
        msg = f"{WD[day.weekday()]}, {MON[day.month - 1]} {day.day} at {shown}"
        out.append((f"{msg}\nhey it's Marc from the movers, all good for the 1st?\n", ref, msg,
                    ("TIME", f"{day.isoformat()}T{iso}")))
        fb = f"{day.day} {['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][day.month - 1]} at 20:03 · 🌏"
        out.append((f"Kowhai Valley A&P Association\n{fb}\n📣 Entries close Friday at 5pm.\n", ref, fb[:-4],
                    ("TIME", f"{day.isoformat()}T20:03")))
        # "Met Office" is no past "met": the Sunday of a warning from tomorrow is to come
        sun = next_weekday(ref, 7)
        if ref.isoweekday() < 6:   # (on a Saturday "Sunday" is tomorrow's, on a Sunday which one is open)
            out.append(("Met Office amber warning for snow and ice from 6pm tomorrow till noon Sunday.", ref,
                        "noon Sunday", ("TIME", f"{sun.isoformat()}T12:00")))
    # a weekday in brackets after a day said from today is that day, though the talk named another of its name
    full = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    for ref in [date(2021, 11, 15) + timedelta(days=k) for k in range(7)] + [date(2026, 12, 31)]:
        for word, n in (("tomorrow", 1), ("TOMORROW", 1), ("today", 0), ("tmrw", 1)):
            day = ref + timedelta(days=n)
            name = full[day.weekday()]
            other = day + timedelta(days=7)
            text = (f"the trial is still {name} {other.day}th, 9am start.\n"
                    f"Working bee {word} ({name}) from 8am to get the grounds ready.")
            out.append((text, ref, name if text.count(name) == 1 else f"{name}", ("DATE", day.isoformat())))
            out.append((text, ref, "8am", ("TIME", f"{day.isoformat()}T08:00")))
    # a map review's row of stars before its age is its stamp: its words count from the day the age reaches; the owner's
    # reply indented under it counts from the day the page was read
    for ref in REFS:
        for n, word in ((2, "2 weeks ago"), (1, "a week ago"), (3, "3 weeks ago")):
            day = ref - timedelta(days=7 * n)
            text = (f"Sam K\n★★★★☆ {word}\nWent yesterday, the queue was short and the chai is proper.\n"
                    f"  Response from the owner {word}\n  Thanks Sam, see you tomorrow!\n")
            out.append((text, ref, "yesterday", ("DATE", (day - timedelta(days=1)).isoformat())))
            out.append((text, ref, "tomorrow", ("DATE", (day + timedelta(days=1)).isoformat())))
    # a chat's list of days that ends "and today" counts the days up to now; without it the days are to come
    for ref in [date(2026, 8, 24) + timedelta(days=k) for k in range(7)]:
        for a, b in ((1, 2), (2, 3), (1, 3), (5, 6)):
            if ref.isoweekday() <= b:
                continue
            da, db = (ref - timedelta(days=(ref.isoweekday() - n)) for n in (a, b))
            na, nb = full[a - 1], full[b - 1]
            text = f"Jo @jo · {MON[ref.month - 1]} {ref.day}\n4th shout actually, {na} night, {nb} twice and today. We sleep in October\n"
            out.append((text, ref + timedelta(days=2), f"{na} night", ("TIME", f"{da.isoformat()}TNI")))
            out.append((text, ref + timedelta(days=2), nb, ("DATE", db.isoformat())))
            text = f"Jo @jo · {MON[ref.month - 1]} {ref.day}\nsee you {na} and {nb} then\n"
            out.append((text, ref + timedelta(days=2), na, ("DATE", next_weekday(ref, a).isoformat())))
    # negatives of the same shapes: a clock and a date in running text stay two; a stamp's date with no clock
    # before it dates no post
    out.append(("The bridge shut at 7:02 PM on Jan 5, 2024 and reopened later.", date(2024, 1, 8), "7:02 PM",
                ("TIME", "2024-01-05T19:02")))
    out.append(("I met him on Sunday.", date(2024, 1, 5), "Sunday", ("DATE", "2023-12-31")))
    return out


def test_x_stamps_and_line_stamps():
    check(cases())
