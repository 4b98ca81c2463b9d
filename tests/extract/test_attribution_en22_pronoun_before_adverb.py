"""Issue #5, session 10 (E18): a pronoun after the cue is the content's subject, not an inverted
speaker, when its verb follows past adverbs (``said she almost always treated ...``). Sentence
from PolNeAR train (New York Times, Dec. 2015), read from the shared data; rule stage alone."""

from __future__ import annotations

from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.nlp import load

COMPTON = (
    "Ann Compton, who covered the White House for 40 years for ABC News, said she almost always "
    "treated the photo line as a crucial, although brief, opportunity to buttonhole the president "
    "with a question only he could answer."
)


def test_attribution_en22_pronoun_then_adverbs_then_verb_is_content():
    items = extract_attributions(load("en")(COMPTON), load_lang("en"))
    [item] = [a for a in items if a.cue == "said"]
    assert COMPTON[slice(*item.speaker_span)] == "Ann Compton"
    assert COMPTON[slice(*item.content_span)].startswith("she almost always treated")
