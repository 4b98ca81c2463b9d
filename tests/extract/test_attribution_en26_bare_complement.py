"""Issue #5, session 18 (EN5): after a cue's addressee or adverbial, a clausal complement without
a complementizer opens the content (``told Fox News their investigation could last ...``): the
readable English gold leaves the addressee out of the content in all 9 such items. The parse may
hang that clause on the addressee as a relative clause without a relative word (``told the court
she was forced``); a true relative clause (``told the man who ...``) keeps its opening. Sentences
from English Wikinews (CC BY 2.5)."""

from __future__ import annotations

import pytest

from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.nlp import load

CASES = [
    (
        "Keith Holloway, an NTSB spokesman, told Fox News their investigation could last as long "
        "as two years but a preliminary report would likely be available in the next few weeks.",
        "told",
        "their investigation could last",
    ),
    (
        "Tomasz Kubiak, a fire service spokesman, told Agence France-Presse the male victim is in "
        "intensive care with severe burns.",
        "told",
        "the male victim is",
    ),
    (
        "She told the court she was forced to drink whiskey and perform oral sex on the men "
        "before being raped.",
        "told",
        "she was forced",
    ),
    (
        "Residents there told the press the officers claimed to be seeking a bomb.",
        "told",
        "the officers claimed",
    ),
]


@pytest.mark.parametrize(("text", "cue", "opening"), CASES)
def test_attribution_en26_content_opens_at_bare_complement(text: str, cue: str, opening: str):
    items = extract_attributions(load("en")(text), load_lang("en"))
    [item] = [a for a in items if a.cue == cue]
    assert text[slice(*item.content_span)].startswith(opening)
