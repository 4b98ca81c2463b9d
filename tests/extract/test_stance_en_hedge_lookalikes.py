"""Issue #5, session 9 (E15): words that look like stance markers but are none, and content
openers that are. The month in ``in May alone`` hedges nothing; the negation in an accusation's
charge (``accusing her of "not doing her job"``) denies nothing; ``found no such action`` is a
no-evidence finding, doubt (ANNOTATION.md rule 4); reported ``speculation`` is speculate.
English Wikinews 246, 282 (check set 1), 122 (check set 2), 0 (en dev) (CC BY 2.5)."""

from __future__ import annotations

from claimgraph.model import Document
from claimgraph.pipeline import annotate

MAY = (
    "According to the B.C. Coroners Service, there were 170 suspected deaths in May alone, "
    "shortly after the CERB payments started, resulting from the abuse of illicit drugs."
)
ACCUSING = (
    "President Trump lashed out at the capital city's Democratic mayor Muriel Bowser on Twitter, "
    'accusing her of "not doing her job".'
)
FOUND_NO = (
    "An investigation by PolitiFact found no such action on Joe Biden's part, and the "
    "investigation into Burisma had already been inactive for more than a year before Biden "
    "involved himself in Ukraine's politics in this way."
)
SPECULATION = (
    "The FSB denies the two explosions are related; reports describe speculation the disaster's "
    "cause was not in fact a gas leak."
)


def _stance_of(text: str, content_word: str) -> str:
    doc = annotate(Document(text=text, id="t", lang="en"))
    [item] = [a for a in doc.attributions if content_word in text[slice(*a.content_span)]]
    return item.stance


def test_stance_en_month_may_is_no_hedge() -> None:
    assert _stance_of(MAY, "170 suspected deaths") == "assert"


def test_stance_en_negated_charge_is_no_denial() -> None:
    assert _stance_of(ACCUSING, "not doing her job") == "assert"


def test_stance_en_found_no_is_doubt() -> None:
    assert _stance_of(FOUND_NO, "no such action") == "doubt"


def test_stance_en_reported_speculation_is_speculate() -> None:
    assert _stance_of(SPECULATION, "gas leak") == "speculate"
