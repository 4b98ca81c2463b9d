"""Act of an attribution from its cue and content, issue #5 thirteenth session (N28).

NOTES.md (nl-attribution), Act: "vindt dat X moet" is a demand; announcements of one's own future
action are promises. Signals kept (counts over all readable gold in the comments of the data files):
- nl cue ``vinden`` with a deontic modal in the content -> demand (cues.toml ``modal_act``);
- nl ``zou(den) ... moeten`` (should) -> demand (stance.toml ``acts``);
- nl reportative perfect ``zou(den) ... hebben`` (an alleged misdeed) -> accusation (``acts``);
- en ``announced``/``indicated`` with a future auxiliary opening the content -> promise
  (cues.toml ``future_act``).

Real text: Dutch train and dev articles, nl check set 2 (read half), en dev and en check sets 3
and 4 (read half); rule stage alone."""

from __future__ import annotations

from claimgraph.extract.attribution.constants import COLON
from claimgraph.extract.stance import decide_act
from claimgraph.lang import load_lang
from claimgraph.nlp import load, parse


def test_opinion_that_someone_must_act_is_a_demand(rule_item) -> None:
    # dev nl-dpg-10750447 (gold demand)
    text = (
        "In de Kamer klinkt ook kritiek op Koolmees. Ook de SP vindt dat Koolmees alsnog alle "
        "middelen moet inzetten."
    )
    assert rule_item("nl", text, "Koolmees alsnog").act == "demand"


def test_opinion_without_obligation_stays_a_statement(rule_item) -> None:
    # dev nl-dpg-10593552 (gold statement): the same cue without a modal judges, demands nothing
    text = (
        "Bruins reageerde fel. Toch is de schenking geen politiek statement, vindt Schreuders "
        "van de Vriendenloterij."
    )
    assert rule_item("nl", text, "is de schenking").act == "statement"


def test_should_is_a_demand(rule_item) -> None:
    # train nl-dpg-10667943 (gold demand)
    text = (
        'Het paar, dat volgens de islamitische wet is getrouwd, wil nu naar Nederland. "We zouden '
        'in Holland moeten wonen," aldus R. tegen de BBC.'
    )
    assert rule_item("nl", text, "We zouden in Holland").act == "demand"


def test_reportative_perfect_is_an_accusation() -> None:
    # nl check set 2, read half, 10742575 (gold accusation, no cue: the learned stage finds it,
    # so the content's own words go through decide_act as that stage passes them)
    content = (
        "In januari van dit jaar werd de 49-jarige techniekdocent van het Hoofdvaart College "
        "geschorst omdat hij de profeet Mohammed een pedofiel genoemd zou hebben."
    )
    words = [t.lower_ for t in parse(load("nl"), content)]
    assert decide_act(COLON, "statement", words, load_lang("nl")) == "accusation"


def test_announced_future_action_is_a_promise(rule_item) -> None:
    # en check set 3, en-wikinews-78 (gold promise)
    text = (
        "The Senate was set to meet on Wednesday, but at nearly the same time as Pierluisi's "
        "comments, the Senate announced it would meet on Monday."
    )
    assert rule_item("en", text, "it would meet").act == "promise"


def test_indicated_future_action_is_a_promise(rule_item) -> None:
    # en dev, en-wikinews-22 (gold promise)
    text = (
        "Both officers indicated they would appeal; Quirin wept in his lawyer's arms when "
        "convicted."
    )
    assert rule_item("en", text, "they would appeal").act == "promise"


def test_indicated_fact_stays_a_statement(rule_item) -> None:
    # en dev, en-wikinews-0 (gold statement): the cue reports a fact, no future action
    text = (
        "Chelyabinsk regional Deputy Governor Oleg Klimov indicated 68 people were missing. "
        "Rescue work continued through the night."
    )
    assert rule_item("en", text, "68 people").act == "statement"
