"""(channels47, forty-seventh session) Broadcast-like informal texts written for tests/test_informal_grid_channels47.py:
Telegram channel exports (day separators, message clocks, "Pinned message", views, forwarded posts with their own dates),
YouTube and news-site comment sections ("3 weeks ago", "(edited)", replies), local news and community radio pages,
sports clubs' fixtures and results, and the past told informally. Each TEXTS entry is (day the page was read, the text)."""
from datetime import date

TEXTS = {}

# Telegram channel export, a Suva bus and ferry channel; read on a Monday, the month's last day
TEXTS["tg1"] = (date(2026, 11, 30), """Suva Bus & Ferry Watch
Pinned message
Forwarded from Fiji Roads Authority
27 November 2026
Kings Road at Waidalice will be closed to all vehicles from 9pm tonight until 5am. Use the detour via Korovou.
2.1K views 18:40

28 November 2026
Ferry to Taveuni leaving late this morning, now 11:30. Bring water, the canteen is shut.
1.4K views 07:12

Sunday buses back to normal tomorrow after the road works 👍
988 views 16:05

29 November 2026
Reminder: no Nausori express this Sunday, the depot is doing maintenance. Back Monday 5:45am.
1.6K views 06:30

30 November 2026
Morning all. Raiwaqa route running 15 min late today because of the flooding at Nabua.
702 views 07:02
edited 07:20
""")

# YouTube comments under a Sabina Park highlights video; read on a Tuesday, the half year's last day
TEXTS["yt1"] = (date(2026, 6, 30), """Kingston Cricket Highlights
412K views  2 years ago
Sabina Park classic: the final over
2,384 Comments

@marcia_in_mobay 3 weeks ago
Was there that day with my dad, I was 12. Still the best Test I ever saw live

@deon.hylton 1 month ago (edited)
Back in '98 the pitch was so bad they abandoned the game after an hour. This one was way better

@grannyjoy876 5 days ago
Watching this again on my 70th birthday 😂 the 90s team was something else

    @kevin_stlucia 2 days ago
    @grannyjoy876 happy belated Miss Joy!! the 2000s were rough but this made up for it

@roadman_rudy 1 year ago
Who's here after last night's game? 🏏

@shanice.w 11 hours ago
this time last year we were crying about the rain in Barbados lol
""")

# A Darwin local news Facebook page on Christmas Eve, a Thursday
TEXTS["fb1"] = (date(2026, 12, 24), """Top End Local News
December 24 at 7:05 AM · 🌏
52 years ago tonight Cyclone Tracy flattened Darwin. If you were here on Christmas Eve 1974, share your memories below.
Our thoughts with everyone who lost someone.

Robyn Kelleher
My mum was 8 months pregnant. We spent that night under the laundry tub and left on a RAAF Hercules two days later.
Like · Reply · 2h

Dougie Tan
Dad rebuilt the shop the following spring. 52 years since the cyclone and we're still in the same spot on Cavenagh St.
Like · Reply · 1h

Jess Narrunga
I was a 3-year-old, I only remember the noise. Every year on the 24th I can't sleep
Like · Reply · 45m

Top End Local News
Darwin City Council's commemoration is at 10am tomorrow at the Civic Park. Christmas Day service follows at 11.
""")

# An Invercargill rugby club's Facebook updates; read on a Thursday
TEXTS["club1"] = (date(2026, 11, 12), """Waihopai Rugby Club
November 9 at 8:14 PM
RESULTS from Saturday
Premiers: FT Waihopai 24 – 19 Pirates. Massive win lads, first over Pirates in 6 seasons!
Colts lost 12-31 to Star. Round 7 done, three to go.

FIXTURES
Sat 14th v Marist, KO 2:30pm at Rugby Park
Sun 15th Colts v Blues, KO 11am
Training Tuesday and Thursday 6pm as usual.

Waihopai Rugby Club
November 11 at 6:02 PM
Reminder that the prizegiving for the 2026 season is Fri 27 Nov at the clubrooms, 7pm start.
Last season we had 40 turn up, let's beat that.
Subs for this season are due by the end of the month.
""")

# A Yellowknife community radio station's posts; read on a Sunday, 1 February
TEXTS["radio1"] = (date(2026, 2, 1), """CKYK Community Radio 93.1
January 30 at 4:12 PM
20 yrs ago today we went on air for the first time from a trailer behind the Gold Range. Happy birthday to us!
Tune in tomorrow from 9am for a morning of old tapes from back in '06.

Marlene Beaulieu
I remember that winter! It was -45 the week you launched
Reply · 1d

Ray Sangris
My uncle did the Dene news in the early 2000s. Good times.
Reply · 1d

CKYK Community Radio 93.1
January 31 at 9:30 AM
This time last year we were off air for three days because of the ice storm. Not this year 🙏
Request show tonight 7 till 10, text us your songs.
""")

