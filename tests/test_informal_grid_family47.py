"""(family47, forty-seventh session, §284-§285) Family and friends' chats as people copy them: WhatsApp exports (Android
"05/12/2026, 19:02 - Name: ", iOS "[05/12/2026, 19:02:14] Name: ", en-US "12/5/26, 7:02 PM - "), Messenger ("THU 19:02",
"You sent"), iMessage and SMS with their dividers ("Yesterday 10:40 PM", "Friday 7:02 PM", "Friday, 4 December 2026"),
Telegram ("Name, [3 Dec 2026 at 21:40:12]"), in voices of the Caribbean, the Pacific, Africa, South Asia, Canada's north,
Australia and New Zealand. Each copy is written anew for every reference date (every weekday, month and year ends, a leap
day), its messages over two to five days, so that the day words hang under different stamps. The values a TimeML
annotator gives, computed with datetime: a stamp is the TIME its message was sent; a message's bare hour ("at 7", "b4
10", "6ish", "half 7", "7 sharp", "9 or 10") is that hour on the day the message talks of, its half of the day from the
talk (a dinner, a curfew, a pick-up); a part of the day ("this arvo", "tonite", "tmrw morning", "sat night", "lunchtime
tmrw", "first thing tmrw") is that day's `TMO`/`TAF`/`TEV`/`TNI` (noon words `T12:00`); a weekday is the one the tense
points to from the message's own day ("we went Sat" the one gone, "coming Sat?" the one to come, "Fri week" a week after
the coming one, "Thursday just gone", "the Sunday before last"), and said on its own weekday in the past a week back, in
a plan a week on; "next week" the ISO week after the stamp's, "this weekend" the stamp's week's. An expression wanted
as None must not be tagged at all."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from gridcheck import export_wrong

# Every weekday; month ends; the year's turn; a leap day; the day after a leap day; a Sunday at a month's start.
REFS = [date(2026, 12, 7), date(2026, 12, 1), date(2026, 9, 30), date(2026, 12, 31), date(2027, 1, 1),
        date(2026, 10, 31), date(2026, 11, 1), date(2026, 6, 3), date(2027, 1, 4), date(2026, 2, 27),
        date(2028, 2, 29), date(2028, 3, 1), date(2026, 4, 4), date(2026, 8, 9)]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SHORT = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
LOW3 = ["mon", "tues", "wed", "thurs", "fri", "sat", "sun"]
ONE = timedelta(days=1)


def T(d: date, h: int, mi: int = 0, s: int | None = None) -> tuple:
    return ("TIME", f"{d.isoformat()}T{h:02d}:{mi:02d}" + (f":{s:02d}" if s is not None else ""))


def D(d: date) -> tuple:
    return ("DATE", d.isoformat())


def P(d: date, pod: str) -> tuple:
    return ("TIME", f"{d.isoformat()}T{pod}")


def W(d: date, weekend: bool = False) -> tuple:
    y, w, _ = d.isocalendar()
    return ("DATE", f"{y}-W{w:02d}" + ("-WE" if weekend else ""))


def ap(h, mi, form="PM"):
    mark = {"PM": ("AM", "PM"), "pm": ("am", "pm")}[form][h >= 12]
    return f"{(h % 12) or 12}:{mi:02d} {mark}"


def coming(d: date, wd: int) -> date:
    """The first weekday wd (0 = Monday) after d."""
    return d + timedelta(days=(wd - d.weekday()) % 7 or 7)


def gone(d: date, wd: int) -> date:
    """The last weekday wd (0 = Monday) before d."""
    return d - timedelta(days=(d.weekday() - wd) % 7 or 7)


def wa_android(d, h, mi):
    return f"{d:%d/%m/%Y}, {h:02d}:{mi:02d}"


def wa_ios(d, h, mi, s):
    return f"{d:%d/%m/%Y}, {h:02d}:{mi:02d}:{s:02d}"


# --- WhatsApp -------------------------------------------------------------------------------------------------------

def wa_kingston(r):
    """A Kingston (Jamaica) family's Android export: Sunday dinner at Granny's, "at 7", "tonite", "we went <wd>"."""
    d3, d2, d0 = r - 3 * ONE, r - 2 * ONE, r
    went = d3 - 2 * ONE
    plan = d2 + 3 * ONE
    s = wa_android
    text = "\n".join([
        f"{s(d3, 18, 4)} - Auntie Marcia: Evening family 🙏🏾 Granny want everybody fi dinner {DAYS[plan.weekday()]}",
        f"{s(d3, 18, 9)} - Dwayne: we went {SHORT[went.weekday()]} already and she never say nutten 😂",
        f"{s(d3, 18, 11)} - Auntie Marcia: Dat was different. Dinner start at 7, nuh come late",
        f"{s(d3, 21, 40)} - Kerry-Ann: Cyaan mek it tonite, work late. Tomorrow mi wi call her",
        f"{s(d2, 7, 15)} - Dwayne: Morning all ☀️",
        f"{s(d2, 7, 16)} - Dwayne: Auntie wah time again? 6 or 7?",
        f"{s(d2, 7, 30)} - Auntie Marcia: 7 sharp. Bring di sorrel",
        f"{s(d0, 12, 2)} - Kerry-Ann: Granny seh tanks fi last night ❤️"])
    return text, [(s(d3, 18, 4), T(d3, 18, 4)), (DAYS[plan.weekday()], D(plan)), (s(d3, 18, 9), T(d3, 18, 9)),
                  (SHORT[went.weekday()], D(went)), (s(d3, 18, 11), T(d3, 18, 11)), ("7", T(plan, 19)),
                  (s(d3, 21, 40), T(d3, 21, 40)), ("tonite", P(d3, "NI")), ("Tomorrow", D(d2)),
                  (s(d2, 7, 15), T(d2, 7, 15)), (s(d2, 7, 16), T(d2, 7, 16)),
                  (s(d2, 7, 30), T(d2, 7, 30)), ("7", T(plan, 19)),
                  (s(d0, 12, 2), T(d0, 12, 2)), ("last night", P(d0 - ONE, "NI"))]


def wa_suva_ios(r):
    """A Suva (Fiji) family's iOS export: "tmrw morning", "this arvo", "b4 10", "half 7", "Fri week"."""
    d4, d3, d1 = r - 4 * ONE, r - 3 * ONE, r - ONE
    fri = coming(d4, 4) + 7 * ONE
    s = wa_ios
    text = "\n".join([
        f"[{s(d4, 9, 12, 40)}] Losana: Bula vinaka everyone! Mum's 60th is {SHORT[4]} week, at the church hall",
        f"[{s(d4, 9, 14, 2)}] Josefa: Vinaka. I'll drive from Nadi tmrw morning",
        f"[{s(d4, 9, 20, 11)}] Losana: Pls be home b4 10 tonight, the kids have school",
        f"[{s(d3, 13, 5, 33)}] Mere: Who's doing the lovo this arvo? 🔥",
        f"[{s(d3, 13, 9, 8)}] Josefa: Me. Come by half 7, bring the taro",
        f"[{s(d1, 22, 48, 19)}] Mere: Lovo was too good last night 😋"])
    return text, [(s(d4, 9, 12, 40), T(d4, 9, 12, 40))] + ([(f"{SHORT[4]} week", D(fri))] if d4.weekday() != 4 else []) + [
                  (s(d4, 9, 14, 2), T(d4, 9, 14, 2)), ("tmrw morning", P(d3, "MO")),
                  (s(d4, 9, 20, 11), T(d4, 9, 20, 11)), ("10 tonight", T(d4, 22)),
                  (s(d3, 13, 5, 33), T(d3, 13, 5, 33)), ("this arvo", P(d3, "AF")),
                  (s(d3, 13, 9, 8), T(d3, 13, 9, 8)), ("half 7", T(d3, 19, 30)),
                  (s(d1, 22, 48, 19), T(d1, 22, 48, 19)), ("last night", P(d1 - ONE, "NI"))]


