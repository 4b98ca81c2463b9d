"""crfsuite's tags for feature rows, with the state scores added up here (issue #9).

``pycrfsuite.Tagger.tag`` spends almost all of its time handing over the ~35 attribute names
of each token and looking each up in the model's dictionary; its Viterbi is cheap. Here every
feature arrives as its row in the model's state-weight matrix (``learned_features`` looks the
name up once per distinct word), numpy adds each token's rows, and crfsuite's own Viterbi runs
on those sums: it is given a copy of the model in which ``L`` attributes (one per label) carry
weight 1.0 to their label and nothing else, and each token as those ``L`` attributes valued with
its scores. crfsuite computes a state score as ``0 + weight * value`` per attribute and label
(``crf1d_tag.c``), which gives back each sum unchanged, so the tags are crfsuite's own, ties
included, provided the sums are: they add the rows one attribute position at a time, from 0, in
item order, the double additions crfsuite does (a label an attribute has no feature for gets
0.0 added, which changes no sum). Where the library allows, the sums skip the tagger's items and
go straight to crfsuite's Viterbi search (``crf_viterbi.py``), which gives the same tags.

Model layout (``crf1d_model.c``, little-endian): a header of counts and chunk offsets, a
feature table of (type, source attribute, destination label, weight) records, the label and
attribute dictionaries (``cqdb.c``) and, per attribute, the ids of its state features.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from itertools import chain

import numpy as np

from claimgraph.extract.crf_viterbi import Viterbi, crfsuite_viterbi

_FEATURE = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])
_FEATURE_RECORD = struct.Struct("<IIId")
_STATE = 0  # crfsuite's feature type of an (attribute, label) weight
_TRANSITION = 1  # crfsuite's feature type of a (label, label) weight
_HEADER = struct.Struct("<7I")  # labels, attributes, then the offsets of the five chunks
_HEADER_AT = 20
_CHUNK_HEAD = 12  # a chunk's magic, size and item count


@dataclass(frozen=True)
class ScoreTagger:
    """A crfsuite model read for tagging feature rows (see the module docstring).

    ``rows``: each attribute name's row of ``state`` (``state`` has a last row of zeros);
    ``carriers``: the attribute that carries each label's score in ``tagger``'s model copy,
    which ``model`` holds (crfsuite reads it in place)."""

    rows: dict[str, int]
    state: np.ndarray
    carriers: tuple[bytes, ...]
    tagger: object
    model: bytes
    # the labels in id order, and crfsuite's Viterbi called on the scores (crf_viterbi.py;
    # None: the tagger is given each token's carriers instead)
    labels: tuple[str, ...] = ()
    viterbi: Viterbi | None = None
    # the model's (label, label) weights, [i][j] from label i to label j (for marginals)
    transitions: np.ndarray | None = field(default=None, repr=False, compare=False)
    item: Callable[..., dict[bytes, float]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "item", _item_builder(self.carriers))

    def tag(self, items: Sequence[Sequence[int]]) -> list[str]:
        """The labels crfsuite gives a sequence whose tokens have the attributes of ``items``
        (rows of ``state``, in the order crfsuite would be given their names)."""
        return self.tag_scores(state_scores(self.state, items))

    def tag_scores(self, scores: np.ndarray) -> list[str]:
        """The labels crfsuite gives a sequence whose tokens have the state ``scores``
        (one row per token, one column per label)."""
        if self.viterbi is None:
            return self.tagger_tags(scores)
        return list(map(self.labels.__getitem__, self.viterbi.best_path(scores)))

    def tagger_tags(self, scores: np.ndarray) -> list[str]:
        """:meth:`tag_scores` through the tagger: each token an item of its carriers."""
        valued = list(map(self.item, *scores.T.tolist()))
        return self.tagger.tag(valued)  # type: ignore[attr-defined]


def _item_builder(carriers: tuple[bytes, ...]) -> Callable[..., dict[bytes, float]]:
    """A function from a token's score per label to its crfsuite item ``{carrier: score}``, in
    label order. Generated (as ``collections.namedtuple`` generates its methods) because a dict
    display over named arguments builds an item in half the time ``dict(zip(carriers, row))``
    takes, and the number of labels is the model's; the source holds only generated names."""
    names = [f"s{n}" for n in range(len(carriers))]
    pairs = ", ".join(f"k{n}: {name}" for n, name in enumerate(names))
    keys = {f"k{n}": carrier for n, carrier in enumerate(carriers)}
    return eval(f"lambda {', '.join(names)}: {{{pairs}}}", keys)


