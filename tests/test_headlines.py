"""Headlines against the gold set (tests/data/headlines_gold.jsonl), and their hard rules."""
import json
import os
import re
from datetime import date

import pytest

from timeline_app.core.headlines import MAX_CHARS, cut, headline, headline_rows

GOLD = os.path.join(os.path.dirname(__file__), "data", "headlines_gold.jsonl")


def _headlines_are(cases) -> None:
    """Each (sentence, expression, headline): the headline of the expression's first occurrence."""
    for s, e, want in cases:
        i = s.index(e)
        assert headline(s, (0, len(s)), (i, i + len(e)))[0] == want, (s, e)


def load_gold():
    with open(GOLD, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _has(text: str, words: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(words.lower()) + r"(?!\w)", text.lower()) is not None


def judge(item) -> tuple[bool, str, list, list]:
    """An item may carry a "context": the sentences before it in the same text (for a pronoun
    subject, "He resigned on Monday", that borrows the person named there)."""
    s, e = item["sentence"], item["expression"]
    ctx = item.get("context", "")
    off = len(ctx) + 1 if ctx else 0
    text = f"{ctx} {s}" if ctx else s
    i = off + s.index(e)
    h, c0, c1 = headline(text, (off, len(text)), (i, i + len(e)))
    missing = [w for w in item["must"] if not _has(h, w)]
    wrong = [w for w in item["must_not"] if _has(h, w)]
    return not missing and not wrong, h, missing, wrong


def score(items) -> float:
    return sum(judge(it)[0] for it in items) / len(items)


def test_gold_set_is_big_and_varied():
    items = load_gold()
    assert len(items) >= 150
    assert len({it["genre"] for it in items}) >= 12
    for it in items:
        assert it["expression"] in it["sentence"] and it["must_not"], it


def test_gold_set_share_met():
    items = load_gold()
    dev = [it for it in items if it["set"] == "dev"]
    held = [it for it in items if it["set"] == "held-out"]
    # floors we reach (README): the development items were studied while writing the rules; the
    # held-out ones were written afterwards and scored once, untuned
    assert score(dev) >= 0.95
    assert score(held) >= 0.85


@pytest.mark.parametrize("item", load_gold(), ids=lambda it: f"{it['genre']}:{it['expression']}")
def test_every_headline_keeps_the_hard_rules(item):
    ok, h, _m, _w = judge(item)
    s = item.get("context", "") + " " + item["sentence"]
    assert 0 < len(h) <= MAX_CHARS + 1
    # never a word cut in two: every word of the headline is a word of the text (a borrowed name
    # comes from the context), but for the auxiliary a participle phrase takes ("Elected in
    # 1998, the mayor ..." -> "The mayor was elected") and the 's of a name for "his"/"her"
    words = set(re.findall(r"\w+", s.lower())) | {"was", "were", "had", "been", "s"}
    assert set(re.findall(r"\w+", h.lower())) <= words, h
    # the expression itself is gone, but for the base of a comparison ("twice as many as in
    # 2019"), which says so (without it the headline would date the fact to the year compared
    # with), and for a date that names its happening ("an exhibition on the 1839 storm": "The 1839 storm")
    named = re.fullmatch(r"the " + re.escape(item["expression"].lower()) + r"(?: [a-z]+){1,3}", h.lower())
    compared = named or re.search(r"\b(?:than|as|compared with|compared to)\s+(?:in\s+|on\s+)?" + re.escape(item["expression"].lower()),
                         h.lower())
    assert not _has(h, item["expression"]) or compared, h


def test_two_dates_for_two_happenings_give_two_headlines():
    s = "He was sentenced in 2009 to 12 years in prison and was released last spring."
    a = headline(s, (0, len(s)), (s.index("2009"), s.index("2009") + 4))[0]
    b = headline(s, (0, len(s)), (s.index("last spring"), s.index("last spring") + 11))[0]
    assert a == "He was sentenced to 12 years in prison"
    assert b == "He was released"


def test_an_ordinal_period_of_a_noun_is_labelled_as_that_period_not_as_the_noun():
    """"the invasion, now in its seventh month": the expression is the seventh month OF the invasion;
    a label "The Russian invasion" on its one-month bar reads as the whole invasion."""
    _headlines_are((
            ("Backers say Kyiv can push back against the Russian invasion, now in its seventh month.",
             "its seventh month", "Seventh month of the Russian invasion"),
            ("Nurses marched past the hospital to mark the strike, now in its 10th day.", "its 10th day",
             "10th day of the strike"),
            ("Tickets are still on sale for the festival, now in its final week.", "its final week",
             "Final week of the festival")))
    # an apposition that is no ordinal period stays the noun it is about
    s = "Delegates returned to the talks, now in their third round of the year."
    i = s.index("the year")
    assert "round" not in headline(s, (0, len(s)), (i, i + 8))[0]


def test_a_year_inside_a_noun_phrase_goes_alone():
    """"since the 2011 League Cup final": the year is the noun phrase's, not a time adverbial with
    its own preposition: removing "since the 2011" left "... a trophy League Cup final"."""
    _headlines_are((
            ("The club have not won a trophy since the 2011 League Cup final.", "2011",
             "The club have not won a trophy since the League Cup final"),
            ("The 2008 financial crisis wiped out trillions of dollars.", "2008",
             "The financial crisis wiped out trillions of dollars"),
            ("The company moved to Leeds in 2019 and grew.", "2019", "The company moved to Leeds")))


def test_a_season_that_names_the_subject_noun_stays():
    """"The summer transfer window closes on 30 August": the row of "The summer" is not "Transfer
    window closes on 30 August"; "In the spring elections were held" keeps its time out."""
    _headlines_are((
            ("The summer transfer window closes on 30 August.", "The summer",
             "The summer transfer window closes on 30 August"),
            ("The winter timetable starts in December.", "The winter", "The winter timetable starts in December"),
            ("In the spring elections were held.", "the spring", "Elections were held")))


def test_no_headline_keeps_a_to_whose_time_was_taken_out():
    """"He was sentenced to nine years in January 2023": the row of "nine years" is not "He was
    sentenced to in January 2023"; "moved the appointment to the 14th for some reason" likewise."""
    _headlines_are((
            ("He was sentenced to nine years in January 2023.", "nine years", "He was sentenced in January 2023"),
            ("The meeting was pushed back to next week after a row.", "next week",
             "The meeting was pushed back after a row"),
            ("The talks were moved to Friday.", "Friday", "The talks were moved"),
            ("Sales rose from 1997 to 2010.", "2010", "Sales rose from 1997")))


def test_a_frame_with_a_place_before_its_that_hands_over_to_what_it_reports():
    """"Officials said at a news conference on Monday that X": not "A news conference that X"."""
    _headlines_are((
            ("Officials said at a news conference on Monday that the bridge would reopen.", "Monday",
             "The bridge would reopen"),
            ("The minister said in Brussels on Tuesday that talks would resume.", "Tuesday", "Talks would resume")))


def test_an_opening_after_phrase_without_a_comma_goes_whole():
    """"After a long campaign the first restored section reopened in June 1989": not "A long campaign
    the first restored section reopened"; the subject opens at the last article or pronoun before
    the verb."""
    _headlines_are((
            ("After a long campaign the first restored section reopened in June 1989.", "June 1989",
             "The first restored section reopened"),
            ("After years of talks the two sides agreed a deal in May.", "May", "The two sides agreed a deal"),
            ("After three years in the Army he joined the band in 1946.", "1946", "He joined the band"),
            ("After the war ended in 1945, he went home.", "1945", "The war ended")))


def test_an_adverb_of_the_clause_cut_off_goes_with_it():
    s = "The authors expect most glaciers below 3,500 metres to disappear by 2050 even if emissions fall quickly."
    i = s.index("2050")
    assert headline(s, (0, len(s)), (i, i + 4))[0] == "The authors expect most glaciers below 3,500 metres to disappear"


def test_a_relative_clause_without_that_after_an_amount_is_its_own_event():
    """"The fee beats the £29m Westbrook paid for the midfielder in January 2022": what happened in
    January 2022 is the payment, not the fee beating it (that is now)."""
    _headlines_are((
            ("The fee beats the £29m Westbrook paid for the midfielder Jonas Brandt in January 2022.",
             "January 2022", "Westbrook paid £29m for the midfielder Jonas Brandt"),
            ("It expects profit of £95m, against the £120m it forecast in July.", "July", "It forecast £120m"),
            ("The firm will restore the 40 jobs it cut in March.", "March", "It cut 40 jobs")))
    # no amount: a day of the month, or a date before a name
    for s, e, wrong in (("They kept the 2nd we suggested on Friday.", "Friday", "We suggested 2nd"),
                        ("On the 14 September Austria sent a note on 2 October.", "2 October",
                         "September Austria sent 14")):
        i = s.index(e)
        assert not headline(s, (0, len(s)), (i, i + len(e)))[0].startswith(wrong)


def test_a_trailing_frame_reports_the_main_clause_not_an_aside_before_it():
    """The date of "scientists reported on Wednesday" is that of what they reported, not of the
    clause inside the apposition before the frame ("since measurements began")."""
    s = ("Glaciers in the Alps lost about 10% of their remaining ice in 2022 and 2023, the steepest "
         "two-year loss since measurements began, scientists reported on Wednesday.")
    i = s.index("Wednesday")
    got = headline(s, (0, len(s)), (i, i + 9))[0]
    assert got.startswith("Glaciers in the Alps lost about 10%") and "began" not in got
    s = "A frozen sensor and a tired crew caused the crash two years ago, investigators said on Thursday."
    i = s.index("Thursday")
    assert "caused the crash" in headline(s, (0, len(s)), (i, i + 8))[0]


def test_reporting_frames_go():
    s = ("A local Moscow-backed official and pro-Russian military bloggers said on Saturday that Moscow's "
         "forces had pulled out of Izyum, a staging post for the campaign in Donbas, to avoid being encircled.")
    i = s.index("Saturday")
    assert headline(s, (0, len(s)), (i, i + 8))[0] == "Moscow's forces had pulled out of Izyum"
    s = "Parliament passed the budget on 14 March, the finance ministry said."
    i = s.index("14 March")
    assert headline(s, (0, len(s)), (i, i + 8))[0] == "Parliament passed the budget"


def test_cut_never_mid_word():
    long = "The committee approved the plan " + "and the amendments to the plan " * 6 + "after a long debate"
    out = cut(long)
    assert len(out) <= MAX_CHARS + 1 and out.endswith("…")
    assert long.startswith(out[:-1])
    assert out[:-1].split()[-1] in long.split()


def test_hostile_sentences_are_linear_and_safe():
    s = ", ".join(["and the town fell"] * 2000) + " on Monday."
    i = s.index("Monday")
    h, c0, c1 = headline(s, (0, len(s)), (i, i + 6))
    assert 0 < len(h) <= MAX_CHARS + 1 and 0 <= c0 <= c1 <= len(s)
    assert headline("", (0, 0), (0, 0))[0] == ""
    s = "“”,,;;——"
    assert isinstance(headline(s, (0, len(s)), (2, 3))[0], str)


def test_any_span_of_any_sentence_gets_a_headline_without_raising():
    """Every run of 1-4 words of every gold sentence and of the sample's lines taken as the
    expression (15,000 cases, most of them not dates): a headline, never an exception (two
    such spans raised TypeError before: a frame whose content clause was not found)."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    sents = [it["sentence"] for it in load_gold()]
    with open(os.path.join(root, "resources", "kharkiv-offensive.md"), encoding="utf-8") as f:
        sents += [line for line in f.read().split("\n") if line.strip()]
    sents += ["JOHANNESBURG, August 7 (Xinhua) --", "-- , ; : “ ” ( )", "Monday.", ", now", "and, or, but"]
    for s in sents:
        spans = [m.span() for m in re.finditer(r"\S+", s)]
        for i in range(len(spans)):
            for j in range(i, min(len(spans), i + 4)):
                h, c0, c1 = headline(s, (0, len(s)), (spans[i][0], spans[j][1]))
                assert isinstance(h, str) and len(h) <= MAX_CHARS + 1 and 0 <= c0 <= c1 <= len(s)


def test_long_headlines_are_cut_before_a_phrase_and_never_on_a_dangling_word():
    s = ("Ukrainian forces said on Saturday they had dislodged Russian troops from Kupiansk in a lightning "
         "counter-offensive.")
    i = s.index("Saturday")
    assert headline(s, (0, len(s)), (i, i + 8))[0] == "Ukrainian forces had dislodged Russian troops from Kupiansk…"
    # a thousands comma is no clause mark ("3…" was cut there)
    s = ("The city council voted on Tuesday to approve a plan to build 3,000 affordable homes on the site of the "
         "former steelworks by the river.")
    i = s.index("Tuesday")
    h = headline(s, (0, len(s)), (i, i + 7))[0]
    assert "3,000 affordable homes" in h and h.endswith("…")
    for long in ("The board said the merger would create the largest maker of the " + "very " * 12 + "big things",
                 "The mayor opened a new bridge over the river and a park and a school and " * 3):
        out = cut(long)
        assert out.endswith("…") and out[:-1].split()[-1].lower() not in {"the", "of", "a", "and", "very", "over"}


def _in_text(ctx: str, s: str, expr: str) -> str:
    text = f"{ctx} {s}"
    off = len(ctx) + 1
    i = off + s.index(expr)
    return headline(text, (off, len(text)), (i, i + len(expr)))[0]


def test_a_pronoun_subject_borrows_the_one_person_named_just_before():
    assert _in_text("Leon Barre was transport minister for six years.", "He resigned on Monday.",
                    "Monday") == "Leon Barre resigned"
    # the surname alone, after the full name: the full name
    assert _in_text("Coach Dana Whitfield joined in 2015. Whitfield, 58, won two titles.",
                    "She left the club on Tuesday.", "Tuesday") == "Dana Whitfield left the club"
    # unsure: two people, a possessive, a place is no person, a quoted title is no person,
    # a pronoun of the other gender in between, a pronoun inside a quote
    assert _in_text("John Smith and Mary Jones met in Paris.", "He proposed in 1990.", "1990") == "He proposed"
    assert _in_text("The court heard from Tom Reed's lawyer.", "He appealed on Friday.", "Friday") == "He appealed"
    assert _in_text("Leon Barre moved to New York.", "He ran for mayor in 2001.", "2001") == "Leon Barre ran for mayor"
    assert _in_text('His recording of "Autumn Serenade" was a hit.', "He taught in the 1970s.",
                    "the 1970s") == "He taught"
    assert _in_text("Leon Barre met the mayor. She told him to resign.", "He resigned on Monday.",
                    "Monday") == "He resigned"
    assert _in_text("Leon Barre spoke.", '"He resigned on Monday," she said.', "Monday") == "He resigned"
    # "his"/"her": the person of the frame, or the one named before
    s = "Prime Minister Anna Berg said on Monday that her government would cut taxes."
    i = s.index("Monday")
    assert headline(s, (0, len(s)), (i, i + 6))[0] == "Anna Berg's government would cut taxes"
    assert _in_text("Leon Barre was arrested in May.", "His lawyer appealed on Friday.",
                    "Friday") == "Leon Barre's lawyer appealed"
    assert _in_text("Leon Barre met Anna Berg in May.", "His lawyer appealed on Friday.", "Friday") == "His lawyer appealed"
    # a pronoun opening a subordinate clause: the main clause's person, unless another name comes between
    _headlines_are((("Jonas Berg quit touring after his wife fell ill in 2004.", "2004", "Jonas Berg's wife fell ill"),
                       ("Senator Maria Diaz resigned after she was charged in May.", "May", "Maria Diaz was charged"),
                       ("Tom Hale thanked Anna Berg after she won the vote on Sunday.", "Sunday", "She won the vote")))
    # an institution is no "she": "The club said she would leave" keeps "she", the club its source
    s = "The club said on Monday that she would leave at the end of the season."
    i = s.index("Monday")
    assert headline(s, (0, len(s)), (i, i + 6))[0] == "The club: she would leave at the end of the season"
    # a reported "he"/"she" may be anyone: never the speaker's name in its place, the speaker said
    # as the source; a reported "it"/"they" is an institution speaking of itself, not a report's or
    # a plural's "it" (the thing stolen)
    for s, e, want in (
            ("Judge Helen Marsh said he would not be eligible for parole until 2027.", "2027",
             "Helen Marsh: he would not be eligible for parole"),
            ("The senator said on Monday that she would resign.", "Monday", "The senator: she would resign"),
            ("The firm said it had fixed the flaw by Tuesday morning.", "Tuesday morning", "The firm had fixed the flaw"),
            ("Officials said on Sunday they had found the plane.", "Sunday", "Officials had found the plane"),
            ("Police said on Sunday it had been stolen from a garage.", "Sunday", "Police: it had been stolen from a garage"),
            ("The report said on Friday it would cost more.", "Friday", "The report: it would cost more"),
            ("The race was won by Tomas Varga, whose coach said he had been injured for most of last year.",
             "last year", "He had been injured")):
        i = s.index(e)
        assert headline(s, (0, len(s)), (i, i + len(e)))[0] == want, s


def test_participle_phrases():
    cases = [
        ("A car bomb exploded in Kabul on Monday, killing 12 people.", "Monday",
         "A car bomb exploded in Kabul, killing 12 people"),
        ("Having crossed the river on Monday, the troops advanced on the city.", "Monday",
         "The troops crossed the river"),
        ("Having been released on bail in June, the singer left the country.", "June",
         "The singer had been released on bail"),
        ("Elected in 1998, the mayor served three terms.", "1998", "The mayor was elected"),
        ("Founded in 1998, the company now employs 180,000 people.", "1998", "The company was founded"),
        ("The minister, speaking on Tuesday, said the plan would go ahead.", "Tuesday", "The plan would go ahead"),
        ("The bridge, built in 1836, carries 9,000 vehicles.", "1836", "The bridge was built"),
        ("Born in Leeds, England, on 3 May 1950, Harris trained as a nurse.", "3 May 1950", "Harris was born in Leeds"),
        # a past form that is the main verb stays active: no "was arrived"
        ("The foreign minister, Anna Berg, arrived in Kyiv on Saturday, which was her second trip.", "Saturday",
         "Anna Berg arrived in Kyiv"),
        ("The cavalry charge, perhaps the largest in history, decided it in the late afternoon.", "the late afternoon",
         "Perhaps the largest in history decided it"),
        ("The senator, 71, died on Sunday.", "Sunday", "The senator died"),
        ("The report, released on Monday, said that unemployment had fallen.", "Monday", "Unemployment had fallen"),
    ]
    for s, e, want in cases:
        i = s.index(e)
        assert headline(s, (0, len(s)), (i, i + len(e)))[0] == want, s
    # a result phrase that would make the headline too long is left out, not cut
    s = ("The storm made landfall near the small fishing town of Port Arthur on the Gulf coast of Texas on "
         "Wednesday, knocking out power to two million homes and businesses across three states.")
    i = s.index("Wednesday")
    assert "knocking" not in headline(s, (0, len(s)), (i, i + 9))[0]


def test_what_removing_the_expression_must_not_leave():
    cases = [
        # the expression was the clause's subject: the main clause tells what happened
        ("As the winter set in, the strikers began drifting back to work.", "the winter",
         "The strikers began drifting back to work"),
        ("Tickets bought before midnight tonight are £4.", "midnight tonight", "Tickets are £4"),
        # a dangling preposition, a coordinated time, "last" the verb, "states" the noun
        ("Karl Denton, 34, was convicted in November 2022 and sentenced to seven years.", "seven years",
         "Karl Denton was sentenced"),
        ('"We learned a lot from 1997 and from 2010," said the mayor of the city.', "1997", "We learned a lot"),
        ("The fair missed only 2020 and 2021 because of the pandemic.", "2021",
         "The fair missed only because of the pandemic"),
        ("The strike will last until March.", "March", "The strike will last"),
        ("Counting in some states may take days.", "days", "Counting in some states may take"),
        ("Water levels are expected to peak late on Saturday or early Sunday.", "late on Saturday",
         "Water levels are expected to peak"),
        ("The fair was cancelled in 2020 and in 2021.", "2021", "The fair was cancelled"),
        # "and" joining two clauses is no coordinated time
        ("The battle began on 12 September and by the evening the camp had been taken.", "the evening",
         "The camp had been taken"),
        ("The treaty came into force at noon on June 1, 1999.", "noon on June 1", "The treaty came into force"),
        ("He kept teaching twice a week until last spring.", "last spring", "He kept teaching twice a week"),
        # the frame's own date, a name that looks like a verb, an infinitive after a that-only verb
        ("Her lawyer said on Thursday that the defence would ask for a delay until January.", "January",
         "The defence would ask for a delay"),
        ("The United States bought the land from Russia in 1867.", "1867", "The United States bought the land from Russia"),
        ("The agency decided to launch the crew without the new module, only four months later.",
         "only four months later", "The agency decided to launch the crew without the new module"),
        # a relative clause with its own subject; the verb after an apposition
        ("The disease arrived through the port of Melcombe, where a ship docked in late June.", "late June",
         "A ship docked"),
        ("The miners walked out, and on 12 March their leader, Arthur Scargill, declared the strike national.",
         "12 March", "Arthur Scargill declared the strike national"),
    ]
    for s, e, want in cases:
        i = s.index(e)
        assert headline(s, (0, len(s)), (i, i + len(e)))[0] == want, s


def test_no_headline_ends_on_a_coordinator():
    """A time coordinated with the expression goes with its "and"/"or" ("every Tuesday and on 1 May",
    "weds or thurs", "two or three years"), a clause a time opens after ", and" is the event's
    (", and that evening, Christmas Eve in America, the crew read"), and whatever is left never ends
    on "and", "or", "but" (the fresh-text sources, every expression the tagger finds)."""
    from headline_reference import tagged_sources
    from timeline_app.core.events import document_rows
    from timeline_app.core.headlines import headline_rows

    seen = bad = 0
    for sid, doc in tagged_sources():
        if not sid.startswith("fresh/") or re.search(r"\db-|news5-blind-|informal26-blind-|informal27-blind-|informal28-blind-|informal29-blind-|informal30-blind-|informal31-blind-|informal32-blind-|informal33-blind-|informal34-blind-|informal35-blind-|informal36-blind-|informal37-blind-|informal38-blind-|informal39-blind-|informal40-blind-|informal41-blind-|informal42-blind-|informal43-blind-", sid):
            continue        # (the halves B of the fresh sets, the blind news and the thirty-first session's blind
            #                  informal set, the thirty-second's (informal27-blind) and the thirty-third's
            #                  (informal28-blind) stay unread, the thirty-fourth's (informal29-blind), thirty-fifth's (informal30-blind), thirty-sixth's (informal31-blind), thirty-seventh's (informal32-blind), thirty-eighth's (informal33-blind), thirty-ninth's (informal34-blind), fortieth's (informal35-blind), forty-first's (informal36-blind), forty-second's (informal37-blind), forty-third's (informal38-blind) and forty-fourth's (informal39-blind, informal40-blind) forty-fifth's (informal41-blind) and forty-sixth's (informal42-blind), forty-seventh's (informal43-blind) too: their headlines
            #                  are not looked at)
        for r in headline_rows(doc, document_rows(doc)):
            seen += 1
            if re.search(r"(?i)\b(?:and|or|but|nor),?$", r["headline"]):
                bad += 1
                print(sid, r["expression"], r["headline"])
    assert seen > 1000 and bad == 0


def test_what_a_journalist_reads_in_markets_elections_courts_and_sport():
    """(ninth session, the five articles of tests/data/articles written for it) A length written as
    an adjective and a year before a noun of comparison modify their noun and stay; a figure's
    base ("down from 36% ... in May 2020", "levels last seen in 2008") keeps the clause it is the
    base of; "including ..." is one of its clause's happenings; the name an apposition's relative
    clause, a coordinated verb after a subordinate clause, a pronoun after an aside and a second
    "that" of a report are said of."""
    _headlines_are([
        ("The FTSE 100 closed down 2.1% at 7,312, while the yield on ten-year gilts rose to 4.9%.", "ten-year",
         "The yield on ten-year gilts rose to 4.9%"),
        ("Pension fund boss guilty after six-year fraud case", "six-year",
         "Pension fund boss guilty after six-year fraud case"),
        ("The striker signed a two-year contract with the club.", "two-year",
         "The striker signed a two-year contract with the club"),
        ("D-Day cost the Allies about 10,000 casualties.", "D-Day", "Cost the Allies about 10,000 casualties"),
        ("Food prices are still rising at close to 2010 levels of inflation.", "2010",
         "Food prices are still rising at close to 2010 levels of inflation"),
        ("Prices rose to 2010 levels in March.", "March", "Prices rose to 2010 levels"),
        ("The city council will set its budget for 2025 in February.", "2025",
         "The city council will set its budget for 2025 in February"),
        ("Stock markets fell sharply on Wednesday as government bond yields climbed to levels last seen in 2008.",
         "2008", "Government bond yields climbed to levels last seen in 2008"),
        ("Turnout was 31%, down from 36% at the last election in May 2020.", "May 2020",
         "Turnout was 31%, down from 36% at the last election in May 2020"),
        ("Consumer prices rose 6.8% in the year to August, the statistics office said on Wednesday morning, "
         "up from 6.4% in July.", "July", "Consumer prices rose 6.8% in the year to August, up from 6.4% in July"),
        # too long to say both: the clause alone
        ("Net income for the three months ended Sept. 30 was $212 million, down from $259 million a year earlier.",
         "a year earlier", "Net income for the three months ended Sept. 30 was $212 million"),
        ("The season turned in January, when Ashford won seven games in a row, including a 3-1 win at Rovers "
         "on New Year's Day.", "New Year's Day", "Ashford won seven games in a row, including a 3-1 win at Rovers"),
        ("Adebayo, a former nurse who was first elected as a councillor in 2014, takes office on Monday.", "2014",
         "Adebayo was first elected as a councillor"),
        ("Adebayo, a former nurse who was first elected as a councillor in 2014, takes office on Monday.", "Monday",
         "Adebayo takes office"),
        ("The count at the Civic Hall began at 10pm on Thursday, when the polls closed, but was halted on Friday "
         "afternoon.", "Friday afternoon", "The count at the Civic Hall was halted"),
        ("The strike began on Monday 4 May 1926, the day after the talks broke down, and ended nine days later.",
         "nine days later", "The strike ended"),
        ("He was arrested in August 1942 after the Quit India resolution and released in June 1945.", "June 1945",
         "He was released"),
        ("In 1944, a group of veterans, who had fought in France, invaded the valley, but were defeated after ten "
         "days.", "ten days", "A group of veterans were defeated"),
        ("Third-period sales were $2.49 billion, up from last year's $2.34 billion.", "last year",
         "Third-period sales were $2.49 billion, up from last year's $2.34 billion"),
        ("Striker Leo Mendes finished as top scorer, the most since Frank Hale scored 31 in the 1968-69 season.",
         "1968", "Frank Hale scored 31"),
        ("Martin Crane, 58, ran the Westmere Council Pension Fund from 2009 until he was suspended in October 2017.",
         "October 2017", "Martin Crane was suspended"),
        ("Tom Hale thanked Anna Berg after she won in May.", "May", "She won"),
        ("Adebayo has promised a review of bus fares within her first 100 days.", "100 days",
         "Adebayo has promised a review of bus fares"),
        # "its" of a phrase after the clause is the clause's subject's
        ("The FTSE 100 closed down 2.1% at 7,312, its lowest close since 17 March, while gilts fell.", "17 March",
         "The FTSE 100's lowest close"),
        # a participle phrase after a noun a clause ends in: that noun's ("begun" is only a participle)
        ("The minister promised that the Millford barrier, begun in 2019, would be finished by 2026.", "2019",
         "The Millford barrier was begun"),
        ("The minister promised that the Millford barrier, begun in 2019, would be finished by 2026.", "2026",
         "The Millford barrier would be finished"),
        ("Begun in 2019, the barrier will be finished in 2026.", "2019", "The barrier was begun"),
        # the name an apposition with a relative clause describes, the speaker after it
        ("Sun Lake Capital, the hedge fund that made £200m betting against gilts in 2022, said it had added to "
         "its positions over the past fortnight.", "2022", "Sun Lake Capital made £200m betting against gilts"),
        ("Sun Lake Capital, the hedge fund that made £200m betting against gilts in 2022, said it had added to "
         "its positions over the past fortnight.", "the past fortnight", "Sun Lake Capital had added to its positions"),
        # "now" opening a phrase about the noun before it is said of that noun
        ("It gives its backers confidence that it can push back against the Russian invasion, now in its seventh "
         "month.", "now", "The Russian invasion, now in its seventh month"),
        # what officials said is the main clause, not its clause of time
        ("At least 19 people have died and hundreds have been forced from their homes after the River Arden "
         "burst its banks, officials said on Tuesday.", "Tuesday", "At least 19 people have died"),
        # "Sun" is a name before its verb, and the name an apposition describes is the subject
        ("It shipped half of the 28,000 systems Sun shipped in the quarter, he said.", "the quarter",
         "Sun shipped 28,000 systems"),
        ("On the 14 September Austria sent 40,000 men.", "14 September", "Austria sent 40,000 men"),
        ("Sun, a maker of computer workstations, reported sales of $538 million in the quarter.", "the quarter",
         "Sun reported sales of $538 million"),
        ("The next year, Jacques Necker, a foreigner, was appointed Director-General of Finance.", "The next year",
         "Jacques Necker was appointed Director-General of Finance"),
        ("The council said members' pensions had been paid in full and that it had recovered £9m since 2018.",
         "2018", "The council had recovered £9m"),
    ])
    # a list of verbs is no participle phrase: "played ..." does not make "her first Bafta" a subject
    s = "She won her first Bafta in 1978, played Lady Macbeth in 1983 and spent most of the 1990s in Hollywood."
    i = s.index("the 1990s")
    assert "Bafta" not in headline(s, (0, len(s)), (i, i + 9))[0]
    # "now" opening a clause is the clause's
    s = "New patch fixed the queues, now it's like 30 secs."
    assert not headline(s, (0, len(s)), (s.index("now"), s.index("now") + 3))[0].startswith("The queues, now")
    # a list is no apposition: never "Poland were invited" (one of three countries)
    s = "Poland, the Czech Republic and Hungary were invited to join NATO in July 1997."
    i = s.index("July 1997")
    assert not headline(s, (0, len(s)), (i, i + 9))[0].startswith("Poland were")


def test_a_sentence_initial_they_borrows_the_one_group_named_just_before():
    """(tenth session) "They"/"Their" opening a sentence: the one subject of the sentence before that
    can be "they" -- a team or firm the text has called by its full name ("Ashford Town"), a name
    ending in a group's word ("Harbor Foods"), a plural noun phrase ("the Assembly members") --;
    never a one-word name that may be a person's surname, nor one of two subjects."""
    season = ("Ashford Town won the league title on Sunday. The season turned in January, when Ashford won seven "
              "games in a row, including a 3-1 win at Rovers on New Year's Day.")
    assert _in_text(season, "They lost only twice after that, both times in April.", "April") == \
        "Ashford lost only twice after that"
    assert _in_text("Harbor Foods bought the dairy for $2bn.", "Their shares rose 4% on Monday.", "Monday") == \
        "Harbor Foods' shares rose 4%"
    assert _in_text("Even before the flight, the Assembly members had decided to debar themselves.",
                    "They met again on 4 June.", "4 June") == "The Assembly members met again"
    # unsure: a surname alone (a person: "they" is the crew), a person's full name, two subjects,
    # a name the text never gave as a group's, a pronoun before the verb
    for before, sentence, expr in (
            ("During the fourth orbit Anders took the photograph, and the crew read from Genesis.",
             "They splashed down on December 27.", "December 27"),
            ("Ruth Adebayo won the race.", "They celebrated on Saturday.", "Saturday"),
            ("The council and the police met.", "They agreed on Monday to close the road.", "Monday"),
            ("Rovers and United drew 1-1.", "They meet again on Saturday.", "Saturday"),
            ("Along the border the British were forced to send 12,000 troops.",
             "Their rebellion was crushed in mid-1916.", "mid-1916"),
            ("We'd been in February and the menu has changed since.", "They do a jazz night on Thursdays.",
             "Thursdays")):
        got = _in_text(before, sentence, expr)
        assert got.split()[0] in ("They", "Their"), (sentence, got)


def test_a_possessive_after_an_infinitive_is_the_subjects():
    """(tenth session) "The jury took two days to reach its verdict, which was delivered on Friday":
    the jury's verdict, not "Its verdict"; an object's possessive may be another's and stays."""
    _headlines_are((
        ("The jury took two days to reach its verdict, which was delivered on Friday.", "Friday",
         "The jury's verdict was delivered"),
        ("The board met to approve its budget, which was published on Monday.", "Monday",
         "The board's budget was published"),
        ("A treaty signed in 1977 promised its return, which took place at noon on December 31, 1999.",
         "December 31, 1999", "Its return took place"),
        ("The club sold the stadium and its car park, which was built in 1990.", "1990", "Its car park was built"),
    ))


def test_a_noun_whose_end_the_main_clause_followed_says_what_happened():
    """(tenth session) "... elected mayor ... after a recount that ran into the early hours of
    Saturday": "A recount ran" says nothing; the main clause happened when the recount ended and
    says what was counted. Only for "after"/"following" a noun whose happening the date ends ("ran
    into", "lasted until"); a start ("began on") or any other noun keeps its own clause."""
    _headlines_are((
        ("Ruth Adebayo has been elected mayor of Harbourside, beating the sitting mayor by 412 votes after a "
         "recount that ran into the early hours of Saturday.", "the early hours of Saturday",
         "Ruth Adebayo has been elected mayor of Harbourside after a recount"),
        ("The club signed Okafor after a bidding war that lasted until Friday.", "Friday",
         "The club signed Okafor after a bidding war"),
        ("The talks collapsed after a strike that began on Monday.", "Monday", "A strike began"),
        ("He was jailed for a fraud that ran from 2014 to 2019.", "2014", "A fraud ran to 2019"),
        ("He was elected after a recount that ran into Saturday.", "Saturday", "A recount ran"),
    ))


def test_what_the_five_tenth_session_articles_showed():
    """(tenth session, tests/data/articles: a fusion record, a takeover over five months, a transfer
    saga, a measles outbreak, a library closure) An existential "there" is the clause's subject; a
    relative clause whose subject is a name says the noun it is about after its verb (a rate's "a
    share" is no noun phrase's start); an amount set off by commas is no subject; a verb after "to"
    is no finite verb of the clause before; a date's possessive phrase opening the clause goes whole;
    a subject of up to ten words when it is a noun phrase with a preposition."""
    _headlines_are((
        ("By the end of January there were 19 cases; 58 new cases were reported in the past week alone.",
         "the end of January", "There were 19 cases"),
        ("Castlegate first approached the Leeds-based snack maker on 11 June with an offer of 180p a share, which "
         "Brightwell's board rejected two days later as \"opportunistic\".", "two days later",
         "Brightwell's board rejected an offer of 180p a share"),
        ("The council sold the land, which Harbor Foods bought in 2019.", "2019", "Harbor Foods bought the land"),
        ("The previous record for a tokamak, 1,066 seconds, was set by China's EAST reactor on 20 January.",
         "20 January", "The previous record for a tokamak was set by China's EAST reactor"),
        ("Council leader Raj Patel said the library, which opened in 1964, cost £310,000 a year to run and had lost "
         "a third of its visitors since 2019.", "2019", "The library had lost a third of its visitors"),
        ("At Tuesday's meeting 87% of votes were cast in favour.", "Tuesday's", "87% of votes were cast in favour"),
        ("A rival approach from the US group Harlan Snacks, first reported in August, was withdrawn on 4 October.",
         "4 October", "A rival approach from the US group Harlan Snacks was withdrawn"),
        ("By the end of January there were 19 cases; 58 new cases were reported in the past week alone.",
         "the past week", "58 new cases were reported"),
        ("In August alone 78 people died.", "August", "78 people died"),
        # a reporting verb after an apposition, then a bare noun and its auxiliary: what was said
        ("Dr Helen Farrow, the area's director of public health, said uptake of the second MMR dose among "
         "five-year-olds had fallen to 81% last year.", "last year",
         "Uptake of the second MMR dose among five-year-olds had fallen to 81%"),
        ("He said goodbye to the team on Friday and left.", "Friday", "He said goodbye to the team"),
        # a clause that runs on in words the verb lists miss is no subject
        ("Survivors still talk of the water reaching the church clock, which stopped at 2.17am.", "2.17am",
         "Stopped"),
    ))


def test_two_expressions_of_joins_are_headlined_as_one():
    """"the first quarter of next year": neither row's headline keeps the other's words."""
    from timeline_app.core.document import Document
    from timeline_app.core.events import document_rows
    text = "The deal is expected to complete in the first quarter of next year, the company said."
    doc = Document(path="t.txt", text=text, reference_date=date(2024, 11, 14))
    rows = headline_rows(doc, document_rows(doc))
    got = {r["expression"]: r["headline"] for r in rows}
    assert got.get("the first quarter") == got.get("next year") == "The deal is expected to complete"


def test_a_participle_aside_after_an_adverb_is_the_nouns():
    """"A rival approach ..., first reported in August, was withdrawn on 4 October": the approach was
    first reported in August (an aside, not a reporting frame); it was withdrawn on 4 October."""
    s = "A rival approach from the US group Harlan Snacks, first reported in August, was withdrawn on 4 October."
    _headlines_are(((s, "August", "A rival approach from the US group Harlan Snacks was first reported"),
                    (s, "4 October", "A rival approach from the US group Harlan Snacks was withdrawn"),
                    ("The 1966 final, first played at Wembley in July, remains the most watched.", "July",
                     "The 1966 final was first played at Wembley")))


def test_a_clause_that_stops_at_its_quotation_says_it():
    """(tenth session) "Ravel's president said last week that the player was "not for sale at any
    price"": the clause with its quotation, not "The player was"."""
    _headlines_are((
        ('Ravel\'s president said last week that the player was "not for sale at any price".', "last week",
         "The player was \u201cnot for sale at any price\u201d"),
        ('The minister said on Monday the plan was "dead", and left.', "Monday", "The plan was \u201cdead\u201d"),
        # a long quotation stays out
        ('She said on Friday the report was "a careful, detailed and in the end entirely unconvincing account of '
         'what went wrong".', "Friday", "The report"),
    ))


def test_a_be_that_only_the_date_completed_goes():
    """(tenth session) "The next council elections are in May 2026": the noun phrase, not a clause
    stopped at "are"; a clause the verb is part of keeps it."""
    _headlines_are((
        ("The next council elections are in May 2026.", "May 2026", "The next council elections"),
        ("The final will be on Saturday.", "Saturday", "The final"),
        ("The town stands where the fighting was in 1066.", "1066", "The town stands where the fighting was"),
        ("Last time she was here in 2019.", "2019", "Last time she was here"),
    ))


def test_a_participle_phrase_after_an_object_holds_its_date():
    """(tenth session) "beating the record set in China last month": the record was set last month,
    not the beating (the headline: the noun and its phrase); only after a verb's object, not after a preposition ("photographs of the mill
    taken a century ago": the photographs were), nor the clause's own verb ("Work on the new hospital
    started in 2021")."""
    _headlines_are((
        ("A French research reactor has held a fusion plasma for 22 minutes, beating the record set in China "
         "last month by more than four minutes.", "last month", "The record set in China"),
        ("He bought a house built in 1920.", "1920", "A house built"),
        ("Opposition candidates won the election held on Sunday.", "Sunday", "The election held"),
        ("Work on the new hospital started in 2021.", "2021", "Work on the new hospital started"),
        ("The society will show photographs of the mill taken a century ago.", "a century ago",
         "The society will show photographs of the mill taken"),
    ))



def test_a_length_compared_with_the_plan_is_the_delay_of_the_clause_before():
    """(eleventh session) "..., nine years later than planned" was headlined "Than planned": the
    length is how late the clause before it happens, so its headline is that clause's (the other
    date kept), past a clause of time between ("twelve years after construction began")."""
    _headlines_are((
        ("The results will feed into ITER, the international reactor being built a few kilometres away, which is "
         "not now expected to start operating until 2034, nine years later than planned.", "nine years",
         "The international reactor is not now expected to start operating until 2034"),
        ("The Ben Errol Observatory's new telescope took its first images on Tuesday night, twelve years after "
         "construction began in 2012 and six years later than planned.", "six years",
         "The Ben Errol Observatory's new telescope took its first images on Tuesday night"),
        ("The new footbridge is set to open on 5 January, a year later than planned.", "a year",
         "The new footbridge is set to open on 5 January"),
    ))


def test_a_happening_named_by_a_noun_after_the_subjects_verb_is_the_subjects():
    """(eleventh session) "A pursuit began" said nobody's: the noun a relative clause dates, right
    after a verb or "-ing" word whose doer is the sentence's subject, a name, is that name's; a noun
    after a preposition ("at the end of a case that began") or a subject that is no name keeps "A"."""
    _headlines_are((
        ("Castleford have finally signed striker Lucas Moreau from Olympique Ravel for a club-record £58m, "
         "ending a pursuit that began in May.", "May", "Castleford's pursuit began"),
        ("Castlegate Group has won control of Brightwell Foods after shareholders voted on Tuesday to accept a "
         "£1.2bn offer, ending a takeover battle that began in June.", "June", "Castlegate Group's takeover battle began"),
        ("A former pension fund manager has been found guilty of stealing £14m, at the end of a case that began "
         "more than six years ago.", "more than six years ago", "A case began"),
        ("The company settled the claims, ending a dispute that began in 2019.", "2019", "A dispute began"),
    ))


def test_what_was_said_to_have_happened_before_the_saying_is_attributed():
    """(eleventh session) "On Wednesday, Judge Helen Marr said the company had ignored warnings": the
    date is the saying's; what was said had happened before it (a past perfect), so the headline
    names its source, not a happening on Wednesday. A reported clause of the same time keeps its own
    words, and the main clause stays the main one when the frame follows a noun's clause ("after
    reports that some had caught fire, the regulator said on Tuesday")."""
    _headlines_are((
        ("At Carlisle Crown Court on Wednesday, Judge Helen Marr said the company had ignored warnings about "
         "the rock face.", "Wednesday", "Helen Marr: the company had ignored warnings about the rock face"),
        ("The homeware retailer Larkfield has recalled 80,000 electric kettles after reports that some had "
         "caught fire while boiling, the Office for Product Safety and Standards said on Tuesday.", "Tuesday",
         "The homeware retailer Larkfield has recalled 80,000 electric kettles"),
        ("Officials said on Monday the bridge would reopen in the spring.", "Monday", "The bridge would reopen in the spring"),
    ))


def test_a_length_inside_a_word_or_measuring_a_noun_stays():
    """(eleventh session) Taking the expression out must not break the clause: a part of a hyphened
    word ("five-year-olds"), a length of a noun ("six weeks of maintenance", "every day of delay"),
    an hour-long noun, a rate ("£310,000 a year"), a length before another date ("in six weeks last
    autumn"), and a preposition before a date that is no clause ("has until 1 December to pay")."""
    _headlines_are((
        ("Uptake of the second MMR dose among five-year-olds had fallen to 81% last year.", "five-year",
         "Uptake of the second MMR dose among five-year-olds had fallen to 81% last year"),
        ("Next month the machine will shut down for six weeks of maintenance.", "six weeks",
         "Next month the machine will shut down for six weeks of maintenance"),
        ('"Every day of delay was a risk," its head of policy said.', "Every day", "Every day of delay was a risk"),
        ("The team would try for an hour-long plasma later this year.", "an hour-long",
         "The team would try for an hour-long plasma later this year"),
        ("More than 4,000 supporters bought shares in the trust, which raised £2.1m in six weeks last autumn.",
         "last autumn", "The trust raised £2.1m in six weeks"),
        ("The firm has until 1 December to pay and said it had since spent £1.2m on new equipment.", "1 December",
         "The firm has to pay"),
    ))


def test_a_time_that_is_its_clauses_subject():
    """(eleventh session) "next week should be closer to average" was "Thunderstorms should be closer
    to average" (the subject borrowed from the clause before) or "Should be closer": the time is the
    subject and stays; after a bare "is"/"was" the headline is what the time was ("The hottest month
    ever recorded"); not when the clause borrows its subject ("and eight days later demanded")."""
    _headlines_are((
        ("Thunderstorms could break the heat on Friday evening, and next week should be closer to average, "
         "around 24C.", "next week", "Next week should be closer to average"),
        ("July 2023 was the hottest month ever recorded, scientists said.", "July 2023", "The hottest month ever recorded"),
        ("September saw the Germans fall back to the river.", "September", "September saw the Germans fall back to the river"),
        ("Lin reached Canton on 10 March 1839 and eight days later demanded that the merchants surrender their "
         "opium.", "eight days later", "Lin demanded that the merchants surrender their opium"),
    ))


def test_a_live_blogs_entry_time_is_no_part_of_the_headline():
    """(eleventh session) "04:12 Turnout ... at the last election in 2021": the entry's time opening
    the line dates the entry; 2021's headline is the clause ("Turnout ..."), not "04:12 Turnout";
    a tweet's "3:45 PM" stamp and a time with its zone are left alone."""
    text = "23:15 Counting has started.\n04:12 Turnout was 29%, down from 34% at the last election in 2021.\n"
    s0, e = text.index("04:12"), text.index("2021")
    assert headline(text, (s0, len(text) - 1), (e, e + 4))[0] == \
        "Turnout was 29%, down from 34% at the last election in 2021"     # (the base of a change stays)
    tweet = "Tickets on sale now!\n3:45 PM · Mar 3, 2024 · 12.4K Views\n"
    s0, e = tweet.index("3:45"), tweet.index("Mar 3, 2024")
    assert headline(tweet, (s0, len(tweet) - 1), (e, e + 11))[0].startswith("3:45 PM")


def test_the_frame_of_a_superlative_and_a_capitalised_name_after_a_name():
    """(eleventh session) "the hottest day of the year": the year is the frame of the superlative, not
    a date cut out of the clause ("The would make it the hottest so far"); "The Met Office": "Met"
    after a capitalised word is a name, not the verb "met"; a dummy "it" before "the wettest" is
    the month's, not the speaker's."""
    _headlines_are((
        ("It was the wettest month of the year.", "the year", "It was the wettest month of the year"),
        ("The Met Office said temperatures could reach 35C in London on Thursday.", "Thursday",
         "Temperatures could reach 35C in London"),
        ("The Met Office said it had been the wettest November in the county since 2009.", "2009",
         "The Met Office: it had been the wettest November in the county"),
        ("A stress fracture kept her out for most of 2024.", "2024", "A stress fracture kept her out"),
    ))


def test_a_relative_after_a_name_that_something_came_from_is_said_of_that_thing():
    """(eleventh session) "the deal needed approval from the English Football League, which was given on
    Wednesday": the approval was given, not the League ("The English Football League was given")."""
    _headlines_are((
        ("The trust agreed to buy the stake in November, but the deal needed approval from the English Football "
         "League, which was given on Wednesday.", "Wednesday", "Approval from the English Football League was given"),
        ("The club thanked the council, which was founded in 1974.", "1974", "The council was founded"),
    ))


def test_a_figure_against_or_compared_with_its_date_says_both_figures():
    """(eleventh session) "Reservoir levels are at 68%, against 79% at this time last year" was
    headlined "Reservoir levels are at 68%" on last year's bar (the figure of today on last year's
    date); like "down from 36% in May 2020", the clause and the figure the date is the base of."""
    _headlines_are((
        ("Reservoir levels are at 68%, against 79% at this time last year.", "last year",
         "Reservoir levels are at 68%, against 79% at this time last year"),
        ("Net was $306 million, compared with a loss of $195 million in the 1988 period.", "the 1988 period",
         "Net was $306 million, compared with a loss of $195 million in the 1988 period"),
        ("The team played against Rovers on Saturday.", "Saturday", "The team played against Rovers"),
    ))


def test_a_she_said_by_a_speaker_who_is_no_name_is_not_a_name_before():
    """(eleventh session) "Reform UK has won its first seat. Its candidate, a retired bus driver, said
    she had been campaigning since January" was "Reform UK had been campaigning": she is the speaker
    (a noun phrase, no institution), and "Reform UK" is an organisation (a last word in capitals;
    "Henry VII" is a person's numeral)."""
    t = ("Reform UK has won its first seat on the council. Its candidate, a retired bus driver, said she had been "
         "campaigning since January.")
    s0, e = t.index("Its candidate"), t.index("January")
    assert headline(t, (s0, len(t)), (e, e + 7))[0] == "She had been campaigning"
    t = "Rovers sacked manager Dale Morton on Monday. He will leave in June."
    s0, e = t.index("He will"), t.index("June")
    assert headline(t, (s0, len(t)), (e, e + 4))[0] == "Dale Morton will leave"


def test_a_passive_participle_after_an_object_is_said_of_the_object():
    """(eleventh session) "Police found the car, abandoned in a lay-by on Friday" was "Police abandoned in
    a lay-by" (the wrong doer): a transitive verb's participle and a preposition after a verb's object
    are said of the object; an intransitive past there is the subject's own ("..., died at his home")."""
    _headlines_are((
        ("Police found the car, abandoned in a lay-by on Friday.", "Friday", "The car was abandoned in a lay-by"),
        ("He joined his father on the Thames Tunnel, begun in 1825.", "1825", "The Thames Tunnel was begun"),
        ("He joined the band, died at his home on Friday.", "Friday", "He died at his home"),
        ("Police arrived at the house, searched the garden on Friday.", "Friday", "Police searched the garden"),
    ))


def test_the_fallback_headline_takes_a_coordinated_day_with_it():
    """(eleventh session; the days engineer's informal9 text showed it) A clause with no verb the
    builder knows falls back to the sentence without the expression: a day coordinated with it goes
    too, with its "and", and the headline never ends on "and" ("as usual: Mons and" was the headline
    of "Thursdays")."""
    t = "club nights are back from this Tuesday, as usual: Mons and Thursdays"
    for e in ("Mons", "Thursdays"):
        i = t.index(e)
        h = headline(t, (0, len(t)), (i, i + len(e)))[0]
        assert not re.search(r"(?i)\b(?:and|or)\W*$", h) and "Mons" not in h and "Thursdays" not in h, h
