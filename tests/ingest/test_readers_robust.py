"""Property tests: no input makes ingest raise anything but an InputError through on_error."""

from __future__ import annotations

import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimgraph.errors import InputError
from claimgraph.ingest.formats import PARSERS, Article
from claimgraph.ingest.readers import document_from_text, iter_documents

# Every code point, lone surrogates and line separators included.
ANY_TEXT = st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=300)
FRAGMENTS = st.sampled_from(
    [
        b"<?xml version='1.0'?><rss><channel><item><title>",
        b"<feed xmlns='http://www.w3.org/2005/Atom'><entry>",
        b"<html><body><article><p>",
        b'{"text": "Zelensky ontkent", "date": ',
        b"date 2023-05 ",
        b"\xef\xbb\xbf",
        b"\r\n",
        "Poetin “moordaanslag”".encode("cp1252"),
        "Кремль".encode(),
    ]
)
RAW = st.lists(st.one_of(FRAGMENTS, st.binary(max_size=40)), max_size=8).map(b"".join)


@settings(max_examples=300, deadline=None)
@given(text=ANY_TEXT)
def test_readers_robust_document_from_text_keeps_text(text):
    """The Document keeps the text; only newlines become \\n, lone surrogates and NUL U+FFFD."""
    doc = document_from_text(text)
    lf = text.replace("\r\n", "\n").replace("\r", "\n")
    unstorable = lambda c: 0xD800 <= ord(c) <= 0xDFFF or c == "\x00"  # noqa: E731
    assert doc.text == "".join("\ufffd" if unstorable(c) else c for c in lf)
    doc.text.encode("utf-8")  # storable: this raises on a lone surrogate
    assert doc.lang and doc.id


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw=RAW)
def test_readers_robust_parsers_never_raise(raw):
    for name, parse in PARSERS.items():
        for item in parse(raw, f"fuzz.{name}"):
            assert isinstance(item, Article | InputError)
            if isinstance(item, InputError):
                assert "\n" not in str(item)


@settings(max_examples=200, deadline=None)
@given(raw=RAW)
def test_readers_robust_stdin_never_raises(raw):
    errors: list[InputError] = []
    docs = list(iter_documents(["-"], on_error=errors.append, stdin=io.BytesIO(raw)))
    assert docs or errors
    assert all(d.text.strip() for d in docs)
