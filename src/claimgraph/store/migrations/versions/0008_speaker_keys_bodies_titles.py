"""Every stored speaker keyed as the current key function keys it: bodies across languages, bare
titles within their article.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-28

The speaker key (:func:`claimgraph.extract.identity.speaker_key`, ``attributions.speaker_key``)
changed twice in the eighteenth session:

1. A body has one key in every language that names it (:func:`claimgraph.extract.bodies.body_key`):
   "persdienst van het Kremlin" and "Kremlin press service", "Rusland" and "Russia". A store
   written before keeps them apart: "Rusland" is keyed "rusland".
2. A bare title ("President", "de premier", "the minister": no name) is keyed within its article,
   "president@<doc id>": whoever holds it there, not another article's holder of the title. A
   store written before merges every article's "President" under "president".

The upgrade re-keys the stored speakers with the claimgraph that runs it
(:func:`claimgraph.store.speaker_keys.rekey_speakers`, which ``claimgraph speakers --rekey``
runs after later edits to the people or body data; it also writes a well-known person's name
as their article's language does, as migration 0006 did), so opening an old store brings its
speaker lists and pages in step without a re-ingest. Only rows whose key differs are updated.

Downgrade changes nothing: the keys are data, and 0007's code reads any key; ``claimgraph
speakers --rekey`` of an older claimgraph writes its own keys again.
"""

from __future__ import annotations

from alembic import op

from claimgraph.store.speaker_keys import rekey_speakers

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    rekey_speakers(op.get_bind())


def downgrade() -> None:
    pass