def wa_dhaka(r):
    """A Dhaka family's Android export in Banglish: "kal", "around 6ish", "lunchtime tmrw", "this weekend"."""
    d2, d1 = r - 2 * ONE, r - ONE
    s = wa_android
    text = "\n".join([
        f"{s(d2, 16, 20)} - Nusrat Apu: Ammu is asking everyone for dinner this weekend, biryani hobe 😍",
        f"{s(d2, 16, 25)} - Rafi: I'm in. Reaching around 6ish, traffic depending",
        f"{s(d2, 16, 31)} - Tania: Can we do lunchtime tmrw instead? Abbu has his checkup in the evening",
        f"{s(d2, 16, 40)} - Nusrat Apu: no baba, Ammu said dinner",
        f"{s(d1, 8, 2)} - Rafi: Salam. Running late today, will call at midday",
        f"{s(d1, 8, 5)} - Tania: ok. Also next week Nanu is coming from Sylhet"])
    return text, [(s(d2, 16, 20), T(d2, 16, 20)), ("this weekend", W(d2, True)), (s(d2, 16, 25), T(d2, 16, 25)),
                  (s(d2, 16, 31), T(d2, 16, 31)), ("lunchtime tmrw", T(d1, 12)),
                  ("the evening", P(d1, "EV")), (s(d2, 16, 40), T(d2, 16, 40)),
                  (s(d1, 8, 2), T(d1, 8, 2)), ("today", D(d1)), ("midday", T(d1, 12)), (s(d1, 8, 5), T(d1, 8, 5)),
                  ("next week", W(d1 + 7 * ONE))]