# A Lagos football fans' Telegram channel; read on a Saturday, the month's last day
TEXTS["tg2"] = (date(2026, 1, 31), """Naija Gunners Channel
29 January 2026
Forwarded from Arsenal Nigeria Official, 27.01.2026 18:02
Match day tomorrow! Viewing centre opens 7pm at Ikeja, kick off 9pm.
5.2K views 10:14

Best run since the 2023/24 season if we win on Sunday. Who's coming?
4.8K views 10:20

30 January 2026
Reminder: general meeting next Saturday at 4pm, Yaba. Dues for the 2025/26 season close on 15 February.
3.9K views 18:44

31 January 2026
Pinned message
FT: Arsenal 2-1. Celebration at the centre today from 6pm 🎉
6.1K views 08:02
""")

# YouTube comments under a 90s Malayalam film song video; read on a Wednesday, the month's last day
TEXTS["yt2"] = (date(2026, 9, 30), """Evergreen Malayalam Hits
1.1M views  6 years ago
Watching this in 2026? 🙌

@anjali.thrissur 2 weeks ago
When I was a kid my appa played this every Sunday morning. Pure 90s magic

@rahul_kochi 3 days ago (edited)
Songs from the late 90s hit different. Back in '97 we saw this film in a single screen theatre in Kottayam

@susan.george 1 year ago
My 40th birthday and I'm still crying at this song

    @vishnu_v 8 months ago
    @susan.george same here chechi. 10 years since I left Kerala, this is how I go home

@meera.nair 4 hours ago
Heard this at my cousin's wedding two weeks ago and the whole hall sang
""")

# Comments under a Rarotonga news site story; read on a Friday, the month's last day
TEXTS["news1"] = (date(2026, 7, 31), """Cook Islands Local News
Airport runway works to finish in September
Published 3 weeks ago

COMMENTS (4)

Teuira M.  3 weeks ago
They said the same thing two years ago. The runway was supposed to be done by Constitution Day 2024.

Mata Pera  2 weeks ago (edited)
Flew in on Tuesday and it was fine. Don't know what all the fuss is about.

Tangata_Rarotonga  5 days ago
The year before the works started the landings were worse. Give them a chance.

Ngā Ariki  1 day ago
Roadworks at Nikao all next week too, watch out for the trucks.
""")

# A Barbados cricket club's page; read on a Tuesday
TEXTS["club2"] = (date(2026, 3, 3), """Wanderers CC Barbados
March 2 at 5:40 PM
Weekend round-up 🏏
Sat: Wanderers 212/8 beat Empire 188 all out. Shakira 4 for 22!
Sun: 2nd XI lost by 14 runs at Spartan.

Coming up
Sun 8th v Empire at Dayrells Road, start 10.30am
Sat 14th T20 v Pickwick, 1pm
Nets Wednesday from 4pm.

Mrs Clarke
Well done! Last season we were bottom of the table this time
Like · Reply · 20h

Wanderers CC Barbados
Thank you Mrs Clarke! The 2025 season feels a long time ago now 😅
""")

# A Cape Town community Facebook group; read on a Thursday, the year's last day
TEXTS["fb2"] = (date(2025, 12, 31), """Muizenberg Community Noticeboard
Yesterday at 6:15 PM
Two years ago this week the surf pavilion burned down. The new one opens on 10 January. The year before the fire we had the biggest New Year's Day crowd ever.

Nadia Jacobs
My son was a 3-year-old when it burnt, he still talks about the fire engines
2d

Faiez Abrahams
The Tweede Nuwe Jaar minstrels were here in the early 2000s, when I was a kid. Good times
1d

Muizenberg Community Noticeboard
Today at 8:02 AM
Beach cleanup at 7am on New Year's Day. Lifeguards on duty 9 till 6 from tomorrow.
""")

# A Samoan community radio station's page; read on a Tuesday
TEXTS["radio2"] = (date(2026, 9, 29), """Radio Polynesia Apia
September 29 at 6:30 AM
17 years since the tsunami. We remember the 189 lives lost on 29 September 2009.
Special programme from 10am today, with stories from Lalomanu.

Tavita Lemalu
I was 9, we ran up the hill behind the church. Back in 2009 nobody had a phone to warn us.
5h

Sina Faleolo
My grandmother always says in the 80s the sea never came up like that.
3h

Radio Polynesia Apia
September 28 at 9:10 PM
The candle-lighting at Lalomanu is tonight 7pm. See you there.
""")

# A Kathmandu news Telegram channel; read on a Sunday, 3 January
TEXTS["tg3"] = (date(2027, 1, 3), """Valley Updates 🇳🇵
1 January 2027
Happy new year from all of us! Traffic on the Ring Road is back to normal after the celebrations last night.
12K views 09:05

[Forwarded from Nepal Police]
31.12.2026 11:02
Motorists are advised that alcohol checks will continue until 2am tomorrow across the valley.
9.4K views 11:20

2 January 2027
Load shedding schedule for next week: Tuesday and Thursday 6pm to 9pm in Lalitpur.
8.8K views 17:42

3 January 2027
Airport closed this morning due to fog, flights expected to resume at noon.
7.1K views 07:31
""")
