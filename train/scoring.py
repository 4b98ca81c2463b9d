"""Score a pipeline on the held-out evaluation sets of its language (gold tokenisation)."""

from __future__ import annotations

from prepare import eval_sets
from spacy.language import Language
from spacy.scorer import Scorer
from spacy.tokens import Doc, DocBin
from spacy.training import Example

SYNTAX_KEYS = ("pos_acc", "morph_acc", "dep_uas", "dep_las", "sents_p", "sents_r", "sents_f")
CORE_NER_LABELS = {"PER", "ORG", "LOC"}


def _examples(nlp: Language, golds: list[Doc]) -> list[Example]:
    """Examples whose predicted side has the gold tokens but no annotation.

    The gold docs are first moved into the pipeline's vocab (a DocBin round trip): the
    CoNLL-U converter gives each doc a vocab of its own, which the scorers cannot use.
    """
    golds = list(DocBin(docs=golds).get_docs(nlp.vocab))
    return [Example(_bare_copy(nlp, gold), gold) for gold in golds]


def _bare_copy(nlp: Language, gold: Doc) -> Doc:
    """The gold doc's words and spaces only."""
    return Doc(nlp.vocab, words=[t.text for t in gold], spaces=[bool(t.whitespace_) for t in gold])


def _core_ents(doc: Doc, attr: str) -> list:
    """Entities of the PER/ORG/LOC types only (Dutch training data has no MISC)."""
    return [ent for ent in doc.ents if ent.label_ in CORE_NER_LABELS]


def score_syntax(nlp: Language, golds: list[Doc]) -> dict[str, float]:
    """UPOS / morph accuracy, UAS, LAS (punctuation included) and sentence P/R/F."""
    scores = nlp.evaluate(_examples(nlp, golds))
    return {key: round(float(scores[key]), 4) for key in SYNTAX_KEYS if scores.get(key) is not None}


def score_ner(nlp: Language, golds: list[Doc]) -> dict[str, object]:
    """Exact-span NER P/R/F over all gold types and over PER/ORG/LOC only."""
    examples = _examples(nlp, golds)
    for example, predicted in zip(examples, nlp.pipe(ex.predicted for ex in examples), strict=True):
        example.predicted = predicted
    full = Scorer.score_spans(examples, "ents")
    core = Scorer.score_spans(examples, "ents", getter=_core_ents)
    out: dict[str, object] = {k: round(float(full[k]), 4) for k in ("ents_p", "ents_r", "ents_f")}
    out.update({"core_" + k: round(float(core[k]), 4) for k in ("ents_p", "ents_r", "ents_f")})
    out["per_type_f"] = {
        label: round(float(s["f"]), 4) for label, s in sorted(full["ents_per_type"].items())
    }
    return out


def score_pipeline(nlp: Language, lang: str) -> dict[str, dict]:
    """Scores on every evaluation set of ``lang``, keyed by set name."""
    results: dict[str, dict] = {}
    for name, (kind, golds) in eval_sets(lang, nlp.vocab).items():
        results[name] = score_syntax(nlp, golds) if kind == "syntax" else score_ner(nlp, golds)
    return results
