"""PAST NARRATION and other informal genres as a GRID (a sibling of test_informal_grid.py, _days and
_clock): reviews, forum posts, diaries and blogs, recipes, bios and anniversary posts. Each class of
expression is said on every day of a week and at month and year ends, against the value TimeML gives
it, computed HERE from the calendar (never from the tagger's code).

The decisions (docs/informal-time.md §17, docs/timeml-conventions.md):
- a review's or a forum post's month told in the past ("Stayed here in July", "Visited in July with
  the kids", "had this issue since July") is the last one before the month of writing, also when it is
  only a month or two ahead in the calendar: an experience told as gone (a verb of staying, visiting,
  eating, going, buying) is no plan told in the past. The month of writing itself is left out (this
  June or last June: the text must say);
- a review's subjectless past ("Visited in March", "Stayed 3 nights in May", "Ate here on Friday") is a
  past as "We visited" is;
- "N years ago today" is two expressions (as docs/narrative-time.md §6): the year reached, at the
  grain of its unit (TIDES: "two years ago" is a year), and the day of writing;
- "on this day in 1969", "On this day in 1969," is the day of writing's month and day in that year;
- "since 2019", "2015-present", "Jan 2019 - Present" (a bio or a CV): the year or month, and "present"
  after a range's dash or "to" is PRESENT_REF (TIDES: the present);
- "5+ years", "10+ yrs", "3+ months" is the length with mod EQUAL_OR_MORE (TIMEX3: "5 or more");
- "been 3 yrs", "for the past fortnight", "for the last 6 months", "3 yrs in" are lengths;
- "a couple weeks back", "a fortnight back", "a couple of months back" count back as "ago" does (the
  ISO week, the month); "a few weeks back", "years back" are PAST_REF;
- "back in '09", "in the 90s", "the summer of 2019", "summer of '69": the year, the decade, the season
  of that year;
- "when I was 12", "since I was 5", "in my 20s", "in year 9", "at 12 I moved" name no date (an age, a
  school year): not tagged;
- "Edit 2 days later:", "Update 3 days later:" (an edit under a post) is the day reached from the day of
  writing, and "EDIT (Mon):" the Monday on or after it (an edit comes after what it edits);
- a recipe's or an instruction's "the night before", "overnight" are a night of no particular day
  (XXXX-XX-XXTNI, as a habit's hour is XXXX-XX-XXThh:mm);
- a heading's year ("My 2025 in review") is the year of the months and seasons heading its list's lines;
- a count of an activity's days or weeks ("Day 3 of my challenge", "Week 14 of training") is not
  tagged (the dev gold: "Vietnam, week 3!", "marathon training week 9 done");
- a diary's or a travel blog's dated entry ("Mon 3 March" on a line of its own, "Entry 2 (4 March): ...",
  an edit's "EDIT 2 (8/24): ...") is the day its words count from, as a chat message's stamp is
  (informal6); an item of a timeline ("- Aug 2: he texted ...") is not (the dev gold);
- a trip told in the first person a week or more later, its days named by weekday ("We flew into Porto
  on Thursday 19 June ... On Saturday we ..."): the weekday after the story's day; news (third person)
  and a day told without its weekday keep the reading from the day of writing.

Each case is one tag() of a short text.
"""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from gridcheck import month_back
from test_informal_grid import EDGES, WEEK, _found, _iso_week

from timeline_app.temporal import tag

MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December"]
# the 10th of every month and the year's last day: every month said in every distance
MONTHLY = [date(2025, m, 10) for m in range(1, 13)] + [date(2025, 12, 31), date(2026, 1, 1)]


def _check(cases) -> None:
    """``cases``: (text, ref, words, type, value[, mod]); the Timex holding ``words`` must match
    (value None: nothing may hold ``words``)."""
    wrong = []
    for case in cases:
        text, ref, words, typ, value = case[:5]
        t = _found(text, ref, words)
        got = t and (t.timex_type, t.timex_value)
        want = (typ, value) if value is not None else None
        if got == want and len(case) > 5 and (t.mod or "") != case[5]:
            got = got + (t.mod,)
            want = want + (case[5],)
        if got != want:
            wrong.append(f"{ref:%a %Y-%m-%d}: {text!r} [{words}] -> {got} (want {want})")
    assert not wrong, f"{len(wrong)} of {len(cases)} wrong:\n" + "\n".join(wrong)


