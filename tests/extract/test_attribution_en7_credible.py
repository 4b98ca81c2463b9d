"""Learned English items the pipeline drops: a cue run over a second clause, a content cut out
of a noun phrase, a subject of a verb of material action (examples/wikinews-2020.jsonl)."""

from __future__ import annotations

from claimgraph.lang import load_lang
from claimgraph.model import Attribution
from claimgraph.nlp import load
from claimgraph.pipeline import _credible


def _item(text: str, speaker: str, cue: str, content: str) -> Attribution:
    def span(part: str) -> tuple[int, int]:
        start = text.index(part)
        return start, start + len(part)

    return Attribution(
        speaker=speaker, speaker_span=span(speaker), cue=cue, cue_span=span(cue),
        content_span=span(content),
    )


def _credible_in(text: str, item: Attribution) -> bool:
    return _credible(item, text, load("en")(text), load_lang("en"))


def test_attribution_en7_cue_spanning_a_clause_is_dropped():
    text = (
        "Honcharuk filed his resignation after the audio recording was uploaded Wednesday on "
        "an anynomous YouTube channel."
    )
    cue = "filed his resignation after the audio recording was uploaded Wednesday on"
    item = _item(text, "Honcharuk", cue, "an anynomous YouTube channel")
    assert not _credible_in(text, item)


def test_attribution_en7_content_cut_from_noun_phrase_is_dropped():
    text = (
        "Yesterday, Ukrainian President Volodymyr Zelensky declined Prime Minister Oleksiy "
        "Honcharuk's offer to resign after the leak of an audio recording."
    )
    item = _item(text, "Ukrainian President Volodymyr Zelensky", "declined", "Prime Minister")
    assert not _credible_in(text, item)


def test_attribution_en7_material_action_subject_is_no_claimant():
    text = (
        "China has invested about nine billion US dollars to develop efficient diagnostics and "
        "treatment."
    )
    item = _item(text, "China", "has invested", "about nine billion US dollars to develop")
    assert not _credible_in(text, item)
    text = (
        'Yesterday, the World Health Organization (WHO) raised the 2019-nCoV coronavirus global '
        'risk assessment from "moderate" to "high".'
    )
    item = _item(text, "the World Health Organization (WHO)", "raised", "the 2019-nCoV")
    assert not _credible_in(text, item)


def test_attribution_en7_reporting_subject_still_kept():
    # the same filter keeps a plain reporting item with an unlexicalised verb
    text = "He also instructed security agencies to investigate who leaked the recording."
    item = _item(text, "He", "also instructed", "security agencies to investigate who leaked")
    assert _credible_in(text, item)
