"""Attribution patterns on real news sentences, Dutch and English."""

from __future__ import annotations

import claimgraph


def _one(text: str, lang: str):
    doc = claimgraph.analyze(text, lang=lang)
    assert len(doc.attributions) == 1, [doc.surface(a.content_span) for a in doc.attributions]
    att = doc.attributions[0]
    return doc, att


def test_attribution_volgens_before_clause():
    doc, att = _one("Volgens de Nationale ombudsman is Nederland nalatig geweest in de zaak.", "nl")
    assert att.speaker == "Nationale ombudsman"
    assert doc.surface(att.cue_span) == "Volgens"
    assert doc.surface(att.content_span) == "is Nederland nalatig geweest in de zaak"


def test_attribution_inverted_subject_after_adverbial():
    doc, att = _one(
        "In een brief aan de Tweede Kamer stelt Grapperhaus dat Nederland pas om uitlevering kan vragen.",
        "nl",
    )
    assert att.speaker == "Grapperhaus"
    assert doc.surface(att.content_span) == "Nederland pas om uitlevering kan vragen"


def test_attribution_negated_belief_is_deny():
    _doc, att = _one("Abrahams denkt niet dat de bonusregels zullen veranderen.", "nl")
    assert att.stance == "deny"


def test_attribution_english_quote_then_said():
    text = '"We expect from Iran assurances of their readiness for a full investigation," Zelenskyy said.'
    doc, att = _one(text, "en")
    assert att.speaker == "Volodymyr Zelensky"
    assert att.type == "direct"
    assert doc.surface(att.content_span).startswith("We expect from Iran")
    assert not doc.surface(att.content_span).endswith(",")


def test_attribution_english_according_to_and_hedge():
    _doc, att = _one(
        "According to the police, the fire may have started in the parking structure.", "en"
    )
    assert att.speaker == "police"
    assert att.stance == "speculate"


def test_attribution_english_denial():
    _doc, att = _one("For several days Iran denied the accusation.", "en")
    assert att.speaker == "Iran"
    assert att.stance == "deny"


def test_attribution_scare_quotes_are_not_statements():
    doc = claimgraph.analyze(
        "Eerdere beelden toonden een nachtelijke explosie van een “drone” bij het Kremlin.",
        lang="nl",
    )
    assert doc.attributions == []


def test_attribution_continuation_quote_keeps_speaker():
    text = (
        "„Er was een korte schermutseling”, zei zijn advocaat Henk van Asselt in de rechtbank. "
        "„Hij wilde het slachtoffer niet van het leven beroven. De stukken weerleggen zijn verhaal niet.”"
    )
    doc = claimgraph.analyze(text, lang="nl")
    assert [a.speaker for a in doc.attributions] == ["Henk van Asselt", "Henk van Asselt"]
    second = doc.attributions[1]
    assert second.cue_span is None and second.speaker_span is None
    assert second.type == "direct"


def test_attribution_document_speaks_for_its_author():
    """Wikinews: the report is the WHO's, and "report" inside the source is not a second cue."""
    doc = claimgraph.analyze(
        "According to the official WHO report yesterday, there had been 2741 confirmed cases.",
        lang="en",
    )
    assert [(a.speaker, a.cue) for a in doc.attributions] == [("WHO", "According to")]
