"""A Dutch -> English word table for cross-lingual word overlap, learnt from our own news text.

Headlines on one event in two languages share few words: names, and cognates ("ambassadeur",
"ambassador"); the rest is translated ("lenen" / "loan", "geweld" / "violence"). The table
(``link/data/translations-nl-en.tsv``, rebuilt by ``train/build_translations.py``) pairs each
Dutch word with an English word when the multilingual sentence encoder puts the two single
words closest together, judged by CSLS (cosine less each word's mean similarity to its nearest
words in the other language, which demotes "hub" words close to everything; Conneau et al. 2018,
"Word translation without parallel data"). Words written with a capital most of the time are
names and left to :mod:`claimgraph.link.names`.

:func:`gloss` appends the English word after each Dutch word it knows, also for compounds
whose head is known ("grensconflict" -> "border conflict"), so
the existing word and letter-gram overlaps compare a Dutch text with an English one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import numpy as np

from claimgraph.errors import ConfigError
from claimgraph.link.lexicon import WORD

DATA_DIR = Path(__file__).parent / "data"
SOURCE, TARGET = "nl", "en"
# Neighbours averaged for each word's "hubness" (CSLS); 10 as in Conneau et al.
NEIGHBOURS = 10
# A pair is kept when its CSLS is at least ACCEPT, or at least MUTUAL_ACCEPT and each word is
# the other's best match. Chosen by reading samples of the 2019 DPG / Wikinews+PolNeAR table:
# above 0.2 most pairs are right ("leerlingen students", "bouw construction"), below it only the
# mutual ones are mostly right.
ACCEPT = 0.2
MUTUAL_ACCEPT = 0.1
MIN_COUNT = 2
MIN_LENGTH = 3
# A word written with a capital this often is a name ("Egmond" would meet "Richmond").
NAME_SHARE = 0.5
# A text most of whose words start with a capital is a title-case headline: its capitals say
# nothing about names.
TITLE_SHARE = 0.5
# Compounds: only words this long are split, and the head (the right part) must be this long.
COMPOUND_MIN = 8
HEAD_MIN = 4
LINKERS = ("s", "en", "e")
BATCH = 2000


@dataclass(frozen=True)
class Vocabulary:
    """Lower-case word -> occurrences, and how many of them were written with a capital."""

    counts: Counter[str]
    capitalised: Counter[str]

    def words(self, min_count: int = MIN_COUNT) -> list[str]:
        """Alphabetic words seen at least ``min_count`` times, not names, sorted."""
        return sorted(
            w
            for w, n in self.counts.items()
            if n >= min_count
            and len(w) >= MIN_LENGTH
            and w.isalpha()
            and self.capitalised[w] <= NAME_SHARE * n
        )


def count_words(texts: Iterable[str]) -> Vocabulary:
    """The :class:`Vocabulary` of ``texts``. Capitals count only inside a sentence of running
    text: not for a sentence's first word, and not in title-case headlines ("Singer Dies")."""
    counts: Counter[str] = Counter()
    capitalised: Counter[str] = Counter()
    for text in texts:
        found = list(WORD.finditer(text))
        title_case = sum(m.group(0)[0].isupper() for m in found) > TITLE_SHARE * len(found)
        for match in found:
            lower = match.group(0).lower()
            counts[lower] += 1
            if title_case or _starts_sentence(text, match.start()):
                continue
            if match.group(0)[0].isupper():
                capitalised[lower] += 1
    return Vocabulary(counts, capitalised)


def _starts_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\"'‘’“”„(")
    return not before or before[-1] in ".!?:\n"


