"""The loader's shortcuts for a short ASCII article (issue 9: the 10,000-article export loads
10,000 files) decide as the full checks they stand for.

* ``formats.common._check_text``: control characters counted over ASCII bytes with
  ``bytes.translate`` instead of ``_CONTROL.findall``; the set of a text's characters made only
  when its first 256 have fewer than four that are not blanks.
* ``formats.common.binary_kind``: one ``startswith`` with every signature before the loop.
* ``safe.safe_text`` / ``safe.normalise_text``: ASCII text holds no surrogate and none of the
  characters normalisation replaces, so it is returned without a scan.
"""
from __future__ import annotations

import random
import string

import pytest

from timeline_app.core.document import LoadError
from timeline_app.core.formats import common
from timeline_app.core.safe import _NEEDS_WORK, _SURROGATE, normalise_text, safe_text


def _reference_check(text: str) -> str | None:
    """``_check_text`` as it was before the shortcuts: the reason it refuses ``text``, or None."""
    sample = text[:100_000]
    if sample:
        bad = len(common._CONTROL.findall(sample))
        if bad > max(8, len(sample) // 100):
            return "control"
        if len(sample) >= 256 and len(set(sample) - set(" \t\n\r\f\v")) < 4:
            return "few"
    return None


def _check(text: str) -> str | None:
    try:
        common._check_text("x.txt", text)
    except LoadError as e:
        return "control" if "control characters" in e.reason else "few"
    return None


def _texts(seed: int, n: int):
    rng = random.Random(seed)
    alphabets = [string.printable, "".join(map(chr, range(128))), "ab \n", "a\x00\x01 ", "xyz\t\n\x7f", "é\x85ab",
                 "\u2028\x9fq ", " \t\n\r\f\v" + "ab", "abc"]
    for _ in range(n):
        alphabet = rng.choice(alphabets)
        size = rng.choice([1, 5, 255, 256, 257, 300, 900, 3000])
        text = "".join(rng.choice(alphabet) for _ in range(size))
        if rng.random() < 0.3:   # a varied head, then a few characters repeated
            text = string.ascii_letters[:rng.randrange(1, 8)] + "ab" * rng.randrange(100, 400)
        yield text


def test_every_ascii_character_counts_as_the_pattern_counts():
    for b in range(128):
        s = chr(b) * 3 + "abc"
        assert len(s.encode("ascii").translate(None, common._NOT_CONTROL_BYTES)) == len(common._CONTROL.findall(s))


@pytest.mark.parametrize("seed", range(4))
def test_check_text_refuses_what_the_full_check_refuses(seed):
    for text in _texts(seed, 600):
        assert _check(text) == _reference_check(text), repr(text[:80])


def test_binary_kind_finds_every_signature_and_nothing_else():
    for sig, kind in common._SIGNATURES:
        assert common.binary_kind(sig + b"rest of the file") == kind
    for data in (b"", b"Published 1998-08-07\n", b"P", b"%PD", b"RIFF....WAVE", b"....ftypisom"):
        expected = next((k for s, k in common._SIGNATURES if data.startswith(s)), None)
        if expected is None and data[4:8] == b"ftyp":
            expected = "an MP4/QuickTime video or HEIC image"
        if expected is None and data[:4] == b"RIFF":
            expected = "a WAV audio file"
        assert common.binary_kind(data) == expected


@pytest.mark.parametrize("seed", range(2))
def test_ascii_text_is_returned_as_it_is(seed):
    for text in _texts(seed, 300):
        if not text.isascii():
            continue
        assert _SURROGATE.search(text) is None and _NEEDS_WORK.search(text) is None
        assert safe_text(text) is text
        assert normalise_text(text) is text


def test_text_beyond_ascii_is_still_normalised():
    assert safe_text("a\ud800b") == "a\ufffdb"
    assert normalise_text("ﬁrst\u00a0day\u200b") == "first day"
