"""Dutch attribution, round 9 of issue #5: a negation inside the content denies only where it
rejects a claim (ANNOTATION.md rules 1, 2 and 4). After a belief cue (``vindt``, ``ziet``,
``verwacht``) the negated content is the speaker's own view (assert), and a negation word inside
an idiom (``niet zomaar``, ``niet meer dan``) negates nothing. Real sentences from the Dutch train
articles (shared/data/nl-attribution/train.jsonl; ids in the comments)."""

from __future__ import annotations

import re

import pytest

from claimgraph.extract.learned import cue_pattern
from claimgraph.extract.stance import decide_stance
from claimgraph.lang import load_lang


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (  # nl-dpg-10796126
            "Ook PFZW, het pensioenfonds van de zorg, ziet dat oudere werknemers het niet redden.",
            "oudere werknemers",
        ),
        (  # nl-dpg-10801749
            "De Europese Unie noemt dat in een reactie 'zwaar overdreven', en verwacht dat de "
            "Wereldhandelsorganisatie de heffingen niet zal goedkeuren.",
            "de Wereldhandelsorganisatie",
        ),
        (  # nl-dpg-10796126
            ",,Dit is geen onoplosbare discussie'', vindt Mackenbach.",
            "Dit is geen",
        ),
    ],
)
def test_negated_content_of_a_belief_cue_is_assert(text: str, start: str, by_content) -> None:
    _, att = by_content(text, start)
    assert att.stance == "assert"


def test_negated_content_of_a_statement_still_denies(by_content) -> None:
    # nl-dpg-10724256: the mayor rejects the reading of the decision as a blacklisting
    text = (
        "'Er is geen zwarte lijst', aldus de Milanese burgemeester Giuseppe Sala, "
        "bestuursvoorzitter van het operahuis."
    )
    _, att = by_content(text, "Er is geen zwarte lijst")
    assert att.stance == "deny"


def _words(text: str) -> list[str]:
    return re.findall(r"\w+|[^\w\s]", text.lower())


@pytest.mark.parametrize(
    ("cue", "content", "stance"),
    [
        ("aldus", "Het gaat hier niet zomaar om een brandje", "assert"),  # nl-dpg-10799169
        ("aldus", "Er is geen zwarte lijst", "deny"),  # nl-dpg-10724256
        (  # nl-dpg-10741951
            "laat weten",
            "Omdat hij aansluitend niet alleen kritiek kreeg, maar ook bedreigd werd",
            "assert",
        ),
    ],
)
def test_negation_idioms_do_not_deny(cue: str, content: str, stance: str) -> None:
    lang = load_lang("nl")
    pattern = cue_pattern(cue.split(), lang)
    assert decide_stance(pattern, cue.split(), _words(content), lang)[0] == stance
