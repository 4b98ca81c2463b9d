"""The second stage of linking: rerank the embedding's nearest candidates by what they name.

The first stage (cosine of multilingual sentence vectors, exact or ANN) finds the texts about
the same topic; among those, the right one is the one that names the same people and places,
states the same numbers ("two drones" is not "three drones") and dates, and shares the rare
words. Every feature below is language-independent: names are normalised across languages
(:mod:`claimgraph.link.names`), numbers and dates are read with each language's words
(:mod:`claimgraph.link.similarity`). A linear score over the features, with weights fitted on
training pairs (:func:`fit_weights`, ``bench/bench_linking.py --fit``), orders the candidates.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from claimgraph.errors import ConfigError
from claimgraph.link.day_prior import DayGapPrior, default_day_gap_prior
from claimgraph.link.embed import cosine_scale
from claimgraph.link.lexical import COUNTRY_WEIGHT, IdfOverlap, char_grams
from claimgraph.link.similarity import Signature, numbers_agree, signature
from claimgraph.link.translation import gloss

FEATURES = (
    "cosine",  # embedding cosine
    "words",  # rarity-weighted cosine of stemmed, names-normalised words
    "grams",  # the same over letter 4-grams (spelling variants, cognates)
    "cover_query",  # share of the query's word weight the candidate has
    "cover_candidate",  # share of the candidate's word weight the query has
    "entities_shared",  # Jaccard of the normalised names, when both name some
    "entities_clash",  # both name people or places, none the same
    "numbers_agree",  # both state numbers and one agrees
    "numbers_clash",  # both state numbers, none agrees
    "dates_agree",  # both name a date or weekday and one agrees
    "dates_clash",  # both name dates, none agrees
    "negation_mismatch",  # one negates, the other does not
    "rr_cosine",  # 1 / rank by cosine among the candidates
    "rr_words",  # 1 / rank by word overlap among the candidates
    "rr_grams",  # 1 / rank by letter-gram overlap among the candidates
)
WEIGHTS_FILE = Path(__file__).parent / "data" / "rerank.toml"  # fitted on USE cosines


def weights_file(encoder: str = "use") -> Path:
    """The weights fitted on the cosines of ``encoder`` (:data:`~claimgraph.link.embed.ENCODERS`):
    ``rerank.toml`` for USE, ``rerank-<encoder>.toml`` for another."""
    if encoder == "use":
        return WEIGHTS_FILE
    return WEIGHTS_FILE.with_name(f"rerank-{encoder.replace('+', '-')}.toml")


# Texts outside the embedding's top candidates that join the reranked shortlist by word overlap,
# for a Dutch and an English headline on one event that are far apart by cosine but share rare
# translated words. Off: on the real nl<->en tuning pairs 3, 5 or 10 such texts cost one en->nl
# hit (an extra text with more overlap lowers the gold's rank features) and gained none; the
# far-off held-out golds (cosine rank 30, 66) share no words (bench/results/linking.md).
LEXICAL_CANDIDATES = 0


@dataclass(frozen=True)
class RerankModel:
    """Feature weights, how many embedding neighbours are reranked, how many more texts with
    the most word overlap join them (:meth:`CandidatePool.shortlist`), and the prior over the
    publication-day gap added to the score of dated items (:mod:`claimgraph.link.day_prior`)."""

    weights: np.ndarray
    candidates: int = 50
    lexical_candidates: int = LEXICAL_CANDIDATES
    cosine_scale: float = 1.0  # embedding cosine -> cosine feature (embed.cosine_scale)
    day_gap: DayGapPrior | None = None

    def score(self, features: np.ndarray) -> np.ndarray:
        """One score per feature row."""
        return features @ self.weights


@cache
def default_model(encoder: str = "use") -> RerankModel:
    """The weights fitted for ``encoder``'s cosines (:func:`weights_file`)."""
    path = weights_file(encoder)
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
        weights = np.array([float(data["weights"][name]) for name in FEATURES])
    except (OSError, tomllib.TOMLDecodeError, KeyError, ValueError) as err:
        raise ConfigError(f"cannot read rerank weights: {err}", str(path)) from err
    return RerankModel(
        weights=weights,
        candidates=int(data.get("candidates", 50)),
        lexical_candidates=int(data.get("lexical_candidates", LEXICAL_CANDIDATES)),
        cosine_scale=cosine_scale(encoder),
        day_gap=default_day_gap_prior(),
    )


