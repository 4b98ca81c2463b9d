"""The founding story end to end: ingest real coverage, link, read the main claim's ledger.

Known gap: in the White House transcripts the attribution stage finds none of Kirby's "lie" or
Jean-Pierre's "unable to confirm" (transcript Q/A turns have no reporting verb), so the US doubt
in this ledger comes from the Dutch article (Blinken) and the Fox News headline, not from them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

import pytest
import sqlalchemy

from claimgraph.ingest.readers import iter_documents
from claimgraph.link.cluster import link_claims
from claimgraph.link.dates import chronological
from claimgraph.link.ledger import build_ledger, outlet_of
from claimgraph.link.lexicon import entity_forms, words
from claimgraph.pipeline import annotate_many
from claimgraph.store import open_store
from claimgraph.store.ledger import (
    ledger_of,
    link_store,
    list_clusters,
    load_claims,
    story_timeline,
)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, samples_dir: Path):
    story = samples_dir / "kremlin-drone-2023-05"
    docs = list(
        iter_documents([samples_dir / "kremlin-drone-nl-2023-05.txt", story / "headlines.jsonl"])
    )
    for line in (story / "index.jsonl").read_text(encoding="utf-8").splitlines():
        meta = json.loads(line)
        (doc,) = iter_documents([story / meta["file"]])
        doc.date, doc.url, doc.source = meta["date"], meta["url"], meta["outlet"]
        docs.append(doc)
    db = tmp_path_factory.mktemp("link") / "story.db"
    with open_store(f"sqlite:///{db}") as st:
        st.save_documents(annotate_many(docs))
        link_store(st)
        yield st


def _none_starting(texts: Iterable[str], starts: Iterable[str]) -> list[str]:
    """The ``starts`` that no text of ``texts`` starts with."""
    return [s for s in starts if not any(t.startswith(s) for t in texts)]


def _main_claim_id(store) -> str:
    (claim,) = [c for c in load_claims(store) if "Poetin te vermoorden" in c.claim.text]
    return claim.claim.id


def test_ledger_main_claim_is_disputed_across_languages(store) -> None:
    ledger = ledger_of(store, _main_claim_id(store))
    assert ledger is not None
    stances = {(e.party, e.stance) for e in ledger.entries}
    assert ("Russia", "assert") in stances
    assert ("Ukraine", "deny") in stances
    assert ("United States", "doubt") in stances
    assert {"nl", "en"} <= {e.lang for e in ledger.entries}
    assert ledger.status == "disputed"


def test_ledger_main_claim_does_not_chain_in_the_us_was_behind_it(store) -> None:
    """Connected components once pulled Russia's later claim that the US was behind the attack
    (and 59 sources) into the main claim; average linkage keeps them apart."""
    ledger = ledger_of(store, _main_claim_id(store))
    russian = [e for e in ledger.entries if e.party == "Russia"]
    assert not any("United States" in entity_forms().find(words(e.text)) for e in russian)
    assert len(ledger.entries) < 40  # the claim's own paraphrases: 30 of the 108 headlines
    assert ledger.label in {e.text for e in ledger.entries}


def _ledger_of_text(store, start: str):
    (claim,) = [c for c in load_claims(store) if c.claim.text.startswith(start)]
    return ledger_of(store, claim.claim.id)


def test_ledger_main_claim_holds_its_english_paraphrases(store) -> None:
    """The headlines' "Ukraine tried to assassinate Putin" and "accuses Ukraine of carrying out
    a daring assassination attempt" were two clusters of 19 and 17 sources (each mixing in other
    agents' claims); the main claim's ledger holds both, and not the event of two drones."""
    main = ledger_of(store, _main_claim_id(store))
    texts = {e.text for e in main.entries}
    paraphrases = (
        "Ukraine tried to assassinate President Vladimir Putin in an overnight drone attack",
        "Ukraine of carrying out a daring assassination attempt",
        "Ukraine of trying to kill President Putin in a drone attack",
        "Kyiv of attempting an overnight drone strike on the Kremlin",
    )
    assert _none_starting(texts, paraphrases) == []
    assert not any(t.startswith("two drones crashed into the Kremlin") for t in texts)
    assert main.status == "disputed"


def test_ledger_a_denial_of_involvement_disputes_the_agent_not_the_event(store) -> None:
    """BBC's "Ukraine denies having anything to do with an apparent drone attack on the Kremlin"
    embeds next to the event ("two drones attacked the Kremlin") and made it disputed; Ukraine
    denies that Ukraine was the attack's agent, so the denial sits with the main claim (as does
    Zelensky's "his country was behind any drone attack", which sat with "the US was behind
    it"), and the event is reported by Russia and the state newswire, disputed by no one."""
    event = _ledger_of_text(store, "two drones attacked the Kremlin")
    assert not [e for e in event.entries if e.stance == "deny"]
    assert event.status in {"asserted", "corroborated"}
    main = ledger_of(store, _main_claim_id(store))
    denials = [e.text for e in main.entries if (e.party, e.stance) == ("Ukraine", "deny")]
    denied = (
        "having anything to do with an apparent drone attack on the Kremlin",
        "his country was behind any drone attack on the Kremlin",
        "Russia’s claim that Ukraine sent drones to attack the Kremlin",
        "involvement in what Russia says was an assassination attempt",
    )
    assert _none_starting(denials, denied) == []
    assert main.status == "disputed"


