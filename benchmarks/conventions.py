#!/usr/bin/env python3
"""Count, class by class, the TIMEX3 value and type conventions of the development gold and of
the tagger's output on the same expressions (docs/timeml-conventions.md is written from it).

For every gold TIMEX3 of the development corpora (TimeBank, AQUAINT, WikiWars train) and of the
fresh sets' A halves and first sets (benchmarks/data/fresh; the B halves, whose errors are never
read, are left out), the expression's words put it in zero or more convention classes ("vague
duration", "now", "weekend", "decade", ...). For each class the script prints the gold's
(type, value shape) counts, the tagger's counts on the same expressions (the overlapping span the
TempEval-3 scorer would match), how many values agree, and the misses. A value's shape writes
digits as 9, so "2022-09-10" and "1998-01-02" count as one convention, "9999-99-99".

    .venv/bin/python benchmarks/conventions.py [--class NAME ...] [--corpus dev fresh] [--examples N]
    .venv/bin/python benchmarks/conventions.py --words soon later "the future" overnight

Reads the sealed sets never. Prints figures only.
"""
from __future__ import annotations

import argparse
import importlib.util
import re
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

TIMEML = REPO.parent / "shared" / "data" / "timeml"
FRESH = REPO / "benchmarks" / "data" / "fresh"

# the B halves (errors never read) and nothing sealed: a file named like "informal5b-...",
# "history4b-...", "news3b-...", "tenseb-..."
_B_HALF = re.compile(r"^(?:[a-z]+\d+b|tenseb)-")
# the blind news of the thirtieth session (blindnews31), in fresh/news/: neither half is read; the blind informal
# set of the thirty-first session (blind32), in fresh/informal/: its B half is never read; the blind informal set of
# the thirty-second session (blind33): its B half is never read; the blind informal set of the thirty-third session
# (blind34): its B half is never read (A is read from the thirty-fourth session); the blind informal set of the
# thirty-fourth session (blind35): its B half is never read (A is read from the thirty-fifth session); the blind
# informal set of the thirty-fifth session (blind36): its B half is never read (A is read from the thirty-sixth session);
# the blind informal set of the thirty-sixth session (blind37): its B half is never read (A is read from the
# thirty-seventh session); the blind informal set of the thirty-seventh session (blind38): B is never read (A from the thirty-eighth session); the
# blind informal set of the thirty-eighth session (blind39): B is never read (A from the thirty-ninth session); the
# blind informal set of the thirty-ninth session (blind40): B is never read (A from the fortieth session); the blind
# informal set of the fortieth session (blind41): B is never read (A from the forty-first session); the blind informal
# set of the forty-first session (blind42): B is never read (A from the forty-second session); the blind informal set
# of the forty-second session (blind43): B is never read (A from the forty-third session); the blind informal set of
# the forty-third session (blind44): neither half is read
_BLIND = ("news5-blind-", "informal26-blind-b-", "informal27-blind-b-", "informal28-blind-b-", "informal29-blind-b-",
          "informal30-blind-b-", "informal31-blind-b-", "informal32-blind-b-",
          "informal33-blind-b-", "informal34-blind-b-", "informal35-blind-b-", "informal36-blind-b-", "informal37-blind-b-",
          "informal38-blind-b-", "informal39-blind-b-", "informal40-blind-b-", "informal41-blind-b-", "informal42-blind-b-", "informal43-blind-")

