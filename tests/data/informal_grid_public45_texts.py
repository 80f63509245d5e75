from datetime import date
TEXTS = {}
TEXTS["tt1"] = (date(2026, 3, 2), """ninaskitchen
Nina Ruiz · 2-24
Sourdough day 4 and it finally rose 🥹 baking it tonight

Comments
marco.eats  so proud of you!! post the crumb tmrw
2-25  Reply  12
ninaskitchen  @marco.eats yes tomorrow morning!
2-25  Reply  3
View 3 replies
jess_bakes_  mine took 6 days last winter lol
3d ago  Reply  40
tomtom  what flour? I'm going to the mill this weekend
1d ago  Reply
ninaskitchen  @tomtom the rye from the market, they're open Sat 8-1
1d ago  Reply
leah.k  trying it tonight wish me luck
5h ago  Reply  2
""")
TEXTS["tt2"] = (date(2026, 12, 31), """coach.dee
Coach Dee · 12-29
New year new legs 🏃 first run of 2027 is Friday, who's in

Comments
runwithsam  count me in, what time?
12-29  Reply  5
coach.dee  @runwithsam 7am at the pier, Friday
12-30  Reply  9
View 5 replies
bex__  I did 10k yesterday and I'm still dead
12-30  Reply  1
paulo_r  can't do Fri, next Sunday?
20h ago  Reply
coach.dee  @paulo_r Sunday works, see you then
14h ago  Reply  2
mari.runs  happy new year everyone!! tonight we party, tomorrow we run
2h ago  Reply
""")
TEXTS["tt3"] = (date(2027, 1, 6), """the.allotment.guy · 1-2
Garlic went in on Boxing Day, frost last night didn't touch it

Comments
greenfingers_ann  I planted mine in October, too early?
1-3  Reply  7
the.allotment.guy  @greenfingers_ann October is fine, it needs the cold
1-3  Reply
View 2 replies
kev.grows  snow forecast for next week here in Leeds
2d ago  Reply  15
dottie_b  mine went in yesterday, fingers crossed
1d ago  Reply
the.allotment.guy  @dottie_b you'll be fine, check them Saturday
1d ago  Reply  4
ronnie  planting mine tomorrow
7h ago  Reply
""")
TEXTS["ta1"] = (date(2026, 8, 14), """Lovely small hotel near the old port
Sarah_M wrote a review Aug 5, 2026
Bristol, United Kingdom • 12 contributions
We arrived on a Monday and left on Friday. On the first evening the owner booked us a table for 8pm at the fish place and the next day he drove us to the ferry.
The rooftop bar closes at 11pm, which was fine.
Would go back next summer.
Date of stay: July 2026
Trip type: Traveled as a couple

Response from Giorgos, Owner
Responded Aug 7, 2026
Thank you Sarah! We are redoing the rooftop in October, come and see it next year.
""")
TEXTS["ta2"] = (date(2025, 12, 30), """Great tour, terrible lunch
Reviewed 3 weeks ago
We booked this tour for a Saturday and the guide picked us up at 7:30. The boat left at 9 and we were back by 4.
Lunch was cold. We complained the same evening and were told to write in on Monday.
Date of experience: November 2025

TravelGuy_77
Written December 3, 2025
We did the sunset cruise last week. It was our anniversary so we booked it a month ahead.
Staff said the winter schedule starts in January.
Date of experience: November 2025
""")
TEXTS["ta3"] = (date(2026, 3, 1), """Mateo R wrote a review Feb 27, 2026
Madrid, Spain • 4 contributions
Best tapas in town
We came on Valentine's Day without a booking and they still found a table. Came back two days later for lunch.
Open every day except Tuesday. Kitchen closes at 23:00.
Date of visit: February 2026
Visited with family

Response from Casa Luz, Manager
Responded yesterday
Gracias Mateo! See you in the spring.
""")
TEXTS["fo1"] = (date(2026, 7, 13), """Re: Brake pads squealing after change
Post by rusty_wrench » Sat Jul 11, 2026 8:42 pm
Changed the front pads last Sunday and they've squealed ever since. Going to bleed them tomorrow.
rusty_wrench
Posts: 312
Joined: Feb 2026

Re: Brake pads squealing after change
Post by old_mech » Sun Jul 12, 2026 9:15 am
Did you bed them in? Do twenty stops tonight and report back.
Joined: Mar 2011

Re: Brake pads squealing after change
Post by rusty_wrench » Today, 6:55 am
Bedded them in last night, quiet this morning. Thanks!
Last edited by rusty_wrench on Mon Jul 13, 2026 7:02 am, edited 1 time in total.
""")
TEXTS["fo2"] = (date(2026, 11, 2), """Thread: Club meetup in November?

Old 10-28-2026, 07:14 PM
birdwatcher_jo
Join Date: Jan 2019
Posts: 1,204
Anyone up for the reservoir walk next Saturday? Forecast looks dry.

Old 10-29-2026, 11:02 AM
hawkeye
Join Date: Apr 2024
Saturday works. I'll be there by nine.

Old Yesterday, 11:20 PM
birdwatcher_jo
Saw a merlin there this afternoon actually, so bring scopes on Saturday.
""")
TEXTS["fo3"] = (date(2027, 1, 1), """Topic: New Year's Eve fireworks at the bay
Member since: June 2013
Posted: Wed Dec 30, 2026 10:05 pm
Anyone know if they're still doing the midnight fireworks tomorrow? Last year it rained.

Posted: Thu Dec 31, 2026 9:40 am
Yes, council confirmed yesterday. Road closures from 6pm tonight.

Posted: Today, 1:12 am
Best ones in years. Back next December for sure.
""")
TEXTS["bs1"] = (date(2024, 7, 25), """Ana Lima
@analima.bsky.social
Packing for the conference, flying out tomorrow morning. Talk is Friday at 2pm!
July 24, 2024 at 7:48 AM

Tom Reid @tomreid.bsky.social · 2h
good luck! I'll watch the stream tonight

Priya @priyak.bsky.social · Jul 22
Saw your slides last week, they're great

Ana Lima reposted
Dev Notes @devnotes.bsky.social · 35m
The meetup moved to next Thursday at 6pm.
""")
TEXTS["bs2"] = (date(2025, 1, 3), """Marta K
@martak.bsky.social
The library reopens Monday after the holidays. Story time is back at 10:30 on Tuesday.
December 31, 2024 at 4:15 PM

Joe @joe.bsky.social · Jan 1
happy new year! we'll come by on Tuesday

Lisa @lisa-reads.bsky.social · 19h
is the reading room open tomorrow?

Marta K @martak.bsky.social · 18h
@lisa-reads.bsky.social yes from 9, Saturday hours
""")
TEXTS["bs3"] = (date(2025, 5, 31), """Quote post
Fern @fern.bsky.social · May 28
Garden open day this Sunday! Tea from 11.

Kai @kai.bsky.social
Going with my mum, we went last year too
May 29, 2025 at 8:03 PM

Rosa @rosa.bsky.social · 3h
just got back, the roses were unreal, going again next weekend
""")
