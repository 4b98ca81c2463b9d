"""Issue #5, session 9 (E15): an elision (``[...]``) in a quote ends the claim's main clause, so
a hedge in the next, elided-to sentence does not hedge it; ``it appears as if`` hedges the main
clause (speculate, ANNOTATION.md rule 1). English Wikinews 68 and 56 (CC BY 2.5), check set 2."""

from __future__ import annotations

from claimgraph.model import Document
from claimgraph.pipeline import annotate

ELISION = (
    'Souhail Alouini, a member of Parliament, said, "We proposed a bill in 2016 about this '
    'subject and it has still not been debated [...] Maybe it is time now."'
)
APPEARS = (
    'Calling it as "just another apology", Anna Franowska of "Have no fear", an abuse victim '
    'support charity, told Reuters "it almost appears as if the statement was prepared before the '
    'church officials saw the movie".'
)


def _stance_of(text: str, content_start: str) -> str:
    doc = annotate(Document(text=text, id="t", lang="en"))
    [item] = [a for a in doc.attributions if text[slice(*a.content_span)].startswith(content_start)]
    return item.stance


def test_stance_en_hedge_after_elision_is_no_hedge() -> None:
    assert _stance_of(ELISION, "We proposed a bill") == "assert"


def test_stance_en_appears_as_if_is_speculate() -> None:
    assert _stance_of(APPEARS, "it almost appears") == "speculate"
