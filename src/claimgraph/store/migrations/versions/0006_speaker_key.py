"""Who each attribution's speaker is, whatever the spelling: ``attributions.speaker_key``.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28

A speaker page selected the attributions whose speaker *contains* the name ("President" found
"Vice President" and "Does the President"; "Putin" found "Putin's spokesperson"), and the speaker
listings merged a person's spellings ("Zelensky", "Zelenskyy", "Zelenski") only within the page
they showed. ``speaker_key`` (:func:`claimgraph.store.mapping.speaker_key`: a well-known person's
canonical name for any of their spellings, else the name, case and spacing folded) lets a
speaker page select one person and the listings group by person in SQL, across pages.

Steps, each with the people data of the claimgraph that runs the upgrade (not a frozen copy:
the key means "the person these people data name"):

1. A well-known person's stored name becomes the one their article's language writes them with
   (:func:`claimgraph.lang.display_name`), as ``claimgraph ingest`` writes it since the fifteenth
   session: a store made before then has "Vladimir Poetin" in its English articles and now shows
   "Vladimir Putin" without a re-ingest. The claims that ``claimgraph link`` and the claim
   ledgers read (``claims.speaker``) change with them. Only the rows of known people's
   spellings change (the search index follows them through its update trigger).
2. The key of every row without one is filled, one UPDATE per distinct speaker. On SQLite the
   search index's update trigger on ``attributions`` (migration 0002) is set aside meanwhile: it
   would rewrite every row's search entry for a column the search does not read. It is recreated
   from its own stored definition in the same transaction.
3. ``(speaker_key, stance, speaker)`` is indexed: it covers a speaker page's lookup and the
   listings' counts per person and stance and their names per person. It supersedes
   ``ix_attributions_speaker_stance (speaker, stance)`` (migration 0002), which is dropped: no
   query looks up the written name any more, and each index costs a B-tree insert per stored
   attribution.

Idempotent: the column and index are added only when missing, only rows without a key are
filled, and a name already as its language writes it is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa
from alembic import op

from claimgraph.lang import display_name, person_names
from claimgraph.store.mapping import speaker_key

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

TABLE = "attributions"
INDEX = "ix_attributions_speaker_key"
OLD_INDEX = "ix_attributions_speaker_stance"
SEARCH_TRIGGER = "search_attributions_update"
_BATCH = 1000

_ATTRIBUTIONS = sa.table(TABLE, sa.column("doc_id"), sa.column("speaker"), sa.column("speaker_key"))
_CLAIMS = sa.table("claims", sa.column("doc_id"), sa.column("speaker"))
_DOCUMENTS = sa.table("documents", sa.column("id"), sa.column("lang"))


def upgrade() -> None:
    bind = op.get_bind()
    if "speaker_key" not in {c["name"] for c in sa.inspect(bind).get_columns(TABLE)}:
        op.add_column(TABLE, sa.Column("speaker_key", sa.Text, nullable=True))
    _write_people_as_their_language_does(bind)
    with _search_trigger_set_aside(bind):
        _fill_keys(bind)
    bind.exec_driver_sql(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON {TABLE} (speaker_key, stance, speaker)"
    )
    bind.exec_driver_sql(f"DROP INDEX IF EXISTS {OLD_INDEX}")


def _write_people_as_their_language_does(bind: sa.Connection) -> None:
    """Each stored spelling of a well-known person, in the articles of each language, becomes
    that language's name for them where it differs (attributions and their claims)."""
    langs = bind.scalars(sa.select(_DOCUMENTS.c.lang).distinct()).all()
    in_lang = sa.select(_DOCUMENTS.c.id).where(_DOCUMENTS.c.lang == sa.bindparam("lang"))
    for table in (_ATTRIBUTIONS, _CLAIMS):
        speakers = bind.scalars(sa.select(table.c.speaker).distinct()).all()
        changes = [
            {"name": name, "lang": lang, "shown": display_name(name, lang)}
            for name in speakers
            if person_names(name)
            for lang in langs
            if display_name(name, lang) != name
        ]
        rename = (
            table.update()
            .where(table.c.speaker == sa.bindparam("name"), table.c.doc_id.in_(in_lang))
            .values(speaker=sa.bindparam("shown"))
        )
        if changes:
            bind.execute(rename, changes)


def _fill_keys(bind: sa.Connection) -> None:
    """Set the key of every row that has none, one UPDATE per distinct speaker (batched)."""
    att = _ATTRIBUTIONS
    speakers = bind.scalars(
        sa.select(att.c.speaker).where(att.c.speaker_key.is_(None)).distinct()
    ).all()
    update = (
        att.update()
        .where(att.c.speaker == sa.bindparam("name"), att.c.speaker_key.is_(None))
        .values(speaker_key=sa.bindparam("key"))
    )
    for start in range(0, len(speakers), _BATCH):
        batch = speakers[start : start + _BATCH]
        bind.execute(update, [{"name": name, "key": speaker_key(name)} for name in batch])


@contextmanager
def _search_trigger_set_aside(bind: sa.Connection) -> Iterator[None]:
    """Without the SQLite search index's update trigger on ``attributions`` (if any) inside."""
    definition = None
    if bind.dialect.name == "sqlite":
        found = "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"
        definition = bind.exec_driver_sql(found, (SEARCH_TRIGGER,)).scalar()
    if definition:
        bind.exec_driver_sql(f"DROP TRIGGER {SEARCH_TRIGGER}")
    yield
    if definition:
        bind.exec_driver_sql(definition)


def downgrade() -> None:
    bind = op.get_bind()
    bind.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {OLD_INDEX} ON {TABLE} (speaker, stance)")
    bind.exec_driver_sql(f"DROP INDEX IF EXISTS {INDEX}")
    # In place (SQLite 3.35+, PostgreSQL): a batch copy of the table would drop the search
    # index's triggers on it.
    bind.exec_driver_sql(f"ALTER TABLE {TABLE} DROP COLUMN speaker_key")
