"""Tense around an expression: does the sentence speak of the past, the present or the future?

No part-of-speech tagger: the verb group nearest to the expression, inside its sentence,
decides, and in a verb group the first auxiliary carries the tense ("will be played" is
future, "has been closed" past, "is expected" present). Present tense in news mostly
announces scheduled events ("the summit opens on Monday"), so resolution treats it as
leaning to the future.
"""
from __future__ import annotations

from itertools import repeat

from timeline_app.temporal import fastre as re

from timeline_app.temporal.lang import DEFAULT, expand, lexicon, ordered
from timeline_app.temporal.lines import next_newline, start_of_line

_L = lexicon(DEFAULT)
# the cues, all from the lexicon: markers of each tense, auxiliaries, words that cannot follow
# an infinitive "to", "-ed" words that are not past forms, clause breaks...
_FUTURE_1 = {m for m in _L["future_markers"] if " " not in m}
_FUTURE_2 = {tuple(m.split()) for m in _L["future_markers"] if " " in m}
_FUTURE_N = {t for t in _FUTURE_2 if len(t) > 2}                # "as soon as": right before the expression
_FUTURE_LENGTHS = sorted({len(t) for t in _FUTURE_N})
_PAST = set(_L["past_markers"])
_PRESENT = set(_L["present_markers"])
_AUX_FUTURE = set(_L["aux_future"]) | set(_L["modal_markers"])
_AUX_PAST = set(_L["aux_past"])
_AUX_PRESENT = set(_L["aux_present"])
_GET_PASSIVE = set(_L["get_passive"])   # (days, twelfth session) "get paid"
_LINKING = set(_L["linking_verbs"])
_NOT_INFINITIVE = set(_L["not_infinitive"])
_TO_STATE = frozenset(_L["to_state_nouns"])   # (newswire33) "sentenced him to life on Monday": no infinitive
_NOT_PAST_ED = set(_L["not_past_ed"])
_WEAK = set(_L["weak_markers"])
_WEAK_FUTURE = set(_L["weak_future"])                      # "next" alone leans to the future
_CLAUSE_BREAK = set(_L["clause_breaks"])
_DETERMINERS = set(_L["tense_determiners"])
_NOUN_AFTER = set(_L["noun_after_prepositions"])          # (informal5) "on leave", "for sale": a noun, no verb
# (thread41, §193; the lead's narrowing) the prepositions of a place before "the" and a noun phrase whose last word looks
# like a verb ("at the trail head Sunday"); not "for": "Early bird for the summer festival ends Friday" ends with the verb
_PLACE_HEAD_PREPS = set(_L["place_head_prepositions"])
_RELATIVE = set(_L["relative_pronouns"])                   # "the tie that ended 1-1 on Saturday": a verb, not "that failed bid"
_FILLERS = set(_L["group_fillers"])                        # "has not yet", "will still be"
_ADVERB_ENDS = tuple(_L["adverb_suffixes"])                # (news7) "is traditionally held", "was quickly rebuilt"
_TO = _L["infinitive_marker"][0]
_DID_STEM = _L["did_stem"][0]     # "did", "didn't", "didnt"
_WEEK_WORD = _L["week_word"][0]   # "this week"
_ABOUT = _L["memory_verb_object"][0]      # "remember about"
_BEEN = _L["been_form"][0]
_LEFT, _LEFT_FOR = _L["remaining_word"][0], _L["remaining_for"][0]   # "only 3 places left (for Friday)"
_LEFT_ON = frozenset(_L["remaining_on"])   # (§214) "5 left on the 22nd"
_REMAINING_COUNT_BEFORE = frozenset(_L["remaining_count_before"])   # (§214) "only 3 left for Sat", "just 2 left Friday"
_AGENT_BY = _L["agent_preposition"][0]   # a passive's "by"
_PREPOSITION_PAIRS = {tuple(p.split()) for p in _L["preposition_pairs"]}   # "next to the embassy"
_CLITICS = tuple(_L["future_clitics"])
_WOULD = tuple(_L["would_clitics"])                        # "we'd get": would before a base form, had before a past one
_PARTICIPLES = set(_L["past_participles"])                 # "she'd been", "we'd gone": 'd is had
_S_CLITIC = tuple(_L["is_clitics"])                        # "Mum's coming up Saturday": 's is "is" before a progressive
_IS = _L["aux_present"][0]                                 # "is"
# a present that is no timetable: "remains", "expects", "marks" (every other present verb of the
# lexicon's list, and a progressive or passive after "is"/"are", tells what is set for a day)
_NOT_SCHEDULED = set(_L["not_scheduled"])
_PAST_SUFFIXES = tuple(_L["past_suffixes"])
_PRESENT_SUFFIXES = tuple(_L["present_suffixes"])
_PROGRESSIVE = tuple(_L["progressive_suffixes"])
_NOT_PROGRESSIVE = set(_L["not_progressive"])           # "during", "morning": not verbs
_PROGRESSIVE_PARTICLES = set(_L["progressive_particles"])   # (voices18) "Vet coming out Monday": particles of the verb
_COPULA_PRESENT = set(_L["aux_present"])                  # "is", "are" right before the expression
_COPULA_PREPOSITIONS = set(_L["copula_day_prepositions"])
_COPULA_DAY_ADVERBS = frozenset(_L["copula_day_adverbs"])   # (lead) "is still Saturday", "is now Tuesday"  # "is on Monday", "is at 2.30pm"
_RESCHEDULE = set(_L["reschedule_verbs"])                  # "postponed to", "moved to": a date set anew
_RESCHEDULE_TO = set(_L["reschedule_prepositions"])
_DATE_SET_NOUNS = frozenset(_L["date_set_nouns"])          # "set a trial date of Sept. 8": a date given, to come
_DATE_SETTING = frozenset(_L["date_setting_verbs"])
_DATE_SET_OF = frozenset(_L["date_set_prepositions"])
_CANCEL = set(_L["cancel_verbs"])                           # (values4) "I've cancelled the 23rd": an occasion still to come
_CANCEL_2 = {tuple(w.split()) for w in _L["cancel_verbs"] if " " in w}
_PERFECT_AUX = set(_L["perfect_auxiliaries"])
_BOOKING = set(_L["booking_verbs"])                         # "booked ... for June": a date set for what comes
_BOOKING_FOR = set(_L["booking_prepositions"])
_BOOKED_AFTER = frozenset(_L["booked_after_day"])             # (yearclause37) "Saturday the 10th pencilled in": booked, ahead
_BOOKED_HAVING = frozenset(_L["booked_after_day_having"])    # ... "got Friday booked"
_PLACE_VERBS = frozenset(_L["place_getting_verbs"])          # (yearclause37) "got 2 spots on the 11pm one Thursday"
_PLACE_NOUNS = frozenset(_L["place_getting_nouns"])
_PLUPERFECT = frozenset(_L["pluperfect_words"])
_PLUPERFECT_CLITICS = tuple(_L["pluperfect_clitics"])
_PLACE_REACH = 8      # (yearclause37) words before the day read for the noun of places (the verb at most 4 before it)
_PLACE_VERB_GAP = 4
_ARRANGED = set(_L["arrangement_verbs"])                    # (voices21) "confirmed for sat 23rd": the date arranged is ahead
_ARRANGED_FOR = set(_L["arrangement_prepositions"])
_TIME_OFF = set(_L["time_off_particles"])                   # (left20b) "booked the day off tuesday": the day off is ahead
_TIME_OFF_VERBS = set(_L["time_off_verbs"])
_TIME_OFF_FROM = set(_L["time_off_start_words"])            # (errs21) "booked a week off from the 10th": the time off starts ahead
_TIME_OFF_OBJECTS = set(_L["time_off_objects"])              # "... off work from Monday"
_CLOCK_WORD = re.compile(r"(?:1[0-2]|0?[1-9])(?:[.:][0-5]\d)?")   # ((twelfth session, clock) a clock time's digits as _WORD reads them)
_CLOCK_THEN_DAY = frozenset(_L["clock_then_day_words"])
_CLOCK_MONEY = frozenset(_L["clock_money_words"])
_ORIGINAL = set(_L["original_plan_adverbs"])                # "first planned for August": the plan that was, not the date to come
_SUBJECTS = set(_L["subject_pronouns"])
_PARTICIPLE_PREPOSITIONS = frozenset(_L["participle_prepositions"])   # (left18) "agreed in January takes effect ..."
_PLAN = set(_L["plan_words"])
_PLAN_BARE = frozenset(_L["past_plan_bare_words"])   # (news36) "did not plan to", "had no plans to": a plan's words after "did"/"had"
_PLAN_SAID_REACH = 5   # (news36) words before "did"/"had" read for a verb of saying ("said the company had no plans to": 3)
_VERB_WEEKDAYS = set(_L["verb_short_weekdays"])            # "sat", "wed": a weekday as well as a verb
_ORDINAL_SUFFIXES = frozenset(_L["ordinal_suffixes"])       # (daymonth30) "2nd" is read as "2", "nd"
_WEEKDAY_AND = set(_L["weekday_coordinators"])
_DAY_PART_WORDS = set(_L["parts_of_day"])   # (values3) "sat evenings", "wed night": the weekday before its part of the day
_WEEKDAY_WORDS = set(_L["short_weekdays"]) | set(_L["weekdays"])   # (days) a weekday as the expression
_WANTING = set(_L["wanting_verbs"])                                     # (days) "need it sorted by Friday"
_WANTED_OBJECTS = set(_L["wanted_objects"])
_AFTERMATH = set(_L["aftermath_verbs"])                     # verbs of inquiry and aftermath: their object happened
_AFTER_BE = set(_L["verbs_after_be"])                       # "they are meeting on Saturday": a verb after "are", a noun elsewhere
_EXPECTED = set(_L["expectation_participles"])              # "with gusts expected by Tuesday evening": no auxiliary, a forecast
# (news8) a verb of expectation in the present ("Forecasters expect more rain on Thursday", "Snow is
# forecast for Friday"): what is expected is still to come
_EXPECT_VERBS = set(_L["expectation_verbs"])
# (sift) "Forecast says frost Thursday night", "the app says rain sat": a forecast's saying is of what is to come
_FORECAST_NOUNS = set(_L["forecast_nouns"])
_FORECAST_SAYS = set(_L["forecast_saying_verbs"])
_HEADLINE_ACTS = set(_L["headline_act_presents"])          # (news8) "Mayor unveils budget Thursday": a headline's report
_UNTIL = set(_L["limit_prepositions"])                     # "until tuesday" with no verb: still to come
# (newswire31) "Candidates have until Friday to register", "the agency has until Sept. 30 to spend it": a deadline held
_DEADLINE_HOLDERS = set(_L["deadline_holders"])
# (newswire31) "will close at noon Thursday and remain closed Friday": a bare verb after "and" shares the future before it
_SHARED_FUTURE_JOINERS = set(_L["shared_future_joiners"])
# (newswire31) "Police ordered residents to leave on Monday": a simple past of directing, its object, an infinitive, the day
_DIRECTIVE_PASTS = set(_L["directive_pasts"])
# (newswire31) presents that are as often plural nouns ("new rules", "news reports"): a verb only right after a capitalised
# word, the name of its subject ("The Supreme Court rules on Friday", "Tesla reports results on Wednesday")
_NAMED_PRESENTS = set(_L["named_subject_presents"])
# (thirty-first session) a past form written with its capital before one of these words is a name's first word
_PAST_NAME_HEADS = {w: frozenset(v) for w, v in _L["past_form_name_heads"].items()}
_DIRECTIVE_OBJECT = 3   # words of the object between the verb of directing and "to"
# (newswire32) bare presents that are a timetable's after a plural noun, their subject: "Figures come out on Tuesday",
# "Steel tariffs double on Wednesday", "Voters decide on Sunday", "Sales figures for September come out Friday"
_PLURAL_PRESENTS = frozenset(_L["plural_subject_presents"])
_PLURAL_MASS = frozenset(_L["plural_mass_subjects"])
_NOT_PLURAL = frozenset(_L["not_plural_subjects"])
_PLURAL_OF = frozenset(_L["plural_subject_prepositions"])
_CHANGE_COMPOUNDS = frozenset(tuple(x.split()) for x in _L["prospective_change_nouns"] if len(x.split()) == 2)
_LIMIT_NOUNS = frozenset(tuple(x.split()) for x in _L["limit_hour_nouns"])   # (days48, §299) "till close": a noun
_SEQUENCE_PARTICIPLES = frozenset(_L["sequence_participles"])
_PREPOSITIONAL_FUTURE = frozenset(tuple(x.split()) for x in _L["prepositional_future_markers"])
_PARTICIPLE_PHRASES = frozenset(tuple(x.split()) for x in _L["participle_phrases"])
_DAY_EDGES = frozenset(_L["on_day_edges"])   # "late Monday", "early on Tuesday"
_ON_WORD = _L["copula_day_prepositions"][0]   # "on"
_PLURAL_OF_WORDS = 3   # at most three words of a prepositional phrase between the plural noun and its verb ("for September")
# an infinitive that names an occasion set for a day ("urged voters to turn out on Sunday", "told reporters to expect a
# decision on Friday", "asked staff to return on Monday"): its day may be the one to come; the directive decides nothing
_SCHEDULED_INFINITIVES = set(_L["scheduled_infinitives"])
_SHARED_FUTURE_REACH = 8
# the date of a deadline held and its infinitive: "until Sept. 30 to spend" (bounded: at most 24 characters of the date)
_DEADLINE_TO = re.compile(r"[^.;!?\n]{1,24}?[ \t]%s[ \t]+[a-z]" % re.escape(_L["infinitive_marker"][0]))   # words before the joiner searched for the auxiliary it shares
_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?|\d[\d.,]*")
_WINDOW_BEFORE, _WINDOW_AFTER = 12, 8
_SCHEDULE_REACH = 5   # words from a present verb to the day it is set for ("play Ashford on Saturday": 3)
# (newswire31) a verb of the lexicon's timetable list with a longer object between: "hosts a military parade in Beijing on
# Wednesday", "opens the new session of parliament on Tuesday" (7 words back)
_SCHEDULE_REACH_LONG = 7
_CLAUSE_COMMA = re.compile(r",\s(?!.*,\s)")   # the last comma that ends a clause (not "2,000") before a point
# ((speed6) the mark first, as a character class: the regex engine skips to the next "!", "?" or "." in
# one loop instead of trying both alternatives at every character (the search reads up to 320 characters
# after each expression: ~6x cheaper); the same matches as ``[!?]+(?=\s)|(?<=[a-z]{2})\.(?=\s+[a-z])``,
# the plain form ``tests/test_speed6_shortcuts.py`` holds it to)
_EXCLAIM = re.compile(r"[!?.](?:(?<=[!?])[!?]*(?=\s)|(?<=[a-z]{2}\.)(?=\s+[a-z]))")
_CHARS_BEFORE, _CHARS_AFTER = 480, 320
# (the lead, forty-third session, §240) an emoji between two lower-case clauses of a post ends the first ("Still light out
# at nearly midnight 🌅 went for a walk"): the words across it are another sentence's, as across "!!"
_EMOJI_CUT = re.compile(r"(?<=\S)[ \t]*[\U0001F300-\U0001FAFF\u2600-\u27BF][\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]{0,7}[ \t]+(?=[a-z])")
_REPORTING_CLAUSE = re.compile(r"[)'’\"”]*\s*,\s*['’\"”]*\s*(?:[\w.'’-]+\s+){1,4}%s\b" % ordered(_L["reporting_verbs"], case=True))
# verbs that take a clause, not an object: "said the start on Sunday would ..." (unlike "told the
# assembly on Monday", "announced the deal on Monday")
_CLAUSE_REPORTING = set(_L["clause_reporting_verbs"])
_REPORTING = set(_L["reporting_verbs"])
_OPENERS = frozenset(_L["turn_openers"])   # (topicday35) "Right, Friday is the big one": no verb, no subject
_OPENERS_MAX = 3
_TOPIC_HEADS = frozenset(_L["topic_heading_nouns"])   # (topicday35) "Timings for Friday:": what is set for a day to come
_TOPIC_FOR = frozenset(_L["topic_heading_prepositions"])
_KNOWING_PAST = frozenset(_L["knowing_verbs_past"])   # (topicday35) "just realised Friday is ...": the clause known decides
_MODALS = set(_L["verb_modals"])                           # "should ease by Monday"
_DAY_OFFER_MODALS = frozenset(_L["day_offer_modals"])   # (lead) "can't thurs": the modal right before the day
_DAY_IS_AFTER_KNOWING = frozenset(_L["day_is_after_knowing"]) | _KNOWING_PAST   # (lead, thirty-fourth session) "realised Friday is a holiday"
_COPULA_IS = "is"
_BACK = "back"
_BACK_TO_PLACE = frozenset(_L["back_to_place_preps"])   # (lead, thirty-fourth session) "back to school Monday"
_BACK_REACH = 5   # words before the weekday read for "back" and its preposition (at most three words of the place)
_ABILITY = set(_L["ability_modals"])                        # (news7) "can't remember what happened in March": no tense
_ABILITY_REPORT = set(_L["ability_report_verbs"])
_QUESTION_SUBJECTS = set(_L["question_subjects"])          # "can you ...", "could we ...": a modal before its subject
_SINCE_GERUND_REACH = 5   # "since" and its gerund at most five words before the expression ("since taking office on")
_BEFORE_SPEAKING = set(_L["before_speaking"])              # "born since October"
# (holidays43, forty-third session, §225) "since" as a conjunction: the expression right after it the subject of a present or
# future verb ("Since Nunavut Day is on a Sunday this year ..."), no time before the moment of speaking; the verb right
# after the expression, blanks only between (a clitic attached), not across a comma ("since Monday, is he ok?")
# (or a place said between them, lexicon holiday_place_between_preps: "Since Bounty Day on Norfolk Island is on a Sunday")
_SINCE_SUBJECT_VERB = re.compile(r"(?:[ \t]{1,3}(?i:%s)(?:[ \t]{1,3}(?i:%s))?(?:[ \t]{1,3}[A-Z][\w'’.-]{0,24}){1,4})?"
                                 r"(?i:[ \t]{1,3}(?:%s)|(?:%s))(?![\w'’])" % (
    "|".join(re.escape(w).replace(r"\ ", r"[ \t]{1,3}") for w in _L["holiday_place_between_preps"]),
    "|".join(re.escape(w) for w in _L["holiday_place_between_articles"]),
    "|".join(re.escape(w).replace(r"\ ", r"[ \t]{1,3}") for w in _L["since_subject_verbs"] if w[:1].isalpha()),
    "|".join(re.escape(w) for w in _L["since_subject_verbs"] if not w[:1].isalpha())))
# ... and "since" opening its clause: the sentence's start or a mark before it ("born since October will be contacted",
# "the cases since October is ..." keep their time gone); bounded, the 40 characters before the expression
_SINCE_CLAUSE_OPEN = re.compile(r"(?:^|[.!?,;:(\"“—–])[ \t]*(?i:%s)[ \t]{1,3}$" % "|".join(re.escape(w) for w in _L["before_speaking"]))


def _since_subject(text: str, sent_start: int, start: int, end: int) -> bool:
    """(holidays43, §225) Whether the expression right after a clause-opening "since" is the subject of a present verb
    ("Since Nunavut Day is on a Sunday this year ..."): the conjunction of a cause, no time gone."""
    lo = max(sent_start, start - 40)
    seg = text[lo:start] if lo == sent_start else "x" + text[lo:start]
    return _SINCE_CLAUSE_OPEN.search(seg) is not None and _SINCE_SUBJECT_VERB.match(text, end) is not None
_HAVE_GOT = set(_L["have_got"]["verb"])                    # "i've got a dentist appt fri": a present
_HAVE_GOT_AUX = set(_L["have_got"]["auxiliaries"])
_GOT_FILLERS = 2   # (ampm34) at most two words of lexicon group_fillers between "have" and "got" ("'ve only just got")
# (values25) "we're off to Spain in December", "off to the coast Saturday": going somewhere; a bare "got" (its "have"
# dropped) of an appointment, "got the dentist thurs": "have got" (lexicon _doc_values25)
_GOING_OFF = set(_L["going_off"]["particle"])
_GOING_OFF_AFTER = set(_L["going_off"]["after"])
_GOT_APPOINTMENTS = set(_L["got_appointments"])
_GOT_DAY_PREPOSITIONS = set(_L["got_day_prepositions"])   # "got CCA on Tue": the day's own preposition
_GOT_OBJECT_WORDS = 3   # at most three words of the object between "got" and the day (or its "on")
_EXISTENTIAL = set(_L["existential_subjects"])             # "it's World Book Day on Thursday": an event set for a day
_EXISTENTIAL_IS = {w for w in _L["aux_present"] if any(w.startswith(x + c) for x in _EXISTENTIAL for c in "'’")}
_REMINDER = re.compile(r"\W*(?:[\w@.'’-]+:\s*)?%s\b" % ordered(_L["reminder_openers"]))   # "Reminder: ...", "Jess: don't forget ..."
# (tweets) "ICYMI: our interview from Monday", "in case you missed it: Tuesday's statement": a post that
# brings back what is already out; the line opens on it (after an emoji or a mark)
_AHEAD_DETERMINERS = set(_L["ahead_determiners"])
# (howto) a label naming what comes next, then a colon: "Your next run: Wednesday", "Next dose due: Thu"
_NEXT_LABEL = re.compile(r"(?i)\b(?:%s)[^\S\n]+(?!(?:%s)\b)[\w'’-]+(?:[^\S\n]+[\w'’-]+)?[^\S\n]*:[^\S\n]*\Z"
                         % ("|".join(map(re.escape, _L["ahead_determiners"])), "|".join(map(re.escape, _L["next_label_not_nouns"]))))
