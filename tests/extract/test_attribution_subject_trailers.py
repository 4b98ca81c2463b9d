"""Adverbs and auxiliaries between a subject and its reporting verb are not the speaker."""

from __future__ import annotations

from claimgraph.pipeline import analyze

# DPG news (nl-attribution dev, nl-dpg-10728846)
INVERTED = (
    "De meisjes werden in het vliegtuig ziek. Eenmaal thuis verklaarden ze dat Charly T. hen "
    "had misbruikt."
)


def test_inverted_subject_after_an_adverbial_opener():
    doc = analyze(INVERTED, lang="nl")
    (att,) = [a for a in doc.attributions if a.cue.startswith("verklaar")]
    assert doc.surface(att.speaker_span) == "ze"
    assert doc.surface(att.content_span) == "Charly T. hen had misbruikt"
