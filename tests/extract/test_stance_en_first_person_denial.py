"""Issue #5, session 9 (E15): speakers who deny something of themselves with a negative
quantifier (``I put no pressure on them``, ``Nobody can put pressure on me``) or a negated belief
inside their quote (``I don't think that's right``) deny (ANNOTATION.md rules 2 and 4), while a
negative fact about others (``no-one was in the houses``) stays assert and a negated condition
(``If you can't make a bomb ...``) rejects nothing. English Wikinews 122 and 186 (CC BY 2.5),
check sets 2 and 1."""

from __future__ import annotations

from claimgraph.model import Document
from claimgraph.pipeline import annotate

TRUMP_ZELENSKY = (
    "Trump said that he did indicate to the Ukrainians that the aid was contingent on their "
    'addressing corruption but denied that he made any specific deal about the Bidens. "I put no '
    'pressure on them whatsoever," he told the press.\n\n\nWhile in New York City to attend the '
    'United Nations General Assembly, President Zelensky told reporters, "Nobody can put pressure '
    "on me because I am the president of an independent state. The only one person by the way "
    'who can put pressure on me [...] is my son, who is six years old."'
)
AMODEI = (
    "Since then, a Republican, Mark Amodei, has publicly voiced support for the impeachment "
    "inquiry. He continued by noting that \"Using government agencies to, if it's proven, to put "
    "your finger on the scale of an election, I don't think that’s right [...] If it turns out "
    "that it's something along those lines, then there's a problem.\""
)
AMMAN = (
    "He told her on one occasion: \"If you can't make a bomb because family, friends or spies are "
    "watching or suspecting you, take a knife, molotov, sound bombs or a car at night and attack "
    'the tourists."'
)


def _stance_of(text: str, content_start: str) -> str:
    doc = annotate(Document(text=text, id="t", lang="en"))
    [item] = [a for a in doc.attributions if text[slice(*a.content_span)].startswith(content_start)]
    return item.stance


def test_stance_en_no_pressure_from_me_is_deny() -> None:
    assert _stance_of(TRUMP_ZELENSKY, "I put no pressure") == "deny"


def test_stance_en_nobody_pressures_me_is_deny() -> None:
    assert _stance_of(TRUMP_ZELENSKY, "Nobody can put pressure") == "deny"


def test_stance_en_i_dont_think_in_quote_is_deny() -> None:
    assert _stance_of(AMODEI, "Using government agencies") == "deny"


def test_stance_en_negated_condition_is_no_denial() -> None:
    assert _stance_of(AMMAN, "If you can't make a bomb") == "assert"
