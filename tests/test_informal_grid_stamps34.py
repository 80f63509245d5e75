"""A social post's own stamp, and the post's words counted from it (thirty-third session, stamps34;
docs/informal-time.md §123): TikTok's comment list with month-day stamps on the header ("tama.k_ · 2-1") or the footer
("2-1 Reply"), X's reply header ("Name @handle · Jul 27": the last such day on or before the day of reading, never a
year ahead), Facebook's footers ("2d Like Reply", "23h Like Reply", "Like · Reply · 42m"), a page's post stamp closed by its
audience icon ("Yesterday at 7:48 PM · 🌎"), X's and Bluesky's header ages ("· 3h", "· 2d"), Mastodon's two-"@" handle ("Kev @kev@mastodon.ie · 2d"), YouTube's "@handle 2 days ago", Reddit's
"u/x · 5 hr. ago"; what the post says ("back Tuesday", "last Saturday", "this Sat", "tomorrow night", "this week",
"last weekend", a bare clock) counts from the post's own day, a stamp's day holds to the next stamp, an hours-old
post is of the day of reading and one of 18 hours or more of the day before; and what is no stamp (a score after a
team's name, "a 3-2 win", "a 2-1 vote", "42m" as money or metres, "Route 2d").

The posts are this session's own, in Irish, British, US, Australian and New Zealand voices; the days of writing are
every day of a February week of a leap year, a year's turn, month ends and the day after a leap day; the post's day is
1 to 20 days before. Every value is computed here from the calendar (``datetime`` and gridcheck's weekday helpers),
never copied from the tagger."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import MON, WEEKDAY, check, iso_week, last_weekday, next_weekday

REFS = [date(2024, 2, 5) + timedelta(days=k) for k in range(7)] + [date(2025, 12, 29) + timedelta(days=k) for k in range(6)] \
    + [date(2026, 3, 31), date(2027, 6, 30), date(2028, 3, 1), date(2029, 10, 1), date(2030, 8, 18)]
BACKS = (1, 2, 3, 5, 9, 20)


def _d(day: date) -> tuple[str, str]:
    return "DATE", day.isoformat()


def _md(day: date) -> str:
    """TikTok's month-day stamp: "2-1"."""
    return f"{day.month}-{day.day}"


def _said(post: date) -> list[tuple[str, str, tuple[str, str]]]:
    """(a post's line, an expression of it, its value counted from the post's day ``post``): several for each
    day, in several voices; a weekday never the post's own (whose reading, today or a week on, is not asked)."""
    out = []
    for wd in range(1, 8):
        if wd == post.isoweekday():
            continue
        name = WEEKDAY[wd - 1]
        out.append((f"back {name} and honestly can't wait 😭", name, _d(next_weekday(post, wd))))
        out.append((f"Training's back {name}, all welcome", name, _d(next_weekday(post, wd))))
    nxt = post + timedelta(days=1)
    out.append(("tomorrow night so? 👀", "tomorrow night", ("TIME", f"{nxt.isoformat()}TNI")))
    out.append(("we're on at 7pm if anyone's around", "7pm", ("TIME", f"{post.isoformat()}T19:00")))
    if post.isoweekday() <= 5:   # (on a Sunday "this week" is the week to come, §39; Saturday's last weekend is open)
        out.append(("mad busy this week, sorry lads", "this week", ("DATE", iso_week(post))))
        sat = next_weekday(post, 6)
        out.append(("this Sat is the final, who's coming??", "this Sat", _d(sat)))
        out.append(("last Saturday was unreal", "last Saturday", _d(last_weekday(post, 6))))
        out.append(("last weekend was class", "last weekend", ("DATE", f"{iso_week(post - timedelta(days=7))}-WE")))
    return out


def _header(day: date) -> str:
    return f"{MON[day.month - 1]} {day.day}"


