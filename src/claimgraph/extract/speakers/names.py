"""Canonical names: a speaker phrase without its titles, determiners, affiliations, appositions and
post-nominals (``president Volodymyr Zelensky`` -> ``Volodymyr Zelensky``), an unnamed spokesperson
or a document named by its body, acronyms spelled out where the article does; and the tests that
compare names (``_same_person``, ``_name_like``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache

from claimgraph.extract.places import country_named
from claimgraph.extract.speakers.constants import _ACRONYM
from claimgraph.extract.speakers.words import _person_noun, _title_word
from claimgraph.lang import LangData, cached_per_language

MAX_NAME_WORDS = 6  # longer capitalised runs are headlines or clauses
_INITIAL = re.compile(r"^[A-Z]\.$")  # "R." in "Peter R. de Vries"
_PARENTHETICAL = re.compile(r"\s*\([^()]*\)")
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:[a-z]{1,4}\s+){0,2}[A-Z][\w'’-]*)+")


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
    if _department_at(low, lang) is not None:
        start = max(start, _last_two_names(words))
    run = list(words[start:])
    while run and (run[0].lower() in lang.words("determiners") or not run[0][:1].isupper()):
        run.pop(0)
    return run


def _department_at(low: Sequence[str], lang: LangData) -> tuple[int, int] | None:
    """Where a title's department phrase begins and ends ("minister van" of ``minister van
    Buitenlandse Zaken Antony Blinken``: 0, 2), if the lower-cased phrase has one."""
    for phrase in lang.title_departments:
        n = len(phrase)
        for i in range(len(low) - n + 1):
            if tuple(low[i : i + n]) == phrase:
                return i, i + n
    return None


def _last_two_names(words: Sequence[str]) -> int:
    """Where the last two capitalised words begin, with the particles between them: the name
    after a department (``Volksgezondheid Hugo de Jonge`` -> 1), a middle initial with them."""
    capitalised = [i for i, w in enumerate(words) if w[:1].isupper()]
    if len(capitalised) < 2:
        return max(len(words) - 2, 0)
    # a middle initial belongs to the first name before it ("John F. Kerry")
    middle = len(capitalised) >= 3 and _INITIAL.match(words[capitalised[-2]])
    return capitalised[-3] if middle else capitalised[-2]


def _without_department_title(words: list[str], lang: LangData) -> list[str]:
    """``minister van Infrastructuur Cora van Nieuwenhuizen`` -> ``Cora van Nieuwenhuizen``: a
    title with its department before a full name is no part of the name. Only where at least
    three capitalised words follow the title (a department word and a first and last name), so
    ``minister van Buitenlandse Zaken`` alone keeps its words, and only after a person's title."""
    at = _person_department(words, lang)
    if at is None or _capitals_after(words, at[1]) < 3:
        return words
    name = list(words[_last_two_names(words) :])
    particles = lang.words("name_particles")
    # "ministerie van Volksgezondheid, Welzijn en Sport" names no person
    person = all(w[:1].isupper() or w.lower() in particles for w in name)
    return name if person else words


def _office_only(words: Sequence[str], lang: LangData) -> bool:
    """``minister van Financiën``, ``Secretary of State``: a person's title with its department
    and no full name after it names an office, not a person called ``Financiën`` or ``State``
    (:func:`_without_department_title` takes the name where one follows)."""
    at = _person_department(words, lang)
    # "Staatssecretaris Van Veldhoven": a capitalised particle starts a surname
    if at is None or at[0] != 0 or not all(w.islower() for w in words[1 : at[1]]):
        return False
    return _capitals_after(words, at[1]) < 3


def _person_department(words: Sequence[str], lang: LangData) -> tuple[int, int] | None:
    """Where the department phrase of a person's title begins and ends (``minister van``), not
    of a body's (``ministerie van``, ``Department of``); None if ``words`` have none."""
    low = [w.lower() for w in words]
    at = _department_at(low, lang)
    return at if at is not None and _title_word(low[at[0]], lang) else None


