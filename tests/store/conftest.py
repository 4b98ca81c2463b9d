"""Store fixtures: real articles from shared/samples with hand-made annotations."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Connection, create_engine

from claimgraph.model import Attribution, Claim, Document, Event, Mention, Place, Timex
from claimgraph.settings import data_dir
from claimgraph.store import Store, open_store
from claimgraph.store.schema import alembic_config
from claimgraph.store.tables import Base

NL_SAMPLE = "kremlin-drone-nl-2023-05.txt"
STORY = "kremlin-drone-2023-05"
# Opt-in: a PostgreSQL URL whose database these tests may fill and wipe, e.g.
# postgresql+psycopg://cg:cg@127.0.0.1/cg_store_test
PG_URL_ENV = "CLAIMGRAPH_TEST_PG_URL"


def _samples_dir() -> Path:
    """shared/samples, next to the shared data directory (or next to this checkout)."""
    candidates = [
        data_dir().resolve().parent / "samples",
        Path(__file__).resolve().parents[3] / "shared" / "samples",
    ]
    for path in candidates:
        if (path / NL_SAMPLE).is_file():
            return path
    pytest.skip("shared/samples is not available")


def span(text: str, needle: str, after: str = "") -> tuple[int, int]:
    """The span of ``needle`` in ``text`` (first one after ``after``, when given)."""
    start = text.index(needle, text.index(after) if after else 0)
    return start, start + len(needle)


@pytest.fixture(scope="session")
def samples() -> Path:
    return _samples_dir()


@pytest.fixture(scope="session")
def nl_doc(samples: Path) -> Document:
    """The founding Dutch article with attributions, entities, timexes, places, events, claims."""
    text = (samples / NL_SAMPLE).read_text(encoding="utf-8")
    doc = Document(
        text=text,
        url="https://example.org/kremlin-drone-nl",
        source="samples",
        lang="nl",
        date="2023-05",
        title="Rusland dreigt met vergelding",
    )
    zelensky_quote = "“We vallen Poetin of Moskou niet aan"
    quote_end = text.index("”, zei Zelensky") + 1
    doc.attributions = [
        Attribution(
            speaker="Volodymyr Zelensky",
            speaker_span=span(text, "Volodymyr Zelensky"),
            cue="ontkent",
            cue_span=span(text, "ontkent", after="Volodymyr Zelensky"),
            content_span=span(
                text,
                "dat zijn land iets te maken heeft met de door de Russen gesignaleerde droneaanval",
            ),
            type="indirect",
            stance="deny",
            act="statement",
            confidence=0.93,
            id="nl-a1",
        ),
        Attribution(
            speaker="Volodymyr Zelensky",
            speaker_span=span(text, "Zelensky", after="”, zei"),
            cue="zei",
            cue_span=span(text, "zei", after=zelensky_quote),
            content_span=(text.index(zelensky_quote), quote_end),
            type="direct",
            stance="deny",
            id="nl-a2",
        ),
        Attribution(
            speaker="Antony Blinken",
            speaker_span=span(text, "Blinken", after="aldus"),
            cue="aldus",
            cue_span=span(text, "aldus"),
            content_span=span(text, "“Ik heb de berichten gezien, maar ik kan ze niet bevestigen”"),
            type="direct",
            stance="doubt",
            confidence=0.8,
            id="nl-a3",
        ),
        Attribution(
            speaker="Rusland",
            speaker_span=span(text, "Rusland dreigt"),
            cue="dreigt",
            cue_span=span(text, "dreigt"),
            content_span=span(text, "met vergelding"),
            stance="assert",
            act="threat",
            id="nl-a4",
        ),
        Attribution(
            # Subject of the coordinated clause is elided: no speaker mention of its own.
            speaker="De persdienst van het Kremlin",
            speaker_span=None,
            cue="wees met beschuldigende vinger",
            cue_span=span(text, "wees met beschuldigende vinger"),
            content_span=span(text, "naar het regime in Kiev"),
            stance="assert",
            act="accusation",
            confidence=0.55,
            id="nl-a5",
        ),
        Attribution(
            speaker="Carolien van Nunen",
            speaker_span=span(text, "Carolien van Nunen"),
            cue="acht het niet uitgesloten",
            cue_span=span(text, "acht het niet uitgesloten"),
            content_span=span(text, "dat de droneaanval een ‘false flag’-operatie is"),
            stance="speculate",
            id="nl-a6",
        ),
    ]
    doc.entities = [
        Mention(
            "Volodymyr Zelensky", span(text, "Volodymyr Zelensky"), "PER", "Volodymyr Zelensky"
        ),
        Mention("Antony Blinken", span(text, "Antony Blinken"), "PER", "Antony Blinken"),
        Mention("Kremlin", span(text, "Kremlin"), "LOC"),
        Mention("Helsinki", span(text, "Helsinki"), "GPE", "Helsinki"),
    ]
    doc.timexes = [
        Timex(
            span(text, "in de nacht van dinsdag op woensdag"),
            "in de nacht van dinsdag op woensdag",
            "TIME",
            "2023-05-02TNI",
        ),
    ]
    doc.places = [
        Place(span(text, "Moskou"), "Moskou", "Moscow", 524901, 55.75222, 37.61556, "RU"),
        Place(span(text, "Helsinki"), "Helsinki", "Helsinki", 658225, 60.16952, 24.93545, "FI"),
        Place(span(text, "Kremlin"), "Kremlin", "Kremlin"),
    ]
    doc.events = [
        Event(
            trigger="droneaanval",
            trigger_span=span(text, "droneaanval"),
            type="attack",
            target_actor="Kremlin",
            time="2023-05-02TNI",
            place="Moscow",
            attribution="nl-a1",
            span=span(text, "de door de Russen gesignaleerde droneaanval"),
        ),
        Event(trigger="explodeert", trigger_span=span(text, "explodeert"), type="explosion"),
    ]
    doc.claims = [
        Claim(
            id="claim-ukraine-not-involved",
            text=doc.surface(doc.attributions[0].content_span),
            speaker="Volodymyr Zelensky",
            stance="deny",
            act="statement",
            attribution="nl-a1",
            doc_id=doc.id,
            lang="nl",
            date="2023-05",
        )
    ]
    return doc


def _story_index(samples: Path) -> dict[str, dict]:
    lines = (samples / STORY / "index.jsonl").read_text(encoding="utf-8").splitlines()
    return {entry["file"]: entry for entry in map(json.loads, lines)}


@pytest.fixture(scope="session")
def en_doc(samples: Path) -> Document:
    """The 4 May White House briefing: Kirby calls Peskov's claim a lie."""
    name = "en-whitehouse-2023-05-04-press-briefing-jean-pierre-kirby-young.txt"
    meta = _story_index(samples)[name]
    text = (samples / STORY / name).read_text(encoding="utf-8")
    context = "MR. KIRBY:\u00a0 But, I mean"  # the transcript has a no-break space here
    doc = Document(
        text=text,
        url=meta["url"],
        source="whitehouse",
        lang="en",
        date=meta["date"],
        title=meta["title"],
    )
    doc.attributions = [
        Attribution(
            speaker="John Kirby",
            speaker_span=span(text, "KIRBY", after=context),
            cue="",
            cue_span=None,
            content_span=span(text, "what Mr.\nPeskov says is just a blatant, bald lie"),
            type="direct",
            stance="assert",
            act="accusation",
            id="en-a1",
        )
    ]
    doc.entities = [Mention("Peskov", span(text, "Peskov", after=context), "PER", "Dmitry Peskov")]
    return doc


