"""Issue #5, session 9 (E14): a paragraph that opens with a straight quotation mark is a new
sentence (it was glued to the previous paragraph, whose speaker then took the quotation), a
closing mark that ends a paragraph opens none, and a quotation's speaker may carry a short
parenthesis before the cue (``"...," Sen. Marco Rubio (R-Fla.) said``). Texts: English
Wikinews 122 (CC BY 2.5, check set 2) and a PolNeAR train paragraph (shared data)."""

from __future__ import annotations

from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.model import Attribution
from claimgraph.nlp import load

GUDE = (
    "Regarding Trump's phone call, former federal prosecutor Elie Honig said via Twitter: \"If I "
    "got a transcript like the Trump-Ukraine call in a regular criminal case for bribery or "
    "extortion, I'd think, 'Wow, I’m surprised they're discussing this so openly and clearly.' \""
    '\n\n\n"The only conclusion I can reach after reading that devastating call summary is that '
    "Trump's White House staff want him to resign or be impeached,\" tweeted former thinktank "
    "executive Ken Gude."
)


def _items(text: str) -> list[Attribution]:
    return extract_attributions(load("en")(text), load_lang("en"))


def test_attribution_en19_paragraph_opening_quote_starts_a_sentence():
    sentences = [s.text.strip() for s in load("en")(GUDE).sents]
    assert len(sentences) == 2
    assert sentences[0].endswith("clearly.' \"")
    assert sentences[1].startswith('"The only conclusion')


def test_attribution_en19_paragraph_quote_keeps_its_own_speaker():
    [tweeted] = [a for a in _items(GUDE) if a.cue == "tweeted"]
    assert GUDE[slice(*tweeted.speaker_span)] == "former thinktank executive Ken Gude"
    assert GUDE[slice(*tweeted.content_span)].startswith("The only conclusion")
    assert tweeted.type == "direct"


def test_attribution_en19_parenthesis_after_quote_speaker(polnear_paragraph):
    text = polnear_paragraph(
        "wash-post_2016-02-14_nomination-questions-are-likely-", "Marco Rubio (R-Fla.) said"
    )
    [said] = [a for a in _items(text) if a.cue == "said"]
    assert text[slice(*said.speaker_span)] == "Sen. Marco Rubio"
    assert text[slice(*said.content_span)].startswith("It reminds us of this")
