"""Migration 0008: opening a store written before the eighteenth session's speaker keys re-keys
its speakers with the current key function, without ``claimgraph speakers --rekey``: the Dutch
founding article's "Rusland" and "De persdienst van het Kremlin" join "Russia" and "Kremlin
press service" (body keys), and the White House briefing's bare "President" is keyed within its
article. The old keys are what 0007's key function wrote for these names: the name, folded."""

from __future__ import annotations

from sqlalchemy import text

from claimgraph.store import open_store

OLD_KEYS = ("Rusland", "De persdienst van het Kremlin", "President", "Vice President")


def _keyed_as_before(conn) -> None:
    for name in OLD_KEYS:
        conn.execute(
            text("UPDATE attributions SET speaker_key = :old WHERE speaker = :name"),
            {"old": name.casefold(), "name": name},
        )
    conn.commit()


def test_store_at_0007_is_rekeyed_on_opening(downgraded_store, nl_doc, spelled_speaker_docs):
    briefing = spelled_speaker_docs[-1]
    at_0007 = downgraded_store("0007", [nl_doc, briefing])
    _keyed_as_before(at_0007)
    url = at_0007.engine.url.render_as_string(hide_password=False)
    at_0007.close()

    with open_store(url) as store:
        russia = {row.attribution.speaker for row in store.query_attributions(speaker="Russia")}
        press = store.query_attributions(speaker="Kremlin press service")
        presidents = {(row.speaker, row.doc_id) for row in store.speaker_counts(q="president")}

    assert russia == {"Rusland"}
    assert [row.attribution.speaker for row in press] == ["De persdienst van het Kremlin"]
    assert presidents == {("President", briefing.id), ("Vice President", briefing.id)}


def test_downgrade_to_0007_keeps_the_keys(downgraded_store, nl_doc) -> None:
    at_0007 = downgraded_store("0007", [nl_doc])
    keys = set(at_0007.scalars(text("SELECT speaker_key FROM attributions")))
    assert "russia" in keys and None not in keys
