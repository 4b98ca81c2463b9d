"""Who did what to whom in fresh Dutch news (issue #7, twentieth session): a negated claim is no
rejection, only a denial cue or phrase is; "vraagt zich ... af" wonders, it asks no one; what
should have happened ("had moeten") is no demand, nor what will happen ("zullen ... worden
opgepakt") an event; "de post uit Pyongyang" names where the post comes from, not the target;
two bare noun phrases before a clause-final Dutch verb are its subject and object, in that order.
Sentences from DPG 2019 (nl-news) but the last test's, which is the constructed example the
brief gave (no readable Dutch text has two actor phrases before such a verb)."""

from __future__ import annotations

import pytest

import claimgraph
from claimgraph.model import Event


def _events(text: str, date: str, etype: str = "") -> list[Event]:
    found = claimgraph.analyze(text, lang="nl", date=date).events
    return [e for e in found if not etype or e.type == etype]


# "date type text": an article date, the event type the text must not have, and the text,
# each with its DPG 2019 id
_NO_EVENT = [
    # 10672716: the police report that nobody was hurt, they reject nothing
    "2019-03-05 REJECT In Londen zijn gisteren op minstens drie plaatsen geïmproviseerde "
    "explosieven aangetroffen. Niemand raakte gewond, aldus de politie.",
    # 10685498: Buma calls social assistance meagre, he denies no one's claim
    "2019-03-09 REJECT ,,Dat is geen vetpot'', zegt CDA-leider Sybrand Buma.",
    # 10667924: "zich ... afvragen" is to wonder, no demand of anyone
    "2019-03-04 DEMAND Van der Helm vraagt zich dan ook af hoe het kan.",
    # 10667946, 10668270: a reproach about the past asks nothing
    "2019-03-04 DEMAND Van Westerloo vindt dat Huys de mismatch zélf had moeten aankaarten.",
    "2019-03-05 DEMAND Schouten vindt dat Franciscus het celibaat als hoofdoorzaak had moeten "
    "noemen.",
    # 10648031: returning women will be arrested, none has been
    "2019-02-27 COERCE De vrouwen willen zelf ook terug, ook al zullen ze op Schiphol direct "
    "worden opgepakt en vastgezet.",
    # 10730661: a party's plan to cooperate
    "2019-03-21 COOPERATE Anders dan de PVV zal Forum samenwerken door 'punten te pakken waar "
    "het kan'.",
]

# the same for the event type the text keeps
_KEPT = [
    # 10804673: suspects deny the charge
    "2019-04-11 REJECT De verdachten ontkenden dat ze iets met de dood van Joëlle te maken hadden.",
    # 10667929: "geen sprake" rejects a suspicion of fraud
    "2019-03-04 REJECT Van identiteits- of andere fraude is volgens hem geen sprake.",
    # 10791706: a request to come forward
    "2019-04-08 DEMAND De gemeente vraagt eventuele getuigen om zich te melden bij de politie.",
    # nl dev 10800765: an arrest that happened
    "2019-04-10 COERCE Op Schiphol werd A. zomer vorig jaar aangehouden.",
]


@pytest.mark.parametrize("case", _NO_EVENT)
def test_negated_claims_wondering_reproaches_and_plans_are_no_events(case: str) -> None:
    date, etype, text = case.split(" ", 2)
    assert not _events(text, date, etype)


@pytest.mark.parametrize("case", _KEPT)
def test_denials_requests_and_past_arrests_stay_events(case: str) -> None:
    date, etype, text = case.split(" ", 2)
    assert _events(text, date, etype)


def test_a_place_after_uit_is_no_statement_target():
    # DPG 2019-02-27 (10649080): Kim asked Trump about the post from Pyongyang
    text = (
        "Kim zou Trump hebben gevraagd de inhoud van de post uit Pyongyang voor zichzelf te "
        "houden, maar dat kost Trump moeite."
    )
    parties = [(e.source_actor, e.target_actor) for e in _events(text, "2019-02-27", "DEMAND")]
    assert parties == [("Kim", "")]


def test_two_bare_phrases_before_a_final_verb_are_subject_then_object():
    # the brief's example (constructed): nearness made Oekraïne the attacker
    for text in (
        "Volgens de krant heeft Rusland Oekraïne opnieuw aangevallen.",
        "Hij zegt dat Rusland Oekraïne opnieuw heeft aangevallen.",
        # a passive keeps its agent phrase: "door Rusland" attacked, Oekraïne the target
        "Oekraïne werd gisteren door Rusland aangevallen.",
    ):
        attacks = _events(text, "2023-05-04", "ASSAULT")
        assert [(e.source_country, e.target_country) for e in attacks] == [("RUS", "UKR")]
