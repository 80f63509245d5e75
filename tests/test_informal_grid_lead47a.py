"""Lead, forty-sixth session (docs/informal-time.md §274): the gazetteer's towns, regions and islands of the nations that
keep an Independence Day of their own and had none or few of them (India's north-east and its states, Africa's other
capitals and main towns, the Caribbean's and the Pacific's other islands, South and South-East Asia). A holiday whose
day is the nation's, with no nation near it, takes the nation of the place the text names (§256's text-wide search, a
forum named by its place, "here in <town>"): "Is the Independence Day parade at Polo going to block things?" in
r/Shillong is India's 15 August, not the Fourth of July. Kept: a town that is also a common word, a first name or a
surname is not in the gazetteer (Kobe, Devon, Skye, Napier, Grenville), nor a town's name that is a thing (a tanga,
maracas, a lungi); two nations' towns about as near tell none.

The frames are this session's own (a community forum, a food stall's page, a cousin's reply); the days of writing every
eleventh day of three years; the days of the holidays from the calendar (fixed days of the month)."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, fixed, next_of

REFS = [date(2023, 1, 9) + timedelta(days=11 * k) for k in range(100)]

# a town (or region) newly in the gazetteer, and the day its nation keeps as Independence Day
INDEPENDENCE = [("Shillong", fixed(8, 15)), ("Guwahati", fixed(8, 15)), ("Kohima", fixed(8, 15)),
                ("Darjeeling", fixed(8, 15)), ("Rundu", fixed(3, 21)), ("Swakopmund", fixed(3, 21)),
                ("Dakar", fixed(4, 4)), ("Abidjan", fixed(8, 7)), ("Negombo", fixed(2, 4)),
                ("Khulna", fixed(3, 26)), ("Sialkot", fixed(8, 14)), ("Langkawi", fixed(8, 31)),
                ("Iloilo", fixed(6, 12)), ("Makassar", fixed(8, 17)), ("Portmore", fixed(8, 6)),
                ("Tunapuna", fixed(8, 31)), ("Taveuni", fixed(10, 10)), ("Naivasha", fixed(12, 12)),
                ("Makeni", fixed(4, 27)), ("Brikama", fixed(2, 18)),
                ("Mangochi", fixed(7, 6)), ("Beira", fixed(6, 25)), ("Manzini", fixed(9, 6)),
                ("Teyateyaneng", fixed(10, 4)), ("Kasama", fixed(10, 24)), ("Masaka", fixed(10, 9)),
                ("Moshi", fixed(12, 9)), ("Kenema", fixed(4, 27)), ("Gbarnga", fixed(7, 26)),
                ("Pohnpei", fixed(11, 3)), ("Tanna", fixed(7, 30)), ("Malaita", fixed(7, 7)), ("Wewak", fixed(9, 16)),
                ("Paramaribo", fixed(11, 25)), ("Bimini", fixed(7, 10)), ("Canouan", fixed(10, 27))]

FILLER = ("First time doing this trip, any tips on where to park and what to bring? Budget is tight lol.\n\n"
          "  reply · 2 days ago\n  Bring cash, the small stalls don't take cards and the machine is always broken.\n\n"
          "  reply · 1 day ago\n  Go early, the good spots are gone by the time the speeches start, trust me.\n\n"
          "  reply · 20 hr. ago\n  Also water. And a hat. The sun is no joke even when it looks cloudy.\n\n")

ASKS = ["Is the Independence Day parade going to block the main road? Asking before I drive in.\n",
        "Are the shops open on Independence Day or should we stock up before?\n",
        "What time will the Independence Day march start near the stadium?\n"]


def cases():
    out = []
    for k, ref in enumerate(REFS):
        town, day = INDEPENDENCE[k % len(INDEPENDENCE)]
        near = any(abs((ref - day(y)).days) < 15 for y in (ref.year - 1, ref.year, ref.year + 1))
        if near:
            continue
        want = ("DATE", next_of(day, ref).isoformat())
        ask = ASKS[k % 3]
        # the forum named by its place
        out.append((f"r/{town.replace(' ', '')}\n\n" + ask + FILLER, ref, "Independence Day", want))
        # the town told once, far below, in another writer's reply
        out.append((ask + FILLER + f"  reply · 3 hr. ago\n  We're driving up from {town} that morning, see you there.\n",
                    ref, "Independence Day", want))
        # the writer's own place
        out.append((f"Here in {town} the buses are a mess already.\n" + ask + FILLER, ref, "Independence Day", want))
    return out


def test_the_nation_of_a_newly_known_town():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 250
