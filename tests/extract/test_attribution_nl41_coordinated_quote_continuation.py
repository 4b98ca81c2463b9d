"""Dutch attribution, eleventh session round 2 (N22, issue #5): a quotation longer than a scare
quote, right after a coordinator and running to the end of a sentence without a cue, continues
what the last source said (``Maar 'naar onze ... niet strafbaar'.``); in a sentence with a cue of
its own (``..., vindt X, maar '...'``) it is no continuation. Excerpts of DPG articles from
nl-attribution train (nl-dpg-10741951) and dev (nl-dpg-10593552)."""

from __future__ import annotations

from claimgraph.extract.attribution import extract_attributions
from claimgraph.extract.parsed import remember_text
from claimgraph.lang import load_lang
from claimgraph.nlp import load

OM = (
    "Volgens het OM is er wel sprake van 'een smakeloze opmerking'. Maar 'naar onze voorlopige "
    "juridische inschatting is de opmerking waarschijnlijk niet strafbaar'. De opmerking is "
    "namelijk geen concrete oproep om Baudet iets aan te doen."
)
LOTERIJ = (
    "Toch is de schenking geen politiek statement, vindt Schreuders van de Vriendenloterij, maar "
    "'een strijdbare keuze die kwetsbare mensen een steuntje in de rug geeft'. Zij rekent erop "
    "dat andere goede doelen volgen."
)


def _items(text: str):
    parsed = load("nl")(text)
    remember_text(parsed, text)
    return extract_attributions(parsed, load_lang("nl"))


def test_quotation_after_coordinator_continues_the_last_source():
    items = _items(OM)
    [item] = [a for a in items if a.content(OM).startswith("naar onze")]
    assert item.content(OM).endswith("niet strafbaar")
    assert item.speaker == next(a.speaker for a in items if a.cue == "Volgens")
    assert item.cue_span is None and item.type == "direct"


def test_quotation_in_a_sentence_with_its_own_cue_is_no_continuation():
    items = _items(LOTERIJ)
    assert not any(a.cue_span is None and "strijdbare" in a.content(LOTERIJ) for a in items)
