"""Stance of a news headline towards a claim: ``for``, ``against`` or ``observing`` (Emergent).

Features carry to unseen claims: cue words of ``lang/en/headline_stance.toml`` (hedging,
reporting, refuting, negation), headline shape (question, ``Source: ...``, ``..., X says``),
where the first cue of each group stands, a plan or prospect the headline adds to the claim,
overlap between claim and headline, and headline words, word pairs and headline-only words
(absent from the claim) that occurred with many different claims in training. When the other
headlines about the same claim are at hand (Emergent comes grouped by claim), their cue, shape,
cue-position and overlap features are averaged and compared with this headline's
(:func:`sibling_features`); only their text is used, never a label. A linear softmax model
(weights in ``models/emergent-stance.json``, trained by ``train/train_emergent.py``) scores the
features; prediction needs only numpy and the files shipped in the package.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path

import numpy as np

from claimgraph.errors import ConfigError

MODEL_PATH = Path(__file__).parent / "models" / "emergent-stance.json"
LEXICON_PATH = Path(__file__).resolve().parent.parent / "lang" / "en" / "headline_stance.toml"
LEXICON_GROUPS = ("hedge", "report", "refute", "negation")
STOPWORDS_KEY = "stopwords"
PROSPECT_KEY = "prospect"
# cue groups whose earliest position in the headline is a feature: a cue that opens the headline
# frames all of it ("Report: ...", "Reportedly, ..."), one at the end qualifies a detail
POSITION_GROUPS = ("hedge", "report", "refute")
LABELS = ("for", "against", "observing")
# feature families whose names come from the text; training keeps the claim-general ones only
WORD_PREFIXES = ("bow:", "new:")
# features of a headline that are averaged over its claim's other headlines and compared with its own
SIBLING_KEYS = (
    "group:hedge",
    "group:report",
    "group:refute",
    "group:negation",
    "shape:question",
    "shape:source_prefix",
    "shape:source_suffix",
    "shape:says_end",
    "neg:mismatch",
    "overlap:claim",
    "overlap:headline",
    "length:headline",
    # where the first cue stands, a prospect the headline adds, quotes, a closing question mark
    # and negation in the headline (bench/results/stance.md, tenth session)
    "pos:hedge_first",
    "pos:report_first",
    "pos:refute_first",
    "future:headline_only",
    "shape:quote",
    "shape:ends_question",
    "neg:headline",
)

_TOKEN_RE = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*|[?!:\"]")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})
# "Cuba: ...", "Report: ..." — a short source before a colon opens the headline
_SOURCE_PREFIX_RE = re.compile(r"^[^:]{1,30}:\s")
# "..., officials say" / "...: monitor" — a short source closes the headline
_SOURCE_SUFFIX_RE = re.compile(
    r"(?:[:,]\s*|\s-\s)[\w .'-]{1,30}(?:says?|said|claims?|reports?)?\W*$"
)
_SAYS_END_RE = re.compile(r"\b(?:says?|said|claims?|reports?)\W*$", re.IGNORECASE)
_PUNCT = frozenset('?!:"')


@dataclass(frozen=True)
class HeadlineLexicon:
    """Cue word groups read from ``headline_stance.toml``."""

    groups: dict[str, frozenset[str]]
    stopwords: frozenset[str] = frozenset()
    prospect: frozenset[str] = frozenset()

    def group_of(self, token: str) -> list[str]:
        return [name for name, words in self.groups.items() if token in words]


@cache
def load_lexicon(path: Path = LEXICON_PATH) -> HeadlineLexicon:
    """The cue word groups; :class:`ConfigError` names the file if it is missing or invalid."""
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
        groups = {name: frozenset(w.lower() for w in data[name]) for name in LEXICON_GROUPS}
        stopwords = frozenset(w.lower() for w in data[STOPWORDS_KEY])
        prospect = frozenset(w.lower() for w in data[PROSPECT_KEY])
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError) as err:
        raise ConfigError(f"cannot read headline stance lexicon ({err})", str(path)) from err
    return HeadlineLexicon(groups, stopwords, prospect)


def tokenize(text: str) -> list[str]:
    """Lower-cased word tokens plus ``? ! : "``; contractions stay whole (``isn't``)."""
    return _TOKEN_RE.findall(text.translate(_APOSTROPHES).lower())


def _stem(token: str) -> str:
    """A crude plural/possessive strip so that "Watches"/"watch" and "ISIS's"/"ISIS" meet."""
    token = token.removesuffix("'s")
    for suffix in ("es", "s"):
        if len(token) > 4 and token.endswith(suffix):
            return token[: -len(suffix)]
    return token


def _is_negation(token: str, lexicon: HeadlineLexicon) -> bool:
    return token in lexicon.groups["negation"] or token.endswith("n't")


