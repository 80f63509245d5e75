"""The discourse: what the text has said so far that later expressions hang on.

One ``Discourse`` per tagged text. The resolvers read its anchors (the reference date, the
last date mentioned, the day named in the sentence, the quarter in discussion); the tagger
moves them as it reads, sentence by sentence, including a history's sections ("Eastern
Theater 1861-1863": a heading that names its years). ``events`` remembers the events the text
dates ("The vote was held on March 3"), by name, for the times anchored on them ("two days after
the vote"; see ``anchors.py``).
"""
from __future__ import annotations

from bisect import bisect_left, insort
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

from timeline_app.temporal.calendar import Point


@dataclass(slots=True)
class Told:
    """An event the text dates: its name ("vote" for "the vote" and "voted"), where the word
    stands, the date told with it, the words that tell it ("The vote was held on March 3") and
    the names in its clause (lower case: "kyiv", "ukraine"), which tell two trips apart."""

    key: str
    pos: int
    point: Point
    words: str
    names: frozenset


class EventMemory:
    """The events the text dates, by name. Each name keeps its ``KEEP`` latest tellings: the
    memory is bounded by the number of names in the language's table, whatever the text."""

    KEEP = 20

    def __init__(self) -> None:
        self._told: dict[str, list[Told]] = defaultdict(list)

    def __len__(self) -> int:
        return sum(len(v) for v in self._told.values())

    def remember(self, told: Told) -> None:
        lst = self._told[told.key]
        if any(t.pos == told.pos for t in lst):
            return
        insort(lst, told, key=lambda t: t.pos)
        if len(lst) > self.KEEP:
            del lst[0]

    def find(self, key: str, pos: int, names: frozenset = frozenset()) -> Told | None:
        """The telling of event ``key`` that an expression at ``pos`` refers to: the latest one
        told before it, else the first one told after it. When the expression names who or where
        ("Shmygal's trip to Berlin"), a telling that names others ("her trip to Ukraine") is
        another event of the same kind and is passed over."""
        lst = self._told.get(key)
        if not lst:
            return None
        i = bisect_left(lst, pos, key=lambda t: t.pos)
        for t in [*reversed(lst[:i]), *lst[i:]]:
            if not names or not t.names or names & t.names:
                return t
        return None

    def find_named(self, names: frozenset, pos: int) -> Told | None:
        """(eventoffset33) The latest telling before ``pos``, of any name, whose clause holds every one of ``names``
        ("Japanese aircraft attacked Pearl Harbor on 7 December 1941" for "the day after Pearl Harbor"); read over
        at most ``KEEP`` tellings a name."""
        best = None
        for lst in self._told.values():
            for t in reversed(lst):
                if t.pos < pos and names <= t.names:
                    if best is None or t.pos > best.pos:
                        best = t
                    break
        return best


