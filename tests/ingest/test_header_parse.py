from __future__ import annotations

import pytest

from claimgraph.ingest.header import Header, normalize_date, parse_header


def test_header_parse_founding_inline_date(founding_path):
    text = founding_path.read_text(encoding="utf-8")
    header = parse_header(text)
    assert header.date == "2023-05"
    assert text[header.end :].startswith("Juist op het moment")
    assert text.startswith(" date 2023-05 ")


def test_header_parse_key_lines_at_top():
    text = (
        "Date: 2023-05-03\ntitle: Rusland dreigt met vergelding\n"
        "url: https://www.hln.be/a/1\nlang: nl-BE\n\nDe persdienst van het Kremlin meldt ..."
    )
    header = parse_header(text)
    assert header == Header(
        date="2023-05-03",
        title="Rusland dreigt met vergelding",
        url="https://www.hln.be/a/1",
        lang="nl",
        end=text.index("De persdienst"),
    )


@pytest.mark.parametrize(
    "text",
    [
        "Datum onbekend. Het Kremlin meldt een aanval.",
        "date 2023-13 De maand bestaat niet.",
        "date: gisteren\nHet Kremlin meldt een aanval.",
        "title:\nHet Kremlin meldt een aanval.",
        "url: geen url\nHet Kremlin meldt een aanval.",
        "Het Kremlin meldt op date 2023-05-03 een aanval.",
        "",
    ],
)
def test_header_parse_rejects_what_is_not_a_header(text):
    assert parse_header(text) == Header()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023", "2023"),
        ("2023-05", "2023-05"),
        ("2023-05-03", "2023-05-03"),
        ("2023-05-03T23:30:00-05:00", "2023-05-03"),
        ("2023-05-03 17:06:07+00:00", "2023-05-03"),
        ("Wed, 03 May 2023 12:57:48 GMT", "2023-05-03"),
        ("2023-02-30", None),
        ("2023-5-3", None),
        ("gisteren", None),
        ("", None),
    ],
)
def test_header_normalize_date_keeps_precision(value, expected):
    assert normalize_date(value) == expected
