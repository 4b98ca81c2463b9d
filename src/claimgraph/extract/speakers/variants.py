"""The fuller form the article gives a speaker's name elsewhere: an organisation's registered name
(``Ford`` -> ``Ford Motor Company``), the body a spokesperson speaks for, and surnames that a phrase
glued to another, cut before a particle, or ran on into an affiliation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimgraph.extract.speakers.names import _same_person, _spokesperson_name
from claimgraph.extract.speakers.words import _title_word
from claimgraph.lang import LangData
from claimgraph.model import Attribution


def _registered_name(name: str, names: Sequence[str], lang: LangData) -> str:
    """``Ford`` -> ``Ford Motor Company``, the longest of ``names`` (the article's named
    speakers) that goes on from ``name`` to an organisation head (the language's
    ``organisation_heads``); else empty. Only speakers: ``Facebook Ireland Limited``, named as
    a party to a case, is not the ``Facebook`` that speaks."""
    heads = lang.words("organisation_heads")
    words = name.split()
    if not words:
        return ""
    fuller = [n for n in _going_on_from(words, names) if n.rsplit(maxsplit=1)[-1].lower() in heads]
    return max(fuller, key=len, default="")


def _going_on_from(words: list[str], names: Sequence[str]) -> list[str]:
    """The ``names`` whose words start with ``words`` and go on (``Ford Motor Company``)."""
    return [
        n for n in names if (parts := n.split())[: len(words)] == words and len(parts) > len(words)
    ]


def _spokesperson_of_named_body(name: str, names: Sequence[str], lang: LangData) -> str:
    """``woordvoerder Rai`` -> ``woordvoerder Rai Vereniging``: a spokesperson speaks for the
    fullest of ``names`` (the article's named speakers) that goes on from the body's name (rule
    12); else empty. The body is an organisation by the title, so no organisation head is asked."""
    if not _spokesperson_name(name, lang):
        return ""
    title, body = name.split(maxsplit=1)
    fuller = _going_on_from(body.split(), names)
    return f"{title} {max(fuller, key=len)}" if fuller else ""


def _unglued_speakers(attributions: list[Attribution], text: str, lang: LangData) -> dict[str, str]:
    """Speaker names that glue two surnames (``De Vries Van Koppen zegt``: a subheading line
    without a full stop run into the sentence after it) -> the speaker the article named in full
    with the second, the one next to the verb (``Hoogleraar ... Peter van Koppen``)."""
    speakers = [a.speaker for a in attributions]
    unglued = {}
    for att in attributions:
        if att.speaker_span is None:
            continue
        tail = _second_surname(text[att.speaker_span[0] : att.speaker_span[1]], lang)
        if not tail:
            continue
        fuller = [n for n in speakers if _same_person(tail, _full_name(n, lang))]
        if fuller:
            unglued[att.speaker] = max(fuller, key=len)
    return unglued


def _particle_surnames(
    attributions: list[Attribution], text: str, lang: LangData
) -> dict[str, str]:
    """Speaker names cut before a name particle (``woordvoerder Jan Thijs van Hemmen`` ->
    ``Jan Thijs``: a particle after two capitalised words may open an affiliation) -> the name
    with that particle and the capitalised words after it, where the article writes them as a
    surname on their own, the particle capitalised (``kan Van Hemmen niet zeggen``): Dutch
    capitalises a particle only where no first name precedes it, so ``Van Hemmen`` is a
    surname, not ``van`` an affiliation."""
    longer = {}
    for att in attributions:
        if att.speaker_span is None or not att.speaker:
            continue
        rest = _words_after(text[att.speaker_span[0] : att.speaker_span[1]].split(), att.speaker)
        surname = _particle_surname(rest, lang)
        if surname and re.search(rf"\b{re.escape(surname[0].upper() + surname[1:])}\b", text):
            longer[att.speaker] = f"{att.speaker} {surname}"
    return longer


def _prepositional_particles(
    attributions: list[Attribution], names: Sequence[str], text: str, lang: LangData
) -> dict[str, str]:
    """Speaker names that open with a capitalised particle that is also a preposition (the
    language's ``preposition_particles``: ``Van Abdulaziz`` of ``Van Abdulaziz weten de Chinezen
    niet``) -> the fullest of ``names`` (the article's speakers and people) that ends with the
    rest (``Dilmurat Abdulaziz``), where the article never writes that rest after the particle
    and a capitalised word (``Stientje van Veldhoven``; ``familie van Abdulaziz`` is no name):
    the sentence opens with the preposition, not with the surname."""
    prepositions = lang.words("preposition_particles")
    shorter = {}
    for att in attributions:
        words = att.speaker.split()
        if len(words) < 2 or not words[0][:1].isupper() or words[0].lower() not in prepositions:
            continue
        rest = " ".join(words[1:])
        before = re.findall(rf"(\w+) {re.escape(words[0].lower())} {re.escape(rest)}\b", text)
        fuller = [
            n for n in names if _same_person(rest, n) and n.split()[0].lower() not in prepositions
        ]
        if fuller and not any(w[:1].isupper() for w in before):
            shorter[att.speaker] = max(fuller, key=len)
    return shorter


def _affiliated_surnames(
    attributions: list[Attribution], text: str, lang: LangData
) -> dict[str, str]:
    """Speaker names of one capitalised word, a particle and capitalised words after a title
    (``Koolmees van Sociale Zaken`` of ``minister Koolmees van Sociale Zaken``, ``Erdogan van
    Turkije``) -> the first word (the person's name, by the language's ``people`` where it has
    them), where the article writes that word alone elsewhere and never the rest as a surname
    with its particle capitalised: the article names the titled person by surname, so the
    particle opens an affiliation. Not without a title: ``Anouk van Dijk``, later ``Anouk``, is
    named by her first name."""
    shorter = {}
    for att in attributions:
        words = att.speaker.split()
        if att.speaker_span is None or not _surname_and_affiliation(words, lang):
            continue
        surface = text[att.speaker_span[0] : att.speaker_span[1]].split()
        before = surface[: surface.index(words[0])] if words[0] in surface else []
        titled = any(_title_word(w.lower(), lang) for w in before)
        alone = rf"\b{re.escape(words[0])}\b(?!\s+{re.escape(words[1])}\b)"
        surname = rf"\b{re.escape(words[1].capitalize())}\s+{re.escape(words[2])}\b"
        if titled and re.search(alone, text) and not re.search(surname, text):
            shorter[att.speaker] = lang.people.get(words[0].lower(), words[0])
    return shorter


def _surname_and_affiliation(words: list[str], lang: LangData) -> bool:
    """``Erdogan van Turkije``: a capitalised word, an affiliation marker, a capitalised word."""
    return (
        len(words) >= 3
        and words[1] in lang.words("affiliation_markers")
        and words[0][:1].isupper()
        and words[2][:1].isupper()
    )


def _words_after(words: list[str], name: str) -> list[str]:
    """The words of a phrase after the first occurrence of ``name`` in it; empty without one."""
    parts = name.split()
    for i in range(len(words) - len(parts) + 1):
        if words[i : i + len(parts)] == parts:
            return words[i + len(parts) :]
    return []


def _particle_surname(words: list[str], lang: LangData) -> str:
    """``van Hemmen`` of ``van Hemmen van de politie``: name particles, then capitalised words;
    empty if the words do not open so."""
    particles = 0
    while particles < len(words) and words[particles] in _particles(lang):
        particles += 1
    end = particles
    while end < len(words) and words[end][:1].isupper():
        end += 1
    return " ".join(words[:end]) if 0 < particles < end else ""


def _second_surname(surface: str, lang: LangData) -> str:
    """``De Vries Van Koppen`` -> ``Van Koppen``: Dutch capitalises a name particle only where no
    first name precedes it, so a phrase of two surnames that each open with one is two names."""
    words = surface.split()
    opens = [i for i, w in enumerate(words) if w[:1].isupper() and w.lower() in _particles(lang)]
    if len(opens) < 2 or opens[0] != 0 or words[opens[-1] - 1].lower() in _particles(lang):
        return ""
    return " ".join(words[opens[-1] :])


def _full_name(phrase: str, lang: LangData) -> str:
    """The name that ends a speaker phrase (``Hoogleraar rechtspsychologie Peter van Koppen`` ->
    ``Peter van Koppen``): its last words that are capitalised or name particles."""
    words = phrase.split()
    start = len(words)
    while start and (words[start - 1][:1].isupper() or words[start - 1] in _particles(lang)):
        start -= 1
    return " ".join(words[start:])


def _particles(lang: LangData) -> frozenset[str]:
    return lang.words("name_particles")
