"""Language knowledge as data: ``load_lang(code)`` reads ``lang/<code>/*.toml`` over ``lang/base``.

Adding a language means adding a folder with the same files; no code changes.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache, wraps
from pathlib import Path
from typing import TypeVar

from claimgraph.errors import ConfigError
from claimgraph.model import ACTS, STANCES

LANG_DIR = Path(__file__).parent
LANG_FILES = ("cues.toml", "grammar.toml", "stance.toml", "names.toml")
PEOPLE_FILE = LANG_DIR / "base" / "people.toml"
CUE_KINDS = ("verb", "according", "aldus", "noun")
GAP = "..."
DEFAULT_GAP = 2


_NO_WORDS: frozenset[str] = frozenset()  # a grammar list the language does not have


@dataclass(frozen=True)
class CuePattern:
    """One reporting cue form as token alternatives; ``None`` marks a gap of up to ``gap`` words."""

    parts: tuple[frozenset[str] | None, ...]
    stance: str
    act: str
    kind: str = "verb"
    weak: bool = False
    preps: frozenset[str] = frozenset()
    prep_act: str = ""
    # the act when the content turns on a deontic modal (grammar ``deontic_modals``): an opinion
    # that someone must do something is a demand ("vindt dat Koolmees alle middelen moet inzetten")
    modal_act: str = ""
    # the act when the content opens on a future auxiliary (grammar ``future_auxiliaries``):
    # announcing one's own future action is a promise ("indicated they would appeal")
    future_act: str = ""
    needs_complement: bool = False
    # True: only a content with a verb is a claim ("advises citizens to continue paying"), a bare
    # object is the cue's other sense ("she advises President Htin Kyaw")
    needs_clause: bool = False
    # False: the phrase right after the cue is its object ("blasted Trump"), never its speaker
    speaker_after: bool = True
    gap: int = DEFAULT_GAP  # how many other words a "..." part may stand for
    # True: after an adverbial the inverted subject stands in the gap ("liet Total weten")
    subject_in_gap: bool = False
    # False: the rules use the cue, but the learned model's cue-word lexicon leaves it out (a cue
    # added after the model was fit: a new lexicon word shifts every weight of a refit)
    in_lexicon: bool = True

    @property
    def length(self) -> int:
        return sum(1 for p in self.parts if p is not None)


@dataclass(frozen=True)
class LangData:
    """Everything the extractors know about one language."""

    code: str
    cues: tuple[CuePattern, ...]
    grammar: dict[str, frozenset[str]]
    pronouns: dict[str, str]
    negation: frozenset[str]
    stance_phrases: dict[str, tuple[tuple[str, ...], ...]]
    act_phrases: dict[str, tuple[tuple[str, ...], ...]]
    titles: frozenset[str]  # the rules' role nouns: ``titles`` and ``rule_titles`` of names.toml
    title_departments: tuple[tuple[str, ...], ...]
    source_nouns: frozenset[str]
    document_nouns: frozenset[str]
    aliases: dict[str, str]
    people: dict[str, str]
    quote_pairs: tuple[tuple[str, str], ...]
    scare_quote_max_words: int
    verb_second: bool
    cues_by_first: dict[str, tuple[CuePattern, ...]] = field(default_factory=dict)
    # hedges that set the stance only in the content's main clause, and the phrases that cancel a
    # hedge starting at the same word ("could not" = impossible, not possible)
    clause_phrases: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    clause_exceptions: tuple[tuple[str, ...], ...] = ()
    # role nouns the learned models' title feature does not read (``rule_titles``)
    rule_titles: frozenset[str] = frozenset()
    # a cue-less quotation of whole sentences speaks for the last source (extract/orphan_quotes)
    orphan_quotes: bool = False

    def words(self, name: str) -> frozenset[str]:
        return self.grammar.get(name, _NO_WORDS)


_Result = TypeVar("_Result")


def cached_per_language(
    maxsize: int,
) -> Callable[[Callable[..., _Result]], Callable[..., _Result]]:
    """An LRU cache of ``maxsize`` answers for a function whose last argument is a LangData and
    whose other arguments hash, and whose answer depends on nothing else. A LangData holds dicts
    and has no hash: the cache keys it by identity, and keeps each one it has seen, so that no
    other LangData takes its id (the loaded ones live as long as the process anyway)."""

    def decorate(function: Callable[..., _Result]) -> Callable[..., _Result]:
        seen: dict[int, LangData] = {}

        @lru_cache(maxsize=maxsize)
        def by_identity(*args: object) -> _Result:
            *others, key = args
            return function(*others, seen[key])

        @wraps(function)
        def cached(*args: object) -> _Result:
            *others, lang = args
            key = id(lang)
            seen.setdefault(key, lang)  # type: ignore[arg-type]
            return by_identity(*others, key)

        return cached

    return decorate


@cache  # once per process and file: stages ask per article, the answer never changes
def has_lang_file(code: str, name: str) -> bool:
    """Whether language ``code`` has the data file ``name`` (``places.toml``, ``events.toml``)."""
    return (LANG_DIR / code / name).exists()


def read_lang_file(code: str, name: str) -> dict:
    """The data file ``lang/<code>/<name>`` as a table; empty when the language has none."""
    path = LANG_DIR / code / name
    return read_toml(path) if path.is_file() else {}


def available_languages() -> list[str]:
    """Language codes with a complete data folder."""
    return sorted(p.name for p in LANG_DIR.iterdir() if all((p / f).exists() for f in LANG_FILES))


def _lower_words(table: dict, key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in table.get(key, []))


def read_toml(path: Path, what: str = "language data") -> dict:
    """The TOML file ``path`` as a table; a ConfigError "cannot read ``what``" (with the path)
    when it is missing or is no valid TOML."""
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise ConfigError(f"cannot read {what}: {err}", str(path)) from err


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(text.lower().split())


def _cue_patterns(entry: dict, path: Path) -> list[CuePattern]:
    stance, act, kind = entry.get("stance"), entry.get("act"), entry.get("kind", "verb")
    if stance not in STANCES or act not in ACTS or kind not in CUE_KINDS:
        raise ConfigError(f"bad cue labels {stance!r}/{act!r}/{kind!r}", str(path))
    for name in ("modal_act", "future_act"):
        if entry.get(name, "") not in ("", *ACTS):
            raise ConfigError(f"bad cue {name} {entry[name]!r}", str(path))
    patterns = []
    for form in entry["forms"]:
        parts = tuple(
            None if tok == GAP else frozenset(tok.lower().split("|")) for tok in form.split()
        )
        patterns.append(
            CuePattern(
                parts=parts,
                stance=stance,
                act=act,
                kind=kind,
                weak=bool(entry.get("weak", False)),
                preps=frozenset(entry.get("prep", [])),
                prep_act=entry.get("prep_act", ""),
                modal_act=entry.get("modal_act", ""),
                future_act=entry.get("future_act", ""),
                needs_complement=bool(entry.get("needs_complement", False)),
                needs_clause=bool(entry.get("needs_clause", False)),
                speaker_after=bool(entry.get("speaker_after", True)),
                gap=int(entry.get("gap", DEFAULT_GAP)),
                subject_in_gap=bool(entry.get("subject_in_gap", False)),
                in_lexicon=bool(entry.get("lexicon", True)),
            )
        )
    return patterns


def _people(base: dict, display: dict[str, str]) -> dict[str, str]:
    """Spelling (lowercased) -> the name the language writes the person with: its display name
    (``lang/<code>/people.toml``), else the canonical name shared by all languages."""
    variants: dict[str, str] = {}
    for canonical, forms in base.get("people", {}).items():
        shown = display.get(canonical, canonical)
        for form in (canonical, *forms):
            variants[form.lower()] = shown
    return variants


@cache
def display_names(code: str) -> dict[str, str]:
    """Canonical person name -> how language ``code`` writes it, where it differs (the table
    ``display`` of ``lang/<code>/people.toml``); each must be one of the person's spellings."""
    table = read_lang_file(code, "people.toml").get("display", {})
    spelled = read_toml(PEOPLE_FILE).get("people", {})
    for canonical, shown in table.items():
        if shown not in spelled.get(canonical, ()):
            path = str(LANG_DIR / code / "people.toml")
            raise ConfigError(f"{shown!r} is not a spelling of {canonical!r} in people.toml", path)
    return table