CLASSES: dict[str, str] = {
    # vague durations and bare plural units
    "vague duration": r"^(?:a few|few|several|some|many|a couple of|couple of|couple|a number of|"
                      r"the last few|the past few|recent|the next few|the coming)\s+\w+s$|"
                      r"^(?:years|months|weeks|days|hours|minutes|decades|centuries|ages)$|"
                      r"^(?:some time|a while|a long time|for some time|in time|a short time)$",
    "now / today (present)": r"^(?:now|right now|currently|presently|at present|at the moment|"
                             r"today|nowadays|these days|this day|the present|just now|at this time|"
                             r"the moment|current|rn|atm)$",
    "past ref": r"^(?:recently|lately|in the past|previously|formerly|once|earlier|the past|"
                r"before|in recent \w+|recent \w+|former|in years past|in the old days)$",
    "future ref": r"^(?:soon|in the future|later|the future|future|eventually|shortly|"
                  r"in the near future|in the coming \w+|the coming \w+|later on|in a bit|"
                  r"in the longer term|in the long term|in the short term)$",
    "part of day": r"\b(?:tonight|morning|afternoon|evening|night|overnight|nightfall|dawn|"
                   r"dusk|midday|noon|midnight|daybreak|sunrise|sunset|tonite|2nite)\b",
    "weekend": r"\bweekends?\b",
    "season": r"\b(?:spring|summer|autumn|fall|winter|springtime|summertime|wintertime)\b",
    "quarter / half": r"\b(?:quarter|half|q[1-4]|h[12]|[1-4]q|first-half|second-half|"
                      r"quarterly|semester)\b",
    "decade": r"\b(?:\d{3}0s|'\d0s|\d0s|(?:twenties|thirties|forties|fifties|sixties|seventies|"
              r"eighties|nineties)|decade)\b",
    "century / millennium": r"\b(?:century|centuries|millennium|millennia|\d+(?:st|nd|rd|th)-century)\b",
    "fiscal year": r"\b(?:fiscal|fy|financial year|tax year|fy\d+)\b",
    "the past/last N (span)": r"^(?:the|this|over the|in the|during the|for the|within the)?\s*"
                              r"(?:past|last|previous|next|coming|following|recent|first|final)\s+"
                              r"(?:\w+\s+)?(?:years?|months?|weeks?|days?|quarters?|decades?|hours?)$",
    "last/this/next unit": r"^(?:last|this|next|the previous|the next|the following|the coming|"
                           r"the past)\s+(?:year|month|week|quarter|decade|century|season)$",
    "age": r"(?:year-old|years old|years of age|months old|\baged?\b|-month-old|-week-old)",
    "set": r"\b(?:every|each|daily|weekly|monthly|yearly|annually|annual|per|a year|a month|"
           r"a week|a day|an hour|nightly|hourly|twice|times a|biweekly|fortnightly)\b",
    "clock time": r"\b(?:\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}:\d\d|o'clock|noon|"
                  r"midnight)\b",
    "time zone": r"\b(?:est|edt|cst|cdt|pst|pdt|gmt|bst|utc|cet|cest|mst|mdt)\b",
    "day before yesterday": r"(?:day before yesterday|day after tomorrow)",
    "this time last year": r"(?:this time (?:last|next) year|a year ago today|same time last year)",
    "approximation": r"(?:\baround\b|\babout\b|\bish\b|roughly|approximately|\bcirca\b|\bc\.\s|"
                     r"some \d|nearly|almost)",
    "range": r"(?:\d\s*[-–]\s*\d|\bto\b|\bthrough\b|\buntil\b|\bbetween\b|\bfrom\b)",
    "ago": r"\bago\b",
    "holiday": r"\b(?:christmas|easter|new year|thanksgiving|halloween|eve|day of)\b",
}


def shape(value: str) -> str:
    return re.sub(r"\d", "9", value or "")


def corpora(which: list[str]) -> dict[str, list[Path]]:
    out: dict[str, list[Path]] = {}
    if "dev" in which:
        out["TimeBank"] = sorted((TIMEML / "tbaq" / "TimeBank").glob("*.tml"))
        out["AQUAINT"] = sorted((TIMEML / "tbaq" / "AQUAINT").glob("*.tml"))
        out["WikiWars"] = sorted((TIMEML / "wikiwars-train").glob("*.tml"))
    if "fresh" in which:
        for part in ("news", "informal", "history", "tense"):
            out[f"fresh {part}"] = [p for p in sorted((FRESH / part).glob("*.tml"))
                                    if not _B_HALF.match(p.name) and not p.name.startswith(_BLIND)]
    return out


def system_spans(text: str, dct: str) -> list[tuple[int, int, str, str, str]]:
    from timeline_app.temporal.sentences import split_sentences
    from timeline_app.temporal.tagger import tag

    ref = date.fromisoformat(dct)
    return [(t.start_char, t.end_char, t.timex_type, t.timex_value, t.expression)
            for t in tag(text, ref, "auto", sentences=split_sentences(text))]


def match(gold, system):
    """{gold index: system span} the way timeml_eval.py matches (largest overlap, each once)."""
    used, out = set(), {}
    for gi, g in enumerate(gold):
        best = None
        for j, s in enumerate(system):
            if j in used or s[1] <= g[0] or s[0] >= g[1]:
                continue
            ov = min(s[1], g[1]) - max(s[0], g[0])
            if best is None or ov > best[0]:
                best = (ov, j)
        if best is not None:
            used.add(best[1])
            out[gi] = system[best[1]]
    return out