# ---- 1. a review's or a forum post's month, told as gone ----------------------------------------

REVIEW_MONTHS = [
    "We stayed here in {M} and the pool was freezing.",
    "Stayed here in {M} with the kids, the pool was freezing.",
    "Visited in {M} for my mum's birthday. Food was lovely.",
    "Went back in {M} and it was just as good.",
    "Came here in {M}, service was slow but the food made up for it.",
    "Our second visit was in {M} and we were not disappointed.",
    "We ate here in {M} and loved it.",
    "Had this issue since {M}, support never replied.",
    "I bought this in {M} and it broke within a week.",
    "Burnt out in {M}, took a month off work.",
    "I learnt the hard way in {M}, never again.",
    "Ordered in {M}, arrived a month later. Avoid.",
    "We honeymooned here in {M} and it was perfect.",
]


@pytest.mark.parametrize("template", REVIEW_MONTHS)
def test_review_month_grid(template):
    cases = []
    for ref in MONTHLY:
        for mi in range(1, 13):
            if mi == ref.month:
                continue   # the month of writing: this one or the last one, the text must say
            y = ref.year if mi < ref.month else ref.year - 1
            cases.append((template.format(M=MONTH_NAMES[mi - 1]), ref, MONTH_NAMES[mi - 1], "DATE", f"{y}-{mi:02d}"))
    _check(cases)


# not "Booked for {M}": a booking told in the past names a date that may be ahead (the tense reader's plan)
REVIEW_WEEKDAYS = [
    "Visited on {W} with my partner, the staff were lovely.",
    "Stayed {W} night, the bed was awful.",
    "Ate here on {W} and the service was slow.",
    "Went on {W}, it was heaving.",
    "Had the issue since the update on {W}.",
    "Ordered on {W}, still nothing.",
]
FULL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@pytest.mark.parametrize("template", REVIEW_WEEKDAYS)
def test_review_weekday_grid(template):
    """A weekday in a review or a complaint told as gone: the last one before the day of writing."""
    cases = []
    for ref in WEEK + EDGES:
        for wd in range(7):
            if wd == ref.weekday():
                continue   # today or a week ago: the text must say
            d = ref - timedelta(days=(ref.weekday() - wd) % 7)
            text = template.format(W=FULL[wd])
            cases.append((text, ref, FULL[wd], "TIME" if "night" in template else "DATE",
                          d.isoformat() + ("TNI" if "night" in template else "")))
    _check(cases)


# ---- 2. anniversaries: "N years ago today", "on this day in 1969" -------------------------------

AGO_TODAY = [
    ("{n} years ago today I passed my driving test 🚗", "years ago"),
    ("{n} yrs ago today we got married ❤️", "yrs ago"),
    ("Can't believe it was {n} years ago today.", "years ago"),
]


@pytest.mark.parametrize("template,words", AGO_TODAY)
def test_years_ago_today_grid(template, words):
    cases = []
    for ref in WEEK + EDGES:
        for n in (2, 5, 10, 20, 25):
            text = template.format(n=n)
            cases.append((text, ref, words, "DATE", str(ref.year - n)))
            cases.append((text, ref, "today", "DATE", ref.isoformat()))
    _check(cases)


@pytest.mark.parametrize("text,words", [("A year ago today I started this job.", "a year ago"),
                                        ("one year ago today we moved in", "one year ago")])
def test_a_year_ago_today_grid(text, words):
    _check([(text, ref, words, "DATE", str(ref.year - 1)) for ref in WEEK + EDGES]
           + [(text, ref, "today", "DATE", ref.isoformat()) for ref in WEEK + EDGES])


ON_THIS_DAY = ["On this day in {Y}, Apollo 11 landed on the moon.", "on this day in {Y} my grandad was born",
               "#OTD: on this day in {Y} the club was founded"]


@pytest.mark.parametrize("template", ON_THIS_DAY)
def test_on_this_day_grid(template):
    cases = []
    for ref in WEEK + EDGES:
        if (ref.month, ref.day) == (2, 29):
            continue
        for y in (1969, 1990, 2004):
            cases.append((template.format(Y=y), ref, str(y), "DATE", f"{y}-{ref:%m-%d}"))
    _check(cases)


# ---- 3. bios and CVs: "since 2019", "2015-present", "5+ years" ------------------------------------

