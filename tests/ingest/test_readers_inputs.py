from __future__ import annotations

import io
import os

import pytest

import claimgraph
from claimgraph.errors import InputError
from claimgraph.ingest.readers import iter_documents

CP1252_TEXT = "Zelenskyj’s woorden: “We vallen Poetin of Moskou niet aan”, zei hij in Helsinki."


def _read(paths, **kwargs):
    errors: list[InputError] = []
    docs = list(iter_documents(paths, on_error=errors.append, **kwargs))
    return docs, errors


def test_readers_inputs_directory_sorted_recursive_skipping_hidden(tmp_path, founding_path):
    text = founding_path.read_text(encoding="utf-8")
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Zelensky ontkent elke betrokkenheid bij de aanval.")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("verborgen bestand dat niet gelezen wordt")
    (tmp_path / ".git" / "c.txt").write_text("verborgen map die niet gelezen wordt")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    docs, errors = _read([tmp_path])
    assert [d.source for d in docs] == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "z.txt")]
    assert docs[0].text == text
    assert errors == []


def test_readers_inputs_stdin_bytes_and_text(founding_path):
    raw = founding_path.read_bytes()
    [from_bytes] = iter_documents(["-"], stdin=io.BytesIO(raw))
    [from_text] = iter_documents(["-"], stdin=io.StringIO(raw.decode("utf-8")))
    assert from_bytes.text == from_text.text == raw.decode("utf-8")
    assert (from_bytes.source, from_bytes.date, from_bytes.lang) == ("<stdin>", "2023-05", "nl")


def test_readers_inputs_stdin_jsonl_is_sniffed(headlines):
    lines = "".join(f'{{"text": "{h["title"]}", "lang": "{h["lang"]}"}}\n' for h in headlines[:3])
    docs = list(iter_documents(["-"], stdin=io.BytesIO(lines.encode())))
    assert [d.text for d in docs] == [h["title"] for h in headlines[:3]]


def test_readers_inputs_empty_and_blank_files(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \r\n\t\n")
    docs, errors = _read([tmp_path / "empty.txt", tmp_path / "blank.txt"])
    assert docs == []
    assert [str(e) for e in errors] == [
        f"{tmp_path / 'empty.txt'}: empty file",
        f"{tmp_path / 'blank.txt'}: empty file",
    ]


def test_readers_inputs_binary_file(tmp_path):
    path = tmp_path / "article.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 20)
    docs, errors = _read([path])
    assert docs == []
    assert [str(e) for e in errors] == [f"{path}: binary file, not text"]


def test_readers_inputs_cp1252_file(tmp_path):
    path = tmp_path / "windows.txt"
    path.write_bytes(CP1252_TEXT.encode("cp1252"))
    [doc] = iter_documents([path])
    assert doc.text == CP1252_TEXT
    assert doc.lang == "nl"


def test_readers_inputs_utf8_with_stray_cp1252_bytes(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes("Oekraïne ontkent: ".encode() + "“geen aanval”".encode("cp1252"))
    [doc] = iter_documents([path])
    assert doc.text == "Oekraïne ontkent: “geen aanval”"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-32"])
def test_readers_inputs_byte_order_marks(tmp_path, encoding):
    path = tmp_path / "bom.txt"
    path.write_bytes(CP1252_TEXT.encode(encoding))
    [doc] = iter_documents([path])
    assert doc.text == CP1252_TEXT


def test_readers_inputs_size_limit(tmp_path, founding_path):
    raw = founding_path.read_bytes()
    path = tmp_path / "big.txt"
    path.write_bytes(raw)
    docs, errors = _read([path, "-"], stdin=io.BytesIO(raw), max_bytes=1000)
    assert docs == []
    assert [e.source for e in errors] == [str(path), "<stdin>"]
    assert [str(e) for e in errors] == [
        f"{path}: input is {len(raw) / 1e3:.1f} kB, over the 1.0 kB limit",
        "<stdin>: input is over the 1.0 kB limit",
    ]


def test_readers_inputs_missing_file_raises_without_handler(tmp_path):
    missing = tmp_path / "missing.txt"
    with pytest.raises(InputError, match="no such file or directory"):
        list(iter_documents([missing]))
    docs, errors = _read([missing, tmp_path])
    # the folder holds no article file either: one line each (fifteenth session)
    assert docs == [] and [e.source for e in errors] == [str(missing), str(tmp_path)]


def test_readers_inputs_unreadable_file(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text("Het Kremlin meldt een aanval met twee drones.")
    path.chmod(0)
    if os.access(path, os.R_OK):
        pytest.skip("permissions are not enforced for this user (root)")
    docs, errors = _read([path])
    assert docs == [] and [str(e) for e in errors] == [f"{path}: Permission denied"]


def test_readers_inputs_os_error_is_one_line(tmp_path):
    (tmp_path / "article.txt").write_text("Het Kremlin meldt een aanval met twee drones.")
    path = tmp_path / "article.txt" / "child.txt"
    docs, errors = _read([path])
    assert docs == [] and [str(e) for e in errors] == [f"{path}: Not a directory"]


def test_readers_inputs_single_path_and_closed_stdin(founding_path):
    [doc] = iter_documents(founding_path)
    assert doc.date == "2023-05"
    closed = io.BytesIO(b"Het Kremlin meldt een aanval.")
    closed.close()
    docs, errors = _read(["-"], stdin=closed)
    assert docs == [] and [e.source for e in errors] == ["<stdin>"]


def test_readers_default_limit_is_the_50_mb_it_prints(tmp_path):
    # a 70 MB file was "over the 52.4 MB limit" (50 MiB printed in MB, where the docs say 50 MB)
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(52_000_000)  # sparse: the size is refused before anything is read
    docs, errors = _read([path])
    assert docs == []
    assert [str(e) for e in errors] == [f"{path}: input is 52.0 MB, over the 50.0 MB limit"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (None, "the article's text must be a str, not NoneType$"),
        (3, "must be a str, not int$"),
        (CP1252_TEXT.encode("utf-8"), r'not bytes: decode it first \(data.decode\("utf-8"\)\)'),
    ],
)
def test_analyze_says_it_takes_a_str(text, expected) -> None:
    # analyze(None) said "expected string or bytes-like object, got 'NoneType'" and
    # analyze(b"...") "cannot use a string pattern on a bytes-like object", from inside re
    with pytest.raises(TypeError, match=expected):
        claimgraph.analyze(text)
