"""Speakers: find the source's noun phrase next to a cue, and name it canonically.

``Zelensky``, ``president Volodymyr Zelensky`` and ``Zelenskyy`` become ``Volodymyr Zelensky``;
states are named by their country (``Moskou`` -> ``Rusland``); pronouns take their antecedent.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache

from spacy.tokens import Doc, Token

from claimgraph.extract.speakers.constants import _ACRONYM, _NOTHING, FUNCTION_POS, VERB_POS
from claimgraph.extract.speakers.mentions import (
    demonstrative_antecedent,
    noun_phrase_after,
    plausible_speaker,
    strong_speaker,
)
from claimgraph.extract.speakers.words import (
    _low,
    _person_noun,
    _source_noun,
    _title_word,
    is_capitalised,
)
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


MAX_NAME_WORDS = 6  # longer capitalised runs are headlines or clauses
MAX_GROUP_WORDS = 3
PLURAL = "p"  # the number of ``they`` in a language's ``pronouns`` table
AMBIGUOUS_PRONOUNS = frozenset({"fp"})  # a woman or a group: the verb's number tells
GROUP_HEAD_POS = frozenset({"NOUN", "PROPN"})  # heads of a group a plural pronoun stands for
# subjects, active or passive ("De agenten werden veroordeeld"), a plural pronoun may stand for
GROUP_SUBJECT_RELATIONS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})
AUXILIARY_RELATIONS = frozenset({"aux", "aux:pass", "auxpass"})
GROUP_PARTS = frozenset({"conj", "appos", "flat", "flat:name"})  # a group's names after its head
_INITIAL = re.compile(r"^[A-Z]\.$")  # "R." in "Peter R. de Vries"
_PARENTHETICAL = re.compile(r"\s*\([^()]*\)")
_CAPITALS_ONLY = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+")  # "Universiteit Utrecht"
_NAME_BEFORE_COMMA = re.compile(r"((?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*),\s*$")  # "Clinton, "
_APPOSED_NAME = re.compile(r",\s*([^,\n]+?)\s*(?:,|$)")  # ", Chuck Schumer," up to the cue
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:[a-z]{1,4}\s+){0,2}[A-Z][\w'’-]*)+")


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


@lru_cache(maxsize=1 << 12)  # speaker resolution compares every pair of names in an article
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

    A particle after two or more capitalised words starts an affiliation, not a surname; after
    an initial it starts the surname (``Peter R. de Vries``)."""
    for i, word in enumerate(run):
        if (
            i >= 2
            and word.lower() in lang.words("name_particles")
            and all(w[:1].isupper() for w in run[:i])
            and not _INITIAL.match(run[i - 1])
        ):
            return run[:i]
    return run


def _cut_affiliation(words: list[str], lang: LangData) -> list[str]:
    """``Dirk Huibers van initiatiefnemer Octo`` -> ``Dirk Huibers``; ``Steven van Eijck van de
    branchevereniging`` -> ``Steven van Eijck``; ``Peter van der Knaap`` stays whole.

    An affiliation marker (``van``, ``uit``) after a capitalised name word starts an affiliation
    when a determiner or a lower-case word follows it, when two capitalised words precede it
    (``Mark van Baal van Follow This``, not after an initial: ``Jan P. van Dam``) or when it
    marks an origin (``Cas Caljouw uit Arnemuiden``); else a capitalised word after it may be a
    surname (``Carolien van Nunen``). A marker of the language's ``name_affiliation_markers``
    starts one only after two capitalised name words, before a determiner or after a title
    (``Carl Hensman of the Bill and Melinda Gates Foundation``, ``President Hassan Rouhani of
    Iran``; not ``Speaker of the House Nancy Pelosi`` or ``London School of Economics``)."""
    markers, determiners = lang.words("affiliation_markers"), lang.words("determiners")
    after_names = lang.words("name_affiliation_markers")
    particles = lang.words("name_particles")
    for i in range(1, len(words) - 1):
        before, nxt, marker = words[i - 1], words[i + 1], words[i].lower()
        if marker not in markers | after_names or not before[:1].isupper():
            continue
        if _strip_accents(before.lower()) in determiners:
            continue  # "Eén van de getuigen"
        described = nxt.lower() in determiners or (
            nxt[:1].islower() and nxt.lower() not in particles
        )
        named = _name_words(words[:i], lang) >= 2 and not _INITIAL.match(before)
        titled = _leading_roles(words[:i], lang) > 0
        if marker in after_names and not (named and (nxt.lower() in determiners or titled)):
            continue  # "Speaker of the House Nancy Pelosi", "London School of Economics"
        if described or named or marker in lang.words("origin_markers"):
            return words[:i]
    return words


def _name_words(words: list[str], lang: LangData) -> int:
    """Capitalised words after the last title (``Kamerlid Jasper van Dijk``: two)."""
    low = [w.lower() for w in words]
    start = max((i + 1 for i, w in enumerate(low) if _title_word(w, lang)), default=0)
    return sum(
        w[:1].isupper() and low[start + k] not in lang.words("determiners")
        for k, w in enumerate(words[start:])
    )