def build_table(
    source: Sequence[str],
    target: Sequence[str],
    encode: Callable[[Sequence[str]], np.ndarray],
    accept: float = ACCEPT,
    mutual_accept: float = MUTUAL_ACCEPT,
) -> list[tuple[str, str, float]]:
    """``(source word, target word, CSLS)`` for every source word whose best target word by
    CSLS passes the thresholds (``encode``: unit-length vectors, one row per word). Identical
    spellings stay ("conflict"): :func:`gloss` skips them, compounds are split on them."""
    if not source or not target:
        return []
    src, tgt = encode(list(source)), encode(list(target))
    k = min(NEIGHBOURS, len(source), len(target))
    src_hub, tgt_hub = _hubness(src, tgt, k), _hubness(tgt, src, k)
    best = np.zeros(len(source), dtype=int)
    best_score = np.zeros(len(source))
    back = np.full(len(target), -np.inf)
    back_arg = np.zeros(len(target), dtype=int)
    for start in range(0, len(source), BATCH):
        scores = 2 * (src[start : start + BATCH] @ tgt.T)
        scores -= src_hub[start : start + BATCH, None] + tgt_hub[None, :]
        best[start : start + BATCH] = scores.argmax(axis=1)
        best_score[start : start + BATCH] = scores.max(axis=1)
        column_best = scores.max(axis=0)
        better = column_best > back
        back[better] = column_best[better]
        back_arg[better] = scores.argmax(axis=0)[better] + start
    table = []
    for i, word in enumerate(source):
        j, score = int(best[i]), float(best_score[i])
        mutual = int(back_arg[j]) == i
        if score >= accept or (mutual and score >= mutual_accept):
            table.append((word, target[j], round(score, 4)))
    return table


def _hubness(a: np.ndarray, b: np.ndarray, k: int) -> np.ndarray:
    """Mean cosine of each row of ``a`` with its ``k`` nearest rows of ``b``."""
    out = np.zeros(len(a))
    for start in range(0, len(a), BATCH):
        sims = a[start : start + BATCH] @ b.T
        out[start : start + BATCH] = np.partition(sims, -k, axis=1)[:, -k:].mean(axis=1)
    return out


def write_table(table: Sequence[tuple[str, str, float]], provenance: str, path: Path) -> None:
    """Write ``table`` as TSV (source, target, CSLS), ``provenance`` as ``#`` lines on top."""
    lines = [f"# {line}" if line else "#" for line in provenance.splitlines()]
    lines += [f"{s}\t{t}\t{score:.4f}" for s, t, score in table]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def table_path(source: str = SOURCE, target: str = TARGET) -> Path:
    return DATA_DIR / f"translations-{source}-{target}.tsv"


@cache
def translations(lang: str) -> dict[str, str]:
    """Word of ``lang`` -> English word; empty for English and languages without a table."""
    path = table_path(lang)
    if lang == TARGET or not path.is_file():
        return {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise ConfigError(f"cannot read word translations: {err}", str(path)) from err
    table: dict[str, str] = {}
    for number, line in enumerate(lines, 1):
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            raise ConfigError(f"line {number}: expected 3 tab-separated fields", str(path))
        table[parts[0]] = parts[1]
    return table


@lru_cache(maxsize=200_000)
def translate_word(word: str, lang: str) -> tuple[str, ...]:
    """English words for a lower-case word of ``lang``: its table entry, or those of a
    compound's modifier and head ("kerstloterij" -> christmas, lottery); empty if unknown."""
    table = translations(lang)
    if word in table:
        return (table[word],)
    if len(word) < COMPOUND_MIN or not table:
        return ()
    for cut in range(MIN_LENGTH, len(word) - HEAD_MIN + 1):  # longest head first
        head = table.get(word[cut:])
        if head is None:
            continue
        modifier = _modifier(word[:cut], table)
        return (modifier, head) if modifier else (head,)
    return ()


def _modifier(part: str, table: dict[str, str]) -> str | None:
    if part in table:
        return table[part]
    for linker in LINKERS:
        if part.endswith(linker) and part[: -len(linker)] in table:
            return table[part[: -len(linker)]]
    return None


@lru_cache(maxsize=200_000)
def gloss(text: str, lang: str) -> str:
    """``text`` followed by the English words for the words it can translate ("EU gaat zelf
    lenen" -> "EU gaat zelf lenen goes self borrow"; after the text, so that multi-word names
    stay whole); unchanged in English."""
    if not translations(lang):
        return text
    english = []
    for word in WORD.findall(text):
        word = word.lower().rstrip(".")
        english += [e for e in translate_word(word, lang) if e != word]
    return " ".join([text, *english]) if english else text
