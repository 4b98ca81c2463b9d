"""Issue #5, fourteenth session (E28): where the rules and the dependency stage give the same cue
different speakers, the rules' mention right before the cue stays (``Cuban said``): English
subjects precede their verb, and the parse's other subject is a misparse of a fronted phrase
(``In describing fellow billionaire Donald Trump,`` read as the subject) or of a fronted content
(``... attacking Bill Clinton, Carly Fiorina said``). PolNeAR train, where the two disagreed with
such a mention: the parse's subject was wrong 12 times and right once. Sentences from PolNeAR
train (West Journal, March 2016; Politico, January and December 2015), read from the shared data;
whole pipeline."""

from __future__ import annotations

import pytest

from claimgraph.model import Document
from claimgraph.pipeline import annotate

CUBAN = (
    "In describing fellow billionaire Donald Trump, Cuban said he sees someone without the "
    "intellectual curiosity needed to serve as commander in chief."
)
BRAYNARD = (
    "In a November 2006 press release issued by his firm, Braynard boasted that, thanks to his "
    "patented “Braynard Precision Survey Method,” he was the only pollster to correctly predict "
    "the wide victory margin for Democrat Ben Cardin in his Maryland Senate race that year "
    "against Republican Michael Steele."
)
FIORINA = "Donald Trump is on solid ground attacking Bill Clinton, Carly Fiorina said Monday."


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (CUBAN, "said", "Cuban"),
        (BRAYNARD, "boasted", "Braynard"),
        (FIORINA, "said", "Carly Fiorina"),
    ],
)
def test_attribution_e28_speaker_right_before_cue_beats_parse(text, cue, speaker):
    doc = annotate(Document(text=text, lang="en"))
    [item] = [a for a in doc.attributions if a.cue == cue]
    assert text[slice(*item.speaker_span)] == speaker


# Dutch is verb-second: a fronted phrase inverts the subject, so the phrase right before the verb
# after a comma is an apposition of the name before it, and the parse's subject stays (nl train,
# nl-dpg-10796126)
BPF = (
    "Bpf Bouw, het pensioenfonds voor de bouwsector zegt dat het aantal 60-plussers dat "
    "arbeidsongeschikt raakt, de afgelopen jaren met 15 procent per jaar stijgt."
)


def test_attribution_e28_verb_second_keeps_parsed_subject():
    doc = annotate(Document(text=BPF, lang="nl"))
    [item] = [a for a in doc.attributions if a.cue == "zegt"]
    assert item.speaker_span is not None
    assert BPF[slice(*item.speaker_span)] == "Bpf Bouw"
