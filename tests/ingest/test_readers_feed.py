from __future__ import annotations

from datetime import datetime
from email.utils import format_datetime
from xml.sax.saxutils import escape

from claimgraph.errors import InputError
from claimgraph.ingest.readers import iter_documents


def _with_summary(headlines, lang, count):
    return [h for h in headlines if h["lang"] == lang and h.get("text")][:count]


def _rss(items) -> str:
    entries = "".join(
        f"<item><title>{escape(h['title'])}</title><link>{escape(h['url'])}</link>"
        f"<description>{escape('<p>' + escape(h['text']) + '</p>')}</description>"
        f"<pubDate>{format_datetime(datetime.fromisoformat(h['published']))}</pubDate></item>"
        for h in items
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>World</title>'
        f"<link>https://example.org/</link><language>en-gb</language>{entries}</channel></rss>"
    )


def _atom(items) -> str:
    entries = "".join(
        f'<entry><title type="text">{escape(h["title"])}</title>'
        f'<link href="{escape(h["url"])}"/><id>{escape(h["url"])}</id>'
        f"<updated>{h['date']}T09:00:00+02:00</updated>"
        f'<summary type="html">{escape("<p>" + escape(h["text"]) + "</p>")}</summary></entry>'
        for h in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" '
        f'xml:lang="pl"><title>Wiadomości</title><id>urn:x</id><updated>2023-05-07T00:00:00Z'
        f"</updated>{entries}</feed>"
    )


def test_readers_feed_rss_one_document_per_item(tmp_path, headlines):
    items = [h for h in _with_summary(headlines, "en", 20) if h.get("published")][:3]
    path = tmp_path / "bbc.rss"
    path.write_text(_rss(items), encoding="utf-8")
    docs = list(iter_documents([path]))
    assert [d.text for d in docs] == [f"{h['title']}\n\n{h['text']}" for h in items]
    assert [d.title for d in docs] == [h["title"] for h in items]
    assert [d.url for d in docs] == [h["url"] for h in items]
    assert [d.date for d in docs] == [h["published"][:10] for h in items]
    assert {d.lang for d in docs} == {"en"}
    assert {d.source for d in docs} == {str(path)}


def test_readers_feed_atom_strips_html_and_reads_language(tmp_path, headlines):
    items = _with_summary(headlines, "pl", 2)
    path = tmp_path / "rmf.atom"
    path.write_text(_atom(items), encoding="utf-8")
    docs = list(iter_documents([path]))
    assert [d.text for d in docs] == [f"{h['title']}\n\n{h['text']}" for h in items]
    assert [d.date for d in docs] == [h["date"] for h in items]
    assert {d.lang for d in docs} == {"pl"}
    assert not any("<p>" in d.text for d in docs)


def test_readers_feed_sniffed_without_extension(tmp_path, headlines):
    items = _with_summary(headlines, "pl", 2)
    path = tmp_path / "download"
    path.write_text(_atom(items), encoding="utf-8")
    assert [d.title for d in iter_documents([path])] == [h["title"] for h in items]


def test_readers_feed_truncated_keeps_whole_entries_and_reports(tmp_path, headlines):
    items = [h for h in _with_summary(headlines, "en", 20) if h.get("published")][:2]
    feed = _rss(items)
    path = tmp_path / "cut.xml"
    path.write_text(feed[: feed.rindex("<item>") + 20], encoding="utf-8")
    errors: list[InputError] = []
    docs = list(iter_documents([path], on_error=errors.append))
    assert docs[0].title == items[0]["title"]
    [error] = errors
    assert str(error).startswith(f"{path}: malformed feed (")


def test_readers_feed_malformed_without_entries_is_one_error(tmp_path):
    path = tmp_path / "broken.rss"
    path.write_text("<rss><channel><title>Kremlin</title><item", encoding="utf-8")
    errors: list[InputError] = []
    assert list(iter_documents([path], on_error=errors.append)) == []
    [error] = errors
    assert str(error).startswith(f"{path}: malformed feed")
    assert "read 0 entries" in str(error)


def test_readers_feed_valid_xml_that_is_no_feed(tmp_path):
    path = tmp_path / "sitemap.xml"
    path.write_text('<?xml version="1.0"?><urlset><url><loc>https://x.org/</loc></url></urlset>')
    errors: list[InputError] = []
    assert list(iter_documents([path], on_error=errors.append)) == []
    assert [str(e) for e in errors] == [f"{path}: no feed entries found"]