PRESENT = [
    ("Head chef at The Anchor, 2015-present", "2015"),
    ("Head chef at The Anchor, 2015 - present", "2015"),
    ("Head chef at The Anchor (2015–present)", "2015"),
    ("Marketing Manager\nAcme Ltd\nJan 2019 - Present · 6 yrs", "Jan 2019"),
    ("Volunteer, Oxfam, 2012 to present", "2012"),
    ("Coaching the under 9s from 2018 to the present", "2018"),
]


@pytest.mark.parametrize("text,first", PRESENT)
def test_range_to_present_grid(text, first):
    cases = []
    for ref in WEEK + EDGES:
        cases.append((text, ref, "present", "DATE", "PRESENT_REF"))
        t = _found(text, ref, first)
        assert t is not None and t.timex_value.startswith(first[-4:]), (text, ref, t)
    _check(cases)


PLUS_LENGTHS = [
    ("5+ years of experience in B2B sales", "5+ years", "P5Y"),
    ("10+ yrs in hospitality, now running my own place", "10+ yrs", "P10Y"),
    ("Been coming here for 10+ years and never had a bad meal.", "10+ years", "P10Y"),
    ("3+ months waiting for a refund", "3+ months", "P3M"),
    ("waited 2+ hours for a table", "2+ hours", "PT2H"),
    ("been with them 15+ years", "15+ years", "P15Y"),
]


@pytest.mark.parametrize("text,words,value", PLUS_LENGTHS)
def test_plus_length_grid(text, words, value):
    _check([(text, ref, words, "DURATION", value, "EQUAL_OR_MORE") for ref in WEEK + EDGES])


LENGTHS = [
    ("Been 3 yrs and still no fix.", "3 yrs", "P3Y"),
    ("for the past fortnight my phone keeps dropping calls", "the past fortnight", "P2W"),
    ("for the last 6 months it's been fine", "the last 6 months", "P6M"),
    ("over the last couple of years it's gone downhill", "the last couple of years", "P2Y"),
    ("3 yrs in and still loving it", "3 yrs", "P3Y"),
    ("It's been 3 weeks since I ordered.", "3 weeks", "P3W"),
    ("I've had this laptop for over a year", "over a year", "P1Y"),
    ("got the train up the valley, two and a half hours each way", "two and a half hours", "PT2H30M"),
    ("it took 3 and a half years to finish", "3 and a half years", "P3Y6M"),
    # an age in a post is a length (the informal gold; news leaves ages untagged)
    ("Laptop is 2 yrs old, battery's shot 🙄", "2 yrs", "P2Y"),
    ("she was 9 months old when we got her 🐶", "9 months", "P9M"),
    ("the shop is 46 years old today!! 🎉", "46 years", "P46Y"),
]


@pytest.mark.parametrize("text,words,value", LENGTHS)
def test_past_length_grid(text, words, value):
    _check([(text, ref, words, "DURATION", value) for ref in WEEK + EDGES])


# ---- 4. counted back, vaguely or not ---------------------------------------------------------------

def _month_back(ref: date, n: int) -> str:
    return month_back(ref, n)


BACK = [
    ("a couple weeks back I tried again", "a couple weeks back", lambda r: _iso_week(r - timedelta(weeks=2))),
    ("a couple of weeks back I tried again", "a couple of weeks back", lambda r: _iso_week(r - timedelta(weeks=2))),
    ("a fortnight back I emailed them", "a fortnight back", lambda r: _iso_week(r - timedelta(weeks=2))),
    ("a fortnight ago I emailed them", "a fortnight ago", lambda r: _iso_week(r - timedelta(weeks=2))),
    ("a couple of months back the same thing happened", "a couple of months back", lambda r: _month_back(r, 2)),
    ("3 months back the same thing happened", "3 months back", lambda r: _month_back(r, 3)),
    ("a few weeks back I tried again", "a few weeks back", lambda r: "PAST_REF"),
    ("a few years back I had the same thing", "a few years back", lambda r: "PAST_REF"),
    ("bumped into him the other day", "the other day", lambda r: "PAST_REF"),
]


BEFORE_LAST = [
    ("the week before last my car broke down", "the week before last", lambda r: _iso_week(r - timedelta(weeks=2))),
    ("had a lovely time the weekend before last", "the weekend before last",
     lambda r: _iso_week(r - timedelta(weeks=2)) + "-WE"),
    ("the month before last it went up again", "the month before last", lambda r: _month_back(r, 2)),
    ("the year before last we went to Spain", "the year before last", lambda r: str(r.year - 2)),
]
BACK += BEFORE_LAST


