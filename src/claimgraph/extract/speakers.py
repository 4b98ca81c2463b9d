"""Speakers: find the source's noun phrase next to a cue, and name it canonically.

``Zelensky``, ``president Volodymyr Zelensky`` and ``Zelenskyy`` become ``Volodymyr Zelensky``;
states are named by their country (``Moskou`` -> ``Rusland``); pronouns take their antecedent.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from claimgraph.lang import LangData
from claimgraph.model import Attribution

MAX_SPEAKER_TOKENS = 12
# word classes that never head a speaker phrase (the tagger is unreliable on rarer names)
FUNCTION_POS = frozenset({"ADV", "ADP", "SCONJ", "CCONJ", "DET"})
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:[a-z]{1,4}\s+){0,2}[A-Z][\w'’-]*)+")


def _low(tok: Token) -> str:
    return tok.text.lower()


def _title_word(word: str, lang: LangData) -> bool:
    return word in lang.titles or word.rsplit("-", 1)[-1] in lang.titles


def is_capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper()


def _np_word(tok: Token, lang: LangData) -> bool:
    """May this token be part of a speaker noun phrase written after its cue?"""
    low = _low(tok)
    acronym = len(tok.text) > 1 and tok.text.isupper()  # "WHO" is a name, "who" is not
    if tok.is_punct or tok.is_space or (low in lang.words("np_enders") and not acronym):
        return False
    return (
        is_capitalised(tok)
        or low in lang.words("determiners")
        or low in lang.words("name_particles")
        or _title_word(low, lang)
        or low in lang.source_nouns
        or low in lang.pronouns
    )


def noun_phrase_after(doc: Doc, start: int, limit: int, lang: LangData) -> tuple[int, int] | None:
    """The speaker phrase that starts at token ``start`` (``zei Zelensky``, ``aldus de minister``)."""
    end = start
    while end < limit and end - start < MAX_SPEAKER_TOKENS and _np_word(doc[end], lang):
        if _low(doc[end]) in lang.pronouns and end > start:
            break
        end += 1
        if _low(doc[end - 1]) in lang.pronouns:
            break
    # a phrase may not end in a determiner or particle ("zei de")
    while end > start and (
        _low(doc[end - 1]) in lang.words("determiners")
        or _low(doc[end - 1]) in lang.words("name_particles")
    ):
        end -= 1
    return (start, end) if end > start else None


def plausible_speaker(doc: Doc, span: tuple[int, int], lang: LangData) -> bool:
    """A name, a known source noun or a personal pronoun; not ``Dat`` or ``Het``."""
    start, end = span
    if end - start > MAX_SPEAKER_TOKENS or end <= start:
        return False
    toks = doc[start:end]
    words = [_low(t) for t in toks]
    if len(words) == 1 and words[0] in lang.words("non_speakers"):
        return False
    if len(words) == 1 and words[0] in lang.pronouns:
        return True
    if any(t.is_punct and t.text not in "-.&'" for t in toks):
        return False
    if len(toks) == 1 and toks[0].is_sent_start and _adverbial(toks[0]):
        return False  # "Meestal concluderen …", "Ondanks …": capitalised only by position
    if any(w in lang.source_nouns or _title_word(w, lang) for w in words):
        return True
    return any(
        is_capitalised(t)
        and _low(t) not in lang.words("non_speakers")
        and _low(t) not in lang.words("determiners")
        and _low(t) not in lang.words("adverbial_openers")
        for t in toks
    )


def _adverbial(tok: Token) -> bool:
    return tok.doc.has_annotation("POS") and tok.pos_ in FUNCTION_POS


def strong_speaker(doc: Doc, span: tuple[int, int], lang: LangData) -> bool:
    """For weak cues (``vindt``, ``ziet``): a name or known source noun, not just any phrase."""
    words = [_low(t) for t in doc[span[0] : span[1]]]
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


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _name_run(words: Sequence[str], lang: LangData) -> list[str]:
    """The trailing person/organisation name in a phrase, past its titles and determiners."""
    low = [w.lower() for w in words]
    start = 0
    for i, w in enumerate(low):
        if _title_word(w, lang):
            start = i + 1
    for phrase in lang.title_departments:
        n = len(phrase)
        for i in range(len(low) - n + 1):
            if tuple(low[i : i + n]) == phrase:
                # "minister van Buitenlandse Zaken Antony Blinken": the name is the last two words
                start = max(start, len(words) - 2)
    run = list(words[start:])
    while run and (run[0].lower() in lang.words("determiners") or not run[0][:1].isupper()):
        run.pop(0)
    return run


def _without_affiliation(run: list[str], lang: LangData) -> list[str]:
    """``Tanja Traag van het CBS`` -> ``Tanja Traag``; ``Carolien van Nunen`` stays whole.

    A particle after two or more capitalised words starts an affiliation, not a surname."""
    for i, word in enumerate(run):
        if (
            i >= 2
            and word.lower() in lang.words("name_particles")
            and all(w[:1].isupper() for w in run[:i])
        ):
            return run[:i]
    return run


def canonical_name(surface: str, lang: LangData) -> str:
    """The normalised name of a speaker phrase (before resolving pronouns and surnames)."""
    words = surface.split()
    low = surface.lower()
    if low in lang.aliases:
        return lang.aliases[low]
    content = list(words)
    while content and content[0].lower() in lang.words("determiners"):
        content.pop(0)
    described = any(
        w[:1].islower()
        and not _title_word(w.lower(), lang)
        and w.lower() not in lang.words("name_particles")
        for w in content
    )
    owner = _document_owner(content, lang)
    if owner:
        return owner
    if described or not content:
        phrase = " ".join(content) if content else surface
        return lang.aliases.get(phrase.lower(), phrase)
    run = _without_affiliation(_name_run(words, lang), lang) or content
    name = " ".join(run)
    return lang.people.get(name.lower(), lang.aliases.get(name.lower(), name))


def _document_owner(words: Sequence[str], lang: LangData) -> str:
    """``official WHO report`` -> ``WHO``: a document speaks for the body that wrote it."""
    if not words or words[-1].lower() not in lang.document_nouns:
        return ""
    names = [w for w in words[:-1] if w[:1].isupper() and w.lower() not in lang.titles]
    return " ".join(names)


def _same_person(short: str, full: str) -> bool:
    a, b = _strip_accents(short).lower().split(), _strip_accents(full).lower().split()
    return len(a) < len(b) and b[-len(a) :] == a


def expand_acronyms(name: str, text: str, lang: LangData) -> str:
    """``DNB`` -> ``De Nederlandsche Bank`` where the article spells the acronym out (rule 12:
    the fullest form the article gives); an acronym it never spells out stays as it is."""
    words = name.split()
    for i, word in enumerate(words):
        if _ACRONYM.match(word) and word.lower() not in lang.aliases:
            words[i] = _spelled_out(word, text, lang) or word
    return " ".join(words)


def _spelled_out(acronym: str, text: str, lang: LangData) -> str:
    """The first run of capitalised words in ``text`` whose initials are ``acronym`` (linking
    words such as ``voor``, ``en`` or ``de`` may stand between them)."""
    linking = lang.words("acronym_linking_words")
    for run in _CAPITALISED_RUN.finditer(text):
        tokens = run.group().split()
        for start, first in enumerate(tokens):
            if not first[:1].isupper():
                continue
            initials, end = "", start
            for end in range(start, len(tokens)):
                tok = tokens[end]
                if tok[:1].isupper():
                    initials += tok[0]
                elif tok not in linking:
                    break
                if initials == acronym and tok[:1].isupper():
                    return " ".join(tokens[start : end + 1])
                if not acronym.startswith(initials):
                    break
    return ""


def resolve_speakers(attributions: list[Attribution], text: str, lang: LangData) -> None:
    """Pronouns to the last named speaker; surnames to the fullest name in the article."""
    for att in attributions:
        att.speaker = expand_acronyms(att.speaker, text, lang)
    names = [
        a.speaker for a in attributions if a.speaker and a.speaker.lower() not in lang.pronouns
    ]
    last = ""
    for att in attributions:
        surface = text[att.speaker_span[0] : att.speaker_span[1]] if att.speaker_span else ""
        if surface.lower() in lang.pronouns or att.speaker.lower() in lang.pronouns:
            att.speaker = last or att.speaker
            continue
        fuller = [n for n in names if _same_person(att.speaker, n)]
        if fuller:
            att.speaker = max(fuller, key=len)
        last = att.speaker