def wa_lagos_ios(r):
    """A Lagos cousins' iOS export: "coming Sat?", "this Fri", "from 4", "9 or 10", "sat night"."""
    d3, d1, d0 = r - 3 * ONE, r - ONE, r
    sat = coming(d3, 5)
    fri = coming(d3, 4)
    s = wa_ios
    text = "\n".join([
        f"[{s(d3, 19, 1, 5)}] Chidi: Guys, owambe coming {SHORT[5]}? Bisi's engagement 🎉",
        f"[{s(d3, 19, 3, 44)}] Ngozi: Abeg I dey. Aso ebi tailor said this {SHORT[4]}",
        f"[{s(d3, 19, 6, 12)}] Chidi: Party starts from 4 but you know Lagos time 😂",
        f"[{s(d3, 19, 7, 30)}] Tobi: I'll come 9 or 10, I have a shift till 8",
        f"[{s(d1, 23, 12, 9)}] Ngozi: {SHORT[5].lower()} night will be mad o",
        f"[{s(d0, 6, 40, 51)}] Tobi: Good morning. Traffic on Third Mainland this morning ehn"])
    want = [(s(d3, 19, 1, 5), T(d3, 19, 1, 5)), (f"coming {SHORT[5]}", D(sat)), (s(d3, 19, 3, 44), T(d3, 19, 3, 44))]
    if d3.weekday() != 4:   # said on a Friday, "this Fri" is today or a week on (left out)
        want.append((f"this {SHORT[4]}", D(fri)))
    want += [(s(d3, 19, 6, 12), T(d3, 19, 6, 12)), ("4", T(sat, 16)),
            (s(d3, 19, 7, 30), T(d3, 19, 7, 30)), ("9", T(sat, 21)), ("10", T(sat, 22)),
            (s(d1, 23, 12, 9), T(d1, 23, 12, 9)), (f"{SHORT[5].lower()} night", P(coming(d1 - ONE, 5), "NI")),
            (s(d0, 6, 40, 51), T(d0, 6, 40, 51)), ("this morning", P(d0, "MO"))]
    return text, want


def wa_perth_us(r):
    """An Australian sister in Perth and her brother in Toronto, en-US Android stamps: "sunday arvo", "Thursday just
    gone", "first thing tmrw"."""
    d2, d1 = r - 2 * ONE, r - ONE
    thu = gone(d2, 3)

    def s(d, h, mi):
        return f"{d.month}/{d.day}/{d:%y}, {ap(h, mi)}"
    text = "\n".join([
        f"{s(d2, 20, 15)} - Shaz: Mum's scan was Thursday just gone, all clear 🙌",
        f"{s(d2, 20, 17)} - Dan: thank god. I'll ring her first thing tmrw",
        f"{s(d2, 20, 30)} - Shaz: she's at bowls this arvo so try after",
        f"{s(d1, 7, 55)} - Dan: rang her, she sounded good. talk on the weekend?",
        f"{s(d1, 8, 1)} - Shaz: yeah Sunday arvo my time works"])
    sun = coming(d1 - ONE, 6)   # "Sunday arvo" said on a Sunday morning: that afternoon
    return text, [(s(d2, 20, 15), T(d2, 20, 15)), ("Thursday just gone", D(thu)), (s(d2, 20, 17), T(d2, 20, 17)),
                  ("first thing tmrw", P(d1, "MO")), (s(d2, 20, 30), T(d2, 20, 30)), ("this arvo", P(d2, "AF")),
                  (s(d1, 7, 55), T(d1, 7, 55)), (s(d1, 8, 1), T(d1, 8, 1)), ("Sunday arvo", P(sun, "AF"))]


