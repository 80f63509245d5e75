"""(social46, forty-sixth session) Public posts copied from the platforms as people copy them, invented for
tests/test_informal_grid_social46.py: Threads, Mastodon, X, Facebook pages and groups, Instagram, Reddit, YouTube, Bluesky.
Each TEXTS entry is (day the page was read, the copied text)."""
from datetime import date

TEXTS = {}

# Threads: a Samoan bakery's thread, handle over age; read on a Tuesday, the month's last day
TEXTS["th1"] = (date(2026, 3, 31), """tala.bakes.apia
2h
Talofa! Pani popo out of the oven at 3 today 🥥 We're closed Good Friday, back Saturday 7am.
48 likes   3 replies

sione_fa
1h
saving me a dozen for tmrw??

tala.bakes.apia
45m
@sione_fa tmrw we're shut for the church fundraiser sorry, come Thursday

mele.t
35m
u were closed last Tuesday too lol

tala.bakes.apia
20m
@mele.t that was the power cut! Also the youth bake sale is back at 10:30 on Tuesday, tell your aunties

tala.bakes.apia
Pinned
3w
Opening hours: Mon–Fri 6am–4pm, Sat 7am–12. Closed Sundays.
""")

# Threads: an Iqaluit food bank over the year's turn, older posts stamped m/d/yy; read on a Friday, 2 January
TEXTS["th2"] = (date(2026, 1, 2), """iqaluit.foodbank
12/22/25
Last distribution before the holidays is this Tuesday 1–4pm at the parish hall. We reopen Jan 5.
Thank you to everyone who dropped off country food last week 🙏

qajaq_mom
12/22/25
is the hall open Christmas Eve too?

iqaluit.foodbank
12/23/25
@qajaq_mom no sorry, back after New Year's

nunavut.news.fan
4d
Northmart is closing early tonight fyi, 6pm

iqaluit.foodbank
2h
Happy 2026! Reminder we reopen Monday 10am, the 5th. Bring your own bags.

amaruq.k
43m
thank you!! see you monday
""")

# Mastodon: Darwin buses, a stamp under each post; read on a Wednesday
TEXTS["ma1"] = (date(2026, 8, 5), """Darwin Buses 🚌 @darwinbus@aus.social
Route 10 detours around the Esplanade tonight for the festival setup. Normal service from Saturday.
Jul 30, 2026, 09:12

Kez @kez@mastodon.au
@darwinbus thanks, does the 4 run over the long weekend?
Jul 30, 2026, 11:40

Darwin Buses 🚌 @darwinbus@aus.social
@kez Sunday timetable on Saturday and Picnic Day, so the 4 is hourly
Jul 30, 2026, 12:03

Min 🌏 @min@aus.social
Schools go back Tuesday the 11th, buses packed again from then
2d

Kez @kez@mastodon.au
heading to the Mindil markets this arvo if anyone's keen
32m
""")

# Mastodon: a Cape Town walking club; read on a Sunday
TEXTS["ma2"] = (date(2026, 9, 27), """Kirstenbosch Walkers @kbwalkers@mastodon.africa
Heritage Day hike is on! Meet at the Rycroft gate 8am Thursday. Braai after, bring your own meat.
Sep 21, 2026, 18:30

Thandi @thandi@mastodon.africa
@kbwalkers will it still go ahead if it rains like last Thursday?
Sep 22, 2026, 07:05

Kirstenbosch Walkers @kbwalkers@mastodon.africa
@thandi Yes. Next one is end of the month, Wednesday the 30th, a sunset walk
Sep 22, 2026, 08:10

Pieter @pvdm@zatoots.co.za
Great walk yesterday, thanks all. Same again in a fortnight?
2d
""")

# X: Jamaica's buses on Independence Day, the copied layout of name / handle / dot / age, and a quoted post
TEXTS["x1"] = (date(2026, 8, 6), """JUTC
@jutc
·
5h
Service advisory: buses will run a Sunday schedule today for Independence Day. Regular service resumes tomorrow.
14
52
1.1K

Shanice 🇯🇲
@shanice_ja
·
4h
Replying to @jutc
so the 7:30 from Half Way Tree still running this evening?

JUTC
@jutc
·
3h
@shanice_ja Yes, last departure 9:15 pm tonight.

Grand Market Ja
@grandmarketja
·
Jul 31
Jamaica House open day this Saturday from 10. Quote
Ministry of Culture
@mcges
·
Jul 28
Grand Gala returns Thursday Aug 6 at the National Stadium, gates 4pm.
""")

