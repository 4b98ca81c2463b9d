"""Write PNG screenshots of the web pages to docs/screenshots/ (for docs/web.md).

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--chromium /usr/bin/chromium]

Fills a temporary SQLite store with the examples (the founding article and three Wikinews
articles) and, when shared/ is there, the 108 headlines on the same story
(shared/samples/kremlin-drone-2023-05/headlines.jsonl), links the claims (``link_store``),
serves it on a free local port and photographs each page in headless Chromium.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path
from urllib.parse import quote

from playwright.sync_api import Page, sync_playwright

from claimgraph.ingest.readers import iter_documents
from claimgraph.interfaces.web import create_app
from claimgraph.interfaces.web.background import CHROMIUM_ARGS, serving
from claimgraph.pipeline import annotate_many
from claimgraph.settings import data_dir
from claimgraph.store import open_store
from claimgraph.store.ledger import ledger_of, link_store, load_claims

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = [
    ROOT / "examples" / "kremlin-drone-nl-2023-05.txt",
    ROOT / "examples" / "wikinews-2020.jsonl",
]
HEADLINES = data_dir().parent / "samples" / "kremlin-drone-2023-05" / "headlines.jsonl"
# The founding article's main claim: Russia says the drones were Kyiv's attempt to kill Putin.
MAIN_CLAIM = "Poetin te vermoorden"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
TOKEN = "screenshot-token"
PASTED = (
    "The mayor denied on Tuesday that the city had sold the harbour. "
    '"We have not sold anything," she said.'
)


def fill_store(url: str) -> tuple[str, str, str]:
    """Analyze, store and link the examples (and the headlines); returns the founding (Dutch)
    article's id, and the cluster and story of its main claim ("" without the headlines)."""
    sources = [*EXAMPLES, HEADLINES] if HEADLINES.exists() else EXAMPLES
    with open_store(url) as store:
        store.save_documents(annotate_many(iter_documents(sources)))
        link_store(store)
        founding = next(doc.id for doc in store.iter_documents() if doc.lang == "nl")
        main = next((c.claim.id for c in load_claims(store) if MAIN_CLAIM in c.claim.text), "")
        ledger = ledger_of(store, main) if main else None
    return founding, ledger.cluster_id if ledger else "", ledger.story_id if ledger else ""


def shoot(page: Page, url: str | None, path: Path, full_page: bool = True) -> None:
    """Screenshot ``url`` (or the page as it is, when None) to ``path``."""
    if url is not None:
        page.goto(url)
    page.screenshot(path=str(path), full_page=full_page)
    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


def shoot_all(
    base: str, founding_id: str, out: Path, chromium: str, cluster: str = "", story: str = ""
) -> None:
    article = f"{base}/articles/{quote(founding_id, safe='')}"
    ledger = f"{base}/claims/{quote(cluster, safe='')}"
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=chromium, headless=True, args=list(CHROMIUM_ARGS)
        )
        page = browser.new_page(viewport=DESKTOP)
        shoot(page, f"{base}/", out / "home.png")
        shoot(page, f"{base}/?q=Zelensky", out / "search.png")
        shoot(page, article, out / "article.png")
        shoot(page, f"{base}/articles", out / "articles.png")
        shoot(page, f"{base}/speakers", out / "speakers.png")
        shoot(page, f"{base}/speakers/{quote('Volodymyr Zelensky', safe='')}", out / "speaker.png")
        shoot(page, f"{base}/claims", out / "claims.png")
        if cluster:
            shoot(page, ledger, out / "claim-ledger.png")
            shoot(page, f"{base}/stories", out / "stories.png")
            shoot(page, f"{base}/stories/{quote(story, safe='')}", out / "story.png")
        shoot(page, f"{base}/events", out / "events.png", full_page=False)
        shoot(page, f"{base}/events?actor=UKR&type=ASSAULT", out / "events-filtered.png")
        shoot(page, f"{base}/analyze", out / "analyze.png")
        page.fill("#f-text", PASTED)
        page.click("form.analyze button[type=submit]")
        page.wait_for_selector("#h-result")
        shoot(page, None, out / "analyze-result.png")
        phone = browser.new_page(viewport=PHONE)
        shoot(phone, article, out / "article-390px.png", full_page=False)
        if cluster:
            shoot(phone, ledger, out / "claim-ledger-390px.png", full_page=False)
        shoot(phone, f"{base}/events", out / "events-390px.png", full_page=False)
        browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'claims.db'}"
        founding_id, cluster, story = fill_store(url)
        app = create_app(url, write_token=TOKEN)
        with serving(app) as base:
            shoot_all(base, founding_id, args.out.resolve(), args.chromium, cluster, story)


if __name__ == "__main__":
    main()
