"""Dutch attribution, issue #5 speaker round 4 (N19): role nouns that only the rules read
(``rule_titles``: ``raadsman``, kept out of the CRF's title feature). Real text: Dutch dev and
train articles (DPG), rule stage alone."""

from __future__ import annotations

from claimgraph.extract.learned_features import lexicon_lists
from claimgraph.lang import load_lang


def test_rule_only_role_noun_before_surname(nl_rule_items, content_starting, dpg_text):
    text = dpg_text("10800765")
    att = content_starting(text, nl_rule_items(text), "Ter land, ter zee")
    assert att.speaker == "Taner Sen"


def test_rule_only_role_nouns_stay_out_of_the_crf_title_feature():
    lang = load_lang("nl")
    titles = dict(lexicon_lists(lang))["title"]
    assert "raadsman" in lang.titles
    assert "raadsman" not in titles
    assert "advocaat" in titles