@cache
def _person_keys() -> dict[str, str]:
    """Any spelling of a well-known person (lowercased) -> the canonical name."""
    keys: dict[str, str] = {}
    for canonical, forms in read_toml(PEOPLE_FILE).get("people", {}).items():
        for form in (canonical, *forms):
            keys.setdefault(form.lower(), canonical)
    return keys


def person_key(name: str) -> str:
    """Who a name stands for across languages: the canonical name of a well-known person for any
    spelling ("Vladimir Putin", "Poetin" -> "Vladimir Poetin"), else the name itself."""
    return _person_keys().get(name.strip().lower(), name)


def person_names(name: str) -> tuple[str, ...]:
    """The names a well-known person is written with in stored speakers: the canonical name and
    each language's display name (empty for a name that is no such person's spelling)."""
    key = _person_keys().get(name.strip().lower())
    if key is None:
        return ()
    shown = (display_names(code).get(key, key) for code in available_languages())
    return tuple(dict.fromkeys((key, *shown)))


def display_name(name: str, code: str) -> str:
    """How language ``code`` writes the well-known person whose spelling ``name`` is (their
    display name, else the canonical name: "Vladimir Poetin" -> "Vladimir Putin" in English);
    any other name as it is."""
    key = _person_keys().get(name.strip().lower())
    return name if key is None else display_names(code).get(key, key)


