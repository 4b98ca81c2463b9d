"""The speaker phrase in a parse: the noun phrase after a position (``noun_phrase_after``), the
antecedent a demonstrative stands for, and whether a phrase may be a speaker at all
(``plausible_speaker``) or names one for sure (``strong_speaker``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from claimgraph.extract.speakers.constants import _ACRONYM, ASIDE_MARKS, FUNCTION_POS, VERB_POS
from claimgraph.extract.speakers.words import _low, _person_noun, _source_noun, is_capitalised
from claimgraph.lang import LangData, cached_per_language

MAX_SPEAKER_TOKENS = 12
# word classes of a capitalised sentence opener that names a source
NOUN_POS = frozenset({"NOUN", "PROPN", "X"})
# word classes of a lower-case word before a role noun that is no modifier of it
_NON_MODIFIER_POS = FUNCTION_POS | VERB_POS | {"PRON", "NUM"}
# word classes of a sentence's first words that link it to the last one ("But", "Still")
_LINKING_POS = frozenset({"CCONJ", "ADV"})
# relations of a verb's particle (``doubled down``)
_PARTICLE_DEPS = frozenset({"compound:prt", "prt"})


def _glued_compound(tok: Token) -> tuple[int, int]:
    """The tokens of the hyphenated word a token belongs to where the tokenizer split it at its
    hyphens (``co-author``: ``co``, ``-``, ``author``); else the token alone."""
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while start > 0 and _hyphen_joint(doc[start - 1], doc[start]):
        start -= 1
    while end < len(doc) and _hyphen_joint(doc[end - 1], doc[end]):
        end += 1
    if doc[start].text == "-" or doc[end - 1].text == "-":
        return tok.i, tok.i + 1
    return start, end


def _hyphen_joint(left: Token, right: Token) -> bool:
    return not left.whitespace_ and "-" in (left.text, right.text)


def _hyphenated_name_part(tok: Token) -> bool:
    """A part of a hyphenated name (``Adil Abdul-Mahdi``) or of a hyphenated description right
    before a name (``said study co-author Karen Alley``): the parser reads such split words as
    anything but a modifier."""
    start, end = _glued_compound(tok)
    doc = tok.doc
    if end - start < 3 or tok.is_space:
        return False
    return is_capitalised(doc[end - 1]) or (end < len(doc) and is_capitalised(doc[end]))


def _np_word(tok: Token, lang: LangData) -> bool:
    """May this token be part of a speaker noun phrase written after its cue?"""
    if _hyphenated_name_part(tok):
        return True
    low = _low(tok)
    acronym = len(tok.text) > 1 and tok.text.isupper()  # "WHO" is a name, "who" is not
    surname = is_capitalised(tok) and low in lang.words("surname_enders")  # "Jolanda Zondag"
    ender = low in lang.words("np_enders") and not (acronym or surname)
    if tok.is_punct or tok.is_space or ender:
        return False
    return (
        is_capitalised(tok)
        or low in lang.words("determiners")
        or low in lang.words("name_particles")
        or _person_noun(low, lang)
        or _source_noun(low, lang)
        or low in lang.pronouns
    )


def _np_modifier(tok: Token, limit: int, lang: LangData) -> bool:
    """A lower-case modifier of a later word before ``limit`` (``zei een hooggeplaatste
    ambtenaar``, ``aldus de gezaghebbende Internationale Corruptie Index``)."""
    return (
        tok.dep_ in lang.words("speaker_modifier_deps")
        and not is_capitalised(tok)
        and tok.i < tok.head.i < limit
    )


def _role_modifier(tok: Token, limit: int, lang: LangData) -> bool:
    """A lower-case content word right before a role noun before ``limit`` (``zegt emeritus
    hoogleraar``, ``zei toenmalig staatssecretaris``), whatever the parser made of it (it read
    ``emeritus`` as the verb's subject)."""
    doc = tok.doc
    low = _low(tok)
    return (
        tok.text.isalpha()
        and tok.text.islower()
        and tok.pos_ not in _NON_MODIFIER_POS
        and low not in lang.words("np_enders")
        and low not in lang.words("determiners")
        and tok.i + 1 < limit
        and _person_noun(_low(doc[tok.i + 1]), lang)
    )


def _adjective_head(tok: Token, start: int) -> bool:
    """A lower-case noun right after a capitalised modifier of it in the phrase from token
    ``start`` (``volgens de Nederlandse inlichtingendienst AIVD``, ``aldus een Indiase
    regeringsfunctionaris``): the noun the adjective belongs to heads the phrase. Not a clause's
    root: a verb the tagger took for a noun (``President vreest``). Over the readable Dutch gold
    such a noun is inside the gold speaker span 41 times, outside it 3 times (NS1)."""
    if tok.i <= start:
        return False
    before = tok.doc[tok.i - 1]
    return (
        tok.pos_ == "NOUN"
        and tok.text.islower()
        and tok.dep_ != "ROOT"
        and (before.pos_ == "ADJ" or before.dep_ == "amod")
        and is_capitalised(before)
        and before.head.i == tok.i
    )


def _role_field(tok: Token, limit: int, lang: LangData) -> bool:
    """The field of a role between it and the name (``zegt hoogleraar strafrecht Henny
    Sackers``, ``voorzitter jeugdcommissie Lennert Böhmer``): a lower-case noun right after a
    role noun and right before a capitalised word before ``limit``."""
    doc = tok.doc
    return (
        tok.pos_ == "NOUN"
        and tok.text.islower()
        and 0 < tok.i < limit - 1
        and _person_noun(_low(doc[tok.i - 1]), lang)
        and is_capitalised(doc[tok.i + 1])
    )


def noun_phrase_after(doc: Doc, start: int, limit: int, lang: LangData) -> tuple[int, int] | None:
    """The speaker phrase that starts at token ``start`` (``zei Zelensky``, ``aldus de minister``)."""
    end = start
    while end < limit and end - start < MAX_SPEAKER_TOKENS:
        tok = doc[end]  # one Token object per word: doc[i] builds a new one on each access
        if not (
            _np_word(tok, lang)
            or _np_modifier(tok, limit, lang)
            or _role_field(tok, limit, lang)
            or _role_modifier(tok, limit, lang)
            or _adjective_head(tok, start)
        ):
            break
        if _low(tok) in lang.pronouns and end > start:
            break
        if tok.pos_ == "AUX" and not is_capitalised(tok):
            break  # "Volgens de politie zijn de agenten ...": the verb, not a possessive
        end += 1
        if _low(tok) in lang.pronouns:
            break
    end = _acronym_defined_end(doc, start, end, limit, lang)
    # a phrase may not end in a determiner, particle or modifier ("zei de")
    while end > start and (
        _low(doc[end - 1]) in lang.words("determiners")
        or _low(doc[end - 1]) in lang.words("name_particles")
        or _np_modifier(doc[end - 1], limit, lang)
    ):
        end -= 1
    return (start, end) if end > start else None


def _acronym_defined_end(doc: Doc, start: int, end: int, limit: int, lang: LangData) -> int:
    """``Volgens Transport en Logistiek Nederland (TLN)``, ``de Nationaal Coördinator
    Terrorismebestrijding en Veiligheid (NCTV)``: a phrase cut at a linking word (``en``,
    ``voor``) runs on to the bracketed acronym its capitalised words spell out, and ends before
    it; else it ends at ``end``."""
    linking = lang.words("acronym_linking_words")
    if end <= start or end >= limit or _low(doc[end]) not in linking:
        return end
    for k in range(end + 1, min(limit, start + MAX_SPEAKER_TOKENS) - 2):
        word = doc[k].text
        if word == "(":
            spelled = doc[k + 2].text == ")" and _spells(doc[start:k], doc[k + 1].text, lang)
            return k if spelled else end
        if not (word[:1].isupper() or word.lower() in linking):
            return end
    return end


def _spells(words: Span, acronym: str, lang: LangData) -> bool:
    """Are the initials of the capitalised words of ``words``, past a leading determiner
    (``Het Centraal Bureau voor de Statistiek``), the letters of ``acronym``?"""
    skip = 1 if _low(words[0]) in lang.words("determiners") else 0
    initials = "".join(w.text[0] for w in words[skip:] if w.text[:1].isupper())
    return bool(_ACRONYM.match(acronym)) and len(initials) > 1 and initials == acronym


def aside_subject(
    doc: Doc, speaker: tuple[int, int], cue: int, lang: LangData
) -> tuple[int, int] | None:
    """The sentence's opening noun phrase (tokens) where the ``speaker`` phrase (tokens) lies in
    the one aside set off between that phrase and the cue at token ``cue`` (``Schilling, through
    a spokeswoman, declined``; ``The National Rifle Association, which has endorsed Trump,
    used``): the aside opens with a word of the language's ``subject_aside_openers`` (relative
    pronouns, subordinators), a preposition or a participle, so it is no apposition that
    names the subject, and the verb after it is said of the opening phrase. None otherwise, and
    in a language that lists no such openers."""
    openers = lang.words("subject_aside_openers")
    sent = doc[cue].sent
    close = cue - 1
    if not openers or close <= sent.start or doc[close].text not in ASIDE_MARKS:
        return None
    marks = [k for k in range(sent.start, close) if doc[k].text in ASIDE_MARKS]
    if len(marks) != 1 or marks[0] == sent.start or not marks[0] < speaker[0] <= speaker[1] <= cue:
        return None
    opener = doc[marks[0] + 1]
    if not (_low(opener) in openers or opener.pos_ == "ADP" or _non_finite(opener)):
        return None
    start = sent.start
    while start < marks[0] and doc[start].pos_ in _LINKING_POS:
        start += 1  # "But Crawford, who recalled ..., said": the conjunction is no part of it
    heads = [t for t in doc[start : marks[0]] if t.head == t or not start <= t.head.i < marks[0]]
    if len(heads) != 1 or heads[0].pos_ not in NOUN_POS | {"PRON"}:
        return None  # "It was less than three years ago that Michael Bloomberg, ...": a clause
    return (start, marks[0]) if plausible_speaker(doc, (start, marks[0]), lang) else None


def demonstrative_antecedent(doc: Doc, at: int, lang: LangData) -> tuple[int, int] | None:
    """The phrase a sentence-opening demonstrative subject of a plural verb stands for (``...,
    Nigeriaanse broers. Die verklaarden dat``, ``er zijn gemeenten die ... ,,Die zeggen:``): the
    last plural noun of the sentence before, with the modifiers right before it. The language's
    ``demonstrative_subjects``; None for any other token, a singular verb or no plural noun."""
    tok = doc[at]
    if (
        _low(tok) not in lang.words("demonstrative_subjects")
        or not is_capitalised(tok)
        or not tok.dep_.startswith("nsubj")
        or "Plur" not in tok.head.morph.get("Number")
    ):
        return None
    opening = next((t for t in doc[tok.sent.start : at + 1] if not t.is_punct), None)
    if opening is None or opening.i != at or tok.sent.start == 0:
        return None
    previous = doc[tok.sent.start - 1].sent
    nouns = [t for t in previous if t.pos_ == "NOUN" and "Plur" in t.morph.get("Number")]
    if not nouns:
        return None
    noun = nouns[-1]
    start = noun.i
    while (
        start > previous.start
        and doc[start - 1].head.i == noun.i
        and doc[start - 1].dep_ in lang.words("speaker_modifier_deps")
    ):
        start -= 1
    return start, noun.i + 1


def speaker_core(doc: Doc, span: tuple[int, int], lang: LangData) -> tuple[int, int]:
    """The speaker phrase ``span`` without the words before it that belong to no noun phrase:
    a subordinator that opens the clause the subject stands in (the language's
    ``subordinate_openers``: ``Waar The Sunday Times 's ochtends ... aankondigde``, ``omdat de
    vakbond vindt``), and a crosshead a paper printed without a full stop, which ends where a
    capitalised word of the language's
    ``crosshead_openers`` opens the next sentence inside the phrase (``Vroegpensioen Een groep
    deskundigen pleitte``, ``Grondpatroon Hij weerspreekt``; not an article that opens a title,
    ``Dagblad Het Volk``: a capitalised word follows it). Empty when nothing is left (``Als``)."""
    start, end = span
    while start < end and _low(doc[start]) in lang.words("subordinate_openers"):
        start += 1
    cut = next((k for k in range(start + 1, end) if _crosshead_opener(doc, k, end, lang)), start)
    return cut, end


def speaker_phrase(doc: Doc, span: tuple[int, int], lang: LangData) -> tuple[int, int]:
    """The words of the speaker phrase ``span`` that name the speaker: its :func:`speaker_core`
    without lower-case words at its end that belong to the clause after the noun
    (:func:`_clause_word_at_end`: ``diverse Amsterdammers iets vertellen``, ``Mensen die``).
    Whether the phrase may be a speaker at all is judged on the core (``plausible_speaker``)."""
    start, end = speaker_core(doc, span, lang)
    while end - start > 1 and _clause_word_at_end(doc[end - 1], lang):
        end -= 1
    return start, end


def _clause_word_at_end(tok: Token, lang: LangData) -> bool:
    """A lower-case word of the language's ``phrase_final_excluded_pos`` (a preposition, pronoun
    or adverb) at the end of a phrase: the clause after the noun, not part of it (``diverse
    Amsterdammers iets vertellen``, ``Mensen die``)."""
    return tok.text.islower() and tok.pos_.lower() in lang.words("phrase_final_excluded_pos")


def _crosshead_opener(doc: Doc, k: int, end: int, lang: LangData) -> bool:
    """Whether token ``k`` (before ``end``) opens a sentence inside a phrase after a word with no
    full stop: capitalised, not upper case, a ``crosshead_openers`` word, and the last word of
    the phrase or before a lower-case one."""
    tok = doc[k]
    after = doc[k + 1] if k + 1 < end else None
    return (
        doc[k - 1].text[-1:].isalnum()
        and tok.text[:1].isupper()
        and not tok.is_upper
        and _low(tok) in lang.words("crosshead_openers")
        and (after is None or after.text[:1].islower())
    )


# the attribution stages test the same phrases of an article (7 distinct ones per DPG article,
# each asked twice on average); the answers of the last few articles, which the cache holds
@cached_per_language(maxsize=64)
def plausible_speaker(doc: Doc, span: tuple[int, int], lang: LangData) -> bool:
    """A name, a known source noun or a personal pronoun; not ``Dat`` or ``Het``."""
    start, end = speaker_core(doc, span, lang)
    if end - start > MAX_SPEAKER_TOKENS or end <= start:
        return False
    toks = doc[start:end]
    words = [_low(t) for t in toks]
    if len(words) == 1 and words[0] in lang.words("non_speakers"):
        return demonstrative_antecedent(doc, start, lang) is not None
    if len(words) == 1 and words[0] in lang.pronouns:
        return True
    if any(t.is_punct and t.text not in "-.&'" for t in toks):
        return False
    if lang.verb_second and any(_tagged_finite(t) for t in toks):
        return False  # "Beterschap ING heeft beterschap": a clause, not a phrase
    if not lang.verb_second and _finite_auxiliary(toks[0]):
        return False  # "what it says was a drone attack ... intended to kill": a clause
    if _clause_opening(toks, lang) or _verb_ending(toks) or _cut_word(toks[-1]):
        return False  # "Does the President believe", "spokesman doubled down", "Medi- —"
    if _time_adjunct(words, lang):
        return False  # "zoals twee maanden geleden in deze krant: ,,...": when, not who
    if _nominal_cue(words[-1], lang):
        return False  # "Speculation is mounting that": a sourceless attitude noun (rule 10)
    if len(toks) == 1 and toks[0].is_sent_start and (_adverbial(toks[0]) or _non_finite(toks[0])):
        return False  # "Meestal concluderen …", "Ondanks …", "Having …": capitalised by position
    # a preposition is no source noun: "Om die reden eist het OM" (``om`` = the OM's acronym)
    nouns = [w for w, t in zip(words, toks, strict=True) if t.pos_ != "ADP"]
    if any(_source_noun(w, lang) or _person_noun(w, lang) for w in nouns):
        return True
    if any(w in lang.words("generic_speakers") for w in words):
        return True
    return any(
        is_capitalised(t)
        and _low(t) not in lang.words("non_speakers")
        and _low(t) not in lang.words("determiners")
        and _low(t) not in lang.words("adverbial_openers")
        and not _opening_preposition(t)
        and not (lang.verb_second and _capitalised_by_position(t, end))
        for t in toks
    )


def _time_adjunct(words: list[str], lang: LangData) -> bool:
    """A phrase holding a postposition of the language's ``time_postpositions`` (``twee maanden
    geleden in deze krant``): a time adjunct, which says when, not who."""
    return any(w in lang.words("time_postpositions") for w in words)


def _opening_preposition(tok: Token) -> bool:
    """A sentence's first word, a preposition capitalised by position (``With that said``); not
    an acronym the tagger takes for one (``het OM``, Dutch ``om``)."""
    return tok.pos_ == "ADP" and tok.is_sent_start and not tok.is_upper


def _clause_opening(toks: Span, lang: LangData) -> bool:
    """A phrase that opens a clause, not a noun phrase: a sentence's first word that is a finite
    auxiliary before anything but a name (a question, ``Does the White House want``; a subjectless
    ``Don't want to``; not ``Will Doyle``), or a relative pronoun that names no one (the language's
    ``indefinite_relatives``: ``Whoever flew a drone into the Kremlin knew``)."""
    first = toks[0]
    if _low(first) in lang.words("indefinite_relatives"):
        return True
    after = toks[1] if len(toks) > 1 else None
    return (
        first.is_sent_start
        and first.pos_ == "AUX"
        and "Fin" in first.morph.get("VerbForm")
        and (after is None or after.pos_ != "PROPN")
    )


def _verb_ending(toks: Span) -> bool:
    """A phrase that ends in a lower-case finite verb or its particle that heads the phrase, its
    parsed subject in it (``President Vladimir Putin's spokesman doubled down``): a subject and
    its verb, not a noun phrase. A capitalised word is a name the tagger may take for a verb
    (``Facebook further claimed``); a verb that hangs on a word of the phrase a noun it may take
    for one (``the official WHO report``, parsed as ``official, who report``)."""
    inside = range(toks.start, toks.end)
    last = toks[-1]
    if last.dep_ in _PARTICLE_DEPS and last.head.i in inside:
        last = last.head
    return (
        last.pos_ in VERB_POS
        and _tagged_finite(last)
        and (last.head.i == last.i or last.head.i not in inside)
        and any(c.dep_.startswith("nsubj") and c.i in inside for c in last.children)
    )


def _cut_word(tok: Token) -> bool:
    """A word cut by a hyphen with nothing after it (``Medi- — Medicare``, a speaker correcting
    herself, or a word broken at a line end): a fragment, no name."""
    return len(tok.text) > 1 and tok.text.endswith("-") and tok.text[-2].isalpha()


def _tagged_finite(tok: Token) -> bool:
    """A lower-case verb the tagger marks finite. Only for verb-second languages: English
    taggers also mark adjectival participles finite (``Fiancée of murdered Saudi journalist``).
    Stricter than ``attribution.subjects._finite_word``, which also counts an auxiliary the
    Dutch tagger left without features (``heeft``)."""
    return tok.text.islower() and "Fin" in tok.morph.get("VerbForm")


def _nominal_cue(word: str, lang: LangData) -> bool:
    """Whether ``word`` is a one-word nominal cue of the language (``speculation``,
    ``allegations``): the attitude, not its source (ANNOTATION.md rule 10)."""
    return any(
        cue.kind == "noun" and len(cue.parts) == 1 for cue in lang.cues_by_first.get(word, ())
    )


def _finite_auxiliary(tok: Token) -> bool:
    """A lower-case finite auxiliary or copula: a phrase opening with one (``was a drone attack on
    the Kremlin``) is the rest of a clause, not a noun phrase. Taggers mark adjectival participles
    finite too, so only auxiliaries count (``Fiancée of murdered Saudi journalist``)."""
    return tok.pos_ == "AUX" and _tagged_finite(tok)


def _capitalised_by_position(tok: Token, end: int) -> bool:
    """A sentence's first word that the tagger takes for no noun (``Tot nu toe zijn ...
    gemeld``); an adjective only before a lower-case word of the phrase ending at token ``end``
    (``Slecht nieuws voor iedereen die hoopt``, ``Ruim 200 duizend vrijwilligers``): a lone one
    is often a name (``Abrahams denkt``)."""
    if not tok.is_sent_start or not tok.doc.has_annotation("POS") or tok.pos_ in NOUN_POS:
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < end else None
    return tok.pos_ != "ADJ" or (nxt is not None and not is_capitalised(nxt))


def _non_finite(tok: Token) -> bool:
    """A verb the tagger marks a gerund or participle (``Having``, ``Writing``, ``Following``)."""
    return tok.pos_ in ("VERB", "AUX") and bool({"Ger", "Part"} & set(tok.morph.get("VerbForm")))


def _adverbial(tok: Token) -> bool:
    return tok.doc.has_annotation("POS") and tok.pos_ in FUNCTION_POS


def strong_speaker(doc: Doc, span: tuple[int, int], lang: LangData) -> bool:
    """For weak cues (``vindt``, ``ziet``): a name or known source noun, not just any phrase."""
    words = [_low(t) for t in doc[span[0] : span[1]]]
    if _time_adjunct(words, lang):
        return False
    if any(w in lang.source_nouns or w in lang.aliases or w in lang.people for w in words):
        return True
    if len(words) == 1 and words[0] in lang.pronouns:
        return lang.pronouns[words[0]] in ("m", "f", "fp", "s")
    caps = [
        t
        for t in doc[span[0] : span[1]]
        if is_capitalised(t)
        and _low(t) not in lang.words("determiners")
        and _low(t) not in lang.words("non_speakers")
    ]
    return bool(caps) and caps[-1].i == span[1] - 1