def tiktok_cases():
    """TikTok's comment list: "handle · M-D" over the comment, or the comment then "M-D Reply"; two comments, the older
    first; each comment's words from its own stamp's day."""
    out = []
    for ref in REFS:
        for back in BACKS:
            post, older = ref - timedelta(days=back), ref - timedelta(days=back + 4)
            for line, expr, want in _said(post):
                head = f"niamh_oc · {_md(older)}\nso proud of ye 💚\ntama.k_ · {_md(post)}\n{line}\n"
                out.append((head, ref, expr, want))
                foot = f"niamh_oc\nso proud of ye 💚\n{_md(older)} Reply\nliv.ryan\n{line}\n{_md(post)}  Reply  12\n"
                out.append((foot, ref, expr, want))
            for line, expr, want in _said(post)[::3]:
                # a reply indented under its comment, its handle's case as the commenter wrote it
                reply = (f"  niamh_oc · {_md(older)}\n  so proud of ye 💚\n    jaydenfromtheBay · {_md(post)}\n"
                         f"    {line}\n")
                out.append((reply, ref, expr, want))
            out.append((f"tama.k_ · {_md(post)}\nsee ye there!\n", ref, _md(post), _d(post)))
            out.append((f"liv.ryan\nsee ye there!\n{_md(post)} Reply\n", ref, _md(post), _d(post)))
    return out


def x_header_cases():
    """X's reply header "Name @handle · Jul 27" and a post's words under it; the header read a day before its month-day
    comes round is last year's (a stamp is never after the day of reading)."""
    out = []
    for ref in REFS:
        for back in BACKS[:4]:
            post = ref - timedelta(days=back)
            for line, expr, want in _said(post)[::2]:
                text = f"Cill Bhreac GAA @KilbrackGAA · {_header(post)}\n{line}\n"
                out.append((text, ref, expr, want))
            out.append((f"Cill Bhreac GAA @KilbrackGAA · {_header(post)}\nWe'll be out tomorrow night!\n", ref,
                        _header(post), _d(post)))
            for first in ("congrats lads!!", "thanks all, see ye tomorrow night", "cheers for that"):
                # (a stamp ending its line is no count of the next line's word: "Jul 29 / congrats")
                text = f"Dan @dan · {_header(post - timedelta(days=1))}\nwhat a game\n  Siobhán K @siobhank_ · {_header(post)}\n  {first}\n"
                out.append((text, ref, _header(post), _d(post)))
        ahead = ref + timedelta(days=1)
        if not (ahead.month == 2 and ahead.day == 29):
            out.append((f"Ewan @ewan_skye · {_header(ahead)}\nWe'll be out tomorrow night!\n", ref, _header(ahead),
                        _d(ahead.replace(year=ahead.year - 1))))
    return out


def footer_cases():
    """Facebook's footers: a day's age moves the comment's words to its day; an hour's or a minute's age leaves them on
    the day of reading (the next footer's comment is not the first's)."""
    out = []
    for ref in REFS:
        for n in (1, 2, 3, 5):
            post = ref - timedelta(days=n)
            for line, expr, want in _said(post)[::2]:
                text = f"Dara Quinn\n{line}\n{n}d Like Reply\nSiobhan Daly\nsee ye tonight so\n23h Like Reply\n"
                out.append((text, ref, expr, want))
                out.append((text, ref, "tonight", ("TIME", f"{(ref - timedelta(days=1)).isoformat()}TNI")))
            out.append((f"Mick Ryan\ngrand job\n{n}d Like Reply\n", ref, f"{n}d", _d(post)))
        for age, dur, back in (("42m", "PT42M", 0), ("23h", "PT23H", 1), ("3h", "PT3H", 0), ("20h", "PT20H", 1),
                               ("9h", "PT9H", 0)):
            # (an age of 18 hours or more: the day before the reading, as a page read before that hour of its day)
            for foot in (f"Like · Reply · {age}", f"{age} Like Reply"):
                text = f"Mick Ryan\nsee ye tomorrow night\n{foot}\n"
                out.append((text, ref, age, ("DURATION", dur)))
                out.append((text, ref, "tomorrow night", ("TIME", f"{(ref + timedelta(days=1 - back)).isoformat()}TNI")))
    return out


