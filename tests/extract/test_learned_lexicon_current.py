"""A shipped attribution CRF reads word lists from the language data as features (cue words,
pronouns, source nouns, ...): a list changed after training makes the model see features it was
never trained with. Each model records the lists' digest at training time."""

from __future__ import annotations

import dataclasses
import json

import pytest

from claimgraph.extract.learned import meta_path, model_available
from claimgraph.extract.learned_features import lexicon_digest
from claimgraph.lang import load_lang

SCRIPTS = {"nl": "train/train_attribution_nl.py", "en": "train/train_attribution_en.py"}


@pytest.mark.parametrize("code", sorted(SCRIPTS))
def test_shipped_crf_was_trained_on_todays_lexicon(code):
    if not model_available(code):
        pytest.skip(f"no learned {code} model")
    meta = json.loads(meta_path(code).read_text(encoding="utf-8"))
    assert meta["lexicon_digest"] == lexicon_digest(load_lang(code)), (
        f"the {code} word lists changed since the CRF was trained: run {SCRIPTS[code]}"
    )


def test_digest_changes_with_one_source_noun():
    lang = load_lang("nl")
    grown = dataclasses.replace(
        lang, source_nouns=frozenset(lang.source_nouns) | {"woordvoerster-x"}
    )
    assert lexicon_digest(grown) != lexicon_digest(lang)
