"""A content the extraction found twice in one article (once inside the other, each with its
own speaker span) is one source, not a corroboration. Texts: Wikinews 2019 (CC BY 2.5), "Nine
jailed over sexual abuse in Bradford, England children's home" and "Greta Thunberg named 2019
Time Person of the Year"."""

from __future__ import annotations

from claimgraph.link.ledger import LedgerEntry, derive_status, independent_assertions, party_of

TOY = 'the men thought they were "nothing but a toy to play with"'
TOY_INNER = 'they were "nothing but a toy to play with"'
TIME = (
    "Time also considered the United States Speaker of the House Nancy Pelosi, United States "
    "President Donald Trump, protesters in Hong Kong over Chinese extradition"
)
TIME_INNER = TIME.removeprefix("Time also considered ")


def _e(claim: str, speaker: str, doc: str, text: str, stance: str = "assert") -> LedgerEntry:
    return LedgerEntry(
        claim,
        speaker,
        party_of(speaker),
        stance,
        "statement",
        doc,
        "en.wikinews.org",
        "2019-03-02",
        "en",
        text,
    )


def test_ledger_nested_content_of_one_article_is_one_source() -> None:
    entries = [_e("d:a5", "One of the victims", "d", TOY), _e("d:a6", "One", "d", TOY_INNER)]
    assert independent_assertions(entries) == 1
    assert derive_status(entries) == "asserted"
    time = [_e("t:a6", "NBC", "t", f"{TIME}."), _e("t:a7", "Time", "t", TIME_INNER)]
    assert derive_status(time) == "asserted"


def test_ledger_nested_content_in_two_articles_counts_twice() -> None:
    entries = [
        _e("d:a5", "One of the victims", "d", TOY),
        _e("e:a1", "Bradford Council", "e", TOY_INNER),
    ]
    assert independent_assertions(entries) == 2
    assert derive_status(entries) == "corroborated"


def test_ledger_nested_denial_still_disputes() -> None:
    entries = [
        _e("d:a5", "One of the victims", "d", TOY),
        _e("d:a6", "Bradford Council", "d", TOY_INNER, stance="deny"),
    ]
    assert derive_status(entries) == "disputed"
