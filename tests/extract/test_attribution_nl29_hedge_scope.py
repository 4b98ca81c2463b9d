"""Dutch attribution, round 29 of issue #5: hedges that hedge nothing. ``mogelijk`` inside a
fixed phrase (``zo snel mogelijk`` "as soon as possible", ``niet mogelijk`` "impossible") is no
epistemic hedge (grammar.toml hedge_idioms), and the modal ``zou(den) kunnen`` speculates only in
the content's main clause (stance.toml main_clause), not in a trailing ``maar dat ...`` clause
(ANNOTATION.md rule 1). Contents of gold items of the shared Dutch articles (ids in comments)."""

from __future__ import annotations

import re

import pytest

from claimgraph.extract.learned import cue_pattern
from claimgraph.extract.stance import decide_stance
from claimgraph.lang import load_lang


def _stance(cue: str, content: str) -> str:
    lang = load_lang("nl")
    words = re.findall(r"\w+|[^\w\s]", content.lower())
    return decide_stance(cue_pattern(cue.split(), lang), cue.split(), words, lang)[0]


@pytest.mark.parametrize(
    ("cue", "content", "stance"),
    [
        (  # train nl-dpg-10771543, gold assert
            "volgens",
            "wil 50Plus de wereld nog altijd 'graag zo netjes mogelijk achterlaten voor onze "
            "kinderen en kleinkinderen'",
            "assert",
        ),
        ("argument", "de brexit zo snel mogelijk een feit moet zijn", "assert"),  # dev 10648856
        (  # dev nl-dpg-10593552, gold assert
            "denkt",
            "de schenking een paar jaar geleden niet mogelijk was geweest",
            "assert",
        ),
        (  # train nl-dpg-10801302, gold assert
            "concluderen",
            "de kans daarop door de opwarming van het klimaat groter is geworden, maar dat die "
            "ook nog zouden kunnen vallen onder de normale variaties in het weer",
            "assert",
        ),
        (  # train nl-dpg-10767089, gold speculate: the hedge opens the main clause
            "zegt",
            "Het zou kunnen dat andere landen minder aan opsporing doen, dat weet ik niet.",
            "speculate",
        ),
        (  # train nl-dpg-10744690, gold speculate: a plain epistemic "mogelijk"
            "zegt",
            "Mogelijk kan Amsterdam wel een centrum voor andere delen van de financiële sector "
            "worden",
            "speculate",
        ),
    ],
)
def test_hedge_scope(cue: str, content: str, stance: str) -> None:
    assert _stance(cue, content) == stance
