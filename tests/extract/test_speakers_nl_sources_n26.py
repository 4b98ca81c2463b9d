"""Dutch sources, issue #5 twelfth session (N26).

- A sentence-opening demonstrative subject of a plural cue verb (``..., Nigeriaanse broers. Die
  verklaarden dat ...``) stands for the last plural noun of the sentence before; the item's speaker
  is that phrase, its mention stays ``Die`` (the gold of check sets 2 and 3 does so).
- A compound headed by a listed source noun (``onderwijsinspectie``, ``ooggetuige``) is one too.
- The source of an evidential cue (``blijkt uit``, ``staat in``) that is a document of an owner
  (``cijfers van het CBS``) is the owner.

Real text: Dutch train articles and DPG-corpus articles of the read half of check set 3, rule
stage alone."""

from __future__ import annotations

from claimgraph.extract.speakers.words import _source_noun
from claimgraph.lang import load_lang


def test_demonstrative_subject_takes_the_plural_noun_before(
    nl_rule_items, content_starting, dpg_text
):
    # "... twee verdachten opgepakt waren, Nigeriaanse broers. Die verklaarden dat ..."
    text = dpg_text("10751313")
    att = content_starting(text, nl_rule_items(text), "de belaging een idee van Smollett was")
    assert att.speaker == "Nigeriaanse broers"
    assert text[att.speaker_span[0] : att.speaker_span[1]] == "Die"


def test_no_item_keeps_a_bare_demonstrative_as_speaker(nl_rule_items, dpg_text):
    text = dpg_text("10751313")
    assert all(a.speaker.lower() not in ("die", "deze") for a in nl_rule_items(text))


# A document source with its owner (``blijkt uit cijfers van het CBS``, ``staat in het ...
# Dreigingsbeeld ... van de NCTV``): the gold names the owner, the document only where the article
# names none (train 10775103 ``In een rapport uit 2015 staat``).


def test_evidence_from_figures_of_a_body_names_the_body(
    nl_rule_items, content_starting, nl_train_text
):
    text = nl_train_text("nl-dpg-10803258")  # "..., blijkt uit cijfers van het Centraal Bureau"
    att = content_starting(text, nl_rule_items(text), "Twaalf procent van de kinderen")
    assert att.speaker == "Centraal Bureau voor de Statistiek"


def test_document_in_which_a_finding_stands_names_its_owner(
    nl_rule_items, content_starting, dpg_text
):
    text = dpg_text(
        "10648032"
    )  # "'De kans ...', staat in het nieuwste Dreigingsbeeld ... van de NCTV"
    att = content_starting(text, nl_rule_items(text), "De kans op een aanslag")
    assert att.speaker == "Nationaal Coördinator Terrorismebestrijding en Veiligheid"


def test_document_without_owner_stays_the_source(nl_rule_items, content_starting, nl_train_text):
    text = nl_train_text("nl-dpg-10775103")  # "In een rapport uit 2015 staat dat Kovesi's ..."
    att = content_starting(text, nl_rule_items(text), "Kovesi's grote schoonmaak")
    assert att.speaker == "rapport uit 2015"


# A compound headed by a source noun (grammar ``compound_source_heads``) is a source noun too.


def test_compound_of_a_source_noun_is_a_speaker(nl_rule_items, content_starting, dpg_text):
    text = dpg_text("10780548")  # "Een ooggetuige zegt dat de politie de man liet opstaan ..."
    att = content_starting(text, nl_rule_items(text), "de politie de man liet opstaan")
    assert att.speaker == "ooggetuige"


def test_compound_ending_in_an_unlisted_head_is_none():
    lang = load_lang("nl")
    assert _source_noun("onderwijsinspectie", lang)
    assert not _source_noun("couppleger", lang)  # train: "couppleger", not a "leger"


def test_fronted_document_source_ends_at_its_comma(nl_rule_items, content_starting, dpg_text):
    # "In de brief van het schoolbestuur, ingezien door de Volkskrant, staat inderdaad dat ..."
    text = dpg_text("10742575")
    att = content_starting(text, nl_rule_items(text), "de man wordt geschorst")
    assert att.speaker == "schoolbestuur"