def _words(headline: str) -> list[str]:
    """The headline's tokens without its punctuation."""
    return [t for t in tokenize(headline) if t not in _PUNCT]


def headline_ngrams(headline: str) -> set[str]:
    """Headline words, adjacent word pairs and the first word, as ``bow:`` feature names."""
    words = _words(headline)
    grams = set(words) | {f"{a}_{b}" for a, b in pairwise(words)}
    if words:
        grams.add(f"^{words[0]}")
    return {f"bow:{g}" for g in grams}


def novel_words(claim: str, headline: str) -> set[str]:
    """Headline words absent from the claim (hedges, sources, denials), as ``new:`` names."""
    in_claim = {_stem(t) for t in tokenize(claim)}
    return {f"new:{t}" for t in tokenize(headline) if _stem(t) not in in_claim}


def _content(tokens: Iterable[str], stopwords: frozenset[str]) -> set[str]:
    return {_stem(t) for t in tokens if t.isalnum() and t not in stopwords}


def position_features(claim: str, headline: str, lexicon: HeadlineLexicon) -> dict[str, float]:
    """Where the headline's first hedge, report and refute cue stands, and a prospect it adds.

    ``pos:<group>_first`` is 1 for a cue in first place, falling towards 0 at the end (absent
    when the headline has none). ``future:headline_only`` marks a headline that puts a claim
    stated as fact into the future or the possible ("Apple Will Acquire Path" for "Apple is
    buying Path"): it reports a plan or prospect rather than asserting the claim.
    """
    words = _words(headline)
    feats: dict[str, float] = {}
    for group in POSITION_GROUPS:
        cue_words = lexicon.groups[group]
        first = next((k for k, t in enumerate(words) if t in cue_words), None)
        if first is not None:
            feats[f"pos:{group}_first"] = 1 - first / len(words)
    if lexicon.prospect.intersection(words) and not lexicon.prospect.intersection(tokenize(claim)):
        feats["future:headline_only"] = 1.0
    return feats


def cue_features(claim: str, headline: str, lexicon: HeadlineLexicon) -> dict[str, float]:
    """Lexicon, shape and overlap features (everything but the headline n-grams)."""
    h_tokens, c_tokens = tokenize(headline), tokenize(claim)
    feats: dict[str, float] = {}
    for token in set(h_tokens):
        for group in lexicon.group_of(token):
            feats[f"cue:{group}:{token}"] = 1.0
            feats[f"group:{group}"] = feats.get(f"group:{group}", 0.0) + 1.0
    h_neg = any(_is_negation(t, lexicon) for t in h_tokens)
    c_neg = any(_is_negation(t, lexicon) for t in c_tokens)
    shape = {
        "shape:question": "?" in h_tokens,
        "shape:ends_question": headline.rstrip().endswith("?"),
        "shape:quote": '"' in h_tokens or "'" in headline.translate(_APOSTROPHES).replace("'s", ""),
        "shape:source_prefix": bool(_SOURCE_PREFIX_RE.match(headline)),
        "shape:source_suffix": bool(_SOURCE_SUFFIX_RE.search(headline)),
        "shape:says_end": bool(_SAYS_END_RE.search(headline)),
        "neg:headline": h_neg,
        "neg:claim": c_neg,
        "neg:mismatch": h_neg != c_neg,
    }
    feats.update({name: 1.0 for name, on in shape.items() if on})
    c_content = _content(c_tokens, lexicon.stopwords)
    h_content = _content(h_tokens, lexicon.stopwords)
    shared = len(c_content & h_content)
    feats["overlap:claim"] = shared / max(1, len(c_content))
    feats["overlap:headline"] = shared / max(1, len(h_content))
    feats["length:headline"] = min(len(h_tokens), 40) / 40
    feats.update(position_features(claim, headline, lexicon))
    return feats


def pair_features(claim: str, headline: str, lexicon: HeadlineLexicon) -> dict[str, float]:
    """All features of one claim/headline pair, by name (absent names are 0)."""
    feats = cue_features(claim, headline, lexicon)
    feats.update(dict.fromkeys(headline_ngrams(headline), 1.0))
    feats.update(dict.fromkeys(novel_words(claim, headline), 1.0))
    return feats


def _presence(feats: Mapping[str, float], key: str) -> float:
    """A feature's value, with cue group counts reduced to 0/1 so that siblings compare evenly."""
    value = feats.get(key, 0.0)
    return min(value, 1.0) if key.startswith("group:") else value


