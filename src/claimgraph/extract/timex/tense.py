"""Tense from a dependency parse: the tense of an expression is that of the verb group it hangs from
("headed Tuesday": past; "will meet Bush on Thursday": future), read from the Universal Dependencies
morphology of the verb and its auxiliaries. ``[tense.parse]`` gives each form of verb group a tense;
0 leaves the decision to the word lists, as does a text without a parse. Also the parse's finite
past-tense verbs, which count as past words where ``[tense] parsed_past`` says so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import MorphAnalysis

from claimgraph.extract.parsed import in_values
from claimgraph.extract.timex.lexicon import _Lexicon, _VerbTenses
from claimgraph.extract.timex.patterns import _norm

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.vocab import Vocab


_AUX_RELATIONS = frozenset({"aux", "aux:pass", "cop"})
_VERB_POS = frozenset({"VERB", "AUX"})
_VERB_POS_IDS = [POS_IDS[p] for p in sorted(_VERB_POS)]  # spaCy's POS symbol ids


def _governing_verb(token: Token) -> Token | None:
    """The predicate ``token`` belongs to: itself when it has an auxiliary or copula ("was on
    Tuesday"), else the nearest verb above it in the tree."""
    if any(c.dep_ in _AUX_RELATIONS for c in token.children):
        return token
    return _verb_above(token)


def _verb_above(token: Token) -> Token | None:
    while token.head.i != token.i:
        token = token.head
        if token.pos_ in _VERB_POS:
            return token
    return None


def _verb_group_form(verb: Token, rules: _VerbTenses) -> str:
    """One of ``_VERB_GROUP_FORMS`` for ``verb`` with its auxiliaries."""
    auxes = [c for c in verb.children if c.dep_ in _AUX_RELATIONS]
    words = {_norm(a.text) for a in auxes}
    if words & rules.future_aux:
        return "modal_future"
    finite = next((t for t in (*auxes, verb) if "Fin" in t.morph.get("VerbForm")), None)
    if finite is not None:
        tense = finite.morph.get("Tense")
        if "Past" in tense:
            return "past_perfect" if words & rules.perfect_aux else "past"
        if "Pres" in tense:
            return "present_perfect" if words & rules.perfect_aux else "present"
        return "modal"  # could, might, must
    form = verb.morph.get("VerbForm")
    if "Part" in form and "Past" in verb.morph.get("Tense"):
        return "past_participle"  # "the shares bought Tuesday"
    if "Inf" not in form:
        return "nonfinite"
    marked = any(
        c.dep_ == "mark" and _norm(c.text) in rules.infinitive_markers for c in verb.children
    )
    return "infinitive" if marked else "present"  # a bare base form: "they meet Monday"


def _decisive_form(parsed: Doc, start: int, end: int, rules: _VerbTenses) -> str | None:
    """The form of the verb group over ``[start, end)`` (through infinitives: "had been
    scheduled to expire at midnight Friday") where it is one of ``rules.decisive_forms``."""
    if not rules.decisive_forms:
        return None
    span = parsed.char_span(start, end, alignment_mode="expand")
    verb = _governing_verb(span.root) if span is not None else None
    while verb is not None:
        form = _verb_group_form(verb, rules)
        if form in rules.decisive_forms:
            return form
        if form != "infinitive":
            return None
        verb = _verb_above(verb)
    return None


def _parsed_tense(
    parsed: Doc, start: int, end: int, rules: _VerbTenses, future: frozenset[str]
) -> int:
    """-1 past, 1 future, 0 undecided: the tense of the verb group over ``[start, end)``.

    A verb that is itself a future word ("has scheduled a news conference Thursday") looks
    ahead whatever its form.
    """
    span = parsed.char_span(start, end, alignment_mode="expand")
    verb = _governing_verb(span.root) if span is not None else None
    while verb is not None:
        if _norm(verb.text) in future:
            return 1
        form = _verb_group_form(verb, rules)
        if form != "infinitive" or verb.dep_ in rules.infinitive_relations:
            return rules.forms.get(form, 0)
        verb = _verb_above(verb)  # "staged celebrations to mark ... on Friday": staged
    return 0


def _parsed_past_verbs(lex: _Lexicon, parsed: Doc | None) -> frozenset[int]:
    """Start offsets of the finite past-tense verbs of the parse, for a language whose
    ``[tense] parsed_past`` lets them count as past words ("Tot de aanslag van maandag
    slaagde ..."): its past list cannot name every verb. Past forms that look ahead
    ("zou vertrekken") are listed in ``parsed_past_blockers``. Read once per text."""
    if parsed is None or not lex.parsed_past:
        return frozenset()
    # read from the token arrays (parsed[i] builds a Token), each morphology read once
    columns = parsed.to_array(["POS", "MORPH", "ORTH", "IDX"])
    verbs = columns[in_values(columns[:, 0], _VERB_POS_IDS)].tolist()
    strings, vocab = parsed.vocab.strings, parsed.vocab
    return frozenset(
        idx
        for _, morph, orth, idx in verbs
        if _past_finite(vocab, morph) and _norm(strings[orth]) not in lex.parsed_past_blockers
    )


# Whether a MORPH key is a finite past form. The key is the hash of the morphology's feature
# string, so the answer holds for every Doc and vocabulary: each morphology is read once per
# process, not once per article (a language has a few hundred verb morphologies).
_PAST_FINITE: dict[int, bool] = {}


def _past_finite(vocab: Vocab, morph: int) -> bool:
    found = _PAST_FINITE.get(morph)
    if found is None:
        analysis = MorphAnalysis.from_id(vocab, morph)
        found = "Past" in analysis.get("Tense") and "Fin" in analysis.get("VerbForm")
        _PAST_FINITE[morph] = found
    return found
