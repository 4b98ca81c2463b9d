"""English cue lexicon, extended from PolNeAR train cue words (issue #5): participles of the
reporting verbs, more reporting verbs and criticism verbs (ANNOTATION.md rule 7)."""

from __future__ import annotations

from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.nlp import load


def _items(text: str):
    return extract_attributions(load("en")(text), load_lang("en"))


def test_attribution_en3_criticism_verb_is_an_accusation():
    # PolNeAR train, huff-post_2016-08-03_francois-hollande-says-donald-tr
    text = (
        "Hollande denounced Trump’s remarks as\xa0“hurtful and humiliating” and warned of the "
        "global implications a Trump presidency would have."
    )
    denounced = [a for a in _items(text) if a.cue == "denounced"]
    assert len(denounced) == 1
    assert denounced[0].speaker == "Hollande"
    assert denounced[0].act == "accusation"
    assert text[slice(*denounced[0].content_span)].startswith("Trump’s remarks")


def test_attribution_en3_replied_is_the_cue_not_part_of_the_speaker():
    # PolNeAR train, huff-post_2016-08-12_isis-truther-donald-trump-is-lik
    text = "Trump replied: “No, I meant he’s the founder of ISIS.”"
    (item,) = _items(text)
    assert item.cue == "replied"
    assert text[slice(*item.speaker_span)] == "Trump"
    assert text[slice(*item.content_span)].startswith("No, I meant")


def test_attribution_en3_lexicon_forms_and_labels():
    cues = load_lang("en").cues_by_first
    assert {"noting", "adding", "replied", "denounced", "wants"} <= set(cues)
    assert cues["calling"]  # "calling for" (demand) besides the weak "call" group
    assert any(p.act == "demand" for p in cues["urging"])
    assert all(p.stance == "deny" for p in cues["denying"])
    # nouns and actions as often as cues: left out (Wikinews dev false positives)
    assert not {"attacks", "cited", "support", "plan"} & set(cues)


def test_attribution_en3_attack_noun_is_no_cue():
    # English Wikinews dev, en-wikinews-106
    text = (
        "US Secretary of State Mike Pompeo posted a message on Twitter blaming Iran for the "
        'attacks, saying there was "no evidence the attacks came from Yemen."'
    )
    assert all(not a.cue.lower().startswith("attack") for a in _items(text))