def _headline_doc(samples: Path, lang: str, needle: str) -> tuple[Document, str]:
    path = samples / STORY / "headlines.jsonl"
    for entry in map(json.loads, path.read_text(encoding="utf-8").splitlines()):
        if entry["lang"] == lang and needle in (entry.get("text") or ""):
            doc = Document(
                text=entry["text"],
                url=entry["url"],
                source=entry["outlet"],
                lang=lang,
                date=entry["date"],
                title=entry["title"],
            )
            return doc, entry["text"]
    raise LookupError(f"no {lang} headline with {needle!r}")


@pytest.fixture(scope="session")
def ru_doc(samples: Path) -> Document:
    """Channel One teaser: Russia rejects that the US and Ukraine were not involved."""
    doc, text = _headline_doc(samples, "ru", "Россия отвергает")
    doc.attributions = [
        Attribution(
            speaker="Россия",
            speaker_span=span(text, "Россия"),
            cue="отвергает",
            cue_span=span(text, "отвергает"),
            content_span=span(text, "непричастность США и Украины к попытке атаковать Кремль"),
            stance="deny",
            id="ru-a1",
        )
    ]
    return doc


@pytest.fixture(scope="session")
def pl_doc(samples: Path) -> Document:
    """Business Insider Polska summary: the Kremlin claims it was attacked by two drones."""
    doc, text = _headline_doc(samples, "pl", "Kreml twierdzi, że w nocy 2 maja")
    doc.attributions = [
        Attribution(
            speaker="Kreml",
            speaker_span=span(text, "Kreml"),
            cue="twierdzi",
            cue_span=span(text, "twierdzi"),
            content_span=span(text, "w nocy 2 maja został zaatakowany przez dwa drony"),
            stance="assert",
            id="pl-a1",
        )
    ]
    return doc


@pytest.fixture(scope="session")
def sample_docs(nl_doc: Document, en_doc: Document, ru_doc: Document, pl_doc: Document):
    return [nl_doc, en_doc, ru_doc, pl_doc]


def _backends() -> list[str]:
    return ["sqlite"] + (["postgresql"] if os.environ.get(PG_URL_ENV) else [])


def _drop_tables(url: str) -> None:
    engine = create_engine(url)
    Base.metadata.drop_all(engine)
    engine.dispose()


@pytest.fixture(params=_backends())
def store(request: pytest.FixtureRequest) -> Store:
    """An empty store: in-memory SQLite, and also PostgreSQL when $CLAIMGRAPH_TEST_PG_URL is set.

    The PostgreSQL database's claimgraph tables are dropped before and after each test.
    """
    if request.param == "sqlite":
        with open_store("sqlite://") as opened:
            yield opened
        return
    url = os.environ[PG_URL_ENV]
    _drop_tables(url)
    with open_store(url) as opened:
        yield opened
    _drop_tables(url)


@pytest.fixture
def filled_store(store: Store, sample_docs: list[Document]) -> Store:
    store.save_documents(sample_docs)
    return store


@pytest.fixture
def downgraded_store(tmp_path: Path) -> Iterator[Callable[..., Connection]]:
    """Make a new SQLite store file (at the newest revision, holding ``docs``) and downgrade it
    to ``revision`` with the migrations' own downgrades: returns a connection to it, committed
    (its URL is ``conn.engine.url``); closed after the test."""
    opened: list[Connection] = []

    def downgraded(revision: str, docs: Iterable[Document] = ()) -> Connection:
        url = f"sqlite:///{tmp_path / f'at-{revision}-{len(opened)}.db'}"
        with open_store(url) as store:
            store.save_documents(docs)
        conn = create_engine(url).connect()
        opened.append(conn)
        config = alembic_config()
        config.attributes["connection"] = conn
        command.downgrade(config, revision)
        conn.commit()
        return conn

    yield downgraded
    for conn in opened:
        conn.close()
        conn.engine.dispose()
