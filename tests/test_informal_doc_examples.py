"""The examples of docs/informal-time.md marked done are what the tagger gives.

Each row: the case as the catalogue quotes it (the test checks the quote is in the document, so the
two stay together), a text holding it, the reference date, the words of the expression and the
value the catalogue gives, written HERE from the calendar (never read from the tagger). Most cases
are said on Wednesday 4 June 2025: tomorrow is Thursday 5 June, the coming Saturday 7 June, the ISO
week 2025-W23. Cases the catalogue writes with a reference date of their own (tests/data/tagger_corpus.jsonl
holds them) are not repeated here; ``test_every_done_case_is_checked`` lists the quoted done cases that
are in neither, so a new row of the catalogue comes with its check.
"""
from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from timeline_app.temporal import tag

DOC = Path(__file__).resolve().parent.parent / "docs" / "informal-time.md"
DATA = Path(__file__).parent / "data"
W = date(2025, 6, 4)   # a Wednesday

# (the case as quoted, text, reference date, words of the expression, type, value); value None: no expression
CASES = [
    # 1. abbreviations and misspellings of day words and units
    ("see u 2moro", "see u 2moro", W, "2moro", "DATE", "2025-06-05"),
    ("cu tmrw x", "cu tmrw x", W, "tmrw", "DATE", "2025-06-05"),
    ("tomoz", "see you tomoz", W, "tomoz", "DATE", "2025-06-05"),
    ("tmoro", "see you tmoro", W, "tmoro", "DATE", "2025-06-05"),
    ("2mrw", "see you 2mrw", W, "2mrw", "DATE", "2025-06-05"),
    ("yday was mad", "yday was mad", W, "yday", "DATE", "2025-06-03"),
    ("ystrdy", "saw her ystrdy", W, "ystrdy", "DATE", "2025-06-03"),
    ("exams done tmoz", "exams done tmoz", W, "tmoz", "DATE", "2025-06-05"),
    ("2moz", "see u 2moz", W, "2moz", "DATE", "2025-06-05"),
    ("tonite", "out tonite?", W, "tonite", "TIME", "2025-06-04TNI"),
    ("2nite", "pub 2nite?", W, "2nite", "TIME", "2025-06-04TNI"),
    ("friday nite", "drinks friday nite?", W, "friday nite", "TIME", "2025-06-06TNI"),
    ("thurs arvo", "free thurs arvo?", W, "thurs arvo", "TIME", "2025-06-05TAF"),
    ("tmrw eve", "cinema tmrw eve?", W, "tmrw eve", "TIME", "2025-06-05TEV"),
    ("this aft", "can you look this aft?", W, "this aft", "TIME", "2025-06-04TAF"),
    ("wknd plans?", "wknd plans?", W, "wknd", "DATE", "2025-W23-WE"),
    ("last wknd", "had a mad one last wknd", W, "last wknd", "DATE", "2025-W22-WE"),
    ("nxt wk is mental", "nxt wk is mental", W, "nxt wk", "DATE", "2025-W24"),
    ("took 3 hrs", "the drive took 3 hrs", W, "3 hrs", "DURATION", "PT3H"),
    ("been 2 wks", "been 2 wks since i saw her", W, "2 wks", "DURATION", "P2W"),
    ("18 mths", "contract is 18 mths", W, "18 mths", "DURATION", "P18M"),
    ("posted a sec ago", "posted a sec ago", W, "a sec ago", "DATE", "PRESENT_REF"),
    # 2. clock talk
    # (barehour39, §160) a shift's ends after its noun, the hour one gets off, a check-in, an opening's correction, answers
    ("I'm on the early shift, 6 to 2", "I'm on the early shift, 6 to 2", W, "2", "TIME", "2025-06-04T14:00"),
    ("my shift tomorrow is 2 till 10", "my shift tomorrow is 2 till 10", W, "10", "TIME", "2025-06-05T22:00"),
    ("I get off 2 tomorrow so we good", "I get off 2 tomorrow so we good", W, "2 tomorrow", "TIME", "2025-06-05T14:00"),
    ("Check in is 4, check out 11", "Check in is 4, check out 11", W, "4", "TIME", "XXXX-XX-XXT16:00"),
    ("we open at 12 not 10 on the holiday", "we open at 12 not 10 on the holiday", W, "10", "TIME", "2025-06-04T10:00"),
    ("yes 12", "dinner still 12?\nyes 12", W, "12", "TIME", "2025-06-04T12:00"),
    ("@jo 11 but the queue starts half 10", "what time u open Sat?\n@jo 11 but the queue starts half 10", W, "11", "TIME",
     "2025-06-07T11:00"),
    # (clocks42, §206) the time of writing as a dotted h.mm after "it's", travel's dotted clock, a bare hour in another's zone
    ("it's 8.41 here already", "[04/06/2025, 07:41:10] Shona: it's 8.41 here already, can't believe I'm home in 2 days", W,
     "8.41", "TIME", "2025-06-04T08:41"),
    ("just off shift, it's 9.15 here and -2", "[04/06/2025, 12:16:02] Darren: Morning from Stanley, just off shift, it's 9.15 here and -2",
     W, "9.15", "TIME", "2025-06-04T09:15"),
    ("its gone 10.15 and still no sign of him", "[04/06/2025, 21:40:02] Jo: its gone 10.15 and still no sign of him", W, "10.15",
     "TIME", "2025-06-04T22:15"),
    ("Plane landed 2.10", "[04/06/2025, 14:22:17] Ron: She down! Plane landed 2.10 🥳", W, "2.10", "TIME", "2025-06-04T14:10"),
    ("Check in 8.15", "FIGAS have moved it. Check in 8.15", W, "8.15", "TIME", "2025-06-04T08:15"),
    ("lands about 2 your time", "Airlink Saturday morning, lands about 2 your time", W, "2", "TIME", "2025-06-07T14:00"),
    ("That's 11 by you", "The bus is up at the Canister 1 o'clock, off at 2. That's 11 by you", W, "11", "TIME", "2025-06-04T11:00"),
    ("9am your time, 12 ours", "I'll ring you tomorrow 9am your time, 12 ours, if that's easier.", W, "12", "TIME", "2025-06-05T12:00"),
    ("Parade start 9 anyway", "Parade start 9 anyway", W, "9", "TIME", "2025-06-04T09:00"),
    # (ampm38, §150) a bare hour inside a range just told; an hour of 7-11 far ahead of an earlier sentence's clock
    ("Shop hours today 7am-2pm. Black bun only after 11", "Shop hours today 7am-2pm. Black bun only after 11", W, "11",
     "TIME", "2025-06-04T11:00"),
    ("The keys aren't ready till noon today. We can start loading at 8",
     "The keys aren't ready till noon today. We can start loading at 8", W, "8", "TIME", "2025-06-04T08:00"),
    # (clock39, §159) a dotted clock after a preposition outside a story; "the" + a clock, a departure; "h:mm now"
    ("thrown up at 10.30 at the Cross", "Ba' thrown up at 10.30 at the Cross, get down early.", W, "10.30", "TIME",
     "2025-06-04T10:30"),
    ("get here by 7.30 as it gets busy", "Just turn up Mel but get here by 7.30 as it gets busy", W, "7.30", "TIME",
     "2025-06-04T07:30"),
    ("the queue for the 7:30 was massive", "the queue for the 7:30 was massive, we gave up", W, "7:30", "TIME",
     "2025-06-04T07:30"),
    ("bread on the 11.30?", "bread on the 11.30? 🙏", W, "11.30", "TIME", "2025-06-04T11:30"),
    ("12:30 now, church running long", "Auntie M: 12:30 now, church running long", W, "12:30", "TIME", "2025-06-04T12:30"),
    ("physio at quarter to 8", "physio at quarter to 8 before work", W, "quarter to 8", "TIME", "2025-06-04T07:45"),
    ("meet at midday", "meet at midday?", W, "midday", "TIME", "2025-06-04T12:00"),
    ("drinks 8ish?", "drinks at the pub 8ish?", W, "8ish", "TIME", "2025-06-04T20:00"),
    ("at 8 o'clock", "dinner at 8 o'clock tonight", W, "8 o'clock", "TIME", "2025-06-04T20:00"),
    # (thread41, §193) a return after a departure, a trip's days, a date's own weekday, a notice's hours, a reported start,
    # a noun's head
    ("Plan is to leave Friday after work and come back Tuesday", "Plan is to leave Friday after work and come back Tuesday.",
     W, "Tuesday", "DATE", "2025-06-10"),
    ("you still get the Sunday and Monday up there and drive back Tuesday",
     "exactly. you still get the Sunday and Monday up there and drive back Tuesday", W, "Sunday", "DATE", "2025-06-08"),
    ("we had Sunday and Monday up there and drove back Tuesday", "we had Sunday and Monday up there and drove back Tuesday",
     W, "Sunday", "DATE", "2025-06-01"),
    ("We were here on Boxing Day (a Thursday!)", "We were here on Boxing Day (a Thursday!) and they opened from 4pm.", W,
     "Thursday", "DATE", "2024-12-26"),
    ("Front St is closed from 10 til 1 on Monday", "Front St is closed from 10 til 1 on Monday, so move your car.", W,
     "Monday", "DATE", "2025-06-09"),
    ("driver reckoned extra buses from Thursday when the school hols kick in",
     "driver reckoned extra buses from Thursday when the school hols kick in", W, "Thursday", "DATE", "2025-06-05"),
    ("at the Moosehide trail head Sunday around noon", "Lost: a green Stanley thermos at the Moosehide trail head Sunday around noon.",
     W, "Sunday", "DATE", "2025-06-01"),
    # 4. numeric dates
    ("17.06.2025", "the gig is on 17.06.2025", W, "17.06.2025", "DATE", "2025-06-17"),
    ("on 25/09/2025", "moving on 25/09/2025", W, "25/09/2025", "DATE", "2025-09-25"),
    ("w/c 8 July", "your shifts for w/c 8 July", date(2024, 6, 20), "8 July", "DATE", "2024-W28"),
    # 5. a day and a time in any order
    # (thirty-fifth session, §141) a day then its clock: two expressions in a chat's register (a texting word here), the
    # clock's checked (the day a DATE of it); one TIME with no mark of that register
    ("thurs 2pm", "dentist thurs 2pm", W, "thurs 2pm", "TIME", "2025-06-05T14:00"),
    ("thurs 2pm", "dentist thurs 2pm lol", W, "2pm", "TIME", "2025-06-05T14:00"),
    # (holidays36, §138) a province's abbreviation after a place names the province: Ontario's Family Day, the third
    # Monday of February (16 February 2026)
    ("Cook's Bay Ice Huts & Bait (Keswick, ON)", "Cook's Bay Ice Huts & Bait (Keswick, ON)\n★★★★★ 3 hours ago\n"
     "Took the boys out for Family Day and honestly best day we've had this winter.", date(2026, 2, 16), "Family Day",
     "DATE", "2026-02-16"),
    # (occasion37, §144) the clocks of a night holiday's night and of "see the new year in" (an e-mail of Tuesday 29 December
    # 2026); a weekday of the days leading to a holiday a family chat told (Thursday 30 and Friday 31 July 2026)
    ("We're staying over New Year's Eve. Is the common room free? We'll be quiet by half 12, promise!",
     "We're staying over New Year's Eve. Is the common room free? We'll be quiet by half 12, promise!", date(2026, 12, 29),
     "half 12", "TIME", "2027-01-01T00:30"),
    ("NYE plans: drinks at ours, taxis booked for 1.30am.", "NYE plans: drinks at ours, taxis booked for 1.30am.",
     date(2026, 12, 29), "1.30am", "TIME", "2027-01-01T01:30"),
    ("the common room's yours til 1am, there are fireworks over the lake at midnight",
     "Is the common room free to see the new year in? We'll be quiet by half 12, promise!\n\nthe common room's yours til "
     "1am, there are fireworks over the lake at midnight", date(2026, 12, 29), "midnight", "TIME", "2026-12-31T24:00"),
    ("rangers don't let u set up til Wednesday morning", "18/07/2026, 10:31:05 - Mum: Right so the holiday is Thursday 30th "
     "and Friday 31st, who's camping?\n18/07/2026, 10:35:40 - Sue: rangers don't let u set up til Wednesday morning\n"
     "20/07/2026, 19:02:11 - Dan: I'm working Weds til 5\n", date(2026, 7, 20), "Wednesday morning", "TIME", "2026-07-29TMO"),
    ("I'm working Weds til 5", "18/07/2026, 10:31:05 - Mum: Right so the holiday is Thursday 30th and "
     "Friday 31st, who's camping?\n18/07/2026, 10:35:40 - Sue: rangers don't let u set up til Wednesday morning\n"
     "20/07/2026, 19:02:11 - Dan: I'm working Weds til 5\n", date(2026, 7, 20), "Weds", "DATE", "2026-07-29"),
    ("7pm fri?", "7pm fri?", W, "7pm fri", "TIME", "2025-06-06T19:00"),
    ("deadline friday 6.30pm lads", "deadline friday 6.30pm lads", W, "friday 6.30pm", "TIME", "2025-06-06T18:30"),
    ("EGG HUNT IS AT 10AM SUNDAY", "EGG HUNT IS AT 10AM SUNDAY", W, "10AM SUNDAY", "TIME", "2025-06-08T10:00"),
    ("ARE YOU COMING FOR LUNCH ON SUNDAY", "ARE YOU COMING FOR LUNCH ON SUNDAY", W, "SUNDAY", "DATE", "2025-06-08"),
    # 6. vague now and recency
    ("on the trampoline rn", "on the trampoline rn", W, "rn", "DATE", "PRESENT_REF"),
    ("Salah's been on fire lately", "Salah's been on fire lately", W, "lately", "DATE", "PAST_REF"),
    ("nowadays", "nobody texts nowadays", W, "nowadays", "DATE", "PRESENT_REF"),
    ("these days", "so tired these days", W, "these days", "DATE", "PRESENT_REF"),
    ("just now", "saw it just now", W, "just now", "DATE", "PRESENT_REF"),
    ("the atm", "took cash from the atm", W, "atm", "DATE", None),
    # 7. habits
    ("every other tue", "bins every other tue", W, "every other tue", "SET", "XXXX-WXX-2"),
    ("every sat", "parkrun every sat", W, "every sat", "SET", "XXXX-WXX-6"),
    ("closed mondays", "they're closed mondays", W, "mondays", "SET", "XXXX-WXX-1"),
    ("weekends are for long runs", "weekends are for long runs", W, "weekends", "SET", "XXXX-WXX-WE"),
    # 8. fragments without a verb
    ("sat?", "sat?", W, "sat", "DATE", "2025-06-07"),
    ("friday works", "friday works", W, "friday", "DATE", "2025-06-06"),
    ("thu works for me", "thu works for me", W, "thu", "DATE", "2025-06-05"),
    ("Friday after next", "the party's Friday after next", W, "Friday after next", "DATE", "2025-06-13"),
    ("a fortnight on Friday", "the results are out a fortnight on Friday", W, "a fortnight on Friday", "DATE", "2025-06-20"),
    ("a week from today", "back a week from today", W, "a week from today", "DATE", "2025-06-11"),
    ("the first Monday of April", "the walk is the first Monday of April", date(2025, 3, 12), "the first Monday of April", "DATE", "2025-04-07"),
    # 9. holidays
    ("fireworks in the park for bonfire night", "fireworks in the park for bonfire night", date(2025, 10, 20), "bonfire night", "DATE", "2025-11-05"),
    ("comin fur hogmanay", "comin fur hogmanay?", date(2025, 12, 10), "hogmanay", "DATE", "2025-12-31"),
    ("the christmas tree", "the christmas tree is up", date(2025, 12, 10), "christmas", "DATE", None),
    ("Easter Island", "Easter Island was amazing", date(2025, 3, 10), "Easter", "DATE", None),
    ("pancake day", "pancake day tomorrow!!", date(2025, 3, 3), "pancake day", "DATE", "2025-03-04"),
    # 10. dialects
    ("this arvo", "can pop round this arvo", W, "this arvo", "TIME", "2025-06-04TAF"),
    ("today evening", "I have office today evening", W, "today evening", "TIME", "2025-06-04TEV"),
    # 13/15. grids' classes
    ("#Friday", "#Friday vibes", W, "Friday", "DATE", None),
    ("#tbt", "#tbt to the summer", W, "tbt", "DATE", None),
    ("every fortnight", "the market is every fortnight", W, "every fortnight", "SET", "P2W"),
    # more of sections 1-15 (eleventh session: each quoted done case checked here or elsewhere)
    ("tmw", "see you tmw", W, "tmw", "DATE", "2025-06-05"),
    ("yesterdy", "saw her yesterdy", W, "yesterdy", "DATE", "2025-06-03"),
    ("back in 5 mins", "back in 5 mins", W, "5 mins", "DURATION", "PT5M"),
    ("in 10 secs", "ready in 10 secs", W, "10 secs", "DURATION", "PT10S"),
    ("2 yrs ago", "moved here 2 yrs ago", W, "2 yrs ago", "DATE", "2023"),
    ("moments ago", "posted moments ago", W, "moments ago", "DATE", "PRESENT_REF"),
    ("til half 6", "can we do later? i have a thing til half 6", W, "half 6", "TIME", "2025-06-04T18:30"),
    ("drinks 8ish?", "drinks 8ish?", W, "8ish", "TIME", "2025-06-04T20:00"),
    ("tonite 8ish", "tonite 8ish", W, "8ish", "TIME", "2025-06-04T20:00"),
    ("he said half one", "no, he said half one", W, "half one", "TIME", "2025-06-04T13:30"),
    ("8 oclock", "dinner at 8 oclock tonight", W, "8 oclock", "TIME", "2025-06-04T20:00"),
    ("Thurs @ 6?", "Thurs @ 6?", W, "6", "TIME", "2025-06-05T18:00"),
    ("its 4 til 9", "can u cover my sat late? its 4 til 9", W, "4", "TIME", "2025-06-07T16:00"),
    ("7/31", "lease ends 7/31", W, "7/31", "DATE", "2025-07-31"),
    ("ideally the 1st as my lease ends", "ideally the 1st as my lease ends", W, "the 1st", "DATE", "2025-07-01"),
    ("off the 14th for a few days", "off the 14th for a few days", W, "the 14th", "DATE", "2025-06-14"),
    ("the 12th I think", "the 12th I think", W, "the 12th", "DATE", "2025-06-12"),
    ("Fri 3/5/2024", "booked Fri 3/5/2024", W, "3/5/2024", "DATE", "2024-05-03"),
    ("sun 06:40", "2 pages sat night, 1 page sun 06:40 (cert expiry)", date(2025, 6, 9), "sun 06:40", "TIME", "2025-06-08T06:40"),
    ("OOO Mon + Tues", "OOO Mon + Tues", W, "Mon", "DATE", "2025-06-09"),
    ("Friday gone", "saw it Friday gone", W, "Friday gone", "DATE", "2025-05-30"),
    ("next week Tuesday", "meeting is next week Tuesday", W, "Tuesday", "DATE", "2025-06-10"),
    ("a fortnight today", "results are out a fortnight today", W, "a fortnight today", "DATE", "2025-06-18"),
    ("over easter", "we're away over easter", date(2025, 3, 10), "easter", "DATE", "2025-04-20"),
    ("see you on valentines", "see you on valentines", date(2025, 2, 1), "valentines", "DATE", "2025-02-14"),
    ("st patricks day", "out for st patricks day", date(2025, 3, 1), "st patricks day", "DATE", "2025-03-17"),
    ("burns night", "haggis for burns night", date(2025, 1, 10), "burns night", "DATE", "2025-01-25"),
    ("juneteenth", "off for juneteenth", W, "juneteenth", "DATE", "2025-06-19"),
    ("A Christmas Carol", "we read A Christmas Carol in class", date(2025, 10, 1), "Christmas", "DATE", None),
    ("shrove tuesday", "pancakes on shrove tuesday", date(2025, 2, 20), "shrove tuesday", "DATE", "2025-03-04"),
    ("bonfire nite", "fireworks bonfire nite", date(2025, 10, 20), "bonfire nite", "DATE", "2025-11-05"),
    ("remembrance sunday", "parade on remembrance sunday", date(2025, 10, 20), "remembrance sunday", "DATE", "2025-11-09"),
    ("memorial day", "bbq on memorial day", date(2025, 5, 1), "memorial day", "DATE", "2025-05-26"),
    ("its 3pm", "its 3pm already", W, "3pm", "TIME", "2025-06-04T15:00"),
    ("im free tmrw", "im free tmrw", W, "tmrw", "DATE", "2025-06-05"),
    ("#Election2024", "#Election2024 results", W, "2024", "DATE", None),
    ("order #20240521", "order #20240521 never came", W, "2024", "DATE", None),
    ("bin day Monday 🙄", "bin day Monday 🙄", W, "Monday", "DATE", "2025-06-09"),
    ("I'm off Saturday", "I'm off Saturday", W, "Saturday", "DATE", "2025-06-07"),
    ("good luck for Friday!", "@sam: good luck for Friday!", W, "Friday", "DATE", "2025-06-06"),
    ("remind me Tuesday", "remind me Tuesday", W, "Tuesday", "DATE", "2025-06-10"),
    ("we have a slot on Thursday", "we have a slot on Thursday", W, "Thursday", "DATE", "2025-06-05"),
    ("kick off 3pm Sat", "@jo: kick off 3pm Sat, get the beers in", W, "3pm Sat", "TIME", "2025-06-07T15:00"),
    ("back on the 2nd", "@jo: back on the 2nd!!", W, "the 2nd", "DATE", "2025-07-02"),
    ("I'm off on the 1st", "@jo: I'm off on the 1st 😎", W, "the 1st", "DATE", "2025-07-01"),
    ("dissertation due march 21st", "dissertation due march 21st", date(2025, 2, 10), "march 21st", "DATE", "2025-03-21"),
    ("exams start may 12th", "exams start may 12th", date(2025, 4, 1), "may 12th", "DATE", "2025-05-12"),
    ("the 07:32 was cancelled", "the 07:32 was cancelled", W, "07:32", "TIME", "2025-06-04T07:32"),
    ("quiz at 8", "tmrw quiz at 8", W, "8", "TIME", "2025-06-05T20:00"),
    ("doors at 7.30", "tmrw doors at 7.30", W, "7.30", "TIME", "2025-06-05T19:30"),
    ("meet outside the cinema at half 7", "meet outside the cinema at half 7", W, "half 7", "TIME", "2025-06-04T19:30"),
    ("Jan 3 works for me", "Jan 3 works for me", date(2024, 12, 20), "Jan 3", "DATE", "2025-01-03"),
    ("half 8 works", "half 8 works", W, "half 8", "TIME", "2025-06-04T08:30"),
    ("Friday at 8pm", "@jo: Friday at 8pm?", W, "8pm", "TIME", "2025-06-06T20:00"),
    ("sat arvo", "bbq sat arvo", W, "sat arvo", "TIME", "2025-06-07TAF"),
    ("fri nite", "pub fri nite", W, "fri nite", "TIME", "2025-06-06TNI"),
    ("3PM PST", "call at 3PM PST", W, "3PM", "TIME", "2025-06-04T15:00"),
    ("20:30 UTC on Saturday", "@jo: stream 20:30 UTC on Saturday!", W, "20:30", "TIME", "2025-06-07T20:30"),
    ("all month", "it's rained all month", W, "all month", "DURATION", "P1M"),
    ("all year", "saving all year", W, "all year", "DURATION", "P1Y"),
    ("the 7.45 train", "getting the 7.45 train tmrw", W, "7.45", "TIME", "2025-06-05T07:45"),
    ("a midnight feast", "we had a midnight feast", W, "midnight", "TIME", None),
    ("Saturday's good for me", "Saturday's good for me", W, "Saturday", "DATE", "2025-06-07"),
    ("years back", "we went years back", W, "years back", "DATE", "PAST_REF"),
    ("a while ago", "saw it a while ago", W, "a while ago", "DATE", "PAST_REF"),
    ("ages ago", "saw it ages ago", W, "ages ago", "DATE", "PAST_REF"),
    ("spent easter in bed", "@jo: spent easter in bed 🤒", date(2025, 4, 25), "easter", "DATE", "2025-04-20"),
    ("dec 1st?", "dec 1st?", W, "dec 1st", "DATE", "2025-12-01"),
    ("off to Spain in March", "@jo: off to Spain in March", W, "March", "DATE", "2026-03"),
    ("need it done before the weekend", "@jo: need it done before the weekend 😩", W, "the weekend", "DATE", "2025-W23-WE"),
    ("I work Mon to Fri", "I work Mon to Fri", W, "Mon", "SET", "XXXX-WXX-1"),
    ("Weds 14 May", "parents evening Weds 14 May", date(2025, 5, 1), "14 May", "DATE", "2025-05-14"),
    ("thanks for a brilliant June!", "thanks for a brilliant June!", date(2025, 7, 1), "June", "DATE", "2025-06"),
    ("I will be on leave on Monday", "I will be on leave on Monday", W, "Monday", "DATE", "2025-06-09"),
    ("Posted 09:15", "Posted 09:15", W, "09:15", "TIME", "2025-06-04T09:15"),
    ("Gym shut Friday due to staff training", "Gym shut Friday due to staff training", W, "Friday", "DATE", "2025-06-06"),
    ("she arrived at 3.12am on 13 April", "she arrived at 3.12am on 13 April", W, "3.12am", "TIME", "2025-04-13T03:12"),
    ("this Monday morning", "see you this Monday morning", date(2025, 6, 2), "Monday morning", "TIME", "2025-06-02TMO"),
    ("a week from Tuesday.", "the party is a week from Tuesday.", W, "Tuesday", "DATE", "2025-06-17"),
    ("easter weekend", "@jo: we're away easter weekend!!", date(2025, 3, 10), "easter weekend", "DATE", "2025-W16-WE"),
    ("steak pie on new year's day", "steak pie on new year's day", date(2025, 11, 15), "new year's day", "DATE", "2026-01-01"),
    ("since new years eve", "not drunk since new years eve", date(2025, 1, 10), "new years eve", "DATE", "2024-12-31"),
    # 16. wrong values on found expressions (eleventh session)
    ("02 Apr 2026 08:12 UTC", "incident opened 02 Apr 2026 08:12 UTC, severity 3", W, "08:12", "TIME", "2026-04-02T08:12"),
    ("like in March", "lol just like in March, the same leak", W, "March", "DATE", "2025-03"),
    ("at 3:30 on friday", "can we meet at 3:30 on friday", W, "3:30", "TIME", "2025-06-06T15:30"),
    ("the kitchen is open till 10pm on quiz nights", "the kitchen is open till 10pm on quiz nights", W, "10pm", "TIME", "XXXX-XX-XXT22:00"),
    ("we normally leave at 7.30pm", "we normally leave at 7.30pm", W, "7.30pm", "TIME", "XXXX-XX-XXT19:30"),
    ("... but come Saturday at 11?", "had loads of messages ... but come Saturday at 11?", W, "Saturday", "DATE", "2025-06-07"),
    ("the app says rain Saturday", "the app says rain Saturday", W, "Saturday", "DATE", "2025-06-07"),
    ("it's due friday week btw", "it's due friday week btw", W, "friday week", "DATE", "2025-06-13"),
    ("opened 8pm, severity 3", "ticket opened 8pm, severity 3", W, "3", "TIME", None),
    ("doors 7pm, table 4", "doors 7pm, table 4", W, "4", "TIME", None),
    # 30. logs and diaries (fifteenth session, logs)
    ("Day 100 – 8k easy", "Day 1 = Mon 10 Nov 2025.\n\nDay 100 – 8k easy, calves tight.", date(2026, 3, 1), "Day 100", "DATE", "2026-02-17"),
    ("by day 4 of the rash", "The rash started on Sunday 19 April, and by day 4 of the rash it was up both arms.", date(2026, 4, 30),
     "day 4", "DATE", "2026-04-22"),
    ("Day 44 – hard one", "Quit date: 23 Aug 2026\nDay 44 – hard one.", date(2026, 10, 7), "Day 44", "DATE", "2026-10-05"),
    ("Wk 3 Day 2", "Started the app on Monday 18th May and just did Wk 3 Day 2 this morning.", date(2026, 6, 6), "Day 2", "DATE", None),
    ("Day 212 of Year 3", "Started Fri 2 Jan. My farm is on Day 212 of Year 3 already.", date(2026, 1, 4), "Day 212", "DATE", None),
    ("Sat 22/8. Pier from 05:40", "Fishing log\n\nSat 22/8. Pier from 05:40, two mackerel.\n", date(2026, 8, 31), "05:40", "TIME", "2026-08-22T05:40"),
    ("a 3h20m session", "a 3h20m session, no clears", date(2026, 1, 3), "3h20m", "DURATION", "PT3H20M"),
    ("took 1h 45m", "took 1h 45m in the end", date(2026, 1, 3), "1h 45m", "DURATION", "PT1H45M"),
    ("run time 2hr 10min", "run time 2hr 10min, legs gone", date(2026, 1, 3), "2hr 10min", "DURATION", "PT2H10M"),
    ("3 May – frost forecast tonight", "Veg diary\n\n3 May – frost forecast tonight, fleeced the spuds.\n", date(2026, 5, 29), "tonight", "TIME",
     "2026-05-03TNI"),    # (sixteenth session, at merge) the deadlines catalogue (§37): each quoted case, its value from the calendar of 2026-03-20
    ('due today between 12:03 and 13:03', 'Parcel: due today between 12:03 and 13:03.', date(2026, 3, 20), '12:03', 'TIME', '2026-03-20T12:03'),
    ('arriving tomorrow between 10:15 and 14:15', 'Your order is arriving tomorrow between 10:15 and 14:15.', date(2026, 3, 20), '10:15', 'TIME', '2026-03-21T10:15'),
    ('Appt confirmed 24/03/26 ... MOT expires on 09/04/2026', 'Appt confirmed 24/03/26 ... MOT expires on 09/04/2026', date(2026, 3, 20), '09/04/2026', 'DATE', '2026-04-09'),
    ('Your bill of £142.60 is due on 05/06/2026', 'Your bill of £142.60 is due on 05/06/2026', date(2026, 3, 20), '05/06/2026', 'DATE', '2026-06-05'),
    ('Payment on 12/29/2025 ... ending 01/12/2026', 'Payment on 12/29/2025 ... ending 01/12/2026', date(2026, 3, 20), '01/12/2026', 'DATE', '2026-01-12'),
    ('renews on 01/12/2026 ... $119.99', 'Your plan renews on 01/12/2026 ... $119.99 (IRS rules apply)', date(2026, 3, 20), '01/12/2026', 'DATE', '2026-01-12'),
    ('your card ending 4417 expires 01/26', 'Update: your card ending 4417 expires 01/26.', date(2026, 3, 20), '01/26', 'DATE', '2026-01'),
    ('Visa •••• 1234 Exp: 11/27', 'Visa •••• 1234 Exp: 11/27', date(2026, 3, 20), '11/27', 'DATE', '2027-11'),
    ('valid thru 03/28', 'Railcard valid thru 03/28', date(2026, 3, 20), '03/28', 'DATE', '2028-03'),
    ('reply CANCEL at least 24 hours before.', 'To cancel, reply CANCEL at least 24 hours before.', date(2026, 3, 20), '24 hours', 'DURATION', 'PT24H'),
    ('You can test it up to one month before and keep the same renewal date', 'You can test it up to one month before and keep the same renewal date', date(2026, 3, 20), 'one month', 'DURATION', 'P1M'),
    ('within 5-7 working days', 'Refunds arrive within 5-7 working days.', date(2026, 3, 20), '5-7 working days', 'DURATION', 'PXD'),
    ('at least 5 court days before the hearing', 'File it at least 5 court days before the hearing.', date(2026, 3, 20), '5 court days', 'DURATION', 'P5D'),
    ('the last working day of next month', 'You will be paid on the last working day of next month.', date(2026, 3, 20), 'the last working day of next month', 'DATE', '2026-04-30'),
    ('Your last visit was Sept 2025. Call us Mon-Fri 8am-6pm to book.', 'Your last visit was Sept 2025. Call us Mon-Fri 8am-6pm to book.', date(2026, 3, 20), 'Mon', 'SET', 'XXXX-WXX-1'),
    ('Tues-Fri 10-4, Sat 10-1', 'Open Tues-Fri 10-4, Sat 10-1', date(2026, 3, 20), 'Sat', 'SET', 'XXXX-WXX-6'),
    ('Mon-Fri 8am-6pm; Sat 9am-12pm and Sun 10am-2pm', 'Lines open Mon-Fri 8am-6pm; Sat 9am-12pm and Sun 10am-2pm', date(2026, 3, 20), 'Sun', 'SET', 'XXXX-WXX-7'),
    ('PE day has changed to Wednesday', 'PE day has changed to Wednesday', date(2026, 3, 20), 'Wednesday', 'SET', 'XXXX-WXX-3'),
    ('(ref 1550 2217 8841)', 'Thanks for your claim (ref 1550 2217 8841).', date(2026, 3, 20), '1550', None, None),
    ('Tracking number 8841 2019 5521 2210', 'Tracking number 8841 2019 5521 2210', date(2026, 3, 20), '2019', None, None),
    # (eighteenth session, left18) the patterns two readers left (§42): values from the calendar of each reference date
    ("Big race off at 3.30, get your bets on", "Big race off at 3.30, get your bets on", date(2026, 3, 20), "3.30", "TIME", "2026-03-20T15:30"),
    ("KO is at 5.45", "KO is at 5.45", date(2026, 3, 20), "5.45", "TIME", "2026-03-20T17:45"),
    ("Shifts r 6am-2pm", "Shifts r 6am-2pm", date(2026, 3, 20), "6am", "TIME", "XXXX-XX-XXT06:00"),
    ("The library is closed Mon & Tue", "The library is closed Mon & Tue", date(2026, 3, 20), "Tue", "SET", "XXXX-WXX-2"),
    ("I work mon, wed and fri", "I work mon, wed and fri", date(2026, 3, 20), "fri", "SET", "XXXX-WXX-5"),
    ("Training Weds 6-7pm as usual", "Training Weds 6-7pm as usual", date(2026, 3, 20), "Weds", "SET", "XXXX-WXX-3"),
    ("Swimming Tues 5-6pm as always", "Swimming Tues 5-6pm as always", date(2026, 3, 20), "Tues", "SET", "XXXX-WXX-2"),
    ("happy halloween!", "happy halloween!", date(2026, 10, 30), "halloween", "DATE", "2026-10-31"),
    ("christmas is coming", "christmas is coming", date(2026, 12, 1), "christmas", "DATE", "2026-12-25"),
    ("halloween was mad", "halloween was mad", date(2026, 11, 3), "halloween", "DATE", "2026-10-31"),
    ("I've booked my annual eye test for March 3rd", "I've booked my annual eye test for March 3rd", date(2026, 6, 10), "March 3rd",
     "DATE", "2027-03-03"),
    ("the pay rise agreed in January takes effect from 1 April", "the pay rise agreed in January takes effect from 1 April",
     date(2026, 3, 20), "January", "DATE", "2026-01"),
    # (written on Tuesday 17 March 2026: Friday the 13th rung, Monday the 16th said)
    ("I rang them friday and they said monday at 10", "I rang them friday and they said monday at 10", date(2026, 3, 17), "10",
     "TIME", "2026-03-16T10:00"),
    ("5 March: chased again. / Today: still nothing, ringing again tomorrow",
     "2 March: called the office.\n5 March: chased again.\nToday: still nothing, ringing again tomorrow.", date(2026, 3, 11),
     "tomorrow", "DATE", "2026-03-12"),
    # 43. a log's weekday lines (written on Tuesday 10 March 2026; Saturday 28 February, Wednesday 4 March)
    ("Sat 28 Feb: drove up / Sun: unpacked / Mon: rain, stayed in",
     "Sat 28 Feb: drove up\nSun: unpacked\nMon: rain, stayed in", date(2026, 3, 10), "Mon", "DATE", "2026-03-02"),
    ("28 Feb – flew out / Tuesday: went to the beach",
     "28 Feb – flew out\nTuesday: went to the beach", date(2026, 3, 10), "Tuesday", "DATE", "2026-03-03"),
    ("Mon 2 Mar: started the new job / Wed 4th: got my badge",
     "Mon 2 Mar: started the new job\nWed 4th: got my badge", date(2026, 3, 10), "Wed 4th", "DATE", "2026-03-04"),
    ("Mon 2nd: drove up / Tue 3rd: walked to the harbour",
     "Mon 2nd: drove up\nTue 3rd: walked to the harbour", date(2026, 3, 10), "Tue 3rd", "DATE", "2026-03-03"),
    ("the cafe is open every day except New Year's Day, last orders 3.30.",
     "the cafe is open every day except New Year's Day, last orders 3.30.", date(2025, 12, 29), "3.30", "TIME", "XXXX-XX-XXT15:30"),
    # (nineteenth session, left20a; Wednesday 4 June 2025: Friday 6 June, Saturday 7 June)
    ("gonna drive friday 0600 to york", "gonna drive friday 0600 to york", W, "friday 0600", "TIME", "2025-06-06T06:00"),
    ("0600hrs tomorrow", "pickup 0600hrs tomorrow", W, "0600hrs tomorrow", "TIME", "2025-06-05T06:00"),
    ("sehri ends at 4:10 tomorrow, iftar at 6:45", "sehri ends at 4:10 tomorrow, iftar at 6:45", W, "6:45", "TIME",
     "2025-06-05T18:45"),
    ("sunset at 8:05", "sunset at 8:05 tomorrow", W, "8:05", "TIME", "2025-06-05T20:05"),
    ("fajr tmrw: 5:15", "fajr tmrw: 5:15", W, "5:15", "TIME", "2025-06-05T05:15"),
    ("sunset - 8:10", "sunset - 8:10", W, "8:10", "TIME", "2025-06-04T20:10"),
    ("regular hours are 9:30 to 4pm", "regular hours are 9:30 to 4pm", W, "9:30", "TIME", "XXXX-XX-XXT09:30"),
    ("trading hours are 8am-8pm", "trading hours are 8am-8pm", W, "8pm", "TIME", "XXXX-XX-XXT20:00"),
    ("our hours are now 10am to 6pm", "our hours are now 10am to 6pm", W, "10am", "TIME", "XXXX-XX-XXT10:00"),
    ("friday 2.30 at mine", "friday 2.30 at mine", W, "2.30", "TIME", "2025-06-06T14:30"),
    ("Saturday 3.15 usual spot?", "Saturday 3.15 usual spot?", W, "3.15", "TIME", "2025-06-07T15:15"),
    ("sat 2.50 a pint", "sat 2.50 a pint", W, "2.50", "TIME", None),
    ("fri 3.99 each", "fri 3.99 each", W, "3.99", "TIME", None),
    ("sun 8.50 an hour", "sun 8.50 an hour", W, "8.50", "TIME", None),
    # 4X (hours21). a lone hour after "from" on a line that names its day (W: Wednesday 4 June 2025)
    ("the room's free tmrw from 2", "the room's free tmrw from 2", W, "2", "TIME", "2025-06-05T14:00"),
    ("friday works for me, I'm home from 3", "friday works for me, I'm home from 3", W, "3", "TIME", "2025-06-06T15:00"),
    ("can you come round thurs? I'm in from 1", "can you come round thurs? I'm in from 1", W, "1", "TIME", "2025-06-05T13:00"),
    ("Open house tomorrow from 4 x", "Open house tomorrow from 4 x", W, "4", "TIME", "2025-06-05T16:00"),
    ("tuesday from 2 works", "tuesday from 2 works", W, "2", "TIME", "2025-06-10T14:00"),
    ("drinks at the pub friday from 8 if anyone fancies it", "drinks at the pub friday from 8 if anyone fancies it", W, "8", "TIME", "2025-06-06T20:00"),
    ("tmrw party at Ellie's, from 9!", "tmrw party at Ellie's, from 9!", W, "9", "TIME", "2025-06-05T21:00"),
    ("quiz night thursday from 7", "quiz night thursday from 7", W, "7", "TIME", "2025-06-05T19:00"),
    ("prices went down from 5 on saturday", "prices went down from 5 on saturday", W, "5", "TIME", None),
    ("kids from 6 welcome on friday", "kids from 6 welcome on friday", W, "6", "TIME", None),
    ("interest rates rose from 4 on tuesday", "interest rates rose from 4 on tuesday", W, "4", "TIME", None),
    ("tickets from 8, on sale friday", "tickets from 8, on sale friday", W, "8", "TIME", None),
    ("year groups from 7 on monday", "year groups from 7 on monday", W, "7", "TIME", None),
    ("friday choose from 3 options", "friday choose from 3 options", W, "3", "TIME", None),
    ("friday we're selecting from 6 people", "friday we're selecting from 6 people", W, "6", "TIME", None),
    # 89. counted offsets (offsets27): the last Sunday 1 June, the last Friday 30 May, the coming Sunday 8 June
    ("the sunday before last", "what about the sunday before last, we still in?", W, "the sunday before last", "DATE", "2025-05-25"),
    ("last Friday but one", "we met last Friday but one", W, "last Friday but one", "DATE", "2025-05-23"),
    ("a fortnight last Sunday", "we moved in a fortnight last Sunday", W, "a fortnight last Sunday", "DATE", "2025-05-18"),
    ("a fortnight come Sunday", "we fly a fortnight come Sunday", W, "a fortnight come Sunday", "DATE", "2025-06-22"),
    ("this time tmrw", "this time tmrw ill be in spain", W, "this time tmrw", "DATE", "2025-06-05"),
    ("two weeks from today", "the results are out two weeks from today", W, "two weeks from today", "DATE", "2025-06-18"),
    ("quite a few years back", "we went quite a few years back", W, "quite a few years back", "DATE", "PAST_REF"),
    # 86. month and weekday names that are also words (homographs27), said on Wednesday 4 February 2026
    ("27th may onwards", "27th may onwards im free", date(2026, 2, 4), "27th may", "DATE", "2026-05-27"),
    ("away 27th may - back the week after", "away 27th may - back the week after", date(2026, 2, 4), "27th may", "DATE", "2026-05-27"),
    ("party 27th may 2026", "party 27th may 2026 at the hall", date(2026, 2, 4), "27th may 2026", "DATE", "2026-05-27"),
    ("may 27 2026", "may 27 2026 is the date", date(2026, 2, 4), "may 27 2026", "DATE", "2026-05-27"),
    ("exam 27th may 9:30", "exam 27th may 9:30 dont be late", date(2026, 2, 4), "27th may 9:30", "TIME", "2026-05-27T09:30"),
    ("due may 27 at 5pm", "due may 27 at 5pm", date(2026, 2, 4), "5pm", "TIME", "2026-05-27T17:00"),
    ("may 27 works for me", "may 27 works for me", date(2026, 2, 4), "may 27", "DATE", "2026-05-27"),
    ("trip may 27 - back a week later", "trip may 27 - back a week later", date(2026, 2, 4), "may 27", "DATE", "2026-05-27"),
    ("need it done by may", "need it done by may", date(2026, 2, 4), "may", "DATE", "2026-05"),
    ("has to be before june.", "has to be before june.", date(2026, 2, 4), "june", "DATE", "2026-06"),
    ("all booked for may!", "all booked for may!", date(2026, 2, 4), "may", "DATE", "2026-05"),
    ("Wed at 3pm?", "Wed at 3pm?", date(2026, 2, 2), "Wed", "DATE", "2026-02-04"),
    ("we're booked may to september", "we're booked may to september", date(2026, 2, 4), "may", "DATE", "2026-05"),
    ("open march - october", "open march - october, closed winters", date(2026, 2, 4), "march", "DATE", "2026-03"),
    ("POV: it's may and i still havent started", "POV: it's may and i still havent started", date(2026, 2, 4), "may", "DATE", "2026-05"),
    ("its march already??", "its march already??", date(2026, 2, 4), "march", "DATE", "2026-03"),
    # 191. opening hours with a standing word after them, the list's second range, a clock of "used to"/"these days" (hours41)
    ("Choppies is open 8 to 6 normally, 9 to 1 on holidays", "Choppies is open 8 to 6 normally, 9 to 1 on holidays.", W,
     "1", "TIME", "XXXX-XX-XXT13:00"),
    ("Border at Poker Creek is only open 9 to 9 Yukon time", "Border at Poker Creek is only open 9 to 9 Yukon time", W,
     "9", "TIME", "XXXX-XX-XXT21:00"),
    ("Museum's open 10-6 all long weekend", "Museum's open 10-6 all long weekend", W, "6", "TIME", "XXXX-XX-XXT18:00"),
    ("We're open 10-4 usually; 11 to 3 at weekends", "We're open 10-4 usually; 11 to 3 at weekends", W, "3", "TIME",
     "XXXX-XX-XXT15:00"),
    ("it's 4 degrees at 5am in the delta these days", "it's 4 degrees at 5am in the delta these days", W, "5am", "TIME",
     "XXXX-XX-XXT05:00"),
    ("Parade used to start at 11am when I was a kid", "Parade used to start at 11am when I was a kid", W, "11am", "TIME",
     "XXXX-XX-XXT11:00"),
    # 135. a clock with no am/pm after a verb of opening or of travel (clocks36): on Wednesday 4 June 2025, the coming
    # Sunday 8 June; standing hours of no day
    ("the settlement shops open 11 to 3 only", "the settlement shops open 11 to 3 only", W, "11", "TIME", "XXXX-XX-XXT11:00"),
    ("Shops open 9 till 5.30 every day", "Shops open 9 till 5.30 every day", W, "5.30", "TIME", "XXXX-XX-XXT17:30"),
    ("Post office open 9 till 12.30, closed Wednesdays", "Post office open 9 till 12.30, closed Wednesdays", W, "12.30", "TIME",
     "XXXX-XX-XXT12:30"),
    ("our library reopens 1.30-5.30.", "our library reopens 1.30-5.30.", W, "1.30", "TIME", "XXXX-XX-XXT13:30"),
    ("Tomorrow the chemist opens 9 till 1 only", "Tomorrow the chemist opens 9 till 1 only", W, "1", "TIME", "2025-06-05T13:00"),
    ("Sunday is worse, trading laws mean the settlement shops open 11 to 3 only",
     "Sunday is worse, trading laws mean the settlement shops open 11 to 3 only", W, "3", "TIME", "2025-06-08T15:00"),
    ("the ferry leaves Penzance 9.15 so be on the quay early", "the ferry leaves Penzance 9.15 so be on the quay early", W,
     "9.15", "TIME", "2025-06-04T09:15"),
    ("the coach departs 2.45 from the pier", "the coach departs 2.45 from the pier", W, "2.45", "TIME", "2025-06-04T14:45"),
    ("we're getting picked up at 2.15 from the hotel", "we're getting picked up at 2.15 from the hotel", W, "2.15", "TIME",
     "2025-06-04T14:15"),
    ("my train gets in 12.15, can you grab me?", "my train gets in 12.15, can you grab me?", W, "12.15", "TIME", "2025-06-04T12:15"),
    # (clock39, §159: a dotted clock after "at" is one outside a story; "up at" of the early morning, the gold's 06:45)
    ("Picked up at the shack at 6.45", "Picked up at the shack at 6.45, Argo ride out was 15 min", W, "6.45", "TIME", "2025-06-04T06:45"),
    ("half day is 8-12 or 1.30-5.30", "yep half day is 8-12 or 1.30-5.30, $55 chur", W, "5.30", "TIME", "XXXX-XX-XXT17:30"),
    ("Reception is 8-12 & 1.30-5.30", "Reception is 8-12 & 1.30-5.30", W, "1.30", "TIME", "XXXX-XX-XXT13:30"),
    # (thirty-sixth session, stamps37, §145) stamps and ages of posts and reviews, and the words they anchor
    ("brisvegasrollerderby Yesterday / Photos up tomorrow", "brisvegasrollerderby Yesterday\nCLINIC WRAP 23 newbies!! Photos up tomorrow.",
     W, "tomorrow", "DATE", "2025-06-04"),
    ("Callum @callumtele · May 23 / last year you were shut", "Callum @callumtele · May 23\n  last year you were shut by the end of March",
     W, "last year", "DATE", "2024"),
    ("★★☆☆☆ 2 weeks ago / Canal was closed on May 22", "Dave M\n★★☆☆☆ 2 weeks ago\nCanal was closed on May 22 so we walked.",
     W, "May 22", "DATE", "2025-05-22"),
    ("u/kev_b · 22 hr. ago / its on today", "u/kev_b · 22 hr. ago\nits on today at the square", W, "today", "DATE", "2025-06-03"),
    ("The Beatles - Yesterday / gig tomorrow", "The Beatles - Yesterday\nbest song ever written. gig tomorrow", W, "tomorrow",
     "DATE", "2025-06-05"),
    # 152. a day of the month said alone (dom38): in brackets after a weekday, an echo of a day named, the month of a date
    # told just before, a capitalised verb before it (days of writing of their own, the values from the calendar)
    ("weather permitting the fleet goes out Monday (the 7th)", "weather permitting the fleet goes out Monday (the 7th)",
     date(2026, 11, 30), "the 7th", "DATE", "2026-12-07"),
    ("Last day for cake orders is next Friday (18th).", "Last day for cake orders is next Friday (18th).", date(2026, 12, 10),
     "next Friday", "DATE", "2026-12-18"),
    ("Can you do Friday the 8th? / Works for me. The 8th it is", "Can you do Friday the 8th?\nWorks for me. The 8th it is",
     date(2026, 12, 1), "The 8th", "DATE", "2027-01-08"),
    ("my birthday is on the 21st / omg u remembered 🥹 the 21st yes!!", "my birthday is on the 21st\nomg u remembered 🥹 the 21st yes!!",
     date(2026, 11, 30), "the 21st", "DATE", "2026-12-21"),
    ("Reopening the 28th at 11am.", "We close Dec 19 to Dec 27. Reopening the 28th at 11am.", date(2026, 11, 30), "the 28th",
     "DATE", "2026-12-28"),
    ("we finished the 8th yes", "Are you free on 8 June?\nwe finished the 8th yes", W, "the 8th", "DATE", None),
    # 146. a closing time and a day's activity's clock with no am/pm (clocks37): on Wednesday 4 June 2025, tomorrow Thursday 5
    # June; a closing time said in the present with no day a standing hour
    ("The hot chocolate stand closes at 8 though", "The hot chocolate stand closes at 8 though", W, "8", "TIME", "XXXX-XX-XXT20:00"),
    ("The pub does food til 8.30", "The pub does food til 8.30", W, "8.30", "TIME", "XXXX-XX-XXT20:30"),
    ("Tomorrow the stand closes at 10.30", "Tomorrow the stand closes at 10.30, get there early", W, "10.30", "TIME",
     "2025-06-05T22:30"),
    ("Tows open 8.45", "Tows open 8.45, last uplift 4pm", W, "8.45", "TIME", "2025-06-04T08:45"),
    ("upper tows on hold, next update 11.30", "upper tows on hold, next update 11.30", W, "11.30", "TIME", "2025-06-04T11:30"),
    ("Lifts open at 9", "Lifts open at 9, see you on the hill", W, "9", "TIME", "2025-06-04T09:00"),
    ("Beach clean-up from 10 at the slip", "Beach clean-up from 10 at the slip, bags provided", W, "10", "TIME", "2025-06-04T10:00"),
    ("AGM at 7.30 in the clubhouse", "AGM at 7.30 in the clubhouse, all members welcome", W, "7.30", "TIME", "2025-06-04T19:30"),
    ("the road closes 2 lanes overnight", "the road closes 2 lanes overnight", W, "2", "TIME", None),
    ("Tows open 2 of 5 runs", "Tows open 2 of 5 runs", W, "2", "TIME", None),
    ("competition closes at 9.30", "@DJBreakfast: competition closes at 9.30, winner at 10", W, "9.30", "TIME", None),
    ("Café open as normal 9 til 4.30", "Café open as normal 9 til 4.30", W, "4.30", "TIME", "2025-06-04T16:30"),
    ("open again as of 10.40", "open again as of 10.40", W, "10.40", "TIME", "2025-06-04T10:40"),
    # 147. the year of a year-less date decided by its clause, and a few direction cues (yearclause37): each on the day of
    # writing the catalogue gives it
    ("last year you were shut by the end of March lol", "last year you were shut by the end of March lol", date(2024, 3, 23),
     "the end of March", "DATE", "2023-03"),
    ("next year it's not til July, 10 July I think", "next year it's not til July, 10 July I think", date(2024, 6, 12),
     "10 July", "DATE", "2025-07-10"),
    ("best day of the winter by a mile", "best day of the winter by a mile", date(2024, 3, 10), "the winter", "DATE", "2024-WI"),
    ("Saturday the 10th pencilled in", "Saturday the 10th pencilled in", date(2023, 5, 27), "Saturday the 10th", "DATE",
     "2023-06-10"),
    ("got 2 spots on the 11pm one Thursday", "got 2 spots on the 11pm one Thursday", W, "Thursday", "DATE", "2025-06-05"),
    ("the road was closed for 40 mins earlier", "the road was closed for 40 mins earlier", W, "40 mins", "DURATION", "PT40M"),
    # (bankhol37, §143) an Irish voice by the words of its civic life: Ireland's June bank holiday (5 June 2023), its
    # weekend; a weekday told from it; "Last New Year" the last 1 January
    ("Tidy Towns: hoping to get the approach roads done b4 the bank holiday",
     "Tidy Towns: hoping to get the approach roads done b4 the bank holiday", date(2023, 5, 27), "bank holiday", "DATE", "2023-06-05"),
    ("Tidy Towns: I'm away the bank holiday weekend so no meeting", "Tidy Towns: I'm away the bank holiday weekend so no meeting",
     date(2023, 5, 27), "bank holiday weekend", "DATE", "2023-W22-WE"),
    ("Gardaí: the Saturday after the bank holiday the road reopens", "Gardaí: the Saturday after the bank holiday the road reopens",
     date(2023, 5, 27), "the Saturday", "DATE", "2023-06-10"),   # (§158: the day counted and the holiday, two TIMEX3)
    ("Last New Year was such a good trip", "Last New Year was such a good trip", date(2026, 6, 9), "Last New Year", "DATE", "2026-01-01"),
    # (thirty-eighth session, stamps39, §161) a comment's age at the end of its own line, in a list of comments: its stamp,
    # and the comment's words count from its day
    ("sam_b: are you doing the crab rolls again this year 1w / rob: still doing the 2 for 1 on Wednesdays? 2h",
     "  sam_b: are you doing the crab rolls again this year 1w\n  rob: still doing the 2 for 1 on Wednesdays? 2h", W, "1w", "DATE",
     "2025-W22"),
    ("rob: it's back Saturday so 😅 6d / jo: see you Friday then! 45m", "  rob: it's back Saturday so 😅 6d\n  jo: see you Friday then! 45m",
     W, "Saturday", "DATE", "2025-05-31"),
    ("jo_b: parcel took 2d to arrive, the crab was grand 3h",
     "  jo_b: parcel took 2d to arrive, the crab was grand 3h\n  kim: deffo going Saturday 2h", W, "2d", "DATE", None),
    # (worldhol38, §149) public holidays of any nation said by name, from the holidays package: the NT's Picnic Day (the
    # first Monday of August), the Isle of Man's Tynwald Day (5 July), Jamaica's National Heroes Day (the third Monday of
    # October) with Kingston named
    ("drive back Monday since it's Picnic Day", "drive back Monday since it's Picnic Day", date(2025, 7, 28), "Picnic Day", "DATE",
     "2025-08-04"),
    ("shops were shut last Picnic Day", "shops were shut last Picnic Day", date(2025, 9, 1), "last Picnic Day", "DATE", "2025-08-04"),
    ("Is the bus running normal on Tynwald Day?", "Is the bus running normal on Tynwald Day?", date(2024, 3, 2), "Tynwald Day", "DATE",
     "2024-07-05"),
    ("we go to the beach every Heroes Day in Jamaica", "we go to the beach every Heroes Day in Jamaica", date(2026, 3, 1),
     "every Heroes Day", "SET", "XXXX-10-WXX-1"),
    # (nation39, §163) a national-days holiday of the nation or region the text's places name, from the holidays package:
    # Belize's Independence Day (21 September), Zimbabwe's (18 April), Queensland's Labour Day (the first Monday of May)
    # and King's Birthday (the first Monday of October); Northern Ireland's bank holiday in July (the Twelfth)
    ("flying home to Belize for Independence Day", "flying home to Belize for Independence Day", date(2025, 9, 2), "Independence Day",
     "DATE", "2025-09-21"),
    ("Bulawayo was quiet over Independence", "Bulawayo was quiet over Independence", date(2025, 4, 22), "Independence", "DATE",
     "2025-04-18"),
    ("anything open in Brisbane on Labour Day?", "anything open in Brisbane on Labour Day?", date(2025, 4, 20), "Labour Day", "DATE",
     "2025-05-05"),
    ("Brisbane: shops shut on King's Birthday", "Brisbane: shops shut on King's Birthday", date(2025, 8, 20), "King's Birthday", "DATE",
     "2025-10-06"),
    ("heading up to Belfast for the bank holiday", "heading up to Belfast for the bank holiday", date(2025, 7, 3), "bank holiday", "DATE",
     "2025-07-12"),
    ("we watched the Brazil game on Independence Day", "we watched the Brazil game on Independence Day", date(2025, 8, 1),
     "Independence Day", "DATE", "2025-07-04"),
    ("Half the family's in Belize, half in Harare for Independence Day", "Half the family's in Belize, half in Harare for Independence Day",
     date(2025, 6, 1), "Independence Day", None, None),
    # (thirty-sixth session, rota37, §142) weekdays listed in order: the first its usual reading, each later one the first
    # such day on or after the item before it (the list runs forward, across the week's end); a reply's bare weekday, the list's
    ("Fri Noreen / Sat Ger / Sun Mary / Mon Tom", "rota below, text me if you can't do your night / Fri Noreen / Sat Ger / Sun Mary / Mon Tom",
     W, "Mon", "DATE", "2025-06-09"),
    ("This week: Mon - bins, Tue - recycling, Wed - garden waste", "This week: Mon - bins, Tue - recycling, Wed - garden waste", W,
     "Tue", "DATE", "2025-06-03"),
    ("Plan: Thurs drive up, Fri summit, Sat rest, Sun home", "Plan: Thurs drive up, Fri summit, Sat rest, Sun home", W, "Sun", "DATE",
     "2025-06-08"),
    ("Mon Jess | Tue Sam | Wed off | Thu Raj", "Mon Jess | Tue Sam | Wed off | Thu Raj", W, "Wed", "DATE", "2025-06-11"),
    ("Sun is grand for me if Mary wants to swap", "rota:\nFri Noreen\nSat Ger\nSun Mary\n\nSun is grand for me if Mary wants to swap",
     W, "Sun", "DATE", "2025-06-08"),
    ("Mon: rained. Tue: rained again", "Mon: rained. Tue: rained again. Wed: sun at last", date(2025, 6, 5), "Wed", "DATE", "2025-06-04"),
    ("Opening hours: Mon 9-5, Tue 9-5", "Opening hours: Mon 9-5, Tue 9-5, Sat 10-2", W, "Tue", "SET", "XXXX-WXX-2"),
    ("Sat on the bench all day. Sun's out now", "Sat on the bench all day. Sun's out now", W, "Sat", "DATE", None),
    # (thirty-seventh session, weekdir38, §154) a week to come named in a sentence or a heading sets the week of the bare
    # weekdays after it (W is Wednesday 4 June 2025: next week 2025-W24, the week after
    # next 2025-W25 from Monday 16 June)
    ("the week after next I'm off Monday and Friday", "the week after next I'm off Monday and Friday", W, "Friday", "DATE",
     "2025-06-20"),
    ("TT returns the week after next: roads closed for practice Monday evening and Tuesday evening, race days Weds and Thurs",
     "TT returns the week after next: roads closed for practice Monday evening and Tuesday evening, race days Weds and Thurs",
     W, "Weds", "DATE", "2025-06-18"),
    ("next week I'm off Monday and Friday", "next week I'm off Monday and Friday", W, "Friday", "DATE", "2025-06-13"),
    ("the week of the 16th we're away Monday and Tuesday", "the week of the 16th we're away Monday and Tuesday", W, "Monday",
     "DATE", "2025-06-16"),
    ("w/c 16th June: Monday bins, Wednesday recycling", "w/c 16th June: Monday bins, Wednesday recycling", W, "Wednesday",
     "DATE", "2025-06-18"),
    ("Rubbish collection moves to Tuesday next week", "Rubbish collection moves to Tuesday next week", W, "Tuesday next week",
     "DATE", "2025-06-10"),
    ("I'm off Friday, next week I'm away", "I'm off Friday, next week I'm away", W, "Friday", "DATE", "2025-06-06"),
    # (thirty-seventh session, barehour38, §151) bare hours after a hedge with their day, after a verb of leaving or
    # arriving: on Wednesday 4 June 2025, tomorrow Thursday 5 June, the coming Saturday 7 June
    ("we reach bout 10 tonight", "we reach bout 10 tonight", W, "10 tonight", "TIME", "2025-06-04T22:00"),
    ("we leave the church bout 6 this evening", "we leave the church bout 6 this evening", W, "6 this evening", "TIME",
     "2025-06-04T18:00"),
    ("we will reach bout 10 Saturday night", "we will reach bout 10 Saturday night", W, "10 Saturday night", "TIME",
     "2025-06-07T22:00"),
    ("the bus leaves about 6 tmrw morning", "the bus leaves about 6 tmrw morning", W, "6 tmrw morning", "TIME", "2025-06-05T06:00"),
    ("the van leaves here around 4 am and should be in Moncton for 7", "the van leaves here around 4 am and should be in Moncton for 7",
     W, "7", "TIME", "2025-06-04T07:00"),
    ("the pass closes at dusk, so leave by 4", "the pass closes at dusk, so leave by 4", W, "4", "TIME", "2025-06-04T16:00"),
    ("temps should reach about 10 tonight", "temps should reach about 10 tonight", W, "10", "TIME", None),
    ("we set off with about 6 this morning", "we set off with about 6 this morning", W, "6", "TIME", None),
    # (aspect38, §153) a habit or one occasion by the clause's aspect, on Wednesday 4 June 2025
    ("the road was closed Monday and Tuesday past the turnoff", "Just a heads up the road was closed Monday and Tuesday past the turnoff",
     W, "Tuesday", "DATE", "2025-06-03"),
    ("Hauling Mon Wed Fri only till he's back", "Hauling Mon Wed Fri only till he's back", W, "Wed", "SET", "XXXX-WXX-3"),
    ("Kitchen closes at 4 in winter", "Kitchen closes at 4 in winter", W, "4", "TIME", "XXXX-XX-XXT16:00"),
    ("it gets dark early in the winter", "it gets dark early in the winter", W, "winter", "SET", "XXXX-WI"),
    ("the pass closes at dusk", "the pass closes at dusk", W, "dusk", "TIME", "XXXX-XX-XXTEV"),
    ("100 lbs a week after that till New Year's Eve", "100 lbs a week after that till New Year's Eve", W, "a week", "SET", "P1W"),
    ("Kitchen closes at 4 today", "Kitchen closes at 4 today", W, "4", "TIME", "2025-06-04T16:00"),
    ("the pass closes at dusk today", "the pass closes at dusk today", W, "dusk", "TIME", "2025-06-04TEV"),
    # (mood39, §164) a weekday moved is the one to come; a verbless clause after an imperative one is of the plan
    ("Monday's moved to 6:30", "Monday's moved to 6:30", W, "Monday", "DATE", "2025-06-09"),
    ("Friday got pushed to 8", "Friday got pushed to 8", W, "Friday", "DATE", "2025-06-06"),
    ("Saturday's class is changed to 10", "Saturday's class is changed to 10", W, "Saturday", "DATE", "2025-06-07"),
    ("we've brought Sunday forward to 9", "we've brought Sunday forward to 9", W, "Sunday", "DATE", "2025-06-08"),
    ("Rest Tuesday, no beer Tuesday night", "Rest Tuesday, no beer Tuesday night", W, "Tuesday night", "TIME", "2025-06-10TNI"),
    ("Text me Friday, not Friday morning", "Text me Friday, not Friday morning", W, "Friday morning", "TIME", "2025-06-06TMO"),
    ("Yesterday they moved Monday's class to 6", "Yesterday they moved Monday's class to 6", W, "Monday", "DATE", "2025-06-02"),
    ("Thursday got cancelled so we stayed home", "Thursday got cancelled so we stayed home", W, "Thursday", "DATE", "2025-05-29"),
    ("On Monday he was moved to a ward", "On Monday he was moved to a ward", W, "Monday", "DATE", "2025-06-02"),
    ("Don't go on Sunday, it was packed", "Don't go on Sunday, it was packed", W, "Sunday", "DATE", "2025-06-08"),
    ("we moved Monday to Leeds", "we moved Monday to Leeds", W, "Monday", "DATE", "2025-06-02"),
    ("last week they moved Monday's class to 6", "last week they moved Monday's class to 6", W, "Monday", "DATE", "2025-05-26"),
    # (codeswitch39, §162) day words of other languages and dialects in English posts, on Wednesday 4 June 2025
    ("I'll order it tumaro", "I'll order it tumaro", W, "tumaro", "DATE", "2025-06-05"),
    ("tideh da payday", "tideh da payday", W, "tideh", "DATE", "2025-06-04"),
    ("she said kusasa", "she said kusasa", W, "kusasa", "DATE", "2025-06-05"),
    ("see you yfory", "see you yfory", W, "yfory", "DATE", "2025-06-05"),
    ("inniu", "are ye free inniu?", W, "inniu", "DATE", "2025-06-04"),
    ("vandag", "can't make it vandag", W, "vandag", "DATE", "2025-06-04"),
    ("gister was hectic", "gister was hectic", W, "gister", "DATE", "2025-06-03"),
    ("fancy a pint anocht?", "fancy a pint anocht?", W, "anocht", "TIME", "2025-06-04TNI"),
    ("aaj raat party hai", "aaj raat party hai", W, "aaj raat", "TIME", "2025-06-04TNI"),
    ("vanaand braai?", "vanaand braai?", W, "vanaand", "TIME", "2025-06-04TNI"),
    ("ye oot the morn?", "ye oot the morn?", W, "the morn", "DATE", "2025-06-05"),
    ("it's shut the day, aye", "it's shut the day, aye", W, "the day", "DATE", "2025-06-04"),
    ("ye oot the nicht?", "ye oot the nicht?", W, "the nicht", "TIME", "2025-06-04TNI"),
    ("sige, bukas na lang tayo", "sige, bukas na lang tayo", W, "bukas", "DATE", "2025-06-05"),
    ("sawa, I was at the clinic jana", "sawa, I was at the clinic jana", W, "jana", "DATE", "2025-06-03"),
    ("kesho asubuhi", "kesho asubuhi sawa?", W, "kesho asubuhi", "TIME", "2025-06-05TMO"),
    ("sawa, leo jioni then", "sawa, leo jioni then", W, "leo jioni", "TIME", "2025-06-04TEV"),
    ("aaj shaam", "aaj shaam party hai", W, "aaj shaam", "TIME", "2025-06-04TEV"),
    ("esok pagi", "esok pagi ok", W, "esok pagi", "TIME", "2025-06-05TMO"),
    ("sige, bukas ng umaga", "sige, bukas ng umaga", W, "bukas ng umaga", "TIME", "2025-06-05TMO"),
    ("my star sign is leo", "my star sign is leo", W, "leo", "DATE", None),
    ("mujhe jana hai yaar", "mujhe jana hai yaar", W, "jana", "DATE", None),
    ("bukas ang tindahan", "bukas ang tindahan, salamat", W, "bukas", "DATE", None),
    ("seize the day, ye cannae wait", "seize the day, ye cannae wait", W, "the day", "DATE", None),
    # (holiday40, §180) which occurrence of a holiday: a plan's, a year named before, a review's visit; names of days as data
    ("Already booked Easter to come home again, March 28th to April 2nd", "Already booked Easter to come home again, March 28th to April 2nd",
     date(2023, 12, 30), "Easter", "DATE", "2024-03-31"),
    ("Already booked Easter to come home again, March 28th to April 2nd", "Already booked Easter to come home again, March 28th to April 2nd",
     date(2023, 12, 30), "March 28th", "DATE", "2024-03-28"),
    ("Carnival 2026 is mid Feb I think, Easter's early", "Carnival 2026 is mid Feb I think, Easter's early", date(2025, 3, 6),
     "Easter", "DATE", "2026-04-05"),
    ("so I'm missing Old Christmas Day", "flight back is January 3rd so I'm missing Old Christmas Day", date(2023, 12, 30),
     "Old Christmas Day", "DATE", "2024-01-06"),
    ("Valentine's dinner booked for 8", "Valentine's dinner booked for 8, couples only lol", date(2025, 12, 31), "Valentine's",
     "DATE", "2026-02-14"),
    ("★☆☆☆☆ a month ago / closed on Anzac Day?? went past at 9am", "Dazza\n★☆☆☆☆ a month ago\nclosed on Anzac Day?? went past at 9am",
     date(2022, 5, 31), "Anzac Day", "DATE", "2022-04-25"),
    ("★★★★★ a week ago / Lovely, will come back for Easter!", "Sam R.\n★★★★★ a week ago\nLovely, will come back for Easter!",
     date(2025, 4, 30), "Easter", "DATE", "2026-04-05"),
    ("Over in Sark their Liberation Day is a holiday too", "Over in Sark their Liberation Day is a holiday too", W, "Liberation Day",
     "DATE", "2026-05-10"),
    ("Valletta: closed for Sette Giugno and Santa Marija", "Valletta: closed for Sette Giugno and Santa Marija", W, "Santa Marija",
     "DATE", "2025-08-15"),
    ("still have the old Christmas lights up lol", "still have the old Christmas lights up lol", W, "Christmas", None, None),
    ("Monday 14th is the bank holiday and we close at 6", "open as normal Saturday and Sunday, but Monday 14th is the bank holiday and we close at 6",
     date(2025, 7, 9), "bank holiday", "DATE", "2025-07-14"),
    # (meals40, §179) meals and dialect night words, on Wednesday 4 June 2025
    ("volunteers meeting tomorrow neet", "volunteers meeting tomorrow neet", W, "tomorrow neet", "TIME", "2025-06-05TNI"),
    ("we print the order Friday neet", "we print the order Friday neet", W, "Friday neet", "TIME", "2025-06-06TNI"),
    ("been practising every neet", "been practising every neet", W, "every neet", "SET", "XXXX-XX-XXTNI"),
    ("three more neets of face practice", "three more neets of face practice", W, "three more neets", "DURATION", "P3D"),
    ("I'll PM you da morn 👍 fae Lerwick", "I'll PM you da morn 👍 fae Lerwick", W, "da morn", "DATE", "2025-06-05"),
    ("comin oot da nicht?", "comin oot da nicht?", W, "da nicht", "TIME", "2025-06-04TNI"),
    ("seen the galley dastreen", "seen the galley dastreen", W, "dastreen", "TIME", "2025-06-03TEV"),
    ("we could take the 8am boat over and be back for tea", "we could take the 8am boat over and be back for tea", W, "tea",
     "TIME", "2025-06-04TEV"),
    ("we'll be there for supper", "we'll be there for supper", W, "supper", "TIME", "2025-06-04TEV"),
    ("aye, then the hospital efter dinner", "aye, then the hospital efter dinner", W, "dinner", "TIME", "2025-06-04T12:00"),
    ("tea was cold", "tea was cold", W, "tea", "TIME", None),
    ("a cup of tea", "a cup of tea", W, "tea", "TIME", None),
    ("supper club", "supper club is on", W, "supper", "TIME", None),
    ("we'll be back for dinner", "we'll be back for dinner", W, "dinner", "TIME", None),
    # (feasts41, §192) named days of places and dialect day words, on Wednesday 4 June 2025
    ("go up to Maun for President's Day", "A few of us want to go up to Maun for President's Day", W, "President's Day", "DATE", "2025-07-21"),
    ("Closed on Discovery Day in Dawson City", "Closed on Discovery Day in Dawson City", W, "Discovery Day", "DATE", "2025-08-18"),
    ("Is she opening for National Day in St Lucia?", "Is she opening for National Day in St Lucia?", W, "National Day", "DATE", "2025-12-13"),
    ("for Botswana Day we try Kasane", "for Botswana Day we try Kasane", W, "Botswana Day", "DATE", "2025-09-30"),
    ("Is it definitely the 1st and not Nos Galan?", "Is it definitely the 1st and not Nos Galan?", W, "Nos Galan", "DATE", "2025-12-31"),
    ("Denmen she closed to rest", "Denmen she closed to rest", W, "Denmen", "DATE", "2025-06-05"),
    ("ka moso we buy snacks", "Will do, ka moso we buy snacks", W, "ka moso", "DATE", "2025-06-05"),
    ("Training every evening dis week", "Training every evening dis week", W, "dis week", "DATE", "2025-W23"),
    ("Grandma and Alicia dis morning", "Grandma and Alicia dis morning", W, "dis morning", "TIME", "2025-06-04TMO"),
    ("Diolch! I'll drop the tide tables round fory", "Diolch! I'll drop the tide tables round fory", W, "fory", "DATE", "2025-06-05"),
    ("Liberation Day Cup final tonight in Jersey", "Liberation Day Cup final tonight in Jersey", W, "Liberation Day", "DATE", None),
    ("dis is the best one", "dis is the best one", W, "dis", "DATE", None),
]


