"""Train the English attribution CRF on PolNeAR train; score it on PolNeAR dev and Wikinews dev.

    nice -n 10 .venv/bin/python train/train_attribution_en.py            # train + evaluate
    nice -n 10 .venv/bin/python train/train_attribution_en.py --no-syntax  # without the parse
    .venv/bin/python train/train_attribution_en.py --eval-only           # evaluate shipped model
    .venv/bin/python train/train_attribution_en.py --conventions dev     # pipeline, before/after
                                                                          # the PolNeAR adapter
    nice -n 10 .venv/bin/python train/train_attribution_en.py --conventions train --every 5 \
        --heldout /tmp/crf-train5  # train/5 scored by a CRF trained on the other 4/5 (~6 min once)

Writes ``src/claimgraph/extract/models/attribution-en.crfsuite`` and ``attribution-en.meta.json``
(data commit, feature set, parameters, cue lexicon, dev scores). Deterministic: crfsuite's L-BFGS
has no randomness and documents are read in sorted order.

Features: ``paragraph-crf-v2+syntax`` by default, the training articles parsed by the trained
English pipeline as the extraction pipeline parses every article (POS, dependency relation and
governing cue, as for the Dutch model; ``learned.load_model`` reads the feature set from the
meta); ``--no-syntax`` trains ``paragraph-crf-v2`` on tokens and sentences only.

Labels: PolNeAR is univocal (each token has one role in one attribution), but the reader merges
discontinuous content into one span (``"A," he said, "B"``), which then covers the cue and source.
Tokens get SOURCE and CUE from every attribution first, CONTENT only where still unlabelled, so
the merged content splits into chunks around its cue again; where content spans of two
attributions overlap (133 pairs in train) the earlier attribution keeps the tokens.
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

import pycrfsuite

from claimgraph.evaluation.attribution import score_attributions
from claimgraph.evaluation.gold import read_gold_jsonl, read_polnear
from claimgraph.evaluation.polnear import score_polnear
from claimgraph.extract import learned
from claimgraph.extract.attribution import extract_attributions
from claimgraph.extract.conventions import CONVENTIONS
from claimgraph.extract.learned import (
    attributions_from_tags,
    combine,
    load_model,
    meta_path,
    model_path,
    tag_document,
)
from claimgraph.extract.learned_features import (
    FEATURE_SET,
    SYNTAX_FEATURE_SET,
    document_features,
    lexicon_digest,
)
from claimgraph.lang import load_lang
from claimgraph.model import Document
from claimgraph.nlp import load
from claimgraph.pipeline import UNUSED_COMPONENTS, annotate_many
from claimgraph.settings import data_dir

PARAMS = {
    "c1": 0.15,  # chosen on held-out PolNeAR train/5: bench/results/attribution-polnear.md
    "c2": 0.05,
    "max_iterations": 250,
    "feature.minfreq": 2,
    "feature.possible_transitions": True,
}
LEXICON_MIN_COUNT = 3
LEXICON_MIN_SHARE = 0.25  # a word enters the learned cue lexicon if it is a cue this often


def data_commit() -> str:
    """The PolNeAR commit recorded in shared/data/SOURCE.md."""
    source = (data_dir() / "SOURCE.md").read_text(encoding="utf-8")
    found = re.search(r"networkdynamics/PolNeAR@([0-9a-f]{40})", source)
    return found.group(1) if found else "unknown"


def parse_all(documents: list[Document], trained: bool = False):
    """Tokens and sentences; with ``trained`` the full pipeline's tags and parse too (as
    ``annotate_many`` parses, without the recogniser), which the syntax features and the rules
    need (spaCy can crash walking the children of a long Doc that was never parsed)."""
    nlp = load("en", trained=trained)
    return list(nlp.pipe((d.text for d in documents), disable=UNUSED_COMPONENTS))


def token_roles(parsed, document: Document) -> list[str]:
    """BIO tag per Doc token from the gold attributions (see module docstring)."""
    roles: list[tuple[str, int] | None] = [None] * len(parsed)
    starts = [t.idx for t in parsed]

    def mark(span, role, owner, only_free):
        if span is None:
            return
        for i, start in enumerate(starts):
            inside = span[0] <= start < span[1] and not parsed[i].is_space
            if inside and (not only_free or roles[i] is None):
                roles[i] = (role, owner)

    for n, att in enumerate(document.attributions):
        mark(att.speaker_span, "SOURCE", n, False)
        mark(att.cue_span, "CUE", n, False)
    for n, att in enumerate(document.attributions):
        mark(att.content_span, "CONTENT", n, True)
    tags = []
    previous = None
    for role in roles:
        if role is None:
            tags.append("O")
        else:
            tags.append(("I-" if role == previous else "B-") + role[0])
        previous = role
    return tags


def learn_cue_lexicon(parsed_docs, tag_lists) -> list[str]:
    """Lowercased words tagged CUE at least LEXICON_MIN_SHARE of the time (and 3 times)."""
    total: Counter[str] = Counter()
    as_cue: Counter[str] = Counter()
    for parsed, tags in zip(parsed_docs, tag_lists, strict=True):
        for tok, tag in zip(parsed, tags, strict=True):
            low = tok.text.lower()
            total[low] += 1
            as_cue[low] += tag.endswith("CUE")
    return sorted(
        w
        for w, n in as_cue.items()
        if n >= LEXICON_MIN_COUNT and n / total[w] >= LEXICON_MIN_SHARE and w.isalpha()
    )


def train(train_dir: Path, syntax: bool = True) -> dict:
    """Train on every article of ``train_dir`` and write the shipped model; its meta."""
    started = time.time()
    documents = read_polnear(train_dir)
    parsed_docs = parse_all(documents, trained=syntax)
    return fit(documents, parsed_docs, model_path("en"), syntax, time.time() - started)


def fit(
    documents: list[Document],
    parsed_docs: list,
    path: Path,
    syntax: bool,
    seconds_parsing: float = 0.0,
) -> dict:
    """Train a CRF on ``documents`` (parsed as ``parsed_docs``) into ``path``; its meta
    (``syntax``: with POS and dependency features, which need a parsed Doc)."""
    lang = load_lang("en")
    started = time.time()
    tag_lists = [token_roles(p, d) for p, d in zip(parsed_docs, documents, strict=True)]
    lexicon = learn_cue_lexicon(parsed_docs, tag_lists)
    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.set_params(PARAMS)
    sequences = 0
    for parsed, tags in zip(parsed_docs, tag_lists, strict=True):
        paras, features = document_features(parsed, lang, lexicon, syntax=syntax)
        for para, feats in zip(paras, features, strict=True):
            trainer.append(feats, [tags[i] for i in para.tokens])
            sequences += 1
    prepared = time.time()
    path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(path))
    finished = time.time()
    return {
        "lang": "en",
        "data": f"networkdynamics/PolNeAR@{data_commit()} (data/train, first annotator per article)",
        "feature_set": SYNTAX_FEATURE_SET if syntax else FEATURE_SET,
        "labels": ["O", "B-CUE", "I-CUE", "B-SOURCE", "I-SOURCE", "B-CONTENT", "I-CONTENT"],
        "params": PARAMS,
        "train_articles": len(documents),
        "train_attributions": sum(len(d.attributions) for d in documents),
        "train_sequences": sequences,
        "iterations": len(trainer.logparser.iterations),
        "seconds_parsing": round(seconds_parsing, 1),
        "seconds_features": round(prepared - started, 1),
        "seconds_training": round(finished - prepared, 1),
        "model_bytes": path.stat().st_size,
        "cue_lexicon": lexicon,
        "lexicon_digest": lexicon_digest(lang),
    }


def _summary(scores: dict) -> dict:
    keep = ("counts", "lenient", "strict", "speaker_accuracy", "stance_accuracy", "type_accuracy")
    return {k: scores[k] for k in keep}


def evaluate(name: str, gold: list[Document], polnear: bool = False) -> dict:
    """Rules, learned and combined predictions scored against ``gold``; with ``polnear`` the
    predictions are first converted to PolNeAR's span conventions (``evaluation/polnear.py``),
    as ``claimgraph eval attribution --format polnear`` does."""
    lang = load_lang("en")
    model = load_model("en")
    systems: dict[str, list[Document]] = {
        "rules": [],
        "learned": [],
        "combined": [],
        "learned_first": [],
    }
    started = time.time()
    for document, parsed in zip(gold, parse_all(gold, trained=True), strict=True):
        rules = extract_attributions(parsed, lang)
        learned = attributions_from_tags(parsed, lang, tag_document(parsed, lang, model))
        for system, items in (
            ("rules", rules),
            ("learned", learned),
            ("combined", combine(copy.deepcopy(rules), learned)),
            ("learned_first", combine(learned, copy.deepcopy(rules))),
        ):
            systems[system].append(
                Document(text=document.text, id=document.id, lang="en", attributions=items)
            )
    seconds = round(time.time() - started, 1)
    score = score_polnear if polnear else score_attributions
    result = {s: _summary(score(gold, docs)) for s, docs in systems.items()}
    result["seconds_all_systems"] = seconds
    print(
        name,
        json.dumps(
            {
                s: (v["lenient"], v["strict"]["f1"], v["speaker_accuracy"])
                for s, v in result.items()
                if isinstance(v, dict)
            }
        ),
    )
    return result


def dev_scores() -> dict:
    root = data_dir()
    return {
        "polnear_dev": evaluate(
            "polnear_dev", read_polnear(root / "polnear" / "dev"), polnear=True
        ),
        "wikinews_dev": evaluate(
            "wikinews_dev", read_gold_jsonl(root / "en-attribution" / "dev.jsonl")
        ),
    }


def heldout_articles(documents: list[Document], every: int) -> list[Document]:
    """The articles that ``documents[::every]`` leaves out (article k with k % every != 0)."""
    return [d for k, d in enumerate(documents) if k % every]


def heldout_model(every: int, folder: Path, syntax: bool = True) -> Path:
    """``folder`` holding a CRF trained on the PolNeAR train articles that train/``every`` does
    not score; trained there once, reused when its files are there."""
    model, meta = folder / model_path("en").name, folder / meta_path("en").name
    if not (model.is_file() and meta.is_file()):
        started = time.time()
        documents = heldout_articles(read_polnear(data_dir() / "polnear" / "train"), every)
        parsed_docs = parse_all(documents, trained=syntax)
        fitted = fit(documents, parsed_docs, model, syntax, time.time() - started)
        meta.write_text(json.dumps(fitted, indent=1) + "\n", encoding="utf-8")
    return folder


def convention_report(
    split: str, every: int = 1, mode: str = "annotation", heldout: Path | None = None
) -> dict:
    """The pipeline on a PolNeAR split (every ``every``-th article), extracting under the
    conventions ``mode``, scored as predicted and after
    :func:`~claimgraph.evaluation.polnear.to_polnear`: how much of the gap is convention. The
    shipped CRF was trained on all of train, so on train it scores its own training data; with
    ``heldout`` (a folder) train/``every`` is scored by a CRF trained on the other articles."""
    scored_by = "shipped model"
    if heldout is not None:
        if split != "train" or every < 2:
            raise SystemExit("--heldout goes with --conventions train --every N (N >= 2)")
        learned.MODELS_DIR = heldout_model(every, heldout)
        load_model.cache_clear()
        scored_by = f"held-out model in {heldout} (trained on train articles k % {every} != 0)"
    gold = read_polnear(data_dir() / "polnear" / split)[::every]
    blank = [Document(text=g.text, id=g.id, lang=g.lang, date=g.date, title=g.title) for g in gold]
    pred = list(annotate_many(blank, conventions=mode))
    report = {
        "split": split,
        "every": every,
        "extraction_conventions": mode,
        "scored_by": scored_by,
        "as_predicted": _summary(score_attributions(gold, pred)),
        "polnear_conventions": _summary(score_polnear(gold, pred)),
    }
    print(json.dumps(report))
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--eval-only", action="store_true", help="score the shipped model")
    parser.add_argument(
        "--conventions",
        metavar="SPLIT",
        help="only score the pipeline on a PolNeAR split before/after the convention adapter",
    )
    parser.add_argument("--every", type=int, default=1, help="with --conventions: every n-th")
    parser.add_argument(
        "--mode",
        choices=sorted(CONVENTIONS),
        default="annotation",
        help="with --conventions: extract under these conventions (extract/conventions.py)",
    )
    parser.add_argument(
        "--heldout",
        type=Path,
        metavar="DIR",
        help="with --conventions train --every N: score with a CRF trained on the other "
        "articles, trained into DIR once",
    )
    parser.add_argument(
        "--no-syntax",
        action="store_true",
        help=f"train {FEATURE_SET} on unparsed articles (default: {SYNTAX_FEATURE_SET})",
    )
    args = parser.parse_args(argv)
    if args.conventions:
        convention_report(args.conventions, args.every, args.mode, args.heldout)
        return 0
    if args.eval_only:
        meta = json.loads(meta_path("en").read_text(encoding="utf-8"))
    else:
        meta = train(data_dir() / "polnear" / "train", syntax=not args.no_syntax)
        meta_path("en").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
        load_model.cache_clear()
        print(f"trained in {meta['seconds_training']} s, {meta['model_bytes']} bytes")
    meta["dev_scores"] = dev_scores()
    meta_path("en").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
