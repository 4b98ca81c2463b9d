"""Dutch attribution, round 18 of issue #5: what an institution named by a common noun the
entity recogniser leaves untagged wants (``Justitie wil 16 jaar cel voor Tim S.``) is its
position without a ``dat`` clause (nl ``position_bodies``); the police's refusal to comment
(``De politie wil op deze vraag geen antwoord geven``) stays no item. Real text of shared
train and dev articles, rules alone."""

from __future__ import annotations

import pytest

from claimgraph.evaluation import read_gold_jsonl
from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.nlp import parse
from claimgraph.settings import data_dir

NL_DEV = data_dir() / "nl-attribution" / "dev.jsonl"


def test_what_justice_wants_is_its_position(nlp, nl_train_text) -> None:
    text = nl_train_text("nl-dpg-10723265")
    items = extract_attributions(parse(nlp, text), load_lang("nl"))
    found = [a for a in items if text[slice(*a.content_span)].startswith("16 jaar cel voor Tim S.")]
    assert found, [text[slice(*a.content_span)] for a in items]
    assert (found[0].speaker, found[0].cue) == ("Openbaar Ministerie", "wil")


def test_police_refusing_to_answer_is_no_position(nlp) -> None:
    if not NL_DEV.is_file():
        pytest.skip(f"no shared data at {NL_DEV}")
    text = next(d.text for d in read_gold_jsonl(NL_DEV) if d.id == "nl-dpg-10677689")
    items = extract_attributions(parse(nlp, text), load_lang("nl"))
    contents = [text[slice(*a.content_span)] for a in items]
    assert "op deze vraag geen antwoord geven" not in contents, contents
