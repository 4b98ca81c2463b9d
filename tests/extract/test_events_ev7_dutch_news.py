"""Events in fresh Dutch news read as a user would (issue #7, nineteenth session): "dreigen te"
with a verb of coming about or losing says what is about to happen, not a threat; "het kabinet"
and "het OM" are the bodies of the article's home country (the Netherlands or Flanders, by its
places); "een man uit Markelo" is where he is from, not where he was arrested; a sentence ends
at Dutch closing quotes (''). Sentences from DPG 2019 (nl-news) and the nl dev articles."""

from __future__ import annotations

import claimgraph
from claimgraph.model import Event


def _events(text: str, date: str, etype: str) -> list[Event]:
    return [e for e in claimgraph.analyze(text, lang="nl", date=date).events if e.type == etype]


def test_dreigen_te_with_a_verb_of_coming_about_is_no_threat():
    # DPG 2019-02-27 (10649313): KLM and Akzo were at risk, nobody threatened anyone
    text = (
        "In het vorige kabinet dreigde de Nederlandse luchtvaartmaatschappij ook al het onderspit "
        "te delven in de machtsstrijd met de Fransen. Nadat ook Akzo dreigde te verdwijnen, werd "
        "snel gewerkt aan wetgeving om bedrijven beter te beschermen. Vluchten die dreigen te "
        "worden overgeheveld naar Parijs."
    )
    assert not _events(text, "2019-02-27", "THREATEN")


def test_dreigen_te_with_another_verb_is_still_a_threat():
    # DPG 2019 (10804780, 10801537): a threat to beat, a threat to levy tariffs
    text = (
        "Dat is de reden dat de 64-jarige in augustus 2018 dreigde zijn buren in elkaar te slaan."
    )
    assert _events(text, "2019-04-12", "THREATEN")
    text = "Onlangs dreigde Trump opnieuw invoertarieven op Europese auto's in te voeren."
    assert _events(text, "2019-04-10", "THREATEN")


_OM = (
    "Melis A. verschijnt vandaag voor de rechter. Toch zit A. (23) vandaag in de beklaagdenbank. "
    "Het Openbaar Ministerie verdenkt haar van deelname aan een terroristische organisatie. "
)


def test_a_national_body_without_its_country_is_of_the_articles_home_country():
    # nl dev (DPG 2019-04-10, 10800765): an article about a Dutch returnee, arrested at Schiphol
    text = _OM + "Op Schiphol werd A. zomer vorig jaar aangehouden."
    (suspicion,) = _events(text, "2019-04-10", "ACCUSE")
    assert (suspicion.source_country, suspicion.source_role) == ("NLD", "JUD")
    # the same words in Flemish news are the Belgian public prosecutor's
    text = _OM + "In Antwerpen en in Gent werd A. zomer vorig jaar aangehouden."
    (suspicion,) = _events(text, "2019-04-10", "ACCUSE")
    assert (suspicion.source_country, suspicion.source_role) == ("BEL", "JUD")
    # no Dutch or Flemish place: whose OM it is stays open, the speaker keeps its name
    (suspicion,) = _events(_OM, "2019-04-10", "ACCUSE")
    assert (suspicion.source_country, suspicion.source_actor) == ("", "Openbaar Ministerie")


def test_a_place_someone_comes_from_is_not_where_the_event_was():
    # nl dev (DPG 2019-03-05, 10677689): the suspects' home towns, not where they were arrested
    text = (
        "Aventus in Apeldoorn is 'enorm geschrokken' van de digitale inbraak. Twee verdachten, "
        "een 21-jarige man uit Lochem en een 20-jarige man uit Markelo, zijn hier dinsdag voor "
        "aangehouden."
    )
    (arrest,) = _events(text, "2019-03-05", "COERCE")
    assert arrest.place == ""


def test_a_sentence_ends_at_dutch_closing_quotes():
    # DPG 2019-02-27 (10649084): the next sentence's Sint-Petersburg is not where he denied it
    text = (
        "De Russische fabrikant van de wodka is geschokt. ,,Mijn bedrijf levert wodka over de hele "
        "wereld'', zegt Timofei Urban van fabrikant Niva tegen de Russische krant The Moscow "
        "Times. ,,Maar nooit aan Noord-Korea.'' De Stolbovaya-wodka - zo'n 3,50 euro per halve "
        "liter - komt uit Sint-Petersburg."
    )
    denials = _events(text, "2019-02-27", "REJECT")
    assert denials and all(e.place == "" for e in denials)


def test_an_event_of_some_time_ago_is_not_dated_on_the_article_day():
    # DPG 2019-04-10 (10801537): "onlangs" is before the article, no calendar day: PAST_REF
    text = "Onlangs dreigde Trump opnieuw invoertarieven op Europese auto's in te voeren."
    (threat,) = _events(text, "2019-04-10", "THREATEN")
    assert threat.time == "PAST_REF"
    # DPG 2019 (10744618): the employers spoke some time ago, CNV's denial is of the day
    text = (
        "Werkgeversorganisaties zeiden onlangs in De Telegraaf dat de partijen er 'op een haar "
        "na' uit waren, maar dat ontkent CNV."
    )
    denials = _events(text, "2019-03-26", "REJECT")
    assert denials and all(e.time == "2019-03-26" for e in denials)


def test_a_national_body_is_a_target_around_a_trigger_but_no_agent():
    # DPG 2019-03-25 (10741846): Wilders demands that the (Dutch) OM prosecutes; police and OM
    # consult each other
    text = (
        "Demonstranten in Amsterdam riepen zaterdag leuzen. PVV-leider Geert Wilders reageerde op "
        "Twitter vol afschuw op het filmpje. Hij eist dat het Openbaar Ministerie (OM) de vrouw "
        "vervolgt. De Amsterdamse politie zegt op de hoogte te zijn van de beelden en in overleg "
        "met het OM onderzoek te doen."
    )
    doc = claimgraph.analyze(text, lang="nl", date="2019-03-25")
    targets = {(e.type, e.target_country, e.target_role) for e in doc.events}
    assert {("DEMAND", "NLD", "JUD"), ("CONSULT", "NLD", "JUD")} <= targets
    # DPG 2019-03-27 (10750589): the OM judges the threats, it does not make them
    text = (
        "Het aantal bedreigingen in Amsterdam en Rotterdam steeg. In grofweg drie op de tien "
        "gevallen beoordeelt het Openbaar Ministerie de dreigementen daadwerkelijk als "
        "'strafbaar'."
    )
    threats = _events(text, "2019-03-27", "THREATEN")
    assert threats and all(e.source_country == "" for e in threats)