@dataclass
class Discourse:
    dct: date | None                    # the reference (publication) date; (informal6) in a chat export, the
                                        # day the message being read was sent (its stamp)
    mode: str = "news"                  # "news" or "narrative"
    last: Point | None = None           # the last date the text mentioned (the story's date)
    last_sentence: int = -1             # the sentence that told it
    last_paragraph: int = 0             # (news7) ... and its paragraph
    last_opens: bool = False            # ... opening its sentence ("In 1912 Scott reached the Pole on 17 January")
    last_told: bool = False             # ... after a preposition of time ("on 4 May 1971"), not as a
                                        # modifier ("the Dec. 21, 1988, bombing") or a comparison
    last_quarter: Point | None = None   # the quarter in discussion
    quarter_age: int = 99               # sentences since a quarter was mentioned
    sentence_day: Point | None = None   # a day mentioned earlier in the current sentence
    previous_day: Point | None = None   # the last day named in the sentence before the current one
    sentence_day_edge: bool = False     # (sift) sentence_day was named as the edge of a stretch ("until the 27th")
    previous_day_edge: bool = False     # ... and previous_day
    sentence_day_reply: bool = False    # (sift, twelfth session) sentence_day was named as a deadline for the answer
                                        # ("RSVP by Friday 9th"): not carried to the next sentence as previous_day ...
    day_before_reply: Point | None = None   # ... which is the sentence's day before that deadline, if any
    recent_day: tuple[int, Point, int] | None = None   # (sentence, day, position) of the last day any sentence named: a
                                        # chat's "babysit sat night? ... 7 if poss? ... back by 11" speaks of it
    plan_day: tuple[int, Point, int] | None = None   # (left21) recent_day as it was before a day named as a reason
                                        # ("work tomorrow tho"): the plan's day, which "see you at 8 then" settles
    coming_day: tuple[int, Point] | None = None   # (news8) (sentence, day) of the last day to come a sentence named
    mday_told: date | None = None   # (§293) the last day told with its day of the month (tagger), for a run of days
    occasion_days: tuple | None = None   # (occasion37, §144) (first day, last day, position told) of the last occasion
                                        # the talk told with its date(s) ("the holiday is Thursday 30th and Friday 31st")
    sentence_days: list = field(default_factory=list)   # (position, Point) of each day the sentence names
    bracket_aside: tuple | None = None   # (§248) (start, end, the sentence's day before it) of a bracketed aside of the sentence
                                        # that told a day long gone: after its end the sentence goes on from that day
    counted_from: dict = field(default_factory=dict)    # (news7) position -> the day a day of sentence_days counts
                                        # from ("the next morning": the day before it); at most one per day named
    sentence_night: date | None = None  # the day whose evening or night the current sentence names
    sentence_weekend: date | None = None   # (thirtieth session) the Saturday of a weekend the current sentence names
    sentence_year: int | None = None   # (thirtieth session) a year the current sentence names ("Last year ... at Thanksgiving")
    sentence_holiday: date | None = None   # (holiday40, §180) the day of a holiday the current sentence named ("booked Easter ..., March 28th")
                                        # ("last night", "tonight", "10pm"): "1am" after it is the next day
    event_night: tuple | None = None    # (nightof36, §136) (day, sentence, position, past midnight) of the last night the
                                        # talk named by a night event with its day ("The ball is on Tuesday 16th") or by an
                                        # evening's time or midnight placed on a day; past midnight once a time was put after it
    previous_night: date | None = None  # (news7) ... named in the sentence just before ("On the night of 14 June
                                        # 1975 the river rose. The church clock stopped at 2.17am": the 15th)
    bc_year: int | None = None          # the last anchor was this year BC (not placeable here)
    bc_day: tuple[int, int] | None = None   # (history8) ... and its (month, day; 0 when only the month is told)
    last_day: Point | None = None       # the last day the story told (a day of a coarser story date: "That week ... That day")
    ad_seen: bool = False               # the text opened on a year AD ("AD 79"): its bare years are AD
    bc_seen: bool = False               # ... or has told a year BC before any year AD
    coarse: Point | None = None         # the last decade or century the text named ("in the 1850s"),
                                        # which does not move the story but can be its time
    aside: Point | None = None          # a year the text just named without moving the story to it
    aside_sentence: int = -1            # the sentence that named it
    weekday_shift: int = 0              # the text's weekdays minus the calendar's, where it names the
                                        # weekday of a date (an Old Style date: "2 September 1666, a Sunday")
    last_clock: tuple[date, int, int] | None = None   # the day, hour and place of the last clock time placed: an
                                        # hour said without its half of the day ("by 7:45" after
                                        # "from 7.30pm") is the one nearest it on that day
    clock_span: tuple | None = None     # (ampm38, §150) (day, start, end in minutes of the day, the end's place, its sentence) of
                                        # the last range of clock times placed ("open 8 till 2"): a bare hour just after it that
                                        # one reading puts inside it takes that reading ("the braai was going at half nine")
    last_clock_stamp: bool = False      # (ampm38, §150) ... and that clock was a message's stamp (the moment of writing)
    placed_clocks: list = field(default_factory=list)   # (ampm38, §150) (place, hour, sentence, a stamp, day) of the last
                                        # ECHO_CLOCKS clocks placed: the one written nearest before a bare hour (the order
                                        # of reading puts "9.45 tonight" before the "2.30pm" written ahead of it)
    last_time: tuple[int, datetime] | None = None   # (position, moment) of the last clock time placed:
                                        # "polls closed at 7pm and the first state was called two minutes later"
    talk_break: int | None = None       # (eleventh session, clock) where a chat stamp hours after the one before opened a new talk
    stamp_time: tuple[int, datetime] | None = None   # (clock) (position, moment) of the last message stamp
                                        # ("[04/06/2025, 19:40] Jo: got here an hour ago": 18:40)
    cued_clocks: list = field(default_factory=list)   # (dayhalf29) as said_clocks, the bare hours whose clause told their half
    said_clocks: list = field(default_factory=list)   # (position, hour, minute, day, sentence) of the last ECHO_CLOCKS clock
                                        # times said with their half of the day: "7am or 6pm? / 7 pls" takes one
    boxed: dict = field(default_factory=dict)   # (month, day) -> the day a fact box or life dates in brackets
                                        # gave with its year ("Died: 24 March 1603"): the prose's "24 March" (history5)
    life_opened: set = field(default_factory=set)   # the brackets of life dates already read
    lead_end: int = -1                  # (history7) where an article's lead (its first paragraph of prose,
                                        # after the title) ends: the days it dates are its body's too; -1 not yet found
    lead_first: Point | None = None     # (history7) the first date the lead placed (the article's event begins there) ...
    lead_reset: bool = False            # ... where the story is put back at the first heading after the lead
    story_night: date | None = None     # (history7) the day whose evening or night the story last told
                                        # ("On the evening of 24 October ... from dawn": the 25th's dawn)
    accession: tuple[Point, str] | None = None   # the date of the last accession the text told and the words
                                        # before it ("Henry was crowned in 1413"): a chronicle's regnal
                                        # years count from it (history5)
    day_part: tuple[date, str] | None = None   # the day and the part (AF or EV) of the last time told by
                                        # its afternoon or evening: "died on Saturday afternoon ... at two
                                        # o'clock" is 14:00 (history5)
    named_mdays: dict = field(default_factory=dict)   # (informal5) day of the month -> the last day the text
                                        # named with it ("Fri 22 March ... set times for the 22nd"); at most 31 keys
    named_mdays_at: dict = field(default_factory=dict)   # (direction36) the same day -> the day the words that named it
                                        # counted from (a message's stamp, or the day of writing)
    written: date | None = None         # (informal6) the reference date as given, once a chat stamp moved ``dct``
    entry_dct: bool = False             # (left18) ``dct`` was last moved by a diary's or a log's dated entry heading
    entry_day: date | None = None       # (left19) the day of the last dated entry heading (a log's line or a diary's);
                                        # while it is ``dct``, a line opened by a weekday moves the log forward from it
    now_day: Point | None = None        # (left19) the sentence's day when "now" set it (no day a habit's hours are on)
    now_asked: bool = False             # (dayanchor26) ... and "now" was asked about ("Are you free now?"): a clock time in the next
                                        # sentence is of the day of writing, not of the day the talk named before
    dated_stamp: bool = False           # (thirty-second session) ``dct`` was last moved by Teams' dated sender stamp ("Gerry   12/08 17:20")
    stamp_slack: tuple | None = None    # (stamps37, §145) (the day of writing a coarse age moved ``dct`` to, days after it the age
                                        # may mean): "2 weeks ago" is about that far back, so a day told in the past a few days
                                        # after it is not pushed a year back (resolve._year_for); held while ``dct`` is that day
    review_stamp_end: int = -1          # (reviews) where the last review stamp that moved ``dct`` ended ("Posted 3 weeks ago"); -1 none
    review_stay: tuple | None = None    # (reviews34, §124) (where the review's words end, the last day of its stay's month) of the last
                                        # review stamp whose "Date of stay: February 2025" line dates a stay of a month before
                                        # the review's: its story's weekdays told in the past are the last such on or before that day
    review_coarse: bool = False         # (travel48, §302) the last review stamp is an age of months or years ("a month ago", "2 years
                                        # ago"): no one day of its weeks the review's "on a Sunday" can be
    quote_end: tuple | None = None      # (stamps25) (where a quoted message's lines marked ">" end, the day of writing before
                                        # its header moved ``dct``): the reply's own lines after it count from that day again
    count_start: date | None = None     # (logs, fifteenth session) the day one of a log's day count the text dated ("Day 1 =
                                        # Mon 10 Nov", "Started Thu 11 Jun", "Quit date: 23 Aug 2026"): "Day 47" is 46 days on
    talk_night: date | None = None      # (informal6) the last day the text named by its evening or night
    talk_night_sentence: int = -1       # (clocks43, §232) the sentence that named it
    named_wdays: dict = field(default_factory=dict)   # (informal6) weekday -> (where, the day, the sentence, written with its date) the text last
                                        # named that weekday's day ("shut Friday ... forgot about fri"); at most 7 keys
    week: Point | None = None           # a week other than the reference date's that the text speaks of
                                        # ("the schedule for next week: mon ..., tue ..."), until a date outside it
    week_named: tuple[int, int, bool] | None = None   # (sentence, end, opens the sentence) of the week named
                                        # last ("Last week they met the mayor on Tuesday")
    week_here: bool = False             # the expression being resolved is in that week's sentence
    in_week: bool = False               # ... and told in the past in its clause
    week_clause: bool = False           # (weekdays27) ... in the clause of that week, not in the past
    week_ahead: bool = False            # (weekdir38, §154) ... a week to come, the weekday after it in its list/clause
    week_heading: bool = False          # (weekdir38, §154) ... and the week heads its clause with a colon ("next week: ...")
    said_day: tuple[int, date, str] | None = None   # (end, day, grain) of a day or month the current sentence says something was
                                        # said on ("said on Monday that it would vote on Tuesday")
    speech_day: date | None = None      # ... which the expression being resolved is told from: a future
                                        # told in the past ("would") names a day after it
    speech_grain: str = ""              # ... "day" or "month" ("said in January that it would open in March")
    # a story told in the past tense (counts of the tensed expressions read in a narrative), and
    # whether the expression being resolved speaks from the day of writing all the same ("the
    # booths reopen on 16 June", "a memorial will be held in September": see ``tense.speaks_from_now``)
    past_told: int = 0
    present_told: int = 0
    from_today: bool = False
    now_sentence: int = -1              # a sentence of a story that named a time from the day of
                                        # writing ("This year we celebrate ... on 26 October"): its year-less dates too
    now_year: int | None = None         # ... the year it named ("this year")
    told_before: bool = False           # ... or in the past perfect: before the story's date
    flashback: tuple | None = None      # (history6) (sentence, story date, story day) before a look back told
                                        # in the past perfect with its year ("He had lost his arm in July
                                        # 1797."): a later sentence's year-less date goes on from that date
    apposed_past: bool = False          # ... or in a participle after a name ("Okafor, signed in January,"): surely past
    timetable: bool = False             # a timetable's present in news ("talks resume in June"): surely to come
    length: tuple[int, int] | None = None   # (news8) (sentence, months) of the last length of years or months told as
                                        # an adjective ("a two-year deal", "an 18-month contract")
    length_end: date | None = None      # ... where it ends from the date the text was telling of ("a two-year deal from
                                        # July 2023 ran out in December"), for the expression being resolved
    # where the reading is
    sentence: int = -1                  # the sentence of the expression being resolved
    paragraph: int = 0                  # (news7) the paragraph it is in (blank lines passed)
    now_para: bool = False              # (news7) ... in a paragraph of a story that has named a time only the day
                                        # of writing gives ("Last week the council ...")
    passed: int = -1                    # the last sentence an expression was read in
    # a history's sections
    heading: bool = False               # the current sentence is a section title
    label: bool = False                 # ... a label line of a fact box ("Died: 19 April 1882")
    section: tuple[int, int] | None = None   # the years the current section's heading names
    strays: int = 0                     # dates outside the section's years told in a row
    fresh: bool = False                 # a heading without years was passed: the next date sets the story
    # the events the text dates, by name
    events: EventMemory = field(default_factory=EventMemory)
    day_voice: tuple | None = None      # (thread21) (sender, by a clock time) of the message that named ``recent_day``:
                                        # "Marta: next reset is Wednesday 05:00" ("Finn: train gets in at 18:52" is not of it)
    topic_day: Point | None = None      # (thread21) the first day a chat's sender named: the day the talk is about
    voices: dict | None = None          # (thread21) sender -> the lines the text opens with it (read once, at the first need)
    list_head: list | None = None       # (lines22) [where the line under a heading that names a day starts, the day,
                                        # where the lines under it have been read to, how many were read]: see
                                        # ``tagger._note_list_head``; None where no heading governs the lines read
    first_day: Point | None = None      # (lines22) the first day the text named (an invitation's, a timeplan's occasion):
                                        # the day an "On the day" heading's list is of
    list_day: Point | None = None       # (lines22) the heading's day, for the clock time being resolved on a line it governs
    coord_anaphor: tuple | None = None  # (anaphor25) (end, sentence, (last, last_day, sentence_day, previous_day), offset) of the last
                                        # anaphor read, with the anchors it was read against: an anaphor joined to it by "or" /
                                        # "and" ("the night before or that morning") is read against the same ones
    span: tuple | None = None           # (weeks34, §127) (first day, last day or None, where it was named) of the last span of days
                                        # the text named ("The festival runs 1-24 Aug", "first Friday in July it all starts"):
                                        # "the middle weekend", "by the second week" after it are of it
    span_edge: tuple | None = None      # (weeks34) (end, day) of the last day named: a range's first end
    rota: tuple | None = None           # (rota37, §142) (where it ends, weekday, day) of the last item of
                                        # a list of days in order read as one day: the day the next item counts on from
    rota_days: dict | None = None       # (rota37) weekday -> day of the last such list (a reply's "Sun is grand" reads it)
    week_line: tuple | None = None      # (values23) (where the line after it starts, weekday, day) of the last weekday that
                                        # opened its line and was read as one day: the week a list of day lines is of

    def dct_point(self) -> Point | None:
        return Point.day(self.dct) if self.dct else None

    def read_point(self) -> Point | None:
        """(reviews) The reference date as given, the day the text was read, even where a stamp moved
        ``dct`` (a chat's, a review's): lengths anchored once a block is finished read it, so a stamp in
        the next block does not move them (the whole text's reading and the blocks' agree)."""
        day = self.written or self.dct
        return Point.day(day) if day else None

    def next_sentence(self, si: int) -> None:
        """Reading moves on to sentence ``si``: the sentence's day is cleared, the previous one
        kept if it was the sentence just before, the quarter in discussion ages."""
        self.quarter_age += max(1, si - self.sentence) if self.sentence >= 0 else 0
        self.previous_day = (self.day_before_reply if self.sentence_day_reply else self.sentence_day) \
            if si == self.sentence + 1 else None
        self.sentence_day_reply, self.day_before_reply = False, None
        self.previous_day_edge = self.sentence_day_edge and si == self.sentence + 1
        self.sentence_day_edge = False
        self.previous_night = self.sentence_night if si == self.sentence + 1 else None
        self.sentence_day = None
        self.sentence_night = None
        self.sentence_weekend = None
        self.sentence_year = None
        self.sentence_holiday = None
        self.sentence_days = []
        self.bracket_aside = None
        self.counted_from = {}
        self.said_day = None
        self.sentence = si

    def told_near(self, reach: int) -> bool:
        """Whether the story's date was told at most ``reach`` sentences back, in the same paragraph
        (news7: "Their last win there came in April 1999. || City finished third in May": a new
        paragraph of news turns back to the day of writing)."""
        return self.last_sentence >= self.sentence - reach and self.last_paragraph == self.paragraph

    def move_story(self, p: Point, day: date | None = None) -> None:
        """The story is now at ``p`` (a part of a day counts as its day); ``day``: the day inside
        a coarser ``p`` it has reached ("three weeks later": that week, and the 21st day on)."""
        self.last = p if p.grain != "part-of-day" else Point.day(p.date)
        if p.grain in ("day", "part-of-day", "minute"):
            self.last_day = Point.day(p.date)
        elif day is not None and p.start.date() <= day < p.end.date():
            self.last_day = Point.day(day)
        self.last_sentence, self.last_told, self.last_opens = self.sentence, False, False
        self.last_paragraph = self.paragraph
        self.bc_year = None
        self.aside = None
