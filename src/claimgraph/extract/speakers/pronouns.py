"""Pronouns and what they may stand for: a demonstrative's antecedent, the number of an ambiguous
``ze``/``zij`` by its verb, the plural subjects a group pronoun may stand for, a person's possessive
and a noun (``zijn advocaat``), and which speakers a later ``he``/``she`` may take (persons, not
bodies, acronyms or nested sources).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

import numpy
from spacy.attrs import DEP, POS
from spacy.tokens import Doc, Token

from claimgraph.extract.speakers.constants import _ACRONYM, FUNCTION_POS, VERB_POS
from claimgraph.extract.speakers.mentions import demonstrative_antecedent
from claimgraph.extract.speakers.names import canonical_name
from claimgraph.extract.speakers.words import (
    _is_title,
    _low,
    _person_noun,
    _short_heads,
    _source_noun,
)
from claimgraph.lang import LangData
from claimgraph.model import Attribution

MAX_GROUP_WORDS = 3
PLURAL = "p"  # the number of ``they`` in a language's ``pronouns`` table
AMBIGUOUS_PRONOUNS = frozenset({"fp"})  # a woman or a group: the verb's number tells
GROUP_HEAD_POS = frozenset({"NOUN", "PROPN"})  # heads of a group a plural pronoun stands for
# subjects, active or passive ("De agenten werden veroordeeld"), a plural pronoun may stand for
GROUP_SUBJECT_RELATIONS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})
AUXILIARY_RELATIONS = frozenset({"aux", "aux:pass", "auxpass"})
GROUP_PARTS = frozenset({"conj", "appos", "flat", "flat:name"})  # a group's names after its head


def resolve_demonstratives(attributions: Iterable[Attribution], doc: Doc, lang: LangData) -> None:
    """Items whose speaker mention is a demonstrative subject (``Die verklaarden dat``) take the
    phrase it stands for (:func:`demonstrative_antecedent`) as their speaker; the mention stays."""
    words = lang.words("demonstrative_subjects")
    if not words:
        return
    for att in attributions:
        mention = doc.char_span(*att.speaker_span) if att.speaker_span else None
        if mention is None or len(mention) != 1 or _low(mention[0]) not in words:
            continue
        span = demonstrative_antecedent(doc, mention[0].i, lang)
        if span is not None:
            att.speaker = canonical_name(doc[span[0] : span[1]].text, lang)


def _pronoun_of(att: Attribution, text: str, lang: LangData) -> str:
    """The item's speaker mention if it is a pronoun, else its speaker (lower case)."""
    surface = text[att.speaker_span[0] : att.speaker_span[1]].lower() if att.speaker_span else ""
    return surface if surface in lang.pronouns else att.speaker.lower()


def _group_pronoun(pronoun: str, at: int, plural: frozenset[int], lang: LangData) -> bool:
    """A third-person plural pronoun (``they``; ``zij``/``ze`` with a plural verb at ``at``)."""
    return pronoun in lang.words("group_pronouns") and (
        lang.pronouns.get(pronoun) == PLURAL or at in plural
    )


def host_of(doc: Doc, at: int, lang: LangData) -> str:
    """The body or group that hosts a group pronoun at offset ``at``: the object of a
    ``host_prepositions`` word that opens its sentence (``Bij Aventus merkten ze``, ``Bij de
    pensioenfondsen zien ze``), a name or a source noun (not ``Bij de behandeling van hun zaak
    hielden ze``); else empty."""
    i = bisect.bisect_left(doc.to_array("IDX").tolist(), at)
    if i >= len(doc):
        return ""
    opener = doc[i].sent[0]
    host = opener.head
    if _low(opener) not in lang.words("host_prepositions") or not opener.i < host.i < i:
        return ""
    if host.pos_ != "PROPN" and not _source_noun(_low(host), lang):
        return ""
    start = opener.i + 1
    while start < host.i and doc[start].pos_ in FUNCTION_POS:
        start += 1  # "de pensioenfondsen" -> "pensioenfondsen"
    return doc[start : host.i + 1].text


def _last_before(mentions: Sequence[tuple[int, str]], at: int) -> str:
    """The phrase of the last of ``mentions`` (offset, phrase) before offset ``at``; else empty."""
    before = [phrase for k, phrase in mentions if k < at]
    return before[-1] if before else ""


def numbered_pronouns(
    doc: Doc, text: str, lang: LangData, attributions: list[Attribution], number: str
) -> frozenset[int]:
    """Offsets of the speaker mentions that are a pronoun for a group or a woman (``ze``,
    ``zij``) whose cue verb has ``number``: ``Sing`` (``zegt ze``, ``vertelde zij``: a woman) or
    ``Plur`` (``Zij vrezen``, ``hielden ze vol``: a group)."""
    starts = doc.to_array("IDX").tolist()  # each token's character offset
    found = set()
    for att in attributions:
        if att.speaker_span is None or att.cue_span is None:
            continue
        surface = text[att.speaker_span[0] : att.speaker_span[1]].lower()
        if lang.pronouns.get(surface) not in AMBIGUOUS_PRONOUNS:
            continue
        at = bisect.bisect_left(starts, att.cue_span[0])
        verb = doc[at] if at < len(doc) else None
        if verb is not None and verb.pos_ in VERB_POS and verb.morph.get("Number") == [number]:
            found.add(att.speaker_span[0])
    return frozenset(found)


def one_of_group(tok: Token) -> bool:
    """A name coordinated with another (``Amy Pieters en Marianne Vos``) or apposed to a plural
    (``De sterke sprinters, met ..., ook Amy Pieters``): part of a group, which a later ``hij``
    or ``zij`` does not stand for."""
    if any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in tok.children):
        return True
    return tok.dep_ == "appos" and tok.head.morph.get("Number") == ["Plur"]


