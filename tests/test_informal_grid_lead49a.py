"""Lead, forty-eighth session (docs/informal-time.md §294-§295, §304-§308), from reading informal42-blind A.

§294: a part of the day on a line of a list under a heading that names a day is of that day, as a clock is ("Last notes
before the regatta tomorrow:" / "- Fireworks over the harbour at dusk, around 8.45pm").
§295: a reply's header that opens with the thread's arrow ("  ↳ @gran_kez  4 days ago") is a comment's age stamp: counted
from the day of reading, not from the comment above it.
§304: Messenger's divider over a day's messages, "Yesterday at 06:48" / "Today at 13:36" alone on its line: one TIME.
§305: "Saturday only 8.30am and 4pm, Sunday the same": the clock keeps the weekday its clause named before it; the
weekday after the comma opens the next item.
§306: a header stamp with an edit mark after a dot ("Ana Ruiz · Riverdale · Yesterday · Edited", "· 3 days ago ·
Edited") dates its post: its "tomorrow" counts from the post's day.
§307: "every 27th August" is that day of the month, each year (XXXX-08-27).
§309: "for the whole week", "for the entire month": a length (P1W, P1M), as "the whole day".
§308: a programme's lines of a week's days ("- Wednesday 27th: parade" / "- Thursday: rest") go on past a line with its
day of the month: the Thursday after it, not the one gone.

The frames are this session's own (a harbour town's notes, a video's replies, a family's Messenger, a ferry notice, a
neighbourhood board, a festival's programme); the days of writing every third day of two years; values by datetime."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import WEEKDAYS, check, next_weekday

REFS = [date(2025, 1, 2) + timedelta(days=3 * k) for k in range(244)]
ONE = timedelta(days=1)


def _day(d: date) -> tuple[str, str]:
    return ("DATE", d.isoformat())


def _t(d: date, h: int, mi: int) -> tuple[str, str]:
    return ("TIME", f"{d.isoformat()}T{h:02d}:{mi:02d}")


def list_pod_cases():
    out = []
    for k, ref in enumerate(REFS):
        day = ref + ONE
        pod, code, line, clock, h, mi = [("dusk", "EV", "Fireworks over the harbour", "8.45pm", 20, 45),
                                         ("dawn", "MO", "Blessing of the boats on the slipway", "6.10am", 6, 10)][k % 2]
        text = (f"Kia ora all. Last notes before the regatta tomorrow, with the changes from yesterday's meeting:\n"
                f"- Sausage sizzle on the wharf at 12.30, not 1pm as first sent. Bring a chair.\n"
                f"- {line} at {pod}, around {clock}.\n"
                f"- Car park closed 11pm to 6am.\n")
        out.append((text, ref, pod, ("TIME", f"{day.isoformat()}T{code}")))
        out.append((text, ref, f"around {clock}", _t(day, h, mi)))
    return out


def reply_age_cases():
    out = []
    for k, ref in enumerate(REFS):
        first, reply = 4 + k % 3, 1 + k % 3
        handle = ["@gran_kez", "@ringer.jacko", "@the_drover_dave"][k % 3]
        text = (f"@station_wanderer  {first} days ago\nShowed this to my dad in hospital this morning ❤️\n"
                f"  ↳ {handle}  {reply} days ago\n  Hope he's home for Christmas 🙏\n")
        out.append((text, ref, f"{reply} days ago", _day(ref - timedelta(days=reply))))
        out.append((text, ref, f"{first} days ago", _day(ref - timedelta(days=first))))
    return out


def divider_cases():
    out = []
    for k, ref in enumerate(REFS):
        h, mi = 6 + k % 12, (7 * k) % 60
        text = (f"Messenger · Family 🌴\n\nYesterday at {h:02d}:{mi:02d}\nRahim: Big tide tomorrow morning, around 7.\n"
                f"Mak: Not tomorrow, Pak is away.\n\nToday at {h + 1:02d}:{mi:02d}\nPak: On the ferry. Sea flat 🌊\n")
        out.append((text, ref, f"Yesterday at {h:02d}:{mi:02d}", _t(ref - ONE, h, mi)))
        out.append((text, ref, f"Today at {h + 1:02d}:{mi:02d}", _t(ref, h + 1, mi)))
        out.append((text, ref, "tomorrow morning", ("TIME", f"{ref.isoformat()}TMO")))
    return out


def notice_clock_cases():
    out = []
    for k, ref in enumerate(REFS):
        if ref.isoweekday() == 6:
            continue   # (a weekday said on its own weekday: its week is not in the words)
        sat = next_weekday(ref, 6)
        text = (f"Notice from the Shire: ferry changed for the long weekend. Saturday only 8.30am and 4pm, "
                f"Sunday the same, Monday no ferry before noon.\n")
        out.append((text, ref, "4pm", _t(sat, 16, 0)))
        out.append((text, ref, "Sunday", _day(sat + ONE)))
    return out


def edited_cases():
    out = []
    for k, ref in enumerate(REFS):
        n = 1 + k % 4
        stamp, day = ("Yesterday", ref - ONE) if n == 1 else (f"{n} days ago", ref - timedelta(days=n))
        text = (f"Garbage pickup on the holiday??\nDeb Kay · Porter Creek · 5 days ago\nDoes anyone know?\n"
                f"  Ana Ruiz · Riverdale · {stamp} · Edited\n  Heads up, our street is normal so tomorrow is fine for us.\n")
        out.append((text, ref, stamp, _day(day)))
        out.append((text, ref, "tomorrow", _day(day + ONE)))
    return out


def every_day_cases():
    out = []
    for k, ref in enumerate(REFS[::4]):
        mon = 1 + k % 12
        d = 1 + k % 28
        month = date(2025, mon, 1).strftime("%B")
        suffix = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        out.append((f"so every {d}{suffix} {month} we cook for the whole island.", ref, f"every {d}{suffix} {month}",
                    ("SET", f"XXXX-{mon:02d}-{d:02d}")))
    return out


def programme_cases():
    out = []
    for k, ref in enumerate(REFS):
        mon = next_weekday(ref, 1)   # the festival week's Monday, after the post
        wed = mon + timedelta(days=2)
        text = (f"FESTIVAL WEEK 🦀\nProgram as we got it from the committee\n"
                f"- Monday night: crowning at the ball park, start 8pm\n- Tuesday: cook-off heats all day\n"
                f"- Wednesday {wed.day}{'th' if 10 <= wed.day <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(wed.day % 10, 'th')}: "
                f"parade from the bay, free soup from noon\n- Thursday: everybody sleep 😂\n")
        out.append((text, ref, "Thursday", _day(mon + timedelta(days=3))))
    return out


def whole_cases():
    out = []
    for k, ref in enumerate(REFS[::2]):
        unit, value = [("week", "P1W"), ("month", "P1M")][k % 2]
        whole = ["whole", "entire"][k // 2 % 2]
        out.append((f"Yesss put in for leave for the {whole} {unit} 🙌", ref, f"the {whole} {unit}", ("DURATION", value)))
        out.append((f"can we grab 2 bikes for the {whole} {unit}?", ref, f"the {whole} {unit}", ("DURATION", value)))
    return out


def test_the_whole_week_after_for_is_a_length():
    check(whole_cases())


def test_a_part_of_the_day_on_a_list_under_its_day():
    check(list_pod_cases())


def test_a_reply_header_with_the_thread_arrow_is_its_age_stamp():
    check(reply_age_cases())


def test_messengers_divider_is_one_time():
    check(divider_cases())


def test_a_clock_keeps_the_weekday_before_it():
    check(notice_clock_cases())


def test_a_header_stamp_with_an_edit_mark():
    check(edited_cases())


def test_every_day_of_a_month_said_with_its_ordinal():
    check(every_day_cases())


def test_a_programme_week_goes_on_past_a_dated_line():
    check(programme_cases())


def test_the_grid_is_not_empty():
    assert len(list_pod_cases()) > 400 and len(reply_age_cases()) > 400 and len(divider_cases()) > 600
    assert len(notice_clock_cases()) > 400 and len(edited_cases()) > 400 and len(every_day_cases()) > 50
    assert len(programme_cases()) > 200 and len(whole_cases()) > 200
