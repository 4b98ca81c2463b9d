"""Word lists for linking, read once from ``link/data/*.toml`` and ``lang/<code>/``.

Forms are lower case and match whole words; a form ending in ``*`` matches any word starting
with it. Multi-word forms match consecutive words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from claimgraph.lang import available_languages, load_lang, read_lang_file, read_toml

DATA_DIR = Path(__file__).parent / "data"
WORD = re.compile(r"[^\W_]+(?:[.'’-][^\W_]+)*\.?", re.UNICODE)


def words(text: str) -> list[str]:
    """Lower-case words of ``text`` ("U.S." stays one word, "Kremlin's" -> "kremlin's")."""
    return [w.rstrip(".") if w.count(".") == 1 else w for w in WORD.findall(text.lower())]


@dataclass(frozen=True)
class FormSet:
    """Surface forms, each mapped to a canonical value, matched against word lists."""

    exact: dict[tuple[str, ...], str]
    stems: tuple[tuple[str, str], ...]
    longest: int

    @classmethod
    def build(cls, mapping: dict[str, list[str]]) -> FormSet:
        exact: dict[tuple[str, ...], str] = {}
        stems: list[tuple[str, str]] = []
        for canonical, forms in mapping.items():
            for form in forms:
                form = form.lower()
                if form.endswith("*"):
                    stems.append((form[:-1], canonical))
                else:
                    exact.setdefault(tuple(words(form)) or (form,), canonical)
        longest = max((len(k) for k in exact), default=1)
        return cls(exact, tuple(stems), longest)

    def find(self, tokens: list[str]) -> list[str]:
        """Canonical values of the forms found in ``tokens``, in order of appearance."""
        found: list[str] = []
        i = 0
        while i < len(tokens):
            value, length = self.at(tokens, i)
            if value is not None:
                found.append(value)
            i += length
        return found

    def at(self, tokens: list[str], i: int) -> tuple[str | None, int]:
        """The canonical value of the longest form starting at ``tokens[i]`` (None if none
        does) and how many tokens it takes (1 when none does)."""
        for n in range(min(self.longest, len(tokens) - i), 0, -1):
            value = self.exact.get(tuple(tokens[i : i + n]))
            if value is not None:
                return value, n
        return self._stem(tokens[i]), 1

    def _stem(self, token: str) -> str | None:
        for stem, canonical in self.stems:
            if token.startswith(stem):
                return canonical
        return None


def _read(name: str) -> dict:
    return read_toml(DATA_DIR / name, "linking data")


@cache
def stop_words(lang: str) -> frozenset[str]:
    """Function words of ``lang``: spaCy's stop word list for it (empty for a code spaCy lacks)."""
    import spacy.util  # its language data only; no pipeline is loaded

    try:
        return frozenset(spacy.util.get_lang_class(lang).Defaults.stop_words)
    except ImportError:
        return frozenset()


def content_words(text: str, lang: str) -> list[str]:
    """The words of ``text`` that are not function words of ``lang``."""
    stops = stop_words(lang)
    return [w for w in words(text) if w not in stops]


@cache
def entity_forms() -> FormSet:
    """Places, bodies and people in any language -> one canonical name."""
    entities = _read("entities.toml")["entities"]
    mapping: dict[str, list[str]] = {k: list(v) for k, v in entities.items()}
    for code in available_languages():
        for form, canonical in load_lang(code).people.items():
            mapping.setdefault(canonical, []).append(form)
    return FormSet.build(mapping)


@cache
def acronyms() -> dict[str, str]:
    """Acronym as written ("VN", "E.U.") -> its canonical form ("UN", "EU")."""
    table = _read("acronyms.toml")["acronyms"]
    return {form: canonical for canonical, forms in table.items() for form in forms}


@cache
def party_forms() -> FormSet:
    """Speaker forms -> the party (side) they speak for."""
    return FormSet.build(_read("entities.toml")["parties"])


@cache
def written_numbers(lang: str) -> dict[str, float]:
    """Number words of ``lang`` (empty for a language without a list)."""
    return {k: float(v) for k, v in _read("numbers.toml").get(lang, {}).items()}


@cache
def multipliers(lang: str) -> dict[str, float]:
    """Words and digit suffixes that multiply the number before them ("miljoen", "bn")."""
    table = _read("numbers.toml").get("multipliers", {}).get(lang, {})
    return {k: float(v) for k, v in table.items()}


@cache
def decimal_mark(lang: str) -> str:
    """The decimal mark of ``lang`` ("," in Dutch, "." in English and by default)."""
    return str(_read("numbers.toml").get("decimal_mark", {}).get(lang, "."))


@cache
def calendar_words(lang: str) -> tuple[dict[str, int], dict[str, int]]:
    """Month names (-> 1..12) and weekday names (-> 0..6) of ``lang``, read from its
    ``lang/<code>/timex.toml`` (empty for a language without one)."""
    timex = read_lang_file(lang, "timex.toml")
    months = {k.lower(): int(v) for k, v in timex.get("month", {}).items()}
    weekdays = {k.lower(): int(v) for k, v in timex.get("weekday", {}).items()}
    return months, weekdays


@cache
def reference_nouns(lang: str) -> FormSet:
    """Nouns that make a claim's content a pointer to another claim ("the reports")."""
    nouns = _read("references.toml")["nouns"]
    forms = nouns.get(lang) or [n for group in nouns.values() for n in group]
    return FormSet.build({"ref": forms})


@cache
def negation_forms(lang: str) -> FormSet:
    """Negation words of ``lang``: lang/<code>/stance.toml where there is one."""
    if lang in available_languages():
        forms = [w for w in load_lang(lang).negation if w.isalpha()]
    else:
        forms = _read("references.toml")["negation"].get(lang, [])
    return FormSet.build({"not": forms})


@cache
def involvement_phrases(lang: str) -> tuple[tuple[str, ...], ...]:
    """Phrases by which a content of ``lang`` says a party took part in an event ("having
    anything to do with", "betrokken bij"): its ``lang/<code>/involvement.toml``, else none."""
    phrases = read_lang_file(lang, "involvement.toml").get("phrases", [])
    return tuple(tuple(p.lower().split()) for p in phrases)