def sibling_features(
    own: Mapping[str, float], siblings: Sequence[Mapping[str, float]]
) -> dict[str, float]:
    """This headline against the other headlines of its claim (their :func:`pair_features`).

    ``sib:<key>`` is the siblings' mean of each :data:`SIBLING_KEYS` feature (how hedged,
    sourced or disputed the claim's coverage is overall) and ``sibdiff:<key>`` is how far this
    headline lies above or below that mean. A headline without siblings is its own context
    (means equal its own values, differences 0), the way a one-headline claim is trained.
    """
    siblings = siblings or [own]
    feats: dict[str, float] = {}
    for key in SIBLING_KEYS:
        mean = sum(_presence(s, key) for s in siblings) / len(siblings)
        feats[f"sib:{key}"] = mean
        feats[f"sibdiff:{key}"] = _presence(own, key) - mean
    return feats


def claim_group_features(
    claim: str, headlines: Sequence[str], lexicon: HeadlineLexicon
) -> list[dict[str, float]]:
    """Features of each headline about ``claim``, each compared with all the others."""
    pairs = [pair_features(claim, headline, lexicon) for headline in headlines]
    return [
        {**feats, **sibling_features(feats, pairs[:i] + pairs[i + 1 :])}
        for i, feats in enumerate(pairs)
    ]


@dataclass(frozen=True)
class StanceModel:
    """A linear softmax model over named features."""

    labels: tuple[str, ...]
    features: dict[str, int]
    coef: np.ndarray  # (n_labels, n_features)
    intercept: np.ndarray  # (n_labels,)

    def vectorize(self, feats: Mapping[str, float]) -> np.ndarray:
        x = np.zeros(len(self.features))
        for name, value in feats.items():
            j = self.features.get(name)
            if j is not None:
                x[j] = value
        return x

    def probabilities(self, feats: Mapping[str, float]) -> dict[str, float]:
        scores = self.coef @ self.vectorize(feats) + self.intercept
        exp = np.exp(scores - scores.max())
        return dict(zip(self.labels, (exp / exp.sum()).tolist(), strict=True))

    def to_dict(self) -> dict:
        names = sorted(self.features, key=self.features.__getitem__)
        return {
            "labels": list(self.labels),
            "features": names,
            "coef": np.round(self.coef, 6).tolist(),
            "intercept": np.round(self.intercept, 6).tolist(),
        }

    @classmethod
    def from_dict(cls, data: Mapping) -> StanceModel:
        coef = np.asarray(data["coef"], dtype=float)
        intercept = np.asarray(data["intercept"], dtype=float)
        features = {name: j for j, name in enumerate(data["features"])}
        if coef.shape != (len(data["labels"]), len(features)) or intercept.shape != (
            coef.shape[0],
        ):
            raise ValueError(f"weights of shape {coef.shape} do not fit the feature list")
        return cls(tuple(data["labels"]), features, coef, intercept)


def save_model(model: StanceModel, path: Path, meta: Mapping | None = None) -> None:
    """Write the model (and training metadata) as JSON."""
    data = {"meta": dict(meta or {}), **model.to_dict()}
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


@cache
def load_model(path: Path = MODEL_PATH) -> StanceModel:
    """The shipped model; :class:`ConfigError` names the file if it is missing or invalid."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return StanceModel.from_dict(data)
    except (OSError, ValueError, KeyError, TypeError) as err:
        raise ConfigError(f"cannot read headline stance model ({err})", str(path)) from err


def headline_group_scores(claim: str, headlines: Sequence[str]) -> list[dict[str, float]]:
    """Probabilities of ``for``/``against``/``observing`` for every headline about ``claim``,
    each read next to the other headlines (see :func:`sibling_features`)."""
    model = load_model()
    return [model.probabilities(f) for f in claim_group_features(claim, headlines, load_lexicon())]


def headline_stance_scores(
    claim: str, headline: str, siblings: Sequence[str] = ()
) -> dict[str, float]:
    """Probability of ``for``, ``against`` and ``observing`` for the headline towards the claim;
    ``siblings`` are other headlines about the same claim, if known."""
    return headline_group_scores(claim, [headline, *siblings])[0]


def _best(scores: Mapping[str, float]) -> str:
    return max(scores, key=scores.__getitem__)


def predict_headline_stances(claim: str, headlines: Sequence[str]) -> list[str]:
    """``for``, ``against`` or ``observing`` for each headline about one claim."""
    return [_best(scores) for scores in headline_group_scores(claim, headlines)]


class HeadlineStancePredictor:
    """Call it on one pair, or give :meth:`predict_group` all headlines of a claim.

    :func:`claimgraph.evaluation.stance.score_emergent` uses ``predict_group`` when present, so
    that an evaluation file grouped by claim is read the way the model was trained.
    """

    def __call__(self, claim: str, headline: str, siblings: Sequence[str] = ()) -> str:
        """``for``, ``against`` or ``observing``: what the headline does with the claim."""
        return _best(headline_stance_scores(claim, headline, siblings))

    def predict_group(self, claim: str, headlines: Sequence[str]) -> list[str]:
        return predict_headline_stances(claim, headlines)


predict_headline_stance = HeadlineStancePredictor()
