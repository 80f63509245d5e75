"""Texts the exactness tests run the engine over (the start-up store's pattern rewriting, leadskip and
branchskip; the speed shortcuts): the tagger corpora, every rule example, every n-th TimeML body with its tags
stripped."""
from __future__ import annotations

import glob
import html
import json
import re
from datetime import date
from pathlib import Path

from timeline_app.temporal import startcache, tag, tagger
from timeline_app.temporal.lang import load

ROOT = Path(__file__).resolve().parent.parent
TIMEML = ROOT.parent / "shared" / "data" / "timeml"
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_TAG = re.compile(r"<[^>]+>")


def tagger_texts(limit: int | None = None) -> list[str]:
    """The sentences of the tagger corpus and the negative corpus (the first ``limit`` lines of each)."""
    out = []
    for name in ("tagger_corpus.jsonl", "tagger_negative.jsonl"):
        lines = (ROOT / "tests" / "data" / name).read_text(encoding="utf-8").splitlines()[:limit]
        out += [json.loads(line)["text"] for line in lines if line.strip()]
    return out


def corpus_texts() -> list[str]:
    out = tagger_texts()
    for rule in load("en").RULES:
        out += [text for _, text, _, _ in rule.examples]
    return out


def timeml_texts(every: int) -> list[str]:
    out = []
    for k, path in enumerate(sorted(glob.glob(str(TIMEML / "**" / "*.tml"), recursive=True))):
        if k % every == 0:
            m = _TEXT.search(Path(path).read_text(encoding="utf-8"))
            if m:
                out.append(html.unescape(_TAG.sub("", m.group(1))))
    return out


_SOURCES: list = []


def store_sources() -> list[tuple[str, int]]:
    """(source, flags) of every pattern this process compiled through the start-up store, after every
    rule's parts were compiled and the corpus tagged (the builders' ``fastre`` searches); read once."""
    if not _SOURCES:
        tagger.prepare_rules()
        for rule in tagger.RULES:
            for part in (rule.lead, rule.trail):
                if part is not None and hasattr(part[0], "compiled"):
                    part[0].compiled()
        for k, text in enumerate(corpus_texts()[::3]):
            tag(text, date(2022, 9, 20) if k % 2 else None)
        _SOURCES.extend(sorted(startcache._store().used, key=repr))
    return _SOURCES
