"""NLP pipelines: ``load(lang)`` gives our spaCy pipeline for a language.

A trained pipeline shipped under ``nlp/models/<lang>/`` is used when present (see ``train/``);
otherwise a rule-based pipeline (tokenizer + news sentence splitter) keeps everything working.
``$CLAIMGRAPH_PIPELINE_<LANG>`` names another spaCy pipeline (a folder or an installed package,
e.g. a bigger one trained elsewhere) to use instead; the extractors read UD v2 parts of speech and
relations, so it should be trained on Universal Dependencies as ours are.
"""

from __future__ import annotations

from contextlib import nullcontext
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from claimgraph.errors import ModelError
from claimgraph.nlp.ops import blas_ops
from claimgraph.nlp.sentences import NAME as SENTENCES
from claimgraph.settings import pipeline_override

MODELS_DIR = Path(__file__).parent / "models"

# Unicode spaces inside a line that spaCy's tokenizer, which splits on " " alone, would keep as
# tokens of their own: no-break, en/em and thin spaces, narrow no-break, medium mathematical and
# ideographic. Between two words such a token breaks the parse (``the company\xa0said``: the space
# became the subject of ``said``, the company its object; PolNeAR train, issue #5). One character
# each way, so every offset into the text stays the same.
_PLAIN_SPACES = str.maketrans(
    dict.fromkeys(
        "\xa0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000",
        " ",
    )
)


def model_path(lang: str) -> Path:
    return MODELS_DIR / lang


def _blank(lang: str) -> Language:
    try:
        nlp = spacy.blank(lang)
    except (ImportError, KeyError, ValueError):
        nlp = spacy.blank("xx")
    nlp.add_pipe(SENTENCES)
    return nlp


def load_path(path: Path | str, *, blas: bool = True) -> Language:
    """The trained pipeline at ``path`` (a folder or an installed package name) with our sentence
    splitter; ``blas=False`` keeps thinc's default matrix products (blis), for comparisons."""
    try:
        with blas_ops() if blas else nullcontext():
            nlp = spacy.load(path)
    except (OSError, ValueError, KeyError) as err:
        reason = " ".join(str(err).split())
        raise ModelError(f"cannot load the spaCy pipeline: {reason}", str(path)) from err
    first = "parser" if "parser" in nlp.pipe_names else None
    nlp.add_pipe(SENTENCES, before=first) if first else nlp.add_pipe(SENTENCES)
    return nlp


def load(lang: str, trained: bool = True) -> Language:
    """The pipeline for ``lang``: the one ``$CLAIMGRAPH_PIPELINE_<LANG>`` names, else our trained
    one when shipped (and ``trained``), else rules only.

    A trained pipeline multiplies matrices with numpy's BLAS on one thread (:mod:`.ops`).
    """
    override = pipeline_override(lang) if trained else None
    return _load(lang, trained, override)


@cache
def _load(lang: str, trained: bool, override: str | None) -> Language:
    if override is not None:
        nlp = load_path(override)
        if nlp.lang != lang:
            raise ModelError(f"is a '{nlp.lang}' pipeline, not '{lang}'", override)
        return nlp
    path = model_path(lang)
    if trained and (path / "meta.json").exists():
        return load_path(path)
    return _blank(lang)


def loaded_pipelines() -> int:
    """How many pipelines this process has loaded (each is loaded once and kept)."""
    return _load.cache_info().currsize


def plain_spaces(text: str) -> str:
    """``text`` with its Unicode spaces inside a line as plain spaces, offsets kept: what the
    pipelines parse, so that ``company\xa0said`` is two tokens, as ``company said`` is."""
    return text.translate(_PLAIN_SPACES)


def parse(nlp: Language, text_or_doc: str | Doc) -> Doc:
    """Run ``nlp`` on text (its Unicode spaces as plain ones) or on a pre-tokenized Doc."""
    return nlp(plain_spaces(text_or_doc) if isinstance(text_or_doc, str) else text_or_doc)
