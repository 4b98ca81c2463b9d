"""Dutch attribution, round 7 of issue #5: a subject with an apposition between commas right
before its cue (``Sidney Smeets, een van de advocaten van Van Laarhoven, stelde``), a short
quotation that the cue's clause goes on after (``Hij zegt 'niet echt' gestreden te hebben``: a
paraphrase, not a direct quote), and reflexive opposition cues with words in between (``verzet
zich hevig tegen``). On whole Dutch train articles (shared/data/nl-attribution/train.jsonl), as
the rules see them."""

from __future__ import annotations

from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.model import Attribution
from claimgraph.nlp import load as load_nlp


def _rule_items(text: str) -> list[Attribution]:
    """The rule extractor's items alone (no learned items mixed in)."""
    return extract_attributions(load_nlp("nl")(text), load_lang("nl"))


def _surface(text: str, span: tuple[int, int] | None) -> str:
    return text[span[0] : span[1]] if span else ""


def _with_cue(text: str, cue: str) -> list[Attribution]:
    return [a for a in _rule_items(text) if a.cue == cue]


def test_named_head_of_an_apposition_before_the_cue_speaks(nl_train_text) -> None:
    text = nl_train_text("nl-dpg-10799170")
    [item] = [a for a in _with_cue(text, "stelde") if "wegloopt" in _surface(text, a.content_span)]
    assert _surface(text, item.speaker_span) == "Sidney Smeets"
    assert item.speaker == "Sidney Smeets"
    assert _surface(text, item.content_span).endswith(
        "de minister wegloopt voor zijn verantwoordelijkheid"
    )


def test_fronted_clause_before_the_cue_is_no_apposition(nl_train_text) -> None:
    # "'Als de minister blijft struisvogelen en wegkijken', spannen de advocaten wellicht ...":
    # the comma closes a fronted clause, so no speaker is taken from before it
    text = nl_train_text("nl-dpg-10799170")
    assert all(_surface(text, a.speaker_span) != "Als de minister" for a in _rule_items(text))


def test_short_quotation_inside_a_paraphrase_is_mixed(nl_train_text) -> None:
    text = nl_train_text("nl-dpg-10667943")
    [item] = [a for a in _with_cue(text, "zegt") if "IS-zijde" in _surface(text, a.content_span)]
    assert _surface(text, item.content_span) == "'niet echt' gestreden te hebben aan IS-zijde"
    assert item.type == "mixed"
    assert _surface(text, item.speaker_span) == "Hij"


def test_reflexive_opposition_cue_keeps_its_plain_form(nl_train_text) -> None:
    # "verzet zich ... tegen" also matches with nothing in between
    text = nl_train_text("nl-dpg-10670568")
    [item] = _with_cue(text, "verzet zich tegen")
    assert _surface(text, item.content_span).startswith("zijn uitsluiting door de VS")
    assert item.speaker == "Chinese telecombedrijf"


def test_reflexive_opposition_cue_with_an_adverb_between() -> None:
    # from a Dutch news article (shared/data/nl-attribution/dev.jsonl, nl-dpg-10750447)
    text = (
        "Nederland verzet zich hevig tegen uitbreiding van de mogelijkheid om WW-uitkeringen "
        "mee te nemen naar een ander EU-land."
    )
    [item] = _rule_items(text)
    assert item.cue == "verzet zich hevig tegen"
    assert item.speaker == "Nederland"
    assert _surface(text, item.content_span).startswith("uitbreiding van de mogelijkheid")
