"""Dutch attribution, round 11 of issue #5: agentless demand participles (ANNOTATION.md rule 6).
``Drie jaar geëist`` in a headline or ``zijn fors hogere straffen geëist`` names no agent: the
content is the demanded phrase before the participle and the source is the speaker of the
article's next (else last) demand (``Dat eiste de officier van justitie``), with no speaker span.
A participle with a parsed subject that names a source keeps that subject as speaker. Real text
from the Dutch articles (shared/data/nl-attribution; ids in the comments)."""

from __future__ import annotations

import pytest

import claimgraph


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (  # nl-dpg-10804782 (train): headline, the source in the lead's "Dat eiste ..."
            "Drie jaar geëist voor oplichten van 'pedosekszoekers' en lossen schot\n\n"
            "Een Arnhemmer (46) zou drie jaar cel moeten krijgen voor het afpersen, oplichten en "
            "bestelen van drie mannen op leeftijd die interesse hadden in seks met minderjarigen. "
            "Dat eiste de officier van justitie gisteren voor de rechtbank in Arnhem.",
            "Drie jaar",
            "officier van justitie",
        ),
        (  # nl-dpg-10796648 (train): headline and lead without an agent
            "Celstraf en beroepsverbod geëist tegen agenten in zaak-Henriquez\n\n"
            "Tegen twee agenten die betrokken waren bij de dood van Mitch Henriquez in 2015 zijn "
            "bij de behandeling van hun zaak in hoger beroep fors hogere straffen geëist. Het "
            "Openbaar Ministerie eiste maandag een celstraf van zes maanden tegen beide agenten.",
            "Celstraf en beroepsverbod",
            "Openbaar Ministerie",
        ),
    ],
)
def test_agentless_participle_takes_the_source_of_the_same_act(
    text: str, content: str, speaker: str, by_content
) -> None:
    doc, att = by_content(text, content)
    assert doc.surface(att.content_span) == content
    assert (att.speaker, att.speaker_span, att.act) == (speaker, None, "demand")


def test_agentless_participle_in_the_lead_keeps_the_demanded_phrase() -> None:
    # nl-dpg-10796648 (train): "zijn ... fors hogere straffen geëist"
    text = (
        "Tegen twee agenten die betrokken waren bij de dood van Mitch Henriquez in 2015 zijn bij "
        "de behandeling van hun zaak in hoger beroep fors hogere straffen geëist. Het Openbaar "
        "Ministerie eiste maandag een celstraf van zes maanden tegen beide agenten."
    )
    doc = claimgraph.analyze(text, lang="nl")
    demanded = [a for a in doc.attributions if a.cue == "geëist"]
    assert len(demanded) == 1
    assert doc.surface(demanded[0].content_span).endswith("fors hogere straffen")
    assert demanded[0].speaker == "Openbaar Ministerie"


def test_participle_with_a_named_subject_keeps_its_speaker(by_content) -> None:
    # nl-dpg-10728846 (dev): the subject names the source, the object is the demand
    text = (
        "Het land paste zelfs de wet aan na een geruchtmakende zaak waarbij een groep mannen lage "
        "straffen kreeg voor misbruik van een 18-jarige. Tegen T. had de Spaanse justitie vier "
        "jaar cel en een jaar ondertoezichtstelling geëist."
    )
    doc, att = by_content(text, "vier jaar cel")
    assert doc.surface(att.content_span) == "vier jaar cel en een jaar ondertoezichtstelling"
    assert att.speaker == "Spaanse justitie"
    assert att.speaker_span is not None


def test_agentless_participle_without_a_source_adds_nothing() -> None:
    # the headline of nl-dpg-10804782 alone: nothing names who demanded it (rule 6)
    doc = claimgraph.analyze(
        "Drie jaar geëist voor oplichten van 'pedosekszoekers' en lossen schot", lang="nl"
    )
    assert not [a for a in doc.attributions if a.cue == "geëist"]