def canonical_name(surface: str, lang: LangData) -> str:
    """The normalised name of a speaker phrase (before resolving pronouns and surnames)."""
    low = surface.lower()
    if low in lang.aliases:
        return lang.aliases[low]
    # "Lilianne Ploumen (PvdA)", "Tim S. (40)": a bracketed party, age or acronym is no part of it
    words = _PARENTHETICAL.sub(" ", surface).split() or surface.split()
    words = _without_post_nominals(_cut_affiliation(_without_apposition(words, lang), lang), lang)
    if words:
        # "Honcharuk's offer to resign": the source of a nominal cue
        words[-1] = without_suffix(words[-1], lang.words("possessive_suffixes"))
    content = list(words)
    while content and content[0].lower() in lang.words("determiners"):
        content.pop(0)
    described = any(
        w[:1].islower()
        and not _person_noun(w.lower(), lang)
        and w.lower() not in lang.words("name_particles")
        for w in content
    )
    owner = _document_owner(content, lang) or _spokesperson(content, lang)
    if owner:
        return owner
    titled = _titled_name(content, lang) if described else []
    if titled:
        name = " ".join(titled)
        return lang.people.get(name.lower(), lang.aliases.get(name.lower(), name))
    if described or not content:
        phrase = " ".join(content) if content else surface
        return lang.aliases.get(phrase.lower(), phrase)
    run = _without_affiliation(_name_run(words, lang), lang) or content
    name = " ".join(run)
    return lang.people.get(name.lower(), lang.aliases.get(name.lower(), name))


def _titled_name(words: Sequence[str], lang: LangData) -> list[str]:
    """``Secretary of State Mike Pompeo`` -> ``Mike Pompeo``, ``Bank of America CEO Brian
    Moynihan`` -> ``Brian Moynihan``: the name right after a phrase's last title (also a title of
    several words) that ends it; empty if no name follows a title directly (``President of the
    United States``, ``Speaker of the House Nancy Pelosi``)."""
    low = [w.lower() for w in words]
    ends = [
        start + len(title)
        for title in _title_phrases(lang.titles)
        for start in range(len(low) - len(title))
        if tuple(low[start : start + len(title)]) == title
    ]
    if not ends:
        return []
    run = list(words[max(ends) :])
    if len(run) > 1 and _field_word(run[0], lang):
        run = run[1:]  # "hoogleraar strafrecht Henny Sackers": the role's field, then the name
    if len(run) > MAX_NAME_WORDS or not run[0][:1].isupper():
        return []
    return run if all(_name_word(w, lang) for w in run) else []


def _field_word(word: str, lang: LangData) -> bool:
    """A lower-case word after a title that is no function word: the role's field."""
    return (
        word.isalpha()
        and word.islower()
        and not any(
            word in lang.words(name)
            for name in ("determiners", "name_particles", "affiliation_markers")
        )
    )


@cache
def _title_phrases(titles: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(t.split()) for t in titles)


def _without_post_nominals(words: list[str], lang: LangData) -> list[str]:
    """``Judge Durham Hall QC`` -> ``Judge Durham Hall``: letters after a name (the language's
    ``post_nominals``) are no part of it."""
    post = lang.words("post_nominals")
    end = len(words)
    while end > 1 and words[end - 1].rstrip(",").lower() in post and words[end - 2][:1].isupper():
        end -= 1
    return words[:end]


def _without_apposition(words: list[str], lang: LangData) -> list[str]:
    """``Ahmed al-Assadi, a spokesman for the PMF,`` -> ``Ahmed al-Assadi``; ``Adil Abdul-Mahdi,
    the acting Prime Minister of Iraq,`` -> ``Adil Abdul-Mahdi``: a name (after its titles) and a
    comma before a description (a determiner or a lower-case word) is that name."""
    comma = next((i for i, w in enumerate(words) if w.endswith(",")), None)
    if comma is None or comma + 1 >= len(words):
        return words
    nxt = words[comma + 1]
    if not (nxt.lower() in lang.words("determiners") or nxt[:1].islower()):
        return words
    head = [*words[:comma], words[comma].rstrip(",")]
    run = _name_run(head, lang)
    if not run or len(run) < len(head) - _leading_roles(head, lang):
        return words
    return head if all(_name_word(w, lang) for w in run) else words


def _leading_roles(words: list[str], lang: LangData) -> int:
    """How many words before a name are determiners and titles (``the acting President``)."""
    start = 0
    for i, w in enumerate(words):
        if _title_word(w.lower(), lang):
            start = i + 1
    return start


