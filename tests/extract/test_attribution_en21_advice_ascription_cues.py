"""Issue #5, session 9 (E17): English cue verbs the lexicon lacked. Advice is a demand of its
addressee (``The Internal Revenue Service website advises citizens to continue paying ...``) and
ascribing a cause is a claim (``Experts attribute this to human activity.``). The words stay out
of the learned model's cue lexicon (``lexicon = false``), so the shipped model's lexicon digest
is unchanged. Advice needs a clause: ``she advises President Htin Kyaw`` names an adviser's job
(PolNeAR dev, read from the shared data). Sentences from English Wikinews 6, 0 (en dev), 186
(check set 1) and 88 (check set 2), CC BY 2.5; rule stage alone."""

from __future__ import annotations

import pytest

from claimgraph.extract.attribution import extract_attributions
from claimgraph.extract.learned_features import cue_words
from claimgraph.lang import load_lang
from claimgraph.nlp import load
from claimgraph.settings import data_dir

IRS = (
    "The Internal Revenue Service website advises citizens to continue paying their federal "
    "taxes. Some services are unavailable."
)
AMMAN = (
    "Amman sent his girlfriend videos of beheadings and extremist text messages, and advised her "
    'to kill her "kuffar" (non-Muslim) parents.'
)
FSB = "One news site, Znak.com, claims FSB sources have ascribed the explosion to terrorism."
BURMA = "wash-post_2016-09-16_burma-leader-s-visit-to-washingt"
EXPERTS = "The phenomenon lasted about an hour. Experts attribute this to human activity."


def _item(text: str, cue: str):
    items = extract_attributions(load("en")(text), load_lang("en"))
    found = [a for a in items if a.cue == cue]
    assert len(found) == 1, items
    return found[0]


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        (IRS, "advises", "Internal Revenue Service website", "citizens to continue paying"),
        (AMMAN, "advised", "Amman", "her to kill her"),
    ],
)
def test_attribution_en21_advice_is_a_demand(text: str, cue: str, speaker: str, content: str):
    item = _item(text, cue)
    assert speaker in item.speaker
    assert text[slice(*item.content_span)].startswith(content)
    assert item.act == "demand"


def test_attribution_en21_advice_without_a_clause_is_no_claim():
    path = data_dir() / "polnear" / "dev" / "text" / f"{BURMA}.txt"
    if not path.is_file():
        pytest.skip(f"shared data not found: {path}")
    text = next(p for p in path.read_text(encoding="utf-8").split("\n") if "she advises" in p)
    items = extract_attributions(load("en")(text), load_lang("en"))
    assert "advises" not in {a.cue for a in items}


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        (FSB, "ascribed", "FSB sources", "the explosion to terrorism"),
        (EXPERTS, "attribute", "Experts", "this to human activity"),
    ],
)
def test_attribution_en21_ascribed_cause_is_a_claim(
    text: str, cue: str, speaker: str, content: str
):
    item = _item(text, cue)
    assert item.speaker == speaker
    assert text[slice(*item.content_span)] == content


def test_attribution_en21_new_cues_stay_out_of_the_model_lexicon():
    lang = load_lang("en")
    known = {w for cue in lang.cues for part in cue.parts if part for w in part}
    assert {"advises", "counseled", "ascribed", "attribute"} <= known
    assert not {"advises", "counseled", "ascribed", "attribute"} & cue_words(lang)
    assert "said" in cue_words(lang)
