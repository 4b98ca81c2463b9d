"""The schema mirrors model.py: every field of every record class has its column(s)."""

from __future__ import annotations

from dataclasses import fields

from sqlalchemy import inspect

from claimgraph.model import Document
from claimgraph.store.mapping import DOCUMENT_FIELDS, DOCUMENT_TABLE, ITEM_TABLES, record_columns

# Columns computed when saving, not fields of the record.
DERIVED = {"attributions": {"content_text", "speaker_key"}, "events": {"date"}}


def test_every_model_field_has_a_column() -> None:
    for item in ITEM_TABLES:
        assert set(record_columns(item)) <= set(item.table.c.keys()), item.attr
        extra = set(item.table.c.keys()) - set(record_columns(item)) - {"doc_id", "ordinal"}
        assert extra == DERIVED.get(item.table.name, set()), item.attr


def test_document_table_covers_scalar_fields_and_item_tables_the_lists() -> None:
    scalar = {f.name for f in fields(Document)} - set(Document._NESTED)
    assert scalar == set(DOCUMENT_FIELDS) <= set(DOCUMENT_TABLE.c.keys())
    assert {item.attr for item in ITEM_TABLES} == set(Document._NESTED)


def test_query_columns_are_indexed(store) -> None:
    inspector = inspect(store._engine)
    indexed = {
        table: {col for index in inspector.get_indexes(table) for col in index["column_names"]}
        for table in ("documents", "attributions")
    }
    assert {"lang", "date"} <= indexed["documents"]
    assert {"speaker", "stance"} <= indexed["attributions"]
    # doc_id leads the (doc_id, ordinal) primary key, which serves as its index.
    assert inspector.get_pk_constraint("attributions")["constrained_columns"] == [
        "doc_id",
        "ordinal",
    ]
