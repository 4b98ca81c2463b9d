"""Which learned English items the pipeline keeps (``learned_stage._credible``): a content framed as
reported (``that ...``, a quote) whatever its cue word; a cue looked up past its auxiliaries
(``has said``), but a passive keeps its auxiliary (``was ordered``); dropped: a cue run over a
second clause, a content cut out of a noun phrase, the subject of a verb of material action.
An item the model left without a source takes the parsed subject of its cue."""

from __future__ import annotations

import pytest

from claimgraph.extract.learned_stage import _add_parsed_speakers, _credible
from claimgraph.lang import load_lang
from claimgraph.model import Attribution
from claimgraph.nlp import load


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def _credible_in(text: str, item: Attribution) -> bool:
    return _credible(item, text, load("en")(text), load_lang("en"))


def _item(text: str, cue: str, content: str, speaker: str = "") -> Attribution:
    return Attribution(
        speaker=speaker,
        speaker_span=_span(text, speaker) if speaker else None,
        cue=cue,
        cue_span=_span(text, cue),
        content_span=_span(text, content),
    )


# PolNeAR train, wash-post_2016-04-18_sanders-says-his-private-meeting
FRANCIS = "On Saturday, Francis made clear that his meeting with Sanders was not political."


def test_attribution_en3_complementizer_frame_keeps_unknown_cue():
    item = _item(
        FRANCIS, "made clear", "that his meeting with Sanders was not political", "Francis"
    )
    assert _credible_in(FRANCIS, item)


def test_attribution_en3_unknown_cue_without_frame_or_subject_is_dropped():
    # the model's source is not the subject of "made", and the content has no frame
    item = _item(FRANCIS, "made clear", "was not political", "Sanders")
    assert not _credible_in(FRANCIS, item)


def test_attribution_en3_subject_of_cue_becomes_speaker():
    # PolNeAR train, nyt_2016-06-26_the-battle-of-the-billionaire-li
    text = (
        "Forbes, however, says that Mr. Kamprad is no longer a billionaire, having transferred "
        "his wealth to special entities ''beyond his control.''"
    )
    item = _item(text, "says", "that Mr. Kamprad is no longer a billionaire")
    assert _add_parsed_speakers([item], text, load("en")(text), load_lang("en"))
    assert item.speaker == "Forbes"
    assert item.speaker_span == _span(text, "Forbes")


def test_attribution_en3_subjectless_cue_takes_the_controlling_subject():
    # PolNeAR train, breitbart_2016-02-20_the-latest-hillary-clinton-tells
    text = (
        "As a small gathering of Nevada supporters waited for her appearance in a Caesar’s Palace "
        "ballroom, Hillary Clinton took to Twitter to say thanks."
    )
    item = _item(text, "say", "thanks")
    assert _add_parsed_speakers([item], text, load("en")(text), load_lang("en"))
    assert item.speaker == "Hillary Clinton"
    assert text[slice(*item.speaker_span)] == "Hillary Clinton"


def test_attribution_en3_no_subject_leaves_item_without_speaker():
    text = FRANCIS
    item = _item(text, "made clear", "that his meeting with Sanders was not political")
    item.cue_span = _span(text, "Saturday")  # a cue word with no subject of its own
    assert not _add_parsed_speakers([item], text, load("en")(text), load_lang("en"))
    assert item.speaker == "" and item.speaker_span is None


def test_attribution_en3_source_that_is_the_verbs_subject_is_kept():
    # English Wikinews dev, en-wikinews-120 ("encouraged" is in neither cue lexicon)
    text = "Callamard encouraged the CIA to release the files from their investigation."
    item = _item(text, "encouraged", "the CIA to release the files", "Callamard")
    assert _credible_in(text, item)


def test_attribution_en3_progressive_with_subject_is_dropped():
    # English Wikinews dev, en-wikinews-6: an action, not a claim
    text = "Federal courts are relying on non-government sources, like court fees, for funding."
    item = _item(text, "are relying on", "non-government sources", "Federal courts")
    assert not _credible_in(text, item)


def test_attribution_en_credible_cue_after_auxiliary():
    # PolNeAR train, nyt_2016-04-27_china-trade-is-linked-to-u-s-vot
    text = (
        "Representative Brooks has said that he would consider ''anything short of shooting'' "
        "illegal immigrants to get them out of the country."
    )
    item = _item(text, "has said", "that he would consider", "Representative Brooks")
    assert _credible_in(text, item)


def test_attribution_en_passive_cue_keeps_auxiliary():
    # English Wikinews dev (en-wikinews-130): the passive's subject is no claimant
    text = "Facebook was ordered to remove the post."
    item = _item(text, "was ordered", "to remove the post", "Facebook")
    assert not _credible_in(text, item)


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
    assert not _credible_in(text, _item(text, cue, content, speaker))


def test_attribution_en7_reporting_subject_still_kept():
    # the same filter keeps a plain reporting item with an unlexicalised verb
    text = "He also instructed security agencies to investigate who leaked the recording."
    item = _item(text, "also instructed", "security agencies to investigate who leaked", "He")
    assert _credible_in(text, item)
