"""Issue #5, session 10 (E20): ``X said he intended to sue``: a cue whose subject is a singular
personal pronoun opening another item's indirect content is that speaker's own attitude, kept
in the item and not split off as a nested source (ANNOTATION.md rule 8); a cue coordinated
after the content (``but denied that he made``) keeps its own item. Sentences from English
Wikinews 78 and 156 (check set 3) and 122 (check set 2), CC BY 2.5."""

from __future__ import annotations

import pytest

from claimgraph.model import Document
from claimgraph.pipeline import annotate

SUE = (
    "Senate President Thomas Rivera Schatz expressed opposition to the swearing-in of "
    "Pierluisi. One senator, Eduardo Bhatia, said he intended to sue over the controversy."
)
TURMOIL = (
    "Maróth said the Hungarian bid won after lengthy negotiations, out of mulitple competing "
    "offers. He said he expects no political turmoil between the neighboring Austria and "
    "Hungary over the sale."
)
DENIED = (
    "Trump said that he did indicate to the Ukrainians that the aid was contingent on their "
    "addressing corruption but denied that he made any specific deal about the Bidens."
)


def _cues(text: str) -> list[str]:
    return [a.cue for a in annotate(Document(text=text, lang="en")).attributions]


@pytest.mark.parametrize(("text", "own"), [(SUE, "intended"), (TURMOIL, "expects")])
def test_the_speakers_own_attitude_is_not_split_off(text: str, own: str) -> None:
    cues = _cues(text)
    assert "said" in cues and own not in cues


def test_a_coordinated_cue_after_the_content_keeps_its_item() -> None:
    cues = _cues(DENIED)
    assert "said" in cues and "denied" in cues and "indicate" not in cues
