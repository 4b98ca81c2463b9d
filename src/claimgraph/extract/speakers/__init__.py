"""Speakers: find the source's noun phrase next to a cue, and name it canonically.

``Zelensky``, ``president Volodymyr Zelensky`` and ``Zelenskyy`` become ``Volodymyr Zelensky``;
states are named by their country (``Moskou`` -> ``Rusland``); pronouns take their antecedent.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Token

from claimgraph.extract.speakers.constants import _ACRONYM, FUNCTION_POS, VERB_POS
from claimgraph.extract.speakers.descriptions import (
    _apposed_name,
    _described_person,
    _relative_name,
)
from claimgraph.extract.speakers.mentions import (
    demonstrative_antecedent,
    noun_phrase_after,
    plausible_speaker,
    strong_speaker,
)
from claimgraph.extract.speakers.names import (
    _name_like,
    _same_person,
    _spokesperson_name,
    canonical_name,
    expand_acronyms,
    without_suffix,
)
from claimgraph.extract.speakers.variants import (
    _affiliated_surnames,
    _particle_surnames,
    _registered_name,
    _spokesperson_of_named_body,
    _unglued_speakers,
)
from claimgraph.extract.speakers.words import _low, _person_noun, _source_noun, is_capitalised
from claimgraph.lang import LangData
from claimgraph.model import Attribution

__all__ = [
    "FUNCTION_POS",
    "VERB_POS",
    "canonical_name",
    "expand_acronyms",
    "is_capitalised",
    "noun_phrase_after",
    "numbered_pronouns",
    "one_of_group",
    "plausible_speaker",
    "relink_continuations",
    "resolve_demonstratives",
    "resolve_speakers",
    "strong_speaker",
    "without_suffix",
]


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


def resolve_speakers(
    attributions: list[Attribution],
    text: str,
    lang: LangData,
    persons: Sequence[tuple[int, str]] = (),
    singular: frozenset[int] = frozenset(),
    parsed: Doc | None = None,
) -> None:
    """Pronouns to the last named speaker; definite descriptions (``de minister``) to the name
    the article gave that role before; surnames to the fullest name in the article. ``persons``:
    (offset, name) of other people the article names in text order; ``he``/``she`` stands for
    the later of the last person that spoke and the last of these before it. ``singular``: the
    offsets of pronoun mentions that may be plural or feminine (``ze``) whose verb is singular
    (``zegt ze``): she, a person. Given the ``parsed`` article, a plural pronoun
    (``group_pronouns``: ``they``; ``zij``/``ze`` with a plural verb) stands for the last plural
    subject before it (``vinden zeven partijen elkaar. Zij stellen``), never for one person; with
    no such subject the pronoun stays the speaker (unresolved, not wrong). An item that carries
    a pronoun without a mention of its own (a continuation quote) takes what the item it
    continues resolved that pronoun to. A person's possessive and a noun (``zijn advocaat``)
    become ``advocaat van`` that person, where the language has a ``possessor_joiner``."""
    for att in attributions:
        att.speaker = expand_acronyms(att.speaker, text, lang)
    described: dict[str, str] = {}  # description -> name, for items that carry it on
    for att in attributions:
        surface = text[att.speaker_span[0] : att.speaker_span[1]] if att.speaker_span else ""
        before = att.speaker_span[0] if att.speaker_span else att.content_span[0]
        name = (
            _described_person(surface, before, text, lang)
            or _apposed_name(att, text, lang)
            or _relative_name(surface, before, text, lang)
            if surface
            else ""
        )
        if name:
            described[att.speaker], att.speaker = name, name
        elif not surface:
            att.speaker = described.get(att.speaker, att.speaker)
    places = frozenset(lang.aliases.values())
    last = last_person = ""
    person_at = -1
    mentioned = [
        (at, n)
        for at, n in persons
        if _name_like(n, lang) and _person_like(n, n, lang) and n not in places
    ]
    unglued = (
        _unglued_speakers(attributions, text, lang)
        | _particle_surnames(attributions, text, lang)
        | _affiliated_surnames(attributions, text, lang)
    )
    for att in attributions:
        att.speaker = unglued.get(att.speaker, att.speaker)
    names = [a.speaker for a in attributions if _name_like(a.speaker, lang)]
    plural = (
        numbered_pronouns(parsed, text, lang, attributions, "Plur")
        if parsed is not None
        else frozenset()
    )
    # the article's plural subjects, read only where a plural pronoun needs one
    groups = (
        _group_subjects(parsed, text, attributions)
        if parsed is not None
        and any(
            _group_pronoun(_pronoun_of(a, text, lang), a.speaker_span[0], plural, lang)
            for a in attributions
            if a.speaker_span
        )
        else []
    )
    carried: dict[str, str] = {}  # pronoun -> what its last mention was resolved to
    owned: dict[str, str] = {}  # "advocaat" (of "zijn advocaat") -> "advocaat van Charly T."
    for att in attributions:
        surface = text[att.speaker_span[0] : att.speaker_span[1]] if att.speaker_span else ""
        pronoun = _pronoun_of(att, text, lang)
        at = att.speaker_span[0] if att.speaker_span else att.content_span[0]
        if pronoun in lang.pronouns or pronoun in lang.words("according_pronouns"):
            if not surface and pronoun in carried:
                att.speaker = carried[pronoun]
                continue
            # "hij" stands for a person: not for the country or city last quoted
            person = lang.pronouns.get(pronoun) in ("m", "f") or (surface and at in singular)
            named = [n for k, n in mentioned if person_at < k < at]
            if surface and parsed is not None and _group_pronoun(pronoun, at, plural, lang):
                antecedent = _last_before(groups, at)  # "Zij vrezen": a group, not Mark Rutte
            else:
                antecedent = (named[-1] if named else last_person) if person else last
            att.speaker = antecedent or att.speaker
            if surface:
                carried[pronoun] = att.speaker
            continue
        if _possessed(surface, lang) or (not surface and att.speaker in owned):
            # "zegt zijn advocaat" -> "advocaat van Charly T.", and the quotes that go on from it
            named = [n for k, n in mentioned if person_at < k < at]
            owner = named[-1] if named else last_person
            if surface and owner:
                owned[att.speaker] = _owned_by(att.speaker, owner, lang)
            att.speaker = owned.get(att.speaker, att.speaker)
            continue
        fuller = [n for n in names if _same_person(att.speaker, n)]
        if fuller:
            att.speaker = max(fuller, key=len)
        else:
            att.speaker = (
                _registered_name(att.speaker, names, lang)
                or _spokesperson_of_named_body(att.speaker, names, lang)
                or att.speaker
            )
        if _nested(att, attributions):
            continue  # "toen een vriend zei dat ..." inside a quote: "zei hij" after it is not him
        if _spokesperson_name(att.speaker, lang):
            last, last_person, person_at = att.speaker, att.speaker, at
        elif _name_like(att.speaker, lang) or _group(att.speaker, lang):
            last = att.speaker
            if att.speaker not in places and _person_like(att.speaker, surface, lang):
                last_person, person_at = att.speaker, at


def _pronoun_of(att: Attribution, text: str, lang: LangData) -> str:
    """The item's speaker mention if it is a pronoun, else its speaker (lower case)."""
    surface = text[att.speaker_span[0] : att.speaker_span[1]].lower() if att.speaker_span else ""
    return surface if surface in lang.pronouns else att.speaker.lower()