def read_score_tagger(model: bytes) -> ScoreTagger:
    """A :class:`ScoreTagger` for the crfsuite model file ``model``."""
    import pycrfsuite

    if model[:4] != b"lCRF":
        raise ValueError("not a crfsuite model")
    header = _HEADER.unpack_from(model, _HEADER_AT)
    num_labels, num_attrs, off_features, _, off_attrs, _, off_attrrefs = header
    if model[off_features : off_features + 4] != b"FEAT":
        raise ValueError("no feature table in the crfsuite model")
    (num_features,) = struct.unpack_from("<I", model, off_features + 8)
    features = np.frombuffer(model, _FEATURE, num_features, off_features + _CHUNK_HEAD)
    state = np.zeros((num_attrs + 1, num_labels))
    found = features[features["type"] == _STATE]
    if len(np.unique(found["src"].astype(np.int64) * num_labels + found["dst"])) != len(found):
        raise ValueError("two state features for one attribute and label")
    state[found["src"], found["dst"]] = found["weight"]
    names = dictionary_keys(model, off_attrs, num_attrs)
    rows = {name.decode("utf-8", "surrogateescape"): row for row, name in enumerate(names)}
    copy = bytearray(model)
    carriers = []
    chosen = _carriers(model, off_attrrefs, num_attrs, num_labels)
    for label, (attribute, fids) in enumerate(chosen):
        for n, fid in enumerate(fids):  # weight 1.0 to the label, then 0.0s to it
            record = off_features + _CHUNK_HEAD + fid * _FEATURE.itemsize
            weight = 1.0 if n == 0 else 0.0
            _FEATURE_RECORD.pack_into(copy, record, _STATE, attribute, label, weight)
        carriers.append(names[attribute])
    kept = bytes(copy)
    tagger = pycrfsuite.Tagger()
    tagger.open_inmemory(kept)
    transitions = _transitions(features, num_labels)
    labels = tuple(tagger.labels())
    scorer = ScoreTagger(rows, state, tuple(carriers), tagger, kept, labels, None, transitions)
    ids = {label: n for n, label in enumerate(scorer.labels)}
    viterbi = crfsuite_viterbi(transitions, lambda s: [ids[t] for t in scorer.tagger_tags(s)])
    return replace(scorer, viterbi=viterbi) if viterbi is not None else scorer


def _transitions(features: np.ndarray, num_labels: int) -> np.ndarray:
    """The model's (label, label) weights, ``[i][j]`` from label i to label j, as
    ``crf1d_tag.c`` fills them from its transition features (0.0 where it has none)."""
    found = features[features["type"] == _TRANSITION]
    if len(np.unique(found["src"].astype(np.int64) * num_labels + found["dst"])) != len(found):
        raise ValueError("two transition features for one pair of labels")
    transitions = np.zeros((num_labels, num_labels))
    transitions[found["src"], found["dst"]] = found["weight"]
    return transitions


def attribute_names(model: bytes) -> list[bytes]:
    """The attribute names of the crfsuite model file ``model``, in id order."""
    if model[:4] != b"lCRF":
        raise ValueError("not a crfsuite model")
    _, num_attrs, _, _, off_attrs, _, _ = _HEADER.unpack_from(model, _HEADER_AT)
    return dictionary_keys(model, off_attrs, num_attrs)


def dictionary_keys(model: bytes, offset: int, count: int) -> list[bytes]:
    """The keys of a crfsuite string dictionary (``cqdb.c``) in id order, read through its
    id -> record table (a record is id, key size, NUL-terminated key)."""
    if model[offset : offset + 4] != b"CQDB":
        raise ValueError("no string dictionary in the crfsuite model")
    bwd_size, bwd_offset = struct.unpack_from("<2I", model, offset + 16)
    if bwd_size < count:
        raise ValueError("incomplete string dictionary in the crfsuite model")
    keys = []
    for record in struct.unpack_from(f"<{count}I", model, offset + bwd_offset):
        start = offset + record + 8  # past the record's id and key size
        (size,) = struct.unpack_from("<I", model, start - 4)
        keys.append(model[start : start + size - 1])
    return keys


def _carriers(
    model: bytes, off_attrrefs: int, num_attrs: int, count: int
) -> list[tuple[int, tuple[int, ...]]]:
    """The first ``count`` attributes with a state feature, each with its features' ids."""
    found = []
    for attribute in range(num_attrs):
        (refs,) = struct.unpack_from("<I", model, off_attrrefs + _CHUNK_HEAD + 4 * attribute)
        (num,) = struct.unpack_from("<I", model, refs)
        if num:
            found.append((attribute, struct.unpack_from(f"<{num}I", model, refs + 4)))
            if len(found) == count:
                return found
    raise ValueError("too few attributes in the crfsuite model")


def state_scores(state: np.ndarray, items: Sequence[Sequence[int]]) -> np.ndarray:
    """Each token's score per label: the rows of its attributes added one attribute position
    at a time, from 0, as crfsuite adds them (tokens with the most attributes first, so that
    the tokens still adding at each position are a prefix)."""
    scores = np.zeros((len(items), state.shape[1]))
    add_state_rows(state, scores, items)
    return scores


def add_state_rows(state: np.ndarray, scores: np.ndarray, items: Sequence[Sequence[int]]) -> None:
    """Add to each token's ``scores`` the rows of its attributes in ``items``, one attribute
    position at a time (see :func:`state_scores`)."""
    counts = np.fromiter(map(len, items), np.intp, len(items))
    if not counts.any():
        return
    flat = np.fromiter(chain.from_iterable(items), np.intp, int(counts.sum()))
    order = np.argsort(-counts, kind="stable")
    starts = (np.cumsum(counts) - counts)[order]
    sizes = counts[order]
    adding = np.count_nonzero(sizes[:, None] > np.arange(sizes[0]), axis=0).tolist()
    ordered = scores[order]
    for position, count in enumerate(adding):
        ordered[:count] += state.take(flat[starts[:count] + position], axis=0)
    scores[order] = ordered
