"""Public holidays of any nation said by name (thirty-seventh session, worldhol38; docs/informal-time.md §149).

The ``holidays`` package (python-holidays, MIT; a dependency, see ``othercal``) knows the public holidays of about
250 countries and their subdivisions, in their own and in other languages. This module indexes them by a
normalised name (the words of the name lower-cased, apostrophes removed, a language's words of no weight dropped:
the article, "national", the head "day"/"holiday" -- the language's lexicon gives them; nothing here knows English)
and gives the day a set of countries/subdivisions keeps a name on in a Gregorian year.

Cost: the package is imported and the index built only when a candidate name is looked up (never for a text with
no such name), once per process and kept for the next ones in the start-up store (``startcache``) (one ``lru_cache`` slot per language spec); the days are read per (country,
subdivision, year), each cached in a bounded ``lru_cache``. Nothing here guesses: a name its places keep on
different days in a year gives no day (``WorldDays.day``).
"""
from __future__ import annotations

import json
import re
import warnings
from datetime import date
from functools import lru_cache

_APOSTROPHES = re.compile(r"['’`]")
_WORDS = re.compile(r"[^\W_]+(?:[.-][^\W_]+)*")


def name_key(name: str, drop: frozenset, heads: frozenset) -> str:
    """The normalised key of a holiday's name: its words lower-cased, apostrophes removed ("Heroes' Day", "Heroes Day"
    alike), the words of ``drop`` left out, the head words of ``heads`` left out at the end ("Picnic Day" ->
    "picnic"); "" where nothing is left."""
    words = [w for w in _WORDS.findall(_APOSTROPHES.sub("", name.lower())) if w not in drop]
    while words and words[-1] in heads:
        words.pop()
    return " ".join(words)


class Spec:
    """What a language tells the index: the words a key drops, its head words, the package's languages to read the
    names in (besides each country's own), the years whose names are indexed, and keys never indexed (a name the
    package gives a day that is no holiday's own: "Public Holiday")."""


    def __init__(self, drop, heads, languages, years, not_keys, not_first=(), shipped=None):
        self.drop, self.heads = frozenset(drop), frozenset(heads)
        self.languages, self.years, self.not_keys = tuple(languages), tuple(years), frozenset(not_keys)
        self.not_first = frozenset(not_first)   # a name's first words that make it an observance ("International")
        # (speed42) the path of the index as built and shipped with the language (``write_shipped``), read where it was
        # built from this spec with the package's installed version (else the index is built): not part of the spec
        self.shipped = shipped

    def canonical(self) -> list:
        """The spec as JSON can hold it, sorted: what a shipped index was built from."""
        return [sorted(self.drop), sorted(self.heads), list(self.languages), list(self.years), sorted(self.not_keys),
                sorted(self.not_first)]

    def key(self, name: str) -> str:
        k = name_key(name, self.drop, self.heads)
        return "" if k.split(" ", 1)[0] in self.not_first else k

    def _id(self):
        return (self.drop, self.heads, self.languages, self.years, self.not_keys, self.not_first)

    def __hash__(self):
        return hash(self._id())

    def __eq__(self, other):
        return isinstance(other, Spec) and self._id() == other._id()


def _package():
    try:
        import holidays
        return holidays
    except ImportError:   # pragma: no cover - the package is a dependency
        return None


@lru_cache(maxsize=2048)   # bounded: the (country, subdivision, year, language) a text's names need
def _named_days(country: str, subdiv, year: int, language) -> tuple:
    """((name, day), ...) of a country's (subdivision's) holidays in ``year`` as the package names them in
    ``language`` (None: the country's own), the days themselves (not the days off they are observed on)."""
    hol = _package()
    if hol is None or not 1900 <= year <= 2200:
        return ()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            got = hol.country_holidays(country, subdiv=subdiv, years=year, observed=False, language=language)
            return tuple((n, d) for d, names in got.items() for n in names.split("; "))
    except Exception:   # an unknown language or subdivision of this version of the package: no names
        return ()


@lru_cache(maxsize=4)
def index(spec: Spec) -> dict:
    """key -> frozenset of (country, subdivision or None) that keep a holiday of that name in one of the years of
    ``spec`` (a country's own holiday is not repeated for its subdivisions). Built at the first look-up."""
    hol = _package()
    if hol is None:
        return {}
    # (the lead, before-stop review) the index is a function of the package's version and the spec alone: kept from one
    # process to the next in the start-up store (``startcache``, as a rule's reach is; dropped when the sources change),
    # so that only a process with none kept pays its build (about a second of CPU), not every worker's first text
    from timeline_app.temporal import startcache
    kept_as = (__name__, getattr(hol, "__version__", ""), spec._id())   # (the module names its own entry)
    kept = startcache.reach_get(kept_as)
    if isinstance(kept, dict):
        return {k: frozenset(tuple(p) for p in v) for k, v in kept.items()}
    # (speed42) else the index shipped with the language, where it was built from this spec with this version of the
    # package: a process with no start-up store (``PYTHONDONTWRITEBYTECODE``, a folder it cannot write, a first run)
    # paid the build, ~1.4 s of CPU, in its first text with a capitalised name ending in "Day" (the throughput
    # benchmark's 0.5 MB row: more than half its time). The same index as a build (tests/test_worldhol_shipped.py)
    got = read_shipped(spec, getattr(hol, "__version__", ""))
    if got is not None:
        return got
    return build(spec, hol, kept_as)


