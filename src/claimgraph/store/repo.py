"""Save, load and query documents in a SQL store (SQLite by default, PostgreSQL by URL).

    with open_store("sqlite:///claims.db") as store:
        store.save_document(doc)            # True; False when doc.id is already stored
        store.get_document(doc.id) == doc   # True
        store.query_attributions(speaker="zelenskyy", stance="deny")  # Zelensky's, any spelling

Each document is saved all or nothing: in its own transaction (``save_document``) or under its
own savepoint in a batch's transaction (``save_documents``). On SQLite the saved documents go
into the search tables at the end of that transaction (:func:`.search.add_to_search`). The SQL of
the listings' filters is built in :mod:`.queries`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Select,
    exists,
    false,
    func,
    insert,
    inspect,
    select,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, IntegrityError, SQLAlchemyError

from claimgraph import settings
from claimgraph.errors import SavingInterrupted, StoreError
from claimgraph.extract.identity import article_of_key
from claimgraph.lang import person_names
from claimgraph.model import STANCES, Attribution, Document, Record
from claimgraph.store.dialect import make_engine
from claimgraph.store.mapping import (
    DOCUMENT_TABLE,
    ITEM_TABLES,
    ItemTable,
    document_to_row,
    item_rows,
    item_table,
    row_to_document,
    row_to_record,
)
from claimgraph.store.queries import (
    LEAD_CHARS,
    Filter,
    article_select,
    attribution_conditions,
    attribution_select,
    speaker_select,
)
from claimgraph.store.schema import NewerSchemaError, upgrade_schema
from claimgraph.store.search import (
    ATTRIBUTION_SEARCH,
    SEARCH_TABLES,
    add_to_search,
    contains_any,
)
from claimgraph.store.speaker_keys import SpeakerChanges, rekey_speakers

_DOCS = DOCUMENT_TABLE
_ATTRIBUTIONS = item_table("attributions")

SAVE_BATCH = 64  # documents per transaction in Store.save_documents
_WRITER_LOCK = 0x636C61696D  # PostgreSQL advisory lock key of batch writers ("claim")


@dataclass(frozen=True)
class ArticleSummary:
    """An article without its text (only its first ``LEAD_CHARS`` characters), for listings."""

    id: str
    title: str
    lang: str
    date: str | None
    url: str
    source: str
    attributions: int
    lead: str = ""


@dataclass
class SpeakerCounts:
    """How often a speaker is quoted, per stance."""

    speaker: str
    total: int = 0
    stances: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STANCES, 0))
    # the article a bare title ("President", "de minister") is counted in; None: all articles
    doc_id: str | None = None


@dataclass(frozen=True)
class ClaimHit:
    """An attribution whose content or speaker matched a search, with its article's title."""

    doc_id: str
    attribution: str
    speaker: str
    stance: str
    act: str
    content: str
    title: str
    date: str | None
    lead: str = ""


@dataclass(frozen=True)
class AttributionRow:
    """One attribution found by :meth:`Store.query_attributions`, with its document's context."""

    attribution: Attribution
    doc_id: str
    title: str
    lang: str
    date: str | None
    url: str
    content: str


def describe_db_error(exc: BaseException) -> str:
    """A one-line description of a database error (the driver's message, not the SQL)."""
    cause = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    lines = str(cause).strip().splitlines()
    message = lines[0] if lines else ""
    return f"{type(cause).__name__}: {message}" if message else type(cause).__name__


