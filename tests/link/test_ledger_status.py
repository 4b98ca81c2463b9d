"""Ledger status rules on hand-built sources."""

from __future__ import annotations

from dataclasses import replace

from claimgraph.link.ledger import LedgerEntry, derive_status, party_of, status_history


def _e(party: str, stance: str, outlet: str, text: str, date: str = "2023-05-03") -> LedgerEntry:
    return LedgerEntry(
        "x", party, party_of(party), stance, "statement", outlet, outlet, date, "en", text
    )


def test_ledger_status_disputed_when_another_party_denies() -> None:
    entries = [_e("Kremlin", "assert", "a", "drones attacked"), _e("Kyiv", "deny", "b", "no")]
    assert derive_status(entries) == "disputed"


def test_ledger_status_wire_copies_count_once() -> None:
    wire = "Russia says two drones attacked the Kremlin"
    copies = [_e("Russia", "assert", "msn.com", wire), _e("Russia", "assert", "wsj.com", wire)]
    assert derive_status(copies) == "asserted"
    other = _e("Moskou", "assert", "nos.nl", "Twee drones vielen het Kremlin aan")
    assert derive_status([*copies, other]) == "corroborated"


def test_ledger_status_history_changes_by_date() -> None:
    entries = [
        _e("Kremlin", "assert", "a", "drones attacked", "2023-05-03"),
        _e("Blinken", "doubt", "b", "cannot confirm", "2023-05-03"),
        _e("Zelensky", "deny", "c", "we did not", "2023-05-04"),
    ]
    assert [(h.date, h.status) for h in status_history(entries)] == [
        ("2023-05-03", "asserted"),
        ("2023-05-04", "disputed"),
    ]
    assert derive_status([entries[1]]) == "unverified"


def test_ledger_history_puts_a_month_only_source_after_the_days_of_its_month() -> None:
    # The founding article is dated "2023-05": it is known only by the end of May, so it must
    # not open a history whose headlines are dated 3 and 4 May.
    entries = [
        _e("Kremlin", "assert", "a", "drones attacked", "2023-05-03"),
        _e("Zelensky", "deny", "c", "we did not", "2023-05"),
        _e("Blinken", "doubt", "b", "cannot confirm", "2023-05-04"),
    ]
    assert [(h.date, h.status) for h in status_history(entries)] == [
        ("2023-05-03", "asserted"),
        ("2023-05", "disputed"),
    ]


def test_ledger_status_ignores_questions() -> None:
    # A reporter's question in a White House briefing (act "question") names the claim without
    # taking a side: it must not make the claim "asserted" or corroborate it.
    question = replace(
        _e("reporter", "assert", "whitehouse.gov", "Are you able to confirm the drone attack?"),
        act="question",
    )
    assert derive_status([question]) == "unverified"
    kremlin = _e("Kremlin", "assert", "tass.ru", "two drones attacked the Kremlin")
    assert derive_status([kremlin, question]) == "asserted"
