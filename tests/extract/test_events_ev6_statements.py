"""Statement events made from attributions (issue #7, eighteenth session, EV6): a speaker that is
an article or a numeral alone names no one, so its attribution makes no statement event. Passages
from DPG 2019 (nl-news) where the attribution stage takes "een" and "Eén" for speakers."""

from __future__ import annotations

import claimgraph
from claimgraph.model import Event


def _statement_events(text: str, date: str) -> list[Event]:
    return [e for e in claimgraph.analyze(text, lang="nl", date=date).events if e.attribution]


def test_an_article_taken_for_a_speaker_makes_no_accusation():
    # DPG 2019-04-10: "volgens een strikte uitleg van de islam" is no one's statement
    text = (
        "Radicaal is zijn cliënt niet. Orthodox wel, zegt advocaat Taner Sen. Melis A. leeft "
        'volgens een strikte uitleg van de islam. "Maar ze heeft nooit geweld verheerlijkt, is '
        "nooit bereid geweest een aanslag te plegen, heeft niemand geronseld en geen wapens "
        'gebruikt."'
    )
    events = _statement_events(text, "2019-04-10")
    assert all(e.source_actor.lower() != "een" for e in events)
    assert any(e.type == "REJECT" and e.source_actor == "Taner Sen" for e in events)


def test_a_numeral_taken_for_a_speaker_makes_no_demand():
    # DPG 2019-02-12: "Eén dag per week" counts days; she advises customers, no one demands
    text = (
        "Eén dag per week gaat ze naar school en de andere twee dagen adviseert ze nog klanten bij "
        "de Rabobank in Dronten."
    )
    events = _statement_events(text, "2019-02-12")
    assert all(e.source_actor.lower() not in {"een", "eén", "één"} for e in events)
