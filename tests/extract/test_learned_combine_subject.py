"""Issue #5, round 14: ``learned.combine`` lets the model's speaker replace the rules' speaker of
the same cue unless only the rules' speaker is the cue's parsed subject (``Tegen Sky News zei
hij``, ``Sidney Smeets, een van de advocaten van ..., stelde``). Sentences from nl-attribution
train and dev."""

from __future__ import annotations

from functools import partial

import pytest

from claimgraph.evaluation import read_gold_jsonl
from claimgraph.extract.learned import combine
from claimgraph.extract.learned_stage import _is_cue_subject
from claimgraph.lang import load_lang
from claimgraph.model import Attribution, Document
from claimgraph.nlp import load
from claimgraph.pipeline import annotate
from claimgraph.settings import data_dir


def _span(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def _item(text: str, speaker: str, cue: str, content: str) -> Attribution:
    return Attribution(
        id="a1",
        speaker=speaker,
        speaker_span=_span(text, speaker),
        cue=cue,
        cue_span=_span(text, cue),
        content_span=_span(text, content),
        type="indirect",
    )


def _combined_speaker(text: str, rule_speaker: str, model_speaker: str, cue: str, content: str):
    rule = _item(text, rule_speaker, cue, content)
    learned = _item(text, model_speaker, cue, content)
    is_subject = partial(_is_cue_subject, load("nl")(text), load_lang("nl"))
    (item,) = combine([rule], [learned], is_subject)
    return text[slice(*item.speaker_span)]


SKY = (
    "Hammond erkende dat in de ministersploeg enige wanhoop heerst. Tegen Sky News zei hij dat "
    "iedereen 'bijzonder gefrustreerd' is."
)
SMEETS = (
    "Sidney Smeets, een van de advocaten van Van Laarhoven, stelde gisteren dat de minister "
    "wegloopt voor zijn verantwoordelijkheid."
)


def test_learned_combine_keeps_the_rules_parsed_subject_pronoun():
    content = "iedereen 'bijzonder gefrustreerd' is"
    assert _combined_speaker(SKY, "hij", "Sky News", "zei", content) == "hij"


def test_learned_combine_keeps_the_name_before_its_apposition():
    content = "de minister wegloopt voor zijn verantwoordelijkheid"
    speaker = _combined_speaker(
        SMEETS, "Sidney Smeets", "een van de advocaten van Van Laarhoven", "stelde", content
    )
    assert speaker == "Sidney Smeets"


def test_learned_combine_takes_the_models_speaker_when_that_is_the_subject():
    content = "de minister wegloopt voor zijn verantwoordelijkheid"
    speaker = _combined_speaker(
        SMEETS, "een van de advocaten van Van Laarhoven", "Sidney Smeets", "stelde", content
    )
    assert speaker == "Sidney Smeets"


def test_learned_combine_without_a_parse_takes_the_models_speaker():
    content = "iedereen 'bijzonder gefrustreerd' is"
    rule = _item(SKY, "hij", "zei", content)
    (item,) = combine([rule], [_item(SKY, "Sky News", "zei", content)])
    assert item.speaker == "Sky News"


@pytest.mark.skipif(not data_dir().exists(), reason="shared data not available")
def test_learned_combine_keeps_the_ministry_that_let_cnn_know():
    gold = {d.id: d for d in read_gold_jsonl(data_dir() / "nl-attribution" / "dev.jsonl")}
    source = gold["nl-dpg-10780085"]
    doc = annotate(Document(text=source.text, id=source.id, lang="nl", date=source.date))
    gold_item = next(a for a in source.attributions if a.cue == "liet aan CNN weten")
    start, end = gold_item.content_span
    (item,) = [a for a in doc.attributions if a.content_span[0] < end and start < a.content_span[1]]
    assert "ministerie" in item.speaker
