"""Issue #5, session 11 (E21): ``no signs``, ``no further signs`` report that nothing was found,
a no-evidence statement, doubt (ANNOTATION.md rule 4, as ``no sign`` and ``no trace`` already
were); a sentence opening ``May God ...`` is a wish, and its ``may`` hedges nothing (en grammar
``hedge_idioms``). Sentences from English Wikinews 94 and 2 (check set 3), CC BY 2.5."""

from __future__ import annotations

from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.nlp import load

TEXT = (
    "USCG Captain Monica Rochester told the press a nearly 24-hour search mission involving "
    "three helicopters covering 160 square miles (~415 km2) had discovered no further signs in "
    "the water."
)


def test_stance_en_no_further_signs_is_doubt():
    items = extract_attributions(load("en")(TEXT), load_lang("en"))
    [item] = [a for a in items if "no further signs" in TEXT[slice(*a.content_span)]]
    assert item.stance == "doubt"


# English Wikinews 2 (check set 3), CC BY 2.5: "May God ..." opens a wish, no hedge
WISH = (
    'Duda also characterised the deaths as "crushing" and wrote "May God protect their parents '
    'and loved ones."'
)


def test_stance_en_may_god_is_a_wish_not_a_hedge():
    items = extract_attributions(load("en")(WISH), load_lang("en"))
    [item] = [a for a in items if WISH[slice(*a.content_span)].startswith("May God")]
    assert item.stance == "assert"
