"""(chats45, forty-fifth session, §264-§265) Chat exports as people paste them: WhatsApp on Android (en-GB
"21/06/2024, 19:02 - Name: ..." and en-US "6/21/24, 7:02 PM - Name: ..."), Slack (day dividers "Monday, June 3rd",
"Yesterday", "Today" over "Name  9:02 AM" lines; a thread's "Last reply today at 1:40 PM"; a pinned note), Discord
("Name — Yesterday at 19:48", "Name — 11/29/2024 10:14 PM"), iMessage ("Saturday 7:15 PM", "Fri, Jan 2 at 6:47 PM",
"Yesterday 10:40 PM", "Today 2:31 AM", a "Read 9:14 PM" receipt, "Delivered") and Android SMS (a divider "Friday, 7
June 2024", the clock alone on its line under each message). Thirteen invented conversations, each written anew for
every reference date (every weekday, month ends, year ends, the clock changes), the messages spread over the days
before it; each stamp, divider and day word with the value a TimeML annotator gives, computed from the calendar:
a stamp is the TIME the message was sent, a divider the DATE it names, a message's "tmrw", "tonight", "yesterday"
count from its own stamp's (or divider's) day."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from timeline_app.temporal import tag

REFS = [date(2024, 3, 31), date(2024, 3, 11), date(2024, 6, 5), date(2024, 10, 31), date(2025, 1, 2),
        date(2024, 11, 1), date(2025, 3, 1), date(2024, 12, 31), date(2024, 10, 27), date(2025, 1, 6),
        date(2024, 2, 29), date(2026, 1, 5)]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def T(d: date, h: int, mi: int) -> tuple:
    return ("TIME", f"{d.isoformat()}T{h:02d}:{mi:02d}")


def D(d: date) -> tuple:
    return ("DATE", d.isoformat())


def P(d: date, pod: str) -> tuple:
    return ("TIME", f"{d.isoformat()}T{pod}")


def gb(d, h, mi):
    return f"{d:%d/%m/%Y}, {h:02d}:{mi:02d}"


def h12(h, mi):
    return f"{(h % 12) or 12}:{mi:02d} {'PM' if h >= 12 else 'AM'}"


def us(d, h, mi):
    return f"{d.month}/{d.day}/{d:%y}, {h12(h, mi)}"


def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def wa_gb(r):
    d2, d1, d0 = r - timedelta(2), r - timedelta(1), r
    text = "\n".join([
        f"{gb(d2, 21, 40)} - Sam Okoro: anyone free tmrw for the climbing wall?",
        f"{gb(d2, 21, 45)} - Priya: yes! see you there tomorrow",
        f"{gb(d1, 7, 12)} - Dee: cant make it tonight, sorry",
        f"{gb(d1, 18, 2)} - Priya: here already, where r u",
        f"{gb(d0, 9, 15)} - Dee: how was it yesterday",
        f"{gb(d0, 9, 21)} - Sam Okoro: great. leaving the office soon btw"])
    return text, [(gb(d2, 21, 40), T(d2, 21, 40)), ("tmrw", D(d1)), (gb(d2, 21, 45), T(d2, 21, 45)),
                  ("tomorrow", D(d1)), (gb(d1, 7, 12), T(d1, 7, 12)), ("tonight", P(d1, "NI")),
                  (gb(d1, 18, 2), T(d1, 18, 2)), (gb(d0, 9, 15), T(d0, 9, 15)), ("yesterday", D(d1)),
                  (gb(d0, 9, 21), T(d0, 9, 21))]


def wa_us(r):
    d2, d1, d0 = r - timedelta(2), r - timedelta(1), r
    text = "\n".join([
        f"{us(d2, 19, 2)} - Marcus: who's bringing the grill tmrw",
        f"{us(d2, 19, 5)} - Jen W: me! I'll grab charcoal tonight",
        f"{us(d1, 9, 41)} - Marcus: running late, there by noon",
        f"{us(d1, 11, 58)} - Tash: leaving now",
        f"{us(d0, 0, 3)} - Jen W: thanks all!!",
        f"{us(d0, 8, 1)} - Tash: yesterday was so fun"])
    return text, [(us(d2, 19, 2), T(d2, 19, 2)), ("tmrw", D(d1)), (us(d2, 19, 5), T(d2, 19, 5)),
                  ("tonight", P(d2, "NI")), (us(d1, 9, 41), T(d1, 9, 41)), ("noon", T(d1, 12, 0)),
                  (us(d1, 11, 58), T(d1, 11, 58)), (us(d0, 0, 3), T(d0, 0, 3)), (us(d0, 8, 1), T(d0, 8, 1)),
                  ("yesterday", D(d1))]


def wa_arvo(r):
    d1, d0 = r - timedelta(1), r
    text = "\n".join([
        f"{gb(d1, 8, 30)} - Bec: footy this arvo?",
        f"{gb(d1, 8, 45)} - Josh: can't mate, working till late",
        f"{gb(d1, 8, 47)} - Bec: all good",
        f"{gb(d0, 7, 55)} - Bec: yesterday was a washout anyway lol"])
    return text, [(gb(d1, 8, 30), T(d1, 8, 30)), ("this arvo", P(d1, "AF")), (gb(d1, 8, 45), T(d1, 8, 45)),
                  (gb(d1, 8, 47), T(d1, 8, 47)), (gb(d0, 7, 55), T(d0, 7, 55)), ("yesterday", D(d1))]


def wa_us_midnight(r):
    d1, d0 = r - timedelta(1), r
    text = "\n".join([
        f"{us(d1, 23, 58)} - Leah: almost midnight!!!",
        f"{us(d0, 0, 3)} - Rob K: happy birthday Leah!! drinks tonight?",
        f"{us(d0, 0, 5)} - Leah: yesss",
        f"{us(d0, 10, 30)} - Omar: what time did you get home last night lol"])
    return text, [(us(d1, 23, 58), T(d1, 23, 58)), (us(d0, 0, 3), T(d0, 0, 3)), ("tonight", P(d0, "NI")),
                  (us(d0, 0, 5), T(d0, 0, 5)), (us(d0, 10, 30), T(d0, 10, 30)), ("last night", P(d1, "NI"))]


def wa_us_afternoon(r):
    d1, d0 = r - timedelta(1), r
    text = "\n".join([
        f"{us(d1, 8, 30)} - Bec: footy this afternoon?",
        f"{us(d1, 8, 45)} - Josh: can't, working late",
        f"{us(d0, 7, 55)} - Bec: yesterday was a washout anyway"])
    return text, [(us(d1, 8, 30), T(d1, 8, 30)), ("this afternoon", P(d1, "AF")), (us(d1, 8, 45), T(d1, 8, 45)),
                  (us(d0, 7, 55), T(d0, 7, 55)), ("yesterday", D(d1))]


def slack_divider(d, r):
    if d == r:
        return "Today"
    if d == r - timedelta(1):
        return "Yesterday"
    return f"{d:%A}, {d:%B} {ordinal(d.day)}" + (f", {d.year}" if d.year != r.year else "")


def slack_us(r):
    d2, d1, d0 = r - timedelta(2), r - timedelta(1), r
    div = slack_divider(d2, r)
    text = "\n".join([div, "Priya N  9:02 AM", "can we push the retro to tomorrow?", "Tom Baker  9:05 AM",
                      "fine by me", "Yesterday", "Priya N  4:40 PM", "retro moved to 11 tomorrow", "Today",
                      "Tom Baker  8:12 AM", "running a bit late for the retro", "3 replies Last reply today at 1:40 PM"])
    return text, [(div, D(d2)), ("9:02 AM", T(d2, 9, 2)), ("tomorrow", D(d1)), ("9:05 AM", T(d2, 9, 5)),
                  ("Yesterday", D(d1)), ("4:40 PM", T(d1, 16, 40)), ("11 tomorrow", T(d0, 11, 0)),
                  ("Today", D(d0)), ("8:12 AM", T(d0, 8, 12)), ("today at 1:40 PM", T(d0, 13, 40))]


def slack_gb(r):
    d3, d0 = r - timedelta(3), r
    div = f"{d3:%A} {d3.day} {d3:%B}"
    after = d3 + timedelta(2)
    text = "\n".join([div, "Aoife  14:03", "is the office shut tomorrow?", "Ravi  14:10",
                      f"yep, back in on {DAYS[after.weekday()]}", "Today", "Aoife  10:22",
                      "didn't sleep at all last night"])
    return text, [(div, D(d3)), ("14:03", T(d3, 14, 3)), ("tomorrow", D(d3 + timedelta(1))), ("14:10", T(d3, 14, 10)),
                  (DAYS[after.weekday()], D(after)), ("Today", D(d0)), ("10:22", T(d0, 10, 22)),
                  ("last night", P(d0 - timedelta(1), "NI"))]


def slack_pinned(r):
    d1, d0 = r - timedelta(1), r
    text = "\n".join(["Yesterday", ":pushpin: Pinned by Leo", "Leo  9:15 AM", "standup moved to 10 tomorrow",
                      "Maya R  9:20 AM", "thanks Leo", "Today", "Maya R  9:01 AM", "back! fix by end of day"])
    return text, [("Yesterday", D(d1)), ("9:15 AM", T(d1, 9, 15)), ("10 tomorrow", T(d0, 10, 0)),
                  ("9:20 AM", T(d1, 9, 20)), ("Today", D(d0)), ("9:01 AM", T(d0, 9, 1))]


def discord(r):
    d1, d0 = r - timedelta(1), r
    text = "\n".join(["kestrel — Yesterday at 19:48", "raid tonight at 9?", "mossy — Yesterday at 19:50",
                      "can't, tmrw instead", "kestrel — Today at 05:12", "ok this evening then, 9pm sharp"])
    return text, [("Yesterday", D(d1)), ("19:48", T(d1, 19, 48)), ("tonight", P(d1, "NI")), ("9", T(d1, 21, 0)),
                  ("19:50", T(d1, 19, 50)), ("tmrw", D(d0)), ("Today", D(d0)), ("05:12", T(d0, 5, 12)),
                  ("9pm", T(d0, 21, 0))]


def discord_dated(r):
    d3, d1, d0 = r - timedelta(3), r - timedelta(1), r
    st = f"{d3:%m/%d/%Y} {h12(22, 14)}"
    text = "\n".join([f"rook — {st}", "server maintenance tmrw at noon", "ivy — Yesterday at 18:20",
                      "back up, thanks all", "ivy — Today at 07:55", "cheers"])
    return text, [(st, T(d3, 22, 14)), ("tmrw", D(d3 + timedelta(1))), ("noon", T(d3 + timedelta(1), 12, 0)),
                  ("Yesterday", D(d1)), ("18:20", T(d1, 18, 20)), ("Today", D(d0)), ("07:55", T(d0, 7, 55))]


def imessage_week(r):
    d3, d1, d0 = r - timedelta(3), r - timedelta(1), r
    st = f"{DAYS[d3.weekday()]} {h12(19, 15)}"
    text = "\n".join([st, "Dinner was amazing, thank you!!", "Yesterday 10:40 PM", "did you get home ok?",
                      "Read 10:52 PM", "Today 8:05 AM", "yes sorry fell asleep. lunch tmrw?", "Delivered"])
    return text, [(st, T(d3, 19, 15)), ("Yesterday 10:40 PM", T(d1, 22, 40)), ("10:52 PM", T(d1, 22, 52)),
                  ("Today 8:05 AM", T(d0, 8, 5)), ("tmrw", D(d0 + timedelta(1)))]


def imessage_old(r):
    d8, d1, d0 = r - timedelta(8), r - timedelta(1), r
    st = f"{d8:%a}, {d8:%b} {d8.day}" + (f", {d8.year}" if d8.year != r.year else "") + f" at {h12(18, 47)}"
    text = "\n".join([st, "Are we still on for tmrw?", "Yep!", "Delivered", "Yesterday 10:40 PM",
                      "Home safe, thanks for today x", "Read 9:14 PM", "Today 2:31 AM", "can't sleep. coffee tomorrow?"])
    return text, [(st, T(d8, 18, 47)), ("tmrw", D(d8 + timedelta(1))), ("Yesterday 10:40 PM", T(d1, 22, 40)),
                  ("today", D(d1)), ("9:14 PM", T(d1, 21, 14)), ("Today 2:31 AM", T(d0, 2, 31)),
                  ("tomorrow", D(d0 + timedelta(1)))]


def sms_android(r):
    d1, d0 = r - timedelta(1), r
    v1, v0 = f"{d1:%A}, {d1.day} {d1:%B} {d1.year}", f"{d0:%A}, {d0.day} {d0:%B} {d0.year}"
    text = "\n".join([v1, "Leaving work soon, pick you up after?", "6:47 PM", "Sounds good. Tomorrow we shop",
                      "6:50 PM", v0, "Running late, sorry", "9:58 AM", "Read 10:01 AM"])
    return text, [(v1, D(d1)), ("6:47 PM", T(d1, 18, 47)), ("Tomorrow", D(d0)), ("6:50 PM", T(d1, 18, 50)),
                  (v0, D(d0)), ("9:58 AM", T(d0, 9, 58)), ("10:01 AM", T(d0, 10, 1))]


EXPORTS = [wa_gb, wa_us, wa_arvo, wa_us_midnight, wa_us_afternoon, slack_us, slack_gb, slack_pinned, discord, discord_dated,
           imessage_week, imessage_old, sms_android]


def _wrong(export) -> list[str]:
    wrong = []
    for r in REFS:
        text, want = export(r)
        got = {}
        for t in tag(text, r):
            got.setdefault(t.expression, (t.timex_type, t.timex_value))
        for expr, val in want:
            if got.get(expr) != val:
                wrong.append(f"{r} {expr!r}: {got.get(expr)} (want {val})")
    return wrong


@pytest.mark.parametrize("export", EXPORTS, ids=[e.__name__ for e in EXPORTS])
def test_chat_export_grid(export):
    wrong = _wrong(export)
    n = sum(len(export(r)[1]) for r in REFS)
    assert not wrong, f"{len(wrong)} of {n} wrong:\n" + "\n".join(wrong[:30])