class CandidatePool:
    """A fixed set of texts to link queries to: their vectors, word and letter-gram indexes,
    and signatures (computed once), and their publication dates when known."""

    def __init__(
        self,
        texts: Sequence[str],
        langs: Sequence[str],
        vectors: np.ndarray,
        dates: Sequence[str | None] | None = None,
    ) -> None:
        self.texts = list(texts)
        self.langs = list(langs)
        self.dates = list(dates) if dates is not None else [None] * len(self.texts)
        self.vectors = vectors
        self.words = IdfOverlap(self.texts)
        self.grams = IdfOverlap(self.texts, analyse=char_grams)
        self._lang_array = np.array(self.langs)
        self._cross: tuple[IdfOverlap, IdfOverlap] | None = None
        self._sigs: dict[int, Signature] = {}

    def __len__(self) -> int:
        return len(self.texts)

    def sig(self, i: int) -> Signature:
        if i not in self._sigs:
            self._sigs[i] = signature(self.texts[i], self.langs[i])
        return self._sigs[i]

    def candidates(
        self, query_vec: np.ndarray, allowed: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """The pool rows (of ``allowed``, all when None) by cosine with ``query_vec``, nearest
        first, and their cosines."""
        rows = np.arange(len(self)) if allowed is None else np.asarray(allowed, dtype=int)
        cosines = self.vectors[rows] @ query_vec
        order = np.argsort(-cosines, kind="stable")
        return rows[order], cosines[order]

    def cross_lingual(self) -> tuple[IdfOverlap, IdfOverlap]:
        """Word and letter-gram indexes with country-level names damped (built on first use);
        the word index holds the texts glossed in English
        (:func:`~claimgraph.link.translation.gloss`). Letter grams stay on the texts as
        written: glossed grams cost the real nl<->en tuning pairs one en->nl hit."""
        if self._cross is None:
            glossed = [gloss(t, lang) for t, lang in zip(self.texts, self.langs, strict=True)]
            self._cross = (
                IdfOverlap(glossed, country_weight=COUNTRY_WEIGHT),
                IdfOverlap(self.texts, analyse=char_grams, country_weight=COUNTRY_WEIGHT),
            )
        return self._cross

    def _overlaps(self, text: str, lang: str, rows: np.ndarray) -> tuple[np.ndarray, ...]:
        """Word and gram scores and word coverage of ``text`` against ``rows``; rows in another
        language than ``lang`` are scored with country-level names damped."""
        same = self._lang_array[rows] == lang
        values = _overlap_values(self.words, self.grams, text, text, rows)
        if same.all():
            return values
        cross = _overlap_values(*self.cross_lingual(), gloss(text, lang), text, rows)
        return tuple(np.where(same, a, b) for a, b in zip(values, cross, strict=True))

    def features(self, text: str, lang: str, rows: np.ndarray, cosines: np.ndarray) -> np.ndarray:
        """The :data:`FEATURES` of ``text`` against each pool row in ``rows``."""
        word_scores, gram_scores, cover_query, cover_candidate = self._overlaps(text, lang, rows)
        query_sig = signature(text, lang)
        out = np.zeros((len(rows), len(FEATURES)))
        out[:, 0] = cosines
        out[:, 1] = word_scores
        out[:, 2] = gram_scores
        out[:, 3] = cover_query
        out[:, 4] = cover_candidate
        for n, row in enumerate(rows):
            out[n, 5:12] = agreement_features(query_sig, self.sig(int(row)))
        out[:, 12] = _reciprocal_ranks(cosines)
        out[:, 13] = _reciprocal_ranks(word_scores)
        out[:, 14] = _reciprocal_ranks(gram_scores)
        return out

    def word_scores(self, text: str, lang: str, rows: np.ndarray) -> np.ndarray:
        """Rarity-weighted word overlap of ``text`` with each row of ``rows`` (glossed across
        languages, as in :meth:`features`)."""
        scores = self.words.scores(text)[rows]
        other = self._lang_array[rows] != lang
        if other.any():
            cross = self.cross_lingual()[0].scores(gloss(text, lang))[rows]
            scores = np.where(other, cross, scores)
        return scores

    def day_gap_scores(self, date: str | None, rows: np.ndarray, model: RerankModel) -> np.ndarray:
        """The ``model``'s day-gap prior of each of ``rows`` against a query of ``date`` (0 where
        either date is unknown, and everywhere for a model without one)."""
        if model.day_gap is None:
            return np.zeros(len(rows))
        return model.day_gap.scores(date, [self.dates[int(r)] for r in rows])

    def shortlist(
        self,
        text: str,
        lang: str,
        query_vec: np.ndarray,
        allowed: np.ndarray | None = None,
        model: RerankModel | None = None,
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The rows to rerank and their cosines: the ``model.candidates`` nearest by cosine,
        then up to ``model.lexical_candidates`` of the rest that share the most word weight
        with ``text`` (none without shared words); and the remaining rows, nearest first."""
        model = model or default_model()
        rows, cosines = self.candidates(query_vec, allowed)
        k = min(model.candidates, len(rows))
        extra = np.zeros(0, dtype=int)
        if model.lexical_candidates and len(rows) > k:
            overlap = self.word_scores(text, lang, rows[k:])
            best = np.argsort(-overlap, kind="stable")[: model.lexical_candidates]
            extra = np.sort(best[overlap[best] > 0]) + k
        chosen = np.concatenate([np.arange(k), extra])
        rest = np.setdiff1d(np.arange(len(rows)), chosen, assume_unique=True)
        return rows[chosen], cosines[chosen], rows[rest]

    def rank(
        self,
        text: str,
        lang: str,
        query_vec: np.ndarray,
        allowed: np.ndarray | None = None,
        model: RerankModel | None = None,
        date: str | None = None,
    ) -> list[int]:
        """Pool rows (of ``allowed``), best match first: the :meth:`shortlist` in reranked
        order (the query published on ``date``, when known), then the rest by cosine."""
        model = model or default_model()
        chosen, cosines, rest = self.shortlist(text, lang, query_vec, allowed, model)
        if not len(chosen):
            return []
        scores = model.score(self.features(text, lang, chosen, cosines * model.cosine_scale))
        scores = scores + self.day_gap_scores(date, chosen, model)
        top = chosen[np.argsort(-scores, kind="stable")]
        return [int(r) for r in top] + [int(r) for r in rest]


def agreement_features(a: Signature, b: Signature) -> list[float]:
    """Entity, number, date and negation agreement of two signatures (features 5..11)."""
    both_entities = bool(a.entities and b.entities)
    shared = len(a.entities & b.entities) / len(a.entities | b.entities) if both_entities else 0.0
    both_numbers = bool(a.numbers and b.numbers)
    agree = both_numbers and numbers_agree(a.numbers, b.numbers)
    both_dates = bool(a.dates and b.dates)
    same_date = both_dates and bool(a.dates & b.dates)
    return [
        shared,
        float(both_entities and not shared),
        float(agree),
        float(both_numbers and not agree),
        float(same_date),
        float(both_dates and not same_date),
        float(a.negated != b.negated),
    ]


def _overlap_values(
    words: IdfOverlap, grams: IdfOverlap, word_text: str, gram_text: str, rows: np.ndarray
) -> tuple[np.ndarray, ...]:
    cover_query, cover_candidate = words.coverage(word_text)
    return (
        words.scores(word_text)[rows],
        grams.scores(gram_text)[rows],
        cover_query[rows],
        cover_candidate[rows],
    )


def _reciprocal_ranks(scores: np.ndarray) -> np.ndarray:
    ranks = np.empty(len(scores))
    ranks[np.argsort(-scores, kind="stable")] = np.arange(1, len(scores) + 1)
    return 1.0 / ranks


def fit_weights(
    groups: Sequence[tuple[np.ndarray, int]],
    l2: float = 1e-3,
    steps: int = 3000,
    learning_rate: float = 0.05,
    seed: int = 0,
) -> np.ndarray:
    """Weights that rank each group's gold row first: softmax cross-entropy over the rows of
    each group (``(features, gold_row)``), L2-penalised, minimised with Adam. Groups whose gold
    row is missing (gold < 0) are skipped."""
    usable = [(f, g) for f, g in groups if g >= 0 and len(f) > 1]
    if not usable:
        raise ValueError("no group has its gold candidate")
    width = usable[0][0].shape[1]
    sizes = np.array([len(f) for f, _ in usable])
    features = np.concatenate([f for f, _ in usable])
    owner = np.repeat(np.arange(len(usable)), sizes)
    gold = np.concatenate(([0], np.cumsum(sizes)[:-1])) + np.array([g for _, g in usable])
    weights = np.random.default_rng(seed).normal(0, 0.01, width)
    moment, velocity = np.zeros(width), np.zeros(width)
    for step in range(1, steps + 1):
        scores = features @ weights
        peak = np.full(len(usable), -np.inf)
        np.maximum.at(peak, owner, scores)
        exp = np.exp(scores - peak[owner])
        total = np.bincount(owner, exp, minlength=len(usable))
        prob = exp / total[owner]
        grad = features.T @ prob - features[gold].sum(axis=0)
        grad = grad / len(usable) + 2 * l2 * weights
        moment = 0.9 * moment + 0.1 * grad
        velocity = 0.999 * velocity + 0.001 * grad**2
        weights -= (
            learning_rate
            * (moment / (1 - 0.9**step))
            / (np.sqrt(velocity / (1 - 0.999**step)) + 1e-8)
        )
    return weights


def write_weights(
    weights: np.ndarray,
    candidates: int,
    provenance: str,
    path: Path,
    lexical_candidates: int = LEXICAL_CANDIDATES,
) -> None:
    """Write fitted weights as ``rerank.toml`` (``provenance``: comment lines on top)."""
    lines = [f"# {line}" if line else "#" for line in provenance.splitlines()]
    lines += ["", f"candidates = {candidates}", f"lexical_candidates = {lexical_candidates}"]
    lines += ["", "[weights]"]
    lines += [f"{name} = {float(w):.6f}" for name, w in zip(FEATURES, weights, strict=True)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
