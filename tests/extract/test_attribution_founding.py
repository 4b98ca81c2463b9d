"""The founding article: the 12 key attributions of the foundation issue, with speaker and stance."""

from __future__ import annotations

import pytest

import claimgraph
from claimgraph.model import Attribution, Document


@pytest.fixture(scope="module")
def doc(founding_text: str) -> Document:
    return claimgraph.analyze(founding_text)


def _find(doc: Document, speaker: str, content_part: str) -> Attribution:
    for att in doc.attributions:
        if att.speaker == speaker and content_part in doc.surface(att.content_span):
            return att
    listing = [(a.speaker, doc.surface(a.content_span)[:50]) for a in doc.attributions]
    raise AssertionError(f"no {speaker!r} attribution with {content_part!r}: {listing}")


KEY = [
    ("persdienst van het Kremlin", "aanval met twee drones", "assert", "statement"),
    ("Russische autoriteiten", "aanslag op het leven", "assert", "accusation"),
    ("Russische autoriteiten", "tegenmaatregelen", "assert", "threat"),
    ("Rusland", "vergelding", "assert", "threat"),
    ("Volodymyr Zelensky", "zijn land iets te maken heeft", "deny", "statement"),
    ("Volodymyr Zelensky", "We vallen Poetin of Moskou niet aan", "deny", "statement"),
    ("Rusland", "een poging van Kiev", "assert", "accusation"),
    ("Verenigde Staten", "de beweringen uit Rusland", "doubt", "statement"),
    ("Antony Blinken", "korrel zout", "doubt", "statement"),
    ("Antony Blinken", "ik kan ze niet bevestigen", "doubt", "statement"),
    ("Oekraïense en Russische media", "luchtverdediging", "assert", "statement"),
    ("Carolien van Nunen", "false flag", "speculate", "statement"),
]


@pytest.mark.parametrize(("speaker", "content", "stance", "act"), KEY)
def test_attribution_founding_key_items(doc, speaker, content, stance, act):
    att = _find(doc, speaker, content)
    assert (att.stance, att.act) == (stance, act)


def test_attribution_founding_metadata(doc):
    assert doc.lang == "nl"
    assert doc.date == "2023-05"
    assert doc.text.startswith(" date 2023-05 Juist")


def test_attribution_founding_types_and_spans(doc):
    direct = _find(doc, "Volodymyr Zelensky", "We vallen")
    assert direct.type == "direct"
    assert doc.surface(direct.cue_span) == "zei"
    assert doc.surface(direct.speaker_span) == "Zelensky"
    assert doc.surface(direct.content_span).endswith("dorpen en steden")
    indirect = _find(doc, "Volodymyr Zelensky", "zijn land")
    assert indirect.type == "indirect"
    assert doc.surface(indirect.speaker_span) == "De Oekraïense president Volodymyr Zelensky"
    assert _find(doc, "Antony Blinken", "korrel zout").type == "mixed"
    aldus = _find(doc, "Antony Blinken", "bevestigen")
    assert doc.surface(aldus.cue_span) == "aldus"


def test_attribution_founding_invents_nothing(doc):
    """Every attribution has a speaker from the article's cast and lies inside the text."""
    cast = {speaker for speaker, *_ in KEY}
    for att in doc.attributions:
        assert att.speaker in cast, att.speaker
        s, e = att.content_span
        assert 0 <= s < e <= len(doc.text)
    assert len(doc.attributions) <= 16


def test_attribution_founding_claims_follow_attributions(doc):
    assert len(doc.claims) == len(doc.attributions)
    assert {c.stance for c in doc.claims} == {"assert", "deny", "doubt", "speculate"}
