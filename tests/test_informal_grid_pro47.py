"""pro47's grid (docs/informal-time.md §290, §291): five platforms the tagger had seen little of, as people copy them,
in texts of this session's own (never a corpus's): LinkedIn posts, comments and a profile ("3d •", "2d • Edited •" under
a member's headline; "Mar 2016 – Dec 2018 · 2 yrs 10 mos" and a post's "since May" under it), Strava activities and
their club's comments ("Morning Run" over "November 12, 2023 at 6:02 AM · Dharamshala"; paces, splits and laps no
clock), Google Maps reviews ("a week ago", "Response from the owner 3 days ago"), a Facebook Marketplace chat and a
Signal chat copied with its dividers ("Sat, Mar 11", "Yesterday", "Today") and message times ("09:41").

Every text is written for each day of writing (every weekday, month and year ends); the values are computed from the
calendar here, as a careful TimeML annotator gives them (benchmarks/data/fresh/README.md): a post's age in days the day
reached, in weeks the ISO week reached, in months the month; a stamp's date and clock one TIME."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import next_weekday

from timeline_app.temporal import tag

REFS = [date(2023, 12, 31), date(2024, 1, 1), date(2024, 2, 29), date(2024, 7, 2), date(2024, 9, 30), date(2024, 12, 31),
        date(2025, 1, 3), date(2025, 4, 30), date(2025, 8, 16), date(2025, 11, 27), date(2026, 3, 6), date(2026, 5, 31),
        date(2026, 12, 31), date(2027, 6, 9)]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
          "December"]


def day(d: date) -> tuple[str, str]:
    return ("DATE", d.isoformat())


def week(d: date) -> tuple[str, str]:
    y, w, _ = d.isocalendar()
    return ("DATE", f"{y}-W{w:02d}")


def month_back(ref: date, n: int) -> tuple[str, str]:
    y, m = divmod(ref.year * 12 + ref.month - 1 - n, 12)
    return ("DATE", f"{y}-{m + 1:02d}")


def clock(d: date, hm: str) -> tuple[str, str]:
    return ("TIME", f"{d.isoformat()}T{hm}")


def long_date(d: date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def short_day(d: date) -> str:
    return f"{d:%a}, {d:%b} {d.day}"


# each maker: the day of writing -> (text, [(expression, (type, value)), ...], [expressions never tagged])
def linkedin_kitwe(ref):
    posted = ref - timedelta(3)   # the post's words are of the day its age reaches
    q = (posted.month - 1) // 3 + 1
    text = ("Mwila Chanda\nPlant Superintendent | 15 yrs in mining & logistics | Kitwe\n3d •\n"
            "Proud to share that our Nkana team finished the shutdown with zero lost-time injuries.\n"
            "This quarter we start commissioning the new crusher line. Lelo we celebrate!\n"
            "#Safety #Mining #Zambia\n\n142 reactions · 23 comments\n\n"
            "Natasha Banda\nSafety Officer at Mopani Copper Mines\n1d\n"
            "Congratulations boss! The whole team earned this.\n\n"
            "Kelvin Mulenga\nSenior Geologist | Copperbelt University alumnus\n2d • Edited •\n"
            "Well deserved. The crusher crew is ready.\n\n"
            "Chipo Zulu\nHR Business Partner\n2d\nAmazing work team 👏")
    return text, [("3d", day(ref - timedelta(3))), ("15 yrs", ("DURATION", "P15Y")), ("This quarter", ("DATE", f"{posted.year}-Q{q}")),
                  ("1d", day(ref - timedelta(1))), ("2d", day(ref - timedelta(2)))], []


def linkedin_profile(ref):
    m = (ref.month - 4) % 12 + 1   # a month three months back, said without its year
    y = ref.year if m < ref.month else ref.year - 1
    text = ("Sereana Tuilagi\nLogistics Coordinator at Pacific Freight | Customs & Warehousing\nSuva, Central, Fiji\n\n"
            "About\nI keep containers moving between Suva, Lautoka and Levuka.\n\nExperience\n"
            "Logistics Coordinator\nPacific Freight Ltd · Full-time\nJan 2019 - Present · 7 yrs\nSuva, Fiji\n"
            "Warehouse Supervisor\nIsland Movers\nMar 2016 – Dec 2018 · 2 yrs 10 mos\nLautoka, Fiji\n\n"
            "Activity\nSereana Tuilagi\nLogistics Coordinator at Pacific Freight\n4d •\n"
            f"#OpenToWork since {MONTHS[m - 1]}. Happy to chat with anyone hiring in shipping.")
    return text, [("Mar 2016", ("DATE", "2016-03")), ("Dec 2018", ("DATE", "2018-12")),
                  ("2 yrs 10 mos", ("DURATION", "P2Y10M")), ("4d", day(ref - timedelta(4))),
                  (MONTHS[m - 1], ("DATE", f"{y}-{m:02d}"))], []


def linkedin_event(ref):
    ev = ref + timedelta(10)
    text = ("Iqaluit Tech Meetup: Building for the North\n"
            f"{ev:%a}, {ev:%b} {ev.day}, {ev.year}, 9:00 AM - 5:00 PM (your local time)\n"
            "Event by Arctic Code Collective\nOnline and in person at the Nunavut Research Institute\n"
            "Join us for talks on satellite links, offline-first apps and Inuktitut keyboards.\n"
            "Posted 5 days ago\n\n"
            "Siqiniq Kilabuk\nSoftware Developer | Rankin Inlet, Nunavut\n3d •\n"
            "Can't wait! Flying in the day before.\n\n"
            "Tom Alainga\nNetwork Technician at Qiniq\n1w •\nWill the talks be recorded?")
    return text, [("5:00 PM", clock(ev, "17:00")), ("5 days ago", day(ref - timedelta(5))),
                  ("3d", day(ref - timedelta(3))), ("1w", week(ref - timedelta(7)))], []


def strava_dharamshala(ref):
    d = ref - timedelta(1)
    text = ("Morning Run\n"
            f"{long_date(d)} at 6:02 AM · Dharamshala\n"
            "Distance\n12.4 km\nMoving Time\n1:02:14\nPace\n5:12 /km\nElevation\n486 m\n"
            "Elapsed Time 1h 4m\n"
            "Splits\n1  5:08\n2  5:15\n3  5:20\n"
            "PR! fastest 5K 24:31\n"
            "12 kudos\n\n"
            "Tenzin Dorje\nToday at 7:14 AM\nGreat run bro, that climb after km 3 is brutal\n\n"
            "Ankit Sharma\nYesterday at 5:40 PM\nKal subah again?")
    return text, [("Morning", ("TIME", f"{d.isoformat()}TMO")), (f"{long_date(d)} at 6:02 AM", clock(d, "06:02")),
                  ("1:02:14", ("DURATION", "PT1H2M14S")), ("1h 4m", ("DURATION", "PT1H4M")),
                  ("Today at 7:14 AM", clock(ref, "07:14")), ("Yesterday at 5:40 PM", clock(ref - timedelta(1), "17:40"))], \
        ["5:12", "5:08", "5:15", "5:20", "24:31"]


def strava_kodiak(ref):
    text = ("Morning Run\nToday at 6:14 AM · Kodiak, Alaska\n"
            "Distance 8.05 km\nMoving Time 48:10\nPace 9:45 /mi\n"
            "Lap 1 9:50\nLap 2 9:41\nLap 3 9:38\n"
            "Kudos from 6 athletes\n\n"
            "Jess Hartley\nYesterday at 8:02 PM\nNice pace in the snow! Watch the ice by the harbor.\n\n"
            "Mark Olsen\nToday at 7:30 AM\nStrong finish, that last lap was fast")
    return text, [("Morning", ("TIME", f"{ref.isoformat()}TMO")), ("Today at 6:14 AM", clock(ref, "06:14")),
                  ("Yesterday at 8:02 PM", clock(ref - timedelta(1), "20:02")), ("Today at 7:30 AM", clock(ref, "07:30"))], \
        ["9:45", "9:50", "9:41", "9:38", "48:10"]


def strava_suva(ref):
    d = ref - timedelta(2)
    text = ("Afternoon Ride\n"
            f"{long_date(d)} at 3:10 PM · Suva, Central\n"
            "Distance 42.3 km\nAvg Speed 24.8 km/h\nElevation Gain 310 m\n"
            "Elapsed Time 1h 52m\n"
            "Best 1K 1:48\n\n"
            "Ana Vuki\nYesterday at 9:20 PM\nGood effort in that heat! Bula from Nadi")
    return text, [("Afternoon", ("TIME", f"{d.isoformat()}TAF")), (f"{long_date(d)} at 3:10 PM", clock(d, "15:10")),
                  ("1h 52m", ("DURATION", "PT1H52M")), ("Yesterday at 9:20 PM", clock(ref - timedelta(1), "21:20"))], \
        ["1:48"]


def gmaps_carriacou(ref):
    text = ("Paradise Beach Grill\n4.6 ★★★★★ 212 reviews\n\n"
            "Keisha Joseph\nLocal Guide · 48 reviews · 310 photos\n★★★★★ a week ago\n"
            "Best lobster on the island, the rum punch strong strong.\n"
            "Response from the owner 3 days ago\nThank you Keisha, we appreciate you!\n\n"
            "David Mills\n3 reviews\n★★★☆☆ 2 months ago\nSlow service but worth the wait.\n\n"
            "Priya Nair\n★★★★☆ Edited a year ago\nNice spot for sunset, bring cash.\n\n"
            "Popular times\nUsually a wait of 15 min")
    return text, [("a week ago", week(ref - timedelta(7))), ("3 days ago", day(ref - timedelta(3))),
                  ("2 months ago", month_back(ref, 2)), ("a year ago", ("DATE", str(ref.year - 1))),
                  ("15 min", ("DURATION", "PT15M"))], []


def gmaps_alice(ref):
    text = ("Desert Park Cafe\n4.4 ★★★★☆ 96 reviews\n\n"
            "Aunty Rose\n★★★★★ 3 weeks ago\nLovely damper and billy tea after the bird walk.\n\n"
            "Liam O'Brien\nLocal Guide · 120 reviews\n★★★★☆ a month ago\n"
            "Popular at lunch, expect to queue with the tour buses.\n\n"
            "Mei Chen\n★★★★★ 5 days ago\nGreat flat white.\n"
            "Response from the owner 2 days ago\nThanks Mei!\n\nUsually a wait of 20 min")
    return text, [("3 weeks ago", week(ref - timedelta(21))), ("a month ago", month_back(ref, 1)),
                  ("5 days ago", day(ref - timedelta(5))), ("2 days ago", day(ref - timedelta(2))),
                  ("20 min", ("DURATION", "PT20M"))], []


def marketplace_nairobi(ref):
    text = ("Marketplace · Toyota Vitz, 1300cc - KSh 650,000\n"
            "Yesterday 4:05 PM\nIs this still available?\nYes it is available\nAny discount for cash?\n"
            "Today 2:14 PM\nWe can talk when you see it\nCan I view it after 5 tmrw?\n"
            "After 5 is ok, I am in Thika the whole day\nPerfect\n"
            "By Sunday latest I need an answer, another buyer is coming Sat morning\n")
    want = [("Yesterday 4:05 PM", clock(ref - timedelta(1), "16:05")), ("Today 2:14 PM", clock(ref, "14:14")),
            ("5 tmrw", clock(ref + timedelta(1), "17:00"))]
    if ref.isoweekday() != 6:   # said on a Saturday, "Sat morning" is this morning or a week on
        want.append(("Sat morning", ("TIME", f"{next_weekday(ref, 6).isoformat()}TMO")))
    if ref.isoweekday() != 7:
        want.append(("Sunday", day(next_weekday(ref, 7))))
    return text, want, []


def marketplace_winnipeg(ref):
    d = ref - timedelta(1)
    sat = next_weekday(ref, 6)
    text = ("Marketplace · Snowblower, barely used - $300\n"
            f"{d:%b} {d.day}, {d.year}, 9:12 PM\nHi, is this still available?\nYes! Pick-up only, St. Vital\n"
            "Could I come Sat morning?\n"
            "Today 10:05 AM\nSat morning works\nGreat, will bring cash\n")
    want = [(f"{d:%b} {d.day}, {d.year}, 9:12 PM", clock(d, "21:12")), ("Today 10:05 AM", clock(ref, "10:05"))]
    if ref.isoweekday() not in (5, 6):
        want.append(("Sat morning", ("TIME", f"{sat.isoformat()}TMO")))
    return text, want, []


def signal_kingisland(ref):
    d = ref - timedelta(2)
    text = (f"{short_day(d)}\nDisappearing message time was set to 1 week.\n"
            "Mick\n09:41\nBoat's in, swell up to 3m tomorrow\n"
            "Jen\n10:02\nok be safe\n"
            "Yesterday\nMissed voice call\nJen\n21:04\nsorry was asleep\n"
            "Today\nMick\n07:15\nHeading out at 8, back by 4 (edited)\n"
            "Jen\n07:20\nxx")
    return text, [(short_day(d), day(d)), ("09:41", clock(d, "09:41")), ("tomorrow", day(d + timedelta(1))),
                  ("1 week", ("DURATION", "P1W")), ("Yesterday", day(ref - timedelta(1))),
                  ("21:04", clock(ref - timedelta(1), "21:04")), ("Today", day(ref)), ("07:15", clock(ref, "07:15")),
                  ("8", clock(ref, "08:00"))], []


def signal_lagos(ref):
    d = ref - timedelta(3)
    text = (f"{short_day(d)}\nTunde\n18:22\nGenerator guy said he will pass through\n"
            "Ada\n18:40\nTell him before he comes abeg\n"
            "Yesterday\nAda\nMissed voice call\n"
            "Today\nTunde\n08:05\nHe said he'll come by noon. (edited)")
    return text, [(short_day(d), day(d)), ("18:22", clock(d, "18:22")), ("18:40", clock(d, "18:40")),
                  ("Yesterday", day(ref - timedelta(1))), ("Today", day(ref)), ("08:05", clock(ref, "08:05")),
                  ("noon", clock(ref, "12:00"))], []


MAKERS = [linkedin_kitwe, linkedin_profile, linkedin_event, strava_dharamshala, strava_kodiak, strava_suva, gmaps_carriacou,
          gmaps_alice, marketplace_nairobi, marketplace_winnipeg, signal_kingisland, signal_lagos]


def _run(makers):
    wrong, n = [], 0
    for make in makers:
        for ref in REFS:
            text, want, never = make(ref)
            got = [(t.expression, (t.timex_type, t.timex_value)) for t in tag(text, ref)]
            found = dict(got)
            for expr, tv in want:
                n += 1
                if found.get(expr) != tv:
                    wrong.append(f"{make.__name__} {ref}: {expr!r} -> {found.get(expr)} (want {tv})")
            for expr in never:
                n += 1
                if expr in found:
                    wrong.append(f"{make.__name__} {ref}: {expr!r} tagged {found[expr]} (a pace, a split, a lap: no time)")
    assert not wrong, f"{len(wrong)} of {n} wrong:\n" + "\n".join(wrong[:30])


def test_linkedin():
    _run([linkedin_kitwe, linkedin_profile, linkedin_event])


def test_strava():
    _run([strava_dharamshala, strava_kodiak, strava_suva])


def test_google_maps_reviews():
    _run([gmaps_carriacou, gmaps_alice])


def test_marketplace():
    _run([marketplace_nairobi, marketplace_winnipeg])


def test_signal():
    _run([signal_kingisland, signal_lagos])