def _safe_url(url: str) -> str:
    """The URL to show in messages, with any password hidden."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except SQLAlchemyError:
        return url


def open_store(url: str | None = None) -> Store:
    """Open the store at ``url`` (default ``settings.db_url()``), creating it or migrating its
    schema to the newest revision first (:func:`claimgraph.store.schema.upgrade_schema`).

    Raises :class:`StoreError` when the URL is malformed, its driver is missing or the
    database cannot be opened.
    """
    url = settings.db_url(url)
    shown = _safe_url(url)
    try:
        engine = make_engine(make_url(url))
    except (SQLAlchemyError, ImportError) as exc:
        raise StoreError(
            f"cannot use this database URL ({describe_db_error(exc)})", source=shown
        ) from exc
    try:
        upgrade_schema(engine)
        search = _search_tables(engine)
    except SQLAlchemyError as exc:
        engine.dispose()
        raise StoreError(
            f"cannot open the database ({describe_db_error(exc)})", source=shown
        ) from exc
    except NewerSchemaError as exc:
        engine.dispose()
        raise StoreError(str(exc), source=shown) from exc
    return Store(engine, shown, search)


def _search_tables(engine: Engine) -> bool:
    """Whether the store has the SQLite full-text tables (PostgreSQL needs none)."""
    names = set(inspect(engine).get_table_names())
    return set(SEARCH_TABLES) <= names


class Store:
    """Documents and everything extracted from them, in SQL tables. Use :func:`open_store`."""

    def __init__(self, engine: Engine, url: str, search_tables: bool = False) -> None:
        self._engine = engine
        self.url = url
        # The FTS tables of claimgraph.store.search narrow substring searches on SQLite.
        self._search_tables = search_tables

    # lifecycle ---------------------------------------------------------------------------------

    def close(self) -> None:
        """Release the database connections (on SQLite, refreshing the planner's statistics
        of tables that grew a lot first, as SQLite advises)."""
        if self._engine.dialect.name == "sqlite":
            with suppress(SQLAlchemyError), self._engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA optimize")
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.url!r})"

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        """A connection for reading; database failures become :class:`StoreError`."""
        try:
            with self._engine.connect() as conn:
                yield conn
        except SQLAlchemyError as exc:
            raise StoreError(
                f"cannot read the store ({describe_db_error(exc)})", source=self.url
            ) from exc

    # writing ---------------------------------------------------------------------------------

    def check_writable(self) -> None:
        """Raise :class:`StoreError`, naming the store, when it cannot be written (a read-only
        file, folder or URL, a database user without the right to insert): before the work
        whose results would have nowhere to go. The test is a real write that adds no row,
        rolled back (SQLite's ``BEGIN IMMEDIATE`` succeeds on a read-only file)."""
        try:
            with self._engine.connect() as conn, conn.begin() as transaction:
                conn.execute(_NO_DOCUMENT)
                transaction.rollback()
        except SQLAlchemyError as exc:
            raise StoreError(
                f"cannot write to this store ({describe_db_error(exc)})", source=self.url
            ) from exc

    def save_document(self, doc: Document) -> bool:
        """Store ``doc`` with all its items in one transaction.

        Returns False, changing nothing, when a document with ``doc.id`` is already stored.
        Raises :class:`StoreError` (and stores nothing of ``doc``) when the write fails.
        """
        try:
            with self._engine.begin() as conn:
                if _has_document(conn, doc.id):
                    return False
                _insert_document(conn, doc)
                self._index_for_search(conn, [doc.id])
            return True
        except IntegrityError as exc:
            # Another writer may have stored the same document since we looked.
            if self.has_document(doc.id):
                return False
            raise _save_error(exc, doc) from exc
        except SQLAlchemyError as exc:
            raise _save_error(exc, doc) from exc

    def save_documents(
        self,
        docs: Iterable[Document],
        errors: list[StoreError] | None = None,
        batch: int = SAVE_BATCH,
    ) -> tuple[int, int]:
        """Save each document all or nothing; returns ``(added, skipped)``.

        Documents are written ``batch`` at a time in one transaction, each under its own
        savepoint: a failing document is rolled back alone and documents saved before it stay
        stored. Without ``errors`` the first failure is raised (the documents after it are not
        saved); with a list, failures are appended to it and saving goes on with the next
        document. Documents whose id is stored already, or appeared earlier in ``docs``, are
        skipped.

        A KeyboardInterrupt (Ctrl-C) while ``docs`` gives the next documents saves the ones it
        gave before, then goes on up as :class:`SavingInterrupted` with the counts; one while a
        batch is being written rolls that batch back.
        """
        added = skipped = 0
        try:
            for chunk in _chunks(docs, max(1, batch)):
                outcomes = self._save_batch(chunk, stop_at_failure=errors is None)
                for outcome in outcomes:
                    if isinstance(outcome, StoreError):
                        if errors is None:
                            raise outcome
                        errors.append(outcome)
                        continue
                    added += outcome
                    skipped += not outcome
        except KeyboardInterrupt:
            raise SavingInterrupted(added, skipped) from None
        return added, skipped

    def _save_batch(self, docs: list[Document], stop_at_failure: bool) -> list[bool | StoreError]:
        """Per document of ``docs`` (up to the first failure with ``stop_at_failure``): saved
        (True), stored already (False) or its error. Where the batch's transaction itself fails
        (the lock, the commit), nothing of it is stored and its documents are saved one
        transaction each instead."""
        unexpected: Exception | None = None
        try:
            with self._engine.begin() as conn:
                _lock_for_writing(conn)
                stored = _stored_ids(conn, [doc.id for doc in docs])
                together = _save_together(conn, docs, stored)
                if together is None:
                    outcomes, unexpected = _save_one_by_one(conn, docs, stored, stop_at_failure)
                else:
                    outcomes = together
                # outcomes stop at a failure; the documents after it were not tried
                added = [
                    doc.id for doc, saved in zip(docs, outcomes, strict=False) if saved is True
                ]
                self._index_for_search(conn, added)
        except SQLAlchemyError:
            return self._save_each(docs, stop_at_failure)
        if unexpected is not None:
            raise unexpected
        return outcomes

    def _index_for_search(self, conn: Connection, doc_ids: list[str]) -> None:
        """On SQLite with FTS5, add the newly saved ``doc_ids`` to the search tables, in one
        statement per table (PostgreSQL's trigram indexes keep themselves)."""
        if self._search_tables:
            add_to_search(conn, doc_ids)

    def rekey_speakers(self) -> SpeakerChanges:
        """Bring every stored speaker in step with the current people data
        (:func:`claimgraph.store.speaker_keys.rekey_speakers`), in one transaction: run it
        after adding a spelling to ``lang/*/people.toml``. Returns how many rows changed;
        a second run changes none."""
        try:
            with self._engine.begin() as conn:
                _lock_for_writing(conn)
                return rekey_speakers(conn)
        except SQLAlchemyError as exc:
            raise StoreError(
                f"cannot re-key the speakers ({describe_db_error(exc)})", source=self.url
            ) from exc

    def _save_each(self, docs: list[Document], stop_at_failure: bool) -> list[bool | StoreError]:
        outcomes: list[bool | StoreError] = []
        for doc in docs:
            try:
                outcomes.append(self.save_document(doc))
            except StoreError as exc:
                outcomes.append(exc)
                if stop_at_failure:
                    break
        return outcomes

    # reading ---------------------------------------------------------------------------------

    def has_document(self, doc_id: str) -> bool:
        with self._reading() as conn:
            return _has_document(conn, doc_id)

    def new_documents(
        self, docs: Iterable[Document], on_stored: Callable[[Document], object]
    ) -> Iterator[Document]:
        """The documents of ``docs`` whose id is not stored yet, in order, so that a rerun or
        a resumed ingest annotates only what it has not saved; ``on_stored`` is called with
        each one left out."""
        for doc in docs:
            if self.has_document(doc.id):
                on_stored(doc)
            else:
                yield doc

    def count_documents(self) -> int:
        with self._reading() as conn:
            return conn.scalar(select(func.count()).select_from(_DOCS)) or 0

    def get_document(self, doc_id: str) -> Document | None:
        """The stored document with ``doc_id``, exactly as saved, or None."""
        with self._reading() as conn:
            docs = _load_documents(conn, select(_DOCS).where(_DOCS.c.id == doc_id))
        return docs[0] if docs else None

    def iter_documents(self, batch: int = 100) -> Iterator[Document]:
        """Every stored document, in id order, loaded ``batch`` at a time."""
        if batch < 1:
            raise ValueError(f"batch must be at least 1, not {batch}")
        last_id: str | None = None
        while True:
            query = select(_DOCS).order_by(_DOCS.c.id).limit(batch)
            if last_id is not None:
                query = query.where(_DOCS.c.id > last_id)
            with self._reading() as conn:
                docs = _load_documents(conn, query)
            yield from docs
            if len(docs) < batch:
                return
            last_id = docs[-1].id

    def query_attributions(
        self,
        speaker: str | None = None,
        stance: Filter = None,
        act: Filter = None,
        lang: Filter = None,
        doc_id: str | None = None,
        since: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        speaker_contains: str | None = None,
    ) -> list[AttributionRow]:
        """Attributions matching every given filter, by document date, document and position.

        ``speaker`` selects one speaker, whatever the spelling (the same
        :func:`~claimgraph.extract.identity.speaker_key`: "zelenskyy" finds "Volodymyr Zelensky",
        "President" not "Vice President"; a bare title, each article's holder of it:
        :func:`~claimgraph.store.mapping.speaker_selection`); ``speaker_contains`` matches a case-insensitive
        substring of the speaker instead; ``stance``, ``act`` and ``lang`` take one value or
        several; ``since`` keeps documents dated on or after it, a coarser date counting as a
        match ("2023-05" matches since "2023-05-14").
        """
        att = _ATTRIBUTIONS.table
        order = (_DOCS.c.date.is_(None), _DOCS.c.date, att.c.doc_id, att.c.ordinal)
        # Pick the page's keys first (indexes only: cheap even at a deep offset), then read
        # the full rows of that page alone.
        conditions = attribution_conditions(
            speaker, stance, act, lang, doc_id, since, self._search_tables, speaker_contains
        )
        keys = (
            select(att.c.doc_id, att.c.ordinal)
            .join_from(att, _DOCS, att.c.doc_id == _DOCS.c.id)
            .where(*conditions)
            .order_by(*order)
            .offset(offset)
        )
        if limit is not None:
            keys = keys.limit(limit)
        page = keys.subquery()
        query = (
            attribution_select()
            .join(page, (page.c.doc_id == att.c.doc_id) & (page.c.ordinal == att.c.ordinal))
            .order_by(*order)
        )
        with self._reading() as conn:
            return [_attribution_row(row) for row in conn.execute(query).mappings()]

    def count_attributions(self, **filters: Any) -> int:
        """How many attributions :meth:`query_attributions` finds with these ``filters``
        (its keyword arguments but ``limit`` and ``offset``)."""
        att = _ATTRIBUTIONS.table
        count = (
            select(func.count())
            .select_from(att)
            .join(_DOCS, att.c.doc_id == _DOCS.c.id)
            .where(*attribution_conditions(**filters, search_tables=self._search_tables))
        )
        with self._reading() as conn:
            return conn.scalar(count) or 0

    def iter_attributions(
        self,
        speaker: str | None = None,
        stance: Filter = None,
        act: Filter = None,
        lang: Filter = None,
        doc_id: str | None = None,
        since: str | None = None,
        batch: int = 1000,
        speaker_contains: str | None = None,
    ) -> Iterator[AttributionRow]:
        """Like :meth:`query_attributions`, in document id order, streamed ``batch`` at a time."""
        table = _ATTRIBUTIONS.table
        conditions = attribution_conditions(
            speaker, stance, act, lang, doc_id, since, self._search_tables, speaker_contains
        )
        query = attribution_select().where(*conditions)
        query = query.order_by(table.c.doc_id, table.c.ordinal)
        with self._reading() as conn:
            result = conn.execution_options(yield_per=batch).execute(query)
            for row in result.mappings():
                yield _attribution_row(row)

    def list_articles(
        self,
        lang: Filter = None,
        since: str | None = None,
        q: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[ArticleSummary]:
        """Articles without their text, newest first (undated last), with attribution counts.

        ``lang`` takes one value or several; ``since`` works as in :meth:`query_attributions`;
        ``q`` is a case-insensitive substring of the title or the text.
        """
        query = (
            article_select(lang, since, q, self._search_tables)
            .order_by(_DOCS.c.date.is_(None), _DOCS.c.date.desc(), _DOCS.c.id)
            .limit(limit)
            .offset(offset)
        )
        with self._reading() as conn:
            return [ArticleSummary(**row) for row in conn.execute(query).mappings()]

    def speaker_counts(
        self,
        q: str | None = None,
        lang: Filter = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[SpeakerCounts]:
        """Speakers with their number of attributions per stance, most quoted first: one row
        per speaker whatever the spelling (grouped by
        :func:`~claimgraph.extract.identity.speaker_key` in SQL, so paging never splits one), named
        as their attributions write them most often (a well-known person: by the most written
        of the names the languages give them, "Vladimir Putin" or "Vladimir Poetin"). A bare
        title ("President", "de minister") is one row per article, with that article's id.

        ``q`` keeps the speakers any of whose names contain it (case-insensitive); ``lang``
        counts only articles in that language (or those languages).
        """
        att = _ATTRIBUTIONS.table
        ranked = (
            speaker_select(q, lang, self._search_tables, att.c.speaker_key)
            .group_by(att.c.speaker_key)
            .order_by(func.count().desc(), att.c.speaker_key)
            .limit(limit)
            .offset(offset)
        )
        with self._reading() as conn:
            totals = {row.speaker_key: row.total for row in conn.execute(ranked)}
            if not totals:
                return []
            # The page's people by stance and written name (one walk of the (speaker_key, stance,
            # speaker) index).
            columns = (att.c.speaker_key, att.c.stance, att.c.speaker)
            parts = (
                speaker_select(None, lang, False, *columns)
                .where(att.c.speaker_key.in_(list(totals)))
                .group_by(*columns)
            )
            speakers = {
                key: SpeakerCounts("", total, doc_id=article_of_key(key))
                for key, total in totals.items()
            }
            written: dict[str, Counter[str]] = {key: Counter() for key in totals}
            for row in conn.execute(parts):
                stances = speakers[row.speaker_key].stances
                stances[row.stance] = stances.get(row.stance, 0) + row.total
                written[row.speaker_key][row.speaker] += row.total
        for key, row in speakers.items():
            row.speaker = _most_written(written[key])
        return list(speakers.values())

    def count_speakers(self, q: str | None = None, lang: Filter = None) -> int:
        """How many speakers :meth:`speaker_counts` lists with these filters and no limit."""
        att = _ATTRIBUTIONS.table
        people = speaker_select(q, lang, self._search_tables, att.c.speaker_key).group_by(
            att.c.speaker_key
        )
        with self._reading() as conn:
            return conn.scalar(select(func.count()).select_from(people.subquery())) or 0

    def search_claims(self, q: str, limit: int = 50, offset: int = 0) -> list[ClaimHit]:
        """Attributions whose content or speaker contains ``q`` (case-insensitive), newest first."""
        att = _ATTRIBUTIONS.table
        query = (
            select(
                att.c.doc_id,
                att.c.id.label("attribution"),
                att.c.speaker,
                att.c.stance,
                att.c.act,
                att.c.content_text.label("content"),
                _DOCS.c.title,
                _DOCS.c.date,
                func.substr(_DOCS.c.text, 1, LEAD_CHARS).label("lead"),
            )
            .join_from(att, _DOCS, att.c.doc_id == _DOCS.c.id)
            .where(
                contains_any(
                    [att.c.content_text, att.c.speaker],
                    q,
                    ATTRIBUTION_SEARCH if self._search_tables else None,
                    [att.c.doc_id, att.c.ordinal],
                )
            )
            .order_by(_DOCS.c.date.is_(None), _DOCS.c.date.desc(), att.c.doc_id, att.c.ordinal)
            .limit(limit)
            .offset(offset)
        )
        with self._reading() as conn:
            return [ClaimHit(**row) for row in conn.execute(query).mappings()]


# an insert of no row, the write of Store.check_writable
_NO_DOCUMENT = insert(_DOCS).from_select(
    [column.name for column in _DOCS.c], select(*_DOCS.c).where(false())
)


# helpers (module level so that they run on a given connection / transaction) ------------------


def _has_document(conn: Connection, doc_id: str) -> bool:
    return bool(conn.scalar(select(exists().where(_DOCS.c.id == doc_id))))


def _lock_for_writing(conn: Connection) -> None:
    """Make batch writers take turns, so that each sees what the others stored and none waits
    for a lock another holds while holding one it needs (a deadlock on PostgreSQL)."""
    if conn.dialect.name == "sqlite":
        # This also begins the transaction now: pysqlite begins one only before an INSERT, so
        # the first SAVEPOINT would open (and its RELEASE commit) a transaction of its own.
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    elif conn.dialect.name == "postgresql":
        conn.execute(select(func.pg_advisory_xact_lock(_WRITER_LOCK)))


def _stored_ids(conn: Connection, ids: list[str]) -> set[str]:
    """Those of ``ids`` that are stored (one query)."""
    return set(conn.scalars(select(_DOCS.c.id).where(_DOCS.c.id.in_(ids))))


def _save_one_by_one(
    conn: Connection, docs: list[Document], stored: set[str], stop_at_failure: bool
) -> tuple[list[bool | StoreError], Exception | None]:
    """:func:`_save_in_savepoint` for each of ``docs`` in turn (up to the first failure with
    ``stop_at_failure``), and the exception other than a database error that stopped it."""
    outcomes: list[bool | StoreError] = []
    for doc in docs:
        try:
            outcomes.append(_save_in_savepoint(conn, doc, stored))
        except Exception as exc:  # not a database error: keep the documents before
            return outcomes, exc
        if stop_at_failure and isinstance(outcomes[-1], StoreError):
            break
    return outcomes, None


def _save_in_savepoint(conn: Connection, doc: Document, stored: set[str]) -> bool | StoreError:
    """Insert ``doc`` under a savepoint of ``conn``'s transaction unless its id is in ``stored``
    (which it then joins): True if inserted, False if stored already, else the error (and
    nothing of ``doc`` is left in the transaction)."""
    if doc.id in stored:
        return False
    try:
        with conn.begin_nested():
            _insert_document(conn, doc)
    except IntegrityError as exc:
        # Stored since we looked, by a writer outside the batch lock (save_document on
        # PostgreSQL): skipped, as save_document does.
        if not _has_document(conn, doc.id):
            return _save_error(exc, doc)
        stored.add(doc.id)
        return False
    except SQLAlchemyError as exc:
        return _save_error(exc, doc)
    stored.add(doc.id)
    return True


def _save_error(exc: SQLAlchemyError, doc: Document) -> StoreError:
    error = StoreError(f"cannot save document ({describe_db_error(exc)})", source=doc.id)
    error.__cause__ = exc
    return error


def _chunks(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    """Lists of up to ``size`` items. A KeyboardInterrupt while the next items are read comes
    after the list of those read before it, so that they are saved."""
    iterator = iter(items)
    while True:
        chunk: list[Document] = []
        try:
            for item in iterator:
                chunk.append(item)
                if len(chunk) == size:
                    break
        except KeyboardInterrupt:
            if chunk:
                yield chunk
            raise
        if not chunk:
            return
        yield chunk


def _save_together(
    conn: Connection, docs: list[Document], stored: set[str]
) -> list[bool | StoreError] | None:
    """Insert the documents of ``docs`` whose id is not in ``stored`` (which they then join)
    under one savepoint, one statement per table: per document True (inserted) or False
    (stored already, or earlier in ``docs``), as :func:`_save_in_savepoint` gives them. None,
    with nothing inserted, where any of it fails: the caller then saves each document under its
    own savepoint, which keeps the others and reports or raises the failure."""
    new: list[Document] = []
    outcomes: list[bool | StoreError] = []
    for doc in docs:
        outcomes.append(doc.id not in stored)
        if outcomes[-1]:
            stored.add(doc.id)
            new.append(doc)
    try:
        with conn.begin_nested():
            _insert_documents(conn, new)
    except Exception:  # the savepoint per document tells which document failed, and why
        stored.difference_update(doc.id for doc in new)
        return None
    return outcomes


def _insert_document(conn: Connection, doc: Document) -> None:
    _insert_documents(conn, [doc])


def _insert_documents(conn: Connection, docs: list[Document]) -> None:
    """Insert ``docs`` with all their items, one statement per table."""
    if not docs:
        return
    conn.execute(_DOCS.insert(), [document_to_row(doc) for doc in docs])
    per_doc = [item_rows(doc) for doc in docs]  # each in ITEM_TABLES order
    for k, item in enumerate(ITEM_TABLES):
        _insert_rows(conn, item, [row for rows in per_doc for row in rows[k][1]])


def _insert_rows(conn: Connection, item: ItemTable, rows: list[dict[str, Any]]) -> None:
    if rows:  # an empty parameter list would insert one row of defaults
        conn.execute(item.table.insert(), rows)


def _load_documents(conn: Connection, doc_query: Select[Any]) -> list[Document]:
    """The documents ``doc_query`` selects from ``documents``, with all their items."""
    doc_rows = list(conn.execute(doc_query).mappings())
    if not doc_rows:
        return []
    ids = [row["id"] for row in doc_rows]
    items: dict[str, dict[str, list[Record]]] = {
        doc_id: {item.attr: [] for item in ITEM_TABLES} for doc_id in ids
    }
    for item in ITEM_TABLES:
        table = item.table
        query = (
            select(table).where(table.c.doc_id.in_(ids)).order_by(table.c.doc_id, table.c.ordinal)
        )
        for row in conn.execute(query).mappings():
            items[row["doc_id"]][item.attr].append(row_to_record(item, row))
    return [row_to_document(row, items[row["id"]]) for row in doc_rows]


def _most_written(names: Counter[str]) -> str:
    """The name written most often (ties: the first in alphabetical order); for a well-known
    person, of the names the languages give them ("Vladimir Putin", "Vladimir Poetin": not a
    headline's "Zelenskiy"), else their canonical name."""
    person = person_names(next(iter(names)))
    shown = Counter({name: n for name, n in names.items() if name in person}) if person else names
    return min(shown, key=lambda name: (-shown[name], name)) if shown else person[0]


def _attribution_row(row: Any) -> AttributionRow:
    """An :class:`AttributionRow` from a row of :func:`attribution_select`."""
    return AttributionRow(
        attribution=row_to_record(_ATTRIBUTIONS, row),  # type: ignore[arg-type]
        doc_id=row["doc_id"],
        title=row["title"],
        lang=row["lang"],
        date=row["date"],
        url=row["url"],
        content=row["content_text"],
    )


__all__ = [
    "ArticleSummary",
    "AttributionRow",
    "ClaimHit",
    "SpeakerCounts",
    "Store",
    "open_store",
]