def test_ledger_the_us_was_behind_it_is_not_ukraine_was_behind_it(store) -> None:
    """Headlines "Ukraine was behind a drone attack ..." and "the United States was behind an
    alleged drone attack on the Kremlin ..." embed as one text (0.91); they blame two parties."""
    us = _ledger_of_text(store, "the United States was behind an alleged drone attack")
    ukraine = _ledger_of_text(store, "Ukraine was behind a drone attack")
    assert us.cluster_id != ukraine.cluster_id
    assert ukraine.cluster_id == ledger_of(store, _main_claim_id(store)).cluster_id


def test_ledger_story_of_main_claim_leaves_out_the_briefings_other_topics(store) -> None:
    """Connected components over every link put the White House briefings' debt-ceiling and
    inflation answers into the drone story (hundreds of clusters); average linkage keeps the
    story to the coverage of the attack."""
    ledger = ledger_of(store, _main_claim_id(store))
    days = story_timeline(store, ledger.story_id)
    entries = [e for day in days for led in day.ledgers for e in led.entries]
    texts = " ".join(e.text.lower() for e in entries)
    assert "debt" not in texts and "inflation" not in texts
    assert len({e.doc_id for e in entries}) >= 30  # the headlines on the attack stay in it
    assert {"Russia", "Ukraine", "United States"} <= {e.party for e in entries}
    firsts = [day.date or "" for day in days]
    assert firsts == sorted(firsts, key=chronological)
    assert firsts[-1] == "2023-05"  # the founding article, dated by month only, after the days


def test_ledger_blinken_doubt_joins_the_claim_it_refers_to(store) -> None:
    ledger = ledger_of(store, _main_claim_id(store))
    blinken = [e for e in ledger.entries if e.speaker == "Antony Blinken"]
    assert blinken and all(e.stance == "doubt" for e in blinken)
    assert any("korrel zout" in e.text for e in blinken)


def test_ledger_history_is_dated_and_ends_in_current_status(store) -> None:
    ledger = ledger_of(store, _main_claim_id(store))
    assert ledger.history[-1].status == ledger.status
    dates = [h.date or "" for h in ledger.history]
    assert dates == sorted(dates, key=chronological)


# A headline's content with and without the reporting clause's adverbial and complementizer
# ("Russia claimed Wednesday that Ukraine tried ..."): where the content starts is the
# attribution stage's call, and the main claim's ledger must not hang on it.
BARE = "Ukraine tried to assassinate President Vladimir Putin in an overnight drone attack"
WITH_CLAUSE = "Wednesday that "


def _ledger_with_content(claims, target, text):
    claims = [replace(c, claim=replace(c.claim, text=text)) if c is target else c for c in claims]
    result = link_claims(claims)
    main = next(c.claim.id for c in claims if "Poetin te vermoorden" in c.claim.text)
    cluster = result.cluster_of()[main]
    by_id = {c.claim.id: c for c in claims}
    return build_ledger(cluster, [by_id[m] for m in result.clusters[cluster]])


def test_ledger_main_claim_does_not_hang_on_a_reporting_clause_in_a_content(store) -> None:
    claims = load_claims(store)
    (target,) = [c for c in claims if BARE in c.claim.text]
    bare = target.claim.text[target.claim.text.index(BARE) :]
    ledgers = [_ledger_with_content(claims, target, t) for t in (bare, WITH_CLAUSE + bare)]
    members = [{e.claim_id for e in led.entries} for led in ledgers]
    # one borderline claim of ~30 may fall either way (a Kremlin speculation whose margin with
    # its one partner is +0.005); the status and the sides that dispute the claim may not
    assert len(members[0] ^ members[1]) <= 1 and len(members[0]) >= 25
    assert all(led.status == "disputed" for led in ledgers)
    for led in ledgers:
        sides = {(e.party, e.stance) for e in led.entries}
        assert {("Russia", "assert"), ("Ukraine", "deny"), ("United States", "doubt")} <= sides


