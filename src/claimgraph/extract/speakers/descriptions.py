"""A description named by the name the article gave it: ``de minister`` by the last ``minister
Carola Schouten`` before it, ``de universiteit`` by ``Universiteit Utrecht``, a description by the
name apposed to it (``One senator, Eduardo Bhatia, said``) and a relative pronoun by the name before
it (``Clinton, who ...``), and a title alone by the one person the headline names who holds it
(``Zelensky Denies ...``: ``The Ukrainian president``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from claimgraph.extract.places import country_named, iso3_codes, load_gazetteer
from claimgraph.extract.speakers.constants import _NOTHING
from claimgraph.extract.speakers.names import (
    _name_like,
    _name_word,
    _office_only,
    _same_person,
    canonical_name,
    without_suffix,
)
from claimgraph.extract.speakers.words import _person_noun, _source_noun, _title_word
from claimgraph.lang import LangData, has_lang_file, load_lang, person_key, read_lang_file
from claimgraph.model import Attribution

_CAPITALS_ONLY = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+")  # "Universiteit Utrecht"
_NAME_BEFORE_COMMA = re.compile(r"((?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*),\s*$")  # "Clinton, "
_SENTENCE_END = re.compile(r"(?<=[a-z]{2})\.\s")  # "Putin. He": not "Peter R. de Vries"
_WORD_BEFORE = re.compile(r"(\S+)\s+$")  # the word before a position
_APPOSED_NAME = re.compile(r",\s*([^,\n]+?)\s*(?:,|$)")  # ", Chuck Schumer," up to the cue


def _described_person(surface: str, before: int, text: str, lang: LangData) -> str:
    """``de minister`` -> ``Carola Schouten`` where the article wrote ``minister Carola
    Schouten`` (or ``Landbouwminister Carola Schouten``) last before ``before``, up to a
    sentence's end (``premier Rutte. Hij``); else empty."""
    words = surface.split()
    if len(words) < 2 or words[0].lower() not in lang.words("definite_determiners"):
        return ""
    if _office_only(words[1:], lang):  # "de minister van Financiën"
        return _last_titled_name(" ".join(words[1:]).lower(), text[:before], lang)
    if len(words) > 4:
        return ""
    title = words[-1].lower().rsplit("-", 1)[-1]
    if title not in lang.titles:
        return _named_body(words, text[:before], lang)
    return _last_titled_name(title, text[:before], lang)


def _last_titled_name(title: str, text: str, lang: LangData) -> str:
    """The name (canonical) ``text`` writes last right after ``title``; else empty."""
    last = None
    for last in _titled_names(title, lang.words("name_particles")).finditer(text):  # noqa: B007
        pass
    return canonical_name(_SENTENCE_END.split(last.group(1), maxsplit=1)[0], lang) if last else ""


def _epithet(surface: str, lang: LangData) -> bool:
    """``de verkeerskundige``, ``De renster van WNT-Rotor``: a definite description whose head (the
    last word before ``van``) is a compound ending in one of the language's ``epithet_endings``
    and is no title (a role someone new may hold: ``de rechter``) and no source noun: a trait or
    trade that describes a person the article named before."""
    words = surface.split()
    if not 2 <= len(words) <= 5 or words[0].lower() not in lang.words("definite_determiners"):
        return False
    described = words[1 : words.index("van")] if "van" in words else words[1:]
    head = described[-1] if described else ""
    return (
        head.isalpha()
        and head.islower()
        and any(head.endswith(e) and len(head) >= len(e) + 3 for e in lang.words("epithet_endings"))
        and not _title_word(head, lang)
        and not _source_noun(head, lang)
    )


def _sole_holder(surface: str, name: str, text: str, lang: LangData) -> str:
    """``The president`` (name ``president``) -> ``Alberto Fernández``, ``Putin's
    spokesperson`` -> ``Dmitry Peskov``: a bare title, or a title after a named possessor, names
    the one person the article names right after that title (``President Alberto Fernández``,
    ``The Kremlin spokesperson Dmitry Peskov``; rule 12: a title alone takes the person's full
    name), in its fullest form; empty where the article names none or several (a briefing's
    ``President Biden`` and ``President Zelenskyy``), for a phrase that opens with a determiner
    other than the language's ``title_articles`` (``His lawyer`` is his, ``a spokesman`` one of
    many, whoever else the article calls so) or where ``name`` is no such title. A longer title
    is another role: ``Vice President Harris`` holds no ``President``."""
    words = name.split()
    opening = surface.split()[:1]
    if (
        not words
        or not _title_word(words[-1].lower(), lang)
        or not _bare_or_possessed(words, lang)
        or (opening and _indefinite_opening(opening[0].lower(), lang))
    ):
        return ""
    holders = _title_holders(words[-1].lower(), text, lang)
    fullest = {max((h for h in holders if h == o or _same_person(o, h)), key=len) for o in holders}
    return fullest.pop() if len(fullest) == 1 else ""


