"""A later stage's item whose pronoun speaker its own stage left unresolved takes its antecedent
among all the joined items (S1).

The English text: ``guardian_excerpt`` (tests/extract/conftest.py), The Guardian, 2023-05-04. The
rules find Peskov's ``saying`` item; the CRF alone finds ``He did not provide any evidence to
support the claim``, and among the CRF's own items ``He`` had no person before it, so the speaker
stayed "He".
"""

from __future__ import annotations

from collections.abc import Callable

from claimgraph import analyze
from claimgraph.extract.learned import model_available
from claimgraph.model import Document


def test_a_learned_pronoun_takes_the_rules_speaker_before_it(guardian_excerpt: Document) -> None:
    assert model_available("en")
    found = [a for a in guardian_excerpt.attributions if "provide" in a.cue]
    assert found and found[0].speaker == "Dmitry Peskov", [(a.speaker, a.cue) for a in found]


def test_a_dutch_learned_pronoun_takes_the_speaker_before_it(
    nl_train_text: Callable[[str], str],
) -> None:
    """``Zijn partij heeft 'met ruime voorsprong' gewonnen, zei hij. Wel gaf hij toe dat de AKP
    ...``: the rules resolve ``zei hij`` to Erdogan; the CRF's ``gaf hij toe`` had stayed "hij"."""
    doc = analyze(nl_train_text("nl-dpg-10769259"), lang="nl")
    found = [a for a in doc.attributions if doc.surface(a.content_span).startswith("de AKP naast")]
    assert found and found[0].speaker == "Recep Tayyip Erdogan", [a.speaker for a in found]
