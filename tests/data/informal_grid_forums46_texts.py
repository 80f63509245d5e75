"""(forums46, forty-sixth session) Forum threads (XenForo, Discourse, phpBB), TikTok comment lists and Bluesky posts
as people copy them, invented for tests/test_informal_grid_forums46.py. Each TEXTS entry is (day the page was read,
the copied text)."""
from datetime import date

TEXTS = {}

# XenForo: an Australian 4x4 forum; read on a Friday
TEXTS["xf1"] = (date(2026, 12, 4), """Sticky gearbox on the '09 Hilux, anyone?
Thread starter bushmech_rob Start date Dec 1, 2026

bushmech_rob
Dec 1, 2026
#1
Gearbox is crunching going into third since last weekend. Booked in at the dealer for Monday but they want $400 just to look.

Tarn_G
Yesterday at 9:40 PM
#2
Same thing happened to mine. Try the fluid change first, took me an hour.

bushmech_rob
Yesterday at 10:12 PM
#3
cheers, will grab the fluid tomorrow

Kel_in_Ballarat
Today at 7:05 AM
#4
Don't wait till Monday mate, get it looked at this week.
Last edited: Today at 7:20 AM
""")

# XenForo: a Welsh allotment forum, posts of the last week under their weekdays; read on a Monday, a month's first day
TEXTS["xf2"] = (date(2026, 6, 1), """Blight on the tomatoes already?

Gwen_Aber
Thursday at 7:12 AM
#1
First signs on the lower leaves this morning. We had that warm wet spell last week. Is it too early to spray?

Rhod_Pen
Thursday at 9:30 AM
#2
Too early to be blight I'd say. I'll post a photo of mine tonight.

Gwen_Aber
Friday at 6:48 PM
#3
Took them off and binned them. Fingers crossed for the weekend.

allotment_dai
Saturday at 11:02 AM
#5
Blight warning's out for Ceredigion from tomorrow according to the Met Office.
Last edited: Saturday at 11:20 AM

Gwen_Aber
Yesterday at 8:15 PM
#6
Sprayed this afternoon. Will check again on Wednesday.
""")

# Discourse: a home-automation forum, posts of a past year as "Dec '24", gaps as "2 years later"; read on a Wednesday, 30 December
TEXTS["dc1"] = (date(2026, 12, 30), """Zigbee dongle not found after update
Configuration

maritime_dev
Dec '24
My SkyConnect doesn't show up since the update. Tried two reboots.

jo_halifax
Dec '24
Same here, rolling back fixed it for me.

2 years later

pk_fredericton
Dec 3
Still happening on the November release, gave up and bought a new dongle yesterday.

maritime_dev
Dec 3
Solved by pk_fredericton in post #4

27 days later

nova_scott
2d
Fixed in the release due Friday per the changelog.
""")

# Discourse: a cycling club, "3 days later" and "1 month later" between posts of this year; read on a Saturday, 31 October
TEXTS["dc2"] = (date(2026, 10, 31), """Sunday social ride: route change
Rides & Events

coach_amina
Sep 12
Route for this Sunday goes via the harbour, meet 8am at the clock tower. Back by noon.

tobi.k
Sep 12
Is the coffee stop still at Mama's?

coach_amina
Sep 13
Yep. See everyone tomorrow.

3 days later

lerato_rides
Sep 16
Anyone doing the night ride on Friday? Lights are compulsory.

1 month later

coach_amina
Oct 20
Rides are off this weekend for the marathon road closures.

sipho_m
3d
Back on next Sunday then?
""")

