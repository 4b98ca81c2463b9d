"""Issue #5, session 9 (E14): after an adverbial opener an English subject with a role-first
apposition stays before its cue (``Speaking to Agence France-Presse, the president of the
league, Jamel Msallem, said, "..."``: the name speaks, and the quotation is the content); only
verb-second languages invert the subject there. A subject inside a fronted ``after`` clause
loses the linking word. Sentences from English Wikinews 68 (CC BY 2.5, check set 2) and a
PolNeAR dev paragraph (read from the shared data)."""

from __future__ import annotations

import pytest

from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.model import Attribution
from claimgraph.nlp import load
from claimgraph.settings import data_dir

SPEAKING = (
    "Speaking to Agence France-Presse, the president of the Tunisian League for the Defence of "
    'Human Rights, Jamel Msallem, said, "We are for the freedom to dress, but today with the '
    "current situation and the terrorist threats in Tunisia and across the region we find "
    'justifications for this decision".'
)
BUFFETT = ("nyt_2016-09-16_clinton-plan-for-taxes-is-expans", "after Warren E. Buffett")


def _cue(text: str, cue: str) -> Attribution:
    [item] = [a for a in extract_attributions(load("en")(text), load_lang("en")) if a.cue == cue]
    return item


def _polnear_dev_paragraph(article: str, phrase: str) -> str:
    path = data_dir() / "polnear" / "dev" / "text" / f"{article}.txt"
    if not path.is_file():
        pytest.skip(f"shared data not found: {path}")
    return next(p for p in path.read_text(encoding="utf-8").split("\n") if phrase in p)


def test_attribution_en19_apposed_name_after_opener_speaks():
    said = _cue(SPEAKING, "said")
    assert SPEAKING[slice(*said.speaker_span)] == "Jamel Msallem"
    assert SPEAKING[slice(*said.content_span)].startswith("We are for the freedom")
    assert said.type == "direct"


def test_attribution_en19_apposed_subject_drops_linking_word():
    text = _polnear_dev_paragraph(*BUFFETT)
    complained = _cue(text, "complained")
    assert text[slice(*complained.speaker_span)] == "Warren E. Buffett"
    assert text[slice(*complained.content_span)].startswith("he paid taxes")
