"""Dutch organisation names (issue #5, session 20, NS4): a source phrase that a linking word
(``en``, ``voor``) would cut runs on to the bracketed acronym its capitalised words spell out
(``Volgens Transport en Logistiek Nederland (TLN)``), so the article's organisation has one
speaker key. Real text of the shared DPG articles, rule stage alone."""

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
