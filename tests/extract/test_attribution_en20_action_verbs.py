"""Issue #5, session 9 (E16): verbs of material action (``orchestrated``, ``captured``) make no
claimant of their subject: learned items with such an unlexicalised cue are dropped
(``learned_stage._credible``, en grammar ``action_verbs``), while a reporting verb beside them keeps
its item. Sentences from English Wikinews 108 and 22 (en dev), CC BY 2.5."""

from __future__ import annotations

import pytest

from claimgraph.extract.learned_stage import _credible
from claimgraph.lang import load_lang
from claimgraph.model import Attribution
from claimgraph.nlp import load

OSAMA = (
    "Osama bin Laden founded Al-Qaeda and orchestrated the 9/11 attacks on the US of 2001. "
    "Osama was killed by US special forces in Pakistan in 2011."
)
CCTV = (
    "CCTV captured their arrival at the building, entering at 0:40 after Spanton smoked a "
    "cigarette; she described being forced to drink whiskey."
)


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def _credible_item(text: str, speaker: str, cue: str, content: str) -> bool:
    item = Attribution(
        speaker=speaker,
        speaker_span=_span(text, speaker),
        cue=cue,
        cue_span=_span(text, cue),
        content_span=_span(text, content),
    )
    return _credible(item, text, load("en")(text), load_lang("en"))


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        (OSAMA, "Osama bin Laden", "orchestrated", "the 9/11 attacks on the US of 2001"),
        (CCTV, "CCTV", "captured", "their arrival at the building, entering at 0:40"),
    ],
)
def test_attribution_en20_action_verb_subject_is_no_claimant(
    text: str, speaker: str, cue: str, content: str
) -> None:
    assert not _credible_item(text, speaker, cue, content)


def test_attribution_en20_reporting_verb_beside_action_verb_is_kept():
    assert _credible_item(CCTV, "she", "described", "being forced to drink whiskey")