@pytest.mark.parametrize("text,words,value", BACK)
def test_counted_back_grid(text, words, value):
    _check([(text, ref, words, "DATE", value(ref)) for ref in WEEK + EDGES])


OLD_TIMES = [
    ("back in '09 I had the same car", "'09", "DATE", "2009"),
    ("in the 90s everyone had one", "the 90s", "DATE", "199"),
    ("the summer of 2019 was the best", "the summer of 2019", "DATE", "2019-SU"),
    ("Summer '19 was the best, we went every weekend", "Summer '19", "DATE", "2019-SU"),
    ("that was the summer of '09", "the summer of '09", "DATE", "2009-SU"),
    ("I was born in '87.", "'87", "DATE", "1987"),
    ("Working in marketing since 2019", "2019", "DATE", "2019"),
    ("First visited in 2018 and have been back every year since.", "2018", "DATE", "2018"),
    ("We got married in 2010, divorced 5 years later.", "5 years later", "DATE", "2015"),
]


@pytest.mark.parametrize("text,words,typ,value", OLD_TIMES)
def test_old_times_grid(text, words, typ, value):
    _check([(text, ref, words, typ, value) for ref in WEEK + EDGES])


# ---- 5. no dates: ages, school years, counts -------------------------------------------------------

NO_DATES = [
    ("when I was 12 my dad bought me one", "12"),
    ("since I was 5 I've wanted one", "5"),
    ("at 12 I moved to Leeds with my mum", "12"),
    ("in my 20s I partied a lot", "20s"),
    ("in year 9 we went to France", "year 9"),
    ("3rd visit this year and still the best curry in town", "3rd"),
    ("the past couple of visits were poor", "the past"),
    ("asked for a Saturday job at the record shop", "Saturday"),
    ("Looking for someone to do Sunday roasts with.", "Sunday"),
    ("he played Sunday league for years", "Sunday"),
    # a count of an activity's days or weeks: not tagged (the dev gold: "Vietnam, week 3!", "training week 9 done")
    ("Day 3 of my no-sugar challenge and I'm dying", "Day 3"),
    ("Week 14 of marathon training ✅", "Week 14"),
    ("Mr Reupke, 52 years old, said the plant would close.", "52 years"),
    ("we got him a 2019 present from the market", "present"),
    ("Stayed in room 12 for 3 nights", "room 12"),
]


@pytest.mark.parametrize("text,words", NO_DATES)
def test_no_date_grid(text, words):
    _check([(text, ref, words, None, None) for ref in WEEK + EDGES])


# ---- 6. edits and updates under a post -------------------------------------------------------------

EDITS = [
    ("Edit {n} days later: still broken.", "{n} days later"),
    ("UPDATE {n} days later: they finally rang back", "{n} days later"),
    # the edit counts from the post's day, not from the last date the post told
    ("Rang them yesterday, no answer.\n\nEDIT {n} days later: they finally rang back", "{n} days later"),
    ("Tried the fix on Monday, nothing.\n\nUpdate ({n} days later): sorted!", "{n} days later"),
]


@pytest.mark.parametrize("template,words", EDITS)
def test_edit_days_later_grid(template, words):
    cases = []
    for ref in WEEK + EDGES:
        for n in (2, 3, 5):
            cases.append((template.format(n=n), ref, words.format(n=n), "DATE", (ref + timedelta(days=n)).isoformat()))
    _check(cases)


EDIT_WEEKDAYS = ["Posted this on my lunch break, any ideas?\nEDIT ({w}): they rang back", "EDIT 2 ({W}): sorted now, thanks all",
                 "Still broken.\n\nUpdate, {W}: engineer finally came"]
SHORT3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


@pytest.mark.parametrize("template", EDIT_WEEKDAYS)
def test_edit_weekday_grid(template):
    """An edit's weekday ("EDIT (Mon):") is on or after the post's day: an edit comes after what it edits."""
    cases = []
    for ref in WEEK + EDGES:
        for wd in range(7):
            words = SHORT3[wd] if "{w}" in template else FULL[wd]
            cases.append((template.format(w=SHORT3[wd], W=FULL[wd]), ref, words, "DATE",
                          (ref + timedelta(days=(wd - ref.weekday()) % 7)).isoformat()))
    _check(cases)