def read_shipped(spec: Spec, version: str) -> dict | None:
    """The index shipped at ``spec.shipped`` (``write_shipped``), or None: no file, or built from another spec or
    another version of the package."""
    if not spec.shipped or not version:
        return None
    try:
        with open(spec.shipped, encoding="utf-8") as f:
            doc = json.load(f)
    except (OSError, ValueError):
        return None
    if not isinstance(doc, dict) or doc.get("package_version") != version or doc.get("spec_canonical") != spec.canonical():
        return None
    return {k: frozenset((p[0], p[1]) for p in v) for k, v in doc["name_index"].items()}


def write_shipped(spec: Spec) -> str:
    """Build the index of ``spec`` with the installed package and write it to ``spec.shipped`` (run after the package
    is upgraded or the language's world_holiday entries change; tests/test_worldhol_shipped.py says when:
    ``python -c "from timeline_app.temporal import worldhol; from timeline_app.temporal.lang.en import rules;
    worldhol.write_shipped(rules._WORLD)"``)."""
    hol = _package()
    got = build(spec, hol, None)
    doc = {"package_version": getattr(hol, "__version__", ""), "spec_canonical": spec.canonical(),
           "name_index": {k: [[p[0], p[1]] for p in sorted(got[k], key=lambda p: (p[0], p[1] or ""))] for k in sorted(got)}}
    index_ = doc.pop("name_index")
    with open(spec.shipped, "w", encoding="utf-8") as f:   # (one key a line: a new version's changes read in a diff)
        f.write(json.dumps(doc, ensure_ascii=False)[:-1] + ', "name_index": {\n')
        f.write(",\n".join(f"{json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}"
                           for k, v in index_.items()))
        f.write("\n}}\n")
    return spec.shipped


def build(spec: Spec, hol, kept_as) -> dict:
    """The index of ``spec`` read from the package ``hol`` (kept in the start-up store under ``kept_as``, if given)."""
    from timeline_app.temporal import startcache
    if hol is None:
        return {}
    out: dict[str, set] = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        countries = hol.list_supported_countries(include_aliases=False)
    for country, subdivs in countries.items():
        national = set()
        for sd in [None] + list(subdivs):
            for lang in (None,) + spec.languages:
                for year in spec.years:
                    for name, _ in _named_days(country, sd, year, lang):
                        if "(" in name:
                            continue   # "(observed)", "(estimated)": the package's notes, not names
                        k = spec.key(name)
                        if not k or k in spec.not_keys:
                            continue
                        if sd is None:
                            national.add(k)
                        elif k in national:
                            continue
                        out.setdefault(k, set()).add((country, sd))
    _named_days.cache_clear()   # the index's own reading is not kept: the days are read again per year asked
    if kept_as is not None:
        startcache.reach_put(kept_as, {k: tuple(sorted(v, key=lambda p: (p[0], p[1] or ""))) for k, v in out.items()})
    return {k: frozenset(v) for k, v in out.items()}


def places_of(spec: Spec, key: str) -> frozenset:
    return index(spec).get(key, frozenset())


def days_of(spec: Spec, place: tuple, key: str, year: int) -> tuple:
    """The days ``place`` keeps a holiday of the name ``key`` on in ``year`` (any of the languages)."""
    got = set()
    for lang in (None,) + spec.languages:
        for name, d in _named_days(place[0], place[1], year, lang):
            if "(" not in name and spec.key(name) == key:
                got.add(d)
    return tuple(sorted(got))


def agree(spec: Spec, places, key: str, years) -> bool:
    """Whether every place that keeps the name in each of ``years`` keeps it on the same one day."""
    for y in years:
        seen = {d for p in places for d in days_of(spec, p, key, y)}
        if len(seen) > 1:
            return False
    return True


class WorldDays:
    """A holiday kept under one name by the places given: its one day in a year (``othercal.DatedDays``' face, so that
    ``resolve`` reads it as a dated holiday): None where none of them keeps it that year, or they keep it on
    different days, or one keeps it twice."""


    def __init__(self, spec: Spec, places, key: str):
        self.spec, self.places, self.key = spec, tuple(sorted(places, key=lambda p: (p[0], p[1] or ""))), key
        self.table, self.calendar, self.shift, self.until = {}, None, 0, None

    def __bool__(self) -> bool:
        return bool(self.places)

    def day(self, year: int) -> date | None:
        seen = {d for p in self.places for d in days_of(self.spec, p, self.key, year)}
        return seen.pop() if len(seen) == 1 else None

    def __contains__(self, year) -> bool:
        return self.day(int(year)) is not None

    def shifted(self, days: int):
        return None

    def last_day(self, first):
        return None

    def __repr__(self) -> str:
        return f"WorldDays({self.key!r}, {['-'.join(x for x in p if x) for p in self.places]})"

