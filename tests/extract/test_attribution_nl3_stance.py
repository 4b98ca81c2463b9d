"""Dutch attribution, round 3 of issue #5: stance phrases and negated belief cues
(lang/nl/stance.toml, lang/nl/cues.toml; ANNOTATION.md rules 1-4), each on a real sentence from
the Dutch train articles (shared/data/nl-attribution/train.jsonl; ids in the comments)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "start", "cue"),
    [
        (  # nl-dpg-10767089
            "Elderson gelooft niet dat het probleem alleen bij Nederlandse banken ligt.",
            "het probleem",
            "gelooft niet",
        ),
        (  # nl-dpg-10744690
            "Financieel directeur Clifford Abrahams van ABN Amro denkt niet dat de bonusregels "
            "zullen veranderen om handelsplatformen naar Amsterdam te lokken.",
            "de bonusregels",
            "denkt niet",
        ),
    ],
)
def test_negated_belief_is_deny_with_the_whole_cue(
    text: str, start: str, cue: str, by_content
) -> None:
    _, att = by_content(text, start)
    assert att.stance == "deny"
    assert att.cue == cue


@pytest.mark.parametrize(
    ("text", "start", "stance"),
    [
        (  # nl-dpg-10723126: "niet uitsluiten" is a hedge, not a denial
            '"Ik kan niet uitsluiten dat er meer van dit soort zaken spelen in andere landen," '
            "aldus de ING-woordvoerder.",
            "Ik kan niet uitsluiten",
            "speculate",
        ),
        (  # nl-dpg-10771795: no knowledge is doubt, not denial
            "Museummedewerkers zeggen geen idee te hebben waar het topstuk is.",
            "geen idee",
            "doubt",
        ),
        (  # nl-dpg-10754073
            "Volgens Vlug is er wel een kans dat de bestanden reden geven nieuw onderzoek te doen.",
            "is er wel een kans",
            "speculate",
        ),
    ],
)
def test_hedged_and_non_committal_contents(text: str, start: str, stance: str, by_content) -> None:
    _, att = by_content(text, start)
    assert att.stance == stance
