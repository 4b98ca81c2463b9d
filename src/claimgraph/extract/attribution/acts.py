"""Predicates on a parse that decide what a cue reports, shared by the rule passes, the learned
stage (``learned_stage``) and the dependency cues (``dependency``): a legal act (``dismissed the
lawsuit``), a formal act (``declared tomorrow a day of mourning``, ``confirmed him``), a deed
(``signed a government decree``), a participle cue on a topic phrase (``Commenting on ...``), a
perceived scene (``zag hoe ...``), and the antecedent a relative pronoun subject stands for
(``Schutter Tim S. (40), die bekent dat``).
"""

from __future__ import annotations

from itertools import islice

from spacy.tokens import Doc, Span, Token

from claimgraph.extract.attribution.constants import SOURCE_HEAD_POS, SUBJECT_OPENER_POS
from claimgraph.extract.speakers.constants import VERB_POS
from claimgraph.extract.speakers.mentions import plausible_speaker
from claimgraph.lang import LangData

# the parts of speech a noun phrase opens with (``a bill``, ``government decrees``)
_NOUN_PHRASE_OPENERS = frozenset({"DET", "NOUN", "PROPN", "ADJ", "NUM"})


def participle(token: Token, lang: LangData) -> bool:
    """Whether ``token`` is a present participle (the language's ``participle_morphs``)."""
    return str(token.morph).lower() in lang.words("participle_morphs")


def topic_phrase(tokens: Span) -> bool:
    """``Commenting on the radio communications, Captain Rochester said ...``: a prepositional
    phrase without a verb after a cue names its topic, no content (the main clause reports)."""
    return (
        len(tokens) > 0 and tokens[0].pos_ == "ADP" and not any(t.pos_ in VERB_POS for t in tokens)
    )


def participle_topic(cue: Span, content: Span, lang: LangData) -> bool:
    """A participle cue whose content is a :func:`topic_phrase`, its preposition in the cue
    (``Commenting on``) or in the content."""
    if not participle(cue[0], lang):
        return False
    return topic_phrase(content.doc[cue[-1].i : content.end] if cue[-1].pos_ == "ADP" else content)


def legal_act(verb: Token, stance: str, act: str, lang: LangData) -> bool:
    """A denial or demand cue ``verb`` whose direct object is a court filing or decision (the
    language's ``legal_objects``: ``dismissed the lawsuit``, ``appealed the decision``) is a
    legal act, not a report (ANNOTATION.md rule 6)."""
    if stance != "deny" and act != "demand":
        return False
    objects = lang.words("legal_objects")
    return any(
        child.dep_ in lang.words("object_relations") and child.lower_ in objects
        for child in verb.children
    )


def person_pronoun_only(content: Span) -> bool:
    """A content that is one personal pronoun of a person (``the Senate confirmed him``) names
    who was acted on, no proposition: a formal act, not a report (ANNOTATION.md rule 6)."""
    words = list(islice((t for t in content if not t.is_punct), 2))  # two are one too many
    if len(words) != 1 or words[0].morph.get("PronType") != ["Prs"]:
        return False
    morph = words[0].morph
    return bool(set(morph.get("Gender")) & {"Masc", "Fem"}) or bool(
        set(morph.get("Person")) & {"1", "2"}
    )


def formal_act(verb: Token, lang: LangData) -> bool:
    """A performative cue ``verb`` (the language's ``performative_verbs``) whose complement after
    it holds no verb declares or appoints, a formal act or decision, not a report (ANNOTATION.md
    rule 6): ``declared tomorrow a day of mourning``, but ``declared that ...`` is a statement."""
    if verb.lower_ not in lang.words("performative_verbs") or not verb.n_rights:
        return False  # "..., transport secretary declares": the complement comes first
    return not any(t.pos_ in VERB_POS for child in verb.rights for t in child.subtree)


def deed_act(cue: Span, content: Span, lang: LangData) -> bool:
    """A cue whose verb is a deed (the language's ``deed_verbs``: ``issued``, ``signed``,
    ``approved``) and whose content is a noun phrase names the instrument issued or signed, not
    a statement: ``the House issued | a subpoena``, ``signed | a government decree banning ...``
    (ANNOTATION.md rule 6: formal acts and decisions are not attributions). A document that
    speaks stays (the language's ``document_nouns``: ``issued | a statement``), and so do a
    clause (``signed | to ...``) and a cue that holds its own object (``issued a ruling against |
    X``). The test reads the content's words, not the object relation: the parser often attaches
    such phrases elsewhere (``decree`` as a compound of ``banning``)."""
    verb = cue.root
    if verb.lower_ not in lang.words("deed_verbs") or any(
        t.pos_ in ("NOUN", "PROPN") for t in cue if t.i > verb.i
    ):
        return False
    words = [t for t in content if not t.is_punct]
    if not words or not _opens_noun_phrase(words[0]):
        return False
    noun = next((t for t in words if t.pos_ in ("NOUN", "PROPN")), None)
    return noun is not None and noun.lower_ not in lang.document_nouns


def _opens_noun_phrase(word: Token) -> bool:
    """Whether ``word`` can open a noun phrase: a determiner, noun, adjective, numeral or
    possessive pronoun (``a bill``, ``government decrees``, ``her returns``)."""
    return word.pos_ in _NOUN_PHRASE_OPENERS or word.morph.get("Poss") == ["Yes"]


def relative_antecedent(doc: Doc, lang: LangData, i: int) -> tuple[int, int] | None:
    """``Schutter Tim S. (40), die bekent dat``: the noun phrase before the comma (past a
    parenthesis) that a relative pronoun subject at token ``i`` stands for; None where ``i`` is
    no such pronoun or the phrase is no plausible speaker."""
    if doc[i].lower_ not in lang.words("relative_subjects") or i < 2 or doc[i - 1].text != ",":
        return None
    j = i - 2
    if doc[j].text == ")":
        while j > 0 and doc[j].text != "(":
            j -= 1
        j -= 1
    if j < 0 or doc[j].pos_ not in SOURCE_HEAD_POS:
        return None
    head = doc[j]
    while head.dep_ == "flat" and head.head.i < head.i:
        head = head.head  # "Tim S.": from "S." up to the head of the name
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head  # "zeggen Ocasio-Cortez en haar volgelingen, die": the whole pair
    start = head.left_edge.i
    while start < j and doc[start].pos_ not in SUBJECT_OPENER_POS:
        start += 1  # "aldus de advocaat-generaal, die vond dat"
    return (start, j + 1) if plausible_speaker(doc, (start, j + 1), lang) else None


def perceived_scene(doc: Doc, lang: LangData, cue: int, start: int, end: int) -> bool:
    """``Peter zag vervolgens hoe de mannen ... werden afgevoerd``: a perception cue (token
    ``cue``, one of the language's ``perception_cues``) whose complement (tokens ``start`` to
    ``end``) opens, after adverbs, with one of the ``perception_openers`` (an indirect question)
    reports a scene seen, not a claim."""
    if doc[cue].text.lower() not in lang.words("perception_cues"):
        return False
    openers = lang.words("perception_openers")
    i = start
    while i < end and doc[i].pos_ == "ADV" and doc[i].text.lower() not in openers:
        i += 1
    return i < end and doc[i].text.lower() in openers
