"""More day words of other languages and creoles inside English posts and chats (docs/informal-time.md §238 and §239,
codeswitch43): Seychellois and Mauritian Kreol "Zordi it's raining here", Haitian and Kwéyòl "aswè", Inuktitut
"ullumi after work??", "qauppat open?", Tok Pisin, Solomons Pijin and Bislama "tunait", "asde", Caribbean "tiday",
Samoan, Tongan, Fijian, Chamorro, Palauan, Marshallese, Hawaiian and Māori words, Maltese "illum", "pitgħada",
Dhivehi "maadhamaa", Sinhala "anidda", Tamil "naalaikku", Bengali "ajke", Gujarati "aaje", Punjabi "ajj", Tagalog
"kagabi", Cantonese "ting yat", Luganda, Kinyarwanda, Amharic, Yoruba, Igbo, Hausa, Twi, Wolof, Chichewa, Zulu, Xhosa,
Afrikaans, Irish, Gaelic, Welsh, Manx and Cornish words; a part of the day of the word's language after it ("demen
aswar", "zare mata", "aaj raati"); and the words that are also names or words of English or of another language
(Kreol "jodi", Maltese "għada", Nepali "aaja", "bholi", "hijo", Malay "lusa", Pijin "tude", Krio "tide", Sinhala
"ada", "heta", "iye", Yoruba "loni", "lola", "lana", Igbo "taa", "echi", Hausa "yau", "jiya", Chichewa "mawa", Samoan
"taeao", Wolof "tey") only among words of their language.

Negatives: the same words as names or words of English ("Jodi said", "Ghada", "high tide at 5", "a bad 'tude", "Ada
Lovelace", "Lola and Lana"), of another language ("mi hijo", Hindi "aaja yaar", "bholi si surat", "mawa cake", Samoan
"manuia le taeao": good morning), the gated words with no word of their language near, Welsh "bore" and English
"bore", and Hindi "aaj kal" (these days).

The sentences are this session's own; the days of writing every third day of two years and the turns of the years
(leap days among them); values from the calendar here."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, check_untagged, found

REFS = [date(2023, 12, 28) + timedelta(days=3 * k) for k in range(244)] + [
    date(2024, 2, 28), date(2024, 2, 29), date(2024, 12, 31), date(2025, 2, 28), date(2025, 12, 31), date(2026, 1, 1)]

N, D = True, False   # at night (a TIME of that day's night, as "tonight"), or a day (a DATE)

# (voice's frames, [(word, offset from the day of writing, at night)])
GROUPS = [
    (["{w} it is raining here, they say sun later!", "we go lamer {w}? bring the kids"],   # Seychellois, Mauritian, Haitian, Kwéyòl
     [("zordi", 0, D), ("demin", 1, D), ("apredemen", 2, D), ("apredemin", 2, D), ("apwedemen", 2, D),
      ("aswar", 0, N), ("aswè", 0, N)]),
    (["{w} after work??", "is the co-op open {w}?"],   # Inuktitut, Inuinnaqtun, Cree, Ojibwe
     [("ullumi", 0, D), ("ublumi", 0, D), ("qauppat", 1, D), ("qaukpat", 1, D), ("aqagu", 1, D), ("ippassaq", -1, D),
      ("ippaksaq", -1, D), ("ikpaksaq", -1, D), ("wapahki", 1, D), ("wâpahki", 1, D), ("otakosihk", -1, D),
      ("waabang", 1, D), ("bijiinaago", -1, D)]),
    (["mi go lukim yu {w} ok", "the boat left {w} lol"],   # Krio, Pijin, Bislama, Tok Pisin, Caribbean creoles
     [("yestade", -1, D), ("yestedei", -1, D), ("tede", 0, D), ("asde", -1, D), ("hapasde", -2, D),
      ("haptumora", 2, D), ("tunaet", 0, N), ("tunait", 0, N), ("las naet", -1, N), ("tiday", 0, D),
      ("yessiday", -1, D), ("yestiday", -1, D), ("yestaday", -1, D), ("tumaaro", 1, D), ("tinite", 0, N)]),
    (["church choir practice {w} 🙏", "uncle is flying in {w}, pick up at the airport"],   # Pacific
     [("po nei", 0, N), ("apongipongi", 1, D), ("aneafi", -1, D), ("aho ni", 0, D),
      ("nikua na bogi", 0, N), ("agupa", 1, D), ("nigap", -1, D), ("klukuk", 1, D), ("ilju", 1, D), ("inne", -1, D),
      ("nehinei", -1, D), ("keia la", 0, D), ("keia po", 0, N), ("inapo", -1, N), ("inanai", -1, D),
      ("tenei ra", 0, D), ("tēnei rā", 0, D), ("tenei po", 0, N), ("tēnei pō", 0, N)]),
    (["the festa is {w} in the village", "I saw him at the band club {w}"],   # Maltese
     [("illum", 0, D), ("ilbierah", -1, D), ("ilbieraħ", -1, D), ("il-bieraħ", -1, D), ("pitghada", 2, D),
      ("pitgħada", 2, D), ("illejla", 0, N)]),
    (["bro the match is {w} da", "exam {w} yaar, pray for me"],   # South Asian
     [("miadhu", 0, D), ("maadhamaa", 1, D), ("iyye", -1, D), ("mirey", 0, N), ("anidda", 2, D), ("pereda", -2, D),
      ("inniku", 0, D), ("innaiku", 0, D), ("innaikku", 0, D), ("inniki", 0, D), ("indru", 0, D), ("naalaiku", 1, D),
      ("naalaikku", 1, D), ("nalaiku", 1, D), ("naalai", 1, D), ("nalai", 1, D), ("nethu", -1, D), ("netru", -1, D),
      ("nethiku", -1, D), ("nethikku", -1, D), ("naalanniki", 2, D), ("nalanniki", 2, D), ("mundhanethu", -2, D),
      ("ajke", 0, D), ("aajke", 0, D), ("gotokal", -1, D), ("agamikal", 1, D), ("aaje", 0, D), ("ajj", 0, D)]),
    (["see you {w} then 😂", "we had the fiesta {w}, grabe"],   # Tagalog, Cantonese
     [("kagabi", -1, N), ("samakalawa", 2, D), ("kamakalawa", -2, D), ("ngayong gabi", 0, N),
      ("mamayang gabi", 0, N), ("ngayong araw", 0, D), ("gam yat", 0, D), ("gum yut", 0, D), ("gum yat", 0, D),
      ("gam yut", 0, D), ("ting yat", 1, D), ("ting yut", 1, D), ("kam yat", -1, D), ("kum yut", -1, D),
      ("kum yat", -1, D), ("kam yut", -1, D), ("hau yat", 2, D), ("hau yut", 2, D), ("gam maan", 0, N),
      ("gum maan", 0, N)]),
    (["she said {w}, not sure tho", "@kofi u coming {w}?"],   # East and West African
     [("leero", 0, D), ("enkya", 1, D), ("jjo", -1, D), ("uyu munsi", 0, D), ("ejo hashize", -1, D), ("zare", 0, D),
      ("nege", 1, D), ("tnant", -1, D), ("tilant", -1, D), ("otunla", 2, D), ("ijeta", -2, D),
      ("lonii", 0, D), ("unyaahu", -1, D), ("unyahu", -1, D), ("nyaahu", -1, D), ("gobe", 1, D), ("jibi", 2, D),
      ("shekaranjiya", -2, D), ("okyena", 1, D), ("ɔkyena", 1, D), ("ennora", -1, D), ("nnora", -1, D),
      ("ɛnnora", -1, D), ("elleg", 1, D), ("demb", -1, D), ("lero", 0, D), ("dzulo", -1, D), ("mkucha", 2, D)]),
    (["braai {w} at ours, bring ice", "ek is moeg, the shop was closed {w}"],   # Zulu, Xhosa, Afrikaans
     [("namhla", 0, D), ("ngomhlomunye", 2, D), ("kuthangi", -2, D), ("oormore", 2, D), ("oormôre", 2, D),
      ("gisteraand", -1, N)]),
    (["fancy a pint {w}?", "the ferry's off {w}, gales"],   # Irish, Gaelic, Welsh, Manx, Cornish
     [("arú amárach", 2, D), ("aru amarach", 2, D), ("arú inné", -2, D), ("aru inne", -2, D), ("areir", -1, N),
      ("an-earar", 2, D), ("a-raoir", -1, N), ("echdoe", -2, D), ("drennydd", 2, D), ("neithiwr", -1, N),
      ("jiu", 0, D), ("mairagh", 1, D), ("noght", 0, N), ("hedhyw", 0, D), ("avorow", 1, D),
      ("haneth", 0, N)]),
]
WORDS = [(w, off, night, frames) for frames, ws in GROUPS for w, off, night in ws]
GENERIC = ["ok so {w} then", "{w} da payday fi real"]

# words of a fixed part of the day: (word, offset, part)
PART_WORDS = [("dalghodu", 0, "MO"), ("dalgħodu", 0, "MO"), ("vanoggend", 0, "MO"), ("vanmiddag", 0, "AF"),
              ("kaninang umaga", 0, "MO"), ("bore 'ma", 0, "MO"), ("bore ’ma", 0, "MO"), ("pnawn 'ma", 0, "AF"),
              ("prynhawn 'ma", 0, "AF"), ("pagi ini", 0, "MO"), ("petang ini", 0, "EV")]
PART_WORD_FRAMES = ["{w} was freezing", "met her {w} at the shop", "{w}? busy"]

# words that are names or words elsewhere: among a word of their language (frames with one), (word, offset)
GATED = [("jodi", 0, ["mesi zanmi, {w} a m ap vini", "bonzour tou le monn, zot pe vini {w}?"]),
         ("ghada", 1, ["grazzi! see you {w} then", "ejja, the festa is {w}"]),
         ("għada", 1, ["grazzi! see you {w} then", "ejja, the festa is {w}"]),
         ("aaja", 0, ["hajur dai, {w} ma busy chu", "ramro, I'll call you {w}"]),
         ("bholi", 1, ["hajur dai, {w} ma busy chu", "ramro, I'll call you {w}"]),
         ("hijo", -1, ["hajur dai, {w} ma busy thiye", "ramro, I called you {w}"]),
         ("lusa", 2, ["boleh lah, we meet {w}", "jom, the event is {w}"]),
         ("tude", 0, ["tenkyu wantok, mi kam {w}", "olgeta, the market is open {w}"]),
         ("tide", 0, ["kushe padi, a go kam {w}", "una don hear? the meeting is {w}"]),
         ("ada", 0, ["machan, {w} is the match", "kohomada, I'm off {w}"]),
         ("heta", 1, ["machan, {w} is the match", "kohomada, I'm off {w}"]),
         ("iye", -1, ["machan, I saw him {w}", "kohomada, we went {w}"]),
         ("loni", 0, ["jare, the party is {w}", "oluwa be praised, he arrives {w}"]),
         ("lola", 1, ["jare, the party is {w}", "oluwa be praised, he arrives {w}"]),
         ("lana", -1, ["jare, the party was {w}", "oluwa be praised, he arrived {w}"]),
         ("taa", 0, ["biko, come {w}", "daalu, we sign the papers {w}"]),
         ("echi", 1, ["biko, come {w}", "daalu, we sign the papers {w}"]),
         ("yau", 0, ["sannu, the wedding is {w}", "nagode, I'll pay {w}"]),
         ("jiya", -1, ["sannu, the wedding was {w}", "nagode, I paid {w}"]),
         ("mawa", 1, ["zikomo, see you {w}", "muli bwanji? the bus is {w}"]),
         ("taeao", 1, ["fa'afetai, see you {w}", "talofa, the fono is {w}"]),
         ("tey", 0, ["jerejef, the match is {w}", "dafa neex, I'm free {w}"])]

# a part of the day of the word's language after it: one expression, that day's part (TIME)
PARTS = [("demen aswar", 1, "NI"), ("zordi bomaten", 0, "MO"), ("zare mata", 0, "NI"), ("nege mata", 1, "NI"),
         ("aaj raati", 0, "NI"), ("aaje savare", 0, "MO"), ("naalai kaalai", 1, "MO"), ("kusasa ekuseni", 1, "MO"),
         ("namhlanje ebusuku", 0, "NI"), ("mangwana mangwanani", 1, "MO"), ("nhasi manheru", 0, "EV"),
         ("lero usiku", 0, "NI"), ("pitghada filghodu", 2, "MO"), ("demin apremidi", 1, "AF")]
PART_FRAMES = ["ok {p} then", "{p} is no good", "ok {p} 👍"]


def _value(ref: date, off: int, night: bool) -> tuple[str, str]:
    """(type, value) of the day word: a night is a TIME, as "tonight" is."""
    return ("TIME" if night else "DATE"), (ref + timedelta(days=off)).isoformat() + ("TNI" if night else "")


def _part(ref: date, off: int, part: str) -> tuple[str, str]:
    return "TIME", (ref + timedelta(days=off)).isoformat() + "T" + part


def cases():
    out = []
    for i, ref in enumerate(REFS):
        w, off, night, frames = WORDS[i % len(WORDS)]
        for f in (frames[i % 2], GENERIC[(i // 2) % 2]):
            out.append((f.format(w=w), ref, w, _value(ref, off, night)))
        w, off, night, frames = WORDS[(i * 7 + 3) % len(WORDS)]
        out.append((frames[(i + 1) % 2].format(w=w), ref, w, _value(ref, off, night)))
        w, off, frames = GATED[i % len(GATED)]
        out.append((frames[i % 2].format(w=w), ref, w, _value(ref, off, False)))
        w, off, part = PART_WORDS[i % len(PART_WORDS)]
        out.append((PART_WORD_FRAMES[i % 3].format(w=w), ref, w, _part(ref, off, part)))
        p, off, part = PARTS[i % len(PARTS)]
        out.append((PART_FRAMES[i % 3].format(p=p), ref, p, _part(ref, off, part)))
    # a sentence's first word, capitalised
    for i, ref in enumerate(REFS[::10]):
        w, off, night = [("Zordi", 0, D), ("Ullumi", 0, D), ("Qauppat", 1, D), ("Illum", 0, D), ("Kagabi", -1, N),
                         ("Okyena", 1, D), ("Neithiwr", -1, N), ("Maadhamaa", 1, D)][i % 8]
        out.append((f"{w} it is raining here, they say sun later!", ref, w, _value(ref, off, night)))
    return out


# the same words where they are no day of the writer's (no assertion of a value: none must be tagged)
NEGATIVES = [
    ("Jodi said she'd bring the cake", ["Jodi"]), ("ask jodi about it", ["jodi"]), ("Ghada is here", ["Ghada"]),
    ("ghada and sami are coming", ["ghada"]), ("my hijo is 5 now", ["hijo"]), ("mi hijo, grazzi", ["hijo"]),
    ("aaja yaar jaldi", ["aaja"]), ("aaja na, hajur", ["aaja"]), ("bholi si surat", ["bholi"]),
    ("the Lusa news agency reported it", ["Lusa"]), ("she's got a bad 'tude", ["'tude", "tude"]),
    ("he has a tude, wantok", ["tude"]), ("high tide at 5", ["tide"]), ("the tide turned, padi", ["tide"]),
    ("check the tide table, kushe", ["tide"]), ("tide is out, wetin", ["tide"]), ("low tide today", ["tide"]),
    ("Ada Lovelace wrote the first program", ["Ada"]), ("Lola and Lana came round", ["Lola", "Lana"]),
    ("lola is my cat", ["lola"]), ("mawa cake recipe, zikomo", ["mawa"]), ("mawa cake recipe", ["mawa"]),
    ("Manuia le taeao everyone, talofa", ["taeao"]), ("tey said no", ["tey"]), ("Heta is my cousin", ["Heta"]),
    ("Loni Anderson was on TV", ["Loni"]), ("Jiya is 7 today", ["Jiya"]), ("yau sik faan?", ["yau"]),
    ("it was a bore", ["bore"]), ("dinnae bore ma pals", ["bore ma"]), ("bore ma to tears", ["bore ma"]),
    ("aaj kal sab busy hai", ["aaj"]), ("aaj-kal prices are crazy", ["aaj"]), ("AJ is coming", ["AJ"]),
    ("Chan Kam Yat and Wong Ting Yat won the relay", ["Kam Yat", "Ting Yat"]), ("Hau Yat Lau scored", ["Hau Yat"]),
    ("Demin Wang is the new coach", ["Demin"]), ("jiu jitsu tonight", ["jiu"]), ("my demin jacket", ["demin"]),
    ("aswe discussed, the form is due", ["aswe"]), ("the tinant moved out", ["tinant"]), ("jea boi", ["jea"]), ("the ada api docs", ["ada"]), ("tey said no lool", ["tey"]),
    ("waaw tey are here", ["tey"]), ("the taa-daa moment", ["taa"]), ("tamaiti i aso nei, talofa", ["aso nei"]), ("Echi is my friend", ["Echi"]), ("Iye was there", ["Iye"]),
]


def test_code_switched_day_words_are_their_days():
    check(cases())


def test_look_alikes_stay_untagged():
    check_untagged(NEGATIVES, REFS[::40])


def test_the_grid_is_not_empty():
    assert len(cases()) > 1400
    assert found("Zordi it is raining here, they say sun later!", date(2025, 3, 5), "Zordi") == ("DATE", "2025-03-05")
    assert found("qauppat open?", date(2025, 3, 5), "qauppat") == ("DATE", "2025-03-06")
    assert found("ullumi after work??", date(2025, 12, 31), "ullumi") == ("DATE", "2025-12-31")
