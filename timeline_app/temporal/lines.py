"""Where a position's line starts and ends, in time independent of the line's length.

``text.rfind("\\n", 0, pos)`` reads back to the line's start: cheap where lines are short, but a
text with no line break (a PDF's table pasted as one line, a list joined by spaces, a hostile file)
made every rule that asks for its match's line read back to the text's start: quadratic in the
text. These give the same answers as ``str.rfind`` / ``str.find`` of a line break: first within
``NEAR`` characters (the usual case, as cheap as before), and past that from an index of the text's
line breaks made once per text (one linear pass, then a binary search per question).

Memory: the index holds one integer per line break of the one text last asked about (4 bytes each
below 2**31 characters), made only when a line longer than ``NEAR`` is asked about.
"""
from __future__ import annotations

from array import array
from bisect import bisect_left

#: characters read directly before the index is used
NEAR = 512

# (the text, its line breaks' offsets): one tuple, replaced whole, so that a reader in another thread
# never pairs one text with another's index
_INDEX: tuple = (None, None)


def _breaks(text: str):
    global _INDEX
    idx = _INDEX
    if idx[0] is not text:
        offs, i = [], text.find("\n")
        while i >= 0:
            offs.append(i)
            i = text.find("\n", i + 1)
        idx = (text, array("i" if len(text) < 2 ** 31 else "q", offs))
        _INDEX = idx
    return idx[1]


def start_of_line(text: str, pos: int) -> int:
    """``text.rfind("\\n", 0, pos) + 1``: where the line holding the character before ``pos`` starts."""
    lo = pos - NEAR
    if lo <= 0 or pos > len(text):
        return text.rfind("\n", 0, pos) + 1
    i = text.rfind("\n", lo, pos)
    if i >= 0:
        return i + 1
    nl = _breaks(text)
    k = bisect_left(nl, lo)   # (none in lo..pos: the last before lo)
    return nl[k - 1] + 1 if k else 0


def next_newline(text: str, pos: int) -> int:
    """``text.find("\\n", pos)``: the first line break at or after ``pos``, -1 if none."""
    if pos < 0 or pos + NEAR >= len(text):
        return text.find("\n", pos)
    i = text.find("\n", pos, pos + NEAR)
    if i >= 0:
        return i
    nl = _breaks(text)
    k = bisect_left(nl, pos + NEAR)
    return nl[k] if k < len(nl) else -1


# (poststamps35, docs/informal-time.md §129) a stamp alone on its line under its post, as a copied Mastodon thread prints
# it: the author's line with its handle ("Ravensdale & Moor Railway 🚂 @rmr@railway.social", "  Janet 🧶
# @janetknits@mstdn.social", "Ewan @ewan_skye"), the post, then the stamp ("2d", "23h", "Dec 27, 2026, 16:05"); the next
# line another author's, a blank line or the text's end. An author's line: at most 80 characters with no "@", then the
# handle (a fediverse handle's server after a second "@", each part bounded), ending the line. It is looked for at most
# UNDER_POST_REACH characters up, and is not the line right above the stamp (a post has words). Layout only: no word of
# any language.
from timeline_app.temporal import fastre as _re   # noqa: E402

AUTHOR_LINE = _re.compile(r"(?m)^[^\n@]{0,80}@\w{1,30}(?:@[\w-]{1,40}(?:\.[\w-]{1,40}){1,4})?[ \t]{0,3}$")
_BLANK_REST = _re.compile(r"[ \t]{0,80}(?:\n|$)")
UNDER_POST_REACH = 1200


# (the lead, thirty-ninth session, §185) a copied Facebook comment list prints the commenter's name on a line of its
# own, the comment under it, then its age alone on a line ("  Aroha Tane" / "  so we're off Fri 10th?" / "  3d"): a
# name's line is two to four capitalised words (a role in brackets after them: "Hemi Walker (Shift Supervisor)"),
# indented at most eight blanks; the comment is looked for at most NAME_POST_REACH characters under it
NAME_LINE = _re.compile(r"(?m)^[ \t]{0,8}[A-Z][\w'’.-]{0,24}(?:[ \t]{1,2}[A-Z][\w'’.-]{0,24}){1,3}(?:[ \t]\([^)\n]{1,30}\))?[ \t]{0,3}$")
NAME_POST_REACH = 600


