from __future__ import annotations

import html

import pytest

from claimgraph.errors import InputError
from claimgraph.ingest.readers import iter_documents

HEADLINE = "Rusland dreigt met vergelding"


def _paragraphs(founding_path) -> list[str]:
    body = founding_path.read_text(encoding="utf-8").split("\n\n")
    return [p.strip() for p in body[1:4]]


def _page(paragraphs: list[str], head: str = "", h1: bool = True) -> str:
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    heading = f"<h1>{HEADLINE}</h1>" if h1 else ""
    return (
        f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">'
        f"<title>{HEADLINE} | Het Nieuwsblad</title>{head}</head><body>"
        '<nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>'
        f"<article>{heading}{paras}</article>"
        "<footer>© 2023 Mediahuis. Alle rechten voorbehouden.</footer></body></html>"
    )


def test_readers_html_article_text_title_and_metadata_date(tmp_path, founding_path):
    paragraphs = _paragraphs(founding_path)
    meta = (
        '<meta property="article:published_time" content="2023-05-04T08:30:00+02:00">'
        '<link rel="canonical" href="https://www.nieuwsblad.be/cnt/dmf20230504_123">'
    )
    path = tmp_path / "page.html"
    path.write_text(_page(paragraphs, head=meta), encoding="utf-8")
    [doc] = iter_documents([path])
    assert doc.title == HEADLINE
    assert doc.text.startswith(HEADLINE + "\n")
    assert all(p in doc.text for p in paragraphs)
    assert "Mediahuis" not in doc.text and "Sport" not in doc.text
    assert (doc.date, doc.url, doc.lang) == (
        "2023-05-04",
        "https://www.nieuwsblad.be/cnt/dmf20230504_123",
        "nl",
    )


def test_readers_html_copyright_year_is_not_a_date_and_headline_is_kept(tmp_path, founding_path):
    path = tmp_path / "page.htm"
    path.write_text(_page(_paragraphs(founding_path), h1=False), encoding="utf-8")
    [doc] = iter_documents([path])
    assert doc.date is None
    assert doc.text.startswith(HEADLINE + "\n\n")


def test_readers_html_declared_legacy_charset(tmp_path, founding_path):
    page = _page(_paragraphs(founding_path)).replace("utf-8", "windows-1252")
    path = tmp_path / "legacy.html"
    path.write_bytes(page.encode("cp1252"))
    [doc] = iter_documents([path])
    assert "“moordaanslag”" in doc.text and "Oekraïense" in doc.text


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><script>var kremlin = 1;</script></body></html>",
        '<html><head><title>x</title></head><body><img src="drone.jpg"></body></html>',
    ],
)
def test_readers_html_without_article_text_is_an_error(tmp_path, page):
    path = tmp_path / "empty.html"
    path.write_text(page, encoding="utf-8")
    errors: list[InputError] = []
    assert list(iter_documents([path], on_error=errors.append)) == []
    assert [str(e) for e in errors] == [f"{path}: no article text found in the HTML"]


def test_readers_html_page_over_trafilaturas_cap_is_refused_unread(tmp_path, founding_path):
    # a 50 MB page kept trafilatura busy for over 13 minutes (its time grows faster than the
    # page); one over the 20 MB it downloads at most is now one line at once
    script = "<script>var x = '" + "a" * 21_000_000 + "';</script>"
    page = _page(_paragraphs(founding_path)).replace("</head>", script + "</head>")
    path = tmp_path / "huge.html"
    path.write_text(page, encoding="utf-8")
    errors: list[InputError] = []
    assert list(iter_documents([path], errors.append)) == []
    [error] = errors
    assert "HTML page of 21.0 MB, over the 20 MB trafilatura reads" in str(error)
    assert str(path) in str(error)
