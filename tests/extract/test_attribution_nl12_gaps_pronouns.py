"""Dutch attribution, round 12 of issue #5: wider cue gaps as data (``laat in een reactie
weten``) with the inverted subject inside the gap (``maakte het bedrijf nog bekend``), object
pronouns after ``volgens`` (``Volgens haar``, ``volgens hen``) and denials of a claim made before
(``Zelf ontkent ze dat.``). Real text from the Dutch train articles
(shared/data/nl-attribution; ids in the comments). The pronoun and denial tests run the rules
alone: the shipped learned model saw these train articles."""

from __future__ import annotations

import claimgraph
from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import CuePattern, load_lang
from claimgraph.nlp import parse


def _items(text: str) -> list[tuple[str, str, str]]:
    """(speaker surface, cue, content) of each item the pipeline finds in ``text``."""
    doc = claimgraph.analyze(text, lang="nl")
    return [
        (doc.surface(a.speaker_span) if a.speaker_span else "", a.cue, doc.surface(a.content_span))
        for a in doc.attributions
    ]


def _rule_items(nlp, text: str) -> list[tuple[str, str, str, str]]:
    """(speaker surface, cue, content, stance) of each item the rules find in ``text``."""
    found = extract_attributions(parse(nlp, text), load_lang("nl"))
    return [
        (
            text[slice(*a.speaker_span)] if a.speaker_span else "",
            a.cue,
            text[slice(*a.content_span)],
            a.stance,
        )
        for a in found
    ]


def test_gap_width_and_subject_in_gap_are_cue_data() -> None:
    cues: dict[str, CuePattern] = {}
    for c in load_lang("nl").cues:
        # the first entry with the form: NV1's longer-gap "kondigt ... aan" comes after it
        cues.setdefault(" ".join("..." if p is None else "|".join(sorted(p)) for p in c.parts), c)
    assert (cues["laat ... weten"].gap, cues["laat ... weten"].subject_in_gap) == (4, True)
    # issue #5 round 9: ", voegt een woordvoerder van de Rai daaraan toe."
    assert (cues["voegt ... toe"].gap, cues["voegt ... toe"].subject_in_gap) == (6, True)
    assert (cues["kondigt ... aan"].gap, cues["kondigt ... aan"].subject_in_gap) == (2, False)
    # twentieth session (NV1): "Vorige week kondigde de Indiase regering echter aan dat"
    longer = [
        (c.gap, c.subject_in_gap, c.needs_complement)
        for c in load_lang("nl").cues
        if c.parts[0] == frozenset({"kondigt"}) and c.gap > 2
    ]
    assert longer == [(4, True, True)]
    # round 28: "riep gisteravond tijdens het jaarlijkse Rai Mobiliteitsdiner ... gemeenten op"
    assert (cues["roept ... op"].gap, cues["roept ... op"].subject_in_gap) == (10, False)


def test_three_word_gap_in_laat_weten(by_content) -> None:
    # nl-dpg-10746369 (train)
    text = (
        "Op die wegen moeten er voor fietsers en scooters gescheiden rijbanen of fietspaden komen. "
        "Verkeersminister Cora van Nieuwenhuizen laat in een reactie weten dat ze er geen "
        "voorstander van is om de norm landelijk in te voeren. Het is aan gemeenten om te bepalen "
        "op welke wegen binnen de bebouwde kom de maximumsnelheid 30 kilometer per uur is."
    )
    _, att = by_content(text, "ze er geen voorstander")
    assert att.speaker == "Cora van Nieuwenhuizen"
    assert att.cue == "laat in een reactie weten"


def test_inverted_subject_inside_the_gap(by_content) -> None:
    # nl-dpg-10592825 (train): after "Afgelopen zomer" the subject follows the finite verb
    text = (
        "Een klein jaar later werd de handel in het aandeel geschorst omdat het bedrijf niet had "
        "voldaan aan de voorwaarden van de beurs. Afgelopen zomer maakte het bedrijf nog bekend "
        "dat het een deal had gesloten met een Zwitserse investeringsmaatschappij, voor een "
        "bedrag tussen zes en twaalf miljoen euro."
    )
    doc, att = by_content(text, "het een deal had gesloten")
    assert doc.surface(att.speaker_span) == "het bedrijf"


def test_object_in_the_gap_of_roept_op_is_no_speaker() -> None:
    # nl-dpg-10724256 (train): "La Scala" is who is called upon, not who calls
    text = (
        "Mensenrechtenorganisaties protesteerden en ook de politiek begon zich te roeren. Met "
        "name vicepremier Matteo Salvini van de rechts-nationalistische coalitiepartij Lega riep "
        "La Scala op de stekker uit het plan te trekken."
    )
    assert all(speaker != "La Scala" for speaker, _, _ in _items(text))


def test_volgens_haar_names_a_source(nlp) -> None:
    # nl-dpg-10682821 (train)
    text = (
        ",,Het ontwerpproces van Rijnstraat 8 verschilde enorm van onze gebruikelijke manier van "
        "werken'', zegt Van Loon zelf. Volgens haar was ze bij het megaministerie gebonden aan "
        "strikte eisen van het Rijksvastgoedbedrijf."
    )
    content = (
        "was ze bij het megaministerie gebonden aan strikte eisen van het Rijksvastgoedbedrijf"
    )
    assert ("haar", "Volgens", content, "assert") in _rule_items(nlp, text)


def test_volgens_hen_names_a_source(by_content) -> None:
    # nl-dpg-10723228 (train)
    text = (
        "Sala en andere ambtenaren benadrukten gisteren dat de beslissing niet is bedoeld als "
        "terechtwijzing aan Saoedi-Arabië. De beslissing was volgens hen gebaseerd op andere "
        "overwegingen, waaronder juridische bezwaren tegen de aanstelling van een buitenlands lid "
        "in de raad van bestuur."
    )
    doc, att = by_content(text, "gebaseerd op andere overwegingen")
    assert (doc.surface(att.speaker_span), att.cue) == ("hen", "volgens")


def test_volgens_haar_inside_her_own_paraphrase_is_no_nested_source(nlp) -> None:
    # nl-dpg-10746189 (train): Schouten repeats her own view (ANNOTATION.md rule 8)
    text = (
        "In een brief aan de pulsvissers herhaalt Schouten dat een verbod op pulsvisserij volgens "
        "haar 'onterecht en onbegrijpelijk' is."
    )
    items = _rule_items(nlp, text)
    assert [speaker for speaker, *_ in items] == ["Schouten"]


def test_denial_of_a_claim_made_before(nlp) -> None:
    # nl-dpg-10667943 (train): "dat" points back at the authorities' claim
    text = (
        "Begums kansen om naar Nederland te komen ogen evenmin groot. Volgens de Britse "
        "autoriteiten heeft zij ook de Bengaalse nationaliteit. Zelf ontkent ze dat. Het besluit "
        "haar Britse paspoort in te trekken is bekritiseerd door Labour."
    )
    assert ("ze", "ontkent", "dat", "deny") in _rule_items(nlp, text)