# (the lead, forty-fourth session, §249) a copied Instagram feed prints a post as its handle and its caption on one line,
# not indented ("lagoonbikes.lhi The muttonbirds are back ..."), its age alone on the line under it ("6d"), then a blank
# line: a handle is lower-case letters, digits, "." and "_" with at least one of the three marks (a plain word is a
# sentence's first), the caption's first character after one to three blanks
CAPTION_LINE = _re.compile(r"[a-z0-9_]{0,30}[._\d][a-z0-9_.]{0,30}[a-z0-9_][ \t]{1,3}[^\s@]")


# (the lead, forty-fifth session, §262) a copied Instagram feed prints a post's DATE alone on the line under its caption
# ("January 3", "December 31, 2022"), a blank line or the end after it: the caption is the paragraph above, headed by its
# handle (CAPTION_LINE) and read back at most CAPTION_REACH characters (a longer paragraph is no caption: no stamp)
CAPTION_REACH = 1200
_BLANK_LINE_AT = _re.compile(r"\n[ \t]{0,80}\n")


def _paragraph_head(text: str, ls: int) -> int | None:
    """The start of the paragraph that ends right above the line at ``ls``: after the last blank line at most
    CAPTION_REACH characters back, or the text's start within that reach; None where the paragraph is longer."""
    lo = max(0, ls - 1 - CAPTION_REACH)
    head = None
    for b in _BLANK_LINE_AT.finditer(text, lo, ls):
        head = b.end()
    if head is None and lo > 0:
        return None
    return 0 if head is None else head


def under_caption(text: str, ls: int, end: int) -> bool:
    """Whether the date from ``ls`` to ``end``, alone on its line (from its start) with a blank line or the end after
    it, stands under an Instagram caption: a paragraph whose first line is its handle and its caption (CAPTION_LINE)."""
    if ls < 2 or start_of_line(text, ls) != ls or not _BLANK_REST.match(text, end):
        return False
    nl = next_newline(text, end)
    if nl >= 0 and not _BLANK_REST.match(text, nl + 1):
        return False
    head = _paragraph_head(text, ls)
    if head is None:
        return False
    return head < ls - 1 and CAPTION_LINE.match(text, head) is not None


# (social46, forty-sixth session, §270) the caption's paragraph may have more lines than its first: the handle alone and
# the post's place over it ("rarobakery.ck" / "Rarotonga, Cook Islands" / "rarobakery.ck Kia orana! ..."), its hashtags
# under it ("#rarotonga #cookislands"), then the age alone ("2d"): the caption line among the paragraph's first
# CAPTION_HEAD_LINES lines, the paragraph at most CAPTION_REACH characters
CAPTION_HEAD_LINES = 3


def _caption_above(text: str, ls: int) -> bool:
    """Whether the paragraph ending right above the line at ``ls`` holds an Instagram caption line (CAPTION_LINE) among its
    first CAPTION_HEAD_LINES lines."""
    head = _paragraph_head(text, ls)
    if head is None:
        return False
    for _ in range(CAPTION_HEAD_LINES):
        if head >= ls - 1:
            return False
        if CAPTION_LINE.match(text, head) is not None:
            return True
        nl = text.find("\n", head, ls)
        if nl < 0:
            return False
        head = nl + 1
    return False


def under_post(text: str, ls: int, end: int) -> bool:
    """Whether the stamp line starting at ``ls`` (its stamp ending at ``end``) stands under its post (see AUTHOR_LINE),
    or under a comment headed by its commenter's name alone (see NAME_LINE), or under a post headed by its handle (see
    CAPTION_LINE)."""
    nl = next_newline(text, end)
    if ls < 2:
        return False
    prev = start_of_line(text, ls - 1)
    if not text[prev:ls - 1].strip():
        return False
    if (nl < 0 or _BLANK_REST.match(text, nl + 1)) and CAPTION_LINE.match(text, prev) \
            and (prev < 2 or not text[start_of_line(text, prev - 1):prev - 1].strip()):
        return True
    if (nl < 0 or _BLANK_REST.match(text, nl + 1)) and _caption_above(text, ls):
        return True
    if nl < 0 or AUTHOR_LINE.match(text, nl + 1) or _BLANK_REST.match(text, nl + 1):
        if not AUTHOR_LINE.fullmatch(text, prev, ls - 1) \
                and AUTHOR_LINE.search(text, max(0, prev - UNDER_POST_REACH), max(0, prev - 1)) is not None:
            return True
    if nl >= 0 and not (NAME_LINE.match(text, nl + 1) or _BLANK_REST.match(text, nl + 1)):
        return False
    if NAME_LINE.fullmatch(text, prev, ls - 1):
        return False
    return NAME_LINE.search(text, max(0, prev - NAME_POST_REACH), max(0, prev - 1)) is not None
