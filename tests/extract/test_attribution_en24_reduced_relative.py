"""Issue #5, session 11 (E21): a past participle cue that modifies the noun right before it
(``a basic R0 estimated in the range 2-4``) is a passive without its auxiliary: the noun is the
patient, not a speaker, and the agentless estimate attributes nothing; a relative clause with a
subject of its own (``that Wang described as ...``) and a finite verb the parser took for such
a participle under a root noun stay. Sentences from English Wikinews 192 (check set 1, read
half) and 160 (check set 3), CC BY 2.5."""

from __future__ import annotations

from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.nlp import load


def _cues(text: str) -> list[str]:
    return [a.cue for a in extract_attributions(load("en")(text), load_lang("en"))]


def test_a_participle_after_its_noun_reports_nothing():
    text = (
        "For context, SARS-CoV has a basic R0 estimated in the range 2–4 and influenza in the "
        "range 2–3."
    )
    assert "estimated" not in _cues(text)


def test_a_relative_clause_with_its_subject_stays_a_report():
    text = (
        "The first spray is made of molecularly grafted polymers, specifically polydimethylsiloxane "
        "silicone, that Wang described as resembling human hairs."
    )
    assert "described" in _cues(text)


def test_a_subject_whose_verb_the_parser_took_for_a_participle_stays_a_speaker():
    assert "confirmed" in _cues("Police confirmed on Sunday that two suspects were arrested.")
