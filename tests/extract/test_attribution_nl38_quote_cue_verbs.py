"""Dutch cues, issue #5 round 3: reporting verbs written right after a quotation in the DPG news
(``train/nl_quote_cue_coverage.py``) give the quotation its speaker (``,,Het duurt maar en duurt
maar'', motiveert Huzen zijn oproep.``; ``,,Ik win alleen zelf liever'', treurde de coach.``)
instead of leaving it to the item before. They stay out of the learned model's cue lexicon
(``lexicon = false``), so the shipped model's lexicon digest is unchanged. Real text: Dutch
train articles, rule stage alone."""

from __future__ import annotations

from claimgraph.extract.learned_features import cue_words
from claimgraph.lang import load_lang


def test_quote_takes_the_subject_of_a_new_cue_verb(nl_rule_items, content_starting, nl_train_text):
    text = nl_train_text("nl-dpg-10776243")
    items = nl_rule_items(text)
    quote = content_starting(text, items, "Het duurt maar en duurt maar")
    assert quote.speaker.endswith("Huzen")  # not "politie", the speaker of the quote before
    assert quote.cue == "motiveert"


def test_description_after_a_new_cue_verb_is_not_the_last_speaker(
    nl_rule_items, content_starting, nl_train_text
):
    text = nl_train_text("nl-dpg-10794116")
    items = nl_rule_items(text)
    quote = content_starting(text, items, "Ik win alleen zelf liever")
    assert quote.cue == "treurde"
    assert quote.speaker == "coach"  # the phrase after the cue, not "Sloetski" quoted before


def test_new_cue_verbs_stay_out_of_the_model_lexicon():
    lang = load_lang("nl")
    known = {w for cue in lang.cues for part in cue.parts if part for w in part}
    assert {"motiveert", "treurde", "vat"} <= known
    assert not {"motiveert", "treurde"} & cue_words(lang)
    assert "zegt" in cue_words(lang)
