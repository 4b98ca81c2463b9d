"""Single quotes around words with apostrophes (British-style headlines)."""

from __future__ import annotations

from claimgraph.extract.quotes import find_quotes
from claimgraph.lang import load_lang

# MSN, 2023-05-03 (shared/samples/kremlin-drone-2023-05/headlines.jsonl)
MSN = (
    "Details in the drone incident the Kremlin says aimed to assassinate Putin 'don't quite add "
    "up.' Experts have 3 theories on what happened."
)


def quoted(text: str) -> list[str]:
    return [text[q.inner[0] : q.inner[1]] for q in find_quotes(text, load_lang("en"))]


def test_apostrophe_inside_straight_single_quotes():
    assert quoted(MSN) == ["don't quite add up."]


def test_apostrophe_inside_typographic_single_quotes():
    text = MSN.replace("'don't quite add up.'", "‘don’t quite add up.’")
    assert quoted(text) == ["don’t quite add up."]


def test_two_quotes_with_apostrophes_stay_two():
    assert quoted("Zelensky: 'We don't attack Putin' and 'we won't'.") == [
        "We don't attack Putin",
        "we won't",
    ]
