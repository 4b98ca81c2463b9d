"""Dutch speaker names (issue #5, session 20, NS4). A source phrase that a linking word
(``en``, ``voor``) would cut runs on to the bracketed acronym its capitalised words spell out
(``Volgens Transport en Logistiek Nederland (TLN)``), so the article's organisation has one
speaker key. A sentence-opening ``Van`` before a surname is a preposition where the article
never writes the surname after ``van`` in a name. Real text of the shared DPG and Dutch train
articles, rule stage alone."""

from __future__ import annotations

from claimgraph.extract.speakers.mentions import noun_phrase_after
from claimgraph.lang import load_lang
from claimgraph.nlp import parse


def test_coordinated_organisation_name_runs_to_its_acronym(
    dpg_text, nl_rule_items, content_starting
) -> None:
    text = dpg_text("10765378")  # "Volgens Transport en Logistiek Nederland (TLN) is er sprake"
    item = content_starting(text, nl_rule_items(text), "is er sprake van")
    assert item.speaker == "Transport en Logistiek Nederland"
    assert text[slice(*item.speaker_span)] == "Transport en Logistiek Nederland"


def test_name_without_its_acronym_stops_at_the_linking_word(nlp) -> None:
    doc = parse(nlp, "Volgens Rutte en Hoekstra (CDA) groeide de economie.")
    assert noun_phrase_after(doc, 1, len(doc), load_lang("nl")) == (1, 2)


# A sentence that opens with the preposition ``Van`` before a surname (``Van Abdulaziz weten de
# Chinezen niet dat hij ...``) names the person the article gave that surname in full.


def test_opening_preposition_is_no_name_particle(
    nl_train_text, nl_rule_items, content_starting
) -> None:
    text = nl_train_text("nl-dpg-10775162")  # "Dilmurat Abdulaziz" ... "Van Abdulaziz weten"
    item = content_starting(text, nl_rule_items(text), "Als je iets erg overkomt")
    assert item.speaker == "Dilmurat Abdulaziz"


def test_capitalised_particle_of_a_full_name_stays(dpg_text, nl_rule_items) -> None:
    text = dpg_text("10751717")  # "Stientje van Veldhoven" ... "Van Veldhoven, normaliter ..."
    assert "Van Veldhoven" in {a.speaker for a in nl_rule_items(text)}
