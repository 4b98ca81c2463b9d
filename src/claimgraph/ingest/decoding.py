"""Bytes to text: BOMs, UTF-8 with a cp1252 fallback for stray bytes, and binary detection."""

from __future__ import annotations

import codecs
import re

# Byte-order marks, longest first (the UTF-32-LE mark starts with the UTF-16-LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Control bytes that never occur in text (tab, newlines, form feed and escape may).
_CONTROL_BYTES = frozenset(range(32)) - {9, 10, 12, 13, 27}
# Share of control bytes in the first block above which a file is taken as binary.
_MAX_CONTROL_SHARE = 0.05
_SNIFF_BYTES = 8192
_NEWLINES = re.compile(r"\r\n?")
_FALLBACK = "claimgraph-cp1252"


def _decode_as_cp1252(err: UnicodeError) -> tuple[str, int]:
    """Codec error handler: read bytes that are not UTF-8 as cp1252 (latin-1 where undefined)."""
    if not isinstance(err, UnicodeDecodeError):
        raise err
    chunk = err.object[err.start : err.end]
    text = "".join(bytes([byte]).decode("cp1252", errors="ignore") or chr(byte) for byte in chunk)
    return text, err.end


codecs.register_error(_FALLBACK, _decode_as_cp1252)


def bom_encoding(raw: bytes) -> tuple[str | None, int]:
    """The encoding a byte-order mark announces and the mark's length, or ``(None, 0)``."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return encoding, len(bom)
    return None, 0


def looks_binary(raw: bytes) -> bool:
    """True for data that is not text: NUL bytes or many control bytes (BOM-marked UTF-16/32
    text excepted)."""
    if bom_encoding(raw)[0] not in (None, "utf-8"):
        return False
    head = raw[:_SNIFF_BYTES]
    if b"\x00" in head:
        return True
    controls = sum(1 for byte in head if byte in _CONTROL_BYTES)
    return controls > _MAX_CONTROL_SHARE * max(len(head), 1)


def decode_bytes(raw: bytes, declared: str | None = None) -> str:
    """Decode text: a BOM wins, then UTF-8 if the bytes are valid UTF-8, then a declared
    legacy charset (an HTML ``<meta charset>``), then UTF-8 reading stray bytes as cp1252.

    The last step means a Windows-1252 file ("Zelenskyj’s" with a 0x92 quote) and a UTF-8 file
    with a few stray Latin-1 bytes both come out readable.
    """
    encoding, skip = bom_encoding(raw)
    if encoding:
        return raw[skip:].decode(encoding, errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    codec = _legacy_codec(declared)
    if codec:
        try:
            return raw.decode(codec, errors="replace")
        except LookupError:  # a codec that is not a text encoding, such as rot13
            pass
    return raw.decode("utf-8", errors=_FALLBACK)


def _legacy_codec(label: str | None) -> str | None:
    """The codec for a declared charset, as browsers read it; None for UTF and unknown names."""
    if not label:
        return None
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    if name.startswith("utf"):
        return None
    # Pages labelled Latin-1 or ASCII are in practice Windows-1252 (as in the WHATWG spec).
    return "cp1252" if name in ("ascii", "latin-1", "iso8859-1") else name


def normalize_newlines(text: str) -> str:
    r"""``\r\n`` and lone ``\r`` become ``\n``; nothing else changes."""
    return _NEWLINES.sub("\n", text)
