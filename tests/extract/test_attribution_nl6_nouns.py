"""Dutch attribution, round 6 of issue #5 (recall): nominal cues with their source and a
``dat``/``om`` complement (``Kovesi's verklaring dat``, ``blijft van mening dat``), the V2
subject after a ``volgens`` opener (``Volgens ITN zei de premier dat``: two items), and a
reportative ``zou`` sentence whose cue word gave no item. Each on a whole Dutch train article
(shared/data/nl-attribution/train.jsonl), as the pipeline or the rules see it."""

from __future__ import annotations

from functools import cache

import claimgraph
from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.model import Attribution, Document
from claimgraph.nlp import load as load_nlp


@cache
def _analyzed(text: str) -> Document:
    return claimgraph.analyze(text, lang="nl")


def _rule_items(text: str) -> list[Attribution]:
    """The rule extractor's items alone (no learned items mixed in)."""
    return extract_attributions(load_nlp("nl")(text), load_lang("nl"))


def _with_cue(atts: list[Attribution], cue: str) -> list[Attribution]:
    return [a for a in atts if a.cue == cue]


def test_possessor_of_a_nominal_cue_is_its_source(nl_train_text) -> None:
    # "getuige Kovesi's verklaring dat 'alles een poging is mij het zwijgen op te leggen ...'"
    doc = _analyzed(nl_train_text("nl-dpg-10775103"))
    [item] = _with_cue(doc.attributions, "verklaring")
    assert doc.surface(item.speaker_span) == "Kovesi's"
    assert item.speaker == "Kovesi"
    assert doc.surface(item.content_span).startswith("alles een poging")


def test_coordinated_light_verb_gives_a_second_item(nl_train_text) -> None:
    # "Hij erkent dat A, maar blijft van mening dat B": one item for each complement
    doc = _analyzed(nl_train_text("nl-dpg-10744690"))
    [admits] = _with_cue(doc.attributions, "erkent")
    [holds] = _with_cue(doc.attributions, "mening")
    assert doc.surface(admits.content_span).endswith("in de Nederlandse maatschappij")
    assert doc.surface(holds.content_span).startswith("de striktere bonusregels")
    assert admits.speaker == holds.speaker == "Ralph Hamers"


def test_van_phrase_after_the_noun_is_its_source(nl_train_text) -> None:
    # "Van der Knaap ondersteunt het idee van Rai-voorzitter Van Eijck om op rondwegen ..."
    [item] = _with_cue(_rule_items(nl_train_text("nl-dpg-10746369")), "idee")
    text = nl_train_text("nl-dpg-10746369")
    # named in full since round 28 found his call ("Voorzitter Steven van Eijck ... riep ... op")
    assert item.speaker == "Steven van Eijck"
    assert text[slice(*item.speaker_span)] == "Rai-voorzitter Van Eijck"
    assert text[slice(*item.content_span)].startswith("op rondwegen")


def test_nominal_cue_without_a_source_gives_nothing(nl_train_text) -> None:
    # "De opmerking is namelijk geen concrete oproep om Baudet iets aan te doen."
    assert not _with_cue(_rule_items(nl_train_text("nl-dpg-10741951")), "oproep")


def test_volgens_opener_and_inverted_speaker_are_two_items(nl_train_text) -> None:
    # "Volgens nieuwszender ITN zei de premier desgevraagd dat ze zal aftreden als ..."
    doc = _analyzed(nl_train_text("nl-dpg-10744630"))
    itn = [a for a in _with_cue(doc.attributions, "Volgens") if "ITN" in a.speaker]
    said = [
        a for a in _with_cue(doc.attributions, "zei") if "aftreden" in doc.surface(a.content_span)
    ]
    assert any(doc.surface(a.content_span).startswith("zei de premier") for a in itn)
    [may] = said
    assert may.speaker == "Theresa May"
    assert "premier" not in doc.surface(may.content_span)


def test_reportative_sentence_with_an_idle_cue_continues_the_paraphrase(nl_train_text) -> None:
    # "... vertelde hij dat ... konden kopen. Bovendien zouden niet 200.000, maar slechts 2.761
    # mensen zich als vrijwilliger hebben gemeld." ("gemeld" is a cue word but gives no item)
    doc = _analyzed(nl_train_text("nl-dpg-10592825"))
    assert any(
        doc.surface(a.content_span).startswith("Bovendien zouden niet 200.000")
        for a in doc.attributions
    )