def _capitals_after(words: Sequence[str], start: int) -> int:
    """How many of ``words`` from ``start`` on are capitalised."""
    return sum(w[:1].isupper() for w in words[start:])


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
    Iran``; not ``Speaker of the House Nancy Pelosi`` or ``London School of Economics``). Either
    marker before a country starts one after a title and a surname (``President Zelenskyy of
    Ukraine``, ``premier Rutte van Nederland``)."""
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
        if _titled_surname(words[:i], lang) and _country(words[i + 1 :], lang):
            return words[:i]  # "President Zelenskyy of Ukraine", "premier Rutte van Nederland"
        if marker in after_names and not (named and (nxt.lower() in determiners or titled)):
            continue  # "Speaker of the House Nancy Pelosi", "London School of Economics"
        if described or named or marker in lang.words("origin_markers"):
            return words[:i]
    return words


def _titled_surname(words: list[str], lang: LangData) -> bool:
    """``President Zelenskyy`` (before ``of Ukraine``): titles, then one name word that is no
    person noun or title (not ``Secretary of State``, ``Chief Executive of Shell``)."""
    roles = _leading_roles(words, lang)
    rest = words[roles:]
    return (
        roles > 0
        and len(rest) == 1
        and _name_like(rest[0], lang)
        and not _person_noun(rest[0].lower(), lang)
    )


def _country(words: Sequence[str], lang: LangData) -> bool:
    """Whether ``words`` are a country's name in the language's place data (``Ukraine``,
    ``the United States``), not a company's or a body's (``Shell``, ``the Supreme Court``)."""
    name = " ".join(_without_determiners(words, lang)).rstrip(",.;:")
    return country_named(name, lang.code) is not None


def _without_determiners(words: Sequence[str], lang: LangData) -> list[str]:
    """``the United States`` -> ``United States``: a phrase without its leading determiners."""
    rest = list(words)
    while rest and rest[0].lower() in lang.words("determiners"):
        rest.pop(0)
    return rest


def _name_words(words: list[str], lang: LangData) -> int:
    """Capitalised words after the last title (``Kamerlid Jasper van Dijk``: two)."""
    low = [w.lower() for w in words]
    start = max((i + 1 for i, w in enumerate(low) if _title_word(w, lang)), default=0)
    return sum(
        w[:1].isupper() and low[start + k] not in lang.words("determiners")
        for k, w in enumerate(words[start:])
    )


@cached_per_language(maxsize=1 << 12)  # the three attribution stages name the same speakers
def canonical_name(surface: str, lang: LangData) -> str:
    """The normalised name of a speaker phrase (before resolving pronouns and surnames)."""
    low = surface.lower()
    if low in lang.aliases:
        return lang.aliases[low]
    # "Lilianne Ploumen (PvdA)", "Tim S. (40)": a bracketed party, age or acronym is no part of it
    words = _PARENTHETICAL.sub(" ", surface).split() or surface.split()
    words = _without_title_of_country(_without_country_possessor(words, lang), lang)
    words = _without_department_title(words, lang)
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
    ) or _office_only(content, lang)
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


def _without_country_possessor(words: list[str], lang: LangData) -> list[str]:
    """``Russia's Lavrov`` -> ``Lavrov``, ``France's Marine Le Pen`` -> ``Marine Le Pen``: a
    country owning a named person is no part of the name. Only before a full name or a
    well-known person's surname: ``China's foreign ministry`` or ``Britain's Parliament`` would
    lose whose body it is."""
    rest = _without_determiners(words, lang)
    owner = without_suffix(rest[0], lang.words("possessive_suffixes")) if rest else ""
    if not rest or owner == rest[0] or not _country([owner], lang):
        return words
    named = rest[1:]
    person = len(named) >= 2 or (len(named) == 1 and named[0].lower() in lang.people)
    return named if person and _name_like(" ".join(named), lang) else words


def _without_title_of_country(words: list[str], lang: LangData) -> list[str]:
    """``President of Ukraine Volodymyr Zelenskyy`` -> ``Volodymyr Zelenskyy``, ``president van
    Oekraïne Volodymyr Zelensky`` -> ``Volodymyr Zelensky``: a title of a country before a full
    name (or a well-known person's surname) is no part of the name, as after the name
    (``President Zelenskyy of Ukraine``, :func:`_cut_affiliation`)."""
    roles = _leading_roles(words, lang)
    markers = lang.words("affiliation_markers") | lang.words("name_affiliation_markers")
    if not 0 < roles < len(words) - 2 or words[roles].lower() not in markers:
        return words
    for end in range(roles + 2, min(len(words), roles + 5)):
        if _country(words[roles + 1 : end], lang):
            named = words[end:]
            person = len(named) >= 2 or named[0].lower() in lang.people
            return named if person and _name_like(" ".join(named), lang) else words
    return words


def _titled_name(words: Sequence[str], lang: LangData) -> list[str]:
    """``Secretary of State Mike Pompeo`` -> ``Mike Pompeo``, ``Bank of America CEO Brian
    Moynihan`` -> ``Brian Moynihan``: the name right after a phrase's last title (also a title of
    several words) that ends it; empty if no name follows a title directly (``President of the
    United States``, ``Speaker of the House Nancy Pelosi``)."""
    low = [w.lower() for w in words]
    by_first = _title_phrases(lang.titles)
    ends = [
        start + len(title)
        for start, word in enumerate(low)
        for title in by_first.get(word, ())
        if start < len(low) - len(title) and tuple(low[start : start + len(title)]) == title
    ]
    department = _department_at(low, lang)
    # "Secretary of State": a title ending inside its department phrase is followed by the
    # department, not a name
    if not ends or (department and department[0] < max(ends) < department[1]):
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
def _title_phrases(titles: frozenset[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The titles as word tuples, by their first word (a phrase is matched only where its first
    word is)."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for title in titles:
        words = tuple(title.split())
        if words:
            by_first.setdefault(words[0], []).append(words)
    return {first: tuple(found) for first, found in by_first.items()}


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


def _spokesperson_name(name: str, lang: LangData) -> bool:
    """A canonical unnamed spokesperson (``woordvoerder Inspectie voor Leefomgeving en
    Transport``, rule 12): one person, whom a later ``hij``/``hem`` may stand for."""
    first = name.split(maxsplit=1)[0].lower() if name.strip() else ""
    return first in lang.words("spokesperson_title") and " " in name.strip()
