"""Train the Dutch attribution CRF on nl-attribution train; compare systems on dev and in CV.

    nice -n 10 .venv/bin/python train/train_attribution_nl.py              # CV + train + dev
    nice -n 10 .venv/bin/python train/train_attribution_nl.py --eval-only  # shipped model on dev

Systems: the rules, the dependency extractor (``extract/dependency.py``), the CRF, and their
combinations with ``combine`` (rules first). Each is scored on dev and by 4-fold cross-validation
over the train articles (fold = article index % 4; the CRF and its cue lexicon are refit on the
other three folds). Writes ``src/claimgraph/extract/models/attribution-nl.crfsuite`` and
``attribution-nl.meta.json`` (data, feature set, parameters, cue lexicon, scores) and prints a
Markdown table for ``bench/results/attribution-nl.md``. Deterministic (L-BFGS, file order).

``--extra dev check1-read check2-read`` adds other gold to the training data of the shipped
model and of every CV fold (the CV still scores train's held-out fold only): nl dev and the read
halves of the Dutch check sets, whose texts ``bench/data/attribution/build_nl_check.py`` rebuilds
from the shared corpus. A set trained on is no longer held out. The shipped model is trained on
train alone: in the full pipeline's 4-fold CV all three extras lowered lenient F1 (0.875 ->
0.867, eleventh session, ``bench/results/attribution-nl.md``). ``--cv-only`` writes no model.

Labels as for English (``train_attribution_en.token_roles``): SOURCE and CUE first, CONTENT
where still free, so content split by its cue becomes two chunks again.
"""

from __future__ import annotations

import argparse
import copy
import importlib.util
import json
import sys
import tempfile
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path
from types import ModuleType

import pycrfsuite
from spacy.tokens import Doc

from claimgraph.evaluation.attribution import score_attributions
from claimgraph.evaluation.gold import read_gold_jsonl
from claimgraph.extract.attribution import extract_attributions
from claimgraph.extract.dependency import extract_attributions_dependency
from claimgraph.extract.learned import (
    LearnedModel,
    attributions_from_tags,
    combine,
    load_model,
    meta_path,
    model_path,
    tag_document,
)
from claimgraph.extract.learned_features import (
    SYNTAX_FEATURE_SET,
    document_features,
    lexicon_digest,
)
from claimgraph.lang import LangData, load_lang
from claimgraph.model import Attribution, Document
from claimgraph.nlp import load
from claimgraph.settings import data_dir

sys.path.insert(0, str(Path(__file__).parent))
from train_attribution_en import learn_cue_lexicon, token_roles

PARAMS = {
    "c1": 0.5,
    "c2": 0.05,
    "max_iterations": 200,
    "feature.minfreq": 2,
    "feature.possible_transitions": True,
}
FOLDS = 4
# Word-pair features only memorise the training articles: without them (and with c1 0.5 for
# 0.1) the pipeline's out-of-fold lenient F1 on train rose 0.818 -> 0.823 (fifth session).
DROPPED_FEATURES = ("bi-1=", "bi+1=")
SYSTEMS = ("rules", "dependency", "crf", "rules+dependency", "rules+crf", "all")
Split = tuple[list[Document], list[Doc]]
CHECK_BUILDER = Path(__file__).parents[1] / "bench" / "data" / "attribution" / "build_nl_check.py"
# gold that --extra may add to train: where each source's articles come from
SOURCES = {
    "train": "shared/data/nl-attribution/train.jsonl (48 articles, see its NOTES and CHANGES)",
    "dev": "shared/data/nl-attribution/dev.jsonl (13 articles)",
    "check1-read": "read half of bench/data/attribution/nl_check_*.tsv (5 DPG articles)",
    "check2-read": "read half of bench/data/attribution/nl_check2_*.tsv (5 DPG articles)",
}
EXTRA_SOURCES = tuple(name for name in SOURCES if name != "train")
CHECK_READ = "check{}-read"


