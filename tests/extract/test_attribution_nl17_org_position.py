"""Dutch attribution, round 17 of issue #5: what a speaker the entity recogniser tags as an
organisation wants (``Forum voor Democratie wil de provincie flink hervormen``) is its position
without a ``dat`` clause, like a party written as an acronym (nl ``position_entities``). Real
text of a shared train article, rules alone."""

from __future__ import annotations

from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.nlp import parse


def test_what_an_organisation_wants_is_its_position(nlp, nl_train_text) -> None:
    text = nl_train_text("nl-dpg-10677496")
    items = extract_attributions(parse(nlp, text), load_lang("nl"))
    found = [a for a in items if text[slice(*a.content_span)] == "de provincie flink hervormen"]
    assert found, [text[slice(*a.content_span)] for a in items]
    assert (found[0].speaker, found[0].cue, found[0].act) == (
        "Forum voor Democratie",
        "wil",
        "demand",
    )