_REMAINING_NOUNS = set(_L["remaining_nouns"])
# (the lead, forty-second session, §222) "as" and a past participle with no subject after a day ("keep the room till
# Saturday as booked", "see you Friday as planned", "Monday as agreed"): a reduced clause of the arrangement, whose past is
# no past of the day (lexicon as_arrangement_participles); the pair is skipped where the tense is read
_AS_WORD = _L["as_arrangement_participles"]["as"]
_AS_PARTICIPLES = frozenset(_L["as_arrangement_participles"]["participles"])


def _no_as_arrangement(words: list[str]) -> list[str]:
    """``words`` without each "as" and the past participle of an arrangement right after it ("as booked")."""
    out, k = [], 0
    while k < len(words):
        if words[k].lower() == _AS_WORD and k + 1 < len(words) and words[k + 1].lower() in _AS_PARTICIPLES:
            k += 2
            continue
        out.append(words[k])
        k += 1
    return out
_DAY_TICKETS = set(_L["day_ticket_nouns"])
_FIXTURE_START = re.compile(r"(?<![\w'’])%s(?![\w'’])" % ordered(_L["fixture_start_words"] + _L["warning_nouns"]), re.I)
_MISSED_IT = re.compile(r"[^\w\n]*%s\b" % ordered(_L["missed_it_openers"]), re.I)
_PLAN_SAID = set(_L["plan_said_verbs"])                    # "we said Wednesday though?": the day said as the plan
_PLAN_SAID_BY = set(_L["plan_said_subjects"])
_REPORTED_START_VERBS = frozenset(_L["reported_start_verbs"])   # (thread41, §193) "driver reckoned extra buses from Thursday"
_REPORTED_START_WORDS = frozenset(_L["reported_start_words"])
_COUNT_BEFORE = set(_L["count_prepositions"])             # "by 40 runs": a count, the word after it a noun
_STATES = set(_L["state_participles"])                     # "the shop's shut Monday": 's is "is"
_TO_WORD = "to"
_IS_ARTICLES = frozenset(_L["is_clitic_articles"])          # (direction36) "my flight's the 19th": 's is "is"
_IS_PLACES = set(_L["is_clitic_places"])                   # (informal7) "the party's on Saturday": 's is "is"
_HOME_PREPOSITIONS = set(_L["home_possessive_prepositions"])   # (weekdays27) "at my maw's": a house
_HOME_DETERMINERS = set(_L["home_possessive_determiners"])
_HOME_TITLES = frozenset(_L["home_possessive_titles"])   # (tweets33, §120) "at St Aidan's", "round Auntie Jo's": a title first
_HAS_GOT = set(_L["has_clitic"]["followers"])             # (informal7) "Ava's got swimming Monday": 's is "has"
_HAS = _L["has_clitic"]["auxiliary"]
_HAVE_PRESENT = set(_L["present_markers"]) & _HAVE_GOT_AUX   # (informal7) "we have a slot on Thursday": a present
_ZONES = frozenset(_L["time_zones"])   # (_no_clock_halves) and any zone of the shape "BST", "EDT", "AEST"
_ZONE_SHAPE = re.compile(r"[A-Z]{1,3}[SD]T\Z")
_CLOCK_HALVES = set(_L["clock_halves"])                    # (informal7) "3.12am": "am" after a number is no verb
_CLOCK_HALVES_OR_VERB_WEEKDAYS = frozenset(_CLOCK_HALVES | _VERB_WEEKDAYS)   # (_no_clock_halves: a word of either)
_HAVE_CLITICS = tuple(_L["have_clitics"])
_COUNT_WORDS = frozenset(k for k in _L["numbers"] if not k.startswith("_"))   # (lead, thirty-fourth session) "one left"                       # "we've agreed to": a present perfect

_OFFER_HAVE = frozenset(_L["day_offer_have"])                # (direction44, §246) "Sunset run Saturday got 6 spots left"
_OFFER_FILLERS = frozenset(_L["day_offer_fillers"])
_OFFER_PLACES = frozenset(_L["day_offer_place_nouns"])
_OFFER_REMAINING = frozenset(_L["day_offer_remaining"])
_OFFER_MASS = frozenset(_L["day_offer_mass_nouns"])          # "Saturday got space left", "Friday has room available"
_OFFER_MASS_AFTER = frozenset(_L["day_offer_mass_after"])
_DAY_FREE = frozenset(_L["day_free_words"])                  # (direction44, §246) "Rhona has a Saturday free"
_DAY_SET_COPULA = frozenset(_L["day_set_copula"])            # (direction44, §246) "checkout on Sunday is by 10"
_DAY_SET_HOURS = frozenset(_L["day_set_hour_words"])
_DAY_SET_SUBJECT = 4   # at most four words of the noun phrase the day dates before it ("the kids' party on Sunday")
_THANKS = set(_L["gratitude_words"])                       # "thanks for having us tues": for what happened
_PLEASURE = set(_L["pleasure_adjectives"])                 # "lovely to see you Monday!": the meeting just had
_THANKS_OR_PLEASURE = frozenset(_THANKS | _PLEASURE)
_MEMORY_VERBS = set(_L["memory_verbs"])   # (days) "forgot about fri"
_STATE_PAIRS = {tuple(p.split()) for p in _L["state_phrases"]}   # (days) "sold out": a state
_PLEASE = set(_L["please_words"])   # (days) "pls put ... in by friday": the verb after it is an imperative
_UNTIL_AFTER = set(_L["until_clause_openers"])   # (days) "til sold out", "until it's gone": a clause of its own
_AFTER_OPENERS = set(_L["after_clause_openers"])           # "back in March lol how is it nearly here": another clause
_PURPOSE = _L["purpose_motion"]                            # (anchor) "went to see Gran on Tuesday": the past verb's tense
_PURPOSE_PASTS = set(_PURPOSE["pasts"])
# (fresh17) "it took them 3 weeks to sort it in June", "took me ages to fix it on Friday": the infinitive after
# a past of "take" with its length tells what was done then (past), not a plan (lexicon took_before_infinitive)
_TOOK = frozenset(_L["took_before_infinitive"])
_PURPOSE_GOING = set(_PURPOSE["progressives"])
_PURPOSE_PARTICLES = set(_PURPOSE["particles"])
_PURPOSE_NOT_BEFORE = set(_PURPOSE["not_before"])
_PURPOSE_FIXTURES = set(_PURPOSE["fixture_verbs"])
_PURPOSE_REACH = 8   # words between the verb of motion and the expression, at most
_BARE_I_WILL = set(_L["bare_i_will"])                      # (tense19) "ill see you sat": I'll where it opens its clause
_MODAL_PERFECTS = set(_L["modal_perfects"])                # (tense19) "shoulda gone friday", "could've come": gone
_INFORMAL_FUTURE_AUX = set(_L["informal_future_auxiliaries"])   # (tense19) "finna go out", "let's meet up": as "will"
_MAIN_VERB_PASTS = set(_L["main_verb_pasts"])              # (tense19) "Had a blast in July": the sentence's finite past
# (twentieth session, left21) "had to work in February", "ended up working in March": a past of obligation or outcome
# opening its clause with its subject left out, a time gone (as "we had to work in February" is)
_PAST_OBLIGATION = {tuple(w.split()) for w in _L["past_obligation_openers"]}
_SPEAKING_FUTURE = frozenset(_L["speaking_future"])         # (tense21) "will", "shall", "won't", "'ll"
_FUTURE_GOVERNED = frozenset(_L["future_governed_words"])   # (tense21) "it will all be sorted", "they'll have it fixed"
_MODAL_BE = frozenset(_L["modal_be"])                       # (tense21) "might be late on Wednesday": a modal + be
_DIRECTIVES = frozenset(_L["directive_verbs"])             # (thirtieth session) "ordered him to surrender it by Monday"
_DIRECTIVE_REACH = 8   # words from the directive verb to the limit's preposition
_LATEST = frozenset(_L["latest_limit_words"])   # (thirtieth session) Nigerian, Indian, Ghanaian "latest Monday": by Monday
_OBJECTS = frozenset(_L["object_pronouns"])
_INDEFINITE = frozenset(_L["indefinite_articles"])        # (thirtieth session) "an unannounced visit"
_FORECAST_FOR = frozenset(_L["forecast_for_nouns"])       # (thirtieth session) "issued a warning for Tuesday"
_PERIOD_PLANS = frozenset(_L["period_plan_nouns"])          # (tense21) "budget for September": no verb, a plan
_HALF_NAMES = frozenset(_L["half_abbrevs"])                 # "priorities for H1": recall21's own reading (resolve._half)
_GOVERN_REACH = 6   # words between a future auxiliary and the participle it governs, at most
# (twenty-first session, tense22) conditions, reported arrangements, announced arrangements, time off, questions on "did"
_CONDITION_1 = frozenset(w for w in _L["present_condition_openers"] if " " not in w)   # "if it rains on Saturday"
_CONDITION_N = frozenset(tuple(w.split()) for w in _L["present_condition_openers"] if " " in w)   # "in case", "as long as"
_CONDITION_REACH = 5   # words from a condition's opener to its verb (a subject of up to four words: "if the weather holds")
_ARRANGEMENT_NOUNS = frozenset(_L["arrangement_nouns"])      # "has announced no collections / a strike on Monday"
_ARRANGEMENT_NEGATORS = frozenset(_L["arrangement_negators"])
_ARRANGING_PERFECTS = tuple(tuple(w.split()) for w in _L["arranging_perfects"])   # "we've been invited to a party on Saturday"
_DAY_OFF_VERBS = frozenset(_L["day_off_verbs"])              # "I've booked Friday off", "asked for Monday off"
_DAY_OFF_LIST = 5   # (thread42, §205) words of a list of days read beside one before "off" ("Friday, Monday and Tuesday")
_OBJECT_PRONOUNS = frozenset(_L["object_pronouns"])          # "he told me he was coming"
_PAST_QUESTION_SUBJECTS = frozenset(_L["past_question_subjects"])   # "how did it go on Friday?"
_CHOICE_1 = frozenset(w for w in _L["choice_verbs"] if " " not in w)   # "cust chose Friday": the day chosen, a plan
_CHOICE_2 = frozenset(tuple(w.split()) for w in _L["choice_verbs"] if " " in w)
_REPORTED_REACH = 7   # words from a reported progressive back from the expression ("he said he was coming round on")
# (twenty-fifth session, weeks26) a record of a day gone, a comparison with one, a want for one to come
_RECORD_NOUNS = frozenset(_L["record_nouns"])                # "results from thursday up on the page": a day gone
_RECORD_FROM = frozenset(_L["record_from"])
_SAME, _SAME_AS, _SAME_REACH = _L["same_as"]["same"], _L["same_as"]["as"], _L["same_as"]["reach"]   # "same back four as tuesday"
_WANTED_FOR_REACH = _L["wanted_for"]["reach"]   # "still need a keeper and two defenders for wednesday"
_WANTED_JOINERS = frozenset(_L["wanted_for"]["joiners"])
_NOTICE_PARTICIPLES = frozenset(_L["notice_participles"])   # (§172) "STAFF WANTED for July"
_STATE_NOTICE = frozenset(_L["notice_state_participles"])   # (§189) "office closed Saturday"
# (notices47, §281) a label's colon or dash right after the day, at most two words (the thing named), then its state
_LABEL_STATE = re.compile(r"[ \t]*[:–—-][ \t]*(?:[A-Za-z'’]+[ \t]+){0,2}(?:%s)(?![\w'’])"
                          % "|".join(re.escape(w) for w in _L["notice_state_participles"]), re.I)
_NOTICE_STATE_TAILS = frozenset(_L["notice_state_tails"])   # (notices47, §281) "closed all day", "shut for ..."
_NOTICE_NOT_AFTER = frozenset(_L["notice_not_after"])
_QUESTION_COPULAS = frozenset(_L["question_state_copulas"])   # (thread42, §205) "Is the bank shut Wednesday?"
_QUESTION_SUBJECT = 4   # at most four words of the question's subject between its copula and the state ("the bank", "the post office")
_BOOKED_DOWN = frozenset(tuple(w.split()) for w in _L["booked_down_phrases"])   # (thread42, §205) "put you down for Saturday"
_BOOKED_DOWN_LENGTHS = sorted({len(t) for t in _BOOKED_DOWN})
_QUESTION_OPENERS = ",:;])"   # (thread42, §205) the marks after which the question's copula may open its clause
_QUESTION_MARK_REACH = 24   # characters after the day read for the question's "?" ("Wednesday morning?")
_DAY_PREPOSITIONS_ON = frozenset(_L["copula_day_prepositions"][:1])   # "closed on Monday?"
_NOTICE_LIST = 3   # words read after a notice's "for" (a list's members and "and")
#: the auxiliaries that speak of the future from the moment of speaking (not "would": a story's
#: future in the past); used to tell a short history from news (``tagger.decide_mode``)
WILL_RE = re.compile(r"(?<![\w'’])%s(?![\w'’])|(?<=\w)%s\b" % (
    ordered([w for w in _L["speaking_future"] if w[0].isalpha()]),
    ordered([w for w in _L["speaking_future"] if not w[0].isalpha()])))


def missed_it(text: str, start: int, words: list[str] | None = None) -> bool:
    """(tweets) Whether the expression's line opens on "ICYMI" / "in case you missed it" (at most 120
    characters before it) with no future auxiliary among ``words`` (the words around it; None: the
    line's words up to 60 characters after it): what the post brings back is already out."""
    line = start_of_line(text, start)
    if start - line >= 120 or not _MISSED_IT.match(text, line, start):
        return False
    if words is None:
        stop = next_newline(text, start)
        words = [w.lower() for w in _WORD.findall(text, line, min(start + 60, stop if stop >= 0 else len(text)))]
    return not any(w in _AUX_FUTURE for w in words)


def _is_past_form(w: str) -> bool:
    return w in _PAST or (len(w) > 4 and w.endswith(_PAST_SUFFIXES) and w not in _NOT_PAST_ED)


# the words a verb group can end on (every other word is None at once in _group_tense: most
# words of a sentence are not verbs): markers, auxiliaries of the future, "to", tensed forms
_GROUP_ENDS = {t[0] for t in _FUTURE_2} | _MODALS | _FUTURE_1 | {_TO} | _PAST | _PRESENT | _WEAK | _EXPECT_VERBS | _FORECAST_SAYS \
    | _BARE_I_WILL | _MODAL_PERFECTS | _NAMED_PRESENTS | _PLURAL_PRESENTS
# the same words read as a class of words (a subject's words are none of them), not as the shortcut above: the
# shortcut's name is switched off by tests/test_speed_equivalence.py, this one keeps its words
_VERB_GROUP_WORDS = _GROUP_ENDS


_GROUP_END_CLITICS = _CLITICS + _WOULD


def _may_end_group(w: str) -> bool:
    """Whether a verb group can end on the word ``w`` (else ``_group_tense`` is None for it)."""
    return w in _GROUP_ENDS or w.endswith(_GROUP_END_CLITICS) or (len(w) > 4 and w.endswith(_PAST_SUFFIXES))


def _future_governs(words: list[str], i: int) -> bool:
    """(twentieth session, tense21) Whether the past form words[i] is governed by a future auxiliary before it, with
    only words of lexicon ``future_governed_words``, fillers or adverbs in "-ly" between: "it will all be sorted by
    wednesday", "they'll have it fixed by midweek", "we'll probably have it done by Friday", "it'll hopefully all be
    cleared up" (the participle is the future's, not a past; not "'d": "they'd have fixed it by Friday if ..." is
    a past counterfactual). Reads at most _GOVERN_REACH words back."""
    for k in range(i - 1, max(-1, i - 1 - _GOVERN_REACH), -1):
        a = words[k]
        if a in _SPEAKING_FUTURE or (a.endswith(_CLITICS) and len(a) > 3):
            return k < i - 1   # (right before it: "will"'s own reading, below)
        if not (a in _FUTURE_GOVERNED or a in _FILLERS or (len(a) > 5 and a.endswith(_ADVERB_ENDS))):
            return False
    return False


def _purpose_of_motion(before: list[str], caps: list[bool]) -> str | None:
    """(anchor, thirteenth session) The tense of an expression in an infinitive of purpose after a verb
    of motion, read from that verb: "We went to see Gran on Tuesday", "Mum came round to fix the tap on
    Friday", "went out to deliberate on Tuesday afternoon" tell what was done when the going was done
    ("past": the weekday gone, not the plan an infinitive otherwise reads as); "I'm going in to see the
    nurse on Friday" is an arrangement ("future"); "was going round to see her on Friday" a plan that
    was ("plan"). None when the words before the expression are not that: no verb of motion, another
    verb group or a clause break between, or a word that makes the date the purpose's aim ("went in to
    buy a dress for Saturday")."""
    if not before or before[-1] in _PURPOSE_NOT_BEFORE:
        return None
    lo = max(0, len(before) - _PURPOSE_REACH)
    if _TO not in before[lo:]:
        return None   # (speed4) only a "to" in reach gives a tense: at each other word the reading goes on or says None
    return _purpose_read(before, caps, lo)


def _purpose_read(before: list[str], caps: list[bool], lo: int) -> str | None:
    """``_purpose_of_motion`` read from the last word back to ``before[lo]``."""
    for k in range(len(before) - 1, lo - 1, -1):
        w = before[k]
        if w in _CLAUSE_BREAK or w in _AUX_FUTURE or w in _AUX_PAST or w in _AUX_PRESENT or w in _MODALS \
                or w.endswith(_CLITICS) or w in _FUTURE_1:
            return None   # another verb group or clause comes between: it decides
        if w != _TO or k + 1 >= len(before) or before[k + 1] in _NOT_INFINITIVE or caps[k + 1] \
                or before[k + 1][0].isdigit():
            continue
        if before[k + 1] in _PURPOSE_FIXTURES:
            return None   # "drove up to face Spain on Tuesday": an event set for its day, the trip may be days ahead
        j = k - 1
        while j >= 0 and k - j <= 2 and before[j] in _PURPOSE_PARTICLES:
            j -= 1
        if j < 0:
            return None
        if before[j] in _PURPOSE_PASTS:
            return "past"
        if before[j] in _PURPOSE_GOING and j != k - 1:   # (not "going to": the future marker's own reading)
            return "plan" if j > 0 and before[j - 1] in _AUX_PAST else "future"
        return None
    return None


def _scheduled(words: list[str], k: int) -> bool:
    """Whether the present verb group ending on words[k] tells what is set for a day (the
    present with future meaning of timetables and arrangements): a present verb of the lexicon's
    list ("Rovers play Ashford on Saturday", "the trial opens Monday", "we fly Friday"),
    or "is"/"are" before a progressive or a participle ("the minister is visiting Paris on
    Friday", "the lifts are serviced on Tuesday"); not "remains", "expects", nor a bare copula
    ("sales in June are up")."""
    w = words[k]
    if any(x in _AFTERMATH for x in words[k:k + 3]):
        return False   # "police are investigating a fire on Saturday": what is looked into is past
    if w in _HAVE_GOT and k > 0:
        j = k - 1
        while j > 0 and k - j <= _GOT_FILLERS and words[j] in _FILLERS:
            j -= 1   # (ampm34, §125) "Fri I've only got 7.30am", "we've still got 11am free": an offer's "have got"
        if words[j] in _HAVE_GOT_AUX:
            return True    # "we've got Leeds away Tuesday", "I've got the dentist on Friday": an arrangement
    if w in _AUX_PRESENT:
        nxt = words[k + 1] if k + 1 < len(words) else ""
        return (len(nxt) > 4 and ((nxt.endswith(_PROGRESSIVE) and (nxt not in _NOT_PROGRESSIVE or nxt in _AFTER_BE))
                                   or _is_past_form(nxt))) or (nxt in _EXPECTED and nxt not in _PLAN)   # (news8) "snow is forecast for Friday"
    j = k - 1
    while j > 0 and k - j <= _GOT_FILLERS and words[j] in _FILLERS:
        j -= 1   # (direction36, §139) "skybus is fully booked the 5th", "we're already booked the 12th": a filler between
    return ((w in _PRESENT or w in _NAMED_PRESENTS) and w not in _NOT_SCHEDULED) or (
        k > 0 and (words[j] in _AUX_PRESENT or words[j] in _GET_PASSIVE) and _is_past_form(w)) \
        or (w in _PLURAL_PRESENTS and _plural_subject(words, k))
    # ((direction36, §139) a passive's present with "get": "it gets delivered the 19th", "we get paid on the 28th", "the
    # bins get collected Friday": set for a day, as "is delivered"; "didn't get paid" is read as a past before this)


def _common_noun_before(words: list[str], n: int, caps: list[bool] | None) -> bool:
    """(newswire33) words[n], a word of named_subject_presents ("rules", "reports"), is a plural noun when a determiner
    or a word in lower case stands before it, or a determiner and one word ("The rules come into force", "the new rules
    come in"), not a name's verb
    ("The Supreme Court rules", "Tesla reports")."""
    return n > 0 and (words[n - 1] in _DETERMINERS or (n > 1 and words[n - 2] in _DETERMINERS and words[n - 1].isalpha())
                      or (caps is not None and not caps[n - 1] and words[n - 1].isalpha()))