def test_ledger_listing_puts_the_contested_claims_first(store) -> None:
    """Clusters with most parties first: the story's clusters (Russia, Ukraine, the United
    States and more argue about who attacked) lead, before Jean-Pierre repeating a line in both
    briefings; the main claim leads, and the other contested agent claim (the US was behind the
    attack: Russia asserts, the White House denies) is among the first three; no moderator turn
    ("Go ahead, sir.") is a claim. ("Putin's spokesperson" is Dmitry Peskov, so Russia, since the
    seventeenth session: that claim has two parties, not three.)"""
    rows = list_clusters(store, min_size=2)
    main = ledger_of(store, _main_claim_id(store))
    assert rows[0]["id"] == main.cluster_id and rows[0]["status"] == "disputed"
    assert all(r["story_id"] == main.story_id for r in rows[:3])
    (us_behind,) = [r for r in rows[:3] if "being behind" in r["label"]]
    assert us_behind["status"] == "disputed"
    assert rows[0]["parties"] >= 3
    parties = [r["parties"] for r in rows]
    assert parties == sorted(parties, reverse=True)
    assert not [c for c in load_claims(store) if "Go ahead" in c.claim.text[:20]]


def test_ledger_one_speaker_repeating_herself_is_one_source(store) -> None:
    """Jean-Pierre's "not going to get into diplomatic conversations", said in two answers of
    one briefing, was listed as a claim with 2 sources; it has one, and the listing (clusters of
    at least two sources) leaves it out."""
    (claim,) = [
        c for c in load_claims(store) if c.claim.text.startswith("Again, I’m just not going to")
    ]
    ledger = ledger_of(store, claim.claim.id)
    assert len(ledger.entries) >= 2
    assert {e.speaker for e in ledger.entries} == {"Karine Jean-Pierre"}
    assert ledger.sources == 1
    listed = {r["id"] for r in list_clusters(store, min_size=2, limit=1000)}
    assert ledger.cluster_id not in listed
    main = ledger_of(store, _main_claim_id(store))
    assert main.cluster_id in listed and main.sources < len(main.entries)  # Blinken said it twice


def _claims_said_by(store, speaker: str, starts: Iterable[str]) -> list:
    """The stored claims of ``speaker`` (as written) whose texts start with one of ``starts``."""
    starts = tuple(starts)
    return [
        c
        for c in load_claims(store)
        if c.claim.speaker == speaker and c.claim.text.lstrip().startswith(starts)
    ]


def test_ledger_sources_read_the_speaker_key_the_store_holds(store) -> None:
    """The ledger identifies a speaker by the store's key (``attributions.speaker_key``, what the
    speaker pages group by), not by a key of its own made at link time."""
    with store._engine.connect() as conn:
        rows = conn.execute(
            sqlalchemy.text("SELECT doc_id, id, speaker_key FROM attributions")
        ).all()
    stored = {(doc_id, att): key for doc_id, att, key in rows}
    claims = load_claims(store)
    assert all(c.speaker_key == stored[c.claim.doc_id, c.claim.attribution] for c in claims)
    main = ledger_of(store, _main_claim_id(store))
    dutch = {e.speaker: e.speaker_key for e in main.entries if e.lang == "nl"}
    assert dutch["Rusland"] == "russia" and dutch["Russische autoriteiten"] == "russia authorities"


def test_ledger_one_body_however_one_outlet_writes_it_is_one_source(store) -> None:
    """The Guardian's live blog writes "Ukraine armed forces" and "Ukraine’s armed forces": one
    body (the store keys both "ukraine armed forces"), so their claims are one source; the
    ledger's own key at link time (the name's words) counted two."""
    claims = _claims_said_by(store, "Ukraine armed forces", ["Shahed drones"])
    claims += _claims_said_by(store, "Ukraine’s armed forces", ["there are explosions"])
    assert len(claims) == 2 and len({c.outlet for c in claims}) == 1
    assert build_ledger("c-guardian", claims).sources == 1


def test_ledger_names_a_local_file_by_its_name_not_its_path(store) -> None:
    """The founding article is a plain text file without an outlet: its ledger rows named the
    outlet by the whole path ingest recorded (``/work/shared/samples/kremlin-...``)."""
    main = ledger_of(store, _main_claim_id(store))
    dutch = [e for e in main.entries if e.lang == "nl"]
    assert dutch and {e.outlet for e in dutch} == {"kremlin-drone-nl-2023-05.txt"}
    assert {e.outlet for e in main.entries if e.lang == "en"} >= {"bbc.co.uk", "thehill.com"}


@pytest.mark.parametrize(
    ("source", "outlet"),
    [
        ("/data/in/kremlin.txt", "kremlin.txt"),
        ("./in/a.html", "a.html"),
        ("C:\\news\\a.txt", "a.txt"),
        ("feeds/nos.xml", "nos.xml"),
        ("NOS", "NOS"),
        ("AD/Algemeen Dagblad", "AD/Algemeen Dagblad"),
        ("BBC News - World", "BBC News - World"),
    ],
)
def test_outlet_of_a_source_without_url(source: str, outlet: str) -> None:
    assert outlet_of("", source) == outlet
    assert outlet_of("https://www.nos.nl/artikel/1", source) == "nos.nl"