def read_gold(source: str) -> list[Document]:
    """Gold documents of a source of ``SOURCES``: a split of nl-attribution, or the read half
    of a Dutch check set with its texts rebuilt from the shared corpus."""
    for number in _check_builder().CHECK_SETS:
        if source == CHECK_READ.format(number):
            return check_read_half(number)
    return read_gold_jsonl(data_dir() / "nl-attribution" / f"{source}.jsonl")


def check_read_half(number: int) -> list[Document]:
    """The read half of Dutch check set ``number``: its standoff gold on the rebuilt texts
    (``build`` checks each text against its recorded sha256)."""
    builder = _check_builder()
    check = builder.CHECK_SETS[number]
    records = builder.halves(builder.build(check=check), check)["read"]
    return [Document.from_dict(record) for record in records]


@cache
def _check_builder() -> ModuleType:
    """``build_nl_check.py``, loaded from its path (``bench/data`` is no package)."""
    spec = importlib.util.spec_from_file_location("build_nl_check", CHECK_BUILDER)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {CHECK_BUILDER}")
    builder = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = builder  # its dataclasses look their module up while it loads
    spec.loader.exec_module(builder)
    return builder


def read_split(name: str) -> Split:
    """Gold documents of one source and their parses (the trained Dutch pipeline)."""
    gold = read_gold(name)
    return gold, list(load("nl").pipe(d.text for d in gold))


def joined(*splits: Split) -> Split:
    """The articles of ``splits`` in order, as one split."""
    return [g for s in splits for g in s[0]], [p for s in splits for p in s[1]]


def fit(split: Split, path: Path, params: dict = PARAMS) -> LearnedModel:
    """Train a CRF on ``split`` into ``path`` and open it."""
    lang = load_lang("nl")
    gold, parsed = split
    tag_lists = [token_roles(p, d) for p, d in zip(parsed, gold, strict=True)]
    lexicon = learn_cue_lexicon(parsed, tag_lists)
    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.set_params(params)
    for doc, tags in zip(parsed, tag_lists, strict=True):
        paras, features = document_features(doc, lang, lexicon, syntax=True)
        for para, feats in zip(paras, features, strict=True):
            trainer.append(_kept(feats), [tags[i] for i in para.tokens])
    trainer.train(str(path))
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    meta = {"feature_set": SYNTAX_FEATURE_SET, "cue_lexicon": lexicon}
    return LearnedModel(tagger, frozenset(lexicon), meta)


def _kept(features: list[list[str]]) -> list[list[str]]:
    """Each token's features without the ``DROPPED_FEATURES``: the model never learns them, and
    the tagger drops the attributes a model does not know."""
    return [[f for f in feats if not f.startswith(DROPPED_FEATURES)] for feats in features]


def predict(doc: Doc, lang: LangData, model: LearnedModel | None) -> dict[str, list[Attribution]]:
    """Every system's items for one parsed article."""
    rules = extract_attributions(doc, lang)
    dep = extract_attributions_dependency(doc, lang)
    crf = attributions_from_tags(doc, lang, tag_document(doc, lang, model)) if model else []
    out = {
        "rules": rules,
        "dependency": dep,
        "crf": crf,
        "rules+dependency": combine(copy.deepcopy(rules), copy.deepcopy(dep)),
        "rules+crf": combine(copy.deepcopy(rules), copy.deepcopy(crf)),
    }
    with_dep = combine(copy.deepcopy(rules), copy.deepcopy(dep))
    out["all"] = combine(with_dep, copy.deepcopy(crf))
    return out


def score(gold: list[Document], items: list[list[Attribution]]) -> dict:
    pred = [
        Document(text=g.text, id=g.id, lang="nl", attributions=a)
        for g, a in zip(gold, items, strict=True)
    ]
    s = score_attributions(gold, pred)
    return {
        "precision": s["lenient"]["precision"],
        "recall": s["lenient"]["recall"],
        "f1": s["lenient"]["f1"],
        "strict_f1": s["strict"]["f1"],
        "speaker_accuracy": s["speaker_accuracy"],
        "stance_accuracy": s["stance_accuracy"],
        "counts": s["counts"],
    }


