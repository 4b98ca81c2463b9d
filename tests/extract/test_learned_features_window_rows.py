"""Word features as model rows (extract/learned_features.py ``WordFeatures``): the window rows
from the per-attribute table, and the kept rows, are what the model's names give one by one."""

from __future__ import annotations

import pytest

from claimgraph.extract.learned import load_model, model_available
from claimgraph.extract.learned_features import _OFFSETS, WordFeatures
from claimgraph.lang import load_lang
from claimgraph.nlp import load


@pytest.mark.parametrize("code", ["nl", "en"])
def test_learned_features_window_rows_equal_the_names_rows(code, founding_text):
    if not model_available(code):
        pytest.skip(f"no learned model for {code}")
    model, lang = load_model(code), load_lang(code)
    rows = model.scorer.rows
    with_rows = WordFeatures(lang, model.learned_cues, model.attributes, rows)
    with_names = WordFeatures(lang, model.learned_cues, model.attributes)
    words = {t.text for t in load("nl").tokenizer(founding_text)} | {"zei", "said", "“", "Poetin"}
    shown = 0
    for text in sorted(words):
        by_row, by_name = with_rows.word(text), with_names.word(text)
        assert by_row.window == tuple(
            tuple(rows[name.decode()] for name in kept) for kept in by_name.window
        )
        assert by_row.lead == tuple(
            tuple(rows[name.decode()] for name in kept) for kept in by_name.lead
        )
        shown += sum(map(len, by_row.window))
    assert shown > len(_OFFSETS) * 10  # known words show rows at every offset