def _quoted_done_cases() -> list[str]:
    """Every case quoted in a row of the catalogue whose state begins "done"."""
    out = []
    for line in DOC.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")] if line.startswith("|") else []
        if len(cells) >= 3 and cells[-1].startswith("done"):
            out += re.findall(r'"([^"]+)"', cells[0])
    return out


def test_each_case_is_quoted_in_the_catalogue():
    doc = DOC.read_text(encoding="utf-8")
    missing = [c[0] for c in CASES if f'"{c[0]}"' not in doc]
    assert not missing, f"cases not quoted in {DOC.name}: {missing}"


@pytest.mark.parametrize("case,text,ref,words,typ,value", CASES, ids=[c[0] for c in CASES])
def test_the_catalogue_case(case, text, ref, words, typ, value):
    got = [(t.expression, t.timex_type, t.timex_value) for t in tag(text, ref)]
    hit = [g for g in got if words.lower() in g[0].lower()]
    if value is None:
        assert not hit, f"{text!r} ({ref}): {words!r} should not be tagged; got {got}"
    else:
        assert (typ, value) in [(g[1], g[2]) for g in hit], f"{text!r} ({ref}): want {words!r} {typ} {value}; got {got}"


def test_every_done_case_is_checked():
    """A done case of the catalogue is checked here, or stands in a test corpus or another test's text."""
    # a row of CASES checks the case it quotes (its text may write the catalogue's " / " as line breaks)
    texts = [c[0].lower() for c in CASES] + [c[1].lower() for c in CASES]
    for name in ("tagger_corpus.jsonl", "tagger_negative.jsonl"):
        with open(DATA / name, encoding="utf-8") as f:
            texts += [json.loads(line)["text"].lower() for line in f if line.strip()]
    # (the grids and the other tests of the tagger say the cases in their own texts)
    texts += [p.read_text(encoding="utf-8").lower() for p in Path(__file__).parent.glob("test_*.py") if p.name != Path(__file__).name]
    unchecked = [q for q in _quoted_done_cases() if not any(q.lower() in t for t in texts)]
    # the catalogue's prose cases (several messages joined by "/", "...") are the grids' and the corpus's
    # in other words: the count may only go down
    assert len(unchecked) <= UNCHECKED_AT_MOST, f"{len(unchecked)} done cases checked nowhere: {unchecked}"


UNCHECKED_AT_MOST = 91   # eleventh session: 429 of the 521 quoted done cases checked (92 left); nineteenth: 91; may only go down
