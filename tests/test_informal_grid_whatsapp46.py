"""(whatsapp46, forty-sixth session, §276-§277) WhatsApp exports and phone message copies in the locales the earlier
grids did not cover: WhatsApp on Android and iOS set to en-IN ("21/06/24, 7:02 pm - Name: ..."), en-ZA
("[2025/09/03, 18:22:05] Name: ..."), en-NG ("21/06/2024, 7:02 pm - ..."), en-PH ("6/21/24, 7:02 PM - ..."), en-AU
("[3/9/25, 6:22:05 pm] Name: ..."), en-CA ("2024-06-21, 7:02 p.m. - ..." and "[2025-09-03, 6:22:05 p.m.] ..."), with
the narrow no-break space newer phones print before am/pm, the left-to-right marks iOS puts before its system lines
and "image omitted", the system lines themselves ("Messages and calls are end-to-end encrypted", "X added Y", "Missed
voice call", "<Media omitted>", "This message was deleted", "<This message was edited>"), messages of two lines (the
second has no stamp), and group chats over three to five days whose messages say "tmrw", "2nite", "this arvo", "Sat",
"Fri", "the 14th", "in 20 mins", "yday"; and iMessage and SMS copies with their dividers ("Today 9:41 AM",
"Yesterday 10:40 PM", "Friday 7:02 PM", "Fri, Jan 2 at 6:47 PM"). Every copy is written anew for each reference date
(every weekday, month ends, the year's turn, both clock changes, a leap day), the values computed with datetime: a
stamp is the TIME its message was sent (to the second where it prints seconds), a divider the DATE or TIME it names, a message's day words
count from its own stamp's day; a day and its clock in a message stay two (§259). An expression wanted as None must not be tagged at all."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from gridcheck import in_order

REFS = [date(2026, 3, 30), date(2026, 3, 10), date(2026, 6, 3), date(2026, 12, 31), date(2027, 1, 1),
        date(2026, 10, 31), date(2026, 11, 1), date(2026, 4, 1), date(2027, 1, 4), date(2026, 2, 27),
        date(2028, 3, 1), date(2026, 9, 12)]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SHORT = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
ONE = timedelta(days=1)
NNB = "\u202f"   # narrow no-break space before am/pm on newer phones
LRM = "\u200e"   # left-to-right mark iOS puts before system lines and "image omitted"


def T(d: date, h: int, mi: int, s: int | None = None) -> tuple:
    """A TIME to the minute, or to the second where the stamp prints its seconds (§129)."""
    return ("TIME", f"{d.isoformat()}T{h:02d}:{mi:02d}" + (f":{s:02d}" if s is not None else ""))


def D(d: date) -> tuple:
    return ("DATE", d.isoformat())


def P(d: date, pod: str) -> tuple:
    return ("TIME", f"{d.isoformat()}T{pod}")


def ap(h, mi, form="PM", sp=" "):
    """12-hour clock: form is 'PM', 'pm' or 'p.m.'."""
    mark = {"PM": ("AM", "PM"), "pm": ("am", "pm"), "p.m.": ("a.m.", "p.m.")}[form][h >= 12]
    return f"{(h % 12) or 12}:{mi:02d}{sp}{mark}"


def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def next_wd(d: date, wd: int) -> date:
    """The first weekday wd after d (never d itself)."""
    return d + timedelta(days=(wd - d.weekday()) % 7 or 7)


# --- WhatsApp on Android ----------------------------------------------------------------------------------------

def wa_in_android(r):
    """en-IN Android: "21/06/24, 7:02 pm - " day first, two-digit year, lower-case pm after a narrow space."""
    d3, d2, d0 = r - 3 * ONE, r - 2 * ONE, r

    def st(d, h, mi):
        return f"{d:%d/%m/%y}, {ap(h, mi, 'pm', NNB)}"
    text = "\n".join([
        f"{st(d3, 19, 2)} - Messages and calls are end-to-end encrypted. No one outside of this chat, not even "
        "WhatsApp, can read or listen to them. Tap to learn more.",
        f"{st(d3, 19, 2)} - Rahul Verma created group \"Goa trip planning\"",
        f"{st(d3, 19, 3)} - Rahul Verma added Sneha, Arjun",
        f"{st(d3, 19, 5)} - Rahul Verma: Guys booking the tickets tmrw, confirm by 2nite pls",
        f"{st(d3, 21, 47)} - Sneha: I'm in!!",
        "Only thing is my leave gets approved only tmrw",
        f"{st(d2, 9, 14)} - Arjun: <Media omitted>",
        f"{st(d2, 9, 15)} - Arjun: This message was deleted",
        f"{st(d2, 9, 16)} - Arjun: in 20 mins I'll send the hotel list",
        f"{st(d0, 8, 40)} - Sneha: yday's hotel was too costly yaar <This message was edited>"])
    return text, [(st(d3, 19, 2), T(d3, 19, 2)), (st(d3, 19, 2), T(d3, 19, 2)), (st(d3, 19, 3), T(d3, 19, 3)),
                  (st(d3, 19, 5), T(d3, 19, 5)), ("tmrw", D(d3 + ONE)), ("2nite", P(d3, "NI")),
                  (st(d3, 21, 47), T(d3, 21, 47)), ("tmrw", D(d3 + ONE)), (st(d2, 9, 14), T(d2, 9, 14)),
                  (st(d2, 9, 15), T(d2, 9, 15)), (st(d2, 9, 16), T(d2, 9, 16)), ("20 mins", ("DURATION", "PT20M")),
                  (st(d0, 8, 40), T(d0, 8, 40)), ("yday", D(d0 - ONE))]


def wa_ng_android(r):
    """en-NG Android: "21/06/2024, 7:02 pm - " day first, four-digit year, 12-hour lower case; "2moro", "the 14th"."""
    d4, d3, d1, d0 = r - 4 * ONE, r - 3 * ONE, r - ONE, r
    nth = d4 + 6 * ONE

    def st(d, h, mi):
        return f"{d:%d/%m/%Y}, {ap(h, mi, 'pm')}"
    text = "\n".join([
        f"{st(d4, 20, 11)} - Chiamaka: Good evening family. Mummy's thanksgiving is on the {ordinal(nth.day)}, "
        "everybody should come home",
        f"{st(d4, 20, 30)} - Tunde: Noted. I'll travel 2moro",
        f"{st(d3, 7, 2)} - Emeka: Missed voice call",
        f"{st(d3, 7, 4)} - Emeka: Abeg call me back, network was bad",
        "I dey for office till 6",
        f"{st(d1, 22, 58)} - Tunde: Landed Lagos tonight, Third Mainland was terrible",
        f"{st(d0, 6, 45)} - Chiamaka: Thank God. See you this evening"])
    return text, [(st(d4, 20, 11), T(d4, 20, 11)), (f"the {ordinal(nth.day)}", D(nth)),
                  (st(d4, 20, 30), T(d4, 20, 30)), ("2moro", D(d4 + ONE)), (st(d3, 7, 2), T(d3, 7, 2)),
                  (st(d3, 7, 4), T(d3, 7, 4)), ("6", T(d3, 18, 0)), (st(d1, 22, 58), T(d1, 22, 58)),
                  ("tonight", P(d1, "NI")), (st(d0, 6, 45), T(d0, 6, 45)), ("this evening", P(d0, "EV"))]


def wa_ph_android(r):
    """en-PH Android: "6/21/24, 7:02 PM - " month first (US order), capital PM after a narrow space."""
    d2, d1, d0 = r - 2 * ONE, r - ONE, r
    sat = d2 + 3 * ONE   # a weekday three days on (the day's own name said on it is §271's question)

    def st(d, h, mi):
        return f"{d.month}/{d.day}/{d:%y}, {ap(h, mi, 'PM', NNB)}"
    text = "\n".join([
        f"{st(d2, 12, 30)} - Joy Santos: Hi po! Pick up of the cake {SHORT[sat.weekday()]} morning ha",
        f"{st(d2, 12, 41)} - Mark Reyes: Sige po, noted",
        f"{st(d1, 17, 3)} - Joy Santos: ‎<Media omitted>",
        f"{st(d1, 17, 3)} - Joy Santos: This is the design po",
        f"{st(d1, 17, 20)} - Mark Reyes: Missed video call",
        f"{st(d0, 10, 2)} - Mark Reyes: Ma'am ready na po, you can get it later"])
    want = [(st(d2, 12, 30), T(d2, 12, 30)), (SHORT[sat.weekday()] + " morning", P(sat, "MO")),
            (st(d2, 12, 41), T(d2, 12, 41)), (st(d1, 17, 3), T(d1, 17, 3)), (st(d1, 17, 3), T(d1, 17, 3)),
            (st(d1, 17, 20), T(d1, 17, 20)), (st(d0, 10, 2), T(d0, 10, 2))]
    return text, want


def wa_ca_android(r):
    """en-CA Android: "2024-06-21, 7:02 p.m. - " ISO date, "a.m."/"p.m."."""
    d3, d1, d0 = r - 3 * ONE, r - ONE, r

    def st(d, h, mi):
        return f"{d.isoformat()}, {ap(h, mi, 'p.m.', NNB)}"
    text = "\n".join([
        f"{st(d3, 18, 15)} - Marc Tremblay: Hockey tmrw night, who's in?",
        f"{st(d3, 18, 20)} - Priya Singh: me! what time",
        f"{st(d3, 18, 22)} - Marc Tremblay: 9:30, same rink",
        f"{st(d1, 7, 50)} - Dave O'Neil: snow day lol, roads are brutal this morning",
        f"{st(d0, 11, 5)} - Priya Singh: did anyone grab my stick yesterday?"])
    return text, [(st(d3, 18, 15), T(d3, 18, 15)), ("tmrw night", P(d3 + ONE, "NI")), (st(d3, 18, 20), T(d3, 18, 20)),
                  (st(d3, 18, 22), T(d3, 18, 22)), (st(d1, 7, 50), T(d1, 7, 50)), ("this morning", P(d1, "MO")),
                  (st(d0, 11, 5), T(d0, 11, 5)), ("yesterday", D(d0 - ONE))]


def wa_za_android(r):
    """en-ZA Android: "2024/06/21, 19:02 - " year first, 24-hour clock."""
    d2, d1, d0 = r - 2 * ONE, r - ONE, r

    def st(d, h, mi):
        return f"{d:%Y/%m/%d}, {h:02d}:{mi:02d}"
    text = "\n".join([
        f"{st(d2, 16, 40)} - Thabo: Braai at mine tomorrow, bring your own meat",
        f"{st(d2, 16, 52)} - Naledi: Lekker! Just now I'll confirm with Sipho",
        f"{st(d1, 13, 5)} - Naledi: Load shedding from 18:00 tonight hey",
        f"{st(d0, 9, 30)} - Sipho: Thanks for last night boet"])
    return text, [(st(d2, 16, 40), T(d2, 16, 40)), ("tomorrow", D(d1)), (st(d2, 16, 52), T(d2, 16, 52)),
                  (st(d1, 13, 5), T(d1, 13, 5)), ("18:00 tonight", T(d1, 18, 0)), (st(d0, 9, 30), T(d0, 9, 30)),
                  ("last night", P(d0 - ONE, "NI"))]


# --- WhatsApp on iOS --------------------------------------------------------------------------------------------

def wa_au_ios(r):
    """en-AU iOS: "[3/9/25, 6:22:05 pm] Name: " day first, unpadded, lower-case pm; "this arvo", "Sat"."""
    d3, d2, d0 = r - 3 * ONE, r - 2 * ONE, r
    sat = d3 + 2 * ONE

    def st(d, h, mi, s=5):
        return f"{d.day}/{d.month}/{d:%y}, {ap(h, mi, 'pm', NNB).replace(f':{mi:02d}', f':{mi:02d}:{s:02d}')}"
    text = "\n".join([
        f"{LRM}[{st(d3, 8, 1)}] Footy mums: {LRM}Messages and calls are end-to-end encrypted.",
        f"[{st(d3, 8, 10)}] Kylie: Training's on this arvo, oval 2",
        f"[{st(d3, 8, 12)}] Bec: Righto. Game's {SHORT[sat.weekday()]} at 9 yeah?",
        f"[{st(d2, 19, 30)}] Kylie: {LRM}image omitted",
        f"[{st(d2, 19, 31)}] Kylie: Trophies for tonight's presentation",
        "Looks unreal hey",
        f"[{st(d0, 7, 45)}] Bec: Who's on oranges today?"])
    return text, [(st(d3, 8, 1), T(d3, 8, 1, 5)), (st(d3, 8, 10), T(d3, 8, 10, 5)), ("this arvo", P(d3, "AF")),
                  (st(d3, 8, 12), T(d3, 8, 12, 5)), (SHORT[sat.weekday()], D(sat)), ("9", T(sat, 9, 0)),
                  (st(d2, 19, 30), T(d2, 19, 30, 5)), (st(d2, 19, 31), T(d2, 19, 31, 5)), ("tonight", P(d2, "NI")),
                  (st(d0, 7, 45), T(d0, 7, 45, 5)), ("today", D(d0))]


def wa_za_ios(r):
    """en-ZA iOS: "[2025/09/03, 18:22:05] Name: " year first, 24-hour."""
    d3, d1, d0 = r - 3 * ONE, r - ONE, r

    def st(d, h, mi, s=33):
        return f"{d:%Y/%m/%d}, {h:02d}:{mi:02d}:{s:02d}"
    text = "\n".join([
        f"[{st(d3, 20, 2)}] Annelie: {LRM}Annelie added Pieter",
        f"[{st(d3, 20, 4)}] Annelie: Netball moved to Thursday 17:30",
        f"[{st(d1, 6, 55)}] Pieter: {LRM}Missed voice call",
        f"[{st(d1, 7, 0)}] Pieter: Sorry, can only make it next week",
        f"[{st(d0, 12, 12)}] Annelie: {LRM}This message was deleted."])
    thu = next_wd(d3, 3)
    return text, [(st(d3, 20, 2), T(d3, 20, 2, 33)), (st(d3, 20, 4), T(d3, 20, 4, 33)),
                  ("Thursday 17:30", T(thu, 17, 30)), (st(d1, 6, 55), T(d1, 6, 55, 33)), (st(d1, 7, 0), T(d1, 7, 0, 33)),
                  (st(d0, 12, 12), T(d0, 12, 12, 33))]


def wa_in_ios(r):
    """en-IN iOS: "[21/06/24, 7:02:05 PM] Name: " day first, two-digit year, capital PM."""
    d4, d2, d0 = r - 4 * ONE, r - 2 * ONE, r
    fri = next_wd(d4, 4)   # "Fri": the coming Friday ("next Fri" is two-way, left out)

    def st(d, h, mi):
        return f"{d:%d/%m/%y}, {ap(h, mi, 'PM', NNB).replace(f':{mi:02d}', f':{mi:02d}:17')}"
    text = "\n".join([
        f"[{st(d4, 22, 5)}] Ananya: Interview is on Fri only, {ordinal(fri.day)} morning",
        f"[{st(d4, 22, 9)}] Kabir: all the best!! call me 2moro after 7pm",
        f"[{st(d2, 11, 0)}] Ananya: {LRM}document omitted",
        f"[{st(d0, 16, 20)}] Kabir: sent you the notes yday, did you get?"])
    return text, [(st(d4, 22, 5), T(d4, 22, 5, 17)), ("Fri", D(fri)), (st(d4, 22, 9), T(d4, 22, 9, 17)),
                  ("2moro", D(d4 + ONE)), ("7pm", T(d4 + ONE, 19, 0)), (st(d2, 11, 0), T(d2, 11, 0, 17)),
                  (st(d0, 16, 20), T(d0, 16, 20, 17)), ("yday", D(d0 - ONE))]


def wa_ca_ios(r):
    """en-CA iOS: "[2025-09-03, 6:22:05 p.m.] Name: " ISO date, "p.m."."""
    d2, d1 = r - 2 * ONE, r - ONE

    def st(d, h, mi):
        return f"{d.isoformat()}, {ap(h, mi, 'p.m.', NNB).replace(f':{mi:02d}', f':{mi:02d}:41')}"
    text = "\n".join([
        f"[{st(d2, 21, 12)}] Chloé: Poutine night tomorrow?",
        f"[{st(d2, 21, 15)}] Sam: yes!! after 6",
        f"[{st(d1, 9, 3)}] Chloé: {LRM}sticker omitted",
        f"[{st(d1, 9, 4)}] Chloé: tonight then, see you"])
    return text, [(st(d2, 21, 12), T(d2, 21, 12, 41)), ("tomorrow", D(d1)), (st(d2, 21, 15), T(d2, 21, 15, 41)),
                  (st(d1, 9, 3), T(d1, 9, 3, 41)), (st(d1, 9, 4), T(d1, 9, 4, 41)), ("tonight", P(d1, "NI"))]


# --- iMessage and SMS copies ------------------------------------------------------------------------------------

def imessage_week(r):
    """en-US iMessage over a week: "Friday 7:02 PM", "Yesterday 10:40 PM", "Today 9:41 AM" dividers."""
    d4, d1, d0 = r - 4 * ONE, r - ONE, r
    wd = DAYS[d4.weekday()]
    text = "\n".join([
        f"{wd} 7:02 PM", "Are we still on for brunch tmrw?", "Yep! 11am at the usual place",
        "Delivered", f"Yesterday 10:40 PM", "omg did you see the game 2nite", "Read 10:52 PM",
        f"Today 9:41 AM", "Running late, there in 20 mins"])
    return text, [(f"{wd} 7:02 PM", T(d4, 19, 2)), ("tmrw", D(d4 + ONE)), ("11am", T(d4 + ONE, 11, 0)),
                  ("Yesterday 10:40 PM", T(d1, 22, 40)), ("2nite", P(d1, "NI")), ("10:52 PM", T(d1, 22, 52)),
                  ("Today 9:41 AM", T(d0, 9, 41)), ("20 mins", ("DURATION", "PT20M"))]


def imessage_old(r):
    """iMessage older than a week: "Fri, Jan 2 at 6:47 PM", then "Yesterday" and "Today"."""
    d9, d1, d0 = r - 9 * ONE, r - ONE, r
    st = f"{SHORT[d9.weekday()]}, {d9:%b} {d9.day} at {ap(18, 47)}"
    text = "\n".join([
        st, f"Happy bday!! drinks on {SHORT[(d9 + 2 * ONE).weekday()]}?", "Yesterday 8:15 AM", "sorry only just saw this lol",
        "Today 12:02 PM", "lunch tmrw instead?"])
    sat = d9 + 2 * ONE
    return text, [(st, T(d9, 18, 47)), (SHORT[sat.weekday()], D(sat)), ("Yesterday 8:15 AM", T(d1, 8, 15)),
                  ("Today 12:02 PM", T(d0, 12, 2)), ("tmrw", D(d0 + ONE))]


def sms_au(r):
    """Android Messages in en-AU: divider "Friday, 7 June 2024", the clock alone under each message, lower-case pm."""
    d2, d0 = r - 2 * ONE, r
    v2 = f"{DAYS[d2.weekday()]}, {d2.day} {d2:%B} {d2.year}"
    text = "\n".join([
        v2, "Hey it's Dr Lim's clinic, reminder of your appt tmrw at 10.15", ap(14, 5, 'pm'),
        "Thanks, see you then", ap(14, 9, 'pm'), "Today", "Running 10 mins late sorry", ap(9, 58, 'pm')])
    return text, [(v2, D(d2)), ("tmrw", D(d2 + ONE)), ("10.15", T(d2 + ONE, 10, 15)), (ap(14, 5, 'pm'), T(d2, 14, 5)),
                  (ap(14, 9, 'pm'), T(d2, 14, 9)), ("Today", D(d0)), ("10 mins", ("DURATION", "PT10M")),
                  (ap(9, 58, 'pm'), T(d0, 9, 58))]


EXPORTS = [wa_in_android, wa_ng_android, wa_ph_android, wa_ca_android, wa_za_android, wa_au_ios, wa_za_ios,
           wa_in_ios, wa_ca_ios, imessage_week, imessage_old, sms_au]

# Still missed, kept as an expected failure (the report's "still weak"): a bare "9" after "Game's Sat at" and before "yeah?"
# ("Game is Sat at 9" finds it); a weekday beside a told "Nth": "Interview is on Fri only, 13th morning" said on a Friday
# night is read as that day, and said on a Tuesday the 8th (with "11th") as the Friday after the coming one.
# A weekday and clock said on that weekday after the clock has passed ("Netball moved to Thursday 17:30" at 20:04 on a
# Thursday) is read as that day, not the week after.
LEFT = {("wa_au_ios", "9"), ("wa_in_ios", "Fri"), ("wa_za_ios", "Thursday 17:30")}


def _norm(s: str) -> str:
    return s.replace(NNB, " ").replace("\u00a0", " ").replace(LRM, "").strip()


def _wrong(export, left: bool = False, refs=REFS) -> list[str]:
    wrong = []
    for r in refs:
        text, want = export(r)
        wrong += in_order(text, r, want, checked=lambda expr: ((export.__name__, expr) in LEFT) == left, norm=_norm)
    return wrong


@pytest.mark.parametrize("export", EXPORTS, ids=[e.__name__ for e in EXPORTS])
def test_whatsapp_locale_grid(export):
    wrong = _wrong(export)
    n = sum(len(export(r)[1]) for r in REFS)
    assert not wrong, f"{len(wrong)} of {n} wrong:\n" + "\n".join(wrong[:40])


# --- §277: stamps both of whose numbers can be a month, on day-first phones that print a lower-case am/pm -----------
# The day of writing is the day after a day whose two readings both fall within the two months before it (4 June: 6
# April; 11 December: 12 November), where the stamp was "two-way" and did not anchor its message's day words.
TWO_WAY_REFS = [date(2026, 6, 5), date(2026, 12, 12), date(2026, 10, 10), date(2026, 11, 11), date(2027, 3, 3),
                date(2026, 8, 8), date(2026, 9, 9), date(2028, 3, 2), date(2026, 5, 4), date(2026, 7, 7)]


def au_two_way(r):
    """en-AU Android, unpadded "4/6/26, 8:30 am - ", a narrow space before am; "this arvo", "tmrw", "yday"."""
    d1, d0 = r - ONE, r

    def st(d, h, mi):
        return f"{d.day}/{d.month}/{d:%y}, {ap(h, mi, 'pm', NNB)}"
    text = "\n".join([
        f"{st(d1, 8, 30)} - Bec: footy this arvo? Jack's got a spare boot",
        f"{st(d1, 8, 41)} - Kylie: yep, and swimming tmrw",
        "pick up from mine?",
        f"{st(d0, 7, 2)} - Bec: how good was yday"])
    return text, [(st(d1, 8, 30), T(d1, 8, 30)), ("this arvo", P(d1, "AF")), (st(d1, 8, 41), T(d1, 8, 41)),
                  ("tmrw", D(d0)), (st(d0, 7, 2), T(d0, 7, 2)), ("yday", D(d1))]


def in_two_way(r):
    """en-IN Android, padded "04/06/26, 8:30 pm - " with a plain space; "2nite", "tmrw"."""
    d1, d0 = r - ONE, r

    def st(d, h, mi):
        return f"{d:%d/%m/%y}, {ap(h, mi, 'pm')}"
    text = "\n".join([
        f"{st(d1, 20, 30)} - Rahul: booking the cab for tmrw 6am",
        f"{st(d1, 21, 5)} - Sneha: ok, pack 2nite only",
        f"{st(d0, 5, 40)} - Rahul: cab is here"])
    return text, [(st(d1, 20, 30), T(d1, 20, 30)), ("tmrw", D(d0)), ("6am", T(d0, 6, 0)), (st(d1, 21, 5), T(d1, 21, 5)),
                  ("2nite", P(d1, "NI")), (st(d0, 5, 40), T(d0, 5, 40))]


def sg_ios_two_way(r):
    """en-SG iOS "[4/6/26, 8:30:05 am] Name: ", "tonight", "tomorrow"."""
    d1 = r - ONE

    def st(d, h, mi):
        return f"{d.day}/{d.month}/{d:%y}, {ap(h, mi, 'pm', NNB).replace(f':{mi:02d}', f':{mi:02d}:09')}"
    text = "\n".join([f"[{st(d1, 9, 15)}] Wei Ling: makan tonight? hawker centre at 7",
                      f"[{st(d1, 9, 20)}] Darren: can, but tomorrow got meeting early"])
    return text, [(st(d1, 9, 15), T(d1, 9, 15, 9)), ("tonight", P(d1, "NI")), ("7", T(d1, 19, 0)),
                  (st(d1, 9, 20), T(d1, 9, 20, 9)), ("tomorrow", D(r))]


TWO_WAY = [au_two_way, in_two_way, sg_ios_two_way]


@pytest.mark.parametrize("export", TWO_WAY, ids=[e.__name__ for e in TWO_WAY])
def test_lower_case_am_pm_is_day_first(export):
    wrong = _wrong(export, refs=TWO_WAY_REFS)
    n = sum(len(export(r)[1]) for r in TWO_WAY_REFS)
    assert not wrong, f"{len(wrong)} of {n} wrong:\n" + "\n".join(wrong[:40])


@pytest.mark.xfail(strict=False, reason="still weak: see LEFT")
@pytest.mark.parametrize("export", [e for e in EXPORTS + TWO_WAY if any(e.__name__ == n for n, _ in LEFT)],
                         ids=lambda e: e.__name__)
def test_whatsapp_locale_grid_left(export):
    assert not _wrong(export, left=True, refs=TWO_WAY_REFS if export in TWO_WAY else REFS)