# X: Mumbai, "Name @handle · age" on one line; read on a Saturday, the month's last day
TEXTS["x2"] = (date(2026, 10, 31), """Mumbai Traffic Police @MTPHereToHelp · 2h
Western Express Highway: one lane closed near Andheri flyover tonight from 11pm for repairs. Plan accordingly.

Rahul S @rahul_commutes · 1h
Same thing happened last Saturday and it was chaos till noon 🙄

Mumbai Traffic Police @MTPHereToHelp · 58m
@rahul_commutes Work will be completed by Monday. Kindly bear with us.

Priya Iyer @priyaiyer · Oct 29
Reminder: society meeting this Sunday 11am in the clubhouse, the 1st. Please bring your maintenance receipts.

Deepa @deepa_bom · Oct 30
@priyaiyer Will join. Also the Diwali mela is on the 7th, volunteers needed
""")

# Facebook page: Suva's council notice and its comments; read on a Wednesday
TEXTS["fp1"] = (date(2026, 10, 7), """Suva City Council
October 2 at 4:15 PM · 🌏
📢 NOTICE: The Municipal Market will close at 1pm on Friday and stay closed Saturday for Fiji Day. Normal hours resume on Monday.
👍 214   💬 37   ↗ 52

Top comments

Litia Vuniwai
Is the bus station affected too?
4d  Like  Reply

Suva City Council
Litia Vuniwai no, the bus station stays open.
4d  Like  Reply

Ravinesh Prasad
Yesterday at 21:04
They closed early last Saturday as well with no notice 😡

Ana Tuilau
Edited 5h ago
Does this mean the flea market on Sunday is off?
""")

# Facebook page: a Port of Spain pan yard's event post; read on a Tuesday
TEXTS["fp2"] = (date(2026, 2, 10), """Woodbrook Pan Yard
Jan 30 at 7:12 PM · 🌏
Panorama practice every night this week from 7. Come lime!

EVENT
SAT, FEB 14
Fete in the Yard
Woodbrook Pan Yard · Port of Spain
Going · 23 Interested
Sat 14 Feb · 8pm–2am

Kerry-Ann Joseph
Yesterday at 10:48 PM
tickets at the door or only online? last year they sold out early
Like · Reply · 1d

Woodbrook Pan Yard
Sunday at 7:12 PM
Kerry-Ann Joseph online till Friday, door if any left. See allyuh Carnival Monday too!
""")

# Facebook group: a Hobart community noticeboard, indented replies; read on New Year's Eve
TEXTS["fg1"] = (date(2026, 12, 31), """Sandy Bay Community Noticeboard
Private group

Jess Morton  ·  Dec 24 at 3:02 PM
Lost dog!! Brown kelpie, answers to Biscuit, got out during the storm this arvo near Long Point. Please DM 🙏

   Trev Hollis
   Saw a kelpie on Churchill Ave heading towards the uni
   Dec 24  Like  Reply

   Jess Morton
   FOUND HIM!! thanks all, he was under the neighbour's deck 😂
   Dec 25  Like  Reply

Moderator · Pinned
Admin post: the tip shop is closed Christmas Day, Boxing Day and New Year's Day. Green waste collection moves to Saturday.
Dec 22

Kylie Sutton  ·  3h
Fireworks at the Domain tonight, anyone know if the 9:30 family ones are still on after the fire ban yesterday?

   Mick D
   Yep still on. Bus home is free till 2am
   1h  Like  Reply
""")

# Facebook group: a Barbados buy-and-sell group; read on a Sunday, the month's last day
TEXTS["fg2"] = (date(2026, 5, 31), """Bajan Buy & Sell / Lost & Found (St. Philip)

Shontelle Greaves
May 27 at 6:45 AM
Water outage in Six Roads area again from 9 this morning, BWA say restored by 6pm. Anyone else?

Marcus Best
the same thing Thursday just gone and they said the same thing 🙄
4d  Like  Reply

Shontelle Greaves
Marcus Best and Whit Monday too, holiday and no water
4d  Like  Reply

Annette King
Friday at 8:15 AM
Church bazaar next Sat the 6th at St Martin's, 10am til 2. Fishcakes and cou cou!

Dwayne Clarke
2 hrs
anybody know if the ZR vans running tmrw? heard about a strike
""")

# Instagram: a Rarotonga bakery's caption and comment list; read on a Saturday
TEXTS["ig1"] = (date(2026, 8, 1), """rarobakery.ck
Rarotonga, Cook Islands
rarobakery.ck Kia orana! 🌺 We're open Monday 6am till noon but closed Tuesday for Constitution Day. Cinnamon rolls back Wednesday!
#rarotonga #cookislands
2d

teina_ck 1d
Can I preorder for Wednesday?? 8 rolls 🙏
Reply

rarobakery.ck 1d
@teina_ck yes! DM us by tmrw night

mama.ru 2h
Best rolls on the island, we had them last week
Reply
""")

