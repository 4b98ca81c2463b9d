"""Issue #5, session 8 (E11): a quotation set off by a comma or colon from the adverbials and
addressee after its cue is the whole content, without that lead-in (``asks at Western High
School, “...”``, ``responded pointedly, with a smile: “...”``). Sentences from PolNeAR train
(every 5th article, held out). The clause before such a cue is then no content of it (``Soon
after ..., Canova wrote to his 20,000 Twitter followers, “...”``)."""

from __future__ import annotations

import pytest

from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.nlp import load

SANDERS = "Sanders asks at Western High School, “Any questions I can answer?”"
KELLY = "Kelly responded pointedly, with a smile: “Can happen when you’re 45.” She is 45."
CANOVA = (
    "Soon after Wasserman Schultz was booed Monday during a Florida delegation breakfast in "
    "Philadelphia, Canova wrote to his 20,000 Twitter followers, “It’s time to end her political "
    "career for good,” and shared a link to his campaign fundraising webpage."
)


@pytest.mark.parametrize(
    ("text", "cue", "quote"),
    [
        (SANDERS, "asks", "Any questions I can answer?"),
        (KELLY, "responded", "Can happen when you’re 45."),
        (CANOVA, "wrote", "It’s time to end her political career for good"),
    ],
)
def test_attribution_en16_quote_after_lead_in_is_the_content(text, cue, quote):
    items = [a for a in extract_attributions(load("en")(text), load_lang("en")) if a.cue == cue]
    [item] = items
    assert text[slice(*item.content_span)] == quote
    assert item.type == "direct"
