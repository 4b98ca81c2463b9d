"""Dutch attribution, twelfth session (N25, issue #5): Dutch passives. A cue that opens with the
passive auxiliary ``wordt`` (``wordt verdacht van``) has the suspect as its subject, not a
speaker; its source is the prosecution in an article about a trial (ANNOTATION.md rule 6), else
left empty. A finite cue is no passive, even where the parser hangs an earlier ``worden`` under it.
Excerpts of DPG articles: nl-attribution dev (nl-dpg-10800765), train (nl-dpg-10775162) and the
read half of Dutch check set 3 (nl-dpg-10780548)."""

from __future__ import annotations

import claimgraph

TRIAL = (
    "Koken voor een IS-man kan genoeg zijn voor straf\n\nsyriëganger - Melis A. verschijnt vandaag "
    "voor de rechter. Haar familie haalde haar terug, nu wordt ze verdacht van deelname aan een "
    "terreurorganisatie. Radicaal is zijn cliënt niet. Orthodox wel, zegt advocaat Taner Sen."
)
SHOPLIFTER = (
    "De minderjarige verdachte zit nog vast en wordt verdacht van winkeldiefstal en geweld tegen "
    "de politie. Voor het supermarktpersoneel is slachtofferhulp geregeld."
)
HARASSED = (
    "Onderdrukking Oeigoeren doet zich ook in Nederland voelen\n\nminderheid - Ook in Nederland "
    "worden Oeigoeren lastiggevallen door de Chinese overheid, zegt de AIVD."
)


def _suspicion(text: str):
    doc = claimgraph.analyze(text, lang="nl")
    [item] = [a for a in doc.attributions if a.cue and "verdacht" in a.cue]
    return item


def test_suspect_in_a_trial_article_is_suspected_by_the_prosecution():
    item = _suspicion(TRIAL)
    assert TRIAL[slice(*item.content_span)].endswith("deelname aan een terreurorganisatie")
    assert item.speaker == "Openbaar Ministerie"
    assert item.speaker_span is None
    assert (item.stance, item.act) == ("speculate", "accusation")


def test_suspect_is_no_speaker_without_a_trial():
    item = _suspicion(SHOPLIFTER)
    assert SHOPLIFTER[slice(*item.content_span)].startswith("winkeldiefstal en geweld")
    assert item.speaker == ""
    assert item.speaker_span is None


def test_finite_cue_after_a_passive_clause_keeps_its_speaker():
    from claimgraph.extract.attribution import extract_attributions
    from claimgraph.extract.parsed import remember_text
    from claimgraph.lang import load_lang
    from claimgraph.model import Document
    from claimgraph.pipeline import parse_documents

    parsed = parse_documents([Document(text=HARASSED, lang="nl")])[0]
    remember_text(parsed, HARASSED)
    [item] = [a for a in extract_attributions(parsed, load_lang("nl")) if a.cue == "zegt"]
    assert item.speaker == "AIVD"
    assert (
        "worden Oeigoeren lastiggevallen door de Chinese overheid"
        in HARASSED[slice(*item.content_span)]
    )