@cache
def load_lang(code: str) -> LangData:
    """Load and validate the data files of one language (cached)."""
    folder = LANG_DIR / code
    if not all((folder / f).exists() for f in LANG_FILES):
        raise ConfigError(
            f"no language data for {code!r} (have: {', '.join(available_languages())})"
        )
    cues_doc = read_toml(folder / "cues.toml")
    grammar = read_toml(folder / "grammar.toml")
    stance = read_toml(folder / "stance.toml")
    names = read_toml(folder / "names.toml")
    quotes = read_toml(LANG_DIR / "base" / "quotes.toml")
    people = read_toml(PEOPLE_FILE)

    cues: list[CuePattern] = []
    for entry in cues_doc.get("cue", []):
        cues.extend(_cue_patterns(entry, folder / "cues.toml"))
    # longest patterns first, so "hecht weinig geloof aan" wins over a shorter overlap
    cues.sort(key=lambda c: -c.length)
    by_first: dict[str, list[CuePattern]] = {}
    for cue in cues:
        for word in cue.parts[0] or ():
            by_first.setdefault(word, []).append(cue)

    return LangData(
        code=code,
        cues=tuple(cues),
        grammar={
            k: frozenset(w.lower() for w in v) for k, v in grammar.items() if isinstance(v, list)
        },
        pronouns={k.lower(): v for k, v in grammar.get("pronouns", {}).items()},
        negation=frozenset(stance.get("negation", [])),
        stance_phrases={
            k: tuple(_phrase(p) for p in v) for k, v in stance.get("phrases", {}).items()
        },
        act_phrases={k: tuple(_phrase(p) for p in v) for k, v in stance.get("acts", {}).items()},
        titles=_lower_words(names, "titles") | _lower_words(names, "rule_titles"),
        rule_titles=_lower_words(names, "rule_titles"),
        title_departments=tuple(_phrase(t) for t in names.get("title_departments", [])),
        source_nouns=frozenset(n.lower() for n in names.get("source_nouns", [])),
        document_nouns=frozenset(n.lower() for n in names.get("document_nouns", [])),
        aliases={k.lower(): v for k, v in names.get("aliases", {}).items()},
        people=_people(people, display_names(code)),
        quote_pairs=tuple((o, c) for o, c in quotes["pairs"]),
        scare_quote_max_words=int(quotes.get("scare_quote_max_words", 3)),
        verb_second=bool(grammar.get("verb_second", False)),
        orphan_quotes=bool(grammar.get("orphan_quotes", False)),
        cues_by_first={k: tuple(v) for k, v in by_first.items()},
        clause_phrases={
            k: tuple(_phrase(p) for p in v) for k, v in stance.get("main_clause", {}).items()
        },
        clause_exceptions=tuple(_phrase(p) for p in stance.get("clause_exceptions", [])),
    )
