"""Issue #5, session 8 (E12): an English passive cue with its agent after ``by`` (en grammar
``agent_markers``). The agent is the speaker of an accusation (``was accused by a reporter of
X``, ANNOTATION.md rule 6: the source is identified) and of a criticised or claimed subject
(``The attack was claimed by the Houthi movement``); the one addressed by a passive ``told`` is
no content. Paragraphs from PolNeAR train and sentences from English Wikinews (CC BY 2.5)."""

from __future__ import annotations

from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.model import Attribution
from claimgraph.nlp import load

CLAIMED = (
    "The speech came approximately one week after an attack on oil infrastructure in Saudi "
    "Arabia which halved Saudi oil output. The attack was claimed by the Houthi movement in "
    "Yemen, but both Saudi Arabia and the United States have alleged Iranian involvement."
)
TOLD = (
    'In a meeting that day he was told by Emergencies Minister Yevgeny Zinichev of "presumably '
    'between 36 and 40 people under the rubble", while Chelyabinsk regional Deputy Governor Oleg '
    "Klimov indicated 68 people were missing."
)


def _items(text: str) -> list[Attribution]:
    return extract_attributions(load("en")(text), load_lang("en"))


def _speaker(text: str, cue: str) -> str | None:
    [item] = [a for a in _items(text) if a.cue == cue]
    return text[slice(*item.speaker_span)] if item.speaker_span else None


def test_attribution_en17_accusation_agent_speaks(polnear_paragraph):
    text = polnear_paragraph(
        "nyt_2016-08-18_trump-hires-conservative-website", "accused by a female"
    )
    assert _speaker(text, "accused") == "a female Breitbart reporter"


def test_attribution_en17_criticism_agent_speaks(polnear_paragraph):
    text = polnear_paragraph(
        "nyt_2015-12-30_roasts-and-toasts-for-dealbook", "repeatedly criticized"
    )
    assert _speaker(text, "criticized") == "many Wall Street players"


def test_attribution_en17_claimed_subject_is_the_agents_content():
    [claimed] = [a for a in _items(CLAIMED) if a.cue == "claimed"]
    assert CLAIMED[slice(*claimed.speaker_span)].startswith("the Houthi")
    assert CLAIMED[slice(*claimed.content_span)] == "The attack"


def test_attribution_en17_addressed_subject_is_no_content():
    told = [a for a in _items(TOLD) if a.cue == "told"]
    assert all(a.content_span[0] > a.cue_span[1] for a in told)