def without_suffix(word: str, suffixes: Iterable[str]) -> str:
    """``word`` without the first of ``suffixes`` it ends in (case-insensitive), if any is left:
    ``Honcharuk's`` -> ``Honcharuk`` with the possessive suffixes."""
    for suffix in suffixes:
        if word.lower().endswith(suffix) and len(word) > len(suffix):
            return word[: -len(suffix)]
    return word


def _spokesperson(words: Sequence[str], lang: LangData) -> str:
    """An unnamed spokesperson is named by the body it speaks for (ANNOTATION.md rule 12):
    ``een woordvoerder van het OM`` -> ``woordvoerder Openbaar Ministerie``, ``de
    ING-woordvoerder`` / ``politiewoordvoerder`` -> ``woordvoerder ING`` / ``woordvoerder
    politie``. Empty when the phrase names no body, or names the spokesperson."""
    nouns, title = lang.words("spokesperson_nouns"), lang.words("spokesperson_title")
    if not words or not nouns or len(title) != 1:
        return ""
    head, rest = words[0].lower(), list(words[1:])
    noun = next((n for n in sorted(nouns, key=len, reverse=True) if head.endswith(n)), None)
    if noun is None:
        return ""
    if len(head) > len(noun):
        body = [words[0][: len(head) - len(noun)].rstrip("-")]
    elif rest and rest[0].lower() in lang.words("affiliation_markers"):
        body = rest[1:]
        while body and body[0] in lang.words("determiners"):  # "De Groenen" keeps its article
            body.pop(0)
    else:
        return ""
    if not body or (len(head) > len(noun) and rest):
        return ""
    name = " ".join(body)
    return f"{next(iter(title))} {lang.aliases.get(name.lower(), name)}"


def _document_owner(words: Sequence[str], lang: LangData) -> str:
    """``official WHO report`` -> ``WHO``, ``statement by the Kremlin press service`` ->
    ``Kremlin press service``: a document speaks for the body that wrote it."""
    authored = next(
        (
            k
            for k in range(len(words) - 2)
            if words[k].lower() in lang.document_nouns
            and words[k + 1].lower() in lang.words("author_prepositions")
        ),
        None,
    )
    if authored is not None:
        return canonical_name(" ".join(words[authored + 2 :]), lang)
    if not words or words[-1].lower() not in lang.document_nouns:
        return ""
    names = [w for w in words[:-1] if w[:1].isupper() and w.lower() not in lang.titles]
    return " ".join(names)


def _same_person(short: str, full: str) -> bool:
    a, b = _strip_accents(short).lower().split(), _strip_accents(full).lower().split()
    return len(a) < len(b) and b[-len(a) :] == a


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


def _name_like(name: str, lang: LangData) -> bool:
    """A name (``Ted Cruz``, ``Carolien van Nunen``): every word capitalised or a name particle.
    Only names are fuller forms of a surname and antecedents of ``he``/``she``; a phrase the
    rules or the model cut out of a clause (``Trump hadn't answered the``) is neither."""
    words = name.split()
    return (
        0 < len(words) <= MAX_NAME_WORDS
        and name.lower() not in lang.pronouns
        and all(_name_word(w, lang) for w in words)
    )


def _name_word(word: str, lang: LangData) -> bool:
    """A word of a name: capitalised, a name particle, or a particle joined to a capitalised
    word (``al-Assadi``, ``bin-Salman``)."""
    particle, hyphen, rest = word.partition("-")
    return (
        word[:1].isupper()
        or word.lower() in lang.words("name_particles")
        or (
            bool(hyphen) and particle.lower() in lang.words("name_particles") and rest[:1].isupper()
        )
    )


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


def _spokesperson_name(name: str, lang: LangData) -> bool:
    """A canonical unnamed spokesperson (``woordvoerder Inspectie voor Leefomgeving en
    Transport``, rule 12): one person, whom a later ``hij``/``hem`` may stand for."""
    first = name.split(maxsplit=1)[0].lower() if name.strip() else ""
    return first in lang.words("spokesperson_title") and " " in name.strip()


def _group(name: str, lang: LangData) -> bool:
    """A short description that a pronoun may stand for (``officials``, ``the company``)."""
    words = name.split()
    return 0 < len(words) <= MAX_GROUP_WORDS and name.lower() not in lang.pronouns


def _described_person(surface: str, before: int, text: str, lang: LangData) -> str:
    """``de minister`` -> ``Carola Schouten`` where the article wrote ``minister Carola
    Schouten`` (or ``Landbouwminister Carola Schouten``) last before ``before``; else empty."""
    words = surface.split()
    if not 2 <= len(words) <= 4 or words[0].lower() not in lang.words("definite_determiners"):
        return ""
    title = words[-1].lower().rsplit("-", 1)[-1]
    if title not in lang.titles:
        return _named_body(words, text[:before], lang)
    pattern = _titled_names(title, lang.words("name_particles"))
    last = None
    for last in pattern.finditer(text, 0, before):  # noqa: B007 (the last match is wanted)
        pass
    return canonical_name(last.group(1), lang) if last else ""


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
