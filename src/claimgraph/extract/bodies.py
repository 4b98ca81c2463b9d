"""One key for a body whatever language names it: ``persdienst van het Kremlin`` and ``Kremlin
press service``, ``Russische autoriteiten`` and ``Russian authorities``, ``Witte Huis`` and
``White House``, ``Rusland`` and ``Russia``.

A body is a country or a named body (a landmark that stands for its occupant, base/places.toml)
or one of the language's body nouns (``lang/<code>/bodies.toml``) of such an owner: before the
noun (``Russian``, ``Kremlin``, ``Ukraine's``) or after it and a joiner (``van het Kremlin``,
``of Ukraine``). Its key is the owner's English name (GeoNames' country name, the landmark's
label) and the noun's key noun, so every language's name for the body has the same key. The
store keys speakers by it (:func:`claimgraph.extract.identity.speaker_key`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from claimgraph.extract.places import PLACES_FILE, country_forms, country_name
from claimgraph.lang import available_languages, has_lang_file, load_lang, read_lang_file

BODIES_FILE = "bodies.toml"


@dataclass(frozen=True)
class _BodyNames:
    """What one language names bodies with, lower-cased."""

    nouns: dict[str, str]  # body noun -> the key's noun
    joiners: tuple[str, ...]  # between a noun and its owner after it, longest first
    owners: dict[str, str]  # country or landmark form -> the owner's English name
    demonyms: dict[str, str]  # "russian" -> "Russia": an owner before a noun only
    articles: frozenset[str]  # opening words a body's name may have ("the", "de")
    possessives: tuple[str, ...]  # "'s": the owner's possessive suffixes


@cache
def body_key(name: str) -> str:
    """The key of the body ``name`` names in any language with body data (``Russische
    autoriteiten`` -> ``Russia authorities``, ``Rusland`` -> ``Russia``); empty for any other
    name."""
    for code in available_languages():
        names = _body_names(code)
        key = _key_in(name.split(), names) if names else ""
        if key:
            return key
    return ""


def _key_in(words: list[str], names: _BodyNames) -> str:
    """The body key of ``words`` in one language's body names; empty if it names no body."""
    if words and words[0].lower() in names.articles:
        words = words[1:]
    whole = " ".join(words).lower()
    if whole in names.owners:
        return names.owners[whole]
    for cut in range(1, len(words)):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:]).lower()
        if tail in names.nouns:  # "Russian authorities", "Kremlin press service"
            owner = _owner_before(head, names)
            if owner:
                return f"{owner} {names.nouns[tail]}"
        if head.lower() in names.nouns:  # "persdienst van het Kremlin", "woordvoerder Kremlin"
            owner = names.owners.get(_without_joiner(tail, names.joiners), "")
            if owner:
                return f"{owner} {names.nouns[head.lower()]}"
    return ""


def _owner_before(words: str, names: _BodyNames) -> str:
    """The owner a noun's premodifier names (``Russian``, ``Ukraine's``, ``Kremlin``)."""
    low = words.lower()
    for suffix in names.possessives:
        low = low.removesuffix(suffix)
    return names.demonyms.get(low) or names.owners.get(low, "")


def _without_joiner(words: str, joiners: tuple[str, ...]) -> str:
    """``van het kremlin`` -> ``kremlin``: the words after the first joiner they open with."""
    for joiner in joiners:
        if words.startswith(f"{joiner} "):
            return words[len(joiner) + 1 :]
    return words


@cache
def _body_names(code: str) -> _BodyNames | None:
    """Language ``code``'s body names over its place data; None without body data."""
    if not (has_lang_file(code, BODIES_FILE) and has_lang_file(code, PLACES_FILE)):
        return None
    data = read_lang_file(code, BODIES_FILE)
    regions = {r.lower() for r in data.get("regions", [])}
    owners = {
        form.lower(): name
        for form, name in country_forms(code).items()
        if form.lower() not in regions
    }
    for label, mark in read_lang_file("base", PLACES_FILE).get("landmarks", {}).items():
        owners.update((form.lower(), label) for form in mark["forms"])
    demonyms = read_lang_file(code, PLACES_FILE).get("demonyms", {})
    lang = load_lang(code)
    return _BodyNames(
        nouns={noun.lower(): key for noun, key in data.get("nouns", {}).items()},
        joiners=tuple(sorted((j.lower() for j in data.get("owner_joiners", [])), key=len)[::-1]),
        owners=owners,
        demonyms={form.lower(): country_name(iso) for form, iso in demonyms.items()},
        articles=lang.words("title_articles") | lang.words("definite_determiners"),
        possessives=tuple(lang.words("possessive_suffixes")),
    )
