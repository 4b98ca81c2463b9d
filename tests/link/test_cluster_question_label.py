"""A reporter's question about a claim does not label the claim's cluster: the ledger row would
read "Has the administration determined ...?" instead of the claim (White House briefing of
3 May 2023, public domain, in ../shared/samples/kremlin-drone-2023-05/)."""

from __future__ import annotations

from claimgraph.link.cluster import link_claims
from claimgraph.link.ledger import SourcedClaim, build_ledger
from claimgraph.model import Claim

QUESTION = (
    "Has the administration determined that there’s any validity to Russia’s claim that it’s "
    "thwarted an attempted drone strike on the Kremlin aimed at President Putin?"
)
RUSSIA = "it’s thwarted an attempted drone strike on the Kremlin aimed at President Putin?"


def _claim(claim_id: str, speaker: str, act: str, text: str) -> SourcedClaim:
    return SourcedClaim(Claim(claim_id, text, speaker, "assert", act, claim_id, "wh", "en"))


def _briefing_claims() -> list[SourcedClaim]:
    return [
        _claim("q", "reporter", "question", QUESTION),
        _claim("r", "Russia", "statement", RUSSIA),
    ]


def test_a_question_does_not_label_the_cluster_it_joins() -> None:
    # of two members the medoid is the first in id order, here the question
    result = link_claims(_briefing_claims()[:2])
    assert list(result.clusters.values()) == [["q", "r"]]  # the question joined its claim
    assert list(result.labels.values()) == [RUSSIA]


def test_a_cluster_of_questions_only_is_labelled_by_one() -> None:
    result = link_claims([_claim("q", "reporter", "question", QUESTION)])
    assert list(result.labels.values()) == [QUESTION]


def test_the_ledger_label_skips_questions_too() -> None:
    ledger = build_ledger("c-1", _briefing_claims()[:2])
    assert ledger.label == RUSSIA