def _plural_subject(words: list[str], i: int, caps: list[bool] | None = None, case: list[bool] | None = None) -> bool:
    """(newswire32) words[i] (a bare form of the lexicon's plural_subject_presents) follows its plural subject: a noun in
    -s or a plural mass noun ("figures come out", "tariffs double", "data come out"), right before it or before a
    prepositional phrase of at most _PLURAL_OF_WORDS words with no verb in it ("figures for September come out"). Not
    after an auxiliary, a pronoun, an adverb or a verb ("couldn't come", "they come", "always come", "comes").
    ``caps``: with the words' capitals, a name right before it is a subject too, as British copy makes a team or a party
    plural ("Arsenal host Tottenham", "England face Croatia", "Labour vote on Monday"). ``case``: the capitals read only to
    tell a plural noun of named_subject_presents from a name's verb (_common_noun_before), no name a subject."""
    if caps is not None and i > 0 and caps[i - 1] and not caps[i] and words[i - 1].isalpha() and words[i - 1] not in _SUBJECTS \
            and words[i - 1] not in _DETERMINERS and words[i - 1] not in _PRESENT:
        return True
    j = i - 1
    while j >= 0 and i - j <= _PLURAL_OF_WORDS + 1 and words[j] not in _PLURAL_OF:
        j -= 1
    for n in ((i - 1,) if i > 0 else ()) + ((j - 1,) if 0 < j < i - 1 and words[j] in _PLURAL_OF else ()):
        p = words[n]
        if p in _PLURAL_MASS or (len(p) > 3 and p.isalpha() and p.endswith("s") and not p.endswith("ss") and p not in _NOT_PLURAL
                                 and p not in _PRESENT and p not in _PAST and p not in _AUX_PAST and p not in _AUX_PRESENT
                                 and p not in _SUBJECTS and p not in _FILLERS
                                 and (p not in _NAMED_PRESENTS or _common_noun_before(words, n, caps if caps is not None else case))):
            if n < i - 1 and any(x in _PRESENT or x in _PAST or x in _AUX_PAST or _is_past_form(x) for x in words[j:i]):
                return False   # a verb in the phrase between: no subject of this verb
            return True
    return False


def _going_off(before: list[str], best, opens: bool) -> bool:
    """(values25) "we're off to Spain in December", "Mum's off to Portugal on Friday", "off to the coast Saturday": a
    present "be" right before "off", or "off" opening the clause (its "I'm" dropped), then "to"/"on"/"for", and the
    nearest verb group before the expression a present (none, or "is" of "my sister's in"): going somewhere, an
    arrangement (as "we're going to Spain in December")."""
    if best is not None and best[1] != "present":
        return False
    for j in range(len(before) - 2, -1, -1):
        if before[j] in _GOING_OFF and before[j + 1] in _GOING_OFF_AFTER:
            return (j == 0 and opens) or (j > 0 and before[j - 1] in _AUX_PRESENT)
    return False


def _bare_count(words: list[str], k: int) -> bool:
    """(the lead, forty-first session, §214) Whether words[k] is a bare count of what remains: a number or a count word
    that opens the words read ("5 left on the 22nd Kirsty") or follows "only", "just", "still" ("only 3 left for Sat");
    "Five staff left Monday" has its noun between."""
    w = words[k].lower()
    if not (w.isdigit() or w in _COUNT_WORDS):
        return False
    return k == 0 or words[k - 1].lower() in _REMAINING_COUNT_BEFORE


def _had_count(words: list[str], k: int) -> bool:
    """(lead, thirty-fourth session) Whether words[k] is a count a "have" holds right before it ("we've one left bank
    hol Monday", "still have 2 left for Friday"): "left" after it is what remains, no verb (not "Five staff left
    Monday")."""
    w = words[k].lower()
    if not (w.isdigit() or w in _COUNT_WORDS) or k == 0:
        return False
    h = words[k - 1].lower()
    return h in _HAVE_GOT or h in _HAVE_GOT_AUX or h.endswith(_HAVE_CLITICS)


def _bare_got(before: list[str], best, verb) -> bool:
    """(values25) "got the dentist thurs", "sorry, got work sat", "Jun Wei got CCA on Tue": a "got" with no auxiliary
    before it (texts drop the "have") whose object, at most _GOT_OBJECT_WORDS words right before the day (or its "on"),
    ends on a noun of an appointment, a lesson or work (lexicon `got_appointments`): "have got", a present arrangement.
    Not "got drunk on sat", "got a parking ticket on Monday", "got my results Monday" (a thing received)."""
    if best is None or best[1] != "past" or verb[0] is not before:
        return False
    k = verb[1]
    if before[k] not in _HAVE_GOT or (k > 0 and (before[k - 1] in _AUX_PAST or before[k - 1] in _AUX_PRESENT
                                                  or before[k - 1] in _HAVE_GOT_AUX)):
        return False
    obj = before[k + 1:]
    if obj and obj[0] in _PROGRESSIVE_PARTICLES:
        return False   # (lead, thirty-fourth session) "got back to work Monday", "got home from work Friday": a motion, past
    if obj and obj[-1] in _GOT_DAY_PREPOSITIONS:
        obj = obj[:-1]
    return 0 < len(obj) <= _GOT_OBJECT_WORDS and (obj[-1] in _GOT_APPOINTMENTS or " ".join(obj[-2:]) in _GOT_APPOINTMENTS)


def _past_plan(words: list[str], k: int) -> str:
    """The tense of an infinitive words[k] == "to" after a past auxiliary: "plan" when a word of
    planning stands between ("was due to begin on Saturday", "were meant to get it before
    christmas", "was set to take place on Thursday": a day set in the past, gone or still to come,
    the nearer one), else "past" ("was kidnapped to make the trip"); (news8) after a present
    perfect, "future" ("Unions have threatened to strike on Friday", "the club has agreed to sign him
    on 1 July": a plan made, for what comes)."""
    aux = next((x for x in reversed(words[max(0, k - 3):k]) if x in _AUX_PAST), "")
    if aux in _PERFECT or aux.endswith(_HAVE_CLITICS):
        return "future"
    # (news36) and a bare verb or noun of a plan after "did" or "had": "did not intend to play the match on Friday", "had no
    # plans to reopen it in March" (the past of "plan to": a plan made in the past, for a day gone or to come, the nearer);
    # reported by a verb of saying ("officials said they did not plan to remove Elian on Thursday morning", "the union said
    # it had no plans to strike on Friday"), the plan is for a day after the saying: to come, as "said they planned to"
    if any(x in _PLAN_BARE for x in words[max(0, k - 3):k]):
        return "future" if any(x in _REPORTING for x in words[max(0, k - 3 - _PLAN_SAID_REACH):k - 3]) else "plan"
    return "plan" if any(x in _PLAN for x in words[max(0, k - 3):k]) else "past"


def _group_tense(words: list[str], i: int, near: bool = True, caps: list[bool] | None = None,
                 follows: bool = False) -> str | None:
    """Tense of the verb group whose (last) verb is words[i], looking at up to three
    auxiliaries before it. ``follows``: the group comes after the expression in its sentence."""
    w = words[i]
    if not _may_end_group(w):
        return None   # no verb group ends on it (the tests below all come to None for such a word)
    if i > 0 and words[i - 1] in _PLEASE and (w in _PAST or w in _PRESENT):
        return "future"   # (days, eleventh session) "pls put holiday requests in by friday": an imperative asks for what is to come
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if not follows and w in _MEMORY_VERBS and nxt == _ABOUT:
        # (days, eleventh session) "nursery is shut Friday ... totally forgot about fri": forgetting or remembering a day
        # tells nothing of when it is (the day keeps its own reading: here the Friday just named)
        return None
    if follows and (w, nxt) in _STATE_PAIRS:
        # (days, eleventh session) "FRI Saltmarsh (SOLD OUT)", "booked up" after the day: a state, no past of the
        # day's (before it, a verb: "tickets sold out on Thursday")
        return None
    caps = caps or [False] * len(words)
    if caps[i] and nxt in _PAST_NAME_HEADS.get(w, ()):
        return None   # (thirty-first session) "Met Office", "Met Éireann", "the Met Police": a name, no verb "met"
    if i > 0 and (words[i - 1], w) in _CHANGE_COMPOUNDS:
        return None   # (newswire32) "expect the first rate cut in June": the noun of a change, not the past "cut"
    if i > 0 and (words[i - 1], w) in _LIMIT_NOUNS:
        return None   # (days48, §299) "Stayed till close Friday": the hour's noun after a limit, not a present "close"
    if caps[i] and i > 0 and caps[i - 1] and w in _PRESENT and w.isalpha() and w not in _AUX_PRESENT:
        return None   # (newswire32) "won the U.S. Open on Sunday", "the French Open": a capital after a capital, a name's word
    if w in _HAVE_PRESENT and nxt and (nxt in _PARTICIPLES or _is_past_form(nxt)):
        return None   # (informal7) "have been searching", "has given": an auxiliary (its verb group ends later), not "we have a slot"
    if w in _MODAL_PERFECTS or (w in _MODALS and nxt in _PERFECT and i + 2 < len(words) and (
            _is_past_form(words[i + 2]) or words[i + 2] in _PARTICIPLES)):
        # (tense19) a modal perfect, "shoulda gone friday", "could've come at christmas", "should have gone in
        # July": what might have been, at a time gone (not before a limit: "should have it done by Friday";
        # (tense21) but "have been" is the modal perfect before a limit too: "should have been there by Thursday")
        been = nxt in _PERFECT and i + 2 < len(words) and words[i + 2] == _BEEN
        return None if not follows and words[-1] in _UNTIL and not been else "past"
    if w in _MODALS and nxt in _MODAL_BE and not (caps[i] and "'" not in w and "’" not in w) \
            and not (w in _ABILITY and next((x for x in words[i + 2:i + 5] if x not in _FILLERS), "") in _ABILITY_REPORT):
        # (twentieth session, tense21) a modal + be: "might be 30 min late on Wednesday", "could be a bit late Friday",
        # "should be there by Thursday": what is to come ("have been" after the modal: the modal perfect above)
        return "future"
    if w in _BARE_I_WILL:
        # (tense19) "ill see you sat", "ill be there at christmas": I'll where the word opens its clause; after
        # a word of its own clause it is the adjective ("I was ill in March", "been ill since Friday")
        return "future" if i == 0 or words[i - 1] in _CLAUSE_BREAK else None
    if (w, nxt) in _FUTURE_2:
        if follows and (w, nxt) in _PREPOSITIONAL_FUTURE and i == 0:
            return None   # (newswire32) "rose 4% on Tuesday ahead of its results": a preposition, no verb of its own
        if follows and nxt == _TO and _is_past_form(w):
            # "the union on Thursday agreed to end the strike": the expression dates the finite
            # verb it stands before (past), not the infinitive after it
            return "past"
        if nxt == _TO and w in _PLAN_BARE and any(x in _AUX_PAST for x in words[max(0, i - 2):i]):
            return _past_plan(words, i + 1)   # (news36) "did not intend to publish the report in March": the plan's past
        return "future"
    if w.endswith(_CLITICS) and len(w) > 3:
        return "future"  # "I'll be off wed/thu", "we'll": the clitic is the auxiliary of what follows
    if w.endswith(_WOULD) and len(w) > 3 and nxt and nxt[0].isalpha() and nxt not in _NOT_INFINITIVE:
        # "she said we'd get the rota by friday": would before a base form; "we'd gone", "she'd
        # already been": had before a past participle
        verb = next((x for x in words[i + 1:i + 4] if x not in _FILLERS or x == _BEEN), "")
        return "past" if _is_past_form(verb) or verb in _PAST or verb in _PARTICIPLES else "future"
    if w in _MODALS and (not caps[i] or "'" in w or "’" in w or nxt in _SUBJECTS) and nxt and nxt not in _NOT_INFINITIVE \
            and not nxt[0].isdigit():
        # ((left20b) a capital is a name's, "May", "Will"; a contraction's is a sentence's first word: "Can't make July tho";
        # (clockday33) and so is a modal before its subject, a question or a request: "Could you drop it round between 7.30am
        # and 9am on Wednesday please", "Will you be in on Friday?")
        # "the rain should ease by Monday", "tickets could sell out on Friday": a modal before
        # a verb speaks of what is still to come; (news7) not "can" before a verb of memory or of
        # saying ("I can't remember what happened in March", "we can confirm that on Monday ..."),
        # whose date is of another verb or gone
        if w in _ABILITY and next((x for x in words[i + 1:i + 4] if x not in _FILLERS), "") in _ABILITY_REPORT:
            return None
        return "future"
    if (w, nxt) in _PREPOSITION_PAIRS:
        return None  # "the blasts next to the embassies": a preposition, not "next Friday"
    if w in _FUTURE_1 and w not in _WEAK:
        if i > 0 and words[i - 1] in _ORIGINAL and _is_past_form(w):
            return "past"  # "the works, first planned for August, ...": the plan that was dropped
        if follows and _is_past_form(w) and nxt != _TO and not (i > 0 and (words[i - 1] in _AUX_PRESENT or words[i - 1] in _AUX_FUTURE)):
            return "past"  # "In February the minister promised that ...": when it was promised, not a plan for February
        return "future"
    if w == _TO and i + 1 < len(words) and words[i + 1] not in _NOT_INFINITIVE and not words[i + 1][0].isdigit() \
            and any(x in _TOOK for x in words[max(0, i - 5):i]):
        return "past"  # (fresh17) "it took them 3 weeks to sort it in June": what took that long was done (near or not)
    if i > 1 and words[i - 1] == _TO and w not in _NOT_INFINITIVE and any(x in _TOOK for x in words[max(0, i - 6):i - 1]):
        return "past"  # (fresh17) and the infinitive's verb itself: "took the council 3 weeks to fix the light in March"
    if w == _TO and i + 1 < len(words) and words[i + 1] not in _NOT_INFINITIVE and not words[i + 1][0].isdigit() \
            and near and not caps[i + 1] and words[i + 1] not in _TO_STATE:
        if any(x in _AUX_PAST for x in words[max(0, i - 3):i]):
            return _past_plan(words, i)
        if i > 0 and (words[i - 1], _TO) not in _FUTURE_2 and any(x in _AUX_PAST for x in words[max(0, i - 7):i]):
            return "past"  # a purpose after a past clause: "was kidnapped along with the boy to make the trip"
        if _directed(words, i):
            return "past"  # (newswire31) "urged residents to evacuate on Tuesday": the directive's day
        return "future"  # an infinitive close by: "to reopen in the spring", "to make landfall late Thursday"
    if i > 0 and (words[i - 1] in _DETERMINERS or words[i - 1] in _NOUN_AFTER) and not (words[i - 1] in _RELATIVE and w in _PAST) \
            and w != _IS:   # ("the party's on Sunday": the noun's "'s", read "is" by _is_contracted)
        return None  # "its rescheduled match", "the close of business": a noun or an adjective
    if i > 1 and words[i - 2] in _INDEFINITE and len(words[i - 1]) > 4 and words[i - 1].endswith(_PAST_SUFFIXES) \
            and not _is_past_form(w):
        return None  # (thirtieth session) "made an unannounced visit to Kyiv", "a planned visit", "a delayed return": "a"/"an"
        # and a participle as an adjective before it: a noun (not "a guy called", "a judge rules": a subject and its verb)
    if w in _FORECAST_SAYS and i > 0 and words[i - 1] in _FORECAST_NOUNS:
        return "future"   # (sift) "Forecast says frost Thursday night": what a forecast tells is to come
    if w in _EXPECT_VERBS and not (i > 0 and words[i - 1] in _AUX_PAST and words[i - 1] not in _PERFECT):
        # (news8) "Forecasters expect more rain on Thursday", "Snow is forecast for Friday", "the bank
        # predicts a rise in May": the time of what is expected is to come (not "did not expect")
        return "future"
    is_past = _is_past_form(w)
    if is_past and _future_governs(words, i):
        return "future"   # (tense21) "it will all be sorted by wednesday", "they'll have it fixed by Friday"
    if is_past and i > 1 and any(words[j] in _WANTING and all(x in _WANTED_OBJECTS or not (_is_past_form(x) or x in _PRESENT) for x in words[j + 1:i])
                                 for j in range(max(0, i - 4), i - 1)):
        # (days) "need it sorted before the weekend", "want the spare room finished by Friday": a
        # participle of what is wanted (its object, up to three words, between), not a past
        return "future"
    is_present = w in _PRESENT or (w in _NAMED_PRESENTS and i > 0 and caps[i - 1] and words[i - 1] not in _DETERMINERS) \
        or (w in _PLURAL_PRESENTS and _plural_subject(words, i, case=caps))
    if not (is_past or is_present or w in _WEAK):
        return None
    if is_present and not is_past and i > 1 and words[i - 1][0].isdigit() and words[i - 2] in _COUNT_BEFORE:
        return None   # "won by 40 runs", "in 3 starts": a noun after a count, not a verb (not "on December 20, ends")
    if is_present and not is_past and _did_question(words, i):
        # (twenty-first session, tense22) "how did it go on Friday?", "how did the match go Saturday?", "what did they say
        # on Monday?": "did", any subject (a pronoun, or a determiner and a word or two) and a bare verb ask of a time gone
        return "past"
    fallback = None
    got_passive = False
    for k in range(i - 1, max(-1, i - 5), -1):
        a = words[k]
        if a in _GET_PASSIVE and is_past and k == i - 1:
            # (days, twelfth session) "we get paid on the 28th", "bins get collected Friday": "get" before a participle
            # is a passive's auxiliary in the present (its own auxiliaries, "didn't get paid", still decide)
            got_passive = True
            continue
        if a in _AUX_FUTURE or a.endswith(_CLITICS) or a in _INFORMAL_FUTURE_AUX:
            return "future"
        if a in _BARE_I_WILL and k == i - 1 and (k == 0 or not (
                words[k - 1] in _DETERMINERS or words[k - 1] in _LINKING or words[k - 1] in _AUX_PAST
                or words[k - 1] in _AUX_PRESENT or words[k - 1] in _FILLERS)):
            # (weeks26) "ill put it in monday", "ok ill set it up fri": texting's I'll right before its verb (a verb
            # after it: the adjective has none, "was ill on monday", "felt ill friday"; not "the ill treated")
            return "future"
        if (a, words[k + 1]) in _FUTURE_2 or (a in _AUX_PRESENT and (_IS, words[k + 1]) in _FUTURE_2):
            return "future"   # ((direction36, §139) a contracted copula as "is": "she's due the 19th", "we're due back Friday")
        if a == _TO:
            if not near and k == i - 1:
                # after the expression, a bare infinitive is a purpose, not the sentence's tense:
                # "shares fell 50 cents on Friday to close at $20"
                return None
            # "expected to be held", "plans to visit" -- but "had been due to expire" is past
            if any(x in _AUX_PAST for x in words[max(0, k - 3):k]):
                return _past_plan(words, k)
            if near and _directed(words, k):
                return "past"
            if k > 1 and words[k - 2] in _ORIGINAL and words[k - 1] in _PLAN:
                return "plan"   # (past) "we'd originally planned to go in May": the plan that was, gone or to come, the nearer
            return "future" if is_present or is_past else None
        if a in _AUX_PAST:
            return "present" if w in _HAVE_GOT and a in _HAVE_GOT_AUX else "past"
        if a in _AUX_PRESENT:
            return "present"
        if a in _LINKING:
            # "will remain closed": the linking verb's own auxiliaries decide
            fallback = fallback or ("present" if a.endswith(_PRESENT_SUFFIXES) else None)
            continue
        if a in _FILLERS or (len(a) > 5 and a.endswith(_ADVERB_ENDS)):
            continue
        if a in _QUESTION_SUBJECTS and k > 0 and (words[k - 1] in _MODALS or words[k - 1] in _AUX_FUTURE):
            return "future"  # "can you take the dog sunday?", "could we do fri": a question about what is to come
        if a in _QUESTION_SUBJECTS and k > 0 and words[k - 1] in _AUX_PAST and words[k - 1].startswith(_DID_STEM) \
                and all(x in _FILLERS or (len(x) > 5 and x.endswith(_ADVERB_ENDS)) for x in words[k + 1:i]):
            # (days) "did you go Saturday?", "didn't we meet Friday": a question about what happened; (left20b) a
            # filler or an adverb between the subject and its verb too, "did you ever go friday?", "did u
            # actually go sat?"
            return "past"
        if a in _SHARED_FUTURE_JOINERS and _shares_future(words, k):
            return "future"
        break
    if fallback:
        return fallback
    if got_passive:
        return "present"
    if w in _EXPECTED and i > 0 and k == i - 1 and not caps[i] and not caps[i - 1] and words[i - 1] not in _SUBJECTS:
        # a participle of expectation with no auxiliary before it ("with gusts of 80mph expected by
        # Tuesday evening", "a verdict expected before Christmas"): a forecast, not a past (not
        # after a name or a pronoun, its subject: "Cuba predicted Wednesday", "they expected")
        return "future"
    if w in _WEAK:
        return "future" if w in _WEAK_FUTURE else None
    return "past" if is_past else "present"


def _schedule_reach(words: list[str], k: int, caps: list[bool] | None = None) -> int:
    """(newswire31) How many words back a present verb may set the expression's day: a third person's timetable verb
    ("hosts", "opens", "addresses") reaches past a longer object than a bare form ("play", "close"), which is more often
    a noun; (newswire32) a bare form after its plural subject is a verb too ("The Chiefs play the Raiders in Kansas City
    on Friday")."""
    w = words[k]
    return _SCHEDULE_REACH_LONG if ((w in _PRESENT or w in _NAMED_PRESENTS) and w.endswith(_PRESENT_SUFFIXES) and w not in _AUX_PRESENT) \
        or (w in _PLURAL_PRESENTS and _plural_subject(words, k, caps)) else _SCHEDULE_REACH


def _clock_range_words(words: list[str], k: int) -> int:
    """(thread41, §193) The words of ranges of clock hours after words[k] ("Front St is closed from 10 til 1 on Monday", "the
    pool is open 9 to 5 on Saturday"): a range of hours is the day's own detail, not an object that puts the verb out of the
    day's reach; counted as three words each (an hour, "to"/"till"/"-" read as no word, an hour). Linear in the words read."""
    n, j = 0, k + 1
    while j + 1 < len(words):
        if _CLOCK_WORD.fullmatch(words[j]) and j + 2 < len(words) and (words[j + 1] in _UNTIL or words[j + 1] == _TO) \
                and _CLOCK_WORD.fullmatch(words[j + 2]):
            n, j = n + 3, j + 3
        elif _CLOCK_WORD.fullmatch(words[j]) and _CLOCK_WORD.fullmatch(words[j + 1]):
            n, j = n + 2, j + 2   # "from 10-1 on Monday": the dash is no word
        else:
            j += 1
    return n


