"""Issue #5, session 10 (E18): a capitalised opening before a comma is the name before an
appositive (``Nancy Pelosi, the Speaker of the House, said``) only when the words between the
commas are no clause: in ``Unlike Patriot, Mr. Clarke has few ... investors ..., they say`` the
opening is an adverbial and the clause after it the content of "they say". Sentence from PolNeAR
dev (New York Times, Oct. 2016), read from the shared data; rule stage alone."""

from __future__ import annotations

from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.nlp import load

PATRIOT = (
    "Unlike Patriot, Mr. Clarke has few deep-pocketed Wall Street investors that the state could "
    "pressure to cover the costs, they say."
)


def test_attribution_en22_adverbial_opening_is_no_apposed_name():
    items = extract_attributions(load("en")(PATRIOT), load_lang("en"))
    [item] = [a for a in items if a.cue == "say"]
    assert PATRIOT[slice(*item.speaker_span)] == "they"
    assert PATRIOT[slice(*item.content_span)].endswith("to cover the costs")
