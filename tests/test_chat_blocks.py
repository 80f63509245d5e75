"""A long chat log tags the same in blocks as whole, although the bare-hour rule reads a chat's
hours up to ``chat_hour_reach`` characters after the day word that opens its scan (further than a
rule's window, across sentences): a block's trigger scan starts that far before the block
(``RuleSet.reach_after``, ``tagger.extract``), so the hours just after a cut are found from the
day word just before it. Checked by structure, not time."""
from __future__ import annotations

from datetime import date

from timeline_app.temporal import tagger
from timeline_app.temporal.lang import DEFAULT, lexicon

REF = date(2025, 2, 20)
# messages written for this test: a day named, then hours in the next messages, with chatter
# between them long enough that a block cut could fall between a day word and its hours
_DAYS = ["sat night", "fri", "tmrw", "sun", "thurs"]
_CHATTER = ["ok cool", "lol same", "did u see the match", "no idea tbh", "sounds good to me"]


def _chat(n: int) -> str:
    lines = []
    for i in range(n):
        lines.append(f"Claire: are you free {_DAYS[i % len(_DAYS)]}? we've got a thing at 7.30")
        lines.append(f"Ellie: {_CHATTER[i % len(_CHATTER)]}, what time do you need me?")
        lines.append(f"Claire: 7 if poss? {_CHATTER[(i + 2) % len(_CHATTER)]}. back by 11 latest")
        lines.append(f"Ellie: {_CHATTER[(i + 3) % len(_CHATTER)]}")
    return "\n".join(lines)


def _rows(text: str, block_chars: int) -> list[tuple]:
    return [(t.start_char, t.end_char, t.timex_type, t.timex_value)
            for b in tagger.tag_blocks(text, REF, block_chars=block_chars) for t in b.timexes]


def test_a_block_scans_back_as_far_as_a_builder_reads():
    assert tagger._REACH_AFTER >= lexicon(DEFAULT)["chat_hour_reach"][1]


def test_a_long_chat_tags_the_same_in_blocks_as_whole():
    text = _chat(400)
    whole = _rows(text, 10 ** 9)
    hours = [r for r in whole if r[2] == "TIME" and text[r[0]:r[1]] in ("7", "11")]
    assert len(hours) >= 600   # the chat's bare hours are found (most of 800)
    for size in (1024, 2048):
        assert _rows(text, size) == whole
