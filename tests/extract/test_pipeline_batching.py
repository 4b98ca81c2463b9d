"""annotate_many batches spaCy with nlp.pipe per language: same output, input order, errors."""

from __future__ import annotations

import copy
import json
from itertools import islice
from pathlib import Path

import pytest

from claimgraph.errors import InputError
from claimgraph.ingest.readers import iter_documents
from claimgraph.model import Document
from claimgraph.pipeline import annotate, annotate_many
from claimgraph.settings import data_dir

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
DPG = data_dir() / "nl-news" / "dpg-news2019.jsonl"


@pytest.fixture(scope="module")
def mixed_docs() -> list[Document]:
    """Dutch and English articles interleaved, plus one in a language without data."""
    docs = list(iter_documents([EXAMPLES]))  # nl, then three en
    if DPG.exists():
        with DPG.open(encoding="utf-8") as fh:
            records = [r for r in map(json.loads, islice(fh, 6)) if r.get("text")][:3]
        dpg = [Document(text=r["text"], id=r["id"], lang="nl", date=r["date"]) for r in records]
        docs = [docs[1], *dpg[:2], docs[0], docs[2], *dpg[2:], docs[3]]
    docs.insert(2, Document(text="Dzień dobry, to jest krótki tekst.", id="pl-1", lang="pl"))
    return docs


def _run(docs: list[Document], batch_size: int) -> list[dict]:
    return [d.to_dict() for d in annotate_many(copy.deepcopy(docs), batch_size=batch_size)]


def test_pipeline_batches_give_the_per_document_result(mixed_docs):
    one_by_one = [annotate(d).to_dict() for d in copy.deepcopy(mixed_docs)]
    assert _run(mixed_docs, batch_size=32) == one_by_one
    assert _run(mixed_docs, batch_size=3) == one_by_one
    assert [d["id"] for d in one_by_one] == [d.id for d in mixed_docs]
    assert any(d["attributions"] for d in one_by_one)
    unsupported = next(d for d in one_by_one if d["lang"] == "pl")
    assert unsupported["attributions"] == [] and unsupported["timexes"] == []


def test_pipeline_yields_what_was_read_before_an_error(mixed_docs):
    def reader():
        yield from copy.deepcopy(mixed_docs[:2])
        raise InputError("bad record", "feed.jsonl:3")

    seen = []
    with pytest.raises(InputError):
        for doc in annotate_many(reader(), batch_size=32):
            seen.append(doc.id)
    assert seen == [d.id for d in mixed_docs[:2]]
