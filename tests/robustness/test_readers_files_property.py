"""Property tests: any bytes in a .txt/.jsonl/.html/.xml file give Documents or InputErrors."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimgraph.errors import InputError
from claimgraph.ingest.readers import iter_documents
from claimgraph.model import Document

SUFFIXES = (".txt", ".jsonl", ".html", ".xml")
FRAGMENTS = st.sampled_from(
    [
        b"<html><head><title>Kremlin</title></head><body><article><p>",
        b"<script>document.write('</p>')</script>",
        b"<div data-x='" + b"A" * 2000 + b"'>",
        b"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><item><title>",
        b"<pubDate>Tue, 31 Feb 99999 25:61:00 +9900</pubDate></item>",
        b"<feed xmlns='http://www.w3.org/2005/Atom'><entry><summary>",
        b'{"text": "Zelensky ontkent \\u201caanval\\u201d", "date": "0000-00-00", "lang": "pl"}\n',
        b'{"text": ',
        b"\n\n",
        b"\xef\xbb\xbf",
        b"\xff\xfe",
        "„Poetin” zei ‘niets’ «nooit» ,,ja''".encode(),
        "„Poetin” zei".encode("cp1252"),
        "Кремль заявил".encode("koi8-r"),
        "\u200b\u202e\u2066".encode(),
    ]
)
RAW = st.lists(st.one_of(FRAGMENTS, st.binary(max_size=60)), max_size=10).map(b"".join)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw=RAW, suffix=st.sampled_from(SUFFIXES))
def test_readers_files_yield_documents_or_input_errors(raw, suffix):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, f"fuzz{suffix}")
        path.write_bytes(raw)
        errors: list[InputError] = []
        docs = list(iter_documents([path], on_error=errors.append))
    assert docs or errors
    assert all(isinstance(d, Document) and d.text.strip() for d in docs)
    for error in errors:
        assert isinstance(error, InputError)
        assert str(path) in str(error) and "\n" not in str(error)
    for doc in docs:
        doc.text.encode("utf-8")  # storable


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw=RAW)
def test_readers_directory_of_fuzz_files_reads_every_file(raw):
    """One bad file in a folder never stops the others: each is read or reported."""
    with tempfile.TemporaryDirectory() as tmp:
        for suffix in SUFFIXES:
            Path(tmp, f"fuzz{suffix}").write_bytes(raw)
        Path(tmp, "zz-good.txt").write_text("Rutte zei dat hij stopt.", encoding="utf-8")
        errors: list[InputError] = []
        docs = list(iter_documents([tmp], on_error=errors.append))
    assert docs and docs[-1].text == "Rutte zei dat hij stopt."
    assert all("\n" not in str(e) for e in errors)
