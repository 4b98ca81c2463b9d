"""Issue #5, session 8: speakers the rules must find themselves, whatever the learned model
adds. A hyphen inside a word (``anti-poverty``) does not open an apposition, and a cue that
speaks for its head verb's object (``cited X as saying``) keeps that object against the
verb's subject when rule and model items are combined. Sentences from English Wikinews
(CC BY 2.5): the check set's en-wikinews-246 and the dev set's en-wikinews-138."""

from __future__ import annotations

from functools import partial

from claimgraph.extract.attribution import extract_attributions
from claimgraph.extract.learned_stage import _is_cue_subject
from claimgraph.lang import load_lang
from claimgraph.model import Attribution
from claimgraph.nlp import load

JYRKKANEN = (
    "Clinic and advocacy manager Michaela Jyrkkanen, of Christian anti-poverty organization The "
    "Mustard Seed Kamloops, disagreed with the correlation between the overdoses and the CERB "
    "payments."
)
GUNAWAN = (
    "The BBC also cited Budi Gunawan, chief of the Indonesian State Intelligence Agency, as "
    "saying the suspects were linked to the Jamaah Ansharut Daulah network."
)


def test_attribution_en18_apposition_with_a_hyphenated_word() -> None:
    items = extract_attributions(load("en")(JYRKKANEN), load_lang("en"))
    [item] = [a for a in items if a.cue == "disagreed with"]
    assert "Michaela Jyrkkanen" in JYRKKANEN[slice(*item.speaker_span)]
    assert JYRKKANEN[slice(*item.content_span)] == (
        "the correlation between the overdoses and the CERB payments"
    )
    assert item.stance == "deny"


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_attribution_en18_object_control_cue_speaks_for_the_object() -> None:
    lang = load_lang("en")
    parsed = load("en")(GUNAWAN)
    is_subject = partial(_is_cue_subject, parsed, lang)
    cue = _span(GUNAWAN, "saying")
    assert is_subject(cue, _span(GUNAWAN, "Budi Gunawan"))
    assert not is_subject(cue, _span(GUNAWAN, "The BBC"))
    [item] = [a for a in extract_attributions(parsed, lang) if a.cue == "saying"]
    assert isinstance(item, Attribution) and item.speaker == "Budi Gunawan"
