"""Events in Dutch news read as a user would (issue #7, eighteenth session): a place before a
participle is where, not who; Dutch puts a passive's auxiliary far back; parties are Dutch
actors; a statement is its speaker's even without a country, and is not said on a later day
than the article's; a negated trigger is no event. Sentences from the nl dev articles and DPG
2019 (nl-news), and one founding-corpus summary for a speaker that names a country."""

from __future__ import annotations

import claimgraph
from claimgraph.model import Event


def _events(text: str, date: str, etype: str) -> list[Event]:
    return [e for e in claimgraph.analyze(text, lang="nl", date=date).events if e.type == etype]


def test_a_place_before_a_dutch_passive_participle_is_where_not_who():
    # nl dev (DPG 2019-03-21): convicted in Spain; the Dutch schoolboy is the convicted
    text = (
        "De Nederlandse scholier Charly T. is in Spanje veroordeeld tot anderhalf jaar cel en "
        "twee maanden ondertoezichtstelling wegens seksueel misbruik van twee Britse meisjes in "
        "een bungalowpark."
    )
    (conviction,) = _events(text, "2019-03-21", "COERCE")
    assert conviction.source_country == ""
    assert (conviction.target_country, conviction.place) == ("NLD", "Spain")
    # nl dev (DPG 2019-04-10): arrested at Schiphol, by no one named
    text = (
        "Op Schiphol werd A. zomer vorig jaar aangehouden, haar kind kwam bij haar moeder terecht."
    )
    (arrest,) = _events(text, "2019-04-10", "COERCE")
    assert arrest.source_actor == "" and "Schiphol" in arrest.place


def test_a_place_after_a_demonym_and_a_place_noun_is_where_not_whom():
    # the founding article (nl): Helsinki is where the press conference was, not its target
    text = (
        "“We vallen Poetin of Moskou niet aan, we vechten op ons eigen grondgebied en verdedigen "
        "onze dorpen en steden”, zei Zelensky tijdens een persconferentie in de Finse hoofdstad "
        "Helsinki."
    )
    (conference,) = _events(text, "2023-05-03", "CONSULT")
    assert (conference.target_actor, conference.place) == ("", "Helsinki")


def test_dutch_parties_are_dutch_actors_and_each_speaker_keeps_a_statement():
    # DPG 2019-02-12: "regeringspartij D66"; "DENK" is a party, "denk" a verb
    text = (
        "Behandelingen om homoseksuelen te 'genezen' van hun geaardheid moeten worden verboden. "
        "Dat vinden regeringspartij D66 en de vereniging van jeugdartsen AJN. D66 wil vooral "
        "minderjarigen beter beschermen tegen deze omstreden behandelingen."
    )
    demands = _events(text, "2019-02-12", "DEMAND")
    assert demands and {(e.source_country, e.source_role) for e in demands} == {("NLD", "PTY")}
    # nl dev (DPG 2019-03-27): three speakers, one of them a party; none of the others'
    # demands folds away next to the party's
    text = (
        "In de Kamer klinkt ook kritiek op Koolmees. Volgens PVV-Kamerlid Leon de Jong doet de "
        "minister er in de praktijk niks aan om de richtlijn nog af te wenden. Hij vindt dat "
        "Koolmees 'ballen' moet tonen. Ook de SP vindt dat Koolmees alsnog alle middelen moet "
        "inzetten. ,,Deze trein rijdt op een muur af, trek aan de noodrem'', zo maant Kamerlid "
        "Jasper van Dijk. Koolmees is dat echter niet van plan."
    )
    sources = [e.source_actor for e in _events(text, "2019-03-27", "DEMAND")]
    assert sources == ["Leon de Jong", "SP", "Jasper van Dijk"]


def test_a_statement_is_not_said_on_a_later_day_than_the_article():
    # nl dev (DPG 2019-02-27): 12 March is the day of the vote she wants, not of her wish
    text = (
        "Maar als het aan May ligt, komt het zo ver überhaupt niet: zij wil nog steeds dat haar "
        "veelbekritiseerde deal op 12 maart 'gewoon' door het parlement komt."
    )
    (wish,) = _events(text, "2019-02-27", "DEMAND")
    assert wish.time == "2019-02-27"


def test_a_dutch_negated_trigger_is_no_event_unless_a_preposition_parts_them():
    # DPG 2019: "geen vergelding" is no threat; "geweld niet (bij demonstraties" is a protest
    text = (
        "Ze zag hoe de rechtsgang van haar opnieuw een slachtoffer maakte. Er kwam geen vergelding."
    )
    assert not _events(text, "2019-02-12", "THREATEN")
    text = (
        "Sympathisanten schuwen geweld niet (bij demonstraties worden wapens en vuurwerk "
        "aangetroffen)."
    )
    assert _events(text, "2019-02-12", "PROTEST")


def test_a_speaker_that_names_a_country_is_that_country():
    # the Guardian's summary of 2023-05-04 (headlines.jsonl): the speaker "Russia" has no place
    # mention of its own in the run-on text; its accusation is Russia's, not a name-only one
    text = (
        "Putin’s spokesperson claims, without providing evidence, that Washington was involved in "
        "alleged attempt to kill president Russia has accused the US of being behind what it says "
        "was a drone attack on the Kremlin intended to kill Vladimir Putin. "
    )
    doc = claimgraph.analyze(text, lang="en", date="2023-05-04")
    (accusation,) = [e for e in doc.events if e.trigger == "accused"]
    assert (accusation.source_country, accusation.target_country) == ("RUS", "USA")
