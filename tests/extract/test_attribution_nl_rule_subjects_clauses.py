"""Dutch attribution rules, rounds 7 and 8 of issue #5, on real articles (Dutch train articles of
shared/data/nl-attribution and unlabeled DPG news of shared/data/nl-news), as the rules see them:
- a subject with an apposition between commas right before its cue (``Sidney Smeets, een van de
  advocaten van Van Laarhoven, stelde``); a short quotation that the cue's clause goes on after
  (``Hij zegt 'niet echt' gestreden te hebben``: a paraphrase, not a direct quote); reflexive
  opposition cues with words in between (``verzet zich hevig tegen``);
- a focus particle before the subject (``Ook het Lagerhuis heeft gezegd``), a cue with its speaker
  between commas inside a clause (``Normaal gesproken, zegt X, zit ze ...``), new reporting verbs
  (``..., redeneert de bank``) and no one-word contents (``kan zich voorstellen huurders vragen
  hebben``)."""

from __future__ import annotations

import json
from functools import cache

import pytest

from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.model import Attribution
from claimgraph.nlp import load as load_nlp
from claimgraph.settings import data_dir

NL_NEWS = data_dir() / "nl-news" / "dpg-news2019.jsonl"


@cache
def _news_texts() -> dict[str, str]:
    with NL_NEWS.open(encoding="utf-8") as fh:
        return {d["id"]: d["text"] for d in map(json.loads, fh)}


def _news_text(doc_id: str) -> str:
    """The text of an unlabeled Dutch news article by id (skips without the shared data)."""
    if not NL_NEWS.is_file():
        pytest.skip(f"no shared data at {NL_NEWS}")
    return _news_texts()[doc_id]


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
    assert _surface(text, item.content_span).startswith("tegen zijn uitsluiting door de VS")
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
    assert _surface(text, item.content_span).startswith("tegen uitbreiding van de mogelijkheid")


def test_focus_particle_and_subject_are_one_constituent(nl_train_text) -> None:
    # "Ook het Lagerhuis heeft gezegd niet met een No Deal akkoord te zullen gaan": "Ook" is no
    # adverbial that inverts the subject
    text = nl_train_text("nl-dpg-10797726")
    [item] = [a for a in _with_cue(text, "gezegd") if "No Deal" in _surface(text, a.content_span)]
    assert _surface(text, item.speaker_span) == "het Lagerhuis"
    assert item.speaker == "Lagerhuis"
    assert _surface(text, item.content_span) == "niet met een No Deal akkoord te zullen gaan"


def test_cue_between_commas_gives_the_clause_after_it() -> None:
    text = _news_text("10593552")
    [item] = [a for a in _with_cue(text, "zegt") if a.speaker == "Carla Hollak"][:1]
    assert _surface(text, item.content_span) == (
        "zit ze drie maanden te ploeteren op een subsidieaanvraag"
    )
    assert all(_surface(text, a.content_span) != "Normaal gesproken" for a in _rule_items(text))


def test_cue_between_commas_after_a_subject_gives_the_sentence() -> None:
    # "De reden, zegt de Zweedse psycholoog Patrik Sörqvist, is dat ...": the fronted subject
    # belongs to the claim
    text = _news_text("10670010")
    [content] = [
        _surface(text, a.content_span)
        for a in _with_cue(text, "zegt")
        if "toegerust" in _surface(text, a.content_span)
    ]
    assert content.startswith("De reden, zegt de Zweedse psycholoog Patrik Sörqvist")
    assert content.endswith("is dat de mens niet is toegerust met milieu en klimaat om te gaan")


def test_reasoning_verb_after_its_content_reports_it() -> None:
    text = _news_text("10676583")
    [item] = _with_cue(text, "redeneert")
    assert item.speaker == "bank HSBC"  # "de bank": the one "bank <Name>" the article named (N24)
    assert _surface(text, item.content_span).startswith("Wanneer millennials ouder worden")
    assert item.stance == "assert"


def test_one_word_after_a_cue_is_no_content(nl_train_text) -> None:
    # "kan zich voorstellen huurders vragen hebben": "vragen" is a noun here
    text = nl_train_text("nl-dpg-10648992")
    assert all(_surface(text, a.content_span) != "hebben" for a in _rule_items(text))
