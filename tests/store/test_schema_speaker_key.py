"""Migration 0006: a store made before ``attributions.speaker_key`` gets the column filled from
its speakers, so its speaker pages and lists go by person at once; and a store written before
the per-language display names (the fifteenth session: "Dmitri Peskov" in English articles)
has the English name without a re-ingest."""

from __future__ import annotations

import copy

from sqlalchemy import inspect, text

from claimgraph.model import Attribution, Claim, Document
from claimgraph.store import open_store
from claimgraph.store.ledger import load_claims
from claimgraph.store.schema import current_revision, head_revision

GUARDIAN = "Russia accuses US of being behind drone attack on Kremlin"
DUTCH = "Poetin noemt het een „moordaanslag” op het Kremlin, zei Peskov."


def _pre_display_names(docs: list[Document]) -> list[Document]:
    """A copy of ``docs`` with Peskov named as claimgraph wrote him in every language before the
    fifteenth session ("Dmitri Peskov"): in the Guardian's English summary ("The Kremlin
    spokesperson Dmitry Peskov made the allegation ..., saying Washington should be aware ...")
    and in a Dutch line (tests/robustness' "..., zei Peskov.")."""
    docs = copy.deepcopy(docs)
    guardian = next(doc for doc in docs if doc.title == GUARDIAN)
    guardian.attributions.append(
        _said(guardian.text, "Dmitry Peskov", "Washington should be aware", "a9")
    )
    guardian.claims.append(
        Claim(
            id=f"{guardian.id}:a9",
            text="Washington should be aware",
            speaker="Dmitri Peskov",
            stance="assert",
            act="statement",
            attribution="a9",
            doc_id=guardian.id,
            lang="en",
        )
    )
    dutch = Document(text=DUTCH, lang="nl", date="2023-05-03", title="Peskov")
    dutch.attributions = [
        _said(DUTCH, "Peskov", "Poetin noemt het een „moordaanslag” op het Kremlin")
    ]
    return [*docs, dutch]


def _said(text: str, written: str, content: str, ident: str = "") -> Attribution:
    start, begin = text.index(written), text.index(content)
    return Attribution(
        speaker="Dmitri Peskov",
        speaker_span=(start, start + len(written)),
        cue="",
        cue_span=None,
        content_span=(begin, begin + len(content)),
        id=ident,
    )


def _indexes(store) -> set[str]:
    return {index["name"] for index in inspect(store._engine).get_indexes("attributions")}


def test_store_at_0005_gets_speaker_keys_and_shows_one_entry_per_person(
    downgraded_store, spelled_speaker_docs
) -> None:
    # data as revision 0005 left it: no speaker key column or index
    at_0005 = downgraded_store("0005", _pre_display_names(spelled_speaker_docs))
    url = at_0005.engine.url.render_as_string(hide_password=False)
    at_0005.close()
    with open_store(url) as store:
        with store._engine.connect() as conn:
            assert current_revision(conn) == head_revision()
            missing = conn.scalar(
                text("SELECT count(*) FROM attributions WHERE speaker_key IS NULL")
            )
        assert missing == 0
        assert "ix_attributions_speaker_stance" not in _indexes(store)
        first = store.speaker_counts(limit=1)
        assert [(row.speaker, row.total) for row in first] == [("Volodymyr Zelensky", 3)]
        assert len(store.query_attributions(speaker="Zelenskyy")) == 3
        assert [r.attribution.speaker for r in store.query_attributions(speaker="President")] == [
            "President"
        ]
        # Stored as "Dmitri Peskov" in both: now as each article's language writes him.
        found = {
            (r.lang, r.attribution.speaker) for r in store.query_attributions(speaker="Peskov")
        }
        assert found == {("en", "Dmitry Peskov"), ("nl", "Dmitri Peskov")}
        (peskov,) = store.speaker_counts(q="peskov")
        assert peskov.total == 2
        # and the claim the ledgers read
        assert [c.claim.speaker for c in load_claims(store)] == ["Dmitry Peskov"]
        # the search index (its update trigger set aside while the keys were filled) still works
        assert store.count_attributions(speaker_contains="spokesperson") == 1
        guardian = next(doc for doc in store.iter_documents() if doc.title == GUARDIAN)
        assert "Dmitry Peskov" in [att.speaker for att in guardian.attributions]


def test_downgrade_to_0005_drops_the_key_and_keeps_the_search_triggers(downgraded_store) -> None:
    conn = downgraded_store("0005")
    columns = {c["name"] for c in inspect(conn).get_columns("attributions")}
    indexes = {index["name"] for index in inspect(conn).get_indexes("attributions")}
    assert "ix_attributions_speaker_stance" in indexes
    triggers = conn.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
    assert "speaker_key" not in columns
    assert "search_attributions_update" in set(triggers)