def _indefinite_opening(word: str, lang: LangData) -> bool:
    """A determiner that leaves a title open (``his``, ``a``, ``one``): not one of the
    language's ``title_articles`` (``the``)."""
    return word in lang.words("determiners") and word not in lang.words("title_articles")


def _title_holders(title: str, text: str, lang: LangData) -> list[str]:
    """The names (canonical) ``text`` writes right after the title word ``title``, not after a
    longer title (``Vice President Harris``) and up to a sentence's end (``President Vladimir
    Putin. He``)."""
    holders = []
    for match in _titled_names(title, lang.words("name_particles")).finditer(text):
        before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
        if match.group(0).split()[0].lower() != title or (
            before and _title_word(before.group(1).lower(), lang)
        ):
            continue  # "spokespersons", "Vice President Harris"
        holder = canonical_name(_SENTENCE_END.split(match.group(1), maxsplit=1)[0], lang)
        if _name_like(holder, lang):
            holders.append(holder)
    return holders


def _title_only(name: str, lang: LangData) -> bool:
    """A name of title words only (``Vice President``, ``President``): a role, no person."""
    words = name.split()
    return bool(words) and all(_title_word(w.lower(), lang) for w in words)


def _bare_or_possessed(words: list[str], lang: LangData) -> bool:
    """Title words only (``Vice President``), or a possessor and one title (``Putin's
    spokesperson``)."""
    if _title_only(" ".join(words), lang):
        return True
    suffixes = tuple(lang.words("possessive_suffixes"))
    return len(words) >= 2 and bool(suffixes) and words[-2].endswith(suffixes)


def _apposed_name(att: Attribution, text: str, lang: LangData) -> str:
    """``The Senate Minority Leader, Chuck Schumer, said``, ``One senator, Eduardo Bhatia,
    said``: a description whose apposition between it and the cue is a name speaks by that name
    (the name, canonical); else empty."""
    span, cue = att.speaker_span, att.cue_span
    if span is None or cue is None or cue[0] <= span[1]:
        return ""
    match = _APPOSED_NAME.match(text, span[1], cue[0])
    if match is None or not _description(text[span[0] : span[1]], lang):
        return ""
    words = match.group(1).split()
    if not words or not all(_name_word(w, lang) for w in words):
        return ""
    return canonical_name(match.group(1), lang)


def _relative_name(surface: str, before: int, text: str, lang: LangData) -> str:
    """``Clinton, who once praised the deal, offered``: a relative pronoun mention (the
    language's ``relative_person_pronouns``) right after a name and a comma stands for that name
    (canonical); else empty."""
    if surface.lower() not in lang.words("relative_person_pronouns"):
        return ""
    match = _NAME_BEFORE_COMMA.search(text, max(0, before - 200), before)
    name = canonical_name(match.group(1), lang) if match else ""
    return name if _name_like(name, lang) else ""


def _description(surface: str, lang: LangData) -> bool:
    """A phrase that describes rather than names: it opens with a determiner or a possessive,
    or has a lower-case word, a title or a source noun (``The Senate Minority Leader``)."""
    words = surface.split()
    low = [w.lower() for w in words]
    return bool(words) and (
        low[0] in lang.words("determiners")
        or any(w.endswith(tuple(lang.words("possessive_suffixes"))) for w in low)
        or any(w[:1].islower() for w in words)
        or any(_person_noun(w, lang) or _source_noun(w, lang) for w in low)
    )


def _named_body(words: Sequence[str], text: str, lang: LangData) -> str:
    """``de universiteit`` -> ``Universiteit Utrecht``: a description of two words whose noun
    is a word of exactly one name (a run of capitalised words) in ``text``; else the one name
    ``text`` gives that noun right after it (``de politie`` -> ``politie Drenthe``, see
    :func:`_noun_with_name`); else empty."""
    if len(words) != 2 or not words[1].isalpha() or not words[1].islower():
        return ""
    noun = words[1].capitalize()
    names = {run.group() for run in _CAPITALS_ONLY.finditer(text) if noun in run.group().split()}
    if not names:
        names = {m.group() for m in _noun_with_name(words[1], lang).finditer(text)}
    return names.pop() if len(names) == 1 else ""


def _noun_with_name(noun: str, lang: LangData) -> re.Pattern[str]:
    """``politie Drenthe``, ``politie van Chicago``: ``noun``, one of the language's
    ``named_body_joiners`` and a run of capitalised words; matches nothing in a language
    without joiners."""
    return _named_after(noun, lang.words("named_body_joiners"))


