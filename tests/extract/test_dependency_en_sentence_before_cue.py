"""Issue #5, session 8 (E12): a complement that ends in a full stop before its cue is a sentence
of its own that the parser hung from the later reporting verb, not that verb's content. Real
paragraph from English Wikinews (CC BY 2.5), 'Sixteen states sue U.S. President Trump to stop
declaration of emergency for border wall' (shared/data/en-news/wikinews/wikinews_2019.csv)."""

from __future__ import annotations

from claimgraph.extract.dependency import extract_attributions_dependency
from claimgraph.lang import load_lang
from claimgraph.nlp import load

PARAGRAPHS = (
    "Trump's state of emergency appears to allow him to pull funding for the border wall from "
    "other places: potentially, according to Al Jazeera, US$3.6 billion from a Pentagon "
    "construction budget, $2.5 billion from anti-drug programs, and $601 million from a "
    "forfeiture fund within the U.S. Treasury Department.\n\n\n"
    '"President Trump treats the rule of law with utter contempt," said California Attorney '
    "General Xavier Becerra."
)


def test_dependency_en_narrator_sentence_is_not_the_content_of_a_later_cue() -> None:
    items = extract_attributions_dependency(load("en")(PARAGRAPHS), load_lang("en"))
    narrator_end = PARAGRAPHS.index("Department.")
    assert not [a for a in items if a.cue == "said" and a.content_span[0] < narrator_end], (
        "the narrator's sentence was read as Becerra's content"
    )