# Instagram: a Yellowknife market, the caption's date under it and weekly ages; read on a Monday, the month's last day
TEXTS["ig2"] = (date(2026, 11, 30), """yk.farmersmarket Last market of the season this Tuesday at Somba K'e Park! Bring a thermos 🥶 Christmas market is Sat 12 Dec at the Multiplex.
November 23

northern.lights.dene 1w
will the bannock lady be there Tuesday?
Reply

yk.farmersmarket 1w
@northern.lights.dene she sure will 🙌

aurora_jen 6d
is the Christmas one indoors?
Reply

kev.yk 11h
coldest market ever last week lol, see you on the 12th
""")

# Reddit: r/Kenya over Madaraka Day; read on a Thursday
TEXTS["rd1"] = (date(2026, 6, 4), """r/Kenya
Posted by u/nairobi_nomad 8 days ago
Is the SGR running normally over the long weekend?
Planning to go to Mombasa on Friday and come back Monday (Madaraka Day). Anyone taken it recently?

Top comments

u/wanjiku_k · 8 days ago
Took it last Friday, was fine. Book on the app today though.

    u/nairobi_nomad OP · 7 days ago
    Booked for the 3pm tomorrow! thanks

u/kamau254 · 2 days ago · edited 5 hr. ago
Back already lol. Train was 40 min late yesterday evening but otherwise fine. Going again in a fortnight.
""")

# Reddit: r/lahore load shedding, the new layout; read on a Friday
TEXTS["rd2"] = (date(2026, 2, 27), """r/lahore • 5 days ago
zara_codes
Load shedding in DHA Phase 5?
LESCO site says 10am to 12 daily till Saturday but it went off at 9 this morning. Anyone else?

saad_lhr • 5d ago
Same in Phase 6. Was off for 3 hours last night too.

  zara_codes OP • 4d ago
  Back on at 11:40. Thanks, will complain to LESCO tmrw

hina.m • 2d ago
Update: they said maintenance finishes end of the month, so Saturday the 28th.

bilal_x • 9 hr. ago
Pakistan Day's on a Monday this year so expect more shutdowns lol
""")

# YouTube: Ghana's Independence Day stream, "@handle N days ago" over each comment; read on a Monday
TEXTS["yt1"] = (date(2026, 3, 9), """Independence Day Parade 2026 LIVE | Black Star Square
GhanaWeb TV
2.3K views  Streamed live 3 days ago

Comments

@kwame_accra 3 days ago
Watching from London, wish I was home. Happy Independence Day Ghana 🇬🇭

@akosua.b 2 days ago (edited)
Best parade in years. Next year I'm going in person!

@GhanaWebTV 2 days ago
Full highlights dropping tomorrow at 6pm. Subscribe!

@efo_tech 1 day ago
@GhanaWebTV still waiting for the highlights 😂

@yaa_dufie 9 hours ago
who's here after the news this morning?
""")

# YouTube: a Sri Lankan cooking channel, pinned comment, weekly ages; read on a Thursday
TEXTS["yt2"] = (date(2026, 4, 16), """Kiribath for Avurudu | Grandma's recipe
Lakmali's Kitchen
48K views  3 weeks ago

Pinned by @LakmalisKitchen
@LakmalisKitchen 3 weeks ago
Hi all! New video every Friday 🌼

@ruwani.s 5 days ago
Mine didn't set 😢 trying again on Tuesday for the new year

@LakmalisKitchen 5 days ago
@ruwani.s Use less coconut milk! Let me know how it goes on the 14th

@nimal_j 1 day ago
Made it yesterday for the family, great!
""")

# Bluesky: a Wellington library, an edited post and a repost; read on a Thursday
TEXTS["bs1"] = (date(2026, 10, 22), """Ngaio Library
@ngaiolib.bsky.social
Closed Monday for Labour Day. Story time moves to Wednesday 10:30 next week.
October 20, 2026 at 4:05 PM
Edited

Rangi @rangi.bsky.social · 1d
@ngaiolib.bsky.social is the book sale still this Saturday?

Ngaio Library @ngaiolib.bsky.social · 1d
@rangi.bsky.social yes! 9 till 1

Ngaio Library reposted
Wellington City Libraries @wcl.bsky.social · Oct 16
All branches closed Monday 26 October. Returns chute open as usual.
""")
