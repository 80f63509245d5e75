"""The lead's classes of the thirty-second session (docs/informal-time.md §121): a day and its month followed by a year
counted from the day of writing make one date in that year ("Kadooment Day is 3rd August next year", "hired on March 3
last year", "the 14th of May last year"; "this year" is left apart: it changes no value); a verb of arriving before "up
at" ("rocked up at 2:40", "turned up at 3:15") is an arrival, not a waking, so a clock of 1 to 6 there is the
afternoon's ("I was up at 2:40 with the baby" stays the small hours').

The sentences are this session's own, in many voices; the days of writing are every day of a week around a year's
turn, a month's end and a leap day; values from the calendar here."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, iso_week

REFS = [date(2025, 12, 28) + timedelta(days=k) for k in range(7)] + [date(2024, 2, 29), date(2026, 6, 30)]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
SHORT = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


def _ord(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def cases():
    out = []
    for ref in REFS:
        for mon in (1, 3, 5, 8, 11, 12):
            for day in (1, 3, 14, 28):
                for rel, off in (("next", 1), ("last", -1)):
                    y = ref.year + off
                    want = ("DATE", date(y, mon, day).isoformat())
                    m, s = MONTHS[mon - 1], SHORT[mon - 1]
                    for expr, frame in (
                            (f"{_ord(day)} {m} {rel} year", "Kadooment Day is {} so book early."),
                            (f"{day} {m} {rel} year", "The hearing was set for {}, the clerk said."),
                            (f"the {_ord(day)} of {m} {rel} year", "we're off on {} if the money holds"),
                            (f"{s} {day} {rel} year", "He was hired on {} and promoted twice."),
                            (f"{m} {_ord(day)} {rel} year", "Our lease runs out {} fyi")):
                        out.append((frame.format(expr), ref, expr, want))
                # "this year" stays apart: the date alone is the value
                out.append((f"It was signed on {day} {MONTHS[mon - 1]} this year.", ref, f"{day} {MONTHS[mon - 1]}",
                            ("DATE", date(ref.year, mon, day).isoformat()) if date(ref.year, mon, day) <= ref
                            else None))
    # arrivals before "up at": the afternoon's; a waking: the small hours'
    for ref in REFS:
        for verb in ("Rocked", "rocked", "Turned", "turned", "showed", "Showed", "rolled", "pulled", "popped"):
            for h, mi in ((1, 30), (2, 40), (3, 15), (4, 5), (5, 45)):
                t = f"{h}:{mi:02d}"
                out.append((f"{verb} up at {t} on a weekday and the kitchen had shut.", ref, t,
                            ("TIME", f"{ref.isoformat()}T{h + 12:02d}:{mi:02d}")))
        for who in ("I was up at", "we were up at", "she woke up at", "Baby had me up at"):
            out.append((f"{who} 2:40 again, so tired", ref, "2:40", ("TIME", f"{ref.isoformat()}T02:40")))
    # "two days before" with its event unsaid, a chat's "!", "?" or an emoji closing the clause: the day reached from
    # the date told; with its event said it is how long (a DURATION)
    for ref in REFS:
        for back, (cnt, unit) in ((2, ("two", "days")), (3, ("3", "days")), (14, ("a", "fortnight")), (7, ("a", "week"))):
            told = ref - timedelta(days=40)
            said = f"{told.day} {MONTHS[told.month - 1]}"
            for close in ("!!", " 🙏", "?", " 😂 so annoying", "."):
                expr = f"{cnt} {unit} before"
                text = f"The bins went on {said}. we told them {expr}{close}"
                reached = told - timedelta(days=back)
                # a count of weeks reaches a week (the ISO week, as "a week later" does), of days a day
                out.append((text, ref, expr, ("DATE", iso_week(reached) if unit in ("fortnight", "week")
                                              else reached.isoformat())))
            out.append((f"we told them {cnt} {unit} before the vote!!", ref, f"{cnt} {unit}",
                        ("DURATION", {"days": f"P{cnt if cnt.isdigit() else 2}D", "fortnight": "P2W", "week": "P1W"}[unit])))
    # Teams: a message of an older day is stamped with its day and clock ("Gerry Hannigan   12/08 17:20"), one of the day
    # the page is read with the clock alone ("Dee Hamill   09:14"): that day, and its words count from it
    for ref in REFS:
        for back in (1, 2, 5):
            old = ref - timedelta(days=back)
            text = (f"Microsoft Teams · Bakery · General\n\nGerry Hannigan   {old.day:02d}/{old.month:02d} 17:20\n"
                    "Rota is up, tell me by tomorrow if it doesn't suit\n\n"
                    "Dee Hamill   09:14\ncan I swap wed? I'm in tomorrow for the orders\n\n"
                    "Padraig Ó Murchú   09:40\nI'll take it\n")
            out.append((text, ref, "09:14", ("TIME", f"{ref.isoformat()}T09:14")))
            out.append((text, ref, "09:40", ("TIME", f"{ref.isoformat()}T09:40")))
            out.append((text, ref, f"{old.day:02d}/{old.month:02d} 17:20", ("TIME", f"{old.isoformat()}T17:20")))
            # (the first message's "tomorrow" taken out, the second's is the only one: the day after the day of writing)
            out.append((text.replace(", tell me by tomorrow if it doesn't suit", ""), ref, "tomorrow",
                        ("DATE", (ref + timedelta(days=1)).isoformat())))
    # a plan's span that runs "till the wee hours" ends in the small hours after the night of its day; told in the past
    # the day named is the one it ended on (the news gold's "a debate that ran until the early hours")
    wdn = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    for ref in REFS:
        for wd in (5, 6):
            ahead = ref + timedelta(days=(wd - ref.isoweekday()) % 7 or 7)
            for till, small in (("till", "the wee hours"), ("until", "the early hours"), ("til", "the small hours")):
                text = f"Gig's on {wdn[wd - 1]} and we'll be out {till} {small} so book the taxi"
                out.append((text, ref, small, ("TIME", f"{(ahead + timedelta(days=1)).isoformat()}TMO")))
            gone = ref - timedelta(days=(ref.isoweekday() - wd) % 7)   # (news names the day of writing by its weekday too)
            text = f"The budget passed on {wdn[wd - 1]} after a debate that ran until the early hours."
            out.append((text, ref, "the early hours", ("TIME", f"{gone.isoformat()}TMO")))
    # (the merge of habits33) an ability modal before the adverb of habit offers a day to come, no habit: "he can usually
    # do weds" is the next Wednesday; "she usually works Saturday" stays every Saturday (habits33's grid)
    for ref in REFS:
        for wd, word in ((3, "weds"), (2, "Tuesday"), (4, "thurs")):
            ahead = ref + timedelta(days=(wd - ref.isoweekday()) % 7 or 7)
            for modal in ("can", "could"):
                out.append((f"I'll ask Dave the plumber, he {modal} usually do {word}", ref, word, ("DATE", ahead.isoformat())))
    # (the merge of tweets33) an edit's own date in brackets before a colon is no fronted past, though a subject and a
    # past follow: "EDIT 2 (8/24): he paid in full this afternoon" is a day after the post, this year
    for ref in REFS + [date(2024, 8, 14) + timedelta(days=k) for k in range(7)] + [date(2027, 3, 15) + timedelta(days=k) for k in range(7)]:
        for ahead in (1, 3, 6):
            day = ref + timedelta(days=ahead)
            if day.day < 13 or day.year != ref.year:
                continue   # (a slash pair of two numbers under 13 may be a fraction; an edit over the year's turn is apart)
            text = f"Do I wait or send a letter?\n\nEDIT 2 ({day.month}/{day.day}): he paid in full this afternoon!! Letter worked.\n"
            out.append((text, ref, f"{day.month}/{day.day}", ("DATE", day.isoformat())))
    # the cases whose date alone is past the day of writing ask nothing of "this year"
    return [c for c in out if c[3] is not None]


def test_day_month_with_a_year_counted_from_now_and_arrivals_up_at():
    check(cases())