def evaluate(split: Split, model: LearnedModel | None) -> dict[str, dict]:
    lang = load_lang("nl")
    gold, parsed = split
    by_system: dict[str, list[list[Attribution]]] = {s: [] for s in SYSTEMS}
    for doc in parsed:
        for system, items in predict(doc, lang, model).items():
            by_system[system].append(items)
    return {s: score(gold, items) for s, items in by_system.items()}


def _subset(split: Split, keep: Callable[[int], bool]) -> Split:
    gold, parsed = split
    chosen = [i for i in range(len(gold)) if keep(i)]
    return [gold[i] for i in chosen], [parsed[i] for i in chosen]


def fold_training(split: Split, fold: int, extra: Split = ([], [])) -> Split:
    """A CV fold's training data: the articles of the other folds, then ``extra``."""
    return joined(_subset(split, lambda i: i % FOLDS != fold), extra)


def cross_validate(split: Split, params: dict = PARAMS, extra: Split = ([], [])) -> dict[str, dict]:
    """Pooled scores of the held-out folds (article index % FOLDS), each fold's CRF trained on
    the other folds and ``extra``."""
    lang = load_lang("nl")
    gold_all: list[Document] = []
    by_system: dict[str, list[list[Attribution]]] = {s: [] for s in SYSTEMS}
    with tempfile.TemporaryDirectory() as tmp:
        for fold in range(FOLDS):
            model = fit(fold_training(split, fold, extra), Path(tmp) / "m", params)
            gold, parsed = _subset(split, lambda i, f=fold: i % FOLDS == f)
            gold_all.extend(gold)
            for doc in parsed:
                for system, items in predict(doc, lang, model).items():
                    by_system[system].append(items)
    return {s: score(gold_all, items) for s, items in by_system.items()}


def table(results: dict[str, dict[str, dict]]) -> str:
    """Markdown rows: one per (evaluation, system)."""
    rows = [
        "| data | system | P | R | F1 | strict F1 | speaker acc | stance acc | pred/gold |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, systems in results.items():
        for system, s in systems.items():
            c = s["counts"]
            rows.append(
                f"| {name} | {system} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f}"
                f" | {s['strict_f1']:.3f} | {s['speaker_accuracy']:.3f}"
                f" | {s['stance_accuracy']:.3f} | {c['pred']}/{c['gold']} |"
            )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--eval-only", action="store_true", help="score the shipped model on dev")
    parser.add_argument(
        "--extra",
        nargs="+",
        choices=EXTRA_SOURCES,
        default=[],
        help="gold added to train's for the model and every CV fold (no longer held out)",
    )
    parser.add_argument("--cv-only", action="store_true", help="print the CV; write no model")
    args = parser.parse_args(argv)
    dev = read_split("dev")
    if args.eval_only:
        print(table({"dev": evaluate(dev, load_model("nl"))}))
        return 0
    train = read_split("train")
    extra = joined(*(dev if name == "dev" else read_split(name) for name in args.extra))
    started = time.time()
    results = {"train (4-fold CV)": cross_validate(train, extra=extra)}
    if args.cv_only:
        print(table(results))
        return 0
    path = model_path("nl")
    model = fit(joined(train, extra), path)
    results["dev" if "dev" not in args.extra else "dev (trained on)"] = evaluate(dev, model)
    trained = joined(train, extra)[0]
    meta = {
        "lang": "nl",
        "data": "; ".join(SOURCES[name] for name in ("train", *args.extra)),
        **model.meta,
        "params": PARAMS,
        "dropped_features": list(DROPPED_FEATURES),
        "train_articles": len(trained),
        "train_attributions": sum(len(d.attributions) for d in trained),
        "seconds": round(time.time() - started, 1),
        "model_bytes": path.stat().st_size,
        "scores": results,
        "lexicon_digest": lexicon_digest(load_lang("nl")),
    }
    meta_path("nl").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    load_model.cache_clear()
    print(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
