"""Issue #5, session 9 (E14): a speaker phrase after its cue keeps its lower-case noun modifiers
(en grammar ``speaker_modifier_deps``: ``tweeted former thinktank executive Ken Gude``), but an
adjective does not make a speaker of a narrator's phrase (``Monday saw armed police ...``).
Sentences from English Wikinews (CC BY 2.5), check set 2 (122) and dev (0)."""

from __future__ import annotations

from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.model import Attribution
from claimgraph.nlp import load

TWEETED = (
    '"The only conclusion I can reach after reading that devastating call summary is that '
    "Trump's White House staff want him to resign or be impeached,\" tweeted former thinktank "
    "executive Ken Gude. \"That's the only explanation I can come up with for why they would "
    'release this call summary."'
)
SAW = (
    "Monday saw armed police with dogs searching a second apartment block in Magnitigorsk. "
    "Residents were evacuated."
)


def _items(text: str) -> list[Attribution]:
    return extract_attributions(load("en")(text), load_lang("en"))


def test_attribution_en19_inverted_speaker_keeps_noun_modifiers():
    [tweeted] = [a for a in _items(TWEETED) if a.cue == "tweeted"]
    assert TWEETED[slice(*tweeted.speaker_span)] == "former thinktank executive Ken Gude"


def test_attribution_en19_adjective_makes_no_inverted_speaker():
    assert not [a for a in _items(SAW) if a.cue == "saw"]
