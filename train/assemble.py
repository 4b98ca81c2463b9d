"""Join the trained syntax and NER pipelines into one shipped pipeline.

Usage: ``python train/assemble.py LANG OUTPUT_DIR MODELS_DIR [--syntax NAME] [--ner NAME]``.
Reads ``OUTPUT_DIR/<syntax>/model-best`` and ``OUTPUT_DIR/<ner>/model-best`` (default names
``syntax`` and ``ner``; the Dutch syntax model is ``syntax-resume``), gives the NER component
its own copy of its tok2vec (so it no longer listens to a shared one), scores the result on
the held-out sets, records sources / seed / scores / timings in meta.json, writes it to
``OUTPUT_DIR/final`` and copies it to ``MODELS_DIR/LANG``.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import spacy
from prepare import SOURCES
from scoring import score_pipeline
from spacy.language import Language

VERSION = "0.2.0"
TRAINING_RUNS = ("syntax", "syntax-resume", "ner")  # the Makefile writes RUN.seconds for each
SEED = 1234  # [system] seed in train/configs/*.cfg
LICENSE = "CC BY-SA 4.0 (UD treebanks); NER data: CC0 / CC BY 4.0 / WikiANN (licence unknown)"


def _seconds(path: Path) -> int | None:
    """Training wall time written by the Makefile, if present."""
    return int(path.read_text().strip()) if path.exists() else None


def assemble(syntax_dir: Path, ner_dir: Path) -> Language:
    """The syntax pipeline plus the NER component (with its own embedded tok2vec)."""
    nlp = spacy.load(syntax_dir)
    ner_nlp = spacy.load(ner_dir)
    ner_nlp.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
    nlp.add_pipe("ner", source=ner_nlp)
    return nlp


def describe(nlp: Language, lang: str, output: Path, ner_dev: dict) -> None:
    """Fill meta.json: name, provenance, seed, dev and test scores, training times."""
    syntax_dev = dict(nlp.meta.get("performance", {}))
    nlp.meta.update(
        {
            "name": f"claimgraph_{lang}",
            "version": VERSION,
            "description": "claimgraph CNN pipeline: tok2vec, morphologizer, parser, ner",
            "license": LICENSE,
            "sources": SOURCES[lang]["syntax"] + SOURCES[lang]["ner"],
            "claimgraph": {
                "seed": SEED,
                "sources": SOURCES[lang],
                "dev_scores": {"syntax": syntax_dev, "ner": ner_dev},
                "test_scores": score_pipeline(nlp, lang),
                "train_seconds": {
                    run: seconds
                    for run in TRAINING_RUNS
                    if (seconds := _seconds(output / f"{run}.seconds")) is not None
                },
            },
        }
    )
    nlp.meta["performance"] = {}


def main() -> None:
    """Assemble, score and ship one language's pipeline."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lang")
    parser.add_argument("output", type=Path)
    parser.add_argument("models", type=Path)
    parser.add_argument("--syntax", default="syntax", help="syntax run folder in OUTPUT")
    parser.add_argument("--ner", default="ner", help="NER run folder in OUTPUT")
    args = parser.parse_args()
    lang, output, models = args.lang, args.output, args.models
    ner_best = output / args.ner / "model-best"
    nlp = assemble(output / args.syntax / "model-best", ner_best)
    ner_dev = dict(spacy.load(ner_best).meta.get("performance", {}))
    describe(nlp, lang, output, ner_dev)
    final = output / "final"
    nlp.to_disk(final)
    target = models / lang
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(final, target)
    print(f"{target}: {nlp.pipe_names}")
    for name, scores in nlp.meta["claimgraph"]["test_scores"].items():
        print(f"  {name}: {scores}")


if __name__ == "__main__":
    main()
