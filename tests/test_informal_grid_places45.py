"""places45, forty-fifth session (docs/informal-time.md §256): the nation a whole text tells, for a holiday whose day is
the nation's ("Independence Day", "Emancipation Day", "Labour Day") or a name of the holidays package, where nothing
near the holiday names one: (a) a flag emoji before it (a pair of regional indicator symbols spells the ISO code; a
black flag with tag letters a subdivision's), the nations of all those flags one; (b) else the place the text names
nearest it anywhere (a capital, a town), no other nation's place about as near. Kept: a nearer cue wins (a nation named
in the holiday's sentence); two nations flagged, or two nations' places as near, tell none; a flag after the holiday is a
later writer's; a place inside a handle is no place; a bare "Independence" needs its nation near.

The frames are this session's own (a trail guide's, a rum shop's, a church's posts, a pan yard's chat); the days of
writing every ninth day of three years; the days of the holidays from the calendar (fixed days, the first Monday of
August) and from the holidays package (Dominica's National Day of Community Service)."""
from __future__ import annotations

from datetime import date, timedelta

import holidays

from gridcheck import check, fixed, next_of, nth

REFS = [date(2023, 1, 4) + timedelta(days=9 * k) for k in range(122)]


def _flag(code: str) -> str:
    return "".join(chr(0x1F1E6 + ord(c) - 65) for c in code)


# the nation's flag, a town of it, and the day its Independence Day is kept
INDEPENDENCE = [("DM", "Roseau", fixed(11, 3)), ("JM", "Montego Bay", fixed(8, 6)), ("BB", "Bridgetown", fixed(11, 30)),
                ("GD", "Carriacou", fixed(2, 7)), ("GH", "Kumasi", fixed(3, 6)), ("NG", "Ibadan", fixed(10, 1)),
                ("KE", "Kisumu", fixed(12, 12)), ("FJ", "Lautoka", fixed(10, 10)), ("LC", "Castries", fixed(2, 22)),
                ("BZ", "Belmopan", fixed(9, 21)), ("MU", "Curepipe", fixed(3, 12)), ("VC", "Kingstown", fixed(10, 27))]

FILLER = ("Boiling Lake hike is FULL, bring water and a real lunch, not just a snack.\n"
          "Replies and reposts welcome, tag a friend who needs the walk.\n\n"
          "  Kelly R @kellyr_walks\n  Is the river crossing ok with kids? Asking for my sister and her two.\n\n"
          "  Island Trails @islandtrails\n  Yes Kelly, the guide carries them over, no stress at all, we do it every trip.\n\n"
          "  Dean P @deanp_outdoors\n  Best guides on the island, honestly the whole crew is brilliant and patient.\n\n")

HEADS = ["Island Trails {flag} @islandtrails\n", "Mama Cass Rum Shop {flag}\n", "St Anne's Youth Choir {flag} @stannesyouth\n"]
ASKS = ["  Marva J @marvaj\n  You all doing a hike on {h} or is it a rest day?\n",
        "  Tony B @tonyb\n  Are you open on {h}? Need to book a table for the family.\n",
        "  Sharon L @sharon_l\n  Will the choir sing on {h}? My mother wants to come and listen.\n"]
TAIL = "\n  Island Trails @islandtrails\n  We'll post the list soon, watch this space.\n\n  Ricky @ricky_pan\n  {t}\n"


def _community(y: int) -> date | None:
    return next((d for d, n in holidays.country_holidays("DM", years=y).items() if "Community Service" in n), None)


def _next_pkg(ref: date) -> date:
    return min(d for y in (ref.year, ref.year + 1) if (d := _community(y)) is not None and d > ref)


def cases():
    out = []
    for k, ref in enumerate(REFS):
        code, town, day = INDEPENDENCE[k % len(INDEPENDENCE)]
        other = INDEPENDENCE[(k + 5) % len(INDEPENDENCE)]
        near = abs((ref - day(ref.year)).days) < 15 or abs((ref - day(ref.year + 1)).days) < 15 \
            or abs((ref - day(ref.year - 1)).days) < 15
        head, ask = HEADS[k % 3], ASKS[k % 3]
        if not near:
            want = ("DATE", next_of(day, ref).isoformat())
            # (a) the flag of the page's name line, the holiday far below
            out.append((head.format(flag=_flag(code)) + FILLER + ask.format(h="Independence Day"), ref, "Independence Day", want))
            # (b) the place told once, far below, in another writer's reply
            out.append((head.format(flag="") + FILLER + ask.format(h="Independence Day")
                        + TAIL.format(t=f"We leave {town} early that side, see you at the car park."), ref, "Independence Day", want))
            # a nation named in the holiday's own sentence wins over the page's flag
            o_code, _, o_day = other
            name = {"DM": "Dominica", "JM": "Jamaica", "BB": "Barbados", "GD": "Grenada", "GH": "Ghana", "NG": "Nigeria",
                    "KE": "Kenya", "FJ": "Fiji", "LC": "St Lucia", "BZ": "Belize", "MU": "Mauritius", "VC": "St Vincent"}[code]
            if abs((ref - o_day(ref.year)).days) >= 15:
                out.append((head.format(flag=_flag(o_code)) + FILLER + f"  Ann @ann_k\n  Back home in {name} for Independence Day, can't wait!\n",
                            ref, "Independence Day", want))
        # Emancipation Day, a name that is no day without its nation: Trinidad's 1 August, the Bahamas' first Monday of August
        for fl, eday in (("TT", fixed(8, 1)), ("BS", nth(8, 1, 1))):
            if abs((ref - eday(ref.year)).days) >= 15 and k % 2 == (fl == "BS"):
                out.append((head.format(flag=_flag(fl)) + FILLER + ask.format(h="Emancipation Day"), ref, "Emancipation Day",
                            ("DATE", next_of(eday, ref).isoformat())))
        # negatives: no nation (no flag, no place), two nations flagged, a flag after it, a place in a handle only
        if k % 3 == 0:
            out.append((head.format(flag="") + FILLER + ask.format(h="Emancipation Day"), ref, "Emancipation Day", None))
        if k % 3 == 1:
            out.append((head.format(flag=_flag("TT") + _flag("JM")) + FILLER + ask.format(h="Emancipation Day"), ref,
                        "Emancipation Day", None))
        if k % 3 == 2:
            out.append((head.format(flag="") + FILLER + ask.format(h="Emancipation Day") + TAIL.format(t="Great post " + _flag("TT")),
                        ref, "Emancipation Day", None))
            out.append(("Trails @roseau_trails\n" + FILLER + ask.format(h="Emancipation Day"), ref, "Emancipation Day", None))
        # two nations' places about as near: none
        if k % 4 == 0:
            out.append((head.format(flag="") + FILLER + ask.format(h="Emancipation Day")
                        + TAIL.format(t="Half of us flying from Castries, half from Bridgetown lol"), ref, "Emancipation Day", None))
        # a bare "Independence" needs its nation near: a flag far above tells none
        if k % 5 == 0:
            out.append((head.format(flag=_flag(code)) + FILLER + "  Marva J @marvaj\n  Shop closed since Independence, shame\n",
                        ref, "Independence", None))
        # Dominica's National Day of Community Service, as its people say it
        d = _community(ref.year)
        if d is not None and abs((ref - d).days) >= 15 and k % 2 == 0:
            out.append((head.format(flag=_flag("DM")) + FILLER + ask.format(h="Community Service Day"), ref,
                        "Community Service Day", ("DATE", _next_pkg(ref).isoformat())))
    return out


def test_the_nation_a_whole_text_tells():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 500
