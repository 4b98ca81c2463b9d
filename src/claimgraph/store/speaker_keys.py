"""Bring the stored speakers in step with the people and body data (``lang/*/people.toml``,
``lang/<code>/bodies.toml``) and the speaker key.

What the data decide about a stored speaker is written when the row is saved: the speaker key
(:func:`~claimgraph.extract.identity.speaker_key`, ``attributions.speaker_key``: a person's, a
body's, a bare title's within its article) and a well-known person's name as the article's
language writes them (:func:`claimgraph.lang.display_name`, in ``attributions.speaker`` and
``claims.speaker``). A spelling added to ``people.toml`` later (or a body noun to
``bodies.toml``) leaves older rows as they were written: the person stays split across the
speaker lists. :func:`rekey_speakers` rewrites every row that the current data would write
otherwise, in the caller's transaction, and says how many it changed. Run it again and it
changes nothing.

Used by ``claimgraph speakers --rekey`` (:meth:`claimgraph.store.Store.rekey_speakers`) and by
migrations 0006, which fills the key column it adds, and 0008, which re-keys for the
eighteenth session's keys: the statements below may only name columns that exist from 0006 on.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import sqlalchemy as sa

from claimgraph.extract.bare_titles import bare_title
from claimgraph.extract.identity import speaker_key
from claimgraph.lang import display_name, person_names

SEARCH_TRIGGER = "search_attributions_update"

_ATTRIBUTIONS = sa.table(
    "attributions", sa.column("doc_id"), sa.column("speaker"), sa.column("speaker_key")
)
_CLAIMS = sa.table("claims", sa.column("doc_id"), sa.column("speaker"))
_DOCUMENTS = sa.table("documents", sa.column("id"), sa.column("lang"))


@dataclass(frozen=True)
class SpeakerChanges:
    """How many stored rows a re-key changed."""

    keys: int = 0  # attributions given another speaker key
    names: int = 0  # attributions renamed to their language's name for a well-known person
    claims: int = 0  # claims renamed likewise

    def __bool__(self) -> bool:
        return bool(self.keys or self.names or self.claims)


def rekey_speakers(conn: sa.Connection) -> SpeakerChanges:
    """Rename well-known people as their article's language writes them (attributions and the
    claims that linking and the ledgers read), then give each attribution whose key is not its
    speaker's current one (or none) that key. On SQLite the search index's update trigger is
    set aside while the keys change (the search does not read them)."""
    names = _rename_people(conn, _ATTRIBUTIONS)
    claims = _rename_people(conn, _CLAIMS)
    with _search_trigger_set_aside(conn):
        keys = _rekey(conn)
    return SpeakerChanges(keys=keys, names=names, claims=claims)


def _rename_people(conn: sa.Connection, table: sa.TableClause) -> int:
    """Each stored spelling of a well-known person, in the articles of each language, becomes
    that language's name for them where it differs; returns the number of rows renamed."""
    speakers = conn.scalars(sa.select(table.c.speaker).distinct()).all()
    known = [name for name in speakers if person_names(name)]
    if not known:
        return 0
    written = (
        sa.select(table.c.speaker, _DOCUMENTS.c.lang)
        .join_from(table, _DOCUMENTS, table.c.doc_id == _DOCUMENTS.c.id)
        .where(table.c.speaker.in_(known))
        .distinct()
    )
    in_lang = sa.select(_DOCUMENTS.c.id).where(_DOCUMENTS.c.lang == sa.bindparam("lang"))
    rename = (
        table.update()
        .where(table.c.speaker == sa.bindparam("name"), table.c.doc_id.in_(in_lang))
        .values(speaker=sa.bindparam("shown"))
    )
    renamed = 0
    for name, lang in conn.execute(written).all():
        shown = display_name(name, lang)
        if shown != name:
            values = {"name": name, "lang": lang, "shown": shown}
            renamed += conn.execute(rename, values).rowcount
    return renamed


def _rekey(conn: sa.Connection) -> int:
    """Give every attribution its speaker's current key: one statement for the rows without a
    key and one for those with another, each run once per (speaker, stored key) that differs,
    and per article for a speaker keyed within its article (a bare title); returns the number
    of rows changed (counted by the same grouping)."""
    att = _ATTRIBUTIONS
    stored = _stored_keys(conn, att.c.speaker, att.c.speaker_key)
    in_articles = {row.speaker for row in stored if bare_title(row.speaker)}
    if in_articles:
        by_article = _stored_keys(
            conn, att.c.speaker, att.c.speaker_key, att.c.doc_id, of=in_articles
        )
        stored = [row for row in stored if row.speaker not in in_articles] + by_article
    changes: dict[tuple[bool, bool], list[dict[str, str]]] = {}
    changed = 0
    for row in stored:
        doc_id = getattr(row, "doc_id", None)
        key = speaker_key(row.speaker, doc_id or "")
        if key == row.speaker_key:
            continue
        params = {"name": row.speaker, "old": row.speaker_key, "key": key, "doc": doc_id}
        changes.setdefault((row.speaker_key is None, doc_id is not None), []).append(params)
        changed += row.rows
    for (unkeyed, in_article), params in changes.items():
        conn.execute(_set_key(unkeyed, in_article), params)
    return changed


def _stored_keys(
    conn: sa.Connection, *columns: sa.ColumnClause, of: set[str] | None = None
) -> list[sa.Row]:
    """The attributions' distinct values of ``columns``, with their number of ``rows`` (of the
    speakers ``of`` alone, when given)."""
    counted = sa.select(*columns, sa.func.count().label("rows")).group_by(*columns)
    if of is not None:
        counted = counted.where(_ATTRIBUTIONS.c.speaker.in_(sorted(of)))
    return list(conn.execute(counted).all())


def _set_key(unkeyed: bool, in_article: bool) -> sa.Update:
    """The UPDATE that gives a speaker's rows (with no key, or the key ``old``; in the article
    ``doc`` alone, or in all) the key ``key``."""
    att = _ATTRIBUTIONS
    was = att.c.speaker_key.is_(None) if unkeyed else att.c.speaker_key == sa.bindparam("old")
    where = [att.c.speaker == sa.bindparam("name"), was]
    if in_article:
        where.append(att.c.doc_id == sa.bindparam("doc"))
    return att.update().where(*where).values(speaker_key=sa.bindparam("key"))


@contextmanager
def _search_trigger_set_aside(conn: sa.Connection) -> Iterator[None]:
    """Without the SQLite search index's update trigger on ``attributions`` (if any) inside: it
    would rewrite a row's search entry for a column the search does not read. Recreated from
    its own stored definition, in the same transaction."""
    definition = None
    if conn.dialect.name == "sqlite":
        found = "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"
        definition = conn.exec_driver_sql(found, (SEARCH_TRIGGER,)).scalar()
    if definition:
        conn.exec_driver_sql(f"DROP TRIGGER {SEARCH_TRIGGER}")
    yield
    if definition:
        conn.exec_driver_sql(definition)


__all__ = ["SpeakerChanges", "rekey_speakers"]
