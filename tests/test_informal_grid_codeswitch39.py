"""Day words of other languages and of dialects written inside English posts and chats (docs/informal-time.md §162,
codeswitch39): people code-switch. Creole and pidgin "I'll order it tumaro", "tideh da payday"; Zulu and Ndebele "she
said kusasa"; Shona "mangwana"; Afrikaans "vandag", "gister"; Welsh "yfory", "heddiw"; Irish "amárach", "inniu";
Māori "apopo"; Hindi "aaj raat"; Malay and Indonesian "besok", "hari ini"; Fijian "nimataka"; a part of the day of the
word's language after it ("leo jioni", "esok pagi", "aaj shaam"); Scots "ye oot the
morn?", "shut the day", "the nicht", "this efternoon"; Swahili "leo" and "jana" and Tagalog "bukas" only in a text
with other words of their language.

Negatives: the same words as names or words of English or of another language ("Leo", a star sign "leo", "Jana",
Hindi "mujhe jana hai", Tagalog "bukas ang tindahan": open), Scots phrases outside a text in Scots or as a saying
("seize the day", "the day I met", "the night shift", "to the morn" in verse).

The sentences are this session's own; the days of writing every third day of two years and the turns of the years
(leap days among them); values from the calendar here."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, check_untagged, found

REFS = [date(2023, 12, 28) + timedelta(days=3 * k) for k in range(244)] + [
    date(2024, 2, 28), date(2024, 2, 29), date(2024, 12, 31), date(2025, 2, 28), date(2025, 12, 31), date(2026, 1, 1)]

# (word, offset from the day of writing, at night)
WORDS = [("tumaro", 1, False), ("tumoro", 1, False), ("tumora", 1, False), ("tideh", 0, False), ("yestideh", -1, False),
         ("kusasa", 1, False), ("ngomso", 1, False), ("namhlanje", 0, False), ("izolo", -1, False),
         ("mangwana", 1, False), ("nhasi", 0, False), ("nezuro", -1, False), ("kajeno", 0, False), ("kamoso", 1, False),
         ("maabane", -1, False), ("vandag", 0, False), ("gister", -1, False), ("vanaand", 0, True),
         ("heddiw", 0, False), ("yfory", 1, False), ("ddoe", -1, False), ("heno", 0, True), ("inniu", 0, False),
         ("amárach", 1, False), ("inné", -1, False), ("anocht", 0, True), ("apopo", 1, False), ("inanahi", -1, False),
         ("aaj", 0, False), ("aaj raat", 0, True), ("besok", 1, False), ("kemarin", -1, False), ("hari ini", 0, False),
         ("malam ini", 0, True), ("nikua", 0, False), ("nimataka", 1, False), ("ananafi", -1, False)]
FRAMES = ["I'll order it {w}", "{w} da payday fi real", "she said {w}, not sure tho", "@kofi u coming {w}?",
          "ok so {w} then 😂", "bro the match is {w} lol"]

# Scots: (phrase, offset, at night) and frames with a word of Scots
SCOTS = [("the day", 0, False), ("the morn", 1, False), ("the nicht", 0, True), ("the night", 0, True)]
SCOTS_FRAMES = ["ye oot {p}? am skint", "cannae make it {p}, sorry pal", "the chippy's shut {p}, aye",
                "ba' {p} wi the weans", "gaun hame {p} x"]

# Swahili and Tagalog words gated by their language's words
GATED = [("leo", 0, ["nimechoka sana, tutaonana {w}", "sawa, the meeting is {w} at the office"]),
         ("jana", -1, ["sawa, I was at the clinic {w}", "asante, we got it {w} 🙏"]),
         ("bukas", 1, ["sige, {w} na lang tayo", "{w} na lang, ingat!", "salamat, see you {w}"])]


# a part of the day of the word's language after it: one expression, that day's part (TIME)
PARTS = [("kesho asubuhi", 1, "MO", "ok "), ("leo jioni", 0, "EV", "sawa, "), ("jana usiku", -1, "NI", "asante, "),
         ("aaj shaam", 0, "EV", "yaar "), ("besok malam", 1, "NI", "ok "), ("esok pagi", 1, "MO", "boleh, "),
         ("kemarin siang", -1, "AF", "ok "), ("bukas ng umaga", 1, "MO", "sige, ")]
PART_FRAMES = ["{o}{p} then", "{o}{p} is no good", "{o}{p} 👍"]


def _value(ref: date, off: int, night: bool) -> tuple[str, str]:
    """(type, value) of the day word: a night is a TIME, as "tonight" is."""
    return ("TIME" if night else "DATE"), (ref + timedelta(days=off)).isoformat() + ("TNI" if night else "")


def cases():
    out = []
    for i, ref in enumerate(REFS):
        w, off, night = WORDS[i % len(WORDS)]
        for f in (FRAMES[i % len(FRAMES)], FRAMES[(i + 3) % len(FRAMES)]):
            out.append((f.format(w=w), ref, w, _value(ref, off, night)))
        p, off, night = SCOTS[i % len(SCOTS)]
        out.append((SCOTS_FRAMES[i % len(SCOTS_FRAMES)].format(p=p), ref, p, _value(ref, off, night)))
        w, off, frames = GATED[i % len(GATED)]
        out.append((frames[i % len(frames)].format(w=w), ref, w, _value(ref, off, False)))
        p, off, part, o = PARTS[i % len(PARTS)]
        out.append((PART_FRAMES[i % len(PART_FRAMES)].format(o=o, p=p), ref, p,
                    ("TIME", (ref + timedelta(days=off)).isoformat() + "T" + part)))
    out.append(("this efternoon, aye", REFS[0], "this efternoon", ("TIME", REFS[0].isoformat() + "TAF")))
    return out


# the same words where they are no day of the writer's (no assertion of a value: none must be tagged)
NEGATIVES = [
    ("Leo is coming over later", ["Leo"]), ("my star sign is leo", ["leo"]), ("Jana said she'd bring the cake", ["Jana"]),
    ("mujhe jana hai yaar", ["jana"]), ("bukas ang tindahan hanggang alas nuwebe, salamat", ["bukas"]),
    ("hindi bukas yung shop, sarado", ["bukas"]), ("ask leo and jana about it", ["leo", "jana"]),
    ("Heno is on S4C", ["Heno"]), ("Aaj Tak reported it", ["Aaj"]),
    ("seize the day, ye cannae wait", ["the day"]), ("the day I met him, aye", ["the day"]),
    ("the day of the match, cannae wait", ["the day"]), ("that was the night, aye", ["the night"]),
    ("the night shift, aye", ["the night"]), ("Shall I compare thee to the morn", ["the morn"]),
    ("it's shut the day", ["the day"]), ("we stayed the night, naw", ["the night"]),
    ("the morn was grey and cold", ["the morn"]), ("see you tomorrow gabi", ["tomorrow gabi"]),
]


def test_code_switched_day_words_are_their_days():
    check(cases())


def test_look_alikes_stay_untagged():
    check_untagged(NEGATIVES, REFS[::40])


def test_the_grid_is_not_empty():
    assert len(cases()) > 1200
    assert found("she said kusasa, not sure tho", date(2025, 3, 5), "kusasa") == ("DATE", "2025-03-06")
