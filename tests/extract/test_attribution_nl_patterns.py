"""Dutch attribution patterns fixed for issue #5, each on real sentences from the Dutch train
articles (shared/data/nl-attribution/train.jsonl; ids in the comments)."""

from __future__ import annotations

import claimgraph
from claimgraph.extract.speakers.names import expand_acronyms
from claimgraph.lang import load_lang


def _items(text: str):
    doc = claimgraph.analyze(text, lang="nl")
    return doc, [(a, doc.surface(a.content_span)) for a in doc.attributions]


def test_attribution_nl_demonstrative_points_back_to_previous_sentence(by_content):
    # nl-dpg-10744690: "Dat zegt X" makes the previous sentence X's claim
    text = (
        "De strengere bonusregels voor de Nederlandse bankensector vormen een barrière voor het "
        "aantrekken van financiële banen na de brexit. Dat zegt ING-topman Ralph Hamers in een "
        "interview met de Britse zakenkrant Financial Times."
    )
    doc, att = by_content(text, "De strengere bonusregels")
    assert att.speaker == "Ralph Hamers"
    assert doc.surface(att.cue_span) == "zegt"
    assert doc.surface(att.content_span).endswith("na de brexit")
    _, items = _items(text)
    assert not any(content.startswith("in een interview") for _, content in items)


def test_attribution_nl_low_nine_quote_closed_by_straight_quote(by_content):
    # nl-dpg-10794116: ,,…" is one quotation; its verb is not in the cue list
    text = (
        'Het was prachtig voor het publiek in de GelreDome. ,,Dit was weer een thriller", sprak '
        'Sloetski. ,,Bij Vitesse krijg je wel waar voor je geld."'
    )
    doc, first = by_content(text, "Dit was weer een thriller")
    assert first.type == "direct"
    assert first.speaker == "Sloetski"
    assert doc.surface(first.cue_span) == "sprak"
    _, second = by_content(text, "Bij Vitesse krijg je")
    assert second.speaker == "Sloetski"


def test_attribution_nl_song_lyrics_are_not_statements():
    # nl-dpg-10780466: a sung text is not an attribution (ANNOTATION.md rule 9)
    _, items = _items("'Men kan van je houden', zingt Lindemann, 'maar wil je haten.'")
    assert items == []


def test_attribution_nl_headline_quote_with_source_and_acronym(by_content):
    # nl-dpg-10767089: a quoted headline, its source after it, the acronym spelled out below
    text = (
        "'Te weinig controle op witwassen'. DNB niet gerust op mentaliteitsverandering\n\n"
        "Nederlandse banken doen nog niet genoeg om witwassen te voorkomen, vindt De "
        "Nederlandsche Bank (DNB). Naar schatting wordt er jaarlijks voor 16 miljard euro "
        "witgewassen."
    )
    _, att = by_content(text, "Te weinig controle op witwassen")
    assert att.type == "direct"
    assert att.speaker == "De Nederlandsche Bank"


def test_attribution_nl_headline_quote_inside_a_clause_is_not_a_statement():
    # nl-dpg-10762426: "'Heldhaftige Peter' helpt …" quotes a name inside the headline's clause
    _, items = _items(
        "'Heldhaftige Peter' helpt Franse dieven arresteren\n\nHij leek wel in een film."
    )
    assert items == []


def test_attribution_nl_reportative_zou_continues_the_paraphrase(by_content):
    # nl-dpg-10667943: "zou hij …" sentences still report what Yago R. says
    text = (
        "Hij zegt 'niet echt' gestreden te hebben aan IS-zijde. Nog voordat dat gebeurde zou hij "
        "gewond zijn geraakt bij een bombardement. In Raqqa zou hij zo'n zeven maanden gevangen "
        "zijn gezet door IS op beschuldiging van spionage voor Nederland."
    )
    _, said = by_content(text, "'niet echt' gestreden")  # the quote is part of a paraphrase
    _, first = by_content(text, "Nog voordat dat gebeurde")
    _, second = by_content(text, "In Raqqa zou hij")
    for att in (first, second):
        assert att.speaker == said.speaker
        assert att.speaker_span is None and att.cue_span is None
        assert att.type == "indirect"


def test_attribution_nl_conditional_zou_without_a_source_is_not_reported():
    # nl-dpg-10749080: no attribution before it, so "zou" is the narrator's own conditional
    _, items = _items(
        "Stel dat de Kuip een wedstrijd helemaal leeg moet blijven? Dat zou niet slim zijn."
    )
    assert all(not content.startswith("Dat zou") for _, content in items)


def test_attribution_nl_adverbial_first_word_is_not_a_speaker():
    # nl-dpg-10801302: V2 after "Meestal"; the subject follows the verb
    text = (
        "Meestal concluderen meteorologen, geconfronteerd met een extreme hittegolf of "
        "regenperiode, dat de kans daarop door de opwarming van het klimaat groter is geworden."
    )
    _, items = _items(text)
    assert all(a.speaker != "Meestal" for a, _ in items)


def test_attribution_nl_acronym_expansion_needs_the_spelled_out_form():
    lang = load_lang("nl")
    text = "woordvoerder van de Inspectie voor Leefomgeving en Transport (ILT) en de AIVD"
    assert expand_acronyms("woordvoerder ILT", text, lang) == (
        "woordvoerder Inspectie voor Leefomgeving en Transport"
    )
    assert expand_acronyms("AIVD", text, lang) == "AIVD"
