"""Dutch cues, fourteenth session (N31): verbs with a subject and a ``dat`` clause that the
lexicon lacked, found by ``train/nl_complement_cue_coverage.py`` on the unlabeled DPG news.
Knowledge claims (``merken``, ``ontdekken``), belief (``is ervan overtuigd``) and the split forms
of ``aantonen`` / ``volhouden``; all take a ``dat`` complement only. Real text: Dutch train
articles and the DPG corpus, rule stage alone."""

from __future__ import annotations

from claimgraph.extract.learned_features import cue_words
from claimgraph.lang import load_lang


def test_a_noticed_finding_is_the_subjects_claim(nl_rule_items, content_starting, nl_train_text):
    text = nl_train_text("nl-dpg-10771543")
    item = content_starting(text, nl_rule_items(text), "FvD het op haar achterban had gemunt")
    assert item.cue == "merkte"
    assert item.speaker.endswith("partij") or "Krol" in item.speaker


def test_merken_without_a_dat_clause_is_no_cue(nl_rule_items):
    text = "Na de stormschade aan het dak van het stadhuis merkte de politie die nacht niets."
    assert not [a for a in nl_rule_items(text) if a.cue == "merkte"]


def test_ervan_overtuigd_dat_is_a_belief(nl_rule_items, content_starting, dpg_text):
    text = dpg_text("10679466")
    item = content_starting(text, nl_rule_items(text), "de mens verantwoordelijk is")
    assert item.cue == "ervan overtuigd"
    assert item.stance == "assert"
    assert "Nederlanders" in item.speaker


def test_split_aantonen_and_volhouden(nl_rule_items, content_starting, dpg_text):
    shown = dpg_text("10754359")
    item = content_starting(shown, nl_rule_items(shown), "de politieke versplintering")
    assert item.cue.startswith("toont") and item.cue.endswith("aan")
    held = dpg_text("10667718")
    item = content_starting(held, nl_rule_items(held), "het met de stijging van de energienota")
    assert item.cue.startswith("hield") and item.cue.endswith("vol")
    assert item.speaker == "kabinet"


def test_new_complement_cues_stay_out_of_the_crf_lexicon():
    words = cue_words(load_lang("nl"))
    assert not {"ontdekten", "overtuigd", "volhoudt", "toonden"} & words


def test_putting_forward_and_estimating(nl_rule_items, content_starting, dpg_text):
    proposed = dpg_text("10686200")
    item = content_starting(proposed, nl_rule_items(proposed), "de wet moet worden gewijzigd")
    assert (item.cue, item.speaker) == ("opperde", "Femke Halsema")
    assert item.act == "demand"  # "moet": modal_act, as with "vindt dat"
    estimated = dpg_text("10754359")
    item = content_starting(estimated, nl_rule_items(estimated), "beide coalitiepartijen")
    assert (item.cue, item.stance) == ("schat", "assert")
    split = dpg_text("10677688")
    item = content_starting(split, nl_rule_items(split), "de komende weken zo'n negenhonderd")
    assert item.cue == "schat in"


def test_schatten_with_an_object_is_no_cue(nl_rule_items):
    text = "De verzekeraar schatte de schade aan de boerderij op twee miljoen euro."
    assert not [a for a in nl_rule_items(text) if a.cue.startswith("schat")]