def _group_pronoun(pronoun: str, at: int, plural: frozenset[int], lang: LangData) -> bool:
    """A third-person plural pronoun (``they``; ``zij``/``ze`` with a plural verb at ``at``)."""
    return pronoun in lang.words("group_pronouns") and (
        lang.pronouns.get(pronoun) == PLURAL or at in plural
    )


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


def _group_subjects(doc: Doc, text: str, attributions: list[Attribution]) -> list[tuple[int, str]]:
    """(character offset, phrase) of the plural noun subjects outside the items' contents
    (``vinden zeven partijen elkaar``, ``VNO-NCW en MKB-Nederland maken zich zorgen``), in text
    order: the groups a later ``they`` or ``zij vrezen`` may stand for."""
    found = []
    for tok in doc:
        if tok.dep_ not in GROUP_SUBJECT_RELATIONS or tok.pos_ not in GROUP_HEAD_POS:
            continue
        if not _plural_subject(tok):
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


def _plural_subject(tok: Token) -> bool:
    """A plural noun, names joined into a group, or a subject whose finite verb (or its
    auxiliary: ``De agenten werden veroordeeld``) is plural (``Werkgeversclubs VNO-NCW en
    MKB-Nederland maken``, where the parser may call the noun singular)."""
    verbs = [tok.head] + [c for c in tok.head.children if c.dep_ in AUXILIARY_RELATIONS]
    return (
        tok.morph.get("Number") == ["Plur"]
        or one_of_group(tok)
        or any(v.morph.get("Number") == ["Plur"] for v in verbs if v.pos_ in VERB_POS)
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


def relink_continuations(
    attributions: list[Attribution],
    added: list[Attribution],
    window: int,
    text: str,
    lang: LangData,
) -> None:
    """Continuation quotes (no cue, no speaker mention: the rules gave them the speaker of the
    last item before them) whose nearest earlier item is one of ``added``, a later stage's item
    the rules did not see (``voorzitter X (51) van de stichting '...', die ..., zegt dat ...
    "..."``), within ``window`` characters, take that item's speaker if it is a name (by the
    fullest form among the speakers). So does a ``he``/``she`` item after it (``"...", vertelt
    hij``) that the rules resolved to a speaker quoted before that item; each relinked item
    passes its speaker on to the continuations after it."""
    fresh = {id(a) for a in added}
    speakers = [a.speaker for a in attributions]
    for att in sorted(attributions, key=lambda a: a.content_span):
        pronoun = _personal_pronoun_item(att, text, lang)
        if not (pronoun or _continuation(att)):
            continue
        prior = [a for a in attributions if a.content_span[1] <= att.content_span[0]]
        last = max(prior, key=lambda a: a.content_span[1], default=None)
        if (
            last is None
            or id(last) not in fresh
            or not _name_like(last.speaker, lang)
            or att.content_span[0] - last.content_span[1] > window
        ):
            continue
        if pronoun and att.speaker not in {a.speaker for a in prior if a is not last}:
            continue  # "hij" stands for someone the article named after the last speaker
        fuller = [n for n in speakers if _same_person(last.speaker, n)]
        name = max(fuller, key=len, default=last.speaker)
        if pronoun and _same_person(att.speaker, name):
            continue  # the rules' antecedent is that person already: keep their form
        att.speaker = name
        fresh.add(id(att))


def _continuation(att: Attribution) -> bool:
    return att.cue_span is None and att.speaker_span is None and att.type == "direct"


def _personal_pronoun_item(att: Attribution, text: str, lang: LangData) -> bool:
    """An item whose speaker mention is ``hij``/``zij``/``he``/``she``."""
    if att.speaker_span is None:
        return False
    surface = text[att.speaker_span[0] : att.speaker_span[1]].lower()
    return lang.pronouns.get(surface) in ("m", "f")


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


def _group(name: str, lang: LangData) -> bool:
    """A short description that a pronoun may stand for (``officials``, ``the company``)."""
    words = name.split()
    return 0 < len(words) <= MAX_GROUP_WORDS and name.lower() not in lang.pronouns
