"""Day-first numeric dates whose two numbers are both 12 or under, and bare days of the month (twenty-ninth session,
daymonth30; docs/informal-time.md §105): "closed 2/1 sorry" in a voice that writes the day first ("ye", "fae",
"braai", "whānau", "brekky", "€", "R", "NZ$") or month first ("y'all", "$", "ZIP"); "Tours on 24/1 and 2/1" (the
order of the text's other slash dates); "is it 11/11" (the same both ways); "1st & 2nd Jan" (the month after the
second given to the first); "can't do the 9th till about 11"; "is it 11/11 or the 18th?" (the month of the date just
told); and what stays untagged: both kinds of clue, no clue, scores, odds, fractions, "24/7", "50/50", prices, phones.

The sentences are this session's own, written from the grammar of §105; the days of writing are every day of a week over
a year's turn (2025/26), month ends, a leap day and mid-month days; values from the calendar here (a slash date 3 to 45
days ahead in a plan or behind in a report: its nearest reading is then its only sensible one)."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, found
from timeline_app.temporal import tag

REFS = [date(2025, 12, 29) + timedelta(days=k) for k in range(7)] + [
    date(2026, 2, 27), date(2026, 2, 28), date(2026, 3, 31), date(2026, 6, 15), date(2026, 9, 30),
    date(2026, 10, 25), date(2026, 11, 3), date(2024, 2, 29), date(2025, 7, 20)]

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

# a sentence in each voice: the words and the money that say which way round the voice writes its dates
DAY_FIRST_VOICES = [
    "ye're all welcome as always", "we'll be down fae Inverness", "bring the braai tongs", "the whole whānau is coming",
    "brekky's on us", "see you in the arvo", "any colour you like", "my mum's coming along", "it's a fortnight away",
    "tickets €20", "tickets £15", "tickets R150 at the door", "entry NZ$40", "entry A$25", "entry ₹500", "entry ₦2000",
    "entry KSh 500", "a wee reminder to book", "Kia ora whānau"]
MONTH_FIRST_VOICES = ["y'all come on down", "tickets $20", "send us your ZIP code", "any color you like",
                      "my mom's coming along", "right after Thanksgiving break"]

# a two-way slash date in the frames §105 reads it in: a date word before it (new: closed, shut, started, back,
# "is it"), a part of the day or a choice after it ("evening", "it is", "works")
PLAN_FRAMES = ["closed {x} sorry", "is it {x} you're closed?", "{x} it is then", "{x} evening works for me",
               "we're shut {x}", "back {x} after the break", "{x} morning suits us", "no worries, {x} works"]
POD = {"evening": "EV", "morning": "MO"}
PAST_FRAMES = ["we started {x}", "they were closed {x} as well", "it was shut {x} too", "we got back {x}"]


def _d(day: date) -> tuple[str, str]:
    return "DATE", day.isoformat()


def nth(d: int) -> str:
    """"1st", "2nd", "3rd", "4th" ... "11th", "21st"."""
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def two_way_days(ref: date, ahead: bool) -> list[date]:
    """Days 3 to 45 days ahead of (or behind) the day of writing whose day and month are both 12 or under and differ,
    at most three, spread out."""
    out = []
    for k in range(3, 46):
        day = ref + timedelta(days=k if ahead else -k)
        if day.day <= 12 and day.day != day.month and (not out or abs((day - out[-1]).days) >= 4):
            out.append(day)
    return out[:3]


def _write(day: date, order: str, pad: bool = False) -> str:
    a, b = (day.day, day.month) if order == "dm" else (day.month, day.day)
    return f"{a:02d}/{b:02d}" if pad else f"{a}/{b}"


def _voice_cases(voices, order):
    cases = []
    for i, ref in enumerate(REFS):
        for ahead, frames in ((True, PLAN_FRAMES), (False, PAST_FRAMES)):
            for j, day in enumerate(two_way_days(ref, ahead)):
                for f, frame in enumerate(frames):
                    voice = voices[(i + j + f) % len(voices)]
                    x = _write(day, order, pad=(i + f) % 5 == 0)
                    said = frame.format(x=x)
                    # a part of the day after the date is one TIME with it ("10/11 evening": that day's evening)
                    pod = next((w for w, code in POD.items() if f"{x} {w}" in said), None)
                    expr, want = (f"{x} {pod}", ("TIME", f"{day}T{POD[pod]}")) if pod else (x, _d(day))
                    cases.append((said + ("" if said.endswith("?") else ".") + " " + voice, ref, expr, want))
                    cases.append((voice[0].upper() + voice[1:] + "! " + said, ref, expr, want))
    return cases


def test_a_day_first_voice_reads_the_day_first():
    check(_voice_cases(DAY_FIRST_VOICES, "dm"))


def test_a_month_first_voice_reads_the_month_first():
    check(_voice_cases(MONTH_FIRST_VOICES, "md"))


# the order the text's other slash dates show, before or after it, near or some hundreds of characters away
ORDER_FRAMES = ["Tours on {one} and {x}", "Tours on {x} and {one}", "can you do {one} or {x}?",
                "paid {one}, next one due {x}", "{x} evening or {one}, whichever",
                "we did {one} last time.\n" + "Lots of news this week, read on. " * 12 + "\nnext is {x} it is"]


def test_the_order_of_the_texts_other_dates():
    cases = []
    for ref in REFS:
        for day in two_way_days(ref, True):
            for order in ("dm", "md"):
                one_day = day + timedelta(days=(13 - day.day) % 31 + 1)   # a day over 12 in another month
                while one_day.day <= 12:
                    one_day += timedelta(days=1)
                one = _write(one_day, order)
                x = _write(day, order)
                for frame in ORDER_FRAMES:
                    evening = "{x} evening" in frame
                    cases.append((frame.format(one=one, x=x), ref, x + " evening" if evening else x,
                                  ("TIME", f"{day}TEV") if evening else _d(day)))
    check(cases)


def test_the_same_number_twice_needs_no_order():
    # "is it 11/11": a day and a month the same read both ways; the day of the month asked after it is in its month
    cases = []
    for ref in REFS:
        for k in range(3, 46):
            day = ref + timedelta(days=k)
            if day.day == day.month:
                later = day + timedelta(days=7)
                x = f"{day.day}/{day.month}"
                for frame in ("is it {x} you're closed?", "is it {x} or the {n}?", "closed {x} for the holiday"):
                    text = frame.format(x=x, n=nth(later.day))
                    cases.append((text, ref, x, _d(day)))
                    if "{n}" in frame and later.month == day.month:
                        cases.append((text, ref, f"the {nth(later.day)}", _d(later)))
                        # a day of that number named before in another month does not take it: the alternative is
                        # the one nearest the date told with it
                        other = MON[(day.month + 5) % 12]
                        said = f"the {nth(later.day)} {other} was mad. " + text
                        cases.append((said, ref, f"the {nth(later.day)}", _d(later)))
    assert len(cases) > 20
    check(cases)


def test_two_days_joined_by_an_ampersand_share_the_month():
    # "1st & 2nd Jan": two DATEs, the first with the second's month (as "1st and 2nd Jan" is read)
    cases = []
    for ref in REFS:
        for months_on in (1, 2, 4):
            y, m = ref.year + (ref.month + months_on - 1) // 12, (ref.month + months_on - 1) % 12 + 1
            for d1 in (1, 5, 12, 24):
                d2 = d1 + 1
                a, b = nth(d1), nth(d2)
                for frame in ("we're away {a} & {b} {mon}", "can do {a} & {b} {mon} if that suits",
                              "off {a} & {b} {mon}, back after"):
                    text = frame.format(a=a, b=b, mon=MON[m - 1])
                    cases.append((text, ref, a, _d(date(y, m, d1))))
                    cases.append((text, ref, f"{b} {MON[m - 1]}", _d(date(y, m, d2))))
    check(cases)


def test_a_day_of_the_month_before_till_and_an_hour():
    # "can't do the 9th till about 11": the day of the month, found though a bare hour follows "till"
    cases = []
    for ref in REFS:
        for d in range(ref.day + 2, 29, 6):
            for frame in ("can't do the {n} till about 11 though", "I'm working the {n} until 2 so later is better",
                          "free the {n} til 4, then the gym"):
                cases.append((frame.format(n=nth(d)), ref, f"the {nth(d)}", _d(date(ref.year, ref.month, d))))
    assert len(cases) > 60
    check(cases)


def test_a_day_of_the_month_after_a_weekday_and_its_day():
    # kept: "Tues 14th then the 28th": the 28th after the day told (its month, or the next if gone)
    cases = []
    for ref in REFS:
        for k in range(2, 9):
            day = ref + timedelta(days=k)
            if day.day > 20:
                continue
            later = day + timedelta(days=14)
            wd = ["Mon", "Tues", "Wed", "Thurs", "Fri", "Sat", "Sun"][day.isoweekday() - 1]
            text = f"every 2nd {wd} so {wd} {nth(day.day)} then the {nth(later.day)}"
            cases.append((text, ref, f"the {nth(later.day)}", _d(later)))
            # a day of that number named before in another month (another post's) does not take it
            other = MON[(later.month + 5) % 12]
            cases.append((f"the {nth(later.day)} {other} was mad.\nyep it's {text}", ref, f"the {nth(later.day)}", _d(later)))
    check(cases)


UNTAGGED = [
    # scores, odds, fractions, ratings, ratios, "24/7", "50/50", prices, phone numbers, each in a day-first voice
    "we won 2/1 on the day", "we won 2/1 ye should have seen it", "beat them 3/1 at home", "odds at 2/1 fav",
    "he's 7/2 to win", "half price, 1/2 off", "a 1/2 hour walk", "3/4 of the seats sold", "open 24/7",
    "50/50 chance of rain", "rated it 10/10", "got 9/10 in the test", "ratio 4/3 on the screen",
    "call 087 123 4567 or 01/2345678", "size 10/12 dress", "a 2/3 majority", "it finished 2/1 to us",
    "the 1/2 marathon", "marks 8/10", "€2/1 deal", "£1/2 price", "she started 2/1 favourite",
    "it was 2/1 at half time", "is it 2/1 to us?", "drifted from 2/1 to 11/4, £10 each way", "the fav is 5/2",
    "backed him at 9/4, £5 on", "winning 3/1 and cruising", "the 14th, 2.50 a pint", "is it 1/2 time?",
    "back 1/2 term", "started 1/2 way through", "closed 1/2 day"]


def test_untagged():
    bad = []
    refs = [date(2026, 1, 6), date(2026, 6, 15), date(2026, 11, 3)]
    for ref in refs:
        for s in UNTAGGED:
            for voice in ("", ". ye're all welcome", ". tickets €20", ". brekky's on us"):
                # ((thirtieth session) a fraction of a unit, "a 1/2 hour walk", is a length now (PT30M): no date)
                got = [t.expression for t in tag(s + voice, ref) if ("/" in t.expression or "2.50" in t.expression)
                       and t.timex_type != "DURATION"]
                if got:
                    bad.append((ref, s + voice, got))
        # both kinds of clue, or none: a two-way date stays untagged
        for day in two_way_days(ref, True)[:2]:
            for order in ("dm", "md"):
                x = _write(day, order)
                for frame in PLAN_FRAMES:
                    for voice in ("", ". y'all bring the braai tongs", ". tickets $20, my mum's coming",
                                  ". any color you like, brekky's on us"):
                        if found(frame.format(x=x) + voice, ref, x) is not None:
                            bad.append((ref, frame.format(x=x) + voice, x))
    assert not bad, f"{len(bad)} tagged:\n" + "\n".join(map(str, bad[:25]))


def test_kept_weekday_before_a_slash_date():
    # the calendar check of a weekday before a two-way date (twenty-eighth session) holds in a voice
    ref = date(2025, 1, 20)
    assert found("rota: Mon 3/2 Shaz, Tue 4/2 Dev. brekky's on us", ref, "Mon 3/2") == ("DATE", "2025-02-03")
    assert found("Wed 5/2 Jodie", ref, "Wed 5/2") == ("DATE", "2025-02-05")


def test_a_dotted_clock_after_a_day_of_the_month():
    # "next Thurs, the 14th, 7.30", "can you do the 14th at 4.15?": the clock time on that day, not lost (1-6 the
    # afternoon's, 7-11 the morning's unless an evening's word is on the line, as any bare dotted hour)
    cases = []
    wd = ["Mon", "Tues", "Wed", "Thurs", "Fri", "Sat", "Sun"]
    for ref in REFS:
        for d in range(ref.day + 2, 29, 5):
            day = date(ref.year, ref.month, d)
            for h, mm in ((4, 15), (7, 30), (9, 45), (11, 0), (2, 30)):
                t = f"{h}.{mm:02d}"
                am_pm = h + 12 if h < 7 else h
                cases.append((f"can you do the {nth(d)} at {t}?", ref, t, ("TIME", f"{day}T{am_pm:02d}:{mm:02d}")))
                cases.append((f"next {wd[day.isoweekday() - 1]}, the {nth(d)}, {t} at the hall", ref, t,
                              ("TIME", f"{day}T{am_pm:02d}:{mm:02d}")))
                if h < 11:   # (11.00 stays the morning's whatever the line says)
                    cases.append((f"see you the {nth(d)}, {t} for dinner", ref, t, ("TIME", f"{day}T{h + 12:02d}:{mm:02d}")))
    assert len(cases) > 200
    check(cases)


def test_section_rows():
    # docs/informal-time.md §105's table, each row's sentence with its value from the calendar
    rows = [
        ("closed 2/1 sorry, ye're all welcome the week after", date(2025, 12, 29), "2/1", _d(date(2026, 1, 2))),
        ("no dramas, 10/2 it is. brekky's on us", date(2025, 11, 3), "10/2", _d(date(2026, 2, 10))),
        ("Tours on 24/1 and 2/1, tickets at the door", date(2025, 11, 3), "2/1", _d(date(2026, 1, 2))),
        ("is it 1/1 you're closed?", date(2025, 12, 29), "1/1", _d(date(2026, 1, 1))),
        ("we're closed 1st & 2nd Jan, back on the 3rd", date(2025, 11, 3), "1st", _d(date(2026, 1, 1))),
        ("we're closed 1st & 2nd Jan, back on the 3rd", date(2025, 11, 3), "2nd Jan", _d(date(2026, 1, 2))),
        ("can't do the 9th till about 11 though", date(2025, 11, 3), "the 9th", _d(date(2025, 11, 9))),
        ("every 2nd Sat so Sat 20th then the 4th", date(2026, 6, 15), "the 4th", _d(date(2026, 7, 4))),
        ("next Thurs, the 14th, 7.30 at the hall", date(2026, 5, 4), "Thurs, the 14th", _d(date(2026, 5, 14))),
        ("next Thurs, the 14th, 7.30 at the hall", date(2026, 5, 4), "7.30", ("TIME", "2026-05-14T07:30")),
        ("Can do 10/11 evening, tickets R50", date(2023, 10, 28), "10/11 evening", ("TIME", "2023-11-10TEV")),
        ("the 18th March was mad. is it 11/11 ye're closed for the wedding or the 18th?", date(2023, 10, 31), "the 18th",
         _d(date(2023, 11, 18))),
        ("every 2nd Fri if that helps, not the 14th tho that's Valentine's", date(2025, 1, 29), "the 14th",
         _d(date(2025, 2, 14))),
        ("the 15th Jul was mad.\nyep it's every 2nd Thurs so Thurs 1st then the 15th", date(2025, 12, 29), "the 15th",
         _d(date(2026, 1, 15))),
    ]
    check(rows)
    ref = date(2026, 1, 6)
    for text, want in (("drifted from 2/1 to 11/4, £10 each way", []), ("she started 2/1 favourite", []),
                       ("it was 2/1 at half time", []), ("closed 2/1 sorry", ["2/1"]),
                       ("closed 2/1 sorry. y'all bring the braai tongs", [])):
        assert [t.expression for t in tag(text + ". ye're all welcome", ref) if "/" in t.expression] == want, text
    assert [t.expression for t in tag("closed 2/1 sorry", ref)] == []
