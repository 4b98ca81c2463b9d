"""Issue #5, session 8 (E11): a quotation after a colon that ends a long clause with a reporting
verb is its own direct item of that verb's subject (cue ``:``), and the verb's content stops at
the colon. Sentence from English Wikinews (CC BY 2.5)."""

from __future__ import annotations

from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.nlp import load

TRUMP = (
    "Trump responded to the ruling via Twitter, attacking the subpoena as a political strategy: "
    '"The Radical Left Democrats have failed on all fronts, so now they are pushing local New '
    'York City and State Democrat prosecutors to go get President Trump."'
)


def test_attribution_en16_quote_after_colon_of_a_reporting_clause():
    items = extract_attributions(load("en")(TRUMP), load_lang("en"))
    [quote] = [a for a in items if a.cue == ":"]
    assert TRUMP[slice(*quote.content_span)].startswith("The Radical Left Democrats")
    assert quote.type == "direct" and quote.speaker_span is not None
    assert TRUMP[slice(*quote.speaker_span)] == "Trump"
    clause = [a for a in items if a.cue != ":"]
    assert clause and all(a.content_span[1] < TRUMP.index(":") + 1 for a in clause)
