"""Issue #5, session 8 (E11): a third party's reporting verb with a complement clause inside an
English quotation is an item of that party (ANNOTATION.md rule 8: ``"... The court has found
that Mme Spanton did not lie ..."`` in a lawyer's quote), the outer speaker keeping the whole
quotation; the quoted speaker's own ``I``/``we`` and generic ``people`` are not split off, nor
an infinitive (``a court order to say that X``: no one says X). Sentences from English
Wikinews (CC BY 2.5), en dev."""

from __future__ import annotations

from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.nlp import load

OBADIA = (
    'Sophie Obadia, another lawyer for the victim, told reporters "Women in France who have been '
    "raped don't have to justify their private life. The court has found that Mme Spanton did "
    'not lie, she is not a liar. She was portrayed as a liar, she did not lie."'
)
PEERS = (
    "Steve Peers of the University of Essex, speaking to BBC, said, \"If there's a court order to "
    "say that someone's been defamed, then Facebook has to also search for different variations "
    'of it", also observing, "[t]here\'s no harmonised defamation law internationally".'
)


def _items(text: str):
    return extract_attributions(load("en")(text), load_lang("en"))


def test_attribution_en16_third_party_inside_a_quote():
    items = _items(OBADIA)
    [court] = [a for a in items if a.cue == "found"]
    assert OBADIA[slice(*court.speaker_span)] == "The court"
    assert OBADIA[slice(*court.content_span)] == "Mme Spanton did not lie"
    assert court.stance == "deny"
    [outer] = [a for a in items if a.cue.startswith("told")]
    assert OBADIA[slice(*outer.content_span)].startswith("Women in France")
    assert outer.content_span[1] > court.content_span[1]


def test_attribution_en16_infinitive_inside_a_quote_is_no_source():
    assert not [a for a in _items(PEERS) if a.cue == "say"]