def wa_colombo_ios(r):
    """A Colombo family's iOS export: "Sunday before last", "tmrw eve", "by 9", "early evening", "heta"."""
    d2, d0 = r - 2 * ONE, r
    sbl = gone(d2, 6) - 7 * ONE
    s = wa_ios
    text = "\n".join([
        f"[{s(d2, 17, 45, 3)}] Dilani: Aiyo, the gas man came Sunday before last and still the stove is leaking",
        f"[{s(d2, 17, 50, 27)}] Kasun: I'll check it tmrw eve after office",
        f"[{s(d2, 17, 52, 0)}] Dilani: Amma wants it fixed by 9 in the morning, she's making kiribath",
        f"[{s(d0, 10, 3, 14)}] Kasun: fixed yesterday 👍 heta I'll bring the new regulator"])
    return text, [(s(d2, 17, 45, 3), T(d2, 17, 45, 3)), ("Sunday before last", D(sbl)),
                  (s(d2, 17, 50, 27), T(d2, 17, 50, 27)), ("tmrw eve", P(d2 + ONE, "EV")),
                  (s(d2, 17, 52, 0), T(d2, 17, 52, 0)), (s(d0, 10, 3, 14), T(d0, 10, 3, 14)),
                  ("yesterday", D(d0 - ONE))]


# --- Messenger, iMessage, SMS, Telegram -----------------------------------------------------------------------------

def messenger_apia(r):
    """A Samoan family's Messenger web thread: "THU 19:02" within the week, "tonite", "at 6", "Sat morning"."""
    d3, d0 = r - 3 * ONE, r
    sun = coming(d3, 6)   # said on a Sunday evening, the Sunday's lunch after church is gone: a week on
    st = f"{SHORT[d3.weekday()].upper()} 19:02"
    text = "\n".join([
        st, "Sina Tuilagi", f"Talofa! toonai at Aunty's after lotu {DAYS[6]}, everyone bring something",
        "You sent", "malo, I'll bring the oka", "Sina Tuilagi", "choir practice tonite at 6 dont forget",
        "09:14", "Sina Tuilagi", "how was fiafia last night?", "You sent", "chur, went till late haha"])
    return text, [(st, T(d3, 19, 2)), (DAYS[6], D(sun)), ("tonite", P(d3, "NI")), ("6", T(d3, 18)),
                  ("09:14", T(d0, 9, 14)), ("last night", P(d0 - ONE, "NI"))]


def imessage_iqaluit(r):
    """An Iqaluit mother and her son in Ottawa on iMessage: "Friday 7:02 PM" divider, "coming Sun", "after supper"."""
    d4, d1, d0 = r - 4 * ONE, r - ONE, r
    sun = coming(d4, 6)
    wd = DAYS[d4.weekday()]
    text = "\n".join([
        f"{wd} 7:02 PM", f"Flight lands coming {SHORT[6]} around 3, can you pick me up?",
        "Yes, I'll be at the airport by 2:30", "Delivered",
        "Yesterday 10:40 PM", "Northern lights were amazing tonite, wish you saw", "Read 10:52 PM",
        "Today 9:41 AM", "Blizzard this morning, maybe delayed. Check after lunch"])
    return text, [(f"{wd} 7:02 PM", T(d4, 19, 2)), (f"coming {SHORT[6]}", D(sun)), ("3", T(sun, 15)), ("2:30", T(sun, 14, 30)),
                  ("Yesterday 10:40 PM", T(d1, 22, 40)), ("tonite", P(d1, "NI")), ("10:52 PM", T(d1, 22, 52)),
                  ("Today 9:41 AM", T(d0, 9, 41)), ("this morning", P(d0, "MO"))]


def sms_nz(r):
    """A Wellington nana's SMS to her mokopuna (Android Messages, en-NZ divider over the messages, clock under each)."""
    d3, d0 = r - 3 * ONE, r
    v3 = f"{DAYS[d3.weekday()]}, {d3.day} {d3:%B} {d3.year}"
    own = d3 + 7 * ONE
    text = "\n".join([
        v3, f"Kia ora bub, nana's making a boil up {DAYS[d3.weekday()]} next week, come for tea", ap(9, 5, 'pm'),
        "Chur nana! what time?", ap(9, 40, 'pm'), "Half 6, koro wants to eat early", ap(9, 44, 'pm'),
        "Today", "Tena koe for coming this morning, the lawn looks mean", ap(14, 1, 'pm')])
    return text, [(v3, D(d3)), (f"{DAYS[d3.weekday()]} next week", D(own)), (ap(9, 5, 'pm'), T(d3, 9, 5)),
                  (ap(9, 40, 'pm'), T(d3, 9, 40)), ("Half 6", T(own, 18, 30)), (ap(9, 44, 'pm'), T(d3, 9, 44)),
                  ("Today", D(d0)), ("this morning", P(d0, "MO")), (ap(14, 1, 'pm'), T(d0, 14, 1))]