@cache
def _named_after(noun: str, joiners: frozenset[str]) -> re.Pattern[str]:
    if not joiners:
        return _NOTHING
    links = "|".join(
        "".join(rf"{re.escape(w)}\s+" for w in j.split())
        for j in sorted(joiners, key=len, reverse=True)
    )
    return re.compile(rf"\b{re.escape(noun)}\s+(?:{links})[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")


@cache
def _titled_names(title: str, name_particles: frozenset[str]) -> re.Pattern[str]:
    """``<...title> <Name Name>``: a title word (also as a compound's head) and the name after."""
    particles = "|".join(map(re.escape, sorted(name_particles)))
    name = rf"[A-Z][\w'’.-]*(?:\s+(?:(?:{particles})\s+)*[A-Z][\w'’.-]*)*"
    return re.compile(rf"(?i:\b[\w-]*{re.escape(title)})\s+({name})")


def headline_holder(speaker: str, headline: str, lang: LangData) -> str:
    """``Ukrainian president`` -> ``Volodymyr Zelensky`` under the headline ``Zelensky Denies
    Ukraine Carried Out the Drone Attack``, ``premier`` -> ``Theresa May`` under ``May geeft toe
    onder druk``: a speaker that is a title alone (after a ``title_articles`` word and the
    country it serves, if any) is the one well-known person the headline names who holds that
    title (the language's ``people.toml`` ``offices``) and is of that country (``base/events.toml``
    ``people``), as the language writes them (rule 12: a title alone takes the person's full
    name); empty where the headline names no such person or several (``Putin`` and
    ``Zelenskyy`` are both a ``president``), and for any other speaker."""
    office, country = _office_of(speaker, lang)
    named = _headline_people(headline, lang) if office else {}
    holders = [
        shown
        for canonical, shown in named.items()
        if office in _offices(lang.code).get(canonical, ())
        and (not country or iso3_codes().get(country) == _people_countries().get(canonical))
    ]
    return holders[0] if len(holders) == 1 else ""


def _office_of(speaker: str, lang: LangData) -> tuple[str, str]:
    """(title, country code) of a speaker that is a title, after the country it serves if any
    (``Ukrainian president``, ``Ukraine's president``, ``Britse premier``: ``UA``, ``GB``);
    empty where the last word is no title word."""
    words = speaker.split()
    if words and words[0].lower() in lang.words("title_articles") | lang.words(
        "definite_determiners"
    ):
        words = words[1:]
    country = _country_of(words[0], lang) if len(words) > 1 else ""
    title = words[1:] if country else words
    if not title or not _title_word(title[-1].lower(), lang):
        return "", ""
    return " ".join(title).lower(), country


def _country_of(word: str, lang: LangData) -> str:
    """The country code a demonym or a country's name (possessive or not) names; else empty."""
    if not has_lang_file(lang.code, "places.toml"):
        return ""
    bare = without_suffix(word, lang.words("possessive_suffixes"))
    entry = country_named(bare, lang.code)
    return load_gazetteer(lang.code).demonyms.get(word, "") or (entry.country if entry else "")


def _headline_people(headline: str, lang: LangData) -> dict[str, str]:
    """The well-known people ``headline`` names (canonical name -> as the language writes
    them), capitalised and not a month's name (``May``)."""
    months = _months(lang.code)
    found = {}
    for match in _people_pattern(lang.code).finditer(headline):
        spelled = match.group()
        if spelled[:1].isupper() and spelled.lower() not in months:
            found[person_key(spelled)] = lang.people[spelled.lower()]
    return found


@cache
def _people_pattern(code: str) -> re.Pattern[str]:
    """Any spelling of a well-known person, as a whole word, in any case."""
    spellings = sorted(load_lang(code).people, key=len, reverse=True)
    alternatives = "|".join(map(re.escape, spellings))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


@cache
def _months(code: str) -> frozenset[str]:
    """The language's month names (timex data), lower-cased."""
    return frozenset(read_lang_file(code, "timex.toml").get("month", {}))


@cache
def _offices(code: str) -> dict[str, frozenset[str]]:
    """Well-known person (canonical) -> the titles the language names them by alone."""
    table = read_lang_file(code, "people.toml").get("offices", {})
    return {name: frozenset(t.lower() for t in titles) for name, titles in table.items()}


@cache
def _people_countries() -> dict[str, str]:
    """Well-known person (canonical) -> their country (ISO alpha-3, ``base/events.toml``)."""
    return {
        name: country
        for name, (country, _) in read_lang_file("base", "events.toml").get("people", {}).items()
    }
