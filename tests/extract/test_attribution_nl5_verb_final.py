"""Dutch attribution, round 5 of issue #5 (recall): a cue at the end of its clause takes the
object before it as content (``heeft haar vertrek bevestigd``), a passive cue its ``door``
agent as speaker, and subordinate forms of separable cues (``aankondigde``) are cues. Each on a
whole Dutch train article (shared/data/nl-attribution/train.jsonl), as the pipeline sees it."""

from __future__ import annotations

from functools import cache

import claimgraph
from claimgraph.lang import load_lang
from claimgraph.model import Attribution, Document


@cache
def _analyzed(text: str) -> Document:
    return claimgraph.analyze(text, lang="nl")


def _with_cue(doc: Document, cue: str) -> list[Attribution]:
    return [a for a in doc.attributions if a.cue == cue]


def test_participle_after_object_takes_the_object_as_content(nl_train_text) -> None:
    # "De 46-jarige Nielsen heeft haar vertrek vannacht bevestigd, nadat ..."
    doc = _analyzed(nl_train_text("nl-dpg-10795345"))
    [item] = _with_cue(doc, "bevestigd")
    assert doc.surface(item.content_span).startswith("haar vertrek")
    assert item.speaker.endswith("Nielsen")
    assert not any("heeft" in a.speaker for a in doc.attributions)


def test_inverted_subject_before_the_object(nl_train_text) -> None:
    # "Vanuit ... had Theresa May dit weekeinde ... haar landgenoten ... om begrip gevraagd."
    doc = _analyzed(nl_train_text("nl-dpg-10797726"))
    [item] = _with_cue(doc, "gevraagd")
    assert item.speaker == "Theresa May"
    assert doc.surface(item.content_span).endswith("om begrip")
    assert item.act == "demand"


def test_passive_cue_with_door_agent(nl_train_text) -> None:
    # "Het besluit haar Britse paspoort in te trekken is bekritiseerd door Labour en ..."
    doc = _analyzed(nl_train_text("nl-dpg-10667943"))
    [item] = _with_cue(doc, "bekritiseerd")
    assert item.speaker.startswith("Labour")
    assert doc.surface(item.content_span) == "Het besluit haar Britse paspoort in te trekken"


def test_verb_final_cue_inside_a_reported_clause_is_no_item(nl_train_text) -> None:
    # "vertelde hij dat ... maar dat zij zelf om een partner had gevraagd": Begum's asking is
    # what Yago reports, not an item of hers
    doc = _analyzed(nl_train_text("nl-dpg-10667943"))
    assert not any(doc.surface(a.content_span) == "om een partner" for a in doc.attributions)


def test_cue_with_complement_is_not_verb_final(nl_train_text) -> None:
    # "ChristenUnie, Partij voor de Dieren, 50Plus en SGP vinden dat de provincie ..."
    doc = _analyzed(nl_train_text("nl-dpg-10677496"))
    contents = [doc.surface(a.content_span) for a in _with_cue(doc, "vinden")]
    assert any(c.startswith("de provincie geen nieuwbouw") for c in contents), contents


def test_subordinate_forms_of_separable_cues() -> None:
    cues = load_lang("nl").cues_by_first
    for word in ("aankondigde", "bekendmaakte", "oproept", "toegeeft", "opmerkte"):
        assert word in cues, word