def telegram_nairobi(r):
    """Nairobi friends' Telegram copies: "Name, [3 Dec 2026 at 21:40:12]"; "we went <own weekday>", "by 9 latest"."""
    d2, d1 = r - 2 * ONE, r - ONE
    s2 = f"{d2.day} {d2:%b} {d2.year} at 21:40:12"
    s1 = f"{d1.day} {d1:%b} {d1.year} at 07:05:48"
    text = "\n".join([
        f"Wanjiru, [{s2}]", f"Sasa! We went Naivasha {DAYS[d2.weekday()]} last week, the place is nice sana",
        f"Otieno, [{s2[:-8]}21:41:30]", "Let's go tomorrow then, leave by 9 latest to beat traffic",
        f"Wanjiru, [{s1}]", "Poa, I'm up. Tonight we come back late"])
    lw = d2 - 7 * ONE
    return text, [(s2, T(d2, 21, 40)), (f"{DAYS[d2.weekday()]} last week", D(lw)),
                  (s2[:-8] + "21:41:30", T(d2, 21, 41)), ("tomorrow", D(d1)), ("9", T(d1, 9)),
                  (s1, T(d1, 7, 5)), ("Tonight", P(d1, "NI"))]


def wa_yellowknife(r):
    """A Yellowknife (NWT) family's Android export: "quarter to 8", "after supper", "tmrw nite", "next week"."""
    d2, d1 = r - 2 * ONE, r - ONE
    s = wa_android
    text = "\n".join([
        f"{s(d2, 12, 10)} - Dad: Truck won't start, -38 this morning 🥶",
        f"{s(d2, 12, 14)} - Kayla: Plug it in tonight! I'll pick up the kids at quarter to 4",
        f"{s(d2, 12, 20)} - Mom: Bingo at the Legion tmrw nite, who's driving?",
        f"{s(d1, 8, 30)} - Kayla: Me. Leaving at 7 so be ready",
        f"{s(d1, 8, 31)} - Kayla: and next week the ice road opens 🎉"])
    return text, [(s(d2, 12, 10), T(d2, 12, 10)), ("this morning", P(d2, "MO")), (s(d2, 12, 14), T(d2, 12, 14)),
                  ("tonight", P(d2, "NI")), ("quarter to 4", T(d2, 15, 45)), (s(d2, 12, 20), T(d2, 12, 20)),
                  ("tmrw nite", P(d1, "NI")), (s(d1, 8, 30), T(d1, 8, 30)), ("7", T(d1, 19)),
                  (s(d1, 8, 31), T(d1, 8, 31)), ("next week", W(d1 + 7 * ONE))]


def wa_trini_ios(r):
    """A Port of Spain friends' iOS export: "we went <wd>", "coming <wd>", "Fri week", "early evening", "8ish"."""
    d3, d1 = r - 3 * ONE, r - ONE
    went = d3 - 3 * ONE
    come = d3 + 2 * ONE
    fw = coming(d1, 4) + 7 * ONE
    s = wa_ios
    text = "\n".join([
        f"[{s(d3, 20, 2, 14)}] Kez: Allyuh we went Maracas {DAYS[went.weekday()]} and the bake n shark line was RIDICULOUS",
        f"[{s(d3, 20, 4, 51)}] Rishi: lol. Lime at mine coming {DAYS[come.weekday()]}? 8ish",
        f"[{s(d3, 20, 6, 3)}] Kez: Ah dey",
        f"[{s(d1, 17, 30, 0)}] Rishi: Change of plans, lime moving to {SHORT[4]} week, early evening, by the savannah"])
    return text, [(s(d3, 20, 2, 14), T(d3, 20, 2, 14)), (DAYS[went.weekday()], D(went)),
                  (s(d3, 20, 4, 51), T(d3, 20, 4, 51)), (f"coming {DAYS[come.weekday()]}", D(come)), ("8ish", T(come, 20)),
                  (s(d3, 20, 6, 3), T(d3, 20, 6, 3)), (s(d1, 17, 30, 0), T(d1, 17, 30, 0))] + (
                  # said on a Friday, "Fri week" is a week on or two (left out)
                  [(f"{SHORT[4]} week", D(fw))] if d1.weekday() != 4 else [])