def _directed(words: list[str], k: int) -> bool:
    """(newswire31) words[k] is the "to" of an infinitive after a simple past of directing and its object of at most
    _DIRECTIVE_OBJECT words: "Police ordered residents to leave on Monday", "The governor urged residents to evacuate on
    Tuesday", "Fires forced thousands to flee on Saturday". Agency copy puts the day of the directive after its whole
    predicate, so the day is the past verb's (not the infinitive's future). Not after an auxiliary ("have ordered", "will
    urge"), not with a verb between (the object is no verb), not a passive ("were ordered to": ``_past_plan``)."""
    if k + 1 < len(words) and words[k + 1] in _SCHEDULED_INFINITIVES:
        return False
    for j in range(k - 1, max(-1, k - 2 - _DIRECTIVE_OBJECT), -1):
        x = words[j]
        if x in _DIRECTIVE_PASTS:
            return j < k - 1 and not (j > 0 and (words[j - 1] in _AUX_PAST or words[j - 1] in _AUX_PRESENT
                                                   or words[j - 1] in _AUX_FUTURE or words[j - 1].endswith(_CLITICS)))
        if x in _PRESENT or x in _AUX_FUTURE or x in _CLAUSE_BREAK or (len(x) > 4 and _is_past_form(x)):
            return False
    return False


def _shares_future(words: list[str], k: int) -> bool:
    """(newswire31) The joiner words[k] ("and", "or", "then") opens a verb group with no auxiliary of its own, whose first
    word is a bare verb ("remain", "stay", "reopen", "decide": a present form without -s), and a future auxiliary or a modal
    stands at most _SHARED_FUTURE_REACH words before it with no auxiliary of the past or the present after it: "Schools will
    close at noon Thursday and remain closed Friday", "the line will be closed on Saturday and reopen on Tuesday". The bare
    verb shares that auxiliary. Not "closed on Monday and reopened Friday" (a past form), nor "will ... but was ..."."""
    if k + 1 >= len(words):
        return False
    first = words[k + 1]
    if first.endswith(_PRESENT_SUFFIXES) or _is_past_form(first) or not (first in _PRESENT or first in _LINKING):
        return False
    for j in range(k - 1, max(-1, k - 1 - _SHARED_FUTURE_REACH), -1):
        x = words[j]
        if x in _AUX_PAST or x in _AUX_PRESENT or x in _CLAUSE_BREAK:
            return False
        if x in _AUX_FUTURE or x in _MODALS or (x.endswith(_CLITICS) and len(x) > 3):
            return True
    return False


def _did_question(words: list[str], i: int) -> bool:
    """(tense22) Whether the bare verb words[i] follows "did"/"didn't" and its subject: one pronoun of lexicon
    ``past_question_subjects`` ("did it go", "didn't they say") or a determiner and one or two words that are no verbs
    ("did the match go", "did the new boiler work"), fillers allowed ("did it actually go"). Reads four words back."""
    for j in range(i - 1, max(-1, i - 5), -1):
        if words[j] in _DID:
            subject = [x for x in words[j + 1:i] if x not in _FILLERS and not (len(x) > 5 and x.endswith(_ADVERB_ENDS))]
            return (len(subject) == 1 and subject[0] in _PAST_QUESTION_SUBJECTS) or (
                2 <= len(subject) <= 3 and subject[0] in _DETERMINERS and subject[0] not in _RELATIVE
                and all(x.isalpha() and x not in _VERB_GROUP_WORDS for x in subject[1:]))
    return False


def _condition_before(words: list[str], k: int) -> bool:
    """(tense22) Whether the words before words[k] (``k`` = len(words): the expression) open a condition or a want in the
    present: an opener of lexicon ``present_condition_openers`` ("if", "unless", "in case", "as long as") or a present of
    ``wanting_verbs`` ("need", "want") at most _CONDITION_REACH + 1 words before, no clause break nor past form between
    ("if it rains on Saturday", "in case anyone needs a lift Friday", "we need two more players for Saturday"): what is
    conditioned or wanted is of a time to come (in the past, "if it rained on Saturday, I didn't notice", "needed a lift
    on Friday", it is not read here)."""
    for j in range(k - 1, max(-1, k - 2 - _CONDITION_REACH), -1):
        w = words[j]
        if w in _CONDITION_1 or any(tuple(words[j - len(o) + 1:j + 1]) == o for o in _CONDITION_N if j >= len(o) - 1) \
                or (w in _WANTING and j < k - 1):
            return True
        if w in _CLAUSE_BREAK or _is_past_form(w) or w in _PAST:
            return False
    return False


_NOTICE_HEAD_REACH = 48   # (§189) characters read back from the expression for the notice's noun and its clause's start
_EVENT_NOTICE = frozenset(_L["notice_event_participles"])   # (notices49, §312) "Choir cancelled Thursday"
_NOTICE_STATES = _STATE_NOTICE | _EVENT_NOTICE | _NOTICE_PARTICIPLES   # (§312) "Volunteers needed Friday evening"
_NOTICE_LINE_PREPS = frozenset(_L["notice_line_prepositions"])   # (§313) "Mass at 10am Sunday"
_NOTICE_LINE_CHARS = 40   # (§313) the notice line's words before its clock: at most this many characters
# (§189; notices49, §312) the noun opening its clause, one to three words ("Surgery", "Co-op store", "Bus 42", "St
# Aidan's choir"), then the state; the head's words are checked in ``_notice_head`` (no determiner first, no pronoun
# nor auxiliary)
_NOTICE_HEAD = re.compile(r"(?:^|[\n:;•(–—-])[ \t]*([^\W\d_][\w'’&.-]{0,30}(?:[ \t]+[\w'’&.-]{1,30}){0,2})[ \t]+(?:%s)[ \t]+$"
                          % "|".join(re.escape(w) for w in sorted(_L["notice_state_participles"] + _L["notice_event_participles"]
                                                                  + _L["notice_participles"])), re.I)
# (notices49, §313) "No bins Friday", "Youth club: no session Tuesday": "no" opening its clause, one to three words of
# the thing that will not be there, then the day
_ABSENCE_HEAD = re.compile(r"(?:^|[\n:;•(–—-])[ \t]*(?:%s)((?:[ \t]+[^\W\d_][\w'’&-]{0,30}){1,3})[ \t]+$"
                           % "|".join(re.escape(w) for w in _L["absence_notice_openers"]), re.I)


_NOTICE_WEEKDAYS = frozenset(_L["weekdays"]) | frozenset(_L["short_weekdays"])


def _weekday_first(text: str, start: int, end: int) -> bool:
    """(§189) Whether the expression opens with a weekday's name or a clock's figure ("Saturday", "Sat", "6am Sat"): a
    holiday's notice ("closed Christmas Day & Stephen's Day") is read by the holiday's own rules (bankhol31)."""
    m = _WORD.match(text, start, end)
    return m is not None and (m.group()[:1].isdigit() or m.group().lower().rstrip(".") in _NOTICE_WEEKDAYS)


def _joined_notice_state(text: str, sent_start: int, start: int) -> bool:
    """(social46, §271) Whether the sentence's words before ``start`` are a notice's state alone ("Closed"), or a state
    of lexicon ``state_participles`` said in the present, then a joiner (lexicon ``notice_state_joiners``) and the
    notice's state, no past among them ("We're open Monday 6am till noon but closed"; not "We opened Monday but closed")."""
    ws = [w.lower() for w in _WORD.findall(text, max(sent_start, start - _JOINED_STATE_CHARS), start)]
    if not ws or ws[-1] not in _STATE_NOTICE:
        return False
    if len(ws) == 1:
        return start - sent_start <= _JOINED_STATE_CHARS
    if start - sent_start > _JOINED_STATE_CHARS or ws[-2] not in _STATE_JOINERS:
        return False
    return any(w in _STATES for w in ws[:-2]) and not any(w in _PAST or w in _AUX_PAST or _is_past_form(w) for w in ws[:-2])


_STATE_JOINERS = frozenset(_L["notice_state_joiners"])
_CONTRAST_JOINERS = frozenset(_L["contrast_clause_joiners"])   # (§271) "till Saturday but it went off at 9"
_JOINED_STATE_CHARS = 120   # (§271) the sentence read back at most this far


def _notice_head(text: str, sent_start: int, start: int) -> bool:
    """(§189) Whether the words before ``start`` are a noun opening its clause (the sentence's start, a line's, or after a
    colon, a bullet, a dash) and a notice's state participle."""
    lo = max(sent_start, start - _NOTICE_HEAD_REACH)
    seg = text[lo:start]
    m = _NOTICE_HEAD.search(seg)
    if m is None or not (m.start() > 0 or lo == sent_start or seg[:1] in "\n:;•(–—-"):
        return False
    head = m.group(1).lower().split()
    # (notices49, §312) a head of more words than one opens with no determiner ("The road closed Saturday": a report),
    # and none of its words is a pronoun or an auxiliary ("We are closed", "Shop was shut")
    return len(head) == 1 or (head[0] not in _DETERMINERS and not any(w in _NOTICE_NOT_AFTER for w in head))


def _notice_past_after(words: list[str]) -> bool:
    """(§189, §271; notices49, §312) Whether the words after a notice's day (its clause's, to the comma) hold a past form:
    "Schools closed Monday as the storm hit". Not a participle after a present auxiliary ("as the hall is booked": a
    passive present), nor a weekday that spells a past ("Buses diverted Fri & Sat", "lanes only Tue and Wed": a
    capital's, or right after another weekday)."""
    for k, x in enumerate(words):
        w = x.lower()
        if not (_is_past_form(w) or w in _PAST):
            continue
        if k and words[k - 1].lower() in _AUX_PRESENT:
            continue
        if w in _VERB_WEEKDAYS and (x[:1].isupper() or (k and words[k - 1].lower() in _NOTICE_WEEKDAYS)):
            continue
        return True
    return False


def _notice_clock_line(text: str, start: int, end: int, raw_after: list[str]) -> bool:
    """(notices49, §313) Whether the expression is a clock and its weekday ("10pm Sunday") on a notice's verbless line:
    the line opens with a capital, one to three words of a noun before it (at most _NOTICE_LINE_CHARS characters), the
    last of them may be a preposition of lexicon ``notice_line_prepositions``, none a verb, a pronoun or an auxiliary, and
    no past after it: "Last orders 10pm Sunday", "Mass at 10am Sunday", "Confessions 5pm Saturday" (not "Got home 10pm
    Sunday", "We left at 10pm Sunday")."""
    words = _WORD.findall(text, start, end)
    if len(words) < 2 or not words[0][:1].isdigit() or words[-1].lower().rstrip(".") not in _NOTICE_WEEKDAYS:
        return False
    line = start_of_line(text, start)
    if start - line > _NOTICE_LINE_CHARS or not text[line:line + 1].isupper():
        return False
    head = [w.lower() for w in _WORD.findall(text, line, start)]
    if head and head[-1] in _NOTICE_LINE_PREPS:
        head = head[:-1]
    if not 1 <= len(head) <= 3 or not text[line:start].rstrip().replace(" ", "").replace("'", "").replace("’", "").isalpha():
        return False
    if any(w in _VERB_GROUP_WORDS or _is_past_form(w) or w in _SUBJECTS or w in _NOTICE_NOT_AFTER or w in _DETERMINERS
           or w.endswith(_CLITICS) for w in head):
        return False
    return not _notice_past_after(raw_after) and not _report_after(raw_after)


def _report_after(raw_after: list[str]) -> bool:
    """(notices49, §312) Whether the words read after the day (at most _WINDOW_AFTER, past its comma) hold a subject
    pronoun and a past form right after it: "Closed Monday after the storm, we reopened Tuesday" is a report of the days
    gone, not a notice of the day to come."""
    ws = [w.lower() for w in raw_after]
    return any(ws[k] in _SUBJECTS and (_is_past_form(ws[k + 1]) or ws[k + 1] in _PAST or ws[k + 1] in _AUX_PAST)
               for k in range(len(ws) - 1))


def _absence_head(text: str, sent_start: int, start: int) -> bool:
    """(notices49, §313) Whether the words before ``start`` are a notice of absence opening its clause: "No bins ",
    "Youth club: no session ", "- no choir practice " (lexicon ``absence_notice_openers``, one to three words of the thing,
    none of them a pronoun nor an auxiliary). Reads at most _NOTICE_HEAD_REACH characters back."""
    lo = max(sent_start, start - _NOTICE_HEAD_REACH)
    seg = text[lo:start]
    m = _ABSENCE_HEAD.search(seg)
    if m is None or not (m.start() > 0 or lo == sent_start or seg[:1] in "\n:;•(–—-"):
        return False
    return not any(w in _NOTICE_NOT_AFTER or w in _DETERMINERS for w in m.group(1).lower().split())


def _wanted_for(before: list[str]) -> bool:
    """(weeks26) "still need a keeper and two defenders for wednesday", "we need two drivers and a van for friday": a
    present of ``wanting_verbs`` at most ``wanted_for`` reach words before the "for" right before the expression, its
    object joined by "and" in between (no past form, no other clause break): what is wanted is for a day to come
    (``_condition_before`` reads the shorter ones; "needed a lift on friday" is a past)."""
    # (the lead, thirty-eighth session, §172) a notice: "STAFF WANTED for July", "Volunteers needed for Sat", and the
    # later members of its list ("... for July and August": at most _NOTICE_LIST words after "for", joined by "and")
    for k in range(len(before) - 1, max(1, len(before) - 1 - _NOTICE_LIST), -1):
        if before[k] in _BOOKING_FOR:
            if before[k - 1] in _NOTICE_PARTICIPLES and before[k - 2] not in _NOTICE_NOT_AFTER \
                    and not _is_past_form(before[k - 2]) and before[k - 2].isalpha() \
                    and all(w in _WANTED_JOINERS or not (_is_past_form(w) or w in _PAST or w in _CLAUSE_BREAK)
                            for w in before[k + 1:]):
                return True
            break
    if not before or before[-1] not in _BOOKING_FOR:
        return False
    for j in range(len(before) - 2, max(-1, len(before) - 2 - _WANTED_FOR_REACH), -1):
        w = before[j]
        if w in _WANTING:
            return True
        if _is_past_form(w) or w in _PAST or (w in _CLAUSE_BREAK and w not in _WANTED_JOINERS):
            return False
    return False


def _reported_arrangement(before: list[str]) -> bool:
    """(tense22) Whether the words before the expression are a past progressive reported after a verb of saying:
    "he told me he was coming on Friday", "she said they were leaving Sunday", "they told us that they were
    coming round": the past of reported speech for an arrangement ("I'm coming on Friday"), the day to come.
    Not a progressive told without a verb of saying ("he was coming home on Friday when he crashed"), nor a
    past form between it and the expression. Reads at most _REPORTED_REACH words back."""
    n = len(before)
    for k in range(n - 1, max(-1, n - 1 - _REPORTED_REACH), -1):
        w = before[k]
        if w.endswith(_PROGRESSIVE) and len(w) >= 5 and w not in _NOT_PROGRESSIVE and k >= 3 and before[k - 1] in _PASSIVE_PAST:
            j = k - 2
            if before[j] not in _SUBJECTS:
                return False
            j -= 1
            if before[j] == _THAT and j > 0:
                j -= 1
            if before[j] in _OBJECT_PRONOUNS and j > 0:
                j -= 1
            return before[j] in _REPORTING or before[j] in _CLAUSE_REPORTING
        if (w in _CLAUSE_BREAK and w != _THAT) or w in _AUX_PAST or (
                (_is_past_form(w) or w in _PAST) and not (k and before[k - 1].endswith(_PROGRESSIVE))):
            return False   # (a participle right after the progressive is its own: "were getting married in June")
    return False


def _day_off(before: list[str], after: list[str]) -> bool:
    """(tense22) Whether the expression is the object of a verb of lexicon ``day_off_verbs`` before "off": "I've booked
    Friday off", "I've taken Monday off work", "asked for Thursday off", "getting Friday off": the time off is ahead
    ("booked the day off tuesday", the day after "off", is left20b's; "I took Friday off" is not read here)."""
    # (thread42, §205) "I've taken Friday and Tuesday off", "booked Mon, Tue and Fri off": the days joined to this one are
    # passed over on both sides (at most _DAY_OFF_LIST words each way)
    i = 0
    while i < min(len(after), _DAY_OFF_LIST) and (after[i] in _WEEKDAY_AND or after[i] in _WEEKDAY_WORDS):
        i += 1
    if i and i < len(after) and after[i] in _TIME_OFF and after[i - 1] in _WEEKDAY_WORDS:
        after = after[i:]
    j = len(before) - 1
    while after and after[0] in _TIME_OFF and j >= 0 and len(before) - j <= _DAY_OFF_LIST \
            and (before[j] in _WEEKDAY_AND or before[j] in _WEEKDAY_WORDS):
        j -= 1
    if j < len(before) - 1 and before[j + 1] in _WEEKDAY_WORDS:
        before = before[:j + 1]
    if not after or after[0] not in _TIME_OFF or not before:
        return False
    if before[j] in _BOOKING_FOR and j > 0:
        j -= 1
    return before[j] in _DAY_OFF_VERBS


def _question_state(text: str, sent_start: int, start: int, end: int, before: list[str]) -> bool:
    """(thread42, §205) Whether the expression ends a question opened by a present copula of lexicon
    ``question_state_copulas``, its subject (one to ``_QUESTION_SUBJECT`` words) and a state of ``notice_state_participles``
    right before the day (or "on" and the day): "Is the bank shut Wednesday?", "are yous closed on Monday?"; the copula
    opens the words read (the sentence, or the words after its last comma, colon, semicolon or closing bracket: a chat's
    "[17/05/2025, 19:30:50] Shona: Is the bank shut Wednesday?") and a "?" follows the expression within
    ``_QUESTION_MARK_REACH`` characters, no stop between."""
    k = len(before) - 1
    if k >= 0 and before[k] in _DAY_PREPOSITIONS_ON:
        k -= 1
    if k < 2 or before[k] not in _STATE_NOTICE:
        return False
    lo = max(sent_start, max(text.rfind(ch, sent_start, start) for ch in _QUESTION_OPENERS) + 1)   # (a chat's "Shona: Is ...")
    words = [w.lower() for w in _WORD.findall(text, lo, start)]
    if not words or words[0] not in _QUESTION_COPULAS or not 2 <= len(words) - (len(before) - k) <= _QUESTION_SUBJECT + 1:
        return False
    tail = text[end:end + _QUESTION_MARK_REACH]
    q = tail.find("?")
    return q >= 0 and not any(ch in tail[:q] for ch in ".!\n")


def _no_listed_state(words: list[str], expr: str, after: bool = False) -> list[str]:
    """(thread42, §205) ``words`` without a state of lexicon ``notice_state_participles`` ("closed", "shut") whose word before
    is a weekday, a day of the month's number or suffix or an hour's number ("Wed 14th CLOSED", "Sat closed", "Sun 10-4
    closed"; the expression itself before the first word after it, where it is a weekday or ends with a number): a notice's
    item, no verb; not after a subject, an auxiliary or a noun ("we closed", "was closed", "the shop closed")."""
    def listed(k: int) -> bool:
        prev = words[k - 1] if k else (expr.split() or [""])[-1] if after else ""
        p = prev.lower()
        if after and not k and prev[:1].isupper() and (len(words) == 1 or words[1].lower() in _NOTICE_STATE_TAILS):
            return True   # ((notices47, §281) "New Year's Day closed", "Anzac Day: shut all day": a notice's line, no past)
        return p in _WEEKDAY_WORDS or p in _ORDINAL_SUFFIXES or p[:1].isdigit() or p[-1:].isdigit()
    return [w for k, w in enumerate(words) if not (w.lower() in _STATE_NOTICE and listed(k))]


def _is_contracted(words: list[str]) -> list[str]:
    """"Mum's coming up Saturday", "Dad's picking me up Friday": a name's "'s" before a
    progressive is "is" (the auxiliary), not a possessive."""
    if not any(map(str.endswith, words[:-1], repeat(_S_CLITIC))):
        return words   # (speed4) no word but the last ends in "'s" (most): nothing to read, one C loop
    return _contract(words)


def _home_possessive(words: list[str], k: int) -> bool:
    """(weekdays27) Whether the word ``k`` ending in "'s" is the object of a place preposition (lexicon
    home_possessive_prepositions), a possessive determiner perhaps between ("at my maw's", "round Dave's", "to
    me nan's"), a title perhaps before the name ("at St Aidan's": tweets33): the house of that person, no "is". Reads at
    most three words back."""
    j = k - 1
    if j >= 0 and words[j] in _HOME_TITLES:
        j -= 1   # (tweets33, §120) "Met with parents at St Aidan's on Friday": a school, a church, a house named by a title
    if j >= 0 and words[j] in _HOME_DETERMINERS:
        j -= 1
    return j >= 0 and j < k and words[j] in _HOME_PREPOSITIONS


