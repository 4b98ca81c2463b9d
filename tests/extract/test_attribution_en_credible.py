"""Which learned English items the pipeline keeps: a cue is looked up past its auxiliaries
(``has said``), but a passive keeps its auxiliary (``was ordered``)."""

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