# phpBB: a Canadian birding board, "by Name » Sat Jul 11, 2026 8:42 pm", replies "Re: ...", a quoted post; read on a Tuesday
TEXTS["pb1"] = (date(2026, 7, 14), """Loons back on Lac Brome?
by marsh_hen » Sat Jul 11, 2026 7:10 pm
Heard a pair calling at dusk yesterday from the east shore. First time since last summer. Going back out tomorrow at dawn if anyone wants to come.

Re: Loons back on Lac Brome?
by ptarmigan_pete » Sat Jul 11, 2026 8:42 pm
marsh_hen wrote: ↑ Sat Jul 11, 2026 7:10 pm
Going back out tomorrow at dawn if anyone wants to come.
Count me in. I'll bring the scope. Meet at the boat launch at 5?

Re: Loons back on Lac Brome?
by marsh_hen » Sun Jul 12, 2026 1:15 pm
Two adults and a chick this morning! Photos tonight.

Re: Loons back on Lac Brome?
by birdnerd_qc » Mon Jul 13, 2026 9:03 am
Lovely. Club outing is next Saturday, the 18th, if anyone wants to see them.
""")

# phpBB: a Scottish hillwalking board at the year's turn, quoted post with its own stamp; read on a Friday, New Year's Day
TEXTS["pb2"] = (date(2027, 1, 1), """Ben Lomond on Hogmanay?
by munro_meg » Tue Dec 29, 2026 6:20 pm
Anyone heading up tomorrow? Forecast looks clear till Thursday afternoon.

Re: Ben Lomond on Hogmanay?
by glen_walker » Wed Dec 30, 2026 8:05 am
munro_meg wrote: ↑ Tue Dec 29, 2026 6:20 pm
Anyone heading up tomorrow?
Not me, working today. Doing the Cobbler on Saturday instead.

Re: Ben Lomond on Hogmanay?
by munro_meg » Thu Dec 31, 2026 10:40 pm
Summit was brilliant this afternoon. Happy new year everyone!
""")

# TikTok: a Jamaican cook's video with its own date, comments with ages and month-days, the creator's replies; read on a Wednesday
TEXTS["tt1"] = (date(2026, 3, 25), """jerkbyjunie
Junie Campbell · 2026-3-14
Easter bun done early this year 🍞 recipe in bio, baking the next batch Sunday

Creator
jerkbyjunie
Pinned
yes the recipe is the same as last year!
3-14  Reply  212

kingstonkeisha
bun and cheese on Good Friday every year no matter what
1w ago  Reply  88
Liked by creator

jerkbyjunie
Creator
@kingstonkeisha tradition!! making mine Thursday
3-24  Reply  15

montegobae
trying this tonight
1d ago  Reply  3
""")

# TikTok: a Manila creator's video read on a Sunday, comments of the last days and a reply of the day before
TEXTS["tt2"] = (date(2026, 5, 31), """lola.lutong
Lola Nena · 2026-5-20
Sinigang for the rainy days 🍲 part 2 coming next week

ate_joy
grabe, cooked this last night
5d ago  Reply  41

lola.lutong
Creator
@ate_joy salamat anak! part 2 is up tomorrow
5-27  Reply  9

mikko.dc
saving for Sunday lunch
2d ago  Reply  2
""")

# Bluesky: a quote post and replies with "· 2h" ages; read on a Thursday
TEXTS["bs1"] = (date(2026, 4, 30), """Halifax Transit Watch @hfxtransit.bsky.social · 3h
Ferry back on the normal timetable from tomorrow. Quoting:

Halifax Harbour Ferries @hfxferries.bsky.social · Apr 27
The Woodside ferry will be out of service until Thursday for engine work.

Dana MacLeod @danamac.bsky.social · 2h
finally, I've been on the bus since Monday

Rev. Alfie Tran @alfietran.bsky.social · 45m
Also the 1 is on detour tonight from 7pm on Spring Garden.
""")

# Bluesky: a community post over a day's words, read on a Sunday at month's end
TEXTS["bs2"] = (date(2026, 8, 30), """Lagos Book Swap @lagosbookswap.bsky.social · Aug 27
Next swap is this Sat at the Yaba library, 11am. The one after is in a fortnight.

Ife Adeyemi @ifeadeyemi.bsky.social · 1d
can't make it tmrw, see you the 12th?

Lagos Book Swap @lagosbookswap.bsky.social · 5h
@ifeadeyemi yes! the 12th it is. Today's swap was our biggest yet.
""")
