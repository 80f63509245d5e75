"""places45, forty-fifth session (docs/informal-time.md §257): days in Spanish and Portuguese mixed into English, as data
(lexicon deictic_days, codeswitch_gated, codeswitch_markers, codeswitch_day_parts): "pasado mañana" (the day after
tomorrow), "anteayer", "antier", "anoche" (last night), "esta noche" (tonight), Portuguese "amanhã", "ontem", "hoje",
"anteontem", "depois de amanhã"; "mañana", "ayer", "hoy" only among Spanish words (a greeting, a thanks), "mañana por la
mañana" tomorrow morning. Kept: "la mañana" (a morning), "mañana" of the English saying ("mañana attitude"), a song's
"Mañana", a name "Ayer", a call "Hoy!", and "mañana" with no Spanish near it.

The frames are this session's own (a tour desk's mails, a chat among cousins, a dive shop's replies); the days of
writing every fourth day of two years; each value computed from the day of writing."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check

REFS = [date(2024, 1, 2) + timedelta(days=4 * k) for k in range(183)]


def cases():
    out = []
    for k, ref in enumerate(REFS):
        d = lambda n: (ref + timedelta(days=n)).isoformat()   # noqa: E731
        sign = ["Saludos, Kaylee", "gracias amigo", "Un abrazo, Tere"][k % 3]
        plain = [
            (f"I'll confirm pasado mañana when the boss is back. {sign}", "pasado mañana", ("DATE", d(2))),
            ("We got in anteayer, still jet lagged lol", "anteayer", ("DATE", d(-2))),
            ("my cousin landed antier and already sunburnt", "antier", ("DATE", d(-2))),
            ("we partied on the beach anoche, I'm dead", "anoche", ("TIME", d(-1) + "TNI")),
            ("fireworks on the beach esta noche, come!", "esta noche", ("TIME", d(0) + "TNI")),
            ("Boat leaves amanhã at the pier, obrigado!", "amanhã", ("DATE", d(1))),
            ("The shop was shut ontem so we went to the market", "ontem", ("DATE", d(-1))),
            ("lunch hoje? the cafe by the beach", "hoje", ("DATE", d(0))),
            ("we arrived anteontem, the island is beautiful", "anteontem", ("DATE", d(-2))),
            ("back home depois de amanhã, so sad", "depois de amanhã", ("DATE", d(2))),
        ]
        gated = [
            (f"Office is closed today. Mañana we open at the usual time. {sign}", "Mañana", ("DATE", d(1))),
            (f"no worries, we can do the dive mañana, {sign}", "mañana", ("DATE", d(1))),
            (f"the boat leaves mañana por la mañana from the pier, {sign}", "mañana por la mañana", ("TIME", d(1) + "TMO")),
            (f"call me mañana por la tarde, {sign}", "mañana por la tarde", ("TIME", d(1) + "TAF")),
            (f"the shop was shut ayer so we ate at the hotel, {sign}", "ayer", ("DATE", d(-1))),
            (f"hoy we rest, the sea is too rough, {sign}", "hoy", ("DATE", d(0))),
        ]
        negatives = [
            ("The whole office runs on mañana time, nothing gets done", "mañana", None),
            (f"We had that mañana attitude all week, {sign}", "mañana", None),
            (f"la mañana was cold on the mountain, {sign}", "mañana", None),
            (f"Tere played Mañana on the radio all night, {sign}", "Mañana", None),
            ("Hoy! over here, gracias", "Hoy", None),
            ("hoy! gracias amigo, over here", "hoy", None),
            ("A.J. Ayer wrote that book, gracias", "Ayer", None),
            ("I'll get to it mañana, promise", "mañana", None),
        ]
        out += [(t, ref, e, w) for t, e, w in (plain[k % len(plain)], plain[(k + 5) % len(plain)],
                                                gated[k % len(gated)], gated[(k + 3) % len(gated)],
                                                negatives[k % len(negatives)])]
    return out


def test_days_in_spanish_and_portuguese():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 800
