"""Issue #5, session 8 (E11): Wikinews' block quotation, paragraphs after a lead-in that ends
with a colon and closed by a byline line (`` – European Court of Justice``), is a direct item
of the byline's source, with the stance of the lead-in's reporting verb (``Marrero rejected
this argument:``: deny); a byline under a pull quote without such a lead-in gives nothing.
Passages from English Wikinews (CC BY 2.5): en dev (en-wikinews-130) and the check set's
tuning half (en-wikinews-136)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.nlp import load
from claimgraph.settings import data_dir

CHECK = Path(__file__).parents[2] / "bench" / "data" / "attribution" / "en-wikinews-check.jsonl"


def _text(path: Path, doc_id: str) -> str:
    if not path.exists():
        pytest.skip(f"{path} is absent")
    with path.open(encoding="utf-8") as fh:
        return next(json.loads(line)["text"] for line in fh if f'"{doc_id}"' in line)


def _block_item(text: str, start: str, byline: str):
    """The item of the block that opens with ``start`` in the passage up to ``byline``."""
    at = text.index(start)
    passage = text[text.rindex("\n\n", 0, at - 5) : text.index(byline) + len(byline)].strip()
    items = extract_attributions(load("en")(passage), load_lang("en"))
    block = passage.index(start)
    return passage, [a for a in items if a.content_span[0] == block]


def test_attribution_en16_block_quote_of_the_byline_source():
    text = _text(data_dir() / "en-attribution" / "dev.jsonl", "en-wikinews-130")
    passage, [item] = _block_item(text, "By today’s judgment", "– European Court of Justice")
    assert passage[slice(*item.content_span)].endswith("from ordering a host provider")
    assert item.type == "direct" and item.speaker == "European Court of Justice"


def test_attribution_en16_block_quote_takes_the_lead_in_stance():
    text = _text(CHECK, "en-wikinews-136")
    _, [item] = _block_item(text, "The notion of federal supremacy", "Decision and Order")
    assert item.speaker == "Victor Marrero"
    assert item.cue == "rejected" and item.stance == "deny"


def test_attribution_en16_pull_quote_byline_gives_no_block_item():
    text = _text(data_dir() / "en-attribution" / "dev.jsonl", "en-wikinews-22")
    at = text.index("—One of the victim's lawyers")
    passage = text[text.rindex("\n\n", 0, at - 5) : at + 30].strip()
    items = extract_attributions(load("en")(passage), load_lang("en"))
    byline = passage.index("—One of")
    assert items and not [a for a in items if a.speaker_span and a.speaker_span[0] >= byline]