def handle_cases():
    """Header ages after X's, Bluesky's and Mastodon's handles, YouTube's and Reddit's: a day's age moves the words."""
    out = []
    for ref in REFS:
        for n in (1, 2, 4):
            post = ref - timedelta(days=n)
            for line, expr, want in _said(post)[1::3]:
                for head in (f"Kev Doyle @kev@mastodon.ie · {n}d", f"Aoife @aoife.bsky.social · {n}d",
                             f"Kilbrack Runners @kilbrackrun · {n}d", f"@kevod {n} days ago"):
                    out.append((f"{head}\n{line}\n", ref, expr, want))
            out.append((f"Kev Doyle @kev@mastodon.ie · {n}d\nsound\n", ref, f"{n}d", _d(post)))
        for head, age, dur, back in (("Kilbrack Runners @kilbrackrun · 3h", "3h", "PT3H", 0),
                                     ("Tom @tom_r · 30m", "30m", "PT30M", 0), ("u/kev_b · 5 hr. ago", "5 hr. ago", "PT5H", 0),
                                     ("Kilbrack Runners @kilbrackrun · 21h", "21h", "PT21H", 1),
                                     ("Aoife @aoife.bsky.social · 19h", "19h", "PT19H", 1)):
            text = f"{head}\nParkrun tomorrow night, see you there!\n"
            out.append((text, ref, age, ("DURATION", dur)))
            out.append((text, ref, "tomorrow night", ("TIME", f"{(ref + timedelta(days=1 - back)).isoformat()}TNI")))
    return out


def page_post_cases():
    """A social page's post under its stamp closed by the dot and the audience icon ("Yesterday at 7:48 PM · 🌎"): one
    TIME, and the post's words from its day."""
    out = []
    for ref in REFS:
        y = ref - timedelta(days=1)
        for icon in ("🌎", "🌏", "👥"):
            for word, shown, hm in (("Yesterday", "7:48 PM", "19:48"), ("Yesterday", "9:02 AM", "09:02")):
                stamp = f"{word} at {shown}"
                text = (f"Bridgeland Community Association\n{stamp} · {icon}\nQuick update, we're short tomorrow night "
                        f"for setup. Anyone free?\n")
                out.append((text, ref, stamp, ("TIME", f"{y.isoformat()}T{hm}")))
                out.append((text, ref, "tomorrow night", ("TIME", f"{ref.isoformat()}TNI")))
    return out


NEGATIVES = [
    ("Final: Kilbrack 2-1 Ballyduff", "2-1"), ("Cill Bhreac GAA · 2-1\nWhat a game!\n", "2-1"),
    ("Rovers 3-2 City\nunreal game\n", "3-2"), ("a 3-2 win away from home", "3-2"),
    ("the motion passed on a 2-1 vote", "2-1"), ("we won 2-1 in the end", "2-1"),
    ("they want €42m for the stadium", "42m"), ("a 42m drop off the cliff", "42m"),
    ("Route 2d is closed past the bridge", "2d"), ("did a 2d sketch of it", "2d"),
    ("tama.k_ · 2-30\nwhat\n", "2-30"), ("tama.k_ · 13-1\nwhat\n", "13-1"),
    ("Score · 2-1\nfull time\n", "2-1"), ("FT · 1-0\nget in\n", "1-0"),
]


def test_tiktok_month_day_stamps():
    check(tiktok_cases())


def test_x_reply_headers():
    check(x_header_cases())


def test_facebook_footers():
    check(footer_cases())


def test_handles_and_ages():
    check(handle_cases())


def test_page_post_under_an_icon_stamp():
    check(page_post_cases())


def test_no_stamp():
    check([(text, ref, expr, None) for ref in REFS[:7] + [date(2026, 3, 31)] for text, expr in NEGATIVES])
