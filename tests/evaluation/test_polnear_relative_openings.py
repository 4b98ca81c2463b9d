"""The PolNeAR adapter on two more span conventions, checked against PolNeAR train gold: a
content that fills the gap of a relative clause opens at its pronoun (``which X blamed for Y``),
and the complementizer is taken in also when a comma follows it (``that, in retrospect, ...``)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

from claimgraph.evaluation.gold import read_polnear
from claimgraph.evaluation.polnear import polnear_items
from claimgraph.lang import load_lang
from claimgraph.model import Attribution, Document
from claimgraph.settings import data_dir

CARNAGE = "wash-post_2015-11-15_carnage-renews-debate-over-milit"
PHONE = "politico_2016-05-26_clinton-goes-on-trump-style-phon"
MINORS = "huff-post_2016-07-26_obama-administration-to-expand-p"


@pytest.fixture(scope="module")
def gold() -> dict[str, Document]:
    train = data_dir() / "polnear" / "train"
    if not train.is_dir():
        pytest.skip(f"shared data not found: {train}")
    with tempfile.TemporaryDirectory() as tmp:
        split = Path(tmp)
        (split / "text").mkdir()
        (split / "attributions").mkdir()
        for name in (CARNAGE, PHONE, MINORS):
            shutil.copy(train / "text" / f"{name}.txt", split / "text")
            for ann in (train / "attributions").glob(f"{name}_*.ann"):
                shutil.copy(ann, split / "attributions")
        return {d.id: d for d in read_polnear(split)}


def _item(doc: Document, speaker: str, cue: str, content: str) -> Attribution:
    """An item with ANNOTATION.md spans, each the first occurrence after the speaker's."""
    at = doc.text.index(speaker)
    cue_at, content_at = doc.text.index(cue, at), doc.text.index(content, at)
    return Attribution(
        speaker=speaker,
        speaker_span=(at, at + len(speaker)),
        cue=cue,
        cue_span=(cue_at, cue_at + len(cue)),
        content_span=(content_at, content_at + len(content)),
    )


def _gold_span(doc: Document, opening: str) -> tuple[int, int]:
    return next(
        a.content_span for a in doc.attributions if doc.surface(a.content_span).startswith(opening)
    )


def _converted(doc: Document, item: Attribution) -> tuple[int, int]:
    return polnear_items(doc.text, [item], load_lang("en"))[0].content_span


def test_polnear_relative_clause_content_opens_at_its_pronoun(gold):
    doc = gold[CARNAGE]
    item = _item(doc, "French President", "blamed", "for the coordinated attacks")
    item.content_span = (item.content_span[0], doc.text.index(" on Friday night.") + 16)
    assert _converted(doc, item) == _gold_span(doc, "which French President")


def test_polnear_relative_pronoun_opening_the_speaker_span(gold):
    doc = gold[MINORS]
    item = _item(doc, "which officials", "said", "will go into effect in the next few months")
    assert _converted(doc, item) == _gold_span(doc, "which officials said")


def test_polnear_only_pronoun_speaker_is_the_subject_not_a_gap(gold):
    doc = gold[MINORS]
    item = _item(doc, "which officials", "said", "will go into effect in the next few months")
    item.speaker_span = (item.speaker_span[0], item.speaker_span[0] + len("which"))
    assert _converted(doc, item) == item.content_span


def test_polnear_takes_a_complementizer_before_a_comma(gold):
    doc = gold[PHONE]
    item = _item(doc, "Clinton reiterated", "reiterated", "in retrospect, what she did")
    item.content_span = (item.content_span[0], doc.text.index(" if she could.") + 13)
    assert _converted(doc, item) == _gold_span(doc, "that, in retrospect")
