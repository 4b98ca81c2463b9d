"""Dutch attribution, round 2 of issue #5: speaker names and cues, each on real phrases and
sentences from the Dutch train articles (shared/data/nl-attribution/train.jsonl; ids in the
comments)."""

from __future__ import annotations

import pytest

from claimgraph.extract.speakers.names import canonical_name
from claimgraph.lang import load_lang


@pytest.fixture(scope="module")
def nl():
    return load_lang("nl")


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Dirk Huibers van initiatiefnemer Octo", "Dirk Huibers"),  # nl-dpg-10648992
        (
            "Voorzitter Steven van Eijck van de branchevereniging van auto- en fietsindustrie",
            "Steven van Eijck",
        ),  # nl-dpg-10746369
        ("voorman Cas Caljouw uit Arnemuiden", "Cas Caljouw"),  # nl-dpg-10746189
        ("David van As van Bpf Bouw", "David van As"),  # nl-dpg-10803258 and others
        ("Initiatiefnemer Lilianne Ploumen (PvdA)", "Lilianne Ploumen"),  # nl-dpg-10679479
        ("Schutter Tim S. (40)", "Tim S."),  # nl-dpg-10723265
        ("Verkeersminister Cora van Nieuwenhuizen", "Cora van Nieuwenhuizen"),  # nl-dpg-10746369
        ("SP-Kamerlid Jasper van Dijk", "Jasper van Dijk"),  # nl-dpg-10679479
    ],
)
def test_attribution_nl2_name_without_title_affiliation_or_brackets(nl, phrase, name):
    assert canonical_name(phrase, nl) == name


@pytest.mark.parametrize(
    "phrase",
    ["Peter van der Knaap", "Frans van Laarhoven", "Henk van Asselt"],  # surnames with "van"
)
def test_attribution_nl2_surname_particle_is_not_an_affiliation(nl, phrase):
    assert canonical_name(phrase, nl) == phrase


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("een woordvoerder van het Openbaar Ministerie (OM)", "woordvoerder Openbaar Ministerie"),
        ("Een woordvoerder van De Groenen", "woordvoerder De Groenen"),  # nl-dpg-10775103
        ("een politiewoordvoerder", "woordvoerder politie"),  # nl-dpg-10799169
        ("de ING-woordvoerder", "woordvoerder ING"),  # nl-dpg-10723126
        ("woordvoerder Jolanda Zondag van woningcorporatie Talis", "Jolanda Zondag"),
    ],
)
def test_attribution_nl2_spokesperson_named_by_body(nl, phrase, name):
    # ANNOTATION.md rule 12: unnamed spokespersons are "woordvoerder <body>"
    assert canonical_name(phrase, nl) == name


def test_attribution_nl2_affiliated_speaker_after_quote(by_content):
    # nl-dpg-10648992: the company after the name is an affiliation, not the speaker
    text = (
        ",,Mijn ambitie is om over een paar jaar een lekkage te signaleren nog voordat het een "
        "lekkage is'', zegt Dirk Huibers van initiatiefnemer Octo, een innovatiebedrijf op het "
        "gebied van duurzaam wonen."
    )
    _, att = by_content(text, "Mijn ambitie")
    assert att.speaker == "Dirk Huibers"


def test_attribution_nl2_definite_description_takes_the_named_role(by_content):
    # nl-dpg-10746189: "de minister" is the minister the article named before
    text = (
        "Meer dan een doekje voor het bloeden is het niet, het korte uitstel dat minister Carola "
        "Schouten (ChristenUnie) een aantal Nederlandse pulsvissers geeft van het verbod op "
        "elektrisch vissen. Hun vergunning loopt in april of mei af. ,,Ik begrijp dan ook heel "
        "goed dat dit besluit u als visserman en uw familie bijzonder raakt. Dat gaat mij zeer "
        'aan het hart", aldus de minister.'
    )
    _, att = by_content(text, "Ik begrijp dan ook")
    assert att.speaker == "Carola Schouten"


def test_attribution_nl2_description_without_a_named_role_stays(by_content):
    _, att = by_content(
        "Hun vergunning loopt in april of mei af. ,,Ik begrijp dan ook heel goed dat dit besluit "
        'u als visserman bijzonder raakt", aldus de minister.',
        "Ik begrijp dan ook",
    )
    assert att.speaker == "minister"


@pytest.mark.parametrize(
    ("text", "start", "cue", "speaker"),
    [
        (  # nl-dpg-10670568
            "Huawei bereidt intussen een aanklacht voor tegen de Amerikaanse overheid, meldt The "
            "New York Times. Het Chinese telecombedrijf verzet zich tegen zijn uitsluiting door "
            "de VS.",
            "tegen zijn uitsluiting",
            "verzet zich tegen",
            "Chinese telecombedrijf",
        ),
        (  # nl-dpg-10746189
            "In een brief aan de pulsvissers herhaalt Schouten dat een verbod op pulsvisserij "
            "volgens haar 'onterecht en onbegrijpelijk' is.",
            "een verbod op pulsvisserij",
            "herhaalt",
            "Schouten",
        ),
    ],
)
def test_attribution_nl2_multiword_and_new_cues(text, start, cue, speaker, by_content):
    doc, att = by_content(text, start)
    assert doc.surface(att.cue_span) == cue
    assert att.speaker == speaker
    assert att.stance == "assert"