def wa_accra(r):
    """An Accra family's Android export, verbless plans under the stamps: "Outdooring <Weekday>", "church Sun" ... "lunch
    Wed.", "Fri before last"; the weekday a plan's, the one to come from the message's day, or a week back before "before
    last"."""
    d3, d1 = r - 3 * ONE, r - ONE
    s = wa_android
    o1 = coming(d3, (d3.weekday() + 3) % 7)
    o2 = coming(d1, (d1.weekday() + 2) % 7)
    bl = gone(d3, 4) - 7 * ONE
    text = "\n".join([
        f"{s(d3, 17, 2)} - Auntie Efua: Family, Baby Nana's outdooring {DAYS[o1.weekday()]} 🙏🏾",
        f"{s(d3, 17, 6)} - Kwame: Eiii congrats! Kofi's wife cooked for us Fri before last, she's a star",
        f"{s(d3, 17, 9)} - Auntie Efua: Yes. Dress code white, 6am at the house",
        f"{s(d1, 20, 40)} - Ama: Me paa. Family lunch {SHORT[o2.weekday()]}.",
        f"{s(d1, 20, 44)} - Kwame: ok, medaase"])
    want = [(s(d3, 17, 2), T(d3, 17, 2)), (DAYS[o1.weekday()], D(o1)), (s(d3, 17, 6), T(d3, 17, 6))]
    if d3.weekday() != 4:   # said on a Friday, "Fri before last" is a week or two back (left out)
        want.append(("Fri before last", D(bl)))
    return text, want + [(s(d3, 17, 9), T(d3, 17, 9)), (s(d1, 20, 40), T(d1, 20, 40)),
                         (SHORT[o2.weekday()], D(o2)), (s(d1, 20, 44), T(d1, 20, 44))]


EXPORTS = [wa_accra, wa_kingston, wa_suva_ios, wa_dhaka, wa_lagos_ios, wa_perth_us, wa_colombo_ios, messenger_apia,
           imessage_iqaluit, sms_nz, telegram_nairobi, wa_yellowknife, wa_trini_ios]

# Still weak, kept as an expected failure (the report's "still weak").
# Cross-message: "6 or 7?" and "7 sharp" answering "wah time again?" the morning after the dinner was named (the day and
# the bare hours of an answer with no cue); "from 4", "9 or 10" about a party named two messages before; "we went Sun
# already", "we went Mon already" (a paper's name and the Caribbean "mon" too); "Running late today" read as one "late
# today"; "Family lunch Sun." and "Mon." (the never-loose "Sun" and the interjection "Mon" stay untagged in a phone's
# capital).
# A Sunday's lunch after church named that Sunday at 19:02 ("toonai at Aunty's after lotu Sunday"): a week on, read as
# that day.
LEFT = {("messenger_apia", "Sunday"), ("wa_kingston", "6"), ("wa_kingston", "7"), ("wa_kingston", "Sun"), ("wa_kingston", "Mon"),
        ("wa_accra", "Sun"), ("wa_accra", "Mon"), ("wa_lagos_ios", "4"), ("wa_lagos_ios", "9"), ("wa_lagos_ios", "10"), ("wa_dhaka", "today")}


def _wrong(export, left: bool = False, refs=REFS) -> list[str]:
    return export_wrong(export, refs, LEFT, left)


@pytest.mark.parametrize("export", EXPORTS, ids=[e.__name__ for e in EXPORTS])
def test_family_chat_grid(export):
    wrong = _wrong(export)
    n = sum(len(export(r)[1]) for r in REFS)
    assert not wrong, f"{len(wrong)} of {n} wrong:\n" + "\n".join(wrong[:40])


@pytest.mark.xfail(strict=False, reason="still weak: see LEFT")
@pytest.mark.parametrize("export", [e for e in EXPORTS if any(e.__name__ == n for n, _ in LEFT)] or [None])
def test_family_chat_grid_left(export):
    assert export is not None and not _wrong(export, left=True)
