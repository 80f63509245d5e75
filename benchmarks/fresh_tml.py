#!/usr/bin/env python3
"""Build the TimeML files of a hand-annotated corpus (fresh-text, sealed or sealed2) from their sources.

Each source `benchmarks/data/<corpus>/src/<genre>/<name>.txt` starts with a header line
`DCT YYYY-MM-DD`, then a blank line, then the text, where every time expression is written
`[extent|TYPE|VALUE]` or `[extent|TYPE|VALUE|MOD]` (TYPE is DATE, TIME, DURATION or SET,
VALUE a TIMEX3 value, MOD a TIMEX3 mod such as APPROX or START). This script writes
`benchmarks/data/<corpus>/<genre>/<name>.tml` in the TimeBank layout that
../shared/tools/timeml_eval.py reads (a DCT TIMEX3 with functionInDocument="CREATION_TIME",
inline TIMEX3 with tid/type/value[/mod]) and checks every value's shape.

    python3 benchmarks/fresh_tml.py                   # rebuild fresh-text, print counts per genre
    python3 benchmarks/fresh_tml.py --corpus sealed   # the sealed evaluation corpus (see its README)
    python3 benchmarks/fresh_tml.py --corpus sealed2  # the second sealed evaluation corpus (see its README)
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

DATA = Path(__file__).resolve().parent / "data"
CORPORA = ("fresh", "sealed", "sealed2")   # folders under DATA written in this source format
MARK = re.compile(r"\[([^\[\]|]+)\|(DATE|TIME|DURATION|SET)\|([^\[\]|]+)(?:\|([A-Z_]+))?\]")
VALUE = re.compile(
    r"(?:BC)?\d{1,4}(?:-(?:\d\d|[X]{2}|Q[1-4X]|H[12]|SP|SU|FA|WI|W\d\d|WXX)(?:-(?:\d\d|XX|WE|\d))?)?"
    r"(?:T(?:\d\d(?::\d\d(?::\d\d)?)?|MO|AF|EV|NI|DT))?"
    r"|XXXX(?:-[\dWX][\dXEQW-]*)?(?:T(?:\d\d(?::\d\d)?|MO|AF|EV|NI))?"
    r"|XXXX-(?:SP|SU|FA|WI)"   # a season of any year ("every autumn", a SET)
    r"|P(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|DE|CE|Q|H|L)|PT(?:\d+(?:\.\d+)?|X)(?:H|M|S)"
    r"|PT\d+H\d+M(?:\d+S)?|PT\d+M\d+S|P\d+Y\d+M"
    r"|PRESENT_REF|PAST_REF|FUTURE_REF")
MODS = {"BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN",
        "EQUAL_OR_LESS", "EQUAL_OR_MORE", "START", "MID", "END", "APPROX"}


def build(src: Path) -> tuple[str, int]:
    head, _, body = src.read_text(encoding="utf-8").partition("\n\n")
    m = re.fullmatch(r"DCT (\d{4}-\d\d-\d\d)\s*", head)
    if not m:
        raise SystemExit(f"{src}: first line must be 'DCT YYYY-MM-DD' followed by a blank line")
    dct = m.group(1)
    out, pos, n = [], 0, 0
    for k, mk in enumerate(MARK.finditer(body), start=1):
        extent, typ, value, mod = mk.groups()
        if not VALUE.fullmatch(value):
            raise SystemExit(f"{src}: bad TIMEX3 value {value!r} for {extent!r}")
        if mod and mod not in MODS:
            raise SystemExit(f"{src}: bad mod {mod!r} for {extent!r}")
        out.append(escape(body[pos:mk.start()]))
        attrs = f'tid="t{k}" type="{typ}" value={quoteattr(value)}' + (f' mod="{mod}"' if mod else "")
        out.append(f"<TIMEX3 {attrs}>{escape(extent)}</TIMEX3>")
        pos, n = mk.end(), k
    rest = body[pos:]
    if "[" in rest.replace("[...]", "") and MARK.search(rest) is None and re.search(r"\[[^\]]*\|", rest):
        raise SystemExit(f"{src}: a malformed [..|..] mark after the last expression")
    out.append(escape(rest))
    stray = re.search(r"\[[^\[\]]*\|[^\[\]]*\]", MARK.sub("", body))
    if stray:
        raise SystemExit(f"{src}: malformed mark {stray.group(0)!r}")
    doc = (f'<?xml version="1.0" ?>\n<TimeML>\n<DOCID>{src.stem}</DOCID>\n'
           f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" temporalFunction="false" '
           f'functionInDocument="CREATION_TIME">{dct}</TIMEX3></DCT>\n'
           f'<TEXT>{"".join(out)}</TEXT>\n</TimeML>\n')
    return doc, n


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", choices=CORPORA, default="fresh")
    here = DATA / ap.parse_args().corpus
    totals: dict[str, tuple[int, int]] = {}
    for src in sorted((here / "src").glob("*/*.txt")):
        genre = src.parent.name
        doc, n = build(src)
        dest = here / genre / (src.stem + ".tml")
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_text(doc, encoding="utf-8")
        docs, exprs = totals.get(genre, (0, 0))
        totals[genre] = (docs + 1, exprs + n)
    for genre, (docs, exprs) in totals.items():
        print(f"{genre}: {docs} texts, {exprs} expressions")
    print(f"all: {sum(d for d, _ in totals.values())} texts, {sum(e for _, e in totals.values())} expressions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