def _contract(words: list[str]) -> list[str]:
    """``_is_contracted``'s reading of every word but the last."""
    for k in range(len(words) - 1):
        w, nxt = words[k], words[k + 1]
        if w.endswith(_S_CLITIC) and _home_possessive(words, k):
            continue   # (weekdays27) "left mine at my maw's on sunday", "was round Dave's on friday": a house, not "is"
        if w.endswith(_S_CLITIC) and ((len(nxt) > 4 and nxt.endswith(_PROGRESSIVE) and nxt not in _NOT_PROGRESSIVE)
                                      or nxt in _STATES or nxt in _IS_PLACES):
            words[k] = _IS   # (also before a state: "the shop's shut Monday", "Dad's off Friday"; (informal7) a place in time: "the party's on Sunday")
        elif w.endswith(_S_CLITIC) and nxt in _PLAN and k + 2 < len(words) and words[k + 2] == _TO_WORD:
            words[k] = _IS   # (lead, thirty-fourth session) "The sun's meant to be out Friday", "the bus's supposed to come at 8"
        elif w.endswith(_S_CLITIC) and nxt in _HAS_GOT:
            words[k] = _HAS  # (informal7) "Ava's got swimming at 1 on Monday": "has got", a present arrangement as "I've got"
    return words


def _zone_after_number(words: list[str]) -> bool:
    """Whether a time zone's abbreviation follows a number among ``words`` ("23:59 GMT")."""
    return any(k and words[k - 1][0].isdigit() and (w in _ZONES or _ZONE_SHAPE.match(w) is not None)
               for k, w in enumerate(words) if w[:1].isupper())


def _no_clock_halves(words: list[str]) -> list[str]:
    """``words`` without the "am"/"pm" written after a number ("3.12am", "9 am"): a clock time's
    half of the day, not the verb "am"; nor a time zone after a number ("at 23:59 GMT on 31 December":
    (twenty-ninth session) a capital word between the verb and the date, it made "expires" no verb of the date's)."""
    if _CLOCK_HALVES_OR_VERB_WEEKDAYS.isdisjoint(map(str.lower, words)) and not _zone_after_number(words):
        return words   # (one C loop over the words, not a generator's frame per word)
    out = [w for k, w in enumerate(words) if not (k and words[k - 1][0].isdigit() and (
        w.lower() in _CLOCK_HALVES or w in _ZONES or _ZONE_SHAPE.match(w) is not None))]
    # ... nor is "sat" right after it, or right before a number, the verb: "doors 8am sat & 9am sun",
    # "parkrun sat, 20 miler sun" (a weekday, its day)
    return [w for k, w in enumerate(out) if not (w.lower() in _VERB_WEEKDAYS and (
        (k and out[k - 1][0].isdigit()) or (k + 1 < len(out) and out[k + 1][0].isdigit())))]


def _first_mark(text: str, lo: int, hi: int) -> int:
    """Where the first "!", "?" or "." of text[lo:hi] stands (-1: none), the first character of
    any _EXCLAIM match (whose lookbehind reads before it): _EXCLAIM searched from there finds
    what it finds from ``lo``, without reading the characters between (str.find, not the regex
    engine, skips them)."""
    best = -1
    for mark in "!?.":
        i = text.find(mark, lo, hi)
        if i >= 0 and (best < 0 or i < best):
            best = i
            hi = i
    return best


def _places_got(set_: list[str]) -> bool:
    """(yearclause37, §147) A past of getting places for the day: "got 2 spots on the 11pm one Thursday", "grabbed
    tickets for Sat", "bought seats for Sunday" (lexicon _doc_place_getting): a noun of places among the last
    ``_PLACE_REACH`` words, a verb of getting at most ``_PLACE_VERB_GAP`` words before it, no clause break after the verb,
    no past perfect before it ("we'd got tickets for Thursday but ...": a day that may be gone)."""
    if set_ and set_[-1] == _ON_WORD:
        return False   # "got tickets on Monday", "got a parking ticket on Monday": when they were got (values25)
    lo = max(0, len(set_) - _PLACE_REACH)
    for j in range(len(set_) - 1, lo - 1, -1):
        if set_[j] in _CLAUSE_BREAK:
            return False
        if set_[j] not in _PLACE_NOUNS:
            continue
        for i in range(j - 1, max(lo, j - _PLACE_VERB_GAP) - 1, -1):
            if set_[i] in _CLAUSE_BREAK:
                return False
            if set_[i] in _PLACE_VERBS:
                b = set_[i - 1] if i else ""
                return not (b in _PLUPERFECT or b.endswith(_PLUPERFECT_CLITICS) or b in _BOOKED_HAVING
                            or b.endswith(_HAVE_CLITICS) or b.endswith(_S_CLITIC) or b == _HAS)
        return False
    return False


def _booked_for(set_: list[str], verbs: set[str] = _BOOKING) -> bool:
    """A booking verb at most five words before the closing "for" ("booked Crete for", (left18) "booked my next
    one for", "I've booked the kids' dentist appointments for"), no clause break between (at most six words read);
    (left20b) ``verbs``: those of asking for time off before the closing "off"."""
    for k in range(len(set_) - 2, max(-1, len(set_) - 7), -1):
        w = set_[k]
        if w in verbs:
            return True
        if w in _CLAUSE_BREAK:
            return False
    return False


def _label_colon(text: str, lo: int, hi: int) -> bool:
    """(speed6) Whether text[lo:hi] ends with a ":" and blanks other than a newline, as every match
    of _NEXT_LABEL searched there does (its ``[^\\S\\n]*:[^\\S\\n]*\\Z``; ``str.isspace`` is the
    regex's ``\\s``): nearly every expression has a word right before it, and the search, tried at
    each of the 48 characters, is not made. Reads back over the blanks only (at most hi - lo)."""
    i = hi
    while i > lo and text[i - 1] != "\n" and text[i - 1].isspace():
        i -= 1
    return i > lo and text[i - 1] == ":"


def _no_compound_heads(text: str, lo: int, hi: int, words: list[str]) -> list[str]:
    """(clockday33) The words of text[lo:hi] (``words``, as ``_WORD`` found them, the first cut off where the window cut
    a word in two) less a past form that is the head of a hyphened compound: "Set-up from 7am", "the cut-off is at
    5pm", "a run-through at 2pm" (a noun, no past of "set", "cut", "run"). Reads the window once (its length is
    bounded by the caller's reach) and one character past each word."""
    found = list(_WORD.finditer(text, lo, hi))
    found = found[len(found) - len(words):]
    return [w for w, m in zip(words, found)
            if not (text[m.end():m.end() + 1] == "-" and text[m.end() + 1:m.end() + 2].isalpha()
                    and _is_past_form(w.lower()))]



def _day_offered(after: list[str]) -> bool:
    """(direction44, §246) Whether the words right after a day hold places still to be had on it: an optional noun the day
    dates ("the Saturday class"), a present or dialect "got"/"has" of places, a count (a number or a count word, after
    "only", "still", "a few"), a noun of places and a word of what remains: "Sunset run Saturday got 6 spots left",
    "Friday has 3 seats available", "sat still got a few places free" (an offer, the day to come). Not "had 6 spots
    left" (a past), "Saturday we got 6 spots" (a subject: a report), "Saturday got 6 inches of snow" (no places)."""
    k = 0
    if after and after[0] == "s":
        k = 1   # "Saturday's got 4 places left": the 's the words read split off
    if k < len(after) and after[k] not in _OFFER_HAVE and after[k] in _OFFER_FILLERS:
        k += 1   # "sat still got"
    if k < len(after) and after[k] not in _OFFER_HAVE and k == 0 and after[k].isalpha() and after[k] not in _SUBJECTS \
            and after[k] not in _AUX_PAST and after[k] not in _AUX_PRESENT and not _is_past_form(after[k]):
        k += 1   # "the Saturday class got": the noun the day dates
    if k >= len(after) or after[k] not in _OFFER_HAVE:
        return False
    counted = False
    for j in range(k + 1, min(len(after), k + 5)):
        w = after[j]
        if w.isdigit() or w in _COUNT_WORDS:
            counted = True
        elif w in _OFFER_PLACES or w in _OFFER_MASS:
            ok = j + 1 < len(after) and (after[j + 1] in _OFFER_REMAINING and counted
                                         or after[j + 1] in _OFFER_MASS_AFTER and w in _OFFER_MASS and not counted)
            # no past after it in the words read: "Saturday got 6 spots left but they went fast"
            return ok and not any(_is_past_form(x) or x in _AUX_PAST or x in _PAST for x in after[j + 2:])
        elif w not in _OFFER_FILLERS:
            return False
    return False


_DAY_SET_CHARS = 48   # characters before the day read for the clause of the noun it dates
_DAY_SET_MARKS = re.compile(r"[,;:()\[\]\n]")


def _clause_words(text: str, lo: int, start: int) -> list[str]:
    """(direction44, §246) The lower-case words of text[lo:start] after the last mark or word that opens a clause ("Breakfast
    is 8 till 9.30, and checkout on": "checkout", "on")."""
    for x in _DAY_SET_MARKS.finditer(text, lo, start):
        lo = x.end()
    words = [w.lower() for w in _WORD.findall(text, lo, start)]
    for k in range(len(words) - 1, -1, -1):
        if words[k] in _CLAUSE_BREAK:
            return words[k + 1:]
    return words


def _day_set_copula(before: list[str], after: list[str]) -> bool:
    """(direction44, §246) Whether the day dates the noun before it ("checkout on Sunday", "Breakfast Sunday") and a present
    copula right after it sets that noun's hours: "checkout on Sunday is by 10", "Breakfast Sunday is 8 till 10", "the
    party on Saturday is at 8" (a plan's present, the day to come). The copula's complement must be a clock or a word of
    hours (not "the attack on Sunday is the third this year", a news present of a day gone); no subject pronoun nor verb
    before the day ("it's Sunday" is another reading's)."""
    if before and len(after) > 2 and after[0] not in _DAY_SET_COPULA and after[1] in _DAY_SET_COPULA and after[0].isalpha() \
            and before[-1] in _DETERMINERS and after[0] not in _SUBJECTS and not _is_past_form(after[0]):
        after = after[1:]   # "the Sunday game is at 3": the day before the noun it dates
    if not before or len(before) > _DAY_SET_SUBJECT or len(after) < 2 or after[0] not in _DAY_SET_COPULA:
        return False
    nxt = after[1]
    if not (nxt in _DAY_SET_HOURS or (nxt[:1].isdigit() and _CLOCK_WORD.fullmatch(nxt) is not None)):
        return False
    return all(w.isalpha() and w not in _SUBJECTS and w not in _AUX_PAST and w not in _AUX_PRESENT and w not in _PAST
               and not _is_past_form(w) for w in before)


