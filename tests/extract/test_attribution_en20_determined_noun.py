"""Issue #5, session 9 (E16): a verb cue word the tagger makes a noun with a determiner or
possessor before it (``a deposition request for``, ``Trump's call with``, ``the President's claim
would``, ``this dispute``, ``Rittenhouse's charges include``) reports nothing, while such a noun
before its complement (``Trump's claim that``, PolNeAR dev) and the verb cue beside one stay
cues. Sentences from English Wikinews 122 (check set 2), 136 (check set 1) and 284 (en dev),
CC BY 2.5."""

from __future__ import annotations

import pytest

from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.nlp import load
from claimgraph.settings import data_dir

VOLKER = (
    "On the same day, Kurt Volker, the United States special envoy for Ukraine negotiations, "
    "resigned without public explanation. The House issued a deposition request for Volker, "
    "scheduled for this week.\n\n\nVolker's resignation was the first since details emerged "
    "about Trump's call with Ukrainian President Volodymyr Zelensky."
)
RULING = (
    "Of equal fundamental concern, the President's claim would tread upon principles of "
    "federalism and comity that form essential components of our constitutional structure.\n\n\n"
    "Because this Court finds aspects of such a doctrine repugnant to the nation's governmental "
    "structure, it ABSTAINS from adjudicating this dispute and DISMISSES the President's suit."
)
CHARGES = (
    "One other person was injured in the altercation. Rittenhouse's charges include intentional "
    "homicide and illegally possessing a firearm."
)
KEATING = (
    "Court Commissioner Loren Keating said he considered Rittenhouse a flight risk, prior to "
    "setting the US$2 million bond."
)
# PolNeAR dev (licence unknown: read from the shared data, not copied): a possessor before the
# noun and its complement after it, a nominal cue PolNeAR annotates
POLITIFACT = "breitbart_2016-09-29_politifact-donald-trump-is-right"


def _cues(text: str) -> list[str]:
    return [a.cue for a in extract_attributions(load("en")(text), load_lang("en"))]


def test_attribution_en20_determined_nouns_report_nothing():
    assert _cues(VOLKER) == []
    assert _cues(RULING) == []
    assert _cues(CHARGES) == []


def test_attribution_en20_verb_cue_beside_a_determined_noun_stays():
    assert "said" in _cues(KEATING)


def test_attribution_en20_noun_before_its_complement_stays_a_cue():
    found = sorted((data_dir() / "polnear" / "dev" / "text").glob(f"{POLITIFACT}*.txt"))
    if not found:
        pytest.skip("PolNeAR dev is not in the shared data")
    text = found[0].read_text(encoding="utf-8")
    start = text.index("Politifact seized on Trump’s claim that")
    sentence = text[start : text.index(".", start) + 1]
    assert "claim" in _cues(sentence)
