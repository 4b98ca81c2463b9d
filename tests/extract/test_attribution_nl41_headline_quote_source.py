"""Dutch attribution, eleventh session round 2 (N22, issue #5): a headline that is one quotation
and nothing else is a direct item of the source the body gives for the same claim (ANNOTATION.md
convention 10: a headline's source recovered from the article, ``speaker_span`` null); a quoted
headline that no attributed body item repeats gives nothing. Excerpts of DPG articles from
nl-attribution train (nl-dpg-10793681) and dev (nl-dpg-10772698)."""

from __future__ import annotations

import claimgraph

ADVICE = (
    "'Doktersassistente, haal een mazelenprik'\n\nDoktersassistentes in Den Haag en omstreken "
    "hebben een oproep gekregen van de GGD om zich te laten inenten tegen de mazelen. Aanleiding "
    "is de recente mazelenuitbraak op een kindercrèche in Den Haag. Mazelen is één van de meest "
    "besmettelijke ziektes. Behalve het vaccineren van nog niet ingeënt personeel in de "
    "huisartsenpraktijk, adviseren de GGD Haaglanden en RIVM bovendien om patiënten met "
    "symptomen van mazelen te weren op het spreekuur."
)

NEWS = (
    "'Erdogan verliest ook Istanbul'\n\nDe verkiezingen in Turkije zijn uitgelopen op een "
    "historische dreun voor president Erdogan. Zijn AK-partij verloor belangrijke steden. De "
    "Turkse regeringspartij AKP heeft hoogstwaarschijnlijk ook Istanbul verloren aan de "
    "oppositiepartij CHP. 'Het begin van een nieuw tijdperk', zegt politicoloog Yücel Demirer "
    "van de Universiteit van Kocaeli."
)


def test_quoted_headline_takes_the_source_of_the_same_claim_in_the_body():
    doc = claimgraph.analyze(ADVICE, lang="nl")
    [item] = [a for a in doc.attributions if a.content_span[0] < ADVICE.index("\n")]
    assert ADVICE[slice(*item.content_span)] == "Doktersassistente, haal een mazelenprik"
    assert item.speaker.startswith("GGD Haaglanden")
    assert item.speaker_span is None and item.cue_span is None
    assert item.type == "direct"


def test_quoted_headline_that_no_body_item_repeats_gives_nothing():
    doc = claimgraph.analyze(NEWS, lang="nl")
    assert doc.attributions, "the body's quote is found"
    assert all(a.content_span[0] > NEWS.index("\n") for a in doc.attributions)