def tense_at(text: str, sent_start: int, sent_end: int, start: int, end: int, schedule: bool = True) -> str | None:
    """'past', 'present', 'future', 'plan' (a day set in the past, gone or still to come: "was due to
    begin on Saturday") or None for the expression text[start:end] in its sentence.
    ``schedule``: a present that sets what is to come on a day ("Rovers play Ashford on Saturday")
    is 'future' (False: the grammatical tense, 'present')."""
    # four words more than the window, so that the verb group of the window's first verb keeps
    # its auxiliaries: "will be named commander of the space shuttle Columbia for a mission in December"
    # Bounded: the words are read from at most _CHARS_BEFORE / _CHARS_AFTER characters around the
    # expression, never the whole sentence, so a sentence of any length costs a constant per
    # expression (20 words of 24 characters fit; news words average 5).
    # (a short window first, which holds the words in ordinary prose; the long one if it does not)
    need = _WINDOW_BEFORE + 4
    for reach in (_CHARS_BEFORE // 4, _CHARS_BEFORE):
        ws = max(sent_start, start - reach)
        raw_before = _WORD.findall(text, ws, start)
        if ws > sent_start and raw_before and text[ws - 1].isalnum() and text[ws].isalnum():
            raw_before = raw_before[1:]  # the window cut a word in two: its tail is not a word
        if len(raw_before) >= need or ws == sent_start:
            break
    if text.find("-", ws, start) >= 0:
        raw_before = _no_compound_heads(text, ws, start, raw_before)
    raw_before = raw_before[-need:]
    # "!!" or "?" inside a sentence the splitter kept whole (a chat's lower-case "... sat!! we
    # went ..."): the words across it belong to another sentence
    hi = min(sent_end, end + _CHARS_AFTER)
    first = _first_mark(text, end, hi)
    stop = _EXCLAIM.search(text, first, hi) if first >= 0 else None
    after_end = stop.start() if stop else sent_end
    if not text[end:min(after_end, hi)].isascii():   # (§240; the window's slice, at most _CHARS_AFTER characters)
        emo = _EMOJI_CUT.search(text, end, min(after_end, hi))
        if emo is not None:
            after_end = emo.start()
    scan_end = min(after_end, end + _CHARS_AFTER // 4)
    raw_after = _WORD.findall(text, end, scan_end)
    if len(raw_after) < _WINDOW_AFTER and end + _CHARS_AFTER // 4 < after_end:
        scan_end = min(after_end, end + _CHARS_AFTER)
        raw_after = _WORD.findall(text, end, scan_end)
    raw_after = raw_after[:_WINDOW_AFTER]
    for k in range(len(raw_after) - 1 if raw_before else 0):
        if raw_after[k].lower() in _CONTRAST_JOINERS and raw_after[k + 1].lower() in _SUBJECTS:
            # (social46, §271) "LESCO site says 10am to 12 daily till Saturday but it went off at 9": a clause of contrast
            # with its own subject after the day tells its own time, not the day's (not where the day opens the sentence,
            # its subject: "Tuesday got 3 spots left but they went fast" is the offer gone, direction44)
            raw_after = raw_after[:k]
            break
    lo = max(sent_start, start - _CHARS_BEFORE // 4)
    first = _first_mark(text, lo, start + 1)
    cuts = [x.end() for x in _EXCLAIM.finditer(text, first, start + 1) if x.end() <= start] if first >= 0 else []
    if not text[lo:start].isascii():   # (§240; at most _CHARS_BEFORE // 4 characters)
        cuts += [x.end() for x in _EMOJI_CUT.finditer(text, lo, start)]
        cuts.sort()
    if cuts:
        keep = len(_WORD.findall(text, cuts[-1], start))
        raw_before = raw_before[len(raw_before) - keep:] if keep else []
    # after a comma, a verb once a verb before the expression was found is another clause's:
    # "cant do wed, got parents evening" (a comma past the words read after the expression
    # is past as many words as they are: only a nearer one is counted to)
    comma = text.find(",", end, after_end)
    n_to_comma = len(_WORD.findall(text, end, comma)) if 0 <= comma < scan_end else len(raw_after)
    # (informal7) "at 3.12am on 13 April": the "am" of a clock time is no verb
    raw_before, raw_after = _no_clock_halves(raw_before), _no_clock_halves(raw_after)
    if not _STATE_NOTICE.isdisjoint(map(str.lower, raw_before + raw_after)):
        # (thread42, §205) "Mon 12th 7am-8pm, Tues 7am-6pm, Wed 14th CLOSED, Thurs normal hours", "Fri 9th 6-9, Sat closed":
        # a state right after a day, its date or its hours in a notice's list is the item's state (a verbless "closed"),
        # no past of the days around it
        raw_before, raw_after = _no_listed_state(raw_before, text[start:end]), _no_listed_state(raw_after, text[start:end], True)
        if _LABEL_STATE.match(text, end, min(sent_end, end + 40)):
            # ((notices47, §281) "Emancipation Day: church closed", "Boxing Day – office shut": a notice's label, then the
            # state of what it names; no past verb of the day
            raw_after = [w for k, w in enumerate(raw_after) if not (k < 3 and w.lower() in _STATE_NOTICE)]
    if _AS_WORD in raw_after or _AS_WORD in raw_before:   # (§222) "till Saturday as booked": no past of the day
        raw_before, raw_after = _no_as_arrangement(raw_before), _no_as_arrangement(raw_after)
    if _day_offered([w.lower() for w in raw_after]):
        return "future"   # (direction44, §246) "Sunset run Saturday got 6 spots left": places offered for the day to come
    # (tweets) "A few Sunday day tickets left", "only 3 places left": "left" after a noun of things is "remaining"
    if _LEFT in raw_after:
        raw_after = [w for k, w in enumerate(raw_after) if not (w == _LEFT and k and raw_after[k - 1].lower() in _REMAINING_NOUNS)]
    if _LEFT in raw_before:
        if len(raw_before) >= 3 and raw_before[-1].lower() == _LEFT_FOR and raw_before[-2] == _LEFT \
                and (raw_before[-3].lower() in _REMAINING_NOUNS or _had_count(raw_before, len(raw_before) - 3)
                     or _bare_count(raw_before, len(raw_before) - 3)):
            return "future"  # "only 3 places left for Friday": what is still to be had for a day to come
        # (the lead, forty-first session, §214) "5 left on the 22nd", "few seats left Friday!", "just 2 left Sat": what
        # remains, right before the day or its "on", is still to be had on a day to come
        k = len(raw_before) - (2 if raw_before[-1].lower() in _LEFT_ON else 1)
        if k >= 1 and raw_before[k] == _LEFT and (raw_before[k - 1].lower() in _REMAINING_NOUNS
                                                  or _had_count(raw_before, k - 1) or _bare_count(raw_before, k - 1)):
            return "future"
        raw_before = [w for k, w in enumerate(raw_before) if not (w == _LEFT and k and (
            raw_before[k - 1].lower() in _REMAINING_NOUNS or _had_count(raw_before, k - 1)))]
    if raw_after and (raw_after[0].lower() in _DAY_TICKETS or " ".join(raw_after[:2]).lower() in _DAY_TICKETS) \
            and schedule_word(text, start, end):
        return "future"  # (tweets) "Sat tickets are SOLD OUT", "Sunday day tickets left": the day the tickets are for
    before = _is_contracted(list(map(str.lower, raw_before)))
    if before and len(before[-1]) > 2 and before[-1].endswith(_S_CLITIC) and before[-1] not in _AUX_PRESENT \
            and (text[start:end].split(None, 1) or [""])[0].lower() in _IS_ARTICLES and not _home_possessive(before, len(before) - 1):
        # (direction36, §139) a noun's "'s" right before the article of a day: "my flight's the 19th", "the party's the
        # 28th" ("the" after a possessive cannot be: 's is "is", the copula that sets a day for what comes)
        before[-1] = _IS
    after = _is_contracted(list(map(str.lower, raw_after)))
    caps_b = [w[:1].isupper() for w in raw_before]
    caps_a = [w[:1].isupper() for w in raw_after]
    if after and after[0] in _BOOKED_AFTER and (not before or before[-1] in _BOOKED_HAVING or before[-1].endswith(_HAVE_CLITICS)):
        # (yearclause37, §147) a day opening its clause, or had so, and a participle of booking right after it: "Saturday the
        # 10th pencilled in", "got Friday booked": the day booked, still to come (lexicon _doc_booked_after_day)
        return "future"
    if len(before) > 2 and before[-1] in _BOOKING_FOR and any(tuple(before[-1 - n:-1]) in _BOOKED_DOWN for n in _BOOKED_DOWN_LENGTHS):
        # (thread42, §205) "put you down for Saturday 10.15", "I've pencilled you in for Tuesday": a booking's verb, its
        # person and its particle right before "for": the day booked, to come whatever the verb's tense
        return "future"
    if _day_set_copula(_clause_words(text, max(sent_start, start - _DAY_SET_CHARS), start), after):
        return "future"   # (direction44, §246) "checkout on Sunday is by 10", "Breakfast Sunday is 8 till 10": a plan's hours
    if _question_state(text, sent_start, start, end, before):
        return "future"   # (thread42, §205) "Is the bank shut Wednesday?": a question of a state in the present, the day to come
    if before and (before[-1] in _BEFORE_SPEAKING or (len(before) > 1 and before[-2] in _BEFORE_SPEAKING
                                                   and before[-1] in _DETERMINERS)) \
            and not (before[-1] in _BEFORE_SPEAKING and _since_subject(text, sent_start, start, end)):
        return "past"  # "born since October": a time before the moment of speaking, whatever the verb; (thirtieth
        # session) "the first since the March 26 election": a date modifying its noun after "since the"
    for k in range(max(0, len(before) - _SINCE_GERUND_REACH), len(before) - 1):
        if before[k] in _BEFORE_SPEAKING and len(before[k + 1]) >= 5 and before[k + 1].endswith(_PROGRESSIVE) \
                and before[k + 1] not in _NOT_PROGRESSIVE:
            # (thirtieth session) "her first trip since taking office on Tuesday", "busy since arriving on Tuesday":
            # "since" and a gerund tell a time gone, whatever the verb of the clause ("will visit")
            return "past"
    if len(before) > 2 and before[-1] == _AGENT_BY and before[-3][:1].isdigit() and _is_past_form(before[-2]):
        # (clockday33, §118) "So arrival Rosemont 8:30, loaded by 10:30 roughly": in a list of a plan's clock times, a
        # participle before "by" and the time is the state reached by then, no past (a subject or an auxiliary before the
        # participle, "we were loaded by 10:30", "I finished by 4pm", is a past as before)
        return None
    if missed_it(text, start, before + after):
        return "past"  # (tweets) "ICYMI: our interview from Monday": what the post brings back is gone
    if len(before) > 1 and before[-1] in _RECORD_FROM and before[-2] in _RECORD_NOUNS \
            and not any(w in _AUX_FUTURE for w in after[:n_to_comma][:4]):   # (lead) not "orders from Monday will ship"
        return "past"  # (weeks26) "results from thursday up on the page", "pics from saturday": the record of a day gone
    if before and before[-1] == _SAME_AS and _SAME in before[-2 - _SAME_REACH:-1]:
        return "past"  # (weeks26) "same back four as tuesday": compared with a day gone
    if len(before) > 2 and before[-1] in _UNTIL and (before[-3], before[-2]) in _STATE_PAIRS \
            and not (len(before) > 3 and (before[-4] in _AUX_PAST or before[-4] in _LINKING)):
        return "future"  # (weeks26) "sold out til thurs", "fully booked till friday": a state whose limit is to come
    if len(before) > 1 and before[-1] in _UNTIL and before[-2] in _STATE_NOTICE \
            and not (len(before) > 2 and (before[-3] in _AUX_PAST or before[-3] in _LINKING or before[-3] in _PAST
                                          or _is_past_form(before[-3]))) \
            and not any(_is_past_form(w) or w in _PAST for w in (x.lower() for x in raw_after[:n_to_comma])):
        # (social48, §301) "Road closed till Friday because of landslide", "Shop shut until Monday": a notice's state
        # whose limit is to come, as "sold out til thurs" (not "was closed till Friday", "had closed until Monday")
        return "future"
    if _wanted_for(before):
        return "future"  # (weeks26) "still need a keeper and two defenders for wednesday": wanted for a day to come
    if len(before) > 1 and before[-1] in _NOTICE_STATES and (before[-2].isalpha() or before[-2][:1].isdigit()) \
            and before[-2] not in _NOTICE_NOT_AFTER \
            and not _is_past_form(before[-2]) and _weekday_first(text, start, end) and _notice_head(text, sent_start, start) \
            and not _notice_past_after(raw_after[:n_to_comma]) \
            and not _report_after(raw_after):
        # (§189) "reminder: office closed Saturday", "Pool shut Thursday", "Shop closed Sunday, back Monday": a notice's
        # state after the noun opening its clause, no past ("Schools closed Monday as the storm hit" is a report)
        return "future"
    if len(before) > 1 and _weekday_first(text, start, end) and _absence_head(text, sent_start, start) \
            and not _notice_past_after(raw_after[:n_to_comma]) \
            and not _report_after(raw_after):
        # (notices49, §313) "No bins Friday (bank holiday)", "Youth club: no session Tuesday": a notice of what will not be
        # there on a day, no past after it ("No school Friday so we went to the beach" is a report)
        return "future"
    if _notice_clock_line(text, start, end, raw_after[:n_to_comma]):
        return "future"   # (notices49, §313) "Last orders 10pm Sunday", "Mass at 10am Sunday": a notice's line of a time to come
    if before and before[-1] in _STATE_NOTICE and _weekday_first(text, start, end) \
            and _joined_notice_state(text, sent_start, start) \
            and not _notice_past_after(raw_after[:n_to_comma]) \
            and not _report_after(raw_after):
        # (social46, §271) a post's notice that opens with the state, or joins it to an opening state it shares its
        # subject with: "Closed Monday for Labour Day.", "We're open Monday till noon but closed Tuesday"
        return "future"
    if any(tuple(before[-n:]) in _FUTURE_N for n in _FUTURE_LENGTHS):
        return "future"  # "cutting rates as soon as June", "as early as next week": the words before it say so
    purpose = _purpose_of_motion(before, caps_b)
    if purpose:
        return purpose   # (anchor) "we went to see Gran on Tuesday": the verb of motion's tense
    if before and before[-1] in _DAY_OFFER_MODALS:
        return "future"  # (lead, thirty-third session) "can't thurs", "I can Thursday": a day offered or refused is to come
    if after and after[0] == _COPULA_IS and before and (before[-1] in _DAY_IS_AFTER_KNOWING or (
            len(before) > 1 and (before[-1] == _THAT and before[-2] in _DAY_IS_AFTER_KNOWING
                                 or " ".join(before[-2:]) in _DAY_IS_AFTER_KNOWING))):
        # (lead, thirty-fourth session; informal28-blind A) "just realised Friday is a public holiday", "forgot that
        # Monday is a bank holiday": the day is its own clause's subject, a present, whatever the tense of the knowing
        return "future"
    if _BACK in before[-_BACK_REACH:] and (text[start:end].split(None, 1) or [""])[0].lower() in _WEEKDAY_WORDS:
        k = len(before) - 1 - before[::-1].index(_BACK)
        if k + 2 < len(before) and before[k + 1] in _BACK_TO_PLACE \
                and not any(w in _AUX_PAST or _is_past_form(w) for w in before[:k]):
            # (lead, thirty-fourth session) "back to school Monday", "we're back in the office Monday": a return to a
            # place, no verb of the past before it in the words read ("was back at work Monday", "got back to work
            # Monday", "Flew home Sunday night, back at work Monday"), is to come; "back in May" (a frame of the past,
            # no place between) is not read here
            return "future"
    best = None  # (distance, tense)
    verb = None  # (words, index) of the verb group's last word that gave ``best``
    for k in range(len(before) - 1, max(-1, len(before) - 1 - _WINDOW_BEFORE), -1):
        w = before[k]
        if not (w in _GROUP_ENDS or w.endswith(_GROUP_END_CLITICS) or (len(w) > 4 and w.endswith(_PAST_SUFFIXES))):
            if _subject_present(before, k):
                best, verb = (len(before) - k, "present"), (before, k)
                break
            continue   # _group_tense would say None at once (no call for most words; ``_may_end_group`` inline)
        if w in _SEQUENCE_PARTICIPLES and k + 1 < len(before) and before[k + 1] == _AGENT_BY:
            continue   # (newswire32) "come out Thursday, followed by producer prices on Friday": the clause before decides
        if before[k] in _VERB_WEEKDAYS and k > 1 and before[k - 1] in _ORDINAL_SUFFIXES and before[k - 2][:1].isdigit():
            continue   # (daymonth30) "every 2nd Sat so Sat 7th": after an ordinal ("2", "nd"), a weekday, not the verb "sat"
        if before[k] in _VERB_WEEKDAYS and k + 1 < len(before) and before[k + 1] in _WEEKDAY_AND:
            continue   # "revising sat and sun": a weekday joined to this one, not the verb "sat"
        if before[k] in _VERB_WEEKDAYS and k + 1 < len(before) and before[k + 1] in _WEEKDAY_WORDS \
                and (k == 0 or before[k - 1] not in _SUBJECTS):
            continue   # (weekdays27) "off sat & sun then back on days from mon": the "&" is no word; a list, not the verb "sat"
        if before[k] in _VERB_WEEKDAYS and k + 1 < len(before) and before[k + 1] in _DAY_PART_WORDS \
                and text[start:end].lower().endswith(_WEEK_WORD):
            continue   # (values3) "I'm on Friday/SAT evenings this week": the days of the week named after them, not "sat"
        if before[k] in _VERB_WEEKDAYS and len(before) - k <= 5 and (k == 0 or before[k - 1] not in _SUBJECTS) \
                and text[start:end].lower() in _WEEKDAY_WORDS:
            continue   # (days) "parkrun sat, 20 miler sun": an item of a list of days, not the verb "sat"
        if k == len(before) - 1 and w in _PRESENT and any(k > j + 1 and before[k - 1 - j] in _DETERMINERS and before[k - 2 - j] in _PLACE_HEAD_PREPS
                                 and all(x.isalpha() and x not in _SUBJECTS for x in before[k - j:k]) for j in (1, 2)):
            continue   # (thread41, §193) "left my thermos at the trail head Sunday", "at the Moosehide trail head": a noun's
            # head in a phrase after "at the" and one or two words, right before the day, not the verb "head" ("we head out
            # Sunday"); not a verb further on, which a subject's phrase may stand before ("Tickets for the derby go on sale")
        t = _group_tense(before, k, near=len(before) - k <= 4, caps=caps_b)
        if t is None and _subject_present(before, k):
            t = "present"   # (lead, §155) "but we run tasters from Easter": "run", a participle too, after its subject
        if t == "present" and _past_copula_asks(before, k):
            t = "past"   # (fresh16) "were you open boxing day?": the word after a past copula and its subject is no verb
        if t:
            best, verb = (len(before) - k, t), (before, k)
            if (before[k] in _CLAUSE_REPORTING and any(x in _DETERMINERS for x in before[k + 1:])) or (
                    (before[k] in _CLAUSE_REPORTING or before[k] in _KNOWING_PAST)
                    and k == len(before) - 1 and after and after[0] not in _RELATIVE
                    and _group_tense(after, 0, near=False, caps=caps_a, follows=True)):
                # ((topicday35, §131) a past verb of knowing right before the expression, whose own verb follows it:
                # "just realised Friday is a public holiday", "I forgot Monday's a bank holiday": the clause known)
                # "organisers said the start on Sunday ... would go ahead", "forecasters said
                # Sunday night would be warm": the expression is in the reported clause, whose own
                # verb (after the expression) decides; "said on Sunday" is when it was said
                best = (99, t)
            break
    told_before_it = best   # the verb group before the expression, if any
    # "the manager said on monday we'd get the rota by friday": the day says when it was said;
    # the verbs after it are the reported clause's
    said_on = best is not None and best[0] <= 2 and verb[0][verb[1]] in _REPORTING
    # "... as soon as Tuesday, Castro said": after a comma, a reporting clause tells when it was
    # said, not when the thing happens; the verb group before the expression decides
    reported = best is not None and _REPORTING_CLAUSE.match(text, end, min(sent_end, end + _CHARS_AFTER)) is not None
    # (left18) "the pay rise agreed in January takes effect from 1 April", "the report published on Monday shows ...":
    # a bare past participle after a noun, then the expression (or a preposition and it), dates that participle; the
    # main verb after it is another time's
    if best is not None and best[1] == "past" and best[0] <= 2 and verb[0] is before and 0 < verb[1] < len(before) \
            and before[verb[1]] not in _REPORTING and before[verb[1]] not in _CLAUSE_REPORTING \
            and len(before) - verb[1] - 1 <= 1 and all(w in _PARTICIPLE_PREPOSITIONS for w in before[verb[1] + 1:]) \
            and _is_past_form(before[verb[1]]) and (b := before[verb[1] - 1]).isalpha() and b not in _SUBJECTS \
            and b not in _AUX_PAST and b not in _AUX_PRESENT and b not in _RELATIVE and b not in _FILLERS \
            and b not in _DETERMINERS and b not in _REPORTING:
        after = []
    if best is None and ws == sent_start and _subject_progressive(before) \
            and (t := _apposed_participle(text, max(sent_start, start - _CHARS_BEFORE), start, before, after, caps_a, n_to_comma)):
        return t   # (thirtieth session) "The president, speaking on Saturday, said ...": the main clause's time
    if best is None and ws == sent_start and _subject_progressive(before) \
            and not any(w in _AUX_PAST or w in _SIMPLE_PAST for w in after[:2]):
        # (twentieth session, voices18) "Mum visiting Friday", "Vet coming out Monday for a ewe that prolapsed": a subject and a
        # progressive with its "is" dropped, an arrangement for the day to come (lexicon _doc_progressive_subjects);
        # not "Training Friday was brutal" (read before the verbs after the day, which a relative clause may hold)
        return "future" if schedule else "present"
    if best is None and _pronoun_progressive(before) and not any(w in _AUX_PAST or w in _SIMPLE_PAST for w in after[:2]):
        # (direction36, §139) a creole or dialect present with no copula, a subject pronoun right before a bare
        # progressive: "After Foreday I sleeping all day Saturday", "we going by Granny Tuesday" (Bajan, Trinidadian,
        # Guyanese chat): an arrangement, the day to come, as "I'm sleeping all day Saturday" is
        return "future" if schedule else "present"
    # (lead, thirty-third session) a sentence that opens with a bare progressive ("Moving into a new place Monday and just
    # realised it's a holiday"): its clause ends at "and" as a verb's does (the progressive's reading comes below)
    opens_progressive = best is None and ws == sent_start and bool(before) and before[0].endswith(_PROGRESSIVE) \
        and len(before[0]) >= 5 and before[0] not in _NOT_PROGRESSIVE
    for k in range(len(after)):
        if best is not None and (after[k] in _CLAUSE_BREAK or after[k] in _AFTER_OPENERS or k >= n_to_comma) \
                or opens_progressive and after[k] in _CLAUSE_BREAK:
            break  # "planned a rally on Saturday and were planning ...": the next clause has its own tense (a bare
            # progressive's clause ends at "and" only: "Speaking on Tuesday, the minister said" reads the main verb)
        if after[k] in _UNTIL_AFTER:
            break   # (days, eleventh session) "walk-ins from 11am Friday til sold out": the clause after "til" is no tense of the day's
        if k == n_to_comma and after[k] in _CLAUSE_BREAK and comma >= 0:
            break  # "... by Sunday, and the council said ...": a comma and "and" open another clause
        if reported or said_on:
            break
        w = after[k]
        if not (w in _GROUP_ENDS or w.endswith(_GROUP_END_CLITICS) or (len(w) > 4 and w.endswith(_PAST_SUFFIXES))):
            continue   # (``_may_end_group`` inline)
        if after[k] in _VERB_WEEKDAYS and k > 0 and after[k - 1] in _WEEKDAY_AND and k <= 2:
            continue   # (days) "fri or sat?", "thurs and wed": a weekday joined to this one, not the verb "sat"
        if after[k] in _VERB_WEEKDAYS and ((after[k - 1] if k else text[start:end].lower()) in _WEEKDAY_WORDS
                                           or (k + 1 < len(after) and after[k + 1] in _WEEKDAY_WORDS)):
            continue   # (weeks26) "nights fri sat sun", "fri, sat": an item of a list of days, not the verb "sat"
        if after[k] in _VERB_WEEKDAYS and k + 1 < len(after) and after[k + 1] in _DAY_PART_WORDS \
                and text[start:end].lower() in _WEEKDAY_WORDS:
            continue   # (values3) "Friday/SAT evenings": a list of weekdays and their part of the day, not the verb "sat"
        if best is not None and k + 1 < len(after) and (after[k], after[k + 1]) in _PARTICIPLE_PHRASES:
            break   # (newswire32) "appears in court on Monday charged with misconduct": a participle's phrase, no finite verb
        if k + 2 < len(after) and after[k + 1] == _AGENT_BY and after[k + 2][:1].isdigit() and _is_past_form(w) \
                and (after[k - 1] if k else text[start:end])[:1].isdigit():
            break   # (clockday33, §118) "Arrival 8am, loaded by 10.30am": the next item of a list of clock times, no verb of this one's
        t = _group_tense(after, k, near=False, caps=caps_a, follows=True)  # "met on Sunday to discuss": a purpose, not a tense
        if t:
            d = k + 1.5
            if best is None or d < best[0]:
                best, verb = (d, t), (after, k)
            break
    if best is not None and verb[0] is before and best[1] != "past":
        t = _apposed_participle(text, max(sent_start, start - _CHARS_BEFORE), start, before, after, caps_a, n_to_comma)
        if t:
            return t   # (thirtieth session) "The president, speaking on Saturday, said ...": the main clause's time
    if after and after[0] in _DAY_FREE and before and (before[-1] in _OFFER_HAVE or (
            len(before) > 1 and before[-1] in _DETERMINERS and before[-2] in _OFFER_HAVE)) \
            and not any(_is_past_form(x) or x in _AUX_PAST or x in _PAST for x in after[1:n_to_comma]):
        return "future"   # (direction44, §246) "Rhona has a Saturday free", "got Saturday free if u fancy it": a day held free, offered
    if _day_off(before, after):
        return "future"   # (tense22) "I've booked Friday off", "asked for Monday off": the time off is ahead
    # ((twelfth session, clock) "moved to 12.30 on Tues", "booked for 6.45 Saturday": the clock time set anew
    # or booked stands between the preposition and the day)
    set_ = before if _CLOCK_MONEY & set(before[-6:]) \
        else before[:-2] if len(before) > 2 and before[-1] in _CLOCK_THEN_DAY and _CLOCK_WORD.fullmatch(before[-2]) \
        else before[:-1] if len(before) > 1 and _CLOCK_WORD.fullmatch(before[-1]) else before   # (not "shares moved to 4.15")
    if len(set_) > 1 and set_[-1] in _RESCHEDULE_TO and any(w in _RESCHEDULE for w in set_[-7:-1]):
        # "was moved to the 14th", "got pushed back to Friday", (twenty-ninth session) "pushed back the launch to March 3",
        # "extended the suspension until March 3" (the verb up to six words before the preposition: its object between):
        # the new date is still to come
        return "future"
    if len(before) > 2 and before[-2] in _DATE_SET_NOUNS and before[-1] in _DATE_SET_OF \
            and any(w in _DATE_SETTING for w in before[-7:-2]):
        return "future"  # (twenty-ninth session) "set a trial date of Sept. 8": a date given is still to come
    n_cancel = 1 if before and before[-1] in _CANCEL else 2 if tuple(before[-2:]) in _CANCEL_2 else 0
    if n_cancel and len(before) > n_cancel and (
            (aux := before[-1 - n_cancel]) in _PERFECT_AUX or aux.endswith(_HAVE_CLITICS)):
        # (values4, eighteenth session) "I've cancelled the 23rd and the 30th", "we've called off Friday" (written on the 1st,
        # a Monday): what one has just cancelled had not happened yet, the day to come (a simple past, "we cancelled
        # Friday's session", may report one gone)
        return "future"
    if len(set_) > 1 and set_[-1] in _BOOKING_FOR and _booked_for(set_) \
            and not any(w in _ORIGINAL for w in set_[-7:-1]):
        return "future"  # "booked Crete for June", "planned it for sat": the day set for it is still to come
    if _places_got(set_):
        return "future"  # (yearclause37, §147) "got 2 spots on the 11pm one Thursday", "grabbed tickets for Sat": the day of the places got
    if len(set_) > 1 and set_[-1] in _ARRANGED_FOR and set_[-2] in _ARRANGED \
            and not any(w in _ORIGINAL for w in set_[-7:-1]):
        return "future"  # (voices21) "wedding confirmed for 28 March", "date confirmed as the 14th": the date arranged is ahead
    if len(set_) > 1 and set_[-1] in _ARRANGED and set_[-2] not in _ARRANGED_FOR and any(map(str.isdigit, text[start:end])) \
            and not any(w in _ORIGINAL for w in set_[-7:-1]):
        return "future"  # (voices21) "litter pick confirmed sat 23rd": a date of the month right after the participle, arranged
    if len(set_) > 1 and set_[-1] in _TIME_OFF and _booked_for(set_, _TIME_OFF_VERBS):
        return "future"  # (left20b) "booked the day off tuesday", "I've requested the afternoon off friday": the time off is ahead
    if len(set_) > 2 and set_[-1] in _TIME_OFF_FROM:
        k = len(set_) - 3 if set_[-2] in _TIME_OFF_OBJECTS else len(set_) - 2
        if k > 0 and set_[k] in _TIME_OFF and _booked_for(set_[:k + 1], _TIME_OFF_VERBS):
            # (twentieth session, errs21) "I've booked a week off work from the 10th", "booked two days off starting
            # Monday": the day the booked time off starts is ahead, as "booked the day off tuesday" (a perfect or a
            # past of booking does not date what was booked)
            return "future"
    if _label_colon(text, max(sent_start, start - 48), start) and _NEXT_LABEL.search(text, max(sent_start, start - 48), start):
        return "future"  # (howto) "Your next run: Wednesday (you ran today!)": the label names the one to come
    if before and (before[-1] in _CHOICE_1 or tuple(before[-2:]) in _CHOICE_2):
        # (tense22) "offered Friday or Monday, cust chose Friday", "we went for Thursday in the end": a day chosen right after
        # the verb of choosing is the plan's day (when the choice was made takes "on": "picked it up on Friday"), gone
        # or to come, the nearer
        return "plan"
    if best is not None and best[1] == "past" and verb[0] is before and (before[-1] in _UNTIL or before[-1] in _LATEST) \
            and any(before[j] in _DIRECTIVES and (_TO in before[j + 1:-1] or (len(before) - j == 3 and before[-2] in _OBJECTS))
                    for j in range(max(0, len(before) - _DIRECTIVE_REACH), len(before) - 1)):
        # ((at the merge of newswire31, whose ``_directed`` dates "ordered residents to leave on Monday" by the order: the
        # directive verb anywhere in the _DIRECTIVE_REACH words before the limit, not only the verb group read)
        # ((thirtieth session) and "I told him latest Monday", "asked them by Friday": the object and the limit)
        # (thirtieth session) "the judge ordered him to surrender his passport by Monday", "told staff to stay home
        # until Friday": the limit of what was ordered or asked, after the order: one still to come (a limit gone would be
        # told as missed, "was to surrender by Monday"), not "ordered the release on Tuesday", which dates the order: only
        # a limit's preposition
        return "future"
    if best is not None and best[1] == "past" and len(before) > 2 and before[-1] in _BOOKING_FOR \
            and (before[-2] in _FORECAST_FOR or (before[-3] in _FORECAST_FOR and before[-2].endswith("s"))):
        # (thirtieth session) "the Met Office issued a warning for Tuesday", "forecasters issued a flood alert for
        # Saturday", "the forecast for Monday was wrong": a warning or a forecast is for a day from when it was given,
        # gone or to come, the nearer (not the verb's past: the verb dates the warning, not its day)
        return "plan"
    if best is not None and best[1] == "past" and best[0] == 1 and before[-1] in _PLAN_SAID and len(before) > 1 \
            and (before[-2] in _PLAN_SAID_BY or not schedule_word(text, start, end)):
        # ("they said april": a month said with no preposition is the plan too, whoever said it; a
        # weekday after a third person's "said" is when it was said, "the minister said Monday")
        return "plan"  # "we said Wednesday though?", "you agreed friday": the day said as the plan, gone or to come
    if best is not None and best[1] == "present" and verb[0] is before and before[-1] in _COPULA_PREPOSITIONS \
            and best[0] <= _SCHEDULE_REACH + 1 and (verb[0][verb[1]] in _EXISTENTIAL_IS or (
                verb[1] > 0 and verb[0][verb[1]] in _COPULA_PRESENT and verb[0][verb[1] - 1] in _EXISTENTIAL)):
        return "future"  # "it's World Book Day on Thursday", "there is a meeting at 10": an event set for a day
    if best is not None and best[1] == "present" and best[0] == 1 and before[-1] in _COPULA_PRESENT:
        return "future"  # "first shift is mon 6am", "the vote is Monday": a day set for what comes
    if best is not None and best[1] == "present" and best[0] == 2 and len(before) > 1 and before[-2] in _COPULA_PRESENT \
            and (before[-1] in _COPULA_PREPOSITIONS or before[-1] in _COPULA_DAY_ADVERBS):
        # "the next meeting is on Monday", "the talk is at 2.30pm on Saturday": the same; (lead, thirty-third session)
        # "the recital is still Saturday", "the meeting is now Tuesday": an adverb of the arrangement between
        return "future"
    if (best is None or best[1] == "present") and before and before[-1] in _UNTIL:
        return "future"  # "(until tuesday)", "is off sick until weds": a limit still to come
    if len(before) > 1 and before[-1] in _UNTIL and before[-2] in _DEADLINE_HOLDERS \
            and after[:1] == [_TO] and not (before[-2] in _AUX_PAST and before[-2] not in _HAVE_PRESENT):
        # (newswire31) "Candidates have until Friday to register", "the agency has until Sept. 30 to spend the money": a
        # deadline held now, still to come ("had until Friday to" is a past's: left to the other readings)
        return "future"
    if best is not None and best is told_before_it and before and before[-1] in _UNTIL:
        comma = _CLAUSE_COMMA.search(text, max(sent_start, start - 60), start)
        if comma is not None and len(_WORD.findall(text, comma.end(), start)) < best[0]:
            return "future"  # "anyone who hasn't paid, cash by the 30th": the verb is another clause's
    if best is None and text[start:after_end + 1].rstrip().endswith("?"):
        return "future"  # no verb in a question: "sat morning?", "drinks fri?": a proposal
    if (best is None or best[1] == "present") and _FIXTURE_START.search(text, max(sent_start, start - 40), min(after_end, end + 24)):
        return "future"  # (tweets) "KO 3pm Sat", "Sat KO 3pm vs Town", "tip-off 7:30 ET": a match's start, announced
        # before it; a warning's window ("Yellow warning for wind 06:00 Sat to 21:00 Sun"), issued before it
    if len(before) > 1 and before[-1] in _BOOKING_FOR and before[-2] in _PERIOD_PLANS \
            and text[start:end].lower() not in _HALF_NAMES and (
            best is None or (best[1] == "present" and verb[0] is before and verb[1] == len(before) - 2)):
        # (tense21) no verb ("budget for September", "priorities for Friday?"), or the noun read as a present verb
        # ("plans for September"): a plan's time is to come
        return "future"
    if best is None and any(w in _AHEAD_DETERMINERS for w in before[-4:]):
        return "future"  # (tweets) no verb, "Our next meetup: 11/3", "upcoming show 6/12": the one named next is ahead
    if best is None and before and ws == sent_start and before[0].endswith(_PROGRESSIVE) and len(before[0]) >= 5 \
            and before[0] not in _NOT_PROGRESSIVE:
        # a sentence that opens with a bare progressive ("working from home tmr and thu", "going
        # back sun night"): informal writing drops the "I'm"; it speaks of now and what comes (a
        # progressive with a day is an arrangement: "seeing him Tuesday" written on a Friday, the Tuesday ahead)
        return "future" if schedule else "present"
    if _going_off(before, best, ws == sent_start):
        return "future" if schedule else "present"   # (values25) "we're off to Spain in December": going somewhere
    if _bare_got(before, best, verb) and not any(_is_past_form(x) or x in _AUX_PAST for x in after[:n_to_comma]):
        return "future" if schedule else "present"   # (values25) "got the dentist thurs": "have got", an arrangement
    if schedule and best is not None and best[1] == "present" and _scheduled(*verb) and (
            (verb[0] is before and best[0] - _clock_range_words(before, verb[1]) <= _schedule_reach(*verb, caps_b)
             and before[-1] not in _DETERMINERS)
            or (verb[0] is after and (verb[0][verb[1]].endswith(_PRESENT_SUFFIXES) or verb[0][verb[1]] in _AUX_PRESENT
                                      or verb[0][verb[1]] in _HAVE_GOT))):
        # ((ampm34, §125) after it, "have got" too: "Fri I've only got 7.30am or 4.15", "Tuesday we've got 11am free":
        # what is offered or booked for the day, a day to come; ``_scheduled`` asks for its "have")
        # (the verb at most five words before the expression, which modifies no noun: not "under a
        # June agreement"; after it, a verb in -s or "is"/"are": not "Alarcon, head of ...")
        return "future"  # "Rovers play Ashford on Saturday", "the trial opens Monday": set for a day to come
    if best is not None and best[1] == "present" and verb[0] is after and verb[1] == 0 \
            and (not before or len(before) <= _OPENERS_MAX and all(w in _OPENERS for w in before)
                 or before[-1] in _KNOWING_PAST) \
            and after[0] in _COPULA_PRESENT:
        # ((topicday35, §131) after a word or two that open a post or a turn and no more: "Right, Friday is the big one",
        # "Heads up: Saturday is the day"; or opening the clause a past verb of knowing takes: "just realised Friday is a
        # public holiday")
        return "future"  # "Tuesday is my day off", "Friday is payday": a day that opens its sentence before "is" is to come
    if (best is None or best[1] == "present" and verb[0] is after) and 1 < len(before) <= _OPENERS_MAX + 1 \
            and before[-1] in _TOPIC_FOR and all(w in _TOPIC_HEADS or w in _OPENERS for w in before[:-1]) \
            and any(w in _TOPIC_HEADS for w in before[:-1]):
        # (topicday35, §131) a post's heading of what is set for a day: "Timings for Friday:", "Draw for tomorrow",
        # "Team for Saturday is up", "Right, running order for Sunday": the day to come the post is about
        return "future"
    if best is not None and best[1] == "present" and verb[0] is before and text[start:after_end + 1].rstrip().endswith("?"):
        return "future"  # "are you free Monday?", "is the shop open on the 2nd?": a question in the present asks of what comes
    if (best is None or (best[1] == "future" and verb[0] is before and _TO in verb[0][max(0, verb[1] - 1):verb[1] + 1])) \
            and _thanked(before):
        return "past"  # "thanks for having us tues", "lovely to see you Monday!": thanks for what happened
    if (best is None or best[1] == "present") and _REMINDER.match(text, sent_start, min(start, sent_start + 48)):
        return "future"  # "Reminder it's World Book Day on Thursday", "don't forget the form Friday": what is to come
    if (best is None or (best[1] == "present" and verb[0] is before)) and _condition_before(before, len(before)):
        # (tense22) "if it rains on Saturday", "in case anyone needs a lift Friday": a condition in the present; "we need
        # two more players for Saturday", "still need a sub for Friday": what is wanted is for a time to come (the
        # lexicon's presents are a closed list: "rains", "need" are none of them, so no verb was read)
        return "future"
    if best is not None and best[1] == "past" and verb[0] is before and len(before) - verb[1] > 2 \
            and before[-1] in _REPORTED_START_WORDS and before[verb[1]] in _REPORTED_START_VERBS \
            and not any(_is_past_form(x) or x in _AUX_PAST for x in before[verb[1] + 1:-1]) \
            and not any(_is_past_form(x) or x in _PAST or x in _AUX_PAST for x in after[:n_to_comma]):
        # (thread41, §193) "driver reckoned extra buses from Thursday when the school hols kick in", "they said the buses
        # stop from Thursday": a start reported, with no past of its own between the verb of saying and "from" (nor after
        # the day in its clause), is the start told: the nearer such day, gone or to come, not the day of the saying
        return "plan"
    if best is not None and best[1] == "past" and verb[0] is before and _reported_arrangement(before) \
            and not any(_is_past_form(x) or x in _PAST or x in _AUX_PAST for x in after[:n_to_comma]):
        return "future"   # (tense22) "he told me he was coming on Friday": a reported arrangement (not "... when it happened")
    return best[1] if best else None


_PARTICIPLE_REACH = 5   # the participle at most five words before the expression ("speaking to reporters on Saturday")
_MAIN_VERB_REACH = 8    # the main clause's verb at most eight words after it ("..., in Paris, said")


def _apposed_participle(text: str, lo: int, start: int, before: list[str], after: list[str],
                        caps_a: list[bool], n_to_comma: int) -> str | None:
    """(thirtieth session) A bare -ing participle with no auxiliary and no subject of its own, set off by a comma
    ("The president, speaking on Saturday, said ...") or after a plural or capitalised noun ("Officials speaking on
    Saturday said ...", "Passengers travelling on Friday should expect delays"), heads a phrase that modifies the
    noun: its time is the main clause's, whose finite verb follows the expression. 'past' or 'future' from that verb,
    else None (the reading of the participle as a progressive stands). ``before``/``after``: tense_at's words;
    ``n_to_comma``: the words after the expression before a comma. Without the comma before the participle, the
    main verb must come before that comma: "Mum visiting Saturday, said she'd bring cake" is informal's dropped
    "is" ("Mum's visiting"), a clause of its own."""
    for k in range(len(before) - 1, max(-1, len(before) - 1 - _PARTICIPLE_REACH), -1):
        w = before[k]
        if not (len(w) >= 5 and w.endswith(_PROGRESSIVE) and w not in _NOT_PROGRESSIVE):
            continue
        j = k - 1
        while j >= 0 and before[j] in _FILLERS:
            j -= 1   # "still travelling": the word of the group before the participle
        if j < 0 or j != k - 1:
            return None   # opens the window, or after "be"/"not": a verb group of its own
        p = before[j]
        if p in _AUX_PRESENT or p in _AUX_PAST or p in _AUX_FUTURE or p in _LINKING or p in _SUBJECTS \
                or p == _TO or "'" in p or "’" in p:
            return None   # "is speaking", "we travelling", "to be", "Mum's coming": a progressive of its own
        seg = text[lo:start]
        at = seg.lower().rfind(w)
        if at < 0:
            return None
        apposed = seg[:at].rstrip().endswith(",")
        if not apposed and not (p.endswith("s") and len(p) > 3) and not seg[at - len(p) - 1:at - 1][:1].isupper():
            return None   # after a word that is neither a plural nor a name: "go shopping", "keep working"
        # (without the comma, the main verb right after the expression: "Officials speaking on Saturday said"; not a verb
        # further on, a relative clause's: "Vet visiting Tuesday for a ewe that prolapsed yesterday")
        for i in range(min(len(after), _MAIN_VERB_REACH if apposed else min(1, n_to_comma))):
            t = _group_tense(after, i, near=False, caps=caps_a, follows=True)
            if t:
                return t if t in ("past", "future") else None
        return None
    return None


# (fresh16) a past copula put before its subject asks of a time gone: "were you open boxing day?", "was the shop
# open on Easter Monday?", "wasn't it free on the 2nd?". The present-looking word after the subject ("open") is an
# adjective there (a bare verb cannot follow "were you"), so the question is in the past, not a present question
# of what comes ("are you open boxing day?" stays so)
_SUBJECT_WORDS = 3   # (voices18) at most three words of a subject before a bare progressive
_PARTICLES_AFTER = 2   # and at most two particles between it and the expression


_BARE_PROGRESSIVE_SUBJECTS = frozenset(_L["bare_progressive_subjects"])
_BARE_PRESENT_SUBJECTS = frozenset(_L["bare_present_subjects"])
_NOT_BARE_PRESENTS = frozenset(_L["not_bare_presents"])


def _subject_present(before: list[str], k: int) -> bool:
    """(lead, thirty-seventh session, §155) before[k] is the present of a subject pronoun with no -s right before it, a
    word no list of verbs holds or one they leave undecided: "it was last week but we run tasters from Easter", "they do
    brunch Saturdays" (that clause's present, nearer than the past of the clause before); not after an auxiliary or a
    modal, whose group it is ("did you run", "can we do")."""
    return k > 0 and before[k - 1] in _BARE_PRESENT_SUBJECTS and _bare_present(before[k]) \
        and not (k > 1 and (before[k - 2] in _AUX_PAST or before[k - 2] in _MODALS or before[k - 2] in _AUX_FUTURE))


def _bare_present(w: str) -> bool:
    """(lead, §155) A word after a subject pronoun that can be its present verb: letters only, no past form, no filler,
    adverb or progressive, and none of the words the lexicon says are no present of their own clause."""
    return w.isalpha() and len(w) > 1 and w not in _NOT_BARE_PRESENTS and w not in _FILLERS and w not in _DETERMINERS \
        and w not in _CLAUSE_BREAK and not _is_past_form(w) \
        and not w.endswith(_ADVERB_ENDS) and not w.endswith(_PROGRESSIVE) and w not in _PAST
_COMPLEMENT_WORDS = 4   # (direction36) at most four words of the progressive's complement before the day ("by Granny",
# "all day", "back from Bridgetown"): the pronoun is read at most six words back


def _pronoun_progressive(before: list[str]) -> bool:
    """(direction36, §139) The words before an expression end on a subject pronoun, a bare progressive right after it
    (no copula: "I sleeping", "we going", "they playing") and at most ``_COMPLEMENT_WORDS`` words of letters, no clause
    word among them (the words of ``tense_at``, lower case; no verb group among them, which ``tense_at`` has found)."""
    n = len(before)
    for k in range(n - 1, max(0, n - 2 - _COMPLEMENT_WORDS), -1):
        w = before[k]
        if not w.isalpha() or w in _CLAUSE_BREAK:
            return False
        if w.endswith(_PROGRESSIVE) and len(w) >= 5 and w not in _NOT_PROGRESSIVE:
            return before[k - 1] in _BARE_PROGRESSIVE_SUBJECTS
    return False


def _subject_progressive(before: list[str]) -> bool:
    """The words before an expression are a short subject, a progressive with no auxiliary and at most two
    particles: "mum visiting", "the vet's coming out", "dad flying back" (the words of ``tense_at``, lower case)."""
    for k in range(1, min(len(before), _SUBJECT_WORDS + 1)):
        w = before[k]
        if w.endswith(_PROGRESSIVE) and len(w) >= 5 and w not in _NOT_PROGRESSIVE:
            rest = before[k + 1:]
            return len(rest) <= _PARTICLES_AFTER and all(x in _PROGRESSIVE_PARTICLES for x in rest) \
                and all(x.replace("'", "").replace("’", "").isalpha() and x not in _VERB_GROUP_WORDS for x in before[:k])
    return False


def _past_copula_asks(before: list[str], k: int) -> bool:
    if k >= 2 and before[k - 2] in _PASSIVE_PAST and before[k - 1] in _SUBJECTS:
        return True
    return k >= 3 and before[k - 3] in _PASSIVE_PAST and before[k - 2] in _DETERMINERS and before[k - 1] not in _VERB_GROUP_WORDS


_SUBJECT_PAST = set(_L["subject_pronouns"]) - set(_L["subject_pronouns_not_past"])
_IT = "it"
_WEATHER_PASTS = set(_L["weather_pasts"])     # (left20b) "it rained", "it snowed": a report of weather gone
_CONDITIONAL = set(_L["conditional_words"])
_PASSIVE_PAST = {w for w in _L["aux_past"] if w.startswith(tuple(_L["passive_past_stems"]))}   # (news8) "was passed", "weren't told"
_OPENING_CLAUSE = 12   # (news8) words of a clause that opens its sentence read for its finite past
_THAT = "that"
_SIMPLE_PAST = set(_L["simple_past_forms"])                # "the law took effect on January 1": never a participle
_NEG_PAST = {w for w in _L["aux_past"] if w.endswith(tuple(_L["negation_endings"]))}
_DID = frozenset(w for w in _L["aux_past"] if w.startswith(_DID_STEM))   # (tense22) "how did it go on Friday?"   # "wasn't the last one in march?"
_NOT_FINITE_AFTER = set(_L["range_end_words"]) | set(_L["aux_past"]) | set(_L["linking_verbs"])


_SUBJECT_LESS_NOT = _PLAN | _BOOKING | _RESCHEDULE | _EXPECTED | _EXPECT_VERBS | set(_L["aux_past"])


def finite_past(text: str, sent_start: int, start: int) -> bool:
    """Whether a finite past stands in the clause before the expression, surely of a time gone: a
    pronoun and a past form ("we booked the venue in March", "they went on sale in February"), a
    negated past auxiliary ("wasn't the last one in march?"), a past form that is never a participle
    ("the law took effect on January 1" written on 29 December), a past form after a clause's
    one-word subject ("Retailers reported record sales in August"), or "since" right before it ("sales
    have fallen since August"); not a participle ("a deal signed in January"), nor a copula ("it was
    June 2nd": a plan may be told so), nor a limit ("they moved it to the 5th"). Reads at most 120
    characters, back to the last comma."""
    a = max(sent_start, start - 120)
    a = max(a, text.rfind(",", a, start) + 1)
    clause = [w.lower() for w in _WORD.findall(text, a, start)]
    words = clause[-8:]
    if words and words[-1] in _BEFORE_SPEAKING:
        return True    # "sales have fallen since August" written in June: a time before the moment of speaking
    if len(words) > 1 and words[-1] in _UNTIL and words[-2] in _SIMPLE_PAST:
        return True    # "heroic took until january": the limit of a finite past is gone too
    if not words or words[-1] in _NOT_FINITE_AFTER or words[-1] in _DETERMINERS:
        return False   # (a limit, "moved it to the 5th"; a date that modifies a noun, "gave no reason for the Jan. 14 deadline")
    if any(x in _PLAN for x in words) or words[-1] in _RESCHEDULE_TO:
        return False   # a plan told in the past ("was supposed to be in March"), a date set anew ("moved it to the 5th")
    if (a == sent_start or text[a - 1] == ",") and clause:
        # a clause that opens "Retailers reported ...", "The company reported ...", (news8) "The second
        # trial opened at Southwark Crown Court on ...": the past form after a one-word subject (or a
        # determiner and one or two words) is the finite verb (a participle follows its noun deeper in);
        # in a clause of at most eight words (twelve after a subject of three: a longer one may put the
        # date on a noun, "He was remanded in custody until a hearing in January")
        k = 1 if clause[0] not in _DETERMINERS else 3 if len(clause) > 3 and _is_past_form(clause[3]) \
            and not _is_past_form(clause[2]) else 2
        if len(clause) <= (_OPENING_CLAUSE if k == 3 else 8) and _subject_then_past(clause, k):
            return True
    if any(w in _MODAL_PERFECTS or (w in _MODALS and k + 2 < len(words) and words[k + 1] in _PERFECT and (
            _is_past_form(words[k + 2]) or words[k + 2] in _PARTICIPLES)) for k, w in enumerate(words)):
        return True    # (tense19) a modal perfect: "I should have gone in July", "we coulda come at Easter": a time gone
    if a == sent_start and len(clause) > 1 and (clause[0] in _MODAL_PERFECTS or (
            clause[0] in _MAIN_VERB_PASTS and clause[1] in _DETERMINERS) or (
            clause[0] in _PASSIVE_PAST and _TO not in clause and _SUBJECT_LESS_NOT.isdisjoint(clause[1:]))):
        # (tense19) a sentence that opens on a modal perfect ("shoulda gone in July"), on "had"/"did" as its main
        # verb ("Had a blast in July", "Did a 10k in May") or on "was"/"were" ("was proper wasted in February",
        # "were you open in March?"), its subject left out: a time gone (not a plan, "was supposed to be in March",
        # "was due in May", nor a date set anew, "was moved to March": the checks above)
        return True
    if (a == sent_start or text[a - 1] == ",") and len(clause) > 2 and any(tuple(clause[:len(o)]) == o for o in _PAST_OBLIGATION) \
            and _SUBJECT_LESS_NOT.isdisjoint(clause[1:]) and _RESCHEDULE.isdisjoint(clause[1:]) and _BOOKING.isdisjoint(clause[1:]) \
            and clause[-1] not in _UNTIL:
        # (left21) "had to work in February", "ugh, ended up working in March": the clause's finite past, its subject
        # left out (not a booking, a date set anew or a limit: "had to book it for March", "had to move it to March",
        # "had to be done by March")
        return True
    if a == sent_start and len(clause) > 1 and _is_past_form(clause[0]) and clause[0] not in _SUBJECT_LESS_NOT:
        # (past) a review's or a diary's sentence that opens on its past verb, its subject left out
        # ("Stayed here in July with the kids", "Visited in March for my birthday", "Ordered on the
        # 3rd, still nothing"): a finite past; not a plan or a booking ("Booked for July", "Scheduled
        # for March", "Expected in May"), whose date may be ahead
        return True
    for r, w in enumerate(clause):
        # (news8) after a verb of saying, its clause's subject and a past form: "the coach said the
        # team lost its captain in February", "said that the plant closed in March"
        if w in _REPORTING:
            j = r + 1 + (clause[r + 1:r + 2] == [_THAT])
            if j < len(clause) and clause[j] in _DETERMINERS and any(
                    _subject_then_past(clause, m, j) for m in (j + 2, j + 3)):
                return True
    if any(w in _PASSIVE_PAST and _is_past_form(nxt := next((x for x in words[k + 1:k + 3] if x not in _FILLERS), ""))
           and nxt not in _BOOKING and nxt not in _RESCHEDULE and not any(x in _UNTIL for x in words[k + 2:])
           for k, w in enumerate(words)):
        # (news8) a past passive: "Last year's budget was passed in February", "were arrested in June" (not
        # a limit after it: "was remanded in custody until a hearing in January", a hearing to come)
        return True
    if any(w == _IT and next((x for x in words[k + 1:k + 3] if x not in _FILLERS and not (len(x) > 5 and x.endswith(_ADVERB_ENDS))), "")
           in _WEATHER_PASTS and _CONDITIONAL.isdisjoint(words[:k]) for k, w in enumerate(words)):
        # (left20b) "it rained all day in February", "it absolutely poured at christmas": weather is never arranged,
        # its past tells a time gone (not after "if": "if it rained in June we'd stay in")
        return True
    return any(w in _NEG_PAST or w in _SIMPLE_PAST or (w in _SUBJECT_PAST and k + 1 < len(words) and words[k + 1] not in _NOT_FINITE_AFTER
               and _is_past_form(words[k + 1])) for k, w in enumerate(words))


def _subject_then_past(words: list[str], k: int, lo: int = 0) -> bool:
    """Whether words[k] is a past form right after a subject words[lo:k] (no auxiliary, no
    infinitive in it), with more words after it and not "by" (a passive participle's agent)."""
    return len(words) > k + 1 and all(x[:1].isalpha() and x not in _AUX_PRESENT and x not in _AUX_PAST
                                      and (x not in _NOT_INFINITIVE or x in _DETERMINERS) for x in words[max(lo, k - 2):k]) \
        and _is_past_form(words[k]) and words[k + 1] != _AGENT_BY


_FRONTED_REACH = 6   # words after a fronted date's comma to its clause's verb ("In January, American Medical brought")


def fronted_past(text: str, sent_start: int, start: int, end: int) -> bool:
    """(news7) Whether the expression opens its sentence after a preposition and a comma follows it,
    and its clause's verb is a simple past ("In January, American Medical brought in a new chief
    executive"; "On 3 March, police arrested two men"): a time gone, whatever its distance. Not
    after "will", "would", "to" or an auxiliary ("In March, the board will vote"). Reads at most
    four words before and six after."""
    head = _WORD.findall(text, sent_start, start)
    comma = text.startswith(",", end)
    if len(head) > 2:
        return False
    after = [w.lower() for w in _WORD.findall(text, end + comma, min(len(text), end + 80))][:_FRONTED_REACH]
    if not comma and not (after and after[0] in _SUBJECTS and after[0] not in _RELATIVE and text[end:end + 1] in " \t"):
        # (tweets33, §120) no comma, but a subject pronoun right after it: "In February I took over a library nobody
        # wanted", "In March we moved house" (a person's own past, not a month or two ahead); only a blank between (the
        # merge: "EDIT 2 (8/24): he paid in full" is an edit's own date, later than the post, no fronted past)
        return False
    for k, w in enumerate(after):
        if w in _AUX_FUTURE or w in _AUX_PRESENT or w in _AUX_PAST or w == _TO or w.endswith(_CLITICS) or w in _PERFECT:
            return False
        if k and (w in _SIMPLE_PAST or (_is_past_form(w) and w not in _NOT_PAST_ED)):
            return True
    return False


_ASIDE_OPENERS = frozenset(_L["fronted_openers"])   # (news36) "In January,", "On Friday,": the frame's preposition
_ASIDE_TOKEN = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?|\d+(?:[.:]\d+)*|,")   # words, numbers and the commas between them
_ASIDE_CHARS = 320   # characters read after the date (bounds the scan; a long aside and its clause's subject fit)
_ASIDE_WORDS = 40    # words read at most across the asides and the clause's subject
_ASIDE_COMMAS = 4    # commas crossed at most (two asides, and a place's "Birmingham, Ala.," in the subject)
_ASIDE_HEAD_CHARS = 24   # characters before the date at most: its preposition and a word ("And on", "Then in")


def fronted_aside_past(text: str, sent_start: int, sent_end: int, start: int, end: int) -> bool:
    """(news36) Whether a date that opens its sentence ("In January,", "On Friday,") is dated by a clause whose simple
    past comes after an aside closed by a comma: "In January, a week after the 25th anniversary of Roe vs. Wade, a
    clinic bombing in Birmingham, Ala., killed a police officer"; "On Friday, two days after the vote, the prime minister
    conceded defeat"; "In November, after months of talks, the union accepted the offer". The frame takes its clause's
    tense, however far the aside puts the verb (``fronted_past`` reads six words after the comma, where the aside's own
    words stand). Not after an auxiliary, "to" or a clitic before the past ("In December, a week after the budget, the
    council will vote"); a past form right after the date's comma ("In March, faced with losses, ...") opens an aside, its
    participle, no verb of the clause (one after a later comma is the clause's: "in Birmingham, Ala., killed").
    At least one comma is crossed before the past (without one, ``fronted_past`` and ``tense_at`` read the clause).
    Reads at most _ASIDE_CHARS characters after the date, never past its sentence."""
    if start - sent_start > _ASIDE_HEAD_CHARS or not text.startswith(",", end):
        return False
    head = _WORD.findall(text, sent_start, start)
    if not head or len(head) > 2 or head[-1].lower() not in _ASIDE_OPENERS:
        return False
    commas = 0
    toks = _ASIDE_TOKEN.findall(text, end + 1, min(sent_end, end + 1 + _ASIDE_CHARS))
    for n, tok in enumerate(toks[:_ASIDE_WORDS + 1]):
        if n >= _ASIDE_WORDS:
            return False
        if tok == ",":
            commas += 1
            if commas > _ASIDE_COMMAS:
                return False
            continue
        w = tok.lower()
        nxt = toks[n + 1].lower() if n + 1 < len(toks) else ""
        # ("according to court papers", "close to the border": "to" before a noun's words is a preposition, no infinitive)
        if w in _AUX_FUTURE or w in _AUX_PRESENT or w in _AUX_PAST or (w == _TO and nxt not in _NOT_INFINITIVE) \
                or w.endswith(_CLITICS) or w in _PERFECT:
            return False
        if n and commas and (w in _SIMPLE_PAST or (_is_past_form(w) and w not in _NOT_PAST_ED)):
            return True
    return False


def since_perfect(text: str, sent_start: int, start: int, end: int) -> bool:
    """(news7) Whether the expression follows "since" and its clause goes on in the present perfect
    ("Since January the club has signed five players", "since March, prices have risen"): a time
    up to the moment of writing. Reads the word before and at most eight words after."""
    before = _WORD.findall(text, max(sent_start, start - 12), start)
    if not before or before[-1].lower() not in _BEFORE_SPEAKING:
        return False
    after = [w.lower() for w in _WORD.findall(text, end, min(len(text), end + 100))][:8]
    stop = text.find(".", end, end + 100)
    if stop >= 0:
        after = after[:len(_WORD.findall(text, end, stop))]
    return any(w in _PERFECT and _is_past_form(next((x for x in after[k + 1:k + 4] if x not in _FILLERS), ""))
               for k, w in enumerate(after))


_FIRM_REACH = 10   # words before the expression read for a firm future


def firm_future(text: str, sent_start: int, start: int) -> bool:
    """(news8) Whether the future of the expression is set by the sentence's own verb, not by an
    infinitive of a noun ("the ruling to repatriate the child by Jan. 14") or a modal ("should call
    ... quoting the log of September 11"): a present auxiliary before a word of planning and "to"
    ("is set to open on 9 January", "are due to begin"), a verb of expectation in the present
    ("Forecasters expect the river to peak on 3 June"), or "would" after a verb of saying ("the judge
    said Crane would be sentenced on 19 January"). Such a future names no day gone. Reads at most ten
    words (120 characters) before the expression, back to a clause break."""
    words = [w.lower() for w in _WORD.findall(text, max(sent_start, start - 120), start)][-_FIRM_REACH:]
    if len(words) > 1 and words[-1] in _UNTIL and words[-2] in _DEADLINE_HOLDERS and words[-2] in _HAVE_PRESENT \
            and _DEADLINE_TO.match(text, start) is not None:
        return True   # (newswire31) "the agency has until Sept. 30 to spend it": a deadline held now is not gone
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        if w in _CLAUSE_BREAK:
            return False
        if w in _AUX_PRESENT and _TO in words[k + 1:k + 4] and any(x in _PLAN for x in words[k + 1:k + 3]):
            return True
        if w in _EXPECT_VERBS and w != _EXPECT_NOT and not (k and (words[k - 1] in _DETERMINERS or words[k - 1] in _AUX_PAST)):
            return True
        if w in _NOT_NOW and w == _BACKSHIFT_WOULD and any(x in _REPORTING for x in words[max(0, k - 5):k]):
            return True
    return False


_DESIRES = set(_L["backshift_desires"])
_BACKSHIFT_WOULD = _L["backshift_would"][0]
_EXPECT_NOT = _L["expect_not_backshift"][0]   # "forecast": a verb of expecting that reports no backshift
_USED = _L["used_to_verb"][0]                 # "used to"
_CONDITION = re.compile(r"\b(?:%s)\b" % ordered(_L["condition_openers"]), re.I)
_WOULD_WORD = re.compile(expand(r"(?<![\w'’])(?:{would_words:bare})(?![\w'’])|\w['’](?:{would_word_clitics:bare})\b", _L), re.I)


def backshifted(text: str, sent_start: int, start: int) -> bool:
    """(news8) Whether a past form before the expression is reported speech's past for a present or a
    future ("the mayor said she wanted this one agreed before Christmas": she wants it; "would walk
    out unless the trust improved its offer by Tuesday": a condition of what would come). Reads at
    most twelve words (150 characters) before the expression."""
    a = max(sent_start, start - 150)
    low = text[a:start].lower()
    if not (_BACKSHIFT_WOULD in low or any(c in low for c in _WOULD) or any(w in low for w in _DESIRES)):
        return False   # (most past dates: neither a "would" nor a verb of desire before them, no words read)
    words = [w.lower() for w in _WORD.findall(text, a, start)][-12:]
    for k, w in enumerate(words):
        if w in _DESIRES and any(x in _REPORTING for x in words[max(0, k - 4):k]):
            return True    # "said she wanted", "told staff it hoped"
    would = None
    for would in _WOULD_WORD.finditer(text, a, start):
        pass
    if would is None:
        return False
    cond = _CONDITION.search(text, would.end(), start)
    return cond is not None and len(_WORD.findall(text, cond.end(), start)) <= 8


_ANNOUNCING = frozenset(_L["announcement_verbs"])
_ANNOUNCE_REACH = 10   # words read before the expression for an announcement in the present perfect


def announced_plan(text: str, sent_start: int, start: int) -> bool:
    """(twentieth session, tense21) Whether a verb of announcing in the present perfect stands before the expression
    with no past form, past auxiliary or clause break after it: "the club has confirmed no fixtures over Christmas",
    "the council has announced no bin collections over Christmas", "they have said no deliveries over Easter" (a
    plan made just now: its holiday is the next one; not "has confirmed it was shut over Christmas", "we had no
    fixtures over Christmas"). Reads at most ten words (120 characters) before the expression."""
    words = [w.lower() for w in _WORD.findall(text, max(sent_start, start - 120), start)][-_ANNOUNCE_REACH:]
    for k in range(len(words) - 1, 0, -1):
        w = words[k]
        if w in _CLAUSE_BREAK or w in _AUX_PAST and w not in _PERFECT:
            return False
        if w in _ANNOUNCING:
            j = k - 1
            while j > 0 and (words[j] in _FILLERS or (len(words[j]) > 5 and words[j].endswith(_ADVERB_ENDS))):
                j -= 1
            a = words[j]
            return (a in _PERFECT or a.endswith(_HAVE_CLITICS)) and not any(
                _is_past_form(x) or x in _PAST or x in _AUX_PAST for x in words[k + 1:])
        if _is_past_form(w) or w in _PAST:
            return False
    return False


def announced_arrangement(text: str, sent_start: int, start: int) -> bool:
    """(twenty-first session, tense22) Whether a present perfect before the expression announces an arrangement: a verb
    of announcing whose object opens on "no" or holds a noun of lexicon ``arrangement_nouns`` ("the council has
    announced no collections on Monday", "they've announced a strike on Friday", "the organisers have announced road
    closures on Sunday"), or a perfect of lexicon ``arranging_perfects`` ("we've been invited to a party on Saturday",
    "I've signed up for Sunday", "they've invited us round on Friday"), with no past form or clause break after it.
    The present perfect takes no time gone of its own ("*has announced on Monday"): the day is the arrangement's. Not
    "police have confirmed a man died on Monday" (a past after it), "has confirmed the death of a man on Monday" (no
    noun of arranging). Reads at most ten words (120 characters) before the expression."""
    words = [w.lower() for w in _WORD.findall(text, max(sent_start, start - 120), start)][-_ANNOUNCE_REACH:]
    if words and words[-1] in _BEFORE_SPEAKING:
        return False   # "tracking has said out for delivery since friday": a time up to now
    for k in range(len(words) - 1, 0, -1):
        w = words[k]
        if w in _CLAUSE_BREAK or (w in _AUX_PAST and w not in _PERFECT):
            return False
        n = next((len(p) for p in _ARRANGING_PERFECTS if k >= len(p) and tuple(words[k - len(p) + 1:k + 1]) == p), 0)
        if n or w in _ANNOUNCING:
            j = k - (n or 1)
            while j > 0 and (words[j] in _FILLERS or words[j] == _BEEN or (len(words[j]) > 5 and words[j].endswith(_ADVERB_ENDS))):
                j -= 1
            a, rest = words[j], words[k + 1:]
            if not (a in _PERFECT or a.endswith(_HAVE_CLITICS)) or any(
                    _is_past_form(x) or x in _PAST or x in _AUX_PAST for x in rest):
                return False
            return bool(n) or (bool(rest) and rest[0] in _ARRANGEMENT_NEGATORS) or not _ARRANGEMENT_NOUNS.isdisjoint(rest)
        if _is_past_form(w) or w in _PAST:
            return False
    return False


def headline_act(text: str, sent_start: int, start: int) -> bool:
    """(news8) Whether a headline's verb before the expression is an act told in the present of
    headlines ("Mayor unveils budget Thursday", "Council publishes plans Monday": a report of what
    was done), not a timetable's ("Trial opens Monday") nor a future ("Mayor to unveil budget
    Thursday", "Mayor will unveil ..."). Reads at most 80 characters before the expression."""
    words = [w.lower() for w in _WORD.findall(text, max(sent_start, start - 80), start)]
    k = next((k for k in range(len(words) - 1, -1, -1) if words[k] in _HEADLINE_ACTS), None)
    return k is not None and not any(w == _TO or w in _AUX_FUTURE or w.endswith(_CLITICS) for w in words[:k])


def _thanked(before: list[str]) -> bool:
    """Whether the words before an expression give thanks or pleasure for it: "thanks for", "thank
    you for" ("thanks for having us tues"), or a pleasure adjective before "to" ("lovely to see you
    Monday!", "great to catch up on Friday"), with no future or modal auxiliary ("it'll be lovely
    to see you Monday", "would be great to meet on Friday")."""
    if _THANKS_OR_PLEASURE.isdisjoint(before):
        return False   # (speed5) no word of thanks or pleasure (nearly every call): one C loop, not a generator
    return _thanks_read(before)


def _thanks_read(before: list[str]) -> bool:
    """``_thanked``'s reading of the words (true only where one is in _THANKS or _PLEASURE)."""
    if any(w in _AUX_FUTURE or w in _MODALS or w.endswith(_CLITICS) for w in before):
        return False
    for k, w in enumerate(before):
        if w in _THANKS and _BOOKING_FOR & set(before[k + 1:k + 4]):
            return True
        if w in _PLEASURE and k + 1 < len(before) and before[k + 1] == _TO:
            return True
    return False


_WEEKDAY_WORDS = set(_L["weekdays"]) | set(_L["short_weekdays"])


def schedule_word(text: str, start: int, end: int) -> bool:
    """Whether the expression opens with a weekday name ("Monday", "tues"); (newswire32) or with one after an edge of
    the day ("late Monday", "early on Tuesday": "the company said late Monday that ..." dates the saying)."""
    m = _WORD.match(text, start, end)
    if m is not None and m.group().lower() in _DAY_EDGES:
        m = _WORD.match(text, m.end() + 1, end)
        if m is not None and m.group().lower() == _ON_WORD:
            m = _WORD.match(text, m.end() + 1, end)
    return m is not None and m.group().lower() in _WEEKDAY_WORDS


def told_from_the_past(text: str, sent_start: int, start: int) -> bool:
    """Whether the expression's future is a "would" told after a past form in its clause ("we were
    promised it would be open by Easter", "she thought it would come on Friday"): a future seen from
    a time gone (not a verb of reporting: "the company said it would open the plant in March" is
    news of what was just said). Reads at most 12 words (120 characters) before the expression."""
    words = [w.lower() for w in _WORD.findall(text, max(sent_start, start - 120), start)][-12:]
    for k, w in enumerate(words):
        if w in _NOT_NOW and w != _USED and k > 0 and any((_is_past_form(x) or x in _AUX_PAST) and x not in _REPORTING
                                                              for x in words[max(0, k - 4):k]):
            return True   # (not "said it would open the plant in March": news reports what was just said)
    return False


_POSS_HEADS = frozenset(_L["possessive_head_nouns"])
_POSS_HEAD_REACH = 4   # the possessive's clitic and up to three words of its noun phrase ("Friday's crucial vote")


def subject_tense(text: str, sent_end: int, end: int) -> str | None:
    """The tense of the verb whose subject the expression's possessive phrase is ("Saturday's match
    will be shown live": future; "Saturday's match ended 2-2": past); None when a comma or a clause
    break comes first, or no verb group ends within eight words (at most 120 characters read)."""
    hi = min(sent_end, end + 120)
    comma = text.find(",", end, hi)
    words = [w.lower() for w in _WORD.findall(text, end, comma if comma >= 0 else hi)][:8]
    if _day_offered(words):
        return "future"   # (direction44, §246) "Sunday's got 3 spaces free", "Friday's trip has 3 seats left": an offer
    # (eve31, §107) the possessive's head noun is never the verb, though it may be spelt as one ("Friday's vote
    # was close", "Saturday's match ended 2-2"): a word of lexicon possessive_head_nouns in the first few
    head = _POSS_HEAD_REACH if text.startswith(_S_CLITIC, end) else 0
    skipped = False
    for k, w in enumerate(words):
        if w in _CLAUSE_BREAK:
            return None
        if k < head and w in _POSS_HEADS:
            skipped = True
            continue
        if skipped and w in _NOT_NOW:
            return None   # "A recount of Tuesday's vote would be the first": a condition, no time of the vote's
        if _may_end_group(w):
            t = _group_tense(words, k, near=False, follows=True)
            if t:
                return t
    return None


_NOT_NOW = set(_L["told_in_the_past"])   # "would", "could": a story's future in the past
_PERFECT = set(_L["perfect_auxiliaries"])   # "has", "have": the present perfect speaks from now


def speaks_from_now(text: str, sent_start: int, start: int, tense: str) -> bool:
    """Whether the words of the sentence before an expression speak from the moment of
    writing: a "will" or "shall" ("a memorial will be held in September"), or a verb in the
    present and no past form ("the booths reopen on 16 June", "it is on loan until 4 June"), or
    a present perfect ("this season it has lost only once, in August");
    not "had reached ... on 4 November", "would return in May", "By 12 September, the French". Reads at most 14 words (200
    characters) before the expression."""
    raw = _WORD.findall(text, max(sent_start, start - 200), start)[-14:]
    if WILL_RE.search(" ".join(raw)):
        return True
    words = [w.lower() for w in raw]
    for k, w in enumerate(words):
        if w in _PERFECT and _is_past_form(next((x for x in words[k + 1:k + 4] if x not in _FILLERS), "")) \
                and not (k and (words[k - 1] in _MODALS or words[k - 1] in _AUX_FUTURE)):
            # the present perfect: "This season it has lost only once, in August" (not a modal's
            # perfect, a guess about the past: "may have contributed to the failure of the Spring Offensive")
            return True
    # (a past participle right after "is"/"are" is a present passive: "Room 12 is closed on 1 May")
    if tense == "past" or any((_is_past_form(w) and not (k and words[k - 1] in _AUX_PRESENT)) or w in _AUX_PAST or w in _NOT_NOW
                              for k, w in enumerate(words)):
        return False
    # a verb in the present before it ("reopen on 16 June", "reopens to visitors on 12 April"; "is"
    # before a limit: "is on loan until 4 June"); not a future read from "by" or "until" alone ("By 12 September, the French ..."),
    # nor a present after it ("Pickett's Charge on July 3 is often recalled as ...")
    return any(w in _AUX_PRESENT or (w in _PRESENT and (tense == "present" or w.endswith("s"))) for w in words)


_PLUPERFECT = set(_L["pluperfect_auxiliaries"])
_APPOSED = re.compile(expand(r"[A-Z][\w'’-]*,\s+([a-z]+)(?:\s+(?:{apposed_source_prepositions:bare})\s+[A-Z][\w'’-]*)?\s+(?:%s)\s+$", _L)
                      % "|".join(map(re.escape, _L["apposition_prepositions"])))   # "Okafor, signed (from Ashford) in January"


def apposed_past(text: str, sent_start: int, start: int) -> bool:
    """Whether the expression dates a past participle set after a name between commas
    ("Okafor, signed in January, scored twice"): a reduced relative clause that reports what
    happened, never a plan told in the past ("was set for January", "payable Dec. 15")."""
    m = _APPOSED.search(text, max(sent_start, start - 64), start)
    return m is not None and _is_past_form(m.group(1))


def told_before(text: str, sent_start: int, start: int) -> bool:
    """Whether the expression belongs to a verb in the past perfect ("Nightingale had reached
    Scutari on 4 November"): a time before the point the story has reached. The "had" and
    its past form stand among the 10 words before the expression, no clause break after them."""
    a = max(sent_start, start - 120)
    a = max(a, text.rfind(";", a, start) + 1)   # (history5) "... had happened on 17 June 1972; the tapes released on 5 August"
    if not any(aux in text[a:start].lower() for aux in _PLUPERFECT):
        return False   # (most expressions: no "had" before them, no words read)
    words = [w.lower() for w in _WORD.findall(text, a, start)[-10:]]
    for k in range(len(words) - 2, -1, -1):
        w = words[k]
        if w in _CLAUSE_BREAK:
            return False
        if w in _PLUPERFECT:
            nxt = next((x for x in words[k + 1:k + 4] if x not in _FILLERS), "")
            return _is_past_form(nxt)
    return False
