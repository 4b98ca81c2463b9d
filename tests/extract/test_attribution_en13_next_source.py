"""Issue #5, round 14: a content stops before ``, and <subject> <cue>``: the coordinated clause
is a new source's report (``..., and Ms. Acosta said ...``), not the first source's words. Without
the comma a coordinated clause may still be reported (``told NPR A and his father saw B``)."""

from __future__ import annotations

from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.nlp import load


def _items(text: str):
    return extract_attributions(load("en")(text), load_lang("en"))


def _contents(text: str, cue: str) -> list[str]:
    return [text[slice(*a.content_span)] for a in _items(text) if a.cue == cue]


ACOSTA = (
    "Puerto Rico has been warning that it is running out of cash, and Ms. Acosta said the "
    "''extraordinary measures'' she had been using to produce cash so far were unsustainable."
)


def test_attribution_en13_content_stops_before_a_new_source_and_cue():
    # PolNeAR train, every 5th article held out (nyt, Puerto Rico debt)
    assert _contents(ACOSTA, "warning") == ["it is running out of cash"]
    said = _contents(ACOSTA, "said")
    assert len(said) == 1 and said[0].startswith("the ''extraordinary measures''")


VOTER = (
    "She said she has no plans to change her vote and would not identify any single issue that "
    "could sway her, but she said she reserves the right to reconsider."
)


def test_attribution_en13_same_speaker_second_report_is_its_own_item():
    # PolNeAR train, every 5th article held out
    contents = _contents(VOTER, "said")
    assert contents[0].endswith("could sway her")
    assert "she reserves the right to reconsider" in contents


SOUFAN = (
    "Retired FBI agent and terrorism specialist Ali Soufan told NPR Hamza bin Laden had appeared "
    "in Al-Qaeda videos since he was a young boy and his father saw a leadership role for him."
)


def test_attribution_en13_coordination_without_comma_stays_in_the_content():
    # Wikinews en dev (gold content runs to "for him")
    assert _contents(SOUFAN, "told")[0].endswith("saw a leadership role for him")