# ---- 6b. a diary's or a travel blog's dated entries ------------------------------------------------

ENTRIES = ["{h}\nArrived in Hanoi. Yesterday was all airports, tomorrow we head to the bay.\nTonight: street food.",
           "Entry 2 ({h}): arrived in Hanoi. Yesterday was all airports, tomorrow we head to the bay. Tonight: street food."]


@pytest.mark.parametrize("template", ENTRIES)
def test_diary_entry_grid(template):
    """The words of a dated entry count from its day (as a chat message's from its stamp), for an entry
    up to two months before the day of writing; "Mon 3 March" on a line of its own, "3 March:", "(3 March):"."""
    cases = []
    for ref in WEEK + EDGES:
        for back in (1, 3, 9, 20):
            day = ref - timedelta(days=back)
            head = f"{FULL[day.weekday()][:3]} {day.day} {MONTH_NAMES[day.month - 1]}" if "\n" in template.split("{h}")[1][:2] \
                else f"{day.day} {MONTH_NAMES[day.month - 1]}"
            text = template.format(h=head)
            cases += [(text, ref, "Yesterday", "DATE", (day - timedelta(days=1)).isoformat()),
                      (text, ref, "tomorrow", "DATE", (day + timedelta(days=1)).isoformat()),
                      (text, ref, "Tonight", "TIME", f"{day.isoformat()}TNI")]
    _check(cases)


def test_dated_edit_and_timeline_grid():
    """An edit with its own date ("EDIT 2 (8/24): he paid this afternoon", days after the post) is that
    day; an item of a timeline ("- Aug 2: he texted ...", a dev post's gold) moves nothing: the words after
    it still count from the day of writing."""
    cases = []
    for ref in WEEK + EDGES:
        for on in (1, 3):
            e = ref + timedelta(days=on)
            text = f"Timeline:\n- {MONTH_NAMES[ref.month - 1][:3]} {max(1, ref.day - 5)}: he texted asking for an address\n" \
                   f"EDIT: sending the letter tomorrow morning.\nEDIT 2 ({e.day} {MONTH_NAMES[e.month - 1]}): he paid this afternoon!!"
            cases += [(text, ref, "tomorrow morning", "TIME", f"{(ref + timedelta(days=1)).isoformat()}TMO"),
                      (text, ref, "this afternoon", "TIME", f"{e.isoformat()}TAF")]
    _check(cases)


def test_story_weekday_grid():
    """A trip told in the first person a week or more later, its days named by weekday ("We flew into Porto
    on Thursday 19 June ... On Saturday we got the train"): the weekday after the story's day. Told in the
    third person (news), or after a day told without its weekday, the weekday keeps its reading from the
    day of writing (the last one before it)."""
    cases = []
    for ref in WEEK + EDGES:
        for back in (8, 12, 20):
            day = ref - timedelta(days=back)
            head = f"{FULL[day.weekday()]} {day.day} {MONTH_NAMES[day.month - 1]}"
            for wd in range(7):
                if wd == day.weekday() or wd == ref.weekday():
                    continue
                after = day + timedelta(days=(wd - day.weekday()) % 7)
                before = ref - timedelta(days=(ref.weekday() - wd) % 7)
                cases.append((f"We flew into Porto on {head} and went straight out. On {FULL[wd]} we got the train up the "
                              f"valley.", ref, FULL[wd], "DATE", after.isoformat()))
                cases.append((f"Police arrested a man on {head}. On {FULL[wd]}, he appeared in court.", ref, FULL[wd],
                              "DATE", before.isoformat()))
                cases.append((f"I moved out on {day.day} {MONTH_NAMES[day.month - 1]}. On {FULL[wd]} I finally got my "
                              f"deposit back.", ref, FULL[wd], "DATE", before.isoformat()))
    _check(cases)


