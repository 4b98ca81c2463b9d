"""Score the teacher: frog's NER (as ``silver_frog.py`` maps it) on CoNLL-2002 ned.testa.

Usage: ``python train/frog_ceiling.py [WORKDIR]`` (default ``output/nl/frog-testa``).

The silver NER data is frog's output, so a model trained on it can hardly beat frog itself;
this measures that ceiling. ned.testa is used as evaluation only: frog runs with the same
modules as ``silver_frog.py`` plus ``t`` skipped and ``-n`` (CoNLL's own tokens, one
sentence a line), its tags go through the same label mapping and edge trimming
(``silver_frog.silver_tags``), and the result is scored like ``scoring.score_ner``
(exact-span P/R/F over all types and over PER/ORG/LOC).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from prepare import TaggedSentence, conll2002_testa, ner_docs
from scoring import _core_ents
from silver_frog import FROG_COMMAND, run_frog, silver_tags
from spacy.scorer import Scorer
from spacy.tokens import Doc
from spacy.training import Example
from spacy.vocab import Vocab

TRAIN_DIR = Path(__file__).resolve().parent
PRETOKENIZED = ["--skip=mpaclt", "-n"]  # frog's own modules minus the tokenizer


def frog_tags(sentences: list[TaggedSentence], workdir: Path) -> list[list[str]]:
    """Silver tags of frog for each gold sentence (gold tokens, one sentence a line)."""
    workdir.mkdir(parents=True, exist_ok=True)
    texts = [" ".join(word for word, _ in sentence) for sentence in sentences]
    tagged = run_frog(texts, workdir / "testa.tsv", [FROG_COMMAND[0], *PRETOKENIZED], "")
    if [len(s) for s in tagged] != [len(s) for s in sentences]:
        raise ValueError(f"{workdir}: frog's tokens do not match ned.testa's")
    return [silver_tags(sentence) for sentence in tagged]


def score_frog(workdir: Path) -> dict[str, float]:
    """Exact-span P/R/F of frog's mapped NER on ned.testa, all types and PER/ORG/LOC."""
    vocab = Vocab()
    sentences = [sentence for doc in conll2002_testa() for sentence in doc]
    keep = {"PER", "ORG", "LOC", "MISC"}
    golds = ner_docs(vocab, [[s] for s in sentences], keep)
    tags = frog_tags(sentences, workdir)
    examples = [
        Example(Doc(vocab, words=[t.text for t in gold], ents=pred), gold)
        for gold, pred in zip(golds, tags, strict=True)
    ]
    full = Scorer.score_spans(examples, "ents")
    core = Scorer.score_spans(examples, "ents", getter=_core_ents)
    out = {k: round(float(full[k]), 4) for k in ("ents_p", "ents_r", "ents_f")}
    out.update({"core_" + k: round(float(core[k]), 4) for k in ("ents_p", "ents_r", "ents_f")})
    for label, scores in sorted(full["ents_per_type"].items()):
        out[f"{label}_f"] = round(float(scores["f"]), 4)
    return out


def main(argv: list[str]) -> None:
    workdir = Path(argv[1]) if len(argv) > 1 else TRAIN_DIR / "output" / "nl" / "frog-testa"
    print(json.dumps(score_frog(workdir), indent=1))


if __name__ == "__main__":
    main(sys.argv)
