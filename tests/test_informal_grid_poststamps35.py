"""Post stamps the tagger still missed or misread (thirty-fourth session, poststamps35; docs/informal-time.md §129):
Instagram's comment list with no separator mark ("kelseyfromkensington 1w", "  islandgirl_cass 4d", "    shack_pei 45m"),
a stamp alone on its line under its post after an author's line with a handle (Mastodon's "2d", "1d", "32m", "Dec 27,
2026, 16:05"), Facebook's name with a role in brackets over its age ("Coach Brent (Hornets Black)" / "3d"), a chat
export's line with seconds ("24/04/2026, 18:03:11 Skipper Desmond: Evening all.": one TIME to the second) and "in the
morning" said after an afternoon's or an evening's stamp (the morning after); each post's words counted from its own
stamp; and what is no stamp ("a 4d printer", "£45m", "Route 21h", "the old 1w bulbs", "finished in 2:03:11", a lone
"rest 3d").

The posts are this session's own, in Canadian, British, Irish, New Zealand, Antiguan and US voices; the days of writing
are every day of a week, month ends, a year's turn and the day after a leap day; the posts 1 to 6 days back. Every value
is computed here from the calendar (``datetime`` and gridcheck's helpers), never copied from the tagger."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from gridcheck import MON, WEEKDAY, check, found, iso_week, next_weekday

REFS = [date(2025, 7, 14) + timedelta(days=k) for k in range(7)] + [date(2025, 12, 30), date(2025, 12, 31), date(2026, 1, 1),
                                                                   date(2026, 1, 3), date(2026, 2, 28), date(2028, 3, 1),
                                                                   date(2027, 4, 30), date(2026, 10, 31)]


def _d(day: date) -> tuple[str, str]:
    return "DATE", day.isoformat()


def _said(post: date) -> list[tuple[str, str, tuple[str, str]]]:
    """(a line of a post, an expression of it, its value counted from the post's day ``post``)."""
    out = [("omg see you there tomorrow!!", "tomorrow", _d(post + timedelta(days=1))),
           ("we were in yesterday and it was class", "yesterday", _d(post - timedelta(days=1))),
           ("heading down tonight with the cousins 🙌", "tonight", ("TIME", f"{post.isoformat()}TNI"))]
    for wd in (2, 5, 6):
        if wd != post.isoweekday():
            name = WEEKDAY[wd - 1]
            out.append((f"we'll be back {name} for more", name, _d(next_weekday(post, wd))))
    return out


# ---- Instagram's comment list: "handle AGE" alone on its line over the comment, no separator mark
HANDLES = ["kelseyfromkensington", "islandgirl_cass", "the.toronto.foodie", "pei_rosemary", "jessb.yyz", "mike.from.moncton"]


def instagram_cases():
    out = []
    for ref in REFS:
        for n in (1, 2, 4, 6):
            post = ref - timedelta(days=n)
            for k, (line, expr, want) in enumerate(_said(post)):
                h1, h2 = HANDLES[k % len(HANDLES)], HANDLES[(k + 3) % len(HANDLES)]
                # a comment and the shack's indented reply, each under its own age
                text = (f"malpequeshuckshack · Jul 13\nShucking lessons Saturdays at 3 🦪\n  {h1} {n + 1}d\n  so good\n"
                        f"    malpequeshuckshack {n}d\n    @{h1} {line}\n")
                out.append((text, ref, expr, want))
                text = f"  {h2} {n}d\n  {line}\n  {h1} 1h\n  cant wait\n"
                out.append((text, ref, expr, want))
            out.append((f"  {HANDLES[n % 6]} {n}d\n  love this\n  {HANDLES[(n + 1) % 6]} 2h\n  same\n", ref, f"{n}d", _d(post)))
        # a week's age: the ISO week reached; the comment's words from the day seven days back
        wk = ref - timedelta(days=7)
        text = "  kelseyfromkensington 1w\n  see you there tomorrow!!\n    malpequeshuckshack 1w\n    @kelseyfromkensington yes!\n"
        out.append((text, ref, "1w", ("DATE", iso_week(wk))))
        out.append((text, ref, "tomorrow", _d(wk + timedelta(days=1))))
        # an age in hours or minutes: the length; the words from the day of reading, 18 hours or more the day before
        for age, dur, back in (("21h", "PT21H", 1), ("20h", "PT20H", 1), ("14h", "PT14H", 0), ("3h", "PT3H", 0),
                               ("45m", "PT45M", 0), ("32m", "PT32M", 0)):
            text = f"  jessb.yyz {age}\n  see you there tomorrow!!\n  dan_the_tuna_man 1h\n  same\n"
            out.append((text, ref, age, ("DURATION", dur)))
            out.append((text, ref, "tomorrow", _d(ref + timedelta(days=1 - back))))
    return out


# ---- a stamp alone on its line under its post, the post from its author's line (Mastodon's copied thread)
def _mastodon_date(t: datetime, uk: bool) -> str:
    return f"{t.day} {MON[t.month - 1]} {t.year}, {t:%H:%M}" if uk else f"{MON[t.month - 1]} {t.day}, {t.year}, {t:%H:%M}"


def mastodon_cases():
    out = []
    for ref in REFS:
        for n in (2, 3, 5):
            post = ref - timedelta(days=n)
            t = datetime(post.year, post.month, post.day, 16, 5)
            older, newer = t - timedelta(days=1, hours=2), t + timedelta(days=1, hours=3)
            for uk in (False, True):
                stamp = _mastodon_date(t, uk)
                for line, expr, want in _said(post):
                    # the first post of the page under the profile's line, a reply of the next day under it
                    text = (f"Ravensdale & Moor Railway @rmr@railway.social · Posts and replies\n"
                            f"Ravensdale & Moor Railway @rmr@railway.social\n{line}\n{stamp}\n"
                            f"  Pete Garside @petegarside@mastodon.org.uk\n  @rmr lovely\n  {_mastodon_date(newer, uk)}\n")
                    out.append((text, ref, expr, want))
                    # a post between an older one's replies and a newer post: its words are its own stamp's
                    text = (f"Ravensdale & Moor Railway @rmr@railway.social\nBoiler passed ✅\n{_mastodon_date(older, uk)}\n"
                            f"  Janet 🧶 @janetknits@mstdn.social\n  @rmr brill\n  {_mastodon_date(older + timedelta(hours=1), uk)}\n"
                            f"Ravensdale & Moor Railway @rmr@railway.social\n{line}\n{stamp}\n"
                            f"Ravensdale & Moor Railway @rmr@railway.social\nVolunteer call 🙋 soup provided\n{_mastodon_date(newer, uk)}\n")
                    out.append((text, ref, expr, want))
                out.append((f"Ravensdale & Moor Railway @rmr@railway.social\nTrains at 10.30 daily\n{stamp}\n", ref, stamp,
                            ("TIME", f"{t:%Y-%m-%dT%H:%M}")))
            # the replies' ages alone under them, a newer reply under the one tested
            for line, expr, want in _said(post):
                text = (f"Ravensdale & Moor Railway @rmr@railway.social\nVolunteer call 🙋\n{_mastodon_date(older, False)}\n"
                        f"  Owen P @owenp@mastodon.scot\n  @rmr {line}\n  {n}d\n"
                        f"    Ravensdale & Moor Railway @rmr@railway.social\n    @owenp brilliant Owen\n    {n - 1}d\n")
                out.append((text, ref, expr, want))
            out.append((f"Ravensdale & Moor Railway @rmr@railway.social\nwe're short tomorrow\n{n}d\n"
                        f"  Owen P @owenp@mastodon.scot\n  @rmr I can do it\n  {n - 1}d\n", ref, f"{n}d", _d(post)))
        for age, dur, back in (("23h", "PT23H", 1), ("19h", "PT19H", 1), ("3h", "PT3H", 0), ("32m", "PT32M", 0)):
            text = (f"Ravensdale & Moor Railway @rmr@railway.social\nThanks all\n3d\n"
                    f"  Gaz @gaz_holbeck@mastodon.social\n  @rmr back tomorrow!\n  {age}\n"
                    f"  Janet 🧶 @janetknits@mstdn.social\n  @rmr see you in February!\n  12m\n")
            out.append((text, ref, age, ("DURATION", dur)))
            out.append((text, ref, "tomorrow", _d(ref + timedelta(days=1 - back))))
    return out


# ---- Facebook: a name with a role in brackets over its age, the post under it
def facebook_cases():
    out = []
    for ref in REFS:
        for n in (1, 2, 3, 6):
            post = ref - timedelta(days=n)
            for name in ("Coach Brent (Hornets Black)", "Shelley Te Whare (Admin)", "Mia Tane (Group expert)"):
                for line, expr, want in _said(post):
                    out.append((f"Hinuera Hornets Netball Club · Facebook group\n{name}\n{n}d\nKia ora whānau, {line}\n"
                                f"  Jodie Morrison\n  sweet as\n  5h Like Reply\n", ref, expr, want))
                out.append((f"{name}\n{n}d\nTraining change this week team\n", ref, f"{n}d", _d(post)))
        for age, dur, back in (("11h", "PT11H", 0), ("20h", "PT20H", 1)):
            text = f"Shelley Te Whare (Admin)\n{age}\nSenior draw for tomorrow 👇\n  Jodie M\n  paid mine\n  6h Like Reply\n"
            out.append((text, ref, age, ("DURATION", dur)))
            out.append((text, ref, "tomorrow", _d(ref + timedelta(days=1 - back))))
    return out


# ---- a chat export's line with seconds: one TIME to the second; its words from its day; "in the morning" after noon
def _stamp(t: datetime, bracket: bool) -> tuple[str, str]:
    s = f"{t:%d/%m/%Y}, {t:%H:%M:%S}"
    return s, (f"[{s}]" if bracket else s)


def seconds_cases():
    out = []
    for ref in REFS:
        for n in (1, 2, 4):
            day = ref - timedelta(days=n)
            for hh, mm, ss in ((18, 3, 11), (7, 5, 33), (21, 45, 31), (12, 40, 2)):
                t = datetime(day.year, day.month, day.day, hh, mm, ss)
                first = t - timedelta(days=1, hours=1, seconds=7)
                for bracket in (False, True):
                    s0, w0 = _stamp(first, bracket)
                    s, w = _stamp(t, bracket)
                    for line, expr, want in _said(day):
                        text = f'WhatsApp · "Jolly Roger crew ⛵" · exported chat\n{w0} Skipper Desmond: Evening all.\n{w} Kezia: {line}\n'
                        out.append((text, ref, expr, want))
                    text = f"{w0} Skipper Desmond: Evening all. Boat is out early\n{w} Kezia: yes skip. me landing in the morning on the ferry\n"
                    out.append((text, ref, s, ("TIME", f"{t:%Y-%m-%dT%H:%M:%S}")))
                    out.append((text, ref, s0, ("TIME", f"{first:%Y-%m-%dT%H:%M:%S}")))
                    # "in the morning" after an afternoon's or an evening's stamp: the morning after; before noon: that one
                    morning = day + timedelta(days=1) if hh >= 12 else day
                    out.append((text, ref, "the morning", ("TIME", f"{morning.isoformat()}TMO")))
                    # told in the past, it is the stamp's own morning
                    text = f"{w} Tom (Hamble): it was 9 degrees in Southampton in the morning\n"
                    out.append((text, ref, "the morning", ("TIME", f"{day.isoformat()}TMO")))
    return out


NEGATIVES = [
    ("got a 4d printer for xmas\n", "4d"), ("we saw a 4d movie at the weekend\n", "4d"), ("saw it in 4d\nmad\n", "4d"),
    ("they paid £45m for him\n", "45m"), ("the council wants €45m for the stadium\n", "45m"), ("a 45m drop off the cliff\n", "45m"),
    ("Route 21h is closed past the bridge\n", "21h"), ("the 21h bus never came\n", "21h"),
    ("the old 1w bulbs are useless\n", "1w"), ("a 1w charger\nuseless\n", "1w"),
    ("rest 3d\nthen easy runs\n", "3d"), ("Total 2h\nthen we left\n", "2h"), ("walked 2h\nthen we left\n", "2h"),
    ("Sizes\nXL 4d\nL 3d\n", "4d"),
]


def test_instagram_comment_list():
    check(instagram_cases())


def test_stamp_under_its_post():
    check(mastodon_cases())


def test_facebook_name_with_a_role():
    check(facebook_cases())


def test_chat_stamp_with_seconds():
    check(seconds_cases())


def test_no_stamp():
    check([(text, ref, expr, None) for ref in REFS for text, expr in NEGATIVES])


def test_race_result_with_seconds_is_no_stamp():
    """"finished in 2:03:11": a race's length (as the readable golds write "1:49:12"), never a clock's TIME."""
    for ref in REFS:
        for text in ("she finished in 2:03:11 at Berlin\n", "Results\nKipchoge finished in 2:03:11\n",
                     "[20/09/2025, 21:47:03] Dani: he finished in 2:03:11!!\n"):
            assert found(text, ref, "2:03:11") == ("DURATION", "PT2H3M11S"), (ref, text)
