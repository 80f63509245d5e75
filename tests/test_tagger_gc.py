"""While a text is tagged the cyclic collector runs less often (``tagger._fewer_collections``);
its thresholds come back when the last text being tagged is done, however the tagging ends."""
from __future__ import annotations

import gc
import os
import tempfile
import threading
from datetime import date

import pytest

from timeline_app.temporal import tagger

TEXT = "The talks began on Monday 4 May 2020 and ended a week later.\n\nThey resume in June."


@pytest.fixture
def thresholds():
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*before)


def test_fewer_collections_while_tagging_then_the_thresholds_again(thresholds):
    blocks = tagger.tag_blocks(TEXT, date(2020, 5, 6))
    first = next(blocks)
    assert first.timexes and gc.get_threshold() == (tagger._GC_GEN0, 10, 10)
    list(blocks)
    assert gc.get_threshold() == (700, 10, 10)


def test_thresholds_come_back_when_the_tagging_is_left_or_fails(thresholds):
    blocks = tagger.tag_blocks(TEXT, date(2020, 5, 6))
    next(blocks)
    blocks.close()   # a reader that stops early (a cancelled load)
    assert gc.get_threshold() == (700, 10, 10)

    def cancel():
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        list(tagger.tag_blocks(TEXT, date(2020, 5, 6), cancel=cancel))
    assert gc.get_threshold() == (700, 10, 10)


def test_texts_tagged_at_once_restore_the_thresholds_once_all_are_done(thresholds):
    a = tagger.tag_blocks(TEXT, date(2020, 5, 6))
    b = tagger.tag_blocks(TEXT, date(2021, 5, 6))
    next(a)
    next(b)
    list(a)
    assert gc.get_threshold()[0] == tagger._GC_GEN0   # b is still being tagged
    list(b)
    assert gc.get_threshold() == (700, 10, 10)
    # from threads: the same count
    done = []
    workers = [threading.Thread(target=lambda: done.append(len(list(tagger.tag_blocks(TEXT, None))))) for _ in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert done == [1, 1, 1, 1] and gc.get_threshold() == (700, 10, 10)


def test_a_collector_switched_off_or_set_higher_is_left_as_it_is(thresholds):
    gc.set_threshold(0, 10, 10)
    list(tagger.tag_blocks(TEXT, None))
    assert gc.get_threshold() == (0, 10, 10)
    gc.set_threshold(50_000, 10, 10)
    list(tagger.tag_blocks(TEXT, None))
    assert gc.get_threshold() == (50_000, 10, 10)


def test_startup_set_aside_while_it_lasts_then_back_to_the_collector():
    with tagger.startup_set_aside():
        assert gc.get_freeze_count() > 0   # (everything alive when it began)
        list(tagger.tag_blocks(TEXT, date(2020, 5, 6)))
    assert gc.get_freeze_count() == 0
    # the command line's export runs inside it: the collector is given everything back after
    from timeline_app.cli import main

    with tempfile.TemporaryDirectory() as tmp:
        src, out = os.path.join(tmp, "a.txt"), os.path.join(tmp, "a.csv")
        with open(src, "w", encoding="utf-8") as f:
            f.write(TEXT)
        assert main(["export", src, "--reference-date", "2020-05-06", "-o", out, "--jobs", "1"]) == 0
        assert os.path.getsize(out) > 0
    assert gc.get_freeze_count() == 0