def _group_subjects(
    doc: Doc, text: str, attributions: list[Attribution], lang: LangData
) -> list[tuple[int, str]]:
    """(character offset, phrase) of the plural noun subjects outside the items' contents
    (``vinden zeven partijen elkaar``, ``VNO-NCW en MKB-Nederland maken zich zorgen``), in text
    order: the groups a later ``they`` or ``zij vrezen`` may stand for."""
    found = []
    endings = lang.words("plural_noun_endings")
    for i in _noun_subjects(doc):
        tok = doc[i]
        if tok.is_space or not _plural_subject(tok, endings):  # "\n\n" parsed as a subject
            continue
        start = tok.left_edge.i
        while start < tok.i and doc[start].pos_ in FUNCTION_POS:
            start += 1  # "de ouders" -> "ouders"
        # "VNO-NCW en MKB-Nederland", "Werkgeversclubs VNO-NCW en ...": the names it joins
        end = max([tok.i] + [c.right_edge.i for c in tok.rights if c.dep_ in GROUP_PARTS])
        at = doc[start].idx
        if any(a.content_span[0] <= at < a.content_span[1] for a in attributions):
            continue  # "... dat de partijen ...": someone's words, not the narrator's subject
        found.append((at, text[at : doc[end].idx + len(doc[end])]))
    return found


def _noun_subjects(doc: Doc) -> list[int]:
    """The tokens (ascending) that are noun subjects (``GROUP_SUBJECT_RELATIONS``,
    ``GROUP_HEAD_POS``), read from the Doc's arrays (iterating it builds a Token per word)."""
    deps, tags = doc.to_array([DEP, POS]).reshape(-1, 2).T
    subject = _labelled(doc, deps, GROUP_SUBJECT_RELATIONS) & _labelled(doc, tags, GROUP_HEAD_POS)
    return numpy.flatnonzero(subject).tolist()


def _labelled(doc: Doc, column: numpy.ndarray, labels: frozenset[str]) -> numpy.ndarray:
    """Whether each token's label (a Doc array column of string ids) is one of ``labels``."""
    strings = doc.vocab.strings
    keys = [key for key in numpy.unique(column).tolist() if strings[key] in labels]
    return numpy.isin(column, numpy.array(keys, column.dtype))  # ids compared as they are stored


def _plural_subject(tok: Token, endings: frozenset[str]) -> bool:
    """A plural noun, names joined into a group, or a subject whose finite verb (or its
    auxiliary: ``De agenten werden veroordeeld``) is plural (``Werkgeversclubs VNO-NCW en
    MKB-Nederland maken``, where the parser may call the noun singular). A common noun the
    parser calls singular must end as a plural does (``endings``): ``Het klimaatbeleid``,
    ``de schuld`` under a plural verb are misparsed clauses, not groups."""
    verbs = [tok.head] + [c for c in tok.head.children if c.dep_ in AUXILIARY_RELATIONS]
    return (
        tok.morph.get("Number") == ["Plur"]
        or one_of_group(tok)
        or (
            (
                tok.pos_ != "NOUN"
                or tok.morph.get("Number") != ["Sing"]
                or _low(tok).endswith(tuple(endings))
            )
            and any(v.morph.get("Number") == ["Plur"] for v in verbs if v.pos_ in VERB_POS)
        )
    )


def _possessed(surface: str, lang: LangData) -> bool:
    """``zijn advocaat``, ``haar familie``: a person's possessive and one lower-case noun."""
    words = surface.split()
    return (
        len(words) == 2
        and words[0].lower() in lang.words("possessive_persons")
        and words[1].isalpha()
        and words[1].islower()
    )


def _owned_by(noun: str, owner: str, lang: LangData) -> str:
    joiners = sorted(lang.words("possessor_joiner"))
    return f"{noun} {joiners[0]} {owner}" if joiners else noun


def _nested(att: Attribution, attributions: list[Attribution]) -> bool:
    """Whether ``att``'s speaker mention lies inside another item's content (ANNOTATION.md
    rule 8: a source quoted by the speaker)."""
    span = att.speaker_span
    return span is not None and any(
        o is not att and o.content_span[0] <= span[0] and span[1] <= o.content_span[1]
        for o in attributions
    )


def _person_like(name: str, surface: str, lang: LangData) -> bool:
    """May ``he``/``she`` stand for this speaker? Not for a body written with an article (``de
    AIVD``, ``de Verenigde Naties``), an acronym (``ING``) or a group noun capitalised only
    because it opens the sentence (``Agenten``, ``Partijmedewerkers``)."""
    words = name.split()
    first = surface.split()[0] if surface.split() else ""
    if first in lang.words("determiners") or any(_ACRONYM.match(w) for w in words):
        return False
    low = name.lower()
    return not (len(words) == 1 and (_person_noun(low, lang) or _source_noun(low, lang)))


def _one_person(name: str, lang: LangData) -> bool:
    """An unnamed speaker described by a singular title or role (``aldus de advocaat-generaal``,
    ``Volgens de directeur``): one person, whom a later ``Zij achtte``/``Hij hoopt`` stands for."""
    words = name.split()
    return (
        0 < len(words) <= MAX_GROUP_WORDS
        and all(w.islower() for w in words)
        and _is_title(words[-1], lang.titles, _short_heads(lang))
    )


def _group(name: str, lang: LangData) -> bool:
    """A short description that a pronoun may stand for (``officials``, ``the company``)."""
    words = name.split()
    return 0 < len(words) <= MAX_GROUP_WORDS and name.lower() not in lang.pronouns
