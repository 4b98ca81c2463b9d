"""Coverage of the Dutch cues (``lang/nl/cues.toml``) on words with a ``dat``/``of`` clause, issue #5.

    PYTHONPATH=src CLAIMGRAPH_DATA=../shared/data nice -n 10 .venv/bin/python \
        train/nl_complement_cue_coverage.py [--min-count 2] [--json OUT]

A verb with a subject that governs a finite complement clause (``ccomp`` opened by ``dat`` or
``of``: "De minister erkent dat ...") and a noun with such a clause (``acl``: "de bewering dat
...") are, in news, mostly reporting or belief cues (ANNOTATION.md), so the words in that place
show which cues the language data lacks. This parses the unlabeled DPG news (``data/nl-news``)
with our Dutch pipeline, counts those words per lemma (our pipeline has no lemmatizer: the
form's most frequent lemma in the Dutch UD treebanks, ``data/ud``; a separable particle joined to
its verb: "aangeven") and reports which of them a cue pattern of the language data covers (a pattern that
matches in the sentence over the word) and which not, with two example sentences each. The
uncovered list is for a reviewer to pick the cues from; nothing is added automatically.

Only reads data; prints a report (and writes it as JSON with ``--json``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from functools import lru_cache

from spacy.tokens import Doc, Span, Token
from word_coverage import main, news_texts, split_report, ud_lemmas

from claimgraph.extract.attribution.context import _match_at
from claimgraph.lang import LangData, load_lang
from claimgraph.nlp import load
from claimgraph.settings import data_dir

COMPLEMENTIZERS = frozenset({"dat", "of"})
# the clause's relation to the word that governs it: a verb's complement, a noun's clause
CLAUSE_DEPS = {"ccomp": "verb", "acl": "noun"}
HEAD_POS = {"verb": frozenset({"VERB"}), "noun": frozenset({"NOUN"})}
SUBJECT_DEPS = frozenset({"nsubj"})
EXAMPLES = 2
EXAMPLE_CHARS = 220


def lemma(word: Token, lemmas: dict[str, str]) -> str:
    """The word's lemma (its lower-cased form where ``lemmas``, form -> lemma, lacks it), a
    separable particle in front ("geeft ... aan": aangeven; UD writes "aan_geven")."""
    stem = lemmas.get(word.lower_, word.lower_).replace("_", "")
    particle = "".join(c.lower_ for c in word.children if c.dep_ == "compound:prt")
    return stem if stem.startswith(particle) else particle + stem


def clause_heads(doc: Doc) -> Iterator[tuple[str, Token]]:
    """(``verb``/``noun``, word) for each word that governs a clause opened by ``dat``/``of``;
    a verb only with a subject of its own."""
    for clause in doc:
        kind = CLAUSE_DEPS.get(clause.dep_)
        if kind is None or clause.head.pos_ not in HEAD_POS[kind]:
            continue
        if not any(c.dep_ == "mark" and c.lower_ in COMPLEMENTIZERS for c in clause.children):
            continue
        head = clause.head
        if kind == "verb" and not any(c.dep_ in SUBJECT_DEPS for c in head.children):
            continue
        yield kind, head


@lru_cache(maxsize=1)  # asked for each clause word of one article
def _lowered(doc: Doc) -> tuple[list[str], list[bool]]:
    """Each token's lower-cased text and whether it is punctuation, as ``_match_at`` reads them."""
    return [t.text.lower() for t in doc], [t.is_punct for t in doc]


def covered(word: Token, sent: Span, lang: LangData) -> bool:
    """Whether a cue pattern of ``lang`` matches in ``sent`` over ``word``."""
    doc = word.doc
    words, punct = _lowered(doc)
    for start in range(sent.start, word.i + 1):
        for cue in lang.cues_by_first.get(doc[start].lower_, ()):
            end = _match_at(words, punct, start, sent.end, cue)
            if end is not None and end > word.i:
                return True
    return False


def count_clause_words(
    docs: Iterable[Doc], lang: LangData, lemmas: dict[str, str]
) -> tuple[Counter, Counter, dict]:
    """Counts per ``kind:lemma`` of all clause-governing words and of the covered ones, and up to
    two example sentences per ``kind:lemma``."""
    total: Counter = Counter()
    hits: Counter = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for doc in docs:
        for kind, word in clause_heads(doc):
            key = f"{kind}:{lemma(word, lemmas)}"
            total[key] += 1
            hits[key] += covered(word, word.sent, lang)
            sentence = " ".join(word.sent.text.split())[:EXAMPLE_CHARS]
            if len(examples[key]) < EXAMPLES and sentence not in examples[key]:
                examples[key].append(sentence)
    return total, hits, examples


def coverage(docs: Iterable[Doc], min_count: int) -> dict:
    """The report over ``docs``: words seen at least ``min_count`` times, split into mostly
    covered and not, with their counts and examples."""
    lemmas = ud_lemmas(data_dir() / "ud")
    total, hits, examples = count_clause_words(docs, load_lang("nl"), lemmas)
    candidates = {k: n for k, n in total.items() if n >= min_count}
    known = {k for k, n in candidates.items() if hits[k] * 2 >= n}
    result = split_report(candidates, known, sum(hits[k] for k in candidates))
    return {**result, "examples": {k: examples[k] for k in result["uncovered"]}}


def report(min_count: int) -> dict:
    nlp = load("nl")
    return coverage(nlp.pipe(news_texts(), batch_size=32), min_count)


if __name__ == "__main__":
    main(__doc__.split("\n\n")[0], report, "words with a dat/of clause", "cue words")