def count_words(words: list[str], which: list[str], parse_tml) -> int:
    """For each phrase, per corpus: a gold TIMEX3 of exactly those words (by type and value
    shape), part of a longer TIMEX3, or in no TIMEX3 ("untagged": the gold leaves it out)."""
    for w in words:
        pat = re.compile(r"(?<![\w'])" + re.escape(w) + r"(?![\w])", re.I)
        print(f"\n## {w!r}")
        for corpus, files in corpora(which).items():
            c = Counter()
            for f in files:
                _, text, spans = parse_tml(f)
                for m in pat.finditer(text):
                    inside = [g for g in spans if g[0] < m.end() and m.start() < g[1]]
                    if not inside:
                        c["untagged"] += 1
                    elif " ".join(inside[0][4].split()).lower() == " ".join(m.group(0).split()).lower():
                        c[f"{inside[0][2]} {shape(inside[0][3])}"] += 1
                    else:
                        c["in a longer TIMEX3"] += 1
            if c:
                print(f"  {corpus:15} " + ", ".join(f"{k} {v}" for k, v in c.most_common()))
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--class", dest="classes", nargs="+", choices=list(CLASSES), default=list(CLASSES))
    ap.add_argument("--corpus", nargs="+", choices=["dev", "fresh"], default=["dev", "fresh"])
    ap.add_argument("--examples", type=int, default=0, help="print N disagreeing expressions per class")
    ap.add_argument("--no-tagger", action="store_true", help="the gold counts only")
    ap.add_argument("--words", nargs="+", metavar="PHRASE",
                    help="instead: how often each phrase is a gold TIMEX3 of its own, inside a longer one, or untagged")
    a = ap.parse_args()

    spec = importlib.util.spec_from_file_location("timeml_eval", REPO.parent / "shared" / "tools" / "timeml_eval.py")
    evaluator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(evaluator)   # the scorer's own reading of a .tml file
    parse_tml = evaluator.parse_tml

    if a.words:
        return count_words(a.words, a.corpus, parse_tml)
    pats = {c: re.compile(CLASSES[c], re.I) for c in a.classes}
    gold_c = defaultdict(Counter)     # (class) -> Counter[(corpus, type, shape)]
    sys_c = defaultdict(Counter)
    agree = Counter()
    total = Counter()
    missed = Counter()
    wrong = defaultdict(list)
    for corpus, files in corpora(a.corpus).items():
        for f in files:
            dct, text, spans = parse_tml(f)
            matched = {} if a.no_tagger else match(spans, sorted(set(system_spans(text, dct))))
            for gi, (s, e, typ, val, inner) in enumerate(spans):
                words = " ".join(inner.split())
                for c, p in pats.items():
                    if not p.search(words):
                        continue
                    total[c] += 1
                    gold_c[c][(corpus, typ, shape(val))] += 1
                    if a.no_tagger:
                        continue
                    got = matched.get(gi)
                    if got is None:
                        missed[c] += 1
                        sys_c[c][(corpus, "-", "(missed)")] += 1
                        continue
                    sys_c[c][(corpus, got[2], shape(got[3]))] += 1
                    if got[3] == val:
                        agree[c] += 1
                    elif len(wrong[c]) < 400:
                        wrong[c].append((corpus, f.name, words, typ, val, got[4], got[2], got[3]))

    for c in a.classes:
        print(f"\n## {c}: {total[c]} gold expressions"
              + ("" if a.no_tagger else f", tagger value agrees on {agree[c]}, missed {missed[c]}"))
        by_corpus = defaultdict(Counter)
        for (corpus, typ, shp), n in gold_c[c].items():
            by_corpus[(typ, shp)][corpus] += n
        print("gold (type value-shape: count by corpus)")
        for (typ, shp), per in sorted(by_corpus.items(), key=lambda kv: -sum(kv[1].values()))[:14]:
            print(f"  {typ:9} {shp:18} {sum(per.values()):5}  " + ", ".join(f"{k} {v}" for k, v in per.most_common()))
        if not a.no_tagger:
            sys_by = Counter()
            for (corpus, typ, shp), n in sys_c[c].items():
                sys_by[(typ, shp)] += n
            print("tagger on the same expressions")
            for (typ, shp), n in sys_by.most_common(10):
                print(f"  {typ:9} {shp:18} {n:5}")
        if a.examples:
            for w in wrong[c][: a.examples]:
                print("   ", " | ".join(map(str, w)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