def test_forum_stamp_grid():
    """A forum's stamps: "Last edited by dave_r; 25-02-2025 at 09:41 PM" (a dashed date, day or month
    first: a number over 12 tells), "Reply #3 on: March 12, 2025, 10:14:22 AM" (seconds): the day and its
    clock time (before, only the year, and the time on the day of writing)."""
    cases = []
    for ref in WEEK + EDGES:
        for back in (2, 9, 30):
            d = ref - timedelta(days=back)
            if d.day <= 12:
                continue
            for stamp in (f"{d.day:02d}-{d.month:02d}-{d.year}", f"{d.month:02d}-{d.day:02d}-{d.year}"):
                text = f"Great tip, worked for me.\nLast edited by dave_r; {stamp} at 09:41 PM."
                cases += [(text, ref, stamp, "DATE", d.isoformat()), (text, ref, "09:41 PM", "TIME", f"{d.isoformat()}T21:41")]
            text = f"Reply #3 on: {MONTH_NAMES[d.month - 1]} {d.day}, {d.year}, 10:14:22 AM"
            cases.append((text, ref, "10:14:22 AM", "TIME", f"{d.isoformat()}T10:14"))
    _check(cases)


# ---- 7. recipes and instructions: a night of no particular day -----------------------------------

INSTRUCTIONS = [
    ("1. Feed your starter the night before.\n2. Mix flour and water.", "the night before"),
    ("Shape, pop it in a banneton and into the fridge overnight.", "overnight"),
    ("Marinate the chicken overnight, then roast for 45 mins.", "overnight"),
    ("Rub the brisket with salt the night before and leave it in the fridge overnight.", "overnight"),
    ("Make the sauce the night before, it tastes better.", "the night before"),
]


@pytest.mark.parametrize("text,words", INSTRUCTIONS)
def test_instruction_night_grid(text, words):
    _check([(text, ref, words, "TIME", "XXXX-XX-XXTNI") for ref in WEEK + EDGES])


def test_reported_night_grid():
    """Told, not instructed: the night of the day in discussion (the conventions' "overnight")."""
    cases = []
    for ref in WEEK + EDGES:
        cases.append(("The river rose overnight and the road is shut.", ref, "overnight", "TIME", f"{ref.isoformat()}TNI"))
        cases.append(("I made the sauce the night before and it was great.", ref, "the night before", "TIME",
                      f"{(ref - timedelta(days=1)).isoformat()}TNI"))
    _check(cases)


# ---- 8. a chronicle: a year that frames its months ------------------------------------------------

def test_year_in_review_grid():
    """A heading's year ("My 2025 in review") is the year of the months and seasons heading its list's
    lines, told in January of the next year as in any month of it."""
    cases = []
    for ref in [date(2026, 1, 4), date(2026, 1, 31), date(2026, 3, 10), date(2025, 12, 31)]:
        y = ref.year - 1 if ref.month < 12 else ref.year
        text = (f"My {y} in review 🧵\nJanuary: quit my job.\nFebruary: did nothing for a month.\n"
                f"Spring: started freelancing.\nOctober: moved in with Sam 🏡")
        for words, value in (("January", f"{y}-01"), ("February", f"{y}-02"), ("Spring", f"{y}-SP"), ("October", f"{y}-10")):
            cases.append((text, ref, words, "DATE", value))
    _check(cases)


def test_year_opens_sentence_grid():
    """A year that opens the sentence frames its past month however near ("In 2024 I started them in
    January", written in March 2026)."""
    cases = []
    for ref in MONTHLY:
        for back in (1, 2, 5):
            for mi in (1, 4, 10):
                cases.append((f"In {ref.year - back} I started them in {MONTH_NAMES[mi - 1]} and they got leggy.", ref,
                              MONTH_NAMES[mi - 1], "DATE", f"{ref.year - back}-{mi:02d}"))
    _check(cases)


def test_original_plan_grid():
    """"We'd originally planned to go in May": the plan that was, gone or to come, the nearer one."""
    cases = []
    for ref in MONTHLY:
        for shift in (-3, -2, -1, 1, 2, 3):
            y, m = divmod(ref.year * 12 + ref.month - 1 + shift, 12)
            for t in ("We'd originally planned to go in {M} but flights were triple the price.",
                      "We originally planned to go in {M}, but it didn't work out."):
                cases.append((t.format(M=MONTH_NAMES[m]), ref, MONTH_NAMES[m], "DATE", f"{y}-{m + 1:02d}"))
    _check(cases)


def test_grid_is_not_empty():
    """Every class holds cases on every reference date (a grid that checks nothing is a defect)."""
    assert len(WEEK) == 7 and len(EDGES) >= 4 and len(MONTHLY) == 14
    assert tag("Stayed here in March.", date(2025, 6, 4))
