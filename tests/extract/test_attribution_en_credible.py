"""Which learned English items the pipeline keeps: a cue is looked up past its auxiliaries
(``has said``), but a passive keeps its auxiliary (``was ordered``); a cue run over a second
clause, a content cut out of a noun phrase and the subject of a verb of material action are
dropped (examples/wikinews-2020.jsonl)."""

from __future__ import annotations

import pytest

from claimgraph.lang import load_lang
from claimgraph.model import Attribution
from claimgraph.nlp import load
from claimgraph.pipeline import _credible


def _item(text: str, speaker: str, cue: str, content: str) -> Attribution:
    def span(part: str) -> tuple[int, int]:
        start = text.index(part)
        return start, start + len(part)

    return Attribution(
        speaker=speaker,
        speaker_span=span(speaker),
        cue=cue,
        cue_span=span(cue),
        content_span=span(content),
    )


def test_attribution_en_credible_cue_after_auxiliary():
    # PolNeAR train, nyt_2016-04-27_china-trade-is-linked-to-u-s-vot
    text = (
        "Representative Brooks has said that he would consider ''anything short of shooting'' "
        "illegal immigrants to get them out of the country."
    )
    item = _item(text, "Representative Brooks", "has said", "that he would consider")
    assert _credible(item, text, load("en")(text), load_lang("en"))


def test_attribution_en_passive_cue_keeps_auxiliary():
    # English Wikinews dev (en-wikinews-130): the passive's subject is no claimant
    text = "Facebook was ordered to remove the post."
    item = _item(text, "Facebook", "was ordered", "to remove the post")
    assert not _credible(item, text, load("en")(text), load_lang("en"))


def _credible_in(text: str, item: Attribution) -> bool:
    return _credible(item, text, load("en")(text), load_lang("en"))


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        (  # a cue run over a second clause
            "Honcharuk filed his resignation after the audio recording was uploaded Wednesday on "
            "an anynomous YouTube channel.",
            "Honcharuk",
            "filed his resignation after the audio recording was uploaded Wednesday on",
            "an anynomous YouTube channel",
        ),
        (  # a content cut out of a noun phrase
            "Yesterday, Ukrainian President Volodymyr Zelensky declined Prime Minister Oleksiy "
            "Honcharuk's offer to resign after the leak of an audio recording.",
            "Ukrainian President Volodymyr Zelensky",
            "declined",
            "Prime Minister",
        ),
        (  # the subject of a verb of material action is no claimant
            "China has invested about nine billion US dollars to develop efficient diagnostics "
            "and treatment.",
            "China",
            "has invested",
            "about nine billion US dollars to develop",
        ),
        (
            "Yesterday, the World Health Organization (WHO) raised the 2019-nCoV coronavirus "
            'global risk assessment from "moderate" to "high".',
            "the World Health Organization (WHO)",
            "raised",
            "the 2019-nCoV",
        ),
    ],
)
def test_attribution_en7_false_learned_items_are_dropped(
    text: str, speaker: str, cue: str, content: str
) -> None:
    assert not _credible_in(text, _item(text, speaker, cue, content))


def test_attribution_en7_reporting_subject_still_kept():
    # the same filter keeps a plain reporting item with an unlexicalised verb
    text = "He also instructed security agencies to investigate who leaked the recording."
    item = _item(text, "He", "also instructed", "security agencies to investigate who leaked")
    assert _credible_in(text, item)
